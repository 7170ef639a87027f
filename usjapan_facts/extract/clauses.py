"""The clauses of a sentence: where one statement ends and the next begins, so a value is tied to its own."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.first_chars import first_gated
from usjapan_facts.extract.hedges import HEDGE

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_DATE_WORD = re.compile(
    r"\b(?:a|an|the|its|his|her|their|this|that)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},"
    r"\s+(?:19|20)\d\d,\s+(?=(?-i:[a-z]))",
    I,
)
_DIGIT = re.compile(r"\d")
SINCE = re.compile(r"\bsince\s+[^,;:]*", I)
"""A state's start ('holds 59% since the 2019 election', 'has barely moved since the islands reverted in 1972'): its
year and words are no past of the value, which holds now."""


def date_commas(text: str) -> frozenset[int]:
    """Where the commas of a date said as a word of its noun phrase stand: 'in a July 7, 2025, letter to impose ...'
    is one phrase, the letter's."""
    if "," not in text or _DIGIT.search(text) is None:
        return frozenset()
    return frozenset(at for match in _DATE_WORD.finditer(text) for at in range(*match.span()) if text[at] == ",")


_ROLE = r"(?:holder|owner|creditor|lender|market|source|supplier|seller|buyer|destination|customer|investor)"
"""What a country may rank as: 'as a supplier', 'as a holder of Treasuries'."""
_AFTER_COMMA = (  # what opens a clause after a comma and the space after it
    # ', and as a supplier': a role joined on with no value of its own shares the clause of the rank before it.
    rf"(?:and(?!\s+(?:also\s+)?as\s+an?\s+{_ROLE}\b)|but|while|whereas|yet|"
    rf"as(?!\s+an?\s+{_ROLE}\b)|where|"
    r"when(?!\s+(?:U\.S\.\s+)?exports\s+and\s+imports\s+are\s+\w+\s+separately)|although|though|"
    r"which(?!\s+(?:totaled|totalled|reached|amounted\s+to|came\s+to|stood\s+at|were\s+worth|was\s+worth|"
    r"(?:edged|inched|rose|climbed|grew|fell|dropped|slipped|declined)\s+(?:up\s+|down\s+)?to))|"
    r"after|a position|a ceiling|a limit|a fraction|far|well|short|shy|up from|down from|compared|by comparison|"
    # ', from the roughly 1% that ...': the value changed from, after the value changed to
    r"from\s+(?:the\s+|an?\s+)?(?:(?:about|roughly|around|some|nearly|almost|approximately|just\s+over|just\s+under|"
    r"over|under|less\s+than|more\s+than)\s+)?(?=\d)|"
    r"versus|or|whose|(?:for|by|under|through)\s+which|"
    r"(?:comfortably|safely|easily)\s+(?:above|over|below|under|beyond|short)|(?:above|below|beyond)\s+the|"
    r"against(?=\s+(?:(?:only|just|some|about|roughly|nearly|almost|over|under|a\s+mere)\s+)?\$)|including|"
    r"accompanied|joined|followed|supported|along with|plus|abandoning|replacing|scrapping|dropping|ending|leaving|"
    r"an?\s+(?:\w+\s+)?(?:break|departure|doubling|jump|leap|shift|rise|increase|slide|drop|fall|decline|slip)\s+from|"
    r"part of|(?:(?:about|roughly|nearly|almost|some|more\s+than)\s+)?(?:double|twice|triple))\b"
    r"|with\s+(?:the\s+)?(?:rest|remainder|remaining|balance|others)\b"
    r"|with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:receiving|getting|taking|absorbing)\b"
    r"|(?:along\s+)?with\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|another|an\s+additional)"
    r"\s+)?\d"
    r"|(?:ahead\s+of|with\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+(?:in\s+)?(?:second|third|next|behind|"
    r"close\s+behind|trailing)\b)"
    r"|a\s+(?:cushion|margin|majority|supermajority|lead)\b"
    r"|an?\s+(?:(?:small|southern|remote|tiny|island)\s+)?(?:prefecture|island|chain|archipelago)\s+"
    r"(?:that|which|making|covering|of)\b"
)
_AFTER_SPACE = (  # what opens a clause after a space (no comma before it)
    r"(?:while|whereas|but)\s|to\s+(?:fund|finance|pay\s+for|cover)\s"
    # 'At 15%, the tariff on most goods from Japan is below the 24% announced in April': the value compared with
    r"|(?:is|are|was|were|remains|remained|stands|stood)\s+(?:(?:well|far|still|much|slightly|just)\s+)?"
    r"(?:below|above|under|over|(?:lower|higher|less|more)\s+than)\s+the\s+(?:\$\s?)?\d"
    # 'a 67.3% share that keeps the two-thirds supermajority needed to ...': the threshold the value is measured against
    r"|(?:(?:that|which)\s+)?(?:keeps|kept|exceeds|exceeded|clears|cleared|tops|topped|surpasses|surpassed|"
    r"preserves|preserved|retains|retained)\s+(?:the|a)\s+(?:two-thirds|(?:super)?majority)\b"
    r"|as\s+(?:[\w.'-]+\s+){1,6}?(?:surged|soared|rose|grew|jumped|climbed|fell|declined|dropped|slumped|shrank|"
    r"moved\s+(?:ahead|up)|pulled\s+ahead|overtook)\b"
    r"|and\s+(?:well\s+|far\s+|just\s+)?(?:short|shy)\s+of\b"
)
_BOUNDARY = re.compile(
    # A boundary starts at a semicolon, space, dash, parenthesis or comma, a set the engine skips to; what follows
    # a comma or a space is tried behind a look-ahead for its first letters (the same matches as `,\s+(?=...)`, faster).
    r"[;\s\u2014(),](?:(?<=[;\u2014()])"
    rf"|(?<=,)\s+(?={first_gated(_AFTER_COMMA)})"
    rf"|(?<=\s)(?:[\u2014\u2013]\s|--\s|(?={first_gated(_AFTER_SPACE)})"
    r"|(?<!%\s)(?<!percent\s)(?=and\s+(?:(?:about|around|roughly|some|nearly|almost|over|just\s+over|close\s+to|"
    r"more\s+than|less\s+than|approximately)\s+)?\d[\d.,]*\s?(?:%|percent\b|of\s+(?:the\s+|its\s+)?\d{3}\b))))",
    I,
)
"""Where a clause starts. ' and roughly 57 percent of the upper chamber' starts one ('65 percent of the Lower House
and roughly 57 percent...'), and so do ' and 141 of the 245 seats' and an apposition (', a cushion that', ', a
prefecture making up 0.6% of Japan's land'); '1% and 2%' (a range) does not."""
_RELATIVE = re.compile(
    r"(?:,\s+(?:where|whose|when|in\s+which|which\s+had)|^(?:Whereas|Although|Though))\b"
    r"(?:[^,;()]|(?<=\d),(?=\d{3}\b)){1,120}(?=,\s)",
    I,
)
"""A relative clause set off by commas ends at its closing comma (a number's comma is none): 'In the Upper House, where
half the seats were contested in July, the two parties won 60%' puts 60% in the main clause, not the relative one; so
does ', which had envisioned moving 8,000 Marines to Guam, about 9,000 are to leave'; and so does a fronted 'Whereas
Okinawa makes up 0.6% of Japan's land,' the main clause's 70% of the bases."""
_NAME = r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
_ABBREVIATION = re.compile(
    r"\([A-Za-z.&-]{1,12}\)|\(\d{3}(?:[-\s](?:seats|members))?\)|\((?:(?:about|roughly|some|approximately|around|nearly|over|almost|just\s+over|"
    r"close\s+to|just\s+under|more\s+than|less\s+than|upwards?\s+of)\s+)?"
    r"[$\u00a5]\s?[\d.,]+\s*(?:million|billion|trillion)\)|\u2014(?:(?:about|roughly|some|approximately|around|nearly)\s+)?"
    r"\$\s?[\d.,]+\s*(?:million|billion|trillion)\u2014"
    r"|\b(?i:two|three|four|five|six|seven)\s+(?:other\s+)?(?:countries|economies|nations)\s*"
    r"(?:\([^()]{1,60}\)|\u2014[^\u2014;]{1,60}\u2014)"
    rf"|\((?:the\s+)?{_NAME}(?:,\s+(?:the\s+)?{_NAME})+,?\s+and\s+(?:the\s+)?{_NAME}\)"
)
"""Parentheses that split no clause: an abbreviation ('(FDI)'), a chamber's size ('Lower House (475)'), a converted
amount ('(roughly $1.4 billion)', '(¥3 trillion)'), the countries a count names ('three countries (China, Mexico, and
Canada) sold more')."""


