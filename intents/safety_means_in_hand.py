"""Means in hand, used or timed, and a future with no good version; added after safety round
14 by concept.

Urgent (``MEANS_IN_HAND_RULES``, tried as preparation rules): a large amount of medicine
taken a short while ago, said without "overdose" and often without an article ("took load of
my old tablets hour ago"); a means from work used on oneself ("the stuff from the euthanasia
cupboard on myself"); a train timed so its driver won't see; things given away beside letters
to everyone or a room booked; up at a height now, close to stepping off; a gun loaded for tonight with no hunt or shoot
in the line (added after safety round 23).

Concern (``NO_GOOD_FUTURE_RULES``): no version of the future the speaker could be happy in, a
future that looks blank, having stopped expecting things to change, asking god to take them.

Each pattern keeps its everyday twin out: tablets taken for a migraine, a product tried on
oneself, letters of thanks after a wedding or a leaving do, a future without a job in it.
"""

from __future__ import annotations

from .safety_vocabulary import MEANS_AT_HAND, MEANS_AT_HAND_CUES, PILL_CUES, PILLS, W

__all__ = ["MEANS_IN_HAND_RULES", "NO_GOOD_FUTURE_RULES"]

_LARGE = (
    r"(?:a |the |my )?(?:load|loads|lot|lots|bunch|heap|pile|fistful|handful|whole (?:packet|bottle|box|"
    r"strip|lot|pot|pen)|full (?:packet|bottle|box|pot)|all|every one|(?:so |too |way too )?many|"
    r"(?:way )?too much)(?: of)?"
)
_RECENTLY = (
    r"(?:(?:an? |half an |about an |like an |one |two |three |a couple of |few |ten |twenty )?"
    r"(?:hour|hours|minutes?|min|mins|while) ago|just now|earlier|last night|this morning|"
    r"tonight|(?:feeling|(?:i )?(?:feel|can feel)) (?:very |so |really |all )?(?:funny|weird|"
    r"strange|sleepy|drowsy|sick|dizzy|woozy|heavy|shaky|sweaty|cold|faint|numb|confused))"
)
# Checked from the start of the line, so a reason said first counts too.
_ORDINARY_DOSE = (
    r"(?<=^ )(?!(?:.* )?(?:for (?:my|the|a) (?:headache|migraine|back|cold|flu|period|pain|tooth|teeth|"
    r"knee|hip|hayfever|allergies|sinuses)|as prescribed|like the doctor said)\b)(?:[\w']+ )*?"
)
_GIVEN_AWAY = r"(?:given away|gave away|giving away|handed out|handed on)"
_GIVEN_AWAY_OR_GAVE = r"(?:given|gave|giving|handed) (?:away |back )?(?:my|all my|the)"
_LETTERS_TO_ALL = (
    r"(?:written|wrote|writing|left) (?:everyone|everybody|all of them|each of them|the family|"
    r"my family|the kids|them all) (?:a |their own )?(?:thank you|thank yous|letters?|notes?|"
    r"goodbyes?|cards?)"
)
_ROOM_BOOKED = r"(?:booked|booking|book) (?:a|the) (?:hotel )?room"
_NOT_AN_OCCASION = (
    r"(?<=^ )(?!(?:.* )?(?:wedding|leaving do|leaving party|retir\w+|moving|move house|christening|"
    r"birthday|anniversary|graduation|honeymoon|holiday|conference|move to|moving to|contract "
    r"ends|new job|leaving the (?:job|company|firm))\b)(?:[\w']+ )*?"
)

_NOT_A_SHOOT = (
    r"(?<=^ )(?!(?:.* )?(?:hunt\w*|lamping|fox|foxes|deer|rabbits?|vermin|pests?|pigeons?|crows|"
    r"rats|range|clays?|shoot|shooting|stalking|season|licence|license|cabinet|safe)\b)"
    r"(?:[\w']+ )*?"
)

# At a height now with nothing holding the speaker: "up on the jib right now harness off ...
# instead of stepping off".
_UP_THERE_NOW = r"(?:up (?:on|here|at)|right now|harness off|unclipped|on the (?:edge|ledge))"

