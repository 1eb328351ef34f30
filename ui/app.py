"""Starting the GUI: application, fonts, language, opening the database (ui.opening), errors, first run."""

from __future__ import annotations

import logging
import sys
import time
import traceback

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication

import models
import resources
from models.address import AddressLike, parse_address
from models.files import private_folder
from services import paths
from ui import i18n
from ui.gui_thread_gc import collect_on_gui_thread
from ui.opening import (  # open_database_with_dialog: still imported from here by callers
    build_main_window,
    check_in_background,
    open_book_with_dialog,
    open_database_with_dialog,  # noqa: F401
    remembered_book,
)

START = time.perf_counter()
HAN_FAMILY = "Rapport Sans SC"  # resources/fonts/RapportSansSC-*.ttf: Noto Sans CJK SC as TrueType
log = logging.getLogger("rapport")


def _load_fonts() -> None:
    """Bundled fonts cover CJK, Cyrillic, Arabic, Thai and Devanagari so the UI never shows boxes."""
    folder = resources.path("fonts")
    if folder.is_dir():
        for font in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
    prefer_han_face()


def prefer_han_face() -> None:
    """Han text in one face right after the UI's own: Qt's fallback took some Han characters from Nanum Gothic
    (heavier Korean Hanja) and the rest from another font. Hangul, which this face leaves out, still falls back."""
    font = QApplication.font()
    if HAN_FAMILY not in font.families():
        font.setFamilies([*(font.families() or [font.family()]), HAN_FAMILY])
        QApplication.setFont(font)


def _setup_logging(book: AddressLike) -> None:
    log_file = paths.log_path()
    private_folder(log_file.parent)
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def excepthook(kind, value, tb):
        app = QApplication.instance()
        known = _known_problem(value, book)
        if known is not None:  # the user can act on it (a locked or read-only book ...): say so, it is no bug
            log.warning("%s", known)
            if app is not None and not app.property("smoke_test"):
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, QCoreApplication.translate("App", "Rapport"), known)
            else:
                sys.stderr.write(f"rapport: {known}\n")
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if app is not None and not app.property("smoke_test"):
            from PySide6.QtWidgets import QMessageBox  # dialogs load when first needed (start-up time)

            QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"),
                                 QCoreApplication.translate("App", "Something went wrong: {error}\n\n"
                                                            "Details were written to {log}.")
                                 .format(error=value, log=log_file))
        else:
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = excepthook


def _known_problem(error: BaseException, book: AddressLike) -> str | None:
    """The message of an error the user can act on (their input, the book's file), None for a bug."""
    from services.errors import UserError
    from ui.server_watch import surfaced

    if isinstance(error, UserError | models.DatabaseOpenError):  # a server gone also raises the window's banner
        return surfaced(error)
    explained = models.explain_error(error, parse_address(book).file)
    return surfaced(explained) if explained is not None else None


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f7fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#35373b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.PlaceholderText: "#8c8f94",
        QPalette.ColorRole.Link: "#6cb2ff", QPalette.ColorRole.BrightText: "#ff6b6b",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette


def follow_color_scheme(app: QApplication) -> None:
    """Dark mode follows the system; where the platform style gives no dark palette (Fusion), supply one."""
    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    light_palette = app.palette().color(QPalette.ColorRole.Window).lightness() > 128
    if dark and light_palette:
        app.setPalette(_dark_palette())
    elif not dark and not light_palette:
        app.setPalette(app.style().standardPalette())


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Rapport")
    app.setOrganizationName("Rapport")
    app.setApplicationDisplayName("Rapport")
    icon = resources.path("icons", "rapport.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    collect_on_gui_thread(app)
    if not app.property("scheme_followed"):
        app.setProperty("scheme_followed", True)
        follow_color_scheme(app)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: follow_color_scheme(app))
    return app


