"""Why an utterance was understood as it was: per item, its label, confidence and reasons.

The reasons are the lead rule when one decided, otherwise the n-gram features that pushed
hardest toward the label, and the two verdicts (words alone, words with meaning) side by side.
"""

from __future__ import annotations

from . import embedding
from .classify import reflection_meaning, reflection_model
from .features import reflection_features
from .lead import find_lead
from .meaning import NEIGHBOURS, meaning_text
from .normalize import content_words, tokenize
from .split import split_segments

TOP_FEATURES = 4


def _strongest(words: list[str], label: str) -> list[str]:
    model = reflection_model()
    k = model.labels.index(label)
    scored = []
    for f in reflection_features(words):
        row = model.weights.get(f)
        if row is not None:
            # How much more this feature favours the label than the average other label.
            others = [w for i, w in enumerate(row) if i != k]
            scored.append((row[k] - sum(others) / len(others), f))
    return [f"{f} ({v:+.2f})" for v, f in sorted(scored, reverse=True)[:TOP_FEATURES] if v > 0]


def explain(text: str) -> list[str]:
    """Lines of explanation, one block per item, in spoken order."""
    items = split_segments(text)
    lines = [f"{len(items)} item{'s' if len(items) > 1 else ''}"]
    for n, (segment, item) in enumerate(items, 1):
        lines.append(f"{n}. {item.label} ({item.confidence:.2f}): {item.body}")
        tokens = tokenize(segment)
        lead = find_lead(segment, tokens)
        if lead.label is not None:
            lines.append(f"   why: the lead word says {lead.label}")
            continue
        words = content_words(tokens)
        ngram = reflection_model().probabilities(reflection_features(words))
        best = max(range(len(ngram)), key=ngram.__getitem__)
        lines.append(f"   words alone: {reflection_model().labels[best]} ({ngram[best]:.2f})")
        combined = reflection_meaning()
        lines.append(
            "   with meaning (sentence embedding): "
            + ("used" if combined is not None else "unavailable")
        )
        if combined is not None and combined.neighbours is not None:
            vector = embedding.embed([meaning_text(words)])[0]
            share = combined.neighbour_share(vector, combined.labels.index(item.label))
            lines.append(
                f"   nearest taught examples: {round(share * NEIGHBOURS)} of {NEIGHBOURS} "
                f"are {item.label}"
            )
        strongest = _strongest(words, item.label)
        if strongest:
            lines.append("   strongest features: " + ", ".join(strongest))
    return lines
