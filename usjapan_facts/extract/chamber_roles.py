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
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.agreed import Readings, fill_agreed
from usjapan_facts.extract.clauses import clauses
from usjapan_facts.extract.declared import phrase
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.share_roles import held_by_coalition, share_time
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.values import percents

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

Patterns = tuple[re.Pattern[str], ...]
_SEATS = re.compile(
    r"\b(?P<held>\d{2,3})\s+(?:seats\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|all\s+)?(?:(?:chamber|(?:upper|lower)[-\s](?:House|chamber))\W?s\s+)?"
    r"(?P<whole>\d{3})\b(?![-\s]*(?:percent|%))",
    I,
)
"""Seats held of the chamber's whole: '310 of the 465 seats', '135 out of 245', '141 of the Upper House's 245'."""
_BY = re.compile(r"\b(?:by|from)\s+(?:\w+\s+)?$", I)
_OF_VOTES = re.compile(r"\s*of\s+(?:the\s+|all\s+)?(?:\w+\s+)?(?:votes?|voters|ballots|respondents)\b", I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BARE_YEAR = re.compile(r"(?<![\w-])(?P<year>20\d\d)\b(?!\s*[-\u2013/]\d)")
_FRACTION_IN = re.compile(r"\b(thirds|fifths|quarters|half)\s+in\b", I)
"""A fraction 'in' a chamber is 'of' it: 'more than two-thirds in the House of Representatives'."""
_THAT_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")
"""A month of the year the sentence before names: 'run out in October of that year'."""
_NEXT_YEAR = re.compile(rf"\b(?P<month>{p.MONTH})\s+(?:of\s+)?(?P<rel>this|next)\s+year\b")
"""A month of a year counted from the cover: 'by October of next year'."""
_FRONTED = re.compile(r"^\W*(?:(?:and|but|while|whereas|yet)\s+)?in\s+the\b", I)
"""A clause that only places what follows in a chamber: ', whereas in the House of Councillors, where ..., they
hold'."""
_ONE = re.compile(r"\b(?:the\s+next\s+one|it|that\s+one)\b", I)
"""Words pointing back to a vote an earlier clause names."""


@dataclass(frozen=True)
class Fact:
    """One fact's part in the lexicon: its role, its chamber, gate words, concept words, a due date's precision."""

    role: str
    chamber: str | None
    gate: tuple[str, ...]
    concept: Patterns
    precision: str
    bound: tuple[str, ...]
    term: int = 0
    """Years between the chamber's votes at most: a share a vote gave holds while no later vote can have come."""


@dataclass(frozen=True)
class Lexicon:
    chambers: dict[str, Patterns]
    words: dict[str, Patterns]
    facts: dict[str, Fact]


def _compiled(words: list[str], brief: str = "") -> Patterns:  # '@name': the named phrase of meaning.toml
    return tuple(phrase(brief, word[1:]) if word.startswith("@") else re.compile(word, I) for word in words)


@cache
def lexicon(brief: str) -> Lexicon:
    """The brief's lexicon of chambers (empty for a brief that has none)."""
    path = resources.files("usjapan_facts").joinpath("briefs", brief, "chamber_roles.toml")
    if not path.is_file():
        return Lexicon({}, {}, {})
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        {name: _compiled(entry["words"]) for name, entry in data["chamber"].items()},
        {name: _compiled(words, brief) for name, words in data["words"].items()},
        {
            fact_id: Fact(
                entry["role"],
                entry.get("chamber"),
                tuple(entry["gate"]),
                _compiled(entry.get("concept", [])),
                entry.get("precision", ""),
                tuple(entry.get("bound", ())),
                entry.get("term", 0),
            )
            for fact_id, entry in data["fact"].items()
        },
    )


