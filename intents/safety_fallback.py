"""Risk the net catches but the rules did not, as rules, so they hold without the embedding.

Added after round 9 from the concepts earlier rounds showed the rules alone missing (the net
caught them, but where the embedding model cannot load the rules are all there is). Each
is a concept in new words, with its everyday twin kept out:

Urgent (``FALLBACK_URGENT_RULES``, tried as preparation rules): a means taken "all at once"
at a time; a weapon held under the chin or to the head; going off a high place tonight;
"next time i'm not braking".

Concern (``MORE_CONCERN_RULES``, after round 23): the seasons ahead pointless; a quick way,
looked at.

Concern (``FALLBACK_CONCERN_RULES``): letting the road or fate decide; the family "fine
without me"; what am i still here for; why the lord keeps me here; easier if someone shot
me; not waking up as a relief; waiting for the end and welcoming it.

Self-harm (``FALLBACK_SELF_HARM_RULES``): arms cut again; walls punched until the hand
swells; purging until there is blood.
"""

from __future__ import annotations

from .safety_vocabulary import W

__all__ = [
    "FALLBACK_CONCERN_RULES",
    "FALLBACK_SELF_HARM_RULES",
    "FALLBACK_URGENT_RULES",
    "MORE_CONCERN_RULES",
    "MORE_URGENT_RULES",
]

_MEANS = (
    r"(?:pills|tablets|meds|medication|doses|painkillers|sleeping tablets|methadone|insulin|"
    r"morphine|oxy\w*|tramadol|codeine|paracetamol|laxatives|diet pills|antidepressants|"
    r"lithium|heroin|fentanyl|gear|stash|supply)"
)
_WEAPON = r"(?:gun|pistol|rifle|shotgun|weapon|barrel|revolver|firearm|sidearm|handgun|glock)"
_HIGH = (
    r"(?:overpass|flyover|bridge|viaduct|roof|rooftop|cliff|cliffs|car park|multistorey|"
    r"balcony|tower|ledge|top floor|building)"
)

FALLBACK_URGENT_RULES: tuple[tuple[str, str], ...] = (
    # a means taken all at once, at a time
    (
        "once go lot together",
        rf"{_MEANS}\b(?: {W}){{0,14}} (?:take|taking|swallow|swallowing|down|downing|use|using) "
        r"(?:them|it|the lot|the whole lot|everything|all of (?:them|it))(?: all)? (?:at once|"
        r"in one go|together|the lot)(?! (?:with (?:food|breakfast|a meal|water)|every|each|"
        r"as (?:prescribed|usual))\b)",
    ),
    # a weapon held under the chin or to the head
    (
        "chin mouth head temple",
        rf"{_WEAPON}\b(?: {W}){{0,10}} (?:under my chin|in my mouth|to my (?:head|temple)|"
        r"against my (?:head|temple|chin))",
    ),
    # going off a high place at a time
    (
        "off",
        rf"(?:go|going|gonna go|jump|jumping|throw myself|throwing myself) off (?:the|a|"
        rf"that|this) (?:{W} )?{_HIGH}\b(?! (?:into|in) (?:the )?(?:sea|water|pool|lake|river|"
        r"harbour|harbor)\b)(?: {W}){0,3} (?:tonight|tomorrow|today|right now|now|this weekend|"
        r"later)\b(?!.* (?:tombstoning|swim|swimming|dare|bungee|abseil\w*|zip ?line|parachute|"
        r"paraglid\w*)\b)",
    ),
    # next time the brakes stay off
    (
        "braking brake stopping swerving steering turning",
        r"next time (?:i'm|i am|i'll be|i will|i'll|i won't be) (?:not )?(?:braking|brake|"
        r"stopping|swerving|steering|turning)(?= *$| (?:at all|and|for|at the (?:bend|corner|"
        r"lights|junction|edge|barrier|cliff)|on the (?:bend|corner|bridge|cliff road))\b)",
    ),
)

