"""Tracked events read by their roles where the deed's subject stands apart from its words: the Section 122 surcharge
carried by 'It' from a duty the sentence before puts under Section 122, or by 'That charge' from the one charge that
sentence names; Abe's assassination as the second deed of a 'who' clause, or a participle set off after his name;
Section 232's finding on autos that the President accepted from Commerce; the stage-one terms told finalized by the
leaders, the day in their own aside. Each with its traps: another law's duty, another charge beside the surcharge,
another country's, another deed's date, a finding on steel, a deal still to be signed.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {cover}\n\n## Tariffs\n\n"
RELATIONS = "Updated {cover}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n"
ANCHOR = "Japan was the fifth-largest U.S. trading partner in 2024. "


def _event(slug: str, cover: str, body: str, brief: str = "IF11120") -> tuple[str, str | None] | None:
    head = (TRADE + ANCHOR) if brief == "IF11120" else RELATIONS
    events = extract_snapshot(head.format(cover=cover) + body + "\n", brief=brief).snapshot.events
    event = events.get(slug)
    return None if event is None else (event.date, event.status)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The levy, proclaimed under Section 122 after the ruling, took effect on February 24, 2026. "
            "It is due to expire on July 23.",
            ("2026-07-23", "upcoming"),
        ),
        (
            "Since February 24, importers have paid a temporary surcharge of 10%, levied under Section 122 of the "
            "Trade Act of 1974. That charge is scheduled to lapse in late July, once its 150 days have run.",
            ("2026-07", "upcoming"),
        ),
    ],
    ids=["it-for-a-levy-under-122", "that-charge-for-the-surcharge"],
)
def test_the_surcharge_end_carried_from_the_sentence_before(body: str, expected: tuple[str, str]) -> None:
    """The lapse's subject is the surcharge the sentence before names: dated by the lapse's own clause."""
    assert _event("section122_surcharge_expired", "April 15, 2026", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # another law's duty
        "That duty, imposed under Section 232 of the Trade Expansion Act, replaced the tariffs the Court struck down "
        "on February 20, 2026. It lapses in late July.",
        # another charge beside the surcharge: 'that charge' may be the autos tariff
        "Importers pay a 25% tariff on autos beside a temporary surcharge of 10% under Section 122. "
        "That charge is scheduled to lapse in late July.",
        # another country's surcharge
        "Canada has levied a surcharge on U.S. goods since February 24, citing Section 122 as its model. "
        "That charge is scheduled to lapse in late July.",
        # a surcharge that the sentence before does not tie to Section 122
        "Since February 24, importers have paid a temporary surcharge of 10% on steel. "
        "That charge is scheduled to lapse in late July.",
    ],
    ids=["section-232-duty", "another-charge-beside", "canadas", "a-steel-surcharge"],
)
def test_another_charge_carried_gives_no_surcharge_end(body: str) -> None:
    """'It' or 'that charge' standing for another law's, another country's or another good's charge: none read."""
    assert _event("section122_surcharge_expired", "April 15, 2026", body) is None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        (
            "He was the first Japanese leader to address Congress since Abe Shinzo, who spoke there in April 2015 and "
            "was assassinated in July 2022.",
            "2022-07",
        ),
        (
            "Abe Shinzo, who left office in September 2020 and was shot dead on July 8, 2022, led the party.",
            "2022-07-08",
        ),
        (
            "Former Prime Minister Abe Shinzo, assassinated in July 2022 while giving a stump speech, remains a "
            "polarizing figure in the party he led.",
            "2022-07",
        ),
        ("Abe, slain in Nara on July 8, 2022, had led the party for nearly nine years.", "2022-07-08"),
    ],
    ids=["who-and-was", "who-left-and-was-shot", "participle-aside", "participle-in-a-city"],
)
def test_the_assassination_dated_in_its_own_words_apart_from_the_subject(body: str, date: str) -> None:
    """The deed's own date, after a first deed of the 'who' clause or as a participle after the name."""
    found = _event("abe_assassination", "August 22, 2024", body, brief="IF10199")
    assert found is not None
    assert found[0] == date


@pytest.mark.parametrize(
    "body",
    [
        # the first deed's date, the killing undated
        "Abe Shinzo, who resigned in September 2020 and was later assassinated, had led the party for years.",
        # another man's deed
        "Kishida Fumio, attacked in April 2023 while campaigning, was unhurt.",
    ],
    ids=["first-deeds-date", "another-man"],
)
def test_no_assassination_date_from_another_deed(body: str) -> None:
    """A date of the 'who' clause's other deed, or another man's attack: no assassination date."""
    assert _event("abe_assassination", "August 22, 2024", body, brief="IF10199") is None


