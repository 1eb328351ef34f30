"""The screen gets plain rows: showing a list of promises costs the same few queries for 20 rows as for 200."""

import datetime as dt

import pytest

from services import commitments
from services.commitments.rows import PromiseRow, open_promise_rows, promise_rows_of
from tests.counting import counted_queries

TODAY = dt.date(2026, 11, 18)




def _promises(make_account, accounts: int, per_account: int) -> str:
    first = None
    for n in range(accounts):
        account = make_account(name=f"Firm {n}", country="DE")
        first = first or account.uuid
        for k in range(per_account):
            commitments.create_commitment(account.uuid, {
                "title": f"Promise {k}", "promised_by": f"Person {k % 3}", "promised_at": "2026-11-01",
                "due_date": (TODAY + dt.timedelta(days=k - 2)).isoformat()})
    return first


def _shown(rows: list[PromiseRow]) -> list[str]:
    from ui.models.commitment_table import CommitmentTableModel

    model = CommitmentTableModel()
    model.set_rows(rows)
    return [model.display(model.row_at(r), c) for r in range(model.rowCount()) for c in range(9)]


@pytest.mark.parametrize("scale", [1, 10])
def test_showing_the_commitments_list_costs_the_same_queries_for_20_or_200_rows(qtbot, make_account, scale):
    _promises(make_account, accounts=10 * scale, per_account=2)
    with counted_queries() as queries:
        shown = _shown(open_promise_rows(TODAY))
    assert len(shown) == 9 * 20 * scale
    assert len(queries) <= 6, queries


def test_showing_one_accounts_promises_costs_the_same_queries_for_2_or_20_rows(qtbot, make_account):
    counts = []
    for per_account in (2, 20):
        uuid = _promises(make_account, accounts=1, per_account=per_account)
        with counted_queries() as queries:
            _shown(promise_rows_of(uuid, TODAY))
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_promise_row_carries_its_account_name_and_risk(make_account):
    _promises(make_account, accounts=1, per_account=1)
    (row,) = open_promise_rows(TODAY)
    assert (row.account, row.title, row.level) == ("Firm 0", "Promise 0", "high")
    assert "→" in row.risk_in("en")


def test_the_lists_are_handed_plain_rows_not_live_records(make_account):
    uuid = _promises(make_account, accounts=1, per_account=2)
    rows = open_promise_rows(TODAY) + promise_rows_of(uuid, TODAY)
    assert {type(r) for r in rows} == {PromiseRow}


def _people_and_talks(make_account, make_contact, count: int) -> str:
    """An account with count contacts and count interactions, each interaction with one of the contacts."""
    from services import accounts

    account = make_account(name=f"Firm with {count}")
    for n in range(count):
        contact = make_contact(account, name=f"Person {n}", phone="+49 30 1234567", messaging='{"wechat": "p"}')
        accounts.log_interaction(account.uuid, {"occurred_at": f"2026-10-{n % 28 + 1:02d}T09:00:00+00:00",
                                                "contact_uuid": contact.uuid, "summary": f"Talk {n}"})
    return account.uuid


def _shown_in_pane_tables(account_uuid: str) -> list[str]:
    """Every cell of the contacts tab and the timeline tab, as the account pane fills them."""
    from services import accounts
    from ui.models.contact_table import ContactTableModel
    from ui.models.interaction_table import InteractionTableModel

    cells = []
    for model, rows in ((ContactTableModel(), accounts.contact_rows_of(account_uuid)),
                        (InteractionTableModel(), accounts.interaction_rows_of(account_uuid, limit=500))):
        model.set_rows(rows)
        cells += [model.display(model.row_at(r), c) for r in range(model.rowCount()) for c in range(6)]
    return cells


def test_showing_an_accounts_contacts_and_timeline_costs_the_same_queries_for_2_or_20_rows(
        qtbot, make_account, make_contact):
    counts = []
    for count in (2, 20):
        uuid = _people_and_talks(make_account, make_contact, count)
        with counted_queries() as queries:
            shown = _shown_in_pane_tables(uuid)
        assert len(shown) == 2 * 6 * count
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_account_pane_is_handed_plain_rows_not_live_records(qtbot, make_account, make_contact):
    from services.accounts import ContactRow, InteractionRow
    from ui.views.account_pane import AccountPane

    uuid = _people_and_talks(make_account, make_contact, 2)
    pane = AccountPane([])
    qtbot.addWidget(pane)
    pane.show_account(uuid)
    shown = pane.contacts_model.rows() + pane.timeline_model.rows()
    assert {type(r) for r in shown} == {ContactRow, InteractionRow}


