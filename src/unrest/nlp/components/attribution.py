"""spaCy component ``unrest_attribution``: who claims what, and how firmly.

For every sentence it finds the reporting predicates ("say", "tell", "confirm", "according to",
"estimates put") and their sources, then :func:`attribution_at` answers, for any token, which
source covers it. The rules, in order:

1. the innermost reporting clause that contains the token gives the source ("police said one was
   killed, but the group claimed two" keeps two sources apart);
2. a sentence whose only source stands outside the clause ("..., police said") covers all of it;
3. a sentence with a hedge but no source ("Estimates put the crowd at about 5,000") carries
   the source of the sentence before it, with its own hedge;
4. pronouns and generic nouns ("he said", "the group claimed") resolve to the person or source
   named before.

The kind of a source comes from known actors (media, wires, NGOs), the person's description in
the report ("Iran expert X" is an expert) and the words of the source phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from unrest.models import Attribution
from unrest.nlp import extensions  # noqa: F401
from unrest.nlp.components.actors import known_actors
from unrest.nlp.coordination import coordinated_with
from unrest.nlp.numbers import number_value
from unrest.nlp.people import PersonRegistry, misread_auxiliary, split_title
from unrest.nlp.vocab import (
    CARRIER_NOUNS, HEDGE_VERBS, HEDGE_WORDS, REPORTING_VERBS, SOURCE_KIND_PRIORITY, SOURCE_KIND_WORDS,
)

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
GENERIC_REFERENCES = {"group", "organisation", "organization", "ministry", "agency", "spokesman",
                      "spokeswoman", "official", "officials", "police", "report", "statement", "monitor",
                      "office", "commission", "committee"}
_ACTOR_KIND_TO_SOURCE = {
    "rights_group": "ngo", "media": "media", "state_security": "official", "military": "official",
    "government": "official", "international_org": "official", "militia": "other",
    "armed_group": "other", "protesters": "witness", "civilians": "witness",
    "foreign_state": "official", "other": "other",
}


@dataclass
class SourceMention:
    """A reporting predicate and who it credits."""

    verb: int  # token index of the predicate ("said", "according", "placed")
    sent_start: int
    source: str
    kind: str
    scope: tuple[int, int]  # token range the claim covers
    n_sources: int | None = None
    via: str | None = None
    hedge: str | None = None
    start: int | None = None  # char span of the source phrase
    end: int | None = None
    carried: bool = False
    subject_tokens: set[int] = field(default_factory=set)

    def attribution(self, hedge: str | None = None) -> Attribution:
        return Attribution(self.source, self.kind, self.n_sources, self.via, hedge or self.hedge,
                           self.start, self.end)


@Language.factory("unrest_attribution", requires=["doc.ents", "token.dep", "doc._.unrest_actors"],
                  assigns=["doc._.unrest_sources", "doc._.unrest_people"])
def make_attribution(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()


class AttributionFinder:
    def __init__(self) -> None:
        self.known = {}
        for entry in known_actors():
            for alias in [entry["name"], *entry.get("aliases", [])]:
                self.known.setdefault(alias.lower(), entry)

    def __call__(self, doc: Doc) -> Doc:
        people = PersonRegistry.build(doc)
        doc._.unrest_people = people
        sources: list[SourceMention] = []
        previous: SourceMention | None = None
        for sent in doc.sents:
            found: list[SourceMention] = []
            for tok in sent:  # "X said it had documented 84": "it" may be X, named just before
                mention = self._reporting(doc, sent, tok, people, sources + found)
                if mention is not None:
                    found.append(mention)
            if not found:
                carried = self._carry(doc, sent, previous)
                if carried:
                    found = [carried]
            sources.extend(found)
            explicit = [m for m in found if not m.carried]
            if explicit:
                previous = explicit[-1]
            elif not found and sent.text.strip() and _paragraph_break_before(doc, sent):
                previous = None
        sources += _quote_openings(doc, sources)
        doc._.unrest_sources = sources
        return doc

    # -- one reporting predicate -------------------------------------------------------------
    def _reporting(self, doc: Doc, sent: Span, tok: Token, people: PersonRegistry,
                   earlier: list[SourceMention]) -> SourceMention | None:
        lemma = tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                return None
            return self._make(doc, sent, tok, pobj, people, earlier, scope=(sent.start, sent.end), hedge=None)
        if lemma not in REPORTING_VERBS or tok.pos_ not in ("VERB", "AUX"):
            return None
        subject = _subject(tok)
        trailing = _trailing_source(doc, sent, tok, subject)
        if trailing is not None:
            return self._make_phrase(doc, sent, tok, trailing, people, (sent.start, sent.end), HEDGE_VERBS.get(lemma))
        if subject is None:
            return None
        # scope: the clause of the verb (without the subject) or, for "..., police said", the sentence
        if tok.dep_ in ("parataxis", "ROOT") and _content_before(tok, sent):
            scope = (sent.start, sent.end)
        else:
            scope = (tok.left_edge.i, tok.right_edge.i + 1)
        return self._make(doc, sent, tok, subject, people, earlier, scope, HEDGE_VERBS.get(lemma))

    def _make(self, doc: Doc, sent: Span, verb: Token, subject: Token, people: PersonRegistry,
              earlier: list[SourceMention], scope: tuple[int, int], hedge: str | None) -> SourceMention | None:
        phrase = _phrase(doc, subject)
        head = subject
        # "reporting from a local broadcaster", "a statement by the ministry"
        if subject.lemma_.lower() in CARRIER_NOUNS or subject.lower_ in CARRIER_NOUNS:
            hedge = hedge or HEDGE_WORDS.get(subject.lower_) or ("reported" if subject.lemma_.lower() in ("report", "reporting") else None)
            inner = carrier_speaker(subject)
            if inner is None and subject.lemma_.lower() == "report" and subject.lower_ != "reporting":
                # "unconfirmed reports say", "according to radio reports": the reports are the source
                kind = kind_from_words([t.lower_ for t in phrase])
                return SourceMention(verb.i, sent.start, _source_text(phrase), "anonymous" if kind == "other" else kind,
                                     scope, hedge=hedge or "reported", start=phrase.start_char, end=phrase.end_char,
                                     subject_tokens=set(range(phrase.start, phrase.end)))
            if inner is None:
                return None  # no one named: rule 3 may carry the previous source
            head, phrase = inner, _phrase(doc, inner)
        owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        outer = next((m for m in reversed(earlier) if not m.carried and m.sent_start == sent.start
                      and m.verb < verb.i and m.scope[0] <= verb.i < m.scope[1]), None)
        if owner is not None and outer is not None:
            # "Amnesty said its researchers had documented 16 deaths": the count is Amnesty's
            return SourceMention(verb.i, sent.start, outer.source, outer.kind, scope, n_sources=outer.n_sources,
                                 via=_via(doc, verb) or outer.via, hedge=hedge or outer.hedge, start=outer.start,
                                 end=outer.end, subject_tokens=set(range(phrase.start, phrase.end)))
        if head.lower_ in PRONOUNS or _is_generic_reference(head, phrase):
            resolved = _resolve_reference(doc, head, people, earlier)
            if resolved is not None:
                source, kind, start, end = resolved
                return SourceMention(verb.i, sent.start, source, kind, scope, via=_via(doc, verb),
                                     hedge=hedge or _sentence_hedge(sent), start=start, end=end,
                                     subject_tokens=set(range(phrase.start, phrase.end)))
            if head.lower_ in PRONOUNS:
                return None
        titled = split_title(phrase) or split_title(doc[head.left_edge.i:head.right_edge.i + 1])
        if titled is not None:
            people.add_titled(titled[0], titled[1], phrase.start_char, phrase.end_char)
        kind = "anonymous" if _unnamed(head) else self._kind(phrase, people)
        return SourceMention(
            verb.i, sent.start, _source_text(phrase), kind, scope, n_sources=_count(phrase),
            via=_via(doc, verb), hedge=hedge or _sentence_hedge(sent), start=phrase.start_char,
            end=phrase.end_char, subject_tokens=set(range(phrase.start, phrase.end)),
        )

    def _make_phrase(self, doc: Doc, sent: Span, verb: Token, phrase: Span, people: PersonRegistry,
                     scope: tuple[int, int], hedge: str | None) -> SourceMention:
        """A source whose words the parser split ('city police commissioner din dayal tuteja said')."""
        titled = split_title(phrase)
        if titled is not None:
            people.add_titled(titled[0], titled[1], phrase.start_char, phrase.end_char)
        return SourceMention(
            verb.i, sent.start, _source_text(phrase), self._kind(phrase, people), scope, n_sources=_count(phrase),
            via=_via(doc, verb), hedge=hedge or _sentence_hedge(sent), start=phrase.start_char,
            end=phrase.end_char, subject_tokens=set(range(phrase.start, phrase.end)),
        )

    def _carry(self, doc: Doc, sent: Span, previous: SourceMention | None) -> SourceMention | None:
        """Rule 3: a hedged sentence with no source of its own keeps the previous source."""
        hedge = _sentence_hedge(sent)
        if hedge is None:
            return None
        if previous is not None and sent.start - previous.scope[1] < 80:
            return SourceMention(previous.verb, sent.start, previous.source, previous.kind,
                                 (sent.start, sent.end), previous.n_sources, previous.via, hedge,
                                 previous.start, previous.end, carried=True)
        return None

    def _kind(self, phrase: Span, people: PersonRegistry) -> str:
        text = phrase.text.lower()
        keys = [text, _source_text(phrase).lower(), *(e.text.lower() for e in phrase.ents)]
        for key in keys:
            entry = self.known.get(key) or self.known.get(key.removeprefix("the "))
            if entry:
                return _known_kind(entry)
        words = [t.lower_ for t in phrase]
        person = next((people.find(e.text) for e in phrase.ents if e.label_ == "PERSON"), None)
        if person is None and len(phrase) <= 4 and kind_from_words(words) == "other":
            person = people.find(phrase[-1].text)  # "tuteja said", named with a title before
        if person is not None and person.description:
            # an organisation we know in the description ("the U.N. coordinator for Iraq")
            desc = person.description.lower().replace(",", " ").split()
            for n in (3, 2, 1):
                for k in range(len(desc) - n + 1):
                    entry = self.known.get(" ".join(desc[k:k + n]))
                    if entry and entry["kind"] not in ("foreign_state",):
                        return _known_kind(entry)
            # the person's own title first ("a senior fellow at the X Foundation" is an expert)
            role = person.description.lower().split(" at ")[0].split(" with ")[0]
            if set(role.replace(",", " ").split()) & _INSTITUTIONS:
                return "official"  # "director general of police", "deputy inspector general of the army"
            title = role.split(" of ")[0]
            kind = kind_from_words(title.split())
            if kind != "other":
                return kind
            words += person.description.lower().split()
        return kind_from_words(words)


_ANONYMITY = re.compile(r"\b(?:not|n['’]t|never)\s+(?:want(?:ing)?\s+)?(?:to\s+)?be\s+(?:named|identified|quoted)"
                        r"|\banonymity\b|\banonymously\b|\bunnamed\b|\bnot authori[sz]ed to\b", re.I)
_SOURCE_NOUNS = {"source", "sources", "insider", "insiders", "person", "people"}


def _unnamed(head: Token) -> bool:
    """'sources in the ministry', 'officers who did not want to be named': anonymous sources."""
    if head.lower_ in ("source", "sources", "insider", "insiders") and head.ent_type_ == "":
        return True
    return bool(_ANONYMITY.search(head.doc[head.left_edge.i:head.right_edge.i + 1].text))


def _known_kind(entry: dict) -> str:  # type: ignore[type-arg]
    if entry.get("wire"):
        return "wire"
    return entry.get("source_kind") or _ACTOR_KIND_TO_SOURCE.get(entry["kind"], "other")


_INSTITUTIONS = {"police", "army", "military", "ministry", "minister", "government", "armed", "navy",
                 "spokesman", "spokeswoman", "spokesperson", "authorities", "official", "officials",
                 "parliament", "parliament's", "parliamentary", "ministry's", "government's"}
_MEDIA_ONLY = {"newspaper", "television", "tv", "radio", "channel", "broadcaster", "journalist",
               "journalists", "reporter", "reporters", "correspondent", "outlet", "outlets", "media"}


def kind_from_words(words: list[str]) -> str:
    kinds = {SOURCE_KIND_WORDS[w] for w in words if w in SOURCE_KIND_WORDS}
    if "anonymous" in kinds and ("anonymity" in words or "unnamed" in words):
        return "anonymous"
    if set(words) & _INSTITUTIONS and not set(words) & _MEDIA_ONLY and "wire" not in kinds:
        return "official"
    for kind in SOURCE_KIND_PRIORITY:
        if kind in kinds:
            return kind
    return "other"


def _subject(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # the small parser sometimes makes a dateline a second subject of the sentence's last verb
    # ("LAGOS — ..., officials said"): a subject cut off from the next by punctuation is dropped.
    # (Wider than unrest.ingest.dateline on purpose: it also drops a phrase the parser split off
    # before a comma or a bracket, so asking find_dateline here would lose those.)
    # Two subjects back to back are one phrase it split ("superintendent of police rajesh pandit").
    while len(subjects) > 1 and any(t.is_punct for t in verb.doc[subjects[0].right_edge.i + 1:subjects[1].left_edge.i]):
        subjects.pop(0)
    for child in subjects[:1]:
        if child.dep_ == "nsubjpass":  # "was reported by X"
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            return agent
        return child
    # "minister anil modi said": the tagger read the surname as an auxiliary and hung the name on it
    misread = next((c for c in verb.children if c.i == verb.i - 1 and misread_auxiliary(c)), None)
    if misread is not None and any(c.dep_ == "nsubj" for c in misread.children):
        return misread
    # "two medical sources confirming that ...": the verb modifies its subject
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    # "..., said police" / conjoined verbs share the first verb's subject
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _subject(coordinated_with(verb))
    # "a figure the union disputed, saying ...": a participle speaks for the nearest subject before it
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
        return next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.dep_ == "nsubj"), None)
    return None


_PHRASE_BREAKERS = {"that", "who", "which", "and", "but", "when", "while", "as", "if", "because", "he", "she",
                    "they", "it", "we", "i"}


def _trailing_source(doc: Doc, sent: Span, verb: Token, subject: Token | None) -> Span | None:
    """'..., dhar superintendent of police (sp) sanjeev shami said': the words between the last comma
    and the verb, when the parser lost or cut the subject (common in lowercase copy)."""
    if verb.lower_ not in ("said", "says", "told", "added", "stated", "claimed", "confirmed"):
        return None
    comma = next((k for k in range(verb.i - 1, max(sent.start, verb.i - 10) - 1, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= verb.i or comma - sent.start < 3:
        return None
    span = doc[comma + 1:verb.i]
    if subject is not None and not span.start <= subject.i < span.end:
        return None
    if subject is not None:
        whole = _phrase(doc, subject)
        if whole.start <= span.start and whole.end >= span.end:
            return None  # the parser has the whole phrase already
    initial = {t.i for t in span if t.lower_ == "a" and t.i + 1 < span.end and len(doc[t.i + 1]) == 1}  # "a k singh"
    if any(t.lower_ in _PHRASE_BREAKERS or t.pos_ in ("AUX", "DET") and t.i > span.start and t.i not in initial
           or t.like_num or t.is_punct and t.text not in ("(", ")", ".", "-") for t in span):
        return None
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span) or len(span) > 9:
        return None
    return span


def _quote_openings(doc: Doc, sources: list[SourceMention]) -> list[SourceMention]:
    """'``We have arrested five men. Four stalls were torched,'' he said.': the sentences of a
    quotation take the source named where it closes."""
    out: list[SourceMention] = []
    sents = list(doc.sents)
    covered = {m.sent_start for m in sources}
    for k, sent in enumerate(sents):
        if sent.start in covered or not sent.text.lstrip().startswith(("``", '"', "\u201c", "'")):
            continue
        for later in sents[k:k + 4]:
            closing = [m for m in sources if m.sent_start == later.start and not m.carried]
            if closing:
                m = closing[0]
                out.append(SourceMention(m.verb, sent.start, m.source, m.kind, (sent.start, sent.end), m.n_sources,
                                         m.via, m.hedge, m.start, m.end, carried=True))
                break
            if later is not sent and later.text.lstrip().startswith(("``", '"', "\u201c")):
                break
    return out


def _content_before(verb: Token, sent: Span) -> bool:
    """'At least 12 were killed, police said' - the claim stands before the reporting clause."""
    return verb.i - sent.start > 3 and any(t.dep_ in ("ccomp",) and t.i < verb.i for t in verb.children) \
        or (verb.dep_ == "parataxis")


def _phrase(doc: Doc, head: Token) -> Span:
    """The subject's words, without relative clauses and trailing appositives."""
    left = head.left_edge.i
    right = head.i
    for child in head.children:
        if child.i > head.i and child.dep_ in ("conj", "cc", "compound", "prep", "amod", "nummod", "flat", "pobj"):
            right = max(right, child.right_edge.i)
    # "prime minister narendra modi said" in lowercase copy: the tagger may take an unknown
    # surname for an auxiliary of the verb; no English auxiliary is spelled like that
    while right + 1 < len(doc) and misread_auxiliary(doc[right + 1]) and doc[right + 1].head.i > right + 1:
        right += 1
    span = doc[left:right + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ == "cc"):
        span = span[:-1]
    return span


