"""The load test's mix: what one person does in the app, through the services as the widgets call them.

search: one keystroke in the account list (the count, then the first page of 200 rows); open: what the account pane
loads (details, contacts, timeline, promises, trust, next touches, risks); log: an interaction; done: Done on the
account's next planned touch; promise: a new promise. Each client writes only Done on its own share of the accounts
(so no two clients press Done on the same touch), and keeps what it wrote, for the count-back.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from models import Commitment, Interaction, TouchState
from services import accounts, cadence, commitments
from services.accounts.listing import ListQuery, account_rows, count_matching
from services.cadence.planning import mark_done
from services.commitments.rows import promise_rows_of
from services.text import fold

ACTIONS = ("search", "open", "log", "done", "promise")
WEIGHTS = (40, 25, 15, 10, 10)
PAGE = 200  # the account list's page (ui/models/account_table.py)


@dataclass
class Tally:
    """One client's record: seconds per action, errors, and what it wrote (uuids and touch keys)."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {a: [] for a in ACTIONS})
    errors: list[str] = field(default_factory=list)
    interactions: list[str] = field(default_factory=list)
    promises: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)


class Mix:
    """One client's actions on the open book; its share of the accounts (index of clients) for Done."""

    def __init__(self, index: int = 0, clients: int = 1, seed: int = 0) -> None:
        rows = account_rows(ListQuery())
        if not rows:
            raise ValueError("the book has no accounts")
        self.accounts = [(r.uuid, r.name) for r in rows]
        self.mine = [uuid for n, (uuid, _name) in enumerate(self.accounts) if n % clients == index]
        self.rng = random.Random(seed * 1000 + index)
        self.tally = Tally()
        self._done_keys: set[str] = set()
        self._calls: dict[str, Callable[[], None]] = {
            "search": self.search, "open": self.open, "log": self.log, "done": self.done, "promise": self.promise}

    def _account(self) -> str:
        return self.rng.choice(self.accounts)[0]

    def search(self) -> None:
        """A keystroke: the first letters of a word of some account's name, as typed so far."""
        words = fold(self.rng.choice(self.accounts)[1]).split() or ["a"]
        word = self.rng.choice(words)
        query = ListQuery(text=word[: self.rng.randint(1, min(len(word), 6))])
        matched = count_matching(query)
        if matched:
            account_rows(query, 0, PAGE, matched=matched)

    def open(self) -> None:
        uuid = self._account()
        accounts.account_details(uuid)
        accounts.contact_rows_of(uuid)
        accounts.interaction_rows_of(uuid, limit=500)
        promise_rows_of(uuid)
        commitments.account_trust(uuid)
        cadence.next_touches(uuid)
        commitments.risks(account_uuid=uuid)

    def log(self) -> None:
        item = accounts.log_interaction(self._account(), {
            "occurred_at": dt.datetime.now(dt.UTC), "channel": "email", "direction": "outbound",
            "summary": "Load test: sent the updated price list."})
        self.tally.interactions.append(item.uuid)

    def done(self) -> None:
        """Done on the next touch of one of this client's accounts (found before the clock starts: it is on
        screen when the user presses Done)."""
        touch = None
        for _ in range(20):
            found = cadence.next_touches(self.rng.choice(self.mine), count=1)
            if found and not set(found[0].all_state_keys) & self._done_keys:
                touch = found[0]
                break
        if touch is None:
            return
        started = time.perf_counter()
        mark_done(touch)
        self.tally.latencies["done"].append(time.perf_counter() - started)
        self._done_keys.update(touch.all_state_keys)
        self.tally.done.extend(touch.all_state_keys)

    def promise(self) -> None:
        today = dt.date.today()
        item = commitments.create_commitment(self._account(), {
            "title": "Load test: samples by express", "kind": "sample", "promised_by": "Load Test",
            "promised_at": today.isoformat(), "due_date": (today + dt.timedelta(days=14)).isoformat()})
        self.tally.promises.append(item.uuid)

    def step(self) -> None:
        """One action picked by WEIGHTS, timed (done times itself), its error kept rather than raised."""
        action = self.rng.choices(ACTIONS, WEIGHTS)[0]
        started = time.perf_counter()
        try:
            self._calls[action]()
        except Exception as error:  # a load test counts every failure, whatever it is
            self.tally.errors.append(f"{action}: {type(error).__name__}: {error}"[:300])
            return
        if action != "done":
            self.tally.latencies[action].append(time.perf_counter() - started)

    def run_for(self, seconds: float, think: float = 0.0) -> Tally:
        """Steps until seconds have passed; think: the mean pause after each (0: flat out), spread so that clients
        do not act in step."""
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            self.step()
            if think:
                time.sleep(self.rng.uniform(0, 2 * think))
        return self.tally

    def run_steps(self, steps: int) -> Tally:
        for _ in range(steps):
            self.step()
        return self.tally


@dataclass
class Book:
    """What the count-back compares: the book's interactions and promises, and the touches marked done."""

    interactions: int
    promises: int
    done: int


def counted() -> Book:
    done = TouchState.select().where(TouchState.state == "done").count()
    return Book(Interaction.select().count(), Commitment.select().count(), done)


def missing(tallies: list[Tally], before: Book) -> list[str]:
    """What the clients wrote but the book does not hold (or holds more of): empty when nothing was lost."""
    after, problems = counted(), []
    wrote = Book(sum(len(t.interactions) for t in tallies), sum(len(t.promises) for t in tallies),
                 sum(len(t.done) for t in tallies))
    for name in ("interactions", "promises", "done"):
        grew = getattr(after, name) - getattr(before, name)
        if grew != getattr(wrote, name):
            problems.append(f"{name}: clients wrote {getattr(wrote, name)}, the book gained {grew}")
    keys = [k for t in tallies for k in t.done]
    for start in range(0, len(keys), 500):  # every key the clients marked done is there, done
        chunk = keys[start:start + 500]
        found = TouchState.select().where(TouchState.touch_key.in_(chunk) & (TouchState.state == "done")).count()
        if found != len(chunk):
            problems.append(f"done: {len(chunk) - found} touch keys not found done")
    return problems


def prepare_plan() -> None:
    """The stored plan brought to today before the clock starts, as the window does in the background at start."""
    from services.cadence import store

    store.advance(dt.date.today())
