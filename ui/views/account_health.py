"""The account pane's Health tab: the score with its parts, the level map and the 26-week activity strip."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from ui.widgets.activity_strip import ActivityStrip
from ui.widgets.health_panel import HealthPanel
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.level_map import LevelMap


class HealthTab(LoadWhenShown, QWidget):
    """Computed when the tab is shown (one health_of and one activity query), so the pane opens as fast as before."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today: dt.date | None = None  # None: the real today (tests pin it)
        self._account_uuid: str | None = None
        self.panel = HealthPanel()
        self.levels = LevelMap()
        self.strip = ActivityStrip()
        levels_box = QGroupBox(self.tr("Levels"))
        QVBoxLayout(levels_box).addWidget(self.levels)
        strip_box = QGroupBox(self.tr("Touches per week, by channel; dot: their response"))
        QVBoxLayout(strip_box).addWidget(self.strip)
        top = QHBoxLayout()
        top.addWidget(self.panel, 1)
        top.addWidget(levels_box)  # as wide as its words; the panel's reasons take the rest
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(strip_box)
        layout.addStretch(1)

    def set_account(self, account_uuid: str | None) -> None:
        self._account_uuid = account_uuid
        self.request_reload()

    def refresh(self) -> None:
        from services import health  # imported when the tab is first shown, not at start-up
        from services.health.activity import weekly_activity

        today = self.today or dt.date.today()
        if self._account_uuid is None:
            self.panel.set_health(None)
            self.levels.set_levels((), today)
            self.strip.set_weeks((), today)
            return
        found = health.health_of(self._account_uuid, today)
        self.panel.set_health(found)
        self.levels.set_levels(found.levels, today)
        self.strip.set_weeks(weekly_activity(self._account_uuid, today), today)
