"""Named people in a report and how the report describes them.

"Maria Lopez, a researcher at the Andean Institute, said" and, later, "Lopez told ..." are the
same speaker: the registry keeps the description from the first mention (an appositive, or a
title before the name such as "security analyst Maria Lopez") and finds it
again from a later surname-only mention or a pronoun. Only what the report itself says is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from unrest.nlp.caseless_names import (
    caseless_name,
    demonym,
    name_words_before,
    surname_after,
)

_TITLE_STOP = {"said", "told", "says", "added", "according", ",", "the", "a", "an"}
# Words that make a phrase a title rather than a name: "railway minister", "deputy sp".
TITLE_WORDS = {
    "minister", "commissioner", "spokesman", "spokeswoman", "spokesperson", "superintendent",
    "inspector", "officer", "official", "chief", "president", "secretary", "leader", "convenor",
    "convener", "chairman", "chairperson", "chairwoman", "director", "governor", "mayor", "collector",
    "magistrate", "general", "colonel", "captain", "lieutenant", "major", "sergeant", "commander",
    "expert", "analyst", "fellow", "professor", "researcher", "activist", "lawyer", "advocate", "mla",
    "mp", "senator", "deputy", "head", "widow", "father", "mother", "son", "daughter", "brother",
    "sister", "wife", "husband", "member", "correspondent", "reporter", "editor", "priest", "imam",
    "bishop", "sp", "dsp", "dgp", "igp", "dcp", "acp", "sho", "si", "ssp", "judge", "justice",
    "coordinator", "envoy", "ambassador", "vice", "premier", "attorney", "prosecutor", "witness",
    "resident", "student", "vendor", "owner", "organiser", "organizer", "founder", "monitor",
    "adviser", "advisor", "aide", "counsellor", "councillor",
}
_NAME_STOP = TITLE_WORDS | {"the", "a", "an", "of", "in", "at", "for", "and", "said", "who", "he", "she",
                            "police", "state", "city", "district", "government", "party", "that"}


_TITLE_OF = {"police", "state", "defence", "defense", "staff", "home", "justice", "finance", "interior"}


@dataclass
class Person:
    name: str
    start: int  # char offsets of the first full mention
    end: int
    description: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        parts = self.name.split()
        keys = {self.name.lower()}
        if len(parts) > 1:
            keys.add(parts[-1].lower())
            keys.add(" ".join(parts[1:]).lower())
            keys.add(" ".join(parts[-2:]).lower())
        return keys


class PersonRegistry:
    """People named in one document, in order of first mention."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_key: dict[str, Person] = {}

    @classmethod
    def build(cls, doc: Doc) -> PersonRegistry:
        reg = cls()
        if _mostly_lowercase(doc):
            return reg  # the model's PERSON tags are guesses in lowercase text; titled names come later
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not any(t.is_alpha for t in ent):
                continue
            text = _name_text(ent)
            known = reg.find(text)
            if known is not None:
                known.mentions.append((ent.start_char, ent.end_char))
                if known.description is None:
                    known.description = describe(ent)
                continue
            person = Person(text, ent.start_char, ent.end_char, describe(ent), [(ent.start_char, ent.end_char)])
            reg.people.append(person)
            for key in person.keys:
                reg._by_key.setdefault(key, person)
        return reg

    def add_titled(self, title: str, name: str, start: int, end: int) -> Person:
        """A person the text names with a title ('railway minister nitish kumar'), case or no case."""
        known = self.find(name)
        if known is not None:
            known.mentions.append((start, end))
            known.description = known.description or title
            return known
        person = Person(name, start, end, title, [(start, end)])
        self.people.append(person)
        for key in person.keys:
            self._by_key.setdefault(key, person)
        return person

    def find(self, name: str) -> Person | None:
        key = name.lower().strip()
        if key in self._by_key:
            return self._by_key[key]
        parts = key.split()
        if not parts:
            return None
        if parts[-1] in self._by_key:
            return self._by_key[parts[-1]]
        if len(parts) == 1:  # "Abiy said": a given name used alone, when one person has it
            given = [p for p in self.people if len(p.name.split()) > 1 and p.name.split()[0].lower() == key]
            return given[0] if len(given) == 1 else None
        return None

    def last_before(self, char: int) -> Person | None:
        """The person most recently mentioned before a character offset (for 'he said')."""
        best: tuple[int, Person] | None = None
        for person in self.people:
            for s, _ in person.mentions:
                if s < char and (best is None or s > best[0]):
                    best = (s, person)
        return best[1] if best else None


