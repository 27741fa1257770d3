"""Fresh evaluation rounds: sets written by someone who never saw the training data.

A round is a folder with ``reflections.tsv`` (label<TAB>utterance), ``answers.tsv`` (check-in
answers) and ``split.tsv`` (``label+label<TAB>utterance``: the items one line holds, in spoken
order). Each round is committed and scored on the frozen code before any fix it leads to; those
before-fix figures are kept in ``before_fix.tsv`` beside the rounds and never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .dataset import Example, read_examples
from .intent import ANSWER_LABELS, LABELS, Intent

SplitFn = Callable[[str], Sequence[Intent]]


@dataclass(frozen=True)
class SplitLine:
    labels: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Round:
    name: str
    reflections: list[Example]
    answers: list[Example]
    split: list[SplitLine]


def read_split(path: Path) -> list[SplitLine]:
    out: list[SplitLine] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        labels, sep, text = line.partition("\t")
        items = tuple(labels.split("+"))
        if not sep or not text.strip() or not set(items) <= set(LABELS):
            raise ValueError(f"{path}:{number}: expected label+label<TAB>utterance, got {line!r}")
        out.append(SplitLine(items, text.strip()))
    return out


def read_round(folder: Path) -> Round:
    return Round(
        folder.name,
        read_examples(folder / "reflections.tsv", LABELS),
        read_examples(folder / "answers.tsv", ANSWER_LABELS),
        read_split(folder / "split.tsv"),
    )


def split_predictions(
    lines: Sequence[SplitLine], split: SplitFn
) -> list[tuple[SplitLine, tuple[str, ...]]]:
    return [(line, tuple(i.label for i in split(line.text))) for line in lines]


def split_accuracy(lines: Sequence[SplitLine], split: SplitFn) -> float:
    """The share of lines whose items all come out right, in order, none missing or extra."""
    pairs = split_predictions(lines, split)
    return sum(line.labels == got for line, got in pairs) / len(pairs) if pairs else 0.0
