"""The one table of number words and contractions, as each reader takes it."""

import pytest

from intents.lexicon import CONTRACTIONS, number_words, recognized_number_words
from intents.normalize import tokenize
from intents.safety_normalize import normalize


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        ("0", ("zero",)),
        ("7", ("seven",)),
        ("42", ("forty", "two")),
        ("100", ("one", "hundred")),
        ("105", ("one", "hundred", "five")),
        ("999", ("nine", "hundred", "ninety", "nine")),
        ("1000", ("1000",)),
    ],
)
def test_digits_are_said_as_the_recognizer_prints_them(digits: str, words: tuple[str, ...]) -> None:
    assert recognized_number_words(digits) == words


def test_written_number_words_are_hyphenated_and_scaled() -> None:
    assert number_words(42) == "forty-two"
    assert number_words(1205) == "one thousand two hundred five"
    assert number_words(-3) == "minus three"


@pytest.mark.parametrize(("typed", "spelled"), sorted(CONTRACTIONS.items()))
def test_both_readers_restore_every_missing_apostrophe(typed: str, spelled: str) -> None:
    assert [t.word for t in tokenize(typed)] == [spelled]
    assert normalize(typed) == spelled


def test_a_word_that_is_also_a_contraction_is_read_by_each_as_it_chose() -> None:
    # The crisis net must read "ill" as ill; the classifier reads it as "i'll".
    assert normalize("i feel ill") == "i feel ill"
    assert [t.word for t in tokenize("ill do it")][0] == "i'll"
    assert normalize("id rather not be here") == "i'd rather not be here"