FALLBACK_CONCERN_RULES: tuple[tuple[str, str], ...] = (
    # letting the road, the sea or fate decide
    (
        "decide choose course",
        r"let (?:the road|fate|god|the sea|the ice|the cold|the traffic|the river|the waves|the "
        r"universe|the drink|the drugs) (?:decide|choose|take (?:its|it's) course with me)",
    ),
    # the family fine without me
    (
        "me",
        rf"(?:be|are|were|manage|do|get on) (?:just )?(?:fine|okay|ok|alright|all right|better) "
        rf"(?:{W} )?without me(?! (?:for|while|at|on|this|next|today|tonight|tomorrow|there|here|"
        r"in|until|till)\b)",
    ),
    # what am i still here for
    (
        "for",
        r"what (?:\w+ )?(?:am i|i'm|do i|is) (?:still |even |actually )?(?:here|alive|living|"
        r"around|left) for(?= *$| (?:now|anymore|any more|then|honestly|really)\b)",
    ),
    # why the lord keeps me here
    (
        "keeps keeping kept lets leaves",
        r"why (?:the (?:good )?lord|god|he|jesus) (?:keeps|is keeping|kept|lets|leaves) me "
        r"(?:here|alive|going|around|on this earth)",
    ),
    # easier if someone shot me
    (
        "shot killed hit ran run stabbed took",
        rf"(?:easier|better|fine|okay|a relief|wouldn't mind|wouldn't care|don't care) if (?:{W} )"
        r"{1,6}(?:just )?(?:shot|killed|hit|ran over|run over|stabbed|took out) me\b(?! (?:with|in "
        r"the (?:game|face with)|at (?:chess|pool|darts))\b)",
    ),
    # not waking up as a relief
    (
        "relief blessing mercy welcome easier",
        r"(?:not|never|just not) (?:waking|wake) up (?:again |anymore |any more )?(?:would|'d|"
        r"will|'ll|could) (?:be|feel) (?:a |such a |like a )?(?:relief|blessing|mercy|welcome|"
        r"easier)",
    ),
    # waiting for the end and welcoming it
    (
        "welcome ready relief soon glad",
        rf"waiting for (?:the end|death|it all to (?:end|be over))(?! of\b)(?: {W}){{0,6}} (?:(?:i'd|"
        r"i would|and i'd|and i would|i'll|i will) )?(?:welcome|be ready|be glad|be a relief|"
        r"can't come soon)",
    ),
)

FALLBACK_SELF_HARM_RULES: tuple[tuple[str, str], ...] = (
    # arms cut again
    (
        "again yesterday night today tonight open deep",
        r"(?:cut|cutting|sliced|slashed|carved) (?:my|me) (?:arms?|wrists?|legs?|thighs?|stomach|"
        r"skin|forearms?) (?:again|last night|yesterday|today|tonight|open|deep|up again)"
        r"(?! (?:on|with the|while|shaving|cooking|gardening|by accident|accidentally|at work|"
        r"on the)\b)",
    ),
    # walls punched until the hand swells
    (
        "swell swells swelled swollen bleed bleeds bled break broke cracked bruised bruise",
        r"(?:punch\w*|hit\w*|smash\w*|bang\w*) (?:the |a |my )?(?:walls?|lockers?|doors?|mirror|"
        r"head|brick|bricks) (?:[\w']+ ){0,4}(?:until|till|so) (?:(?:my )?(?:hands?|"
        r"knuckles?|fists?|head) )?(?:swell|swells|swelled|swollen|bleed|bleeds|bled|break|broke|cracked|"
        r"bruised|bruise)",
    ),
    # purging until there is blood
    (
        "purge purging purged",
        r"(?:purge|purging|purged) (?:until|till|so) (?:there's|there is|i|it) (?:blood|bleed|"
        r"bled|bleeding)",
    ),
)

_LIGATURE = r"(?:scarf|belt|cord|rope|cable|tie|lead|strap|sheet|flex|dressing gown cord)"
_ANCHOR = (
    r"(?:banister|bannister|beam|rafter|hook|door|door handle|doorframe|door frame|pipe|rail|"
    r"stair rail|wardrobe rail|bunk|bed frame|tree|branch|loft hatch)"
)
_BREATH_SPORT = (
    r"(?!.* (?:swim|swimming|pool|lap|laps|lesson|lessons|snorkel\w*|diving|freediv\w*|"
    r"breath training|coach|surf\w*)\b)"
)

