"""``unrest_places``: find, geocode and resolve the places a report names.

Writes ``doc._.unrest_places`` (``unrest.models.Place``, ids p1, p2, ... in text order) and
``doc._.unrest_country_hint`` (ISO alpha-2 of the country the report is mostly about).

Steps, per doc:

1. Casing: a doc with almost no capitals (or all capitals) is read in "lowercase mode",
   where gazetteer names are searched in running text; otherwise only capitalised spans can
   be places (a lowercase "police" or "march" never is).
2. Spans: every n-gram (up to 5 tokens) is looked up at once in the gazetteer and the named
   region table; directions ("northern Iran", "the western provinces") become region spans,
   capitalised names ending in "Square", "Avenue", "Prison"... become sites.
3. Filters: the small NER model often tags towns as PERSON or ORG, so its labels are a hint,
   not a verdict: a mislabelled name is kept when it is a country, a province or a big city
   ("Tamil Nadu said", "a Durban court") or when the text around it says "place" ("in
   Quetta", "Marseille, Lyon, Toulouse", "the Adjara region"), and dropped when it is part of
   a longer name ("Iran International"). Whatever the NER says, a word of the report's
   multi-word person names ("Salah" after "Mohamed Salah"), an acronym ("MoD") or a name after
   "the" ("the Centre") is no town. Demonyms ("Iraqi") only inform the country; common English
   words (WordNet verbs/adjectives from the lemmatizer tables) and stop words are never places
   in lowercase text, where only countries and places of a million people stand on their own
   and the rest must lie in the report's country ("weak").
   A name takes its noun ("Benue State", "Orange County"), may hold a comma ("Washington,
   D.C."), and postal abbreviations count after a comma ("Rockville, Md.").
4. Overlaps: regions and longer spans win ("Kurdish regions" over "Kurdish").
5. Resolution: ``unrest.geo.resolve`` picks one reading per span using the whole report;
   capitals that are the subject of a statement verb get ``role="government"``.
"""

from __future__ import annotations

import json
import re
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

import unrest.nlp.extensions  # noqa: F401  (registers doc._.unrest_* attributes)
from unrest.geo.fold import fold, fold_word
from unrest.geo.gazetteer import Gazetteer, Match
from unrest.geo.regions import AREA_NOUNS, RegionDef, direction_key, direction_region, region_table
from unrest.geo.resolve import (
    STATEMENT_VERBS, Candidate, Mention, Resolution, Resolved, abbreviations, candidates_for, resolve,
    text_candidates,
)
from unrest.ingest.dateline import find_dateline
from unrest.models import Place

log = logging.getLogger(__name__)

MAX_NGRAM = 5
# entity labels that a place name is never part of
HARD_LABELS = frozenset("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY LANGUAGE".split())
CONNECTORS = frozenset("of and the de del la las los el al ez az as ad an du da do des di y e upon on".split())
# connectors that never begin a place name ("La Paz", "Los Angeles", "El Fasher" do begin with one)
NEVER_FIRST = frozenset("of and the upon on y e an as ad az ez".split())
LOCATIVE = frozenset(
    "in at near from to into across outside around toward towards throughout inside via on".split()
)
PLACE_OF = AREA_NOUNS | frozenset(
    "city cities town towns village villages suburb suburbs neighbourhood neighborhood municipality "
    "municipalities capital outskirts "
    "hometown district".split()
)
# "assam rifles", "all assam students' union": a place name inside an organisation's name
ORG_NOUNS = frozenset(
    "rifles regiment union students party front council federation association congress league "
    "corps battalion brigade university college times tribune express herald post news airways "
    "airlines bank club fc united".split()
)
SITE_NOUNS = frozenset(
    "square avenue street road boulevard bridge prison jail airport stadium university mosque "
    "church cathedral palace parliament park market bazaar base camp hospital highway motorway "
    "roundabout plaza gate compound barracks center centre hall embassy consulate station tower museum library "
    "hotel cemetery mall terminal".split()
)
# Frequent English words that are also notable places; the WordNet check catches most others.
COMMON_WORDS = frozenset(
    "police march male mobile nice reading bath orange split buffalo temple sale lens "
    "independence providence victoria concord aurora phoenix of us man university union "
    "liberty hope unity progress justice freedom paradise eden ocean golden harmony faith "
    "friendship welcome mission enterprise commerce industry deal say said will ban god".split()
)


