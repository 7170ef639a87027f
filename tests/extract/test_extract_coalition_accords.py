"""The ruling coalition said by the LDP governing with a partner named in apposition ('which governs together with a
smaller partner, Komeito') or by a governing accord it reached ('reached a governing accord with Ishin'); an agreement
on a bill is no coalition."""

from __future__ import annotations

import pytest

from tests.extract.traps import facts_in

COALITION = "politics.ruling_coalition"


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Hoshino leads the Liberal Democratic Party (LDP), which governs together with a smaller partner, Komeito.",
            (["LDP", "Komeito"], None),
        ),
        ("The LDP reached a governing accord with Ishin, which holds no cabinet posts.", (["LDP", "Ishin"], None)),
        ("The LDP reached an agreement with Komeito on the budget.", None),
    ],
)
def test_a_coalition_by_its_partner_or_accord_is_read(body: str, value: tuple[list[str], None] | None) -> None:
    """A partner in apposition or a governing accord names the coalition; an agreement on a bill does not."""
    assert facts_in(body).get(COALITION) == value
