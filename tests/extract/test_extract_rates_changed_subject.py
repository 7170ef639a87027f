"""A change counts against a rate read only when the rate it acts on is that rate (`extract.changed_after`).

The changed thing is the tariff pointed back to ('that tariff', 'it', 'the higher rate') as the change verb's object or
its subject in the passive, not any rate noun in the sentence: another country's or product's tariff, Japan's own
tariffs, revenue or prices that fell, concerns raised, a change whose outcome is the rate read ('The deal lowered the
autos tariff on September 16' after the 15% is read; 'That rate replaced ...'), and a change only sought, refused,
conditional or compared leave the reading standing. A right later rate is never dropped so that an older one wins.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TITLES = {"IF11120": "# U.S.-Japan Trade Agreements and Tariff Negotiations", "IF10199": "# U.S.-Japan Relations"}
ANCHORS = {
    "IF11120": "The two countries signed the U.S.-Japan Trade Agreement in October 2019. ",
    "IF10199": "Japan has been a U.S. treaty ally since 1952. ",
}
AUTOS = "tariffs.section232_autos"
MOST = "tariffs.us_tariff_most_imports"
TRADE_MOST = "trade.us_tariff_on_most_imports_from_japan"
P = (
    "Japanese autos faced a 25% Section 232 tariff from April 3. Toyota absorbed much of the cost. Honda moved some "
    "output to Ohio. "
)
A = "Japanese autos pay a 15% Section 232 tariff under the deal. "
PI = (
    "A 10% baseline tariff on most Japanese goods took effect on April 5. Japan's economy slowed in the spring. "
    "Exports to China rose. "
)
I15 = "Most Japanese goods face a 15% reciprocal tariff under IEEPA. "
IF10199_10 = (
    "A 10% U.S. tariff on most Japanese imports took effect in April. Japan's economy slowed in the spring. Exports "
    "to China rose. Most Japanese imports face a 15% U.S. tariff under the July framework. "
)


def _facts(body: str, updated: str = "November 18, 2025", brief: str = "IF11120") -> dict[str, Any]:
    text = f"{TITLES[brief]}\n\nUpdated {updated}\n\n## Tariffs\n\n{ANCHORS[brief]}{body}\n"
    day = datetime.datetime.strptime(updated, "%B %d, %Y").date()
    facts = extract_snapshot(text, brief=brief, updated=day).snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


@pytest.mark.parametrize(
    "body",
    [
        A + "The United Kingdom's tariff on autos was lowered to 7.5% under its own deal.",
        A + "The United Kingdom's tariff on autos was cut to 10% under its own deal.",
        P + A + "The United Kingdom's tariff on autos was lowered to 10% under its own deal.",
    ],
)
def test_another_countrys_autos_rate_is_not_japans(body: str) -> None:
    assert _facts(body).get(AUTOS) == 15


@pytest.mark.parametrize(
    "body",
    [
        P + A + "Korean autos saw their tariff lowered in November.",
        P + A + "The autos tariff was unaffected, but the reciprocal tariff on most other Japanese goods was lowered "
        "in August.",
        P + A + "Neither the autos tariff nor the steel tariff was lowered in 2024.",
        P + A + "Under the 2019 agreement, Japan lowered its tariffs on U.S. beef and pork.",
        P + A + "Prime Minister Ishiba raised the autos tariff with President Trump at their meeting.",
        P + A + "Japanese officials raised concerns about the tariff's effect on auto parts suppliers.",
        P + A + "The deal eased concerns over the autos tariff among Japanese parts makers.",
        # the change's outcome is the rate read
        P + A + "The deal lowered the autos tariff on September 16.",
        P + A + "That rate replaced the stacked Section 232 and MFN duties in September.",
        # sought, refused or compared
        P + A + "Japan is seeking a lower rate for its autos.",
        P + A + "Washington rejected Japan's call to have the tariff lowered further.",
        P + A + "British cars enjoy a lower rate under a quota.",
        P + A + "Critics in Congress said the deal gave Japan a lower tariff than U.S. automakers wanted.",
    ],
)
def test_a_change_not_of_the_autos_rate_read_leaves_it(body: str) -> None:
    assert _facts(body).get(AUTOS) == 15


@pytest.mark.parametrize(
    ("body", "updated"),
    [
        (PI + I15 + "Japan cut its tariffs on U.S. rice imports.", "September 1, 2025"),
        (PI + I15 + "India's reciprocal rate was raised to 50% in August.", "September 1, 2025"),
        (PI + I15 + "U.S. tariff revenue from Japanese goods fell in the second quarter.", "September 1, 2025"),
        (PI + I15 + "Japanese imports dropped sharply after the tariff took effect.", "September 1, 2025"),
        (PI + I15 + "Japanese exporters cut their prices to absorb the tariff.", "September 1, 2025"),
        (PI + I15 + "The United States raised the reciprocal tariff on Japan on August 7.", "September 1, 2025"),
    ],
)
def test_an_older_baseline_never_wins_over_the_rate_read(body: str, updated: str) -> None:
    assert _facts(body, updated=updated).get(MOST) != 10


@pytest.mark.parametrize(
    "body",
    [
        IF10199_10 + "Japan lowered its tariffs on U.S. rice under the deal.",
        IF10199_10 + "Japan is seeking a lower rate for its exports.",
    ],
)
def test_an_older_most_imports_rate_never_wins_in_the_relations_brief(body: str) -> None:
    assert _facts(body, brief="IF10199").get(TRADE_MOST) != 10


@pytest.mark.parametrize(
    ("tail", "updated"),
    [
        ("Japanese negotiators pressed for a lower tariff on autos.", "May 20, 2025"),
        ("The United States refused requests that the autos tariff be reduced.", "May 20, 2025"),
        ("Japan has requested that the tariff be suspended for its automakers.", "May 20, 2025"),
        ("Japanese officials argued that the tariff should be cut.", "May 20, 2025"),
        ("In a hypothetical deal, the tariff is reduced for cars built with U.S. parts.", "May 20, 2025"),
        ("Automakers lobbied hard, hoping the tariff on autos gets lowered.", "May 20, 2025"),
        (
            "Under the framework announced in July, the autos tariff is lowered to 15% once Japan's investment "
            "commitments are formalized.",
            "August 1, 2025",
        ),
    ],
)
def test_a_change_sought_refused_or_conditional_leaves_the_rate_in_force(tail: str, updated: str) -> None:
    body = "Japanese autos are subject to a 25% Section 232 tariff, in addition to the 2.5% MFN duty. " + tail
    assert _facts(body, updated=updated).get(AUTOS) == 25


@pytest.mark.parametrize(
    "body",
    [
        "Japanese autos are subject to a 25% Section 232 tariff, which the deal lowered on September 16.",
        "Japanese autos, now the largest U.S. import from Japan, face a 25% Section 232 tariff. The deal lowered that "
        "tariff on September 16.",
    ],
)
def test_a_rate_its_relative_clause_or_next_sentence_says_was_lowered_is_not_read(body: str) -> None:
    assert _facts(body).get(AUTOS) is None


@pytest.mark.parametrize(
    ("body", "updated", "fact_id", "rate"),
    [
        (
            "Most Japanese goods pay the 10% baseline tariff under IEEPA. The higher reciprocal rate was paused on "
            "April 9.",
            "June 15, 2025",
            MOST,
            10,
        ),
        (
            "Most Japanese goods pay the 10% baseline tariff under IEEPA. The reciprocal rate announced for Japan was "
            "suspended for 90 days.",
            "June 15, 2025",
            MOST,
            10,
        ),
        (I15 + "The reciprocal tariff on Vietnamese goods was lowered to 20% in July.", "November 18, 2025", MOST, 15),
        (I15 + "The EU's reciprocal tariff was reduced to 10% under its own framework.", "November 18, 2025", MOST, 15),
        (I15 + "Switzerland's reciprocal tariff was later lowered to 39%.", "September 1, 2025", MOST, 15),
        (A + "Mexico's auto tariff was reduced to 25% for non-USMCA content.", "November 18, 2025", AUTOS, 15),
        (A + "The MFN tariff on autos was lowered to 2.5% decades ago.", "November 18, 2025", AUTOS, 15),
        (
            A + "Under the U.S.-UK deal, the tariff on British cars was cut to 10% for a quota of 100,000 vehicles.",
            "November 18, 2025",
            AUTOS,
            15,
        ),
    ],
)
def test_another_subjects_change_leaves_the_rate_now(body: str, updated: str, fact_id: str, rate: int) -> None:
    assert _facts(body, updated=updated).get(fact_id) == rate


def test_another_countrys_most_imports_cut_leaves_the_relations_rate() -> None:
    body = (
        "Most Japanese imports face a 15% U.S. tariff under the July framework. The tariff on most imports from the "
        "United Kingdom was cut to 10%."
    )
    assert _facts(body, brief="IF10199").get(TRADE_MOST) == 15