def test_the_presidents_acceptance_of_the_autos_finding_is_the_proclamation() -> None:
    """'By proclamation on May 17, 2019, President Trump accepted a Commerce Department finding under Section 232 that
    imports of autos ... threatened to impair U.S. national security': his finding, past 'U.S.'."""
    body = (
        "By proclamation on May 17, 2019, President Trump accepted a Commerce Department finding under Section 232 of "
        "the Trade Expansion Act of 1962 that imports of autos and parts threatened to impair U.S. national security."
    )
    assert _event("section232_autos_proclamation", "February 23, 2021", body) == ("2019-05-17", "held")


@pytest.mark.parametrize(
    "body",
    [
        "On March 8, 2018, President Trump accepted a Commerce Department finding under Section 232 that steel "
        "imports threatened to impair U.S. national security.",
        "In February 2019, the Commerce Department sent the President a finding under Section 232 that imports of "
        "autos threatened national security.",
    ],
    ids=["a-finding-on-steel", "commerce-finding-not-accepted"],
)
def test_a_finding_not_the_presidents_on_autos_is_no_proclamation(body: str) -> None:
    """A finding on steel, or Commerce's finding the sentence never has the President accept: none read."""
    assert _event("section232_autos_proclamation", "February 23, 2021", body) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The two leaders, meeting in New York on September 25, 2019, announced that the deal's terms had been "
            "finalized, and their envoys signed both texts in Washington on October 7, 2019.",
            ("2019-09-25", "held"),
        ),
        (
            "Trump and Abe announced on September 25, 2019, that the deal's terms had been finalized.",
            ("2019-09-25", "held"),
        ),
    ],
    ids=["day-in-the-tellers-aside", "day-before-that"],
)
def test_the_deals_terms_told_finalized(body: str, expected: tuple[str, str]) -> None:
    """The leaders told the deal's terms finalized: dated by their telling, never by the signing after."""
    assert _event("stage_one_deal_finalized", "June 23, 2020", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a deal to be signed, not finalized
        "The two leaders, meeting in New York on September 25, 2019, announced that the deal would be signed soon.",
        # another partner's deal
        "U.S. and Chinese officials, meeting in Beijing on December 13, 2019, announced that the deal's terms had "
        "been finalized.",
    ],
    ids=["to-be-signed", "chinas-deal"],
)
def test_a_deal_not_told_finalized_or_anothers_is_none(body: str) -> None:
    """A deal still to be signed, or China's: no stage-one date."""
    assert _event("stage_one_deal_finalized", "June 23, 2020", body) is None


@pytest.mark.parametrize(
    ("body", "date"),
    [
        ("On April 7, 2025, the White House named Japan as a priority partner for talks.", "2025-04-07"),
        (
            "Japan was among the first partners the Administration chose for negotiation, on April 7, five days "
            "after a 24% rate on Japanese goods was announced.",
            "2025-04-07",
        ),
        (
            "Negotiations began after the White House, on April 7, named Japan among the first partners it would "
            "bargain with, days after announcing a 24% reciprocal rate.",
            "2025-04-07",
        ),
        ("On April 8, 2025, President Trump designated Japan a top priority for tariff talks.", "2025-04-08"),
    ],
    ids=["named-a-priority-partner", "among-the-first-chosen", "would-bargain-with", "designated-a-priority"],
)
def test_japan_chosen_first_for_the_talks_is_their_announcement(body: str, date: str) -> None:
    """The U.S. side choosing Japan first, or as a priority, for the talks: dated by the choice's own clause."""
    assert _event("tariff_talks_announced", "July 20, 2025", body) == (date, "held")


@pytest.mark.parametrize(
    "body",
    [
        # chosen for something else than talks
        "In July 2025, the White House named Japan among the first partners it would send letters to.",
        "In July 2025, the White House named Japan among the first partners to sign a deal.",
        # another country chosen
        "On April 7, 2025, the White House named Vietnam among the first partners for talks.",
        # hit first, not chosen
        "Japan was among the first countries hit by the tariffs announced on April 2, 2025.",
        # a choice to come
        "Trump is expected to name Japan a priority partner for talks in April 2025.",
        # Japan's own choice, not the U.S. side's
        "On April 8, 2025, Tokyo named Akazawa Ryosei its chief negotiator for the talks.",
    ],
    ids=["letters", "a-deal", "vietnam", "hit-first", "to-come", "tokyos-negotiator"],
)
def test_a_choice_not_of_japan_for_the_talks_is_none(body: str) -> None:
    """Japan chosen for letters or a deal, another country chosen, Japan hit first, a choice to come: none read."""
    assert _event("tariff_talks_announced", "July 20, 2025", body) is None


def test_the_presidents_adoption_of_commerces_determination_on_cars_is_the_proclamation() -> None:
    """'the President adopted the Commerce Department's determination ... that imported cars ... threatened national
    security': the finding named with its owner's possessive."""
    body = (
        "On May 17, 2019, the President adopted the Commerce Department's determination under Section 232 that "
        "imported cars and parts threatened national security."
    )
    assert _event("section232_autos_proclamation", "December 1, 2019", body) == ("2019-05-17", "held")
