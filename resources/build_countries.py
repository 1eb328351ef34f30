"""Regenerate resources/countries.json from tzdata's zone.tab and pycountry's names and translations.

Run by hand when the data should be refreshed (needs `pip install pycountry`; the app itself does not):
    .venv/bin/python resources/build_countries.py
Regions, main zones, business languages and aliases are this project's choices, kept below.
"""

import collections
import contextlib
import gettext
import importlib.resources
import json
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent / "countries.json"

REGIONS = {
    "north_america": "US CA BM GL PM",
    "latin_america": "MX GT BZ SV HN NI CR PA CU DO HT JM BS BB TT AG DM GD KN LC VC AI AW BQ CW SX MF BL GP MQ "
                     "KY TC VG VI PR MS CO VE EC PE BO BR PY UY AR CL GY SR GF FK GS",
    "europe": "GB IE FR DE NL BE LU CH AT IT ES PT AD MC SM VA MT GR CY SE NO DK FI IS FO AX SJ EE LV LT PL CZ SK "
              "HU SI HR BA RS ME MK AL XK RO BG UA GE GI GG JE IM LI",
    "cis": "RU BY KZ UZ KG TJ TM AZ AM MD",
    "middle_east": "TR SA AE QA KW OM BH YE IQ IR JO SY LB IL PS",
    "africa": "EG LY TN DZ MA EH MR SD SS ET ER DJ SO KE UG TZ RW BI CD CG GA GQ CM CF TD NE NG BJ TG GH CI LR "
              "SL GN GW SN GM ML BF CV ST AO ZM ZW MW MZ MG MU SC KM RE YT NA BW ZA LS SZ SH IO TF",
    "south_asia": "IN PK BD LK NP BT MV AF",
    "east_asia": "CN JP KR KP TW HK MO MN",
    "southeast_asia": "ID TH VN MY SG PH MM KH LA BN TL CX CC",
    "oceania": "AU NZ PG FJ SB VU NC PF WS TO KI TV NR PW FM MH CK NU TK WF AS GU MP NF PN UM HM BV AQ",
}
MAIN_ZONE = {"RU": "Europe/Moscow", "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "CA": "America/Toronto",
             "UA": "Europe/Kyiv", "UZ": "Asia/Tashkent", "FM": "Pacific/Pohnpei", "PS": "Asia/Hebron",
             "UM": "Pacific/Wake", "AQ": "Antarctica/Troll", "BV": "Europe/Oslo", "HM": "Indian/Kerguelen"}
