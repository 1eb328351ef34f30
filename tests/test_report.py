"""The portfolio report: the numbers counted from the book, and the PDF read back with pypdf in English and Chinese."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader

import models
from main import main
from models.health import AccountHealth
from services import accounts, commitments
from services.briefs.report import write_report
from services.briefs.report_data import report_data
from services.words import Message, to_data

TODAY = dt.date(2026, 11, 23)  # a Monday
TITLES_EN = ("Portfolio report", "Accounts by health band", "Accounts by region", "Touches per week",
             "Response mix per month", "Promises kept on time per quarter", "Promises kept on time per person",
             "Replies owed by age", "Accounts needing attention")
TITLES_ZH = ("客户组合报告", "按健康等级统计客户", "按地区统计客户", "每周跟进", "每月回应构成", "每季度按时兑现的承诺",
             "每人按时兑现的承诺", "待回复消息", "需要关注的客户")


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), dt.UTC)


def keep_health(account, score: int, band: str, *reasons: Message) -> None:
    """A kept health of our choosing, over what the plan kept (the plan is current: nothing recomputes it)."""
    AccountHealth.delete().where(AccountHealth.account == account.id).execute()
    AccountHealth.insert(account=account.id, score=score, band=band, computed_on=TODAY,
                         reasons=json.dumps([{"code": "x", "message": to_data([r])} for r in reasons])).execute()


def promise(account, by: str, due: str, status: str, on: str | None = None) -> None:
    made = commitments.create_commitment(account.uuid, {"title": "Rebate", "kind": "rebate", "promised_by": by,
                                                        "promised_at": "2026-01-02", "due_date": due})
    close = commitments.mark_kept if status == "kept" else commitments.mark_broken
    close(made.uuid, dt.date.fromisoformat(on or due))


@pytest.fixture
def book(make_account):
    hanse = make_account(name="Hanse Textil GmbH", country="DE", city="Hamburg")
    tokyo = make_account(name="Sakura Trading", country="JP", city="Tokyo")
    lima = make_account(name="Lima Import", country="PE", city="Lima")
    for day, response in ((TODAY, "warm"), (TODAY - dt.timedelta(days=2), "cold"), (dt.date(2026, 10, 5), "cold")):
        accounts.log_interaction(hanse.uuid, {"occurred_at": at(day), "response": response})
    accounts.log_interaction(tokyo.uuid, {"occurred_at": at(TODAY - dt.timedelta(days=2)), "direction": "inbound",
                                          "channel": "email", "response": "warm"})
    promise(hanse, "Li Na", "2026-08-10", "kept")
    promise(hanse, "Li Na", "2026-09-10", "kept", on="2026-09-20")
    promise(tokyo, "Wang Fang", "2026-10-01", "broken")
    from services.cadence import store

    store.ensure(TODAY)  # the plan and the kept health, as the window keeps them; then ours over them
    keep_health(hanse, 38, "at_risk", Message("risk.overdue"))
    keep_health(tokyo, 55, "watch", Message("risk.approval_rejected"))
    AccountHealth.delete().where(AccountHealth.account == lima.id).execute()  # as before its first plan
    return {"hanse": hanse, "tokyo": tokyo}


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_bands_count_the_kept_health_and_the_accounts_not_yet_computed(book):
    assert report_data(TODAY).bands == {"good": 0, "watch": 1, "at_risk": 1, "": 1}


def test_regions_count_accounts_by_their_countrys_region(book):
    assert sorted(report_data(TODAY).regions) == [("east_asia", 1), ("europe", 1), ("latin_america", 1)]


def test_touches_per_week_count_outbound_touches_in_their_week(book):
    weeks = dict(report_data(TODAY).weeks)
    assert (len(weeks), weeks[TODAY], weeks[dt.date(2026, 11, 16)], weeks[dt.date(2026, 10, 5)]) == (26, 1, 1, 1)


def test_response_mix_counts_each_response_by_month(book):
    mix = dict(report_data(TODAY).responses)
    assert (mix[dt.date(2026, 11, 1)], mix[dt.date(2026, 10, 1)]["cold"]) == (
        {"warm": 1, "neutral": 0, "cold": 1, "none": 0}, 1)


def test_promises_per_quarter_split_on_time_late_and_broken(book):
    q3, q4 = report_data(TODAY).quarters[-2:]
    assert ((q3.label, q3.on_time, q3.late, q3.broken), (q4.label, q4.broken)) == (("2026 Q3", 1, 1, 0),
                                                                                    ("2026 Q4", 1))


def test_promises_per_person_give_the_share_kept_on_time(book):
    people = {t.label: (t.on_time, t.closed, t.rate) for t in report_data(TODAY).people}
    assert people == {"Li Na": (1, 2, 50), "Wang Fang": (0, 1, 0)}


def test_replies_owed_are_counted_by_how_long_they_waited(book):
    assert dict(report_data(TODAY).replies) == {"day": 0, "days_1_3": 1, "days_3_7": 0, "older_7": 0}


def test_accounts_needing_attention_lowest_score_first(book):
    rows = report_data(TODAY).attention
    assert [(r.name, r.score, r.band) for r in rows] == [("Hanse Textil GmbH", 38, "at_risk"),
                                                         ("Sakura Trading", 55, "watch")]


def test_english_report_holds_every_charts_title(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="en", today=TODAY)
    text = text_of(tmp_path / "r.pdf")
    assert [t for t in TITLES_EN if t not in text] == []


def test_chinese_report_holds_every_charts_title(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="zh", today=TODAY)
    text = text_of(tmp_path / "r.pdf")
    assert [t for t in TITLES_ZH if t not in text] == []


def test_report_prints_the_numbers_behind_the_charts(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="en", today=TODAY)
    text = " ".join(text_of(tmp_path / "r.pdf").split())
    expected = ("Good Watch At risk Not yet computed 0 1 1 1", "2026 Q3 1 1 0 50% on time",
                "50% on time (1 / 2)", "3 touches in 26 weeks", "Warm 0 0 0 0 0 1")
    assert [e for e in expected if e not in text] == []


def test_attention_list_prints_score_band_and_reasons_in_chinese(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="zh", today=TODAY)
    text = text_of(tmp_path / "r.pdf")
    assert all(words in text for words in ("Hanse Textil GmbH", "38", "有风险", "已逾期", "需关注", "审批被驳回"))


def test_title_page_names_the_firm_and_the_day(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="en", today=TODAY, firm="Ningbo Harbour Textiles")
    first = PdfReader(tmp_path / "r.pdf").pages[0].extract_text()
    assert all(words in first for words in ("Ningbo Harbour Textiles", "23 Nov 2026", "3 accounts"))


def test_charts_are_drawn_as_vector_shapes_not_images(book, tmp_path):
    write_report(tmp_path / "r.pdf", lang="en", today=TODAY)
    assert sum(len(page.images) for page in PdfReader(tmp_path / "r.pdf").pages) == 0


def test_report_command_writes_the_pdf_in_the_language_asked(tmp_path, capsys):
    path = tmp_path / "rapport.sqlite"
    models.open_database(path)
    accounts.create_account({"name": "Hanse Textil GmbH", "country": "DE"})
    models.close_database()
    code = main(["--db", str(path), "report", "--out", str(tmp_path / "r.pdf"), "--lang", "zh", "--today",
                 "2026-11-23"])
    assert (code, json.loads(capsys.readouterr().out)["pages"]) == (0, 4)


def test_report_command_refuses_a_day_that_is_not_a_date(tmp_path, capsys):
    path = tmp_path / "rapport.sqlite"
    models.open_database(path)
    models.close_database()
    code = main(["--db", str(path), "report", "--out", str(tmp_path / "r.pdf"), "--today", "2026-13-01"])
    assert (code, "is not a date" in capsys.readouterr().err) == (2, True)


def test_report_dialog_writes_the_report_in_the_background_and_remembers_the_firm(qtbot, book, tmp_path):
    from ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog()
    qtbot.addWidget(dialog)
    dialog.firm.setText("Ningbo Harbour Textiles")
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(dialog.built, timeout=30_000) as blocker:  # connected before the worker starts
        dialog.write(target, today=TODAY)
    again = ReportDialog()
    qtbot.addWidget(again)
    assert (blocker.args, "Ningbo Harbour Textiles" in text_of(target), again.firm.text()) == (
        [str(target)], True, "Ningbo Harbour Textiles")
