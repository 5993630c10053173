"""English claims from spaCy's dependency parse and the paragraph's quotes (see `claims` for the order).

Frames, per sentence, in this order of cues:
  * a reporting verb (`words_en.REPORTING_VERBS`) outside a quote, with its subject as the
    source, inverted or not ("said Pan"), or inherited from the verb it hangs on ("…, saying
    that…", "and added that…"); its content is, first match wins: the quote that ends just before
    the cue and its object ("“…,” she told Coastline Daily"), the quote that starts just after it
    ("said: “…”"), the clause before a source set off by commas ("X, he said, Y"), its complement
    clause ("said (that) …", "expects X to …", "said in a statement that …") up to the sentence's
    end, the thing a forecasting verb takes ("expects 90,000 visitors"), the clause after
    "said," and the clause before the source ("…, the council said");
  * "it is expected that …" (no source);
  * "according to X, …" / "…, according to X" / "in the view of X";
  * a reporting noun ("the consensus is that …");
  * a line "Name, title:" over a quote;
  * a Chinese cue before or after a quote where the language changes inside the paragraph
    (他说：“…”, "…," 何家聪说。).
A frame whose cue lies inside another frame's content is dropped, except "Pan said he expected
…", where the inner frame (source "he") is kept; of two frames each inside the other's content
("It expects …, he said.") the later cue frames the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .horizon import _MONTH_RE, DAY_EN, day_ahead, find_horizon
from .claims import (ANSWER_MARKS, QUESTION_MARKS, Quote, RawClaim, content_claim, find_quotes, is_anonymous,
                     is_unnamed_source, long_enough, trim, with_plain_quotes)
from .lang import Parse, Token, words_en
from .names import simplified_chars

_REPORTING = frozenset(words_en.REPORTING_VERBS + words_en.FROM_SOURCE_VERBS)
_FUTURE_CUES = frozenset(words_en.FORECAST_CUE_VERBS)
# cues that take a clause only with "that" or a quote (too common in other senses otherwise)
_NEEDS_THAT = frozenset({"add", "show", "indicate", "figure", "feel", "agree", "judge", "calculate", "guess",
                         "recall", "describe", "signal", "highlight", "underline", "underscore", "observe",
                         "mention", "remark", "comment", "reply", "respond", "write", "reveal", "report",
                         "introduce", "remind", "understand", "learn", "find", "hear", "know", "see", "mean",
                         "realize", "realise", "decide", "notice", "prove", "demonstrate"})
# of those, verbs of speech whose clause may drop "that" when it has its own subject and tense ("he added
# the plant would open in May", "it indicated it will return the money")
_SPEECH_WITHOUT_THAT = frozenset({"add", "indicate", "signal", "reveal", "mention", "remark", "comment", "reply",
                                  "respond", "write", "report"})
# "is to reach" (a plan), not "is to the real economy"
_IS_TO = r"(?:is|are|was|were) to (?!the\b|an?\b|this\b|that\b|our\b|their\b|its\b|his\b|her\b|my\b|your\b)[a-z]+"
# "will" the verb, not the noun ("political will to reform", "the will of the shareholders")
_WILL = r"(?<!\bpolitical )(?<!\bfree )(?<!\bgood )(?<!\bill )will(?! of\b| power\b)"
# "should" as an expectation ("the work should be completed by May", "prices should ease"), not advice
# ("consumers should check the label"): a state reached or a change
_SHOULD_EXPECT = (r"should (?:be (?:completed|finished|ready|done|operational|in place|available|delivered|restored|"
                  r"over|back|open|up and running)|(?:rise|fall|increase|decrease|grow|reach|recover|improve|pick up|"
                  r"return|resume|stabili[sz]e|start|begin|arrive|finish|double|ease|slow|peak|bottom out|save|add|"
                  r"lift|boost|generate|deliver|create)\b)")
# a plan given with its time: "with the first intake planned for September", "the launch, slated for next year"
_PLANNED_FOR = (r"(?<!was )(?<!were )(?<!been )(?:planned|scheduled|slated|pencilled|penciled|set|targeted|earmarked) "
                r"(?:for (?:completion |launch |delivery |opening )?|in )"
                r"(?:(?:early|mid|late|the end of|the start of|the beginning of|the second half of|the first half of)[- ])?"
                r"(?:January|February|March|April|June|July|August|September|October|November|December|"
                r"spring|summer|autumn|fall|winter|next|later|this (?:year|month|spring|summer|autumn|fall|winter)|"
                r"20\d\d)\b")
# a plan told as past ("had planned to", "originally planned to") is no plan now
_NOT_PAST_PLAN = r"(?<!had )(?<!originally )(?<!initially )(?<!previously )(?<!earlier )"
# a plan in translated English: "it is planned to start output", "striving to open"
_PLANNED_NOW = r"(?:is|are) (?:now |also )?planned (?:to|for)|striv(?:e|es|ing) (?:to|for)|" \
    r"(?:is|are) (?:now )?seen (?:at|rising|falling|growing|between|in the range)"  # ("revenue is now seen at $4bn": guidance)
_FUTURE_EN = re.compile(r"(?i)\b(?:" + _WILL + r"|won't|shall|'ll|going to|(?:is|are|was|were|be) (?:now |still |also )?(?:expected|likely|set|poised|"
                        r"scheduled|projected|due|slated|forecast|estimated|going|about) to(?! have\b)|" + _IS_TO + r"|"
                        r"plans? to|" + _NOT_PAST_PLAN + r"(?:planned|aimed|intended|(?-i:hoped)) to|planning to|aims? to|intends? to|"
                        r"(?-i:hopes?) to|"
                        r"(?<!nobody )(?<!no one )(?<!everyone )(?<!n't )(?<!not )"
                        r"want(?:s|ed)? (?:the |a |an |its |their |them |it |him |her |us )?[\w-]+(?: [\w-]+){0,3} to "
                        r"(?!the\b|a\b|an\b|this\b|that\b|be\b)[a-z]+|"
                        r"seeks? to|threatens? to|targets?(?![^,.;]{0,40}\b(?:have|has|had) been\b|[^,.;]{0,40}\b(?:were|was)\b)|"
                        + _PLANNED_NOW + r"|"
                        r"(?:is|are) preparing (?:to|for)|(?:is|are|was|were|remains?|remained|stays?|stayed) (?:now |still )?"
                        r"on (?:track|course|schedule) to|"
                        r"(?:was|were) (?:\w+ )?(?:un)?likely to|"
                        r"plans? calls? for|(?:is|are) gearing up (?:to|for)|"
                        r"(?-i:I|[Ww]e) (?!(?:don't|do not|didn't|did not|never) )(?:\w+ )?want to "
                        r"(?!see\b|hear\b|know\b|work\b|stay\b|touch\b|protect\b|wake\b|keep\b)|"  # (a wish, no plan)
                        r"(?<!than )(?<!as )(?<!had )(?<!'s )(?<!’s )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\ban )"
                        r"(?:expect|anticipat)(?:s|es|ed)?\b|predicts|"
                        r"(?<!was )(?<!were )(?<!was not )(?<!were not )(?<!wasn't )(?<!weren't )"
                        r"(?:expect|anticipat)ing\b|"
                        r"(?:is|are|be) (?:\w+ )?likely\b|(?:is|are) (?:now )?(?:forecast|projected|pegged) (?:at|for)\b|"
                        r"(?:am|is|are) (?:now )?looking at (?:\w+ )?\w+ing\b|"
                        r"(?:is|are|was|were) (?:still |also )?possible(?=[^.;]{0,30}\b(?:before|by|next|later|within|"
                        r"in the coming)\b)|"
                        # "prices are hard to rebound before the fourth quarter" (translated 难以), "we see upside"
                        r"(?:is|are) (?:still |very |quite )?(?:hard|difficult) to (?:rebound|recover|return|improve|rise|"
                        r"fall|ease|pick up|change|reverse|turn around|stabili[sz]e|reach|achieve)\b|"
                        r"(?:see|sees) (?:some |further |more |little |limited |no )?(?:upside|downside|room for|scope for)\b|"
                        # guidance: "We see sales of $1.2 billion to $1.3 billion for fiscal 2027"
                        r"(?-i:we|We|I|it|It|they|They|company|group|firm|bank) (?:now )?(?:see|sees) "
                        r"(?:(?:full-year|annual|fiscal|first-half|second-half|\w+-quarter|adjusted|core|net|operating|"
                        r"organic|total) )*(?:revenue|revenues|sales|growth|earnings|profit|income|output|production|"
                        r"demand|volumes?|margins?|capex|capital expenditure|spending|losses)\b"
                        r"(?![^.;]{0,60}\b(?:today|now|currently|already|everywhere|so far)\b)"
                        r"(?=[^.;]{0,60}\b(?:for (?:the )?(?:fiscal|full|current|coming|next)|fiscal|next|this year|"
                        r"in 20\d\d|for 20\d\d|over the)\b)|"
                        r"(?:is|are|be) (?:\w+ )?unlikely to|(?<!had )aims? for|would(?! have\b(?! to\b| an?\b| the\b| no\b)| love\b| rather\b|'ve\b)|"
                        r"could(?! not\b| have\b(?! to\b| an?\b| the\b| no\b)| be \w+ing\b|'ve\b)|"
                        r"(?-i:may)(?! have\b(?! to\b| an?\b| the\b| no\b)| be \w+ing\b)|"
                        r"might(?! have\b(?! to\b| an?\b| the\b| no\b)| be \w+ing\b|'ve\b)|"  # ("would have a lasting effect")
                        r"vow(?:s|ed)? to|pledg(?:es|ed)? to|promis(?:es|ed)? to|(?:is|are) (?:scheduled|set|slated|due) (?:for|on)|"
                        r"tomorrow|upcoming|later this (?:month|week|quarter)|" + _SHOULD_EXPECT + r"|" + _PLANNED_FOR + r"|"
                        r"should(?! have\b)(?= (?:[\w-]+ ){1,6}?(?:later in the (?:year|month|quarter|decade)|by the end of "
                        r"(?:the|this|next) (?:year|month|quarter|decade)|by (?:year|month|quarter)-end|"
                        r"by (?:early |mid-|late )?20\d\d|by (?:the end of |early |mid-|late )?(?-i:" + _MONTH_RE + r")|"
                        r"(?:early |later )?next (?:year|month|quarter|week))\b)|"  # "should be certified by the end of the year"
                        r"(?<!as )(?<!was )(?<!were )(?<!had )(?<!and )soon(?! after| afterwards?| thereafter| became| began)|"
                        r"(?<!\bfor )(?<!\bfor the whole of )(?<!\bfor all of )(?<!\bfor most of )next (?:year|month|quarter|decade|week|weekend|season|spring|summer|autumn|"
                        r"fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december)(?!'s|’s)|"
                        r"(?:in|over|during) the (?:coming|next|future)|"
                        r"in the (?:years|months|weeks|decades) (?:ahead|to come)|"
                        r"over the next|(?:by|before) the end of (?:this|next) (?:year|decade|month|quarter|week)|"
                        r"within the next \w+ (?:years?|months?|weeks?|days?)|"
                        r"by (?:the end of |early |mid-?|late )?(?:20\d\d|next)|later this year)\b")
# "whether it will", "who knows how it will be": a future form inside an embedded question
_EMBEDDED_Q = re.compile(r"(?i)(?:\bwho knows|\bwhether|\b(?:know|knows|knew|ask|asks|asked|wonder|wonders|wondered|unclear|"
                         r"sure|see|decide|decides|decided|tell|tells|told|explain|explained|clear|question|idea|on|or)\s+"
                         r"(?:(?:us|me|them|him|her|you)\s+)?(?:how|what|who|where|why)|"
                         r"^(?:how|what|who|where|why)|\bwhere)\b[^,.;:]{0,40}?\b(?:will|would|could|may|"
                         r"might)\b|\b(?:where|who|which)\b[^,.;:]{0,30}?\bexpect\w*")
_PAST_EN = re.compile(r"(?i)\b(?:was|were|had|did|has been|have been|ago|last (?:year|month|week))\b")
_OWN_VOICE_EN = re.compile(r"(?i)\b(?:" + _WILL + r"|won't|shall|"
                           r"(?:is|are) (?:expected|likely|set|poised|scheduled|projected|due|"
                           r"slated|forecast|estimated|going) to|" + _IS_TO.replace("|was|were", "") + r"|"
                           r"plans? to|(?:has|have) planned to|aims? to|intends? to|is planning to|are planning to|"
                           r"(?:is|are) targeting|(?<=[a-z] )targets (?=(?:(?:a|an|the|first|sales|revenue|output|production|"
                           r"profit|growth|capacity|volumes?|exports?|annual|full)\b|\d|[$€£¥]))|(?:has|have) been pegged at|(?:is|are) (?:now )?pegged (?:at|for)|"
                           r"expects? to|(?-i:hopes?) to|vows? to|pledges? to|promises? to|threatens? to|"
                           r"(?:has|have) (?:vowed|pledged|promised) to|(?:announced|unveiled) plans to|"
                           r"" + _NOT_PAST_PLAN + r"planned to|"
                           r"(?:is|are) (?:expected|forecast|predicted|projected)(?! to)"
                           r"(?= (?:at|in|on|around|across|from|by|for|over|to|later|next|this|before|within|until|"
                           r"soon|shortly|once)\b|[,.])|"
                           r"(?:was|were) (?:forecast|predicted|projected|expected) to (?!have\b)|"
                           r"(?:is|are) preparing (?:to|for)|(?:is|are) (?:due|scheduled|set|slated) (?:on|in|by|for)|"
                           + _PLANNED_NOW + r"|"
                           r"(?:is|are) on (?:track|course|schedule) to|plans? calls? for|(?:is|are) gearing up (?:to|for)|"
                           r"(?:is|are) (?:targeted|earmarked|pencilled|penciled) for|"
                           r"(?:(?-i:may)|might|could)(?! have(?! to\b)| not| be \w+ing\b)(?= (?:have to|be|rise|fall|"
                           r"increase|decrease|grow|reach|"
                           r"exceed|lead|cause|result|take|become|need|face|see|trigger|hit|drop|climb|double|suffer|affect|spread|"
                           r"strike|cost|delay|force|"
                           r"triple|top|surpass|return|resume|end|start|begin|continue|remain|stay|close|open)\b))\b")
# a time ahead makes an own-voice sentence a plan in a clause with no past form: "construction begins next
# month", "the ministry wants the line finished by the end of next year" (not "next year's budget was cut")
_OWN_VOICE_TIME = re.compile(r"(?i)\b(?:(?:by|before) the end of next|next (?=(?:year|month|week|quarter)\b(?!'s))|"
                             r"later this (?=(?:year|month|week)\b))")


def _time_ahead_plan(sent: str) -> bool:
    for m in _OWN_VOICE_TIME.finditer(sent):
        a = max(sent.rfind(x, 0, m.start()) for x in ",;:") + 1
        b = min((k for k in (sent.find(x, m.end()) for x in ",;:") if k != -1), default=len(sent))
        if not _PAST_EN.search(sent[a:b]) and not re.search(r"(?i)\b(?:said|says|told)\b", sent[a:b]):
            return True
    return False


_PLACE = r"[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2}"
_DATELINE = re.compile(r"^(?:By [^\n]{1,60}\n+)?(?:" + _PLACE + r"(?:/" + _PLACE + r")*(?:, " + _PLACE + r")?,? +"
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? +\d{1,2}(?:, +\d{4})?"
                       r"(?: *\([^)\n]{1,60}\) *(?:[-—–]+|:)?| *(?:[-—–]+|:))|"
                       r"[A-Z][A-Z.'-]{2,}(?:[ /][A-Z][A-Z.'-]+)*(?:, " + _PLACE + r")?(?: +\([^)\n]{1,40}\))? +[-—–]+) *")
# a line that names a speaker and ends in a colon: a name first, no verb-like word
_INTRO_LINE = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w.'-]*[ \t]+){0,3}[A-Z][\w.'-]*(?:,[ \t]+[^:\n]{2,80})?):[ \t]*$")
_ACCORDING = re.compile(r"(?i)\b(?:according to|in the (?:view|words|opinion|estimation) of|"
                        r"as (?:stated|noted|reported|"
                        r"predicted|forecast) by)\s+")
_CONSENSUS = re.compile(r"(?i)\b(?:consensus|conclusion|view|belief|expectation|judg(?:e)?ment|assessment|forecast|"
                        r"prediction|estimate|hope|promise|message)\b[^.;\"“]{0,120}?\b(?:is|was|are|were)\s+that\s+")
_IT_EXPECTED = re.compile(r"(?i)\bit\s+is\s+(?:expected|estimated|predicted|projected|forecast|anticipated|believed|"
                          r"reported|understood|learned|learnt|thought|feared|hoped|likely|possible|probable|"
                          r"unlikely|widely (?:expected|believed|thought))\s+that,?\s+")  # ("It is reported that, …")
_CUT_TAIL = re.compile(r"(?i),\s+(?:according to|citing|giving|adding|saying|as reported|betting|wagering)\b|"
                       r",?\s+and\s+(?:said|added|told|warned|cautioned|stressed)\b")
# ("guided for a margin of 3.2% and said the bank expected …": what "said" tells is a claim of its own)
_LEAD_IN = re.compile(r"(?i)^(?:(?:and|but|so|also|meanwhile|however|moreover|furthermore|in addition|at the same time|"
                      r"besides|therefore|in terms of [^,]{1,60}|with regard to [^,]{1,60}|as for [^,]{1,60}|"
                      r"regarding [^,]{1,60}|under (?:the|a|an|its|this) (?:plan|programme|program|scheme|policy|"
                      r"deal|agreement|proposal|target|strategy)[^,]{0,80}|according to (?:the|a|its) (?:plan|"
                      r"programme|program|scheme|schedule|proposal|target|strategy)[^,]{0,60}|"
                      r"(?:based on|in line with|as per) [^,]{1,60}),\s*)+")
_SUBORDINATE = re.compile(r"(?i)(?:as|while|because|when|after|before|if|though|although|since|with|adding|"
                          r"saying|citing|despite|amid|even as|giving|noting|according to)\b")
# what may follow a cue that has no content after it: "said on Monday, as …"
_ADVERBIAL_TAIL = re.compile(r"(?:\s+(?:in|at|on|during|after|before|with|to|from|late|early|last|this)\b"
                             r"[^,;:\"“”]{0,60})?(?:,\s*(?:" + _SUBORDINATE.pattern[4:] + r"|[a-z]+ing\b).*)?"
                             r"[\s,.!?\"”]*", re.S)
# nouns whose that-clause is a claim ("expressed confidence that …", "the forecast that …")
_CLAIM_NOUNS = frozenset({"confidence", "hope", "fear", "concern", "worry", "optimism", "warning", "expectation",
                          "forecast", "prediction", "estimate", "promise", "pledge", "assurance", "claim", "belief",
                          "view", "opinion", "consensus", "conclusion", "assessment", "judgment", "judgement",
                          "announcement", "statement", "message", "argument", "suggestion", "insistence", "vow"})
_FORECAST_NOUNS = frozenset({"expectation", "forecast", "prediction", "estimate", "promise", "pledge", "vow", "hope"})
# verbs whose object and infinitive carry the content: "expects sales to rise"
_OBJECT_TO = frozenset({"expect", "predict", "forecast", "estimate", "project", "anticipate", "believe", "consider",
                        "want"})
# forecasting verbs whose object is the forecast: "expects about 90,000 visitors"
_FORECAST_OBJECT = frozenset({"expect", "forecast", "predict", "project", "anticipate"})
_AHEAD_WORDS = re.compile(r"\d|\b(?:next|coming|ahead|soon|further|again|this year|later|through|until|by)\b")
_PRONOUN_SUBJ = {"he", "she", "they", "we", "i", "it"}
_RELPRON = {"who", "which", "that"}


@dataclass(slots=True)
class Frame:
    cue: str
    cue_start: int
    cue_end: int
    lemma: str | None
    source: tuple[int, int] | None
    head: tuple[int, int] | None
    content: tuple[int, int] | None
    quote: Quote | None = None


# a modal that in a speaker's own words (a direct quote) is a wish, a manner or a hypothesis more often
# than a forecast ("it would be my dream", "the simplest I could make them"): not a future form there,
# except "could/may/might" before a verb of change or outcome ("rates could fall") and any modal before
# "have to", an obligation still ahead ("we may have to close a line")
_QUOTE_MODAL = re.compile(r"(?i)\bwould\b(?! have to\b)|\b(?:could|might|(?-i:may))\b"
                          r"(?!\s+(?:well\s+|even\s+|also\s+|still\s+|not\s+)?"
                          r"(?:have to|rise|fall|increase|decrease|grow|reach|exceed|lead|cause|result|become|need|face|see|"
                          r"trigger|hit|drop|climb|double|triple|top|surpass|return|resume|end|start|begin|continue|"
                          r"remain|stay|close|open|slow|shrink|collapse|recover|fail|lose|win|come|happen|take|"
                          r"rebound|improve|ease|pick up|decline|weaken|strengthen|jump|surge|soar|slump|tumble)\b)")


_IF_CAN = re.compile(r"(?i:If|Once|Unless|As soon as)\b(?![^,;]*\bhad\b)[^,;]{3,120},[^;]*?\b(?:can|could|would|may|might)\b"
                     r"(?! have\b| not\b|'t\b|n't\b)|"
                     # "If contract prices hold, a second line pays for itself in under four years": a condition
                     # in the present and a span of time the outcome takes
                     r"(?i:If|Unless|As long as)\b(?![^,;]*\b(?:had|was|were|did|\w{3,}ed)\b)[^,;]{3,120},"
                     r"(?!\s*(?:[\w'’-]+\s+){0,3}(?:had|was|were|did|\w{3,}ed)\b)[^;]*?\b(?:in|within) "
                     r"(?:under |less than |about |around |just |over )?(?:a|an|one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|a few|several|\d+) (?:years?|months?|weeks?|quarters?)\b")


# a forecasting cue told as a past view: "analysts had expected", "the firm originally planned"
_PAST_CUE = re.compile(r"(?i)\b(?:had|'d|originally|initially|previously|earlier)\s+(?:been\s+)?$")
# a past time in the clause of a past-tense plan: "was expected to open last year" reports a plan that was
_PAST_TIME = re.compile(r"(?i)\b(?:last (?:year|month|week|quarter|decade|spring|summer|autumn|fall|winter|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|ago|yesterday|"
                        r"earlier (?:this|that) (?:year|month|week)|in the past)\b")
_HABIT_PAST = re.compile(r"(?i)\b(?:in the past|back then|at the time|in those days|in earlier years|years ago|"
                         r"used to)\b")
_PAST_PLAN = re.compile(r"(?i)^(?:was|were|planned|had|announced|unveiled)\b")


_HAZARD_EN = re.compile(r"(?i)\bin extreme cases\b|\b(?:safety|fire|burn|choking|shock) (?:hazard|risk)\b|"
                        r"\brisk of (?:fire|injury|burns?|electric shock|overheating|choking)\b|\bdefect(?:ive)?\b")
_MAY = re.compile(r"(?i)\b(?:may|might|could)\b")  # the modals of a hazard, which tell a risk of now


def _asks(content: str) -> bool:
    """A question ("Where are they going to go at 55?") states nothing: no claim."""
    return content.rstrip(" \"”’'").endswith("?")


# an expectation of the past told as such ("the company had expected to complete … by the end of 2024, but …"): its
# time is no forecast's horizon
_HORIZON_ONLY = re.compile(r"(?i)\b(?:by|before) (?:the end of |early |mid-?|late )?20\d\d\b")
_HAD_EXPECTED = re.compile(r"(?i)\b(?:had (?:been )?(?:originally |initially )?|(?:originally|initially|previously|once) )"
                           r"(?:expected|planned|hoped|intended|aimed|scheduled|forecast|projected|targeted|predicted|"
                           r"estimated|anticipated|promised|pledged|vowed)\b")


# what a past expectation or plan goes on with ("had expected sales would …", "originally planned to launch")
_BACKSHIFTED = re.compile(r"(?i)\b(?:would|could|might|was going to|were going to)\b|"
                          r"\b(?:expected|planned|hoped|intended|aimed|scheduled|forecast|projected|targeted) to\b")


def _superseded(text: str, f, content: str) -> bool:
    """A forecast the article reports as said before, now overtaken: "The firm had told shareholders a year ago that
    it expected to begin production in late 2024", "X had announced at that time that the first phase would be
    completed by the end of 2024": the cue in the past perfect, the content backshifted (would, expected to)."""
    return bool(f.cue_start is not None and _HAD_BEFORE.search(text, max(0, f.cue_start - 30), f.cue_start)
                and _BACKSHIFTED.search(content) and not re.search(r"(?i)\b(?:will|won't|'ll)\b", content))


