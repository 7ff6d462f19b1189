"""The SQLite corpus store on a small corpus written for these tests."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ukti.store import Store
from ukti.store.ingest import ingest

OUTLET_A = json.dumps({
    "id": "a-1", "url": "https://dainik-ek.example/news/1", "date": "2025-09-02", "outlet": "দৈনিক এক",
    "text": "সবুজ টেক্সটাইলসে শ্রমিক অসন্তোষ\n"
            "শ্রমিকনেতা রফিকুল ইসলাম অভিযোগ করেন, সবুজ টেক্সটাইলস তিন মাস ধরে শ্রমিকদের মজুরি পরিশোধ করেনি। "
            "তিনি বলেন, আমরা কারখানার সামনে অবস্থান কর্মসূচি পালন করব।"}, ensure_ascii=False)
OUTLET_B = json.dumps({
    "id": "b-1", "url": "https://dainik-dui.example/economy/7", "date": "2025-09-03", "outlet": "দৈনিক দুই",
    "text": "মজুরি নিয়ে কারখানার ব্যাখ্যা\n"
            "সবুজ টেক্সটাইলসের মহাব্যবস্থাপক সুমন সাহা বলেন, সবুজ টেক্সটাইলস সব শ্রমিকের মজুরি পরিশোধ করেছে। "
            "রফিকুল ইসলামের দাবি, শ্রমিকদের পাওনা এখনো বকেয়া রয়েছে।"}, ensure_ascii=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.jsonl"
    p.write_text(OUTLET_A + "\n" + OUTLET_B + "\n{broken json\n", encoding="utf-8")
    return p


def test_ingest_is_idempotent_and_records_errors(db_url: str, corpus: Path) -> None:
    store = Store.open(db_url)
    first = ingest([str(corpus)], store)
    assert (first.stored, first.failed) == (2, 1)
    dump = store.dump()
    again = ingest([str(corpus)], store)
    assert (again.stored, again.skipped) == (0, 2)
    assert store.dump() == dump
    [err] = store.errors()
    assert err["position"] == "line 3" and err["code"] == "U007"
    redo = ingest([str(corpus)], store, reanalyze=True)
    assert redo.stored == 2 and store.dump() == dump


def test_cross_article_contradiction_between_outlets(db_url: str, corpus: Path) -> None:
    store = Store.open(db_url)
    ingest([str(corpus)], store)
    across = store.contradictions(across_only=True)
    assert across, store.contradictions()
    outlets = {(c["outlet_a"], c["outlet_b"]) for c in across}
    assert ("দৈনিক দুই", "দৈনিক এক") in outlets or ("দৈনিক এক", "দৈনিক দুই") in outlets


def test_who_about_and_search_with_inflected_bengali(db_url: str, corpus: Path) -> None:
    store = Store.open(db_url)
    ingest([str(corpus)], store)
    said = store.who("রফিকুল ইসলাম")
    assert {r["article_id"] for r in said} and all(r["speaker_text"] for r in said)
    assert [r["published"] for r in said] == sorted(r["published"] for r in said)
    # "মজুরি" finds statements that say "মজুরি"; "শ্রমিক" finds "শ্রমিকদের" and "শ্রমিকের" too
    assert store.search("মজুরি")
    hits = store.search("শ্রমিক")
    assert any("শ্রমিকদের" in h["content"] for h in hits) and any("শ্রমিকের" in h["content"] for h in hits)
    # punctuation in a query does not break the full-text syntax
    assert isinstance(store.search('"মজুরি" OR (*'), list)
    assert store.about("Sabuj Textiles") or store.about("সবুজ টেক্সটাইলস")


def test_entity_merge_and_split_survive_reingest(db_url: str, corpus: Path) -> None:
    store = Store.open(db_url)
    ingest([str(corpus)], store)
    rafiq = [e for e in store.find_entities("রফিকুল ইসলাম") if e["type"] == "PER"]
    assert len(rafiq) == 1
    others = store.find_entities("সুমন সাহা")
    store.merge_entities(rafiq[0]["id"], others[0]["id"])
    assert len(store.who("সুমন সাহা")) >= 2  # now one referent
    ingest([str(corpus)], store, reanalyze=True)
    assert len(store.who("সুমন সাহা")) >= 2  # the correction was replayed


def test_schema_version_is_checked(db_url: str) -> None:
    store = Store.open(db_url)
    from ukti.store.schema import SCHEMA_VERSION

    assert store.stats()["schema_version"] == SCHEMA_VERSION
    store.db.execute("UPDATE meta SET value='99' WHERE key='schema_version'")
    store.close()
    from ukti.store import StoreError

    with pytest.raises(StoreError):
        Store.open(db_url)


@pytest.mark.slow
def test_killed_ingest_resumes_to_the_same_database(tmp_path: Path, db_url: str) -> None:
    src = tmp_path / "articles"
    src.mkdir()
    base = json.loads(OUTLET_A)["text"]
    n_articles = 400  # several of ingest's groups of 50, so that the kill lands between commits
    for i in range(n_articles):
        (src / f"{i:03d}.txt").write_text(base.replace("তিন মাস", f"{i + 2} মাস"), encoding="utf-8")
    killed = db_url
    proc = subprocess.Popen([sys.executable, "-m", "ukti.cli", "ingest", str(src), "--db", killed, "--jobs", "1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.05)
        try:
            n = Store.open(killed).stats()["articles"]
        except Exception:
            continue
        if n >= 5:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = Store.open(killed).stats()["articles"]
    assert 0 < partial < n_articles
    subprocess.run([sys.executable, "-m", "ukti.cli", "ingest", str(src), "--db", killed, "--jobs", "1"],
                   check=True, capture_output=True)
    clean = str(tmp_path / "clean.db")  # the reference: an uninterrupted run, compared by content
    subprocess.run([sys.executable, "-m", "ukti.cli", "ingest", str(src), "--db", clean, "--jobs", "1"],
                   check=True, capture_output=True)
    assert _normal(Store.open(killed).dump()) == _normal(Store.open(clean).dump())


def _normal(dump: list[tuple[str, tuple[object, ...]]]) -> list[tuple[str, str]]:
    """Rows compared across backends: numbers as numbers, booleans as 0/1."""
    return sorted((t, json.dumps([float(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
                                  for v in row], ensure_ascii=False)) for t, row in dump)


def test_browsing_queries_agree_on_both_backends(db_url: str, corpus: Path) -> None:
    """The paged, filtered look-ups behind the web page and API."""
    from ukti.store import Page

    store = Store.open(db_url)
    ingest([str(corpus)], store)
    page = Page(1, 50)
    articles = store.list_articles(page=page)
    assert [a["published"] for a in articles] == ["2025-09-03", "2025-09-02"]  # newest first
    assert [a["outlet"] for a in store.list_articles(page=page, outlet="দৈনিক এক")] == ["দৈনিক এক"]
    assert store.list_articles(page=page, date_from="2025-09-03", date_to="2025-09-03")[0]["outlet"] == "দৈনিক দুই"
    [rafiq] = [e for e in store.list_entities(page=page, name="রফিকুল ইসলাম")]
    by = store.list_statements(page=page, speaker=rafiq["id"], oldest_first=True)
    assert [s["published"] for s in by] == sorted(s["published"] for s in by) and len(by) >= 2
    assert all(s["speaker_corpus_id"] == rafiq["id"] for s in by)
    detail = store.entity(rafiq["id"])
    assert detail and {a["form"] for a in detail["aliases"]} >= {"রফিকুল ইসলাম"} and detail["articles"] == 2
    # an inflected form in the text is found from its stem, with the other filters
    paid = store.list_statements(page=page, text="পরিশোধ")
    assert len(paid) == 2 and {s["outlet"] for s in paid} == {"দৈনিক এক", "দৈনিক দুই"}
    assert store.list_statements(page=page, text="পরিশোধ", stance="claim")[0]["outlet"] == "দৈনিক এক"
    assert store.list_statements(page=Page(2, 1), text="পরিশোধ")[0]["statement_id"] == paid[1]["statement_id"]
    assert store.search_articles("মজুরি", page=page)
    assert store.list_contradictions(page=page, across_only=True)
    data = store.article(articles[0]["id"])
    assert data and data["article_id"] == articles[0]["id"] and all(e["corpus_id"] for e in data["entities"])
    assert store.article("nothing") is None and store.entity(10**9) is None


def test_an_older_store_is_migrated_forward(db_url: str, corpus: Path) -> None:
    """A store written at schema version 2 opens with this ukti, keeps its articles and is at
    the current version afterwards."""
    from ukti.store import _Db
    from ukti.store.schema import SCHEMA_VERSION, migration

    old = _Db(db_url)
    for v in range(2):
        for stmt in migration(v, old.dialect):
            old.execute(stmt)
    old.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '2')")
    old.close()
    store = Store.open(db_url)
    assert store.stats()["schema_version"] == SCHEMA_VERSION >= 4
    assert ingest([str(corpus)], store).stored == 2 and store.who("রফিকুল ইসলাম")


def test_a_filled_version_4_store_migrates_to_what_this_ukti_writes(db_url: str, corpus: Path,
                                                                      tmp_path: Path) -> None:
    """Schema 5 rebuilds tables, moves the names entities go by into a table of their own and
    compresses the analysis: a store filled at version 4 holds, once migrated, what a store
    filled by this ukti holds."""
    from ukti.store import _Db, _unpack
    from ukti.store.schema import SCHEMA_VERSION, migration

    fresh = Store.open(str(tmp_path / "fresh.db"))
    ingest([str(corpus)], fresh)
    old = _Db(db_url)
    for v in range(4):
        for stmt in migration(v, old.dialect):
            old.execute(stmt)
    old.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '4')")
    for table in ("articles", "boilerplate", "corpus_entities", "entities", "mentions", "statements",
                  "statement_entities", "times", "quantities", "contradictions", "errors"):
        rows = fresh.db.all(f"SELECT * FROM {table}")
        for row in rows:
            if table == "articles":
                row["analysis"] = _unpack(row["analysis"])  # version 4 kept the JSON text
            row.pop("fts_id", None)
            if table == "contradictions":
                row.pop("confidence")  # version 6's column
            if table == "statements":
                row.pop("facts")  # version 8's column
            cols = list(row)
            old.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [row[c] for c in cols])
            if old.dialect == "sqlite" and table == "articles":  # version 4's text search rows
                old.execute("INSERT INTO articles_fts (title, text, article_id) VALUES (?, ?, ?)",
                            (row["title"] or "", row["text"], row["id"]))
            if old.dialect == "sqlite" and table == "statements":
                old.execute("INSERT INTO statements_fts (content, speaker, article_id, statement_id)"
                            " VALUES (?, ?, ?, ?)", (row["content"], row["speaker_text"], row["article_id"],
                                                     row["statement_id"]))
    old.close()
    migrated = Store.open(db_url)
    assert migrated.stats()["schema_version"] == SCHEMA_VERSION
    # what an older ukti found has no confidence: unknown, not made up
    assert {r["confidence"] for r in migrated.db.all("SELECT confidence FROM contradictions")} <= {None}
    # nor do its statements have what the conflict test knew of them beyond their words
    assert {r["facts"] for r in migrated.db.all("SELECT facts FROM statements")} == {None}
    fresh.db.execute("UPDATE contradictions SET confidence = NULL")  # for the comparison below
    fresh.db.execute("UPDATE statements SET facts = NULL")
    assert _normal(migrated.dump()) == _normal(fresh.dump())
    assert migrated.find_entities("রফিকুল ইসলামের")  # a mention's inflected text still finds its entity
    found = {s["statement_id"] for s in migrated.search("মজুরি")}
    assert found == {s["statement_id"] for s in fresh.search("মজুরি")} and found
    # re-analysing replaces an article's text search rows: each statement is found once
    ingest([str(corpus)], migrated, reanalyze=True)
    again = [(s["article_id"], s["statement_id"]) for s in migrated.search("মজুরি")]
    assert sorted(again) == sorted(set(again)) and {sid for _, sid in again} == found


def test_progress_note_shows_rate_and_eta(tmp_path: Path, corpus: Path) -> None:
    from ukti.store import IngestCounts
    from ukti.store.ingest import expected_articles, progress_note

    assert expected_articles([str(corpus)]) == 3  # lines, good or bad
    assert expected_articles([str(tmp_path / "x.warc.gz")]) is None
    note = progress_note(IngestCounts(stored=10, expected=40), 5.0)
    assert "10 stored" in note and "2.0 articles/s" in note and "ETA 0:15" in note
    # skipped articles cost nothing: they are neither in the rate nor left to do
    note = progress_note(IngestCounts(stored=10, skipped=20, expected=40), 5.0)
    assert "20 already there" in note and "2.0 articles/s" in note and "ETA 0:05" in note
    assert "ETA" not in progress_note(IngestCounts(stored=10), 5.0)  # a WARC or stdin: no total


def test_an_article_failing_inside_a_batch_leaves_no_rows_and_loses_no_other(
        db_url: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest commits articles in groups; one article's failure half-way through its rows takes
    back only that article's rows, and the others of the group are stored."""
    store = Store.open(db_url)
    real = Store.save_rows

    def fail_for_b(self: Store, rows):  # type: ignore[no-untyped-def]
        ids = real(self, rows)
        if rows.tables["articles"][0]["ext_id"] == "b-1":
            raise RuntimeError("disk trouble")  # after its rows were written
        return ids

    monkeypatch.setattr(Store, "save_rows", fail_for_b)
    counts = ingest([str(corpus)], store)
    assert (counts.stored, counts.failed) == (1, 2)
    stats = store.stats()
    assert stats["articles"] == 1
    ids = {r["article_id"] for r in store.db.all("SELECT article_id FROM statements")}
    assert ids == {r["id"] for r in store.db.all("SELECT id FROM articles")}  # no rows of the failed one
    assert any("disk trouble" in e["reason"] for e in store.errors())


