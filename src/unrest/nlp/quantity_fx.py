"""Exchange rates in wire copy: "the won was weaker against the yen, at 9.12" is a rate, not a time
of day."""

from __future__ import annotations

from spacy.tokens import Doc

# currencies a rate is quoted against
_CURRENCIES = {"dollar", "dollars", "euro", "euros", "yen", "greenback", "pound", "sterling", "franc", "yuan",
               "rupee", "won", "peso", "ringgit", "rand", "real", "lira", "rouble", "ruble", "dirham", "riyal"}
_QUOTED = {"against", "versus", "vs", "per", "to"}


def quoted_against_a_currency(doc: Doc, i: int) -> bool:
    """The number at ``i`` comes within a few words of "against the dollar", "versus the euro", "per
    dollar" (so "at 9.12" is the rate, not a time; not "against the yen, and talks ended at 6.30")."""
    start = max(doc[i].sent.start, i - 6)
    words = [t.lower_ for t in doc[start:i]]
    for k, word in enumerate(words[:-1]):
        if word in _QUOTED:
            rest = words[k + 2:] if words[k + 1] == "the" else words[k + 1:]
            if rest and rest[0] in _CURRENCIES and "and" not in rest:
                return True
    return False


def a_quoted_level(doc: Doc, i: int) -> bool:
    """"at 9.12" is a level, not a time, after a rate quoted against a currency or after "stands
    at" ("the ratio stands at 2.18": a clock time is never said to stand)."""
    stands = i > 1 and doc[i - 1].lower_ == "at" and doc[i - 2].lemma_.lower() == "stand"
    return stands or quoted_against_a_currency(doc, i)


# words before "close" that make it the noun of a session's end: "from Monday's close to 0.215%"
_CLOSE_NOUN_BEFORE = {"'s", "’s", "the", "its", "their", "previous", "prior", "last", "day", "session", "a"}


def close_is_a_noun(doc: Doc, k: int) -> bool:
    """"close" at ``k`` is the market's close, not the hedge "close to": "from Monday's close to
    0.215 percent", "from the previous close to 83.10"."""
    return k > 0 and doc[k].lower_ == "close" and doc[k - 1].lower_ in _CLOSE_NOUN_BEFORE


def abbreviated_quote(low: str, high: str) -> float | None:
    """The top of a dealer's quote written short: "136.08-09" is 136.08 to 136.09, "$1.0374-0375"
    is 1.0374 to 1.0375 (the second part replaces the last decimals; not "3.5-4" nor "2012-13")."""
    if "." not in low or "." in high or not high.isdigit() or not low.replace(",", "").replace(".", "", 1).isdigit():
        return None  # (not "284.2bn-45": a glued scale letter is no quote)
    whole, decimals = low.replace(",", "").split(".")
    if len(high) > len(decimals):
        return None
    bottom, short = float(low.replace(",", "")), float(f"{whole}.{decimals[:len(decimals) - len(high)]}{high}")
    # a leading zero or a top below the bottom marks the short form; so does a four-figure rate's spread
    if high.startswith("0") or float(high) < bottom or len(high) >= 3 and bottom < short < bottom * 1.01:
        return short
    return None


def cents_not_celsius(doc: Doc, start: int, end: int) -> bool:
    """'down 8.6% to 16c', 'trading at US94.5c': a small "c" glued to a price is cents, not degrees,
    when the sentence moves a price in per cent or money (not "temperatures rose to 16c")."""
    text = doc[start:end].text
    if not text.endswith("c") or not text[-2:-1].isdigit():
        return False
    if text[:2] in ("US", "A0") or text[:1] == "A" and text[1:2].isdigit():
        return True  # "US94.5c", "A0.4c": cents of a named dollar
    sent = doc[start].sent
    return any(t.text in ("%", "$") or t.lower_ in ("percent", "cents", "shares") for t in sent)
