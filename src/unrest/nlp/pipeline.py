"""The extraction pipeline: articles in, records out.

Stages, in the order spaCy runs them (each one a registered component, see ``components/``):

1. the English model: tokens, parse (``unrest_paragraphs`` first makes every paragraph break a
   sentence break), named entities;
2. ``unrest_numbers``  number expressions with qualifiers;
3. ``unrest_figures``  what each number counts (category, unit);
4. ``unrest_dates``    dates resolved against the publication date;
5. ``unrest_places``   places geocoded offline, and the report's country;
6. ``unrest_actors``   actors with canonical names and kinds;
7. ``unrest_attribution`` sources, hedges and who-told-whom;
8. ``unrest_events``   PLOVER events, linked to actors, places, dates, figures and sources;
9. ``unrest_quotes``   quotations with speakers.

The model is loaded once per process, on first use, never at import time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

# importing the component modules registers their factories with spaCy
from unrest.nlp.components import (  # noqa: F401
    actors, attribution, dates, events, figures, paragraphs, places, quotes,
)
from unrest.errors import ExtractionError
from unrest.models import Article, Record
from unrest.nlp.model import load_model

log = logging.getLogger(__name__)

COMPONENTS = ("unrest_numbers", "unrest_figures", "unrest_dates", "unrest_places", "unrest_actors",
              "unrest_attribution", "unrest_events", "unrest_quotes")


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The full pipeline, built once per process."""
    nlp = load_model()
    nlp.add_pipe("unrest_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def extract(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Record]:
    """Records for articles, in order. Raises ExtractionError naming the article that failed."""
    nlp = get_nlp()
    pending = ((a.text, a) for a in articles)
    for doc, article in _pipe(nlp, pending, batch_size):
        yield build_record(doc, article)


def _pipe(nlp: Language, items: Iterable[tuple[str, Article]], batch_size: int) -> Iterator[tuple[Doc, Article]]:
    # the publication date must be on the Doc before our components run, so the tokenizer runs
    # first and the pipes after it, batch by batch
    def docs() -> Iterator[tuple[Doc, Article]]:
        for text, article in items:
            doc = nlp.make_doc(text)
            doc._.unrest_published = article.published
            yield doc, article

    stream = docs()
    batch: list[tuple[Doc, Article]] = []
    for item in stream:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run(nlp, batch)
            batch = []
    if batch:
        yield from _run(nlp, batch)


def _run(nlp: Language, batch: list[tuple[Doc, Article]]) -> Iterator[tuple[Doc, Article]]:
    docs = [d for d, _ in batch]
    for _name, proc in nlp.pipeline:
        try:
            docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        except Exception as exc:  # one bad article must not hide which one it was
            names = ", ".join(a.origin or a.id for _, a in batch)
            raise ExtractionError(f"{_name} failed on {names}: {exc}") from exc
    yield from zip(docs, (a for _, a in batch))


def build_record(doc: Doc, article: Article) -> Record:
    return Record(
        article=article,
        events=list(doc._.unrest_events or []),
        figures=list(doc._.unrest_figures or []),
        places=list(doc._.unrest_places or []),
        quotes=list(doc._.unrest_quotes or []),
    )
