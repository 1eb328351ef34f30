"""Fixed words of the printed brief in English and Simplified Chinese (the brief has no Qt, so its own table)."""

from __future__ import annotations

REASONS = {
    "overdue": ("Overdue", "已逾期"), "due_soon": ("Due soon", "即将到期"),
    "approval_pending": ("Approval pending", "待审批"), "approval_rejected": ("Approval refused", "审批被驳回"),
    "customer_day_off": ("Customer's day off", "客户休息日"),
    "owner_overloaded": ("Owner overloaded", "负责人承诺过多"),
    "rescheduled": ("Moved twice or more", "多次改期"),
}
TEXT = {
    "overdue": ("overdue", "已逾期"),
    "pack": ("Account briefs", "客户简报合集"),
    "country_unknown": ("Country unknown", "国家未知"),
}
ENUMS_ZH = {
    "lead": "线索", "inquiry": "询盘", "quoted": "已报价", "sampling": "寄样中", "negotiating": "谈判中",
    "won": "已成交", "repeat": "复购客户", "dormant": "沉睡", "lost": "已流失", "high": "高", "normal": "普通",
    "low": "低", "decision_maker": "决策人", "buyer": "采购", "influencer": "影响者", "technical": "技术",
    "finance": "财务", "agent": "代理", "official": "官员", "other": "其他", "email": "电子邮件", "phone": "电话",
    "video": "视频通话", "meeting": "会议", "visit": "拜访", "message": "即时消息", "fair": "展会", "post": "邮寄",
    "check_in": "例行问候", "quote": "报价", "sample": "样品", "value": "价值型跟进", "greeting": "节日问候",
    "negotiation": "谈判", "order": "订单", "service": "售后服务", "warm": "热情", "neutral": "一般", "cold": "冷淡",
    "none": "未回复", "delivery": "交货", "price_hold": "保价", "rebate": "返利", "document": "单证",
    "callback": "回电", "pending": "待审批", "approved": "已批准", "rejected": "已驳回", "not_needed": "无需审批",
}
ENUMS_EN = {"repeat": "Repeat buyer", "decision_maker": "Decision maker", "check_in": "Check-in",
            "value": "Value (news, improvement)", "none": "No reply", "price_hold": "Price hold",
            "callback": "Call back", "not_needed": "No approval needed", "pending": "Approval pending",
            "video": "Video call", "email": "E-mail"}
SECTION_ZH = {"greeting": "问候礼仪", "names_titles": "称呼与头衔", "business_cards": "名片", "meetings": "会议",
              "communication": "沟通方式", "negotiation": "谈判", "decision_making": "决策方式", "gifts": "礼品",
              "dining": "餐饮", "taboos": "禁忌", "punctuality": "守时", "relationships": "关系建立", "dress": "着装",
              "working_week": "工作周", "language": "语言", "follow_up": "跟进建议"}


def t(key: str, lang: str, **values) -> str:
    en, zh = TEXT[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def enum(value: str, lang: str) -> str:
    if lang == "zh":
        return ENUMS_ZH.get(value, value)
    return ENUMS_EN.get(value, value.replace("_", " ").capitalize())


def section(key: str, lang: str) -> str:
    if lang == "zh":
        return SECTION_ZH.get(key, key)
    return key.replace("_", " ").replace("names titles", "names and titles").capitalize()


def reasons(codes, lang: str) -> str:
    """Risk reason codes as words: 'Overdue, Approval pending' or '已逾期、待审批'."""
    words = [REASONS[c][1 if lang == "zh" else 0] for c in codes if c in REASONS]
    return ("、" if lang == "zh" else ", ").join(words)