_HAD_BEFORE = re.compile(r"(?i)\bhad\s+(?:(?:already|earlier|previously|also|repeatedly)\s+)?$")


def _past_framed(sent: str, m: re.Match) -> bool:
    """An own-voice plan or expectation told in the past and placed in the past: "The plant was
    expected to open last year", "…was scheduled to close in May, but the deal fell through"."""
    if m.group(0).lower().startswith("would"):  # "in the past the company would buy cotton every spring"
        before = sent[max(sent.rfind(",", 0, m.start()), sent.rfind(";", 0, m.start())) + 1:m.start()]
        end = re.search(r"[,;]", sent[m.end():])
        clause = sent[m.end():m.end() + end.start()] if end else sent[m.end():]
        return bool(_HABIT_PAST.search(before) or _HABIT_PAST.search(clause))
    if not _PAST_PLAN.match(m.group(0)):
        return False
    end = re.search(r"[,;]|\s(?:but|yet)\s", sent[m.end():])
    clause = sent[m.end():m.end() + end.start()] if end else sent[m.end():]
    before = sent[max(sent.rfind(",", 0, m.start()), sent.rfind(";", 0, m.start())) + 1:m.start()]
    if _PAST_TIME.search(clause) or _PAST_TIME.search(before):  # "Last year the city announced plans to …"
        return True
    return not _FUTURE_EN.search(clause.replace(m.group(0), " ")) and \
        bool(re.match(r",?\s+(?:but|yet)\b", sent[m.end() + len(clause):]))


