"""What counts as thoughts of suicide, one section per concept; searched before self-harm.

The words themselves, wishing to be dead or gone, hopelessness about living and feeling a
burden, thinking about death, methods and plans, saying goodbye and getting ready.
"""

from __future__ import annotations

from .safety_everyday_risk import EVERYDAY_CONCERN_RULES, LIFE_ADMIN_RULES
from .safety_fallback import (
    FALLBACK_CONCERN_RULES,
    FALLBACK_URGENT_RULES,
    MORE_CONCERN_RULES,
    MORE_URGENT_RULES,
)
from .safety_final_arrangements import ARRANGEMENT_RULES, OUT_OF_THEIR_LIFE_RULES
from .safety_means_in_hand import MEANS_IN_HAND_RULES, NO_GOOD_FUTURE_RULES
from .safety_preparation import PREPARATION_RULES
from .safety_readiness import PASSIVE_RULES, READINESS_MORE_RULES, READINESS_RULES, WORTH_RULES
from .safety_ruleset import RuleSet
from .safety_vocabulary import (
    G2,
    G3,
    G3_POS,
    G4,
    GONE_CUES,
    GONE_FINITE,
    GONE_INFINITIVE,
    IF_GONE,
    LIVING,
    MODALS,
    NEG,
    PILL_CUES,
    PILLS,
    PLACE_TAIL,
    WANT,
    W,
)

__all__ = ["PREPARATION_END", "PREPARATION_START", "SUICIDE_RULES"]

_ALCOHOL = r"(?:vodka|alcohol|booze|wine|whiskey|whisky|beer|gin|rum|tequila|liquor)"
_DRUGS = (
    r"(?:heroin|fentanyl|opioids?|oxy|oxycodone|oxys|morphine|methadone|cocaine|meth|ketamine|"
    r"benzos|dope|smack|xanax)"
)

# God by the names a speaker prays to.
_GOD = (
    r"(?:god|lord|jesus|death|heaven|angels|allah|waheguru|almighty|bhagwan|bondye|jah|"
    r"heavenly father|father in heaven|pachamama)"
)

# A farewell with an ordinary reason beside it: a move, a new school, retiring (round 9).
_MOVING_AWAY = (
    r"(?!.* (?:(?:since|because|as|now that|before|cause|cos) (?:we're|we are|we'll be|i'm|i am|"
    r"i'll be|they're|she's|he's|the|our|my|we|i) (?:\w+ )?(?:moving(?! on\b| to a better\b)|"
    r"moved|relocating|emigrating|retiring|changing (?:schools|jobs)|graduating|off to|"
    r"transferring|starting (?:a|my|the) new|going (?:back )?to (?:uni|university|college)|end "
    r"of term)|(?:moving|move|moved) (?:away|house|abroad|overseas|schools|jobs|out|back home|up "
    r"north|down south|to (?!a better\b|heaven\b|the other side\b)\w+)|emigrat\w+|relocat\w+|"
    r"retiring|retirement|leaving (?:the|my|this) \w+(?: \w+)? for|(?:a|my) new job|a job in)\b)"
)

