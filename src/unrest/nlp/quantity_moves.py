"""Moves up and down that the change rules of :mod:`unrest.nlp.quantity_change` miss, found by a
battery of every verb of rising and falling in every tense, particle, passive and round-up form
(``benchmarks/quantity_audit/round7_moves.jsonl``).

    further_move(doc, num)           # "shares bounced 4.5%", "floodwaters receded 40 cm", "picked up 2%"
    comparative_first(doc, num)      # "the index moved higher 2%", "yields drifted lower 4 bps"
    verb_then_comparative(doc, num)  # "the stock marched 3% higher" (a verb of motion, the comparative after)
    signed_after_name(doc, num)      # "Tokyo +0.8%, Seoul -1.2%", "the index finished +1.5%", "Oil: -2.3%"
    headline_move(doc, num)          # "Oil slides 3%", "Gold climbs back 1%": a verb the parser read as a noun
    name_then_particle(doc, num)     # "sensex down 410 points"
    misread_cut_by(doc, num)         # "the central bank cut rates by 50 basis points" ("cut" read as a noun)
    particle_then_further(doc, num)  # "down a further 2%", "up another 3%"
    added_to_close(doc, num)         # "added Rs 42 to close at Rs 1,815", "added 0.5% to R49.44"
    by_after_phrasal(doc, num)       # "fees were scaled back by 12%", "the Arctic has warmed by 4 degrees"
    gapped_past_mistags(doc, spans, out, k)  # "slumped 5% to R392.90 and Assore 6%": a price read as a verb
    active_by(doc, num)              # "sales dipped by 12 million units": "by" read as an agent
    sized_by(doc, num)               # "fell by 0.4 seconds after the stop": a size, not a moment
    level_before_move(doc, num)      # "trading at 36,780 down by 545 points": the level, no move
    stat_line_added(doc, num, unit)  # "added 17 points and 9 rebounds": a player's tally, no move

Used by :func:`unrest.nlp.quantities.find_quantities`. A signed per cent keeps its sign as written
("-1.2%" is -1.2, down), as the tuning half keeps "minus-130 degrees" with its label.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.nlp.number_span import NumberSpan
from unrest.nlp.quantity_listed_moves import compared_after
from unrest.nlp.vocab import CHANGE_DOWN, CHANGE_UP, MEASURE_UNITS

# verbs of a move the shared lists lack, as market, weather and business copy uses them: "shares
# bounced 4.5%", "the dollar faded 0.5%", "floodwaters receded 40 cm", "the stock surrendered 4%"
FURTHER_MOVE_VERBS = {"bounce": "up", "zoom": "up", "vault": "up", "catapult": "up", "mushroom": "up",
                      "harden": "up", "fade": "down", "recede": "down", "surrender": "down", "crater": "down",
                      "cratere": "down",  # (the parser's lemma of "cratered")
                      "subside": "down", "abate": "down", "ebb": "down", "wilt": "down", "taper": "down",
                      "deteriorate": "down", "worsen": "down", "hop": "up",
                      "wan": "down",  # (the parser's lemma of "waned")
                      "curtail": "down", "relinquish": "down",  # ("platinum miners relinquished 2.1%")
                      # temperatures and ice: "the planet has warmed 1.2C", "the ice sheet thinned by 2 metres"
                      "warm": "up", "cool": "down", "heat": "up", "thin": "down", "thicken": "up", "deepen": "up",
                      "shorten": "down"}
# phrasal verbs of a move whose particle the change rules do not read: "platinum picked up 2%",
# "stocks pulled back 1%", "the pound powered ahead 0.8%"
PHRASAL_MOVES = {("pick", "up"): "up", ("perk", "up"): "up", ("firm", "up"): "up", ("power", "ahead"): "up",
                 ("forge", "ahead"): "up", ("race", "ahead"): "up", ("surge", "ahead"): "up",
                 ("pull", "back"): "down", ("back", "off"): "down", ("fall", "away"): "down",
                 ("drop", "off"): "down", ("tail", "off"): "down", ("fall", "off"): "down", ("shave", "off"): "down",
                 # a cut or a rise made by someone: "fees were scaled back 12%", "the grant was topped up 5%"
                 ("scale", "back"): "down", ("roll", "back"): "down", ("dial", "back"): "down", ("wind", "back"): "down",
                 ("top", "up"): "up"}
_COMPARATIVES = {"higher": "up", "lower": "down"}
# words after the number that make it the size of a move, not a count of things
MOVE_UNITS = {"%", "percent", "per", "pc", "pct", "points", "point", "pts", "bps", "basis", "cents", "cent", "pence",
               "paise", "percentage"}
# units that count occasions or spans of time, never a move's size: "bounced three times"
_NOT_SIZES = {"time", "times", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
              "weeks", "month", "months", "year", "years"}
# words a move may stand behind: "receded by 40 cm", "faded a further 1%"
_FILLERS = {"by", "a", "further", "another", "some", "nearly", "almost", "about", "around", "roughly"}


def _sized(doc: Doc, num: NumberSpan) -> bool:
    """The number is the size of a move: a share, an amount of money, or a measure or points after it."""
    if num.kind in ("percent", "money") or num.suffix.lower() in MEASURE_UNITS and num.suffix.lower() not in _NOT_SIZES:
        return True  # (a unit glued to the digits: "warmed 1.2C")
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    lemma = doc[num.tok_end].lemma_.lower() if after else ""
    return after in MOVE_UNITS or (after in MEASURE_UNITS or lemma in MEASURE_UNITS) and after not in _NOT_SIZES


def _of_follows(doc: Doc, num: NumberSpan) -> bool:
    """'surrendered 40% of its stake', 'picked up 20% of the vote', 'cooled 2 litres of stock': a part or
    an amount of something, no move."""
    k = num.tok_end
    while k < len(doc) and (doc[k].lower_ in MOVE_UNITS or doc[k].lemma_.lower() in MEASURE_UNITS):
        k += 1
    return k < len(doc) and doc[k].lower_ == "of"


def _verb_before(doc: Doc, num: NumberSpan) -> tuple[Token | None, Token | None]:
    """The verb right before the number, past fillers, with its particle if one stands between."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in _FILLERS and doc[k].pos_ != "VERB":
        k -= 1
    particle = None
    if k >= 1 and doc[k].dep_ in ("prt", "advmod") and doc[k].lower_ in {p for _, p in PHRASAL_MOVES}:
        particle, k = doc[k], k - 1
    if k < 0 or doc[k].pos_ != "VERB":
        return None, None
    return doc[k], particle


