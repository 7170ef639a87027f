"""A later instrument of an agreement (a protocol, an amendment, a side letter) is not the agreement.

'A protocol amending the U.S.-Japan Trade Agreement took effect on January 1, 2023', 'Amendments to the Critical
Minerals Agreement were signed in December', 'The trade agreement's protocol on beef entered into force ...': the deed
and its date are the instrument's own, and the agreement, named only as what the instrument changes or belongs to, was
signed and took effect on other days. The readers of the agreements' dates read the sentence with such a phrase cut
to its instrument ('A protocol took effect on January 1, 2023'), so that the agreement is no longer named there and
its date is not read from the instrument's; an agreement the sentence names apart keeps its own ('The USJTA took
effect on January 1, 2020, and a protocol amending it was signed in 2022'), and so does one a later clause calls 'it'
beside an instrument that is plural ('The USJTA's annexes list the cuts; it was signed on October 7, 2019'): 'it' is
then the agreement, and is spelled as its name. Pure, no I/O.
"""

from __future__ import annotations

import re

_INSTRUMENT = (
    r"(?i:protocols?|amendments?|side[- ]letters?|annex(?:es)?|addend(?:um|a)|exchanges?\s+of\s+(?:notes|letters)|"
    r"revisions?)"
)
"""The nouns of an instrument that changes or supplements an agreement."""
_NAME = (
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w.\u2010-\u2015-]*|of|on)\s+){0,5}(?:Agreement|Accord|Pact|USJTA|UDTA|DTA|CMA)\b"
    r"(?:\s+\([A-Z]{2,6}\))?"
    r"|(?i:the\s+(?:two\s+)?(?:(?:trade|digital\s+trade|critical\s+minerals?)\s+)?(?:agreements?|deals?|pacts?|accords?))\b"
    r"|\b(?:it|them)\b"
)
"""An agreement named, by its name, as 'the (trade) agreement', or by a pronoun."""
_OF_AGREEMENT = re.compile(
    rf"\b(?P<instrument>{_INSTRUMENT})\s+(?i:amending|modifying|revising|updating|changing|to|of|under)\s+(?P<name>{_NAME})"
)
"""'a protocol amending the USJTA', 'amendments to it', 'a side letter under the trade agreement'."""
_AGREEMENTS = re.compile(rf"(?P<name>{_NAME})['\u2019]s\s+(?P<instrument>(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT})\b")
"""'the U.S.-Japan Trade Agreement's protocol on beef', 'the CMA's first amendment'."""


def _own(match: re.Match[str]) -> str:
    article = "The" if match.group("name")[:1].isupper() else "the"
    return f"{article} {match.group('instrument')}"


_CLAUSE_START = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but|while|whereas)\s+(?=\w+\s+\w+\s+)")
"""Where a clause after the first starts: '...; a protocol amending it ...', '..., and amendments to it ...'."""


_PLURAL = r"(?i:exchanges\s.*|(?:side[- ])?\w+s|addenda)"
"""An instrument's noun that is plural: 'annexes', 'side letters', 'exchanges of notes', 'addenda'."""
_LATER_IT = re.compile(r"(?P<open>;\s*|,\s+(?:and|but|while|whereas)\s+)it\b")
"""A later clause whose subject is 'it': '...; it was signed on ...', '..., and it took effect ...'."""


def _it_named(text: str, found: re.Match[str]) -> str:
    """The text with a later clause's 'it' spelled as the agreement named before it, where the instrument named with
    it is plural ('The USJTA's annexes list the tariff cuts; it was signed on October 7, 2019'): 'it' cannot be the
    annexes, so it is the agreement, and its deed is the agreement's own once the instrument is cut to itself."""
    head = re.search(_INSTRUMENT, found.group("instrument"))
    name = found.group("name")
    if head is None or re.fullmatch(r"(?i:it|them)", name) or not re.fullmatch(_PLURAL, head.group()):
        return text
    said = re.sub(r"^The\b", "the", name)
    return text[: found.end()] + _LATER_IT.sub(lambda m: m.group("open") + said, text[found.end() :], count=1)


def without_instruments(text: str) -> str:
    """The text with each instrument named with the agreement it changes cut to the instrument alone, and a later
    clause the instrument is the subject of cut off: its deed is the instrument's, whatever it names before."""
    if not re.search(_INSTRUMENT, text):
        return text
    found = _OF_AGREEMENT.search(text) or _AGREEMENTS.search(text)
    if found is not None:
        opens = [clause.span() for clause in _CLAUSE_START.finditer(text, 0, found.start())]
        if opens and re.fullmatch(r"(?:[\w-]+\s+){0,2}", text[opens[-1][1] : found.start()]):
            return text[: opens[-1][0]] + "."  # '...; a protocol amending it took effect in 2023': the clause before it
        text = _it_named(text, found)
    return _AGREEMENTS.sub(_own, _OF_AGREEMENT.sub(r"\g<instrument>", text))
