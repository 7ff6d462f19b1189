"""Terminal tables (`-f table`, the default on a terminal): a header row, "undated"/"unknown"
instead of empty cells, nothing cut, Bengali wrapped at spaces only, a pronoun speaker with the
entity it was resolved to, every statement's id, and dates on both sides of a contradiction.
In a pipe the plain lines scripts parse stay as they were."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from ukti.write.terminal import Column, render, speaker_cell, statement_columns, widths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# an undated article with no outlet, a pronoun speaker and long Bengali sentences (written for this test)
ARTICLE = ("পৌরসভার পানি নিয়ে মেয়রের আশ্বাস\n\n"
           "পৌর মেয়র নাসির উদ্দিন বলেন, শহরের সব নলকূপ আগামী মাসের মধ্যে মেরামত করা হবে। "
           "তিনি বলেন, এ কাজে দুই কোটি টাকা খরচ হবে।\n\n"
           "স্থানীয় বাসিন্দা সেলিনা পারভীন বলেন, গত বছর কোনো নলকূপ মেরামত হয়নি।\n")


def ukti(*args: str, columns: int = 100) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([sys.executable, "-m", "ukti.cli", *args], capture_output=True, text=True, timeout=120,
                          env=env)


@pytest.fixture(scope="module")
def undated_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("tables")
    (folder / "pani.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(folder / "t.db")
    assert ukti("ingest", str(folder / "pani.txt"), "--db", db, "--jobs", "1").returncode == 0
    return db


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("tables-samples") / "s.db")
    assert ukti("ingest", str(EXAMPLES), "--db", db, "--jobs", "1").returncode == 0
    return db


def _last_column(table: str) -> list[str]:
    """The pieces of the table's last column, line by line (found by cells, as the terminal
    places them: a Bengali letter and its vowel sign take one cell together)."""
    from rich.cells import cell_len

    lines = table.splitlines()
    start = cell_len(lines[0].rstrip().rsplit(" ", 1)[0]) + 1
    pieces = []
    for line in lines[2:]:
        used = 0
        for k, ch in enumerate(line):
            if used >= start:
                pieces.append(line[k:].strip())
                break
            used += cell_len(ch)
    return pieces


def _starts_inside_a_syllable(line: str) -> bool:
    """Does any word of the line begin with a vowel sign, a virama or another combining mark
    (the tail of a Bengali syllable broken off the line before)?"""
    return any(unicodedata.category(w[0]) in ("Mn", "Mc") for w in line.split())


def test_statement_table_has_a_header_and_says_undated_and_unknown(undated_store: str) -> None:
    r = ukti("search", "নলকূপ", "--db", undated_store, "-f", "table")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["date", "outlet", "speaker", "stance", "said", "statement"]
    rows = [line for line in lines[2:] if line.strip() and not line.startswith(" ")]
    assert len(rows) == 2 and all(row.split()[:2] == ["undated", "unknown"] for row in rows)


def test_a_pronoun_speaker_shows_whom_it_was_resolved_to(undated_store: str) -> None:
    r = ukti("search", "টাকা", "--db", undated_store, "-f", "table")
    assert "তিনি (Nasir Uddin)" in r.stdout, r.stdout
    named = ukti("search", "নলকূপ", "--db", undated_store, "-f", "table").stdout
    assert "নাসির উদ্দিন (" not in named  # a speaker named in the words gets no name beside it


def test_narrow_terminal_wraps_bengali_at_spaces_and_cuts_nothing(undated_store: str) -> None:
    import json

    found = ukti("search", "নলকূপ", "--db", undated_store, "-f", "json").stdout
    statements = [json.loads(x) for x in found.splitlines()]
    for width in (60, 80, 120):
        out = ukti("search", "নলকূপ", "--db", undated_store, "-f", "table", columns=width).stdout
        words = set(out.split())
        for s in statements:
            assert set(s["content"].split()) <= words and set(s["speaker_text"].split()) <= words, width
            assert f"{s['article_id']}-{s['statement_id']}" in "".join(_last_column(out))  # folded, never cut
        assert not any(_starts_inside_a_syllable(line) for line in out.splitlines()), out
        assert "…" not in out


def test_contradiction_table_dates_both_sides_and_says_why(sample_store: str) -> None:
    import json

    pairs = [json.loads(x) for x in ukti("contradictions", "--db", sample_store, "-f", "json").stdout.splitlines()]
    assert pairs, "the samples hold a contradiction"
    out = ukti("contradictions", "--db", sample_store, "-f", "table", columns=160).stdout
    assert out.splitlines()[0].split() == ["pair", "date", "outlet", "speaker", "stance", "said", "statement"]
    first = pairs[0]
    side_a = next(line for line in out.splitlines() if line.startswith("1A "))
    side_b = next(line for line in out.splitlines() if line.startswith("1B "))
    assert first["published_a"] in side_a and first["published_b"] in side_b
    assert f"{first['article_a']}-{first['statement_a']}" in side_a
    assert "confidence" in out and first["why"].split()[0] in out


def test_a_pipe_gets_the_plain_lines_it_always_had(undated_store: str) -> None:
    piped = ukti("search", "টাকা", "--db", undated_store)  # stdout is a pipe here
    assert piped.stdout == " |  | তিনি | assert | এ কাজে দুই কোটি টাকা খরচ হবে\n"
    assert ukti("search", "টাকা", "--db", undated_store, "-f", "plain").stdout == piped.stdout


def test_widths_keep_every_word_whole_and_share_the_rest() -> None:
    # two flexible columns (shares 1 and 3) and a fixed one of 10; 40 cells of room
    sizes = widths([10, 30, 90], [10, 6, 8], [0, 1, 3], 40)
    assert sizes[0] == 10 and sizes[1] >= 6 and sizes[2] >= 8 and sum(sizes) == 40 and sizes[2] > sizes[1]
    assert widths([10, 30, 90], [10, 6, 8], [0, 1, 3], 10) == [10, 6, 8]  # no room: floors, not broken words
    assert widths([4, 5], [4, 5], [0, 1], 100) == [4, 5]  # never wider than what it holds


def test_render_never_drops_a_cell() -> None:
    rows = [{"published": None, "outlet": "", "speaker_text": "তাঁরা", "speaker_name": "Dhaka WASA",
             "speaker_named": 0, "stance": "deny", "content": "মূল্যবৃদ্ধির কোনো সিদ্ধান্ত এখনো নেওয়া হয়নি " * 3,
             "article_id": "f" * 24, "statement_id": "s12"}]
    out = render(rows, statement_columns(), 50)
    assert "undated" in out and "unknown" in out and {"তাঁরা", "(Dhaka", "WASA)"} <= set(out.split())
    assert out.split().count("হয়নি") == 3 and "".join(_last_column(out)) == "f" * 24 + "-s12"
    assert render([{"n": "১২৩৪৫"}], [Column("number", lambda r: r["n"], wrap=False)], 4).split()[::2] == [
        "number", "১২৩৪৫"]  # wider than the terminal: the terminal wraps it, nothing is cut


def test_speaker_cell() -> None:
    assert speaker_cell("তিনি", "Kamrul Hasan", 0) == "তিনি (Kamrul Hasan)"
    assert speaker_cell("কামরুল হাসান", "Kamrul Hasan", 1) == "কামরুল হাসান"
    assert speaker_cell("একজন কর্মকর্তা", None, 0) == "একজন কর্মকর্তা"
