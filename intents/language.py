"""The assistant's language: the template files in ``intents/data/templates``, read once.

Each concept (yes_no, kinds, refile, commands, checkin_answers) is one readable file; the
matchers, the Vosk grammars and the test sentences are all made from them, so a word added
there is heard, understood and tested at once. See ``intents.templates`` for the format.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources

from .templates import Language, TemplateError, parse_concept

# Vosk builds a grammar's graph when the recognizer is made: a few hundred phrases at most.
GRAMMAR_LIMIT = 400
UNKNOWN = "[unk]"  # Vosk's word for anything outside the grammar


def language_from(files: dict[str, str]) -> Language:
    """The language of these template files (name without .txt -> text)."""
    return Language({name: parse_concept(text, name) for name, text in files.items()})


@cache
def language() -> Language:
    """The language shipped in ``intents/data/templates``."""
    folder = resources.files("intents").joinpath("data", "templates")
    files = {
        entry.name.removesuffix(".txt"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    }
    return language_from(files)


def vosk_grammar(*concepts: str, words: Language | None = None) -> list[str]:
    """Every sentence of these concepts, then "[unk]": the phrases a closed question expects.

    Refuses a concept too large for a grammar rather than making the recognizer slow to start.
    """
    words = words or language()
    phrases: dict[str, None] = {}
    for name in concepts:
        size = words.count(name)
        if size > GRAMMAR_LIMIT:
            raise TemplateError(
                f"{name} says {size} sentences; a Vosk grammar takes at most {GRAMMAR_LIMIT}"
            )
        phrases.update(dict.fromkeys(s.text for s in words.sentences(name)))
    return [*phrases, UNKNOWN]


def _show(argv: list[str]) -> int:
    """``python -m intents.language [CONCEPT]``: each sentence and its label, for review;
    with no concept, how many sentences each concept says."""
    words = language()
    if not argv:
        for name in sorted(words.concepts):
            print(f"{name}\t{words.count(name)} sentences\t{', '.join(words.concept(name).labels)}")
        return 0
    if argv[0] not in words.concepts:
        known = ", ".join(sorted(words.concepts))
        print(f"no concept {argv[0]!r}; there are {known}", file=sys.stderr)
        return 2
    cover = words.count(argv[0]) > GRAMMAR_LIMIT  # too many to read: every alternative once
    for sentence in words.sentences(argv[0], cover=cover):
        slots = "".join(f"\t{slot}={value}" for slot, value in sentence.slots.items())
        print(f"{sentence.label}\t{sentence.text}{slots}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_show(sys.argv[1:]))
