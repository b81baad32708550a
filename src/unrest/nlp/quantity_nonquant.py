"""Numbers in news that count or measure nothing, as NewsQuant's annotators leave them out:
labels of a place in a series ("Row 12", "Lot 22", "pages 12 and 13", "Verses 3 to 5"), number
words inside a name ("the Big Four", "Ocean's Eleven", "7-Eleven"), digits that end a name
("Studio 54 reopened"), idioms ("in two minds", "a million thanks", "the whole nine yards"),
events and places ("Euro 2024", "a 1-2 finish", "flight BA 117", "Ten Downing Street said"),
tennis set scores in a list and their tiebreak points ("6-3, 3-6, 7-6 (5)"), model numbers
("Boeing's 737 Max 8", "Max 8 and 9 jets"), legal references ("Section 302 read with 149",
"(33 of 1989)"), dates and times joined by hyphens ("15-9-1985", "7-30 PM").

:func:`no_count_number` is hooked into :func:`unrest.nlp.quantities.find_quantities` with one line.
The tuning half's gold does count "one" as a pronoun ("one of the", "at one point"), some scores
("tied at 2-2", "a 9-2 lead") and "3G"; those are left alone here.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp import number_filters
from unrest.nlp.number_span import NumberSpan
from unrest.nlp.number_words import MONTHS, SMALL, TENS

# nouns that, capitalised before digits, name a place in a series: "Row 12", "Unit 4", "Week 5"
_TITLED_LABELS = {
    "row", "seat", "lot", "unit", "week", "day", "bay", "berth", "stand", "hole", "court", "box", "figure",
    "table", "district", "division", "league", "track", "episode", "season", "volume", "part", "title",
    "heat", "race", "leg", "lap", "camp", "reactor", "building", "tower", "hall", "pitch", "dock", "exhibit",
    "annex", "appendix", "psalm", "verse", "aisle", "pew", "booth", "locker", "hangar", "precinct", "studio",
}
# the same in lower-case copy, where the noun cannot be read as anything but a label ("in row 12")
_CASELESS_LABELS = {"row", "seat", "berth", "verse", "aisle", "pew", "booth", "locker", "hangar", "precinct"}
# plural labels before a pair or a span of numbers: "pages 12 and 13", "Articles 14 and 21"
_PLURAL_LABELS = {
    "pages", "chapters", "sections", "articles", "clauses", "paragraphs", "exits", "gates", "platforms",
    "verses", "rows", "seats", "rooms", "wards", "lots", "units", "blocks", "berths", "bays", "terminals",
    "runways", "games", "matches", "races", "stages", "rounds", "heats", "legs", "laps", "holes", "episodes",
    "seasons", "volumes", "parts", "figures", "tables", "reactors", "buildings", "districts", "precincts",
    "schedules", "amendments", "routes", "highways", "lanes", "zones", "sectors", "phases", "levels",
}
# words that join numbers of a list or a span: "12 and 13", "3 to 5", "4, 5 and 6"
_JOINERS = {"and", "or", "to", "through", "-", "–", ",", "&"}
_NUMBER_WORDS = set(SMALL) | set(TENS) | {"hundred", "thousand", "million"}


def no_count_number(doc: Doc, num: NumberSpan) -> bool:
    """A label, a name or an idiom: digits or number words that count nothing."""
    return labelled_place(doc, num) or number_in_a_name(doc, num) or name_ending_in_digits(doc, num) \
        or idiom_number(doc, num) or championship_year(doc, num) or podium_order(doc, num) or flight_code(doc, num) \
        or tiebreak_points(doc, num) or set_in_a_scoreline(doc, num) or paired_name_number(doc, num) \
        or model_before_name_and_number(doc, num) or legal_reference(doc, num) or hyphenated_date(doc, num) \
        or clock_span(doc, num) or spelled_address(doc, num)


def _followed_by_an_amount(doc: Doc, j: int) -> bool:
    """The number is itself followed by what it counts ("Row 12 seats" is rare; "Week 5 3%" a slip)."""
    return j < len(doc) and (doc[j].tag_ in ("NNS", "NNPS") or doc[j].lower_ in ("%", "percent", "per"))


def _label(tok: Token) -> bool:
    word = tok.lower_
    return tok.pos_ in ("NOUN", "PROPN") and (word in _CASELESS_LABELS or word in _TITLED_LABELS and tok.is_title)


def _plural_label(tok: Token) -> bool:
    # not the verb of "the SUV seats seven"; a sentence cannot open on that verb ("gates 5 and 6 were shut")
    return tok.lower_ in _PLURAL_LABELS and (tok.pos_ in ("NOUN", "PROPN") or tok.is_sent_start)


def labelled_place(doc: Doc, num: NumberSpan) -> bool:
    """'Row 12', 'Lot 22 sold', 'pages 12 and 13', 'Verses 3 to 5': a numbered place or item."""
    i = num.num_start
    if i < 1 or not doc[i].like_num or _followed_by_an_amount(doc, num.num_end):
        return False
    if _label(doc[i - 1]):
        return True
    if num.value_max is not None and _plural_label(doc[i - 1]):
        return True  # "Verses 3 to 5" read as one span
    if num.num_end < len(doc) and doc[num.num_end].lower_ in _JOINERS and _plural_label(doc[i - 1]):
        return True  # the first of "pages 12 and 13"
    k = i - 1  # the later numbers of a list: walk back over "12 and", "4 ,"
    while k >= 2 and doc[k].lower_ in _JOINERS and doc[k - 1].like_num and i - k < 8:
        k -= 2
        if _plural_label(doc[k]) or _label(doc[k]):
            return True
    return False


def _headline(doc: Doc, tok: Token) -> bool:
    """A sentence set in title case ("Storm Kills Five In Texas"), where capitals mark no name."""
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def number_in_a_name(doc: Doc, num: NumberSpan) -> bool:
    """'the Big Four banks', 'the Chicago Seven', 'Ocean's Eleven', '7-Eleven': a number word
    capitalised after a capitalised word inside a sentence of running text (not a title-case
    headline) is part of a name."""
    last = doc[num.num_end - 1]
    if not (last.is_title and last.lower_ in _NUMBER_WORDS) or last.is_sent_start or _headline(doc, last):
        return False
    if num.value_max is not None:  # "7-Eleven": digits glued to a capitalised word
        return num.num_end - num.num_start == 3 and doc[num.num_start + 1].text == "-" \
            and not doc[num.num_start].whitespace_ and not doc[num.num_start + 1].whitespace_
    i = num.num_start
    if num.num_end - i != 1 or i < 1:
        return False
    prev = doc[i - 2] if i >= 2 and doc[i - 1].lower_ in ("'s", "’s", "of") else doc[i - 1]
    return prev.is_alpha and prev.is_title  # "Ocean's Eleven", "the Gang of Four"; not "said Three homes"


def name_ending_in_digits(doc: Doc, num: NumberSpan) -> bool:
    """'Studio 54 reopened': digits after a capitalised common noun, with a verb straight after,
    end the name the sentence is about (a count would be followed by what it counts)."""
    i, j = num.num_start, num.num_end
    if j - i != 1 or i < 1 or j >= len(doc) or not doc[i].text.isdigit() or num.tok_start != i:
        return False
    prev = doc[i - 1]
    return prev.is_alpha and prev.is_title and prev.tag_ == "NN" and prev.lower_ not in MONTHS \
        and doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD") and not _headline(doc, prev)


# fixed phrases whose number counts nothing; a set at a place allows any of its words
_POSSESSIVES = {"my", "his", "her", "their", "our", "your", "its"}
_IDIOMS: list[tuple[object, ...]] = [
    (("in", "of"), "two", "minds"), ("a", "million", ("thanks", "thank")), ("two", "birds", "with", "one", "stone"),
    ("killing", "two", "birds"), ("kill", "two", "birds"), ("killed", "two", "birds"), ("cloud", "nine"),
    (_POSSESSIVES, "two", ("cents", "cent", "pennies", "penny")), ("whole", "nine", "yards"), ("to", "the", "nines"),
    ("at", "sixes", "and", "sevens"), ("on", "all", "fours"), ("one", "of", "a", "kind"), ("six", "feet", "under"),
    ("second", "to", "none"), ("one", "and", "the", "same"), ("in", "two", "shakes"),
    ("put", "two", "and", "two"), ("two", "and", "two", "together"), ("a", "thousand", "times"),
    ("zero", "to", "hero"), ("takes", "two", "to", "tango"), ("one", "step", "forward"), ("two", "steps", "back"),
    ("two", "steps", "forward"), ("one", "step", "back"),
]


def _matches_at(doc: Doc, start: int, idiom: tuple[object, ...]) -> bool:
    if start < 0 or start + len(idiom) > len(doc):
        return False
    for k, part in enumerate(idiom):
        word = doc[start + k].lower_
        if word != part if isinstance(part, str) else word not in part:  # type: ignore[operator]
            return False
    return True


def idiom_number(doc: Doc, num: NumberSpan) -> bool:
    """'in two minds', 'a million thanks', 'on cloud nine', 'the whole nine yards': set phrases."""
    i = num.num_start
    word = doc[i].lower_
    for idiom in _IDIOMS:
        for k, part in enumerate(idiom):
            if (word == part if isinstance(part, str) else word in part) and _matches_at(doc, i - k, idiom):  # type: ignore[operator]
                return True
    return False


def championship_year(doc: Doc, num: NumberSpan) -> bool:
    """'Euro 2024 tickets': the European championship and its year, held every four years, not
    euros (an amount in euros is written "2,024 euros" or "EUR 2,024", or has a scale after it)."""
    i, j = num.num_start, num.num_end
    if j - i != 1 or i < 1 or doc[i - 1].text != "Euro" or not doc[i].text.isdigit() or len(doc[i].text) != 4:
        return False
    year = int(doc[i].text)
    return 1960 <= year <= 2040 and year % 4 == 0 and not (j < len(doc) and doc[j].lower_ in _NUMBER_WORDS | {"billion", "bn", "m", "mn"})


def podium_order(doc: Doc, num: NumberSpan) -> bool:
    """'a 1-2 finish', 'a one-two finish': the first two places, not a span from one to two."""
    return num.value == 1 and num.value_max == 2 and num.num_end < len(doc) and doc[num.num_end].lemma_.lower() == "finish"


def flight_code(doc: Doc, num: NumberSpan) -> bool:
    """'flight BA 117': the digits after an airline's code name a flight."""
    i = num.num_start
    code = doc[i - 1] if i >= 2 else None
    return code is not None and 2 <= len(code.text) <= 3 and code.text.isalnum() and code.text.isupper() \
        and doc[i - 2].lower_ in ("flight", "flights")


