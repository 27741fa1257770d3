"""A readable report of what the crisis net learned: ``intents/data/safety_net_report.md``.

Written by ``python -m intents.model_report`` with the classifiers' reports. The net reads
only the sentence embedding, so it has no word features to list; what it learned shows in
how it scores its own examples and which examples sit nearest each other. Everything comes
from the committed weights and example vectors (``safety_net.tsv``,
``safety_net_neighbours.npy``) and the example files: nothing is embedded, so the report is
cheap and the same on every machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .model_report import COMMAND, Sourced, nearest_each, neighbour_lines, percent, shown

if TYPE_CHECKING:
    import numpy as np

    from .safety_net import NetWeights

REPORT = "safety_net_report.md"
URGENT, CONCERN, HARD, ORDINARY = "urgent", "concern", "hard negative", "ordinary"
LEVELS = (URGENT, CONCERN, HARD, ORDINARY)


class StaleNetError(ValueError):
    """The committed example vectors do not match today's examples."""


def _sources(texts: Sequence[str]) -> list[str]:
    """The file each example comes from. The trainer reads its files in turn, so rows are
    walked in that order (a line in two files is credited to the one being read); a line out
    of that order falls back to the first file holding it, "other" when none does."""
    from .safety_net_train import DATA, ROOT, _rows

    tests = ROOT / "tests" / "data"
    files = [
        ("safety_net_examples.tsv", DATA / "safety_net_examples.tsv"),
        ("tests/data/safety_triggers.tsv", tests / "safety_triggers.tsv"),
        ("tests/data/safety_non_triggers.tsv", tests / "safety_non_triggers.tsv"),
        ("examples.tsv", DATA / "examples.tsv"),
        ("checkin_examples.tsv", DATA / "checkin_examples.tsv"),
        ("checkin_concepts.tsv", DATA / "checkin_concepts.tsv"),
    ]
    held = [
        (name, {row[-1] for row in _rows(path)} if path.exists() else set[str]())
        for name, path in files
    ]
    out: list[str] = []
    current = 0
    for text in texts:
        ahead = next((n for n in range(current, len(held)) if text in held[n][1]), None)
        if ahead is not None:
            current = ahead
            out.append(held[ahead][0])
        else:
            out.append(next((name for name, lines in held if text in lines), "other"))
    return out


def levels(risk: np.ndarray, urgent: np.ndarray, hard: np.ndarray) -> list[str]:
    return [
        (URGENT if u else CONCERN) if r else (HARD if h else ORDINARY)
        for r, u, h in zip(risk.tolist(), urgent.tolist(), hard.tolist(), strict=True)
    ]


def render_safety_net(
    weights: NetWeights,
    examples: Sequence[Sourced],
    fires: Sequence[bool],
    judged_urgent: Sequence[bool],
    similarity: np.ndarray,
) -> str:
    labels = [e.label for e in examples]
    sources = list(dict.fromkeys(e.source for e in examples))  # in the order first met
    out = [
        "# The crisis net: what the shipped weights learned",
        "",
        f"Written by `{COMMAND}` from `safety_net.tsv`, `safety_net_neighbours.npy` and the "
        "examples they were trained from (`python -m intents.safety_net_train`); a test "
        "regenerates it and compares.",
        "",
        f"Thresholds: {weights.threshold:.3f} where a risk concept is named, "
        f"{weights.threshold_without_concept:.3f} otherwise. {len(examples)} examples.",
        "",
        "*Nearest agrees*: the share of the level's examples whose nearest other example "
        "carries the same level (leave-one-out). *Net fires* is the share of the level's own examples the net alone raises a concern "
        "on, *judged urgent* the share of crisis examples it calls urgent (in-sample, the nearest-example vote "
        "included: this shows behaviour; `tests/data/safety_rounds/` measures unseen speech).",
        "",
        "| level | "
        + " | ".join(sources)
        + " | total | nearest agrees | net fires | judged urgent |",
        "|---|" + "---:|" * (len(sources) + 4),
    ]
    nearest_of = nearest_each(similarity)
    for level in LEVELS:
        members = [i for i, lab in enumerate(labels) if lab == level]
        counts = [sum(examples[i].source == s for i in members) for s in sources]
        agrees = sum(labels[int(nearest_of[i])] == level for i in members)
        judged = percent(sum(judged_urgent[i] for i in members), len(members))
        out.append(
            f"| {level} | "
            + " | ".join(map(str, counts))
            + f" | {len(members)} | {percent(agrees, len(members))}"
            + f" | {percent(sum(fires[i] for i in members), len(members))}"
            + f" | {judged if level in (URGENT, CONCERN) else '-'} |"
        )
    for level in LEVELS:
        picked = shown(similarity, labels, level, nearest_of)
        if not picked:
            continue
        out += [
            "",
            f"## {level}",
            "",
            "Nearest training examples (cosine similarity of the embeddings, level, text):",
            "",
        ]
        out += neighbour_lines(similarity, examples, picked)
    return "\n".join(out) + "\n"


def safety_net_report() -> str:
    """The report from the committed weights and example vectors; no embedding is run."""
    import numpy as np

    from .safety_net import MODEL_PATH, NEIGHBOURS_PATH, URGENT_THRESHOLD, NetWeights
    from .safety_net_train import examples

    texts, risk, urgent, hard = examples()
    weights = NetWeights.load(MODEL_PATH, NEIGHBOURS_PATH)
    if len(weights.neighbours) != len(texts) or weights.crisis_rows != int(risk.sum()):
        raise StaleNetError(
            f"{NEIGHBOURS_PATH.name} holds {len(weights.neighbours)} example vectors "
            f"({weights.crisis_rows} crisis), the examples are {len(texts)} "
            f"({int(risk.sum())} crisis); retrain: python -m intents.safety_net_train"
        )
    # The stored vectors are crisis rows first; put them back in the examples' order.
    order = np.concatenate([np.flatnonzero(risk == 1), np.flatnonzero(risk == 0)])
    vectors = np.empty_like(weights.neighbours, dtype=np.float32)
    vectors[order] = weights.neighbours
    by_level = levels(risk, urgent, hard)
    examples_ = [
        Sourced(level, text, source)
        for level, text, source in zip(by_level, texts, _sources(texts), strict=True)
    ]
    as_float = vectors.astype(np.float64)
    fires = [
        weights.risk_score(v) >= weights.threshold_for(t)
        for v, t in zip(as_float, texts, strict=True)
    ]
    judged_urgent = [weights.urgent_score(v) >= URGENT_THRESHOLD for v in as_float]
    return render_safety_net(weights, examples_, fires, judged_urgent, vectors @ vectors.T)
