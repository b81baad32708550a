"""Sentences and their offsets: the cues a page highlights must point at the text it shows."""

from __future__ import annotations

import pytest

from unrest.speech import split_sentences, to_webvtt
from unrest.speech.narrate import Cue

CASES = [
    # titles, initials and short forms do not end a sentence
    ("Police fired on Mr. Ali's car. Two died.", ["Police fired on Mr. Ali's car.", "Two died."]),
    ("Gen. Smith arrived on Sept. 12. J. Smith left.", ["Gen. Smith arrived on Sept. 12.", "J. Smith left."]),
    ("It was 3.5 km away. The end.", ["It was 3.5 km away.", "The end."]),
    # a dotted acronym before a name continues, before a sentence starter ends
    ("The U.N. Security Council met. It adjourned.", ["The U.N. Security Council met.", "It adjourned."]),
    ("Aid came from the U.S. The army withdrew.", ["Aid came from the U.S.", "The army withdrew."]),
    # quotes, questions, exclamations
    ('"We ran," she said. Why? Fear!', ['"We ran," she said.', "Why?", "Fear!"]),
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    # every line is read on its own; blank lines and bare marks are skipped
    ("# Title\n\nFirst line\n- item two\n---\n", ["# Title", "First line", "- item two"]),
]


@pytest.mark.parametrize(("text", "sentences"), CASES, ids=[c[0][:30] for c in CASES])
def test_split(text: str, sentences: list[str]) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    assert all(text[s.start:s.end] == s.text for s in found)


def test_webvtt() -> None:
    cues = [Cue(0, 0.0, 2.5, "First --> one.", "first", 0, 14), Cue(1, 2.8, 3661.25, "Second.", "second", 15, 22)]
    assert to_webvtt(cues) == ("WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nFirst -> one.\n\n"
                               "2\n00:00:02.800 --> 01:01:01.250\nSecond.\n")