@lru_cache(maxsize=1)
def not_place_names() -> frozenset[str]:
    """Continents and multi-country regions ("Africa", "Middle East"): named, but not places here."""
    data = json.loads(resources.files("unrest.geo").joinpath("data/aliases.json").read_text("utf-8"))
    return frozenset(fold(n) for n in data["not_places"])


@dataclass
class _Span:
    """A candidate place span (token indices, end exclusive) before resolution."""

    start: int
    end: int
    candidates: list[Candidate]
    priority: int  # 3 site, 2 region/direction, 1 aligned with a NER place entity, 0 other
    weak: bool = False
    direction: str | None = None  # "the western provinces": country from context
    site: bool = False


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
                for pos in ("verb", "adj", "adv"):
                    words.update(table.get(pos, []))
        return frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        lowercase_mode = _lowercase_mode(doc)
        spans, demonyms = self._find_spans(doc, lowercase_mode)
        resolvable = [s for s in spans if not s.site and s.direction is None]
        resolution = resolve([self._mention(doc, s) for s in resolvable], doc.text, demonyms=demonyms)
        doc._.unrest_country_hint = resolution.country
        doc._.unrest_places = self._places(doc, spans, resolvable, resolution)
        return doc

    def resolve_spans(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Place | None]:
        """Resolve spans found by someone else (gold toponyms) the way ``__call__`` resolves
        the spans it finds: the same candidates, the same context (the other given spans and
        the report's demonyms) and the same scoring. One ``Place`` or None per span, in order."""
        items: list[_Span] = []
        for start, end in spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                span = doc[-1:] if len(doc) else doc[:]
            items.append(_Span(span.start, span.end, text_candidates(self.gazetteer, doc.text[start:end]), 1))
        demonyms = self._demonyms(doc, items, _lowercase_mode(doc))
        mentions = []
        for (start, end), item in zip(spans, items):
            m = self._mention(doc, item)
            m.text, m.start, m.end = doc.text[start:end], start, end
            mentions.append(m)
        resolution = resolve(mentions, doc.text, demonyms=demonyms)
        out: list[Place | None] = []
        for (start, end), r in zip(spans, resolution.places):
            if r is None:
                out.append(None)
                continue
            place = _place(doc.char_span(start, end, alignment_mode="expand") or doc[:0], r)
            place.text, place.start, place.end = doc.text[start:end], start, end
            out.append(place)
        return out

    # -- finding spans -------------------------------------------------------------------

    def _find_spans(self, doc: Doc, lowercase_mode: bool) -> tuple[list[_Span], list[str]]:
        # fold each token once; an n-gram's key is its tokens' keys joined (same as folding it)
        folded = [fold_word(t.text) for t in doc]
        grams = {(i, j): " ".join(k for k in folded[i:j] if k) for i, j in _ngrams(doc)}
        found = self.gazetteer.lookup_keys(grams.values())
        persons = frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e if t.is_alpha)
        dateline = find_dateline(doc.text)
        ctx = _Finder(doc, grams, found, lowercase_mode, _entities_by_token(doc), persons,
                      (dateline.place_start, dateline.place_end) if dateline is not None else None)
        regions = region_table()
        spans: list[_Span] = []
        for (i, j), key in grams.items():
            matches = found.get(key, [])
            rdefs = regions.get(key, ())
            if (not matches and not rdefs) or key in not_place_names():
                continue
            span = doc[i:j]
            if rdefs and self._region_ok(span, rdefs, lowercase_mode):
                spans.append(_Span(i, j, candidates_for(self.gazetteer, span.text, matches), 2))
            elif matches:
                verdict = self._gazetteer_ok(span, matches, ctx)
                if verdict:
                    aligned = any(e.label_ in ("GPE", "LOC", "NORP") and _same_span(e, span) for e in doc.ents)
                    spans.append(_Span(i, j, [Candidate.from_match(m) for m in matches], int(aligned),
                                       weak=verdict == "weak"))
        spans = [_with_suffix(doc, sp) for sp in spans]
        spans += self._abbreviation_spans(doc)
        spans += self._direction_spans(ctx)
        if not lowercase_mode:
            spans += _site_spans(doc)
        chosen = _without_overlaps(spans)
        return chosen, self._demonyms(doc, chosen, lowercase_mode)

    def _region_ok(self, span: Span, rdefs: tuple[RegionDef, ...], lowercase_mode: bool) -> bool:
        if any(t.ent_type_ in HARD_LABELS | {"PERSON"} for t in span):
            return False
        if lowercase_mode:
            return len(span) > 1 or len(span.text) >= 5 and span.text.lower() not in self._common
        aliases = {a for r in rdefs for a in (*r.aliases, r.name)}
        capitalised_alias = any(fold(a) == fold(span.text) and a[:1].isupper() for a in aliases)
        # "Swat" the valley, not a "swat team"; a lowercase alias ("coastal region") may be either
        return span.text[:1].isupper() or not capitalised_alias

    def _gazetteer_ok(self, span: Span, matches: list[Match], ctx: _Finder) -> bool | str:
        """Whether a gazetteer match is a place mention: True, False or "weak"."""
        first, last = span[0], span[-1]
        if last.lower_ in CONNECTORS or first.is_punct:
            return False
        if first.lower_ in CONNECTORS and (len(span) == 1 or first.lower_ in NEVER_FIRST or first.is_lower
                                           and not ctx.lowercase_mode):
            return False  # "of Tehran", "the Hague" as "the" + ..., but "Los Angeles", "La Paz"
        if not ctx.lowercase_mode and not span.text[:1].isupper():
            return False
        if self.gazetteer.demonym_country(span.text) and not _has_country(matches, exact=True):
            return False  # "Iraqi", "Afghan": nationality, not place
        if _in_organisation_name(span):
            return False
        labels = {t.ent_type_ for t in span if t.ent_type_}
        if labels & HARD_LABELS:
            return False
        if not ctx.lowercase_mode and len(span) == 1 and not _is_unit(matches):
            before = span.doc[span.start - 1] if span.start > 0 else None
            if span[0].lower_ in ctx.person_words and not ctx.place_cue(span):
                return False  # "Salah" after "Mohamed Salah": the person again, not the Turkish town
            if len(span.text) <= 4 and not span.text.istitle():
                return False  # "BA", "MoD": an acronym is a country or a province, never a village
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if before is not None and before.lower_ == "the" and not (after is not None and after.is_punct) \
                    and not ctx.found.get(ctx.grams.get((span.start - 1, span.end), "")):
                return False  # "the Centre", "the Mission" (but "the Pittsburgh-based company")
        entity = ctx.entity_of(span)
        if entity is not None and _same_span(entity, span) and entity.label_ in ("GPE", "NORP"):
            if ctx.lowercase_mode and not (_well_known(matches, "GPE") or _strong(matches, 50_000)):
                return "weak"  # the NER guesses in lowercase text: "nda" (an alliance) is no Ivorian town
            return True  # the NER already says it is a place (a NORP name is not a demonym here)
        if entity is not None and _same_span(entity, span) and entity.label_ in ("LOC", "FAC"):
            # mountains, rivers and "the metro" match small towns: only well-known places
            return _strong(matches, 100_000) or ctx.cue(span)
        if entity is not None and _same_span(entity, span) and _well_known(
            matches, "GPE" if ctx.lowercase_mode else entity.label_
        ):
            return True  # "Tamil Nadu said" (PERSON), "a Durban court" (ORG): the small model's slips
        if entity is not None and ctx.lowercase_mode:
            return self._lowercase_ok(span, matches, ctx)  # casing-based checks mean nothing here
        if entity is not None:
            return self._mislabelled_ok(span, matches, entity, ctx)
        if ctx.lowercase_mode:
            return self._lowercase_ok(span, matches, ctx)
        return self._capitalised_ok(span, matches, ctx)

    def _mislabelled_ok(self, span: Span, matches: list[Match], entity: Span, ctx: _Finder) -> bool | str:
        """A name inside an entity the NER did not call a place ("Lyon" PERSON, "Abuja, Benin
        City" ORG): kept when the text says "place" around it, and it is not part of a longer
        proper name ("Iran International")."""
        doc = span.doc
        inside_before = doc[span.start - 1] if span.start > entity.start else None
        inside_after = doc[span.end] if span.end < entity.end else None
        for tok in (inside_before, inside_after):
            if tok is not None and (tok.is_title or tok.is_upper) and tok.lower_ not in PLACE_OF:
                return False
        if entity.label_ == "ORG" and _has_country(matches, exact=False):
            return True  # "Confederation of Indigenous Nationalities of Ecuador", "Maldives"
        if _is_government_subject(span) and any(m.entry.capital and m.kind <= 1 for m in matches):
            return True  # "Washington said" tagged PERSON
        if ctx.cue(span) and _strong(matches, 10_000):
            return True
        if ctx.cue(span) and any(m.kind <= 2 and m.entry.population >= 50_000 for m in matches):
            return "weak"  # "the capital Naypyitaw" (PERSON to the NER, Nay Pyi Taw to GeoNames)
        return False

    def _capitalised_ok(self, span: Span, matches: list[Match], ctx: _Finder) -> bool | str:
        """A capitalised name the NER missed: a country, province or sizeable town."""
        if any(not (t.is_title or t.is_upper or t.lower_ in CONNECTORS or t.is_punct) for t in span):
            return False
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        # part of a longer proper name ("Red Crescent", "Maria Lopez")
        if before is not None and before.is_title and not before.is_sent_start and not before.is_punct:
            return False
        if after is not None and after.is_title and after.lower_ not in PLACE_OF:
            return False
        if span[0].is_sent_start and len(span) == 1 and span.text.lower() in self._common:
            return False
        if len(span) == 1 and span[0].pos_ != "PROPN" and not ctx.cue(span):
            return False  # "Commerce", "Mission", "Police" as common nouns
        if len(span) == 1 and span[0].is_stop:
            return _is_unit(matches)  # "No" is no Haitian province; "US" is a country
        if _strong(matches, 15_000, admin2=ctx.place_cue(span)):
            return True
        # "his hometown of Ambo", "in Ambo": a smaller town, or one known by another name, is
        # kept if it lies in the report's country
        if ctx.cue(span) and any(m.kind <= 2 and m.entry.population >= 5_000 for m in matches):
            return "weak"
        if any(m.kind <= 2 and m.entry.population >= 100_000 for m in matches):
            return "weak"  # a city under another spelling ("Douma"), if it fits the report's country
        return False

    def _lowercase_ok(self, span: Span, matches: list[Match], ctx: _Finder) -> bool | str:
        """Running lowercase text: well-known names that are not English words, or towns where
        the text says "place" ("in leh", "churachandpur district", "the gujarat government").
        Only a country or a place of a million people is trusted on its own; the rest are
        "weak", kept only if they lie in the report's country ("sabha" of "lok sabha" is a
        Libyan province)."""
        if any(t.is_stop or t.like_num or t.is_punct for t in span) or len(span.text) < 3:
            return False
        if len(span) == 1 and (span.text.lower() in self._common or span[0].lemma_.lower() in self._common):
            return False
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ in ("DET", "PRON") and before.lower_ != "the":
            return False  # "his march", "a police"
        known = [
            m for m in matches
            if (m.kind <= 1 and m.entry.feature in ("country", "admin1") and len(span.text) >= 4)
            or (m.entry.feature == "city" and (m.kind == 0 and m.entry.population >= self.min_lowercase_population
                                               or m.kind <= 2 and m.entry.population >= 500_000))
        ]
        if before is not None and before.lower_ == "the" and not _has_country(matches, exact=False):
            after = span.doc[span.end] if span.end < len(span.doc) else None
            if not known or after is None or after.pos_ not in ("NOUN", "PROPN"):
                return False  # "the march", but "the gujarat government", "the chittorgarh district"
        if known:
            firm = any(m.entry.feature == "country" or m.entry.population >= 1_000_000 for m in known)
            return True if firm else "weak"
        if ctx.cue(span) and any(m.kind <= 2 and m.entry.population >= 5_000 for m in matches):
            return "weak"
        return False

    def _abbreviation_spans(self, doc: Doc) -> list[_Span]:
        """A postal abbreviation after a comma ("Rockville, Md.", "Surrey, B.C.") or dotted initials
        after "in"/"from" ("in D.C.")."""
        table = abbreviations()
        out: list[_Span] = []
        for tok in doc:
            if tok.i == 0 or not tok.text[:1].isupper():
                continue
            after_comma = doc[tok.i - 1].text == ","
            # "in D.C.", "from N.Y.": only the dotted initials stand alone
            if not after_comma and not (doc[tok.i - 1].lower_ in LOCATIVE and tok.text.count(".") >= 2):
                continue
            for j in range(min(len(doc), tok.i + 3), tok.i, -1):
                code = table.get(doc[tok.i : j].text.replace(" ", "").lower())
                unit = self.gazetteer.admin1(code) if code else None
                if unit is not None and doc[tok.i : j].text.endswith("."):
                    cand = Candidate(unit.feature, unit.country, unit.admin1_code, unit.population, 1, entry=unit)
                    out.append(_Span(tok.i, j, [cand], 1))
                    break
        return out

    def _direction_spans(self, ctx: _Finder) -> list[_Span]:
        """"northern Iran", "south Lebanon", "western provinces of Iran", "the western provinces"."""
        doc, out = ctx.doc, []
        for tok in doc:
            key = direction_key(tok.text)
            if key is None or tok.i + 1 >= len(doc) or tok.ent_type_ in HARD_LABELS:
                continue
            nxt = tok.i + 1
            if doc[nxt].lower_ in AREA_NOUNS | {"highlands", "lowlands", "plains", "coast", "hills"}:
                end = nxt + 1
                if end + 1 < len(doc) and doc[end].lower_ == "of":
                    place = ctx.place_after(end + 1)
                    if place is not None:
                        out.append(_Span(tok.i, place[0], self._direction_candidates(key, place[1]), 2))
                        continue
                if not tok.is_title or tok.is_sent_start:  # "Western Province" is a name
                    out.append(_Span(tok.i, end, [], 2, direction=key))
                continue
            place = ctx.place_after(nxt)
            if place is None:
                continue
            # "South Sudan", "West Bengal": the whole phrase is itself a name
            if ctx.found.get(ctx.grams.get((tok.i, place[0]), "")) and (tok.is_title or ctx.lowercase_mode):
                continue
            unit = doc[place[0]] if place[0] < len(doc) else None
            if unit is not None and SUFFIX_NOUNS.get(unit.lower_) == "admin1" and any(
                m.entry.feature == "admin1" for m in place[1]
            ):
                continue  # "eastern Morazan department": the department, which lies in the east
            out.append(_Span(tok.i, place[0], self._direction_candidates(key, place[1]), 2))
            out.append(_Span(nxt, place[0], [Candidate.from_match(m) for m in place[1]], 1))
        return out

    def _direction_candidates(self, key: str, matches: list[Match]) -> list[Candidate]:
        out: list[Candidate] = []
        for m in matches[:4]:
            region = direction_region(self.gazetteer, key, m.entry)
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
            span.text, span.start_char, span.end_char, s.candidates, sentence=sent.start,
            government=_is_government_subject(span), weak=s.weak,
            sent_start=sent.start_char, sent_end=sent.end_char,
        )

    def _places(self, doc: Doc, spans: list[_Span], resolvable: list[_Span], resolution: Resolution) -> list[Place]:
        resolved = {id(s): r for s, r in zip(resolvable, resolution.places)}
        country = self.gazetteer.country(resolution.country) if resolution.country else None
        out: list[tuple[int, Resolved, _Span]] = []
        for s in spans:
            text = doc[s.start : s.end].text
            chosen = resolved.get(id(s))
            if s.direction is not None and country is not None:  # "the western provinces"
                region = direction_region(self.gazetteer, s.direction, country)
                if region is not None:
                    chosen = Resolved(Mention(text, 0, 0, []), Candidate.from_region(region), 0.0)
            if chosen is not None:
                out.append((s.start, chosen, s))
        places = [_place(doc[s.start : s.end], r) for _, r, s in sorted(out, key=lambda x: x[0])]
        sites = [s for s in spans if s.site]
        places += [_site_place(doc[s.start : s.end], places, resolution.country) for s in sites]
        places.sort(key=lambda p: p.start)
        for n, p in enumerate(places, 1):
            p.id = f"p{n}"
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


