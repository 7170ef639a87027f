"""Japan's real GDP growth by year, however a sentence words it: 'grew 1.9% in 2023 after 1.0% in 2022', 'edged up
0.1% in 2024 after growing 1.5% in 2023', 'Growth slowed to 0.1% in 2024 from 1.5% in 2023', 'an improvement on
2016's 1.0%', 'Growth of roughly one percent was recorded in 2022', 'After shrinking 4.7% in 2020, the economy ...'.

Each percentage is tied to growth by the word that governs it (a verb of growth or decline whose subject is the
economy, 'growth of', '1.5% growth') or, after a figure so tied, by 'after', 'from', 'and' or '2016's'; and to its
year by the words beside it. A forecast, a quarter's annualized rate, a share of GDP or another economy's figure is no
year of Japan's growth. A figure tied to growth whose year cannot be read leaves the sentence unread: a partial table
would read as a revision."""

from __future__ import annotations

import re

from usjapan_facts.extract import parsers as p
from usjapan_facts.extract.growth_tables import listed_years
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.if10199.growth_carried import carried_years, last_year
from usjapan_facts.extract.rules.if10199.growth_words import (
    ADVERB,
    DOWN,
    ECONOMY,
    ELSEWHERE,
    FALL_NOUN,
    SUBJECT,
    TOPIC,
    UP,
    VERDICT,
    YEAR,
    labelled,
)
from usjapan_facts.extract.rules.if10199.growth_years import ELLIPSIS, LOST, OWNED_YEAR, YEAR_AFTER, year_of
from usjapan_facts.extract.rules.readings import another_country_before
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import percents

RULES: dict[str, Rule] = {}
rule = registrar(RULES)

