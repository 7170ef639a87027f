"""One extraction rule per catalogue fact, one module per catalogue section; `RULES` maps fact id to rule.

Rules are written for the meaning, not for one version's wording: the hedges, number forms and word
orders they accept are those of `parsers`, which every rule shares.
"""

from __future__ import annotations

from usjapan_facts.extract.rules import alliance, defense, diplomacy, economy, leaders, politics, trade
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, RULES, Context, Fields, Rule, has
from usjapan_facts.extract.rules.leaders import KNOWN_PEOPLE
from usjapan_facts.extract.rules.politics import DUE_WORDS, LOWER_HOUSE, PARTIES, UPPER_HOUSE

SECTIONS = (leaders, alliance, defense, politics, trade, economy, diplomacy)

__all__ = [
    "CURRENT",
    "DUE_WORDS",
    "KNOWN_PEOPLE",
    "LOWER_HOUSE",
    "PARTIES",
    "PAST",
    "PLAIN",
    "RULES",
    "SECTIONS",
    "UPPER_HOUSE",
    "Context",
    "Fields",
    "Rule",
    "has",
]
