"""A document's catalogue facts: every sentence read by the rules its words call for, then by the readers by roles;
each fact's readings resolved and quoted from a whole sentence that gives the value chosen. Pure, no I/O."""

from __future__ import annotations

import functools
from typing import Any

from usjapan_facts import catalog
from usjapan_facts.extract.by_roles import Readings, fill_unread
from usjapan_facts.extract.guarded import guarded
from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.past_openings import STATES, historic, marked_past
from usjapan_facts.extract.resolve import identity, marked_by_own_year, resolve
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import NeedsIndex
from usjapan_facts.extract.set_apart import set_apart
from usjapan_facts.extract.stand_ins import stood_for
from usjapan_facts.extract.step_dates import dated_steps
from usjapan_facts.extract.text import Document
from usjapan_facts.extract.yearly import merged_years


def read_facts(
    catalogue: catalog.Catalogue, needs: NeedsIndex, document: Document, context: Context, warnings: list[str]
) -> dict[str, Any]:
    """Each catalogue fact's value, read from the document's sentences by the rules `needs` indexes and then by the
    readers by roles, each resolved among its readings and quoted from a whole sentence that gives it."""
    readings: Readings = {spec.id: [] for spec in catalogue.facts}
    # A sentence said twice reads the same twice: each distinct sentence goes through the rules once,
    # which keeps texts of many repeated sentences as fast as texts of few.
    seen: dict[str, list[tuple[str, Fields]]] = {}
    kinds = {spec.id: str(spec.kind) for spec in catalogue.facts}
    for sentence in document.sentences:
        if len(sentence.text) > MAX_SENTENCE:
            continue  # no brief writes such a sentence: text without full stops, read no further
        if sentence.text.endswith("?"):
            continue  # a question ('Does Japan place third?') asks for a value and states none
        if sentence.cut and sentence.text[:-1] == sentence.section and sentence.section.startswith("Table"):
            continue  # a table's title said before each of its rows names the table: it states no value of its own
        found = seen.get(sentence.text)
        if found is None:
            found = [
                (fact_id, fields)
                for fact_id, rule in needs.candidates(sentence)
                if (fields := guarded(fact_id, functools.partial(rule.read, sentence, context), None, warnings))
                # '28,500 and 54,000, respectively', 'third in 2010 and fifth in 2021': not the fact's current value
                and not set_apart(kinds[fact_id], fields.get("value"), sentence.text)
            ]
            read = {fact_id for fact_id, _ in found}
            stand_ins = functools.partial(stood_for, needs, sentence, context, kinds, read)
            none: list[tuple[str, Fields]] = []
            seen[sentence.text] = found = found + guarded("stand-ins", stand_ins, none, warnings)
        for fact_id, fields in found:
            readings[fact_id].append((fields, sentence))
    by_roles = functools.partial(fill_unread, catalogue.brief, document, context, readings, kinds)
    guarded("the readers by roles", by_roles, None, warnings)  # each fills `readings` in place
    for fact_id, kind in kinds.items():
        if kind.startswith("yearly"):
            readings[fact_id] = merged_years(readings[fact_id])
        elif context.updated is not None:
            readings[fact_id] = marked_by_own_year(readings[fact_id], context.updated.year, rank=kind == "rank")
            if kind in STATES and not historic(catalogue.brief, fact_id):  # 'Until 2017, it held 68%'
                readings[fact_id] = marked_past(readings[fact_id], context.updated.year)
            if kind == "percent":  # 'April 3: a 25% tariff on cars began': as of April 3, not of the cover
                readings[fact_id] = dated_steps(readings[fact_id], context.updated)
    facts: dict[str, Any] = {}
    for spec in catalogue.facts:
        chosen = resolve(spec.id, readings[spec.id], warnings)
        if chosen is not None:
            # What is published (context fields, quote) comes from whole sentences that give the value.
            value = identity(chosen[0])
            whole = [(f, s) for f, s in readings[spec.id] if not s.cut and identity(f) == value]
            if not whole:
                warnings.append(f"{spec.id}: read only from a sentence cut by another column's lines; left out")
                continue
            note = chosen[0].get("note")
            chosen = resolve(spec.id, whole, warnings)
            if chosen is not None and note and "note" not in chosen[0]:
                chosen = ({**chosen[0], "note": note}, chosen[1])  # why the other readings gave way
        if chosen is not None:
            fields, sentence = chosen
            facts[spec.id] = {"kind": spec.kind, **fields, "quote": sentence.text, "section": sentence.section}
    return facts


__all__ = ["read_facts"]
