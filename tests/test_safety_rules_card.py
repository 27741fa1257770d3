"""Accountable rules: each rule's name, cues and own examples are data, current and true."""

from __future__ import annotations

import pytest

from intents.safety import detect_by_rules, normalize
from intents.safety_rules_card import CARD, RULE_SETS, card_rows, render

ROWS = card_rows()


def test_the_card_is_current() -> None:
    assert CARD.read_text(encoding="utf-8") == render(ROWS), (
        "run `python -m intents.safety_rules_card` after changing a rule or its data"
    )


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_each_rule_matches_its_own_examples_and_not_its_harmless_ones(row) -> None:
    name, cues, must, must_not = row
    set_name, _, number = name.rpartition(" rule ")
    pattern = RULE_SETS[set_name].patterns[int(number) - 1]
    assert cues and must, f"{name} has no must-match example"
    for text in must:
        assert pattern.search(f" {normalize(text)} "), (name, text)
    for text in must_not:
        # a harmless context's must-not rows are crisis lines it must not overrule
        assert (detect_by_rules(text) is not None) == (set_name == "context"), (name, text)
