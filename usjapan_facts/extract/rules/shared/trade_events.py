"""The trade talks' dated events both briefs tell (IF11120's history of the talks, IF10199's trade section): each
declared by what happened, and dated by the clause that says so.

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.

The brief tells the negotiations' history in dated steps ("The first formal round was held in April
2019", "On May 17, 2019, the President proclaimed that imports of autos ... threaten U.S. national
security"), each keyed by the slug the record tracks it under.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import DatedEvent

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_BEFORE_2025 = re.compile(r"\b(?:201[89]|202[0-4])\b")
"""A year of the 2018-2019 talks and after, before the 2025 ones: what dates an event of the 2019 agreements."""
_NOT_LATER = re.compile(r"^(?!.*\b20(?:2[5-9]|3\d)\b)")
"""A sentence naming no year of the 2025 talks or later: one of the 2019 talks, dated by its year or its context's."""
_JAPAN = r"(?:Japan\b|Tokyo\b|the\s+Japanese\s+government\b|Japan['\u2019]s\s+government\b)"
"""Japan as a party to talks: the country, its capital, its government."""
_TARIFF_TALKS = re.compile(r"\b(?:tariffs?|reciprocal|Ishiba|Akazawa)\b|\b20(?:2[5-9]|3\d)\b", I)
"""What ties talks with Japan to the 2025 ones: tariffs, the reciprocal rates, the prime minister or negotiator then,
or a year of them."""
_FIRST_STAGE = r"(?:\"?(?:stage|phase)[- ]one\"?|first[- ]stage|limited|initial)"
"""How the brief names the 2019 deal by its place in the talks: 'stage one', 'first-stage', 'limited'."""

_RUNS_OUT = (
    r"(?:(?:is|was)\s+(?:due|set|scheduled|expected)\s+to\s+|will\s+)?(?:expire[sd]?|lapse[sd]?|end(?:s|ed)?|ran\s+out|"
    r"runs?\s+out)\b"
)
"""The surcharge running out, done or to come: 'expires', 'lapsed', 'is due to lapse', 'will run out'."""
_DEAL_DONE = ("final", "stage", "phase", "limited", "initial", "conclu", "complet", "finish", "settled", "done")
"""A word each way of saying the stage-one deal was finalized holds: the deal's done-words or its place in the talks."""
_FIRST_ROUND = "First round of U.S.-Japan trade agreement negotiations"
_TALKS = (
    "Trump Administration announces new negotiations with Japan on tariffs, non-tariff barriers, currency issues "
    "and government subsidies"
)
_PROCLAMATION = (
    "President proclaims motor vehicle and parts imports (particularly from Japan and the EU) a threat to U.S. "
    "national security, after a Commerce investigation"
)
"""The record's words for the events the brief tells in several voices, each a declaration of its own."""

