"""The trigram search index and the kept per-account aggregates agree with their plain definitions on every write."""

import datetime as dt
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from models import Account, Contact, Interaction, search_index
from services import accounts
from services.accounts import ListQuery

LATIN = "abcdeéèëfghiïjklmnoöpqrsßtuüvwxyzÅÆØçñšćžAÉÖÜZ"
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЖ"
HAN = "株式会社山田東京大阪中国贸易有限公司"
DIGITS = "0123456789"
ALPHABET = LATIN + CYRILLIC + HAN + DIGITS + ' .-&"*()^:'  # and what FTS5 queries would read as syntax

names = st.text(alphabet=ALPHABET, min_size=1, max_size=24).filter(str.strip)
phones = st.text(alphabet=DIGITS, min_size=6, max_size=11).map(lambda d: f"+49 {d}")


def found_by_the_index(text: str) -> set[str]:
    """What the list shows for text, by both of the database's plans (few matches gathered, many walked in
    order), after checking that they and the count agree."""
    query = ListQuery(text=text)
    gathered = [r.uuid for r in accounts.account_rows(query)]
    walked = [r.uuid for r in accounts.account_rows(query, matched=10**9)]
    assert gathered == walked
    assert accounts.count_matching(query) == len(gathered)
    few, search_index.GATHER_UP_TO = search_index.GATHER_UP_TO, 0  # count as if every search found many
    try:
        assert accounts.count_matching(query) == len(gathered)
    finally:
        search_index.GATHER_UP_TO = few
    return set(gathered)


def found_by_the_definition(text: str) -> set[str]:
    terms = accounts.search_terms(text)
    return {uuid for uuid, key in Account.select(Account.uuid, Account.search_key).tuples()
            if accounts.matches_search(key, terms)}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(book=st.lists(st.tuples(names, names, phones), min_size=1, max_size=8),
       queries=st.lists(st.one_of(names, st.sampled_from(["+49", "49", "0049 ", "mu", "м", "山"])), min_size=1,
                        max_size=6),
       data=st.data())
def test_the_index_finds_exactly_what_matches_search_defines(open_book, book, queries, data):
    Account.delete().execute()
    for company, person, phone in book:
        account = accounts.create_account({"name": company, "country": "DE", "city": person[:5]})
        accounts.create_contact(account.uuid, {"name": person, "phone": phone})
    # Pieces of what is stored, typed in another case: searches that find something.
    keys = [k for (k,) in Account.select(Account.search_key).order_by(Account.id).tuples()]  # one order on both
    key = data.draw(st.sampled_from(keys))
    start = data.draw(st.integers(0, max(0, len(key) - 1)))
    piece = key[start:start + data.draw(st.integers(1, 8))]
    for text in [*queries, piece, piece.upper()]:
        assert found_by_the_index(text) == found_by_the_definition(text), text


def test_the_index_follows_renames_and_deletions(make_account, make_contact):
    account = make_account(name="Nordwind Handel")
    make_contact(account, name="Ольга Смирнова")
    assert found_by_the_index("смирн") == {account.uuid}
    accounts.update_account(account.uuid, {"name": "Südwind Handel"})
    assert found_by_the_index("nordwind") == set()
    assert found_by_the_index("sudwind") == {account.uuid}
    accounts.delete_account(account.uuid)
    assert found_by_the_index("sudwind") == set()


def test_a_term_shorter_than_a_trigram_still_narrows(make_account):
    make_account(name="AB Trading")
    make_account(name="Nordwind")
    assert [r.name for r in accounts.account_rows(ListQuery(text="ab"))] == ["AB Trading"]
    assert [r.name for r in accounts.account_rows(ListQuery(text="nord b"))] == []


def test_search_accounts_of_the_command_line_uses_the_same_match(make_account):
    make_account(name="Müller GmbH")
    make_account(name="Mueller AG")
    assert [a.name for a in accounts.search_accounts("MÜLL")] == ["Müller GmbH"]


def recount() -> dict[int, tuple[int, str | None]]:
    counts = {a: 0 for (a,) in Account.select(Account.id).tuples()}
    for (a,) in Contact.select(Contact.account).tuples():
        counts[a] += 1
    last: dict[int, str] = {}
    for a, when in models.db.execute_sql("SELECT account_id, occurred_at FROM interaction").fetchall():
        last[a] = max(last.get(a, when), when)
    return {a: (n, last.get(a)) for a, n in counts.items()}


def kept() -> dict[int, tuple[int, str | None]]:
    rows = models.db.execute_sql("SELECT id, contact_count, last_contact_at FROM account").fetchall()
    return {a: (n, when) for a, n, when in rows}


edits = st.lists(st.tuples(st.sampled_from(["contact", "talk", "drop contact", "drop talk", "move", "retime",
                                            "merge", "delete account"]),
                           st.integers(0, 5), st.integers(0, 5), st.integers(1, 400)), min_size=1, max_size=25)


