"""spaCy component ``unrest_paragraphs``: a paragraph break always ends a sentence.

Runs before the parser. Without it the small model glues a closing quote and the next
paragraph into one sentence, and every stage after it (sources, events) reads across the break.
It also keeps a paragraph's first word in the sentence it opens: the small model sometimes ends a
sentence right after it ("Rallies | also took place in ...").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


@Language.component("unrest_paragraphs", assigns=["token.is_sent_start"])
def mark_paragraphs(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if _breaks_after(prev):
            tok.is_sent_start = True
        elif prev.is_alpha and not tok.is_space and (prev.i == 0 or _breaks_after(doc[prev.i - 1])):
            tok.is_sent_start = False  # a word alone is no sentence unless its paragraph ends there
    return doc


def _breaks_after(tok: Token) -> bool:
    return "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text)
