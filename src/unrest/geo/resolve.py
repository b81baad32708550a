"""Choose one gazetteer reading per place mention, using the rest of the report as context.

Usable without spaCy: build ``Mention`` objects (text span, sentence number, candidates from
``candidates_for``) and call ``resolve``::

    text = "Riots in Atlanta, Georgia."
    ms = [Mention(n, text.index(n), text.index(n) + len(n), candidates_for(gaz, n))
          for n in ("Atlanta", "Georgia")]
    resolve(ms, text).places[1].candidate.admin1_code   # "US-GA"

The spaCy component ``unrest_places`` finds the mentions and does exactly that; its
``resolve_spans`` does it for spans found by someone else (gold toponyms), whose readings come
from ``text_candidates`` (which also reads "Russian" as Russia, "Calif." as California and
"Europe" as the continent).

Scoring, per candidate (higher wins), in units of "orders of magnitude of population":

1. prior: log10(population) plus a feature bonus (countries dominate a bare name, admin2
   rarely wins), minus a penalty for matching an alternate name rather than the real one;
2. cues in the text: "city of X" / "X city" -> city, "X province" / "province of X" ->
   admin1, "provinces" in the sentence -> admin1 for a name that is both;
3. qualifiers: "Atlanta, Georgia" / "Paris, Texas" -> the reading of each that contains or
   lies in the other;
4. context: the report's country (weighted mentions), the provinces already named, and the
   towns already placed (a town within ``NEAR_KM`` of another one the report names: Riverdale
   beside Allendale, New Jersey); a province beats its same-named district, and its seat city
   (Brest, Najaf) takes the province's score unless the sentence speaks of provinces (not a town
   that only shortens to the name: "Oklahoma" is no Oklahoma City); the mentions of one name
   count as one vote for the report's country, and a bare name takes the reading it got where
   the report pinned it down ("Parkland, Florida" ... "Parkland"); places joined by "and"/"or"
   are of one kind ("California or Washington": the state; "Greece or Portugal": the country);
5. role: a capital that is the subject of a statement verb ("Moscow has warned") is read as
   the capital city and marked ``role="government"``.

The report's country comes from country mentions (weight 2), other resolved places (1) and
demonyms (0.5), and is recomputed once after a first pass.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from unrest.geo.fold import fold as fold_key
from unrest.geo.gazetteer import Gazetteer, GeoEntry, Match
from unrest.geo.regions import Region, RegionDef, direction_key, direction_region, region_table, table_region

FEATURE_BONUS = {"continent": 2.0, "country": 2.0, "admin1": 0.3, "city": 0.0, "admin2": -1.5, "region": 0.0}
KIND_PENALTY = {0: 0.0, 1: -0.3, 2: -2.5}
CAPITAL_BONUS = 1.5
BIG_CITY_BONUS = 0.8  # a city of a million or more beats its same-name province ("New York")
PROVINCE_TWIN_BONUS = 1.0  # a province named like its smaller seat city (Brest, Najaf)
CUE_BONUS = 5.0
QUALIFIER_BONUS = 10.0  # "Paris, Texas" outweighs Paris being a capital in a report on France
COUNTRY_CONTEXT = 4.0  # times the country's share of the report's evidence
SENTENCE_COUNTRY = 1.5
ADMIN1_CONTEXT = 1.5
SHORT_FORM_BONUS = 5.0  # "Udaipur" after "Chhota Udaipur" is that place again
SAME_NAME_BONUS = 5.0  # a bare "Parkland" after "Parkland, Florida" is that town again
SIBLING_BONUS = 2.0  # "California or Washington": the state, like its sibling
NEAR_CONTEXT = 1.5  # a town within NEAR_KM of another place the report names (Riverdale beside Allendale)
NEAR_KM = 120.0
REGION_BASE = 6.0

_CITY_BEFORE = re.compile(r"\b(city|town|village|municipality|port city|capital) of\s*$", re.I)
_CITY_AFTER = re.compile(r"^\s*(city|town)\b", re.I)
_ADMIN_BEFORE = re.compile(
    r"\b(province|provinces|state|governorate|region|oblast|department|prefecture) of\s*$", re.I
)
_ADMIN_AFTER = re.compile(
    r"^\s*(province|provinces|state|governorate|region|oblast|department|prefecture|division|"
    r"territory)\b", re.I
)
_ADMIN2_AFTER = re.compile(r"^\s*(district|county|municipality|raion)\b", re.I)
_PROVINCE_WORDS = re.compile(r"\b(provinces|governorates|states|oblasts|regions)\b", re.I)
_CITY_WORDS = re.compile(r"\b(cities|towns|city|town)\b", re.I)
STATEMENT_VERBS = frozenset(
    "say said says warn warned warns reject rejected rejects deny denied denies accuse accused "
    "accuses announce announced announces claim claimed claims condemn condemned condemns demand "
    "demanded demands threaten threatened threatens insist insisted insists urge urged urges "
    "respond responded responds vow vowed vows pledge pledged pledges dismiss dismissed dismisses "
    "blame blamed blames call called calls refuse refused refuses agree agreed agrees signal "
    "signaled signalled signals approve approved approves sanction sanctioned sanctions "
    "summon summoned summons criticize criticized criticised criticizes protest protested "
    "retaliate retaliated insist argue argued argues order ordered orders decide decided "
    "announce allege alleged alleges welcome welcomed welcomes expel expelled".split()
)
_GOVERNMENT_AFTER = re.compile(
    r"^\s+(?:has |have |had |is |was |also |again |quickly |swiftly |publicly |officially )*"
    r"([a-z]+)\b"
)


@dataclass
class Candidate:
    """One possible reading of a mention: a gazetteer entry or a region."""

    feature: str
    country: str | None
    admin1_code: str | None
    population: int
    kind: int = 0
    entry: GeoEntry | None = None
    region: Region | None = None
    region_def: RegionDef | None = None

    @classmethod
    def from_match(cls, m: Match) -> Candidate:
        e = m.entry
        return cls(e.feature, e.country, e.admin1_code, e.population, m.kind, entry=e)

    @classmethod
    def from_region(cls, region: Region, rdef: RegionDef | None = None) -> Candidate:
        return cls("region", region.country, None, 0, 0, region=region, region_def=rdef)

    def contains(self, other: Candidate) -> bool:
        """True when ``other`` lies inside this reading (a city in a province or country)."""
        if other.country is None or other.country != self.country or other is self:
            return False
        if self.feature == "country":
            return other.feature != "country"
        if self.feature == "admin1":
            return other.feature in ("city", "admin2") and other.admin1_code == self.admin1_code
        return False


@dataclass
class Mention:
    """A span of the report that may name a place, with its candidate readings."""

    text: str
    start: int
    end: int
    candidates: list[Candidate]
    sentence: int = 0
    government: bool = False  # set by a caller that parsed the sentence
    weak: bool = False  # little evidence (a small town in lowercase text): kept only in the report's country
    sent_start: int = 0  # character bounds of its sentence, when known
    sent_end: int = 0
    same_as: int | None = None  # a longer name of the report it shortens ("Udaipur" for "Chhota Udaipur")


@dataclass
class Resolved:
    """The reading chosen for a mention."""

    mention: Mention
    candidate: Candidate
    score: float
    role: str = "location"


@dataclass
class Resolution:
    """All chosen readings (None where no reading was good enough) and the report's country."""

    places: list[Resolved | None]
    country: str | None
    country_weights: dict[str, float] = field(default_factory=dict)


