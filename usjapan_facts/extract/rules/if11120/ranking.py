"""Ranks in every form a figure's comparison takes, read in a stretch of a sentence after the figure.

"the fourth-largest", "ranked seventh", "second only to that of the United Kingdom", "surpassed only by
investors from the United Kingdom", "trailed only those with China, Mexico, and Germany" (the countries
named, plus one), "more than any other country's", "higher than that of any other country", "the largest of
any country's". An ordinal and the list of countries ahead of it ("the fourth-largest, behind China,
Mexico, and Germany") must agree, or the stretch gives no rank.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.ahead import NEXT
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.ranked_subject import apposed_to_another
from usjapan_facts.extract.ranks import BY_THE, NOT_A_CHANGE, NOT_IN_REGION
from usjapan_facts.extract.rules.base import I

_NAME = (
    rf"(?:the\s+)?(?:{OTHER_COUNTRIES}|\b(?:United\s+Kingdom|U\.K\.|France|Switzerland|Luxembourg|Belgium|Italy|"
    r"Brazil|Thailand|Indonesia|Saudi\s+Arabia|Hong\s+Kong|Cayman\s+Islands)\b)(?:['\u2019]s)?"
)
"""A country another stands behind: never a capitalised word that goes on with the sentence ('..., Japan's')."""
_ASIDE = r"(?:,?\s*(?:[a-z]+ly|just|barely|perhaps|also|then)\s*,)?\s*"
"""An adverb set off between two countries of a list: 'China and Mexico and, narrowly, Germany'."""
_LIST = rf"(?P<list>{_NAME}(?:(?:\s*,\s*(?:and\b)?|\s+and\b){_ASIDE}{_NAME})*)"
_NAMED = re.compile(_NAME)
_MORE_NAMED = re.compile(rf"[^.;]{{0,40}}?{_NAME}")
"""A country named right after a list of those ahead: the list goes on in words it cannot read."""
_WHOSE = (
    r"(?:(?:those|that)\s+(?:of|with|from)\s+|(?:investors|firms|companies|holders)\s+(?:from|in|of)\s+|"
    r"the\s+(?:deficits?|ones?|holdings?)\s+(?:with|of)\s+)?"
)
_ONLY = re.compile(
    r"\b(?:(?:trail(?:s|ed|ing)?|behind|after|following)\s+only|only\s+(?:behind|after)|(?:surpassed|exceeded|topped|"
    rf"outranked|outpaced|bettered)\s+only\s+by|second\s+(?:(?:in|by)\s+(?:size|value|scale|amount)\s+)?only\s+to)\s+{_WHOSE}{_LIST}"
)
"""'trailing only China', 'surpassed only by investors from the United Kingdom', 'second in size only to the United
Kingdom's'."""
_AHEAD = re.compile(
    rf"\bonly\s+{_WHOSE}{_LIST}\s+(?:[\w-]+\s+){{0,4}}?(?:bigger|larger|greater|more|higher)\b"
    r"|\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:other\s+)?(?:countries|economies|"
    r"nations|(?:trading\s+)?partners)\b[^.;]{0,80}?(?:\b(?:bigger|larger|greater|more|higher|wider)\b|\b(?:outrank(?:s|ed)?|"
    r"rank(?:s|ed)?\s+(?:above|ahead\s+of)|(?:were|are|stood|stand)\s+ahead\s+of|surpass(?:es|ed)?|exceed(?:s|ed)?|"
    r"outpac(?:es|ed))\s+(?:Japan|it)\b)",
    I,
)
"""The countries ahead, named or counted: 'Only China, Mexico, and Germany accounted for a bigger ...' (4), 'seven
countries, led by China, ..., had larger ones' (8)."""
_RANKED_BEHIND = re.compile(
    rf"\b(?:rank(?:s|ed)?|c[ao]me|comes|st(?:ood|ands)|plac(?:ed|es)|finish(?:ed|es))\s+(?:just\s+)?behind\s+{_WHOSE}{_LIST}"
    rf"|\b{_WHOSE}{_LIST.replace('P<list>', 'P<list2>')}\s+(?:were|are)\s+the\s+(?:only\s+)?"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten)\s+(?:countries\s+|partners\s+)?(?:ahead\s+of|above)\s+"
    r"(?:it|Japan)\b",
    I,
)
"""The countries ahead listed after a verb of ranking ('ranked behind those with China, Mexico, and Vietnam', 4) or
counted as they are named ('China, Mexico, and Germany were the three ahead of it', 4: the count must agree)."""
_ALONE_AHEAD = re.compile(
    rf"\b{_WHOSE}{_LIST}\s+alone\s+(?:[\w-]+\s+){{0,4}}?(?:bigger|larger|greater|more|higher|wider)\b"
    rf"|\b(?:none\s+but|no\s+(?:country|one|economy)\s+(?:but|except|other\s+than))\s+{_WHOSE}"
    rf"{_LIST.replace('P<list>', 'P<list2>')}\s+(?:[\w-]+\s+){{0,4}}?(?:bigger|larger|greater|more|higher|wider)\b",
    I,
)
"""The countries ahead said as alone: 'the United Kingdom alone had a larger stake' (2), 'no country but China ran a
wider gap' (2)."""
_EXCEEDED_BY = re.compile(
    r"\b(?:exceeded|surpassed|topped|outranked|bettered|outpaced)\s+(?:only\s+)?by\s+(?:(?:the|those)\s+(?:\w+\s+)?(?:of|with)\s+)?"
    r"(?:(?:only|just)\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:other\s+)?"
    r"(?:countries|economies|nations|(?:trading\s+)?partners)\b",
    I,
)
"""'a figure exceeded by the surpluses of only five other economies' (6), 'a gap exceeded by those with six other
countries' (7)."""
_SMALLER_THAN = re.compile(
    r"\b(?:smaller|lower|less)\s+than\s+(?:those|the\s+(?:ones|deficits|gaps|figures))\s+(?:with|of|for)\s+(?:only\s+|just\s+)?"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+other\s+(?:countries|economies|nations|"
    r"(?:trading\s+)?partners)\b",
    I,
)
"""The figure compared with the larger ones: '$68.5 billion, smaller than those with six other partners' (7)."""
_SMALLER_NAMED = re.compile(
    rf"\b(?:smaller|lower|less|narrower)\s+than\s+(?:those|the\s+(?:ones|deficits|gaps|shortfalls|surpluses))\s+(?:with|of|for)\s+"
    rf"{_LIST}\s*,?\s+but\s+(?:larger|bigger|greater|wider|higher)\s+than\s+(?:that|those|the\s+(?:deficits?|ones?|gaps?|"
    r"shortfalls?|surplus(?:es)?))\s+(?:with|of|for)\s+(?:any|every|all)\s+other\b",
    I,
)
"""The figure between those named larger and all others smaller: 'smaller than the deficits with China, Mexico, and
Germany, but larger than that with any other partner' (4)."""
_BEHIND_COUNT = re.compile(
    r"\b(?:behind|after|trailing|following)\s+(?:only\s+|just\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|\d{1,2})\s+(?:other\s+)?(?:countries|economies|nations|(?:trading\s+)?partners|others)\b",
    I,
)
"""'Japan ranked behind three partners' (4): the countries ahead counted, not named."""
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS["eleven"] = 11
_ORDINAL_WORDS = rf"(?P<n>{p.ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th))"
_PLACE = re.compile(
    rf"\b(?:No\.\s?|number\s+)(?P<no>\d{{1,2}})\s+(?:spot|position|place|slot)\b"
    rf"|\b(?:in|to|at|into|the|held|holds|holding|occupied|occupies|occupying|took|takes|kept|keeps|(?:good|enough)\s+for)\s+"
    rf"{_ORDINAL_WORDS.replace('P<n>', 'P<pl>')}\s+(?:place|position|spot|slot)\b",
    I,
)
"""A rank said as a place: 'held the No. 5 spot', 'slipped to sixth place', 'leaving it in sixth position', 'held fifth
position', 'good for sixth place'."""
_ORDINAL = re.compile(
    rf"{BY_THE}\b{_ORDINAL_WORDS}(?:(?:[- ]|-\s)(?:largest|biggest|highest|greatest|widest|deepest)|-ranked)\b"
    rf"{NOT_A_CHANGE}{NOT_IN_REGION}"
    r"|\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)|st(?:ands|ood|anding)|sits|sat|is|was|(?:c[ao]me|comes|coming)(?:\s+in)?|"
    r"finish(?:ed|ing)|"
    r"(?:put|puts|putting|left|leaves|leaving|made|makes|making|place|places|placed|placing|rank|ranks)\s+(?:it|Japan)|"
    r"(?<=,\s)to|(?:down|up)\s+to)\s+"
    rf"{_ORDINAL_WORDS.replace('P<n>', 'P<m>')}\b(?=\s*(?:[,.;)]|$|(?:among|of|in|on|with|behind|after|overall)\b))"
    rf"|^\W*{_ORDINAL_WORDS.replace('P<n>', 'P<f>')}\s+(?=among\b)",
    I,
)
"""'the fourth-largest', 'ranked seventh.', 'is fifth among', '(slid down the list), to sixth', a sentence fronted by
its rank ('Fifth among U.S. trading partners, Japan ...'): never 'was first recorded'."""
_BEHIND = re.compile(rf"\W*(?:(?:[\w.]+\s+){{0,6}}?)?(?:behind|after|trailing|following)\s+{_WHOSE}{_LIST}")
_TOP = re.compile(
    r"\b(?:more|higher|larger|greater|bigger)\s+than\s+(?:that\s+of\s+|those\s+of\s+|from\s+)?(?:(?:firms|investors|companies)\s+"
    r"(?:from|of|in)\s+)?(?:the\s+investors\s+of\s+)?any\s+other\s+(?:foreign\s+)?(?:country|nation|economy|investor)"
    r"|\bthe\s+(?:single\s+)?(?:largest|biggest|highest|most)\s+(?:[\w-]+\s+){0,4}?(?:of|among|from)\s+any\s+(?:other\s+)?"
    r"(?:country|nation|economy)"
    r"|\b(?:led|leads|has\s+led|topped|tops|outpaced|outpaces|exceeded|exceeds|surpassed|surpasses)\s+(?:that|those)\s+of\s+"
    r"(?:every|all|any)\s+other\s+(?:foreign\s+)?(?:country|nation|economy|investor)"
    # the figure as the leader: '$754.1 billion at the end of 2024, leads all countries'
    r"|\b(?:leads|led|tops|topped)\s+(?:all|every)\s+(?:other\s+)?(?:foreign\s+)?(?:countries|nations|economies|investors|"
    r"country|nation|economy|investor)\b"
    r"|\bno\s+other\s+(?:foreign\s+)?(?:country|nation)(?:['\u2019]s\s+(?:investors|firms|companies))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:larger|bigger|greater|more|higher)\b",
    I,
)
_PAST_BEFORE = re.compile(
    r"\b(?:from|had\s+(?:been|ranked)|as\s+recently\s+as|once|formerly|previously)\s+(?:the\s+)?$", I
)

_NEXT_WORDS = r"(?:next|second|in\s+second\s+place|(?:the\s+)?runner[- ]up|(?:close|right|just)\s+behind)"
_LEAGUE = re.compile(
    # 'the list ... was headed by the United Kingdom, with Japan next', 'led by Canada and the UK, and Japan third'
    rf"\b(?:headed|led|topped)\s+by\s+{_LIST}(?:\s*\([^()]{{0,40}}\))?,?\s+(?:with|and|then)\s+Japan\s+"
    rf"(?:(?P<next>{_NEXT_WORDS})|(?:in\s+)?{_ORDINAL_WORDS}(?:\s+place)?)\b"
    # 'The United Kingdom led all countries ...; Japan was next', '... held the top spot and Japan was runner-up'
    rf"|^(?:[^;]{{0,80}},\s+)?{_LIST.replace('P<list>', 'P<list2>')}\s+"
    r"(?:led|topped|headed|held\s+the\s+top\s+(?:spot|place)|(?:came|ranked|stood|was|is)\s+first)\b"
    rf"[^;]{{0,100}}?(?:;|,?\s+and|,\s+with)\s+Japan\s+(?:(?:was|is|came|comes|stood|stands|ranked|ranks)\s+)?"
    rf"(?P<next2>{_NEXT_WORDS})\b",
    I,
)
"""A league table said by its leaders, then Japan after them: 'headed by the United Kingdom, with Japan next' (2)."""
_LEAGUE_FIRST = re.compile(
    r"\b(?:headed|led|topped)\s+by\s+Japan\b(?:\s*\([^()]{0,40}\))?,?\s+(?:followed\s+by|with|then|ahead\s+of)\s+"
    + _NAME,
    I,
)
"""Japan at the head of a league table: 'topped by Japan, followed by Canada' (1)."""


def league(text: str) -> int | None:
    """Japan's place in a league table said by who heads it: 'headed by the United Kingdom, with Japan next' (2)."""
    if _LEAGUE_FIRST.search(text):
        return 1
    match = _LEAGUE.search(text)
    if match is None:
        return None
    rank = _count(match.group("list") or match.group("list2")) + 1
    said = match.group("n")
    return rank if said is None or _ordinal(match) == rank else None


def _count(names: str) -> int:
    """How many countries a list names: 'China, Mexico, and Germany' is 3 ('(... billion)' asides dropped)."""
    return len(_NAMED.findall(names))


def _ordinal(match: re.Match[str]) -> int:
    word = next(group for group in (match.groupdict().get(key) for key in ("n", "m", "pl", "f")) if group).casefold()
    return p.ORDINALS[word] if word in p.ORDINALS else int(word.rstrip("stndrh"))


def ranks_in(text: str, start: int, end: int, *, unlike: re.Pattern[str] | None = None) -> set[int]:
    """Every rank text[start:end] gives; an ordinal and the countries it names as ahead must agree.

    An ordinal that `unlike` follows ranks something else ('the fourth-largest U.S. trading partner').
    """
    stretch = re.sub(r"\s*\([^()]{0,60}\)", lambda m: " " * len(m.group(0)), text[:end])
    if "second" in stretch or "runner" in stretch:  # 'topped those of second-place China', 'the UK's, the runner-up'
        stretch = NEXT.sub(lambda m: " " * len(m.group(0)), stretch)
    found: set[int] = set()
    for match in _ORDINAL.finditer(stretch, start):
        if _PAST_BEFORE.search(stretch, max(0, match.start() - 30), match.start()):
            continue  # 'down from fourth', 'had ranked fourth': the rank it had
        if (unlike is not None and unlike.match(stretch, match.end())) or apposed_to_another(stretch, match.start()):
            continue  # or another country's place: 'smaller than that with Vietnam, the third-largest'
        rank = _ordinal(match)
        behind = _BEHIND.match(stretch, match.end())
        if behind and _count(behind.group("list")) + 1 != rank:
            return set()  # 'the fourth-largest, behind China and Mexico': which one is it?
        found.add(rank)
    for match in _ONLY.finditer(stretch, start):
        if _MORE_NAMED.match(stretch, match.end()):
            return set()  # 'behind only China and Mexico, and by a hair Germany': how many are ahead?
        found.add(_count(match.group("list")) + 1)
    for match in _RANKED_BEHIND.finditer(stretch, start):
        named = _count(match.group("list") or match.group("list2"))
        if match.group("count") and _COUNTS[match.group("count").casefold()] != named:
            return set()  # 'China and Mexico were the three ahead of it': which one is it?
        if _MORE_NAMED.match(stretch, match.end()) and not match.group("count"):
            return set()  # the list goes on in words it cannot read
        found.add(named + 1)
    for match in (*_ALONE_AHEAD.finditer(stretch, start), *_SMALLER_NAMED.finditer(stretch, start)):
        found.add(_count(match.group("list") or match.group("list2")) + 1)
    for match in (
        *_AHEAD.finditer(stretch, start),
        *_EXCEEDED_BY.finditer(stretch, start),
        *_SMALLER_THAN.finditer(stretch, start),
        *_BEHIND_COUNT.finditer(stretch, start),
    ):
        written = match.group("count")
        ahead = (_COUNTS.get(written.casefold()) or int(written)) if written else _count(match.group("list"))
        found.add(ahead + 1)
    for match in _PLACE.finditer(stretch, start):
        if not _PAST_BEFORE.search(stretch, max(0, match.start() - 30), match.start()):
            found.add(int(match.group("no")) if match.group("no") else _ordinal(match))
    if _TOP.search(stretch, start):
        found.add(1)
    return found


def behind_agrees(text: str, end: int, rank: int) -> bool:
    """Whether the countries named as ahead right after text[:end] ('fifth, after Canada, Mexico, China, and
    Germany'), if any, agree with the rank."""
    behind = _BEHIND.match(text, end)
    return behind is None or _count(behind.group("list")) + 1 == rank


__all__ = ["behind_agrees", "league", "ranks_in"]
