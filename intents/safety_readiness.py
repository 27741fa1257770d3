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

__all__ = ["PASSIVE_RULES", "READINESS_MORE_RULES", "READINESS_RULES", "WORTH_RULES"]

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

# Hunting, sport and shows: a weapon or a rope "ready for tomorrow" for an ordinary day out.
_DAY_OUT = (
    r"(?!.* (?:shoot|shooting|hunt|hunting|season|range|match|clays?|deer|pigeons|rabbits|"
    r"foxes|competition|show|trip|camping|climb|climbing|sailing|boat|tent|practice|lesson|"
    r"class|training|inspection|service|cleaning kit)\b)"
)
_PLACE_PICKED = (
    r"(?:bridge|cliff|cliffs|spot|place|tree|beam|building|roof|car park|multistorey|train|"
    r"line|crossing|overpass|flyover|viaduct|quarry|river|lake|reservoir|tower|ledge|motorway|"
    r"level crossing|railway|tracks)"
)

READINESS_MORE_RULES: tuple[tuple[str, str], ...] = (
    # "the note" written and put somewhere, even in the middle of an ordinary day
    (
        "note notes",
        r"(?:wrote|written|finished|left|signed) (?:the|my) (?:last |final )?note (?:and )?"
        r"(?:then )?(?:put|left|hid|hidden|tucked|placed|stuck|it's|its|it is) (?:it )?(?:on|"
        r"under|in|by|inside|behind|beside|next to) (?:the|my) (?!(?:lunchbox|lunch|suitcase|"
        r"fridge|windscreen|letterbox|mailbox|doorstep|door|noticeboard|whiteboard|planner|"
        r"calendar|homework|book|school|kitchen counter for)\b)\w+",
    ),
    # a ligature bought and the anchor already known
    (
        "rope ropes noose cord ligature",
        rf"{_DAY_OUT}(?:rope|ropes|noose|cord|ligature)\b(?: {W}){{0,12}} (?:know|knew|found|"
        r"picked|chosen|chose|worked out|sussed out|checked) (?:which|the|a|what) (?:[\w']+ )?"
        r"(?:beam|beams|rafter|rafters|joist|hook|branch|tree|banister|bannister|loft hatch|"
        r"door frame|pipe)\b(?! (?:for (?:the|a|my|our) (?:swing|hammock|shelf|lights|tyre))\b)",
    ),
    # finishing it for good
    (
        "finish end",
        r"(?:going to|gonna|i'll|i will|i'm|want to|ready to|about to|time to) (?:finish|end) "
        r"(?:it|things|everything) (?:for good|once and for all|properly this time|for real this "
        r"time)(?! (?:with|between)\b)",
    ),
    # debts cleared so nobody is left with the mess
    (
        "left stuck lumbered burdened",
        rf"(?:paid off|paid|cleared|settled|sorted) (?:all )?(?:of )?(?:the |my )?(?:[\w']+ )?(?:debts?|"
        rf"bills|loans?|accounts?|tabs?|cards?|mortgage|overdraft)(?: {W}){{0,8}} (?:so|and|because|that way) (?:nobody|no one|"
        r"noone|they|she|he|my \w+)(?:'s| is| are|'ll be| will be|'re| won't be| isn't)? (?:left|"
        r"stuck|lumbered|burdened) with",
    ),
    # every last bit of a means, at a time
    (
        "every whole entire all",
        rf"{_MEANS}(?:'s)?\b(?: {W}){{0,10}} (?:take|swallow|inject|use|drink|down) (?:every (?:bit|"
        r"last one|last bit|single one|drop|one)|the (?:whole|entire) (?:lot|box|bottle|pack|"
        r"packet|supply|pen|vial)|all of (?:it|them))(?: of (?:it|them))? (?:tonight|at once|in one "
        r"go|together|tomorrow|today|when|once|after|this)\b",
    ),
    # the day chosen, said as when "i'm going"
    (
        "going gone doing leaving checking",
        r"that's (?:when|the day|the night|the date|the time) (?:i'm|i am|i'll be|i will be) "
        r"(?:going|gone|doing it|going to do it|checking out|leaving for good|leaving this world)"
        r"(?= *$| (?:and|for good|then|so|that's)\b)",
    ),
    # an attempt that failed by its depth: "tried in the bathtub with the razor the cuts was
    # not deep enough" (after round s27)
    (
        "deep",
        r"(?:tried|attempt\w*)\b(?=(?: [\w']+){0,20} (?:wrists?|arms?|myself|bath|bathtub)\b)"
        r"(?: [\w']+){0,10} (?:razor|razors|blade|blades|knife|glass|"
        r"wrists?)\b(?: [\w']+){0,8} (?:the cuts?|my cuts?|cuts?|it|they) (?:was|were|wasn't|"
        r"weren't) (?:not )?deep enough\b",
    ),
    # going deep enough that it's over
    (
        "deep",
        r"(?:go|going|cut|cutting|press|pressing) deep enough (?:that|so|to|for) (?:it's|it is|"
        r"it'll be|it will be|i|it|there's) (?:over|die|end|finish|bleed out|won't wake|no coming "
        r"back|doesn't stop|the end|all over|not come back)",
    ),
    # the place picked, with a time or a purpose
    (
        "bridge cliff cliffs spot place tree beam building roof car park multistorey train line "
        "crossing overpass flyover viaduct quarry river lake reservoir tower ledge motorway "
        "railway tracks",
        rf"(?:i've|i have|i|i've already|already) (?:picked|chosen|chose|found|decided on|settled "
        rf"on) (?:the|a|my) {_PLACE_PICKED}\b(?! (?:for(?! when| it\b)|to (?:eat|meet|visit|see|watch|walk|"
        rf"swim|picnic|sit|go)|where (?:we|you|they)|we|near|with|view|walk|path|cafe|pub|"
        rf"restaurant)\b)(?: {W}){{0,6}} (?:tonight|tomorrow|this weekend|on {W}day|next week|to do "
        r"it|where i'll|for when|for it|and (?:the|a) (?:day|date|time|night))\b",
    ),
    # the funeral, the will or the note ready, and doing it at a time
    (
        "doing do through",
        rf"(?:my (?:own )?funeral|my will|the note|my note|my goodbyes?|my last words|my letters)"
        rf"\b(?: {W}){{0,14}} (?:i'm|i am|i'll|i will|i'm going to|gonna|going to) (?:doing it|do "
        rf"it|going through with it|go through with it)(?: {W}){{0,3}} (?:tonight|tomorrow|today|"
        r"this weekend|on \w+day|\w+day|after|when|once|in the morning)\b",
    ),
    # the weapon or the means ready for a day
    (
        "ready",
        rf"{_DAY_OUT}(?:gun|rifle|shotgun|pistol|revolver|rope|noose|pills|tablets|blade|blades|"
        r"razor|razors|insulin|morphine)(?:'s|s)? (?:[\w']+ ){0,6}(?:is |are |all )?ready for "
        r"(?:tonight|tomorrow|the morning|tomorrow morning|tomorrow night|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|the weekend|when|after)\b",
    ),
)

