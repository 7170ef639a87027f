"""IF11120's 2025 framework: the day it was announced, by the words that announce it, with or without 'Japan'."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2026\n\n## Framework\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "


def _announced(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("framework.announced")
    return fact.model_dump(mode="json")["value"] if fact else None


@pytest.mark.parametrize(
    "paragraph",
    [
        "After months of talks, the two governments announced a framework agreement on July 22, 2025.",
        "Under the framework the two governments announced on July 22, 2025, most goods paid a 15% tariff instead of "
        "the 24% rate announced in April 2025.",
        "On July 22, 2025, Washington and Tokyo unveiled a framework deal on tariffs and investment.",
        "The United States and Japan reached a trade and investment agreement on July 22, 2025, after tariffs "
        "imposed in April 2025.",
        # under a heading on the framework: its outline announced
        "He announced the outline of an agreement on July 22, 2025, and a memorandum signed in September put its "
        "terms into effect.",
    ],
)
def test_the_announcement_is_dated_by_its_own_words(paragraph: str) -> None:
    """The date the announcing words give, not the date of the tariffs beside them; 'the two governments' suffice."""
    assert _announced(paragraph) == "2025-07-22"


@pytest.mark.parametrize(
    "paragraph",
    [
        "South Korea and the United States announced a framework agreement on July 30, 2025.",
        "The two governments announced a framework on critical minerals and rare earths on October 28, 2025.",
        "The framework has not been written down; officials said talks on its text began in August 2025.",
    ],
)
def test_another_framework_or_no_announcement_is_not_read(paragraph: str) -> None:
    """Another country's framework, a minerals framework, a sentence announcing nothing: no date."""
    assert _announced(paragraph) is None


def test_a_framework_named_by_its_day_is_dated_by_it() -> None:
    """'Under the July 22, 2025, framework agreement, ...': the framework goes by the day it was announced."""
    assert _announced("Under the July 22, 2025, framework agreement, Japan is to invest in U.S. projects.") == (
        "2025-07-22"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "In July 2025, President Trump and then-Prime Minister Ishiba Shigeru announced a framework agreement.",
        "In July 2025 Trump and Ishiba unveiled a framework deal on tariffs.",
        "In July 2025, the President and Prime Minister Ishiba reached a framework agreement on trade.",
    ],
)
def test_japans_prime_minister_by_name_stands_for_japan(paragraph: str) -> None:
    """'President Trump and then-Prime Minister Ishiba Shigeru announced a framework agreement': Japan's."""
    assert _announced(paragraph) == "2025-07"


def _pledge(paragraph: str) -> object:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    fact = facts.get("framework.investment_pledge")
    return fact.model_dump(mode="json")["value"] if fact else None


@pytest.mark.parametrize(
    "paragraph",
    [
        "The pledge survived the ruling. Japan is to direct $550 billion into U.S. projects before 2029.",
        "Japan agreed to channel $550 billion into U.S. projects chosen by the President.",
        "Under the deal, Japan has agreed to steer $550 billion into U.S. projects.",
    ],
)
def test_the_pledge_directed_into_us_projects(paragraph: str) -> None:
    """'Japan is to direct $550 billion into U.S. projects': the investment pledge, 'invest' unsaid."""
    assert _pledge(paragraph) == 550_000_000_000


@pytest.mark.parametrize(
    "paragraph",
    [
        "Japan is to direct $60 billion into U.S. projects in shipbuilding.",
        "South Korea is to direct $350 billion into U.S. projects.",
        "The first three projects will put $36 billion into U.S. projects.",
    ],
)
def test_a_sector_another_country_or_first_projects_is_no_pledge(paragraph: str) -> None:
    """One sector's share, South Korea's pledge, the first projects' total: not Japan's pledge."""
    assert _pledge(paragraph) is None
