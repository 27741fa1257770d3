"""Check-in questions a person would ask: "Did you do your breathing exercise today?".

Pure and rule-based, so each rule can be read and argued with. The homework text is
how it was said in a reflection ("you should try to notice when i get home from
work", "she wants me to call my sister before sunday"); the question keeps only the
task, in the second person, in a few words:

1. drop who asked for it and how ("she wants me to", "you should try to", "i need to");
2. drop how often and by when ("twice a day", "every morning", "before sunday"): the
   schedule says that, and "today" or "yet" asks about it;
3. cut a long task at its first comma or clause ("... when i feel anxious");
4. turn "i/my/me" into "you/your/you", and a following "when i get" into "when you got";
5. ask "Did you <task> today?" of a recurring task and "Have you <done task> yet?" of a
   one-off; "be kinder to yourself" asks "Were you ...", "don't X" asks "manage not to X",
   "no screens" asks "avoid screens", and a bare noun ("journaling") asks "do your ...".
"""

from __future__ import annotations

import re

from assistant.spoken_numbers import say_numbers

MAX_WORDS = 8  # longer than this and the question stops sounding like a person's

_FILLERS = re.compile(r"^(?:(?:um+|uh+|so|like|okay|ok|well|and|also|oh)\s+)+")
_WHO = (
    r"(?:she|he|they|you|we|(?:my |the )?(?:therapist|doctor|counselor|counsellor"
    r"|psychiatrist|psychologist)|dr \w+)"
)
# Who asked for it and how it was put: never part of the question.
_LEAD = re.compile(
    r"^(?:(?:my |the |this week's |our )(?:homework|assignment|task|exercise|plan)"
    r"(?: for (?:this|the) week)?(?: is| was)?(?: to)?[:,]?\s+"
    r"|(?:homework|assignment|task|exercise)(?: for (?:this|the) week)?(?: is| was)(?: to)?\s+"
    rf"|{_WHO}\s+(?:wants|want|asked|told|said|suggested|would like|wanted|thinks|recommended"
    r"|agreed)\s+(?:that\s+)?(?:me\s+|i\s+|i'd\s+|i'll\s+)?(?:should\s+|could\s+|would\s+)?(?:to\s+)?"
    rf"|{_WHO}\s+(?:should|could|might|must|need to|have to|ought to)\s+"
    r"|i(?:'m| am) (?:supposed|meant|going|asked|told|trying) to\s+"
    r"|i(?:'ll| will|'d| would| should| could| must| might)\s+(?:probably\s+|really\s+)?"
    r"|i (?:need|have|want|ought|got|gotta|hope|plan|promised|agreed|decided) to\s+"
    r"|i gotta\s+|homework[:,]?\s+)"
)
_SOFTENERS = re.compile(r"^(?:(?:probably|really|maybe|just|actually|also|definitely)\s+)+")
_TRY_TO = re.compile(r"^(?:try|remember|make sure|aim|start|continue|keep trying) to\s+")
# How often, and when it is due: the plan says that.
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|weekday)s?"
_DUE = re.compile(
    r"\s+(?:until|before|by)\s+(?:the\s+)?(?:next\s+)?(?:session|appointment|time|week|"
    rf"{_DAYS}|tomorrow|the end of the week|end of the week)\b.*$"
    r"|\s+(?:between sessions|this week|this weekend|next week)\b"
)
_OFTEN = re.compile(
    r"\s+(?:(?:every|each|per)\s+(?:single\s+)?(?:other\s+)?(?:day|night|morning|evening|"
    rf"afternoon|week|{_DAYS})"
    r"|(?:once|twice|\w+ times)(?:\s+(?:a|per|every|each)\s+(?:day|week|night|morning))?"
    r"|(?:a|per) (?:day|week|night)(?=\s*(?:,|$))"
    r"|daily|nightly|weekly|in the mornings?|in the evenings?|at night|every now and then"
    r"|(?:on|at|over) the weekend"
    r"|morning and night|(?:each|every) time)\b"
)
_BREAKS = {
    "when",
    "whenever",
    "before",
    "after",
    "instead",
    "until",
    "because",
    "if",
    "while",
    "so",
    "even",
    "without",
    "that",
    "which",
    "who",
    "and",
    "but",
}
_WH = {"what", "how", "why", "where"}
_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "am": "are",
}
_DETERMINERS = {
    "a",
    "an",
    "the",
    "your",
    "this",
    "that",
    "some",
    "these",
    "those",
    "one",
    "two",
    "three",
    "more",
    "less",
}
# Base-form verbs that start a homework task.
VERBS = set(
    "journal write practice practise read call walk meditate go take do try notice track list "
    "say spend make keep use fill complete finish log record reach text talk ask tell stretch "
    "exercise run breathe sleep eat drink plan schedule review think reflect limit avoid put set "
    "get turn leave visit listen watch draw sit stay check send book prepare name give let "
    "allow repeat remind thank pause rest cook clean tidy look count jot note hug play sing "
    "dance paint swim bike cycle phone email join attend start stop apply challenge ride find "
    "buy open cut learn write identify catch replace question notice be have see wake "
    "celebrate share write rate mark drop sort pick choose work focus spend buy apologise "
    "apologize forgive accept thank greet eat".split()
)
_DANGLING = set(
    "a an the your and or but so if as than to for of in on at by with without from into "
    "about out up when while before after you that what".split()
)
# After "when you": the verb in the past, so the question's tense agrees.
_CLAUSE_PAST = {
    "get": "got",
    "feel": "felt",
    "wake": "woke",
    "go": "went",
    "come": "came",
    "leave": "left",
    "have": "had",
    "are": "were",
    "'re": "were",
    "start": "started",
    "notice": "noticed",
    "shut": "shut",
    "need": "needed",
    "want": "wanted",
    "think": "thought",
    "see": "saw",
    "hear": "heard",
    "do": "did",
    "eat": "ate",
}
_PARTICIPLES = {
    "be": "been",
    "begin": "begun",
    "buy": "bought",
    "catch": "caught",
    "choose": "chosen",
    "do": "done",
    "draw": "drawn",
    "drink": "drunk",
    "eat": "eaten",
    "find": "found",
    "forgive": "forgiven",
    "get": "got",
    "give": "given",
    "go": "gone",
    "have": "had",
    "keep": "kept",
    "leave": "left",
    "let": "let",
    "make": "made",
    "put": "put",
    "read": "read",
    "ride": "ridden",
    "run": "run",
    "say": "said",
    "see": "seen",
    "send": "sent",
    "set": "set",
    "sit": "sat",
    "sleep": "slept",
    "speak": "spoken",
    "spend": "spent",
    "swim": "swum",
    "take": "taken",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "wake": "woken",
    "write": "written",
    "cut": "cut",
    "learn": "learned",
    "sing": "sung",
}
_NO_DOUBLING = {
    "open",
    "listen",
    "visit",
    "enter",
    "offer",
    "email",
    "journal",
    "focus",
    "limit",
    "text",
    "jot",
    "fix",
    "mix",
    "show",
    "play",
    "stay",
    "pay",
}


