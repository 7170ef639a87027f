"""Japan's place said by another country's, the one right behind or ahead of it: 'Canada's investors ranked second to
Japan's' (1st), 'The United Kingdom ... was pushed into second place by Japan' (1st), 'ranks just below that of the
United Kingdom, the leader' (2nd), 'Japan and China are the two largest holders ..., with China slightly ahead' (2nd).
The place read is Japan's only where Japan is the country the other is set beside. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.japan import OTHER_COUNTRIES

_OTHER = rf"(?:the\s+)?(?:{OTHER_COUNTRIES}|United\s+Kingdom|U\.K\.|Britain|British)"
_JAPANS = r"(?:(?:that|those)\s+of\s+)?Japan(?:ese|\W?s)?\b"
_STANDS = r"(?:ranked|ranks|placed|places|came|comes|finished)"
"""A verb of ranking: 'ranked second to Japan's' ranks; 'was a close second to Japan' sets two side by side (the tests
read no place of Japan's in it)."""
_SECOND = r"(?:second|No\.\s?2|runner-up)(?:\s+place)?"
_PUSHED = r"(?:pushed|knocked|bumped|relegated|displaced|dropped|demoted|moved)"
_BEHIND_JAPAN = re.compile(
    rf"\b{_OTHER}\b[^;]{{0,60}}?\b{_STANDS}\s+(?:now\s+|still\s+)?{_SECOND},?\s+(?:only\s+|just\s+)?(?:to|behind|after)\s+"
    rf"{_JAPANS}"
    rf"|\b{_OTHER}\b[^;]{{0,80}}?\b(?:was|were|has\s+been|had\s+been)\s+{_PUSHED}\s+(?:in)?to\s+{_SECOND}\s+by\s+Japan\b"
    rf"|\bJapan\b[^;]{{0,40}}?\b{_PUSHED}\s+{_OTHER}\b[^;]{{0,40}}?\s+(?:in)?to\s+{_SECOND}\b",
    re.IGNORECASE,
)
"""Another country second, with Japan the one ahead of it: Japan is first."""
_BELOW_LEADER = re.compile(
    rf"\b(?:just|right|immediately|only|narrowly)\s+(?:below|behind|after|under)\s+(?:(?:that|those)\s+of\s+)?{_OTHER}"
    r"(?:\W?s)?,\s+(?:the\s+)?(?:leader|largest|biggest|top\s+\w+|leading\s+\w+|first)\b",
    re.IGNORECASE,
)
"""Japan right behind another country said to lead: second."""
_TWO = re.compile(
    rf"\b(?:Japan\s+and\s+{_OTHER}|{_OTHER}\s+and\s+Japan)\s+(?:are|were|rank\s+as|ranked\s+as)\s+the\s+two\s+"
    r"(?:largest|biggest|top|leading)\b[^;]{0,100}?,\s+with\s+(?P<ahead>Japan|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    r"(?:\w+ly\s+|just\s+|well\s+)?(?:ahead|in\s+front|on\s+top|first|leading|in\s+the\s+lead)\b",
)
"""The two first, with who is ahead said after: Japan first or second."""


def led_place(clause: str) -> int | None:
    """Japan's place, where the clause says it by the country right behind or ahead of it; else None."""
    if _BEHIND_JAPAN.search(clause):
        return 1
    if (below := _BELOW_LEADER.search(clause)) and re.search(r"\bJapan", clause[: below.start()]):
        return 2
    if two := _TWO.search(clause):
        return 1 if two["ahead"] == "Japan" else 2
    return None


__all__ = ["led_place"]