START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def apply(kind: str, a: int, b: int, days: int) -> None:
    """One write of the kind named, through the services (a move straight in SQL, as a bundle merge does)."""
    from services.accounts import merge

    live = [u for (u,) in Account.select(Account.uuid).tuples()]
    if len(live) < 2:
        live.append(accounts.create_account({"name": f"Firm {days}", "country": "FR"}).uuid)
    one, other = live[a % len(live)], live[b % len(live)]
    contacts = [c for (c,) in Contact.select(Contact.uuid).tuples()]
    talks = [t for (t,) in Interaction.select(Interaction.uuid).tuples()]
    writes = {
        "contact": lambda: accounts.create_contact(one, {"name": f"Person {days}"}),
        "talk": lambda: accounts.log_interaction(one, {"occurred_at": START + dt.timedelta(days=days)}),
        "drop contact": lambda: contacts and accounts.delete_contact(contacts[a % len(contacts)]),
        "drop talk": lambda: talks and accounts.delete_interaction(talks[a % len(talks)]),
        "move": lambda: contacts and Contact.update(account=Account.get(Account.uuid == other)).where(
            Contact.uuid == contacts[a % len(contacts)]).execute(),
        "retime": lambda: talks and accounts.update_interaction(
            talks[a % len(talks)], {"occurred_at": START + dt.timedelta(days=days)}),
        "merge": lambda: one != other and merge.merge_accounts(one, [other]),
        "delete account": lambda: accounts.delete_account(one),
    }
    writes[kind]()


edits = st.lists(st.tuples(st.sampled_from(["contact", "talk", "drop contact", "drop talk", "move", "retime",
                                            "merge", "delete account"]),
                           st.integers(0, 5), st.integers(0, 5), st.integers(1, 400)), min_size=1, max_size=25)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=edits)
def test_kept_contact_counts_and_last_contacts_equal_a_recount(open_book, steps):
    Account.delete().execute()
    for i in range(4):
        accounts.create_account({"name": f"Firm {i}", "country": "FR"})
    for step in steps:
        apply(*step)
        assert kept() == recount(), step


def test_trash_restore_and_a_bundle_merge_keep_the_numbers_and_the_index(make_account, make_contact, tmp_path, utc):
    from services.accounts import trash
    from services.exchange import bundle

    account = make_account(name="Nordwind Handel")
    make_contact(account, name="Ольга Смирнова")
    accounts.log_interaction(account.uuid, {"occurred_at": utc(2026, 3, 4, 10)})
    accounts.delete_account(account.uuid)
    trash.restore(trash.trash_rows()[0].uuid)
    assert kept() == recount()
    assert kept()[Account.get().id][0] == 1
    assert found_by_the_index("смирн") == {account.uuid}
    data = bundle.build_bundle()
    models.close_database()
    models.open_database(tmp_path / "other.sqlite")
    try:
        bundle.merge_bundle(data)
        assert kept() == recount()
        assert kept()[Account.get().id][0] == 1
        assert found_by_the_index("смирн") == {account.uuid}
    finally:
        models.close_database()


def test_upgrading_an_old_book_fills_the_kept_numbers_and_the_index(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy("tests/data/rapport-v1.sqlite", path)
    models.open_database(path)
    try:
        assert kept() == recount()
        assert any(n for n, _ in kept().values())
        assert found_by_the_index("muller") == found_by_the_definition("muller") != set()
        assert all(key for (key,) in Account.select(Account.order_key).tuples())
    finally:
        models.close_database()


def schema() -> set[tuple[str, str]]:
    """Every table, index and trigger by name, with its columns (for a table or index) or its SQL (a trigger)."""
    found = set()
    for kind, name, sql in models.db.execute_sql("SELECT type, name, sql FROM sqlite_master").fetchall():
        if kind == "trigger":
            found.add((name, sql))
        elif kind in ("table", "index") and not name.startswith("sqlite_"):
            info = "table_info" if kind == "table" else "index_info"
            columns = [r[2 if kind == "index" else 1] for r in models.db.execute_sql(f'PRAGMA {info}("{name}")')]
            found.add((name, ",".join(sorted(map(str, columns)))))
    return found


def test_an_upgraded_book_has_the_schema_of_a_new_one(tmp_path):
    models.open_database(tmp_path / "new.sqlite")
    new = schema()
    models.close_database()
    shutil.copy("tests/data/rapport-v1.sqlite", tmp_path / "old.sqlite")
    models.open_database(tmp_path / "old.sqlite")
    try:
        assert schema() == new
    finally:
        models.close_database()


@pytest.mark.parametrize(("names_in", "order"), [
    (["Lot 10", "lot 9", "Lot 100", "LOT 1"], ["LOT 1", "lot 9", "Lot 10", "Lot 100"]),
    (["Zeta", "ärzte", "Beta", "alpha"], ["alpha", "ärzte", "Beta", "Zeta"]),
    (["株式会社あさひ", "ООО «Вектор»", "Omega"], ["Omega", "ООО «Вектор»", "株式会社あさひ"]),
])
def test_names_sort_naturally_ignoring_case_and_accents(make_account, names_in, order):
    for name in names_in:
        make_account(name=name)
    assert [r.name for r in accounts.account_rows()] == order