# verbs of a currency's or a price's move that take no object, whose size may come before a "to"
# of the level ("the ringgit firmed 0.3 per cent to 4.68 to the dollar"), read here when the rule
# for "adding $10,000 to the price" turns them away
_CURRENCY_MOVES = {"firm": "up", "strengthen": "up", "appreciate": "up", "soften": "down", "weaken": "down",
                   "depreciate": "down"}


# verbs whose points are a game's as often as a market's: only a share or money is their move
_SPORTING_VERBS = {"surrender", "pick"}


def further_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a size of a move right after a verb of :data:`FURTHER_MOVE_VERBS` or a phrasal
    verb of :data:`PHRASAL_MOVES`: "shares bounced 4.5%", "bounced back 6%", "floodwaters receded
    40 cm", "platinum picked up 2%" (not "bounced three times", "picked up 20% of the vote")."""
    if num.value_max is not None or not _sized(doc, num) or _of_follows(doc, num):
        return None
    verb, particle = _verb_before(doc, num)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in _SPORTING_VERBS and num.kind not in ("percent", "money"):
        return None  # (a game's points: "the defence surrendered 28 points", "picked up three points")
    if particle is not None and (lemma, particle.lower_) in PHRASAL_MOVES:
        return PHRASAL_MOVES[(lemma, particle.lower_)] if _market_size(doc, num) else None
    if lemma in _MARKET_VERBS and not _market_size(doc, num):
        return None  # (a distance: "the ball bounced 2 metres", "troops pulled back 20 km")
    return FURTHER_MOVE_VERBS.get(lemma) or _CURRENCY_MOVES.get(lemma)


