"""The office database going away, against a real PostgreSQL server of this module's own that the tests stop,
start and cut off: an import is all or nothing, a Done is recorded once or not at all, the main window's banner
comes and goes, and a server that does not answer at start shows its page instead of a traceback."""

import csv
import itertools

import pg_server as servers
import pytest

import models
from services import accounts, cadence
from services.errors import UserError

_names = itertools.count()


@pytest.fixture(scope="module")
def faulty():
    """A second server, this module's alone: stopping it leaves the session's server to every other test."""
    server = servers.start()
    yield server
    server.stop()


@pytest.fixture
def server_book(faulty):
    """A fresh book on the faulty server, open; the server running again afterwards whatever the test did."""
    url = faulty.create_database(f"faults_{next(_names)}")
    models.open_database(url)
    yield models.parse_address(url)
    models.close_database()
    if not (faulty.folder / "data" / "postmaster.pid").exists():
        faulty.resume()


def _write_csv(path, rows: int):
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Company", "Country"])
        writer.writerows([f"Firma {n} GmbH", "DE"] for n in range(rows))
    return path


def test_server_stopped_mid_import_writes_nothing_and_says_so(faulty, server_book, tmp_path):
    from services.exchange.import_formats import read_table
    from services.exchange.importer import run_import

    table = read_table(_write_csv(tmp_path / "leads.csv", 3000))

    def stop_half_way(done, _total):
        if done >= 1500 and (faulty.folder / "data" / "postmaster.pid").exists():
            faulty.halt()
        return True

    with pytest.raises((UserError, models.DatabaseOpenError)) as refused:
        run_import(table, progress=stop_half_way)
    assert "office database" in str(refused.value) or "not" in str(refused.value)
    faulty.resume()
    assert models.Account.select().count() == 0


def test_import_after_the_server_is_back_and_answers_writes_every_row(faulty, server_book, tmp_path):
    from services.book.server import ping
    from services.exchange.import_formats import read_table
    from services.exchange.importer import run_import

    faulty.restart()  # the open book's connection died with it: the banner's probe finds that, then reconnects
    assert (ping(), ping()) == (False, True)
    result = run_import(read_table(_write_csv(tmp_path / "leads.csv", 2000)))
    assert (result.imported, models.Account.select().count()) == (2000, 2000)


def _touch():
    account = accounts.create_account({"name": "Müller Maschinenbau GmbH", "country": "DE"})
    (touch,) = cadence.next_touches(account.uuid, count=1)
    return touch


def test_connection_dropped_mid_done_records_nothing_and_tells_the_user(faulty, server_book, monkeypatch):
    from services.cadence import planning

    touch = _touch()
    real = planning.save_by_key

    def cut_first(*args, **kwargs):  # between the write lock and the first row: the connection dies there
        monkeypatch.setattr(planning, "save_by_key", real)
        faulty.terminate_connections(server_book.server.rsplit("/", 1)[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(planning, "save_by_key", cut_first)
    with pytest.raises(models.ServerLostError) as lost:
        cadence.mark_done(touch)
    assert "Nothing of this change was saved" in str(lost.value)
    assert models.TouchState.select().count() == 0


def test_done_again_after_a_dropped_connection_is_recorded_once(faulty, server_book):
    touch = _touch()
    faulty.terminate_connections(server_book.server.rsplit("/", 1)[1])
    with pytest.raises(models.ServerLostError):
        cadence.mark_done(touch)
    cadence.mark_done(touch)
    assert [s.state for s in models.TouchState.select()] == ["done"] * len(touch.all_state_keys)
