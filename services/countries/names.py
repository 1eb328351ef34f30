"""Reading a person's name as written: given and family name, patronymic, title, and a gender only where stated."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

GENDERS = ("male", "female")

# Words that say how a person is addressed, and so their gender; never a given name (Anna, Andrea, Sasha...).
_MALE = {"herr", "hr", "mr", "sr", "señor", "senhor", "sig", "signor", "monsieur", "heer", "dhr", "bey", "bapak",
         "pak", "anh", "ông", "господин", "先生", "pan", "encik", "tuan", "ustaz", "sahib", "sir"}
_FEMALE = {"frau", "fr", "mrs", "ms", "miss", "sra", "srta", "señora", "senhora", "sig.ra", "sigra", "signora",
           "mme", "madame", "mevrouw", "mevr", "mw", "hanım", "hanim", "ibu", "bu", "chị", "bà", "госпожа",
           "女士", "小姐", "pani", "puan", "ustaza", "madam", "ma'am"}
# Academic and professional titles kept in the salutation as written; the ones in _FEMININE_TITLES say she is a woman.
_TITLES = {"dr", "dra", "prof", "profa", "ing", "eng", "engr", "lic", "licda", "arq", "dott", "dott.ssa", "avv",
           "ir", "mag", "dipl.-ing", "atty", "chief", "alhaji", "alhaja", "hj", "c.p", "mgr", "dato'", "datuk",
           "datin", "dato"}
_FEMININE_TITLES = {"dra", "profa", "licda", "dott.ssa", "alhaja", "hj", "datin"}
# Of those, words that are also names somewhere (Pak and Pan are family names, Anh and Tuan given names, Eng a
# Hokkien family name): inside a name they count only with a full stop ("Ing."), or from the title field.
_ALSO_NAMES = {"pak", "bu", "anh", "ông", "tuan", "pan", "eng", "ing", "mag", "ir", "lic", "sir"}
# Name endings the Japanese, Chinese or Turkish write after a name: they are honorifics, not part of it.
_SUFFIXES = ("様", "さん", "殿", "先生", "女士", "小姐", "님")
# Connectors of a name to the father's name (Ahmad bin Ismail): such a person is addressed by the given name.
_CONNECTORS = {"bin", "binti", "bt", "bte", "ibn", "a/l", "a/p"}
# Lower-case particles that belong to the family name (van der Berg, de la Cruz, dos Santos).
_PARTICLES = {"van", "von", "der", "den", "de", "da", "do", "dos", "das", "del", "della", "di", "la", "le", "du",
              "ter", "te", "zu", "y"}
_PATRONYMIC = re.compile(r"(?:ович|евич|ич|ovich|evich|ovna|evna|ichna|овна|евна|ична|инична)$", re.IGNORECASE)
_FEMALE_PATRONYMIC = re.compile(r"(?:вна|чна|ovna|evna|ichna)$", re.IGNORECASE)
# Two-character family names among the Han and Hangul ones (most are one character).
_COMPOUND_FAMILY = {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐",
                    "南宫", "慕容", "公孙", "公孫", "夏侯", "尉迟", "尉遲", "司徒", "端木",
                    "남궁", "황보", "제갈", "선우", "독고", "사공", "서문"}


class NameParts(NamedTuple):
    full: str  # the name without honorifics and titles, as written
    given: str
    family: str
    patronymic: str
    title: str  # "Dr." or "Ing." as the user wrote it, several joined by spaces; "" for none
    gender: str  # "male", "female" or "" when nothing written says so

    @property
    def known(self) -> bool:
        return bool(self.full)

    def addressed(self, how: str) -> str:
        """The part of the name a salutation uses: how is a writing.json "address"."""
        if how == "given_patronymic" and self.patronymic:
            return f"{self.given} {self.patronymic}"
        if how == "given":
            return self.given or self.full
        if how == "family_hispanic" and not self.patronymic and len(words := self.full.split()) >= 3:
            return " ".join(words[-2:])  # father's and mother's family names (Juan Pérez García: Pérez García)
        if how in ("family", "family_hispanic"):
            return self.family or self.given or self.full
        return self.full


def _key(word: str) -> str:
    return word.casefold().rstrip(".,:")


def _is_east_asian(text: str) -> bool:
    """True for Han, kana or Hangul: names in these scripts put the family name first."""
    return any("CJK" in unicodedata.name(ch, "") or "HIRAGANA" in unicodedata.name(ch, "")
               or "KATAKANA" in unicodedata.name(ch, "") or "HANGUL" in unicodedata.name(ch, "") for ch in text)


def _strip_suffix(word: str) -> tuple[str, str]:
    """(the word without a trailing honorific, that honorific or "")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)], suffix
    return word, ""


