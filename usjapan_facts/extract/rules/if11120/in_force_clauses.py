"""The general reader of the 2019 agreements' entry into force, for a sentence the phrase readings of `in_force` left
unread: the agreement's name (or the pair's) and a word of taking effect in one clause, in either order, and the one
date of the agreements' year that clause gives ("The agreements, signed October 7, 2019, took effect at the start of
2020", "the digital trade agreement took effect alongside the USJTA on January 1, 2020")."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.rules.base import I
from usjapan_facts.extract.rules.if11120.agreement_names import OTHER_DEALS, which

FIRST_YEAR = "2020"
"""The year the two took effect: a date of another year in the clause is another deed's (the signing's)."""
_DEED = re.compile(
    r"\b(?:(?:t[ao]ke[sn]?|took|taking|go(?:es)?|went|gone|c[ao]mes?|coming|enter(?:s|ed|ing)?|brought|put)\s+"
    r"(?:(?:into\s+)?(?:effect|force)|into\s+operation)|in\s+(?:force|effect)|effective|operative|"
    r"(?:began|begun|started|came)\s+to\s+apply|appl(?:y|ies|ied)\s+since|implemented|entry\s+into\s+(?:force|effect)|"
    r"(?:go(?:es)?|went|gone|going)\s+live|(?:became|become|becomes)\s+(?:effective|operative|binding))\b",
    I,
)
"""Taking effect, in any of its words: 'came into effect', 'in force since', 'began to apply', 'implemented', 'went
live'."""
_NOT_THE_START = re.compile(
    r"\b(?:second|third|fourth|next|later|further|annual|subsequent|final|another)\b|\b(?:could|may|might|would|if|"
    r"unless|hopes?|aims?|not\s+yet|amend\w*|protocol)\b",
    I,
)
"""A later step or a change of the agreements ('a second round of cuts took effect'), or an unsure date."""
_PART = re.compile(
    r"\b(?:safeguards?|(?:tariff-rate\s+)?quotas?|TRQs?|(?:tariff\s+)?cuts?|reductions?|chapters?|provisions?|"
    r"schedules?|concessions?)\b",
    I,
)
"""A part of the agreements taking effect, never their entry into force: 'Japan's beef safeguard under the USJTA took
effect', 'a new tariff-rate quota under the USJTA came into effect'."""


def part_takes_effect(text: str) -> bool:
    """Whether what takes effect is a part of the agreements, the subject of the deed ('Under the USJTA, a beef
    safeguard took effect on March 18, 2020'): a clause of its own, never the agreements' entry into force."""
    for clause in re.split(r";\s+", text):
        deed = _DEED.search(clause)
        if (
            deed is not None
        ):  # the deed's subject: its words since the last comma ('The USJTA, which cut tariffs, took')
            subject = clause[clause.rfind(",", 0, deed.start()) + 1 : deed.start()]
            if _PART.search(subject):
                return True
    return False


def clause_date(text: str, agreement: str) -> str | None:
    """The date one clause of `text` (split at semicolons) gives `agreement`'s taking effect, or None: the clause
    names it (or the pair) and a word of taking effect, and gives exactly one date, of the agreements' year."""
    found: set[str] = set()
    for clause in re.split(r";\s+", text):
        if agreement not in which(clause) or not _DEED.search(clause):
            continue
        if any(pattern.search(clause) for pattern in (OTHER_DEALS, ANOTHER_COUNTRY, _NOT_THE_START, _PART)):
            return None  # another deal's or country's, a later step, or a part of the agreements
        dated = {value for value, _ in p.dates(clause) if value.startswith(FIRST_YEAR)}
        found |= dated or set(re.findall(rf"(?<![,\d]\s)\b{FIRST_YEAR}\b", clause))  # 'at the start of 2020'

    return found.pop() if len(found) == 1 else None
