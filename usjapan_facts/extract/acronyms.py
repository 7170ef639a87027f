"""Tell whether a line opening on an acronym in brackets goes on from the name it stands for. Pure, no I/O.

Text copied from two columns puts the other column's line between a name and its short form: "a Special
Measures Agreement" / "(SMA) that ..." goes on from each other, whatever line stands between them.
"""

from __future__ import annotations

import re

_OPENING = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_WORD = re.compile(r"[A-Za-z]+")
_SKIPPED = frozenset(["of", "and", "for", "the", "on", "in", "to"])
"""Small words inside a name that its short form may leave out ('Ministry of Defense' -> 'MOD' or 'MD')."""


def opening_acronym(line: str) -> str | None:
    """The short form a line opens on ('(SMA) that ...' -> 'SMA'), or None."""
    match = _OPENING.match(line)
    return match.group(1) if match else None


def spells_out(line: str, acronym: str) -> bool:
    """Tell whether `line` ends on the words whose initials make `acronym` ('... a Special Measures Agreement')."""
    letters = [letter for letter in acronym if letter.isupper()]
    words = _WORD.findall(line[-80:])
    if len(letters) < 2 or len(words) < len(letters):
        return False
    with_small = [word[0].upper() for word in words[-len(letters) :]]
    without = [word[0].upper() for word in words if word.lower() not in _SKIPPED][-len(letters) :]
    # Two letters match by chance too often unless the name is capitalised ('... United States' / '(US)').
    return letters in (with_small, without) and (len(letters) > 2 or words[-1][:1].isupper())
