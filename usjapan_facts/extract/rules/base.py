"""What every extraction rule shares: the registry, the context a rule may read, and value helpers.

A rule looks at one sentence and returns the fact's fields, or None. It must be sure: when a sentence
could mean something else, the rule returns None. A rule may add two hints that the resolver reads and
strips: `_when` (how current the value is: CURRENT, PLAIN or PAST) and `_date` (the partial ISO date the
value holds from), so that of several dated values the current one wins and no fact is dropped for it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import any_of

Fields = dict[str, Any]

PAST, PLAIN, CURRENT = 0, 1, 2
"""How current a reading says its value is: marked as past, unmarked, or marked as current."""

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is


@dataclass(frozen=True)
class Context:
    """What a rule may know besides its sentence: the whole text, the cover date, the figures' years."""

    text: str
    updated: dt.date | None = None
    figure_years: dict[str, str] = field(default_factory=dict)
    following: dict[str, str] = field(default_factory=dict)
    """Each sentence's text -> the next sentence's, for a fact whose detail stands in the sentence after."""
    captions: tuple[str, ...] = ()
    """The figures' captions and source lines, which are not prose: 'Figure 1. Top U.S. Trade Partners, 2026'."""
    preceding: dict[str, str] = field(default_factory=dict)
    """Each sentence's text -> the sentence's before it, whose subject 'It is also...' carries over."""


@dataclass(frozen=True)
class DatedEvent:
    """An event a brief reports by what happened and when: 'the first negotiating round, in April 2019'.

    `words` must stand in the sentence; the date is the one the words' own clause gives, else the one date
    the whole sentence gives, at the precision the text writes it: a day where it names one, the month of a span
    of days ('on April 15-16').
    """

    slug: str
    what: str
    words: re.Pattern[str]
    needs: re.Pattern[str] | None = None
    """Words the sentence must also hold somewhere ('national security' beside 'proclaimed ... autos')."""
    since: int | None = None
    """The first year the event can fall in: an earlier date is another event's. Set, a sentence that names no year
    ('In early April, ...', a timeline's 'April 7: ...') takes the year its heading or the sentence before gives, else
    the cover's, never a date after the cover unless the clause says it is to come ('is slated for mid-April'). A text
    dated more than a year before it states no such event, and is not searched for it."""
    until: int | None = None
    """The last year the event can fall in: a later date, or a sentence without a year in a later context, is another
    event's (a 2025 proclamation on autos is not the 2019 one)."""
    cues: tuple[str, ...] = ()
    """Cheap lower-case words, one of which every sentence stating the event holds (in `words` or `needs`; keep it so),
    or for one `carried`, the sentence before: a sentence holding none is skipped before the patterns are tried.
    Empty, every sentence is tried."""
    carried: bool = False
    """Whether `needs` may be met by the sentence before under the same heading, whose subject the sentence carries
    ('The surcharge now in force sets a 10% tariff. ... so it is due to lapse in late July 2026')."""
    actor: bool = False
    """Whether `needs` names who did it: words whose own clause is undated and names no such one are another's deed
    ('On April 11 he addressed Congress'), and the event is the one a clause naming its doer dates ('..., which no
    leader had done since Abe in April 2015')."""


RuleFunction = Callable[[Sentence, Context], Fields | None]


@dataclass(frozen=True)
class Rule:
    """A fact's rule, and the words (lower case) a sentence must hold for the rule to read it at all."""

    read: RuleFunction
    needs: tuple[str, ...]
    anaphoric: bool = False
    """Whether the rule also reads a sentence without its words that takes its subject from the one before."""

    def __call__(self, sentence: Sentence, context: Context) -> Fields | None:
        lowered = sentence.folded
        if not self.anaphoric and not any(word in lowered for word in self.needs):
            return None
        return self.read(sentence, context)


