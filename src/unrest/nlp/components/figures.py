"""spaCy components ``unrest_numbers`` and ``unrest_figures``: numbers, then what they count.

``unrest_numbers`` finds number expressions (see :mod:`unrest.nlp.numbers`), and the article of
one person harmed ("police killed a demonstrator", :mod:`unrest.nlp.lone_people`). ``unrest_figures``
turns each into a :class:`unrest.models.Figure` with a category and a unit, decided in this order:

1. the kind of number: money and percentages say what they are;
2. an ordinal of a day/week ("ninth straight day") is a duration;
3. the counted noun, when it names places, periods or currency ("40 towns", "three days");
4. a casualty word next to the number or above it in the parse ("19 people have been killed",
   "1,300 detained", "the death toll rose to 427");
5. the counted noun for forces and crowds ("850 fighters", "5,000 protesters"), or people with a
   verb of deployment or protest;
6. an elliptical number borrows from the figure it lists ("73 died: 43 in X, 27 in Y").

Attribution, event links, scope and status are filled in later by the events component.
"""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Token

from unrest.models import Figure
from unrest.nlp.modality import modality
from unrest.nlp import extensions  # noqa: F401  (registers Doc._ attributes)
from unrest.nlp.figure_scope import CASUALTY, clause_verb, figure_scope
from unrest.nlp.lone_people import lone_casualties
from unrest.nlp.degraded_copy import caseless
from unrest.nlp.numbers import NumberFinder, NumberSpan
from unrest.nlp.vocab import (
    CHANGE_DOWN, CHANGE_TRANSITIVE, CHANGE_UP, CASUALTY_CUES, COUNT_FRAMES, CURRENCY_NAMES, DEPLOYMENT_VERBS, DOLLAR_PREFIXES, NON_PERSON_UNITS, PARTICIPATION_VERBS, STRONG_CASUALTY_NOUNS, UNIT_ALIASES,
    UNIT_CATEGORIES, WEAK_CASUALTY_CUES,
)

# tokens that may sit between a number and its casualty word: "19 people have been killed"
_BRIDGE = {"have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly",
           "also", "so", "far", "who", "that", "allegedly", "later", "all", "more", "others",
           "since", "subsequently", "were", "got", "get", "either", "now", "already", "in",
           "police", "security", "forces", "the", "by", "seriously", "critically",
           "fatally", "badly", "severely", "mostly", "shot", "gunned", "found", "left", "lay",
           "taken", "into", "sent", "under", "put", "behind", "placed", "kept", "to", "reported",
           "declared", "confirmed", "feared", "presumed", "believed", "admitted", "brought", "rushed",
           "with", "later", "since", "reportedly", "a", "an", "gunshot", "bullet", "serious", "minor"}
# "burnt to death", "hacked to death", "stoned to death": any verb followed by "to death"
_TO_DEATH = ("to", "death")


@Language.factory("unrest_numbers", requires=["doc.ents", "token.dep"], assigns=["doc._.unrest_numbers"])
def make_numbers(nlp: Language, name: str) -> NumberFinderComponent:
    return NumberFinderComponent()


class NumberFinderComponent:
    def __init__(self) -> None:
        self.finder = NumberFinder()

    def __call__(self, doc: Doc) -> Doc:
        spans = self.finder(doc)
        taken = {k for s in spans for k in range(s.tok_start, s.tok_end)}
        spans += lone_casualties(doc, taken)  # "police killed a demonstrator": a toll of one
        doc._.unrest_numbers = sorted(spans, key=lambda s: s.tok_start)
        return doc


@Language.factory("unrest_figures", requires=["doc._.unrest_numbers", "token.dep", "token.lemma"],
                  assigns=["doc._.unrest_figures"])
def make_figures(nlp: Language, name: str) -> FigureClassifier:
    return FigureClassifier()


