"""``unrest_places``: find, geocode and resolve the places a report names.

Writes ``doc._.unrest_places`` (``unrest.models.Place``, ids p1, p2, ... in text order) and
``doc._.unrest_country_hint`` (ISO alpha-2 of the country the report is mostly about).

Steps, per doc:

1. Casing: a doc with almost no capitals (or all capitals) is read in "lowercase mode",
   where gazetteer names are searched in running text; otherwise only capitalised spans and
   NER entities can be places (a lowercase "police" or "march" never is).
2. Spans: every n-gram (up to 5 tokens) is looked up at once in the gazetteer and the named
   region table; directions ("northern Iran", "the western provinces") become region spans.
3. Filters: NER labels (PERSON/ORG/DATE spans are not places, "Iran International" is an
   ORG), demonyms ("Iraqi", "Lebanese" only inform the country), common English words
   (WordNet verbs/adjectives from the lemmatizer tables), stop words, determiners.
4. Overlaps: regions and longer spans win ("Kurdish regions" over "Kurdish").
5. Resolution: ``unrest.geo.resolve`` picks one reading per span using the whole report;
   capitals that are the subject of a statement verb get ``role="government"``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import unrest.nlp.extensions  # noqa: F401  (registers doc._.unrest_* attributes)
from unrest.geo.fold import fold
from unrest.geo.gazetteer import Gazetteer, Match
from unrest.geo.regions import AREA_NOUNS, RegionDef, direction_key, direction_region, region_table
from unrest.geo.resolve import (
    STATEMENT_VERBS,
    Candidate,
    Mention,
    Resolution,
    Resolved,
    candidates_for,
    resolve,
)
from unrest.models import Place

log = logging.getLogger(__name__)

MAX_NGRAM = 5
NOT_PLACE_LABELS = frozenset(
    "PERSON ORG DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY WORK_OF_ART LAW LANGUAGE "
    "EVENT PRODUCT".split()
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# lowercase words inside names ("Deir ez-Zor", "Bosnia and Herzegovina", "Trinidad and Tobago")
CONNECTORS = frozenset("of and the de del la las los el al ez az as ad an du da do des di y e upon on".split())
LOCATIVE = frozenset("in at near from to into across outside around toward towards throughout inside".split())
# Frequent English words that are also notable places; the WordNet check catches most others.
COMMON_WORDS = frozenset(
    "police march male mobile nice reading bath orange split buffalo temple sale lens "
    "independence providence victoria concord aurora phoenix of us man university union "
    "liberty hope unity progress justice freedom paradise eden ocean golden harmony faith "
    "friendship welcome mission enterprise commerce industry deal say said will ban mali "
    "chad jordan turkey china guinea georgia wales".split()
)
_NON_NOUN_POS = ("verb", "adj", "adv")


@dataclass
class _Span:
    """A candidate place span (token indices, end exclusive) before resolution."""

    start: int
    end: int
    candidates: list[Candidate]
    priority: int  # 2 region/direction, 1 aligned with a NER place entity, 0 other
    government: bool = False
    direction: str | None = None  # "the western provinces": country from context


class PlacesComponent:
    """Gazetteer place finder and resolver (stateful: holds the gazetteer and word lists)."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None = None,
                 min_lowercase_population: int = 50_000) -> None:
        self.name = name
        self.gazetteer_path = gazetteer_path
        self.min_lowercase_population = min_lowercase_population
        self._gaz: Gazetteer | None = None
        self._common = self._english_words(nlp)

    @property
    def gazetteer(self) -> Gazetteer:
        # loaded on first use so adding the pipe stays cheap
        if self._gaz is None:
            self._gaz = Gazetteer(self.gazetteer_path) if self.gazetteer_path else Gazetteer.default()
        return self._gaz

    @staticmethod
    def _english_words(nlp: Language) -> frozenset[str]:
        """Verbs/adjectives/adverbs from the lemmatizer's WordNet index (never place names)."""
        words: set[str] = set(COMMON_WORDS)
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                table = lookups.get_table("lemma_index")
                for pos in _NON_NOUN_POS:
                    words.update(table.get(pos, []))
        return frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        lowercase_mode = _lowercase_mode(doc)
        spans, demonyms = self._find_spans(doc, lowercase_mode)
        mentions = [self._mention(doc, s) for s in spans]
        resolution = resolve(mentions, doc.text, demonyms=demonyms)
        doc._.unrest_country_hint = resolution.country
        doc._.unrest_places = self._places(doc, spans, resolution)
        return doc

    # -- finding spans -------------------------------------------------------------------

    def _find_spans(self, doc: Doc, lowercase_mode: bool) -> tuple[list[_Span], list[str]]:
        grams = {(i, j): fold(doc[i:j].text) for i, j in _ngrams(doc)}
        found = self.gazetteer.lookup_keys(grams.values())
        regions = region_table()
        spans: list[_Span] = []
        for (i, j), key in grams.items():
            matches = found.get(key, [])
            rdefs = regions.get(key, ())
            if not matches and not rdefs:
                continue
            span = doc[i:j]
            if rdefs and self._region_ok(span, rdefs, lowercase_mode):
                spans.append(_Span(i, j, candidates_for(self.gazetteer, span.text, matches), 2))
            elif matches and self._gazetteer_ok(span, matches, lowercase_mode):
                aligned = any(e.label_ in PLACE_LABELS | {"NORP"} and _same_span(e, span) for e in doc.ents)
                spans.append(_Span(i, j, [Candidate.from_match(m) for m in matches], int(aligned)))
        spans += self._direction_spans(doc, found, grams, lowercase_mode)
        chosen = _without_overlaps(spans)
        demonyms = self._demonyms(doc, chosen, lowercase_mode)
        return chosen, demonyms

    def _region_ok(self, span: Span, rdefs: tuple[RegionDef, ...], lowercase_mode: bool) -> bool:
        if _in_label(span, NOT_PLACE_LABELS - {"ORG"}):
            return False
        if lowercase_mode:
            return len(span) > 1 or len(span.text) >= 5 and span.text.lower() not in self._common
        aliases = {a for r in rdefs for a in (*r.aliases, r.name)}
        capitalised_alias = any(fold(a) == fold(span.text) and a[:1].isupper() for a in aliases)
        # "Swat" the valley, not a "swat team"; a lowercase alias ("coastal region") may be either
        return span.text[:1].isupper() or not capitalised_alias

    def _gazetteer_ok(self, span: Span, matches: list[Match], lowercase_mode: bool) -> bool:
        first, last = span[0], span[-1]
        if first.is_punct or last.is_punct or first.lower_ in CONNECTORS or last.lower_ in CONNECTORS:
            return False
        if self.gazetteer.demonym_country(span.text) and not _has_country(matches, exact=True):
            return False  # "Iraqi", "Afghan": nationality, not place
        labels = {t.ent_type_ for t in span if t.ent_type_}
        entity = _entity_of(span)
        if labels & NOT_PLACE_LABELS:
            return self._mislabelled_ok(span, matches, entity, labels)
        if entity is not None and entity.label_ in PLACE_LABELS | {"NORP"} and _same_span(entity, span):
            return True  # the NER already says it is a place (or a group named like one)
        if span.text[:1].isupper() and not lowercase_mode:
            return self._capitalised_ok(span, matches)
        if lowercase_mode:
            return self._lowercase_ok(span, matches)
        return False

    def _mislabelled_ok(self, span: Span, matches: list[Match], entity: Span | None, labels: set[str]) -> bool:
        """A place the NER tagged as something else, when the whole entity is the name.

        "Maldives" (ORG) is a country; "in Ahvaz" (PERSON) after a locative preposition is a
        big city; "Washington said" (PERSON/ORG) is a capital speaking for its government.
        """
        if entity is None or not _same_span(entity, span) or not labels <= {"PERSON", "ORG"}:
            return False
        if "PERSON" not in labels and _has_country(matches, exact=False):
            return True
        if _locative(span) and _big_city(matches, 100_000):
            return True
        return _is_government_subject(span) and any(m.entry.capital and m.kind <= 1 for m in matches)

    def _capitalised_ok(self, span: Span, matches: list[Match]) -> bool:
        """A capitalised name the NER missed: a country, province or sizeable town."""
        if any(not (t.is_title or t.is_upper or t.lower_ in CONNECTORS) for t in span):
            return False
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        # part of a longer proper name ("Iran International", "Lisa Daftari")
        if before is not None and before.is_title and not before.is_sent_start and not before.is_punct:
            return False
        if after is not None and after.is_title and after.lower_ not in AREA_NOUNS | {"city", "valley"}:
            return False
        if span[0].is_sent_start and len(span) == 1 and span.text.lower() in self._common:
            return False
        if len(span) == 1 and span[0].pos_ not in ("PROPN", "NOUN") and not _locative(span):
            return False
        return any(
            m.kind <= 1 and (m.entry.feature in ("country", "admin1") or m.entry.population >= 15_000)
            for m in matches
        )

    def _lowercase_ok(self, span: Span, matches: list[Match]) -> bool:
        """Running lowercase text: only well-known names that are not English words."""
        if any(t.is_stop or t.like_num for t in span):
            return False
        if len(span) == 1 and (span.text.lower() in self._common or span[0].lemma_.lower() in self._common):
            return False
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ in ("DET", "PRON") and before.lower_ != "the":
            return False  # "his march", "a police"
        if before is not None and before.lower_ == "the" and not _has_country(matches, exact=False):
            return False
        if len(span.text) < 4:
            return False
        return any(
            (m.kind <= 1 and m.entry.feature in ("country", "admin1"))
            or (m.kind == 0 and m.entry.feature == "city" and m.entry.population >= self.min_lowercase_population)
            for m in matches
        )

    def _direction_spans(self, doc: Doc, found: dict[str, list[Match]], grams: dict[tuple[int, int], str],
                         lowercase_mode: bool) -> list[_Span]:
        """"northern Iran", "south Lebanon", "eastern Ukraine's", "the western provinces"."""
        out: list[_Span] = []
        for tok in doc:
            key = direction_key(tok.text)
            if key is None or tok.i + 1 >= len(doc):
                continue
            nxt = tok.i + 1
            if doc[nxt].text in ("-",) and nxt + 1 < len(doc):
                continue  # "north-west" is split oddly by some tokenizers; rare enough to skip
            if doc[nxt].lower_ in AREA_NOUNS:
                end = nxt + 1
                if end + 1 < len(doc) and doc[end].lower_ == "of":
                    place = self._place_after(doc, end + 1, found, grams, lowercase_mode)
                    if place is not None:
                        p_end, cands = place
                        out.append(_Span(tok.i, p_end, self._direction_candidates(key, cands, doc[tok.i:p_end].text), 2))
                        continue
                out.append(_Span(tok.i, end, [], 2, direction=key))
                continue
            place = self._place_after(doc, nxt, found, grams, lowercase_mode)
            if place is None:
                continue
            p_end, cands = place
            full_key = grams.get((tok.i, p_end))
            # "South Sudan", "West Bengal": the whole phrase is itself a name
            if full_key in found and (tok.is_title or lowercase_mode):
                continue
            out.append(_Span(tok.i, p_end, self._direction_candidates(key, cands, doc[tok.i:p_end].text), 2))
        return out

    def _place_after(self, doc: Doc, i: int, found: dict[str, list[Match]],
                     grams: dict[tuple[int, int], str], lowercase_mode: bool) -> tuple[int, list[Match]] | None:
        """The longest country/province name starting at token ``i``."""
        if not (lowercase_mode or doc[i].text[:1].isupper()):
            return None
        for j in range(min(len(doc), i + MAX_NGRAM), i, -1):
            key = grams.get((i, j))
            matches = [
                m for m in found.get(key or "", [])
                if m.entry.feature in ("country", "admin1") and m.kind <= 1
            ]
            if matches:
                return j, matches
        return None

    def _direction_candidates(self, key: str, matches: list[Match], label: str) -> list[Candidate]:
        out: list[Candidate] = []
        for m in matches[:4]:
            region = direction_region(self.gazetteer, key, m.entry, label=None)
            if region is not None:
                out.append(Candidate.from_region(region))
        return out

    def _demonyms(self, doc: Doc, chosen: list[_Span], lowercase_mode: bool) -> list[str]:
        taken = {i for s in chosen for i in range(s.start, s.end)}
        codes: list[str] = []
        for tok in doc:
            if tok.i in taken or not tok.is_alpha or (not lowercase_mode and not tok.is_title):
                continue
            code = self.gazetteer.demonym_country(tok.text)
            if code:
                codes.append(code)
        return codes

    # -- building mentions and places ------------------------------------------------------

    def _mention(self, doc: Doc, s: _Span) -> Mention:
        span = doc[s.start : s.end]
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        return Mention(
            span.text, span.start_char, span.end_char, s.candidates,
            sentence=sent.start, government=_is_government_subject(span),
            lowercase=span.text.islower(),
        )

    def _places(self, doc: Doc, spans: list[_Span], resolution: Resolution) -> list[Place]:
        places: list[Place] = []
        country = self.gazetteer.country(resolution.country) if resolution.country else None
        for s, chosen in sorted(zip(spans, resolution.places), key=lambda p: p[0].start):
            if s.direction is not None:  # "the western provinces": the report's country
                if country is None:
                    continue
                region = direction_region(self.gazetteer, s.direction, country)
                if region is None:
                    continue
                chosen = Resolved(Mention(doc[s.start:s.end].text, 0, 0, []), Candidate.from_region(region), 0.0)
            if chosen is None:
                continue
            places.append(_place(doc[s.start : s.end], chosen, len(places) + 1))
        return places


