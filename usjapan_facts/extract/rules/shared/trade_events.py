"""The trade talks' dated events both briefs tell (IF11120's history of the talks, IF10199's trade section): each
declared by what happened, and dated by the clause that says so; the 2019 agreements' steps in `talks_2019`, the 2025
tariff talks and the 2026 surcharge here.

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.

The briefs tell the negotiations' history in dated steps ("The first formal round was held in April 2019", "On April
7, 2025, the Administration announced new negotiations with Japan", "the surcharge lapsed in July 2026"), each keyed by
the slug the record tracks it under.
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.japan import OTHER_COUNTRIES
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.rules.shared import stage_one_roles, talks_2019, talks_2019_voices

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_JAPAN = r"(?:Japan\b|Tokyo\b|the\s+Japanese\s+government\b|Japan['\u2019]s\s+government\b)"
"""Japan as a party to talks: the country, its capital, its government."""
_YEARLESS = r"^(?!.*\b(?:19|20)\d{2}\b)"
"""A sentence naming no year ('April 7: ...', 'during an April 7 call'): dated by its context's year, which the
declaration's `since` bounds, so the 2019 talks' context gives none of the 2025 ones."""
_TARIFF_TALKS = re.compile(rf"\b(?:tariffs?|reciprocal|Ishiba|Akazawa)\b|\b20(?:2[5-9]|3\d)\b|{_YEARLESS}", I)
"""What ties talks with Japan to the 2025 ones: tariffs, the reciprocal rates, the prime minister or negotiator then,
a year of them, or no year at all (its context's)."""

_OFF_SUBJECT = (
    r"(?!.*\b(?:talks|negotiations|negotiate)\s+(?:on|over|about|covering|regarding|concerning)\s+"
    r"(?!(?:[\w.'-]+\s+){0,3}?(?:tariffs?|trade|reciprocal|duties|levies)\b))"
)
"""Talks agreed on about another subject ('to hold talks on Nippon Steel's investment', 'on critical minerals'): not the
tariff talks, which are on tariffs or trade."""

_RUNS_OUT = (
    r"(?:(?:is|was)\s+(?:due|set|scheduled|expected)\s+to\s+|will\s+)?(?:expire[sd]?|lapse[sd]?|end(?:s|ed)?|ran\s+out|"
    r"runs?\s+out)\b(?!\s+(?:a|an|the|its|their)\s)(?![^.]*\b(?:but|before|when|until)\b[^.]*\b(?:extend|renew|prolong|"
    r"postpon|delay)\w*)(?![^.;]*\bfor\s+(?:[\w-]+\s+){0,2}?(?:goods|imports|products|exports|shipments)\b)"
)
"""The surcharge running out, done or to come ('expires', 'is due to lapse'); never 'ended' with an object, a plan a
later clause puts off ('was set to expire on July 23, but Congress voted to extend it'), an end for some goods only."""
_NOT_OTHERS = rf"^(?!.*(?-i:{OTHER_COUNTRIES}))(?!.*\b(?:steel|aluminum|retaliat\w*)\b)"
_TALKS = (
    "Trump Administration announces new negotiations with Japan on tariffs, non-tariff barriers, currency issues "
    "and government subsidies"
)
"""The record's words for the talks the briefs tell in several voices, each a declaration of its own."""
_LEADERS = (
    r"(?:(?:Prime\s+Minister|President)\s+)?(?:Ishiba(?:\s+Shigeru)?|Trump|the\s+President)"
    r"(?:\s+and\s+(?:(?:Prime\s+Minister|President)\s+)?(?:Ishiba|Trump))?|the\s+two\s+leaders"
)
"""The two leaders, one or both, as the ones who spoke: 'Prime Minister Ishiba', 'Trump and Ishiba'."""
_CALL = r"(?:(?:tele)?phone\s+)?(?:call|conversation)\b"
"""The leaders' call, however named: 'an April 7 telephone call', 'a phone conversation'."""

EVENTS: tuple[DatedEvent, ...] = (
    *talks_2019.EVENTS,
    *talks_2019_voices.EVENTS,
    *stage_one_roles.EVENTS,
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        re.compile(
            r"\b(?:announced|opened|launched|began|started|announces|opens|launches|begins|starts)"
            r"(?:\s+(?:that\s+)?(?:it|they|the\s+United\s+States)\s+"
            r"(?:would|will)\s+(?:open|launch|begin|start|hold))?\s+(?:new\s+)?(?:tariff\s+)?(?:negotiations|talks)\s+"
            r"with\s+Japan\b(?:\s+on\s+tariffs\b)?"
            # 'announced on April 7, 2025, that it would negotiate with Japan over tariffs'
            r"|\b(?:announced|said)\b[^.;]{0,40}?\b(?:that\s+)?(?:it|they|the\s+United\s+States|Washington)\s+(?:would|will)\s+"
            r"(?:negotiate|(?:hold|open|begin|start|launch)\s+(?:new\s+|tariff\s+)*(?:talks|negotiations))\s+with\s+Japan\b"
            # 'announced on April 7, 2025, that Japan would be among the first countries with which it would negotiate'
            r"|\b(?:announced|said)\b[^.;]{0,40}?\b(?:that\s+)?Japan\s+(?:would|will)\s+be\s+among\s+the\s+first\s+"
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
            r"to\s+(?:open|begin|start|launch|hold)\s+"
            r"(?:tariff\s+)?(?:negotiations|talks)\b"
            # the talks' opening timed by that call: 'The negotiations had begun after Trump spoke with Ishiba by
            # telephone on April 7, 2025'
            r"|\b(?:negotiations|talks)\s+(?:had\s+)?(?:began|begun|opened|started)\s+(?:after|when|with)\s+"
            r"[^.;]{0,60}?\b(?:spoke|talked|telephoned|called|phoned)\b[^.;]{0,40}?\b(?:by\s+(?:tele)?phone|call)\b",
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
            # the two as the subject: 'the United States and Japan began negotiations over tariffs'
            rf"|\b(?:(?:the\s+United\s+States|Washington|the\s+(?:Trump\s+)?Administration)\s+and\s+{_JAPAN}|"
            r"(?:Japan|Tokyo)\s+and\s+(?:the\s+United\s+States|Washington))\s+"
            r"(?:opened|launched|began|started|entered(?:\s+into)?)\s+(?:new\s+|bilateral\s+|tariff\s+|formal\s+)*"
            r"(?:negotiations|talks)\b"
            # a timeline's present too: 'April 7: ... the Administration names Japan among the first partners'
            rf"|\b(?:named|picked|chose|selected|listed|put|names|picks|chooses|selects|lists|puts)\s+{_JAPAN}\s+"
            r"(?:as\s+)?(?:among|one\s+of)\s+the\s+first\s+"
            r"(?:countries|partners|economies|trading\s+partners)\b[^.;]{0,40}?\b(?:negotiat|talks)"
            rf"|\b{_JAPAN}\s+(?:was|became)\s+(?:among|one\s+of)\s+the\s+first\s+(?:U\.S\.\s+)?(?:countries|partners|economies|"
            r"trading\s+partners)\s+(?:to\s+(?:open|begin|start|enter(?:\s+into)?|launch|hold)\s+(?:tariff\s+)?(?:talks|"
            r"negotiations)\b|(?:selected|chosen|picked|named|tapped)\s+(?:for|to)\s+(?:tariff\s+)?(?:talks|negotiations|"
            r"negotiate)\b)"
            rf"|\b(?:negotiations|talks)(?:\s+with\s+{_JAPAN})?\s+(?:on\s+tariffs\s+)?(?:were|was)\s+"
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
        # 'the two sides agreed on April 7, 2025, to open negotiations', '... agreed in a phone call on April 7, 2025,
        # to begin talks', 'talks with the Administration, after a telephone call between Trump and Ishiba (or Ishiba
        # and Trump) on April 7, 2025': the agreement or the leaders' call that opened them
        re.compile(
            r"\bagreed\s+(?:(?:in|during)\s+an?\s+(?:(?:tele)?phone\s+)?call\s+|by\s+(?:tele)?phone\s+)?(?:on|in)\s+"
            r"[A-Z][\w ,]{2,25}?,?\s+to\s+(?:negotiate|(?:open|begin|start|launch|hold)\s+(?:tariff\s+)?"
            r"(?:negotiations|talks))\b"
            r"|\b(?:tele)?phone\s+call\s+between\s+(?:(?:(?:President\s+)?Trump|the\s+President)\s+and\s+"
            r"(?:then-)?(?:Prime\s+Minister\s+)?Ishiba|(?:then-)?(?:Prime\s+Minister\s+)?Ishiba(?:\s+Shigeru)?"
            r"\s+and\s+(?:President\s+)?Trump)\b(?=[^.;]{0,20}\bon\s+[A-Z])"
            # the call dated before it: 'followed an April 7, 2025, telephone call between the President and Ishiba'
            # or by its day alone: 'had been set in motion by an April 7 telephone call between Trump and Ishiba',
            # 'began with an April 7 call between Trump and Ishiba'
            rf"|(?:(?<=\d{{4}},\s)|\b{p.MONTH}\s+\d{{1,2}}\s+){_CALL}\s+between\s+(?:"
            r"(?:(?:President\s+)?Trump|the\s+President)\s+and\s+(?:then-)?(?:Prime\s+Minister\s+)?Ishiba\b|"
            r"(?:then-)?(?:Prime\s+Minister\s+)?Ishiba(?:\s+Shigeru)?\s+and\s+(?:President\s+)?Trump\b)"
            # the talks agreed on in a dated call: 'which the two sides agreed to open during an April 7 call'
            rf"|\bagreed\s+to\s+(?:open|begin|start|launch|hold)\s+(?:(?:tariff\s+)?(?:negotiations|talks)\s+)?"
            rf"(?:during|in|on)\s+an?\s+{p.MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}},?)?\s+(?:(?:tele)?phone\s+)?call\b",
        ),
        # never a later call in talks under way: 'Talks stalled again after a June 16 call between Trump and Ishiba'
        # (the words before the call: 'talks with the second Trump Administration followed a call' are the first)
        needs=re.compile(
            r"^(?!.*\b(?:again|stall\w*|resum\w*|continu\w*|another|second\s+(?:tele)?(?:phone\s+)?call|further|latest|"
            r"follow-up)\b.*\bcall\b)"
            rf"{_OFF_SUBJECT}"
            rf"(?=.*\b(?:talks|negotiat\w*)\b)(?:.*\b(?:Ishiba|Akazawa|tariffs?|20(?:2[5-9]|3\d))\b|{_YEARLESS[1:]})",
            I,
        ),
        since=2025,
        cues=("negotiat", "talks", "call"),
    ),
    DatedEvent(
        "tariff_talks_announced",
        _TALKS,
        # the class by its roles, in any voice: the talks said to open from the leaders' call ('Negotiations got under
        # way after an April 7 phone call', 'followed a telephone conversation on April 7, 2025'), or the two sides'
        # agreement to negotiate ('agreed by phone to negotiate', 'agreed on April 7 to enter negotiations')
        re.compile(
            rf"\b(?:talks|negotiations)\b[^.;]{{0,40}}?\b(?:began|opened|started|got\s+under\s+way|followed|grew\s+out\s+of|"
            rf"(?:were|was)\s+(?:launched|opened|set\s+in\s+motion))\s+(?:(?:after|with|following|by|from|in|during|"
            rf"on\s+the\s+heels\s+of)\s+)?(?:an?\s+|the\s+)?(?:{p.MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}},?)?\s+)?{_CALL}"
            rf"|\bagree[sd]?\s+(?:[\w,]+\s+){{0,5}}?to\s+(?:negotiate|talk|(?:open|begin|start|launch|hold|enter(?:\s+into)?)"
            r"\s+(?:[\w-]+\s+){0,2}?(?:negotiations|talks))\b"
            # the agreement said of the talks, or as what the governments would do: 'tariff negotiations were agreed on
            # April 7 in a call', 'agreed that their governments would negotiate on tariffs'
            r"|\b(?:talks|negotiations)\s+(?:were|was)\s+agreed\b|\bagree[sd]?\s+that\s+(?:[\w-]+\s+){1,4}?(?:would|will)\s+"
            r"(?:negotiate|(?:open|begin|start|launch|hold|enter(?:\s+into)?)\s+(?:[\w-]+\s+){0,2}?(?:negotiations|talks))\b"
            # the call said by its verb: 'Talks began after Ishiba telephoned Trump on April 7', 'once the two leaders
            # spoke by phone'
            rf"|\b(?:talks|negotiations)\b[^.;]{{0,40}}?\b(?:began|opened|started|got\s+under\s+way|followed|came)\s+"
            rf"(?:after|following|once|when)\s+(?:{_LEADERS})\s+(?:(?:tele)?phoned\b|(?:called|rang)\s+(?:{_LEADERS})\b|"
            rf"spoke\s+(?:with\s+(?:{_LEADERS})\s+)?by\s+(?:tele)?phone\b)",
            I,
        ),
        # the 2025 talks (a tie to them, or no year: its context's), of the two leaders or sides, never a later call in
        # talks under way ('agreed to continue negotiating') nor another country's
        needs=re.compile(
            rf"^(?!.*\b(?:again|stall\w*|resum\w*|continu\w*|another|further|latest|follow-up|second)\b)"
            rf"{_OFF_SUBJECT}"
            rf"(?!.*{OTHER_COUNTRIES})(?=.*\b(?:Ishiba|Akazawa|tariffs?|reciprocal|20(?:2[5-9]|3\d))\b|{_YEARLESS[1:]})"
            r"(?=.*\b(?:Ishiba|Japan|Tokyo|prime\s+minister|(?:the|two|both)\s+(?:leaders|sides|governments))\b)",
        ),
        since=2025,
        cues=("negotiat", "talks"),
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
        # before names, carried by 'this one', 'it', 'the levy', 'the 10% charge' (after a colon too), or its limit
        # ('its 150 days run out on July 23')
        re.compile(
            rf"(?<=[;,:]\s)(?:[\w\s]{{0,30}},\s+)?(?:so\s+|and\s+)?(?:this\s+one|it|its\s+(?:150\s+days|150-day\s+\w+|time|term)|"
            rf"the\s+(?:\d+(?:\.\d+)?%\s+|temporary\s+)?(?:levy|stopgap|charge))"
            rf"\s+{_RUNS_OUT}",
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
        # past an adverbial the sentence before opens with ('By statute, a Section 122 surcharge ...'); or a duty that
        # sentence's aside puts under Section 122, of which it says only when it took effect, naming nothing else 'it'
        # could stand for ('That duty, imposed under Section 122 ..., took effect on February 24. It lapses in July')
        needs=re.compile(
            r"^(?:[A-Z][\w\s]{0,30},\s+)?(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]|[Aa]ny|[Ee]ach|[Ee]very|[Ii]ts)\s+(?:[\w%-]+\s+){0,3}?"
            r"(?:surcharge\b|(?:duty|levy|charge|tariff),\s+(?:imposed|levied|proclaimed|applied)\s+under\s+Section\s+122\b"
            r"[^,;]*,\s+(?:took|takes)\s+effect\s+(?:on|in)\s+(?:[^,;]|,\s*(?:19|20)\d\d)*$)"
        ),
        since=2026,
        cues=("surcharge", "section 122"),
        carried=True,
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        # 'that charge' opening the sentence, for the one charge the sentence before names, a surcharge: 'they have paid
        # a surcharge of 10%, levied under Section 122 ... That charge is scheduled to lapse in late July'; never where
        # it names a second surcharge, any other charge, fee, levy, tariff or duty, or a surcharge only proposed
        re.compile(rf"^(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:[\w%-]+\s+)?(?:charge|levy|surcharge)\s+{_RUNS_OUT}"),
        needs=re.compile(
            rf"{_NOT_OTHERS}(?!.*\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|charges?|fees?|tax(?:es)?|tolls?)\b)"
            r"(?!(?:.*\bsurcharge\b){2})(?!.*\b(?:propos\w*|plan\w*|would|second|another|new|next|future)\b)"
            r"(?=.*\bSection\s+122\b).*\bsurcharge\b",
            I,
        ),
        since=2026,
        cues=("surcharge",),
        carried=True,
    ),
    DatedEvent(
        "section122_surcharge_expired",
        "Global 10% Section 122 temporary import surcharge expires",
        # 'one' standing for the surcharge the sentence before names last: '... a longer surcharge needs an act of
        # Congress. Unless extended, the current one lapses on July 23' (the law's end, unless Congress acts)
        re.compile(
            r"^(?:(?:Unless|Barring|Absent|Without)\s+[^,]{0,30}?\b(?:Congress|extend\w*|extension)\b[^,]{0,20},\s+)?"
            rf"(?:[Tt]he\s+(?:current|present)\s+one|[Tt]his\s+one)\s+{_RUNS_OUT}"
        ),
        needs=re.compile(rf"{_NOT_OTHERS}.*\bsurcharge\b[^;]*$", I),
        since=2026,
        cues=("surcharge",),
        carried=True,
    ),
)
"""The record's trade events that a sentence can state, in the order the briefs tell them."""
