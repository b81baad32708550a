"""spaCy component ``unrest_quotes``: quoted speech with its speaker and the speaker's affiliation.

A quote is text between curly or straight double quotes (a paragraph that opens a quote and does
not close it continues into the next one, as news style allows). The speaker is the subject of a
reporting verb right after the quote ('," X told Y.'), else right before it ('X said: "...'), else
the speaker of the quote that ends the paragraph before. The affiliation is how the report
describes that person ("Iran expert", "a senior fellow at ...").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from unrest.models import Quote
from unrest.nlp import extensions  # noqa: F401
from unrest.nlp.components.attribution import carrier_speaker
from unrest.nlp.people import PersonRegistry, describe, split_title
from unrest.nlp.vocab import CARRIER_NOUNS, REPORTING_VERBS

_MIN_WORDS = 4
_OPEN = {"“": "”", '"': '"'}


@Language.factory("unrest_quotes", requires=["doc._.unrest_people"], assigns=["doc._.unrest_quotes"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


class QuoteFinder:
    def __call__(self, doc: Doc) -> Doc:
        people: PersonRegistry = doc._.unrest_people or PersonRegistry.build(doc)
        quotes: list[Quote] = []
        last_speaker: tuple[str | None, str | None, int] | None = None
        text = doc.text  # Doc.text joins every token anew on each call
        for start, end in quote_spans(text):
            inner = _inner(text[start:end])
            if len(inner.split()) < _MIN_WORDS:
                continue
            speaker, affiliation = self._speaker(doc, text, start, end, people)
            if speaker is None and last_speaker is not None and _follows(text, last_speaker[2], start):
                speaker, affiliation = last_speaker[0], last_speaker[1]
            offset = start + text[start:end].index(inner)
            quotes.append(Quote(speaker, affiliation, inner, offset, offset + len(inner)))
            if speaker is not None:
                last_speaker = (speaker, affiliation, end)
        doc._.unrest_quotes = quotes
        return doc

    def _speaker(self, doc: Doc, text: str, start: int, end: int, people: PersonRegistry) -> tuple[str | None, str | None]:
        # the speaker is named in the quote's own paragraph
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        para_start = text.rfind("\n", 0, start) + 1
        after = doc.char_span(end, min(para_end, end + 200), alignment_mode="expand") if para_end > end else None
        before = doc.char_span(max(para_start, start - 200), start, alignment_mode="expand") if start > para_start else None
        regions = ((after, False), (before, True))
        if text[para_start:start].rstrip().endswith(":"):
            regions = regions[::-1]  # 'parada said: "..."' names its speaker before the quote
        for region, prefer_last in regions:
            if region is None:
                continue
            sents = list(region.sents)
            if not sents:
                continue
            sent = sents[-1] if prefer_last else sents[0]
            for tok in (reversed(list(sent)) if prefer_last else sent):
                if tok.lemma_.lower() in REPORTING_VERBS and tok.pos_ == "VERB" and not _inside(tok, start, end):
                    found = _subject_of(tok, start, end)
                    if found is not None:
                        return _describe(doc, found, people)
        return None, None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of quotations, quote marks included.

    Curly double quotes, doubled single quotes (‘‘ ... ’’ and '' ... '', common in South Asian
    papers) and straight double quotes paired within a paragraph.
    """
    spans: list[tuple[int, int]] = []
    for pattern in (r"“[^”]*(?:”|$)", r"‘‘[^’]*(?:’’|$)", r"''(?!')[^']*(?:''|$)"):
        for m in re.finditer(pattern, text, flags=re.M):
            spans.append((m.start(), m.end()))
    for para in re.finditer(r"[^\n]+", text):
        marks = [para.start() + i for i, c in enumerate(para.group()) if c == '"']
        for a, b in zip(marks[0::2], marks[1::2]):
            spans.append((a, b + 1))
        if len(marks) % 2 == 1:
            spans.append((marks[-1], para.end()))
    spans.sort()
    return spans


def _inner(quoted: str) -> str:
    """The words of a quotation without its marks."""
    return quoted.strip("“”‘’'\"").strip()


def _follows(text: str, previous_end: int, start: int) -> bool:
    """A quote opening the paragraph right after the previous quote's paragraph."""
    between = text[previous_end:start]
    return between.count("\n") <= 3 and len(between.strip()) < 80


def _inside(tok: Token, start: int, end: int) -> bool:
    return start <= tok.idx < end


def _subject_of(verb: Token, start: int, end: int) -> Token | None:
    """The verb's subject outside the quote: the parser may take the quote's first words for one."""
    for child in verb.children:
        if child.dep_ == "nsubj" and not _inside(child, start, end):
            return child
    if verb.dep_ == "conj":
        return _subject_of(verb.head, start, end)
    # '," modi said': a lowercase name the tagger read as some other word, between quote and verb
    k = verb.i
    while k > 0 and verb.doc[k - 1].idx >= end:
        k -= 1
    between = [t for t in verb.doc[k:verb.i] if not t.is_punct]
    if 1 <= len(between) <= 4 and all(t.is_alpha and not t.is_stop for t in between):
        return between[-1]
    # '," said tsering dolma, a shopkeeper': an unknown name right after the verb may be parsed as
    # its complement
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and verb.idx >= end and verb.idx - end <= 3 and after.is_alpha and after.head == verb \
            and after.dep_ in ("xcomp", "dobj", "attr", "npadvmod", "oprd"):
        return after
    return None


