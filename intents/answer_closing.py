"""A check-in story closed by a whole doing: the close decides.

"the site ran late and the ute broke down on the way home ... but i still sat in the truck and
wrote out the whole thought record"; "i almost cancelled everything but at the very end i sat
down and journaled the full two pages". What comes before the last turn is what stood in the
way, and the rules that read its "no", "write off" or "didn't" would file the doing as not
done. Checked first, and only on stories: a short answer has no obstacle to tell.

The speaker's own closing verdict decides the same way, at any length: "... and did the
breathing so it counts", "i got as far as buying the notebook does that count probably not so
no". So does having got only as far as getting ready ("got as far as buying the notebook"),
an excuse closed by an apology ("straight to bed every shift sorry"), a verdict the speaker
says would be a lie ("i'd be lying if i said no"), and a doing told with the reluctance it
overcame ("i did it even though i really didn't want to").
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE, ANSWER_NOT_DONE

_STORY_WORDS = 12
_TURN = re.compile(
    r"\b(?:but|still|in the end|eventually|at the (?:very )?end|finally|after (?:that|they|he|"
    r"she|all|dinner|work|tea))\b"
)
# A doing in the past tense, then the whole of it ("the full two pages", "every column").
_WHOLE_DOING = re.compile(
    r"\b(?:did|wrote|read|went|sat|got|made|called|rang|took|talked|spoke|ran|walked|kept|"
    r"filled|finished|completed|journaled|journalled|practised|practiced|logged|listed)\b"
    r"(?: [\w']+)*? (?:the whole|the full|the entire|the lot|every (?:single |last )?(?:line|"
    r"column|page|bit|entry|minute|one|word|box|round|step|item|question|thing)|all (?:of it|of "
    r"them|the (?:way|rounds|entries|steps|pages|minutes)|three|four|five|ten|twenty|thirty)|"
    r"start to finish|beginning to end|cover to cover|like (?:i said|she said|we (?:said|planned|"
    r"agreed)|planned|agreed)|exactly (?:as|like))\b"
)
# Anything in the close that takes part of it back.
_HEDGE = re.compile(
    r"\b(?:only|(?<!whole )(?<!full )half|part|partly|some|a bit|not|never|except|apart from|"
    r"most|almost|nearly|until|till|stopped|gave up|skipped|missed)\b|n't\b"
)


_CLOSING_YES = re.compile(
    r"\bwhy (?:would|wouldn't) i(?: not)?$|\bso (?:it|that|this) (?:counts|still counts)$|"
    r"\bso (?:yeah |yes |yep )?(?:done|it's done|all done)$|"
    r"\b(?:so |and )?(?:that's|it's) a (?:yes|tick)"
    r"(?: from me)?$"
)
_CLOSING_NO = re.compile(
    r"\b(?:does|would|will) (?:that|it|this) count (?:probably|i guess|i suppose|i doubt it)? ?"
    r"(?:not|no)\b(?: so no)?$|\bso no$|\bso that's a no$"
)
# Only got ready: "got as far as buying the notebook", "got as far as opening the app".
_ONLY_AS_FAR_AS_READY = re.compile(
    r"\bgot (?:as far as|to the point of) (?:buying|getting|opening|finding|printing|downloading|"
    r"setting up|putting|laying|taking out|sharpening|charging|installing|looking (?:at|for))\b"
)
_DOING = re.compile(r"\b(?:did|done|managed|finished|completed|got through|wrote|filled)\b")
_APOLOGY_CLOSE = re.compile(r"\b(?:i'm )?(?:so |really )?sorry(?: about that| again)?$")
_LIE_IF_SAID = re.compile(
    r"\b(?:i'd|i would) be lying if i (?:said|told you|say) "
    r"(?P<said>no|nope|yes|yeah|i did|i didn't|"
    r"i had|i hadn't|i skipped it|i did it|i didn't do it)$"
)
_SAID_YES = {"yes", "yeah", "i did", "i had", "i did it"}
# Done at last, said first: "yes finally after three days of putting it off" (after round 23).
_FINALLY = re.compile(r"^(?:yes|yeah|yep|yup) finally\b(?!.*\b(?:but|only|half|some|part)\b)")
# A promise owned up to: "sorry no i know i said i would" (added after round 22).
_SAID_I_WOULD = re.compile(
    r"\bi know i (?:said|promised|told (?:you|her|him|them)) (?:i'd|i would|i'll|i will)"
    r"(?: do it| get to it)?(?= *$| (?:but|sorry|and i didn't|i just|i'm sorry)\b)"
)
_DESPITE_RELUCTANCE = re.compile(
    r"^(?:yes |yeah |yep )?i (?:did|done|finished|managed) (?:it|them|the \w+|the lot)"
    r"(?: \w+){0,3} "
    r"(?:even though|although|though|despite|even if)\b"
)
# The finished thing, named: "the letter is written it's on my table", "the list is done".
_MADE_THING = re.compile(
    r"^(?:yes |yeah |yep )?(?:the|my) (?:[\w']+ )?[\w]+(?: is| are|'s| 's) (?:all )?(?:written|"
    r"done|finished|filled in|filled out|complete|completed|sent|posted|made)\b"
)
# Home too late and straight to bed: "by the time i got home i just went straight to bed".
_TOO_LATE_TO_BED = re.compile(
    r"\bby the time (?:i|we) got (?:home|back|in)\b.*\b(?:went (?:straight )?to bed|crashed|passed "
    r"out|fell asleep|was too (?:tired|late|wiped))\b(?!.*\b(?:did|done|managed|finished)\b)"
)
# "after putting it off all day i did do it": the closing claim stands.
_CLOSING_DID = re.compile(
    r"\b(?:i|and i) (?:did|finally did|actually did|did actually|still did) do it"
    r"(?: in the end| after all| anyway)?$"
)
# Sat down to it, then everything else until bed: "... and then it was midnight and i went to bed".
_EVERYTHING_ELSE = re.compile(
    r"\b(?:sat down|got ready|went|was about|meant|got everything out) to (?:do|start) it\b"
    r".*\bthen\b"
    r".*\b(?:went to bed|gave up|forgot|it was (?:midnight|too late|bedtime|gone \w+))\b"
    r"(?!.*\b(?:did it|done|finished|managed)\b)"
)
_IN_PART = re.compile(r"\b(?:half|some|part|a bit|a few|the first|most)\b")


def closing_answer(joined: str) -> str | None:
    """The label a story's close or the speaker's closing verdict decides; None otherwise."""
    if (lie := _LIE_IF_SAID.search(joined)) is not None:
        return ANSWER_NOT_DONE if lie.group("said") in _SAID_YES else ANSWER_DONE
    if _SAID_I_WOULD.search(joined):
        return ANSWER_NOT_DONE
    if _FINALLY.search(joined):
        return ANSWER_DONE
    if not _IN_PART.search(joined):
        if _MADE_THING.search(joined) and not re.search(r"\b(?:not|n't|never)\b", joined):
            return ANSWER_DONE
        if _CLOSING_DID.search(joined):
            return ANSWER_DONE
        if _EVERYTHING_ELSE.search(joined):
            return ANSWER_NOT_DONE
        if _DESPITE_RELUCTANCE.search(joined):
            return ANSWER_DONE
        if _APOLOGY_CLOSE.search(joined) and not _DOING.search(joined):
            return ANSWER_NOT_DONE
        if (
            _CLOSING_NO.search(joined)
            or _ONLY_AS_FAR_AS_READY.search(joined)
            or _TOO_LATE_TO_BED.search(joined)
        ):
            return ANSWER_NOT_DONE
        if _CLOSING_YES.search(joined):
            return ANSWER_DONE
    if len(joined.split()) < _STORY_WORDS:
        return None
    turns = list(_TURN.finditer(joined))
    if not turns:
        return None
    close = joined[turns[-1].end() :]
    if _WHOLE_DOING.search(close) and not _HEDGE.search(close):
        return ANSWER_DONE
    return None