_MEASURE_AFTER = re.compile(
    rf"\s*(?:[a-z]+\s+){{0,2}}?(?:in|of)\s+(?:[a-z]+\s+)?(?:{TOPIC.pattern}|{ELSEWHERE})"
    rf"|\s*(?:posted|recorded|logged|registered|seen|achieved|reported)\s+(?:by|in)\s+(?:the\s+)?(?:{ELSEWHERE})",
    I,
)
"""A figure whose noun after it names another measure or economy: 'the previous year's 3.0% rise in prices', 'below
the 2.1% growth of the U.S. economy', 'a weaker rebound than the 5.9% posted by the United States'."""
_VERB = re.compile(rf"\b(?P<verb>{UP}|{DOWN})\s+(?:(?:in|during)\s+{YEAR},?\s+)?(?:by\s+)?{ADVERB}$", I)
_LEVEL = re.compile(
    r"\b(?:(?:slow\w*|accelerat\w*|eas(?:ed|ing)|picked\s+up|fell|dropped|slipped|rose|climbed|recovered|rebounded|"
    r"improved|(?:edged|inched|ticked)\s+(?:up|down)|jumped|c[ao]me\s+in|stood)\s+(?:to|at)|was|were|(?:had|has)\s+been|reached|hit|"
    rf"registered|averaged|measured|came\s+to|amounted\s+to|totaled|(?<=growth)[:,]|(?<=growth\s)at)\s+{ADVERB}"
    r"(?:minus\s+|[-\u2212])?$",
    I,
)
"""A rate of growth said as a level: 'Growth slowed to 0.1%', 'real GDP growth reached 1.7%', a label's 'Real GDP
growth: 1.0% in 2022', a figure put on it ('put real GDP growth at 2.2% for 2017'), a fall's sign before it ('was
-0.1%'), a figure in apposition to it ('Growth, 1.0% in 2016, picked up to 1.7% last year')."""
_NOUN_BEFORE = re.compile(
    r"(?P<whose>\b\w+\s+)?\b(?:growth|expansion|(?:(?<=\bafter\sa\s)|(?<=\bfollowing\sa\s))gain|"
    rf"(?P<fell>contraction|decline|drop|fall|(?:(?<=\bafter\sa\s)|(?<=\bfollowing\sa\s))(?:slump|downturn)))\s+(?:rate\s+)?of\s+{ADVERB}(?:minus\s+|[-\u2212])?$",
    I,
)
"""A figure tied to growth by the noun before it: 'growth of 1.2%', 'a contraction of 0.4%', and the economy's 'gain'
only after 'after a' or 'following a' ('fell 0.1% in 2014, after a gain of 1.6% the year before'; never 'stocks
posted a gain of 10%')."""
_NOUN_AFTER = re.compile(
    rf"\s*(?:real\s+)?(?:GDP\s+)?(?:(?P<fell>{FALL_NOUN})|growth|expansion|gain|increase|rise)\b", I
)
_NOUN_OF = re.compile(
    rf"\s*(?:(?P<fell>{FALL_NOUN})|growth|expansion|gain|increase|rise)\s+(?:in|of)\s+(?:Japan\W?s\s+|the\s+)?"
    rf"(?:real\s+)?(?:GDP|gross\s+domestic\s+product|economy|economic\s+output|output)\b(?:\s+in\s+(?P<year>{YEAR})\b)?",
    I,
)
"""A figure tied to growth by the noun after it: 'A 0.1% contraction in real GDP was recorded for 2014'."""
_NOT_A_YEAR = re.compile(
    r"annuali[sz]ed|quarter|quarterly|\bmonths?\b|year[- ]on[- ]year|(?-i:\b[A-Z][a-z]+-[A-Z][a-z]+\b)", I
)
"""A quarter's or a month's rate, not a year's: 'an annualized 2.2% gain in the October-December quarter'."""
_FORECAST = re.compile(
    r"\b(?:forecast\w*|project\w*|expect\w*|predict\w*|outlook|anticipat\w*|estimates|estimating|sees|will|would|"
    r"could|may|might|should|likely|set\s+to|on\s+track|is\s+to|are\s+to|aims?|target\w*|goal)\b",
    I,
)
_SOURCE_FORECASTS = re.compile(
    r"[^;:]{0,40}?,\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}(?:projects|forecasts|expects|predicts|estimates|sees)\b"
)
"""A figure given as a source's forecast, the source named after it: 'up 0.6% in 2026, the IMF projects'."""
_SHARE = re.compile(r"\s*of\s+(?:GDP|gross|the|its|all|total|Japan)", I)
_BETWEEN = re.compile(
    rf"\b(?:in|for|during|and|but|then|yet|it|also|again|only|so|{YEAR}|an?|the|on|from|up|down|slightly|sharply|"
    r"well|improvement|slowdown|recovery|rebound|pickup|drop|acceleration|deceleration|growth|expansion|contraction|"
    r"was|were|recorded|registered|posted|logged|reported|seen|achieved|outpac\w*|surpass\w*|exceed\w*|beat(?:ing)?|"
    r"outstrip\w*|better\w*|after|following|slower|faster|weaker|stronger|quicker|below|above|less|more|than|"
    r"little|bit|touch|tad|shade|somewhat|much|far|close\s+to|nearly|almost|roughly|about|around|just)\b|[\W\d_]",
    I,
)
"""What may stand between two figures of growth when the second stands for the same measure: a year, 'an improvement
on', 'down from', '(a little) slower than'; any other word ('a tax increase from 5%') makes the second another
measure's."""
_STRETCH = re.compile(r"(?:(?!\s(?:but|while|whereas|and|after|following)\s)[^%;:,]){0,60}")
"""The words after a figure up to the next figure or clause: where its quarter or month is said."""
_SOFT = re.compile(r";|:|,\s+(?:and|but|while|whereas|however)\b|\s(?:but|while|whereas)\s", I)
_FILLER = re.compile(
    rf"\b(?:in|during|and|but|then|yet|while|after|before|it|also|again|only|so|however|{YEAR})\b|[\W\d_]", I
)
_FRONT = re.compile(r"^(?:(?:After|Following|Having|Despite|Before|Since)\s+[^,]{0,80}|(?:In|During)\s+\d{4}),\s*", I)
_OWN_SUBJECT = re.compile(r"\b(?:economy|GDP|gross\s+domestic\s+product|output)\s+$|^$", I)
"""An -ing verb's own subject right before it ('data show real GDP growing'), or none: it opens the sentence."""
_ECONOMY_FIRST = re.compile(
    r"^(?:the\s+|Japan\W?s\s+|its\s+)?(?:real\s+)?(?:economy|GDP|gross\s+domestic\s+product|economic\s+output|output)\b",
    I,
)
_APPOSITION = re.compile(
    r"\b(?:economy|GDP)\s*,\s+(?:the|a|an|now|still|once|long)\b[^,;()]{0,80},"
    r"|,\s+(?:according\s+to|as\s+(?:reported|estimated)\s+by|by\s+(?:official|preliminary|the\s+government\W?s)\s+)[^,;()]{1,60},",
    I,
)
"""'Japan's economy, the world's fourth largest since Germany overtook it in 2023, grew ...' (the aside compares),
', according to the government's second estimate,' (an attribution): asides of no figure of growth."""
_DANGLING = re.compile(
    rf"\b(?:{UP}|{DOWN})\s+(?:in\s+\d{{4}}\s+)?by\b"
    rf"(?!\s+(?:[\w-]+\s+){{0,3}}?(?:-?\d|(?:{p.NUMBER_WORD}|a)\s+percent))",
    I,
)
"""'grew in 2030 by 1.4%, after shrinking by the islets ...': a figure cut off ('by a tenth of a percent' is none)."""
_BRACKETED = re.compile(r"\((?P<figure>[-+\u2212]?\d[\d.]*\s*(?:%|percent))\)")
"""A figure alone in brackets, read as if bare: 'having barely grown (0.3%) in 2019' is that year's growth."""
_NOUN_BRACKETED = re.compile(
    r"(?:\b(?P<noun>growth|expansion)|(?<=\bafter\s)(?P<after>an?\s+(?:(?:slight|small|mild|modest|brief|sharp|steep|deep)\s+)?)"
    rf"(?P<fell>{FALL_NOUN}))\s*\((?P<figure>[-+\u2212]?\d[\d.]*\s*(?:%|percent))\)",
    I,
)
"""A figure in brackets right after a noun of growth, or of a fall the economy went through before ('after a slight
contraction (-0.1%) in 2014' says 'after a contraction of -0.1%'), the noun's own figure as after 'of'. Not another
measure's fall ('exports suffered a contraction (-24%)', 'the yen's fall (12%)'): that bracket is read as if bare."""