# orders booked through a time ahead are a state of now: "orders have been scheduled to the end of next year"
_BOOKED_THROUGH = re.compile(r"(?i)\b(?:(?:have|has|had) been (?:scheduled|booked|filled|lined up|placed)|runs|run|stretches|"
                             r"extends|is booked|are booked|is full|are full|"
                             r"(?:is|are) scheduled(?= until| through)) (?:to|until|through|into) "
                             r"(?:the (?:end|middle|start) of )?(?:(?-i:" + _MONTH_RE + r") )?(?:next \w+|20\d\d)\b")
# a target reached or missed is a fact: "met its sales target", "beat the government's target"
_TARGET_MET = re.compile(r"(?i)\b(?:met|meet|meets|hit|hits|beat|beats|exceeded|exceeds|missed|misses|reached|surpassed|"
                         r"achieved|topped|overshot|fell short of|falls short of)\s+(?:[\w'’-]+\s+){0,3}?targets?\b")


def _is_future(content: str, lemma: str | None = None, quoted: bool = False) -> bool:
    """About the future: a future form in the content outside an embedded question ("whether it
    will"), or a forecasting cue ("expects sales to rise") whose content is not plainly about the past.
    In a direct quote (``quoted``) a bare "would", and "could/may/might" before a state, are no future
    form: the speaker's present words use them for wishes and hypotheses."""
    said = content
    if quoted:
        content = _QUOTE_MODAL.sub(" ", content)
    plain = _BOOKED_THROUGH.sub(" ", _TARGET_MET.sub(" ", _EMBEDDED_Q.sub(" ", content)))
    if _HAZARD_EN.search(plain):  # a recall's hazard: "the controller may fail, and in extreme cases …" (a risk now)
        plain = _MAY.sub(" ", plain)
    had = _HAD_EXPECTED.search(plain)
    if had:  # "he had expected the price could exceed …": the expectation and its modals are told in the past
        end = re.search(r"[,;]|\s(?:but|yet|now)\s", plain[had.end():])  # (up to its clause's end: "…, would now open")
        cut = had.end() + end.start() if end else len(plain)
        plain = _HORIZON_ONLY.sub(" ", plain[:had.start()] + " " * (had.end() - had.start())
                                  + _BACKSHIFTED.sub(" ", plain[had.end():cut]) + plain[cut:])
    if any(not _past_framed(plain, m) for m in _FUTURE_EN.finditer(plain)) or _IF_CAN.match(said):
        return True
    return lemma in _FUTURE_CUES and not _PAST_EN.search(content.split(",")[0])


class _Sent:
    """Tree helpers over one sentence's tokens."""

    def __init__(self, toks: list[Token], lo: int, hi: int):
        self.t, self.lo, self.hi = toks, lo, hi
        self.kids: dict[int, list[int]] = {}
        for k in range(lo, hi):
            h = toks[k].head
            if h != k and lo <= h < hi:
                self.kids.setdefault(h, []).append(k)

    def children(self, i: int, *deps: str) -> list[Token]:
        return [self.t[k] for k in self.kids.get(i, ()) if not deps or self.t[k].dep in deps]

    def span(self, i: int, skip: tuple[str, ...] = ()) -> tuple[int, int]:
        """Token range [a, b) of i's subtree, leaving out children with a dep in ``skip`` (the run
        of the subtree that is contiguous around i)."""
        members, stack = {i}, [i]
        while stack:
            k = stack.pop()
            for c in self.kids.get(k, ()):
                if c not in members and not (k == i and self.t[c].dep in skip):
                    members.add(c)
                    stack.append(c)
        a, b = i, i + 1
        while a - 1 in members:
            a -= 1
        while b in members:
            b += 1
        return a, b

    def subject(self, v: Token, body_start: int = 0) -> Token | None:
        """v's subject (the one nearest to it, outside a dateline), or the subject of the verb it
        hangs on (conj, advcl, xcomp, participles)."""
        seen = 0
        while v is not None and seen < 4:
            subj = [s if s.start >= body_start else next((a for a in self.children(s.i, "appos")
                                                          if a.start >= body_start), None)
                    for s in self.children(v.i, "nsubj", "nsubjpass")]
            subj = [s for s in subj if s is not None]
            if subj:  # the nearest; a name before a common noun ("co-founder Qiu Manting" parsed as two subjects)
                return min(subj, key=lambda s: (s.pos != "PROPN", abs(s.i - v.i)))
            if v.dep in ("conj", "advcl", "xcomp", "pcomp") and self.lo <= v.head < self.hi and v.head != v.i:
                v = self.t[v.head]
                seen += 1
                continue
            return None
        return None


