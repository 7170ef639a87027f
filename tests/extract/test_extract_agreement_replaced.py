"""The cost-sharing agreement's month: not the month of the accord it replaced ('replaced a one-year stopgap agreed in
February 2021'), nor the month the period it covers starts in ('beginning April 2022', 'effective April 2022')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER_2025 = (
    "Updated March 3, 2025\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
    "## Alliance\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "The five-year SMA that took effect in April 2022 succeeded the 2016 agreement, which Tokyo and Washington "
        "had extended by a year in February 2021.",
        "Host-nation support is set by a Special Measures Agreement; the current one, for FY2022-FY2026, replaced a "
        "one-year stopgap agreed in February 2021.",
        "Japan pays for much of the cost of U.S. forces under an SMA renewed every five years, most recently for the "
        "period beginning April 2022.",
        "Japan's contribution under the SMA effective April 2022 comes to roughly $1.9 billion a year.",
    ],
    ids=["succeeded-then-extended", "replaced-stopgap", "period-beginning", "effective-month"],
)
def test_no_agreement_month_from_the_accord_it_replaced_or_the_period_it_covers(body: str) -> None:
    """What follows 'replaced' or 'succeeded' is the older accord, whose deeds are not this one's; a month the
    period starts in ('beginning April 2022', 'effective April 2022') is not the month it was reached in."""
    facts = extract_snapshot(COVER_2025 + body + "\n", brief="IF10199").snapshot.facts
    assert "alliance.host_nation_support_agreement" not in facts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In January 2022 the two governments signed a new SMA, which replaced the 2016 accord.", "2022-01"),
        ("The 2016 accord was replaced by a new SMA signed in January 2022.", "2022-01"),
    ],
    ids=["replacing-after", "replaced-by"],
)
def test_the_newer_accord_keeps_its_month(body: str, expected: str) -> None:
    """The newer accord, before 'replaced' or after 'replaced by', keeps its own month."""
    facts = extract_snapshot(COVER_2025 + body + "\n", brief="IF10199").snapshot.facts
    assert str(facts["alliance.host_nation_support_agreement"].value) == expected
