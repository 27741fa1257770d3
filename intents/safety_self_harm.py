"""What counts as self-harm: the words, acts on oneself, urges, marks, instruments, hiding.

Searched after suicide, so an utterance about both is reported as suicide.
"""

from __future__ import annotations

from .safety_everyday_risk import EVERYDAY_SELF_HARM_RULES
from .safety_fallback import FALLBACK_SELF_HARM_RULES
from .safety_final_arrangements import FOOD_PUNISHMENT_RULES
from .safety_ruleset import RuleSet
from .safety_vocabulary import BODY, BODY_CUES, G3, MODALS, W

__all__ = ["SELF_HARM_RULES"]

# Marks with a cause other than the speaker: "scratches on my arm from the cat".
_OTHER_CAUSE = (
    r"(?! (?:from|after) (?:the|my|a|our) (?:cat|dog|kitten|puppy|pet|fall|bike|gym|brambles|"
    r"bushes|surgery|operation)\b)"
)

SELF_HARM_RULES = RuleSet(
    ("self nssi", r"self (?:harm\w*|injur\w*|mutilat\w*|hurt\w*|poison\w*)|nssi"),
    (
        "myself",
        r"(?:cut|cutting|cuts|burn|burning|burned|burnt|burns|hurt|hurting|hurts|harm|harming|"
        r"harmed|harms|hit|hitting|hits|punch|punching|punched|scratch|scratching|scratched|"
        r"bite|biting|carve|carving|carved|stab|stabbing|stabbed|bruise|bruising|bruised|"
        r"starve|starving|starved|choke|choking|choked|strangle|strangling|strangled|injure|"
        r"injuring|injured|mutilate|mutilating|mutilated|punish|punishing|punished|beat|"
        r"beating|poison|poisoning|poisoned) myself(?! (?:up|out|for (?:not|being|it)|to "
        r"sleep|awake)\b)",
    ),
    ("myself", r"harm (?:to|on) myself"),
    (
        "cut hurt harm burn",
        rf"i {MODALS}(?:cut|hurt|harm|burn) me(?! (?:off|up|out|for|if|with|because|down|a|an|"
        r"some)\b)",
    ),
    (
        "cut cutting cuts",
        rf"(?:i|i'm|i've|i'd|i was|been|started|start|starting|keep|kept|stop|stopped|quit|used to|"
        rf"urge to|urges to|want to|wanted to|wanting to|need to|needed to|thinking about|"
        rf"thought about|back to|went back to|relapsed|relapse|relapsing|again|of|about|and) "
        rf"(?:{W} )?(?:cut|cutting|cuts)(?= *$| (?:again|myself|my {BODY}|on my|{BODY}|last|"
        r"yesterday|today|tonight|this (?:week|weekend|morning|month|year)|every (?:day|night)|"
        r"at night|when|since|because|(?:and|but)(?! (?:paste|pasted|pasting|ran|run|dried|"
        r"glued))|deeper|deep|too deep|to cope|to feel|a lot(?! of)|lately|recently|still|"
        r"anymore|in the bathroom|in secret)\b)",
    ),
    (
        "urge urges urging craving cravings temptation tempted impulse impulses itch",
        r"(?:urge|urges|urging|craving|cravings|temptation|tempted|impulse|impulses|itch) (?:to|"
        r"of) (?:cut|burn|hurt|harm|hit|scratch|punch|starve)"
        r"(?! (?:back|down|out|off|corners|ties|class|my (?:hair|nails))\b)",
    ),
    (
        "cuts scars burns marks wounds scratches slashes",
        rf"(?:cuts|scars|burns|marks|wounds|scratches|slashes) (?:on|all over|up and down|across|"
        rf"along|covering) my {BODY}{_OTHER_CAUSE}",
    ),
    (
        "cuts scars burns marks wounds bruises",
        r"(?:hide|hiding|hid|cover|covering|covered) (?:the|my) (?:cuts|scars|burns|marks|"
        r"wounds|bruises)",
    ),
    (
        BODY_CUES,
        rf"(?:carve|carved|carving|scratch|scratched|scratching|cut|etched|etch|carves) "
        rf"{G3}(?:into|in|on) my {BODY}",
    ),
    (
        BODY_CUES,
        rf"(?:razor|razors|blade|blades|knife|lighter|cigarette|cigarettes|scissors|glass|"
        rf"compass|pin|needle|sharpener|iron|hot spoon|matches|match|candle|curling iron|"
        rf"straightener) {G3}(?:to|on|into|across|against|over|along) my {BODY}|"
        rf"my {BODY} with (?:a|the|my) (?:razor|blade|knife|lighter|cigarette|scissors|glass|"
        r"compass|pin|needle|sharpener)",
    ),
    (
        "myself",
        r"(?:razor|razors|blade|blades|knife|lighter|cigarette|cigarettes|scissors|compass|"
        r"needle) (?:to|on|into|against) myself",
    ),
    (
        "purpose deliberately intentionally punish feel cope",
        r"(?:cut|cutting|burn|burned|burnt|burning|hit|hitting|scratch|scratched|scratching|hurt|"
        r"hurting|bit|bite|biting|punch|punched|punching|slam|slammed|bang|banged|stab|stabbed|"
        rf"bruise|bruised|pick|picked|picking) (?:{W} )?(?:my {BODY}|myself|my head|my hands?|"
        rf"my fists?|my face|my skin) (?:{W} ){{0,5}}(?:on purpose|deliberately|intentionally|"
        r"to punish myself|to feel something|to feel better|to cope|to feel)",
    ),
    (
        "bleed bled bleeds bleeding broke split",
        r"(?:scratch|scratched|scratching|pick|picked|picking|pulled|pulling|scrape|scraped|"
        r"scraping|rub|rubbed|rubbing|punch|punched|punching|hit|hitting|bit|biting|cut|cutting|"
        r"dug|digging|bang|banged|banging) (?:[\w']+ ){0,6}(?:until|till|til) (?:it|they|i|my "
        rf"{W}|the skin) (?:bleed|bled|bleeds|bleeding|was bleeding|were bleeding|broke|split)",
    ),
    ("bleed", r"(?:make|made|making) myself bleed"),
    # marks made with a tool, and that it helped: "scratched my arms with the staple remover
    # ... i hate that it helped" (after safety round 29)
    (
        "helped helps better since",
        r"(?:scratched|scraped|cut|burned|burnt|dug into|gouged) my "
        rf"{BODY} with (?:[\w']+ ){{1,4}}(?:[\w']+ ){{0,24}}?(?:it helped|it helps|that it helped|"
        r"felt better after|made me feel better|the first time since|first time in (?:years|ages|"
        r"months) since)\b",
    ),
    # a hand pressed to heat on purpose, or the urge to: "pressed my palm on the hot tawa on
    # purpose", "i want to put hand in boiling water so the pain goes" (after round s27)
    (
        "purpose deliberately intentionally want wanted wanting urge tempted feel pain hot boiling "
        "burning heated",
        r"(?:pressed|held|put|stuck|pushed|shoved|dipped|laid) my (?:hands?|palms?|fingers?|"
        rf"{BODY}) (?:{W} ){{0,2}}(?:on|onto|against|in|into|under) (?:the |a )?(?:{W} )?(?:hot|"
        rf"boiling|burning|scalding|red hot) {W}(?: {W}){{0,6}}? (?:on purpose|deliberately|"
        r"intentionally|to feel|so the pain)|"
        # the hot thing pressed to the body: "pressing the hot glue gun nozzle on my wrist"
        r"(?:pressing|pressed|holding|held|putting|put) (?:the |a )?(?:hot|burning|boiling|"
        rf"heated|red hot) (?:{W} ){{0,4}}(?:on|onto|against|to) my (?:hands?|palms?|fingers?|"
        rf"{BODY})\b|"
        r"(?:want|wanted|wanting|urge|tempted) to (?:put|hold|press|stick|dip|shove) (?:my )?"
        rf"(?:hands?|palms?|fingers?|{BODY}) (?:in|into|on|onto|under|against) (?:the |a )?"
        r"(?:hot|boiling|burning|scalding|red hot)\b",
    ),
    (
        "head",
        r"(?:bang|banging|banged|slam|slamming|slammed|hit|hitting) my head (?:against|on|into) "
        r"(?:the|a) (?:wall|walls|floor|door|table|desk)",
    ),
    (
        "blade blades sharpener razor razors",
        rf"(?:hid|hide|hiding|hidden|stash|stashed|stashing|broke|broken|breaking|took apart|"
        rf"taking apart|bought|buying) (?:{W} ){{0,2}}(?:razor blades?|blades|sharpener blades?|"
        r"pencil sharpener|razors)",
    ),
    ("body", r"(?:hurt|hurting|harm|harming|damage|damaging|punish|punishing) my (?:own )?body"),
    # Coming back from a blank spell to find injuries.
    (
        "blood bleeding cuts scratches burns bruises marks wounds",
        rf"(?:zone|zoned|zoning|space|spaced|spacing|black|blacked|blacking|dissociate|dissociated|"
        rf"dissociating|come to|came to|snap out of it|snapped out of it) (?:{W} ){{0,6}}(?:blood|"
        rf"bleeding|cuts|scratches|burns|bruises|marks|wounds) (?:on|all over|over|across) my "
        rf"{BODY}{_OTHER_CAUSE}",
    ),
    # Looking at the instrument again.
    (
        "razor razors blade blades knife knives",
        r"(?:staring|stared|stare|looking|looked|eyeing|eyed|holding|held|playing with|played with|"
        r"fiddling with) (?:at )?(?:the|my|a) (?:razor|razors|blade|blades|knife|knives)(?= *$| "
        r"(?:again|for (?:ages|hours|a long time|a while)|tonight|thinking|and thinking|and think)"
        r"\b)",
    ),
    # Food and purging as punishment.
    (
        "punishment punish penance deserve deserved",
        rf"(?:haven't eaten|didn't eat|not eating|stopped eating|stop eating|won't eat|"
        rf"skip(?:ped|ping)? (?:meals|food|eating|dinner|lunch|breakfast)|starv\w*|throw(?:ing)? up|"
        rf"threw up|purg\w*|made myself sick|make myself sick|making myself sick|exercis\w*|fasting|"
        rf"fasted) (?:{W} ){{0,6}}(?:as (?:a )?punishment|to punish myself|as (?:a )?penance|because "
        r"i deserve(?:d)? it)|(?:don't|do not|didn't) deserve (?:to eat|food|to be fed|a meal|"
        r"meals|dinner|lunch)",
    ),
    # Pain inflicted on purpose with the hands or an object, to feel or to calm down.
    (
        "pinch pinching pinched slam slamming slammed bang banging banged punch punching punched "
        "bite biting bit hit hitting squeeze squeezing dig digging",
        rf"(?:pinch|pinching|pinched|slam|slamming|slammed|bang|banging|banged|punch|punching|"
        rf"punched|bite|biting|bit|hit|hitting|squeeze|squeezing|dig|digging) (?:{W} ){{0,4}}my "
        rf"(?:{W} )?(?:{BODY}|knee|knees|head|fists?|hands?|knuckles|fingers|nails|shins?)\b(?: {W}){{0,8}} "
        r"(?:on purpose|deliberately|to feel|to calm|calms me|to punish|as (?:a )?punishment|so i "
        r"(?:feel|can feel)|the only thing that (?:calms|helps)|until (?:it|they) (?:bleeds?|"
        r"bruises?)|till (?:it|they) (?:bleeds?|bruises?)|to leave (?:a )?(?:bruise|marks))",
    ),
    # Purging out of hatred for the body, wanting it to hurt.
    (
        "myself",
        rf"(?:making|make|made) myself (?:throw up|be sick|sick|vomit|purge)(?: {W}){{0,10}} "
        r"(?:because i (?:hate|deserve)|to punish|i want it to hurt|want it to hurt|as punishment|"
        r"i don't deserve)",
    ),
    # A relapse named by its instrument or act.
    (
        "relapsed relapse relapsing slipped",
        r"(?:relapsed|relapse|relapsing|slipped|slipped up) (?:with|into|back into|on)? ?(?:the |my "
        r"|a )?(?:razor|razors|blade|blades|cutting|self harm\w*|knife|scissors|lighter|burning)",
    ),
    # Not eating because one does not deserve to.
    (
        "deserve",
        r"(?:didn't eat|haven't eaten|not eaten|not eating|stopped eating|won't eat|don't eat|skipped "
        r"[\w']+) (?:[\w']+ ){0,6}because i (?:don't|didn't|do not) deserve (?:to|it)\b",
    ),
    # An act told by where and with what, "it" for the act: "did it again on my thigh with a
    # scalpel blade" (added after safety round 16)
    (
        BODY_CUES,
        rf"(?:did|done) it (?:again |once more )?(?:on|to|into) my {BODY}\b(?! (?:at|in) "
        r"the gym\b)",
    ),
    (
        "burned burnt burn burning",
        rf"(?:burned|burnt|burn|burning) my {BODY} (?:with|on) (?:the |my |a )?(?:hair )?"
        r"(?:straighteners|iron|lighter|cigarette|kettle|hob|curling tongs)(?: [\w']+){0,12}? "
        r"(?:on purpose|deliberately|i wanted it to|i meant to)\b",
    ),
    # a past habit named: "i had a phase of burning my arm with the soldering iron"
    (
        "phase habit used stage years",
        rf"(?:a phase of|a habit of|used to|went through a (?:phase|stage) of|years of) (?:burning|"
        rf"cutting|scratching|carving|hitting|hurting|punching|picking at) (?:my {BODY}|myself|"
        r"my skin)\b",
    ),
    # an urge to press a blade into the skin or a hand onto something hot
    (
        "urge urges tempted wanting itch",
        rf"(?:urge|urges|tempted|wanting|itch) to (?:press|push|drag|hold|put|run) (?:the |a |my )?"
        rf"(?:{W} ){{0,5}}?(?:into|onto|against|across|on) (?:my (?:{BODY}|skin)\b|the (?:hot )?"
        r"(?:tandoor|oven|hob|stove|grill|iron|kettle|pan|kiln|radiator|fire|flame)\b)",
    ),
    # an urge to dig the nails or teeth into the skin: "keep wanting to dig my nails into my
    # arms" (after safety round 26)
    (
        "urge urges tempted want wanting wanna itch itching dying need",
        rf"(?:urge|urges|tempted|want|wanting|wanna|itch|itching|dying|need) to (?:dig|claw|gouge|"
        rf"sink|scrape|rake|jab|bite) (?:my (?:nails|fingernails|teeth|nail) )?(?:into|at|down|"
        rf"across) my (?:{BODY}|skin|hands?|palms?)\b",
    ),
    (
        "scalpel razor blade blades knife compass",
        rf"(?:with|using) (?:a|the|my) (?:scalpel|razor|blade|knife|compass)(?: blades?)?(?: [\w']+)"
        rf"{{0,6}}? (?:on|into|across|along) my {BODY}|on my {BODY} with (?:a|the|my) (?:scalpel|"
        r"razor|blade|knife|compass)",
    ),
    *EVERYDAY_SELF_HARM_RULES,
    *FALLBACK_SELF_HARM_RULES,
    *FOOD_PUNISHMENT_RULES,
)