EVENTS: tuple[DatedEvent, ...] = (
    DatedEvent(
        "first_negotiating_round",
        _FIRST_ROUND,
        re.compile(
            r"\bfirst\s+(?:formal\s+)?(?:negotiating\s+)?(?:round|session)\b|\b(?:began|opened|launched|started)\s+(?:the\s+)?formal\s+"
            r"(?:negotiations|talks)\b|\bformal\s+(?:negotiations|talks)\s+(?:opened|began|started|got\s+under\s+way)\s+"
            r"(?:in|on)\s+(?=[A-Z\d])",
            I,
        ),
        # the talks that led to the 2019 agreements, never the 2025 tariff talks: in 2019, the year written or, for
        # 'The first formal negotiating session is slated for mid-April', the year of its context
        needs=_NOT_LATER,
        since=2019,
        until=2019,
        cues=("round", "session", "formal"),
    ),
    DatedEvent(
        "first_negotiating_round",
        _FIRST_ROUND,
        # 'Formal negotiations opened in April 2019', 'opened formal talks in Washington on April 15, 2019': the talks
        # opening in 2019, never the 2025 tariff talks
        re.compile(
            r"\b(?:formal|bilateral|trade)\s+(?:negotiations|talks)\s+(?:had\s+)?(?:opened|began|started)\b"
            r"|\b(?:negotiations|talks)\s+formally\s+(?:opened|began|started|got\s+under\s+way)\b"
            r"|\b(?:opened|began|launched|started)\s+(?:formal\s+|bilateral\s+)*(?:trade\s+)?(?:negotiations|talks)\s+"
            r"(?:in|on)\b",
            I,
        ),
        needs=re.compile(r"\b2019\b"),
        cues=("negotiations", "talks"),
    ),
    DatedEvent(
        "first_negotiating_round",
        _FIRST_ROUND,
        # 'Talks on the agreements opened in April 2019', 'negotiations toward a deal got under way': in a sentence on
        # the 2019 talks alone, none of a later year
        re.compile(
            r"\b(?:talks|negotiations)\s+(?:on|over|for|toward|towards)\s+[^.;,]{3,40}?\s+(?:opened|began|started|"
            r"got\s+under\s+way|were\s+launched)\b",
            I,
        ),
        needs=re.compile(r"^(?!.*\b(?:20(?:2[5-9]|3\d)|stage[- ]two|second\s+(?:stage|phase))\b).*\b2019\b", I),
        cues=("negotiations", "talks"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        _PROCLAMATION,
        re.compile(
            r"\b(?:proclaimed|declared)\b[^.;]{0,80}?\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b"
            # 'May 2019: autos and parts found to threaten national security' (a dated list), never Commerce's finding
            r"|^(?!.*\b(?:Commerce|finding|report|investigation)\b).*?\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b"
            r"[^.;]{0,30}?\b(?:found|declared|deemed|judged)\s+to\s+threaten\b",
            I,
        ),
        # the 2019 finding, in 2019 (the year written, or that of its context for 'On May 17, Trump proclaimed'): never
        # a 2025 action on autos in the same words
        needs=re.compile(r"^(?!.*\b20(?:2[5-9]|3\d)\b).*\bnational\s+security\b", I),
        since=2019,
        until=2019,
        cues=("proclaimed", "declared", "threaten"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        _PROCLAMATION,
        # the class in more voices, the proclamation named as a thing: 'issued a proclamation on May 17, 2019,
        # directing USTR ...', 'a presidential proclamation dated May 17, 2019', 'In a proclamation that day'
        re.compile(
            r"\b(?:issued|signed)\s+(?:a|the|his)\s+proclamation\b|\b(?:presidential\s+)?proclamation\s+(?:dated|of|issued|"
            r"signed)\b|\b[Ii]n\s+(?:a|the|his)\s+proclamation\b",
        ),
        # on autos and national security, in a year of the 2019 talks; never one that sets a rate (a tariff's)
        needs=re.compile(
            r"^(?!.*(?:%|\bpercent\b))(?=.*\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b)(?=.*\bnational\s+security\b)"
            r".*\b(?:201[89]|202[0-4])\b",
            I,
        ),
        since=2019,
        until=2019,
        cues=("proclamation",),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        _PROCLAMATION,
        # 'A Commerce investigation concluded ... that auto imports threatened to impair national security. President
        # Trump agreed in a proclamation dated May 17, 2019, ...': the finding the sentence before states, carried
        re.compile(
            r"\b(?:agreed|concurred)\s+(?:with\s+(?:it|the\s+finding)\s+)?in\s+(?:a|his)\s+proclamation\b"
            r"|\b[Ii]n\s+(?:a|his)\s+proclamation\s+(?:dated|of)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4},\s+(?:the\s+President|Trump)\s+"
            r"(?:agreed|concurred)\b"
        ),
        needs=re.compile(
            r"^(?=.*\b(?:autos?|auto\s+imports|automobiles?|(?:motor\s+)?vehicles?|cars)\b).*\bnational\s+security\b", I
        ),
        since=2019,
        until=2019,
        carried=True,
        cues=("security",),
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        re.compile(
            r"\b(?:had|have|has)\s+finali[sz]ed\s+(?:the\s+terms\s+of\s+)?(?:a|an|the|their)?\s*"
            rf"(?:{_FIRST_STAGE}\s+|bilateral\s+|trade\s+)*(?:deal|agreements?|terms|pact)\b"
            # 'leaders announce a stage one deal', 'Abe ... declared the talks concluded'
            rf"|\b(?:announced?|reached|struck)\s+(?:a|an|the|their)\s+{_FIRST_STAGE}\s+(?:trade\s+)?(?:deal|agreement|pact)\b"
            r"|\bAbe\b[^.;]{0,40}?\b(?:declared|announced|said)\s+(?:that\s+)?(?:the|their)\s+(?:talks|negotiations)\s+"
            r"(?:were\s+|had\s+been\s+)?(?:concluded|complete|completed|finished)\b"
            r"|\bdeclared\s+the\s+(?:talks|negotiations)\s+(?:concluded|complete[d]?|finished)\b"
            # 'pronounced the first-stage terms settled', 'declared the stage-one texts final', 'declared it
            # finalized', in a timeline's present ('the two leaders declare the core of the deal finalized'), or said
            # of them ('announced that the first-stage texts were complete')
            rf"|\b(?:declared?|declares|pronounced?|pronounces|called|calls)\s+(?:the\s+(?:core|bulk|heart)\s+of\s+)?"
            rf"(?:the\s+|their\s+)?(?:{_FIRST_STAGE}\s+)?(?:(?:trade\s+)?(?:terms|texts?|deal|agreements?|pact)|it|them)\s+"
            r"(?:settled|final|finali[sz]ed|complete[d]?|concluded|done)\b(?![^.;]{0,30}\bin\s+principle\b)"
            rf"|\b(?:announced|announces|said|declared|confirmed)\s+(?:that\s+)?(?:the|their)\s+(?:{_FIRST_STAGE}\s+)?(?:trade\s+)?"
            r"(?:terms|texts?|deal|agreements?|pact)\s+(?:were|was|had\s+been|are|is)\s+(?:settled|final|finali[sz]ed|"
            r"complete[d]?|concluded|done)\b(?![^.;]{0,30}\bin\s+principle\b)",
            I,
        ),
        needs=_BEFORE_2025,
        cues=_DEAL_DONE,
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        re.compile(
            r"\b(?:announced|opened|launched|began|started|announces|opens|launches|begins|starts)"
            r"(?:\s+(?:that\s+)?(?:it|they|the\s+United\s+States)\s+"
            r"(?:would|will)\s+(?:open|launch|begin|start|hold))?\s+(?:new\s+)?(?:tariff\s+)?(?:negotiations|talks)\s+"
            r"with\s+Japan\b(?:\s+on\s+tariffs\b)?"
            # 'announced on April 7, 2025, that it would negotiate with Japan over tariffs'
            r"|\b(?:announced|said)\b[^.;]{0,40}?\bthat\s+(?:it|they|the\s+United\s+States|Washington)\s+(?:would|will)\s+"
            r"(?:negotiate|(?:hold|open|begin|start|launch)\s+(?:new\s+|tariff\s+)*(?:talks|negotiations))\s+with\s+Japan\b"
            # 'announced on April 7, 2025, that Japan would be among the first countries with which it would negotiate'
            r"|\b(?:announced|said)\b[^.;]{0,40}?\bthat\s+Japan\s+(?:would|will)\s+be\s+among\s+the\s+first\s+"
            r"(?:countries|partners|economies)\b[^.;]{0,40}?\bnegotiat"
            # 'Trump and Prime Minister Ishiba Shigeru agreed by telephone to open negotiations' (Ishiba: 2024-2025)
            r"|\b(?:Trump|the\s+President)\s+and\s+(?:Prime\s+Minister\s+)?Ishiba\b[^.;]{0,30}?\bagreed\b[^.;]{0,30}?"
            r"\bto\s+(?:open|begin|start|launch|hold)\s+(?:tariff\s+)?(?:negotiations|talks)\b",
            I,
        ),
        # the precision the text gives: a day where it names one; tariffs, or a year of the talks on no other subject
        needs=re.compile(
            r"\btariffs?\b|^(?!.*\b(?:negotiat\w*|talks)(?:\s+with\s+Japan)?\s+(?:over|on|about|covering)\s+[a-z])"
            r".*\b20(?:2[5-9]|3\d)\b",
            I,
        ),
        since=2025,
        cues=("negotiat", "talks"),
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        # 'Trump and Ishiba agreed by telephone to open negotiations': the leaders' call that opened the 2025 talks
        re.compile(
            r"\bagreed\s+(?:by\s+telephone\s+|by\s+phone\s+|in\s+a\s+(?:(?:tele)?phone\s+)?call\s+(?:with\s+(?:[A-Z][\w-]*\s+){1,3})?)?"
            r"to\s+(?:open|begin|start|launch)\s+"
            r"(?:tariff\s+)?(?:negotiations|talks)\b",
            I,
        ),
        needs=re.compile(r"\bIshiba\b"),
        since=2025,
        cues=("negotiat", "talks"),
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        # the class in more voices: 'began negotiating with Tokyo', 'entered into tariff talks with the Japanese
        # government', 'named Japan among the first countries to negotiate', 'Japan was among the first countries to
        # open talks', 'negotiations with Japan were launched'
        re.compile(
            rf"\b(?:announced|opened|launched|began|started|entered(?:\s+into)?)\s+(?:new\s+|bilateral\s+|tariff\s+)*"
            rf"(?:negotiations|talks|negotiating)\s+with\s+{_JAPAN}"
            rf"|\b(?:named|picked|chose|selected|listed|put)\s+{_JAPAN}\s+(?:as\s+)?(?:among|one\s+of)\s+the\s+first\s+"
            r"(?:countries|partners|economies|trading\s+partners)\b[^.;]{0,40}?\b(?:negotiat|talks)"
            rf"|\b{_JAPAN}\s+(?:was|became)\s+(?:among|one\s+of)\s+the\s+first\s+(?:countries|partners|economies|"
            r"trading\s+partners)\s+to\s+(?:open|begin|start|enter(?:\s+into)?|launch|hold)\s+(?:tariff\s+)?(?:talks|"
            r"negotiations)\b"
            rf"|\b(?:negotiations|talks)\s+with\s+{_JAPAN}\s+(?:on\s+tariffs\s+)?(?:were|was)\s+"
            r"(?:announced|launched|opened)\b",
            I,
        ),
        needs=_TARIFF_TALKS,
        since=2025,
        cues=("negotiat", "talks", "first"),
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        # 'U.S.-Japan tariff negotiations began in April 2025': the talks opening, named as the subject; a month at
        # most, as a day such a sentence names may be the first round's (refused)
        re.compile(
            r"\b(?:U\.S\.[-\u2013]Japan(?:ese)?\s+)?tariff\s+(?:negotiations|talks)(?:\s+with\s+(?:Japan|Tokyo))?\s+"
            r"(?:began|opened|started|got\s+under\s+way|were\s+(?:launched|announced|opened))\b",
            I,
        ),
        needs=re.compile(rf"^(?!.*\b(?:{p.MONTH}\s+\d{{1,2}}\b|first\s+round|round))", I),
        since=2025,
        cues=("negotiations", "talks"),
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        # 'the two sides agreed on April 7, 2025, to open negotiations', 'talks with the Administration, after a
        # telephone call between Trump and Ishiba on April 7, 2025': the agreement or the leaders' call that opened them
        re.compile(
            r"\bagreed\s+(?:on|in)\s+[A-Z][\w ,]{2,25}?,?\s+to\s+(?:open|begin|start|launch)\s+(?:tariff\s+)?"
            r"(?:negotiations|talks)\b|\b(?:tele)?phone\s+call\s+between\s+(?:President\s+)?Trump\s+and\s+"
            r"(?:Prime\s+Minister\s+)?Ishiba\b(?=[^.;]{0,20}\bon\s+[A-Z])",
        ),
        needs=re.compile(r"^(?=.*\b(?:talks|negotiat\w*)\b).*\b(?:Ishiba|Akazawa|tariffs?|20(?:2[5-9]|3\d))\b", I),
        since=2025,
        cues=("negotiat", "talks", "call"),
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        re.compile(
            r"\b(?:surcharge|Section\s+122)\b[^.;]{0,80}?\b(?:expire[sd]?|lapse[sd]?|end(?:s|ed)?|ran\s+out|runs\s+out)\b",
            I,
        ),
        # the precision the text gives: 'ran out on July 23, 2026' is a day, 'lapses in late July' a month
        since=2026,
        cues=("surcharge", "122"),
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        # 'A Section 122 surcharge may last 150 days; this one expires on July 23, 2026': the surcharge a clause
        # before names, carried by 'this one', 'it', 'the levy'
        re.compile(
            rf"(?<=[;,]\s)(?:[\w\s]{{0,30}},\s+)?(?:so\s+|and\s+)?(?:this\s+one|it|the\s+(?:levy|stopgap))\s+{_RUNS_OUT}",
            I,
        ),
        needs=re.compile(r"\b(?:surcharge|Section\s+122)\b[^.]{0,160}?[;,]", I),
        since=2026,
        cues=("surcharge", "122"),
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        # 'The surcharge now in force sets a 10% tariff. By law it cannot exceed 15% ..., so it is due to lapse in late
        # July 2026': 'it' of the sentence before, whose subject is the surcharge
        re.compile(rf"(?:^|[;,]\s+(?:so\s+|and\s+|but\s+)?)(?:[Ii]t|[Tt]he\s+levy)\s+{_RUNS_OUT}"),
        needs=re.compile(r"^(?:The|This|That|A|Its)\s+(?:[\w%-]+\s+){0,3}?surcharge\b"),
        since=2026,
        cues=("surcharge",),
        carried=True,
    ),
)
"""The record's trade events that a sentence can state, in the order the briefs tell them."""
