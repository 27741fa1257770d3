"""Fit the combined models (embedding + n-gram log-probabilities) into ``intents/data``.

    .venv/bin/pip install -e '.[train]' && .venv/bin/python -m intents.train_meaning

The n-gram log-probabilities a combined model learns from are out-of-fold (each example
scored by an n-gram model that never saw it), because at run time the utterance is new to
the n-gram model too; in-sample probabilities would teach the combiner to trust it blindly.
The regularization and the temperature are chosen on held-out folds.

Beside each combined model sits its review fit: a small logistic regression from
``meaning.review_signals`` (how sure, how far ahead of the runner-up, whether the words alone
agree) to the chance the label is right, fitted on held-out predictions: 5-fold
cross-validation plus each example file left out in turn (a shift in speakers and phrasing
like the one new users bring). The review threshold is chosen on the same predictions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from . import embedding
from .dataset import Example, package_examples
from .intent import ANSWER_LABELS, LABELS
from .meaning import (
    ANSWER_MEANING,
    REFLECTION_MEANING,
    meaning_text,
    nearest_share,
    review_signals,
    stack_log,
)
from .normalize import content_words, tokenize
from .train import (
    ANSWER_SOURCES,
    DATA,
    REFLECTION_SOURCES,
    answer_featurize,
    fit,
    fit_temperature,
    folds,
    reflection_featurize,
)

# 0.3 and 1.0 tried on held-out folds: 0.955 and 0.956; larger C fits slowly for no gain seen.
C_GRID = (1.0,)


def embed_examples(examples: Sequence[Example]) -> np.ndarray:
    texts = [meaning_text(content_words(tokenize(e.text))) for e in examples]
    return np.vstack([embedding.embed(texts[i : i + 64]) for i in range(0, len(texts), 64)])


def out_of_fold_ngram(
    examples: Sequence[Example], featurize: Callable[[str], set[str]], labels: Sequence[str]
) -> np.ndarray:
    out = np.zeros((len(examples), len(labels)), dtype=np.float32)
    for fold in folds(examples):
        held = set(fold)
        model = fit([e for i, e in enumerate(examples) if i not in held], featurize, labels)
        for i in fold:
            out[i] = model.probabilities(featurize(examples[i].text))
    return out


def features(vectors: np.ndarray, ngram: np.ndarray) -> np.ndarray:
    return np.hstack([vectors, np.vstack([stack_log(row) for row in ngram])])


def choose(x: np.ndarray, y: np.ndarray, examples: Sequence[Example]) -> tuple[float, float]:
    """The C with the best held-out accuracy, and the temperature fitted on those folds."""
    best: tuple[float, float, float] | None = None
    for c in C_GRID:
        logits = np.zeros((len(y), int(y.max()) + 1))
        for fold in folds(examples):
            held = np.zeros(len(y), dtype=bool)
            held[fold] = True
            clf = LogisticRegression(C=c, max_iter=3000).fit(x[~held], y[~held])
            logits[held] = clf.decision_function(x[held])
        acc = float((logits.argmax(1) == y).mean())
        print(f"  C={c}: held-out accuracy {acc:.3f}")
        if best is None or acc > best[1]:
            best = (c, acc, fit_temperature(logits.tolist(), y.tolist()))
    assert best is not None
    return best[0], best[2]


# At most this share of right labels may be flagged for review (issue 9: 10%).
MAX_RIGHT_FLAGGED = 0.08


def held_out_signals(
    examples: Sequence[Example],
    sources: Sequence[str],
    vectors: np.ndarray,
    ngram_oof: np.ndarray,
    y: np.ndarray,
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    c: float,
    temperature: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Review signals and right/wrong of every held-out prediction of the combined path."""
    splits = [np.isin(np.arange(len(y)), fold) for fold in folds(examples)]
    if len(set(sources)) > 1:
        splits += [np.array([s == name for s in sources]) for name in sorted(set(sources))]
    rows: list[list[float]] = []
    right: list[bool] = []
    for held in splits:
        train = [e for e, h in zip(examples, held, strict=True) if not h]
        ngram_model = fit(train, featurize, labels)
        held_ngram = np.array(
            [
                ngram_model.probabilities(featurize(e.text))
                for e, h in zip(examples, held, strict=True)
                if h
            ],
            dtype=np.float32,
        )
        clf = LogisticRegression(C=c, max_iter=3000).fit(
            features(vectors[~held], ngram_oof[~held]), y[~held]
        )
        z = clf.decision_function(features(vectors[held], held_ngram)) / temperature
        z = z - z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        taught, taught_labels = vectors[~held], y[~held]
        for vector, probs, ngram, truth in zip(vectors[held], p, held_ngram, y[held], strict=True):
            best = int(probs.argmax())
            share = nearest_share(taught @ vector, taught_labels, best)
            rows.append(review_signals(probs.tolist(), ngram.tolist(), best, share))
            right.append(best == truth)
    return np.array(rows), np.array(right)


def fit_review(signals: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, float, float]:
    """Weights and bias of P(right | signals), and the review threshold chosen on them."""
    clf = LogisticRegression(C=1.0, max_iter=1000).fit(signals, right)
    p = clf.predict_proba(signals)[:, 1]
    wrong_p, right_p = p[~right], p[right]
    print(f"  review fit on {len(right)} held-out predictions, {int((~right).sum())} wrong")
    chosen = 0.0
    for t in np.round(np.arange(0.30, 0.99, 0.05), 2):
        caught = float((wrong_p < t).mean()) if len(wrong_p) else 1.0
        bothered = float((right_p < t).mean())
        print(f"    threshold {t:.2f}: {caught:.0%} of wrong flagged, {bothered:.1%} of right")
        if bothered <= MAX_RIGHT_FLAGGED:
            chosen = float(t)
    return clf.coef_[0].astype(np.float64), float(clf.intercept_[0]), chosen


def build(
    name: str, sources: Sequence[str], labels: tuple[str, ...], featurize: Callable[[str], set[str]]
) -> None:
    examples = [e for s in sources for e in package_examples(s, labels)]
    origin = [s for s in sources for _ in package_examples(s, labels)]
    y = np.array([labels.index(e.label) for e in examples])
    vectors = embed_examples(examples)
    ngram_oof = out_of_fold_ngram(examples, featurize, labels)
    x = features(vectors, ngram_oof)
    c, temperature = choose(x, y, examples)
    clf = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    signals, right = held_out_signals(
        examples, origin, vectors, ngram_oof, y, featurize, labels, c, temperature
    )
    review_weights, review_bias, threshold = fit_review(signals, right)
    np.savez_compressed(
        DATA / name,
        labels=np.array(labels),
        weights=clf.coef_.T.astype(np.float32),
        bias=clf.intercept_.astype(np.float32),
        temperature=np.float32(temperature),
        C=np.float32(c),
        sources=np.array(" ".join(sources)),
        review_weights=review_weights,
        review_bias=np.float64(review_bias),
        review_threshold=np.float32(threshold),
        neighbours=vectors.astype(np.float16),
        neighbour_labels=y.astype(np.int8),
    )
    print(
        f"wrote intents/data/{name}: C={c}, temperature {temperature:.2f}, {len(examples)} "
        f"examples, review threshold {threshold:.2f}"
    )


def main() -> None:
    build(REFLECTION_MEANING, REFLECTION_SOURCES, LABELS, reflection_featurize)
    build(ANSWER_MEANING, ANSWER_SOURCES, ANSWER_LABELS, answer_featurize)


if __name__ == "__main__":
    main()
