"""What a stated value claims, and when two statements are one claim stated more or less finely.

A hedged figure is read as the range it allows: `exact` and `about` name a point, `over`, `under`,
`at_least` and `nearly` bound it, `among_top` names a rank from 1 to some small k. A date given to
the day lies inside the month and the year it falls in; a name with a given name is finer than the
family name alone. `compare.compatible_meanings` decides, for every kind, with these pieces.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from usjapan_facts.bounds import TOP_RANKS
from usjapan_facts.json_values import JsonObject

ABOUT_LOOSENESS = 0.05
"""How far from its point an `about` figure may lie when set against a bound: 'around 50,000' may be 50,500."""
NEARLY_BELOW = 0.10
"""How far below its figure a `nearly` claim reaches: 'nearly $20 billion' is $18-20 billion."""


@dataclass(frozen=True, slots=True)
class Claim:
    """The values a hedged figure allows: from `low` to `high`, each end open or closed; `point` if exact or about."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    point: bool = True
    value: float | None = None


def claim_of(meaning: JsonObject) -> Claim | None:
    """Read a numeric fact's value and qualifier as the range it claims; None when it has no number."""
    qualifier = meaning.get("qualifier", "exact")
    if qualifier == "among_top":
        return Claim(1, TOP_RANKS, point=False)
    value = meaning.get("value")
    if not isinstance(value, int | float):
        return None
    x = float(value)
    if qualifier == "about":
        return Claim(x - abs(x) * ABOUT_LOOSENESS, x + abs(x) * ABOUT_LOOSENESS, value=x)
    if qualifier == "over":
        return Claim(x, math.inf, low_open=True, point=False, value=x)
    if qualifier == "under":
        return Claim(-math.inf, x, high_open=True, point=False, value=x)
    if qualifier == "at_least":
        return Claim(x, math.inf, point=False, value=x)
    if qualifier == "nearly":
        return Claim(x - abs(x) * NEARLY_BELOW, x, high_open=True, point=False, value=x)
    return Claim(x, x, value=x)


def compatible(a: Claim, b: Claim) -> bool:
    """Tell whether two claims can both be true: their ranges share at least one value."""
    low, low_open = max((a.low, a.low_open), (b.low, b.low_open))  # at equal ends the open one binds
    high, high_closed = min((a.high, not a.high_open), (b.high, not b.high_open))
    return low < high or (low == high and not low_open and high_closed)


def gap(old: Claim, new: Claim) -> float:
    """The least move two incompatible claims imply: the distance between their ranges."""
    return max(new.low - old.high, old.low - new.high, 0.0)


def _exponent(value: float) -> int:
    """The place of a figure's last significant digit: 54,000 -> 3, 2 -> 0, 2.35 -> -2."""
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def finer_point(coarse: Claim, fine: Claim) -> bool:
    """Tell whether `fine` is `coarse` stated more precisely: about 2% and 2.1%, about 55,000 and 55,300.

    The coarse figure must be an `about`, the fine one must carry more digits and round to it, and it
    must lie within the looseness of `about`: around 60,000 and 55,000 are two different figures.
    """
    if coarse.value is None or fine.value is None or coarse.low == coarse.high:
        return False  # an exact figure is not loose enough to hold a finer one
    place = _exponent(coarse.value)
    if _exponent(fine.value) >= place:
        return False
    step = Decimal(1).scaleb(place)
    rounded = Decimal(repr(fine.value)).quantize(step, rounding=ROUND_HALF_UP) if place < 0 else None
    if rounded is None:
        rounded = (Decimal(repr(fine.value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return rounded == Decimal(repr(coarse.value)) and coarse.low <= fine.value <= coarse.high


def dates_compatible(old: str, new: str) -> bool:
    """Tell whether two partial dates can name the same day: equal, or one inside the other (2020, 2020-01-01)."""
    return old.startswith(new) or new.startswith(old)


def names_compatible(old: JsonObject, new: JsonObject) -> bool:
    """Tell whether two names can be one person: the same family name, and the given names equal or one unstated."""
    if str(old.get("family", "")).casefold() != str(new.get("family", "")).casefold():
        return False
    given = [str(side["given"]).casefold() for side in (old, new) if side.get("given")]
    return len(given) < 2 or given[0] == given[1]
