"""Sentences with their character offsets, the unit of narration and of its timings.

    >>> [s.text for s in split_sentences("The U.N. Secretary-General spoke. Police fired on Mr. Ali's car.")]
    ['The U.N. Secretary-General spoke.', "Police fired on Mr. Ali's car."]

Every line break ends a sentence (headings, list items and table rows are read one by one), and
so does a full stop, question or exclamation mark followed by a capital, a digit or a quote, unless
the word before it is a title or short form (Mr., Gen., Sept., No.), an initial, or a dotted
acronym followed by a name ("the U.N. Security Council"). Offsets index the text as given, so a
page that shows the text can highlight the sentence being read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NO_BREAK_AFTER = frozenset("""mr mrs ms dr prof gen lt col maj capt sgt cpl gov sen rep pres rev st mt ft adm
brig supt insp jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est fig al inc ltd co
corp jr sr e.g i.e c""".split())
# after a dotted acronym (U.N., U.S.), these words start a new sentence rather than continue a name
_STARTERS = frozenset("""The A An In On At By For From But And Or So Yet It Its He She They We You I This That These
Those There Here Police Officials Protesters Authorities Witnesses Meanwhile Later Earlier Some Many
Most Several Two Three Four Five Six Seven Eight Nine Ten No One According After Before During When While""".split())
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int  # offset of the first character in the text
    end: int  # offset just past the last character
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order, with offsets; blank lines and bare markup are skipped."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        base = line.start()
        chunk = line.group()
        begin = 0
        for m in _END.finditer(chunk):
            if _continues(chunk, m):
                continue
            _add(out, text, base + begin, base + m.end())
            begin = m.end()
        _add(out, text, base + begin, base + len(chunk))
    return out


def _continues(chunk: str, m: re.Match[str]) -> bool:
    """True when the full stop at ``m`` belongs to a short form, not to the end of a sentence."""
    if not m.group().startswith("."):
        return False
    before = chunk[:m.start()]
    word = re.search(r"(\S+)$", before)
    if not word:
        return False
    token = word.group(1).lstrip("(\"'“‘")
    if token.lower().rstrip(".") in _NO_BREAK_AFTER:
        return True
    if re.fullmatch(r"[A-Z]", token):  # an initial: "J. Smith"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # U.N, U.S, e.g
        following = re.match(r"\s+[\"'“‘(\[]?(\w+)", chunk[m.end():])
        return bool(following) and following.group(1) not in _STARTERS and not following.group(1).isdigit()
    return False


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece or not re.search(r"[A-Za-z0-9]", piece):
        return
    out.append(Sentence(start + lead, start + lead + len(piece), piece))
