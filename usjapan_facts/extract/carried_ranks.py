"""A place carried from where it is said to a yardstick said elsewhere, the roles `extract.unread_ranks` reads apart:

- a place said once for two yardsticks: 'as a supplier, Japan ranked fifth, as it did as a customer';
- a yardstick whose place is the one said before it, in the sentence or the sentence before: 'As a market ..., Japan
  rounded out the top five; as a supplier, it did likewise', 'The largest U.S. trading partners were, in order, ...
  and Japan. Japan held that same position as a destination for U.S. goods ... and as a source of U.S. imports';
- a place said of each of the yardsticks the sentences before named: 'U.S. exports to Japan fell ... Imports from
  Japan dropped ... By either measure Japan placed fifth among U.S. partners'.

Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from usjapan_facts.extract.rank_concepts import RULED_OUT, concepts
from usjapan_facts.extract.ranked_subject import JAPAN, first_country
from usjapan_facts.extract.whose import OTHERS

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_SAME = (
    r"\b(?:(?:that|the|this)\s+same\s+(?:position|place|slot|spot|rank|ranking|standing|rung)|(?:did|does)\s+(?:likewise|"
    r"so|the\s+same)|likewise\s+(?:ranked|ranks|placed|places|stood|stands|came|comes)?(?=\W*$))"
)
"""A place said again for another yardstick: 'that same position', 'it did likewise', 'did the same'."""
_AS_IT_DID = r",?\s+as\s+(?:it|Japan)\s+(?:also\s+)?(?:did|does|had|has)\b"
"""A place said once for two yardsticks, the second after it: '..., Japan ranked fifth, as it did as a customer'."""
_EACH = (
    r"\b(?:by|on|in|under|for)\s+(?:either|each|both)\s+(?:of\s+(?:the|these|those)\s+(?:two\s+)?)?(?:measures?|counts?|"
    r"sides?|yardsticks?|scores?|flows?|gauges?|metrics?|directions?|halves)\b"
)
"""A place said of each of the yardsticks the sentences before named: 'By either measure', 'On each side of that
ledger'."""
_STEPS = (
    r"\b(?P<steps>one|two|three|a|\d)\s+(?:notch|place|spot|step|rung|position)(?:es|s)?\s+"
    r"(?P<way>lower|higher|down|up|below|above|further\s+down|behind)\b(?!\s+than\b)"
)
"""A place said by its distance from the one said before it: 'As a destination for U.S. exports it placed fourth; as a
supplier, one notch lower' (fifth); never from another's or another year's ('one place higher than in 2020')."""
CARRIER = re.compile(f"{_SAME}|{_AS_IT_DID}|{_EACH}|{_STEPS}", I)
_STEPS_AT = re.compile(_STEPS, I)
_COUNTS = {"one": 1, "a": 1, "two": 2, "three": 3}
_SAME_AT = re.compile(_SAME, I)
_AS_IT_DID_AT = re.compile(_AS_IT_DID, I)
_EACH_AT = re.compile(_EACH, I)
_OWN = re.compile(r"\b(?:it|its|It|Its)\b")
_PARTNERS = "trade.overall_partner_rank"
_EXPORT, _IMPORT = "trade.export_partner_rank", "trade.import_partner_rank"


def _japans(clause: str, before: str) -> bool:
    """Tell whether a clause is about Japan: it names Japan, or 'it' after text about Japan, and no other country."""
    if OTHERS.search(clause):
        return False
    return bool(JAPAN.search(clause)) or (bool(_OWN.search(clause)) and first_country(before) == "japan")


def _one(places: Collection[int]) -> int | None:
    return next(iter(places)) if len(places) == 1 else None


def carried_places(
    clauses: list[str], before: str, earlier: str, said_before: Collection[int], places_in: Callable[[str], set[int]]
) -> list[tuple[str, int, str]]:
    """The rank facts and places carried, each with the text that dates it (its clause, and where the place is said).
    `before` and `earlier`
    are the two sentences before; `said_before` the places read of Japan in the one before; `places_in` the places a
    text says ('came fifth')."""
    found: list[tuple[str, int, str]] = []
    for index, clause in enumerate(clauses):
        steps = _STEPS_AT.search(clause)
        unstepped = _STEPS_AT.sub("", clause)  # the distance is no change's size: its place is read from the one before
        if not CARRIER.search(clause) or RULED_OUT.search(
            re.sub(r",\s+(?:which|taking|shipping)\b[^,;]*", "", unstepped)
        ):
            continue
        prior = " ".join(clauses[:index])
        own = places_in(clause)
        # 'as a supplier, one notch lower': a clause with no verb of its own is about the one before's subject
        elliptic = steps and index and not _OWN.search(clause) and _japans(clauses[index - 1], f"{earlier} {before}")
        if not _japans(clause, f"{before} {prior}") and not elliptic:
            continue
        if (did := _AS_IT_DID_AT.search(clause)) and (place := _one(own)):
            halves = (clause[: did.start()], clause[did.end() :])
            sides = [concepts(half) for half in halves]  # a bare role ('as a customer') by the other side's flow
            sides = [
                side or _counterpart(half, other) for side, half, other in zip(sides, halves, sides[::-1], strict=True)
            ]
            found += [(f, place, clause) for f in {*sides[0], *sides[1]}]
        elif steps and not own and index and (place := _one(places_in(clauses[index - 1]))):
            count = _COUNTS.get(steps["steps"].casefold()) or int(steps["steps"])
            moved = place + count if steps["way"].casefold() in ("lower", "down", "below", "behind") else place - count
            found += [(f, moved, f"{prior} {clause}") for f in concepts(clause) if moved >= 1]
        elif _SAME_AT.search(clause) and not own:
            place, dated = _one(places_in(prior)), f"{prior} {clause}"
            if place is None:
                place, dated = _one(set(said_before)), f"{before} {clause}"
            rest = " ".join(clauses[index:])  # 'that same position as a destination ..., and as a source of imports'
            found += [(f, place, dated) for f in concepts(rest) if place]
        if each_named_before(clause) and (place := _one(own)):
            # 'By either measure Japan placed fifth': the two named in the clauses before, else the sentences before
            named = set(concepts(prior)) - {_PARTNERS} or {*concepts(before), *concepts(earlier)} - {_PARTNERS}
            found += [(f, place, clause) for f in named] if len(named) == 2 else []
    return found


_BARE_ROLE = {
    _EXPORT: re.compile(r"\b(?:customers?|buyers?|markets?|destinations?|purchasers?)\W*$", I),
    _IMPORT: re.compile(r"\b(?:suppliers?|sellers?|sources?|vendors?)\W*$", I),
}
"""A role said bare after 'as a', which the other side of the trade names: 'as a supplier, ..., as it did as a
customer' (a customer of U.S. goods, since the supplier is one to the United States)."""


def _counterpart(text: str, other: list[str]) -> list[str]:
    """The yardstick a bare role ('as a customer') names when the other side names the opposite flow."""
    flows = {_EXPORT: _IMPORT, _IMPORT: _EXPORT}
    return [flows[o] for o in other if o in flows and _BARE_ROLE[flows[o]].search(text)]


def each_named_before(clause: str) -> bool:
    """Tell whether a clause's place is of each yardstick named before it ('By either measure Japan placed fifth among
    U.S. partners'), not of the partners it is among."""
    return bool(_EACH_AT.search(clause)) and set(concepts(clause)) <= {_PARTNERS}


__all__ = ["CARRIER", "carried_places", "each_named_before"]
