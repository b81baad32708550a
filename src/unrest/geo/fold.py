"""Fold place names to the ASCII lowercase keys the gazetteer is indexed by.

``fold("Īlām")`` -> ``"ilam"``, ``fold("Deir ez-Zor")`` -> ``"deir ez zor"``,
``fold("Karbalā’")`` -> ``"karbala"``. The same function folds index names at build time and
text spans at query time, so the two always agree.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Latin letters that NFKD does not decompose into ASCII + combining marks.
SPECIAL_LETTERS = str.maketrans(
    {
        "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
        "ħ": "h", "Ħ": "h", "ı": "i", "ŋ": "n", "ſ": "s", "ə": "e", "Ə": "e", "İ": "I",
    }
)
# Apostrophes and transliteration marks vanish ("Murang'a" = "Muranga", "Dar‘ā" = "Dara");
# hyphens, dots, slashes and commas separate words.
_DROP = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02be\u02bf'`´]")
_SEPARATE = re.compile(r"[\-\u2010-\u2015./,()]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """ASCII lowercase key for ``text``; letters from other scripts are kept (see ``is_latin``)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(SPECIAL_LETTERS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _DROP.sub("", stripped)
    stripped = _SEPARATE.sub(" ", stripped)
    return _SPACES.sub(" ", stripped).strip().lower()


def is_latin(key: str) -> bool:
    """True when a folded key is plain ASCII (names in other scripts are not indexed)."""
    return key.isascii() and any(ch.isalpha() for ch in key)


@lru_cache(maxsize=65_536)
def fold_word(word: str) -> str:
    """``fold`` for one token of running text, memoised (the same words recur in every report)."""
    return fold(word)
