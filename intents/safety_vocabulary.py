"""Regular-expression fragments the crisis rules are written in, and cue lists they share.

Patterns read normalized text (``safety_normalize``): lowercase words, single spaces, ``\\b``
meaning the end of a word (``safety_ruleset`` compiles it so).
"""

W = r"[\w']+"  # one normalized word
G2, G3, G4 = (rf"(?:{W} ){{0,{n}}}" for n in (2, 3, 4))  # gaps of up to n words
# Modal and aspect words only, so "i know he will kill me" is not read as "i will kill me".
MODALS = (
    r"(?:(?:want|wanted|to|will|would|could|might|should|must|need|needed|going|try|tried|"
    r"trying|think|thinking|thought|of|about|plan|planned|planning|am|was|have|had|been|keep|"
    r"kept|start|started|do|did|wish|can|almost|nearly|also|often|sometimes|always|still) )"
    r"{0,4}"
)
# A gap of up to three words that turns nothing around ("i hope my boss doesn't kill me").
G3_POS = rf"(?:(?!(?:don't|doesn't|won't|wouldn't|didn't|not|never)\b){W} ){{0,3}}"

BODY = (
    r"(?:arms?|wrists?|forearms?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|body|"
    r"chest|shoulders?|upper arms?)"
)
# Things a person could use on themselves, named when they are set out or kept to hand.
MEANS_AT_HAND_CUES = (
    "rope noose cord belt cable hose pipe pills tablets gun rifle shotgun pistol blade razor "
    "charcoal barbecue ladder stool knot hook"
)
MEANS_AT_HAND = f"(?:{'|'.join(MEANS_AT_HAND_CUES.split())})"
PILLS = (
    r"(?:pills|tablets|meds|medication|medications|medicine|painkillers|sleeping pills|"
    r"antidepressants|tylenol|paracetamol|ibuprofen|advil|xanax|insulin|lithium|"
    r"sleeping tablets|prescription)"
)
PEOPLE = (
    r"(?:mom|mother|dad|father|brother|sister|son|daughter|uncle|aunt|cousin|friend|"
    r"boyfriend|girlfriend|husband|wife|partner|ex|grandma|grandpa|grandmother|grandfather|"
    r"grandad|granddad|niece|nephew|roommate|coworker|colleague|neighbor|neighbour|"
    r"classmate|teacher|boss|stepdad|stepmom|stepfather|stepmother|client|patient|kid|"
    r"child|teenager|teen|student|sibling|parent|fiance|fiancee|godfather|godmother|"
    r"mate|buddy|girl|guy|boy|man|woman|person|relative|bandmate|teammate)"
)
# Verbs of wanting, wishing and planning that frame a wish to be dead.
WANT = (
    r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|hope|hoped|hoping|pray|"
    r"prayed|praying|like|love|prefer|rather|ready|long|longing|yearn|need|needed|tempted|"
    r"deserve|deserved|deserves|plan|planning|planned|trying|tried|try|decided|"
    r"urge|urges|waiting|wait)"
)
NEG = r"(?:don't|didn't|doesn't|not|no|never|won't|wouldn't)"
# What follows "live", "be here", "go on" when the sentence is about a place or an activity.
PLACE_TAIL = (
    r"(?! (?:with|in|at(?! all\b)|near|there|here|alone|together|abroad|far|close|somewhere|on|by|"
    r"under|next|to|from|for|early|before|the|a|an|this|that|his|her|their|back|after|"
    r"until|till|during|vacation|holiday|tour|stage|trips?|dates?)\b)"
)
DISAPPEAR = (
    r"(?:disappear|vanish)(?! (?:for|from|into|to|during|at|off|on|in|under|behind|with|"
    r"until|till|when|while|after|before)\b)"
)
# The states of being gone: "dead", "not in this world", "out of the picture".
ABSENT = (
    r"(?:dead|gone|not here|not around|not alive|not in (?:this|the) world|not on this earth|"
    r"out of the picture|out of the way|no longer (?:here|around|alive|in (?:this|the) world)|"
    r"never born|gone forever|six feet under|in (?:my|a) (?:grave|coffin))"
)
# Being dead or gone, after "i" ("i wish i was dead") or "to" ("i want to disappear").
GONE_FINITE = (
    rf"(?:(?:was|were|'d be|would be|could be|be|am|'m) {ABSENT}|"
    r"(?:would |could |'d |will |'ll |might |can )?"
    rf"(?:die|{DISAPPEAR}|stop existing|cease to exist|not exist|fade away|never wake up|"
    rf"not wake up|sleep forever|fall asleep forever|go to sleep forever)|{ABSENT}|"
    r"never been born|not been born|"
    r"(?:had|'d) (?:died|never been born|not been born)|(?:wasn't|weren't) (?:born|alive|"
    r"here|around)|(?:didn't|don't|won't|wouldn't|never) (?:exist|wake up|woke up|make it "
    r"through the night|survive the night)|never existed|(?:was|were) never born|"
    r"(?:(?:had |'d )?never|hadn't|had not) (?:woken|woke) up(?: at all)?|"
    r"get hit by a (?:car|bus|truck|train)|(?:'ll |will |would |'d )?(?:get|got|be) "
    r"(?:into|in) (?:an|a) (?:accident|crash|car crash|wreck)|(?:'ll |will |would |'d )?"
    r"(?:crash|not make it(?: home)?|not come home|get sick and die))"
)
GONE_INFINITIVE = (
    r"(?:die|be dead|not be alive|not be here|not exist|stop existing|cease to exist|"
    r"never wake up|not wake up|sleep forever|fall asleep forever|go to sleep forever|"
    r"be gone|not be around|fade away|end it all|stop living|be six feet under|"
    rf"be in (?:my|a) (?:grave|coffin)|{DISAPPEAR})"
)
IF_GONE = (
    rf"(?:if|when|once) (?:i'm |i was |i were |i )(?:{ABSENT}|(?:wasn't|weren't) "
    r"(?:here|around|alive|there(?: like)? (?:at all|anymore|any more|for good|ever again))|died|disappeared|killed myself|didn't wake up|never woke up|"
    r"stopped existing|didn't exist|never existed|no longer (?:a |an )?(?:burden|concern|problem|"
    r"bother|nuisance|worry))"
)
LIVING = (
    r"(?:living|life|being alive|being here|going on|carrying on|existing|staying alive|"
    r"keeping going|trying anymore|anything anymore|it all|anything|waking up|getting up|"
    r"live|exist|go on|keep going|stay alive|being me)"
)


# Cue words shared by several rules (see ``RuleSet``).
PILL_CUES = (
    "pills tablets meds medication medications medicine painkillers antidepressants tylenol "
    "paracetamol ibuprofen advil xanax insulin lithium prescription"
)
BODY_CUES = (
    "arm arms wrist wrists forearm forearms leg legs thigh thighs skin stomach belly hip hips "
    "ankle ankles body chest shoulder shoulders"
)
GONE_CUES = (
    "gone dead here there around alive world earth picture way born died disappeared myself wake "
    "woke existing exist existed under grave coffin burden concern problem bother nuisance "
    "worry"
)
