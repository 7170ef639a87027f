"""Ranks said by counting or naming the countries ahead: 'only Canada, Mexico, and China buy more' (4th), 'a distant
third behind China and Canada', 'exceeded in only three other markets' (4th), 'no other country holds more ... than
Japan' (1st), a row's 'Rank as source of FDI: 1'. Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import ALONE, NEXT, WORDS, names
from usjapan_facts.extract.ahead import NAME as _NAME
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
ORDINAL = rf"(?:{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
"""An ordinal in words or figures: 'fourth', '4th'."""

_THEIRS = (
    r"(?:(?:that|those)\s+(?:of|to|from|for|with)\s+(?:(?:the\s+)?(?:investors|holders|owners|firms|companies|businesses|"
    r"residents)\s+(?:of|from|in|based\s+in)\s+)?|(?:the\s+)?(?:U\.S\.\s+)?(?:imports|purchases|exports|sales|shipments|"
    r"trade|deficits?|shortfalls?|surplus(?:es)?)\s+(?:(?:that\s+)?the\s+(?:United\s+States|U\.S\.)\s+ran\s+)?"
    r"(?:from|to|with|of)\s+)?"
)
"""Whose measure a rank is compared with, before the countries: 'that of', 'those to', 'imports from', 'the deficits
with', 'that of firms from'."""
_ENDS = r"(?!\w)(?!,?\s+(?:and|or)\b[^,;.]{0,30}?\s[A-Z][a-z])"
"""A list of the countries ahead that goes on in words ('China and Mexico, and by a slim margin Germany'): unsure."""
OTHERS_ONES = r"\bno\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|economy)\W?s"
"""The others' measure said by 'no other country's': '..., and no other country's is larger'."""
_HOMED = (
    r"(?:(?:the\s+)?(?:firms|companies|investors|holders|residents|businesses)\s+"
    r"(?:(?:based|headquartered)\s+in|from)\s+)?"
)
"""Those ahead named by their home before it: 'only firms based in the United Kingdom held more'."""
_BY_LIST = re.compile(
    rf"\b(?:[Oo]nly|[Jj]ust)\s+{_HOMED}{names('buyers')}\s+(?:(?:firms|companies|investors|holders|residents)\s+)?(?:(?:(?:buy|bought|buys|purchase[sd]?|import(?:s|ed)?|has|have|had|hold|holds|held|own|owns|"
    rf"owned|invest(?:s|ed)?|trade[sd]?|conduct(?:s|ed)?|did|do|does|sells?|sold|suppl(?:y|ies|ied)|ship(?:s|ped)?|ran|runs?|posted)|(?:(?:has|have|had)\s+)?(?:built(?:\s+up)?|amassed|accumulated))\s+(?:a\s+)?(?:more|larger|bigger|greater)|(?:outrank|exceed|surpass|outpace|top)(?:s|ed)?)\b"
    rf"(?![^;]{{0,100}}?\bthan\s+(?:the\s+)?(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:trail(?:s|ed|ing)?|[Bb]ehind)\s+only\s+{_THEIRS}{names('leaders')}{_ENDS}"
    # 'behind China ($1.12 trillion) and ahead of every other foreign holder': the ones named are all that are ahead
    rf"|\b(?:trail(?:s|ed|ing)?|[Bb]ehind)\s+{names('before_all')}(?:\s*\([^()]{{1,40}}\))?,?\s+(?:and|but)\s+"
    r"(?:ahead\s+of|above|before)\s+(?:every|all|any)\s+other\b"
    # 'behind just three countries:', 'trailed those of five partners', 'exceeded by those of just four other countries'
    r"|\b(?:behind|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|(?:exceeded|surpassed|outranked|outpaced|topped|bettered|"
    r"eclipsed|outdone)(?:\s+(?!by\b)[\w.]+){0,5}?\s+by)\s+(?:(?:that|those)\s+(?:of|with|to|from)\s+)?"
    r"(?:only\s+|just\s+|a\s+mere\s+)?(?:(?:that|those)\s+(?:of|with|to|from)\s+)?(?P<behind>two|three|four|"
    r"five|six|seven|eight|nine|\d)\s+(?:other\s+(?=(?:foreign\s+)?(?:countries|nations|economies|partners|suppliers|sources|"
    r"markets|buyers|customers|destinations|holders|investors|creditors)\b)|(?=foreign\s+(?:holders|investors|creditors|"
    r"suppliers|sources)\b)|others\b|(?=(?:countries|nations|economies|partners|suppliers|sources|markets|buyers|holders|"
    r"investors)(?:\s*[:;.)]|,(?!\s+(?:combined|together|taken\s+together))|\s*$|\s+(?:in|during|as\s+of|last|that|this)\b)))"
    r"|\b(?:behind|trail(?:s|ed|ing)?)\s+(?:only\s+|just\s+)?(?P<one>one)\s+(?:other\s+(?=(?:foreign\s+)?(?:country|nation|"
    r"economy|partner|supplier|source|market|buyer|customer|destination|holder|investor|creditor)\b)|(?=foreign\s+(?:holder|"
    r"investor|creditor|supplier|source)\b))"
    rf"|\b(?P<each>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:each|all|both)\s+(?:bought|purchased|imported|took|"
    r"supplied|shipped|sold|exported|held|owned|invested|traded|conducted|buy|purchase|import|take|supply|ship|sell|export|"
    r"hold|own|invest|trade|conduct|had|has|have|ran|run|posted|recorded)\s+(?:more|(?:a\s+)?(?:larger|bigger|greater)(?:\s+(?:share|amount|volume|value|quantity|sum)\s+of)?)\b"
    r"(?![^;]{0,100}?\bthan\s+(?!(?:did\s+|does\s+)?(?:Japan|it)\b))"
    rf"|\b(?:smaller|lower)\s+(?:only\s+than|than\s+only)\s+{_THEIRS}(?P<onlythan>{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)"
    rf"|\b(?:smaller|lower)\s+than\s+{_THEIRS}(?P<bracket>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}),?\s+(?:and|but|yet)\s+"
    r"(?:(?:larger|bigger|greater|higher)\s+than\s+(?:(?:that|those)\s+(?:of|with)\s+)?(?:any|every|all)\s+(?:other|others)\b"
    r"(?:\s+(?:country|countries|partner|partners|economy|economies|nation|nations)\W?s?)?)"
    rf"|\b(?:trail(?:s|ed|ing)?|(?:ranks?|ranked|c(?:a|o)mes?(?:\s+in)?|stood|stands?|placed|finished|is|was|lag(?:s|ged|ging)?)"
    rf"\s+(?:just\s+)?behind)\s+{_THEIRS}(?P<several>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}){_ENDS}"
    rf"|\b(?i:exceeded|surpassed|outranked|outpaced|topped|outsized|bettered)\s+(?:in\s+(?:size|value|scale|volume)\s+)?"
    rf"(?:only|just)\s+by\s+{_THEIRS}{names('rivals')}{_ENDS}"
    rf"|\b{names('alone')}\s+alone\s+(?:(?:firms|companies|investors|holders|residents)\s+)?(?:(?:holds?|held|has|had|owns?|"
    r"owned|buys?|bought|invests?|invested|sells?|sold|suppl(?:ies|ied)|ships?|shipped|trades?|traded)\s+(?:a\s+)?"
    r"(?:more|larger|bigger|greater)|(?:outranks?|outranked|ranks?\s+(?:higher|above)|ranked\s+(?:higher|above)))\b"
    r"(?![^;]{0,100}?\bthan\s+(?:the\s+)?(?!Japan|it\b|does\s+Japan)[A-Z])"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped|bettered)\b[^;,]{{1,50}}?\bby\s+(?:(?:that|those)\s+of\s+)?"
    rf"(?:{names('alone_by')}\s+alone|(?i:only|just)\s+(?:(?:that|those)\s+of\s+)?{names('only_by')})\b"
    rf"|\b(?:exceeded|surpassed|outranked|outpaced|topped)\s+(?:(?:only\s+)?by\s+(?:(?:that|those)\s+(?:of|from)\s+)?(?:only|just)"
    rf"\s+|only\s+by\s+(?:U\.S\.\s+)?trade\s+with\s+|in\s+(?:only\s+|just\s+)?)(?P<count>two|three|four|five|six|seven|eight|nine|\d)\s+(?:other\s+)?"
    r"(?:countries|nations|economies|suppliers|sources|markets|buyers|partners)\b"
    r"|\b(?:shipped|sold|exported|sent|bought|imported|purchased|traded|ran|posted|recorded|did)\s+(?:more|larger|bigger|"
    r"greater)\s+(?:[\w-]+\s+){0,3}?(?:to|from|with)\s+(?:only\s+|just\s+)?(?P<to>two|three|four|five|six|seven|eight|nine)"
    r"\s+(?:other\s+)?(?:countries|nations|economies|markets|suppliers|partners)(?=\s+than\s+(?:to|from|with)\s)"
    r"|\b(?:[Oo]nly\s+)?(?P<ahead>two|three|four|five|six|seven|eight|nine|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|"
    r"[Ee]ight|[Nn]ine)\s+(?:other\s+)?(?:countries|nations|economies|(?:trading\s+)?partners|suppliers|buyers|customers)"
    r"(?:\s*[\u2014\u2013]\s*[^\u2014\u2013;]{1,60}?\s*"
    rf"[\u2014\u2013]\s*|\s+\([^()]{{1,60}}\)\s+|,\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME},\s+"
    rf"|,\s+(?:led|headed)\s+by\s+{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*,\s+|\s+)"
    r"(?:(?:likewise|also|each|all|too|similarly|still)\s+)?"
    r"(?:traded|trade|bought|buy|purchased|purchase|sold|sell|supplied|supply|shipped|held|hold|owned|own|invested|"
    r"conducted|conduct|did|do|had|have|ran|run|posted|recorded)\s+(?:more|(?:a\s+)?(?:larger|bigger|greater))\b"
    r"(?=[^;]{0,80}?\bthan\s+(?:did\s+|does\s+)?(?:Japan|it)\b)"
    r"|\b(?:[Oo]nly|[Jj]ust)\s+(?P<few>two|three|four|five|six|seven|eight|nine)\s+(?:other\s+)?(?:countries|nations|economies|"
    r"partners|suppliers|buyers|customers|markets)\s+(?:(?:likewise|also|each|all|too|still)\s+)?(?:traded|trade|bought|buy|"
    r"purchased|purchase|imported|import|sold|sell|supplied|supply|shipped|ship|exported|export|held|hold|owned|own|invested)"
    r"\s+more\b(?![^;]{0,100}?\bthan\b)"
    r"|\b(?:outrank(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|beat(?:s|ing)?|outpac(?:e|es|ed|ing)"
    r"|outsell(?:s|ing)?|outsold)\s+(?:those\s+of\s+)?(?:all|every)\s+(?:other\s+)?(?:country|countries|nation|nations|economy|"
    r"economies|partners?|suppliers?|markets?|sources?|buyers?|holders?|investors?),?\s+(?:but|except(?:\s+for)?|save(?:\s+for)?|"
    rf"other\s+than|apart\s+from|excluding)\s+(?:(?P<allbut>two|three|four|five|six|seven|eight|nine|\d)\b|{names('excepted')})"
    # 'trails China's and no one else's': the countries named, and none besides
    rf"|\b(?:trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|behind)\s+(?:only\s+)?{_THEIRS}{names('noone')},?\s+and\s+"
    r"(?:no\s+one|nobody|none|no\s+other\s+(?:country|nation|economy|partner|holder|investor|owner))(?:\s+else)?(?:\W?s)?\b"
    r"|\b(?:(?i:only|just)\s+)?(?P<above>two|three|four|five|six|seven|eight|nine|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine)\s+(?:other\s+)?(?:countries|nations|economies|(?:trading\s+)?partners|suppliers|sources|"
    r"markets|buyers|customers|destinations)\s+(?:(?:came|come|ranked|rank|ranks|stood|stand|were|are|placed|finished|sat|sit)"
    r"\s+(?:ahead\s+of|above|before|higher\s+than)|outrank(?:ed|s)?|topped|top)\s+(?:Japan|it)\b"
    # 'Only three bilateral goods deficits were larger': the measures counted, not the countries
    r"|\b(?i:only|just)\s+(?P<larger>two|three|four|five|six|seven|eight|nine|\d)\s+(?:[\w-]+\s+){0,3}?(?:deficits|"
    r"surpluses|imbalances|stocks|stakes|holdings|totals|markets|suppliers|sources)\s+(?:were|are)\s+(?:any\s+)?"
    r"(?:larger|bigger|greater|higher|wider)\b",
)
"""A rank said by the countries ahead: 'only Canada, Mexico, and China buy more' (4th), 'trails China and Canada'
(3rd), 'exceeded only by that of British firms' (2nd), 'only the United Kingdom outranks Japan' (2nd)."""
_FEWER = re.compile(  # 'a smaller market for U.S. exports than five others' (6th), read at 'than'
    r"\b(?:smaller|lesser|weaker)\s+(?:market|buyer|customer|destination|supplier|source|seller)\b[^;]{0,60}?\s(?P<than>than\s+"
    r"(?P<fewer>two|three|four|five|six|seven|eight|nine)\s+(?:other\s+(?:countries|nations|economies|partners|suppliers)|others)\b)",
    I,
)
_NTH_BEHIND = re.compile(
    rf"(?i:\b(?:a\s+(?:close|distant|strong|solid|narrow|clear|comfortable|respectable)\s+)?(?P<nth>{ORDINAL})"
    r"(?:\s+place)?,?\s+(?:only\s+)?(?:to|behind|after|trailing)\s+(?:only\s+)?(?:(?:that|those)\s+of\s+)?)"
    rf"{names('ahead')}"
)
"""A rank with the countries ahead of it, read when they are one fewer: 'a distant third behind China and Canada'."""
_DID = re.compile(
    r"(?<=[;,]\s)(?:(?:only|just)\s+)?(?P<did>two|three|four|five|six|seven|eight|nine|\d)\s+(?:others?\s+)?did\b(?!\s+not\b)",
    I,
)
"""A count of those ahead said again with 'did' after a clause that counted them: '...; by sales, only four did'."""
_LEAD_ENDED = re.compile(r"[^;,]{0,30}?,?\s+until\b", I)
"""A lead over the runner-up told as ended: '..., the second-largest holder, until 2019' (then the runner-up led)."""
_BY_LIST_WORDS = (
    "only", "trail", "just", "more", "behind", "alone", "ahead", "above", "before", "higher", "outrank", "top",
    "surpass", "exceed", "beat", "outpac", "outs", "smaller", "lower than", "lower only", "eclips",
    "bettered", "outdone", "than japan", "than it", "than did", "than does",
)  # fmt: skip
"""A word each match of _BY_LIST holds: without any, it is not tried."""
_NTH_HINT = re.compile(r"(?:st|nd|rd|th)(?: place)?,? (?:only )?(?:to|behind|after|trailing) ")
"""Where an ordinal may stand before the countries ahead of it: _NTH_BEHIND is tried only then."""
_NO_OTHER = re.compile(
    r"\b(?:(?:no|(?:nor|neither)\s+(?:does|did)\s+any)\s+(?:other\s+)?(?:foreign\s+)?(?:country|nation|economy)(?:\W?s\s+"
    r"(?:firms|companies|investors|holders|residents)|,?\s+(?:other\s+than|except(?:\s+for)?|save(?:\s+for)?|besides|apart\s+from|but)\s+"
    rf"{names('besides')},?)?|(?:nobody|no\s+one|none)(?:\s+else)?(?:\s+(?:abroad|overseas|outside\s+Japan))?)\s+"
    r"(?:(?:has|have|had)\s+(?:ever\s+)?)?(?:has|have|had|holds?|held|owns?|owned|invests?|invested|(?:is|was)(?=\s+a\s+(?:larger|bigger|greater)\b[^;]{0,100}?\bthan\s+(?:Japan|it)\b)|"
    r"buys?|bought|purchase[sd]?|imports?|imported|takes?|took|sells?|sold|suppl(?:y|ies|ied)|ships?|shipped|exports?|exported|"
    r"trades?|traded|conducts?|conducted|(?:does|did)(?=\s+more\s+(?:business|trade)\b))\s+"
    r"(?:(?:a\s+)?(?:larger|more|bigger|greater)\b(?![^;]{0,100}?\bthan\s+(?!(?:Japan|it|(?:does|did)\s+(?:Japan|it)|Japanese)\b))"
    r"|as\s+(?:large|big|much|many)\b)"
    rf"|{OTHERS_ONES}"
    r"(?=\s+(?:[\w-]+\s+){0,3}?(?:trade|exports|imports|purchases|"
    r"sales|shipments)\b[^;]{0,60}?\b(?:is|was|were|are)\s+(?:larger|bigger|greater|higher)\s+than\s+(?:that\s+of\s+)?(?:Japan|it)\b)"
    # 'and no other country's is larger', 'no other nation's holdings are as big': the subject's measure said of others
    rf"|{OTHERS_ONES}"
    r"\s+(?:(?:stock|stake|position|holdings|investment|"
    r"total|figure|sum)\s+)?(?:is|was|were|are|(?:has|have)\s+been)\s+(?:(?:any|much)\s+)?(?:larger|bigger|greater|higher|"
    r"as\s+(?:large|big|great|high))\b(?!\s+than\s+(?!(?:that\s+of\s+)?(?:Japan|it)\b))(?![^;]{0,60}?\b(?:(?:except|save|other\s+"
    r"than|apart\s+from)\b|but\s+(?:the\s+)?(?-i:[A-Z])))",
    I,
)
"""'No other country holds more Treasuries than Japan', 'no other country's firms hold as large a stock', 'none owns
more', 'no country's trade with the United States was larger than Japan's': first; 'no country other than China and
Mexico sold more': third, the comparison with the sentence's subject said or implied (never 'more ... than China')."""
_IN_ORDER = re.compile(
    rf"(?P<order>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}),?\s+(?:in\s+that\s+order|respectively),?\s+(?:(?:were|are|"
    r"was|is|rank(?:ed)?|stood|stand|came|come)\s+)?(?:as\s+)?(?:the\s+)?(?:(?:top|leading|largest|biggest)\s+"
    r"(?P<top>two|three|four|five)|(?P<many>two|three|four|five)\s+(?:largest|biggest|leading|top))\b"
)
"""Places given by the order countries are named in: 'The United Kingdom and Japan, in that order, were the top two
sources' (Japan second), read when the list names as many countries as the places."""
_PLURAL = (
    r"(?:the\s+)?(?:(?:two|three|four|five|six)\s+)?(?:largest|biggest|leading|top)\s+(?:(?:two|three|four|five|six)\s+)?"
    r"(?:(?:foreign|overseas|U\.S\.)\s+)?(?:holders|owners|creditors|lenders|sources|investors|markets|buyers|customers|"
    r"destinations|suppliers|(?:trad(?:ing|e)\s+)?partners)\b"
)
_SHARED = re.compile(
    rf"(?P<order>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}),?\s+(?P<said>(?:in\s+that\s+order|respectively),?\s+)?"
    rf"(?:(?:were|are|rank(?:ed)?|stood|stand|remain(?:ed)?)\s+)(?:as\s+)?{_PLURAL}"
    r"(?:[^;,]{0,60}?(?P<late>,?\s+(?:in\s+that\s+order|respectively)))?"
    rf"|{_PLURAL}[^;]{{0,80}}?\s(?:were|are)(?P<first>,?\s+in\s+(?:that\s+)?order,)?\s+"
    rf"(?P<listed>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    r"(?P<after>,?\s+(?:in\s+that\s+order|respectively))?"
)
"""A plural superlative several countries share ('China and Japan are the largest foreign holders'): no first place of
Japan's alone; with their order said ('China and Japan, in that order, are the largest holders', 'The four largest
partners were, in order, Canada, Mexico, China, and Japan'), Japan's place."""
_NAMED = re.compile(_NAME)
_LABELLED = re.compile(r"\b(?:rank|ranking)\b[^:;]{0,80}:\s*(?P<place>[1-9]|1[0-2])\s*(?:\([^()]{0,40}\))?\s*[.;]?$", I)
"""A list item's or table row's rank as a bare figure after a label that says it is one: 'Rank as source of FDI in the
United States: 1', a row 'U.S. trading partner, overall' under a column 'Japan's rank' ('...: 4')."""


