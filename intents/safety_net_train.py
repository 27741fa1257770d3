"""Train the crisis net (development only): ``python -m intents.safety_net_train``.

Two logistic regressions on the sentence embedding, fitted with numpy alone (no training
library to install or keep up): *risk* (any crisis statement versus none) and, among crisis
statements, *urgent* (plan, means, preparation, rehearsal, recent attempt, being at a place)
versus *concern*. Examples:

- ``intents/data/safety_net_examples.tsv``: written from clinical descriptions of risk, in
  many registers, with hard negatives;
- ``tests/data/safety_triggers.tsv`` and ``safety_non_triggers.tsv``: the rules' own data
  (plans and farewells count as urgent);
- the classifier's everyday examples (``examples.tsv``, ``checkin_examples.tsv``,
  ``checkin_concepts.tsv``) as ordinary speech, less any line the rules flag.

Never trained on the rounds in ``tests/data/safety_rounds/``, nor on ``dev.tsv``/``checkin_dev.tsv``:
those measure. The thresholds are chosen under false-alarm budgets on three kinds of evidence:
the cross-validated examples, the net's own development set (``intents/data/safety_net_dev.tsv``,
never trained on), and the net alone on the rounds already scored (those with a before-fix line
in ``before_fix.tsv``). The last is the only evidence written the way the hidden sets are, by
blind writers in speakers' own words: 107 minimal pairs had chosen thresholds that kept four or
five of every seventy fresh statements from the net for one false alarm fewer. A round joins
only after its own before-fix score is recorded, so the next round still measures honestly.
Writes ``intents/data/safety_net.tsv``.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from .embedding import embed
from .safety_net import MODEL_PATH, NEIGHBOURS_PATH, NetWeights
from .safety_normalize import respelled

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
URGENT_CATEGORIES = {"method_plan", "farewell"}
# The thresholds are chosen by cross-validation under an explicit false-alarm budget: the
# alarms the net adds beyond the rules may reach at most these shares of the hard negatives
# and of ordinary reflections; within it, the most crisis statements are kept. Recall alone
# chose a threshold that answered one everyday line in sixteen with crisis lines (a false
# alarm is harm too: a crisis answer, and the line leads the therapist's agenda).
# Since round 20 the scored rounds (``ROUND_BUDGET``) decide within these; at 5% and 0.75% the
# net alone missed 187 of the rounds' 1,210 statements, at 6% and 1.5% it misses 105 for 13
# more alarms on their 1,210 everyday lines (about one in a round of seventy).
HARD_BUDGET = 0.06
# Recall first: at 0.5% of ordinary lines the threshold rose to 0.25 once round 7's concepts
# were added, and the development set's recall fell from 24 to 17 of 30 for one false alarm
# fewer there.
ORDINARY_BUDGET = 0.015
L2 = 0.01
HARD_NEGATIVE_WEIGHT = 30.0  # hard negatives share words with crisis; everyday lines do not
DEV_PATH = DATA / "safety_net_dev.tsv"
# On the development set's hard negatives, rules or net may raise at most this share. Each of
# them is a crisis line's minimal pair (the same words, one thing changed: "the tow rope is under
# the seat in case the car breaks down"), far harder than everyday speech: at 4% the net caught
# half the crisis lines (16 of 30); a fifth keeps the net's recall where a miss is the worse harm.
DEV_BUDGET = 0.2
ROUNDS = ROOT / "tests" / "data" / "safety_rounds"
# On the scored rounds' everyday lines, the net alone may raise at most this share: the rules
# raised about 2% of them before their fixes, and the hidden sets allow 4 in 70 (5.7%).
ROUND_BUDGET = 0.02


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def examples() -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Texts, risk labels (0/1), urgent labels (0/1; where risk is 1), hard-negative flags."""
    from .safety import detect_by_rules

    texts: list[str] = []
    risk: list[int] = []
    urgent: list[int] = []
    hard: list[bool] = []

    def add(text: str, is_risk: bool, is_urgent: bool = False, is_hard: bool = False) -> None:
        texts.append(text)
        risk.append(int(is_risk))
        urgent.append(int(is_urgent))
        hard.append(is_hard)

    for level, _concept, text in _rows(DATA / "safety_net_examples.tsv"):
        add(text, level != "none", level == "urgent", level == "none")
    tests = ROOT / "tests" / "data"
    if (tests / "safety_triggers.tsv").exists():
        for _kind, category, text in _rows(tests / "safety_triggers.tsv"):
            add(text, True, category in URGENT_CATEGORIES)
        for _category, text in _rows(tests / "safety_non_triggers.tsv"):
            add(text, False, is_hard=True)
    for name in ("examples.tsv", "checkin_examples.tsv", "checkin_concepts.tsv"):
        for *_label, text in _rows(DATA / name):
            if detect_by_rules(text) is None:
                add(text, False)
    return texts, np.array(risk), np.array(urgent), np.array(hard)


