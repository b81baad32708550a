"""Which words of a noun phrase belong to a counted unit, as NewsQuant's annotators name it
(session 7, a battery by grammar on units): a past participle that describes the counted thing
("six injured miners" -> "injured miner") and the thing a kind noun sorts ("40 types of fruit"
-> "type fruit"). Hooked into :mod:`unrest.nlp.quantity_units`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# nouns that name a sort of something: the unit is empty without what follows "of"
_KIND_NOUNS = {"category", "type", "kind", "variety", "class", "sort", "strain", "breed", "brand", "genre"}
# participles that say how sure a count is, not what the thing is: "2,000 suspected cases" counts cases
_STATUS_PARTICIPLES = {"suspected", "confirmed", "reported", "estimated", "alleged", "expected", "projected",
                       "planned", "registered", "recorded", "verified", "documented"}


def participle_describes(tok: Token, head: Token) -> bool:
    """A past participle between the number and its noun that modifies that noun: "12 injured
    miners", "40 armoured vehicles" (not a verb: "two killed" has no noun after it)."""
    return tok.tag_ == "VBN" and tok.dep_ == "amod" and tok.head.i == head.i and tok.i < head.i \
        and tok.is_alpha and tok.is_lower and tok.lower_ not in _STATUS_PARTICIPLES


def kind_of_what(doc: Doc, head: Token | None, noun: str | None) -> str | None:
    """'category product' for "5,700 categories of products": a kind noun keeps the noun it sorts."""
    if noun is None or head is None or head.lemma_.lower() not in _KIND_NOUNS or not noun.endswith(head.lemma_.lower()):
        return noun
    k = head.i + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return noun
    sorted_noun = next((c for c in doc[k].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    if sorted_noun is None:
        return noun  # "three types of Toyota": a name is no kind of thing
    return f"{noun} {sorted_noun.lemma_.lower()}"  # "types of bank loans", "kinds of bottled water" -> the head
