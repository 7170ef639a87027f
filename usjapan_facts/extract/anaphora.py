"""Whether a sentence may take its subject from the one before: 'It ...', 'They ...', 'that chamber', 'based there'.

The declared-fact reader (`extract.meaning`) reads such a sentence for a fact whose words it lacks, with the subject of
the sentence before; the rules package sends it to every rule that reads so. Pure, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract.lists import LABEL
from usjapan_facts.extract.whose import FRONTED_YARDSTICK, ONLY_AHEAD, OTHERS
from usjapan_facts.extract.word_choice import any_of, letter_first, may_hold

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is

_ANAPHOR = re.compile(
    r"^(?:It|Its|They|Their|Those|These|This|That|"
    r"The (?!(?:old|previous|former|earlier|original|initial|prior|proposed|threatened) )"
    r"(?:[a-z]+ )?(?:chamber|country|prefecture|island|alliance|treaty|pact|"
    r"figure|total|coalition|two parties|partners|bloc|government|nation|forces|troops|agreement|accord|deal|"
    r"arrangement|rate|tariff|duty|levy|goal|target|ceiling|cap|limit|pledge|package|commitment|stock|deficit|gap|"
    r"surplus|sum|average|amount|share|level|tally|payments?|contingent)|Such|Of (?:them|these|those)|"
    r"Under (?:it|this|that|them)|No (?:other )?(?:foreign )?(?:country|nation|economy)|"
    # A place put first, the subject after its verb: 'On it sit about 70% of the facilities' ('On it, however, sit').
    r"(?:On|In|Onto|Within) (?:it|them|the (?:island|islands|prefecture))(?:, [a-z]+,)? "
    r"(?:sit|sits|lie|lies|stand|stands|are|is)|"
    r"Only (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?:(?:,| and|, and) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})*"
    r"(?: (?:firms|companies|investors|holders|residents))? (?:holds?|held|owns?|owned|has|have|had|buys?|bought|"
    r"sells?|sold|invest(?:s|ed)?|outranks?|outranked|trades?|traded|suppl(?:y|ies|ied)|ship(?:s|ped)?)|"
    # A participle put first ('Spread evenly, that amounts to'), the irregular ones named.
    r"(?:In|By|Since|As of|At|For|On|With|Counting|Combining|Taking|Adding|Measured by|Judged by|[A-Z][a-z]+ed|"
    r"Spread|Split|Put|Set|Cut|Seen|Taken|Given|Broken|Paid|Laid|Shown|Held|Kept|Spent|Told) "
    r"[^,]{1,40}(?:, \d{4})?, "
    r"(?:it|they|the (?:(?:governing|ruling) )?(?:chamber|country|prefecture|alliance|coalition|bloc)|"
    r"(?:those|these) (?:forces|troops|personnel)|"
    r"(?:that|this) (?:is|was|comes?|came|works?|amounts?|equals?|translates?|converts?))|"
    r"(?:Together|Along) with [^;.]{1,120}?, (?:it|they)|"
    # A subordinate clause put first, the main clause's subject after it: 'Though its land makes up less than one
    # percent of Japan's area, the prefecture hosts ...', 'While it holds a majority there, it ...'.
    r"(?:Though|Although|Even though|While|Whereas|Because|When|If|Once|Unless) [^,;]{1,100}, "
    r"(?:it|they|the (?:[a-z]+ )?(?:chamber|country|prefecture|island|coalition|bloc|partners|two parties))|"
    # A sum converted, its comma often left out: 'At recent exchange rates that comes to', 'In dollar terms, the
    # annual average of some ¥189 billion is'.
    r"(?:At|In|By|Converted|Expressed|Translated|Measured)\b[^,.;]{0,40}?\b(?:rates?|dollars|terms),? (?:that|this|"
    r"the (?:[a-z]+ )?(?:sum|amount|figure|total|average|payment|contribution)(?: of [^,;]{1,40}?)?) (?:now )?"
    r"(?:is|was|comes?|came|works?|amounts?|equals?|translates?|converts?)|"
    # A year said before a carried subject: 'In 2019 it grew 0.3%', 'The year before, it had grown 1.9%'.
    r"(?:In|During|For) (?:19|20)\d\d (?:it|they)|(?:(?:The|A) (?:year|one) (?:before|earlier|after|later)|"
    r"The (?:previous|prior|preceding|following|next) year), (?:it|they)|"
    # A fronted yardstick with no comma before its subject: 'As a market for U.S. goods it ranked fourth'.
    rf"{FRONTED_YARDSTICK} (?=(?:also |still |now |again )?"
    r"(?:[a-z]+ed|ranks|stands|places|comes|came|is|was|are|were|has|had|holds|buys|bought|took|sells|sold)\b)|"
    r"There,? (?!(?:is|are|was|were|will|would|has|have|had|seems?|remains?|appears?|may|might|could)\b)|"
    # A predicate carried whole from the sentence before: 'So are more than half of the U.S. personnel'.
    r"(?:So|Likewise|Similarly),? (?:are|is|were|was) |"
    r"(?:Yet|But|And|Still|However|Moreover|Meanwhile|Nonetheless|Nevertheless|Even so|In addition|Also),? "
    r"(?:it|its|they|their))\b"
)
_THAT_ONE = re.compile(
    letter_first(
        r"\b(?:that|the same|this)\s+(?:chamber|house|prefecture|agreement|accord)\b|\bthe\s+chamber\W?s\s+seats\b"
        r"|\b(?:the|its|their)\s+four\s+(?:member\s+)?(?:countries|nations|democracies|partners|members|leaders)\b"
        r"|\b(?:the\s+(?:group|grouping|quartet|forum)\W?s|its)\s+leaders\b"
        r"|\b(?:that|this|the\s+same)\s+(?:payment|sum|contribution)\s+(?:now\s+)?(?:comes?|came|works?\s+out|amounts?|"
        r"equals?|equaled|translates?|converts?|(?:is|was)\s+worth)\b|\bvalue\s+of\s+(?:that|this|the\s+same)\s+(?:payment|sum)\b"
        r"|\bwhat\s+the\s+commitment\s+works\s+out\s+to\b"
    ),
    I,
)
"""'that chamber', 'this agreement', 'the four countries' leaders', 'the group's leaders', a sum restated ('that payment
comes to', 'the dollar value of that sum', 'what the commitment works out to'): a subject named the sentence before."""
_THAT_WORDS = ("chamb", "hous", "prefec", "agree", "accord", "four", "leaders", "payment", "t sum", "s sum", "e sum",
               "contribution", "commitment")  # fmt: skip
_UNDER_IT = re.compile(
    r"\b[Uu]nder\s+the\s+(?:\w+[- ]year\s+)?(?:extension|agreement|accord|arrangement)\b"
    r"|\b(?:lifting|raising|increasing|doubling|boosting|bringing|pushing)\s+it\s+to\b",
    I,
)
"""'Under the extension, Japan provides ...', 'has endorsed lifting it to 2%': a subject named the sentence before."""
_UNDER_WORDS = ("under", "lifting", "raising", "increasing", "doubling", "boosting", "bringing", "pushing")
_PLACED = (
    "stationed", "based", "deployed", "located", "situated", "hosted", "housed", "sits", "sit", "lies", "lie",
    "squeezed", "crowded", "crammed", "packed", "concentrated", "clustered", "found",
)  # fmt: skip
PLACE_BACK = re.compile(
    # The verbs grouped by first letter (`any_of`): a scan of a sentence tries one letter at each place, not each verb.
    letter_first(
        rf"\b{any_of(_PLACED)}\s+(?:there|(?:in|into|on|onto)\s+(?:it|(?:the|that)\s+(?:country|prefecture))|"
        r"(?:on|onto)\s+(?:the|that|its)\s+islands?)\b(?!\s+(?:of|named|which))"
        r"|\b(?:is|are|lies|lie)\s+there\b(?!\s*\w)"
        # A noun placed by a trailing 'there': 'U.S. bases there are staffed by', 'the forces there number'.
        r"|\b(?:bases|installations|facilities|forces|troops|personnel|garrisons?|contingents?|units|Marines)\s+there\b"
    ),
    I,
)
"""A place named by the sentence before: 'Some 54,000 U.S. military personnel are based there', 'About half of the
U.S. troops in Japan are stationed on the island', 'Squeezed onto it are roughly a quarter of the installations', 'Yet
most of the land reserved for U.S. forces is there', 'The bases there are manned by'."""
_PLACE_WORDS = ("stati", "based", "deploy", "locat", "host", "hous", "sit", "lie", "squeez", "crowd", "cram", "pack",
                "concentr", "cluster", "found", "there")  # fmt: skip
_DRAWN = re.compile(
    r"^\W*(?:(?:It|They|This|That|These|Those)"
    r"|[^,;]{0,40}?(?:\w['\u2019]s|\bits|\btheir)\s+[^,;]{1,30}?"
    r"|(?:The|This|That|These|Those)\s+(?:[\w-]+\s+)?(?:figures?|sums?|amounts?|totals?|payments?|contributions?"
    r"|outlays?|costs?|bills?|shares?))"
    r"\s(?:thus|therefore|hence|accordingly)\s+(?!far\b)",
    I,
)
"""A figure drawn from the sentence before, its subject a pronoun, someone's quantity or a figure's noun ('It provides
¥1.055 trillion over FY2022-FY2026. Japan's payments thus average ¥211 billion a year'): its subject is the one that
sentence holds; never a subject of its own ('The United States therefore spends ...')."""
BACK: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (_DRAWN, ("thus", "therefore", "hence", "accordingly")),
    (_THAT_ONE, _THAT_WORDS),
    (_UNDER_IT, _UNDER_WORDS),
    (PLACE_BACK, _PLACE_WORDS),
)
"""Each pattern of a subject pointed back to, with the words (or words' starts) one of which each of its matches
holds (keep it so): a sentence without any is spared the pattern."""


