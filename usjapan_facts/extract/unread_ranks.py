"""Japan's ranks the declarations left unread, read by the roles a rank's clause fills.

A rank is said in many wordings ("In foreign direct investment in the United States, Japan places second, behind the
United Kingdom"; "Japan held $1.2 trillion of Treasuries, second to China"), but each fills the same roles:

- the place: an ordinal in any form, as `extract.ranks` finds it ('second', 'No. 2', 'fourth-largest', 'second only
  to', 'only China and Canada buy more');
- the ranked thing: Japan (or 'it', 'its', 'Japanese investors' when the sentence before is about Japan), the
  nearest country before the place, or the first after a place said first ('The fourth-largest ... is Japan');
- the yardstick: the concept words of exactly one rank fact in the clause (else in the sentence; else, in a sentence
  naming Japan and no yardstick word at all, in the sentence before: 'By that measure Japan came in sixth'): FDI,
  Treasuries, U.S. exports, U.S. imports, total trade, the goods deficit; `CONCEPTS` declares them;
- among what: all U.S. partners; a region, a product, a past or planned place, a change's size rule it out.

It runs only for the rank facts no sentence or table gave a value, on the sentences holding a concept's word, so
the readings declared in `meaning.toml` and their speed are untouched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.candidate import Candidate
from usjapan_facts.extract.carried_ranks import CARRIER, carried_places, each_named_before
from usjapan_facts.extract.counted_ranks import ORDINAL
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.led_ranks import led_place
from usjapan_facts.extract.occasions import MAX_SENTENCE
from usjapan_facts.extract.only_ahead import without_place
from usjapan_facts.extract.rank_clauses import FRONTED_PAST, PAST_ASIDE, clauses_of, last_later, later_clause
from usjapan_facts.extract.rank_concepts import (
    CONCEPTS,
    EU_AS_ONE,
    MOVED_BY,
    NOT_JAPANS,
    OWN_YARDSTICK,
    RULED_OUT,
    SERVICES_ALONE,
    SERVICES_PARTNER,
    balance_ranked,
    carried_yardstick,
    period,
    unset_surplus,
)
from usjapan_facts.extract.rank_concepts import concepts as _concepts
from usjapan_facts.extract.rank_places import PLACE, SAME, counts, other_place, place_value, places_in, with_restated
from usjapan_facts.extract.ranked_lists import listed_ranks
from usjapan_facts.extract.ranked_subject import JAPAN, PRONOUN_LED, about_japan
from usjapan_facts.extract.ranks import ranks
from usjapan_facts.extract.rules import Context, Fields
from usjapan_facts.extract.rules.base import CURRENT, PAST
from usjapan_facts.extract.rules.if11120.nearby import data_year_before, heading_year
from usjapan_facts.extract.text import Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_WHICH = re.compile(r",\s+(?:which|who|whom|when|(?:a\s+year\s+)?in\s+which)\b[^,;]*")
"""A relative clause telling of the country or the year before it ('second to China, which it had briefly overtaken in
February'; 'unchanged in 2020, a year in which the pandemic cut trade in both directions'), not of the place: what it
says rules nothing out."""
_CONCEPT_WORDS = [word for words in CONCEPTS.values() for word in words]
_WORDS = (
    *("invest", "fdi", "treasur", "debt", "creditor", "lender", "export", "import", "suppl", "partner", "trade"),
    *("deficit", "surplus", "imbalance", "gap", "shortfall", "market", "buyer", "customer", "destination"),
    *("sold", "sell", "ship", "sent ", "buy", "bought", "purchas", "business", "exchang", "holding", "stake", "asset"),
    "position",
)
"""The words one of `CONCEPTS` holds: a sentence with none of them is not tried."""
_PLACE_WORDS = re.compile(
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d(?:st|nd|rd|th)\b|largest|"
    r"biggest|greatest|top|leading|foremost|no\. ?\d|number|rank|place|more|most|only|behind|after|ahead|trail|exceed|"
    r"outrank|surpass|outpac|overt[ao]|pass|lead|runner|next|except|but\b|atop|head|larger|bigger|greater|higher|"
    r"smaller|fewer|less|lower|below|above|order|then\b|followed|near\b|close\b"
)
"""The words any place holds (as `extract.ranks` and `_PLACE` find it), tested on the folded sentence first."""
_ANY_CONCEPT = re.compile("|".join(f"(?:{words})" for words in _CONCEPT_WORDS), I)
_ONLY = re.compile(r"\W*(?:Only|Just)\s+(?!Japan)")
"""A sentence counting the countries ahead of what the one before ranks: 'Japan held $1.1 trillion. Only China held
more.'"""
_TIMES = re.compile(
    r"\b(?:(?:19|20)\d\d(?:s\b)?|now|today|then|later|earlier|since|fell|rose|slipped|climbed|dropped|moved)\b"
)
_ANOTHERS = re.compile(
    r"\b(?:(?:partner|market|supplier|source|buyer|customer|destination|holder|creditor|import|export)s?\s+"
    r"(?:of|for|to)|(?<!based\s)(?<!headquartered\s)in|into|(?:trade|trading|commerce)\s+with)\s+"
    rf"(?:the\s+)?(?:{OTHER_COUNTRIES})(?!\W?s\b)"
)
"""Another country's partners, markets, trade or ground: 'fourth as a trading partner of China', 'investor in Vietnam',
'in total trade with China'; never the home of those compared ('firms based in the United Kingdom')."""
_THAN = re.compile(
    r"\bthan\s+(?:those|holders|investors|owners|firms|companies)\s+(?:of|in|from)\s+"
    r"|\b(?:than|by|behind|after|trailing|to)\s+(?:(?:that|those|trade|commerce)\s+)with\s+"
)
"""Whom Japan is compared with: 'more than holders in China ... or in any other', 'exceeded only by trade with China',
no partner of another country's."""
_EU_ASIDE = re.compile(rf",\s+(?=(?:counting|with|when|if)\s)(?:{EU_AS_ONE.pattern}),", I)
"""The EU counted as one set aside by commas: 'only three partners, counting the European Union as one, had ...'; never
the EU named among the ones ahead ('the deficits with China, the European Union taken as a whole, and Mexico')."""
_STILL = re.compile(r"\bstill\b", I)
"""A clause that says its place goes on to this day: '... through most of the 2010s, and it still places second'."""
_EACH = re.compile(r"\b(?:both|each|all\s+(?:three|two))\b|\bneither\b(?=[^;]*\bnor\b)", I)
"""A place several yardsticks share: 'fourth both as a market and as a supplier', 'on each of the usual yardsticks',
'Neither as a buyer of U.S. goods nor as a seller of them did any country but China, Canada, and Mexico outrank it'."""
_WHETHER = re.compile(
    r"^\W*Whether\s+(?:(?:measured|counted|ranked|judged|gauged)\s+)?(?:by|in|on|as)\s+[^;]{1,120}?\bor\b[^;,]{1,60},\s+",
    I,
)
"""A place several yardsticks share, listed before it: 'Whether measured by U.S. exports, U.S. imports, or the two
combined, Japan ranked fourth' (each of the three)."""
_ASIDE_AFTER = re.compile(r",?\s+(?:after|behind|trailing|following)\b", I)
_SERVICES_ONLY = re.compile(r"(?<!goods\sand\s)(?<!goods\s&\s)\bservices\b", I)
_FIRST_SINCE = re.compile(
    r"\b(?:for\s+the\s+)?first\s+time\s+since\s+(?:(?:early|mid|late)[- ]?)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},\s+)?"
    r"(?:19|20)\d\d\b"
)
"""An occasion told by how long since the last one, no change's size or past place: 'returning Japan to the top of the
list for the first time since May 2017' is the top now."""
_HELD_SINCE = re.compile(
    r",\s+an?\s+(?:position|place|spot|lead|rank|standing|title)\s+(?:that\s+|which\s+)?(?:it|Japan)\s+(?:has\s+|had\s+)?"
    r"(?:took|taken|won|gained|claimed|seized|assumed|held|kept|wrested)\b[^;]*",
    I,
)
"""The place restated as one taken or held since a time: '..., a position Japan took from the United Kingdom in 2019'
dates when it was taken, never a past place."""
_TO_BECOME = re.compile(
    r"(?P<deed>\b(?:overtaking|passing|surpassing|displacing|outstripping|overtook|overtaken|passed|surpassed|displaced|"
    r"outstripped)\b[^;]{0,60}?)\bto\s+become\b",
    I,
)
"""A place reached by overtaking another ('overtaking the British stock to become the largest'): reached, not
planned."""
_SPAN = re.compile(r"\b(?:(?:in\s+)?every\s+year\s+|ever\s+)?since\s+(?:19|20)\d\d\b(?!\s*[-\u2013])", I)
"""A place held through a span to this day ('the largest since 2019'): its start dates no past place."""
_BARE_PLACE = re.compile(rf",\s+the\s+(?:(?:{ORDINAL})[- ])?(?:largest|biggest|highest)\W*$", I)
"""A place told as a bare appositive, among nothing said: '..., the ninth-largest.'"""


def read_clause(
    clause: str,
    sentence: str,
    before: str,
    facts: Collection[str],
    updated: dt.date | None,
    stated: set[int | float | str],
    carried: tuple[str, ...] = (),
    earlier: str = "",
    paragraph: str = "",
) -> list[tuple[str, Fields]]:
    """The rank facts and fields a clause states of Japan, if its roles are all filled and nothing rules it out: one
    yardstick's, or each of those a place is shared by ('fourth both as a market and as a supplier')."""
    if (front := FRONTED_PAST.match(clause)) and ranks(front[0]):
        clause = clause[front.end() :]  # the fronted past place ranks by the yardstick the clause then reads
    places = [c for c in ranks(clause) if c.value in stated] or [
        Candidate(place_value(m), "exact", m.start(), m.end())
        for m in PLACE.finditer(clause)
        if not _ASIDE_AFTER.match(clause, m.end())  # 'fourth, after China,': ranks() keeps only an aside that agrees
    ]
    if (led := led_place(clause)) is not None:  # 'Canada's investors ranked second to Japan's': Japan's place is first
        places = [Candidate(led, "exact", 0, 0)]
    said = _concepts(clause) or _concepts(sentence) or list(carried)  # the clause's, its sentence's, the one before's
    if balance_ranked(clause, sentence[: sentence.find(clause)] or before):  # 'That gap was the fifth-largest with any
        said = [fact for fact in said if fact != "trade.overall_partner_rank"]  # trading partner': not Japan's place
    if whether := _WHETHER.match(clause):  # each yardstick listed: 'Whether measured by A, B, or C, Japan ranked'
        said = _concepts(whether[0])
    elif _EACH.search(clause):  # the yardsticks listed may run on past a comma's 'and'
        at = sentence.find(clause)  # a clause restated ('a supplier of them' named) is not the sentence's own words
        said = _concepts((sentence[at:] if at >= 0 else clause).split(";", maxsplit=1)[0])
    elif len(said) > 1 or each_named_before(clause):
        return []  # 'By either measure Japan placed fifth among U.S. partners': the measures named before
    said_of = EU_AS_ONE.sub("", clause[whether.end() :] if whether else clause)  # the EU as one: among all partners
    said_of = MOVED_BY.sub("", said_of)  # 'slipped two places, to seventh': the place it led to stands
    said_of = _FIRST_SINCE.sub("", said_of)  # 'to the top for the first time since 2017': the top now
    said_of = _TO_BECOME.sub(r"\g<deed>and became", _HELD_SINCE.sub("", said_of))
    if (
        not set(said) & set(facts)
        or RULED_OUT.search(_WHICH.sub("", said_of))
        or _ANOTHERS.search(_THAN.sub("", clause))
    ):
        return []
    if said == ["trade.goods_deficit_rank"] and unset_surplus(sentence) and _BARE_PLACE.search(clause):
        return []  # 'Japan ran a goods surplus ..., the ninth-largest': among what is unsaid
    if any(fact in NOT_JAPANS and NOT_JAPANS[fact].search(without_place(clause, places)) for fact in said):
        return []
    if (SERVICES_ALONE if said == ["trade.overall_partner_rank"] else _SERVICES_ONLY).search(clause):
        return []
    if any(SERVICES_PARTNER.match(clause, c.end) for c in places):
        return []  # 'the second-largest U.S. trading partner in services': a part's place, no yardstick's whole
    values = {c.value for c in places}
    if len(values) != 1 or not isinstance(next(iter(values)), int):
        return []
    place = places[0]
    if carried and OWN_YARDSTICK.search(clause, place.end):
        return []  # 'Japan ranked third in Olympic medals' after a sentence on its FDI
    said_before = f"{earlier} {before} {sentence[: sentence.find(clause)]}"  # 'earlier': what an 'It' before stands for
    among = EU_AS_ONE.sub(lambda m: " " * len(m[0]), clause)  # 'when the EU is counted as one': no country ranked
    if led is None and not about_japan(among, place.start, place.end, said_before):
        return []
    own_time = _HELD_SINCE.sub("", _FIRST_SINCE.sub("", clause))  # 'since 2017' dates the last time, not the place
    own_time = _SPAN.sub("", own_time)  # 'have exceeded every other country's since 2019': held to this day
    year = period(own_time, updated) if not carried or p.YEAR.search(own_time) else period(before, updated)
    if year is None and said == ["trade.goods_deficit_rank"]:  # 'The goods deficit with Japan was $68 billion in
        year = period(sentence[: sentence.find(clause)] or before, updated)  # 2024. Only six were larger.'
        year = period(paragraph, updated) if year is None else year  # as the deficit's figure is: the paragraph's
    if year is False:
        return []
    fields: Fields = {"value": place.value, "qualifier": "exact"}
    dated: Fields = {**fields, "period": year}
    return [
        (fact, dated if fact == "trade.goods_deficit_rank" else fields)
        for fact in said
        if fact in facts and (year is not None or fact != "trade.goods_deficit_rank")
    ]


def unread_ranks(
    sentences: Iterable[Sentence],
    context: Context,
    unread: set[str],
    changing: Collection[str] = (),
    read_places: dict[str, set[int]] | None = None,
) -> dict[str, list[tuple[Fields, Sentence]]]:
    """What the sentences say of the rank facts in `unread`, read by roles: each fact's readings, or none; of those
    in `changing` (read in a sentence whose later clause may tell another place), only a later clause's place.
    `read_places` gives the places other readers read of Japan in each sentence, which a later one may carry ('that same
    position')."""
    facts = [fact for fact in CONCEPTS if fact in unread or fact in changing]
    found: dict[str, list[tuple[Fields, Sentence]]] = {}
    places = {text: set(values) for text, values in (read_places or {}).items()}
    quoted: dict[int, Sentence] = {}  # a restated sentence's reading quotes the sentence it restates
    for sentence in with_restated(sentences, context.preceding, quoted) if facts else ():
        if sentence.cut or len(sentence.text) > MAX_SENTENCE or sentence.text.rstrip().endswith("?"):
            continue
        tabled = sentence.section.startswith("Table") and "Japan" in sentence.text  # '5 partner: Japan'
        worded = any(word in sentence.folded for word in _WORDS)
        before = context.preceding.get(sentence.text, "")
        placed = bool(_PLACE_WORDS.search(sentence.folded))
        named = (
            placed
            and not tabled
            and (JAPAN.search(sentence.text) or _ONLY.match(sentence.text))
            and not (worded and _ANY_CONCEPT.search(sentence.text))  # 'Only British investors held more': no concept
        )
        carried = carried_yardstick(before, sentence.text) if named else ()  # 'By that measure Japan came in sixth'
        if not (tabled or (worded and (placed or CARRIER.search(sentence.text))) or carried):
            continue
        listed = () if carried else listed_ranks(sentence.text, facts, context.updated, sentence.section, before)
        if listed:  # 'A, and Japan, in order'
            found.setdefault(listed[0][0], []).append((listed[0][1], sentence))
            places.setdefault(sentence.text, set()).add(int(listed[0][1]["value"]))
            continue
        if not carried and not _ANY_CONCEPT.search(sentence.text):
            continue
        text = _EU_ASIDE.sub("", sentence.text) if "European Union" in sentence.text else sentence.text
        stated = {c.value for c in ranks(text)}  # a clause's place is one its whole sentence says
        clauses = clauses_of(text)
        # its rank dated as its figure is: by the paragraph's year (the deficit named, or its yardstick carried)
        deficit = "deficit" in sentence.folded or carried == ("trade.goods_deficit_rank",)
        paragraph = (
            (data_year_before(sentence.text, context, 6) or heading_year(sentence.section) or "") if deficit else ""
        )
        last = last_later(clauses)
        changed = (bool(stated) and _TIMES.search(sentence.text)) or last is not None  # which place is current?
        for index, clause in enumerate(clauses):
            if index and (same := SAME.search(clause)) and len(prior := counts(clauses[index - 1])) == 1:
                clause = f"{clause[: same.start()]}only {prior.pop() - 1}{clause[same.end() :]}"
            it_was = context.preceding.get(before, "") if PRONOUN_LED.match(before) else ""
            for fact, fields in read_clause(
                clause, text, before, facts, context.updated, stated, carried, it_was, paragraph
            ):
                others = [other for other in clauses if other != clause and not PAST_ASIDE.match(other)]
                if index == last and other_place(fact, fields["value"], others):
                    fields = {**fields, "_when": CURRENT}  # 'Japan led in February; by June it was second'
                elif changed and not _STILL.search(clause) and other_place(fact, fields["value"], others):
                    continue
                if fact not in changing or fields.get("_when") == CURRENT:
                    found.setdefault(fact, []).append((fields, sentence))
        said = {fact for fact, read in found.items() if read[-1][1] is sentence}
        earlier = context.preceding.get(before, "")
        for fact, place, dated in carried_places(clauses, before, earlier, places.get(before, set()), places_in):
            year = period(dated, context.updated)
            if fact in facts and fact not in said and fact != "trade.goods_deficit_rank" and year is not False:
                said.add(fact)  # 'as a supplier, it did likewise': the place said before, of another yardstick
                found.setdefault(fact, []).append(({"value": place, "qualifier": "exact"}, sentence))
        places.setdefault(sentence.text, set()).update(
            int(read[-1][0]["value"]) for read in found.values() if read[-1][1] is sentence
        )
    return {fact: [(fields, quoted.get(id(said), said)) for fields, said in read] for fact, read in found.items()}


def no_place(readings: list[tuple[Fields, Sentence]]) -> bool:
    """Tell whether a rank is read only as among the top, with no place ('among the largest investors'): a place
    said elsewhere in the text then says more (`extract.resolve` keeps the finer)."""
    return all(fields.get("qualifier") == "among_top" or fields.get("_when") == PAST for fields, _ in readings)


__all__ = ["CONCEPTS", "later_clause", "no_place", "read_clause", "unread_ranks"]