def candidates_for(gaz: Gazetteer, text: str, matches: Sequence[Match] | None = None) -> list[Candidate]:
    """Gazetteer and region-table readings of ``text`` (a region alias, a place name)."""
    from unrest.geo.fold import fold

    key = fold(text)
    found = [Candidate.from_match(m) for m in (matches if matches is not None else gaz.matches(text))]
    for rdef in region_table().get(key, ()):
        found.append(Candidate.from_region(table_region(gaz, rdef), rdef))
    return found


_LEADING = re.compile(r"^(?:the|downtown|central|greater|metropolitan|metro)\s+", re.I)
_TRAILING = re.compile(r"(?:['\u2019]s?|\.)$")
_GENERIC_SUFFIX = re.compile(
    r"\s+(?:city|county|parish|province|state|region|district|municipality|governorate|oblast|"
    r"area|town|village|township|borough)$", re.I
)


@lru_cache(maxsize=1)
def _span_tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Abbreviations ("Calif." -> "US-CA"), continent adjectives ("European" -> "Europe") and
    the names that are never a report's place (continents, "Middle East"), from aliases.json."""
    from unrest.geo.fold import fold

    data = json.loads(resources.files("unrest.geo").joinpath("data/aliases.json").read_text("utf-8"))
    abbreviations = {a.lower().replace(" ", ""): code for a, code in data.get("abbreviations", {}).items()}
    continents = {fold(k): v for k, v in data.get("continent_demonyms", {}).items()}
    return abbreviations, continents, frozenset(fold(n) for n in data["not_places"])


