"""Text as it should be read aloud: digits, dates, money and abbreviations spelled out in words.

    >>> speakable("At least 2,200 killed since Sept. 12th, the U.N. said; the IRGC denied it.")
    'At least two thousand two hundred killed since September twelfth, the U N said; the I R G C denied it.'

A voice reads "2,200" as "two comma two hundred" or "IRGC" as a word; this module rewrites the text
first, rule by rule, in an order where the more specific pattern comes before the general one (a
date before its numbers, money before its amount, a range before its ends):

1. layout: Markdown marks, footnote markers ``[3]`` and odd spaces removed;
2. titles and short forms: Mr., Dr., Gen., Sept., No. 5, approx., e.g.;
3. dates: 2024-06-25, 25 June 2024, June 25, 2024, June 25;
4. money: $5 million, US$1.5bn, €300, £1.20, Rs 500, 40,000 rials, KES 1,000;
5. percentages and ranges: 12%, 800–850, 2019–2020;
6. ordinals and clock times: 12th, 3rd, 10:30 p.m., 9am;
7. numbers: 2,200, 3.5, 1.3 million, years (1979, in 2024), units (km, kg);
8. acronyms: U.N. and IRGC spelled letter by letter, NATO and UNICEF kept as words;
9. symbols: & ~ % / #.

Each rule is a compiled pattern and a function, so the table test in ``tests/speech`` pins them one
by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from unrest.speech.numbers import cardinal, decimal, ordinal, year

MONTHS = ("January February March April May June July August September October November "
          "December").split()
_MONTH_ABBR = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
               "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
               "nov": "November", "dec": "December"}
_MONTH = "(?:" + "|".join(MONTHS) + ")"

# Title and short forms: read as the word (a title only before a capitalised name)
_TITLES = {"Mr": "Mister", "Mrs": "Missus", "Dr": "Doctor", "Prof": "Professor", "Gen": "General",
           "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major", "Capt": "Captain", "Sgt": "Sergeant",
           "Cpl": "Corporal", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
           "Pres": "President", "Rev": "Reverend", "St": "Saint", "Mt": "Mount", "Ft": "Fort",
           "Adm": "Admiral", "Brig": "Brigadier", "Supt": "Superintendent", "Insp": "Inspector"}
_SHORT = {"approx.": "approximately", "vs.": "versus", "etc.": "et cetera", "e.g.": "for example",
          "i.e.": "that is", "c.": "circa", "est.": "estimated", "Ave.": "Avenue", "Blvd.": "Boulevard"}

# Acronyms said as words; every other run of 2-6 capitals is spelled out letter by letter
SAID_AS_WORDS = frozenset("""NATO UNICEF UNESCO UNITA OPEC ASEAN FIFA NASA COVID AIDS SWAT ISIS ISIL MONUSCO
AMISOM ECOWAS FRELIMO RENAMO SADC UNAMID UNMISS MERCOSUR INTERPOL FRONTEX NAFTA BRICS OPEX SARS
ZANU IGAD CARICOM NEPAD UNITAID UNRWA OCHA EULEX SIDA ANC ETA FARC ELN HAMAS PEMEX OK""".split())
_ROMAN_OK = frozenset("II III IV VI VII VIII IX XI XII XIV XV XX".split())

# Currency symbols and codes -> (singular, plural, minor unit singular/plural or None)
_CURRENCY_SYMBOLS = {
    "$": ("dollar", "dollars", "cent", "cents"), "US$": ("US dollar", "US dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "€": ("euro", "euros", "cent", "cents"), "£": ("pound", "pounds", "penny", "pence"),
    "¥": ("yen", "yen", None, None), "₹": ("rupee", "rupees", None, None), "Rs": ("rupee", "rupees", None, None),
    "₦": ("naira", "naira", "kobo", "kobo"), "₽": ("rouble", "roubles", None, None),
    "₺": ("lira", "lira", None, None), "₩": ("won", "won", None, None), "₴": ("hryvnia", "hryvnias", None, None),
    "R$": ("real", "reais", None, None),
}
_CURRENCY_CODES = {
    "USD": ("US dollar", "US dollars"), "EUR": ("euro", "euros"), "GBP": ("pound", "pounds"),
    "INR": ("rupee", "rupees"), "PKR": ("Pakistani rupee", "Pakistani rupees"), "LKR": ("rupee", "rupees"),
    "NPR": ("Nepalese rupee", "Nepalese rupees"), "IRR": ("rial", "rials"), "KES": ("Kenyan shilling",
    "Kenyan shillings"), "UGX": ("Ugandan shilling", "Ugandan shillings"), "NGN": ("naira", "naira"),
    "ZAR": ("rand", "rand"), "EGP": ("Egyptian pound", "Egyptian pounds"), "TRY": ("lira", "lira"),
    "RUB": ("rouble", "roubles"), "UAH": ("hryvnia", "hryvnias"), "CNY": ("yuan", "yuan"),
    "JPY": ("yen", "yen"), "BRL": ("real", "reais"), "MXN": ("Mexican peso", "Mexican pesos"),
    "COP": ("Colombian peso", "Colombian pesos"), "CLP": ("Chilean peso", "Chilean pesos"),
    "ARS": ("Argentine peso", "Argentine pesos"), "VES": ("bolivar", "bolivars"), "MZN": ("metical", "meticais"),
    "ZWL": ("Zimbabwe dollar", "Zimbabwe dollars"), "ZiG": ("Zimbabwe Gold", "Zimbabwe Gold"),
    "BDT": ("taka", "taka"), "ETB": ("birr", "birr"), "SDG": ("Sudanese pound", "Sudanese pounds"),
    "LBP": ("Lebanese pound", "Lebanese pounds"), "IQD": ("Iraqi dinar", "Iraqi dinars"),
    "KZT": ("tenge", "tenge"), "GEL": ("lari", "lari"), "RSD": ("dinar", "dinars"), "BYN": ("rouble", "roubles"),
    "MAD": ("dirham", "dirhams"), "PEN": ("sol", "soles"), "MMK": ("kyat", "kyat"),
}
_SCALE_WORDS = {"k": "thousand", "thousand": "thousand", "m": "million", "mn": "million", "mln": "million",
                "million": "million", "bn": "billion", "b": "billion", "billion": "billion",
                "tn": "trillion", "trillion": "trillion"}
_UNITS = {"km": ("kilometre", "kilometres"), "kg": ("kilogram", "kilograms"), "km/h": ("kilometre per hour",
          "kilometres per hour"), "mph": ("mile per hour", "miles per hour"), "sq km": ("square kilometre",
          "square kilometres"), "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"),
          "ha": ("hectare", "hectares"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds")}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"  # 2,200 | 1,234.5 | 3.5 | 12
_DASH = r"\s?[–—-]\s?|\s(?:to)\s"
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|of|from|until|till|by|during|year|years|early|late|mid|spring|summer|autumn|fall|"
    r"winter|election|elections|" + "|".join(MONTHS) + r")\s+|[–—-]\s?)$", re.I)

Rule = tuple[str, re.Pattern[str], Callable[[re.Match[str]], str]]


def _number(text: str) -> str:
    """'2,200' -> words; a decimal -> 'x point y y'."""
    if "." in text:
        return decimal(text)
    return cardinal(int(text.replace(",", "")))


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1100 <= int(text) <= 2099


def _day(text: str) -> str:
    return ordinal(int(text))


def _date_iso(m: re.Match[str]) -> str:
    y, mo, d = int(m["y"]), int(m["mo"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m[0]
    return f"{MONTHS[mo - 1]} {ordinal(d)}, {year(y)}"


def _date_dmy(m: re.Match[str]) -> str:
    out = f"the {_day(m['d'])} of {m['mon']}"
    return out + (f", {year(int(m['y']))}" if m["y"] else "")


def _date_mdy(m: re.Match[str]) -> str:
    out = f"{m['mon']} {_day(m['d'])}"
    return out + (f", {year(int(m['y']))}" if m["y"] else "")


def _money(amount: str, scale: str | None, names: tuple[str, ...]) -> str:
    singular, plural = names[0], names[1]
    minor = names[2:] if len(names) > 2 else (None, None)
    if scale:
        return f"{_number(amount)} {_SCALE_WORDS[scale.lower()]} {plural}"
    whole, _, cents = amount.replace(",", "").partition(".")
    n = int(whole or "0")
    words = f"{cardinal(n)} {singular if n == 1 else plural}"
    if cents and minor[0] and len(cents) == 2 and int(cents):
        c = int(cents)
        words += f" {cardinal(c)}" if n else ""
        if not n:
            words = f"{cardinal(c)} {minor[0] if c == 1 else minor[1]}"
    elif cents and int(cents):
        words = f"{decimal(amount)} {plural}"
    return words


def _money_symbol(m: re.Match[str]) -> str:
    return _money(m["amount"], m["scale"], _CURRENCY_SYMBOLS[m["sym"]])


def _money_code_before(m: re.Match[str]) -> str:
    return _money(m["amount"], m["scale"], _CURRENCY_CODES[m["code"]])


def _money_code_after(m: re.Match[str]) -> str:
    return _money(m["amount"], m["scale"], _CURRENCY_CODES[m["code"]])


def _range(m: re.Match[str]) -> str:
    a, b = m["a"], m["b"]
    if _is_year(a) and _is_year(b) and int(b) > int(a):
        return f"{year(int(a))} to {year(int(b))}"
    if _is_year(a) and len(b) == 2 and int(b) > int(a) % 100:  # 2019-20
        return f"{year(int(a))} to {year(int(a[:2] + b))}"
    joiner = "and" if re.search(r"\bbetween\s+$", m.string[max(0, m.start() - 9):m.start()], re.I) else "to"
    return f"{_number(a)} {joiner} {_number(b)}{m['pct'] and ' percent' or ''}"


def _percent(m: re.Match[str]) -> str:
    return f"{_number(m['n'])} percent"


def _ordinal(m: re.Match[str]) -> str:
    return ordinal(int(m["n"]))


def _clock(m: re.Match[str]) -> str:
    h, mins = int(m["h"]), m["min"]
    words = cardinal(h)
    if mins and mins != "00":
        words += " " + (f"oh {cardinal(int(mins))}" if mins.startswith("0") else cardinal(int(mins)))
    elif not m["ampm"]:
        words += " o'clock" if h <= 12 else " hundred"
    if m["ampm"]:
        words += " " + " ".join(m["ampm"].replace(".", "").lower())
        if m["ampm"].endswith(".") and m.at_end:
            words += "."  # "p.m." closing the sentence keeps its full stop
    return words


def _scaled(m: re.Match[str]) -> str:
    return f"{_number(m['n'])} {_SCALE_WORDS[m['scale'].lower()]}"


def _unit(m: re.Match[str]) -> str:
    singular, plural = _UNITS[m["unit"]]
    return f"{_number(m['n'])} {singular if m['n'] == '1' else plural}"


def _plain_number(m: re.Match[str]) -> str:
    text = m[0]
    if _is_year(text):
        before = m.string[max(0, m.start() - 30):m.start()]
        after = m.string[m.end():m.end() + 2]
        if _YEAR_CONTEXT.search(before) or not re.match(r"\s[a-z]", after):
            return year(int(text))
    return _number(text)


def _dotted_acronym(m: re.Match[str]) -> str:
    return " ".join(m[0].replace(".", "")) + m["tail"]


def _acronym(m: re.Match[str]) -> str:
    word, plural = m["w"], m["s"] or ""
    if word in SAID_AS_WORDS or word in _ROMAN_OK and not plural:
        return word.capitalize() + plural if word not in _ROMAN_OK else word
    if len(word) > 6:
        return (word + plural).lower()
    return " ".join(word) + plural


def _title(m: re.Match[str]) -> str:
    return _TITLES[m["t"]]


def _month_abbr(m: re.Match[str]) -> str:
    return _MONTH_ABBR[m["m"].lower()]


def _number_sign(m: re.Match[str]) -> str:
    return "number "


_NUMBER_ABBR = re.compile(r"\bNo\.\s?(?=\d)")

RULES: list[Rule] = [
    # 1. layout
    ("footnote", re.compile(r"\[\d+(?:[,–-]\s?\d+)*\]|\^\d+"), lambda m: ""),
    ("markdown", re.compile(r"\*\*|__|`|^#{1,6}\s+|^\s*[-*]\s+(?=\S)", re.M), lambda m: ""),
    # 2. titles and short forms
    ("title", re.compile(r"\b(?P<t>" + "|".join(_TITLES) + r")\.(?=\s+[A-Z])"), _title),
    ("month_abbr", re.compile(r"\b(?P<m>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s+\d)"), _month_abbr),
    ("number_sign", _NUMBER_ABBR, _number_sign),
    ("short_form", re.compile("|".join(re.escape(k) for k in _SHORT) + r"(?=\s|$)"), lambda m: _SHORT[m[0]]),
    ("fixed", re.compile(r"\b(?:24/7|9/11)(?!\d)"),
     lambda m: {"24/7": "twenty-four seven", "9/11": "nine eleven"}[m[0]]),
    # 3. dates
    ("date_iso", re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b"), _date_iso),
    ("date_dmy", re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>" + _MONTH + r")\b(?:,?\s+(?P<y>\d{4})\b)?"),
     _date_dmy),
    ("date_mdy", re.compile(r"\b(?P<mon>" + _MONTH + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,\d)"
                            r"(?:,?\s+(?P<y>\d{4})\b)?"),
     _date_mdy),
    # 4. money
    ("money_symbol", re.compile(r"(?P<sym>US\$|A\$|C\$|R\$|[$€£¥₹₦₽₺₩₴]|\bRs\.?(?=\s?\d))\s?(?P<amount>" + _NUM + r")"
                                r"(?:\s?(?P<scale>million|billion|trillion|thousand|mln|mn|bn|tn|[mbk])\b)?"),
     lambda m: _money(m["amount"], m["scale"], _CURRENCY_SYMBOLS[m["sym"].rstrip(".")])),
    ("money_code_before", re.compile(r"\b(?P<code>" + "|".join(_CURRENCY_CODES) + r")\s?(?P<amount>" + _NUM + r")"
                                     r"(?:\s?(?P<scale>million|billion|trillion|thousand|mln|mn|bn|tn|[mbk])\b)?"),
     _money_code_before),
    ("money_code_after", re.compile(r"(?P<amount>" + _NUM + r")(?:\s?(?P<scale>million|billion|trillion|thousand|"
                                    r"mln|mn|bn|tn)\b)?\s(?P<code>" + "|".join(_CURRENCY_CODES) + r")\b"),
     _money_code_after),
    # 5. ranges and percentages
    ("range", re.compile(r"(?<![\d.,:/])(?P<a>" + _NUM + r")(?:" + _DASH + r")(?P<b>" + _NUM + r")(?P<pct>%)?"
                         r"(?![\d/:-])"), _range),
    ("percent", re.compile(r"(?P<n>" + _NUM + r")\s?(?:%|per ?cent\b)"), _percent),
    # 6. ordinals and clock times
    ("ordinal", re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\b"), _ordinal),
    ("clock", re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s?(?P<ampm>[ap]\.m\.|[ap]m\b)"
                         r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<min2>[0-5]\d)\b"),
     lambda m: _clock(_ClockMatch(m))),
    # 7. numbers
    ("scaled", re.compile(r"(?P<n>" + _NUM + r")\s?(?P<scale>million|billion|trillion|bn|mn|mln)\b", re.I), _scaled),
    ("unit", re.compile(r"(?P<n>" + _NUM + r")\s?(?P<unit>km/h|sq km|km|kg|mph|cm|mm|ha|lbs|lb)\b"), _unit),
    ("number", re.compile(r"(?<![\w.])(?:" + _NUM + r")(?![\w])"), _plain_number),
    # 8. acronyms
    ("dotted_acronym", re.compile(r"\b(?:[A-Z]\.){2,}(?P<tail>)"), _dotted_acronym),
    ("acronym", re.compile(r"\b(?P<w>[A-Z]{2,})(?P<s>s|'s|’s)?\b"), _acronym),
    # 9. symbols
    ("symbol", re.compile(r"\s&\s|~\s?|\s/\s|#(?=\s?\w)|(?<=\w)/(?=\w)"),
     lambda m: {"&": " and ", "~": "about ", "/": " or ", "#": "number "}.get(m[0].strip(), " ")),
    ("spaces", re.compile(r"[ \t\u00a0\u2009\u202f]{2,}"), lambda m: " "),
]


class _ClockMatch:
    """Either branch of the clock pattern, read through one interface."""

    def __init__(self, m: re.Match[str]) -> None:
        self.h = m["h"] or m["h2"]
        self.min = m["min"] if m["h"] else m["min2"]
        self.ampm = m["ampm"] if m["h"] else None
        self.at_end = not m.string[m.end():].strip()

    def __getitem__(self, key: str) -> str | None:
        return {"h": self.h, "min": self.min, "ampm": self.ampm}[key]


def speakable(text: str) -> str:
    """The text as a voice should read it: every rule of :data:`RULES` applied in order."""
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    for _name, pattern, fn in RULES:
        text = pattern.sub(fn, text)
    return text.strip()


def apply_rule(name: str, text: str) -> str:
    """One rule alone (for tests and for debugging a reading)."""
    for rule_name, pattern, fn in RULES:
        if rule_name == name:
            return pattern.sub(fn, text)
    raise KeyError(name)
