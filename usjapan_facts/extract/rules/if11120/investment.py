"""IF11120's direct investment: each country's FDI stock in the other (Japan's rank as a source of FDI, which
follows its stock, is `investment_rank`).

A stock is named by whose it is and where it stands ("Japanese companies' direct investment in the United
States", "the stock of U.S. FDI in Japan", "Japanese firms held $484.4 billion in direct investment in the
United States") and its amount is tied to it by a verb ("stood at", "totaled") or opens the sentence ("At
$648 billion in 2020, the stock of ..."). Japan's rank follows its stock in the same clause: "second only
to that of the United Kingdom", "an amount surpassed only by investors from ...", "more than any other
country's", "the largest of any country's".
"""

from __future__ import annotations

import re

from usjapan_facts.extract.changed_since import changed_after
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, registrar
from usjapan_facts.extract.rules.if11120.nearby import SIZED, figure_period, previous
from usjapan_facts.extract.rules.readings import one
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, amounts

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_OWNER = r"(?P<owner>Japan(?:ese|['\u2019]s)|U\.S\.|American)(?:\s+(?:firms|companies|investors|businesses)['\u2019]?)?"
_KIND = (
    r"(?:(?:foreign\s+)?(?:direct\s+investment|FDI)(?:\s+\(FDI\))?(?:\s+(?:stock|position))?|(?:direct\s+)?investment\s+position"
    r"|position)"
)
_HOST = r"(?:(?:in|into)\s+(?P<host>Japan\b|the\s+United\s+States|the\s+U\.S\.)|(?P<here>here)|(?P<there>there))"
_HOW = r"(?:(?:stock|position|value)\s+of\s+)?(?:(?:cumulative|accumulated|total|overall)\s+)?"
"""Words between the owner and its investment: 'Japanese firms' stock of direct investment', 'cumulative'."""
_STOCK = re.compile(
    rf"(?:\b(?:the\s+)?(?:stock|value)\s+of\s+)?\b{_OWNER}\s+{_HOW}{_KIND}\s+{_HOST}"
    rf"|\b{_OWNER.replace('owner', 'owner2')}\s+(?P<host2>U\.S\.|American)\s+{_KIND}",
    I,
)
"""'Japanese companies' direct investment in the United States', 'Japanese companies' U.S. direct investment stock',
'Japanese firms' cumulative direct investment in the United States'."""
_THAT_OF = re.compile(
    rf"^(?:That|The\s+(?:position|stock|figure|total))\s+of\s+{_OWNER}\s+{_HOST}"
    rf"|^The\s+comparable\s+{_OWNER.replace('owner', 'owner2')}\s+(?:figure|stock|position|total)\s+"
    rf"{_HOST.replace('host', 'host2').replace('here', 'here2')}",
    I,
)
"""A stock named after a sentence on the other one: 'That of U.S. firms in Japan, $128 billion, is far smaller', 'The
position of U.S. firms in Japan was ...', 'The comparable U.S. figure in Japan was ...'."""
_HOLDINGS = re.compile(
    rf"\b(?P<owner>U\.S\.|American)(?:\s+(?:firms|companies|investors|businesses)['\u2019]?)?\s+"
    rf"(?:investment|holdings|stake|assets|stock)\s+{_HOST}",
    I,
)
"""The U.S. stock in a plainer word, after a sentence on FDI: 'U.S. firms' investment in Japan was valued at $X',
'American firms' holdings in Japan came to $X', 'The U.S. stock in Japan is far smaller: roughly $130 billion'."""
_HELD_BY = re.compile(rf"\b(?:the\s+)?stock\s+of\s+{_KIND}\s+held\s+by\s+{_OWNER}\s+{_HOST}", I)
"""'the stock of foreign direct investment (FDI) held by Japanese firms in the United States'."""
_ASIDE = r"(?:,\s+[^,;\d]{2,30},)?"
"""An aside between the owner and its verb: 'U.S. companies, by contrast, held ...'."""
_HOLDER = _OWNER.replace(r"Japan(?:ese|['\u2019]s)", r"Japan(?:ese|['\u2019]s)?")
_HOLDER = _HOLDER.replace("American", r"American|the\s+United\s+States")
"""An owner that holds: 'Japan held ...', 'the United States had ...' as well as 'Japanese firms held ...'."""
_HELD = re.compile(
    rf"\b{_HOLDER}{_ASIDE}\s+(?:held|owned|had|controlled)\s+(?:(?P<held>[^;,]{{3,60}}?)\s+(?:in|of)\s+{_KIND}"
    rf"|(?:an?\s+)?{_KIND}\s+(?:of|worth)\s+(?P<held2>[^;,]{{3,60}}?))\s+{_HOST}",
    I,
)
"""'Japanese firms held $484.4 billion in direct investment in the United States', 'U.S. companies, in turn, held
roughly one hundred twenty-five billion dollars of direct investment in Japan', 'Japan held a direct investment
position of $484.4 billion in the United States'."""
_AMOUNT = r"(?:\$\s?[\d.,]+\s*(?:billion|trillion)|(?:[\w-]+\s+){1,5}(?:billion|trillion)\s+dollars)"
_HELD_THERE = re.compile(
    rf"\b{_OWNER}{_ASIDE}\s+(?:held|had|owned)\s+(?P<held>[^;,]{{3,60}}?)\s+{_HOST}"
    rf"|(?P<held2>{_AMOUNT})\s+{_OWNER.replace('owner', 'owner2')}\s+(?:(?:had|have|has)\s+invested|held|owned)\s+"
    rf"{_HOST.replace('host', 'host2').replace('here', 'here2').replace('there', 'there2')}",
    I,
)
"""A stock in plain words after a sentence (or a clause) on FDI: 'U.S. firms held $132 billion in Japan that year', 'the
roughly seventy-five billion dollars U.S. firms had invested in Japan' (what they had invested: a stock, not a year's
flow), '..., six times the $136 billion U.S. firms held in Japan'."""
_THEIR_POSITION = re.compile(
    r"\b(?P<owner>Japan(?:ese|['\u2019]s)|U\.S\.|American)\s+(?:firms|companies|investors|businesses)['\u2019]?\s+"
    r"(?:direct[- ]investment\s+)?(?:position|stake|stock)\b(?!\s+(?:in|of|as|there|here)\b)",
    I,
)
"""A position with no host, after a sentence on FDI: 'Japanese firms' position stood at $792.6 billion' (the host is
the other country: the sentence before named the FDI between the two)."""
_WHEN = r"(?:\s+(?:at\s+the\s+end\s+of|in)\s+(?:19|20)\d{2}|\s+that\s+year)?"
_AS_LARGE = (
    r"(?:is|was)\s+(?:(?:only|about|roughly|around|some|just|less\s+than|nearly|almost)\s+)?(?:a|one)\s+"
    r"(?:half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)\s+as\s+(?:large|big|much)" + _WHEN + r",?(?:\s+at)?"
)
"""A stock sized against the other before its amount: 'was about a sixth as large that year, just shy of $120
billion'."""
_BY_TO = r"(?:rose|grew|increased|climbed|fell|declined|dropped|slipped)\s+by\s+[^;,]{3,30}?" + _WHEN + r",?\s+to"
"""A change and the level it came to: 'grew by $75 billion in 2023, to $783 billion' (the change itself is no stock)."""
_LINK = re.compile(
    r"^" + _WHEN + r"(?:,\s+(?:by\s+contrast|in\s+turn|meanwhile),)?"
    r",?\s+(?:was|were|totaled|totalled|stood\s+at|"
    r"reached|came\s+to|amounted\s+to|was\s+valued\s+at|rose\s+to|fell\s+to|grew\s+to|climbed\s+to|"
    rf"(?:is|was)\s+(?:much|far|considerably)\s+(?:smaller|lower)[,:]?(?:\s+at)?|{SIZED}|{_AS_LARGE}|{_BY_TO})\s*$"
    r"|^" + _WHEN + r",\s*$|^\s*:\s*$|^\s+of\s*$|^" + _WHEN + r",\s+at\s*$",
    I,
)
_OPENING = re.compile(r"^(?:At|Valued\s+at|Totaling|Totalling|Standing\s+at)\s+$|^At\s+[^,;]{0,30},\s+$", I)
"""'At $648 billion in 2020, the stock of Japanese FDI ...', 'Valued at $648 billion at the end of 2020, Japan's direct
investment position ...': the amount opens the sentence."""
_NOT_A_STOCK = re.compile(
    r"\b(?:pledg\w*|commit\w*|promis\w*|would|could|might|plan\w*|project\w*|flows?|annual|expected|financing)\b", I
)
CLAUSE_END = re.compile(
    r";|,\s+(?:while|whereas|but)\b|,\s+and\s+(?!Germany|the\s+Netherlands|no\s+other)|\s[\u2014\u2013]\s"
    # an absolute clause: ', the United Kingdom's having been overtaken in 2019'
    r"|,\s+(?:[\w.'\u2019]+\s+){1,4}having\b",
    I,
)
_LIMITS = {"japan": (50 * 10**9, 3 * 10**12), "us": (10 * 10**9, 2 * 10**12)}
ANOTHER_RANKING = re.compile(r"\s+(?:U\.S\.\s+)?(?:trad(?:e|ing)\s+partner|export\s+market|holder|economy)", I)


