"""What IF11120's rules read around a sentence: the sentence before it, and the clause a value stands in.

The brief often names a figure's year or a tariff's legal authority in the sentence before the one
that gives the figure ("In 2025, the stock of U.S. FDI ... Japanese FDI stock ... totaled $776 billion").
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.amount_clauses import ranked_last_year
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.rules.base import Context, I
from usjapan_facts.extract.stated_years import stated_year, year_in
from usjapan_facts.extract.text import Sentence

_CACHE: list[tuple[Context, dict[str, str]]] = []


def previous(text: str, context: Context) -> str:
    """The sentence right before `text` in the document, or '' for the first (from `context.following`)."""
    if not _CACHE or _CACHE[0][0] is not context:
        # One inverted map per document: the rules of one extraction share a single context.
        _CACHE[:] = [(context, {after: before for before, after in reversed(context.following.items())})]
    return _CACHE[0][1].get(text, "")


# A quotation opened after a colon starts afresh: "From the Overview: \"On October 7, 2019, ...".
_CLAUSE_END = re.compile(r";|—|\s--\s|,\s+which\b|,\s+while\b|,\s+but\b|:\s+[\"“]")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: cut at semicolons, dashes and ', which'/', while'/', but'."""
    before = [match.end() for match in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[(before[-1] if before else 0) : (after.start() if after else len(text))]


_NEXT_DEED = re.compile(
    r",?\s+and\s*,?\s+(?:(?:in|on|by|during)\s+[^,;]{1,30}(?:,\s+(?:19|20)\d\d)?,\s+)?(?:(?:then|later|also|soon)\s+)?"
    r"(?:(?!(?:was|were|is|are|has|had|its|it|the|a|an|in|on|with)\b)[a-z]+ed|took|became|allows|lets|permits|gives|"
    r"grants|covers|sets|requires|makes|extends|opens)\b"
)
"""'..., and, in 2022, launched the IPEF', '... and later joined ...', '..., and allows minerals ... to count': where
the sentence goes on to another deed."""


def deed_clause(text: str, start: int, end: int) -> str:
    """The clause of the deed at text[start:end], cut where 'and' goes on to another deed ('concluded an agreement with
    Japan and, in 2022, launched the IPEF') or from one: a date there is the other deed's."""
    other = _NEXT_DEED.search(text, end)
    # 'replaced the tariffs in April 2022 and, on March 28, 2023, signed a ... Agreement': the deed starts at its 'and'.
    joined = [found.start() for found in _NEXT_DEED.finditer(text, 0, end) if start < found.end() <= end]
    cut = joined[-1] if joined else 0
    return clause_around(text[cut : other.start()] if other else text[cut:], start - cut, end - cut)


PARTIAL_YEAR = phrase("IF11120", "part_year")
"""A figure for part of a year ('the first eleven months', 'January through August 2020', 'data through
November 2023', 'Monthly data for January and February 2020', 'March-May 2030', 'first-quarter', 'Q1', '$15 billion a
month'), or one with something left out of it ('excluding petroleum'): never the year's figure a trade flow or
deficit states, so the sentence gives none. The words are the phrase `part_year` of briefs/IF11120/meaning.toml (with
`excluded` in it), which the flows' declarations exclude too."""


_DAY = rf"{p.MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?"
CLOSED_SPAN = re.compile(
    rf"\b(?:from\s+{_DAY}\s+(?:to|until|till|through|thru)|between\s+{_DAY}\s+and|until|till)\s+{_DAY}"
    rf"|\b{_DAY}\s*[-\u2013]\s*{_DAY}"
    rf"|\(\s*{_DAY},?\s+(?:to|until|till|through|thru)\s+{_DAY}"
)
"""A span of time with an end ('from April 3 to September 15', 'until March 2026', '(August 7, 2025, to February 20,
2026)'): a rate paid over it is one
that was (or will stop), never surely the one in effect."""


def spanned(text: str, starts: tuple[int, ...]) -> set[int]:
    """Of the values starting at `starts`, those a span with an end belongs to: the nearest to each span, or
    the first after a sentence that opens with one ('Until October 9, 2031, the tariff was 30%')."""
    found = set()
    for span in CLOSED_SPAN.finditer(text):
        if not starts:
            break
        if span.start() == 0 or text[: span.start()].strip() == "":
            after = [start for start in starts if start > span.end()]
            found.update(after[:1])
            continue
        found.add(min(starts, key=lambda start: min(abs(start - span.start()), abs(start - span.end()))))
    return found


_YEARLESS_DAY = re.compile(rf"{p.MONTH_WORD}\s+\d{{1,2}}\b(?!,?\s*\d{{4}})")


_OF_THAT_YEAR = re.compile(rf"(?P<day>{p.MONTH_WORD}\s+\d{{1,2}})\s+(?:of\s+)?that\s+(?:same\s+)?year\b")


_LABEL = re.compile(r"\s+(?:U\.?S\.?|USJTA|[Dd]igital|[Tt]rade|limited|bilateral)\b")
"""A year that labels an agreement ('the 2019 U.S.-Japan Trade Agreement'): no antecedent of 'that year'."""


def of_that_year(text: str, before: str) -> str:
    """The text with a day 'of that year' ('signed ... on October 7 of that year') dated in the one year named before
    it: in the text, else in the sentence `before` (a year after it, 'entered into force on January 1, 2020', or one
    that labels an agreement is no antecedent); as it is where that names none or several."""
    found = _OF_THAT_YEAR.search(text)
    if found is None:
        return text
    own = [m for m in p.YEAR.finditer(text, 0, found.start()) if not _LABEL.match(text, m.end())]
    years = {match.group("year") for match in own} or {match.group("year") for match in p.YEAR.finditer(before)}
    return (
        f"{text[: found.start()]}{found.group('day')}, {years.pop()}{text[found.end() :]}" if len(years) == 1 else text
    )


def date_in(text: str) -> str | None:
    """The one date a text names, as a partial ISO date: a day or month date, else a single bare year.

    A day named without its year ('In 2023 ... signed ..., on March 28') leaves the date unsure: None, never
    the bare year at a lower precision than the text gives.
    """
    found = {value for value, _ in p.dates(text)}
    if found:
        return found.pop() if len(found) == 1 else None
    return None if _YEARLESS_DAY.search(text) else year_in(text)


_HEADING_YEAR = re.compile(r"(?:,|\bin|\bfor)\s+(?P<year>(?:19|20)\d{2})\)?\s*$")


def heading_year(heading: str) -> str | None:
    """The year a section's heading dates its figures by: 'Trade at a Glance, 2018', 'Trade in 2025'."""
    found = _HEADING_YEAR.search(heading)
    return found.group("year") if found else None


def data_year_before(text: str, context: Context, sentences: int = 4) -> str | None:
    """The data year of the nearest of the `sentences` before `text` that names a year: a paragraph's figures share it.

    A year a figure is compared with ('down 5% from 2024') is passed over; a sentence naming a year only as
    something else ('the $69.0 billion of 2019') stops the search (`stated_years.stated_year`).
    """
    if said := ranked_last_year(text, (context.sections, context.preceding), context.updated):
        return said  # 'Japan was the sixth-largest U.S. trading partner last year. U.S. exports ...'
    before = text
    for _ in range(sentences):
        before = previous(before, context)
        if not before:
            return None
        names, year = stated_year(before)
        if names:
            return year
    return None


_COMPARED_YEAR = re.compile(
    r"\b(?:from|since|than|over|compared\s+(?:with|to)|versus|vs\.)\s+(?:in\s+)?$"
    r"|\bsince\s+(?:[\w.'\u2019-]+\s+){1,5}?in\s+$",
    I,
)
"""A year a figure is compared with ('down 5% from 2024'), or one a lead or a change dates from ('a lead it has held
since overtaking the United Kingdom in 2019')."""


_COMPARISON = re.compile(
    r",\s+(?:up|down)\s+(?:\w+\s+){0,3}?from\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bfrom\s+(?:about\s+|roughly\s+)?\$"
    r"|,\s+(?:\w+\s+){0,2}?(?:below|above|under|over|short\s+of|beyond)\s+(?:its|their|the|that)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:level|figure|total|peak|high|mark)\b",
    I,
)
"""Where a figure's stretch turns to the figure it is compared with: ', down from $126 billion in 2019', ', slightly
below its 2023 level'."""


SIZED = (
    r"(?:(?:is|was|were|stood\s+at|came\s+to|totaled|reached)\s+)(?:a|an)\s+(?:(?:more|far|much|relatively|comparatively|"
    r"considerably)\s+)?(?:modest|mere|smaller|larger|sizable|hefty|healthy|robust|record)"
)
"""A link that sizes the amount it ties to its subject: 'was a more modest $136 billion', 'reached a record $192
billion'."""
_CAME_TO = re.compile(
    r"(?:about\s+|roughly\s+)?[\d.,]+\s*(?:billion|million|trillion)?(?:\s+in\s+(?:19|20)\d\d)?,?\s+to\s+"
    r"(?:(?:about|some|roughly|nearly|around)\s+)?\$\s?[\d.,]+\s*(?:billion|million|trillion)?\s+in\s+(?P<year>(?:19|20)\d\d)\b",
    I,
)


def _years(text: str, start: int, end: int) -> set[str]:
    """The data years in text[start:end], a year a figure is compared with ('down 5% from 2024') aside."""
    return {
        match.group("year")
        for match in p.YEAR.finditer(p.DAY_DATE.sub(lambda m: " " * len(m.group(0)), text), start, end)
        if not _COMPARED_YEAR.search(text, max(0, match.start() - 50), match.start())
    }


def figure_period(text: str, start: int, end: int, sentence: Sentence, context: Context) -> str | None:
    """A figure's year: its stretch's own, else the last one named before it, else the paragraph's or heading's.

    A year the figure is compared with ('down 5% from 2024', ', up from $750 billion in 2023') dates nothing; one
    after the stretch is another's; a stretch naming two years is unsure.
    """
    compared = _COMPARISON.search(text, start, end)
    came_to = _CAME_TO.match(text, compared.end(), end) if compared else None
    if came_to:
        return came_to.group("year")  # 'rose from $112 billion in 2021 to $129 billion in 2024': the year it came to
    own = _years(text, start, compared.start() if compared else end)
    if own:
        return own.pop() if len(own) == 1 else None
    before = [m for m in p.YEAR.finditer(text, 0, start) if not _COMPARED_YEAR.search(text[: m.start()][-25:])]
    if before:
        return before[-1].group("year")
    if _years(text, end, len(text)) or (compared and p.YEAR.search(text, compared.start())):
        return None  # a year after the figure belongs to another one ('down from ... in 2019' dates the old one)
    if _THAT_DATE.search(text, start):
        # 'held $74 billion ... at that date' after '... at the end of 2025, and ... employed ... in 2024': the date
        closes = {found.group("year") for found in _CLOSE_OF.finditer(previous(sentence.text, context))}
        if len(closes) == 1:
            return closes.pop()
    return data_year_before(sentence.text, context) or heading_year(sentence.section)


_THAT_DATE = re.compile(r"\b(?:at|on|by|as\s+of)\s+that\s+(?:date|time|point)\b|\bthat\s+year\b", I)
_CLOSE_OF = re.compile(r"\b(?:at|by|as\s+of)\s+(?:the\s+)?(?:end|close)\s+of\s+(?P<year>(?:19|20)\d{2})\b", I)
"""A figure dated 'at that date' takes the date the sentence before gives a stock by: 'at the end of 2025'."""


_HAD_SET = re.compile(r"\bhad\s+(?:\w+\s+)?(?:set|fixed|imposed|raised|announced|threatened|proposed)\b", I)
_UNDONE_AFTER = re.compile(
    r"(?:\s+(?=(?:was|were|has|had)\s)|[^.;]{0,120}?\b(?:but|and|then|only\s+to|before(?:\s+it\s+was|\s+being)?|which)\s+)"
    r"(?:(?:it|that|this|(?:the|that|this)\s+(?:rate|tariff|duty|levy))\s+)?(?:later\s+|then\s+|quickly\s+)?"
    r"(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:later\s+|then\s+|quickly\s+)?"
    r"(?:suspend|pause|rescind|revoke|withdr[ae]w|lift|delay|postpone|shelve)\w*\b",
    I,
)
"""'..., but suspended it', '..., only to suspend the country-specific portion', '... before pausing it', '..., but
that rate was later suspended', '..., which was paused', 'a rate of 24% was paused': undone."""
_STOP = (
    r"(?!\b(?:was|were|is|are|has|have|had|and|but|or|which|that|who|when|while|after|before|since|until|once|though|"
    r"although|because)\b)"
)
_SUBJECT_UNDONE = re.compile(
    # the rest of the rate's noun phrase ('"reciprocal" rate for Japan'), then an aside on how it was set, then its verb
    rf"(?:{_STOP}(?:[^,.;%]|(?<=[A-Z])\.)){{0,60}}?"
    rf"(?:,\s+(?:(?:first|initially|originally|briefly)\s+)?(?:[a-z]+(?:ed|en)|set|put|made|laid)\b"
    rf"(?:{_STOP}(?:[^;%]|(?<=[A-Z])\.)){{0,160}}?,)?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|then|soon|quickly|promptly|swiftly|temporarily|"
    r"abruptly|briefly)\s+)?(?:(?:suspend|pause|rescind|revoke|withdr[ae]w|shelve)\w*\b|(?:delay|postpon)\w*"
    r"(?=\s+(?:for\s+(?:\w+\s+)?(?:days?|weeks?|months?)|indefinitely)\s*[.;]|\s*[.;]))",
    I,
)
"""The rate as the subject of its undoing, past an aside on how it was set: 'A 24% "reciprocal" rate for Japan,
announced April 2 under IEEPA, was suspended a week later'; never past another verb, clause or rate's noun. A rate
delayed or postponed is undone only where nothing follows but how long ('was postponed for three months.'): never
'postponed to August 7', 'delayed by a week and took effect August 7'; 'lifted' may be raised ('lifted from 10%')."""
_BEFORE_DEAL = re.compile(
    r"^(?:Before|Prior\s+to|Until)\s+(?:the|that|this|their)\s+(?:[\w-]+\s+){0,2}(?:deal|framework|agreement|accord)\b[^;,]{0,40},",
    I,
)
"""'Before the deal, most Japanese goods faced a 25% tariff': the clause a sentence opens on is set before the deal."""
_STOPPED = re.compile(
    r"\b(?:stopped|ceased|halted|quit|ended|suspended|discontinued|stop|cease|halt|end|suspend)\s+"
    r"(?:collecting|charging|levying|applying|imposing|assessing|(?:the\s+)?collection\s+of)\s+[^%;]{0,40}$",
    I,
)
"""'Customs stopped collecting the 15% IEEPA duty', 'ceased charging its 15% rate': a rate no longer in force."""


def undone(text: str, start: int, end: int) -> bool:
    """Whether the rate at text[start:end] was set before a past moment ('had set the tariff ... at 24%') or undone
    in the same sentence ('... at 24% in April, but suspended it', '... and then paused it', '... only to suspend
    it'), or no longer collected ('stopped collecting the 15% duty'): never the rate in force.
    Only words of its own stretch count: no other rate stands between them and it."""
    before = text[max(0, start - 60) : start]
    before = before[before.rfind("%") + 1 :]
    after = _UNDONE_AFTER.match(text, end)
    opening = _BEFORE_DEAL.match(text)
    if opening and opening.end() <= start and ";" not in text[opening.end() : start]:
        return True
    subject = _SUBJECT_UNDONE.match(text, end)
    if subject and len(re.findall(r"\b(?:tariffs?|rates?|dut(?:y|ies)|levy)\b", subject.group(0), I)) > 1:
        subject = None  # 'a 15% rate on Japan in place of the April tariff was ...': another rate's noun is the subject
    return bool(_HAD_SET.search(before) or _STOPPED.search(before) or (after and "%" not in after.group(0)) or subject)
