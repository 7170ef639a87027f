"""The readers by roles, run in one order over the facts the declarations and rules left unread.

Each reader reads one class of facts by the roles its sentences fill rather than by a wording (see
docs/declared-facts.md, "Facts left unread"): a value is added only where a fact has none yet (or, for a rank, only
a past one), so what the declarations read is never overruled. The order matters where two readers share a fact: a
table's rows before the sentences' figures, a rank said now after every other reading of the ranks, and a table's
lone cell last.
"""

from __future__ import annotations

from usjapan_facts.extract.cell_roles import cell_readings
from usjapan_facts.extract.chamber_roles import fill as unread_chambers
from usjapan_facts.extract.coalition_roles import fill as unread_coalition
from usjapan_facts.extract.deed_roles import fill as unread_deeds
from usjapan_facts.extract.figures import fill as unread_figures
from usjapan_facts.extract.flow_scope import scope_flows
from usjapan_facts.extract.headline_rates import new_values, only_past
from usjapan_facts.extract.money_pairs import fallback as unread_amounts
from usjapan_facts.extract.respective_ranks import respective_ranks
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import PAST
from usjapan_facts.extract.rules.shared.named_alone import fill as unread_leaders
from usjapan_facts.extract.table_readings import table_readings
from usjapan_facts.extract.tariff_roles import fill as unread_tariffs
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.unread_ranks import later_clause, no_place, unread_ranks

Readings = dict[str, list[tuple[Fields, Sentence]]]


def fill_unread(brief: str, document: Document, context: Context, readings: Readings, kinds: dict[str, str]) -> None:
    """Add to `readings` what the readers by roles read of the facts still unread, in their order."""
    table_readings(brief, document, readings)  # a table of words' rows, as labelled items
    unread_figures(brief, document, context, readings)  # alliance and defense counts and percents
    unread_coalition(document, context, readings)  # the LDP's partner in government, by the roles it is cast in
    unread_chambers(brief, document, context, readings)  # chamber shares and election deadlines, the partners read
    scope_flows(readings, context.preceding)  # what the declarations and rules read against a flow's scope, first
    unread_amounts(brief, document, context, readings)  # trade and investment amounts
    unread_tariffs(brief, document, context, readings)  # tariff rates, the pledge; headlines give way
    unread_deeds(document, context, readings)  # the agreements' dates, by the deed each date belongs to
    ranked_facts = {fact_id: read for fact_id, read in readings.items() if kinds[fact_id] == "rank"}
    unread = {fact_id for fact_id, read in ranked_facts.items() if only_past(read) or no_place(read)}
    changing = {fact_id for fact_id, read in ranked_facts.items() if any(later_clause(s.text) for _, s in read)}
    placed: dict[str, set[int]] = {}  # the places read of Japan in each sentence, which a later one may carry
    for fields, sentence in (pair for read in ranked_facts.values() for pair in read):
        if isinstance(fields.get("value"), int) and fields.get("_when") != PAST:
            placed.setdefault(sentence.text, set()).add(int(fields["value"]))
    for fact_id, ranked in unread_ranks(document.sentences, context, unread, changing - unread, placed).items():
        readings[fact_id] = readings[fact_id] + new_values(readings[fact_id], ranked)  # a place said now wins
    unread = {fact_id for fact_id in unread if only_past(readings[fact_id]) or no_place(readings[fact_id])}
    for fact_id, ranked in respective_ranks(document.sentences, context.preceding, unread, context.updated).items():
        readings[fact_id] = readings[fact_id] + ranked  # 'the fourth- and fifth-largest ..., respectively'
    cell_readings(brief, document, context.updated, readings)  # what only a table's cell states
    unread_leaders(document, context, readings)  # a leader named by family name alone, once titled elsewhere
    scope_flows(readings, context.preceding)  # a flow's amount the sentence's scope gives to another flow, or to none


__all__ = ["Readings", "fill_unread"]
