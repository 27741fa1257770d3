"""Readiness and self-worth said in everyday words, added after round 9 by concept.

Urgent (``READINESS_RULES``, tried as preparation rules): a note put where a named person
will find it, or left for "whoever finds me"; sitting in a closed garage or shed with the
engine running; practising at a high place (getting over the rail, standing on the wrong
side); a lethal means kept at hand to be used on a chosen day once the speaker is alone.

Concern (``WORTH_RULES``): a future that will never get better for the speaker, others who
"deserve better than" the speaker, and being "a waste of" everyone's time, money or space.

Each pattern keeps its everyday twin out: a love note in a lunchbox, warming the car with
the door open, an obstacle course or a climbing wall, wormer for the sheep, a knee that
will never get better, "you deserve better than him", a meeting that was a waste of time.
"""

from __future__ import annotations

from .safety_vocabulary import PEOPLE, W

__all__ = ["READINESS_RULES", "WORTH_RULES"]

_FINDER = (
    rf"(?:my |our |the |his |her |their )?(?:{W} )?(?:{PEOPLE}s?|kids|children|family|wife|"
    r"husband|mum|mam|mummy|daddy|lads|boys|girls|folks|someone|somebody|them|him|her|you|"
    r"she|he|they|people|everyone|everybody|whoever|the police|the cops)"
)
# a note hidden for fun, love or chores: a lunchbox, a treasure hunt, a surprise, a reminder
_NOT_A_LOVE_NOTE = (
    r"(?!.* (?:lunchbox|lunch box|treasure|scavenger|hunt|clue|clues|riddle|surprise|birthday|"
    r"christmas|easter|valentine\w*|anniversary|love note|love letter|tooth fairy|santa|advent|"
    r"present|gift|reminder|remind|shopping|groceries|bins?|chores|dinner|the dog|feed|walk|"
    r"pick up|pick him up|pick her up|gets? home|get back|gets back|lands|arrives|wakes up|"
    r"when (?:she|he|they) (?:opens|unpacks|gets)|suitcase|lunch|school bag|homework|"
    r"thank you|thanks|sorry i forgot)\b)"
)
_CLOSED_SPACE = r"(?:garage|shed|barn|workshop|lock up|lockup|outbuilding|closed garage)"
_VEHICLE = r"(?:car|engine|motor|truck|van|ute|pickup|generator|ignition)"
# warming up, repairs, an open door: the engine running for the car's sake
_ENGINE_CHORE = (
    r"(?!.* (?:warm|warming|warm up|defrost\w*|de ic\w*|fix\w*|repair\w*|mechanic|tun\w*|"
    r"oil|battery|jump start\w*|charg\w*|door open|doors open|door up|doors up|wide open|"
    r"open door|open doors|listen\w* to (?:the|a) (?:noise|rattle|sound)|service|mot)\b)"
)
_HIGH_EDGE = (
    r"(?:rail|railing|railings|barrier|barriers|parapet|fence|ledge|edge|side|wall|bridge|"
    r"roof|balcony|platform|cliff|wrong side|guardrail|handrail|safety rail)"
)
# practice for sport, work or play, not for a fall
_NOT_A_SPORT = (
    r"(?!.* (?:parkour|obstacle|assault course|ninja|climbing wall|climbing gym|bouldering|"
    r"abseil\w*|gym|drill|drills|fire drill|training|instructor|harness|rope access|"
    r"scaffold\w*|pe|gymnastics|show jumping|horse|pony|hurdles?|dance|stunt|film|play|"
    r"rehearsal for|scouts?|cadets|army|course)\b)"
)
_MEANS = (
    r"(?:tranquil\w*|sedatives?|ketamine|euthanasia|pentobarb\w*|barbiturates?|insulin|gun|"
    r"guns|rifle|shotgun|pistol|revolver|rope|noose|pills|tablets|poison|weedkiller|paraquat|"
    r"antifreeze|blade|razor|morphine|fentanyl|heroin|methadone|pentobarbital|cyanide|"
    r"helium|charcoal|drugs|meds|syringe|needle)"
)
_WHEN_ALONE = (
    r"(?:when|once|while|after) (?:the )?(?:house|farm|flat|place|yard|home|ward|office|barn)"
    r"(?:'s| is) (?:empty|quiet|locked up)|(?:when|once|while|after) (?:i'm|i am|i'll be) "
    r"(?:alone|on my own|by myself|home alone)|(?:when|once|while|after) (?:nobody|no one|"
    r"noone)(?:'s| is)? (?:home|around|here|about|there|in|looking|watching)|(?:when|once|while|"
    r"after) (?:everyone|everybody|they|the family|the kids|the boys|the lads|she|he|my \w+)"
    r"(?:'s| is| are|'re|'ve| have| has)? (?:gone|out|away|left|asleep|in bed|at (?:the |their "
    r"|her |his )?\w+)"
)
_FUTURE = r"(?:i'll|i will|i'm going to|i'm gonna|gonna|going to|i am going to|i shall|i plan to)"
_SOON = (
    r"(?:tonight|tomorrow|today|this weekend|the weekend|next week|on \w+day|\w+day|"
    r"in the morning|first thing)"
)

