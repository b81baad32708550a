"""spaCy component ``unrest_dates``: date expressions resolved against the publication date."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from unrest.nlp import extensions  # noqa: F401
from unrest.nlp.dates import DateMatch, find_dates, parse_iso


@dataclass
class DateMention:
    match: DateMatch
    tok_start: int
    tok_end: int

    @property
    def resolved(self):  # type: ignore[no-untyped-def]
        return self.match.resolved


@Language.factory("unrest_dates", assigns=["doc._.unrest_dates"])
def make_dates(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


class DateFinder:
    def __call__(self, doc: Doc) -> Doc:
        published = parse_iso(doc._.unrest_published)
        mentions = []
        for match in find_dates(doc.text, published):
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None:
                continue
            mentions.append(DateMention(match, span.start, span.end))
        doc._.unrest_dates = mentions
        return doc
