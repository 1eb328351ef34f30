"""Labels of the shared choices for widgets: read from the catalogue (services.words) in the UI language."""

from PySide6.QtCore import QLocale

from services import words


def short_day(day) -> str:
    """A weekday's short name in the UI language (Mon, 周一)."""
    return QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def day_time(when, with_date: bool = False) -> str:
    """'Tue 14:32' or 'Tue 24 Nov 14:32' in the UI language."""
    if with_date:
        pattern = "M月d日" if QLocale().language() == QLocale.Language.Chinese else "d MMM"
        return f"{short_day(when)} {QLocale().toString(when.date(), pattern)} {when:%H:%M}"
    return f"{short_day(when)} {when:%H:%M}"


def label(enum_type, value: str) -> str:
    """The label of value (a StrEnum member or its string) of enum_type, in the UI language."""
    return words.label(enum_type, value)


def section_label(key: str) -> str:
    """The heading of an etiquette section, in the UI language."""
    return words.section(key)
