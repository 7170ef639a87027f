"""A whole and its part in one sentence: 'Of the 9,000 Marines leaving Okinawa, some 4,000 are to go to Guam'.

Two counts of one thing, the second a part of the first, share one clause as far as punctuation goes, yet
the words after the part (its predicate) say what only the part does. Here each such pair is found and
each count gets its own span: the whole's is its noun phrase ('Of the 9,000 Marines leaving Okinawa'),
the part's the rest. The declared reader then ties each to the fact only by the words of its own span.
Three shapes are read:

- a leading partitive: 'Of the N X ..., M ...', 'Out of N X ..., M ...', 'Among the N X ..., M ...';
- an inline one: 'M of the N X ... will ...', 'M out of the N X ...';
- a relative one: 'N X ..., M of whom ...', 'N X ..., of whom M ...';
- a share of a whole: "Guam's share of the N X is M".

A whole may also be followed by an aside on its parts with no figure of their own ('9,000 Marines are to leave, fewer
than half of them for Guam'): the aside's words are the parts', never the whole's.

Pure, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.values import Candidate

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_DETERMINER = r"(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+|some\s+of\s+the\s+)?"
_LEADING = re.compile(rf"(?:^|[;:(]\s*|\.\s+|\u2014\s*)(?:Of|Out\s+of|Among|From)\s+{_DETERMINER}$", I)
_INLINE = re.compile(rf"\s+(?:of|out\s+of)\s+{_DETERMINER}$", I)
_RELATIVE = re.compile(
    r"(?:,?\s+(?:or\s+so|or\s+thereabouts|give\s+or\s+take),?)?\s+(?:of|out\s+of)\s+(?:whom|which|them|those|these)\b",
    I,
)
"""The part's relative words right after it, a hedge between: 'some 4,000 of them', 'four thousand or so of them'."""
_RELATIVE_BEFORE = re.compile(
    r",\s+(?:of|out\s+of|among)\s+(?:whom|which|them|those|these)\s*,?\s+(?:[a-z]+\s+){0,3}$", I
)
"""The part after its relative words: 'N X ..., of whom about M ...', 'N X ..., among them some M ...'."""
_VERB = re.compile(
    r"\b(?:will|would|are|is|were|was|have|has|had|must|shall|can|may|remain\w*|go|went|move[sd]?|"
    r"head(?:ed|s)?|be|stay\w*|relocat\w*|transfer\w*|shift\w*|serve[sd]?|serving|work(?:s|ed)?|live[sd]?|"
    r"sit|sits|arrive[sd]?|leave|left|depart\w*)\b",
    I,
)
"""The first verb after the whole's noun ends its noun phrase: 'the 9,000 Marines leaving Okinawa | will go'."""


_INSTALMENT = re.compile(
    r"\b(?:first|initial|last|next|final|remaining|latest|advance)\s+(?:(?:group|batch|contingent|wave)\s+of\s+)?$", I
)
"""A part that is a step of the whole's move ('the first 100'): the whole is the fact, as if no part were named."""


_UNNUMBERED = re.compile(
    r"(?:^|[;:(]\s*|\.\s+)(?:Of|Out\s+of|Among)\s+(?:the\s+|all\s+(?:the\s+)?|those\s+|these\s+)?(?:[^,;\d$\u00a5%]|\b(?:19|20)\d\d\b){3,100},\s+"
    r"(?:(?:some|about|roughly|around|nearly|almost|over|more\s+than|just\s+(?:over|under))\s+)?$"
)
"""A whole named with no figure before a part: 'Of U.S. imports from Japan, about $55 billion were autos'."""


def unnumbered_part(text: str, at: int) -> int | None:
    """Where the words of the part at `at` start (the comma after its whole) when the sentence names the whole it is a
    part of with no figure ('Of the U.S. troops in Japan, about 30,000 are in Okinawa'), else None."""
    if "Of " not in text and "Among " not in text and "Out of " not in text:
        return None
    found = _UNNUMBERED.search(text[:at])
    return text.rfind(",", 0, at) if found else None


