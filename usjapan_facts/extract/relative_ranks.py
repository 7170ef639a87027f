"""A rank said by another one: 'it occupied the same slot', 'as a supplier, one place higher', 'the UK was the largest;
Japan came next'; each read from the one rank written before it (`ranks.py`). Pure, no I/O."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.ranks import ranks

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_SAME = re.compile(
    r"\b(?:occupied|occupies|held|holds|took|takes|kept|keeps|shared|shares|filled|fills)\s+the\s+same\s+"
    r"(?:slot|place|position|spot|rank|ranking|rung)\b(?!,?\s+as\s+(?!an?\s))"
    r"|\b(?P<steps>one|two|three|a)\s+(?:place|spot|notch|position|rung)s?\s+(?P<way>higher|lower|better|worse)\b"
    r"(?!\s+than\b)"
    r"|,\s+(?:a|the)\s+(?:position|place|rank|ranking|slot|spot|standing)\s+(?:that\s+|which\s+)?(?:it|Japan)\s+"
    r"(?:also\s+)?(?:held|holds|occupied|occupies|shared|shares|kept|keeps|matched|matches)\b"
    r"|\b(?P<next>(?:came|comes|ranked|ranks|stood|stands|was|is)\s+next)\b(?!\s+(?:to|year|month|week|in\s+line)\b)",
    I,
)
"""A rank said by another one: 'it occupied the same slot', 'as a supplier, one place higher', 'fourth among
partners, a position it held both as a buyer ... and as a source ...', 'the UK was the largest; Japan came next'."""


@lru_cache(maxsize=512)
def relative_ranks(text: str, before: str) -> tuple[Candidate, ...]:
    """Every rank and every rank said by another: the one rank the sentence gives before it, else the sentence
    before's one rank, moved by the places it names ('one place higher' than sixth is fifth)."""
    found = ranks(text)
    if "same" not in text and " plac" not in text and ", a" not in text and ", the" not in text and " next" not in text:
        return found
    relative = []
    for match in _SAME.finditer(text):
        if any(other.start <= match.start() < other.end for other in found):
            continue  # 'ranked one place higher, fifth': the rank is written
        earlier = {other.value for other in found if other.end <= match.start() and other.value != ""}
        if match.group("next") and (len(earlier) != 1 or not re.search(r"[;,]", text[: match.start()])):
            continue  # 'came next' follows the one rank of another's clause, never a rank in its own clause
        if not earlier and not match.group(0).startswith(","):
            earlier = {other.value for other in ranks(before) if other.value != ""}
        if len(earlier) != 1:
            continue  # no rank said before it, or several: which one it repeats is unsure
        steps = p.number_of(match.group("steps").lower().replace("a", "one", 1)) if match.group("steps") else 0
        steps = 1 if match.group("next") else steps
        moved = int(earlier.pop()) + (-1 if match.group("way") in ("higher", "better") else 1) * int(steps or 0)
        if moved >= 1:
            relative.append(Candidate(moved, "exact", match.start(), match.end()))
    return tuple(sorted([*found, *relative], key=lambda candidate: candidate.start))


__all__ = ["relative_ranks"]
