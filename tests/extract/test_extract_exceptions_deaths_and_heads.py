"""Wrong readings mended as classes: a first place with a bare 'save' exception, a death's date beside a governor's
vote, one party's own share told with 'on its own', two chambers sharing one head noun 'respectively', and a deal agreed
before its formal signing in the same sentence. Sentences invented for the tests."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = (
    "Updated March 3, 2033\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n## Ties\n\n"
)
TREASURY = "trade.treasury_holder_rank"
AGREEMENT = "alliance.host_nation_support_agreement"
LOWER, UPPER = "politics.lower_house_coalition_share", "politics.upper_house_coalition_share"


def _snapshot(body: str):  # type: ignore[no-untyped-def]
    return extract_snapshot(COVER + body + "\n").snapshot


def _value(body: str, fact: str) -> object:
    read = _snapshot(body).facts.get(fact)
    return None if read is None else read.model_dump(mode="json")["value"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Japan's stock of U.S. Treasury debt, near $1.1 trillion, is the largest of any country save China.",
            2,
        ),
        ("Its Treasury holdings are the largest of any nation save the United Kingdom and China.", 3),
    ],
    ids=["save-one", "save-two"],
)
def test_a_bare_save_names_those_ahead(body: str, expected: int) -> None:
    """'the largest of any country save China' is second, as 'save for China' is."""
    assert _value(body, TREASURY) == expected


def test_save_as_a_verb_is_no_exception() -> None:
    """'a lead it hopes to save' excepts no country: Japan is still first."""
    assert (
        _value(
            "Japan's holdings of U.S. Treasury securities are the largest of any country, a lead it hopes to save.",
            TREASURY,
        )
        == 1
    )


def test_a_deaths_date_is_not_the_governors_vote() -> None:
    """'the race came early after Governor X died in December': December is the death's; the vote is its own day."""
    elections = _snapshot(
        "On January 25, Okinawa's voters chose a new governor; the race came early after Governor Ito died in December."
    ).elections
    assert [fields.date for fields in elections.values()] == ["2033-01-25"]


def test_a_person_elected_governor_is_no_other_places_governor() -> None:
    """'Okinawans elected Hiroshi Tamaki governor': the name before 'governor' is the winner's, not a place's."""
    elections = _snapshot("On January 25, Okinawans elected Hiroshi Tamaki governor.").elections
    assert [fields.date for fields in elections.values()] == ["2033-01-25"]


def test_a_resignations_date_alone_dates_no_vote() -> None:
    """With no date of its own, a vote moved up after a resignation dated in August is not dated August."""
    elections = _snapshot(
        "In Okinawa the gubernatorial vote had been brought forward after Governor Ito resigned in August."
    ).elections
    assert not any(fields.date.endswith("-08") for fields in elections.values())


def test_one_partys_own_share_is_not_the_coalitions() -> None:
    """'the LDP ... kept 240, or 52%, on its own' after a sentence on the Lower House election: the LDP's alone."""
    body = (
        "Ueda dissolved the House of Representatives and led the LDP and its partner Komeito into the October 3 "
        "general election. The LDP lost 20 seats but kept 240, or 52%, on its own."
    )
    assert _value(body, LOWER) is None


def test_two_chambers_sharing_one_head_noun_pair_respectively() -> None:
    """'61% and about 55% of the lower and upper houses, respectively': each chamber's own share."""
    body = "The ruling coalition now holds 61% and about 55% of the seats in the lower and upper houses, respectively."
    assert (_value(body, LOWER), _value(body, UPPER)) == (61, 55)


def test_a_deal_agreed_before_its_formal_signing_is_dated_by_the_agreement() -> None:
    """'In November, after months of talks, the allies agreed on a new SMA ...; it was formally signed on February 2':
    the agreement's month (year from the cover), not the signing."""
    body = (
        "Japan pays part of the cost of hosting U.S. forces. In November, after months of talks, the two governments "
        "agreed on a new Special Measures Agreement (SMA) for five years; it was formally signed on February 2."
    )
    assert _value(body, AGREEMENT) == "2032-11"


def test_a_signing_before_the_date_agreed_leaves_the_agreement_unread() -> None:
    """A signing told as earlier than the agreement is no later formal step: the sentence stays unsure."""
    body = (
        "Japan pays part of the cost of hosting U.S. forces. The two governments agreed on a new Special Measures "
        "Agreement in February 2033; it was signed on January 9, 2033."
    )
    assert _value(body, AGREEMENT) in (None, "2033-02")
