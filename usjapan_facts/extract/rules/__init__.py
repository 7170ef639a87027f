"""Extraction rules: one rule per catalogue fact, gathered per brief in a package registered by its id.

Rules are written for the meaning, not for one version's wording: the hedges, number forms and word
orders they accept are those of `parsers`, which every rule shares. Each brief's rules live in one
module per catalogue section (`if10199.alliance`, `if11120.tariffs`, ...), gathered by its package and
named in `registry.REGISTRY`; readers both briefs use live in `shared`, their vocabulary in `extract.japan`.
"""

from __future__ import annotations

from usjapan_facts.extract.anaphora import points_back, routed
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, Context, Fields, Rule, has
from usjapan_facts.extract.rules.registry import BriefModule

__all__ = [
    "CURRENT",
    "PAST",
    "PLAIN",
    "BriefModule",
    "Context",
    "Fields",
    "Rule",
    "has",
    "points_back",
    "routed",
]
