"""Urgent preparation said without the obvious words: the rules for it, tried after the others.

A person getting ready rarely says "suicide": they say the rope is bought and they know
which beam will hold, the date is picked, the cat has a new home, the letters are in the
glovebox, the hose reaches the exhaust, the tablets came from three chemists, they looked up
the dose that would do it, they are on the roof right now. One concept a rule, each with
its everyday look-alikes kept out (a hammock's rope, a wedding's date, a gym membership
cancelled for the summer, notes for the babysitter, a hunting rifle, a sunset from the roof);
the examples are in tests/data/safety_*.tsv and the rules card.
"""

from __future__ import annotations

from .safety_vocabulary import PILL_CUES, PILLS, W

__all__ = ["PREPARATION_RULES"]

_LIGATURE = r"(?:rope|ropes|noose|cord|belt|cable|ligature|flex|dressing gown cord)"
_ANCHOR = (
    r"(?:beam|beams|rafter|rafters|joist|hook|banister|bannister|loft hatch|attic hatch|branch|"
    r"tree|door frame|doorframe|top of the door|wardrobe rail|clothes rail|pull up bar|stair "
    r"rail|pipe|loft|attic|wardrobe|closet|door|garage)"
)
_HOLDS = (
    r"(?:will|would|could|can|should|is going to|'ll)? ?(?:(?:hold|holds|held|take|takes|bear) "
    r"(?:me|my weight)|strong enough(?! to (?:hold|take|carry|support) (?:the|a|an|our|your)\b)|"
    r"(?:hold|holds|held)(?= *$| (?:and|so|if|when|now|tonight|fine|i|it|for sure)\b))"
)
# Words that put a rope, a beam or a drop into an everyday job: DIY, sport, a view, a party.
_EVERYDAY = (
    r"(?!.* (?:hammock|swing|shelf|shelves|lights|decorations|bunting|washing line|tent|boat|"
    r"climbing|climb|abseil\w*|skipping|tug of war|gym|bouldering|dog|pulley|plants?|"
    r"bird feeder|punching bag|punchbag|tyre swing|hunting|range|deer|clays?|targets?|gun safe|"
    r"season|sunset|fireworks|view|photos?|pictures?|drinks|party|picnic|terrace|cafe|"
    r"restaurant|parking space|a space|tour|tourists?|boats?|to watch|sailing|scouts?|cubs|"
    r"brownies|guides|fishing|macrame|bowline|reef knot)\b)"
)
# A weekly pill organiser or the day's doses laid out are routine, not a means made ready.
_NOT_A_ROUTINE = (
    r"(?!.* (?:for the week|organi[sz]er|dosette|pill box|pillbox|weekly|morning doses|"
    r"prescribed|as usual|every (?:morning|night|day))\b)"
)
# Words, music and sport practised are a skill, not a rehearsal of a means.
_NOT_A_SKILL = (
    r"(?!.* (?:sentences?|speech|lines|presentation|song|songs|piece|scales|routine|recital|"
    r"therapy|lesson|interview|talk|words?|pronunciation|accent|serve|swing|penalty|penalties)\b)"
)
# Cloth round a pipe for a leak or a fan for dust is upkeep.
_NOT_A_REPAIR = r"(?!.* (?:leak|leaking|drip|dripping|dust|dusting|clean|cleaning|draught|draft)\b)"
# Counting and charting medicine is a nurse's round.
_NOT_A_WARD = (
    r"(?!.* (?:patients?|ward|round|shift|handover|residents?|clients?|carer|nurse|pharmacy|"
    r"chart|mar)\b)"
)
_HIGH_PLACE = (
    r"(?:roof|rooftop|bridge|multistory|multistorey|multi story|multi storey|car park|parking "
    r"garage|parking structure|cliff|cliffs|overpass|flyover|balcony|viaduct|tower|top floor|"
    r"ledge|quarry)"
)
_AT_THE_DROP = (
    r"(?:over the (?:edge|railing|rail|side|barrier|parapet)|down at the (?:drop|water|road|"
    r"street|river|ground|cars|traffic|rocks|tracks)|how far (?:down|the drop)|the drop|how high|"
    r"let go|step off|climb over|(?:on|over) the (?:railing|ledge|barrier|parapet|wrong side)|"
    r"(?:stood|standing|sat|sitting|leaned|leaning) (?:right )?(?:at|on|by|near|against) the "
    r"(?:railing|rail|edge|ledge|barrier|parapet))"
)

