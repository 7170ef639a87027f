"""Choose the text diff: quality and speed of difflib and diff-match-patch on a long pair of texts.

Run by hand from the repository root (diff-match-patch is not a dependency: `pip install diff-match-patch`
to include it; it is skipped when absent):

    python benchmarks/bench_textdiff.py [--words 20000] [--runs 3]

The pair is synthetic: sentences of invented words in the brief's register, one a line, with planted
edits (a word replaced in some sentences, whole sentences deleted and inserted). Quality is how many
words each method marks as deleted or inserted against the planted minimum (1.00 is perfect; more means
a reader sees unchanged words marked). Speed is the median time to compare; for the method the site
uses, also to lay out and render the whole text-diff page (the target: under a second at 20,000 words).
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import random
import statistics
import time
from collections.abc import Callable

from usjapan_facts.report.site import _environment
from usjapan_facts.report.site.textpage import compare_texts
from usjapan_facts.textdiff import TOKEN, text_diff

WORDS = str.split(
    "the alliance Japan Tokyo Washington defense security trade budget forces bases treaty Diet cabinet "
    "minister policy region partners cooperation capabilities spending investment exports imports talks "
    "officials analysts agreement framework summit islands maritime patrols missiles deterrence growth "
    "of and to in a on for with by as its their has have is are was were that which"
)


def vocabulary(rng: random.Random, size: int = 4000) -> tuple[list[str], list[float]]:
    """The words above and invented ones, drawn with Zipf's weights as in English prose."""
    syllables = ["ka", "to", "mi", "ra", "se", "no", "ha", "ku", "ri", "po", "ten", "sho", "dan", "vel", "mer"]
    words = list(WORDS)
    while len(words) < size:
        words.append("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return words, [1 / rank for rank in range(1, len(words) + 1)]


def make_pair(words: int, seed: int = 7) -> tuple[str, str, int]:
    """Two texts of about `words` words each, and the number of words the planted edits change."""
    rng = random.Random(seed)  # noqa: S311 (a repeatable sample, not a secret)
    vocab, weights = vocabulary(rng)
    old: list[str] = []
    count = 0
    while count < words:
        sentence = rng.choices(vocab, weights, k=rng.randint(12, 30))
        old.append(" ".join(sentence).capitalize() + ".")
        count += len(sentence)
    new: list[str] = []
    planted = 0
    for line in old:
        roll = rng.random()
        if roll < 0.02:  # the sentence is dropped
            planted += len(line.split())
            continue
        if roll < 0.04:  # a sentence is added after it
            added = " ".join(rng.choices(vocab, weights, k=15)).capitalize() + "."
            new += [line, added]
            planted += 15
            continue
        if roll < 0.10:  # one word is replaced
            tokens = line.split()
            at = rng.randrange(1, len(tokens) - 1)
            tokens[at] = "REPLACED"
            new.append(" ".join(tokens))
            planted += 2
            continue
        new.append(line)
    return "\n".join(old) + "\n", "\n".join(new) + "\n", planted


def marked_by_ours(old: str, new: str) -> int:
    rows = text_diff(old, new)
    return sum(len(piece.text.split()) for row in rows for piece in row.pieces if piece.op != "equal")


def marked_by_difflib_words(old: str, new: str) -> int:
    """difflib over the whole texts' words at once, with the heuristic that drops frequent words off."""
    a, b = TOKEN.findall(old), TOKEN.findall(new)
    marked = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b).get_opcodes():
        if tag != "equal":
            marked += sum(1 for token in a[i1:i2] + b[j1:j2] if token.strip())
    return marked


def marked_by_dmp(old: str, new: str) -> int:
    """diff-match-patch on words (each word mapped to one character, as its docs do for lines)."""
    from diff_match_patch import diff_match_patch  # noqa: PLC0415

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    table: dict[str, str] = {}

    def encode(text: str) -> str:
        return "".join(table.setdefault(token, chr(0x100 + len(table))) for token in TOKEN.findall(text))

    a, b = encode(old), encode(new)
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    words = {char: token for token, char in table.items()}
    return sum(1 for op, text in diffs if op != 0 for char in text if words[char].strip())


def timed(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    old, new, planted = make_pair(args.words)
    print(f"pair: {len(old.split()):,} and {len(new.split()):,} words; planted edits touch {planted} words")
    methods: list[tuple[str, Callable[[str, str], int]]] = [
        ("difflib, sentences then words (used)", marked_by_ours),
        ("difflib, all words at once", marked_by_difflib_words),
    ]
    if importlib.util.find_spec("diff_match_patch") is None:
        print("diff-match-patch: not installed, skipped (pip install diff-match-patch)")
    else:
        methods.append(("diff-match-patch, words, semantic cleanup", marked_by_dmp))
    print(f"{'method':<44} {'seconds':>8} {'marked':>7} {'x planted':>9}")
    for name, method in methods:
        seconds = timed(lambda method=method: method(old, new), args.runs)  # type: ignore[misc]
        marked = method(old, new)
        print(f"{name:<44} {seconds:>8.3f} {marked:>7} {marked / planted:>9.2f}")
    template = _environment().get_template("text.html.j2")

    def render() -> str:
        comparison = compare_texts("2025-01-01", "2026-01-01", old, new, [])
        common = {"root": "../", "brief": "IF10199", "brief_title": "U.S.-Japan Relations"}
        return template.render(comparison=comparison, **common)

    seconds = timed(render, args.runs)
    print(f"whole text-diff page laid out and rendered: {seconds:.3f} s ({len(render()):,} bytes of HTML)")


if __name__ == "__main__":
    main()
