"""The agreements' dates read by the roles their sentences fill (`extract/deed_roles.py`): each date owned by its deed,
the deed done to the agreement named, pointed back to, or spoken of before.

Each class has its own test: a signing told with the agreement carried (a pronoun, 'both texts', a deed noun alone,
the envoys who signed); a date that qualifies the deed's noun; deeds and dates listed in the same order; a day counted
from another date; a month counted from the cover; a table's row under a title naming Japan; an announcement's
channel between the deed and its date; the latest cost-sharing agreement carried from the sentence before; and the
traps: another country's deal, a part of an agreement, a date owned by another deed.
"""

from __future__ import annotations

from typing import Any

import pytest

from usjapan_facts.extract import extract_snapshot

TRADE = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated {updated}\n\n## Background\n\n"
ANCHOR = "Japan is the fifth-largest U.S. trading partner.\n\n## The Agreements\n\n"
RELATIONS = (
    "Updated {updated}\n\n## U.S.-Japan Relations\n\nJapan has been a U.S. treaty ally since 1952.\n\n## Alliance\n\n"
)
SIGNED, IN_FORCE = "agreements.usjta_signed", "agreements.usjta_in_force"
DIGITAL, CMA = "agreements.digital_trade_in_force", "agreements.critical_minerals_signed"
FRAMEWORK, SMA = "framework.announced", "alliance.host_nation_support_agreement"


def _trade(body: str, updated: str = "March 2, 2022") -> dict[str, Any]:
    text = TRADE.format(updated=updated) + ANCHOR + body + "\n"
    facts = extract_snapshot(text, brief="IF11120").snapshot.facts
    return {fact_id: fact.model_dump(mode="json")["value"] for fact_id, fact in facts.items()}


def _relations(body: str, updated: str) -> Any:
    fact = extract_snapshot(RELATIONS.format(updated=updated) + body + "\n").snapshot.facts.get(SMA)
    return None if fact is None else fact.model_dump(mode="json")["value"]


@pytest.mark.parametrize(
    "body",
    [
        # a deed noun alone, after the sentences on the agreements
        "Negotiators wrapped up the U.S.-Japan Trade Agreement and a digital trade pact in September 2019. "
        "Formal signature came on October 7, 2019.",
        # 'it' standing for 'the deal' before it, the year from the sentence's other date
        "Trump and Abe pronounced the deal complete in New York on September 25, 2019, and their envoys signed it at "
        "the White House on October 7.",
        # 'the agreements' that no sentence before names: the brief's two, in their year
        "Final terms were settled in New York in late September 2019. Less than two weeks later, on October 7, 2019, "
        "the agreements were signed at the White House.",
        # the envoys' deed, the agreements named the sentence before
        "The U.S.-Japan Trade Agreement and its digital companion took under six months to negotiate. Ambassador "
        "Sugiyama and Trade Representative Lighthizer put pen to paper on October 7, 2019.",
        # a date that qualifies the deed's noun, another deed owning the date before it
        "The two agreements took effect on January 1, 2020, not three months after their October 7, 2019, signing.",
    ],
)
def test_a_signing_told_with_the_agreement_carried(body: str) -> None:
    """The signing's date, whatever word (or none) stands for the agreements signed."""
    assert _trade(body)[SIGNED] == "2019-10-07"


def test_deeds_and_dates_listed_in_the_same_order_pair_off() -> None:
    """'signing and entry into force followed on <day>, and <day>': the first day the signing's."""
    values = _trade("For the USJTA, signing and entry into force followed on October 7, 2019, and January 1, 2020.")
    assert (values[SIGNED], values[IN_FORCE]) == ("2019-10-07", "2020-01-01")


def test_a_month_counted_from_another_date_of_the_sentence() -> None:
    """'the following January' after the Diet's approval in December 2019: January 2020; the approval's date is no
    signing."""
    values = _trade("The Diet approved the USJTA on December 4, 2019, and it entered into force the following January.")
    assert values[IN_FORCE] == "2020-01"
    assert SIGNED not in values


