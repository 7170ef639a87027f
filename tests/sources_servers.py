"""Servers on 127.0.0.1 that play the Congress.gov API, congress.gov behind Cloudflare, a mirror and a slow host.

One server serves every role under its own path prefix (/api, /congress, /mirror, /drip); a test sets the
routes it needs and reads back which requests came, with their headers.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

from tests.conftest import BRIEF_2022, serve_in_background

Route = tuple[int, dict[str, str], bytes]
CHALLENGE = (
    b"<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
    b"<meta name='robots' content='noindex,nofollow'></head><body><div class='main-content'>"
    b"<noscript>Enable JavaScript and cookies to continue</noscript>"
    b"<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script></div></body></html>"
)
HTML = {"Content-Type": "text/html; charset=UTF-8"}
PDF = {"Content-Type": "application/pdf"}


def brief_pdf(version: int, cover: str = "Updated July 21, 2022") -> bytes:
    """A two-page-like PDF of the 2022-07-21 brief's opening, with the CRS footer naming `version`."""
    import textwrap

    from fpdf import FPDF

    text = BRIEF_2022.read_text(encoding="utf-8")
    overview = text.split("### Overview", 1)[1].split("###", 1)[0].strip()
    plain = overview.replace("\u2014", "-").replace("\u2019", "'").encode("latin-1", "replace").decode("latin-1")
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.text(15, 15, cover)
    pdf.text(15, 22, "U.S.-Japan Relations")
    for row, line in enumerate(textwrap.wrap(plain, 110)):
        pdf.text(15, 32 + 4.5 * row, line)
    pdf.text(15, 260, f"https://crsreports.congress.gov IF10199 \xb7 VERSION {version} \xb7 UPDATED")
    return bytes(pdf.output())


def api_answer(version: int, updated: str, formats: list[tuple[str, str]]) -> bytes:
    """The JSON the API gives for /v3/crsreport/IF10199 (the fields the watch reads)."""
    report = {
        "id": "IF10199",
        "version": version,
        "status": "Active",
        "contentType": "Resources",
        "publishDate": "2025-03-08T04:26:55Z",
        "updateDate": f"{updated}T10:00:00Z",
        "title": "U.S.-Japan Relations",
        "authors": [{"author": "An Author"}],
        "formats": [{"format": kind, "url": url} for kind, url in formats],
    }
    return json.dumps({"CRSReport": report}).encode("utf-8")


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    status: int
    sent: int


@dataclass
class Stage:
    """The routes of one test, and the requests the server saw."""

    base: str
    routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], None]] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def paths(self) -> list[str]:
        return [item.path.split("?")[0] for item in self.seen]


class _Handler(BaseHTTPRequestHandler):
    stage: ClassVar[Stage]

    def do_GET(self) -> None:
        route = self.stage.routes.get(self.path.split("?")[0] if self.path.startswith("/api/") else self.path)
        headers = {name.lower(): value for name, value in self.headers.items()}
        if callable(route):
            self.stage.seen.append(Seen(self.path, headers, 200, -1))
            with contextlib.suppress(OSError):
                route(self)
            return
        status, extra, body = route or (404, HTML, b"<html><head><title>404 Not Found</title></head></html>")
        etag, modified = extra.get("ETag"), extra.get("Last-Modified")
        if (etag is not None and headers.get("if-none-match") == etag) or (
            modified is not None and headers.get("if-modified-since") == modified
        ):
            status, body = 304, b""
        self.stage.seen.append(Seen(self.path, headers, status, len(body)))
        self.send_response(status)
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def drip(handler: BaseHTTPRequestHandler) -> None:
    """Answer 200 at once, then send the body a byte every quarter second: no single read ever times out."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Length", "1000")
    handler.end_headers()
    for _ in range(1000):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.25)


@contextlib.contextmanager
def serving() -> Iterator[Stage]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    stage = Stage(f"http://127.0.0.1:{server.server_address[1]}")
    _Handler.stage = stage
    serve_in_background(server)
    try:
        yield stage
    finally:
        server.shutdown()
        server.server_close()


def write_fetch_settings(folder: Path, base: str, *, templates: tuple[str, ...] = (), timeout: float = 20) -> None:
    """Point a watch folder's [fetch] table at the test server's roles."""
    settings = folder / "usjapan-facts.toml"
    table = (
        "\n[fetch]\n"
        f'api_base = "{base}/api/v3"\n'
        f'congress_base = "{base}/congress"\n'
        f'mirrors = ["{base}/mirror"]\n'
        f"templates = {json.dumps(list(templates))}\n"
        f"timeout = {timeout}\n"
    )
    settings.write_text(settings.read_text(encoding="utf-8") + table, encoding="utf-8")
