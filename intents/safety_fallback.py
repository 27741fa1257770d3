"""Risk the net catches but the rules did not, as rules, so they hold without the embedding.

Added after round 9 from the concepts earlier rounds showed the rules alone missing (the net
caught them, but where the embedding model cannot load the rules are all there is). Each
is a concept in new words, with its everyday twin kept out:

Urgent (``FALLBACK_URGENT_RULES``, tried as preparation rules): a means taken "all at once"
at a time; a weapon held under the chin or to the head; going off a high place tonight;
"next time i'm not braking".

Concern (``FALLBACK_CONCERN_RULES``): letting the road or fate decide; the family "fine
without me"; what am i still here for; why the lord keeps me here; easier if someone shot
me; not waking up as a relief; waiting for the end and welcoming it.

Self-harm (``FALLBACK_SELF_HARM_RULES``): arms cut again; walls punched until the hand
swells; purging until there is blood.
"""

from __future__ import annotations

from .safety_vocabulary import W

__all__ = ["FALLBACK_CONCERN_RULES", "FALLBACK_SELF_HARM_RULES", "FALLBACK_URGENT_RULES"]

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
        rf"(?:go|going|goin|gonna go|go|jump|jumping|throw myself|throwing myself) off (?:the|a|"
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