@dataclass
class _Finder:
    """One doc's n-grams and gazetteer hits, with the context tests that use them."""

    doc: Doc
    grams: dict[tuple[int, int], str]
    found: dict[str, list[Match]]
    lowercase_mode: bool
    entities: dict[int, Span]  # token index -> the entity holding it
    person_words: frozenset[str] = frozenset()  # words of the report's multi-word PERSON names
    dateline_place: tuple[int, int] | None = None  # characters of the place a dateline opens with

    def place_cue(self, span: Span) -> bool:
        """"in X", "X district", "district of X", "BATUMI —": the words around say "place" (a list
        does not)."""
        doc = span.doc
        if self.dateline_place is not None and self.dateline_place[0] <= span.start_char < self.dateline_place[1]:
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.lower_ in LOCATIVE:
            return True
        if before is not None and before.lower_ == "of" and span.start > 1 and doc[span.start - 2].lower_ in PLACE_OF:
            return True
        return after is not None and after.lower_ in PLACE_OF

    def entity_of(self, span: Span) -> Span | None:
        """The entity that holds the whole span, if any."""
        ent = self.entities.get(span.start)
        return ent if ent is not None and span.end <= ent.end else None

    def cue(self, span: Span) -> bool:
        """The text says "place" around ``span``: "in X", "district of X", "X region", or a
        list of places ("Marseille, Lyon, Toulouse")."""
        if self.place_cue(span):
            return True
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and before.lower_ in PLACE_OF and span.start > 1 and doc[span.start - 2].lower_ == "the":
            return True  # "the capital Naypyitaw", "the town Leh"
        if before is not None and before.text in (",", "and", "&") and span.start > 1:
            if self._place_ends_at(span.start - 1):
                return True
        if after is not None and after.text in (",", "and", "&") and span.end + 1 < len(doc):
            return self._place_starts_at(span.end + 1)
        return False

    def _place_ends_at(self, end: int) -> bool:
        doc = self.doc
        if doc[end - 1].ent_type_ in ("GPE", "LOC"):
            return True
        return any(self.found.get(self.grams.get((i, end), "")) for i in range(max(0, end - 3), end)) and (
            doc[end - 1].is_title or self.lowercase_mode
        )

    def _place_starts_at(self, start: int) -> bool:
        doc = self.doc
        return doc[start].ent_type_ in ("GPE", "LOC") or (
            (doc[start].is_title or self.lowercase_mode) and bool(self.found.get(self.grams.get((start, start + 1), "")))
        )

    def place_after(self, i: int) -> tuple[int, list[Match]] | None:
        """The longest country/province name starting at token ``i`` (not a big city: "central
        Baghdad" is the city's centre, not a region)."""
        if i >= len(self.doc) or not (self.lowercase_mode or self.doc[i].text[:1].isupper()):
            return None
        for j in range(min(len(self.doc), i + MAX_NGRAM), i, -1):
            all_matches = self.found.get(self.grams.get((i, j), ""), [])
            units = [m for m in all_matches if m.entry.feature in ("country", "admin1") and m.kind <= 1]
            if units:
                if any(m.entry.feature == "city" and m.kind == 0 and m.entry.population >= 100_000 for m in all_matches):
                    return None
                return j, units
        return None


