"""The users command and --user, end to end as a user runs them."""

import json

from tests.cli_run import run_cli


def test_users_add_then_list_shows_the_new_manager(tmp_path):
    db = tmp_path / "book.sqlite"
    assert run_cli("users", "add", "Wang Wei", "--role", "manager", db=db).returncode == 0
    listed = json.loads(run_cli("users", "--json", db=db).stdout)
    assert [(u["name"], u["initials"], u["role"], u["current"]) for u in listed] == [("Wang Wei", "WW", "manager",
                                                                                     True)]


def test_a_command_as_an_unknown_user_is_refused_by_name(tmp_path):
    result = run_cli("--user", "Bob", "users", db=tmp_path / "book.sqlite")
    assert (result.returncode, "No user named Bob" in result.stderr) == (2, True)
