"""What extraction knows of one brief: each catalogue fact's rule, its declared reader (`meaning.toml`, read by
`meaning`) behind the hand-written rule where one remains, and how its title reads. Built once per brief by the
reader; kept apart from the `rules` package, which every reader imports for its base names, so that importing any
reader never imports the declared reader through it. Pure, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass

from usjapan_facts.errors import FactsError
from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.first_chars import gate_patterns
from usjapan_facts.extract.flow_parts import a_part
from usjapan_facts.extract.meaning import declared_rule, either
from usjapan_facts.extract.rules.base import Context, DatedEvent, Fields, Rule
from usjapan_facts.extract.rules.registry import REGISTRY, BriefModule
from usjapan_facts.extract.text import Sentence


@dataclass(frozen=True)
class BriefRules:
    """What extraction knows of one brief: a rule per fact, how its title reads, whether it reports elections."""

    brief: str
    rules: dict[str, Rule]
    title: re.Pattern[str]
    reads_collections: bool
    events: tuple[DatedEvent, ...] = ()
    reads_person_events: bool = True
    """Whether the shared readers of events about people (an assassination) apply, beside its elections."""


WHOLE_FLOWS = frozenset({"trade.us_exports_to_japan", "trade.us_imports_from_japan"})
"""The flows a hand-written rule may read a part of for the whole, where its reading gives way to the roles'
(`flow_parts`)."""


def vetoable(fact_id: str, rule: Rule) -> Rule:
    """A hand-written rule of a whole trade flow whose reading gives way where the amount is a part of the flow (a
    product's, a fraction of it), as the readers by roles tell it (`flow_parts.a_part`)."""
    if fact_id not in WHOLE_FLOWS:
        return rule

    def read_whole(sentence: Sentence, context: Context) -> Fields | None:
        found = rule(sentence, context)
        return None if found is not None and a_part(sentence.text, found.get("value")) else found

    return Rule(read_whole, rule.needs, anaphoric=rule.anaphoric)


def rules_for(brief: str) -> BriefRules:
    """Return the rules of `brief`: its declared facts (meaning.toml) and its registered module's rules."""
    loader = REGISTRY.get(brief)
    if loader is None:
        raise FactsError(
            f"{brief}: no extraction rules are registered for this brief",
            hint="add its rules module to REGISTRY in usjapan_facts/extract/rules/registry.py",
        )
    module: BriefModule = loader()
    gate_patterns("usjapan_facts.extract")  # every module the brief's rules read with is imported by now
    rules: dict[str, Rule] = dict(module.RULES)
    # A declared fact is read by the one reader; where a hand-written rule remains, it is asked first.
    for fact_id, declaration in declarations(brief).items():
        declared = declared_rule(declaration)
        hand = vetoable(fact_id, rules[fact_id]) if fact_id in rules else None
        rules[fact_id] = either(hand, declared) if hand is not None else declared
    events: tuple[DatedEvent, ...] = getattr(module, "EVENTS", ())
    people = bool(getattr(module, "READS_PERSON_EVENTS", module.READS_COLLECTIONS))
    return BriefRules(brief, rules, module.TITLE, module.READS_COLLECTIONS, events, people)