_SAME_SUM = re.compile(
    r"[$\u00a5]\s?[\d.,]+\s*(?:million|billion|trillion)(?:\s+(?:a|per|each)\s+year|\s+annually)?(?P<join>,\s+or|:)\s+"
    rf"(?:(?:{HEDGE})\s+)?[$\u00a5]\s?[\d.,]+\s*(?:million|billion|trillion)\b"
    r"(?:,|\s+at\s+(?:[\w\u2019']+\s+){0,3}?(?:exchange\s+)?rates?\b|(?=\s*(?:[.;]|$)))",
    I,
)
"""A sum and its conversion set off by commas ('$7.2 billion, or ¥778 billion,', '¥3 trillion, or roughly $28
billion,'), or ending its sentence or told at a rate ('¥211 billion a year, or a little under $1.5 billion at recent
exchange rates', '¥189.3 billion a year: somewhat under $2 billion at current exchange rates'), under any hedge: one
amount said twice, whose 'or' or colon starts no clause."""
_SERIES = re.compile(
    r"\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(,\s+(?:and|or))\s+(?:the\s+)?[A-Z]"
)
"""A series of names ('Canada, Mexico, and China'): its last comma joins names, not clauses."""


def _colons(text: str) -> list[int]:
    return [match.start() for match in re.finditer(r":\s", text)] if ": " in text else []


