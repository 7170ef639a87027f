"""The assassination read with its own date where the sentence gives others: 'Abe, who was shot dead while
campaigning in July 2022, led ... in 2015', 'the killing of Abe on July 8, 2022', 'The July 2022 assassination of
Abe, on July 8, ...', 'Abe, who hosted Trump in May 2019, was assassinated on July 8, 2022'. A day of another month,
or a deed with no date of its own, is not read.

Every sentence is invented for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2031\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def events_of(body: str) -> dict[str, Any]:
    """The events' dates of a short brief."""
    snapshot = extract_snapshot(COVER + body).snapshot
    return {slug: event.date for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        # the deed in other words ('slain', 'murder', 'shooting'), a day without its year in the sentence's one year
        ("A state funeral on September 27, 2022, honored Abe, who had been assassinated on July 8.", "2022-07-08"),
        ("The upper house election of July 10, 2022, came two days after the July 8 shooting of Abe.", "2022-07-08"),
        ("Abe was slain on July 8, 2022, two days before the upper house election of July 10.", "2022-07-08"),
        (
            "Abe's murder on July 8, 2022, shocked the country; his state funeral was held on September 27, 2022.",
            "2022-07-08",
        ),
        ("The gunman who killed Abe on July 8, 2022, was sentenced on January 21, 2026.", "2022-07-08"),
        (
            "Mori, an ally of Abe Shinzo, who was shot dead while speaking in July 2022, took office on May 2, 2030.",
            "2022-07",
        ),
        (
            "A bust honors Abe Shinzo, who was assassinated on July 8, 2022, and who visited Hawaii in December 2016.",
            "2022-07-08",
        ),
        (
            "The vote of July 2022 came two days after the killing of former Prime Minister Abe on July 8, 2022.",
            "2022-07-08",
        ),
        ("The July 2022 assassination of Abe Shinzo, on July 8 at a rally, still weighs on the party.", "2022-07-08"),
        (
            "The tally of July 12, 2022, came four days after former Prime Minister Abe Shinzo was fatally shot while "
            "addressing voters in Osaka on July 8, 2022.",
            "2022-07-08",
        ),
        (
            "The race was clouded by the death of Abe Shinzo, the author of the 2015 laws, who was shot on July 8, "
            "2022, at a rally.",
            "2022-07-08",
        ),
        (
            "Turnout rose after Abe was shot and killed on July 8, 2022, and the party won on July 10, 2022.",
            "2022-07-08",
        ),
        (
            "Abe Shinzo, the premier who signed the 2015 laws, died after being shot while giving a speech in Nara on "
            "July 8, 2022.",
            "2022-07-08",
        ),
        ("Abe was gunned down on July 8, 2022, while campaigning in Nara.", "2022-07-08"),
        ("A gunman fatally shot Abe on July 8, 2022, in Nara.", "2022-07-08"),
        ("The July 8, 2022, assassination of Abe Shinzo stunned voters.", "2022-07-08"),
        ("Abe's assassination in Nara on July 8, 2022, shocked the country.", "2022-07-08"),
        (
            "Abe Shinzo, who hosted Trump in May 2019, was assassinated on July 8, 2022, two days before the vote of "
            "July 10, 2022.",
            "2022-07-08",
        ),
        ("A lone gunman shot Abe Shinzo dead on July 8, 2022, at a rally.", "2022-07-08"),
        ("Abe Shinzo, the party's best-known campaigner, was fatally shot in Nara on July 8, 2022.", "2022-07-08"),
        ("July 8, 2022: Former Prime Minister Abe is shot and killed at a rally.", "2022-07-08"),
    ],
    ids=[
        "funeral-then-yearless-day",
        "noun-shooting-day-before-noun",
        "slain-then-counted-vote",
        "murder-noun-then-day",
        "killed-object-then-day",
        "who-clause-month",
        "who-clause-day",
        "noun-day",
        "noun-month-then-day",
        "fatally-shot-while-then-day",
        "appositive-then-who-was-shot",
        "passive-beside-another-day",
        "died-after-being-shot",
        "gunned-down",
        "active-fatally-shot",
        "day-with-comma-before-noun",
        "possessive-noun-then-day",
        "who-aside-then-was-assassinated",
        "shot-object-dead",
        "appositive-then-was-fatally-shot",
        "timeline-historic-present",
    ],
)
def test_the_assassination_is_read_with_its_own_date(body: str, date: str) -> None:
    """The date standing with the deed, not the sentence's other dates nor a shift from them."""
    assert events_of(body)["abe_assassination"] == date


@pytest.mark.parametrize(
    "body",
    [
        "The July 2022 assassination of Abe Shinzo, on June 8 at a rally, still weighs on the party.",
        "The assassination of Abe shaped the vote of July 2022.",
        "Abe Shinzo, who was killed in an ambush scene of a film, met the cast in July 2019.",
        "Abe Shinzo was shot at by no one; he was photographed on July 8, 2020, in Tokyo.",
        "A police officer was fatally shot while on patrol in Nara on July 8, 2022.",
        "Abe Shinzo died in 2022; a film about the shot he took at golf aired on July 8, 2023.",
    ],
    ids=[
        "day-of-another-month",
        "no-own-date",
        "no-date-by-the-deed",
        "another-verb-by-the-date",
        "someone-else",
        "died-no-shooting",
    ],
)
def test_a_deed_without_its_own_date_is_not_read(body: str) -> None:
    """A day that contradicts the month, or a date that belongs to another deed, gives no assassination."""
    assert "abe_assassination" not in events_of(body)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "In July 2022, former Prime Minister Abe Shinzo was shot and killed while campaigning in Nara on July 8.",
            "2022-07-08",
        ),
        (
            "In the House of Councillors election of July 2022, held just after former Prime Minister Abe Shinzo was "
            "shot and killed while campaigning in Nara on July 8, the coalition gained seats.",
            "2022-07-08",
        ),
        # a day past another deed's words is that deed's: the month stays
        ("In July 2022, Abe Shinzo was shot and killed by a gunman who was charged on July 29.", "2022-07"),
        ("In July 2022, Abe Shinzo was shot and killed in Nara and cremated on July 12.", "2022-07"),
        ("In July 2022, Abe Shinzo was shot and killed in an attack Kishida condemned on July 9.", "2022-07"),
        (
            "In July 2022, former Prime Minister Abe Shinzo was shot and killed days before the election on July 10.",
            "2022-07",
        ),
    ],
)
def test_a_yearless_day_right_after_the_deed_makes_its_month_a_day(body: str, date: str) -> None:
    """'In July 2022, Abe was shot ... while campaigning in Nara on July 8': the deed's own day, in the month's year."""
    assert events_of(body)["abe_assassination"] == date
