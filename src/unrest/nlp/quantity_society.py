"""Quantities as health, population, education and labour copy states them.

- ages: open-ended ("adults aged 65 and over", "children aged 12 and under", "10 or more"), a
  bare number or a number of years a clause gives as an age ("the median age was 81", "the
  pension age will rise from 66 to 67", "left school at 16", "she turned 100");
- rates: a count per a base of population ("412 cases per 100,000 people");
- ranges: "18- to 24-year-olds";
- changes: the period of a change ("rose by 25,000 in five years to 612,000"), "by" after a verb
  the parser misread ("reduced hospital admissions by 20%"), a count after "the" that is no change
  ("squeezing the 4.6 million households");
- wholes and hedges: "a population of 1.1 million", "fees average $9,000".

Used by :mod:`unrest.nlp.quantities`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.numbers import NumberSpan
from unrest.nlp.quantity_change import verb_direction
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.vocab import COUNT_FRAMES

# the word after "and"/"or" that leaves the number open on one side
_OPEN_WORDS = {"over": "at_least", "above": "at_least", "older": "at_least", "more": "at_least",
               "under": "at_most", "below": "at_most", "younger": "at_most"}
# words that read as a bound only after "or": "10 or more" ("and more" lists more things)
_AFTER_OR_ONLY = {"more"}


def open_bound_after(doc: Doc, num: NumberSpan) -> str | None:
    """The qualifier of "65 and over", "50 or older", "12 and under", "three or more" (at least
    or at most the number), or None. "Over" and "under" must end the phrase ("aged 65 and over
    will be") unless an age precedes them ("aged 12 and under travel free"): "5% and over the
    year" is a period, not a bound."""
    n = len(doc)
    k = num.tok_end
    if k + 1 >= n or doc[k].lower_ not in ("and", "or"):
        return None
    word = doc[k + 1].lower_
    bound = _OPEN_WORDS.get(word)
    if bound is None or word in _AFTER_OR_ONLY and doc[k].lower_ != "or":
        return None
    after = doc[k + 2] if k + 2 < n else None
    if word in ("older", "younger") or after is None or after.is_punct:
        return bound
    if word == "more":
        return bound if after.lower_ != "than" else None
    aged = any(t.lower_ in ("aged", "age", "ages") for t in doc[max(0, num.tok_start - 2):num.tok_start])
    return bound if aged or after.pos_ in ("AUX", "VERB") else None


# verbs of a life's events, whose "at" and a bare number give the age: "died at 87", "retired at 60"
_LIFE_VERBS = {"die", "retire", "marry", "wed", "become", "graduate", "emigrate", "debut"}
# verbs whose object names the event: "left school at 16", "started work at 14"
_LIFE_OBJECTS = {"school", "home", "work", "college", "university", "smoking", "drinking", "education"}


def _life_event(verb: Token, num: NumberSpan) -> bool:
    """A verb of a life's event that a bare number after "at" dates by age (not "closed at 21")."""
    if verb.pos_ != "VERB" or num.value >= 120 or num.value_max is not None or not float(num.value).is_integer():
        return False
    lemma = verb.lemma_.lower()
    if lemma == "become":  # a person becoming something: "she became a nurse at 21" (not "the rate became fixed at 5")
        return any(c.dep_ == "nsubj" and (c.tag_ == "PRP" or c.ent_type_ == "PERSON") for c in verb.children) \
            and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children)
    return lemma in _LIFE_VERBS or any(c.dep_ == "dobj" and c.lemma_.lower() in _LIFE_OBJECTS for c in verb.children)


# nouns of people whose bare "is over 50" is an age
_PEOPLE = {"people", "person", "adult", "child", "patient", "victim", "resident", "voter", "member", "employee",
           "worker", "workforce", "staff", "teacher", "doctor", "nurse", "farmer", "driver", "woman", "man", "pupil",
           "student", "respondent", "pensioner", "mother", "father", "parent", "applicant", "population", "user"}


def _people_subject(verb: Token) -> bool:
    """The subject of the verb (or the whole it is a share of: "a third of nurses") names people."""
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.tag_ == "PRP" and subject.lower_ in ("he", "she", "they") or subject.ent_type_ == "PERSON":
            return True
        nouns = [subject, *(g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]
        if any(t.lemma_.lower() in _PEOPLE for t in nouns):
            return True
    return False


def _people_over(doc: Doc, num: NumberSpan, node: Token, unit: str | None) -> bool:
    """A bare number after "over"/"under" that people "are" (the parser hangs the number on the
    preposition or on the verb)."""
    k = num.num_start
    if unit is not None or k < 1 or doc[k - 1].lower_ not in ("over", "under", "above", "below") or num.value >= 120:
        return False
    verb = node.head.head if node.dep_ == "pobj" else node.head if node.dep_ == "attr" else None
    return verb is not None and verb.lemma_ == "be" and _people_subject(verb)


def age_stated(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """The clause gives the number (bare, or a number of years) as an age: its verb has "age" as
    subject ("the median age of those who died was 81", "the average age of mothers reached 30.9
    years", "the retirement age will rise from 62 to 64"), a life's event or life expectancy is
    "at" it ("left school at 16"), people "are over" it, or someone "turned" it."""
    if unit not in (None, "year") or num.value >= 130 or (num.value_max or 0) >= 130:
        return False
    node = doc[num.num_end - 1]
    if node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= num.num_end and node.head.i - num.num_end < 2:
        node = node.head  # "30.9 years": the noun carries the relation
    if node.dep_ == "pobj" and node.head.lower_ == "at" and unit is None and _life_event(node.head.head, num):
        return True  # "became a nurse at 21", "left school at 16", "died at 87"
    if node.dep_ == "pobj" and node.head.lower_ == "at" and unit is None and node.head.head.lower_ == "expectancy":
        return True  # "life expectancy at 65 is 18.5 years"
    if _people_over(doc, num, node, unit):
        return True  # "a quarter of the workforce is over 50", "most of the victims were under 18"
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "from", "at"):
        node = node.head
    elif node.dep_ not in ("attr", "dobj", "oprd", "npadvmod"):
        return False
    verb = node.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() == "turn" and unit is None and node.i == num.num_end - 1 and node.dep_ in ("dobj", "attr", "oprd") \
            and float(num.value).is_integer() and not any(c.lower_ in ("into", "to") for c in verb.children):
        return True  # "she turned 100 on Sunday" (not "turned 5% higher", with a unit, nor "turned 2 into 10")
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == "age" for c in verb.children)


