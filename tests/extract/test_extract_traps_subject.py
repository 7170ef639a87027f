"""Traps of subject: a value tied to another whole, country, chamber, election or leader is declined.

Every sentence is invented for the test; a true statement beside each trap is still read.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, GUAM, IPEF, UPPER, elections_in, facts_in, table_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 8,500 Marines due to depart Okinawa, roughly 4,500 are headed for Guam.",
        "Around 4,500 of the 8,500 Marines leaving the island will be sent to Guam.",
        "Out of some 8,500 Marines set to leave Okinawa, about 4,500 will move to Guam.",
        "Among the 8,500 Marines who are to leave the prefecture, approximately 4,500 will relocate to Guam.",
        "Eight thousand five hundred Marines are to leave Okinawa, about 4,500 of whom will go to Guam.",
    ],
)
def test_the_part_bound_for_guam_is_read_never_the_whole(sentence: str) -> None:
    """Of a whole and its part, the Guam relocation is the part: the whole's count is never read for it."""
    assert facts_in(sentence)[GUAM] == (4500, "about")


@pytest.mark.parametrize(
    "sentence",
    [
        "The first 200 of some 4,500 U.S. Marines would begin moving from Okinawa to Guam in 2024.",
        "Of the 4,500 Marines due to relocate, the first 200 arrive on Guam this year.",
    ],
)
def test_a_first_step_of_the_move_leaves_the_whole_as_the_relocation(sentence: str) -> None:
    """'The first 200 of some 4,500 Marines' is a step of the move: the relocation is the whole, not the step."""
    assert facts_in(sentence)[GUAM][0] == 4500


@pytest.mark.parametrize(
    "sentence",
    [
        "Of the 54,000 U.S. troops in Japan, about 26,000 are on Okinawa.",
        "About 26,000 of the 54,000 U.S. troops in Japan serve on Okinawa.",
        "Of the 54,000 U.S. troops stationed in Japan, roughly half are on Okinawa.",
    ],
)
def test_a_whole_that_is_the_fact_is_read_and_its_part_is_not(sentence: str) -> None:
    """When the fact's words belong to the whole ('U.S. troops in Japan'), the whole is read, never the part."""
    assert facts_in(sentence)["alliance.us_troops_in_japan"] == (54000, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The next national election is the Upper House race of July 2028, and the Lower House may sit until "
        "March 2030.",
        "The next Diet election is an Upper House vote planned for July 2028, while the Lower House can serve "
        "until March 2030.",
        "The next national election comes with the Upper House contest in July 2028, but the lower chamber's "
        "members need not face voters until March 2030.",
    ],
)
def test_the_next_election_is_not_taken_from_another_clauses_date(sentence: str) -> None:
    """A Lower House term in a clause of its own gives no date of the next election: the election's clause does."""
    assert facts_in(sentence)[DUE] == (2028, "exact")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Takaichi's term as LDP president runs until September 2027, a year before the next national election in "
         "July 2028.", (2028, "exact")),
        ("The next general election in the United States is in November 2028.", None),
        ("The next national election in America is due in November 2028.", None),
    ],
)  # fmt: skip
def test_another_term_or_countrys_vote_gives_no_next_diet_election(
    sentence: str, value: tuple[int, str] | None
) -> None:
    """A party leader's term ending, or the U.S. general election, is no date of the next Diet election."""
    assert facts_in(sentence).get(DUE) == value


def test_a_term_alone_is_no_next_election() -> None:
    """With no date in the election's own clause, the term's end in another clause is not read for it."""
    assert DUE not in facts_in("The next national election has not been set, and the Lower House may sit until 2030.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington launched IPEF with eleven other countries, Japan among them.",
        "IPEF, which the United States opened with eleven other countries, includes Japan.",
    ],
)
def test_an_ipef_count_relative_to_unclear_members_is_not_read(sentence: str) -> None:
    """'N other countries' beside both Japan and the United States, not as the pair, is unsure: unread."""
    assert IPEF not in facts_in(sentence)


def test_the_united_states_and_n_others_joining_japan_are_n_plus_one_besides_japan() -> None:
    """'The United States and eleven other countries joined Japan': Japan is the one joined, so 12 stand beside it."""
    assert facts_in("At IPEF's launch, the United States and eleven other countries joined Japan.")[IPEF] == (
        12,
        "exact",
    )


