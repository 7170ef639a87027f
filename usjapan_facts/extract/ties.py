"""Whether a value is tied to its fact's words: a unit after it, a cue before it, a list item's label, a rank's noun.

A unit must follow the value before another value of its kind does ('9,000 Marines ... 4,000 of them'); a cue must end
right before it; a value-first item names its unit after its colon ('0.6%: Okinawa's share of Japan's land area'); a
rank that ends its clause may take its noun from the subject's other standing in a sentence setting then beside now
('formerly the fourth-largest U.S. partner, it is now the fifth-largest').
"""

from __future__ import annotations

import re

from usjapan_facts.extract.clauses import bare
from usjapan_facts.extract.counted_ranks import OTHERS_ONES
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.lists import LABEL, item_ended, item_label
from usjapan_facts.extract.values import Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_VALUE_FIRST = re.compile(r":\s+(?P<of>(?:the\s+)?[\w.]+\W?s\s+)?(?:(?:share|portion|fraction|proportion)\s+of\s+)?", I)
"""A list item whose value comes first: '0.6%: Okinawa's share of Japan's land area', '54,000: U.S. troops in Japan'."""
_INVERTED = re.compile(
    r"(?:\s*(?:of|among)\s+(?:any|all)(?:\s+(?:other\s+)?(?:country\W?s|countries|nations|economies))?)?,?\s*"
    r"(?:is|are|was|were)\s+(?:Japan\W?s|its)\s+",
    I,
)
"""A rank fronted before the verb and the subject it ranks: 'Second only to China's are Japan's holdings of ...'."""
_OPENS = re.compile(r"\W*(?:the\s+)?", I)
_OTHERS_ONES = re.compile(rf"{OTHERS_ONES}\s", I)
"""A rank said of the others' measure, named by the clause before: 'no other country's is larger'."""
_COPULA = re.compile(
    r"(?:,\s+(?:measured\s+|set\s+|reckoned\s+)?(?:against|from|relative\s+to|compared\s+(?:with|to))\s+[^,;]{1,80},)?"
    r"\s+is\s+(?:also\s+)?(?:the|its|Japan\W?s)\s+",
    I,
)
"""A value its clause opens on, said to be the fact's measure by a present copula, only a baseline's aside between:
'Twenty-six percent, measured against FY2013 levels, is the cut in greenhouse gas emissions Japan pledged'. Not 'was'
(a past measure), nor an aside of who says so or of when ('environmental groups argue', 'before the July vote')."""
_OWN_MEASURE = re.compile(
    r"(?:\s*(?:(?:that|which)\s+)?(?:Japan|Tokyo(?!\s+metropolitan)|the\s+(?:Japanese\s+)?government)\s+(?:has\s+)?"
    r"(?:pledged|set|adopted|promised)(?:\s+(?:under|in|for|by|at)\s+[^,;]{1,40}?)?)?[\s.]*",
    I,
)
"""What may follow the measure after the copula: nothing, or Japan's own pledge ('... Japan pledged under the Paris
Agreement'); not another's ('the EU pledged', 'the Tokyo metropolitan government pledged') nor advice ('Japan should
pledge', 'that would be needed')."""
_OPENING = re.compile(r"\s*(?:(?:about|some|roughly|nearly|around|almost|just|only)\s+)?", I)
_JOINED = re.compile(r"(?:,?\s+and|\s*[;:]|,)\s+$")
"""What joins that clause to the one before: ', and', ';', ':'."""


