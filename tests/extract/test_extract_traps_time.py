"""Traps of time and force: a value the sentence says is past, changed, proposed, possible or pending is declined.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import GUAM, TARIFF, UPPER, facts_in


@pytest.mark.parametrize(
    "sentence",
    [
        "In the Upper House the ruling coalition, which once had 58% of the seats, has since lost ground.",
        "The coalition held 58% of Upper House seats before the 2025 vote, and its share is now smaller.",
        "Back then the LDP-Komeito coalition controlled 58% of the House of Councillors; today it is weaker.",
    ],
)
def test_a_past_share_beside_a_current_statement_is_not_read(sentence: str) -> None:
    """A share the sentence says has changed since is not the current one, even when the new one is unread."""
    assert UPPER not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Before the 2025 vote the coalition held 58% of Upper House seats; it now holds about 45%.", (45, "about")),
        ("In the Upper House, where its share was 58% before the election, the coalition now holds two-fifths of "
         "the seats.", (40, "exact")),
        ("The LDP and Komeito hold roughly three-fifths of the seats in the Upper House.", (60, "about")),
    ],
)  # fmt: skip
def test_the_current_share_beside_a_past_one_is_read(sentence: str, share: tuple[int, str]) -> None:
    """The clause that says 'now' gives the share, in figures or in a fraction such as three-fifths."""
    assert facts_in(sentence)[UPPER] == share


@pytest.mark.parametrize(
    "sentence",
    [
        "Some 50,000 U.S. troops were stationed in Japan in 2012; the number has since grown.",
        "Japan hosted about 50,000 U.S. troops in 2012, a force that is larger today.",
        "At the time roughly 50,000 U.S. military personnel were based in Japan, though the number has since risen.",
    ],
)
def test_a_past_troop_count_beside_a_current_statement_is_not_read(sentence: str) -> None:
    """A count the sentence dates in the past and then says has changed is declined, not read as today's."""
    assert "alliance.us_troops_in_japan" not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "USTR has proposed a 22% tariff on Japan under Section 301.",
        "The Administration floated a 22% tariff on most imports from Japan.",
        "A 22% tariff on Japan, recommended by the Commerce Department, has not been imposed.",
        "A 22% tariff on Japan was announced but never took effect.",
        "The President threatened to put a 22% tariff on Japan.",
    ],
)
def test_a_rate_proposed_threatened_or_never_applied_is_not_read(sentence: str) -> None:
    """Only a rate in force is the tariff on Japan's imports: a proposal or a threat is declined."""
    assert TARIFF not in facts_in(sentence, "IF11120")


def test_the_rate_in_force_is_read_beside_a_threatened_one() -> None:
    """'face a 15% tariff ..., rather than the 25% threatened': the rate in force is read."""
    facts = facts_in(
        "Since August 2025, most imports from Japan have faced a 15% tariff under IEEPA, rather than the 25% "
        "the President had threatened.",
        "IF11120",
    )
    assert facts[TARIFF] == (15, "exact")


def test_goods_that_pay_a_surcharge_state_the_rate_in_force() -> None:
    """'Most imports from Japan pay a 10% surcharge' states the rate as 'face' does."""
    assert facts_in("Most imports from Japan pay a 10% surcharge under Section 122.", "IF11120")[TARIFF] == (
        10,
        "exact",
    )


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Okinawa once held 88% of the bases used only by U.S. forces in Japan.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("At its peak in the 1950s the U.S. presence in Japan was about 250,000 U.S. troops.",
         "alliance.us_troops_in_japan"),
        ("During the occupation some 250,000 U.S. troops were stationed in Japan.", "alliance.us_troops_in_japan"),
        ("Japan ranked first among holders of U.S. Treasuries until 2019.", "trade.treasury_holder_rank"),
        ("Abe's coalition formerly commanded more than two-thirds of the Lower House.",
         "politics.lower_house_coalition_share"),
        ("Japanese investors held more Treasuries than those of any other country until China overtook them.",
         "trade.treasury_holder_rank"),
        ("Japan briefly overtook China as the largest holder of U.S. Treasuries in 2019.",
         "trade.treasury_holder_rank"),
    ],
)  # fmt: skip
def test_a_value_of_a_long_gone_past_is_not_read(sentence: str, fact: str) -> None:
    """'once', 'at its peak', 'during the occupation', 'until 2019' put a value in a past that is not today."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Under the 2006 roadmap, 8,600 Marines were to move to Guam; a later revision cut that to about 4,100.", GUAM),
        ("Japan was the third-largest U.S. trading partner in 2016, but it fell to fifth in 2025.",
         "trade.overall_partner_rank"),
    ],
)  # fmt: skip
def test_a_value_the_sentence_says_changed_later_is_not_read(sentence: str, fact: str) -> None:
    """A value the same sentence says was cut, revised or overtaken since is not read as the current one."""
    assert fact not in facts_in(sentence)


def test_a_dated_figure_beside_a_current_statement_of_another_kind_is_read() -> None:
    """'In 2025, exports were $X, and Japan is now the fourth-largest market': the figure is its year's, still read."""
    facts = facts_in(
        "In 2025, U.S. exports to Japan were $85 billion, and Japan is now the fourth-largest market for U.S. exports."
    )
    assert facts["trade.us_exports_to_japan"] == (85_000_000_000, "exact")


