"""A rate in force read from an authority's rate, where the text tells the ruling that voided that authority.

A brief written after the Supreme Court held that IEEPA gives no power to impose tariffs may still tell the
framework's terms ('a single IEEPA rate of 15% on most Japanese goods, effective August 7, 2025'): that sentence names
the rate on most imports, but as IEEPA's rate, which the ruling voided. Whether a reading of the rate in force is such
a rate is read by its roles over the whole text, not by one sentence's words: the text tells the ruling (its fact is
read, dated no later than the cover, or a sentence says the Supreme Court struck the authority down, with no hedge),
the reading's sentence names the voided authority and no other one, and its value is one the text reads as that
authority's own rate. Such a reading is marked past, so that the general reader (`extract.tariff_roles`) looks for the
rate that followed and the choice among sentences (`extract.resolve`) takes it. Where none is found, the successor
authority's current rate is taken when its sentence names the goods the rate in force is on or says it took the
voided rate's place ('In its place, ... a ten percent surcharge under Section 122'), and no sentence tells that it
ended. Alone, the marked reading is dropped: the text says it is no rate now. The words are data
(`briefs/tariff_roles.toml`, `[voided]`). Pure, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from usjapan_facts.extract.anaphora import points_back
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.parsers import percents, plain
from usjapan_facts.extract.rules.base import PAST, Fields
from usjapan_facts.extract.tense import REPLACED
from usjapan_facts.extract.text import Document, Sentence
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
VOIDED_AUTHORITY = "a rate under an authority the ruling voided"
Readings = dict[str, list[tuple[Fields, Sentence]]]


@dataclass(frozen=True)
class Authority:
    """One tariff authority a ruling may void (a `[voided.AUTHORITY]` table of tariff_roles.toml): the facts of its
    ruling, its own rate and its successor's rate, and the words that name it, the others, its successor and the
    successor's end."""

    ruling: str
    rate: str
    names: re.Pattern[str]
    others: re.Pattern[str]
    successor: str
    follows: re.Pattern[str]
    ended: re.Pattern[str]


@dataclass(frozen=True)
class Words:
    """The `[voided]` table of tariff_roles.toml, compiled: the facts of the rate in force, the words of a ruling made,
    upheld or hedged and of a rate taking another's place, and the authorities."""

    in_force: tuple[str, ...]
    ruled: re.Pattern[str]
    upheld: re.Pattern[str]
    hedged: re.Pattern[str]
    took_place: re.Pattern[str]
    authorities: tuple[Authority, ...]
    all_goods: re.Pattern[str]
    products: re.Pattern[str]


@cache
def _words() -> Words:
    """The `[voided]` table, read and compiled once."""
    data = dict((word_file("tariff_roles.toml") or {})["voided"])
    keys = ("ruled", "upheld", "hedged", "took_place", "all_goods", "products")
    role = {key: re.compile(data.pop(key), I) for key in keys}
    in_force = tuple(data.pop("in_force"))
    authorities = tuple(
        Authority(
            entry["ruling"],
            entry["rate"],
            re.compile(entry["names"], I),
            re.compile(entry["others"], I),
            entry["successor"],
            re.compile(entry["follows"], I),
            re.compile(entry["ended"], I),
        )
        for entry in data.values()
    )
    return Words(
        in_force,
        role["ruled"],
        role["upheld"],
        role["hedged"],
        role["took_place"],
        authorities,
        role["all_goods"],
        role["products"],
    )


def in_force_facts() -> frozenset[str]:
    """The facts of the rate in force now, whatever its authority: read after each authority's own rate."""
    return frozenset(_words().in_force)


def _ruled(authority: Authority, readings: Readings, document: Document, updated: dt.date | None) -> bool:
    """Whether the text tells the ruling that voided the authority: its fact read, on a day no later than the cover (a
    ruling to come voids nothing yet), or a sentence on the Supreme Court striking the authority (named in it or in the
    sentence it points back to) down, unhedged."""
    words, sentences = _words(), document.sentences
    for fields, told in readings.get(authority.ruling) or []:
        value = str(fields.get("value") or "")
        if value and (updated is None or value[:10] <= updated.isoformat()) and not words.upheld.search(told.text):
            return True
    for index, sentence in enumerate(sentences):
        if (
            "court" not in sentence.folded
            or not words.ruled.search(sentence.text)
            or words.hedged.search(sentence.text)
            or words.upheld.search(sentence.text)
        ):
            continue
        before = sentences[index - 1].text if index and points_back(sentence.text) else ""
        if authority.names.search(sentence.text) or authority.names.search(before):
            return True  # 'That tariff was invalidated by the Supreme Court' after a sentence on the IEEPA tariff
    return False


