"""English words the program reads and says: number words and contractions, written once.

Pure data and two small functions; the classifier's normalizer (``normalize``), the crisis
net's (``safety_normalize``), the answer rules (``answers``) and the speech wording
(``assistant.spoken_numbers``) all read from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AMBIGUOUS_CONTRACTIONS",
    "CONTRACTIONS",
    "DROPPED_G",
    "ONES",
    "SPELLED_OUT_CONTRACTIONS",
    "TENS",
    "is_stammered_sound",
    "number_words",
    "recognized_number_words",
    "with_dropped_g_restored",
]

# "zero" .. "nineteen": index = value.
ONES: tuple[str, ...] = tuple(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split()
)
# "twenty" .. "ninety" at index 2..9; indexes 0 and 1 are placeholders, never words.
TENS: tuple[str, ...] = tuple("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
_SCALES = ((1_000_000_000, "billion"), (1_000_000, "million"), (1_000, "thousand"))


def number_words(n: int) -> str:
    """42 -> "forty-two"; 1205 -> "one thousand two hundred five" (written, to be read aloud)."""
    if n < 0:
        return "minus " + number_words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    for size, name in _SCALES:
        if n >= size:
            high, rest = divmod(n, size)
            return f"{number_words(high)} {name}" + (f" {number_words(rest)}" if rest else "")
    raise AssertionError(n)


def recognized_number_words(digits: str) -> tuple[str, ...]:
    """A run of digits as the recognizer prints it ("42" -> forty, two); 1000 and up stay digits."""
    n = int(digits)
    if n >= 1000:
        return (digits,)
    return tuple(number_words(n).replace("-", " ").split())


# Contractions typed without the apostrophe that are not also English words.
CONTRACTIONS: Mapping[str, str] = MappingProxyType(
    {
        "im": "i'm",
        "ive": "i've",
        "dont": "don't",
        "didnt": "didn't",
        "doesnt": "doesn't",
        "cant": "can't",
        "cannot": "can't",
        "wont": "won't",
        "isnt": "isn't",
        "wasnt": "wasn't",
        "werent": "weren't",
        "arent": "aren't",
        "havent": "haven't",
        "hasnt": "hasn't",
        "hadnt": "hadn't",
        "mustnt": "mustn't",
        "neednt": "needn't",
        "aint": "ain't",
        "couldnt": "couldn't",
        "shouldnt": "shouldn't",
        "wouldnt": "wouldn't",
        "thats": "that's",
        "whats": "what's",
        "theres": "there's",
        "hows": "how's",
        "wheres": "where's",
        "whys": "why's",
        "youre": "you're",
        "theyre": "they're",
        "itll": "it'll",
        "youd": "you'd",
        "theyd": "they'd",
    }
)

# Contractions typed without the apostrophe that are also words ("ill", "lets"): each reader
# decides which it takes, since "i feel ill" must not become "i feel i'll" for the crisis net.
AMBIGUOUS_CONTRACTIONS: Mapping[str, str] = MappingProxyType(
    {"ill": "i'll", "id": "i'd", "lets": "let's", "hes": "he's", "shes": "she's"}
)

# Two words a speaker may say for one contraction, both readers join alike.
SPELLED_OUT_CONTRACTIONS: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("i", "am"): "i'm",
        ("do", "not"): "don't",
        ("did", "not"): "didn't",
        ("does", "not"): "doesn't",
        ("can", "not"): "can't",
        ("is", "not"): "isn't",
        ("was", "not"): "wasn't",
        ("have", "not"): "haven't",
    }
)


# Words said with the "g" dropped ("wonderin", "feelin", "nothin"): the "-ing" forms that
# carry meaning here. A word ending in "in" is read as its "-ing" form only if that form is
# listed, so "begin", "skin" and "cousin" stay as they are.
DROPPED_G: frozenset[str] = frozenset(
    """
    asking being breathing coming crying cutting doing drinking dying eating everything
    evening feeling fighting forgetting getting going having helping hoping hurting journaling
    keeping killing knowing listening living looking making meeting morning nothing planning
    practicing reading remembering running saying seeing sitting sleeping something anything
    starting struggling taking talking telling thinking trying waiting walking wanting
    wondering working worrying writing lying hiding drowning jumping hanging shaking
    saving giving counting holding ending praying wishing leaving
    """.split()
)


def with_dropped_g_restored(word: str) -> str:
    """ "wonderin" -> "wondering"; any other word as it is."""
    if len(word) > 3 and word.endswith("in") and word + "g" in DROPPED_G:
        return word + "g"
    return word


def is_stammered_sound(fragment: str, word: str) -> bool:
    """A lone consonant said before the word it starts ("w why"); "a" and "i" are words."""
    return len(fragment) == 1 and fragment not in "aiu" and len(word) > 1 and word[0] == fragment


# Words of Caribbean, Gullah and West African creoles and pidgins that stand for one English
# word and are not English words themselves ("muh" my, "fuh" for, "wetin" what): both readers
# respell them, so that "uh done gib muh baskets" is read as the patterns and the classifier
# know it. "de" is left out ("the" in Bajan, a tense marker in Krio), and "wid" ("with" here,
# "would" in Scots).
CREOLE_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "muh": "my",
        "fuh": "for",
        "gwine": "going to",
        "ober": "over",
        "chillun": "children",
        "sistuh": "sister",
        "tittuh": "sister",
        "bruddah": "brother",
        "nuthin": "nothing",
        "nuttin": "nothing",
        "dis": "this",
        "dat": "that",
        "di": "the",
        "dat's": "that's",
        "wetin": "what",
        "wuh": "what",
        "tink": "think",
        "ting": "thing",
        "tings": "things",
        "gib": "give",
        "ain": "ain't",
        "lawd": "lord",
        "mek": "make",
        "wan": "want",
        "neva": "never",
    }
)

# "ah" (Scots, Caribbean) and "uh" (Gullah) are "i" before a verb ("if ah wisnae here", "uh
# done gib"); Krio "a" is "i" before its markers ("a de tink", "a don write"), never before
# "go" ("give it a go"). Elsewhere "ah" and "uh" are sounds.
_SPOKEN_I_BEFORE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "ah": frozenset(
            "wasn't was am know ken think want wish feel can't don't would will have had need "
            "mean just keep must realize realise got been bin does did do ain't done never".split()
        ),
        "uh": frozenset(
            "done feel ready keep been going ain't want tired can't don't think know wish "
            "pray say said".split()
        ),
        "a": frozenset("de don tink".split()),  # as said: "a tink", not "have a think"
    }
)


def is_spoken_i(word: str, *following: str) -> bool:
    """Whether ``word`` is the pronoun "i" said another way, given the word after it (as said,
    and as respelled)."""
    before = _SPOKEN_I_BEFORE.get(word, frozenset())
    return any(f in before for f in following)
