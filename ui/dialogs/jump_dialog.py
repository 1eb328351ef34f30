"""Ctrl+K: a popup over the main window that finds any account, contact or promise by name and opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
)

from services.accounts.jump import JumpTarget, jump_targets
from ui.models.base import ROW_ROLE

DEBOUNCE_MS = 80  # typing faster than this runs one search, for the last text
LIMIT = 20


class JumpListModel(QAbstractListModel):
    """The names found, best first: the title shows, the subtitle says what and where it is."""

    SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 11

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._targets: list[JumpTarget] = []

    def set_targets(self, targets: list[JumpTarget]) -> None:
        self.beginResetModel()
        self._targets = list(targets)
        self.endResetModel()

    def target_at(self, row: int) -> JumpTarget:
        return self._targets[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._targets)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._targets):
            return None
        target = self._targets[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return target.title
        if role in (self.SUBTITLE_ROLE, Qt.ItemDataRole.ToolTipRole):
            return str(target.subtitle)
        if role == ROW_ROLE:
            return target
        return None


class _TwoLines(QStyledItemDelegate):
    """The name on the first line, what it is (dimmed) on the second."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(1, 2 * option.fontMetrics.height() + 10)  # as wide as the list: the text is elided

    def paint(self, painter, option, index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        line = option.fontMetrics.height()
        area = option.rect.adjusted(8, 4, -8, -4)
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        painter.drawText(QRect(area.left(), area.top(), area.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(index.data(), Qt.TextElideMode.ElideRight, area.width()))
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.PlaceholderText))
        subtitle = index.data(JumpListModel.SUBTITLE_ROLE) or ""
        painter.drawText(QRect(area.left(), area.top() + line, area.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         option.fontMetrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()


class JumpDialog(QDialog):
    """Type a name, move with Up/Down, Enter opens, Esc closes. chosen carries the JumpTarget opened."""

    chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("jumpDialog")
        self.edit = QLineEdit()
        self.edit.setObjectName("jumpText")
        self.edit.setPlaceholderText(self.tr("Jump to an account, contact or promise…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.model = JumpListModel(self)
        self.list = QListView()
        self.list.setObjectName("jumpList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(_TwoLines(self.list))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the line edit
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        self.list.clicked.connect(lambda index: self.open_row(index.row()))
        self.hint = QLabel()
        self.hint.setObjectName("jumpHint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        frame = QFrame()
        frame.setObjectName("jumpFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.edit)
        inner.addWidget(self.list, 1)
        inner.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(frame)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._full_height = 420  # with results; popup_over fits it to the window
        self.edit.textChanged.connect(lambda _text: self._timer.start())
        self.refresh()

    def popup_over(self, window) -> None:
        """Show near the top of window, centred, as wide as a comfortable line of names."""
        width = min(640, max(360, window.width() * 3 // 5))
        self._full_height = min(460, max(260, window.height() * 3 // 5))
        self.setFixedWidth(width)
        self._fit()
        corner = window.mapToGlobal(window.rect().topLeft())
        self.move(corner.x() + (window.width() - width) // 2, corner.y() + 60)
        self.show()
        self.edit.setFocus()

    def refresh(self) -> None:
        """Search for the text now (the debounce timer calls this; tests may call it at once)."""
        self._timer.stop()
        text = self.edit.text()
        self.model.set_targets(jump_targets(text, LIMIT) if text.strip() else [])
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
            self.hint.setText(self.tr("↑↓ move · Enter opens · Esc closes"))
        elif text.strip():
            self.hint.setText(self.tr("No account, contact or promise has a name like that."))
        else:
            self.hint.setText(self.tr("Type a name: an account, a contact or a promise, in any language. "
                                      "↑↓ move · Enter opens · Esc closes"))
        self._fit()

    def _fit(self) -> None:
        """As tall as the names found (up to the popup's full height); without any, the line and its hint."""
        rows = self.model.rowCount()
        self.list.setVisible(False)
        frame = self.edit.parentWidget()
        frame.layout().invalidate()  # forget heights measured with the list shown
        height = frame.heightForWidth(self.width())  # the hint wraps: its height depends on the width
        if rows:
            spacing = frame.layout().spacing()
            height = min(self._full_height, height + spacing + rows * self.list.sizeHintForRow(0) + 4)
            self.list.setVisible(True)
        self.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and self._on_key(event.key()):
            return True
        return super().eventFilter(watched, event)

    def _on_key(self, key: int) -> bool:
        """The list's keys, pressed in the line edit; True when taken."""
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._move(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():  # Enter right after typing: the results of what is typed now
                self.refresh()
            self.open_row(self.list.currentIndex().row())
        elif key == Qt.Key.Key_Escape:
            self.reject()
        else:
            return False
        return True

    def _move(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
        row = min(rows - 1, max(0, self.list.currentIndex().row() + step))
        self.list.setCurrentIndex(self.model.index(row))

    def open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            target = self.model.target_at(row)
            self.accept()
            self.chosen.emit(target)


def reveal(tabs, view, uuid: str) -> bool:
    """Bring forward the tab of tabs that holds view and select its row for uuid (a contact or a promise)."""
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if page is view or page.isAncestorOf(view):
            tabs.setCurrentIndex(i)
            break
    model = view.model()
    for row in range(model.rowCount()):
        if getattr(model.index(row, 0).data(ROW_ROLE), "uuid", None) == uuid:
            view.selectRow(row)
            view.scrollTo(model.index(row, 0))
            view.setFocus()
            return True
    return False