_COUNTRY_NOUN = re.compile(r"^The (?:country|nation)\b")
_NAMES_A_COUNTRY = re.compile(r"\b(?:United States|America|Washington)\b|^(?:The\s+)?U\.S\.\s")


def passes_over(text: str, between: str) -> bool:
    """Tell whether 'The country ...' takes its country from the sentence before the one before, since the one before
    names none ('... bid for a U.S. firm faces opposition in Congress. The country is also the largest holder ...')."""
    return bool(_COUNTRY_NOUN.match(text)) and not OTHERS.search(between) and not _NAMES_A_COUNTRY.search(between)


@lru_cache(maxsize=512)
def points_back(text: str) -> bool:
    """Tell whether a sentence may take its subject from the one before: 'It ...', 'They ...', 'that chamber'."""
    if _ANAPHOR.match(text) or ONLY_AHEAD.match(text):
        return True
    folded = text.lower()  # once, for the three patterns' cheap words
    return any(may_hold(text, words, folded) and pattern.search(text) for pattern, words in BACK)


def routed(text: str) -> bool:
    """Tell whether a sentence may state a fact without its words: it points back, or is a labelled item of a
    list whose heading names the subject ('Land area: 0.6 percent' under 'Okinawa at a Glance')."""
    return points_back(text) or (":" in text and LABEL.match(text) is not None)  # a label ends at its colon


def routed_or_led(text: str) -> bool:
    """Tell whether a sentence may state a fact without its words (`routed`), or is a list's item in lower case,
    finishing the sentence its lead-in opens ('The prefecture' / '- covers 0.6% of Japan's land area;'): whose
    subject the lead-in says (`carried.topic_before` asks it)."""
    return routed(text) or text[:1].islower()


__all__ = ["BACK", "PLACE_BACK", "passes_over", "points_back", "routed", "routed_or_led"]
