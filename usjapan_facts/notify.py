"""Tell a webhook about a check's findings: one JSON POST per fingerprint, with a Slack-compatible `text`."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from usjapan_facts.checks import CheckResult, Finding
from usjapan_facts.errors import SourceError
from usjapan_facts.posting import post_json, shown_webhook
from usjapan_facts.web import FETCH_TIMEOUT

Post = Callable[..., int]


def payload(result: CheckResult, finding: Finding) -> dict[str, Any]:
    """The JSON a webhook receives for one finding: `text` for chat tools, and the finding itself."""
    compared = f" ({result.compared[0]} -> {result.compared[1]})" if result.compared else ""
    return {
        "text": f"{result.report_id} {finding.severity} {finding.kind}{compared}: {finding.message} "
        f"[{finding.fingerprint}]",
        "report_id": result.report_id,
        "fingerprint": finding.fingerprint,
        "as_of": result.as_of.isoformat(),
        "compared": list(result.compared) if result.compared else None,
        "finding": finding.as_json(),
    }


def payloads(result: CheckResult) -> list[dict[str, Any]]:
    """One payload per distinct fingerprint among the findings that fail the check (at or above `fail_on`)."""
    seen: set[str] = set()
    out = []
    for finding in result.failing:
        if finding.fingerprint not in seen:
            seen.add(finding.fingerprint)
            out.append(payload(result, finding))
    return out


class NotifyError(SourceError):
    """The webhook refused or missed a finding; says how many were delivered before."""


@dataclass(frozen=True)
class Delivery:
    """What was sent: the fingerprints the webhook accepted, in order."""

    delivered: tuple[str, ...]


def notify(result: CheckResult, url: str, *, timeout: float = FETCH_TIMEOUT, post: Post = post_json) -> Delivery:
    """POST each failing finding to `url` once per fingerprint; raise `NotifyError` at the first failure.

    `timeout` bounds the whole run, every POST and redirect included, however many findings there are.
    """
    sent: list[str] = []
    bodies = payloads(result)
    deadline = time.monotonic() + timeout
    for body in bodies:
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise SourceError("the deadline has passed")
            post(url, body, timeout=left)
        except SourceError as exc:
            # Past the run's deadline, whichever POST it cut short, the line names the run's timeout.
            late = f"{shown_webhook(url)}: the webhook did not answer within {timeout:g} seconds"
            problem = late if time.monotonic() >= deadline else str(exc)
            raise NotifyError(
                f"{problem}; {len(sent)} of {len(bodies)} findings delivered, the rest are in the report above"
            ) from None
        sent.append(body["fingerprint"])
    return Delivery(tuple(sent))