LANGUAGES = {
    "US": "en es", "CA": "en fr", "GB": "en", "IE": "en", "AU": "en", "NZ": "en", "DE": "de en", "AT": "de en",
    "CH": "de fr it en", "FR": "fr en", "BE": "nl fr en", "NL": "nl en", "LU": "fr de en", "IT": "it en",
    "ES": "es en", "PT": "pt en", "GR": "el en", "CY": "el tr en", "SE": "sv en", "NO": "no en", "DK": "da en",
    "FI": "fi sv en", "IS": "is en", "EE": "et en", "LV": "lv en", "LT": "lt en", "PL": "pl en", "CZ": "cs en",
    "SK": "sk en", "HU": "hu en", "SI": "sl en", "HR": "hr en", "BA": "bs hr sr", "RS": "sr en", "ME": "sr",
    "MK": "mk en", "AL": "sq en", "RO": "ro en", "BG": "bg en", "UA": "uk en", "BY": "ru be", "MD": "ro ru",
    "RU": "ru", "KZ": "ru kk", "UZ": "uz ru", "KG": "ky ru", "TJ": "tg ru", "TM": "tk ru", "AZ": "az ru",
    "AM": "hy ru", "GE": "ka en", "TR": "tr en", "SA": "ar en", "AE": "ar en", "QA": "ar en", "KW": "ar en",
    "OM": "ar en", "BH": "ar en", "YE": "ar", "IQ": "ar", "IR": "fa", "JO": "ar en", "SY": "ar", "LB": "ar fr en",
    "IL": "he en", "PS": "ar", "EG": "ar en", "LY": "ar", "TN": "ar fr", "DZ": "ar fr", "MA": "ar fr",
    "CN": "zh", "JP": "ja", "KR": "ko", "KP": "ko", "TW": "zh", "HK": "zh en", "MO": "zh pt", "MN": "mn",
    "IN": "en hi", "PK": "en ur", "BD": "bn en", "LK": "en si ta", "NP": "ne en", "BT": "dz en", "MV": "dv en",
    "AF": "ps fa", "ID": "id en", "TH": "th en", "VN": "vi en", "MY": "ms en zh", "SG": "en zh ms",
    "PH": "en tl", "MM": "my en", "KH": "km en", "LA": "lo", "BN": "ms en", "TL": "pt",
    "MX": "es", "BR": "pt", "AR": "es", "CL": "es", "CO": "es", "PE": "es", "VE": "es", "EC": "es", "BO": "es",
    "PY": "es", "UY": "es", "CU": "es", "DO": "es", "GT": "es", "HN": "es", "SV": "es", "NI": "es", "CR": "es",
    "PA": "es en", "PR": "es en", "HT": "fr", "SR": "nl", "GF": "fr", "ZA": "en af", "NG": "en", "KE": "en sw",
    "GH": "en", "ET": "am en", "TZ": "sw en", "UG": "en", "CI": "fr", "SN": "fr", "CM": "fr en", "CD": "fr",
    "AO": "pt", "MZ": "pt", "ML": "fr", "NE": "fr", "BF": "fr", "MG": "fr mg", "RW": "en fr rw",
}
REGION_LANGUAGE = {"latin_america": "es", "africa": "en fr", "oceania": "en", "europe": "en", "cis": "ru",
                   "middle_east": "ar en", "southeast_asia": "en", "south_asia": "en", "east_asia": "en",
                   "north_america": "en"}
NAME_EN = {"KR": "South Korea", "KP": "North Korea", "RU": "Russia", "TW": "Taiwan", "VN": "Vietnam",
           "IR": "Iran", "SY": "Syria", "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
           "MD": "Moldova", "CZ": "Czechia", "TR": "Türkiye", "BN": "Brunei", "FM": "Micronesia",
           "PS": "Palestine", "CD": "DR Congo", "CG": "Congo", "VA": "Vatican City", "GB": "United Kingdom",
           "US": "United States", "CI": "Côte d'Ivoire", "MK": "North Macedonia", "SZ": "Eswatini",
           "XK": "Kosovo"}
NAME_ZH = {"KR": "韩国", "KP": "朝鲜", "TW": "中国台湾", "HK": "中国香港", "MO": "中国澳门", "CZ": "捷克",
           "TR": "土耳其", "US": "美国", "GB": "英国", "RU": "俄罗斯", "VN": "越南", "IR": "伊朗", "LA": "老挝",
           "SY": "叙利亚", "MD": "摩尔多瓦", "TZ": "坦桑尼亚", "BO": "玻利维亚", "VE": "委内瑞拉", "XK": "科索沃",
           "CD": "刚果（金）", "CG": "刚果（布）", "AE": "阿联酋", "SA": "沙特阿拉伯", "MK": "北马其顿"}