def test_an_ingest_leaves_planner_statistics_for_its_tables(tmp_path: Path, corpus: Path) -> None:
    store = Store.open(str(tmp_path / "stats.db"))
    ingest([str(corpus)], store)
    analysed = {r[0] for r in store.conn.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"articles", "statements", "corpus_entities"} <= analysed


def _where_nothing_can_be_written(folder: Path, check: Callable[[], str]) -> str:
    """Run `check` where the store's file and folder cannot be written: as user nobody in a
    forked child when the tests run as root (root writes anywhere), else after chmod."""
    if os.geteuid() != 0:
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)
        try:
            return check()
        finally:
            folder.chmod(0o755)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.setgid(65534)
            os.setuid(65534)
            out = check()
        except BaseException as e:  # reported to the parent
            out = f"{type(e).__name__}: {e}"
        os.write(write, out.encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as fh:
        return fh.read()


def test_a_store_nobody_may_write_to_is_read(corpus: Path, tmp_path: Path) -> None:
    """#22 item 9: on read-only media, or owned by another user, a store is read (every open
    ran `PRAGMA journal_mode=WAL`, a write, and failed)."""
    import tempfile

    from typer.testing import CliRunner

    from ukti.cli import app
    from ukti.store import StoreError

    folder = Path(tempfile.mkdtemp(prefix="ukti-ro-"))  # not under pytest's tmp (root's, closed to others)
    folder.chmod(0o755)
    db = str(folder / "u.db")
    store = Store.open(db)
    ingest([str(corpus)], store)
    store.close()
    runner = CliRunner()
    import shutil
    import sqlite3

    shutil.copy(db, tmp_path / "copy.db")  # the command once, on a copy, imports what it needs: a child
    assert runner.invoke(app, ["stats", "--db", str(tmp_path / "copy.db")]).exit_code == 0  # running as
    # nobody cannot read this Python's own files

    def check() -> str:
        try:
            sqlite3.connect(db).execute("CREATE TABLE t (x)")
            return "writable: the test proves nothing"
        except sqlite3.OperationalError:
            pass
        ro = Store.open(db, read_only=True)
        found = (ro.stats()["articles"], len(ro.search("মজুরি")) > 0)
        ro.close()
        cli = runner.invoke(app, ["stats", "--db", db])
        said = re.search(r"^articles +2$", cli.output, re.M) is not None  # stats prints a table
        return f"{found} {cli.exit_code} {said}" + ("" if cli.exit_code == 0 else cli.output)

    try:
        assert _where_nothing_can_be_written(folder, check) == "(2, True) 0 True"
        assert sorted(p.name for p in folder.iterdir()) == ["u.db"]  # nothing written beside it
    finally:
        shutil.rmtree(folder)
    with pytest.raises((StoreError, sqlite3.Error)):  # a missing store is still no store
        Store.open(str(folder / "none.db"), read_only=True)


def test_contradictions_do_not_depend_on_how_the_corpus_was_ingested(
        db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#22 item 7: the per-entity samples that new articles are compared with came from a cache
    that held the first article's rows twice, so one run and two runs of the same ingest found
    different contradictions. Every look-up now equals the database's answer, and the store is
    the same whatever the runs."""
    a, b = json.loads(OUTLET_A)["text"], json.loads(OUTLET_B)["text"]
    lines = [json.dumps({"id": f"x{i}", "date": f"2025-09-{i % 28 + 1:02d}", "text": (a if i % 2 else b).replace(
        "তিন মাস", f"{i + 2} মাস").replace("সব শ্রমিকের", f"{i + 100} জন শ্রমিকের")}, ensure_ascii=False)
             for i in range(60)]  # more statements about one company and one person than a sample holds
    src = tmp_path / "corpus.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    differed: list[tuple[int, str]] = []
    real = Store._recent_about

    def checked(self: Store, cid: int, aid: str, limit: int) -> list[dict[str, object]]:
        got = real(self, cid, aid, limit)
        if got != self._query_about(cid, aid, limit):
            differed.append((cid, aid))
        return got

    monkeypatch.setattr(Store, "_recent_about", checked)
    whole = Store.open(db_url)
    ingest([str(src)], whole, jobs=1)
    assert not differed and whole.stats()["cross_article_contradictions"] > 100
    monkeypatch.undo()

    src.write_text("\n".join(lines[:25]) + "\n", encoding="utf-8")  # the same file, first in part
    twice = Store.open(str(tmp_path / "twice.db"))  # SQLite (compared by content with either backend)
    ingest([str(src)], twice, jobs=1)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest([str(src)], twice, jobs=1)
    assert _normal(twice.dump()) == _normal(whole.dump())


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 4 MB (tmpfs), for what a full disk does; skipped where mounting is
    not allowed (not root, or a container without the right)."""
    where = tmp_path / "small"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_is_one_line_and_the_next_run_stores_the_rest(small_disk: Path, tmp_path: Path) -> None:
    """#22 item 8: a full disk ended in a 208-line chained traceback whose last line was "cannot
    rollback - no transaction is active". Now: one line naming the store and the cause, exit 1,
    what was committed kept, and the same ingest run again (with room) stores the rest."""
    a, b = json.loads(OUTLET_A)["text"], json.loads(OUTLET_B)["text"]
    src = tmp_path / "corpus.jsonl"
    filler = " ".join(f"নদীর পাড়ে {k} নম্বর ঘাটে নৌকা ভিড়েছে।" for k in range(60))  # no statements: quick
    src.write_text("\n".join(json.dumps({"id": f"x{i}", "text": f"{a if i % 2 else b}\n{i} {filler}"},
                                         ensure_ascii=False) for i in range(40)) + "\n", encoding="utf-8")
    db = str(small_disk / "u.db")
    Store.open(db).close()
    room = os.statvfs(small_disk)
    ballast = small_disk / "ballast"  # the disk full but for 250 kB
    ballast.write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 250_000))
    ingest_cmd = [sys.executable, "-m", "ukti.cli", "ingest", str(src), "--db", db, "--jobs", "1"]
    full = subprocess.run(ingest_cmd, capture_output=True, text=True, timeout=120)
    lines = full.stderr.strip().splitlines()
    assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr[-2000:]
    assert lines[-1] == (f"ukti: {db}: the disk holding the store is full (database or disk is full); what was"
                         " stored is kept: free some space and run the same ingest again to store the rest [U015]")
    kept = Store.open(db, read_only=True)
    stored = kept.stats()["articles"]
    kept.close()
    assert 0 < stored < 40 and lines[0].startswith(f"{stored} stored")
    ballast.unlink()  # room made
    rest = subprocess.run(ingest_cmd, capture_output=True, text=True, timeout=120)
    assert rest.returncode == 0, rest.stderr
    assert f"{40 - stored} stored, {stored} already stored, 0 failed" in rest.stderr


