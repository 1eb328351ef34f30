"""Accounts and the people and talks in them: fields, records, the list and search, merges, duplicates, the Trash.

The names the rest of the code calls as ``accounts.create_account(...)`` are gathered here from the modules that
hold them; the heavier parts (merge, duplicates, demo, fair, trash) are imported from their own modules.
"""

from services.accounts.fields import clean_account, clean_contact, clean_interaction
from services.accounts.listing import (
    AccountRow,
    account_rows,
    count_accounts,
    matches_search,
    search_accounts,
    search_terms,
)
from services.accounts.people import (
    contacts_of,
    create_contact,
    delete_contact,
    delete_interaction,
    get_contact,
    get_interaction,
    interactions_of,
    log_interaction,
    messaging_of,
    update_contact,
    update_interaction,
)
from services.accounts.records import (
    bury,
    bury_many,
    create_account,
    delete_account,
    find_account,
    get_account,
    is_empty,
    refresh_search_key,
    reindex,
    reindex_many,
    update_account,
)
from services.accounts.rows import (
    AccountDetails,
    ContactRow,
    InteractionRow,
    account_details,
    contact_rows_of,
    details_of,
    interaction_rows_of,
)

__all__ = [
    "AccountDetails",
    "AccountRow",
    "ContactRow",
    "InteractionRow",
    "account_details",
    "account_rows",
    "bury",
    "bury_many",
    "clean_account",
    "clean_contact",
    "clean_interaction",
    "contact_rows_of",
    "contacts_of",
    "count_accounts",
    "create_account",
    "create_contact",
    "delete_account",
    "delete_contact",
    "delete_interaction",
    "details_of",
    "find_account",
    "get_account",
    "get_contact",
    "get_interaction",
    "interaction_rows_of",
    "interactions_of",
    "is_empty",
    "log_interaction",
    "matches_search",
    "messaging_of",
    "refresh_search_key",
    "reindex",
    "reindex_many",
    "search_accounts",
    "search_terms",
    "update_account",
    "update_contact",
    "update_interaction",
]
