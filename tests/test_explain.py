"""sessionmate classify --explain: each item, its label and confidence, and why."""

from __future__ import annotations

from cli_helpers import run_in_process


def test_explain_names_each_item_and_its_reasons(home, capsys):
    run = run_in_process(
        capsys,
        "classify",
        "--explain",
        "we talked about my dad and she wants me to write him a letter",
    )
    lines = run.out.splitlines()
    assert lines[0] == "2 items"
    assert lines[1].startswith("1. note (") and lines[1].endswith("we talked about my dad")
    assert any(line.startswith("2. homework (") for line in lines)
    assert sum("strongest features: " in line for line in lines) == 2
    # The nearest taught examples vote on each verdict: the review fit weighs that share.
    assert sum("nearest taught examples: " in line for line in lines) == 2


def test_explain_says_when_the_lead_word_decided(home, capsys):
    run = run_in_process(capsys, "classify", "--explain", "question why do i cry at night")
    assert run.out.splitlines()[1:] == [
        "1. question (0.97): why do i cry at night",
        "   why: the lead word says question",
    ]
