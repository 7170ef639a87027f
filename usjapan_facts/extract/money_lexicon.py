"""The lexicon of the readers of trade and investment amounts by roles (`money_roles`, `money_pairs`, `cell_roles`):
`briefs/money_roles.toml`'s patterns, compiled once. Pure; reads the file once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.word_files import word_file

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
Patterns = dict[str, re.Pattern[str]]
OTHER_PARTY = {"US": "JP", "JP": "US"}
"""The other party of a flow: its buyer when the key is its seller."""


@dataclass(frozen=True)
class Lexicon:
    """The roles' patterns of `briefs/money_roles.toml`, by section and key: each seller's ('US', 'JP') flow patterns
    (the buyer the other party), each party by its name (`named`) and as the country a stock is held in (`host`), and
    the place a place word stands for (`places`), and the scope a flow's amount stands in (`scope`)."""

    flow: dict[str, list[re.Pattern[str]]]
    parts: Patterns
    deficit: Patterns
    host_nation: Patterns
    budget: Patterns
    never: Patterns
    pairs: Patterns
    named: Patterns
    host: Patterns
    investment: Patterns
    places: Patterns
    scope: Patterns


@functools.cache
def lexicon() -> Lexicon:
    """The roles' patterns, compiled once: each flow pattern with the seller and buyer slots filled both ways."""
    data = word_file("money_roles.toml") or {}
    parties = data["parties"]

    def filled(pattern: str, seller: str) -> re.Pattern[str]:
        buyer = OTHER_PARTY[seller]
        slots = {"S": parties[seller]["name"], "SA": parties[seller]["adj"], "B": parties[buyer]["name"]}
        slots = {key: f"(?:{value})" for key, value in (slots | {"BA": parties[buyer]["adj"]}).items()}
        return re.compile(re.sub(r"\{(\w+)\}", lambda m: slots[m.group(1)], pattern), I)

    OTHERS = f"(?:{OTHER_COUNTRIES})"  # noqa: N806 - the slot's name

    def each(section: str) -> dict[str, re.Pattern[str]]:
        return {
            key: re.compile(
                value.replace("{PRODUCT}", data["never"]["product"])
                .replace("{PART}", data["never"]["part"])
                .replace("{OTHERS}", OTHERS),
                I,
            )
            for key, value in data[section].items()
        }

    investment = data["investment"]
    return Lexicon(
        flow={seller: [filled(p, seller) for p in data["flow"]["direction"]] for seller in ("US", "JP")},
        parts=each("parts"),
        deficit=each("deficit"),
        host_nation=each("host_nation"),
        budget=each("budget"),
        never=each("never"),
        pairs=each("pairs"),
        named={key: re.compile(f"{value['name']}|{value['adj']}", I) for key, value in parties.items()},
        host={key: re.compile(investment["host"].replace("{P}", f"(?:{v['name']})"), I) for key, v in parties.items()},
        investment={key: re.compile(value, I) for key, value in investment.items() if key != "host"},
        places=each("places"),
        scope=each("scope"),
    )


__all__ = ["OTHER_PARTY", "Lexicon", "Patterns", "lexicon"]
