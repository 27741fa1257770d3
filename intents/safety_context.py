"""Harmless contexts that may overrule a rule's hit: the words are there, the risk is not.

A rule fires on words ("overdose", "goodbye", "the edge of the platform"); some lines hold
them in a context that carries no risk for the speaker:

- fiction and media: a film's, book's or game's character does it;
- work and helping roles: a paramedic's call-outs, a hotline volunteer's training, a
  nurse's patient, a friend taken to the crisis line;
- a resolved past: clear distance in time ("years ago", "as a teenager", "two years since")
  *and* a positive present ("i'm in a good place now", "threw out the razors");
- a screening question answered no, and objects in ordinary use (a platform while waiting
  for the train, a goodbye card for a colleague, a will because of a new baby).

A context overrules a rule's hit only where nothing in the line is an explicit first-person
present intent or a method with a time (``PRESENT_RISK``): "i'm a nurse and tonight i'm
going to take them all" is answered. Where the net is available, a line in a harmless context
is answered only if the net scores it far above its usual bar (``safety.CONTEXT_NET_BAR``):
recall first, a context is a doubt, not a verdict.
"""

from __future__ import annotations

import re

from .safety_ordinary_purpose import ORDINARY_PURPOSE_RULES
from .safety_ruleset import RuleSet
from .safety_vocabulary import PEOPLE, PILLS

__all__ = ["CONTEXT_RULES", "PRESENT_RISK", "harmless_context"]

_MEDIA = (
    r"(?:film|films|movie|movies|show|series|episode|book|novel|game|games|play|documentary|"
    r"cartoon|anime|manga|comic|story|scene|video|podcast|musical|opera|season|trailer|"
    r"storyline|plot|finale)"
)
_ACTOR = (
    r"(?:character|characters|hero|heroine|villain|protagonist|lead|guy|girl|man|woman|he|"
    r"she|they|detective|soldier|king|queen|prince|princess|mother|father|son|daughter|"
    r"teenager|boy|wizard|captain|main \w+|angel|narrator|killer|cop|doctor)"
)
_ROLE = (
    r"(?:paramedic|nurse|doctor|medic|gp|psychiatrist|psychologist|counsellor|counselor|"
    r"therapist|social worker|researcher|student nurse|trainee|volunteer|firefighter|"
    r"police officer|cop|lifeguard|pharmacist|carer|caregiver|chaplain|teacher|coroner|"
    r"pathologist|journalist|reporter|first aider|mental health worker|support worker|"
    r"crisis worker|hotline volunteer|listener|emt|ambulance driver|er doctor|er nurse)"
)
_DISTANCE = (
    r"(?:(?:\w+ )?(?:years|yrs|months|decades|decade|year) ago|a (?:long )?(?:time|while) ago|"
    r"back in (?:high school|school|college|uni|university|my teens|my twenties|the day|"
    r"the nineties|the eighties|\d+)|as a (?:teenager|teen|kid|child|student|young \w+)|"
    r"when i was (?:younger|little|a kid|a teen|a teenager|in (?:school|high school|college|"
    r"uni|my teens|my twenties)|\w+teen|twenty|\w+ty)|in my (?:teens|twenties|youth)|"
    r"(?:it's|it has|it's been|it has been|been) (?:\w+ )?(?:years|months|a year|a decade) "
    r"since|(?:haven't|have not|not) (?:\w+ ){0,2}(?:in|for) (?:\w+ )?(?:years|months|a year|"
    r"a decade)|(?:years|months) (?:clean|free|sober)|long gone|been gone for (?:years|ages|"
    r"a long time)|over (?:\w+ )?(?:years|months) ago|"
    # added after safety round 26: "years back", "long behind me", "the first year here"
    r"(?:\w+ )?(?:years|months|decades|year) back|(?:long|well|all|way) behind me|"
    r"(?:\w+ )?(?:years|months|decades) behind me|"
    r"(?:in|during) (?:the|my|our) first (?:year|years|months|winter) (?:here|in|after|of))"
)
_BETTER_NOW = (
    r"(?:good place|better place|well for|been well|doing (?:well|better|great|good|okay|ok)|"
    r"hopeful|happy now|happier|better now|i'm (?:fine|okay|ok|good|well|happy|proud) now|"
    r"recovered|in recovery|proud of|threw (?:out|away)|got rid of|don't (?:get|have|feel) "
    r"(?:the |those |these |any |that )?(?:urges?|thoughts|feelings?|way)|my (?:life|family) now|"
    r"now i (?:can see|see|know|realise|realize|understand)|love (?:my|having|the)|glad i'm|grateful|thankful|enjoy|enjoying|"
    r"(?:they|we|it) (?:really )?(?:love|helped|help)|a lot of help|got help|"
    r"feel (?:hopeful|good|better|strong|safe)|"
    r"(?:now )?(?:i'm|i am) (?:proper |really |very |much |so )?(?:well|fine|okay|ok|good|happy|"
    r"better|settled|content) (?:now|these days|today)|now (?:i'm|i am) (?:proper |really |very |"
    r"much |so )?(?:well|fine|okay|ok|good|happy|better|settled|content)|(?:many|some) "
    r"(?:good |happy )?years (?:happy|well)\b|"
    # added after safety round 27: "happy to wake up every day", "the scars have faded",
    # "life feels steady now", "how far i've come", "have not needed it for a long time"
    r"now (?:i've got|i have got|i have) (?:my|a|the)|"
    r"(?:happy|glad) to (?:wake up|be alive|be here|be living)|(?:scars|marks) (?:have )?"
    r"faded|how far i've come|(?:life|things) (?:feels?|is|are) (?:steady|stable|calm|settled|"
    r"good)|(?:haven't|have not|not) needed (?:it|them|that)\b)"
)

