"""IF11120's dated events: each read with the date its own clause gives, and refused when unsure."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
ANCHOR = "Japan was the fifth-largest U.S. trading partner in 2022. "
"""A sentence with a fact, so that the text yields a snapshot at all."""


def _events(paragraph: str, updated: str = "March 3, 2020") -> dict[str, dict[str, Any]]:
    text = COVER.format(updated=updated) + ANCHOR + paragraph + "\n"
    snapshot = extract_snapshot(text, brief="IF11120").snapshot
    return {slug: event.model_dump(mode="json", include={"date", "status"}) for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    ("sentence", "slug", "date"),
    [
        (
            "Negotiators met for the first formal round of talks in Tokyo in April 2019.",
            "first_negotiating_round",
            "2019-04",
        ),
        ("The first round of trade talks (April 2019) covered agriculture.", "first_negotiating_round", "2019-04"),
        (
            "The stage one accords, finalized September 25, 2019, took effect on January 1, 2020.",
            "stage_one_deal_finalized",
            "2019-09-25",
        ),
        (
            "The two agreements were signed in October 2019, after a first negotiating round held in April of "
            "that year.",
            "first_negotiating_round",
            "2019-04",
        ),
        (
            "The two sides began formal negotiations on a trade agreement in April 2019, when the chief negotiators "
            "held a first round in Washington on April 15-16.",
            "first_negotiating_round",
            "2019-04",
        ),
        (
            "Trade officials of both governments sat down for the first formal round on April 15, 2019.",
            "first_negotiating_round",
            "2019-04-15",
        ),
        (
            "Trade officials of both governments met for the first formal round on April 15 and 16, 2019.",
            "first_negotiating_round",
            "2019-04",
        ),
        (
            "Trade officials of both governments sat down for the first formal round on April 15-16, 2019.",
            "first_negotiating_round",
            "2019-04",
        ),
        (
            "After a deal in principle at the summit in Biarritz, France, in August, the two leaders declared the "
            "first stage complete when they met in New York on September 25, 2019.",
            "stage_one_deal_finalized",
            "2019-09-25",
        ),
        (
            "On May 17, 2019, the President proclaimed that imports of passenger vehicles and parts threaten to "
            "impair U.S. national security.",
            "section232_autos_proclamation",
            "2019-05-17",
        ),
        (
            "Talks moved quickly after April 2019, and on September 25, 2019, the two leaders said they had "
            "finalized a limited agreement.",
            "stage_one_deal_finalized",
            "2019-09-25",
        ),
        # another deed's phrase, fronted, set off or trailing, gives the event none of its dates
        (
            "After an agreement in principle in August, the two leaders declared the first stage complete when they "
            "met in New York on September 25, 2019.",
            "stage_one_deal_finalized",
            "2019-09-25",
        ),
        (
            "In late September 2019, weeks after the G-7 summit of August, Trump and Abe announced that they had "
            "concluded a stage-one agreement.",
            "stage_one_deal_finalized",
            "2019-09",
        ),
        (
            "Trump proclaimed on May 17, 2019, that imports of vehicles threaten national security, following the "
            "Commerce Department's report of February 17.",
            "section232_autos_proclamation",
            "2019-05-17",
        ),
    ],
)
def test_an_event_is_dated_by_its_own_clause(sentence: str, slug: str, date: str) -> None:
    """The event's date is the one its own words give, not another date of the sentence."""
    assert _events(sentence)[slug] == {"date": date, "status": "held"}


def test_an_event_after_the_cover_date_is_upcoming() -> None:
    """A surcharge due to lapse after the cover date has not happened yet."""
    found = _events("The Section 122 surcharge is set to expire in July 2026.", updated="March 17, 2026")
    assert found["section122_surcharge_expired"] == {"date": "2026-07", "status": "upcoming"}


def test_an_event_coordinated_after_another_deed_is_dated_by_its_own_part() -> None:
    """'took effect February 24, 2026, and is due to lapse in late July': February 24 is the other deed's."""
    found = _events(
        "The Section 122 surcharge took effect February 24, 2026, and is due to lapse in late July.",
        updated="March 17, 2026",
    )
    assert found["section122_surcharge_expired"] == {"date": "2026-07", "status": "upcoming"}


