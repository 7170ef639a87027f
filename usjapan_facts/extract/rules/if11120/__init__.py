"""The extraction rules of IF11120, "U.S.-Japan Trade Agreements and Tariff Negotiations", by section.

Where a fact means what it means in IF10199 (leaders, trade ranks, the investment pledge), the rule
is a shared one (`rules.shared`), wrapped only where this brief words it differently.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Rule
from usjapan_facts.extract.rules.if11120 import (
    agreements,
    autos,
    deficit,
    flows,
    framework,
    ieepa,
    in_force,
    investment,
    investment_rank,
    leaders,
    ruling,
    tariffs,
    trade,
)
from usjapan_facts.extract.rules.shared import event_concepts, reported_talks, trade_events

RULES: dict[str, Rule] = {
    **leaders.RULES,
    **tariffs.RULES,
    **ruling.RULES,
    **ieepa.RULES,
    **autos.RULES,
    **trade.RULES,
    **flows.RULES,
    **deficit.RULES,
    **investment.RULES,
    **investment_rank.RULES,
    **in_force.RULES,
    **agreements.RULES,
    **framework.RULES,
}
TITLE = re.compile(
    r"U\.?\s?S\.?\s?[-\u2010-\u2015]?\s?Japan\s+Trade\s+Agreements?\s+(?:and\s+(?:Tariff\s+)?)?Negotiations",
    re.IGNORECASE,
)
"""The brief's three titles: '... Trade Agreement Negotiations' (2019-2022), '... Agreements and
Negotiations' (2024-2025), '... Agreements and Tariff Negotiations' (since July 2025)."""
READS_COLLECTIONS = True
"""The brief reports Japan's elections now and then ("the July 2025 Upper House election"): the shared reader."""
READS_PERSON_EVENTS = True
"""The shared events about people too: the 2022-2023 versions tell Abe's assassination beside the July 2022
election it overshadowed, and a reader records it as IF10199 does (`abe_assassination`)."""
EVENTS = trade_events.EVENTS + event_concepts.EVENTS + reported_talks.EVENTS
"""The trade events. Not Abe's 2015 address to Congress, which the 2024 versions recall beside Kishida's: its
declarations need only a year of 2015, and the trade brief tells Obama's 2015 push for the TPP (his speeches to
Congress, an invitation's or announcement's month) in sentences they would read as Abe's address."""
