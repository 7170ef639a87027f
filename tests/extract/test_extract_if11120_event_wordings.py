"""IF11120's dated events in more wordings: the proclamation named as a thing and dated by 'that day', the deal
'pronounced settled', talks 'on' something that opened, the date the event's words run into, the tariff talks opened
by an agreement dated in between or by the leaders' call; and their traps."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of


@pytest.mark.parametrize(
    ("paragraph", "updated", "expected"),
    [
        (
            "The finding came on May 20, 2019. In a proclamation that day, the President agreed that imports of "
            "vehicles and parts threaten U.S. national security.",
            "June 2, 2020",
            {"section232_autos_proclamation": "2019-05-20"},
        ),
        (
            "Once Commerce had judged in March 2019 that auto imports endangered national security, the President "
            "signed a proclamation on May 20, 2019, telling USTR to negotiate.",
            "June 2, 2020",
            {"section232_autos_proclamation": "2019-05-20"},
        ),
        (
            "Commerce found that vehicle imports threaten national security, and a presidential proclamation dated "
            "May 20, 2019, ordered talks.",
            "June 2, 2020",
            {"section232_autos_proclamation": "2019-05-20"},
        ),
        (
            "Meeting in Osaka on September 27, 2019, the leaders pronounced the first-stage terms settled.",
            "June 2, 2020",
            {"stage_one_deal_finalized": "2019-09-27"},
        ),
        (
            "On September 27, 2019, the two leaders declared the stage-one texts final.",
            "June 2, 2020",
            {"stage_one_deal_finalized": "2019-09-27"},
        ),
        (
            "Talks on the two agreements opened in May 2019 at U.S. urging.",
            "June 2, 2020",
            {"first_negotiating_round": "2019-05"},
        ),
        (
            "Formal negotiations opened in mid-May 2019, eight months after the leaders, meeting in September 2018, "
            "agreed to hold them.",
            "June 2, 2020",
            {"first_negotiating_round": "2019-05"},
        ),
        (
            "The two sides agreed on April 9, 2025, to open negotiations, led for Japan by its economy minister.",
            "June 2, 2026",
            {"tariff_talks_announced": "2025-04-09"},
        ),
        (
            "Japan was quick to seek talks with the Administration, after a telephone call between Trump and Ishiba "
            "on April 9, 2025.",
            "June 2, 2026",
            {"tariff_talks_announced": "2025-04-09"},
        ),
        (
            "In mid-April 2025, Japan and the United States launched formal talks over the new tariffs.",
            "June 2, 2026",
            {"tariff_talks_announced": "2025-04"},
        ),
        # the deal's end in a participle, or as the object of a relative clause, its date past a place
        (
            "At the United Nations on September 27, 2019, the leaders released a statement declaring the initial "
            "phase of the negotiations concluded.",
            "June 2, 2020",
            {"stage_one_deal_finalized": "2019-09-27"},
        ),
        (
            "Formal talks produced a limited deal that the two leaders pronounced final in Osaka on September 27, "
            "2019.",
            "June 2, 2020",
            {"stage_one_deal_finalized": "2019-09-27"},
        ),
        # the call that opened the talks, dated by its day alone
        (
            "Japan sought relief from the tariffs in 2025. The negotiations grew out of an April 9 phone call between "
            "President Trump and Ishiba.",
            "June 2, 2025",
            {"tariff_talks_announced": "2025-04-09"},
        ),
        # a deed dated by 'that month': the month written before it
        (
            "Campaigning for the July 2022 upper house election was marred by the killing of former Prime Minister "
            "Abe later that month.",
            "June 2, 2023",
            {"abe_assassination": "2022-07"},
        ),
        # the deed in the past perfect, its day set off after a comma
        (
            "Voters renewed half the upper house on July 10, 2022. Abe had been shot dead at a rally in Nara two days "
            "earlier, on July 8.",
            "June 2, 2023",
            {"abe_assassination": "2022-07-08"},
        ),
        # words of talks under way that stand after the call, or name no later call: still the first call
        (
            "Japan's tariff talks with the second Trump Administration followed a telephone call between Trump and "
            "Ishiba on April 7, 2025, and continued through July.",
            "June 2, 2026",
            {"tariff_talks_announced": "2025-04-07"},
        ),
    ],
)
def test_events_in_more_wordings(paragraph: str, updated: str, expected: dict[str, str]) -> None:
    """Each wording gives its event, dated as written."""
    assert events_of(paragraph, updated) == expected


@pytest.mark.parametrize(
    ("paragraph", "updated"),
    [
        # the day before names two days: 'that day' is unsure
        (
            "The finding came on May 20, 2019, and the review on May 22, 2019. In a proclamation that day, the "
            "President agreed that imports of vehicles threaten U.S. national security.",
            "June 2, 2020",
        ),
        # a proclamation that sets a tariff on autos in 2025 is no 2019 finding
        (
            "On March 26, 2025, the President signed a proclamation imposing a 25% tariff on vehicles, on national "
            "security grounds, six years after the 2019 finding.",
            "June 2, 2026",
        ),
        # agreement in principle is not the deal declared final
        ("On August 25, 2019, the leaders declared the terms settled in principle.", "June 2, 2020"),
        # the second stage's talks, and the 2018 agreement to open the first
        ("Talks on a second stage began in 2019 only on paper.", "June 2, 2020"),
        ("The two leaders agreed in September 2018 to open talks on a trade deal.", "June 2, 2020"),
        # a later call in talks already under way
        (
            "Talks on tariffs stalled again after a phone call between Trump and Ishiba on June 16, 2025.",
            "June 2, 2026",
        ),
        # Abe's killing dated by the day of the deed it is dated from
        (
            "Abe Shinzo had been shot and killed on the campaign trail two days before the election, on July 10.",
            "September 2, 2022",
        ),
    ],
)
def test_traps_give_no_event(paragraph: str, updated: str) -> None:
    """An unsure 'that day', a 2025 tariff proclamation, agreement in principle, second-stage talks and the 2018
    agreement to open talks give none of these events."""
    assert events_of(paragraph, updated) == {}