def _mostly_lowercase(doc: Doc | Span) -> bool:
    words = [t for t in doc if t.is_alpha]
    return bool(words) and sum(t.text[0].isupper() for t in words) < 0.03 * len(words)


def _sentence_lowercase(sent: Span) -> bool:
    """:func:`_mostly_lowercase` of a sentence, worked out once per sentence (asked for each word)."""
    key = ("unrest_lowercase_sentence", sent.start)
    if key not in sent.doc.user_data:
        sent.doc.user_data[key] = _mostly_lowercase(sent)
    return bool(sent.doc.user_data[key])


def split_title(span: Span) -> tuple[str, str] | None:
    """'railway minister nitish kumar' -> ('railway minister', 'nitish kumar'); None if no title.

    Works without capitals (scraped lowercase news): the title ends at its last title word and
    the name is the one to four words after it.
    """
    words = [t for t in _outside_brackets(span) if not t.is_punct]  # "(law and order)", "(sp)"
    last_title = max((k for k, t in enumerate(words) if t.lower_ in TITLE_WORDS), default=None)
    if last_title is None:
        return None
    # "director general of police v v bhaskar", "superintendent of police (sp) sanjeev shami"
    while last_title + 2 < len(words) and words[last_title + 1].lower_ == "of" and words[last_title + 2].lower_ in _TITLE_OF:
        last_title += 2
        while last_title + 1 < len(words) and words[last_title + 1].lower_ in TITLE_WORDS:
            last_title += 1
    name = words[last_title + 1:]
    lowercase = all(t.text == t.lower_ for t in name)
    initials = {k for k, t in enumerate(name) if t.lower_ == "a" and k + 1 < len(name) and len(name[k + 1]) == 1}
    if not 1 <= len(name) <= 4 or any(
            (t.lower_ in _NAME_STOP or t.pos_ in ("AUX", "ADP", "DET", "PRON") and not misread_auxiliary(t))
            and k not in initials or t.like_num
            or (t.pos_ == "VERB" and not (lowercase and t.lower_.isalpha() and not t.lower_.endswith(("ed", "ing"))))
            for k, t in enumerate(name)):
        return None  # a parser reads "din" in "din dayal tuteja" as a verb: in lowercase copy a name may be one
    title_tokens = words[:last_title + 1]
    while title_tokens and title_tokens[0].lower_ in ("the", "a", "an"):
        title_tokens = title_tokens[1:]
    return " ".join(t.text for t in title_tokens), " ".join(t.text for t in name)


_AUXILIARIES = {"be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "having", "do",
                "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
                "ought", "need", "dare", "wo", "ca", "sha", "get", "got", "gets", "to", "'s", "'re", "'ve",
                "'d", "'ll", "'m", "s", "re", "ve", "d", "ll", "m"}


def misread_auxiliary(tok: Token) -> bool:
    """A word tagged as an auxiliary that no English auxiliary is spelled like: in lowercase copy
    the tagger reads an unknown surname before 'said' so ('prime minister narendra modi said')."""
    return tok.pos_ == "AUX" and tok.dep_ == "aux" and tok.is_alpha and tok.lower_.replace("’", "'") not in _AUXILIARIES


def _outside_brackets(span: Span) -> list[Token]:
    """The span's tokens that no bracket opened within it encloses."""
    out: list[Token] = []
    depth = 0
    for tok in span:
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(tok)
    return out


def _name_text(ent: Span) -> str:
    """'Lukashenko's' -> 'Lukashenko'; 'Kassym-Jomart Tokayev' keeps its hyphen unspaced."""
    words = [t for t in ent if t.tag_ != "POS"]
    return " ".join(ent.doc.text[words[0].idx:words[-1].idx + len(words[-1])].split()) if words else ent.text


def describe(ent: Span) -> str | None:
    """The report's description of a person: a title before the name ("security analyst Maria
    Lopez"), an appositive after it ("Maria Lopez, a researcher at ..."), or both, in that order."""
    parts = [p for p in (_title_before(ent), _appositive(ent)) if p]
    return ", ".join(parts) or None


def _appositive(ent: Span) -> str | None:
    doc = ent.doc
    for child in (c for t in ent for c in t.children):  # the root, or a surname the parser hung below it
        if child.dep_ == "appos" and child.i >= ent.end:
            return _clean(doc[child.left_edge.i:child.right_edge.i + 1].text)
    # "X, a senior fellow at Y, said" when the parser misses the appositive
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("a", "an", "the"):
        stop = ent.end + 1
        while stop < len(doc) and doc[stop].text not in (",", ".", ";") and stop - ent.end < 18:
            stop += 1
        if stop < len(doc) and (doc[stop].text == "," or doc[stop].text == "." and all(
                t.is_space for t in doc[stop + 1:doc[stop].sent.end])):
            return _clean(doc[ent.end + 1:stop].text)  # '," said X, a shopkeeper in the bazaar.' ends the sentence
    return None