ALIASES = {
    "US": ["USA", "U.S.A.", "U.S.", "America", "United States of America", "美國", "Estados Unidos"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland", "英國"],
    "AE": ["UAE", "U.A.E.", "Emirates", "Dubai", "阿拉伯联合酋长国", "الإمارات"],
    "SA": ["KSA", "Saudi", "السعودية", "المملكة العربية السعودية"], "NL": ["Holland", "Nederland", "荷蘭"],
    "KR": ["Korea", "South Korea", "Republic of Korea", "ROK", "한국", "대한민국", "南韩", "南韓", "韓國"],
    "KP": ["DPRK"], "CN": ["PRC", "China", "Mainland China", "中国大陆", "中華人民共和國"],
    "CZ": ["Czech Republic", "Česko", "Česká republika"], "CI": ["Ivory Coast"], "MM": ["Burma"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "Türkei"], "DE": ["Deutschland", "德國", "Germania", "Allemagne"],
    "RU": ["Россия", "Российская Федерация", "Russian Federation", "俄國"], "JP": ["日本", "Nippon", "Nihon"],
    "ES": ["España", "Espana"], "MX": ["México"], "BR": ["Brasil"], "FR": ["République française"],
    "IT": ["Italia"], "VN": ["Viet Nam", "Việt Nam"], "TH": ["Thailand", "ประเทศไทย", "ไทย", "Siam"],
    "ID": ["Indonesia"], "IN": ["Bharat", "भारत"], "EG": ["مصر"], "PL": ["Polska"], "SE": ["Sverige"],
    "CH": ["Schweiz", "Suisse", "Svizzera"], "AT": ["Österreich"], "GR": ["Ελλάδα", "Hellas"],
    "HK": ["Hong Kong SAR", "香港"], "MO": ["Macao", "Macau", "澳門"], "TW": ["台灣", "臺灣", "Taiwan ROC"],
    "BE": ["Belgique", "België"], "PT": ["Portugal"], "UA": ["Україна", "Ukraina"], "KZ": ["Казахстан"],
    "BY": ["Беларусь", "Belarus"], "IL": ["ישראל"], "IR": ["Persia", "ایران"], "PH": ["Pilipinas"],
    "MY": ["Malaysia"], "SG": ["新加坡"], "ZA": ["RSA"], "NZ": ["Aotearoa"], "HR": ["Hrvatska"],
    "AR": ["Argentina"], "CO": ["Colombia"], "CL": ["Chile"], "PE": ["Perú"], "QA": ["قطر"], "KW": ["الكويت"],
    "OM": ["عمان"], "BH": ["البحرين"], "JO": ["الأردن"], "MA": ["المغرب"], "DZ": ["الجزائر"],
}
WEEKEND_OVERRIDES = {}  # holidays knows the weekends of the countries it covers; others default to Sat-Sun


def zones() -> dict[str, list[str]]:
    base = importlib.resources.files("tzdata") / "zoneinfo"
    table: dict[str, list[str]] = collections.OrderedDict()
    for line in (base / "zone.tab").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _coords, zone = line.split("\t")[:3]
        table.setdefault(code, []).append(zone)
    return table


def main() -> None:
    region_of = {code: region for region, codes in REGIONS.items() for code in codes.split()}
    zone_table = zones()
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    zh_tw = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_TW"])
    records = []
    for c in pycountry.countries:
        code = c.alpha_2
        region = region_of[code]
        langs = (LANGUAGES.get(code) or REGION_LANGUAGE[region]).split()
        zone_list = list(zone_table.get(code, []))
        main_zone = MAIN_ZONE.get(code) or zone_list[0]
        zone_list = [main_zone] + [z for z in zone_list if z != main_zone]
        local = []
        for lang in langs:
            if lang == "en":
                continue
            with contextlib.suppress(OSError):  # no translation catalogue for that language
                local.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(c.name))
        names = {getattr(c, "common_name", None), c.name, getattr(c, "official_name", None), zh_tw.gettext(c.name)}
        record = {
            "code": code, "alpha3": c.alpha_3,
            "name_en": NAME_EN.get(code) or getattr(c, "common_name", None) or c.name,
            "name_zh": NAME_ZH.get(code) or zh.gettext(c.name),
            "local_names": sorted({n for n in local if n and n != c.name}),
            "aliases": sorted({n for n in names | set(ALIASES.get(code, [])) if n}),
            "region": region, "timezones": zone_list, "languages": langs,
        }
        if code in WEEKEND_OVERRIDES:
            record["weekend"] = WEEKEND_OVERRIDES[code]
        records.append(record)
    records.append({"code": "XK", "alpha3": "XKX", "name_en": "Kosovo", "name_zh": "科索沃", "local_names": ["Kosova"],
                    "aliases": ["Kosova", "Kosovo"], "region": "europe", "timezones": ["Europe/Belgrade"],
                    "languages": ["sq", "sr"]})
    OUT.write_text(json.dumps(sorted(records, key=lambda r: r["code"]), ensure_ascii=False, indent=1) + "\n",
                   encoding="utf-8")
    print(f"wrote {len(records)} countries to {OUT}")


if __name__ == "__main__":
    main()
