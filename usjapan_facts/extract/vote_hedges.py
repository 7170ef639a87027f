"""The words that rule a vote out: one only supposed ('unless', 'if'), urged, demanded, ruled out or speculated
about, and one only floated, weighed, predicted or wanted (hedged), and the nouns a vote is named by. Shared by the
readers of contests and of chamber votes: the elections' walk (`occasions`) asks `unhedged`, which sets aside every
vote of a kind only urged but of a hedged kind only the hedge's own date; the chamber votes' and shares' readers
refuse a sentence or clause `URGED` matches, either way. Pure, no I/O."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from usjapan_facts.extract.parsers import MONTH, YEAR, dates
from usjapan_facts.extract.word_choice import holds_any

if TYPE_CHECKING:
    from usjapan_facts.extract.rules import Fields
    from usjapan_facts.extract.text import Sentence

NOUN = r"(?:elections?|polls?|votes?|contests?|races?|ballot(?:ing)?|runoffs?)"
SUPPOSED = re.compile(
    r"\b(?:unless|barring|if|absent|should|could|might|may|would|rumou?r\w*|specul\w*|urg\w*|demand\w*|"
    r"call(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|sought|seek\w*|"
    r"rul(?:e|es|ed|ing)\s+out|refus\w*|reject\w*)\b",
    re.I,
)
"""A vote only supposed, or one urged, demanded or ruled out: no contest scheduled."""
_LINK = r"(?:the|of|in|for|on|at|to|by|with|ahead|before|after)"
"""Words that end the noun phrase an article opens: 'floated a cash handout ahead of the election' floats no vote."""
_AROUND = r"(?:before|after|ahead|during|until|since|around|near|for|on|at|in|of|with|to)"
"""Words that set a vote beside what is wanted or weighed: 'want to hold talks before the election' holds no vote."""
_OUTCOME = r"(?:wins?|victor(?:y|ies)|results?|gains?|outcomes?|landslides?)\b"
"""A vote's outcome: 'touted a Lower House election win in July 2025' touts a vote held, and floats none."""
_WHEN = rf"\b(?:(?:19|20)\d\d|{MONTH})\b"
_WEIGHED = (
    r"\b(?:(?:float|moot|tout|weigh|mull)(?:s|ed|ing)|consider(?:s|ing)?|"
    r"(?<!\bis\s)(?<!\bwas\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwidely\s)considered)"
)
"""A vote only put forward or turned over: floated, mooted, touted, weighed, mulled or considered (not 'was considered
a referendum on him', which names a vote held)."""
_SNAP = rf"(?:snap|early)\s+(?:(?:lower|upper)[- ]house\s+|general\s+|national\s+)?{NOUN}"
"""A snap or early vote, of the Lower House or the nation's: 'a snap election', 'an early general vote'."""
_DISSOLVING = r"dissolving\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:for|in)\s+"
"""A dissolution turned over for a vote: 'considered dissolving the Lower House for a March 2025 vote'."""
_URGED_ALL = (
    rf"\b(?:demand\w*|urg\w*|press\w*\s+for|push\w*\s+for|call\w*\s+for\s+(?:an?\s+)?early)\s+(?:[\w-]+\s+){{0,11}}?{NOUN}\b"
    rf"|\b(?:rul(?:e|es|ed|ing)\s+out|specul\w*|might|could|may|expect(?:s|ed|ing)?)\s+(?:[\w'\u2019-]+\s+){{0,6}}?"
    rf"(?:{_SNAP}|dissol\w*)\b"
    rf"|\bwhether\s+(?:or\s+not\s+)?to\s+(?:hold|call|have|stage|schedule|convene|bring\s+forward)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,6}}?{NOUN}\b"
)
"""A vote urged, demanded, ruled out, speculated about or one a decision is still to be made on: every date of its kind
in the sentence is refused (`urged_kinds`)."""
_HEDGED = (
    rf"\b(?:(?:predict|forecast|anticipat)\w*|eyeing|(?:hop(?:e|es|ed|ing)|wish(?:es|ed|ing)?)\s+to\s+(?:call|hold|have))\s+"
    rf"an?\s+(?:[\w-]+\s+){{0,2}}?{_SNAP}\b"
    rf"|(?:{_WEIGHED}|\bwant(?:s|ed)?|\bwish(?:es|ed)?)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:to\s+(?:hold|move|advance|delay|postpone)|"
    rf"holding|moving|advancing|delaying|postponing)\s+(?:(?!{_AROUND}\b)[\w'\u2019-]+\s+){{0,4}}?{NOUN}\b"
    rf"|{_WEIGHED}\s+(?:(?:the\s+)?(?:idea|prospect|possibility)\s+of\s+|holding\s+|calling\s+|{_DISSOLVING})?"
    rf"an?\s+(?:(?!{_LINK}\b)[\w-]+\s+){{0,4}}?(?:{_WHEN}(?:\s+[\w-]+){{0,3}}?\s+{NOUN}\b(?!\s+{_OUTCOME})"
    rf"|{NOUN}\b(?!\s+{_OUTCOME})[^,;]*?{_WHEN})"
)
"""A vote only predicted, eyed, hoped, wished, wanted, floated or weighed: only its own date is refused (`unhedged`)."""
_OWN_DATE = (
    r"(?:\s+(?!(?:and|but|when|while|as|where|which|who|that)\b)[\w'\u2019-]+){0,3}?\s+(?:in|on|for|to|by|until|before|"
    rf"after|around)\s+(?:(?:early|late|mid-?)\s*|the\s+)?(?:{MONTH}(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\b"
)
"""The date a hedged vote's own words give it right after its noun ('want to hold its leadership vote in July', 'floated
moving the party's vote up to August')."""
_WHOLE = re.compile(_URGED_ALL, re.I)
_HEDGED_OWN = re.compile(rf"(?:{_HEDGED})(?:{_OWN_DATE})?", re.I)
URGED = re.compile(
    rf"{_URGED_ALL}|{_HEDGED}",
    re.I,
)
"""A vote urged or demanded ('the opposition demanded a snap election in 2023'), ruled out or only speculated about
('Kishida might dissolve the lower house for a snap poll in October'), floated, mooted, touted, weighed, mulled or
considered as a vote to come and dated in the clause that floats it ('aides have floated holding a snap poll in November
2026', 'weighed dissolving the chamber for a March vote', 'touted a June 2027 snap vote'; not 'touted the results
of the July 2025 election', nor 'mooted a snap election, but set the vote for November 8'), or only expected ('pundits
expect him to call a snap vote in the spring'; a scheduled vote 'expected in July' is dated), a snap vote predicted,
eyed, or hoped or wished to be called ('analysts predict a snap election in June', 'he hopes to call an early vote in
May'; not 'predict losses in the snap election', nor 'hopes the snap election will'), a vote one only wants or
weighs holding, moving or putting off ('floated moving the party's vote up to August', 'critics want the LDP to hold
its leadership vote in July'), or one a decision is still to be made on ('will decide in September whether to hold an
early vote'): none the readers may date (the elections' walk, through `unhedged`, sets aside only a hedged vote's own
date)."""
URGING = (
    "demand",
    "urg",
    "float",
    "moot",
    "tout",
    "weigh",
    "mull",
    "consider",
    "press",
    "push",
    "call",
    "rul",
    "specul",
    "might",
    "could",
    "may",
    "expect",
    "predict",
    "forecast",
    "anticipat",
    "hop",
    "wish",
    "want",
    "eyeing",
    "whether",
)
"""The words of `URGED`, one of which a sentence must hold (lower case) before the pattern is tried."""
_PARTY_HEAD = re.compile(
    r"\b(?:re-?elect\w*|(?:leadership|presidential)\s+(?:elections?|votes?|races?|contests?)|(?:(?:third|second|new|own)\s+)?term)"
    r"\s+(?:as\s+)?(?:(?:the|its|his|her)\s+)?(?:(?:party|LDP|ruling\s+party)\W?s?\s+(?:head|president|leader|chief))\b"
    r"|\b(?:party|LDP|its|their)\W?s?\s+(?:leadership|presidential)\s+(?:elections?|votes?|races?|contests?|runoffs?)\b",
    re.I,
)
"""A party head's own vote or term: 'will seek reelection as party head', 'his own term as LDP president', 'the LDP
held its leadership race'."""
_CHAMBER = re.compile(
    r"\b(?:(?:lower|upper)[- ](?:house|chamber)|House\s+of\s+(?:Representatives|Councill?ors))\b"
    r"(?!\W?s?\s+(?:(?:next|ordinary|extraordinary|special)\s+)?sessions?\b)",
    re.I,
)
"""A chamber by its name, not as a session's ('in the Lower House's next session': no vote)."""


