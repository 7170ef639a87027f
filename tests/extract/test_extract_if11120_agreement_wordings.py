"""IF11120's 2019 agreements dated in any wording: taking effect ('became effective', 'were implemented on', 'On
..., the pair took effect', 'the USJTA of 2020 ... remain in force', 'on the same day as the USJTA') and signing
('put their names to', 'inked', 'the signing ... took place', a dated list's 'sign both agreements')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreement Negotiations\n\nUpdated March 9, 2021\n\n## The Agreements\n\n"
ANCHOR = "Japan was the fourth-largest U.S. trading partner in 2020. "
USJTA, DIGITAL, SIGNED = "agreements.usjta_in_force", "agreements.digital_trade_in_force", "agreements.usjta_signed"


def _dates(paragraph: str) -> dict[str, str]:
    facts = extract_snapshot(COVER + ANCHOR + paragraph + "\n", brief="IF11120").snapshot.facts
    return {
        fact_id: str(fact.model_dump(mode="json")["value"])
        for fact_id, fact in facts.items()
        if "agreements." in fact_id
    }


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Negotiators finished the USJTA and the DTA in September 2019. Japan's Diet approved them in December. "
         "On January 1, 2020, the pair took effect.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Both the USJTA and the digital trade agreement became effective on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The U.S.-Japan Trade Agreement was implemented on January 1, 2020.", {USJTA: "2020-01-01"}),
        ("The U.S.-Japan Trade Agreement, effective January 1, 2020, trimmed Japan's duties on pork.",
         {USJTA: "2020-01-01"}),
        ("Since January 1, 2020, the USJTA has been in force.", {USJTA: "2020-01-01"}),
        ("The USJTA's entry into force on January 1, 2020, cut Japan's beef duty.", {USJTA: "2020-01-01"}),
        ("Two pacts of the first Trump term remain in force: the U.S.-Japan Trade Agreement of 2020 and a Digital "
         "Trade Agreement of the same year.", {USJTA: "2020", DIGITAL: "2020"}),
        ("The USJTA (Japan's side approved in December) entered into force on January 1, 2020. Rice was left out. "
         "The U.S.-Japan Digital Trade Agreement took effect at the same time as the USJTA.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("- U.S.-Japan Trade Agreement. In force since January 1, 2020.\n- U.S.-Japan Digital Trade Agreement. "
         "Entered into force on the same day as the USJTA.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The USJTA and the digital agreement were concluded in 2019. Tokyo's lawmakers approved them in December. "
         "Officials are working for the pair to enter into force on the first day of 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Both agreements have been operative since January 1, 2020.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Entry into force for the two agreements came on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Tokyo and Washington brought both agreements into force on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Implementation of the USJTA started on January 1, 2020.", {USJTA: "2020-01-01"}),
        # how or where, between the verb and its date
        ("The USJTA and the DTA were brought into force without a vote in Congress on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The USJTA entered into force in both countries on January 1, 2020.", {USJTA: "2020-01-01"}),
        ("The USJTA and the DTA cleared the Diet in December, and both were put into effect on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The two agreements, concluded in late 2019, have applied since the beginning of 2020.",
         {USJTA: "2020", DIGITAL: "2020"}),
        ("The USJTA took effect on January 1, 2020, the same day as the digital pact.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Since the first day of 2020, a limited \u201cphase one\u201d trade deal between Tokyo and Washington has "
         "been formally in effect.", {USJTA: "2020-01-01"}),
        # a participle phrase before its subject, a companion dated by reference, a cleft, a relative day, 'they'
        ("Signed on October 7, 2019, and in force since January 1, 2020, as is its companion, the Digital Trade "
         "Agreement, the USJTA trimmed Japan's duties on wine.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("Effective January 1, 2020, the U.S.-Japan Digital Trade Agreement bars duties on e-books.",
         {DIGITAL: "2020-01-01"}),
        ("The USJTA entered into force on January 1, 2020, and the DTA on the same day.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The USJTA took effect on January 1, 2020; its companion did too.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The USJTA was signed on October 7, 2019, and took effect on January 1, 2020; a companion Digital Trade "
         "Agreement (same dates) bans duties on e-books.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("It was on January 1, 2020, that the digital agreement took effect.", {DIGITAL: "2020-01-01"}),
        ("Japan's Diet approved the USJTA on December 4, 2019, and it entered into force four weeks later, on January "
         "1, 2020.", {USJTA: "2020-01-01"}),
        ("The USJTA and the DTA are executive agreements. Tokyo approved them in December 2019, and they took effect "
         "on January 1, 2020.", {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        # the general reader: the name and a word of taking effect in one clause, its one date of 2020
        ("The digital trade agreement took effect alongside the USJTA on January 1, 2020.",
         {USJTA: "2020-01-01", DIGITAL: "2020-01-01"}),
        ("The agreements, signed October 7, 2019, took effect at the start of 2020.", {USJTA: "2020", DIGITAL: "2020"}),
        # traps: a year that labels the signing, a proclamation, a later step of the tariff schedule, a hope
        ("The 2019 U.S.-Japan Trade Agreement remains in force.", {}),
        ("The USJTA was implemented by proclamation on December 26, 2019.", {}),
        ("Under the USJTA, a second round of tariff cuts took effect on April 1, 2020.", {}),
        ("Officials hope the pair will take effect on January 1, 2020.", {}),
    ],
)  # fmt: skip
def test_entry_into_force_in_any_wording(paragraph: str, expected: dict[str, str]) -> None:
    """Each wording of taking effect gives the date; a signing year's label, a proclamation, a later cut do not."""
    read = _dates(paragraph)
    assert {key: read[key] for key in (USJTA, DIGITAL) if key in read} == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("October 7, 2019: USTR Lighthizer and Japan's ambassador sign both agreements.", "2019-10-07"),
        ("Lighthizer and Ambassador Sugiyama put their names to the USJTA and the DTA on October 7, 2019.",
         "2019-10-07"),
        ("The USJTA and the DTA were inked in Washington on October 7, 2019.", "2019-10-07"),
        ("The signing of the USJTA and the digital agreement took place at the White House on October 7, 2019.",
         "2019-10-07"),
        ("On October 7, 2019, envoys of the two governments affixed their signatures to both agreements.",
         "2019-10-07"),
        ("The USJTA was signed in October 2019.", "2019-10"),
        # a day 'of that year', in the one year of the sentence before
        ("The talks closed in September 2019. The two governments signed the USJTA in Washington a few days later, on "
         "October 7 of that year.", "2019-10-07"),
        # 'both texts' of the first-stage deal the sentence before declares done
        ("The leaders pronounced the first-stage package final in September 2019. Officials signed both texts on "
         "October 7 of that year.", "2019-10-07"),
        # a day a span of days after a dated deed; 'both agreements', the two named in the sentence before
        ("The leaders declared stage one done on September 25, 2019; twelve days later, on October 7, the USJTA was "
         "signed.", "2019-10-07"),
        ("The USJTA and the DTA were negotiated in 2019. Both agreements were inked on October 7, 2019.",
         "2019-10-07"),
        # traps: a joint statement, a plan, a list item's future, a ceremony still to come
        ("September 25, 2019: the two leaders sign a joint statement on both agreements.", None),
        ("The two sides plan to sign both agreements on October 7, 2019.", None),
        ("October 7, 2019: the two sides are to sign both agreements.", None),
        ("The signing ceremony for the USJTA is scheduled for October 7, 2019.", None),
    ],
)  # fmt: skip
def test_signing_in_any_wording(paragraph: str, expected: str | None) -> None:
    """Each deed of signing gives its date; a joint statement or a signing still planned gives none."""
    assert _dates(paragraph).get(SIGNED) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("The two governments' newest trade pact was signed in Tokyo on June 2, 2031, by their trade ministers. Under "
         "the U.S.-Japan Critical Minerals Agreement (CMA), neither side may tax exports of lithium.", "2031-06-02"),
        ("Their latest accord was concluded on June 2, 2031. The Critical Minerals Agreement lets Japanese nickel "
         "count toward a U.S. credit.", "2031-06-02"),
        # a trap: the sentence after names another deal
        ("Their newest trade pact was signed on June 2, 2031. Under the USJTA, Japan cut tariffs on pork.", None),
    ],
)  # fmt: skip
def test_a_deal_named_in_the_sentence_after_its_signing(paragraph: str, expected: str | None) -> None:
    """'The newest trade pact was signed on ...' then 'Under the ... Critical Minerals Agreement': that deal's date."""
    assert _dates(paragraph).get("agreements.critical_minerals_signed") == expected