def _source_span(st: _Sent, subj: Token, body_start: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(source chars, head chars): the subject phrase without relative clauses and trailing punctuation."""
    t = st.t
    if subj.text.lower() in _RELPRON and subj.dep == "nsubj":  # "X, who said …": the antecedent
        rel_verb = t[subj.head]
        if rel_verb.dep == "relcl" and st.lo <= rel_verb.head < st.hi:
            subj = t[rel_verb.head]
    a, b = st.span(subj.i, skip=("relcl", "acl"))
    while b > a + 1 and t[b - 1].pos == "PUNCT":
        b -= 1
    s, e = max(t[a].start, body_start), t[b - 1].end
    if e <= s:
        s = t[subj.i].start
    return (s, e), (subj.start, subj.end)


def _frames_in_sentence(p: Parse, st: _Sent, quotes: list[Quote], body_start: int, cfg) -> list[Frame]:
    text, t = p.text, st.t
    s_start, s_end = max(t[st.lo].start, body_start), t[st.hi - 1].end
    out: list[Frame] = []
    quoted = [(q.start, q.end) for q in quotes if q.speech and text[q.close:q.close + 1] in "\"”'"]
    for v in t[st.lo:st.hi]:
        lemma = v.lemma.lower()
        if any(a <= v.start < b for a, b in quoted):
            continue  # a cue inside a quote is part of what the quoted speaker says
        # "The Lakeside Growers Council (LGC) estimated in its survey that …" parsed as a noun with a reduced
        # relative: the noun is the subject when it heads the sentence and the verb has a clause
        rooted_acl = v.dep == "acl" and st.lo <= v.head < st.hi and t[v.head].dep == "ROOT" and \
            t[v.head].pos in ("NOUN", "PROPN") and v.text.endswith("ed") and \
            any(c.dep == "ccomp" for c in st.children(v.i))
        # "X of Hanh Long Securities forecast that …": a cue the tagger reads as a name word, at the root
        # with its subject and a clause
        noun_cue = v.pos in ("PROPN", "NOUN") and v.dep == "ROOT" and lemma in _REPORTING and \
            bool(st.children(v.i, "nsubj")) and any(c.dep == "ccomp" for c in st.children(v.i))
        # "Analysts see Lekki's throughput rising 18% this year": seeing a thing happen ahead is expecting it
        if v.text.lower() in ("see", "sees") and v.pos == "VERB" and any(
                c.dep == "ccomp" and c.i > v.i and c.text.endswith("ing") and st.children(c.i, "nsubj")
                and _AHEAD_WORDS.search(text, c.end, s_end) for c in st.children(v.i)):
            lemma = "expect"  # (with a time or an amount ahead: "sees workers leaving every day" is no forecast)
        if lemma == "guide" and v.pos == "VERB" and not st.children(v.i, "dobj") and any(
                pr.i > v.i and pr.text.lower() in ("for", "towards") and st.children(pr.i, "pobj")
                for pr in st.children(v.i, "prep")):
            lemma = "expect"  # "The group guided for a pre-tax profit of 6 billion yen": its guidance, a forecast
        if lemma not in _REPORTING or v.pos not in ("VERB",) and not noun_cue or (v.dep in ("amod", "compound", "acl", "pcomp",
                                                                               "nmod", "npadvmod") and not rooted_acl):
            continue
        if lemma == "point" and not st.children(v.i, "prt"):
            continue
        if v.dep == "relcl" and not any(c.text.lower() in _RELPRON for c in st.children(v.i, "nsubj")):
            continue
        passive = bool(st.children(v.i, "auxpass", "nsubjpass"))
        subj = t[v.head] if rooted_acl else st.subject(v, body_start)
        if passive:
            continue  # "is expected to", "was told": not a cue (the "it is expected that" frame is separate)
        if subj is None or subj.text.lower() in ("there", "you"):
            continue
        if subj.text.lower() in ("which", "that") and v.dep != "relcl":
            continue
        source, head = _source_span(st, subj, body_start)
        # "its managing director Ong Boon Hwa said": two subjects (of the verb whose subject "said" shares in
        # "X guided for … and said …")
        for other in st.children(subj.head if subj.dep == "nsubj" and not rooted_acl else v.i, "nsubj"):
            if other.i != subj.i and not rooted_acl:
                o_span, _ = _source_span(st, other, body_start)
                # (no gap, or a hyphen inside a name: "Officer Jane Roe" - "Smith")
                if o_span[1] <= source[0] and text[o_span[1]:source[0]].strip() in ("", "-"):
                    source = (o_span[0], source[1])
                elif source[1] <= o_span[0] and text[source[1]:o_span[0]].strip() in ("", "-") and o_span[1] <= v.start:
                    source = (source[0], o_span[1])
        if head[0] < body_start:
            continue
        if lemma in words_en.FROM_SOURCE_VERBS:  # "The reporter learned from the city bureau that …": the bureau
            giver = next((o for pr in st.children(v.i, "prep") if pr.text.lower() == "from"
                          for o in st.children(pr.i, "pobj")), None)
            clause = next((c for c in st.children(v.i, "ccomp") if c.i > v.i), None)
            if giver is None or clause is None:
                continue
            a, b = st.span(giver.i)
            gs, ge = t[a].start, t[b - 1].end
            cs = st.t[st.span(clause.i)[0]].start
            m = re.match(r"\s*that\b[\s,]*", text[ge:])
            cs = ge + m.end() if m and ge + m.end() <= cs + 1 else cs
            out.append(Frame(v.text, v.start, v.end, lemma, (gs, ge), (giver.start, giver.end),
                             (cs, _cut_end(p, cs, s_end, quotes))))
            continue
        if source[1] < v.start and is_anonymous(text[source[1]:v.start]):  # "…, who asked not to be named,"
            source = (source[0], len(text[:v.start].rstrip(" ,")))
        f = Frame(v.text, v.start, v.end, lemma, source, head, None)
        _attach_content(f, p, st, v, subj, quotes, s_start, s_end, lemma)
        if f.content is not None or f.quote is not None:
            out.append(f)
    # a claim noun with a that-clause: "expressed confidence that …", "his hope is that …"
    for t in st.t[st.lo:st.hi]:
        if t.pos != "NOUN" or t.lemma.lower() not in _CLAIM_NOUNS or any(f.cue_start <= t.start < f.cue_end or (
                f.content and f.content[0] <= t.start < f.content[1]) for f in out):
            continue
        clause = next((c for c in st.children(t.i, "acl", "ccomp", "relcl", "appos") if c.i > t.i and _has_that(st, c)
                       and text[t.end:st.t[st.span(c.i)[0]].start].strip().lower() in ("", "is", "was")),
                      None)
        if clause is None:
            continue
        owner = next(iter(st.children(t.i, "poss")), None)
        if owner is None and t.dep in ("dobj", "attr", "nsubj") and st.lo <= t.head < st.hi:
            owner = st.subject(st.t[t.head], body_start) if t.dep != "nsubj" else None
        source, head = _source_span(st, owner, body_start) if owner is not None else (None, None)
        cs = st.t[st.span(clause.i)[0]].start
        out.append(Frame(t.text, t.start, t.end, "expect" if t.lemma.lower() in _FORECAST_NOUNS else None, source,
                         head, (cs, _cut_end(p, cs, s_end, quotes))))
    # "it is expected that …"
    sent = text[s_start:s_end]
    for m in _IT_EXPECTED.finditer(sent):
        cs = s_start + m.end()
        out.append(Frame(m.group(0).split()[2], s_start + m.start(), cs, None, None, None, (cs, _cut_end(p, cs, s_end,
                                                                                                             quotes))))
    return out


def _attach_content(f: Frame, p: Parse, st: _Sent, v: Token, subj: Token, quotes: list[Quote], s_start: int,
                    s_end: int, lemma: str) -> None:
    text = p.text
    if v.dep == "relcl":  # "X, which said that …, kept its outlook": the content ends with the clause
        s_end = min(s_end, st.t[st.span(v.i)[1] - 1].end)
    src_first = min(f.source[0], v.start)
    # the cue's own words end after its object: "told Northgate Wire", "told the audience"
    cue_end = max(v.end, f.source[1])
    for o in st.children(v.i, "dobj", "dative"):
        if o.i > v.i and lemma in ("tell", "assure", "remind", "inform", "brief"):
            cue_end = max(cue_end, st.t[st.span(o.i)[1] - 1].end)
    tail = text[cue_end:s_end]
    # 1. the quote that ends just before the source and cue: “…,” she said / “…,” said Pan
    prior = [q for q in quotes if q.close < src_first]
    # "“…,” he said, adding that …": the quote is the saying's, not the adding's
    next_to_source = f.source[0] > v.start or not re.search(r"\w", text[f.source[1]:v.start])
    if prior and prior[-1].speech and next_to_source and re.fullmatch(r"[\s,—–-]*", text[prior[-1].close + 1:src_first]) and \
            (text[prior[-1].end - 1:prior[-1].end] in (",", "，") or _ADVERBIAL_TAIL.fullmatch(tail)):
        f.quote = prior[-1]
        f.content = (prior[-1].start, prior[-1].end)
        return
    # 2. the quote that starts just after the cue: said: “…” / told reporters, “…”
    after = max(v.end, f.source[1] if f.source[0] > v.start else v.end)
    for q in quotes:
        if q.open >= after and q.speech:
            gap = text[after:q.open]
            if re.fullmatch(r"(?:\s+(?:to\s+)?(?:the\s+)?(?:reporters?|journalists|us|him|her|them|the \w+)|"
                            r"\s+(?:in|at|on|during|after|before|with|to|from)\b[^.!?\"“”]{0,80}?)?\s*[,:—–-]?\s*",
                            gap):
                f.quote = q
                f.content = (q.start, q.end)
                return
            break
    # 3. "X, he said, Y": the clause before a source and cue set off by commas
    head_text = text[s_start:src_first]
    if re.search(r",\s*$", head_text) and re.match(r"\s*,", tail) and long_enough(head_text, "en", _MIN) and \
            not _SUBORDINATE.match(head_text.lstrip()):
        f.content = (s_start, s_start + len(head_text.rstrip(" ,")))
        return
    # 4. the complement clause after the cue, up to the sentence's end
    comp = next((c for c in st.children(v.i, "ccomp", "xcomp", "advcl") if c.i > v.i and
                 (c.dep == "ccomp" or (c.dep == "xcomp" and st.children(c.i, "nsubj")) or
                  (c.dep in ("advcl", "xcomp") and _has_that(st, c)))), None)
    if comp is None:  # "promised the president-elect that …", "said in a statement that …": on a noun
        nouns = [o for o in st.children(v.i, "dobj", "dative") if o.i > v.i]
        nouns += [o for pr in st.children(v.i, "prep") if pr.i > v.i for o in st.children(pr.i, "pobj")]
        comp = next((c for o in nouns for c in st.children(o.i, "acl", "ccomp", "relcl") if _has_that(st, c) and
                     text[o.end:st.t[st.span(c.i)[0]].start].strip() == ""), None)
    if comp is None and lemma in _OBJECT_TO:
        comp = next((c for c in st.children(v.i, "dobj") if c.i > v.i and
                     re.match(r"[^.;\"“”]{0,80}?\bto\s+(?!\d|one|two|three|four|five|six|seven|eight|nine|ten)[a-z]",
                              text[c.end:s_end])), None)
    if comp is not None and lemma in _NEEDS_THAT and not _has_that(st, comp) and \
            not re.match(r"\s*(?:[,:]|that\b)", text[v.end:v.end + 8]) and \
            not (lemma in _SPEECH_WITHOUT_THAT and comp.dep == "ccomp" and _finite_clause(st, comp)) and \
            not (lemma in ("show", "indicate") and subj.lemma.lower() in _DATA_NOUNS and comp.dep == "ccomp" and
                 st.children(comp.i, "nsubj", "nsubjpass")):  # "Data from X show exports fell 8%"
        comp = None
    if comp is not None and (comp.dep in ("ccomp", "xcomp", "dobj") or _has_that(st, comp)):
        if comp.head != v.i:  # the clause of a noun: content starts at its "that"
            cs = st.t[st.span(comp.i)[0]].start
            f.content = (cs, _cut_end(p, cs, s_end, quotes))
            return
        a, _b = st.span(comp.i)
        a = max(a, v.i + 1)
        if comp.dep != "dobj":  # step over "reporters", "in an interview", "on Tuesday" between cue and clause
            while a < comp.i and _inside(st, a, v.i, ("prep", "npadvmod", "dative", "dobj", "advmod")):
                a += 1
        cs = st.t[a].start if a < st.hi else s_end
        f.content = (cs, _cut_end(p, cs, s_end, quotes))
        return
    # 4a. "said the stock's slide already prices in …" parsed with the clause's subject as the object of "said":
    # the clause runs from the object (not "said nothing", "said so", "said a prayer")
    if comp is None and lemma == "say":
        obj = next((o for o in st.children(v.i, "dobj") if o.i > v.i), None)
        if obj is not None and obj.text.lower() not in _SAID_OBJECTS and obj.pos in ("NOUN", "PROPN") and \
                any(t.pos in ("VERB", "AUX") or t.dep == "appos" for t in st.t[obj.i + 1:st.hi]):
            cs = st.t[max(st.span(obj.i)[0], v.i + 1)].start
            if not re.match(r"\s*(?:[,:]|that\b)", text[v.end:v.end + 8]) and long_enough(text[cs:s_end], "en", _MIN):
                f.content = (cs, _cut_end(p, cs, s_end, quotes))
                return
    # 4b. "told me on a call last week that …", "introduced to the reporter that …": a "that" after the cue's
    # object and adverbials that the parse hung elsewhere, before a clause with a verb of its own
    # ("told shareholders in a separate letter that the board expects …": a told object of any name; a "that"
    # the parse took for a pronoun is a conjunction when a determiner or pronoun opens the clause after it)
    telling = lemma in ("tell", "introduce", "inform", "brief", "assure", "remind")
    m = _THAT_AFTER_CUE.match(text, cue_end, s_end) or (_THAT_AFTER_OBJECT.match(text, v.end, s_end) if telling else None)
    if m and (m.start(1) > m.start() or telling):
        cs = m.end()
        opens = next((t for t in st.t[st.lo:st.hi] if t.start == cs), None)
        clause_after = opens is not None and opens.pos in ("DET", "PRON", "NUM") and opens.text.lower() not in ("that", "this")
        if _n_words(text[cs:s_end]) >= 4 and any(t.pos in ("VERB", "AUX") and cs <= t.start < s_end
                                                  for t in st.t[st.lo:st.hi]) and \
                not any(t.start == m.start(1) and t.dep in ("det", "nsubj", "dobj", "pobj") and t.pos != "SCONJ"
                        and not (telling and clause_after) for t in st.t[st.lo:st.hi]):
            f.content = (cs, _cut_end(p, cs, s_end, quotes))
            return
    # 5. a forecast of a thing: "expects about 90,000 visitors", "forecast GDP growth of 4.8% for 2024"
    if lemma in _FORECAST_OBJECT:
        obj = next((o for o in st.children(v.i, "dobj") if o.i > v.i), None) or \
            next((o for pr in st.children(v.i, "prep") if pr.i > v.i and pr.text.lower() in ("for", "towards")
                  and v.lemma.lower() == "guide" for o in st.children(pr.i, "pobj")), None)
        if obj is not None:
            cs = st.t[max(st.span(obj.i)[0], v.i + 1)].start
            cs += len(re.match(r"(?:[\w-]+ [\w-]+,\s+)?", text[cs:s_end]).group(0)) \
                if re.match(r"on (?:median|average|balance),", text[cs:s_end]) else 0
            if long_enough(text[cs:s_end], "en", _MIN):
                f.content = (cs, _cut_end(p, cs, s_end, quotes))
                return
    # 6. "said, …" / "said: …" with no parsed complement
    m = re.match(r"(?:\s+(?:in|at|on|during|with|to)\b[^,:.;\"“]{0,60})?\s*[,:]\s*(?=\w)", text[v.end:s_end])
    if m and lemma not in _NEEDS_THAT | {"add"} and subj.i < v.i:
        cs = v.end + m.end()
        if text[cs:cs + 1] not in "\"“" and len(text[cs:s_end].split()) >= 4 and not _SUBORDINATE.match(text[cs:]) \
                and not re.match(r"[a-z]+ing\b", text[cs:]):
            f.content = (cs, _cut_end(p, cs, s_end, quotes))
            return
    # 7. the clause before the source: "…, the council said (on Monday)."
    if _ADVERBIAL_TAIL.fullmatch(tail) and re.search(r"[.!?\"”]\s*$", text[s_start:s_end]) and \
            not (lemma == "expect" and re.match(r"\s+to\b", tail)):  # "…, expected to be finished by …": a participle
        m = re.search(r"[,\"”]\s*$", head_text)
        if m and not _ENDS_IN_CUE.search(head_text[:m.start()]) and (long_enough(head_text, "en", _MIN) or len(head_text.split()) == 3 and _WILL_CLAUSE.match(head_text)):
            f.content = (s_start, s_start + m.start())  # ("Pruitt will appeal, its counsel said": three words do)


# a clause that ends in its own cue ("The official in charge of the bureau said, …"): a source, no content
_ENDS_IN_CUE = re.compile(r"\b(?:said|says|told (?:reporters|journalists|the media)|stated|noted|added|explained|"
                          r"introduced|pointed out)\s*$")
# what shows a finding without "that": "Data from the statistics office show exports fell"
_DATA_NOUNS = frozenset({"data", "datum", "figure", "statistic", "number", "survey", "poll", "study", "report", "filing",
                         "census", "record", "document", "estimate", "analysis"})
# what "said" takes as a real object
_SAID_OBJECTS = frozenset({"it", "this", "that", "so", "nothing", "something", "anything", "everything", "goodbye",
                           "hello", "yes", "no", "little", "much", "more", "less", "thanks", "prayer", "prayers",
                           "words", "word", "things", "grace", "mass", "farewell", "sorry"})
_THAT_AFTER_CUE = re.compile(r"(?:\s+(?:me|us|him|her|them|(?:the\s+)?(?:reporters?|journalists?|audience|media|press)|"
                             r"(?:in|at|on|during|to|with|by|over|via|after|before|from)\b[^,.;:\"“”]{0,60}?)){0,3}?"
                             r"\s+(that)\s+")
_THAT_AFTER_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their|our)\s+)?(?!that\b)[\w'’-]+" + _THAT_AFTER_CUE.pattern)


_WILL_CLAUSE = re.compile(r"\s*[A-Z][\w'’-]*\s+(?:will|would|won't|can|cannot|must|should)\s+[a-z]+\s*[,\"”]\s*$")


class _MIN:  # minimum content size used inside frame finding (the configured one applies at the end)
    min_words_en = 4
    min_chars_zh = 4


def _finite_clause(st: _Sent, c: Token) -> bool:
    """c heads a clause with a subject before it and a tensed verb or auxiliary ("the plant would open")."""
    subj = any(k.dep in ("nsubj", "nsubjpass", "expl") and k.i < c.i for k in st.children(c.i))
    tensed = any(k.dep in ("aux", "auxpass") for k in st.children(c.i)) or c.pos == "AUX" or \
        re.search(r"(?:ed|s)$", c.text) is not None
    return subj and tensed


def _has_that(st: _Sent, c: Token) -> bool:
    return any(k.dep == "mark" and k.text.lower() == "that" for k in st.children(c.i))


def _inside(st: _Sent, a: int, v: int, deps: tuple[str, ...]) -> bool:
    """Token a belongs to a child of v with one of deps (an adverbial between the cue and its clause)."""
    k, n = a, 0
    while n < 6 and st.lo <= k < st.hi:
        h = st.t[k].head
        if h == v:
            return st.t[k].dep in deps
        if h == k:
            return False
        k, n = h, n + 1
    return False


def _cut_end(p: Parse, cs: int, s_end: int, quotes: list[Quote]) -> int:
    """Where indirect content starting at cs ends: the sentence's end, or before a quote that
    follows it (that quote is a claim of its own) or an "…, according to X" tail."""
    text = p.text
    ce = s_end
    for q in quotes:
        if q.speech and cs + 8 < q.open < ce and re.search(r"[,;:—–-]\s*$", text[cs:q.open]):
            ce = q.open
            break
    m = _CUT_TAIL.search(text, cs, ce)
    if m:
        ce = m.start()
    return ce


# "Chebet said the cooperative plans to …", "A sales clerk who did not want to be named said, their project
# sold …": a sentence that opens with its source and "said"/"says" where the parse found no frame
_SAID_SURFACE = re.compile(r"(?P<src>(?:[A-Z][\w.'’-]*|[Aa]n?|[Tt]he)(?: [\w.'’-]+){0,14}?(?:, [^,;:\"“”]{3,80},)?)"
                           r"\s+(?P<cue>said|says|expected|expects|predicted|predicts|forecast(?= that\b))(?:\s+(?:on|in|at|last|this)\s+\w+)?"
                           r"\s*(?:,\s*|\s+that\s+|\s+)"
                           r"(?=[\w\"“])")


def _said_by_surface(p: Parse, s_start: int, s_end: int, quotes: list[Quote]) -> list[Frame]:
    text = p.text
    m = _SAID_SURFACE.match(text, s_start, s_end)
    if m is None or any(q.open < m.end() <= q.end for q in quotes):
        return []
    src = m.group("src")
    # a source is a noun phrase: no finite verb of its own in front of "said" (bar an anonymity clause)
    if re.search(r"\b(?:is|are|was|were|has|have|had|will|would|did|does)\b", src) and not is_anonymous(src):
        return []
    cs = m.end()
    if text[cs:cs + 1] in "\"“" or len(text[cs:s_end].split()) < 4:
        return []
    if not any(t.pos in ("VERB", "AUX") for t in p.tokens if cs <= t.start < s_end):
        return []  # "said goodbye to her family", "said nothing about the case": no clause
    # "Grant expected aircraft lease rates to stay high …" when the parser reads "expected" as an adjective
    lemma = {"said": "say", "says": "say", "expected": "expect", "expects": "expect"}.get(m.group("cue"), "predict")
    return [Frame(m.group("cue"), m.start("cue"), m.end("cue"), lemma, m.span("src"), None,
                  (cs, _cut_end(p, cs, s_end, quotes)))]


# after a source set inside the sentence: "…, Deng said, and the airline is expected to launch …"
_AND_MORE = re.compile(r"(?:\s+(?:on|in|at|last|this)\s+\w+)?\s*,\s+and\s+(?=(?:the|a|an|its|their|it|he|she|they|we|"
                       r"[A-Z])\b)")


def _said_and_more(p: Parse, found: list[Frame], s_end: int, quotes: list[Quote]) -> list[Frame]:
    """A frame whose content comes before its source ("A, Deng said, and B"): B, a clause of its own
    after ", and", is the same source's second statement."""
    text, out = p.text, []
    for f in found:
        if f.content is None or f.source is None or f.quote is not None or f.content[1] > f.source[0]:
            continue
        m = _AND_MORE.match(text, f.cue_end)
        if m is None or any(g.content and g.content[0] < s_end and m.end() < g.content[1] for g in found):
            continue
        ce = _cut_end(p, m.end(), s_end, quotes)
        if len(text[m.end():ce].split()) >= 5 and any(t.pos in ("VERB", "AUX") for t in p.tokens
                                                       if m.end() <= t.start < ce):
            out.append(Frame(f.cue, f.cue_start, f.cue_end, f.lemma, f.source, f.head, (m.end(), ce)))
    return out


def _source_end(text: str, s: int, e: int):
    """The comma that ends "according to <source>, …": not one inside a company suffix ("Co., Ltd.") or
    brackets, and past a short appositive ("…, the market operator, the turnover …")."""
    depth, k = 0, s
    while k < e:
        ch = text[k]
        depth += ch in "(（[" and 1 or (-1 if ch in ")）]" and depth else 0)
        if ch == "," and not depth and not re.match(r",\s*(?:Ltd|Inc|LLC|Co|Plc|Corp|S\.A|N\.V|AG|GmbH)\b\.?",
                                                   text[k:k + 9]):
            m = re.compile(r",\s*").match(text, k)
            nxt = re.compile(r"(?:the|a|an|its|their) [a-z-]+(?: [a-z-]+){0,3}(?=,\s)").match(text, m.end())
            if nxt and not re.search(r"\b(?:is|are|was|were|will|has|have|had|would|can|could)\b|\w+ed\b",
                                     nxt.group(0)):
                k = nxt.end()
                continue
            return re.compile(r",\s*").match(text[s:e], m.start() - s)  # offsets relative to s
        k += 1
    return None


def _according_frames(p: Parse, s_start: int, s_end: int, quotes: list[Quote]) -> list[Frame]:
    text = p.text
    sent = text[s_start:s_end]
    out = []
    m = _ACCORDING.search(sent)
    if m:
        src_s = s_start + m.end()
        before = sent[:m.start()]
        if not before.strip(" ,") or re.fullmatch(r"(?i)\s*(?:and|but|also|however|meanwhile)?[\s,]*", before):
            tail = _source_end(text, src_s, s_end)
            if tail:
                src_e = src_s + tail.start()
                cs = src_s + tail.end()
                out.append(Frame(m.group(0).strip(), s_start + m.start(), src_s, None, (src_s, src_e), None,
                                 (cs, _cut_end(p, cs, s_end, quotes))))
        elif re.search(r"[,\"”]\s*$", before) or (
                len(before.split()) >= 5 and re.fullmatch(r"(?:the\s+|a\s+|an\s+)?[A-Z][^,;:\"“”]{0,60}?[.!?]?\s*",
                                                             text[src_s:s_end])):  # "… a year according to the Post."
            src_e = len(text[:s_end].rstrip(" .!?"))
            cs = s_start
            out.append(Frame(m.group(0).strip(), s_start + m.start(), src_s, None, (src_s, src_e), None,
                             (cs, s_start + len(before.rstrip(" ,")))))
    else:
        m = _CONSENSUS.search(sent)
        if m:
            cs = s_start + m.end()
            out.append(Frame(m.group(0).split()[0], s_start + m.start(), cs, None, None, None,
                             (cs, _cut_end(p, cs, s_end, quotes))))
    return out


def claims_en(p: Parse, cfg, date=None) -> list[RawClaim]:
    """Claims of one paragraph; ``date``: the article's (year, month, day), for days ahead of it."""
    p = with_plain_quotes(p)
    text, toks = p.text, p.tokens
    lead = _CLOSED_BEFORE.match(text)
    if lead:  # the mark closes the quote of the unit before: no quote opens here
        k = lead.start("mark")
        quotes = find_quotes(text[:k] + " " + text[k + 1:], "en")
    else:
        quotes = find_quotes(text, "en")
    intros = []  # "Lu Haoming, chief economist at Dachuan Securities:" on a line over a quote
    for m in _INTRO_LINE.finditer(text):
        q = next((q for q in quotes if q.speech and q.open >= m.end() and not text[m.end():q.open].strip()), None)
        if q is not None:
            intros.append(Frame(":", m.end(1), m.end(), None, m.span(1), None, (q.start, q.end), q))
        elif not text[m.end():].strip() and not text[:m.start()].strip():  # the line alone: the next paragraph
            return [RawClaim(m.end(1), m.end(1), None, m.start(1), m.span(1), m.group(1), False, None, points=1)]
    if _QUESTION_EN.match(text):
        return []  # "Q: What is your guidance for next year?": the interviewer asks
    answer = _ANSWER_EN.match(text)
    m = _DATELINE.match(text)
    body_start = m.end() if m else 0
    sents = _mend_stray_stops(p, [(lo, hi) for lo, hi in p.sents if hi > lo])
    frames: list[Frame] = []
    for lo, hi in sents:
        st = _Sent(toks, lo, hi)
        found = _frames_in_sentence(p, st, quotes, body_start, cfg)
        s_start, s_end = max(toks[lo].start, body_start), toks[hi - 1].end
        for f in _according_frames(p, s_start, s_end, quotes):
            same = [g for g in found if _overlap(f.content, g.content)]
            if not same:
                found.append(f)
            elif f.source is not None and re.match(r"[A-Z]", text[f.source[0]:f.source[1]]) and \
                    not is_unnamed_source(text[f.source[0]:f.source[1]]):
                for g in same:  # "Analysts had expected …, according to X Data": X compiled what the unnamed said
                    if g.source is not None and is_unnamed_source(text[g.source[0]:g.source[1]]):
                        g.source, g.head = f.source, f.head
        if not found:
            found = _said_by_surface(p, s_start, s_end, quotes)
        found += _said_and_more(p, found, s_end, quotes)
        frames.extend(found)
    frames += _chinese_frames(text, quotes, frames)
    frames = _drop_nested(frames + intros, text)
    claims: list[RawClaim] = []
    used: list[tuple[int, int]] = []
    for f in frames:
        for s, e in (split_sentences_en(text, *f.content) if f.quote else split_en(p, *f.content)):
            c = content_claim(text, s, e, "en", f.cue, f.cue_start, f.source, f.head,
                              lambda x, s=s, e=e: (_is_future(x, f.lemma, quoted=f.quote is not None) or
                                                   _scheduled_day(p, s, e, date)) and
                              not (f.lemma in _FUTURE_CUES and _PAST_CUE.search(text[max(0, f.cue_start - 30):
                                                                                     f.cue_start])
                                   and not (f.cue and not f.cue.endswith("ed") and  # "I'd expect": would, not had
                                            re.search(r"['’]d\s+$", text[max(0, f.cue_start - 5):f.cue_start])))
                              and not _superseded(text, f, x))
            if c and long_enough(text[c.start:c.end], "en", cfg) and not _asks(text[c.start:c.end]):
                claims.append(c)
                used.append((c.start, c.end))
    # quotes that no frame took: the nearest frame's source
    for q in quotes:
        if not q.speech or any(_overlap((q.start, q.end), u) for u in used):
            continue
        f = _nearest_frame(frames, q, text)
        for s, e in split_sentences_en(text, q.start, q.end):
            c = content_claim(text, s, e, "en", f.cue if f else None, f.cue_start if f else q.open,
                              f.source if f else None, f.head if f else None,
                              lambda x: _is_future(x, quoted=True))
            if c and long_enough(text[c.start:c.end], "en", cfg) and not _asks(text[c.start:c.end]):
                claims.append(c if f else _orphan(c))
                used.append((c.start, c.end))
    if answer:  # an interview's answer: what no frame or quote in it took is the interviewee's, and so is what
        # "I" or "we" say in it ("We expect sales of …")
        claims = [replace(c, answer=True) if (c.source_text or "").strip().lower() in ("i", "we") else c for c in claims]
        claims += [c for c in _answer_claims(p, answer, cfg) if not any(_overlap((c.start, c.end), u) for u in used)]
        return sorted(claims, key=lambda c: c.start)
    # a fact box's line with a figure for this year or a later one: "Capacity: 320,000 t/year by end of 2026"
    for m in _FACT_LINE.finditer(text):
        if date is not None and _fact_ahead(m, date[0]) and not any(_overlap(m.span(), u) for u in used):
            c = content_claim(text, m.start(), m.end(), "en", None, m.start(), None, None, lambda x: True)
            if c:
                claims.append(c)
                used.append((c.start, c.end))
    # the article's own voice, about the future
    for lo, hi in sents:
        s_start, s_end = max(toks[lo].start, body_start), toks[hi - 1].end
        if s_end <= s_start or any(_overlap((s_start, s_end), u) for u in used):
            continue
        sent = text[s_start:s_end]
        if not (_own_voice_future(sent) or _scheduled_day(p, s_start, s_end, date)) or sent.rstrip().endswith("?") or \
                _looks_like_headline(sent) or \
                _CAPTION_EN.search(text[s_start:s_end + 60].split("\n")[0]):
            continue
        # "The council approved the budget last week; construction begins next month": the part after
        # the semicolon is the forecast
        # (and after ", and"/", but"/", though": "X is in talks about a course, and the first students are expected
        # to start in September")
        cuts = [0] + [m.end() for m in re.finditer(r";\s+|,\s+(?:and|but|though|although|while)\s+(?=(?:the|a|an|its|it|"
                                                   r"they|we|he|she|no|[A-Z][\w'’-]*)\b)", sent)] + [len(sent)]
        s_start += next(a for a, b in zip(cuts, cuts[1:]) if _own_voice_future(sent[a:b]) or b == len(sent) or
                        not re.search(r";\s*$", sent[:b]) and not re.search(r"\b(?:is|are|was|were|has|have|had)\b", sent[a:b]) and
                        not _PAST_EN.search(sent[a:b]))  # (a part before ", and" that tells a fact of now or the past)
        # "…invested 140 million euros in the plant, which will employ about 450 people by 2026": the
        # closing clause about the plant is the forecast
        tail = re.search(r",\s+(?:which|who)\s+(?=(?:[^,;:]|,(?=\d))*$)", text[s_start:s_end])
        if tail and not _own_voice_future(text[s_start:s_start + tail.start()]):
            s_start += tail.end()
        cs, ce = _own_voice_span(text, s_start, s_end)
        if len(text[cs:ce].split()) >= max(cfg.min_words_en, 5):
            source, head = _intention_holder(p, _Sent(toks, lo, hi), cs, ce, body_start)
            c = content_claim(text, cs, ce, "en", None, s_start, source, head, lambda x: True)
            if c:
                claims.append(c)
                used.append((c.start, c.end))
    if lead:  # its source speaks the quote of the unit before
        claims.append(RawClaim(lead.end("src"), lead.end("src"), lead.group("cue"), lead.start("cue"), lead.span("src"),
                               lead.group("src"), False, None, points=-1))
    return sorted(claims, key=lambda c: c.start)


# a paragraph whose language changes after a quote: the quote is the unit before, and this one opens
# with the quote's closing mark and its source by name ('"新加坡的土地太贵了。" 冯立鸿 told this newspaper …') or
# by pronoun ('" she said.': the person named just before, when no earlier quote gave the quote its speaker)
_CLOSED_BEFORE = re.compile(r"\s*(?P<mark>[\"”])\s+(?P<src>[\u4e00-\u9fff·]{2,5}|[Hh]e|[Ss]he|"
                            r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                            r"\s+(?:also\s+)?(?P<cue>said|says|added|told|explained|noted|stressed)\b")

# stray dots scraped into a sentence ("cut the number of . . product SKUs by half", one dot left after
# cleaning), set apart by a space: the parser ends a sentence there, but a sentence does not end on
# a preposition, article or conjunction
_STRAY_STOPS = re.compile(r"\s\.(?:\s*\.)*\s*$")
_CANNOT_END = ("ADP", "DET", "CCONJ", "SCONJ", "PART")


# a fact box's line: a short label, a colon, a figure (no sentence: no full stop at its end)
_FACT_LINE = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][\w&/.' -]{1,40}?)[ \t]*:[ \t]+"
                        r"(?P<value>(?:[^\n:(]|\([^)\n]*\)){3,160}?)[ \t]*$")
