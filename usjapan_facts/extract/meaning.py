"""One reader for every declared fact: find values of its kind, tie each to its subject, prefer the current one.

A value counts for a fact when the sentence (or, for a sentence opening on 'It', 'They', 'The chamber', the one before)
is about the fact's subject, and the words that tie the value to it (a unit after it, a cue before it) stand in the
value's own clause, with no other value of its kind between. A clause that names another country since Japan, or calls
the value proposed or threatened, rules it out; one that dates it in the past marks it so, and the resolver then
prefers the current statement and says why.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.anaphora import routed, routed_or_led
from usjapan_facts.extract.carried import about, carried_japans, measured, restated, topic_before
from usjapan_facts.extract.clause_subjects import apposition, with_subject
from usjapan_facts.extract.clauses import bare, clause_of, clauses
from usjapan_facts.extract.declared import Declaration
from usjapan_facts.extract.declared_when import declared_period, value_hints
from usjapan_facts.extract.lists import LABEL as _LABEL
from usjapan_facts.extract.lists import fronted, lead_in, superseded_item
from usjapan_facts.extract.ownership import not_its, pledge_years, target_year, without_others
from usjapan_facts.extract.partitive import inherits, own_span, pairs, part_clause, parts_start, without_parts
from usjapan_facts.extract.restated import restates_replaced
from usjapan_facts.extract.rules.base import CURRENT, PAST, PLAIN, Context, Fields, Rule
from usjapan_facts.extract.rules.readings import period_of
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.ties import led_unit, tied_to
from usjapan_facts.extract.values import Candidate, of_kind
from usjapan_facts.extract.whose import ANOTHER_ALONE, OTHERS_OWN
from usjapan_facts.extract.word_choice import holds_any
from usjapan_facts.extract.year_series import in_series, latest_of_series, series_year, superseded

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_NOW = re.compile(r"\b(?:now|currently|today|at present|later|since then|ha(?:s|ve) since|subsequently)\b", I)


def _holds(patterns: tuple[re.Pattern[str], ...], *parts: str | None) -> bool:
    return any(pattern.search(part) for part in parts if part for pattern in patterns)


def _clause_words(
    declaration: Declaration,
    text: str,
    where: tuple[tuple[tuple[int, int], ...], tuple[int, int]],
    candidate: Candidate,
    found: tuple[Candidate, ...],
    besides: tuple[str | None, str],
) -> str | None:
    """Where the value's `clause` words stand: "" in its clause (or none asked), the apposition after the clause when
    there, which names its last value ('..., a ceiling successive governments observed') and whose words then rule it
    out as the clause's do; None nowhere."""
    spans, clause = where
    own = without_parts(text, candidate, clause) if declaration.clause else text
    if not declaration.clause or _holds(declaration.clause, with_subject(own, spans, clause), *besides):
        return ""
    after = apposition(text, spans, clause) or (0, 0)
    if any(candidate.end <= other.start < after[1] for other in found):
        return None
    named = text[slice(*after)]
    return named if _holds(declaration.clause, named) else None


def _ruled_out(declaration: Declaration, text: str, candidate: Candidate, words: tuple[str, str]) -> bool:
    """Tell whether the value's words (`words`: its clause's, and the apposition's that name it) rule it out, with a
    labelled item's label, which speaks for its value: 'Japan's rank by goods trade deficit: 6', 'South Korea's rank
    as a market for U.S. exports: 7' (not the fact's, nor Japan's)."""
    label = _LABEL.match(text)
    own = label.group(1) if label is not None and label.end() <= candidate.start else ""
    # 'Trump announced a framework agreement with Japan: a 15% tariff on most Japanese goods': a longer lead before a
    # colon says what its content is (announced, not applied) and is read with it.
    colon = text.rfind(": ", 0, candidate.start) if not own else -1
    lead = f"{text[: colon + 1]} {words[0]}" if colon > 0 and not any(c in text[:colon] for c in ".;") else ""
    parts = (*words, own, lead, fronted(text, candidate.start))  # 'In services, ...': the phrase put first scopes it
    if any(pattern.search(part) for part in parts if part for pattern in declaration.exclude):
        return True
    return bool(declaration.japan and own and OTHERS_OWN.search(own))


def read(declaration: Declaration, sentence: Sentence, context: Context) -> Fields | None:
    """Return the fact's fields from the sentence, or None when it does not state it or is unsure."""
    text = sentence.text
    found = of_kind(declaration.value, text, context.preceding.get(text, ""))
    if not found or superseded_item(text, context.following):
        return None  # or a step of a timeline since overtaken: 'April 5, 2025: 10%' before 'August 7, 2025: 15%'
    carried = not declaration.names_subject(text)  # from the one before, or a heading
    # A list's lead-in ('Japan's place among partners:') stands in each item's clause; another country's list
    # ('South Korea's undertakings are: - $350 billion to be invested ...') is not Japan's.
    lead = lead_in(text, context.preceding)
    if (carried and not carried_japans(declaration, sentence, context)) or (
        declaration.japan and lead and ANOTHER_ALONE.match(lead)
    ):
        return None
    spans = clauses(text)
    values: list[Fields] = []
    clauses_of: list[tuple[object, str]] = []  # each value's clause, asked whether it speaks of now only if need be
    wholes = pairs(text, found) if declaration.value == "count" else ()
    # "In dollars, that is roughly $1.7 billion; the SMA runs ...": the words before, though it names the subject later
    earlier = restated(declaration, text, context.preceding.get(text, ""))

    def tied(value: Candidate, span: tuple[int, int]) -> bool:
        # Or 'They totaled $80 billion' after the sentence naming 'exports to Japan'.
        # Or '$112 billion in 2021 and $125 billion in 2024': the later figure shares the earlier one's words.
        return (
            tied_to(declaration, text, value, span, [other for other in found if other != value], earlier)
            or (carried and measured(declaration, text, value.start, value.end, context.preceding.get(text, "")))
            or led_unit(declaration, text, value, lead, len(found) == 1)
            or (declaration.period and (step := in_series(text, found, value)) is not None and tied(step, span))
        )

    for candidate in found:
        # 'Of the 9,000 Marines leaving, some 4,000 are to go to Guam': a whole and its part own their words.
        span, pair = own_span(wholes, candidate)
        # 'Of U.S. imports from Japan, about $55 billion were autos': a part of a whole with no figure owns the rest.
        clause = span or part_clause(text, candidate.start, clause_of(spans, candidate.start), declaration.value)
        clause_text = text[clause[0] : clause[1]]
        clauses_of.append((candidate.value, clause_text))
        named = _clause_words(declaration, text, (spans, clause), candidate, found, (lead, earlier))
        if named is None:
            continue
        # Whether the value is tied to the fact is asked first: it is the cheap test, and most values fail it.
        if not tied(candidate, clause) and not inherits(declaration.clause, text, pair, tied):
            continue
        # A carried subject yields to what the sentence rules out up to the value: 'weaker in the Upper House, where'.
        # The two words right after another value of its kind are that value's: 'its goal of 2% ..., leaving
        # behind the 1% cap'; the rest of the clause ('paid 25% ... plus 2.5% from April 3 to May 1') is everyone's.
        ruled = without_others(
            bare(text), 0 if carried else clause[0], parts_start(text, candidate, clause), candidate, found
        )
        if _ruled_out(declaration, text, candidate, (ruled, named)):
            continue
        if not_its(declaration, text, candidate, clause, context) or restates_replaced(
            text, candidate.start, [(other.start, other.end) for other in found]
        ):
            continue  # or 'in place of 27.5%, the 25% duty plus the 2.5% MFN rate': the replaced rate's parts
        pledged = target_year(text, candidate, found) if declaration.target_year else None
        if pledged not in (None, declaration.target_year):
            continue  # '60% by FY2035' beside the pledge for 2030: another pledge
        fields: Fields = {"qualifier": candidate.qualifier, **({"_coarse": True} if candidate.coarse else {})}
        if pledged and declaration.by:
            fields["by"] = pledged
        if candidate.value != "":
            fields["value"] = candidate.value
        # A carried subject's sentence gives the year a past told of it is of ('In 2012, ... . They numbered').
        values.append(
            {**fields, **value_hints(declaration, text, candidate, clause, context, carried), "_clause": clause_text}
            | (series_year(text, found, candidate) if declaration.period else {})
        )
    # Of a series by year ('$112 billion in 2021 and $125 billion in 2024'), the latest year's figure alone.
    if (values := latest_of_series(values, context.updated.year if context.updated else None)) and len(
        {(f.get("value"), f["qualifier"]) for f in values}
    ) > 1:
        # 'raised from fifty-seven percent to sixty percent': the value it came from gives way in the sentence too.
        best = max(int(fields.get("_when", PLAIN)) for fields in values)
        values = [fields for fields in values if int(fields.get("_when", PLAIN)) == best]
    if len({(fields.get("value"), fields["qualifier"]) for fields in values}) != 1:
        return None
    fields = values[0]
    # 'but is now the largest', 'later cut to 3,000'
    now_values = (value for value, said in clauses_of if _NOW.search(said) and declaration.in_bounds(value))
    if fields.get("_when") == PAST and any(value != fields.get("value", "") for value in now_values):
        return None  # 'was the second-largest ... but is now the largest': a past value beside a current one, unread
    clause_text = str(fields.pop("_clause"))
    if declaration.per:
        fields["per"] = declaration.per
    period = fields.pop("_year", None) or (
        (period_of(clause_text) or declared_period(declaration, text, context)) if declaration.period else None
    )
    if period:
        fields["period"] = period
    elif declaration.dated:
        return None  # an undated figure would read as a change of period
    return pledge_years(declaration, fields, clause_text, text, context.following.get(text, ""))


def declared_rule(declaration: Declaration) -> Rule:
    """Make the rule that reads a declared fact."""

    def read_declared(sentence: Sentence, context: Context) -> Fields | None:
        # Without the fact's own words, only a sentence that points back ('It ...', 'that chamber') may state it,
        # and only of the topic the sentences it points back to hold: 'Its holdings ... are the largest' after a
        # sentence on Treasuries, never after one on direct investment.
        if not holds_any(sentence.folded, declaration.needs) and not (
            routed_or_led(sentence.text) and topic_before(declaration, sentence, context)
        ):
            return None
        return read(declaration, sentence, context)

    return Rule(read_declared, declaration.needs, anaphoric=True)


def either(first: Rule, second: Rule) -> Rule:
    """A rule that reads with `first` and, when it reads nothing, with `second`.

    When both read the same value, the second's hints on how current it is ('In 2012, ...') are kept too.
    """

    def read_either(sentence: Sentence, context: Context) -> Fields | None:
        found = first(sentence, context)
        if found is not None and not p.YEAR.search(sentence.text) and not _NOW.search(sentence.text):
            return found  # the declared reading could only add a dating or a currency, and the sentence has neither
        declared = second(sentence, context)
        if found is None:
            return declared
        if declared and declared.get("value") == found.get("value"):
            hints = {key: item for key, item in declared.items() if key.startswith("_") and key not in found}
            return {**found, **hints}
        if declared and superseded(sentence.text, found.get("value"), declared.get("value")):
            return declared  # '$112 billion in 2021 and $125 billion in 2024': the declaration reads the later year's
        if declared and declared.get("_when") == CURRENT and found.get("_when", PLAIN) != CURRENT:
            return declared  # the declaration reads another value as the current one ('now holds'): it wins
        return found

    needs = tuple(dict.fromkeys((*first.needs, *second.needs)))
    return Rule(read_either, needs, anaphoric=first.anaphoric or second.anaphoric)


__all__ = ["about", "clauses", "declared_rule", "either", "read", "routed"]
