"""IF10199's declared events: Abe's address to Congress, dated by its own clause, never a later leader's."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "Updated March 3, 2016\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"


def events_of(body: str, cover: str = COVER) -> dict[str, Any]:
    """Extract a short brief and return its events' dates and statuses as JSON."""
    snapshot = extract_snapshot(cover + body).snapshot
    return {slug: event.model_dump(mode="json", include={"date", "status"}) for slug, event in snapshot.events.items()}


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("In April 2015 Abe became the first Japanese premier to address a joint meeting of Congress.", "2015-04"),
        ("Abe's address to a joint session of the U.S. Congress in April 2015 drew praise.", "2015-04"),
        ("In April 2015, he addressed a joint meeting of Congress, the first Japanese leader to do so.", "2015-04"),
        (
            "Obama hosted Abe on April 28, 2015, and on the next day, April 29, "
            "Abe addressed a joint meeting of Congress.",
            "2015-04-29",
        ),
    ],
    ids=["first-leader", "address-to-session", "he-2015", "bare-day"],
)
def test_abe_address_to_congress_is_read_with_its_own_date(body: str, date: str) -> None:
    """However the address is worded, its date is the one its clause gives, held by the cover date."""
    assert events_of(body)["abe_address_to_congress"] == {"date": date, "status": "held"}


@pytest.mark.parametrize(
    "body",
    [
        "In April 2024 Kishida addressed a joint meeting of Congress.",
        "The Prime Minister hopes to address a joint meeting of Congress next spring.",
        "Abe in 2015 and Kishida in 2024 each addressed a joint meeting of Congress.",
    ],
    ids=["later-leader", "undated-plan", "two-dates"],
)
def test_another_leaders_or_an_undated_address_is_not_abes(body: str) -> None:
    """A later premier's address, a hoped-for one, or a sentence of two dates gives no date of Abe's address."""
    cover = COVER.replace("2016", "2025")
    assert "abe_address_to_congress" not in events_of(body, cover)


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("Former Prime Minister Abe Shinzo was shot and killed on July 8, 2022, while campaigning.", "2022-07-08"),
        ("Abe was shot and killed on July 8, 2022, during a campaign speech.", "2022-07-08"),
        (
            "The vote came two days after former Prime Minister Abe Shinzo, the longest-serving premier, "
            "was assassinated in July 2022.",
            "2022-07",
        ),
    ],
    ids=["family-first-passive", "family-alone", "appositive-month"],
)
def test_the_assassination_is_read_in_the_passive_voice(body: str, date: str) -> None:
    """'Abe was shot and killed on ...' is the assassination, dated to the day or, failing that, the month."""
    cover = COVER.replace("2016", "2023")
    assert events_of(body, cover)["abe_assassination"]["date"] == date


def test_a_killing_of_someone_else_or_a_plot_is_not_the_assassination() -> None:
    """Another person's killing, or a hypothetical one, gives no event of Abe's."""
    body = "A local official was shot and killed on May 2, 2022. Abe could have been killed on July 8, 2022."
    assert "abe_assassination" not in events_of(body, COVER.replace("2016", "2023"))


def test_an_appositive_who_clause_still_reads_the_assassination() -> None:
    """'former Prime Minister Shinzo Abe, the longest-serving leader, who was shot and killed on ...'."""
    body = (
        "A funeral was held for former Prime Minister Shinzo Abe, a long-serving leader, "
        "who was shot and killed on July 8, 2022."
    )
    assert events_of(body, COVER.replace("2016", "2023"))["abe_assassination"]["date"] == "2022-07-08"
