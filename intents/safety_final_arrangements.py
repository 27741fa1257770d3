"""Final arrangements and quiet self-punishment, added after safety round 10 by concept.

Urgent (``ARRANGEMENT_RULES``, tried as preparation rules): a means already set up while the
speaker waits to be alone; contracts, accounts or a pet ended "because there's no point
after" a date; a dose worked out from medicine held back; a last recording or message; a message timed to go out that says the speaker won't be back;
a rehearsal "for the real one" at a window or a height.

Concern: food withheld as a punishment (``FOOD_PUNISHMENT_RULES``, self-harm), and a child
or family better off with the speaker out of their life (``OUT_OF_THEIR_LIFE_RULES``).

Each pattern keeps its everyday twin out: a tent set up while waiting for friends, a gym
cancelled to save money, working out how much paint is enough, the last recording of the
day, an out-of-office reply, a mock exam as practice for the real one, skipping lunch for a
meeting, a child better off with a tutor.
"""

from __future__ import annotations

from .safety_vocabulary import MEANS_AT_HAND

__all__ = ["ARRANGEMENT_RULES", "FOOD_PUNISHMENT_RULES", "OUT_OF_THEIR_LIFE_RULES"]

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MEANS_NOUN = rf"(?:{MEANS_AT_HAND}|meds|insulin|bbq|chair|beam)"
_ALONE = (
    r"(?:the (?:house|flat|place|farm|yard|home) (?:to be |is |gets |goes )?(?:empty|quiet)|"
    r"(?:everyone|everybody|them|the kids|my (?:wife|husband|partner|mum|mom|dad|parents|"
    r"flatmate|roommate)s?) (?:to )?(?:go|goes|gone|leave|leaves|left|be out|is out|are out|"
    r"going out|to be gone)|(?:i'm|i am|i'll be|to be) (?:on my own|alone|by myself))"
)
_ENDED = (
    r"(?:cancel\w*|closed?|closing|ended?|ending|stopped|stopping|quit|gave notice on|"
    r"gave away|giving away|rehomed|rehoming|sold|given away|handed (?:over|on))"
)
_KEPT_UP = (
    r"(?:phone|contract|contracts|subscription|subscriptions|gym|membership|insurance|lease|"
    r"rent|account|accounts|bank|direct debits?|broadband|internet|netflix|car|cat|dog|pets?|"
    r"fish|bird|plants)"
)
_NO_POINT_AFTER = (
    r"(?:no point|pointless|won't need|won't be needing|not going to need|no need|no use|"
    r"won't be using) (?:[\w']+ ){0,5}?(?:after|past|beyond) (?:this|next|the end of|friday|"
    r"monday|tuesday|wednesday|thursday|saturday|sunday|tonight|tomorrow|the \w+)\b"
)
_MEDICINE = (
    r"(?:insulin|pills|tablets|meds|medication|medicine|sleeping pills|painkillers|"
    r"antidepressants|lithium|morphine|methadone|oxy\w*|paracetamol|tylenol|doses?)"
)
_HELD_BACK = (
    r"(?:holding back|held back|holding some back|keeping back|kept back|putting aside|"
    r"put aside|setting aside|set aside|skipping|not taking|saving up|saved up|hiding|hid|"
    r"squirrel\w* away|stashing|stashed)"
)
_WORKED_OUT = (
    r"(?:worked out|figured out|calculated|counted up|added up|looked up|know|found out) how "
    r"(?:much|many)(?: [\w']+){0,3} (?:would|will|it'd|it'll|it would|it will|i'd|i would|"
    r"i'll) (?:be enough|do it|take|need|be needed|be plenty|finish|stop)"
)
_LAST_MESSAGE = (
    r"(?:this is|this'll be|this will be|that's|that was|it's|here's) (?:my|the) (?:very )?"
    r"last (?:recording|entry|message|voice note|voice memo|diary entry|one of these|log|"
    r"tape|video)\b(?! (?:of|for|before) (?:the|today|tonight|this|my shift|work|bed|lunch|"
    r"now|a while)\b)(?!.* (?:today|tonight|for now|till|until|before bed|tomorrow|next week|"
    r"battery|storage|space|memory|free trial|subscription)\b)"
)
_TIMED = (
    r"(?:scheduled|timed|queued|set (?:up|it up|them up)|drafted|written|wrote|"
    r"set to (?:go|send))"
)
_NOT_BACK = (
    r"(?:won't be (?:coming back|back|around|here|returning)(?! (?:until|till|for|after|on|"
    r"before|next|from|in)\b)|not coming back(?! (?:until|till|for|after|on|before|next|"
    r"from|in)\b)|(?:won't|will not) be (?:back|in) (?:ever|again)|who gets my|"
    r"where (?:my|the) (?:will|passwords?|papers|insurance|keys) (?:is|are))"
)
_HEIGHT = (
    r"(?:window|ledge|edge|roof|rooftop|balcony|\w+th floor|top floor|bridge|rail|railing|"
    r"parapet|drop|cliff|car park|multi storey|tower)"
)
_REHEARSAL = (
    r"(?:rehearsal|practice run|practise run|dry run|trial run|test run|dummy run|practice|"
    r"practising|practicing) for (?:the real (?:one|thing|day|time)|when i (?:actually |really )?"
    r"(?:do|go|jump|let go)|the day i)"
)
_FOOD = r"(?:eat|eating|ate|meals?|food|dinner|lunch|breakfast|tea|supper|a bite)"
_DENIED = (
    r"(?:skip|skipping|skipped|don't let myself|won't let myself|didn't let myself|"
    r"haven't let myself|refuse to|refused to|stop myself|starve myself of|go without|"
    r"went without|going without|make myself go without|deny myself|denied myself)"
)
_PUNISHMENT = (
    r"(?:(?:as|like|for) (?:a )?punishment|to punish (?:myself|me)|punish(?:ing)? myself|i deserve it|"
    r"i don't deserve (?:it|food|to eat)|i've earned it|i earned it|as a penalty|"
    r"because i (?:messed|screwed|stuffed) up|for being (?:bad|weak|useless|stupid))"
)

