"""IF11120's in-force dates when a pronoun that opens the sentence stands for the agreements before it, whatever the
sentence names after the date ('The pair took effect on <day>: the USJTA under ..., and the digital pact as ...',
'It entered into force on <day>, together with the U.S.-Japan Digital Trade Agreement')."""

from __future__ import annotations

import pytest

from usjapan_facts.extract import extract_snapshot

COVER = "# U.S.-Japan Trade Agreements and Tariff Negotiations\n\nUpdated May 4, 2023\n\n## Agreements\n\n"
ANCHOR = "\n\n## Leaders\n\nPresident Joe Biden met Prime Minister Kishida Fumio.\n"
IN_FORCE, DIGITAL = "agreements.usjta_in_force", "agreements.digital_trade_in_force"


def _in_force(body: str) -> dict[str, object]:
    facts = extract_snapshot(COVER + body + ANCHOR, brief="IF11120").snapshot.facts
    return {key: facts[key].model_dump(mode="json")["value"] for key in (IN_FORCE, DIGITAL) if key in facts}


BOTH = {IN_FORCE: "2021-01-01", DIGITAL: "2021-01-01"}


@pytest.mark.parametrize(
    "body",
    [
        "Trade officials concluded the USJTA and a separate digital trade agreement in 2020. The pair took effect on "
        "January 1, 2021, without a vote: the USJTA by proclamation, and the digital pact as an executive agreement.",
        "Talks yielded the U.S.-Japan Trade Agreement (USJTA). It entered into force on January 1, 2021, together with "
        "the U.S.-Japan Digital Trade Agreement.",
        "Negotiators finished the USJTA and a digital trade agreement in 2020. They came into force on January 1, "
        "2021; the USJTA cut tariffs on beef and pork.",
    ],
)
def test_an_opening_pronoun_carries_the_agreements_before(body: str) -> None:
    assert _in_force(body) == BOTH


def test_another_deal_the_pronoun_may_stand_for_is_not_read() -> None:
    """'It' after a sentence on the CPTPP is the CPTPP, though the sentence names the USJTA after the date."""
    body = "Japan joined the CPTPP in 2018. It took effect on December 30, 2018, well before the USJTA was drafted."
    assert _in_force(body) == {}
