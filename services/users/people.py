"""The user list: plain rows out; names are unique as folded (case and accents ignored)."""

from __future__ import annotations

from dataclasses import dataclass

from models import Commitment, db
from models.enums import UserRole
from models.folding import fold
from models.users import AppUser, initials_of
from services import validation as v
from services.errors import NotFoundError, UserError


@dataclass(frozen=True)
class UserRow:
    uuid: str
    name: str
    initials: str
    role: str
    active: bool

    @property
    def is_manager(self) -> bool:
        return self.role == UserRole.MANAGER.value


def row_of(user: AppUser) -> UserRow:
    return UserRow(user.uuid, user.name, user.initials, user.role, bool(user.active))


def list_users(include_inactive: bool = False, role: UserRole | None = None) -> list[UserRow]:
    """The users by name (the active ones unless include_inactive; of one role if given)."""
    query = AppUser.select()
    if not include_inactive:
        query = query.where(AppUser.active == True)  # noqa: E712 (a peewee expression)
    if role is not None:
        query = query.where(AppUser.role == role.value)
    return sorted((row_of(u) for u in query), key=lambda u: fold(u.name))


def get_user(user_uuid: str) -> AppUser:
    user = AppUser.get_or_none(AppUser.uuid == user_uuid)
    if user is None:
        raise NotFoundError("error.no_user", id=user_uuid)
    return user


def find_user(name: str) -> AppUser | None:
    """The user of this name (folded, active or not), or None. A firm has a handful of users: read them all."""
    key = fold(name.strip())
    return next((u for u in AppUser.select() if fold(u.name) == key), None) if key else None


def _clean(fields: dict, partial: bool, own_id: int | None = None) -> dict:
    errors = v.FieldErrors()
    checks = {
        "name": lambda x: v.text(x, "name", errors, required=True, limit=200),
        "initials": lambda x: v.text(x, "initials", errors, limit=8),
        "role": lambda x: v.choice(x, UserRole, "role", errors, UserRole.SALES),
    }
    out = v.checked(checks, fields, errors, partial=partial)
    if out.get("name"):
        same = find_user(out["name"])
        if same is not None and same.id != own_id:
            raise UserError("error.user_exists", name=out["name"])
        if not out.get("initials") and not partial:
            out["initials"] = initials_of(out["name"])
    return out


def add_user(fields: dict) -> UserRow:
    """A new active user from name, initials (derived from the name when empty) and role (sales by default)."""
    with db.atomic():
        return row_of(AppUser.create(**_clean(fields, partial=False)))


def edit_user(user_uuid: str, fields: dict) -> UserRow:
    """Change name, initials or role; a new name is also the name shown on the user's promises and approvals."""
    with db.atomic():
        user = get_user(user_uuid)
        values = _clean(fields, partial=True, own_id=user.id)
        old = user.name
        user.save_changes(values)
        if user.name != old:
            Commitment.update(promised_by=user.name).where(Commitment.made_by == user.id).execute()
            Commitment.update(approver=user.name).where(Commitment.approver == old).execute()
    return row_of(user)


def deactivate(user_uuid: str, active: bool = False) -> UserRow:
    """A user who left: kept (their accounts and promises still name them) but no longer offered."""
    with db.atomic():
        user = get_user(user_uuid)
        user.save_changes({"active": active})
    return row_of(user)


def user_for_name(name: str, uuid: str | None = None) -> AppUser | None:
    """The user a name (from a form, an import, a bundle) means: by uuid when known, else by name; a name no user
    has yet becomes a new sales user (as the migration turned free-text names into users). None for no name."""
    if uuid:
        found = AppUser.get_or_none(AppUser.uuid == uuid)
        if found is not None:
            return found
    name = (name or "").strip()[:200]
    if not name:
        return None
    found = find_user(name)
    if found is not None:
        return found
    values = {"uuid": uuid} if uuid else {}
    return AppUser.create(name=name, initials=initials_of(name), role=UserRole.SALES.value, **values)


def manager_named(name: str) -> AppUser:
    """The manager of this name, or a UserError: only a manager decides an approval."""
    user = find_user(name or "")
    if user is None or user.role != UserRole.MANAGER.value or not user.active:
        raise UserError("error.not_a_manager", name=(name or "").strip() or "—")
    return user