def _open_at(url: str, start: Any, out: Any) -> None:
    try:
        start.wait(10)
        Store.open(url).close()
        out.put("ok")
    except BaseException as e:  # reported to the test
        out.put(f"{type(e).__name__}: {e}")


def test_processes_creating_one_store_at_once_all_succeed(db_url: str, tmp_path: Path) -> None:
    """#22 item 6: two processes making a new store raced ("table entity_names already exists")
    because the schema version was read outside the migration's transaction."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for trial in range(3):
        url = db_url if trial == 0 or not db_url.endswith(".db") else str(tmp_path / f"race{trial}.db")
        if trial and not url.endswith(".db"):
            again = Store.open(url)  # empty again
            again.db.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
            again.close()
        start, out = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open_at, args=(url, start, out)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert sorted(out.get(timeout=5) for _ in procs) == ["ok"] * 4, trial
        from ukti.store.schema import SCHEMA_VERSION

        assert Store.open(url).stats()["schema_version"] == SCHEMA_VERSION


def _fire_report(outlet: str, speaker: str, date: str, owner: str, dead: str) -> str:
    """An article (written for these tests) in which one speaker gives the toll of a warehouse fire."""
    return json.dumps({"id": f"fire-{outlet}", "url": f"https://{outlet}.example/news/1", "date": "2025-03-14",
                       "outlet": outlet, "text": f"গুদামে আগুন\n{speaker} বলেন, {date} রাতে ব্যবসায়ী {owner} গুদামে"
                                                 f" আগুনে {dead} শ্রমিক নিহত হয়েছেন।"}, ensure_ascii=False)


@pytest.mark.parametrize(("date_b", "owner_b", "flagged"), [
    ("১২ মার্চ ২০২৫", "আব্দুল করিমের", True),  # one fire, one night, two tolls
    ("১৯ মার্চ ২০২৫", "আব্দুল করিমের", False),  # another night: another fire
    ("১২ মার্চ ২০২৫", "সেলিম রেজার", False),  # another owner's warehouse: another fire
])
def test_cross_article_claims_carry_their_dates_figures_and_people(
        db_url: str, tmp_path: Path, date_b: str, owner_b: str, flagged: bool) -> None:
    """#17: the store compares two articles' statements with what each article knew of them
    (dates, figures, the people named), as one article's are compared: two tolls of one fire on
    one night conflict; a toll of another night, or of another owner's warehouse, does not."""
    src = tmp_path / "fires.jsonl"
    src.write_text(_fire_report("dainik-ek", "ফায়ার সার্ভিসের উপপরিচালক জামাল হোসেন", "১২ মার্চ ২০২৫",
                                "আব্দুল করিমের", "৭ জন") + "\n"
                   + _fire_report("dainik-dui", "শ্রমিকনেতা রফিকুল ইসলাম", date_b, owner_b, "১১ জন") + "\n",
                   encoding="utf-8")
    store = Store.open(db_url)
    ingest([str(src)], store, jobs=1)
    across = store.contradictions(across_only=True)
    assert bool(across) is flagged, across
    if flagged:
        assert "৭ জন শ্রমিক" in across[0]["why"] and "১১ জন শ্রমিক" in across[0]["why"]
    facts = [json.loads(r["facts"]) for r in store.db.all("SELECT facts FROM statements")]
    assert all(f["figures"] and f["times"] and f["actors"] for f in facts)


def test_a_version_7_store_gains_the_facts_column(db_url: str, corpus: Path) -> None:
    """Schema 8 adds `statements.facts`: rows stored before it keep NULL (compared by their words
    alone, as before), and what is stored after it has them."""
    from ukti.store import _Db
    from ukti.store.schema import SCHEMA_VERSION, migration

    old = _Db(db_url)
    for v in range(7):
        for stmt in migration(v, old.dialect):
            old.execute(stmt)
    old.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '7')")
    old.execute("INSERT INTO articles (id, text, ukti_version, analysis) VALUES ('old', 'x', '0', '{}')")
    old.execute("INSERT INTO statements (article_id, statement_id, content) VALUES ('old', 's1', 'x')")
    old.close()
    store = Store.open(db_url)
    assert store.stats()["schema_version"] == SCHEMA_VERSION == 8
    assert store.db.one("SELECT facts FROM statements WHERE article_id='old'") == {"facts": None}
    ingest([str(corpus)], store)
    new = store.db.all("SELECT facts FROM statements WHERE article_id != 'old'")
    assert new and all(r["facts"] for r in new)