def test_a_rate_superseded_later_in_the_sentence_is_not_read() -> None:
    """'faced a 24% tariff in April before the deal lowered it': the rate no longer applies."""
    assert TARIFF not in facts_in(
        "Most imports from Japan faced a 24% tariff in April 2025 until a deal lowered it.", "IF11120"
    )


@pytest.mark.parametrize(
    ("sentence", "fact", "value"),
    [
        ("Autos from Japan faced a 25% Section 232 tariff in April 2025, cut to 15% in September.",
         "tariffs.section232_autos", (15, "exact")),
        ("Autos from Japan faced a 25% Section 232 tariff in April 2025, reduced to 15% in September.",
         "tariffs.section232_autos", (15, "exact")),
    ],
)  # fmt: skip
def test_the_rate_a_value_was_cut_to_is_read_not_the_old_one(sentence: str, fact: str, value: tuple[int, str]) -> None:
    """'faced 25% in April 2025, cut to 15% in September': the rate is the one it was cut to."""
    assert facts_in(sentence, "IF11120")[fact] == value


@pytest.mark.parametrize(
    "sentence",
    [
        "Most imports from Japan faced a 10% baseline tariff during the 90-day pause.",
        "During the pause, most imports from Japan faced a 10% tariff.",
        "Most imports from Japan paid a 10% tariff during the truce.",
    ],
)
def test_a_rate_of_a_pause_is_not_the_rate_in_force(sentence: str) -> None:
    """A rate that applied only during a pause or truce is not the tariff on Japan's imports now."""
    assert TARIFF not in facts_in(sentence, "IF11120")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Japan hosts 50-55,000 U.S. troops.", "alliance.us_troops_in_japan"),
        ("Japan hosts between 50,000 and 55,000 U.S. troops.", "alliance.us_troops_in_japan"),
        ("The coalition holds between 55% and 60% of the Upper House seats.", UPPER),
        ("Japan pledged to cut emissions 46%\u201350% from 2013 levels by FY2030.", "economy.emissions_cut_target"),
    ],
)
def test_a_range_is_no_single_value(sentence: str, fact: str) -> None:
    """Neither end of a range ('between 50,000 and 55,000', '50-55,000', '46%-50%') is read as the value."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The previous cost-sharing agreement, signed in January 2016, gave way to a new one.",
        "Japan and the United States are negotiating a new Special Measures Agreement, expected to be signed in "
        "December 2026.",
        "The predecessor cost-sharing agreement was concluded in January 2011.",
    ],
)
def test_a_former_or_coming_cost_sharing_agreement_is_not_the_one_in_force(sentence: str) -> None:
    """The month of a previous cost-sharing agreement, or of one still being negotiated, is not the agreement's."""
    assert "alliance.host_nation_support_agreement" not in facts_in(sentence)


def test_the_cost_sharing_agreement_signed_in_may_is_read() -> None:
    """'signed in May 2022' is a month, not the modal 'may'."""
    found = facts_in("The current cost-sharing agreement was signed in May 2022.")
    assert found["alliance.host_nation_support_agreement"][0] == "2022-05"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Kanagawa hosts about 10% of U.S. facilities in Japan, Okinawa about 70%.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("In 1972, when Okinawa reverted to Japan, it hosted nearly 60% of U.S. facilities.",
         "alliance.okinawa_share_of_usfj_facilities"),
        ("In 2012 about 50,000 U.S. troops were in Japan.", "alliance.us_troops_in_japan"),
        ("In 1990, Japan was the second-largest U.S. trading partner.", "trade.overall_partner_rank"),
        ("In 2012, U.S. exports of goods and services to Japan came to $70 billion.", "trade.us_exports_to_japan"),
    ],
)  # fmt: skip
def test_another_prefectures_share_or_a_figure_of_long_ago_is_not_read(sentence: str, fact: str) -> None:
    """A share Kanagawa holds, or a figure dated ten years or more before the cover, is not the current one."""
    assert fact not in facts_in(sentence)


def test_a_date_of_something_else_in_the_sentence_leaves_the_figure_read() -> None:
    """'The alliance, formed in 1952, ... U.S. troops, currently numbering around 50,000': 1952 dates the alliance."""
    found = facts_in(
        "The alliance, formed in 1952, lets the United States base U.S. troops\u2014currently numbering around "
        "50,000\u2014in Japan."
    )
    assert found["alliance.us_troops_in_japan"] == (50000, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's emissions in FY2022 were 23% below FY2013 levels, halfway to its target.",
        "Emissions are now 23% below 2013 levels, well short of the goal.",
        "Japan's emissions have fallen 23% from FY2013 levels so far.",
    ],
)
def test_a_cut_achieved_is_not_the_target(sentence: str) -> None:
    """How far emissions have fallen is not the cut Japan has pledged."""
    assert "economy.emissions_cut_target" not in facts_in(sentence)