_ASLEEP_OR_OUT = (
    r"(?:my |the )?(?:wife|husband|partner|kids|children|everyone|everybody|mum|mom|dad|family|"
    r"them|house|flatmate|roommate)s?(?: \w+)? (?:to )?(?:sleep|fall asleep|be asleep|go to sleep|go "
    r"to bed|go out|leave|be out|be gone)"
)
# A goodbye written with an apology or thanks, not for a move or a leaving do.
_GOODBYE_WRITTEN = (
    r"(?:written|wrote|writing|texted|sent) (?:a (?:letter|note|message) )?to (?:my |our )?\w+"
    r"(?: \w+)? (?:to say|saying) (?:sorry and |thank you and |thanks and )?goodbye|"
    # "a letter saying sorry to everyone"
    r"(?:letter|note|message|letters|notes) (?:saying|to say) sorry to (?:everyone|everybody|you "
    r"all|all of you|the family|the lot of them)"
)

MEANS_IN_HAND_RULES: tuple[tuple[str, str], ...] = (
    (
        PILL_CUES,
        rf"{_ORDINARY_DOSE}(?:took|taken|swallowed|downed|injected) {_LARGE} (?:{W} ){{0,3}}"
        rf"{PILLS} (?:{W} ){{0,8}}{_RECENTLY}|"
        # the medicine named first: "the insulin pens with me and i already injected a lot"
        rf"{_ORDINARY_DOSE}{PILLS}\b(?: {W}){{0,10}}? (?:took|taken|swallowed|downed|injected) "
        rf"{_LARGE}(?: it| them)?(?: {W}){{0,3}}? {_RECENTLY}",
    ),
    (
        "myself",
        rf"(?:use|used|using|inject|injected|injecting|try|tried) (?:{W} ){{0,6}}(?:euthan\w+|"
        rf"pentobarb\w*|barbiturates?|(?:the|that) (?:stuff|drugs?|gun|solution|morphine|ketamine|"
        rf"fentanyl) from (?:the|work|my|our) {W}(?: {W})?) (?:{W} ){{0,3}}on myself",
    ),
    (
        "driver drivers",
        r"so (?:the|that|a|no) (?:train |lorry |truck |bus )?drivers? (?:won't|wouldn't|can't|"
        r"couldn't|doesn't|does not|will not|would not|has no chance to|won't have time to) "
        r"(?:see|spot|stop|brake)",
    ),
    (
        "stepping step jumping jump letting let",
        rf"{_UP_THERE_NOW}(?: [\w']+){{0,20}}? (?:instead of|rather than|thinking (?:of|about)|"
        r"about to|close to|so close to) (?:just )?(?:stepping|step|jumping|jump|letting go|let "
        r"go)(?! (?:off )?(?:into|in|onto|from the board|the board|the diving)\b)(?: off)?",
    ),
    # every pill there was: "swallowed every painkiller in the house"
    (
        "pill tablet painkiller capsule pills tablets painkillers capsules",
        r"(?:swallowed|took|taken|downed|necked) (?:every|each|all the|all my|all of my) (?:single )?"
        r"(?:pill|tablet|painkiller|capsule|pills|tablets|painkillers|capsules)\b"
        r"(?! (?:she|he|the doctor|the gp) (?:gave|prescribed)| as prescribed| on time)",
    ),
    # tested and it bears the speaker's weight: "tested it on the racking it holds me"
    (
        "holds held hold takes took",
        r"(?:tested|tried|checked)(?!(?: [\w']+){0,3} (?:harness|ladder|shelf|shelves|floor|hammock|"
        r"swing|chair|ice|branch|scaffold|boat|bridge|zip line|zipline|rig|platform)\b) (?:it|the \w+)"
        r"(?: [\w']+){0,8}? (?:it |and it )?(?:holds|held|will hold|would hold|takes|took) (?:me|my "
        r"weight)(?! (?:fine|okay|ok|no problem|safely|easily)\b)",
    ),
    # one's own funeral things bought for a date: "ordered my own wreath ... next tuesday"
    (
        "own",
        r"(?:ordered|bought|booked|paid for|picked out|chose|chosen) my own (?:wreath|headstone|"
        r"coffin|casket|urn|grave|plot|funeral flowers)\b(?! plan| insurance)",
    ),
    # "after this week i am not here anymore is decided": gone after a date, said plainly
    (
        "here around anymore more",
        rf"{_NOT_AN_OCCASION}(?:after|by|from|past) (?:this|next|the) (?:week|weekend|month|friday|"
        r"saturday|sunday|"
        r"monday|tuesday|wednesday|thursday|christmas)(?: [\w']+){0,2}? i(?:'m| am| will "
        r"be|'ll be)? not (?:here|around) (?:anymore|any more|no more)",
    ),
    # a gun made ready "for me": "the shotgun's loaded and it's for me tonight"
    (
        "loaded ready",
        r"(?:shotgun|gun|rifle|pistol|revolver)(?:'s)?\b(?: [\w']+){0,14}? (?:loaded|ready)"
        r"(?: [\w']+){0,8}? "
        r"(?:it's|it is|that's|that is|and it's) for me\b(?! to\b)",
    ),
    # a gun loaded for tonight with no hunt or shoot in the line: "the twelve bore is cleaned
    # and loaded behind the seat its tonight"
    (
        "loaded",
        rf"{_NOT_A_SHOOT}(?:shotgun|gun|rifle|pistol|revolver|twelve bore|twelve gauge|shottie)"
        r"(?:'s)?\b(?: [\w']+){0,4}? (?:is |are |was )?(?:cleaned and |oiled and )?loaded\b"
        r"(?: [\w']+){0,12}? (?:it's |it is |and it's |'s )?(?:tonight|today|after dark)\b",
    ),
    # a means to be used on oneself: "cleaned the rifle and after they all sleep tonight i use
    # it on me"
    (
        "me myself",
        rf"{_NOT_A_SHOOT}{MEANS_AT_HAND}\b(?: [\w']+){{0,20}}? (?:use|using|turn|point|pointing) "
        r"(?:it|them|that) on (?:me|myself)\b",
    ),
    # things given away beside a gun loaded: "gave my bike to my nephew and the shotgun in the
    # garage is loaded"
    (
        "loaded",
        rf"{_NOT_A_SHOOT}{_GIVEN_AWAY_OR_GAVE}\b(?: [\w']+){{1,20}}? (?:shotgun|gun|rifle|pistol|"
        r"revolver|twelve bore)\b(?: [\w']+){0,6}? (?:is |'s |are )?loaded\b",
    ),
    # added after safety round 25: a drink and the pills "together"; the mind made up with the
    # means in hand; affairs sorted beside a gun; a will updated and a one-way ticket
    (
        "together once",
        r"(?:bottle|whisky|whiskey|vodka|drink|booze|spirit)\b(?: [\w']+){0,14}? (?:and|with|an) "
        rf"(?:the |my )?{PILLS} (?:together|at once|all at once)\b",
    ),
    (
        "mind",
        r"made (?:my|his|her|their) mind up\b(?: [\w']+){0,10}? (?:has|have|got|'s got|'ve got) "
        r"the (?:blade|razor|pills|rope|gun|tablets|knife)\b",
    ),
    (
        "gun shotgun rifle",
        rf"{_NOT_A_SHOOT}(?:sorted|sorting|signed|done) (?:out )?(?:the |my )?(?:pension|insurance|"
        r"will|papers|affairs|paperwork)\b(?: [\w']+){0,12}? (?:shotgun|gun|rifle)\b",
    ),
    (
        "way",
        r"(?!.* (?:moving|move|emigrat\w*|abroad|visa|relocat\w*|new job|gap year)\b)(?:updated|"
        r"wrote|made|sorted|changed|redid) (?:the|my) will\b(?: [\w']+){0,16}? one way\b",
    ),
    # locked in alone with the means: "lock the door with all the tablets"
    (
        PILL_CUES + " " + MEANS_AT_HAND_CUES,
        rf"(?:lock|locked|locking) (?:myself in|the door|me in)(?: [\w']+){{0,3}}? with (?:all )?"
        rf"(?:the |my )?(?:{PILLS}|{MEANS_AT_HAND})\b",
    ),
    # going to the line with a letter written: "going to the railway line ... already i have
    # written the letter for my wife"
    (
        "letter note letters notes",
        r"(?:going|go|heading|walking|driving) to the (?:railway|rail|train) (?:line|lines|tracks|"
        r"bridge)\b(?: [\w']+){0,10}? (?:written|wrote|left) (?:the |a |my )?(?:letter|note|"
        r"letters|notes)\b",
    ),
    # going to the line or a drop to finish it: "tonight i will go to the railway line and
    # finish" (after round s26)
    (
        "finish end done stop come",
        r"(?:go|going|walk|walking|head|heading|drive|driving|off) to the (?:[\w']+ ){0,3}?"
        r"(?:(?:railway|rail|train) (?:line|lines|tracks|bridge)|tracks|bridge|cliffs?|viaduct|"
        r"quarry|reservoir|river|motorway bridge|dam|lake|weir|pier|canal|sea|harbour|docks)"
        r"(?: tonight| now| right now| later| after)? (?:and|to) (?:finish|end|"
        r"be done|make it stop|make it all stop|not come back|never come back)"
        r"(?! (?:the|my|a|work|off|with|up|of|at|on|in|by|reading|painting|fishing)\b)",
    ),
    # walking onto the line itself: "after the school run tomorrow i'm walking down onto the
    # railway line" (after safety round 28)
    (
        "line lines tracks track",
        r"(?:i|i'm|i am|i'll|i will|i'm going to|i am going to|i'm gonna) (?:[\w']+ )?(?:walk|"
        r"walking|step|stepping|go|going|climb|climbing|lie|lying|lay|sit|sitting|get|getting) "
        r"(?:down )?(?:onto|on to) (?:the )?(?:(?:railway|rail|train|tram) )?(?:line|"
        r"lines|tracks|track)\b(?! (?:maintenance|crew|gang|shift|work|inspection)\b)",
    ),
    # a poison's place named, and going there now: "the pesticide is in the store room and i am
    # going there now"
    (
        "now tonight",
        r"(?:pesticide|poison|weedkiller|paraquat|rope|pills|tablets|gun|rifle|shotgun)s? (?:is|are) "
        r"(?:in|at) (?:the|my) (?:[\w']+ )?(?:room|shed|store|storeroom|barn|garage|loft|cupboard|"
        r"car|van)\b(?: [\w']+){0,4}? (?:i'm|i am) going (?:there|to it|to get it) (?:now|right now|"
        r"tonight)\b",
    ),
    # a message timed to go out once the speaker is gone
    (
        "scheduled timed set",
        r"(?:scheduled|timed|set) to (?:send|go out|post|go)(?: [\w']+){0,8}? (?:when|after|by "
        r"which time|once) i(?:'ll| will)(?: already)? be (?:gone|dead|not here|long gone)",
    ),
    # a goodbye written, the pills already open
    (
        "goodbye",
        r"goodbye(?: [\w']+){0,20}? (?:bottle of pills|pills|tablets|bottle)(?: is| are)? (?:already )?"
        r"(?:open|out|counted out|lined up|poured out)\b",
    ),
    # the means at hand, waiting for the house to sleep: "the rope's in the van now i only wait
    # for my wife to sleep"
    (
        MEANS_AT_HAND_CUES,
        rf"{MEANS_AT_HAND}\b(?: [\w']+){{0,20}}? (?:wait|waiting|waits|until|till) (?:for )?{_ASLEEP_OR_OUT}",
    ),
    (
        "goodbye sorry",
        rf"{_NOT_AN_OCCASION}{_GOODBYE_WRITTEN}",
    ),
    # "i go to hang tonight": the act named with a time, in a learner's English
    (
        "hang",
        r"(?:i|i'm|i am) (?:go|going|gonna|will) to hang(?: myself)?(?= (?:tonight|today|tomorrow|now|"
        r"this (?:week|weekend|evening|morning)|soon)\b)",
    ),
    # a date set for when the house is empty: "set the date for the twelfth when the wife's at
    # her mum's"
    (
        "date day",
        r"(?!.* to (?:paint|decorate|clean|redo|fix|surprise|throw|have|plan|move|build|get)\b)"
        r"(?:set|picked|chosen|chose) (?:the|a|my) (?:date|day)(?: [\w']+){0,6}? when (?:the |my )?"
        r"(?:wife|husband|partner|kids|family|house|flatmate|roommate|parents)(?:'s| is| are)? (?:at|"
        r"away|out|gone|empty)",
    ),
    # pills gathered, said object first: "the pills i've been collecting"
    (
        PILL_CUES,
        rf"{PILLS} (?:i've|i have|i'd|i had) been (?:collecting|saving|hoarding|stockpiling|keeping "
        r"back|putting aside|saving up|squirrelling away)(?! (?:from|at) (?:the )?(?:chemist|pharmacy|"
        r"surgery|doctor's|gp)| for (?:her|him|them|my))\b",
    ),
    (
        "given gave giving handed",
        rf"{_NOT_AN_OCCASION}{_GIVEN_AWAY} (?:{W} ){{1,4}}(?:{W} ){{0,3}}(?:and )?{_LETTERS_TO_ALL}",
    ),
    (
        "booked booking book",
        rf"{_NOT_AN_OCCASION}{_LETTERS_TO_ALL} (?:{W} ){{0,4}}(?:and )?{_ROOM_BOOKED}|"
        rf"{_NOT_AN_OCCASION}{_ROOM_BOOKED} (?:{W} ){{0,4}}(?:and )?{_LETTERS_TO_ALL}",
    ),
)

