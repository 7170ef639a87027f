"""The ruling coalition said as a way of governing ('governs in partnership with Komeito', 'rules in coalition with')
or as a recent deed ('the prime minister formed a coalition with Ishin', after a clause on the partner that left).
Another party's alliance and a coalition formed in a year long past are not read as the coalition now.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        ("The LDP governs in partnership with Komeito, a party backed by a lay Buddhist group.", ["LDP", "Komeito"]),
        ("The Liberal Democratic Party rules in coalition with the Japan Innovation Party.", ["LDP", "Ishin"]),
        (
            "When Komeito quit the government in October, the prime minister formed a coalition with Ishin.",
            ["LDP", "Ishin"],
        ),
    ],
)
def test_the_coalition_is_read_from_how_it_governs_or_was_formed(body: str, parties: list[str]) -> None:
    """The LDP first, then the partner it governs with or formed a coalition with."""
    assert facts_in(body)[COALITION][0] == parties


@pytest.mark.parametrize(
    "body",
    [
        "The opposition CDP formed an alliance with Ishin last month.",
        "In 1999, the LDP formed a coalition with Komeito.",
    ],
)
def test_another_partys_alliance_or_one_of_long_ago_is_not_the_coalition(body: str) -> None:
    """An opposition party's partner is not the LDP's; a coalition formed in 1999 is not said to hold now."""
    assert COALITION not in facts_in(body)