def part_clause(text: str, at: int, clause: tuple[int, int], kind: str) -> tuple[int, int]:
    """The clause of a count or an amount at `at` without the words of a whole it is an unnumbered part of."""
    cut = unnumbered_part(text, at) if kind in ("count", "money") else None
    return (max(clause[0], cut), clause[1]) if cut else clause


@dataclass(frozen=True)
class Pair:
    """A whole and its part: the counts, and the span of words each owns."""

    whole: Candidate
    part: Candidate
    whole_span: tuple[int, int]
    part_span: tuple[int, int]


def _leading(text: str, found: tuple[Candidate, ...], index: int) -> Pair | None:
    whole = found[index]
    if not _LEADING.search(text[max(0, whole.start - 40) : whole.start]):
        return None
    comma = text.find(",", whole.end)
    part = next((other for other in found[index + 1 :] if comma >= 0 and other.start > comma), None)
    if part is None or text.find(";", whole.end, part.start) >= 0:
        return None
    start = max(0, text.rfind(";", 0, whole.start) + 1)
    return Pair(whole, part, (start, comma), (comma, _end(text, part.end)))


def _inline(text: str, found: tuple[Candidate, ...], index: int) -> Pair | None:
    part = found[index]
    if index + 1 >= len(found):
        return None
    whole = found[index + 1]
    if not _INLINE.fullmatch(text[part.end : whole.start]):
        return None
    verb = _VERB.search(text, whole.end, _end(text, whole.end))
    phrase_end = verb.start() if verb else _end(text, whole.end)
    comma = text.find(",", whole.end, phrase_end)
    # The words before the part are its own: 'Guam is to receive some 4,000 of the 9,000 Marines ...'.
    start = max(0, text.rfind(";", 0, part.start) + 1)
    return Pair(whole, part, (whole.start, comma if comma >= 0 else phrase_end), (start, _end(text, part.end)))


_SHARE_OF = re.compile(rf"\b(?:share|portion|part|allotment|allocation|slice)\s+of\s+{_DETERMINER}$", I)


def _share_of(text: str, found: tuple[Candidate, ...], index: int) -> Pair | None:
    """'Guam's share of the 9,000 Marines is about 4,000': the whole's words end at the verb, the part owns the rest."""
    whole = found[index]
    if index + 1 >= len(found) or not _SHARE_OF.search(text[max(0, whole.start - 40) : whole.start]):
        return None
    verb = _VERB.search(text, whole.end, found[index + 1].start)
    if verb is None or text.find(";", whole.end, found[index + 1].start) >= 0:
        return None
    start = max(0, text.rfind(";", 0, whole.start) + 1)
    return Pair(whole, found[index + 1], (whole.start, verb.start()), (start, _end(text, found[index + 1].end)))


def _relative(text: str, found: tuple[Candidate, ...], index: int) -> Pair | None:
    part = found[index]
    if index == 0 or not (
        _RELATIVE.match(text, part.end) or _RELATIVE_BEFORE.search(text, max(0, part.start - 60), part.start)
    ):
        return None
    whole = found[index - 1]
    comma = text.rfind(",", whole.end, part.start)
    if comma < 0 or text.find(";", whole.end, part.start) >= 0:
        return None
    # The whole's words start with its clause: 'Under the roadmap, which had envisioned moving 8,000 Marines to Guam,
    # about 9,000 are to leave Okinawa, roughly 4,000 of them for Guam' gives the 9,000 none of the aside's Guam.
    start = max(0, text.rfind(";", 0, whole.start) + 1, clause_of(clauses(text), whole.start)[0])
    return Pair(whole, part, (start, comma), (comma, _end(text, part.end)))


_REST = re.compile(r",?\s+(?:and|while|with)\s+(?:the\s+)?(?:rest|remainder|others|balance)\b", I)
"""Where a part's words give way to the rest's: '4,000 of them for Guam, and the rest for Hawaii'."""


def _end(text: str, at: int) -> int:
    """Where the statement holding `at` ends: the next semicolon, dash or turn to the rest, else the sentence's end."""
    rest = _REST.search(text, at)
    ends = [i for i in (text.find(";", at), text.find("\u2014", at), text.find(" -- ", at)) if i >= 0]
    return min([*ends, *([rest.start()] if rest else [])], default=len(text))


