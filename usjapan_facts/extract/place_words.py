"""A place word read as the place it stands for: 'there' is the country named last before it, in the words of its own
sentence before it or else in the sentence before ('Investment runs heavily toward the United States. Japanese firms
held a direct investment position of $484.4 billion there'). The words are `briefs/money_roles.toml`'s [places]. Pure,
no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.money_lexicon import lexicon


def _last_place(text: str) -> re.Match[str] | None:
    """The country named last in the text (a party's or another's), None when it names none."""
    places = lexicon().places
    found = [m for key in ("US", "JP", "other") for m in places[key].finditer(text)]
    return max(found, key=lambda m: m.start(), default=None)


def placed(clause: str, before: tuple[str, ...]) -> str:
    """The clause with its place word ('there') put as 'in' the country it stands for: the last one named in the
    clause before the word, else in the words `before` (the sentence's words before the clause, then the sentence
    before), nearest first; the clause as it is when it has no place word or no country stands before it."""
    word = lexicon().places["word"].search(clause)
    if word is None:
        return clause
    for text in (clause[: word.start()], *before):
        if (place := _last_place(text)) is not None:
            return f"{clause[: word.start()]}in {place.group(0)}{clause[word.end() :]}"
    return clause


def last_party(*texts: str) -> str | None:
    """Whom a pronoun or 'the country' stands for: 'US', 'JP' or 'other', the country named last in the first of
    `texts` that names one ('exports to the country' after 'Japan was the sixth-largest U.S. partner': Japan)."""
    for text in texts:
        if (place := _last_place(text)) is not None:
            return next(key for key in ("US", "JP", "other") if lexicon().places[key].fullmatch(place.group(0)))
    return None


__all__ = ["last_party", "placed"]
