"""Likely duplicates of an incoming company or person among the accounts: same e-mail, phone, domain, or name.

"Müller GmbH", "Mueller GmbH" and "MÜLLER GMBH, Stuttgart" are one company. Names are folded to a core (case,
accents and spelled-out umlauts, legal forms and a trailing ", city" dropped) and compared with rapidfuzz, but
only against the accounts that share a block with them (a distinctive word, the consonant skeleton of the first
one, the start of a name in a script without spaces): an index, not pairwise over the whole book, so 100,000
incoming rows are checked against 100,000 accounts in seconds (bench/bench_duplicates.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from services.text import fold

# Free-mail and ISP domains: a shared one says nothing about being the same company.
FREE_MAIL = {
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com",
    "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de",
    "mail.ru", "yandex.ru", "ya.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru", "qq.com", "163.com", "126.com",
    "yeah.net", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "foxmail.com", "139.com", "naver.com",
    "daum.net", "hanmail.net", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "libero.it",
    "virgilio.it", "tiscali.it", "btinternet.com", "sky.com", "ziggo.nl", "kpnmail.nl", "telenet.be", "skynet.be",
    "bluewin.ch", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "seznam.cz", "rediffmail.com", "proton.me",
    "protonmail.com", "zoho.com", "mail.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "uol.com.br",
    "bol.com.br", "terra.com.br", "sapo.pt", "abv.bg", "ukr.net", "i.ua",
}
FREE_MAIL_PREFIXES = ("yahoo.", "ymail.", "hotmail.", "outlook.", "live.", "gmx.", "aol.")

# Legal forms and filler words dropped from a name's core, in the scripts exporters meet.
LEGAL_FORMS = {
    "gmbh", "ag", "kg", "ohg", "gbr", "ug", "mbh", "co", "kgaa", "se", "ltd", "limited", "llc", "llp", "plc",
    "inc", "incorporated", "corp", "corporation", "company", "sa", "sas", "sarl", "srl", "spa", "sl", "slu", "bv",
    "nv", "vof", "oy", "oyj", "ab", "as", "asa", "aps", "sro", "spzoo", "zoo", "sp", "kft", "zrt", "doo",
    "dd", "ooo", "oao", "zao", "pao", "ао", "ооо", "оао", "зао", "пао", "тоо", "ип", "ltda", "eireli", "me", "epp",
    "pty", "pvt", "private", "pte", "bhd", "sdn", "tbk", "pt", "cv", "jsc", "tnhh", "cty", "the", "and", "und",
    "et", "y", "e", "de", "of", "s", "c", "v", "a", "sapi", "anonim", "sirketi", "sti",
}
CJK_LEGAL = ("股份有限公司", "有限责任公司", "有限公司", "株式会社", "有限会社", "合同会社", "(株)", "（株）", "公司",
             "주식회사", "(주)", "（주）")
# Words too common to block on: comparing everyone called "Trading" would be pairwise again.
COMMON_WORDS = {"trading", "trade", "international", "industries", "industry", "industrial", "group", "import",
                "export", "imports", "exports", "global", "services", "service", "solutions", "technology",
                "technologies", "tech", "systems", "products", "manufacturing", "engineering", "holding",
                "holdings", "enterprises", "enterprise", "supply", "supplies", "distribution", "partners", "china",
                "shanghai", "shenzhen", "ningbo", "guangzhou", "hong", "kong", "usa", "america", "europe", "asia"}
_UMLAUTS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_WORD = re.compile(r"[^\W_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
BIG_BLOCK = 120  # a block this large names something common: it is not used to find candidates

NAME_THRESHOLD = 88     # rapidfuzz token_sort_ratio of the cores from which two names count as one
OTHER_COUNTRY = 15      # the same name in another country is less likely the same company


class Incoming(NamedTuple):
    """A company or person about to be imported, as far as a duplicate check needs it."""

    name: str                    # the company, else the person's name
    country: str = ""            # ISO code when known
    emails: tuple[str, ...] = ()
    phones_e164: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()


class DuplicateMatch(NamedTuple):
    account_uuid: str
    account_name: str
    score: int                   # 0-100: how sure; the first reason scored it
    reasons: tuple[str, ...]     # same_email, same_phone, same_name, similar_name, same_domain
    detail: str                  # what matched: the e-mail, the number, the domain or the existing name


REASON_SCORE = {"same_email": 100, "same_phone": 95, "same_name": 95, "same_domain": 85}


# ---------------------------------------------------------------- folding


def name_core(name: str) -> str:
    """'MÜLLER GMBH, Stuttgart' and 'Mueller GmbH' -> 'muller'; '宁波海曙进出口有限公司' -> '宁波海曙进出口'."""
    text = fold(name or "").split(",")[0]
    for suffix in CJK_LEGAL:
        text = text.replace(suffix, " ")
    words = [w for w in _WORD.findall(text) if w not in LEGAL_FORMS]
    core = " ".join(words)
    for spelled, umlaut in _UMLAUTS:  # 'mueller' and 'muller' (from 'Müller') meet
        core = core.replace(spelled, umlaut)
    return core


def _skeleton(word: str) -> str:
    """First letter and the consonants after it, doubles merged: 'muller', 'mueler' -> 'mlr'."""
    out = word[0]
    for ch in word[1:]:
        if ch not in "aeiouy" and ch != out[-1]:
            out += ch
    return out


def _blocks(core: str) -> list[str]:
    if not core:
        return []
    if _CJK.search(core):
        compact = core.replace(" ", "")
        return [f"c:{compact[:4]}", f"c:{compact[-4:]}"]
    words = [w for w in core.split() if len(w) >= 3 and w not in COMMON_WORDS]
    keys = [f"w:{w}" for w in words]
    if words:
        keys.append(f"s:{_skeleton(words[0])}")
    return keys


def email_domain(address: str) -> str:
    """The domain of an e-mail or web address that can identify a company ("" for free-mail and odd text)."""
    text = (address or "").strip().lower()
    host = text.rsplit("@", 1)[1] if "@" in text else re.sub(r"^[a-z]+://", "", text).split("/")[0]
    host = host[4:] if host.startswith("www.") else host
    if "." not in host or host in FREE_MAIL or host.startswith(FREE_MAIL_PREFIXES):
        return ""
    return host


# ---------------------------------------------------------------- the index


class DuplicateIndex:
    """Accounts by name block, e-mail, E.164 number and company domain; rows of the import can be added too."""

    def __init__(self) -> None:
        self._names: dict[str, tuple[str, str, str]] = {}  # uuid -> (name, core, country)
        self._cores: dict[str, set[str]] = defaultdict(set)
        self._blocks: dict[str, set[str]] = defaultdict(set)
        self._emails: dict[str, set[str]] = defaultdict(set)
        self._phones: dict[str, set[str]] = defaultdict(set)
        self._domains: dict[str, set[str]] = defaultdict(set)

    def add(self, uuid: str, name: str, country: str = "", emails: Iterable[str] = (),
            phones_e164: Iterable[str] = (), websites: Iterable[str] = ()) -> None:
        core = name_core(name)
        self._names[uuid] = (name, core, country)
        if core:
            self._cores[core].add(uuid)
        for key in _blocks(core):
            self._blocks[key].add(uuid)
        self.add_contact(uuid, emails, phones_e164, websites)

    def add_contact(self, uuid: str, emails: Iterable[str] = (), phones_e164: Iterable[str] = (),
                    websites: Iterable[str] = ()) -> None:
        for email in emails:
            if email:
                self._emails[email.strip().lower()].add(uuid)
                domain = email_domain(email)
                if domain:
                    self._domains[domain].add(uuid)
        for number in phones_e164:
            if number:
                self._phones[number].add(uuid)
        for site in websites:
            domain = email_domain(site)
            if domain:
                self._domains[domain].add(uuid)

    def __len__(self) -> int:
        return len(self._names)

    def matches(self, incoming: Incoming, limit: int = 3) -> list[DuplicateMatch]:
        """The likely duplicates of incoming, most certain first (at most limit)."""
        found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # uuid -> (score, reason, detail)
        for email in incoming.emails:
            for uuid in self._emails.get((email or "").strip().lower(), ()):
                found[uuid].append((REASON_SCORE["same_email"], "same_email", email.strip()))
        for number in incoming.phones_e164:
            for uuid in self._phones.get(number, ()) if number else ():
                found[uuid].append((REASON_SCORE["same_phone"], "same_phone", number))
        for address in (*incoming.emails, *incoming.websites):
            domain = email_domain(address)
            for uuid in self._domains.get(domain, ()) if domain else ():
                found[uuid].append((REASON_SCORE["same_domain"], "same_domain", domain))
        self._name_matches(incoming, found)
        return self._ranked(found, limit)

    def _name_matches(self, incoming: Incoming, found: dict) -> None:
        from rapidfuzz import fuzz, process  # ~35 ms to import: only when duplicates are looked for

        core = name_core(incoming.name)
        if not core:
            return
        candidates: set[str] = set(self._cores.get(core, ()))
        for key in _blocks(core):
            block = self._blocks.get(key)
            if block and len(block) <= BIG_BLOCK:
                candidates |= block
        if not candidates:
            return
        # One call scores every candidate in C; the country penalty only lowers a score, so the cut-off holds.
        choices = {uuid: self._names[uuid][1] for uuid in candidates}
        for other, score, uuid in process.extract(core, choices, scorer=fuzz.token_sort_ratio, limit=None,
                                                  score_cutoff=NAME_THRESHOLD):
            name, _core, country = self._names[uuid]
            score = 100 if other == core else round(score)
            if incoming.country and country and incoming.country != country:
                score -= OTHER_COUNTRY
            if score >= NAME_THRESHOLD:
                reason = "same_name" if other == core else "similar_name"
                found[uuid].append((min(score, REASON_SCORE["same_name"]), reason, name))

    def _ranked(self, found: dict, limit: int) -> list[DuplicateMatch]:
        out = []
        for uuid, hits in found.items():
            hits.sort(reverse=True)
            reasons = tuple(dict.fromkeys(reason for _s, reason, _d in hits))
            out.append(DuplicateMatch(uuid, self._names.get(uuid, ("",))[0], hits[0][0], reasons, hits[0][2]))
        out.sort(key=lambda m: (-m.score, -len(m.reasons), m.account_name))
        return out[:limit]


def build_index() -> DuplicateIndex:
    """Every account of the open book with its contacts' e-mails, numbers and company domains (two queries)."""
    from models import Account, Contact, db

    index = DuplicateIndex()
    uuid_of = {}
    for pk, uuid, name, country in db.execute(Account.select(Account.id, Account.uuid, Account.name,
                                                             Account.country)):
        uuid_of[pk] = uuid
        index.add(uuid, name, country)
    for account_id, email, number in db.execute(Contact.select(Contact.account, Contact.email, Contact.phone_e164)):
        index.add_contact(uuid_of[account_id], (email,), (number,))
    return index
