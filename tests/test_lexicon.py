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


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("i been thinkin about it all mornin", "i been thinking about it all morning"),
        ("nothin helps when i'm tryin to sleep", "nothing helps when i'm trying to sleep"),
        # only listed "-ing" forms: these stay as they are
        ("my cousin has thin skin", "my cousin has thin skin"),
        ("begin again", "begin again"),
    ],
)
def test_both_readers_restore_a_dropped_g(said: str, read: str) -> None:
    assert " ".join(t.word for t in tokenize(said)) == read
    assert normalize(said) == read


def test_a_stammered_first_sound_is_not_a_word_to_either_reader() -> None:
    from intents.normalize import content_words

    assert content_words(tokenize("w why do i s shout")) == ["why", "do", "i", "shout"]
    assert content_words(tokenize("plan b is to walk")) == ["plan", "b", "is", "to", "walk"]
    assert normalize("w why do i s shout") == "why do i shout"


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # Gullah and Bajan: "uh" and "ah" are "i" before a verb, "muh" my, "fuh" for
        ("uh done gib muh tools to de boys", "i done give my tools to de boys"),
        ("ah must tell muh tittuh", "i must tell my sister"),
        # Krio: "a" is "i" before its markers, never before "go"
        ("a de tink say", "i de think say"),
        ("give it a go", "give it a go"),
    ],
)
def test_both_readers_respell_creole_words(said: str, read: str) -> None:
    words = " ".join(t.word for t in tokenize(said))
    # the classifier reads Caribbean "de" as "the" where it is no Krio tense marker
    assert words.startswith(read.replace("to de", "to the")), words
    assert normalize(said).startswith(read), normalize(said)


def test_an_said_for_and_is_read_as_and_but_an_article_stays() -> None:
    assert [t.word for t in tokenize("an she said")] == ["and", "she", "said"]
    assert [t.word for t in tokenize("an i cried")] == ["and", "i", "cried"]
    assert [t.word for t in tokenize("for an hour an idea")] == ["for", "an", "hour", "an", "idea"]


def test_the_crisis_net_reads_the_respelled_words() -> None:
    from intents.safety_normalize import respelled

    # nothing dropped, unlike the patterns' form: the embedding weighs every word
    said = "uh dont really want muh chillun to see"
    assert respelled(said) == "i don't really want my children to see"
    assert normalize(said) == "i don't want my children to see"
