"""Fixed words of the printed brief in English and Simplified Chinese (no Qt here, so a table)."""

from __future__ import annotations

_TEXT: dict[str, tuple[str, str]] = {
    "brief": ("Account brief", "客户简报"),
    "stage": ("Stage", "阶段"),
    "priority": ("Priority", "优先级"),
    "source": ("Source", "来源"),
    "tags": ("Tags", "标签"),
    "local_time": ("Local time", "本地时间"),
    "time_zone": ("Time zone", "时区"),
    "working_hours": ("Working hours", "工作时间"),
    "inside": ("Inside working hours", "在工作时间内"),
    "outside": ("Outside working hours", "不在工作时间内"),
    "unknown_hours": ("Working hours unknown", "工作时间未知"),
    "languages": ("Languages", "语言"),
    "contacts": ("Contacts", "联系人"),
    "name": ("Name", "姓名"),
    "role": ("Role", "角色"),
    "reach": ("E-mail · phone · messaging", "邮箱 · 电话 · 即时通讯"),
    "notes": ("Notes", "备注"),
    "decision_maker": ("Decision maker", "决策人"),
    "next_touches": ("Next touches", "下次跟进"),
    "their_time": ("Their time", "对方时间"),
    "your_time": ("Your time", "我方时间"),
    "purpose": ("Purpose", "目的"),
    "with": ("with", "联系"),
    "promises": ("Open promises", "未兑现承诺"),
    "risk": ("Risk", "风险"),
    "promise": ("Promise", "承诺"),
    "why": ("Why at risk", "风险原因"),
    "action": ("Suggested action", "建议行动"),
    "due": ("due", "到期"),
    "by": ("by", "承诺人"),
    "trust": ("Trust record", "信任记录"),
    "kept": ("Kept", "已兑现"),
    "late": ("Late", "延迟"),
    "broken": ("Broken", "未兑现"),
    "open": ("Open", "进行中"),
    "holidays": ("Holidays & festivals · next 90 days", "公共假日与节日 · 未来 90 天"),
    "holiday": ("Public holiday", "公共假日"),
    "festival": ("Festival", "节日"),
    "interactions": ("Last interactions", "近期互动"),
    "when": ("When", "时间"),
    "channel": ("Channel", "渠道"),
    "response": ("Response", "回应"),
    "summary": ("Summary", "摘要"),
    "firm_notes": ("Firm notes", "公司备注"),
    "account_notes": ("Account notes", "客户备注"),
    "etiquette": ("Etiquette", "礼仪提示"),
    "colon": (": ", "："),
    "regional": ("(regional notes)", "（地区通用提示）"),
    "sources": ("Sources", "资料来源"),
    "none": ("None.", "无。"),
    "more": ("… and {n} more", "……另有 {n} 项"),
    "generated": ("Rapport · generated {date}", "Rapport · 生成于 {date}"),
    "page": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "pack_count": ("{n} accounts", "共 {n} 个客户"),
    "contents": ("Contents", "目录"),
    "page_short": ("Page", "页码"),
}
_LEVELS = {"en": {"high": "High", "medium": "Medium", "low": "Low"}, "zh": {"high": "高", "medium": "中", "low": "低"}}


def _zh(lang: str) -> bool:
    return lang.lower().startswith("zh")


def text(key: str, lang: str, **values: object) -> str:
    """A fixed label in the brief's language, with {placeholders} filled in."""
    en, zh = _TEXT[key]
    chosen = zh if _zh(lang) else en
    return chosen.format(**values) if values else chosen


def level(value: str | None, lang: str) -> str:
    """'High' / '高' for a risk level; empty for None or an unknown value."""
    return _LEVELS["zh" if _zh(lang) else "en"].get(value or "", "")
