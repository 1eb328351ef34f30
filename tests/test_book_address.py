"""The one parser of book addresses: plain paths and sqlite: URLs in, a BookAddress out; other databases refused."""

from pathlib import Path

import pytest

import models
from models.address import BookAddress, DatabaseAddressError, parse_address
from services import paths
from services.errors import UserError


@pytest.mark.parametrize(("text", "file"), [
    ("rapport.sqlite", "rapport.sqlite"),
    ("/srv/books/rapport.sqlite", "/srv/books/rapport.sqlite"),
    ("sqlite:///rapport.sqlite", "rapport.sqlite"),
    ("sqlite:///books/rapport.sqlite", "books/rapport.sqlite"),
    ("sqlite:////srv/books/rapport.sqlite", "/srv/books/rapport.sqlite"),
    ("sqlite:rapport.sqlite", "rapport.sqlite"),
    ("SQLite:///rapport.sqlite", "rapport.sqlite"),
    ("sqlite:////C:/Users/li/rapport.sqlite", "C:/Users/li/rapport.sqlite"),
    ("C:\\Users\\li\\rapport.sqlite", "C:\\Users\\li\\rapport.sqlite"),
    (":memory:", ":memory:"),
])
def test_sqlite_addresses_name_the_file(text, file):
    assert parse_address(text) == BookAddress("sqlite", Path(file))


def test_a_home_folder_in_an_address_is_expanded():
    assert parse_address("sqlite:///~/rapport.sqlite").file == Path.home() / "rapport.sqlite"


def test_a_path_object_is_a_plain_sqlite_file(tmp_path):
    assert parse_address(tmp_path / "b.sqlite") == BookAddress.sqlite(tmp_path / "b.sqlite")


def test_a_parsed_address_passes_through_unchanged(tmp_path):
    book = BookAddress.sqlite(tmp_path / "b.sqlite")
    assert parse_address(book) is book


def test_the_url_form_parses_back_to_the_same_address(tmp_path):
    for book in (BookAddress.sqlite(tmp_path / "b.sqlite"), BookAddress.sqlite("rel/b.sqlite")):
        assert parse_address(book.url) == book


def test_an_address_reads_as_its_file_in_messages(tmp_path):
    assert str(parse_address(f"sqlite:///{tmp_path / 'b.sqlite'}")) == str(tmp_path / "b.sqlite")


@pytest.mark.parametrize(("text", "server"), [
    ("postgresql://rapport@localhost/rapport", "postgresql://rapport@localhost/rapport"),
    ("postgres://db.office:5433/rapport", "postgresql://db.office:5433/rapport"),
    ("postgresql://sales:s3cret@10.0.0.5/book", "postgresql://sales@10.0.0.5/book"),
])
def test_a_postgresql_address_names_its_server_without_the_password(text, server):
    book = parse_address(text)
    assert (book.kind, book.file, book.server, str(book)) == ("postgresql", None, server, server)


def test_a_password_in_the_url_is_kept_apart_and_never_shown():
    book = parse_address("postgresql://sales:s3cret@10.0.0.5/book")
    assert book.password == "s3cret"
    assert "s3cret" not in f"{book} {book!r} {book.url}"


@pytest.mark.parametrize("text", ["postgresql://localhost", "postgresql:///rapport", "postgresql://h:port/db",
                                  "postgresql://u:pw@h/a/b"])
def test_an_incomplete_postgresql_address_says_the_form_to_give(text):
    with pytest.raises(DatabaseAddressError, match="postgresql://USER@HOST") as caught:
        parse_address(text)
    assert ":pw@" not in str(caught.value)


@pytest.mark.parametrize(("text", "says"), [
    ("mysql://localhost/rapport", "SQLite files and PostgreSQL databases"),
    ("sqlite://fileserver/books/rapport.sqlite", "not on fileserver"),
    ("sqlite:///", "names no file"),
    ("sqlite:", "names no file"),
    ("  ", "empty"),
])
def test_unusable_addresses_get_a_message(text, says):
    with pytest.raises(DatabaseAddressError, match=says):
        parse_address(text)


def test_the_command_line_address_error_is_a_user_error():
    with pytest.raises(UserError, match="not a whole PostgreSQL address"):
        paths.book_address("postgresql://localhost")


def test_rapport_db_names_the_book_when_no_db_is_given(monkeypatch, tmp_path):
    monkeypatch.setenv("RAPPORT_DB", f"sqlite:///{tmp_path / 'env.sqlite'}")
    assert paths.book_address(None) == BookAddress.sqlite(tmp_path / "env.sqlite")


def test_the_default_book_is_in_the_data_folder():
    assert paths.book_address(None) == BookAddress.sqlite(paths.data_dir() / "rapport.sqlite")


def test_a_book_opens_at_its_address(tmp_path):
    models.open_database(f"sqlite:{tmp_path / 'by-url.sqlite'}")
    try:
        assert models.schema_version() == models.LATEST
    finally:
        models.close_database()
    assert (tmp_path / "by-url.sqlite").stat().st_size > 0
