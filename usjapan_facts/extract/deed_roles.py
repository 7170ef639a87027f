"""The general reader of the agreements' dates by the roles a sentence fills, for what no rule or declaration read.

Its lexicon (`briefs/deed_roles.toml`) gives, as data, each agreement's names, the words that stand for one named
before ('it', 'both texts', 'the deal'), who does a deed (the two governments, their envoys), the deeds (signing, entry
into force, announcing, reaching) and the other deeds a sentence may tell beside them (approving, proclaiming, meeting,
expiring). A sentence is read as deeds and the dates each owns (`deed_dates`): a date belongs to the deed noun it
qualifies ('their October 7, 2019, signing'), else to the deed it follows in its clause ('signed it in Washington on
October 7'), else, fronted, to the deed after it ('Less than two weeks later, on October 7, 2019, the agreements were
signed'); deeds and dates listed in the same order pair off ('signing and entry into force followed on October 7, 2019,
and January 1, 2020', '..., respectively'); a date after 'before' or 'until' is no deed's. The deed is done to the
agreement it names as its object or its subject, or to the one a word standing for it points back to (in the sentence,
the three before it, or the heading: `deed_things`); a deed noun with no agreement ('Signature followed on ...'), or a
deed its doers did with none named ('their envoys put pen to paper on ...'), to the one the sentences before speak of.
Another deal, instrument or country, a part of the agreement ('the USJTA's second round of tariff cuts'), a hedge
('could', 'if'), a plan, or for the latest agreement an earlier one ('the pact it replaced') rules a deed out. A fact
is read when all the dates its sentences give agree (the finest of dates that agree), or, for the latest agreement, as
the latest. It runs only for a fact nothing else read. Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.date_forms import END_OVERTAKEN
from usjapan_facts.extract.deed_dates import Said, dates_said
from usjapan_facts.extract.deed_lexicon import DeedFact, lexicon
from usjapan_facts.extract.deed_owners import Deed, deeds_in, own_aside, owners
from usjapan_facts.extract.deed_things import Thing, carried_names, things_in
from usjapan_facts.extract.japan import ANOTHER_COUNTRY, OTHER_PARTY
from usjapan_facts.extract.rules.base import Context, Fields
from usjapan_facts.extract.text import Document, Sentence

I = re.IGNORECASE  # noqa: E741 - reads as the flag it is
MAX_SENTENCE = 1200
_HEDGE = re.compile(
    r"\b(?:could|may|might|would|if|unless|whether|hopes?|aims?|plans?|planned|proposed|not\s+yet|awaits?|awaiting|"
    r"pending|once)\b",
    I,
)
_PLANNED = re.compile(
    r"\b(?:will|expected|expects|scheduled|slated|set\s+to|due\s+to|to\s+be|(?:is|are|was|were)\s+to)\b", I
)
"""A deed to come: an entry into force may be dated ahead ('are set to take effect on New Year's Day 2020'), a signing
or an announcement not."""
_EARLIER = re.compile(r"\b(?:previous|prior|former|earlier|predecessor|preceding|expired|expiring|replaced)\b", I)
_REPLACED = re.compile(
    r"\b(?:replaced|replacing|succeeded|succeeding|superseded|superseding|supplanted|took\s+the\s+place\s+of)"
    r"(?!\s+by\b)\s+(?:(?!\b(?:and|but)\s+(?:was|were|is|it)\b)[^;]){0,80}$",
    I,
)
"""Before a deed, the accord a newer one replaced as its object ('replaced a one-year stopgap agreed in February 2021',
'succeeded the 2016 agreement, which the two had extended in February 2021'): the deed is the older one's."""
_OBJECT_OF = re.compile(r"\s+(?:of|for)\b", I)
_THAT = re.compile(r"\s+(?:on\s+\S+\s+)?that\b")
"""An announcement whose object is what it said: 'posted that the United States had reached a deal with Japan'."""
_OWN_OBJECT = re.compile(
    r"\s+(?!(?:on|in|at|by|for|with|to|from|during|after|before|that|it|them|this|these|last|early|late|mid|and|"
    r"while|when|as|later|earlier|the\s+same\s+day)\b)[\"\u201c]?[A-Za-z]"
)
"""A word after a deed that opens its own object, no time, place or clause: 'announced "reciprocal" tariffs'."""
_A_DEAL = re.compile(r"\bdeal\b", I)
_SIGNING = re.compile(r"signed|signing|inked", I)
_PARTICIPLE = re.compile(r"[A-Z]\w*ed\b")
"""A past participle that opens a clause ('Signed', 'Inked', 'Concluded')."""
_SET_OFF = re.compile(r":\s|\s[\u2013\u2014-]+\s|\u2014")
_JAPAN = re.compile(r"\bJapan|\bTokyo\b|\b(?:Abe|Suga|Kishida|Ishiba|Takaichi|Akazawa|Motegi|Sugiyama|Tomita)\b")
_CUES = {
    "signed": ("sign", "inked", "pen to paper", "names to", "names on", "dates", "dated", "dating"),
    "in_force": ("effect", "force", "implemented", "live", "apply"),
    "announced": ("announc", "unveil", "public", "disclosed", "revealed", "posted"),
    "reached": ("sign", "conclu", "reach", "struck", "agree", "settled", "sealed", "clinch", "finali", "renew",
                "extend", "inked", "roll", "dates", "dated", "dating"),
}  # fmt: skip
"""Cheap words one of which a sentence telling each deed holds."""


def _agreement(
    sentences: list[Sentence], index: int, prefix: str, text: str, deeds: list[Deed], at: int, fact: DeedFact,
    dates: list[Said],
) -> frozenset[str] | None:  # fmt: skip
    """The names of the agreement the deed at `at` of `text` (a part of sentence `index`, after `prefix`) is done to,
    or None: its object, else its subject (in its stretch of the clause, else the clause's), else what a word standing
    for one, or no word at all, points back to."""
    deed, things = deeds[at], things_in(text)
    stop = min([said.start for said in dates if said.start > deed.end] + [len(text)])
    if not (deed.kind == "announced" and _THAT.match(text, deed.end)):
        stop = min([other.start for other in deeds[at + 1 :]] + [stop])
    right = [thing for thing in things if deed.end <= thing.start < stop]
    said = text[deed.start : deed.end]
    transitive = deed.kind != "in_force" or "brought" in said or "put" in said or _OBJECT_OF.match(text, deed.end)
    start = max([deeds[at - 1].end if at else 0, *(m.end() for m in _SET_OFF.finditer(text, 0, deed.start))])
    inside = [thing for thing in things if deed.start <= thing.start and thing.end <= deed.end]
    if right and transitive:
        chosen = right
    elif inside:
        chosen = inside  # the object the deed's own words hold: 'made it public', 'made the deal public'

    elif fronted := _fronted(text, deed, things):
        chosen = fronted
    else:
        left = [thing for thing in things if start <= thing.start and thing.end <= deed.start]
        # the subject coordinated deeds share ('were signed on ... and took effect on ...'), never past a colon or dash
        left = left or [t for t in things if t.end <= deed.start and not _SET_OFF.search(text, t.end, deed.start)]
        chosen = _coordinated(text, left)  # 'the USJTA and the DTA', each with its own aside
    if any(thing.kind in ("other", "thing") or _foreign(text, thing.start, thing.end) for thing in chosen):
        return None  # another deal, or another country's: 'China's phase one trade deal', 'a framework with Indonesia'
    if names := frozenset(name for thing in chosen for name in thing.names):
        return names
    # 'Signature followed on ...', '..., and their envoys signed in Washington on ...': no agreement, no other thing
    # (never a deed with an object of its own that is no agreement: 'Trump announced "reciprocal" tariffs on April 2')
    doers = lexicon().agents.search(text, start, deed.start) is not None
    bare = deed.noun or (not right and doers and not _OWN_OBJECT.match(text, deed.end))
    carrier = chosen[0].kind if chosen else ("bare" if bare else "")
    if not carrier:
        return None
    at_word = chosen[0].start if chosen else deed.start
    word = text[at_word : chosen[0].end] if chosen else ""
    if carrier == "singular":  # 'declared the deal done ..., and ... signed it': 'it' is the deal before it
        before = [thing for thing in things if thing.end <= at_word and thing.kind not in ("other", "thing")]
        carrier, word = (before[-1].kind, text[before[-1].start : before[-1].end]) if before else (carrier, word)
    # 'the agreements', 'both texts', 'the deal' with none named before: the brief's pair; never 'the agreement', which
    # may be either of the two
    common = carrier == "plural" or (carrier == "deal" and _A_DEAL.search(word) is not None)
    own = (fact.common and common) or (fact.deal and carrier == "deal")
    # a deal said by a common noun is the framework only beside Japan: 'President Trump announced a deal on July 22'
    own = own and (not fact.deal or _japan(sentences, index))
    fallback = fact.names if own else frozenset()
    return carried_names(sentences, index, prefix + text[:at_word], fallback, plural=carrier == "plural")


def _coordinated(text: str, left: list[Thing]) -> list[Thing]:
    """The subject a deed's clause runs back to: the last thing before the deed with the names coordinated or set in
    apposition before it ('the USJTA and the DTA', 'the U.S.-Japan Trade Agreement (USJTA)'), past an aside each says
    of itself ('The USJTA, which cuts tariffs on farm goods, and the DTA, which sets rules for digital commerce, were
    signed'); a thing inside such an aside is no subject."""
    asides = [m.span() for m in _ASIDE.finditer(text)]
    free = [t for t in left if not any(a <= t.start < b for a, b in asides)] if left else []
    if not free or free[-1] is not left[-1]:
        return left[-1:]
    chosen = [free[-1]]
    for thing in reversed(free[:-1]):
        gap = text[thing.end : chosen[0].start]
        for a, b in reversed([span for span in asides if thing.end <= span[0] and span[1] <= chosen[0].start]):
            gap = gap[: a - thing.end] + gap[b - thing.end :]
        if thing.kind != "name" or chosen[0].kind != "name" or not _JOINED.fullmatch(gap):
            break
        chosen.insert(0, thing)
    return chosen


_ASIDE = re.compile(r",\s+(?:which|that|who)\b[^,;()]*(?=,)")
"""A relative clause set off by commas after a name: what it says of the name, never the deed's subject."""
_JOINED = re.compile(r"[\s,()]*(?:and\s+)?(?:(?:the|a|its)\s+)?(?:[a-z-]+\s+)?")
"""What stands between two names of one subject: 'and the', a comma, an acronym's parentheses."""


def _fronted(text: str, deed: Deed, things: tuple[Thing, ...]) -> list[Thing]:
    """A participle opening the clause ('Signed in Washington on March 28 by ..., a critical minerals agreement
    commits ...'): its agreement is the main clause's subject, the first thing past the participle phrase's comma."""
    if text[: deed.start].strip() or not _PARTICIPLE.match(text, deed.start):
        return []
    comma = text.find(", ", deed.end)
    return [thing for thing in things if comma >= 0 and thing.start > comma][:1]


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether the phrase of the thing from `start` to `end` (up to the commas around it) names another country."""
    opened = max(text.rfind(",", 0, start), text.rfind(";", 0, start)) + 1
    closed = min((at for at in (text.find(",", end), text.find(";", end)) if at >= 0), default=len(text))
    return ANOTHER_COUNTRY.search(text, opened, closed) is not None


def read(sentences: list[Sentence], index: int, fact: DeedFact, cover: str) -> set[str]:
    """The dates sentence `index` gives the fact's deed."""
    sentence = sentences[index]
    before = sentences[index - 1].text if index and sentences[index - 1].section == sentence.section else ""
    values: set[str] = set()
    signings: set[str] = set()  # the values of signing words ('signed', 'inked')
    concluded: set[str] = set()  # the values of other words of reaching, whatever rules them out after
    if _elsewhere(sentences, index):
        return set()  # 'South Korea held talks. In March 2023, the two governments also signed ...': theirs
    if fact.latest and END_OVERTAKEN.search(sentence.text):
        return set()  # 'The current SMA, signed in January 2016, had been due to lapse in March': extended since
    for offset, part in _parts(sentence.text):
        deeds = deeds_in(part, fact.deeds)
        if not any(deed.kind in fact.deeds for deed in deeds):
            continue
        dates = dates_said(part, (before, sentence.section), cover)
        for at, owned in owners(deeds, dates, part).items():
            deed = deeds[at]
            owned = [said for said in owned if own_aside(part, deed, said)]
            if deed.kind not in fact.deeds or not owned:
                continue
            if not _SIGNING.fullmatch(part[deed.start : deed.end]):
                concluded |= {said.value for said in owned}
            # of two dates, the one the deed runs into: '... pronounced the deal complete on September 25, 2019, and
            # their envoys signed it at the White House on October 7'
            said = next((other for other in owned if other.start >= deed.end), owned[-1])
            names = _agreement(sentences, index, sentence.text[:offset], part, deeds, at, fact, dates)
            own = {name for name in fact.names if lexicon().data["until"].get(name, 9999) >= int(cover[:4])}
            if not names or not names & own or not names <= fact.names | fact.along:
                continue
            span = part[min(deeds[at - 1].end if at else 0, said.start) : max(deed.end, said.end)]
            ahead = deed.kind != "in_force" and (_PLANNED.search(span) or said.value > cover[: len(said.value)])
            if ahead or _HEDGE.search(span) or (fact.latest and _EARLIER.search(span) and "extension" not in span):
                continue  # a deed to come, an unsure one, an earlier agreement's
            if fact.latest and _REPLACED.search(part, max(0, deed.start - 80), deed.start):
                continue  # the deed of the accord a newer one replaced
            if ANOTHER_COUNTRY.search(span) or (fact.japan and (not _japan(sentences, index) or _with_another(span))):
                continue
            if (fact.exclude and fact.exclude.search(span)) or (fact.month and len(said.value) < 7):
                continue  # another deed ('talks on a successor'), or too coarse
            if fact.since <= int(said.value[:4]) <= (fact.until or 9999):
                values.add(said.value)
                if _SIGNING.fullmatch(part[deed.start : deed.end]):
                    signings.add(said.value)
    # two dates of the fact in one sentence ('agreed in principle in December 2030 and signed in February 2031'):
    # unsure, unless the fact is the deal reached, told before its later formal signing ('agreed on it in December; it
    # was signed on January 9'): the agreement's date; never a deal only in principle, which the signing makes final
    final = "in principle" not in sentence.folded
    if fact.deeds[0] == "reached" and values and values <= signings and any(c < min(signings) for c in concluded):
        return set()  # 'talks concluded last December with a new SMA, signed on January 7': reached before, unread
    if fact.deeds[0] == "reached" and final and (agreed := values - signings) and _one(agreed, latest=False):
        return agreed if all(signed > max(agreed) for signed in signings) else set()
    return values if _one(values, latest=False) else set()


def _parts(text: str) -> list[tuple[int, str]]:
    """The sentence's parts at its semicolons, each with where it starts."""
    cuts = [0, *(found.end() for found in re.finditer(r";\s+", text))]
    ends = [found.start() for found in re.finditer(r";\s+", text)] + [len(text)]
    return [(start, text[start:end]) for start, end in zip(cuts, ends, strict=True)]


def _elsewhere(sentences: list[Sentence], index: int) -> bool:
    """Whether a sentence naming no Japan follows one under its heading that names another country and no Japan: its
    'two governments', 'the current one' are that country's."""
    here = sentences[index]
    before = sentences[index - 1] if index and sentences[index - 1].section == here.section else None
    if before is None or _JAPAN.search(here.text):
        return False
    return ANOTHER_COUNTRY.search(before.text) is not None and _JAPAN.search(before.text) is None


def _with_another(span: str) -> bool:
    """Whether the deed's words name its other party, neither side of the brief: 'an agreement with Ukraine'."""
    return any(
        OTHER_PARTY.match(span, found.end()) for found in re.finditer(r"\b(?:agreement|accord|pact|deal)\b", span, re.I)
    )


def _japan(sentences: list[Sentence], index: int) -> bool:
    """Whether Japan stands in the sentence, the two before it under its heading, or the heading (a table's title)."""
    here = sentences[index]
    near = [sentences[i].text for i in range(max(0, index - 2), index + 1) if sentences[i].section == here.section]
    return any(_JAPAN.search(text) for text in near) or _JAPAN.search(here.section) is not None


def _one(values: set[str], latest: bool) -> str | None:
    """The one value several readings give: the finest of values that agree (or, `latest`, of those the latest one
    agrees with)."""
    if latest and values:
        last = max(values)
        values = {value for value in values if last.startswith(value)}
    finest = max(values, key=len, default=None)
    if finest is None or not all(finest.startswith(value) for value in values):
        return None
    return finest


def fill(document: Document, context: Context, readings: dict[str, list[tuple[Fields, Sentence]]]) -> None:
    """Add the date of each agreement fact of the brief that nothing else read, where its sentences agree on one."""
    if context.updated is None:
        return
    cover, sentences = context.updated.isoformat(), document.sentences
    for fact_id, fact in lexicon().facts.items():
        if fact_id not in readings or readings[fact_id]:
            continue
        cues = tuple(cue for deed in fact.deeds for cue in _CUES[deed])
        got: dict[str, Sentence] = {}
        for index, sentence in enumerate(sentences):
            if len(sentence.text) <= MAX_SENTENCE and any(cue in sentence.folded for cue in cues):
                for value in read(sentences, index, fact, cover):
                    got.setdefault(value, sentence)
        if (chosen := _one(set(got), fact.latest)) is not None:
            readings[fact_id].append(({"value": chosen, "qualifier": "exact"}, got[chosen]))


__all__ = ["fill", "read"]
