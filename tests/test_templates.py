"""The template format: parsing, expansion, matching, and errors that say what is wrong."""

from __future__ import annotations

import pytest

from intents.language import GRAMMAR_LIMIT, language_from, vosk_grammar
from intents.templates import TemplateError, normalize


def words(**files: str):
    return language_from(files)


def texts(language, name, cover=False):
    return [s.text for s in language.sentences(name, cover=cover)]


def test_alternatives_optional_parts_and_joined_words_expand_in_file_order():
    lang = words(k="note: a note[s] [please | now]\nquestion: (ask | question) her")
    assert texts(lang, "k") == [
        "a note",
        "a note please",
        "a note now",
        "a notes",
        "a notes please",
        "a notes now",
        "ask her",
        "question her",
    ]
    assert lang.count("k") == 8
    assert lang.concept("k").labels == ("note", "question")


def test_a_list_of_the_same_file_is_inlined_and_another_file_is_a_slot_with_its_label():
    lang = words(
        kinds="note: note\nhomework: homework | task",
        refile="{this} = that | it\nrefile: make {this} a {kinds} [not a {kinds}]",
    )
    said = {s.text: s.slots for s in lang.sentences("refile")}
    assert said["make it a task"] == {"kinds": "homework"}
    assert said["make that a note not a task"] == {"kinds": "note"}  # the first slot counts
    assert len(said) == lang.count("refile") == 2 * 3 * 4


def test_a_whole_match_gives_the_label_and_the_slots():
    lang = words(
        kinds="note: note[s]\nquestion: question",
        refile="refile: [no] make (that | it) [a] {kinds} [please]",
    )
    assert lang.match("refile", "No, make that a NOTE.").slots == {"kinds": "note"}
    assert lang.match("refile", "make it notes please").slots == {"kinds": "note"}
    assert lang.match("refile", "make that question").slots == {"kinds": "question"}
    assert lang.match("refile", "make that a question about my mom") is None
    assert lang.match("refile", "makethat a question") is None
    assert lang.match("refile", "make thata question") is None


def test_every_sentence_said_anywhere_comes_with_its_slots():
    lang = words(kinds="note: note\nneed: need", denied="denied: not a {kinds}")
    found = lang.matches_in("denied", "a need, not a note, not a need")
    assert [(m.label, m.slots) for m in found] == [
        ("denied", {"kinds": "note"}),
        ("denied", {"kinds": "need"}),
    ]


def test_labels_are_found_as_whole_words_anywhere():
    lang = words(yn="yes: yes | keep [it] | that's right\nno: no | don't")
    assert lang.labels_in("yn", "well yeah keep it") == {"yes"}
    assert lang.labels_in("yn", "yes and no") == {"yes", "no"}
    assert lang.labels_in("yn", "i don't know") == {"no"}
    assert lang.labels_in("yn", "nobody keeper yesterday") == set()
    assert lang.labels_in("yn", "That's right!") == {"yes"}


def test_a_sentence_said_inside_a_longer_one_does_not_count():
    lang = words(
        yn="{fine} = safe | right\nyes: yes | {fine}\nno: no | not {fine}\nother: right now"
    )
    assert lang.labels_in("yn", "i'm not safe right now") == {"no", "other"}
    assert lang.labels_in("yn", "i am safe right now") == {"yes", "other"}
    assert lang.labels_in("yn", "yes not right") == {"yes", "no"}


def test_a_cover_uses_every_alternative_without_expanding_everything():
    template = "x: (a | b | c) [d | e] (f | g | h | i) [j]"
    lang = words(t=template)
    assert lang.count("t") == 3 * 3 * 4 * 2
    cover = texts(lang, "t", cover=True)
    assert len(cover) < lang.count("t")
    used = {word for text in cover for word in text.split()}
    assert used == set("abcdefghij")


