"""Hedges around a number that the qualifier tables miss, found by a grammar battery of
qualifiers (estimates, floors, ceilings) in every position:

- before the number, or before a currency sign or code in front of it: "the better part of $40
  million", "possibly 40,000", "in the neighbourhood of £200,000", "over Rs. 500 crore";
- before a range: "roughly $1bn-$2bn", "somewhere between 10 and 20";
- after the number's unit (and its rate), closing the phrase: "40 minutes or so", "two weeks at most", "$2,000
  tops", "90 minutes, give or take", "700 and counting";
- a year after "c." or "ca." is a date, as after "circa": "built c. 1600";
- not a hedge: "over", "about" or "around" as the preposition of the word before, with counted
  things after ("the row over 2 islands", "talked about 2 issues", "walked around 3 lakes");
  "thereabouts" and "odd" after a number, and emphasis before it ("a staggering 200 million
  people"), are no unit.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import CURRENCY_SYMBOLS, QUALIFIER_PHRASES
from unrest.nlp.quantity_change import MORE_HEDGES
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.quantity_fx import close_is_a_noun
from unrest.nlp.vocab import MEASURE_UNITS

# hedges before a number that the shared tables lack
_BEFORE = {"the better part of": "approximately", "in the neighbourhood of": "approximately",
           "in the neighborhood of": "approximately", "in the vicinity of": "approximately",
           "possibly": "approximately", "probably": "approximately", "a rough": "approximately",
           "somewhere around": "approximately", "somewhere near": "approximately", "somewhere between": "approximately",
           "topping": "more_than", "surpassing": "more_than", "south of": "less_than", "just south of": "less_than",
           # a level being neared: "the toll is nearing 80,000", "approaching 5%"
           "nearing": "approximately", "nears": "approximately", "approaching": "approximately",
           # an age bound: "children under the age of 5", "residents over the age of 60"
           "under the age of": "less_than", "below the age of": "less_than", "over the age of": "more_than",
           "above the age of": "more_than",
           "over than": "more_than",  # non-native copy: "over than 100 people"
           # a cap or a floor in notices: "max 3 people", "a maximum 8 passengers", "minimum 5 years"
           "max": "at_most", "max .": "at_most", "a max of": "at_most", "maximum": "at_most", "a maximum": "at_most",
           "minimum": "at_least", "a minimum": "at_least", "min .": "at_least",
           "at best": "at_most", "at most ,": "at_most", "at the most ,": "at_most", "at a minimum ,": "at_least",
           "at the very least ,": "at_least", "at the very least": "at_least",
           # an estimate against another: "more like 1,500", "nearer 100", "closer to 500"
           "more like": "approximately", "nearer": "approximately", "nearer to": "approximately",
           "closer to": "approximately", "ca.": "approximately", "ca .": "approximately"}
# an estimate that a range keeps as a range ("in the range of 5-7%")
_SINGLE_ONLY = {"in the range of": "approximately"}
_LONGEST = max(len(phrase.split()) for phrase in [*_BEFORE, *_SINGLE_ONLY, *QUALIFIER_PHRASES, *MORE_HEDGES])
_LAST_WORDS = {phrase.split()[-1] for phrase in [*_BEFORE, *_SINGLE_ONLY, *QUALIFIER_PHRASES, *MORE_HEDGES]}


# currency codes written before the amount, spaced: "over KES 2 billion", "about USD 40m"
_CODES = set(CURRENCY_SYMBOLS) | {"ksh", "kes", "tzs", "ugx", "ngn", "ghs", "zar", "egp", "usd", "eur", "gbp", "aud",
                                  "cad", "nzd", "hkd", "sgd", "jpy", "cny", "rmb", "chf", "sek", "nok", "dkk", "pkr",
                                  "lkr", "bdt", "myr", "idr", "php", "thb", "aed", "sar", "qar"}


def _start_past_currency(doc: Doc, num: NumberSpan) -> tuple[int, bool]:
    """The first token of the number with any currency sign or code before it ("Rs. 500"), and
    whether one was passed (the numbers layer reads qualifiers only right before the number)."""
    k, passed = min(num.tok_start, num.num_start), False
    while k > 0 and (doc[k - 1].lower_ in _CODES or doc[k - 1].text == "." and k > 1 and doc[k - 2].lower_ in _CODES):
        k, passed = k - 1, True
    return k, passed


def _hedge_before(doc: Doc, k: int, tables: tuple[dict[str, str], ...]) -> str | None:
    if k == 0 or doc[k - 1].lower_ not in _LAST_WORDS:
        return None  # (most numbers: no hedge ends right before them)
    before = [t.lower_ for t in doc[max(0, k - _LONGEST):k]]
    for width in range(len(before), 0, -1):
        words = " ".join(before[-width:])
        if words.startswith("close") and close_is_a_noun(doc, k - width):
            continue  # "from Friday's close to 1.42 percent": a session's close
        if hedge := next((table[words] for table in tables if words in table), None):
            return hedge
    return None


def hedged_before(doc: Doc, num: NumberSpan, qualifier: str, unit: str | None) -> str:
    """The qualifier, with a hedge before the number the tables miss: "the better part of $40
    million" (about), "topping 42C" (more than); a range takes only an estimate ("roughly
    $1bn-$2bn"); a count a verb of going above takes is a floor ("sales surpassed 1 million
    units"). A preposition of the word before is no hedge ("the row over 2 islands")."""
    if qualifier in ("more_than", "approximately") and _preposition_of_a_verb(doc, num, qualifier, unit):
        return "exact"
    if qualifier not in ("exact", "range") or qualifier == "range" and doc[num.num_start].lower_ in _VAGUE_PLURALS:
        return qualifier  # ("an estimated tens of thousands": a vague range is left one, as after "maybe")
    if qualifier == "exact" and _count_topped(doc, num):
        return "more_than"
    k, passed = _start_past_currency(doc, num)
    # the numbers layer reads no hedge before a range, an "out of" share ("nearly 9 out of 10") or a
    # currency code; a looser word before a range leaves it one ("maybe tens of millions",
    # "estimated to be between 0.8 and 1")
    tables = (_BEFORE, QUALIFIER_PHRASES) if qualifier == "range" else (_BEFORE, _SINGLE_ONLY, QUALIFIER_PHRASES,
                                                                         *((MORE_HEDGES,) if passed else ()))
    hedge = _hedge_before(doc, k, tables)
    if hedge is None and qualifier == "range" and k > 0 and doc[k].lower_ == "between":
        hedge = _hedge_before(doc, k + 1, tables)  # "somewhere between 10 and 20" (the span holds "between")
    if hedge is None or qualifier == "range" and hedge != "approximately":
        return qualifier
    return hedge


