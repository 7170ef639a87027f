"""The 2019 stage-one deal's finalization read by its roles, in the voices `talks_2019` does not read: the deal of the
first stage (however named: 'a limited deal', 'the stage-one negotiations', 'the talks' first phase', 'agreement on the
first stage') and a deed of completion or agreement done to it, in any voice ('Trump and Abe finalized a limited trade
deal', 'a limited deal was reached', 'the stage-one negotiations came to a close', 'reached final agreement on the
stage-one texts', 'negotiations ... were declared finished').

Never an agreement in principle or a framework (not the final deal), a signing or entry into force (another step),
a deal to come ('hoped to complete'), nor another partner's deal ('China's phase one').
"""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.rules.base import DatedEvent
from usjapan_facts.extract.rules.shared import talks_2019 as t

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_STAGED = r"(?:(?:limited|initial|narrow|first[- ](?:stage|phase)|\"?(?:stage|phase)[- ]one\"?)\s+)"
"""The deal's place in the talks, before its noun: 'limited', 'first-stage', 'stage-one'."""
_DEAL = (
    rf"(?:(?:the|their|a|an)\s+)?(?:U\.S\.[-\u2013]Japan\s+)?{_STAGED}+(?:U\.S\.[-\u2013]Japan\s+)?(?:trade\s+)?"
    r"(?:deal|agreements?|pact|package|texts?|terms|talks|negotiations|accords?)\b"
    r"|(?:the|their)\s+(?:talks['\u2019]\s+|negotiations['\u2019]\s+)?(?:first|initial)\s+(?:stage|phase)\b"
    r"(?:\s+of\s+(?:the\s+|their\s+)?(?:trade\s+)?(?:talks|negotiations)\b)?(?!\s+of\b)"
)
"""The first stage's deal or talks: 'a limited trade deal', 'the stage-one negotiations', 'the talks' first phase'."""
_DONE_BY = (
    r"(?:finali[sz]e[ds]|concluded|concludes|completed|completes|finished|finishes|wrapped\s+up|wraps\s+up|closed\s+out|"
    r"clinched|sealed|struck|reached|reaches|announced|announces|unveiled)"
)
"""A deed of completion or agreement done to the deal, past or a timeline's present: 'finalized', 'struck'."""
_DONE = (
    r"(?:finali[sz]ed|concluded|completed|finished|wrapped\s+up|closed\s+out|clinched|sealed|struck|reached|complete|"
    r"final|done|over)"
)
"""The deal said done, as a participle or its state: 'was reached', 'was declared finished'."""
_NOT_PRINCIPLE = r"(?![^.;]{0,40}\b(?:in\s+principle|framework)\b)"
_BARE = r"(?:deals?|agreements?|pacts?)"
"""The deal named bare, the talks' year giving its stage: 'a deal', 'the agreements'."""
_FINAL = r"(?:finali[sz]ed|concluded|completed|wrapped\s+up|sealed|struck|clinched|reached)"
_ON_DAY = rf"{p.MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?,?\s+"
_TOLD = (
    rf"\b(?:announced|declared|confirmed|said)\s+(?:on\s+{_ON_DAY})?that\s+(?:{_DEAL}|(?:the|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_BARE}|(?:the|their)\s+{_BARE}['\u2019]s\s+(?:final\s+)?(?:terms|texts?))\s+(?:had\s+been|was|were)\s+{_FINAL}\b"
    rf"{_NOT_PRINCIPLE}"
)
"""The completion told in the words of the deed that reported it, dated by that deed: 'The leaders announced on
September 25 that the deals had been finalized', '... that the deal's terms had been finalized' (no other deal's)."""
_TOLD_ON = (
    rf"\b{_ON_DAY}that\b"
    # or in an aside of the two leaders' own, set off by commas, at their meeting: 'the two leaders, meeting in New
    # York on September 25, 2019, announced that ...' (never another teller's, nor an aside of an earlier deed)
    r"|\b(?:the\s+two\s+leaders|Trump\s+and\s+Abe|Abe\s+and\s+Trump),\s+(?:meeting|speaking|appearing)\b[^,;]{0,40}?\bon\s+"
    rf"{p.MONTH}\s+\d{{1,2}},\s*\d{{4}},\s+(?:announced|declared|confirmed|said)\s+that\b"
)
"""The day of the telling: right before its 'that', or in the leaders' aside at their meeting, before their deed."""

