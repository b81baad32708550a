"""``unrest ingest``: read inputs, extract what is new, store each article in its own transaction,
then merge. Re-running a batch is cheap and safe: stored articles are recognised by their content
id and skipped (a new address for a known text is added to it), so a batch killed half-way simply
resumes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from tqdm import tqdm

from unrest.corpus.merge import MergeReport
from unrest.errors import ExtractionError, InputError, UnrestError
from unrest.ingest import read_inputs
from unrest.models import Article, Record
from unrest.nlp.pipeline import extract
from unrest.store import Store

BATCH = 16


@dataclass
class IngestReport:
    new: int = 0
    known: int = 0
    errors: list[UnrestError] = field(default_factory=list)
    merge: MergeReport | None = None


def ingest(inputs: Iterable[str], store: Store, *, workers: int = 1, progress: bool = False,
           merge: bool = True, max_bytes: int = 10_000_000) -> IngestReport:
    report = IngestReport()
    pending: list[Article] = []
    for item in read_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, InputError):
            report.errors.append(item)
        elif store.has_article(item.id):
            report.known += 1
            if item.url:
                store.add_url(item.id, item.url)
        elif not any(a.id == item.id for a in pending):
            pending.append(item)
        else:
            report.known += 1  # the same text twice in one batch
    bar = tqdm(total=len(pending), unit="article", disable=not progress, file=sys.stderr, desc="extracting")
    for record in _records(pending, workers, report):
        store.save_record(record)
        report.new += 1
        bar.update(1)
    bar.close()
    if merge:
        report.merge = store.merge()
    return report


def _records(articles: list[Article], workers: int, report: IngestReport) -> Iterator[Record]:
    batches = [articles[i:i + BATCH] for i in range(0, len(articles), BATCH)]
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from _extract_batch_safely(batch, report)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for records, errors in pool.map(_extract_in_worker, batches):
            report.errors.extend(errors)
            yield from records


def _extract_batch_safely(batch: list[Article], report: IngestReport) -> Iterator[Record]:
    records, errors = _extract_in_worker(batch)
    report.errors.extend(errors)
    yield from records


def _extract_in_worker(batch: list[Article]) -> tuple[list[Record], list[UnrestError]]:
    """Extract a batch; an article the pipeline fails on is reported, the others go on."""
    try:
        return list(extract(batch)), []
    except ExtractionError:
        records: list[Record] = []
        errors: list[UnrestError] = []
        for article in batch:
            try:
                records.extend(extract([article]))
            except ExtractionError as exc:
                errors.append(exc)
        return records, errors
