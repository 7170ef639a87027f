"""Words that put a fact in another office, a part, the past or a deadline: a deputy's title is not the office, the
part a relative clause names is the count of its own, a coalition of then is not the ruling one, the latest date of
a vote years away is no coming election, and a vote said to have gone ahead is held.

Every sentence is invented for the test; a trap beside each class must not be read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, elections_in, elections_of, facts_in

PM = "leaders.japan_prime_minister"
COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputy Prime Minister Aso opened the economic dialogue with Pence.",
        "Acting Prime Minister Aso chaired the cabinet while the leader was abroad.",
        "As Vice President, Biden met Deputy Prime Minister Aso in Tokyo.",
    ],
)
def test_a_deputy_or_acting_title_is_not_the_prime_minister(sentence: str) -> None:
    """'Deputy', 'Vice', 'Acting' before the title name another office than the leader's."""
    assert PM not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Some 9,000 Marines are to be moved off Okinawa, of whom about 4,000 will go to Guam.", (4000, "about")),
        ("Some 9,000 Marines will leave Okinawa, among them roughly 5,000 bound for Guam.", (5000, "about")),
        ("Some 9,000 Marines will leave Okinawa, of them 4,100 to be relocated to Guam.", (4100, "exact")),
    ],
)
def test_the_part_after_of_whom_is_the_guam_relocation(sentence: str, want: tuple[int, str]) -> None:
    """The count after 'of whom'/'among them' is the part going to Guam, with its own hedge, not the whole."""
    assert facts_in(sentence)[GUAM] == want


def test_a_part_going_elsewhere_is_not_the_guam_relocation() -> None:
    assert GUAM not in facts_in("Some 9,000 Marines will leave Okinawa, among them 2,500 who are to go to Australia.")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the July 2025 vote the then-ruling LDP-Komeito coalition lost its upper-house majority.",
        "The erstwhile LDP-Komeito coalition controlled both chambers.",
    ],
)
def test_a_coalition_of_then_is_not_the_ruling_one(sentence: str) -> None:
    assert COALITION not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "February 2030 event: Latest date for the next House of Representatives election",
        "The deadline for the next lower-house election is October 2029.",
        "October 2029: last possible date for a general election",
    ],
)
def test_the_latest_date_of_a_far_vote_is_no_coming_election(sentence: str) -> None:
    """A deadline years after the cover (June 2026) is only the latest date; none is read as upcoming."""
    assert not any(slug.startswith("lower_house_20") for slug in elections_in(sentence))


def test_the_latest_date_of_a_near_vote_is_the_coming_election() -> None:
    assert elections_of("The latest date for the next lower-house election is October 2031.", "June 1, 2031") == {
        "lower_house_2031": {"date": "2031-10", "status": "upcoming"}
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The July 10 upper-house vote went ahead as scheduled.",
        "The July 10 House of Councillors election took place as planned.",
    ],
)
def test_a_vote_that_went_ahead_before_the_cover_is_held(sentence: str) -> None:
    assert elections_of(sentence, "July 12, 2031") == {"upper_house_2031": {"date": "2031-07-10", "status": "held"}}
