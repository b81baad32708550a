"""Train the police sentence model on IndiaPoliceEvents (ConfliBERT's split).

    .venv/bin/python -m unrest.nlp.classify.train [--data ../shared/data/india-police-events/conflibert-split]

Reads ``sents_train.tsv`` to fit the weights and ``sents_dev.tsv`` to choose each label's
threshold (best F1); never the test split. Logistic regression with L2, one model per label
sharing one feature set (word unigrams and bigrams seen at least ``--min-count`` times), fitted by
full-batch Adam in numpy. Writes ``src/unrest/nlp/data/police_sentence_model.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from unrest.nlp.classify.police import LABELS, MODEL_FILE, features

HERE = Path(__file__).resolve()
DEFAULT_DATA = HERE.parents[4].parent / "shared" / "data" / "india-police-events" / "conflibert-split"
OUT = HERE.parents[1] / "data" / MODEL_FILE
COLUMNS = ("KILL", "ARREST", "ANY_ACTION", "FAIL", "FORCE")  # the split's column order


def read(path: Path) -> tuple[list[str], np.ndarray]:
    csv.field_size_limit(sys.maxsize)
    texts, labels = [], []
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 6:
                continue
            given = {name: row[1 + i].strip() == "1" for i, name in enumerate(COLUMNS)}
            texts.append(row[0])
            labels.append([1.0 if given[label] else 0.0 for label in LABELS])
    return texts, np.array(labels)


def encode(texts: list[str], vocab: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = [], []
    for r, text in enumerate(texts):
        for f in set(features(text)):
            i = vocab.get(f)
            if i is not None:
                rows.append(r)
                cols.append(i)
    return np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def scores(rows: np.ndarray, cols: np.ndarray, n: int, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = np.tile(b, (n, 1))
    np.add.at(out, rows, w[cols])
    return out


def fit(rows: np.ndarray, cols: np.ndarray, y: np.ndarray, n_feat: int, l2: float, epochs: int,
        lr: float = 0.05, pos_weight: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    n, k = y.shape
    w = np.zeros((n_feat, k))
    b = np.zeros(k)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    sample = np.where(y > 0, pos_weight, 1.0)
    for t in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-scores(rows, cols, n, w, b)))
        g = (p - y) * sample / n
        g_w = np.zeros_like(w)
        np.add.at(g_w, cols, g[rows])
        g_w += l2 * w
        g_b = g.sum(axis=0)
        for param, grad, m, v in ((w, g_w, m_w, v_w), (b, g_b, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad * grad
            param -= lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w, b


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for t in np.arange(0.05, 0.96, 0.01):
        pred = p >= t
        tp = float((pred & (y > 0)).sum())
        fp = float((pred & (y == 0)).sum())
        fn = float((~pred & (y > 0)).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f > best[1]:
            best = (float(t), f)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--l2", type=float, default=1e-4)
    ap.add_argument("--epochs", type=int, default=300)
    ap.add_argument("--pos-weight", type=float, default=3.0)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    train_texts, y_train = read(args.data / "sents_train.tsv")
    dev_texts, y_dev = read(args.data / "sents_dev.tsv")
    counts = Counter(f for text in train_texts for f in set(features(text)))
    feats = sorted(f for f, c in counts.items() if c >= args.min_count)
    vocab = {f: i for i, f in enumerate(feats)}
    rows, cols = encode(train_texts, vocab)
    w, b = fit(rows, cols, y_train, len(feats), args.l2, args.epochs, pos_weight=args.pos_weight)
    d_rows, d_cols = encode(dev_texts, vocab)
    p_dev = 1.0 / (1.0 + np.exp(-scores(d_rows, d_cols, len(dev_texts), w, b)))
    thresholds = []
    for k, label in enumerate(LABELS):
        t, f = best_threshold(p_dev[:, k], y_dev[:, k])
        thresholds.append(round(t, 2))
        print(f"{label:<11} dev F1 {f:.3f} at threshold {t:.2f}")
    keep = np.abs(w).max(axis=1) >= 1e-3  # drop features that say nothing
    kept = [f for f, k in zip(feats, keep) if k]
    data = {
        "about": "Police sentence model (unrest.nlp.classify.police): logistic regression over word uni/bigrams, "
                 "trained on IndiaPoliceEvents sents_train.tsv, thresholds from sents_dev.tsv. "
                 "Rebuild: python -m unrest.nlp.classify.train",
        "labels": list(LABELS), "features": kept,
        "weights": [[round(float(x), 4) for x in row] for row in w[keep]],
        "bias": [round(float(x), 4) for x in b], "thresholds": thresholds,
    }
    args.out.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(kept)} features, {args.out.stat().st_size / 1e6:.1f} MB -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
