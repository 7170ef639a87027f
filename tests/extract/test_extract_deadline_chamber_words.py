"""When the next Diet election and the Lower House's are due, said of a chamber's 'contest' or 'race', of 'that
body's election', of what 'that chamber next holds', under a 'Next ...:' label, or of a term that lapses after
the House 'chosen in' a month. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

DUE = "politics.next_diet_election_due"
LOWER_DUE = "politics.lower_house_election_due"


def _facts(body: str, cover: str) -> dict[str, object]:
    """The facts read from `body` in a brief's text dated `cover`."""
    text = f"# U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n{body}\n"
    snapshot = extract_snapshot(text, brief="IF10199", updated=dt.date.fromisoformat(cover)).snapshot
    return {fact_id: fact.value for fact_id, fact in snapshot.facts.items()}


@pytest.mark.parametrize(
    "body",
    [
        "The coalition keeps its upper-house majority until that body's election in July 2028.",
        "The LDP is short of a majority in the House of Councillors. That chamber next holds an election in July 2028.",
        "- **Next up:** the House of Councillors race in summer 2028",
    ],
)
def test_the_next_upper_house_vote_in_other_words(body: str) -> None:
    """A chamber's contest or race, 'that body's election', 'that chamber next holds', a 'Next' label: its year."""
    assert _facts(body, "2026-05-01")[DUE] == 2028


def test_a_past_contest_is_not_due() -> None:
    """An upper-house contest won in a past July is no election to come."""
    assert DUE not in _facts("The LDP won the upper-house contest in July 2025.", "2026-05-01")


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "The four-year mandate of the House of Representatives chosen in February 2026 expires in February 2030.",
            "2030-02",
        ),
        (
            "As the lower house was elected on February 8, 2026, its members' terms lapse on February 7, 2030.",
            "2030-02-07",
        ),
    ],
)
def test_the_lower_houses_term_end_in_other_words(body: str, value: str) -> None:
    """A term ending after the election that chose the House, or 'its members' terms lapse on' a day."""
    assert _facts(body, "2026-05-01")[LOWER_DUE] == value
