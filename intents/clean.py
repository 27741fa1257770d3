"""The text to file: what was said minus fillers, stutters and repeated words.

"um so like we talked about uh my mom" is filed as "we talked about my mom" (the lead and
leading fillers go in ``lead.py``; this drops the rest). The raw transcript is kept on the
item beside it. Where nothing is dropped the text is returned untouched, punctuation and
all; where something is, the words kept are joined with the spacing they had.
"""

from __future__ import annotations

from .normalize import FILLERS, Token, tokenize

# Repeats that are the meaning, not a stutter ("very very", "no no" as an answer is not filed).
_MEANT_TWICE = frozenset(
    {
        "very",
        "really",
        "so",
        "much",
        "more",
        "over",
        "again",
        "bye",
        "ha",
        "la",
        "night",
        "day",
        "little",
        "far",
        "long",
    }
)
_ASKS_YOU = frozenset({"do", "did", "if", "would", "don't", "how", "can", "could"})
_WH = frozenset({"what", "how", "why", "if", "whether", "when", "where", "who"})
_LONGEST_REPEAT = 3


def _dropped(tokens: list[Token]) -> set[int]:
    drop = {i for i, t in enumerate(tokens) if t.word in FILLERS}
    words = [t.word for t in tokens]
    for i in range(len(words) - 1):
        # "you know" as filler, not "do you know" or "you know what happened".
        if (
            words[i] == "you"
            and words[i + 1] == "know"
            and (i == 0 or words[i - 1] not in _ASKS_YOU)
            and (i + 2 >= len(words) or words[i + 2] not in _WH)
            and i + 2 < len(words)
        ):
            drop |= {i, i + 1}
    kept = [i for i in range(len(words)) if i not in drop]
    # A stutter or false start: the same one to three words said twice in a row.
    j = 0
    while j < len(kept):
        for n in range(_LONGEST_REPEAT, 0, -1):
            first = [words[k] for k in kept[j : j + n]]
            second = [words[k] for k in kept[j + n : j + 2 * n]]
            if len(second) == n and first == second and not (n == 1 and first[0] in _MEANT_TWICE):
                drop |= set(kept[j : j + n])
                break
        j += 1
    return drop


def clean_body(text: str) -> str:
    """``text`` without fillers, "you know" and repeated words; unchanged if none are there."""
    tokens = tokenize(text)
    drop = _dropped(tokens)
    if not drop or len(drop) == len(tokens):
        return text
    out: list[str] = []
    last_kept, last_end = -2, -1
    for i, t in enumerate(tokens):
        if i in drop or t.start < last_end:
            continue
        piece = text[t.start : t.end]
        if last_kept == i - 1 and out:
            out.append(text[last_end : t.end])
        else:
            out.append((" " if out else "") + piece)
        last_kept, last_end = i, t.end
    if last_kept == len(tokens) - 1:
        out.append(text[last_end:])  # the closing punctuation, if any
    return "".join(out).strip()
