"""The readable model reports committed beside the weights are current and say what they should.

Complements the behavioural staleness tests (test_classify_model.py, test_safety_net.py):
those retrain and compare verdicts; this regenerates the reports from the committed weights,
examples and example vectors and compares text, so a reviewer reading a report reads what is
shipped. The vectors are checked by their texts' digest and by re-embedding a fixed sample,
so the report test need not embed every example.
"""

from __future__ import annotations

import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from intents.model import LinearModel
from intents.model_report import (
    COMMAND,
    DATA,
    Sourced,
    _specs,
    nearest,
    nearest_each,
    shown,
    top_features,
)

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ("model_report.md", "checkin_model_report.md", "safety_net_report.md")


@lru_cache(maxsize=1)
def _regenerated() -> dict[str, str]:
    from intents.model_report import reports

    return reports()


@pytest.mark.parametrize("name", REPORTS)
def test_the_committed_report_is_what_the_shipped_weights_and_examples_give(name: str) -> None:
    committed = (DATA / name).read_text(encoding="utf-8")
    fresh = _regenerated()[name]
    if committed != fresh:
        changed = [
            f"line {n}: {old!r} -> {new!r}"
            for n, (old, new) in enumerate(
                zip(committed.splitlines(), fresh.splitlines(), strict=False), 1
            )
            if old != new
        ]
        pytest.fail(
            f"intents/data/{name} is out of date; regenerate it with: {COMMAND}\n"
            + "\n".join(changed[:5] or ["(lines added or removed at the end)"])
        )


def test_each_label_has_its_section_counts_features_and_neighbours() -> None:
    for spec in _specs():
        text = (DATA / spec.report).read_text(encoding="utf-8")
        for source in spec.sources:
            assert f"`{source}`" in text
        for label in spec.labels:
            section = text.split(f"\n## {label}\n", 1)[1].split("\n## ", 1)[0]
            assert "| feature | weight |" in section
            assert section.count("\n- ") >= 1 and "\n  - " in section, label


def test_the_report_counts_each_labels_examples_per_file() -> None:
    from intents.dataset import package_examples

    spec = _specs()[1]
    text = (DATA / spec.report).read_text(encoding="utf-8")
    for label in spec.labels:
        counts = [
            len([e for e in package_examples(s, spec.labels) if e.label == label])
            for s in spec.sources
        ]
        row = f"| {label} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |"
        assert row in text


def test_top_features_rank_by_margin_over_the_other_labels_then_by_name() -> None:
    model = LinearModel(
        ("a", "b", "c"),
        (0.0, 0.0, 0.0),
        {
            "w:x": (2.0, 0.0, 0.0),
            "w:y": (1.0, -1.0, -1.0),
            "w:z": (2.0, 0.0, 0.0),
            "w:n": (-1, 0, 0),
        },
    )
    assert top_features(model, "a") == [("w:x", 2.0), ("w:y", 2.0), ("w:z", 2.0)]
    assert top_features(model, "a", 1) == [("w:x", 2.0)]
    assert top_features(model, "b") == [("w:n", 0.5)]


def test_neighbours_leave_the_example_out_and_break_ties_by_file_order() -> None:
    similarity = np.array(
        [
            [1.0, 0.5, 0.9, 0.9],
            [0.5, 1.0, 0.2, 0.1],
            [0.9, 0.2, 1.0, 0.3],
            [0.9, 0.1, 0.3, 1.0],
        ]
    )
    assert [j for j, _ in nearest(similarity, 0, 3)] == [2, 3, 1]


def test_shown_are_the_most_typical_example_then_those_on_a_border() -> None:
    similarity = np.array(
        [
            [1.0, 0.8, 0.7, 0.1],
            [0.8, 1.0, 0.6, 0.2],
            [0.7, 0.6, 1.0, 0.9],
            [0.1, 0.2, 0.9, 1.0],
        ]
    )
    # 0 is closest on average to the other a's; 2's nearest neighbour is a b.
    labels = ["a", "a", "a", "b"]
    nearest_of = nearest_each(similarity)
    assert nearest_of.tolist() == [1, 0, 3, 2]
    assert shown(similarity, labels, "a", nearest_of) == [0, 2, 1]
    assert shown(similarity, labels, "b", nearest_of) == [3]
    assert shown(similarity, labels, "c", nearest_of) == []


def test_text_with_table_characters_stays_in_its_cell() -> None:
    from intents.model_report import cell, neighbour_lines

    examples = [Sourced("a", "x | y `z`", "f.tsv"), Sourced("b", "w", "g.tsv")]
    lines = neighbour_lines(np.eye(2), examples, [0])
    assert lines[0] == "- \"x \\| y 'z'\" (f.tsv)"
    assert lines[1] == '  - 0.00 b: "w" (g.tsv)'
    assert cell("a|b") == "a\\|b"


