"""`usjapan-facts fetch` as typed in a watch folder: the API, congress.gov, a mirror and a slow host, on 127.0.0.1."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022, Run
from tests.sources_servers import (
    CHALLENGE,
    HTML,
    PDF,
    Stage,
    api_answer,
    brief_pdf,
    drip,
    serving,
    write_fetch_settings,
)

KEY = "test-key-0123456789"
API_PATH = "/api/v3/crsreport/IF10199"
PAGE = "/congress/crs_external_products/IF/HTML/IF10199.html"


def _pdf_path(version: int) -> str:
    return f"/congress/crs_external_products/IF/PDF/IF10199/IF10199.{version}.pdf"


@pytest.fixture
def stage() -> Iterator[Stage]:
    with serving() as stage:
        yield stage


@pytest.fixture
def watch(tmp_path: Path, run: Run, stage: Stage, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `init`ed watch whose store ends at 2022-03-30, its sources on 127.0.0.1, as the working directory."""
    folder = tmp_path / "watch"
    assert run(f"usjapan-facts init {folder}").code == 0
    for path in (folder / "snapshots").iterdir():
        if path.stem >= "2022-07-21":
            path.unlink()
    write_fetch_settings(folder, stage.base, timeout=20)
    monkeypatch.chdir(folder)
    return folder


def _fetch(run: Run, *args: str, key: str | None = KEY) -> tuple[int, dict[str, object] | None, list[str]]:
    done = run(" ".join(("usjapan-facts fetch --out new", *args)), env={"CONGRESS_API_KEY": key or ""})
    line = json.loads(done.stdout) if done.stdout.strip() else None
    return done.code, line, done.stderr.splitlines()


def test_fetch_takes_the_pdf_the_api_names_and_prints_one_json_line(run: Run, watch: Path, stage: Stage) -> None:
    """API names version 41 with its PDF: exit 1, the PDF written to --out, and one JSON line saying so."""
    pdf = brief_pdf(41)
    stage.routes[API_PATH] = (200, {"Content-Type": "application/json"}, api_answer(41, "2022-07-22", [
        ("PDF", f"{stage.base}{_pdf_path(41)}"), ("HTML", f"{stage.base}{PAGE}")]))  # fmt: skip
    stage.routes[_pdf_path(41)] = (200, PDF, pdf)
    code, line, _ = _fetch(run)
    assert code == 1
    assert line == {"brief": "IF10199", "version": 41, "updated": "2022-07-21", "source": "api",
                    "url": f"{stage.base}{_pdf_path(41)}", "path": "new/IF10199-2022-07-21.pdf"}  # fmt: skip
    assert (watch / "new" / "IF10199-2022-07-21.pdf").read_bytes() == pdf
    assert stage.seen[0].path == f"{API_PATH}?format=json&api_key={KEY}"
    assert PAGE not in stage.paths()


def test_check_reads_the_pdf_fetch_wrote(run: Run, watch: Path, stage: Stage) -> None:
    """What the weekly job does next: `check --brief` on the fetched PDF compares it (exit 0 or 1, not 2)."""
    stage.routes[API_PATH] = (200, {}, api_answer(41, "2022-07-22", [("PDF", f"{stage.base}{_pdf_path(41)}")]))
    stage.routes[_pdf_path(41)] = (200, PDF, brief_pdf(41))
    assert _fetch(run)[0] == 1
    done = run("usjapan-facts check --brief new/IF10199-2022-07-21.pdf --format json --fail-on invalid")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["compared"] == ["2022-03-30", "2022-07-21"]


def test_fetch_passes_over_a_stale_pdf_link_and_cloudflare_challenges_to_the_mirror(
    run: Run, watch: Path, stage: Stage
) -> None:
    """Stale PDF link skipped, 403 challenge and 200 challenge refused, the mirror's PDF taken; no challenge saved."""
    stage.routes[API_PATH] = (200, {}, api_answer(41, "2022-07-22", [
        ("PDF", f"{stage.base}{_pdf_path(40)}"), ("HTML", f"{stage.base}{PAGE}")]))  # fmt: skip
    stage.routes[PAGE] = (403, HTML, CHALLENGE)
    stage.routes[_pdf_path(41)] = (200, HTML, CHALLENGE)
    old = {"date": "2022-03-30T00:00:00", "formats": [{"format": "PDF", "filename": "files/old.pdf"}]}
    new = {"date": "2022-07-21T00:00:00", "formats": [{"format": "HTML", "filename": "files/new.html"},
                                                      {"format": "PDF", "filename": "files/new.pdf"}]}  # fmt: skip
    index = {"versions": [old, new]}
    stage.routes["/mirror/reports/IF10199.json"] = (
        200,
        {"Content-Type": "application/json"},
        json.dumps(index).encode(),
    )
    stage.routes["/mirror/files/new.pdf"] = (200, PDF, brief_pdf(41))
    code, line, _ = _fetch(run)
    assert code == 1
    assert line is not None
    assert (line["source"], line["url"], line["version"]) == ("mirror", f"{stage.base}/mirror/files/new.pdf", 41)
    assert _pdf_path(40) not in stage.paths()
    assert [path.name for path in (watch / "new").iterdir()] == ["IF10199-2022-07-21.pdf"]
    assert (watch / "new" / "IF10199-2022-07-21.pdf").read_bytes().startswith(b"%PDF-")


