"""The words around a Section 122 surcharge's rate that tie it to the law, or tell it is the law's cap or has ended.

Pure, no I/O.
"""

from __future__ import annotations

import re

from usjapan_facts.extract.rules.base import I

UNDER_122 = (
    r"%\s+(?:[\w-]+\s+){0,2}?(?:surcharge|tariff)\s+(?:(?:imposed|levied|proclaimed)\s+)?under\s+Section\s+122\b"
)
"""A rate tied to Section 122 right after it, whatever else the sentence names: 'a 10% surcharge under Section 122'."""
LAW_ALLOWS = re.compile(
    r"\b(?:Section\s+122|the\s+(?:law|statute|provision))\b[^.;%]{0,60}?\b(?:permits?|permitted|allows?|allowed|"
    r"authoriz\w+|lets|enables?|caps?|capped|limits?|limited|provides\s+for)\b[^.;%]{0,50}$",
    I,
)
"""'Section 122 permits a 15% surcharge for 150 days': what the law allows at most, not the rate applied."""
AT_MOST = re.compile(r"\s*(?:at\s+(?:the\s+)?most|at\s+a\s+maximum|or\s+(?:less|lower))\b", I)
ITS_END = re.compile(
    r"(?:(?!\b(?:which|that|after|when|once|before|IEEPA|tariffs)\b|\buntil\s+(?!it\s+(?:lapsed|expired)))[^;.]){0,80}?\b(?:lapsed|expired|"
    r"ended|terminated|ran\s+out|(?:was|has\s+been|had\s+been)\s+(?:lifted|revoked|terminated|ended|rescinded|"
    r"allowed\s+to\s+(?:lapse|expire)))\b",
    I,
)
"""The surcharge's own verb of its end after its rate: '... 10% Section 122 surcharge lapsed on July 23, 2026'."""


__all__ = ["AT_MOST", "ITS_END", "LAW_ALLOWS", "UNDER_122"]