def whose(match: re.Match[str]) -> str | None:
    """'japan' for Japan's stock in the United States, 'us' for the U.S. stock in Japan, None for neither."""
    groups = {key.rstrip("2"): found for key, found in match.groupdict().items() if found is not None}
    if match.re is _LABELLED:
        return "japan"  # an item under a heading that names Japan as the owner: its stock in the United States
    owner = "japan" if match.re is _ITS_STOCK or groups["owner"].casefold().startswith(("japan", "its")) else "us"
    if match.re in _HOSTLESS:
        return owner  # its host is the other country
    if groups.get("there") is not None:  # 'the U.S. direct investment position there': Japan, the brief's subject
        return "us" if owner == "us" else None
    host = "us" if groups.get("here") is not None or not groups["host"].casefold().startswith("japan") else "japan"
    return owner if owner != host else None


def _within(match: re.Match[str], candidate: Candidate) -> bool:
    """Whether the amount is the one 'held $X in FDI in ...' or 'held FDI of $X in ...' names."""
    group = "held" if match.group("held") else "held2"
    return candidate.start < match.end(group) and match.start(group) < candidate.end  # 'Some $131 billion': hedge first


_HOST2 = _HOST.replace("host", "host2").replace("here", "here2").replace("there", "there2")
_HELD_IN_BY = re.compile(
    rf"(?P<held>{_AMOUNT}),?\s+(?:was|were|is|are)\s+held\s+{_HOST}\s+by\s+{_OWNER}"
    rf"|(?P<held2>{_AMOUNT})\s+of\s+{_OWNER.replace('owner', 'owner2')}\s+{_KIND}\s+(?:was|were|is|are)\s+"
    rf"(?:held\s+|invested\s+|located\s+)?{_HOST2}",
    I,
)
"""A stock told passive, its amount first: 'A far smaller stock, $132 billion, was held in Japan by U.S. firms', 'Some
$131 billion of U.S. direct investment was in Japan'."""
_ELIDED = re.compile(
    r",?\s+(?:when|while|whereas|against)\s+(?P<owner>Japan['\u2019]s|America['\u2019]s|the\s+United\s+States['\u2019])"
    r"(?=\s+(?:was|were|stood|reached|totaled|totalled|came\s+to|amounted\s+to)\b)",
    I,
)
"""The other country's stock with its noun left out, after a stock the sentence named: '..., when Japan's reached $484.4
billion' (its host is the other country)."""
_HOSTLESS = (_THEIR_POSITION, _ELIDED)
_AFTER_FDI = (_THAT_OF, _HOLDINGS, _HELD_THERE, _THEIR_POSITION, _HELD_IN_BY)
"""Patterns that name a stock only after a sentence on FDI."""