CONTEXT_RULES = RuleSet(
    # fiction and media: the character does it, not the speaker
    (
        "film films movie movies show series episode book novel game games play documentary "
        "cartoon anime manga comic story scene video podcast musical opera season trailer "
        "storyline plot finale",
        rf"{_MEDIA}\b(?: \w+){{0,6}}? (?:the|a|an|this|that|his|her|their|its|one|some) "
        rf"(?:\w+ )?{_ACTOR}\b|{_MEDIA}\b(?: \w+){{0,4}}? (?:where|in which|when|about how) "
        r"(?:he|she|they)\b",
    ),
    # the stage: a prop, a script, a character's lines ("drink the poison every night, the
    # prop vial is just squash"); added after safety round 15
    (
        "prop props stage script character rehearsal rehearsals play blood",
        r"(?:the|a|my|our) props? (?:\w+ )?(?:vial|bottle|knife|gun|noose|rope|pills|blood|dagger|"
        r"sword|poison|cup)s?\b|\b(?:on stage|in the play|in rehearsals?|my character|the script|"
        r"stage blood|fake blood)\b",
    ),
    # a work or helping role: the speaker meets crisis as a professional or a volunteer
    (
        "paramedic nurse doctor medic gp psychiatrist psychologist counsellor counselor therapist "
        "worker researcher trainee volunteer firefighter officer cop lifeguard pharmacist carer "
        "caregiver chaplain teacher coroner pathologist journalist reporter aider listener emt "
        "driver work working volunteering volunteered trained training shift shifts",
        rf"(?:i'm|i am|i work as|i'm working as|worked as|i've been|trained as|training to be|"
        rf"as) (?:a |an )?(?:\w+ )?{_ROLE}\b|"
        # someone else's work: "my granddaughter is a pharmacist" (after safety round 28)
        rf"(?:my|our) (?:[\w']+ ){{1,2}}(?:is|was|works as|worked as|is studying to be|is training "
        rf"to be) (?:a |an )?(?:\w+ )?{_ROLE}\b|"
        r"(?:volunteer|volunteering|volunteered|work|working|"
        r"shift|shifts|training|trained) (?:\w+ ){0,2}(?:for|at|with|on) (?:a |an |the )?"
        r"(?:\w+ ){0,2}(?:hotline|helpline|lifeline|crisis line|samaritans|charity|ward|"
        r"hospital|a and e|er|ambulance|clinic|prevention)",
    ),
    (
        "ward shift patient patients call calls callout callouts training course session seminar "
        "lecture module research study thesis dissertation learned nurse class lesson tutorial aid",
        # "after my night shift" only says when; the shift is not what the line is about
        r"(?:on the ward|(?<!after )(?<!before )(?<!after my )(?<!before my )(?<!after a )"
        r"(?<!after the )(?:my|a|the|rough|long|night|late) shift|a patient (?:came|was|"
        r"brought|who)|(?:kill|harm|hurt|overdose) (?:a|the) patient|with (?:another|the other|a "
        r"second) nurse|(?:our|my|the|with) patients|call outs?|callouts?|(?:training|first aid|"
        r"mental health first aid) (?:session|course|day|module)|(?:course|session|seminar|"
        r"lecture|module|research|study|thesis|dissertation) (?:\w+ ){0,3}(?:on|about|into) "
        r"(?:spotting|preventing|treating|supporting|helping|\w+ing)|(?:class|lesson|lecture|"
        r"seminar|tutorial|course|module) (?:\w+ ){0,3}(?:we|they|i) (?:studied|discussed|covered|"
        r"read about|learned about|looked at|debated) (?:the )?(?:\w+ ){0,3}(?:teaching|ethics|"
        r"history|theology|statistics|research|literature|law|laws|sociology|psychology) (?:on|of|"
        r"about)|learned (?:about|how to) "
        r"(?:treat|treating|spot|spotting|help|helping|support|supporting|recognise|recognize))",
    ),
    (
        "with for stayed",
        rf"(?:called|rang|phoned|texted|took|drove) (?:\w+ ){{0,3}}(?:with|for) (?:her|him|them|"
        rf"my {PEOPLE})|stayed (?:with (?:her|him|them) )?(?:until|till) (?:help|the ambulance|"
        r"the paramedics|the doctors?|the police|the crisis team|they|someone) (?:came|arrived|"
        r"got there)",
    ),
    # a resolved past: distance in time and a better present, both said
    (
        "ago back teenager teen kid child student young younger little when teens twenties "
        "youth since years yrs months year decade decades gone over behind first",
        rf"{_DISTANCE}\b(?: [\w']+)*? {_BETTER_NOW}\b|{_BETTER_NOW}\b(?: [\w']+)*? {_DISTANCE}\b",
    ),
    (
        "used",
        rf"used to (?:\w+ ){{1,12}}(?:but|and) (?:\w+ ){{0,6}}(?:{_BETTER_NOW}|not anymore|not any more|no longer|haven't (?:in|for|since))",
    ),
    # a screening question answered no: "asked if i'm having thoughts ... and honestly no"
    (
        "no all",
        r"(?:asked|asks|asking|ask) (?:me )?(?:if|whether|about) .*? (?:no i'm not|honestly no|"
        r"and no|i said no|answered no|said no|the answer is no|not at all)",
    ),
    (
        "no zero",
        r"(?:had|have|having|with|there were|there's|there are) (?:no|zero) (?:\w+ )?"
        r"(?:thoughts|urges|ideas|feelings) (?:of|about) (?:\w+ )?(?:hurting|harming|killing|"
        r"cutting|ending|suicide|dying)",
    ),
    # a title: "a song called the last goodbye", "a film named ..."
    (
        "called titled named",
        r"(?:song|songs|track|album|tune|single|poem|record|hymn|film|movie|book|novel|show|game|"
        r"play|episode|podcast|painting|dance) (?:is |was )?(?:called|titled|named)\b",
    ),
    # objects in ordinary use
    (
        "waiting waited wait train bus tram",
        r"(?:waiting|waited|wait) (?:\w+ ){0,5}(?:for )?(?:the|a|my|our) (?:delayed |late |"
        r"cancelled |next |last |usual |early |slow |stopping |local )?(?:train|bus|tram|tube|"
        r"metro|ferry) (?:that was |which was )?(?:delayed|late|cancelled|to (?:come|arrive|work|"
        r"school|town|the \w+)|home|in|for (?:\w+ ){1,2}(?:minutes|mins|hours|ages))|"
        r"(?:waiting|waited|wait) (?:\w+ ){0,3}for (?:the|a|my) (?:delayed|late|cancelled) "
        r"(?:train|bus|tram|tube|metro|ferry)|(?:train|bus|tram) (?:was|is) (?:late|delayed|"
        r"cancelled)",
    ),
    (
        "goodbye card party gift present lunch drinks collection speech",
        rf"goodbye (?:card|cards|party|gift|present|lunch|drinks|collection|message|speech|cake) "
        rf"(?:for|to) (?:my |our |the |a )?(?:\w+ )?{PEOPLE}|(?:card|party|gift|present|lunch|"
        r"drinks|collection|speech) for (?:\w+ ){0,4}(?:who's|who is) (?:retiring|leaving|"
        r"moving)",
    ),
    (
        "will wills estate insurance attorney solicitor lawyer notary adviser advisor accountant affairs "
        "paperwork funeral",
        r"(?:will|wills|estate|life insurance|power of attorney|affairs|paperwork) (?:[\w']+ ){0,6}"
        r"(?:because|since|as|now that|when|after) (?:[\w']+ ){0,4}(?:baby|married|mortgage|house|kids|children|"
        r"grandchildren|solicitor|lawyer|notary|sensible|retired|retiring|getting on|getting older|"
        r"my age|old age|tidy|insisted|we both|both of us)|(?:will|wills|funeral) (?:[\w']+ ){0,12}"
        r"while (?:we|i)(?:'re| are| am|'m) (?:still )?(?:both )?(?:well|healthy|young|fit|able)|"
        r"(?:solicitor|lawyer|notary|"
        r"financial adviser|financial advisor|accountant) (?:said|says|suggested|recommended|told us|"
        r"told me)",
    ),
    # someone else's medicine found and handed in: "found a bottle of sleeping pills in room
    # four twelve and took it to lost property"
    (
        "found find finds finding",
        rf"(?:found|find|finds|finding) (?:[\w']+ ){{0,4}}{PILLS}\b(?: [\w']+){{0,10}} (?:lost "
        r"property|reception|the front desk|handed (?:it |them )?in|hand (?:it |them )?in|to the "
        r"(?:manager|pharmacy|chemist|police|owner|nurse)|back to (?:the )?(?:owner|pharmacy|chemist))",
    ),
    # medicine kept locked away or out of a child's reach: "my pressure tablets are in a locked
    # box so my grandson can't reach them"; not when it is being saved up
    (
        "locked lockbox reach childproof high",
        r"(?<=^ )(?!(?:.* )?(?:sav\w*|stockpil\w*|hoard\w*|them all|all of them|for me|counted|"
        rf"notes?|letters?|goodbye|myself)\b)(?:[\w']+ )*?(?:{PILLS}|poison|rat poison|pesticide|weedkiller|chemicals)\b"
        r"(?: [\w']+){0,12} (?:locked|in a lockbox|out of "
        r"reach|childproof)|(?:so|where) (?:[\w']+ ){0,3}(?:can't|cannot|won't|couldn't) reach "
        r"(?:them|it|dem)\b|(?:up high|out of reach) so (?:the |my )?(?:children|kids|baby|"
        r"grandchildren|dog|cat) (?:can't|cannot|won't|couldn't) (?:reach|get)",
    ),
    # a game: logging off and respawning
    (
        "respawn respawning level boss raid server checkpoint quest",
        # "the boss fight", not "wrote the boss a note"
        r"(?:respawn|respawning|this level|next level|the boss (?:fight|battle|level|stage|room)|"
        r"the raid|the server|checkpoint|the quest)\b",
    ),
    # reasons to stay said outright: "plenty to do here first"
    (
        "plenty lots lot much ready going live",
        r"(?:plenty|lots|so much|a lot) (?:left )?to (?:do|live for) (?:here|first|yet)|not (?:ready|"
        r"going) (?:to go|anywhere) yet|(?:lots|plenty|so much) to live for",
    ),
    # added after round 8, by concept: a recovery milestone marked long after a past crisis
    (
        "chip chips coin coins medallion token milestone anniversary",
        rf"{_DISTANCE}\b(?: [\w']+)*? (?:got|get|getting|received|picked up|celebrated|"
        r"celebrating|marked|marking) (?:my |a |our |the )?(?:[\w']+ ){0,3}(?:chip|chips|coin|"
        r"coins|medallion|token|milestone|anniversary)\b",
    ),
    # the speaker's own character in a game
    (
        "character avatar toon sim",
        r"my (?:character|avatar|toon|sim)\b(?: [\w']+){0,10} (?:in|on) (?:the|that|this|a|my) "
        r"(?:[\w']+ )?(?:game|level|mission|map|raid|run|campaign|playthrough|quest)\b",
    ),
    # peer support and training roles, and training taken on spotting risk
    (
        "peer supporter officer trainer instructor lecturer tutor educator aider training course "
        "workshop module",
        r"(?:i'm|i am|i work as|worked as|trained as|training to be|i've become|i became) (?:a |an )?"
        r"(?:[\w']+ )?(?:peer support (?:officer|worker|volunteer|lead)|peer supporter|support "
        r"officer|trainer|instructor|lecturer|tutor|educator|first aider)\b|(?:did|doing|done|took|"
        r"attended|ran|run|gave|give|finished) (?:the |a |some |my |our )?(?:[\w']+ )?(?:training|"
        r"course|workshop|module) (?:on|about|in) (?:spotting|recognising|recognizing|preventing|"
        r"responding to|assessing|asking about|supporting)\b",
    ),
    # teaching others to assess or treat
    (
        "teaching taught teach teaches lecturing lectured training trained showing showed",
        r"(?:teaching|taught|teach|teaches|lecturing|lectured|training|trained|showing|showed) "
        r"(?:the |our |my |new |some )?(?:[\w']+ )?(?:students|trainees|nurses|residents|medics|"
        r"juniors|staff|colleagues|cadets|recruits|class|interns|paramedics|doctors|volunteers) "
        r"(?:how to|to|about|on|in)\b",
    ),
    *ORDINARY_PURPOSE_RULES,
)

