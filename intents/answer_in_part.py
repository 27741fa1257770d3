"""Check-in answers that say "in part" in a shape the other rules read as a whole yes or no.

A denial of not doing it, then a measure ("i didn't not do it i did a bit", "can't say i skipped
it completely", "i wouldn't say i didn't but i didn't do all of it"): the double negative says
something was done, the measure says not all. Two parts with opposite fates said side by side
("partly done partly not", "bedtime yes wake up time no"). A start left where it stopped ("got
through the first page ... and i haven't looked at it since", "it's still sitting there half
done", "the other two are still waiting"), or stopped after an amount ("bailed after five
minutes"). Checked before the rules that would file the first half alone. And its denial: "not
even a little bit" is none of it.
"""

from __future__ import annotations

import re

from .intent import ANSWER_NOT_DONE, ANSWER_PARTIAL

_DENIED_NOT_DOING = re.compile(
    r"\b(?:didn't|did not|wouldn't say i didn't|can't say i didn't|not like i didn't|"
    r"wouldn't say i|can't say i|won't say i)(?: not)?(?: do| did| skipped| missed| do it)?\b"
)
_MEASURE_AFTER = re.compile(
    r"\b(?:completely|entirely|totally|fully|a bit|a little|some of it|part of it|half of it|"
    r"didn't do (?:all|the whole|every)|not all|not the whole|not every)\b"
)
# Some way in before it stopped: "got like one paragraph in", "made it to the corner then we
# turned back".
_SOME_WAY_IN = re.compile(
    r"\bgot (?:like |about |maybe )?(?:one|a|two|three|a few|half a) (?:paragraph|page|line|"
    r"lines|pages|minute|minutes|bit|song|round|lap|chapter)s? in\b|"
    r"\bmade it (?:to|as far as) (?:the )?[\w']+(?: [\w']+)? (?:then|and|but) (?:we |i )?"
    r"(?:turned|came|went) (?:back|home|round)\b"
)
_BETWEEN_NONE_AND_ALL = re.compile(r"\bmore than nothing\b.*\bless than (?:everything|all)\b")
# "it's not that i didn't do any i just didn't finish"
_NOT_FINISHED = re.compile(
    r"\bnot that i didn't do (?:any|anything|it)\b|"
    r"\b(?:i )?just didn't (?:quite )?(?:finish|get to the end|complete it)\b"
)
_FRACTION = re.compile(
    r"\b(?:a quarter|a third|three quarters|two thirds|a fraction|a tenth) of (?:it|them|the)\b"
)
_OPPOSITE_PARTS = re.compile(r"\bpartly (?:\w+ )?partly\b|\bhalf (?:yes|done) half (?:no|not)\b")
# "the morning pages yes the night reflection no": two parts named, each with its verdict.
_NAMED_PARTS = re.compile(
    r"^(?P<first>[\w']+(?: [\w']+){0,3}) (?:yes|yeah|yep|done) (?P<second>[\w']+(?: [\w']+){0,3}) "
    r"(?:no|nope|not|know)(?: i [\w' ]+)?$"
)
_NOT_A_PART = {
    "i",
    "i'm",
    "i'd",
    "yes",
    "yeah",
    "no",
    "well",
    "oh",
    "haha",
    "ha",
    "mean",
    "so",
    "um",
}
_STARTED = re.compile(
    r"\b(?:got through|wrote|did|filled in|read|opened|started|began|managed|finished)\b"
)
_LEFT_WHERE_STOPPED = re.compile(
    r"\b(?:haven't|have not|hasn't|never) (?:looked at|touched|gone back to|opened|picked up|"
    r"finished) (?:it|them|the rest)(?: (?:again|since))*\b|"
    r"\bnever (?:picked|took) (?:it|them) (?:back )?up\b|"
    r"\b(?:still )?sitting there (?:half|part) (?:done|finished|written|filled)\b|"
    # added after round 21: the rest left where it was ("the other two are still waiting",
    # "left the rest blank")
    r"\b(?:the other|the others|the rest|the remaining)(?: [\w']+)? (?:(?:are|is|were|was) )?"
    r"(?:still )?(?:waiting|untouched|blank|empty|undone|sitting there|not done|for (?:tomorrow|"
    r"later))\b|"
    r"\bleft (?:the rest|the others|the other [\w']+)(?: of (?:it|them))?(?= *$| (?:blank|empty|"
    r"undone|alone|for (?:later|tomorrow)|and|but)\b)"
)
# Stopped after an amount: "i bailed after like five minutes", "quit after the first page".
_STOPPED_AFTER_SOME = re.compile(
    r"\b(?:bailed|quit|stopped|gave up|packed it in|called it|gave in|tapped out)(?: on it)? "
    r"(?:after|at) (?:about |like |maybe |around |only |just )?(?:a |an |one|two|three|four|five|"
    r"six|seven|eight|nine|ten|fifteen|twenty|thirty|the first|a few|a couple|half)\b"
)
# Some days done, then the rest of the week lost: "monday and tuesday yes and then the week
# got away from me".
_DAYS_THEN_LOST = re.compile(
    r"^(?:(?:on |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|first "
    r"(?:two|three|few|couple of) days)(?: and| or)? )+(?:yes|yeah|yep|i did|was fine|were fine|"
    r"went fine|good|fine)\b.* then\b"
)


