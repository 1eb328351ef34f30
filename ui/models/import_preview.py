"""The import dialog's preview: the file's first rows under their field choosers, and where each country comes from."""

from __future__ import annotations

from PySide6.QtCore import Qt

from services.exchange import importer
from services.exchange.country_inference import CountryGuess
from ui.models.base import RowTableModel

PREVIEW_ROWS = 50


class PreviewTableModel(RowTableModel):
    """Row 0 carries the field choosers (index widgets); the rows below are (row number, cells) of the file's
    first rows. Two columns after the file's show the country a check inferred and where it came from."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.width = 0
        self.countries: dict[int, CountryGuess] = {}

    def set_table(self, table: importer.Table) -> None:
        self.width = len(table.headers)
        self.countries = {}
        self.headers = [h or self.tr("Column {n}").format(n=i + 1) for i, h in enumerate(table.headers)]
        if self.width:
            self.headers += [self.tr("Country (inferred)"), self.tr("Country from")]
        numbers = table.row_numbers[:PREVIEW_ROWS]
        self.set_rows([None, *zip(numbers, table.rows[:PREVIEW_ROWS], strict=True)])

    def set_countries(self, countries: dict[int, CountryGuess]) -> None:
        """Show a check's inferred countries; empty until the next check."""
        self.countries = countries
        if self.rowCount() > 1 and self.width:
            self.dataChanged.emit(self.index(1, self.width), self.index(self.rowCount() - 1, self.width + 1))

    def display(self, row, column: int) -> str:
        if row is None:
            return ""
        number, cells = row
        if column < self.width:
            return cells[column] if column < len(cells) else ""
        guess = self.countries.get(number)
        if guess is None:
            return ""
        return (guess.code or self.tr("unknown")) if column == self.width else self.source_text(guess)

    def source_text(self, guess: CountryGuess) -> str:
        texts = {"country_field": self.tr("country column: {evidence}"), "phone": self.tr("phone {evidence}"),
                 "domain": self.tr("address {evidence}"), "city": self.tr("city {evidence}"),
                 "default": self.tr("the country chosen for rows without one"),
                 "account": self.tr("the existing account")}
        text = texts.get(guess.source, self.tr("nothing in the row names it")).format(evidence=guess.evidence)
        if guess.unrecognised:
            text += " " + self.tr("(not a country: {text})").format(text=guess.unrecognised)
        return text

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            row = self.row_at(section) if section < self.rowCount() else None
            return self.tr("Field") if row is None else str(row[0])
        return super().headerData(section, orientation, role)