_RULES: tuple[tuple[str, str], ...] = (
    # The words themselves, misspellings and slang included.
    ("su*", r"su[ie]?[cs]i?d\w*"),
    ("sewerslide kms unaliv*", r"sewerslide|kms|unaliv\w*"),
    # British slang: "thoughts of doing myself in" ("done myself in" is tiredness, left out).
    (
        "myself meself",
        r"(?:do|doing|did) away with myself|"
        r"(?:do|doing) (?:myself|meself) in\b(?! (?:with|at|by|from|lifting|working|running|"
        r"training|the gym)\b)",
    ),
    (
        "rope roping",
        r"(?:to|will|'ll|going to|finna|might|should|could|about to) rope(?= *$| (?:myself|"
        r"tonight|today|now|soon|already|again|and|but|so|i)\b)|(?:rope|roping) myself",
    ),
    (
        "log logging logged",
        r"(?:log|logging|logged) off (?:for good|permanently|forever|from life|for the last time|"
        r"life)(?! (?:from|on|of|social|twitter|instagram|tiktok|the|my)\b)",
    ),
    (
        "life",
        r"(?:want|wanted|going|need|try|trying|tried|planning|plan|decided) to and my (?:own )?"
        r"life(?= *$| (?:tonight|today|now|soon|and|but|because|so)\b)",
    ),
    (
        "cell sell",
        r"(?:kill|kills|killed|killing) my (?:cell|sell)(?! (?:phone|bill|plan|service|battery|"
        r"screen|number|signal)\b)",
    ),
    (
        "myself",
        r"(?:kill|kills|killed|killing|end|ending|ended|delete|deleting) myself"
        r"(?! (?:from|off social|on social)\b)",
    ),
    (
        "myself",
        r"(?:to|i'll|i'd|could|might|should|will|would|gonna) off myself|offing myself|"
        r"(?:yeet|yeeting|yeeted) myself (?:off|into|in front)",
    ),
    (
        "kill killing end ending finish",
        rf"i {MODALS}(?:kill|killing|end|ending|finish) me(?! (?:off|up|out|for|if|when|with|"
        r"because|down|a)\b)",
    ),
    (
        "life",
        r"(?:end|ending|ended|take|taking|took|finish|finishing|stop|stopping) (?:with )?my "
        r"(?:own )?life(?! (?:back|into|seriously|forward|more|over|around|as|to|a)\b)"
        # "take my life in my hands" or "in a new direction", but "in my flat" is a place
        r"(?! in (?:my (?:own )?hands|hand|order|check|a new|new|another|the right|a different)\b)",
    ),
    (
        "end ending ended finish finishing",
        r"(?:end|ending|ended|finish|finishing) (?:with )?(?:it all|everything|all of it)"
        r"(?! (?:on|in|for|before|by|at|today|tonight|first|else|that|we|i|from)\b)",
    ),
    (
        "end ending ended",
        # the day said: "i'm going to end it on sunday"; not "the band want to end it on
        # saturday" nor "end it on a high note" (after round s27's rescoring)
        r"(?:i'll|i will|i'm going to|i am going to|i'm gonna|i've decided to|i'm ready to) end "
        r"(?:it|things) on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my "
        r"birthday)\b|"
        r"(?:to|i|i'll|i'd|could|should|might|would|will|about|of|and|finally|almost|going to) "
        r"(?:end|ending|ended) (?:it|things)(?! (?:with|between|for|early|there|here|on|at|"
        r"off|up|a|the|now|soon|today|so|quickly|politely|nicely|well|badly)\b)|"
        # an attempt with its means: "tried to end it with the car running in the garage"
        r"(?:tried|try|trying|attempted) to end (?:it|things|my life) (?:with|using|by) (?:the |a "
        r"|my )?(?:car|pills|tablets|rope|belt|gun|knife|blade|exhaust|hose|engine|overdose)\b",
    ),
    # Wanting or wishing to be dead or gone.
    (
        "die dead alive here exist existing wake sleep asleep gone around fade end living "
        "disappear vanish under grave coffin",
        rf"(?<!don't )(?<!didn't )(?<!doesn't )(?<!not )(?<!never )(?<!no ){WANT} (?:to |for )?"
        rf"(?:me |myself )?(?:to )?{GONE_INFINITIVE}(?! (?:of|from|laughing|happy|old|rich|"
        r"alone|young|peacefully at)\b)",
    ),
    (
        "dead gone born alive here around die died disappear vanish existing exist fade wake woke "
        "woken sleep asleep existed night hit world earth picture way longer accident crash wreck make "
        "home under grave coffin",
        rf"{WANT} (?:that )?(?:i|i'd|i'll|i'm) {GONE_FINITE}",
    ),
    (
        "here alive exist wake around world living breathing live",
        rf"{WANT} (?:to )?not (?:be here|be alive|be living|be breathing|live|exist|wake up|"
        rf"be around|be in this world){PLACE_TAIL}",
    ),
    (
        "kill kills shoot shoots run runs hit hits murder end",
        rf"{WANT} {G3_POS}(?:would |will |could |to |'d )?(?:kill|kills|shoot|shoots|run over|"
        r"runs over|hit|hits|murder|end) me(?! (?:for|if|when|because|with|off|up|out)\b)",
    ),
    ("hit run killed", rf"{WANT} {G2}(?:get|got|be|getting) (?:hit|run over|killed) by"),
    (
        "alive exist live living here around go keep carry wake waking world earth continue "
        "survive life",
        rf"{NEG} (?:want|wants|wanted|wanna|need|feel like|care to|wish to) (?:to )?"
        rf"(?:(?:be alive|stay alive|exist|live|living|keep living|be here|be around|go on|"
        rf"keep going|carry on|wake up|waking up|exist anymore|be in this (?:world|life)|be on this "
        rf"earth|go on with (?:my )?life|continue living|continue){PLACE_TAIL}"
        r"(?! forever\b(?! like\b))|survive(?: this| it| anymore| the night| another day)?"
        r"(?! (?:i|but|on|by|off|in|with|without|financially|the)\b))",
    ),
    (
        "dying dead existing disappearing giving",
        r"(?:feel|feels|felt|feeling) like (?:dying|being dead|not existing|disappearing|"
        r"giving up on (?:life|living|everything))(?! (?:of|from|laughing|inside)\b)",
    ),
    (
        "dead rather sooner under grave",
        r"better off (?:dead|six feet under|in (?:my|the|a) grave)|"
        r"(?:want|wanted|ready|rather|like|prefer) to be dead|"
        r"(?:i'd|would|i) (?:rather|sooner) (?:be dead|die|not exist|not be alive)",
    ),
    (
        "better easier",
        r"(?:better|easier) (?:if |that |for me to |to |)i? ?(?:die|died|was dead|were dead|"
        r"be dead|not exist|disappeared)(?! (?:of|from|laughing)\b)",
    ),
    ("die dead", r"(?:should|must|might as well|may as well) (?:just )?(?:die|be dead)"),
    (
        "forever good permanently never",
        r"(?:disappear|vanish|go away|be gone) (?:forever|for good|permanently|and never "
        r"(?:come back|wake up|be found))|(?:sleep|fall asleep|go to sleep) (?:forever|for good|"
        r"permanently|and never (?:come back|wake up|be found))(?! (?:on|at|in|after|every|when|"
        r"whenever|during|til|till|until|this (?:weekend|morning))\b)",
    ),
    (
        "wake",
        r"(?:and|to|would|could|i|i'd|just|will|'ll|then) (?:never|not) (?:to )?wake up"
        r"(?! (?:early|at|"
        r"before|until|till|on time|in time|the|my|him|her|them|when|during|late|in the|with|"
        r"so|because|if)\b)",
    ),
    # lying down and not getting up again: the same wish, said of the bed
    (
        "lie lay laid lying laying",
        r"(?:lie|lay|laid|lying|laying) down and (?:never|not) (?:get|getting) up(?= *$| (?:again|"
        r"ever|anymore|no more|and|but|because)\b)",
    ),
    (
        "god lord jesus death heaven heavenly angels allah waheguru almighty bhagwan bondye jah "
        "pachamama",
        rf"(?:{WANT}|welcome|welcomed|welcoming|ask|asked|asking|beg|begged|begging) (?:that |for )?"
        rf"(?:the )?(?:good )?{_GOD} "
        r"(?:every (?:night|day|morning) )?(?:would |will |to |'d |might |"
        r"could |can |come and |comes and )?(?:take|takes|taking|come for|comes for|coming for|"
        r"call|calls|calling) me(?! (?:to|back|through|out|away|under|by|seriously)\b)|"
        r"(?:welcome|welcomed|welcoming|embrace|embraced|ready for|long for|longing for) death"
        r"(?! (?:of|metal|scene|scenes|star|threats?)\b)|"
        # asking why god took another and not the speaker: "i ask bondye why he didn't take me"
        rf"(?:ask|asked|asking|wonder|wondering|question|questioning) (?:the )?(?:good )?{_GOD} "
        r"why (?:he|she|they|it|you) (?:didn't|did not|never|won't|will not|doesn't|does not) "
        r"(?:just )?take me\b|"
        # "better if pachamama take me back already"
        rf"better if {_GOD} (?:would |will |just |could )?(?:take|takes|took|call|calls) me"
        r"(?! (?:to|through|out|for|with|shopping|home from)\b)|"
        # called home: "heavenly father should just call me home"
        rf"{_GOD} (?:should|would|could|will|can|might|please|to) (?:just )?(?:take|call|bring) "
        r"me home\b",
    ),
    (
        "care",
        r"(?:don't|wouldn't|won't|doesn't|no longer|didn't|couldn't|never) care (?:if|whether) i "
        r"(?:live|die|died|wake up|woke up|don't wake up|get hit|got hit|crash|crashed|survive|"
        r"make it|get hurt|am dead|was dead|'m dead|'m alive|am alive|was alive)",
    ),
    (
        "tired sick exhausted weary done",
        r"(?:tired|sick|exhausted|weary|done) (?:of|with) (?:living|life|being alive|existing|it "
        r"all|everything|this life|being here|waking up|trying to stay alive|fighting to stay "
        r"alive)(?! (?:in|at|with|on|here|there)\b)",
    ),
    ("up", r"(?:give|giving|gave|given) up on (?:life|living)"),
    (
        "bother",
        r"why (?:even )?bother (?:staying|living|staying alive|being alive|going on|continuing|"
        rf"existing|waking up|carrying on|getting up|trying){PLACE_TAIL}",
    ),
    (
        "better",
        r"nothing(?:'s| is| will|'ll)?(?: ever)?(?: going to)? get better|"
        r"(?:never|won't ever|will never)(?: going to)? get better",
    ),
    (
        "easy",
        r"easy it would be(?= *$| (?:to (?:die|end it|jump|step|let go|go|disappear|stop|drive|"
        r"crash|overdose|not wake up|do it)|and|but|if i|just)\b)",
    ),
    (
        "why",
        r"why (?:am i|i'm|should i|do i|would i|bother) (?:still )?(?:alive|living|bother living|"
        r"keep going|keep living|go on|stay alive|wake up)",
    ),
    # Hopelessness and feeling a burden.
    # no point in rising for the day: "what is the point to stand up in morning" (after
    # safety round 28)
    (
        "point",
        r"(?:what's|what is|no|any|see the|see any) (?:the )?point (?:to|in|of) (?:stand|standing|get|"
        r"getting|wake|waking|rise|rising) up (?:in (?:the )?mornings?|every morning|each "
        r"morning|anymore|any more)\b",
    ),
    (
        "point",
        rf"point (?:in|of|to) {LIVING}(?! (?:in|at|with|on|for|the|a|this|that|to|there|here|"
        r"by|early|earlier|late|later)\b)",
    ),
    (
        "purpose sense meaning",
        r"(?:no|not|little|lost|without|longer|never|hardly|can't|don't|doesn't) (?:[\w']+ ){0,3}"
        r"(?:purpose|sense|meaning) (?:in|of|to|for) (?:living|life|my life|being alive|being here|"
        r"going on|carrying on|existing|staying alive|keeping going|waking up|getting up|live|"
        r"go on|carry on|keep going|stay alive|being me|continuing|continue|it all|anything "
        r"anymore)(?! (?:in|at|with|on|for|the|a|this|that|to|there|here|by)\b)",
    ),
    (
        "way",
        r"no way (?:i can|i could|i'll|i will|i'm going to|can i|could i|i'll be able to|i can "
        r"possibly) (?:go on|carry on|keep going|keep living|live|survive|continue|get through "
        r"this|stay alive)(?! (?:with|to|in|at|working|studying|as|for|the|my|here|there)\b)",
    ),
    (
        "pointless meaningless unbearable worth",
        r"(?:life|living|existence|everything)(?:'s| is| feels| seems| has become| became)? "
        r"(?:so )?(?:pointless|meaningless|unbearable|not worth it)",
    ),
    (
        "worth",
        r"(?:isn't|is not|'s not|ain't|not|no longer|never|nothing) worth living|"
        r"(?:life|living) (?:isn't|is not|ain't|no longer|not) worth|life's not worth",
    ),
    (
        "life lifes life's meaning sense purpose",
        r"(?:life|lifes?|life's) (?:has|have|had|got|is) no (?:sense|meaning|point|purpose|"
        r"value|future)|(?:no|any) (?:meaning|sense|purpose) (?:in|to) (?:my )?life",
    ),
    (
        "reason reasons",
        r"(?:no|any|nothing|without (?:a|any)|lost (?:my|the|every)|can't (?:find|think of|see) "
        r"(?:a|any|one)|don't have (?:a|any)|not (?:a|one|any)) (?:good |real |single )?reasons? "
        r"(?:left )?(?:to|for) (?:live|living|be alive|stay alive|keep going|go on|keep living|"
        rf"carry on|exist|be here|get up|wake up|stay|continue){PLACE_TAIL}",
    ),
    (
        "for will",
        r"(?:nothing|nobody|no one|no reason|not much|nothing left|little) (?:left )?to live for|"
        r"what (?:am i|do i|i'm|i) (?:living|live|alive|here) for|lost the will to live",
    ),
    (
        "can't",
        rf"can't (?:go on|keep going|keep living|carry on|take (?:it|this|any of this|life) "
        rf"anymore|do (?:this|life|it) anymore|live like this|handle life|bear (?:it|this|living)"
        rf"(?: anymore)?|stand being alive|be alive|keep doing this){PLACE_TAIL}"
        r"(?! (?:when|because|if)\b)"
        # a job that can't go on like this: "... like this at work"
        r"(?! like this (?:at|in) (?:work|the job|this job|my job|the office|that office)\b)",
    ),
    (
        "way",
        r"(?:no|any|see a|find a|the only|one) way out(?! of (?:the|this|my|our|a|that) "
        r"(?:lease|contract|job|meeting|deal|class|room|party|commitment|appointment|agreement|"
        r"trip|course|program|programme|building|parking|car park|maze|subscription)\b)",
    ),
    (
        "burden weight drain liability waste",
        r"(?:i'm|i feel|i've become|i have become|i've been|i have been|i was|being|i become|"
        r"i am|i'm becoming|i am becoming|i've turned into|i have turned into|i'm turning into|"
        r"mi) "  # "mi just a weight pon mi pickney": Caribbean English drops the "am"
        r"(?:(?:like|such|only|"
        r"a|an|big|huge|total|complete|massive|nothing|but|more|of|so|much|the|just) ){0,4}"
        r"(?:burden|weight on|drain on|dead weight|liability|waste of (?:space|oxygen|air))",
    ),
    (
        "burden",
        r"burden (?:to|on|for) (?:everyone|everybody|my family|them|my kids|people|others|"
        r"the people|all of you|you all|my parents|my friends)",
    ),
    # a weight hung on the family: "i am stone around her neck", "i'm another drain on the
    # pension" (after round s27)
    (
        "stone millstone anchor rock albatross drain mouth",
        r"(?:i'm|i am|i feel like|i've become|i have become|i|mi) (?:[\w']+ ){0,4}?(?:a |an |the "
        r"|like a |one more |another )?(?:stone|millstone|anchor|rock|albatross) (?:around|round|"
        r"on|about) (?:her|his|their|our|everyone's|everybody's|the family's|my \w+'s|my "
        r"family's) necks?|"
        r"(?:i'm|i am|i feel like|i've become|i have become) (?:[\w']+ ){0,5}?(?:another|one "
        r"more|just a|only a|nothing but a) (?:drain on|mouth to feed for) (?:the|my|our|her|his|"
        r"their|everyone|everybody|them|the family)\b",
    ),
    (
        "me",
        rf"(?:better|happier|easier|relieved|lighter|best|safer|simpler|chill|chilled|sorted|"
        rf"calmer|freer) {G2}without me",
    ),
    # the children better off with someone else: "the kids would be better off in care with
    # somebody younger" (after safety round 28)
    (
        "off",
        r"(?:kids|children|grandkids|grandchildren|boys|girls|family|babies|son|daughter) "
        r"(?:would|'d|will|'ll) be better off (?:in care|with (?:somebody|someone|anybody|anyone) "
        r"(?:else|younger|better|normal)|with another (?:family|mum|mom|dad|parent))\b",
    ),
    # "my missus would be better off full stop": better off, with nothing after it
    ("off", r"(?:would|'d|will|'ll) be better off (?:full stop|period|altogether)(?= *$)"),
    ("gone dead way", r"with me (?:gone|dead|out of the way)"),
    (
        GONE_CUES,
        r"(?:would|wouldn't|\w+'d|mind|care|better|easier|happier|relieved|fine|okay|ok|nice|"
        r"nicer|peaceful|glad|happy|miss|notice|cry|matter|mourn|sad|upset|anyone|nobody|kinder|"
        r"fairer|"
        rf"everyone|everybody|world|simpler|best|lighter|safer) {G4}{IF_GONE}",
    ),
    (GONE_CUES, rf"{IF_GONE} {G3}(?:nobody|no one|anyone|everyone|everybody|who)"),
    (
        "miss",
        r"(?:nobody|no one|who|would anyone|will anyone|would anybody|does anyone) (?:would |"
        r"will |'d |'ll )?(?:even )?miss me",
    ),
    (
        "stop end over",
        r"(?:want|wanted|need|needed|wish|wanting) (?:it all|everything|it|all of it|all this|"
        r"the pain|this pain|all the pain|life|my life|the suffering|everything) to (?:stop|end|"
        r"be over)(?= *$| (?:forever|for good|permanently|now|already|and|but|because|so|i|"
        r"it|everything)\b)",
    ),
    (
        "stop",
        r"make (?:it all|everything|it|the pain) stop(?= *$| (?:forever|for good|permanently)\b)",
    ),
    # Thinking about death; not feeling safe; no future.
    (
        "death dying dead being existing waking disappearing funeral ending taking killing",
        r"(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|"
        r"fantasies|obsessing|obsessed|daydream\w*|picture|picturing|imagine|imagining) "
        r"(?:a lot |so much |constantly |all the time |more |again |often )?(?:about|of) "
        r"(?:death|dying|being dead|not being here|not being alive|not existing|not waking up|"
        r"disappearing|my death|my own death|my funeral|ending it|ending things|ending my life|"
        r"taking my life|not being around|killing myself)(?! (?:of|from|terrifies|scares|"
        r"frightens)\b)",
    ),
    ("dark", r"dark (?:thoughts|place)"),
    (
        "death dying dead",
        r"(?:death|dying|being dead) (?:sounds|seems|feels|looks|would be|'d be|is|would feel) "
        r"(?:so |kind of |like )?(?:peaceful|appealing|a relief|like a relief|nice|good|better|"
        r"inviting|tempting|welcome|comforting|freeing|like freedom|easier|the only way out|"
        r"the answer|like an option|an option)",
    ),
    (
        "picture imagine see",
        r"(?:can't|cannot|don't|couldn't) (?:picture|imagine|see) (?:myself|me) (?:being alive|"
        r"alive|still alive|still being here|still here|living past|living to|growing old|"
        r"getting old|getting older|having a future|with a future|in the future)",
    ),
    (
        "future",
        # "can't see a future where the club gets promoted" is about someone else's future
        r"(?:can't|cannot|don't|couldn't) see (?:a|any|my) future(?! (?:where|in which|for) "
        r"(?:the|this|that|our|their|his|her|it|we|they|he|she|\w+'s)\b)|(?:there's|there is|i have|"
        r"i've got) no future(?: for me)?(?! (?:in|at|with)\b)",
    ),
    (
        "heart body",
        rf"{WANT} (?:that )?my (?:heart|body) (?:would |will |to |'d |might )?(?:stop|stops|"
        r"gives out|give out|just stops|gives up|give up|shuts down|shut down|fails|fail)"
        r"(?! (?:hurting|aching|shaking|itching|bleeding|doing|being|feeling|from|craving)\b)",
    ),
    (
        "body heart organs kidneys",
        r"(?:starv\w*|not eating|stop eating|stopped eating|purg\w*|drink\w*|drank|using) "
        r"(?:[\w']+ ){0,4}(?:until|till|til) (?:my )?(?:body|heart|organs|kidneys) (?:gives up|"
        r"give up|gives out|give out|shuts down|shut down|stops|stop|fails|fail|collapses|"
        r"collapse|can't take it)",
    ),
    (
        "something",
        rf"{WANT} (?:that )?something (?:bad |terrible |awful |fatal )?(?:would |will |'ll |to |"
        r"might )?happens?(?= *$| (?:to me|and|so|because)\b)",
    ),
    (
        "trust safe",
        r"(?:don't|can't|cannot|do not) trust myself (?:to (?:stay|be|keep) safe|tonight|right "
        r"now|alone|around|with (?:the|my|a) (?:pills|meds|medication|knife|knives|gun|car|razor|"
        r"blades?))|(?:not|never) (?:feel )?safe (?:around|with) (?:myself|my (?:meds|pills|"
        r"medication|thoughts)|the (?:pills|knives|gun|meds))|(?:can't|cannot|not sure i can|"
        r"don't know if i can|unable to) (?:keep|stay) (?:myself )?safe|i'm not safe(?= *$| "
        r"(?:right now|tonight|anymore|alone|with myself|around myself)\b)|safe tonight",
    ),
    ("enough", r"(?:lived|been alive|been around|been on this earth) (?:long )?enough(?! to\b)"),
    # Methods and plans.
    (
        PILL_CUES,
        rf"(?:too many|a (?:whole )?(?:bottle|box|pack|packet|handful|bunch) of|the whole "
        rf"(?:bottle|box|pack|packet) of|all (?:of )?(?:my|the|those|these|them) at once) "
        rf"{G3}{PILLS}(?! (?:on time|as prescribed|every|each|with (?:food|water|"
        r"breakfast|dinner)|regularly|in the morning|at night|for (?:my|the|a))\b)",
    ),
    (
        PILL_CUES,
        rf"{WANT} {G3}(?:take|taking|took|swallow\w*|down|downing) (?:all|every one of|the whole "
        rf"(?:bottle|box|pack) of|each of) (?:of )?(?:my |the |those |these |them )?(?:{W} )?"
        rf"{PILLS}",
    ),
    (
        PILL_CUES,
        rf"(?:think|thinking|thought|considered|considering) (?:about )?(?:taking|swallowing) "
        rf"(?:all|every one of|the whole (?:bottle|box|pack) of) (?:of )?(?:my |the )?{PILLS}",
    ),
    (PILL_CUES, rf"{PILLS} (?:all )?at once"),
    (
        PILL_CUES,
        rf"(?:counted|counting|count|checked|checking|added up) (?:up )?(?:all )?(?:of )?"
        rf"(?:my |the |our )?(?:{W} )?{PILLS}",
    ),
    (
        PILL_CUES,
        rf"{PILLS} {G4}(?:are|were|was|is|would be|had|have)? ?enough(?! (?:for (?:the|a|my) "
        r"(?:week|month|trip|holiday|vacation)|until|till)\b)",
    ),
    (
        PILL_CUES,
        rf"(?:saving|saved|save|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|"
        rf"stashing|stashed) (?:up )?(?:all )?(?:my |the |some )?(?:{W} )?{PILLS}",
    ),
    (
        PILL_CUES,
        rf"how (?:many|much) (?:{W} )?{PILLS} (?:it would take|would it take|it takes|would "
        r"kill|to die|to kill|is lethal|are lethal|would be enough|to overdose)",
    ),
    (
        "take takes",
        r"how (?:many|much) (?:\w+ )?(?:it would take|would it take|it takes) to (?:die|kill|"
        r"overdose)",
    ),
    (
        "lethal fatal deadly",
        rf"(?:lethal|fatal|deadly) (?:dose|amount|number|quantity)|(?:how many|how much|whether|if|"
        rf"wonder) {G4}{PILLS} {G2}(?:would|will|could|is|are|might) (?:be )?(?:fatal|lethal|"
        r"deadly)",
    ),
    (
        "die bleed drown suffocate overdos* consciousness",
        r"how long (?:it )?(?:would |does |will |did )?(?:it )?(?:take|takes|took) (?:for me |"
        r"someone |a person |you )?to (?:die|bleed out|bleed to death|drown|suffocate|overdose|"
        rf"lose consciousness)|{WANT} {G3}(?:bleed out|bleed to death)",
    ),
    # Means held back or gathered unnoticed, mixed with alcohol, taken to excess on purpose.
    (
        PILL_CUES,
        rf"(?:putting|put|puts|keeping|kept|setting|set|hiding|hid|tucking|tucked|storing|stored|"
        rf"holding|held) "
        rf"(?:all |some )?(?:of )?(?:my |the )?(?:{W} )?{PILLS} aside|{PILLS} {G4}(?:instead of|"
        r"rather than) (?:taking|swallowing) them(?= *$| (?:and|so|because)\b)",
    ),
    (
        "pharmacies chemists drugstores shops stores many",
        rf"(?:different|several|multiple|two|three|four|five|few) (?:different )?(?:pharmacies|"
        rf"chemists|drugstores|shops|stores) {G4}(?:so|that) (?:nobody|no one|they|anyone|the "
        r"pharmacist) (?:would |will |could |'d |wouldn't |won't |couldn't )?(?:not )?(?:notice|"
        r"know|see|suspect|ask|find out)|(?:notice|noticed|see|saw|know|knew|realize|realise|"
        r"count|counted) how many (?:pills |tablets )?(?:i was|i'm|i am|i'd|i had|i've) (?:buying|"
        r"bought|collecting|collected|saving|saved|getting|stockpiling|hoarding)",
    ),
    (
        PILL_CUES,
        rf"(?:mix|mixing|mixed|mixes|washed down|wash down|washing down|chase|chased|chasing) "
        rf"(?:all )?(?:my |the |some |a bunch of |a handful of )?(?:{W} )?{PILLS} (?:with|and) "
        rf"{_ALCOHOL}|(?:take|taking|took) (?:all )?(?:my |the |some |a bunch of |a handful of )?"
        rf"(?:{W} )?{PILLS} with (?:vodka|alcohol|booze|whiskey|whisky|gin|rum|tequila|liquor)|"
        rf"(?:mix|mixing|mixed) {_ALCOHOL} (?:and|with) (?:my |the |some )?"
        rf"(?:{W} )?{PILLS}",
    ),
    (
        "much strong kills kill",
        rf"{WANT} {G3}(?:it's|it is|it'll be|it will be|it would be|it'd be|it was|this is|this "
        r"will be) (?:too much|too strong|the one that kills me|enough to kill me)(?= *$| (?:for me|"
        r"and|one night|one day|someday|this time|for my (?:body|heart))\b)",
    ),
    (
        "purpose deliberately intentionally wake",
        rf"(?:took|take|taking|used|use|using|drank|drink|drinking|snorted|snort|injected|shot up|"
        rf"swallowed|downed) {G4}(?:{_DRUGS}|{PILLS}|more than (?:usual|normal|i should|prescribed|"
        rf"ever)) {G4}(?:on purpose|deliberately|intentionally|hoping (?:i|i'd) (?:wouldn't|won't|"
        r"don't|didn't|would not|not|never) wake|so i (?:wouldn't|won't|don't|would not) wake)",
    ),
    (
        "jump jumped trigger step stepped",
        r"(?:what if|if|whether) i (?:jump|jumped|stepped off|step off|pulled the trigger|pull the "
        r"trigger)(?= *$| (?:off|from) (?:the|a|this|that|my|our) (?:bridge|roof|rooftop|building|"
        r"balcony|cliff|ledge|platform|window|overpass)| (?:tonight|now|right now|and|or|would|"
        r"will|i'd|anyone|nobody)\b)",
    ),
    # Indifference to surviving, beside a means or said outright.
    (
        "happens happened happen",
        r"(?:not caring|don't care|didn't care|no longer care|stopped caring|wouldn't care|won't "
        r"care|doesn't matter) (?:anymore )?(?:what|whatever) (?:happens|happened|would happen|"
        r"will happen) (?:to me|anymore)",
    ),
    (
        PILL_CUES + " tracks platform edge ledge bridge roof vodka alcohol drunk drinking drive "
        "drove driving traffic balcony railing",
        rf"(?:tracks|platform|edge|ledge|bridge|roof|{PILLS}|vodka|alcohol|drunk|drinking|drive|"
        rf"drove|driving|traffic|balcony|railing) (?:{W} ){{0,8}}(?:not caring|don't care|didn't "
        r"care|no longer care|stopped caring) (?:anymore )?(?:what|whatever|if|whether) (?:happens|"
        r"happened|i (?:live|die|lived|died|make it|made it|wake up|woke up|crash|crashed|fall|"
        r"fell))(?! (?:at|in|with|to (?:the|my|him|her|them)|next week)\b)",
    ),
    # Preparing without naming a method: a date, a night, what is needed.
    (
        "night day",
        r"(?:decided|decide|sure|know|knew|feel|think|thought|certain) (?:that )?(?:tonight|today|"
        r"this weekend|tomorrow) (?:is|'s|will be|would be) (?:the|my) (?:night|day)(?= *$| (?:and|"
        r"but|so)\b)",
    ),
    (
        "date day",
        r"(?:i|i've|i'd|i have) (?:already |finally )?(?:picked|chosen|chose|set|decided on) "
        r"(?:a|the|my) (?:date|day)(?= *$| (?:already|now|and (?:a |the )?(?:time|place|method|"
        r"way))\b)",
    ),
    (
        "need needed",
        r"already (?:bought|got|ordered|gathered|collected|got hold of) (?:everything|all|what) "
        r"(?:that )?i (?:need|needed|'ll need|will need|would need)(?= *$| (?:and|now|so|to do "
        r"it)\b)",
    ),
    ("overdos*", r"overdos\w*"),
    (
        "bridge roof rooftop building balcony cliff ledge overpass tower garage park window "
        "skyscraper flats",
        r"(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|leap|leaping|leapt|"
        r"fall|falling) (?:off|from) (?:a|the|that|this|our|my|some) (?:\w+ )?(?:bridge|roof|"
        r"rooftop|building|balcony|cliff|ledge|overpass|tower|parking garage|car park|window|"
        r"skyscraper|block of flats)(?! to (?:finish|complete|beat|win|unlock|reach|pass|clear) "
        r"(?:the|a|this|that|each|every|next) (?:level|stage|game|checkpoint|boss|round|quest|"
        r"mission|map|area)\b)",
    ),
    (
        "train bus truck lorry car traffic subway tram tracks",
        r"(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|threw "
        r"myself|walk|walking|walked|lie down|lying down|lay down) (?:in front of|under|onto) "
        r"(?:a|the|an|some|oncoming) (?:\w+ )?(?:train|bus|truck|lorry|car|traffic|subway|tram|"
        r"tracks)",
    ),
    (
        "tree wall bridge cliff traffic truck pole river lake barrier road",
        rf"(?:{WANT}|think|thinking|thought|picture|picturing|imagine|imagining|almost|nearly|"
        rf"keep) {G3}(?:drive|driving|drove|crash|crashing|crashed|swerve|swerving|swerved|steer|"
        r"steering) (?:my car |the car |off |)?(?:into|off) (?:a|the|an|some|oncoming) "
        r"(?:\w+ )?(?:tree|wall|bridge|cliff|traffic|truck|pole|river|lake|barrier|road)",
    ),
    (
        "highest tallest high tall",
        r"(?:highest|tallest|high enough|tall enough) (?:bridge|building|cliff|tower|roof|"
        r"overpass|garage|floor|balcony)|(?:bridge|building|cliff|tower|roof|overpass|garage|"
        rf"balcony) {G3}(?:is |was )?(?:the )?(?:highest|tallest|high enough|tall enough)",
    ),
    (
        "edge ledge railing rail",
        r"(?:stood|standing|stand|sat|sitting|went|go|going|climbed|walked|stepped) (?:on|to|at|"
        r"up to|onto|over) (?:the )?(?:edge|ledge|railing|rail) of (?:a|the|my|our|that) "
        r"(?:roof|bridge|building|cliff|platform|balcony|tower|car park|parking garage)",
    ),
    (
        "almost nearly",
        r"(?:almost|nearly) (?:jumped|went through with it|did it|ended it)"
        r"(?! (?:at|into|in|out|over|up|on|for|when|because|the|a|off the)\b)",
    ),
    (
        "hang hanging hanged hung noose neck",
        r"(?:hang|hanging|hanged|hung) myself|myself hanging|noose|(?:rope|belt|cord) "
        r"(?:around|round) my neck",
    ),
    (
        "myself",
        r"(?:use|using|used|turn|turning|turned|point|pointing|pointed) (?:it|that|the gun|my gun|"
        r"a gun|the knife|a knife|the rifle|the pistol|them) (?:on|against|at) myself",
    ),
    (
        "shoot shooting shot gun brains head bullet",
        r"(?:shoot|shooting|shot) myself|gun (?:to|against|in) my (?:head|mouth|temple)|"
        r"blow my (?:brains|head) out|bullet (?:in|through) my (?:head|brain)",
    ),
    (
        "wrist wrists throat veins",
        r"(?:slit|slitting|slice|slicing|open|opening) (?:my|both) (?:wrists?|throat|veins)",
    ),
    (
        "drown drowning drowned monoxide gas",
        r"(?:drown|drowning|drowned) myself|carbon monoxide|gas myself",
    ),
    (
        "way ways method methods",
        r"(?:painless|easiest|easy|quickest|quick|fastest|best|surest|simplest|least painful|"
        r"peaceful) (?:way|ways|method|methods) to (?:die|go|do it|end it|kill myself|"
        r"end my life)",
    ),
    (
        "ways way methods method how",
        r"(?:ways|way|methods|method|how) (?:to|of) (?:die|dying|kill myself|end my life)",
    ),
    (
        "urge urges impulse impulses",
        r"(?:urge|urges|impulse|impulses) to (?:die|kill myself|jump|end it|overdose)",
    ),
    (
        "do",
        r"(?:planned|plan|planning|figured out|worked out|decided|know|knew|thought about|"
        r"thinking about|think about|wrote down|written down|researched|researching|looked up|"
        r"picked|chosen|chose) (?:exactly )?(?:how|when|where|when and how|how and when|"
        r"where and how|the day) (?:i(?:'d| would| will| could| might| was going to| am going "
        r"to|'m going to|'ll)) do it(?! (?:better|differently|right|properly|again|faster|"
        r"more|less|well|correctly|first|every|each|this week|next week|in the|after|before|"
        r"during|with|for)\b)",
    ),
    (
        "attempt",
        r"(?:since|after|before|during|from) (?:my|the|that) (?:last |first |second |third |"
        r"recent |previous "
        r")?attempt(?! (?:at|to|on)\b)",
    ),
    (
        "suicide crisis nine 988 samaritans lifeline",
        r"(?:called|call|calling|texted|text|texting|rang|ring|phoned|phone|contacted|contact|"
        r"reached out to|chatted with) (?:the |a )?(?:suicide|crisis|nine eight eight|988|"
        r"samaritans|lifeline)(?: (?:hotline|helpline|line|lifeline|prevention line|text line|"
        r"center|centre|team|number))?",
    ),
    # Saying goodbye, giving things away, getting ready.
    (
        "goodbye farewell suicide",
        rf"{_MOVING_AWAY}(?:goodbye|farewell|suicide) (?:letters?|notes?|messages?|videos?|"
        r"texts?|emails?)",
    ),
    (
        "goodbye farewell",
        rf"{_MOVING_AWAY}(?:texted|texting|text|messaged|messaging|emailed|called|wrote|sent) "
        rf"{G3}(?:a )?(?:goodbye|farewell)(?! (?:before|at|from|when|after|as|on)\b)",
    ),
    (
        "everyone everybody each all love whole",
        r"(?<!thank you )(?:letters?|notes?|messages?|cards?) (?:to|for) (?:everyone|everybody|"
        r"each of (?:them|you)|all of them|the people i love|my whole family)",
    ),
    (
        "will",
        r"(?:wrote|write|writing|written|made|making|make|drew up|drawing up|draw up) (?:out |up )?"
        r"(?:a |my )(?:will|last will)",
    ),
    (
        "goodbye goodbyes",
        rf"{_MOVING_AWAY}(?:my|last|final) goodbyes?|{_MOVING_AWAY}goodbye to (?:everyone|"
        r"everybody|everything|the world|"
        rf"life)|{_MOVING_AWAY}(?:been|started|keep) saying goodbye",
    ),
    (
        "gone",
        r"(?:for|when|after|once) i(?:'m| am) gone(?! (?:to|for (?:the|a)|on|tomorrow|next|this|"
        r"from|over)\b)",
    ),
    ("die myself", r"(?:for|when|after|once) i (?:die|kill myself)"),
    (
        "away",
        r"(?:give|gave|giving|given) away (?:all (?:of )?)?(?:my )?(?:stuff|things|belongings|"
        r"possessions|everything|most of my (?:stuff|things)|my (?:favorite|favourite|most "
        r"precious|prized|special) \w+)(?! (?:to charity|because (?:i'm|we're) (?:moving|"
        r"downsizing)|before (?:the|my|we) move)\b)",
    ),
    (
        "need needing use",
        rf"(?:(?:gave|give|giving|given)|(?:cancel|cancelled|canceled|cancelling|canceling) "
        rf"(?:everything|all (?:of )?my {W}|my plans)) (?:{W} ){{0,8}}(?:won't|will not|don't|"
        r"no longer|not going to) (?:need|be needing|use)(?!(?: (?:it|them|this|that))? (?:in|at|"
        r"for|during|over|until|till|while|since|now that|when (?:we|i) (?:move|travel|go))\b)",
    ),
    (
        "need needing",
        r"won't (?:need|be needing) (?:it|them|this|that|any of it|anything) (?:anymore|any "
        r"longer|much longer|where i'm going|after (?:i'm gone|this))",
    ),
    (
        "around here alive problem burden way bothering",
        r"(?:won't|will not|not going to) be (?:around|here|alive|a problem|a burden|in "
        r"(?:your|their|anyone's) way|bothering (?:you|anyone|them)) (?:for )?(?:much |very )?"
        r"(?:longer|long|anymore)",
    ),
    (
        "here around alive",
        r"(?:don't think|not sure|doubt|don't know if) i(?:'ll| will| would|'d)? (?:still )?be "
        r"(?:here|around|alive)",
    ),
    (
        "remember",
        r"(?:something|things?|stuff) to remember me by|remember me (?:when|after|once) "
        r"i(?:'m| am)? gone",
    ),
    ("affairs", r"affairs in order"),
    (
        "time",
        r"(?:last|final) time (?:you'll|you will|anyone will|you|anyone) (?:see|sees|hear from|"
        r"hears from|talk to|talks to) me",
    ),
    # Disappointed to wake; easier to be the one who does not wake up; not caring if i'm here.
    (
        "woke wake waking alive here survived",
        r"(?:disappointed|annoyed|angry|sad|upset|gutted|sorry|let down) (?:that |when |to |every "
        r"time |each time |whenever |each morning )?i(?:'m| am)? (?:woke up|wake up|woke(?! up)|"
        r"wake(?! up)|still alive|still here|survived)(?! (?:late|"
        r"early|with|at|to|in time|too|so|and missed|on time|before)\b)",
    ),
    (
        "easier better nicer kinder",
        r"(?:easier|better|nicer|kinder) to be (?:the one|the patient|someone|the person|the \w+) "
        r"(?:[\w']+ ){0,6}(?:that|who) (?:doesn't|never|won't|didn't|does not) (?:wake up|"
        r"survive|make it|come home)(?! (?:the|early|on time)\b)",
    ),
    (
        "here alive around",
        r"(?:not caring|don't care|didn't care|stopped caring) (?:if|whether) i(?:'m| am)? (?:here|"
        r"alive|around)",
    ),
    # A prayer that the lord take me, said with more words between; switching off for good.
    (
        "lord god jesus death heaven angels",
        r"(?:pray|praying|prayed|hope|hoping|wish) (?:[\w']+ ){0,4}(?:that )?(?:the (?:good )?lord|god|"
        r"jesus|death|heaven|the angels) (?:will |would )?(?:see fit to )?(?:takes?|taking|comes? for) "
        r"me(?! "
        r"(?:to (?:church|mass|the)|through|home from|out|back)\b)",
    ),
    (
        "turn turning switch switching shut shutting",
        r"(?:turn|turning|switch|switching|shut|shutting) (?:off|out) (?:the lights?|everything|"
        r"myself|me) (?:for good|forever|permanently)(?! (?:when|before|after|in|at|on)\b)|"
        r"(?:switch|turn|shut) (?:myself|me|it all) off (?:for good|forever|permanently)",
    ),
    # Not deserving to be here.
    (
        "here alive around",
        r"i (?:shouldn't|should not|don't deserve to|do not deserve to) be (?:here|alive|around)"
        r"(?! (?:at|in|with|today|now|right now|because|on|for|yet)\b)",
    ),
)
# Urgent preparation without the obvious words (safety_preparation) is tried last, so the
# rules above keep their names.
# Everyday risk said after round 8 (safety_everyday_risk) comes after them, so no name moves:
# its urgent rules extend the preparation rules, its concern rules follow; so do round 9's
# (safety_readiness): urgent readiness after the life admin, worth after everyday concern.
SUICIDE_RULES = RuleSet(
    *_RULES,
    *PREPARATION_RULES,
    *LIFE_ADMIN_RULES,
    *READINESS_RULES,
    *READINESS_MORE_RULES,
    *FALLBACK_URGENT_RULES,
    *MORE_URGENT_RULES,
    *ARRANGEMENT_RULES,
    *MEANS_IN_HAND_RULES,
    *EVERYDAY_CONCERN_RULES,
    *WORTH_RULES,
    *PASSIVE_RULES,
    *FALLBACK_CONCERN_RULES,
    *MORE_CONCERN_RULES,
    *OUT_OF_THEIR_LIFE_RULES,
    *NO_GOOD_FUTURE_RULES,
)
PREPARATION_START = len(_RULES)  # rules numbered above this are preparation rules
PREPARATION_END = (
    PREPARATION_START
    + len(PREPARATION_RULES)
    + len(LIFE_ADMIN_RULES)
    + len(READINESS_RULES)
    + len(READINESS_MORE_RULES)
    + len(FALLBACK_URGENT_RULES)
    + len(MORE_URGENT_RULES)
    + len(ARRANGEMENT_RULES)
    + len(MEANS_IN_HAND_RULES)
)
