"""Ctrl+K jumps to any account, contact or promise by name; the account list's search box works from the keyboard."""


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models import Account, Contact
from services import accounts, commitments
from services.accounts.jump import jump_targets
from services.text import fold
from tests.counting import counted_queries


def promise(account, title, due="2026-12-01"):
    return commitments.create_commitment(account.uuid, {
        "title": title, "promised_by": "Anna", "promised_at": "2026-11-01", "due_date": due})


def found(text, limit=20):
    return [(t.kind, t.title) for t in jump_targets(text, limit)]


# ------------------------------------------------------------ the service


def test_a_name_that_starts_with_the_text_comes_before_one_that_holds_it(make_account):
    make_account("Schmuller Handel")
    make_account("Müller Maschinenbau GmbH")
    assert found("mull") == [("account", "Müller Maschinenbau GmbH"), ("account", "Schmuller Handel")]


def test_a_word_that_starts_with_the_text_comes_before_the_text_inside_a_word(make_account):
    make_account("Wolfmuller AG")
    make_account("Hans Müller KG")
    assert found("müll") == [("account", "Hans Müller KG"), ("account", "Wolfmuller AG")]


def test_on_a_tie_accounts_come_before_contacts_before_promises(make_account, make_contact):
    firm = make_account("Zeta Trading")
    promise(firm, "Sample set")
    make_contact(firm, "Sample Person")
    make_account("Sample House")
    assert [kind for kind, _title in found("sample")] == ["account", "contact", "promise"]


def test_a_contact_says_where_they_work(make_account, make_contact):
    make_contact(make_account("Müller GmbH", country="DE"), "Jürgen Weber")
    (target,) = jump_targets("weber")
    assert target.subtitle.render("en") == "contact at Müller GmbH · Germany"


def test_a_promise_says_to_whom_and_when_it_is_due(make_account):
    promise(make_account("Müller GmbH"), "Price hold for 2027", due="2027-01-15")
    (target,) = jump_targets("price hold")
    assert target.subtitle.render("zh") == "对Müller GmbH的承诺 · 2027年1月15日到期 · 未完成"


def test_a_target_carries_its_account_for_opening(make_account, make_contact):
    firm = make_account("Alpha Export")
    person = make_contact(firm, "Bea Lind")
    (target,) = jump_targets("bea")
    assert (target.kind, target.uuid, target.account_uuid) == ("contact", person.uuid, firm.uuid)


@pytest.mark.parametrize(("name", "typed"), [
    ("MÜLLER Söhne", "muller so"),          # Latin, accents and case
    ("Ромашка ООО", "РОМАШ"),               # Cyrillic, case
    ("山田テック株式会社", "テック"),          # Han and kana, inside the name
    ("شركة الأمل", "الامل"),                 # Arabic: the hamza on the alef folds away
])
def test_names_are_found_in_every_script(make_account, name, typed):
    make_account(name)
    assert found(typed) == [("account", name)]


def test_every_word_typed_must_be_in_the_name(make_account, make_contact):
    firm = make_account("Nord Export")
    make_contact(firm, "Hans Weber")
    make_contact(firm, "Hans Schmidt")
    assert found("hans web") == [("contact", "Hans Weber")]


def test_blank_text_finds_nothing(make_account):
    make_account("Alpha")
    assert jump_targets("   ") == []


def test_like_wildcards_are_taken_as_they_are(make_account):
    make_account("100% Cotton Ltd")
    make_account("1000 Cotton Ltd")
    assert found("100%") == [("account", "100% Cotton Ltd")]


def test_no_more_than_the_limit_and_the_best_of_them(make_account):
    for n in range(8):
        make_account(f"Inner Alpha {n}")
    make_account("Alpha First")
    assert found("alpha", limit=3)[0] == ("account", "Alpha First")
    assert len(found("alpha", limit=3)) == 3


def test_a_search_costs_the_same_few_queries_for_three_names_as_for_sixty(make_account, make_contact):
    def queries_for_search() -> int:
        with counted_queries() as statements:
            jump_targets("delta")
        return len(statements)

    firm = make_account("Alpha Delta 0")  # the text inside the names: both queries of each kind run
    make_contact(firm, "Ann Delta 0")
    promise(firm, "Call Delta 0")
    few = queries_for_search()
    for n in range(1, 20):
        firm = make_account(f"Alpha Delta {n}")
        make_contact(firm, f"Ann Delta {n}")
        promise(firm, f"Call Delta {n}")
    assert (few, queries_for_search()) == (6, 6)  # two per kind (names starting with it, then the rest)


def test_a_prefix_that_fills_the_page_needs_one_query_per_kind(make_account):
    for n in range(5):
        make_account(f"Echo {n}")
    with counted_queries() as statements:
        jump_targets("echo", limit=5)
    assert len(statements) == 1 + 2 + 2  # accounts: the prefix filled the page; contacts and promises: both


# ------------------------------------------------------------ the name keys kept by the book


def test_a_renamed_contact_is_found_by_the_new_name(make_account, make_contact):
    person = make_contact(make_account("Alpha"), "Old Name")
    accounts.update_contact(person.uuid, {"name": "Ærøskøbing Ølsen"})
    assert Contact.get(Contact.uuid == person.uuid).name_key == fold("Ærøskøbing Ølsen")


def test_an_account_saved_whole_keeps_its_name_key(make_account):
    firm = make_account("Beta GmbH")
    stale = Account.get(Account.uuid == firm.uuid)
    stale.name, stale.name_key = "Gamma GmbH", "something stale"
    stale.save()
    assert Account.get(Account.uuid == firm.uuid).name_key == "gamma gmbh"