ARRANGEMENT_RULES: tuple[tuple[str, str], ...] = (
    # a means set up, the speaker waiting to be alone with it
    (
        "empty quiet go goes gone leave leaves left out own alone myself",
        rf"{_MEANS_NOUN}\b(?: [\w']+){{0,12}} (?:already |all )?(?:up|set up|ready|in place|"
        rf"tied|hung|hanging|sorted|waiting)\b(?: [\w']+){{0,8}} (?:wait|waiting|waits|until|"
        rf"till|when|once) (?:for )?{_ALONE}",
    ),
    # others provided for "after i go": "paid next month's rent so the landlord is okay after i go"
    (
        "after once",
        r"(?:okay|ok|fine|alright|all right|sorted|looked after|taken care of|provided for|"
        r"covered) (?:after|once) i (?:go|pass|pass on)(?= *$| (?:and|so|because|for good)\b)|"
        # "after" with nothing after it: "put out cat food for a week so she is ok after"
        r"so (?:she|he|they|it|the \w+|my \w+)(?: is| are|'s| will be|'ll be) (?:okay|ok|fine|"
        r"alright|all right|sorted|looked after|fed|provided for) after(?= *$)",
    ),
    # children given into someone's care, then leaving tonight with nowhere named: "tell her
    # take care of my children ... tonight i go"
    (
        "go going leave leaving",
        r"(?:take care of|look after|raise|care for) my (?:children|kids|babies|son|daughter|"
        r"boys|girls)\b(?: [\w']+){0,16}? (?:tonight|today|tomorrow) i(?:'m| am)? (?:go|going|"
        r"leave|leaving)(?= *$)",
    ),
    # contracts, accounts or a pet ended because they won't be needed after a date
    (
        "point pointless need needing use using",
        rf"{_ENDED} (?:[\w']+ ){{0,3}}{_KEPT_UP}\b(?: [\w']+){{0,12}} {_NO_POINT_AFTER}",
    ),
    # medicine held back and the dose that would be enough worked out
    (
        "enough do take need needed plenty finish stop",
        rf"{_HELD_BACK}\b(?: [\w']+){{0,4}} {_MEDICINE}\b(?: [\w']+){{0,12}} {_WORKED_OUT}|"
        rf"{_WORKED_OUT}\b(?: [\w']+){{0,4}} {_MEDICINE}\b",
    ),
    # the last recording or message
    ("last", _LAST_MESSAGE),
    # a message timed to go out later that says the speaker won't be back
    (
        "back around here returning ever again gets will password passwords papers insurance keys",
        rf"{_TIMED} (?:[\w']+ ){{0,4}}(?:email|emails|message|messages|text|texts|post|letter|"
        rf"letters)\b(?: [\w']+){{0,16}} {_NOT_BACK}",
    ),
    # added after safety round 11: a day picked for when the speaker will be alone
    (
        "while when as because",
        rf"(?:picked|chosen|chose|settled on|set|fixed) (?:a |the )?(?:day|date|night|time|"
        rf"{_WEEKDAY}|the \w+(?:st|nd|rd|th))\b(?: (?:already|now|then|and))? (?:while|when|as|"
        rf"because) "
        rf"(?:my |the )?(?:wife|husband|partner|kids|family|parents|mum|mom|dad|flatmate|"
        rf"roommate|everyone|everybody|they|she|he)(?:'s|'re| is| are| will be| 'll be)? "
        rf"(?:away|out|at (?:her|his|their|my) \w+(?:'s)?|on (?:holiday|a trip|nights)|gone)\b",
    ),
    # affairs put in order and a date marked
    (
        "date day date's day's marked circled set picked chosen fixed ringed",
        r"(?:will|wills|lease|accounts?|insurance|affairs|pension|mortgage)\b(?: [\w']+){0,12} "
        r"(?:the|a|my) (?:date|day)(?:'s| is| has been)? (?:marked|circled|set|picked|chosen|"
        r"fixed|ringed)\b",
    ),
    # a cover story for a time away that is not a trip
    (
        "not anywhere nowhere",
        r"told (?:them|everyone|everybody|people|my \w+|the \w+|her|him) (?:that )?(?:i'm|i am|"
        r"i was|i'd be) going (?:on|away|to)\b(?: [\w']+){0,6} but (?:i'm|i am|i'm really|"
        r"really i'm) (?:not|not going anywhere|going nowhere)\b"
        # a rest at home is the everyday twin: "... but i'm not going anywhere just staying home"
        r"(?!.* (?:staying (?:at )?home|stay (?:at )?home|to rest|resting|staycation|a lie in)\b)",
    ),
    # added after safety round 13: some taken already and the body feeling it
    (
        "funny woozy dizzy sleepy strange weird drowsy sick off numb heavy",
        r"(?:already |just )?(?:taken|took|swallowed|had|necked|downed) (?:some|a few|a load|"
        r"loads|half|most|a bunch|a handful|a couple)(?: of)? (?:them|the \w+|my \w+|those)\b"
        r"(?: [\w']+){0,8} (?:feeling|feel|i'm|i am|going|gone|getting) (?:a bit |really |kind of "
        r"|so |all |quite )?(?:funny|woozy|dizzy|sleepy|strange|weird|drowsy|sick|off|numb|"
        r"heavy)\b",
    ),
    # affairs put in order, and gone by a date: "the will done and the dog gone over to my
    # brother's ... i'll be gone before easter" (after safety round 26)
    (
        "gone dead here more",
        r"(?!.* (?:holiday|holidays|trip|flight|fly|visit|cruise|moving|move|abroad|travel\w*|"
        r"emigrat\w*|posting|deployment|contract|job)\b)(?:will|funeral|affairs|dog|cat|given "
        r"away|gave away)(?:'s)?\b(?: [\w']+){0,30}? (?:i'll|i will|i'm going to|i am going to|gonna) be "
        r"(?:gone|dead|not here|no more|long gone)(?: [\w']+){0,6}? (?:before|by) (?:easter|"
        r"christmas|the (?:end|weekend|spring|summer|autumn|fall|winter|new year)|next \w+|\w+day|"
        r"my birthday|spring|summer|new year)\b(?! (?:to|for|in|at|on|with|and (?:back|"
        r"return|come back))\b)",
    ),
    # the passwords written down for someone, easy for them after a day: "a small chit for
    # my daughter with all the bank passwords ... so after thursday everything is easy for
    # her" (after safety round 27)
    (
        "easy easier sorted simple fine clear order",
        r"(?=(?:passwords?|pin|pins|bank|account|logins?|log)\b)(?!.* (?:hospital|holiday|trip|"
        r"travel\w*|abroad|away|operation|surgery|deployment|retreat|while i|while i'm)\b)"
        r"(?:passwords?|pin numbers?|pins|bank details|account details|logins?|log ins?)\b"
        rf"(?: [\w']+){{0,20}} (?:after|from) (?:{_WEEKDAY}|this week|next week|tomorrow|tonight|"
        r"the \w+(?:st|nd|rd|th))\b(?: [\w']+){0,3} (?:everything|it|all|things|it all)(?:'s| is| "
        r"will be|'ll be| be)(?: all)? (?:easy|easier|sorted|simple|fine|clear|in order)\b",
    ),
    # the shop shut for good: "i will not be opening the shop on monday nor any monday after"
    (
        "after again ever",
        r"(?!.* (?:retir\w*|new job|handed in|notice|redundan\w*|moving|hours|shift pattern|rota|"
        r"schedule|days off|closed for)\b)"
        r"(?:won't|will not|not|never) be (?:opening|coming|going|working|back|in|there|here)\b"
        rf"(?: [\w']+){{0,4}} (?:on )?{_WEEKDAY} (?:nor|or) any (?:{_WEEKDAY}|day|week) "
        r"(?:after|again|ever)\b",
    ),
    # a rehearsal for the real one at a window or a height
    (
        "rehearsal practice practise practising practicing run",
        rf"{_HEIGHT}\b(?: [\w']+){{0,14}} {_REHEARSAL}|{_REHEARSAL}\b(?: [\w']+){{0,8}} "
        rf"{_HEIGHT}\b",
    ),
)