_HEAD_WORDS = ("head", "president", "leadership")
_SUPPOSED_DISSOLUTION = re.compile(r"^\W*(?:unless|if|should|barring|were)\b[^,;]*\bdissol\w*[^,;]*,", re.I)
"""An opening clause that only supposes a dissolution: 'Unless Hoshino dissolves the lower chamber early,'."""


def chamber_only_supposed(text: str) -> bool:
    """Tell whether a sentence names its chamber only in an opening clause supposing its dissolution: in 'Unless
    Hoshino dissolves the House of Representatives early, voters go to the polls on March 9' the vote's chamber is
    the supposed dissolution's, and no general election is called."""
    opening = _SUPPOSED_DISSOLUTION.match(text)
    return opening is not None and _CHAMBER.search(text, opening.end()) is None


def party_head_dated(text: str, spans: list[tuple[int, int]]) -> bool:
    """Tell whether each of a sentence's dates (their `spans`) stands nearer a party head's own vote than any chamber's
    name: 'Ishiba will seek reelection as party head in September 2025 after leading the LDP into the Lower House vote'
    dates the party's vote, not the chamber's."""
    heads = [found.end() for found in _PARTY_HEAD.finditer(text)] if holds_any(text.lower(), _HEAD_WORDS) else []
    if not heads or not spans:
        return False
    chambers = [found.start() for found in _CHAMBER.finditer(text)]
    return all(
        min(abs(start - head) for head in heads) < min((abs(start - at) for at in chambers), default=len(text))
        for start, _ in spans
    )


