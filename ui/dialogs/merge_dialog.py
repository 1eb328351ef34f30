"""Merge accounts: choose the one to keep, see what moves to it, then merge."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from services.accounts import merge
from services.errors import UserError


class MergeDialog(QDialog):
    def __init__(self, accounts: list[tuple[str, str]], parent=None) -> None:
        """accounts: (uuid, name) of the selected accounts; the first is proposed as the one to keep."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge accounts"))
        self.setMinimumWidth(480)
        self._uuids = [u for u, _n in accounts]
        self.undo: merge.MergeUndo | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep this account; the others are merged into it:")))
        self.choice = QButtonGroup(self)
        for index, (_uuid, name) in enumerate(accounts):
            button = QRadioButton(name)
            self.choice.addButton(button, index)
            layout.addWidget(button)
        self.choice.button(0).setChecked(True)
        self.choice.idToggled.connect(lambda _id, on: on and self._show_preview())
        self.preview = QLabel()
        self.preview.setObjectName("mergePreview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.try_merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_preview()

    def keep_uuid(self) -> str:
        return self._uuids[self.choice.checkedId()]

    def others(self) -> list[str]:
        return [u for u in self._uuids if u != self.keep_uuid()]

    def _show_preview(self) -> None:
        p = merge.merge_preview(self.keep_uuid(), self.others())
        text = self.tr("Moving to “{keep}”: contacts {contacts}, interactions {interactions}, promises {promises}."
                       ).format(contacts=p.contacts, interactions=p.interactions, promises=p.commitments,
                                keep=p.keep_name)
        if p.folded:
            text += " " + self.tr("{n} of these people are already at “{keep}” (same e-mail): each is kept once.")\
                .format(n=p.folded, keep=p.keep_name)
        text += "\n\n" + self.tr("Removed: {names}. Edit › Undo (Ctrl+Z) brings them back until you close Rapport.")\
            .format(names=", ".join(f"“{n}”" for n in p.others))
        self.preview.setText(text)

    def try_merge(self) -> None:
        try:
            self.undo = merge.merge_accounts(self.keep_uuid(), self.others())
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.accept()
