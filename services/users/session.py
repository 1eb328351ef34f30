"""Who is at the keyboard: chosen on first start (remembered per book on this computer) or by --user."""

from __future__ import annotations

from models import actor
from models.users import AppUser
from services.errors import UserError
from services.settings import personal_setting, set_personal_setting
from services.users.people import UserRow, find_user, get_user, list_users, row_of

# The user this process runs as once chosen (a command's --user, the window's chooser); one person per process.
_chosen: list[UserRow | None] = [None]


def remembered_user() -> UserRow | None:
    """The user this person chose for the open book on this computer, if still active."""
    uuid = personal_setting("user")
    user = AppUser.get_or_none(AppUser.uuid == uuid) if isinstance(uuid, str) else None
    return row_of(user) if user is not None and user.active else None


def current_user() -> UserRow | None:
    """The user chosen in this process, else the remembered one, else the book's only active user; None when
    someone must still choose."""
    chosen = _chosen[0]
    if chosen is not None and AppUser.get_or_none(AppUser.uuid == chosen.uuid) is not None:
        return chosen
    found = remembered_user()
    if found is not None:
        return found
    users = list_users()
    return users[0] if len(users) == 1 else None


def needs_choice() -> bool:
    """The first start on this computer of a book with several users (or none): the chooser asks who is here."""
    return current_user() is None


def choose(user_uuid: str) -> UserRow:
    """This person is user_uuid from now on (on this computer, for this book); records they change say so."""
    user = row_of(get_user(user_uuid))
    set_personal_setting("user", user.uuid)
    _run_as(user)
    return user


def _run_as(user: UserRow | None) -> None:
    _chosen[0] = user
    actor.set_current(user.name if user else "")


def choose_for_command(name: str | None) -> UserRow | None:
    """The user a command runs as: --user (or RAPPORT_USER) by name, else current_user(); nothing is remembered."""
    if name:
        user = find_user(name)
        if user is None:
            raise UserError("error.no_user_named", name=name)
        found: UserRow | None = row_of(user)
    else:
        _chosen[0] = None
        found = current_user()
    _run_as(found)
    return found
