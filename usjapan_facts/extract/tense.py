"""Whether a value is the fact's current one, from the words around it: the reader declines it when it is not.

A sentence may give a value it then says has changed, or one that never was in force. Each test here looks at the
value's own phrase (commas part phrases, `clauses` parts clauses) and declines rather than guesses:

- past beside now: its phrase is marked past ('before the 2022 election', 'was', 'in 2012') and another phrase speaks
  of now ('now holds', 'has since', 'cut to', 'in 2022' after 'in 2018'), whether or not the current value is read;
- a long-gone past ('once', 'at its peak', 'until 2019', 'during the pause'), or replaced later ('before
  the deal lowered it', 'It replaced the 15% rate');
- not in force: proposed, threatened, forecast, pending, possible ('may', 'could'), asked for by another
  party ('wants Japan to invest') or never applied ('has not been imposed'); an end of a range ('50,000-55,000');
- 'It' after a sentence on another country, Japan named only as what it is compared with.

Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.changed_since import change_size, changed_after, changed_since
from usjapan_facts.extract.clauses import clause_of, clauses, date_commas
from usjapan_facts.extract.later_changed import changed_later
from usjapan_facts.extract.not_in_force import (
    DEMANDED,
    DENIED,
    DENIED_WORDS,
    FLOATED,
    LETTER_FIRST,
    NEGATED,
    NOT_APPLIED,
    PLAN_CALLS,
    POSSIBLE,
)
from usjapan_facts.extract.quoted import in_quotation
from usjapan_facts.extract.ranges import in_range
from usjapan_facts.extract.vote_time import before_the_vote
from usjapan_facts.extract.word_choice import may_hold
from usjapan_facts.extract.year_roles import COMPARED_YEAR, COUNTED_IN

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

"""Put before a pattern each match of which starts with a letter: the engine then turns most places down sooner than
its `\\b` and choice of words would (the same matches, in about two thirds of the time under re.IGNORECASE)."""
PAST_MARK = re.compile(
    r"(?=[a-z\d])\b(?:before|prior\s+to|previously|formerly|earlier|(?<!at\s)once(?!\s+(?:again|more))|used\s+to|had(?:\s+been)?|was|were|until|"
    r"at\s+the\s+time|back\s+then|then|planned|faced|\d{4}\s+levels?|"
    r"(?:19|20)\d{2}\s+(?:plan|roadmap|agreement|accord|deal|framework|pact|election|vote))\b",
    I,
)
"""Words that put a value of its clause in the past."""
_DATED = re.compile(
    rf"{LETTER_FIRST}\b(?:in|during|as\s+of)\s+(?:FY\s?)?(?:(?:early|late|mid-?)\s*)?(?:{p.MONTH}\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    I,
)
"""A date of a value's clause: past when its year is before the cover's."""
NOW_MARK = re.compile(
    rf"{LETTER_FIRST}\b(?:now|currently|today|at\s+present|presently|ha(?:s|ve)\s+since|since\s+then|these\s+days|"
    r"as\s+of\s+(?:now|today)|later|subsequently|since\s+been|revis\w*|"
    r"(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved|grew|shrank)\s+(?:back\s+)?to|"
    r"(?:cut|reduced|lowered|raised|trimmed|increased|halved)\s+(?:(?:that|this|it|them|the\s+(?:number|figure|total|rate|goal|target))\s+)?to)\b",
    I,
)
"""Words that say a clause states how things are now, or what a value has become since."""
LONG_PAST = re.compile(
    rf"{LETTER_FIRST}\b(?:(?<!at\s)once(?!\s+(?:again|more|a\s+year|every|a\s+month))|formerly|used\s+to|originally|initially|at\s+(?:its|the(?:ir)?)\s+(?:peak|height)|peak(?:ed|ing)|"
    r"(?:decades?|generations?)\s+(?:ago|earlier|before)|(?:\w+|\d+)\s+years\s+ago|as\s+(?:recently|late)\s+as|(?:during|at\s+the\s+end\s+of)\s+the\s+(?:occupation|Cold\s+War)|"
    r"briefly|temporarily|for\s+a\s+(?:time|while)|(?<!illion\s)at\s+the\s+time(?!\s+of\s+(?:this\s+)?writing)|(?:previously|earlier)(?=\s+(?:the|an?|its|their|ranked)\s)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+years?\s+(?:earlier|before)|"
    r"the\s+(?:year|month)\s+before|the\s+(?:previous|prior|preceding)\s+year|"
    r"until\s+[^,;]{0,40}?\b(?:overtook|surpassed|passed|replaced|displaced|took\s+over|ended|lost)|"
    r"during\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:pause|truce|suspension|interim|transition))\b",
    I,
)
"""Words that put a value in a past long gone, current or not what the sentence says now ('previously the second-largest
holder, Japan ...': a standing the subject had before)."""
_LONG_PAST_WORDS = ("once", "formerl", "used", "originally", "initially", "peak", "height", "ago", "recently", "late",
                    "occupation", "cold", "briefly", "temporarily", "time", "while", "earlier", "before", "previous",
                    "prior", "preceding", "until", "during")  # fmt: skip
"""A word (lower case) each match of `LONG_PAST` holds (keep it so): a phrase without any is spared the pattern."""
_DECADE = re.compile(r"\bin\s+the\s+(?:(?:early|mid|late)[- ]?)?(?P<decade>(?:19|20)\d0)s\b", I)
"""A decade named: past when it ended before the cover's year ('in the 1990s'), to come when not ('the 2020s')."""
LONG_AGO = 10
"""Years before the cover beyond which a dated value is history, not the brief's current figure."""
_WHEN = re.compile(r"(?:When|While|Back\s+when)\b[^,;]{0,80}?\b(?:in|during)\s+(?P<year>(?:19|20)\d{2})\b")
_UNTIL = re.compile(r"\buntil\s+(?:(?:early|late|mid-?)\s*)?(?P<year>(?:19|20)\d{2})\b", I)
_OPENING = re.compile(
    r"[\s;,]*(?!Once\b|Formerly\b|Originally\b|Initially\b|Long\b)(?:[A-Z][\w-]*)(?:\s+[\w-]+){0,6},\s"
)
"""A clause's opening phrase; one that describes the subject's past ('Once the largest holder, Japan ...') is not."""
REPLACED = re.compile(
    rf"{LETTER_FIRST}\b(?:replac(?:ed|ing)|supersed(?:ed|ing)|in\s+place\s+of|instead\s+of|rather\s+than|down\s+from|up\s+from|"
    r"(?:rose|risen|grew|grown|climbed|increased|jumped|fell|fallen|declined|dropped|slipped|shrank|edged\s+(?:up|down))\s+"
    r"(?:\w+\s+)?from|(?:(?<=,\s)|(?:was|were|is|are)\s+)(?:up|down)\s+by\s+(?:[\w-]+\s+){1,4}?from)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:previous\s+|earlier\s+|former\s+|old\s+|prior\s+)?$",
    I,
)
"""Words right before a value that make it the one another replaced: 'It replaced the 15% rate', 'rose from $63
billion in 2016', 'down by about a sixth from $124 billion' (the value a change starts from)."""
_BUT = re.compile(r"[\s,]*(?:but|yet)\s", I)
_COMMA = re.compile(",")
_DIGIT = re.compile(r"\d")


_PLUPERFECT = re.compile(
    r"\bhad\s+(?:once\s+|long\s+|previously\s+)?(?:been|ranked|stood|placed|come|held)\b", re.IGNORECASE
)
"""A value told in the pluperfect ('had been fourth'): earlier than a value the sentence tells in the past."""


def past_beside_now(text: str, at: int, kin: tuple[int, ...] | None = None, year: int | None = None) -> bool:
    """Tell whether the value at `at` is marked past in its clause while another clause speaks of now. With `kin`
    (where the sentence's other values of the kind start), the clause that speaks of now must hold one: for a figure
    dated by its year ('In 2023, exports were $80 billion, and Japan is now ...' stays read)."""
    spans = all_phrases(text)
    own = clause_of(spans, at)
    if before_the_vote(text, at, NOW_MARK):
        return True  # 'Going into it, the coalition held about 57%; it came out with 122 of the 248 seats'
    dated = [int(match.group("year")) for match in _DATED.finditer(text, own[0], own[1])]
    past = PAST_MARK.search(text, own[0], own[1]) or any(year is None or found < year for found in dated)
    if not past or NOW_MARK.search(text[own[0] : own[1]]):
        return False
    if kin and _PLUPERFECT.search(text, own[0], own[1]):
        # 'Japan, which had been the fourth-largest partner, was fifth in 2022': what had been came before what was
        others = [
            (start, end) for start, end in spans if (start, end) != own and not _PLUPERFECT.search(text, start, end)
        ]
        if any(start <= other < end for start, end in others for other in kin):
            return True
    newest = max(dated) if dated and kin else 9999  # a later year, with a value: 'was fourth in 2018; in 2022 fifth'
    return any(
        (NOW_MARK.search(text[start:end]) or any(int(it["year"]) > newest for it in _DATED.finditer(text, start, end)))
        and (kin is None or any(start <= other < end for other in kin))
        for start, end in spans
        if (start, end) != own
    )


def _phrases(text: str, span: tuple[int, int], dated: frozenset[int]) -> list[tuple[int, int]]:
    commas = (match.start() for match in _COMMA.finditer(text, span[0] + 1, span[1]))
    cuts = [span[0], *(at for at in commas if not text[at + 1 : at + 2].isdigit() and at not in dated)]
    return [(start, end) for start, end in zip(cuts, [*cuts[1:], span[1]], strict=True) if end > start]


@lru_cache(maxsize=512)
def all_phrases(text: str) -> tuple[tuple[int, int], ...]:
    """The sentence's phrases as spans: its clauses, each cut again at commas (not a number's thousands comma).

    'where its share before the election was 57%, the coalition now holds ...' is two phrases.
    """
    dated = date_commas(text)  # 'in a July 7, 2025, letter to impose': one phrase
    return tuple(piece for span in clauses(text) for piece in _phrases(text, span, dated))


def _extent(text: str, at: int) -> tuple[int, int]:
    """The value's phrase and the phrases after it, up to the next figure, that carry its verb:
    'A target, reportedly 3.5%, is under discussion'."""
    phrases = all_phrases(text)
    start, end = clause_of(phrases, at)
    clause_end = clause_of(clauses(text), at)[1]
    for later_start, later_end in phrases:
        if later_start == end and later_end <= clause_end and not _DIGIT.search(text, later_start, later_end):
            end = later_end
    return start, end


def not_applied(text: str, at: int, extent: tuple[int, int] | None = None) -> bool:
    """Tell whether the value at `at` is proposed or planned in its phrase (or `extent`, where its verb reaches), or its
    clause says it never applied."""
    start, end = extent or _extent(text, at)
    if NOT_APPLIED.search(text, start, end):
        return True  # 'USTR has proposed a 17.5% tariff'
    spans = clauses(text)
    start, end = clause_of(spans, at)
    following = next((span for span in spans if span[0] == end), None)
    if following and _BUT.match(text, following[0]):
        end = following[1]  # 'was announced but never took effect': the same subject's other verb
    return NEGATED.search(text, start, end) is not None  # 'A 20% tariff, recommended by USTR, was never imposed'


def _found(pattern: re.Pattern[str], words: tuple[str, ...], text: str, start: int, end: int) -> bool:
    """Tell whether `pattern` matches from `start` to `end`, searched only where one of its `words` stands there."""
    return may_hold(text[start:end], words) and pattern.search(text, start, end) is not None


def long_past(
    text: str, at: int, year: int | None = None, *, dated_ok: bool = False, extent: tuple[int, int] | None = None
) -> bool:
    """Tell whether the value at `at` is of a past long gone: 'once', 'at its peak', 'until 2019' (before `year`).

    Or changed after it, up to where its verb reaches (`extent`): 'faced a 24% tariff in April before the July deal
    lowered it'.
    """
    start, end = clause_of(all_phrases(text), at)
    reach = (extent or _extent(text, at))[1]
    if _found(LONG_PAST, _LONG_PAST_WORDS, text, start, end) or changed_later(text, at, reach):
        return True
    if gone_decade(text, start, end, year):
        return True
    # A clause's opening phrase sets the time of all of it: 'During the pause, most imports faced 10%'.
    opening = _OPENING.match(text, clause_of(clauses(text), at)[0])
    if (
        opening
        and opening.end() <= at
        and (LONG_PAST.search(opening.group(0)) or gone_decade(opening.group(0), 0, len(opening.group(0)), year))
    ):
        return True
    if changed_since(text, at):
        return True  # 'grew from 2021, when exports were $112 billion': the year it grew from, not the current one
    if _found(REPLACED, ("replac", "supersed", "place", "instead", "rather", "from"), text, max(0, at - 40), at):
        return True  # 'It replaced the 15% rate set by the framework', 'rather than the 25% threatened'
    until = _UNTIL.search(text, start, end) if may_hold(text[start:end], ("until",)) else None
    if until is not None and year is not None and int(until.group("year")) < year:
        return True
    return not dated_ok and long_ago(text, at, year)


def gone_decade(text: str, start: int, end: int, year: int | None) -> bool:
    """Tell whether the span names a decade that ended before the cover's `year` (any decade, `year` unknown)."""
    decade = _DECADE.search(text, start, end) if may_hold(text[start:end], ("0s",)) else None
    return decade is not None and (year is None or int(decade.group("decade")) + 10 <= year)


def long_ago(text: str, at: int, year: int | None) -> bool:
    """Tell whether the value at `at` is dated ten years or more before the cover's `year`, in its own phrase or the
    statement's opening phrase: 'In 1972, when Okinawa reverted to Japan, it hosted 60%', 'Counted in 2012, ...'."""
    if year is None:
        return False
    start, end = clause_of(all_phrases(text), at)
    statement = text.rfind(";", 0, at) + 1
    statement += len(text[statement:at]) - len(text[statement:at].lstrip())
    opening = _DATED.match(text, statement) or _WHEN.match(text, statement) or COUNTED_IN.match(text, statement)
    dates = [*_DATED.finditer(text, start, end), *([opening] if opening else [])]
    dates = [match for match in dates if not COMPARED_YEAR.search(text, 0, match.start())]  # 'than in FY2013'
    return any(year - int(match.group("year")) >= LONG_AGO for match in dates)


_CONDITIONAL = re.compile(
    r",\s+(?:if|unless|were\s+(?:it|they|that|this)|should\s+(?:it|they|that|this)|had\s+(?:it|they|that|this))\b"
    r"[^,;]{1,60},\s+(?:[\w-]+\s+){0,2}?(?:would|could|might)\b",
    I,
)
"""A condition set off right after the value's phrase, then the verb it governs: 'A 25% tariff on autos, if imposed,
would affect ...', 'A force of 40,000, were it cut, could ...'."""
_CONDITION_WORDS = ("if ", "unless", "were ", "should ", "had ")


@lru_cache(maxsize=2048)
def not_current(
    text: str,
    at: int,
    *,
    year: int | None = None,
    planned: bool = False,
    kin: tuple[int, ...] | None = None,
    dated_ok: bool = False,
) -> bool:
    """Tell whether the value at `at` is not a current one: denied, the size of a change ('rose by $4 billion', how much
    a figure moved, not where it stands), quoted, of a long-gone past, an end of a range, possible, asked for, past
    where the sentence says now (for a dated figure, now with another value: `kin`), or (unless the fact is
    `planned`) proposed or pending. `year` is the cover's: a value dated before it is past, and one dated long
    before it history (unless `dated_ok`: the caller lets it give way with a note)."""
    extent = _extent(text, at)  # worked out once, for the three tests that ask where the value's verb reaches
    own, phrase_end = clause_of(all_phrases(text), at)
    if may_hold(text[own:at], DENIED_WORDS) and DENIED.search(text, own, at):
        return True  # 'Japan is no longer the largest holder', 'did not reach 2%': a value the sentence denies
    if change_size(text, at) or changed_after(text, at):
        return True  # 'rose by $4 billion' (how much it moved), '$700 billion in 2020, but it has since grown' (then)
    if in_quotation(text, at):
        return True  # 'Lutnick said Japan "will invest $1 trillion"': the speaker's words, not the brief's figure
    if (
        long_past(text, at, year, dated_ok=dated_ok, extent=extent)
        or (not planned and not_applied(text, at, extent))
        or in_range(text, at)
    ):
        return True
    start, end = extent
    if POSSIBLE.search(text, start, end):
        return True  # 'Japan may buy another 200 Tomahawks for about $1 billion'
    if may_hold(text[phrase_end : phrase_end + 12], _CONDITION_WORDS) and _CONDITIONAL.match(text, phrase_end):
        return True  # 'A tariff of 25% on autos, if imposed, would affect ...': a value supposed, not in force
    demanded = DEMANDED.search(text, start, at) or FLOATED.search(text, start, at)
    if demanded and not PLAN_CALLS.search(text, max(0, demanded.start() - 40), demanded.end()):
        return True  # 'The United States wants Japan to invest $1 trillion', 'Tokyo reportedly offered $400 billion'
    return past_beside_now(text, at, kin, year)
