"""Write resources/country_names.json: every country's name in the languages contact exports are written in.

Outlook and Windows Live Mail write an address's country in the installation's language ("Frankreich",
"Estados Unidos", "アメリカ合衆国"); resolve_country() reads these names besides countries.json's own. The names
come from the Unicode CLDR through Babel (an app dependency, also used for dates). A name that means two
countries in different languages is left out.
"""

import json
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "fr", "es", "pt", "pt_PT", "it", "nl", "ru", "ja", "zh_Hant", "ko", "tr", "pl", "ar", "vi", "th",
             "id", "uk", "cs", "sv", "da", "fi", "nb", "hu", "ro", "el", "he", "ms", "hi")


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from services.countries.data import _key  # the same folding resolve_country() uses

    codes = [c["code"] for c in json.loads((ROOT / "resources" / "countries.json").read_text(encoding="utf-8"))]
    names: dict[str, set[str]] = {code: set() for code in codes}
    owner: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        territories = Locale.parse(lang).territories
        for code in codes:
            name = territories.get(code)
            if name:
                names[code].add(name)
                owner.setdefault(_key(name), set()).add(code)
    clashes = {k for k, owners in owner.items() if len(owners) > 1}
    out = {code: sorted(n for n in found if _key(n) not in clashes) for code, found in names.items()}
    target = ROOT / "resources" / "country_names.json"
    about = ("Country names in the languages of contact exports (Unicode CLDR via Babel), written by "
             "packaging/make_country_names.py: resolve_country() reads them besides countries.json.")
    lines = [f" {json.dumps(code)}: {json.dumps(found, ensure_ascii=False)}" for code, found in sorted(out.items())]
    target.write_text("{\"about\": " + json.dumps(about) + ",\n\"names\": {\n" + ",\n".join(lines) + "\n}}\n",
                      encoding="utf-8")
    print(f"{target}: {sum(map(len, out.values()))} names, {len(clashes)} left out as ambiguous: {sorted(clashes)}")


if __name__ == "__main__":
    main()
