"""People's names in text written without capitals ("gunmen kidnapped norberto ruiz").

Without capitals the tagger rarely marks a name as a person, so a name is recognised by its
words: two to four words that are no English word (the model's own lemmatizer lexicon, WordNet's
words), title, description, place or known organisation. The callers ask only about words in a
slot where a person is expected (the one killed, the attacker, the name after a title), so the
words themselves need only rule out what else such a slot may hold.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

# Spanish and Portuguese words inside a name ("monica de greiff", "arturo rivera y damas")
NAME_PARTICLES = {"de", "del", "da", "do", "dos", "y", "e"}
# words that begin names of places, streets and papers, not of people ("la libertad", "el siglo")
_NOT_A_FIRST_WORD = {"el", "la", "los", "las", "lo", "le", "les", "san", "santa", "santo", "sao", "puerto", "villa",
                     "ciudad", "rio", "calle", "avenida", "barrio", "colonia", "hacienda", "finca", "cerro", "lago",
                     "sierra", "monte", "isla", "plaza", "nueva", "nuevo", "al", "bin", "ibn", "north", "south",
                     "east", "west", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
                     "southeastern", "southwestern", "central", "upper", "lower"}
# common Spanish words the English lexicon lacks, which a lowercase slot may hold
_SPANISH_WORDS = {"el", "la", "los", "las", "un", "una", "con", "por", "para", "que", "sin", "frente", "fuerzas",
                  "ejercito", "policia", "guardia", "nacional", "popular", "partido", "movimiento", "comando",
                  "grupo", "brigada", "batallon", "revolucionario", "revolucionaria", "liberacion",
                  "unidad", "union", "alianza", "republicana", "nacionalista", "departamento", "provincia",
                  "municipio", "canton", "caserio", "aldea", "senor", "senora", "don", "dona", "doctor", "padre",
                  "monsenor", "hermano", "companero", "compa", "muchachos"}
# common given names that are English words too, where the tagger does not see a name
_GIVEN_NAMES = {"victor", "hector", "henry", "oscar", "hugo", "rosa", "rose", "grace", "hope", "joy", "mark", "bill",
                "frank", "jack", "ray", "dawn", "ruby", "pearl", "iris", "lily", "dean", "earl", "guy", "miles",
                "glen", "gene", "victoria", "mercedes", "dolores", "rosario", "pilar", "luz", "angel", "jesus",
                "maria", "ana", "carlos", "salvador", "ali", "omar", "john", "peter", "paul", "martin"}
# endings of English and Spanish words, not of names ("fanatical", "promocion", "corregimiento")
_NOT_NAME_ENDINGS = ("ing", "ed", "ly", "ist", "ists", "ism", "ian", "ians", "ese", "ic", "ical", "tion", "cion",
                     "miento", "idad")
_NOT_NAME_POS = {"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "PUNCT", "SYM"}
# what the tagger's entities say no name is; without capitals it often takes a first name for a
# place or an organisation ("orlando"), which the gazetteer and the actor list check instead
_NOT_PERSON_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"}
_NOT_SURNAME_ENTS = {"GPE", "LOC", "FAC", "NORP"}


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The nouns, verbs, adjectives and adverbs the English model's lemmatizer knows."""
    from importlib.util import find_spec
    from pathlib import Path

    from spacy.lookups import Lookups

    from unrest.nlp.model import MODEL_NAMES

    for name in MODEL_NAMES:
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            continue
        for path in Path(spec.origin).parent.rglob("lemmatizer/lookups"):
            table = Lookups().from_disk(path).get_table("lemma_index")
            return frozenset(w for key in table for w in table[key])
    return frozenset()