def pairs(text: str, found: tuple[Candidate, ...]) -> tuple[Pair, ...]:
    """Every whole and part among the counts `found` in `text` (in order of their place in it)."""
    result: list[Pair] = []
    for index in range(len(found)):
        pair = _leading(text, found, index) or _inline(text, found, index) or _relative(text, found, index)
        pair = pair or _share_of(text, found, index)
        if pair is None or _INSTALMENT.search(text, max(0, pair.part.start - 40), pair.part.start):
            continue  # 'The first 100 of some 4,000 Marines would begin relocating': the whole is what moves
        if all(pair.whole != other.whole for other in result):
            result.append(pair)
    return tuple(result)


def own_span(found: tuple[Pair, ...], candidate: Candidate) -> tuple[tuple[int, int] | None, Pair | None]:
    """The span of words `candidate` owns as a whole or a part (None when in no pair), and its pair if a part."""
    for pair in found:
        if pair.whole == candidate:
            return pair.whole_span, None
        if pair.part == candidate:
            return pair.part_span, pair
    return None, None


def inherits(
    clause: tuple[re.Pattern[str], ...],
    text: str,
    pair: Pair | None,
    tied: Callable[[Candidate, tuple[int, int]], bool],
) -> bool:
    """Tell whether a part takes its whole's unit ('some 4,000' the 'Marines' of 'Of the 9,000 Marines ...').

    Only when the fact's own words (`clause`) stand in the part's words and not the whole's, and the whole
    is `tied` to the fact by its unit: 'Of the 55,000 U.S. troops in Japan, 30,000 are in Okinawa' is the whole's.
    """
    if pair is None or not clause:
        return False
    whole, part = (text[start:end] for start, end in (pair.whole_span, pair.part_span))
    if any(pattern.search(whole) for pattern in clause):
        return False
    return any(pattern.search(part) for pattern in clause) and tied(pair.whole, pair.whole_span)


_SAID_AFTER = re.compile(r"\b(?:are|is|were|was|remain|remains|serve|serves|stay|stays)\b")
"""The verb after an aside on the parts ('26,000 troops, most of them Marines, are on Okinawa'): the whole's place."""
_PARTS = re.compile(
    r",\s+(?:among\s+them|including|such\s+as|notably|(?:(?:about|roughly|nearly|almost|(?:fewer|less|more)\s+than|"
    r"over|under)\s+)?(?:most|many|some|the\s+bulk|much|half|(?:a|the)\s+(?:majority|minority|third|quarter|"
    r"portion|share|fraction|largest\s+share)|(?:one|two)-(?:thirds?|quarters?))(?:\s+of\s+(?:them|whom|those)|"
    r"(?=\s+(?:for|to|bound|headed|going|slated)\b)))\b"
    r"|\s(?:include|includes|included|comprise|comprises)\b",
    I,
)


def parts_start(text: str, candidate: Candidate, clause: tuple[int, int]) -> int:
    """Where the value's clause goes on to its parts, whose words are theirs: ', among them the Marines on Okinawa',
    ', most of them sailors', '... include the Seventh Fleet'; the clause's end when it does not, or when a verb after
    the parts says where the whole is ('26,000 troops, most of them Marines, are on Okinawa')."""
    parts = _PARTS.search(text, candidate.end, clause[1])
    return clause[1] if parts is None or _SAID_AFTER.search(text, parts.end(), clause[1]) else parts.start()


def without_parts(text: str, candidate: Candidate, clause: tuple[int, int]) -> str:
    """The text with the aside on the value's parts blanked up to its next comma, whose words are the parts': in '9,000
    Marines are to leave, fewer than half of them for Guam' Guam is not the 9,000's."""
    parts = _PARTS.search(text, candidate.end, clause[1])
    if parts is None:
        return text
    end = next((at for at in (text.find(",", parts.end(), clause[1]),) if at >= 0), clause[1])
    return text[: parts.start()] + " " * (end - parts.start()) + text[end:]
