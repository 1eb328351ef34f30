"""A throwaway PostgreSQL server for the test suite and the benches: a fresh data folder, a free loopback port.

Started from the OS packages' binaries (packaging/bootstrap.py installs them when missing); PostgreSQL refuses to
run as root, so as root the server runs as the `postgres` system user the package creates. The data folder is
private to this run and removed when the server stops; fsync is off (a test server loses nothing it must keep).
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "rapport_admin"


class ServerUnavailableError(RuntimeError):
    """No PostgreSQL server programs here, or the server would not start; the message says what to do."""


def binaries() -> Path | None:
    """The newest PostgreSQL server programs the OS packages installed (Debian/Ubuntu: /usr/lib/postgresql/N/bin)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class Server:
    folder: Path
    port: int
    bin: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (CREATE DATABASE, CREATE ROLE …: outside a transaction)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(statement)

    def create_database(self, name: str, owner: str = SUPERUSER) -> str:
        self.sql(f'CREATE DATABASE "{name}" OWNER "{owner}"')
        return self.url(name, owner)

    def halt(self, mode: str = "fast") -> None:
        """Stop, keeping the data: the server going away under a fault test (resume() starts it again). "fast" cuts
        every client off and rolls their transactions back but keeps what was committed, which "immediate" (as
        stop() uses) may lose with synchronous_commit off."""
        subprocess.run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                                        mode, "-w", "stop"]), capture_output=True, check=False)

    def resume(self) -> None:
        """Start the halted server again on the same port with the same data (crash recovery runs first)."""
        _run(_as_server_user([str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-o", _options(self),
                              "-l", str(self.folder / "log"), "-w", "-t", "60", "start"]), "pg_ctl start")

    def restart(self) -> None:
        self.halt()
        self.resume()

    def terminate_connections(self, database: str) -> int:
        """Drop every connection to database from the server's side (pg_terminate_backend); how many there were."""
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = %s AND pid <> pg_backend_pid()", (database,)).fetchall()
        return len(rows)

    def stop(self) -> None:
        """Stop at once (-m immediate) and remove the data folder; safe to call twice."""
        if (self.folder / "data" / "postmaster.pid").exists():
            self.halt("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """A fresh server on 127.0.0.1 with the superuser rapport_admin (trust on loopback: a test server only)."""
    programs = binaries()
    if programs is None:
        raise ServerUnavailableError(
            "PostgreSQL's server programs are not installed: run `python3 packaging/bootstrap.py test` as root (it "
            "installs the postgresql package), or `apt-get install postgresql`.")
    folder = Path(tempfile.mkdtemp(prefix="rapport-pg-"))
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    folder.chmod(0o700)
    server = Server(folder, free_port(), programs)
    try:
        _run(_as_server_user([str(programs / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust",
                              "-E", "UTF8", "--locale=C", "--no-sync"]), "initdb")
        _run(_as_server_user([str(programs / "pg_ctl"), "-D", str(data), "-o", _options(server), "-l",
                              str(folder / "log"), "-w", "-t", "60", "start"]), "pg_ctl start")
    except BaseException:
        server.stop()
        raise
    atexit.register(server.stop)  # a run that dies before its fixtures finish still stops its server
    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:  # a run stopped by `timeout` or CI: exit via atexit too
        signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    return server


def _options(server: Server) -> str:
    return (f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ServerUnavailableError(f"{what} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


def wait_until_accepting(server: Server, seconds: float = 30.0) -> None:
    """pg_ctl -w waits for the server itself; this is for a server just restarted by a fault test."""
    import psycopg

    deadline = time.monotonic() + seconds
    while True:
        try:
            psycopg.connect(server.admin_url, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
