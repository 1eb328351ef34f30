"""File › Trash: what was deleted (or set aside by an exchange) in the last 30 days; restore it or let it go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from services.accounts import trash
from services.errors import UserError
from services.text import isolate
from ui.models.trash_table import TrashTableModel
from ui.widgets.tables import make_table


def restore_asking(parent, trash_uuid: str) -> trash.Trashed | None:
    """Restore an item; when its account is in the Trash too, offer to restore both. None when nothing came back."""
    title = QCoreApplication.translate("Trash", "Restore")
    try:
        return trash.restore(trash_uuid)
    except trash.ParentInTrashError as exc:
        question = QCoreApplication.translate(
            "Trash", "“{name}” belonged to the account “{account}”, which is in the Trash too. Restore the account "
            "with everything on it, and then “{name}”?").format(name=isolate(exc.item_label),
                                                                account=isolate(exc.parent_label))
        if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
            return None
        return trash.restore(trash_uuid, with_account=True)
    except UserError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return None


class TrashDialog(QDialog):
    restored = Signal(object)  # the Trashed item that came back
    changed = Signal()         # anything restored or removed for good

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(940, 420)
        intro = QLabel(self.tr("Deleted accounts, contacts, interactions and promises stay here for {days} days, then "
                               "they are removed for good. Restoring one brings back everything that hung on it, "
                               "and other copies take it back at the next exchange.").format(days=trash.KEEP_DAYS))
        intro.setWordWrap(True)
        self.model = TrashTableModel(self)
        self.table = make_table(self.model)
        self.table.setObjectName("trashTable")
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty_label = QLabel(self.tr("The Trash is empty."))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.delete_button = QPushButton(self.tr("Delete forever…"))
        self.empty_button = QPushButton(self.tr("Empty trash…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty)
        actions = QHBoxLayout()
        actions.addWidget(self.restore_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.empty_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(trash.trash_rows())
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> trash.TrashRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        restored = restore_asking(self, row.uuid)
        self.reload()
        if restored is not None:
            self.restored.emit(restored)
            self.changed.emit()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Delete {what} “{name}” forever? It cannot be restored afterwards.").format(
            what=self.model.kind_name(row.kind).lower(), name=row.label)
        if QMessageBox.question(self, self.tr("Delete forever"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            trash.delete_forever(row.uuid)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Delete forever"), str(exc))
        self.reload()
        self.changed.emit()

    def empty(self) -> None:
        question = self.tr("Remove all {n} items in the Trash for good? They cannot be restored afterwards.").format(
            n=self.model.rowCount())
        if QMessageBox.question(self, self.tr("Empty trash"), question) != QMessageBox.StandardButton.Yes:
            return
        trash.empty_trash()
        self.reload()
        self.changed.emit()