def _source_text(phrase: Span) -> str:
    return " ".join(phrase.text.split())


def _carrier_source(noun: Token) -> Token | None:
    """'reporting from X', 'a statement by X', 'X's tally', 'a tally compiled by X'."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl"):
            found = next((g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by", "of", "in"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (pobj.ent_type_ or pobj.pos_ == "PROPN" or pobj.lemma_.lower() not in CARRIER_NOUNS):
                    return pobj
        if child.dep_ == "poss":
            return child
    return None


_ISSUING_VERBS = {"issue", "release", "publish", "send", "post", "circulate", "put", "distribute", "read", "compile"}


def carrier_speaker(noun: Token) -> Token | None:
    """Who speaks through a statement, report or count: named with it, or where it was issued."""
    return _carrier_source(noun) or _issuer_before(noun)


def _issuer_before(noun: Token) -> Token | None:
    """'The Front issued a statement on Sunday. ... the statement said', 'a report published by X
    ... The report said': a carrier named with "the" or "this" is the one named in the sentences
    just before, and speaks for whoever issued it."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return None
    doc = noun.doc
    lemma = noun.lemma_.lower()
    for tok in reversed(doc[max(0, noun.sent.start - 120):noun.sent.start]):
        if tok.lemma_.lower() != lemma:
            continue
        named = _carrier_source(tok)
        if named is not None:
            return named
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING_VERBS:
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return doer if doer is not None and doer.lower_ not in PRONOUNS else None
        return None
    return None


