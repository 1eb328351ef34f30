"""The command line and files: a locked, read-only or missing book and a database address give a message and exit 2;
so does every output path that is a folder, missing or unwritable, and no .part is left behind."""

import sqlite3

import pytest
from cli_run import listing, run_cli

import models
from main import main
from models.files import atomic_output


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """A small demo book, closed."""
    path = tmp_path_factory.mktemp("book") / "rapport.sqlite"
    models.open_database(path)
    from services.accounts.demo import create_demo_data

    create_demo_data(3, seed=5)
    models.close_database()
    return path


def first(book, sql):
    con = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def in_process(capsys, *args):
    """main() in this process: the exit code and what it wrote to stderr."""
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def test_locked_book_gives_a_message_and_exit_2(book, tmp_path):
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                               "c.execute('BEGIN IMMEDIATE'); print('ready', flush=True); sys.stdin.readline()",
                               str(book)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = run_cli("demo", "--accounts", "1", db=book)
    finally:
        holder.kill()
        holder.communicate()  # reaps it and closes its pipes
    assert result.returncode == 2
    assert "busy" in result.stderr
    assert str(book) in result.stderr


@pytest.fixture
def read_only_folder(tmp_path):
    """A book in a folder nobody may write to (the command runs without root's override of file modes)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "rapport.sqlite"
    models.open_database(path)
    models.close_database()
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


def test_book_in_a_read_only_folder_is_reported_as_read_only(read_only_folder):
    result = run_cli("accounts", "--json", db=read_only_folder, obey_modes=True)
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert "damaged" not in result.stderr


def test_read_only_book_file_is_reported_as_read_only(tmp_path):
    path = tmp_path / "rapport.sqlite"
    models.open_database(path)
    models.close_database()
    path.chmod(0o400)
    result = run_cli("demo", "--accounts", "1", db=path, obey_modes=True)
    assert result.returncode == 2
    assert "read-only" in result.stderr
    assert "damaged" not in result.stderr


def test_writing_to_a_read_only_database_is_explained(book):
    con = sqlite3.connect(f"file:{book}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            con.execute("DELETE FROM account")
    finally:
        con.close()
    assert isinstance(models.explain_error(raised.value, book), models.DatabaseReadOnlyError)


def test_book_in_a_missing_folder_is_refused(tmp_path, capsys):
    code, err = in_process(capsys, "--db", tmp_path / "nowhere" / "rapport.sqlite", "accounts", "--json")
    assert code == 2
    assert "does not exist" in err


def test_book_in_a_missing_folder_is_not_created(tmp_path, capsys):
    in_process(capsys, "--db", tmp_path / "nowhere" / "rapport.sqlite", "demo", "--accounts", "1")
    assert listing(tmp_path) == []


def test_sqlite_address_opens_the_file_it_names(tmp_path):
    result = run_cli("demo", "--accounts", "1", db=f"sqlite:///{tmp_path / 'book.sqlite'}", cwd=tmp_path)
    assert result.returncode == 0
    assert listing(tmp_path) == ["book.sqlite", "book.sqlite.lock"]


def test_relative_sqlite_address_is_a_file_in_the_working_folder(tmp_path):
    result = run_cli("demo", "--accounts", "1", db="sqlite:///book.sqlite", cwd=tmp_path)
    assert result.returncode == 0
    assert listing(tmp_path) == ["book.sqlite", "book.sqlite.lock"]


def test_other_database_addresses_are_refused_with_a_message(tmp_path):
    result = run_cli("accounts", "--json", db="mysql://rapport@localhost/rapport", cwd=tmp_path)
    assert (result.returncode, listing(tmp_path)) == (2, [])
    assert "SQLite files and PostgreSQL databases" in result.stderr


def test_an_unreachable_server_address_gets_a_message_and_writes_no_file(tmp_path):
    result = run_cli("accounts", "--json", db="postgresql://rapport@127.0.0.1:1/rapport", cwd=tmp_path)
    assert (result.returncode, listing(tmp_path), result.stderr.startswith("rapport: ")) == (2, [], True)


def output_commands(book, out):
    contact = first(book, "SELECT uuid FROM contact")
    account = first(book, "SELECT uuid FROM account")
    return {"backup": ["backup", out], "contact-export": ["contact-export", contact, out],
            "brief": ["brief", account, "--out", out], "pack": ["pack", "--all", "--out", out],
            "ics": ["ics", out], "bundle export": ["bundle", "export", out], "export": ["export", out]}


COMMANDS = ["backup", "contact-export", "brief", "pack", "ics", "bundle export", "export"]


@pytest.mark.parametrize("command", COMMANDS)
def test_output_path_that_is_a_folder_gives_a_message_and_leaves_no_part(book, tmp_path, capsys, command):
    code, err = in_process(capsys, "--db", book, *output_commands(book, tmp_path)[command])
    assert (code, listing(tmp_path)) == (2, [])
    assert "is a folder" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_output_path_in_a_missing_folder_gives_a_message(book, tmp_path, capsys, command):
    code, err = in_process(capsys, "--db", book, *output_commands(book, tmp_path / "nowhere" / "out.file")[command])
    assert (code, listing(tmp_path)) == (2, [])
    assert "does not exist" in err


@pytest.mark.parametrize("command", COMMANDS)
def test_output_path_in_an_unwritable_folder_gives_a_message(book, tmp_path, command):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    try:
        result = run_cli(*output_commands(book, folder / "out.file")[command], db=book, obey_modes=True)
    finally:
        folder.chmod(0o755)
    assert (result.returncode, listing(folder)) == (2, [])
    assert "permission denied" in result.stderr


def test_failed_write_removes_its_part_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("the old export")

    def write_half_then_fail() -> None:
        with atomic_output(target) as part:
            part.write_text("half of the new")
            raise RuntimeError("the writer failed half-way")

    with pytest.raises(RuntimeError):
        write_half_then_fail()
    assert (listing(tmp_path), target.read_text()) == (["export.csv"], "the old export")