def test_an_ipef_count_beside_the_pair_is_read() -> None:
    """'Japan and the United States were joined by N other countries' is N + 1 besides Japan."""
    assert facts_in("At IPEF's launch, Japan and the United States were joined by eleven other countries.")[IPEF] == (
        12,
        "exact",
    )


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Komeito holds 11% of the seats in the Upper House.", UPPER),
        ("The LDP alone won 49% of the Upper House seats.", UPPER),
        ("The LDP has 44% of the seats in the Lower House.", "politics.lower_house_coalition_share"),
    ],
)
def test_one_partys_share_is_not_the_coalitions(sentence: str, fact: str) -> None:
    """A share one party holds ('Komeito holds', 'the LDP alone') is not the ruling coalition's share."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taiwan's January 2028 presidential election is watched closely in Tokyo; the Lower House may be dissolved.",
        "South Korea's National Assembly election in April 2028 comes before Japan's Upper House vote.",
        "The U.S. midterm elections in November 2026 could matter for the Lower House majority.",
        "A by-election for one Lower House seat was held in April 2026.",
    ],
)
def test_another_countrys_vote_or_a_by_election_is_no_diet_election(sentence: str) -> None:
    """The date of another country's vote, or of a vote for one seat, is no Diet election."""
    assert elections_in(sentence) == {}


def test_a_chamber_named_by_its_size_is_that_chamber() -> None:
    """'fell to 214 of 465 seats' in the vote of a date is the Lower House, not the chamber the next sentence names."""
    found = elections_in(
        "In the October 26, 2025, vote, the coalition fell to 214 of 465 seats. "
        "It keeps a majority in the Upper House, half of whose seats are up in July 2028."
    )
    assert found.get("lower_house_2025") == ("2025-10-26", "held")
    assert "upper_house_2025" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Ishiba Shigeru resigned in September 2025, and his successor took office in October.",
        "Prime Minister Kishida Fumio stepped down in 2024 after three years in office.",
        "Prime Minister Suga Yoshihide left office in October 2021.",
    ],
)
def test_a_leader_who_left_office_is_not_the_sitting_one(sentence: str) -> None:
    """A prime minister the sentence says resigned or stepped down is not read as the sitting one."""
    assert "leaders.japan_prime_minister" not in facts_in(sentence)


def test_a_sitting_leader_beside_the_trap_is_read() -> None:
    """'Prime Minister Takaichi Sanae met ...' still names the sitting prime minister."""
    found = facts_in("Prime Minister Takaichi Sanae met President Donald Trump in Tokyo.")
    assert found["leaders.japan_prime_minister"][0].family == "Takaichi"


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The United Kingdom is a major investor. It is the largest source of FDI in the United States, ahead of "
         "Japan.", "trade.fdi_source_rank"),
        ("China holds many Treasuries. It has more than Japan and is the largest foreign holder of U.S. Treasuries.",
         "trade.treasury_holder_rank"),
        ("Canada buys many U.S. goods. It is the largest market for U.S. exports, followed by Mexico and Japan.",
         "trade.export_partner_rank"),
    ],
)  # fmt: skip
def test_it_after_another_country_stays_that_country_when_japan_is_only_compared(sentence: str, fact: str) -> None:
    """'It' after a sentence on another country is that country, though Japan is named as what it is compared with."""
    assert fact not in facts_in(sentence)


def test_it_after_japan_is_japan() -> None:
    """'It is the largest source of FDI ..., ahead of the United Kingdom' after a sentence on Japan is Japan's rank."""
    found = facts_in("Japan is a big investor. It is the largest source of FDI in the United States, ahead of the UK.")
    assert found["trade.fdi_source_rank"] == (1, "exact")


@pytest.mark.parametrize(
    "title",
    [
        "Table 2. U.S. Trade with Japan, Projected",
        "Table 2. Forecast of U.S. Trade with Japan",
        "Table 2. U.S.-Japan Trade Targets Under the Framework",
    ],
)
def test_a_table_of_projections_or_targets_gives_no_figure(title: str) -> None:
    """A table whose title calls its figures projected, forecast or targets states no year's actual trade."""
    assert "trade.us_exports_to_japan" not in facts_in(table_text(title))