class NeedsIndex:
    """Which rules a sentence may concern, from one scan for every rule's cheap words at once.

    `points_back` tells whether a sentence takes its subject from the one before ('It is also ...'); such a
    sentence goes to every anaphoric rule too, and only such a sentence does.
    """

    def __init__(self, rules: dict[str, Rule], points_back: Callable[[str], bool] | None = None) -> None:
        self._points_back = points_back
        self._rules = list(rules.items())
        self._anaphoric = frozenset(index for index, (_, rule) in enumerate(self._rules) if rule.anaphoric)
        by_word: dict[str, set[int]] = {}
        for index, (_, rule) in enumerate(self._rules):
            for word in rule.needs:
                by_word.setdefault(word, set()).add(index)
        # One scan finds, at each place of a sentence, the longest word that starts there; the shorter words that
        # start there are the ones it begins with. So each word stands for its rules and for theirs. (Words are
        # grouped by first letter, which makes the scan cheaper than one containment test a word; and each word
        # starting with a literal, the engine skips the places where no word's first letter stands.)
        longest_first = sorted(by_word, key=len, reverse=True)
        self._scan = re.compile(any_of(longest_first))
        self._rules_of = {
            word: frozenset(index for other in by_word if word.startswith(other) for index in by_word[other])
            for word in by_word
        }

    def _words(self, folded: str) -> Iterator[str]:
        """Each place's longest word, place by place: a search from the place after each word found."""
        found = self._scan.search(folded)
        while found is not None:
            yield found.group()
            found = self._scan.search(folded, found.start() + 1)

    def candidates(self, sentence: Sentence) -> list[tuple[str, Rule]]:
        """Return (fact id, rule) for each rule whose words the sentence holds, in catalogue order."""
        chosen = set().union(*(self._rules_of[word] for word in self._words(sentence.folded)))
        if self._anaphoric and self._points_back is not None and self._points_back(sentence.text):
            chosen |= self._anaphoric
        return [self._rules[index] for index in sorted(chosen)]


Decorator = Callable[[RuleFunction], RuleFunction]


def registrar(rules: dict[str, Rule]) -> Callable[..., Decorator]:
    """Make the `@rule(fact_id, needs=...)` decorator of one rule module, which fills that module's `rules`."""

    def rule(fact_id: str, *, needs: tuple[str, ...], anaphoric: bool = False) -> Decorator:
        """Declare the rule of `fact_id`; `needs` are cheap words that any sentence stating the fact holds, unless it
        is `anaphoric` and the sentence takes its subject from the one before ('They pay 15% under Section 232')."""

        def register(function: RuleFunction) -> RuleFunction:
            if fact_id in rules:
                raise ValueError(f"{fact_id}: a second rule in the same module")
            rules[fact_id] = Rule(function, needs, anaphoric)
            return function

        return register

    return rule


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}
"""Each pattern `has` was given, compiled once: the rules ask some hundreds a text, and `re`'s own cache is slower."""


def has(pattern: str, text: str, flags: int = I) -> bool:
    """Tell whether `pattern` occurs in `text` (case-insensitive unless `flags` says otherwise)."""
    compiled = _COMPILED.get((pattern, flags))
    if compiled is None:
        compiled = _COMPILED[pattern, flags] = re.compile(pattern, flags)
    return compiled.search(text) is not None


def about_japan(text: str, start: int) -> bool:
    """Tell whether Japan is the subject of what stands at `start`: named before it, no other country between."""
    before = text[max(0, start - 300) : start]
    last = max(before.rfind("Japan"), before.rfind("Its investors"), before.rfind("its investors"))
    if last < 0 and start < 300 and re.match(r"(?:Its|Japanese) investors\b", text):
        last = 0
    return last >= 0 and not has(OTHER_COUNTRIES, before[last:].replace("Japan", " "), 0)


_JAPAN_NAMED = re.compile(r"\bJapan|\bTokyo\b")


def another_country_before(text: str, start: int, others: str = OTHER_COUNTRIES) -> bool:
    """Tell whether a country in `others` is named before `start` since Japan last was: 'China's economy grew...'.

    For a fact whose subject is Japan but often goes unnamed ('Real GDP grew by 1.9%'): a figure that
    another country stands nearer to belongs to that country.
    """
    before = text[:start]
    last = max((match.end() for match in _JAPAN_NAMED.finditer(before)), default=0)
    return has(others, before[last:], 0)


def one(values: list[Fields]) -> Fields | None:
    """The single value a sentence gives, or None when it gives none or several that disagree.

    The brief's wording (`as_written`) never makes two values disagree; the first wording is kept.
    """
    distinct = {repr(sorted((k, v) for k, v in value.items() if k != "as_written")) for value in values}
    return values[0] if len(distinct) == 1 else None