def digest(texts: list[str], risk: np.ndarray, urgent: np.ndarray) -> str:
    """Names the examples and labels the weights were trained on."""
    import hashlib

    rows = "\n".join(f"{r}{u}{t}" for t, r, u in zip(texts, risk, urgent, strict=True))
    return hashlib.sha256(rows.encode()).hexdigest()[:16]


def fit(x: np.ndarray, y: np.ndarray, hard: np.ndarray) -> np.ndarray:
    """Class-balanced, L2-regularised logistic regression by Newton steps: [bias, weights...]."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    weight = np.where(y == 1, 1.0, np.where(hard, HARD_NEGATIVE_WEIGHT, 1.0))
    weight = np.where(y == 1, weight / weight[y == 1].sum(), weight / weight[y == 0].sum())
    weight *= len(y) / 2
    penalty = L2 * len(y) * np.eye(xb.shape[1])
    penalty[0, 0] = 0
    w = np.zeros(xb.shape[1])
    for _ in range(25):
        p = 1 / (1 + np.exp(-(xb @ w)))
        gradient = xb.T @ (weight * (p - y)) + penalty @ w
        hessian = (xb * (weight * p * (1 - p))[:, None]).T @ xb + penalty
        w -= np.linalg.solve(hessian, gradient)
    return w


def weights_for(
    vectors: np.ndarray,
    risk: np.ndarray,
    urgent: np.ndarray,
    hard: np.ndarray,
    threshold: float = 0.0,
) -> NetWeights:
    mean, scale = vectors.mean(axis=0), vectors.std(axis=0) + 1e-6
    x = (vectors - mean) / scale
    crisis = risk == 1
    return NetWeights(
        mean=mean,
        scale=scale,
        risk=fit(x, risk, hard),
        urgent=fit(x[crisis], urgent[crisis], np.zeros(crisis.sum(), bool)),
        threshold=threshold,
        neighbours=np.vstack([vectors[crisis], vectors[~crisis]]).astype(np.float32),
        crisis_rows=int(crisis.sum()),
    )


def fold_of(text: str, folds: int = 5) -> int:
    """Each example's fold, from its own text: adding an example leaves the others' folds as
    they were, so the chosen thresholds move with what was added, not with a reshuffle."""
    import hashlib

    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % folds


def cross_validated_scores(
    texts: list[str],
    vectors: np.ndarray,
    risk: np.ndarray,
    urgent: np.ndarray,
    hard: np.ndarray,
    folds: int = 5,
) -> np.ndarray:
    assigned = np.array([fold_of(text, folds) for text in texts])
    scores = np.zeros(len(risk))
    for fold in range(folds):
        held = np.flatnonzero(assigned == fold)
        kept = np.flatnonzero(assigned != fold)
        weights = weights_for(vectors[kept], risk[kept], urgent[kept], hard[kept])
        scores[held] = [weights.risk_score(v) for v in vectors[held]]
    return scores


def _embedded(texts: list[str]) -> np.ndarray:
    """The examples' vectors; each text's vector is cached in the temp folder between runs."""
    import tempfile

    cache = Path(tempfile.gettempdir()) / "sessionmate-safety-net-vectors.npz"
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        stored = np.load(cache)
        known = dict(zip(stored["texts"].tolist(), stored["vectors"], strict=True))
    read = [respelled(t) for t in texts]  # as net_score reads a line
    missing = sorted({t for t in read if t not in known})
    if missing:
        known.update(zip(missing, embed(missing).astype(np.float64), strict=True))
        np.savez(cache, texts=np.array(list(known)), vectors=np.array(list(known.values())))
    return np.array([known[t] for t in read])


@dataclass(frozen=True)
class Judged:
    """Lines with the net's score, whether they name a risk concept, the rules' verdict, and
    whether they are said in a harmless context (``safety_context``), as ``detect_crisis``
    judges them: there the net must reach ``CONTEXT_NET_BAR`` (the rules already stand down)."""

    scores: np.ndarray
    named: np.ndarray
    by_rules: np.ndarray
    risk: np.ndarray
    calm: np.ndarray | None = None

    def fired(self, low: float, high: float) -> np.ndarray:
        from .safety import CONTEXT_NET_BAR

        bar = np.where(self.named, low, high)
        if self.calm is not None:
            bar = np.where(self.calm, np.maximum(bar, CONTEXT_NET_BAR), bar)
        return self.by_rules | (self.scores >= bar)


def judged(texts: list[str], scores: np.ndarray, risk: np.ndarray) -> Judged:
    from .safety import detect_by_rules, normalize
    from .safety_context import harmless_context
    from .safety_net import RISK_CONCEPTS

    return Judged(
        scores,
        np.array([RISK_CONCEPTS.search(t.lower()) is not None for t in texts]),
        np.array([detect_by_rules(t) is not None for t in texts]),
        risk,
        np.array([harmless_context(normalize(t)) is not None for t in texts]),
    )


GRID = np.round(np.arange(-0.5, 2.51, 0.025), 3)


def scored_round_rows() -> list[list[str]]:
    """(level, text) rows of every round whose before-fix score is recorded."""
    scored = {row[0] for row in _rows(ROUNDS / "before_fix.tsv")}
    rows: list[list[str]] = []
    for name in sorted(scored):
        for part in ("triggers", "non_triggers"):
            rows.extend(_rows(ROUNDS / f"{name}_{part}.tsv"))
    return rows


def net_alone(judged_lines: Judged) -> Judged:
    """``judged_lines`` with the rules left out: the rules were fixed on the rounds' misses
    afterwards, so what the net catches alone is what it would catch in the next round."""
    return replace(judged_lines, by_rules=np.zeros_like(judged_lines.by_rules))


def choose_thresholds(
    cv: Judged, hard: np.ndarray, dev: Judged, rounds: Judged
) -> tuple[float, float]:
    """(threshold, threshold without a risk concept): the most crisis lines caught by the net
    alone in the scored rounds (then on the development set, then cross-validated) within
    every false-alarm budget."""
    ordinary = (cv.risk == 0) & ~hard
    best: tuple[float, ...] = (-1.0, -1.0, -1.0, float(GRID[-1]), float("inf"))
    for low in GRID:
        for high in GRID[low <= GRID]:
            extra = cv.fired(low, high) & ~cv.by_rules
            if extra[hard].mean() > HARD_BUDGET or extra[ordinary].mean() > ORDINARY_BUDGET:
                continue
            on_dev = dev.fired(low, high)
            if on_dev[dev.risk == 0].mean() > DEV_BUDGET:
                continue
            on_rounds = rounds.fired(low, high)
            if on_rounds[rounds.risk == 0].mean() > ROUND_BUDGET:
                continue
            recall = (
                float(on_rounds[rounds.risk == 1].mean()),
                float(on_dev[dev.risk == 1].mean()),
                float(cv.fired(low, high)[cv.risk == 1].mean()),
            )
            if recall > best[:3]:
                best = (*recall, float(low), float(high))
    return best[3], best[4]


def threshold_table(dev: Judged, chosen: float) -> None:
    """Recall and false alarms on the development set at each threshold (rules or net)."""
    print("threshold table on the development set (rules or net, one threshold for every line):")
    for threshold in sorted({-0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, chosen}):
        on_dev = dev.fired(threshold, threshold)
        print(
            f"  {threshold:+.3f}: recall {on_dev[dev.risk == 1].sum()}/{(dev.risk == 1).sum()}, "
            f"false alarms {on_dev[dev.risk == 0].sum()}/{(dev.risk == 0).sum()}"
        )


def main() -> int:
    texts, risk, urgent, hard = examples()
    vectors = _embedded(texts)
    cv = judged(texts, cross_validated_scores(texts, vectors, risk, urgent, hard), risk)
    weights = weights_for(vectors, risk, urgent, hard)
    dev_rows = _rows(DEV_PATH)
    dev_texts = [text for _level, text in dev_rows]
    dev_risk = np.array([level != "none" for level, _text in dev_rows], dtype=int)
    dev_scores = np.array([weights.risk_score(v) for v in _embedded(dev_texts)])
    dev = judged(dev_texts, dev_scores, dev_risk)
    round_rows = scored_round_rows()
    round_texts = [text for _level, text in round_rows]
    round_risk = np.array([level != "none" for level, _text in round_rows], dtype=int)
    round_scores = np.array([weights.risk_score(v) for v in _embedded(round_texts)])
    rounds = net_alone(judged(round_texts, round_scores, round_risk))
    threshold, without_concept = choose_thresholds(cv, hard, dev, rounds)
    by_rules = cv.by_rules
    fired = cv.fired(threshold, without_concept)
    on_dev = dev.fired(threshold, without_concept)
    ordinary = (risk == 0) & ~hard
    print(
        f"{len(texts)} examples ({risk.sum()} crisis, {urgent.sum()} urgent, {hard.sum()} "
        f"hard negatives, {ordinary.sum()} ordinary); crisis rows naming no risk concept: "
        f"{(~cv.named[risk == 1]).sum()}"
    )
    print(
        f"cross-validated, rules or net at {threshold:.3f} ({without_concept:.3f} without a "
        f"risk concept): recall {fired[risk == 1].mean():.1%}, false alarms on hard "
        f"negatives {fired[hard].mean():.1%} (rules alone {by_rules[hard].mean():.1%}), on "
        f"ordinary lines {fired[ordinary].mean():.2%}"
    )
    print(
        f"development set ({len(dev_texts)} lines, never trained on): recall "
        f"{on_dev[dev_risk == 1].sum()}/{dev_risk.sum()} (rules alone "
        f"{dev.by_rules[dev_risk == 1].sum()}), false alarms {on_dev[dev_risk == 0].sum()}/"
        f"{(dev_risk == 0).sum()} (rules alone {dev.by_rules[dev_risk == 0].sum()})"
    )
    on_rounds = rounds.fired(threshold, without_concept)
    print(
        f"scored rounds ({len(round_texts)} lines), the net alone: recall "
        f"{on_rounds[round_risk == 1].sum()}/{round_risk.sum()}, false alarms "
        f"{on_rounds[round_risk == 0].sum()}/{(round_risk == 0).sum()}"
    )
    threshold_table(dev, threshold)
    weights = replace(
        weights,
        threshold=threshold,
        examples_digest=digest(texts, risk, urgent),
        threshold_without_concept=without_concept,
    )
    weights.save(MODEL_PATH, NEIGHBOURS_PATH)
    print(f"wrote {MODEL_PATH} and {NEIGHBOURS_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