_VAGUE_PLURALS = {"tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions"}
# verbs of going above a level, which a count can be too ("passed 3 exams" is left out)
_TOPPING_VERBS = {"top", "surpass", "exceed", "eclipse"}


def _count_topped(doc: Doc, num: NumberSpan) -> bool:
    tok = doc[num.num_end - 1]
    if tok.dep_ not in ("nummod", "compound") or tok.head.dep_ != "dobj" or tok.head.i < tok.i:
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _TOPPING_VERBS and verb.i < num.tok_start


# nouns of a dispute or a worry whose "over" names the topic: "the row over 2 islands"
_DISPUTE_NOUNS = {"row", "rows", "dispute", "disputes", "debate", "debates", "argument", "arguments", "fight", "clash",
                  "clashes", "battle", "standoff", "stand-off", "feud", "spat", "wrangle", "quarrel", "protest", "protests",
                  "outrage", "anger", "furore", "uproar"}
# verbs whose "over" governs the things counted: "argued over 3 invoices", "ran over 2 pedestrians"
_OVER_VERBS = {"argue", "fight", "clash", "quarrel", "feud", "wrangle", "squabble", "bicker", "preside", "run"}
# verbs and nouns of talk or worry whose "about" names the topic: "talked about 2 issues"
_ABOUT_WORDS = {"talk", "speak", "complain", "worry", "care", "think", "write", "joke", "boast", "testify", "inquire",
                "enquire", "learn", "hear", "read", "concerns", "concern", "questions", "fears", "worries", "complaints",
                "talks", "stories", "details", "news"}
# verbs whose "around" is a place: "walked around 3 lakes", "a plan built around 2 pillars"
_AROUND_VERBS = {"walk", "stroll", "wander", "stand", "sit", "build", "centre", "center", "revolve", "wrap", "huddle", "cluster"}


def _preposition_of_a_verb(doc: Doc, num: NumberSpan, qualifier: str, unit: str | None) -> bool:
    """"over", "about" or "around" as the preposition of the word before it, with counted things
    after the number ("the row over 2 islands", "talked about 2 issues", "walked around 3
    lakes"); a measure stays hedged ("talked about 2 hours", "ran over 10 km")."""
    k = num.tok_start
    if not 0 < k < len(doc):
        return False
    word, before = doc[k].lower_, doc[k - 1]
    if qualifier == "more_than" and word == "over" and before.lower_ in _DISPUTE_NOUNS:
        return True  # ("the debate over 5% tariffs": any topic)
    if unit is None or not is_counted_noun(unit):
        return False
    if qualifier == "more_than" and word == "over":
        return before.pos_ == "VERB" and before.lemma_.lower() in _OVER_VERBS
    if word == "about":
        return before.lower_ in _ABOUT_WORDS or before.pos_ == "VERB" and before.lemma_.lower() in _ABOUT_WORDS
    return word == "around" and before.pos_ == "VERB" and before.lemma_.lower() in _AROUND_VERBS