def percent_before(text: str, follower: str, *, window: int = 40, others: str | None = None) -> Fields | None:
    """The percentage that `follower` comes right after: 'about 25% of facilities'.

    With `others`, a percentage that one of those countries stands nearer to than Japan is not counted.
    """
    values = []
    for number, qualifier, match in p.percents(text):
        if (others is not None and another_country_before(text, match.start(), others)) or not_current(
            text, match.start(), kin=()
        ):
            continue  # another country's, or proposed, demanded or of a long-gone past
        after = text[match.end() : match.end() + window]
        if re.match(rf"\s*(?:of\s+)?(?:all\s+)?{follower}", after, I) or (
            match.group("fraction") and re.match(rf"\s*{follower}", after, I)
        ):
            values.append({"value": p.plain(number), "qualifier": qualifier})
    return one(values)


def money_before(
    text: str, follower: str, *, window: int = 40, others: str | None = None, planned: bool = False
) -> Fields | None:
    """The dollar amount that `follower` comes right after: '$300 million in humanitarian aid'.

    With `others`, an amount that one of those countries stands nearer to than Japan is not counted; with `planned`,
    one pledged or still to be made ('committed to $550 billion ..., to be made before 2029') is.
    """
    values = [
        {"value": dollars, "qualifier": qualifier}
        for dollars, qualifier, match in p.money_amounts(text)
        if re.match(rf"\s*{follower}", text[match.end() : match.end() + window], I)
        and (others is None or not another_country_before(text, match.start(), others))
        and not not_current(text, match.start(), kin=(), planned=planned)  # 'Japan may pledge another $3 billion'
    ]
    return one(values)


RELEASED = re.compile(
    rf"\b(?:published|released|issued)\s+(?:in|on)\s+(?:{p.MONTH}\s+)?(?:\d{{1,2}},\s*)?"
    r"(?:19|20)\d{2}\b",
    I,
)
"""When the figures came out ('BEA figures published in June 2026'): never the period they are of ('reported in March
2026 that 210 Marines were in Guam' dates what the report found, and is kept)."""


def period_of(text: str) -> str | None:
    """The period a sentence dates its figure by: a month ('In May 2022' -> 2022-05), a season, or one year."""
    text = RELEASED.sub(" ", text)
    months = [value for value, match in p.dates(text) if len(value) == 7]
    if len(set(months)) == 1:
        return months[0]
    season = p.SEASON_DATE.search(text)
    if season:
        return f"{season.group('season').lower()} {season.group('year')}"
    return p.year_in(text)


_CURRENT = re.compile(r"\b(?:currently|current|now|today|at present|presently|as of now)\b", I)
_SINCE_MONTH = re.compile(
    rf"\b(?:[Ss]ince|[Aa]s of|from|effective)\s+(?P<month>{p.MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
"""'since July', 'since July 2025', 'from August 7, 2025' (a day between the month and its year)."""
_PAST = re.compile(
    r"\b(?:initially|originally|previously|formerly|earlier|had been|was|were|used to|until)\b|\bproposed\b", I
)


def when(text: str, start: int, end: int, updated: dt.date | None) -> Fields:
    """Say how current the value at text[start:end] is, and since when, from the words of its clause."""
    clause_start = max(text.rfind(";", 0, start), text.rfind("—", 0, start), text.rfind(". ", 0, start)) + 1
    clause_end = min((i for i in (text.find(";", end), text.find("—", end)) if i >= 0), default=len(text))
    clause = text[clause_start:clause_end]
    hints: Fields = {}
    since = _SINCE_MONTH.search(clause)
    if since:
        month = p.MONTHS.index(since.group("month")) + 1
        year = int(since.group("year")) if since.group("year") else None
        if year is None and updated is not None:
            # "Since July", with no year, is the latest July on or before the cover date.
            year = updated.year if month <= updated.month else updated.year - 1
        if year is not None:
            hints["_date"] = f"{year}-{month:02d}"
        hints["_when"] = CURRENT
    elif _CURRENT.search(clause):
        hints["_when"] = CURRENT
    elif _PAST.search(clause):
        hints["_when"] = PAST
    dated = [value for value, _ in p.dates(clause)]
    if "_date" not in hints and len(set(dated)) == 1:
        hints["_date"] = dated[0]
    return hints