def _any(patterns: Patterns, text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


def _blank(patterns: Patterns, text: str) -> str:
    """The text with what the patterns match blanked out (as long as it was, so that spans stand)."""
    for pattern in patterns:
        text = pattern.sub(lambda match: " " * len(match.group(0)), text)
    return text


def _chambers(lex: Lexicon, text: str) -> set[str]:
    return {name for name, words in lex.chambers.items() if _any(words, text)}


def _chamber_of(lex: Lexicon, clause: str, text: str, before: str, earlier: list[str] = []) -> str | None:  # noqa: B006
    """The one chamber the clause is about: named there, else in the `earlier` clause that places it there ('in the
    House of Councillors, where ..., they hold'), else in its sentence, else in the sentence before ('that chamber',
    'there', or no chamber named), a chamber it names only to be overridden set aside."""
    named = _chambers(lex, clause)
    for words in earlier[::-1] if not named else ():
        named = _chambers(lex, words)
        if named:  # the nearest clause naming a chamber: only one that places what follows in it lends it
            named = named if _FRONTED.match(words) and not _shares(lex, words) else set()
            break
    for words in (clause, text):
        named = named or _chambers(lex, words)
        if named:
            return named.pop() if len(named) == 1 else None
    # 'that chamber', 'there'; or a sentence naming no chamber at all carries the one the sentence before names:
    # 'On February 8 the LDP took 316 of its 465 seats. Counting Ishin's 36, the governing bloc holds more than three
    # seats in four.'
    named = _chambers(lex, _blank(lex.words["aside"], before))
    return named.pop() if len(named) == 1 else None


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


def _shares(lex: Lexicon, clause: str, seats_too: bool = True) -> set[tuple[object, str, bool]]:
    """The clause's shares of seats: figures first, then seats 'N of M' (unless `seats_too` is false: the sentence
    gives a figure, which may restate either of its counts), then words of a majority or of less."""
    clause = _FRACTION_IN.sub(r"\1 of", clause)  # as long as it was: the spans stand
    found = [
        candidate
        for candidate in percents(clause)
        if not _BY.search(clause, 0, candidate.start) and not _OF_VOTES.match(clause, candidate.end)
    ]
    fine: set[tuple[object, str, bool]] = {(c.value, c.qualifier, False) for c in found if not c.coarse}
    if fine:
        return fine
    seats: set[tuple[object, str, bool]] = set()
    for match in _SEATS.finditer(clause) if seats_too else ():
        held, whole = int(match.group("held")), int(match.group("whole"))
        if 200 <= whole <= 520 and held < whole:
            share = Decimal(held * 100) / whole
            rounded = int(share.quantize(Decimal(1)))
            seats.add((rounded, "exact" if share == rounded else "about", False))
    if seats:
        return seats
    if _any(lex.words["under"], clause):
        return {(50, "under", True)}
    if _any(lex.words["over"], clause):
        return {(50, "over", True)}
    return {(c.value, c.qualifier, True) for c in found}


def _share(lex: Lexicon, fact: Fact, sentence: Sentence, context: Context) -> Fields | None:
    before = context.preceding.get(sentence.text, "")
    text = _blank(lex.words["aside"], sentence.text)
    cell = _SHARE_CELL.fullmatch(sentence.text.partition(":")[0]) if sentence.section.startswith("Table") else None
    text += "%" if cell and cell.group("unit") and text[-1:].isdigit() else ""  # 'share (%): 59' is 59%
    cover = context.updated.year if context.updated else None
    taken: set[tuple[object, str, bool, int]] = set()
    spans = clauses(text)
    figured = any(not candidate.coarse for candidate in percents(text))
    row = _row(sentence, context)
    for index, (start, end) in enumerate(spans):
        clause = text[start:end]
        shares = _shares(lex, clause, not figured)
        if not shares or _chamber_of(lex, clause, text, before, [text[a:b] for a, b in spans[:index]]) != fact.chamber:
            continue
        if not held_by_coalition(lex.words, clause, text, before, row):
            continue
        said = f"{clause}; {row}"  # a row's other columns may rule it out too ('Won', 'Up for')
        when = None if _any(lex.words["other"], said) else share_time(lex.words, clause, row, text, cover, fact.term)
        if when is not None:
            taken |= {(*share, when) for share in shares}
    if len({share[:3] for share in taken}) != 1:
        return None
    value, qualifier, coarse, when = min(taken, key=lambda share: share[3])
    return {"value": value, "qualifier": qualifier, **({"_coarse": True} if coarse else {}), "_when": when}


def _dates(clause: str, precision: str, before: str, now: str = "") -> list[str]:
    """The clause's dates: a month and year (of the one year the sentence `before` names, for 'October of that
    year', or of the cover's `now` or the next, for 'October of next year'), or for a year's precision a bare year or
    a season's too."""
    found = [value for value, _ in p.dates(clause)]
    found += [
        f"{int(now[:4]) + (m.group('rel').lower() == 'next')}-{p.month_number(m.group('month')):02d}"
        for m in (_NEXT_YEAR.finditer(clause) if now and "year" in clause else ())
    ]
    years = set(_YEAR.findall(before))
    if len(years) == 1:
        found += [f"{min(years)}-{p.month_number(m.group('month')):02d}" for m in _THAT_YEAR.finditer(clause)]
    if precision == "year":
        taken = [match.span() for _, match in p.dates(clause)]
        found += [m.group("year") for m in _BARE_YEAR.finditer(clause) if not any(s <= m.start() < e for s, e in taken)]
    return found


def _due(lex: Lexicon, fact: Fact, sentence: Sentence, context: Context) -> Fields | None:
    text, before = sentence.text, context.preceding.get(sentence.text, "")
    now = context.updated.isoformat() if context.updated else ""
    taken: set[str] = set()
    for start, end in clauses(text):
        clause = text[start:end]
        # 'no national election since July 2022, and the next one is not due until 2025': a clause naming no chamber
        # that points back ('the next one', 'it') to the vote an earlier clause names is of that vote.
        pointed = _ONE.search(clause) and not _chambers(lex, clause) and _any(fact.concept, text[:start])
        if not _any(fact.concept, clause) and not (fact.chamber is None and pointed):
            continue
        if fact.chamber is not None and _chamber_of(lex, clause, text, before) != fact.chamber:
            continue
        if not any(_any(lex.words[bound], clause) for bound in fact.bound) or _any(lex.words["gone"], clause):
            continue
        if fact.chamber is None and "upper" in _chambers(lex, text) and "lower" in _chambers(lex, text):
            continue  # two chambers' dates in one sentence: the next vote is the earlier, which the rules read
        dated = [
            value
            for value in _dates(clause, fact.precision, before, now)
            if (len(value) >= 7 or fact.precision == "year") and (value > now[: len(value)] or value == now[:4])
        ]
        taken.update(value[:7] if fact.precision == "month" else value[:4] for value in dated)
    if len(taken) != 1:
        return None
    value = taken.pop()
    if fact.precision == "year":
        return {"value": int(value), "qualifier": "exact"}
    return {"value": value, "qualifier": "exact"}


def read(fact_id: str, brief: str, sentence: Sentence, context: Context) -> Fields | None:
    """The fact's fields from the sentence by its roles, or None."""
    lex = lexicon(brief)
    fact = lex.facts[fact_id]
    return (_share if fact.role == "share" else _due)(lex, fact, sentence, context)


def fill(brief: str, document: Document, context: Context, readings: Readings) -> None:
    """Add the general reader's value of each chamber's fact of the lexicon that no rule or declaration read."""
    gates = ((fact_id, fact.gate) for fact_id, fact in lexicon(brief).facts.items())
    fill_agreed(gates, lambda fact_id, sentence: read(fact_id, brief, sentence, context), document, readings)


__all__ = ["Fact", "Lexicon", "fill", "lexicon", "read"]
