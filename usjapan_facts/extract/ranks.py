"""Every rank in a sentence, however it is said: 'fourth-largest', 'ranked fifth among', 'second only to', 'more than
any other'; those said by the countries ahead are read by `counted_ranks`. Pure, no I/O."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import BEFORE_WORDS, NEXT, counted_after, names, set_aside
from usjapan_facts.extract.ahead import NAME as _NAME
from usjapan_facts.extract.ahead import NOT_EXCEPT as _NOT_EXCEPT
from usjapan_facts.extract.ahead_roles import ahead_roles
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.counted_ranks import ORDINAL as _ORDINAL
from usjapan_facts.extract.counted_ranks import counted, listed, ordinal_value
from usjapan_facts.extract.first_chars import each_gated
from usjapan_facts.extract.only_ahead import only_ahead
from usjapan_facts.extract.passive_ranks import WORDS as _PASSIVE_WORDS
from usjapan_facts.extract.passive_ranks import passive
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_SUPERLATIVE = (
    r"(?:largest|biggest|highest|top|leading|greatest|most important|ranked|ranking|"
    r"most(?=\s+(?:of|among)\s+any\b))"
)
"""What follows an ordinal to make a rank: 'fourth-largest', 'fifth most of any country'."""
NOT_A_CHANGE = (
    r"(?!\s+(?:(?:one-year|annual|yearly|percentage|dollar)\s+)?(?:declines?|increases?|decreases?|drops?|rises?|gains?|"
    r"falls?|jumps?|reductions?|cuts?|swings?|changes?|narrowing|widening|growth|improvement|contraction|expansion)\b)"
)
"""Not a rank of a change's size: 'the fourth-largest increase', 'the biggest drop'."""
BY_THE = r"(?<!\bby\sthe\s)(?<!\bby\sthe\ssingle\s)"
"""A change told by its rank among changes: 'shrank by the seventh-largest amount', not the level's rank."""
_NOT_IN_TIME = (
    r"(?!\s+(?:(?:annual|yearly|monthly|total|level|figure|amount|value)\s+)?(?:since|ever|on\s+record|in\s+(?:\w+\s+){0,2}"
    r"(?:years?|decades?|history|memory)|to\s+date|so\s+far)\b)" + NOT_A_CHANGE
)
"""A superlative of time, not of rank among countries: 'the largest on record', 'the biggest since 2008'; nor of a
change's size: 'the fourth-largest increase'."""
_PART_OF = r"(?:the\s+)?(?:East\s+|Southeast\s+|South\s+|Northeast\s+|U\.S\.\s+(?:treaty\s+)?|treaty\s+)?"
_REGIONS = (
    r"Asia|Asian|Europe|European|region|Indo-Pacific|Asia-Pacific|Pacific|G-?7|Latin\s+America|allies|G-?20|OECD|"
    r"NATO|(?:advanced|developed|industriali[sz]ed)\s+(?:economies|countries|nations|democracies)"
)
"""A region's names, with the part of it a name may carry ('Southeast Asia'), and a group of countries a rank may be
among only ('among U.S. allies', 'among OECD members')."""
_GROUP_WORDS = ("asia", "region", "europe", "pacific", "g7", "g-7", "latin", "allies", "g20", "g-20", "oecd", "nato",
                "advanced", "developed", "industrial")  # fmt: skip
