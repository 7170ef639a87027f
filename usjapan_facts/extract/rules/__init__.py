"""Extraction rules: one rule per catalogue fact, gathered per brief in a module named after it.

Rules are written for the meaning, not for one version's wording: the hedges, number forms and word
orders they accept are those of `parsers`, which every rule shares. IF10199's rules live in one module
per catalogue section (`leaders`, `alliance`, ...), gathered by `if10199`; another brief's in its own.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass

from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.meaning import declared_rule, either
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, Context, Fields, Rule, has
from usjapan_facts.extract.rules.leaders import KNOWN_PEOPLE
from usjapan_facts.extract.rules.politics import DUE_WORDS, LOWER_HOUSE, PARTIES, UPPER_HOUSE


@dataclass(frozen=True)
class BriefRules:
    """What extraction knows of one brief: a rule per fact, how its title reads, whether it reports elections."""

    brief: str
    rules: dict[str, Rule]
    title: re.Pattern[str]
    reads_collections: bool


def rules_for(brief: str) -> BriefRules:
    """Return the rules of `brief`: its declared facts (meaning.toml) and `rules.<brief in lower case>`'s rules."""
    module = importlib.import_module(f"{__name__}.{brief.lower()}")
    rules: dict[str, Rule] = dict(module.RULES)
    # A declared fact is read by the one reader; where a hand-written rule remains, it is asked first.
    for fact_id, declaration in declarations(brief).items():
        declared = declared_rule(declaration)
        rules[fact_id] = either(rules[fact_id], declared) if fact_id in rules else declared
    return BriefRules(brief, rules, module.TITLE, module.READS_COLLECTIONS)


__all__ = [
    "CURRENT",
    "DUE_WORDS",
    "KNOWN_PEOPLE",
    "LOWER_HOUSE",
    "PARTIES",
    "PAST",
    "PLAIN",
    "UPPER_HOUSE",
    "BriefRules",
    "Context",
    "Fields",
    "Rule",
    "has",
    "rules_for",
]
