"""Commands: users (list the firm's users, add one, deactivate one)."""

from __future__ import annotations

from cli import padded, print_json
from models.enums import UserRole
from services import words


def register(sub) -> None:
    p = sub.add_parser("users", help="the firm's users: list them, add or deactivate one")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="also list deactivated users")
    verbs = p.add_subparsers(dest="users_verb", metavar="VERB")
    add = verbs.add_parser("add", help="add a user")
    add.add_argument("name")
    add.add_argument("--initials", default="")
    add.add_argument("--role", choices=[r.value for r in UserRole], default=UserRole.SALES.value)
    off = verbs.add_parser("deactivate", help="a user who left: kept on their records, no longer offered")
    off.add_argument("name")
    p.set_defaults(func=run_users)


def run_users(args) -> int:
    from services import users
    from services.errors import UserError

    verb = getattr(args, "users_verb", None)
    if verb == "add":
        users.add_user({"name": args.name, "initials": args.initials, "role": args.role})
    elif verb == "deactivate":
        found = users.find_user(args.name)
        if found is None:
            raise UserError("error.no_user_named", name=args.name)
        users.deactivate(found.uuid)
    rows = users.list_users(include_inactive=args.all)
    me = users.current_user()
    if args.json:
        print_json([{**row.__dict__, "current": me is not None and row.uuid == me.uuid} for row in rows])
        return 0
    lang = words.language()
    for row in rows:
        mark = "*" if me is not None and row.uuid == me.uuid else " "
        role = words.label(UserRole, row.role, lang)
        print(f"{mark} {padded(row.initials, 4)} {padded(row.name, 30)} {role}"
              + ("" if row.active else f" ({words.text('cli.user_inactive', lang)})"))
    return 0
