"""Every rank in a sentence, however it is said: 'fourth-largest', 'ranked fifth among', 'second only to', 'only
Canada, Mexico, and China buy more' (4th), 'no other country has more ... than Japan' (1st). Pure, no I/O."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import ALONE, BEFORE_WORDS, NEXT, WORDS, counted_after, names, set_aside
from usjapan_facts.extract.ahead import NAME as _NAME
from usjapan_facts.extract.ahead import NOT_EXCEPT as _NOT_EXCEPT
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_ORDINAL = rf"(?:{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_SUPERLATIVE = (
    r"(?:largest|biggest|highest|top|leading|greatest|most important|ranked|ranking|"
    r"most(?=\s+(?:of|among)\s+any\b))"
)
"""What follows an ordinal to make a rank: 'fourth-largest', 'fifth most of any country'."""
_NOT_IN_TIME = (
    r"(?!\s+(?:(?:annual|yearly|monthly|total|level|figure|amount|value)\s+)?(?:since|ever|on\s+record|in\s+(?:\w+\s+){0,2}"
    r"(?:years?|decades?|history|memory)|to\s+date|so\s+far)\b)"
)
"""A superlative of time, not of rank among countries: 'the largest on record', 'the biggest since 2008'."""
_NOT_IN_REGION = (
    r"(?!(?:\s+(?:market|source|buyer|supplier|holder|investor|partner|economy|destination)s?)?\s+(?:in|among|within)\s+"
    r"(?:the\s+)?(?:East\s+|Southeast\s+|South\s+|Northeast\s+)?(?:Asia|Asian|Europe|European|region|Indo-Pacific|"
    r"Asia-Pacific|Pacific|G-?7|Latin\s+America)\b|\s+outside\b)"
)
"""A superlative of a region only, not of rank among all countries: 'the largest in Asia', 'the biggest outside North
America'."""
_NOT_REGION = (
    r"(?!\s+(?:the\s+)?(?:Asia|Europe|Africa|Americas?|North\s+America|Latin\s+America|Middle\s+East|East|Southeast|South|"
    r"Northeast|Indo-Pacific|Pacific|region|G-?7|OECD|EU|European))"
)
"""'The world's largest outside China' is second; 'the largest outside Asia' ranks only outside a region."""
_THOSE = (
    r"(?:(?:the\s+)?(?:those|investors|holders|owners|firms|companies|residents)\s+(?:of|in|from|based\s+in)\s+|by\s+)?"
)
"""Whose holdings a rank is compared with: 'than those in any other country', 'than investors from any other'."""
_OR_ONE = r"(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?(?:\W?s)?,?\s+or\s+(?:(?:those|that)\s+of\s+)?)?"
"""One country named before any other: 'more than those of China or any other foreign country'."""
_RANK = re.compile(
    # Each way of saying a rank starts at a word's first character or a comma: looking there first spares every
    # alternative its own try at each other place in the sentence (the same matches, in half the time).
    r"(?=\b\w|,)(?:"
    rf"\b(?P<ordinal>{_ORDINAL})(?:[- ]|-\s)(?:{_SUPERLATIVE})\b{_NOT_IN_TIME}{_NOT_IN_REGION}"
    rf"|\b(?:ranks?|ranked|ranking|placed|stood|stands|c(?:a|o)me(?:\s+in)?|finished)\s+(?:as\s+(?:the\s+)?|(?:one|two|a)\s+(?:notch|place|spot|step)"
    rf"(?:es|s)?\s+(?:higher|lower),?\s+)?(?P<ranked>{_ORDINAL})\b"
    rf"(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<among>{_ORDINAL})\s+(?=among\b|on\s+the\s+list\b)"
    r"|\b(?:No\.\s?|number[- ])(?P<numbered>[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,]?\d)"
    rf"|\b(?P<place>{_ORDINAL})\s+(?=(?:place|spot|position)\s+(?:both\s+)?(?:among|as|on)\b)"
    rf"|\b(?P<adjective>{_ORDINAL})-(?:place|ranked)\b"
    rf"|\bin\s+(?P<inplace>{_ORDINAL})\s+place\b"
    rf"|\b(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved|fallen|risen)\s+(?:back\s+)?"
    rf"(?:from\s+(?:the\s+)?{_ORDINAL}\s+)?to\s+(?:the\s+)?"
    rf"(?P<moved>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<as_a>{_ORDINAL})\s+(?=as\s+an?\s+(?:market|buyer|destination|customer|supplier|source|holder|investor)\b)"
    rf"|\b(?P<only>second|third)\s+(?:in\s+(?:size|scale|value|amount|volume)\s+)?only\s+to\s+(?:that\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.]*(?:\W?s\b)?\s*){{1,3}}"
    r"(?:(?:as|among)\s+(?:an?\s+|the\s+)?)?"
    r"|\b(?P<trail>trail(?:s|ed)?\s+only)\s+(?:those\s+of\s+)?(?:the\s+)?[A-Z][\w.]*+(?:\W?s)?+"
    r"(?!\s+[A-Z]|,\s+(?:and\s+)?(?:the\s+)?[A-Z]|,?\s+(?:and|or)\s+(?:the\s+)?[A-Z])"
    r"|\b(?P<super>largest|biggest|greatest)\b(?=(?:\s+[\w.'\u2019]+){0,6}?(?:,?\s+(?:except(?:\s+for)?|other\s+than|apart\s+"
    rf"from|save\s+for|excluding|outside(?:\s+of)?{_NOT_REGION})|\s+(?:but|save))\s+(?:(?:that|those)\s+of\s+)?"
    r"(?P<ahead>(?:the\s+)?(?-i:[A-Z])[^;.]{0,60}))"
    rf"|(?P<one>\b(?:single\s+)?(?:largest|biggest|greatest|foremost|No\.\s?1|number[- ]one)\b"
    rf"{_NOT_IN_TIME}{_NOT_IN_REGION}{_NOT_EXCEPT}"
    r"|(?:\bthe\s+|,\s+)(?:top|leading)\b"
    r"|\bthe\s+single\s+leading\b"
    r"|\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)\s+(?:the\s+)?(?:list|ranks|ranking|roster|table)\s+of\b"
    r"|\b(?:leads?|led|tops?|topped)\s+the\s+world\s+in\b"
    r"|\bahead\s+of\s+(?:all|every)\s+other\s+(?:country|countries|nation|nations|economy|economies)\s+as\b(?:\s+an?\b)?"
    r"|\b(?:tops?|topped|topping|outranks?|outranked|outstrips?|outstripped|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|leads?|led)\s+"
    r"(?:th(?:ose|at)\s+(?:of|from)\s+)?(?:(?:investors|firms|companies|holders)\s+(?:from|of|in)\s+)?"
    r"(?:all|every|each|any(?=\s+other\b))(?:\s+other)?\b(?=\s+(?:foreign\s+)?[a-z])"
    r"(?!(?:\s+[a-z]+){1,2},?\s+(?:but|except|save|other\s+than|apart\s+from|excluding)\b)"
    r"|\b(?:(?:is\s+)?(?:a|the)\s+(?:sum|figure|total|amount|stake|position)\s+)?no\s+other\s+(?:foreign\s+)?(?:country|nation|economy)(?:\W?s\s+(?:investors|firms|companies|holders))?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:matched|matches|equaled|equalled|equals|rivaled|rivals)\b"
    r"|\b(?:larger|bigger|greater|higher)\s+than\s+(?:(?:that|those)\s+of\s+)?(?:any|every)\s+other\s+(?:foreign\s+)?"
    r"(?:country|nation|economy|holder|investor)\b(?![^;.]{0,60}?\b(?:except|save|other\s+than|apart\s+from)\b))"
    r"|(?P<runner>\b(?:the\s+)?runner[- ]up\b(?:\s+to\s+(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s+among))?)"
    r"|\b(?P<except>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+"
    rf"{_THOSE}(?:the\s+)?(?:investors\s+(?:of|from)\s+)?(?:any|every|all)\s+(?:other\s+)?(?:country|nation|economy|"
    r"countries|nations|economies)\s+(?:except|but|other\s+than|save|apart\s+from)\s+(?P<but>(?:the\s+)?[A-Z][^;.]{0,60}))"
    r"|\bthe\s+(?:most|largest|highest)\s+(?:of|among)\s+any\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|investor|economy)\b"
    rf"{_NOT_EXCEPT}"
    r"|\b(?P<more>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+"
    rf"{_THOSE}(?:the\s+)?(?:investors\s+(?:of|from)\s+)?{_OR_ONE}any\s+other\s+(?:country|nation|foreign|economy))"
    ")",
    I,
)
_MORE_RANK = re.compile(
    r"(?=\b\w)(?:\bsecond\s+to\s+none\b"
    r"|\b(?:holds?|held|owns?|owned|has|had)\s+(?:by\s+far\s+)?the\s+most\b"
    r"(?!\s+(?:since|ever|in\s+(?:\w+\s+)?(?:years?|decades?|history)|on\s+record)\b)"
    r"|\bat\s+the\s+(?:very\s+)?(?:top|head)\s+of\s+(?:the\s+)?(?:list|ranks|rankings?|table|league\s+table)(?:\s+of\b)?"
    rf"|(?<=:\s)(?:(?:also|again|still|likewise|now)\s+)?(?P<bare>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    r"(?=\s*(?:[;.)]|$)|\s+(?:place|position|overall|among)\b|,\s+(?:with|at|behind|after|ahead|trailing|up|down|unchanged|"
    r"as|among|in|for|having|one|two|a\s+(?:notch|place|spot|rung)|just|only|then|the\s+same)\b)"
    rf"|\b(?:is|was|remains|remained|sits|sat)\s+(?P<copula>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})(?=\s*(?:[,;.)]|$)|\s+"
    r"(?:among|on\s+the\s+list|as\s+an?|in\s+(?:each|both|either|total|two-way|(?:19|20)\d\d)|behind|after|overall|both)\b)"
    r"|\b(?:led|topped|headed)\s+by\s+(?=Japan\b)"
    r"|\b(?:more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:(?:those|that)\s+of\s+)?(?:all|every\s+"
    r"(?:other\s+)?(?:country|nation|economy|partner))\s+but\s+(?P<allbut>two|three|four|five|six|seven|eight|nine|\d)\b))",
    I,
)
"""Rarer ways of saying a rank, tried only where their words stand (`_MORE_WORDS`): 'second to none', 'holds the most',
'at the top of the list of', a list item's bare 'fifth', 'is fifth among', 'led by Japan', 'than all but three'."""
_MORE_WORDS = (
    "none", "the most", "top of", "head of", ": ", "is ", "was ", "remain", "sits ", "sat ", "led by", "topped by",
    "headed by", " but ",
)  # fmt: skip
_WRITTEN = ("ordinal", "ranked", "among", "place", "adjective", "inplace", "as_a", "only", "moved", "bare", "copula")
"""The groups of a rank written as an ordinal."""
_PLACE = re.compile(r"\s*(?:place|spot|position|slot|rung)\b(?=\s+(?:both\s+)?(?:among|as|on)\b)", I)


_BY_LIST = re.compile(
    rf"\b(?:[Oo]nly|[Jj]ust)\s+{names('buyers')}\s+(?:(?:firms|companies|investors|holders|residents)\s+)?(?:(?:(?:buy|bought|buys|purchase[sd]?|import(?:s|ed)?|has|have|had|hold|holds|held|own|owns|"
    rf"owned|invest(?:s|ed)?|trade[sd]?|conduct(?:s|ed)?|did|do|does|sells?|sold|suppl(?:y|ies|ied)|ship(?:s|ped)?)|(?:(?:has|have|had)\s+)?(?:built(?:\s+up)?|amassed|accumulated))\s+(?:a\s+)?(?:more|larger|bigger|greater)|(?:outrank|exceed|surpass|outpace|top)(?:s|ed)?)\b"
    rf"(?![^;]{{0,100}}?\bthan\s+(?:the\s+)?(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:trail(?:s|ed|ing)?|[Bb]ehind)\s+only\s+(?:(?:that|those)\s+of\s+)?{names('leaders')}"
    rf"|\b(?:behind|trail(?:s|ed|ing)?)\s+(?:only\s+|just\s+)?(?P<behind>two|three|four|"
    r"five|six|seven|eight|nine|\d)\s+(?:other\s+(?=(?:countries|nations|economies|partners|suppliers|sources|markets|buyers|"
    r"customers|destinations|holders|investors)\b)|others\b)"
    rf"|\b(?:trail(?:s|ed|ing)?|(?:ranks?|ranked|c(?:a|o)mes?(?:\s+in)?|stood|stands?|placed|finished|is|was)\s+(?:just\s+)?behind)"
    rf"\s+(?P<several>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped|outsized|bettered)\s+(?:in\s+(?:size|value|scale|volume)\s+)?"
    rf"(?:only|just)\s+by\s+(?:(?:that|those)\s+(?:of|to|from|for)\s+)?{names('rivals')}"
    rf"|\b{names('alone')}\s+alone\s+(?:(?:firms|companies|investors|holders|residents)\s+)?(?:(?:holds?|held|has|had|owns?|"
    r"owned|buys?|bought|invests?|invested|sells?|sold|suppl(?:ies|ied)|ships?|shipped|trades?|traded)\s+(?:a\s+)?"
    r"(?:more|larger|bigger|greater)|(?:outranks?|outranked|ranks?\s+(?:higher|above)|ranked\s+(?:higher|above)))\b"
    r"(?![^;]{0,100}?\bthan\s+(?:the\s+)?(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped|bettered)\b[^;,]{{1,50}}?\bby\s+(?:(?:that|those)\s+of\s+)?"
    rf"(?:{names('alone_by')}\s+alone|(?i:only|just)\s+(?:(?:that|those)\s+of\s+)?{names('only_by')})\b"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped)\s+(?:(?:only\s+)?by\s+(?:(?:that|those)\s+(?:of|from)\s+)?(?:only|just)"
    rf"\s+|only\s+by\s+(?:U\.S\.\s+)?trade\s+with\s+|in\s+(?:only\s+|just\s+)?)(?P<count>two|three|four|five|six|seven|eight|nine|\d)\s+(?:other\s+)?"
    r"(?:countries|nations|economies|suppliers|sources|markets|buyers|partners)\b"
    r"|\b(?:shipped|sold|exported|sent|bought|imported|purchased)\s+more\s+(?:\w+\s+){0,3}?(?:to|from)\s+(?P<to>two|three|"
    r"four|five|six|seven|eight|nine)\s+other\s+(?:countries|nations|economies|markets|suppliers|partners)(?=\s+than\s+(?:to|from)\s)"
    r"|\b(?:[Oo]nly\s+)?(?P<ahead>two|three|four|five|six|seven|eight|nine|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine)\s+(?:other\s+)?(?:countries|nations|economies|partners|suppliers|buyers|customers)(?:\s*[\u2014\u2013]\s*[^\u2014\u2013;]{1,60}?\s*"
    rf"[\u2014\u2013]\s*|\s+\([^()]{{1,60}}\)\s+|,\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME},\s+|\s+)"
    r"(?:(?:likewise|also|each|all|too|similarly|still)\s+)?"
    r"(?:traded|trade|bought|buy|purchased|purchase|sold|sell|supplied|supply|shipped|held|hold|owned|own|invested|"
    r"conducted|conduct|did|do)\s+more\b(?=[^;]{0,60}?\bthan\s+(?:did\s+|does\s+)?(?:Japan|it)\b)"
    r"|\b(?:[Oo]nly|[Jj]ust)\s+(?P<few>two|three|four|five|six|seven|eight|nine)\s+(?:other\s+)?(?:countries|nations|economies|"
    r"partners|suppliers|buyers|customers|markets)\s+(?:(?:likewise|also|each|all|too|still)\s+)?(?:traded|trade|bought|buy|"
    r"purchased|purchase|imported|import|sold|sell|supplied|supply|shipped|ship|exported|export|held|hold|owned|own|invested)"
    r"\s+more\b(?![^;]{0,100}?\bthan\b)"
    r"|\b(?:outrank(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|outpac(?:e|es|ed|ing)"
    r"|outsell(?:s|ing)?|outsold)\s+(?:those\s+of\s+)?(?:all|every)\s+(?:other\s+)?(?:country|countries|nation|nations|economy|"
    r"economies|partners?|suppliers?|markets?|sources?|buyers?|holders?|investors?),?\s+(?:but|except(?:\s+for)?|save(?:\s+for)?|"
    rf"other\s+than|apart\s+from|excluding)\s+(?:(?P<allbut>two|three|four|five|six|seven|eight|nine|\d)\b|{names('excepted')})"
    r"|\b(?:(?i:only|just)\s+)?(?P<above>two|three|four|five|six|seven|eight|nine|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine)\s+(?:other\s+)?(?:countries|nations|economies|(?:trading\s+)?partners|suppliers|sources|"
    r"markets|buyers|customers|destinations)\s+(?:(?:came|come|ranked|rank|ranks|stood|stand|were|are|placed|finished|sat|sit)"
    r"\s+(?:ahead\s+of|above|before|higher\s+than)|outrank(?:ed|s)?|topped|top)\s+(?:Japan|it)\b",
)
"""A rank said by the countries ahead: 'only Canada, Mexico, and China buy more' (4th), 'trails China and Canada'
(3rd), 'exceeded only by that of British firms' (2nd), 'only the United Kingdom outranks Japan' (2nd)."""
_FEWER = re.compile(  # 'a smaller market for U.S. exports than five others' (6th), read at 'than'
    r"\b(?:smaller|lesser|weaker)\s+(?:market|buyer|customer|destination|supplier|source|seller)\b[^;]{0,60}?\s(?P<than>than\s+"
    r"(?P<fewer>two|three|four|five|six|seven|eight|nine)\s+(?:other\s+(?:countries|nations|economies|partners|suppliers)|others)\b)",
    I,
)
_NTH_BEHIND = re.compile(
    rf"(?i:\b(?:a\s+(?:close|distant|strong|solid|narrow|clear|comfortable|respectable)\s+)?(?P<nth>{_ORDINAL})"
    r"(?:\s+place)?,?\s+(?:only\s+)?(?:to|behind|after|trailing)\s+(?:only\s+)?(?:(?:that|those)\s+of\s+)?)"
    rf"{names('ahead')}"
)
"""A rank with the countries ahead of it, read when they are one fewer: 'a distant third behind China and Canada'."""
_DID = re.compile(
    r"(?<=[;,]\s)(?:(?:only|just)\s+)?(?P<did>two|three|four|five|six|seven|eight|nine|\d)\s+(?:others?\s+)?did\b(?!\s+not\b)",
    I,
)
"""A count of those ahead said again with 'did' after a clause that counted them: '...; by sales, only four did'."""
_BY_LIST_WORDS = (
    "only", "trail", "just", "more", "behind", "alone", "ahead", "above", "before", "higher", "outrank", "top",
    "surpass", "exceed", "beat", "outpac", "outs",
)  # fmt: skip
"""A word each match of _BY_LIST holds: without any, it is not tried."""
_NTH_HINT = re.compile(r"(?:st|nd|rd|th)(?: place)?,? (?:only )?(?:to|behind|after|trailing) ")
"""Where an ordinal may stand before the countries ahead of it: _NTH_BEHIND is tried only then."""
_NO_OTHER = re.compile(
    r"\b(?:(?:no|(?:nor|neither)\s+(?:does|did)\s+any)\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|economy)(?:\W?s\s+"
    r"(?:firms|companies|investors|holders|residents))?|(?:nobody|no\s+one|none)(?:\s+else)?(?:\s+(?:abroad|overseas|outside\s+Japan))?)\s+"
    r"(?:(?:has|have|had)\s+(?:ever\s+)?)?(?:has|have|had|holds?|held|owns?|owned|invests?|invested|(?:is|was)(?=\s+a\s+(?:larger|bigger|greater)\b[^;]{0,100}?\bthan\s+(?:Japan|it)\b))\s+"
    r"(?:(?:a\s+)?(?:larger|more|bigger|greater)\b(?![^;]{0,100}?\bthan\s+(?!(?:Japan|it|does\s+Japan|Japanese)\b))"
    r"|as\s+(?:large|big|much|many)\b)",
    I,
)
"""'No other country holds more Treasuries than Japan', 'no other country's firms hold as large a stock', 'none owns
more': first, the comparison with the sentence's subject said or implied (never 'more ... than China')."""
_NAMED = re.compile(_NAME)
_LABELLED = re.compile(r"\b(?:rank|ranking)\b[^:;]{0,80}:\s*(?P<place>[1-9]|1[0-2])\s*(?:\([^()]{0,40}\))?\s*[.;]?$", I)
"""A list item's or table row's rank as a bare figure after a label that says it is one: 'Rank as source of FDI in the
United States: 1', a row 'U.S. trading partner, overall' under a column 'Japan's rank' ('...: 4')."""


def _listed(text: str) -> int:
    """How many countries a list names: 'Canada, Mexico, and China' is 3."""
    return len(_NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", text)))


def _ordinal(written: str) -> int:
    word = written.casefold()
    return p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))


