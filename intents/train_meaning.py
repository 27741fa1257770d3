"""Fit the combined models (embedding + n-gram log-probabilities) into ``intents/data``.

    .venv/bin/pip install -e '.[train]' && .venv/bin/python -m intents.train_meaning

The n-gram log-probabilities a combined model learns from are out-of-fold (each example
scored by an n-gram model that never saw it), because at run time the utterance is new to
the n-gram model too; in-sample probabilities would teach the combiner to trust it blindly.
The regularization and the temperature are chosen on held-out folds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression

from . import embedding
from .dataset import Example, package_examples
from .intent import ANSWER_LABELS, LABELS
from .meaning import ANSWER_MEANING, REFLECTION_MEANING, meaning_text, stack_log
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


def build(
    name: str, sources: Sequence[str], labels: tuple[str, ...], featurize: Callable[[str], set[str]]
) -> None:
    examples = [e for s in sources for e in package_examples(s, labels)]
    y = np.array([labels.index(e.label) for e in examples])
    x = features(embed_examples(examples), out_of_fold_ngram(examples, featurize, labels))
    c, temperature = choose(x, y, examples)
    clf = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    np.savez(
        DATA / name,
        labels=np.array(labels),
        weights=clf.coef_.T.astype(np.float32),
        bias=clf.intercept_.astype(np.float32),
        temperature=np.float32(temperature),
        C=np.float32(c),
        sources=np.array(" ".join(sources)),
    )
    print(
        f"wrote intents/data/{name}: C={c}, temperature {temperature:.2f}, {len(examples)} examples"
    )


def main() -> None:
    build(REFLECTION_MEANING, REFLECTION_SOURCES, LABELS, reflection_featurize)
    build(ANSWER_MEANING, ANSWER_SOURCES, ANSWER_LABELS, answer_featurize)


if __name__ == "__main__":
    main()
