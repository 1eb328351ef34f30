"""Countries: names and aliases in every language, working weeks and holidays, contact windows, etiquette.

The names the rest of the code calls as ``countries.get_country(...)`` (or ``cs.``) are gathered here from the
modules that hold them.
"""

from services.countries.closures import Closure, closure_on, closures_between, next_closures
from services.countries.data import (
    UNKNOWN_COUNTRY,
    UNKNOWN_COUNTRY_ZONE,
    Country,
    all_countries,
    get_country,
    resolve_country,
    try_resolve_country,
)
from services.countries.days_off import (
    Holiday,
    HolidaySpan,
    holiday_spans,
    holidays_between,
    is_working_day,
    next_holidays,
    weekend_days,
)
from services.countries.notes import (
    BRIEF_SECTIONS,
    ETIQUETTE_SECTIONS,
    Etiquette,
    SectionSources,
    Source,
    country_note,
    etiquette,
    etiquette_level,
    set_country_note,
)
from services.countries.windows import DEFAULT_WINDOW, region_window, set_working_window, working_window
from services.countries.writing import Salutation, Writing, salutation, writing_of

__all__ = [
    "BRIEF_SECTIONS",
    "DEFAULT_WINDOW",
    "ETIQUETTE_SECTIONS",
    "UNKNOWN_COUNTRY",
    "UNKNOWN_COUNTRY_ZONE",
    "Closure",
    "Country",
    "Etiquette",
    "Holiday",
    "HolidaySpan",
    "Salutation",
    "SectionSources",
    "Source",
    "Writing",
    "all_countries",
    "closure_on",
    "closures_between",
    "country_note",
    "etiquette",
    "etiquette_level",
    "get_country",
    "holiday_spans",
    "holidays_between",
    "is_working_day",
    "next_closures",
    "next_holidays",
    "region_window",
    "resolve_country",
    "salutation",
    "set_country_note",
    "set_working_window",
    "try_resolve_country",
    "weekend_days",
    "working_window",
    "writing_of",
]