MORE_URGENT_RULES: tuple[tuple[str, str], ...] = (
    # tonight's the night
    (
        "night",
        r"tonight(?:'s| is) the night(?= *$| (?:i'm|i am|i|i'll|and|it|that|for it)\b)(?!.* "
        r"(?:party|gig|concert|match|game|date|premiere|show|final|opening|prom|launch|propose|"
        r"proposing|ask her|ask him|tell her|tell him|big|debut|wedding|dinner)\b)",
    ),
    # a means lined up in front of me
    (
        "lined laid counted",
        r"(?:pills|tablets|gabapentin|pregabalin|painkillers|paracetamol|sleeping tablets|"
        r"meds|capsules|blades|razors)\b (?:[\w']+ ){0,2}(?:lined up|laid out|counted out) "
        r"(?:on|in front of|next to|beside)(?!.* (?:for the week|organi[sz]er|dosette|pill box|"
        r"pillbox|weekly|morning doses|as usual|every (?:morning|night|day))\b)",
    ),
    # a ligature tied to an anchor and around the neck
    (
        "neck",
        rf"tied (?:the|a|my) (?:[\w']+ )?{_LIGATURE} (?:[\w']+ ){{0,4}}(?:to|round|around|on|"
        rf"from) (?:the|my|a) (?:[\w']+ )?{_ANCHOR}\b(?: [\w']+){{0,12}} (?:around|round) my "
        r"neck",
    ),
    # a leg over at a height
    (
        "leg foot",
        r"(?:balcony|bridge|roof|ledge|parapet|car park|multistorey|tower|cliff|floor|storey|"
        r"railing|viaduct|overpass)\b(?: [\w']+){0,8} (?:put|got|swung|had|lifted) (?:one|a|my) "
        r"(?:leg|foot) over(?: (?:the )?(?:edge|rail|railing|barrier|side|parapet|wall|balcony|"
        r"ledge|fence|top))?(?= *$| (?:already|before|and|then|but|when|till|until)\b)",
    ),
    # holding the head under the water, longer each time
    (
        "under",
        rf"{_BREATH_SPORT}(?:holding|hold|held|keep|keeping|kept|push\w*) my (?:head|face) under"
        r"(?: the water)?(?: [\w']+){0,4} (?:for )?(?:longer|as long as|until|till)",
    ),
    # not getting out of the way of a train or a lorry
    (
        "way",
        r"(?:train|express|lorry|truck|bus|traffic|tram)\b(?: [\w']+){0,12} (?:i'm not|not|i "
        r"won't be|won't be|i'm not going to be|i won't) (?:getting|get|moving|move|stepping|step) "
        r"out of (?:the|its|their|his) way",
    ),
    # a weapon loaded and waiting, or loaded and stood there with
    (
        "loaded",
        r"(?!.* (?:cabinet|gun safe|range|season|shoot|shooting|hunt|hunting|clays?|deer|"
        r"pigeons|rabbits|foxes|competition|duty|patrol|training)\b)(?:gun|pistol|rifle|shotgun|"
        r"weapon|revolver|firearm|handgun)\b(?: [\w']+){0,12} (?:loaded (?:it|them)? ?(?:and|then) "
        r"(?:just )?(?:stood|sat|held|looked|stared|waited)|(?:sitting|lying|is|'s|it's) loaded "
        r"(?:on|in|by|next to|beside) (?:the|my) (?:nightstand|bedside|bed|pillow|table|desk|lap|"
        r"car seat|passenger seat))",
    ),
)

