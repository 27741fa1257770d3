"""Harmless contexts said as an ordinary purpose or reason, added after round 9 by concept.

A crisis line and its everyday twin often share every word but one clause: the goodbye
cards are written *because we're moving*, the date is picked *for mum's eightieth*, the
sedative is kept *for the vet*, the rope is in the boot *in case the car breaks down*, the
speaker sits on the bridge *watching the steam train*. That clause names a purpose other
than dying, and a person in crisis rarely adds one. These rules join ``safety_context``'s:
where one matches and nothing in the line is a present intent (``PRESENT_RISK``), neither a
rule nor the net's usual bar is enough; the net must score the line far higher
(``safety.CONTEXT_NET_BAR``). Each pattern names the purpose, never the means.
"""

from __future__ import annotations

__all__ = ["ORDINARY_PURPOSE_RULES"]

_EVENT = (
    r"(?:party|birthday|\w+tieth|\w+ieth|anniversary|wedding|reunion|christening|baptism|"
    r"shower|celebration|bbq|barbecue|graduation|retirement do|leaving do|hen do|stag do|"
    r"bar mitzvah|bat mitzvah|jubilee|fete|fundraiser|open day|sports day|prom|housewarming|"
    r"get together|school trip|holiday|trip|show|match|race|competition|gala|concert|recital|"
    r"driving test|exam|interview|surgery|operation|appointment|house move|removal|moving day)"
)
# animals, pests and jobs a farm's or a vet's means are kept for
_ANIMAL_JOB = (
    r"(?:vet|vets|farrier|the (?:horses?|pony|ponies|dog|dogs|cat|cats|sheep|ewes|lambs|cattle|"
    r"cows|calves|herd|flock|pigs|chickens|hens)|pigeons|rabbits|foxes|rats|rat problem|mice|"
    r"vermin|pests|magpies|crows|deer|clay shoot|clays|shooting season|lambing|calving|"
    r"the weeds|weeds|the garden|the allotment)"
)

_FARM_MEANS = (
    r"(?:tranquil\w*|sedatives?|wormer|drench|dip|poison|bait|gun|guns|rifle|air rifle|shotgun|"
    r"traps?|tablets|pills|medicine|meds|jab|injection|spray|weedkiller|pellets|cartridges|"
    r"ketamine|euthanasia solution|bolt gun|captive bolt)"
)
# the means turned on oneself, or kept for a time alone: never a farm job
_NOT_FOR_ME = (
    r"(?!.* (?:myself|me|my (?:tea|coffee|cup|drink|glass|mouth|head)|empty|alone|nobody|"
    r"no one|on my own|by myself|enough|the lot|all of (?:it|them))\b)"
)

