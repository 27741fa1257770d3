"""Features of an utterance for the linear models: word n-grams plus cue families.

N-grams run over word classes (any therapist, any pronoun, any number, any family member)
so that what is learned from "dr patel wants me to" carries over to "my counselor wants me
to". Cue families encode the distinctions the GUIDELINES draw (a task someone gave, a
request about the session itself, a request to have something explained), so the model
does not have to rediscover them from a few hundred examples.

Training and run time share this module: changing it means retraining (see ``train.py``).
"""

from __future__ import annotations

import re

_THERAPIST = (
    "therapist counselor counsellor shrink psychologist psychiatrist dr clinician "
    "psychotherapist analyst coach nurse prescriber"
).split()
_FAMILY = (
    "mom mum mother dad father sister brother wife husband partner boyfriend girlfriend son "
    "daughter kids kid children child grandma grandmother grandpa grandfather parents "
    "aunt uncle cousin fiance fiancee ex stepdad stepmom baby family"
).split()
_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty hundred "
    "once twice"
).split()
# Medicines and their units, one class: a psychiatry visit's "bumped the sertraline up" and
# "ask about the lexapro" should teach the same thing whatever the drug is called.
_MEDS = (
    "meds medication medications medicine pill pills tablet tablets dose dosage doses "
    "prescription refill milligrams mg antidepressant antidepressants ssri sertraline zoloft "
    "prozac fluoxetine lexapro escitalopram citalopram celexa paxil paroxetine wellbutrin "
    "bupropion effexor venlafaxine cymbalta duloxetine mirtazapine trazodone lithium "
    "lamotrigine lamictal quetiapine seroquel abilify aripiprazole olanzapine risperidone "
    "xanax ativan klonopin valium benzo benzos propranolol buspirone melatonin adderall "
    "ritalin vyvanse concerta methylphenidate strattera gabapentin naltrexone"
).split()
_DAYS = "monday tuesday wednesday thursday friday saturday sunday weekend tomorrow tonight".split()
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mister", "professor", "doctor", "sister"})

_CLASS: dict[str, str] = {}
_CLASS.update({w: "<ther>" for w in _THERAPIST})
_CLASS.update({w: "<fam>" for w in _FAMILY})
_CLASS.update({w: "<num>" for w in _NUMBERS})
_CLASS.update({w: "<day>" for w in _DAYS})
_CLASS.update({w: "<med>" for w in _MEDS})
_CLASS.update({"she": "<she>", "he": "<she>", "they": "<she>"})
_CLASS.update({"her": "<her>", "him": "<her>", "them": "<her>"})
_CLASS.update({"she's": "<she's>", "he's": "<she's>", "they're": "<she's>"})

_T = r"(?:she|he|they|dr(?: \w+)?|(?:my|the|our) (?:" + "|".join(_THERAPIST) + r")|\w+)"
# Bare verbs a task starts with ("wear the rubber band", "practice the script").
_TASK_VERBS = (
    "(?:"
    + "|".join(
        sorted(
            set(
                """
practice write read track call do try keep use say go spend listen list make fill log notice
take eat walk schedule text journal meditate record jot check set start stop avoid limit drink
sleep plan prepare look sit reach send finish complete pick put leave wake get give find work
remind challenge reward count rate draw repeat breathe stretch stay cut delay wait allow
compliment thank join attend sign book download watch exercise run cook clean unplug turn apply
label name catch identify greet smile hug visit drive ride shop skip resist tell ask talk mark
note bring wear snap hold play sing dance paint garden swim bike jog lift carry move open close
choose decide review reread rewrite practise replace switch reduce increase drop quit cancel
accept forgive apologize invite offer help volunteer hang phone email message reply respond
ignore postpone pause slow sit stand lie rest nap shower dress tidy organize declutter sort
throw donate buy save spend budget pay research search google learn study memorize recite
imagine picture visualize remember celebrate praise encourage reassure comfort soothe ground
tap squeeze splash hum whistle schedule block ring think reflect consider""".split()
            )
        )
    )
    + ")"
)