class FigureClassifier:
    """Category and unit for every number span (see the module docstring for the order)."""

    def __call__(self, doc: Doc) -> Doc:
        figures: list[Figure] = []
        by_token: dict[int, Figure] = {}
        text = doc.text  # Doc.text joins every token anew on each call
        for num in doc._.unrest_numbers or []:
            fig = self.classify(doc, text, num, len(figures), by_token, figures)
            if fig is None:
                continue
            figures.append(fig)
            for k in range(num.num_start, num.num_end):
                by_token[k] = fig
        doc._.unrest_figures = figures
        return doc

    def classify(self, doc: Doc, text: str, num: NumberSpan, n: int, by_token: dict[int, Figure],
                 previous: list[Figure]) -> Figure | None:
        unit_tok = find_unit(doc, num)
        unit = _unit_name(unit_tok) if unit_tok is not None else None
        category = None
        part = None
        if num.kind == "money":
            category, unit = "money", num.currency or unit or "currency"
        elif num.kind == "percent":
            return None  # a share, not a count (the numbers layer still has it)
        elif num.kind == "ordinal_duration":
            category, unit = "duration", doc[num.tok_end - 1].lemma_.lower()
        elif _hyphen_duration(doc, num):
            category, unit = "duration", doc[num.num_end + 1].lemma_.lower()  # "a 36-hour curfew"
        if category is None and unit in UNIT_CATEGORIES and UNIT_CATEGORIES[unit] in ("places", "duration", "money"):
            category = UNIT_CATEGORIES[unit]
        if category is None and _released(doc, num, unit_tok):
            category = "other"  # "655 detained, of whom 470 have been released": no longer held
        if category is None:
            part = _part_of(doc, num, unit_tok, previous)  # "25 killed, nine of them police officers"
            if part is not None:
                category, unit = part.category if part.category != "other" else None, unit or part.unit
        if category is None:
            first = _conjunct_of(doc, unit_tok, previous)  # "killed 40 civilians and six soldiers"
            if first is not None:
                category = first.category
        if category is None and unit_tok is not None and unit_tok.lemma_.lower() in NON_PERSON_UNITS:
            category = "other"  # "three attacks left two dead": the attacks are no casualties
        if category is None:
            category = casualty_category(doc, num, unit_tok)
        if category is None and unit is not None:
            cat = _unit_category(unit) or (_unit_category(unit_tok.lemma_.lower()) if unit_tok is not None else None)
            if cat == "forces" and unit_tok is not None and not _formation_of_forces(unit_tok):
                cat = None  # "fined 300 companies": firms, not companies of troops
            category = cat if cat else _people_category(doc, num, unit_tok)
        if category is None and unit is None:
            category = _people_category(doc, num, None)  # "a sit-in attended by thousands"
        if category is None:
            inherited = _elliptical(doc, num, by_token, previous, has_unit=unit is not None)
            if inherited is not None:
                category, unit = inherited.category, unit or inherited.unit
        if category is None:
            category = "other"
        if unit is None:
            unit = "person" if category in CASUALTY or category == "participants" else "count"
        end = num.end
        if unit_tok is not None and unit_tok.i == num.tok_end:
            end = unit_tok.idx + len(unit_tok)  # "19 people": the span names what is counted
        start = num.start
        total = part if part is not None else _part_of(doc, num, unit_tok, previous) if category in _TOTALLED else None
        return Figure(
            id=f"f{n + 1}", category=category, unit=unit, value=num.value, value_max=num.value_max,
            qualifier=num.qualifier, text=text[start:end], start=start, end=end,
            change=direction(doc, num),
            scope=figure_scope(doc, num, category, unit_tok, _count_frame(doc, doc[num.num_end - 1]), part, previous),
            status=figure_status(doc, num, unit_tok),
            part_of=total.id if total is not None and total.id and total.category == category else None,
        )


# the categories whose parts are named beside their totals ("five killed, including two guards")
_TOTALLED = frozenset(CASUALTY | {"participants", "forces"})


# -- status of a casualty or arrest figure ------------------------------------------------
def figure_status(doc: Doc, num: NumberSpan, unit_tok: Token | None) -> str:
    """'Police denied that 12 were killed' -> denied; 'threatened to arrest hundreds' -> threatened;
    'up to 500 could be detained' -> hypothetical; else asserted. The casualty verb over the number
    is read with the events' modality rules."""
    anchor = unit_tok if unit_tok is not None else doc[num.num_end - 1]
    node = anchor
    for _ in range(4):
        if node.pos_ == "VERB" or (_cue(node) and node is not anchor) or (node.pos_ == "ADJ" and _cue(node)):
            break
        if node.head is node:
            return "asserted"
        node = node.head
    if node is anchor and node.pos_ != "VERB":
        return "asserted"
    return modality(node).status


