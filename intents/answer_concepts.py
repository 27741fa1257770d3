"""Check-in answers whose meaning lies in how they are said, not in a yes or a no.

Each rule is one concept, written to catch the wordings nobody has tried yet:
sarcasm ("sure, right after i cured cancer"), things left untouched ("it's still in the
wrapper"), an intention that never became an action ("i was going to but i crashed") and its
mirror ("i nearly skipped it but did it anyway"), more than was asked, a reduced or substitute
version against the plan ("once instead of daily", "only the first page", "in my head"),
thinking about it instead of doing it, an emphatic yes that carries a negation elsewhere ("of
course i did i'm not a monster"), and idioms that carry the verdict ("done and dusted",
"half arsed it").
"""

from __future__ import annotations

import re

from .answer_verdicts import over_plan, short_of_plan
from .intent import ANSWER_DONE, ANSWER_NOT_DONE, ANSWER_PARTIAL

# Something was done after all: the words that turn an excuse or a plan into a doing.
_DID = re.compile(
    r"\b(?:i (?:still |actually |eventually |then )?(?:did|do|managed|finished|made|forced|"
    # "i ended up doing it", not "i ended up in front of the telly"
    r"dragged|pushed|squeezed|ended up (?=doing|going|finishing|getting|with)|went)|did it|"
    r"did them|did that|done it|got it done|"
    r"got through|managed|finished|anyway|anyways|regardless|all the same|forced myself|"
    r"made myself|ended up doing|it's done|it is done|it got done|got done|it's finished|"
    r"filled (?:in|out)|sat down and did|completed|did (?:a bit|some|a little|part of it|a few))\b"
)
# A part, a smaller or lighter version: what turns a doing into partial.
_SOME = re.compile(
    r"\b(?:only|half(?! time\b| term\b)|halfway|part|partly|some|a bit|a little|a few|a couple|"
    r"first(?! thing)|shorter|short|quick|quicker|mini|once|one|two|three|every other|"
    r"every second|alternate|"
    r"not (?:all|the whole|the full|every|completely|properly))\b"
)
# Sarcasm: a yes tied to an absurd feat, a sneer, or taken back at the end.
_ABSURD_FEAT = (
    r"(?:world (?:hunger|peace)|cur(?:ed|ing|e) cancer|walk(?:ed|ing)? on water|"
    r"sav(?:ed|ing|e) the world|(?:flew|flying|fly) to (?:the moon|mars)|climb(?:ed|ing)? everest|"
    r"w(?:on|inning|in) the lottery|a nobel|an oscar|a unicorn|unicorns|time travel|"
    r"the meaning of life|solv(?:ed|ing|e) climate change|a dragon|my first million|"
    r"the world cup|the olympics|my yacht|a yacht|private jet|my butler)"
)
_SARCASM = re.compile(
    rf"\b(?:after|before|between|while|when|right after|once|just after)\b.*\b{_ABSURD_FEAT}|"
    rf"\band (?:then )?i (?:also )?\w+ {_ABSURD_FEAT}|"
    r"\band i'm the (?:queen|king|pope|president)\b|\band (?:pigs|cows) (?:fly|can fly)\b|"
    r"^(?:sure|oh sure|yeah sure|oh yeah|totally|of course)\b.* and (?:then )?i (?:also )?(?:ran|"
    r"won|climbed|wrote|built|cured|solved|flew|swam)\b|"
    r"\band (?:my )?(?:cat|dog|goldfish|hamster|parrot|budgie) (?:did|does|wrote|filed|paid) "
    r"(?:my|the)\b|\b(?:sure|right) (?:sure|right)$|"
    r"\bsaid no ?(?:one|body) ever\b|"
    r"\bwhen hell freezes\b|\bin (?:my|your) dreams\b|\bdream on\b|\bover my dead body\b|"
    r"\bnot in a (?:million|thousand|hundred) years\b|\bfat chance\b|\bthat'll be the day\b|"
    # "yeah right" as a sneer, not "yeah right after lunch" or "yeah right away".
    r"\b(?:yeah|oh|sure) right\b(?! (?:after|away|before|when i|as soon|then|there|at|on|in|"
    r"this|first|once|now|before))|"
    r"^(?:who |what |you mean )?me (?:do|doing|actually|practi[cs]e|practi[cs]ing|meditate|"
    r"meditating|exercise|exercising|journal|journaling|journalling|read|reading|write|"
    r"writing|homework|sit still)\b|"
    # A claim taken back at its end: "i totally did it not", "yes i did just kidding".
    r"\b(?:did|done|yes|yeah|yep|yup|sure|totally|definitely|completed|finished)\b"
    r".*(?<!\bwhy)(?<!\bor)(?<!\bif)(?<!\bwould i)(?<!\bcould i)(?<!\bwouldn't i) not$|"
    r"(?<!not )(?<!no )\b(?:psych|just kidding|jk|kidding|only joking|joking)$|"
    r"^(?:of course|obviously|course|absolutely|definitely|certainly|hell|god|lord) not\b|"
    r"\b(?:good one|nice try|that's a good one|you're funny|ha ha|haha|lol) (?:no|nope|nah)\b|"
    r"^(?:ha ha|haha|lol|pfft|pff) (?:no|nope|nah)\b|"
    r"\bi wish(?: i (?:had|did|could say))?(?: \w+){0,2}$"
)
# Left untouched: the thing is where it was, as it was.
_CONTAINERS = (
    r"(?:printer|fridge|windowsill|dashboard|kitchen table|side|"
    r"bag|backpack|rucksack|wrapper|box|drawer|shelf|desk|table|packaging|plastic|car|"
    r"folder|envelope|nightstand|bedside|counter|pile|floor|locker|case|cupboard|suitcase|"
    r"glovebox|glove box|boot|trunk|inbox|downloads|tab|browser|app store|cellophane|sleeve)"
)
_UNTOUCHED = re.compile(
    # "i still sat down and wrote it" is doing it anyway, not a thing left sitting
    r"\bstill (?:(?:sitting|lying|sat)(?! (?:down|up|and|with|through)\b)|stuck|buried|waiting|"
    r"unopened|untouched|sealed|wrapped|"
    r"shrink wrapped|blank|empty|pristine|brand new|unused|unread|unwritten|clean|in one piece|"
    r"in its|in the (?:box|wrapper|packaging|plastic|cellophane|bag)|has the tags?)\b|"
    rf"\bstill (?:in|on|at the bottom of|inside) (?:the|my|its|his|her|our|a) (?:\w+ )?"
    rf"{_CONTAINERS}\b|"
    r"\b(?:collecting|gathering|collects|gathers) dust\b|"
    r"\b(?:still|is|was|it's|just|at|stared at|staring at) (?:a |the )?(?:blank|empty) (?:page|"
    r"sheet|notebook|journal|diary|worksheet)s?\b(?! (?:and|but) i)|"
    r"\b(?:haven't|hasn't|didn't|never|not|wasn't|isn't|ain't|did not|"
    r"have not) (?:even |once |yet )?"
    r"(?:been (?:touched|opened|started|looked at|cracked)|crack|cracked|touch|touched|open|"
    r"opened|look at|looked at|glance at|glanced at|unwrap|unwrapped|unpack|unpacked|start|"
    r"started|start on|picked up|pick up|lift a finger|lifted a finger|laid eyes)\b"
    r"(?!.*\b(?:until|till|but (?:i|then|later)|before i)\b)|"
    r"\b(?:hasn't|haven't|didn't) (?:moved|budged)\b|\bexactly where i left (?:it|them)\b|"
    r"\b(?:untouched|unopened|unstarted|unread|not started|not begun)\b|"
    r"\b(?:just )?(?:stared|staring|glared|looked) at it\b(?!.*\b(?:then|and) (?:i )?(?:did|"
    r"started|got))|"
    r"\b(?:it's|its|it is|they're|they are|the \w+ is|the \w+'s) (?:just )?(?:sitting|lying|sat) "
    r"(?:on|in|there|around|by)\b|\b(?:looking|staring|glaring|mocking) at me\b|"
    r"\bstill (?:has|got|had|have) (?:the|its|a) (?:tags?|seal|red dot|notification|badge|"
    r"plastic|wrapper|sticker|cellophane|price tag)\b|"
    # The task itself forgotten: "what homework", "oh was that this week".
    r"^(?:oh )?(?:what|which) (?:homework|exercise|task|worksheet|assignment|thing)\b|"
    r"^(?:oh )?(?:we|i) had (?:homework|a task|an exercise|one|that)$|"
    r"\bwas that (?:this|for this|due this) week\b|"
    # An exclamation of a slip, said alone: "oops", "oh dear".
    r"^(?:oh )?(?:oops|whoops|oopsie|crap|shoot|damn|dang|darn|uh oh|eek|yikes|dear|no|"
    r"god|ugh|blimey|argh|bollocks|shit)$"
)
# Never on the mind at all.
_NOT_ON_MIND = re.compile(
    r"\b(?:the )?(?:last|furthest|farthest) thing (?:on|from) my mind\b|"
    r"\b(?:wasn't|not|never) (?:even )?on my (?:radar|mind|list)\b|"
    r"\b(?:didn't|never|did not) (?:even )?cross my mind\b|\b(?:forgot|forgotten) all about\b|"
    r"\b(?:clean|completely|totally|entirely|straight up|plain) forgot\b|"
    r"\b(?:forgot|forgotten) (?:that )?(?:we|she|he|there was|i had|we'd|she'd)\b|"
    r"\b(?:got |was |been |i )?shelved\b|"
    r"\b(?:put|putting|it's|it is|been) (?:it |that )?on (?:hold|ice|pause)\b|"
    r"\bwent (?:(?:clean|right|straight|completely) )?out of my (?:head|mind)\b|"
    r"\bin one ear and out\b|\bwent out the window\b|\b(?:got )?pushed (?:aside|to one side|"
    r"to the side|down the list)\b|\b(?:on|to) the back burner\b|\btook a back seat\b"
)
# Shied away from it, or an excuse for a whole week: not done.
_AVOIDED = re.compile(
    r"(?<!never )(?<!didn't )(?<!did not )(?<!not )(?<!never once )(?<!wouldn't )(?<!won't )"
    r"(?<!opposite of )(?<!nearly )(?<!almost )"
    r"\b(?:bailed|ghosted|failed|failed at it|dropped it|gave up on it|blew it|"
    r"(?:skipped|missed|forgot|blew off) (?:it )?(?:every|all|each|the whole)|none of (?:it|them)|"
    r"write off|washout|wash out|a (?:complete |total )?(?:bust|flop|non starter|no go|dead loss)|"
    r"let's (?:just )?say no|let's not (?:talk|go) (?:about|there)|don't ask|plead the fifth|"
    r"no comment|(?<!done )(?<!yes )(?<!yep )(?<!did it )next question|the dog ate|"
    r"(?<!n't )(?<!never )(?<!not )let (?:you|myself|her|"
    r"him|everyone|us) down|"
    r"not a sausage|not a jot|not a thing|"
    r"not a (?:bit|scrap|stroke|shred|single bit) of (?:it|them)|"
    r"bottled|chickened out|wimped out|copped out|flaked|lost my nerve|lost the nerve|"
    r"procrastinat\w*|avoided|avoiding|dodged|dodging|ducked|made excuses|(?:finding|found|"
    r"making) (?:excuses|reasons)|couldn't face|could not face|thought better of it|"
    r"(?:thought|said|went) (?:nope|nah|no way|not today))\b|"
    r"\bi(?:'d| would) (?:love|like) to (?:say|tell you|report)\b|\bi wish i could say\b|"
    r"\b(?:everything|all of it|all the rest|the rest) (?:except|but|apart from|other than) "
    r"(?:that|it|this|the homework|this one|that one)$"
)
# A first step that went no further: "downloaded the app and that was it".
_ONLY_PREPARED = re.compile(
    r"^(?:i )?(?:just |only )?(?:downloaded|bought|printed|put|stuck|pinned|set up|installed|"
    r"looked at|opened|got out|found|ordered|picked up|charged|saved|bookmarked|signed up|"
    r"thought about|read the instructions|wrote it on)\b.*\b(?:and that's it|and that was it|"
    r"that's as far as (?:i|it) got|and nothing (?:else|more)|and (?:stopped|left it) there|"
    r"and left it)$"
)
# Did something else instead: "scrolled my phone instead of doing it", "watched telly instead".
_INSTEAD_OTHER = re.compile(
    r"\binstead of (?:doing|starting|practi[cs]ing|finishing|writing|reading|trying|the) "
    r"(?:it|them|that|the|my|any|homework|exercise)\b|\binstead$"
)
# Less than was asked: "less than she asked", "not as often as i should".
_LESS_THAN_ASKED = re.compile(
    r"\b(?:less|fewer) than (?:she|he|they|i|planned|asked|usual|the plan|i should|i was)\b|"
    r"\bnot as (?:much|often|many|long|far) as\b|"
    r"\bthe (?:easy|easier|simple|fun|short|shorter) (?:bits|parts|ones|bit|part|one)\b|"
    r"\b(?:i )?(?:\w+ed|read|wrote|did|went|made|began|heard|saw) (?:\w+ ){0,4}?but (?:i )?"
    r"(?:didn't|did not|never|haven't|not) (?:do |get to |finish |manage |touch |start )?"
    r"(?:the|my|any of the) \w+|"
    # Made, not yet sent or finished: "wrote it but didn't send it".
    r"\b(?:wrote|drafted|made|started|began|prepared|recorded|filled|read|typed|did) (?:\w+ ){0,4}?"
    r"but (?:i )?(?:didn't|did not|never|haven't|have not|not) (?:yet )?(?:send|sent|finish|"
    r"finished|post|posted|complete|completed|give|given|hand|handed|show|shown|share|shared|"
    r"submit|submitted|deliver|delivered|print|printed|bring|brought)\b|"
    r"\b(?:could|should)(?: have|'ve) done more\b|\bdid what i could\b|\bwhat i could manage\b|"
    # One way done, not the way set: "texted him but didn't phone like i was supposed to".
    r"\b(?:\w+ed|did|sent|made|went|wrote|rang|read|spoke|gave) (?:\w+ ){0,4}?but (?:i )?(?:didn't|"
    r"did not|never) \w+(?: \w+)? (?:like|as|the way|how) (?:i was|she|he|they|we|you) (?:supposed|"
    r"asked|told|meant|wanted|said|agreed|planned)\b"
)
# Slang for nothing at all, said as the answer: "sod all this week", "i did sweet fa".
_NOTHING_SLANG = re.compile(
    r"^(?:\w+ ){0,2}(?:nil|zip|sweet fa|sweet fanny adams|bugger all|sod all|naff all|jack all|"
    r"jack squat|diddly squat|diddly|squat|zilch|nada)(?: \w+){0,3}$"
)
# Stopping, which after some doing leaves a part done.
_STOPPED = re.compile(
    r"bailed|failed|dropped it|gave up on it|blew it|couldn't face|could not face|"
    r"(?:went|gone) out the window|(?:got )?pushed (?:aside|to one side|to the side|down the list)|"
    r"(?:got |was |been |i )?shelved|(?:put|putting|it's|it is|been) (?:it |that )?on "
    r"(?:hold|ice|pause)|took a back seat"
)
# After the last "but", a plain claim that it was done: "i usually say no but this time i did
# it", "it wasn't perfect but i did sit down with it every day".
_BUT_DID = re.compile(
    r"\bbut (?:this time |then |still |honestly |in the end )*i (?:still |actually |really )?"
    r"did (?:it|them|do it|sit down with it|get it done)(?: (?:every (?:day|night|morning|"
    r"evening|single day)|all week|honestly|this time|anyway|though|in the end|daily))*$"
)
_SOME_FIRST = re.compile(
    r"\b(?:a few|a couple|some|one|two|three|four|for a (?:bit|while|few)|did|started|managed|"
    r"first|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# Not done, said of the task: "i've not done it", "it's not been started".
_NOT_DONE_STATE = re.compile(
    r"\b(?:i've not|i have not|it's not|it is not|it hasn't|it has not|they're not|they are not|"
    r"they haven't|they have not|i haven't)(?: yet| even)? (?:been )?(?:done|started|begun|"
    r"touched)\b(?! all| the whole| every| completely| fully)|\b(?:ain't|aint) (?:even |yet )?"
    r"(?:done|did|touched|started|opened|looked at)\b(?! all| the whole| every| completely| fully)"
)
# A plain claim closing a story: "... i was good this week i did it".
_CLOSING_CLAIM = re.compile(r"\b(?:so |and )?(?:yes |yeah )?i did (?:it|them)(?: all)?$")
_UNSURE = re.compile(
    r"\b(?:not|n't|only|half|some|part|wish|if|whether|bit|never|think|maybe|guess|before)\b|"
    r"n't\b"
)
# Done whole, said by what was overcome: "got there in the end", "never let it slip".
_DONE_DESPITE = re.compile(
    r"\bgot there(?: in the end| eventually| at last| finally)?$|\bgot there (?:in the end|"
    r"eventually|at last|finally)\b|"
    r"\b(?:never|didn't|did not|wouldn't|won't) let (?:it|that|them) (?:slip|slide|go)\b|"
    r"\b(?:didn't|did not|never|won't|wouldn't) let (?:you|myself|her|him|anyone) down\b|"
    r"\b(?:never|didn't|not once) (?:failed|bailed|flaked|slipped)\b|"
    # Time made for it: "squeezed it in between shifts", "found the time".
    r"(?<!never )(?<!n't )(?<!not )\b(?:squeezed|fitted|fit|snuck|crammed) (?:it|them) in\b|"
    r"(?<!never )(?<!n't )(?<!not )\b(?:made|found) (?:the )?time (?:for it|to do it)\b|"
    r"\bnothing (?:missed|skipped)\b|\b(?:missed|skipped) nothing\b|"
    r"\b(?:finally |eventually )?got (?:a)?round to (?:it|them|doing)\b"
)
# Done in the doing, not in the recording: "did the walk but forgot to log it".
_NOT_RECORDED = re.compile(
    r"\bbut (?:i )?(?:forgot|didn't|did not|never|couldn't) (?:to )?(?:write|wrote|log|logged|"
    r"record|recorded|track|tracked|note|noted|fill|filled|rate|rated|journal|journaled|journalled|"
    r"jot|jotted|mark|marked|score|scored)\b"
)
# Close is not done: "i nearly did", "came close".
_NEARLY = re.compile(
    r"\b(?:nearly|almost) (?:did|do|got (?:to|round)|started|managed|went)\b"
    r"(?! (?:all|every|the whole|most))|\bcame close\b|\bthis close\b"
)
# Something in the speaker won over the task: "the anxiety won", "my head wasn't in it".
_OVERCOME_BY = re.compile(
    r"\b(?:anxiety|depression|fear|panic|ocd|adhd|brain|head|pain|fatigue|tiredness|exhaustion|"
    r"bed|couch|sofa|procrastination|laziness|inertia|demons|illness|low mood|the dark) "
    r"(?:won|wins|beat me|got me|took over)\b|"
    r"\b(?:head|heart) (?:wasn't|was not|isn't|is not) (?:in it|in the game|there)\b|"
    r"^(?:i )?(?:totally |completely |just )?slacked(?: off)?(?: this week| all week| on it)?$|"
    r"^(?:a |an |total |complete |epic |big )?(?:fail|failure|f)(?: minus| grade)?(?: this week)?$"
)
# Said in the future: not done yet ("i will i promise", "ask me next week"); "i'll finish it
# tonight" says it was begun.
_FUTURE = re.compile(
    r"\b(?:i will|i'll|i promise|i'm going to|i'm gonna|gonna|ask me (?:next|again|tomorrow)|"
    r"i keep telling myself|on the list for|going to|i'm starting|starting (?:it )?(?:tonight|"
    r"tomorrow|on|this|next)|scheduled (?:for|in)|the plan is to|planning to|i plan to)\b"
)
_PAST_DOING = re.compile(
    r"\b(?:did|done|managed|started|finished|got through|completed|practi[cs]ed|wrote|read)\b"
)
_BEGUN = re.compile(r"\b(?:finish|the rest|rest of it|other half|complete it)\b")
# Future words about keeping on, or after a yes: no plan for later but a doing that goes on.
_GOES_ON = re.compile(
    r"^(?:yes|yeah|yep|yup|sure|definitely|absolutely|done)\b|\b(?:keep (?:it up|going|doing|at it|"
    r"on)|keeping (?:it up|going|at it)|carry on|continue|again|stick with|stick at|more of)\b"
)
# A concession, then the yes: "with a bit of nagging yes", "after a lot of moaning i did it".
_CONCEDED_YES = re.compile(
    r"^(?:with|after|despite|thanks to|in spite of|eventually|in the end|finally)\b.* "
    r"(?:yes|yeah|yep|yup|i did(?: it| them)?|it's done|done)$"
)
# Done whole, in a word: "did the lot", "did everything".
_DID_THE_LOT = re.compile(
    r"\b(?:did|done|finished|completed|got through) (?:the (?:whole )?lot|the works|every bit|"
    r"everything|all of them|all of it)\b(?! (?:except|but|apart|other))"
)
# An intention that a "but" undid: "i meant to after work but i crashed".
_INTENDED = re.compile(
    r"\b(?:meant|was going|was gonna|were going|planned|had planned|intended|wanted|was hoping|"
    r"hoped|was supposed|were supposed|was about|was all set|was ready|tried|was trying|"
    r"set out|had every intention) to\b(?P<plan>.*?)\bbut\b(?P<after>.*)$|"
    r"\b(?:had it|it was) (?:all )?(?:pencilled|penciled|planned|scheduled|booked|lined up|set|"
    r"written down|in the diary|on the calendar)\b(?P<plan2>.*?)\bbut\b(?P<after2>.*)$"
)
# The plan was to skip, and it was done: "i nearly skipped it but did it anyway".
_MEANT_TO_SKIP = re.compile(
    r"\b(?:skip|skipping|skipped|bail|bailing|blow it off|not do|not bother|give it a miss|"
    r"quit|ditch|ditching|pass|nearly|almost|tempted|blew it off|bailed|bail on it|"
    r"didn't want|did not want|wasn't going|wasn't gonna|didn't feel like|couldn't be bothered|"
    r"wasn't in the mood|hated|dreaded|didn't fancy|resisted|reluctant|procrastinat\w*|"
    r"put it off|putting it off|forgot|bottled|chickened|avoided|dodged|"
    r"didn't (?:love|like|enjoy|think|expect|believe|want)|(?:nobody|no one|noone) (?:thought|"
    r"expected|believed)|wasn't (?:easy|fun|pretty|pleasant))\b"
)
# Thinking about it is not doing it.
_THOUGHT_ONLY = re.compile(
    r"\b(?:thought|think|thinking|pondered|mulled|dreamed|dreamt) (?:a lot |a bit |loads )?"
    r"(?:about|of|over) (?:it|that|them|doing|starting|the|my|this)\b|"
    r"\b(?:considered|contemplated|pondered) (?:it|doing|that)\b|"
    r"\b(?:mulled|chewed|turned) (?:it |that )?over\b"
)
# More than was asked: "twice and she only asked for once", "went the extra mile".
_MORE_THAN_ASKED = re.compile(
    r"\b(?:she|he|they|you|it|the plan|the sheet|the task|my therapist|the book) only "
    r"(?:asked|wanted|said|needed|required|called|told|suggested|expected)\b|"
    r"\b(?:went|going) the extra mile\b|\bover ?achiev\w*\b|\bdid (?:it )?(?:twice|double|"
    r"two times|three times) (?:over|as much)\b|\bdoubled (?:it|up)\b|"
    r"\b(?:twice|double|three times|two times) (?:what|as much as) (?:she|he|they|was)\b|"
    r"\bmore than once\b|"
    r"\b(?:went|read|walked|ran|did|practi[sc]ed|listened to|watched) (?:it |them |the [\w']+ )?"
    r"(?:a second time|a second round|round again)\b|"
    r"\b(?:a|an|one|two|three|a couple of|a few|some) extra\b|"
    r"\b(?:for once|for a change)\b(?=.*\b(?:did|done|finished|managed)\b)"
)
# Idioms of a thing done whole; any taking back ("except", "but not") leaves them to others.
_DONE_WHOLE = re.compile(
    r"\b(?:done and dusted|signed sealed|in the bag|like clockwork|religiously|without a hitch|"
    r"piece of cake|easy peasy|bang on|all sorted|sorted it|got it sorted|wrapped it up|"
    r"on top of it|i was on it|got it out of the way|even did the (?:bonus|extra)|"
    r"cover to cover|start to finish|(?:took care of|handled|dealt with|sorted out|saw to) "
    r"(?:it|that|them)|like a (?:boss|champ|pro)|i was a machine|"
    r"ticked (?:that|the|this|every|all the|all my|each) box(?:es)?|"
    r"\bforgot (?:that )?i (?:did|had done|'d done|already)\b|^(?:yes |yeah |yep )?(?:i )?did "
    r"(?:both|the \w+ and the \w+)$|beginning to end|every last (?:page|bit|one|word|minute)|"
    r"every single (?:day|night|morning|evening|time)|"
    # the way it was agreed: "stayed the full half hour as agreed"
    r"(?:as|like) (?:we |i )?(?:agreed|planned|arranged)|"
    # as the sheet says: "three times like it says on the sheet" (after round 30)
    r"(?:as|like) (?:it )?says on the (?:sheet|card|plan|paper|list|app)|as the (?:sheet|card|"
    r"plan) says)\b"
)
# Emphatic yes: the negation in it denies a failing, not the doing.
_EMPHATIC_YES = re.compile(
    r"^(?:yes |yeah |oh )?(?:of course|obviously|naturally|course|absolutely|definitely|"
    r"you bet|damn right|darn right|hell yes|hell yeah|too right|sure did|"
    r"you better believe|believe it or not|roger|roger that|ten four|copy that|affirmative|"
    r"aye|yes sir|yes ma'am|without a doubt|no doubt|undoubtedly|certainly|for sure|i'd say yes|"
    r"i'd say so|i reckon so|i believe so)(?:(?: i)? (?:did|have|do)\b| it (?:is|was|got) done\b|"
    r" yes\b| yeah\b|$)|"
    r"\bi(?:'m| am) not (?:a monster|an animal|a quitter|lazy|that bad|a slacker|useless|"
    r"hopeless)\b|\bwhat do you take me for\b|\bwould i lie\b"
)
# A reduced or substitute version measured against the plan.
_AMOUNT = (
    r"(?:every|each|daily|all|the full|the whole|the entire|the complete|twice|two|three|four|"
    r"five|six|seven|ten|fifteen|twenty|thirty|forty|an hour|a full|the usual|the proper|"
    r"the real|properly|doing (?:it|them|the) (?:properly|fully|all)|(?:a|the) (?:long|full|"
    r"whole|proper|real))"
)
# Through it more than once, said first: "i read the chapter twice actually the first time i
# didn't take it in" (the "didn't" is about the first time, not the task).
_TWICE_THROUGH = re.compile(
    r"^(?:yes |yeah |yep )?i (?:actually )?(?:read|did|went through|listened to|watched|wrote|"
    r"walked|practi[sc]ed) (?:it|them|the [\w']+(?: [\w']+)?) (?:twice|two times|three times)\b"
    r"(?!.*\b(?:only|wanted|supposed|meant|asked|but not)\b)"
)
_REDUCED = re.compile(
    rf"\binstead of {_AMOUNT}\b|"
    r"\b(?:shorter|short|mini|smaller|quick|quicker|lighter|cut down|watered down|easier|"
    r"abridged|lite|baby|condensed|simplified|scaled back|stripped back|rushed)"
    r" (?:version|one|bit|go|session|round|form|walk|run|practice|read|attempt)\b|"
    r"\b(?:scaled|cut|dialled|dialed|toned) (?:it |that |them )?(?:back|down)\b|"
    r"\b(?:only|just) (?:the )?(?:first|opening|last|one|two|easy|easiest) (?:part|half|page|"
    r"step|bit|section|exercise|one|question|chapter|day|couple|few|paragraph|round)s?\b|"
    r"\b(?:did|do|finished|managed|got through|read|wrote) (?:do )?(?:only )?the first "
    r"(?!thing)\w+(?!.* all)\b|"
    r"\b(?:did|do|done|went through|ran through|run through|practi[cs]ed|rehearsed|read|wrote|"
    r"said|counted|pictured|visuali[sz]ed) (?:it |them |that |the \w+ |through it |it all )?"
    r"(?:\w+ ){0,3}?(?:in my head|mentally|in my mind)\b|"
    r"\b(?:not|wasn't|isn't|weren't) (?:really )?(?:the|a) (?:full|whole|proper|real|complete|"
    r"entire) (?:thing|one|version|session|routine|exercise|workout|amount)\b|"
    r"\bnot (?:really )?properly\b|\b(?:didn't|did not) (?:do )?(?:it )?properly\b|"
    r"\bhalf (?:arsed|assed|hearted|heartedly)\b|\bphoned it in\b|\bwent through the motions\b|"
    r"\b(?:did|managed|got through|read|wrote|finished|practi[cs]ed)\b.* (?:and|but) nothing "
    r"(?:else|more|after)\b|"
    r"\bevery (?:other|second) (?:day|night|morning|evening)\b|\balternate (?:days|nights)\b|"
    r"\b(?:on )?the (?:days|nights|mornings|evenings|times) (?:i|when|that)\b|"
    r"\bmy own (?:version|way|take|spin)\b|\bnot (?:the way|how|exactly how|exactly what|quite "
    r"how|quite what) (?:she|he|they|it was|i was)\b|\b(?:adapted|tweaked|modified) it\b|"
    r"\b(?:nearly|almost) (?:finished|done|completed|there|all|every|the whole)\b|"
    r"\b(?:a )?little bit\b(?! (?:late|later|early|earlier|longer|more|extra|over))|"
    r"\bscratched the surface\b|\bcut (?:it |them |that )?short\b|"
    r"\bin (?:bits|pieces|dribs and drabs|fits and starts)\b|"
    r"\b(?:badly|poorly|sloppily|barely|skimmed|skim read|flicked through|glanced through)\b|"
    r"\bdipped (?:a|my) toe\b|\bmade a (?:start|dent)\b|"
    r"\bchipped away\b|\b(?:bits and (?:pieces|bobs)|on and off|off and on|hit and miss|"
    r"hit or miss|here and there|now and then|every now and again|sporadically|patchy)\b|"
    r"\ball but (?:one|two|a|the)\b|\bevery (?:day|night|morning|evening) but (?:one|two|once|"
    r"twice|today|yesterday|the|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?<!never )(?<!didn't )(?<!not )(?<!haven't )(?<!without )(?<!wouldn't )(?<!once )"
    r"(?<!even )\b(?:skipped|missed|forgot) (?:(?:a|one|two|three|a couple of|a few|the odd) "
    r"(?:day|night|morning|evening|session|time|days|nights|mornings|evenings|sessions|times)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)\b"
    r"(?!.*\bentirely\b)|"
    r"\bdoes (?:that|it|this) count\b"
)
# Different time or place is still done: "at night instead of the morning".
_ELSEWHEN = re.compile(
    r"\binstead of (?:the |this |that |in the |on the |at the |at |on |in )?(?:morning|"
    r"evening|night|afternoon|lunch|lunchtime|breakfast|dinner|bedtime|today|yesterday|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|home|work|office|"
    r"desk|gym|park|kitchen|bed|paper|the app|my phone|usual time|usual place|indoors|outdoors|"
    r"inside|outside|the house|my room|upstairs|downstairs|the car|the garden|the living room)\b"
)
# Done, only later than meant: "didn't get to it until midnight", "did it a day late".
_LATE = re.compile(
    r"\b(?:didn't|did not|couldn't|wasn't able to|never) (?:get (?:to|round to|around to) it|"
    r"start|begin|do it|do them|get going|get started|sit down to it|manage it|get it done)"
    r"(?: \w+){0,3}? (?:until|till|til) "
    r"(?!i (?:gave|stopped|quit))|\b(?:did|done|finished) (?:it |them )?(?:a (?:day|bit|little|"
    r"little bit|few hours|few days|couple of hours|couple of days) )?late\b"
)
# Someone else did it for the speaker: not done by them.
_DELEGATED = re.compile(
    r"\b(?:my|her|his|the) (?:\w+ )?(?:did|done|wrote|finished) (?:it|them|that) "
    r"(?:for me|instead of me|instead)\b|\bgot (?:my \w+|someone|somebody) (?:else )?to do "
    r"(?:it|them)\b"
)
# Done alongside someone: still done.
_TOGETHER = re.compile(
    r"\b(?:did|done|finished|practi[cs]ed|went through) (?:(?:it|them|that|the \w+) )?(?:together|"
    r"with (?:my|the|a|her|his|our|some|a friend))\b|\bwe did it\b"
)
_OPPOSITE = re.compile(
    r"\bthe (?:exact |complete )?opposite\b(?! of (?:skipping|missing|not|avoiding|giving up|"
    r"quitting|hiding|what my (?:anxiety|fear|head|brain)))"
)


# Where a story turns: "... but", "... then", "... in the end".
# Some days or times done before it stopped: "kept it monday and tuesday", "did the first few".
_DAYS_DONE = re.compile(
    r"\b(?:filled (?:it )?in|did|wrote|kept|managed|walked|practi[sc]ed|logged|went)\b"
    r"(?: [\w']+){0,4} (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the first "
    r"(?:few|two|three|couple)|a (?:few|couple of) (?:days|nights|times|mornings))\b"
)
_TURN = re.compile(r"\b(?:but|then|until|in the end|eventually|after all|later)\b")
_ANYWAY = re.compile(r"\banyway\b")
# The other part, after one was done: "chickened out of the one to my dad".
_DID_ONE = re.compile(r"\bi (?:\w+ed|sent|made|rang|wrote|did|went|gave|took|read|spoke|told)\b")
_THE_OTHER = re.compile(r"\b(?:the (?:one|other|second|last|rest|next)|the other one)\b")


def _after_but_label(after: str, plan: str) -> str:
    """The verdict of an intention's "but" clause ("but i did it anyway" -> done)."""
    if short_of_plan(after):
        return ANSWER_PARTIAL  # "... but i left after ten minutes not thirty"
    if _CLOSING_CLAIM.search(after) and _MEANT_TO_SKIP.search(plan):
        return ANSWER_DONE  # "gonna skip it but then i didn't i did it": the last claim stands
    if not _DID.search(after) or re.search(r"\b(?:didn't|couldn't|never|wasn't|not)\b", after):
        return ANSWER_NOT_DONE
    if _MEANT_TO_SKIP.search(plan):
        return ANSWER_DONE  # meant to skip it, and did it
    if _SOME.search(after) and not _ELSEWHEN.search(after):
        return ANSWER_PARTIAL
    return ANSWER_DONE


# Given up part of the way through: some of it (added after round 14).
_GAVE_UP_PARTWAY = re.compile(
    r"\b(?:bailed|quit|stopped|gave up|packed it in|packed in|called it)\b(?: [\w']+){0,2} "
    r"(?:partway|part way|halfway|half way|midway|mid way|in the middle|half through)\b"
)


# One part done, another not: "point one i did the grounding point two i did not do the
# journal", "i did the journaling part ... the second bit i didn't get round to" (after round
# 29); not a day that went one way and a day that went the other.
_ONE_PART_NOT_OTHER = re.compile(
    r"\bi (?:did|done|finished|managed|wrote|read) (?:the |my |a )?(?!not\b|nothing\b|none\b|it\b)"
    r"\w+\b.* (?:did not|didn't|never) (?:do|get (?:a)?round to|finish|manage|touch|start)\b"
)
_OTHER_DAY = re.compile(
    r"\b(?:yesterday|last night|last week|today|tonight|this morning|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|weekend)\b"
)


def concept_answer(joined: str) -> str | None:
    """The label one of these concepts decides for an answer, or None to go on."""
    if _GAVE_UP_PARTWAY.search(joined):
        return ANSWER_PARTIAL
    if _ONE_PART_NOT_OTHER.search(joined) and not _OTHER_DAY.search(joined):
        return ANSWER_PARTIAL
    if _SARCASM.search(joined):
        return ANSWER_NOT_DONE
    if (
        _BUT_DID.search(joined)
        and not _REDUCED.search(joined)
        and not re.search(
            r"\b(?:only|half|part|some of|a bit|a few|bits)\b", joined[joined.rfind(" but ") :]
        )
    ):
        return ANSWER_DONE
    if (intended := _INTENDED.search(joined)) is not None:
        after, plan = intended.group("after", "plan")
        if after is None:
            after, plan = intended.group("after2", "plan2")
        return _after_but_label(after, plan)
    if (skip := _MEANT_TO_SKIP.search(joined)) is not None and (
        turn := _TURN.search(joined, skip.end()) or _ANYWAY.search(joined, skip.end())
    ):
        if _TURN.match(turn.group()):
            after = joined[turn.start() :]
        else:  # the clause that ends "anyway", not how often it was nearly skipped
            after = joined[max(skip.end(), joined.rfind(" and ", skip.end(), turn.start())) :]
        if _DID.search(after) and not re.search(r"\b(?:didn't|couldn't|never|not)\b", after):
            # "nearly bailed but i did it anyway", "nearly bailed twice and made the call
            # anyway"; "... but only ten minutes" is some of it
            return ANSWER_PARTIAL if _SOME.search(after) else ANSWER_DONE
    if over_plan(joined):
        return ANSWER_DONE  # "did twenty instead of ten": more than asked is all of it
    if _LATE.search(joined) and not _SOME.search(_LATE.sub(" ", joined)):
        return ANSWER_DONE
    if _DELEGATED.search(joined):
        return ANSWER_NOT_DONE
    if (left := _UNTOUCHED.search(joined) or _NOT_ON_MIND.search(joined)) is not None:
        if re.search(r"\bbut (?:then |later |eventually )?i (?:did|got|managed|finished)", joined):
            return None
        if _STOPPED.fullmatch(left.group()) and _SOME_FIRST.search(joined[: left.start()]):
            return ANSWER_PARTIAL  # "started well on monday then it went out the window"
        if _DAYS_DONE.search(joined[: left.start()]):
            return ANSWER_PARTIAL  # "filled it in monday and tuesday then forgot about it"
        return ANSWER_NOT_DONE
    if _ONLY_PREPARED.search(joined):
        return ANSWER_NOT_DONE
    if _THOUGHT_ONLY.search(joined) and not _DID.search(joined):
        return ANSWER_NOT_DONE
    if _NOTHING_SLANG.search(joined):
        return ANSWER_NOT_DONE
    if (avoided := _AVOIDED.search(joined)) is not None and not re.search(
        r"\bbut (?:then |later |eventually |still )?(?:i )?(?:did|finished|managed|got it done)\b",
        joined[avoided.end() :],
    ):
        if _STOPPED.match(avoided.group()) and _SOME_FIRST.search(joined[: avoided.start()]):
            return ANSWER_PARTIAL  # "a few days then i dropped it": some, then stopped
        if _DID_ONE.search(joined[: avoided.start()]) and _THE_OTHER.search(joined, avoided.end()):
            return ANSWER_PARTIAL  # "made the first call but chickened out of the one to dad"
        return ANSWER_NOT_DONE
    if _TWICE_THROUGH.search(joined):
        return ANSWER_DONE
    if _MORE_THAN_ASKED.search(joined) and not re.search(r"\b(?:didn't|not|never)\b", joined):
        return ANSWER_DONE
    if _DONE_WHOLE.search(joined) and not re.search(
        r"\b(?:didn't|not|never|except|apart from|other than|but|only|"
        r"half(?! (?:an )?hour\b| time\b)|missed|skipped|until|till|supposed|meant to|a few|"
        r"a couple|instead)\b",
        joined,
    ):
        return ANSWER_DONE
    if _OPPOSITE.search(joined):
        return ANSWER_NOT_DONE
    if (
        _ELSEWHEN.search(joined)
        and _DID.search(joined)
        and not _REDUCED.search(_ELSEWHEN.sub(" ", joined))
    ):
        return ANSWER_DONE  # another time or place, the whole of it
    if _REDUCED.search(joined) or _LESS_THAN_ASKED.search(joined):
        return ANSWER_PARTIAL
    if (
        _INSTEAD_OTHER.search(joined)
        and not _DID.search(joined)
        and not re.search(r"\b(?:used|switched|swapped|went with|did)\b", joined)
    ):
        return ANSWER_NOT_DONE
    if _DID_THE_LOT.search(joined) and not _SOME.search(joined):
        return ANSWER_DONE
    if _TOGETHER.search(joined) and not _SOME.search(joined):
        return ANSWER_DONE
    if _EMPHATIC_YES.search(joined) and not _SOME.search(joined):
        return ANSWER_DONE
    if (
        _DONE_DESPITE.search(joined)
        and not re.search(r"\b(?:only|half|part|partly|some of|a bit|a few|bits)\b", joined)
        and not re.search(
            r"\b(?:never|didn't|not|haven't|hadn't|couldn't) (?:\w+ )?got (?:a)?round", joined
        )
    ):
        return ANSWER_DONE
    if _DID.search(joined) and _NOT_RECORDED.search(joined):
        return ANSWER_PARTIAL
    if _NEARLY.search(joined):
        return ANSWER_NOT_DONE
    if _OVERCOME_BY.search(joined):
        return ANSWER_PARTIAL if _DID.search(joined) else ANSWER_NOT_DONE
    if _NOT_DONE_STATE.search(joined) and not _SOME.search(joined):
        return ANSWER_NOT_DONE
    if _CLOSING_CLAIM.search(joined) and not _UNSURE.search(joined):
        return ANSWER_DONE
    if _CONCEDED_YES.search(joined) and not re.search(r"\b(?:only|half|part|some of)\b", joined):
        return ANSWER_DONE
    if _FUTURE.search(joined) and not _GOES_ON.search(joined):
        if _BEGUN.search(joined):
            return ANSWER_PARTIAL
        if not _PAST_DOING.search(joined):
            return ANSWER_NOT_DONE
    return None
