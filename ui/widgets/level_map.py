"""The level map: each role of the customer's organisation, how many people we know in it and when one was last in
touch; a decision maker not reached for 120 days is marked in words and in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from models.enums import Role
from services.health import LevelTouch
from ui.labels import label

ROLES = tuple(r.value for r in Role if r is not Role.OTHER)
DECISION_MAKER_DAYS = 120  # issue 18: "decision maker not reached" after 120 days
ALERT = "#c62828"


class LevelMap(QWidget):
    """A row per role: the role, the people known, the last touch ("3 months ago")."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, title in enumerate((self.tr("Level"), self.tr("People"), self.tr("Last touch"))):
            head = QLabel(title)
            head.setStyleSheet("font-weight: 600;")
            grid.addWidget(head, 0, column)
        self.rows: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        for row, role in enumerate(ROLES, start=1):
            cells = (QLabel(label(Role, role)), QLabel(), QLabel())
            for column, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            self.rows[role] = cells
        grid.setRowStretch(len(ROLES) + 1, 1)
        self.setAccessibleName(self.tr("Levels of the customer"))
        self.set_levels((), dt.date.today())

    def set_levels(self, levels: tuple[LevelTouch, ...], today: dt.date) -> None:
        known = {lv.role: lv for lv in levels}
        for role, (name, people, last) in self.rows.items():
            level = known.get(role)
            count = level.people if level else 0
            touched = level.last_touch if level else None
            people.setText(str(count) if count else "—")
            text = self.ago(touched, today) if count else self.tr("nobody known")
            late = role == Role.DECISION_MAKER and (touched is None or (today - touched).days > DECISION_MAKER_DAYS)
            if late and count:
                text = self.tr("{when} — not reached").format(when=text)
            last.setText(text)
            last.setStyleSheet(f"color: {ALERT}; font-weight: 600;" if late else "")
            summary = self.tr("{role}: {people} known, last touch {when}").format(
                role=label(Role, role), people=count, when=text)
            for cell in (name, people, last):
                cell.setAccessibleName(summary)

    def ago(self, day: dt.date | None, today: dt.date) -> str:
        """'3 months ago' style, in whole units (an exact date is in the timeline)."""
        if day is None:
            return self.tr("never")
        days = (today - day).days
        if days <= 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        if days < 14:
            return self.tr("{n} days ago").format(n=days)
        if days < 60:
            return self.tr("{n} weeks ago").format(n=days // 7)
        return self.tr("{n} months ago").format(n=days // 30)
