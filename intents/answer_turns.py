"""Check-in answers whose verdict turns on what is said around the doing, not in the doing.

Added after round 26 by concept: the day asked about is the one left out ("every day except
today"), the yes was about another day ("i'm thinking of monday"), too attached to it to skip,
a doubt that became the whole of it, a wrong belief put right by looking ("thought i'd only
done half but the chart's all filled in"), exposure sat through until the fear fell, a doing or
a not-doing denied ("it's not like i did none of it"), an event that cut it short, and the rest
put off after a part was done.
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL

_PART = re.compile(r"\b(?:only|half|part|partly|some|a bit|a little|a few|once)\b")

# The asked-about day is the one left out: "every day this week except today" is a no for today.
_ALL_BUT_TODAY = re.compile(
    r"\b(?:every|each) (?:day|night|morning|evening|other day)(?: this week| so far| last week)?"
    r"|\ball (?:week|the other days|the rest of the week)\b"
)
_TODAY_LEFT_OUT = re.compile(
    r"\b(?:except|but|apart from|other than|bar|save for|not) (?:for )?(?:today|tonight|this "
    r"(?:morning|evening|afternoon))$"
)
# Too attached to it to skip: a negated skip is a doing ("couldn't bring myself to skip it").
_COULD_NOT_SKIP = re.compile(
    r"\b(?:couldn't|could not|can't|cannot|didn't have the heart to|wouldn't let myself|"
    r"won't let myself) (?:bring myself to |stand to |bear to )?(?:skip|miss|ditch|bail on|"
    r"blow off|drop|break the streak)\b"
)
# A doubt turned into the whole of it: "i thought no way but then i did it all before bed".
_TURNED_TO_ALL = re.compile(
    r"\bbut (?:then|later|in the end|eventually|after all)\b"
    r"(?!.*\b(?:not|didn't|couldn't|never|only|half|some|most|part)\b)"
    r".*\b(?:(?:did|do|done|finished|got through) (?:it|them) all|all of it|"
    r"the whole (?:thing|lot)|every (?:bit|page|minute|step))\b"
)
# A wrong belief put right by looking: "thought i'd only done half but the chart's all filled in".
_MISTAKEN_BELIEF = re.compile(
    r"\b(?:thought|assumed|was sure|figured|reckoned|worried) (?:that )?i(?:'d| had| did| was)\b"
    r".*?\bbut\b(?P<after>.*)$"
)
_ALL_THERE = re.compile(
    r"\b(?:it's|it is|it was|they're|they are|they were|everything's|everything is|everything "
    r"was|the (?:whole )?(?:chart|sheet|diary|log|page|week)(?:'s| is| was)) (?:all )?(?:filled in|"
    r"filled out|ticked|done|complete|completed|there|finished|written up)\b|"
    r"\bi (?:had|did) (?:done )?(?:it all|them all|all of (?:it|them)|the lot|every (?:day|one))\b"
)
# The yes was about another day: "i did it yes well no actually i'm thinking of monday".
_ANOTHER_DAY_MEANT = re.compile(
    r"^(?:(?:actually|wait|sorry|hang on|hold on|oh|no) )*(?:i'm|i am|i was) (?:thinking of|"
    r"mixing (?:it |that )?up with|confusing (?:it |that )?with|remembering) (?:last )?(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|the weekend)$"
)
# A not-doing denied: "it's not like i did none of it" is some of it, or all where it says so.
_DENIED_NOT_DOING = re.compile(
    r"^(?:it's|it is|it was) not (?:like|as if|that) i (?:did none|did nothing|skipped|missed|"
    r"forgot|ignored|blew)\b"
)
# A doing denied and nothing after: "it's not like i did it" is a no.
_DENIED_DOING = re.compile(
    r"^(?:it's|it is|it was) not (?:like|as if) i (?:did|done|finished|got (?:to|round to)|"
    r"touched|started) (?:it|them|any of it|anything)(?: (?:really|anyway|though|honestly))?$"
)
_ALL_SAID = re.compile(
    r"\b(?:every|all of|the whole|all the|the lot|each)\b|"
    r"^ i (?:did|do|done|finished) (?:it|them)\b(?!.*\b(?:only|half|part|some|bit|once)\b)"
)
# Cut short by something that happened: the doing before it is a part.
_CUT_SHORT_BY = re.compile(
    r"\bthen (?:[\w']+ ){1,2}(?:threw up|was sick|fell over|fell off|woke up|started crying|"
    r"started screaming|came home|came in|needed me|got hurt)\b|"
    r"\b(?:the )?(?:phone|doorbell|door bell|alarm) (?:rang|went|went off)\b|"
    r"\b(?:the |my )?(?:baby|babies|kid|kids|children|toddler|twins|son|daughter|dog|boss) "
    r"(?:woke(?: up)?|came in|started crying|kicked off|needed me|called|walked in|barged in)\b|"
    r"\b(?:someone|somebody) (?:knocked|came to the door|called|rang)\b|"
    r"\bgot called (?:away|in|out)\b|\bthe power (?:went|cut)\b"
)
_SOME_DONE_AROUND = re.compile(
    r"\bfor (?:like |about |maybe |only |just )?(?:a|one|two|three|five|ten) (?:minute|minutes|"
    r"second|seconds|page|pages)\b|"
    r"\b(?:at|after) (?:minute|page|step) \w+\b|\b\w+ minutes? in\b|"
    r"\b(?:started|began|did|managed|got through) (?:a|one|two|three|four|five|ten|the first|"
    r"about|maybe|only|just|half|some)\b|"
    r"\b(?:started|began) (?:it|them|the \w+)\b"
)
_CUT_BEFORE_START = re.compile(r"\bbefore i (?:could )?(?:start|begin|even|get going|do)\b")
# Part done and the rest put off: "did two of the three, the third one i'll do tomorrow".
_REST_LATER = re.compile(
    r"\b(?:the (?:third|second|last|other|rest|next)|the rest of (?:it|them)|the other (?:one|half|"
    r"bit)s?)\b(?: [\w']+){0,3}? (?:i'll|i will|gonna|going to|i'm going to) (?:do|finish|get to)\b"
)
_PART_DONE = re.compile(
    r"\bi (?:did|done|managed|finished|got through) (?:one|two|three|four|five|the first|some|half|"
    r"part)\b"
)
# Exposure sat through until the fear fell: the whole of it ("stayed till the panic dropped").
_STAYED_UNTIL_EASED = re.compile(
    r"\b(?:stay|stayed|stays|staying|sat|sit|stood|stand|remained|waited|hung on|held on) "
    r"(?:\w+ ){0,6}?(?:till|until|til) (?:the |my |it |all the )?(?:fear|panic|anxiety|"
    r"nerves|worry|dread|urge|feeling|wave|heart)?(?: \w+)?\s?(?:drop|dropped|drops|went down|"
    r"goes down|came down|come down|passed|pass|settled|settle|eased|ease|faded|fade|calmed|"
    r"calm|peaked|gone|went away|subsided|died down)\b"
)
_WANTING = re.compile(r"\b(?:didn't|did not|couldn't|could not|never|not|wasn't|left|ran)\b")


def turn_answer(joined: str) -> str | None:
    """The label these concepts decide for an answer, or None to go on."""
    if _REST_LATER.search(joined) and _PART_DONE.search(joined):
        return ANSWER_PARTIAL
    if _TODAY_LEFT_OUT.search(joined) and _ALL_BUT_TODAY.search(joined):
        return ANSWER_NOT_DONE
    if _ANOTHER_DAY_MEANT.search(joined):
        return ANSWER_NOT_DONE
    if _COULD_NOT_SKIP.search(joined) and not _PART.search(joined):
        return ANSWER_DONE
    if _TURNED_TO_ALL.search(joined):
        return ANSWER_DONE
    if (belief := _MISTAKEN_BELIEF.search(joined)) is not None:
        after = belief.group("after")
        if _ALL_THERE.search(after) and not _WANTING.search(after):
            return ANSWER_DONE  # the chart, not the worry, has the last word
    if _STAYED_UNTIL_EASED.search(joined) and not _WANTING.search(joined):
        return ANSWER_DONE
    if _DENIED_DOING.search(joined):
        return ANSWER_NOT_DONE
    if (denied := _DENIED_NOT_DOING.search(joined)) is not None:
        rest = joined[denied.end() :]
        last = rest[rest.rfind(" i ") :] if " i " in rest else rest
        return ANSWER_DONE if _ALL_SAID.search(last) else ANSWER_PARTIAL
    if (event := _CUT_SHORT_BY.search(joined)) is not None:
        if _CUT_BEFORE_START.search(joined, event.end()):
            return ANSWER_NOT_DONE
        if _SOME_DONE_AROUND.search(joined):
            return ANSWER_PARTIAL  # "the baby woke at minute three so i did three minutes"
    return None