_FACT_LABEL_NOT = re.compile(r"(?i)\b(?:tel|phone|fax|e-?mail|web(?:site)?|address|contact|source|editor|photo|"
                             r"reporter|author|posted|updated|published|date|time|share|tags?|hotline|whatsapp|wechat|qq|"
                             r"attachments?|appendix|annex|file|download|form|link|note|read|see)\b")
_FACT_YEAR = re.compile(r"\b(?:FY|Q[1-4]\s*)?(20\d\d)\b")  # (mid-2028, end-2026: the year after its hyphen)


def _fact_ahead(m: re.Match, year: int) -> bool:
    """A fact-box line states a figure for the article's year or a later one (first year written in it), and is no
    contact or page label; "(FY2025: $5.2bn)" in brackets is the comparison, not the figure."""
    if _FACT_LABEL_NOT.search(m.group("label")) or re.search(r"[.!?]\s*$", m.group("value")) or \
            not re.search(r"\d", m.group("value")) or \
            len(m.group(0).split()) > 24:
        return False
    label_year = _FACT_YEAR.search(m.group("label"))
    value = re.sub(r"\([^)]*\)|\b(?:from|than|versus|vs\.?)\s+[^,;]*", " ", m.group("value"))
    first = label_year or _FACT_YEAR.search(value)
    # a figure besides the year ("11.9 bln liters in 2026"), or a date alone under a label that looks ahead
    # ("First power: Q4 2030", "Completion: mid-2028"; not "Founded: 2025", "Listed: Q1 2025")
    figure = re.search(r"\d", _FACT_YEAR.sub(" ", value)) or len(value.split()) <= 3 and \
        re.search(r"(?i)\b(?:target|completion|complete|start|first|launch|opening|commissioning|due|expected|"
                  r"forecast|estimate|outlook|guidance|plan|goal|delivery|production)\b", m.group("label"))
    return first is not None and int(first.group(1)) >= year and bool(figure)


