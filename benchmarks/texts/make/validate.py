"""Validate every truth under ../tune and ../holdout; feed each to extract-dev's score.py with a perfect CSV.

    python3 validate.py
"""
import csv
import json
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
CAT = {}
for brief in ("IF10199", "IF11120"):
    cat = tomllib.loads(Path(f"/work/main/usjapan_facts/briefs/{brief}/catalog.toml").read_text())
    CAT[brief] = {f["id"]: f["kind"] for f in cat["fact"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
# Elections: every election a text states, slug BODY_YEAR (extract-dev's convention), the body named as below and
# the slug's year that of its date. Events: only the slugs the records already track.
BODIES = {"lower_house": "Lower House", "upper_house": "Upper House", "okinawa_governor": "Okinawa governor",
          "ldp_president": "LDP president"}
ELECTION = re.compile(r"(%s)_(\d{4})" % "|".join(BODIES))
EVENTS = {"abe_address_to_congress", "abe_assassination", "first_negotiating_round", "section232_autos_proclamation",
          "stage_one_deal_finalized", "tariff_talks_announced", "section122_surcharge_expired"}
PREC = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
errors = []


def err(name, msg):
    errors.append(f"{name}: {msg}")


def check(path):
    name = path.name
    t = json.loads(path.read_text())
    brief = t["report"]["id"]
    assert set(t) == {"report", "versions"} and len(t["versions"]) == 1, name
    v = t["versions"][0]
    if not name.split("-")[1] == brief:
        err(name, "brief mismatch")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["updated"]) or v["coverage"] != "full":
        err(name, "updated/coverage")
    if not name[: -len(".truth.json")].endswith(v["updated"][:7]):
        err(name, "file date != updated")
    for fid, f in v["facts"].items():
        kind = CAT[brief].get(fid)
        if kind is None or fid.startswith("report."):
            err(name, f"unknown fact {fid}")
            continue
        if f.get("qualifier") not in (None, "about", "over", "under", "nearly"):
            err(name, f"{fid} qualifier {f.get('qualifier')}")
        if kind == "person":
            if not (f.get("family") and f.get("given")) or "value" in f:
                err(name, f"{fid} person shape")
        elif kind == "date":
            if not re.fullmatch(PREC.get(f.get("precision"), "x"), str(f.get("value"))):
                err(name, f"{fid} date {f.get('value')} {f.get('precision')}")
        elif kind == "yearly_percent":
            if not isinstance(f["value"], dict) or not all(re.fullmatch(r"\d{4}", k) for k in f["value"]):
                err(name, f"{fid} by-year")
        elif kind in ("count", "money", "percent", "rank", "year"):
            if not isinstance(f.get("value"), (int, float)):
                err(name, f"{fid} not a number")
            if kind == "money" and f["value"] < 1e6:
                err(name, f"{fid} money not in plain dollars")
        elif kind == "list":
            if not isinstance(f.get("value"), list):
                err(name, f"{fid} not list")
        for k in ("by", "period"):
            if k in f and not isinstance(f[k], str):
                err(name, f"{fid} {k} not str")
    for slug, e in v.get("elections", {}).items():
        m = ELECTION.fullmatch(slug)
        if not m:
            err(name, f"elections slug {slug} is not BODY_YEAR with a known body")
        elif e.get("body") != BODIES[m.group(1)] or not str(e.get("date", "")).startswith(m.group(2)):
            err(name, f"elections.{slug} body {e.get('body')!r} / date {e.get('date')!r} do not match the slug")
    for slug in v.get("events", {}):
        if slug not in EVENTS:
            err(name, f"events slug {slug} not in records")
    for coll in ("elections", "events"):
        for slug, e in v.get(coll, {}).items():
            if not re.fullmatch(PREC.get(e.get("precision"), "x"), e["date"]) or e.get("status", "held" if coll == "events" else None) not in ("upcoming", "held"):
                err(name, f"{coll}.{slug} date/status")
    if not v.get("notes", "").startswith("Traps: "):
        err(name, "notes")
    # each layout carries the Updated date
    stem = name[: -len(".truth.json")]
    up = v["updated"]
    y, m, d = up.split("-")
    written = f"Updated {MONTHS[int(m) - 1]} {int(d)}, {y}"
    layouts = [p for p in path.parent.glob(stem + ".*") if not p.name.endswith(".truth.json")]
    if len(layouts) < 2:
        err(name, "fewer than two layouts")
    for p in layouts:
        txt = subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True).stdout if p.suffix == ".pdf" else p.read_text()
        if written not in txt[:3000]:
            err(p.name, f"'{written}' not near the top")
    # score.py with a perfect export
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["version", "fact_id", "value", "qualifier", "quote"])
        w.writeheader()
        for fid, f in v["facts"].items():
            val = f.get("value")
            if "family" in f:
                val = f"{f['family']} {f['given']}"
            elif isinstance(val, dict):
                val = "; ".join(f"{k}={x}" for k, x in val.items())
            elif isinstance(val, list):
                val = "; ".join(val)
            w.writerow({"version": up, "fact_id": fid, "value": val, "qualifier": f.get("qualifier", "exact"), "quote": ""})
        for coll in ("elections", "events"):
            for slug, e in v.get(coll, {}).items():
                w.writerow({"version": up, "fact_id": f"{coll}.{slug}.date", "value": e["date"], "qualifier": "exact"})
                if "status" in e:
                    w.writerow({"version": up, "fact_id": f"{coll}.{slug}.status", "value": e["status"], "qualifier": "exact"})
    r = subprocess.run([sys.executable, "/work/shared/extract-dev/score.py", str(path), fh.name, "--only", up, "--name", stem], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or [r.stderr])[-1]
    # score.py reads an exported year-only date ("2019") as a number but keeps the truth's election and event
    # dates as text, so a year-precision election can never match there; eval_sets.py reads both sides alike.
    # Such a line, with the same year on both sides, is score.py's, not the truth's; anything else is an error.
    lines = r.stdout.strip().splitlines()[:-1]
    year_only = [x for x in lines if re.fullmatch(r"WRONG (elections|events)\.\w+\.date: got '(\d{4})', want '\2'  <- ''", x)]
    if r.returncode != 0 and not (year_only and len(year_only) == len(lines) and "recall 100%" in last):
        err(name, "score.py: " + r.stdout + r.stderr)
    elif year_only:
        last += f" (score.py cannot compare {len(year_only)} year-only election date(s): the perfect CSV gives them as written)"
    n_el = sum(len(v.get(c, {})) for c in ("elections", "events"))
    print(f"{stem}: {len(v['facts'])} facts, {n_el} elections/events; layouts {sorted(p.name[len(stem):] for p in layouts)}; {last}")


for s in sys.argv[1:] or ["tune", "holdout"]:
    for p in sorted((OUT / s).glob("*.truth.json")):
        check(p)
print("\n".join(errors) or "all valid")
sys.exit(1 if errors else 0)
