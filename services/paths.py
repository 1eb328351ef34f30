"""Where the user's data lives: the database, its backups and the log, never inside the install folder."""

import os
from pathlib import Path

import platformdirs

APP_NAME = "Rapport"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("RAPPORT_DB")
    return Path(env).expanduser() if env else data_dir() / "rapport.sqlite"


def log_path() -> Path:
    return data_dir() / "rapport.log"
