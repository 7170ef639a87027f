"""A full day set before the noun of the event's own deed is the event's, even inside a phrase counted from another
deed ('talks opened in April, a month before the president's May 17, 2019, proclamation declaring ...'), and it wins
over the coarser month of the same event; a day that another deed's noun or preposition governs ('the Commerce report
of February 17, 2019') stays that deed's (issue #18, fresh43)."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of

PROCLAMATION = "section232_autos_proclamation"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Negotiations on the first deal opened in April 2019, a month before President Trump's May 17, 2019, "
        "proclamation declaring that auto imports threaten national security.",
        "Japan raised the matter in February 2019, weeks ahead of Trump's May 17, 2019, proclamation declaring that "
        "imports of autos threatened national security.",
        "Consultations started in April 2019, shortly before the May 17, 2019, proclamation that declared auto "
        "imports a threat to national security.",
    ],
)
def test_a_day_before_the_noun_the_words_run_on_from_dates_the_event(paragraph: str) -> None:
    """The proclamation's own day wins over the earlier deed's month the phrase counts from."""
    assert events_of(paragraph, "June 2, 2020")[PROCLAMATION] == "2019-05-17"


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "Negotiators had met twice by April 2019; on May 17, 2019, Trump proclaimed that auto imports threatened "
            "national security.",
            "2019-05-17",
        ),
        (
            "In April 2019, a month after talks began, Trump proclaimed that auto imports threatened national "
            "security.",
            "2019-04",
        ),
    ],
)
def test_a_proclamation_dated_plainly_keeps_its_date(paragraph: str, date: str) -> None:
    assert events_of(paragraph, "June 2, 2020")[PROCLAMATION] == date


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        (
            "Trump moved in May 2019, some three months after the Commerce report of February 17, 2019, formally "
            "declaring that imports of autos threaten national security.",
            "2019-05",
        ),
        (
            "Trump moved in May 2019, three months after getting the Commerce Department's report on February 17, "
            "2019, and declared that imports of autos threaten national security.",
            "2019-05",
        ),
    ],
)
def test_a_day_governed_by_another_deeds_noun_or_preposition_is_not_the_events(paragraph: str, date: str) -> None:
    """Only a day set before a noun as its date ('Trump's May 17, 2019, proclamation') is kept for the event; a day
    that 'report of' or 'report on' governs is the report's, and the event keeps the month of its own clause."""
    assert events_of(paragraph, "June 2, 2020")[PROCLAMATION] == date


def test_a_hearings_day_before_the_events_noun_does_not_date_it() -> None:
    paragraph = (
        "Trump imposed tariffs in 2019, a week after a Commerce hearing on May 10, 2019, proclamation declaring that "
        "imports of autos were a threat to national security."
    )
    assert events_of(paragraph, "June 2, 2020").get(PROCLAMATION) != "2019-05-10"


def test_the_events_own_day_before_its_noun_wins_over_the_month_of_the_same_event() -> None:
    """The day of the call that opened the talks is finer than the month the clause gives them, and agrees with it."""
    paragraph = (
        "Talks with Japan on tariffs got under way in April 2025, days after Trump's April 7, 2025, call that opened "
        "talks with Japan on tariffs."
    )
    assert events_of(paragraph, "March 3, 2026")["tariff_talks_announced"] == "2025-04-07"


@pytest.mark.parametrize(
    "paragraph",
    [
        "On May 17, 2019, acting on a February Commerce Department report, the President proclaimed that imports of "
        "motor vehicles and parts threatened to impair U.S. national security.",
        "On May 17, 2019, after the February Commerce Department investigation, the President proclaimed that imports "
        "of motor vehicles threatened to impair U.S. national security.",
    ],
)
def test_a_month_set_before_another_deeds_named_noun_does_not_date_the_event(paragraph: str) -> None:
    """'a February Commerce Department report': the month is the report's, named by the words between; the
    proclamation keeps the day its sentence opens with."""
    assert events_of(paragraph, "March 2, 2020")[PROCLAMATION] == "2019-05-17"


def test_a_day_before_another_deeds_named_noun_never_dates_the_event() -> None:
    paragraph = (
        "Acting on the February 17 Commerce Department report, the President proclaimed on May 17, 2019, that auto "
        "imports threatened U.S. national security."
    )
    assert events_of(paragraph, "March 2, 2020").get(PROCLAMATION) != "2019-02-17"


def test_a_meetings_day_with_names_before_its_noun_is_not_blanked_for_a_coarser_year() -> None:
    """'At the September 25 UN General Assembly meeting in 2019, ... finalized': the meeting's day may be the event's;
    only a paper's day ('a February Commerce Department report') is set aside past names."""
    paragraph = "At the September 25 UN General Assembly meeting in 2019, Trump and Abe finalized the limited deal."
    assert events_of(paragraph, "March 2, 2020").get("stage_one_deal_finalized") != "2019"


@pytest.mark.parametrize(
    "paragraph",
    [
        "On May 17, 2019, the President proclaimed that imports of autos and parts threaten to impair U.S. national "
        "security, based on a Commerce Department report delivered in February that recommended tariffs.",
        "On May 17, 2019, the President proclaimed that auto imports threatened U.S. national security, citing a "
        "Commerce study completed in February 2019.",
    ],
)
def test_a_papers_month_after_its_participle_does_not_date_the_event(paragraph: str) -> None:
    """'a Commerce Department report delivered in February': the report's month, not the proclamation's."""
    assert events_of(paragraph, "August 1, 2019")[PROCLAMATION] == "2019-05-17"
