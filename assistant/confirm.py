"""Reading short spoken answers to the assistant's own questions: yes/no, and a kind."""

from __future__ import annotations

import re

_YES = re.compile(
    r"\b(yes|yeah|yep|yup|sure|correct|right|keep( it)?|that's right|okay|ok|fine|exactly|uh huh)\b"
)
_NO = re.compile(r"\b(no|nope|nah|wrong|not really|change( it)?|don't)\b")

KIND_WORDS = {
    "note": "note",
    "notes": "note",
    "question": "question",
    "questions": "question",
    "ask": "question",
    "homework": "homework",
    "task": "homework",
    "exercise": "homework",
    "need": "need",
    "needs": "need",
    "request": "need",
}


def yes_or_no(text: str) -> bool | None:
    """True for yes, False for no, None when it is neither or both."""
    text = text.lower()
    yes, no = bool(_YES.search(text)), bool(_NO.search(text))
    if yes == no:
        return None
    return yes


def kind_named(text: str) -> str | None:
    """The one kind a reply names ("a question", "make it homework"), else None."""
    named = {KIND_WORDS[word] for word in re.findall(r"[a-z]+", text.lower()) if word in KIND_WORDS}
    return named.pop() if len(named) == 1 else None
