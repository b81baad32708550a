"""A linear sentence model: did security forces kill, arrest, use force, fail to act, act?

Features are lowercased word unigrams and bigrams (no parse needed, so it costs next to nothing);
weights and per-label thresholds live in ``nlp/data/police_sentence_model.json``, written by
:mod:`unrest.nlp.classify.train`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LABELS = ("KILL", "ARREST", "FORCE", "FAIL", "ANY_ACTION")
MODEL_FILE = "police_sentence_model.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")


def features(text: str) -> list[str]:
    """Unigrams and bigrams of the lowercased words (numbers folded to one token)."""
    words = ["0" if w[0].isdigit() else w for w in _WORD.findall(text.lower())]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass
class SentenceModel:
    vocab: dict[str, int]
    weights: list[list[float]]  # per feature: one weight per label
    bias: list[float]
    thresholds: list[float]

    def probabilities(self, text: str) -> dict[str, float]:
        scores = list(self.bias)
        for f in set(features(text)):
            i = self.vocab.get(f)
            if i is not None:
                row = self.weights[i]
                for k in range(len(LABELS)):
                    scores[k] += row[k]
        return {label: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s)))) for label, s in zip(LABELS, scores)}

    def labels(self, text: str) -> set[str]:
        probs = self.probabilities(text)
        return {label for label, t in zip(LABELS, self.thresholds) if probs[label] >= t}


@lru_cache(maxsize=1)
def load() -> SentenceModel | None:
    """The packaged model, or None when it has not been trained."""
    path = resources.files("unrest.nlp.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    data = json.loads(path.read_text("utf-8"))
    feats = data["features"]
    return SentenceModel({f: i for i, f in enumerate(feats)}, data["weights"], data["bias"], data["thresholds"])