def _of(found: re.Match[str]) -> str:
    if found.group("noun"):
        return f"{found.group('noun')} of {found.group('figure')}"
    return f"a {found.group('fell')} of {found.group('figure')}"


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of `pattern` in `text` ends, 0 if none."""
    return max((match.end() for match in pattern.finditer(text)), default=0)


def _without_aside(text: str) -> str:
    """The text with an aside after 'economy,' blanked: its comparisons are not the growth's; and a bracketed figure
    read as the noun's before it ('contraction (-0.1%)': 'contraction of -0.1%') or as if bare."""

    def blank(match: re.Match[str]) -> str:
        whole = match.group(0)
        if whole.startswith(","):
            return " " * (len(whole) - 1) + ","  # ', according to the Cabinet Office,': an attribution
        head = whole.index(",")
        return whole[:head] + " " * (len(whole) - head)

    told = _NOUN_BRACKETED.sub(_of, _APPOSITION.sub(blank, text))
    return _BRACKETED.sub(r" \g<figure> ", told)


def _subject_ok(segment: str, carried: bool) -> bool:
    """Whether a verb's subject is Japan's economy: named ('Real GDP'), or carried on ('... in 2026 but slipped')."""
    other, japan = re.search(ELSEWHERE, segment), re.search(r"\bJapan", segment)
    if TOPIC.search(segment) or (other and (japan is None or other.start() < japan.start())):
        return False  # 'Exports grew 5%', 'China's economy, unlike Japan's, grew 5%'

    return bool(SUBJECT.search(segment)) or (carried and not _FILLER.sub("", segment))


def _participle_of(text: str, ahead: str) -> bool:
    """Whether an -ing verb after `ahead` is the economy's: 'real GDP growing', or 'Growing ..., Japan's real GDP'."""
    if not _OWN_SUBJECT.search(ahead):
        return False
    if ahead.strip():
        return True
    main = re.match(r"[^;:]{0,90}?,\s+(?!(?:after|following|from|and|down|up|versus|compared)\b)", text[1:])
    return main is not None and bool(_ECONOMY_FIRST.match(text[main.end() + 1 :]))


def _negative(text: str, local: str, before: float | None) -> bool | None:
    """Whether the figure after `local` is a fall, True or False when it is tied to growth, None when it is not.

    `before` is the figure of growth right before it, if that one was read.
    """
    verb = _VERB.search(local)
    if verb is not None:
        ahead = local[: verb.start()]
        segment = ahead[_last(_SOFT, ahead) :]
        if verb.group("verb").split()[0].lower().endswith("ing") or re.search(rf"\bhaving\s+{ADVERB}$", ahead, I):
            # 'after growing 1.5%', 'edging up 0.3%', 'having shrunk 2.5%': the subject is the sentence's, the economy.
            tied = not TOPIC.search(segment) and (
                before is not None or bool(_ECONOMY_FIRST.match(_FRONT.sub("", text))) or _participle_of(text, ahead)
            )
        else:
            tied = _subject_ok(segment, before is not None)
        return bool(re.fullmatch(DOWN, verb.group("verb"), I)) if tied else None
    level = _LEVEL.search(local)
    if level is not None:
        segment = local[_last(_SOFT, local[: level.start()]) : level.start()]
        grows = re.search(r"\b(?:growth|expansion)\b", segment, I)
        carried = before is not None and not _FILLER.sub("", segment)  # 'Growth, 1.0% in 2016, picked up to 1.7%'
        return False if (grows or carried) and not TOPIC.search(segment) else None
    noun = _NOUN_BEFORE.search(local)
    if noun is not None:
        return None if TOPIC.search(noun.group("whose") or "") else bool(noun.group("fell"))
    ellipsis = ELLIPSIS.search(local)
    if ellipsis is None or before is None or _BETWEEN.sub("", local[: ellipsis.start()]):
        return None  # 'after 1.0% in 2022', never '..., largely because a tax increase from 5% to 8%'

    return before < 0 and (ellipsis.group("how") or "").lower() == "and"  # 'shrank 2.1% in 2027 and 0.4% in 2026'


