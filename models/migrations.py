"""Schema version and the ladder of numbered migrations (a copy of the file first); the book's exchange identity."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from models import search_index
from models.account import Account, Contact, e164_of, name_order, phone_search_digits
from models.base import (
    APPLICATION_ID,
    DatabaseTooNewError,
    application_id,
    backup_to,
    db,
    new_uuid,
    stamp_application_id,
    write_transaction,
)
from models.commitment import Commitment
from models.dialect import name_key_trigger, on_server
from models.enums import UserRole
from models.files import atomic_output, private_folder
from models.folding import fold
from models.health import install_health_table
from models.interaction import Interaction
from models.plan import install_plan_tables, mark_whole_plan_stale, reinstall_trigger
from models.support import CountryNote, ExchangePeer, ForgottenContact, Meta, Setting, Tombstone, TouchState, TrashItem
from models.users import AppUser, initials_of

ALL_MODELS = [Meta, AppUser, Account, Contact, Interaction, Commitment, Setting, CountryNote, TouchState,
              Tombstone, ExchangePeer, TrashItem, ForgottenContact]


def _v2_commitments() -> None:
    db.create_tables([AppUser, Commitment])  # as they are now: a promise refers to its maker (step 13)


def _v3_support_tables() -> None:
    db.create_tables([Setting, CountryNote, TouchState, Tombstone, ExchangePeer])


def _add_index(model: type, column: str) -> None:
    """One index, named as peewee names a field's index. Not the model's create_indexes(): that would also index
    columns later steps add, and SQLite reads an unknown double-quoted column as a string literal."""
    table = model._meta.table_name  # type: ignore[attr-defined]
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_{column}" ON "{table}" ("{column}")')


def _v4_account_order_index() -> None:
    _add_index(Account, "search_key")


def _v5_trash() -> None:
    db.create_tables([TrashItem])


def _v6_phone_e164() -> None:
    """contact.phone_e164, filled from each phone as typed and its account's country; search keys get the digits."""
    db.execute_sql("ALTER TABLE contact ADD COLUMN phone_e164 VARCHAR(20) NOT NULL DEFAULT ''")
    _add_index(Contact, "phone_e164")
    query = (Contact.select(Contact.id, Contact.phone, Account.id, Account.country, Account.search_key)
             .join(Account).where(Contact.phone != "").tuples())
    keys: dict[int, str] = {}
    for contact_id, phone, account_id, country, key in query:
        number = e164_of(phone, country)
        if number:
            Contact.update(phone_e164=number).where(Contact.id == contact_id).execute()
        digits = phone_search_digits(phone, number)
        if digits:
            keys[account_id] = f"{keys.get(account_id, key)} {digits}"
    for account_id, key in keys.items():
        Account.update(search_key=key).where(Account.id == account_id).execute()


def _v7_forgotten_and_sane_times() -> None:
    """Forgets travel from now on; times stored from a bundle with a runaway clock no longer win every merge."""
    db.create_tables([ForgottenContact])
    now = dt.datetime.now(dt.UTC)
    # People forgotten before this version: the name their record was given then (frozen here on purpose).
    for contact_uuid, stamp in (Contact.select(Contact.uuid, Contact.updated_at)
                                .where((Contact.name == "Forgotten contact") & (Contact.email == "")).tuples()):
        ForgottenContact.create(uuid=contact_uuid, contact_uuid=contact_uuid, forgotten_at=stamp)
    later = now + dt.timedelta(days=1)
    for model in (Account, Contact, Interaction, Commitment):
        model.update(updated_at=now).where(model.updated_at > later).execute()
    Tombstone.update(deleted_at=now).where(Tombstone.deleted_at > later).execute()
    ExchangePeer.update(last_exchange_at=now).where(ExchangePeer.last_exchange_at > later).execute()


def _v8_stored_plan() -> None:
    """The forward plan kept per account (filled by the first re-plan, in the background in the window)."""
    install_plan_tables()


def _v9_list_indexes() -> None:
    """The account list's sort key by name, its trigram search index and its kept contact count and last contact."""
    search_index.add_column("account", "order_key", "TEXT NOT NULL DEFAULT ''")
    keys = [(name_order(name), pk) for pk, name in Account.select(Account.id, Account.name).tuples()]
    db.cursor().executemany("UPDATE account SET order_key = ? WHERE id = ?", keys)
    db.execute_sql('CREATE INDEX IF NOT EXISTS "account_order_key_search_key" ON "account" ("order_key", "search_key")')
    search_index.install()


# Each table's folded name key and the column it folds: Ctrl+K (services/accounts/jump.py) searches the keys.
NAME_KEYS = {"account": "name", "contact": "name", "commitment": "title"}