def _gender_of(key: str, suffix: str) -> str:
    if key in _FEMALE or suffix in ("女士", "小姐"):
        return "female"
    return "male" if key in _MALE or suffix == "先生" else ""


def _sort_words(words: list[str], in_name: bool) -> tuple[list[str], list[str], str]:
    """(name words, title words as written, gender) of a name's or a title field's words."""
    names: list[str] = []
    titles: list[str] = []
    gender = ""
    for word in words:
        word, suffix = _strip_suffix(word) if in_name else (word, "")
        key = _key(word)
        if in_name and key in _ALSO_NAMES and not word.endswith("."):
            names.append(word)
        elif said := _gender_of(key, suffix):
            gender = said
        elif key in _TITLES:
            titles.append(word)
            gender = "female" if key in _FEMININE_TITLES else gender
        elif word and in_name:
            names.append(word)
    return names, titles, gender


def read_name(name: str, title: str = "", order: str = "given_family", split_han: bool = True) -> NameParts:
    """The parts of a name as typed, with what the contact's title field adds (Frau Dr., Ing., Bey).

    order is how the market writes names in Latin script; a word in capitals (TANAKA Taro) is the family name
    wherever it stands, and names in Han, kana or Hangul put the family name first. split_han=False keeps an
    unspaced Han name whole (a Japanese family name may have one, two or three characters).
    """
    words, titles, gender = _sort_words((name or "").split(), in_name=True)
    _, more_titles, title_gender = _sort_words((title or "").replace(",", " ").split(), in_name=False)
    titles = list(dict.fromkeys([*titles, *more_titles]))
    gender = gender or title_gender
    full = " ".join(words)
    if not words:
        return NameParts("", "", "", "", " ".join(titles), gender)
    given, family, patronymic = _split(words, order, split_han)
    if patronymic and not gender:
        gender = "female" if _FEMALE_PATRONYMIC.search(patronymic) else "male"
    return NameParts(full, given, family, patronymic, " ".join(titles), gender)


def _split(words: list[str], order: str, split_han: bool) -> tuple[str, str, str]:
    """(given, family, patronymic) of the words of a name."""
    if _is_east_asian(words[0]):
        return _split_east_asian(words, split_han)
    connector = next((i for i, w in enumerate(words) if _key(w) in _CONNECTORS), None)
    if connector:
        return " ".join(words[:connector]), "", ""
    patronymic = next((i for i, w in enumerate(words) if i > 0 and _PATRONYMIC.search(w)), None)
    if patronymic is not None and len(words) >= 2:
        rest = words[:patronymic - 1] + words[patronymic + 1:]
        return words[patronymic - 1], " ".join(rest), words[patronymic]
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if len(capitals) == 1 and len(words) > 1:
        family = capitals[0]
        return " ".join(w for w in words if w is not family), family.title(), ""
    if len(words) == 1:
        return words[0], "", ""
    if order == "family_given":
        return words[-1], " ".join(words[:-1]), ""
    return _split_given_first(words)


def _split_given_first(words: list[str]) -> tuple[str, str, str]:
    """Western order: the family name is the last word with the particles before it (van der Berg)."""
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:]), ""


def _split_east_asian(words: list[str], split_han: bool) -> tuple[str, str, str]:
    """Family name first; unspaced Chinese or Korean names take a one- or two-character family name."""
    if len(words) > 1:
        return " ".join(words[1:]), words[0], ""
    word = words[0]
    kana = any("HIRAGANA" in unicodedata.name(ch, "") or "KATAKANA" in unicodedata.name(ch, "") for ch in word)
    if kana or not split_han:
        return "", "", ""  # cannot be split safely: the whole name is used
    size = 2 if word[:2] in _COMPOUND_FAMILY and len(word) > 2 else 1
    if len(word) <= size:
        return "", word, ""
    return word[size:], word[:size], ""
