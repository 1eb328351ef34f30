"""Every UI string goes through Qt's translation system, and the Simplified Chinese translation is complete."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "rapport_zh_CN.ts"
# Calls whose string arguments a user reads: a bare literal there means a string nobody can translate.
TEXT_CALLS = {"setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip", "addItem", "addTab",
              "insertTab", "setTabText", "addRow", "addMenu", "showMessage", "setInformativeText", "setSuffix",
              "setSpecialValueText", "QLabel", "QPushButton", "QGroupBox", "QAction", "QCheckBox", "QRadioButton",
              "information", "warning", "critical", "question", "about", "addButton", "setHeaderLabels"}
LETTERS = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"English", "简体中文"}  # language names are shown in their own language


def messages():
    tree = ET.parse(TS)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            yield name, m.findtext("source"), m.find("translation")


def test_every_zh_cn_entry_is_finished():
    unfinished = [(c, s) for c, s, t in messages()
                  if t.get("type") in ("unfinished", "obsolete", "vanished") or not (t.text or "").strip()]
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def test_translations_keep_every_placeholder():
    wrong = []
    for context, source, translation in messages():
        wanted = sorted(re.findall(r"\{\w*\}", source or ""))
        if wanted != sorted(re.findall(r"\{\w*\}", translation.text or "")):
            wrong.append((context, source))
    assert wrong == []


def test_every_marked_string_is_in_the_ts_file(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists() and not shutil.which("pyside6-lupdate"):
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(lupdate) if lupdate.exists() else "pyside6-lupdate", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    current = {(c, s) for c, s, _ in messages()}
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        for m in context.iter("message"):
            key = (context.findtext("name"), m.findtext("source"))
            if key not in current:
                missing.append(key)
    assert missing == [], f"run packaging/build_translations.py and translate: {missing[:10]}"


def _literal_texts(node: ast.Call, name: str):
    args = node.args[:1] if name == "addItem" else node.args  # addItem(text, data): the data is not shown
    for arg in args:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield arg.value
        elif isinstance(arg, ast.JoinedStr):  # only the literal parts of an f-string count
            yield "".join(v.value for v in arg.values if isinstance(v, ast.Constant))


def test_no_ui_string_bypasses_translation():
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = getattr(func.value, "id", "") if isinstance(func, ast.Attribute) else ""
            if name not in TEXT_CALLS or owner in ("log", "logging", "logger"):
                continue
            for text in _literal_texts(node, name):
                if LETTERS.search(text) and text not in ALLOWED and not text.startswith(("<b>{", "{")):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert offenders == []
