"""A check-in story closed by a whole doing: the close decides.

"the site ran late and the ute broke down on the way home ... but i still sat in the truck and
wrote out the whole thought record"; "i almost cancelled everything but at the very end i sat
down and journaled the full two pages". What comes before the last turn is what stood in the
way, and the rules that read its "no", "write off" or "didn't" would file the doing as not
done. Checked first, and only on stories: a short answer has no obstacle to tell.
"""

from __future__ import annotations

import re

from .intent import ANSWER_DONE

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


def closing_answer(joined: str) -> str | None:
    """Done when a story's last turn closes on a whole doing; None when it does not."""
    if len(joined.split()) < _STORY_WORDS:
        return None
    turns = list(_TURN.finditer(joined))
    if not turns:
        return None
    close = joined[turns[-1].end() :]
    if _WHOLE_DOING.search(close) and not _HEDGE.search(close):
        return ANSWER_DONE
    return None
