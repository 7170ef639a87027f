"""The dated events' concept words, declared as data: a general reader for an event the phrase declarations left unread.

Each event is named by two small lexicons, what it is (its nouns: 'first round', 'stage one', 'proclamation') and
what befell it or what it did (its deeds: 'held', 'finalized', 'on autos'), standing in one clause in either order
("It was in October 2019 that the two sides signed ...", "the first-stage deal, which the leaders finalized in
September 2019"). Read as any declaration is (`extract.dated_events`): the date the words' own clause gives, else the
clauses before it, else the sentence before's day ('that day'), within the event's years; hedged, another deed's or
another subject's clause gives none. Each is tried only where the event's phrase declarations read nothing
(`DatedEvent.fallback`), so the readings they make and their speed are untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from usjapan_facts.extract.event_clauses import DONE_NOW as _NOW
from usjapan_facts.extract.event_clauses import TALKS_ANNOUNCED
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import DatedEvent

_GAP = r"(?:[^.;:]|(?<=[A-Z])\.){{0,{}}}?"
"""Between an event's noun and its deed: within the sentence, past an abbreviation's point ('U.S.'), at most so many
characters (`Concept.gap`)."""

_OWN_GAP = r"(?:(?!\b(?:after|before|following|once|until)\s)(?:[^.;:]|(?<=[A-Z])\.)){{0,{}}}?"
"""Between an event's noun and a deed after it: never past 'after', 'before' or the like, which open another deed's
clause ('sought talks after the President announced tariffs on April 2': the date is the tariffs' announcement's)."""

_ASIDE = r"(?:[^.;:]|(?<=[A-Z])\.){1,260}?"
"""An aside between commas, within the sentence: past any number of its own commas, at most so many characters."""

_ORDINAL_DAY = r"^(?!.*\bthe\s+\d{1,2}(?:st|nd|rd|th)\b)"
"""A day said by its ordinal alone ('a speech ... on the 29th', its month elsewhere): left unread, not read as the
month."""

_STAGE_ONE = (
    r"(?:first|initial)[-\s](?:stage|phase)",
    r"stage[-\s]one",
    r"phase[-\s]one",
    r"limited\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact)",  # 'a limited tariff deal', 'a limited bilateral pact'
    r"final\s+(?:terms|texts?)",  # 'Final terms were confirmed by the two leaders in New York on ...'
    r"(?:terms|texts?)\s+(?:(?:are|were|was|is|had\s+been|have\s+been|as)\s+)?(?:now\s+)?final\b",
)
_FINISHED = (
    r"finali[sz]\w*|complet\w*|conclu\w*|reached|done|wrapped\s+up|ended|struck|sealed|settled|finished|confirm\w*",
)


@dataclass(frozen=True)
class Concept:
    """One event's concept words: its nouns and deeds (patterns, case-insensitive), what else the sentence must hold
    (`needs`), its cheap lower-case cues, and its span of years."""

    slug: str
    what: str
    nouns: tuple[str, ...]
    deeds: tuple[str, ...]
    needs: str | None
    cues: tuple[str, ...]
    since: int
    until: int | None = None
    vetoes: str | None = None
    """Words that rule the event out in its own clause only (`DatedEvent.vetoes`)."""
    gap: int = 130
    """How far apart the noun and the deed may stand: a long aside, or only a few words for a deed whose noun is its
    object ('spoke to Congress', never 'a speech to the UN ... praised Congress')."""
    carried: bool = False
    """Whether the noun points back to the sentence before, which must hold `needs` (`DatedEvent.carried`)."""

    def event(self) -> DatedEvent:
        """The concept as a declaration tried last: its nouns and deeds in one clause, in either order."""
        noun, deed = "|".join(self.nouns), "|".join(self.deeds)
        gap = _GAP.format(self.gap)
        # or the noun as the subject of the deed past a long aside set off by commas ('A temporary import surcharge of
        # 10%, proclaimed under Section 122 ... after the Supreme Court invalidated ..., lapsed on July 23, 2026')
        aside = rf"\b(?:{noun})\b(?:[^.;:,]|(?<=[A-Z])\.){{0,40}}?,{_ASIDE},\s+(?:{deed})\b"
        own = _OWN_GAP.format(self.gap)
        words = re.compile(rf"\b(?:{noun})\b{own}\b(?:{deed})|\b(?:{deed})\b{gap}\b(?:{noun})\b|{aside}", re.IGNORECASE)
        needs = re.compile(f"{_ORDINAL_DAY}(?=.*?(?:{self.needs}))" if self.needs else _ORDINAL_DAY, re.IGNORECASE)
        vetoes = re.compile(self.vetoes, re.IGNORECASE) if self.vetoes else None
        return DatedEvent(
            self.slug,
            self.what,
            words,
            needs,
            self.since,
            self.until,
            self.cues,
            fallback=True,
            vetoes=vetoes,
            carried=self.carried,
        )


_AGAIN = r"\b(?:again|stall\w*|resum\w*|continu\w*|another|further|latest|follow-up|second|third|next|later|round)\b"
"""A later step of talks under way, never their opening: 'talks resumed', 'a second call', 'the seventh round'."""

_AUTOS_PROCLAIMED = (
    "President proclaims motor vehicle and parts imports (particularly from Japan and the EU) a threat to U.S. "
    "national security, after a Commerce investigation"
)
"""What Section 232's autos proclamation is, which its two concepts (named, and told by its finding) both read."""

