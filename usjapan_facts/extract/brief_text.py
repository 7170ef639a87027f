"""What is kept of a version's text beside its snapshot, and where in its PDF each fact's sentence stands."""

from __future__ import annotations

import re
from collections.abc import Sequence

from usjapan_facts.extract.pdf import PagePart
from usjapan_facts.extract.reader import parse_text
from usjapan_facts.extract.typography import plain_characters
from usjapan_facts.model import Snapshot

PROBE = 48
"""Letters and digits of a sentence's opening looked for on the pages: enough to be found once."""
_NOT_ALNUM = re.compile(r"[\W_]+")


def normalised_text(text: str) -> str:
    """The version's text as read: each section's heading ('## Title'), then one sentence a line."""
    lines: list[str] = []
    section: str | None = None
    for sentence in parse_text(text).sentences:
        if sentence.section != section:
            section = sentence.section
            lines += ["", f"## {section}"] if lines else [f"## {section}"]
        lines.append(" ".join(sentence.text.split()))
    return "\n".join(lines) + "\n"


def _folded(text: str) -> str:
    # Line breaks, hyphens at a break and spacing differ between a page's text and a joined sentence.
    return _NOT_ALNUM.sub("", text).casefold()


def place_on_pages(snapshot: Snapshot, parts: Sequence[PagePart]) -> Snapshot:
    """Record on each fact the page (and column) its sentence opens on, where it is found once on a page.

    A quote is the sentence as read, its characters and dates in the brief's own shape ('10/31/2021' read as 'October
    31, 2021'); each page's text is put in that shape too before the quote's opening is looked for in it."""
    folded = [(part, _folded(plain_characters(part.text))) for part in parts]
    facts = {}
    for fact_id, fact in snapshot.facts.items():
        probe = _folded(fact.quote or "")[:PROBE]
        found = [part for part, text in folded if probe and probe in text]
        if len({part.page for part in found}) == 1:
            column = found[0].column if len({part.column for part in parts if part.page == found[0].page}) > 1 else None
            fact = fact.model_copy(update={"page": found[0].page, "column": column})
        facts[fact_id] = fact
    return snapshot.model_copy(update={"facts": facts})
