"""A corpus of hostile files through `ukti analyze` and `ukti ingest`: no crash, every good
article analysed and stored, every bad one reported with file, position and reason."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import hostile_corpus

from ukti.store import Store


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str], set[str]]:
    folder = tmp_path_factory.mktemp("hostile")
    good, bad = hostile_corpus(folder)
    return folder, good, bad


def _ukti(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ukti.cli", *args], capture_output=True, text=True, timeout=600)


def test_analyze_reports_every_bad_file_and_keeps_the_good(corpus: tuple[Path, set[str], set[str]]) -> None:
    folder, good, bad = corpus
    r = _ukti("analyze", str(folder), "--jobs", "2", "--time-limit", "20")
    assert r.returncode == 1, r.stderr[-2000:]
    docs = [json.loads(line) for line in r.stdout.splitlines()]
    sources = {Path(d["source"]).name for d in docs}
    assert sources == good
    by_name = {Path(d["source"]).name: d for d in docs}
    assert by_name["bijoy.txt"]["encoding"] == "bijoy" and by_name["bijoy.txt"]["lang"] == "bn"
    assert "mojibake" in by_name["mojibake.txt"]["encoding"] and "সেলিম" in by_name["mojibake.txt"]["text"]
    assert "আরিফ" in by_name["utf16-no-bom.txt"]["text"]
    assert all(d["statements"] for n, d in by_name.items() if n not in ("bijoy.txt",))
    problems = [line for line in r.stderr.splitlines() if line.startswith("ukti: ")]
    for name in bad:
        assert any(f"/{name}" in p for p in problems), name
    assert any("mixed.jsonl:line 2" in p and "[U007]" in p for p in problems)
    assert any("cut.warc.gz:after record" in p and "[U009]" in p for p in problems)
    assert any("huge-line.txt" in p and "[U005]" in p for p in problems)


def test_ingest_stores_the_good_and_records_the_bad(corpus: tuple[Path, set[str], set[str]], tmp_path: Path) -> None:
    folder, good, bad = corpus
    db = str(tmp_path / "h.db")
    r = _ukti("ingest", str(folder), "--db", db, "--jobs", "2")
    assert r.returncode == 1, r.stderr[-2000:]
    store = Store.open(db)
    stored = {Path(row["source"]).name for row in store.db.all("SELECT source FROM articles")}
    assert stored == good
    failed = {Path(e["source"]).name for e in store.errors()}
    assert failed == bad
    assert all(e["reason"] and e["code"] for e in store.errors())