def _names(text: str) -> list[str]:
    """The countries a list names, in its order: 'Canada, Mexico, and China'."""
    return [name.strip() for name in _NAMED.findall(re.sub(r"\b(?:and|or)\b", ",", text))]


def listed(text: str) -> int:
    """How many countries a list names: 'Canada, Mexico, and China' is 3."""
    return len(_names(text))


def _japans_place(text: str) -> int | None:
    """Japan's place in a list named in order ('China and Japan' is 2), when the list names Japan once."""
    names = _names(text)
    return names.index("Japan") + 1 if names.count("Japan") == 1 else None


def ordinal_value(written: str) -> int:
    """The place an ordinal names: 'fourth' and '4th' are 4."""
    word = written.casefold()
    return p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))


def shared_superlative(text: str, at: int) -> bool:
    """Tell whether the rank at `at` is a superlative several countries share ('Canada, Mexico, China and Japan were
    the largest partners') and no order of theirs is said, which would give Japan its place."""
    return " and " in text and any(
        match.start() <= at < match.end() and not (match["said"] or match["after"] or match["late"] or match["first"])
        for match in _SHARED.finditer(text)
    )


def counted(text: str, found: list[Candidate]) -> list[Candidate]:
    """The ranks said by the countries ahead, beside those already `found` (a rank inside one of them is not read
    again): each a Candidate with its place and span."""
    found = list(found)
    # 'China, Mexico, and Canada each supplied a larger share': a comparative said by 'each' needs no other word
    each = may_hold(text, (" each ", " all ", " both ")) and may_hold(text, ("larger", "bigger", "greater"))
    by_list = _BY_LIST.finditer(text) if each or may_hold(text, _BY_LIST_WORDS) else ()
    ahead_of = None  # 'five partners came ahead of Japan; ..., only four did': the second count says the same of Japan
    for match in by_list:
        if match.group("above"):
            ahead_of = match.end()
        if not any(other.start <= match.start() < other.end for other in found):
            counts = match.group("count", "ahead", "behind", "one", "above", "few", "allbut", "to", "larger")
            count = next(filter(None, counts), None)
            who = "" if count else next(group for group in match.groups() if group)
            if "Japan" in who:
                continue  # 'Japan alone holds more': Japan is the one ahead, not the one ranked
            ahead = int(p.number_of(count.lower()) or 0) if count else listed(who)
            if match.group("bracket"):  # 'smaller than ..., and larger than any other': no first place inside it
                found = [other for other in found if not match.start() <= other.start < match.end()]
            found.append(Candidate(ahead + 1, "exact", match.start(), match.end()))
    for match in ALONE.finditer(text) if may_hold(text, WORDS) else ():
        named = next(group for group in match.groups() if group)
        if "Japan" not in named and not any(other.start <= match.start() < other.end for other in found):
            found.append(Candidate(listed(named) + 1, "exact", match.start(), match.end()))
    if may_hold(text, ("second", "next")):
        found += [Candidate(1, "exact", *m.span()) for m in NEXT.finditer(text) if not _LEAD_ENDED.match(text, m.end())]
    for match in _DID.finditer(text, ahead_of) if ahead_of is not None and " did" in text else ():
        found.append(Candidate(int(p.number_of(match.group("did").lower()) or 0) + 1, "exact", *match.span()))
    for match in _FEWER.finditer(text) if "than" in text else ():
        found.append(Candidate(int(p.number_of(match.group("fewer").lower()) or 0) + 1, "exact", *match.span("than")))
    if _NTH_HINT.search(text):
        for match in _NTH_BEHIND.finditer(text):
            rank = ordinal_value(match.group("nth"))
            if listed(match.group("ahead")) + 1 == rank and not any(
                other.start <= match.start() < other.end for other in found
            ):
                found.append(Candidate(rank, "exact", match.start(), match.end()))
    in_order = []  # 'The United Kingdom and Japan, in that order, were the top two sources': read here, not below
    for match in _IN_ORDER.finditer(text) if may_hold(text, ("that order", "respectively")) else ():
        in_order.append(match.start())
        place = _japans_place(match["order"])
        if place is not None and listed(match["order"]) == p.number_of(match["top"] or match["many"]):
            found = [other for other in found if not match.start() <= other.start < match.end()]  # 'the top'
            found.append(Candidate(place, "exact", match.start(), match.end()))
    for match in _SHARED.finditer(text) if " and " in text else ():  # 'Among the leading holders are ...': its words
        if match.start() in in_order:
            continue
        place = _japans_place(match["order"] or match["listed"])
        place = place if match["said"] or match["after"] or match["late"] or match["first"] else None
        found = [
            other
            for other in found
            if not match.start() <= other.start < match.end()
            # one begun before it ('Among the leading holders are'): among the top, unless the order says the place
            and (other.end <= match.start() or other.value == (place or ""))
        ]
        if place is not None:
            found.append(Candidate(place, "exact", match.start(), match.end()))
    if ":" in text and (labelled := _LABELLED.search(text)):  # 'Japan's rank among U.S. trade partners (2019): 4'
        found.append(Candidate(int(labelled.group("place")), "exact", *labelled.span("place")))
    if may_hold(text, ("o country", "o other", "no ", "obody", "o one", "none", "nor ")):
        found += [
            Candidate(1 + (listed(match["besides"]) if match["besides"] else 0), "exact", match.start(), match.end())
            for match in _NO_OTHER.finditer(text)
        ]
    return found


__all__ = ["ORDINAL", "OTHERS_ONES", "counted", "listed", "ordinal_value", "shared_superlative"]
