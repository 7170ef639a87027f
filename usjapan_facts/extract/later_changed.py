"""Whether a value was changed after the sentence gives it: 'before the July deal lowered it', 'then suspended', 'the
15% tariff it replaced'; read from the value up to where its verb reaches, and never past a comparison's other term
('..., slightly more than under the accord it replaced': what replaced it is the accord's, not the value's).

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.not_in_force import LETTER_FIRST
from usjapan_facts.extract.word_choice import may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_ENDED = re.compile(
    r"(?:\b(?:tariffs?|surcharges?|dut(?:y|ies)|rates?|lev(?:y|ies)|charges?|which|that|it|they)|%)\s+"
    r"(?:(?!(?:the|a|an|its|their|this|that|another)\b)[\w-]+\s+){0,6}?(?:(?:had|has|have)\s+)?"
    r"(?:(?:ceased|stopped)\s+(?:to\s+(?:be\s+)?|being\s+)(?:collected|charged|levied|applied|apply|in\s+(?:force|effect))\b|"
    r"(?:expired|lapsed)\b)",
    I,
)
"""A charge the words after its value say ended, as the subject of the ending: 'the 15% tariff on Japanese goods
ceased to be collected', 'a 10% surcharge, which lapsed in July', '15% on most goods stopped being charged' (never
another subject's, 'after the pause expired', nor another figure's, 'since the earlier 10% rate lapsed')."""
_FIGURE = re.compile(r"\d")
_OWN_FIGURE = re.compile(r"[\d.,]*")
SUPERSEDED = re.compile(
    rf"{LETTER_FIRST}(?:\b(?:lowered|raised|cut|reduced|replaced|ended|voided|struck\s+down|superseded|overturned|lifted|scrapped|"
    r"revoked|rescinded|suspended|halved|doubled)\s+(?:it|them|that|this|the\s+(?:rate|tariff|figure|number|total))\b|"
    r"\b(?:was|were|been|then|later|which\s+[^,;]{0,40}?)\s*(?:suspended|voided|struck\s+down|overturned|lifted|"
    r"scrapped|revoked|rescinded|superseded|replaced)\b|"
    r"\b(?:it|they)\s+(?:replaced|superseded|displaced)(?=\s*(?:[.,;)]|$)|\s+(?:had|has|have|was|were)\b))",
    I,
)
"""Words after a value that say it was changed later: 'before the July deal lowered it', 'then suspended', 'the 15%
tariff it replaced' (a relative clause with no object of its own)."""
_SUPERSEDED_WORDS = ("lowered", "raised", "cut", "reduced", "replaced", "ended", "voided", "struck", "supersed",
                     "overturned", "lifted", "scrapped", "revoked", "rescinded", "suspended", "halved",
                     "doubled")  # fmt: skip
"""A word (lower case) each match of `SUPERSEDED` holds (keep it so)."""
_THAN = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus)\b", I)
"""The other term of a comparison after a value: its words are said of what the value is compared with."""


def changed_later(text: str, at: int, reach: int) -> bool:
    """Tell whether words after the value at `at`, up to `reach` (where its verb reaches) and short of a comparison's
    other term, say it was changed later."""
    if may_hold(text[at:reach], ("ceased", "stopped", "expired", "lapsed")):
        own = _OWN_FIGURE.match(text, at)
        other = _FIGURE.search(text, own.end() if own else at, reach)  # the next figure's words are its own
        if _ENDED.search(text, at, other.start() if other else reach):
            return True
    if not may_hold(text[at:reach], _SUPERSEDED_WORDS):
        return False
    compared = _THAN.search(text, at, reach) if may_hold(text[at:reach], ("than", "compared", "versus")) else None
    return SUPERSEDED.search(text, at, compared.start() if compared else reach) is not None


__all__ = ["SUPERSEDED", "changed_later"]
