"""One catalogue of words: every code in every language, one Chinese word per English term, messages in the
reader's language (services.words)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from services import words
from services.words import en, zh

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "rapport_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")
# Entries whose English is a machine name or punctuation, not a word a reader compares.
NOT_WORDS = ("field.", "brief.colon", "cli.damaged")
# English words with two meanings in Rapport, each with its own Chinese word (docs/glossary.md, "Homonyms").
HOMONYMS = {"name", "kept", "contact"}
# Modules whose messages are still English sentences: none since issue 15. A module moving its messages over one at
# a time may stand here meanwhile (a code in services/words/en.py and zh.py, the sentence's values as parameters).
NOT_YET_IN_THE_CATALOGUE: set[str] = set()
# A programmer's mistake, not a user's message.
BUGS = {"ValueError", "TypeError", "OSError", "RuntimeError", "IndexError", "AssertionError"}


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.set_language("en")


def glossary() -> list[tuple[str, str, bool]]:
    """(term, Chinese, only about promises): a term like 'open (promise)' is checked where it names a status."""
    rows = []
    terms = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").split("## Homonyms")[0]
    for line in terms.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 2 and cells[0] not in ("English", "---"):
            rows.append((re.sub(r"\s*\(.*\)", "", cells[0]), cells[1], "(promise)" in cells[0]))
    return rows


def _mentions(term: str, about_promises: bool) -> re.Pattern:
    if about_promises:  # 'open the file', 'backups are kept' are other words
        return re.compile(rf"^{term}$|\b{term} (promises?\b|\{{{term}\}})|\bnor {term}\b", re.IGNORECASE)
    return re.compile(rf"\b{re.escape(term)}", re.IGNORECASE)


def ts_pairs() -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    return [(m.findtext("source") or "", m.findtext("translation") or "") for m in tree.getroot().iter("message")]


def test_every_code_has_a_chinese_text():
    assert sorted(set(en.TEXT) - set(zh.TEXT)) == []


def test_chinese_has_no_code_english_lacks():
    assert sorted(set(zh.TEXT) - set(en.TEXT)) == []


def test_chinese_texts_keep_every_placeholder():
    wrong = [code for code in en.TEXT
             if sorted(PLACEHOLDER.findall(en.TEXT[code])) != sorted(PLACEHOLDER.findall(zh.TEXT[code]))]
    assert wrong == []


def test_the_same_english_word_has_one_chinese_word_in_the_catalogue():
    seen: dict[str, set[str]] = {}
    for code, english in en.TEXT.items():
        if not code.startswith(NOT_WORDS):
            seen.setdefault(english.casefold(), set()).add(zh.TEXT[code])
    assert {e: z for e, z in seen.items() if len(z) > 1} == {}


def test_the_ui_translation_uses_the_catalogue_word_for_the_same_english_word():
    catalogue = {english.casefold(): zh.TEXT[code] for code, english in en.TEXT.items()
                 if not code.startswith(NOT_WORDS) and english.casefold() not in HOMONYMS}
    differ = {(source, translation, catalogue[source.casefold()]) for source, translation in ts_pairs()
              if source.casefold() in catalogue and translation != catalogue[source.casefold()]}
    assert differ == set()


@pytest.mark.parametrize(("term", "chinese", "about_promises"), glossary())
def test_a_glossary_term_has_its_one_chinese_word_everywhere(term, chinese, about_promises):
    pattern = _mentions(term, about_promises)
    texts = [(en.TEXT[c], zh.TEXT[c]) for c in en.TEXT if not c.startswith(NOT_WORDS)]
    texts += [(source, translation) for source, translation in ts_pairs() if source.casefold() not in HOMONYMS]
    stem = chinese.removeprefix("已")  # 'overdue' is 逾期 in a sentence, 已逾期 as a label
    astray = [(source, translation) for source, translation in texts
              if pattern.search(source) and stem not in translation]
    assert astray == []


def test_glossary_lists_the_words_the_issue_found_drifting():
    assert {"sample", "greeting", "open"} <= {term for term, _, _ in glossary()}


def _is_sentence(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and not words.known(node.value)


def _literal_messages(path: Path) -> list[int]:
    """Lines where a service raises a user error or records a field error with a sentence instead of a code."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            first = node.exc.args[0]
            name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
            values = first.values if isinstance(first, ast.Dict) else [first]
            if name.endswith("Error") and name not in BUGS and any(_is_sentence(v) for v in values):
                lines.append(node.lineno)
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0].value
            if getattr(target, "id", "") == "errors" and isinstance(node.value, ast.JoinedStr | ast.Constant):
                lines.append(node.lineno)
    return lines


def test_services_raise_codes_not_sentences():
    # The command line was services/cli/ until it became its own package: its messages stay in the catalogue too.
    modules = {str(p.relative_to(ROOT)): p for folder in ("services", "cli") for p in (ROOT / folder).rglob("*.py")}
    sentences = {name: _literal_messages(path) for name, path in sorted(modules.items())
                 if name not in NOT_YET_IN_THE_CATALOGUE}
    assert {name: lines for name, lines in sentences.items() if lines} == {}


def test_a_module_converted_is_taken_off_the_not_yet_list():
    assert [m for m in sorted(NOT_YET_IN_THE_CATALOGUE) if not _literal_messages(ROOT / m)] == []


def test_a_validation_error_reads_in_chinese_in_a_chinese_process():
    from services.errors import ValidationError
    from services.validation import FieldErrors, text

    errors = FieldErrors()
    text("", "title", errors, required=True)
    words.set_language("zh")
    assert str(ValidationError(dict(errors))) == "标题：必填"


def test_a_validation_error_stays_english_by_default():
    from services.errors import ValidationError
    from services.validation import FieldErrors, text

    errors = FieldErrors()
    text("", "title", errors, required=True)
    assert str(ValidationError(dict(errors))) == "title: is required"


def test_a_user_error_renders_in_the_language_asked_for():
    from services.errors import NotFoundError

    error = NotFoundError("error.no_promise", id="p-1")
    assert (error.render("en"), error.render("zh")) == ("No promise with id p-1.", "没有 ID 为 p-1 的承诺。")


def test_a_sentence_not_yet_in_the_catalogue_is_shown_as_it_is():
    from services.errors import UserError

    assert str(UserError("Row 3: {kind} is not a list.")) == "Row 3: {kind} is not a list."


def test_the_approvers_name_is_not_wrapped_in_english_in_chinese():
    reason = words.phrase("approval_pending", by=words.phrase("why.approved_by", who="Li Wei"))
    assert reason.render("zh") == "所依赖的审批（Li Wei）尚未通过。"


def test_the_heading_of_open_promises_is_not_the_word_for_broken():
    assert words.text("brief.promises", "zh") == "未完成承诺"
    assert words.text("brief.broken", "zh") not in words.text("brief.promises", "zh")


def test_a_sample_is_the_same_word_in_the_brief_and_the_cadence_reasons():
    assert words.label(__import__("models.enums").enums.Purpose, "sample", "zh") == words.term("sample", "zh") == "样品"


def test_the_command_line_speaks_chinese_with_lang_zh(tmp_path):
    from cli_run import run_cli

    result = run_cli("--lang", "zh", "agenda", "--from", "23/11/2026", db=tmp_path / "db.sqlite")
    assert (result.returncode, result.stderr.strip()) == (2, "rapport: --from “23/11/2026”不是日期（格式：YYYY-MM-DD）")
