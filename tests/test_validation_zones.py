"""Time zone fields: an over-long or unknown name is a message on the field, never an OSError."""

from services import validation as v


def test_an_over_long_time_zone_is_a_field_message_not_an_os_error():
    errors: dict[str, str] = {}
    v.timezone("Z" * 300, "timezone", errors)
    assert "too long" in errors["timezone"]


def test_an_unknown_time_zone_is_a_field_message():
    errors: dict[str, str] = {}
    v.timezone("Mars/Olympus", "timezone", errors)
    assert "not a known time zone" in errors["timezone"]
