"""The plain sentences a sentence stands for, read by the rules for the facts it gave no value: a shortened rank
('sixth and fifth, respectively'), figures paired 'respectively' with places or years, a count told by an occasion's
ordinal, a cleft sentence ('It was in 1951 that ...'), a source inside a relative clause. Each reading quotes the
sentence itself. Pure, no I/O.
"""

from __future__ import annotations

from usjapan_facts.extract.gapped import restated
from usjapan_facts.extract.ordinal_counts import ordinal_counts
from usjapan_facts.extract.respective_values import respective
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import NeedsIndex
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.told_plainly import plainly


def stood_for(
    needs: NeedsIndex, sentence: Sentence, context: Context, kinds: dict[str, str], read: set[str]
) -> list[tuple[str, Fields]]:
    """What the plain sentences a shortened rank stands for ('sixth and fifth, respectively') state, quoting it; and
    those figures paired 'respectively' with places or years stand for (`respective_values`) and a count told by an
    occasion's ordinal (`ordinal_counts`) and a sentence told plainly (`told_plainly`), for the facts the sentence
    itself gave no value."""
    found = []
    plain = [(text, True) for text in restated(sentence.text, sentence.folded)]
    cover = context.updated.year if context.updated is not None else None
    told = respective(sentence.text) + ordinal_counts(sentence.text, cover) + plainly(sentence.text)
    paired = [(text, False) for text in told]
    for text, ranks in plain + paired:
        context.preceding.setdefault(text, context.preceding.get(sentence.text, ""))
        context.following.setdefault(text, context.following.get(sentence.text, ""))
        part = Sentence(text, sentence.section, sentence.cut)
        found += [
            (fact_id, fields)
            for fact_id, rule in needs.candidates(part)
            if (kinds[fact_id] == "rank") == ranks and fact_id not in read and (fields := rule.read(part, context))
        ]
    return found


__all__ = ["stood_for"]
