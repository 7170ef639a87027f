"""Numbers as a brief writes them, in figures or in words, and the hedges before or after them.

`extract.values` finds each kind's values with these; here only the shared grammar of a number and its hedge.
Pure, no I/O.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract import hedges
from usjapan_facts.extract.word_choice import any_of

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALE = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
SCALE |= {"bn": SCALE["billion"], "bil": SCALE["billion"]}  # '$1.9bn', '$118.2 bil.'; 'trillion' is not abridged
WORD = any_of(sorted(UNITS, key=len, reverse=True))
WORDS = rf"{WORD}(?:-{WORD})?(?:(?:\s+|-)(?:and\s+)?(?:{WORD}(?:-{WORD})?|hundred|thousand|million))*"
ARTICLE_WORDS = rf"an?\s+(?:hundred|thousand)(?:(?:\s+|-)(?:and\s+)?{WORDS})?"
"""A number in words opening with its article: 'a hundred and thirty', 'a thousand' (`words_value` reads 'a' as 1)."""
DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
POINT = rf"\s+point(?:\s+{any_of(DIGIT_WORDS)})+"
"""The decimals of a number in words: 'one point eight' (before its percent or scale, never a count's: 'at one point
two ministers')."""
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
EXTRA_HEDGES = (
    ("just over", "over"), ("just under", "under"), ("slightly more than", "over"), ("well over", "over"),
    ("slightly over", "over"), ("a little over", "over"), ("near", "about"), ("a little more than", "over"),
    ("a bit more than", "over"), ("a little less than", "under"), ("slightly less than", "under"),
    ("a bit less than", "under"),
)  # fmt: skip
"""Hedges a declared value may carry besides the shared ones (`parsers.HEDGE`)."""
HEDGE = f"(?:{any_of(words for words, _ in EXTRA_HEDGES)}|{hedges.HEDGE})"


def qualifier(hedge: str | None) -> str:
    """The qualifier a hedge says: 'just over' is over, none is exact."""
    if not hedge:
        return "exact"
    words = " ".join(hedge.casefold().split())
    return next((q for phrase, q in EXTRA_HEDGES if phrase == words), None) or hedges.qualifier_of(words)


def hedge(text: str, match: re.Match[str]) -> str:
    """The hedge before the value, or else the one after it: 'some 54,000', '54,000 or so', '54,000 troops, give or
    take,'."""
    return hedges.hedged_after(text, match.end(), qualifier(match.group("hedge")))


def words_value(text: str) -> Decimal | None:
    """Read 'twenty-eight thousand five hundred' as 28500, 'one point eight' as 1.8, 'half a dozen' as 6, 'a' (before
    its scale: 'a billion') as 1; None when it is not a number in words."""
    words = re.split(r"[\s-]+", text.casefold())
    halved = words[:2] in (["half", "a"], ["half", "an"])
    if "point" in words:  # 'one point eight': the digits after the point, each a word
        point = words.index("point")
        whole, digits = words_value(" ".join(words[:point])), [DIGIT_WORDS.index(w) for w in words[point + 1 :]]
        return None if whole is None else whole + Decimal("0." + "".join(map(str, digits)))
    total, current = 0, 0
    for word in words[1:] if halved else words:
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in ("a", "an") and current == 0:
            current = 1
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
        elif word in SCALE:
            total += (current or 1) * SCALE[word]
            current = 0
        else:
            return None
    return Decimal(total + current) / (2 if halved else 1)
