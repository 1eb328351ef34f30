"""The exchange dialog: a merge in the background with progress and Cancel; what was set aside brought back."""

import datetime as dt
import json
import threading

import pytest
from PySide6.QtCore import QRunnable, QThreadPool

import models
from models import Account, Interaction
from services import accounts
from services.accounts.demo import create_demo_data
from services.exchange import bundle


@pytest.fixture
def dialog(qtbot, open_book):
    from ui.dialogs.exchange_dialog import ExchangeDialog

    shown = ExchangeDialog()
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def orphan_bundle(open_book, tmp_path):
    """A laptop bundle with a call logged on a contact that was deleted here afterwards."""
    account = accounts.create_account({"name": "Müller GmbH", "country": "DE"})
    contact = accounts.create_contact(account.uuid, {"name": "Jürgen Müller"})
    data = bundle.build_bundle()
    data["database_id"] = "6f1c7a52-1111-4a4a-9b9b-0123456789ab"  # the laptop
    logged = (models.utcnow() - dt.timedelta(hours=1)).isoformat()
    call = {"uuid": "7a1c7a52-1111-4a4a-9b9b-0123456789ab", "account_uuid": account.uuid,
            "contact_uuid": contact.uuid, "occurred_at": logged, "created_at": logged, "updated_at": logged}
    data["interactions"].append(call)
    accounts.delete_contact(contact.uuid)
    path = tmp_path / "laptop.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path), call["uuid"]


def test_records_set_aside_by_a_merge_are_listed_with_a_way_back(qtbot, dialog, orphan_bundle):
    path, _ = orphan_bundle
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge(path)
    assert dialog.set_aside.rowCount() == 1
    assert dialog.set_aside_box.isVisibleTo(dialog)


def test_bring_these_back_restores_the_call_with_its_contact(qtbot, dialog, orphan_bundle):
    path, call = orphan_bundle
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.merge(path)
    with qtbot.waitSignal(dialog.merged, timeout=10_000):
        dialog.bring_back_button.click()
    assert Interaction.get(Interaction.uuid == call).contact.name == "Jürgen Müller"


class Gate(QRunnable):
    """Keeps one pool thread busy until opened, so the merge waits in the queue until the test says go."""

    def __init__(self, opened: threading.Event) -> None:
        super().__init__()
        self.opened = opened

    def run(self) -> None:
        self.opened.wait(20)


def test_a_cancelled_merge_writes_nothing(qtbot, dialog, open_book, tmp_path):
    create_demo_data(50, seed=2)
    path = tmp_path / "big.json"
    bundle.export_bundle(path)
    models.close_database()
    models.open_database(tmp_path / "empty.sqlite")
    pool, opened = QThreadPool.globalInstance(), threading.Event()
    for _ in range(pool.maxThreadCount()):
        pool.start(Gate(opened))
    dialog.merge(str(path))  # queued behind the gates
    dialog.cancel_button.click()
    opened.set()
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=20_000)
    assert "cancelled" in dialog.result_label.text()
    assert Account.select().count() == 0