_BY_ROLES = (
    # active, the deal its object, or the final agreement on it: 'Trump and Abe finalized a limited trade deal',
    # 'the two sides wrapped up the first-stage negotiations', 'reached final agreement on the stage-one texts'
    rf"\b{_DONE_BY}\s+(?:(?:a\s+|the\s+)?final\s+agreement\s+on\s+|work\s+on\s+)?(?:{_DEAL}){_NOT_PRINCIPLE}"
    # passive or intransitive, the deal its subject: 'a limited deal was reached', 'the stage-one negotiations
    # came to a close', 'the talks' first phase ended'
    rf"|(?:{_DEAL})\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+)?(?:(?:declared|pronounced|deemed)\s+)?{_DONE}|"
    rf"ended|concluded|closed|wrapped\s+up|came\s+to\s+(?:a|an)\s+(?:close|end)){_NOT_PRINCIPLE}\b"
    # the deal declared done: 'It was on ... that Trump and Abe declared the stage-one talks finalized'
    rf"|\b(?:declared?|pronounced?|deemed|called)\s+(?:{_DEAL})\s+{_DONE}\b{_NOT_PRINCIPLE}"
    # 'Agreement on the first stage was reached'
    rf"|\bagreement\s+on\s+(?:{_DEAL})\s+(?:was|had\s+been)\s+reached\b{_NOT_PRINCIPLE}"
    # the deal or talks named bare, declared done: 'Negotiations opened in April 2019 and were declared over'
    rf"|\b(?:talks|negotiations|deal|agreements?)\b[^.;]{{0,60}}?\b(?:were|was|had\s+been)\s+(?:declared|pronounced|"
    rf"deemed)\s+{t.DONE}\b{_NOT_PRINCIPLE}"
    # the leaders' deed on the deal named bare: 'Trump and Abe announced the deal on September 25, 2019'
    r"|\b(?:Trump|Abe|(?:the\s+)?(?:two\s+)?leaders)\b[^.;]{0,40}?\b(?:announced|finali[sz]ed|concluded|completed|"
    rf"sealed|clinched)\s+(?:the|their)\s+(?:trade\s+)?(?:deal|agreements?)\b{_NOT_PRINCIPLE}"
    # the deal named bare as the subject of its completion, in the talks' year: 'A deal was finalized on September 25'
    rf"|\b(?:an?|the|their)\s+(?:trade\s+)?{_BARE}\s+(?:was|were|had\s+been)\s+(?:formally\s+)?{_FINAL}\b{_NOT_PRINCIPLE}"
)
"""The deal of the first stage and a deed of completion or agreement done to it, in any voice."""
_OTHERS = (
    r"^(?!.*\b(?:China|Chinese|Beijing|Mexico|Canada|USMCA|NAFTA|Korea|KORUS|EU|European|India|Britain|U\.K\.|"
    r"UK)\b)(?!.*\b20(?:2[5-9]|3\d)\b)(?!.*\b(?:stage|phase)[- ]two\b)(?!.*\bsecond\s+(?:stage|phase)\b)"
)
"""The 2019 talks with Japan: a year of them or none (its context's), no later year, no other partner's deal."""
_MONTH = rf"(?:(?:early|mid|late)[- ])?{p.MONTH}\b"
_CUES = (
    "limited",
    "stage",
    "phase",
    "initial",
    "narrow",
    "declared",
    "pronounced",
    "deemed",
    "deal",
    "agreement",
    "pact",
)

EVENTS: tuple[DatedEvent, ...] = (
    # dated at a month or day, written right after the words ('... was reached in New York on September 25, 2019') or
    # fronted ('On September 25, 2019, ...', 'It was on ... that'): a year alone ('agreements concluded in 2019',
    # 'last fall') dates the deal too loosely, or by another clause ('who in November 2019 became ...')
    DatedEvent(
        "stage_one_deal_finalized",
        t.EVENTS[-1].what,
        re.compile(rf"(?:{_BY_ROLES})(?=[^;]{{0,50}}?\b{_MONTH})", I),
        needs=re.compile(_OTHERS, I),
        since=2019,
        until=2019,
        cues=_CUES,
    ),
    DatedEvent(
        "stage_one_deal_finalized",
        t.EVENTS[-1].what,
        re.compile(_BY_ROLES, I),
        needs=re.compile(rf"{_OTHERS}^(?:(?:On|In|By|It\s+was\s+(?:on|in))\s+)?{_MONTH}", I),
        since=2019,
        until=2019,
        cues=_CUES,
    ),
    # the completion as reported, the report's day its date: 'announced on September 25 that the deals had been ...'
    DatedEvent(
        "stage_one_deal_finalized",
        t.EVENTS[-1].what,
        re.compile(rf"{_TOLD}", I),
        needs=re.compile(rf"{_OTHERS}.*(?:{_TOLD_ON})", I),
        since=2019,
        until=2019,
        cues=_CUES,
    ),
)
"""The stage-one deal's finalization by its roles, read after `talks_2019`'s own voices."""