def test_normalize_keeps_words_and_apostrophes_only():
    assert normalize("  That's  RIGHT, isn't it?! ") == "that's right isn't it"
    assert normalize("re-file under_score") == "re file under score"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("yes: (yes | yeah", "'(' is never closed"),
        ("yes: yes]", "']' closes nothing"),
        ("yes: yes | | yeah", "an alternative is empty"),
        ("yes: Yes", "'Y' is not allowed"),
        ("yes: yes!", "'!' is not allowed"),
        ("yes: {Bad}", "a list is {name}"),
        ("just words", "neither 'label: template' nor '{list} = template'"),
        ("{a} = x\n{a} = y\nyes: {a}", "the list {a} is defined twice"),
        ("# only a comment", "has no 'label: template' line"),
    ],
)
def test_a_bad_template_names_the_file_the_line_and_the_fault(text, message):
    with pytest.raises(TemplateError, match="^bad.txt") as caught:
        words(bad=text)
    assert message in str(caught.value)


def test_a_list_that_does_not_exist_or_names_itself_is_refused():
    with pytest.raises(TemplateError, match=r"no list \{colour\}; known lists: \['a'"):
        words(a="x: {colour}")
    with pytest.raises(TemplateError, match=r"\{a\} names itself in a loop"):
        words(a="x: y [{a}]")
    with pytest.raises(TemplateError, match=r"\{more\} names itself in a loop"):
        words(a="{more} = y [{more}]\nx: {more}")
    with pytest.raises(TemplateError, match=r"^a.txt, x: \{a\} names itself in a loop"):
        words(a="x: {b}", b="y: z [{a}]")


def test_a_sentence_that_could_be_nothing_is_refused():
    # As a matcher it would be found in every reply.
    with pytest.raises(TemplateError, match="^yn.txt, yes: a sentence can be nothing at all"):
        words(yn="no: no\nyes: [yes | yeah] [please]")
    with pytest.raises(TemplateError, match="^a.txt, x: a sentence can be nothing"):
        words(a="{maybe} = [b]\nx: {maybe}")


def test_a_slot_inside_a_slot_keeps_each_value_in_its_place():
    lang = words(
        size="big: big\nsmall: small",
        thing="cup: [{size}] cup\nbowl: bowl",
        order="order: a {thing} please",
    )
    assert lang.match("order", "a small cup please").slots == {"thing": "cup", "size": "small"}
    assert lang.match("order", "a bowl please").slots == {"thing": "bowl"}


def test_words_of_any_script_are_text_but_capitals_are_refused_where_they_stand():
    assert texts(words(ko="yes: 네 [감사합니다]"), "ko") == ["네", "네 감사합니다"]
    with pytest.raises(TemplateError, match="'É' is not allowed at column 8 of 'oui | Écoute'"):
        words(fr="yes: oui | Écoute")


def test_a_grammar_is_every_sentence_once_then_unk():
    lang = words(yn="yes: yes | yeah\nyes: yes please\nno: no", more="other: no | maybe")
    assert vosk_grammar("yn", "more", words=lang) == [
        "yes",
        "yeah",
        "yes please",
        "no",
        "maybe",
        "[unk]",
    ]


def test_a_concept_too_large_for_a_grammar_is_refused_with_its_size():
    many = " ".join("[a | b]" for _ in range(12))  # 3**12 sentences
    lang = words(big=f"x: start {many}")
    with pytest.raises(TemplateError, match=f"big says {3**12} sentences.*at most {GRAMMAR_LIMIT}"):
        vosk_grammar("big", words=lang)


def test_a_long_rambling_reply_is_read_whole():
    # Spans are compared in one sorted pass: pairwise, this took minutes.
    lang = words(yn="yes: yes | safe\nno: no | not safe")
    assert lang.labels_in("yn", "no " * 20_000 + "not safe") == {"no"}
    assert lang.labels_in("yn", "no " * 20_000 + "safe") == {"yes", "no"}