def install_name_key_triggers() -> None:
    """Triggers that keep each name_key the fold of its name on every insert and rename, whichever write path
    (form, import, bundle merge, restore from the Trash) made it: one rule in the database rather than one in
    each of them. rapport_fold is registered on every SQLite connection (models.base.connect) and defined in
    SQL on a server book (models.server.install_fold_function). A save() that writes every field puts name_key
    back as the object held it: the key is folded again then too."""
    for table, column in NAME_KEYS.items():
        for statement in name_key_trigger(table, column):
            db.execute_sql(statement)


def _v10_name_keys() -> None:
    """account, contact and commitment get name_key (indexed), filled from their names, kept by triggers."""
    for model in (Account, Contact, Commitment):
        table = model._meta.table_name
        if "name_key" not in {c.name for c in db.get_columns(table)}:  # step 2 made commitment as it is now
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN name_key TEXT NOT NULL DEFAULT ''")
        _add_index(model, "name_key")
        db.execute_sql(f"UPDATE {table} SET name_key = rapport_fold({NAME_KEYS[table]})")
    install_name_key_triggers()


# Version N is reached by running step N on a database at version N-1; a number may be missing while parallel
# work is merged (the steps run in order all the same).
def _v11_account_health() -> None:
    """Each account's kept health (filled with the plan, per account on every write): the whole book is re-planned
    before the plan is next read, which fills it."""
    install_health_table()
    mark_whole_plan_stale()


# The portfolio's counts of touches per week and responses per month read only this index (issue 18).
INTERACTION_TIME_INDEX = ('CREATE INDEX IF NOT EXISTS "interaction_time_kind" ON "interaction" '
                          '("occurred_at", "direction", "channel", "response", "account_id")')


def _v12_interaction_time_index() -> None:
    db.execute_sql(INTERACTION_TIME_INDEX)


# The records people edit in forms: each counts its saves and names who saved it last (issue 19).
VERSIONED = (Account, Contact, Interaction, Commitment)


def _v14_versions() -> None:
    """version (1 for every record there is) and changed_by ("": saved before anyone was named)."""
    for model in VERSIONED:
        table = model._meta.table_name
        if "version" in {c.name for c in db.get_columns(table)}:  # step 2 made commitment as it is now
            continue
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        db.execute_sql(f"ALTER TABLE {table} ADD COLUMN changed_by VARCHAR(200) NOT NULL DEFAULT ''")


def _v15_muslim_owned() -> None:
    """account.muslim_owned, false for every account already kept; ticking it re-plans the account, and the whole
    book is re-planned once now, around the seasonal closures (issue 21)."""
    if "muslim_owned" not in {c.name for c in db.get_columns("account")}:  # there already: the version was set back
        db.execute_sql("ALTER TABLE account ADD COLUMN muslim_owned BOOLEAN NOT NULL DEFAULT FALSE")
    reinstall_trigger("plan_account_upd")
    mark_whole_plan_stale()
# One owner's accounts in name order (models.account.Account.Meta names it so on a fresh book).
OWNER_ORDER_INDEX = ('CREATE INDEX IF NOT EXISTS "account_owner_id_order_key_search_key" ON "account" '
                     '("owner_id", "order_key", "search_key")')


def _v13_users() -> None:
    """The firm's users; accounts get an owner, promises the user who made them. Each distinct free-text
    "promised by" becomes a user (role sales); a user named as an approver becomes a manager; nothing is asked."""
    db.create_tables([AppUser])
    for table, column in (("account", "owner_id"), ("commitment", "promised_by_id")):
        if column in {c.name for c in db.get_columns(table)}:  # step 2 made commitment as it is now
            continue
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" INTEGER REFERENCES "app_user" ("id") '
                       "ON DELETE SET NULL")
        if table == "commitment":
            _add_index(Commitment, column)
    db.execute_sql(OWNER_ORDER_INDEX)
    users_from_promise_names()


def users_from_promise_names() -> None:
    """A user for every name in commitment.promised_by that is no user's yet, and each promise linked to its
    name's user; approver names that are users' make them managers. Names compare folded, spaces trimmed."""
    known = {fold(u.name): u for u in AppUser.select()}
    names = sorted({n.strip() for (n,) in Commitment.select(Commitment.promised_by).distinct().tuples() if n.strip()})
    for name in names:
        if fold(name) not in known:
            known[fold(name)] = AppUser.create(name=name, initials=initials_of(name), role=UserRole.SALES.value)
    for (name,) in Commitment.select(Commitment.promised_by).distinct().tuples():
        user = known.get(fold(name.strip()))
        if user is not None:
            unlinked = (Commitment.promised_by == name) & Commitment.made_by.is_null()
            Commitment.update(made_by=user).where(unlinked).execute()
    approvers = {fold(n.strip()) for (n,) in Commitment.select(Commitment.approver).distinct().tuples()}
    managers = [u.id for key, u in known.items() if key in approvers]
    if managers:
        AppUser.update(role=UserRole.MANAGER.value).where(AppUser.id.in_(managers)).execute()