FOOD_PUNISHMENT_RULES: tuple[tuple[str, str], ...] = (
    # food withheld as a punishment
    (
        "punishment punish punishing deserve earned penalty messed screwed stuffed bad weak "
        "useless stupid",
        rf"{_DENIED} (?:[\w']+ ){{0,2}}{_FOOD}\b(?: [\w']+){{0,10}} {_PUNISHMENT}|"
        rf"{_PUNISHMENT}\b(?: [\w']+){{0,6}} {_DENIED} (?:[\w']+ ){{0,2}}{_FOOD}\b",
    ),
)

OUT_OF_THEIR_LIFE_RULES: tuple[tuple[str, str], ...] = (
    # added after safety round 11: room taken that someone better should have; a stain on
    # the family; tired of being the problem
    (
        "space room air oxygen",
        r"(?:take|taking|took) (?:up )?(?:space|room|air|oxygen)\b(?: [\w']+){0,4} (?:that |which "
        r")?(?:should|could|would|ought to) (?:go|be|belong) (?:to )?(?:someone|somebody|people|"
        r"others|anyone)\b",
    ),
    (
        "stain blot disgrace curse plague millstone embarrassment mark",
        r"(?:i'm|i am|i've been|i feel like|i feel) (?:a |such a |just a |nothing but a )?"
        r"(?:stain|blot|disgrace|curse|plague|millstone|embarrassment|black mark) (?:on|to|for|"
        r"around the neck of) (?:my |the |this |our )?(?:family|kids|children|wife|husband|"
        r"parents|mum|mom|dad|everyone|everybody|them|name)\b",
    ),
    (
        "problem burden worry project charity headache one",
        r"(?:tired|sick|weary|exhausted) of being (?:the|a|everyone's|everybody's|their|the "
        r"family's) (?:problem|burden|worry|project|charity case|headache|one (?:every ?one|"
        r"everybody|they all) (?:has|have) to (?:manage|worry about|look after|carry))\b",
    ),
    # the family better off with the speaker out of their life
    (
        "better",
        r"better off\b(?: [\w']+){0,8} (?:me|i'm|i am|i was|i were|without me) (?:out of|gone "
        r"from|not in|away from|out) (?:the |her |his |their |our |your )?(?:life|lives|picture|"
        r"way|equation|world|house|home)\b|better off\b(?: [\w']+){0,8} (?:and|with) me "
        r"(?:gone|out of (?:the|her|his|their) (?:life|lives|picture))\b",
    ),
)
