"""Check-in answers whose meaning is arithmetic or a double negative, decided by rule.

"five out of five", "a hundred percent" and "never missed a day" are all done, yet share
their words with partial and not-done answers; a linear model over words gets them wrong.
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL

_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split()
)}
_UNITS.update({"none": 0, "no": 0, "nothing": 0, "once": 1, "twice": 2, "a": 1})
_TENS = {w: 10 * i for i, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
_ALL = -1  # "all of seven": as many as asked

_NUMBER = (
    r"(?:(?:a|one) hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?: (?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|none|no|nothing|once|twice|all|both)"
)
_RATIO = re.compile(rf"\b({_NUMBER})(?: \w+)? (?:out of|of)(?: the)? ({_NUMBER})\b")
_PERCENT = re.compile(rf"\b({_NUMBER}) (?:percent|per cent)\b")
_NEVER_MISSED = re.compile(
    r"\b(?:never|didn't|did not|not|haven't|without) (?:once )?(?:miss|missed|missing|skip|"
    r"skipped|skipping)(?: (?:a|any|one|once|a single|even one)\b|$)|"
    r"\bnot (?:one|a single) (?:day|night|time|session)s? (?:missed|skipped)\b|"
    r"\bwithout fail\b"
)
_HALF_HALF = re.compile(r"^(?:fifty fifty|every other (?:day|night)|half and half)\b")


def number_value(phrase: str) -> int | None:
    """The value of a spoken number up to "a hundred" ("sixty five" -> 65), else None."""
    words = phrase.split()
    if words[-1] == "hundred":
        return 100 if len(words) == 2 else None
    if words[0] in ("all", "both"):
        return _ALL
    if words[0] in _TENS:
        rest = _UNITS.get(words[1]) if len(words) > 1 else 0
        return None if rest is None else _TENS[words[0]] + rest
    return _UNITS.get(words[0]) if len(words) == 1 else None


def ratio_label(joined: str) -> str | None:
    """"three out of seven" -> partial, "seven of seven" -> done, "zero of five" -> not done."""
    m = _RATIO.search(joined)
    if m is None:
        return None
    done, total = number_value(m.group(1)), number_value(m.group(2))
    if done is None or total is None or total == 0:
        return None
    if done == 0:
        return ANSWER_NOT_DONE
    if done == _ALL or done >= total:
        return ANSWER_DONE
    return ANSWER_PARTIAL


def rule_answer(words: list[str]) -> str | None:
    """The label a rule decides for this answer, or None to leave it to the model."""
    joined = " ".join(words)
    if (label := ratio_label(joined)) is not None:
        return label
    if m := _PERCENT.search(joined):
        value = number_value(m.group(1))
        if value == 0:
            return ANSWER_NOT_DONE
        if value is not None and value > 0:
            return ANSWER_DONE if value >= 100 else ANSWER_PARTIAL
    if _NEVER_MISSED.search(joined):
        return ANSWER_DONE
    if _HALF_HALF.search(joined):
        return ANSWER_PARTIAL
    return None
