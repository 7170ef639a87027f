"""IF11120 reads no Abe's address to Congress: its declarations take a bare 2015, and the trade brief tells Obama's 2015
speeches to Congress on the TPP (review of events42, finding 3). Every sentence is invented for the test."""

from __future__ import annotations

import pytest

from tests.extract.if11120_events import events_of

COVER = "May 1, 2024"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kishida addressed a joint meeting of Congress on April 11.",
        "In his January 2015 State of the Union address to Congress, President Obama asked for trade promotion"
        " authority to finish the TPP.",
        "President Obama, in a speech to Congress on January 20, 2015, sought fast-track authority for the TPP talks"
        " with Japan.",
        "Xi Jinping did not address Congress during his September 2015 state visit.",
        "In January 2015, House Speaker John Boehner invited Abe to address a joint meeting of Congress.",
        "In March 2015, Congressional leaders announced that Abe would address a joint meeting of Congress.",
    ],
)
def test_no_address_to_congress_is_abes_in_the_trade_brief(paragraph: str) -> None:
    """Another leader's address, a speech of Obama's, an invitation's or announcement's month: no event."""
    assert "abe_address_to_congress" not in events_of(paragraph, COVER)