def abbreviations() -> dict[str, str]:
    """Postal abbreviations, lowercased without spaces ("w.va.") -> ISO 3166-2 code."""
    return _span_tables()[0]


def text_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """Readings of a toponym found by someone else (a gold span), read whole.

    A nationality adjective reads as its country ("Russian" -> Russia) and a continent's as the
    continent; a postal abbreviation ("Calif.", "D.C.") as its province; a continent or a
    multi-country region is never a town ("Africa", Puebla); else the name as written, or without
    "the"/"downtown" before it, a possessive or dot after it, or a generic noun ("County") at
    its end; else a side of a country or province ("South Florida", "West Wales")."""
    from unrest.geo.fold import fold

    abbreviations, continent_demonyms, not_places = _span_tables()
    key = fold(text)
    code = abbreviations.get(text.strip().lower().replace(" ", ""))
    if code is not None:
        unit = gaz.admin1(code)
        if unit is not None:
            return [Candidate(unit.feature, unit.country, unit.admin1_code, unit.population, 1, entry=unit)]
    found = candidates_for(gaz, text)
    if key in not_places or key in continent_demonyms:
        name = continent_demonyms.get(key, text)
        return [Candidate.from_match(m) for m in gaz.matches(name) if m.entry.feature == "continent"]
    country = gaz.demonym_country(text)
    if country is not None and not any(c.feature == "country" and c.kind == 0 for c in found):
        entry = gaz.country(country)
        if entry is not None:
            return [Candidate(entry.feature, entry.country, None, entry.population, 1, entry=entry)]
    if found:
        return found
    tried = {text}
    variant = text
    for pattern in (_LEADING, _TRAILING, _GENERIC_SUFFIX):
        variant = pattern.sub("", variant).strip()
        if variant and variant not in tried:
            tried.add(variant)
            found = candidates_for(gaz, variant)
            if found:
                return found
    return _direction_candidates(gaz, text)


def _direction_candidates(gaz: Gazetteer, text: str) -> list[Candidate]:
    """"South Florida", "West Wales", "Western US": that side of the country or province."""
    head, _, rest = text.strip().partition(" ")
    key = direction_key(head)
    if key is None or not rest:
        return []
    out = []
    for c in candidates_for(gaz, rest)[:4]:  # a name, not a demonym ("Central American")
        if c.entry is not None and c.entry.feature in ("country", "admin1") and c.kind <= 1:
            region = direction_region(gaz, key, c.entry)
            if region is not None:
                out.append(Candidate.from_region(region))
    return out


@dataclass
class _Context:
    """What the rest of the report says, for scoring one mention."""

    text: str
    mentions: Sequence[Mention]
    previous: Sequence[Resolved | None] | None = None
    weights: dict[str, float] = field(default_factory=dict)
    province_sentences: set[int] = field(default_factory=set)
    city_sentences: set[int] = field(default_factory=set)
    qualifiers: dict[int, tuple[int, str]] = field(default_factory=dict)
    same_name: list[frozenset[int]] = field(default_factory=list)  # per mention: those with its name
    siblings: dict[int, list[int]] = field(default_factory=dict)  # "X and Y", "X or Y"


