"""Every country: code, name, region, local time now, working week."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from zoneinfo import ZoneInfo

from models.enums import Region
from ui.labels import day_time, label, short_day
from ui.models.base import RowTableModel

FIRST_MONDAY = dt.date(2024, 1, 1)  # weekday numbers (Monday = 0) are shown as names from this week


class CountryCol(IntEnum):
    CODE = 0
    NAME = 1
    REGION = 2
    LOCAL_TIME = 3
    WEEKEND = 4
    NOTES = 5


class CountryTableModel(RowTableModel):
    """Rows are (Country, weekend tuple, etiquette level)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.now: dt.datetime | None = None
        self.headers = [self.tr("Code"), self.tr("Country"), self.tr("Region"), self.tr("Local time"),
                        self.tr("Weekend"), self.tr("Etiquette notes")]

    def display(self, row, column: int) -> str:
        country, weekend, level = row
        col = CountryCol(column)
        if col == CountryCol.CODE:
            return country.code
        if col == CountryCol.NAME:
            return country.name(self.lang)
        if col == CountryCol.REGION:
            return label(Region, country.region)
        if col == CountryCol.LOCAL_TIME:
            now = (self.now or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(country.main_timezone))
            return day_time(now)
        if col == CountryCol.WEEKEND:
            return "–".join(short_day(FIRST_MONDAY + dt.timedelta(days=d)) for d in weekend) if weekend else ""
        return self.tr("Country") if level == "country" else self.tr("Region")