# -- helpers ------------------------------------------------------------------------------


def _place(span: Span, r: Resolved) -> Place:
    c = r.candidate
    text, start, end = span.text, span.start_char, span.end_char
    if c.region is not None:
        reg = c.region
        one = reg.admin1_codes[0] if len(reg.admin1_codes) == 1 else None
        return Place("", text, start, end, reg.name, "region", reg.lat, reg.lon, None,
                     None, one, reg.country, list(reg.admin1_codes), r.role)
    e = c.entry
    assert e is not None
    return Place("", text, start, end, e.name, e.feature, e.lat, e.lon, e.geonameid,
                 e.admin1, e.admin1_code, e.country, [], r.role)


SUFFIX_NOUNS = {
    "state": "admin1", "province": "admin1", "region": "admin1", "governorate": "admin1", "oblast": "admin1",
    "prefecture": "admin1", "department": "admin1", "division": "admin1",
    "county": "admin2", "district": "admin2", "parish": "admin2", "municipality": "admin2", "city": "city",
}


def _with_suffix(doc: Doc, sp: _Span) -> _Span:
    """A name and the noun that says what it is are one place: "Benue State", "Orange County",
    "Quezon City" (the resolver reads the noun as it reads "province of X")."""
    if sp.site or sp.direction is not None or sp.end >= len(doc) or not sp.candidates:
        return sp
    nxt = doc[sp.end]
    feature = SUFFIX_NOUNS.get(nxt.lower_)
    features = {c.feature for c in sp.candidates}
    if feature is None or not (nxt.is_title or nxt.is_lower) or nxt.ent_type_ in HARD_LABELS:
        return sp
    if feature in features or (feature == "admin1" and "admin2" in features) or (feature == "admin2" and "admin1" in features):
        return _Span(sp.start, sp.end + 1, sp.candidates, sp.priority, sp.weak)
    return sp


