"""The command line as a user meets it: outputs, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = "শিরোনাম এখানে\nজেলা প্রশাসক মো. শহিদুল ইসলাম বলেন, <script>alert(1)</script> বন্যার্তদের জন্য চাল বরাদ্দ হয়েছে।\n"


def ukti(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "ukti.cli", *args], input=stdin, capture_output=True, timeout=120)


def test_json_for_one_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    r = ukti("analyze", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    for key in ("ukti_version", "lang", "title", "published", "outlet", "author", "text", "origin", "boilerplate",
                "entities", "statements", "times", "quantities", "contradictions", "errors"):
        assert key in d
    assert d["lang"] == "bn" and d["statements"][0]["cue"]["text"] == "বলেন"


def test_ndjson_for_several_files_with_jobs(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    r = ukti("analyze", str(tmp_path), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().strip().splitlines()
    assert len(lines) == 3 and all(json.loads(x)["statements"] for x in lines)
    assert [json.loads(x)["source"] for x in lines] == sorted(str(tmp_path / f"{i}.txt") for i in range(3))


def test_stdin() -> None:
    r = ukti("analyze", "-", stdin=ARTICLE.encode("utf-8"))
    assert r.returncode == 0 and json.loads(r.stdout)["statements"]


def test_bad_inputs_are_named_and_the_rest_analysed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 50)
    r = ukti("analyze", str(empty), str(good), str(binary), str(tmp_path / "missing.txt"))
    assert r.returncode == 1
    assert len(r.stdout.decode().strip().splitlines()) == 1
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert any(str(empty) in e and "empty" in e for e in err)
    assert any(str(binary) in e and "binary" in e for e in err)
    assert any("missing.txt" in e and "not found" in e for e in err)


def test_nothing_analysed_exits_2(tmp_path: Path) -> None:
    r = ukti("analyze", str(tmp_path / "missing.txt"))
    assert r.returncode == 2 and b"not found" in r.stderr


def test_markdown_and_html_reports(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    md = ukti("analyze", str(p), "--format", "md").stdout.decode()
    assert "## Who said what" in md and "মো. শহিদুল ইসলাম" in md
    html = ukti("analyze", str(p), "--format", "html").stdout.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert html.startswith("<!doctype html>")


def test_tag_conll(tmp_path: Path) -> None:
    p = tmp_path / "a.conll"
    p.write_text("প্রধানমন্ত্রী\tO\nশেখ\tO\nহাসিনা\tO\nগতকাল\tO\nখুলনা\tO\nযান\tO\n।\tO\n\nঢাকা\nবিশ্ববিদ্যালয়\n",
                 encoding="utf-8")
    r = ukti("tag", "--conll", str(p))
    assert r.returncode == 0
    out = r.stdout.decode().split("\n")
    assert out[7] == ""  # sentence boundary kept
    rows = [line.split("\t") for line in out if line]
    assert [w for w, _ in rows] == ["প্রধানমন্ত্রী", "শেখ", "হাসিনা", "গতকাল", "খুলনা", "যান", "।", "ঢাকা", "বিশ্ববিদ্যালয়"]
    assert all(t == "O" or t[:2] in ("B-", "I-") for _, t in rows)
    assert rows[1][1] == "B-PER" and rows[2][1] == "I-PER" and rows[4][1] == "B-LOC"


def test_corpus_commands_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    r = ukti("ingest", str(src), str(tmp_path / "missing.txt"), "--db", db)
    assert r.returncode == 1 and b"1 stored" in r.stderr
    stats = json.loads(ukti("stats", "--db", db, "--format", "json").stdout)
    assert stats["articles"] == 1 and stats["errors"] == 1
    hits = [json.loads(x) for x in ukti("search", "বন্যার্ত", "--db", db, "--format", "json").stdout.splitlines()]
    assert hits and "বন্যার্তদের" in hits[0]["content"]
    said = ukti("who", "মো. শহিদুল ইসলাম", "--db", db, "--format", "json").stdout.splitlines()
    assert said
    errors = ukti("errors", "--db", db).stdout.decode()
    assert "missing.txt" in errors
    out = ukti("export", "--db", db, "--format", "csv").stdout.decode("utf-8-sig").splitlines()  # after the BOM
    assert out[0].startswith("article_id,") and len(out) == 2


def test_every_command_is_documented_in_the_readme() -> None:
    from ukti.cli import app

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
    missing = [n for n in names if n not in ("version",) and f"ukti {n}" not in readme]
    assert not missing, f"commands missing from README: {missing}"


def test_parquet_export(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    db = str(tmp_path / "c.db")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    assert ukti("ingest", str(src), "--db", db).returncode == 0
    out = tmp_path / "s.parquet"
    r = ukti("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert r.returncode == 0, r.stderr
    table = pq.read_table(out)
    assert table.num_rows >= 1 and "speaker_text" in table.column_names
    assert ukti("export", "--db", db, "--format", "parquet").returncode == 2  # no --out: a clear error


def test_only_ingest_makes_a_store_and_a_bad_store_is_one_line(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for args in (("who", "x"), ("search", "মজুরি"), ("stats",), ("contradictions",)):
        r = ukti(*args, "--db", str(typo))
        assert r.returncode == 2 and b"no such store" in r.stderr, args
        assert len(r.stderr.decode().strip().splitlines()) == 1 and not typo.exists()
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("plain text, not a database\n", encoding="utf-8")
    for path in (not_a_db, tmp_path):
        r = ukti("stats", "--db", str(path))
        assert r.returncode == 2 and b"Traceback" not in r.stderr
        assert len(r.stderr.decode().strip().splitlines()) == 1, r.stderr


def test_the_library_tells_a_mistyped_path_from_text(tmp_path: Path) -> None:
    import pytest

    import ukti
    from ukti.errors import UktiError

    with pytest.raises(UktiError, match="U001"):
        ukti.analyze(str(tmp_path / "article.tx"))
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    assert ukti.analyze(str(p)).statements
    assert ukti.analyze("Minister said: all is well.").lang == "en"  # a sentence stays text


def test_text_that_looks_like_a_path_is_text_through_analyze_text() -> None:
    import ukti

    assert ukti.analyze_text("0/0.0").text == "0/0.0"
    assert ukti.analyze("/").text == "/"  # a lone separator is no path
