"""Copy as scrapers and feeds deliver it (the round-8 battery of noisy copy): headlines in capitals,
whose words the tagger cannot read ("OIL FALLS 3%", "FALLS 5 PERCENTAGE POINTS"); thousands grouped
with dots as continental copy writes them ("1.500.000 euros"); HTML entities left in names
("S&amp;P 500"); a move written "per cent", which the parser attaches elsewhere than "%" ("cut the
risk by 23 per cent"); commas stripped between a level and its move ("was $2.4bn up 10%"), before
a restatement ("lost $1.5 billion or $1.10 a share") or around an age ("the boy 7 was taken"); and
a stray space before the full stop that makes an "-s" modifier read as a verb.

Each helper checks that its form is there before it says anything, so clean copy reads as before.
"""

from __future__ import annotations

import html
import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from unrest.nlp.degraded_copy import commaless
from unrest.nlp.lone_people import PERSON_NOUNS
from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_change import MORE_CHANGE_VERBS
from unrest.nlp.quantity_moves import MOVE_UNITS
from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP, MEASURE_UNITS

# words between a headline's verb and the size of its move: "FALLS BY 3%", "JUMPS NEARLY 7%"
_BEFORE_SIZE = {"by", "about", "nearly", "almost", "around", "some", "over", "more", "than", "another", "a", "further"}
# two or more groups of three after the dots: "1.500.000" (one group, "28.030", may be a decimal)
_DOTTED_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3}){2,}$")


def shouted(tok: Token) -> bool:
    """The sentence of ``tok`` is written in capitals, as wire headlines are: three words or more,
    and no lower-case letter (the tagger reads every word of it as a name)."""
    words = [t for t in tok.sent if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words)


def shouted_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a headline in capitals whose verb of change stands before the size: "OIL FALLS
    3% TO $58", "BITCOIN JUMPS $400", "SALES SLUMPED BY 12%" (not the level after "TO": "RISES TO
    4.1%"; not a count: "WON 3 SEATS"). The tagger reads such words as names, so the verb is read
    from its lowered form."""
    k = num.tok_start - 1
    if k < 1 or not shouted(doc[num.tok_start]) or not _sized(doc, num):
        return None
    while k > 0 and (doc[k].lower_ in _BEFORE_SIZE or doc[k].text in ("$", "£", "€")):
        k -= 1
    return _verb_form_direction(doc[k].lower_) if doc[k].is_alpha else None


def per_cent_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a change written in "per cent", two words the parser hangs where "%" would not
    go ("productivity grew just 0.3 per cent over the decade", "lift revenue 8 per cent", "cut the
    risk by 23 per cent"): the verb of change a few modifiers before the number, or above the "by"
    right before it (not a level after "to" or "from", nor a share of a thing: "cut 10 per cent of
    its staff")."""
    end = num.num_end
    if num.value_max is not None or end + 1 >= len(doc) or doc[end].lower_ != "per" or doc[end + 1].lower_ != "cent" \
            or end + 2 < len(doc) and doc[end + 2].lower_ == "of":
        return None
    k = num.tok_start - 1
    if k >= 0 and doc[k].lower_ == "by":
        verb = next((t for t in doc[k].ancestors if t.pos_ == "VERB"), None)
        return _verb_form_direction(verb.lemma_.lower()) if verb is not None else None
    skipped_object = False
    while k >= 0 and num.tok_start - k <= 7:
        tok = doc[k]
        if tok.lower_ in ("up", "down"):
            return tok.lower_  # "the sector up just 0.2 per cent"
        if k > 0 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_:
            k -= 2  # "a better-than-expected 7 per cent": a hyphened modifier, read whole
            continue
        if tok.pos_ == "VERB":
            return _verb_form_direction(tok.lemma_.lower()) or MORE_CHANGE_VERBS.get(tok.lemma_.lower())
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and not skipped_object:
            skipped_object = True  # "lift revenue 8 per cent": the thing moved, then by how much
        elif tok.pos_ not in ("ADV", "DET", "ADJ") and tok.text != "-":
            return None
        k -= 1
    return None