def test_a_table_of_actual_trade_gives_its_latest_year() -> None:
    """The same table titled as actual trade gives the latest year's figure."""
    assert facts_in(table_text("Table 1. U.S. Trade with Japan"))["trade.us_exports_to_japan"] == (
        133_000_000_000,
        "exact",
    )


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The coalition is strong in the Lower House. In the Upper House, it is weaker. It holds 55% there.",
         "politics.lower_house_coalition_share"),
        ("South Korea is a U.S. ally. It hosts about 28,500 U.S. troops, fewer than Japan does.",
         "alliance.us_troops_in_japan"),
        ("South Korea is a U.S. ally. They host about 28,500 U.S. troops, fewer than Japan does.",
         "alliance.us_troops_in_japan"),
    ],
)  # fmt: skip
def test_a_subject_is_not_carried_past_a_sentence_about_another(sentence: str, fact: str) -> None:
    """'It' stands for the nearest subject: the other chamber, or another country, not one further back."""
    assert fact not in facts_in(sentence)


def test_it_after_a_sentence_on_the_chamber_is_that_chambers() -> None:
    """'It holds 55% there' after 'In the Upper House, it is weaker' is the Upper House's share."""
    found = facts_in(
        "The coalition is strong in the Lower House. In the Upper House, it is weaker. It holds 55% there."
    )
    assert found[UPPER] == (55, "exact")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("Around 30,000 U.S. troops are stationed on Okinawa.", "alliance.us_troops_in_japan"),
        ("Some 11,000 U.S. military personnel serve in Kanagawa, home to Yokosuka.", "alliance.us_troops_in_japan"),
        ("Okinawa hosts 70% of U.S. bases, and 15% of its land is used by the U.S. military.",
         "alliance.okinawa_share_of_land_area"),
        ("About 15% of the prefecture's land is taken up by U.S. bases on Okinawa.",
         "alliance.okinawa_share_of_land_area"),
    ],
)  # fmt: skip
def test_a_part_of_japan_is_not_japan(sentence: str, fact: str) -> None:
    """Troops on Okinawa are not the troops in Japan; a share of Okinawa's own land is not its share of Japan's."""
    assert fact not in facts_in(sentence)


def test_okinawas_share_of_japans_land_is_read() -> None:
    """'Okinawa, which accounts for 0.6% of the country's land, ...' is Okinawa's share of Japan's land."""
    found = facts_in("Okinawa, which accounts for 0.6% of the country's land, hosts most U.S. bases.")
    assert found["alliance.okinawa_share_of_land_area"] == (0.6, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "In the United States, GDP grew 2.7% in 2024; Japan's grew more slowly.",
        "U.S. GDP grew 2.7% in 2024, faster than Japan's.",
        "Nominal GDP grew 3.1% in 2025.",
        "Per capita GDP grew 1.9% in 2025.",
    ],
)
def test_another_economys_or_nominal_growth_is_not_japans_real_growth(sentence: str) -> None:
    """Growth of the U.S. economy, or nominal or per-head growth, is not Japan's real GDP growth."""
    assert "economy.gdp_growth" not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("British firms are the largest source of FDI in the United States; Japanese firms follow.",
         "trade.fdi_source_rank"),
        ("Canadian buyers are the largest market for U.S. exports, well ahead of Japanese ones.",
         "trade.export_partner_rank"),
        ("Korean investors are the third-largest holders of U.S. Treasuries.", "trade.treasury_holder_rank"),
    ],
)  # fmt: skip
def test_another_countrys_people_or_firms_are_not_japans(sentence: str, fact: str) -> None:
    """'British firms', 'Canadian buyers', 'Korean investors' name another country as the subject."""
    assert fact not in facts_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "The cabinet dissolved the Lower House on May 2, and voters will elect a new one on May 24, 2026.",
            "2026-05-24",
        ),
        ("After the Lower House was dissolved on April 20, voters elect a new one on May 17, 2026.", "2026-05-17"),
        (
            "Takaichi dissolved the Lower House on March 3; voters are to elect its successor on March 29, 2026.",
            "2026-03-29",
        ),
    ],
)
def test_the_day_voters_elect_a_new_chamber_is_the_election_not_the_dissolution(sentence: str, date: str) -> None:
    """'dissolved ... on May 2, and voters will elect a new one on May 24': the election is held on the later day."""
    assert elections_in(sentence) == {f"lower_house_{date[:4]}": (date, "held" if date < "2026-06-01" else "upcoming")}
