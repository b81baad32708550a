"""Company and consumer news forms found in real copy: store counts after a brand's possessive,
estimates marked with a tilde before a currency sign, totals that "add up to" a figure, a change
measured on a verb's object ("increased fares 4%") and distances "down the road"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.nlp.number_words import _DIGITS, SCALES, SMALL, TENS, _looks_like_year

if TYPE_CHECKING:
    from unrest.nlp.number_span import NumberSpan

# currency signs a tilde may stand before: "~$26", "~£1.2bn" (an estimate in shorthand)
_TILDE_CURRENCIES = {"$", "£", "€", "¥", "₹", "us$", "a$", "c$", "hk$"}


def tilde_before_currency(prefix: str) -> tuple[str, bool]:
    """'~$' -> ('$', True): the currency sign without the tilde, and that the amount is an estimate."""
    if prefix[:1] in ("~", "≈") and prefix[1:].lower() in _TILDE_CURRENCIES:
        return prefix[1:], True
    return prefix, False


def brand_possessive_then_plural(doc: Doc, k: int) -> bool:
    """"28 Kohl's stores", "680 Macy's locations": a capitalised name with a possessive and a plural
    noun after a number is the owner of what the number counts, not a model name."""
    if k >= len(doc) or doc[k].tag_ != "POS":
        return False
    after = [t for t in doc[k + 1:k + 4] if not t.is_punct]
    for tok in after:
        if tok.tag_ == "NNS":
            return True
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


# verbs whose particle "up" before "to" reaches a total, not a ceiling: "adding up to 34%",
# "brings the tally up to 41", "takes its total up to 9"
_TOTAL_UP_VERBS = {"add", "bring", "take", "sum", "total"}


def up_to_a_total(doc: Doc, num: NumberSpan) -> bool:
    """"up to N" after a verb of totting up (its object may stand between): the total, exactly."""
    k = num.tok_start
    if not (k > 0 and doc[k].lower_ == "up" and k + 1 < len(doc) and doc[k + 1].lower_ == "to"):
        return False
    for tok in reversed(doc[max(0, k - 5):k]):
        if tok.pos_ in ("VERB", "AUX"):
            # (a modal keeps the reach: "repairs could add up to $30 million")
            return tok.lemma_.lower() in _TOTAL_UP_VERBS and not any(
                t.tag_ == "MD" for t in doc[max(0, tok.i - 3):tok.i])
        if tok.is_punct or tok.like_num:
            return False
    return False


# words after "down"/"up" that make a distance a place along a way: "200 miles down the road"
_WAYS = {"road", "street", "river", "coast", "highway", "motorway", "line", "track", "hill", "valley", "corridor",
         "stream", "block", "lane", "avenue", "trail", "freeway", "interstate", "route"}


_DISTANCES = {"mile", "kilometre", "metre", "yard", "foot", "block"}


def distance_along_a_way(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """"200 miles down the road", "5 km up the river": where a place lies, no change (not "the
    water rose 3 metres up the street", a move stated by its verb)."""
    from unrest.nlp.quantity_change import verb_direction

    if unit not in _DISTANCES:
        return False
    verb = next((t for t in reversed(doc[max(0, num.tok_start - 4):num.tok_start]) if t.pos_ == "VERB"), None)
    if verb is not None and verb_direction(verb) is not None:
        return False
    k = next((i for i in range(num.tok_end, min(len(doc), num.tok_end + 3)) if doc[i].lower_ in ("down", "up")), None)
    if unit is None or k is None or k + 2 >= len(doc) or any(t.is_punct for t in doc[num.tok_end:k]):
        return False
    nxt = doc[k + 1:k + 4]
    return any(t.lemma_.lower() in _WAYS for t in nxt) and doc[k + 1].lower_ in ("the", "a", "this", "that")


def object_measured_change(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a percentage hung on the object of a change verb: "increased fares 4%",
    "trimmed costs 8%" (the parser attaches the size to the noun before it)."""
    from unrest.nlp.quantity_change import verb_direction

    tok = doc[num.tok_end - 1]
    if tok.lower_ not in ("%", "percent", "pc", "pct") or tok.dep_ not in ("npadvmod", "appos"):
        return None
    obj = tok.head
    if tok.dep_ == "appos" and obj.i != num.tok_start - 1:
        return None  # (an apposition right after the object only: "increased fares 6%")
    if obj.pos_ != "NOUN" or obj.i > tok.i or obj.dep_ not in ("dobj", "ROOT"):
        return None
    verb = obj.head if obj.dep_ == "dobj" else next((t for t in obj.children if t.dep_ == "amod" and t.tag_ == "VBD"), None)
    if verb is None or verb.i > obj.i or any(t.like_num or t.is_punct for t in doc[verb.i + 1:num.tok_start]):
        return None
    return verb_direction(verb)


def label_word_as_verb(doc: Doc, i: int) -> bool:
    """A label word used as a lower-case verb before a count: "will house 5,000 workers", "order 12
    trucks", "model 40 scenarios" (not "house 12", "order 66": labels)."""
    prev = doc[i - 1]
    return prev.pos_ == "VERB" and prev.tag_ == "VB" and prev.text.islower() \
        and i >= 2 and (doc[i - 2].tag_ in ("MD", "TO") or doc[i - 2].lower_ == "to")  # (not "have type 2 diabetes")


def spelled_after_digit_scale(words: list[str], word: str) -> bool:
    """"4.6 million twenty-foot units": a spelled number after digits and their scale starts a new
    number (a unit's size), never the tail of the first ("4.6 million twenty" is not written)."""
    return len(words) >= 2 and bool(_DIGITS.match(words[0])) and words[-1] in SCALES and (word in SMALL or word in TENS)


# nouns of a change that an apposition or a bracket after them sizes: "the largest increase, 7% to 61%"
_CHANGE_NOUNS = {"increase", "decrease", "rise", "fall", "drop", "gain", "decline", "growth", "improvement", "jump",
                 "slide", "surge", "plunge", "climb", "dip", "loss", "slump"}


def change_then_level_marked(doc: Doc, i: int, start: int, value: float, to_at: int,
                             end: tuple[float, int, str] | None) -> bool:
    """"X to Y" where X is a change marked before it and Y the level reached, not a range:
    "+0.5% to 68.2%" (a sign on the change only), "up almost 18% to 67.5%" (a hedge between),
    "the largest decrease, 14.1 percent to 57.4 percent" and "(8.5 percent to 59.1 percent)" after
    a change noun, with a level well above the change."""
    if end is None or to_at + 1 >= len(doc) or doc[to_at].lower_ != "to":
        return False
    signed_after = doc[to_at + 1].text[:1] in ("+", "-", "−")
    if doc[i].text.startswith("+") and not signed_after:
        return True
    if start > 0 and doc[start - 1].lower_ in ("up", "down") and start < i:
        return True  # (a hedge between "up" and the number: "up almost 18%")
    if start > 0 and doc[start - 1].text in (",", "(") and end[0] >= 2 * value > 0 and not signed_after:
        return any(_change_noun(t) in _CHANGE_NOUNS for t in doc[max(0, start - 8):start - 1])
    return False


def _change_noun(tok) -> str:
    """The singular of a word, as a change noun would be listed ("Falls" opening a sentence too)."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in _CHANGE_NOUNS else lemma


_CHANGE_NOUN_WAYS = {"increase": "up", "rise": "up", "gain": "up", "growth": "up", "improvement": "up", "jump": "up",
                     "surge": "up", "climb": "up", "decrease": "down", "fall": "down", "drop": "down",
                     "decline": "down", "slide": "down", "plunge": "down", "dip": "down", "loss": "down", "slump": "down"}


def change_sized_after_noun(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a change sized after a comma or a bracket and before the level it reached:
    "the largest decrease, 14.1 percent to 57.4 percent", "+0.5% to 68.2%"."""
    k = num.tok_start
    end = num.tok_end
    if end >= len(doc) or doc[end].lower_ != "to" or end + 1 >= len(doc) or not doc[end + 1].like_num:
        return None
    if doc[k].text.startswith("+"):
        return "up"
    if k == 0 or doc[k - 1].text not in (",", "("):
        return None
    nouns = [_change_noun(t) for t in doc[max(0, k - 9):k - 1] if _change_noun(t) in _CHANGE_NOUN_WAYS]
    return _CHANGE_NOUN_WAYS[nouns[-1]] if nouns else None


def one_of_a_year(doc: Doc, k: int, den: float) -> bool:
    """"Quarter one of 2023", "day one of 2024": a year after "one of" dates a label, no share
    ("one of 2,000 applicants" counts a noun after it)."""
    return _looks_like_year(den) and (k + 2 >= len(doc) or doc[k + 2].pos_ not in ("NOUN", "PROPN", "ADJ"))


def counted_after_change_noun(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """"a 7 million increase in subscribers", "a 1.2 million boost in users": a count read with the
    change noun after it counts the noun after "in"."""
    if unit not in _CHANGE_NOUN_WAYS and unit != "boost":
        return None
    k = next((t.i for t in doc[num.tok_end:num.tok_end + 2] if t.lemma_.lower() == unit), None)
    if k is None or k + 2 >= len(doc) or doc[k + 1].lower_ != "in":
        return None
    nouns = []
    for tok in doc[k + 2:k + 5]:
        if tok.pos_ == "NOUN":
            nouns.append(tok)
        elif tok.tag_ not in ("JJ", "VBG", "VBN") or nouns:
            break  # ("paying users", "new subscribers")
    return nouns[-1].lemma_.lower() if nouns and nouns[-1].tag_ == "NNS" else None


def name_doing_the_counting(doc: Doc, num: NumberSpan) -> bool:
    """"the 2.3 million Netflix added": a name right after the count and before a past verb is the
    subject of a bare relative clause (the subscribers it added), not the thing counted."""
    k = num.tok_end
    return k + 1 < len(doc) and doc[k].tag_ in ("NNP", "NN") and doc[k].text[:1].isupper() \
        and doc[k + 1].tag_ in ("VBD", "VBN") \
        and (doc[k + 1].dep_ in ("acl", "relcl") or doc[k].dep_ == "nsubj" and doc[k].head.i == k + 1) \
        and num.tok_start > 0 \
        and doc[num.tok_start - 1].lower_ in ("the", "those", "these")
