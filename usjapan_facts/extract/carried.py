"""Whether a sentence that does not name a declared fact's subject, or lacks its words, takes them from before.

From its heading ("The southern prefecture ..." under "Okinawa"), a list's lead-in, or the sentence before ("It is also
the largest source of FDI"; "The country ..." from the one before that when the one between names no country), and
whether the words tying a figure to the fact are the sentence before's ("That amounts to roughly 58% of the chamber").
"""

from __future__ import annotations

import re

from usjapan_facts.extract.anaphora import PLACE_BACK, passes_over, points_back, routed
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.lists import LABEL, lead_in
from usjapan_facts.extract.rules.base import Context
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.whose import ANOTHER_ALONE, OTHERS, PAIRED, foreign_it

_RESTATES = re.compile(
    r"^(?:(?:In|At|By|Converted|Averaged|Expressed|Translated|Measured)\b[^,;]{0,40}?(?:,\s+|\b(?:rates?|dollars|terms)\s+)(?=[tT]h))?"
    r"(?:[Tt]hat|[Tt]his|The (?:figure|total))\s+(?:\w+\s+)?(?:amounts|comes|works\s+out|equals|is)\b"
    r"|^It\s+(?:now\s+)?(?:stands|stood|sits|sat)\s+at\b"
)
"""A sentence that restates the sentence before's figure: 'That amounts to ...', 'In dollars, that is ...', 'It stood at
...' (after 'Their grip on the House of Councillors is looser')."""
_MEASURE = re.compile(
    r"(?:now\s+|currently\s+|still\s+)?(?:is|are|was|were|(?:stands?|stood|sits?|sat)\s+at|(?:comes?|came|amounts?|"
    r"amounted|runs?|ran)\s+to|totals?|totaled|totalled|numbers?|numbered|reached|equals|equaled|(?:is|was)\s+worth|"
    r"ranks?|ranked|came|comes|placed|places|(?:has|have)\s+been)\s+"
)
"""A verb of measure or of place right after the pointer: 'They totaled', 'That stock was', 'It ranks'."""
_POINTER = re.compile(
    r"^(?:It|They|Those|These|(?:The|That|This|Its|Their)\s+(?:[a-z-]+\s+)?(?:total|figure|sum|amount|value|level|"
    r"stock|rate|tariff|duty|pledge|package|commitment|deficit|gap|average|number|tally|troops|forces|rank|ranking|"
    rf"place|standing)|That|This)\s+(?={_MEASURE.pattern})"
)
"""A pointer to a whole named before, then a verb of measure ('They totaled', 'The troops number', 'That stock was'),
never to a part ('The farm portion')."""
_ENDS = re.compile(
    r"\s*(?:(?:in|for|during)\s+(?:FY\s?)?\d{4}|(?:a|per|each)\s+year|annually|(?:last|this)\s+year|now|today|"
    r"overall)?\s*(?:,\s+(?:just\s+|well\s+|far\s+|comfortably\s+|safely\s+)?(?:above|below|beyond|over|under|short\s+of|"
    r"shy\s+of)\s+the\b[^;]*)?[.;]?\s*$"
)
"""The value ends the sentence, but for its year or how often, or a threshold it is measured against (', above the
two-thirds needed to ...'): nothing of its own ties it to another thing."""
_RANK_ENDS = re.compile(
    r"(?:\s+(?:of|among)\s+(?:any|all)\s+(?:other\s+)?(?:foreign\s+)?(?:country|countries|nation|nations|economy|economies)"
    r"(?:\W?s)?)?(?:,?\s+(?:after|behind|trailing|ahead\s+of)\s+(?:only\s+)?(?:that\s+of\s+)?(?:the\s+)?(?-i:[A-Z])[\w.]*"
    r"(?:\s+(?-i:[A-Z])[\w.]*)?(?:\W?s)?|\s+since\s+(?:(?:19|20)\d\d|that\s+year)\b(?:,\s+when\b[^;]*)?)?"
)
"""What may follow a rank pointed back to and still leave it the measure named before: 'It is the second-largest of any
country's, after the United Kingdom's', 'It has been the largest of any country since that year, when ...'."""
_OPENING_YEAR = re.compile(r"(?:In|During|As of|By)\s+(?:FY\s?|fiscal\s+year\s+)?(?P<year>(?:19|20)\d{2})\b")
_CLOSING_YEAR = re.compile(r"\b(?:in|during)\s+(?:FY\s?|fiscal\s+year\s+)?(?P<year>(?:19|20)\d{2})\W*$")
_TOLD_PAST = re.compile(r"\b(?:was|were|had|numbered|totaled|totalled|came|stood|reached|ranked|amounted|placed)\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ANOTHERS = re.compile(
    r"(?:The|That|This)\s+(?:[a-z]+\s+)?(?:agreement|accord|deal|arrangement|rate|tariff|duty|goal|target|pledge|"
    r"package|commitment|stock|deficit|gap|sum|average|amount|total|figure)\b|Th(?:at|is)\s"
)
"""A sentence on a thing named before ('The current agreement', 'The pledge', 'That comes to'): another country's,
when that is."""