def _score(doc: Doc, k: int) -> bool:
    """Tokens k-3..k-1 are a score glued by a hyphen: "7-6", "6 - 4"."""
    return k >= 3 and doc[k - 1].text.isdigit() and doc[k - 2].text in ("-", "–") and doc[k - 3].text.isdigit()


def tiebreak_points(doc: Doc, num: NumberSpan) -> bool:
    """'won 7-6 (4), 6-3': the points of a tiebreak in brackets after a set's score."""
    i = num.num_start
    return i >= 1 and doc[i - 1].text == "(" and num.num_end < len(doc) and doc[num.num_end].text == ")" \
        and _score(doc, i - 1)


def set_in_a_scoreline(doc: Doc, num: NumberSpan) -> bool:
    """'beat him 4-6, 6-3, 7-6 (4)': one set's games in a list of set scores, not a span from
    four to six (a lone score, "a 9-2 lead", is left as it is read)."""
    i, j = num.num_start, num.num_end
    if num.value_max is None or j - i != 3 or not _score(doc, j):
        return False
    k = j  # the next score, past a comma and a tiebreak in brackets
    if k + 3 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    if k < len(doc) and doc[k].text == "," and _score(doc, k + 4):
        return True
    k = i  # the score before
    if k >= 1 and doc[k - 1].text == ",":
        k -= 1
        if k >= 3 and doc[k - 1].text == ")" and doc[k - 3].text == "(":
            k -= 3
        return _score(doc, k)
    return False


