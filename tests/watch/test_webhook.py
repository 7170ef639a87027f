"""`check --notify URL`: findings POSTed as JSON to a webhook on 127.0.0.1, once per fingerprint."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.conftest import Run, serve_in_background, snapshot_files
from usjapan_facts.checks import CheckResult, Finding
from usjapan_facts.notify import NotifyError, notify, payloads
from usjapan_facts.store import SnapshotStore


class _Hook(BaseHTTPRequestHandler):
    """Records each POST; `/fail-after/N` accepts N then answers 500, `/slow` answers late."""

    received: ClassVar[list[tuple[str, str, Any]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        accepted = [entry for entry in self.received if entry[0] == self.path]
        status = 200
        if self.path.startswith("/fail-after/") and len(accepted) >= int(self.path.rsplit("/", 1)[1]):
            status = 500
        elif self.path == "/slow":
            time.sleep(2)
        if status == 200:
            self.received.append((self.path, self.headers["Content-Type"], json.loads(body)))
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def hook() -> Iterator[str]:
    """A webhook receiver on 127.0.0.1; yields its base URL."""
    _Hook.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    serve_in_background(server)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def stale_store(tmp_path: Path, real_store: SnapshotStore) -> Path:
    """A store of the 2022-07-21 snapshot alone: checked in 2026, it has several major stale findings."""
    root = tmp_path / "store"
    root.mkdir()
    shutil.copy(real_store.root / "2022-07-21.json", root)
    return root


def test_notify_posts_each_failing_finding_as_json_with_a_text(
    run: Run, hook: str, stale_store: Path, tmp_path: Path
) -> None:
    """One POST per failing finding, JSON with a Slack-style `text` and the finding; exit code unchanged (1)."""
    report = tmp_path / "check.json"
    command = f"usjapan-facts --snapshots-dir {stale_store} check --as-of 2026-11-27 --output-json {report}"
    result = run(f"{command} --notify {hook}/hook")
    assert result.code == 1
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    failing = [f["fingerprint"] for f in findings if f["severity"] == "major"]
    assert len(failing) >= 2
    assert [body["fingerprint"] for _, _, body in _Hook.received] == failing
    for path, content_type, body in _Hook.received:
        assert (path, content_type) == ("/hook", "application/json; charset=utf-8")
        assert body["fingerprint"] in body["text"]
        assert body["finding"]["message"] in body["text"]
        assert body["text"].startswith("IF10199 major stale")
    assert f"notified {hook}/hook: {len(failing)} finding(s)" in result.stderr


def test_notify_sends_nothing_when_nothing_fails(run: Run, hook: str, stale_store: Path) -> None:
    """No finding at or above --fail-on: no POST at all, exit 0."""
    result = run(f"usjapan-facts --snapshots-dir {stale_store} check --as-of 2022-08-01 --notify {hook}/hook")
    assert result.code == 0
    assert _Hook.received == []


def test_failing_webhook_exits_2_and_loses_nothing(run: Run, hook: str, stale_store: Path, tmp_path: Path) -> None:
    """A webhook that fails after one POST: exit 2, one line naming it, the report still whole, the store untouched."""
    before = snapshot_files(stale_store)
    report = tmp_path / "check.json"
    base = f"usjapan-facts --snapshots-dir {stale_store} check --as-of 2026-11-27 --output-json {report}"
    quiet = run(base)
    result = run(f"{base} --notify {hook}/fail-after/1")
    assert result.code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"usjapan-facts: error: {hook}/fail-after/1: the webhook answered HTTP 500")
    assert "1 of " in line
    assert result.stdout == quiet.stdout
    assert json.loads(report.read_text(encoding="utf-8"))["findings"]
    assert len(_Hook.received) == 1
    assert snapshot_files(stale_store) == before


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("/slow --timeout 0.1", "did not answer within 0.1 seconds"),
        ("http://127.0.0.1:9/closed", "cannot be reached"),
        ("file:///etc/passwd", "must be an http(s) URL"),
    ],
)
def test_webhook_trouble_exits_2(run: Run, hook: str, stale_store: Path, target: str, message: str) -> None:
    """A slow, closed or non-http webhook: exit 2 with one clear line, like a brief that cannot be fetched."""
    url = f"{hook}{target}" if target.startswith("/") else target
    result = run(f"usjapan-facts --snapshots-dir {stale_store} check --as-of 2026-11-27 --notify {url}")
    assert result.code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_payloads_go_once_per_fingerprint() -> None:
    """Two findings with one fingerprint make one payload; findings below fail_on make none."""
    same = Finding("stale", "major", "politics.next_diet_election_due", "deadline passed", "2022-07-21")
    minor = Finding("stale", "minor", "trade.us_exports_to_japan", "old data", "2022-07-21")
    result = CheckResult(dt.date(2026, 11, 27), "major", (same, same, minor))
    assert [body["fingerprint"] for body in payloads(result)] == [same.fingerprint]
    sent: list[dict[str, Any]] = []

    def post(url: str, body: dict[str, Any], timeout: float) -> int:
        sent.append(body)
        return 200

    delivery = notify(result, "http://example.invalid/", post=post)
    assert delivery.delivered == (same.fingerprint,)
    assert len(sent) == 1


def test_notify_error_counts_what_was_delivered() -> None:
    """The first refusal stops the run and says how many payloads went out before it."""
    from usjapan_facts.extract.sources import SourceError

    findings = tuple(Finding("stale", "major", f"events.e{i}", f"message {i}", "2022-07-21") for i in range(3))
    result = CheckResult(dt.date(2026, 11, 27), "major", findings)
    calls: list[str] = []

    def post(url: str, body: dict[str, Any], timeout: float) -> int:
        if calls:
            raise SourceError(f"{url}: refused")
        calls.append(body["fingerprint"])
        return 200

    with pytest.raises(NotifyError, match="1 of 3 findings delivered"):
        notify(result, "http://hook.invalid/", post=post)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://hooks.slack.com/services/T0/B0/XyZ", "https://hooks.slack.com/services/***/***/***"),
        ("https://discord.com/api/webhooks/123/abcDEF", "https://discord.com/api/webhooks/***/***"),
        ("https://example.test/notify?token=abc&room=1", "https://example.test/notify?token=***&room=***"),
        ("https://example.test/hook#frag", "https://example.test/hook#***"),
        (
            "https://api.telegram.org/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/send",
            "https://api.telegram.org/***/send",
        ),
        ("https://u:p@example.test/x", "https://example.test/x"),
        ("http://127.0.0.1:8080/hook", "http://127.0.0.1:8080/hook"),
    ],
)
def test_shown_webhook_masks_the_secrets_of_a_url(url: str, shown: str) -> None:
    """Query values, fragments, token segments and anything after a known webhook prefix are never shown."""
    from usjapan_facts.posting import shown_webhook

    assert shown_webhook(url) == shown
