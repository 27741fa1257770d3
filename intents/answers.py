"""Check-in answers whose meaning is arithmetic or a double negative, decided by rule.

"five out of five", "a hundred percent" and "never missed a day" are all done, yet share
their words with partial and not-done answers; a linear model over words gets them wrong.
So are double negatives ("i didn't not do it"), idioms ("it slipped through the cracks",
"and then some"), a yes taken back ("yes but only two minutes") and self-corrections, where
the last word stands ("yes wait no").
"""

from __future__ import annotations

import re

from .answer_closing import closing_answer
from .answer_concepts import concept_answer
from .answer_in_part import in_part_answer
from .answer_turns import turn_answer
from .answer_verdicts import count_against_plan, short_of_plan, verdict_answer
from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL
from .lexicon import ONES, TENS

_UNITS = {w: i for i, w in enumerate(ONES)}
_UNITS.update({"none": 0, "no": 0, "nothing": 0, "once": 1, "twice": 2, "a": 1})
_TENS = {w: 10 * i for i, w in enumerate(TENS) if w != "_"}
_ALL = -1  # "all of seven": as many as asked

_NUMBER = (
    r"(?:(?:a|one) hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?: (?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|none|no|nothing|once|twice|all|both)"
)
_RATIO = re.compile(
    rf"\b({_NUMBER})(?: \w+)? (?:out of|of)(?: the)? ({_NUMBER})\b|"
    # "five for five", as a batting record says it (not "twice for ten minutes").
    rf"\b({_NUMBER}) for ({_NUMBER})\b(?! (?:minutes?|mins?|hours?|seconds?|secs?|days?|"
    r"weeks?|nights?|mornings?|evenings?|times?|rounds?|pages?|reps?|breaths?|goes?))"
)
_PERCENT = re.compile(rf"\b({_NUMBER}) (?:percent|per cent)\b")
_NEVER_MISSED = re.compile(
    # pidgin "i no skip am": "i didn't skip it"
    r"\b(?:never|didn't|did not|not|haven't|without|wouldn't|won't|i no) (?:once |even )?(?:miss|"
    r"missed|missing|skip|skipped|skipping|forget|forgot|forgotten)"
    r"(?: (?:a|any|one|once|a single|even one|it|them|that|this|am)\b|$)|"
    r"\b(?:didn't|did not|haven't|wasn't|can't say i didn't|wouldn't say i didn't|couldn't|"
    # "i didn't not do it", but not "i didn't, not once"
    # not "i didn't not want to", which denies a wish, not the doing
    r"could not|can't|cannot|wouldn't|would not) not\b"
    r"(?! (?:once|even|a single|one|at all|want|wanna|like|mind|care|enjoy|mean)\b)|"
    r"\bnot (?:not|un)(?:done|do|did)\b|\b(?:can't|cannot|couldn't) say i didn't\b|"
    r"\b(?:nobody|no one|noone) (?:can|could|would) say i didn't\b|"
    r"\bnot (?:one|a single) (?:day|night|time|session)s? (?:missed|skipped)\b|"
    r"\bwithout fail\b|\b(?:never|would never|wouldn't ever) not\b|"
    # Denying the skip, not the doing: "i wouldn't say i missed it", "can't claim i forgot".
    r"\b(?:wouldn't|would not|can't|cannot|couldn't|won't|don't) (?:say|claim|pretend) i "
    r"(?:skipped|missed|forgot|bailed|blew)\b"
)
# Idioms that say how it went without yes or no.
_DONE_IDIOMS = re.compile(
    r"\band then some\b|\bmore than (?:i was|she|he|they|asked|planned|needed|enough|i had|"
    r"i needed|i planned|required|expected)|\b(?:on it|did it) first thing\b|"
    r"\bchecked (?:it|that|them) off\b|\bknocked (?:it|that|them) out\b|"
    r"\b(?:nailed|crushed|smashed|aced) it\b|\bover and above\b|\babove and beyond\b|"
    r"\bdid (?:extra|double|it twice|even more)\b|\bwent (?:over|beyond)\b|"
    r"\bnot only did i\b|\b(?:ticked|crossed) (?:it|that|them) off\b|"
    r"\b(?:and|plus|with) (?:a (?:bit|little|few) |some )?(?:extra|more on top)\b|"
    # "i write the whole page not only the sentence"
    r"\b(?:the whole|all of|every)\b.*\bnot (?:only|just) (?:the|a|one)\b|"
    # "it's done no dramas": an all-clear after the doing
    r"\b(?:done|did it|did them|sorted|finished)(?: \w+){0,2} no (?:dramas|worries|problem|probs|"
    r"bother|sweat|biggie)\b"
)
# The whole of it, said as its size: "did the full ten minutes", "the entire list". Checked
# after the partial idioms, so "not the whole thing" stays partial.
_WHOLE_AMOUNT = re.compile(
    r"\b(?:did|do|got through|finished|completed|managed|went through|read|wrote|walked|"
    r"practised|practiced|kept) (?:\w+ )?(?:the|all) (?:full|whole|entire|complete)\b"
)
# Words that, near the whole amount, take it back ("didn't do the whole thing", "... but not").
_TAKEN_BACK = frozenset("not didn't never only except half some but couldn't wasn't".split())
# Said as a count against what was planned: "three times and the plan was three".
_COUNT_AGAINST_PLAN = re.compile(
    rf"\b({_NUMBER})(?: \w+){{0,3}}? (?:and|but|when|while|out of|though)? ?(?:the|my|her|his)? ?"
    rf"(?:plan|goal|target|aim|assignment|ask) (?:was|is|said|called for)(?: for)? ({_NUMBER})\b"
)
# Some, not all: "did it for a minute before i gave up", "not completely", "did the list but
# didn't do the ratings" (but "yesterday but not today" is a no for today).
_PARTIAL_IDIOMS = re.compile(
    r"\b(?:gave up|stopped) (?:halfway|partway|after|midway)|\bbefore i gave up\b|"
    r"\bnot (?:completely|fully|entirely|all of it|the whole|every (?:bit|part))\b|"
    r"\bjust not all\b|\bnot all\b|"
    r"\b(?:in progress|still (?:going|working on it|at it|on it)|working on it|halfway "
    r"(?:through|there|done)|part of the way|getting there|ongoing)\b|"
    r"\b(?:wrote|did|read|managed) (?:only |like |just )?(?:one|a|two|a couple of|a few) "
    r"(?:line|lines|sentence|sentences|word|words|minute|minutes)\b"
)
# "did it except for the weekend", "every night except friday": all but some.
_EXCEPT = re.compile(r"\b(?:did|done|managed|every|all|each)\b.*\bexcept\b")
# Once, for a task done every day or most days: "i did it once", "managed it one time".
_JUST_ONCE = re.compile(
    r"\b(?:did|done|managed|practiced|practised|tried) (?:it |that )?(?:just |only )?"
    r"(?:once|one time)$"
)
# Life in the way: a no, unless something was done first ("did one list and then life got
# in the way" is some of it).
# The whole of it done after all, once life had got in the way.
_ALL_OF_IT_LATER = re.compile(
    r"\bbut (?:then|later|in the end|eventually|after)\b(?!.*\b(?:not|didn't|only|half)\b).*"
    r"\b(?:all of it|the whole|the full|every bit|the lot)\b"
)
_INTERRUPTED = re.compile(
    r"\b(?:life|work|things|stuff|something|everything) (?:got in the way|came up|got on top|"
    r"happened|took over|kicked in)\b|\bit (?:kind of |sort of |just )?(?:fell off|fizzled out|"
    r"dropped off|tailed off)\b|\b(?:it all|everything|things) (?:fell apart|went (?:wrong|"
    r"pear shaped|south|out the window))\b|"
    r"\bran out of (?:time|steam|energy|days|hours|week)\b|"
    # The week gone, other things first, illness: life in the way by other names.
    r"\b(?:week|days|time) (?:just )?(?:disappeared|vanished|flew|went by|ran away|got away|"
    r"slipped by|evaporated)\b|\bwhere did the (?:week|time|days) go\b|"
    r"\b(?:wasn't|not|never) (?:a|my|the|top) (?:top )?priority\b|\b(?:took|taking) priority\b|"
    r"\bbigger fish\b|\bother (?:things|stuff) (?:going on|on my plate|came first)\b|"
    r"\bprioriti[sz]ed (?:other|something)\b|\b(?:was|been) dealing with\b|"
    r"\b(?:knocked|wiped|laid|flattened) me (?:out|up)\b|\b(?:was|been|got) (?:sick|ill|poorly|"
    r"unwell)\b|\bhad (?:covid|the flu|flu|a cold|a migraine|a bug|a virus)\b|"
    r"\bgot (?:too )?(?:busy|sidetracked|distracted|swamped|slammed)\b|"
    r"\b(?:ate|swallowed|consumed|took over|ate up|eaten) (?:up )?(?:my|the) (?:whole |entire )?"
    r"(?:week|days|time|weekend)\b"
)
_DONE_FIRST = re.compile(
    r"\b(?:i did|did (?:one|two|three|a|some|the|half|part|it|them)|managed|started|got through|"
    r"a (?:few|couple)|for a (?:bit|while|few)|got going|got started|began|made a start|"
    # days named before the interruption are the days it was done: "monday and tuesday then"
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) and)\b"
)
# A long story closed with its verdict: "... and i was like forget it so no".
# Also a rhetorical excuse closed with a no: "with three jobs are you kidding no".
_SO_NO = re.compile(
    r"\b(?:so|are you (?:kidding|joking|serious)(?: me)?|you(?:'re| are| must be) "
    r"(?:kidding|joking)(?: me)?|be serious|come on|seriously|no way) (?:no|nope|nah|not really)$"
)
# The mirror: "... wednesday was rough but i still did it so yes every day".
_SO_YES = re.compile(
    r"\bso (?:yes|yeah|yep|yup|all in all yes)(?: (?:every|each|all|the whole|really|i did)"
    r"(?: \w+){0,2})?$"
)
# "no cap", "no lie", "no joke" swear a statement is true; the "no" is not an answer.
_AFFIRMING_NO = re.compile(
    r"\b(?:no (?:cap|lie|lies|joke|kidding|word of a lie|exaggeration|bull|doubt|question)|"
    r"not (?:gonna|going to) lie|swear down|hand on heart|no (?:problem|problems|bother|sweat|"
    r"worries|trouble|issues|drama|biggie)(?: there)?)\b"
)
_DID_BUT_NOT = re.compile(
    r"\bdid (?!it yesterday)(?:\w+ ){0,4}?(?:but|except) (?:didn't|did not|"
    r"not|skipped|missed)\b"
)
_NOT_DONE_IDIOMS = re.compile(
    r"\bslipped (?:through the cracks|my mind|away)\b|\bfell (?:by the wayside|through|off)\b|"
    r"\bblew (?:it|that|them) off\b|\bstill on (?:my|the) (?:list|to do)\b|"
    r"\b(?:never|didn't|did not) get (?:a)?round to\b|\bdropped the ball\b|"
    r"\b(?:put|putting) (?:it|that) off\b|\blet (?:it|that) slide\b|"
    r"\b(?:haven't|ain't|didn't|never|hasn't|not) (?:even )?(?:touched|started|opened) "
    r"(?:it|that|them)\b|\b(?:didn't|did not) happen\b|"
    # A yes said in sarcasm: "yeah right like i had time", "oh sure ... as if".
    r"^(?:yeah|oh) right\b(?! (?:after|away|before|when i|as soon|then|at|on|in|this|first|once|"
    r"now))|\bas if$|\bas if i\b|\blike i had (?:the )?(?:time|energy|a minute|"
    r"a second)\b|"
    r"\bbut not today$|\bnot today (?:though|tho)$|\bnot a chance\b|\bzilch\b|\bnada\b|"
    # "forgot until just now when you asked"; "my follow through not so much"
    r"\bforgot (?:all about it )?(?:until|till) (?:just now|now|you asked|you said)\b|"
    r"\bfollow(?: |-)?through (?:not so much|was (?:zero|nil|lacking|rubbish|terrible|not))\b|"
    # "the spirit was willing but the flesh was weak"; a bare "missed it"
    r"\bthe flesh (?:was|is) weak\b|^(?:i )?(?:missed|skipped) it(?: today| again| sorry)?$|"
    # "good intentions mate road to hell", "non pas du tout"
    r"\broad to hell\b|\bpas du tout\b|\bniente\b|\bnein\b|"
    # a learner's present tense: "i forget completely", "i forget it"
    r"\bi forget (?:completely|totally|it|all about it|to do it|again)$|"
    r"\b(?:can't|cannot|couldn't) say i did\b|\b(?:was|is) not (?:completed|done|finished)\b|"
    r"\b(?:wasn't|isn't) (?:completed|done|finished)\b|\bstill (?:sitting|lying) (?:in|on)\b|"
    r"\bstayed (?:white|blank|empty|closed|shut)\b|\ball day in bed\b|\bin bed all day\b|"
    # Opened and put straight back: looked at, never begun.
    r"\b(?:opened|picked up|took out|took|got out|got|looked at) (?:it|them|the \w+|my \w+)"
    r"(?: out| up)? and (?:closed|shut|"
    r"put|set) (?:it|them)(?: (?:again|back|down|away)){0,2}$|"
    # Put off to later: "maybe tomorrow", "i'll get to it tonight".
    r"^(?:maybe|probably|hopefully|i guess)? ?(?:tomorrow|tonight|later|next week|"
    r"this weekend)\b|"
    # Done only in fantasy: "oh sure, in my dreams", "when pigs fly".
    r"\bin my (?:dreams|head|imagination)$|\bdream on\b|\bwhen pigs fly\b|"
    r"\bin (?:a|an|another) (?:parallel|alternate|other) (?:universe|life|world)\b|"
    # Meant to, never did: "i kept meaning to", "it got away from me", "the week ran off".
    r"\b(?:keep|keeps|kept|been|was) meaning to(?: \w+){0,4}$|"
    r"\bi (?:meant|intended) to(?: \w+){0,3}$|"
    r"\bhad (?:every|good|the best) intentions?(?: \w+){0,3}$|"
    r"\b(?:got|slipped|ran) (?:away|off) (?:from|on) me\b|\bgot away from me\b|"
    r"\bgot the better of me\b|\bnever (?:found|had|made) the time\b|"
    r"\b(?:i'll|i will|gonna|going to|i'm going to|i plan to|i hope to) "
    r"(?:do|get to|start|try) (?:it|that|them)? ?(?:tomorrow|tonight|later|this weekend|"
    r"next week)\b"
)
# "it's not that i love it but i did it": the last doing stands; "it's not like i did it" alone
# is a no, and a denied not-doing ("it's not like i skipped it") is judged whole by a concept.
_NOT_THAT = re.compile(
    r"^(?:it's|it is|it was) not (?:like|that) (?!i (?:did none|did nothing|skipped|missed|forgot|"
    r"ignored|blew)\b)\w.*\s(i (?:did|do|got|made)\b.*)$"
)
# "no the kids were sick all day": a bare no, then the reason; "no i didn't miss it" is caught
# before this by the double-negative rule.
_LEADING_NO = re.compile(
    r"^(?:no|nope|nah|naw|no no|not really)\b(?!.*\b(?:i did|did it|done|"
    r"yes|yeah|some|bit|half|part|partly|most|little|only|but|completely|"
    r"fully|entirely|all of it|the whole)\b)"
)
_SKIPPED = re.compile(
    r"^i (?:skipped|missed|forgot|bailed on) (?:it|(?:the|my) (?!weekend|"
    r"days?|nights?|mornings?|evenings?|end|last|first|second)\w+)"
    r"(?: \w+)?(?: today| this time| again)?$"
)
# "yes but only two minutes": a yes that takes most of itself back.
_BUT_ONLY = re.compile(
    r"^(?:yes|yeah|yep|yup|sure|i did|kind of|sort of)\b.*\b(?:but|though) (?:only|just|not "
    r"(?:all|the whole|every|much|long|completely|fully))\b"
)
# Words after which the speaker takes back what came before ("no wait yes"): the last stands.
_CORRECTION = re.compile(
    # "wait no i went back and finished it": the no belongs to the correction, not the answer.
    r"\b(?:(?:wait|hang on|hold on|but) no(?= i (?:went|did|do|finished|actually|got|made|had|have|"
    r"came|sat|ended)\b)|wait|no wait|actually no|"
    # "sorry" corrects only when an answer follows ("yes sorry no"); "not yet sorry been on the
    # road" is an apology
    r"sorry(?= (?:yes|yeah|no|nope|i did|i didn't|i mean|i meant|it was|that was|i only|i just|"
    r"not|wait|actually|i'm|i was)\b)|"
    # "ha kidding yes i did it": a joke taken back by the answer after it
    r"(?:just |ha |only )?(?:i'm )?(?:kidding|joking)(?= (?:yes|yeah|no|i did|i didn't|it's done|"
    r"done|did it)\b)|"
    # "actually" corrects only when an answer follows ("yes actually no"); "it actually
    # helped" is emphasis.
    r"actually(?= (?:no|yes|yeah|nope|nah|i did|i didn't|i do|i have|i haven't|i only|"
    r"i just|wait|twice|once|all|none|half|some|most|just|only|not)\b)|i mean|scratch that|"
    r"let me correct that|correction|no no|hold on|oh wait|but(?= (?:yes|no|yeah|nope)\b)|"
    r"just kidding|jk|i take that back|take that back|strike that|on second thought|"
    r"come to think of it|now that i think about it|or rather|never mind|hang on|let me think|"
    # "some of it no all of it": a bare no after an answer that a new amount replaces
    r"(?<=\w )no(?= (?:all|every|none|some|half|most|just|only|the whole|i did|i didn't|yeah|yes|"
    r"actually|twice|once|three|four|five|six|seven|i know|i'm sure|i am sure|i remember|"
    r"i definitely|definitely|for sure|i think|i only|i just|i never)\b))\b"
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
    """ "three out of seven" -> partial, "seven of seven" -> done, "zero of five" -> not done."""
    m = _RATIO.search(joined)
    if m is None:
        return None
    done_said, total_said = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    done, total = number_value(done_said), number_value(total_said)
    if done is None or total is None or total == 0:
        return None
    if done == 0:
        return ANSWER_NOT_DONE
    if done == _ALL or done >= total:
        return ANSWER_DONE
    return ANSWER_PARTIAL


# A count the recognizer heard as a preposition: "did it for days out of seven".
_HEARD_COUNT = re.compile(
    r"\b(for|too|to|won)(?= (?:days|nights|mornings|evenings|times|sessions) out of\b)"
)
_HEARD_AS = {"for": "four", "too": "two", "to": "two", "won": "one"}


def _count_word(m: re.Match[str]) -> str:
    return _HEARD_AS[m.group(1)]


# "twice actually once before work and once after": the times told one by one, not taken back
_TOLD_ONE_BY_ONE = re.compile(r"^(?:once|one) .*\band (?:once|one|the other)\b")


def without_oaths(words: list[str]) -> list[str]:
    """The answer without the oaths that only vouch for it ("no cap i did it" -> "i did it")."""
    joined = _AFFIRMING_NO.sub(" ", " ".join(words)).split()
    return joined if joined else words


# Words after which a closing "only" is Indian English emphasis ("fully forgot only"), not a
# part of the task ("five minutes only").
_EMPHASIS_ONLY_AFTER = frozenset(
    "forgot forgotten skipped missed not didn't nothing no done it all".split()
)


def _without_stutter(words: list[str]) -> list[str]:
    """A word said twice running once ("i did did ten ten minutes"; "so so" is a word, "not
    not" a double negative); a closing emphatic "only" dropped."""
    kept = [w for k, w in enumerate(words) if k == 0 or w != words[k - 1] or w in {"so", "not"}]
    if len(kept) > 1 and kept[-1] == "only" and kept[-2] in _EMPHASIS_ONLY_AFTER:
        kept = kept[:-1]
    return kept


def last_word_stands(words: list[str]) -> list[str]:
    """What is left after the speaker's last self-correction ("yes wait no" -> "no")."""
    words = _without_stutter(without_oaths(words))
    joined = " ".join(words)
    cut = None
    for m in _CORRECTION.finditer(joined):
        if (after := joined[m.end() :].strip()) and not _TOLD_ONE_BY_ONE.match(after):
            cut = m.end()
    if cut is None:
        if (plain := _NOT_THAT.match(joined)) is not None:
            return plain.group(1).split()
        return words
    rest = joined[cut:].split()
    return rest if rest else words


def rule_answer(words: list[str]) -> str | None:
    """The label a rule decides for this answer, or None to leave it to the model."""
    joined = _HEARD_COUNT.sub(_count_word, " ".join(words))
    if (
        label := closing_answer(joined)
        or in_part_answer(joined)
        or turn_answer(joined)
        or concept_answer(joined)
    ) is not None:
        return label
    if (life := _INTERRUPTED.search(joined)) is not None:
        if _ALL_OF_IT_LATER.search(joined, life.end()):
            return ANSWER_DONE  # "... sick all morning but then in the afternoon i did all of it"
        done_first = _DONE_FIRST.search(joined[: life.start()])
        return ANSWER_PARTIAL if done_first else ANSWER_NOT_DONE
    if _NOT_DONE_IDIOMS.search(joined) or _SO_NO.search(joined):
        return ANSWER_NOT_DONE
    if (
        _DONE_IDIOMS.search(joined)
        and not short_of_plan(joined)  # "twice not three times"
        and count_against_plan(joined) != ANSWER_PARTIAL  # "did it twice she wanted three"
    ):
        return ANSWER_DONE
    if _SO_YES.search(joined) and not _TAKEN_BACK & set(joined[joined.rfind(" so ") :].split()):
        return ANSWER_DONE
    if (
        _BUT_ONLY.search(joined)
        or _PARTIAL_IDIOMS.search(joined)
        or _DID_BUT_NOT.search(joined)
        or _EXCEPT.search(joined)
        or _JUST_ONCE.search(joined)
    ):
        return ANSWER_PARTIAL
    if (label := ratio_label(joined)) is not None:
        return label
    if (plan := _COUNT_AGAINST_PLAN.search(joined)) is not None:
        done, total = number_value(plan.group(1)), number_value(plan.group(2))
        if done is not None and total is not None and total > 0:
            return ANSWER_DONE if done == _ALL or done >= total else ANSWER_PARTIAL
    if (whole := _WHOLE_AMOUNT.search(joined)) is not None:
        before = set(joined[: whole.start()].split()[-3:]) - {"but"}  # "long day but i did"
        if not _TAKEN_BACK & (before | set(joined[whole.end() :].split())):
            return ANSWER_DONE
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
    if _LEADING_NO.search(joined) or _SKIPPED.search(joined):
        return ANSWER_NOT_DONE
    return verdict_answer(joined)