def test_an_imported_contact_is_found(make_account, tmp_path):
    from services.exchange.importer import import_file

    path = tmp_path / "people.csv"
    path.write_text("company,country,contact\nKappa Ltd,GB,Zoë Ward\n", encoding="utf-8")
    import_file(path)
    assert ("contact", "Zoë Ward") in found("zoe")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# NUL never reaches the book (services.validation strips it; PostgreSQL text cannot hold it).
@given(name=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=12))
def test_the_key_the_book_keeps_is_the_python_fold(open_book, name):
    firm = Account.create(name=name, country="DE")  # one book for every example: each removes its account
    assert Account.get_by_id(firm.id).name_key == fold(name)
    firm.delete_instance()


# ------------------------------------------------------------ the popup (Ctrl+K)


@pytest.fixture
def shown_window(main_window, qtbot):
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    return main_window


def jump(window, qtbot, typed):
    """Ctrl+K, then type: the popup, its search run at once instead of after the debounce."""
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    from PySide6.QtWidgets import QApplication

    dialog = QApplication.activePopupWidget()
    qtbot.keyClicks(dialog.edit, typed)
    dialog.refresh()
    return dialog


def titles(dialog):
    return [dialog.model.target_at(r).title for r in range(dialog.model.rowCount())]


def test_ctrl_k_is_the_jump_shortcut_and_no_other(main_window):
    from PySide6.QtGui import QAction

    taken = [a.text() for a in main_window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+K"]
    assert taken == [main_window.jump_action.text()]


def test_typing_in_the_popup_lists_the_names_best_first(shown_window, qtbot, make_account, make_contact):
    make_contact(make_account("Nord Export"), "Inge Möller")
    make_account("Möller Trading")
    dialog = jump(shown_window, qtbot, "moll")
    assert titles(dialog) == ["Möller Trading", "Inge Möller"]


def test_typing_waits_for_a_pause_before_searching(qtbot, open_book, make_account):
    from ui.dialogs.jump_dialog import JumpDialog

    make_account("Alpha")
    dialog = JumpDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, "alp")
    assert (dialog.model.rowCount(), dialog._timer.isActive()) == (0, True)


def test_down_then_enter_opens_the_second_account(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Orbit One")
    second = make_account("Orbit Two")
    dialog = jump(shown_window, qtbot, "orbit")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    assert shown_window.accounts.current_account_uuid() == second.uuid


def test_enter_right_after_typing_opens_what_was_typed(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    wanted = make_account("Quasar Ltd")
    qtbot.keyClick(shown_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = QApplication.activePopupWidget()
    qtbot.keyClicks(dialog.edit, "quasar")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # before the debounce ran
    assert shown_window.accounts.current_account_uuid() == wanted.uuid


def test_a_contact_opens_on_its_account_with_the_contact_selected(shown_window, qtbot, make_account, make_contact):
    from PySide6.QtCore import Qt

    firm = make_account("Vega GmbH")
    make_contact(firm, "Anna Vogel")
    person = make_contact(firm, "Zoltan Kiss")
    dialog = jump(shown_window, qtbot, "zoltan")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    pane = shown_window.accounts.pane
    selected = pane.contacts_model.row_at(pane.contacts_view.selectionModel().selectedRows()[0].row())
    assert (pane.account_uuid(), pane.tabs.currentWidget(), selected.uuid) == (
        firm.uuid, pane.contacts_view, person.uuid)


def test_a_promise_opens_on_its_accounts_promises_tab(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    firm = make_account("Lyra SA")
    promise(firm, "Catalogue by courier")
    wanted = promise(firm, "Price hold until March")
    dialog = jump(shown_window, qtbot, "price hold")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
    tab = shown_window.promises
    selected = tab.model.row_at(tab.view.selectionModel().selectedRows()[0].row())
    assert (shown_window.accounts.pane.tabs.currentWidget(), selected.uuid) == (tab, wanted.uuid)


def test_escape_closes_the_popup(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Alpha")
    dialog = jump(shown_window, qtbot, "alp")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_name_nobody_has_says_so(shown_window, qtbot, make_account):
    make_account("Alpha")
    dialog = jump(shown_window, qtbot, "zzz")
    assert (dialog.model.rowCount(), dialog.hint.text()) == (
        0, "No account, contact or promise has a name like that.")


# ------------------------------------------------------------ the account list's search box


def search_box(window, qtbot):
    view = window.accounts
    view.reload()
    view.focus_search()
    qtbot.waitUntil(view.search.hasFocus)
    return view


def test_down_in_the_search_box_moves_into_the_results_on_the_first(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Sirius AG")
    make_account("Sirius BV")
    view = search_box(shown_window, qtbot)
    qtbot.keyClicks(view.search, "sirius")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert (view.table.hasFocus(), view.table.currentIndex().row()) == (True, 0)


def test_enter_in_the_search_box_opens_the_first_result(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Alpha")
    wanted = make_account("Sirius AG")
    view = search_box(shown_window, qtbot)
    qtbot.keyClicks(view.search, "sirius")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.current_account_uuid() == wanted.uuid


def test_enter_in_the_search_box_opens_the_selected_result(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Sirius AG")
    wanted = make_account("Sirius BV")
    view = search_box(shown_window, qtbot)
    view.select_account(wanted.uuid)
    view.focus_search()
    qtbot.keyClicks(view.search, "sirius")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert (view.current_account_uuid(), view.table.hasFocus()) == (wanted.uuid, True)


def test_escape_clears_the_search_box_then_returns_to_the_list(shown_window, qtbot, make_account):
    from PySide6.QtCore import Qt

    make_account("Sirius AG")
    view = search_box(shown_window, qtbot)
    qtbot.keyClicks(view.search, "sirius")
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    first = (view.search.text(), view.search.hasFocus())
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert (first, view.table.hasFocus()) == (("", True), True)