def _site_place(span: Span, places: list[Place], country: str | None) -> Place:
    """A square, avenue or prison: located by the nearest town named in its sentence, else by the
    last town named before it in its paragraph, else by the report's own town ("Independence
    Square" in a report datelined Kyiv)."""
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    towns = [p for p in places if p.feature in ("city", "admin2", "admin1") and p.role == "location"]
    near = [p for p in towns if sent.start_char <= p.start < sent.end_char]
    near.sort(key=lambda p: abs(p.start - span.start_char))
    # beyond its sentence, a site is looked for only in the report's own country
    towns = [p for p in towns if country is None or p.country == country]
    para_start = span.doc.text.rfind("\n\n", 0, sent.start_char) + 1
    before = [p for p in towns if para_start <= p.start and p.end <= sent.start_char]
    anchor = near[0] if near else before[-1] if before else focus_place(span.doc.text, towns)
    return Place(
        "", span.text, span.start_char, span.end_char, span.text, "site",
        anchor.lat if anchor else None, anchor.lon if anchor else None, None,
        anchor.admin1 if anchor else None, anchor.admin1_code if anchor else None,
        anchor.country if anchor else country, [], "location",
    )


def focus_place(text: str, places: list[Place]) -> Place | None:
    """Where the report is: its dateline place ('NAIROBI —', 'jaipur:'), else the place it names most."""
    located = [p for p in places if p.role != "government" and p.feature in ("city", "admin1", "admin2", "site")]
    if not located:
        return None
    first = located[0]
    dateline = find_dateline(text)
    if dateline is not None and dateline.place_start <= first.start < dateline.place_end:
        return first
    # "set off from El Alto", "a vendor from El Alto": where people came from is not where the report is
    where = [p for p in located if not text[max(0, p.start - 5):p.start].lower().endswith("from ")] or located
    counts: dict[str, int] = {}
    for p in where:
        counts[p.name] = counts.get(p.name, 0) + 1
    best = max(counts, key=lambda name: counts[name])
    return next(p for p in where if p.name == best)


