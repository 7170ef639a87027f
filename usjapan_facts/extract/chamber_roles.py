"""The general reader of the Diet's chambers: the ruling coalition's share of a chamber, and the dates by which the
Lower House's election and the next national vote fall, for the facts their rules left unread. Pure, no I/O.

The roles, read in one clause (`extract.clauses`) by the words its lexicon declares
(`briefs/<BRIEF>/chamber_roles.toml`):

- a share: whose (the ruling coalition: `holder` words in the clause or the sentence, or words pointing back to a
  sentence before that names it; a table row's share, its other columns' headers), of which chamber (one chamber's
  names only, in the clause, else the sentence, else the sentence before), how much (a percent or fraction, 'a
  majority', 'N of M' seats, or `under` words: 'short of a majority'). Ruled out by another holder (`rival`: the
  opposition, one party alone), a share of something else (`other`: votes, turnout, a bar to clear, seats up for
  election), a past (`past` words, a year before the cover's), or two values.
- a due date: which chamber's term or which national vote (the fact's `concept`, and for the Lower House its names,
  never the Upper House's in the same clause), by when (a date after the cover's in a clause holding `deadline` words).
  Ruled out by `gone` words: a past vote, another office or country, a supposition.

A value is kept only when every sentence read gives the same one. Gated: a fact is tried only when unread, a sentence
only when it holds one of the fact's gate words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from usjapan_facts.extract.agreed import Readings, fill_agreed
from usjapan_facts.extract.chamber_due import due
from usjapan_facts.extract.chamber_lexicon import Fact, Lexicon, any_of, blank, chamber_of, partnered
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.rules.base import PAST, Context, Fields
from usjapan_facts.extract.share_roles import fraction_restating, held_by_coalition, seat_share_said, share_time
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.values import percents

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
COALITION = "politics.ruling_coalition"

_SEATS = re.compile(
    r"\b(?P<held>\d{2,3})\s+(?:seats\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|all\s+)?(?:(?:chamber|(?:upper|lower)[-\s](?:House|chamber))\W?s\s+)?"
    r"(?P<whole>\d{3})\b(?![-\s]*(?:percent|%))",
    I,
)
"""Seats held of the chamber's whole: '310 of the 465 seats', '135 out of 245', '141 of the Upper House's 245'."""
_BY = re.compile(r"\b(?:by|from)\s+(?:\w+\s+)?$", I)
_OF_VOTES = re.compile(r"\s*of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?|voters|ballots|respondents)\b", I)
_FRACTION_IN = re.compile(r"\b(thirds|fifths|quarters|half)\s+in\b", I)
"""A fraction 'in' a chamber is 'of' it: 'more than two-thirds in the House of Representatives'."""
_FRACTION_THE = re.compile(
    r"\b(thirds|fifths|quarters|half)\s+(?=the\s+(?:[\w'\u2019-]+\s+){1,3}?(?:seats|members)\b)", I
)
"""A fraction of the chamber's seats said without 'of': 'fewer than half the upper chamber's seats'."""
_FRACTION_END = re.compile(
    r"(\b(?:holds?|held|controls?|commands?|has|have|occupies|occupy|keeps?|retains?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[\w]+-)?(?:thirds|fifths|quarters|half))(?=\W*$)",
    I,
)
"""A fraction the clause ends on, held with no 'of': 'they control about three-fifths' (of the chamber's seats)."""
_EVERY = re.compile(r"\b(?P<held>\d{1,3})\s+(?:seats?\s+)?(?:of|in|out\s+of)\s+every\s+(?P<whole>\d{1,3})\b", I)
"""Seats said as so many of every so many: 'or 63 of every 100'."""
_WHOLE = re.compile(r"\b(?P<whole>\d{3})[-\s]+(?:seats?|members?|lawmakers|legislators)\b", I)
"""The chamber's size, told apart from the seats held: 'Of the 248 seats ..., the two hold 122', 'The House of
Councillors has 248 members. The ruling bloc accounts for 119 of them'."""
_COUNT = re.compile(
    r"(?:\b(?:holds?|held|controls?|has|have|commands?|occupies|occupy|accounts?\s+for|fills?)\s+"
    r"(?P<near>(?:about|some|roughly|around|nearly|almost|only|just|a\s+mere)\s+)?(?P<held>\d{2,3})"
    r"|\b(?P<held2>\d{2,3})\s+(?:seats\s+)?of\s+(?:them|those|these|the\s+seats|its\s+seats|that\s+total))\b"
    r"(?![-\s]*(?:percent|%|-|years?|members|seats\s+(?:up|at\s+stake|contested)))",
    I,
)
"""Seats held said as a bare count, the chamber's size told elsewhere in the sentence or the one before."""


_SHARE_CELL = re.compile(r"(?P<row>.+?)\s+(?:seat\s+)?share(?:\s+of\s+(?:the\s+)?seats)?(?P<unit>\s*\(%\))?", I)
"""A table's cell of a bare share column: 'House of Councillors share: 56%', its row's label before the header (a
percent in the header: 'House of Councillors (Upper House) share (%): 59')."""


def _row(sentence: Sentence, context: Context) -> str:
    """The headers of the other columns of a table's row whose cell is a bare share ('House of Councillors coalition:
    138' beside 'House of Councillors share: 56%'), each cell read as a sentence of its own, and the table's caption
    ('Ruling Coalition Strength in the Diet'): they name whose share it is. Empty for any other sentence."""
    cell = _SHARE_CELL.fullmatch(sentence.text.partition(":")[0])
    if not sentence.section.startswith("Table") or cell is None:
        return ""
    stem, headers = f"{cell.group('row')} ", []
    for neighbours in (context.preceding, context.following):
        text = sentence.text
        for _ in range(8):
            text = neighbours.get(text, "")
            if not text.startswith(stem) or ":" not in text:
                break
            headers.append(text.partition(":")[0][len(stem) :])
    return "; ".join([*headers, sentence.section])


def _shares(
    lex: Lexicon, clause: str, seats_too: bool = True, whole: int = 0, after: str = ""
) -> set[tuple[object, str, bool]]:
    """The clause's shares of seats: figures first, then seats 'N of M' (unless `seats_too` is false: the sentence
    gives a figure, which may restate either of its counts) or the fraction restating them there or in the clause
    `after` it, or a bare count of the chamber's `whole` told elsewhere, then words of a majority or of less."""
    clause = _FRACTION_THE.sub(r"\1 of ", _FRACTION_IN.sub(r"\1 of", clause))  # the spans of this clause only
    clause = _FRACTION_END.sub(r"\1 of the seats", clause)
    found = [
        candidate
        for candidate in percents(clause)
        if not _BY.search(clause, 0, candidate.start) and not _OF_VOTES.match(clause, candidate.end)
    ]
    fine: set[tuple[object, str, bool]] = {(c.value, c.qualifier, False) for c in found if not c.coarse}
    if fine:
        return fine
    seats: set[tuple[object, str, bool]] = set()
    for match in _SEATS.finditer(clause):
        restated = fraction_restating(clause[match.end() :], after)
        if restated:  # '313 of the 465 seats, a total that works out to just over two-thirds': the fraction
            return restated  # (the figure the sentence gives, when it is this fraction in the clause after)
        if not seats_too:
            continue
        held, whole = int(match.group("held")), int(match.group("whole"))
        if 200 <= whole <= 520 and held < whole:
            share = Decimal(held * 100) / whole
            rounded = int(share.quantize(Decimal(1)))
            seats.add((rounded, "exact" if share == rounded else "about", False))
    for match in _EVERY.finditer(clause):
        held, whole = int(match.group("held")), int(match.group("whole"))
        if 0 < held < whole:
            share, rounded = Decimal(held * 100) / whole, round(held * 100 / whole)
            seats.add((rounded, "exact" if share == rounded else "about", False))
    for match in _COUNT.finditer(clause) if seats_too and whole and not seats else ():
        held = int(match.group("held") or match.group("held2"))
        if whole // 5 <= held < whole:
            share = Decimal(held * 100) / whole
            rounded = int(share.quantize(Decimal(1)))
            seats.add((rounded, "exact" if share == rounded and not match.group("near") else "about", False))
    if seats:
        return seats
    if any_of(lex.words["under"], clause):
        return {(50, "under", True)}
    if any_of(lex.words["over"], clause):
        return {(50, "over", True)}
    return {(c.value, c.qualifier, True) for c in found}


_RESPECTIVELY = re.compile(r"\brespectively\b", I)
_FRACTION_LISTED = re.compile(r"\b((?:[a-z]+-)?(?:thirds|fifths|quarters)|half)\s+(?=and\s)", I)
"""A fraction listed before the next share, its 'of the seats' said once after the last: 'about two-thirds and 57%
of the seats in the House of Representatives and the House of Councillors, respectively'."""


def _respective(lex: Lexicon, fact: Fact, text: str, start: int) -> set[tuple[object, str, bool]]:
    """The share words pairing shares with chambers in order, from `start` to 'respectively', give this fact's chamber:
    'hold 63% and 59% of the seats in the House of Representatives (the Lower House) and the House of Councillors
    (the Upper House), respectively' (63 the Lower House's). Empty unless as many shares as chambers are named."""
    said = _RESPECTIVELY.search(text, start)
    if said is None:
        return set()
    span = _FRACTION_LISTED.sub(r"\1 of the seats ", text[start : said.start()])
    found = [c for c in percents(span) if not c.coarse]
    named = sorted((min(m.start() for w in words for m in w.finditer(span)), name)
                   for name, words in lex.chambers.items() if any_of(words, span))  # fmt: skip
    order = [name for _, name in named]
    if len(found) != len(order) or len(order) < 2 or fact.chamber not in order:
        return set()
    share = found[order.index(fact.chamber)]
    return {(share.value, share.qualifier, False)}


_RESTATES = re.compile(
    r"\W*(?:(?:That|This|The|Their|Its)\s+(?:combined\s+|joint\s+)?(?:total|tally|count|number|haul|figure)|"
    r"(?:That|This)\s+(?:is|amounts\s+to|comes\s+to|works\s+out\s+to|equals|represents|gives))\b",
    I,
)
"""A sentence opening on the seats the one before counts, telling what share they make: '... won 326 of the 475 seats
in the House of Representatives. That total gives the coalition more than two-thirds of the chamber', 'That is just
over two-thirds'."""
_CONCEDED = re.compile(r"^\W*(?:While|Whilst|Although|Though|Even\s+though|Whereas)\b[^,;]{1,160}?(?=,\s)", I)
"""A fronted clause granting one thing before the main clause tells another: 'While the coalition is in the minority
in the upper house, it holds 53% of the lower house' (each clause its own chamber)."""


def _spans(text: str) -> list[tuple[int, int]]:
    """The sentence's clauses, a fronted concession set apart from the main clause it stands before."""
    spans = list(clauses(text))
    conceded = _CONCEDED.match(text)
    if conceded and spans and spans[0][1] > conceded.end():
        spans[0:1] = [(spans[0][0], conceded.end()), (conceded.end() + 1, spans[0][1])]
    return spans


def _whole(text: str, before: str, sizes: frozenset[int]) -> int:
    """The chamber's size the sentence tells, else the sentence before: one of the fact's chamber's `sizes` (its gate's
    numbers), never the seats a holder holds ('hold 293 seats in the 465-member House'); 0 when neither tells one,
    either tells two, or a size is another's ('The LDP won 300 seats in 2005')."""
    for said in (text, before):
        held = {m.start("held") for m in _COUNT.finditer(said) if m.group("held")}  # 'hold 293 seats': no size
        told = {int(m.group("whole")) for m in _WHOLE.finditer(said) if 200 <= int(m.group("whole")) <= 520}
        told -= {int(m.group("whole")) for m in _WHOLE.finditer(said) if m.start("whole") in held}
        if told:
            return told.pop() if len(told) == 1 and told <= sizes else 0
    return 0


def _sizes(fact: Fact) -> frozenset[int]:
    """The chamber's sizes the fact's gate words name ('465', '248')."""
    return frozenset(int(word) for word in fact.gate if word.isdigit())


def _antecedent(lex: Lexicon, sentence: str, context: Context) -> str:
    """The sentence a pointing holder ('they', 'their') stands for: the one before, or while that one only points
    back in turn ('They won 326 of the 475 seats ...'), the nearest before it that names a holder."""
    before = said = context.preceding.get(sentence, "")
    for _ in range(3):
        if _no_one(lex, said) and said != before:
            return before
        if not _no_one(lex, said) and (
            any_of(lex.words["holder"], said) or not any_of(lex.words["back"], said) or any_of(lex.words["rival"], said)
        ):
            return said if any_of(lex.words["holder"], said) else before
        said = context.preceding.get(
            said, ""
        )  # a sentence naming no one: 'The House of Councillors is another matter.'
    return before


_PARTY = re.compile(r"\b(?:LDP|Liberal\s+Democratic|Komeito|Ishin)\b")


def _no_one(lex: Lexicon, said: str) -> bool:
    """Whether a sentence names no holder at all: no party, no coalition, no word pointing back."""
    return not any(any_of(lex.words[name], said) for name in ("holder", "back", "rival")) and not _PARTY.search(said)


def _share(lex: Lexicon, fact: Fact, sentence: Sentence, context: Context) -> Fields | None:
    before, named = context.preceding.get(sentence.text, ""), _antecedent(lex, sentence.text, context)
    text = blank(lex.words["aside"], sentence.text)
    cell = _SHARE_CELL.fullmatch(sentence.text.partition(":")[0]) if sentence.section.startswith("Table") else None
    text += "%" if cell and cell.group("unit") and text[-1:].isdigit() else ""  # 'share (%): 59' is 59%
    cover = context.updated.year if context.updated else None
    taken: set[tuple[object, str, bool, int]] = set()
    spans = _spans(text)
    figured = any(not candidate.coarse for candidate in percents(text))
    figured |= bool(_RESTATES.match(context.following.get(sentence.text, "")))  # the next sentence's share
    row = _row(sentence, context)
    for index, (start, end) in enumerate(spans):
        clause = text[start:end]
        paired = _respective(lex, fact, text, start)
        after = text[slice(*spans[index + 1])] if index + 1 < len(spans) else ""
        shares = paired or _shares(lex, clause, not figured, _whole(text, before, _sizes(fact)), after)
        if not shares:
            continue
        earlier = [text[a:b] for a, b in spans[:index]]  # an earlier clause lends its chamber if it gives no share
        if not paired and (
            chamber_of(lex, clause, text, before, earlier, lambda words: not _shares(lex, words)) != fact.chamber
        ):
            continue
        # A clause restating an earlier clause's share ('won 313 of the 465 seats ...: about two seats in every three')
        # is that clause's: its holder, and its time, are read in the sentence up to it.
        owner = clause if held_by_coalition(lex.words, clause, text, named, row) else text[:end] if index else ""
        if not owner or (owner != clause and not held_by_coalition(lex.words, owner, text, named, row)):
            continue
        said = f"{owner}; {row}"  # a row's other columns may rule it out too ('Won', 'Up for')
        when = None if any_of(lex.words["other"], said) else share_time(lex.words, owner, row, text, cover, fact.term)
        if when is not None:
            taken |= {(*share, when) for share in shares}
    if len({share[:3] for share in taken}) != 1:
        return None
    value, qualifier, coarse, when = min(taken, key=lambda share: share[3])
    return {"value": value, "qualifier": qualifier, **({"_coarse": True} if coarse else {}), "_when": when}


def read(
    fact_id: str, brief: str, sentence: Sentence, context: Context, partners: frozenset[str] = frozenset()
) -> Fields | None:
    """The fact's fields from the sentence by its roles, or None (`partners`: the ruling coalition's parties besides
    the LDP, as the text tells them)."""
    lex = partnered(brief, partners)
    fact = lex.facts[fact_id]
    return (_share if fact.role == "share" else due)(lex, fact, sentence, context)


def _partners(readings: Readings) -> frozenset[str]:
    """The parties besides the LDP of the ruling coalition the text tells now, when every reading of it agrees."""
    told = {
        frozenset(fields.get("value") or ()) - {"LDP"}
        for fields, _ in readings.get(COALITION, [])
        if not fields.get("_stale") and fields.get("_when") != PAST
    }
    return told.pop() if len(told) == 1 else frozenset()


def fill(brief: str, document: Document, context: Context, readings: Readings) -> None:
    """Add the general reader's value of each chamber's fact of the lexicon that no rule or declaration read."""
    partners = _partners(readings)
    gates = ((fact_id, fact.gate) for fact_id, fact in partnered(brief, partners).facts.items())
    read_one = lambda fact_id, sentence: read(fact_id, brief, sentence, context, partners)  # noqa: E731
    fill_agreed(gates, read_one, document, readings, seat_share_said)


__all__ = ["fill", "read"]
