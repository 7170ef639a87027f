"""Words that make a value not in force: proposed, threatened or forecast, asked for by another party, floated,
possible, or never applied. `tense.not_current` asks them of a value's own phrase.

Pure, no I/O.
"""

from __future__ import annotations

import re

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
LETTER_FIRST = "(?=[a-z])"
"""Before a pattern of lower-case words: a match must begin with a letter in lower case ('once', never 'Once')."""

NOT_APPLIED = re.compile(
    rf"{LETTER_FIRST}\b(?:propos\w*|threat\w*|float(?:ed|ing|s)?|could|might|would|consider(?!abl[ey])\w*|warn\w*|vow\w*|recommend\w*|"
    r"sought|seeks?|seeking|plan(?:s|ned|ning)?\s+to|expected\s+to|forecast\w*|project(?:ed|s|ion)|"
    r"(?:will|is\s+to|are\s+to)\s+(?:rise|increase|grow|climb|go\s+up|jump|double|fall|drop|decline|shrink|be\s+(?:raised|"
    r"increased|lifted|cut|lowered|reduced))\s+(?:to|by)|"
    r"request\w*|call(?:s|ed|ing)?\s+for|push(?:ed|es|ing)?\s+for|"
    r"aim(?:s|ed|ing)?\s+to|intend\w*|hop(?:e|es|ed|ing)\s+to|(?-i:may)\s+(?!\d)\w+|next\s+year|"
    r"(?:is|are)\s+(?:set|poised|likely|on\s+track)\s+to|in\s+the\s+coming\s+(?:years?|months?)|"
    r"under\s+(?:discussion|consideration|negotiation|review)|(?:being|to\s+be)\s+(?:drafted|compiled|considered|"
    r"negotiated|discussed|debated)|draft|pending|awaiting|not\s+yet|yet\s+to\s+(?:be|pass|enact|approve|adopt|sign|ratify|clear)|should|ought\s+to|"
    r"will\s+(?:\w+ly\s+)?(?:rise|increase|grow|climb|jump|fall|drop|decline|shrink|go\s+(?:up|down))\s+(?:\w+\s+)?to|"
    r"expects?|anticipat\w*|predict\w*|reportedly|rumou?red|speculat\w*|striv\w*|aspir\w*|"
    r"(?:ask|wonder|question|doubt)(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?(?:whether|if)|(?:unclear|uncertain)\s+(?:whether|if))\b",
    I,
)
"""Words that make a value a proposal, a threat, a plan or a forecast ('will rise to'), or a question asked ('asked
whether'): nothing in force."""
DEMANDED = re.compile(
    rf"{LETTER_FIRST}(?:"
    r"\b(?:demand\w*|want(?:s|ed)?|ask(?:s|ed)?|press(?:es|ed|ing)?|urg(?:ed|es|ing)|insist\w*|call(?:s|ed)?\s+on|"
    r"push(?:es|ed|ing)?|(?<!plans\s)(?<!plan\s)(?<!pledge\s)(?<!target\s)(?<!goal\s)(?<!strategy\s)(?<!law\s)"
    r"(?<!agreement\s)(?<!framework\s)call(?:s|ed|ing)?)\s+(?:(?:that\s+)?(?:Japan|Tokyo|it|the\s+Japanese\s+government)\s+"
    r"(?:to\s+|for\s+)?|to\s+|for\s+)|\bwant(?:s|ed)?\b[^,;]{0,40}?\b(?:raised|increased|boosted|lifted|doubled|cut)\b|"
    r"\b(?:striv\w*|aspir\w*|hop(?:e|es|ed|ing)|would\s+like|ideally|eventually|sought|seek(?:s|ing)?|weighs|mulls|"
    r"(?:is|are|was|were|been)\s+(?:\w+\s+)?(?:consider|weigh|mull|contemplat|explor|debat|eye)ing|(?:has|have|had)\s+(?:\w+\s+)?(?:consider|"
    r"weigh|mull|contemplat|explor|debat|eye)e?d|(?:consider|weigh|mull|contemplat|debat)(?:e?d|e?s)\s+\w+ing)\b|"
    r"\b(?:want(?:s|ed)?|urg(?:es|ed)|press(?:es|ed)|push(?:es|ed))\s+(?:Japan|Tokyo)\W?s\s|"
    r"\b(?:claim|insist|contend|assert|alleg)(?:s|ed|ing|e|es)?\s+that\b|\bdisput(?:e|es|ed|ing)\b)",
    I,
)
"""A value asked for ('wants Japan to invest'), hoped for ('will strive to') or weighed, or someone's claim ('insists
that', 'asserted that Japan would invest'): no fact, even planned."""
FLOATED = re.compile(
    r"\b(?:reportedly|said\s+to\s+(?:have|be))\s+(?:\w+\s+)?(?:offer|float|propos|pitch)\w*|\bfloat(?:ed|ing)\b", I
)
"""A value reportedly offered or floated ('Tokyo reportedly offered $400 billion'): a proposal, even of a plan."""
PLAN_CALLS = re.compile(
    r"\b(?:plans?|strateg(?:y|ies)|documents?|papers?|guidelines|law|budget|program(?:me)?s?|buildup|blueprint)\s*,?\s+"
    r"(?:(?:which|that)\s+)?(?:also\s+)?call(?:s|ed)?\s+for\s+$",
    I,
)
"""A plan's own documents that call for a value state the plan: 'strategy documents, which called for spending ...'."""
POSSIBLE = re.compile(
    rf"{LETTER_FIRST}\b(?:could|might|(?-i:may)\s+(?!\d)\w+|possibly|perhaps|another|"
    r"(?<!subject\sto\san\s)(?<!face\san\s)(?<!faces\san\s)(?<!faced\san\s)(?<!pay\san\s)(?<!pays\san\s)additional|"
    r"additional(?!\s+(?:[\d.]+|[a-z]+(?:-[a-z]+)?)\s?(?:%|percent)(?:\s+(?:ad\s+valorem\s+)?(?:tariff|dut(?:y|ies)|surcharge|levy)|\s+(?:under|on\s+top)\b)))\b",
    I,
)
"""Words that make a value a possibility or an addition to the fact, even of a plan: 'may buy another 200'; not a
rate goods are said to pay ('subject to an additional 10% tariff', 'pay an additional ten percent under IEEPA' is the
rate charged on top of the usual duties; 'among the options is an additional 12.5% duty' stays an addition)."""
NEGATED = re.compile(
    r"\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:imposed|applied|collected|implemented|enacted|carried\s+out|"
    r"taken\s+effect|took\s+effect|in\s+force|come\s+into\s+force)\b|"
    r"\bnone\s+(?:\w+\s+)?(?:applies|apply|was|were|has|have|is|are)\b|"
    r"\b(?:but|yet|only\s+to)\s+(?:(?:was|were|be|(?:has|have|had)\s+been)\s+)?(?:(?:later|then|quickly|soon)\s+)?"
    r"(?:paused|suspended|postponed|shelved|put\s+on\s+hold|blocked)\b",
    I,
)
"""Words that say a value never came into force: 'has not been imposed', 'none was imposed', or was stopped before it
could last: '..., but was paused', '..., only to be suspended' (the same subject's other verb)."""
DENIED = re.compile(
    r"(?:\b(?:no\s+longer(?!\s+than)|(?:is|are|was|were|does|do|did|has|have|had)(?:\s+not|n't)|never)"
    r"(?!\s+(?:only|just|merely|less|fewer|more|counting|including)\b)\s+(?:[\w-]+\s+){0,3}|,\s+not\s+(?:the\s+|a\s+|an\s+)?)$",
    I,
)
"""Words right before a value, in its phrase, that deny it: 'is no longer the largest', 'did not reach 2%', 'is not the
largest holder', 'has never been third' (never 'not only', 'not less than'); or a value set against the one said
('they pay 15%, not the 27.5% charged before')."""
DENIED_WORDS = ("longer", "not", "n't", "never")
VOIDED = re.compile(
    r"\b(?:remov\w*|end(?:s|ed|ing)?|strip\w*|pull\w*|took\s+away|eliminat\w*)\s+(?:the\s+)?(?:legal\s+)?"
    r"(?:footing|basis|foundation|grounds?)\s+(?:for|of|under)\b"
    r"|\b(?:invalidat\w*|nullif\w*|annull\w*|overturn\w*|struck\s+down|strikes?\s+down|voided|set\s+aside)\b"
    r"|\bhad\s+(?:applied|imposed|levied|charged|collected)\b",
    I,
)
"""Words of a rate voided or gone: 'removed the legal footing for the 15% rate', 'invalidated', 'struck down', 'the
rate Trump had applied'."""


__all__ = [
    "DEMANDED",
    "DENIED",
    "DENIED_WORDS",
    "FLOATED",
    "LETTER_FIRST",
    "NEGATED",
    "NOT_APPLIED",
    "PLAN_CALLS",
    "POSSIBLE",
    "VOIDED",
]
