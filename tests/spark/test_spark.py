"""`ukti spark` in local mode (PySpark from PyPI, the machine's Java 17): the same analyses as
`ukti analyze`, the store's tables, bad records and failed tasks handled."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_warc

pytestmark = pytest.mark.spark
pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("no Java (scripts/test installs a JDK)", allow_module_level=True)

import pyarrow.parquet as pq  # noqa: E402

from ukti import spark as uspark  # noqa: E402
from ukti.store import Store  # noqa: E402
from ukti.store.ingest import ingest  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
HTML = ("<html><head><title>বন্দরে জট</title></head><body><article><h1>বন্দরে জট</h1>"
        "<p>চট্টগ্রাম বন্দর কর্তৃপক্ষের সচিব ওমর ফারুক বলেন, “জাহাজজট কমে এসেছে।”</p>"
        "<p>তবে আমদানিকারকেরা অভিযোগ করেন, খালাসে এখনো দুই সপ্তাহ লাগছে।</p></article></body></html>")


@pytest.fixture(scope="module")
def session() -> Iterator[object]:
    # up to 4 attempts per task, as a cluster retries a lost task
    s = uspark.session("local[2,4]")
    s.sparkContext.setLogLevel("ERROR")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, session: object) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("inputs")
    jsonl = d / "news.jsonl"
    lines = (EXAMPLES / "water-tariff.jsonl").read_text(encoding="utf-8").splitlines()
    jsonl.write_text("\n".join([lines[0], "{not json", lines[1], "", json.dumps({"title": "no text"}), lines[2]])
                     + "\n", encoding="utf-8")
    warc = d / "crawl.warc.gz"
    write_warc(warc, [("https://bandar.example/jot", HTML.encode("utf-8"), "text/html; charset=utf-8"),
                      ("https://bandar.example/logo", b"\x89PNG\r\n", "image/png")], gz=True)
    rows = [json.loads(x) for x in (EXAMPLES / "market-briefs.jsonl").read_text(encoding="utf-8").splitlines()]
    parquet = d / "briefs.parquet"
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist([{k: r.get(k) for k in ("id", "text", "date", "outlet", "url")}
                                         for r in rows]), parquet)
    return {"jsonl": jsonl, "warc": warc, "parquet": parquet}


@pytest.fixture(scope="module")
def output(tmp_path_factory: pytest.TempPathFactory, session: object, inputs: dict[str, Path]) -> Path:
    out = tmp_path_factory.mktemp("out") / "tables"
    uspark.run([str(p) for p in inputs.values()], str(out), spark=session, partitions=8)
    return out


def _table(out: Path, name: str) -> list[dict[str, object]]:
    return pq.read_table(out / name).to_pylist()


def test_spark_analyses_equal_ukti_analyze(output: Path, inputs: dict[str, Path]) -> None:
    by_place = {(r["source"], r["position"]): json.loads(str(r["analysis"])) for r in _table(output, "articles")}
    for kind in ("jsonl", "warc"):
        cli = subprocess.run([sys.executable, "-m", "ukti.cli", "analyze", str(inputs[kind]), "-f", "json"],
                             capture_output=True, text=True)
        docs = [json.loads(x) for x in cli.stdout.splitlines()]
        assert docs, cli.stderr
        for d in docs:
            assert by_place[(d["source"], d["position"])] == d
    assert len(by_place) == 3 + 1 + 2  # three JSONL articles, one WARC page, two Parquet rows


def test_bad_records_are_error_rows_not_failures(output: Path, inputs: dict[str, Path]) -> None:
    errors = {(e["source"], e["position"], e["code"]) for e in _table(output, "errors")}
    assert errors == {(str(inputs["jsonl"]), "line 2", "U007"), (str(inputs["jsonl"]), "line 5", "U008")}


def test_tables_are_the_store_tables_with_cross_article_links(output: Path) -> None:
    for table in uspark.TABLES:
        assert tuple(pq.read_table(output / table).schema.names) == uspark.COLUMNS[table]
    keys = {r["key"] for r in _table(output, "corpus_entities")}
    assert {r["corpus_key"] for r in _table(output, "entities")} <= keys
    across = [c for c in _table(output, "contradictions") if c["article_a"] != c["article_b"]]
    assert across, "the two outlets' claim and denial about Dhaka WASA"


def test_loading_into_the_store_matches_a_direct_ingest(output: Path, inputs: dict[str, Path],
                                                        tmp_path: Path) -> None:
    loaded = Store.open(str(tmp_path / "loaded.db"))
    assert uspark.load(str(output), loaded) == (6, 2)
    direct = Store.open(str(tmp_path / "direct.db"))
    ingest([str(p) for p in inputs.values() if p.suffix != ".parquet"], direct)

    def statements(store: Store) -> set[tuple[object, ...]]:
        return {(r["article_id"], r["statement_id"], r["speaker_text"], r["stance"], r["content"])
                for r in store.db.all("SELECT * FROM statements")}

    assert statements(direct) <= statements(loaded)
    assert loaded.who("নাজমা বেগম") and loaded.contradictions(across_only=True)
    assert {e["position"] for e in loaded.errors()} == {"line 2", "line 5"}


def test_a_failed_task_is_retried_without_duplicates(session: object, inputs: dict[str, Path],
                                                     tmp_path: Path) -> None:
    marker = str(tmp_path / "first-attempt-died")

    def _fail_first_attempt(article: object) -> None:  # local: shipped to the workers by value
        from pyspark import TaskContext

        ctx = TaskContext.get()
        if ctx is not None and ctx.attemptNumber() == 0 and getattr(article, "position", None) == "line 3":
            Path(marker).touch()
            raise RuntimeError("injected: this task's first attempt dies")

    out = tmp_path / "retried"
    counts = uspark.run([str(inputs["jsonl"])], str(out), spark=session, partitions=3, before=_fail_first_attempt)
    assert Path(marker).exists() and counts["articles"] == 3
    rows = _table(out, "statements")
    assert len(rows) == len({(r["article_id"], r["statement_id"]) for r in rows})


def test_empty_partitions_and_empty_input(session: object, tmp_path: Path) -> None:
    one = tmp_path / "one.jsonl"
    one.write_text((EXAMPLES / "water-tariff.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n",
                   encoding="utf-8")
    counts = uspark.run([str(one)], str(tmp_path / "a"), spark=session, partitions=8)
    assert counts["articles"] == 1 and counts["errors"] == 0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    counts = uspark.run([str(empty)], str(tmp_path / "b"), spark=session)
    assert counts["articles"] == 0 and uspark.is_output(str(tmp_path / "b"))


def test_the_hostile_corpus_on_spark(session: object, tmp_path: Path) -> None:
    """The files that break naive readers: good articles become rows, each bad one an error row."""
    from helpers import hostile_corpus

    good, bad = hostile_corpus(tmp_path / "in")
    counts = uspark.run([str(tmp_path / "in")], str(tmp_path / "out"), spark=session)
    sources = {Path(str(r["source"])).name for r in _table(tmp_path / "out", "articles")}
    failed = {Path(str(r["source"])).name for r in _table(tmp_path / "out", "errors")}
    assert sources == good and failed == bad and counts["errors"] >= len(bad)


def test_loading_clusters_the_quotes_as_an_ingest_does(session: object, tmp_path: Path) -> None:
    from quote_articles import CHANGED_FIGURE, DROPPED_NEGATION, FIRST, check_press_conference, jsonl

    src = tmp_path / "press.jsonl"
    src.write_text(jsonl(CHANGED_FIGURE, FIRST, DROPPED_NEGATION), encoding="utf-8")
    uspark.run([str(src)], str(tmp_path / "out"), spark=session, partitions=2)
    store = Store.open(str(tmp_path / "loaded.db"))
    assert uspark.load(str(tmp_path / "out"), store) == (3, 0)
    check_press_conference(store)


def test_spark_compares_claims_with_their_dates_figures_and_people(session: object, tmp_path: Path) -> None:
    """#17: Spark builds each statement's claim as the store does (the facts its article knew),
    so two tolls of one fire on one night conflict across articles here too."""
    def report(outlet: str, speaker: str, dead: str) -> str:
        return json.dumps({"id": outlet, "url": f"https://{outlet}.example/1", "date": "2025-03-14", "outlet": outlet,
                           "text": f"গুদামে আগুন\n{speaker} বলেন, ১২ মার্চ ২০২৫ রাতে ব্যবসায়ী আব্দুল করিমের গুদামে"
                                   f" আগুনে {dead} শ্রমিক নিহত হয়েছেন।"}, ensure_ascii=False)

    src = tmp_path / "fires.jsonl"
    src.write_text(report("dainik-ek", "ফায়ার সার্ভিসের উপপরিচালক জামাল হোসেন", "৭ জন") + "\n"
                   + report("dainik-dui", "শ্রমিকনেতা রফিকুল ইসলাম", "১১ জন") + "\n", encoding="utf-8")
    out = tmp_path / "tables"
    uspark.run([str(src)], str(out), spark=session, partitions=2)
    across = [c for c in _table(out, "contradictions") if c["article_a"] != c["article_b"]]
    assert len(across) == 1 and "৭ জন শ্রমিক" in str(across[0]["why"])
    assert all(json.loads(str(s["facts"]))["figures"] for s in _table(out, "statements"))


def test_the_readme_spark_lines_run_as_written(tmp_path: Path) -> None:
    import shlex

    text = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    lines = [line.split("  #")[0].strip() for block in text.split("```sh\n")[1:]
             for line in block.split("```")[0].splitlines() if "spark-out" in line]
    assert [x.split()[1] for x in lines] == ["spark", "ingest"]
    (tmp_path / "examples").symlink_to(EXAMPLES)
    (tmp_path / "build").mkdir()
    for line in lines:
        command = line.replace(".venv/bin/ukti", f"{shlex.quote(sys.executable)} -m ukti.cli")
        r = subprocess.run(command, shell=True, cwd=tmp_path, capture_output=True, text=True, timeout=900)
        assert r.returncode == 0, (line, r.stderr[-2000:])
    stats = Store.open(str(tmp_path / "build" / "spark.db")).stats()
    assert stats["articles"] == 8 and stats["statements"] > 0 and stats["errors"] == 0
