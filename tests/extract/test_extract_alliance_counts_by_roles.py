"""Alliance and Quad counts read by role: a subject whose verb stands after a parenthetical aside, a count of one told
as the only meeting, both kinds of meeting counted once each, and a troop count in words whose subject ('It') is the
U.S. presence the sentence before names.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

TROOPS = "alliance.us_troops_in_japan"
QUAD = "diplomacy.quad_leader_meetings"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Quad leaders (from Australia, India, Japan, and the United States) have gathered five times.", 5),
        ("The Quad's heads of government (Albanese, Modi, Ishiba, and Biden) have met four times to date.", 4),
    ],
)
def test_a_parenthetical_between_the_leaders_and_their_verb_keeps_the_subject(sentence: str, count: int) -> None:
    """The aside of the members stands between the subject and its verb: the count is still the leaders'."""
    assert facts_in(sentence)[QUAD] == (count, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quad's leaders met by video in March; it remains their sole summit to date.",
        "Leaders of the Quad convened online on March 12, their only leader-level gathering so far.",
    ],
)
def test_the_only_meeting_counts_one(sentence: str) -> None:
    assert facts_in(sentence)[QUAD] == (1, "exact")


@pytest.mark.parametrize(
    "sentence",
    [
        "Quad leaders met virtually three times before their only in-person summit, held in Washington.",
        "The Quad's leaders plan to meet in Delhi, which would be their only summit this year.",
    ],
)
def test_the_only_meeting_of_a_kind_or_a_plan_is_not_the_count(sentence: str) -> None:
    assert QUAD not in facts_in(sentence)


def test_once_of_each_kind_is_counted_whole() -> None:
    sentence = "The leaders of the Quad have met twice, once by videoconference and once in person."
    assert facts_in(sentence)[QUAD] == (2, "exact")


@pytest.mark.parametrize(
    ("body", "troops"),
    [
        ("The U.S. presence is sizable. It comes to some fifty-two thousand military personnel, plus families.", 52000),
        ("American forces are spread over 85 sites. They total roughly 53,000 service members.", 53000),
    ],
)
def test_a_troop_count_carried_from_the_us_presence(body: str, troops: int) -> None:
    """'It' and 'They' stand for the U.S. presence the sentence before names, in the brief on Japan."""
    assert facts_in(body)[TROOPS] == (troops, "about")


@pytest.mark.parametrize(
    "body",
    [
        "The U.S. presence in South Korea is smaller. It totals roughly twenty-eight thousand personnel.",
        "The U.S. military presence across East Asia is large. It totals some eighty thousand personnel.",
        "In 1972 the U.S. presence was far larger. It totaled roughly seventy thousand personnel.",
    ],
)
def test_a_carried_presence_elsewhere_or_past_is_not_japans_now(body: str) -> None:
    assert TROOPS not in facts_in(body)


HNS = "alliance.host_nation_support_per_year"


@pytest.mark.parametrize(
    ("body", "dollars"),
    [
        (
            "U.S. forces are based across Japan. For the expense of housing them, Tokyo pays some $1.9 billion a year.",
            1.9e9,
        ),
        ("Toward the costs of maintaining U.S. forces in Japan, Tokyo contributes roughly $1.6 billion a year.", 1.6e9),
    ],
)
def test_host_nation_support_named_by_the_cost_of_keeping_the_forces(body: str, dollars: float) -> None:
    """'the cost of keeping them there' names what the money pays for: the U.S. forces' upkeep, Japan's support."""
    assert facts_in(body)[HNS] == (int(dollars), "about")


@pytest.mark.parametrize(
    "body",
    [
        "South Korea hosts U.S. troops too. For the expense of housing them, Seoul pays some $1 billion a year.",
        "The Pentagon spends about $5 billion a year on the cost of maintaining U.S. forces in Japan.",
    ],
)
def test_the_cost_of_keeping_forces_paid_by_another_is_not_japans(body: str) -> None:
    assert HNS not in facts_in(body)


LIMIT = "defense.traditional_limit_pct_gdp"


@pytest.mark.parametrize(
    "sentence",
    [
        "Defense spending is to reach 2% of GDP by FY2027, double the roughly 1% line that for decades was a cap.",
        "Defense outlays now run near 1.7% of GDP, above the 1% mark that long acted as an informal cap.",
    ],
)
def test_a_level_named_a_ceiling_by_its_relative_clause_is_the_limit(sentence: str) -> None:
    """'the 1% level that served as a ceiling': the noun after the value and its clause say what the value is."""
    assert facts_in(sentence)[LIMIT][0] == 1