def tied_to(
    declaration: Declaration,
    text: str,
    candidate: Candidate,
    clause: tuple[int, int],
    others: list[Candidate],
    earlier: str = "",
) -> bool:
    """Tell whether the fact's words tie the value to it: a unit right after it, a cue right before it (or, for a
    restating sentence, in the sentence it restates), a list item's label, or a rank's noun elided."""
    end = clause[1]
    if not declaration.unit and not declaration.cue:
        return True
    after_end = min(end, candidate.end + declaration.window)
    # The unit must follow before another value of the same kind does: '9,000 Marines ... 4,000 of them'.
    following = [other.start for other in others if candidate.end <= other.start < after_end]
    after = text[candidate.end : min([after_end, *following])]
    inverted = _INVERTED.match(after) if declaration.value == "rank" else None
    if inverted and _OPENS.fullmatch(text, 0, candidate.start):
        after = after[inverted.end() :]  # 'Second only to China's are Japan's holdings of ...': the measure follows
    if any(pattern.match(after) for pattern in declaration.unit_near) or _elided(declaration, text, candidate, others):
        return True
    rest = text[candidate.end : min([end, *(other.start for other in others if other.start >= candidate.end)])]
    copula = _COPULA.match(rest) if _OPENING.fullmatch(text, clause[0], candidate.start) else None
    units = (pattern.match(rest, copula.end()) for pattern in declaration.unit) if copula else ()
    if any(unit and _OWN_MEASURE.fullmatch(rest, unit.end()) for unit in units):
        return True  # 'Twenty-six percent, ... by FY2030, is the cut in greenhouse gas emissions Japan pledged'
    if declaration.value == "rank" and _within(declaration, text, candidate):
        return True
    # A cue must end right before the value (fillers aside), so it may span another value: 'exported $X and imported'.
    # A restating sentence's cue may begin in the sentence it restates: 'Their grip on ... is looser. It stood at'.
    # An aside on the subject's makeup ('Imports from Japan, chiefly cars, came to') stands outside the cue's words.
    text = bare(text)
    before = f"{earlier} {text[: candidate.start]}"[-declaration.window :] if earlier else ""
    before = before or text[max(0, candidate.start - declaration.window) : candidate.start]
    if any(pattern.search(before) for pattern in declaration.cue_near):
        return True
    if declaration.value == "rank" and _OTHERS_ONES.match(text, candidate.start) and (joined := _JOINED.search(before)):
        # '..., and no other country's is larger': the others' measure is the one the clause before ties to the fact
        return any(pattern.search(f"{before[: joined.start()]}, ") for pattern in declaration.cue_near)
    if not text[: candidate.start].strip() and (item := _VALUE_FIRST.match(text, candidate.end)):
        # A value-first item names its unit right after its colon, or after 'its share of': '0.6%: Okinawa's share of
        # Japan's land area', 'about 70%: its share of the land reserved for ...' (never 'of the island's area').
        heads = {item.end(), item.start("of")} - {-1}
        return any(pattern.match(text, at) for at in heads for pattern in declaration.unit + declaration.cue)
    # A list's label: 'U.S. troops in Japan: about 54,000' names the unit before the value.
    label = item_label(text, clause[0], candidate.start) or item_label(text, 0, candidate.start)
    if label is None and not others and not item_ended(text, candidate.start):
        # 'Treasury securities: Japanese investors hold ..., more than any other country's': the item's only value.
        label = LABEL.match(text)
    return label is not None and any(pattern.search(label.group(1)) for pattern in declaration.unit + declaration.cue)


_COMPARED = re.compile(
    r"\s(?:by|with|to|from)\s+(?:(?:those|that)\s+(?:of|with|to|from)\s+)?(?:only\s+|just\s+)?\w+\s*$", I
)
"""A rank said by the count of those ahead, its measure between the verb and the count: 'outranked as a U.S. trading
partner by just four', 'ran larger goods deficits with only four'."""


def _within(declaration: Declaration, text: str, candidate: Candidate) -> bool:
    """Tell whether a rank counted by those ahead names its measure inside its own words, before the count."""
    said = text[candidate.start : candidate.end]
    compared = _COMPARED.search(said)
    if compared is None:
        return False
    heads = [word.start() - 1 for word in re.finditer(r"(?<=\s)\w", said[: compared.start()])]
    return any(pattern.match(said, at) for at in heads for pattern in declaration.unit_near)


_BARE_END = re.compile(r"\s*(?:(?:in|during|as\s+of)\s+(?:19|20)\d\d\s*)?(?:[.;]|$)")
_THEN_AND_NOW = re.compile(r"\b(?:now|formerly|previously|once|earlier|then|at\s+the\s+time|ago|has\s+since)\b", I)


def _elided(declaration: Declaration, text: str, candidate: Candidate, others: list[Candidate]) -> bool:
    """Tell whether a rank that ends its clause takes its noun from the subject's other standing before it, in a
    sentence that sets then beside now: 'formerly the fourth-largest U.S. partner, it is now the fifth-largest'."""
    if declaration.value != "rank" or not _BARE_END.match(text, candidate.end) or not _THEN_AND_NOW.search(text):
        return False
    return any(
        other.end < candidate.start and pattern.match(text[other.end : other.end + declaration.window])
        for other in others
        for pattern in declaration.unit_near
    )


_PROSE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|go|goes|went|head|heads)\b", I)


def led_unit(declaration: Declaration, text: str, candidate: Candidate, lead: str | None, alone: bool) -> bool:
    """Tell whether a labelled item's value, right after its label and `alone` of its kind there, counts what the
    list's lead-in names: 'Under the plan, the Marines are headed to:' then 'Guam: approximately 4,000' (the label says
    whose, the lead-in what); a lead-in of prose, with its verb, never a table's title over its rows' cells."""
    if not lead or not alone or not _PROSE.search(lead) or item_label(text, 0, candidate.start) is None:
        return False
    return any(pattern.search(lead) for pattern in declaration.unit)


__all__ = ["led_unit", "tied_to"]
