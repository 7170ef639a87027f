"""Host-nation support in more wordings: the agreement named between its verb and its date ('concluded a new
five-year Special Measures Agreement in'), a 'package', upkeep 'shared under' an arrangement, an extension of the
previous agreement (the extension's month), a signing dated 'that January' by the year named before it, the current
agreement named after talks on its successor; a year's payment dated by one fiscal year, in a sentence 'Under the
extension' or ending 'under the extension' after one on host-nation support. A multiyear total, talks on a new
agreement, or another agreement's payments are not read.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

AGREEMENT = "alliance.host_nation_support_agreement"
PER_YEAR = "alliance.host_nation_support_per_year"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Negotiators signed a new five-year Special Measures Agreement in January 2026; under it, Japan is to "
            "provide ¥1.1 trillion over FY2026-FY2030.",
            {AGREEMENT: ("2026-01", "exact")},
        ),
        (
            "Tokyo's payments rest on a one-year extension of the previous Special Measures Agreement that the two "
            "sides agreed on in March 2026.",
            {AGREEMENT: ("2026-03", "exact")},
        ),
        (
            "Their upkeep is shared under a five-year arrangement, announced in December 2025 and covering "
            "FY2026-FY2030, under which Japan pays about ¥230 billion a year (roughly $1.5 billion).",
            {AGREEMENT: ("2025-12", "exact"), PER_YEAR: (1500000000, "about")},
        ),
        (
            "Under the five-year cost-sharing package agreed in December 2025, Japan contributes ¥230 billion a year, "
            "about $1.5 billion.",
            {AGREEMENT: ("2025-12", "exact"), PER_YEAR: (1500000000, "about")},
        ),
        (
            "Talks on a successor to the current Special Measures Agreement, signed in January 2022 and due to expire "
            "in March 2027, opened in May.",
            {AGREEMENT: ("2022-01", "exact")},
        ),
        (
            "The current Special Measures Agreement entered into force in April 2022, having been signed that January.",
            {AGREEMENT: ("2022-01", "exact")},
        ),
        (
            "Tokyo spends roughly $2 billion annually to support U.S. forces in Japan.",
            {PER_YEAR: (2000000000, "about")},
        ),
        (
            "The two governments extended the host-nation support arrangement by one year. Under the extension, Japan "
            "provides ¥210 billion in FY2026, about $1.4 billion.",
            {PER_YEAR: (1400000000, "about")},
        ),
        (
            "The two governments agreed to extend the cost-sharing arrangement by a year. Japan will pay ¥210 billion, "
            "about $1.4 billion, in FY2026 under the extension.",
            {PER_YEAR: (1400000000, "about")},
        ),
        (
            "Under the Special Measures Agreement, Japan pays roughly $2 billion for each of the pact's five years.",
            {PER_YEAR: (2000000000, "about")},
        ),
        (
            "The SMA covers five fiscal years, for which Japan is to provide ¥1.05 trillion in all. Averaged across "
            "those years, the payments come to about $1.9 billion annually.",
            {PER_YEAR: (1900000000, "about")},
        ),
    ],
)
def test_host_nation_support_is_read_in_more_wordings(body: str, expected: dict[str, tuple[object, str]]) -> None:
    """The agreement's month and the yearly payment are read as the sentence states them."""
    facts = facts_in(body)
    assert {key: facts[key] for key in (AGREEMENT, PER_YEAR) if key in facts} == expected


@pytest.mark.parametrize(
    "body",
    [
        "Talks on a new Special Measures Agreement opened in May 2026.",
        "The two countries signed a trade agreement in 2019. Under the agreement, Japan buys $7 billion of U.S. farm "
        "goods a year.",
        "Under the cost-sharing agreement, Japan is to provide ¥1.05 trillion, about $7 billion, for FY2022-FY2026.",
        "Japan spends about $9 billion a year on missiles and also hosts U.S. forces.",
        "The two sides signed a new Special Measures Agreement in 2022. Under the agreement, Japan will buy $1 "
        "billion of U.S. LNG a year.",
    ],
)
def test_talks_another_agreement_or_a_multiyear_total_is_not_read(body: str) -> None:
    """Talks name no agreement in force, 'the agreement' after a trade deal is not host-nation support, and a total
    over five fiscal years is no yearly payment."""
    facts = facts_in(body)
    assert AGREEMENT not in facts
    assert PER_YEAR not in facts