@Language.factory(
    "unrest_places",
    requires=["doc.ents"],
    assigns=["doc._.unrest_places", "doc._.unrest_country_hint"],
    default_config={"gazetteer_path": None, "min_lowercase_population": 50_000},
)
def make_places(nlp: Language, name: str, gazetteer_path: str | None,
                min_lowercase_population: int) -> PlacesComponent:
    """Factory for ``nlp.add_pipe("unrest_places")``."""
    return PlacesComponent(nlp, name, gazetteer_path=gazetteer_path,
                           min_lowercase_population=min_lowercase_population)


# -- helpers ------------------------------------------------------------------------------


def _place(span: Span, r: Resolved, n: int) -> Place:
    c = r.candidate
    text, start, end = span.text, span.start_char, span.end_char
    if c.region is not None:
        reg = c.region
        one = reg.admin1_codes[0] if len(reg.admin1_codes) == 1 else None
        return Place(f"p{n}", text, start, end, reg.name, "region", reg.lat, reg.lon, None,
                     None, one, reg.country, list(reg.admin1_codes), r.role)
    e = c.entry
    assert e is not None
    return Place(f"p{n}", text, start, end, e.name, e.feature, e.lat, e.lon, e.geonameid,
                 e.admin1, e.admin1_code, e.country, [], r.role)


