"""A list's items and the sentence that leads into them: 'Japan's place among U.S. partners held:' then
'- Overall: fourth-largest trading partner'. An item names no subject of its own; its lead-in does. Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping

from usjapan_facts.extract.parsers import dates

LABEL = re.compile(r"\s*([^:;]{3,60}):\s*")
"""A labelled item: 'U.S. troops in Japan: about 54,000'."""
_LONG_LABEL = re.compile(r"\s*([^:;,]{61,100}):\s*")
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b", re.I)
_FINITE = re.compile(
    r"\b(?:is|was|are|were|has|had|have|ranks?|ranked|stands?|stood|holds?|held|hosts?|hosted|makes?|made)\b", re.I
)
"""A verb that makes the words before a colon a clause of prose ('In both directions, Japan was the fifth-largest
U.S. partner: ...'), where it stands outside a relative clause."""


def item_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The label of an item running from `start` right up to its value at `end`: a short one, or a longer noun phrase
    whose verbs stand in a relative clause only ('Land reserved for exclusive U.S. use that lies in the prefecture:
    about 70%'), never a clause of prose before a colon."""
    label = LABEL.fullmatch(text, start, end) or _LONG_LABEL.fullmatch(text, start, end)
    if label is None or len(label.group(1)) <= 60:
        return label
    head = _RELATIVE.split(label.group(1), maxsplit=1)[0]
    return None if _FINITE.search(head) else label


_GLUED = re.compile(
    r"(?:\d|%|\b(?:million|billion|trillion|percent))\s+"
    r"(?!(?:Japan|Tokyo|U\.S|United|America|Washington|China|The|In|Of|On|At|And)\b)[A-Z][a-z]+\b"
)
"""A figure run straight into a capitalised word, no stop between: where a list item that lost its line break ends
and the next paragraph begins ('Source of imports: fifth, at $180 billion Measured by ...')."""
_CLOSERS = "\"'\u201d\u2019)"
"""What may follow a sentence's stop at its end."""


def is_item(text: str) -> bool:
    """Tell whether a sentence reads as an item of a list: a label, a fragment in lower case, no full stop."""
    labelled = ":" in text and LABEL.match(text) is not None  # a label ends at its colon: no colon, no label
    return labelled or text[:1].islower() or not text.removesuffix("\n").rstrip(_CLOSERS).endswith((".", "!", "?"))


def _stem(before: str, after: str) -> bool:
    """Tell whether `before` is the opening of a sentence its list's items finish, each in lower case: 'The
    prefecture' then '- covers 0.6% of Japan's land area;' (its subject, which every item shares)."""
    return (
        before[:1].isupper()
        and after[:1].islower()
        and not before.rstrip().endswith((".", "!", "?", ";", ","))
        and LABEL.match(before) is None
        and len(before.split()) <= _STEM_WORDS
    )


_STEM_WORDS = 12


def lead_in(text: str, preceding: Mapping[str, str]) -> str | None:
    """The sentence ending in a colon that introduces the list `text` is an item of, or the sentence's opening its
    items finish (`_stem`), through the items before it (`preceding` maps each sentence to the one before it)."""
    if not is_item(text):
        return None
    before = text
    for _ in range(8):
        after, before = before, preceding.get(before, "")
        if not before or before.rstrip().endswith(":") or _stem(before, after):
            return before or None
        if not is_item(before):
            return None
    return None


_FRONTED = re.compile(r"^\W*(?:In|For|On|Within|Among)\s+[^,;:$\d]{1,40}?,\s", re.IGNORECASE)


def fronted(text: str, start: int) -> str:
    """The phrase put before a sentence's main clause that scopes every value after it ('In services, U.S. sales to
    Japan came to $46.5 billion': a part's figure, whatever the clause names), "" when none opens the sentence."""
    front = _FRONTED.match(text)
    return front.group(0) if front is not None and front.end() <= start else ""


def item_ended(text: str, start: int) -> bool:
    """Tell whether the labelled item at the head of `text` has ended before `start`: a later value belongs to the
    paragraph glued after it, not to the item's label."""
    label = LABEL.match(text)
    return label is not None and _GLUED.search(text, label.end(), start) is not None


def _label_date(text: str) -> str | None:
    label = LABEL.match(text)
    found = dates(label.group(1)) if label else ()
    return found[-1][0] if found else None


def superseded_item(text: str, following: Mapping[str, str]) -> bool:
    """Tell whether `text` is a list item dated by its label that a later-dated item of the same list follows: in a
    timeline ('April 5, 2025: a 10% tariff' then 'August 7, 2025: 15%'), only the last step holds now."""
    own = _label_date(text) if is_item(text) else None
    after = text
    for _ in range(8 if own is not None else 0):  # bounded: a text said twice maps onto itself
        after = following.get(after, "")
        if not after or not is_item(after):
            return False
        later = _label_date(after)
        if later and own and later[:7] > own[:7]:
            return True
    return False


__all__ = ["LABEL", "fronted", "is_item", "item_ended", "lead_in", "superseded_item"]