# words that count troops only as formations: "five companies of CRPF", "two units were deployed"
_FORMATIONS = {"company", "unit", "column"}


def _formation_of_forces(noun: Token) -> bool:
    """A formation word counts forces when forces are named with it or sent somewhere."""
    if noun.lemma_.lower() not in _FORMATIONS:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True  # "companies of the Rapid Action Force"
    return any(t.lemma_.lower() in DEPLOYMENT_VERBS for t in noun.sent)


def _unit_category(unit: str) -> str | None:
    """What a counted noun is: 'fighter' -> forces, 'rambhakts' (no lemma) -> participants."""
    last = unit.split()[-1]
    for key in (unit, last, last[:-1] if last.endswith("s") else last):
        if key in UNIT_CATEGORIES:
            return UNIT_CATEGORIES[key]
    return None


def _part_of(doc: Doc, num: NumberSpan, unit_tok: Token | None, previous: list[Figure]) -> Figure | None:
    """A part of a total named just before: '846 injured, among them 306 civilians and 500 police
    officers', 'nine of them police officers', 'those killed included nine police officers'."""
    tok = doc[num.num_end - 1]
    sent = tok.sent
    before = [t.lower_ for t in doc[max(sent.start, num.tok_start - 3):num.tok_start]]
    after = [t.lower_ for t in doc[num.num_end:min(len(doc), num.num_end + 2)]]
    total = next((f for f in reversed(previous) if f.category not in ("other", "duration", "money", "places")), None)
    if total is not None and _same_sentence(doc, total, tok) and (
            set(before) & {"including", "among", "whom", "incl", "included"} or after[:2] in (["of", "them"], ["of", "whom"])
            or (before and before[-1] in ("and", ",") and _listed_with(doc, num, previous))):
        return total
    # "those killed included nine police officers": the subject of "include" says what they are
    noun = unit_tok if unit_tok is not None else tok
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() in ("include", "comprise"):
        for subj in verb.children:
            if subj.dep_ == "nsubj":
                cats = [c for t in subj.subtree if (c := _cue(t))]
                if cats:
                    return Figure("", cats[0], "person", 0, None, "exact", "", 0, 0)
    return None


def _conjunct_of(doc: Doc, unit_tok: Token | None, previous: list[Figure]) -> Figure | None:
    """The casualty or arrest figure whose counted noun this one's is joined to by "and"/"or"."""
    if unit_tok is None or unit_tok.dep_ != "conj":
        return None
    after = unit_tok.right_edge.i + 1
    if after < len(doc) and doc[after].tag_ in ("VBD", "VBZ", "VBP"):
        return None  # "killed 5 people and 2,000 residents fled": the subject of a clause of its own
    first = unit_tok.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return next((f for f in reversed(previous) if f.start <= first.idx < f.end
                 and (f.category in CASUALTY or f.category == "arrested")), None)


def _listed_with(doc: Doc, num: NumberSpan, previous: list[Figure]) -> bool:
    """'among them 306 civilians and more than 500 police officers': the second of a list of parts."""
    if len(previous) < 2:
        return False
    last = previous[-1]
    gap = doc.text[last.end:num.start].lower()
    lead = doc.text[max(0, last.start - 20):last.start].lower()
    return len(gap) < 40 and gap.strip(" ,").removesuffix("more than").strip() in ("and", "", "or") \
        and any(w in lead for w in ("among", "including", "of them", "of whom"))


def _hyphen_duration(doc: Doc, num: NumberSpan) -> bool:
    j = num.num_end
    return j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lemma_.lower() in ("hour", "day", "week", "month", "year", "minute")


