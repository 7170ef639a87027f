"""Tracked events whose subject, day or deed the sentence does not give them: the events39 review's traps.

'It' after a duty put under Section 122 when that sentence names another thing 'it' could be, the end is only for some
goods, ends something else, or is a plan a later clause puts off; 'That charge' when the sentence before names another
charge, fee, levy or surcharge, or a proposed one; the autos finding not accepted by the President himself, or dated by
another clause; Japan's choice for the talks denied, supposed, told by another on their own day, or for letters; the
stage-one terms told in an aside that is not the leaders' meeting, or another deal's; and a man shot who survived.

Every sentence is the review's (REVIEW_events39.md), invented for it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from usjapan_facts.extract import extract_snapshot

HEAD = {
    "IF11120": "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Overview\n\n"
    "The two countries signed the U.S.-Japan Trade Agreement in October 2019.\n\n",
    "IF10199": "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Overview\n\n"
    "Japan has been a U.S. treaty ally since 1952.\n\n",
}


def _events(cover: str, body: str, brief: str = "IF11120") -> dict[str, tuple[str, str | None]]:
    day = dt.datetime.strptime(cover, "%B %d, %Y").date()
    text = HEAD[brief].format(cover=cover) + body + "\n"
    events = extract_snapshot(text, brief=brief, updated=day).snapshot.events
    return {slug: (event.date, event.status) for slug, event in events.items()}


@pytest.mark.parametrize(
    "body",
    [
        "The duty, imposed under Section 122 of the Trade Act of 1974, replaced the reciprocal tariff. It ended on "
        "February 20, 2026, when the Supreme Court struck it down.",
        "That duty, imposed under Section 122 of the Trade Act of 1974, took effect on February 24, 2026. It ended a "
        "year of IEEPA tariffs that the Court voided on February 20, 2026.",
        "The levy, imposed under Section 122 after the ruling, followed the Court's February 20 decision. It ended the "
        "IEEPA era in February 2026.",
        "The duty, imposed under Section 122 of the Trade Act of 1974, does not apply to goods covered by the 2019 "
        "agreement. It expires in January 2028 unless renewed.",
        "The tariff, levied under Section 122 of the Trade Act on imports from all partners, drew a Canadian response. "
        "It ended on March 1, 2026 for Canadian goods under a side deal.",
        "The duty, imposed under Section 122 of the Trade Act of 1974, took effect in February. It was set to expire "
        "on July 23, but Congress voted in June to extend it through December 31, 2026.",
        "Importers pay a merchandise processing fee beside a 10% surcharge under Section 122. That charge is scheduled "
        "to end in September 2026.",
        "Importers pay a 10% surcharge under Section 122 on top of a harbor maintenance levy on every shipment. That "
        "levy is set to end in October 2026.",
        "Importers pay a surcharge under Section 122 and a new customs processing charge. That charge is due to expire "
        "in September 2026.",
        "The Administration has proposed a second surcharge under Section 122 to follow the first. That charge is set "
        "to end in January 2027.",
        "Officials in Ontario answered the Section 122 surcharge with a provincial surcharge on U.S. liquor. That "
        "charge ended in March 2026.",
        # taken out: 'It' after a sentence naming another tariff 'it' could be, once read as the duty's July end
        "That duty, imposed under Section 122 of the Trade Act of 1974, replaced the tariffs the Court struck down on "
        "February 20, 2026. It lapses in late July unless Congress votes to extend it.",
    ],
    ids=[
        "it-the-reciprocal-tariff",
        "it-ended-an-era-object",
        "it-ended-the-ieepa-era",
        "it-the-agreement",
        "it-for-canadian-goods",
        "a-plan-put-off",
        "that-charge-the-fee",
        "that-levy-the-harbor-levy",
        "that-charge-the-processing-charge",
        "that-charge-a-proposed-surcharge",
        "that-charge-a-provincial-surcharge",
        "it-after-another-tariff",
    ],
)
def test_no_surcharge_end_from_another_subject(body: str) -> None:
    """'It', 'That charge' standing for something besides the surcharge, or an end put off: no end read."""
    assert "section122_surcharge_expired" not in _events("April 15, 2026", body)


@pytest.mark.parametrize(
    "body",
    [
        "In February 2019, the President had not yet accepted the Commerce Department's finding under Section 232 "
        "that auto imports threatened national security.",
        "In March 2019, the President accepted a Commerce finding under Section 232 on uranium but not the finding "
        "that auto imports threatened national security.",
        "On February 17, 2019, Commerce sent its Section 232 report, and the President later accepted its finding "
        "that auto imports threatened national security.",
        "In April 2019, the President's trade advisers accepted the Commerce Department's finding under Section 232 "
        "that auto imports threatened national security, but he had not yet acted.",
        "In March 2019, critics urged that the President's advisers, who accepted the Commerce finding under Section "
        "232 that auto imports threatened national security, reconsider.",
        "In June 2019, the Senate, which the President had lobbied, accepted a resolution finding that auto imports "
        "under Section 232 posed no threat to national security.",
    ],
    ids=["not-yet", "another-finding", "the-reports-day", "his-advisers", "critics-of-advisers", "the-senate"],
)
def test_no_autos_proclamation_from_another_acceptance(body: str) -> None:
    """The autos finding accepted by no one but the President, in his own clause: else nothing read."""
    assert "section232_autos_proclamation" not in _events("December 1, 2019", body)


@pytest.mark.parametrize(
    "body",
    [
        "On April 9, 2025, Trump denied that he had picked Japan as a priority for talks, saying all partners were "
        "equal.",
        "If the White House named Japan a priority for talks, officials said on April 3, 2025, Tokyo would send "
        "Akazawa.",
        "Trump said on April 3, 2025, that he would have named Japan a priority for talks had Tokyo offered more.",
        "On July 7, 2025, Trump picked Japan as a top priority in negotiating tariff letters, sending it the first "
        "one.",
        "Critics in Tokyo said on April 9, 2025, that the White House listed Japan as a priority for talks only to "
        "extract concessions.",
        "On April 8, 2025, Ishiba told the Diet that the President named Japan a priority for talks because of its "
        "investment.",
    ],
    ids=["denied", "hypothetical", "counterfactual", "letters", "critics-day", "ishibas-day"],
)
def test_no_talks_announcement_from_a_choice_not_made_that_day(body: str) -> None:
    """Japan's choice for the talks denied, supposed, for letters, or told on another's day: nothing read."""
    assert "tariff_talks_announced" not in _events("July 20, 2025", body)


@pytest.mark.parametrize(
    "body",
    [
        "The two leaders, having first met in Osaka on June 28, 2019, announced that the deal's terms had been "
        "finalized.",
        "Negotiators, returning to Tokyo on October 9, 2019, said that the deal's texts had been finalized weeks "
        "earlier.",
        "Farm groups, testifying on October 16, 2019, said that the deal's terms had been finalized without their "
        "input.",
        "The two leaders, meeting in Osaka on June 28, 2019, announced that their earlier steel deal's terms had been "
        "finalized.",
    ],
    ids=["an-earlier-meeting", "a-return-after", "a-critics-testimony", "another-deal"],
)
def test_no_stage_one_finalized_from_another_aside(body: str) -> None:
    """The day of an aside that is not the leaders' meeting, or another deal's terms: nothing read."""
    assert "stage_one_deal_finalized" not in _events("June 23, 2020", body)


@pytest.mark.parametrize(
    "body",
    [
        "Donald Trump, who hosted Abe at Mar-a-Lago in February 2017 and was shot in Butler on July 13, 2024, survived "
        "to seek a second term.",
        "Donald Trump, who was shot in Butler on July 13, 2024, survived to seek a second term.",
    ],
    ids=["who-and-was-shot", "who-was-shot"],
)
def test_a_man_shot_who_survived_is_not_killed(body: str) -> None:
    """'Shot' alone is no killing of a man who lived: no assassination read."""
    assert not [slug for slug in _events("August 22, 2024", body, "IF10199") if "assassination" in slug]


def test_the_positives_still_read() -> None:
    """The forms the traps stand beside still read, each dated by its own clause."""
    duty = "The tariff, imposed under Section 122 of the Trade Act of 1974, took effect on February 24, 2026. "
    assert _events("April 15, 2026", duty + "It expires on July 23.")["section122_surcharge_expired"] == (
        "2026-07-23",
        "upcoming",
    )
    charge = "Importers have paid a 10% surcharge under Section 122 since February 24. That charge is due to expire on "
    assert _events("April 15, 2026", charge + "July 23.")["section122_surcharge_expired"] == ("2026-07-23", "upcoming")
    autos = (
        "On May 17, 2019, President Trump accepted the Commerce Department's finding under Section 232 that auto "
        "imports threatened national security."
    )
    assert _events("December 1, 2019", autos)["section232_autos_proclamation"] == ("2019-05-17", "held")
    talks = "On April 7, 2025, the White House named Japan as a priority partner for talks."
    assert _events("July 20, 2025", talks)["tariff_talks_announced"] == ("2025-04-07", "held")
    leaders = (
        "The two leaders, meeting in New York on September 25, 2019, announced that the deal's terms had been "
        "finalized."
    )
    assert _events("June 23, 2020", leaders)["stage_one_deal_finalized"] == ("2019-09-25", "held")
    abe = (
        "Kishida was the first Japanese leader since Abe Shinzo, who addressed Congress in April 2015 and was shot "
        "dead in Nara on July 8, 2022, to make a state visit."
    )
    assert _events("August 22, 2024", abe, "IF10199")["abe_assassination"][0] == "2022-07-08"