def paired_name_number(doc: Doc, num: NumberSpan) -> bool:
    """'the 737 Max 8 and 9 jets', 'Games 3 and 4': the second number of a pair after a name's
    number names a model or an item too."""
    i = num.num_start
    return num.num_end - i == 1 and i >= 3 and doc[i].text.isdigit() and doc[i - 1].lower_ in ("and", "or", "&") \
        and doc[i - 2].text.isdigit() and number_filters._name_number(doc, i - 2)


def model_before_name_and_number(doc: Doc, num: NumberSpan) -> bool:
    """'Boeing's 737 Max 8 aircraft': a maker's name, digits, a capitalised name word and digits
    again make one model's name (a count is followed by what it counts, not by a second number)."""
    i, j = num.num_start, num.num_end
    if j - i != 1 or j + 1 >= len(doc) or not doc[i].text.isdigit() or len(doc[i].text) < 3 or num.tok_start < i:
        return False
    maker = doc[i - 2] if i >= 2 and doc[i - 1].lower_ in ("'s", "’s") else doc[i - 1] if i >= 1 else None
    if maker is None or not (maker.is_alpha and maker.is_title and maker.pos_ == "PROPN"):
        return False  # the maker's name comes first: not "delivered 500 Model 3 cars"
    word, after = doc[j], doc[j + 1]
    return word.is_alpha and word.tag_ == "NNP" and (word.is_title or word.is_upper) and after.text.isdigit() \
        and word.lower_ not in MONTHS and len(after.text) <= 2