def _site_spans(doc: Doc) -> list[_Span]:
    """Capitalised names ending in a site noun: "Tahrir Square", "Martyrs' Square", "Evin Prison"."""
    out: list[_Span] = []
    for tok in doc:
        if tok.lower_ not in SITE_NOUNS or not tok.is_title or tok.ent_type_ in ("PERSON",):
            continue
        i = tok.i
        while i > tok.sent.start and (
            (doc[i - 1].is_title and not doc[i - 1].is_sent_start and doc[i - 1].lower_ not in ("the",))
            or doc[i - 1].text in ("-", "'", "’") or doc[i - 1].lower_ in ("al", "el", "ul", "de")
        ):
            i -= 1
        if doc[i].is_title and doc[i].lower_ not in CONNECTORS and i < tok.i:
            out.append(_Span(i, tok.i + 1, [], 3, site=True))
    return out


def _lowercase_mode(doc: Doc) -> bool:
    """True for docs whose casing says nothing (all lower or all upper)."""
    words = [w for w in _WORDS.findall(doc.text) if w.isalpha()]  # the text, not Token objects: faster
    if len(words) < 3:
        return bool(words) and all(w.islower() for w in words)
    upper = sum(1 for w in words if w.isupper()) / len(words)
    capital = sum(1 for w in words if w[0].isupper()) / len(words)
    return capital < 0.03 or upper > 0.6


