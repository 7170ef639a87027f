"""A value as a sentence writes it, found by `extract.values` or `extract.ranks` before it is tied to a fact."""

from __future__ import annotations

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
