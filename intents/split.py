"""Two things in one breath: the reflection items one utterance holds, in spoken order.

"we talked about my dad and she wants me to write him a letter" is a note and a homework;
"i need to journal and bring it next time" is one homework. A cut is only a candidate where
the words after it open a clause of their own (a subject and its verb, a question, a lead
phrase, or a task verb after a strong joiner like "and also"), and it is kept only when
both sides are long enough to stand alone and the classifier files each side as a
reflection. Two sides of the same kind need a fresh opener ("i noticed", "can we", a lead
word, "also"): "i learned to hide it from my dad and i still do it" stays one note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .intent import NEED, NOTE, QUESTION, REFLECTIONS, Intent
from .lead import find_lead
from .lexicon import ONES, TENS
from .normalize import FILLERS, Token, content_words, tokenize

Classifier = Callable[[str], Intent]

# Words that tell what came next: "... then we talked about", "... afterwards i noticed".
# "after that" is one of them too (see ``_PHRASES``).
SEQUENCE_WORDS = ("then", "afterwards", "afterward", "next")
# Joining phrases of several words, and the one word they count as: "on top of that" adds a
# thing like "also", "after that" tells what came next like "then".
_PHRASES: dict[tuple[str, ...], str] = {
    ("after", "that"): "then",
    ("after", "this"): "then",
    ("after", "which"): "then",
    ("later", "on"): "then",
    ("on", "top", "of", "that"): "also",
    ("on", "top", "of", "this"): "also",
    ("apart", "from", "that"): "also",
    ("aside", "from", "that"): "also",
    ("besides", "that"): "also",
    ("other", "than", "that"): "also",
    ("as", "well", "as", "that"): "also",
    ("before", "i", "forget"): "also",
    ("while", "i", "remember"): "also",
    ("on", "another", "note"): "also",
    ("on", "a", "different", "note"): "also",
    ("in", "other", "news"): "also",
    ("one", "more", "thing"): "also",
    ("the", "other", "thing", "is"): "also",
    ("the", "other", "thing"): "also",
    ("one", "other", "thing"): "also",
    ("separately",): "also",
    ("additionally",): "also",
    ("in", "the", "meantime"): "also",
    ("meanwhile",): "also",
}

# Phrases that announce another item: whatever follows starts one ("the other thing is the
# thursday slot doesn't work").
_ANNOUNCING = frozenset(p for p in _PHRASES if p[-1] in {"thing", "is", "forget", "remember"})

# Words that join two items; they belong to neither body.
_JOINERS = frozenset(
    {
        "and",
        "but",
        "plus",
        "then",
        "also",
        "oh",
        "too",
        "anyway",
        "anyways",
        "okay",
        "alright",
        "right",
        "like",
        "yeah",
        "actually",
        "besides",
        "second",
        "secondly",
        "thirdly",
        "another",
        "thing",
        "finally",
        "lastly",
        "tapos",
        "so",
        "afterwards",
        "afterward",
        "next",
    }
)
_PAUSES = frozenset({"um", "umm", "uh", "uhh", "erm", "er", "uhm"})
# A joiner after which a bare task verb may start an item ("read chapter two and also practice").
_STRONG = frozenset({"also", "plus", "another", "besides", "oh", *SEQUENCE_WORDS})
# Strong enough to let a bare task verb start an item, not to make "and then i laughed" a
# second note.
_SEQUENCE = frozenset(SEQUENCE_WORDS)
# Not "so": "ask my sister to babysit so i can rest" is one item with its purpose.
_HINGES = frozenset(
    {
        "and",
        "but",
        "plus",
        "then",
        "also",
        "oh",
        "besides",
        "second",
        "secondly",
        "thirdly",
        "another",
        "finally",
        "lastly",
        "tapos",
        *SEQUENCE_WORDS,
    }
)

_SUBJECT_VERB = {
    "i": None,
    "i'm": None,
    "i've": None,
    "i'd": None,
    "i'll": None,
    "she": None,
    "he": None,
    "they": None,
    "we": None,
    "she's": None,
    "he's": None,
    "we're": None,
    "they're": None,
    "we've": None,
    "she'd": None,
    "he'd": None,
    "we'd": None,
    "we'll": None,
    "they'd": None,
    "they'll": None,
}
# "i" followed by one of these does not start a new thought ("and i still do it").
_WEAK_AFTER_I = frozenset(
    {
        "still",
        "also",
        "just",
        "guess",
        "think",
        "mean",
        "was",
        "were",
        "am",
        "and",
        "saw",
        "did",
        "had",
    }
)
_AUX = frozenset(
    {
        "can",
        "could",
        "would",
        "will",
        "is",
        "are",
        "do",
        "does",
        "did",
        "should",
        "may",
        "shall",
        "am",
        "was",
        "were",
        "have",
        "has",
    }
)
_AUX_SUBJECTS = frozenset(
    {
        "we",
        "i",
        "you",
        "she",
        "he",
        "it",
        "they",
        "there",
        "her",
        "my",
        "the",
        "this",
        "that",
        "someone",
        "people",
    }
)
# "and i did feel lighter": an emphatic "did" before a verb of experience.
_EMPHATIC = frozenset({"feel", "notice", "enjoy", "like", "love", "manage", "find", "appreciate"})
# Insights told without their "i" after a strong joiner ("and also realized ...").
_INSIGHT = frozenset({"realized", "realised", "noticed", "learned", "figured", "discovered"})
# "the session was", "my mood felt": a noun subject reporting, after a joiner.
_REPORTING = frozenset({"was", "is", "felt", "feels", "went", "seemed", "got"})
_DETERMINERS = frozenset({"my", "the", "a", "this", "her", "our", "their", "his"})
_WH = frozenset({"why", "how", "what", "when", "where", "who", "which", "what's", "how's", "why's"})
# The thought a fresh item starts with: lets two items of one kind be told apart.
_FRESH = (
    "i realized",
    "i realised",
    "i noticed",
    "i learned",
    "i want to ask",
    "i wanna ask",
    "i wonder",
    "i'm wondering",
    "i was wondering",
    "i keep wondering",
    "i've been wondering",
    "i still wonder",
    "i keep asking myself",
    "she wants me",
    "she also wants",
    "he also wants",
    "they also want",
    "she also said",
    "she also asked",
    "he wants me",
    "they want me",
    "she asked me",
    "he asked me",
    "she told me",
    "he told me",
    "she said i",
    "i'm supposed",
    "i am supposed",
    "i have to",
    "i need",
    "i'd like",
    "i would like",
    "i want",
    "i'd love",
    "can we",
    "could we",
    "can i",
    "could i",
    "is it",
    "is that",
    "is this",
    "was that",
    "could that",
    "does that",
    "did that",
    "are there",
    "why do",
    "why does",
    "why am",
    "how do",
    "how come",
    "how can",
    "what does",
    "what do",
    "should i",
    "do i",
    "ask her",
    "ask him",
    "ask them",
    "ask about",
    "ask if",
    "ask whether",
    "i also",
    "i'm also",
    "i'd also",
    "i would also",
    "my homework",
    "my question",
    "my task",
    "my assignment",
    "i'm meant to",
    "i am meant to",
    "i was told to",
    "she noticed i",
    "she noticed how",
    "she noticed my",
    "he noticed i",
    "he noticed how",
    "he noticed my",
    "she pointed out i",
    "she pointed out how",
    "she pointed out my",
    "the task is",
    "it struck me",
    "it hit me",
    "it dawned on",
    "it occurred to",
    "i'm not comfortable",
    "i'm not okay",
    "i got to",
    "i've got to",
    "i gotta",
    "i should",
    "i must",
    "also",
    "i felt",
    "it felt",
    "i feel",
    "she said i",
    "she said to",
    "she gave me",
    "she has given",
    "she made me",
    "she suggested",
    "he said i",
    "he gave me",
    "he suggested",
    "they said i",
    "we talked",
    "we did",
    "we spent",
    "we went",
    "we worked",
    "we cried",
    "we got",
    "we looked",
    "we practiced",
    "we figured",
    "we realized",
    "we realised",
    "we found",
    "we worked out",
    "we traced",
    "we discovered",
    "we noticed",
    "we learned",
    "today she",
    "today he",
    "today we",
    "today i",
    "today was",
    "today felt",
    "today went",
    "today seemed",
)
# What starts a second item run on with no joiner, though after "and" it may go on the first:
# "talked about the divorce i don't want my ex coming up every session", but "i'm not
# comfortable with emdr and i don't want to start it".
_RUN_ON_STARTS = (
    "i don't want",
    "i didn't get what",
    "i didn't understand what",
    "i didn't understand when",
    "i didn't follow what",
    "i don't get what",
    "i don't get why",
    "i don't understand what",
    "i don't understand why",
)
_ASK = frozenset({"ask", "asking"})
_INVITED = frozenset({"out", "over", "round", "around", "along"})
# A new task set by the therapist: a second homework even after "and then" ("do the worry time
# at six and then she wants me to make a list").
_ASSIGNED = (
    "she wants me",
    "he wants me",
    "they want me",
    "she asked me",
    "he asked me",
    "she also wants",
    "he also wants",
    "she'd like me",
    "he'd like me",
)
# A task set, said as what the speaker is to do: starts an item even after "which worked so".
_TOLD_TO = ("i'm supposed", "i am supposed", "i'm meant", "i am meant", *_ASSIGNED)
# How the speaker took what was just told: the same note ("we talked about my daughter and i
# felt proud of her").
_REACTION = frozenset(
    {
        ("i", "felt"),
        ("i", "feel"),  # a learner's present: "today i tell her about my father and i feel sad"
        ("i", "went"),
        ("i", "got"),
        ("i", "was"),
        ("i", "cried"),
        ("i", "started"),
        ("it", "felt"),
        ("i", "couldn't"),
        ("i", "just"),
        ("i", "didn't"),  # "we talked about my ex and i didn't cry for once"
        ("i", "almost"),
        ("it", "was"),  # "we talk about army and it was heavy"
    }
)
# A telling the reaction belongs to: "we talked about ...", "it came up", "she said ...".
_TOLD_STORY = re.compile(
    r"\b(?:we (?:talked|talk|spoke|went over|discussed|got into|played|did|made|drew|had)|"
    r"(?:it|that|this) came up|she "
    r"(?:said|pointed out|brought up|asked about))\b"
)
# "... um anyway it was really emotional today": a change of subject, unless the anyway closes
# its own clause ("i did it anyway and i felt better").
_TOPIC_SHIFT = frozenset({"anyway", "anyways"})
_CLAUSE_JOINERS = frozenset({"and", "but", "so"})


def _shifts_topic(stretch: list[str]) -> bool:
    for k, word in enumerate(stretch):
        if word in _TOPIC_SHIFT:
            return not _CLAUSE_JOINERS & set(stretch[k + 1 :])
    return False


# After "i also", the verbs that start an item of their own.
_ALSO_WANTS = frozenset(
    {"want", "wanna", "need", "would", "wonder", "realized", "realised", "noticed", "learned"}
)
# Task verbs that start an item after a strong joiner.
_TASK = frozenset(
    """
