"""An election or an event a table of words states, a row each: the row's label names the body or the event, its
'Date' cell the date, its other cells the status ('held', 'Tamaki re-elected', 'expired'); a row of another body,
or whose status cell contradicts its date, is none."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

TITLES = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}
FACTS = {
    "IF10199": "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "Japan was the fifth-largest U.S. trading partner in 2012.",
}


def occasions(brief: str, cover: str, table: str) -> dict[str, tuple[str, str | None]]:
    """Extract a short excerpt holding `table`, dated `cover`: its elections' and events' dates and statuses."""
    text = f"# {TITLES[brief]}\n\nUpdated {cover}\n\n## Relations\n\n{FACTS[brief]}\n\n## Key Dates\n\n{table}\n"
    snapshot = extract_snapshot(text, brief=brief).snapshot
    read = {slug: (one.date, one.status) for slug, one in snapshot.elections.items()}
    return read | {slug: (one.date, one.status) for slug, one in snapshot.events.items()}


@pytest.mark.parametrize(
    ("brief", "cover", "table", "expected"),
    [
        (
            "IF10199",
            "January 5, 2019",
            "| Vote | Date | Result |\n| --- | --- | --- |\n| Okinawa governor | 9/30/2018 | Tamaki elected |",
            {"okinawa_governor_2018": ("2018-09-30", "held")},
        ),
        (
            "IF10199",
            "March 1, 2019",
            "| Election | Date | Status |\n| --- | --- | --- |\n| House of Councillors | July 2019 | scheduled |\n"
            "| LDP presidential election | Sept. 2018 | held |",
            {"upper_house_2019": ("2019-07", "upcoming"), "ldp_president_2018": ("2018-09", "held")},
        ),
        (
            "IF10199",
            "March 1, 2019",
            "| Election | Date | Status |\n| --- | --- | --- |\n| Tokyo governor | July 2020 | scheduled |\n"
            "| Upper House | July 2019 | held |",
            {},
        ),
        (
            "IF11120",
            "October 1, 2026",
            "| Step | Date | Status |\n| --- | --- | --- |\n| Section 122 surcharge | July 24, 2026 | lapsed |",
            {"section122_surcharge_expired": ("2026-07-24", "held")},
        ),
    ],
)
def test_a_table_row_states_an_occasion(
    brief: str, cover: str, table: str, expected: dict[str, tuple[str, str | None]]
) -> None:
    """Each row is read from its cells; an unsure row gives nothing."""
    assert occasions(brief, cover, table) == expected
