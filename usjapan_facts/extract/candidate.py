"""A value as a sentence writes it, found by `extract.values` or `extract.ranks` before it is tied to a fact."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    """A value as the sentence writes it: the number, its hedge, and the span the words tying it start from."""

    value: int | float | str
    qualifier: str
    start: int
    end: int
    coarse: bool = False
    """A bound said in words ('a majority of'): a figure within it, read elsewhere, says more."""


_APPOSED = re.compile(r"[^,;]{0,60},\s*$")


def spelled_out(text: str, coarse: Candidate, found: list[Candidate]) -> bool:
    """Whether a bound in words is restated as a figure set off right after its noun: 'The majority of U.S. forces
    personnel in Japan, about 55 percent, are located in Okinawa' (the figure says more; read or not, the bound
    gives way)."""
    return coarse.coarse and any(
        not other.coarse
        and other.start > coarse.end
        and _APPOSED.fullmatch(text, coarse.end, other.start) is not None
        and (other.end == len(text) or text[other.end] in ",;.")
        for other in found
    )
