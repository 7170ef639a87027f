"""Whether a value is an end of a range, no single value: 'between 50,000 and 55,000', '50-55,000', '26%-28%'.

Pure, no I/O.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_RANGE = re.compile(
    r"(?:\bbetween\s+(?:[a-z]+\s+)?\$?[\d.,]+\s*(?:%|percent|thousand|million|billion|trillion)?\s+and\s+|"
    r"\d\s?(?:%\s?)?[-\u2013]\s?\$?|\bbetween\s+(?:[a-z]+\s+)?|\bas\s+(?:high|low|much|many|little|few)\s+as\s+\$?|"
    r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere)\s+(?:\w+\s+){0,2}?from\s+(?:[a-z]+\s+)?\$?(?:[\d.,]+\s*"
    r"(?:%|percent|thousand|million|billion|trillion)?\s+(?:up\s+)?to\s+(?:[a-z]+\s+)?\$?)?)$",
    I,
)
"""A value that is an end of a range: 'between 50,000 and 55,000', '50-55,000', '26%-28%', 'range from $1.7 billion to
$2.5 billion' (either end), 'as high as 3%'."""
_RANGE_FROM = re.compile(r"\$?[\d.,]+\s?(?:%|percent)?\s?[-\u2013]\s?\$?\d")
"""A value that starts a range: '50-55,000', '26%-28%'."""


def in_range(text: str, at: int) -> bool:
    """Tell whether the value at `at` is an end of a range, no single value: 'between 50,000 and 55,000 troops'."""
    return _RANGE.search(text, max(0, at - 70), at) is not None or _RANGE_FROM.match(text, at) is not None


__all__ = ["in_range"]