def test_the_critical_minerals_agreement_by_the_cover_and_by_its_origin() -> None:
    """'signed last March' in a text of August 2023; 'dates from March 2023' beside another country's accord."""
    assert (
        _trade("Japan and the United States have a critical minerals agreement signed last March.", "August 9, 2023")[
            CMA
        ]
        == "2023-03"
    )
    said = (
        "Japan signed a critical minerals accord with the European Union in 2024; its agreement on critical minerals "
        "with the United States dates from March 2023."
    )
    assert _trade(said, "January 10, 2025")[CMA] == "2023-03"


def test_a_table_row_under_a_title_naming_japan() -> None:
    """A table of agreements titled for the United States and Japan: the critical minerals row's signing day."""
    table = (
        "Table 2. U.S.-Japan Agreements\n\n| Agreement | Signed | In force |\n| --- | --- | --- |\n"
        "| Critical Minerals Agreement | 3/28/2023 | 3/28/2023 |\n"
    )
    assert _trade(table, "June 1, 2024")[CMA] == "2023-03-28"


def test_an_announcement_by_its_channel() -> None:
    """'announced the framework on social media on July 22' in a 2025 text: July 22, 2025; and a deal with Japan
    said by a common noun, the day after the deed's object."""
    said = "President Trump announced the framework on social media on July 22; in Tokyo it was already July 23."
    assert _trade(said, "October 1, 2025")[FRAMEWORK] == "2025-07-22"
    said = "Akazawa Ryosei made eight trips to Washington before President Trump unveiled a deal on July 22, 2025."
    assert _trade(said, "October 1, 2025")[FRAMEWORK] == "2025-07-22"


@pytest.mark.parametrize(
    ("body", "updated", "expected"),
    [
        ("A Special Measures Agreement signed this January commits Japan to ¥946.5 billion over five years.",
         "June 3, 2016", "2016-01"),
        ("Japan's support was set by a special measures agreement that lapsed on March 31. With a new Administration "
         "in office, the two governments agreed on February 17 to roll the old terms over for one year.",
         "April 20, 2021", "2021-02-17"),
        ("Host-nation support is governed by a Special Measures Agreement. The current one, signed in January 2016, "
         "runs for five years.", "June 3, 2016", "2016-01"),
    ],
)  # fmt: skip
def test_the_latest_cost_sharing_agreement_by_its_roles(body: str, updated: str, expected: str) -> None:
    """A month counted from the cover, a rollover agreed by the two governments after a sentence on the agreement, 'the
    current one' pointing back."""
    assert _relations(body, updated) == expected


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        ("China's phase one trade deal with the United States, signed on January 15, 2020, took effect on February "
         "14, 2020.", (SIGNED, IN_FORCE, DIGITAL)),
        ("On July 15, 2025, the President announced a framework with Indonesia.", (FRAMEWORK,)),
        ("That is the only rate collected: the 24% rate announced for Japan on April 2, 2025, was suspended a week "
         "later, to take effect absent a deal.", (FRAMEWORK,)),
        ("Under the USJTA, the second tranche of tariff cuts took effect on April 1, 2020.", (IN_FORCE,)),
        # a sentence run together from two columns' lines: the CMA's signing, and another deed's year
        ("The CMA, which took effect when it was signed, lets Japan is among the largest U.S. partners, and friction "
         "has been muted since they concluded two limited agreements in 2019.", (SIGNED,)),
        ("The CMA, which took effect when it was signed, sits beside the two limited agreements of 2019.", (SIGNED,)),
        ("The Digital Trade Agreement and the USJTA took effect on January 1, 2020, less than three months after "
         "both were signed in Washington.", (SIGNED,)),
    ],
)  # fmt: skip
def test_another_countrys_deal_a_part_or_another_deeds_date_gives_nothing(body: str, absent: tuple[str, ...]) -> None:
    """Another country's phase one deal, a framework with Indonesia, a rate announced (the deal it waits for no
    subject of the announcement), a later tranche of cuts, the CMA by its acronym, a signing whose clause gives only
    the entry into force's date: none is read."""
    values = _trade(body, "November 2, 2025")
    assert not set(absent) & set(values)
