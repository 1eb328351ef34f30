"""The choices a printed document offers (its language, its paper), the same in every dialog that prints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ui.i18n import current_lang


def language_box() -> QComboBox:
    """English or Chinese, the UI's language chosen first."""
    box = QComboBox()
    box.addItem("English", "en")
    box.addItem("简体中文", "zh")
    box.setCurrentIndex(box.findData(current_lang()))
    return box


def paper_box() -> QComboBox:
    box = QComboBox()
    box.addItem("A4", "a4")
    box.addItem(QCoreApplication.translate("PrintChoices", "Letter"), "letter")
    return box
