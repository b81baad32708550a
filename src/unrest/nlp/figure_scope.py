"""Scope of a casualty or arrest figure: a running total (``cumulative``), one incident
(``incident``), or None when the report does not tell.

The figure's own clause decides first: "the death toll rose to 427", "since the protests began",
"across the country" and a tally "documented" by a monitor are running totals; a day ("on
Saturday"), a named incident ("in the blast", "when police fired") and "the toll from the
stampede" are one incident. A tally in the perfect with nothing of one day ("the ministry said
2,000 had been detained") is a running total too. Only when the clause tells nothing does a
figure follow another: a part its total ("846 injured, among them 306 civilians"), a figure of
the same sentence the one before it ("18 had been killed and 748 injured"), and a rival count of
a toll ("the ministry put the toll at 46") the figure it disputes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from unrest.models import Figure
from unrest.nlp.numbers import NumberSpan
from unrest.nlp.vocab import REPORTING_VERBS

CASUALTY = {"killed", "injured", "arrested", "executed", "missing", "displaced"}

_RUNNING_CUES = ("so far", "to date", "in total", "overall", "altogether", "in all", "thus far",
                 "till now", "until now", "cumulative", "over the past", "in the past", "in recent",
                 "over the last", "in the last", "throughout", "nationwide toll", "as of")
# a toll taken over a whole country or region, even on one day ("across the country on Tuesday")
_AREA_ADVERBS = {"nationwide", "countrywide", "statewide", "province-wide"}
_AREA_NOUNS = {"city", "town", "province", "state", "district", "region", "county", "country", "village"}
_WIDE_AREAS = {"country", "nation", "state", "province", "region"}  # "in the Western Province"
_SPELLS = {"day", "night", "week", "month"}  # "in two days of violence", "over the two nights"
_TALLY_VERBS = {"document", "record", "register", "tally", "compile", "tabulate"}
_TOTAL_FRAMES = {"toll", "tally", "total", "count"}
_FRAME_NOUNS = _TOTAL_FRAMES | {"number"}  # "put the number of dead at 104" frames a count too
_LEVEL_VERBS = {"rise", "climb", "reach", "increase", "mount", "jump", "swell", "bring", "take", "push", "hit",
                "grow", "exceed", "surpass", "top", "stand", "soar"}
_ONE_DAY = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "today", "tonight", "overnight", "morning", "afternoon", "evening", "night"}
_ONE_EVENT = {"attack", "blast", "explosion", "clash", "firing", "raid", "shooting", "stampede", "crackdown",
              "bombing", "ambush", "encounter", "incident", "fire", "riot", "collapse", "crash", "strike"}
# what "the toll from the ..." may name as one incident (a crackdown or a strike may last weeks)
_SINGLE_INCIDENTS = (_ONE_EVENT - {"crackdown", "strike"}) | {"dispersal", "massacre", "derailment", "assault"}
_MANY = {"these", "those", "several", "many", "various", "repeated", "multiple", "separate", "numerous"}
_RIVAL_REACH = 3  # sentences back a rival count of a toll looks for the figure it disputes


def figure_scope(doc: Doc, num: NumberSpan, category: str, unit_tok: Token | None, frame: Token | None,
                 part_of: Figure | None, previous: list[Figure]) -> str | None:
    """The scope of the figure ``num`` (see the module docstring); ``frame`` is its count frame
    ("toll" in "the toll rose to 427"), ``part_of`` the total it is a part of, ``previous`` the
    figures found before it."""
    if category not in CASUALTY:
        return None
    if part_of is not None and part_of.scope is not None:
        return part_of.scope
    anchor = unit_tok if unit_tok is not None else doc[num.num_end - 1]
    verb = clause_verb(anchor)
    words = _clause_tokens(verb, anchor) if verb is not None else list(anchor.sent)
    text = " " + " ".join(t.lower_ for t in words) + " "
    if _toll_of_one_incident(words):
        return "incident"  # "the death toll from the stampede has risen to 31"
    prev = doc[num.tok_start - 1] if num.tok_start > 0 else None
    levelled = verb is not None and prev is not None and prev.lower_ in ("to", "at") \
        and verb.lemma_.lower() in _LEVEL_VERBS  # "has risen to 427", "stands at 427"
    running = any(f" {cue} " in text for cue in _RUNNING_CUES) or _since(words, verb)
    if frame is not None and frame.lemma_.lower() in _FRAME_NOUNS:
        if levelled or running:
            return "cumulative"
        return _rival_of(doc, anchor, category, previous) or "cumulative"  # "put the toll at 46"
    if levelled or running or _area_wide(words, verb, anchor) or _tallied(words):
        return "cumulative"
    if any(t.lemma_.lower() in _TOTAL_FRAMES and t.pos_ == "NOUN" for t in words):
        return "cumulative"
    if _one_day(words):
        return "incident"
    if _several_incidents(words):
        return "cumulative"
    if _one_incident(words):
        return "incident"
    if verb is not None and _present_state(verb, category):
        return "cumulative"
    if verb is not None and _perfect(verb):
        return "cumulative"  # "the ministry said 2,000 had been detained": a tally to that day
    if verb is not None and verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in REPORTING_VERBS:
        # "In its latest count, the ombudsman said 12 had been killed": the reporting clause says it
        outer = [t for t in verb.head.subtree if not (verb.left_edge.i <= t.i <= verb.right_edge.i)]
        if any(t.lemma_.lower() in _TOTAL_FRAMES for t in outer):
            return "cumulative"
    mate = _sentence_mate(anchor, previous)
    if mate is not None:
        return mate
    if verb is not None and _simple_past(verb):
        return "incident"  # a narrated event ("police arrested 40"), not a tally to a date
    return None


def says_running_total(sent: Span) -> bool:
    """The sentence frames its figures as a tally: 'so far', 'since the protests began', 'the toll'."""
    text = " " + " ".join(t.lower_ for t in sent) + " "
    return any(f" {cue} " in text for cue in _RUNNING_CUES) or any(
        t.lower_ == "since" or t.lemma_.lower() in _FRAME_NOUNS and t.pos_ == "NOUN" for t in sent)


def clause_verb(tok: Token) -> Token | None:
    node = tok
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") and node is not tok or node.pos_ == "VERB":
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _clause_tokens(verb: Token, anchor: Token) -> list[Token]:
    """The verb's clause without the other clauses hung from it ('..., bringing the toll to 427')."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ in ("conj", "ccomp", "parataxis", "relcl", "acl", "advcl", "xcomp") \
                and not (child.left_edge.i <= anchor.i <= child.right_edge.i):
            if child.dep_ == "advcl" and any(g.lower_ in ("since", "as") for g in child.children if g.dep_ == "mark"):
                continue  # "since the protests began" still tells the scope
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
    return [t for t in verb.subtree if t.i not in skip]