def resolve(
    mentions: Sequence[Mention],
    text: str,
    *,
    demonyms: Iterable[str] = (),
    country_hint: str | None = None,
) -> Resolution:
    """Pick a reading for every mention; see the module docstring for the scoring.

    ``demonyms`` are country codes of nationality adjectives seen in the text (weak evidence);
    ``country_hint`` is a country known from elsewhere (the outlet, the feed).
    """
    base: Counter[str] = Counter()
    for code in demonyms:
        base[code] += 0.5
    if country_hint:
        base[country_hint] += 3
    _link_short_forms(mentions)
    ctx = _Context(text, mentions)
    ctx.same_name = _same_names(mentions)
    ctx.province_sentences = {m.sentence for m in mentions if _PROVINCE_WORDS.search(_sentence_text(text, m))}
    ctx.city_sentences = {m.sentence for m in mentions if _CITY_WORDS.search(_sentence_text(text, m))}
    ctx.qualifiers = _qualifier_pairs(mentions, text)
    ctx.siblings = _coordinated(mentions, text)
    # pass 1: priors and cues only, to learn the report's country; passes 2-3: full context
    chosen = [_best(i, ctx) for i in range(len(mentions))]
    for _ in range(2):
        ctx.previous = chosen
        ctx.weights = dict(_country_weights(chosen, base))
        chosen = [_best(i, ctx) for i in range(len(mentions))]
    weights = _country_weights(chosen, base)
    country = max(weights, key=weights.__getitem__) if weights else None
    chosen = [
        None if r is not None and r.mention.weak and r.candidate.country != country else r for r in chosen
    ]
    return Resolution(chosen, country, dict(weights))


def _same_names(mentions: Sequence[Mention]) -> list[frozenset[int]]:
    """Per mention, the indexes of the mentions (itself included) with the same folded name."""
    groups: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        groups.setdefault(fold_key(m.text), []).append(i)
    return [frozenset(groups[fold_key(m.text)]) for m in mentions]


def _anchored_readings(i: int, ctx: _Context) -> set[int]:
    """Readings that the same name got where the report pinned it down ("Parkland, Florida",
    "the city of X"): a later bare "Parkland" is that place again."""
    if not ctx.previous:
        return set()
    found = set()
    for j in ctx.same_name[i]:
        r = ctx.previous[j]
        if j == i or r is None or r.candidate.entry is None:
            continue
        if ctx.qualifiers.get(j, (0, ""))[1] == "outer" or _cue(ctx.text, ctx.mentions[j]) is not None:
            found.add(r.candidate.entry.id)
    return found


