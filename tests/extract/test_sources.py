"""Reading a brief: files, standard input, and URLs served by a test server on 127.0.0.1."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import BRIEF_2022
from usjapan_facts.extract.sources import SourceError, fetch, read_source, shown_url


def test_file_is_read_as_utf8(tmp_path: Path) -> None:
    """A file path gives its text and its name."""
    source = read_source(str(BRIEF_2022))
    assert source.text == BRIEF_2022.read_text(encoding="utf-8")
    assert (source.name, source.url) == (str(BRIEF_2022), None)


def test_stdin_is_read() -> None:
    """'-' reads standard input."""
    assert read_source("-", stdin=io.BytesIO(b"Updated July 21, 2022")).text == "Updated July 21, 2022"


@pytest.mark.parametrize(
    ("content", "message"), [(b"\x00\x01binary", "is binary"), (b"\xff\xfe\xfa text", "is not UTF-8")]
)
def test_binary_or_non_utf8_file_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    """Bytes that are not UTF-8 text are refused, naming the file."""
    path = tmp_path / "brief.md"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        read_source(str(path))


def test_oversized_file_is_refused_by_its_size(tmp_path: Path) -> None:
    """A file over the limit is refused before it is read."""
    path = tmp_path / "big.md"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(SourceError, match="limit"):
        read_source(str(path), max_bytes=1000)


def test_missing_file_and_other_schemes_are_refused(tmp_path: Path) -> None:
    """A missing file, and a scheme other than http(s), are clear errors."""
    with pytest.raises(SourceError, match="no such file"):
        read_source(str(tmp_path / "absent.md"))
    with pytest.raises(SourceError, match="only files"):
        read_source("ftp://127.0.0.1/brief.md")


def test_url_is_fetched(brief_server: str) -> None:
    """An http URL gives the served text and records the URL."""
    source = read_source(f"{brief_server}/brief.md")
    assert source.text == BRIEF_2022.read_text(encoding="utf-8")
    assert source.url == f"{brief_server}/brief.md"


def test_redirect_within_http_is_followed(brief_server: str) -> None:
    """A redirect to another http URL is followed."""
    assert fetch(f"{brief_server}/to-brief").text.startswith("\n\n\n\nUpdated July 21, 2022")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/binary", "serves application/octet-stream, not text"),
        ("/pdf", "serves application/pdf"),
        ("/big", "over the"),
        ("/to-file", "file:///etc/passwd"),
        ("/to-ftp", "not an http\\(s\\) URL"),
    ],
)
def test_bad_responses_are_clear_errors(brief_server: str, path: str, message: str) -> None:
    """404, a binary or PDF type, an oversized body, a redirect to file:, each a SourceError naming the URL."""
    with pytest.raises(SourceError, match=message) as caught:
        fetch(f"{brief_server}{path}", max_bytes=5 * 1024 * 1024)
    assert brief_server in str(caught.value)


def test_slow_server_times_out(brief_server: str) -> None:
    """No answer within the timeout is a SourceError, not a hang."""
    with pytest.raises(SourceError, match=r"no answer within 0\.25 seconds"):
        fetch(f"{brief_server}/slow", timeout=0.25)


@pytest.mark.parametrize("timeout", [float("nan"), float("inf"), 0.0, -1.0, 1e300])
def test_timeout_that_is_no_deadline_is_refused(brief_server: str, timeout: float) -> None:
    """NaN, infinite, zero, negative or absurd timeouts are a SourceError, not a crash."""
    with pytest.raises(SourceError, match="timeout must be"):
        fetch(f"{brief_server}/brief.md", timeout=timeout)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://user:pw@example.org/x", "http://example.org/x"),
        ("https://user@example.org:8443/", "https://example.org:8443/"),
        ("http://user:pw@[::1/x", "http://[::1/x"),
        ("http://example.org/a\nb", "http://example.org/a\\nb"),
    ],
)
def test_shown_url_drops_credentials_and_escapes(url: str, shown: str) -> None:
    """A URL is shown without user name or password, parsable or not, control characters escaped."""
    assert shown_url(url) == shown
