"""Which flow an amount in a sentence's stretch belongs to, by the words right around it, for `money_pairs`: the verb
it is the object of, when its stretch names two flows; whether it is a balance (a deficit, a surplus), never a flow.
Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.money_lexicon import lexicon

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


def near_sellers(
    own: list[tuple[int, str]], start: int, left: int, candidate: Candidate, right: int, more: bool
) -> set[str]:
    """The sellers of the flows named in an amount's stretch [left, right): with two, and another amount ending the
    stretch (`more`), the flow whose verb comes last before the amount ('Japan bought $80.1 billion of U.S. goods and
    shipped $140.2 billion', the second verb the next amount's)."""
    near = [(start + at, seller) for at, seller in own if left <= start + at < right]
    ahead = [seller for at, seller in near if at < candidate.start]
    if len({seller for _, seller in near}) > 1 and ahead and more:
        return {ahead[-1]}
    return {seller for _, seller in near}


def parenthesized(text: str, start: int, at: int, end: int) -> tuple[int, int] | None:
    """The parentheses an amount stands in (where they open and close), when they close before `end`: '$129.1 billion
    ($79.7 billion of goods and $49.4 billion of services), while imports ...' puts the parts with the flow before them,
    never with the one after."""
    opened = text.rfind("(", start, at)
    if opened < 0 or ")" in text[opened:at]:
        return None
    closed = text.find(")", at, end)
    return (opened, closed) if closed >= 0 else None


def stretch_sellers(
    text: str,
    own: list[tuple[int, str]],
    clause: tuple[int, int],
    left: int,
    candidate: Candidate,
    right: int,
    more: bool,
) -> set[str]:
    """The sellers of an amount's stretch (`near_sellers`); an amount in parentheses has its stretch end with them, and
    with no flow of its own there it is of the flow named before them: '$129.1 billion ($79.7 billion of goods and
    $49.4 billion of services), while imports ...' (exports' parts, never the imports')."""
    start, end = clause
    if verb := verb_before(text, own, start, left, candidate):
        return {verb}  # the object of the verb right before it: 'and sold $180.3 billion', 'bought to the tune of'
    paren = parenthesized(text, start, candidate.start, end)
    if paren:
        right = min(right, paren[1])
    near = near_sellers(own, start, left, candidate, right, more)
    if paren and not near:
        near = set([seller for at, seller in own if start + at < paren[0]][-1:]) - {"?"}
    return near


def verb_before(text: str, own: list[tuple[int, str]], start: int, left: int, candidate: Candidate) -> str | None:
    """The seller of the flow whose verb the amount is the object of, right after it ('sold $180.3 billion', 'bought to
    the tune of $67.6 billion'), the verb's doer named; None when no verb of a flow stands right before it."""
    pairs = lexicon().pairs
    verb = next(
        (
            word
            for word in re.finditer(r"\w+", text[: candidate.start])
            if word.start() >= max(left, candidate.start - 40)
            and pairs["object_gap"].fullmatch(text, word.end(), candidate.start)
        ),
        None,
    )
    if not verb or not (pairs["verb"].fullmatch(verb.group(0)) and pairs["direction"].fullmatch(verb.group(0))):
        return None
    # the flows named in order, one entry for a run of the same seller: the verb's is the last at or before it
    seller = next((seller for at, seller in reversed(own) if start + at <= verb.start()), "?")
    return None if seller == "?" else seller


_NEXT_VERB = re.compile(r"\s*,?\s*and\s+(?:(?:also|then|in\s+turn)\s+)?(\w+)", I)


def next_verb(text: str, left: int, at: int) -> bool:
    """Whether the amount at `at` is the bare object of a flow's verb coordinated with the one before, its noun left
    out, the kind the one before's ('bought $120.1 billion of U.S. goods and services and sold $180.3 billion')."""
    pairs = lexicon().pairs
    verb = _NEXT_VERB.match(text, left, at)
    return bool(
        verb
        and pairs["verb"].fullmatch(verb.group(1))
        and pairs["direction"].fullmatch(verb.group(1))
        and pairs["object_gap"].fullmatch(text, verb.end(), at)
    )


def object_of(text: str, found: tuple[Candidate, ...], index: int, right: int) -> bool:
    """Whether the amount is the object of the verb before it, with its own part right after it, and the next amount
    ends its stretch: '[bought] $80.1 billion of U.S. goods and shipped $140.2 billion'."""
    more = index + 1 < len(found) and right == found[index + 1].start
    if more and _GAPPED_NEXT.fullmatch(text, found[index].end, found[index + 1].start):
        return (
            True  # 'U.S. exports made up $124.1 billion and U.S. imports $179.4 billion': the next flow's verb left out
        )
    return more and lexicon().pairs["tag_after"].match(text, found[index].end) is not None


_GAPPED_NEXT = re.compile(
    r"(?:\s+(?:in|of)\s+(?:19|20)\d\d)?,?\s+(?:and|while|whereas)\s+(?:(?:total|U\.S\.|American)\s+)*"
    r"(?:exports|imports|sales|purchases|shipments)(?:\s+(?:to|from)\s+(?:Japan|it))?\s+(?:of\s+)?"
    r"(?:(?:about|some|roughly|nearly|almost|around|over)\s+)?",
    I,
)
"""The next amount's own flow, its verb left out: '..., and U.S. imports $179.4 billion'."""


_BALANCE_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:deficits?|surplus(?:es)?|imbalances?|gaps?|shortfalls?)\b", I)


def a_balance(text: str, left: int, candidate: Candidate) -> bool:
    """Whether the amount is a balance, not a flow: a deficit or surplus named in its stretch before it ('so that the
    bilateral goods deficit, $68.8 billion, was') or right after it ('a $68.8 billion goods deficit')."""
    words = lexicon().deficit
    before = text[left : candidate.start]
    return bool(
        words["words"].search(before) or words["surplus"].search(before) or _BALANCE_AFTER.match(text, candidate.end)
    )


__all__ = ["a_balance", "near_sellers", "next_verb", "object_of", "verb_before"]
