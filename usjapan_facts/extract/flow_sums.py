"""Whether the flows `money_pairs` read of a sentence hold together: each flow's goods and services add up to its total;
a flow given by its goods alone. Pure, no I/O.
"""

from __future__ import annotations

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.money_lexicon import lexicon

_ROUNDING = 0.25e9
"""How far parts written to one decimal may miss their total."""


def goods_alone(said: str, values: dict[tuple[str, str], list[Candidate]], seller: str) -> bool:
    """Whether the sentence gives the flow by its goods alone: no services, no total of the flow beside them."""
    return (seller, "total") not in values and not lexicon().parts["services"].search(said)


def adds_up(values: dict[tuple[str, str], list[Candidate]], loose: list[float]) -> bool:
    """Whether each flow's goods and services add up to its total where it stands in the sentence, as a total or as
    an amount of no role of its own: 'totaled $121 billion ($70 billion in goods, $44 billion in services)' does not."""
    for seller in ("US", "JP"):
        each = {
            part: float(values[seller, part][0].value)
            for part in ("goods", "services", "total")
            if (seller, part) in values
        }
        if "goods" not in each or "services" not in each:
            continue
        totals = [each["total"]] if "total" in each else loose
        if totals and all(abs(each["goods"] + each["services"] - total) > _ROUNDING for total in totals):
            return False
    return True


__all__ = ["adds_up", "goods_alone"]