def _toll_of_one_incident(words: list[Token]) -> bool:
    """'the toll from the stampede', 'the number killed in the blast', 'the blast toll'."""
    for tok in words:
        if tok.lemma_.lower() not in _FRAME_NOUNS:
            continue
        if any(c.dep_ == "compound" and c.lemma_.lower() in _SINGLE_INCIDENTS for c in tok.children):
            return True
        if any(p.dep_ == "prep" and p.lower_ in ("from", "of", "in") and o.dep_ == "pobj"
               and o.lemma_.lower() in _SINGLE_INCIDENTS for p in tok.children for o in p.children):
            return True
    return False


def _since(words: list[Token], verb: Token | None) -> bool:
    """'killed since Friday', 'killed since the protests began', but not 'the deadliest day since
    the unrest began': "since" must hang from the figure's verb, or mark a clause that does."""
    return verb is not None and any(
        t.lower_ == "since" and (t.head == verb or t.dep_ == "mark" and t.head.head == verb) for t in words)


def _area_wide(words: list[Token], verb: Token | None, anchor: Token) -> bool:
    """'across the country', 'nationwide', 'in the Western Province', 'in 12 cities', 'in two
    days of violence'. A place read only where it modifies the figure's own verb or noun, so
    'one was killed as protests spread across the country' stays one death."""
    for tok in words:
        lemma = tok.lemma_.lower()
        if lemma in _AREA_ADVERBS:
            return True
        if tok.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in tok.children):
            after = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
            if lemma in _AREA_NOUNS or (lemma in _SPELLS and after not in ("ago", "earlier", "later", "before")):
                return True
        if tok.dep_ == "prep" and tok.lower_ in ("across", "throughout", "in") and tok.head in (verb, anchor):
            for obj in tok.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in _WIDE_AREAS
                                           or tok.lower_ != "in" and obj.ent_type_ in ("GPE", "LOC")):
                    return True  # "across the country", "in the Western Province", "across Kenya"
    return False