def _title_before(ent: Span) -> str | None:
    """'security analyst Maria Lopez', 'police spokesman Ravi Kumar': compounds before the name."""
    doc, start = ent.doc, ent.start
    k = start - 1
    while k >= 0 and _title_token(doc[k]) and start - k <= 6:
        k -= 1
    return _clean(doc[k + 1:start].text) if k + 1 < start else None


def _title_token(tok: Token) -> bool:
    if tok.lower_ in _TITLE_STOP or tok.is_punct and tok.text not in (".", "-", "’s", "'s"):
        return False
    if tok.ent_type_ == "PERSON":
        return False
    return tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.text in (".", "-") or tok.dep_ in ("compound", "amod", "poss", "case")


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" ,;")
    return text or None


def name_at(tok: Token) -> Span | None:
    """The person named by a noun phrase headed by ``tok``, without its title: 'governor ana maria
    ruiz' -> 'ana maria ruiz', also where the tagger marked only part of the name as a person
    ('ana maria' PERSON, 'ruiz' not). None when the phrase names no person."""
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.is_alpha:
        return _caseless_name_at(tok) if tok.pos_ in ("VERB", "ADJ") else None  # "colindres" read as a verb
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].head.i > start - 1 and doc[start - 1].head.i <= tok.i and (
            doc[start - 1].dep_ in ("compound", "flat") or doc[start - 1].ent_type_ == "PERSON") \
            and (doc[start - 1].is_alpha or doc[start - 1].text in (".", "-")):
        start -= 1
    chain = doc[start:tok.i + 1]
    titled = max((k for k, t in enumerate(chain) if t.lower_ in TITLE_WORDS or t.lower_.rstrip(".") in _SHORT_TITLES
                  or t.lower_ in _MORE_TITLES or t.lemma_.lower() in common_nouns()
                  or t.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "DATE") or demonym(t.lower_)), default=-1)
    name = chain[titled + 1:]
    while len(name) and not name[0].is_alpha:  # "mr. torres"
        name = name[1:]
    tagged = any(t.ent_type_ == "PERSON" for t in name) or (len(name) >= 2 and all(t.tag_ == "NNP" for t in name))
    if not 1 <= len(name) <= 5 or not (tagged or (titled >= 0 and chain[titled].ent_type_ == "")) or any(
            t.lower_ in _NAME_STOP or t.lemma_.lower() in _NAME_STOP or t.lemma_.lower() in _MORE_TITLES
            or t.lemma_.lower() in common_nouns() or not t.is_alpha
            or t.pos_ not in ("PROPN", "NOUN", "ADJ") for t in name):
        return _caseless_name_at(tok)
    if len(name) < 4 and tok.text == tok.lower_:  # "edgar chacon" where the tagger marked only "chacon"
        longer = _caseless_name_at(tok)
        return longer if longer is not None and len(longer) > len(name) else name
    return name


def _caseless_name_at(tok: Token) -> Span | None:
    """A name written without capitals, which the tagger did not see ('kidnapped norberto ruiz').
    Only in a sentence written without capitals: elsewhere a name has them."""
    if not tok.is_lower or not _sentence_lowercase(tok.sent):
        return None
    words = name_words_before(tok, _not_a_name_word)
    words += surname_after(words, _not_a_name_word)  # "heriberto" the parser made the head, "hernandez" its object
    return tok.doc[words[0].i:words[-1].i + 1] if caseless_name(words, _not_a_name_word) else None


def _not_a_name_word(tok: Token) -> bool:
    """A title, description or function word: no part of a person's name."""
    lower, lemma = tok.lower_, tok.lemma_.lower()
    return lower in _NAME_STOP or lower in _MORE_TITLES or lower.rstrip(".") in _SHORT_TITLES or lemma in _NAME_STOP \
        or lemma in _MORE_TITLES or lemma in common_nouns() or lower in common_nouns() or demonym(lower)


def names_in(doc: Doc) -> list[str]:
    """Every person the document names, full names as written, without titles."""
    found = [name_of_entity(ent) for ent in doc.ents if ent.label_ == "PERSON"]
    found += [n for t in doc if t.tag_ == "NNP" and t.dep_ not in ("compound", "flat") and t.i > 0
              and doc[t.i - 1].tag_ == "NNP" and (n := name_at(t)) is not None]
    return list(dict.fromkeys(n.text for n in found))