_PERIOD_UNITS = {"year", "month", "week", "day", "hour", "decade", "minute"}
_PERIOD_WORDS = {"in", "over", "for", "within", "during", "after"}


def names_a_period(text: str, start: int, quantity_text: str, unit: str) -> bool:
    """The quantity at ``start`` is the period a change took ("rose by 25,000 in five years",
    "grew 12% over two years"), so the level after it ("to 612,000") is not counted in years."""
    if unit not in _PERIOD_UNITS:
        return False
    first = quantity_text.split()[:1]
    before = text[:start].split()[-1:]
    return bool(first and first[0].lower() in _PERIOD_WORDS or before and before[0].lower() in _PERIOD_WORDS)


def by_after_misread_verb(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "reduced hospital admissions by 20%", "cut waiting times by a quarter" when
    the parser hangs "by" on the object (reading the verb as an adjective or the object as a
    clause): the nearest verb of change before it, in the same stretch of words."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in ("a", "an", "almost", "nearly", "about", "around", "more", "than", "over", "some"):
        k -= 1
    if k < 1 or doc[k].lower_ != "by" or doc[k].head.pos_ == "VERB" and verb_direction(doc[k].head) is not None:
        return None  # (a verb of change the parser found is read by the change rules already)
    for j in range(k - 1, max(-1, k - 6), -1):
        tok = doc[j]
        if tok.is_punct or tok.like_num or tok.pos_ == "ADP":
            return None
        if tok.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB") and (change := verb_direction(tok)) is not None:
            return change
    return None


_DEFINITE = {"the", "its", "their", "his", "her", "these", "those", "our", "your"}


def definite_count(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """A count after "the" or a possessive names a known group, not the size of a change: "squeezing
    the 4.6 million households that rent", "cut the 300 jobs it added" (not "cut 300 jobs")."""
    k = num.tok_start
    return k > 0 and doc[k - 1].lower_ in _DEFINITE and unit is not None and is_counted_noun(unit)


def suspended_range(text: str, first_end: int, second_start: int) -> bool:
    """Two numbers that share the unit of the second across a hyphen and "to": "25- to
    34-year-olds", "the 18- to 24-year-old group" (a range; "a 7- or 8-inch screen" names two)."""
    gap = text[first_end - 1:second_start]
    return gap.startswith("-") and gap[1:].strip() == "to"


# bases of a rate per head of population: "per 1,000 live births", "for every 100,000 people"
_RATE_BASES = {100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0}


def rate_per_base(text: str, first_end: int, second_start: int, first_unit: str, second_value: float,
                  second_max: float | None) -> bool:
    """A count, then a base of population after "per" or "for every": one rate, "7.2 deaths per
    1,000 live births", "2.9 doctors for every 1,000 people" (a bare "120 per 100,000" stays two)."""
    gap = text[first_end:second_start]
    return is_counted_noun(first_unit) and second_max is None and second_value in _RATE_BASES \
        and gap.endswith((" per ", " for every ")) and not any(c in gap for c in ",;()")


# nouns before "of" and a number that still name a part, a tally or a level of the count before
# ("a crowd of 5,000", "the rest of", "an average of 20")
_PART_NOUNS = COUNT_FRAMES | {"rest", "bulk", "majority", "minority", "share", "proportion", "part", "half", "most",
                              # a level of the same count: "an average of 20 a week", "a peak of 40"
                              "average", "maximum", "minimum", "peak", "high", "low", "record", "sum"}


def of_a_population(doc: Doc, num: NumberSpan) -> bool:
    """"a population of 1.1 million", "a survey of 8,000": a whole a noun names before "of", no
    part of the count before it ("38 beds for a population of 1.1 million" counts no beds)."""
    k = num.tok_start
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].pos_ == "NOUN" \
        and doc[k - 2].lemma_.lower() not in _PART_NOUNS


def average_as_verb(doc: Doc, num: NumberSpan) -> bool:
    """"costs average $11,600 a year": "average" as a verb before the number hedges it, as
    "averaged" and "averaging" do (not "an average $11,600", a noun's modifier)."""
    k = num.tok_start
    if k > 0 and doc[k - 1].is_currency:
        k -= 1
    return k > 1 and doc[k - 1].lower_ == "average" and doc[k - 1].tag_ in ("VBP", "VB", "VBZ") \
        and doc[k - 2].lower_ not in ("an", "the", "a")