def _best(i: int, ctx: _Context) -> Resolved | None:
    m = ctx.mentions[i]
    cue = _cue(ctx.text, m)
    government = m.government or _looks_governmental(ctx.text, m)
    # context from the *other* names only, so a first guess does not confirm itself: the four
    # "St. Louis" of a report are one guess, not four votes for Senegal
    weights = Counter(ctx.weights)
    same = ctx.same_name[i]
    for j in same:
        own = ctx.previous[j] if ctx.previous else None
        if own is not None and own.candidate.country:
            weights[own.candidate.country] -= _weight(own)
    total = sum(w for w in weights.values() if w > 0) or 1.0
    admin1s = {
        r.candidate.admin1_code for j, r in enumerate(ctx.previous or ())
        if j not in same and r is not None and r.candidate.admin1_code
    }
    nearby = _sentence_countries(i, ctx)
    points = _other_points(i, ctx)
    qualifier = ctx.qualifiers.get(i)
    anchors = _anchored_readings(i, ctx) if qualifier is None and cue is None else set()
    sibling_features = _sibling_features(i, ctx) if cue is None else set()
    if any(c.feature == "country" and c.kind == 0 for c in m.candidates):
        sibling_features.discard("admin1")  # Guam beside Alaska and Hawaii is still Guam
    scored: list[tuple[float, Candidate]] = []
    for c in m.candidates:
        s = _prior(c)
        share = max(weights.get(c.country or "", 0.0), 0.0) / total
        if c.region_def is not None and share == 0 and c.country not in nearby:
            # a region alias needs its country in the report, unless it is a proper name
            # that nothing else could mean ("Darfur", "Donbas")
            if not m.text[:1].isupper() or len(m.candidates) > 1 or ctx.previous is None:
                continue
        if cue is not None and c.feature == cue:
            s += CUE_BONUS
        if government and c.entry is not None and c.entry.capital:
            s += 3.0
        s += COUNTRY_CONTEXT * share
        if c.country in nearby:
            s += SENTENCE_COUNTRY
        if c.admin1_code in admin1s and c.feature in ("city", "admin2"):
            s += ADMIN1_CONTEXT
        if points and c.feature in ("city", "admin2") and c.entry is not None and _near(c.entry, points):
            s += NEAR_CONTEXT
        if qualifier is not None:
            s += _qualifier_bonus(c, qualifier, ctx)
        if c.entry is not None and c.entry.id in anchors:
            s += SAME_NAME_BONUS
        if c.feature in sibling_features:
            s += SIBLING_BONUS
        if m.same_as is not None and ctx.previous and c.entry is not None:
            longer = ctx.previous[m.same_as]
            if longer is not None and longer.candidate.entry is not None and longer.candidate.entry.id == c.entry.id:
                s += SHORT_FORM_BONUS
        scored.append((s, c))
    if not scored:
        return None
    _twin_bonus(scored, cue, m.sentence in ctx.province_sentences, m.sentence in ctx.city_sentences)
    score, best = max(scored, key=lambda sc: sc[0])
    role = "government" if government and best.entry is not None and best.entry.capital else "location"
    return Resolved(m, best, score, role)


_NAME_NOUNS = frozenset(
    "city county state province region district parish governorate oblast municipality town township "
    "division department prefecture d c".split()
)


_DISTINCT = frozenset({"new", "old", "greater"})  # New Cairo is not Cairo, New York not York


def _link_short_forms(mentions: Sequence[Mention]) -> None:
    """A name that shortens a longer one of the same report ("Udaipur" after "Chhota Udaipur",
    "Washington" after "Washington, D.C.") may be read as it: the longer name's readings join its
    own, and ``same_as`` points to it. Not for countries ("Sudan" is no "South Sudan"), nor when
    the longer name only adds a noun ("Los Angeles County" leaves "Los Angeles" the city)."""
    keys = [fold_key(m.text).split() for m in mentions]
    for i, m in enumerate(mentions):
        words = keys[i]
        if not words or len("".join(words)) < 4 or "." in m.text or any(c.feature in ("country", "continent") and c.kind <= 1 for c in m.candidates):
            continue
        for j, other in enumerate(mentions):
            longer = keys[j]
            if len(longer) <= len(words):
                continue
            if longer[: len(words)] == words:
                extra = longer[len(words):]
            elif longer[-len(words):] == words:
                extra = longer[: -len(words)]
            else:
                continue
            if all(w in _NAME_NOUNS for w in extra) or any(w in _DISTINCT for w in extra):
                continue
            # only when the short name alone would take the report elsewhere: "Udaipur" alone is
            # in Rajasthan, the "Chhota Udaipur" the report is about is in Gujarat
            mine = max(m.candidates, key=_prior, default=None)
            theirs = max(other.candidates, key=_prior, default=None)
            if mine is None or theirs is None or (mine.country, mine.admin1_code) == (theirs.country, theirs.admin1_code):
                continue
            if mine.feature == "admin1" and mine.kind == 0:
                continue  # a province has its own name: "Cauca" beside "Valle del Cauca"
            own = {c.entry.id for c in m.candidates if c.entry is not None}
            added = [c for c in other.candidates if c.entry is not None and c.entry.id not in own
                     and c.feature in ("city", "admin1", "admin2")]
            if added or own & {c.entry.id for c in other.candidates if c.entry is not None}:
                m.candidates = [*m.candidates, *added]
                m.same_as = j
                break


