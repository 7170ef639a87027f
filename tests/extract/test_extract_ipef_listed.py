"""IPEF's members besides Japan counted by who is named with 'N other': every member listed with the count ('by Japan,
the United States, and a dozen other economies' is 13), Japan or the United States named before it in the statement
('Japan ..., alongside the United States and a dozen others'), 'N other members' of a framework Japan belongs to; a
number in words as 'a dozen'. A place ('in Tokyo') names no member, and Japan among the others of another member is
unsure.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import IPEF, facts_in


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("IPEF was launched in Tokyo by Japan, the United States, and a dozen other economies.", 13),
        ("Japan helped found IPEF in 2022, alongside the United States and a dozen others.", 13),
        ("IPEF, founded by the United States, Japan, Australia, and eleven other partners, held talks in Detroit.", 13),
        ("Japan is a founding member of IPEF, whose thirteen other members include the United States.", 13),
    ],
)
def test_ipef_members_are_counted_by_who_is_named(sentence: str, count: int) -> None:
    """The count is the others plus every member named with them, Japan left out."""
    assert facts_in(sentence)[IPEF] == (count, "exact")


def test_japan_among_another_members_others_is_unread() -> None:
    """'Biden launched IPEF with a dozen other countries, Japan among them': whose others they are is unsure."""
    assert IPEF not in facts_in("Biden launched IPEF in Tokyo with a dozen other countries, Japan among them.")
