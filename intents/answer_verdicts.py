"""Check-in answers that state their own verdict, the last rules before the model decides.

Added after rounds 11 to 14 by concept: a story closed with a verdict ("so i'd call that a
yes", "that counts as a no"), a failure named as the answer ("a total washout"), a doing with
nobody or nothing as its object ("i rang no one"), a story closed with "so no" and the task
("so no diary tonight"), a start that was never returned to, a doing that ran past the plan
("ended up walking for two hours"), "i didn't ... i did it" where the closing claim stands; a
count said beside the plan, an amount short of it; done as asked, cut short, handed over,
turned back, walked past; "yeah no" and "yeah and no".
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL
from .lexicon import ONES, TENS

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
    r"off)\b.*\b(?:never|didn't|did not|couldn't|could not) (?:got?|get|come|came|went|go) "
    r"(?:back|round|around) (?:to|into)\b"
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
# Added after round 12, by concept: a count said beside the plan ("did two i was meant to do
# three"), an amount short of the plan ("ten minutes not thirty"), one part done and another
# skipped, a misheard "slipped my mind", a denied "didn't", and a task named then a bare "no".
_COUNTS = {w: i for i, w in enumerate(ONES)}
_COUNTS.update({w: 10 * i for i, w in enumerate(TENS) if w != "_"})
_COUNTS.update({"none": 0, "once": 1, "twice": 2})
_PLAN_MARKER = re.compile(
    r"\b(?:planned|plan was|supposed to|meant to|asked for|asked me to|was to|goal was|target "
    r"was|aim was|wanted me to|told me to|should have done|should've done)\b|"
    # "she said three calls and i made one": the plan is the count she said
    r"\b(?:she|he|they) (?:said|wanted|set)(?= (?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|twenty|thirty|a couple)\b)"
)
_DOING = re.compile(r"\b(?:did|done|wrote|managed|got through|finished|read|walked|made|went)\b")
_SHORT_OF_PLAN = re.compile(
    r"\b(?P<did>\w+)(?: (?:minutes?|mins?|pages?|times?|rounds?|reps?|laps?|things?|days?))? "
    r"(?:not|instead of|rather than|short of) (?:the )?(?P<plan>\w+)\b"
)
_ONE_DONE_ONE_SKIPPED = re.compile(
    r"\bdid (?:the |my )?(?:\w+ )?(?:one|part|half|bit|session)\b.*\b(?:skip|skipped|missed|"
    r"didn't do|left|dropped|not) (?:the |my )?(?:\w+ )?(?:one|part|half|bit|session)\b"
)
_SLIPPED_MIND = re.compile(r"\b(?:slipped|slept) (?:my|me|the) (?:mind|mined|mine|mend|mond)\b")
# Added after round 14, by concept: a whole done said of the task ("every bit of it got done"),
# "ticked off" alone, "yeah and no" (some) and "yeah no" (no), one part yes and another no,
# time run out, and a sneer that lists the day's obstacles before "i did loads".
_ALL_GOT_DONE = re.compile(
    r"\b(?:every bit|all|the whole thing|the whole lot|the lot|each bit|every part)(?: of it)? "
    r"(?:got done|was done|got finished|got ticked off)\b"
)
_TICKED_OFF = re.compile(
    r"^(?:all |yep |yes |yeah )?(?:ticked|checked|crossed) off$|"
    r"^(?:yes |yeah |yep )?(?:you can )?(?:tick|check|cross) (?:that|it|this|them) off$"
)
_YES_AND_NO = re.compile(r"^(?:yeah|yes|yep) and no$")
_YEAH_NO = re.compile(r"^yeah no\b(?!.*\b(?:i did|did it|done)\b)")
_PART_YES_PART_NO = re.compile(
    r"\bone (?:yes|yeah|yep|done)\b.*\bone (?:no|nope|nah|not)\b|\bone (?:no|nope|nah|not)\b"
    r".*\bone (?:yes|yeah|yep|done)\b"
)
_OUT_OF_TIME = re.compile(r"^(?:i )?(?:just |simply )?ran out of (?:time|day|hours)$")
_SNEER_AFTER_OBSTACLES = re.compile(
    r"^(?:oh sure|oh yeah sure|sure sure|oh totally|oh yes|yeah right)\b.*\b(?:in between|"
    r"between|after|with|on top of)\b.*\bi did (?:loads|tons|heaps|plenty|so much|lots)\b"
)
_DENIED_DIDNT = re.compile(
    r"\b(?:wouldn't|would not|can't|cannot|couldn't|won't) (?:say|claim|pretend) (?:that )?i "
    r"(?:didn't|did not|haven't)\b"
)
_TOPIC_THEN_NO = re.compile(
    r"^(?:the|my|that|this|your) (?:[\w']+ ){1,3}(?:no|nope|nah)\b(?! (?:problem|worries|doubt|"
    r"way|issue|bother)\b)"
)


# Added after round 13, by concept: done the way it was asked ("just like she said"), a
# start cut short by what came next ("the first few bites and then ..."), the hard part handed
# to someone else, a try that never reached the end, working up to it and turning back, the
# task walked past all day, and a denied "did".
_AS_ASKED = re.compile(
    r"\b(?:just |exactly )?(?:like|as|the way) (?:she|he|they|the therapist|my therapist|the "
    r"doc|you) (?:said|asked|showed me|told me|suggested|wanted)"
    # and how it went: "like she said felt great"
    r"(?: (?:and )?(?:it )?(?:felt|was|went) (?:great|good|amazing|nice|lovely|fine|okay|ok|"
    r"brilliant|really good|so good))?$"
)
_BUT_NOT = re.compile(r"\bbut (?:i )?(?:didn't|did not|never|couldn't|could not)\b")
_CUT_SHORT = re.compile(
    r"\bfor (?:like )?the first (?:few|couple of|two|three|five|ten) [\w']+ (?:and )?then\b"
)
_HANDED_OVER = re.compile(
    r"\bbut (?:i )?(?:got|had|let) (?:my |a |the )?[\w']+ (?:to )?do (?:the|all the|most of the)\b"
)
_NEVER_REACHED_END = re.compile(
    r"\b(?:gave it a go|had a go|tried|started|began|gave it a shot)\b.*\b(?:didn't|did not|"
    r"couldn't|never) (?:get to|reach|make it to|get through to) the end\b"
)
_TURNED_BACK = re.compile(
    r"\b(?:trying|tried|tryna) to (?:work|build|psych|get|gear) (?:myself )?up\b.*\b(?:then|"
    r"and|but) (?:i )?(?:just )?(?:drove|went|walked|turned|came|headed|gave up|left)\b"
)
_WALKED_PAST = re.compile(
    r"\b(?:walked|went|looked|stepped) (?:right )?(?:past|by) (?:it|them|the \w+)\b(?: [\w']+)"
    r"{0,4} (?:times|all day|every time|all week)\b"
)
_DENIED_DID = re.compile(
    r"\b(?:wouldn't|would not|can't|cannot|couldn't) (?:say|claim|pretend) (?:that )?i "
    r"(?:did|done|finished|managed)\b"
)


def _count(word: str, following: str) -> int | None:
    if word == "too" and following.endswith("s"):
        return 2  # "i wrote too things": the recognizer's "two"
    return _COUNTS.get(word)


def count_against_plan(joined: str) -> str | None:
    """ "did it once i was meant to do it three times" -> partial; "planned three did three" ->
    done. The first count after the plan is what was planned; another count is what was done."""
    plan = _PLAN_MARKER.search(joined)
    if plan is None or not _DOING.search(joined):
        return None
    words = joined.split()
    at_plan = len(joined[: plan.end()].split())
    counts = [
        (i, value)
        for i, word in enumerate(words)
        if (value := _count(word, words[i + 1] if i + 1 < len(words) else "")) is not None
    ]
    planned = next((value for i, value in counts if i >= at_plan), None)
    done = [value for i, value in counts if i < at_plan] + [
        value for i, value in counts if i >= at_plan
    ][1:]
    if planned is None or planned == 0 or len(done) != 1:
        return None
    if done[0] == 0:
        return ANSWER_NOT_DONE
    return ANSWER_DONE if done[0] >= planned else ANSWER_PARTIAL


def short_of_plan(text: str) -> bool:
    """ "ten minutes not thirty": an amount said against a larger planned one."""
    return any(0 < did < planned for did, planned in _amounts_against_plan(text))


def over_plan(text: str) -> bool:
    """ "did twenty instead of ten": an amount said against a smaller planned one."""
    return any(0 < planned < did for did, planned in _amounts_against_plan(text))


def _amounts_against_plan(text: str) -> list[tuple[int, int]]:
    pairs = []
    for m in _SHORT_OF_PLAN.finditer(text):
        did, planned = _COUNTS.get(m.group("did")), _COUNTS.get(m.group("plan"))
        if did is not None and planned is not None:
            pairs.append((did, planned))
    return pairs


def verdict_answer(joined: str) -> str | None:
    """The label an answer's own verdict decides, or None to leave it to the model."""
    if (stated := _STATED_VERDICT.search(joined)) is not None:
        return _VERDICT_WORDS[stated.group("verdict")]
    if _SNEER_AFTER_OBSTACLES.search(joined) or _YEAH_NO.search(joined):
        return ANSWER_NOT_DONE
    if _OUT_OF_TIME.search(joined):
        return ANSWER_NOT_DONE
    if _YES_AND_NO.search(joined) or _PART_YES_PART_NO.search(joined):
        return ANSWER_PARTIAL
    if _TICKED_OFF.search(joined) or _ALL_GOT_DONE.search(joined):
        return ANSWER_DONE
    if (counted := count_against_plan(joined)) is not None:
        return counted
    if short_of_plan(joined) or _ONE_DONE_ONE_SKIPPED.search(joined):
        return ANSWER_PARTIAL
    if _SLIPPED_MIND.search(joined) or _TOPIC_THEN_NO.search(joined):
        return ANSWER_NOT_DONE
    if _DENIED_DIDNT.search(joined):
        return ANSWER_DONE
    if _DENIED_DID.search(joined) or _TURNED_BACK.search(joined) or _WALKED_PAST.search(joined):
        return ANSWER_NOT_DONE
    if _CUT_SHORT.search(joined) or _HANDED_OVER.search(joined):
        return ANSWER_PARTIAL
    if _NEVER_REACHED_END.search(joined):
        return ANSWER_PARTIAL
    if _AS_ASKED.search(joined) and not _TAKEN_BACK.search(joined):
        # "made the list but didn't read it out loud like she said": one step of it left out
        short = _BUT_NOT.search(joined) or re.search(
            r"\bnot (?:every|all|the whole|each|daily)\b", joined
        )
        return ANSWER_PARTIAL if short else ANSWER_DONE
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