def test_the_command_refuses_an_unknown_option_with_one_line_and_writes_nothing() -> None:
    before = {n: (DATA / n).stat().st_mtime_ns for n in REPORTS}
    run = subprocess.run(
        [sys.executable, "-m", "intents.model_report", "--bogus"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "usage: python -m intents.model_report [--check]; got '--bogus'"
    ]
    assert {n: (DATA / n).stat().st_mtime_ns for n in REPORTS} == before


def test_the_crisis_net_report_counts_every_example_the_trainer_reads() -> None:
    from intents.safety_net_train import examples

    texts, risk, _urgent, hard = examples()
    lines = (DATA / "safety_net_report.md").read_text(encoding="utf-8").splitlines()
    header = next(line for line in lines if line.startswith("| level |")).split(" | ")
    column = header.index("total")
    totals = {
        line.split(" | ")[0].lstrip("| "): int(line.split(" | ")[column])
        for line in lines
        if line.startswith(("| urgent", "| concern", "| hard negative", "| ordinary"))
    }
    assert sum(totals.values()) == len(texts)
    assert totals["urgent"] + totals["concern"] == int(risk.sum())
    assert totals["hard negative"] == int(hard.sum())


def test_a_net_trained_on_other_examples_is_refused_with_the_command_that_retrains(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import intents.safety_net_train as trainer
    from intents.safety_net_report import StaleNetError, safety_net_report

    texts, risk, urgent, hard = trainer.examples()
    monkeypatch.setattr(
        trainer, "examples", lambda: (texts[:-1], risk[:-1], urgent[:-1], hard[:-1])
    )
    with pytest.raises(StaleNetError, match=r"retrain: python -m intents.safety_net_train"):
        safety_net_report()


SAMPLE = 16  # example lines re-embedded per classifier: spread evenly over its files


@pytest.mark.parametrize("which", [0, 1], ids=["reflections", "check-in"])
def test_the_committed_vectors_are_what_the_embedding_model_gives_today(which: int) -> None:
    from intents import embedding, meaning_vectors
    from intents.model_report import embedded_texts, examples_of

    spec = _specs()[which]
    texts = embedded_texts(examples_of(spec))
    stored = meaning_vectors.read(DATA / spec.vectors, texts)
    sample = sorted(set(np.linspace(0, len(texts) - 1, SAMPLE).astype(int).tolist()))
    fresh = embedding.embed([texts[i] for i in sample])
    # float16 keeps about 4e-4 relative; another model or normalisation moves far more.
    worst = float(np.abs(fresh - stored[sample]).max())
    assert worst < 2e-3, (
        f"intents/data/{spec.vectors} differs from today's embeddings by {worst:.4f}; "
        f"re-embed with: {COMMAND}"
    )


def test_vectors_made_from_other_texts_are_refused_with_the_command(tmp_path: Path) -> None:
    from intents.meaning_vectors import StaleVectorsError, read, write

    path = tmp_path / "v.npz"
    vectors = np.array([[0.6, 0.8], [1 / 3, 0.0]], dtype=np.float32)
    write(path, ["a b", "c"], vectors)
    assert np.array_equal(read(path, ["a b", "c"]), vectors.astype(np.float16))
    for other in (["a b", "d"], ["c", "a b"], ["a b"], ["a", "b c"]):
        with pytest.raises(StaleVectorsError, match=r"re-embed: python -m intents.model_report"):
            read(path, other)
    with pytest.raises(StaleVectorsError, match=r"missing; write it with: python -m intents"):
        read(tmp_path / "none.npz", ["a b", "c"])


def test_a_report_on_changed_examples_is_refused_until_they_are_re_embedded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import intents.model_report as report
    from intents.meaning_vectors import StaleVectorsError

    real = report.package_examples
    monkeypatch.setattr(report, "package_examples", lambda *a: real(*a)[1:])
    with pytest.raises(StaleVectorsError, match=r"checkin_meaning_vectors.npz .*re-embed"):
        report.classifier_report(_specs()[1])


def test_the_command_s_embedding_step_writes_vectors_the_report_then_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import intents.model_report as report
    from intents import meaning_vectors

    real = report.package_examples
    monkeypatch.setattr(report, "package_examples", lambda *a: real(*a)[:3])
    monkeypatch.setattr(report, "DATA", tmp_path)
    spec = _specs()[1]
    report.embed_examples([spec])
    examples = report.examples_of(spec)
    texts = report.embedded_texts(examples)
    assert len(examples) == 3 * len(spec.sources)
    stored = meaning_vectors.read(tmp_path / spec.vectors, texts)
    assert np.abs(stored - report._embed_all(texts)).max() < 2e-3
    assert f"{len(examples)} examples." in report.classifier_report(spec)
