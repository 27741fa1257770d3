"""classify and classify_answer: rules the GUIDELINES state outright, a learned model for the rest.

An explicit lead word ("question ...", "add a note that ...") decides by rule. Everything
else goes to a logistic regression over n-grams and cue features (``features.py``),
trained on the shipped examples (``train.py``), whose verdict is combined with a sentence
embedding (``meaning.py``) where the embedding model is installed. Models load once, on
first use.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from . import embedding, meaning
from .answers import last_word_stands, rule_answer
from .clean import clean_body
from .closing import closing_only
from .features import answer_features, reflection_features
from .intent import ANSWER_NOT_DONE, CMD_DONE, NOTE, REFLECTIONS, Intent
from .lead import find_lead
from .meaning import MeaningModel
from .model import LinearModel, load_packaged
from .normalize import content_words, tokenize

REFLECTION_MODEL = "model.tsv"
ANSWER_MODEL = "checkin_model.tsv"

# An explicit lead word is the person telling us the label; only a misheard word undoes it.
LEAD_CONFIDENCE = 0.97
# "five out of five", "never missed a day": arithmetic and double negatives, decided by rule.
ANSWER_RULE_CONFIDENCE = 0.95
# Only closing words ("enough stop", "log off"): a sign-off, by rule.
CLOSING_CONFIDENCE = 0.9
# The n-gram verdict and the combined one differ: under the usual review threshold (0.55).
DISAGREEMENT_CONFIDENCE = 0.5
# Not one word the model has seen: the label is only the prior, so say so.
UNKNOWN_WORDS_CONFIDENCE = 0.25
# Below this the review fit all but rules out the combined verdict; where the words alone name
# another label, theirs is filed instead, still flagged: on the scored rounds the words' label
# was right in 19 of the 26 such lines, the combined one in 6.
DOUBTED_COMBINED_CONFIDENCE = 0.2
WORDS_OVER_DOUBTED_CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def reflection_model() -> LinearModel:
    return load_packaged(REFLECTION_MODEL)


@lru_cache(maxsize=1)
def answer_model() -> LinearModel:
    return load_packaged(ANSWER_MODEL)


def reflection_meaning() -> MeaningModel | None:
    return meaning.load_packaged(meaning.REFLECTION_MEANING)


def answer_meaning() -> MeaningModel | None:
    return meaning.load_packaged(meaning.ANSWER_MEANING)


def classify(text: str) -> Intent:
    """Sort one utterance into a reflection kind or a command. Never raises."""
    return classify_with(text, reflection_model(), reflection_meaning())


def classify_answer(text: str) -> Intent:
    """Sort an answer to "did you do your homework?" into done, partial or not done."""
    return classify_answer_with(text, answer_model(), answer_meaning())


def understanding_reduced() -> str | None:
    """None when the combined (meaning) path is in use; otherwise why only n-grams are."""
    if (reason := embedding.unavailable_reason()) is not None:
        return reason
    if meaning.load_packaged(meaning.REFLECTION_MEANING) is None:
        return f"intents/data/{meaning.REFLECTION_MEANING} is missing"
    return None


def _best(
    model: LinearModel,
    features: set[str],
    words: list[str],
    combined: MeaningModel | None,
    allowed: Collection[str] | None = None,
) -> tuple[str, float]:
    ngram = model.probabilities(features)
    shown = meaning.restrict(model.labels, ngram, allowed)
    i = max(range(len(shown)), key=shown.__getitem__)
    label, confidence = model.labels[i], shown[i]
    known = any(f in model.weights for f in features if f.startswith("w:"))
    # Not one known word (another language, noise): the embedding may still find a meaning
    # ("thank you" in Korean reads as a sign-off), but acting on it could end the session or
    # delete an item, so such a line is filed as the doubtful guess it always was.
    if combined is not None and known:
        try:
            both, confidence = meaning.combine(combined, words, model.labels, ngram, allowed)
        except (RuntimeError, ValueError, embedding.EmbeddingUnavailable):
            both = label  # the n-gram verdict stands
        if both != label and combined.review_weights is None:
            # The words and the meaning disagree: file the combined verdict, but doubtfully
            # (a review fit weighs the disagreement itself).
            confidence = min(confidence, DISAGREEMENT_CONFIDENCE)
        elif both != label and confidence < DOUBTED_COMBINED_CONFIDENCE:
            return label, min(shown[i], WORDS_OVER_DOUBTED_CONFIDENCE)
        label = both
    if not known:
        confidence = min(confidence, UNKNOWN_WORDS_CONFIDENCE)
    return label, confidence


def classify_reflection(text: str) -> Intent:
    """``classify`` choosing among the four reflection kinds only (a part of a longer line)."""
    return classify_with(text, reflection_model(), reflection_meaning(), REFLECTIONS)


def classify_with(
    text: str,
    model: LinearModel,
    combined: MeaningModel | None = None,
    allowed: Collection[str] | None = None,
) -> Intent:
    """``classify`` with explicit models (cross-validation trains one per fold); without a
    combined model, the n-gram model alone decides; ``allowed`` narrows the labels."""
    tokens = tokenize(text)
    lead = find_lead(text, tokens)
    words = content_words(tokens)
    if not words:
        return Intent(NOTE, lead.body, 0.0)
    body = clean_body(lead.body)
    if lead.label is not None:
        return Intent(lead.label, body, LEAD_CONFIDENCE)
    if closing_only(words) and (allowed is None or CMD_DONE in allowed):
        return Intent(CMD_DONE, body, CLOSING_CONFIDENCE)
    label, confidence = _best(model, reflection_features(words), words, combined, allowed)
    return Intent(label, body, confidence)


def classify_answer_with(
    text: str, model: LinearModel, combined: MeaningModel | None = None
) -> Intent:
    """``classify_answer`` with an explicit model."""
    tokens = tokenize(text)
    words = content_words(tokens)
    body = text.strip()
    if not words:
        return Intent(ANSWER_NOT_DONE, body, 0.0)
    words = last_word_stands(words)
    if (label := rule_answer(words)) is not None:
        return Intent(label, body, ANSWER_RULE_CONFIDENCE)
    label, confidence = _best(model, answer_features(words), words, combined)
    return Intent(label, body, confidence)