_RANK_ASIDE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?P<aside>,\s+(?:after|behind|trailing|ahead\s+of)"
    rf"\s+(?:the\s+)?{_NAME}(?:(?:,\s+|,?\s+(?:and|or)\s+)(?:the\s+)?{_NAME})*,)"
)
"""The countries around a rank, set off by commas: 'ranks second, after China, among foreign holders' is one clause."""


_INCLUDED = re.compile(
    rf"\b(?:countr(?:y|ies)|nations?|economies|economy|holders?|creditors?)(,\s+(?:including\s+(?:the\s+)?{_NAME}|"
    rf"(?:the\s+)?{_NAME}\s+included),)"
)
"""Who a whole counts in, set off by commas: 'every other country, China included, as a holder of' is one clause."""


OWN_SUBJECT = r"(?:the|a|an|it|its|they|their|this|that|these|those|he|she|his|her)\b"
"""Words that open a relative clause's own subject ('which the Pentagon plans'): a clause that has one is no aside."""
_ASIDE = re.compile(
    rf"(?<=[a-z]),\s+which\s+(?!{OWN_SUBJECT}|had\b)"
    r"(?P<body>(?:[^;:()\d\u2014]|\b\d{4}s\b){1,160}),\s+(?=(?!(?:and|or|but|which|while|as|where|when)\b)[a-z]+\s)"
)
"""A relative clause set off by commas between a subject and its verb: 'U.S. forces in Japan, which include the Seventh
Fleet and a Marine force, number about 54,000' is one clause when the aside states no value of its own."""
_VALUE_WORD = re.compile(
    r"\b(?:half|third|quarter|fifth|percent|majority|dozen|hundreds?|thousands?|millions?|billions?|trillions?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|first|second|fourth|sixth|seventh|eighth|ninth|tenth|largest|"
    r"biggest|top|leading|most|more|less|fewer|\w+est)\b"
)
"""Words of a value ('half', 'fifth', 'largest'; lower case, so 'the Seventh Fleet' is a name): an aside holding one
keeps its own clause."""


