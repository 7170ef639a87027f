"""Whether a brief says a leader was succeeded: 'Prime Minister Takaichi Sanae, who succeeded Ishiba Shigeru on October
21', 'Ishiba Shigeru was succeeded by Takaichi Sanae'. A prime minister so succeeded anywhere in the text is a former
one wherever else a sentence names him with his title and no word of now: 'On April 7, following a telephone call from
Prime Minister Ishiba, ...' tells his deed of April, not who holds the office.

Only a succession told as done counts: not 'is expected to succeed', 'would succeed', 'if Takaichi succeeded Ishiba',
nor a succession as a party's leader only ('succeeded Suga as LDP president', while Suga still heads the cabinet).

Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_PARTY_POST = (
    r"(?!\s+(?:[^.;]{0,40}?\s)?as\s+(?:the\s+)?(?:LDP|party|Liberal\s+Democratic\s+Party)\W?s?\s+"
    r"(?:leader|president|head|chief))"
)
"""Not a succession to the party's post alone: 'succeeded Suga as LDP president'."""


@lru_cache(maxsize=64)
def succeeded(family: str, text: str) -> bool:
    """Tell whether `text` says someone succeeded the person of `family` name, as a deed done."""
    name = re.escape(family)
    told = re.compile(
        rf"(?<!\bif\s)(?<!\bhad\s)(?<!\bhave\s)\bsucceeded\s+(?:(?:then-|former\s+)?(?:Prime\s+Minister|premier)\s+)?"
        rf"(?:[A-Z][a-z]+\s+)?{name}\b{_PARTY_POST}"
        rf"|\b{name}(?:\s+[A-Z][a-z]+)?,?\s+(?:who\s+)?was\s+succeeded\s+by\b{_PARTY_POST}",
    )
    return told.search(text) is not None


__all__ = ["succeeded"]
