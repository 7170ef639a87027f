"""Who governs, until when, and the tariff on most imports, in more wordings: the LDP kept in office by a party's
support ('Takaichi governs with the support of Ishin', 'Ishin supports the ... government'); the Lower House's term
said by its members ('sit until their terms end in', 'The members elected in February may serve until', 'serve
four-year terms that end in'); the next Diet election as 'the next regular contest, for half of the upper chamber';
a surcharge 'on most imports, including those from Japan'. Past support, the Upper House's members and a surcharge
that spares Japan are not read.

Every sentence is invented for the test (texts dated June 1, 2026).
"""

from __future__ import annotations

import pytest

from tests.extract.traps import DUE, facts_in

COALITION = "politics.ruling_coalition"
LOWER_DUE = "politics.lower_house_election_due"
TARIFF = "trade.us_tariff_on_most_imports_from_japan"


@pytest.mark.parametrize(
    ("body", "fact", "value"),
    [
        ("Takaichi governs with the support of Ishin, which holds no cabinet posts.", COALITION, ["LDP", "Ishin"]),
        ("Ishin supports the Takaichi government from outside the cabinet.", COALITION, ["LDP", "Ishin"]),
        ("Members of the lower chamber sit until their terms end in October 2029.", LOWER_DUE, "2029-10"),
        ("The lower chamber's members serve four-year terms that end in October 2029.", LOWER_DUE, "2029-10"),
        (
            "February 8: the LDP wins a Lower House majority. The members elected in February may serve until "
            "February 2030.",
            LOWER_DUE,
            "2030-02",
        ),
        ("The next regular contest, for half of the upper chamber, is due in July 2028.", DUE, 2028),
        ("A 10% tariff now applies to most imports, Japan's included.", TARIFF, 10),
        ("Nearly all goods entering the United States, including Japanese ones, face a 10% duty.", TARIFF, 10),
    ],
)
def test_government_terms_and_tariff_are_read_in_more_wordings(body: str, fact: str, value: object) -> None:
    """Each fact is read from its wording."""
    assert facts_in(body)[fact][0] == value


@pytest.mark.parametrize(
    ("body", "fact"),
    [
        ("The LDP formerly governed with the support of Komeito.", COALITION),
        ("The CDP relies on Ishin's votes in the upper chamber.", COALITION),
        ("The July 2025 Upper House election went badly. The members elected in July may serve until July 2031.",
         LOWER_DUE),
        ("A 10% surcharge on most imports, excluding those from Japan, took effect.", TARIFF),
    ],
)  # fmt: skip
def test_past_support_the_upper_house_or_a_spared_japan_is_not_read(body: str, fact: str) -> None:
    """Support that ended, another party's, the Upper House's members and a surcharge Japan is spared are unread."""
    assert fact not in facts_in(body)
