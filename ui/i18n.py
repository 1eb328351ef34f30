"""The UI language: chosen in Settings or by --lang, else the system locale; loads the Qt translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

import resources
from services import words

_lang = "en"
_translators: list[QTranslator] = []


def current_lang() -> str:
    return _lang


def choose_lang(explicit: str | None) -> str:
    if explicit in ("en", "zh"):
        return explicit
    saved = QSettings().value("ui/language", "")
    if saved in ("en", "zh"):
        return saved
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install(app: QApplication, lang: str) -> None:
    """Load the translations for lang (English needs none) and make it the current language."""
    global _lang
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _lang = lang
    words.set_language(lang)  # the services' messages, the labels and reasons follow the UI language
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang == "zh":
        for folder, name in ((str(resources.path("translations")), "rapport_zh_CN"),
                             (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_zh_CN")):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _translators.append(translator)