def legal_reference(doc: Doc, num: NumberSpan) -> bool:
    """'Section 302 read with 149', 'the Act, 1989 (33 of 1989)': a section read with another, and
    an act's number in its year."""
    i, j = num.num_start, num.num_end
    if i >= 2 and doc[i - 1].lower_ == "with" and doc[i - 2].lower_ == "read":
        return True
    return i >= 1 and doc[i - 1].text == "(" and j + 2 < len(doc) and doc[j].lower_ == "of" \
        and len(doc[j + 1].text) == 4 and doc[j + 1].text.isdigit() and doc[j + 2].text == ")"


def hyphenated_date(doc: Doc, num: NumberSpan) -> bool:
    """'on 15-9-1985': a day, a month and a year joined by hyphens, not a span from 9 to 1985."""
    i = num.num_start
    if num.value_max is None or not 1000 <= num.value_max <= 2100 or num.value > 12 or i < 2:
        return False
    return doc[i - 1].text in ("-", "/") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
        and doc[i - 2].text.isdigit() and int(doc[i - 2].text) <= 31


_CLOCK_AFTER = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "ist", "hrs"}


def clock_span(doc: Doc, num: NumberSpan) -> bool:
    """'at about 7-30 PM': hours and minutes joined by a hyphen, a time of day, not a span."""
    j = num.num_end
    return num.value_max is not None and num.value <= 24 and num.value_max in (0, 15, 30, 45) \
        and j < len(doc) and doc[j].lower_ in _CLOCK_AFTER and j - num.num_start == 3 \
        and not doc[num.num_start].whitespace_



_STREETS = {"street", "road", "avenue", "lane", "drive", "boulevard", "place", "square", "terrace", "crescent"}


def spelled_address(doc: Doc, num: NumberSpan) -> bool:
    """'Ten Downing Street said': a house number spelled out before a street's name."""
    i, j = num.num_start, num.num_end
    if j - i != 1 or not (doc[i].is_title and doc[i].lower_ in _NUMBER_WORDS):
        return False
    k = j
    while k < len(doc) and k - j < 3 and doc[k].is_title and doc[k].lower_ not in _STREETS:
        k += 1
    if not (j < k < len(doc) and doc[k].is_title and doc[k].lower_ in _STREETS):
        return False
    return k + 1 >= len(doc) or doc[k + 1].tag_ not in ("NNS", "NNPS")  # not "Five Oxford Street stores"