"""A word (lower case) each region or group of `_REGIONS` holds."""
NOT_IN_REGION = (
    r"(?!(?:\s+(?:market|source|buyer|supplier|holder|investor|partner|economy|destination)s?"
    r"(?:\s+(?:of|for)\s+(?:[\w.-]+\s+){0,4}?[\w.-]+)?)?\s+(?:in|among|within)\s+"
    rf"{_PART_OF}(?:{_REGIONS})\b|\s+outside\b)"
)
"""A superlative of a region only, not of rank among all countries: 'the largest in Asia', 'the biggest outside North
America', 'the second-largest holder of U.S. Treasuries among Asian economies'."""
_NOT_REGION = (
    r"(?!\s+(?:the\s+)?(?:Asia|Europe|Africa|Americas?|North\s+America|Latin\s+America|Middle\s+East|East|Southeast|South|"
    r"Northeast|Indo-Pacific|Pacific|region|G-?7|OECD|EU|European))"
)
"""'The world's largest outside China' is second; 'the largest outside Asia' ranks only outside a region."""
_HOLDERS = r"(?:investors|holders|owners|firms|companies|businesses|residents)"
_THOSE = (
    rf"(?:(?:by\s+)?(?:the\s+)?(?:(?:those|that)\s+of\s+(?:the\s+)?(?={_HOLDERS}\b))?(?:those|that|{_HOLDERS})\s+"
    r"(?:of|in|from|based\s+in)\s+|by\s+)?"
)
"""Whose holdings a rank is compared with: 'than those in any other country', 'than investors from any other', 'than
that of firms from any other country'."""
_OR_ONE = (
    r"(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?(?:\W?s)?(?:\s*\([^()]{1,40}\))?,?\s+or\s+"
    r"(?:(?:those|that)\s+of\s+|(?:in|of|from)\s+)?)?"
)
"""One country named before any other, its figure beside it: 'more than those of China or any other foreign country',
'more than holders in China ($1.1 trillion) or in any other foreign country'."""
_WAYS = (  # each way of saying a rank, one alternative each
    rf"{BY_THE}\b(?P<ordinal>{_ORDINAL})(?:[- ]|-\s)(?:{_SUPERLATIVE})\b{_NOT_IN_TIME}{NOT_IN_REGION}"
    rf"|\b(?:ranks?|ranked|ranking|placed|stood|stands|c(?:a|o)me(?:\s+in)?|finished)\s+(?:as\s+(?:the\s+)?|(?:one|two|a)\s+(?:notch|place|spot|step)"
    rf"(?:es|s)?\s+(?:higher|lower),?\s+)?(?P<ranked>{_ORDINAL})\b"
    rf"(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<among>{_ORDINAL})(?:,\s+(?:also|too|again|likewise|still),)?\s+(?:(?:also|too|again|likewise|still)\s+)?(?=among\b|on\s+the\s+list\b)"
    rf"|\b(?P<overall>{_ORDINAL})\s+(?=overall\b)"  # 'Japan, fifth overall, ...': a place on the whole ranking
    r"|\b(?:No\.\s?|number[- ])(?P<numbered>[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten)\b(?![.,]?\d)"
    rf"|\b(?P<place>{_ORDINAL})\s+(?=(?:place|spot|position)\s+(?:both\s+)?(?:among|as|on)\b)"
    rf"|\b(?P<adjective>{_ORDINAL})-(?:place|ranked)\b"
    rf"|\bin\s+(?P<inplace>{_ORDINAL})\s+place\b"
    rf"|\b(?:fell|dropped|slipped|slid|sank|rose|climbed|jumped|moved|fallen|risen)\s+(?:back\s+)?"
    r"(?:(?:a|one|two|three|four|\d)\s+(?:places?|spots?|notch(?:es)?|positions?),?\s+)?"  # 'slipped two places, to'
    rf"(?:from\s+(?:the\s+)?{_ORDINAL}\s+)?to\s+(?:the\s+)?"
    rf"(?P<moved>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    # 'slipped from third to fifth, then to sixth': the last step of a sequence of places
    rf"|(?:(?<=,\s)|(?<=\band\s))then\s+(?:on\s+)?to\s+(?:the\s+)?(?P<then>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    rf"|\b(?P<as_a>{_ORDINAL})\s+(?=as\s+an?\s+(?:market|buyer|destination|customer|supplier|source|holder|investor)\b)"
    rf"|\b(?P<only>second|third)\s+(?:in\s+(?:size|scale|value|amount|volume)\s+)?only\s+to\s+(?:that\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w.]*(?:\W?s\b)?\s*){{1,3}}"
    r"(?:(?:as|among)\s+(?:an?\s+|the\s+)?)?"
    r"|\b(?P<trail>(?:trail|lag)(?:s|ed|ged|ing|ging)?\s+only)\s+(?:th(?:ose|at)\s+of\s+)?(?:the\s+)?(?!U\.S\.)(?-i:[A-Z])[\w.]*+(?:\s+(?-i:[A-Z])[\w.]*+)?(?:\W?s)?+"
    r"(?!\s+(?-i:[A-Z])|,\s+(?:and\s+)?(?:the\s+)?(?-i:[A-Z])|,?\s+(?:and|or)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\b(?P<super>largest|biggest|greatest)\b(?=(?:\s+[\w.'\u2019]+){0,6}?(?:,?\s+(?:except(?:\s+for)?|other\s+than|apart\s+"
    rf"from|save\s+for|excluding|outside(?:\s+of)?{_NOT_REGION})|\s+(?:but|save))\s+(?:(?:that|those)\s+of\s+)?"
    r"(?P<ahead>(?:the\s+)?(?-i:[A-Z])[^;.]{0,60}))"
    # 'has been the largest since June 2019': first for all that time, no superlative of time
    r"|(?<=\bbeen\s)the\s+(?:single\s+)?(?:largest|biggest|greatest)\b(?=\s+since\b)"
    rf"|{BY_THE}(?P<one>\b(?:single\s+)?(?:largest|biggest|greatest|foremost|No\.\s?1|number[- ]one)\b"
    rf"{_NOT_IN_TIME}{NOT_IN_REGION}{_NOT_EXCEPT}"
    r"|(?:\bthe\s+|,\s+)(?:top|leading)\b(?!\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d))"
    r"|\bthe\s+single\s+leading\b"
    r"|\b(?:tops?|topped|topping|heads?|headed|heading|leads?|led|leading)\s+(?:the\s+)?(?:list|ranks|ranking|roster|table)\s+of\b"
    r"|\b(?:leads?|led|tops?|topped)\s+the\s+world\s+in\b"
    r"|\bahead\s+of\s+(?:all|every)\s+other\s+(?:country|countries|nation|nations|economy|economies)\s+as\b(?:\s+an?\b)?"
    # 'ahead of every other country's': their measures, Japan's first
    r"|\bahead\s+of\s+(?:th(?:ose|at)\s+of\s+)?(?:all|every)\s+other\s+(?:foreign\s+)?(?:country|countries|nation|nations|"
    r"economy|economies|holder|holders|investor|investors|owner|owners)(?:\W?s\b|(?<=s)\W)(?![^;.]{0,60}?\b(?:except|but|save|"
    r"other\s+than|apart\s+from)\b)"
    r"|\b(?:tops?|topped|topping|outranks?|outranked|outstrips?|outstripped|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|leads?|led)\s+"
    # 'exceeded that of the United Kingdom, which held the lead until 2019, and every other country's': one named first
    r"(?:(?:th(?:ose|at)\s+of\s+)?(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?(?:\W?s)?(?:,[^,;]{1,60})?,?\s+and\s+)?"
    r"(?:th(?:ose|at)\s+(?:of|from)\s+)?(?:(?:investors|firms|companies|holders)\s+(?:from|of|in)\s+)?"
    r"(?:all|every|each|any(?=\s+other\b))(?:\s+other)?\b(?=\s+(?:foreign\s+)?[a-z])"
    r"(?!(?:\s+[a-z]+){1,2},?\s+(?:but|except|save|other\s+than|apart\s+from|excluding)\b)"
    r"|\b(?:(?:is\s+)?(?:a|the)\s+(?:sum|figure|total|amount|stake|position)\s+)?no\s+other\s+(?:foreign\s+)?(?:country|nation|economy)(?:\W?s\s+(?:investors|firms|companies|holders))?\s+"
    r"(?:has\s+|had\s+|have\s+)?(?:matched|matches|equaled|equalled|equals|rivaled|rivals)\b"
    r"|\b(?:an?\s+(?=\w+\s+(?:stock|stake|position|holdings?|total|amount|sum)\b))?(?:larger|bigger|greater|higher)\s+"
    r"(?:(?:stock|stake|position|holdings?|total|amount|sum)\s+(?:of\s+[^;,$]{1,60}?\s+)?)?than\s+"
    rf"(?:(?:that|those)\s+of\s+)?{_THOSE}(?:any|every)\s+other\s+(?:foreign\s+)?"
    r"(?:country|nation|economy|holder|investor)\b(?![^;.]{0,60}?\b(?:except|save|other\s+than|apart\s+from)\b))"
    r"|(?P<runner>\b(?:the\s+)?runner[- ]up\b(?:\s+to\s+(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?=\s+among))?)"
    r"|\b(?P<except>more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+"
    rf"{_THOSE}(?:the\s+)?(?:investors\s+(?:of|from)\s+)?(?:any|every|all)\s+(?:other\s+)?(?:country|nation|economy|"
    r"countries|nations|economies)\s+(?:except|but|other\s+than|save|apart\s+from)\s+(?P<but>(?:the\s+)?[A-Z][^;.]{0,60}))"
    r"|\bthe\s+(?:most|largest|highest)\s+(?:of|among|(?:held|owned)\s+by)\s+any\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|investor|economy)\b"
    rf"{_NOT_EXCEPT}"
    r"|\b(?P<more>more|(?:larger|greater|bigger)\s+(?:amounts?|holdings?|sums?|quantities)(?:\s+of)?)\b(?=[^;]{0,80}?\bthan\s+"
    rf"{_THOSE}(?:the\s+)?(?:investors\s+(?:of|from)\s+)?{_OR_ONE}any\s+other\s+(?:country|nation|foreign|economy))"
)
# Each way of saying a rank starts at a word's first character or a comma: looking there first spares every alternative
# its own try at each other place in the sentence; and each way is behind the look-ahead for its own first characters,
# turned down at once where none stands (the same matches, in a third of the time).
_RANK = re.compile(rf"(?=\b\w|,)(?:{each_gated(_WAYS, I)})", I)
_RIVAL = (
    r"(?:country|countries|nation|nations|economy|economies|government|governments|holder|holders|investor|investors|"
    r"creditor|creditors|owner|owners)"
)
"""Whom Japan is ranked against, said by none of them doing more: 'no other foreign holder', 'any foreign
government'."""
_MORE_RANK = re.compile(
    r"(?=\b\w)(?:\bsecond\s+to\s+none\b"
    r"|\b(?:holds?|held|owns?|owned|has|had)\s+(?:by\s+far\s+)?the\s+most\b"
    r"(?!\s+(?:since|ever|in\s+(?:\w+\s+)?(?:years?|decades?|history)|on\s+record)\b)"
    r"|\b(?:at\s+the\s+(?:very\s+)?(?:top|head)\s+of|atop)\s+(?:the\s+)?(?:list|ranks|rankings?|table|league\s+table)(?:\s+of\b)?"
    rf"|(?<=:\s)(?:(?:also|again|still|likewise|now)\s+)?(?P<bare>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})"
    r"(?=\s*(?:[;.)]|$)|\s+(?:place|position|overall|among)\b|,\s+(?:with|at|behind|after|ahead|trailing|up|down|unchanged|"
    r"as|among|in|for|having|one|two|a\s+(?:notch|place|spot|rung)|just|only|then|the\s+same)\b)"
    rf"|\b(?:is|was|remains|remained|sits|sat)\s+(?P<copula>{_ORDINAL})\b(?![- ]{_SUPERLATIVE})(?=\s*(?:[,;.)]|$)|\s+"
    r"(?:among|on\s+the\s+list|as\s+an?|in\s+(?:each|both|either|total|two-way|(?:19|20)\d\d)|behind|after|overall|both|"
    r"now|today|currently)\b)"
    rf"|^(?P<fronted>{_ORDINAL})(?:,?\s+(?:too|also|again|likewise),?)?\s+(?:was|is)\s+(?:its|their|Japan\W?s)\s+"
    r"(?:position|place|rank|ranking|standing|spot)\b"
    r"|\b(?:led|topped|headed)\s+by\s+(?=Japan\b)"
    # 'rounded out the top five': the last of the top N is Nth
    r"|\b(?:round(?:s|ed|ing)|clos(?:es|ed|ing))\s+out\s+the\s+top\s+(?P<numbered>[2-9]|1[0-2]|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b"
    r"|(?:(?<=\bJapan\s)|(?<=\bit\s)|(?<=\bJapan\snow\s)|(?<=\bJapan\sstill\s))leads\b(?=\s*(?:[,;.]|$))"
    # 'Nor does any foreign government hold more ...: Japan's came to', 'no other foreign holder comes near': none ahead
    rf"|\b(?:[Nn]or\s+(?:does|did)\s+any|[Nn]o)\s+(?:other\s+)?(?:foreign\s+)?{_RIVAL}\s+(?:(?:holds?|held|owns?|owned|"
    r"has|had|have|invests?|invested)\s+more|(?:comes?|came|gets?|got)\s+(?:anywhere\s+)?(?:near|close)(?!\s+(?:to\s+)?(?:either|both|them)\b))\b"
    r"(?![^;]{0,100}?\bthan\b)"
    r"|\b(?:more|larger\s+(?:amounts?|holdings?)\s+of)\b(?=[^;]{0,80}?\bthan\s+(?:(?:those|that)\s+of\s+)?(?:all|every\s+"
    r"(?:other\s+)?(?:country|nation|economy|partner))\s+but\s+(?P<allbut>two|three|four|five|six|seven|eight|nine|\d)\b))",
    I,
)
"""Rarer ways of saying a rank, tried only where their words stand (`_MORE_WORDS`): 'second to none', 'holds the most',
'at the top of the list of', 'atop the list of', a list item's bare 'fifth', 'is fifth among', 'led by Japan', 'than
all but three', 'Among holders of Treasuries, Japan leads', 'rounded out the top five', 'no other holder comes near'."""
_MORE_WORDS = (
    "none", "the most", "top of", "head of", "atop", ": ", "is ", "was ", "remain", "sits ", "sat ", "led by",
    "topped by", "headed by", " but ", " leads", " out the top", "no ", "nor ",
)  # fmt: skip
_REGION = rf"{_PART_OF}(?:{_REGIONS}|regional)\b"
_REGIONAL = re.compile(
    rf"(?:\s+(?!(?:and|but|while|whereas)\b)[\w.'\u2019-]+){{0,7}}?\s+(?:in|among|within)\s+{_REGION}", I
)
_REGIONAL_LEAD = re.compile(
    rf"(?:^|[;:]\s*)(?:Among|In|Within|Of)\s+(?:all\s+)?{_REGION}(?:\s+[a-z]+){{0,2}},(?=[^,;]*$)", I
)
"""A rank among a region's countries only, said after it ('the largest U.S. trading partner in Asia after China') or
opening its statement ('Among Asian economies, Japan is the second-largest'): no rank among all countries."""
_REGIONAL_AMONG = re.compile(rf"\bamong\s+[^,;]{{0,60}}?\s+(?:in|within|of)\s+{_REGION}", I)
"""The set a rank is among, said before it, a region's only: 'Japan's rank among U.S. trading partners in Asia was
second'."""
_OUTSIDE = re.compile(
    rf"\boutside\s+(?:of\s+)?(?:{_REGION}|(?:the\s+)?(?:North\s+America|(?:the\s+)?Americas?|Western\s+Hemisphere|EU)\b)",
    I,
)
"""A place among the countries outside a region ('only China bought more outside North America'): not the place among
all countries, which the sentence leaves to be worked out."""
_WRITTEN = (
    "ordinal", "ranked", "among", "overall", "then", "place", "adjective", "inplace", "as_a", "only", "moved", "bare",
    "copula", "fronted",
)  # fmt: skip
"""The groups of a rank written as an ordinal."""
_PLACE = re.compile(r"\s*(?:place|spot|position|slot|rung)\b(?=\s+(?:both\s+)?(?:among|as|on)\b)", I)


