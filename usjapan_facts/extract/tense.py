"""A past value beside a current statement, and a value never applied: 'its share before the 2022 election was
57%; it now holds 60%', 'USTR has proposed a 17.5% tariff'.

A sentence may give a value it then says has changed. When the value's own clause is marked as past
(before an election, previously, had been, was) and another clause of the sentence speaks of now
(now, currently, today, has since), the past value is not the current one, whether or not the current
one can be read: a reader declines it rather than take it for the fact. A value its own phrase calls
proposed, threatened, floated, recommended, planned or forecast was never in force: also declined.
Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import clause_of, clauses

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

PAST_MARK = re.compile(
    r"\b(?:before|prior\s+to|previously|formerly|earlier|once|used\s+to|had(?:\s+been)?|was|were|until|"
    r"at\s+the\s+time|back\s+then|then|(?:in|during|as\s+of|by)\s+(?:FY\s?)?(?:19|20)\d{2}|\d{4}\s+levels?)\b",
    I,
)
"""Words that put a value of its clause in the past."""
NOW_MARK = re.compile(
    r"\b(?:now|currently|today|at\s+present|presently|ha(?:s|ve)\s+since|since\s+then|these\s+days|"
    r"as\s+of\s+(?:now|today))\b",
    I,
)
"""Words that say a clause states how things are now."""
NOT_APPLIED = re.compile(
    r"\b(?:propos\w*|threat\w*|float(?:ed|ing|s)?|could|might|would|consider\w*|warn\w*|vow\w*|recommend\w*|"
    r"sought|seeks?|seeking|plan(?:s|ned|ning)?\s+to|expected\s+to|forecast\w*|project(?:ed|s|ion)|"
    r"demand\w*|request\w*|urg(?:ed|es|ing)|call(?:s|ed|ing)?\s+for|push(?:ed|es|ing)?\s+for|"
    r"aim(?:s|ed|ing)?\s+to|intend\w*|hop(?:e|es|ed|ing)\s+to|(?-i:may)\s+(?:be|rise|reach|impose|raise))\b",
    I,
)
"""Words that make a value a proposal, a threat, a plan or a forecast: nothing in force."""
NEGATED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:imposed|applied|collected|implemented|enacted|carried\s+out|"
    r"taken\s+effect|took\s+effect|in\s+force|come\s+into\s+force)\b|"
    r"\bnone\s+(?:\w+\s+)?(?:applies|apply|was|were|has|have|is|are)\b",
    I,
)
"""Words that say a value never came into force: 'has not been imposed', 'none was imposed'."""
_BUT = re.compile(r"[\s,]*(?:but|yet)\s", I)


def past_beside_now(text: str, at: int) -> bool:
    """Tell whether the value at `at` is marked past in its clause while another clause speaks of now."""
    spans = _all_phrases(text)
    own = clause_of(spans, at)
    if not PAST_MARK.search(text[own[0] : own[1]]) or NOW_MARK.search(text[own[0] : own[1]]):
        return False
    return any(NOW_MARK.search(text[start:end]) for start, end in spans if (start, end) != own)


def _phrases(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    cuts = [span[0], *(i for i in range(span[0] + 1, span[1]) if text[i] == "," and not text[i + 1 : i + 2].isdigit())]
    return [(start, end) for start, end in zip(cuts, [*cuts[1:], span[1]], strict=True) if end > start]


def _all_phrases(text: str) -> tuple[tuple[int, int], ...]:
    # Commas part phrases too: 'where its share before the election was 57%, the coalition now holds ...'.
    return tuple(piece for span in clauses(text) for piece in _phrases(text, span))


def not_applied(text: str, at: int) -> bool:
    """Tell whether the value at `at` is proposed or planned in its phrase, or its clause says it never applied."""
    start, end = clause_of(_all_phrases(text), at)
    if NOT_APPLIED.search(text, start, end):
        return True  # 'USTR has proposed a 17.5% tariff'
    spans = clauses(text)
    start, end = clause_of(spans, at)
    following = next((span for span in spans if span[0] == end), None)
    if following and _BUT.match(text, following[0]):
        end = following[1]  # 'was announced but never took effect': the same subject's other verb
    return NEGATED.search(text, start, end) is not None  # 'A 20% tariff, recommended by USTR, was never imposed'