# an interview's question and answer: "Q: …" / "A: …" (or "Question:" / "Answer:") open the paragraph
_QUESTION_EN = re.compile(r"^\s*" + QUESTION_MARKS + r"\s*[:：]\s*")
_ANSWER_EN = re.compile(r"^\s*" + ANSWER_MARKS + r"\s*[:：]\s*(?=\S)")


def _answer_claims(p: Parse, m: re.Match, cfg) -> list[RawClaim]:
    """An interview's answer: each of its sentences a claim of the interviewee, in their own words (a "would"
    of a wish is no forecast, as in a quote), split where a new statement starts."""
    text, out = p.text, []
    for lo, hi in p.sents:
        if hi <= lo:
            continue
        s_start, s_end = max(p.tokens[lo].start, m.end()), p.tokens[hi - 1].end
        if s_end <= s_start or text[s_start:s_end].rstrip().endswith("?"):
            continue
        for s, e in split_en(p, s_start, s_end):
            c = content_claim(text, s, e, "en", None, m.start(), None, None, lambda x: _is_future(x, quoted=True))
            if c and len(text[c.start:c.end].split()) >= max(cfg.min_words_en, 5) and not _asks(text[c.start:c.end]):
                out.append(replace(c, answer=True))  # (not "Better than we feared", "I understand that")
    return out


