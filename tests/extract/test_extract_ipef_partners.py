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
