"""Words as the classifier sees them: one canonical form for typed and recognized text.

The recognizer prints lowercase words without punctuation and numbers as words; typed
input (``sessionmate add``) has capitals, punctuation, digits and missing apostrophes.
Both are reduced to the recognizer's style, keeping each word's span in the original
text so the body can be cut from what the person actually said.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicon import (
    AMBIGUOUS_CONTRACTIONS,
    CONTRACTIONS,
    CREOLE_WORDS,
    SPELLED_OUT_CONTRACTIONS,
    is_spoken_i,
    is_stammered_sound,
    recognized_number_words,
    with_dropped_g_restored,
)

_WORD = re.compile(r"\d+|[^\W\d_]+(?:['’‘`][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})

# Sounds that carry no meaning anywhere in an utterance.
FILLERS = frozenset(
    {"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "ah", "eh", "mm", "yani", "yaani"}
)

# Typed shorthand and slang, spelled out the way the recognizer prints it.
_EXPAND: dict[str, tuple[str, ...]] = {
    "ok": ("okay",),
    "k": ("okay",),
    "okey": ("okay",),
    "alright": ("all", "right"),
    "yea": ("yeah",),
    "ya": ("yeah",),
    "yah": ("yeah",),
    "yup": ("yep",),
    "tis": ("it's",),
    "wanna": ("want", "to"),
    "gonna": ("going", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "hadta": ("had", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "lemme": ("let", "me"),
    "gimme": ("give", "me"),
    "imma": ("i'm", "going", "to"),
    "ima": ("i'm", "going", "to"),
    "dunno": ("don't", "know"),
    "coz": ("because",),
    "cuz": ("because",),
    "cause": ("because",),
    "bc": ("because",),
    "pls": ("please",),
    "plz": ("please",),
    "thx": ("thanks",),
    "u": ("you",),
    "doctor": ("dr",),
    "doc": ("dr",),
    "mhm": ("mhm",),
    "mmhmm": ("mhm",),
    "mmhm": ("mhm",),
    "uhhuh": ("uhhuh",),
    "homeworks": ("homework",),
    "practise": ("practice",),
    "practising": ("practicing",),
    "practised": ("practiced",),
    "mum": ("mom",),
    "mam": ("mom",),
    "realise": ("realize",),
    "realised": ("realized",),
    "counsellor": ("counselor",),
    "counselling": ("counseling",),
    # no and yes in the languages check-in answers come in: "nei", "nein", "oui"
    "nei": ("no",),
    "nein": ("no",),
    "oui": ("yes",),
    "homework's": ("homework", "is"),  # "my homework's to ring him", not a possessive here
    "task's": ("task", "is"),
    "job's": ("job", "is"),
}
_EXPAND.update((typed, (word,)) for typed, word in CONTRACTIONS.items())
_EXPAND.update((typed, tuple(words.split())) for typed, words in CREOLE_WORDS.items())
_EXPAND.update(
    (typed, (AMBIGUOUS_CONTRACTIONS[typed],)) for typed in ("ill", "lets", "hes", "shes")
)

# Two words the recognizer or a typist splits that mean one.
_MERGE: dict[tuple[str, str], tuple[str, ...]] = {
    ("home", "work"): ("homework",),
    ("the", "rapist"): ("therapist",),
    ("uh", "huh"): ("uhhuh",),
    ("mm", "hmm"): ("mhm",),
    ("mm", "hm"): ("mhm",),
    ("uh", "uh"): ("uhuh",),
    ("what", "is"): ("what's",),
    ("that", "is"): ("that's",),
    ("it", "is"): ("it's",),
    ("i", "would"): ("i'd",),
    ("we", "are"): ("we're",),
    ("i", "will"): ("i'll",),
    ("check", "list"): ("checklist",),
    ("that", "will"): ("that'll",),
    ("to", "day"): ("today",),
    # the recognizer's homophones in check-in answers: "ticked of", "out of thyme", "one know"
    ("ticked", "of"): ("ticked", "off"),
    ("checked", "of"): ("checked", "off"),
    ("of", "thyme"): ("of", "time"),
    ("one", "know"): ("one", "no"),
    ("my", "mined"): ("my", "mind"),
    ("to", "of"): ("two", "of"),  # "i did to of them"
    ("an", "our"): ("an", "hour"),  # "talking for an our"
    ("sum", "of"): ("some", "of"),  # "sum of it yeah"
    ("too", "of"): ("two", "of"),
    # Caribbean "she" as an object: "ask she dat", "i need she explain again"
    ("ask", "she"): ("ask", "her"),
    ("tell", "she"): ("tell", "her"),
    ("need", "she"): ("need", "her"),
    ("want", "she"): ("want", "her"),
}
_MERGE.update((pair, (word,)) for pair, word in SPELLED_OUT_CONTRACTIONS.items())


class Token(NamedTuple):
    word: str  # canonical lowercase form
    start: int  # offset of the word in the original text
    end: int


def tokenize(text: str) -> list[Token]:
    """Canonical words of ``text`` with their spans; fillers are kept (the body needs them)."""
    raw: list[Token] = []
    for m in _WORD.finditer(text):
        word = m.group().lower().translate(_APOSTROPHES)
        start, end = m.span()
        if word.isdecimal():  # not isdigit: "¹" is a digit int() rejects
            raw.extend(Token(w, start, end) for w in recognized_number_words(word))
        else:
            word = with_dropped_g_restored(word)
            raw.extend(Token(w, start, end) for w in _EXPAND.get(word, (word,)))
    raw = [
        t._replace(
            word=_spoken(
                raw[k - 1].word if k else "",
                t.word,
                raw[k + 1].word if k + 1 < len(raw) else "",
                # the next word as said: "a tink" is "i think", "a think" stays
                text[raw[k + 1].start : raw[k + 1].end].lower() if k + 1 < len(raw) else "",
            )
        )
        for k, t in enumerate(raw)
    ]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        if i + 1 < len(raw) and (merged := _MERGE.get((raw[i].word, raw[i + 1].word))):
            out.extend(Token(w, raw[i].start, raw[i + 1].end) for w in merged)
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return out


# "an" before a consonant is "and" run short ("an she say i must"), and before these words no
# article stands; "an hour", "an idea" stay.
_AN_IS_AND_BEFORE = frozenset(
    "he her him his here how have had has i i'm i've i'd i'll it it's if even e".split()
)


# Krio "de" after its subject marks the tense ("a de tink"); elsewhere it is Caribbean "the".
_DE_MARKS_AFTER = frozenset("a i mi me we dem una e you".split())


def _spoken(before: str, word: str, following: str, following_said: str) -> str:
    if is_spoken_i(word, following, following_said):
        return "i"
    if word == "de" and before not in _DE_MARKS_AFTER:
        return "the"
    if word == "an" and (following in _AN_IS_AND_BEFORE or following[:1] not in "aeiouh"):
        return "and"
    return word


def content_words(tokens: list[Token]) -> list[str]:
    """The words that carry meaning: fillers and "you know" dropped."""
    kept = [t.word for t in tokens if t.word not in FILLERS]
    # a stammered first sound is not a word: "w why do i" is "why do i"
    words = [
        w
        for k, w in enumerate(kept)
        if k + 1 == len(kept) or not is_stammered_sound(w, kept[k + 1])
    ]
    if "know" in words:
        words = _drop_you_know(words)
    return words


_ASKS_YOU = frozenset({"do", "did", "if", "would", "don't", "how"})
_WH = frozenset({"what", "how", "why", "if", "whether", "when", "where", "who"})


def _drop_you_know(words: list[str]) -> list[str]:
    # "you know" is filler except in a real question: "do you know", "you know what".
    out: list[str] = []
    i = 0
    while i < len(words):
        if (
            words[i] == "you"
            and words[i + 1 : i + 2] == ["know"]
            and (not out or out[-1] not in _ASKS_YOU)
            and (i + 2 >= len(words) or words[i + 2] not in _WH)
        ):
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out
