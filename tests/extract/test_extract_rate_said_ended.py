"""A rate its own sentence says ended is no rate now (`extract.later_changed`).

'The 15% IEEPA tariff on Japanese goods ceased to be collected in February', 'Japanese cars' 27.5% charge, which
stopped being levied in September': the rate is the subject of its ending, so it is not read as the rate in force. An
ending said of another subject ('since the pause expired') leaves the rate standing.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.traps import trade_values

ANCHOR = "The two countries signed the U.S.-Japan Trade Agreement in October 2019."


def _facts(sentence: str, updated: str) -> dict[str, Any]:
    return trade_values(sentence, updated, "Tariffs", ANCHOR)


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The 15% IEEPA tariff on Japanese goods ceased to be collected on March 2, 2026.", "tariffs.ieepa_rate"),
        ("The reciprocal tariff of 15% on most goods from Japan stopped being charged in March.", "tariffs.ieepa_rate"),
        (
            "A 15% tariff on most Japanese imports, which ceased to apply after the Court's ruling, was the core.",
            "tariffs.us_tariff_most_imports",
        ),
    ],
)
def test_a_rate_its_sentence_says_ended_is_not_read(sentence: str, fact: str) -> None:
    assert _facts(sentence, "April 14, 2026").get(fact) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Most Japanese goods have paid a 15% IEEPA tariff since the pause expired.",
        "A 15% IEEPA tariff has applied to most goods from Japan since the earlier 10% rate lapsed.",
    ],
)
def test_an_ending_of_another_subject_leaves_the_rate(sentence: str) -> None:
    assert _facts(sentence, "October 20, 2025").get("tariffs.ieepa_rate") == 15