# verbs of a price's move whose measure of length or weight is something else: "bounced 2 metres"
_MARKET_VERBS = {"bounce", "zoom", "vault", "catapult", "crater", "cratere", "harden", "fade", "surrender", "hop",
                 "relinquish",
                 "firm", "strengthen", "appreciate", "soften", "weaken", "depreciate"}


def _market_size(doc: Doc, num: NumberSpan) -> bool:
    """A share, money, or points, basis points or cents: the size of a price's or an index's move."""
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    return num.kind in ("percent", "money") or after in MOVE_UNITS


def comparative_first(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "higher"/"lower" between a verb and the size of a move: "the index moved higher
    2%", "the Nikkei edged lower 0.2%", "yields drifted lower 4 basis points"."""
    k = num.tok_start - 1
    if k < 1 or num.value_max is not None or doc[k].lower_ not in _COMPARATIVES or not _sized(doc, num):
        return None
    verb = doc[k - 1]
    if verb.pos_ != "VERB" and not (verb.pos_ == "AUX" and verb.lemma_.lower() == "be"):
        return None
    return _COMPARATIVES[doc[k].lower_]


# verbs of motion whose way the comparative after the number gives: "the stock marched 3% higher"
_MARCHING_VERBS = {"march", "power", "race", "charge", "storm", "sail", "steam", "shoot", "jolt", "swing", "lurch",
                   "spring", "track", "float", "sweep", "push", "grind", "claw", "lumber", "stagger", "limp",
                   "spurt", "run", "mark"}  # ("volumes are running 20% higher", "shares were marked 5% lower")


def verb_then_comparative(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a share or points right after a verb of motion and right before "higher"/"lower":
    "the stock marched 3% higher", "shares lurched 5% lower" (not "scored 18 points lower", a
    comparison, nor "3% higher than a year ago")."""
    if num.value_max is not None or num.kind != "percent" and not _sized(doc, num):
        return None
    k = num.tok_end
    while k < len(doc) and doc[k].lower_ in MOVE_UNITS:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in _COMPARATIVES or compared_after(doc, k):
        return None
    verb = doc[num.tok_start - 1] if num.tok_start > 0 else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _MARCHING_VERBS | set(FURTHER_MOVE_VERBS):
        return None
    return _COMPARATIVES[doc[k].lower_]


# verbs of a session's end or course before a signed per cent: "the Nikkei finished +1.5%"
_SESSION_VERBS = {"close", "end", "finish", "settle", "trade", "open", "stand", "move", "edge", "go"}


def _name_like(tok: Token) -> bool:
    """A word of a market's or a sector's name: "Tokyo", "Hong Kong", "energy" (read as a name or a noun)."""
    return tok.is_alpha and tok.pos_ in ("PROPN", "NOUN")


# words before a colon that give a forecast or an earlier figure, a level: "(consensus: -0.2%)"
_FORECAST_WORDS = {"consensus", "forecast", "expectation", "estimate", "previous", "prior", "poll", "survey", "median",
                   "target", "guidance", "revised", "expected"}


def signed_after_name(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a per cent signed with + or - right after a market's name at the head of a
    list ("Tokyo +0.8%, Seoul -1.2%, Sydney +0.3%") or after a verb of a session ("finished
    +1.5%", "closed -0.4%"); not "(consensus: -0.2%)" nor "the yield was -0.2%", levels."""
    sign = doc[num.num_start].text[:1]
    if num.kind != "percent" or num.value_max is not None or sign not in "+-−" or num.num_start == 0:
        return None
    before = doc[num.num_start - 1]
    change = "up" if sign == "+" else "down"
    if before.pos_ == "VERB" and before.lemma_.lower() in _SESSION_VERBS:
        return change
    colon = before.text == ":" and before.i > 0
    if colon:
        before = doc[before.i - 1]  # "Oil: -2.3%. Gold: +0.6%." (not "consensus: -0.2%", a forecast)
        if before.lemma_.lower() in _FORECAST_WORDS:
            return None
    if not _name_like(before):
        return None
    k = before.i
    while k > 0 and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "DET"):
        k -= 1  # "Hong Kong +0.4%", "the Dow industrial average -1.4%", "S&P index -1.8%"
    if colon:
        return change if k == before.sent.start else None
    return change if k == before.sent.start or doc[k - 1].lower_ in (",", ";", ":", "(", "and", "while") else None


def active_by(doc: Doc, num: NumberSpan) -> bool:
    """"by" after an active verb of change, which the parser may read as a passive's agent: "sales
    dipped by 12 million units" (not "the drone was downed by two jets")."""
    node = doc[num.num_end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i > node.i:
        node = node.head
    by = node.head
    verb = by.head
    return node.dep_ == "pobj" and by.dep_ == "agent" and verb.tag_ in ("VBD", "VBZ", "VBP") \
        and verb.lemma_.lower() in CHANGE_UP | CHANGE_DOWN \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def sized_by(doc: Doc, num: NumberSpan) -> bool:
    """A span of time after "by" and a verb of change is the size of the change, even with "after"
    or "later" behind it: "lap times fell by 0.4 seconds after the stop"."""
    k = num.tok_start - 1
    return k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lemma_.lower() in CHANGE_UP | CHANGE_DOWN


# verbs of a move that headlines put in the present and the shared lists lack: "Gold firms 1%"
_HEADLINE_MOVES = {"firm": "up", "spurt": "up", "nosedive": "down", "slacken": "down", "wane": "down", "pare": "down",
                   "decelerate": "down", "skid": "down", "dwindle": "down", "stumble": "down"}


def _lemma_direction(lemma: str) -> str | None:
    """up / down for a verb's lemma, from the shared lists or this module's."""
    if lemma in CHANGE_UP:
        return "up"
    if lemma in CHANGE_DOWN:
        return "down"
    return FURTHER_MOVE_VERBS.get(lemma) or _CURRENCY_MOVES.get(lemma) or _HEADLINE_MOVES.get(lemma)


def headline_move(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for a headline's verb in the present that the parser reads as a plural noun:
    "Oil slides 3% on supply fears", "Sensex tanks 800 pts", "Gold climbs back 1%", "Gold moves
    higher 1%" (the subject a noun right before it; not the subject of a later verb: "steep price
    falls 4% above forecasts were seen")."""
    k = num.tok_start - 1
    if k < 1 or num.value_max is not None or not _sized(doc, num):
        return None
    word = doc[k].lower_
    if word in ("back", "higher", "lower", "up", "down") and k >= 2:
        k -= 1  # "climbs back 2%", "moves higher 2%"
    verb, subject = doc[k], doc[k - 1]
    particle = k < num.tok_start - 1  # (a noun is not followed by "higher" and a size: no subject of a later verb)
    if verb.tag_ != "NNS" or not verb.lower_.endswith("s") or not _headline_subject(doc, num, subject) \
            or not particle and verb.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
            or any(t.pos_ in ("VERB", "AUX") for t in doc[verb.sent.start:k]):
        return None
    if word in _COMPARATIVES or word in ("up", "down"):
        return _COMPARATIVES.get(word, word)
    return _lemma_direction(verb.lemma_.lower())


def _headline_subject(doc: Doc, num: NumberSpan, subject: Token) -> bool:
    """A noun, or the word opening the headline that the parser took for an adjective ("Gold rockets
    3%", "gold plummets 2%"; not "Big gains 5% higher than expected", a comparison)."""
    if subject.pos_ in ("NOUN", "PROPN"):
        return True
    k = num.tok_end
    while k < len(doc) and doc[k].lower_ in MOVE_UNITS:
        k += 1
    return subject.pos_ == "ADJ" and subject.i == subject.sent.start \
        and not (k < len(doc) and doc[k].lower_ in _COMPARATIVES)


def name_then_particle(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "up"/"down" between a market's name and the size of its move, when the parser
    takes a lower-case name for a noun and the adverb for its particle: "Sensex up 250 points"."""
    k = num.tok_start - 1
    if k < 1 or num.value_max is not None or not _sized(doc, num):
        return None
    particle = doc[k]
    if particle.lower_ not in ("up", "down") or particle.dep_ != "prt" or particle.head.i != k - 1 \
            or particle.head.pos_ != "NOUN":
        return None  # (the name right before: not "runner-up 3 times", the hyphen between)
    return particle.lower_


def misread_cut_by(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "by" after a verb of change the parser reads as a noun, as it does with "cut"
    after a name: "the central bank cut rates by 50 basis points" (the verb follows its subject and
    has an object before "by"; not "a rate cut by the Fed", "the 2% cut by the bank")."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in ("a", "an", "further", "another"):
        k -= 1
    if k < 3 or doc[k].lower_ != "by":
        return None
    j = k - 1
    while j > k - 4 and doc[j].pos_ in ("NOUN", "PROPN", "DET", "ADJ") and doc[j].lemma_.lower() not in CHANGE_UP | CHANGE_DOWN:
        j -= 1
    verb = doc[j]
    if j == k - 1 or verb.pos_ != "NOUN" or doc[j - 1].pos_ not in ("NOUN", "PROPN") or doc[j - 1].lower_ in _RATE_NOUNS:
        return None
    lemma = verb.lemma_.lower()
    return "up" if lemma in CHANGE_UP else "down" if lemma in CHANGE_DOWN else None


# nouns that make "rate cut" or "price rise" one noun, not a subject and its verb
_RATE_NOUNS = {"rate", "price", "tax", "pay", "wage", "job", "budget", "fare", "fee", "spending", "cost", "interest"}


def level_before_move(doc: Doc, num: NumberSpan) -> bool:
    """A level after "at" or "to" with the move stated right after it, commas stripped: "was trading
    at 36,780 down by 545 points", "closed at 7,650 up 45 points" (the move is the next number's)."""
    k = num.tok_end
    while k < len(doc) and doc[k].lower_ in MOVE_UNITS:
        k += 1
    if num.num_start == 0 or doc[num.num_start - 1].lower_ not in ("at", "to") or k + 1 >= len(doc):
        return False
    return doc[k].lower_ in ("up", "down", "higher", "lower") and (doc[k + 1].lower_ == "by" or doc[k + 1].like_num)


# words between "up"/"down" and the size of a further move: "down a further 2%", "up another 3%"
_FURTHER_WORDS = {"a", "an", "further", "another", "additional", "extra"}


def particle_then_further(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "up"/"down" with "a further" or "another" before the size: "the index is down a
    further 2%", "rents are up another 3%"."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in _FURTHER_WORDS and num.tok_start - k <= 2:
        k -= 1
    if k < 1 or k == num.tok_start - 1 or doc[k].lower_ not in ("up", "down") or not _sized(doc, num):
        return None
    return doc[k].lower_ if doc[k - 1].pos_ in ("AUX", "VERB", "NOUN", "PROPN") or doc[k - 1].text == "," else None


def added_to_close(doc: Doc, num: NumberSpan) -> str | None:
    """up for an amount added before "to close at" or "to end at", or a share added before the price
    it reached, as market copy gives a share's move: "the stock added Rs 42 to close at Rs 1,815",
    "the bank added 0.5% to R49.44" (not "added $10,000 to the price")."""
    k = num.tok_end
    while k < len(doc) and doc[k].lower_ in MOVE_UNITS:
        k += 1
    verb = doc[num.tok_start - 1] if num.tok_start > 0 else None
    if verb is None or verb.lemma_.lower() != "add" or verb.pos_ != "VERB" or k + 1 >= len(doc):
        return None
    if doc[k].lower_ != "to":
        return None
    if doc[k + 1].lemma_.lower() in _CLOSING_VERBS:
        return "up"
    # a share added before the price reached, whatever the tagger made of the price: "added 0.5% to R49.44"
    price = doc[k + 2] if doc[k + 1].is_currency and k + 2 < len(doc) else doc[k + 1]
    return "up" if num.kind == "percent" and any(c.isdigit() for c in price.text) else None


_CLOSING_VERBS = {"close", "end", "finish", "settle", "stand", "trade"}


def by_after_phrasal(doc: Doc, num: NumberSpan) -> str | None:
    """up / down for "by" after a phrasal verb of change, the particle saying which way: "fees were
    scaled back by 12%", "the levy was marked down by 5 cents", "the company dialled back prices by
    8%", or after a verb of :data:`FURTHER_MOVE_VERBS` ("output was curtailed by 10%", "the Arctic has
    warmed by nearly 4 degrees")."""
    k = num.tok_start - 1
    while k >= 0 and doc[k].lower_ in ("a", "an", "further", "another"):
        k -= 1
    if k < 1 or doc[k].lower_ != "by" or doc[k].head.pos_ != "VERB":
        return None
    verb = doc[k].head
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("prt", "advmod") and child.i < k and (lemma, child.lower_) in PHRASAL_MOVES:
            return PHRASAL_MOVES[(lemma, child.lower_)] if _market_size(doc, num) else None
        if child.dep_ == "prt" and child.lower_ in ("up", "down") and child.i < k:
            return child.lower_
    return FURTHER_MOVE_VERBS.get(lemma)


# what a player adds to a game's tally: "added 12 rebounds", "added two goals" (a statistic, not a move)
_STAT_UNITS = {"rebound", "assist", "goal", "run", "wicket", "try", "touchdown", "yard", "tackle", "save", "steal",
               "block", "birdie", "ace", "catch", "sack", "interception", "strikeout", "hit", "boundary", "six", "four"}
_PERSON_PRONOUNS = {"he", "she", "they", "i", "we"}


def stat_line_added(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """A player's statistic after "added", as a game report lists it: "Smith added 12 points and 8
    rebounds", "the striker added two goals" (not "the Dow added 200 points", a market's move)."""
    verb = doc[num.tok_start - 1] if num.tok_start > 0 else None
    if verb is None or verb.lemma_.lower() != "add" or verb.pos_ != "VERB" or unit is None:
        return False
    noun = unit.split()[-1]
    if noun in _STAT_UNITS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in _PERSON_PRONOUNS)
    return noun == "point" and (person or any(t.lemma_.lower() in _STAT_UNITS for t in verb.subtree))


def _name_read_as_verb(doc: Doc, tok: Token, num: NumberSpan) -> bool:
    """A present-tense "verb" between "and" or a comma and the number is a name: "and industrials 0.5%",
    lower-case "shell 1.8%"."""
    return tok.i == num.tok_start - 1 and tok.i > 0 and tok.tag_ in ("VBZ", "VBP") \
        and (doc[tok.i - 1].lower_ == "and" or doc[tok.i - 1].text == ",") and tok.lemma_.lower() not in CHANGE_UP | CHANGE_DOWN


def gapped_past_mistags(doc: Doc, spans: list[NumberSpan], out: list, k: int) -> str | None:
    """The change of an earlier per cent said again without its verb, when the parser took a price
    or a plural name in the gap for a verb: "Kumba slumped 5.3% to R392.90 and Assore 6.2% to
    R277.52" ("R392.90" read as a verb), "resources climbed 0.6% and industrials 0.5%" ("industrials"
    read as a verb, as is "shell" in lower-case copy). Only per cents, and only with "and" or a comma
    and a name in the gap."""
    num = spans[k]
    if out[k].unit != "percent" or num.tok_start == 0 or num.value_max is not None:
        return None
    after = doc[num.tok_end].lower_ if num.tok_end < len(doc) else ""
    if after in ("of", "than", "above", "below", "higher", "lower", "more", "less"):
        return None
    before_word = doc[num.tok_start - 1]
    if before_word.pos_ == "DET" or before_word.lower_ in ("to", "at", "from", "of", "than", "by", "over", "under"):
        return None
    for j in range(k - 1, -1, -1):
        if out[j].unit != "percent":
            continue
        if not out[j].change:
            return None
        gap = doc[spans[j].tok_end:num.tok_start]
        verbs = [t for t in gap if t.pos_ in ("VERB", "AUX")]
        if len(gap) > 15 or not verbs or any(t.is_sent_start for t in gap) \
                or not any(t.lower_ == "and" or t.text == "," for t in gap):
            return None
        if all(any(c.isdigit() for c in t.text) or _name_read_as_verb(doc, t, num) for t in verbs):
            return out[j].change
        return None
    return None
