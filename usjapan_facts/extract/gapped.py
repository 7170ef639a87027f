"""A rank said once for two yardsticks, or with its verb or its place left to the clause before, restated as the
plain sentences it stands for, each read as the sentence is. Pure, no I/O.

- Paired in order: 'As a market and as a source of imports, it ranked sixth and fifth, respectively' is 'As a
  market, it ranked sixth' and 'As a source of imports, it ranked fifth'; 'the fourth- and sixth-largest export
  market and import source, respectively' likewise.
- A verb left out: 'As a market it ranked fourth; as a source of imports, fourth as well' gives 'As a source of
  imports, it ranked fourth'; 'The United Kingdom is the largest foreign investor, and Japan the next largest' gives
  'Japan is the second-largest foreign investor'.
- A move told by its size before its place: 'slipped two places as a source of imports, to seventh' is 'slipped to
  seventh as a source of imports'.
- One place on every count the list after a colon gives: 'Japan held fourth place on all three counts: as a U.S.
  trading partner, as a market for U.S. goods, and as a source of imports' is three sentences, one for each.
- A rank fronted before its subject: 'Larger than that of any other country, Japan's stock ... reached $754 billion'
  is 'Japan's stock ... reached $754 billion, larger than that of any other country'.
- A run of yardsticks after one place: 'the fourth-largest U.S. trading partner, export market, and source of
  imports' is one sentence for each.
- A rank by the countries ahead, inverted: 'Exceeded only by the United Kingdom's was Japan's stock ...' is 'Japan's
  stock ... was exceeded only by the United Kingdom's'.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.counted_ranks import ORDINAL
from usjapan_facts.extract.parsers import ORDINALS
from usjapan_facts.extract.word_choice import holds_any

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_SUFFIX = r"(?:[- ](?:largest|biggest|highest|ranked))"
_PAIR = rf"(?P<o1>{ORDINAL})(?:{_SUFFIX}|-)?,?\s+and\s+(?P<o2>{ORDINAL})(?P<suffix>{_SUFFIX})?"
_YARD = r"[^,;]{3,60}?"
_FRONTED_PAIR = re.compile(
    rf"^(?P<lead>(?:Both\s+)?(?:As|By|In|(?:Ranked|Measured|Counted|Judged)\s+(?:by|as))\s+)(?P<y1>{_YARD})\s+and\s+"
    rf"(?:(?:as|by|in)\s+)?(?P<y2>{_YARD}),\s+(?P<rest>[^;]*?\b){_PAIR},?\s+respectively\b(?P<tail>[^;]*)",
    I,
)
"""'As a market and as a source of imports, it ranked sixth and fifth, respectively'."""
_TRAILING_PAIR = re.compile(
    rf"(?P<rest>\b(?:is|was|are|were|ranks|ranked|placed|stood|came|remains|remained)\s+(?:the\s+)?){_PAIR}\s+"
    rf"(?P<y1>{_YARD})\s+and\s+(?P<y2>{_YARD}),?\s+respectively\b(?P<tail>[^;]*)",
    I,
)
"""'Japan was the fourth- and sixth-largest export market and import source, respectively'."""
_PAIR_FIRST = re.compile(
    rf"(?P<rest>\b(?:is|was|are|were|ranks|ranked|placed|stood|stands|came|comes|remains|remained)\s+(?:the\s+)?){_PAIR}"
    rf",?\s+respectively,\s+(?P<y1>(?:as|by|among|in)\s+{_YARD})\s+and\s+(?P<y2>(?:as|by|among|in)\s+{_YARD})"
    r"(?P<tail>(?=,\s|;|\.?$)[^;]*)",
    I,
)
"""The places first and their yardsticks after 'respectively': 'It stood sixth and seventh, respectively, as a market
for U.S. goods and as a source of U.S. imports'."""
_RANKED = re.compile(
    rf"^(?P<lead>(?:As|By|In)\s+[^,;]{{3,60}}?),?\s+(?P<who>Japan|it)\s+(?P<verb>ranked|placed|stood|came|was|ranks|is)\s+"
    rf"(?:(?:the\s+)?{ORDINAL}\b|(?=behind\s))",
    I,
)
_ONE_FOR_BOTH = re.compile(
    rf"^(?P<lead>(?:Both\s+)?(?:As|By|In)\s+)(?P<y1>{_YARD})\s+and\s+(?:(?:as|by|in)\s+)?(?P<y2>{_YARD})"
    r"(?P<alike>\s+alike)?,\s+(?P<rest>[^;]*?\b(?:ranked|ranks|placed|stood|stands|came|was|is|held|took|finished)\s+"
    rf"(?:the\s+)?(?:No\.\s?\d|{ORDINAL}\b)[^;]*)$",
    I,
)
"""One place for two yardsticks fronted, said of both: 'As a market and as a supplier alike, Japan ranked fifth', '...,
Japan stood fourth in both cases'."""
_BOTH = re.compile(
    r"\b(?:in\s+(?:both|each)\s+(?:cases?|instances?)|on\s+both\s+(?:counts|scores|measures)|each\s+time)\b,?\s*", I
)
_NOT_BUT = re.compile(
    r"^(?P<what>The\s+[^;,]{3,100}?)\s+(?P<verb>is|was)\s+(?:no\s+longer|not)\s+(?:the\s+)?(?-i:[A-Z])[^;,]{0,40}?,?\s+but\s+"
    r"(?:rather\s+|now\s+|instead\s+)?(?P<who>Japan)\b(?P<rest>[^;]*)$",
    I,
)
"""A place said of Japan by the one it is no longer: 'The largest holder of U.S. Treasuries is no longer China but
Japan' is 'Japan is the largest holder of U.S. Treasuries'."""
_ELIDED = re.compile(
    rf"[;,]\s+(?:and\s+)?(?P<yard>as\s+an?\s+[^,;]{{3,60}}?),\s+(?P<o2>{ORDINAL}\b(?!-)|behind\s+[^;.]{{3,80}})", I
)
"""'As a market for U.S. goods it ranked fourth, ...; as a source of imports, fourth as well'; the place told by those
ahead: 'As a buyer of U.S. goods Japan ranked behind Canada, Mexico, and China; as a seller, behind China, Mexico, and
Canada'."""
_NEXT = re.compile(
    r"^(?P<first>[^;]*?\b(?P<verb>is|was|remains|remained)\s+the\s+(?:single\s+)?(?:largest|biggest)\s+"
    r"(?P<noun>[^,;]{3,80}?)),?\s+(?:and|with)\s+(?P<who>Japan)\s+(?:is\s+|was\s+)?(?:the\s+)?"
    r"(?:next(?:[- ](?:largest|biggest))?|second(?:[- ](?:largest|biggest))?)\b(?P<tail>[^;]*)",
    I,
)
"""'The United Kingdom is the largest foreign investor in the United States and Japan the next largest'."""
_MOVED = re.compile(
    rf"\b(?P<verb>slipped|fell|dropped|slid|rose|climbed|moved\s+up|moved\s+down)\s+(?:one|two|three|four|a|\d)\s+"
    rf"(?:places?|spots?|notch(?:es)?|rungs?)\s+(?P<yard>(?:as|among)\s+[^,;]{{3,60}}?),\s+to\s+(?P<o>{ORDINAL})\b",
    I,
)
"""'Japan slipped two places as a source of U.S. imports, to seventh'."""
_FRONTED = re.compile(
    rf"^(?P<front>(?:(?:Larger|Bigger|Greater)\s+than\s+(?:that|those)\s+of\s+any\s+other\s+[^,;]{{1,40}}"
    rf"|{ORDINAL}\s+(?:overall|among|as)\b[^,;]{{0,80}})),\s+(?P<rest>[^;]+?)(?P<end>[.;]?)$",
    I,
)
"""'Larger than that of any other country, the stock of Japanese direct investment ... reached $754 billion'."""
_INVERTED = re.compile(
    r"^(?:(?:Larger|Bigger|Greater)\s+than\s+(?P<owner>(?:Japan\W?s|Japanese)\s+[^;]+?)(?P<comma>,?)\s+"
    r"(?P<verb>was|were|is|are)\s+only\s+(?P<only>(?:that|those)\s+of\s+[^,;]{1,60}?|[^,;]{1,60}?\W?s)"
    r"|(?P<how>Exceeded|Surpassed|Topped|Outranked|Bettered)\s+only\s+by\s+(?P<by>[^;]{1,80}?)\s+"
    r"(?P<verb2>was|were|is|are)\s+(?P<owner2>(?:Japan\W?s|Japanese)\s+[^;]+?))(?P<end>[.;]?)$",
    I,
)
"""A rank by the one country ahead, said inverted: 'Larger than Japan's direct investment position ..., was only that
of the United Kingdom', 'Exceeded only by the United Kingdom's was Japan's stock ...': Japan's measure, then its
verb, 'exceeded only by' the other's."""
_CLEFT = re.compile(
    rf"^(?P<o>{ORDINAL})(?:,[^,;]{{1,60}},)?\s+(?:is|was)\s+(?:where|the\s+(?:place|spot|position|rank)\s+(?:where|that))\s+"
    r"(?P<who>[^,;]{3,80}?)\s+(?P<verb>placed|ranked|ranks|stood|stands|came|comes|landed|sits|sat)\b(?P<rest>[^;]*)",
    I,
)
"""'Seventh, two places lower than in 2023, is where the U.S. goods deficit with Japan placed among deficits'."""
_ON_ALL = re.compile(
    rf"^(?P<rest>[^;:]*?\b(?:held|holds|took|takes|was|is|ranked|ranks|placed|stood|came|finished)\s+(?:the\s+)?{ORDINAL}"
    r"(?:\s+place)?)\s+(?:on|by|in|for|under)\s+(?:all|each|every|both)(?:\s+(?:of\s+the\s+)?(?:two|three|four))?\s+"
    r"(?:counts?|measures?|yardsticks?|scores?|tallies|fronts?|rankings?)\s*:\s+(?P<items>as\s+[^;:]+?)(?P<end>[.;]?)$",
    I,
)
"""'Japan held fourth place on all three counts: as a trading partner, as a market ..., and as a source ...'."""
_ITEM = re.compile(r",\s+(?:and\s+)?(?=as\s)|\s+and\s+(?=as\s)")
_YARD_NOUN = (
    r"(?:(?:trading|trade|export|import|goods|overseas|foreign)\s+)?(?:partner|market|destination|buyer|customer|source|"
    r"supplier)(?:\s+(?:of|for)\s+(?:U\.S\.\s+|American\s+)?(?:goods\s+)?(?:imports|exports|goods|products))?"
)
_RUN = re.compile(
    rf"(?P<rest>\b(?:the\s+)?{ORDINAL}[- ](?:largest|biggest|leading|ranked)\s+(?:(?:U\.S\.|American)\s+)?)"
    rf"(?P<items>{_YARD_NOUN}(?:,\s+{_YARD_NOUN})*,?\s+and\s+{_YARD_NOUN})\b(?!\s+(?:and|or)\b)(?P<tail>[^;]*)",
    I,
)
"""One place for a run of yardsticks: 'the fourth-largest U.S. trading partner, export market, and source of
imports'."""
_RUN_ITEM = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_RUN_WORDS = ("-largest", "-biggest", "-leading", "-ranked", " largest", " biggest")
_OTHER_TIME = re.compile(rf"\b(?:{ORDINAL}|recently|once|until|had|(?:19|20)\d\d)\b", I)
"""What after 'respectively' tells of another time than now, or another pair of ranks."""
_LEADS = ("as", "by", "in")
_COMPARED = ("larger", "bigger", "greater")
_INVERTING = (*_COMPARED, "exceeded", "surpassed", "topped", "outranked", "bettered")
_GATE = (
    "respectively",
    "alike",
    " both ",
    " each ",
    " but ",
    "; as ",
    "next",
    "second",
    "place",
    "spot",
    "notch",
    "rung",
    ": as ",
)
"""The words one of which a sentence said in one of the shortened ways holds, when it opens on no ordinal."""
_SAID_OF_BOTH = ("alike", " both ", " each ")
_MOVED_WORDS = (" places ", " place ", " spot", " notch", " rung")