@rule("economy.gdp_growth", needs=("gdp", "gross domestic", "economy", "output", "growth", " it "), anaphoric=True)
def gdp_growth(sentence: Sentence, context: Context) -> Fields | None:
    if "%" not in sentence.text and "percent" not in sentence.text:
        return None  # no figure: the cheap test first, most sentences on the economy give none
    text = last_year(sentence.text, context.updated)  # 'grew 1.6% last year' in a brief of 2018: 2017
    years = listed_years(text) or _years(text)  # 'Real GDP growth: 2022: 0.9%; 2023: 1.9%'
    if years is None and not ECONOMY.search(sentence.text):  # 'It had shrunk by 4.6% in 2020.'
        years = carried_years(text, context.preceding.get(sentence.text), _years)
    return {"value": years} if years else None


def _years(text: str) -> dict[str, float] | None:
    """The years of Japan's growth a sentence states, None if it states none or any it states is unsure."""
    text = labelled(VERDICT.sub(r"\g<subject>:", _without_aside(text)))  # 'Real GDP: down 0.1% in 2014'
    if not ECONOMY.search(text) or has(r"\bnominal\b|\bper\s+capita\b", text) or _DANGLING.search(text):
        return None  # nominal or per-head growth is not the year's real growth; a cut sentence's years are unsure
    years: dict[str, float] = {}
    start = 0
    before: float | None = None
    for figure in percents(text):
        local, start, read = text[start : figure.start], figure.end, before
        before = None
        written = text[figure.start : figure.end]
        if not re.search(r"%|percent", written, I) or re.match(_SHARE, text[start:]):
            before = read if not re.search(r"\d", written) else None  # 'less than half of': words, no figure
            continue  # a share, not a rate of growth
        clause = text[max(figure.start - len(local), _last(_SOFT, text[: figure.start])) : figure.start]
        after = _STRETCH.match(text, start)
        if _SOURCE_FORECASTS.match(text, start):
            continue  # 'up 0.6% in 2026, the IMF projects': a source's forecast
        if any(
            words.search(part)
            for words in (_NOT_A_YEAR, _FORECAST)
            for part in (clause, after.group(0) if after else "")
        ):
            continue  # a quarter's rate, a forecast ('half the 3.2% expected for 2024')
        lost = LOST.match(text, start)
        if lost and (read is not None or _ECONOMY_FIRST.match(_FRONT.sub("", text))) and not TOPIC.search(local):
            # '..., recovering part of the 4.5% lost in 2020': the economy's loss, that year's fall
            if lost.group("year") in years or another_country_before(text, figure.start, ELSEWHERE):
                return None
            years[lost.group("year")] = before = -abs(float(figure.value))
            continue
        if read is not None and _MEASURE_AFTER.match(text, start):
            continue  # 'grew 1.9% in 2023, outpacing the previous year's 3.0% rise in prices': another measure
        negative = _negative(text, local, read)
        noun_of = _NOUN_OF.match(text, start)
        if negative is None and noun_of is not None and not TOPIC.search(local):
            negative = bool(noun_of.group("fell"))
        possessed = _NOUN_AFTER.match(text, start) if read is not None else None  # '..., after eking out 0.3% growth'
        possessed = possessed if possessed and (OWNED_YEAR.search(local) or negative is None) else None
        if negative is None and possessed is not None and not TOPIC.search(local):
            negative = bool(possessed.group("fell"))  # '..., recouping less than half of 2020's 4.5% contraction'
        if negative is None:
            if YEAR_AFTER.match(text, start) and not TOPIC.search(local):
                return None  # a year's figure left unread ('..., down from 1.9% in 2017'): the table would be partial
            continue
        if another_country_before(text, figure.start, ELSEWHERE):
            return None  # 'China's economy grew by 5.2%', 'In the United States, GDP grew 2.8%'
        noun = _NOUN_AFTER.match(text, start)
        after = YEAR_AFTER.match(text, start)
        if after is not None and re.match(rf"\s+(?:in|for|across)\s+(?:the\s+)?(?:{ELSEWHERE})", text[after.end() :]):
            continue  # '..., compared with 2.6% in the recovery year of 2021 in the euro area': another economy's
        year = (noun_of and noun_of.group("year")) or year_of(text, figure.start, start, local, years)
        if year is None or year in years:
            return None  # a figure of growth whose year is unread, or a year given twice: unsure which is which
        fell = negative or text[: figure.start].rstrip().endswith(("-", "minus")) or bool(noun and noun.group("fell"))
        years[year] = before = -abs(float(figure.value)) if fell else abs(float(figure.value))
    return years or None
