"""``python -m intents``: classify utterances read one a line from stdin.

Prints ``label<TAB>confidence`` for every input line, blank lines included, so the output
lines up with the input.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Iterable, Iterator

from .classify import classify, classify_answer
from .intent import ANSWER_LABELS, LABELS, Intent
from .split import split_items


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m intents",
        description="Read utterances one per line on stdin; print label<TAB>confidence for "
        "each line (blank lines too, so output lines up with input).",
        epilog=f"labels: {', '.join(LABELS)}; with --checkin: {', '.join(ANSWER_LABELS)}",
    )
    parser.add_argument(
        "--checkin",
        action="store_true",
        help="classify answers to a homework check-in instead of reflections",
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="print the labels of the items each line holds, joined by + in spoken order",
    )
    return parser


def label_lines(lines: Iterable[str], classifier: Callable[[str], Intent]) -> Iterator[str]:
    for line in lines:
        intent = classifier(line.rstrip("\r\n"))
        yield f"{intent.label}\t{intent.confidence:.3f}"


def split_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        items = split_items(line.rstrip("\r\n"))
        confidence = min(i.confidence for i in items)
        yield f"{'+'.join(i.label for i in items)}\t{confidence:.3f}"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.checkin and args.split:
        print(
            "python -m intents: --split and --checkin cannot be combined (check-in answers "
            "are one answer a line)",
            file=sys.stderr,
        )
        return 2
    classifier = classify_answer if args.checkin else classify
    # A stray invalid byte must cost one odd line, not the whole run (and the alignment).
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    out_lines = split_lines(stdin) if args.split else label_lines(stdin, classifier)
    for out in out_lines:
        print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
