"""The Diet's chambers and the leaders read by role in sentences invented for the test: seats held told as a bare count
of a size told elsewhere, a fronted concession naming the other chamber, a party's own share, a deadline told by the
term's length from the last election or in a clause after a semicolon, a president named by the house he returned to."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import values_on

COVER = dt.date(2027, 3, 3)
UPPER = "politics.upper_house_coalition_share"
LOWER = "politics.lower_house_coalition_share"
DUE = "politics.lower_house_election_due"


@pytest.mark.parametrize(
    ("body", "share"),
    [
        ("Of the 248 seats in the House of Councillors, the LDP and Komeito together hold 122.", 49),
        ("The House of Councillors has 248 members. The ruling bloc accounts for 119 of them.", 48),
        ("In the upper chamber, with its 248 members, the governing parties control some 130.", 52),
    ],
    ids=["fronted-whole", "whole-before", "appositive-whole"],
)
def test_a_bare_count_is_a_share_of_the_size_told_elsewhere(body: str, share: int) -> None:
    """'hold 122' of the '248 seats' the sentence (or the one before) gives the chamber: 49%."""
    assert values_on(body, COVER).get(UPPER) == share


def test_a_bare_count_of_one_party_is_no_share_of_the_coalitions() -> None:
    assert UPPER not in values_on("Of the 248 seats in the House of Councillors, the LDP holds 101.", COVER)


@pytest.mark.parametrize(
    "body",
    [
        "The House of Representatives has 465 members. The ruling bloc holds 119 seats in the House of Councillors.",
        "The LDP won 300 seats in 2005. In the House of Councillors, the governing parties control some 130.",
    ],
    ids=["other-chambers-size", "another-count"],
)
def test_a_bare_count_is_no_share_of_a_size_another_chamber_or_count_has(body: str) -> None:
    """'has 465 members' (the Lower House's) or '300 seats in 2005' is not the Upper House's size: no share of it."""
    assert UPPER not in values_on(body, COVER)


def test_a_fronted_concession_keeps_each_chamber_to_its_clause() -> None:
    """'While ... in the minority in the upper house, it holds 53% of the lower house': two chambers, two shares."""
    body = "While the coalition is in the minority in the upper house, it holds 53% of the lower house."
    got = values_on(body, COVER)
    assert (got.get(UPPER), got.get(LOWER)) == (50, 53)


def test_a_partys_own_share_is_not_the_coalitions() -> None:
    """'The LDP's own share ... is 42%; together with Komeito, the ruling coalition holds 53%': the coalition's 53."""
    body = "The LDP's own share of the lower house is 42%; together with Komeito, the ruling coalition holds 53%."
    assert values_on(body, COVER).get(LOWER) == 53


@pytest.mark.parametrize(
    ("body", "due"),
    [
        (
            "Members of the House of Representatives serve four-year terms, and the last general election took "
            "place in October 2024.",
            "2028-10",
        ),
        (
            "The last general election was held in October 2024. Unless it is dissolved early, the lower house "
            "sits for a term of four years.",
            "2028-10",
        ),
    ],
    ids=["same-sentence", "sentence-after"],
)
def test_the_lower_houses_deadline_by_its_terms_length_from_the_last_election(body: str, due: str) -> None:
    assert values_on(body, COVER).get(DUE) == due


@pytest.mark.parametrize(
    "body",
    [
        "Upper house members serve six-year terms, with half elected every three years; the last such election "
        "was in July 2025.",
        "The last general election was held in October 2024. The U.S. president serves a four-year term.",
        "The last general election was held in October 2020. Lower House members serve four-year terms.",
    ],
    ids=["upper-house", "another-office", "run-out"],
)
def test_no_deadline_from_another_chambers_or_offices_term_or_one_run_out(body: str) -> None:
    assert DUE not in values_on(body, COVER)


def test_members_chosen_in_a_month_in_a_clause_after_a_semicolon() -> None:
    """'...; the members chosen in February may serve until February 2030', the February vote one for 465 seats."""
    body = (
        "On February 8 the LDP took 316 of its 465 seats. No national election is required until July 2028, when "
        "half of the upper chamber's seats are next contested; the members chosen in February may serve until "
        "February 2030."
    )
    assert values_on(body, COVER).get(DUE) == "2030-02"


def test_a_president_named_by_the_house_he_returned_to() -> None:
    body = "Donald Trump, who returned to the White House in January 2025, has pressed Tokyo on defense spending."
    assert values_on(body, COVER).get("leaders.us_president") == {"family": "Trump", "given": "Donald"}


def test_a_fraction_the_clause_ends_on_after_the_chambers_vote_told_aside() -> None:
    """'where half the seats were filled in July 2016, they control about three-fifths': 60, the vote's clause aside."""
    body = (
        "The LDP and Komeito hold 326 of the 475 seats in the House of Representatives. In the House of Councillors, "
        "where half the seats were filled in July 2016, they control about three-fifths."
    )
    assert values_on(body, dt.date(2017, 5, 10)).get(UPPER) == 60


def test_members_who_need_not_face_the_voters_before_a_month() -> None:
    body = (
        "In the February 8 election, the LDP won 316 of the 465 seats. Nobody elected on February 8 need face the "
        "voters again before February 2030."
    )
    assert values_on(body, dt.date(2026, 3, 3)).get(DUE) == "2030-02"


@pytest.mark.parametrize(
    "body",
    [
        "Komeito's own seats in the upper house number 21, about 8% of the chamber.",
        "The LDP's share of the upper house seats fell to 40%; its partner Komeito holds another 8%.",
    ],
    ids=["own-seats", "partner-apart"],
)
def test_one_partys_share_of_the_upper_house_is_no_share_of_the_coalitions(body: str) -> None:
    assert UPPER not in values_on(body, COVER)


def test_the_premier_by_the_office_named_first_in_apposition() -> None:
    """'Japan's head of government, Sanae Takaichi, has': the holder after the office, a deed dated before the cover
    year no sign of the sitting one ('The head of government, Fumio Kishida, visited Washington in 2024')."""
    cover = dt.date(2026, 3, 3)
    body = "Japan's head of government, Sanae Takaichi, has pledged to raise defense spending."
    assert values_on(body, cover).get("leaders.japan_prime_minister") == {"family": "Takaichi", "given": "Sanae"}
    past = "The head of government, Fumio Kishida, visited Washington in 2024."
    assert "leaders.japan_prime_minister" not in values_on(past, cover)


@pytest.mark.parametrize(
    ("body", "family"),
    [
        (
            "Japan's prime minister heads a minority government. Sanae Takaichi has held the post since October 2025.",
            "Takaichi",
        ),
        ("Japan's former prime minister was Fumio Kishida. Shigeru Ishiba has held the post since October 2024.", None),
        ("Japan's prime minister heads the cabinet. Fumio Kishida held the post from 2021 to 2024.", None),
    ],
    ids=["carried", "former-before", "bounded"],
)
def test_the_post_carried_from_the_sentence_before(body: str, family: str | None) -> None:
    """'the post' is the office the sentence before names, unless that one names a former holder's."""
    got = values_on(body, dt.date(2026, 3, 3)).get("leaders.japan_prime_minister")
    assert (got or {}).get("family") == family