@lru_cache(maxsize=512)
def ranks(text: str) -> tuple[Candidate, ...]:
    """Every rank: 'fourth-largest', 'ranked fifth among', 'single largest', 'second only to', 'more than any other'."""
    found = [
        Candidate("", "among_top", match.start(), match.end())
        for match in re.finditer(r"\b(?:a|one of the|among the)\s+(?:top|leading|largest|biggest)\b", text, I)
    ]
    more = _MORE_RANK.finditer(text) if may_hold(text, _MORE_WORDS) else ()
    for match in (*_RANK.finditer(text), *more):
        if any(top.start <= match.start() < top.end for top in found):
            continue
        groups = match.groupdict()
        if groups.get("inplace") and any(other.start() <= match.start() < other.end() for other in NEXT.finditer(text)):
            continue  # 'more than investors in the United Kingdom, now in second place': the UK's place
        written = next((groups[g] for g in _WRITTEN if groups.get(g)), None)
        second = groups.get("trail") or groups.get("runner")
        numbered = groups.get("numbered")
        rank = 2 if second else _ordinal(written) if written else int(p.number_of(numbered) or 0) if numbered else 1
        if exception := groups.get("ahead") or groups.get("but"):  # 'except China, Mexico, and Canada': fourth
            rank = 1 + _listed(re.split(r",?\s+(?!and\b|or\b|the\b)[a-z]", exception)[0])
        if groups.get("allbut"):  # 'bought more U.S. exports than all but three countries': fourth
            rank = 1 + int(p.number_of(groups["allbut"].lower()) or 0)
        place = _PLACE.match(text, match.end())  # 'slipped to sixth place among': the unit follows the place
        found.append(Candidate(rank, "exact", match.start(), place.end() if place else match.end()))
    listed = _BY_LIST.finditer(text) if may_hold(text, _BY_LIST_WORDS) else ()
    ahead_of = None  # 'five partners came ahead of Japan; ..., only four did': the second count says the same of Japan
    for match in listed:
        if match.group("above"):
            ahead_of = match.end()
        if not any(other.start <= match.start() < other.end for other in found):
            count = next(filter(None, match.group("count", "ahead", "behind", "above", "few", "allbut", "to")), None)
            who = "" if count else next(group for group in match.groups() if group)
            if "Japan" in who:
                continue  # 'Japan alone holds more': Japan is the one ahead, not the one ranked
            ahead = int(p.number_of(count.lower()) or 0) if count else _listed(who)
            found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    for match in ALONE.finditer(text) if may_hold(text, WORDS) else ():
        named = next(group for group in match.groups() if group)
        if "Japan" not in named and not any(other.start <= match.start() < other.end for other in found):
            found.append(Candidate(_listed(named) + 1, "exact", match.start(), match.end()))
    found += [Candidate(1, "exact", *match.span()) for match in NEXT.finditer(text)] if "second" in text else []
    for match in _DID.finditer(text, ahead_of) if ahead_of is not None and " did" in text else ():
        found.append(Candidate(int(p.number_of(match.group("did").lower()) or 0) + 1, "exact", *match.span()))
    for match in _FEWER.finditer(text) if "than" in text else ():
        found.append(Candidate(int(p.number_of(match.group("fewer").lower()) or 0) + 1, "exact", *match.span("than")))
    if _NTH_HINT.search(text):
        for match in _NTH_BEHIND.finditer(text):
            rank = _ordinal(match.group("nth"))
            if _listed(match.group("ahead")) + 1 == rank and not any(
                other.start <= match.start() < other.end for other in found
            ):
                found.append(Candidate(rank, "exact", match.start(), match.end()))
    if ":" in text and (labelled := _LABELLED.search(text)):  # 'Japan's rank among U.S. trade partners (2019): 4'
        found.append(Candidate(int(labelled.group("place")), "exact", *labelled.span("place")))
    if may_hold(text, ("o country", "o other", "no ", "obody", "o one", "none", "nor ")):
        found += [Candidate(1, "exact", match.start(), match.end()) for match in _NO_OTHER.finditer(text)]
    if any(candidate.value == 1 for candidate in found):  # 'after China, Canada, and Mexico, the largest': fourth
        found = set_aside(text, counted_after(text, found) if may_hold(text, BEFORE_WORDS) else found)
    return tuple(sorted(_with_asides(text, found) if ", " in text else found, key=lambda candidate: candidate.start))


