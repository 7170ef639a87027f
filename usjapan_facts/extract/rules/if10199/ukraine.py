"""Rules of Japan's aid to Ukraine, of the diplomacy section: its humanitarian aid and its financial support."""

from __future__ import annotations

import re
from functools import lru_cache

from usjapan_facts.extract.clauses import clause_of, clauses
from usjapan_facts.extract.rules.base import Context, Fields, I, Rule, has, registrar
from usjapan_facts.extract.rules.readings import another_country_before, one
from usjapan_facts.extract.tense import not_current
from usjapan_facts.extract.text import Sentence
from usjapan_facts.extract.values import Candidate, amounts

RULES: dict[str, Rule] = {}
rule = registrar(RULES)


_OTHER_DONORS = (
    r"\b(?:United States|U\.S\.|Washington|EU|European Union|NATO|G7|Germany|Britain|the United Kingdom|Canada|"
    r"Australia|South Korea|Korea|Taiwan|Netherlands|Ireland|Poland|France|Italy|Spain|Sweden|Norway|Denmark|"
    r"Finland|Switzerland|Austria|Belgium|Czechia|Czech Republic|Estonia|Latvia|Lithuania|Romania|Turkey|"
    r"Saudi Arabia|Qatar|New Zealand|Singapore|India|China)\b"
)
"""Other donors to Ukraine. Russia is not one of them: sentences about the aid often name its invasion."""


_JAPAN_AS_DONOR = r"\b(?:Japan|Japanese|Tokyo|Kishida|Ishiba|Takaichi|Suga)\b"
"""Who may stand for Japan as the donor: the country, its government or a prime minister of the war's years."""


_GAVE = r"(?:pledged|provided|committed|given|offered|extended|promised|sent|disbursed)\b"
"""A giving verb's past participle: 'pledged', 'provided', 'disbursed'."""
_AID = r"(?:(?:emergency|additional|new|further|direct)\s+)?"
_HUMANITARIAN = (
    rf"{_AID}humanitarian(?:\s+and\s+(?:development|recovery|reconstruction|relief|emergency|medical|food))?\s+"
    r"(?:aid|assistance|relief|needs|purposes|commitments|pledges|contributions|support|grants)"
)
_FINANCIAL = rf"{_AID}(?:financial|budget(?:ary)?)\s+(?:support|assistance|aid)|loans\b"
_TOLD = (
    r"(?:(?:\s+(?:pledged|provided|committed|given|offered|extended|promised|sent)(?:\s+by\s+(?:Japan|Tokyo))?)?"
    r"(?:\s+(?:to|for)\s+(?:Ukraine|Kyiv))?(?:\s+from\s+(?:Japan|Tokyo))?(?:\s+(?:now|so\s+far))?\s+(?:accounts?\s+for|totals?|totaled|totalled|amounts?\s+to|comes?\s+to|came\s+to|makes?\s+up|made\s+up|"
    r"stands?\s+at|stood\s+at|for|of|worth|is|was)\s+(?:the\s+(?:balance|rest|remainder)(?:\s+of\s+(?:it|that|this))?,?\s+)?"
    r"|\s*\(\s*)$"
)
"""Between the kind of aid and its amount: 'financial support accounts for an estimated $5.5 billion and humanitarian
aid for about $1.2 billion', 'Humanitarian aid pledged by Japan to Ukraine totals $300 million', 'humanitarian aid makes
up the balance, approximately $1.5 billion', 'humanitarian aid worth about $1 billion'; or in brackets after it:
'Humanitarian aid (about $1.3 billion)'."""
_AS_KIND = (
    r",?\s*(?:of\s+(?:it|that|this|the\s+total)\s+)?(?:in|of|for|(?:has|have)\s+been|was|were|is|are|went\s+(?:to|for)|(?:took|takes)\s+the\s+form\s+of|"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:earmarked|set\s+aside|allocated|designated|reserved|"
    r"intended|meant|extended|given|provided|offered|disbursed)\s+(?:for|as))\s+"
)
"""Between an amount and its kind of aid: '$600 million in financial support', 'twice that, $600 million, in financial
support', '$1.3 billion has been humanitarian assistance', '$300 million earmarked for humanitarian needs', '$1 billion
of it is humanitarian aid'."""
_CARRIED_DONOR = re.compile(
    r"^(?:It|Tokyo|The\s+government)\b|\b(?:it|Tokyo|the\s+government)\s+(?:has\s+|had\s+)?"
    rf"(?:so\s+far\s+|now\s+)?{_GAVE}"
)
"""The donor said by 'It' (or 'Tokyo'), the sentence's subject or the giver of the whole it parts ('Of the $12 billion
it has pledged to Ukraine, ...'): the one the sentence before names first. Never 'Its pledges (to Ukraine) comprise
...': the sentence before may name Japan first as a host, shareholder or admirer of the body whose pledges they
are ('Japan welcomed Slovakia's new package for Ukraine. Its aid to Ukraine includes ...'), and its verbs take past
totals."""
_PART_OF_TOTAL = re.compile(
    r"^(?:Of\s+(?:that|this|the|its)\s+(?:total|amount|sum|figure|pledge|package|aid|commitment)s?\b|Of\s+(?:that|this|it),"
    r"|(?:That|This|The|Its|These|Those)\s+(?:total|amount|sum|figure|pledge|package|commitment|aid)s?\s+"
    r"(?:includes?|included|comprises?|comprised|consists?\s+of|consisted\s+of|covers?|covered|breaks?\s+down|"
    r"(?:is|are)\s+made\s+up\s+of)\b"
    r"|(?:It|This|That|These|They)\s+(?:includes?|included|comprises?|comprised|covers?|covered)\b"
    r"|Included\s+in\s+(?:that|this|the)\b"
    r"|(?:The|Its)\s+(?:largest|biggest|main|greatest|greater|chief|single\s+largest)\s+(?:part|share|portion|piece|component)\b"
    r"|(?:The\s+)?(?:bulk|[Mm]ost|[Mm]uch|[Rr]est|[Rr]emainder|[Bb]alance)\s+of\s+(?:it|that|this|the\s+(?:total|amount|sum|aid|pledges?))\b"
    r"|(?:(?:About|Roughly|Some|Nearly|Almost|Over|Under|More\s+than|Less\s+than|Just\s+(?:over|under))\s+)?"
    r"(?:half|a\s+(?:third|quarter|fifth)|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|[\d.]+\s*(?:%|percent))"
    r"\s+of\s+(?:it|that|this|the\s+(?:total|amount|sum))\b)"
)
"""A sentence that parts the total the one before gives: 'Of that amount, roughly $1 billion ...', 'That sum includes
...', 'The largest part, $5.5 billion in financial support, ...', 'About four-fifths of that, $6.1 billion, is
...'. Its aid is the donor's of that sentence, to
Ukraine."""
_BY_JAPAN = re.compile(
    rf"\b{_GAVE}[^;]{{0,40}}?\bby\s+(?:the\s+)?"
    r"(?:Japan|Tokyo|Japanese\s+government|Kishida|Ishiba|Takaichi)\b(?!\W?s\b)"
)
"""A donor named after its gift: '$5.5 billion in financial support ... have been pledged to Ukraine by Tokyo'."""


