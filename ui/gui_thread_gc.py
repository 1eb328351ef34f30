"""Python's cyclic garbage collection runs on the GUI thread only.

Left automatic, a collection starts in whichever thread happens to allocate: a background import or merge then
frees dialogs and widgets that closed earlier, and Qt objects destroyed off the GUI thread crash the process
(seen in the suite: a segmentation fault in a reading thread "Garbage-collecting"). So automatic collection is
off, and a timer on the GUI thread collects whenever the allocation counts pass Python's usual thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start(INTERVAL_MS)

    def collect_if_due(self) -> None:
        collect_if_due(self.thresholds)


def collect_if_due(thresholds: tuple[int, ...]) -> int | None:
    """Collect the oldest generation whose count passed its threshold, as automatic collection would; which one."""
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return generation
    return None


def collect_on_gui_thread(app: QObject) -> None:
    """Once per application: automatic collection off, a GUI-thread timer instead."""
    if app.property("gui_thread_gc"):
        return
    app.setProperty("gui_thread_gc", True)
    GuiThreadCollector(app)
