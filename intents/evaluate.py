"""Honest accuracy figures: cross-validation and train-on-ours, test-on-dev.

Used by ``benchmarks/intents.py`` and the tests. Every figure here is measured on examples
the model being scored never saw while it was fitted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .dataset import Example
from .intent import Intent
from .model import LinearModel
from .train import L2, fit, folds

Classifier = Callable[[str, LinearModel], Intent]


@dataclass(frozen=True)
class Prediction:
    example: Example
    intent: Intent

    @property
    def correct(self) -> bool:
        return self.example.label == self.intent.label


def predict(
    model: LinearModel, classifier: Classifier, examples: Sequence[Example]
) -> list[Prediction]:
    return [Prediction(e, classifier(e.text, model)) for e in examples]


def _fit(
    train: Sequence[Example],
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    l2: float,
    temperature: float,
) -> LinearModel:
    model = fit(train, featurize, labels, l2)
    return LinearModel(model.labels, model.bias, model.weights, temperature)


def cross_validate(
    examples: Sequence[Example],
    extra: Sequence[Example],
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    classifier: Classifier,
    k: int = 5,
    l2: float = L2,
    temperature: float = 1.0,
) -> list[Prediction]:
    """k-fold over ``examples``; every fold's model also learns from all of ``extra``.

    ``temperature`` stands in for calibrating each fold (pass the shipped model's).
    """
    out: list[Prediction] = []
    for fold in folds(examples, k):
        held = set(fold)
        train = [*extra, *(e for i, e in enumerate(examples) if i not in held)]
        model = _fit(train, featurize, labels, l2, temperature)
        out += predict(model, classifier, [examples[i] for i in fold])
    return out


def holdout(
    train: Sequence[Example],
    test: Sequence[Example],
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    classifier: Classifier,
    l2: float = L2,
    temperature: float = 1.0,
) -> list[Prediction]:
    """Fit on ``train`` only and score ``test``."""
    return predict(_fit(train, featurize, labels, l2, temperature), classifier, test)


def accuracy(predictions: Sequence[Prediction]) -> float:
    return sum(p.correct for p in predictions) / len(predictions) if predictions else 0.0


def per_label(predictions: Sequence[Prediction], labels: Sequence[str]) -> dict[str, float]:
    """Recall of each label: the share of its examples classified right."""
    total = Counter(p.example.label for p in predictions)
    right = Counter(p.example.label for p in predictions if p.correct)
    return {label: right[label] / total[label] for label in labels if total[label]}


def confusion(predictions: Sequence[Prediction]) -> Counter[tuple[str, str]]:
    """(true label, predicted label) -> count."""
    return Counter((p.example.label, p.intent.label) for p in predictions)