def _prior(c: Candidate) -> float:
    if c.feature == "region":
        return REGION_BASE
    s = math.log10(c.population + 10) + FEATURE_BONUS.get(c.feature, 0.0) + KIND_PENALTY.get(c.kind, -3.0)
    if c.entry is not None and c.entry.capital:
        s += CAPITAL_BONUS
    if c.feature == "city" and c.population >= 1_000_000:
        s += BIG_CITY_BONUS
    return s


def _twin_bonus(scored: list[tuple[float, Candidate]], cue: str | None, provinces_near: bool,
                cities_near: bool) -> None:
    """A province and its same-named seat city (Brest, Najaf, Lviv): the city, unless
    the sentence speaks of provinces ("northern provinces, including Brest and Grodno")."""
    if cue is not None:
        return  # "city of X" / "X province" already decided it
    for i, (s, c) in enumerate(scored):
        if c.feature != "admin1":
            continue
        # a province and its same-named district (Chile's Biobio region and province): the province
        for j, (t_score, t) in enumerate(scored):
            if t.feature == "admin2" and t.admin1_code == c.admin1_code and t.country == c.country and t_score > s:
                s = t_score + 0.01
                scored[i] = (s, c)
        for j, (t_score, t) in enumerate(scored):
            if t.feature != "city" or t.admin1_code != c.admin1_code or t.country != c.country:
                continue
            if t.kind > 1 and t.population * 20 < c.population:
                continue  # a village with the name as a variant is no seat (Minneota, "Minnesota")
            if t.kind > 1 and t.population < 1_000_000 and _is_city_of(t, c):
                continue  # "Oklahoma" is the state, not Oklahoma City; a big city is ("New York")
            seat_like = not (t.entry and t.entry.capital) and t.population < 1_000_000
            if provinces_near and not cities_near and seat_like:
                scored[i] = (max(s, t_score) + PROVINCE_TWIN_BONUS, c)
            else:
                scored[j] = (max(t_score, s) + PROVINCE_TWIN_BONUS, t)


def _is_city_of(city: Candidate, province: Candidate) -> bool:
    """The city is named "<province> City" ("Oklahoma City"), the province's name only a short form."""
    if city.entry is None or province.entry is None:
        return False
    name, short = fold_key(city.entry.name), fold_key(province.entry.name)
    return name in (f"{short} city", f"city of {short}")


def _cue(text: str, m: Mention) -> str | None:
    before, after = text[max(0, m.start - 40) : m.start], text[m.end : m.end + 30]
    head, _, last = m.text.rpartition(" ")
    if head and (_CITY_AFTER.match(" " + last) or _ADMIN_AFTER.match(" " + last) or _ADMIN2_AFTER.match(" " + last)):
        after = " " + last + after  # the mention holds its own noun: "Benue State", "Orange County"
    if _CITY_BEFORE.search(before) or _CITY_AFTER.match(after):
        return "city"
    if _ADMIN_BEFORE.search(before) or _ADMIN_AFTER.match(after):
        return "admin1"
    if _ADMIN2_AFTER.match(after):
        return "admin2"
    return None


def _looks_governmental(text: str, m: Mention) -> bool:
    """Regex fallback for "Moscow has warned", "Washington said" when there is no parse."""
    before = text[max(0, m.start - 3) : m.start]
    if before.strip()[-2:].lower() in ("in", "to", "of") or m.text[:1].islower():
        return False
    found = _GOVERNMENT_AFTER.match(text[m.end : m.end + 60])
    return bool(found and found.group(1).lower() in STATEMENT_VERBS)


def _sentence_text(text: str, m: Mention) -> str:
    if m.sent_end > m.sent_start:
        return text[m.sent_start : m.sent_end]
    return text[max(0, m.start - 150) : m.end + 150]  # no sentence bounds given: a window