def test_fetch_with_every_source_failing_says_why_for_each_and_names_the_unreadable_version(
    run: Run, watch: Path, stage: Stage
) -> None:
    """All refuse: exit 2, one stderr line per source and why, the version the API named on stdout, nothing written."""
    stage.routes[API_PATH] = (200, {}, api_answer(41, "2022-07-22", [("PDF", f"{stage.base}{_pdf_path(40)}")]))
    stage.routes[PAGE] = (403, HTML, CHALLENGE)
    stage.routes[_pdf_path(41)] = (200, HTML, CHALLENGE)
    code, line, errors = _fetch(run)
    assert code == 2
    assert line == {"brief": "IF10199", "version": 41, "updated": "2022-07-22", "source": None, "url": None,
                    "path": None}  # fmt: skip
    assert errors == [
        f"usjapan-facts: fetch: api {stage.base}{API_PATH}?format=json: names version 41 (2022-07-22)",
        f"usjapan-facts: fetch: api {stage.base}{_pdf_path(40)}: a stale PDF link: it names version 40, not 41",
        f"usjapan-facts: fetch: congress {stage.base}{_pdf_path(41)}: answered with a Cloudflare challenge page "
        "('Just a moment...'), not the brief",
        f"usjapan-facts: fetch: congress {stage.base}{PAGE}: HTTP 403 with a Cloudflare challenge page "
        "('Just a moment...'), not the brief",
        f"usjapan-facts: fetch: mirror {stage.base}/mirror/reports/IF10199.json: HTTP 404",
    ]
    assert not (watch / "new").exists()


def test_fetch_with_a_bad_key_goes_on_to_congress_gov_and_never_shows_the_key(
    run: Run, watch: Path, stage: Stage
) -> None:
    """A refused key costs only the API: the brief's page is taken; the key is in no output and no file."""
    error = {"error": {"code": "API_KEY_INVALID", "message": "An invalid api_key was supplied."}}
    stage.routes[API_PATH] = (403, {"Content-Type": "application/json"}, json.dumps(error).encode())
    stage.routes[PAGE] = (200, HTML, (BRIEF_2022.parent / "IF10199-2022-07-21.html").read_bytes())
    done = run("usjapan-facts fetch --out new", env={"CONGRESS_API_KEY": KEY})
    assert done.code == 1, done.stderr
    line = json.loads(done.stdout)
    assert (line["source"], line["version"], line["updated"]) == ("congress", None, "2022-07-21")
    assert KEY not in done.stdout + done.stderr
    assert all(KEY not in path.read_text("utf-8") for path in (watch / ".usjapan-facts").iterdir())


def test_fetch_rate_limited_and_refused_everywhere_exits_2_with_each_reason(
    run: Run, watch: Path, stage: Stage
) -> None:
    """HTTP 429 from the API and challenges elsewhere: exit 2, the rate limit named, no JSON line (no version known)."""
    limit = {"error": {"code": "OVER_RATE_LIMIT", "message": "You have exceeded your rate limit."}}
    stage.routes[API_PATH] = (429, {"Retry-After": "3600"}, json.dumps(limit).encode())
    stage.routes[PAGE] = (200, HTML, CHALLENGE)
    code, line, errors = _fetch(run)
    assert (code, line) == (2, None)
    assert errors[0] == (
        f"usjapan-facts: fetch: api {stage.base}{API_PATH}?format=json: HTTP 429: over the API's rate limit "
        "(OVER_RATE_LIMIT You have exceeded your rate limit.); try again later"
    )
    assert errors[1].endswith(f"{PAGE}: answered with a Cloudflare challenge page ('Just a moment...'), not the brief")
    assert len(errors) == 3


def test_a_version_saved_from_its_pdf_is_not_fetched_as_new_again(run: Run, watch: Path, stage: Stage) -> None:
    """Fetch version 41's PDF, save it (its snapshot has no version number): the next fetch exits 0, not 1."""
    stage.routes[API_PATH] = (200, {}, api_answer(41, "2022-07-25", [("PDF", f"{stage.base}{_pdf_path(41)}")]))
    stage.routes[_pdf_path(41)] = (200, PDF, brief_pdf(41))
    assert _fetch(run)[0] == 1
    assert run("usjapan-facts extract new/IF10199-2022-07-21.pdf --save").code == 0
    (watch / "new" / "IF10199-2022-07-21.pdf").unlink()
    code, line, errors = _fetch(run)
    assert (code, line) == (0, None)
    assert errors == [f"IF10199: nothing newer than the stored version (api: {stage.base}{_pdf_path(41)})"]
    assert list((watch / "new").iterdir()) == []


