"""Which verb a conjoined verb is really coordinated with, where the small parser hangs it too low.

In "The ministry denied that police had killed anyone and said it would send troops", the parser
often makes "said" a conjunct of "killed", inside what was denied; the sentence means the ministry
denied one thing and said another. A speech verb conjoined to the verb of a reported clause is
read as conjoined to the verb that reports it.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.nlp.event_vocab import SPEECH_VERBS
from unrest.nlp.vocab import DENIAL_VERBS

_REPORTING = SPEECH_VERBS | DENIAL_VERBS


def hung_too_low(verb: Token) -> bool:
    """'denied that X had happened and said ...': ``verb`` ("said") is a speech verb conjoined to
    the verb of a clause that a speech or denial verb reports."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.lemma_.lower() in SPEECH_VERBS and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in _REPORTING and head.head.i < head.i)


def coordinated_with(verb: Token) -> Token:
    """The verb a conjunct shares its subject with: its head, or the reporting verb above it."""
    return verb.head.head if hung_too_low(verb) else verb.head