def test_tariff_talks_are_dated_by_the_sentence_they_stand_in() -> None:
    """'These talks date back to April 2025, when ... opened negotiations with Japan on tariffs' is April 2025."""
    found = _events(
        "These talks date back to April 2025, when the Administration opened negotiations with Japan on tariffs "
        "and other barriers.",
        updated="May 12, 2026",
    )
    assert found["tariff_talks_announced"] == {"date": "2025-04", "status": "held"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A first negotiating round could be held in the spring, officials said in January 2019.",
        "The first round of talks was held in the spring of 2019, and a second one in September 2019.",
        "The President proclaimed tariffs on steel in March 2018, citing national security.",
        "The first round of U.S.-EU trade talks was held in July 2019.",
        "The two sides may have finalized a deal by September 2019, if talks go well.",
        "In April 2019 the two governments began trade negotiations with Japan's farm lobby watching closely.",
        "The first round of talks, scheduled for January 2019, was postponed.",
        # a held deed's date only planned; another country the clause's subject
        "The first round of trade talks had been planned for March 2019.",
        "China and the United States held their first round of trade talks in April 2019.",
    ],
)
def test_a_sentence_that_does_not_date_an_event_surely_gives_none(sentence: str) -> None:
    """A hedged, undated, or differently dated mention gives no event."""
    assert _events(sentence) == {}


@pytest.mark.parametrize(
    "paragraph",
    [
        "In April 2029, the Administration announced that it would open negotiations with Japan on tariffs.",
        "In April 2029, the White House announced it would launch talks with Japan on tariffs and currency.",
        "In April 2029, the Administration launched new tariff negotiations with Japan.",
    ],
)
def test_talks_announced_in_the_words_of_a_plan(paragraph: str) -> None:
    """'announced that it would open negotiations with Japan' states the announcement as 'opened' does."""
    found = _events(paragraph, updated="May 12, 2030")
    assert found["tariff_talks_announced"] == {"date": "2029-04", "status": "held"}


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Talks began after the Administration announced on April 7, 2025, that it would negotiate with Japan over "
         "tariffs and currency.", "2025-04-07"),
        ("On April 7, 2025, Washington said that it would hold talks with Japan on tariffs.", "2025-04-07"),
        ("In April 2025, the Administration announced new negotiations with Japan on tariffs.", "2025-04"),
        # counted from another deed's day; the day of the sentence before, which 'In that call' points back to
        ("Five days after the April 2, 2025, reciprocal tariff announcement, Trump and Ishiba agreed to negotiate on "
         "tariffs.", "2025-04-07"),
        ("Trump and Ishiba spoke by phone on April 7, 2025. In that call they agreed to start negotiations on "
         "tariffs.", "2025-04-07"),
        # a time counted from the sentence before carries its subject (Japan)
        ("On March 31, 2025, Japan asked for an exemption from the auto tariffs. A week later, on April 7, the "
         "leaders launched talks on tariffs.", "2025-04-07"),
    ],
)  # fmt: skip
def test_tariff_talks_announced_as_a_promise_to_negotiate_at_the_precision_given(sentence: str, date: str) -> None:
    """'Announced ... that it would negotiate with Japan over tariffs': the day, or the month, the text gives."""
    assert _events(sentence, "November 2, 2025")["tariff_talks_announced"]["date"] == date


@pytest.mark.parametrize(
    "sentence",
    [
        "The Administration announced on April 7, 2025, that it would negotiate with Japan over semiconductors.",
        "The Administration announced on April 7, 2025, that it might negotiate with Japan over tariffs.",
        # the agreement stands in an undated phrase after the talks' own day: that day is not its own
        "Akazawa held talks on tariffs in Washington on April 16, 2025, after Japan agreed to negotiate.",
    ],
)
def test_talks_on_another_subject_or_only_possible_are_not_the_tariff_talks(sentence: str) -> None:
    """Talks not on tariffs, or talks it 'might' hold: no event."""
    assert "tariff_talks_announced" not in _events(sentence, "November 2, 2025")
