"""Ranks said by who alone is ahead, or who comes next: 'the United Kingdom's stock alone is larger' (2nd), 'only
Britain's is bigger' (2nd), 'the United Kingdom is the only country whose firms have invested more' (2nd), 'the only
country with a larger stock is the United Kingdom' (2nd), 'more than investors in the United Kingdom, now in second
place' (1st). Pure, no I/O."""

from __future__ import annotations

import re

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.japan import OTHER_COUNTRIES

NAME = r"(?:the\s+)?(?!United\s+States\b|States\b|U\.S\.)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?:\W?s)?"
"""A country ranked ahead of Japan: never the United States, whose partners are ranked."""


def names(group: str) -> str:
    """A list of countries as a named group: 'Canada, Mexico, and China'."""
    return rf"(?P<{group}>{NAME}(?:,\s+{NAME})*(?:,?\s+(?:and|or)\s+{NAME})?)"


_HOLDING = r"(?:stock|holdings?|investment|position|stake|total|share)"
_LARGER = r"(?:larger|bigger|greater|higher)"
_WHO = (
    r"(?:country|countries|nation|nations|economy|economies|source|sources|investor|investors|holder|holders|"
    r"creditor|creditors)"
)
ALONE = re.compile(
    rf"\b{names('alone')}\s+(?:{_HOLDING}\s+)?alone\s+(?:is|was|are|were|(?:has|have|had)\s+been)\s+{_LARGER}\b"
    rf"|\b(?:[Oo]nly|[Jj]ust)\s+{names('only')}\s+(?:{_HOLDING}\s+)?(?:is|was|are|were|(?:has|have|had)\s+been)\s+"
    rf"{_LARGER}\b"
    rf"|\b{names('sole')}\s+(?:is|was|are|were|remains|remained)\s+the\s+only\s+(?:other\s+)?{_WHO}\s+"
    r"(?:whose\s+(?:firms|companies|investors|residents|holdings|stock)\s+|(?:that|which)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:invested|holds?|held|owns?|owned|put|bought|buys?|sold|sells?|is|are|was|were|with)\s+"
    rf"(?:a\s+)?(?:more|{_LARGER})\b"
    rf"|\bthe\s+only\s+(?:other\s+)?{_WHO}\s+(?:with|holding|that\s+(?:has|holds|had|held)|whose\s+\w+\s+(?:is|are|was|were))"
    rf"\s+(?:a\s+)?(?:more|{_LARGER})\s+(?:\w+\s+){{0,3}}?(?:is|was|are|were)\s+{names('last')}"
)
"""A rank said by the one country or few ahead, each named (one more than they are): the list is a group."""
WORDS = ("alone", "only", "just")
_BY_SUM = (
    r"(?:\s+by\s+(?:(?:about|some|roughly|nearly|almost|over|more\s+than|close\s+to|around)\s+)?[$\d][^,;]{0,30}?)?"
)
"""The margin a lead is told by: 'topped China's by $200 billion', 'exceeded by about $320 billion those of'."""
_SECOND = r"(?:second(?:[- ]place|[- ]ranked|[- ]largest|[- ]biggest)|runner-up|No\.\s?2)"
NEXT = re.compile(
    r"\b(?:(?:more|larger|bigger|greater|higher)(?:\s+[^,;$]{1,60}?)?\s+than|ahead\s+of|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbe\s)"  # 'was exceeded by': behind, not ahead
    rf"(?:topped|exceeded|surpassed|outstripped|outpaced|eclipsed|outranked|led|tops|exceeds|surpasses|outstrips|outpaces|"
    rf"outranks|leads)(?i:{_BY_SUM}))\s+"
    r"(?:(?:investors|holders|firms|those|that)\s+(?:in|from|of)\s+)?(?!Japan\b)"
    rf"(?:(?i:the\s+){_SECOND}\s+(?:holder|investor|source|partner),\s+{NAME}|(?:(?i:the\s+)?{_SECOND}\s+){NAME}|"
    rf"{NAME}(?i:{_BY_SUM}),\s+(?:"
    r"(?:(?:now|currently|which\s+(?:is|was|ranks|ranked)|the)\s+)?(?:in\s+)?(?:second"
    r"(?:\s+place|[- ]largest(?:\s+\w+)?)?|next[- ](?:largest|biggest)|runner[- ]up)\b"
    r"|(?:which|who)\s+(?:has|had|have)\s+(?:\w+\s+){1,3}?as\s+(?:the\s+)?second[- ](?:largest|biggest)\b))"
)
"""First, said by who comes second: 'more than investors in the United Kingdom, now in second place', '..., the
next-largest foreign holder', 'exceeded those of China, the runner-up', 'topped those of second-place China by $200
billion', 'exceeded by about $320 billion those of the United Kingdom, which has displaced China as the second-largest
holder'; never a passive 'was exceeded by those of China, the second-largest' (Japan behind)."""
NOT_EXCEPT = (
    r"(?![^;.]{0,80}?\b(?:except|other\s+than|apart\s+from|excluding|save\s+for|save(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
    r"any\s+(?:other\s+)?(?:foreign\s+)?\w+\s+but)\b)"
)
"""A first place with an exception is not first: 'the biggest of any country except China's' (or 'save China') names
one ahead."""