def voided(document: Document, readings: Readings, updated: dt.date | None) -> list[Authority]:
    """The authorities the text tells a ruling voided (by the cover `updated`): worked out once per text, for the three
    steps below."""
    return [authority for authority in _words().authorities if _ruled(authority, readings, document, updated)]


def mark_voided(authorities: list[Authority], readings: Readings) -> None:
    """Mark as past each reading of a rate in force that is the rate of one of the `voided` authorities."""
    for authority in authorities:
        own = {repr(fields.get("value")) for fields, _ in readings.get(authority.rate) or []}
        for fact_id in _words().in_force:
            read = readings.get(fact_id) or []
            for index, (fields, sentence) in enumerate(read):
                text = sentence.text
                if (
                    repr(fields.get("value")) in own
                    and authority.names.search(text)
                    and not authority.others.search(text)
                ):
                    read[index] = ({**fields, "_when": PAST, "_why": VOIDED_AUTHORITY}, sentence)


def take_successor(
    authorities: list[Authority],
    document: Document,
    readings: Readings,
    on_goods: dict[str, tuple[re.Pattern[str], ...]],
) -> None:
    """Where a rate in force has no reading but past ones, and the text tells the ruling that voided an authority, take
    the successor's current rate whose sentence names the fact's goods (`on_goods`) or Japan's goods as a whole, or
    says it took the voided rate's place, unless a sentence tells that the successor ended; never another country's.
    A voided authority's rate left alone is dropped."""
    for authority in authorities:
        if any(authority.ended.search(s.text) for s in document.sentences):
            continue  # 'the Section 122 surcharge expired on July 23': what followed it is not told here
        current = [(f, s) for f, s in readings.get(authority.successor) or [] if f.get("_when") != PAST]
        if len({repr(fields.get("value")) for fields, _ in current}) != 1:
            continue
        for fact_id in _words().in_force:
            read = readings.get(fact_id)
            if read is None or any(fields.get("_when") != PAST for fields, _ in read):
                continue
            tied = [
                ({"value": fields["value"], "qualifier": fields.get("qualifier", "exact")}, sentence)
                for fields, sentence in current
                if not ANOTHER_COUNTRY.search(sentence.text)  # 'Brazil's goods have faced a 10% surcharge ...'
                and (
                    _words().took_place.search(sentence.text)
                    or any(pattern.search(sentence.text) for pattern in on_goods.get(fact_id, ()))
                    or _on_all_goods(sentence.text)
                )
            ]
            read.extend(tied[:1])
    for fact_id in _words().in_force:
        read = readings.get(fact_id) or []
        if read and all(fields.get("_why") == VOIDED_AUTHORITY for fields, _ in read):
            read.clear()  # alone, a voided authority's rate is still no rate in force: none is read


def _on_all_goods(text: str) -> bool:
    """Whether a sentence puts its rate on Japan's goods as a whole, no product named ('Goods from Japan now enter
    under a surcharge of 10%'): the rate that followed on most of them."""
    return bool(_words().all_goods.search(text)) and not _words().products.search(text)


_NAMED_BY = re.compile(r"\s*(?:[\w-]+\s+){0,1}?(?P<name>[^\s,;]+)")


def _replaced_rates(text: str, authority: Authority) -> set[tuple[object, str]]:
    """The rates of a sentence naming the successor that it says were replaced, each named by the authority right
    after it ('instead of the 15% IEEPA rate', 'replacing the reciprocal 15% rate' is not)."""
    found: set[tuple[object, str]] = set()
    for number, qualifier, match in percents(text):
        if match.group("fraction") or not REPLACED.search(text, max(0, match.start() - 40), match.start()):
            continue
        named = _NAMED_BY.match(text, match.end())
        if named and authority.names.fullmatch(named.group("name")):
            found.add((plain(number), qualifier))
    return found


def take_replaced(authorities: list[Authority], document: Document, readings: Readings) -> None:
    """Where a voided authority's own rate is unread, take the one rate that sentences naming the successor say it
    replaced: 'have paid a 10% surcharge under Section 122 instead of the 15% IEEPA rate they had paid'."""
    for authority in authorities:
        if readings.get(authority.rate) != []:
            continue  # read already, or no fact of this brief
        got = [
            (value, sentence)
            for sentence in document.sentences
            if authority.follows.search(sentence.text)
            and authority.names.search(sentence.text)
            and not ANOTHER_COUNTRY.search(sentence.text)  # 'in place of the 50% IEEPA rate' on Brazil's goods
            for value in _replaced_rates(sentence.text, authority)
        ]
        if len({value for value, _ in got}) == 1:
            (number, qualifier), sentence = got[0]
            readings[authority.rate].append(({"value": number, "qualifier": qualifier}, sentence))


__all__ = ["VOIDED_AUTHORITY", "in_force_facts", "mark_voided", "take_replaced", "take_successor", "voided"]
