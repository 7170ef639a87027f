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


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 14, Kato Akira, prime minister since October 2025, announced that he would not run again for the "
        "presidency of the ruling Liberal Democratic Party (LDP). Kato is 70.",
        "Kato Akira, the sitting prime minister, told reporters he would not seek another term as party leader. Kato "
        "is 70.",
    ],
)
def test_a_prime_minister_in_an_apposition_that_says_he_holds_the_office_is_read(sentence: str) -> None:
    assert facts_in(sentence)[PM][0].family == "Kato"


def test_an_appositions_prime_minister_since_gives_way_to_the_one_who_became_prime_minister_after() -> None:
    """'prime minister since September 2020' speaks as of its own sentence's deed, not as of the cover."""
    text = (
        "The race opened when Sato Ken, prime minister since September 2024, announced on March 3 that he would not "
        "seek another term. Kato Akira, a former foreign minister, became prime minister on April 20. Sato is 75; "
        "Kato is 70."
    )
    assert facts_in(text)[PM][0].family == "Kato"


def test_an_apposition_of_a_prime_minister_who_since_resigned_is_not_the_prime_minister() -> None:
    text = "Sato Ken, prime minister since September 2022, resigned in March 2024 for health reasons. Sato is 75."
    assert PM not in facts_in(text)