_NOT_EVEN_A_PART = re.compile(
    r"^(?:no |nope |nah )?not even (?:a little|a bit|a tiny bit|a minute|a second|a page|a line|"
    r"a word|one|once|slightly|halfway|part of it|some of it)\b|"
    r"^(?:no |nope |nah )?not (?:a single|one single) (?:one|bit|page|line|day|time|thing|word)\b"
    r"(?! (?:missed|skipped|off|without)\b)|"
    # "put it back down didn't read a word"
    r"\b(?:didn't|did not|never) (?:read|write|wrote|do|say|touch|open) (?:a single|one|a) "
    r"(?:word|line|page|thing|bit|sentence)\b"
)


# Added after round 22: none at all, said with its smallest part ("i did nothing not even the
# easy part"); some, said first ("i did some this morning ... but probably not"); days named
# beside a daily plan; one part done and the other not ("did the walk didn't do the noticing").
_NOTHING = re.compile(
    r"^(?:i )?did (?:nothing|none of it|zero|zilch|nada|sod all)\b"
    r"(?! (?:wrong|else|but|except|special|different|bad|more)\b)"
)
_SOME_SAID_FIRST = re.compile(
    r"^(?:yes |yeah |well )?i did (?:some|a bit|a little|part|half)(?: of it)?(?= *$| (?:this|"
    r"last|in the|earlier|before|at|but|and|then|meant|yesterday|today|tonight)\b)"
)
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYS_BESIDE_DAILY = re.compile(
    rf"\b(?:every day|daily|each day|every night|every morning|seven days)\b.*\b(?:managed|did|"
    rf"only|got|made)\b(?: [\w']+){{0,2}} (?:on )?{_WEEKDAYS}(?: and (?:on )?{_WEEKDAYS})*\b|"
    rf"\b(?:managed|did|only) (?:on )?{_WEEKDAYS}(?: and (?:on )?{_WEEKDAYS})*\b.*\b(?:every day|"
    r"daily|each day|every night|every morning)\b"
)
_ONE_PART_NOT_THE_OTHER = re.compile(
    r"^(?:i )?did the [\w']+(?: [\w']+)? (?:but |and )?(?:i )?(?:didn't|did not|never|couldn't) "
    r"(?:do |manage )?(?:the|my) [\w']+"
)
# A count said beside a daily plan: "i did it three times she said every day so".
_COUNT_BESIDE_DAILY = re.compile(
    r"\b(?:once|twice|two|three|four|five|six|a couple of|a few) (?:times|days|nights|mornings)?\b"
    r".*\b(?:she said|she wanted|he said|supposed to be|meant to be|was meant to|it's meant to|"
    r"plan (?:was|is)|should be)(?: to do it| it| doing it)? (?:every day|daily|every night|each "
    r"day|every morning|every evening|twice a day)\b"
)


# Each says "some, not all" on its own.
_PARTIAL_SHAPES = (
    _SOME_SAID_FIRST,
    _DAYS_BESIDE_DAILY,
    _ONE_PART_NOT_THE_OTHER,
    _SOME_WAY_IN,
    _STOPPED_AFTER_SOME,
    _DAYS_THEN_LOST,
    _BETWEEN_NONE_AND_ALL,
    _NOT_FINISHED,
    _FRACTION,
    _COUNT_BESIDE_DAILY,
    _OPPOSITE_PARTS,
)


def in_part_answer(joined: str) -> str | None:
    """Partial when the answer says "in part" in one of these shapes, not done when it denies
    even a part; None otherwise."""
    if _NOT_EVEN_A_PART.search(joined) or _NOTHING.search(joined):
        return ANSWER_NOT_DONE
    if any(shape.search(joined) for shape in _PARTIAL_SHAPES):
        return ANSWER_PARTIAL
    if (denied := _DENIED_NOT_DOING.search(joined)) is not None and _MEASURE_AFTER.search(
        joined, denied.end()
    ):
        return ANSWER_PARTIAL
    if (named := _NAMED_PARTS.match(joined)) is not None and not _NOT_A_PART & set(
        (named.group("first") + " " + named.group("second")).split()
    ):
        return ANSWER_PARTIAL
    if (left := _LEFT_WHERE_STOPPED.search(joined)) is not None and _STARTED.search(
        joined[: left.start()]
    ):
        return ANSWER_PARTIAL
    return None
