"""Scraped news copy, degraded: sentences that lost their capitals ("the iphone 15 pro starts at
$999", "in game 2 the hosts ..."), or their commas between clauses ("fell 312 points or 0.9% to
34,120"). The quantity rules read names from capital letters ("Game 2", "iOS 17.4", "HK $5" are
names, versions and currencies, not counts) and clauses from commas; in a sentence with no
capital letter, or a long one with no comma, those cues are gone, so these helpers read the same
things from what is left: words the English lexicon does not know ("iphone", "playstation"),
singular nouns followed by a bare number that counts nothing after it, the words around.

Each is asked only where the rule for clean copy has already said no, and each checks
that its sentence is degraded, so copy with its capitals and commas is read as before. Used by
:mod:`unrest.nlp.number_filters`, :mod:`unrest.nlp.quantity_context`, :mod:`unrest.nlp.quantity_units`,
:mod:`unrest.nlp.quantity_change`, :mod:`unrest.nlp.quantities` and the direction of a change in
:mod:`unrest.nlp.components.figures`.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from unrest.nlp.caseless_names import english_word, english_words
from unrest.nlp.vocab import CURRENCY_NAMES, MEASURE_UNITS

# nouns a bare number follows as a measured or counted amount, not as a name: "at age 10", "a
# record 25", "a total 12", "the top 3"
_AMOUNT_NOUNS = {"age", "ages", "aged", "record", "total", "average", "maximum", "minimum", "peak", "tally",
                 "toll", "score", "count", "sum", "top", "bottom", "best", "worst", "rest", "plus", "minus",
                 "times", "time", "percent", "cent", "point", "rate", "price", "cost", "value", "worth",
                 "height", "weight", "length", "depth", "size", "population", "margin", "majority", "estimate",
                 "roughly", "approximately", "nearly", "almost", "about", "around", "over", "under", "some",
                 "least", "most", "than", "just", "only", "all", "each", "every", "both", "another", "other",
                 # scale words of wire and Indian copy: "rs 5 crore 20 lakh"
                 "lakh", "lakhs", "crore", "crores", "mn", "bn", "mln", "bln", "tn"}
# closed-class tags a name word never has
_NOT_NAME_POS = {"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "PART", "PUNCT", "SYM", "X"}


def caseless(tok: Token) -> bool:
    """The sentence of ``tok`` has letters but not one capital: its capitals were stripped."""
    return tok.sent.text.islower()  # (the sentence's text only: Doc.text joins every token anew)


def caseless_name_before(doc: Doc, i: int) -> bool:
    """In a sentence with no capitals, the word before the digits at ``i`` names a thing the
    number belongs to: a word no English lexicon knows ("iphone 15", "playstation 5"), or a
    singular noun with nothing counted after the number ("game 2 was", "pixel 9 has"), which
    in copy with its capitals would be "Game 2" and "Pixel 9"."""
    if i == 0:
        return False
    prev = doc[i - 1]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not prev.is_alpha or len(prev) < 2 or prev.pos_ in _NOT_NAME_POS or prev.lower_ in _AMOUNT_NOUNS \
            or not caseless(doc[i]):
        return False
    if i >= 2 and doc[i - 2].text == "-" and not doc[i - 2].whitespace_:
        return False  # "a 7-under-par 65": the end of a hyphened phrase, no name
    unknown = not english_word(prev.lower_) and not english_word(prev.lemma_.lower())
    if unknown and i >= 2 and (doc[i - 2].like_num or doc[i - 2].lower_ in ("million", "billion")):
        return True  # "sold 45 million iphone 16 units": a number already counts the phrase
    if nxt is not None and nxt.tag_ in ("NNS", "NNPS") or _counts_plural_after(doc[i]):
        return False  # "the bjp 303 seats", "a record 25 goals": the number counts what follows
    if nxt is not None and nxt.text == "-" and not nxt.whitespace_ and i + 2 < len(doc) and doc[i + 2].is_alpha \
            and len(doc[i + 2]) > 1:
        return False  # "the phones 14-inch screen": a hyphened measure (not "form 10-k", a name)
    if unknown:
        return True  # (the lexicon lists base forms: "delivered" is known by its lemma)
    if _age_after_noun(doc, i):
        return False
    return prev.tag_ in ("NN", "NNP") and prev.pos_ in ("NOUN", "PROPN")


def _counts_plural_after(tok: Token) -> bool:
    """The number modifies a plural noun a few words on: "federers 20 grand slam titles"."""
    head = tok.head
    plural = head.tag_ in ("NNS", "NNPS") and (head.lower_.endswith("s") or head.lower_ in _IRREGULAR_PLURALS)
    return tok.dep_ == "nummod" and tok.i < head.i <= tok.i + 4 and plural  # (not "regimen", mistagged)


_IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "feet", "teeth", "mice", "geese"}


def age_after_person_noun(doc: Doc, i: int) -> bool:
    """'the striker 26 has scored': an age after an English noun for a person (not "the iphone 16
    has", a name no lexicon knows)."""
    return i >= 1 and english_word(doc[i - 1].lower_) and _age_after_noun(doc, i)


def _age_after_noun(doc: Doc, i: int) -> bool:
    """'the winger 27 has made': an age after a person named by a noun, its commas stripped (a
    determiner before the noun and a verb after the number; "in game 2 was" has no determiner)."""
    tok = doc[i]
    if i < 2 or i + 1 >= len(doc) or not tok.text.isdigit() or not 15 <= int(tok.text) < 100:
        return False
    return doc[i - 2].lower_ in ("the", "a", "an", "this", "that") and doc[i + 1].pos_ in ("AUX", "VERB")


# the letters before a "$" that name whose dollar it is, which stay unambiguous in lower case
# ("a", "s" and "us" are words of their own: "a $2 deal", "gave us $5")
_CASELESS_DOLLAR_PREFIXES = {"au", "c", "ca", "nz", "hk", "nt"}


def caseless_dollar_prefix(tok: Token) -> bool:
    """'hk $5.4m', 'nz $99': a dollar prefix written apart, in a sentence with no capitals."""
    return tok.lower_ in _CASELESS_DOLLAR_PREFIXES and caseless(tok)


# one-letter unit symbols read apart from the number when capitalised ("12 C", "a 5 W charger");
# in lower case only those that are no English word ("a", "s", "m" and "x" are)
_CASELESS_LETTER_UNITS = {"c", "f", "w", "v"}


def caseless_letter_unit(tok: Token) -> bool:
    """'12 c', 'a 5 w charger': a unit letter written apart, in a sentence with no capitals."""
    return tok.lower_.rstrip(".") in _CASELESS_LETTER_UNITS and caseless(tok)


def caseless_acronym_plural(tok: Token) -> bool:
    """'tds', 'suvs': the plural of a short acronym the lemmatizer kept whole (the tagger read it
    singular), in a sentence with no capitals, where "TDs" and "SUVs" would be lemmatised (not
    "bus", "gas", "this" or "texas")."""
    low = tok.lower_
    return 3 <= len(low) <= 5 and low.endswith("s") and not low.endswith(("ss", "us", "is", "as")) and tok.is_alpha \
        and tok.lemma_.lower() == low and caseless(tok)


def mistagged_name(tok: Token) -> bool:
    """A word no lexicon knows that the tagger, without capitals to go by, read as a verb: "wti"
    in "brent gained 2.1% and wti 2.4%" is the name of a crude."""
    return tok.pos_ in ("VERB", "AUX") and not english_word(tok.lower_) and not english_word(tok.lemma_.lower()) \
        and caseless(tok)


def commaless(tok: Token) -> bool:
    """The sentence of ``tok`` runs on for a dozen words or more without one comma: copy whose
    commas between clauses were stripped ("fell 312 points or 0.9% to 34,120")."""
    sent = tok.sent
    return len(sent) >= 12 and not any(t.text == "," for t in sent)


# the words that end a street name, unambiguous in lower case ("way", "place" and "court" are not)
_STREET_ENDS = {"street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "boulevard", "blvd"}
# words an address follows: "lives at 221 baker street", "a house on 14 station road"
_BEFORE_ADDRESS = {"at", "on", "in", "from", "to", "of", "near", "outside", "opposite", ","}


def caseless_address(doc: Doc, i: int, j: int) -> bool:
    """'at 221 baker street', 'on 49 elm road': a house number after a preposition, before a street
    name of one to three words, in a sentence with no capitals (a count would make its noun
    plural: "3 main roads"; a measure comes after an article: "a 1tb drive", "a 3 lane road")."""
    if not doc[i].text.isdigit() or i > 0 and doc[i - 1].lower_ not in _BEFORE_ADDRESS:
        return False
    for k in range(j + 1, min(len(doc), j + 4)):
        if doc[k].lower_ in _STREET_ENDS:
            return all(t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") and t.tag_ != "NNS" for t in doc[j:k]) \
                and caseless(doc[i])
    return False


def caseless_version_before(doc: Doc, i: int) -> bool:
    """'ios 17.4', 'bluetooth 5.3': a version number after a product word no lexicon knows, in a
    sentence with no capitals (where "iOS" and "USB" would show it); not "gdp 2.5%", a share."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if i == 0 or nxt is not None and (nxt.lower_ in _AFTER_AN_AMOUNT or nxt.like_num or nxt.lower_ in MEASURE_UNITS
                                      or nxt.lemma_.lower() in MEASURE_UNITS or nxt.lower_ in CURRENCY_NAMES):
        return False  # "clocked 43.03 seconds": a measure
    prev = doc[i - 1]
    if prev.pos_ in ("VERB", "AUX", "ADP", "ADV"):
        return False
    low = prev.lower_
    known = english_words()
    return prev.is_alpha and len(prev) >= 2 and low not in known and prev.lemma_.lower() not in known \
        and low not in STOP_WORDS \
        and low not in MEASURE_UNITS and low not in CURRENCY_NAMES and low not in _AMOUNT_NOUNS and caseless(prev)


# words after a number that make it an amount, not a version: "2.5%", "3.2 million", "1.5 times"
_AFTER_AN_AMOUNT = {"%", "percent", "per", "pc", "pct", "million", "billion", "trillion", "times", "points", "point",
                    "bn", "mn", "m", "crore", "lakh"}