def _describe(doc: Doc, subject: Token, people: PersonRegistry) -> tuple[str | None, str | None]:
    """(speaker, affiliation) for a subject token: a named person, a pronoun, or a description."""
    if subject.lemma_.lower() in CARRIER_NOUNS:
        # '"...," the statement said': the group that issued it speaks
        subject = carrier_speaker(subject) or subject
    if subject.lower_ in ("he", "she"):
        person = people.last_before(subject.idx)
        if person is not None:
            return person.name, person.description
        return _titled_subject_before(doc, subject) or (None, None)
    phrase = doc[subject.left_edge.i:subject.right_edge.i + 1]
    persons = [e for e in phrase.ents if e.label_ == "PERSON"] or \
              [e for e in doc.ents if e.label_ == "PERSON" and e.start <= subject.i < e.end]
    # "Smith, elected in 2010, said", "aasu adviser x y at a sit-in ...": the name and the words
    # before it, without what the phrase hangs on it
    core = _trim(doc[min([subject.i] + [c.i for c in subject.children if c.dep_ in ("compound", "flat")]):subject.i + 1])
    if phrase.text.islower():
        core = _name_run(doc, phrase.start) or core  # the parser's trees are guesses in lowercase copy
    titled = split_title(core) or split_title(_trim(phrase))
    if titled is not None and (not persons or len(titled[1]) > len(persons[0].text) and persons[0].text in titled[1]):
        # "deputy inspector general of police ajit singh": the tagger may mark only "ajit"
        person = people.find(titled[1])
        return (person.name, person.description or titled[0]) if person else (titled[1], titled[0])
    if persons:
        ent = persons[0]
        if len(core) > len(ent) and core.start <= ent.start and ent.end <= core.end and core.text.islower():
            ent = core  # lowercase copy: "l. sanatombi devi" where the tagger saw "l. sanatombi"
        person = people.find(ent.text)
        name = person.name if person else ent.text
        description = person.description if person else describe(ent)
        title = doc[phrase.start:ent.start].text.strip(" ,") if ent.start > phrase.start else ""
        return name, description or title or None
    person = people.find(core.text) if subject.pos_ == "PROPN" or core.text.islower() else None
    if person is not None:
        return person.name, person.description
    if titled is not None:
        return titled[1], titled[0]
    if core.text.islower() and 2 <= len(core) <= 4 and core.end < phrase.end:
        return core.text, describe(core)  # "tsering dolma, a 27-year-old shopkeeper"
    text = " ".join(_trim(phrase).text.split())
    person = people.find(text) if len(phrase) <= 4 else None
    if person is not None:
        return person.name, person.description
    return text, None


_NOT_IN_NAMES = ("ADP", "AUX", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT")
_FINITE = ("VBD", "VBZ", "VBP")


def _name_run(doc: Doc, start: int) -> Span | None:
    """The words from ``start`` up to the first one no name or title has (a preposition, a finite
    verb, a comma): 'aasu adviser samujjal bhattacharya' of '... at a sit-in', in lowercase copy."""
    end = start
    while end < len(doc) and _name_word(doc, end, start):
        end += 1
    return doc[start:end] if end - start >= 2 else None


def _name_word(doc: Doc, k: int, start: int) -> bool:
    tok = doc[k]
    if re.fullmatch(r"[^\W\d_]\.", tok.text) or tok.text == "." and k > start and len(doc[k - 1].text) == 1:
        return True  # an initial: "n. biren singh"
    if not tok.is_alpha or tok.is_stop:
        return False
    return tok.pos_ not in _NOT_IN_NAMES and not (tok.pos_ == "VERB" and tok.tag_ in _FINITE)


def _titled_subject_before(doc: Doc, pronoun: Token) -> tuple[str, str] | None:
    """'chief minister n. biren singh appealed for calm. "...," he said': in lowercase copy, where
    the tagger finds no person, the titled subject of the sentence before."""
    sents = [s for s in doc.sents if s.end <= pronoun.sent.start]
    for sent in reversed(sents[-2:]):
        for tok in sent:
            if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
                run = _name_run(doc, tok.left_edge.i)
                titled = (split_title(run) if run is not None else None) \
                    or split_title(_trim(doc[tok.left_edge.i:tok.i + 1]))
                if titled is not None:
                    return titled[1], titled[0]
    return None


def _trim(span: Span) -> Span:
    start, end = span.start, span.end
    while end > start and span.doc[end - 1].is_punct:
        end -= 1
    return span.doc[start:end]
