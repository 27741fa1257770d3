"""Fit the classifiers' weights and write them into ``intents/data``.

Run ``python -m intents.train`` after changing an example file or ``features.py``; a test
checks that the shipped models were built from the current ones. Needs numpy, which the
product does not need at run time (``model.py`` scores in plain Python).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

import numpy as np

from . import features, normalize
from .dataset import Example, package_examples
from .intent import ANSWER_LABELS, LABELS
from .model import LinearModel
from .normalize import content_words, tokenize

Featurize = Callable[[list[str]], set[str]]

L2 = 0.001  # chosen by cross-validation on our own examples only (benchmarks/intents.py)
ITERATIONS = 300
DATA = Path(str(resources.files("intents").joinpath("data")))

# Which example files each shipped model is built from.
REFLECTION_SOURCES = ("dev.tsv", "examples.tsv", "examples_styles.tsv")
ANSWER_SOURCES = ("checkin_dev.tsv", "checkin_examples.tsv", "checkin_concepts.tsv")


def reflection_featurize(text: str) -> set[str]:
    return features.reflection_features(content_words(tokenize(text)))


def answer_featurize(text: str) -> set[str]:
    return features.answer_features(content_words(tokenize(text)))


def _lbfgs(
    fun: Callable[[np.ndarray], tuple[float, np.ndarray]],
    x: np.ndarray,
    iterations: int,
    memory: int = 10,
) -> np.ndarray:
    """Minimize a smooth convex ``fun`` (returning value and gradient) from ``x``."""
    value, grad = fun(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for _ in range(iterations):
        # Two-loop recursion: an approximate inverse-Hessian times the gradient.
        q = grad.copy()
        alphas = []
        for s, y in zip(reversed(s_hist), reversed(y_hist), strict=True):
            a = s @ q / (y @ s)
            alphas.append(a)
            q -= a * y
        if s_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        for (s, y), a in zip(zip(s_hist, y_hist, strict=True), reversed(alphas), strict=True):
            q += s * (a - (y @ q) / (y @ s))
        direction = -q
        slope = grad @ direction
        if slope >= 0:  # not a descent direction: restart from steepest descent
            s_hist.clear()
            y_hist.clear()
            direction, slope = -grad, -(grad @ grad)
        step = 1.0
        while True:
            new_x = x + step * direction
            new_value, new_grad = fun(new_x)
            if new_value <= value + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s_hist.append(new_x - x)
        y_hist.append(new_grad - grad)
        if s_hist[-1] @ y_hist[-1] <= 1e-12:
            s_hist.pop()
            y_hist.pop()
        if len(s_hist) > memory:
            s_hist.pop(0)
            y_hist.pop(0)
        converged = abs(value - new_value) < 1e-9 * max(1.0, abs(value))
        x, value, grad = new_x, new_value, new_grad
        if converged:
            break
    return x


def fit(
    examples: Sequence[Example],
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    l2: float = L2,
    iterations: int = ITERATIONS,
) -> LinearModel:
    """A softmax regression on binary features, L2-penalized, bias unpenalized."""
    rows = [sorted(featurize(e.text)) for e in examples]
    names = sorted({f for row in rows for f in row})
    index = {f: i for i, f in enumerate(names)}
    n, n_feats, n_labels = len(rows), len(names), len(labels)
    lengths = np.array([len(r) for r in rows])
    cols = np.array([index[f] for row in rows for f in row], dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    row_of = np.repeat(np.arange(n), lengths)
    y = np.array([labels.index(e.label) for e in examples])

    def loss_and_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: n_feats * n_labels].reshape(n_feats, n_labels)
        b = theta[n_feats * n_labels :]
        z = np.add.reduceat(w[cols], starts, axis=0) + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        loss = -np.log(p[np.arange(n), y] + 1e-300).mean() + 0.5 * l2 * (w * w).sum()
        g = p
        g[np.arange(n), y] -= 1.0
        g /= n
        per_entry = g[row_of]
        gw = np.stack(
            [np.bincount(cols, per_entry[:, k], minlength=n_feats) for k in range(n_labels)],
            axis=1,
        )
        return loss, np.concatenate(((gw + l2 * w).ravel(), g.sum(axis=0)))

    theta = _lbfgs(loss_and_grad, np.zeros(n_feats * n_labels + n_labels), iterations)
    w = theta[: n_feats * n_labels].reshape(n_feats, n_labels)
    b = theta[n_feats * n_labels :]
    weights = {
        name: tuple(float(v) for v in row)
        for name, row in zip(names, w, strict=True)
        if np.abs(row).max() >= 1e-4
    }
    return LinearModel(tuple(labels), tuple(float(v) for v in b), weights)


def folds(examples: Sequence[Example], k: int = 5, seed: int = 0) -> list[list[int]]:
    """Stratified folds: each label's examples dealt round-robin after a seeded shuffle."""
    rng = np.random.default_rng(seed)
    out: list[list[int]] = [[] for _ in range(k)]
    by_label: dict[str, list[int]] = {}
    for i, e in enumerate(examples):
        by_label.setdefault(e.label, []).append(i)
    offset = 0
    for label in sorted(by_label):
        members = by_label[label]
        for j, i in enumerate(rng.permutation(members)):
            out[(j + offset) % k].append(int(i))
        offset += len(members)
    return [sorted(f) for f in out]


