"""Risk said through everyday life, added after round 8 by concept (no round line copied).

Urgent (``LIFE_ADMIN_RULES``, tried as preparation rules): affairs put in order through
ordinary admin with a date behind it (messages timed to go out after, work covered with no
end, things handed on because they won't be needed, a list of who gets what once "i'm
gone", "the note" left somewhere), means obtained and waiting (poison poured into a cup,
drugs already packed, a blade hidden "ready"), voices that set a date, and an attempt told in
passing ("tied a cable ... and the frame broke").

Concern (``EVERYDAY_CONCERN_RULES`` for suicide, ``EVERYDAY_SELF_HARM_RULES``): treatment
let go "if it takes me it takes me", game slang for not wanting to live ("respawn ... irl"),
envying the dead, flat hopelessness ("nothing matters anymore"), self-injury with keys or
nails, and starving to punish the body. Each pattern keeps its everyday twin out with a
lookahead: a trip, leave or a move; a swing on a branch; an itch; a fast for health.
"""

from __future__ import annotations

from .safety_vocabulary import W

__all__ = ["EVERYDAY_CONCERN_RULES", "EVERYDAY_SELF_HARM_RULES", "LIFE_ADMIN_RULES"]

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|"
    r"this weekend|next week|the \w+(?:st|nd|rd|th))"
)
# an ordinary reason for handing things on, covering work, or going away
_ORDINARY_REASON = (
    r"(?:because|since|as|while|for|during) (?:i'm|i am|i'll be|we're|of|my|the|a|i've got) "
    r"(?:\w+ )?(?:moving|leave|holiday|trip|travelling|traveling|maternity|paternity|sick|"
    r"surgery|operation|sabbatical|new|abroad|away|retiring|retirement|course|wedding|honeymoon)"
)
_STASH = r"(?:bag|handbag|backpack|rucksack|pocket|coat|jacket|car|glovebox|locker|drawer)"
_LIGATURE = r"(?:cable|cord|rope|belt|scarf|lead|sheet|charger|wire|flex|tie|strap)"

