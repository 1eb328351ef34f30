"""The Countries screen: every country's clock, week, holidays and etiquette notes, plus the firm's own notes."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from services import countries as cs
from services.errors import UserError
from services.text import fold, isolate
from ui.i18n import current_lang
from ui.labels import section_label, short_day
from ui.models.base import ROW_ROLE
from ui.models.country_table import FIRST_MONDAY, CountryTableModel
from ui.widgets.lazy import LoadWhenShown
from ui.widgets.tables import make_table


class CountriesView(LoadWhenShown, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = current_lang()
        self._all: list = []
        self.filter = QLineEdit()
        self.filter.setObjectName("countryFilter")
        self.filter.setPlaceholderText(self.tr("Filter countries (name, code, 中文)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.model = CountryTableModel(self.lang, self)
        self.table = make_table(self.model)
        self.table.setObjectName("countryTable")
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.closures = QLabel()
        self.closures.setObjectName("closures")
        self.closures.setWordWrap(True)
        self.notes = QTextBrowser()
        self.notes.setObjectName("etiquette")
        self.notes.setOpenExternalLinks(True)
        self.firm_notes = QPlainTextEdit()
        self.firm_notes.setObjectName("firmNotes")
        self.firm_notes.setPlaceholderText(self.tr("Your firm's own notes for this country"))
        self.firm_notes.setMaximumHeight(110)
        self.save_button = QPushButton(self.tr("Save our notes"))
        self.save_button.clicked.connect(self.save_notes)
        self.window_start = QTimeEdit()
        self.window_end = QTimeEdit()
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat("HH:mm")
        self.window_save = QPushButton(self.tr("Use for this country"))
        self.window_reset = QPushButton(self.tr("Use the region's"))
        self.window_save.clicked.connect(self.save_window)
        self.window_reset.clicked.connect(self.reset_window)
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.addWidget(self.title)
        d.addWidget(self.facts)
        d.addWidget(self.closures)
        d.addWidget(self.notes, 1)
        hours = QHBoxLayout()
        hours.addWidget(QLabel(self.tr("Contact window (their time)")))
        hours.addWidget(self.window_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.window_end)
        hours.addWidget(self.window_save)
        hours.addWidget(self.window_reset)
        hours.addStretch(1)
        d.addLayout(hours)
        d.addWidget(QLabel(self.tr("Our notes")))
        d.addWidget(self.firm_notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        d.addLayout(row)
        left = QWidget()
        l_layout = QVBoxLayout(left)
        l_layout.setContentsMargins(0, 0, 0, 0)
        l_layout.addWidget(self.filter)
        l_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._code: str | None = None

    def refresh(self) -> None:
        """The list is built on first show: the working weeks come from the holidays package."""
        if not self._all:
            self._all = [(c, cs.weekend_days(c.code), cs.etiquette_level(c.code)) for c in cs.all_countries()]
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        key = fold(text.strip())
        rows = [r for r in self._all if not key or key in fold(" ".join(
            (r[0].code, r[0].name_en, r[0].name_zh, *r[0].local_names, *r[0].aliases)))]
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 200))

    def select_country(self, code: str) -> None:
        if not self._all:
            self.refresh()
        self.filter.clear()
        for row in range(self.model.rowCount()):
            if self.model.row_at(row)[0].code == code:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(self.model.index(row, 0))
                return

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.show_country(current.data(ROW_ROLE)[0].code)

    def _holiday_line(self, span: cs.HolidaySpan, today: dt.date) -> str:
        """'9–12 Mar Eid al-Fitr (عيد الفطر)', the names isolated so a right-to-left one keeps the dates in order."""
        local = f" ({isolate(span.name_local)})" if span.name_local and span.name_local != span.name_en else ""
        return f"{span.dates_text(self.lang, today)} {isolate(span.name_en)}{local}"

    def show_country(self, code: str, today: dt.date | None = None) -> None:
        self._code = code
        country = cs.get_country(code)
        today = today or dt.date.today()
        self.title.setText(f"{country.name(self.lang)} ({code})")
        start, end = cs.working_window(code)
        weekend = ", ".join(short_day(FIRST_MONDAY + dt.timedelta(days=i)) for i in cs.weekend_days(code))
        spans = cs.holiday_spans(cs.next_holidays(code, today, count=12))[:5]
        holiday_text = "; ".join(self._holiday_line(h, today) for h in spans) or self.tr("none known")
        self.facts.setText(self.tr("Time zones: {zones}\nWeekend: {weekend} · Contact window: {start}–{end}\n"
                                   "Business languages: {langs}\nNext public holidays: {holidays}").format(
            zones=", ".join(country.timezones), weekend=weekend or "-", start=f"{start:%H:%M}", end=f"{end:%H:%M}",
            langs=", ".join(country.languages), holidays=holiday_text))
        self._show_closures(code, today)
        self.notes.setHtml(self._reach_html(code) + self._notes_html(cs.etiquette(code, self.lang)))
        self.firm_notes.setPlainText(cs.country_note(code))
        self.window_start.setTime(QTime(start.hour, start.minute))
        self.window_end.setTime(QTime(end.hour, end.minute))

    def _notes_html(self, notes: cs.Etiquette) -> str:
        """Each section with the numbers of its sources and its checked date; the numbered pages below."""
        pages = notes.pages()
        parts = []
        if notes.level == "region":
            parts.append("<p><i>" + html.escape(self.tr("No notes for this country yet: these are the notes for its "
                                                         "region.")) + "</i></p>")
        for section, text in notes.sections.items():
            parts.append(f"<p><b>{html.escape(section_label(section))}.</b> {html.escape(text)}"
                         f"{self._cited(notes.sources.get(section), pages)}</p>")
        if pages:
            label = self.tr("Sources")  # outside the f-string, where lupdate finds it
            links = "<br>".join(f'[{n}] <a href="{html.escape(p.url)}">{html.escape(p.title)}</a>'
                                for n, p in enumerate(pages, 1))
            parts.append(f"<p><small>{html.escape(label)}:<br>{links}</small></p>")
        return "".join(parts)

    def _cited(self, sources: cs.SectionSources | None, pages: list[cs.Source]) -> str:
        """' [1, 3] · checked 2026-11-29' in small type, or nothing for a section without sources."""
        if sources is None or not (sources.pages or sources.checked):
            return ""
        refs = ", ".join(str(n) for n in sorted(pages.index(p) + 1 for p in sources.pages if p in pages))
        checked = self.tr("checked {date}").format(date=sources.checked.isoformat()) if sources.checked else ""
        shown = " · ".join(part for part in (f"[{refs}]" if refs else "", checked) if part)
        return f' <small><span style="color:gray">{html.escape(shown)}</span></small>'

    def _reach_html(self, code: str) -> str:
        """How to reach them (services.countries.reach), the lines the brief prints, above the etiquette notes."""
        from services import words
        from services.countries.reach import reach_of

        reach = reach_of(code, self.lang)
        title = words.text("reach.title", self.lang)
        if reach.regional:
            title += " " + words.text("reach.regional", self.lang)
        colon = words.text("brief.colon", self.lang)
        lines = "<br>".join(f"<b>{html.escape(label + colon)}</b>{html.escape(text)}" for label, text in reach.lines)
        return f"<p><b>{html.escape(title)}</b><br>{lines}</p>"

    def _show_closures(self, code: str, today: dt.date) -> None:
        """The market's next seasonal closures, each with its days, what it does and why; hidden when none."""
        coming = cs.next_closures(code, today)
        lines = []
        for c in coming:
            name = html.escape(f"{c.dates_text(self.lang, today)} {isolate(c.name.render(self.lang))}")
            lines.append("• " + self.tr("{name} ({kind}): {reason}").format(
                name=f"<b>{name}</b>", kind=html.escape(self._closure_kind(c)),
                reason=html.escape(c.reason.render(self.lang))))
        heading = html.escape(self.tr("Closures ahead"))
        self.closures.setText(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.closures.setVisible(bool(coming))

    def _closure_kind(self, c: cs.Closure) -> str:
        if c.kind == "closed":
            return self.tr("office closed")
        if c.window is not None:
            return self.tr("short hours {start}–{end}").format(start=f"{c.window[0]:%H:%M}", end=f"{c.window[1]:%H:%M}")
        return self.tr("no new quotes")

    def save_window(self) -> None:
        if self._code:
            self._change_window(self.window_start.time().toPython(), self.window_end.time().toPython())

    def reset_window(self) -> None:
        if self._code:
            self._change_window(None, None)

    def _change_window(self, start, end) -> None:
        try:
            cs.set_working_window("country", self._code, start, end)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Countries"), str(exc))
            return
        self.show_country(self._code)

    def save_notes(self) -> None:
        if not self._code:
            return
        try:
            cs.set_country_note(self._code, self.firm_notes.toPlainText())
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Countries"), str(exc))
            return
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Notes saved."), 3000)
