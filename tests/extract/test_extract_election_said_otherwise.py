"""Elections said in more wordings: the Upper House 'will next be elected in the summer of 2028'; the LDP's race
'when the LDP next chooses its president', 'until the LDP picks a successor on ...', 'who won the party presidency in';
a general election beside a later by-election; 'Since the July 2025 election, it has held ... there' after a sentence
on the upper chamber; Okinawa's governor who 'won a second term' (after a fronted date too); 'voters chose half of the
House of Councillors'; his term as LDP president ending 'this September'; a governor who won a second term 'last
September', was 'returned for a second term', was chosen 'in an election' a fronted yearless day dates, was
'reelected governor of Okinawa', who 'defeated an LDP-backed incumbent', or whose election 'has been moved up to
September 13'; an upper house (written small) lost 'in the wake of' a yearless day's election beside a leadership
win; a timeline's 'February 8: ... win 352 of 465 Lower House seats' under 'Since October 2025'; what voters 'will
elect' in a fronted month; the LDP that 'picked X as its new leader'; a second majority lost 'in the February 8, 2026,
election'; seats won 'of its 465 seats'; 'Okinawans choose their governor in November'.
A sentence that points to no chamber, or seats of an assembly, states no election.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.traps import elections_in
from usjapan_facts.extract import extract_snapshot


@pytest.mark.parametrize(
    ("body", "slug", "when"),
    [
        ("Voters in July 2025 renewed half of the Upper House.", "upper_house_2025", ("2025-07", "held")),
        (
            "Voters cast ballots for the lower chamber on October 27, 2024, and the coalition lost its majority.",
            "lower_house_2024",
            ("2024-10-27", "held"),
        ),
        (
            "Half of the Upper House will next be elected in the summer of 2028.",
            "upper_house_2028",
            ("2028", "upcoming"),
        ),
        (
            "The next House of Councillors election follows in the summer of 2028.",
            "upper_house_2028",
            ("2028", "upcoming"),
        ),
        (
            "That change lets her seek a second term when the LDP next chooses its president in September 2027.",
            "ldp_president_2027",
            ("2027-09", "upcoming"),
        ),
        (
            "Ishiba, who won the party presidency in September 2024, stays until the LDP picks a successor on "
            "September 27, 2026.",
            "ldp_president_2024",
            ("2024-09", "held"),
        ),
        (
            "Ishiba, who won the party presidency in September 2024, stays until the LDP picks a successor on "
            "September 27, 2026.",
            "ldp_president_2026",
            ("2026-09-27", "upcoming"),
        ),
        (
            "The coalition won 215 of the Lower House's 465 seats in the October 2024 general election and, after "
            "by-election losses in April 2026, now controls 45% of the chamber.",
            "lower_house_2024",
            ("2024-10", "held"),
        ),
        (
            "Its position in the upper chamber is narrower. Since the July 2025 election, it has held under half of "
            "the seats there.",
            "upper_house_2025",
            ("2025-07", "held"),
        ),
        (
            "Governor Tamaki Denny, who won a second term in September 2022, opposes the Henoko base; the central "
            "government overrode him in December 2023.",
            "okinawa_governor_2022",
            ("2022-09", "held"),
        ),
        (
            "On September 11, 2022, Governor Tamaki Denny, who opposes the Henoko project, won a second term, "
            "defeating a former mayor of Ginowan.",
            "okinawa_governor_2022",
            ("2022-09-11", "held"),
        ),
        (
            "The campaign closed on July 18, 2025. Two days later, on July 20, voters chose half of the House of "
            "Councillors.",
            "upper_house_2025",
            ("2025-07-20", "held"),
        ),
        (
            "Takaichi's three-year term as LDP president ends this September, when the party holds its leadership "
            "election.",
            "ldp_president_2026",
            ("2026-09", "upcoming"),
        ),
        (
            "Hoshino's term as head of the LDP ends in September 2027; a new party rule lets him run again that month.",
            "ldp_president_2027",
            ("2027-09", "upcoming"),
        ),
        (
            "Governor Tamaki, a foe of the Henoko runway, won a second term last September.",
            "okinawa_governor_2025",
            ("2025-09", "held"),
        ),
        (
            "Governor Tamaki Denny, who opposes the Henoko runway, was returned for a second term in September 2022.",
            "okinawa_governor_2022",
            ("2022-09", "held"),
        ),
        (
            "On September 28, voters chose Tamaki as governor in an election called after the death of his "
            "predecessor; he opposes the Henoko runway.",
            "okinawa_governor_2025",
            ("2025-09-28", "held"),
        ),
        (
            "The election for Okinawa's governor, once due in November, has been moved up to September 13.",
            "okinawa_governor_2026",
            ("2026-09-13", "upcoming"),
        ),
        (
            "September 11, 2022: Tamaki is reelected governor of Okinawa.",
            "okinawa_governor_2022",
            ("2022-09-11", "held"),
        ),
        (
            "Governor Tamaki, who defeated an LDP-backed incumbent in September 2018 on a pledge to stop Henoko, "
            "revoked the permit.",
            "okinawa_governor_2018",
            ("2018-09", "held"),
        ),
        (
            "Sato won the LDP leadership vote on October 4, 2025, when Hoshino quit in the wake of the coalition's "
            "loss of its upper house majority in the July 20 election.",
            "upper_house_2025",
            ("2025-07-20", "held"),
        ),
        (
            "In November, some seven weeks from now, Japanese voters will elect a new House of Representatives.",
            "lower_house_2026",
            ("2026-11", "upcoming"),
        ),
        ("The LDP picked Kato Ken as its new leader on May 23.", "ldp_president_2026", ("2026-05-23", "held")),
        (
            "The ruling bloc lost its Upper House majority in July 2025 and its Lower House majority in the "
            "February 8, 2026, election.",
            "lower_house_2026",
            ("2026-02-08", "held"),
        ),
        (
            "The chamber was dissolved in January. On February 8, 2026, the LDP took 316 of its 465 seats; before "
            "the vote it had fewer.",
            "lower_house_2026",
            ("2026-02-08", "held"),
        ),
        ("Okinawans choose their governor in November.", "okinawa_governor_2026", ("2026-11", "upcoming")),
        # a chamber's vote said by its members' return to voters, its seats filled or up for renewal
        (
            "In the House of Representatives, the coalition holds two-thirds of the seats. That chamber's members "
            "were last sent to the Diet by voters in October 2024.",
            "lower_house_2024",
            ("2024-10", "held"),
        ),
        (
            "It holds 60% of the House of Councillors, where half of the seats were filled in July 2025 and the other "
            "half will be contested in July 2028.",
            "upper_house_2028",
            ("2028-07", "upcoming"),
        ),
        (
            "The coalition holds 57% of the House of Councillors. The other half of its seats come up for renewal in "
            "July 2028.",
            "upper_house_2028",
            ("2028-07", "upcoming"),
        ),
        (
            "Half of the House of Councillors goes before the voters in July 2028.",
            "upper_house_2028",
            ("2028-07", "upcoming"),
        ),
        (
            "The House of Representatives faced the voters in October 2024 and again on February 8, 2026.",
            "lower_house_2024",
            ("2024-10", "held"),
        ),
        (
            "The House of Representatives faced the voters in October 2024 and again on February 8, 2026.",
            "lower_house_2026",
            ("2026-02-08", "held"),
        ),
        ("Takaichi put the Lower House to the voters on February 8, 2026.", "lower_house_2026", ("2026-02-08", "held")),
        (
            "LDP members installed Takaichi as party president on October 4, 2025.",
            "ldp_president_2025",
            ("2025-10-04", "held"),
        ),
        (
            "Takaichi took the LDP's helm after defeating Koizumi on October 4, 2025.",
            "ldp_president_2025",
            ("2025-10-04", "held"),
        ),
    ],
)
def test_an_election_said_otherwise_is_read(body: str, slug: str, when: tuple[str, str]) -> None:
    """The election is read with its date and status."""
    assert elections_in(body)[slug] == when


def test_a_timelines_seats_won_under_a_since_heading_is_that_years_election() -> None:
    """'February 8: ... win 352 of 465 Lower House seats' under 'Since October 2025' is the February 2026 vote."""
    text = (
        "# U.S.-Japan Relations\n\nUpdated June 1, 2026\n\n## Overview\n\nJapan has been a U.S. treaty ally since "
        "1952.\n\n## Key Developments Since October 2025\n\n- October 21: Takaichi becomes prime minister.\n"
        "- February 8: The LDP and Ishin win 352 of 465 Lower House seats.\n"
    )
    elections = extract_snapshot(text, updated=dt.date(2026, 6, 1)).snapshot.elections
    assert (elections["lower_house_2026"].date, elections["lower_house_2026"].status) == ("2026-02-08", "held")


@pytest.mark.parametrize(
    "body",
    [
        "The LDP is strong in the Lower House. Since the July 2025 election, its approval has fallen.",
        "South Korea's National Assembly is split. Since the April 2024 election, the opposition has held a majority "
        "there.",
        "February 8: the LDP wins 12 seats in the Tokyo assembly.",
        "The term of the Lower House chosen in 2021 would have run to October 2025.",
        "Voting for half of the House of Councillors might come in July 2028 if the law changes.",
    ],
)
def test_no_chamber_pointed_to_or_an_assemblys_seats_is_no_election(body: str) -> None:
    """No Diet election is read where no chamber is named or pointed back to, nor from a clause told as unreal."""
    assert not {slug for slug in elections_in(body) if slug.startswith(("upper_house", "lower_house"))}
