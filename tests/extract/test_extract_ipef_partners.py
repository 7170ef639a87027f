"""IPEF's partners beside Japan when the United States is the one that launched it 'with Japan and N other
partners': Japan is one of the U.S. partners, so Japan's others are N plus the United States.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import IPEF, facts_in


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("IPEF, which the United States launched in Tokyo in May 2022 with Japan and twelve other partners, "
         "concluded its talks.", 13),
        ("President Biden launched IPEF in Tokyo together with Japan and 12 other countries.", 13),
        ("Washington launched IPEF alongside Japan and 12 other economies.", 13),
        ("Japan launched IPEF with the United States and 12 other partners.", 13),
        ("IPEF was launched with Japan and 12 other partners.", 12),
        ("Japan joined 12 other countries at the launch of IPEF.", 12),
    ],
)  # fmt: skip
def test_japan_among_the_launchers_partners_counts_the_launcher(sentence: str, count: int) -> None:
    """'The United States launched IPEF with Japan and 12 other partners': 13 beside Japan; with no launcher named,
    the count is as written."""
    assert facts_in(sentence)[IPEF] == (count, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan is one of the 14 founding members of IPEF.",
        "When IPEF began, Japan was among 14 original partners.",
        "IPEF started with 13 charter economies; after Fiji signed on, Japan became one of 14 founding participants.",
    ],
)
def test_japan_one_of_the_founding_members_counts_the_others(sentence: str) -> None:
    """'Japan is one of 14 founding members', 'among the 14 original partners': 13 beside Japan."""
    assert facts_in(sentence)[IPEF] == (13, "exact")


def test_a_launch_count_with_japan_unnamed_is_no_count_beside_japan() -> None:
    """'IPEF began with 13 initial participants' does not say how many stand beside Japan."""
    assert IPEF not in facts_in("IPEF began in Tokyo with 13 initial participants, and Fiji signed on days later.")