def _participle(verb: str) -> str:
    """ "call" -> "called", "write" -> "written", "stop" -> "stopped", "try" -> "tried"."""
    if verb in _PARTICIPLES:
        return _PARTICIPLES[verb]
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ied"
    if (
        len(verb) <= 4
        and verb not in _NO_DOUBLING
        and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb)
    ):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def _clean(text: str) -> list[str]:
    words = " ".join(text.lower().replace("’", "'").split()).rstrip(".!?;")
    for _ in range(3):  # "um so she wants me to try to ..." peels in layers
        words = _FILLERS.sub("", words)
        words = _LEAD.sub("", words, count=1)
        words = _SOFTENERS.sub("", words)
        words = _TRY_TO.sub("", words, count=1)
    words = _DUE.sub("", words)
    words = _OFTEN.sub("", words)
    words = words.split(",")[0] if len(words.split(",")[0].split()) >= 2 else words
    words = re.sub(r"[,;:]", " ", words)
    return [_PRONOUNS.get(word, word) for word in words.split()]


def _shorten(tokens: list[str]) -> list[str]:
    if len(tokens) > MAX_WORDS - 1:
        breaks = [n for n in range(2, len(tokens)) if tokens[n] in _BREAKS | _WH]
        tokens = tokens[: breaks[0]] if breaks else tokens[:MAX_WORDS]
        while len(tokens) > 1 and tokens[-1] in _DANGLING:
            tokens.pop()
    # "when you get home" -> "when you got home", agreeing with "did" or "have".
    for n in range(len(tokens) - 2):
        if tokens[n] in {"when", "whenever", "if", "after", "before"} and tokens[n + 1] in (
            "you",
            "you're",
        ):
            if tokens[n + 1] == "you're":
                tokens[n + 1 : n + 2] = ["you", "were"]
            else:
                tokens[n + 2] = _CLAUSE_PAST.get(tokens[n + 2], tokens[n + 2])
    return tokens


def task_words(text: str) -> list[str]:
    """The task as base-form words in the second person: "call your sister"."""
    tokens = _shorten(_clean(text))
    if not tokens:
        return ["do", "your", "homework"]
    if tokens[0] in ("don't", "dont", "never") and len(tokens) > 1:
        return ["manage", "not", "to", *tokens[1:]]
    if tokens[0] == "no" and len(tokens) > 1:
        return ["avoid", *tokens[1:]]
    if tokens[0] == "not" and len(tokens) > 1:
        return ["manage", "not", "to", *tokens[1:]]
    if tokens[0] in VERBS:
        return tokens
    if tokens[0] in _DETERMINERS:
        return ["do", *tokens]
    return ["do", "your", *tokens]


def checkin_question(text: str, cue: str | None = None, *, once: bool = False) -> str:
    """The question for one check-in; `once` asks whether a one-off task is done yet."""
    tokens = task_words(text)
    cue_words = (cue or "").strip().rstrip(".!?").lower()
    if cue_words and cue_words not in " ".join(tokens):
        tokens = [*tokens, *cue_words.split()]
    verb, rest = tokens[0], tokens[1:]
    if once:
        question = " ".join(["Have you", _participle(verb), *rest]) + " yet?"
    elif verb == "be":
        question = " ".join(["Were you", *rest]) + " today?"
    else:
        question = " ".join(["Did you", verb, *rest]) + " today?"
    return say_numbers(question)


_DEADLINE = re.compile(rf"\b(?:before|by|until)\s+((?:next\s+)?(?:{_DAYS}|tomorrow))\b")


def deadline_in(text: str) -> str | None:
    """ "call my sister before sunday" -> "sunday": a one-off, better asked once."""
    match = _DEADLINE.search(text.lower())
    return match[1] if match else None
