"""The crisis rules: every must-trigger phrasing caught, no everyday phrase flagged, never raises.

These are the rules' own accountable data, so they are checked on the rules alone
(``detect_by_rules``); the rules and the net together are tested in test_safety_net.py.

The phrasings live in tests/data/safety_triggers.tsv and safety_non_triggers.tsv; the rows
after "# held out" were written after the patterns were frozen (their first score is
recorded in those files). Speed is measured in benchmarks/safety.py, not here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intents.safety import (
    KINDS,
    SELF_HARM,
    SUICIDE,
    Concern,
    detect_by_rules,
    detect_ungated,
    normalize,
)
from intents.safety_context import CONTEXT_RULES
from intents.safety_harmless import HARMLESS_RULES
from intents.safety_others import ECHO_RULES, OTHERS_RULES
from intents.safety_self_harm import SELF_HARM_RULES
from intents.safety_suicide import SUICIDE_RULES

DATA = Path(__file__).parent / "data"
HELD_OUT_MARK = "# held out: written after the patterns were frozen"


@dataclass(frozen=True)
class Case:
    text: str
    kind: str | None  # None: must not trigger
    category: str
    held_out: bool


def read_cases(path: Path, *, labelled: bool) -> list[Case]:
    """Rows of ``kind<TAB>category<TAB>text`` (labelled) or ``category<TAB>text``."""
    cases: list[Case] = []
    held_out = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(HELD_OUT_MARK):
            held_out = True
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        kind, category, text = fields if labelled else (None, *fields)
        cases.append(Case(text, kind, category, held_out))
    return cases


TRIGGERS = read_cases(DATA / "safety_triggers.tsv", labelled=True)
NON_TRIGGERS = read_cases(DATA / "safety_non_triggers.tsv", labelled=False)


# --- the data sets ---------------------------------------------------------------------------


def test_data_sets_are_big_enough_and_have_a_held_out_part() -> None:
    for cases in (TRIGGERS, NON_TRIGGERS):
        assert sum(not c.held_out for c in cases) >= 80
        assert sum(c.held_out for c in cases) >= 20


def test_data_rows_are_well_formed_and_unique() -> None:
    assert {c.kind for c in TRIGGERS} <= set(KINDS)
    assert all(c.text.strip() and c.category for c in TRIGGERS + NON_TRIGGERS)
    texts = [c.text for c in TRIGGERS + NON_TRIGGERS]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda c: c.text)
def test_every_must_trigger_phrasing_is_caught_as_its_kind(case: Case) -> None:
    concern = detect_by_rules(case.text)
    assert concern is not None, f"missed ({case.category}): {normalize(case.text)!r}"
    assert concern.kind == case.kind


@pytest.mark.parametrize("case", NON_TRIGGERS, ids=lambda c: c.text)
def test_no_everyday_phrase_raises_a_false_alarm(case: Case) -> None:
    assert detect_by_rules(case.text) is None


# --- the rules the data stands for -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Negation only where it turns the meaning around.
        ("i don't want to die", None),
        ("i don't want to live", SUICIDE),
        ("i would never hurt myself", None),
        ("i don't want to hurt myself again", SELF_HARM),
        ("i'm not suicidal", None),
        ("i'm not suicidal but i think about dying a lot", SUICIDE),
        # An idiom beside a real statement does not hide it.
        ("my boss is going to kill me and honestly i want to die", SUICIDE),
        ("i cut back on coffee and i've been cutting my arms again", SELF_HARM),
        # Someone else's suicide is not the speaker's; the pull towards it is.
        ("my uncle's suicide still haunts my mom", None),
        ("after my uncle's suicide i keep thinking about doing the same", SUICIDE),
        ("she told me her suicidal thoughts came back", None),
        # Suicide is reported before self-harm when both are there.
        ("i've been cutting and i want to die", SUICIDE),
    ],
)
def test_rules_behind_the_data(text: str, kind: str | None) -> None:
    concern = detect_by_rules(text)
    assert (concern.kind if concern else None) == kind


@pytest.mark.parametrize(
    "text",
    [
        "I want to KILL MYSELF!!!",
        "I don’t want to live anymore.",  # typographic apostrophe
        "i dont want to live anymore",
        "um uh i i i don't want to live anymore",
        "i like don't want to live anymore you know",
        "i do not want to live any more",
        "I DO NOT WANT TO LIVE",
    ],
)
def test_typed_and_recognized_spellings_read_the_same(text: str) -> None:
    assert detect_by_rules(text) is not None


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Um, I... I want to kill my self.", "i want to kill myself"),
        ("i wanna kms lol", "i want to kms"),
        ("self-harm", "self harm"),
        ("i am like so done", "i'm so done"),
        ("i feel like dying", "i feel like dying"),  # "like" after "feel" is not a filler
        ("took an over dose", "took an overdose"),
        ("i w w wrote the n note", "i wrote the note"),  # a stammer's first sounds
        ("plan a is fine", "plan a is fine"),  # "a" is a word, not a sound
        ("i don sell my car", "i've sell my car"),  # Nigerian Pidgin's perfect
        ("naebody wid notice if ah wisnae here", "nobody would notice if i wasn't here"),  # Scots
        ("ah well", "well"),  # elsewhere "ah" is a sound
        ("", ""),
        ("?!", ""),
    ],
)
def test_normalize(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_the_matched_phrase_is_part_of_what_was_said() -> None:
    for case in TRIGGERS:
        concern = detect_by_rules(case.text)
        assert concern is not None
        assert concern.matched and concern.matched in normalize(case.text)


# --- robustness ------------------------------------------------------------------------------

_VOCABULARY = sorted({w for c in TRIGGERS + NON_TRIGGERS for w in normalize(c.text).split()})


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    concern = detect_by_rules(text)
    assert concern is None or (concern.kind in KINDS and concern.matched)


def _mutations() -> st.SearchStrategy[str]:
    """Data utterances with words inserted, dropped or swapped, and random word salads."""
    words = st.sampled_from(_VOCABULARY)
    salad = st.lists(words, max_size=20).map(" ".join)
    base = st.sampled_from([c.text for c in TRIGGERS + NON_TRIGGERS]).map(str.split)

    @st.composite
    def edited(draw: st.DrawFn) -> str:
        tokens = draw(base)
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(tokens)))
            if draw(st.booleans()) or not tokens:
                tokens.insert(at, draw(words))
            else:
                del tokens[min(at, len(tokens) - 1)]
        return " ".join(tokens)

    return st.one_of(salad, edited())


# The cue gate (intents.safety_ruleset.RuleSet) tries a rule only when one of its cue words is
# in the text. That is safe only if no match of the rule can lack every cue: a wrong cue list
# would silently turn a catch into a miss. These tests hold each rule to its cues and to a test
# row.

RULE_SETS = {
    "others": OTHERS_RULES,
    "set_aside": HARMLESS_RULES,
    "suicide": SUICIDE_RULES,
    "self_harm": SELF_HARM_RULES,
    "echo": ECHO_RULES,
    "context": CONTEXT_RULES,
}
RULES = [
    (f"{name}[{index}]", pattern, cues)
    for name, rules in RULE_SETS.items()
    for index, (pattern, cues) in enumerate(zip(rules.patterns, rules.cues, strict=True))
]


def _has_cue(cues: tuple[str, ...], words: list[str]) -> bool:
    return any(w == c or (c.endswith("*") and w.startswith(c[:-1])) for c in cues for w in words)


@pytest.mark.parametrize(("name", "pattern", "cues"), RULES, ids=[r[0] for r in RULES])
def test_every_rule_is_exercised_by_the_data(
    name: str, pattern: re.Pattern[str], cues: tuple[str, ...]
) -> None:
    # A rule no row reaches could break (or never have worked) unnoticed. Trigger rules must
    # match a must-trigger row; the set-aside rules may be shown by either file.
    rows = NON_TRIGGERS + TRIGGERS if name.startswith(("others", "set_aside")) else TRIGGERS
    rows = NON_TRIGGERS if name.startswith("context") else rows
    assert any(pattern.search(f" {normalize(c.text)} ") for c in rows), f"no row for {name}"


@settings(max_examples=2000, deadline=None)
@given(
    st.sampled_from(RULES).flatmap(lambda rule: st.tuples(st.just(rule), st.from_regex(rule[1])))
)
def test_every_match_of_a_rule_contains_one_of_its_cues(
    example: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], str],
) -> None:
    (name, pattern, cues), text = example
    match = pattern.search(text)
    assert match is not None
    assert _has_cue(cues, match.group().split()), f"{name}: {match.group()!r} lacks {cues}"


@settings(max_examples=400, deadline=None)
@given(_mutations())
def test_the_cue_gate_never_changes_the_answer(text: str) -> None:
    gated, ungated = detect_by_rules(text), detect_ungated(text)
    assert (gated and (gated.kind, gated.matched)) == (ungated and (ungated.kind, ungated.matched))


def test_concern_is_a_frozen_value() -> None:
    concern = Concern(SUICIDE, "want to die")
    with pytest.raises(AttributeError):
        concern.kind = SELF_HARM  # type: ignore[misc]
    assert concern == Concern(SUICIDE, "want to die")