def fit_temperature(logit_rows: Sequence[Sequence[float]], y: Sequence[int]) -> float:
    """The logit divisor that minimizes held-out log loss (a grid is plenty for one number)."""
    z = np.asarray(logit_rows, dtype=float)
    yy = np.asarray(y)

    def nll(t: float) -> float:
        s = z / t
        s = s - s.max(axis=1, keepdims=True)
        logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
        return float(-logp[np.arange(len(yy)), yy].mean())

    grid = np.exp(np.linspace(np.log(0.3), np.log(5.0), 120))
    return float(min(grid, key=nll))


def logits(model: LinearModel, feats: set[str]) -> list[float]:
    scores = list(model.bias)
    for f in feats:
        w = model.weights.get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w, strict=True)]
    return scores


def calibrated(
    groups: Sequence[Sequence[Example]],
    featurize: Callable[[str], set[str]],
    labels: Sequence[str],
    l2: float = L2,
) -> LinearModel:
    """Fit on every group's examples, with a temperature fitted on held-out logits.

    The held-out logits come from 5-fold cross-validation over all examples and from
    leaving each group (example file) out in turn: the second is a shift in speakers and
    phrasing like the one new users bring, so confidences stay honest for them too.
    """
    examples = [e for g in groups for e in g]
    splits: list[tuple[list[Example], list[Example]]] = []
    for fold in folds(examples):
        held = set(fold)
        splits.append(
            ([e for i, e in enumerate(examples) if i not in held], [examples[i] for i in fold])
        )
    if len(groups) > 1:
        for g in groups:
            splits.append(([e for other in groups if other is not g for e in other], list(g)))
    held_logits: list[list[float]] = []
    held_y: list[int] = []
    for train, test in splits:
        model = fit(train, featurize, labels, l2)
        for e in test:
            held_logits.append(logits(model, featurize(e.text)))
            held_y.append(labels.index(e.label))
    model = fit(examples, featurize, labels, l2)
    return LinearModel(
        model.labels, model.bias, model.weights, fit_temperature(held_logits, held_y)
    )


def fingerprint(sources: Sequence[str]) -> str:
    """What a shipped model was built from: its example files, the code that turns text into
    features, and the trainer."""
    digest = hashlib.sha256()
    code = [Path(normalize.__file__), Path(features.__file__), Path(__file__)]
    for path in [*(DATA / s for s in sources), *code]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()[:16]


def build(
    name: str, sources: Sequence[str], labels: tuple[str, ...], featurize: Callable[[str], set[str]]
) -> LinearModel:
    groups = [package_examples(s, labels) for s in sources]
    model = calibrated(groups, featurize, labels)
    meta = (
        ("built by", "python -m intents.train"),
        ("sources", " ".join(sources)),
        ("examples", str(sum(map(len, groups)))),
        ("l2", str(L2)),
        ("fingerprint", fingerprint(sources)),
    )
    model = LinearModel(model.labels, model.bias, model.weights, model.temperature, meta)
    (DATA / name).write_text(model.dumps(), encoding="utf-8")
    return model


def main() -> None:
    for name, sources, labels, featurize in (
        ("model.tsv", REFLECTION_SOURCES, LABELS, reflection_featurize),
        ("checkin_model.tsv", ANSWER_SOURCES, ANSWER_LABELS, answer_featurize),
    ):
        model = build(name, sources, labels, featurize)
        print(
            f"wrote intents/data/{name}: {len(model.weights)} features, "
            f"temperature {model.temperature:.2f}"
        )


if __name__ == "__main__":
    main()