_WORDS = re.compile(r"[^\W\d_]{2,}")


def _ngrams(doc: Doc) -> Iterator[tuple[int, int]]:
    # token flags read once (a Token object per access is the costly part)
    stops: list[bool] = []
    puncts: list[bool] = []
    starts: list[bool] = []
    for tok in doc:
        text = tok.text
        punct = tok.is_punct
        stops.append(tok.is_space or text in ("'s", "’s") or (punct and text not in ("-", "'", ",")))
        puncts.append(punct)
        starts.append(text[:1].isalpha())
    bounds = [(s.start, s.end) for s in doc.sents] if doc.has_annotation("SENT_START") else [(0, len(doc))]
    for start, end in bounds:
        for i in range(start, end):
            if not starts[i]:
                continue
            for j in range(i + 1, min(end, i + MAX_NGRAM) + 1):
                if stops[j - 1]:
                    break
                if not puncts[j - 1]:  # a name may hold a hyphen ("Deir ez-Zor") or a comma
                    yield i, j  # ("Washington, D.C."), never end on one


def _without_overlaps(spans: list[_Span]) -> list[_Span]:
    taken: set[int] = set()
    chosen: list[_Span] = []
    # a plain gazetteer span and one aligned with a NER place compete on length: "Trinidad and
    # Tobago" over the "Trinidad" the NER found
    for s in sorted(spans, key=lambda s: (-max(s.priority, 1), -(s.end - s.start), -s.priority, s.start)):
        if not s.candidates and s.direction is None and not s.site:
            continue
        inside = [i for i in range(s.start, s.end) if i in taken]
        # the country inside "western Ukraine" is a place too: nested spans may stay
        nested = any(c.start <= s.start and s.end <= c.end and c.priority == 2 and c.direction is None
                     and c.candidates and c.candidates[0].feature == "region" for c in chosen)
        if inside and not (nested and s.priority == 1 and s.candidates and s.candidates[0].feature == "country"):
            continue
        taken.update(range(s.start, s.end))
        chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def _same_span(ent: Span, span: Span) -> bool:
    """The entity is the span, give or take "the" before it and "'s" after it."""
    start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
    end = ent.end - 1 if ent[-1].text in ("'s", "’s", "'", "’") and len(ent) > 1 else ent.end
    return start == span.start and end == span.end


