"""Harmless spans built from crisis words, set aside before the search.

Idioms ("killing myself trying to", "rather die than"), accidents ("cut myself shaving"),
denials ("i don't want to die", "i'm not suicidal") and topics ("career suicide").
"""

from __future__ import annotations

from .safety_ruleset import RuleSet
from .safety_vocabulary import G2, NEG, PILLS, W

__all__ = ["HARMLESS_RULES"]

# Idioms, accidents, denials and topics built from the same words.
HARMLESS_RULES = RuleSet(
    # overwork and frustration idioms
    (
        "myself",
        r"kill(?:ing)? myself (?:trying|working|to (?:get|make|finish|keep|meet|please|pay|be)|"
        r"over (?:work|exams?|school|homework|a (?:grade|test|exam)|the (?:project|report|"
        r"deadline|exam|test))|at (?:work|the gym|school))",
    ),
    # "rather die than sit through that film"; not a going back or a living on
    (
        "rather sooner",
        r"(?:rather|sooner) (?:die|be dead) than(?! (?:go|going|goes) back\b| (?:live|living|"
        r"keep|face|carry on|spend another|wake up|be alive|feel|go on|stay)\b)",
    ),
    # the talk stopped for the night: "i think i'm going to stop there for tonight"; not "for
    # good"
    (
        "there here",
        r"(?:stop|stopping|leave it|leaving it|wrap it up|wrapping it up|wrap up|call it|pause|"
        r"finish|finishing) (?:there|here) (?:for (?:tonight|today|now|this evening|the night|the "
        r"day)|tonight|today|now)(?! (?:for good|forever|permanently|once and for all)\b)",
    ),
    ("myself", r"kill(?:ing|ed)? myself laughing"),
    # after safety round 29: a rope for climbing, a return said, sleep after a night's work
    (
        "climbing climb roping bouldering abseiling wall",
        r"(?:rope|ropes|harness)\b(?: [\w']+){0,6} (?:for|at|on) (?:the |a |my )?(?:[\w']+ )?"
        r"(?:climbing|climb|climbing wall|top roping|bouldering|abseiling|wall)\b",
    ),
    (
        "back",
        r"i(?:'ll| will) be back (?:in|on|by|for|next|before|after) (?:the )?(?:january|february|"
        r"march|april|may|june|july|august|september|october|november|december|spring|summer|"
        r"autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|"
        r"christmas|easter|new year|\w+ (?:weeks|days|months))\b",
    ),
    (
        "wake",
        r"(?:don't|do not|nobody|no one) wake me(?: up)? (?:till|until|before) (?:dinner|lunch|tea|"
        r"noon|midday|the afternoon|tomorrow|tonight|the evening|\w+ o'clock)\b",
    ),
    (
        "tired shattered exhausted wrecked",
        r"(?:tired|shattered|exhausted|wrecked) after (?:the |a |my )?(?:night|long|late|twelve "
        r"hour|double) (?:shift|fishing|watch|run|haul|trip|drive)\b",
    ),
    # longing for something: "i'm dying to tell my sponsor", "i was dying to eat"
    (
        "dying",
        r"dying to (?:tell|eat|see|know|meet|try|get|hear|read|watch|find out|have|buy|show|ask|"
        r"start|visit|go (?:to|on|back|home|out|and see)|taste|drink|sleep in|hug|play|try out)\b",
    ),
    # everyone's death as a plain truth said in church: "we all gwine cross ober one day"
    # (after round s27); not the speaker's own wish
    (
        "die cross pass go",
        r"(?:we|we all|we're all|we are all|all of us|everyone|everybody) (?:all )?(?:going to|"
        r"will|must|have to|got to|'ll) (?:all )?(?:die|cross over|pass on|pass over|go) (?:one day|some "
        r"day|someday|eventually|sooner or later|in the end|in time)\b",
    ),
    (
        "die dying died dead",
        r"(?:die|dying|died|dead) (?:of|from) (?:embarrassment|laughter|laughing|shame|boredom|"
        r"cringe|cuteness|jealousy|happiness|excitement|curiosity|old age|natural causes|"
        r"the heat|heat|thirst|hunger)",
    ),
    # "a cake to die for"; not "i've wanted to die for years"
    (
        "die",
        r"(?:to )?die for(?! (?:real|good|sure|certain|(?:\w+ )?(?:years|months|weeks|days)|ages|a (?:long )?"
        r"(?:time|while)|so long|some time|most of my life|ever|a bit|it|this|that)\b)",
    ),
    ("myself", r"drown(?:ing|ed)? myself in (?:work|wine|tv|books|games|chores|netflix|studying)"),
    ("myself", r"(?:shoot|shooting|shot) myself in the (?:foot|feet)"),
    ("life", r"take my life (?:back|in|into|seriously|forward)|take back my life"),
    (
        "myself",
        r"hurt(?:ing|s)? myself by (?:not )?(?!(?:cutting|burning|hitting|scratching|starving|"
        r"punching|biting|overdosing|stabbing)\b)\w+ing",
    ),
    # embarrassment, in the past: "i wanted to disappear" ("i want to" still counts)
    ("wanted", r"wanted to (?:disappear|vanish)(?! (?:forever|for good|permanently|and never)\b)"),
    # accidents
    (
        "myself",
        r"(?:cut|cutting|burned|burnt|burning|hurt|hurting|injured|injuring|bit|scratched|"
        r"nicked|poked|stabbed|pricked) myself (?:shaving|cooking|chopping|slicing|baking|"
        r"ironing|gardening|by accident|accidentally|on (?:a|the|some|my) (?:stove|oven|pan|"
        r"kettle|iron|grill|paper|glass|can|knife|nail|corner|edge|branch|fence|rock|wire|"
        r"door|table|stairs|bike|ice)|with (?:the|a|my) (?:kettle|iron|stove|oven|pan|"
        r"curling iron|hair straightener)|at (?:the gym|work|practice|the game|football|soccer|"
        r"training|the park|rugby|hockey)|playing \w+|lifting|running|skiing|skating|climbing|"
        r"working out|hiking|falling|when i (?:fell|slipped|tripped)|in the (?:kitchen|garden)"
        r")",
    ),
    ("accidentally", r"accidentally (?:cut|burned|burnt|hurt|injured|stabbed) myself"),
    # denials, unless "anymore" or "again" turns them into an admission
    (
        "want wants wanted wish plan planning going",
        rf"{NEG} (?:ever )?(?:want|wants|wanted|wish|plan|planning|going) to (?:die|kill myself|"
        r"hurt myself|harm myself|cut myself|end my life|end it|do it)(?! (?:anymore|again)\b)",
    ),
    (
        "myself",
        r"(?:never|won't|wouldn't|will never|would never|not going to|couldn't|could never) "
        r"(?:ever )?(?:kill|hurt|harm|cut|burn) myself(?! (?:anymore|again|but|though)\b)",
    ),
    (
        "suicidal",
        r"(?:i'm|i was|i've|i have|i'd|i'll|i am) (?:not|never|no longer) (?:been |be |feeling |"
        r"felt |currently |ever )?suicidal",
    ),
    (
        "suicidal self",
        r"(?:haven't|have not|hasn't|didn't|don't|no|never|not|without|zero) (?:had |have |"
        r"having |been having |got |get |experienced |feel |felt )*(?:any |more )?(?:suicidal|"
        r"self harm) (?:thoughts?|ideation|feelings|urges|intent|plans?|behaviou?r)"
        r"(?! (?:until|till|since|before|but)\b)",
    ),
    # a safety plan's "if i ever feel suicidal"
    (
        "suicidal",
        r"if i ever (?:feel|get|become|start to feel|start feeling|am|'m) suicidal(?! (?:again|"
        r"tonight|today|now|right now|this)\b)",
    ),
    # a screening question answered "no"
    (
        "no",
        rf"(?:asked|asks|asking|ask) (?:me )?(?:if|whether|about) (?:{W} ){{1,10}}?(?:and |but )?"
        r"i (?:said|say|told (?:her|him|them)) no",
    ),
    # topics, idioms and sport
    (
        "suicide",
        r"(?:career|political|social|commercial|financial|professional|academic|fashion|"
        r"dietary|electoral|brand) suicide",
    ),
    (
        "suicide suicides",
        r"suicides? (?:squad|mission|missions|doors?|sprints?|drills?|runs?|lanes?|bombers?|"
        r"bombings?|attack|attacks|blonde|king|jockey)",
    ),
    ("suicides", r"(?:ran|run|running|do|doing|did) suicides"),
    ("suicide", r"(?:assisted|physician assisted|doctor assisted|medically assisted) suicide"),
    (
        "suicide",
        rf"(?:movie|film|show|series|book|novel|documentary|podcast|article|song|episode|lecture|"
        rf"class|training|talk|video|course|seminar|workshop|play|poem|essay|research|paper|"
        rf"report|statistics|news|story|campaign|walk|fundraiser) {G2}(?:about|on) (?:teen |"
        r"youth |male |veteran )?suicide(?: prevention| awareness)?",
    ),
    (
        "suicide",
        r"suicide (?:prevention|awareness|rates?|statistics|research)"
        r"(?! (?:line|lifeline|hotline|number|center|centre|service|chat|text)\b)",
    ),
    (
        "suicide",
        r"suicide (?:scenes?|storyline|plot|episode|themes?|in the (?:movie|show|book|film))",
    ),
    # added after round 22: a way of life, a chess move, a habit that "will kill me"
    (
        "living",
        r"living out of (?:my |a |the )?(?:car|van|suitcase|suitcases|bag|bags|backpack|rucksack|"
        r"boxes|truck)",
    ),
    (
        "suicide suicidal",
        r"(?:suicide|suicidal) (?:on the (?:board|pitch|field|ice|court|track)|move|play|pass|"
        r"squeeze|run|gambit|sacrifice|attack)",
    ),
    (
        "kill death",
        r"(?:cholesterol|smoking|drinking|sugar|salt|stress|job|work|commute|diet|fried food|"
        r"booze|fags|cigarettes|weather|heat|caffeine|fast food|takeaways) (?:will|would|is going "
        r"to|'s going to|is gonna|gonna|'ll) (?:kill|be the death of) me",
    ),
    # a tool called a gun: "we shoot the pressure gun at the lorries all day"
    (
        "gun guns",
        r"(?:pressure|nail|glue|staple|spray|paint|water|heat|caulk|caulking|grease|rivet|nerf|"
        r"bubble|tattoo|price|temperature|speed|radar|massage|soldering) guns?",
    ),
    # a title: "an album called suicide season"
    (
        "suicid* overdos* self",
        rf"(?:song|songs|album|track|band|book|film|movie|show|series|game|poem|record|single|play|"
        rf"novel|podcast|episode) (?:called|named|titled) (?:{W} ){{0,3}}(?:suicid\w*|overdos\w*|"
        r"self harm\w*)",
    ),
    (
        "overdos*",
        r"overdos\w* (?:warnings?|risks?|labels?|symptoms|signs|information|info|prevention|"
        r"kits?|antidote|reversal|training|awareness|crisis|epidemic|deaths|statistics|rates?)",
    ),
    (
        "overdos*",
        r"(?:risk|danger|dangers|signs|symptoms|chance|warning|warnings) of (?:an )?overdos\w*",
    ),
    # Others' cases met at work or in training: "an overdose patient came in and pulled through",
    # "learning how to ask someone about suicide".
    (
        "overdos*",
        r"overdos\w* (?:patients?|cases?|calls?|victims?|admissions?|ward|shouts?|jobs?)",
    ),
    (
        "suicide suicidal",
        r"(?:ask|asking|asked|talk|talking|talked|speak|speaking) (?:to )?(?:someone|somebody|"
        r"people|callers?|a caller|a person|them|clients?|patients?|students?) about (?:suicide|"
        r"suicidal (?:thoughts|feelings))(?! (?:pills|methods?|ways?|drugs?|how))",
    ),
    # A safety check at work: "the carbon monoxide alarm went off at a customer's".
    (
        "monoxide",
        r"(?:carbon )?monoxide (?:alarms?|detectors?|leaks?|tests?|testers?|readings?|checks?|"
        r"safety|warnings?|sensors?|levels?)",
    ),
    # Someone else's send-off: "i wrote her farewell card", "a leaving card for him".
    (
        "farewell goodbye leaving",
        r"(?:her|his|their|a|the) (?:farewell|goodbye|leaving) (?:card|cards|do|party|gift|present|"
        r"speech|lunch|drinks)|(?:farewell|goodbye|leaving) (?:card|gift|present) for (?:her|him|"
        r"them|my|our|a|the)",
    ),
    # Safety advice: "a talk about not mixing painkillers with alcohol".
    (
        "mix mixing",
        r"(?:not|never|don't|do not|shouldn't|should not|against|avoid|avoiding) (?:to )?"
        r"(?:mix|mixing) (?:\w+ )?(?:painkillers|pills|tablets|meds|medication|medicine|"
        r"antidepressants|sleeping pills|sleeping tablets) (?:with|and) (?:alcohol|booze|drink|"
        r"drinking|wine|beer)",
    ),
    # An accident on a tool: "cut myself on the tin opener at work".
    (
        "myself",
        r"cut myself on (?:the|a|an|some) (?:tin opener|tin|can|glass|paper|knife|saw|chisel|fence|"
        r"wire|handpiece|bread knife|mandoline|grater|barbed wire|broken glass|stanley knife)"
        r"(?! (?:on purpose|deliberately|again on purpose)\b)",
    ),
    # A thrill, not a fall: "went bungee jumping off a bridge".
    (
        "bungee",
        r"bungee (?:jump\w*|jumped|jumps|cord)(?: (?:off|from) (?:a|the) (?:bridge|crane|tower))?",
    ),
    # advice: "the pharmacist warned me not to overdose", "too many painkillers would hurt"
    (
        "overdos*",
        r"(?:warned|warn|warns|warning|reminded|advised|told|tells|careful|said|explained|"
        r"instructions?) (?:me |us |you |people |patients |everyone )?(?:not to|never to|to not|"
        r"to never|to avoid|how to avoid|you can't|you shouldn't|so you don't) (?:accidentally )?"
        r"overdos\w*(?! (?:again|this time)\b)",
    ),
    (
        "doctor doctors pharmacist nurse gp label leaflet psychiatrist dentist physician "
        "specialist instructions",
        rf"(?:doctor|doctors|pharmacist|nurse|gp|label|leaflet|psychiatrist|dentist|physician|"
        rf"specialist|instructions) (?:said|says|warned|warns|told me|explained|reminded me) "
        rf"(?:that )?(?:taking )?too many {G2}{PILLS} {G2}(?:can|could|would|will|might|may|is|"
        r"are)",
    ),
    (
        "overdos*",
        r"overdos\w* on (?:sugar|caffeine|coffee|candy|chocolate|sweets|netflix|tv|television|"
        r"social media|cake|carbs|cuteness|christmas|work|sun|sunshine|cheese|pizza|memes|"
        r"podcasts|cookies|junk food)",
    ),
    (
        "goodbye",
        r"goodbye (?:letters?|notes?) to (?:my |the |our )?(?:old|younger|former|past|inner|"
        r"addiction|anxiety|depression|eating disorder|drinking|smoking|habit|ex|job|grief|"
        r"critic|house|home|childhood|teenage|perfectionism|shame|anger|panic)",
    ),
    # added after round 9, by concept: a date picked for someone else's do or an ordinary event
    (
        "date day",
        r"(?:planning|organising|organizing|arranging|throwing|hosting|booking|sorting|running) "
        r"(?:[\w']+ ){0,5}(?:party|birthday|\w+tieth|\w+ieth|anniversary|wedding|reunion|"
        r"christening|baptism|shower|celebration|bbq|barbecue|surprise|dinner|graduation|"
        r"retirement|holiday|trip|hen do|stag do|leaving do|do|bar mitzvah|bat mitzvah|jubilee|"
        r"fete|fundraiser|open day|sports day|prom|housewarming|gathering|get together)\b"
        r"(?: [\w']+){0,8}? (?:picked|chosen|chose|set|booked|fixed|decided on|settled on) "
        r"(?:a|the) (?:date|day)\b",
    ),
    # a body part, a skill or a service that will never get better
    (
        "better",
        r"(?:knee|knees|back|shoulder|hip|hips|eyesight|eyes|hearing|handwriting|french|spanish|"
        r"german|english|maths|wifi|signal|traffic|weather|team|cough|rash|injury|ankle|wrist|"
        r"leg|arm|neck|skin|acne|teeth|tooth|memory|arthritis|service|food|pay|bus|trains|"
        r"internet|connection|road|roads)(?:'s| is| are)? (?:\w+ ){0,3}?(?:is |are |'s )?(?:never|not ever) (?:ever )?"
        r"(?:going to|gonna|will) get (?:any )?better",
    ),
    # added after safety round 23: idioms and everyday care built from the same words
    ("wall", r"(?:drives?|driving|drove|driven|sends?|sending|sent) (?:\w+ )?up the wall"),
    ("dead", r"dead to the world"),
    # a relapse refused: "angry and sad but i'm not going to drink over it"
    (
        "drink",
        r"(?:not|won't|never|not going to) (?:going to )?drink over (?:it|this|that|him|her)\b",
    ),
    # someone checking after a long sleep: "knocked on my door to check i was still alive"
    (
        "alive",
        r"(?:check|checking|checked|see|make sure|making sure) (?:if |whether |that )?i (?:was|am|"
        r"'m|were|wasn't) (?:still )?alive\b",
    ),
    ("fishing", r"ice fishing|holes? (?:in the ice )?for (?:ice )?fishing"),
    # drink given away to stay sober: "gave the bottles to my brother so there's no temptation"
    (
        "booze alcohol bottles beer beers wine drink liquor spirits vodka whisky whiskey cans",
        r"(?:booze|alcohol|bottles|beers?|wine|drink|liquor|spirits|vodka|whisky|whiskey|cans)\b"
        r"(?: [\w']+){0,14}? (?:so (?:there's|there is|i have|i've got) no temptation|to stay "
        r"(?:sober|dry|clean)|for my sobriety)",
    ),
    # added after safety round 24: self-pity, aches, a hangover, a sensible night out, a joke
    ("myself", r"feel(?:ing|s)? sorry for myself"),
    (
        "killing",
        r"(?:arms|legs|back|feet|knees|knee|head|shoulders|hands|neck|hips|calves) (?:are|is) "
        r"killing me\b",
    ),
    (
        "driving drive taxi cab uber",
        r"(?:not|won't|never) (?:driving|drive)\b(?: [\w']+){0,6}? (?:pints|drinks|beers|a drink|"
        r"over the limit)|(?:getting|get|got|take|taking) a (?:taxi|cab|uber) home",
    ),
    (
        "dead hanging wrecked",
        r"(?:stag do|hen do|stag|hen|party|night out|pub crawl|festival|pints|all dayer)\b"
        r"(?: [\w']+){0,8}? (?:be |i'll be |i'm )?(?:dead|hanging|wrecked)\b(?: [\w']+){0,4}?"
        r"(?: (?:properly |absolutely )?hanging)?",
    ),
    (
        "wake",
        r"(?:she|he|they|wife|husband|mum|mom|dad|partner|flatmate) (?:\w+ )?(?:thought|joked|said|"
        r"reckoned|worried) (?:that )?i(?:'d| would) never wake up",
    ),
    # added after safety round 25: idioms of strength, stubbornness and a bad night on stage
    ("dead", r"knock (?:you|ye|him|her|them|'em|us) dead\b"),
    ("dead", r"over my dead body"),
    ("life", r"(?:couldn't|can't|cannot|could not) [\w']+(?: [\w']+){0,4} to save my life"),
    ("dying died", r"(?:dying|died) (?:up there|out there|on (?:the )?stage|a death on stage)"),
    # safety first: "wrapped them so nobody gets cut"
    (
        "cut hurt",
        r"so (?:nobody|no one|noone|the kids|the bin men|the binmen|anyone) (?:gets?|got|would "
        r"get|will get) (?:cut|hurt)\b",
    ),
    # a loved one's bequest: "my grandad left me his darts in his will"
    ("will", r"(?:left|leaves|gave) me (?:[\w']+ ){0,4}in (?:his|her|their) will\b"),
    # tools of a trade: "a rope and a ladder in the van ... it's standard kit for enforcement"
    (
        "kit",
        r"(?:rope|ropes|ladder|knife|knives|blade)\b(?: [\w']+){0,16}? (?:standard|work) kit\b",
    ),
)
