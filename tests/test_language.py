"""The shipped language (intents/data/templates): every sentence it makes is understood as
its template says by the real code that reads it, and the Vosk grammars are made from it.

Sentences the reader gets wrong are listed in data/template_misreads.tsv and asserted
exactly, so a fix shows as well as a new fault. After a deliberate change, paste the
lines the failing assertion prints into that file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.checkin import ANSWER_GRAMMAR, DOUBTFUL_BELOW, RESULTS
from assistant.commands.homework import read_answer
from assistant.confirm import CONFIRM_GRAMMAR, kind_named, yes_or_no
from assistant.refile_words import refile_request
from intents import classify, classify_answer
from intents.language import language, language_from, vosk_grammar
from intents.templates import Sentence
from speech.recognizer import transcribe

from fixtures_speech import BLOCK, silence, speak_korean  # isort: skip

DATA = Path(__file__).parent / "data"
KNOWN_MISREADS = DATA / "template_misreads.tsv"
CONCEPTS = (
    "yes_no",
    "kinds",
    "kind_denied",
    "refile",
    "commands",
    "checkin_answers",
    "checkin_typed",
)
# Expanded in full below this many sentences; above it, a sample using every alternative.
WHOLE_UP_TO = 2000


def expected(concept: str, sentence: Sentence) -> str:
    return sentence.slots["kinds"] if concept == "refile" else sentence.label


def understood(concept: str, text: str) -> str | None:
    """What the real reader of this concept makes of the sentence."""
    if concept == "yes_no":
        verdict = yes_or_no(text)
        return "other" if verdict is None else ("yes" if verdict else "no")
    if concept == "kinds":
        return kind_named(text)
    if concept == "kind_denied":
        return kind_named(text) or "denied"
    if concept == "refile":
        return refile_request(text)
    if concept == "commands":
        return classify(text).label
    if concept == "checkin_typed":
        result = read_answer(tuple(text.split()))
        return next(label for label, each in RESULTS.items() if each == result)
    answer = classify_answer(text)
    # The check-in asks again below this confidence: not understood, though not misfiled.
    return answer.label + ("" if answer.confidence >= DOUBTFUL_BELOW else " (doubtful)")


def test_the_shipped_templates_read_and_name_every_concept():
    assert set(language().concepts) == set(CONCEPTS)


def test_every_generated_sentence_is_understood_as_its_template_says_but_the_known_few():
    misread = []
    for concept in CONCEPTS:
        cover = language().count(concept) > WHOLE_UP_TO
        for sentence in language().sentences(concept, cover=cover):
            heard = understood(concept, sentence.text)
            if heard != expected(concept, sentence):
                misread.append(
                    f"{concept}\t{sentence.text}\t{expected(concept, sentence)}\t{heard}"
                )
    known = [  # the fifth field says why
        "\t".join(line.split("\t")[:4])
        for line in KNOWN_MISREADS.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    fixed = [line for line in known if line not in misread]
    new = [line for line in misread if line not in known]
    assert misread == known, (
        "now understood (delete from the list):\n"
        + "\n".join(fixed)
        + "\nnow misread (add, with the reason as a fifth field):\n"
        + "\n".join(new)
    )


def test_the_old_word_lists_are_all_still_understood():
    for word in "yes yeah yep yup sure correct right keep okay ok fine exactly".split():
        assert yes_or_no(word) is True, word
    for phrase in ("keep it", "that's right", "uh huh"):
        assert yes_or_no(phrase) is True, phrase
    for phrase in ("no", "nope", "nah", "wrong", "not really", "change", "change it", "don't"):
        assert yes_or_no(phrase) is False, phrase
    old_kinds = {
        "note": "note notes",
        "question": "question questions ask",
        "homework": "homework task exercise",
        "need": "need needs request",
    }
    for kind, spoken in old_kinds.items():
        for word in spoken.split():
            assert kind_named(f"make it a {word}") == kind, word
    old_grammar = (
        "yes|yeah|yes i did|i did|i did it|done|partly|some of it|half|a little|kind of|"
        "sort of|not all of it|no|nope|not yet|i didn't|no i didn't|i forgot|[unk]"
    ).split("|")
    assert set(old_grammar) <= set(ANSWER_GRAMMAR)


def test_a_typed_check_in_answer_takes_every_sentence_and_the_results_names():
    for sentence in language().sentences("checkin_answers") + language().sentences("checkin_typed"):
        assert read_answer(tuple(sentence.text.split())) == RESULTS[sentence.label]
    for result in RESULTS.values():
        assert read_answer((result,)) == result
    assert read_answer(("I", "didn't.")) == "not_done"


def test_the_grammars_for_closed_questions_are_their_templates_sentences_and_unk():
    assert vosk_grammar("checkin_answers") == ANSWER_GRAMMAR
    answers = [s.text for s in language().sentences("checkin_answers")]
    assert [*answers, "[unk]"] == ANSWER_GRAMMAR
    confirm = [s.text for name in ("yes_no", "kinds") for s in language().sentences(name)]
    assert [*dict.fromkeys(confirm), "[unk]"] == CONFIRM_GRAMMAR
    for phrase in ANSWER_GRAMMAR[:-1] + CONFIRM_GRAMMAR[:-1]:
        assert phrase == " ".join(phrase.split()) and all(
            word.replace("'", "").isalpha() and word.islower() for word in phrase.split()
        ), phrase


@pytest.mark.vosk
def test_a_grammar_made_from_a_template_is_heard_by_the_real_engine(korean_recognizer):
    ko = language_from({"yes_no_ko": (DATA / "templates_ko" / "yes_no_ko.txt").read_text()})
    grammar = vosk_grammar("yes_no_ko", words=ko)
    assert grammar == ["네", "네 감사합니다", "아니요", "안녕하세요", "[unk]"]
    for sentence in ko.sentences("yes_no_ko"):
        pcm = silence(0.3) + speak_korean(sentence.text) + silence(0.6)
        recognizer = korean_recognizer(grammar=grammar)
        chunks = [pcm[i : i + 2 * BLOCK] for i in range(0, len(pcm), 2 * BLOCK)]
        heard = [u.text for u in transcribe(chunks, recognizer)]
        assert heard == [sentence.text]
        assert ko.labels_in("yes_no_ko", heard[0]) == {sentence.label}


def test_the_language_can_be_listed_for_review():
    import subprocess
    import sys

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "intents.language", *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    listed = run("kinds")
    assert listed.returncode == 0 and "question\task\n" in listed.stdout
    assert listed.stdout.count("\n") == language().count("kinds")
    summary = run()
    assert (
        "refile\t" in summary.stdout
        and f"yes_no\t{language().count('yes_no')} sentences\tyes, no, other\n" in summary.stdout
    )
    bad = run("colours")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr == "no concept 'colours'; there are " + ", ".join(sorted(CONCEPTS)) + "\n"