_ITS_STOCK = re.compile(
    r"\bJapan(?:ese)?\b[^;]{0,80}?\b(?:FDI|direct\s+investment)\s+(?:in|into)\s+(?P<host>the\s+United\s+States|the\s+U\.S\.)"
    r"[^;]{0,100};\s+(?P<owner>its|the)\s+(?:FDI\s+|investment\s+)?stock(?P<here>)",
    I,
)
"""'Japan has been the leading source of FDI in the United States since 2019; its stock reached ...', '...; the stock
stood at ...'."""


_SUBCLAUSE = re.compile(r",\s+(?:when|while|whereas)\b", I)
_ON_FDI = re.compile(r"\b(?:FDI|direct[- ]invest\w*)\b", I)
_GOES_ON = re.compile(r"^(?:Its|Their|That|This|The)\s+(?:stock|position|total|holdings)\b", I)
"""A sentence going on with the stock the one before it named: 'Its stock reached nearly $650 billion'."""
_LABELLED = re.compile(
    r"^(?:(?:The\s+)?(?:stock|value|position)\s+of\s+)?(?:foreign\s+)?(?:direct\s+investment|FDI)(?:\s+\(FDI\))?"
    r"(?:\s+(?:stock|position))?\s+in\s+the\s+(?:United\s+States|U\.S\.)(?=\s*:)",
    I,
)
"""A list item labelled by a stock whose owner its heading names: 'Direct investment in the United States: $484.4
billion ...' under 'Japan as Investor and Creditor'."""


JAPAN_FIRST = re.compile(rf"^(?:(?!{OTHER_COUNTRIES}).)*?\bJapan", I)
"""Japan named before any other country (a heading, a clause's opening)."""


def stock_subjects(text: str, section: str = "") -> list[re.Match[str]]:
    labelled = _LABELLED.match(text) if JAPAN_FIRST.match(section) else None
    return [
        *([labelled] if labelled else []),
        *_STOCK.finditer(text),
        *_HELD.finditer(text),
        *_HELD_BY.finditer(text),
        *_ITS_STOCK.finditer(text),
        *_THAT_OF.finditer(text),
        *_HOLDINGS.finditer(text),
        *_HELD_THERE.finditer(text),
        *_THEIR_POSITION.finditer(text),
        *_HELD_IN_BY.finditer(text),
        *_ELIDED.finditer(text),
    ]