READINESS_RULES: tuple[tuple[str, str], ...] = (
    # the note put where a named person will find it
    (
        "note* letter*",
        rf"{_NOT_A_LOVE_NOTE}(?:the|my|a|last|final|goodbye) (?:{W} )?(?:note|notes|letter|"
        rf"letters)(?:'s)?\b(?: {W}){{0,14}} (?:for|so|where) {_FINDER}(?: to find| will find|'ll find|"
        r" would find|'d find| can find| finds| find)\b(?! (?:it (?:in|at) (?:the|her|his) (?:morning|lunch)))",
    ),
    # left for "whoever finds me", or for when they find me
    (
        "finds find found",
        r"(?:whoever|who ever|the person who|the one who|whoever it is that|someone who|"
        r"whichever \w+) (?:[\w']+ )?(?:finds|find|found|will find|'ll find) me\b(?! (?:a|an|some|"
        r"at|in the (?:queue|line|crowd)|online|on)\b)|(?:when|once|after|before) (?:they|someone|"
        r"somebody|she|he|my \w+|the \w+) (?:finds|find|found|will find|'ll find) me\b(?= *$| "
        r"(?:and|so|i|tomorrow|in the morning|afterwards|after)\b)(?!.* (?:hide and seek|hiding|"
        r"hide|asleep on|snoring|a job|a flat|a seat)\b)",
    ),
    # sitting in a closed space with the engine running
    (
        "garage shed barn workshop lock lockup outbuilding",
        rf"{_ENGINE_CHORE}(?:sat|sit|sits|sitting|been sitting|stayed|stay|lay|lying|waited|"
        rf"waiting) (?:{W} ){{0,4}}(?:in|inside) (?:the|my|our|a|his|her) (?:closed |locked |"
        rf"shut )?{_CLOSED_SPACE}\b(?: {W}){{0,8}} (?:the )?{_VEHICLE} (?:(?:was|still|left|"
        r"kept) )?(?:running|on|going|idling|ticking over)|"
        rf"{_ENGINE_CHORE}(?:in|inside) (?:the|my|our|a) (?:closed |locked |shut )?{_CLOSED_SPACE}"
        rf"\b(?: {W}){{0,6}} with (?:the )?(?:door|doors) (?:closed|shut|down|locked)\b(?: {W})"
        rf"{{0,6}} {_VEHICLE} (?:running|on|going|idling)",
    ),
    # practising the fall at the place: getting over the rail, standing on the wrong side
    (
        "practise practice practised practiced practising practicing "
        "rehears* used see test tested testing run",
        rf"{_NOT_A_SPORT}(?:practi[sc]e|practi[sc]ed|practi[sc]ing|rehears\w*|to see if i "
        r"(?:could|can|would)|see whether i (?:could|can)|get used to|getting used to|test|tested|"
        r"testing|dry run|trial run|dummy run) (?:[\w']+ ){0,3}(?:climbing|climb|getting|get|"
        r"going|stepping|step|standing|stand|leaning|lean|hanging|hang|letting go|swinging|"
        rf"swing|sitting|sit) (?:[\w']+ ){{0,2}}(?:over|on|off|onto|past|out|from|at|on to) "
        rf"(?:the |a |that )?(?:{W} )?{_HIGH_EDGE}\b",
    ),
    # a lethal means kept at hand, to be used on a chosen day once alone
    (
        "empty quiet locked alone own myself home around here about there in looking watching "
        "gone out away left asleep bed at",
        rf"{_MEANS}(?:'s)?\b(?: {W}){{0,12}} {_FUTURE} (?:use|take|do|drink|inject|swallow|try) (?:it|"
        rf"them|that|those|the lot|it all|all of it|all of them)\b(?: {W}){{0,2}} (?:{_SOON} )?"
        rf"(?:{_WHEN_ALONE})(?! (?:to|for|on) (?:the|a|my|our) (?:sheep|cattle|cows|horses?|"
        r"dog|dogs|cat|lambs|calves|pigs|fox|rats|weeds|vermin|pests?|animals?|herd|flock)\b)",
    ),
)