ORDINARY_PURPOSE_RULES: tuple[tuple[str, str], ...] = (
    # climbing gear for the job: "the rope and harness are just for getting up the stacks safely"
    (
        "rope ropes harness harnesses",
        r"(?:rope|ropes|harness|harnesses)\b(?: [\w']+){0,6} (?:just |only )?for (?:getting|"
        r"climbing|going|working) (?:up|down|on|at|around)\b|(?:rope|ropes|harness|harnesses)\b"
        r"(?: [\w']+){0,10} (?:safely|safety checks?|inspected|checked)\b",
    ),
    # a farewell with its ordinary reason: a move, a new school or job, retiring
    (
        "moving move moved relocating relocate emigrating emigrate retiring retirement retire "
        "schools jobs transferring",
        r"(?:goodbye|goodbyes|farewell|farewells|leaving|giving away|gave away|give away|selling|"
        r"sold|handed|handing|cards?|notes?|letters?|messages?)\b(?: [\w']+){0,12} (?:since|"
        r"because|as|now that|before|cause|cos|for when) (?:[\w']+ ){0,4}(?:moving(?! on\b| to "
        r"a better\b)|move(?! on\b)|moved|relocating|relocate|emigrating|emigrate|retiring|"
        r"retirement|retire|changing (?:schools|jobs)|transferring)\b|(?:moving|emigrating|"
        r"relocating|retiring)\b(?: [\w']+){0,3} (?:(?:next|this|in) (?:\w+ )?(?:week|month|"
        r"year|spring|summer|autumn|winter|term)|away|abroad|overseas|house|to (?!a better\b)"
        r"\w+)(?: [\w']+){0,10} (?:goodbye|goodbyes|farewell|farewells)\b",
    ),
    # a date or a day picked for someone else's do, or an ordinary event
    (
        "date day weekend night venue",
        rf"(?:date|day|weekend|night|venue)\b(?: [\w']+){{0,3}} (?:for|of) (?:[\w']+ ){{0,3}}"
        rf"{_EVENT}\b|(?:planning|organising|organizing|arranging|throwing|hosting|booking|"
        rf"sorting) (?:[\w']+ ){{0,5}}{_EVENT}\b(?: [\w']+){{0,10}} (?:date|day|weekend|venue)\b",
    ),
    # a farm's or a vet's means kept for the animals or the pests
    (
        "vet vets farrier horse horses pony ponies dog dogs cat cats sheep ewes lambs cattle "
        "cows calves herd flock pigs chickens hens pigeons rabbits foxes rats rat mice vermin "
        "pests magpies crows deer clay clays shooting lambing calving weeds garden allotment",
        rf"{_NOT_FOR_ME}{_FARM_MEANS}(?:'s)?\b(?: [\w']+){{0,6}} (?:for|on|at|to (?:treat|sedate|"
        rf"calm|put down|shoot|control|spray|dose)) {_ANIMAL_JOB}\b",
    ),
    # an object in ordinary use, its use named: a picture hung, a view watched, a pencil
    # sharpened, the car broken down
    (
        "picture pictures photo photos painting mirror shelf shelves washing curtains lights "
        "decorations bunting sunset sunrise view views puffins birds boats trains train "
        "fireworks match game waves planes sharpening sharpen case",
        r"(?:hang|hanging|hung|put up|putting up) (?:the|a|my|our) (?:picture|pictures|photo|"
        r"photos|painting|mirror|shelf|shelves|washing|curtains|lights|decorations|bunting)\b|"
        r"(?:watching|to watch|watch) (?:the|a) (?:[\w']+ )?(?:sunset|sunrise|view|views|puffins|"
        r"birds|boats|trains|steam train|fireworks|match|game|waves|planes)\b|(?:for|to) "
        r"(?:sharpening|sharpen) (?:[\w']+ )?(?:pencils?|knives|tools)|in case (?:the|my|our) "
        r"(?:car|van|truck|bike|boiler|power) (?:breaks|broke|breaks down|won't|dies|gets "
        r"stuck|fails)",
    ),
    # added after safety round 10, by concept: medicine sorted so that no dose is doubled or
    # missed; ropes and knots for a sport; an emergency worker's call-out; the last day at a
    # job marked with a card or cake; a repair done up high
    (
        "organizer organiser dosette pillbox box blister double miss forget take two many twice days "
        "week",
        r"(?:organi[sz]er|dosette|pill ?box|blister packs?|days of the week|(?:so|so that) "
        r"(?:i|she|he|mum|mom|dad|they|we) (?:don't|doesn't|won't|wouldn't|never|can't) "
        r"(?:double up|double dose|miss (?:a|one|any)|take (?:a double|two|too many|them twice|"
        r"it twice)|forget))\b",
    ),
    (
        "climbing bouldering belay belaying belayed sailing scout scouts cubs knot crag abseil "
        "abseiling abseiled eight bowline pulley tackle",
        r"(?:climbing (?:gym|wall|centre|center|club|partner|course|trip|rope|lesson)|"
        r"bouldering|belay|belaying|belayed|knot (?:class|lesson|tying)|"
        r"figure (?:of )?eight|bowline|crag|abseil|abseiling|abseiled|rope and pulley|block and "
        r"tackle)\b|"
        # sailing and scouts explain a rope, not a line about things no longer needed
        r"(?<=^ )(?=(?:.* )?(?:rope|ropes|knot|knots|noose|cord|line|lines|rigging)\b)(?:[\w']+ )*?"
        r"(?:sailing|scouts?|cubs)\b",
    ),
    (
        "call callout shout job patient narcan naloxone resus crew back",
        r"(?:(?:we|the crew|the team|i|they) (?:got|brought) (?:him|her|them|the patient|the "
        r"lad|the girl|the guy|the woman|the man) back|narcan|naloxone|(?:the|a|our|my|first|"
        r"last|one) (?:call|callout|call out|shout|job) (?:today |tonight |this morning |last "
        r"night |on shift )?(?:was|were) (?:an? )?(?:overdose|od|jumper|hanging|attempt))\b",
    ),
    (
        "last card cake flowers drinks speech present gift party",
        r"(?:my|our|her|his) last (?:day|shift|week) (?:at|in|on|with) (?:the |my |our )?(?:work|"
        r"job|office|shop|store|call cent(?:re|er)|school|company|firm|practice|ward|bank|"
        r"factory|site|depot|warehouse|restaurant|salon|team|station|plant|mill|garage)\b"
        r"(?: [\w']+){0,14} (?:card|cards|cake|flowers|leaving do|party|drinks|speech|present|"
        r"gift|send off|send-off)\b",
    ),
    # added after safety round 11: medicine counted or sorted to take it right; a job that
    # can't go on like this; rope for a gate, a fence or the stock
    (
        "sure right pharmacist doctor nurse gp chemist weakly weekly monday",
        r"(?:to make sure|so i make sure|making sure) (?:i|she|he|they|we) (?:don't|dont|do not|"
        r"never) (?:mess (?:it|them|that) up|miss|double|forget|take (?:too|extra|the wrong))|"
        r"(?:like|as|how) the (?:pharmacist|doctor|nurse|gp|chemist) (?:showed|told|said|"
        r"explained)|(?:weekly|weakly) (?:box|organi[sz]er|pack)|monday (?:through|to|till) "
        r"sunday\b",
    ),
    (
        "work job office notice position",
        r"can't (?:go on|carry on|keep going|keep doing this) like this (?:at|in) (?:work|the job|"
        r"this job|my job|the office|that office)\b|(?:looking for|find|get|start) (?:a )?(?:new|"
        r"another|different) (?:job|work|position)\b|hand(?:ing)? in my notice\b",
    ),
    (
        "gate fence corral paddock stock cattle horse horses trailer hay bales load tarp boat tent "
        "washing",
        r"(?:rope|twine|cord|baler twine)\b(?: [\w']+){0,3} (?:for|on) (?:the |a |our )?"
        r"(?:gate|fence|corral|paddock|stock|cattle|horses?|trailer|hay|bales|load|tarp|boat|"
        r"tent|washing)\b",
    ),
    # a sensible errand with its reason: insurance after a scare "just to be sensible",
    # medicine stocked up because the chemist shuts for the holiday
    (
        "sensible side chemist pharmacy surgery shuts closes shut closed holiday weekend",
        r"to be sensible|to be on the safe side|(?:cause|cos|because|as|since) the "
        r"(?:chemist|pharmacy|surgery|shop|shops) (?:shuts|closes|is shut|is closed|will be shut|"
        r"will be closed|'s shut|'s closed)|before the (?:bank holiday|long weekend|holiday "
        r"weekend)\b",
    ),
    # added after safety round 13: a hurt that is part of the trade; a height with a harness
    # on; clinical cases on a placement; shop supplies stockpiled
    (
        "job trade work",
        r"(?:that's|it's|that is|it is) (?:just |all )?(?:the job|part of the job|the trade|part "
        r"of the trade|work for you|the work)\b",
    ),
    # added after safety round 14: a hurt that comes with a sport or an art ("that's just
    # ballet", "comes with the training")
    (
        "ballet dancing boxing climbing rugby training sport game",
        r"(?:that's|it's|that is|it is) (?:just |all )?(?:part of )?(?:ballet|dancing|boxing|"
        r"climbing|rugby|training|the sport|the game)\b|comes with (?:the )?(?:ballet|dancing|"
        r"boxing|climbing|rugby|training|sport|game)\b",
    ),
    (
        "clipped harness harnessed roped tied",
        r"(?:clipped|harnessed|roped|tied) (?:on|in|off)\b(?! (?:the|a|my|our) (?:loft|attic|"
        r"garage|shed|beam|bathroom|bedroom|garden|cellar|barn|caravan|wardrobe|stairwell|woods)\b)"
        r"|(?:in|wearing) (?:a|the|my) harness\b",
    ),
    (
        "rotation placement cases patients admissions",
        r"(?:cases|patients|admissions) (?:in|on|at) (?:a and e|a&e|the er|er|resus|the ward|"
        r"casualty|icu)\b|(?:this|my|the|last) (?:rotation|placement|ward rotation)\b",
    ),
    (
        "stockpiling stockpile stockpiled stockpiles stocking stocked",
        r"(?:stockpiling|stockpile|stockpiled|stockpiles|stocking up on|stocked up on) (?:[\w']+ ){0,3}(?:tins|food|toilet roll|"
        r"loo roll|water|flour|pasta|nappies|diapers|batteries|fuel|firewood|supplies|rice|"
        r"beans|cans)\b",
    ),
    (
        "gutter gutters guttering tile tiles aerial antenna chimney dish window windows slate slates flashing "
        "downpipe",
        r"(?:fix\w*|clean\w*|clear\w*|paint\w*|repair\w*|mend\w*|replac\w*|check\w*|"
        r"unblock\w*) (?:the |a |our |my |some |his |her )?(?:gutter|gutters|guttering|roof tiles?|tiles|"
        r"aerial|antenna|chimney|satellite dish|windows?|slates?|flashing|downpipe)\b",
    ),
)