def name_of_entity(ent: Span) -> Span:
    """A PERSON entity as a full name: 'antonio roldan' in 'governor antonio roldan betancur' grows
    to its head word when the tagger stopped short."""
    tok = ent.root
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("PROPN", "NOUN"):
        tok = tok.head
    return name_at(tok) or ent


@lru_cache(maxsize=1)
def common_nouns() -> frozenset[str]:
    """Nouns that say what kind of actor or thing a phrase names, so are no one's name."""
    from unrest.nlp.components.actors import GENERIC_KINDS
    from unrest.nlp.event_vocab import PROPERTY_NOUNS

    return frozenset(GENERIC_KINDS) | PROPERTY_NOUNS | {"person", "people", "individual", "member", "unknown"}


# words before a name that say who the person is, beyond the titles of TITLE_WORDS
_MORE_TITLES = {"candidate", "congressman", "councilman", "councilor", "archbishop", "monsignor", "jesuit", "nun",
                "businessman", "industrialist", "engineer", "doctor", "teacher", "farmer", "peasant", "citizen",
                "national", "leader", "ex", "former", "late", "rector", "minor", "lady", "mrs", "miss", "mr", "senora", "senor", "don", "dona",
                # occupations, and demonyms that are nouns
                "pilot", "driver", "technician", "journalist", "photographer", "cameraman", "nurse", "worker",
                "employee", "bodyguard", "guard", "policeman", "soldier", "rancher", "merchant", "trader", "banker",
                "economist", "architect", "accountant", "diplomat", "consul", "councillor", "alderman", "clerk",
                "missionary", "seminarian", "unionist", "spaniard", "briton", "frenchman", "swede", "welshman",
                "irishman", "dutchman", "englishman",
                # kin and company
                "colleague", "friend", "companion", "partner", "relative", "cousin", "nephew", "niece", "uncle",
                "aunt", "grandson", "granddaughter", "fiance", "fiancee", "bride", "groom", "neighbour", "neighbor",
                # names for a person that are no part of the name
                "alias", "aka", "comrade", "delegate", "cardinal", "emperor", "king", "queen", "prince", "princess",
                # heads of gangs
                "boss", "kingpin", "ringleader", "chieftain"}
_SHORT_TITLES = {"dr", "mr", "mrs", "ms", "msgr", "col", "gen", "capt", "lt", "sgt", "maj", "rev", "fr", "sen", "gov"}


def full_name(name: str, names: list[str]) -> str:
    """The longest name of the document that a shorter mention refers to ('ruiz' -> 'ana maria ruiz')."""
    words = name.lower().split()
    best = name
    for other in names:
        o = other.lower().split()
        if len(o) > len(best.split()) and o[-len(words):] == words or (len(o) > len(best.split()) and _within(words, o)):
            best = other
    return best


def written_in_full(span: Span) -> str:
    """The fullest form of a short name the document writes elsewhere ('pardo leal' -> 'jaime pardo
    leal', where the tagger took 'jaime' for a common noun): the same words, with up to two more
    words of a name before or after them. The span's own text when the document has none."""
    doc = span.doc
    words = [t.lower_ for t in span]
    n = len(words)
    best = span.text
    for k in range(len(doc) - n + 1):
        if [t.lower_ for t in doc[k:k + n]] != words:
            continue
        start, end = k, k + n
        while start > 0 and k - start < 2 and _name_word(doc[start - 1]):
            start -= 1
        while end < len(doc) and end - k - n < 2 and _name_word(doc[end]):
            end += 1
        if end - start > len(best.split()):
            best = doc[start:end].text
    return best


def _name_word(tok: Token) -> bool:
    """A word that may be part of a person's name: no title, common noun, place or function word."""
    lower = tok.lower_
    if not tok.is_alpha or len(lower) < 2 or lower in _NAME_STOP or lower in _MORE_TITLES or lower in _SHORT_TITLES \
            or tok.lemma_.lower() in common_nouns() or demonym(lower):
        return False
    if tok.ent_type_ in ("GPE", "ORG", "NORP", "DATE", "TIME", "LOC", "FAC", "CARDINAL", "ORDINAL"):
        return False
    if tok.text != lower:
        return tok.is_title  # capitalised copy: a name is written with a capital
    return tok.tag_ in ("NNP", "NN", "JJ") and not tok.is_stop


def _within(words: list[str], other: list[str]) -> bool:
    """'garcia alvarado' or 'garcia' in 'roberto garcia alvarado' (a surname, not the first name)."""
    n = len(words)
    return any(other[k:k + n] == words for k in range(1 if n == 1 else 0, len(other) - n + 1))
