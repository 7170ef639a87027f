"""The Quad and IPEF counted in more wordings: the Quad's leaders named as 'the four countries' leaders', 'Leaders of
the four countries', 'The group's leaders' after a sentence naming the Quad; IPEF's members counted without Japan
('thirteen countries other than Japan', 'Besides Japan, 13 countries', 'twelve ... besides Japan and the United
States'). Ministers' meetings and a meeting to come are not the leaders' count.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import IPEF, facts_in

QUAD = "diplomacy.quad_leader_meetings"
NAMED = "Japan values the Quad, its grouping with Australia, India, and the United States."


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        (f"{NAMED} The four countries' leaders have met six times, and a seventh meeting is planned.", QUAD, 6),
        (f"{NAMED} Leaders of the four countries have met five times since 2021, twice in person.", QUAD, 5),
        (f"{NAMED} The group's leaders have held six summits since 2021.", QUAD, 6),
        ("When IPEF was launched in May 2022, thirteen countries other than Japan signed on as founders.", IPEF, 13),
        ("Besides Japan, 13 countries joined the Indo-Pacific Economic Framework at its launch.", IPEF, 13),
        ("Twelve economies besides Japan and the United States joined IPEF in May 2022.", IPEF, 13),
    ],
)
def test_a_group_counted_in_other_words_is_read(body: str, fact: str, value: int) -> None:
    """The leaders' meetings and IPEF's members besides Japan are counted as the text counts them."""
    assert facts_in(body)[fact] == (value, "exact")


@pytest.mark.parametrize(
    "body",
    [
        f"{NAMED} The four democracies' foreign ministers have met nine times.",
        f"{NAMED} The four leaders will meet a seventh time next year.",
    ],
)
def test_ministers_meetings_or_one_to_come_are_not_the_leaders_count(body: str) -> None:
    """Foreign ministers' meetings and a planned summit are not counted."""
    assert QUAD not in facts_in(body)
