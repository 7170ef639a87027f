"""`extract --save` keeps the version's text; `diff --text OLD NEW` compares two kept texts word by word."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Run
from tests.site_fixture import DELETED, FIRST, INSERTED, SECOND
from usjapan_facts.textdiff import render_terminal, text_diff, word_diff

RED = "\x1b[31m"


@pytest.fixture
def texts_store(tmp_path: Path, run: Run) -> Path:
    """A store of two versions saved by `extract --save` from the fixture's Markdown texts."""
    store = tmp_path / "store"
    for name, text in (("first.md", FIRST), ("second.md", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        saved = run(f"usjapan-facts --snapshots-dir {store} extract {tmp_path / name} --save")
        assert saved.code == 0, saved.stderr
        assert f"kept its text in {store / 'texts'}" in saved.stderr
    return store


def test_diff_text_marks_deleted_and_inserted_words_without_colour(run: Run, texts_store: Path) -> None:
    """Off a terminal the changes read [-deleted-] and {+inserted+}; no escape sequence is printed."""
    result = run(f"usjapan-facts --snapshots-dir {texts_store} diff --text 2023-03-01 2024-05-01")
    assert (result.code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[:2] == ["--- 2023-03-01", "+++ 2024-05-01"]
    assert f"~ Tokyo and Washington meet [-often-]{{+{INSERTED}+}} in regional forums" in result.stdout
    assert f"[-and {DELETED} -]" in result.stdout
    assert "\x1b[" not in result.stdout


def test_diff_text_exit_code_says_whether_the_texts_differ(run: Run, texts_store: Path) -> None:
    """With --exit-code: 1 when the texts differ, 0 for a version against itself (all of it folded)."""
    differ = run(f"usjapan-facts --snapshots-dir {texts_store} diff --text 2023 2024 --exit-code")
    same = run(f"usjapan-facts --snapshots-dir {texts_store} diff --text 2024 2024 --exit-code")
    assert differ.code == 1
    assert (same.code, same.stdout) == (0, "--- 2024-05-01\n+++ 2024-05-01\n  ... 8 unchanged lines ...\n")


@pytest.mark.parametrize("old", ["./2023-03-01.json", "2023-03-01.json", "snapshots/IF10199/2023-03-01.json"])
def test_diff_text_with_a_snapshot_file_says_it_needs_stored_versions(run: Run, texts_store: Path, old: str) -> None:
    """A snapshot file has no kept text: one line says --text takes stored versions, exit 2, nothing printed."""
    result = run(f"usjapan-facts --snapshots-dir {texts_store} diff --text {old} latest")
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "usjapan-facts: error: --text compares the texts kept with stored versions: give two VERSIONs (dates, "
        f"'latest', 'previous'), not a snapshot file ({old!r}) (see 'usjapan-facts diff --help')"
    ]
    assert "is not a version" not in result.stderr


def _in_terminal(command: list[str], env: dict[str, str]) -> str:
    """Run a command with its stdout on a pseudo-terminal and return what it printed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(command, stdout=follower, stderr=subprocess.DEVNULL, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_diff_text_colours_only_on_a_terminal_without_no_color(texts_store: Path) -> None:
    """On a terminal deletions are red and insertions green; NO_COLOR brings the plain marks back."""
    command = [sys.executable, "-m", "usjapan_facts", "--snapshots-dir", str(texts_store), "diff", "--text",
               "2023-03-01", "2024-05-01"]  # fmt: skip
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    coloured = _in_terminal(command, env)
    assert RED in coloured
    assert "[-" not in coloured
    plain = _in_terminal(command, {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain
    assert f"{{+{INSERTED}+}}" in plain


def test_diff_text_without_a_kept_text_names_the_file(run: Run) -> None:
    """The shipped store keeps no text: exit 2, one line naming the missing texts/DATE.txt."""
    result = run("usjapan-facts diff --text 2022-07-21 2023-01-11")
    assert result.code == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "texts/2022-07-21.txt: no text kept for version 2022-07-21" in result.stderr


def test_diff_text_refuses_an_altered_text(run: Run, texts_store: Path) -> None:
    """A kept text edited after it was saved no longer matches its SHA-256: exit 2, nothing shown."""
    kept = texts_store / "texts" / "2024-05-01.txt"
    kept.write_text(kept.read_text(encoding="utf-8") + "An added line.\n", encoding="utf-8")
    result = run(f"usjapan-facts --snapshots-dir {texts_store} diff --text 2023-03-01 2024-05-01")
    assert (result.code, result.stdout) == (2, "")
    assert "2024-05-01.txt: its SHA-256 does not match 2024-05-01.json" in result.stderr


def test_word_diff_marks_only_the_words_that_changed() -> None:
    """A replaced figure is one deletion and one insertion; the words around it stay unmarked."""
    pieces = word_diff("troops number around 54,000 in Japan.", "troops number over 50,000 in Japan.")
    assert [(piece.op, piece.text) for piece in pieces] == [
        ("equal", "troops number "),
        ("delete", "around 54,000"),
        ("insert", "over 50,000"),
        ("equal", " in Japan."),
    ]


def test_text_diff_keeps_a_dropped_sentence_apart_from_its_neighbour() -> None:
    """A sentence dropped next to a reworded one is a whole deletion of its own, not merged into the other."""
    rows = text_diff("A b c d e.\nThe rank is fourth.\nTail.\n", "A b c x e.\nTail.\n")
    changed = [row for row in rows if not row.same]
    assert [[(p.op, p.text) for p in row.pieces] for row in changed] == [
        [("equal", "A b c "), ("delete", "d"), ("insert", "x"), ("equal", " e.")],
        [("delete", "The rank is fourth.")],
    ]
    assert render_terminal(rows) == "~ A b c [-d-]{+x+} e.\n- [-The rank is fourth.-]\n  Tail.\n"


def test_render_terminal_folds_long_shared_stretches() -> None:
    """Shared lines away from any change are folded into one count; one line of context stays."""
    old = "".join(f"Line {n}.\n" for n in range(10))
    new = old.replace("Line 5.", "Line five.")
    shown = render_terminal(text_diff(old, new))
    assert (
        shown
        == "  ... 4 unchanged lines ...\n  Line 4.\n~ Line [-5-]{+five+}.\n  Line 6.\n  ... 3 unchanged lines ...\n"
    )


@pytest.mark.parametrize("damage", ["a line appended to the text", "its record deleted", "its text deleted"])
def test_validate_reports_a_kept_text_that_was_altered_or_orphaned(run: Run, tmp_path: Path, damage: str) -> None:
    """`validate` (and so the CI gate) checks each kept text against its SHA-256, as `site` and `diff --text` do."""
    from tests.conftest import BRIEF_2022

    store = tmp_path / "store"
    assert run(f"usjapan-facts --snapshots-dir {store} extract {BRIEF_2022} --save").code == 0
    text = store / "texts" / "2022-07-21.txt"
    assert run(f"usjapan-facts --snapshots-dir {store} validate").code == 0
    if damage == "a line appended to the text":
        text.write_text(text.read_text(encoding="utf-8") + "Planted.\n", encoding="utf-8")
    elif damage == "its record deleted":
        text.with_suffix(".json").unlink()
    else:
        text.unlink()
    result = run(f"usjapan-facts --snapshots-dir {store} validate")
    assert result.code == 1
    assert "texts/2022-07-21." in result.stdout
    assert "Traceback" not in result.stderr
