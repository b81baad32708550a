"""spaCy component ``unrest_actors``: who acts, with a canonical name and a kind.

Two sources of mentions:

1. known actors from ``nlp/data/actors.json`` (aliases map to one canonical name: "Revolutionary
   Guard" and "IRGC" are both the Islamic Revolutionary Guard Corps);
2. any noun phrase whose head says what kind of actor it is ("riot police", "Iraqi militia",
   "rights groups", "students"), so an actor nobody listed still gets a kind from context.

3. countries and capitals used as agents ("Moscow has warned", "Chile will back the bid") become
   states: the report's own country's government, or a foreign state; a state named by its
   nationality ("the Chinese foreign ministry", "Greek officials") is a foreign state when the
   report is about another country.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from unrest.geo.gazetteer import Gazetteer
from unrest.ingest.dateline import dateline_end_token
from unrest.nlp import extensions  # noqa: F401

# Head nouns (lemmas) that say what kind of actor a phrase names.
GENERIC_KINDS: dict[str, str] = {
    **{w: "state_security" for w in (
        "police", "policeman", "policemen", "cop", "gendarme", "gendarmerie", "constable",
        "paramilitary", "guard", "intelligence", "commando", "jawan", "personnel", "officer",
        "agent", "enforcement", "security", "sepoy", "home guard", "patrol", "squad")},
    **{w: "military" for w in (
        "army", "troop", "soldier", "military", "navy", "marine", "airforce", "tank", "battalion",
        "brigade", "regiment", "division", "junta", "armed forces")},
    **{w: "government" for w in (
        "government", "authority", "ministry", "minister", "president", "regime", "official",
        "administration", "cabinet", "parliament", "governor", "mayor", "court", "judiciary",
        "prosecutor", "judge", "state", "council", "magistrate", "collector", "spokesman", "spokesperson",
        "republic", "leadership", "kremlin", "chief minister", "prime minister", "lawmaker",
        "legislator", "mla", "mp", "party", "commission", "department")},
    **{w: "militia" for w in ("militia", "militiaman", "militiamen", "vigilante", "proxy", "proxies")},
    **{w: "armed_group" for w in (
        "rebel", "insurgent", "militant", "guerrilla", "gunman", "gunmen", "terrorist", "jihadist",
        "fighter", "extremist", "separatist", "bandit", "assailant", "attacker", "subversive",
        "kidnapper", "group", "faction", "cartel", "gang", "mercenary", "sniper")},
    **{w: "protesters" for w in (
        "protester", "protestor", "demonstrator", "marcher", "striker", "rioter", "crowd", "mob",
        "activist", "opposition", "dissident", "student", "union", "movement", "picketer")},
    **{w: "civilians" for w in (
        "civilian", "resident", "villager", "people", "passenger", "worshipper", "pilgrim",
        "child", "woman", "family", "farmer", "shopkeeper", "citizen", "man", "worker", "youth",
        "teenager", "bystander", "inhabitant", "peasant", "trader", "vendor", "driver", "patient",
        "refugee", "migrant", "villager", "tribesman", "muslim", "hindu", "christian", "dalit")},
    **{w: "rights_group" for w in ("ngo", "watchdog", "monitor", "charity")},
    **{w: "media" for w in ("journalist", "reporter", "media", "press", "newspaper", "broadcaster", "correspondent", "photographer")},
}
# heads that are only actors with a qualifying word ("security forces", "rights group")
QUALIFIED: dict[tuple[str, str], str] = {
    ("security", "force"): "state_security", ("security", "service"): "state_security",
    ("riot", "police"): "state_security", ("rights", "group"): "rights_group",
    ("rights", "organization"): "rights_group", ("rights", "organisation"): "rights_group",
    ("monitoring", "organization"): "rights_group", ("monitoring", "group"): "rights_group",
    ("human", "rights"): "rights_group", ("armed", "force"): "military", ("armed", "man"): "armed_group",
    ("armed", "group"): "armed_group", ("air", "force"): "military", ("police", "force"): "state_security",
    ("border", "guard"): "state_security", ("revolutionary", "guard"): "military",
    ("state", "media"): "media", ("news", "agency"): "media", ("foreign", "force"): "militia",
    ("proxy", "force"): "militia", ("militia", "force"): "militia",
    # the lemmatiser reads "rights" as "right"
    ("right", "group"): "rights_group", ("right", "organization"): "rights_group",
    ("right", "organisation"): "rights_group", ("right", "body"): "rights_group", ("right", "watchdog"): "rights_group",
    ("security", "chief"): "state_security", ("police", "chief"): "state_security",
    ("intelligence", "chief"): "state_security", ("army", "chief"): "military", ("military", "chief"): "military",
    ("death", "squad"): "militia", ("paramilitary", "group"): "militia", ("drug", "cartel"): "armed_group",
}
_DROP_LEADING = {"the", "a", "an", "some", "many", "several", "numerous", "other", "its", "their",
                 "his", "her", "these", "those", "all", "more", "most", "dozens", "hundreds", "thousands"}


@dataclass
class ActorMention:
    start: int
    end: int
    tok_start: int
    tok_end: int
    root: int  # token index of the phrase's head
    name: str
    kind: str
    text: str
    known: bool = False
    wire: bool = False
    country: str | None = None  # "Russian troops" -> RU, a known actor's own, a foreign state's


@lru_cache(maxsize=1)
def known_actors() -> list[dict[str, Any]]:
    data = json.loads(resources.files("unrest.nlp.data").joinpath("actors.json").read_text("utf-8"))
    return list(data["actors"])


def _is_caseful(alias: str) -> bool:
    """Short all-caps aliases ('AP', 'IS', 'WHO') match only with their case."""
    return len(alias) <= 4 and alias.replace(".", "").isupper()


@Language.factory("unrest_actors", requires=["doc.ents", "token.dep", "token.lemma"], assigns=["doc._.unrest_actors"])
def make_actors(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder(nlp)


class ActorFinder:
    def __init__(self, nlp: Language) -> None:
        self.by_key: dict[str, dict[str, Any]] = {}
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        tokenizer = nlp.tokenizer
        for entry in known_actors():
            for alias in [entry["name"], *entry.get("aliases", [])]:
                key = alias.lower()
                self.by_key.setdefault(key, entry)
                caseful = _is_caseful(alias) and not entry.get("any_case")
                matcher = self.exact_matcher if caseful else self.lower_matcher
                matcher.add(key, [tokenizer(alias)])

    def __call__(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = []
        taken: set[int] = set()
        for span in self._known_spans(doc):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            entry = self.by_key[span.text.lower()] if span.text.lower() in self.by_key else self.by_key[span.label_]
            mentions.append(_mention(span, entry["name"], entry["kind"], known=True, wire=bool(entry.get("wire")),
                                     country=entry.get("country")))
            taken.update(range(span.start, span.end))
        for span, name, kind, country in state_agents(doc):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            mentions.append(_mention(span, name, kind, country=country))
            taken.update(range(span.start, span.end))
        phrases = [(span, canonical_generic(span), kind) for span, kind in generic_phrases(doc)]
        for span, name, kind in phrases + people_and_peoples(doc):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            nationality = _nationality(span)
            if kind == "government" and nationality is not None and nationality != doc._.unrest_country_hint \
                    and doc._.unrest_country_hint is not None:
                kind = "foreign_state"  # "Greek officials" in a report about another country
            mentions.append(_mention(span, name, kind, country=nationality))
            taken.update(range(span.start, span.end))
        opening = dateline_end_token(doc)  # "DHAKA —": the tagger may call a dateline's capitals an ORG
        for ent in doc.ents:
            if ent.label_ == "ORG" and not any(i in taken for i in range(ent.start, ent.end)) and not _names_a_place(ent) \
                    and ent.start >= opening:
                kind = kind_of_org(ent)
                mentions.append(_mention(ent, _strip_det(ent).text, kind))
                taken.update(range(ent.start, ent.end))
        mentions.sort(key=lambda m: m.start)
        doc._.unrest_actors = mentions
        return doc

    def _known_spans(self, doc: Doc) -> list[Span]:
        found: list[Span] = []
        for matcher in (self.lower_matcher, self.exact_matcher):
            for match_id, s, e in matcher(doc):
                span = Span(doc, s, e, label=doc.vocab.strings[match_id])
                found.append(span)
        # longest first, so "Kataib Hezbollah" wins over "Hezbollah"
        found.sort(key=lambda sp: (-(sp.end - sp.start), sp.start))
        return found


# nouns of places: a name modifying one is a place's name ("the Yeumbeul suburb", "the Kibera slum")
_PLACE_HEADS = {"suburb", "district", "neighbourhood", "neighborhood", "slum", "township", "village", "town",
                "city", "area", "region", "province", "camp", "quarter", "street", "road", "avenue", "square",
                "market", "valley", "county", "municipality", "commune", "locality", "estate", "colony"}


def _names_a_place(ent: Span) -> bool:
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i == ent.end and head.lemma_.lower() in _PLACE_HEADS


def _mention(span: Span, name: str, kind: str, known: bool = False, wire: bool = False,
             country: str | None = None) -> ActorMention:
    return ActorMention(span.start_char, span.end_char, span.start, span.end, span.root.i, name, kind,
                        span.text, known, wire, country)


_AGENT_DEPS = ("nsubj", "csubj")


def state_agents(doc: Doc) -> list[tuple[Span, str, str, str | None]]:
    """Countries and capitals that act: the subject of a verb, a conjunct of one, or a passive's agent.

    Returns (span, canonical name, kind, country): ``government`` for the report's own country (its
    ``unrest_country_hint``), ``foreign_state`` for another.
    """
    out = []
    hint = doc._.unrest_country_hint
    for place in doc._.unrest_places or []:
        if place.feature != "country" and place.role != "government":
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not _is_agent(span.root):
            continue
        span = _strip_det(span)
        kind = "government" if hint is None or place.country == hint else "foreign_state"
        out.append((span, place.name, kind, place.country))
    return out


def _is_agent(tok: Token) -> bool:
    node = tok
    for _ in range(3):
        if node.dep_ in _AGENT_DEPS:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "agent":
            return True
        if node.dep_ != "conj" or node.head is node:
            return False
        node = node.head
    return False


def _nationality(span: Span) -> str | None:
    """The country a capitalised nationality before the phrase's head names: 'Greek officials' -> GR."""
    gaz = Gazetteer.default()
    for tok in span:
        if tok.i >= span.root.i or not tok.text[:1].isupper():
            continue
        country = gaz.demonym_country(tok.text)
        if country is not None:
            return country
    return None