practice practise write read track call do try keep use go spend listen make fill log notice
take walk schedule text journal meditate record jot check start stop finish bring look watch
work plan think talk tell stretch ride cook eat draw paint sit breathe run swim cycle ring phone
email sing pray rest avoid list count say""".split()
)
# A word before which a clause is part of the same sentence ("i realized that i ...").
_BINDS = frozenset(
    {
        "that",
        "think",
        "thought",
        "realized",
        "realised",
        "feel",
        "felt",
        "like",
        "when",
        "because",
        "if",
        "said",
        "says",
        "know",
        "knew",
        "wonder",
        "ask",
        "asked",
        "how",
        "why",
        "what",
        "whether",
        "where",
        "until",
        "while",
        "as",
        "noticed",
        "learned",
        "saying",
        "told",
        "tell",
        "explain",
        "explained",
        "before",
        "after",
        "since",
        "than",
        "who",
        "which",
        "so",
        "cause",
        "want",
        "hope",
        "wish",
        "guess",
        "mean",
        "sure",
        "once",
        "unless",
        "to",
        "and",
        "or",
        "but",
        "of",
        "about",
        "for",
        "with",
    }
)

_DANGLING = frozenset(
    {
        "that",
        "to",
        "of",
        "about",
        "for",
        "with",
        "the",
        "a",
        "an",
        "my",
        "because",
        "if",
        "when",
        "than",
    }
)
_OBJECTS = frozenset({"her", "him", "them", "me", "you", "us"})
_TELL = frozenset(
    {
        "tell",
        "told",
        "ask",
        "asked",
        "show",
        "showed",
        "remind",
        "let",
        "know",
        "teach",
        "taught",
        "promise",
        "promised",
        "warn",
        "warned",
    }
)
# Words that make the clause after them part of theirs when nothing joins the two.
_SUBORDINATE = frozenset(
    {
        "how",
        "what",
        "when",
        "whenever",
        "why",
        "who",
        "where",
        "which",
        "time",
        "times",
        "second",
        "minute",
        "moment",
        "so",
        "that",
        "whether",
        "if",
        "because",
        "until",
        "since",
        "than",
        "things",
        "thing",
        "something",
        "anything",
        "everything",
        "way",
        "chance",
        "possible",
        "letter",
        "moments",
        "places",
        "ways",
        "people",
    }
)
# A side that trails off into these leans on the other ("and i don't know why").
_TRAILING_BACK = frozenset({"why", "how", "what", "it", "that", "this", "them", "there"})
_KIND_WORDS = frozenset({"note", "question", "homework", "need"})
_FILING_VERBS = frozenset({"put", "make", "save", "file", "add", "mark", "log", "keep", "take"})
# "how do i do that": the second half leans on the first.
_ANAPHORA = frozenset(
    {
        ("do", "that"),
        ("do", "it"),
        ("about", "that"),
        ("about", "it"),
        ("with", "that"),
        ("with", "it"),
        ("doing", "it"),
        ("doing", "that"),
    }
)
# A clause opening with these is waiting for its main clause ("when i get home i ...").
_FRONTED = (
    "every",  # "every morning before the run i'm meant to ...": one task with its time
    "each",
    "when",
    "whenever",
    "every time",
    "each time",
    "if",
    "because",
    "after",
    "before",
    "while",
    "once",
    "as soon",
    "until",
    "since",
    "the moment",
    "any time",
    "anytime",
)
_ELSEWHERE = frozenset(
    {("something", "else"), ("anything", "else"), ("someone", "else"), ("somebody", "else")}
)
MIN_LEFT_WORDS = 3
# With no joiner the left side must say more before it counts as a thought of its own.
MIN_RUN_ON_LEFT_WORDS = 4
# A line the classifier is sure is a command is never cut ("okay that's all for today").
COMMAND_CONFIDENCE = 0.8
MIN_RIGHT_WORDS = 3
# Below this a side is too unsure to be an item of its own: the line stays whole.
MIN_SIDE_CONFIDENCE = 0.5
# Two items run together with no joiner ("today was intense i need more time") must differ
# in kind and each be clear.
RUN_ON_CONFIDENCE = 0.75


# A tag that only marks what came before as a question to ask: "... i want to ask her",
# "... is what i wanna ask", "... that's my question". It is no item of its own.
_ASK_TAG_CORE = (
    r"^(?:(?:that's|that is|this is|is|it's|which is) )?(?:what |something |the thing |one thing )?"
    r"(?:i want ask|i (?:want|wanted|need|needed|meant|mean|have|plan|was going|was gonna|am going|"
    r"was meaning|would like|keep meaning|forgot) to (?:ask|know|bring up|find out|check)|"
    r"i'd like to (?:ask|know|bring up|find out|check)|i've got to ask|i got to ask|"
    r"i'm going to ask|i'm gonna ask|i'll ask|i will ask|i'd ask|i'm asking|i am asking|"
    r"i wonder|i was wondering|i'm wondering|just wondering|i'm curious|i'm not sure|"
    r"my question|a question|for her|to ask|to ask her)"
)
# The same tag with more said after it: "i want to ask her | today she showed me ...".
_ASK_TAG_START = re.compile(
    _ASK_TAG_CORE + r" (?:her|him|them|you|the therapist|my therapist)\b|"
    r"^ask (?:her|him|them) (?:that|this|about (?:it|that|this))\b"
)
_ASK_TAG = re.compile(
    # or the bare imperative: "... ask her that", "... ask him about it"
    r"(?:" + _ASK_TAG_CORE + r"|^ask(?= (?:her|him|them|the therapist|my therapist)\b))"
    r"(?: (?:her|him|them|you|the therapist|my therapist|about (?:it|that|this)|that|this|"
    r"next time|"
    r"next session|next week|at some point|sometime|later|too|as well|again|really|though|"
    # what was just said, asked about: "... i want to ask if true"
    r"(?:if|whether) (?:(?:it's|that's|it is|that is|this is) )?(?:true|right|normal|so|real)))*$"
)
# "how long", "how often": a question about an amount.
_MEASURES = frozenset({"long", "much", "many", "often", "soon", "far"})
_JUDGED = frozenset(
    "normal weird ok okay bad common possible true strange wrong healthy unusual odd silly stupid "
    "crazy fine safe".split()
)
_LEAD_MODIFIERS = frozenset(
    "new a an another quick next one my the separate little small more add this that".split()
)
_ASKS_ALOUD = frozenset(
    "wonder wondering wondered ask asking asked know sure whether if question".split()
)
_WONDER = frozenset({"wonder", "wondering", "wondered"})  # "wonderin": normalize restores the g
_ASKS_OF_ANY_SUBJECT = frozenset({"does", "is", "are", "can", "could", "would", "will", "should"})
_SAID = frozenset({"said", "mentioned", "talked", "explained", "brought", "used", "called"})


def _opens_clause(
    words: list[str], i: int, strong: bool, hinged: bool, sequence_only: bool = False
) -> bool:
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    third = words[i + 2] if i + 2 < len(words) else ""
    if w == "i" and nxt == "did" and third in _EMPHATIC:
        return True  # "and i did feel lighter": emphasis, not "i did the worksheet"
    if w == "i" and nxt == "also" and third in _ALSO_WANTS:
        return True  # "and i also want to ask her": a fresh item, not "and i also cried"
    if w in _SUBJECT_VERB:
        return not (w == "i" and nxt in _WEAK_AFTER_I) and nxt not in {"and", "or"}
    if strong and w in _INSIGHT:
        return True  # "and also realized today ...": the "i" left unsaid
    if strong and w in {"the", "my", "our"} and third in _REPORTING:
        return True  # "and also the session was great"
    if w in {"can", "could"} and nxt == "we" and third:
        return True  # a request run on with no joiner: "... the deployment can we go back to"
    if w in {"is", "was", "could", "does", "did"} and nxt in {"that", "this"} and third:
        return True  # a tag question on what was just said: "... is that a trust thing"
    if w in {"is", "was"} and nxt == "it" and third in _JUDGED:
        # a question run on: "felt really calm at the end is it weird that ..."; not the
        # question's own lead ("i keep wondering is it normal")
        return i > 0 and words[i - 1] not in _ASKS_ALOUD
    if w in _AUX:
        # "and can we ...", "and is it ...", "and is freezing ..."; not "do it", "is my ..."
        # After a strong joiner any subject will do: "and another thing does anxiety ...".
        return (
            hinged
            # After "then" alone a bare "have a shower" is a step, not a question.
            and (
                nxt in _AUX_SUBJECTS
                or nxt.endswith("ing")
                or strong
                and not sequence_only
                and bool(third)
                # "but does exercise really help": a question on any subject; not "and do the
                # breathing", "and have a bath", which are tasks
                or w in _ASKS_OF_ANY_SUBJECT
                and not strong
                and bool(third)
                and w not in words[max(0, i - 3) : i]  # "my anxiety is uh is like": a restart
            )
            and not (w in {"do", "have", "has"} and nxt == "it")
        )
    if w == "please":
        return hinged and bool(nxt)  # "and uh please no role play again"
    if w in _WONDER and (nxt in {"if", "whether"} or nxt in _WH):
        # "also wonderin whether ...": a question, its "i" unsaid; not "and then wonder why"
        return strong and not sequence_only
    if w == "got" and nxt == "to" or w in {"supposed", "meant"} and nxt == "to":
        # "anyway gotta do the breathing", "um supposed to walk every day": a task, "i" unsaid
        return hinged
    if w in {"my", "me"} and nxt in {"job", "task", "homework"} and third in {"is", "was"}:
        return True  # "and me job is to leave it in the kitchen": a task named
    if w == "how" and nxt == "come":
        return hinged or bool(third)  # "and how come i can't cry"
    if w == "today":  # "... today she helped me see", "... today was rough", "today felt"
        return nxt in _SUBJECT_VERB or nxt in {"was", "wasn't", "felt", "went", "seemed", "feels"}
    if w == "for" and nxt == "next" and third in {"time", "week", "session"}:
        return hinged  # "and for next time i must write ...": the task's time said first
    if w in {"every", "each"} and nxt in {"night", "morning", "day", "evening"}:
        return hinged  # "and every night i light a candle": a routine, set after a request
    if w == "next":  # "but next time i want ..."
        return hinged and nxt in {"time", "week", "session"}
    if w == "it":
        return nxt in {"felt", "was", "helped", "hurt", "seemed", "feels", "struck", "hit"}
    if w == "when" and nxt in {"she", "he", "you", "they"} and third in _SAID:
        return hinged  # "and um when she said window of tolerance i didn't understand"
    if w in _WH:
        third = words[i + 2] if i + 2 < len(words) else ""
        if not hinged:  # only a real question restarts a run-on: "why do i ...", not "who is"
            return nxt in _AUX and bool(third)
        # "also how long does it last": a question that opens with its measure
        return nxt in _AUX or w.endswith("'s") or w == "how" and nxt in _MEASURES
    if w in _ASK:
        # not "ask her out for coffee", "ask him over": an invitation is part of the task
        return (
            nxt in {"her", "him", "them", "about", "if", "whether", "my", "the"} or nxt in _WH
        ) and (third not in _INVITED)
    if w in {"my", "the", "our"} and nxt in {
        "homework",
        "question",
        "need",
        "therapist",
        "counselor",
        "task",
        "assignment",
    }:
        return True
    return strong and w in _TASK


def _asks_after_lead(words: list[str], i: int) -> bool:
    """ "... before next time question does family therapy work": the kind said mid-line with
    no joiner, its question right after it."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    # not inside the lead itself: "new question what's the difference ..."
    return words[i] == "question" and (nxt in _AUX or nxt in _WH) and before not in _LEAD_MODIFIERS


