"""Edit › Undo: this window's deletions and merges, newest first, one per press, gone when the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from services.text import isolate

if TYPE_CHECKING:
    from services.accounts.merge import MergeUndo
    from services.accounts.trash import Trashed


def _short(name: str) -> str:
    """The name for a menu: cut to 40 characters and isolated, so a right-to-left name keeps the menu's order."""
    return isolate(name if len(name) <= 40 else name[:39] + "…")


class UndoStack(QObject):
    """Holds what Ctrl+Z can take back: a deletion (its Trash item) or a merge (its snapshot)."""

    changed = Signal()
    restored = Signal(object)  # the Trashed item a deletion undo brought back
    merge_undone = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._entries: list[Trashed | MergeUndo] = []  # newest last

    def push(self, entry: Trashed | MergeUndo) -> None:
        self._entries.append(entry)
        self.changed.emit()

    def text(self) -> str:
        """The menu text naming what the next Ctrl+Z takes back."""
        top = self._entries[-1] if self._entries else None
        if top is None:
            return self.tr("&Undo")
        if _is_merge(top):
            return self.tr("&Undo merge into “{name}”").format(name=_short(top.keep_name))
        return self.tr("&Undo delete “{name}”").format(name=_short(top.label))

    def can_undo(self) -> bool:
        return bool(self._entries)

    def forget_gone_deletions(self) -> None:
        """Drop deletions restored, removed for good or purged through the Trash since they were made."""
        from services.accounts import trash
        deletions = [e.uuid for e in self._entries if not _is_merge(e)]
        there = trash.still_in_trash(deletions) if deletions else set()
        kept = [e for e in self._entries if _is_merge(e) or e.uuid in there]
        if len(kept) != len(self._entries):
            self._entries = kept
            self.changed.emit()

    def undo(self) -> None:
        self.forget_gone_deletions()
        if not self._entries:
            return
        top = self._entries[-1]
        if _is_merge(top):
            self._undo_merge(top)
            return
        from ui.dialogs.trash_dialog import restore_asking

        restored = restore_asking(self._window, top.uuid)
        if restored is not None:
            self.forget_gone_deletions()
            self.restored.emit(restored)

    def _undo_merge(self, undo: MergeUndo) -> None:
        from services.accounts.merge import undo_merge
        from services.errors import UserError

        self._entries.pop()
        try:
            undo_merge(undo)
        except UserError as exc:
            QMessageBox.warning(self._window, self.tr("Undo merge"), str(exc))
        self.changed.emit()
        self.merge_undone.emit()


def _is_merge(entry: object) -> bool:
    return hasattr(entry, "keep_name")
