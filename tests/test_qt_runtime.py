"""The Qt binding the app runs on: PySide6 6.12.0 aborted the process after about a thousand signal emits."""

import subprocess
import sys

EMIT_MANY = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    progress = Signal(int)
source = Source()
source.progress.connect(lambda value: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for i in range(3000):
    source.progress.emit(i)
    app.processEvents()
print(sys.getrefcount(True) - before[0], sys.getrefcount(None) - before[1])
"""


def test_thousands_of_signal_emits_leave_python_sound():
    done = subprocess.run([sys.executable, "-c", EMIT_MANY], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen"})
    assert (done.returncode, done.stdout.split()) == (0, ["0", "0"]), done.stderr[-500:]