def _lead_opens(words: list[str], i: int) -> bool:
    # "note" is a verb too ("and note the timings"); it leads only as "note that"/"note to self".
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if w == "note":
        return nxt in {"that", "to"}
    return w in {"question", "homework", "need", "add", "new", "put"}


# A kind named mid-line as a subject: "... homework is write him a letter".
_NAMED = frozenset(
    {"homework", "question", "task", "assignment", "deliverable", "need", "insight", "note"}
)


# Words that make no item on their own: a side of nothing else ("for her next time") is a tag.
_NO_CONTENT = frozenset(
    "for her him them me next time to the a that this it please okay question note homework "
    "need with on at one".split()
)


# What a task names when it is said as a noun after "homework".
_TASK_NOUNS = frozenset(
    "journal journaling breathing exposure reading worksheet diary list log walks walk "
    "meditation letter exercise exercises".split()
)


def _named_item(words: list[str], i: int) -> bool:
    w, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    if w in {"action", "side"} and nxt in {"item", "items", "quest"}:
        return True
    if w in {"for", "as"} and nxt == "homework":
        # "... and for homework i write ...", not "more time for homework"
        return i + 2 < len(words) and words[i + 2] in {"i", "she", "he", "we", "my", "it's"}
    if (
        w == "homework"
        and i > 0
        and words[i - 1] not in _DETERMINERS
        and words[i - 1] != "for"
        and (nxt in _TASK or nxt in _TASK_NOUNS)
    ):
        return True  # "... in flying season homework journal three lines a day": its task next
    return w in _NAMED and nxt in {"is", "for", "was", "this"}