NO_GOOD_FUTURE_RULES: tuple[tuple[str, str], ...] = (
    (
        "nothing picture see imagine",
        r"(?:there's|there is) nothing (?:out there |left |ahead )?for me (?:in|anymore|any more|"
        r"now|ahead|out there)\b|(?:there's|there is) nothing (?:left|ahead) for me(?= *$| "
        r"(?:nothing|at all|and|but|so|i)\b)|can't (?:picture|see|imagine) (?:a single |one |any )?(?:decent "
        r"|good |happy |better )?(?:season|year|day|future|summer|month|week)s? ahead",
    ),
    # no version of the future that improves: "can't see a version where things improve"
    (
        "version scenario future world",
        r"(?:don't|can't|cannot|do not|couldn't) (?:see|picture|imagine|find) (?:a|any|one) "
        r"(?:version|scenario|future|world) (?:of (?:this|it|my life) )?where (?:things|it|life|i|"
        r"anything) (?:improve|improves|gets? better|works? out|turns? out (?:okay|ok|fine|well)|"
        r"am happy|'m happy|feel better)\b",
    ),
    (
        "way",
        r"(?:don't|can't|cannot|do not|couldn't) see (?:a|any) way (?:forward|out|through|ahead)\b"
        r"(?! (?:for|with) (?:the|this|that|our|their|his|her|it|we|they|the \w+)\b)",
    ),
    # a poison in hand, about to be drunk: "the bottle from the chemicals cabinet in my hand i
    # am going to drink it"
    (
        "drink swallow down",
        r"(?:bottle|vial|jar|can|tin|jug) (?:of|from) (?:the |my )?(?:[\w']+ )?(?:chemicals?|"
        r"poison|bleach|acid|antifreeze|weedkiller|pesticide|lye|cyanide|solvent|paraquat)"
        r"(?: [\w']+){0,3}\b(?: [\w']+){0,8}? (?:going to|gonna|will|about to|want to) (?:drink|"
        r"swallow|down) (?:it|them|the lot|all of it)\b",
    ),
    # "i'd rather take a puck to the head and not get up than keep feeling like this"
    (
        "rather sooner",
        r"(?:rather|sooner) (?:[\w']+ ){0,8}?(?:and )?(?:not get up|not wake up|never wake up|never "
        r"get up|not come back|not be here)\b|(?:rather|sooner) (?:[\w']+ ){0,10}?than (?:keep|go "
        r"on|carry on) (?:feeling|living|being) like this",
    ),
    # "i'd not mind if i went off the fell in the fog and they never found me"
    (
        "mind care glad happy relieved peace",
        r"(?:i'd not|i would not|i wouldn't|i'd) (?:mind|care) if i (?:went off|didn't come back|"
        r"never came back|disappeared|wasn't found|never woke|went under)|(?:i'd not|i would not|"
        r"i wouldn't|i'd) (?:mind|care) if (?:[\w']+ ){0,8}?(?:took|take|takes) me (?:with it|"
        r"with them|for good)|(?:glad|happy|relieved|at peace) if (?:[\w']+ ){0,10}?(?:me|i) "
        r"(?:[\w']+ ){0,4}?(?:for good|forever|for ever)\b",
    ),
    # an accident wished for: "if a forklift ran me over tomorrow i wouldn't be sorry", "if a
    # lantern dropped on me during the rig i'd be relieved"
    (
        "sorry mind care complain relieved glad grateful thankful",
        r"if (?:a|the|some) [\w']+(?: [\w']+)? (?:(?:ran|run|knocked|hit|crushed|took|hits|takes) "
        r"me(?: over| down| out)?|(?:fell|falls|dropped|drops|landed|lands|came down|comes down) "
        r"on me)(?: [\w']+){0,6}? (?:(?:i )?(?:wouldn't|would not|won't|'d not) (?:be sorry|mind|"
        r"care|complain)|(?:i'd|i would) (?:be|feel) (?:relieved|glad|grateful|thankful))",
    ),
    # a burden priced: "they'd manage better on the life insurance than with me", "she'd be
    # better off if i went sooner"
    (
        "insurance off",
        r"(?:manage|cope|do|be|get on) better (?:on|with) (?:the |my )?(?:life )?insurance(?: money"
        r"| payout)? than (?:with )?me|better off if i (?:was gone|were gone|passed|died|"
        r"wasn't here|weren't here|wasn't around)\b|better off if i went(?= *$| (?:sooner|first|"
        r"early|for good|already|now)\b)",
    ),
    (
        "envy envying envied jealous",
        r"(?:dead|the dead|corpses|bodies)(?: [\w']+){0,10}? (?<!n't )(?<!not )(?:envy|envying|"
        r"envied|jealous of) "
        r"(?:them|those)|(?:envy|envying|envied|jealous of) (?:the dead|dead people|people who(?:'ve"
        r"| have)? died)",
    ),
    (
        "pray praying prayed hope hoping wish wishing",
        r"(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:\w+ )?not to (?:open my eyes|wake up|"
        r"wake)",
    ),
    (
        "future",
        r"(?:no|isn't a|there's no|there is no|can't (?:see|picture|imagine)(?: a| any)?|cannot "
        r"(?:see|picture|imagine)(?: a| any)?) (?:(?:version|kind|sort) of )?(?:the |my |a )?future "
        r"(?:where|in which|with) (?:i'm|i am|i'll be|i) (?:ever )?(?:happy|okay|ok|alright|well|"
        r"better|in it|alive|still here|glad to be alive)",
    ),
    (
        "expecting expect hoping waiting future",
        r"(?:stopped|stop|given up|gave up|quit) (?:expecting|hoping for|waiting for) (?:it|things|"
        r"anything|life|my life|the future) to (?:change|get better|improve|turn around)|"
        r"(?:the|my) future (?:looks|feels|is) (?:completely |totally |just |so |pretty )?(?:like )?(?:a )?(?:blank|empty|black|nothing|"
        r"a wall|a void|dark)\b(?! (?:screen|cheque|check|canvas|slate)\b)",
    ),
    (
        "take took takes",
        r"(?:god|lord|jesus|allah|the lord) (?:just |would |could |should |please |better |to )?"
        r"(?:take|takes|took) me(?: (?:in my sleep|away|home|tonight|now|already|soon)|(?= *$))",
    ),
)