_SELF_FUTURE = r"(?:things|it|life|anything|my life|any of this|this|it all|the future|my future)"

WORTH_RULES: tuple[tuple[str, str], ...] = (
    # a future that will never get better for the speaker
    (
        "better",
        rf"(?:don't|do not|can't|cannot|never|no longer|dont|cant) (?:see|imagine|picture|believe|"
        rf"think) {_SELF_FUTURE} (?:will |is |are )?(?:ever )?(?:getting|going to get|gonna get|"
        r"get|will get|being|going to be|be) (?:any )?better(?! (?:at|with|in|on|than|between|"
        r"soon|once|after|until|till|by|when|if|unless|for (?:the|my|our|this|that|him|her|them|"
        r"us|work)\b)\b)",
    ),
    (
        "better",
        rf"{_SELF_FUTURE}(?:'s| is| are|'re)? (?:never|not ever|not) (?:ever )?(?:going to|gonna|"
        r"going to ever|ever going to|will) (?:get|be|feel) (?:any )?better (?:for me|for someone "
        r"like me|again)(?! (?:at|with|in|on|than|between)\b)",
    ),
    (
        "lift end pass ease stop away lighter let",
        r"(?:grief|pain|darkness|dark|sadness|emptiness|misery|despair|heaviness|fog|cloud|"
        r"depression|loneliness|this feeling)(?:'s| is)? (?:never|not ever|not) (?:ever )?(?:going "
        r"to|gonna|ever going to|will) (?:lift|end|pass|ease|stop|go away|get lighter|let up)"
        r"(?! (?:until|till|unless|if|before|by|for (?:the|a|my|our) (?:day|week|weekend|match|"
        r"game|holiday|trip))\b)",
    ),
    # others deserve better than the speaker
    (
        "deserve deserves deserved",
        rf"deserves? (?:so much |much |far |a lot |way |someone |somebody )?better than (?:me"
        rf"(?! (?:{W}ing|at|in|on|for)\b)|(?:a|an|some|this) (?:{W} ){{0,5}}(?:like me|as me|"
        r"i've become|i am|i'm)\b|someone like me|the likes of me|what i (?:can|could) (?:give|"
        r"offer|be)|(?:this|the) (?:version|mess|wreck|shell) of me|i (?:can|could) (?:give|"
        r"offer|be))",
    ),
    (
        "else",
        rf"better off with (?:someone|somebody|anyone|anybody) else (?:as (?:their|her|his|a) "
        rf"(?:{W} )?(?:dad|father|mum|mom|mother|husband|wife|partner|parent|grandad|son|"
        r"daughter)|than me|instead of me|not me)",
    ),
    # taking up a place someone else should have
    (
        "taking wasting",
        r"(?:i'm|i am|i feel like i'm|feel like i'm|i'm just|i'm only) (?:just |only )?(?:taking "
        r"up|wasting) (?:space|room|air|oxygen|a place|a spot|a bed|someone else's (?:place|spot|"
        r"space))(?! (?:in|on|at) (?:the|your|my|our|his|her|their) (?:calendar|diary|schedule|"
        r"inbox|car|drive|driveway|fridge|garage|desk|sofa|couch|bed|room|flat|house|cupboard|"
        r"wardrobe|loft|shed|list|queue|class|car park)\b)",
    ),
    # a waste of everyone's time, money or space
    (
        "waste",
        r"(?:i'm|i am|i feel like|feel like i'm|i've always been|i've become|i'm nothing but|"
        r"i was always|always been|i'm just|i'm such) (?:(?:just|such|a|an|total|complete|"
        r"nothing|but|big|huge|utter|absolute|bloody|fucking|massive|pure) ){0,4}waste of "
        r"(?:(?:everyone's|everybody's|your|their|people's|my (?:\w+'s|parents'|folks')|"
        r"the (?:nhs's|world's)) )?(?:time|money|space|oxygen|air|skin|effort|love|food|a life|"
        r"a person|a human|a human being|a body|breath|resources|a bed|a seat)\b",
    ),
)
