"""Check-in answers that state their own verdict, the last rules before the model decides.

Added after round 11 by concept: a story closed with a verdict ("so i'd call that a yes",
"that counts as a no"), a failure named as the answer ("a total washout"), a doing with
nobody or nothing as its object ("i rang no one"), a story closed with "so no" and the task
("so no diary tonight"), a start that was never returned to, a doing that ran past the plan
("ended up walking for two hours"), and "i didn't ... i did it" where the claim that closes
the answer stands.
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL

_VERDICT_WORDS = {
    "yes": ANSWER_DONE,
    "win": ANSWER_DONE,
    "success": ANSWER_DONE,
    "done": ANSWER_DONE,
    "pass": ANSWER_DONE,
    "no": ANSWER_NOT_DONE,
    "fail": ANSWER_NOT_DONE,
    "failure": ANSWER_NOT_DONE,
    "loss": ANSWER_NOT_DONE,
    "bust": ANSWER_NOT_DONE,
    "half": ANSWER_PARTIAL,
    "partial": ANSWER_PARTIAL,
    "half win": ANSWER_PARTIAL,
    "half yes": ANSWER_PARTIAL,
    "sort of yes": ANSWER_PARTIAL,
    "kind of yes": ANSWER_PARTIAL,
}
_VERDICT = "|".join(sorted(_VERDICT_WORDS, key=len, reverse=True))
_STATED_VERDICT = re.compile(
    rf"\b(?:(?:i'd|i would|i'll|let's|we'll|i'm gonna|i'm going to|gonna) (?:say|call|count|"
    rf"mark|put) (?:that|it|this|today)(?: one)?(?: down)? (?:as )?(?:a |an )?|(?:that|it|this|"
    rf"today) (?:counts|goes down|gets marked|is marked|can go down) as (?:a |an )?|"
    rf"(?:that's|that is|it's|it is) (?:a |an )?)(?P<verdict>{_VERDICT})"
    rf"(?: (?:from me|in my book|then|i guess|i reckon|really|for today|for me))?$"
)
_FAILURE_NAMED = re.compile(
    r"^(?:(?:\w+ ){0,2}(?:a |an |was |was a |was an |it's a |that's a |it was a |that was a )?"
    r"(?:total|complete|utter|epic|massive|big|absolute|real|proper|spectacular)? ?"
    r"(?:fail|failure|bust|write off|write-off|washout|wash out|flop|non starter|no go|"
    r"no show|dud|disaster))\b(?!.*\b(?:but|though|still|managed|did it|got it done)\b)"
)
_NOBODY_NOTHING = re.compile(
    r"\bi (?:\w+ed|did|wrote|made|rang|saw|read|went|got|sent|met|spoke to|talked to|reached "
    r"out to|did with) (?:nobody|no one|noone|nothing|nowhere|none of (?:it|them)|zero|"
    r"not a (?:single )?(?:soul|word|thing|line|page|step))\b(?! (?:wrong|else|different|bad|"
    r"new|special|much)\b)"
)
_SO_NO_TASK = re.compile(
    r"\bso (?:no|nope|nah|not)(?: \w+){1,3}$(?<!no problem)(?<!no worries)(?<!no biggie)"
    r"(?<!no harm)(?<!no complaints)"
)
_NEVER_RETURNED = re.compile(
    r"\b(?:started|began|did the first (?:half|part|bit|few)|got going|made a start|kicked "
    r"off)\b.*\b(?:never|didn't|did not|couldn't|could not) (?:got?|get|come|came) (?:back|"
    r"round|around) to\b"
)
_RAN_PAST = re.compile(
    r"\b(?:ended up|wound up|kept (?:on )?going|carried on)\b(?: [\w']+){0,4}? (?:a full|the full|"
    r"the whole|an extra|a whole|way longer|way past|longer than|past the|beyond the|for ages|"
    r"for hours|an hour|a full hour|over an hour|double)\b"
)
_CLOSING_DID_AFTER_DIDNT = re.compile(
    r"\bdidn't(?: \w+){0,2} i (?:did|do|really did|actually did) (?:it|them)(?: all| anyway)?$"
)
_TAKEN_BACK = re.compile(r"\b(?:only|half|part|partly|some of|a bit of)\b")


def verdict_answer(joined: str) -> str | None:
    """The label an answer's own verdict decides, or None to leave it to the model."""
    if (stated := _STATED_VERDICT.search(joined)) is not None:
        return _VERDICT_WORDS[stated.group("verdict")]
    if _CLOSING_DID_AFTER_DIDNT.search(joined):
        return ANSWER_DONE
    if _NEVER_RETURNED.search(joined):
        return ANSWER_PARTIAL
    if _FAILURE_NAMED.search(joined) or _NOBODY_NOTHING.search(joined):
        return ANSWER_NOT_DONE
    if _SO_NO_TASK.search(joined):
        return ANSWER_NOT_DONE
    if _RAN_PAST.search(joined) and not _TAKEN_BACK.search(joined):
        return ANSWER_DONE
    return None