# Each cue fires at most once; its name becomes a feature "c:<name>".
REFLECTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "assigned",
            r"\b(?:wants?|wanted|asked|told|suggested|recommended|challenged|encouraged|"
            r"expects?|advised|instructed|needs|would like|'d like|gave|assigned|got) "
            r"(?:me|us|me and \w+|\w+ and me) (?:to|and)\b|"
            # Told in the passive: "i have been instructed to attend one social event".
            r"\b(?:i've|i have|i was|i've been|i have been|i got|i'm|i am|we've been|we were) "
            r"(?:been )?(?:instructed|told|asked|assigned|advised|tasked|encouraged|challenged|"
            r"given the task|set the task) to\b",
        ),
        (
            "said_to",
            r"\b(?:said|says|told me|suggested|recommended) (?:i should|to|i need to|"
            r"i have to|i must|i gotta|i got to|i'm to|that i should|that i need to|i ought to)\b|"
            r"\b(?:suggested|recommended|proposed) (?:that )?i " + _TASK_VERBS + r"\b",
        ),
        (
            "my_homework",
            r"\b(?:my|the|this week's|our|next) (?:homework|assignment|task|exercise|"
            r"challenge|practice|job|mission) (?:is|was|for|this)\b",
        ),
        (
            "supposed",
            r"\b(?:supposed to|meant to|i have to|i've got to|i got to|i must|"
            r"i ought to|i'm to|i should try|i'm going to try|i agreed to|i committed to|"
            r"i promised \w* ?to|we agreed|the plan is|my goal is to|i'll try|i will try|"
            r"the (?:deal|agreement|rule) (?:is|was|we made|i made)|(?:deal|agreement) i made "
            r"with|i promised (?:her|him|them) i'd)\b|"
            # A commitment made in the session: "i said i'd ring my sister on sundays".
            r"\bi (?:said|told (?:her|him|them|my therapist)) (?:that )?"
            r"(?:i'd|i would|i'll|i will) (?:(?:try|start|keep|begin) \w+ing\b|"
            r"(?:try (?:to )?|start |keep )?" + _TASK_VERBS + r"\b)",
        ),
        # "i need to do ...", or with the "i" unsaid: "need to do the wind down routine"
        ("need_task", r"(?:\bi |^)(?:need|have|got) to " + _TASK_VERBS + r"\b"),
        ("task_start", r"^(?:and |also |then |so )?" + _TASK_VERBS + r" "),
        (
            "frequency",
            r"\b(?:every|each) (?:day|night|morning|evening|time|week|weekday|single|"
            r"other|afternoon|meal|hour)|\b(?:once|twice|\w+ times) (?:a|per|each|this) "
            r"(?:day|week|night)|\bdaily\b|\bnightly\b|\bbefore (?:bed|next|our|i go)|"
            r"\buntil (?:next|our|the next)|\bthis week\b|\bat least\b|\bfor \w+ minutes\b|"
            r"\bby (?:next|<day>|the end)|\bbefore thursday|\bbefore (?:monday|tuesday|wednesday|"
            r"friday|saturday|sunday)",
        ),
        (
            "write_down",
            r"\b(?:write|jot|put) (?:it|that|them|this|those|these) down\b|"
            r"\bwrite down\b|\bkeep (?:a|the) (?:record|note|log|list|diary|journal)\b",
        ),
        (
            "task_object",
            r"\b(?:worksheet|workbook|log|diary|tracker|journal|journaling|chapter|"
            r"exercise|exercises|recording|meditation|breathing|checklist|ladder|exposure|"
            r"grounding|thought record|list|letter|app|chart|schedule|routine|script)\b",
        ),
        (
            "need_more",
            r"\bi (?:need|want|'d like|would like|could use) (?:more|less|a bit more|"
            r"some more|extra|fewer|a break|space|time|help|support|a session|an extra|"
            r"a longer|a shorter|a different|a new|another session)\b|"
            # A learner's or pidgin "i like" for "i'd like": "i like more time next session".
            r"\bi like (?:more|less|extra|fewer|a longer|a shorter) ",
        ),
        (
            "need_someone",
            r"\bi (?:need|want|'d like|would like|wish) (?:her|him|them|you|"
            r"my therapist|the therapist|dr \w+|us|we) (?:to|would|could)\b|\bi wish (?:she|he|"
            r"they|we|my)\b",
        ),
        (
            "need_feel",
            r"\bi need (?:to feel|to know|to understand|to trust|to be|to hear|"
            r"to see|reassurance|clarity|honesty|a plan|a signal|to tell (?:her|him|them)|"
            r"to ask (?:her|him|them|my therapist) to)\b",
        ),
        (
            "session",
            r"\b(?:session|sessions|appointment|appointments|therapy|next time|"
            r"next week|meet|meeting|zoom|video|in person|phone|schedule|reschedule|cancel|"
            r"move|slot|pace|slower|faster|slow down|too fast|rushed|more time|less time|"
            r"cost|pay|paying|fee|fees|insurance|bill|weekly|biweekly|every week|"
            r"every other week|online|office|start of|end of|beginning of|the hour)\b",
        ),
        (
            "can_we",
            r"\b(?:can|could|would|will|may|shall) we\b|\bif we (?:can|could)\b|"
            r"^(?:is it|would it be) "
            r"(?:ok|okay|possible|alright|all right) (?:if|for) we\b|\bi'd like us\b|"
            r"\bi want us\b|\bi'd prefer\b|\bi'd rather\b|\bi would prefer\b|\bi prefer\b|"
            r"\bit would help (?:if|me if)\b|\bwould it be possible\b|\bi'd appreciate\b|"
            r"\bi would appreciate\b|^let's\b|\b(?:it's|it is|it would be|would be|is) "
            r"(?:better|easier|best|helpful|nicer|good) (?:for me )?(?:if|when) (?:we|she|he|you|"
            r"the sessions?|my (?:therapist|counselor|sessions?))\b|"
            # Who the therapist is: "it is better for me if there is a man therapist".
            r"\b(?:it's|it is|it would be|would be) (?:better|easier|best) (?:for me )?(?:if|when) "
            r"(?:\w+ ){0,4}(?:therapist|counsell?or)\b|"
            r"^(?:more|less|fewer|extra|shorter|longer|slower|earlier|later) (?:time|sessions?|"
            r"breaks?|structure|homework|space|support|appointments?|check ins?|pace|please|"
            r"next time|today)\b|^(?:more|less) time$|\bhow about we\b|\bmaybe we (?:can|could)\b|"
            r"\bwe (?:should|need to|have to) (?:spend|talk|go|start|focus|meet|try|move|"
            r"slow|switch|change|do|look|make|set|get back|come back|leave)\b|"
            r"\b(?:could|can|would) (?:something|anything) be (?:done|changed)\b",
        ),
        (
            "change_session",
            r"\b(?:move|change|switch|reschedule|cancel|push|shift|swap) "
            r"(?:my|the|our|next|this|thursday's|tuesday's|monday's|wednesday's|friday's) "
            r"(?:\w+ )?(?:appointment|session|time|day|slot)\b|\b(?:appointment|session|"
            r"sessions|meet|meeting) (?:to|on|in|at) (?:the )?(?:morning|mornings|evening|"
            r"evenings|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            r"weekend|weekends|zoom|video|phone|person)\b|"
            # A pause in the therapy itself: "a break of two weeks", "a break from the sessions".
            r"\b(?:a|the) (?:break|pause) (?:of|for) (?:\w+ )?(?:weeks?|months?)\b|"
            r"\b(?:break|pause) from (?:therapy|the sessions|our sessions|sessions|coming)\b",
        ),
        (
            "can_i_session",
            r"^(?:can|could|may) i (?:bring|switch|change|move|have|get|come|"
            r"meet|text|email|call|see|record|skip|stop|pause|take a break|do our|do the "
            r"session)\b",
        ),
        (
            "uncomfortable",
            r"\b(?:not|don't feel|never feel|don't|isn't|wasn't|didn't feel|"
            r"wouldn't feel|i'm not) (?:comfortable|ready|"
            r"safe|heard|okay with|ok with|sure i'm ready)\b|\buncomfortable\b|\btoo (?:much|"
            r"fast|soon|intense|heavy|hard|many)\b|\bfeel (?:rushed|judged|unheard|dismissed|"
            r"pushed|pressured)\b|\boverwhelm",
        ),
        (
            "relationship",
            r"\bi don't like (?:it )?when (?:she|he|they)\b|\bit bothers me when\b|"
            r"\b(?:she|he|they|my therapist|my counselor) (?:doesn't|don't|never|isn't|wasn't) "
            r"(?:listen|listening|understand|get|really|seem|let)\b|\bi (?:feel|felt) "
            r"(?:like )?(?:she|he|they) (?:doesn't|don't|isn't|wasn't|never|didn't)\b",
        ),
        (
            "clarify",
            r"\b(?:didn't|don't|still don't|never|couldn't|can't|did not|do not) "
            r"(?:really |quite |fully |totally )?(?:understand|get|follow|catch|grasp|see)\b|"
            r"\b(?:wasn't|not|wasn't really|i'm not|am not) (?:sure|clear) (?:what|about what|"
            r"why|how|on)\b|\bconfused (?:about|by|when)\b|\blost me\b|\bmeant (?:by|when|"
            r"with)\b|\bwhat (?:she|he|they|dr \w+|dr|my therapist|the therapist) "
            r"(?:meant|means|was saying|was getting at|was on about)\b|"
            r"\b(?:explain|clarify|go over) "
            r"(?:again|that|what|it|more|why|how|the)\b|\bmade no sense\b|\bgo over it again|"
            r"\bover my head\b|\b(?:hear|go through|go over|explain) (?:it|that|this) again\b|"
            r"\bclarity (?:on|about|around)\b",
        ),
        (
            "q_start",
            r"^(?:is|are|am|was|were|does|do|did|can|could|should|would|will|has|have|"
            r"how|what|what's|why|when|where|who|which|whether|isn't|aren't|doesn't|shouldn't|"
            r"how's|why's|where's)\b",
        ),
        (
            "ask_therapist",
            r"\bask (?:her|him|them|dr|my (?:therapist|counselor|counsellor|"
            r"psychiatrist|psychologist|shrink|doctor)|the (?:therapist|doctor|psychiatrist|"
            r"counselor|nurse)|about|if|whether|what|how|why|when|where|who|is|are|does|do|"
            r"can|should)\b|\basking (?:her|him|them|about|if|whether)\b|\bworth asking\b|"
            r"\b(?:want|wanted|need|meaning|going|have|got|remember|remind me|"
            r"should|must|gotta|gonna) to ask\b|\bbring up whether\b|\bquestion (?:for|about)\b|"
            # "check with her next week if ...", "i'd like his opinion on whether ..."
            r"\bcheck with (?:her|him|she|them|dr \w+|my therapist)(?: \w+){0,3}? (?:if|whether)\b|"
            r"\b(?:her|his|their|your) (?:opinion|view|views|take|thoughts) on (?:if|whether|how|"
            r"why|what)\b",
        ),
        (
            "ask_other",
            r"\bask (?:my (?!therapist|counselor|counsellor|psychiatrist|"
            r"psychologist|shrink|doctor)\w+|for help|someone|somebody|a friend|people|"
            r"a coworker|the (?!therapist|doctor|psychiatrist|counselor|nurse)\w+)\b",
        ),
        (
            "wonder",
            r"\b(?:i wonder|wondering|i'm curious|curious (?:about|if|whether|why|how)|"
            r"i want to know|curious what|i'd like to know|i'd love to know|"
            r"(?:enquire|inquire|find out) (?:whether|if|about|why|how|what|when)|"
            r"i need to know (?:if|whether|why|"
            r"how|what)|i'm not sure (?:if|whether|why|how|what)|i don't know (?:if|whether|"
            r"why|how|what)|is it normal|is it okay|is it ok|is it bad|is it weird|"
            r"is it possible|is it true|is it safe|is it common|is it healthy|does it mean|"
            r"what does it mean|what's the difference|how do i know|how do you|how can i|"
            r"how long|should i|do i have|am i)\b",
        ),
        (
            "narrative",
            r"^(?:today |so |then |and )?(?:we|she|he|they|dr \w+|my \w+|"
            r"the \w+|it|i|today|that) (?:talked|discussed|went|spent|looked|worked|figured|"
            r"explored|covered|did|had|got|realized|noticed|felt|cried|said|told|mentioned|"
            r"pointed|learned|remembered|admitted|opened|shared|brought|laughed|was|were|"
            r"thinks|think|thought|reminded|helped|made|found|focused|started|finally|"
            r"actually|kind|really|just|kept|dug|touched|role|did|upped|bumped|raised|lowered|"
            r"increased|decreased|doubled|halved|switched|changed|adjusted|prescribed|"
            r"stopped|tapered|walked|froze|sat)\b"
            # not a promise made: "i told her i'll start walking"
            r"(?!(?: (?:her|him|them|my \w+))? (?:that )?(?:i'll|i'd|i will|i would)\b)",
        ),
        (
            "realize",
            r"\b(?:i realized|i realised|it hit me|it occurred to me|i noticed|"
            r"i learned|i figured out|i see now|i get it now|turns out|i discovered|"
            r"i recognized|i understood|makes sense now|i found out|i remembered|i admitted|"
            r"i told (?:her|him|them)(?! (?:that )?(?:i'll|i'd|i will|i would)\b)|i opened up|"
            r"i shared|i brought up|i finally)\b",
        ),
        (
            "said_that",
            r"\b(?:said|says|told me|pointed out|thinks|mentioned|explained|"
            r"reminded me|reckons|believes|noticed|called it|described) (?:that|i'm|i|my|"
            r"it's|it|we|the|how|this|what|there's|grief|anxiety|shame|anger|trauma)\b",
        ),
        (
            "past_talk",
            r"\b(?:we|i) (?:talked|discussed|went over|spent|got into|dug into|"
            r"touched on|covered|explored|worked on|looked at|focused on)\b",
        ),
        ("feeling", r"\b(?:felt|feel|feeling|feels)\b"),
        # A topic told as having surfaced: "how i talk to myself came up", "it stuck with me".
        (
            "surfaced",
            r"\b(?:came up|stuck with me|hit home|hit me|clicked|sank in|struck me|came out)\b",
        ),
        (
            "today",
            r"\b(?:today|this session|the session|tonight's session|in session|"
            r"in there)\b",
        ),
        (
            "undo",
            r"\b(?:undo|scratch|erase|delete|remove|cancel|strike|wipe|unsave|disregard|"
            r"retract|discard|"
            r"take (?:that|it|this) (?:back|out|off)|take back|get rid of|throw (?:that|it|"
            r"this|the) ?\w* ?out|never mind|nevermind|forget (?:that|it|what|this|the)|"
            r"don't (?:save|keep|record|store|file|add|want that)|go back one|back up one|"
            r"revert|rewind|^(?:go )?back one$|don't put (?:that|it|this) (?:down|in)|"
            r"drop (?:that|it|this|the last)|"
            r"scrap (?:that|it|this)|get (?:that|it|this) out|take away (?:that|the last)|"
            r"ignore (?:that|it|this|the last)|"
            r"lose (?:that|it|the last))\b",
        ),
        (
            "last_ref",
            r"\b(?:(?:last|previous|prior|latest|most recent) (?:one|thing|item|entry|"
            r"note|bit|part|line|sentence|question|need|homework|reflection|recording)|"
            r"that last|what i just said|i just said|just now|"
            r"previous|that one|the last|that|it)$",
        ),
        (
            "wrong",
            r"\b(?:wrong|mistake|oops|whoops|didn't mean|not what i meant|"
            r"wasn't supposed|misheard|you got it wrong|not what i said|that's not right|"
            r"that's wrong|no that's)\b",
        ),
        (
            "done",
            r"\b(?:that's|that is|that'll|thats|that'll be) (?:all|it|everything|enough|"
            r"about it|all for|my list)\b|\bi'm (?:done|finished|through|all set|good)"
            r"(?: now| here| for| thanks|$)|\ball done\b|\bwe're (?:done|finished|good)|"
            r"\b(?:stop|end|finish|quit|exit|close|wrap|turn off|shut) (?:listening|recording|"
            r"the session|the reflection|it|up|now|here|this|out|off|down|things)\b|"
            r"^(?:stop|done|finished|finish|quit|exit|end|over)(?: (?:listening|recording|now|"
            r"please|it|here|there|up|(?:the |this |my )?(?:session|reflection|recording|"
            r"conversation|chat|talk|\w+ing)|for (?:now|today|tonight|the (?:day|night|week))|"
            r"thanks|thank you))*$|\bi've said (?:everything|it all|all i)\b|"
            r"^(?:bye|goodbye|goodnight|good night)\b|\bcovers (?:it|everything)\b|"
            r"\b(?:don't|do not) have anything else\b|\banything else$|\bthat's the lot\b|"
            r"\b(?:peace|i'm|we're) out$|\bthat'll do\b|\bcan (?:finish|stop|end)\b|"
            r"\bcall it a (?:day|night)\b|\bturn (?:off|it off)\b|\bthat's me done\b|"
            r"\bnothing (?:else|more|further)\b|\bno more\b|\b(?:bye|goodbye|good night|"
            r"see you|talk later|see ya|later|cheers|over and out)\b|"
            r"\bfor (?:today|tonight|now)$|\bcan stop\b",
        ),
        (
            "agenda",
            r"\b(?:agenda|my list|the list|list for|list of|topics|read (?:me|back|it|"
            r"out|everything|all)|read (?:my|the) (?:agenda|list|questions|notes|needs|items|"
            r"stuff|things)|list (?:my|the|all) (?:questions|notes|needs|items|topics)|"
            r"(?:questions|items|topics|needs|notes) (?:do i have|i have|i've got|for)|"
            r"what was i going to|what did we say|what's on|what is on|"
            r"what (?:do|did) i (?:have|put|"
            r"save|want|write|add|plan|bring)|what am i (?:bringing|talking|going to (?:talk|"
            r"say|bring|raise))|bring up|coming up|planned|lined up|go over|run through|"
            r"go through|remind me what|play back|recap|what have i (?:got|saved))\b|"
            # What the next session holds: "what's the game plan for wednesday".
            r"\b(?:plan|game plan|lineup|line up|programme|program|rundown) for (?:next|the next|"
            r"my next|our next|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"(?:'s)?|tomorrow(?:'s)?|the (?:session|appointment))\b|"
            r"\bwhat (?:are|will|do|shall) we (?:doing|do|be doing|covering|cover|going over|"
            r"talking about|discussing|looking at) (?:next|at the next|on|in the next|tomorrow)\b|"
            r"\b(?:up for|scheduled for|slated for|planned for|set for) (?:discussion|the next|"
            r"next|our next|my next)\b",
        ),
        (
            "hw_status",
            r"\b(?:my|any|open|left|remaining|outstanding|pending|unfinished|"
            r"which|what) (?:homework|tasks|assignments|exercises|task|assignment)\b|"
            r"\bhomework (?:status|update|progress|left|list|report|so far|items|tasks|"
            r"looking|going)\b|\bhow (?:am i|i'm) (?:doing|going|getting on|coming along)\b|"
            r"\bhow's (?:my|the) \w+ (?:going|coming)\b|\bwhere am i (?:with|at|on)\b|"
            r"\bam i behind\b|\bhave i (?:done|finished|completed)\b|\bwhat (?:do|did) i "
            r"(?:still )?(?:have|need) to do\b|\bwhat (?:did|has) (?:she|he|they|dr \w+) "
            r"(?:assign|give|set)\b|\b(?:supposed|meant) to be (?:doing|working)\b|"
            r"\bhow far along\b|\bremind me what (?:she|he|they|dr \w+)\b|"
            r"\bwhat (?:she|he|they) wanted me to\b|\bhow many times did i\b|"
            r"\bwhat (?:should|must) i be (?:practicing|doing|working)\b|"
            r"\bwhat is it i'm supposed to\b|\btell me how my\b|"
            r"\bwhat's (?:still )?(?:open|left|pending|outstanding)\b|^anything (?:left|open)\b|"
            r"\b(?:still|left) to do\b|"
            r"\b(?:exercises|tasks|assignments|homework) (?:are|is) (?:open|left|outstanding|"
            r"pending|done|finished)\b|"
            # Where one stands with what was set: "where i'm at with the stuff she gave me".
            r"\bwhere (?:i'm|i am|i've got|i have got|i got) (?:at|up to|to|with)\b|"
            r"\bwhere (?:i|things) stand\b|\b(?:stuff|things|tasks|work|exercises|bits) "
            r"(?:she|he|they|dr \w+|my \w+) (?:gave|set|assigned|handed) (?:me|us)\b|"
            r"\bhow (?:it's|it is|they're|they are|things are|that's|it) (?:going|looking|"
            r"coming along)$|\b(?:update|progress report|rundown|summary|recap) (?:on|of) "
            r"(?:my|the|this week's|our) (?:homework|tasks|exercises|assignments|practice)\b|"
            r"\bhow (?:am i|i'm|i am) tracking\b|\b(?:up to speed|catch me up|fill me in) on\b|"
            r"\bon the hook for\b|\b(?:incomplete|undone|overdue|unfinished|uncompleted) "
            r"(?:homework|tasks|assignments|exercises|work)\b",
        ),
        (
            "to_assistant",
            r"^(?:can|could|would|will) you\b|\bplease$|^please\b|\bthanks$|"
            r"\bthank you\b|^(?:hey|okay|ok) (?:sessionmate|assistant|computer)\b",
        ),
    )
)

