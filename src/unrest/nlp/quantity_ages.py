"""Ages a sentence states without "aged" or "-year-old": the level an age is set to ("raise the
retirement age to 64", "the voting age is 16"), a person's age in a relative clause ("the
senator, who is 81,") and a floor or ceiling of ages ("people 65 and older")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_bounds import and_older

# prepositions that link a level to its verb: "rise to 67", "lowered from 18", "set at 65"
_LEVEL_PREPOSITIONS = {"to", "from", "at"}


def stated_age(doc: Doc, num: NumberSpan) -> bool:
    """A bare number that is an age: the level of an "age" the clause is about, or what "who is"
    says of a person."""
    if not 0 < num.value < 130 or num.kind != "count":
        return False
    if and_older(doc, num):
        return True  # "Americans 65 and older", "children 12 or younger"
    tok = doc[num.num_end - 1]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ in _LEVEL_PREPOSITIONS:
        verb = verb.head
    elif tok.dep_ != "attr":
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(_is_age(c) for c in verb.children) or tok.dep_ == "attr" and _who_is(verb)


def _is_age(child: Token) -> bool:
    """'the state pension age', 'the voting age', 'the average age' as subject or object."""
    return child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ in ("age", "ages")


def _who_is(verb: Token) -> bool:
    """'the senator, who is 81,': a copula in a relative clause on a person (not 'which is 40')."""
    return verb.lemma_ == "be" and verb.dep_ == "relcl" \
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
