"""The severity vocabulary: the three levels of a change or finding, and their order (a leaf module)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

Severity = Literal["major", "minor", "info"]
SEVERITY_RANK: dict[Severity, int] = {"major": 0, "minor": 1, "info": 2}


def count_by_severity(severities: Iterable[Severity]) -> dict[Severity, int]:
    """Count severities, every one present in the result, most severe first."""
    counts: dict[Severity, int] = {"major": 0, "minor": 0, "info": 0}
    for severity in severities:
        counts[severity] += 1
    return counts