_ELSEWHERE = re.compile(
    r"\b(?:to|for|in|after|from|by|if|unless|once|when|should|provided)\s+"
    rf"(?!(?:the\s+)?(?:Ukrain|Kyiv|Kiev)|Japan|Tokyo|{_AID}(?:humanitarian|financial|budget|loans)\b)"
    r"|,\s+(?:and|while|but|whereas)\s+(?:the\s+)?[A-Z]"
)
"""After the aid, words that send it elsewhere, make it a condition or give it to another: '... to Gaza', '... to
displaced Syrians', '... after the Noto earthquake', '... if a ceasefire holds', ', and the World Bank, ...'."""
_IT_GIVES = re.compile(rf"^It\s+(?:has\s+|had\s+)?(?:also\s+|since\s+|so\s+far\s+|now\s+)*{_GAVE}")
"""'It' as the giver, active: 'It has also provided'; not 'It has received' or 'It has been offered'."""
_NOT_JAPAN_BEFORE = re.compile(r"^(?:The\s+)?(?:Ukrain\w*|Kyiv|Kiev|war|conflict|fighting)\b", re.I)
"""A sentence before whose subject 'It' would stand for, not Japan: 'Ukraine has asked Japan ...', 'The war ...'."""


_JOINT = (
    rf"{_JAPAN_AS_DONOR},?\s+(?:and|along\s+with|together\s+with|with)\s+(?:the\s+|other\s+)?(?:{_OTHER_DONORS}|other|"
    rf"its\s+(?:allies|partners))|{_OTHER_DONORS},?\s+and\s+{_JAPAN_AS_DONOR}"
)
"""Japan giving with others, a joint total: 'Japan and South Korea have both pledged aid'."""
_ELSEWHERE_PART = re.compile(
    r"[^$;]*?\b(?:to|for|in)\s+(?:the\s+)?(?!Ukrain|Kyiv|Kiev|Japan|Tokyo|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*\b)[A-Z]|[^$;]*?\b(?:to|for)\s+(?:displaced|refugees|countries)\b"
)
"""A part of a total parted, sent to another recipient before the next amount: '$1.2 billion in humanitarian aid to
Gaza'."""