def _tallied(words: list[Token]) -> bool:
    """'the group said it had documented 84 people wounded'."""
    return any(t.lemma_.lower() in _TALLY_VERBS and t.pos_ == "VERB" for t in words)


def _one_day(words: list[Token]) -> bool:
    """'on Saturday', 'overnight', 'on March 3' (a year alone is no day)."""
    return any(t.lower_ in _ONE_DAY or (t.ent_type_ in ("DATE", "TIME") and any(ch.isdigit() for ch in t.text)
                                        and not (t.text.isdigit() and len(t.text) == 4)) for t in words)


def _several_incidents(words: list[Token]) -> bool:
    """'wounded in two clashes', 'three attacks left two dead', 'killed during these riots'; a bare
    plural ("killed in clashes near the square") may be one episode, so it says nothing."""
    return any(t.lemma_.lower() in _ONE_EVENT and t.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or c.dep_ in ("det", "amod") and c.lower_ in _MANY for c in t.children) for t in words)


def _one_incident(words: list[Token]) -> bool:
    for tok in words:
        if tok.lemma_.lower() in _ONE_EVENT and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during", "after") \
                and tok.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in tok.children):
            return True  # "in the blast", "during a raid"; not the generic "in police firing"
        if tok.lower_ in ("when", "after", "as", "while") and tok.dep_ in ("mark", "advmod") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
            return True  # "when police fired", "after the march turned violent", not "after being held"
    return False


def _present_state(verb: Token, category: str) -> bool:
    """'9,000 people are living in camps', '30 are still missing': a state on the day of the report,
    which counts everyone so far. (People "being held" may be one raid's detainees.)"""
    if category not in ("displaced", "missing"):
        return False
    return verb.tag_ in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ")
                                              for c in verb.children)


def _perfect(verb: Token) -> bool:
    """'have been killed', 'had died', 'has detained'."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _simple_past(verb: Token) -> bool:
    """'were killed', 'arrested 40': the past tense, no perfect."""
    if _perfect(verb):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _sentence_mate(anchor: Token, previous: list[Figure]) -> str | None:
    """The scope of the casualty figure just before in the same sentence: '18 had been killed and
    748 injured', '53 were detained after the march turned violent; two dozen officers were hurt'."""
    sent = anchor.sent
    start, end = sent.start_char, sent.end_char
    for fig in reversed(previous):
        if fig.start < start:
            return None
        if fig.end <= end and fig.category in CASUALTY and fig.scope is not None:
            return fig.scope
    return None


def _rival_of(doc: Doc, anchor: Token, category: str, previous: list[Figure]) -> str | None:
    """A toll put at another number ('the ministry put the toll at 46') counts the same thing as
    the last figure of its kind a few sentences back, so it shares that figure's scope."""
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    here = next((k for k, s in enumerate(sents) if s.start <= anchor.i < s.end), 0)
    since = sents[max(0, here - _RIVAL_REACH)].start_char
    for fig in reversed(previous):
        if fig.start < since:
            return None
        if fig.category == category and fig.scope is not None:
            return fig.scope
    return None
