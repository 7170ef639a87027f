"""The pieces under `fetch`: the DNS lookup inside the deadline, challenge pages known by content, [fetch] settings."""

from __future__ import annotations

import socket
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run
from tests.sources_servers import CHALLENGE, api_answer, serving
from usjapan_facts.config import ConfigError, FetchSettings, configured_fetch
from usjapan_facts.extract.sources import SourceError, fetch
from usjapan_facts.extract.sources.pages import challenge_or_error
from usjapan_facts.store import SnapshotStore


def test_a_hanging_dns_lookup_ends_with_the_fetch_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """getaddrinfo that takes 5 s: a fetch with a 0.25 s timeout gives up in time, saying so."""
    real = socket.getaddrinfo

    def slow(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "slow-dns.test":
            time.sleep(5)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", slow)
    started = time.monotonic()
    with pytest.raises(SourceError, match=r"^http://slow-dns\.test/brief: no answer within 0\.25 seconds$"):
        fetch("http://slow-dns.test/brief", timeout=0.25)
    assert time.monotonic() - started < 1.25


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (CHALLENGE, "a Cloudflare challenge page ('Just a moment...'), not the brief"),
        (b"<html><head><title>Access Denied</title></head></html>", "an error page ('Access Denied'), not the brief"),
        (
            b"<html><head><title>503 Service Unavailable</title></head></html>",
            "an error page ('503 Service Unavailable'), not the brief",
        ),
        (b"<html><head><title>U.S.-Japan Relations</title></head><body>Updated July 21, 2022</body></html>", None),
        (
            b"<html><head><title>U.S.-Japan Relations</title></head><body>Updated July 21, 2022"
            b"<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script></body></html>",
            None,
        ),
    ],
)
def test_challenge_and_error_pages_are_known_by_content(body: bytes, expected: str | None) -> None:
    """A challenge or error page is named whatever its status; the brief's own page is not."""
    assert challenge_or_error(body) == expected


def test_fetch_settings_are_found_above_the_working_directory(tmp_path: Path) -> None:
    """[fetch] of the nearest usjapan-facts.toml, from a folder inside the watch: order, bases and templates."""
    (tmp_path / "usjapan-facts.toml").write_text(
        '[fetch]\norder = ["mirrors", "congress"]\ncongress_base = "http://proxy.test/cg/"\n'
        'templates = ["https://files.test/{brief}.{version}.pdf"]\ntimeout = 5\n',
        encoding="utf-8",
    )
    inside = tmp_path / "snapshots" / "deeper"
    inside.mkdir(parents=True)
    assert configured_fetch(inside) == FetchSettings(
        order=("mirrors", "congress"),
        congress_base="http://proxy.test/cg",
        templates=("https://files.test/{brief}.{version}.pdf",),
        timeout=5.0,
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('order = ["api", "ftp"]', "order: should list some of api, congress, mirrors, templates"),
        ('api_base = "ftp://x"', "api_base: 'ftp://x' is not an http(s) URL"),
        ("timeout = -1", "timeout: should be seconds above 0 and up to 86400"),
        ('proxy = "x"', "proxy: not a setting"),
    ],
)
def test_bad_fetch_settings_are_one_line_naming_the_key(tmp_path: Path, table: str, message: str) -> None:
    """A [fetch] value that cannot work is a ConfigError naming the file and the key."""
    (tmp_path / "usjapan-facts.toml").write_text(f"[fetch]\n{table}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        configured_fetch(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'usjapan-facts.toml'}: [fetch] {message}")


def test_fetch_with_bad_settings_exits_2_and_writes_nothing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`fetch` in a folder whose [fetch] is broken: one line on stderr, exit 2, no output."""
    (tmp_path / "usjapan-facts.toml").write_text('snapshots_dir = "s"\n[fetch]\nmirrors = "x"\n', encoding="utf-8")
    (tmp_path / "s").mkdir()
    monkeypatch.chdir(tmp_path)
    done = run("usjapan-facts fetch --out new")
    assert done.code == 2
    assert done.stderr.endswith(f"{tmp_path / 'usjapan-facts.toml'}: [fetch] mirrors: should be a list of URLs\n")
    assert done.stdout == ""
    assert not (tmp_path / "new").exists()


def test_fetch_newest_version_is_the_library_door(tmp_path: Path, real_store: SnapshotStore) -> None:
    """`fetch_newest_version(store, settings=...)`: the API's version against the store's, nothing downloaded."""
    import usjapan_facts

    with serving() as stage:
        stage.routes["/api/v3/crsreport/IF10199"] = (200, {}, api_answer(49, "2026-10-01", []))
        settings = FetchSettings(api_base=f"{stage.base}/api/v3", congress_base=f"{stage.base}/cg", mirrors=())
        outcome = usjapan_facts.fetch_newest_version(real_store, settings=settings, key="k")
    assert (outcome.status, outcome.version) == ("current", 49)
    assert stage.paths() == ["/api/v3/crsreport/IF10199"]
