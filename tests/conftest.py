"""Shared fixtures: offscreen Qt, a fresh database per test, small factories."""

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest  # noqa: E402

import models  # noqa: E402


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "rapport.sqlite"
    models.open_database(path)
    yield path
    models.close_database()


@pytest.fixture
def make_account(db_path):
    def make(name="Müller Maschinenbau GmbH", country="DE", **fields):
        from services import accounts

        return accounts.create_account({"name": name, "country": country, **fields})

    return make


@pytest.fixture
def make_contact(db_path):
    def make(account, name="Jürgen Müller", **fields):
        from services import accounts

        return accounts.create_contact(account.uuid if hasattr(account, "uuid") else account,
                                       {"name": name, **fields})

    return make


@pytest.fixture
def utc():
    def make(*args):
        return dt.datetime(*args, tzinfo=dt.UTC)

    return make
