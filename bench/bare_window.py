"""The baseline for start-up: a bare PySide6 window with an empty table, painted once."""

import time

START = time.perf_counter()

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 800)
window.show()
app.processEvents()
image = window.grab()
print(f"bare window painted {image.width()}x{image.height()} in {time.perf_counter() - START:.3f}s")
