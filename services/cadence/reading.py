"""Whether the window reads the last day's stored plan while today's is built in the background; a module of its
own so that setting it at start-up loads nothing of the planner."""

_policy = {"stale_day_ok": False}


def read_stale_day(ok: bool) -> None:
    """The window reads yesterday's plan while today's is built in the background (a command re-plans at once)."""
    _policy["stale_day_ok"] = ok


def stale_day_ok() -> bool:
    return _policy["stale_day_ok"]
