"""Every record we emit validates against the contract's schema: samples, dev set, fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from unrest.errors import UnrestError
from unrest.services import extract_inputs

from _paths import ROOT, SEED

INPUTS = [ROOT / "samples", ROOT / "tests" / "devset" / "reports", ROOT / "tests" / "ingest" / "fixtures"]
if SEED is not None:
    INPUTS.append(SEED)


@pytest.fixture(scope="module")
def records():
    items = list(extract_inputs([str(p) for p in INPUTS if p.exists()]))
    return [i for i in items if not isinstance(i, UnrestError)], [i for i in items if isinstance(i, UnrestError)]


def test_there_are_records_from_every_format(records):
    good, _ = records
    origins = {Path(r.article.origin or "").suffix for r in good}
    assert {".txt", ".html"} <= origins
    assert any("#" in (r.article.origin or "") for r in good), "no feed entries were extracted"


def test_every_record_validates(records, record_schema):
    good, _ = records
    validator = jsonschema.Draft202012Validator(record_schema)
    for record in good:
        data = json.loads(json.dumps(record.as_dict()))
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        assert not errors, f"{record.article.origin}: {errors[:5]}"


def test_offsets_quote_the_text(records):
    """article.text[start:end] is the quoted span, for every figure, place and quote."""
    good, _ = records
    for record in good:
        d = record.as_dict()
        text = d["article"]["text"]
        for item in d["figures"] + d["places"] + d["quotes"]:
            assert text[item["start"]:item["end"]] == item["text"], (record.article.origin, item)
        ids = {f["id"] for f in d["figures"]} | {p["id"] for p in d["places"]}
        for event in d["events"]:
            assert set(event["figures"]) | set(event["places"]) <= ids
            for span in event["evidence"]:
                assert 0 <= span["start"] < span["end"] <= len(text)