def _lowercase_mode(doc: Doc) -> bool:
    """True for docs whose casing says nothing (all lower or all upper)."""
    words = [t for t in doc if t.is_alpha and len(t) > 1]
    if len(words) < 3:
        return bool(words) and all(t.is_lower for t in words)
    upper = sum(1 for t in words if t.is_upper) / len(words)
    capital = sum(1 for t in words if t.text[0].isupper()) / len(words)
    return capital < 0.03 or upper > 0.6


def _ngrams(doc: Doc) -> Iterator[tuple[int, int]]:
    for sent in doc.sents if doc.has_annotation("SENT_START") else [doc[:]]:
        for i in range(sent.start, sent.end):
            if not (doc[i].is_alpha or doc[i].text[:1].isalpha()):
                continue
            for j in range(i + 1, min(sent.end, i + MAX_NGRAM) + 1):
                tok = doc[j - 1]
                if tok.is_space or tok.text in ("'s", "’s") or (tok.is_punct and tok.text not in ("-", "'")):
                    break
                if not tok.is_punct:  # a name may hold a hyphen ("Deir ez-Zor"), never end on one
                    yield i, j


def _without_overlaps(spans: list[_Span]) -> list[_Span]:
    taken: set[int] = set()
    chosen: list[_Span] = []
    for s in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if s.priority < 2 and not s.candidates:
            continue
        if any(i in taken for i in range(s.start, s.end)):
            continue
        taken.update(range(s.start, s.end))
        chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def _same_span(ent: Span, span: Span) -> bool:
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    return start == span.start and ent.end == span.end


def _entity_of(span: Span) -> Span | None:
    for ent in span.doc.ents:
        if ent.start <= span.start and span.end <= ent.end:
            return ent
    return None


def _in_label(span: Span, labels: frozenset[str]) -> bool:
    return any(t.ent_type_ in labels for t in span)


def _has_country(matches: list[Match], exact: bool) -> bool:
    return any(m.entry.feature == "country" and (m.kind == 0 or not exact) for m in matches)


def _big_city(matches: list[Match], population: int) -> bool:
    return any(m.kind == 0 and m.entry.feature == "city" and m.entry.population >= population for m in matches)


def _locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE


def _is_government_subject(span: Span) -> bool:
    """"Tehran has warned", "Washington said": the span heads the subject of a statement verb."""
    root: Token = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = root.head
    if head.lemma_.lower() in STATEMENT_VERBS or head.lower_ in STATEMENT_VERBS:
        return True
    return False
