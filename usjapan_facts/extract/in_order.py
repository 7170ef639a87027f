"""Amounts paired in order with the flows or parts a clause lists: the run of amounts a 'respectively' (or 'in the
same order') pairs ('exports to and imports from Japan were $131.6 billion and $184.9 billion, respectively, with
services making up two-fifths of the exports': only the words up to the pairing word list what is paired), and a
bare run of two amounts whose clause names one part and no flow, the flows carried from before ('The remainder was
services, $45.9 billion and $36.1 billion'), or one flow and no part, the parts carried from the pairing before ('of
the $183.4 billion it imported, the corresponding figures were $138.6 billion and $44.8 billion'). For `money_pairs`.
Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.flow_directions import directions, parts_listed
from usjapan_facts.extract.money_lexicon import lexicon

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_BOTH = re.compile(r"\b(goods|merchandise|services)\s+and\s+(goods|merchandise|services)\b", I)
"""The two parts a pairing pairs two amounts with: 'exports of goods and services ... came to $80.2 billion and $39.9
billion, respectively' (never their whole)."""
_KIND = {"goods": "goods", "merchandise": "goods", "services": "services"}
Role = tuple[str, str]


def run_of(
    text: str, found: tuple[Candidate, ...], inside: list[int], start: int, end: int
) -> tuple[list[int], int, bool]:
    """The amounts (indices into `found`) a clause [start, end) pairs in order, where the words that list what they
    pair end, and whether a pairing word pairs them: the run before the word ('$78.9 billion and $52.7 billion were
    goods and services, respectively'), else a bare run of two amounts joined by 'and' (no range: 'between $X and
    $Y'); ([], end, False) when none."""
    pairs = lexicon().pairs
    marker = pairs["in_order"].search(text, start, end)
    stop = marker.start() if marker else end
    before = [index for index in inside if found[index].start < stop]
    if not before:
        return [], end, False
    run = [before[-1]]
    while run[0] - 1 in before and pairs["run_joint"].fullmatch(text, found[run[0] - 1].end, found[run[0]].start):
        run.insert(0, run[0] - 1)
    if marker:
        return (run, marker.end(), True) if len(run) >= 2 else ([], end, False)
    bare = [index for index in inside if index in run]
    if (
        len(bare) != 2
        or " and " not in text[found[bare[0]].end : found[bare[1]].start]
        or pairs["not_a_pair"].search(text, max(start, found[bare[0]].start - 30), found[bare[0]].start)
    ):
        return [], end, False
    return bare, end, False


def in_order(
    head: str, tail: str, count: int, before: str, carried_parts: list[str], marked: bool
) -> list[Role] | None:
    """The (seller, part) of each of `count` amounts paired in order: `head` the clause's words before the run, `tail`
    those after it up to the pairing word, `before` the text before the clause. A bare run (not `marked`) is paired
    only with flows or parts carried from before, its clause naming one part and no flow, or one flow and no part."""
    sellers = [seller for _, seller in directions(head)] or [seller for _, seller in directions(tail)]
    listed = parts_listed(tail) if _BOTH.search(tail) is None else []
    parts = listed or parts_listed(head)
    if not marked:
        if not sellers and len(parts) == 1 and parts[0] != "total":
            carried = [seller for _, seller in directions(before)]
            return [(seller, parts[0]) for seller in carried] if len(carried) == count else None
        if len(sellers) == 1 and not parts and len(carried_parts) == count:
            return [(sellers[0], part) for part in carried_parts]
        return None
    if not parts and len(sellers) == 1:
        parts = parts_listed(before)
    if both := _BOTH.search(tail) or _BOTH.search(head):  # 'goods and services' together: each flow's whole, or two
        if len(sellers) == count:
            parts = ["total"]  # 'exports to and imports from Japan of goods and services were $X and $Y'
        elif count == 2 and len(sellers) <= 1:
            parts = [_KIND[both.group(1).casefold()], _KIND[both.group(2).casefold()]]  # 'exports of goods and ...'
    if len(sellers) == count and len(parts) <= 1:
        return [(seller, parts[0] if parts else "total") for seller in sellers]
    if len(parts) == count and len(set(parts)) == count and len(sellers) <= 1:
        # the flows before whose doer is named ('imports fell ..., as automakers shipped fewer cars': imports)
        sellers = sellers or list(dict.fromkeys(seller for _, seller in directions(before) if seller != "?"))
        return [(sellers[0], part) for part in parts] if len(sellers) == 1 else None
    if not sellers and len(parts) == 1 and parts[0] != "total":
        carried = [seller for _, seller in directions(before)]
        return [(seller, parts[0]) for seller in carried] if len(carried) == count else None
    return None


def whole_split(
    text: str, found: tuple[Candidate, ...], start: int, listed: list[int], paired: list[Role]
) -> dict[int, Role]:
    """The whole a run paired with one flow's goods and services is split from, when an amount opening the clause
    says so: 'Of the $183.4 billion it imported from Japan, the corresponding figures were $138.6 billion and ...'."""
    sellers = {seller for seller, _ in paired}
    if len(sellers) != 1 or sorted(part for _, part in paired) != ["goods", "services"]:
        return {}
    whole = next((index for index in range(len(found)) if start <= found[index].start), None)
    if whole is None or whole >= listed[0] or not lexicon().pairs["whole_of"].search(text[start : found[whole].start]):
        return {}
    return {whole: (sellers.pop(), "total")}


__all__ = ["in_order", "run_of", "whole_split"]