_OPENING_NEEDS = (
    rf"^(?!.*{_AGAIN})(?!.*{OTHER_COUNTRIES})(?!.*\b(?:stage\s+two|second\s+stage|broader|tariffs?\s+on\s+"
    r"(?:steel|aluminum)|chapters?|agreed\s+to|pledg\w*|announc\w*|informal\w*|preliminary|exploratory)\b)"
)
"""The talks' opening as the first round: never a later stage's talks, a chapter's, an announcement or a pledge of
talks, nor informal ones."""

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "first_negotiating_round",
        "First round of U.S.-Japan trade agreement negotiations",
        nouns=(
            r"(?:first|opening|initial|inaugural)(?:\s+(?:formal|official|bilateral|ministerial))?"
            r"(?:\s+(?:negotiating|negotiation|trade))?\s+(?:round|session)s?",
            r"round\s+one",
        ),
        deeds=(
            r"held|took\s+place|convened|met|opened|began|started|came|hosted|sat\s+down|got\s+under\s+way|in\s+\w+",
            # a timeline's present: 'April 2019: the first round opens in Washington'
            rf"{_NOW}(?:(?:is|are)\s+held|takes?\s+place|convenes?|meets?|opens?|begins?|starts?|gets?\s+under\s+way)",
            # a timeline's entry, its date in parentheses: '- First round of trade talks (April 2019)'
            r"\w+(?=\s*\((?:mid-)?[A-Z][a-z]+\.?\s+\d)",
        ),
        needs=rf"^(?!.*{OTHER_COUNTRIES})(?=.*\b(?:talks|negotiat\w*|Lighthizer|Motegi|trade)\b)",
        cues=("round", "session"),
        since=2019,
        until=2019,
    ),
    Concept(
        "first_negotiating_round",
        "First round of U.S.-Japan trade agreement negotiations",
        # the talks' opening said without a round: 'Negotiators first sat down formally on April 15, 2019',
        # 'negotiations with Japan opened in April 2019', 'Formal negotiations did not open until April 15-16, 2019'
        # who met may stand between the talks and their opening: 'Formal talks between USTR Lighthizer and Japan's
        # economy minister, Motegi Toshimitsu, opened in Washington on April 15-16, 2019'
        nouns=(
            rf"(?:formal\s+|official\s+|trade\s+)?(?:negotiations|talks)(?:\s+between\s+{_GAP.format(120)}(?=,))?|negotiators",
        ),
        deeds=(
            r"(?:formally\s+|officially\s+)?opened|(?:formally|officially)\s+(?:began|started|got\s+under\s+way)"
            rf"|{_NOW}(?:(?:formally|officially)\s+)?opens?|{_NOW}(?:formally|officially)\s+(?:begins?|starts?)"
            r"|first\s+sat\s+down|(?:did\s+not|didn\W?t)\s+(?:open|begin|start)\s+until"
            # a span's start: 'Formal negotiations ran from mid-April to late September 2019'
            r"|(?:ran|lasted|stretched)(?=\s+from\b)",
        ),
        needs=_OPENING_NEEDS,
        cues=("negotiat", "talks"),
        since=2019,
        until=2019,
        gap=40,
    ),
    Concept(
        "first_negotiating_round",
        "First round of U.S.-Japan trade agreement negotiations",
        # formal talks that began: 'Official negotiations began on April 15, 2019' (never 'began trade negotiations')
        nouns=(r"(?:formal|official)\s+(?:[\w.-]+\s+){0,2}?(?:negotiations|talks)",),
        deeds=(rf"began|started|got\s+under\s+way|{_NOW}(?:begins?|starts?|gets?\s+under\s+way)",),
        needs=_OPENING_NEEDS,
        cues=("formal", "official"),
        since=2019,
        until=2019,
        gap=40,
    ),
    Concept(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        nouns=_STAGE_ONE,
        deeds=_FINISHED,
        # never a part of the deal ('the first-stage deal's digital chapter was completed'); an agreement in principle,
        # or another country's deal, in its own clause only ('After an agreement in principle at the G-7 summit in
        # Biarritz, France, on August 25, 2019, stage one wrapped up a month later')
        needs=r"^(?!.*\b(?:second\s+(?:stage|phase)|hope\w*|chapters?|sections?|provisions?|annex\w*|parts?)\b)",
        vetoes=rf"\bin\s+principle\b|\bsigned\b|{OTHER_COUNTRIES}",  # a signing in its own clause only
        cues=("stage", "phase", "limited", "final"),
        since=2019,
        until=2019,
    ),
    Concept(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        # the deal the sentence before names, its terms pointed back to: 'A first, limited trade deal ... awaits only
        # Japan's ratification. Its terms were settled at a meeting ... on September 25 in New York'
        nouns=(r"^(?:Its|Their|The\s+(?:deal|agreement|pact)\W?s)\s+(?:(?:final|main|key)\s+)?(?:terms|texts?)",),
        deeds=_FINISHED,
        needs=rf"^(?!.*{OTHER_COUNTRIES})(?!.*\bsecond\s+(?:stage|phase)\b).*\b(?:{'|'.join(_STAGE_ONE)})\b",
        vetoes=rf"\bin\s+principle\b|{OTHER_COUNTRIES}",
        cues=("stage", "phase", "limited", "final"),
        since=2019,
        until=2019,
        carried=True,
    ),
    Concept(
        "tariff_talks_announced",
        "Trump Administration announces new negotiations with Japan on tariffs, non-tariff barriers, currency issues "
        "and government subsidies",
        nouns=(r"talks|negotiations|negotiate|negotiating",),
        deeds=TALKS_ANNOUNCED,
        needs=(
            rf"^(?!.*{_AGAIN})(?!.*\b(?:deal|framework|agreement)\b)(?!.*{OTHER_COUNTRIES})"
            r"(?!.*\b(?:talks|negotiations)\s+(?:on|over|about)\s+(?!(?:the\s+)?(?:[\w-]+\s+)?(?:tariffs?|trade)\b))"
            r"(?=.*\b(?:tariffs?|reciprocal|(?:tariff\s+)?rates)\b)(?=.*\b(?:Japan|Tokyo|Ishiba|Akazawa)\b)"
        ),
        cues=("negotiat", "talks"),
        since=2025,
        until=2025,  # the talks of 2025: a day said without its year is never a later year's
    ),
    Concept(
        "tariff_talks_announced",
        "Trump Administration announces new negotiations with Japan on tariffs, non-tariff barriers, currency issues "
        "and government subsidies",
        # the talks said to come, in reported speech: 'the White House said talks with Tokyo would begin', 'the two
        # governments said that negotiations would begin' (after a call with Ishiba, in office for the 2025 talks)
        nouns=(r"talks|negotiations",),
        deeds=(r"(?:would|will)\s+(?:soon\s+)?(?:begin|open|start|commence|get\s+under\s+way)",),
        needs=(
            rf"^(?!.*{_AGAIN})(?!.*\b(?:deal|framework|agreement)\b)(?!.*{OTHER_COUNTRIES})"
            r"(?=.*\b(?:said|announced|stated|declared|confirmed)\b(?:\s+that)?\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations))"
            r"(?=.*\b(?:tariffs?|reciprocal|Ishiba)\b)(?=.*\b(?:Japan|Japanese|Tokyo|Ishiba|Akazawa)\b)"
        ),
        cues=("talks", "negotiations"),
        since=2025,
        until=2025,
        gap=30,
    ),
    Concept(
        "section232_autos_proclamation",
        _AUTOS_PROCLAIMED,
        nouns=(r"proclam\w*|proclaim\w*",),
        deeds=(r"autos?|automobiles?|(?:motor\s+)?vehicles?|cars|auto\s+parts|automotive",),
        needs=r"^(?!.*\b(?:steel|aluminum)\b)",
        cues=("proclam", "proclaim"),
        since=2019,
        until=2019,
    ),
    Concept(
        "section232_autos_proclamation",
        _AUTOS_PROCLAIMED,
        # his finding, without 'proclamation' ('determined that auto imports ...'), or Commerce's he 'accepted', right
        # after him, not in a clause after 'and' (dated by another's), its 'that' next: never 'had not accepted'
        nouns=(
            r"(?:the\s+President|Trump)\b[^.;]{0,40}?\b(?:determined|found|declared|concluded)|(?<!\band\s)"
            r"(?:the\s+President|Trump)\s+(?:accepted|adopted)\s+(?:the|a)\s+(?:[\w'\u2019-]+\s+){0,3}?"
            r"(?:finding|determination)\s+(?:under\s+Section\s+232\b(?:(?!\b(?:but|not|on)\b)[^,;]){0,60}?\s+)?that\b",
        ),
        deeds=(r"(?:autos?|automobiles?|vehicles?|cars)\b(?:[^.;]|(?<=[A-Z])\.){0,60}?\bnational\s+security",),
        needs=r"\bSection\s+232\b",
        cues=("determined", "found", "declared", "concluded", "finding", "determination"),
        since=2019,
        until=2019,
    ),
    Concept(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        # or the surcharge the clause before named: '...; unless Congress extends it, this one runs out in late July'
        nouns=(r"surcharge|Section\s+122|(?<=[;,]\s)(?:this|that)\s+one(?=\s+(?:\w+\s+)?(?:expir|laps|runs?\s+out))",),
        deeds=(
            r"expir\w*|lapse\w*|terminat\w*|ran\s+out|runs?\s+out|(?:came|comes?)\s+to\s+an\s+end|150-day\s+limit|"
            r"(?:remain|stay|last|apply|run)\w*\s+(?:in\s+(?:place|force)\s+)?(?:only\s+)?until",
        ),
        # never another country's surcharge, nor an end only conditional ('will terminate in July if ...'); the end the
        # law sets 'unless Congress extends it' is the end to come
        needs=(
            rf"^(?!.*{OTHER_COUNTRIES})(?!.*\b(?:steel|aluminum|extended\s+(?:it\s+)?(?:to|until|through)|"
            r"unless(?!\s+Congress\s+(?:extends|acts|votes))|if|should|absent|barring)\b)"
        ),
        cues=("surcharge", "122"),
        since=2026,
    ),
)
"""The trade events' concept words, in the order the briefs tell them."""