_COUNTRY = (
    r"(?:the\s+)?(?:China|Canada|Mexico|Germany|(?:United\s+)?Kingdom|Britain|(?:South\s+)?Korea|Taiwan|India|Vietnam|"
    r"Ireland|Netherlands|Switzerland|Luxembourg|France|Singapore|Belgium|(?:European\s+Union|EU)|Australia|Italy|"
    r"Brazil|Saudi\s+Arabia)(?:\W?s)?"
)
_COUNTRIES = rf"{_COUNTRY}(?:,\s+{_COUNTRY})*(?:,?\s+(?:and|or)\s+{_COUNTRY})?"
_SUPER = r"(?:single\s+)?(?:largest|biggest|greatest|top|leading)\b"
BEFORE = re.compile(
    rf"\b(?i:after|behind|following|trail(?:s|ed|ing)?|(?:less|fewer|smaller|lower)\s+than|below)\s+(?:only\s+|just\s+)?"
    rf"(?:(?:that|those)\s+of\s+)?(?P<ahead>{_COUNTRIES}),?\s+(?:(?:which|who)\s+(?:is|was|remains|remained)\s+)?"
    r"(?:(?:Japan|it)\s+(?:is|was|ranks?|ranked|stands?|stood|remains?|remained|comes?|came|accounts?\s+for|accounted\s+for|"
    r"(?:had|has|ran|runs|posted|holds|held|owns|owned)(?=\s+the\b))\s+(?:as\s+)?)?"
    rf"(?P<rank>(?:the\s+)?{_SUPER})"
    rf"|\b(?P<trail>{_SUPER})(?:\s+[\w.'\u2019-]+){{0,6}}?,?\s+(?:after|behind|following|trailing)\s+(?:only\s+|just\s+)?"
    rf"(?P<behind>{_COUNTRIES})(?=\s*(?:[,;.)]|$|\s+(?:in|as|among|by|on|for|with)\b))"
)
"""A first place counted after the countries named ahead of it: 'Japan was, after China, Canada, and Mexico, the
largest U.S. trading partner' (4th), 'the biggest holder of Treasuries behind China' (2nd), 'held less than China,
the largest holder' (2nd: the one country said ahead of Japan is first, Japan next); only countries, so that
'after the 2011 earthquake' or 'after China cut its holdings' is no list."""
BEFORE_WORDS = ("after", "behind", "following", "trail", " than ", "below")


def counted_after(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each first place said by a superlative turned into one more than the countries the sentence names ahead of it."""
    for match in BEFORE.finditer(text):
        at, end = match.span("rank") if match.group("rank") else match.span("trail")
        ahead = len(re.findall(_COUNTRY, re.sub(r"\b(?:and|or)\b", ",", match.group("ahead") or match.group("behind"))))
        words = [c for c in found if at <= c.start < at + 12 and c.value == 1]
        if words:
            found = [c for c in found if c not in words]
            found.append(Candidate(ahead + 1, "exact", at, end))
    return found


_ONE = rf"(?:[Tt]he\s+)?(?:United\s+Kingdom|U\.K\.|UK|{OTHER_COUNTRIES})"
_SET = rf"{_ONE}(?:(?:,\s+|,?\s+(?:and|or)\s+){_ONE})*"
SET_ASIDE = re.compile(
    rf"(?:^|(?<=[;:,]\s))(?:(?P<aside>{_SET})\s+(?:aside|apart|excepted|excluded)|"
    rf"(?i:except(?:\s+for)?|(?:apart|aside)\s+from|other\s+than|save\s+for|excluding)\s+(?P<but>{_SET})),\s+[^;]*$"
)
"""A first place said after the countries set aside at its clause's start: 'China aside, no country holds more
Treasuries than Japan' (2nd), 'Apart from Britain and Canada, Japan is the largest investor' (3rd)."""
_ASIDE_HINT = re.compile(
    r"\b(?:aside|apart|excepted|excluded)\s*,|\b(?i:except(?:\s+for)?|(?:apart|aside)\s+from|other\s+than|save\s+for|"
    r"excluding)\s+(?:the\s+)?[A-Z]"
)
"""Any countries set aside, listed or not: a first place after them that SET_ASIDE cannot count is unsure."""


def set_aside_before(text: str, at: int) -> bool:
    """Whether countries are set aside before `at` in its clause ('China aside,', 'Apart from Britain,')."""
    return _ASIDE_HINT.search(text, text.rfind(";", 0, at) + 1, at) is not None


def set_aside(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each first place turned into one more than the countries its clause sets aside before it; dropped when the
    list set aside is not all countries this reads ('Switzerland, Canada, and China aside')."""
    if not any(word in text.lower() for word in ("aside", "apart", "except", "other than", "save for", "exclud")):
        return found
    kept = []
    for candidate in found:
        fronted = SET_ASIDE.search(text, 0, candidate.start) if candidate.value == 1 else None
        if fronted and not re.search(r"(?:[A-Z][\w.]*,|\b(?:and|or))\s*$", text[: fronted.start()]):
            named = fronted.group("aside") or fronted.group("but")
            ahead = len(re.split(r",\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", named))
            candidate = Candidate(ahead + 1, "exact", candidate.start, candidate.end)
        elif candidate.value == 1 and set_aside_before(text, candidate.start):
            continue  # countries set aside that are not all read: the place is unsure
        kept.append(candidate)
    return kept


__all__ = [
    "ALONE",
    "BEFORE_WORDS",
    "NAME",
    "NEXT",
    "NOT_EXCEPT",
    "WORDS",
    "counted_after",
    "names",
    "set_aside",
    "set_aside_before",
]