ANSWER_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "yes_start",
            r"^(?:yes|yeah|yep|uhhuh|mhm|sure|definitely|absolutely|totally|of course|"
            r"indeed|affirmative|you bet|for sure|100|i sure did|i did|did it|done|finished|"
            r"completed|all)\b",
        ),
        (
            "no_start",
            r"^(?:no|nope|nah|not|never|didn't|haven't|couldn't|uhuh|negative|"
            r"i didn't|i haven't|i couldn't|i wasn't|i forgot|none|zero|nothing)\b",
        ),
        (
            "negated",
            r"\bnot even\b|\b(?:not|haven't|never|didn't|didn't even) start(?:ed)?\b|"
            r"\b(?:didn't|haven't|hasn't|couldn't|wasn't able|won't|"
            r"not yet|never|"
            r"no time|too busy|forgot|skipped it|avoided|blanked|slipped my mind|putting it off|"
            r"put it off|not at all|none|not once|zero|nothing)\b",
        ),
        (
            "partial",
            r"\b(?:some|part|parts|partly|partially|half|halfway|mostly|kind of|sort of|"
            r"a bit|a little|a few|couple|only|just|not every|not all|not the whole|most|"
            r"somewhat|tried|started|missed|skipped (?:the|a|some|one|two|three|a couple)|"
            r"here and there|on and off|now and then|more or less|yes and no|sometimes|"
            r"some days|almost|nearly|not quite|not completely|not fully|not always|ish)\b|"
            r"\b(?:maybe|about|around|roughly|perhaps|probably|approximately) (?:\w+ )?"
            r"(?:times|days|nights|mornings|evenings)\b",
        ),
        ("but", r"\bbut\b"),
        ("every", r"(?<!not )\b(?:every|each|all|whole|entire|both|always|completely|fully)\b"),
        ("not_every", r"\bnot (?:every|all|each|always|the whole|completely|fully|entirely)\b"),
        ("count", r"\b(?:once|twice|\w+ times|a couple|a few)\b"),
    )
)


