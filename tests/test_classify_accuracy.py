"""Acceptance (issue 2): accuracy on the packaged dev sets, measured on unseen examples.

Every figure is held out: 5-fold cross-validation on the dev set (each fold's model also
learns from our own examples), and a model fitted on our examples alone scored on all of
the dev set, the closer proxy for speakers we have never heard. Fits take well under a
second each, so these run in seconds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from intents import ANSWER_LABELS, LABELS
from intents import evaluate as ev
from intents.classify import classify_answer_with, classify_with
from intents.dataset import package_examples, read_examples
from intents.train import answer_featurize, reflection_featurize

# The dev sets are packaged copies of the labelled sets the project was given.
DEV = Path(__file__).resolve().parents[1] / "intents" / "data"


@pytest.fixture(scope="module")
def dev():
    return read_examples(DEV / "dev.tsv", LABELS)


@pytest.fixture(scope="module")
def checkin_dev():
    return read_examples(DEV / "checkin_dev.tsv", ANSWER_LABELS)


def test_reflections_cross_validated_on_dev_reach_95_percent(dev) -> None:
    own = package_examples("examples.tsv", LABELS)
    predictions = ev.cross_validate(dev, own, reflection_featurize, LABELS, classify_with)
    assert len(predictions) == len(dev)
    assert ev.accuracy(predictions) >= 0.95
    assert min(ev.per_label(predictions, LABELS).values()) >= 0.85


def test_reflections_learned_from_our_examples_alone_reach_95_percent_on_dev(dev) -> None:
    own = package_examples("examples.tsv", LABELS)
    predictions = ev.holdout(own, dev, reflection_featurize, LABELS, classify_with)
    assert ev.accuracy(predictions) >= 0.95


def test_answers_cross_validated_on_checkin_dev_reach_97_percent(checkin_dev) -> None:
    own = package_examples("checkin_examples.tsv", ANSWER_LABELS)
    predictions = ev.cross_validate(
        checkin_dev, own, answer_featurize, ANSWER_LABELS, classify_answer_with
    )
    assert len(predictions) == len(checkin_dev)
    assert ev.accuracy(predictions) >= 0.97


def test_answers_learned_from_our_examples_alone_reach_97_percent_on_checkin_dev(
    checkin_dev,
) -> None:
    own = package_examples("checkin_examples.tsv", ANSWER_LABELS)
    predictions = ev.holdout(
        own, checkin_dev, answer_featurize, ANSWER_LABELS, classify_answer_with
    )
    assert ev.accuracy(predictions) >= 0.97


def test_our_examples_cross_validated_within_themselves_reach_90_percent() -> None:
    # Many kinds of speakers and no dev data: the guard against tuning to dev's style.
    own = package_examples("examples.tsv", LABELS)
    predictions = ev.cross_validate(own, [], reflection_featurize, LABELS, classify_with)
    assert ev.accuracy(predictions) >= 0.90


def test_folds_are_stratified_and_cover_every_example_once(dev) -> None:
    from intents.train import folds

    parts = folds(dev, 5)
    assert sorted(i for part in parts for i in part) == list(range(len(dev)))
    for part in parts:
        assert {dev[i].label for i in part} == set(LABELS)
