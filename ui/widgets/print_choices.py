"""The choices a printed document offers (its language, its paper), the same in every dialog that prints."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox

from ui.i18n import current_lang


def language_box() -> QComboBox:
    """English or Chinese, the UI's language chosen first."""
    box = QComboBox()
    box.addItem("English", "en")
    box.addItem("简体中文", "zh")
    box.setCurrentIndex(box.findData(current_lang()))
    return box


PAPER_KEY = "print/paper"  # this person's paper (Settings › Mine), chosen first in every dialog that prints


def paper_box() -> QComboBox:
    box = QComboBox()
    box.addItem("A4", "a4")
    box.addItem(QCoreApplication.translate("PrintChoices", "Letter"), "letter")
    box.setCurrentIndex(max(0, box.findData(QSettings().value(PAPER_KEY, "a4"))))
    return box