def generic_phrases(doc: Doc) -> list[tuple[Span, str]]:
    """Noun phrases whose head (or head + modifier) names a kind of actor."""
    out: list[tuple[Span, str]] = []
    for chunk in doc.noun_chunks:
        kind = kind_of_phrase(chunk)
        if kind is None:
            continue
        span = _strip_det(chunk)
        if len(span) == 0:
            continue
        out.append((span, kind))
    return out


# titles that make a named person an actor of a kind ("Israeli President X", "Lt. Gen. Y")
TITLE_KINDS: dict[str, str] = {
    **{w: "government" for w in (
        "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "prince",
        "secretary", "leader", "ambassador", "envoy", "governor", "mayor", "spokesman", "spokeswoman",
        "spokesperson", "senator", "vice-president", "chairman", "head", "official", "diplomat",
        "negotiator", "speaker", "lawmaker", "ayatollah", "sheikh")},
    **{w: "military" for w in ("general", "gen.", "colonel", "col.", "commander", "admiral", "marshal", "major")},
}


def people_and_peoples(doc: Doc) -> list[tuple[Span, str, str]]:
    """Named people with a title that says what they act for, and peoples named by their nationality.

    "Zimbabwean Prime Minister X" is a government actor, "Lt. Gen. Y" a military one (a nationality
    of another country than the report's makes the first a foreign state); "thousands of Iraqi
    Kurds", "Bosnian Serbs" (a plural demonym, even where the model reads a person): a people
    acting together (kind ``other``).
    """
    out: list[tuple[Span, str, str]] = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        peoples = root.tag_ == "NNPS" and root.text[:1].isupper() and (
            root.ent_type_ == "NORP" or Gazetteer.default().demonym_country(root.text) is not None)
        if root.ent_type_ == "PERSON" and not peoples:
            # "Secretary-General", "Attorney General": a general after another title is no rank
            titles = [t for t in chunk if t.i < root.i and t.lower_ in TITLE_KINDS and not (
                t.lower_ == "general" and t.i > chunk.start and (t.nbor(-1).lower_ in {*TITLE_KINDS, "-", "attorney", "director", "consul"}))]
            if titles:
                # the name without its title, as the harmed-person stage names people
                start = max([titles[-1].i + 1] + [e.start for e in doc.ents if e.start <= root.i < e.end])
                out.append((_strip_det(chunk), doc[start:root.i + 1].text, TITLE_KINDS[titles[-1].lower_]))
        elif peoples or (root.ent_type_ == "NORP" and root.tag_ == "NNS" and root.text[:1].isupper()):
            span = _strip_det(chunk)
            out.append((span, span.text, "other"))
    return out