def _carried_it(text: str, before: str) -> bool:
    """Whether a sentence opening 'It' gives Japan's aid to Ukraine: 'It' gives, the sentence before names Ukraine and
    Japan, not as a possession ('Japan's budget'), with no other subject first, and nothing after the verb names another
    recipient, a condition or another giver."""
    gives = _IT_GIVES.match(text)
    if gives is None or not has(r"\bUkrain|\bKyiv\b|\bKiev\b", before, 0) or _NOT_JAPAN_BEFORE.match(before):
        return False
    if not has(rf"{_JAPAN_AS_DONOR}(?!\W?s\b)", before, 0):
        return False
    after = re.sub(r"\b(?:Ukrain\w*|Kyiv|Kiev|Japan\w*|Tokyo)\b", "", text[gives.end() :])
    return _ELSEWHERE.search(after) is None and not has(r"[A-Z]", after, 0)


def _japans(text: str, amount: Candidate, carried: bool) -> bool:
    """Tell whether Japan gives the amount: named after it in its clause ('pledged ... by Tokyo'), or before it with no
    other donor since ('Poland has committed about $3.2 billion ...' is Poland's), or the sentence's 'It'."""
    end = clause_of(clauses(text), amount.start)[1]
    by = _BY_JAPAN.search(text, amount.end, end)
    if by is not None and not has(_OTHER_DONORS, text[amount.end : by.start()], 0):
        return True
    giver = _last_giver(text[: amount.start], text[amount.end : end])
    if giver is not None:  # its giving verb's subject: 'Japan has joined G7 sanctions, and it has pledged'
        return giver
    named = carried or has(_JAPAN_AS_DONOR, text[: amount.start], 0)
    if not named and not has(_OTHER_DONORS, text, 0):  # 'Humanitarian aid (about $1.3 billion) ... Japan has committed'
        giver_after = _GIVES.search(text)
        return giver_after is not None and re.match(_JAPAN_AS_DONOR, giver_after.group(0)) is not None
    # Another donor's pledge is not Japan's: 'The United States has provided $1 billion in humanitarian aid', 'the
    # EU, with Japan's backing, has pledged' (the other named first, Japan only as an owner after it).
    first = re.search(rf"{_OTHER_DONORS}|{_JAPAN_AS_DONOR}", text[: amount.start])
    if (
        first is not None
        and re.match(_OTHER_DONORS, first.group(0))
        and not has(rf"{_JAPAN_AS_DONOR}(?!\W?s\b)", text[first.end() : amount.start], 0)
    ):
        return False
    return named and not another_country_before(text, amount.start, _OTHER_DONORS)


_GIVES = re.compile(
    rf"(?:{_JAPAN_AS_DONOR}|\bit\b|\band\b|{_OTHER_DONORS})\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|so\s+far\s+|now\s+|since\s+)?"
    rf"{_GAVE}"
)
"""A donor as the subject of its giving verb: 'Japan has committed', 'it has pledged', 'the EU has provided'; or a
giving verb joined to its subject's first ('Japan has joined G7 sanctions and pledged')."""


_JAPAN_ALONE_SUBJECT = re.compile(
    rf"^{_JAPAN_AS_DONOR}(?!\W?s\b)\s+(?!and\b|,)(?:has\s+|had\s+)?(?:also\s+|so\s+far\s+|now\s+)?[a-z]+\b"
)
"""Japan alone opening the sentence as its subject, a verb after it: 'Japan has backed G7 price caps ...'."""


_FRONTED = re.compile(r"(?:Since|After|Following|Amid|Throughout)\s+(?:the\s+|Russia\W?s\s+)?[a-z][^,;]{0,60},\s+")
"""A phrase of time put first, before the sentence's subject: 'Since Russia's invasion of Ukraine, '."""


def _last_giver(before: str, after: str = "") -> bool | None:
    """Whether the subject of the last giving verb before an amount is Japan (its 'it' the sentence's first donor
    named, Japan when that is Japan), None when no giving verb with a subject stands before it. A verb joined by 'and'
    ('and pledged') is Japan's only when Japan alone opens the sentence, no other donor is named before it and no
    past year follows ('... in 2014'); else it is passed over, its subject unknown."""
    givers = list(_GIVES.finditer(before))
    joined = bool(givers) and re.match(r"and\b", givers[-1].group(0)) is not None
    front = _FRONTED.match(before)  # 'Since Russia's invasion of Ukraine, Japan has joined ...': a time, no donor
    said = before[front.end() :] if front else before
    alone = not has(_OTHER_DONORS, re.sub(r"\bG-?7\s+(?=[a-z])", "", said), 0)  # 'G7 sanctions': no donor
    if joined and alone and _JAPAN_ALONE_SUBJECT.match(said):
        return not has(r"\b(?:in|during)\s+(?:\w+\s+)?(?:19|20)\d\d\b", after)
    givers = [giver for giver in givers if not re.match(r"and\b", giver.group(0))]
    if not givers:
        return None
    who = givers[-1].group(0)
    if re.match(r"it\b", who):
        return _japan_first(before) or (None if re.search(_JAPAN_AS_DONOR, before) is None else False)
    return re.match(_JAPAN_AS_DONOR, who) is not None


