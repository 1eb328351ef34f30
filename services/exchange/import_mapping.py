"""Which field each column of an import file holds: exporters' headers in ten languages, then plain synonyms."""

from __future__ import annotations

import re

from services.errors import UserError
from services.exchange.import_headers import field_for_header
from services.exchange.import_rows import MESSAGING_APPS
from services.text import fold

IGNORE = ""
FIELDS = ("company", "country", "city", "contact_name", "first_name", "last_name", "title", "role", "email",
          "phone", *MESSAGING_APPS, "messaging", "website", "notes", "company_notes", "source", "stage", "priority",
          "tags", "muslim_owned", "owner")
NAME_FIELDS = ("contact_name", "first_name", "last_name")
JOINED_FIELDS = ("notes", "company_notes")

# Headers of common exports and plain sheets, as people write them; compared through header_key().
SYNONYMS: dict[str, tuple[str, ...]] = {
    "company": ("Company", "Company Name", "Organization", "Organisation", "Organization Name",
                "Organization 1 - Name", "Account Name", "Customer", "Customer Name", "Client", "Firm",
                "Business Name", "公司", "公司名称", "公司名", "客户", "客户名称", "企业名称", "单位", "单位名称",
                "会社", "会社名", "회사", "회사명", "Firma", "Unternehmen", "Empresa", "Société", "Entreprise",
                "Azienda", "Компания", "Организация"),
    "country": ("Country", "Country/Region", "Business Country/Region", "Business Country", "Address 1 - Country",
                "Country Code", "Nation", "国家", "国家地区", "国家/地区", "国别", "国", "국가", "Land", "País",
                "Pays", "Paese", "Страна"),
    "city": ("City", "Business City", "Address 1 - City", "Town", "城市", "都市", "市区町村", "도시", "Stadt", "Ort",
             "Ciudad", "Ville", "Città", "Город"),
    "contact_name": ("Name", "Contact", "Contact Name", "Contact Person", "Full Name", "Display Name", "Person",
                     "联系人", "姓名", "联系人姓名", "名字", "氏名", "名前", "担当者", "이름", "담당자",
                     "Ansprechpartner", "Contacto", "Nombre", "Contatto", "Контакт", "Контактное лицо", "ФИО", "Имя"),
    "first_name": ("First Name", "Given Name", "Forename", "名", "Vorname", "Prénom", "Nome"),
    "last_name": ("Last Name", "Family Name", "Surname", "姓", "Nachname", "Apellido", "Apellidos", "Nom",
                  "Cognome", "Фамилия"),
    "title": ("Job Title", "Position", "Organization 1 - Title", "Organization Title", "Designation",
              "职位", "职务", "头衔", "役職", "직책", "직위", "Funktion", "Cargo", "Poste", "Fonction", "Ruolo",
              "Должность"),
    "role": ("Role", "Contact Role", "角色"),
    "email": ("Email", "E-mail", "Email Address", "E-mail Address", "E-mail 1 - Value", "Mail", "Work Email",
              "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "メール", "メールアドレス", "이메일",
              "E-Mail-Adresse", "Correo", "Correo electrónico", "Courriel", "Электронная почта", "Почта"),
    "phone": ("Phone", "Telephone", "Tel", "Mobile", "Mobile Phone", "Business Phone", "Primary Phone",
              "Company Main Phone", "Home Phone", "Phone 1 - Value", "Cell", "Cell Phone", "Phone Number",
              "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "座机", "電話", "電話番号", "携帯", "전화",
              "전화번호", "휴대폰", "Telefon", "Handy", "Teléfono", "Téléphone", "Telefono", "Телефон"),
    "wechat": ("WeChat", "Weixin", "WeChat ID", "微信", "微信号"),
    "whatsapp": ("WhatsApp", "WhatsApp Number"),
    "line": ("LINE", "LINE ID"),
    "kakaotalk": ("KakaoTalk", "Kakao", "카카오톡"),
    "telegram": ("Telegram",),
    "zalo": ("Zalo",),
    "messaging": ("Messaging", "Messenger", "IM", "Instant Messaging"),
    "notes": ("Notes", "Note", "Remarks", "Remark", "Comment", "Comments", "备注", "说明", "備考", "메모", "Notizen",
              "Bemerkungen", "Notas", "Remarques", "Примечания", "Заметки"),
    "company_notes": ("Company Notes", "Account Notes", "公司备注"),
    "source": ("Source", "Lead Source", "来源", "客户来源"),
    "stage": ("Stage", "Sales Stage", "阶段", "客户阶段"),
    "priority": ("Priority", "优先级"),
    "tags": ("Tags", "标签"),
    "muslim_owned": ("Muslim-owned", "Muslim owned", "穆斯林企业"),
    "owner": ("Owner", "Account Owner", "Sales Rep", "Salesperson", "负责人", "业务员", "客户负责人"),
}
# Used only when no other column claims the field: Outlook's "Title" is Mr/Ms next to its "Job Title".
WEAK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("Title", "头衔"),
    "stage": ("Status", "状态"),
}
def header_key(text: str) -> str:
    """'E-mail 1 - Value' -> 'emailvalue', '公司名称（英文）' -> '公司名称': case, accents, digits, marks ignored."""
    text = re.sub(r"[(（\[【].*?[)）\]】]", "", text)
    return "".join(ch for ch in fold(text) if ch.isalnum() and not ch.isdigit())


def _key_table(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for name, headers in synonyms.items():
        for header in headers:
            table.setdefault(header_key(header), name)
    return table


STRONG = _key_table(SYNONYMS)
WEAK = _key_table(WEAK_SYNONYMS)


def field_of(header: str) -> str | None:
    """The field a header names: the exporters' table first ("" for a known column not imported), then the
    synonyms of plain sheets; None when neither knows it."""
    known = field_for_header(header)
    return known if known is not None else STRONG.get(header_key(header))


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers recognised; several columns may feed one field (first non-empty)."""
    fields = [field_of(h) for h in headers]
    mapping = {i: name for i, name in enumerate(fields) if name}
    claimed = set(mapping.values())
    for i, h in enumerate(headers):
        name = WEAK.get(header_key(h))
        if fields[i] is None and name and name not in claimed:
            mapping[i] = name
    return dict(sorted(mapping.items()))


class MappingError(UserError):
    """A mapping that cannot import anything (no name column) or names an unknown field."""


def row_values(cells: list[str], mapping: dict[int, str]) -> dict[str, str]:
    """field -> text of one row: the first non-empty column wins, notes from several columns are joined."""
    values: dict[str, str] = {}
    for column, name in sorted(mapping.items()):
        text = cells[column].strip() if column < len(cells) else ""
        if not text or name == IGNORE:
            continue
        if name in JOINED_FIELDS:
            values[name] = f"{values[name]}\n{text}" if name in values else text
        elif name not in values:
            # Google Contacts puts several values in one cell: "a@x.com ::: b@y.com".
            values[name] = text.split(" ::: ")[0].strip()
    return values


def check_mapping(mapping: dict[int, str]) -> None:
    unknown = sorted({f for f in mapping.values() if f != IGNORE and f not in FIELDS})
    if unknown:
        raise MappingError("import.unknown_fields", unknown=", ".join(unknown), fields=", ".join(FIELDS))
    if not {"company", *NAME_FIELDS} & set(mapping.values()):
        raise MappingError("import.no_name_column")