def restated(text: str, folded: str | None = None) -> tuple[str, ...]:
    """The plain sentences a rank said in one of the shortened ways above stands for; none when it is said plainly.
    Each way is tried only where its own words stand, so that a plain sentence costs a few lookups."""
    folded = text.casefold() if folded is None else folded
    first = folded.split(" ", 1)[0].rstrip(",")
    run = " and " in folded and holds_any(folded, _RUN_WORDS)
    if not (run or first in ORDINALS or first in _INVERTING or holds_any(folded, _GATE)):
        return ()
    found: list[str] = []
    if run and (each := _RUN.search(text)):
        found += [f"{text[: each.end('rest')]}{item}{each['tail']}" for item in _RUN_ITEM.split(each["items"])]
    if "respectively" in folded:
        found += _paired(text)
    elif (
        first in _LEADS
        and holds_any(folded, _SAID_OF_BOTH)
        and (both := _ONE_FOR_BOTH.match(text))
        and (both["alike"] or _BOTH.search(both["rest"]))
    ):
        rest = _BOTH.sub("", both["rest"]).replace(" .", ".")
        found += [f"{both['lead']}{both[f'y{n}']}, {rest}" for n in (1, 2)]
    ranked = _RANKED.match(text) if first in _LEADS and "; as " in folded else None
    if ranked and (elided := _ELIDED.search(text, ranked.end())):
        yard = elided["yard"]
        found.append(f"{yard[0].upper()}{yard[1:]}, {ranked['who']} {ranked['verb']} {elided['o2']}.")
    if "japan" in folded and holds_any(folded, ("next", "second")) and (ranked := _NEXT.match(text)):
        found.append(f"{ranked['who']} {ranked['verb']} the second-largest {ranked['noun']}{ranked['tail']}")
    if " but " in folded and "japan" in folded and (contrast := _NOT_BUT.match(text)):
        what = contrast["what"]
        found.append(f"{contrast['who']} {contrast['verb']} {what[0].lower()}{what[1:]}{contrast['rest']}")
    if holds_any(folded, _MOVED_WORDS) and (moved := _MOVED.search(text)):
        found.append(f"{text[: moved.start()]}{moved['verb']} to {moved['o']} {moved['yard']}{text[moved.end() :]}")
    if first in ORDINALS and " where " in folded and (cleft := _CLEFT.match(text)):
        found.append(f"{cleft['who'][0].upper()}{cleft['who'][1:]} {cleft['verb']} {cleft['o'].lower()}{cleft['rest']}")
    if (first in ORDINALS or first in _COMPARED) and (fronted := _FRONTED.match(text)):
        front, rest = fronted["front"], fronted["rest"]  # 'Sixth as a market ..., Japan': '..., ranking sixth as a'
        ranking = "" if first in _COMPARED else "ranking "
        found.append(f"{rest[0].upper()}{rest[1:]}, {ranking}{front[0].lower()}{front[1:]}{fronted['end']}")
    if first in _INVERTING and (inverted := _INVERTED.match(text)):
        owner, verb = inverted["owner"] or inverted["owner2"], inverted["verb"] or inverted["verb2"]
        how, by = (inverted["how"] or "exceeded").lower(), inverted["only"] or inverted["by"]
        found.append(
            f"{owner[0].upper()}{owner[1:]}{inverted['comma'] or ''} {verb} {how} only by {by}{inverted['end']}"
        )
    if ": as " in folded and (shared := _ON_ALL.match(text)):
        found += [f"{shared['rest']} {item}." for item in _ITEM.split(shared["items"])]
    return tuple(found)


def _paired(text: str) -> list[str]:
    """'As a market and as a source of imports, it ranked sixth and fifth, respectively': each place with its own."""
    pair = _FRONTED_PAIR.match(text)
    fronted = pair is not None
    pair = pair or _TRAILING_PAIR.search(text) or _PAIR_FIRST.search(text)
    if pair is None or _OTHER_TIME.search(pair["tail"]):
        return []  # 'fifth and fourth, respectively, as recently as 2019', '..., in 2015, but sixth in 2025': not now
    if fronted:
        return [_one(pair, n, f"{pair['lead']}{pair[f'y{n}']}, {pair['rest']}") for n in (1, 2)]
    return [_one(pair, n, f"{text[: pair.start()]}{pair['rest']}", f" {pair[f'y{n}']}") for n in (1, 2)]


def _one(pair: re.Match[str], n: int, before: str, after: str = "") -> str:
    """The `n`th of the pair, with the words before and after it and what the sentence says after 'respectively'."""
    tail = pair["tail"].strip().lstrip(",").strip()
    return f"{before}{pair[f'o{n}']}{pair['suffix'] or ''}{after}{', ' + tail if tail.strip('.') else '.'}"


__all__ = ["restated"]