_MAKEUP = re.compile(
    r"(?<=[a-z]),\s+(?:chiefly|mainly|mostly|largely|principally|primarily|predominantly|(?:led|dominated)\s+by)\s+"
    r"(?P<body>[a-z][a-z ,-]{0,100}?),\s+(?=(?!(?:and|or|but|which|while|as|where|when)\b)[a-z]+\s)"
)
"""What a flow is mostly made of, set off by commas between it and its verb: in 'Imports from Japan, chiefly cars,
parts, and machinery, came to $134 billion' the goods named are the whole's makeup, not a part the value is of."""
_MAKEUP_WORDS = (
    ", chiefly ", ", mainly ", ", mostly ", ", largely ", ", principally ", ", primarily ", ", predom", ", led by ",
    ", dominated by ",
)  # fmt: skip


@lru_cache(maxsize=512)
def bare(text: str) -> str:
    """The sentence with each value-free aside between a subject and its verb blanked: its words ('which include the
    Seventh Fleet and a Marine force', 'chiefly cars and parts') describe the subject, not the value after it."""
    asides = [*_ASIDE.finditer(text)] if ", which " in text else []
    if any(word in text for word in _MAKEUP_WORDS):
        asides += _MAKEUP.finditer(text)
    for match in asides:
        if not _VALUE_WORD.search(match.group("body")):
            text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


def _mask(text: str) -> str:
    masked = (
        _ABBREVIATION.sub(lambda match: " " * len(match.group(0)), text) if "(" in text or "\u2014" in text else text
    )
    for match in _INCLUDED.finditer(masked) if "includ" in masked else ():
        start, end = match.span(1)
        masked = masked[:start] + " " * (end - start) + masked[end:]
    if ", after " in masked or ", behind " in masked or ", trailing " in masked or ", ahead of " in masked:
        for match in _RANK_ASIDE.finditer(masked):
            start, end = match.span("aside")
            masked = masked[:start] + " " * (end - start) + masked[end:]
    masked = bare(masked)
    for match in _SAME_SUM.finditer(masked) if ", or " in masked or ": " in masked else ():
        start, end = match.span("join")
        masked = masked[:start] + " " * (end - start) + masked[end:]
    for match in _SERIES.finditer(masked) if ", and " in masked or ", or " in masked else ():
        start, end = match.span(1)
        masked = masked[:start] + " " * (end - start) + masked[end:]
    return masked


@lru_cache(maxsize=512)
def clauses(text: str) -> tuple[tuple[int, int], ...]:
    """The clauses of a sentence as spans: split at semicolons, dashes, parentheses and joining words.

    An abbreviation in parentheses ('(FDI)', '(USFJ)') belongs to its clause and splits nothing.
    """
    masked = _mask(text)
    closing = (match.end() for match in _RELATIVE.finditer(masked)) if ", " in masked else ()
    # A colon after a clause ('... continues: just over 200 had moved') starts one; after a label does not.
    colons = [at for at in _colons(masked) if masked.count(" ", 0, at) >= 7]
    cuts = sorted({0, *(match.start() for match in _BOUNDARY.finditer(masked)), *closing, *colons, len(text)})
    return tuple((start, end) for start, end in itertools.pairwise(cuts) if end > start)


def clause_of(spans: tuple[tuple[int, int], ...], at: int) -> tuple[int, int]:
    """The clause of `spans` that holds the character at `at` (the last one past the end)."""
    for span in spans:  # a plain loop: asked several times a value, a generator costs more than the scan
        if span[0] <= at < span[1]:
            return span
    return spans[-1]


def value_spans(
    text: str, clause: tuple[int, int], value: Candidate, others: Sequence[Candidate], breaks: re.Pattern[str]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """A value's words: its clause up to the other values around it (what may rule it out), and within them its
    phrase, cut at `breaks` (commas, dashes: what names its concept)."""
    start, end = clause
    for other in others:
        if other.end <= value.start:
            start = max(start, other.end)
        elif other.start >= value.end:
            end = min(end, other.start)
    cuts = [m.start() for m in breaks.finditer(text, start, end)]
    left = max((at + 1 for at in cuts if at < value.start), default=start)
    right = min((at for at in cuts if at >= value.end), default=end)
    return (start, end), (left, right)