def _qualifier_pairs(mentions: Sequence[Mention], text: str) -> dict[int, tuple[int, str]]:
    """"A, B" pairs: A is qualified by B (its province or country) and B by A."""
    pairs: dict[int, tuple[int, str]] = {}
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for a, b in zip(order, order[1:]):
        between = text[mentions[a].end : mentions[b].start]
        if between.strip() == "," and "\n" not in between:
            pairs.setdefault(a, (b, "outer"))  # b contains a
            pairs.setdefault(b, (a, "inner"))  # a lies in b
    return pairs


_COORDINATION = re.compile(r"^,?\s+(?:and|or)\s+$")


def _coordinated(mentions: Sequence[Mention], text: str) -> dict[int, list[int]]:
    """Mentions joined by "and"/"or" ("California or Washington", "Greece or Portugal")."""
    out: dict[int, list[int]] = {}
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for a, b in zip(order, order[1:]):
        if _COORDINATION.match(text[mentions[a].end : mentions[b].start]):
            out.setdefault(a, []).append(b)
            out.setdefault(b, []).append(a)
    return out


def _sibling_features(i: int, ctx: _Context) -> set[str]:
    """Country or province readings of the places coordinated with this one (as chosen in the
    previous pass): a list names things of one kind."""
    if not ctx.previous:
        return set()
    own = fold_key(ctx.mentions[i].text)
    found = set()
    for j in ctx.siblings.get(i, ()):
        r = ctx.previous[j]
        if r is not None and r.candidate.feature in ("country", "admin1") and fold_key(r.mention.text) != own:
            found.add(r.candidate.feature)
    return found


def _qualifier_bonus(c: Candidate, qualifier: tuple[int, str], ctx: _Context) -> float:
    other_i, relation = qualifier
    other = ctx.mentions[other_i]
    if relation == "outer":  # c is the inner place; the other mention should contain it
        chosen = ctx.previous[other_i] if ctx.previous else None
        outers = [chosen.candidate] if chosen else other.candidates
        return QUALIFIER_BONUS if any(o.contains(c) for o in outers) else 0.0
    # c is the outer place: reward readings that contain a plausible reading of the inner one
    inners = [x for x in other.candidates if x.population >= 1000 or x.feature != "city"]
    return QUALIFIER_BONUS if any(c.contains(x) for x in inners) else 0.0


def _weight(r: Resolved) -> float:
    """How much one resolved place says about the report's country."""
    if r.role == "government":
        return 0.5  # "Washington said" is not a report on the US
    return 2.0 if r.candidate.feature == "country" else 1.0


def _country_weights(chosen: Sequence[Resolved | None], base: Counter[str]) -> Counter[str]:
    weights = Counter(base)
    for r in chosen:
        if r is not None and r.candidate.country is not None:
            weights[r.candidate.country] += _weight(r)
    return weights


def _other_points(i: int, ctx: _Context) -> list[tuple[float, float]]:
    """Where the report's other towns are (as chosen in the previous pass), for proximity."""
    if not ctx.previous:
        return []
    own = fold_key(ctx.mentions[i].text)
    return [
        (r.candidate.entry.lat, r.candidate.entry.lon)
        for j, r in enumerate(ctx.previous)
        if j != i and r is not None and r.candidate.entry is not None and r.candidate.feature in ("city", "admin2")
        and r.candidate.entry.lat is not None and r.candidate.entry.lon is not None
        and fold_key(r.mention.text) != own
    ]


def _near(e: GeoEntry, points: list[tuple[float, float]]) -> bool:
    if e.lat is None or e.lon is None:
        return False
    scale = math.cos(math.radians(e.lat))
    limit = (NEAR_KM / 111.2) ** 2
    return any((lat - e.lat) ** 2 + ((lon - e.lon) * scale) ** 2 <= limit for lat, lon in points)


def _sentence_countries(i: int, ctx: _Context) -> set[str]:
    """Countries of the other places chosen in the same sentence."""
    if not ctx.previous:
        return set()
    sentence = ctx.mentions[i].sentence
    return {
        r.candidate.country
        for j, r in enumerate(ctx.previous)
        if j != i and r is not None and r.candidate.country and r.mention.sentence == sentence
    }