LIFE_ADMIN_RULES: tuple[tuple[str, str], ...] = (
    # a message timed to go out after a chosen day
    (
        "after",
        rf"(?:scheduled|timed|queued|set up|set) (?:{W} ){{0,6}}(?:email|emails|message|messages|"
        rf"text|texts|post|posts|letter|letters|video|memo) (?:{W} ){{0,6}}(?:goes|go|to go|will go|"
        r"sends|to send|gets sent|to be sent) out after(?= *$| (?:i'm gone|i go|it's done|that|"
        r"i do it|then)\b)",
    ),
    # a goodbye set to send itself later
    (
        "goodbye goodbyes farewell",
        r"(?:goodbye|goodbyes|farewell)(?: [\w']+){0,10} (?:scheduled|timed|set|queued) (?:it|them) "
        r"to (?:send|go out|post|be sent)(?! (?:to|at) (?:the|my|our) (?:team|leaving|office|"
        r"party|do)\b)",
    ),
    (
        "last",
        r"(?:decided|know|chosen|picked) (?:that|that's|that'll be|it's|it'll be|it will be|this "
        r"is) (?:my|the) last day(?= *$| (?:i've|i have|and|so|everything|it's|nobody|no one)\b)",
    ),
    (
        "it",
        r"i've decided (?:that's|that is|this is) it(?= *$)",
    ),
    # work covered with no end
    (
        "indefinitely",
        rf"cover (?:{W} ){{0,6}}indefinitely(?! {_ORDINARY_REASON})(?= *$| (?:and|so|because i "
        r"won't|i won't|nobody|no one)\b)",
    ),
    # things handed on because they won't be needed after a day
    (
        "need use",
        rf"(?:after|past|from|by) {_DAY} (?:i |i'll |i will )?(?:won't|will not|not|don't|do not|"
        r"wont|no longer) (?:need|have (?:any )?use for) (?:anything|any of (?:it|this|them)|"
        rf"money|things|a thing|nothing)(?! {_ORDINARY_REASON})",
    ),
    (
        "need use",
        r"(?:won't|will not|not|don't|wont) (?:need|have (?:any )?use for) (?:anything|any of (?:it|"
        rf"this|them)|money|nothing) (?:after|past|from) {_DAY}(?! {_ORDINARY_REASON})",
    ),
    # leaving for good on a set day, after handing everything out
    (
        "good",
        rf"(?:log|logging|logged|signing|sign|signed) off for good (?:on|this|next|after|by) "
        rf"{_DAY}(?! (?:from|on) (?:twitter|x|facebook|instagram|tiktok|"
        r"reddit|discord|the|this|that|social)\b)",
    ),
    (
        "handed gave given",
        r"(?:handed|gave|given) (?:out |away )?(?:all )?(?:of )?my (?:[\w']+ ){0,3}(?:and [\w']+ )?"
        r"to (?:[\w']+ ){1,3}(?:and|then) (?:told|said|messaged|texted) (?:them|everyone|him|her) "
        r"(?:i'm|i am|i'll be) (?:logging off|signing off) for good",
    ),
    # a list of who gets what once the speaker is gone
    (
        "gets inherits takes has",
        r"(?:list|spreadsheet|document|note|plan) (?:of|for|saying) who (?:gets|inherits|takes|"
        r"has) (?:what|which|my \w+)(?= *$| (?:when|after|once|for when) i)",
    ),
    (
        "gets inherits takes has",
        r"who (?:gets|inherits|takes|has) (?:what|which|my \w+)(?: of my \w+)? (?:when|after|once) "
        r"i(?:'m| am) (?:gone|dead|not here|not around)",
    ),
    # "the note", left somewhere, said of nothing else
    (
        "note",
        r"(?:wrote|written|finished|left) (?:the|my) note(?: today| tonight| last night| this "
        r"morning)? (?:and )?(?:it's|its|it is) (?:on|under|in|by) (?:the|my) \w+(?= *$)",
    ),
    # means obtained and waiting
    (
        "poison poisons",
        r"poisons?\b(?: [\w']+){0,10} (?:in|into) (?:my|a|the) (?:[\w']+ )?(?:cup|glass|mug|drink|"
        r"tea|coffee|bottle)(?! (?:by mistake|accidentally))",
    ),
    (
        "already",
        rf"(?:vials|ampoules|syringes|pills|tablets|insulin|morphine|drugs|meds|blades?|razors?) "
        rf"(?:are|is) already (?:packed )?in my {_STASH}(?= *$)",
    ),
    (
        "ready",
        r"(?:knife|blade|razor|gun|pistol|rifle|rope|cord|noose|pills|tablets)(?:'s|s)? (?:[\w']+ ){0,8}"
        r"(?:under (?:the|my) (?:bed|mattress|pillow)|hidden|wrapped|in (?:my|the) wardrobe)"
        r"(?: [\w']+){0,4} ready(?= *$)",
    ),
    # all of someone's kept medicine, to be taken on a day
    (
        "take",
        r"(?:i'll|i will|i'm going to|i'm gonna|gonna|i shall) take (?:all|every one|the whole lot) "
        r"(?:of )?(?:[\w']+ ){0,4}(?:tablets|pills|meds|medication|medicine|capsules|doses)\b"
        r"(?! (?:with|to|back|in|at|as|for|each|every|before|after)\b)",
    ),
    # voices or signals that set the date
    (
        "date day",
        r"(?:voices?|the voice|god|the signals?|the angels?) (?:gave|told|give|tell|tells|gives|"
        r"picked|chose|set) me (?:the|a|my) (?:date|day)",
    ),
    # an attempt told in passing: a ligature tied and its anchor gave way
    (
        "broke snapped gave slipped came",
        rf"tied (?:a|the|my) (?:[\w']+ )?{_LIGATURE} (?:[\w']+ ){{0,5}}(?:to|round|around|on|"
        r"from) (?:the|my|a) (?:[\w']+ )?(?:bed|bunk|door|banister|bannister|rail|ceiling|beam|"
        r"wardrobe|frame|hook|pipe|light|fitting)(?: [\w']+){0,3} (?:and|but) (?:the|it) "
        r"(?:[\w']+ )?(?:broke|snapped|gave way|came down|came off|slipped)",
    ),
)

