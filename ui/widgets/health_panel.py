"""The health score of one account with its band in words, the reasons that pull it down and its parts as bars."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from services.health import PARTS, Health, band_of

BAND_COLOURS = {"good": "#2e7d32", "watch": "#b26a00", "at_risk": "#c62828"}
_BAR = ("QProgressBar {{ border: 1px solid palette(mid); border-radius: 2px; text-align: center; }}"
        "QProgressBar::chunk {{ background: {colour}; }}")


class HealthPanel(QWidget):
    """Score and band word side by side (colour is never the only signal), reasons below, then one bar per part."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.score = QLabel()
        self.score.setObjectName("healthScore")
        self.reasons = QLabel()
        self.reasons.setObjectName("healthReasons")
        self.reasons.setWordWrap(True)
        parts = QGridLayout()
        parts.setColumnStretch(1, 1)
        self.part_names: dict[str, QLabel] = {}
        self.part_bars: dict[str, QProgressBar] = {}
        self.part_unknown: dict[str, QLabel] = {}
        for row, key in enumerate(PARTS):
            name, bar, unknown = QLabel(self.part_title(key)), QProgressBar(), QLabel(self.tr("not measured yet"))
            bar.setRange(0, 100)
            bar.setMaximumHeight(14)
            bar.setFormat("%v")
            bar.setAccessibleName(self.part_title(key))
            unknown.setStyleSheet("color: palette(mid);")
            parts.addWidget(name, row, 0)
            parts.addWidget(bar, row, 1)
            parts.addWidget(unknown, row, 1)
            self.part_names[key], self.part_bars[key], self.part_unknown[key] = name, bar, unknown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score)
        layout.addWidget(self.reasons)
        layout.addLayout(parts)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Relationship health"))
        self.set_health(None)

    def band_word(self, band: str) -> str:
        return {"good": self.tr("good"), "watch": self.tr("watch"), "at_risk": self.tr("at risk")}.get(band, band)

    def part_title(self, key: str) -> str:
        # The catalogue's words for the same things (health.band.*, health.part.*), for the brief and the list.
        return {"coverage": self.tr("Level coverage"), "rhythm": self.tr("Rhythm kept"),
                "replies": self.tr("Our replies"), "response": self.tr("Their response"),
                "trust": self.tr("Trust")}.get(key, key)

    def set_health(self, health: Health | None) -> None:
        if health is None:
            self.score.setText(self.tr("Health: —"))
            self.reasons.clear()
            for key in PARTS:
                self._show_part(key, None)
            return
        colour = BAND_COLOURS.get(health.band, "palette(text)")
        word = self.band_word(health.band)
        self.score.setText(self.tr("Health {score} — {band}").format(score=health.score, band=word))
        self.score.setStyleSheet(f"font-size: 16px; font-weight: 600; color: {colour};")
        self.score.setAccessibleName(self.tr("Health score {score}, {band}").format(score=health.score, band=word))
        self.reasons.setText("\n".join(f"• {r.text()}" for r in health.reasons)
                             if health.reasons else self.tr("Nothing pulls it down."))
        given = {p.key: p for p in health.parts}
        for key in PARTS:
            self._show_part(key, given.get(key))

    def _show_part(self, key: str, part) -> None:
        known = part is not None and part.known
        bar, unknown = self.part_bars[key], self.part_unknown[key]
        bar.setVisible(known)
        unknown.setVisible(not known)
        tip = str(part.detail) if part is not None else ""
        self.part_names[key].setToolTip(tip)
        if known:
            bar.setValue(part.score)
            # The part's own band: the weak part stands out; its number is on the bar, so colour is not alone.
            bar.setStyleSheet(_BAR.format(colour=BAND_COLOURS[band_of(part.score)]))
            bar.setToolTip(self.tr("{part}: {score} of 100 — {detail}").format(
                part=self.part_title(key), score=part.score, detail=tip))
        else:
            unknown.setToolTip(tip)