def _fresh(words: list[str]) -> bool:
    if (
        words[0] in _AUX
        and len(words) > 1
        and (words[1] in _AUX_SUBJECTS or words[1].endswith("ing"))
    ):
        return True  # a new question: "and is it normal", "and can we"
    if words[0] in _ASK and len(words) > 2 and words[2] in _INVITED:
        return False  # "ask her out for coffee": the same task, not a question for her
    joined = " ".join(words[:4])
    return any(joined == f or joined.startswith(f + " ") for f in _FRESH)


def _joiner_start(words: list[str], i: int) -> int:
    """Where the joining words before ``words[i]`` begin ("... and after that | we ...")."""
    j = i
    while j > 0:
        # a phrase first: "one more thing" ends in "thing", a joiner on its own too
        phrase = next((p for p in _PHRASES if tuple(words[max(0, j - len(p)) : j]) == p), None)
        if phrase is not None:
            j -= len(phrase)
        elif words[j - 1] in _JOINERS or words[j - 1] in FILLERS:
            j -= 1
        elif words[j - 1] in _DETERMINERS and j < i and words[j] in _PAUSES:
            j -= 1  # a false start: "... at the start and the um | secondly i'm supposed to"
        else:
            break
    return j


def _announced(words: list[str], i: int) -> bool:
    """Whether a phrase that announces another item ends just before ``words[i]``."""
    return any(len(p) >= 3 and tuple(words[max(0, i - len(p)) : i]) == p for p in _ANNOUNCING)