_ASIDE = re.compile(
    rf",\s+(?:(?:only\s+)?(?i:after|behind|trailing|following)\s+(?:only\s+)?(?>{names('aside')})"
    r"(?:,|(?=\s*(?:\([^()]{1,40}\)\s*)?(?:[.;]|$)))|(?i:ahead\s+of)\s+[^,;]{1,60},)"
    rf"|(?<=other)\s+(?:foreign\s+)?(?:country|countries|nations?|economies|economy|holders?|creditors?),\s+"
    rf"(?:including\s+(?!Japan){_NAME}|(?!Japan){_NAME}\s+included),"
)
"""The countries around a rank set off by commas or ending its clause ('ranks second, after China, among foreign
holders'), the whole list; and those a first place counts in ('outranks every other country, China included, as')."""


def _with_asides(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each rank stretched over the aside after it, so that what it ranks among follows it; a rank the countries
    named ahead of it disagree with is dropped ('fourth, after China,' is unsure)."""
    kept = []
    for candidate in found:
        aside = _ASIDE.match(text, candidate.end)
        if aside is None or candidate.value == "":
            kept.append(candidate)
        elif aside.group("aside") is None or _listed(aside.group("aside")) + 1 == candidate.value:
            kept.append(Candidate(candidate.value, candidate.qualifier, candidate.start, aside.end()))
    return kept


__all__ = ["ranks"]
