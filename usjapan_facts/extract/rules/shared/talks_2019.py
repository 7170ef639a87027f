"""The 2019 trade agreements' dated steps both briefs tell: the first negotiating round, the autos proclamation and
the stage-one deal, each declared by what happened and dated by the clause that says so, in 2019 alone.

Each `what` is the record's own, so that a version read from its text diffs clean against the stored one.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import DatedEvent

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_NOT_LATER = re.compile(
    r"^(?!.*\b20(?:2[5-9]|3\d)\b)(?!.*\bU\.S\.[-\u2013](?:EU|China|UK|U\.K\.|Korea|Mexico|Canada|India)\b)"
)
"""A sentence naming no year of the 2025 talks or later, nor the U.S. talks with another partner ('U.S.-EU talks'): one
of the 2019 talks, dated by its year or its context's."""
_JAPANS = re.compile(r"^(?!.*\b(?:China|Chinese|Beijing)\b)(?!.*\b20(?:2[5-9]|3\d)\b)")
"""A sentence of the 2019 talks with Japan: no year of the 2025 talks or later, and not China's 'phase one' deal."""
_FIRST_STAGE = r"(?:\"?(?:stage|phase)[- ]one\"?|first[- ]stage|limited|initial)"
"""How the brief names the 2019 deal by its place in the talks: 'stage one', 'first-stage', 'limited'."""
STAGE = (
    r"(?:(?:the|their)\s+)?(?:(?:first|initial)[- ](?:stage|phase)|\"?(?:stage|phase)[- ]one\"?)"
    r"(?:\s+of\s+(?:the\s+|their\s+)?(?:trade\s+)?(?:talks|negotiations)|(?:\s+(?:trade\s+)?(?:deal|agreements?|pact|"
    r"package|texts?))?(?!\s+(?:of|with)\b))"
)
"""The first stage of the 2019 talks, or what it produced: 'the first stage', 'stage one of the talks', 'the "stage
one" trade agreements'; never a first stage of something else ('of the relocation') or another's ('with China')."""
DONE = r"(?:complete[d]?|concluded|finali[sz]ed|finished|final|done|over)"
"""The stage done: 'complete', 'concluded', 'finalized', 'done'."""
_DEAL_DONE = (
    "final",
    "stage",
    "phase",
    "limited",
    "initial",
    "conclu",
    "complet",
    "finish",
    "settled",
    "done",
    "package",
)
"""A word each way of saying the stage-one deal was finalized holds: the deal's done-words or its place in the talks."""
FIRST_ROUND = "First round of U.S.-Japan trade agreement negotiations"
PROCLAMATION = (
    "President proclaims motor vehicle and parts imports (particularly from Japan and the EU) a threat to U.S. "
    "national security, after a Commerce investigation"
)
"""The record's words for the events the briefs tell in several voices, each a declaration of its own."""