def _inside_phrase(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` continues a joining phrase begun before it ("the other thing|is")."""
    return any(
        tuple(words[i - k : i - k + len(p)]) == p
        for p in _PHRASES
        for k in range(1, len(p))
        if i >= k
    )


def _joiner_words(words: list[str]) -> set[str]:
    """The joining words of a stretch, a phrase counted as the word it stands for."""
    out = set(words)
    for phrase, word in _PHRASES.items():
        n = len(phrase)
        if any(tuple(words[k : k + n]) == phrase for k in range(len(words) - n + 1)):
            out.add(word)
    return out


def _candidates(tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """(end of left side, start of right side, joined strongly) for every possible cut."""
    words = [t.word for t in tokens]
    out = []
    for i in range(1, len(words)):
        j = _joiner_start(words, i)
        joiners = _joiner_words(words[j:i])
        strong = bool(joiners & _STRONG)
        # A pause between two clauses ("... uncomfortable um is it normal ...") hinges them as
        # "and" would; whether they are two items is still up to their kinds.
        # "anyway" changes the subject as "and" joins: "... if that's possible anyway today i".
        hinged = bool(joiners & (_HINGES | _PAUSES | _TOPIC_SHIFT))
        if j == 0 or _inside_phrase(words, i):
            continue
        named = (
            _named_item(words, i)
            and words[j - 1] not in _DETERMINERS
            or _announced(words, i)
            or _asks_after_lead(words, i)
        )
        if named:
            hinged = True  # naming the kind, or "the other thing is", is as good as a joiner
        if not (
            named
            or _opens_clause(words, i, strong, hinged, not joiners & (_STRONG - _SEQUENCE))
            or j < i
            and _lead_opens(words, i)
        ):
            continue
        asked_that = j > 2 and words[j - 2] in _OBJECTS and words[j - 3] in _TELL
        if words[j - 1] in (_DANGLING if hinged else _BINDS | _AUX) and not (
            words[j - 1] == "that" and asked_that
        ):
            # "i realized i ...", "she said we ...", "the part of and i ..."; not "... ask
            # her that | oh and ...", where "that" is what is asked
            continue
        if (
            words[j - 1] in _OBJECTS
            and j > 1
            and words[j - 2] in _TELL
            and not strong
            and not joiners & _CLAUSE_JOINERS
        ):
            # "i need to tell her she hurt me": what follows is what is told; not "... ask
            # her oh and she said ...", "... i'll ask him and he wants me to ..."
            continue
        told_to = " ".join(words[i : i + 3]).startswith(_TOLD_TO)
        if not hinged and _binds_next(words, j) and not told_to:
            # "every time i check", "how calm i felt", "a letter i won't send"; not "... which
            # worked so i'm supposed to ..."
            continue
        out.append((j, i, strong or hinged))
    return out


# A count before "times" makes it how often ("the lift three times | ask her why"), not
# "every time i ...", which binds the clause after it.
_COUNTS = frozenset(ONES[1:] + TENS[2:] + ("twice", "several", "once"))


def _binds_next(words: list[str], j: int) -> bool:
    before = words[max(0, j - 2) : j]
    bound = _SUBORDINATE & set(before)
    if bound <= {"time", "times"} and before and before[-1] in {"time", "times"}:
        return not (len(before) == 2 and before[0] in _COUNTS)
    return bool(bound)


# Past-tense verbs that do not end in "ed", for telling a told event from a routine.
_PAST = frozenset(
    """spent went got had did felt saw said told made took found thought came began broke fell
left ran sat wrote read spoke drew dug brought caught taught fought sought heard kept lost met
paid put quit set shut slept stood swore tore threw understood woke won""".split()
)


def _told(words: list[str]) -> bool:
    """ "we argued", "i broke down": an event told after "then", not a step of a routine."""
    verb = words[1] if len(words) > 1 else ""
    if verb in {"just", "finally", "also", "kind", "sort", "really", "then", "eventually"}:
        verb = words[2] if len(words) > 2 else ""
    return verb.endswith("ed") or verb in _PAST


def _restarts_same_kind(words: list[str]) -> bool:
    """A second item of the same kind run on: "why do i freeze | how do i unfreeze", "i want
    more time | i'm also not okay with ..."."""
    nxt = words[1] if len(words) > 1 else ""
    return words[0] in _WH and nxt in _AUX or "also" in words[:3]


def _instead_alone(words: list[str]) -> bool:
    """ "... and do that instead" replaces the first item; "instead of video" does not."""
    return any(
        w == "instead" and (k + 1 == len(words) or words[k + 1] != "of")
        for k, w in enumerate(words)
    )


def _segment(text: str, tokens: list[Token], start: int, end: int) -> str:
    if start >= end:
        return ""
    return text[tokens[start].start : tokens[end - 1].end]


# Each cut tried costs two classifications (~20 ms each with the embedding): past this many
# words a line is filed whole, so that a long monologue is answered in a second or two.
MAX_SPLIT_WORDS = 90


def _split(text: str, tokens: list[Token], classify: Classifier) -> list[tuple[str, Intent]]:
    best: tuple[float, str, str] | None = None
    for left_end, right_start, hinged in _candidates(tokens):
        left_words = content_words(tokens[:left_end])
        right_words = content_words(tokens[right_start:])
        if len(left_words) < MIN_LEFT_WORDS or len(right_words) < MIN_RIGHT_WORDS:
            continue
        if not (set(right_words) - _NO_CONTENT and set(left_words) - _NO_CONTENT):
            continue  # "how do i stop dreaming about work | question for her": a tag, no item
        if right_words[0] == "i" and left_words[0] in _AUX and len(left_words) <= 4:
            continue  # "can my partner and i come together": a compound subject, one ask
        if left_words[-1] in _KIND_WORDS and _FILING_VERBS & set(left_words):
            continue  # "can you put this down as a question why do i ...": the lead, not an item
        if (
            len(right_words) < 6
            and right_words[-1] in _TRAILING_BACK
            and (right_words[0] in _SUBJECT_VERB)
        ):
            continue
        left_text = _segment(text, tokens, 0, left_end)
        right_text = _segment(text, tokens, right_start, len(tokens))
        left, right = classify(left_text), classify(right_text)
        if left.label not in REFLECTIONS or right.label not in REFLECTIONS:
            continue
        if min(left.confidence, right.confidence) < MIN_SIDE_CONFIDENCE:
            continue
        lead = find_lead(right_text, tokenize(right_text))
        stretch = [t.word for t in tokens[left_end:right_start]]
        joiners = _joiner_words(stretch)
        assigned = " ".join(right_words[:3]).startswith(_ASSIGNED)
        if (
            # "... and it was so hard but i'd like ...": an "it" reaction opens no other kind
            (right.label == NOTE or right_words[0] == "it")
            and joiners <= {"and", *_TOPIC_SHIFT, *FILLERS}
            and tuple(right_words[:2]) in _REACTION
            and (left.label == NOTE or _TOLD_STORY.search(" ".join(left_words)))
        ):
            continue  # "we talked about my daughter and i felt proud of her": one note
        fresh = (
            _shifts_topic(stretch)
            or _fresh(right_words)
            or lead.label is not None
            or hinged
            and bool(
                joiners & (_STRONG - _SEQUENCE) or joiners & _SEQUENCE and right_words[0] in _TASK
            )
        )
        if (
            joiners & _SEQUENCE
            and left.label == right.label
            and lead.label is None
            and not joiners & (_STRONG - _SEQUENCE)
            and not assigned
        ):
            # "i cried and then i laughed", "do the breathing then write down how i feel": one
            # story, one task told in order. Two kinds in sequence are two items.
            continue
        if (
            joiners & _SEQUENCE
            and right_words[0] in {"i", "we"}
            and left.label != QUESTION
            and not (_fresh(right_words) or lead.label is not None or _told(right_words))
        ):
            continue  # "i do the breathing and then i rate my anxiety": one routine in order
        if joiners & _SEQUENCE and right_words[0] in _TASK and left.label in {NEED, QUESTION}:
            continue  # "can we meet by phone then go back to in person": one request's two steps
        if _ASK_TAG.match(" ".join(right_words)):
            continue  # "... is that normal i want to ask": the tag belongs to the question
        if (
            left.label == QUESTION
            and right.label != QUESTION
            and _ASK_TAG_START.match(" ".join(right_words))
        ):
            # "why do i sulk | i wanna ask him today we did ...": the tag closes the question
            # and what follows it is the next item; the cut belongs after the tag
            continue
        if (
            len(left_words) >= 2
            and left_words[-2] in {"it", "is", "that"}
            and left_words[-1] in _JUDGED
        ):
            continue  # "is it normal | i feel more tired after": what is asked about follows
        if left.label == right.label and not fresh:
            continue
        pairs = zip(right_words, right_words[1:], strict=False)
        bigrams = set(pairs)
        if (
            _ELSEWHERE & bigrams
            or left.label == right.label
            and (len(right_words) < 8 and _ANAPHORA & bigrams or _instead_alone(right_words))
        ):
            continue  # "... and i'd like to try something else": one request
        if not hinged and not (fresh or " ".join(right_words[:4]).startswith(_RUN_ON_STARTS)):
            continue
        if (
            not hinged
            and left.label == right.label
            and lead.label is None
            and not _restarts_same_kind(right_words)
        ):
            # "the session was heavy we went deep into it", "please less talk about work i want
            # to talk family": run on with no joiner, one kind goes on being one item
            continue
        if not hinged and " ".join(left_words[:2]).startswith(_FRONTED):
            continue  # "every time i check my phone i'm supposed to ...": one sentence
        if not hinged and not (
            (left.label != right.label or fresh)
            and len(left_words) >= MIN_RUN_ON_LEFT_WORDS
            and min(left.confidence, right.confidence) >= RUN_ON_CONFIDENCE
        ):
            continue
        score = min(left.confidence, right.confidence)
        if best is None or score > best[0]:
            best = (score, left_text, right_text)
    if best is None:
        return [(text, classify(text))]
    # Only the best cut is followed into its sides: following every cut would take time
    # exponential in the length of a run-on monologue.
    _, left_text, right_text = best
    return [
        *_split(left_text, tokenize(left_text), classify),
        *_split(right_text, tokenize(right_text), classify),
    ]


def split_items(text: str, classify: Classifier | None = None) -> list[Intent]:
    """The items ``text`` holds, in spoken order; one item stays one. Pure, never raises.

    A command ("that's all") is returned whole: commands are never cut or stored.
    """
    return [item for _, item in split_segments(text, classify)]


def split_segments(text: str, classify: Classifier | None = None) -> list[tuple[str, Intent]]:
    """``split_items`` with the stretch of ``text`` each item was read from."""
    part: Classifier
    if classify is None:
        # The whole line may be a command; a part of a longer line is read as a reflection.
        from .classify import classify as classify_default
        from .classify import classify_reflection

        classify, part = classify_default, classify_reflection
    else:
        part = classify
    seen: dict[str, Intent] = {}
    uncached = part

    def classify_once(segment: str) -> Intent:
        # The same stretch comes up again as the search recurses; embedding it costs ~20 ms.
        if segment not in seen:
            seen[segment] = uncached(segment)
        return seen[segment]

    whole = classify(text)
    if whole.is_command and whole.confidence >= COMMAND_CONFIDENCE:
        return [(text, whole)]
    tokens = tokenize(text)
    if len(tokens) > MAX_SPLIT_WORDS:
        return [(text, whole)]  # a long monologue is kept whole rather than kept waiting
    items = _split(text, tokens, classify_once)
    return items if len(items) > 1 else [(text, whole)]  # one item: read as a whole line
