"""A form dialog with inline validation: errors from the service appear under the fields they concern."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import DatabaseOpenError
from services.edits import RecordChangedError
from services.errors import UserError, ValidationError
from ui.server_watch import surfaced, watch
from ui.widgets.date_field import DateField


def combo(items: list[tuple[str, str]], current: str | None = None) -> QComboBox:
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def optional_date(value) -> DateField:
    """A date box that may stay empty (birthday, founded, quote valid until, promise dates)."""
    return DateField(value)


class FormDialog(QDialog):
    """Subclasses add rows with add_field(); values() returns a dict; save(values) calls a service."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.result_record: Any = None
        self.version: int | None = None  # the version of the record being edited, as loaded (None: a new one)

    def add_field(self, name: str, text: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.form.addRow(text, holder)
        self._fields[name] = widget
        self._errors[name] = error
        return widget

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def value_of(self, name: str):
        w = self._fields[name]
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QSpinBox):
            return w.value() or None
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QDateTimeEdit):
            return w.dateTime().toPython().astimezone()
        if isinstance(w, DateField):
            return w.value()
        raise TypeError(name)

    def set_value_of(self, name: str, value) -> None:
        """Show value in the field called name (the reverse of value_of)."""
        w = self._fields[name]
        if isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value or "")
        elif isinstance(w, QComboBox):
            found = w.findData(value)
            if found < 0 and w.isEditable():
                w.setCurrentText(value or "")
            else:
                w.setCurrentIndex(max(0, found))
        elif isinstance(w, QSpinBox):
            w.setValue(value or 0)
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime(value.astimezone()))
        elif isinstance(w, DateField):
            if value:
                w.setDate(QDate(value))
            else:
                w.clear()

    def values(self) -> dict:
        return {name: self.value_of(name) for name in self._fields}

    def show_errors(self, errors: dict) -> None:
        """Each field's message (a services.words.Message, shown in the UI language) under the field."""
        for name, label in self._errors.items():
            message = str(errors.get(name, ""))
            label.setText(message)
            label.setVisible(bool(message))
        first = next((n for n in self._fields if n in errors), None)
        if first:
            self._fields[first].setFocus()

    def errors_shown(self) -> dict[str, str]:
        return {n: lbl.text() for n, lbl in self._errors.items() if lbl.text()}

    def save(self, values: dict) -> Any:
        raise NotImplementedError

    def stored_record(self) -> Any:
        """The record as stored now (a plain row with a version), for Reload after a colleague's save."""
        raise NotImplementedError

    def shown_value(self, name: str, record: Any) -> Any:
        """What the field called name shows of record (a subclass converts where the field shows it otherwise)."""
        return getattr(record, name)

    def show_record(self, record: Any) -> None:
        """Fill the form from record and edit its version from now on."""
        for name in self._fields:
            self.set_value_of(name, self.shown_value(name, record))
        self.show_errors({})
        self.version = record.version

    def changed_meanwhile(self, exc: RecordChangedError) -> None:
        """A colleague saved the record after this form read it: nothing is lost whatever the user picks.

        Reload shows theirs (mine is discarded), Keep mine saves mine over theirs, Cancel leaves the form as it is."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.windowTitle(), str(exc), parent=self)
        box.setObjectName("changedMeanwhile")
        # translate() with this class's context, as in _unreadable_dates
        reload = box.addButton(QCoreApplication.translate("FormDialog", "Reload"),
                               QMessageBox.ButtonRole.DestructiveRole)
        reload.setObjectName("reload")
        keep = box.addButton(QCoreApplication.translate("FormDialog", "Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepMine")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is reload:
            self.show_record(self.stored_record())
        elif box.clickedButton() is keep:
            self.version = exc.version
            self.try_save()

    def _unreadable_dates(self) -> dict[str, str]:
        """A message per date box holding text that is no date: saving would silently drop what was typed."""
        # translate() with this class's context: self.tr() would look the text up under the subclass's name.
        hint = QCoreApplication.translate("FormDialog", "Not a date: type it like {example}, or leave it empty.")
        return {name: hint.format(example=w.example()) for name, w in self._fields.items()
                if isinstance(w, DateField) and w.has_unreadable_text()}

    def try_save(self) -> None:
        """Save through the service; errors show inline, and save() returning None keeps the dialog open.

        While the office database is away the save is refused before it starts, and a server lost during it
        (nothing was written: its transaction rolled back) is told the same way: the dialog and its values stay.
        """
        unreadable = self._unreadable_dates()
        if unreadable:
            self.show_errors(unreadable)
            return
        refused = watch().refused_message()
        if refused is not None:
            QMessageBox.warning(self, self.windowTitle(), refused)
            return
        try:
            record = self.save(self.values())
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except RecordChangedError as exc:
            self.changed_meanwhile(exc)
            return
        except (UserError, DatabaseOpenError) as exc:
            QMessageBox.warning(self, self.windowTitle(), surfaced(exc))
            return
        if record is not None:
            self.result_record = record
            self.accept()


def local_datetime_edit(value=None) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setDateTime(QDateTime.currentDateTime() if value is None else QDateTime(value.astimezone()))
    return edit

