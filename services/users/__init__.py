"""The firm's users: list, add, edit and deactivate them; who is at the keyboard; whose records a list shows."""

from services.users.people import (
    UserRow,
    add_user,
    deactivate,
    edit_user,
    find_user,
    get_user,
    list_users,
    manager_named,
    user_for_name,
)
from services.users.scope import EVERYONE, MINE, default_scope, owner_condition, scope_owner_id
from services.users.session import choose, choose_for_command, current_user, needs_choice, remembered_user

__all__ = [
    "EVERYONE", "MINE", "UserRow", "add_user", "choose", "choose_for_command", "current_user", "deactivate",
    "default_scope", "edit_user", "find_user", "get_user", "list_users", "manager_named", "needs_choice",
    "owner_condition", "remembered_user", "scope_owner_id", "user_for_name",
]