def about(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether the sentence is about the fact's subject, itself or through the sentence before."""
    return declaration.names_subject(sentence.text) or carries(declaration, sentence, context)


def carries(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence that does not name the fact's subject takes it from its heading or a sentence before."""
    text = sentence.text
    if (points_back(text) or LABEL.match(text)) and declaration.names_subject(sentence.section):
        return True  # 'The southern prefecture accounts for ...', 'Land area: 0.6 percent' under the heading 'Okinawa'
    lead = lead_in(text, context.preceding)
    if lead is not None and (
        declaration.names_subject(lead)
        # 'it covers less than one percent of Japan's land' under 'The southern prefecture carries a share:' under the
        # heading 'Okinawa': the lead-in points back, to the heading.
        or (points_back(lead) and declaration.names_subject(sentence.section))
        or (not OTHERS.search(lead) and declaration.names_subject(context.preceding.get(lead, "")))
    ):
        return True  # 'fourth-largest trading partner overall' under 'Japan's place among U.S. partners held:'
    # 'They number ...' after 'Those forces are large.' after the sentence naming U.S. forces: a short chain.
    for _ in range(2):
        before = context.preceding.get(text)
        if not before or not (points_back(text) or (text != sentence.text and passes_over(sentence.text, text))):
            return False
        if declaration.names_subject(before):
            return True
        if any(pattern.search(before) for pattern in declaration.exclude):
            return False  # 'In the Upper House, it is weaker. It holds 55% there.': the Lower House is further back
        text = before
    return False


def carried_japans(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence that does not name the fact's subject takes it, as Japan's, from before."""
    text, before = sentence.text, context.preceding.get(sentence.text, "")
    if not carries(declaration, sentence, context):
        return False
    if PLACE_BACK.search(text) and OTHERS.search(before):
        return False  # 'there' after a sentence naming Japan and another country could be either
    if declaration.japan and "Japan" not in text and (PAIRED.search(before) or ANOTHER_ALONE.search(before)):
        return False  # 'Japan and South Korea both pay host-nation support. That comes to $1 billion a year.'
    # 'The current agreement ...' after a sentence on South Korea's is South Korea's.
    return not (declaration.japan and _ANOTHERS.match(text) and foreign_it(text, before))


def restated(declaration: Declaration, text: str, before: str) -> str:
    """'That amounts to roughly 58% of the chamber', 'It stood at a bit under 60%': the words tying the figure to the
    fact (its clause's words, a cue such as 'grip ... at') are the sentence before's, unless they rule the value out
    ('the opposition holds 100 of 248 seats', 'Turnout in the upper-house election was low')."""
    pointer = _RESTATES.match(text) or ((at := _POINTER.match(text)) and _MEASURE.match(text, at.end()))
    restates = pointer and not any(pattern.search(before) for pattern in declaration.exclude)
    return before if restates else ""


def measured(declaration: Declaration, text: str, start: int, end: int, before: str) -> bool:
    """Tell whether a sentence gives only the measure of a whole the sentence before names by the fact's words: its
    unit ('U.S. imports from Japan fell in 2024. They came to $148 billion'), or its cue once the pointer stands for
    the sentence before's opening words ('U.S. exports to Japan grew in 2024. They totaled $80 billion')."""
    pointer = _POINTER.match(text)
    if pointer is None or not before:
        return False
    tail = _RANK_ENDS.match(text, end) if declaration.value == "rank" else None
    if _ENDS.match(text, tail.end() if tail else end) is None:
        return False
    verb = text[pointer.end() : start]
    verb = verb or (text[start:end] if _MEASURE.match(text, start) else "")  # a rank holds its verb: 'ranks first'
    if not _MEASURE.match(verb) or len(verb.split()) > 5 or any(p.search(before) for p in declaration.exclude):
        return False
    if any(pattern.search(before) for pattern in declaration.unit):
        return True
    words = before.split()[:8]
    return any(
        pattern.search(f"{' '.join(words[:n])} {verb}")
        for n in range(1, len(words) + 1)
        for pattern in declaration.cue_near
    )


def year_pointed(text: str, before: str) -> re.Match[str] | None:
    """The year of the sentence before that a sentence naming none tells the past of: 'In 2012, U.S. forces were
    larger. They numbered about 60,000.' (its opening or closing phrase: 'Those forces were larger in 2012.')."""
    if _YEAR.search(text) or not _TOLD_PAST.search(text):
        return None
    return _OPENING_YEAR.match(before) or _CLOSING_YEAR.search(before)


def topic_before(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence lacking the fact's words follows one that holds them (two back at most, as a subject
    is carried), or is a labelled item, whose label or heading stands for them."""
    if LABEL.match(sentence.text):
        return True
    text = sentence.text
    if not routed(text):  # a list's item in lower case: its lead-in, or the sentence before that, holds the words
        lead = lead_in(text, context.preceding)
        said = f"{lead} {context.preceding.get(lead, '')}" if lead else ""
        return any(word in said.casefold() for word in declaration.needs)
    if any(word in sentence.section.casefold() for word in declaration.needs):
        return True  # 'It is home to over half of ...', the third of its list's items, under the heading 'Okinawa'
    for _ in range(2):
        text = context.preceding.get(text, "")
        if any(word in text.casefold() for word in declaration.needs):
            return True
    return False


__all__ = ["about", "carried_japans", "carries", "measured", "restated", "topic_before", "year_pointed"]
