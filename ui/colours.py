"""The colours a promise's risk level is shown in, the same on every screen (always beside the level in words)."""

from PySide6.QtGui import QColor

LEVEL_COLOURS = {"high": QColor("#c62828"), "medium": QColor("#b26a00"), "low": QColor("#5b6b7a")}