EVENTS: tuple[DatedEvent, ...] = (
    DatedEvent(
        "first_negotiating_round",
        FIRST_ROUND,
        re.compile(
            r"\b(?:first|opening|initial)\s+(?:formal\s+)?(?:negotiating\s+)?(?:round|session)\b|\b(?:began|opened|launched|started)\s+(?:the\s+)?formal\s+"
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
        FIRST_ROUND,
        # 'Formal negotiations opened in April 2019', 'opened formal talks in Washington on April 15, 2019': the talks
        # opening in 2019, never the 2025 tariff talks
        re.compile(
            r"\b(?:formal|bilateral|trade)\s+(?:negotiations|talks)\s+(?:had\s+|(?:were|had\s+been)\s+(?=opened))?(?:opened|began|"
            r"started)\b"
            # the opening in apposition: 'Bilateral trade negotiations, formally opened in April 2019, have not ...',
            # 'The talks, which began in April 2019, ...'
            r"|\b(?:negotiations|talks)(?:,\s+(?:which\s+)?|\s+)(?:(?:were|had\s+been)\s+)?(?:formally\s+|officially\s+)?"
            r"(?:opened|began|begun|started|launched|got\s+under\s+way)(?=\s+(?:in|on)\b)"
            r"|\b(?:opened|began|launched|started)\s+(?:the\s+)?(?:formal\s+|bilateral\s+)*(?:trade\s+)?(?:negotiations|talks)\s+"
            r"(?:in\s+(?:Washington|Tokyo)\s+)?(?:in|on)\b",
            I,
        ),
        needs=re.compile(r"\b2019\b"),
        since=2019,
        until=2019,
        cues=("negotiations", "talks"),
    ),
    DatedEvent(
        "first_negotiating_round",
        FIRST_ROUND,
        # 'Talks on the agreements opened in April 2019', 'negotiations toward a deal got under way': in a sentence on
        # the 2019 talks alone, none of a later year
        re.compile(
            r"\b(?:talks|negotiations)\s+(?:on|over|for|toward|towards)\s+[^.;,]{3,60}?\s+(?:opened|began|started|"
            r"got\s+under\s+way|were\s+launched)\b",
            I,
        ),
        needs=re.compile(r"^(?!.*\b(?:20(?:2[5-9]|3\d)|stage[- ]two|second\s+(?:stage|phase))\b).*\b2019\b", I),
        cues=("negotiations", "talks"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        PROCLAMATION,
        re.compile(
            r"\b(?:proclaim(?:ed|s|ing)|declar(?:e[ds]|ing))\b(?:[^.;]|U\.S\.){0,80}?\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b"
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
        cues=("proclaim", "declar", "threaten"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        PROCLAMATION,
        # the class in more voices, the proclamation named as a thing: 'issued a proclamation on May 17, 2019,
        # directing USTR ...', 'a presidential proclamation dated May 17, 2019', 'In a proclamation that day'
        re.compile(
            r"\b(?:issued|signed)\s+(?:a|the|his)\s+proclamation\b|\b(?:presidential\s+)?proclamation\s+(?:dated|of|issued|"
            r"signed)\b|\b[Ii]n\s+(?:a|the|his)\s+proclamation\b",
        ),
        # on autos and national security, in a year of the 2019 talks; never one that sets a rate (a tariff's)
        needs=re.compile(
            r"^(?!.*(?:%|\bpercent\b).{0,60}?\bproclamation\b)(?!.*\bproclamation\b.{0,60}?(?:%|\bpercent\b))"
            r"(?=.*\b(?:autos?|automobiles?|(?:motor\s+)?vehicles?)\b)(?=.*\bnational[-\s]+security\b)"
            r".*\b(?:201[89]|202[0-4])\b",
            I,
        ),
        since=2019,
        until=2019,
        cues=("proclamation",),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        PROCLAMATION,
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
        "section232_autos_proclamation",
        PROCLAMATION,
        # 'Commerce ... recommended tariffs on imported autos. On May 17, 2019, President Trump proclaimed that such
        # imports ... threaten to impair U.S. national security': the autos the sentence before names, carried
        re.compile(
            r"\b(?:proclaimed|declared|determined|found)\s+that\s+(?:such|these|those|the\s+same)\s+imports\b"
            r"[^.;]{0,80}?\bthreat\w*\b(?:[^.;]|U\.S\.){0,40}?\bnational\s+security\b",
            I,
        ),
        needs=re.compile(r"^(?!.*\b20(?:2[5-9]|3\d)\b).*\b(?:autos?|automobiles?|cars|(?:motor\s+)?vehicles?)\b", I),
        since=2019,
        until=2019,
        carried=True,
        cues=("auto", "vehicle", "cars"),
    ),
    DatedEvent(
        "section232_autos_proclamation",
        PROCLAMATION,
        # the class in the voice of a finding the President makes or accepts: 'President Trump determined under
        # Section 232 ... that imports of autos and parts threatened ...', 'the President agreed with its finding that
        # imports of cars ...', or passive, by his proclamation: 'imports of autos had been declared a national
        # security threat by presidential proclamation', '... declared a threat to U.S. national security by
        # proclamation' (never Commerce's own finding, which the President acted on)
        re.compile(
            r"\b(?:President|Trump)\b[^.;]{0,40}?\b(?:determined|found|concluded|ruled|decided|"
            r"agreed\s+with\s+[^.;]{0,30}?\b(?:finding|conclusion|determination))\b[^.;]{0,120}?\bthat\s+(?:U\.S\.\s+)?imports\s+of\s+"
            r"(?:autos?|automobiles?|cars|(?:motor\s+|passenger\s+)?vehicles?)\b"
            r"|\b(?:autos?|automobiles?|cars?|(?:motor\s+)?vehicles?)\b[^.;]{0,30}?\b(?:had\s+been|has\s+been|have\s+been|"
            r"were|was)\s+(?:declared|deemed|found|judged|determined|ruled)\s+(?:to\s+be\s+)?an?\s+"
            r"(?:national[- ]security\s+)?threat\b"
            r"(?:\s+to\s+(?:U\.S\.\s+|American\s+|the\s+(?:nation|country)['\u2019]s\s+)?national\s+security\b)?"
            r"[^.;]{0,30}?\bby\s+(?:a\s+|the\s+)?"
            r"(?:presidential\s+proclamation|proclamation|(?:the\s+)?President|Trump)\b"
            # the proclamation as the finder: 'a proclamation (was issued) under Section 232 finding that imports of
            # autos ...', 'a presidential proclamation under Section 232 found that imports of cars ...', '... that auto
            # imports threatened ...'
            r"|\bproclamation\b[^.;%]{0,90}?\b(?:found|finding|determined|declared)\s+that\s+(?:U\.S\.\s+)?(?:imports\s+of\s+"
            r"(?:autos?|automobiles?|cars|(?:motor\s+|passenger\s+)?vehicles?)\b|(?:autos?|automobile|car|(?:motor\s+)?vehicle)\s+"
            r"imports\b)",
            I,
        ),
        needs=re.compile(r"^(?!.*\b20(?:2[5-9]|3\d)\b).*\bnational\s+security\b", I),
        since=2019,
        until=2019,
        cues=("threat",),
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        re.compile(
            r"\b(?:had|have|has)\s+finali[sz]ed\s+(?:the\s+terms\s+of\s+)?(?:a|an|the|their)?\s*"
            rf"(?:{_FIRST_STAGE}\s+|bilateral\s+|trade\s+)*(?:deal|agreements?|terms|pact)\b"
            # 'leaders announce a stage one deal', 'Abe ... declared the talks concluded'
            rf"|\b(?:announced?|reached|struck|unveiled|sealed)\s+(?:a|an|the|their)\s+{_FIRST_STAGE}\s+(?:trade\s+)?(?:deal|agreement|pact)\b"
            # 'concluded a "stage one" deal with Japan', 'finalized a limited "stage one" agreement': the deed done, the
            # deal named by its stage (a 'limited trade agreement' concluded may be the one signed in October)
            r"|\b(?:concluded|finali[sz]ed|completed|clinched|wrapped\s+up)\s+(?:a|an|the|their)\s+(?:(?:limited|initial|narrow)\s+)?"
            r"(?:\"?(?:stage|phase)[- ]one\"?|first[- ]stage)\s+(?:trade\s+)?(?:deal|agreement|pact)\b"
            # 'A limited U.S.-Japan Trade Agreement, announced by Trump and Abe in New York on September 25, 2019, and
            # signed ...', 'The initial trade agreement, which the leaders announced on ...'
            rf"|\b{_FIRST_STAGE}\s+(?:U\.S\.-Japan\s+)?(?:trade\s+)?(?:deal|agreement|pact)\b,\s+(?:which\s+[^,;]{{1,40}}?\s+)?"
            r"(?:announced|unveiled)\b(?:\s+by\s+[^,;]{1,40}?)?(?:\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?=\s+(?:on|in)\s)"
            r"|\bAbe\b[^.;]{0,40}?\b(?:declared|announced|said)\s+(?:that\s+)?(?:the|their)\s+(?:talks|negotiations)\s+"
            r"(?:were\s+|had\s+been\s+)?(?:concluded|complete|completed|finished)\b"
            r"|\bdeclared\s+the\s+(?:talks|negotiations)\s+(?:concluded|complete[d]?|finished)\b"
            # 'pronounced the first-stage terms settled', 'declared the stage-one texts final', 'declared it
            # finalized', in a timeline's present ('the two leaders declare the core of the deal finalized'), or said
            # of them ('announced that the first-stage texts were complete')
            rf"|\b(?:declared?|declares|declaring|pronounced?|pronounces|pronouncing|called|calls|calling)\s+"
            r"(?:the\s+(?:core|bulk|heart)\s+of\s+)?"
            rf"(?:the\s+|their\s+|a\s+)?(?:{_FIRST_STAGE}\s+)?(?:(?:trade\s+)?(?:terms|texts?|deal|agreements?|pact|package)|it|them)\s+"
            r"(?:settled|final|finali[sz]ed|complete[d]?|concluded|done|finished)\b(?![^.;]{0,30}\bin\s+principle\b)"
            # the deal as the object of a relative clause: 'a first-stage package that Trump and Abe declared complete
            # on ...', 'the limited deal, which the two leaders pronounced final in ...'
            rf"|\b{_FIRST_STAGE}\s+(?:trade\s+)?(?:deal|agreements?|pact|package|terms|texts?),?\s+(?:that|which)\s+"
            r"(?:[^.;,]|(?<=\b[A-Z])\.){1,80}?\s+(?:declared|pronounced|called|deemed)\s+(?:it\s+|them\s+)?"
            r"(?:final|finali[sz]ed|complete[d]?|concluded|done|finished)\b(?![^.;]{0,30}\bin\s+principle\b)"
            # 'the stage one deal was finalized in September 2019': the deal named by its place in the talks, passive
            # ('the outlines of a first-stage deal were settled by the following summer' is none: settled is no end)
            rf"|\b{_FIRST_STAGE}\s+(?:trade\s+)?(?:deal|agreements?|pact|package)(?:\s+with\s+Japan)?\s+(?:was|were|had\s+been)\s+"
            r"(?:(?:declared|pronounced)\s+)?(?:finali[sz]ed|concluded|completed|finished|complete|final|done|wrapped\s+up)\b"
            r"(?![^.;]{0,30}\bin\s+principle\b)"
            rf"|\b(?:announced|announces|said|declared|confirmed)\s+(?:that\s+)?(?:the|their)\s+(?:{_FIRST_STAGE}\s+)?(?:trade\s+)?"
            r"(?:terms|texts?|deal|agreements?|pact)\s+(?:were|was|had\s+been|are|is)\s+(?:settled|final|finali[sz]ed|"
            r"complete[d]?|concluded|done)\b(?![^.;]{0,30}\bin\s+principle\b)"
            # 'declared in a joint statement that the first stage of the negotiations had been concluded', 'announce in
            # New York that the first stage of the talks is complete'
            r"|\b(?:announced?|announces|announcing|declared?|declares|declaring|said|says|saying|confirmed?|confirms|"
            r"confirming|stated|states|stating)\s+"
            r"(?:in\s+(?:a|their)\s+joint\s+statement\s+|in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?:that\s+)?"
            r"(?:the|their)\s+(?:first|initial)\s+(?:stage|phase)\s+of\s+(?:the\s+|their\s+)?(?:trade\s+)?"
            r"(?:talks|negotiations)\s+(?:(?:is|was|were|had\s+been|has\s+been|have\s+been)\s+)?"
            r"(?:complete[d]?|concluded|finished|done|over)\b"
            # 'the first stage was finalized that September', 'the initial phase of the talks had been completed'
            r"|\b(?:the|their)\s+(?:first|initial)\s+(?:stage|phase)(?:\s+of\s+(?:the\s+|their\s+)?(?:trade\s+)?"
            r"(?:talks|negotiations))?\s+(?:was|were|had\s+been)\s+(?:finali[sz]ed|concluded|completed|finished)\b"
            r"(?![^.;]{0,30}\bin\s+principle\b)"
            # 'the terms were settled by the two leaders on ...', 'the leaders closed out the first stage of talks'
            r"|\b(?:terms|texts?|deal|agreements?)\s+(?:were|was|had\s+been)\s+(?:settled|finali[sz]ed|concluded|completed)\s+"
            r"by\s+(?:the\s+(?:two\s+)?leaders|Trump\s+and\s+Abe|Abe\s+and\s+Trump|the\s+President\s+and\s+(?:the\s+)?Prime\s+Minister)\b"
            r"(?![^.;]{0,30}\bin\s+principle\b)"
            r"|\b(?:closed\s+out|wrapped\s+up|completed|concluded|finished)\s+(?:the|their)\s+(?:first|initial)\s+(?:stage|phase)\s+"
            r"of\s+(?:the\s+|their\s+)?(?:trade\s+)?(?:talks|negotiations)\b"
            # 'announced that negotiators had wrapped up the first stage': the talks' stage by who closed it, of nothing
            # else named (never 'the builders completed the first stage of the relocation')
            r"|\b(?:negotiators|the\s+(?:two\s+)?(?:sides|governments|leaders))\s+(?:had\s+|have\s+)?(?:closed\s+out|"
            r"wrapped\s+up|completed|concluded|finished)\s+(?:the|their)\s+(?:first|initial)\s+(?:stage|phase)\b(?!\s+of\b)",
            I,
        ),
        # in 2019: the year written, or for 'On September 25, the leaders announced ...' the year of its context; the
        # talks with Japan, never China's 'phase one' deal of the same months
        needs=_JAPANS,
        since=2019,
        until=2019,
        cues=_DEAL_DONE,
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        "Trump and Abe announce they have finalized a limited bilateral trade agreement (tariff cuts, digital trade)",
        re.compile(
            # the stage itself as what was done, in any voice: 'declared the first stage complete', 'confirmed that
            # stage one had been concluded', 'phase one of the talks was declared complete', 'the stage one
            # agreements, concluded in September 2019,'
            rf"\b(?:declared?|pronounced?|called|deemed)\s+{STAGE}\s+{DONE}"
            rf"|\b(?:(?:declared?|confirmed?|announced?|said)\s+(?:that\s+)?)?{STAGE}"
            rf"(?:\s+(?:was|were|is|are|had|has|have)\s+(?:been\s+)?(?:declared\s+|pronounced\s+)?{DONE}"
            rf"|,\s+{DONE}(?=,?\s+(?:on|in)\s+(?:[A-Z]|\d)))\b(?![^.;]{{0,30}}\bin\s+principle\b)"
            # a timeline's label, the deal and its participle alone: 'Deal finalized, New York date: Sept. 25, 2019'
            rf"|^(?:(?:{_FIRST_STAGE}|trade)\s+)*(?:deal|agreements?|pact|terms|texts)\s+(?:finali[sz]ed|concluded|completed)\b"
            r"(?![^.;:]{0,30}\bin\s+principle\b)(?=[^.;:]{0,40}\bdate:\s)",
            I,
        ),
        # the 2019 talks with Japan: in 2019, never China's 'phase one' deal of the same months
        needs=_JAPANS,
        since=2019,
        until=2019,
        cues=_DEAL_DONE,
    ),
)
"""The record's 2019 trade events that a sentence can state, in the order the briefs tell them."""