MORE_CONCERN_RULES: tuple[tuple[str, str], ...] = (
    # added after safety round 25: a drop that "would be easy"; waiting for one's turn, the
    # sooner the better; nothing left, asked and answered
    (
        "easy",
        r"(?:would|'d|will|could) be (?:so |that |dead )?easy (?:just )?to (?:step off|jump off|"
        r"jump in|let go|walk off|go over|slip in|fall in|drive off|swerve|roll off)\b",
    ),
    (
        "sooner enough",
        r"waiting for (?:my turn|the end|it to be over|my time)\b(?: [\w']+){0,4}? (?:the sooner "
        r"the better|can't come soon enough|couldn't come soon enough)",
    ),
    ("left nothing", r"(?:what's|what is) left for me\b(?: [\w']+){0,2}? nothing\b"),
    # a death disguised so the family is paid: "make it look like an accident so the kids get
    # the insurance" (added after safety round 24)
    ("accident", r"make (?:it|this|my death|mine) look like an accident\b"),
    # no point in any more of the seasons ahead: "can't see the point of another lambing
    # another winter another anything" (added after safety round 23)
    (
        "point",
        r"(?:can't|cannot|don't|do not|couldn't) see the point (?:of|in) (?:another|any more|"
        r"anymore|one more|more) (?:[\w']+ )?(?:another|anything|of (?:this|it)|(?:year|years|"
        r"winter|winters|summer|christmas|birthday|day|days|morning|mornings|season)s?\b)",
    ),
    # a way that "would make it quick", looked at: "looking at the highway thinking those
    # lorries would make it quick"
    (
        "quick fast instant painless",
        r"(?:looking at|staring at|watching|thinking about|looked at|stared at)(?: [\w']+){0,8}? "
        r"(?:lorries|lorry|trucks?|trains?|traffic|buses|cars|the drop|the water|the river|the "
        r"cliff|the tracks)\b(?: [\w']+){0,3}? (?:would|could|'d|will) (?:make it|be|do it) "
        r"(?:quick|fast|instant|painless|over (?:quick|fast))(?= *$| (?:and|no|but|i|it|then|"
        r"at least)\b)",
    ),
    # little wish or reason left to go on
    (
        "wish desire will reason reasons point",
        r"(?:little|very little|not much|no real|hardly any|no great|lost (?:the|my|all)) "
        r"(?:wish|desire|will|reason|reasons|point) (?:left )?(?:to|for|in) (?:go on|carry on|keep "
        r"going|live|living|go on living|stay alive|be here|continue|going on|carrying on)(?! "
        r"(?:with|in|at|the|a|this|that|holiday|trips?|working|studying|here|there)\b)",
    ),
    # outlived my usefulness
    ("outlived outlive outliving", r"outlived my (?:usefulness|use|purpose|time)"),
    # if a bus hit me that'd be a win
    (
        "bus car truck lorry train van",
        r"if (?:i|a \w+) (?:got|get|gets|was|were) (?:hit|run over|knocked down|taken out) by "
        r"(?:a|the) (?:bus|car|truck|lorry|train|van)(?: [\w']+){0,5} (?:that'd|that would|it'd|"
        r"it would|i'd|i would|that's)(?: \w+)? (?:be (?:a w|a win|fine|nice|good|great|okay|ok|"
        r"a relief|a blessing|a mercy)|not mind|not care|welcome it)",
    ),
    # should have come home in a box
    (
        "box coffin bag",
        r"(?:should have|should've|shoulda|wish i(?:'d| had)|ought to have) (?:come|gone) home "
        r"in a (?:box|coffin|body bag|bag)",
    ),
    # treatment stopped, nature left to take its course
    (
        "course",
        r"(?:stop|stopping|stopped|quit|quitting|skip|skipping|not taking) (?:[\w']+ ){0,3}(?:meds|"
        r"medication|tablets|pills|insulin|dialysis|treatment|heart tablets|heart meds|inhalers?)"
        r"(?: [\w']+){0,6} (?:let|letting) nature take (?:its|it's) course",
    ),
    # hoping not to come back from it
    (
        "back round wake to",
        r"hop\w* (?:[\w']+ ){0,5}(?:i )?(?:just )?(?:don't|won't|never|do not|will not) (?:come "
        r"back|wake up|come round|come to)(?: from it)?(?= *$| (?:at all|again|this time|and|"
        r"honestly)\b)",
    ),
    # no point to me
    ("point", r"no point (?:to|in|of) me\b(?! (?:going|coming|being there|staying late)\b)"),
    # the rest of my life not wanted
    (
        "want",
        r"rest of my life(?: [\w']+){0,8} (?:i )?(?:honestly |really |just )?(?:don't|do not) "
        r"want (?:any more of it|any of it|it|to live it|to be here for it)",
    ),
    # had enough of living
    (
        "living life alive existing world",
        r"(?:had enough|sick|tired|fed up|weary) of (?:living|life|being alive|this life|existing|"
        r"this world)(?! (?:in|with|at|here|there|like|on|as|admin|insurance|coach|story|stories|"
        r"hacks?|for|without|under|near|round|around|so|by|off|paycheck|pay cheque)\b)",
    ),
    # better i am not alive (non-native)
    (
        "alive here living exist existing",
        r"better (?:if )?(?:i am|i'm|i be|i was|i) not (?:alive|here|living|exist|existing)",
    ),
    # longing to join the dead: "i want to go be with him on the other side" (after round s26)
    (
        "side heaven up paradise next spirit beyond god gone is are went",
        r"(?:want|wanna|wish|long|longing|yearn|ready|need|just want|can't wait|cannot wait|would "
        r"love|'d love|give anything) (?:to )?(?:go )?(?:and )?(?:be with|join|see|meet|go to) "
        r"(?:him|her|them|my [\w']+(?: [\w']+)?|mum|mom|mam|dad|mama|papa|grandma|granny|nan|"
        r"nana|grandad|grandpa)(?: again| once more)? (?:on the other side|in heaven|up there|"
        r"in paradise|in the next (?:life|world)|in the spirit world|beyond|with god|where "
        r"(?:he|she|they) (?:is|are|went|has gone|have gone)|wherever (?:he|she|they) (?:is|are)|"
        r"(?:he|she|they)(?:'s|'re| is| are) gone)\b",
    ),
    (
        "join",
        r"(?:want|wanna|wish|long|longing|yearn|ready|just want|can't wait|cannot wait|'d love) "
        r"(?:to )?(?:go )?(?:and )?join (?:him|her|them|my [\w']+)\b(?=.* (?:passed|died|"
        r"lost|death|funeral|grave|buried|sorry business|gone|late)\b|.*\b(?:since|after) "
        r"(?:he|she|they) (?:passed|died|went|left us))|(?:since|after) (?:he|she|they|my "
        r"[\w']+) (?:passed|died)(?: [\w']+){0,10}? (?:want|wanna|wish|long|ready) (?:to )?"
        r"(?:go )?(?:and )?join (?:him|her|them)\b",
    ),
)
