"""Helpers of the trap tests: a brief's text around invented sentences, and what extraction reads from it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from usjapan_facts.extract import ExtractError, extract_snapshot

ANCHOR = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019.",
}
TITLE = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}


def facts_in(body: str, brief: str = "IF10199") -> dict[str, Any]:
    """The facts read from `body` in a brief's text dated June 2026 (an anchor sentence keeps it a brief)."""
    text = f"# {TITLE[brief]}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR[brief]} {body}\n"
    snapshot = extract_snapshot(text, brief=brief, updated=dt.date(2026, 6, 1)).snapshot
    return {fact_id: (fact.value, getattr(fact, "qualifier", None)) for fact_id, fact in snapshot.facts.items()}


def elections_of(body: str, cover: str = "March 3, 2031") -> dict[str, Any]:
    """The elections read from `body` in a short brief dated `cover`: each slug's date and status."""
    text = f"Updated {cover}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n{body}"
    return {
        slug: election.model_dump(mode="json", include={"date", "status"})
        for slug, election in extract_snapshot(text).snapshot.elections.items()
    }


GUAM = "alliance.marines_relocating_to_guam"
UPPER = "politics.upper_house_coalition_share"
TARIFF = "tariffs.us_tariff_most_imports"
DUE = "politics.next_diet_election_due"
IPEF = "diplomacy.ipef_other_partners"


def elections_in(body: str) -> dict[str, tuple[str, str]]:
    """The elections read from `body` in a brief's text dated June 2026."""
    text = f"# {TITLE['IF10199']}\n\nUpdated June 1, 2026\n\n## Overview\n\n{ANCHOR['IF10199']} {body}\n"
    snapshot = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot
    return {slug: (election.date, election.status) for slug, election in snapshot.elections.items()}


def table_text(title: str) -> str:
    """A trade table under `title`, of 2025 and 2026 columns, as a section of Markdown."""
    return (
        f"\n\n## Trade\n\n{title} (billions of dollars)\n\n| | 2025 | 2026 |\n| --- | --- | --- |\n"
        "| U.S. exports, goods and services | 127.4 | 133.0 |\n"
    )


def values_on(body: str, cover: dt.date) -> dict[str, Any]:
    """The facts' values (as JSON) read from `body` in an IF10199 brief dated `cover`, after the anchor sentence."""
    text = (
        f"# {TITLE['IF10199']}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n"
        f"{ANCHOR['IF10199']} {body}\n"
    )
    facts = extract_snapshot(text, updated=cover).snapshot.facts
    return {key: fact.model_dump(mode="json")["value"] for key, fact in facts.items()}


TRADE_ANCHOR = "Japan was the sixth-largest U.S. trading partner in 2030."
"""An anchor sentence for the trade briefs' tests: it keeps a short text a brief and states no rate or date."""


def value_read(brief: str, fact_id: str, body: str, cover: dt.date) -> Any:
    """The value (as JSON) `fact_id` takes from `body`, after `TRADE_ANCHOR`, in a `brief` dated `cover`; None
    when it is not read."""
    text = f"# {TITLE[brief]}\n\nUpdated {cover:%B} {cover.day}, {cover.year}\n\n## Overview\n\n{TRADE_ANCHOR} {body}\n"
    fact = extract_snapshot(text, brief=brief, updated=cover).snapshot.facts.get(fact_id)
    return None if fact is None else fact.model_dump(mode="json")["value"]


def trade_values(sentence: str, updated: str, section: str, anchor: str) -> dict[str, Any]:
    """The facts' values (as JSON) read from `sentence` after `anchor` under `section` in an IF11120 text dated
    `updated` ('June 9, 2024'); none where extraction finds no fact of the catalogue at all."""
    text = f"# {TITLE['IF11120']}\n\nUpdated {updated}\n\n## {section}\n\n{anchor} {sentence}\n"
    try:
        facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    except ExtractError:
        return {}
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}