# hedges that close the phrase after the number and its unit
_AFTER = {("or", "so"): "approximately", ("or", "thereabouts"): "approximately", ("give", "or", "take"): "approximately",
          ("more", "or", "less"): "approximately", ("-", "ish"): "approximately", ("ish",): "approximately",
          ("at", "most"): "at_most", ("at", "the", "most"): "at_most", ("tops",): "at_most", ("max",): "at_most",
          ("at", "best"): "at_most", ("at", "least"): "at_least", ("at", "the", "least"): "at_least", ("at", "the", "very", "least"): "at_least",
          ("and", "counting"): "at_least", ("if", "not", "more"): "at_least", ("maybe", "more"): "at_least",
          ("perhaps", "more"): "at_least", ("possibly", "more"): "at_least",
          # a bound after a rate, which the bound after a unit does not reach: "12 hours a day or more"
          ("or", "more"): "at_least", ("or", "longer"): "at_least", ("or", "higher"): "at_least",
          ("and", "over"): "at_least", ("and", "above"): "at_least", ("or", "less"): "at_most",
          ("or", "fewer"): "at_most", ("or", "lower"): "at_most", ("and", "under"): "at_most"}
_AFTER_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _hedge in _AFTER.items():
    _AFTER_BY_FIRST.setdefault(_words[0], []).append((_words, _hedge))
# hedges that need not close the phrase: "60,000 fans, give or take a few"
_OPEN_ENDED = {("give", "or", "take")}
_NOUN_LIKE = {("tops",), ("max",)}
_ENDS = {".", ",", ";", ":", ")", "!", "?", "—", "–", "and", "but", "while"}


def _hedge_at(doc: Doc, k: int, num: NumberSpan) -> str | None:
    for words, hedge in _AFTER_BY_FIRST.get(doc[k].lower_, ()) if k < len(doc) else ():
        if words in _NOUN_LIKE and not (k == num.tok_end and num.kind == "money" or k > num.tok_end and (
                doc[k - 1].lower_ in MEASURE_UNITS or doc[k - 1].lemma_.lower() in MEASURE_UNITS)):
            continue  # ("she bought 3 tops", "5 tank tops": clothes; "$2,000 tops", "30 minutes tops" are ceilings)
        end = k + len(words)
        if end <= len(doc) and tuple(t.lower_ for t in doc[k:end]) == words \
                and (end == len(doc) or doc[end].lower_ in _ENDS or words in _OPEN_ENDED):
            return hedge
    return None


def hedged_after_unit(doc: Doc, num: NumberSpan, qualifier: str, change: str | None) -> str:
    """The qualifier, with a hedge closing the phrase after the number and up to three unit words:
    "40 minutes or so", "two weeks at most", "$2,000 tops", "90 minutes, give or take". Not "at
    least once" nor "or so many", which go on; a change keeps its own label."""
    if qualifier != "exact" or change is not None:
        return qualifier
    k = num.tok_end
    if k + 1 < len(doc) and doc[k].lower_ == "odd" and doc[k + 1].tag_ == "NNS":
        return "approximately"  # "40 odd scientists"
    for _ in range(5):
        if k >= len(doc):
            return qualifier
        if (hedge := _hedge_at(doc, k, num)) is not None or doc[k].text == "," and (hedge := _hedge_at(doc, k + 1, num)):
            return hedge
        if doc[k].lower_ in ("a", "an", "per", "each") and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
            k += 2  # a rate: "58 cents a share at most"
            continue
        if doc[k].is_punct and doc[k].text != "/" or doc[k].pos_ in ("VERB", "AUX", "ADP", "DET", "NUM", "CCONJ", "PRON"):
            return qualifier
        k += 1
    return qualifier


_HEDGE_WORDS = {"thereabout", "thereabouts", "odd", "ish", "plus"}
# words of emphasis or estimate between "a" and the number, which are no part of what is counted
_EMPHASIS = {"staggering", "whopping", "mere", "paltry", "meagre", "meager", "measly", "massive", "hefty", "rough",
             "reported", "astonishing", "astounding", "incredible", "remarkable", "modest", "cool", "healthy", "maximum",
             "minimum"}


def hedge_read_as_unit(unit: str | None) -> str | None:
    """No unit where the word after the number is a hedge ("20,000 or thereabouts", "400-odd",
    "250,000 plus"), nor the emphasis before the number ("a staggering 200 million people")."""
    if unit in _HEDGE_WORDS:
        return None
    first, _, rest = (unit or "").partition(" ")
    return rest if first in _EMPHASIS and rest else unit


_CIRCA = {"c.", "ca.", "c", "ca"}
_ERAS = {"bc", "ad", "bce", "ce", "b.c.", "a.d."}


def circa_year(doc: Doc, num: NumberSpan) -> bool:
    """'built c. 1600', 'dated ca. 300 BC': a year after an abbreviated circa (the date rule reads
    "circa 1600"), when the phrase ends or an era follows; not 'c. 1600 men'."""
    k, end = num.num_start, num.num_end
    if end - k != 1 or not doc[k].text.isdigit() or num.value_max is not None:
        return False
    before = [t.lower_ for t in doc[max(0, k - 2):k]]
    if not (before[-1:] and before[-1] in _CIRCA or before == ["c", "."] or before == ["ca", "."]):
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in _ERAS:
        return True
    return 1000 <= num.value <= 2100 and (after is None or after.is_punct or after.pos_ in ("ADP", "CCONJ"))
