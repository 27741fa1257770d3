"""Typed or recognized text reduced to the one form the crisis patterns read.

Lowercase words; contractions and slang spelled out ("wanna", "dont"); split words joined
("my self", "over dose"); fillers, hedges ("just", "really", "like" as a filler) and stutters
dropped, so that the patterns need not allow for them between every two words. Not
``intents.normalize``, the classifier's form, which keeps each word's span in the original.
"""

from __future__ import annotations

import re

from .lexicon import (
    AMBIGUOUS_CONTRACTIONS,
    CONTRACTIONS,
    CREOLE_WORDS,
    SPELLED_OUT_CONTRACTIONS,
    is_spoken_i,
    is_stammered_sound,
    with_dropped_g_restored,
)

__all__ = ["normalize", "respelled"]

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})

# One typed or slang word, spelled the way the patterns expect.
_SPELL: dict[str, str] = {
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "don't know",
    "noone": "nobody",
    "waist": "waste",  # the recognizer's homophone: "a waist of space"
    "everyones": "everyone",
    "everyone'd": "everyone would",
    "everybody'd": "everybody would",
    "lifes": "life's",
    "myslef": "myself",
    "meself": "myself",
    "killmyself": "kill myself",
    "selfharm": "self harm",
    "selfharming": "self harming",
    "selfharmed": "self harmed",
    "selfharms": "self harms",
    "od": "overdose",
    "od'd": "overdosed",
    "oded": "overdosed",
    "odeed": "overdosed",
    "u": "you",
    "ur": "your",
    "gunna": "going to",
    # Caribbean English: "want fi lay down an nuh get up", "a weight pon mi pickney"
    "nuh": "not",
    "pon": "on",
    "fi": "to",
    "haffi": "have to",
    "pickney": "children",
    "cyaan": "can't",
    # Scots and Doric: "naebody wid notice if ah wisnae here", "better aff six feet under"
    "masel": "myself",
    "wisnae": "wasn't",
    "isnae": "isn't",
    "disnae": "doesn't",
    "dinnae": "don't",
    "cannae": "can't",
    "couldnae": "couldn't",
    "widnae": "wouldn't",
    "willnae": "won't",
    "naebody": "nobody",
    "wid": "would",
    "tae": "to",
    "aff": "off",
    "deid": "dead",
    "jist": "just",
    "intae": "into",
    "thegither": "together",
    "aifter": "after",
    "whit": "what",
    "hame": "home",
    "watter": "water",
    "ye": "you",
    "o": "of",
    "aw": "all",
}
_SPELL.update(CONTRACTIONS)
_SPELL.update(CREOLE_WORDS)
_SPELL["id"] = AMBIGUOUS_CONTRACTIONS["id"]

# Two words a recognizer or a typist splits (or a speaker contracts) that mean one.
_JOIN: dict[tuple[str, str], str] = {
    ("will", "not"): "won't",
    ("would", "not"): "wouldn't",
    ("could", "not"): "couldn't",
    ("were", "not"): "weren't",
    ("my", "self"): "myself",
    ("me", "self"): "myself",
    ("mi", "self"): "myself",
    ("my", "shelf"): "myself",
    ("my", "selves"): "myself",
    ("her", "self"): "herself",
    ("him", "self"): "himself",
    ("them", "selves"): "themselves",
    ("them", "self"): "themselves",
    ("your", "self"): "yourself",
    ("good", "bye"): "goodbye",
    ("no", "one"): "nobody",
    ("every", "one"): "everyone",
    ("every", "body"): "everybody",
    ("any", "more"): "anymore",
    ("any", "one"): "anyone",
    ("over", "dose"): "overdose",
    ("over", "dosed"): "overdosed",
    ("over", "dosing"): "overdosing",
    ("over", "doses"): "overdoses",
    ("over", "does"): "overdose",  # the recognizer's split: "took an over does of my pills"
    ("un", "alive"): "unalive",
    ("sewer", "slide"): "sewerslide",
    ("k", "m"): "km",
    ("km", "s"): "kms",
    ("sui", "cide"): "suicide",
    ("sue", "side"): "suicide",
    ("soy", "side"): "suicide",
    ("see", "wall"): "sea wall",
    ("sue", "aside"): "suicide",
    ("an", "not"): "and not",
    # Nigerian Pidgin's perfect: "i don write letter" is "i have written a letter"
    ("i", "don"): "i've",
    # and its negative future: "a no go need am again" is "i won't need it again"
    ("no", "go"): "won't",
    ("the", "noo"): "now",
}
_JOIN.update(SPELLED_OUT_CONTRACTIONS)

# Sounds, hedges and chat tics that never change whether a statement is about dying.
_DROP = frozenset(
    "um umm uh uhh uhm er erm hmm hm ah eh mm mmm just really literally honestly actually "
    "basically seriously totally truly simply even lol lmao haha hahaha idk tbh ngl fr rn "
    "smh tho".split()
)
_DROP_PAIRS = frozenset({("you", "know"), ("kind", "of"), ("sort", "of"), ("i", "mean")})
# "like" is a filler after these ("i like want to die"), a verb or comparison elsewhere.
_LIKE_FILLER_AFTER = frozenset(
    "i i'm i've and but so it's was is like want wanted um uh just really to".split()
)


# Caribbean and Guyanese "me" as the subject before a verb ("me go do it", "me done decide");
# never after a word that takes it as its object ("let me go", "tell me already").
_ME_IS_I_BEFORE = frozenset("go done already ready tired decide decided nah cyan gon".split())
_ME_IS_OBJECT_AFTER = frozenset(
    """let lets help make made give gave tell told for to with ask asked want wants wanted about
    at like than leave left call called take took get got keep kept and or but excuse""".split()
)


def _me_is_i(before: str, word: str, following: str) -> bool:
    return word == "me" and following in _ME_IS_I_BEFORE and before not in _ME_IS_OBJECT_AFTER


def respelled(text: str) -> str:
    """``text`` with every word spelled one way (slang, dialect and split words respelled,
    apostrophes restored) and nothing dropped: what the crisis net reads, since its sentence
    embedding knows "my" and "children" far better than "muh" and "chillun"."""
    return " ".join(_respelled_words(text))


def _respelled_words(text: str) -> list[str]:
    said = [with_dropped_g_restored(w) for w in _WORD.findall(text.lower().translate(_APOSTROPHES))]
    words: list[str] = []
    for k, raw in enumerate(said):
        spelled = _SPELL.get(raw, raw).split()
        following = said[k + 1] if k + 1 < len(said) else ""
        if len(spelled) == 1 and (
            is_spoken_i(raw, following, _SPELL.get(following, following))
            or _me_is_i(said[k - 1] if k else "", raw, following)
        ):
            spelled = ["i"]
        words.extend(spelled)
    joined: list[str] = []
    for word in words:
        if joined and (both := _JOIN.get((joined[-1], word))):
            joined[-1] = both
        else:
            joined.append(word)
    return joined


def normalize(text: str) -> str:
    """``text`` as the patterns read it: canonical lowercase words joined by single spaces."""
    out: list[str] = []
    for word in _respelled_words(text):
        if word in _DROP:
            continue
        if out and (out[-1], word) in _DROP_PAIRS:
            out.pop()
            continue
        if word == "like" and (not out or out[-1] in _LIKE_FILLER_AFTER):
            continue
        if out and out[-1] == word:  # a stutter: "i i don't"
            continue
        if out and is_stammered_sound(out[-1], word):  # a stammered first sound: "n n note"
            out.pop()
        out.append(word)
    return " ".join(out)
