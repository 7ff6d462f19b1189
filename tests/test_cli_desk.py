"""The corpus commands at a fact-checker's desk: `stats` as a table, CSV that a spreadsheet
program opens with its Bengali intact, `entity merge/split` saying what they did; `--limit` and
the note of what was cut; `--date` checked."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def ukti(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "ukti.cli", *args], capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("desk") / "samples.db")
    r = ukti("ingest", str(EXAMPLES), "--db", db, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    return db


@pytest.fixture
def store_copy(sample_store: str, tmp_path: Path) -> str:
    """A store this test may change (corrections)."""
    return str(shutil.copy(sample_store, tmp_path / "copy.db"))


def test_stats_is_a_table(sample_store: str) -> None:
    r = ukti("stats", "--db", sample_store)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert lines[0].split() == ["what", "count"]
    rows = {line.rsplit(None, 1)[0].strip(): line.rsplit(None, 1)[1] for line in lines[1:]}
    assert "{" not in r.stdout.decode() and "by_stance" not in r.stdout.decode()
    # the JSON stays the machine's, and the table says the same counts
    data = json.loads(ukti("stats", "--db", sample_store, "-f", "json").stdout)
    assert data["articles"] == 8 and isinstance(data["by_stance"], dict)
    assert rows["articles"] == "8" and rows["statements"] == str(data["statements"])
    assert rows["assert"] == str(data["by_stance"]["assert"])  # a breakdown row, under its total
    assert lines.index(next(x for x in lines if x.startswith("  assert"))) > lines.index(
        next(x for x in lines if x.startswith("statements")))


def test_csv_export_starts_with_a_utf8_bom(sample_store: str) -> None:
    r = ukti("export", "--db", sample_store, "-f", "csv")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(b"\xef\xbb\xbfarticle_id,")  # one BOM, then the header
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode("utf-8-sig"))))
    statements = json.loads(ukti("stats", "--db", sample_store, "-f", "json").stdout)["statements"]
    assert len(rows) == statements and any("বলেন" in row["cue"] for row in rows)
    assert not ukti("export", "--db", sample_store).stdout.startswith(b"\xef\xbb\xbf")  # JSONL has none


def _ids(db: str) -> dict[str, int]:
    from ukti.store import Page, Store

    store = Store.open(db)
    try:
        return {e["name"]: e["id"] for e in store.list_entities(page=Page(1, 100))}
    finally:
        store.close()


def test_entity_merge_and_split_say_what_they_did(store_copy: str) -> None:
    ids = _ids(store_copy)
    rafiqul, rezaul, kamrul = ids["Rafiqul Islam"], ids["Rezaul Haque"], ids["Kamrul Hasan"]
    r = ukti("entity", "merge", str(rafiqul), str(rezaul), "--db", store_copy)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().strip() == (f'merged {rezaul} "Rezaul Haque" (PER, 1 article) into {rafiqul} '
                                         '"Rafiqul Islam" (PER, now 2 articles); kept on re-ingest')
    said = json.loads(ukti("who", "Kamrul Hasan", "--db", store_copy, "-f", "json").stdout.splitlines()[0])
    r = ukti("entity", "split", said["article_id"], "e3", "--db", store_copy)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode().strip()
    assert out.startswith(f"entity e3 of article {said['article_id']} is now corpus entity ")
    assert f'"Kamrul Hasan" (PER, 1 article), split from {kamrul} "Kamrul Hasan" (PER, left with 1 article)' in out
    for bad in (["merge", str(rafiqul), "99999"], ["split", said["article_id"], "e99"]):
        r = ukti("entity", *bad, "--db", store_copy)
        assert r.returncode == 2 and r.stdout == b""
        assert len(r.stderr.decode().strip().splitlines()) == 1 and "Traceback" not in r.stderr.decode()


@pytest.mark.parametrize("args", [["search", "দাম"], ["who", "Kamrul Hasan"], ["about", "Dhaka WASA"],
                                  ["contradictions", "--min-confidence", "0"]])
def test_limit_cuts_and_says_how_many_more(sample_store: str, args: list[str]) -> None:
    whole = ukti(*args, "--db", sample_store, "-f", "json")
    assert whole.returncode == 0 and whole.stderr == b""  # under the default limit: no note
    total = len(whole.stdout.splitlines())
    assert total >= 2, "the samples must give at least two rows for this test"
    cut = ukti(*args, "--db", sample_store, "-f", "json", "--limit", "1")
    assert cut.returncode == 0 and len(cut.stdout.splitlines()) == 1
    assert cut.stdout.splitlines()[0] == whole.stdout.splitlines()[0]
    assert cut.stderr.decode().strip() == f"ukti: {total - 1} more; use --limit {total}"
    table = ukti(*args, "--db", sample_store, "-n", str(total))
    assert table.returncode == 0 and table.stderr == b""


@pytest.mark.parametrize("bad", ["12/03/2025", "2025-13-45", "2025-02-30", "yesterday", "2025-3-5"])
def test_a_bad_date_is_one_line_and_exit_2(tmp_path: Path, bad: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("মন্ত্রী বলেন, আগামী সোমবার কাজ শুরু হবে।\n", encoding="utf-8")
    for command in (["analyze", str(article)], ["ingest", str(article), "--db", str(tmp_path / "s.db")]):
        r = ukti(*command, "--date", bad)
        assert r.returncode == 2 and r.stdout == b""
        assert r.stderr.decode() == (f"ukti: --date {bad}: not a date: give YYYY-MM-DD (or YYYY-MM, YYYY), "
                                     "e.g. 2025-03-12 [U016]\n")
    assert not (tmp_path / "s.db").exists()  # nothing made before the check
    good = ukti("analyze", str(article), "--date", "2025-03-12")
    assert good.returncode == 0 and json.loads(good.stdout)["published"] == "2025-03-12"


def test_table_cells_never_show_float_noise_or_exponents() -> None:
    from ukti.cli import _cell

    assert _cell(2 / 3) == "0.67" and _cell(1.8e9) == "1.8 billion" and _cell(1234) == "1234" and _cell(None) == "None"
