"""IF11120's 2019 agreements: signed and in force, dated at the precision the text gives, or not at all."""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Agreements\n\n"
ANCHOR = "Japan is the largest foreign holder of U.S. Treasury securities. "
USJTA, DIGITAL, SIGNED = "agreements.usjta_in_force", "agreements.digital_trade_in_force", "agreements.usjta_signed"


def _read(paragraph: str, updated: str = "May 4, 2022") -> dict[str, Any]:
    text = COVER.format(updated=updated) + ANCHOR + paragraph + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {
        fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items() if "agreements." in fact_id
    }


@pytest.mark.parametrize(
    ("paragraph", "updated"),
    [
        ("The U.S.-Japan Trade Agreement and the U.S.-Japan Digital Trade Agreement were concluded in 2019. Both "
         "have been in effect since January 1, 2020.", "May 4, 2022"),
        ("The USJTA and the Digital Trade Agreement were completed in 2019. They entered into force on the first "
         "day of 2020.", "May 4, 2022"),
        ("The two limited agreements are expected to take effect on January 1, 2020.", "December 2, 2019"),
    ],
)  # fmt: skip
def test_both_agreements_in_force_said_of_both_or_carried_from_the_sentence_before(
    paragraph: str, updated: str
) -> None:
    """'Both have been in effect since', 'They entered into force on the first day of', 'are expected to'."""
    read = _read(paragraph, updated)
    assert (read[USJTA], read[DIGITAL]) == ("2020-01-01", "2020-01-01")


@pytest.mark.parametrize(
    "paragraph",
    [
        # 'They' after a sentence naming another deal
        "Japan joined the CPTPP, as did the USJTA's negotiators' partners in 2018. They took effect in December 2018.",
        # a date that may never be
        "The two agreements could take effect as early as January 1, 2020, if the Diet approves them.",
        # 'both' of the governments, not of the agreements
        "The U.S.-Japan Trade Agreement was signed in 2019. Both governments entered talks in January 2020.",
    ],
)
def test_an_unsure_or_another_deals_date_is_not_the_agreements(paragraph: str) -> None:
    """Another deal's 'They', a hedged date, 'Both governments': no date of entry into force."""
    read = _read(paragraph, "December 2, 2019")
    assert USJTA not in read
    assert DIGITAL not in read


@pytest.mark.parametrize(
    "paragraph",
    [
        "President Trump and Prime Minister Abe issued a joint statement in September 2019, and the U.S. Trade "
        "Representative and Japan's envoy signed the texts of the two agreements in Washington on October 7, 2019.",
        "Officials signed both agreements on October 7, 2019, in Washington, ending talks between the United States "
        "and Japan that began in April.",
        "The leaders signed a joint statement on the U.S.-Japan Trade Agreement in September 2019; their envoys "
        "signed the agreements in Washington on October 7, 2019.",
    ],
)
def test_the_signing_date_is_the_texts_not_a_joint_statements(paragraph: str) -> None:
    """Of a joint statement 'signed' in September and the texts signed in October, the texts' date is the signing."""
    assert _read(paragraph)[SIGNED] == "2019-10-07"


@pytest.mark.parametrize(
    "paragraph",
    [
        # the signing's date names no year: the entry into force's date is not it
        "The 2019 U.S.-Japan Trade Agreement and its companion digital trade pact, signed on October 7 of that "
        "year, came into force on January 1, 2020.",
        # the year in an agreement's name is no signing date
        "The 2019 U.S.-Japan Trade Agreement, which the two governments signed in Washington, took effect in 2020.",
    ],
)
def test_a_signing_without_its_own_date_is_not_dated_by_another(paragraph: str) -> None:
    """Neither the date of entry into force nor the year an agreement is named by dates its signing."""
    read = _read(paragraph)
    assert SIGNED not in read


def test_a_companion_digital_trade_pact_is_the_digital_trade_agreement() -> None:
    """'the U.S.-Japan Trade Agreement and its companion digital trade pact ... came into force on January 1, 2020'."""
    read = _read(
        "The U.S.-Japan Trade Agreement and its companion digital trade pact came into force on January 1, 2020."
    )
    assert (read[USJTA], read[DIGITAL]) == ("2020-01-01", "2020-01-01")


def test_a_day_named_without_its_year_leaves_the_date_unread() -> None:
    """'In 2023 the two countries signed a Critical Minerals Agreement, on March 28': not '2023', unsure: unread."""
    read = _read("In 2023 the United States and Japan also signed a Critical Minerals Agreement, on March 28.")
    assert "agreements.critical_minerals_signed" not in read


def test_a_dated_list_of_the_agreements() -> None:
    """'January 1, 2020: both agreements entered into force.' and items run into one sentence are each read."""
    read = _read(
        "The U.S.-Japan Trade Agreement and the Digital Trade Agreement came first. January 1, 2020: both agreements "
        "entered into force."
    )
    assert (read[USJTA], read[DIGITAL]) == ("2020-01-01", "2020-01-01")
    read = _read(
        "- U.S.-Japan Trade Agreement and Digital Trade Agreement: signed October 2019; both in force January 1, "
        "2020. - Critical Minerals Agreement: signed March 2023."
    )
    assert read == {
        SIGNED: "2019-10",
        USJTA: "2020-01-01",
        DIGITAL: "2020-01-01",
        "agreements.critical_minerals_signed": "2023-03",
    }


def test_both_applied_since_after_a_sentence_naming_both() -> None:
    """'the USJTA and a separate agreement on digital trade ... Both have applied since January 2020.'"""
    read = _read(
        "Signed in October 2019, the USJTA and a separate agreement on digital trade were called stage one. Both "
        "have applied since January 2020."
    )
    assert (read[USJTA], read[DIGITAL]) == ("2020-01", "2020-01")
