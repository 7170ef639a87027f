"""What every extraction rule shares: the registry, the context a rule may read, and the hints it may give.

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

from usjapan_facts.extract.first_chars import first_gated
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.word_choice import any_of, holds_any

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
    sections: dict[str, str] = field(default_factory=dict)
    """Each sentence's text -> its section's heading: a figure under another heading shares no year said before it."""


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
    fallback: bool = False
    """Whether the declaration is tried only for a text the event's other declarations read nothing of: a general
    reader by the event's concept words (`rules.shared.event_concepts`)."""
    vetoes: re.Pattern[str] | None = None
    """Words that, in the event's own clause, make it another deed ('agreed in principle' is not the deal finalized);
    in another clause of the sentence ('After an agreement in principle in August, stage one wrapped up ...') they
    rule nothing out."""


RuleFunction = Callable[[Sentence, Context], Fields | None]


@dataclass(frozen=True)
class Rule:
    """A fact's rule, and the words (lower case) a sentence must hold for the rule to read it at all."""

    read: RuleFunction
    needs: tuple[str, ...]
    anaphoric: bool = False
    """Whether the rule also reads a sentence without its words that takes its subject from the one before."""

    def __call__(self, sentence: Sentence, context: Context) -> Fields | None:
        if not self.anaphoric and not holds_any(sentence.folded, self.needs):
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
        compiled = _COMPILED[pattern, flags] = re.compile(first_gated(pattern, flags), flags)
    return compiled.search(text) is not None