@lru_cache(maxsize=512)
def ranks(text: str) -> tuple[Candidate, ...]:
    """Every rank: 'fourth-largest', 'ranked fifth among', 'single largest', 'second only to', 'more than any other'."""
    found = [
        Candidate("", "among_top", match.start(), match.end())
        for match in re.finditer(r"\b(?:a|one of the|among the)\s+(?:top|leading|largest|biggest)\b", text, I)
    ]
    folded = text.lower()  # once, for the three cheap tests below
    more = _MORE_RANK.finditer(text) if may_hold(text, _MORE_WORDS, folded) else ()
    for match in (*_RANK.finditer(text), *more):
        if any(top.start <= match.start() < top.end for top in found):
            continue
        groups = match.groupdict()
        written = next((groups[g] for g in _WRITTEN if groups.get(g)), None)
        if written and ordinal_value(written) == 2 and any(o.start() <= match.start() < o.end() for o in _next(text)):
            continue  # 'more than investors in the United Kingdom, now in second place': the UK's place
        second = groups.get("trail") or groups.get("runner")
        numbered = groups.get("numbered")
        rank = (
            2 if second else ordinal_value(written) if written else int(p.number_of(numbered) or 0) if numbered else 1
        )
        if exception := groups.get("ahead") or groups.get("but"):  # 'except China, Mexico, and Canada': fourth
            rank = 1 + listed(re.split(r",?\s+(?!and\b|or\b|the\b)[a-z]", exception)[0])
        if groups.get("allbut"):  # 'bought more U.S. exports than all but three countries': fourth
            rank = 1 + int(p.number_of(groups["allbut"].lower()) or 0)
        place = _PLACE.match(text, match.end())  # 'slipped to sixth place among': the unit follows the place
        if groups.get("then"):  # 'slipped to fifth place among U.S. partners, then to sixth': fifth is a step passed
            found = [other for other in found if ";" in text[other.start : match.start()]]
        found.append(Candidate(rank, "exact", match.start(), place.end() if place else match.end()))
    if may_hold(text, _GROUP_WORDS, folded):
        found = [candidate for candidate in found if not regional(text, candidate.start, candidate.end)]
    found = ahead_roles(text, only_ahead(text, counted(text, found)))
    if found and may_hold(text, _PASSIVE_WORDS, folded):  # 'exceeded by those of China, the largest holder': 2nd
        found = passive(text, found)
    if "outside" in folded:  # 'outside North America, only China bought more': a place among a region's outsiders
        found = [candidate for candidate in found if not _outside(text, candidate.start, candidate.end)]
    if any(candidate.value == 1 for candidate in found):  # 'after China, Canada, and Mexico, the largest': fourth
        found = set_aside(text, counted_after(text, found) if may_hold(text, BEFORE_WORDS, folded) else found)
    return tuple(sorted(_with_asides(text, found) if ", " in text else found, key=lambda candidate: candidate.start))


