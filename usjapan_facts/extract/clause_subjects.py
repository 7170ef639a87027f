"""A clause's subject when it has none of its own: the clause it is coordinated with, a relative clause's noun, the
clause an elaboration (a colon, a parenthesis, a dash) is about; and the apposition after a clause. Pure, no I/O.
Split from `clauses`, which cuts a sentence into its clauses."""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import OWN_SUBJECT as _OWN_SUBJECT

_COORDINATED = re.compile(
    rf"\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:(?!{_OWN_SUBJECT}|(?:there|we|some\s+of)\b)[a-z\d$]"
    r"|(?:also\s+)?the\s+(?:[a-z]+|\d{1,2}(?:st|nd|rd|th))[- ](?:largest|biggest|ranked)\b)"
)
"""A clause joined on with no subject of its own: 'and roughly 57 percent of ...', 'and sixth among sources of', 'and
the seventh-largest supplier of U.S. imports' (a rank said of the subject before)."""
_WHICH = re.compile(rf"\s*,\s*which\s+(?!{_OWN_SUBJECT})[a-z]")
"""A relative clause of the noun before it, with no subject of its own: ', which took $126.8 billion'."""
_WHOSE = re.compile(r"\s*,\s*whose\s+(?:[a-z]+\s+)?(?:sales|shipments|exports|imports|purchases)\b")
_COMPARISON_ASIDE = re.compile(r"\s*,\s*(?:by|in)\s+comparison\s*,\s*(?=[a-z])")
"""An aside between a subject and its verb: 'U.S. multinationals' stake in Japan, by comparison, came to $124.9
billion'."""
_AFTER_ASIDE = re.compile(r"\)\s+(?:(?:has|have|had|is|are|was|were)\s+)?[a-z]+")
"""A predicate right after a parenthesis: the aside stood between the subject and its verb."""
_JAPAN_LAST = re.compile(r"\bJapan\s*$")
"""A flow whose owner is Japan, named right before it: 'more than Japan, whose sales to the United States came to $131.4
billion', 'than Japan, whose shipments were valued at $187.4 billion' (never 'behind China, whose sales ...')."""


_ELABORATION = re.compile(
    # Or a measure named before its figure: '..., a line cabinets have observed, defense outlays of roughly 1% of GDP'.
    r"(?::\s+|\(\s*|(?:\u2014|--)\s*|,\s+(?=(?:[a-z]+\s+){1,3}(?:of|at)\s+[^,;]*$))"
    r"(?:(?:currently|now|today|at\s+present)\s+)?(?:(?:[a-z]+\s+){1,3}(?:of|at)\s+)?(?:\d|[$\u00a5]|(?:about|some|roughly|nearly|just|over|under|approximately|around|almost|more|less|fewer|close|"
    r"upwards?|an\s+estimated|better|well|slightly|barely|comfortably|a\s+(?:shade|bit|little)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)[\s-]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b)"
)
"""A colon, a parenthesis or a dash opening figures or a place with no verb of their own, which the clause before it is
about: 'Their position in the upper chamber is narrower: 135 of 242 seats, about 56%', '... lower than it did as a
market: fifth, with $180 billion in sales', 'may station forces in Japan (about 55,000 personnel today)', 'to base U.S.
troops--currently about 55,000--and assets', 'observed since 1976: defense outlays of about 1% of GDP'."""


def with_subject(text: str, spans: tuple[tuple[int, int], ...], clause: tuple[int, int], steps: int = 3) -> str:
    """A clause with the clause before it when it is coordinated with no subject of its own: 'and roughly 57 percent
    of the upper chamber' shares the coalition that 'controls about 65 percent of the Lower House'."""
    start = clause[0]
    for _ in range(steps):  # 'sixth as a market for U.S. goods, which took $126.8 billion': back through each join
        own = text[start : clause[1]]
        whose = _WHOSE.match(own) and _JAPAN_LAST.search(text, 0, start)
        joined = _COORDINATED.match(own) or _WHICH.match(own) or _ELABORATION.match(own) or _COMPARISON_ASIDE.match(own)
        aside = text.rfind("(", 0, start) if _AFTER_ASIDE.match(own) else -1
        if aside > 0:  # 'Quad leaders (of Australia, India, ...) have met six times': the verb's subject is before it
            start = next((before for before, end in spans if end == aside), start)
            continue
        if start == 0 or not (joined or whose):
            break
        start = next((before for before, end in spans if end == start), start)
    return text[start : clause[1]]


_APPOSITION = re.compile(r",\s+an?\s+[^;]+")


def apposition(text: str, spans: tuple[tuple[int, int], ...], clause: tuple[int, int]) -> tuple[int, int] | None:
    """The apposition right after a clause, which names what its last value is: '..., it remains at about 1% of GDP,
    a ceiling successive governments have observed'; None when the clause after is none."""
    after = next(((start, end) for start, end in spans if start == clause[1]), None)
    return after if after is not None and _APPOSITION.fullmatch(text, *after) else None