# Explicit first-person present intent, or a method with a time: never overruled.
PRESENT_RISK = re.compile(
    r"\b(?:(?:i|i'm|i am|i've|i'll|i'd)\b (?:\w+ ){0,3}?(?:want|wanna|going|gonna|plan|"
    r"planning|planned|about|ready|decided|need|needs|intend|intending|mean) to|"
    r"(?:i|i'm|i am|i've|i'll|i'd)\b (?:\w+ ){0,3}?(?:will|have to) (?:\w+ ){0,2}(?:die|kill|end|"
    r"hurt|cut|jump|overdose|take (?:them|it|all|my|the)|hang|shoot|do it|go through|not be|"
    r"not wake|disappear|harm|burn|drown|step|walk|drive|swallow)|"
    r"(?:i keep|i can't stop|i've been|i'm|i am|i still) (?:\w+ )?(?:thinking|wishing|wanting|"
    r"imagining|picturing|planning|looking|hoping|dreaming|fantasi[sz]ing)|how easy it would be|"
    r"fast train|express train|stepped back|step off|let (?:\w+ )?(?:trains?|buses) (?:go|pass)|"
    r"(?:i'm|i am|i feel|i've been feeling|i keep feeling|i'm feeling|i'm still|i still feel) "
    r"(?:\w+ )?(?:suicidal|like dying|like ending it)|"
    r"(?:i|i've|i'm)\b (?:\w+ ){0,3}?(?:bought|got|have|saved|stockpiled|collected|hidden|hid|"
    r"picked|chosen|wrote|written|tied|loaded|counted) (?:\w+ ){0,4}(?:rope|noose|pills|"
    r"tablets|gun|pistol|rifle|date|day|note|letters?|cord|belt|razor|blade)|"
    r"tonight|right now|this time|(?<!see her )(?<!see him )(?<!see them )(?<!see you )again|"
    # "these days" as now, unless a good now follows: "these days i'm proud of who i am"
    r"(?:lately|recently|these days|at the moment)(?! (?:i'm|i am|i feel) (?:\w+ )?(?:proud|happy|"
    r"fine|good|well|okay|ok|better|content|settled|steady)\b| i (?:don't|do not|never) "
    r"(?:have|get|feel) (?:those|these|the|any) (?:thoughts|urges?|feelings?)\b)|"
    # the past going on or returning: "ever since i've wanted to", "the thoughts came back"
    r"ever since|"
    # the past returning: "the thoughts came back this week"
    r"(?:thoughts|urges?|feelings?|it|they|that|voices?) (?:\w+ )?(?:came|come|coming|are|is|"
    r"crept|creeping|creep|has come|have come|keep coming) back|"
    r"tomorrow|started (?:\w+ ){0,2}again|relapsed?|"
    r"slipped|not sure i can|can't stop|"
    # the work's knowledge or access turned on oneself: "i know exactly what dose would stop
    # my heart", "i'm ticking most of them myself"
    r"i know exactly (?:what|how|which|where|when)|(?:i've got|i have|i've|got|i get) access to|"
    r"(?:ticking|tick|showing|have|having|got) (?:most|all|some|every one|lots) of them "
    r"(?:myself|too)|(?:in|on|to) myself|myself too|my (?:own )?heart|"
    # a wish said inside the context: "kinder to be the one on the ward who doesn't wake up"
    r"(?:easier|better|kinder|nicer) (?:to be|if i)|better off (?:without me|dead)|"
    # the speaker's own flat hopelessness, said at work or not
    r"nothing (?:really )?matters (?:anymore|any more)|(?:don't|do not|can't|cannot) see (?:the |"
    r"any )?point (?:of|in|to) (?:anything|living|going on|any of it|it all))\b"
)


def harmless_context(normalized: str, *, gated: bool = True) -> str | None:
    """The name of the harmless context ``normalized`` is said in, if any and if nothing in it
    is a present intent or a method with a time; else None."""
    if PRESENT_RISK.search(normalized):
        return None
    spoken = f" {normalized} "
    for pattern in CONTEXT_RULES.select(spoken, gated=gated):
        if pattern.search(spoken):
            return f"context rule {CONTEXT_RULES.patterns.index(pattern) + 1}"
    return None
