"""Every ``Doc._`` / ``Span._`` attribute the pipeline uses, registered once at import.

Components write these; ``unrest.nlp.pipeline`` reads them to build the record. Each holds
plain ``unrest.models`` objects so nothing downstream needs spaCy.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default. Lists are created per doc by the components (a shared default would leak).
DOC_EXTENSIONS: dict[str, object] = {
    "unrest_published": None,  # "YYYY-MM-DD" of the article, set before the pipeline runs
    "unrest_country_hint": None,  # ISO alpha-2 of the country the report is about
    "unrest_places": None,  # list[models.Place]
    "unrest_numbers": None,  # list[nlp.numbers.NumberSpan]
    "unrest_figures": None,  # list[models.Figure]
    "unrest_dates": None,  # list[nlp.components.dates.DateMention]
    "unrest_actors": None,  # list[nlp.components.actors.ActorMention]
    "unrest_people": None,  # nlp.people.PersonRegistry
    "unrest_sources": None,  # list[nlp.components.attribution.SourceMention]
    "unrest_events": None,  # list[models.Event]
    "unrest_quotes": None,  # list[models.Quote]
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
