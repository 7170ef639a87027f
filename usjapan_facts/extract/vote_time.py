"""Whether a value is dated before a vote whose result the sentence also gives: the earlier value, not the current one.

'Going into it, the coalition held about 57% of the upper chamber; it came out with 122 of the 248 seats': the 57% is
the share before the vote, and the result after it (read or not) is what the chamber holds now. A share stated ahead
of a vote still to come, with no result beside it, stays current. `tense.past_beside_now` asks here. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.word_choice import may_hold

_VOTE = r"(?:it|the\s+(?:[\w-]+,?\s+){0,4}?(?:vote|election|polls|ballot|contest|race))\b"
_BEFORE_VOTE = re.compile(
    rf"(?=[a-z])\b(?:(?:going|went|go|goes|headed|heading|entered|entering|enters)\s+into|entered|entering|enters|"
    rf"ahead\s+of|before|prior\s+to|in\s+the\s+run-up\s+to)\s+{_VOTE}",
    re.IGNORECASE,
)
"""Words that date a value's clause before a vote: 'Going into it, the coalition held 57%', 'ahead of the election',
'they entered the July 10, 2022, election holding 57%'."""
_BEFORE_WORDS = ("into", "enter", "ahead", "before", "prior", "run-up")
"""Words one of which every match of `_BEFORE_VOTE` holds (keep it so): a sentence holding none is dated before no
vote, and is spared the patterns."""
_ENTERED = re.compile(r"(?:went|headed|entered)\b", re.IGNORECASE)
"""A vote entered in the past tense: the share held going into it is no longer the current one."""
_HELD = re.compile(r"\b(?:held|had|controlled|commanded|occupied)\b", re.IGNORECASE)
"""A share held before a vote, told in the past tense: 'Before the 2022 election, the coalition held 57%'."""
_AFTER_VOTE = re.compile(
    rf"(?=[a-z])\b(?:(?:came|come|comes|coming)\s+out(?:\s+of\s+(?:it|that|{_VOTE}))?|emerged|emerging|ended\s+up|"
    rf"(?:was|were)\s+left)\s+with\b|\bafter\s+{_VOTE}|\bafterwards?\b",
    re.IGNORECASE,
)
"""Words of the result after a vote: 'it came out with 122 of the 248 seats', 'after the election it held 49%'."""


def before_the_vote(text: str, at: int, now: re.Pattern[str]) -> bool:
    """Tell whether the value at `at` is dated before a vote in its clause while another clause gives the result after
    it, or says what holds `now`."""
    if not may_hold(text, _BEFORE_WORDS):
        return False  # as the search for `_BEFORE_VOTE` below would end
    whole = clause_of(clauses(text), at)
    comma = text.find(",", at, whole[1])  # 'which stood at 58% ahead of the vote, has since slipped'
    later = _AFTER_VOTE.search(text, at, whole[1])  # 'held 57% going in and came out with 59%': its clause's result
    if _AFTER_VOTE.search(text, whole[0], at):
        return False  # 'they entered it holding 57% and came out of it with about 59%': 59% is the result
    before = _BEFORE_VOTE.search(text, whole[0], comma if comma >= 0 else later.start() if later else whole[1])
    if not before:
        return False
    if later or _ENTERED.match(before.group()) or _HELD.search(text, whole[0], at):
        return True  # 'they entered the 2022 election holding 57%', 'before the vote they held 57%': told as past
    others = (text[start:end] for start, end in clauses(text) if (start, end) != whole)
    return any(_AFTER_VOTE.search(part) or now.search(part) for part in others) or (
        comma >= 0 and now.search(text, comma, whole[1]) is not None
    )


__all__ = ["before_the_vote"]
