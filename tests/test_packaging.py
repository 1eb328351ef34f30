"""The PyInstaller one-folder build starts and paints its window offscreen, with data and holiday names."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_linux_bundle_builds_and_passes_the_smoke_test(tmp_path):
    pytest.importorskip("PyInstaller")
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
                    "packaging/rapport.spec"], cwd=ROOT, check=True, capture_output=True, timeout=900)
    app = tmp_path / "dist" / "rapport" / "rapport"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "home" / "config")}
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test must find its way offscreen by itself
    env.pop("DISPLAY", None)
    smoke = subprocess.run([str(app), "--smoke-test"], env=env, capture_output=True, text=True, timeout=120)
    assert smoke.returncode == 0, smoke.stderr
    assert "main window painted" in smoke.stdout
    assert (tmp_path / "home" / "data" / "Rapport" / "rapport.sqlite").exists()  # user data, not the install folder
    db = str(tmp_path / "book.sqlite")
    subprocess.run([str(app), "--db", db, "demo", "--accounts", "3"], env=env, check=True, capture_output=True)
    country = json.loads(subprocess.run([str(app), "--db", db, "country", "CN", "--json"], env=env, check=True,
                                        capture_output=True, text=True).stdout)
    assert any("春节" in h["local_name"] for h in country["holidays"])  # holidays data was bundled
    names = json.loads(subprocess.run([str(app), "--db", db, "accounts", "--json"], env=env, check=True,
                                      capture_output=True, text=True).stdout)
    pdf = tmp_path / "brief.pdf"
    subprocess.run([str(app), "--db", db, "brief", names[0]["uuid"], "--out", str(pdf), "--lang", "zh"], env=env,
                   check=True, capture_output=True)
    assert pdf.read_bytes().startswith(b"%PDF")  # fonts, shaping and reportlab made it into the bundle
    secret = {**env, "RAPPORT_PASSPHRASE": "sesame"}
    subprocess.run([str(app), "--db", db, "encrypt"], env=secret, check=True, capture_output=True)
    smoke = subprocess.run([str(app), "--db", db, "--smoke-test"], env=secret, capture_output=True, text=True,
                           timeout=120)
    assert smoke.returncode == 0, smoke.stderr  # SQLCipher made it into the bundle and opens the encrypted book
    assert "(3 accounts)" in smoke.stdout


def test_set_up_compiles_the_apps_bytecode_once(monkeypatch):
    """bootstrap run/setup write the .pyc files that start-up then reads, whatever PYTHONDONTWRITEBYTECODE says."""
    import importlib.util

    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import bootstrap
    finally:
        sys.path.pop(0)
    cached = [Path(importlib.util.cache_from_source(str(ROOT / name)))
              for name in ("main.py", "ui/app.py", "ui/views/accounts.py", "services/accounts/records.py",
                           "models/base.py")]
    for pyc in cached:
        pyc.unlink(missing_ok=True)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    bootstrap.compile_bytecode(Path(sys.executable))
    assert all(pyc.exists() for pyc in cached), [str(p) for p in cached if not p.exists()]
