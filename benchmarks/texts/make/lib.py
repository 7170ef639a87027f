"""Helpers for writing a heldout text's truth compactly (see build.py)."""
import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def prec(v):
    return {4: "year", 7: "month", 10: "day"}[len(v)]


def F(value, q=None, **kw):
    """A count/money/percent/rank/year/text/list fact; q: about/over/under/nearly (None = exact)."""
    out = {"value": value}
    if q:
        assert q in ("about", "over", "under", "nearly"), q
        out["qualifier"] = q
    out.update(kw)
    return out


def D(value, **kw):
    """A date fact at the written precision."""
    out = {"value": value, "precision": prec(value)}
    out.update(kw)
    return out


def P(family, given, as_written, **kw):
    out = {"family": family, "given": given, "as_written": as_written}
    out.update(kw)
    return out


def GDP(**years):
    return {"value": {k.lstrip("y"): v for k, v in years.items()}}


def E(body, date, status, **kw):
    out = {"body": body, "date": date, "precision": prec(date), "status": status}
    out.update(kw)
    return out


def EV(what, date, status=None):
    out = {"what": what, "date": date, "precision": prec(date)}
    if status:
        out["status"] = status
    return out


def updated_of(md):
    m = re.search(r"Updated (\w+) (\d{1,2}), (\d{4})", md)
    return f"{m.group(3)}-{MONTHS.index(m.group(1)) + 1:02d}-{int(m.group(2)):02d}"
