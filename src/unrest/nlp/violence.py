"""Violence the trigger words alone miss, for :mod:`unrest.nlp.components.events`.

- an attack named by a participle used as an adjective: "the assassinated candidate", "the
  kidnapped engineers", "the burned vehicles" (the tagger leaves such words unlemmatised);
- property burned, destroyed or damaged in an attack: "rebels burned the town hall", "they destroyed a
  pylon" right after a reported attack. Burning, destroying or damaging alone is not an attack ("the fire
  destroyed the crops"); an armed or criminal actor in the sentence, or an attack reported in the
  sentences just before, makes it one;
- who "they" are: an attack whose subject is a pronoun was carried out by the attackers of the
  attack reported just before ("gunmen stormed the town hall. They also burned two buses").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from unrest.nlp.components.actors import ActorMention
from unrest.nlp.event_vocab import PROPERTY_NOUNS

# verbs whose past participle before a noun says the noun was attacked
_PARTICIPLE_VERBS = frozenset({
    "assassinate", "murder", "kidnap", "kidnape", "abduct", "massacre", "execute", "torture", "slay", "burn",
    "destroy", "bomb", "dynamite", "loot", "ransack", "sabotage", "machinegun", "hijack",
})
_IRREGULAR = {"burnt": "burn", "slain": "slay"}

# destruction that is an attack only when someone attacked: what the property rule checks
DESTRUCTION = {"burn": ("CRIME", "arson"), "destroy": ("ASSAULT", None), "damage": ("ASSAULT", None)}

# actors whose burning or destroying of property is an attack on it
_ATTACKING_KINDS = frozenset({"armed_group", "militia", "military", "state_security", "protesters"})

# how many sentences back an attack still explains a destruction or a pronoun
RECENT_SENTENCES = 2

_PRONOUNS = frozenset({"they", "he", "she", "them"})


def participle_lemma(tok: Token) -> str | None:
    """'assassinated' (an adjective before its noun) -> 'assassinate'; None for other words."""
    if tok.tag_ not in ("JJ", "VBN", "VBD") or tok.dep_ not in ("amod", "compound", "acl"):
        return None
    return _participle_verb(tok.lower_)


def _participle_verb(word: str) -> str | None:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if not word.endswith("ed"):
        return None
    stem = word[:-2]
    for form in (stem, word[:-1], stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if form in _PARTICIPLE_VERBS:
            return "kidnap" if form == "kidnape" else form
    return None


def without_participles(name: str) -> str:
    """'assassinated ana ruiz' -> 'ana ruiz': a name read with the word that says what befell her."""
    words = name.split()
    while len(words) > 1 and _participle_verb(words[0].lower()) is not None:
        words = words[1:]
    return " ".join(words)


def damaged_property(word: Token) -> list[Token]:
    """The physical things a destruction word acts on: its object, the subject of its passive, or
    the noun it describes ('the burned vehicles'), with their conjuncts."""
    heads = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass")]
    if word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN"):
        heads.append(word.head)
    things = [t for h in heads for t in (h, *h.conjuncts)]
    return [t for t in things if t.lemma_.lower() in PROPERTY_NOUNS or t.lower_ in PROPERTY_NOUNS]


def property_attack(word: Token, key: str, sent_actors: Sequence[ActorMention], attacker_nouns: frozenset[str],
                    recent_attack: bool) -> tuple[str, str | None] | None:
    """(type, mode) when burning or destroying property is an attack: an attacker is named in the
    sentence, or an attack was reported just before. None otherwise."""
    if key not in DESTRUCTION or not damaged_property(word):
        return None
    attacker = any(a.kind in _ATTACKING_KINDS for a in sent_actors) or any(
        t.lemma_.lower() in attacker_nouns or t.lower_ in attacker_nouns
        for t in word.sent if t.dep_ in ("nsubj", "pobj") and t.pos_ == "NOUN")
    if attacker or recent_attack:
        return DESTRUCTION[key]
    return None


def pronoun_subject(triggers: Sequence[Token]) -> bool:
    """'They also burned ...': the attack's subject is a pronoun (its own or its clause's)."""
    for trig in triggers:
        verb = trig if trig.pos_ == "VERB" else trig.head
        for _ in range(3):
            if any(c.dep_ in ("nsubj", "agent") and c.lower_ in _PRONOUNS for c in verb.children):
                return True
            if verb.dep_ != "conj" or verb.head is verb:
                break
            verb = verb.head
    return False



# words that make a named person's death a crime someone answers for
_CULPRIT_WORDS = frozenset({"responsibility", "responsible", "blame", "accuse", "investigate", "investigation",
                            "connect", "link", "implicate", "clarify", "avenge", "condemn", "suspect", "perpetrator"})


def violent_death(word: Token, recent_attack: bool) -> bool:
    """'responsibility for the death of Ana Ruiz', 'the investigation into the death of Ana Ruiz':
    the death of a named person that someone is answerable for, or right after a reported attack."""
    from unrest.nlp.people import name_at

    if word.lemma_.lower() != "death" or word.pos_ != "NOUN":
        return False
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whose = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whose is None or name_at(whose) is None:
        return False
    return recent_attack or any(t.lemma_.lower() in _CULPRIT_WORDS for t in word.sent)


# arms named as things, which may be an inventory rather than an attack
_ARMS = frozenset({"bomb", "grenade", "dynamite", "mine", "rocket", "missile", "mortar", "shell", "explosive",
                   "machinegun"})
# what is done with arms that are held or moved, not used (arms found or defused are a foiled attack)
_HOLDING = frozenset({"confiscate", "seize", "seizure", "capture", "smuggle", "supply", "deliver", "store", "hide",
                      "stockpile", "sell", "buy", "transport", "possess", "possession", "consist", "include", "contain",
                      "steal", "surrender", "cache", "arsenal", "shipment", "stock"})


def arms_held(tok: Token) -> bool:
    """'troops confiscated rifles and 15 kg of dynamite', 'a cache of grenades': arms seized, stored or
    moved are an inventory, not an attack."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _ARMS:
        return False
    node = tok
    for _ in range(6):
        if node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _HOLDING:
            return True
        if node.pos_ == "VERB" and node.dep_ not in ("acl", "relcl", "amod"):
            return False  # the clause's own verb decides
    return False


# what a denial of authorship denies: "denied responsibility for the attack"
_AUTHORSHIP_NOUNS = frozenset({"responsibility", "involvement", "participation", "authorship", "role", "part"})
# "denied that it carried out the attack": a verb of doing it, with the attack as its object
_AUTHORSHIP_VERBS = frozenset({"direct", "carry", "commit", "perpetrate", "stage", "order", "plan", "launch",
                               "participate", "mastermind", "claim"})


def denial_of_authorship(trigger: Token) -> Token | None:
    """The 'deny' of 'the rebels denied responsibility for the attack' or 'the front denied that it
    directed the attack': who did it is denied, not that it happened. None for other denials
    ('police denied that anyone was killed')."""
    node, authorship = trigger, False
    for _ in range(5):
        head = node.head
        if head is node:
            return None
        lemma = head.lemma_.lower()
        if lemma in _AUTHORSHIP_NOUNS or (lemma in _AUTHORSHIP_VERBS and node.dep_ in ("dobj", "prep", "pobj")):
            authorship = True
        if lemma == "deny":
            return head if authorship else None
        node = head
    return None
