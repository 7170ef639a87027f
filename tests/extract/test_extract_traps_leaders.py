"""Leaders named without a title before the name: by taking office after an aside, by the office held, and a
president of another country met abroad, who is never the U.S. president.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

PM = "leaders.japan_prime_minister"
PRESIDENT = "leaders.us_president"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kato Akira, a former finance minister, became prime minister in October 2025. Kato leads the LDP.",
        "Kato Akira, party secretary-general since 2024, took office as prime minister in 2025. Kato is 70.",
        "Six months into his premiership, Kato Akira has kept the coalition together. Kato is 70.",
        "In his first year as prime minister, Kato Akira is pressing for reform. Kato is 70.",
    ],
)
def test_a_prime_minister_named_before_taking_office_or_in_it_is_read(sentence: str) -> None:
    """An aside between the name and 'became prime minister', or the premiership named before the name."""
    assert facts_in(sentence)[PM][0].family == "Kato"


@pytest.mark.parametrize(
    "sentence",
    [
        "During his premiership, Abe Shinzo strengthened the alliance. Abe died in 2022.",
        "Kato Akira, who lost the leadership race, became party secretary-general. Kato leads a faction.",
    ],
)
def test_a_past_premiership_or_another_post_is_not_read(sentence: str) -> None:
    """A premiership in the past tense, or another post taken, names no current prime minister."""
    assert PM not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump's visit to Beijing, where he met President Xi Jinping, worried Tokyo.",
        "In Seoul, President Lee Jae-myung hosted the trilateral summit.",
        "The Chinese leader, President Xi, received the delegation.",
        "President Lee Jae-myung met Prime Minister Takaichi at the summit.",
        "Takaichi later welcomed President Lai Ching-te's envoy.",
    ],
)
def test_a_president_met_abroad_is_not_the_us_president(sentence: str) -> None:
    """A president named beside another country or its capital, by no U.S. president's name, is that country's; so
    is one named family name first with a romanized given name ('Lee Jae-myung'), which no U.S. president has."""
    assert PRESIDENT not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kato has become one of President Donald Trump's closest partners.",
        "President Trump met China's leader in Beijing in April.",
        "Donald J. Trump, the U.S. president, met China's leader in Beijing in April.",
    ],
)
def test_a_known_president_beside_another_country_is_still_read(sentence: str) -> None:
    """A U.S. president's own name is read, whatever countries the sentence names."""
    assert facts_in(sentence)[PRESIDENT][0].family == "Trump"
