"""Declared events in more of the words a brief tells them by, in either brief: a timeline's present tense, a deal
'declared finalized' or its texts 'announced ... complete', 'speak before a joint meeting of Congress', the surcharge
'due to lapse' and its 'it' carried from the sentence before, and a day without its year placed in the event's own
years; a later leader's, a later year's or another subject's deed is none."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

HEADS = {
    "IF10199": "# U.S.-Japan Relations\n\nUpdated {cover}\n\n## Relations\n\n"
    "Japan has been a U.S. treaty ally since 1952.",
    "IF11120": "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Relations\n\n"
    "Japan is the fifth-largest U.S. trading partner.",
}


def events_of(brief: str, cover: str, body: str) -> dict[str, tuple[str, str | None]]:
    """Extract a short brief of `brief` dated `cover` and return its events' dates and statuses."""
    text = HEADS[brief].format(cover=cover) + "\n\n## The Record\n\n" + body + "\n"
    return {
        slug: (event.date, event.status) for slug, event in extract_snapshot(text, brief=brief).snapshot.events.items()
    }


@pytest.mark.parametrize(
    ("brief", "cover", "body", "slug", "expected"),
    [
        (
            "IF10199",
            "November 18, 2015",
            "Abe has been back in office since December 2012. During Abe's visit to Washington in late April, a trip "
            "capped by his address to a joint meeting of Congress, the leaders issued a joint vision.",
            "abe_address_to_congress",
            ("2015-04", "held"),
        ),
        (
            "IF10199",
            "March 8, 2019",
            "Abe, who in April 2015 became the first Japanese premier to speak before a joint meeting of Congress, "
            "leads the LDP.",
            "abe_address_to_congress",
            ("2015-04", "held"),
        ),
        (
            "IF10199",
            "March 2, 2018",
            "Abe, who three years ago next month became the first Japanese leader to address a joint meeting of "
            "Congress, leads the LDP.",
            "abe_address_to_congress",
            ("2015-04", "held"),
        ),
        (
            "IF10199",
            "June 21, 2016",
            "Abe hosted the G-7 in late May, and in April of last year he became the first Japanese leader to speak "
            "to a joint meeting of Congress.",
            "abe_address_to_congress",
            ("2015-04", "held"),
        ),
        (
            "IF11120",
            "September 2, 2022",
            "Negotiators first sat down formally on April 15, 2019, in Washington.",
            "first_negotiating_round",
            ("2019-04-15", "held"),
        ),
        (
            "IF11120",
            "June 23, 2020",
            "Formal talks between the U.S. Trade Representative and Japan's economy minister, Motegi, opened in "
            "Washington on April 15, 2019.",
            "first_negotiating_round",
            ("2019-04-15", "held"),
        ),
        (
            "IF10199",
            "March 8, 2019",
            "The alliance was on show when Abe was received by a joint meeting of Congress on April 29, 2015.",
            "abe_address_to_congress",
            ("2015-04-29", "held"),
        ),
        (
            "IF11120",
            "September 10, 2019",
            "Bilateral talks opened in April 2019, after the leaders agreed in September 2018 to talk. On May 17, "
            "Trump proclaimed that vehicle imports threaten national security.",
            "section232_autos_proclamation",
            ("2019-05-17", "held"),
        ),
        (
            "IF11120",
            "September 10, 2019",
            "A Commerce investigation concluded in February 2019 that auto imports threatened national security. "
            "Trump agreed in a proclamation dated May 17, 2019; a 25% duty on cars had been floated in 2018.",
            "section232_autos_proclamation",
            ("2019-05-17", "held"),
        ),
        (
            "IF11120",
            "June 10, 2019",
            "Negotiations formally began in mid-April 2019.",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        # A span of days told unusually is dated by its month, as 'April 15-16, 2019' is.
        (
            "IF11120",
            "June 10, 2019",
            "Lighthizer and Motegi held the first round of talks in Washington over the 15th and April 16, 2019.",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        (
            "IF11120",
            "June 10, 2019",
            "The two sides held their first negotiating round from April 15 to April 16, 2019.",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        (
            "IF10199",
            "January 10, 2016",
            "In April 2015, Abe became the first Japanese premier to address both houses of Congress.",
            "abe_address_to_congress",
            ("2015-04", "held"),
        ),
        (
            "IF11120",
            "June 10, 2025",
            "On April 7, 2025, Trump agreed in a call with Ishiba to begin tariff talks.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "March 8, 2019",
            "The first formal negotiating session is slated for mid-April in Washington.",
            "first_negotiating_round",
            ("2019-04", "upcoming"),
        ),
        (
            "IF11120",
            "February 12, 2020",
            "September 25, 2019: in New York, the two leaders declare the core of the deal finalized.",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
        (
            "IF11120",
            "July 19, 2022",
            "At a meeting in New York on September 25, 2019, Trump and Abe announced that the first-stage texts were "
            "complete.",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
        (
            "IF11120",
            "November 4, 2019",
            "Table 1. Steps of the Talks\n\n| Step | Date |\n| --- | --- |\n| Deal in principle | Aug. 25, 2019 |\n"
            "| Agreements concluded in New York | Sept. 25, 2019 |",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
        (
            "IF10199",
            "November 3, 2025",
            "Talks began after a phone call between Prime Minister Ishiba and President Trump on April 7, 2025.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "September 1, 2025",
            "Ishiba and Trump agreed during a telephone call on April 7, 2025, to begin tariff negotiations.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF10199",
            "August 20, 2026",
            "April 7, 2025: the Administration announces tariff negotiations with Japan.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF10199",
            "February 20, 2026",
            "The surcharge now in force sets a 10% tariff on most imports. By law it cannot exceed 15%, so it is due "
            "to lapse in late July 2026.",
            "section122_surcharge_expired",
            ("2026-07", "upcoming"),
        ),
        (
            "IF11120",
            "May 20, 2026",
            "The surcharge may stay in force for at most 150 days; barring action by Congress, its 150-day term runs "
            "out on July 23, 2026.",
            "section122_surcharge_expired",
            ("2026-07-23", "upcoming"),
        ),
        (
            "IF11120",
            "March 2, 2022",
            "Since 2019, when the two governments began formal trade talks in April, they have signed two agreements.",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        (
            "IF11120",
            "June 3, 2026",
            "By law the surcharge can last no more than 150 days; it is due to expire in July 2026.",
            "section122_surcharge_expired",
            ("2026-07", "upcoming"),
        ),
        (
            "IF11120",
            "October 13, 2026",
            "Table 1. U.S. Tariffs, 2026\n\n| Measure | Rate | Status in October 2026 |\n| --- | --- | --- |\n"
            "| Section 122 surcharge | 10% | expired, July 2026 |\n| Section 301 | 12.5% | in effect |",
            "section122_surcharge_expired",
            ("2026-07", "held"),
        ),
        (
            "IF10199",
            "June 10, 2015",
            "Abe told a joint meeting of Congress on April 29 that Japan would take a more active role.",
            "abe_address_to_congress",
            ("2015-04-29", "held"),
        ),
        (
            "IF10199",
            "March 8, 2019",
            "Abe remains the only Japanese premier to have spoken before a joint meeting of Congress (April 29, 2015).",
            "abe_address_to_congress",
            ("2015-04-29", "held"),
        ),
        (
            "IF10199",
            "August 20, 2025",
            "Negotiations got under way after an April 7 phone call between the two leaders.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "August 20, 2025",
            "On April 7, Trump and Ishiba agreed by phone to negotiate over the new tariffs.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "December 1, 2019",
            "U.S.-Japan trade talks opened (April 15, 2019) in Washington.",
            "first_negotiating_round",
            ("2019-04-15", "held"),
        ),
        (
            "IF10199",
            "August 20, 2025",
            "**April 7.** By telephone, Trump and Ishiba agree to open negotiations on tariffs.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "August 20, 2025",
            "### April 7\n\nIshiba and Trump agree by phone to open tariff talks.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF10199",
            "August 20, 2025",
            "Negotiations opened after Prime Minister Ishiba phoned President Trump on April 7.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "August 20, 2025",
            "Ishiba and Trump agreed by telephone on April 7, 2025, to negotiate.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF10199",
            "May 4, 2026",
            "The President used Section 122 of the Trade Act of 1974 to impose a worldwide surcharge. Section 122 caps "
            "such a surcharge at 150 days, so this one expires on July 23 unless Congress extends it.",
            "section122_surcharge_expired",
            ("2026-07-23", "upcoming"),
        ),
        # the general reader: the event's concept words in one clause, in any order, where no phrase reads it
        (
            "IF11120",
            "March 3, 2021",
            "The inaugural negotiating session took place in Washington in April 2019, led by Lighthizer and Motegi.",
            "first_negotiating_round",
            ("2019-04", "held"),
        ),
        (
            "IF11120",
            "March 3, 2021",
            "At a meeting in New York on September 25, 2019, the leaders finalized the first stage of a trade deal.",
            "stage_one_deal_finalized",
            ("2019-09-25", "held"),
        ),
        (
            "IF11120",
            "May 4, 2026",
            "Japan secured tariff negotiations with the Administration on April 7, 2025.",
            "tariff_talks_announced",
            ("2025-04-07", "held"),
        ),
        (
            "IF11120",
            "March 3, 2021",
            "The Section 232 auto proclamation of May 17, 2019, deferred tariffs for 180 days.",
            "section232_autos_proclamation",
            ("2019-05-17", "held"),
        ),
        (
            "IF10199",
            "March 3, 2019",
            "Abe's speech to Congress, delivered on April 29, 2015, was well received.",
            "abe_address_to_congress",
            ("2015-04-29", "held"),
        ),
        (
            "IF10199",
            "May 4, 2026",
            "The Section 122 surcharge is scheduled to terminate on July 23, 2026.",
            "section122_surcharge_expired",
            ("2026-07-23", "upcoming"),
        ),
        # the end the law sets unless Congress acts is the end to come, as the phrase declarations read it
        (
            "IF11120",
            "May 1, 2026",
            "The Section 122 surcharge will terminate in July 2026 unless Congress extends it.",
            "section122_surcharge_expired",
            ("2026-07", "upcoming"),
        ),
    ],
)
def test_a_declared_event_is_read_in_more_words(
    brief: str, cover: str, body: str, slug: str, expected: tuple[str, str]
) -> None:
    """Each wording states the event, dated by its own words or, without a year, by its context's year in its span."""
    assert events_of(brief, cover, body)[slug] == expected


@pytest.mark.parametrize(
    ("brief", "cover", "body", "slug"),
    [
        (
            "IF10199",
            "May 3, 2024",
            "On April 11, Kishida addressed a joint meeting of Congress.",
            "abe_address_to_congress",
        ),
        (
            "IF11120",
            "May 3, 2025",
            "On March 26, Trump proclaimed that imports of autos threaten national security.",
            "section232_autos_proclamation",
        ),
        (
            "IF11120",
            "May 3, 2025",
            "The first formal negotiating session with Japan is slated for mid-May.",
            "first_negotiating_round",
        ),
        (
            "IF10199",
            "February 20, 2026",
            "The cost-sharing agreement runs five years. By law it cannot be extended, so it is due to lapse in "
            "July 2026.",
            "section122_surcharge_expired",
        ),
        (
            "IF11120",
            "October 3, 2019",
            "In August 2019 the leaders announced that the trade deal was concluded in principle.",
            "stage_one_deal_finalized",
        ),
        (
            "IF11120",
            "October 3, 2019",
            "Commerce found in 2018 that steel imports threaten national security. Trump agreed in a proclamation "
            "dated March 8, 2019.",
            "section232_autos_proclamation",
        ),
        (
            "IF10199",
            "January 10, 2016",
            "In April 2015 Abe addressed Congress's worries about trade.",
            "abe_address_to_congress",
        ),
        (
            "IF11120",
            "May 1, 2026",
            "The Section 122 surcharge on Canadian goods terminated on March 3, 2026.",
            "section122_surcharge_expired",
        ),
        (
            "IF11120",
            "May 1, 2026",
            "The Section 122 surcharge will terminate in July 2026 if a court strikes it down.",
            "section122_surcharge_expired",
        ),
        (
            "IF11120",
            "November 1, 2019",
            "The first-stage deal's digital chapter was completed in October 2019, weeks after the tariff chapter.",
            "stage_one_deal_finalized",
        ),
        (
            "IF11120",
            "November 2, 2025",
            "Japan's trade minister met his Indian counterpart in April 2025 and they agreed to negotiate on tariffs.",
            "tariff_talks_announced",
        ),
    ],
    ids=[
        "later-leader",
        "later-proclamation",
        "later-round",
        "another-subject",
        "in-principle",
        "steel-finding",
        "congress-worries",
        "another-countrys-surcharge",
        "conditional-end",
        "a-part-of-the-deal",
        "another-countrys-talks",
    ],
)
def test_a_later_leaders_a_later_years_or_another_subjects_deed_is_no_event(
    brief: str, cover: str, body: str, slug: str
) -> None:
    """Kishida's address, a 2025 proclamation or round, another agreement's lapse, a deal in principle, another
    country's surcharge or talks, an end only conditional, or a part of the deal is none."""
    assert slug not in events_of(brief, cover, body)
