"""The extraction rules of IF10199, "U.S.-Japan Relations": one module per catalogue section, gathered here."""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import Rule
from usjapan_facts.extract.rules.if10199 import (
    alliance,
    chambers,
    deadlines,
    defense,
    diplomacy,
    economy,
    growth,
    guam,
    ipef,
    politics,
    trade,
    ukraine,
)
from usjapan_facts.extract.rules.shared import abe_address, event_concepts, leaders, reported_talks, trade_events
from usjapan_facts.extract.rules.shared import trade as shared_trade

RULES: dict[str, Rule] = {
    **leaders.RULES,
    **alliance.RULES,
    **guam.RULES,
    **defense.RULES,
    **politics.RULES,
    **chambers.RULES,
    **deadlines.RULES,
    **trade.RULES,
    **shared_trade.RULES,
    **economy.RULES,
    **growth.RULES,
    **diplomacy.RULES,
    **ipef.RULES,
    **ukraine.RULES,
}
TITLE = re.compile(r"U\.?\s?S\.?\s?[-\u2010-\u2015]\s?Japan\s+Relations", re.IGNORECASE)
"""How the brief's own title reads, wherever a site puts it."""
READS_COLLECTIONS = True
"""The brief reports Japanese and U.S. elections and events; the collection readers apply."""
EVENTS = (
    abe_address.EVENTS + trade_events.EVENTS + (*event_concepts.EVENTS, event_concepts.ADDRESS, *reported_talks.EVENTS)
)
"""Events the brief reports by what happened and when, beside the elections the collection readers find: its own,
and the trade talks' steps it tells as the trade brief does ('Formal trade talks opened in April 2019')."""