EVERYDAY_CONCERN_RULES: tuple[tuple[str, str], ...] = (
    # life-sustaining treatment let go, come what may
    (
        "takes kills gets",
        r"if (?:it|this|that) (?:takes|kills|gets) me,? (?:it|this|that) (?:takes|kills|gets) "
        r"me(?= *$| (?:and|i|so|honestly|then|really)\b)",
    ),
    (
        "be happens go die",
        r"(?:stopped|stop|quit|skipping|skip|not bothering with|stopped bothering with|given up on|"
        r"gave up on|not taking) (?:[\w']+ ){0,3}(?:insulin|meds|medication|tablets|pills|dialysis|"
        r"inhaler|treatment|chemo|injections|blood thinners|heart tablets)(?: [\w']+){0,6},? "
        r"(?:so be it|whatever happens happens|if i (?:go|die),? i (?:go|die))",
    ),
    # game slang for not wanting to live
    (
        "irl",
        r"(?:respawn[\w']*|rage ?quit[\w']*|quit|quitting|log off|logging off|logged off|uninstall\w*|"
        r"alt f4|game over|ff|forfeit)(?: [\w']+){0,4} irl\b",
    ),
    # envying the dead
    (
        "envy envious jealous",
        r"(?:dead|death|deaths|died|dying|funeral|funerals|grave|graves|coffin|cemetery|"
        r"certificates|corpses|bodies)(?: [\w']+){0,10} (?:i |sometimes i |i kind of )?"
        r"(?<!n't )(?<!not )(?:envy|"
        r"am envious of|am jealous of|feel jealous of|i'm jealous of) (?:them|him|her)\b",
    ),
    (
        "envy envious jealous",
        r"(?:envy|envious of|jealous of) (?:the dead|dead people|the ones who (?:died|are dead|are "
        r"gone)|people who (?:die|died|are dead))",
    ),
    # flat hopelessness
    (
        "matters",
        r"nothing (?:really )?matters (?:anymore|any more)(?! (?:than|except|but)\b)",
    ),
    (
        "point",
        r"(?:don't|do not|can't|cannot|no longer|dont|cant) see (?:the |any )?point (?:of|in|to) "
        r"(?:anything|any of it|it all|living|going on|carrying on|life)(?! (?:on|at|in) (?:the|"
        r"this|that)\b)",
    ),
)

EVERYDAY_SELF_HARM_RULES: tuple[tuple[str, str], ...] = (
    # skin hurt with what is at hand
    (
        "keys key nails fingernails paperclip compass pin pins lighter scourer",
        r"(?:scratch\w*|scrap\w*|dig\w*|gouge\w*|carv\w*|rak\w*|burn\w*|rub\w*|cut\w*) (?:at )?"
        r"(?:into )?my (?:[\w']+ )?(?:arms?|forearms?|wrists?|legs?|thighs?|skin|hands?|palms?|"
        r"stomach) (?:[\w']+ ){0,3}with (?:my |a |the )?(?:keys?|nails|fingernails|compass|"
        r"paperclip|pin|pins|lighter|scourer)(?! (?:because|cos|from) (?:of )?(?:the |a |an )?"
        r"(?:itch|bites?|rash|mosquito|eczema|sunburn))",
    ),
    # starving to punish the body
    (
        "suffer hurt pay punish punishing punished deserve deserves",
        r"(?:haven't eaten|not eaten|not eating|stopped eating|starv\w*|skipping meals|won't let "
        r"myself eat|don't let myself eat)(?: [\w']+){0,10} (?:(?:want|wants|so) (?:my body|it|"
        r"me|myself) to (?:suffer|hurt|pay)|so (?:my body|it|i) (?:can|will|would) (?:suffer|hurt|pay)|punish(?:ing|ed)? (?:myself|my body|me)|(?:i|it) "
        r"deserve(?:s)? (?:it|to suffer|the pain))",
    ),
    # nails dug into the skin until it marks (added after round 9, by concept)
    (
        "nails fingernails",
        r"(?:dig\w*|dug|press\w*|push\w*|scratch\w*|claw\w*) my (?:finger)?nails into my "
        r"(?:[\w']+ )?(?:arms?|legs?|thighs?|skin|hands?|palms?|wrists?|stomach)(?: [\w']+){0,6} "
        r"(?:until|till|til|so|to) (?:they|it|i|there's|there are|it's|the skin) (?:mark|marks|"
        r"marked|bleed|bleeds|bled|hurt|hurts|bruise|bruised|sting|break|broke|leave marks)",
    ),
)