@lru_cache(maxsize=64)
def _next(text: str) -> tuple[re.Match[str], ...]:
    """The first places said by who comes second ('topped those of second-place China'): the second is not Japan's."""
    return tuple(NEXT.finditer(text)) if "second" in text.lower() else ()


def regional(text: str, start: int, end: int) -> bool:
    """Tell whether the rank from `start` to `end` is among a region's countries only: 'the largest U.S. trading
    partner in Asia', 'Among Asian economies, Japan is the second-largest'."""
    statement = text.rfind(";", 0, start) + 1
    return bool(
        _REGIONAL.match(text, end)
        or _REGIONAL_LEAD.search(text, statement, start)
        or _REGIONAL_AMONG.search(text, statement, start)
    )


def _outside(text: str, start: int, end: int) -> bool:
    """Tell whether the statement of the rank from `start` to `end` ranks only outside a region."""
    close = text.find(";", end)
    return bool(_OUTSIDE.search(text, text.rfind(";", 0, start) + 1, len(text) if close < 0 else close))


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
        elif aside.group("aside") is None or listed(aside.group("aside")) + 1 == candidate.value:
            kept.append(Candidate(candidate.value, candidate.qualifier, candidate.start, aside.end()))
    return kept


__all__ = ["BY_THE", "NOT_A_CHANGE", "ranks", "regional"]