def _is_generic_reference(head: Token, phrase: Span) -> bool:
    """'the group said', 'the ministry added' refer back to a source named before."""
    return (head.lemma_.lower() in GENERIC_REFERENCES and len(phrase) <= 2
            and phrase[0].lower_ == "the" and head.lemma_.lower() not in ("police", "official", "officials"))


def _resolve_reference(doc: Doc, head: Token, people: PersonRegistry,
                       earlier: list[SourceMention]) -> tuple[str, str, int | None, int | None] | None:
    if head.lower_ in ("he", "she"):
        # the last single speaker before, else the last person named
        speaker = next((m for m in reversed(earlier) if not m.carried and m.start is not None
                        and _singular(doc, m)), None)
        person = people.last_before(head.idx)
        if speaker is not None and (person is None or (speaker.start or 0) >= person.start):
            return speaker.source, speaker.kind, speaker.start, speaker.end
        if person is None:
            return None
        words = person.name.lower().split() + (person.description or "").lower().split()
        return person.name, kind_from_words(words), person.start, person.end
    if head.lower_ not in PRONOUNS:
        # "the ministry said": the source named before with that word ("the health ministry"), if any
        lemma = head.lemma_.lower()
        for mention in reversed(earlier):
            if not mention.carried and lemma in mention.source.lower():
                return mention.source, mention.kind, mention.start, mention.end
        return None
    for mention in reversed(earlier):
        if mention.carried:
            continue
        if head.lower_ in ("they", "it", "we"):
            return mention.source, mention.kind, mention.start, mention.end
    return None