def _amount(text: str, match: re.Match[str], found: tuple[Candidate, ...]) -> tuple[int, str] | None:
    values = {
        (candidate.value, candidate.qualifier)
        for candidate in found
        if isinstance(candidate.value, int)
        and (
            (match.re in (_HELD, _HELD_THERE, _HELD_IN_BY) and _within(match, candidate))
            or _LINK.match(text[match.end() : candidate.start])
            or (_OPENING.match(text[: candidate.start]) and 0 < match.start() - candidate.end < 40)
        )
    }
    return values.pop() if len(values) == 1 else None


def stocks(sentence: Sentence, context: Context) -> dict[str, Fields]:
    """Each FDI stock the sentence gives, keyed 'japan' (in the United States) or 'us' (in Japan)."""
    text = sentence.text
    found = amounts(text)
    read: dict[str, list[Fields]] = {}
    for match in stock_subjects(text, sentence.section):
        owner = whose(match)
        end_match = CLAUSE_END.search(text, match.end())
        end = end_match.start() if end_match else len(text)
        # the subject's own clause: after a semicolon or at the ', when' it opens ('..., when Japan's reached $X')
        start = max(
            [text.rfind(";", 0, match.start()) + 1]
            + [m.start() for m in _SUBCLAUSE.finditer(text) if m.start() <= match.start()]
        )
        before = previous(text, context)  # the sentence before, or the one before it whose stock it goes on with
        on_fdi = _ON_FDI.search(before) or _ON_FDI.search(text, 0, match.end())
        on_fdi = on_fdi or (_GOES_ON.search(before) and _ON_FDI.search(previous(before, context)))
        if (match.re in _AFTER_FDI and not on_fdi) or (
            match.re is _ELIDED and not _ON_FDI.search(text, 0, match.start())
        ):
            continue  # 'That of U.S. firms in Japan' stands for a stock only after a sentence (or clause) on FDI
        if (
            owner is None
            or _NOT_A_STOCK.search(text, start, end)
            # a country the rank names between Japan and '; the stock' is another's place, not the stock's owner
            or re.search(OTHER_COUNTRIES, text[start : match.start() if match.re is _ITS_STOCK else match.end()])
        ):
            continue
        if changed_after(text, match.end()):
            continue  # 'was about $700 billion in 2020, but it has since grown': a past level
        amount = _amount(text, match, found)
        low, high = _LIMITS[owner]
        if amount is None or not low <= amount[0] <= high:
            continue
        period = figure_period(text, start, end, sentence, context) or _date_before(text, context)
        if period:
            read.setdefault(owner, []).append({"value": amount[0], "qualifier": amount[1], "period": period})
    return {owner: fields for owner, values in read.items() if (fields := one(values)) is not None}


_THAT_DATE = re.compile(r"\b(?:at|as\s+of|on|by)\s+(?:that|the\s+same)\s+(?:date|time|point)\b|\bthat\s+year\b", I)
_STOCK_DATE = re.compile(
    r"\b(?:at\s+(?:the\s+)?(?:end|close)\s+of|at\s+year[- ]end|as\s+of\s+(?:the\s+)?(?:end\s+of\s+)?)\s*"
    r"(?P<year>(?:19|20)\d{2})\b",
    I,
)
"""The date a stock is measured at: 'at the end of 2025', 'at the close of 2024', 'at year-end 2023'."""


def _date_before(text: str, context: Context) -> str | None:
    """The date the sentence before measures its stock at, for a stock 'at that date' ('..., with a stock of $776
    billion at the end of 2025, and affiliates employed ... in 2024. U.S. companies held $74 billion ... at that
    date'): the one stock date that sentence names, whatever other years it names."""
    if not _THAT_DATE.search(text):
        return None
    dates = {found.group("year") for found in _STOCK_DATE.finditer(previous(text, context))}
    return dates.pop() if len(dates) == 1 else None


_NEEDS = ("fdi", "direct investment", "position", "that of", "comparable", "in japan")


@rule("trade.japan_fdi_stock_in_us", needs=_NEEDS)
def japan_fdi_stock_in_us(sentence: Sentence, context: Context) -> Fields | None:
    return stocks(sentence, context).get("japan")


@rule("trade.us_fdi_stock_in_japan", needs=_NEEDS)
def us_fdi_stock_in_japan(sentence: Sentence, context: Context) -> Fields | None:
    return stocks(sentence, context).get("us")
