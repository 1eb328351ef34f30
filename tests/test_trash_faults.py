"""The Trash under real faults: a process killed (kill -9) in the middle of a delete or a restore, another
process holding the write lock while the GUI purges."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import models
from models import Account, Tombstone, TrashItem
from services import accounts
from services.accounts import trash

ROOT = Path(__file__).resolve().parent.parent


def killed_while(db_path: Path, action: str, model: str, method: str) -> subprocess.CompletedProcess:
    """Run action in another process that kills itself with SIGKILL the moment it calls model.method: the
    transaction has written part of its work by then and never commits."""
    code = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        import models
        from services import accounts
        from services.accounts import trash
        models.open_database({str(db_path)!r})
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        setattr(models.{model}, {method!r}, die)
        {action}
    """)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_a_delete_killed_half_way_leaves_the_account_and_nothing_in_the_trash(db_path, make_account, make_contact):
    a = make_account(name="Müller GmbH")
    make_contact(a, name="Jürgen Müller")
    models.close_database()
    # The account row goes last: the trash item and the tombstones are written by then.
    result = killed_while(db_path, f"accounts.delete_account({a.uuid!r})", "Account", "delete_instance")
    assert result.returncode == -signal.SIGKILL
    models.open_database(db_path)
    assert accounts.get_account(a.uuid).name == "Müller GmbH"
    assert not TrashItem.select().exists()
    assert not Tombstone.select().exists()


def test_a_restore_killed_half_way_leaves_the_item_in_the_trash_and_nothing_restored(db_path, make_account,
                                                                                    make_contact):
    a = make_account(name="Müller GmbH")
    make_contact(a, name="Jürgen Müller")
    accounts.delete_account(a.uuid)
    models.close_database()
    # The trash item is removed last: the account and its contact are back by then.
    result = killed_while(db_path, f"trash.restore({a.uuid!r})", "TrashItem", "delete_instance")
    assert result.returncode == -signal.SIGKILL
    models.open_database(db_path)
    assert not Account.select().exists()
    assert Tombstone.select().count() == 2
    assert [r.label for r in trash.trash_rows()] == ["Müller GmbH"]


def test_purge_with_nothing_due_needs_no_write_lock(db_path, make_account):
    """At start-up another process may be writing; a purge with nothing to do must not wait for it."""
    accounts.delete_account(make_account().uuid)  # in the Trash, but not for 30 days yet
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys
        con = sqlite3.connect({str(db_path)!r}, isolation_level=None)
        con.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        started = time.perf_counter()
        assert trash.purge_expired() == 0
        assert time.perf_counter() - started < 1  # the busy timeout is 5 s: it did not wait for the lock
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes its pipes
