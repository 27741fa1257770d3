"""Labelled example files: ``label<TAB>utterance`` a line, ``#`` starts a comment."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import NamedTuple


class DatasetError(ValueError):
    """An example file has a malformed line or a label outside the allowed set."""


class Example(NamedTuple):
    label: str
    text: str


def parse_examples(lines: Iterable[str], allowed: tuple[str, ...], source: str) -> list[Example]:
    """Examples from TSV lines; every label must be in ``allowed``."""
    out: list[Example] = []
    for number, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        if not sep or not text.strip():
            raise DatasetError(f"{source}:{number}: expected label<TAB>utterance, got {line!r}")
        if label not in allowed:
            raise DatasetError(
                f"{source}:{number}: label {label!r} is not one of: {', '.join(allowed)}"
            )
        out.append(Example(label, text.strip()))
    return out


def read_examples(path: Path, allowed: tuple[str, ...]) -> list[Example]:
    """Examples from a TSV file anywhere on disk (benchmarks read a folder of dev sets this way)."""
    with path.open(encoding="utf-8") as f:
        return parse_examples(f, allowed, str(path))


def package_examples(name: str, allowed: tuple[str, ...]) -> list[Example]:
    """Examples from a file shipped in ``intents/data``."""
    text = resources.files("intents").joinpath("data", name).read_text(encoding="utf-8")
    return parse_examples(text.splitlines(), allowed, f"intents/data/{name}")
