"""IF11120's dated events said in other voices: talks that opened, a deal declared concluded, a finding that autos
threaten national security, a leaders' call that opened the tariff talks; and their traps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.if11120_events import events_of


@pytest.mark.parametrize(
    ("sentence", "updated", "expected"),
    [
        ("Formal negotiations opened in April 2019.", "May 5, 2020", {"first_negotiating_round": "2019-04"}),
        # the deed done by its doer, the deal its object; a proclamation that found 'auto imports' a threat; the call
        # that began the talks, a call by no other name
        (
            'In October 2019, the two governments finalized a limited "stage one" agreement.',
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-10"},
        ),
        (
            "The President, whose June 3, 2019, proclamation found that auto imports threaten national security, "
            "levied no tariff.",
            "May 5, 2020",
            {"section232_autos_proclamation": "2019-06-03"},
        ),
        (
            "Months of tariff talks began with a March 30, 2025, call between Trump and Ishiba.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-03-30"},
        ),
        # passive voices: talks that were opened, a deal declared finished, a proclamation as the finder
        (
            "Formal talks were opened in Washington in April 2019.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04"},
        ),
        (
            "The stage-one deal was pronounced complete by Trump and Abe on September 26, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "On June 3, 2019, a proclamation under Section 232 found that imports of cars threatened national "
            "security; duties of up to 25% were never levied.",
            "May 5, 2020",
            {"section232_autos_proclamation": "2019-06-03"},
        ),
        (
            "The two trade ministers opened formal talks in Tokyo on April 18, 2019.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04-18"},
        ),
        (
            "On September 26, 2019, the two leaders declared the talks concluded.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "The leaders said they had finalized a first-stage agreement on September 26, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "In June 2019 the President declared vehicle and parts imports a threat to national security.",
            "May 5, 2020",
            {"section232_autos_proclamation": "2019-06"},
        ),
        (
            "On May 2, 2025, Trump and Ishiba agreed by telephone to open negotiations.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-05-02"},
        ),
        (
            "The decision to open talks followed a May 2, 2025, telephone call between President Trump and Prime "
            "Minister Ishiba. On September 26, 2019, the two governments said negotiators had finished the first "
            "stage.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-05-02", "stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "Tariffs rose in March 2025. Japan was one of the first partners chosen for negotiations, which the "
            "leaders agreed to hold during a May 2 call.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-05-02"},
        ),
        (
            "Tariffs rose in March 2025.\n\n- May 2: after a call between the leaders, the Administration picks Japan "
            "as one of the first countries it will negotiate with.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-05-02"},
        ),
        (
            "Talks opened in April 2019, and the initial phase was completed that October. In October 2019, in "
            "Washington, the ministers declared the first stage of negotiations finished.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04", "stage_one_deal_finalized": "2019-10"},
        ),
        # a month the sentence before dates, the threat 'to U.S. national security' before 'by ... proclamation'
        (
            "Formal talks were opened in April 2019. In June, vehicle and parts imports were declared a threat to U.S. "
            "national security by a presidential proclamation.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04", "section232_autos_proclamation": "2019-06"},
        ),
        # 'such imports': the vehicles the sentence before names
        (
            "Commerce urged tariffs on imported vehicles. On June 3, 2019, the President proclaimed that such imports "
            "threaten to impair U.S. national security.",
            "May 5, 2020",
            {"section232_autos_proclamation": "2019-06-03"},
        ),
        # a yearless day the words come to, before a later deed's own ('and signed on ...')
        (
            "A limited deal was concluded by the two leaders on September 26 and signed on October 8.",
            "December 5, 2019",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        # the opening in apposition to the talks
        (
            "Bilateral negotiations, officially launched in May 2019, have yielded no agreement.",
            "August 5, 2019",
            {"first_negotiating_round": "2019-05"},
        ),
        # a date counted back from the cover
        (
            "The first negotiating round was held in Tokyo two years ago this month.",
            "May 5, 2021",
            {"first_negotiating_round": "2019-05"},
        ),
        # the round by its being the first; the deal named bare, or the stage a which-clause declares done; a
        # proclamation's attributive date its own, not one counted from the talks' month
        (
            "Negotiators sat down in a formal round for the first time in April 2019.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04"},
        ),
        (
            "Most tariff cuts date from the first stage of talks, which the leaders declared concluded on "
            "September 25, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-25"},
        ),
        (
            "After months of talks, the deal was declared final on September 25, 2019, when Trump and Abe met.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-25"},
        ),
        (
            "Talks began in April 2019, a month before a May 17, 2019, proclamation that found auto imports a "
            "national-security threat.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04", "section232_autos_proclamation": "2019-05-17"},
        ),
        # the stage-one deal by its roles: a deed of completion or agreement done to the deal of the first stage, in any
        # voice, or the talks declared done; the date a cleft fronts, or the one the deed's own clause gives
        (
            "It was on September 24, 2019, that the two leaders declared the stage-one negotiations finalized.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-24"},
        ),
        (
            "A limited deal was reached in Osaka on September 27, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-27"},
        ),
        (
            "The two sides wrapped up the first-stage talks on September 26, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "The negotiators reached final agreement on the limited texts on September 26, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "Negotiations opened in April 2019 and were declared finished on September 26, 2019.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04", "stage_one_deal_finalized": "2019-09-26"},
        ),
        (
            "Trump and Abe announced the deal on September 24, 2019, and negotiators signed it on October 8, 2019.",
            "May 5, 2020",
            {"stage_one_deal_finalized": "2019-09-24"},
        ),
        # the tariff talks' opening: the leaders agreeing that their governments would negotiate, a dated conversation
        # between them in either order, Japan said to be among the first to negotiate
        (
            "The two leaders spoke by phone on April 8, 2025, and agreed that their governments would negotiate on "
            "tariffs.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-04-08"},
        ),
        (
            "A March 30, 2025, phone conversation between Ishiba and Trump set the tariff negotiations in motion.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-03-30"},
        ),
        (
            "On April 8, 2025, the White House said Japan would be among the first countries to negotiate.",
            "June 5, 2025",
            {"tariff_talks_announced": "2025-04-08"},
        ),
        # the talks opened by their ministers in a named city; car imports deemed a threat by proclamation
        (
            "The two trade ministers opened the negotiations in Tokyo on April 18, 2019.",
            "May 5, 2020",
            {"first_negotiating_round": "2019-04-18"},
        ),
        (
            "Car imports were deemed a national security threat by presidential proclamation on June 3, 2019.",
            "May 5, 2020",
            {"section232_autos_proclamation": "2019-06-03"},
        ),
    ],
)
def test_an_event_said_in_another_voice_is_read_with_its_date(
    sentence: str, updated: str, expected: dict[str, Any]
) -> None:
    """Each event's other wording is read, at the precision the text gives its date."""
    assert events_of(sentence, updated) == expected


@pytest.mark.parametrize(
    ("sentence", "updated"),
    [
        # the 2025 tariff talks opening are no first round of the 2019 negotiations
        ("Formal negotiations opened in April 2025.", "June 5, 2025"),
        # autos declared a threat in 2025 are no 2019 proclamation
        ("In March 2025 the President declared vehicle imports a threat to national security.", "June 5, 2025"),
        # a 2019 leaders' call opening talks is no 2025 tariff talks
        ("In September 2018, Trump and Abe agreed to open negotiations.", "May 5, 2020"),
        # China's 'phase one' deal declared final is no stage one of the talks with Japan
        ("The U.S.-China phase one deal was declared final on December 13, 2019.", "May 5, 2020"),
    ],
)
def test_the_same_words_of_another_year_or_leader_give_no_event(sentence: str, updated: str) -> None:
    """The looser wordings hold only for their own year or leader: another year's talks or finding reads nothing."""
    assert events_of(sentence, updated) == {}