def test_an_interaction_row_names_its_contact_or_none_for_the_company(make_account, make_contact):
    from services import accounts

    account = make_account()
    anna = make_contact(account, name="Anna Schmidt")
    for contact_uuid in (anna.uuid, ""):
        accounts.log_interaction(account.uuid, {"occurred_at": "2026-10-01T09:00:00+00:00",
                                                "contact_uuid": contact_uuid})
    rows = accounts.interaction_rows_of(account.uuid)
    assert sorted((r.contact_uuid, r.contact_name) for r in rows) == [("", ""), (anna.uuid, "Anna Schmidt")]


def test_a_contact_row_carries_its_messaging_handles_read(make_account, make_contact):
    from services import accounts

    account = make_account()
    make_contact(account, messaging='{"wechat": "li_wei88"}')
    (row,) = accounts.contact_rows_of(account.uuid)
    assert row.messaging == {"wechat": "li_wei88"}


def _opened_with(monkeypatch, dialog_class) -> list:
    """What each dialog of dialog_class is handed to edit (its record), captured instead of shown."""
    handed: list = []

    def capture(dialog) -> int:
        handed.append(dialog._commitment if hasattr(dialog, "_commitment") else dialog._account)
        return 0

    monkeypatch.setattr(dialog_class, "exec", capture)
    return handed


def test_the_account_dialog_is_handed_plain_account_details(qtbot, monkeypatch, make_account):
    from services.accounts import AccountDetails
    from ui.dialogs.account_dialog import AccountDialog
    from ui.views.account_pane import AccountPane

    handed = _opened_with(monkeypatch, AccountDialog)
    pane = AccountPane([])
    qtbot.addWidget(pane)
    pane.show_account(make_account(name="Firm", country="DE", city="Ulm").uuid)
    pane.edit_account()
    assert [type(a) for a in handed] == [AccountDetails]


def test_account_details_carry_what_the_pane_and_dialog_show(make_account):
    from services import accounts

    uuid = make_account(name="Firm", country="DE", city="Ulm", tags="oem, eu", cadence_days=30).uuid
    d = accounts.account_details(uuid)
    assert (d.uuid, d.name, d.country, d.city, d.tags, d.cadence_days) == (uuid, "Firm", "DE", "Ulm", "oem, eu", 30)


def test_saving_the_account_dialog_gives_back_plain_details(qtbot):
    from services.accounts import AccountDetails
    from ui.dialogs.account_dialog import AccountDialog

    dialog = AccountDialog(["Germany"])
    qtbot.addWidget(dialog)
    dialog.field("name").setText("Neue Firma")
    dialog.field("country").setText("DE")
    dialog.try_save()
    assert type(dialog.result_record) is AccountDetails


def test_editing_a_promise_hands_its_dialog_a_plain_form(qtbot, monkeypatch, make_account):
    from PySide6.QtWidgets import QWidget

    from services.commitments.rows import PromiseForm
    from ui.dialogs.commitment_dialog import CommitmentDialog
    from ui.dialogs.promise_dialogs import edit_promise

    uuid = _promises(make_account, accounts=1, per_account=1)
    handed = _opened_with(monkeypatch, CommitmentDialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    edit_promise(parent, promise_rows_of(uuid, TODAY)[0])
    assert [type(c) for c in handed] == [PromiseForm]


def test_a_promise_form_names_its_contact_in_one_query(make_account, make_contact):
    from services.commitments.rows import promise_form

    account = make_account()
    anna = make_contact(account, name="Anna Schmidt")
    promise = commitments.create_commitment(account.uuid, {
        "title": "Samples", "promised_by": "Li", "contact_uuid": anna.uuid, "due_date": "2030-01-01"})
    with counted_queries() as queries:
        form = promise_form(promise.uuid)
    assert (form.contact_uuid, len(queries)) == (anna.uuid, 1)


def test_the_promise_dialog_opens_with_the_promises_contact_chosen(qtbot, make_account, make_contact):
    from services import accounts
    from services.commitments.rows import promise_form
    from ui.dialogs.commitment_dialog import CommitmentDialog

    account = make_account()
    anna = make_contact(account, name="Anna Schmidt")
    promise = commitments.create_commitment(account.uuid, {
        "title": "Samples", "promised_by": "Li", "contact_uuid": anna.uuid, "due_date": "2030-01-01"})
    dialog = CommitmentDialog(account.uuid, accounts.contact_rows_of(account.uuid), ["Li"],
                              commitment=promise_form(promise.uuid))
    qtbot.addWidget(dialog)
    assert dialog.value_of("contact_uuid") == anna.uuid