def english_word(lower: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return lower in STOP_WORDS or lower in english_words() or _singular(lower) in english_words()


def _singular(lower: str) -> str:
    if lower.endswith("ies"):
        return lower[:-3] + "y"
    return lower.removesuffix("s")


def name_words_before(tok: Token, other_word) -> list[Token]:
    """The words of a lowercase name that ends at ``tok`` ('norberto ruiz' in 'kidnapped norberto
    ruiz'), up to four, stopping at a word no name has (``other_word``: titles and descriptions)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and tok.i - start < 3 and doc[start - 1].sent == tok.sent and _lowercase_word(doc[start - 1]) \
            and not other_word(doc[start - 1]) and not _english_function(doc[start - 1]):
        start -= 1
    while start < tok.i and doc[start].lower_ in NAME_PARTICLES:  # "of de greiff" never starts with "de"
        start += 1
    return list(doc[start:tok.i + 1])


def surname_after(words: Sequence[Token], other_word) -> list[Token]:
    """The words of a name after the parse's head of it: the next one or two words that hang on
    the name and are no English word ('hector heriberto' + 'hernandez')."""
    doc = words[-1].doc
    indices = {t.i for t in words}
    out: list[Token] = []
    for tok in doc[words[-1].i + 1:min(len(doc), words[-1].i + 3)]:
        if len(words) + len(out) >= 4 or tok.head.i not in indices or not _lowercase_word(tok) or other_word(tok) \
                or english_word(tok.lower_) or tok.lower_ in NAME_PARTICLES:
            break
        out.append(tok)
        indices.add(tok.i)
    return out


def _english_function(tok: Token) -> bool:
    """An English word the tagger reads as no noun or adjective: 'kidnapped' in 'kidnapped ana ruiz'."""
    return tok.pos_ not in ("PROPN", "NOUN", "ADJ") and tok.lower_ not in NAME_PARTICLES and (
        english_word(tok.lower_) or english_word(tok.lemma_.lower()) or tok.pos_ in _NOT_NAME_POS)


def _lowercase_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text == tok.lower_


def caseless_name(words: Sequence[Token], other_word) -> bool:
    """Whether lowercase words make a person's name: two to four words, the last no English word
    and at most one other that is, none a title, description, place or organisation."""
    if not 2 <= len(words) <= 4 or not all(_lowercase_word(t) for t in words):
        return False
    core = [t for t in words if t.lower_ not in NAME_PARTICLES]
    if words[0].lower_ in NAME_PARTICLES or words[-1].lower_ in NAME_PARTICLES or len(core) < 2:
        return False
    if words[0].lower_ in _NOT_A_FIRST_WORD:
        return False
    for t in core:
        if len(t) < 2 or other_word(t) or t.lower_ in _SPANISH_WORDS or t.ent_type_ in _NOT_PERSON_ENTS \
                or t.pos_ in _NOT_NAME_POS or _english_function(t) \
                or t.lower_.endswith(_NOT_NAME_ENDINGS) or t.lower_ in _organisation_names():
            return False
    english = [t for t in core if english_word(t.lower_) or english_word(t.lemma_.lower())]
    # an English word may be a first name the tagger saw as one ("rosa", "oscar"), never the surname
    if core[-1].ent_type_ in _NOT_SURNAME_ENTS or core[-1] in english or len(english) > 1 \
            or any(t.tag_ != "NNP" and t.ent_type_ != "PERSON" and t.lower_ not in _GIVEN_NAMES for t in english):
        return False
    return not _place_or_organisation(" ".join(t.lower_ for t in words)) and not _place_or_organisation(
        " ".join(t.lower_ for t in core[-2:]))


def _place_or_organisation(phrase: str) -> bool:
    from unrest.geo.gazetteer import Gazetteer

    return phrase in _organisation_names() or Gazetteer.default().has_key(phrase) or demonym(phrase.split()[0])


@lru_cache(maxsize=4096)
def demonym(lower: str) -> bool:
    """'nicaraguan', 'peruvians': a nationality, which the tagger does not mark without capitals."""
    from unrest.geo.gazetteer import Gazetteer

    return lower.isalpha() and Gazetteer.default().demonym_country(lower) is not None


@lru_cache(maxsize=1)
def _organisation_names() -> frozenset[str]:
    from unrest.nlp.components.actors import known_actors

    return frozenset(name.lower() for actor in known_actors() for name in (actor["name"], *actor.get("aliases", [])))