def _singular(doc: Doc, mention: SourceMention) -> bool:
    """A source one person could be: 'the chief minister', 'Maria Lopez', not 'rights groups'."""
    span = doc.char_span(mention.start or 0, mention.end or 0, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.tag_ in ("NN", "NNP") and mention.kind not in ("media", "wire") and mention.n_sources in (None, 1)


def _via(doc: Doc, verb: Token) -> str | None:
    """'told Fox News Digital', 'said in an interview with Reuters', 'speaking to the BBC' (not
    'according to the ministry': whoever "to" names there is the source itself)."""
    if verb.lower_ == "according":
        return None
    candidates: list[Token] = []
    if verb.lemma_.lower() in ("tell", "inform", "brief"):
        candidates += [c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            candidates += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "in":
            for pobj in child.children:
                for g in pobj.children:
                    if g.dep_ == "prep" and g.lower_ == "with":
                        candidates += [c for c in g.children if c.dep_ == "pobj"]
    for cand in candidates:
        span = doc[cand.left_edge.i:cand.i + 1]
        if cand.ent_type_ in ("ORG", "PERSON", "GPE", "WORK_OF_ART", "NORP") or cand.pos_ == "PROPN":
            text = " ".join(t.text for t in span if t.ent_type_ or t.pos_ == "PROPN") or span.text
            return text.strip()
        if cand.lemma_.lower() in ("newspaper", "channel", "agency", "outlet", "broadcaster"):
            return " ".join(span.text.split())
    return None


def _count(phrase: Span) -> int | None:
    """'two medical sources' -> 2; 'three witnesses' -> 3."""
    for tok in phrase:
        if tok.dep_ == "nummod" and tok.head == phrase.root:
            v = number_value(tok.lower_)
            if v is not None and float(v).is_integer():
                return int(v)
    if phrase.root.tag_ in ("NN", "NNP") and phrase.root.lemma_.lower() in ("source", "witness", "official", "resident", "diplomat"):
        return 1
    return None


def _sentence_hedge(sent: Span) -> str | None:
    for tok in sent:
        hedge = HEDGE_WORDS.get(tok.lower_)
        if hedge and (tok.pos_ in ("ADV", "NOUN") or tok.lower_ in ("estimates", "allegations")):
            return hedge
    return None


def _paragraph_break_before(doc: Doc, sent: Span) -> bool:
    return sent.start > 0 and "\n" in doc[sent.start - 1].whitespace_ + doc[sent.start - 1].text


def attribution_at(doc: Doc, token_i: int, exclude_subjects: bool = True) -> tuple[Attribution | None, SourceMention | None]:
    """The attribution covering a token (see the module docstring for the rules)."""
    sources: list[SourceMention] = doc._.unrest_sources or []
    sent = doc[token_i].sent
    in_sent = [m for m in sources if m.sent_start == sent.start]
    if exclude_subjects and any(token_i in m.subject_tokens for m in in_sent):
        return None, None  # the number inside "two medical sources" is the source's own
    covering = [m for m in in_sent if m.scope[0] <= token_i < m.scope[1]]
    if covering:
        best = min(covering, key=lambda m: m.scope[1] - m.scope[0])
        return best.attribution(_local_hedge(doc, token_i, best)), best
    # outside every reporting clause: the outlet's own voice, unless a hedge says otherwise
    hedge = _local_hedge(doc, token_i, None)
    if hedge is not None:
        return Attribution("unnamed reports", "anonymous", None, None, hedge), None
    return None, None


def _local_hedge(doc: Doc, token_i: int, mention: SourceMention | None) -> str | None:
    """A hedge word in the claim's own clause beats the sentence's."""
    if mention is not None and mention.hedge:
        return mention.hedge
    tok = doc[token_i]
    for anc in [tok, *tok.ancestors]:
        for child in anc.children:
            if HEDGE_WORDS.get(child.lower_) and child.pos_ == "ADV":
                return HEDGE_WORDS[child.lower_]
    return None