def _store_up_to_version_40(watch: Path) -> None:
    shipped = Path(__file__).parents[2] / "snapshots" / "IF10199"
    for path in shipped.glob("*.json"):
        if "2022-07-21" <= path.stem <= "2024-11-05":
            (watch / "snapshots" / path.name).write_bytes(path.read_bytes())


def test_fetch_trusts_the_version_number_not_a_reset_date(run: Run, watch: Path, stage: Stage) -> None:
    """Store ends at version 40; the API says 40 with a date reset to 2026 (#322): exit 0, no text downloaded."""
    _store_up_to_version_40(watch)
    stage.routes[API_PATH] = (200, {}, api_answer(40, "2026-03-08", [("PDF", f"{stage.base}{_pdf_path(40)}")]))
    code, line, errors = _fetch(run)
    assert (code, line) == (0, None)
    assert stage.paths() == [API_PATH]
    assert errors == ["IF10199: nothing newer than the stored version"]


def test_the_api_is_asked_conditionally_and_a_damaged_memory_is_forgotten(run: Run, watch: Path, stage: Stage) -> None:
    """Second fetch: If-None-Match to the API, 304, exit 0; a damaged memory file costs only the condition."""
    _store_up_to_version_40(watch)
    answer = api_answer(40, "2024-11-05", [("PDF", f"{stage.base}{_pdf_path(40)}")])
    stage.routes[API_PATH] = (200, {"ETag": '"api-40"'}, answer)
    assert _fetch(run)[0] == 0
    assert _fetch(run)[0] == 0
    assert stage.seen[-1].headers.get("if-none-match") == '"api-40"'
    assert stage.seen[-1].status == 304
    memory = watch / ".usjapan-facts" / "fetch-memory.json"
    memory.write_text('{"' + f"{stage.base}{API_PATH}?format=json" + '": {"etag": "x", "release": 3}}')
    assert _fetch(run)[0] == 0
    assert "if-none-match" not in stage.seen[-1].headers
    assert stage.seen[-1].status == 200


@pytest.mark.parametrize(
    ("validator", "condition"),
    [("ETag", "if-none-match"), ("Last-Modified", "if-modified-since")],
)
def test_second_fetch_of_an_unchanged_brief_sends_a_conditional_request_and_downloads_nothing(
    run: Run, watch: Path, stage: Stage, validator: str, condition: str
) -> None:
    """Fetch, save, fetch again: the second asks with the page's validator, gets 304, exits 0 with nothing written."""
    value = '"v-2022-07-21"' if validator == "ETag" else "Thu, 21 Jul 2022 14:00:00 GMT"
    page = (BRIEF_2022.parent / "IF10199-2022-07-21.html").read_bytes()
    stage.routes[PAGE] = (200, {**HTML, validator: value}, page)
    code, line, _ = _fetch(run, key=None)
    assert code == 1
    assert line is not None
    assert run(f"usjapan-facts extract {line['path']} --save").code == 0
    (watch / str(line["path"])).unlink()
    again, nothing, errors = _fetch(run, key=None)
    assert (again, nothing) == (0, None)
    assert stage.seen[-1].headers.get(condition) == value
    assert (stage.seen[-1].status, stage.seen[-1].sent) == (304, 0)
    assert list((watch / "new").iterdir()) == []
    assert errors == [f"IF10199: nothing newer than the stored version (congress: {stage.base}{PAGE})"]


def test_fetch_keeps_its_deadline_against_a_dripping_host(run: Run, watch: Path, stage: Stage) -> None:
    """A template whose host drips its body a byte at a time: --timeout 0.4 ends the whole chain in time."""
    settings = watch / "usjapan-facts.toml"
    settings.write_text(
        settings.read_text("utf-8").replace("templates = []", f'templates = ["{stage.base}/drip/{{brief}}"]')
    )
    stage.routes["/drip/IF10199"] = drip
    stage.routes[PAGE] = (404, HTML, b"<html><head><title>Page Not Found</title></head><body>gone</body></html>")
    started = time.monotonic()
    code, _, errors = _fetch(run, "--timeout", "0.4", key=None)
    assert time.monotonic() - started < 2.9
    assert code == 2
    assert errors[-1].startswith(
        f"usjapan-facts: fetch: template {stage.base}/drip/IF10199: cut off by the 0.4-second deadline for all sources"
    )
    assert any("not asked: no key in CONGRESS_API_KEY" in line for line in errors)
