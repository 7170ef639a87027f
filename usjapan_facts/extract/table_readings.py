"""The readings of a text's tables: what each table states of the facts its prose did not read."""

from __future__ import annotations

from usjapan_facts.extract.declared import declarations
from usjapan_facts.extract.growth_tables import table_years
from usjapan_facts.extract.rules import Fields
from usjapan_facts.extract.tables import read_row, tables
from usjapan_facts.extract.text import Document, Sentence


def table_readings(brief: str, document: Document, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Add what the tables state of each fact the prose did not read, quoting the table's caption."""
    by_row = [(fact_id, d) for fact_id, d in declarations(brief).items() if d.row and not readings.get(fact_id)]
    for title, rows in tables(document.captions) if by_row else []:
        for fact_id, declaration in by_row:
            found = [(fields, row) for row in rows if (fields := read_row(declaration, row, title))]
            if len(found) == 1:
                fields, row = found[0]
                quote = f"{title}: {row.label}, {row.year}: {row.written}"
                readings[fact_id].append((fields, Sentence(quote, "Tables")))
    for years, quote in table_years(document.captions) if "economy.gdp_growth" in readings else []:
        readings["economy.gdp_growth"].append(({"value": years}, Sentence(quote, "Tables")))  # every actual year's


__all__ = ["table_readings"]
