"""The sentences services write for people (why a touch, why a promise is at risk), in English and Chinese.

Services keep a reason as phrases — (code, values) — and render them in the reader's language when shown.
"""

# ruff: noqa: E501 (sentence tables read better unwrapped)

from __future__ import annotations

import datetime as dt

from services import dates
from services.text import isolate

Phrase = tuple[str, dict]

PHRASES = {
    "no_contact": ("no contact yet", "尚未联系"),
    "last_touch_of": ("last {what} {date}", "上次{what} {date}"),
    "no_quote": ("no quote yet", "尚未报价"),
    "no_sample": ("no sample yet", "尚未寄样"),
    "last_touch": ("last {purpose} {date} ({response})", "上次{purpose}：{date}（{response}）"),
    "rhythm": ("{rhythm} rhythm", "{rhythm}跟进一次"),
    "warm_shorter": ("shortened: they replied warmly", "客户回应热情，间隔缩短"),
    "inbound_shorter": ("shortened: they wrote to us", "客户主动联系，间隔缩短"),
    "cold_longer": ("lengthened after {n} cold or unanswered touch(es)", "连续 {n} 次冷淡或未回复，间隔延长"),
    "high_priority": ("high priority", "高优先级"),
    "low_priority": ("low priority", "低优先级"),
    "stage_factor": ("stage {stage}", "阶段：{stage}"),
    "dormant": ("dormant: slow revival", "沉睡客户：放慢节奏唤醒"),
    "after_asks": ("the last touches were all asks: bring news or a product improvement",
                   "最近几次都在催单：这次分享行业资讯或产品改进"),
    "fresh_quote": ("{since}, a fresh quote every ~{n} days", "{since}，约每 {n} 天更新一次报价"),
    "samples_due": ("{since}: samples every ~{n} months here", "{since}：该地区约每 {n} 个月寄一次样品"),
    "vary": ("vary the touch: market news or a product improvement", "变换跟进内容：市场资讯或产品改进"),
    "keep_in_touch": ("keep in touch", "保持联系"),
    "fair": ("met at the fair on {date} ({temperature} lead): follow up while they remember you; send the catalogue "
             "and what they asked for", "{date} 在展会结识（{temperature}线索）：趁客户记忆犹新尽快跟进，发送目录及其所需资料"),
    "sample_arrival": ("samples sent {date}: did they arrive? (~{n} days in transit)",
                       "{date} 寄出样品：是否已收到？（运输约 {n} 天）"),
    "sample_feedback": ("samples sent {date}: ask for their feedback", "{date} 寄出样品：询问试用反馈"),
    "quote_expiry": ("quote of {date} expires {until}: follow up before it does",
                     "{date} 的报价将于 {until} 到期：到期前跟进"),
    "festival": ("{festival} on {date}: send greetings before it", "{festival}（{date}）：节前发送问候"),
    "birthday": ("{name}'s birthday on {date}", "{name} 的生日（{date}）"),
    "anniversary": ("{n} years since the company was founded ({date})", "公司成立 {n} 周年（{date}）"),
    # promises at risk
    "overdue": ("It was due on {due} and is {late} day(s) late.", "已于 {due} 到期，逾期 {late} 天。"),
    "due_soon": ("It is due on {due}, in {left} day(s).", "将于 {due} 到期，还剩 {left} 天。"),
    "approval_pending": ("It rests on an approval{by} that has not been given yet.", "所依赖的审批{by}尚未通过。"),
    "approval_rejected": ("The approval it rests on was refused{by}: it cannot be kept as promised.",
                          "所依赖的审批已被驳回{by}：无法按原承诺兑现。"),
    "customer_day_off": ("{due} is a weekend day or public holiday for the customer.", "{due} 是客户的周末或公共假日。"),
    "owner_overloaded": ("{who} has more than {n} open promises due within {w} days.",
                         "{who} 在 {w} 天内到期的未完成承诺超过 {n} 项。"),
    "rescheduled": ("Its date has already been moved {moves} times.", "到期日已改过 {moves} 次。"),
    "act_rejected": ("Tell the customer now, before they hear it elsewhere; offer what you can approve.",
                     "立即告知客户，别让客户从别处得知；提出可以获批的替代方案。"),
    "act_overdue": ("Tell the customer now and offer a new date you can keep.", "立即告知客户，并给出一个能做到的新日期。"),
    "act_pending": ("Chase {approver} for a decision today; do not confirm anything to the customer until then.",
                    "今天就催 {approver} 做决定；在此之前不要向客户确认任何事。"),
    "act_due_soon": ("Check it is on track today; warn the customer early if it is not.",
                     "今天确认进度；如有延误，尽早告知客户。"),
    "act_overloaded": ("Hand some of {who}'s promises to a colleague or agree new dates now.",
                       "把 {who} 的部分承诺转交同事，或现在就与客户商定新日期。"),
    "act_rescheduled": ("Do not move it again: agree a date with margin and keep it.", "不要再改期：约定留有余量的日期并按时兑现。"),
    "act_day_off": ("Deliver a working day earlier, so it does not land on their day off.",
                    "提前一个工作日兑现，避开客户的休息日。"),
}
WORDS_ZH = {
    "check-in": "例行问候", "quote": "报价", "sample": "寄样", "value touch": "价值型跟进", "greeting": "问候",
    "negotiation": "谈判", "order": "订单", "service": "售后", "contact": "联系", "warm": "热情", "neutral": "一般",
    "cold": "冷淡", "no reply": "未回复", "weekly": "每周", "monthly": "每月", "quarterly": "每季度",
    "negotiating": "谈判中", "quoted": "已报价", "sampling": "寄样中", "hot": "热", "Christmas and New Year": "圣诞与新年",
    "New Year": "新年", "Thanksgiving": "感恩节", "Lunar New Year": "春节", "Diwali": "排灯节", "Eid al-Fitr": "开斋节",
    "Eid al-Adha": "古尔邦节", "the approver": "审批人", "The owner": "负责人",
}
# A user's or a holiday's name: isolated, or a right-to-left one reorders the words and dates around it.
NAMES = {"festival", "name", "who", "by"}
TRANSLATED = {"what", "purpose", "response", "rhythm", "stage", "temperature", "festival", "approver", "who"}


def phrase(code: str, **values) -> Phrase:
    return code, values


def _shown(key: str, value, lang: str):
    shown = _value(key, value, lang)
    return isolate(shown) if key in NAMES and isinstance(shown, str) else shown


def _value(key: str, value, lang: str):
    if isinstance(value, dt.date):
        return dates.day(value, lang)
    if isinstance(value, tuple) and value and isinstance(value[0], str) and value[0] in PHRASES:
        return render_one(value, lang)
    if lang == "zh" and key in TRANSLATED and isinstance(value, str):
        if value.endswith("-weekly"):
            return f"每 {value.split('-')[0]} 周"
        return WORDS_ZH.get(value, value)
    if lang == "zh" and key == "by" and value:
        return f"（{value.removeprefix(' from ')}）"
    return value


def render_one(item: Phrase, lang: str = "en") -> str:
    code, values = item
    en, zh = PHRASES[code]
    return (zh if lang == "zh" else en).format(**{k: _shown(k, v, lang) for k, v in values.items()})


def render(items, lang: str = "en", sep: str | None = None) -> str:
    if sep is None:
        sep = "；" if lang == "zh" else "; "
    return sep.join(render_one(item, lang) for item in items)