def offer_demo_data(parent) -> None:
    from PySide6.QtWidgets import QMessageBox

    from services import accounts

    settings = QSettings()
    if not accounts.is_empty() or settings.value("first_run/asked", False, type=bool):
        return
    settings.setValue("first_run/asked", True)
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("App", "Welcome to Rapport"),
                      QCoreApplication.translate("App", "Your database is empty. Start with an empty book, or load "
                                                 "demo customers to look around first?"), parent=parent)
    demo = box.addButton(QCoreApplication.translate("App", "Load demo data"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo:
        from services.accounts.demo import create_demo_data

        create_demo_data(60)
        parent.accounts.reload()


def _no_display() -> bool:
    import os

    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _backup_in_background(window, book: AddressLike) -> None:
    """The automatic copies (at start, and the first start of a day) without delaying the window."""
    from services.book.backup import automatic_backup
    from ui.worker import Worker, start

    def copy(_progress):
        automatic_backup(book, "start")
        automatic_backup(book, "daily")

    worker = Worker(copy)
    worker.signals.failed.connect(lambda message: log.warning("automatic backup failed: %s", message))
    window.automatic_copies = start(worker)  # kept: its signals must outlive this call


def _smoke_test(app: QApplication, window, started: float) -> int:
    """Paint once and print the time to the painted window and to the complete list; then the held-back
    check runs, as it does in use, and must pass."""
    app.processEvents()
    image = window.grab()
    view = window.accounts
    print(f"smoke test: main window painted {image.width()}x{image.height()} in "
          f"{time.perf_counter() - started:.3f}s ({view.model.total()} accounts)", flush=True)
    view.table.scrollToBottom()  # the list is complete when its last row can be shown
    app.processEvents()
    ok = not image.isNull() and not window.grab().isNull()
    print(f"smoke test: account list complete in {time.perf_counter() - started:.3f}s "
          f"({view.model.total()} accounts)", flush=True)
    damaged = models.run_held_check()
    if damaged is not None:
        sys.stderr.write(f"rapport: {damaged}\n")
        ok = False
    window.close()
    models.close_database()
    return 0 if ok else 1


def _purge_old_trash() -> None:
    """Items deleted more than 30 days ago leave the Trash when the GUI opens the book."""
    from peewee import OperationalError

    from services.accounts.trash import purge_expired

    try:
        purge_expired()
    except OperationalError as exc:  # another program holds the write lock: try at the next start
        log.warning("purging the trash failed: %s", exc)


def _keep_the_plan(window) -> None:
    """The day's plan (and a new day's, while the window stays open) is made in the background."""
    from ui.plan_keeper import PlanKeeper

    keeper = window.plan_keeper = PlanKeeper(window)
    keeper.planned.connect(window.plan_changed)
    keeper.progress.connect(window.show_planning)
    keeper.failed.connect(lambda message: window.statusBar().showMessage(message, 10000))
    keeper.start()


def _after_the_check(window, book: AddressLike) -> None:
    from ui.reminders import Reminders

    _purge_old_trash()
    _backup_in_background(window, book)
    _keep_the_plan(window)
    # After the first paint and the check, so the day's first look (and its summary) never slows the start.
    window.reminders = Reminders(window)
    window.reminders.start()


def run_gui(book: AddressLike, lang: str | None = None, smoke_test: bool = False, started: float | None = None) -> int:
    """started: when the launcher began (time.perf_counter()), for the smoke test's start-up figure.

    An encrypted book's passphrase given on the command line was remembered for this process by the launcher,
    which started deriving its key before importing Qt (services.book.encryption.derive_in_background); else the
    app asks for it, or takes it from the keyring."""
    import os

    if _no_display():
        if not smoke_test:
            sys.stderr.write("rapport: no display found (DISPLAY is not set). Start Rapport from a desktop session, "
                             "or use the command line: python main.py --help\n")
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_app()
    app.setProperty("smoke_test", smoke_test)
    _setup_logging(book)
    i18n.install(app, i18n.choose_lang(lang))
    _load_fonts()
    # A book that opening writes nothing to is checked while the window paints; writes wait for the check.
    opened = open_book_with_dialog(remembered_book(parse_address(book)), interactive=not smoke_test,
                                   defer_check=True)
    if opened is None:
        return 2
    book = opened
    # The window reads the last stored plan while a new day's is made in the background (ui/plan_keeper.py).
    from services.cadence.reading import read_stale_day

    read_stale_day(True)
    from ui.dialogs.user_chooser import choose_user_at_start

    if not smoke_test:  # before the window: its lists open on "mine"
        choose_user_at_start()
    window = build_main_window(book)
    if window is None:
        return 2
    window.show()
    if smoke_test:
        return _smoke_test(app, window, started or START)
    # The automatic copies and the trash purge wait for the check: a damaged book must not push sound copies out
    # of rotation, nor be written to.
    check_in_background(window, book, lambda: _after_the_check(window, book))
    QTimer.singleShot(0, lambda: offer_demo_data(window))
    code = app.exec()
    models.close_database()
    return code
