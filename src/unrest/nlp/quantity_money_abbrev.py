"""Scale words abbreviated in money copy: "Rs 500 cr" (crore), "Rs 21 lakh cr", "$4.98 trn"."""

from __future__ import annotations

from spacy.tokens import Doc

_CRORE = 10_000_000
_RUPEE_MARKS = {"rs", "rs.", "₹", "inr", "re", "re."}


def abbreviated_scale(doc: Doc, start: int, j: int, money: bool) -> float:
    """The scale of the abbreviation at ``j`` after a number that began at ``start``: "cr"/"crs" is a
    crore after "lakh" or a rupee amount ("Rs 500 cr"; not "Cr 12", a label, nor chromium); "trn" is
    a trillion after money ("$4.98 trn"). 1.0 when there is none."""
    if j >= len(doc):
        return 1.0
    word = doc[j].lower_.rstrip(".")
    if word in ("cr", "crs"):
        rupees = any(t.lower_ in _RUPEE_MARKS or t.lower_.startswith("rs") for t in doc[max(0, start - 1):start + 1])
        return float(_CRORE) if rupees or doc[j - 1].lower_ in ("lakh", "lakhs") else 1.0
    if word == "trn" and money:
        return 1e12
    return 1.0
