"""What the words around a number say about it, for the general quantity extractor: an age set
after a name ("Jane Doe, 47, was shot"), a year inside a date ("June 17, 1776"), a number that is
part of a name ("the Group of Eight"), a quote mark that closes a quotation rather than marking
inches (wounded "more than 35").

Used by :mod:`unrest.nlp.numbers` (quantity mode) and :mod:`unrest.nlp.quantities`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from unrest.nlp.degraded_copy import caseless
from unrest.nlp.number_words import MONTHS
from unrest.nlp.vocab import CURRENCY_NAMES, MEASURE_UNITS

# entity types of a word that is a place or a time, not a person with an age (the small model
# tags many surnames ORG, so that one is allowed, and some GPE: ", 27, a trader" still describes a person)
_NOT_PEOPLE = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "MONEY"}
# words that may follow ", 47," when the number is an age: a verb, "who", an appositive, "of Hebron"
_AFTER_AGE = {"who", "a", "an", "the", "of", "from", "was", "is", "has", "had", "said", "and"}


def appositive_age(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j are an age in apposition after a person: "Jane Doe, 47, was shot", "the
    victim, 19, died", "Ali (23) and his brother" (not a shirt number: "Smith (4) scores")."""
    if j - i != 1 or i < 2 or j >= len(doc) or not doc[i].text.isdigit() or not 0 < int(doc[i].text) < 110:
        return False
    person = doc[i - 2]
    opener, closer = doc[i - 1].text, doc[j].text
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    # "X, 27, a trader", "X, 15, had been shot": only a person takes an appositive or a verb there
    described = opener == "," and nxt is not None and (nxt.lower_ in ("who", "a", "an") or nxt.pos_ in ("AUX", "VERB"))
    if not person.is_alpha or person.pos_ not in ("PROPN", "NOUN") or person.ent_type_ in _NOT_PEOPLE and not described:
        return False
    if opener == "(" and closer == ")":  # a list of people with ages; "Smith (4) runs" is a shirt number
        return person.pos_ == "PROPN" and nxt is not None and nxt.lower_ in (",", "and", ";")
    if opener != "," or closer not in (",", "."):
        return False
    if person.ent_type_ == "PERSON":
        return True
    return nxt is not None and (nxt.lower_ in _AFTER_AGE or nxt.pos_ in ("AUX", "VERB"))


def bare_age_after_name(doc: Doc, i: int) -> bool:
    """Token i is an age written straight after a full name, without commas, as copy stripped of
    punctuation has it: "Serena Williams 41 said", "Nick Hague 44 has spent" (a verb follows; not
    "Apollo 11 was launched", one word, nor a score, "United 2 Liverpool 1")."""
    tok = doc[i]
    if i < 2 or i + 1 >= len(doc) or not tok.text.isdigit() or not 15 <= int(tok.text) < 100:
        return False
    name, first = doc[i - 1], doc[i - 2]
    full_name = name.ent_type_ == "PERSON" and first.ent_type_ == "PERSON" and name.pos_ == first.pos_ == "PROPN"
    nxt = doc[i + 1]
    return full_name and name.whitespace_ != "" and (nxt.pos_ in ("AUX", "VERB") or nxt.lower_ == "who")


def year_in_date(doc: Doc, i: int, j: int) -> bool:
    """A four-digit number that is the year of a date ("June 17, 1776", "in March 1492", "17 June
    1650", "in 1572 in France"): years before 1800 are not caught by the year rule, which keeps
    counts like 1500."""
    tok = doc[i]
    if j - i != 1 or not (tok.text.isdigit() and len(tok.text) == 4):
        return False
    if i > 0 and doc[i - 1].lower_ in ("in", "since", "until", "till", "circa") and _ends_phrase(doc, j):
        return True
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].text.isdigit() and int(doc[k].text) <= 31:
        k -= 1  # the day: "June 17, 1776"
    return k >= 0 and doc[k].lower_ in MONTHS and (doc[k].text[:1].isupper() or caseless(doc[k]))


def _ends_phrase(doc: Doc, j: int) -> bool:
    """Nothing counted or measured follows token j: the end, a comma, a preposition, a verb."""
    if j >= len(doc):
        return True
    nxt = doc[j]
    return (nxt.is_punct and nxt.text not in ("%", "-")) or nxt.pos_ in ("ADP", "CCONJ", "SCONJ", "ADV", "DET", "VERB", "AUX", "PRON")


def day_in_date(doc: Doc, i: int, j: int) -> bool:
    """The second day of a pair after a month: "on May 11 and 13", "June 3, 5 and 9"."""
    tok = doc[i]
    if j - i != 1 or not tok.text.isdigit() or not 0 < int(tok.text) <= 31 or i < 3:
        return False
    k = i - 1
    while k >= 1 and doc[k].lower_ in ("and", "or", ",", "-", "–", "to") and doc[k - 1].text.isdigit() \
            and int(doc[k - 1].text) <= 31:
        k -= 2
        if k >= 0 and doc[k].lower_ in MONTHS and (doc[k].text[:1].isupper() or caseless(doc[k])):
            return _ends_phrase(doc, j)
    return False


def number_in_name(doc: Doc, i: int, j: int) -> bool:
    """A capitalised number word after "X of" in a name: "the Group of Eight", "the Gang of Four"."""
    first = doc[i]
    if not first.is_alpha or not first.text[:1].isupper() or first.is_sent_start or i < 2:
        return False
    return doc[i - 1].lower_ == "of" and doc[i - 2].text[:1].isupper() and doc[i - 2].pos_ == "PROPN"


def closing_quote(doc: Doc, k: int) -> bool:
    """The quote mark at token k closes a quotation (an odd number of quote marks stands before it
    in its sentence), so it marks no inches or feet: wounded "more than 35"."""
    mark = doc[k].text
    if mark not in ('"', "'"):
        return False
    sentence = doc[k].sent
    return sum(1 for t in doc[sentence.start:k] if t.text == mark) % 2 == 1


_MEASURE_NAMES = set(MEASURE_UNITS.values()) | set(CURRENCY_NAMES.values())


def is_counted_noun(unit: str) -> bool:
    """A unit that names counted things, not a measure, currency, share or age ("others" after
    "ten minutes later" are no minutes)."""
    return unit not in ("-", "other", "count") and not unit.startswith("%") and unit not in _MEASURE_NAMES \
        and " per " not in unit and not unit.endswith(" of age")