def find_unit(doc: Doc, num: NumberSpan) -> Token | None:
    """The noun a number counts: '850 ... fighters', 'hundreds of protesters', 'number of X at N'."""
    last = doc[num.num_end - 1]
    for tok in doc[num.num_start:num.num_end]:
        head = tok.head
        if head.i >= num.num_end and tok.dep_ in ("nummod", "quantmod", "compound", "amod") \
                and head.pos_ in ("NOUN", "PROPN") and head.i - num.num_end < 8:
            if head.pos_ == "NOUN" and head.ent_type_ not in ("ORG", "GPE", "NORP", "PERSON"):
                return _skip_partitive(doc, head)
            break
    # "hundreds of protesters", "1,300 of them", "a dozen of the detainees"
    if num.num_end + 1 < len(doc) and doc[num.num_end].lower_ == "of":
        pobj = next((c for c in doc[num.num_end].children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.i - num.num_end < 7 and (pobj.pos_ == "NOUN" or _cue(pobj)) \
                and pobj.lower_ not in ("thousands", "millions"):
            return pobj  # "dozens of opposition lawmakers", "40 of the injured"
        for tok in doc[num.num_end + 1:min(len(doc), num.num_end + 6)]:
            if tok.pos_ in ("NOUN",) and tok.lower_ not in ("thousands", "millions"):
                return tok
            if tok.pos_ in ("VERB", "PUNCT", "AUX", "ADP"):
                break
    # scan the noun phrase to the right: "roughly 400 Wagner, Chadian rebel and RSF-aligned fighters"
    best = None
    run: set[int] = set()
    after_comma = False
    for tok in doc[num.num_end:min(len(doc), num.num_end + 12)]:
        if tok.like_num or tok.pos_ in ("AUX", "ADP", "PRON", "DET", "SCONJ", "PART") \
                or (tok.pos_ == "VERB" and tok.dep_ != "amod") \
                or (tok.is_punct and tok.text not in (",", "-", "–")):
            break
        if tok.is_punct:
            after_comma = after_comma or tok.text == ","
            continue
        if after_comma and not _attached_to(tok, run):
            break  # "427, officials said": past the comma is another phrase
        run.add(tok.i)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in ("dozen", "hundred", "thousand", "%"):
            best = tok
    if best is not None:
        return best
    # "placed the number of people who fled at around 5,000": the frame names what is counted
    frame = _count_frame(doc, last)
    if frame is not None:
        for child in frame.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN", "ADJ"):
                        return pobj
        if frame.lemma_.lower() in UNIT_CATEGORIES:
            return frame  # "estimated the crowd at 50,000"
    # "Crowds estimated at tens of thousands": the noun the number's phrase hangs from
    node = last
    for _ in range(3):
        if node.head is node:
            break
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in UNIT_CATEGORIES and node.i < num.num_start:
            return node
        if node.pos_ not in ("ADP", "VERB", "ADV", "NUM", "NOUN"):
            break
    return None


def _attached_to(tok: Token, run: set[int]) -> bool:
    """Whether tok hangs (through conjuncts and modifiers) from a token already in the run."""
    node = tok
    for _ in range(4):
        if node.head.i in run:
            return True
        if node.head is node or node.dep_ not in ("conj", "compound", "amod", "appos", "npadvmod", "cc"):
            break
        node = node.head
    return any(child.i in run for child in tok.children)


def _skip_partitive(doc: Doc, noun: Token) -> Token:
    """'two dozen of the students' -> students; otherwise the noun itself."""
    if noun.lemma_.lower() in ("dozen", "hundred", "thousand", "score"):
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.pos_ == "NOUN":
                        return pobj
    return noun


def _unit_name(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    if tok.lower_ in UNIT_ALIASES:
        return UNIT_ALIASES[tok.lower_]
    return UNIT_ALIASES.get(lemma, lemma)


def _count_frame(doc: Doc, tok: Token) -> Token | None:
    """For 'N' in 'the toll rose to N' / 'placed the number of X at N', the frame noun."""
    head = tok.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            frames = [c for c in head.children
                      if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and c.lemma_.lower() in COUNT_FRAMES]
            if not frames and head.dep_ == "advcl" and head.head.pos_ == "VERB" and tok.head.lower_ == "to":
                # "bringing the toll since the protests began to 427": "to 427" hangs from "began"
                frames = [c for c in head.head.children if c.dep_ == "dobj" and c.lemma_.lower() in COUNT_FRAMES]
            frames.sort(key=lambda c: (not any(g.lower_ == "of" for g in c.children), c.dep_.startswith("nsubj")))
            if not frames and head.dep_ == "relcl":
                return _frame_of_relative(head)
            return frames[0] if frames else None
        if head.lemma_.lower() in COUNT_FRAMES and head.pos_ == "NOUN":
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def _frame_of_relative(verb: Token) -> Token | None:
    """'placed the number of people who fled their homes in X at 5,000', where the parser hung "at
    5,000" on "fled": the frame is the noun the relative clause's "of" phrase hangs from."""
    noun = verb.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in COUNT_FRAMES:
        return prep.head
    return None


_RELEASE_VERBS = {"release", "free", "discharge", "acquit", "bail", "pardon"}


def _released(doc: Doc, num: NumberSpan, unit_tok: Token | None) -> bool:
    anchor = unit_tok if unit_tok is not None else doc[num.num_end - 1]
    verb = clause_verb(anchor)
    return verb is not None and verb.lemma_.lower() in _RELEASE_VERBS


def casualty_category(doc: Doc, num: NumberSpan, unit_tok: Token | None) -> str | None:
    """A casualty word beside the number, or governing it in the parse, or in its count frame."""
    anchor = unit_tok if unit_tok is not None else doc[num.num_end - 1]
    if unit_tok is not None and unit_tok.lemma_.lower() in STRONG_CASUALTY_NOUNS:
        return CASUALTY_CUES.get(unit_tok.lemma_.lower()) or ("killed" if unit_tok.lemma_.lower() == "dead" else None)
    sent = anchor.sent
    # 1. right after the counted thing: "1,300 detained", "19 people have been killed", "three dead"
    k = max(anchor.i, num.num_end - 1) + 1
    steps = 0
    while k < sent.end and steps < 6:
        tok = doc[k]
        if tok.text in ("--", "—", "–", "("):
            # skip an aside: "two missionaries -- aged 19 and 21 -- were shot to death"
            close = ")" if tok.text == "(" else tok.text
            end = next((m for m in range(k + 1, min(sent.end, k + 14)) if doc[m].text == close), None)
            if end is not None:
                k = end + 1
                continue
        if tok.pos_ == "VERB" and k + 2 < len(doc) and (doc[k + 1].lower_, doc[k + 2].lower_) == _TO_DEATH:
            return "killed"
        cat = _cue(tok)
        if cat:
            return cat
        if tok.lower_ not in _BRIDGE and tok.pos_ not in ("ADV", "AUX"):
            break
        k += 1
        steps += 1
    # 2. modifiers of the counted thing: "detainees", "people injured in ...", "bodies"
    if unit_tok is not None:
        cat = CASUALTY_CUES.get(unit_tok.lemma_.lower())
        if cat and unit_tok.lemma_.lower() not in WEAK_CASUALTY_CUES:
            return cat
        for child in unit_tok.children:
            if child.dep_ in ("acl", "amod", "relcl") and (cat := _cue(child)):
                return cat
            if child.dep_ == "prep" and child.lower_ in ("with", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (cat := _cue(pobj)) == "injured":
                        return cat
    # 3. up the parse: "Police said 73 died", "the number of dead rose to", "were killed"
    node = anchor
    for _ in range(3):
        if node.dep_ in ("appos", "conj") and node.head.like_num:
            return None  # a list of numbers: handled as an ellipsis
        if node.dep_ == "conj" or (node is not anchor and node.pos_ in ("VERB", "AUX") and node.dep_ == "conj"):
            break  # "30 were injured and 5,000 troops were deployed": the other clause's verb
        head = node.head
        if head is node:
            break
        if head.lemma_.lower() in ("say", "tell", "report", "claim", "add", "state"):
            break
        cat = _cue(head)
        if cat:
            return cat
        # "sought medical help", "received treatment": the injured
        if head.lemma_.lower() in ("seek", "receive", "need", "require", "get") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("help", "treatment", "care", "attention", "aid")
                and any(g.lower_ in ("medical", "hospital", "first") for g in c.children) for c in head.children):
            return "injured"
        # "remain missing", "were found dead": the state is the verb's complement
        for child in head.children:
            if child.dep_ in ("acomp", "oprd") and (cat := _cue(child)):
                return cat
            # "living in relief camps", "moved to shelters": people without homes
            if child.dep_ == "prep" and child.lower_ in ("in", "to", "into", "at"):
                if any(g.lemma_.lower() in ("camp", "shelter") for g in child.subtree):
                    return "displaced"
        node = head
    frame = _count_frame(doc, doc[num.num_end - 1])
    if frame is not None:
        for tok in frame.subtree:
            if (cat := _cue(tok)) and tok.i != frame.i:
                return cat
        if frame.lemma_.lower() == "toll":
            return "killed"
    return None


def _cue(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    word = tok.lower_
    cat = CASUALTY_CUES.get(lemma) or CASUALTY_CUES.get(word)
    if cat is None:
        return None
    if lemma in WEAK_CASUALTY_CUES or word in WEAK_CASUALTY_CUES:
        # "held" counts only as a passive ("were held"), "rounded" only with "up"
        if lemma in ("hold", "held") and not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        if lemma in ("round", "pick") and not any(c.lower_ == "up" for c in tok.children):
            return None
        if lemma == "book" and tok.pos_ != "VERB":
            return None
        if lemma == "hang" and tok.lower_ != "hanged" and not any(c.dep_ == "auxpass" for c in tok.children):
            return None
        if lemma == "body" and tok.pos_ != "NOUN":
            return None
    if lemma == "life" and not (tok.head.lemma_.lower() in ("lose", "claim", "take", "cost") or tok.dep_ == "nsubjpass"):
        return None  # "lives lost", "claimed 20 lives"; not "to save the life of 90 people"
    if lemma == "toll" and not any(c.lemma_.lower() in ("death", "casualty") for c in tok.children):
        return "killed" if tok.dep_ in ("nsubj", "nsubjpass") else None
    return cat


def _people_category(doc: Doc, num: NumberSpan, unit_tok: Token | None) -> str | None:
    """People counted with a verb of protest: participants. A bare number ("attended by
    thousands") needs the verb right above it."""
    if unit_tok is not None and unit_tok.pos_ != "NOUN":
        return None
    if unit_tok is None:
        head = doc[num.num_end - 1].head
        for _ in range(2):
            if head.lemma_.lower() in _JOINING:
                return "participants"
            head = head.head
        return None
    if unit_tok.dep_ == "dobj" and unit_tok.head.pos_ == "VERB":
        return None  # "blocked 26 platforms", "surrounded three police stations": what is acted on
    head = unit_tok.head
    for _ in range(3):
        lemma = head.lemma_.lower()
        if lemma in PARTICIPATION_VERBS or lemma in ("protest", "demonstration", "rally", "march", "strike"):
            return "participants"
        if head.head is head:
            break
        head = head.head
    window = doc[num.tok_start:min(len(doc), num.tok_end + 6)]
    if any(t.lemma_.lower() in _GATHERINGS or (t.lower_ == "sit" and t.i + 1 < len(doc) and doc[t.i + 1].text == "-")
           for t in window):
        return "participants"  # "thousands of people at the sit-in"
    return None


_GATHERINGS = {"protest", "rally", "march", "demonstrate", "gather", "vigil", "demonstration", "dharna",
               "procession"}
_JOINING = {"attend", "join", "march", "rally", "gather", "protest", "demonstrate", "throng", "assemble",
            "participate", "converge"}


def _elliptical(doc: Doc, num: NumberSpan, by_token: dict[int, Figure],
                previous: list[Figure], has_unit: bool) -> Figure | None:
    """'73 died ...: 43 in X, 27 in Y' -- 43 and 27 borrow the category of 73; so do the parts
    of a total ('25 killed, nine of them police officers') and a frame that names no category
    ('put the national figure at 3.5 million' after a count of marchers)."""
    tok = doc[num.num_end - 1]
    # "... killed, nine of them police officers", "including 81,000 in Paris", "among them 306 civilians"
    before = {t.lower_ for t in doc[max(tok.sent.start, num.tok_start - 3):num.tok_start]}
    after = [t.lower_ for t in doc[num.num_end:min(len(doc), num.num_end + 2)]]
    subdivides = bool(before & {"including", "among", "whom", "incl"}) or after[:2] in (["of", "them"], ["of", "whom"])
    if subdivides and previous:
        last = next((f for f in reversed(previous) if f.category != "other"), None)
        if last is not None and _same_sentence(doc, last, tok):
            return last
    frame = _count_frame(doc, tok)
    if frame is not None and not any(c.lower_ == "of" for c in frame.children) and previous:
        last = next((f for f in reversed(previous) if f.category not in ("other", "duration", "money")), None)
        if last is not None and tok.idx - last.end < 400:
            return last
    if has_unit:
        return None
    node = tok
    for _ in range(3):
        if node.head is node:
            break
        node = node.head
        if node.i in by_token and by_token[node.i].category != "other":
            return by_token[node.i]
    # a bare number followed by "in <place>" right after a categorised figure in the sentence
    nxt = doc[num.num_end] if num.num_end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("in", "from", "at") and previous:
        last = previous[-1]
        same_sent = doc.char_span(last.start, last.end, alignment_mode="expand")
        if same_sent is not None and same_sent.sent.start == tok.sent.start and last.category in CASUALTY:
            return last
    return None


def _same_sentence(doc: Doc, fig: Figure, tok: Token) -> bool:
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    return span is not None and span.sent.start == tok.sent.start




_MOVES = {"edge", "inch", "tick", "go", "move", "trade", "close", "end", "finish", "come", "creep", "be",
          "drift", "head", "open", "start", "slip", "shoot", "mark", "bid"}
_UP, _DOWN = CHANGE_UP, CHANGE_DOWN


def direction(doc: Doc, num: NumberSpan) -> str | None:
    """'rose 6.5%', 'fell by 10', 'up 19 cents', 'edged down 0.03%' -> up / down; 'rose to 427' -> None."""
    start = num.tok_start
    while start > 0 and (doc[start - 1].lower_ in CURRENCY_NAMES and not doc[start - 1].is_alpha
                         or doc[start - 1].lower_ in DOLLAR_PREFIXES
                         and (doc[start - 1].is_upper or doc[start - 1].lower_ != "a" and caseless(doc[start - 1]))):
        start -= 1  # "to US $2.24", lower-case "to us $2.24"
    if start > 1 and doc[start - 1].lower_ == "minus":
        start -= 1  # "drop to minus 180 degrees": the level reached
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in ("up", "down") and prev.pos_ in ("ADV", "ADP", "PART") \
            and (prev.dep_ != "prt" or prev.head.lemma_.lower() in _MOVES or prev.head.pos_ == "PROPN"):
        return prev.lower_  # (a "particle" of a name is the parser's slip: "with Coinbase down 5.6%")
    if prev is not None and prev.lower_ == "from" and num.value_max is not None:
        lemma = prev.head.lemma_.lower()
        return "up" if lemma in _UP else "down" if lemma in _DOWN else None
    if prev is not None and prev.lower_ in ("to", "from", "at", "of", "than", "between"):
        return None
    # the number (or what it counts) as the object of a change verb, or after "by"
    node = doc[num.num_end - 1]
    for _ in range(3):
        if node.dep_ in ("nummod", "compound", "quantmod", "nmod") or node.head.i in range(num.num_start, num.num_end + 2) \
                and node.head.i > node.i and node.head.pos_ in ("NOUN", "PROPN", "SYM", "NUM"):
            node = node.head
        else:
            break
    head = node.head
    if node.dep_ == "npadvmod" and head.pos_ == "ADV" and head.head.pos_ == "VERB":
        head = head.head  # "rose 2 metres overnight"
    if node.dep_ == "pobj" and head.lower_ in ("under", "over", "about", "around", "nearly", "almost") \
            and head.dep_ == "prep":
        node, head = head, head.head  # "rose under 4%"
    if node.dep_ == "pobj" and head.lower_ == "by":
        head = head.head  # "raised rates by 25 basis points", "fell by 10"
    elif head.lemma_.lower() in CHANGE_TRANSITIVE:
        return None  # "cut 10,000 jobs", "lift 100 tonnes": what was cut, not by how much
    elif node.dep_ not in ("dobj", "npadvmod", "advmod", "obj", "attr", "oprd", "acomp", "prep"):
        return None
    lemma = head.lemma_.lower()
    if lemma in _UP:
        return "up"
    if lemma in _DOWN:
        return "down"
    # "edged down 0.03%", "ended down 1%": the particle says which way
    for child in (head.children if lemma in _MOVES else ()):
        if child.dep_ in ("prt", "advmod") and child.lower_ in ("up", "down") and child.i < num.num_start:
            return child.lower_
    return None
