"""Meaning over memorized phrasings: the n-gram model's verdict combined with a sentence embedding.

A multinomial logistic regression reads the utterance's embedding (``embedding.py``) beside
the n-gram model's log-probabilities, so "give me a rundown of our homework" is understood
from what it means even when no example used those words. Its weights are fitted offline
(``python -m intents.train_meaning``, scikit-learn) and shipped as a small ``.npz`` in
``intents/data``; scoring is one matrix product. Where embeddings are unavailable, callers
keep the n-gram verdict alone (``available()`` says so).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from . import embedding

if TYPE_CHECKING:
    import numpy as np

REFLECTION_MEANING = "meaning.npz"
ANSWER_MEANING = "checkin_meaning.npz"
# Log of a probability the n-gram model never quite reaches; keeps log() finite.
_FLOOR = 1e-6
# How many of the nearest examples vote on whether a verdict looks like what we were taught.
NEIGHBOURS = 5


@dataclass(frozen=True)
class MeaningModel:
    labels: tuple[str, ...]
    weights: np.ndarray  # (embedding dimensions + labels, labels)
    bias: np.ndarray  # (labels,)
    temperature: float
    # Confidence that means something: a logistic regression from ``review_signals`` to the
    # chance the label is right, fitted on held-out predictions (``train_meaning.py``).
    review_weights: np.ndarray | None = None  # (signals,)
    review_bias: float = 0.0
    # The examples the model learned from, as unit vectors, and their label indices: a verdict
    # few of its nearest examples share is a phrasing unlike anything taught, often a mistake.
    neighbours: np.ndarray | None = None  # (examples, embedding dimensions)
    neighbour_labels: np.ndarray | None = None  # (examples,)

    def neighbour_share(self, vector: np.ndarray, label_index: int) -> float:
        """The share of the nearest examples labelled ``label_index`` (1.0 without examples)."""
        if self.neighbours is None or self.neighbour_labels is None:
            return 1.0
        return nearest_share(self.neighbours @ vector, self.neighbour_labels, label_index)

    def confidence(self, signals: Sequence[float]) -> float | None:
        """The chance the verdict is right, or None for a model shipped without a review fit."""
        if self.review_weights is None:
            return None
        z = float(sum(w * x for w, x in zip(self.review_weights, signals, strict=True)))
        z += self.review_bias
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probabilities(self, vector: np.ndarray, ngram: Sequence[float]) -> list[float]:
        import numpy as np

        x = np.concatenate((vector, stack_log(ngram)))
        z = (x @ self.weights + self.bias) / self.temperature
        z = z - z.max()
        p = np.exp(z)
        return [float(v) for v in p / p.sum()]


def stack_log(ngram: Sequence[float]) -> np.ndarray:
    import numpy as np

    return np.log(np.maximum(np.asarray(ngram, dtype=np.float32), _FLOOR))


def nearest_share(similarities: np.ndarray, labels: np.ndarray, label_index: int) -> float:
    """The share of the ``NEIGHBOURS`` most similar examples whose label is ``label_index``."""
    import numpy as np

    k = min(NEIGHBOURS, len(similarities))
    top = np.argpartition(-similarities, k - 1)[:k]
    return float((labels[top] == label_index).mean())


@lru_cache(maxsize=2)
def load_packaged(name: str) -> MeaningModel | None:
    """The shipped combined model, or None where it or the embeddings are unavailable."""
    if embedding.unavailable_reason() is not None:
        return None
    import numpy as np

    path = resources.files("intents").joinpath("data", name)
    if not path.is_file():
        return None
    with path.open("rb") as f, np.load(f, allow_pickle=False) as data:
        review = "review_weights" in data.files
        near = "neighbours" in data.files
        return MeaningModel(
            tuple(str(s) for s in data["labels"]),
            data["weights"].astype(np.float32),
            data["bias"].astype(np.float32),
            float(data["temperature"]),
            data["review_weights"].astype(np.float64) if review else None,
            float(data["review_bias"]) if review else 0.0,
            data["neighbours"].astype(np.float32) if near else None,
            data["neighbour_labels"].astype(np.int64) if near else None,
        )


def meaning_text(words: Sequence[str]) -> str:
    """What is embedded: the content words (fillers and "you know" gone), one space apart."""
    return " ".join(words)


def restrict(
    labels: Sequence[str], probs: Sequence[float], allowed: Collection[str] | None
) -> list[float]:
    """``probs`` with labels outside ``allowed`` zeroed and the rest summing to one again."""
    if allowed is None:
        return list(probs)
    kept = [p if label in allowed else 0.0 for label, p in zip(labels, probs, strict=True)]
    total = sum(kept) or 1.0
    return [p / total for p in kept]


def review_signals(
    combined: Sequence[float], ngram: Sequence[float], label_index: int, neighbours: float
) -> list[float]:
    """What says a verdict may be wrong, for the label at ``label_index`` (both lists in the
    combined model's label order): how sure the combined model is, how far ahead of the
    runner-up, how much the words alone back it, whether they pick it too, and the share of
    the nearest examples that carry it."""
    top = combined[label_index]
    second = max((p for i, p in enumerate(combined) if i != label_index), default=0.0)
    backed = ngram[label_index]
    words_agree = float(max(range(len(ngram)), key=ngram.__getitem__) == label_index)
    return [
        math.log(max(top, _FLOOR)),
        top - second,
        math.log(max(backed, _FLOOR)),
        words_agree,
        neighbours,
    ]


def combine(
    model: MeaningModel,
    words: Sequence[str],
    ngram_labels: Sequence[str],
    ngram: Sequence[float],
    allowed: Collection[str] | None = None,
) -> tuple[str, float]:
    """The best label and the chance it is right, from embedding plus n-gram log-probabilities.

    The chance comes from the review fit where the model has one, else the probability."""
    by_label = dict(zip(ngram_labels, ngram, strict=True))
    ordered = [by_label[label] for label in model.labels]
    vector = embedding.embed([meaning_text(words)])[0]
    probs = restrict(model.labels, model.probabilities(vector, ordered), allowed)
    i = max(range(len(probs)), key=probs.__getitem__)
    if math.isnan(probs[i]):
        return ngram_labels[max(range(len(ngram)), key=ngram.__getitem__)], max(ngram)
    shown = restrict(model.labels, ordered, allowed)
    share = model.neighbour_share(vector, i)
    calibrated = model.confidence(review_signals(probs, shown, i, share))
    return model.labels[i], probs[i] if calibrated is None else calibrated