def _well_known(matches: list[Match], label: str) -> bool:
    """A name no one mistakes, whatever the NER says: a country or province by its own name, or
    (for an entity not labelled PERSON) a city of 100,000 or more."""
    for m in matches:
        if m.kind > 1:
            continue
        if m.entry.feature == "country" or (m.entry.feature == "admin1" and m.kind == 0):
            return True
        if label != "PERSON" and m.entry.feature == "city" and m.kind == 0 and m.entry.population >= 100_000:
            return True
    return False


def _entities_by_token(doc: Doc) -> dict[int, Span]:
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def _is_unit(matches: list[Match]) -> bool:
    """A country or a province by its own name or an official alias."""
    return any(m.kind <= 1 and m.entry.feature in ("country", "admin1") for m in matches)


def _has_country(matches: list[Match], exact: bool) -> bool:
    return any(m.entry.feature == "country" and (m.kind == 0 or not exact) for m in matches)


def _strong(matches: list[Match], population: int, admin2: bool = True) -> bool:
    """A country or province by its name, or a town (or, with ``admin2``, a district) of at
    least ``population`` ("Johnson" alone is no Kansas county)."""
    return any(
        m.kind <= 1 and (m.entry.feature in ("country", "admin1")
                         or m.entry.population >= population and (admin2 or m.entry.feature != "admin2"))
        for m in matches
    )


def _in_organisation_name(span: Span) -> bool:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    return (after is not None and after.lower_ in ORG_NOUNS) or (before is not None and before.lower_ == "all")


def _is_government_subject(span: Span) -> bool:
    """"Moscow has warned", "Washington said": the span heads the subject of a statement verb."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return root.head.lemma_.lower() in STATEMENT_VERBS or root.head.lower_ in STATEMENT_VERBS
