"""Render resources/icons/rapport.svg to the PNG sizes, the Windows .ico and the macOS .icns."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "rapport.svg"))
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"rapport-{size}.png"))
    render(renderer, 256).save(str(ICONS / "rapport.ico"), "ico")
    render(renderer, 512).save(str(ICONS / "rapport.icns"), "icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