PASSIVE_RULES: tuple[tuple[str, str], ...] = (
    # not fighting it if something took me
    (
        "fight struggle resist swim mind try",
        rf"if (?:{W} ){{1,6}}(?:took|take|takes|hit|hits|got|gets|swept|sweep|pulled|dragged|"
        rf"knocked|carried) me(?: {W}){{0,6}} (?:i )?(?:wouldn't|would not|won't|'d not|will not|"
        r"wouldnt|don't think i'd|don't think i would|doubt i'd|doubt i would) (?:fight|struggle|"
        r"resist|swim|mind|try)(?! (?:back|for (?:the|a|my))\b)",
    ),
    # a fire or a crash taking the speaker with it, and thanks for it: "if the shop burn with
    # me inside i would say thank you" (after safety round 27)
    (
        "inside in there board under",
        r"(?:fire|burn|burns|burned|burnt|crash|crashes|crashed|sink|sinks|sank|collapse|"
        r"collapses|collapsed|falls? in|fell in|explodes?|exploded|blow up|blew up|go down|went "
        r"down)\b(?: [\w']+){0,4} with me (?:inside|in it|in there|on board|under it)\b"
        r"(?: [\w']+){0,6} (?:i would|i'd|"
        r"i will|i'll) (?:say thank you|thank (?:god|him|allah|the lord)|be grateful|be glad|not "
        r"mind|be happy|welcome it|be relieved)\b",
    ),
    # thinking of not turning the wheel, not braking
    (
        "turning turn steering steer braking brake stopping",
        r"(?:think|thought|thinking|imagine|imagining|tempted|wonder|wondering|want|wanted|"
        r"urge) (?:about |of |to )?(?:just )?(?:not|stop|stopping) (?:turning|turn|steering|steer|"
        r"braking|brake|stopping)(?: (?:the (?:wheel|car)|at the (?:bend|corner|lights)))?(?= *$| "
        r"(?:at|when|on|into|and|off|one|going)\b)",
    ),
    (
        "wheel",
        r"(?:let|letting|take|taking) (?:go of|my hands off) the wheel(?= *$| (?:and|on|"
        r"at|when|going)\b)(?!.* (?:cruise|autopilot|self driving|lane assist)\b)",
    ),
    # the lord could take me and i'd be grateful
    (
        "lord god death jesus heaven",
        rf"(?:the (?:good )?lord|god|death|jesus|heaven) (?:could|can|may|might|should|would|is "
        rf"welcome to|is free to) (?:take|come for|call) me(?: {W}){{0,4}} (?:and )?(?:i'd|i would|"
        r"i'll|i will) (?:be )?(?:grateful|glad|happy|thankful|relieved|ready|fine|welcome it|"
        r"go|not mind|thank)",
    ),
    # dying of an illness as a relief
    (
        "relief mercy best blessing easier welcome",
        rf"if i (?:got|get|were to get|was to get|caught|catch) (?:{W} ){{0,3}}(?:and )?(?:died|"
        rf"die|didn't make it|didn't wake up|was gone)(?: {W}){{0,3}} (?:it'd|it would|that'd|that "
        r"would|it's|it is|i'd|i would) (?:almost |honestly |actually )?(?:be |feel )?(?:kind of "
        r"|honestly |actually |almost )?"
        r"(?:a )?(?:relief|mercy|for the best|easier|blessing|welcome)",
    ),
    # the pull to jump or let go at a height, stepped back from
    (
        "jump jumping step stepping throw throwing fall falling let letting stepped back",
        r"(?:thought|thoughts|urge|pull|impulse|voice|idea) (?:of|to|about) (?:just )?(?:jump|"
        r"jumping|stepping off|step off|throw myself|throwing myself|fall|falling|let go|letting "
        r"go)(?: [\w']+){0,12} (?:stepped back|step back|held on|moved away|backed away|had to "
        r"(?:step|move|get) (?:back|away|down))",
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
        r"soon|once|after|until|till|by|when|if|unless|this|today|tomorrow|tonight|next|any time|"
        r"anytime|for (?:the|my|our|this|that|him|her|them|"
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
