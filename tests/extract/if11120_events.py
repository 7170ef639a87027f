"""IF11120's events read from one paragraph of a short trade brief: the helper of the event wording tests."""

from __future__ import annotations

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
ANCHOR = "Japan is the fifth-largest U.S. trading partner. "
"""A fact of the brief, so that the text is one of IF11120's."""


def events_of(paragraph: str, updated: str) -> dict[str, str]:
    """The events' dates read from `paragraph` in a brief updated on `updated` ('March 3, 2031')."""
    text = COVER.format(updated=updated) + ANCHOR + paragraph + "\n"
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    return {slug: event.date for slug, event in snapshot.events.items()}
