"""The LDP's leadership race read from a leader's term won or sought, a win in a runoff, 'elected president of the
LDP on ...', and the party choosing its leader by a month; a prime minister's term or another party's choice is none."""

from __future__ import annotations

import pytest

from tests.extract.traps import elections_of


@pytest.mark.parametrize(
    ("body", "slug", "date", "status"),
    [
        ("Kato won the LDP presidency in a runoff on January 20, 2031.", "ldp_president_2031", "2031-01-20", "held"),
        ("Kato won the LDP presidency in a January 20, 2031, party race.", "ldp_president_2031", "2031-01-20", "held"),
        (
            "Kato, elected president of the Liberal Democratic Party on January 20, became prime minister on "
            "January 23, 2031.",
            "ldp_president_2031",
            "2031-01-20",
            "held",
        ),
        (
            "Kato was handed a second three-year term as LDP president without a contest in January.",
            "ldp_president_2031",
            "2031-01",
            "held",
        ),
        (
            "Kato won a third consecutive term as president of the LDP in September 2030.",
            "ldp_president_2030",
            "2030-09",
            "held",
        ),
        (
            "Kato hopes to win a third three-year term as LDP president in September 2031.",
            "ldp_president_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Kato is expected to seek a second term as LDP president in September.",
            "ldp_president_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Kato's bid for a second term as LDP president, in the party vote scheduled for September 2031, looks "
            "uncertain.",
            "ldp_president_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Kato is widely expected to be reelected unopposed as LDP president when his term expires next month.",
            "ldp_president_2031",
            "2031-04",
            "upcoming",
        ),
        (
            "Before then, the LDP is due to choose its president in September 2031; Kato is expected to seek a third "
            "term, which would let him serve until 2034.",
            "ldp_president_2031",
            "2031-09",
            "upcoming",
        ),
        (
            "Because party rules allow no third term, the LDP is to choose his successor by September 2033.",
            "ldp_president_2033",
            "2033-09",
            "upcoming",
        ),
        (
            "Kato, who won the LDP presidency last September, heads a cabinet with low approval ratings.",
            "ldp_president_2030",
            "2030-09",
            "held",
        ),
        (
            "Kato is the LDP's longest-serving president. When his second term ends in September 2032, party "
            "lawmakers and members will vote on a successor.",
            "ldp_president_2032",
            "2032-09",
            "upcoming",
        ),
        (
            "Kato leads the Liberal Democratic Party. He faces a party presidential election in September.",
            "ldp_president_2031",
            "2031-09",
            "upcoming",
        ),
        ("Done: LDP leadership, February 27, 2031.", "ldp_president_2031", "2031-02-27", "held"),
        (
            "The party returned Kato as its president without a contest in September 2030; under party rules he may "
            "serve until September 2033.",
            "ldp_president_2030",
            "2030-09",
            "held",
        ),
    ],
)
def test_the_ldp_leadership_race_is_read_from_a_term_won_or_sought(
    body: str, slug: str, date: str, status: str
) -> None:
    """A leader's term won, handed or sought, and the party choosing by a month, date the party's race."""
    assert elections_of(body)[slug] == {"date": date, "status": status}


@pytest.mark.parametrize(
    "body",
    [
        "Kato won a second term as prime minister in January 2031.",
        "Kato served a third term as LDP president until 2030.",
        "Kato has led the LDP since he won its presidency.",
        "The CDP is to choose its leader by September 2031.",
        "In a January 20, 2031, runoff, Kato beat Hoshino, who captured the LDP leadership two years on.",
        "In Taiwan, the ruling party's leadership race, held on January 15, 2031, drew little notice.",
        "The LDP leadership race's official campaign began on September 12, 2031.",
        "Koizumi became head of the LDP's election strategy committee in October 2030.",
        "The LDP's youth wing elected its new head on March 1, 2031.",
        "Candidates for the LDP leadership race registered on September 12, 2030.",
        "Korea's ruling Democratic Party has a new chief. The party's leadership race, held on August 2, 2030, "
        "was close.",
        "Kato faces an LDP leadership vote in September 2031 unless he steps down.",
    ],
    ids=[
        "prime-minister",
        "served",
        "undated",
        "another-party",
        "another-s-win",
        "another-country",
        "campaign",
        "party-body",
        "youth-wing",
        "registered",
        "carried-country",
        "unless",
    ],
)
def test_a_premiers_term_a_term_served_or_another_partys_choice_is_no_ldp_race(body: str) -> None:
    """A prime minister's term, a term served, an undated win or another party's choice reads no LDP race."""
    assert not any(slug.startswith("ldp_president") for slug in elections_of(body))
