"""The U.S. president read after 'In the United States,' (the comma kept the country from being seen as the
president's own); another country before the title still rules its president out.

Every sentence is invented for the test.
"""

from __future__ import annotations

from tests.extract.traps import facts_in

PRESIDENT = "leaders.us_president"


def test_the_president_after_in_the_united_states_is_read() -> None:
    """'In the United States, President Joe Biden ...' names the U.S. president."""
    assert facts_in("In the United States, President Joe Biden has ended his campaign.")[PRESIDENT][0].family == "Biden"


def test_a_president_after_another_country_is_not_read() -> None:
    """'In South Korea, President Lee Jae-myung ...' is Seoul's president, not the U.S.'s."""
    assert PRESIDENT not in facts_in("In South Korea, President Lee Jae-myung met Japan's leader in Tokyo.")
