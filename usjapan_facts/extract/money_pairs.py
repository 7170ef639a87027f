"""Trade amounts whose role the sentence's structure tells, not the words right around them: the flows' reader by
pairs, for what `money_roles` and the declarations left unread.

Each amount gets a direction (U.S. exports to Japan, or imports from it) and a part (goods, services, the total) from
what it is tied to: a 'respectively' (`in_order`) pairs amounts with the flows or parts listed before them in order
('exports to and imports from Japan were $112.2 billion and $167.8 billion, respectively'; 'goods made up $76.9
billion and $148.0 billion of those totals, respectively', the flows carried from the clause or sentence before);
otherwise an amount takes the part written right beside it ('$78.2 billion in goods', 'services the remaining $42.4
billion', 'took the lion's share ($119.5 billion)' after 'goods'), a total the words that sum ('for $179.7 billion in
all', 'added up to'), and the direction its sentence names, else the one the sentence before names ('Imports leaned
more heavily toward merchandise: ...'). Ruled out as in `money_roles`: another country, a product or place for the
whole, a plan, a change's size, a past year beside the current; and parts that do not add up to the total beside
them.
The words are data: `briefs/money_roles.toml`, section `pairs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from usjapan_facts.extract.agreed import Readings
from usjapan_facts.extract.amount_stretch import a_balance, next_verb, object_of, stretch_sellers
from usjapan_facts.extract.amount_years import carried_year, value_fields
from usjapan_facts.extract.clauses import bare
from usjapan_facts.extract.declared import declarations, phrase
from usjapan_facts.extract.flow_directions import (
    directions,
    japans_own,
    last_seller,
    named_back,
    parts_listed,
    pronoun_japan,
    turned_round,
)
from usjapan_facts.extract.flow_parts import no_flow_amount, of_a_product
from usjapan_facts.extract.flow_scope import coordinated_objects
from usjapan_facts.extract.flow_sums import adds_up, goods_alone
from usjapan_facts.extract.in_order import in_order, run_of, whole_split
from usjapan_facts.extract.money_lexicon import OTHER_PARTY, lexicon
from usjapan_facts.extract.money_roles import FACTS, FLOWS, read_roles
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.stated_years import stated_year
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.values import Candidate, amounts

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_GATE = ("respectively", "goods", "services", "merchandise", "in all", "total", "added up", "combined", "altogether")


def _tag(text: str, candidate: Candidate, start: int, end: int) -> str | None:
    """The part written right beside the amount, within its own stretch [start, end): after it ('$78.2 billion in
    goods'), else before it ('goods ($78.2 billion)', 'services the remaining $42.4 billion'); 'total' where it sums."""
    pairs = lexicon().pairs
    if pairs["sums_before"].search(text[start : candidate.start]) or pairs["sums_after"].match(text, candidate.end):
        return "total"
    after = pairs["tag_after"].match(text, candidate.end, end)
    before = None if after else pairs["tag_before"].search(pairs["counted_in"].sub("", text[start : candidate.start]))
    found = after or before
    if found is None:
        return None
    word = found.group("part").casefold()
    return "total" if " " in word or word == "total" else "goods" if word in ("goods", "merchandise") else "services"


def _ruled_out(text: str, candidate: Candidate, year: int | None, part: str) -> bool:
    """Not the flow's level of the year: a past or planned value, a change's size, a share of a flow (for a part, of
    that part), what a named thing makes up of a part."""
    pairs = lexicon().pairs
    return bool(
        not_current(text, candidate.start, year=year, dated_ok=True)
        or pairs["change"].search(text, max(0, candidate.start - 30), candidate.start)
        # 'a third of U.S. goods imports, $55 billion', 'Machinery accounted for $12 billion of U.S. goods exports'
        or no_flow_amount(text, candidate, any_fraction=part == "total")
    )


_GAPPED = re.compile(
    r"\s*(?:(?:and|while|but)\s+)?(?:U\.S\.\s+)?(?:exports|imports|sales|purchases)\b[^$;]{0,30}?,\s*$", I
)
"""A clause with its verb gapped, the flow and a comma before the amount: '; imports, $179.7 billion'."""
_GAPPED_AFTER = re.compile(
    r"(?:\s+(?:that|this|the\s+same)\s+year|\s+in\s+(?:19|20)\d\d)?,\s+(?:and\s+)?(?:U\.S\.\s+)?(?:exports|imports|sales|"
    r"purchases)\b[^$;,]{0,30}?\s+(?:to|at)\s+(?:(?:about|some|roughly|nearly|almost|over|just\s+(?:over|under))\s+)?",
    I,
)
"""The next flow after a comma with the verb before it gapped, its amount's part the one before's: '... came to $120.1
billion that year, purchases from Japan to $180.3 billion'."""


def _gapped(text: str, start: int, candidate: Candidate) -> bool:
    """Whether the amount stands in a clause whose verb (and part) the sentence's first clause gives, that clause
    naming no part and no product: the flow's whole ('U.S. exports to Japan totaled $121.1 billion that year; imports,
    $179.7 billion')."""
    return bool(
        _GAPPED.fullmatch(text, start + 1, candidate.start)
        and not parts_listed(text)
        and not lexicon().never["product"].search(text)
    )


_OF_THE_WHOLE = re.compile(
    r"(?:Of|Out\s+of)\s+(?:that|this|the)\s+(?:(?:19|20)\d\d\s+)?(?:total|sum|figure|amount)\b", re.I
)
"""'Of that total, U.S. exports made up $124.1 billion' after 'U.S. trade with Japan in goods and services totaled ...':
each flow split from the two-way trade is of the part the trade was (the whole, goods or services)."""


def _split_part(text: str, before: str) -> str | None:
    """The part of the two-way trade the sentence before gives, when the sentence opens by splitting it ('Of that
    total, ...') and the one before names no one-way flow: 'total' for trade in goods and services."""
    if not _OF_THE_WHOLE.match(text) or directions(before):
        return None
    split = parts_listed(before)
    return "total" if split == ["goods", "services"] else split[0] if len(split) == 1 else None


def _roles(text: str, found: tuple[Candidate, ...], before: str, earlier: str = "") -> dict[int, tuple[str, str]]:
    """Each amount's (seller, part) by the sentence's structure, keyed by the amount's index: its own flow ('$80.2
    billion of the exports'), else the one its stretch names, else its clause's or sentence's one flow, else (a
    sentence naming none) the sentence before's; its own part, else its clause's one part (for a later amount, only
    in an ellipsis with no verb of its own: '$80.2 billion of the exports and $148.1 billion of the imports'). A flow
    turned round ('the flow in the opposite direction') turns the last one named, back to the sentence `earlier`."""
    pairs = lexicon().pairs
    roles: dict[int, tuple[str, str]] = {}
    carried: set[int] = set()
    last_parts: list[str] = []
    split = _split_part(text, before)
    for piece in re.finditer(r"[^;]+", text):
        start, end = piece.span()
        clause = piece.group(0)
        inside = [index for index, c in enumerate(found) if start <= c.start < end]
        listed, said, marked = run_of(text, found, inside, start, end)
        if listed:
            # The run's amounts are paired; the others are read as any ('for a total of $120.1 billion').
            words = text[start : found[listed[0]].start], text[found[listed[-1]].end : said]
            prior = text[:start] if directions(text[:start]) else before
            paired = in_order(*words, len(listed), prior, last_parts, marked)
            roles |= (
                (dict(zip(listed, paired, strict=True)) | whole_split(text, found, start, listed, paired))
                if paired
                else {}
            )
            last_parts = [kind for _, kind in paired] if paired else last_parts
            inside = [index for index in inside if index not in roles]
        own = directions(clause, last_seller(text[:start], before, earlier), (text[:start], before, earlier))
        sellers = {seller for _, seller in own} or {
            seller for _, seller in directions(text, last_seller(before, earlier), (before, earlier))
        }
        if not sellers and not directions(text):
            # the sentence before's flows whose doer it names ('imports fell ..., as automakers shipped fewer cars')
            sellers = {seller for _, seller in directions(before)} - {"?"}
        # the part named before its amounts, never one a phrase put first counts in ('Counting services, ...')
        head = parts_listed(pairs["counted_in"].sub("", clause[: found[inside[0]].start - start])) if inside else []
        for index in inside:
            candidate = found[index]
            left = max(found[index - 1].end, start) if index else start
            if index and (tagged := pairs["tag_after"].match(text, found[index - 1].end)):
                left = max(left, tagged.end())  # the amount before's own part: '$36 billion in services were ...'
            right = min(found[index + 1].start, end) if index + 1 < len(found) else end
            elliptic = index == inside[0] or not pairs["level_verb"].search(text, left, candidate.start)
            part = _tag(text, candidate, left, right) or (
                head[0] if elliptic and head in (["goods"], ["services"]) else None
            )
            if part is None and split:
                part = split  # a flow of the two-way trade split before: of that trade's part
            elif part is None and start and elliptic and _gapped(text, start, candidate):
                part = "total"
            elif (
                part is None
                and index
                and index - 1 in roles
                and (_GAPPED_AFTER.fullmatch(text, left, candidate.start) or next_verb(text, left, candidate.start))
            ):
                # 'Sales of ... came to $120.1 billion that year, purchases from Japan to $180.3 billion'; 'bought
                # $120.1 billion of U.S. goods and services and sold $180.3 billion': the part of the one before
                part = roles[index - 1][1]
            after = pairs["flow_after"].match(text, candidate.end, right)
            near = stretch_sellers(
                text, own, (start, end), left, candidate, right, object_of(text, found, index, right)
            )
            if maker := pairs["whose_goods"].match(text, candidate.end, right):
                # '$67.7 billion in U.S. goods': the maker sells, unless the verb says the maker buys them
                buys = {
                    OTHER_PARTY[seller] for at, seller in own if left <= start + at < candidate.start and seller != "?"
                }
                near = {"US" if maker.group("us") else "JP"} - buys
            whose = {"US" if after.group("exports") else "JP"} if after else near or sellers
            summed = {roles[i][0] for i in inside if i < index and i in roles}  # 'for a total of': its parts' seller
            sums = part == "total" and pairs["sums_before"].search(text, left, candidate.start)
            whose = summed if not whose and sums and len(summed) == 1 else whose
            if (
                part
                and len(whose) == 1
                and not of_a_product(text, candidate, left, right)
                and not a_balance(text, left, candidate)
            ):
                roles[index] = (next(iter(whose)), part)
                carried |= {index} if not (after or near or own or whose is summed) else set()
    # A part of a flow named only in the sentence before splits nothing alone ('Merchandise accounted for $89.6 billion
    # of that total'): it is read beside the flow's other part, as the sentence's split of the flow.
    for index in carried:
        one, part = roles[index]
        if part == "total" or (one, "services" if part == "goods" else "goods") not in roles.values():
            del roles[index]
    return roles | coordinated_objects(text, found, roles, (before, earlier))  # '... sold $X of goods and bought $Y'


def paired(
    brief: str, sentence: Sentence, context: Context, unread: set[str], parts: bool
) -> Iterator[tuple[str, Fields]]:
    """The flows read by structure in the sentence: each (fact, fields) for a fact in `unread` (none in a sentence
    about a part of a year: the brief's phrase `part_year`)."""
    said = sentence.text
    folded = said.casefold()
    gated = any(word in folded for word in _GATE) or _OF_THE_WHOLE.match(said)  # 'Of that figure, exports made up'
    if not gated or not (found := amounts(said)):
        return
    lex = lexicon()
    before = context.preceding.get(said, "")
    text = named_back(said, before)
    japan = lex.named["JP"]
    earlier = context.preceding.get(before, "")  # Japan named two sentences back, the flows carried since
    with_japan = (
        japan.search(text)
        or japan.search(before)
        or (japan.search(earlier) and _carried_from(before))
        or pronoun_japan(text, before, earlier)  # 'That year it bought ...', 'it' Japan since two sentences back
    )
    if (
        not (with_japan or turned_round(text, before, earlier))  # or the flow with Japan before turned round
        or lex.never["countries"].search(bare(text))
        or japans_own(text)
        or phrase(brief, "part_year").search(text)
    ):
        return
    year = context.updated.year if context.updated else None
    roles = _roles(text, found, before, earlier)
    values: dict[tuple[str, str], list[Candidate]] = {}
    for index, role in roles.items():
        if not _ruled_out(text, found[index], year, role[1]):
            values.setdefault(role, []).append(found[index])
    loose = [float(c.value) for index, c in enumerate(found) if index not in roles]
    if any(len(each) > 1 for each in values.values()) or not adds_up(values, loose):
        return
    for (seller, part), (candidate,) in values.items():
        if not parts and part == "goods" and goods_alone(said, values, seller):
            part = "total"  # a brief that tells no part apart: a flow given by its goods alone is the flow
        fact = FLOWS.get((seller, part)) if parts or part == "total" else None
        if fact in unread:
            fields = value_fields(fact, (candidate, said), said, found, before)
            # The year the sentence states its figures for, never one it compares them with ('up from ... in 2021').
            period = (
                fields.get("period")
                or stated_year(said)[1]
                or carried_year(said, context.preceding, cover=year, sections=context.sections)
            )
            yield fact, fields | ({"period": period} if period else {})


def _carried_from(before: str) -> bool:
    """Whether the sentence before carries the flows on, naming no other country: 'Goods made up the larger part of
    each: $75.2 billion of the exports and $143.6 billion of the imports.'"""
    return bool(directions(before)) and not lexicon().never["countries"].search(bare(before))


def fallback(brief: str, document: Document, context: Context, readings: Readings) -> None:
    """Add to `readings` what the roles (`money_roles`) and the pairs read of the class's facts no declaration or rule
    read, when all agree."""
    declared = declarations(brief)
    unread = {fact for fact in FACTS if fact in readings and not readings[fact] and fact in declared}
    if not unread:
        return
    found: Readings = {}
    parts = FLOWS["US", "goods"] in readings
    for sentence in document.sentences:
        both = chain(
            read_roles(brief, sentence, context, unread, readings), paired(brief, sentence, context, unread, parts)
        )
        for fact, fields in both:
            if not declared[fact].in_bounds(fields["value"]):
                continue  # out of the fact's bounds: '$1.2 trillion' is trade with the world
            if "period" in fields or not declared[fact].dated:
                found.setdefault(fact, []).append((fields, sentence))
    for fact, values in found.items():
        if len({fields["value"] for fields, _ in values}) == 1:
            readings[fact].extend(values)
