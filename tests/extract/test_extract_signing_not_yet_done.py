"""A signing told in the bare infinitive ('is to be signed', 'is likely to be signed', 'expect it to be signed') is
not done: the day planned or hoped for is not read as the agreement's signing, which may come on another day. A
signing told as done beside a later step still to come ('signed on ..., is to be approved') is read."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import trade_values

ANCHOR = "Japan is among the largest U.S. trading partners."
SIGNED = "agreements.usjta_signed"


def _facts(sentence: str) -> dict[str, Any]:
    return trade_values(sentence, "August 30, 2019", "Talks", ANCHOR)


@pytest.mark.parametrize(
    "sentence",
    [
        "The U.S.-Japan Trade Agreement is likely to be signed on September 24, 2019, officials said.",
        "Negotiators expect the U.S.-Japan Trade Agreement to be formally signed on September 24, 2019.",
        "The USJTA was to be signed in New York on September 24, 2019, during the leaders' meeting.",
    ],
)
def test_a_signing_not_yet_done_is_not_read(sentence: str) -> None:
    assert _facts(sentence).get(SIGNED) is None


def test_a_signing_done_beside_a_step_to_come_is_read() -> None:
    facts = _facts("The U.S.-Japan Trade Agreement, signed on August 26, 2019, is to be approved by the Diet.")
    assert facts.get(SIGNED) == "2019-08-26"