EVENTS: tuple[DatedEvent, ...] = tuple(concept.event() for concept in CONCEPTS)
"""The trade concepts as declarations tried last, each for an event its phrase declarations left unread."""

ADDRESS = Concept(
    "abe_address_to_congress",
    "Abe addresses a joint meeting of Congress",
    # Congress as the address's audience, a few words from the deed: never a speech elsewhere beside Congress
    nouns=(
        r"(?:to|before)\s+(?:a\s+joint\s+(?:meeting|session)\s+of\s+|both\s+houses\s+of\s+)?(?:the\s+)?(?:U\.S\.\s+)?"
        r"Congress(?!\W?s\b)",
        r"Congress\s+(?:heard|welcomed|received|listened\s+to|gathered)",
        # the audience as the deed's object: 'to address a joint meeting of Congress'
        r"(?:a\s+)?joint\s+(?:meeting|session)\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?Congress(?!\W?s\b)",
    ),
    deeds=(r"address\w*|speech|sp(?:eak|eaks|oke|eaking)|remarks|told|hear|heard",),
    # Abe's; never the speech as the thing another deed names ('a statement that echoed his speech to Congress')
    needs=r"^(?!.*\b(?:echo\w*|recall\w*|cit(?:ed|ing)|invok\w*|quot\w*|referr\w*)\b).*\bAbe\b",
    cues=("congress",),
    since=2015,
    until=2015,
    gap=40,
).event()
"""IF10199's own: Abe's 2015 address to a joint meeting of Congress, by its concept words."""
