"""Near-duplicate fingerprints: MinHash over word 5-grams, with LSH bands to find candidates.

A wire story republished with a new headline, a credit line and a trimmed last paragraph keeps most
of its 5-grams; two independent reports of the same event share few. What decides is containment:
the share of the shorter text's 5-grams found in the longer one, computed from the Jaccard
similarity that 64 MinHash values estimate and the two shingle counts stored with them.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

import numpy as np

N_HASHES = 64
BANDS = 32  # 32 bands of 2 rows: pairs above ~0.3 Jaccard become candidates
ROWS = N_HASHES // BANDS
SHINGLE = 5
COPY_THRESHOLD = 0.75  # containment of the shorter text in the longer

_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20260108)
_A = (_rng.integers(1, 2**32, N_HASHES, dtype=np.uint64) | np.uint64(1))  # odd multipliers
_B = _rng.integers(0, 2**32, N_HASHES, dtype=np.uint64)
_MASK = np.uint64(0xFFFFFFFF)


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())}
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def minhash(text: str) -> bytes:
    """The shingle count and a 64-value MinHash signature of the text, as 260 bytes."""
    found = shingles(text)
    values = np.fromiter(found, dtype=np.uint64)
    hashed = (values[:, None] * _A[None, :] + _B[None, :]) & _MASK
    return np.array([len(found)], dtype=np.uint32).tobytes() + hashed.min(axis=0).astype(np.uint32).tobytes()


def _split(signature: bytes) -> tuple[int, np.ndarray]:
    return int(np.frombuffer(signature[:4], dtype=np.uint32)[0]), np.frombuffer(signature[4:], dtype=np.uint32)


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(_split(a)[1] == _split(b)[1]))


def containment(a: bytes, b: bytes) -> float:
    """Estimated share of the smaller text's shingles found in the other."""
    (na, va), (nb, vb) = _split(a), _split(b)
    j = float(np.mean(va == vb))
    inter = j * (na + nb) / (1 + j)
    return inter / max(1, min(na, nb))


def bands(signature: bytes) -> list[int]:
    values = _split(signature)[1]
    return [zlib.crc32(values[i * ROWS:(i + 1) * ROWS].tobytes()) ^ (i << 24) for i in range(BANDS)]


def near_duplicate_pairs(signatures: Iterable[tuple[str, bytes]]) -> list[tuple[str, str]]:
    """Pairs of ids whose texts are near-duplicates (LSH candidates confirmed by similarity)."""
    buckets: dict[int, list[str]] = {}
    sigs: dict[str, bytes] = {}
    for key, sig in signatures:
        if not sig:
            continue
        sigs[key] = sig
        for band in bands(sig):
            buckets.setdefault(band, []).append(key)
    pairs: set[tuple[str, str]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a, b) if a < b else (b, a)
                if pair not in pairs and containment(sigs[a], sigs[b]) >= COPY_THRESHOLD:
                    pairs.add(pair)
    return sorted(pairs)
