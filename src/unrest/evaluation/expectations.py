"""Score records against expectation files (the format of ``shared/contract/seed.expected.json``).

The matching is the contract's own: ``shared/contract/score.py`` is loaded from the shared folder
and its ``checks`` decide every expectation, so our numbers mean what the contract means. One
extension is checked here as well: an event expectation may carry ``place_admin1_code`` (the
event's province, ISO 3166-2), which ``score.py`` ignores.

Three kinds of expectation files are understood:

- ``{"document": "relative/path.txt", ...}``: a report on disk (the seed, our dev set);
- ``{"source": {"dataset": "india-police-events", "doc_id": N}, ...}``: a document of the public
  IndiaPoliceEvents set, with its page date from ``metadata.jsonl``;
- ``{"source": {"dataset": "muc4-dev", "docid": "..."}, ...}``: a MUC-4 development document.

    python -m unrest.evaluation.expectations tests/devset/expected tests/realdocs
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from unrest.ingest import read_bytes
from unrest.models import Article, Record

REPO = Path(__file__).resolve().parents[3]
SHARED = Path.cwd().parent / "shared" if (Path.cwd().parent / "shared").is_dir() else REPO.parent / "shared"


@dataclass
class DocumentScore:
    name: str
    passed: int
    failed: int
    failures: list[str] = field(default_factory=list)


@dataclass
class SetScore:
    documents: list[DocumentScore]

    @property
    def passed(self) -> int:
        return sum(d.passed for d in self.documents)

    @property
    def total(self) -> int:
        return sum(d.passed + d.failed for d in self.documents)

    @property
    def rate(self) -> float:
        return self.passed / self.total if self.total else 0.0


@lru_cache(maxsize=1)
def contract_scorer(shared: Path = SHARED) -> ModuleType:
    path = shared / "contract" / "score.py"
    spec = importlib.util.spec_from_file_location("unrest_contract_score", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_article(expected: dict[str, Any], expected_path: Path, shared: Path = SHARED) -> Article:
    """The article an expectation file is about, read the way ``unrest extract`` reads files."""
    if "document" in expected:
        path = (expected_path.parent / expected["document"]).resolve()
        return _first_article(path.read_bytes(), str(path))
    source = expected["source"]
    if source["dataset"] == "india-police-events":
        doc = _india_docs(shared)[int(source["doc_id"])]
        article = _first_article(doc["text"].encode("utf-8"), f"india-police-events#{source['doc_id']}")
        article.published = article.published or doc.get("date")
        article.url = doc.get("url")
        return article
    if source["dataset"] == "muc4-dev":
        text = _muc4_dev(shared)[source["docid"]]
        return _first_article(text.encode("utf-8"), f"muc4-dev#{source['docid']}")
    raise ValueError(f"unknown dataset {source['dataset']!r} in {expected_path}")


def _first_article(data: bytes, origin: str) -> Article:
    for item in read_bytes(data, origin):
        if isinstance(item, Article):
            return item
        raise item
    raise ValueError(f"{origin}: no article")


@lru_cache(maxsize=1)
def _india_docs(shared: Path) -> dict[int, dict[str, Any]]:
    base = shared / "data" / "india-police-events"
    meta = {}
    with open(base / "metadata.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            meta[row["doc_id"]] = row
    docs = {}
    with open(base / "docs.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            m = meta.get(row["doc_id"], {})
            docs[row["doc_id"]] = {"text": row["doc_text"], "date": m.get("date"), "url": m.get("url")}
    return docs


@lru_cache(maxsize=1)
def _muc4_dev(shared: Path) -> dict[str, str]:
    out = {}
    with open(shared / "data" / "muc4" / "dev.json", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[row["docid"]] = row["doctext"]
    return out


def extra_checks(record: dict[str, Any], expected: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """Our extension: events with the province of their place."""
    places = {p["id"]: p for p in record.get("places", [])}
    scorer = contract_scorer()
    for want in expected.get("events", []):
        if "place_admin1_code" not in want:
            continue
        code = want["place_admin1_code"]
        ok = any(
            scorer.event_ok(record, e, {k: v for k, v in want.items() if k != "place_admin1_code"})
            and any(places.get(pid, {}).get("admin1_code") == code or code in places.get(pid, {}).get("admin1_codes", [])
                    for pid in e.get("places", []))
            for e in record.get("events", [])
        )
        yield f"event place in {code}: {want.get('type')} {want.get('evidence_contains', '')}", ok


def score_record(record: dict[str, Any], expected: dict[str, Any], name: str) -> DocumentScore:
    scorer = contract_scorer()
    result = DocumentScore(name, 0, 0)
    for label, ok in [*scorer.checks(record, expected), *extra_checks(record, expected)]:
        if ok:
            result.passed += 1
        else:
            result.failed += 1
            result.failures.append(label)
    return result


def expectation_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        files += sorted(p.glob("*.expected.json")) if p.is_dir() else [p]
    return files


def score_files(files: list[Path]) -> SetScore:
    from unrest.nlp.pipeline import extract

    loaded = [(f, json.loads(f.read_text(encoding="utf-8"))) for f in files]
    articles = [load_article(exp, f) for f, exp in loaded]
    records: list[Record] = list(extract(articles))
    docs = [score_record(r.as_dict(), exp, f.name) for r, (f, exp) in zip(records, loaded)]
    return SetScore(docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Share of expectations met, per set of expectation files.")
    ap.add_argument("paths", nargs="+", type=Path, help="expectation files or folders of *.expected.json")
    ap.add_argument("--failures", action="store_true", help="list every failed expectation")
    args = ap.parse_args(argv)
    for path in args.paths:
        score = score_files(expectation_files([path]))
        print(f"{path}: {score.passed}/{score.total} expectations met = {score.rate:.3f} "
              f"({len(score.documents)} documents)")
        if args.failures:
            for doc in score.documents:
                for label in doc.failures:
                    print(f"  FAIL {doc.name}: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