def _mend_stray_stops(p: Parse, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence that the parser cut at stray dots after a word that cannot end one to the
    sentence after it, when that one goes on in lower case."""
    out: list[tuple[int, int]] = []
    toks = p.tokens
    for lo, hi in sents:
        if out:
            plo, phi = out[-1]
            words = [t for t in toks[plo:phi] if t.pos != "PUNCT"]
            if words and words[-1].pos in _CANNOT_END and phi == lo and toks[lo].text[:1].islower() and \
                    _STRAY_STOPS.search(p.text[toks[plo].start:toks[phi - 1].end]):
                out[-1] = (plo, hi)
                continue
        out.append((lo, hi))
    return out


_ZH_CUE = r"(?:表示|说|称|指出|强调|透露|介绍|回应|坦言|直言|补充|认为|预计|笑称|感叹)(?:说|道)?"
# a Chinese cue around a quote in an English paragraph (the language changes inside the paragraph):
# 该公司发言人表示："We remain committed …" / "Retail has to become a destination," 何家聪说。
_ZH_CUE_BEFORE = re.compile(r"(?P<src>[\u4e00-\u9fff][^\s，。：:“”\"！？]{0,30}?)(?P<cue>" + _ZH_CUE + r")\s*[：:，,]\s*$")
_ZH_CUE_AFTER = re.compile(r"\s*[，,。]?\s*(?P<src>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z·]{0,11}?)(?:又|也|还|则|同时)?"
                           r"(?P<cue>" + _ZH_CUE + r")(?=\s*[。，,.：:]|\s*$)")


def _chinese_frames(text: str, quotes: list[Quote], frames: list[Frame]) -> list[Frame]:
    """Frames for quotes whose cue is Chinese in an English paragraph."""
    simple = simplified_chars(text)
    out = []
    for q in quotes:
        if not q.speech or any(f.content and _overlap(f.content, (q.start, q.end)) for f in frames):
            continue
        m = _ZH_CUE_AFTER.match(simple, q.close + 1) if q.close < len(text) else None
        if m is None:
            m = _ZH_CUE_BEFORE.search(simple, 0, q.open)
        if m:
            out.append(Frame(m.group("cue"), m.start("cue"), m.end("cue"), None, m.span("src"), None,
                             (q.start, q.end), q))
    return out


# a picture caption: "Photo: …", "Pictured: …", "… (Photo: Li Ming/Xinhua)"
_CAPTION_EN = re.compile(r"(?i)^\s*(?:(?:file |top |above |below |main |inset )?(?:photo|picture|image|caption|"
                         r"pictured|photograph)s?\b[^:\n]{0,40}[:：]|▲)|[(\[](?:photo|picture|image)s?\b[^)\]]{0,60}[)\]]")


def _own_voice_future(sent: str) -> bool:
    """A sentence in the article's own voice about the future: a future form that is no plan of the past
    ("was expected to open last year"), or a time ahead in a clause with no past form."""
    # a future form only in an aside about someone or something ("Ruth Calloway, who will retire next year,
    # joined the bank in 1990") leaves the sentence about the past
    plain = _EMBEDDED_Q.sub(" ", _ASIDE.sub(" ", sent))
    # "X agreed to buy Y last week, as it wagers that supermarkets will keep shifting away from plastic": a
    # future form only in a closing clause of reason or view, after a main clause told in the past
    tail = _REASON_TAIL.search(plain)
    if tail and _PAST_MAIN.search(plain[:tail.start()]):
        plain = plain[:tail.start()]
    # "A law that will take effect in January has already drawn criticism": the future form describes the
    # subject; the sentence tells what is
    plain = _REL_WILL.sub(" ", plain)
    if _NOBODY_BELIEVES.match(plain):  # "Not everyone is convinced the boom will last": a view nobody here holds
        return False
    return any(not _past_framed(plain, m) for m in _OWN_VOICE_EN.finditer(plain)) or _time_ahead_plan(plain)


def _scheduled_day(p: Parse, s: int, e: int, date) -> bool:
    """A statement in the present placed on a day ahead: a schedule or a deadline ("Submissions close on
    30 June", "The fair's third phase opens on Oct. 31", "every member must apply by March 15"). The day
    follows on/by/before/until and belongs to the verb, not to a noun ("before the Nov. 8 election"); the
    clause is a main one (not "With days to go until …") whose verbs are all in the present (no past form,
    no "has", no "-ing"); the day lies after the article's date when the article gives one."""
    text, toks = p.text, p.tokens
    for m in DAY_EN.finditer(text, s, e):
        pre = re.search(r"(?i)\b(on|by|before|until|till|through|no later than)\s+$", text[max(s, m.start() - 20):m.start()])
        if not pre or day_ahead(m, date) is False:
            continue
        prep_at = max(s, m.start() - 20) + pre.start(1)
        prep = next((t for t in toks if t.start == prep_at), None)
        if prep is None or not (0 <= prep.head < len(toks)) or toks[prep.head].pos in ("NOUN", "PROPN", "NUM") or \
                toks[prep.head].dep in ("acl", "relcl", "pcomp", "amod"):
            continue  # "two weeks before the Nov. 8 election", "the decision to act days before Nov. 8 set off …"
        a = max([s] + [text.rfind(x, s, m.start()) + 1 for x in ",;:\"“”"])
        b = min([e] + [k for k in (text.find(x, m.end(), e) for x in ",;:\"“”") if k != -1])
        if re.match(r"\s*(?i:with|as|after|before|when|while|until|since|if|though|although|because|once)\b",
                    text[a:b]):
            continue
        verbs = [t for t in toks if a <= t.start and t.end <= b and t.pos in ("VERB", "AUX")]
        if verbs and all(_present(t) or (k > 0 and verbs[k - 1].pos == "AUX" and _present(verbs[k - 1]) and
                                         verbs[k - 1].end + 1 >= t.start)  # "can be lodged": a present passive
                         for k, t in enumerate(verbs)) and not _PAST_EN.search(text[a:b]):
            return True
    return False


def _present(t: Token) -> bool:
    """A verb in the present or a bare infinitive: "opens", "close", "must", "is" (not "opened", "has",
    "opening")."""
    w, lemma = t.text.lower(), t.lemma.lower()
    if w in ("has", "have", "had", "did", "was", "were", "been", "being", "would", "could", "might", "should"):
        return False
    return w in (lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies", "is", "are", "am", "'s", "’s", "'re", "’re",
                 "does", "do", "can", "must", "may")


_NOBODY_BELIEVES = re.compile(r"(?i)^\s*(?:not everyone|not all|few|no one|nobody|none)\b[^,;.]{0,40}?\b(?:convinced|sure|"
                              r"certain|believes?|thinks?|expects?|agrees?)\b")
_REL_WILL = re.compile(r"(?i)\b(?:that|which|who)\s+will\s+[^,;:.]{1,80}?\s(?=(?:has|have|had|is|are|was|were|"
                       r"remains?|employs?|drew|draws?|already)\b)")
_REASON_TAIL = re.compile(r"(?i),\s+(?:as|because|since|amid|while|betting|wagering|hoping|aiming)\b(?:[^;]*)$")
_PAST_MAIN = re.compile(r"(?i)\b(?:\w+ed|agreed|bought|sold|made|took|won|cut|set|said|told|rose|fell|grew|began|"
                        r"announced|signed|paid|spent|was|were|had)\b")


_ASIDE = re.compile(r",\s+(?:who|which|whose)\b(?:[^,;:]|,(?=\d))*,(?=\s)")


def _orphan(c: RawClaim) -> RawClaim:
    """A quote with no frame in its paragraph: attribution gives it the previous paragraph's speaker."""
    return RawClaim(c.start, c.end, None, c.cue_pos, None, None, c.forecast, c.horizon, None, orphan=True)


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _drop_nested(frames: list[Frame], text: str) -> list[Frame]:
    """Drop a frame whose cue lies inside another frame's content; for "Pan said he expected …"
    keep the inner one (its pronoun source stands for Pan) and drop the outer."""
    drop: set[int] = set()
    for i, a in enumerate(frames):
        for j, b in enumerate(frames):
            if i == j or a.content is None or not (a.content[0] <= b.cue_start < a.content[1]):
                continue
            if a.quote is not None and b.quote is not None:
                continue
            if b.content is not None and b.content[0] <= a.cue_start < b.content[1]:
                drop.add(min(i, j, key=lambda k: frames[k].cue_start))  # each in the other: the later cue frames
                continue
            lead = re.sub(r"^that\s+", "", text[a.content[0]:b.cue_start].strip().lower())
            if b.source and lead in _PRONOUN_SUBJ and b.content and b.content[1] <= a.content[1] + 2:
                drop.add(i)
                if lead == "they" and a.source:  # "Analysts at X said in a note that they expect …": they are
                    b.source, b.head = a.source, a.head  # the outer source, which no pronoun rule finds
            elif b.source and b.content and a.quote is None and b.source[0] > a.content[0] and \
                    b.content[1] <= a.content[1] + 2 and \
                    re.search(r"(?:[,;]|,\s+and)\s*$", text[a.content[0]:b.source[0]]) and \
                    len(text[a.content[0]:b.source[0]].split()) >= 4 and (b.lemma is None or b.lemma in _REPORTING):
                # "…, Huang said, bookings are 30% higher than last year, she predicts the tour will …", "exports
                # rose 9.6%, and the association expects full-year exports to grow": a new statement with its own
                # source and cue after a comma ends the one before
                a.content = (a.content[0], len(re.sub(r",?\s+and\s*$", "", text[:b.source[0]]).rstrip(" ,;")))
            else:
                drop.add(j)
    return [f for k, f in enumerate(frames) if k not in drop]


def _nearest_frame(frames: list[Frame], q: Quote, text: str) -> Frame | None:
    """The frame a lone quote belongs to: one right after it that has no content of its own in
    front, else the nearest before it in the paragraph, else the nearest after."""
    before = [f for f in frames if f.cue_start < q.open and f.source is not None]
    after = [f for f in frames if f.cue_start > q.close and f.source is not None]
    if before:
        return before[-1]
    return after[0] if after else None


def split_en(p: Parse, cs: int, ce: int) -> list[tuple[int, int]]:
    """Split content at "and" where a new statement starts: ", and that …" / ", and it is expected
    that …"; a verb of its own that reports or plans ("… and expects presales to start …"); a clause
    whose forecast status differs from the statement before it ("it opposes the measures and will
    take steps"); a forecast with its own time ("…in 2025, and capacity will reach 2.5 GW by 2027")."""
    text = p.text
    seg = text[cs:ce]
    if _HAZARD_EN.search(seg) and not _FUTURE_EN.search(_MAY.sub(" ", seg)):
        return [(cs, ce)]  # a recall's hazard in parts ("may fail, and in extreme cases … may overheat"): one risk
    m = _BUT_SAID.search(seg)  # "…showed X was taking share, but warned that competition could squeeze margins"
    if m and _n_words(seg[:m.start()]) >= 4 and _n_words(seg[m.end():]) >= 4 and not _open_quote(seg[:m.start()]):
        return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
    m = _BUT_VIEW.search(seg)  # "…net income fell 9%, but it kept its forecast that loans will grow 5%"
    if m and _n_words(seg[:m.start()]) >= 4 and _n_words(seg[m.end():]) >= 3 and not _open_quote(seg[:m.start()]):
        return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
    for m in re.finditer(r";\s+", seg):  # "…had been scheduled to open before Christmas, but …; it is now set to
        left, right = seg[:m.start()], seg[m.end():]  # open in March": two statements, the turn at the semicolon
        if _n_words(left) >= 4 and _n_words(right) >= 4 and not _open_quote(left) and \
                _is_future(left) != _is_future(right):
            return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
    # translated English runs a plan on after a fact with a comma: "… has finished installing its kilns, it is
    # planned to start output in May", "…, striving to open the route within the year"
    m = re.search(r",\s*(?=it is (?:planned|expected|estimated|predicted|projected|scheduled) (?:to|that)\b|"
                  r"striving (?:to|for)\b|(?:the company|the firm|the group|it|we|they)\s+(?:will|plans? to|is "
                  r"expected to)\b)", seg)  # (", the company will first focus on …": a comma splice)
    if m and _n_words(seg[:m.start()]) >= 4 and _n_words(seg[m.end():]) >= 4 and not _open_quote(seg[:m.start()]) \
            and not _is_future(seg[:m.start()]) and \
            not re.match(r"(?i)(?:after|before|from|starting|since|until|once|when|while|with|by|in|on|at|during|"
                         r"following|as)\b", seg) and \
            re.search(r"\b(?:is|are|was|were|has|have|had)\b|\w+ed\b", seg[:m.start()]):  # (a clause of fact in front)
        return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
    for m in re.finditer(r",?\s+and\s+(?:that\s+(?!will\b|would\b|is\b|was\b|has\b|had\b|could\b|may\b|might\b|"
                         r"can\b|should\b)|it is (?:expected|estimated|predicted) that\s+)?", seg):
        left, right = seg[:m.start()], seg[m.end():]
        if _n_words(left) < 4 or _n_words(right) < 4 or _open_quote(left):
            continue
        marker = m.group(0)
        comma = marker.startswith(",")
        if "that" in marker or "it is" in marker:
            # ("had cleared Sh290 million of the arrears and that the balance would be paid by June": a turn ahead)
            if comma or (_is_future(left) != _is_future(right) and
                         (find_horizon(right, "en") or re.match(r"(?:\w+\s+){1,3}(?:expect|plan|intend|aim)", right))):
                return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
            continue
        last_at = left.rfind(", ") + 2 if ", " in left else 0
        last = left[last_at:]
        if comma and last_at and len(last.split()) <= 3 and not re.search(r"\b(?:is|are|was|were|will|would|has|have|had)\b|"
                                                                       r"\w+ed\b", last):
            continue  # "…if wives, girlfriends, mothers, and other relatives were included": a list
        lf, rf = _is_future(last), _is_future(right)
        if not lf and _is_future(left) and not _clause_has_subject(p, cs + last_at, cs + m.start()):
            lf = True  # "planned to add 1,500 beds, bringing its total to 6,000": still the plan
        right_subj = _clause_has_subject(p, cs + m.end(), ce)
        own_times = lf and rf and find_horizon(last, "en") and find_horizon(right, "en")
        verb_first = re.match(r"(?:will|would|plans?|planned|aims?|expects?|expected|intends?|is|are)\b", right)
        if _NEW_CUE.match(right):
            return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
        if not comma:
            if verb_first and (lf != rf or own_times):
                return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
            continue
        if (lf != rf and (right_subj or rf)) or (lf and rf and right_subj and find_horizon(right, "en")) or own_times:
            return [(cs, cs + m.start()), *split_en(p, cs + m.end(), ce)]
    return [(cs, ce)]


# "…, but warned that …": a statement of its own after a turn, told with a verb of speech
# (", though she warned that …", ", while he cautioned that …": the same after a concession)
_BUT_SAID = re.compile(r",\s+(?:but\s+(?:also\s+)?|(?:though|although|while)\s+(?:he|she|they|it)\s+(?:also\s+)?)"
                       r"(?:said|says|added|noted|warned|cautioned|stressed|insisted|"
                       r"conceded|acknowledged|admitted)\s+(?:that\s+)?")
# "…, but it stuck to its forecast that …", "and he repeated his view that …": a view of the source's own,
# given after a turn, is a statement of its own
_BUT_VIEW = re.compile(r",\s+(?:but|and|while)\s+(?:[\w'’-]+\s+){1,4}?(?:its|his|her|their|our|my)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:forecast|outlook|guidance|expectation|prediction|estimate|projection|view|belief|target|"
                       r"promise|pledge)s?\s+that\s+")
# a verb that opens a statement of its own after "and": "… and expects presales to start"
_NEW_CUE = re.compile(r"(?:expects?|expected|predicts?|predicted|forecasts?|said|says|added|noted|"
                      r"warned|estimated|believes?|believed|hopes?|hoped)\b")


def _n_words(s: str) -> int:
    """Words of a span, a Chinese passage inside English counted as one word per two characters."""
    return len(s.split()) + len(re.findall(r"[\u4e00-\u9fff]", s)) // 2


def _open_quote(s: str) -> bool:
    return s.count("“") > s.count("”") or s.count("\"") % 2 == 1


def split_sentences_en(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """A quote of several sentences, cut where its sentences turn from the present to the future or back."""
    bounds = [cs] + [cs + m.end() for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"“‘])", text[cs:ce])] + [ce]
    sents = [[a, b, _is_future(text[a:b], quoted=True)] for a, b in zip(bounds, bounds[1:])]
    for k in reversed(range(len(sents) - 1)):  # "Once the US starts cutting, … opens up. We expect it in Q4."
        if sents[k + 1][2] and re.match(r"(?:Once|If|When|Unless|Until|As soon as)\b", text[sents[k][0]:sents[k][1]]):
            sents[k][2] = True
    runs: list[list] = []
    for a, b, fut in sents:
        if runs and runs[-1][2] == fut:
            runs[-1][1] = b
        else:
            runs.append([a, b, fut])
    return [(a, b) for a, b, _ in runs]


def _clause_has_subject(p: Parse, s: int, e: int) -> bool:
    """The text from s starts a clause with its own subject (a finite verb whose subject is inside)."""
    toks = [t for t in p.tokens if s <= t.start < e]
    if not toks:
        return False
    idx = {t.i for t in toks}
    for t in toks[:12]:
        if t.dep in ("nsubj", "nsubjpass", "expl") and t.head in idx:
            return True
    return False


def _intention_holder(p: Parse, st: _Sent, cs: int, ce: int, body_start: int):
    """(source, head) of an own-voice sentence whose main verb states its subject's intention ("Google
    hopes to add …", "Ahn has pledged to cut …"): a named subject (or he/she) holds the plan and is its
    source. (None, None) for any other sentence: "the plant will open in May" is the article's own forecast."""
    root = next((t for t in st.t[st.lo:st.hi] if t.head == t.i and cs <= t.start < ce), None)
    if root is None or root.lemma.lower() not in _INTENT_VERBS or \
            not any(c.dep == "xcomp" and c.i > root.i for c in st.children(root.i)):
        return None, None
    subj = next((c for c in st.children(root.i, "nsubj") if c.start >= cs), None)
    if subj is None:
        return None, None
    source, head = _source_span(st, subj, max(body_start, cs))
    named = any(t.pos == "PROPN" for t in st.t[st.lo:st.hi] if source[0] <= t.start < source[1])
    if not named and subj.text.lower() not in ("he", "she"):  # "the city plans to …": nobody named
        return None, None
    return source, head


_INTENT_VERBS = frozenset(words_en.INTENT_VERBS)


def _looks_like_headline(sent: str) -> bool:
    s = sent.strip()
    return "\n" not in s and not re.search(r"[.!?\"”]$", s) and len(s.split()) <= 16


def _own_voice_span(text: str, s: int, e: int) -> tuple[int, int]:
    """The forecast of an own-voice sentence: without a lead-in ("In addition, ", "Under the plan, ")
    and without a trailing list of examples (", such as A, B and C")."""
    m = _LEAD_IN.match(text[s:e])
    if m:
        s += m.end()
    cut = re.search(r",\s+(?:such as|including|for example|e\.g\.)\s", text[s:e])
    if cut:
        e = s + cut.start()
    return trim(text, s, e, "en")