def kind_of_phrase(span: Span) -> str | None:
    root = span.root
    lemma = root.lemma_.lower()
    mods = [t.lemma_.lower() for t in span if t.i < root.i]
    for mod in mods:
        if (mod, lemma) in QUALIFIED:
            return QUALIFIED[(mod, lemma)]
    if lemma in ("force", "service", "group", "organization", "organisation", "agency"):
        if any(m in GENERIC_KINDS for m in mods):
            return next(GENERIC_KINDS[m] for m in mods if m in GENERIC_KINDS)
        return None if lemma != "group" else ("armed_group" if "armed" in mods else None)
    if root.ent_type_ in ("GPE", "PERSON", "DATE", "CARDINAL"):
        return None
    return GENERIC_KINDS.get(lemma)


def kind_of_org(span: Span) -> str:
    words = [t.lemma_.lower() for t in span]
    text = span.text.lower()
    if "rights" in words or "amnesty" in words:
        return "rights_group"
    if "police" in words or "guard" in words:
        return "state_security"
    if "army" in words or "military" in words or "armed forces" in text:
        return "military"
    if any(w in words for w in ("news", "times", "post", "radio", "television", "tv", "daily", "agency", "press")):
        return "media"
    if any(w in words for w in ("ministry", "government", "council", "parliament", "court", "department")):
        return "government"
    if any(w in words for w in ("front", "brigade", "army", "liberation", "movement", "commando")):
        return "armed_group"
    if any(w in words for w in ("union", "association", "committee", "party", "league")):
        return "other"
    return "other"


def canonical_generic(span: Span) -> str:
    """'numerous security forces' -> 'security forces'; keeps modifiers that say whose forces."""
    return " ".join(span.text.split())


_QUANTITY_WORDS = {"at", "least", "more", "than", "over", "about", "around", "roughly", "nearly",
                   "some", "up", "to", "almost", "approximately", "fewer", "less", "under", "estimated",
                   "an", "as", "many", "of", "dozen", "hundred", "thousand", "million"}


def _strip_det(span: Span) -> Span:
    """'at least 19 people' -> 'people'; 'the Kenyan authorities' -> 'Kenyan authorities'."""
    doc = span.doc
    start = max(span.start, min(dateline_end_token(doc), span.end - 1))  # "KYIV — Russian troops"
    has_number = any(t.like_num or t.lower_ in ("dozens", "hundreds", "thousands") for t in span)
    while start < span.end - 1 and (doc[start].lower_ in _DROP_LEADING or doc[start].like_num
                                    or doc[start].pos_ in ("DET", "NUM")
                                    or (has_number and doc[start].lower_ in _QUANTITY_WORDS)):
        start += 1
    # trailing possessive marker
    end = span.end
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]
