"""spaCy component ``unrest_paragraphs``: a paragraph break always ends a sentence.

Runs before the parser. Without it the small model glues a closing quote and the next
paragraph into one sentence, and every stage after it (sources, events) reads across the break.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("unrest_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc
