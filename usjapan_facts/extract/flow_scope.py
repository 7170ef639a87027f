"""The scope a U.S.-Japan trade flow's amount stands in, whatever reader read it: a reading the scope contradicts is
taken back, or moved to the flow the scope names. Pure, no I/O.

Three roles of an amount decide it, each told by the sentence's structure (`briefs/money_roles.toml`, [scope]):

- a phrase that leaves a part out of its clause by name alone ('Excluding services, ...', 'Setting aside goods, ...',
  '..., not counting services'): the amount is of the other part, never the total nor the part left out; a phrase
  naming a kind or piece of a part, or a product ('Excluding military services', 'Excluding goods shipped through
  third countries', 'Excluding autos, ...'), leaves an amount that is no flow at all;
- a noun of kind right after the amount ('with $143.5 billion in purchases'): it is Japan's flow only when the words
  before it are about Japan now, not another country named after Japan's role ('behind China, with'), a promise or
  another time ('and promised', 'down from its 2014 peak with'), or a buyer named after it ('in purchases by Japanese
  firms'); where the clause gives Japan a role, it runs the way the last flow told before it runs (a market's
  purchases are U.S. exports, a supplier's U.S. imports, 'U.S. imports from Japan rose' imports), none when that
  way is not told;
- the object of a flow's verb ('it sold $121.8 billion ... and bought $182.5 billion'): it runs the way the verb and
  its doer say (`flow_directions.directions`), the United States' sales being U.S. exports and Japan's U.S. imports;
  a second object joined on takes the first's part only when nothing but that part, the other party and a year
  follows it (`coordinated_objects`).
"""

from __future__ import annotations

import re

from usjapan_facts.extract.flow_directions import directions
from usjapan_facts.extract.money_lexicon import OTHER_PARTY, lexicon
from usjapan_facts.extract.parsers import YEAR
from usjapan_facts.extract.rules.base import Fields
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, amounts

Readings = dict[str, list[tuple[Fields, Sentence]]]
Flow = tuple[str, str]
"""A flow by its seller ('US' for U.S. exports, 'JP' for imports) and its part ('total', 'goods', 'services')."""

_FLOWS: dict[str, Flow] = {
    "trade.us_exports_to_japan": ("US", "total"),
    "trade.us_goods_exports_to_japan": ("US", "goods"),
    "trade.us_services_exports_to_japan": ("US", "services"),
    "trade.us_imports_from_japan": ("JP", "total"),
    "trade.us_goods_imports_from_japan": ("JP", "goods"),
    "trade.us_services_imports_from_japan": ("JP", "services"),
}
_FACTS = {flow: fact_id for fact_id, flow in _FLOWS.items()}
_DROP = ("", "")
"""A verdict: the amount is of no flow."""


def scope_flows(readings: Readings, preceding: dict[str, str]) -> None:
    """Take back, in place, each flow's reading whose amount the sentence's scope gives to no flow, and move one it
    gives to another flow of the brief (where that flow has no reading of the amount yet)."""
    moved: list[tuple[str, tuple[Fields, Sentence]]] = []
    for fact_id, flow in _FLOWS.items():
        if not readings.get(fact_id):
            continue
        kept = []
        for fields, sentence in readings[fact_id]:
            verdict = _verdict(fields.get("value"), sentence.text, flow, preceding)
            if verdict is None or verdict == flow:
                kept.append((fields, sentence))
            elif verdict != _DROP and _FACTS[verdict] in readings:
                moved.append((_FACTS[verdict], (fields, sentence)))
        readings[fact_id] = kept
    for fact_id, reading in moved:
        if not any(fields.get("value") == reading[0].get("value") for fields, _ in readings[fact_id]):
            readings[fact_id].append(reading)


def _verdict(value: object, text: str, flow: Flow, preceding: dict[str, str]) -> Flow | None:
    """The flow the amount of `value` is of, as its scope in `text` tells (`_DROP` for none), or None when the scope
    says nothing against the reading's `flow` (or the amount is not written in the sentence)."""
    if not isinstance(value, int) or ("$" not in text and "dollar" not in text):
        return None
    verdicts = [_at(text, spot.start, spot.end, flow, preceding) for spot in amounts(text) if spot.value == value]
    if not verdicts or any(verdict is None or verdict == flow for verdict in verdicts):
        return None  # one writing of the amount the scope leaves to the reading
    return verdicts[0]


def _at(text: str, start: int, end: int, flow: Flow, preceding: dict[str, str]) -> Flow | None:
    """The verdict on the amount written at `start`-`end` (None: the scope says nothing of it)."""
    low = text.rfind(";", 0, start) + 1
    high = text.find(";", end)
    clause = text[low : high if high >= 0 else len(text)]
    start, end = start - low, end - low
    for judge in (_left_out, _kind_only):
        if (verdict := judge(clause, start, end, flow)) is not None:
            return verdict
    return _object(text, low + start, flow, preceding)


def _left_out(clause: str, start: int, end: int, flow: Flow) -> Flow | None:
    """The flow an amount in the scope of a phrase leaving a part out is of: the other part when the phrase is a part
    by name and nothing else ('Excluding services'); none when it names a kind or piece of a part, or a product
    ('Excluding military services', 'Excluding goods shipped through third countries', 'Excluding services and
    autos', 'Excluding autos'); None out of any such scope (or when the phrase names nothing of trade)."""
    scope = lexicon().scope
    for phrase in scope["left_out"].finditer(clause):
        if phrase.end() <= start:
            if scope["rescoped"].search(clause, phrase.end(), start):
                continue  # 'Excluding services, ... were $80.6 billion, while the total was $128.3 billion'
            if scope["new_subject"].search(clause, phrase.end(), start):
                return _DROP  # '..., and U.S. exports to Japan totaled $128.3 billion': the phrase's reach unsure
        elif phrase.start() < end or not re.fullmatch(
            r"(?:\s+(?:in|during)\s+(?:19|20)\d\d)?\W*", clause[end : phrase.start()]
        ):
            continue  # a phrase after the amount scopes only the amount right before it
        elif phrase.start() >= end and _LEADS.match(clause, phrase.end()):
            continue  # '$183.7 billion (excluding services, $148.9 billion)': the phrase leads the amount after it
        what = (phrase.group("what") or phrase.group("part")).strip(" .")
        if named := scope["part_named"].fullmatch(what):
            return (flow[0], "services" if named.group("goods") else "goods")  # the part that is left
        if scope["part_word"].search(what) or lexicon().never["part"].search(what):
            return _DROP  # 'Excluding military services' / 'goods shipped through ...' / 'autos': no flow of ours
    return None


def _kind_only(clause: str, start: int, end: int, flow: Flow) -> Flow | None:
    """The verdict on an amount a noun of kind follows ('with $143.5 billion in purchases'): none when the words before
    it tell another country, time or a promise, or a buyer is named after it. Where the clause gives Japan a role (a
    market, a supplier), the amount runs the way the last flow told before it runs, a role or a flow's words ('Japan's
    closed market, U.S. imports from Japan rose ..., with' is imports); none when that last flow's way is not told
    ('Japan, a major source of ..., bought ..., with'). None when no role is given: the reading stands."""
    scope = lexicon().scope
    kind = scope["kind"].match(clause, end)
    if kind is None:
        return None
    before = clause[:start]
    anchors = list(scope["anchor"].finditer(before))
    after_anchor = before[anchors[-1].end() :] if anchors else before
    latest = max(YEAR.findall(clause), default=None)
    if (
        kind.group("by")
        or scope["not_now"].search(before[-100:])
        or any(year != latest for year in YEAR.findall(before[-100:]))
        or lexicon().places["other"].search(after_anchor)
    ):
        return _DROP
    roles = [(m.start(), "US") for m in scope["market"].finditer(before)]
    roles += [(m.start(), "JP") for m in scope["supplier"].finditer(before)]
    if not roles:
        return None
    told = [(at, seller) for at, seller in directions(clause) if at < start]
    seller = max(roles + told, key=lambda cue: cue[0])[1]
    return (seller, flow[1]) if seller in OTHER_PARTY else _DROP


def _object(text: str, start: int, flow: Flow, preceding: dict[str, str]) -> Flow | None:
    """The flow the object of a verb of trade right before the amount is of, by the verb's seller; None when no such
    verb stands there or its doer is not told."""
    before = preceding.get(text, "")
    seller = _object_seller(text, start, (before, preceding.get(before, "")))
    return None if seller is None else (seller, flow[1])


def _object_seller(text: str, start: int, back: tuple[str, ...]) -> str | None:
    """The seller of the flow whose verb has the amount at `start` for its object ('it sold $121.8 billion'), by the
    verb and its doer (`directions`, the sentences `back` before the text); None when no such verb stands there or
    its doer is not told."""
    verb = lexicon().scope["verb_object"].search(text, 0, start)
    if verb is None:
        return None
    sellers = [seller for at, seller in directions(text, back=back) if at <= verb.start()]
    return sellers[-1] if sellers and sellers[-1] in OTHER_PARTY else None


_LEADS = re.compile(r"\s*[,:]?\s*(?:(?:about|some|roughly|nearly|almost|around|over)\s+)?\$")
_AND = re.compile(r"\band\s+(?:(?:also|then|in\s+turn)\s+)?$", re.I)


def coordinated_objects(
    text: str, found: tuple[Candidate, ...], roles: dict[int, Flow], back: tuple[str, ...]
) -> dict[int, Flow]:
    """The flows of amounts that are objects of a verb joined on to a verb before whose object has a flow, in one
    clause ('Japan sold $182.5 billion of goods and services to the United States and bought $121.8 billion'): the
    first object's part, the way the second verb and its doer say, when that way is the other one, and only when
    nothing but that same part, the other party and a year follows the second amount to the clause's end
    (`object_tail`); a bare amount only after 'bought', 'purchased' or 'sold' ('and imported $640.0 billion' is of
    the world). Not 'and bought $300.0 billion in U.S. bonds', '... of Japanese cars', '... overall', ', critics
    say'."""
    added: dict[int, Flow] = {}
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        if index in roles or index - 1 not in roles or ";" in text[first.end : second.start]:
            continue
        verb = lexicon().scope["verb_object"].search(text, first.end, second.start)
        if verb is None or not _AND.search(text, max(first.end, verb.start() - 15), verb.start()):
            continue
        seller, part = roles[index - 1]
        if not _same_goods(text, second.end, part, verb):
            continue
        other = _object_seller(text, second.start, back)
        if _object_seller(text, first.start, back) == seller and other is not None and other != seller:
            added[index] = (other, part)
    return added


def _same_goods(text: str, end: int, part: str, verb: re.Match[str]) -> bool:
    """Whether what follows the second object's amount (ending at `end`) says it is of the first's `part` and of the
    two parties' trade: no other noun, its part the same or unsaid, and a bare amount only after a verb of trade
    with the other party (`verb`'s group `trade`) or with that party named."""
    tail = lexicon().scope["object_tail"].match(text, end)
    if tail is None:
        return False
    kind = (tail.group("kind") or "").lower().replace("merchandise", "goods")
    if kind and kind != {"total": "goods and services"}.get(part, part):
        return False
    return bool(kind or tail.group("party") or verb.group("trade"))


__all__ = ["coordinated_objects", "scope_flows"]
