"""Explicit lead phrases ("question ...", "add a note that ...") and the body to file.

GUIDELINES: an explicit lead word wins over whatever follows, and the body filed is the
utterance without it. Leading fillers ("um", "so like") are dropped from every body.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .intent import HOMEWORK, NEED, NOTE, QUESTION
from .normalize import FILLERS, Token

# Words a speaker puts before the point; dropped from the front of a body.
_LEADING_FILLERS = FILLERS | {
    "so",
    "like",
    "well",
    "okay",
    "oh",
    "yeah",
    "anyway",
    "anyways",
    "basically",
    "also",
    "and",
    "right",
    "alright",
    "now",
}
_LEADING_PAIRS = frozenset({("you", "know"), ("i", "mean"), ("all", "right")})

# "query" is a question's formal name ("query for next session whether ...").
_KINDS = {"note": NOTE, "question": QUESTION, "query": QUESTION, "homework": HOMEWORK, "need": NEED}

# Matched against the content words joined by single spaces.
_LEAD = re.compile(
    r"""^(?:(?:also|and|okay|so|oh|just|one)\s)*
    (?:(?:can|could|would|will)\syou\s(?:please\s)?(?:maybe\s)?(?:just\s)?|please\s)?
    (?:(?:add|make|log|save|file|mark|put|record|take|write|jot|here's|i\shave|i've\sgot|i\sgot)
       (?:\s(?:this|that|it))?(?:\s(?:down|in|under))?(?:\s(?:as|under|for))?\s)?
    (?:(?:a|an|another|new|quick|more|little|next|small|separate|one)\s){0,3}
    (?P<kind>note|question|query|homework|need)
    (?P<tail>\s(?:that|down\sthat|down|to\sself|to\smyself|for\smyself|for\sme|
       for\s(?:the\s)?next\s(?:session|time|week|appointment)))?
    \s(?=\S)""",
    re.VERBOSE,
)
# "my question is ...", "the homework is to ...": the label word as subject.
_SUBJECT = re.compile(
    r"^(?:(?:so|and|okay|also)\s)*(?:my|the)\s(?:next\s|other\s|new\s|one\s)?"
    r"(?P<kind>question|homework|need)\s(?:for\sthis\sweek\s|this\sweek\s)?is(?:\sto)?\s(?=\S)"
)
# "why do i wake at four put that down as a question", "... that's my homework": the lead said
# last, after the body.
_TRAILING = re.compile(
    r"\s(?:(?:so|and|okay|just)\s)*(?:(?:can|could|would)\syou\s)?(?:please\s)?"
    r"(?:(?:put|save|file|add|mark|log|make|record|keep|take)\s(?:that|this|it)(?:\sdown)?"
    r"\s(?:as|under|in)\s(?:a\s|an\s|my\s|the\s)?"
    # or named after it: "... go home early this is my homework"
    r"|(?:that's|that\sis|this\sis|it's)\s(?:my|the)\s(?:new\s)?)"
    r"(?P<kind>note|question|homework|need)s?"
    r"(?:\sfor\s(?:this|the)\sweek|\sshe\sgave\sme|\sshe\sset)?(?:\splease|\sthanks)?$"
)
_POLITE = frozenset({"can", "could", "would", "you", "please", "so", "and", "okay", "just"})
# After "homework"/"question" these make a command ("homework status"), not a lead.
_NOT_A_BODY = frozenset(
    {
        "status",
        "update",
        "updates",
        "progress",
        "check",
        "list",
        "please",
        "report",
        "summary",
        "so",
        "far",
        "left",
        "open",
        "done",
        "overview",
        "now",
        "time",
        "mode",
    }
)
# A first word after "homework" that makes a short rest a command ("homework left to do").
_COMMAND_WORDS = frozenset(
    {
        "status",
        "update",
        "updates",
        "progress",
        "check",
        "list",
        "report",
        "summary",
        "left",
        "overview",
    }
)
# "add a question about whether ..." files "whether ...".
_WH_AFTER_ABOUT = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who"})


class Lead(NamedTuple):
    label: str | None  # the label the lead word names, or None when there is none
    body: str  # the text to file


def body_start(tokens: list[Token], i: int = 0) -> int:
    """Index of the first token at or after ``i`` that is not a leading filler."""
    while i < len(tokens):
        w = tokens[i].word
        if i + 1 < len(tokens) and (w, tokens[i + 1].word) in _LEADING_PAIRS:
            i += 2
        elif w in _LEADING_FILLERS:
            i += 1
        else:
            break
    return i


def _cut(text: str, tokens: list[Token], i: int) -> str:
    if i >= len(tokens):
        return text.strip()
    return text[tokens[i].start :].strip().lstrip(":,;-–— ").strip()


def find_lead(text: str, tokens: list[Token]) -> Lead:
    """The lead word's label (if any) and the body: ``text`` minus lead phrase and fillers."""
    start = body_start(tokens)
    kept = [i for i in range(start, len(tokens)) if tokens[i].word not in FILLERS]
    words = [tokens[i].word for i in kept]
    joined = " ".join(words)
    m = _LEAD.match(joined) or _SUBJECT.match(joined)
    if m is None:
        t = _TRAILING.search(joined)
        if t is not None and not set(joined[: t.start()].split()) <= _POLITE:
            end = kept[joined[: t.start()].count(" ") + 1]
            body = text[tokens[start].start : tokens[end].start].strip().rstrip(":,;-–— ")
            return Lead(_KINDS[t.group("kind")], body.strip())
        return Lead(None, _cut(text, tokens, start))
    used = joined[: m.end()].count(" ")
    rest = words[used:]
    kind = _KINDS[m.group("kind")]
    status_words = set(rest) <= _NOT_A_BODY
    if (
        kind == QUESTION
        and status_words
        or kind == HOMEWORK
        and (status_words or rest[0] in _COMMAND_WORDS and len(rest) <= 4)
    ):
        return Lead(None, _cut(text, tokens, start))
    # Glue words left over from the lead: "need to ...", "need for ...", "about whether ...".
    if len(rest) > 1 and (
        kind == NEED
        and rest[0] in {"to", "for"}
        or kind == QUESTION
        and rest[0] == "about"
        and rest[1] in _WH_AFTER_ABOUT
    ):
        used += 1
    return Lead(kind, _cut(text, tokens, body_start(tokens, kept[used])))