def _japan_first(before: str) -> bool:
    """Tell whether Japan is the first donor the sentence before names, its subject: 'Japan joined G7 sanctions'."""
    japan = re.search(_JAPAN_AS_DONOR, before)
    other = re.search(_OTHER_DONORS, before)
    return japan is not None and (other is None or japan.start() < other.start())


@lru_cache(maxsize=16)
def _kind_told(kind: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The kind after an amount, before it, and right before an amount opening with its verb: compiled once a kind."""
    told = (rf"{_AS_KIND}(?:{kind})", rf"(?:{kind}){_TOLD}", rf"(?:{kind})\s+$")
    return re.compile(told[0], I), re.compile(told[1], I), re.compile(told[2], I)


_TO_ANOTHER = re.compile(
    r"\s+(?:to|for)\s+(?:the\s+)?(?!Ukrain|Kyiv|Kiev)[A-Z]"
    r"(?!(?:[\w'-]*\s+[A-Z])*[\w'-]*\s+(?:of|in)\s+(?:the\s+)?(?:Ukrain|Kyiv|Kiev)"
    r"|[^,.;]*\bfor\s+(?:its|their)\s+(?:work|operations?|programs?|activities|efforts)\s+in\s+(?:Ukrain|Kyiv|Kiev))"
)
"""A recipient named right after the kind of aid, not Ukraine nor a name of its own ('the Government of Ukraine', 'the
National Bank of Ukraine': capitalised words right before 'of / in Ukraine'): '$100 million in humanitarian aid to
Turkey', '... to Poland for refugees from Ukraine' (a later 'Ukraine' of another phrase is not the recipient); aid
to a body 'for its work in Ukraine' is still Ukraine's."""


def _sent_elsewhere(text: str, amount: Candidate, kind_after: re.Pattern[str]) -> bool:
    """Whether the aid an amount's kind names goes to another recipient, named right after the kind."""
    told = kind_after.match(text, amount.end, amount.end + 60)
    return told is not None and _TO_ANOTHER.match(text, told.end()) is not None


def _ukraine(text: str, kind: str, before: str) -> Fields | None:
    """Japan's aid to Ukraine of one kind: an amount followed by 'in' the kind, or following the kind's name."""
    ukraine = r"\bUkrain|\bKyiv\b|\bKiev\b"
    parted = _PART_OF_TOTAL.match(text) is not None and has(ukraine, before, 0)
    # 'It has also offered humanitarian aid of about $300 million.': the donor and its recipient the sentence before's.
    parted = parted or _carried_it(text, before)
    if not parted and not has(ukraine, text, 0):
        return None
    # 'It ...' (or a total parted) after a sentence whose first donor named is Japan: 'Japan joined G7 sanctions ...'.
    carried = parted or _CARRIED_DONOR.search(text) is not None
    carried = carried and _japan_first(before) and not has(_JOINT, before, 0)
    kind_after, kind_before, kind_subject = _kind_told(kind)
    values = [
        {"value": amount.value, "qualifier": amount.qualifier}
        for amount in amounts(text)
        if (
            (kind_after.match(text[amount.end : amount.end + 60]) and not _sent_elsewhere(text, amount, kind_after))
            or kind_before.search(text[max(0, amount.start - 80) : amount.start])
            # 'humanitarian aid approaches $1.1 billion': the verb (its hedge) is read as part of the amount
            or (text[amount.start].isalpha() and kind_subject.search(text, max(0, amount.start - 80), amount.start))
        )
        and _japans(text, amount, carried)
        and not (parted and _ELSEWHERE_PART.match(text, amount.end))  # '... and $1.2 billion in aid to Gaza'
        and not not_current(text, amount.start, kin=())  # 'Japan may pledge another $3 billion'
    ]
    return one(values)


# A total parted in the sentence after ('Of that amount, $1 billion ...') names the kind of aid, not Ukraine.
@rule("diplomacy.ukraine_humanitarian_aid", needs=("ukrain", "kyiv", "kiev", "humanitarian"))
def ukraine_humanitarian_aid(sentence: Sentence, context: Context) -> Fields | None:
    return _ukraine(sentence.text, _HUMANITARIAN, context.preceding.get(sentence.text, ""))


@rule("diplomacy.ukraine_financial_support", needs=("ukrain", "kyiv", "kiev", "financial", "budget", "loans"))
def ukraine_financial_support(sentence: Sentence, context: Context) -> Fields | None:
    return _ukraine(sentence.text, _FINANCIAL, context.preceding.get(sentence.text, ""))