PREPARATION_RULES: tuple[tuple[str, str], ...] = (
    # hanging made ready: a ligature and an anchor that will hold, or tied up in place
    (
        "rope ropes noose cord belt cable ligature flex",
        rf"(?={_LIGATURE}\b){_EVERYDAY}{_LIGATURE}\b(?: {W}){{0,14}} (?:which|the|a|that|my|our|one) (?:{W} )?"
        rf"{_ANCHOR}\b(?: {W}){{0,6}} {_HOLDS}|(?={_LIGATURE}\b){_EVERYDAY}{_LIGATURE} (?:is |was |'s )?(?:already |now )?(?:tied|"
        r"knotted|hung|hanging|fixed|set up|ready|looped) (?:up )?(?:in|on|to|from|over|round|"
        rf"around) (?:the|my|a|our) (?:{W} )?{_ANCHOR}|(?={_LIGATURE}\b){_EVERYDAY}{_LIGATURE} (?:goes |went |is |was |'s |thrown |hung |slung )?(?:over|"
        rf"round|around|through) (?:the|a|my) (?:{W} )?{_ANCHOR}|(?={_LIGATURE}\b){_EVERYDAY}{_LIGATURE}\b(?: {W}){{0,12}} "
        r"(?:tested|checked|tried) (?:the |a |which )?(?:beam|rafter|joist|hook|banister|"
        r"bannister|branch|door frame|doorframe|pipe)\b",
    ),
    (
        "rope noose cord knot",
        rf"(?=(?:rope|noose|cord|knot)\b){_EVERYDAY}(?:rope|noose|cord|knot)\b(?: {W}){{0,12}} (?:it's|it is|it|and it's) (?:now "
        r"|already )?(?:hanging|hung|tied|set up|ready) (?:up )?(?:in|from|on|over) the "
        r"(?:closet|wardrobe|garage|loft|attic|shed|barn|banister|bannister|beam|door|stairs)",
    ),
    (
        "beam beams rafter rafters joist hook banister bannister branch tree frame doorframe rail "
        "bar pipe",
        rf"(?=(?:tested|test|testing|checked|check|checking|tried|found|know|knew|picked|chose|"
        rf"chosen|worked|figured|sussed)\b){_EVERYDAY}(?:tested|test|testing|checked|check|"
        r"checking|tried|found|know|knew|picked|chose|chosen|worked out|figured out|sussed out) "
        r"(?:whether |if |that |which |out which |where )?(?:the |a |my |that |"
        rf"one )?(?:{W} )?(?:beam|beams|rafter|rafters|joist|hook|banister|bannister|branch|"
        rf"tree|door frame|doorframe|wardrobe rail|stair rail|pull up bar|pipe)\b(?: {W}){{0,6}} "
        rf"{_HOLDS}",
    ),
    # a cloth or sheet tied to something overhead, verb first: "i've tie the cloth to the
    # ceiling fan for my room"
    (
        "cloth sheet bedsheet scarf wrapper dupatta sari rope cord belt cable",
        rf"(?=(?:tie|tied|tying|knotted|fixed|hung|fastened)\b){_EVERYDAY}{_NOT_A_REPAIR}"
        r"(?:tie|tied|tying|knotted|fixed|hung|fastened) (?:the|a|my|an old) (?:[\w']+ )?(?:cloth|"
        r"sheet|bedsheet|scarf|wrapper|dupatta|sari|rope|cord|belt|cable) (?:to|on|onto|from|"
        r"over|round|around) (?:the|my|a) (?:ceiling fan|fan|ceiling hook|ceiling|beam|rafter|"
        r"banister|bannister|door frame|doorframe|loft hatch|hook|railing)\b",
    ),
    # pills kept back for a time, or counted beside a note: "the pills are saved up for after
    # the game", "pills counted note written"
    (
        PILL_CUES,
        rf"{_NOT_A_ROUTINE}{_NOT_A_WARD}{PILLS} (?:are |were |have been |all )?(?:saved|stashed|"
        r"hidden|put aside|kept back|collected|stockpiled|hoarded)(?: up| away)? for (?:after|"
        r"when|once|tonight|the (?:day|night|end)|(?:this |next )?(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|weekend))\b|"
        rf"{_NOT_A_ROUTINE}{_NOT_A_WARD}{PILLS} (?:are |all )?(?:counted|counted out|lined up)"
        r"(?: [\w']+){0,4}? (?:the )?(?:note|notes|letter|letters) (?:is |are )?(?:written|done|"
        r"left|finished|ready|on|in)\b",
    ),
    # rehearsal: trying the means out to see how it would feel or whether it works
    (
        "practised practiced practising practicing practise practice rehearsed rehearsing "
        "rehearse run",
        rf"(?=(?:practi[sc]ed|practi[sc]ing|practi[sc]e|rehearsed|rehearsing|rehearse|trial run|dry run|test run|dummy run)\b){_EVERYDAY}{_NOT_A_SKILL}(?:practi[sc]ed|practi[sc]ing|practi[sc]e|rehearsed|rehearsing|rehearse|"
        r"trial run|dry run|test run|dummy run) (?:with |on |using )?(?:[\w']+ ){0,6}(?:belt|rope|"
        r"cord|noose|knot|ligature|plastic bag|bag over my head|gun|pistol|rifle|trigger|razor|blade|"
        r"pills|tablets|ledge|edge|jump|door|hanging|it)\b",
    ),
    (
        "feel work hold hurt",
        rf"(?=(?:belt|rope|cord|noose|ligature|bag|gun|pistol|razor|blade|knife)\b){_EVERYDAY}(?:belt|rope|cord|noose|ligature|bag|gun|pistol|razor|blade|knife) "
        r"(?:[\w']+ ){0,8}(?:to see|just to see|to find out|to check) (?:how it (?:would |will )?"
        r"feel|if it (?:would |will )?(?:work|hold)|whether it (?:would |will )?(?:work|hold)|"
        r"how (?:much )?it (?:would )?hurt)",
    ),
    # a date picked, with no wedding, move or trip beside it
    (
        "date day",
        r"(?:i|i've|i'd|i have|i already|i've already) (?:already |finally |now )?(?:picked|"
        r"chosen|chose|set|decided on|settled on|marked) (?:a|the|my) (?:date|day)\b(?! (?:for|"
        r"of|to|with|when we|we|that we|our|my (?:wedding|party|move|trip|holiday|exam|"
        r"interview|surgery|appointment))\b)(?! (?:for|of) (?:it|that|this|when)\b)|"
        r"(?:picked|chosen|chose|set|decided on|settled on) (?:a|the|my) (?:date|day) for "
        r"(?:it|that|when i)\b",
    ),
    # things given away or goodbyes said, then the day it will be done: "told my nana i love
    # her like a goodbye ... i'm doing it on my birthday" (after safety round 29)
    (
        "doing do",
        r"(?:goodbye|goodbyes|gave|given|give|giving|handed)\b(?: [\w']+){0,25} (?:i'm|i am|"
        r"i'll|i will|i'm going to|i am going to|i'm gonna) (?:be )?(?:doing|do) it (?:on|this|"
        r"next|tomorrow|tonight)\b(?! (?:the )?(?:way|right|properly|again|for (?:her|him|them))\b)",
    ),
    # possessions given away, pets rehomed, contracts ended, "won't be needing them"
    (
        "need needing use using around",
        rf"(?:gave|give|giving|given|handed|handing|passed|passing|rehomed|rehoming|found (?:a )?"
        rf"homes? for|sold|selling|cancelled|canceled|cancelling|canceling|closed|closing|"
        # "told the girl next door she can have my speaker ... won't be needing them"
        rf"can have|can keep|can take) "
        rf"(?:{W} ){{0,18}}(?:won't|will not|not going to|no longer|don't|wouldn't) (?:be )?"
        r"(?:need|needing|use|using|around)(?!(?: (?:it|them|him|her|this|that|any of it))?"
        r" (?:in|at|for|during|over|until|till|while|since|now that|after (?:we|the)|because "
        r"(?:we|i'm moving|i'm moving)|when (?:we|i) (?:move|travel|go))\b)",
    ),
    (
        "cat dog cats dogs pets pet rabbit bird hamster fish",
        rf"(?:rehomed|rehoming|rehome|found (?:a )?(?:new )?homes? for|gave away|giving away|give "
        rf"away) my (?:{W} )?(?:cat|dog|cats|dogs|pets|pet|rabbit|bird|hamster|fish)"
        rf"(?: {W}){{0,8}} (?:so|because|before|for when|as) (?:they|he|she|it)?(?:'ll| will| "
        r"would|'d)? ?(?:be (?:looked after|cared for|okay|ok|fine|safe)|won't be alone|i'm gone|"
        r"i go|after i'm|i won't)(?! (?:while|when we|during|until|on|for the)\b)",
    ),
    # letters or notes left to be found after
    (
        "find found read opened after later gone see get open",
        r"(?:letters?|notes?|cards?|messages?|a video|videos|emails?|envelopes?) (?:[\w']+ ){0,14}"
        r"(?:so (?:they|he|she|you|someone|people|everyone|my \w+)(?:'d| would| will|'ll)? "
        r"(?:find|see|read|get|open) (?:them|it)(?= *$| after\b| when i'm\b| later\b| once\b)|"
        r"(?:to be )?(?:found|read|opened) (?:after|when i'm gone|once i'm gone)|for (?:after|when "
        r"i'm gone|them to find|someone to find))",
    ),
    # a car's exhaust led inside, or an engine running in a closed garage
    (
        "hose hosepipe tube pipe exhaust tailpipe engine motor garage",
        r"(?!.* (?:warm|warming|defrost\w*|fix\w*|repair\w*|mechanic|battery|charg\w*|"
        r"door open|doors open|door up|listen\w* to (?:the|a) (?:noise|rattle|sound))\b)(?:"
        r"(?:hose|hosepipe|tube|pipe) (?:[\w']+ ){0,6}from (?:the |my )?"
        r"(?:exhaust|tailpipe)|(?:exhaust|tailpipe) (?:[\w']+ ){0,6}(?:into|through|in) (?:the |my )?"
        r"(?:car|van|window|cab)|(?:engine|motor) (?:running|on) (?:[\w']+ ){0,8}(?:garage|doors? "
        r"(?:closed|shut|down))|(?:garage|doors? (?:closed|shut|down)) (?:[\w']+ ){0,8}(?:engine|"
        r"motor) (?:running|on))",
    ),
    # pills saved up in a container instead of taken: "the pills de doctor gib me uh been
    # savin em up in a mason jar" (after round s27); not hidden from the children
    (
        "saving saved collecting collected stashing stashed hoarding",
        rf"(?={PILLS}\b)(?!.* (?:kids?|children|grandkids|toddlers?|dog|cat|safe|reach)\b)"
        rf"{_NOT_A_ROUTINE}{PILLS}\b(?: {W}){{0,10}} (?:saving|saved|collecting|collected|"
        r"stashing|stashed|hoarding)(?: em| them| it| those| these)?(?: up| away)? (?:in|into|"
        r"inside) (?:a|an|the|my|an old|this|that) (?:[\w']+ )?(?:jar|tin|box|drawer|bag|bottle|"
        r"sock|envelope|pouch|can|pot)\b",
    ),
    # means gathered from several chemists, or stockpiled
    (
        "pharmacy pharmacies farmacy farmacies pharmacys chemist chemists drugstore drugstores shops",
        r"(?:different|several|multiple|two|three|four|five|few|various) (?:different )?"
        r"(?:pharmacies|pharmacy|farmacy|farmacies|pharmacys|chemists|chemist|drugstores|drugstore|"
        r"shops) (?:[\w']+ ){0,6}"
        r"(?:so|that|because) (?:nobody|no one|they|anyone|the pharmacist|it)",
    ),
    (
        "stocking stocked stock building built stash supply stockpiling stockpiled hoarding hoarded",
        rf"(?:stocking up on|stocked up on|stock piling|stock piled|building up|built up|a stash of|"
        rf"my stash of|a supply of|stockpiling|stockpiled|hoarding|hoarded|"
        rf"hidden supply of) (?:a (?:stash|supply|pile|collection) of )?(?:my |the |some )?"
        rf"(?:{W} )?(?:{PILLS}|oxy\w*|oxy code own|opioids?|morphine|tramadol|codeine|gabapentin|"
        rf"pregabalin|fentanyl|diazepam|valium)(?! (?:for (?:the|a|my|our) (?:trip|holiday|winter|"
        rf"flu|cold|travel)|"
        r"before (?:the|my|our) (?:trip|holiday))\b)",
    ),
    # researching the dose
    (
        PILL_CUES + " dose amount number",
        rf"how (?:many|much) (?:of )?(?:{W} ){{0,3}}{PILLS} (?:it would take|would it take|it'd "
        r"take|it takes|would do it|would kill|it would need|would be enough|i'd need|i would "
        r"need|you'd need|it'd need)|(?:the |a |what |"
        r"which )(?:dose|amount|number) (?:[\w']+ ){0,6}?(?:that|which|it)? ?(?:would|will|could|'d) (?:do it|kill "
        r"me|be enough|be fatal|stop my heart|end it|finish me)(?! for (?:the|a|an|our|your|his|her)\b)",
    ),
    # a weapon loaded and kept close
    (
        "gun pistol rifle shotgun revolver handgun firearm loaded cocked forty glock",
        rf"(?=(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|forty five|glock)\b){_EVERYDAY}(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|forty five|glock)\b"
        rf"(?: {W}){{0,8}} (?:loaded|cocked|out of the safe|unlocked)\b(?: {W}){{0,10}} (?:keep|"
        r"kept|keeps|sitting|lying|beside|next to|on (?:the|my) (?:table|bed|lap|desk|nightstand)|"
        r"in my (?:lap|hand|hands|mouth)|picking it up|holding it|staring at it|looking at it)|"
        rf"(?=(?:loaded|cocked)\b){_EVERYDAY}(?:loaded|cocked) (?:{W} ){{0,3}}(?:gun|pistol|rifle|shotgun|revolver|"
        r"handgun) (?:[\w']+ ){0,6}(?:in my (?:lap|hand|hands|mouth)|beside me|next to me|on (?:the|"
        r"my) (?:table|bed|lap|nightstand))",
    ),
    # a place chosen so that nobody finds or stops them
    (
        "find found stop bother disturb see",
        r"(?:where|somewhere|place|spot) (?:nobody|no one|noone|nobody'll|no one'll) (?:will |"
        r"would |could |can |'ll |'d )?(?:find|stop|see|bother|disturb) me(?= *$| (?:for a (?:while|"
        r"long time|few days|bit)|in time|until|till|before)\b)",
    ),
    # at a high place thinking about it, and going back for another go: "went to the bridge
    # ... thought about it fairly seriously ... will give it another go tomorrow" (after
    # safety round 27); not a photo, a walk or a climb tried again
    (
        "go try again back",
        rf"(?={_HIGH_PLACE}\b){_EVERYDAY}(?!.* (?:walk|walking|run|running|jog|hike|lunch with|"
        rf"meet|meeting|date)\b){_HIGH_PLACE}\b(?: {W}){{0,8}} (?:stood|standing|sat|sitting|"
        rf"waited|waiting) (?:{W} ){{0,10}}(?:thought|thinking|thinks) (?:about )?(?:it|doing it|"
        rf"jumping|going over)\b(?: {W}){{0,16}} (?:give it another go|have another go|try again|"
        r"go back|going back)\b",
    ),
    # a room taken where nobody will know, paid so it won't show: "booked a hotel room ...
    # paid cash so it wont show on the joint account" (after safety round 27)
    (
        "show know find trace see",
        r"(?=(?:hotel|motel|room|b and b|airbnb|cabin|caravan|chalet)\b)(?!.* (?:surprise|"
        r"anniversary|birthday|proposal|present|gift|honeymoon|weekend away)\b)"
        r"(?:hotel|motel|room|b and b|airbnb|cabin|caravan|chalet)\b(?: [\w']+){0,12} paid "
        r"(?:in )?cash so (?:it|nobody|no one|she|he|they|my \w+) (?:won't|wouldn't|doesn't|"
        r"can't|couldn't|will not|would not) (?:show|know|find|trace|see)\b",
    ),
    # at a high place, at the drop
    (
        "roof rooftop bridge multistory multistorey multi car parking cliff cliffs overpass "
        "flyover balcony viaduct tower floor ledge quarry",
        rf"(?={_HIGH_PLACE}\b){_EVERYDAY}{_HIGH_PLACE}\b(?: {W}){{0,16}} {_AT_THE_DROP}",
    ),
    (
        "edge railing rail side barrier parapet drop down high go off over wrong ledge",
        rf"(?={_AT_THE_DROP}\b){_EVERYDAY}{_AT_THE_DROP}(?: {W}){{0,10}} (?:of |on |from )?(?:the|a|this|my) "
        rf"(?:{W} )?{_HIGH_PLACE}\b",
    ),
    (
        "right now tonight",
        rf"(?=(?:i'm|i am|i've been|been|sitting|standing|sat|stood|parked|here)\b){_EVERYDAY}(?:i'm|i am|i've been|been|sitting|standing|sat|stood|parked|here) "
        rf"(?:{W} ){{0,3}}(?:on|at|up on|on top of|at the top of|by|near) (?:the|a|this|my) "
        rf"(?:{W} )?{_HIGH_PLACE} (?:{W} ){{0,4}}(?:right now|now|tonight)(?! (?:with|having|"
        r"waiting|for|stuck|in traffic|watching|meeting|on (?:my|a|the) (?:break|lunch|way))\b)",
    ),
    # at a place and not coming back from it: "parked up at the reservoir and i've no intention
    # of driving home", "sat on the top lift unclipped and i'm not coming down"
    (
        "coming going driving climbing walking getting",
        rf"(?=(?:sat|sitting|stood|standing|parked|up|out)\b)(?!.* (?:pub|party|bar|club|"
        r"festival|holiday|wedding|gig|mate's|friend's|sister's|brother's|mum's|mom's)\b)"
        rf"(?:sat|sitting|stood|standing|parked|up|out) (?:{W} ){{0,3}}?(?:on|at|by|in|near) "
        rf"(?:the|a|this|my) (?:{W} ){{0,12}}?(?:no intention of|not|never) (?:coming|going|"
        r"driving|climbing|walking|getting) (?:back|home|down|off)\b(?! (?:till|until|before|yet|"
        r"for|any ?time|early|tonight|today|now)\b)",
    ),
    # things left for someone and going off alone, not coming back: "left my snowmobile key
    # and my knife for my cousin i am not coming back this time"; heading for a drop now
    (
        "back cliff cliffs bridge edge quarry tracks viaduct",
        r"(?!.* (?:moving|move|abroad|emigrat\w*|new job|contract|lease|visa|holiday|uni)\b)"
        r"(?:left|leaving|given|gave) (?:my|all my) (?:[\w']+ ){1,10}?for (?:my )?[\w']+\b"
        r"(?: [\w']+){0,6}? (?:i'm|i am|i'll|i will) (?:not|never) (?:be )?coming back"
        r"(?= *$| (?:this time|ever|again|and)\b)|"
        r"(?<!we're )(?<!we are )(?:heading|headed|driving|riding|going) (?:for|to) the (?:cliff|"
        r"cliffs|bridge|edge|quarry|tracks|viaduct) (?:now|right now)(?= *$)|"
        # things left to someone, then off to a drop: "left the board to my boy ... i'm heading
        # for the motorway bridge"
        r"(?:left|gave|given) (?:[\w']+ ){1,12}?to my [\w']+\b(?: [\w']+){0,16}? (?:heading|headed|"
        r"driving|going) (?:for|to) the (?:[\w']+ )?(?:bridge|cliff|cliffs|edge|quarry|tracks|"
        r"viaduct)(?= *$| now\b)",
    ),
    # working up the nerve, and "not stopping this time"
    (
        "nerve courage guts",
        r"(?:work|working|worked|build|building|built|get|getting|got|summon|summoning|find|"
        r"finding) up (?:the )?(?:nerve|courage|guts) (?:to )?(?:[\w']+ ){0,2}(?:do it|go through|"
        r"step|jump|let go|pull the trigger|take them|swallow|end it|kick the chair)|"
        # rehearsal at the place: "standing by the points to see whether i have the nerve for it"
        r"(?:see|find out|test|check) (?:whether|if) i (?:have|had|'ve got|have got) the (?:nerve|"
        r"courage|guts)(?= *$| (?:for it|to do it|to go through with it|to go|to step|to jump)\b)",
    ),
    (
        "time",
        r"(?:not|won't|will not|i'm not|not going to|don't think i'm|no) (?:be )?(?:stop|stopping|"
        r"chicken out|chickening out|back out|backing out|bottle it|bottling it|hesitate|"
        r"hesitating|fail|mess it up|pull back) this time(?! (?:until|till|before|at|in|on)\b)",
    ),
    (
        "wake survive back through so",
        r"make sure (?:that )?i (?:don't|won't|never|do not|will not) (?:wake up|wake|survive|"
        r"come back|make it through)|so (?:that )?i (?:don't|won't|never|do not|will not) (?:wake "
        r"up|wake(?! up)|survive|come back)(?! (?:the|my|her|his|them|everyone|anyone|early|late|at|"
        r"before|in the|tired|with|groggy|home|to|here|empty|until|till|when|if|every|because|"
        r"during|whenever)\b)",
    ),
    # means laid out ready
    (
        PILL_CUES + " note",
        rf"{_NOT_A_ROUTINE}(?:counted|counting|laid|laying|lined|lining|set|put|tipped|emptied) "
        rf"(?:them )?out (?:all )?(?:of )?(?:my |the |our |those )?(?:{W} )?{PILLS}|"
        rf"{_NOT_A_ROUTINE}{PILLS} (?:all )?(?:lined up|laid out|counted out|set out|in a (?:pile|"
        r"row|line)) (?:on|in|by|beside) (?:the|my) (?:counter|table|bedside|nightstand|night "
        r"stand|desk|bed|floor|pillow)|(?:the )?note and the (?:pills|tablets|rope|gun|knife)",
    ),
    (
        "strip packet pack box bottle blister sheet",
        r"(?:took|swallowed|downed|necked|had) (?:[\w']+ ){0,5}(?:the whole|a whole|all the|every) "
        r"(?:strip|packet|pack|box|bottle|blister|sheet)(?! of (?!(?:my |the |those )?(?:[\w']+ )?"
        r"(?:pills|tablets|meds|painkillers|sleeping|paracetamol|ibuprofen|antidepressants)))"
        r"(?! (?:of )?(?:chocolates?|biscuits|cookies|crisps|sweets|wine|beer|water|juice|cereal))",
    ),
    # a time named: "tonight's the night", "friday's the day i walk into the reservoir"
    (
        "night day time",
        r"(?:tonight|today|tomorrow|this weekend|monday|tuesday|wednesday|thursday|friday|"
        r"saturday|sunday|my birthday)(?:'s| is| will be| would be) (?:the|my) (?:night|day|time)"
        r"(?= *$| (?:and|but|so|i think|i've|i'm ready|for it|then)\b)|(?:tonight|today|tomorrow|"
        r"this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday)"
        r"(?:'s| is| will be) the (?:night|day|time) i (?:walk|jump|go|do it|end|die|take|kill|"
        r"hang|step|drive|swallow|leave|check out)",
    ),
    (
        "this",
        r"this (?:is|was|would be|will be) (?:how|where|when) i(?:'ll| will| want to| would|'d| "
        r"should| could| am going to|'m going to)? (?:go|die|do it|end it|end things|check out)"
        r"(?= *$| (?:and|one day|someday|i|if|tonight|soon)\b)",
    ),
    # a death given a date: "tomorrow i will be dead so no matter", "i'll be dead by friday"
    (
        "dead",
        r"(?:tomorrow|tonight|by (?:tomorrow|tonight|morning|the weekend|monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday|next week)) i(?:'ll| will| am going to|'m going to) be "
        r"dead(?! (?:tired|on my feet|beat|meat|bored|set|serious|keen|late|by the end)\b)|"
        r"i(?:'ll| will) be dead (?:by|before) (?:tomorrow|tonight|the morning|the weekend|monday|"
        r"tuesday|wednesday|thursday|friday|saturday|sunday|next week)(?= *$| (?:so|and|anyway|"
        r"no matter)\b)",
    ),
    # the last day, said to be one: "said goodbye like it's my last day on earth because it is"
    (
        "last final",
        r"(?:last|final) (?:day|night|week|shift|christmas|birthday)(?: on (?:this )?earth| alive|"
        r" of my life)?(?: [\w']+){0,2} (?:because|cos|cause|coz) it (?:is|will be|really is|"
        r"actually is)(?= *$| (?:and|so|i)\b)",
    ),
    # not being here by a time
    (
        "here around alive",
        r"(?:won't|will not|not going to|don't intend to|don't plan to|do not intend to|not "
        r"planning to) be (?:here|around|alive) (?:[\w']+ ){0,2}(?:by|after|for|at|on|past|beyond) "
        r"(?:the end of|christmas|my birthday|next|new year|the weekend|it|then|that|the \w+)"
        r"(?!(?: [\w']+){0,3} (?:session|appointment|meeting|class|lesson|shift|party|dinner|"
        r"because (?:i'm|we're) (?:on|away|going|travelling|traveling)|holiday|vacation|trip|"
        r"away|at work|abroad|off)\b)",
    ),
    (
        "checking",
        r"(?!.* (?:hotel|room|airbnb|hostel|library|book|books|store|shop|shops|new|gig|show|band|"
        r"website|site|menu|place|cafe|bar|restaurant)\b)(?:i'm|i am|i'll be|decided i'm|time i|"
        r"time to be) checking out(?= *$| (?:this|tonight|tomorrow|soon|for good|on \w+day|"
        r"permanently|of (?:life|this world|here))\b)",
    ),
    # a car driven into the water or off a height, on purpose
    (
        "drive steer swerve crash",
        r"(?:i'll|i will|i'm going to|i'm going|i am going to|going to|planning to|plan to|want to) "
        r"(?:drive|steer|swerve|crash) (?:my |the )?(?:car |van |truck )?(?:into|off) (?:a|the|an|"
        r"some) (?:[\w']+ )?(?:quarry|reservoir|canal|sea|harbour|harbor|ravine|gorge|river|lake|"
        r"cliff|bridge|wall|tree|lorry|truck|oncoming)",
    ),
    (
        "top roof edge side floor",
        rf"(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself|fall|falling) (?:off|"
        rf"from) (?:the )?(?:top|top floor|roof|edge|side) of (?:a|the|that|this|my|our) (?:{W} )?"
        rf"{_HIGH_PLACE}(?! (?:into|in) (?:the )?(?:sea|water|pool|lake|river)\b)",
    ),
    (
        "drop",
        r"(?!.* (?:viewing|vertigo|wobbly|afraid of heights|scared of heights|view)\b)"
        r"(?:check|checked|checking|measure|measured|see|saw|look at|looked at|looking at|"
        r"looking down at) (?:how (?:far|high) )?the drop(?! (?:in|of|off|rate|shipping|box|date|"
        r"zone|down|out|for|from (?:the|my) (?:team|squad|list|course))\b)",
    ),
    (
        "height distance drop floor",
        r"(?:what|which|how much) (?:height|distance|drop|floor) (?:[\w']+ ){0,6}(?:to not survive|"
        r"to die|would kill|is fatal|is lethal|would be fatal|you need to fall)",
    ),
    # the train timed, water with stones, charcoal sealed in, poison drunk
    (
        "tracks train trains railway line timing timed time",
        r"(?:tracks|train|trains|railway|line) (?:[\w']+ ){0,12}(?:to time it|timed it|timing it)|"
        r"(?:timing|timed|time) (?:the )?(?:fast|express|freight|non stopping|through) trains?",
    ),
    (
        "pockets reservoir river sea lake loch water ocean canal",
        r"pockets (?:full of|filled with|weighed down with|with) (?:rocks|stones|bricks|weights)"
        r"(?! (?:from|for|and shells|to skim|to paint)\b)|(?:walk|walked|walking|wade|waded|"
        r"wading|swim|swam|swimming) (?:out )?into the (?:reservoir|river|sea|lake|loch|water|"
        r"ocean|canal) (?:[\w']+ ){0,4}(?:and )?(?:not|don't|never|won't|didn't) (?:come|coming|"
        r"swim|swimming) (?:out|back)",
    ),
    (
        "charcoal barbecue bbq grill",
        r"(?:charcoal|barbecue|bbq|disposable grill) (?:[\w']+ ){0,10}(?:tape|taped|seal|sealed|"
        r"vents|(?:close|closed|closing|shut|shutting) (?:all )?the (?:windows?|vents|doors?)"
        r"(?!.* (?:wasps?|flies|midges|mosquitoes|smoke|smell|neighbours?|garden|patio)\b)|(?:in|into) the (?:bathroom|bedroom|car|tent|flat|room) (?:with|and) (?:the )?"
        r"(?:door|doors|windows?) (?:shut|closed|sealed|taped))",
    ),
    (
        "i'm am i'll will going gonna want i",
        r"(?:i'm|i am|i'll|i will|going to|gonna|want to|i) (?:[\w']+ ){0,2}(?:drink|drinking|"
        r"swallow|swallowing|take|taking|drank|swallowed) (?:the |some |a bottle of |the bottle "
        r"of )?(?:paraquat|pair a quat|weedkiller|weed killer|bleach|antifreeze|anti freeze|rat "
        r"poison|pesticide|poison|drain cleaner|paraffin|kerosene|lamp oil|insecticide|lye|"
        r"caustic soda)",
    ),
    # a means said not to be for its everyday use
    (
        "knife blade rope razor pills tablets gun cord charcoal hose",
        r"(?:knife|blade|rope|razor|pills|tablets|gun|cord|charcoal|hose) (?:[\w']+ ){0,8}(?:and )?"
        r"(?:it's |they're |its |theyre |it is )?not for (?:cooking|the kitchen|food|dinner|work|"
        r"camping|the garden|what you think|anything good)(?! (?:it's|they're|but|it is) for\b)",
    ),
    # the last prayer said, and ready to go: "said my last prayers tonight and i'm ready to go"
    # (new words for a concept the net alone had caught in round s21)
    (
        "ready",
        r"(?:said|say|saying|prayed|offered|made) my (?:very )?last (?:prayer|prayers|ardas|namaz|"
        r"salah|rosary|confession|goodbyes?|farewells?)\b(?: [\w']+){0,8}? (?:i am|i'm|and i'm|"
        r"now i'm|now i am) (?:all )?ready (?:to go|now|for it)\b(?! (?:home|out|back|to|on|with|"
        r"for|in|and get|shopping|travel))",
    ),
    # a goodbye nobody knew was one
    (
        "goodbye goodbyes",
        r"(?:real|proper|last|final) goodbyes?(?! (?:to|party|drinks|lunch|dinner|card|from)\b)"
        r"(?= .*(?:didn't know|don't know|doesn't know|no one knew|nobody knew|without them|"
        r"for good))|(?:said|say|saying|told|telling) (?:everyone |everybody |them )?goodbye "
        r"(?:[\w']+ ){0,8}(?:they (?:just )?didn't know|without them knowing|no one knew|nobody "
        r"knew|for the last time)",
    ),
    # an insurance policy read for what it pays on suicide
    (
        "insurance policy",
        r"(?:insurance|policy) (?:[\w']+ ){0,12}(?:self inflicted|pays? out (?:if|when|even if) "
        r"(?:i|it's|it is|its)|suicide clause|still pays)",
    ),
    # rehearsal with the breath or a pillow: to see if i could
    (
        "pillow bag belt rope cord knife razor pills ledge edge water bath breath tablets see",
        r"(?:pillow|bag|belt|rope|cord|knife|razor|pills|ledge|edge|water|bath|breath|tablets) "
        r"(?:[\w']+ ){0,12}to see (?:if|whether) i (?:could|can|would) (?:do it|go through with it|"
        r"actually do it|really do it)|to see how long (?:it would take|it takes|i could last|"
        r"i'd last) (?:before|until|till) i (?:passed out|pass out|blacked out|black out|lost "
        r"consciousness|stopped breathing)",
    ),
    # a round in the chamber, a gun taken out of its safe
    (
        "one round bullet bullets shell shells cartridge cartridges rounds",
        r"(?:one|a round|a bullet|bullets|shells?|cartridges?|rounds?) (?:in|into) the "
        r"(?:chamber|cylinder)",
    ),
    (
        "taken took take taking got get getting",
        rf"(?=(?:taken|took|take|taking|got|get|getting)\b){_EVERYDAY}(?:taken|took|take|taking|"
        r"got|get|getting) (?:the|my|[\w']+'s|my [\w']+'s) (?:gun|rifle|"
        r"shotgun|pistol|revolver) (?:down |back )?out of (?:the|its|my) (?:cabinet|safe|case|"
        r"locker|cupboard|closet|box)(?! (?:to|for|and) (?:clean|cleaning|oil|service|hunt|hunting|"
        r"shoot (?:clays|targets|rabbits|deer)|go (?:hunting|shooting)|the range)\b)",
    ),
    # methods researched and one settled on
    (
        "method methods",
        r"(?<!research )(?<!teaching )(?<!payment )(?<!cooking )(?<!training )(?<!study )"
        r"(?<!contraceptive )(?<!control )(?<!learning )methods? (?:[\w']+ ){0,8}(?:settled on|"
        r"picked|chosen|chose|decided on) (?:one|it|the one)(?= *$| (?:and|now|already|i)\b)",
    ),
    # a place and a date picked together
    (
        "date day time night",
        rf"(?:picked|chosen|chose|decided on|settled on|worked out|sorted) (?:out )?(?:the|a|my) "
        rf"(?:{_HIGH_PLACE}|spot|place|building|tree|beam|method|way) and (?:the|"
        r"a|my) (?:date|day|time|night)(?! (?:for|of) (?:the|our|my|a|an|his|her|their)\b)",
    ),
    # walking into the water as a plan
    (
        "sea river lake reservoir water ocean loch canal",
        r"(?:going to|gonna|will|want to|i'll|plan to|planning to) (?:just )?walk (?:out )?into the "
        r"(?:sea|river|lake|reservoir|water|ocean|loch|canal)(?! (?:for a|to (?:paddle|cool|swim|"
        r"their|my|our)|up to|with (?:the|my) (?:kids|dog))\b)",
    ),
    # the why of going, told to a child; an apology for what is about to happen
    (
        "go leave die",
        r"why (?:i|mummy|daddy|mum|mom|dad|mama|papa|your mum|your dad) (?:had to|have to|has to|"
        r"needed to|chose to) (?:go|leave|die)(?! (?:to|away for|on|back|abroad|into|for|home|"
        r"out|in)\b)",
    ),
    (
        "happen happens happening",
        r"sorry (?:for|about) what(?:'s| is)? (?:going to |about to |will )?(?:happen|happens|"
        r"happening)(?= *$| (?:tonight|tomorrow|next|later|soon|after|when|to me)\b)",
    ),
    # the means kept back instead of taken
    (
        "instead",
        r"(?!.* for (?:the|a|my|our) (?:[\w']+ )?(?:weekend|trip|hike|holiday|flight|journey|"
        r"match|game|race|run|walk|exam|wedding)\b)(?:saving|saved|keeping|kept|hiding|hid|"
        r"holding back|held back|stashing|stashed|hoarding|hoarded) (?:[\w']+ ){0,6}instead of "
        r"taking (?:it|them)(?= *$| (?:and|so|because|i|i've|i'm|there's|for (?:weeks|months|days))\b)",
    ),
    # nothing left that needs me after a date
    (
        "requires needs need depends",
        r"(?:nothing|no one|nobody) (?:left )?(?:that |who )?(?:requires|needs|will need|depends "
        r"on) me (?:after (?:the|this|next|my|[a-z]+day)|anymore|any more)",
    ),
    # poison mixed and ready, and needing the nerve
    (
        "paraquat weedkiller weed sheep pesticide insecticide antifreeze bleach rat drain slug",
        r"(?:paraquat|weedkiller|weed killer|sheep dip|pesticide|insecticide|antifreeze|bleach|rat "
        r"poison|drain cleaner|slug pellets) (?:[\w']+ ){0,6}(?:in a (?:jar|glass|cup|mug)|ready "
        r"for me|for me to drink)|(?:mixed|mixing|mix) (?:up )?(?:some |a |the )?(?:[\w']+ )?"
        r"(?:paraquat|weedkiller|weed killer|sheep dip|pesticide|insecticide|antifreeze|bleach|"
        r"rat poison|drain cleaner) (?:in|into) a (?:jar|glass|cup|mug)",
    ),
    (
        "nerve courage guts",
        r"(?:need|needs|needed|just need|waiting for) (?:a bit |a little |some )?(?:more )?(?:the )?"
        r"(?:nerve|courage|guts)(?= *$| (?:to do it|to go through|now|then)\b)",
    ),
    # a weapon taken down and loaded
    (
        "loaded",
        rf"(?:gun|pistol|rifle|shotgun|revolver|handgun)\b{_EVERYDAY}(?: {W}){{0,12}} (?:took|got|"
        r"take|get) it (?:down|out) (?:and )?(?:cleaned and )?loaded it",
    ),
    # enough gathered to end it; daring the road to do it
    (
        "enough",
        r"enough (?:now )?to (?:stop everything|end it all|end it|end everything|kill me|stop my "
        r"heart|never wake up|not wake up|finish me)",
    ),
    (
        "daring dare dared",
        r"(?:daring|dare|dared) (?:it|death|something|the road|a car|the truck|a lorry) to "
        r"(?:happen|kill me|take me|hit me)",
    ),
)
