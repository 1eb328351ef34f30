"""Commands: encrypt, decrypt, passphrase (the encrypted book; its passphrase from --passphrase-file or
RAPPORT_PASSPHRASE)."""

from __future__ import annotations

from cli import fail, passphrase, print_json


def register(sub) -> None:
    p = sub.add_parser("encrypt", help="encrypt the book (and its automatic backups) with the passphrase given by "
                                       "--passphrase-file or RAPPORT_PASSPHRASE")
    p.set_defaults(func=run_encrypt, needs_db=False)
    p = sub.add_parser("decrypt", help="turn the encrypted book back into a plain file (its passphrase as for "
                                       "encrypt)")
    p.set_defaults(func=run_decrypt, needs_db=False)
    p = sub.add_parser("passphrase", help="give the encrypted book a new passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE", required=True, help="the new passphrase, from this file")
    p.set_defaults(func=run_passphrase, needs_db=False)


def run_encrypt(args) -> int:
    from services.book import encryption

    given = passphrase(args)
    if given is None:
        return fail("crypt.needs_passphrase")
    print_json({"encrypted": str(encryption.encrypt_book(args.book, given))})
    return 0


def run_decrypt(args) -> int:
    from services.book import encryption

    given = passphrase(args)
    if given is None:
        return fail("crypt.needs_passphrase")
    print_json({"decrypted": str(encryption.decrypt_book(args.book, given))})
    return 0


def run_passphrase(args) -> int:
    from services.book import encryption

    old, new = passphrase(args), passphrase(args, "new_passphrase_file")
    if old is None:
        return fail("crypt.needs_passphrase")
    if new is None:
        return fail("crypt.needs_new_passphrase")
    print_json({"passphrase_changed": str(encryption.change_passphrase(args.book, old, new))})
    return 0
