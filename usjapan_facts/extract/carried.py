"""Whether a sentence that does not name a declared fact's subject, or lacks its words, takes them from before.

From its heading ("The southern prefecture ..." under "Okinawa"), a list's lead-in, or the sentence before ("It is also
the largest source of FDI"; "The country ..." from the one before that when the one between names no country), and
whether the words tying a figure to the fact are the sentence before's ("That amounts to roughly 58% of the chamber").
"""

from __future__ import annotations

import re

from usjapan_facts.extract.anaphora import PLACE_BACK, passes_over, points_back
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.lists import LABEL, lead_in
from usjapan_facts.extract.rules.base import Context
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.whose import OTHERS, foreign_it

_RESTATES = re.compile(
    r"^(?:That|This|The (?:figure|total))\s+(?:\w+\s+)?(?:amounts|comes|works\s+out|equals|is)\b"
    r"|^It\s+(?:now\s+)?(?:stands|stood|sits|sat)\s+at\b"
)
"""A sentence that restates the sentence before's figure: 'That amounts to ...', 'It stood at ...' (after 'Their grip on
the House of Councillors is looser')."""
_ANOTHERS = re.compile(r"(?:The|That|This)\s+(?:[a-z]+\s+)?(?:agreement|accord|deal|arrangement)\b|Th(?:at|is)\s")
"""A sentence on a thing named before ('The current agreement', 'That comes to'): another country's, when that is."""


def about(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether the sentence is about the fact's subject, itself or through the sentence before."""
    return declaration.names_subject(sentence.text) or carries(declaration, sentence, context)


def carries(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence that does not name the fact's subject takes it from its heading or a sentence before."""
    text = sentence.text
    if (points_back(text) or LABEL.match(text)) and declaration.names_subject(sentence.section):
        return True  # 'The southern prefecture accounts for ...', 'Land area: 0.6 percent' under the heading 'Okinawa'
    lead = lead_in(text, context.preceding)
    if lead is not None and (
        declaration.names_subject(lead)
        or (not OTHERS.search(lead) and declaration.names_subject(context.preceding.get(lead, "")))
    ):
        return True  # 'fourth-largest trading partner overall' under 'Japan's place among U.S. partners held:'
    # 'They number ...' after 'Those forces are large.' after the sentence naming U.S. forces: a short chain.
    for _ in range(2):
        before = context.preceding.get(text)
        if not before or not (points_back(text) or (text != sentence.text and passes_over(sentence.text, text))):
            return False
        if declaration.names_subject(before):
            return True
        if any(pattern.search(before) for pattern in declaration.exclude):
            return False  # 'In the Upper House, it is weaker. It holds 55% there.': the Lower House is further back
        text = before
    return False


def carried_japans(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence that does not name the fact's subject takes it, as Japan's, from before."""
    text, before = sentence.text, context.preceding.get(sentence.text, "")
    if not carries(declaration, sentence, context):
        return False
    if PLACE_BACK.search(text) and OTHERS.search(before):
        return False  # 'there' after a sentence naming Japan and another country could be either
    # 'The current agreement ...' after a sentence on South Korea's is South Korea's.
    return not (declaration.japan and _ANOTHERS.match(text) and foreign_it(text, before))


def restated(declaration: Declaration, text: str, before: str) -> str:
    """'That amounts to roughly 58% of the chamber', 'It stood at a bit under 60%': the words tying the figure to the
    fact (its clause's words, a cue such as 'grip ... at') are the sentence before's, unless they rule the value out
    ('the opposition holds 100 of 248 seats', 'Turnout in the upper-house election was low')."""
    restates = _RESTATES.match(text) and not any(pattern.search(before) for pattern in declaration.exclude)
    return before if restates else ""


def topic_before(declaration: Declaration, sentence: Sentence, context: Context) -> bool:
    """Tell whether a sentence lacking the fact's words follows one that holds them (two back at most, as a subject
    is carried), or is a labelled item, whose label or heading stands for them."""
    if LABEL.match(sentence.text):
        return True
    text = sentence.text
    for _ in range(2):
        text = context.preceding.get(text, "")
        if any(word in text.casefold() for word in declaration.needs):
            return True
    return False


__all__ = ["about", "carried_japans", "carries", "restated", "topic_before"]
