"""The strip across the main window while the office database cannot be reached (ui/server_watch.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.server_watch import watch


class ServerBanner(QFrame):
    """Hidden until the watch reports the server lost; hidden again when it answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_banner")
        # Amber, not red: nothing is lost, the user only waits; dark text reads on it in light and dark mode.
        self.setStyleSheet("QFrame#server_banner { background: #ffe08a; border-bottom: 1px solid #d4a514; } "
                           "QFrame#server_banner QLabel { color: #3d2e00; }")
        self.text = QLabel(self.tr("The office database cannot be reached — changes are refused until it is back; "
                                   "reconnecting…"))
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.text)
        self.hide()
        watch().lost.connect(self.show)
        watch().back.connect(self.hide)
