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


def test_the_app_collects_garbage_on_its_own_thread_only(qapp):
    import gc

    from ui.app import make_app
    from ui.gui_thread_gc import collect_if_due

    make_app()
    assert qapp.property("gui_thread_gc")
    gc.collect()
    garbage = [[] for _ in range(gc.get_threshold()[0] + 10)]
    for item in garbage:
        item.append(item)  # cycles only a collection frees
    del garbage
    assert collect_if_due(gc.get_threshold()) == 0