STEPS: dict[int, Callable[[], None]] = {
    2: _v2_commitments,
    3: _v3_support_tables,
    4: _v4_account_order_index,
    5: _v5_trash,
    6: _v6_phone_e164,
    7: _v7_forgotten_and_sane_times,
    8: _v8_stored_plan,
    9: _v9_list_indexes,
    10: _v10_name_keys,
    11: _v11_account_health,
    12: _v12_interaction_time_index,
    13: _v13_users,
    14: _v14_versions,
    15: _v15_muslim_owned,
}
LATEST = max(STEPS)


def schema_version() -> int:
    if not db.table_exists("meta"):
        return 0
    row = Meta.get_or_none(Meta.key == "schema_version")
    return int(row.value) if row else 0


def _set_version(version: int) -> None:
    Meta.put("schema_version", str(version))


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def migrate(db_path: Path | None, copy_first: Callable[[int], object] | None = None) -> list[int]:
    """Bring the open database to LATEST; return the steps run. A fresh book gets the latest schema.

    db_path: the SQLite file (a copy goes to its backups/ folder first); copy_first(current version): how a
    server book is copied before its schema changes (models.open_database passes it)."""
    current = schema_version()
    if current == 0 and not db.get_tables():
        with db.atomic():
            if on_server():
                from models.server import install_fold_function

                install_fold_function()
            db.create_tables(ALL_MODELS)
            install_plan_tables()
            search_index.install()
            install_name_key_triggers()
            install_health_table()
            db.execute_sql(INTERACTION_TIME_INDEX)
            _set_version(LATEST)
            Meta.insert(key="database_id", value=new_uuid()).on_conflict_ignore().execute()
        return []
    if current > LATEST:
        where = db_path or getattr(db.obj, "book", None) or Path(":memory:")
        raise DatabaseTooNewError(str(where), "book.too_new", schema=current, latest=LATEST)
    if current == LATEST:
        return []
    if copy_first is not None:
        copy_first(current)
    elif db_path is not None:
        folder = private_folder(backups_dir(db_path))
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        with atomic_output(folder / f"{db_path.stem}-before-v{LATEST}-from-v{current}-{stamp}.sqlite") as part:
            backup_to(part)
    ran = []
    for version in sorted(v for v in STEPS if v > current):
        with db.atomic():
            STEPS[version]()
            _set_version(version)
        ran.append(version)
    with db.atomic():
        Meta.insert(key="database_id", value=new_uuid()).on_conflict_ignore().execute()
    return ran


def database_id() -> str:
    return Meta.get(Meta.key == "database_id").value


def location_of(path: Path) -> str:
    """Where the file is: its path, device and inode (what the meta table remembers as 'location')."""
    found = path.stat()
    return json.dumps({"path": str(path.resolve()), "device": found.st_dev, "inode": found.st_ino}, sort_keys=True)


def _same_file(recorded: str, here: str) -> bool:
    """A move or rename keeps the file (same device and inode); a remounted disk keeps inode and path."""
    try:
        before = json.loads(recorded)
    except ValueError:
        return False
    now = json.loads(here)
    return before.get("inode") == now["inode"] and (before.get("device") == now["device"]
                                                    or before.get("path") == now["path"])


def _recorded_location() -> str | None:
    row = Meta.get_or_none(Meta.key == "location")
    return row.value if row is not None else None


def claim(db_path: Path) -> None:
    """Mark the checked book as Rapport's, and give a copied file its own exchange identity.

    The meta table remembers where the file was last opened. Found in another file (copied, restored from a
    backup, replaced by a sync tool) it gets a new database_id, so the bundles of the copy and of the original
    are told apart. A move or rename keeps the file and its identity; only the remembered path changes.
    """
    if application_id() != APPLICATION_ID:
        stamp_application_id()
    here = location_of(db_path)
    if _recorded_location() == here:
        return
    with write_transaction():
        recorded = _recorded_location()  # again under the write lock: another process may have just claimed it
        if recorded == here:
            return
        if recorded is not None and not _same_file(recorded, here):
            Meta.put("database_id", new_uuid())
        Meta.put("location", here)