_KINDS = (
    ("upper_house", re.compile(r"\b(?:upper|councill?ors?)\b", re.I)),
    ("ldp_president", re.compile(r"\b(?:leader\w*|president\w*|LDP|party)\b", re.I)),
    ("okinawa_governor", re.compile(r"\b(?:governor\w*|gubernatorial)\b", re.I)),
)


def urged_kinds(text: str) -> tuple[str, ...]:
    """The kinds of contest a sentence only urges, demands, rules out or speculates about (`_URGED_ALL`), as prefixes of
    their slugs: 'ruled out dissolving the Lower House before the July 2025 Upper House election' urges no Upper House
    vote, which stands; a snap, general or dissolved vote is the Lower House's."""
    return tuple(_kind(found.group(0)) for found in _WHOLE.finditer(text))


def _kind(words: str) -> str:
    """The slug prefix of the vote a hedge names: a snap, general or dissolved vote is the Lower House's."""
    return next((kind for kind, found in _KINDS if found.search(words)), "lower_house")


def _told(text: str, spans: list[tuple[int, int]], inside: bool) -> set[str]:
    """The dates (day, month or bare year) a sentence tells inside the hedged votes' `spans`, or outside them."""
    told = [*dates(text), *((found.group(0), found) for found in YEAR.finditer(text))]
    return {value for value, found in told if any(a <= found.start() < b for a, b in spans) is inside}


_HELD = re.compile(
    r"\b(?:(?:was|were|had\s+been)\s+held|took\s+place|went\s+to\s+the\s+polls|"
    rf"{NOUN}\s+(?:came|followed)|called\s+(?:it|the\s+{NOUN})\s+(?:for|on))\b",
    re.I,
)
"""A clause telling a vote held or called: 'and it was held on that day', 'the vote came on October 27, 2030'."""


def unhedged(sentence: Sentence, read: list[tuple[str, Fields]]) -> list[tuple[str, Fields]]:
    """The contests `read` in a sentence less those it only urges (every one of that kind, `urged_kinds`) or only
    hedges (`_HEDGED`): a hedged vote's kind keeps only a date told outside the hedge ('Hoshino, who had considered a
    snap election in 2029, dissolved the Lower House for an election on October 27, 2030' dates the vote held), or
    one a later clause tells held or called (`_held`)."""
    if not read or not holds_any(sentence.folded, URGING):
        return read
    text = sentence.text
    urged = urged_kinds(text)
    hedges = [(_kind(found.group(0)), found.span()) for found in _HEDGED_OWN.finditer(text)]
    spans = [span for _, span in hedges]
    inside, outside = (_told(text, spans, True), _told(text, spans, False)) if hedges else (set(), set())
    kept = []
    for slug, fields in read:
        date = str(fields.get("date"))
        if slug.startswith(urged):
            continue
        if slug.startswith(tuple(kind for kind, _ in hedges)) and (date in inside or not _dated_outside(date, outside)):
            held = _held(text, [span for kind, span in hedges if slug.startswith(kind)], date)
            if held is None:
                continue
            fields = {**fields, "date": held}
        kept.append((slug, fields))
    return kept


def _held(text: str, spans: list[tuple[int, int]], date: str) -> str | None:
    """The date of a hedged vote a clause after the hedge tells held or called: its own date where it gives one finer
    than (or as fine as) `date` ('predicted a snap election in October 2030; the vote came on October 27, 2030'), or
    `date` where it gives none ('and it was held on that day'); None where it gives another or none is told held."""
    after = max(end for _, end in spans)
    held = next(
        (found for found in _HELD.finditer(text, after) if not any(a <= found.start() < b for a, b in spans)), None
    )
    if held is None:
        return None
    told = next((value for value, found in dates(text) if found.start() >= held.start()), date)
    return told if told.startswith(date) else date if date.startswith(told) else None


def _dated_outside(date: str, outside: set[str]) -> bool:
    """Tell whether a contest's date is one of those told outside every hedge (or a part of one, or it a part)."""
    return any(date.startswith(told) or told.startswith(date) for told in outside)


__all__ = [
    "NOUN",
    "SUPPOSED",
    "URGED",
    "URGING",
    "chamber_only_supposed",
    "party_head_dated",
    "unhedged",
    "urged_kinds",
]