# Asking to be told: with a status cue, a status request ("is it normal" is not one).
_ASK_TO_BE_TOLD = re.compile(
    r"\b(?:i'd like to|i would like to|i want to|i wanna|i'd love to|let me|i need to) "
    r"(?:know|hear|see|check)\b|\b(?:tell|remind|show|update) me\b|^(?:can|could|would) you\b"
)


def _classed(words: list[str]) -> list[str]:
    out: list[str] = []
    for i, w in enumerate(words):
        if i > 0 and words[i - 1] in _TITLES and w not in _CLASS:
            out.append("<name>")
        else:
            out.append(_CLASS.get(w, w))
    return out


def _length_bucket(n: int) -> str:
    if n <= 3:
        return f"len:{n}"
    return "len:4-6" if n <= 6 else "len:7-12" if n <= 12 else "len:13+"


def ngram_features(words: list[str]) -> set[str]:
    """Unigrams, class bigrams, the opening two and three words, and the closing word."""
    classed = _classed(words)
    feats = {"w:" + w for w in words}
    feats.update("w:" + c for c in classed if c[0] == "<")
    padded = ["^", *classed, "$"]
    feats.update(f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False))
    feats.add("s:" + " ".join(padded[1:3]))
    feats.add("s:" + " ".join(padded[1:4]))
    feats.add(_length_bucket(len(words)))
    return feats


def reflection_features(words: list[str]) -> set[str]:
    """Features for ``classify``: n-grams plus the reflection and command cues."""
    feats = ngram_features(words)
    joined = " ".join(words)
    cues = {name for name, cue in REFLECTION_CUES if cue.search(joined)}
    # A question about the session itself is a need (GUIDELINES), a linear model needs the pair.
    if "q_start" in cues and cues & {"session", "change_session", "can_we"}:
        cues.add("q_session")
    # "i'd like to know how i'm going with the tasks": asking to be told how the homework
    # stands is a status request, however politely it opens (a need or a question otherwise).
    if "hw_status" in cues and _ASK_TO_BE_TOLD.search(joined):
        cues.add("hw_status_ask")
    feats.update("c:" + name for name in cues)
    return feats


def answer_features(words: list[str]) -> set[str]:
    """Features for ``classify_answer``: n-grams and answer cues."""
    feats = ngram_features(words)
    joined = " ".join(words)
    feats.update("c:" + name for name, cue in ANSWER_CUES if cue.search(joined))
    return feats