def _sized(doc: Doc, num: NumberSpan) -> bool:
    """The number is the size of a move in a headline: a share, money, or points after it ("FALLS 212
    POINTS"; the words of :data:`unrest.nlp.quantity_moves.MOVE_UNITS`)."""
    nxt = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    return num.kind in ("percent", "money") or nxt in MOVE_UNITS



def _verb_form_direction(word: str) -> str | None:
    """up / down for an inflected verb of change: "falls", "jumped", "rising", "cut"."""
    for stem in _stems(word):
        if stem in CHANGE_UP:
            return "up"
        if stem in CHANGE_DOWN:
            return "down"
    return None


def _stems(word: str) -> list[str]:
    """The base forms a verb form may have: "falls" -> "fall", "slumped" -> "slump", "rising" ->
    "rise", "dropped" -> "drop", "rose" and "fell" by the irregular table."""
    stems = [word, _IRREGULAR.get(word, word)]
    for suffix in ("es", "s", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            stems += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "dropped", "slipping"
    return stems


_IRREGULAR = {"rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
              "sank": "sink", "sunk": "sink", "shrank": "shrink", "shrunk": "shrink", "slid": "slide",
              "lost": "lose", "won": "win", "soared": "soar", "sped": "speed"}


def shouted_count(doc: Doc, i: int) -> bool:
    """In a headline in capitals, the digits at ``i`` count or measure the word after them, no name
    before them: "FALLS 5 PERCENTAGE POINTS", "WINS 3 SEATS" (the tagger, reading every word as a
    name, cannot tell a plural; "GAME 2 TONIGHT" and "IPHONE 15 PRO" stay names)."""
    if i + 1 >= len(doc) or not doc[i].text.isdigit() or not shouted(doc[i]):
        return False
    if i == 0 or not _verb_or_function_word(doc[i - 1].lower_):
        return False  # "GAME 2 MOVES TO FRIDAY": a name's number
    nxt = doc[i + 1].lower_
    plural = nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")) and len(nxt) > 3 and doc[i + 1].is_alpha
    return plural or nxt in MEASURE_UNITS or nxt == "percentage"


def _verb_or_function_word(word: str) -> bool:
    """A word no name is: a preposition, determiner or the like, a verb in the past or the third
    person ("SHED", "WINS", "STAGED"), or a verb of change."""
    return word in STOP_WORDS or word.endswith(("s", "ed")) or word in _IRREGULAR or word in _IRREGULAR.values() \
        or _verb_form_direction(word) is not None


def level_before_stripped_comma(doc: Doc, num: NumberSpan) -> bool:
    """A level whose comma before the move was stripped: "revenue was $2.4bn up 10% from a year
    earlier", "sales stood at 81,000 units down 4%", "the yield is 4.1% up from 3.5%": the particle
    and what follows make the move, the number before is the level (not "closed 12 points up 0.5%",
    a move said twice; nor "rose 5 cents up from", a move of its own)."""
    k = num.tok_start - 1
    while k >= 0 and (doc[k].text in _CURRENCY_SIGNS or doc[k].lower_ in _BEFORE_SIZE):
        k -= 1
    j = num.tok_end
    while j < len(doc) and j - num.tok_end < 2 and doc[j].is_alpha and doc[j].lower_ not in _PARTICLES:
        j += 1  # the unit: "81,000 units down 4%", "67 per cent down from"
    if k < 0 or j + 1 >= len(doc) or doc[j].lower_ not in _PARTICLES or _verb_form_direction(doc[k].lower_):
        return False
    after = doc[j + 2] if doc[j + 1].lower_ == "by" and j + 2 < len(doc) else doc[j + 1]
    if after.lower_ == "from":
        return True  # "costs 6.85% up from 6.66%": the level, then where it came from
    return (doc[k].lemma_.lower() == "be" or doc[k].lower_ == "at") and (after.like_num or after.text in _CURRENCY_SIGNS)


_PARTICLES = {"up", "down", "higher", "lower"}
_CURRENCY_SIGNS = {"$", "£", "€", "¥", "US$", "A$", "C$"}


def restated_without_comma(doc: Doc, gap: str, first_unit: str, first_value: float, second_unit: str,
                           second_start: int) -> bool:
    """'lost $1.45 billion or $1.36 a share', 'rose by 40,000 or 0.1 percentage point', 'rose 12
    basis points or 0.12 percentage point': one change said twice in other units, in a sentence
    whose commas were stripped (the same unit twice is a choice: "5 or 6 days"; a bare small
    number before "or" may open a range: "2 or 3 per cent")."""
    words = gap.split()
    if not words or words[-1] != "or" or len(words) > 3 or not all(w.isalpha() for w in words[:-1]):
        return False
    if first_unit == second_unit or first_unit == "-" and first_value < 100:
        return False
    span = doc.char_span(second_start, second_start + 1, alignment_mode="expand")
    return span is not None and commaless(span[0])


def age_after_person_word(doc: Doc, i: int) -> bool:
    """Token i is an age written straight after the word for a person, its commas stripped: "the
    boy 7 was taken", "the former president 77 faces", "Okafor 62 has led" (a verb follows; the
    parser hangs the number from the person; not "Apollo 11 was", no person, nor "the number 10
    is", no person either)."""
    tok = doc[i]
    if i < 1 or i + 1 >= len(doc) or not tok.text.isdigit() or not 1 <= int(tok.text) < 100:
        return False
    person, nxt = doc[i - 1], doc[i + 1]
    if tok.head.i != person.i or tok.dep_ not in ("appos", "nummod", "npadvmod") \
            or not (nxt.pos_ in ("AUX", "VERB") or nxt.lower_ == "who"):
        return False
    if person.tag_ == "NN" and person.lower_ in _PERSON_WORDS:
        return True
    return person.pos_ == "PROPN" and person.ent_type_ == "PERSON" and int(tok.text) >= 15 and person.is_title


# words for a person that an age may follow ("the boy 7", "the striker 26"); what people are, not
# what they own or do as things ("the number 10" is no person)
_PERSON_WORDS = PERSON_NOUNS | {
    "star", "player", "striker", "midfielder", "defender", "forward", "goalkeeper", "winger", "captain", "coach",
    "manager", "president", "minister", "premier", "senator", "governor", "mayor", "chief", "boss", "founder",
    "actor", "actress", "singer", "rapper", "author", "writer", "artist", "victim", "suspect", "defendant", "gunman",
    "attacker", "officer", "soldier", "pilot", "climber", "swimmer", "runner", "cyclist", "champion", "veteran",
    "billionaire", "executive", "chairman", "chairwoman", "presenter", "comedian", "musician", "footballer",
    "cricketer", "batsman", "bowler", "golfer", "boxer", "athlete", "survivor", "pensioner", "grandmother",
    "grandfather", "husband", "wife", "sister", "brother", "girlfriend", "boyfriend", "neighbour", "neighbor",
    "tourist", "motorist", "rider", "jockey", "king", "queen", "prince", "princess", "pope", "judge",
}


def plural_head_after_mistag(doc: Doc, k: int) -> bool:
    """The word at ``k``, a noun modifier in "-s" the tagger read as a verb (a stray space before
    the full stop is enough to tip it), stands before the plural noun the number counts: "23 Grand
    Slam singles titles", "40 Premier League sports clubs"."""
    if k + 1 >= len(doc):
        return False
    tok, nxt = doc[k], doc[k + 1]
    return tok.pos_ in ("VERB", "AUX") and tok.lower_.endswith("s") and tok.is_alpha and nxt.tag_ == "NNS" \
        and nxt.head.i != tok.i and tok.head.i == nxt.i


def dotted_thousands(doc: Doc, i: int) -> tuple[float, int] | None:
    """The value of "1.500.000", thousands grouped with dots as continental copy writes them, and
    the index after it (two groups at least: "28.030" may be a decimal)."""
    text = doc[i].text
    if not _DOTTED_THOUSANDS.match(text):
        return None
    return float(text.replace(".", "")), i + 1


def unescaped(tok: Token) -> str:
    """The lowercase text of a token with its HTML entities read: "s&amp;p" -> "s&p"."""
    low = tok.lower_
    return html.unescape(low) if "&" in low else low
