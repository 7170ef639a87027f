"""IF11120's dated events in more forms, each held to the talks it belongs to (2018-2024, or 2025 on).

Each class has its own test: formal talks opened and dated right after; the 2019 deal announced or declared
concluded as a first stage; autos 'found to threaten national security' in a dated list, or 'declared' a threat;
the 2025 talks announced with Japan 'among the first countries', or agreed by the President and Ishiba.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

ANCHOR = "Japan was the fifth-largest U.S. trading partner in 2022. "


def _events(paragraph: str, updated: str = "March 3, 2020") -> dict[str, str]:
    cover = f"# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
    snapshot = extract_snapshot(cover + ANCHOR + paragraph + "\n", brief="IF11120").snapshot
    found: dict[str, Any] = {slug: event.model_dump(mode="json") for slug, event in snapshot.events.items()}
    return {slug: event["date"] for slug, event in found.items()}


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("The two trade ministers opened formal talks in Tokyo on April 16, 2019, and met again in May.", "2019-04-16"),
        ("Formal negotiations began in April 2019, after months of preparation.", "2019-04"),
    ],
)
def test_formal_talks_opened_date_the_first_round(paragraph: str, date: str) -> None:
    """'opened formal talks ... on April 16, 2019', 'Formal negotiations began in April 2019'."""
    assert _events(paragraph)["first_negotiating_round"] == date


@pytest.mark.parametrize(
    ("paragraph", "updated"),
    [
        ("The deals are due to take effect on January 1, 2020, some nine months after formal talks opened.", None),
        ("Tokyo and Washington opened formal talks on tariffs on April 17, 2025.", "May 4, 2026"),
    ],
    ids=["dated-by-another-deed", "the-2025-talks"],
)
def test_formal_talks_dated_by_another_deed_or_in_2025_are_not_the_first_round(
    paragraph: str, updated: str | None
) -> None:
    """'... after formal talks opened' takes no date of another deed; the 2025 talks are no round of the 2019 deal."""
    assert "first_negotiating_round" not in _events(paragraph, updated or "March 3, 2020")


@pytest.mark.parametrize(
    "paragraph",
    [
        "On September 24, 2019, the two leaders announced that they had finalized a first-stage agreement.",
        "September 24, 2019: the two leaders announce a stage one deal.",
        "On September 24, 2019, President Trump and Prime Minister Abe declared the negotiations concluded.",
    ],
)
def test_the_2019_deal_finalized_in_more_words(paragraph: str) -> None:
    """'finalized a first-stage agreement', 'announce a stage one deal', 'Abe declared the negotiations concluded'."""
    assert _events(paragraph)["stage_one_deal_finalized"] == "2019-09-24"


def test_talks_declared_concluded_in_2025_are_not_the_2019_deal() -> None:
    """'On July 22, 2025, the two leaders declared the talks concluded': no 2019 event."""
    paragraph = "On July 22, 2025, President Trump and Prime Minister Ishiba declared the talks concluded."
    assert "stage_one_deal_finalized" not in _events(paragraph, "May 4, 2026")


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("- May 2019: autos and parts found to threaten national security; no tariff imposed.", "2019-05"),
        ("In May 2019, the President declared auto imports a threat to national security.", "2019-05"),
    ],
)
def test_autos_found_or_declared_a_threat_to_national_security(paragraph: str, date: str) -> None:
    """A dated list's 'autos ... found to threaten national security', 'declared auto imports a threat'."""
    assert _events(paragraph, "March 3, 2025")["section232_autos_proclamation"] == date


def test_commerces_finding_on_autos_is_not_the_proclamation() -> None:
    """'the Commerce Department's February 2019 finding that autos threaten national security': no proclamation."""
    paragraph = "In February 2019, autos were found to threaten national security in a Commerce Department report."
    assert "section232_autos_proclamation" not in _events(paragraph, "March 3, 2025")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Administration said on April 9, 2025, that Japan would be among the first countries it would negotiate "
        "with.",
        "On April 9, 2025, President Trump and Prime Minister Ishiba agreed by phone to open negotiations.",
    ],
)
def test_the_2025_talks_announced_in_more_words(paragraph: str) -> None:
    """'Japan would be among the first countries ... negotiate', 'Trump and ... Ishiba agreed ... to open talks'."""
    assert _events(paragraph, "May 4, 2026")["tariff_talks_announced"] == "2025-04-09"


def test_the_2018_agreement_to_open_talks_is_not_the_2025_announcement() -> None:
    """'In September 2018, Trump and Abe agreed to open bilateral talks': not the 2025 tariff talks."""
    assert "tariff_talks_announced" not in _events("In September 2018, Trump and Abe agreed to open bilateral talks.")
