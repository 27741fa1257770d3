"""Each crisis rule as data: its name, cue words, and its own must-match and must-not-match
examples, written to ``intents/data/safety_rules.tsv`` (``python -m intents.safety_rules_card``).

The examples come from the rules' test data (tests/data/safety_*.tsv): must-match rows are
must-trigger rows the rule's pattern matches; must-not-match rows are harmless rows holding
one of its cue words that the detector rightly leaves alone. A harmless context
(``safety_context``) is the other way round: it must match harmless rows, and must not
overrule the must-trigger rows that hold its cue words beside a present intent. ``tests/test_safety_rules_card.py``
checks that the card is current and that every example still holds, so a rule's behaviour
is readable without reading its regular expression.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .safety import detect_by_rules, normalize
from .safety_context import CONTEXT_RULES
from .safety_harmless import HARMLESS_RULES
from .safety_others import ECHO_RULES, OTHERS_RULES
from .safety_ruleset import RuleSet
from .safety_self_harm import SELF_HARM_RULES
from .safety_suicide import SUICIDE_RULES

CARD = Path(__file__).parent / "data" / "safety_rules.tsv"
TESTS = Path(__file__).resolve().parents[1] / "tests" / "data"
RULE_SETS: dict[str, RuleSet] = {
    "suicide": SUICIDE_RULES,
    "self_harm": SELF_HARM_RULES,
    "echo": ECHO_RULES,
    "others": OTHERS_RULES,
    "set_aside": HARMLESS_RULES,
    "context": CONTEXT_RULES,
}
EXAMPLES = 3


def _texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t")[-1] for ln in lines if ln.strip() and not ln.startswith("#")]


def _has_cue(cues: tuple[str, ...], words: list[str]) -> bool:
    return any(w == c or (c.endswith("*") and w.startswith(c[:-1])) for c in cues for w in words)


def card_rows() -> list[tuple[str, str, list[str], list[str]]]:
    """(name, cues, must-match, must-not-match) for every rule, in the order they are tried."""
    triggers = _texts(TESTS / "safety_triggers.tsv")
    harmless = _texts(TESTS / "safety_non_triggers.tsv")
    rows = []
    for set_name, rules in RULE_SETS.items():
        matched_rows = harmless + triggers if set_name in ("others", "set_aside") else triggers
        for index, (pattern, cues) in enumerate(zip(rules.patterns, rules.cues, strict=True)):
            if set_name == "context":
                must = [t for t in harmless if pattern.search(f" {normalize(t)} ")][:EXAMPLES]
                kept = [
                    t
                    for t in triggers
                    if _has_cue(cues, normalize(t).split()) and detect_by_rules(t) is not None
                ]
                rows.append((f"context rule {index + 1}", " ".join(cues), must, kept[:EXAMPLES]))
                continue
            must = [t for t in matched_rows if pattern.search(f" {normalize(t)} ")][:EXAMPLES]
            must_not = [
                t
                for t in harmless
                if _has_cue(cues, normalize(t).split()) and detect_by_rules(t) is None
            ][:EXAMPLES]
            rows.append((f"{set_name} rule {index + 1}", " ".join(cues), must, must_not))
    return rows


def render(rows: list[tuple[str, str, list[str], list[str]]]) -> str:
    lines = [
        "# The crisis rules as data: name<TAB>cues<TAB>must match (' | ')<TAB>must not match",
        "# Written by `python -m intents.safety_rules_card`; checked by a test.",
    ]
    lines += [
        "\t".join((name, cues, " | ".join(must), " | ".join(must_not)))
        for name, cues, must, must_not in rows
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    CARD.write_text(render(card_rows()), encoding="utf-8")
    print(f"wrote {CARD}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
