"""A readable report of what the shipped n-gram models learned, committed beside the weights.

    .venv/bin/python -m intents.model_report

Per label: the features that push hardest toward it, the examples it is surest of, and the
examples it is least sure of (the ones a reviewer should look at first). A change to the
examples or the features shows here as a change in behaviour, in a diff a person can read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from .classify import answer_model, reflection_model
from .dataset import package_examples
from .intent import ANSWER_LABELS, LABELS
from .model import LinearModel
from .train import ANSWER_SOURCES, REFLECTION_SOURCES, answer_featurize, reflection_featurize

REPORT = "model_report.md"
TOP = 12
SHOWN = 5


def _top_features(model: LinearModel, k: int) -> list[str]:
    scored = []
    for name, row in model.weights.items():
        others = [w for i, w in enumerate(row) if i != k]
        scored.append((row[k] - sum(others) / len(others), name))
    return [f"`{name}` {v:+.2f}" for v, name in sorted(scored, reverse=True)[:TOP]]


def _section(
    title: str,
    model: LinearModel,
    sources: Sequence[str],
    labels: Sequence[str],
    featurize: Callable[[str], set[str]],
) -> list[str]:
    examples = [e for s in sources for e in package_examples(s, tuple(labels))]
    lines = [f"## {title}", "", f"{len(examples)} examples from {', '.join(sources)}.", ""]
    for k, label in enumerate(model.labels):
        own = [e for e in examples if e.label == label]
        sure = sorted(
            ((model.probabilities(featurize(e.text))[k], e.text) for e in own), reverse=True
        )
        lines += [f"### {label} ({len(own)} examples)", ""]
        lines.append("strongest features: " + ", ".join(_top_features(model, k)))
        lines.append("")
        lines.append("surest examples:")
        lines += [f"- {p:.2f} {text}" for p, text in sure[:SHOWN]]
        lines.append("least sure examples:")
        lines += [f"- {p:.2f} {text}" for p, text in sure[-SHOWN:]]
        lines.append("")
    return lines


def render() -> str:
    lines = [
        "# What the shipped models learned",
        "",
        "Written by `python -m intents.model_report` from the shipped weights; a test checks it",
        "is current. Probabilities are the n-gram model's on its own training examples.",
        "",
    ]
    lines += _section(
        "Reflections and commands",
        reflection_model(),
        REFLECTION_SOURCES,
        LABELS,
        reflection_featurize,
    )
    lines += _section(
        "Check-in answers", answer_model(), ANSWER_SOURCES, ANSWER_LABELS, answer_featurize
    )
    return "\n".join(lines).rstrip() + "\n"


def path() -> Path:
    return Path(str(resources.files("intents").joinpath("data", REPORT)))


def main() -> None:
    path().write_text(render(), encoding="utf-8")
    print(f"wrote intents/data/{REPORT}")


if __name__ == "__main__":
    main()
