"""A rate told as a past action set it gives way where a later sentence, however far on, tells its subject's rate
changed from it or from the total it made with the MFN duty its sentence names: the fact is left unread rather than
read as the old rate. A change only planned, or of another country's rate, leaves it standing. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated December 2, 2025\n\n## Tariffs\n\n"
FILLER = (
    "Japan is the largest foreign holder of U.S. Treasury securities. Its investors hold the largest stock of "
    "foreign direct investment in the United States. The two governments meet often on economic security. "
)


def _autos(body: str) -> object:
    facts = extract_snapshot(COVER + body + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    return None if fact is None else fact.value


PAST = (
    "A Section 232 proclamation imposed a 25% tariff on Japanese vehicles in late March, on top of the 2.5% MFN duty. "
)


@pytest.mark.parametrize(
    "later",
    [
        "Duties on Japanese cars and parts were lowered to 15% in mid-September, down from the 27.5% paid before.",
        "In September the charge on Japanese autos fell to 15%, from a combined 27.5%.",
        "The tariff on Japanese vehicles was reduced on September 16 from 25% to 15%.",
    ],
    ids=["total-with-mfn", "combined-total", "the-rate-itself"],
)
def test_a_past_rate_gives_way_to_a_later_change_from_it(later: str) -> None:
    assert _autos(PAST + FILLER + "\n\n## Autos\n\n" + later) in (None, 15)


@pytest.mark.parametrize(
    "later",
    [
        "Under the framework, the tariff on Japanese vehicles would be cut from 27.5% to 15% once an order is signed.",
        "Korea's tariff on its vehicles was cut from 27.5% to 15% in November.",
    ],
    ids=["planned-change", "another-country"],
)
def test_a_past_rate_stands_beside_a_change_not_done_or_not_its_own(later: str) -> None:
    assert _autos(PAST + FILLER + "\n\n## Autos\n\n" + later) == 25


@pytest.mark.parametrize(
    "later",
    [
        "By 2024 Japan's portion of the cars the United States imported fell from 25% to 20%.",
        "Honda's profit margin on cars it sold in America fell from 25% in 2023 to 17% in 2024.",
        "Back in 1978 Japan reduced its own tariffs on foreign cars from 25% to nothing.",
        "Under a summer deal, the tariff on German vehicles was cut from 27.5% to 15%.",
    ],
    ids=["a-share", "a-margin", "japans-own-tariff", "another-countrys-cars"],
)
def test_a_past_rate_stands_beside_a_figure_that_fell_from_it_but_is_no_us_tariff_on_japans_cars(later: str) -> None:
    assert _autos(PAST.replace("late March", "March") + FILLER + "\n\n## Autos\n\n" + later) == 25


@pytest.mark.parametrize(
    "later",
    [
        "A summer agreement lowered the duty on Japanese cars from 27.5% to 15%, though the cut is not yet in force.",
        "The July framework lowered the car tariff to 15% from 27.5%, pending an executive order.",
        "Negotiators cut the car tariff to 15% from 27.5% in principle, subject to an order still unsigned.",
    ],
    ids=["not-yet-in-force", "pending-after-the-verb", "in-principle-subject-to"],
)
def test_a_past_rate_stands_beside_a_cut_told_as_not_yet_in_force_after_its_verb(later: str) -> None:
    body = PAST + FILLER + "\n\n## Autos\n\n" + later
    facts = extract_snapshot(COVER.replace("December 2", "August 10") + body + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("tariffs.section232_autos")
    assert fact is not None
    assert fact.value == 25
