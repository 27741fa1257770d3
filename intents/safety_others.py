"""Someone else's suicide, overdose or self-harm, and the speaker's pull towards the same.

The message is for the speaker's own thoughts, so "my uncle's suicide" is set aside. Once
such a span was set aside, an echo of it ("i think about doing the same") counts.
"""

from __future__ import annotations

from .safety_ruleset import RuleSet
from .safety_vocabulary import G3, PEOPLE, W

__all__ = ["ECHO_RULES", "OTHERS_RULES"]

# Someone else's suicide, overdose or self-harm: not the speaker's own thoughts.
_SUBJECT = (
    rf"(?:(?:my|his|her|their|our|a|the|this|that|one|some) (?:{W} )?{PEOPLE}s?|he|she|"
    rf"they|someone|somebody|(?!let's|what's|there's|here's|how's|who's|that's|it's){W}'s "
    rf"{PEOPLE})"
)
_NOT_ME = rf"(?:(?!(?:i|i'm|i've|i'd|i'll|me|my|myself)\b){W} ){{0,3}}"
OTHERS_RULES = RuleSet(
    (
        "suicide suicides suicidal overdos* self himself herself themselves themself life kill "
        "hang shoot drown hurt cut harm",
        rf"{_SUBJECT} {_NOT_ME}(?:(?:attempted|committed|completed|died by|died of|died from|"
        r"tried|survived) (?:suicide|an overdose|overdose|suicides)|overdos\w*|"
        r"(?:is|was|has been|had been|became|felt|feels|seemed|seems|got) suicidal|"
        r"self harm\w*|self injur\w*|(?:killed|kill|kills|killing|hanged|hung|shot|drowned|cut|"
        r"cuts|cutting|hurt|hurts|hurting|harmed|harms|harming|burned|burns|burning|starved|"
        r"unalived|offed) (?:himself|herself|themselves|themself)|took (?:his|her|their) "
        r"(?:own )?life|tried to (?:kill|hang|shoot|drown|hurt|cut|harm|overdose)(?: (?:himself|"
        r"herself|themselves))?)",
    ),
    (
        "himself herself themselves themself",
        r"(?:killed|kill|kills|hanged|hung|shot|drowned|unalived|offed) (?:himself|herself|"
        r"themselves|themself)",
    ),
    ("life", r"took (?:his|her|their) (?:own )?life"),
    # Someone else's fall from a height: "her brother jumped from a bridge last year".
    (
        "jumped threw",
        rf"{_SUBJECT} (?:who |that )?{_NOT_ME}(?:jumped|threw (?:himself|herself|themselves)) (?:off|"
        r"from|in front of) (?:a|the|that|an) (?:\w+ )?(?:bridge|building|cliff|train|roof|tower|"
        r"car park|overpass)",
    ),
    (
        "suicide suicidal overdos* self",
        r"(?<!told )(?<!tell )(?<!asked )(?<!showed )(?<!gave )(?<!telling )"
        rf"(?:(?!let's|what's|there's|here's|how's|who's|i'm|it's|that's){W}'s|his|her|their) (?:own )?"
        r"(?:attempted |failed |recent |first |second |last )?(?:suicide|overdose|self harm\w*|"
        r"suicidal (?:thoughts|feelings|ideation|episode|crisis))(?: attempts?| notes?)?",
    ),
    ("suicide overdos*", rf"lost {G3}to (?:suicide|an overdose|overdose)"),
    # Someone else's wish to die, self-harm without "herself", and call to a crisis line.
    (
        "die dead life exist alive disappear",
        rf"{_SUBJECT} {_NOT_ME}(?:wants|wanted|want|wishes|wished|wish|is going|was going|"
        r"threatened|threatens) to (?:die|be dead|end (?:his|her|their) (?:own )?life|not be alive|"
        r"not exist|disappear forever)",
    ),
    (
        "cutting burning harming hurting starving purging",
        rf"{_SUBJECT} {_NOT_ME}(?:has been|had been|have been|is|was|were|are|been|keeps|kept|"
        r"started|starts|is still|was still|has started|went back to|goes back to) (?:cutting|"
        r"burning|harming|hurting|starving|purging)(?= *$| (?:again|and|but|lately|recently|since|"
        r"because|when|in secret|at night|every|so|her|his|their|herself|himself|themselves)\b)",
    ),
    (
        "suicide crisis nine 988 samaritans lifeline",
        rf"{_SUBJECT} {_NOT_ME}(?:called|calls|calling|rang|rings|texted|texts|phoned|phones|"
        r"contacted|contacts|had to call) (?:the |a )?(?:suicide|crisis|nine eight eight|988|"
        rf"samaritans|lifeline)(?! (?:{W} ){{0,4}}(?:for|about|because of|on|over) me\b)",
    ),
)

# Only after someone else's suicide was set aside: the speaker's pull towards the same act.
ECHO_RULES = RuleSet(
    (
        "it that same",
        r"(?:do|doing|did|try|trying|tried|go through with) (?:it|that|the same(?: thing)?)"
        r"(?: too| as well| myself| one day| someday)",
    ),
    ("same", r"(?:doing|do|did|done|try|trying) the same(?: thing)?"),
    (
        "him her them",
        r"(?:join|joining|be with|follow|following) (?:him|her|them)(?! (?:to|on|at|for|in)\b)",
    ),
    ("same like", r"same way (?:he|she|they) did|end up like (?:him|her|them)"),
    (
        "so too same well",
        r"so (?:do|did|have|am|was) i|me too|i (?:do|did|have|am|want to|feel|need to|should|"
        r"might) too|"
        r"i (?:want|wanted|feel|felt) (?:to |that )?(?:too|as well|the same)",
    ),
)
