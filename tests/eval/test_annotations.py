"""The hand-made annotations of the real documents stay well-formed: known keys and labels,
sources that exist, every ``*_contains`` string present in its document (``tests/realdocs/validate.py``)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

VALIDATE = Path(__file__).resolve().parents[1] / "realdocs" / "validate.py"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.skipif(not DATA.exists(), reason="needs ../shared/data")
def test_real_document_annotations_validate(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("realdocs_validate", VALIDATE)
    assert spec and spec.loader
    validate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validate)
    status = validate.main(["--data", str(DATA)])
    assert status == 0, capsys.readouterr().out
