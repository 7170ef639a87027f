"""A rate told in the past gives way where a later sentence tells its subject's rate changed from it.

'A proclamation signed on March 26 placed a 25% tariff on imported cars, on top of the 2.5% MFN duty' tells a rate as
a past action set it (its reader marks it past). When a later sentence, however far on, tells the same subject's rate
changed from that rate, or from the total it made with the MFN duty its own sentence names ('Tariffs on Japanese
vehicles were cut to 15% on September 16, from the 27.5% charged since spring'), the past rate is no rate now and is
dropped, even where no reading of the later rate stands in its place: the fact is then left unread rather than read
wrong. The change must be told as done (none of `[changed_after] unsure` anywhere in its sentence, nor 'in principle',
'subject to', 'takes effect'), of a tariff, duty or rate (never a share or margin that fell 'from 25%') on the fact's
subject (`[changed_after.subjects]`), never Japan's own tariff ('Japan cut its tariffs from 25%') nor any other
country's (`japan.ANOTHER_COUNTRY`, or a capitalised name before the goods: 'German cars') or product's (`others`). A
rate not told in the past, or one a later change left ('cut from 27.5%' after a past 20%), stands. Words are data:
`briefs/tariff_roles.toml`, `[changed_after]`. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.changed_after import words
from usjapan_facts.extract.japan import ANOTHER_COUNTRY
from usjapan_facts.extract.parsers import percents
from usjapan_facts.extract.rate_sums import mfn_rates
from usjapan_facts.extract.rules.base import PAST, Fields
from usjapan_facts.extract.sentence_places import place_of, sentence_places
from usjapan_facts.extract.text import Document, Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
_FROM = re.compile(r"\bfrom\s+(?:the\s+|an?\s+|its\s+)?(?:(?:combined|all-in|total|earlier|previous)\s+)?$", I)
"""Right before a figure, the words that make it the rate a change left: 'from the 27.5%', 'from a combined 27.5%'."""
_SPAN = 160
"""How far after a change verb its 'from' figure may stand."""
_NOT_DONE = re.compile(r"\b(?:in\s+principle|subject\s+to|takes?\s+effect|taking\s+effect|awaits?|awaiting)\b", I)
"""Words beside `unsure`, after the verb as well as before it, that tell a change agreed but not yet in force."""
_LEVY = re.compile(r"\b(?:tariffs?|dut(?:y|ies)|rates?|levy|levies|charges?)\b", I)
"""What must change for a rate to give way: a tariff, duty or rate, never a share, margin or count that fell."""
_NOT_LEVY = re.compile(r"\b(?:shares?|margins?|proportion|portion|percentage|profits?|sales|output|production)\b", I)
_JAPANS_OWN = re.compile(
    r"\b(?:Japan|Tokyo|Japanese\s+government)(?:\s+[\w-]+){0,2}\s*$|\b(?:Japan|Tokyo)\W?s\s+(?:own\s+)?(?:tariffs?|dut)",
    I,
)
"""Japan as the change's doer ('In 1978 Japan cut its tariffs') or Japan's own tariff: no U.S. rate on its goods."""
_OTHERS_GOODS = re.compile(
    r"\b(?!Japan(?:ese)?\b|American\b|U\.S\.)[A-Z][a-z]+(?:-made|-built|\W?s)?\s+(?:[a-z-]+\s+)?"
    r"(?:cars?|vehicles?|autos?|automobiles?|auto\s+parts|automakers?|goods|imports|exports|products)\b"
)
"""Another country's goods, whatever its name ('tariffs on German cars', 'Korean-made vehicles')."""


def _totals(fields: Fields, sentence: Sentence) -> set[float]:
    """The reading's value and its sums with each rate its sentence names as the MFN duty."""
    value = fields.get("value")
    if not isinstance(value, int | float) or isinstance(value, bool):
        return set()
    mfn = mfn_rates(sentence.text)
    return {float(value), *(float(value) + rate for rate in mfn if abs(rate - float(value)) > 1e-9)}


def changed_from(fact_id: str, text: str) -> set[float]:
    """The rates `text` tells, as done, that the U.S. rate on the fact's subject from Japan changed from."""
    wanted = words()
    if not wanted.facts[fact_id].search(text) or wanted.others.search(text.replace("MFN", "")):
        return set()
    if wanted.unsure.search(text) or _NOT_DONE.search(text) or ANOTHER_COUNTRY.search(text):
        return set()  # 'would be cut from 27.5%', 'cut from 27.5% ..., pending an order': not done; another's rate
    left: set[float] = set()
    for verb in wanted.changed.finditer(text):
        start = text.rfind(";", 0, verb.start()) + 1
        for number, _, match in percents(text[: verb.end() + _SPAN]):
            if match.start() < verb.end() or not _FROM.search(text, max(0, match.start() - 30), match.start()):
                continue
            changed = text[start : match.start()]  # what changed: the clause up to its 'from' figure
            if not _LEVY.search(changed) or _NOT_LEVY.search(changed) or _OTHERS_GOODS.search(changed):
                continue  # 'Japan's share of U.S. car imports fell from 25%', 'tariffs on German cars were cut'
            if _JAPANS_OWN.search(text, start, verb.start()) or _JAPANS_OWN.search(changed):
                continue  # 'In 1978 Japan cut its tariffs on imported cars from 25% to zero'
            left.add(float(number))
    return left


def drop_changed_from(document: Document, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Drop each past-told reading of a rate fact (`[changed_after.facts]`) whose subject's rate a later sentence of
    the document tells changed from it, or from its total with the MFN duty its sentence names. Each sentence is
    judged once a fact, and the rates told left after each place gathered from the end, so the work grows with the
    text, not with its readings times its sentences."""
    sentences = document.sentences
    where = sentence_places(document)
    for fact_id in words().facts:
        read = readings.get(fact_id) or []
        if not any(fields.get("_when") == PAST for fields, _ in read):
            continue
        told_after: list[set[float]] = [set() for _ in range(len(sentences) + 1)]  # rates left after place i
        for place in range(len(sentences) - 1, -1, -1):
            told_after[place] = told_after[place + 1] | changed_from(fact_id, sentences[place].text)
        kept = []
        for fields, sentence in read:
            at = place_of(where, sentence)
            totals = _totals(fields, sentence) if fields.get("_when") == PAST and at is not None else set()
            left = told_after[at + 1] if totals and at is not None else set()
            if not any(abs(rate - total) < 1e-9 for rate in left for total in totals):
                kept.append((fields, sentence))
        if len(kept) < len(read):
            readings[fact_id] = kept


__all__ = ["changed_from", "drop_changed_from"]
