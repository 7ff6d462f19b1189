"""The corpus store: analysed articles, linked entities and cross-article contradictions.

SQLite (WAL) by default: one file, no server; `postgresql://…` for a team (psycopg 3). One
schema and one query layer serve both: queries are written once with `?` placeholders and the
few differences (full-text search, identity columns) live in `schema.DIALECTS` and `_Db`.
Each article is written whole inside one transaction (an ingest groups a few dozen articles per
transaction, see `Store.batch`), so a crash or kill loses no stored article and leaves no half
article; running the same ingest again skips what is stored (articles are identified by
a hash of their text) and completes the rest.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ukti import quotes
from ukti.contradict import Claim, conflict, masked, read_facts
from ukti.link import Correction
from ukti.model import Document, Failure
from ukti.store.schema import ARTICLE_TABLES, FTS_STRIDE, SCHEMA_VERSION, migration
from ukti.tables import COLUMNS, ArticleRows, article_rows, relink
from ukti.tables import article_id as article_id  # re-exported: callers find articles by it

DEFAULT_DB = "ukti.db"
_INSERT_CONTRADICTION = ("INSERT INTO contradictions (article_a, statement_a, article_b, statement_b, why, confidence)"
                         " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")


class StoreError(Exception):
    pass


class StoreFull(StoreError):
    """The disk (or the database server's) has no room for the next write: not one article's
    fault, so the ingest stops with one line instead of failing every article after it."""

    def __init__(self, cause: BaseException) -> None:
        from ukti.errors import MESSAGES

        super().__init__(MESSAGES["U015"].format(detail=str(cause).strip().splitlines()[0][:120]))
        self.code = "U015"


def disk_full(e: BaseException) -> BaseException | None:
    """The error in `e`'s chain that says the disk is full (SQLite's SQLITE_FULL, PostgreSQL's
    disk_full, ENOSPC), if any."""
    import errno

    seen: BaseException | None = e
    while seen is not None:
        if isinstance(seen, StoreFull):
            return seen
        if (getattr(seen, "sqlite_errorcode", None) == 13 or getattr(seen, "sqlstate", None) == "53100"
                or (isinstance(seen, OSError) and seen.errno == errno.ENOSPC)
                or "database or disk is full" in str(seen) or "No space left on device" in str(seen)):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


@dataclass(slots=True)
class IngestCounts:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    expected: int | None = None  # articles in the inputs, when known (for an ETA)
    stopped: StoreError | None = None  # why the ingest stopped before the end (a full disk)


@dataclass(slots=True, frozen=True)
class Page:
    """Which slice of a long list: `number` counts from 1."""

    number: int = 1
    size: int = 20

    @property
    def limit(self) -> int:
        return self.size

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size


def _where(sql: str, conditions: list[str]) -> str:
    return sql + (" WHERE " + " AND ".join(conditions) if conditions else "")


def _date_filter(column: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list[Any]]:
    """Conditions on an ISO date column; `date_to` is inclusive of that whole day."""
    where, args = [], []
    if date_from:
        where.append(f"{column} >= ?")
        args.append(date_from)
    if date_to:
        where.append(f"{column} <= ?")
        args.append(date_to + "\uffff")
    return where, args


_VALUES = re.compile(r"VALUES \((\?(?:, \?)*)\)")
# an INSERT of rows that cannot conflict with stored ones (no ON CONFLICT, nothing returned)
_PLAIN_INSERT = re.compile(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \(\?(?:, \?)*\)")


def _names_speaker(s: str, dialect: str) -> str:
    """SQL for "statement `s`'s speaker text names its entity" (it holds one of the entity's
    mentions in that article): 0 for a pronoun or a title resolved to someone ("তিনি", "the
    minister"), whose entity's name the reader then needs beside it."""
    holds = "strpos" if dialect == "postgres" else "instr"
    return (f"(CASE WHEN EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = {s}.article_id"
            f" AND m.entity_id = {s}.speaker_entity AND {holds}({s}.speaker_text, m.text) > 0) THEN 1 ELSE 0 END)")


class _Db:
    """The little that differs between sqlite3 and psycopg connections."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        if url.startswith(("postgresql://", "postgres://")):
            try:
                import psycopg
                from psycopg.rows import dict_row
            except ImportError as e:
                from ukti.errors import install_hint

                raise StoreError(f"PostgreSQL needs psycopg: {install_hint('postgres')}") from e
            try:
                self.pg: Any = psycopg.connect(url, autocommit=True, row_factory=dict_row)
            except psycopg.Error as e:
                raise StoreError(f"cannot connect: {e}".strip()) from e
            if read_only:
                self.pg.execute("SET default_transaction_read_only = on")
            self.dialect = "postgres"
            self.lite: sqlite3.Connection | None = None
        else:
            path = url.removeprefix("sqlite:///").removeprefix("sqlite://")
            if read_only:
                self.lite = _open_read_only(path)
            else:
                self.lite = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self.lite.row_factory = sqlite3.Row
            if not read_only:  # both write to the file: a store on read-only media could not be read
                _wal(self.lite)
                self.lite.execute("PRAGMA synchronous=NORMAL")
            # reads through a memory map share the OS page cache between connections (the web
            # server opens one per thread) instead of each warming a private cache
            self.lite.execute("PRAGMA mmap_size=1073741824")
            # checkpoint the write-ahead log every ~80 MB instead of 4 MB: index pages that every
            # article touches are copied back once per checkpoint, not once per few articles
            self.lite.execute("PRAGMA wal_autocheckpoint=20000")
            # an ingest writes a few dozen articles per transaction: their pages stay in memory
            # until the commit instead of spilling to the log one by one
            self.lite.execute("PRAGMA cache_size=-65536")
            self.lite.execute("PRAGMA temp_store=MEMORY")
            self.dialect = "sqlite"

    def execute(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> Any:
        if self.lite is not None:
            return self.lite.execute(sql, params)
        return self.pg.execute(sql.replace("?", "%s"), params)

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if self.lite is not None:
            self.lite.executemany(sql, rows)
            return
        plain = _PLAIN_INSERT.fullmatch(sql)
        if plain is not None:
            # PostgreSQL: rows that cannot conflict go in by COPY, one round trip per table of an
            # article; a multi-row INSERT was a new statement for the server to parse and plan
            # each time (and for psycopg to convert: its size changes with the rows)
            with self.pg.cursor() as cur, cur.copy(f"COPY {plain.group(1)} ({plain.group(2)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        # … and the others one multi-row INSERT per few thousand values
        m = _VALUES.search(sql)
        if m is None:
            with self.pg.cursor() as cur:
                cur.executemany(sql.replace("?", "%s"), rows)
            return
        per_row = "(" + m.group(1).replace("?", "%s") + ")"
        step = max(1, 30000 // max(1, len(rows[0])))
        head, tail = sql[:m.start()].replace("?", "%s"), sql[m.end():].replace("?", "%s")
        for i in range(0, len(rows), step):
            chunk = rows[i:i + step]
            self.pg.execute(f"{head}VALUES {', '.join([per_row] * len(chunk))}{tail}",
                            [v for row in chunk for v in row])

    def one(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> dict[str, Any] | None:
        row = self.execute(sql, params).fetchone()
        return None if row is None else dict(row)

    def all(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.execute(sql, params).fetchall()]

    def table_exists(self, name: str) -> bool:
        if self.lite is not None:
            return self.one("SELECT 1 AS x FROM sqlite_master WHERE name=?", (name,)) is not None
        # the catalog read as a table, not through to_regclass: its name cache could still say
        # "no such table" after another process's migration had committed (seen in the race test)
        return self.one("SELECT 1 AS x FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                        " ON n.oid = c.relnamespace WHERE c.relname = ? AND n.nspname = current_schema()",
                        (name,)) is not None

    def columns(self, table: str) -> list[str]:
        cur = self.execute(f"SELECT * FROM {table} LIMIT 0")
        return [d[0] for d in cur.description]

    def begin(self) -> None:
        self.execute("BEGIN IMMEDIATE" if self.lite is not None else "BEGIN")

    def rollback(self) -> None:
        """Roll back the open transaction, if one is still open: SQLite rolls back by itself on
        some errors (a full disk), and a ROLLBACK then raised "no transaction is active" over the
        error that said what happened."""
        if self.lite is not None:
            if self.lite.in_transaction:
                self.lite.execute("ROLLBACK")
            return
        from psycopg.pq import TransactionStatus

        if self.pg.info.transaction_status != TransactionStatus.IDLE:
            self.pg.execute("ROLLBACK")

    def close(self) -> None:
        if self.lite is not None and not self.read_only:
            with contextlib.suppress(sqlite3.Error):  # a reader may find the log busy: fine
                self.lite.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.lite.execute("PRAGMA optimize")
        (self.lite or self.pg).close()


def _wal(conn: sqlite3.Connection, seconds: float = 30.0) -> None:
    """Put the store in WAL mode. Switching a new file takes an exclusive lock without waiting for
    the busy timeout: two processes making one store at once got "database is locked" here, so
    it is tried again for up to `seconds` (as the busy timeout waits elsewhere)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _open_read_only(path: str) -> sqlite3.Connection:
    """A connection that never writes, for a store this process may only read (read-only media,
    another user's file, `serve --read-only`). SQLite reads a WAL store through its shared-memory
    file, which it must create when no writer has: where the folder cannot be written either,
    the store is opened as immutable (no locks, no log: right for media nobody writes to)."""
    import os
    from urllib.parse import quote

    uri = "file:" + quote(os.path.abspath(path)) + "?mode=ro"
    for extra in ("", "&immutable=1"):
        conn = sqlite3.connect(uri + extra, uri=True, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as e:
            conn.close()
            if extra or not any(w in str(e) for w in ("readonly", "unable to open")):
                raise  # a locked or broken store is not read-only media
    raise AssertionError("unreachable")


class Store:
    """A corpus in SQLite or PostgreSQL: `Store.open("ukti.db")`; queries return plain dicts."""

    def __init__(self, db: _Db, path: str) -> None:
        self.db = db
        self.path = path
        self._corrections: tuple[Any, list[Correction]] | None = None
        # corpus entity id -> the newest statements about it (see _recent_about)
        self._about: dict[int, list[dict[str, Any]]] = {}
        self._corpus_ids: dict[str, int] = {}  # corpus key -> id (see _corpus_entity)
        self._seen_version: Any = None
        self._batch: _Batch | None = None

    @property
    def conn(self) -> Any:
        """The underlying connection (sqlite3 or psycopg), for tests and tools."""
        return self.db.lite if self.db.lite is not None else self.db.pg

    # ---- opening and migrations -------------------------------------------------------
    @classmethod
    def open(cls, url: str = DEFAULT_DB, *, read_only: bool = False) -> Store:
        """The store at `url`, migrated to this ukti's schema. `read_only` never writes to it
        (only a store of an older schema is migrated first, through a writing connection)."""
        if not read_only:
            store = cls(_Db(url), url)
            store._migrate()
            return store
        store = cls(_Db(url, read_only=True), url)
        version = store._version()
        if version < SCHEMA_VERSION:
            store.close()
            try:
                cls.open(url).close()
            except Exception as e:  # sqlite3's or psycopg's refusal to write, or a StoreError
                raise StoreError(f"schema version {version} is older than this ukti's ({SCHEMA_VERSION}) and the"
                                 f" store cannot be written to migrate it ({e})") from e
            store = cls(_Db(url, read_only=True), url)
        elif version > SCHEMA_VERSION:
            store._migrate()  # refuses it, with the message that says why
        return store

    def close(self) -> None:
        self.db.close()

    def _version(self) -> int:
        if not self.db.table_exists("meta"):
            return 0
        row = self.db.one("SELECT value FROM meta WHERE key='schema_version'")
        return int(row["value"]) if row else 0

    def _migrate(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            raise StoreError(f"schema version {version} is newer than this ukti ({SCHEMA_VERSION}); "
                             "upgrade ukti to open it")
        for v in range(version, SCHEMA_VERSION):
            with self._transaction():
                # one process migrates at a time, and reads the version again inside its
                # transaction: two making a new store at once raced ("table … already exists")
                if self.db.dialect == "postgres":
                    self.db.execute("SELECT pg_advisory_xact_lock(5821370)")  # SQLite: BEGIN IMMEDIATE locks
                if self._version() > v:
                    continue  # another process did this step meanwhile
                for stmt in migration(v, self.db.dialect):
                    self.db.execute(stmt)
                self.db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(v + 1),))

    def _transaction(self, redo: Callable[[], object] | None = None) -> _Tx:
        return _Tx(self, redo)

    @contextlib.contextmanager
    def batch(self, articles: int = 50, seconds: float = 1.0) -> Iterator[None]:
        """Write the articles saved inside in shared transactions: a commit costs as much as a
        small article's rows, so an ingest commits every `articles` articles or `seconds`. An
        article that fails is taken back alone (the others of its group are written again), a
        crash loses at most the uncommitted ones, which the next run of the same ingest stores,
        and nothing half-written is ever seen."""
        if self._batch is not None:
            yield
            return
        batch = self._batch = _Batch(articles, seconds)
        try:
            yield
            batch.commit(self)
        except BaseException:
            if batch.open:
                self.db.rollback()
                self._forget()
            raise
        finally:
            self._batch = None

    # ---- writing ----------------------------------------------------------------------
    def count_articles(self) -> int:
        row = self.db.one("SELECT count(*) AS n FROM articles")
        return int(row["n"]) if row else 0

    def has_article(self, aid: str) -> bool:
        return self.db.one("SELECT 1 AS x FROM articles WHERE id=?", (aid,)) is not None

    def refresh_statistics(self) -> None:
        """Give the query planner statistics for every table after an ingest. Without them a
        fresh SQLite store (whose `PRAGMA optimize` at close skips tables it thinks small) had
        statistics for some tables only, and the statements page built an automatic index on
        every request (40x slower). analysis_limit bounds the work on a large store."""
        if self.db.lite is not None:
            self.db.lite.execute("PRAGMA analysis_limit=2000")
            self.db.lite.execute("ANALYZE")
        else:
            self.db.execute("ANALYZE")

    def record_error(self, f: Failure) -> None:
        with self._transaction(redo=lambda: self.record_error(f)):
            self.db.execute("INSERT INTO errors (source, position, code, reason) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT (source, position) DO UPDATE SET code = excluded.code,"
                            " reason = excluded.reason", (f.source, f.position or "", f.code, f.reason))

    def corrections(self) -> list[Correction]:
        """People's merge/split corrections, read again only when one was added (by any process)."""
        row = self.db.one("SELECT max(seq) AS last FROM entity_corrections")
        last = row["last"] if row else None
        if self._corrections is None or self._corrections[0] != last:
            self._corpus_ids.clear()  # a merge removed an id
            rows = self.db.all("SELECT action, target, other FROM entity_corrections ORDER BY seq")
            self._corrections = (last, [Correction(r["action"], r["target"], r["other"]) for r in rows])
        return self._corrections[1]

    def save(self, doc: Document) -> str:
        """Store one analysed article (replacing an earlier analysis of the same text)."""
        return self.save_analysed(article_rows(doc))

    def save_analysed(self, made: ArticleRows) -> str:
        """Store one article from the rows `tables.article_rows` made of it without corrections
        (an ingest makes them in its worker processes): linked after the store's corrections,
        compared with other articles, written whole in one transaction."""
        corrections = self.corrections()
        rows = relink(made, corrections) if corrections else made
        art = rows.tables["articles"][0]
        with self._transaction(redo=lambda: self.save_analysed(made)):
            ids = self.save_rows(rows)
            self._cross_contradictions(rows, ids, art["lang"] or "bn")
            self._cluster_quotes(rows)
            self.db.execute("DELETE FROM errors WHERE source=? AND position=?", (art["source"], art["position"] or ""))
        return rows.id

    def load_article(self, rows: ArticleRows) -> None:
        """Store one article's rows made elsewhere (a Spark run), whole, in one transaction."""
        self._about.clear()
        with self._transaction(redo=lambda: self.load_article(rows)):
            self.save_rows(rows)
            self._cluster_quotes(rows)

    def add_contradictions(self, pairs: list[tuple[str, str, str, str, str, float | None]]) -> None:
        """Contradictions found elsewhere: (article_a, statement_a, article_b, statement_b, why, confidence)."""
        with self._transaction():
            self.db.executemany(_INSERT_CONTRADICTION, pairs)

    def save_rows(self, rows: ArticleRows) -> dict[str, int]:
        """Write one article's rows (from `tables.article_rows`, or read back from a Spark run),
        its corpus keys turned into this store's ids (returned). Runs inside the caller's
        transaction."""
        aid = rows.id
        if self.has_article(aid):
            self._delete_article(aid)
            self._about.clear()
        ids = {key: self._corpus_entity(key, typ, name) for key, (typ, name) in rows.corpus.items()}
        t = rows.tables

        def insert(table: str, items: list[dict[str, Any]], renamed: dict[str, str] | None = None,
                   conflict: str = "", also: tuple[str, ...] = ()) -> None:
            if not items:
                return
            cols = (*COLUMNS[table], *also)
            names = [(renamed or {}).get(c, c) for c in cols]
            marks = ", ".join("?" * len(cols))
            values = [tuple(ids.get(r.get(c) or "") if renamed and c in renamed else r.get(c) for c in cols)
                      for r in items]
            self.db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks}){conflict}", values)

        art = {**t["articles"][0], "analysis": _pack(t["articles"][0]["analysis"])}
        if self.db.dialect == "sqlite":  # the article's number for its full-text rows
            number = int((self.db.one("SELECT max(fts_id) AS n FROM articles") or {}).get("n") or 0) + 1
            insert("articles", [{**art, "fts_id": number}], also=("fts_id",))
        else:
            insert("articles", [art])
        insert("boilerplate", t["boilerplate"])
        insert("entities", t["entities"], {"corpus_key": "corpus_id"})
        insert("mentions", t["mentions"])
        insert("statements", t["statements"], {"speaker_key": "speaker_corpus_id"})
        insert("statement_entities", t["statement_entities"], {"corpus_key": "corpus_id"}, " ON CONFLICT DO NOTHING")
        key_of = {e["entity_id"]: e["corpus_key"] for e in t["entities"]}
        names = {(name, ids[key_of[m["entity_id"]]]) for m in t["mentions"] for name in (m["form"], m["text"])
                 if name and key_of.get(m["entity_id"]) in ids}
        self.db.executemany("INSERT INTO entity_names (name, corpus_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                            sorted(names))
        insert("times", t["times"])
        insert("quantities", t["quantities"])
        insert("contradictions", t["contradictions"], conflict=" ON CONFLICT DO NOTHING")
        if self.db.dialect == "sqlite":
            self.db.execute("INSERT INTO articles_fts (rowid, title, text, article_id) VALUES (?, ?, ?, ?)",
                            (number, art["title"] or "", art["text"], aid))
            self.db.executemany("INSERT INTO statements_fts (rowid, content, speaker, article_id, statement_id)"
                                " VALUES (?, ?, ?, ?, ?)",
                                [(number * FTS_STRIDE + i, st["content"], st["speaker_text"], aid, st["statement_id"])
                                 for i, st in enumerate(t["statements"][:FTS_STRIDE - 1], start=1)])
        return ids

    def _cluster_quotes(self, rows: ArticleRows) -> None:
        """The article's statements into the clusters of statements saying the same (`ukti.quotes`)."""
        art = rows.tables["articles"][0]
        quotes.cluster_article(self.db, rows.id, rows.tables.get("statements", []), art["outlet"], art["published"])

    def _delete_article(self, aid: str) -> None:
        quotes.forget_article(self.db, aid)
        for table in ARTICLE_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE article_id=?", (aid,))
        self.db.execute("DELETE FROM contradictions WHERE article_a=?", (aid,))
        self.db.execute("DELETE FROM contradictions WHERE article_b=?", (aid,))
        if self.db.dialect == "sqlite":
            row = self.db.one("SELECT fts_id FROM articles WHERE id=?", (aid,))
            if row and row["fts_id"] is not None:
                number = int(row["fts_id"])
                self.db.execute("DELETE FROM statements_fts WHERE rowid BETWEEN ? AND ?",
                                (number * FTS_STRIDE, (number + 1) * FTS_STRIDE - 1))
                self.db.execute("DELETE FROM articles_fts WHERE rowid=?", (number,))
        self.db.execute("DELETE FROM articles WHERE id=?", (aid,))

    def _corpus_entity(self, key: str, entity_type: str, name: str) -> int:
        """The id of a corpus key, made when new. Ids are remembered: a key keeps its id until
        a merge removes one (which adds a correction, and so empties the memory) or the
        transaction that made it is rolled back (`_forget`)."""
        known = self._corpus_ids.get(key)
        if known is not None:
            return known
        row = self.db.one("SELECT id FROM corpus_entities WHERE key=?", (key,))
        if row is None:
            row = self.db.one("INSERT INTO corpus_entities (key, type, name) VALUES (?, ?, ?) RETURNING id",
                              (key, entity_type, name))
        cid = self._corpus_ids[key] = int(row["id"]) if row else 0
        return cid

    def _forget(self) -> None:
        """Drop what is remembered of the store's rows, after a rollback or a correction."""
        self._about.clear()
        self._corpus_ids.clear()

    def _claim(self, row: dict[str, Any], ids: dict[str, int]) -> Claim:
        """A stored statement as the conflict test sees it, with what its article knew of it
        (`contradict.Facts`: masked names and dates, the people and organisations it names,
        its times and figures, its article's date), as the within-article stage builds it.
        People and organisations are compared by corpus id, like speakers; a row stored by an
        older ukti has its words only."""
        aid = row["article_id"]
        who = f"c{row['speaker_corpus_id']}" if row["speaker_corpus_id"] else f"{aid}:{row['speaker_text']}"
        cid, name = f"{aid}/{row['statement_id']}", row.get("speaker_text") or ""
        linked = bool(row["speaker_corpus_id"])
        facts = read_facts(row.get("facts"))
        if facts is None:
            return Claim(cid, who, row["stance"], row["content"], None, name, linked, article=aid,
                         published=row.get("published") or "")
        actors = frozenset(self._actor(key, ids) for key in facts.actors)
        return Claim(cid, who, row["stance"], masked(row["content"], facts.masks), None, name, linked, None, actors,
                     facts.times, facts.figures, aid, row.get("published") or "")

    def _actor(self, key: str, ids: dict[str, int]) -> str:
        """A corpus key as the conflict test names actors and speakers ("c12"): from the
        article being stored, the remembered ids, or the database (a key merged away since is
        kept as the key, and matches nothing)."""
        known = ids.get(key) or self._corpus_ids.get(key)
        if known is None:
            row = self.db.one("SELECT id FROM corpus_entities WHERE key=?", (key,))
            if row is None:
                return f"key:{key}"
            known = self._corpus_ids[key] = int(row["id"])
        return f"c{known}"

    def _cross_contradictions(self, rows: ArticleRows, ids: dict[str, int], lang: str, limit: int = 25) -> None:
        """Statements of this article against statements of others about the same people or
        organisations (a country is too broad a link): a bounded, stable sample of `limit` per
        entity (the newest by article id), so ingest stays linear; the same words in two
        articles are a copy, not a conflict. The article's own rows come from memory and each
        entity's sample from a cache kept in step with what this store writes."""
        aid = rows.id
        mine = [{**st, "speaker_corpus_id": ids.get(st.get("speaker_key") or "")}
                for st in rows.tables.get("statements", [])]
        about = sorted({(r["statement_id"], ids[r["corpus_key"]])
                        for r in rows.tables.get("statement_entities", [])
                        if r["entity_type"] in ("PER", "ORG") and r["corpus_key"] in ids})
        self._check_cache()
        others = {c: self._recent_about(c, aid, limit) for c in dict.fromkeys(c for _, c in about)}
        claims: dict[tuple[str, str], Claim] = {}
        found = []
        for s in mine:
            candidates: dict[tuple[str, str], dict[str, Any]] = {}
            for c in (c for sid, c in about if sid == s["statement_id"]):
                for o in others[c]:
                    candidates.setdefault((o["article_id"], o["statement_id"]), o)
            a = self._claim(s, ids)
            for key, o in list(candidates.items())[:limit]:
                if o["content"] == s["content"]:
                    continue  # the same words in two articles are a copy, not a conflict
                b = claims.get(key) or claims.setdefault(key, self._claim(o, ids))
                hit = conflict(a, b, lang)
                if hit is not None:
                    found.append((aid, s["statement_id"], o["article_id"], o["statement_id"], hit.why, hit.confidence))
        self.db.executemany(_INSERT_CONTRADICTION, found)
        self._remember_about(mine, about, aid)

    # How many of each entity's newest statements the cache keeps: the sample of `limit` plus
    # room for the statements of the article being compared, which the sample leaves out.
    _ABOUT_KEPT = 60

    def _check_cache(self) -> None:
        """Forget the cached samples when another connection may have written: SQLite tells by
        `data_version`; PostgreSQL gives no such signal cheaply, so there the cache lives for
        one transaction of a batch only (another writer's articles of that second may be missing
        from a sample: a sample it is)."""
        if self.db.lite is None:
            version: Any = self._batch.started if self._batch is not None and self._batch.open else None
        else:
            version = self.db.lite.execute("PRAGMA data_version").fetchone()[0]
        if version != self._seen_version:
            self._about.clear()
            self._seen_version = version

    def _recent_about(self, cid: int, aid: str, limit: int) -> list[dict[str, Any]]:
        """The newest `limit` statements about a corpus entity outside article `aid`, ordered by
        (article id, statement id) descending: the same rows the query would give."""
        if self._seen_version is None and self.db.lite is None:
            return self._query_about(cid, aid, limit)  # outside a batch: nothing cached
        cached = self._about.get(cid)
        if cached is None:
            # without this article: its rows are written already, and `_remember_about` adds
            # them after the comparison (filled with them, the cache held them twice, and the
            # samples, hence the contradictions found, depended on where a run had started)
            cached = self._about[cid] = self._query_about(cid, aid, self._ABOUT_KEPT)
        out = [r for r in cached if r["article_id"] != aid][:limit]
        if len(out) < limit and len(cached) >= self._ABOUT_KEPT:  # too few left: ask the database
            self._about.pop(cid, None)
            return self._query_about(cid, aid, limit)
        return out

    def _query_about(self, cid: int, aid: str, limit: int) -> list[dict[str, Any]]:
        return self.db.all(
            "SELECT s.article_id, s.statement_id, s.speaker_corpus_id, s.speaker_text, s.stance, s.content,"
            " s.published, s.facts FROM statement_entities x JOIN statements s ON s.article_id = x.article_id"
            " AND s.statement_id = x.statement_id WHERE x.corpus_id=? AND x.article_id != ?"
            " ORDER BY x.article_id DESC, x.statement_id DESC LIMIT ?", (cid, aid, limit))

    def _remember_about(self, mine: list[dict[str, Any]], about: list[tuple[str, int]], aid: str) -> None:
        """Put this article's statements into the cached samples of the entities they are about."""
        by_id = {s["statement_id"]: s for s in mine}
        touched = set()
        for sid, cid in about:
            cached = self._about.get(cid)
            if cached is None:
                continue
            s = by_id[sid]
            cached.append({"article_id": aid, "statement_id": sid, "speaker_corpus_id": s["speaker_corpus_id"],
                           "speaker_text": s["speaker_text"], "stance": s["stance"], "content": s["content"],
                           "published": s["published"], "facts": s["facts"]})
            touched.add(cid)
        for cid in touched:
            cached = self._about[cid]
            cached.sort(key=lambda r: (r["article_id"], r["statement_id"]), reverse=True)
            del cached[self._ABOUT_KEPT:]

    # ---- corrections ------------------------------------------------------------------
    def merge_entities(self, keep: int, other: int) -> None:
        """Corpus entity `other` is the same referent as `keep`: relink, and remember it."""
        self._forget()
        with self._transaction():
            k = self._key_of(keep)
            o = self._key_of(other)
            self.db.execute("INSERT INTO entity_corrections (action, target, other) VALUES ('merge', ?, ?)", (k, o))
            self.db.execute("UPDATE entities SET corpus_id=? WHERE corpus_id=?", (keep, other))
            self.db.execute("UPDATE statements SET speaker_corpus_id=? WHERE speaker_corpus_id=?", (keep, other))
            self.db.execute("INSERT INTO statement_entities SELECT article_id, statement_id, ?, entity_type"
                            " FROM statement_entities WHERE corpus_id=? ON CONFLICT DO NOTHING", (keep, other))
            self.db.execute("DELETE FROM statement_entities WHERE corpus_id=?", (other,))
            self.db.execute("INSERT INTO entity_names SELECT name, ? FROM entity_names WHERE corpus_id=?"
                            " ON CONFLICT DO NOTHING", (keep, other))
            self.db.execute("DELETE FROM entity_names WHERE corpus_id=?", (other,))
            self.db.execute("DELETE FROM corpus_entities WHERE id=?", (other,))

    def split_entity(self, article: str, entity: str) -> int:
        """An article entity was linked to the wrong referent: give it one of its own."""
        self._forget()
        with self._transaction():
            row = self.db.one("SELECT e.type, e.name, c.key FROM entities e JOIN corpus_entities c"
                              " ON c.id = e.corpus_id WHERE e.article_id=? AND e.entity_id=?", (article, entity))
            if row is None:
                raise StoreError(f"no entity {entity} in article {article}")
            ref = f"{article}/{entity}"
            self.db.execute("INSERT INTO entity_corrections (action, target, other) VALUES ('split', ?, ?)",
                              (row["key"], ref))
            new = self._corpus_entity(f"{row['key']}#split:{ref}", row["type"], row["name"])
            self.db.execute("UPDATE entities SET corpus_id=? WHERE article_id=? AND entity_id=?",
                              (new, article, entity))
            for column in ("form", "text"):
                self.db.execute(f"INSERT INTO entity_names SELECT DISTINCT {column}, ? FROM mentions WHERE"
                                f" article_id=? AND entity_id=? AND {column} IS NOT NULL ON CONFLICT DO NOTHING",
                                (new, article, entity))
            self.db.execute("UPDATE statements SET speaker_corpus_id=? WHERE article_id=? AND speaker_entity=?",
                              (new, article, entity))
            return new

    def _key_of(self, cid: int) -> str:
        row = self.db.one("SELECT key FROM corpus_entities WHERE id=?", (cid,))
        if row is None:
            raise StoreError(f"no corpus entity {cid}")
        return str(row["key"])

    # ---- questions --------------------------------------------------------------------
    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search of statements, most recently stored first; each word also matches
        its inflected forms (as a prefix)."""
        return self.list_statements(page=Page(1, limit), text=text)

    def find_entities(self, name: str | int) -> list[dict[str, Any]]:
        """Corpus entities one of whose names (the canonical Latin one, or a form the corpus
        writes) holds every word of `name`, compared without Bengali case endings: a surname or
        a given name alone finds them (ukti.names). For a name of two words or more, those named
        exactly so come alone when there are any ("রফিকুল ইসলাম" is not also "মো. রফিকুল
        ইসলাম খান"). An int, or a string of
        digits that is an entity's id, is that entity."""
        from ukti.names import has_every_word, name_words, same_name, stem

        if isinstance(name, int) or (name.strip().isascii() and name.strip().isdigit()):
            row = self.db.one("SELECT c.id, c.type, c.name FROM corpus_entities c WHERE c.id = ?", (int(name),))
            if row is not None or isinstance(name, int):
                return [row] if row else []
        words = name_words(name)
        if not words:
            return []
        like = f"%{max(map(stem, words), key=len)}%"  # the longest word narrows the scan; Python checks the rest
        rows = self.db.all(
            "SELECT c.id, c.type, c.name, c.name AS written FROM corpus_entities c WHERE lower(c.name) LIKE ?"
            " UNION ALL SELECT c.id, c.type, c.name, n.name AS written FROM entity_names n"
            " JOIN corpus_entities c ON c.id = n.corpus_id WHERE lower(n.name) LIKE ?", (like, like))
        exact: dict[int, dict[str, Any]] = {}
        partial: dict[int, dict[str, Any]] = {}
        for r in rows:
            written = name_words(r.pop("written"))
            if same_name(words, written):
                exact.setdefault(r["id"], r)
            elif has_every_word(words, written):
                partial.setdefault(r["id"], r)
        # a full name said whole is that person; one word said whole is a surname (or a given
        # name) that many share, and an entity whose form is only that word is no likelier
        found = exact if exact and len(words) > 1 else {**partial, **exact}
        return [found[k] for k in sorted(found)]

    def closest_entities(self, name: str, how_many: int = 5) -> list[dict[str, Any]]:
        """The entities whose names are nearest `name` by edit distance, in the script typed (and
        Bengali typed against the canonical Latin names too): for a name no entity has
        ("Elon Mask", "এলন মাক্স"), what the user may have meant. Each with its `distance`; of
        two as near, the one in more articles first."""
        from ukti.names import closest

        names = ((r["id"], r["name"]) for r in self.db.all(
            "SELECT id, name FROM corpus_entities UNION ALL SELECT corpus_id AS id, name FROM entity_names"))
        near = closest(name, names, 2 * how_many)
        rows = {r["id"]: r for r in self.describe_entities([e for e, _ in near])}
        found = [{**rows[e], "distance": d} for e, d in near if e in rows]
        return sorted(found, key=lambda r: (r["distance"], -r["articles"]))[:how_many]  # as near: the better known

    def describe_entities(self, ids: list[int], forms: bool = True) -> list[dict[str, Any]]:
        """Entities with what a person picks one by: type, name, the form the corpus writes
        most (`forms`: a query each, so not for hundreds), and how many statements are by it
        and about it, in the order of `ids`."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = {r["id"]: r for r in self.db.all(
            f"SELECT c.id, c.type, c.name,"
            f" (SELECT count(*) FROM statements s WHERE s.speaker_corpus_id = c.id) AS statements_by,"
            f" (SELECT count(*) FROM statement_entities x JOIN statements s ON s.article_id = x.article_id"
            f" AND s.statement_id = x.statement_id WHERE x.corpus_id = c.id"
            f" AND (s.speaker_corpus_id IS NULL OR s.speaker_corpus_id != c.id)) AS statements_about,"
            f" (SELECT count(*) FROM entities e WHERE e.corpus_id = c.id) AS articles"
            f" FROM corpus_entities c WHERE c.id IN ({marks})", ids)}
        for r in rows.values() if forms else ():
            form = self.db.one(
                "SELECT m.form, count(*) AS n FROM mentions m JOIN entities e ON e.article_id = m.article_id"
                " AND e.entity_id = m.entity_id WHERE e.corpus_id = ? AND m.form IS NOT NULL"
                " GROUP BY m.form ORDER BY n DESC, m.form LIMIT 1", (r["id"],))
            r["written"] = form["form"] if form else None
        return [rows[i] for i in ids if i in rows]

    def _ids(self, name: str | int) -> tuple[list[int], str]:
        """Corpus ids named `name` (or the id given), and the placeholders to put them in an IN (…)."""
        ids = [e["id"] for e in self.find_entities(name)]
        return ids, ",".join("?" * len(ids))

    def who(self, speaker: str | int, limit: int = 100) -> list[dict[str, Any]]:
        """Every statement by one corpus entity (by its name or any form), oldest first."""
        ids, marks = self._ids(speaker)
        if not ids:
            return []
        return self.db.all(
            f"SELECT a.published, a.outlet, s.article_id, s.statement_id, s.speaker_text, c.name AS speaker_name,"
            f" {_names_speaker('s', self.db.dialect)} AS speaker_named, s.stance, s.content FROM statements s"
            f" JOIN articles a ON a.id = s.article_id LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id"
            f" WHERE s.speaker_corpus_id IN ({marks})"
            f" ORDER BY s.published, s.article_id, s.start_at LIMIT ?", (*ids, limit))

    def about(self, entity: str | int, limit: int = 100) -> list[dict[str, Any]]:
        """Statements that mention an entity in what they say."""
        ids, marks = self._ids(entity)
        if not ids:
            return []
        return self.db.all(
            f"SELECT DISTINCT a.published, a.outlet, s.article_id, s.statement_id, s.speaker_text,"
            f" c.name AS speaker_name, {_names_speaker('s', self.db.dialect)} AS speaker_named, s.stance, s.content"
            f" FROM statement_entities se JOIN statements s ON s.article_id = se.article_id"
            f" AND s.statement_id = se.statement_id JOIN articles a ON a.id = s.article_id"
            f" LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id"
            f" WHERE se.corpus_id IN ({marks}) AND (s.speaker_corpus_id IS NULL OR s.speaker_corpus_id != se.corpus_id)"
            f" ORDER BY a.published, s.article_id, s.statement_id LIMIT ?", (*ids, limit))

    def contradictions(self, entity: str | None = None, across_only: bool = False,
                       limit: int = 100, min_confidence: float = 0.0) -> list[dict[str, Any]]:
        """Conflicting statements; `entity` by any of its names (the CLI's question)."""
        ids = (self._ids(entity)[0] or [-1]) if entity else None
        return self.list_contradictions(page=Page(1, limit), entity=ids, across_only=across_only,
                                        min_confidence=min_confidence)

    # ---- browsing (the web page and API): filtered, paged, newest first ------------------
    def list_articles(self, *, page: Page, date_from: str | None = None, date_to: str | None = None,
                      outlet: str | None = None, entity: int | None = None,
                      lang: str | None = None) -> list[dict[str, Any]]:
        where, args = _date_filter("a.published", date_from, date_to)
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if lang:
            where.append("a.lang = ?")
            args.append(lang)
        if entity is not None:
            where.append("a.id IN (SELECT article_id FROM entities WHERE corpus_id = ?)")
            args.append(entity)
        sql = ("SELECT a.id, a.title, a.outlet, a.published, a.lang, a.region, a.url, a.translated, a.origin_lang,"
               " (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements FROM articles a")
        return self.db.all(_where(sql, where) + " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?",
                           (*args, page.limit, page.offset))

    def article(self, aid: str) -> dict[str, Any] | None:
        """One stored article: its analysis (the `--format json` document) with corpus ids added."""
        row = self.db.one("SELECT id, analysis FROM articles WHERE id = ?", (aid,))
        if row is None:
            return None
        data: dict[str, Any] = json.loads(_unpack(row["analysis"]))
        data["article_id"] = row["id"]
        corpus = {r["entity_id"]: r["corpus_id"] for r in self.db.all(
            "SELECT entity_id, corpus_id FROM entities WHERE article_id = ?", (aid,))}
        for e in data.get("entities", []):
            e["corpus_id"] = corpus.get(e["id"])
        return data

    def list_entities(self, *, page: Page, name: str | None = None,
                      entity_type: str | None = None) -> list[dict[str, Any]]:
        where: list[str] = []
        args: list[Any] = []
        if name:
            where.append("(lower(c.name) LIKE ? OR c.id IN (SELECT corpus_id FROM entity_names WHERE name = ?))")
            args += [f"%{name.casefold()}%", name]
        if entity_type:
            where.append("c.type = ?")
            args.append(entity_type)
        sql = ("SELECT c.id, c.type, c.name, (SELECT count(*) FROM entities e WHERE e.corpus_id = c.id) AS articles,"
               " (SELECT count(*) FROM statements s WHERE s.speaker_corpus_id = c.id) AS statements"
               " FROM corpus_entities c")
        return self.db.all(_where(sql, where) + " ORDER BY articles DESC, c.id LIMIT ? OFFSET ?",
                           (*args, page.limit, page.offset))

    def entity(self, cid: int) -> dict[str, Any] | None:
        """A corpus entity with every form the corpus names it by and how often."""
        row = self.db.one("SELECT id, type, name FROM corpus_entities WHERE id = ?", (cid,))
        if row is None:
            return None
        row["aliases"] = self.db.all(
            "SELECT m.form, count(*) AS n FROM mentions m JOIN entities e ON e.article_id = m.article_id"
            " AND e.entity_id = m.entity_id WHERE e.corpus_id = ? GROUP BY m.form ORDER BY n DESC, m.form", (cid,))
        counts = self.db.one("SELECT count(*) AS n FROM entities WHERE corpus_id = ?", (cid,))
        row["articles"] = int(counts["n"]) if counts else 0
        return row

    def list_statements(self, *, page: Page, speaker: int | None = None, about: int | None = None,
                        stance: str | None = None, anonymous: bool | None = None, date_from: str | None = None,
                        date_to: str | None = None, text: str | None = None,
                        article: str | None = None, oldest_first: bool = False) -> list[dict[str, Any]]:
        """Statements with their article's date and outlet, filtered; `about` finds statements
        that mention an entity without being by it."""
        where, args = _date_filter("a.published", date_from, date_to)
        for column, value in (("s.speaker_corpus_id", speaker), ("s.stance", stance), ("s.article_id", article)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if anonymous is not None:
            where.append("s.anonymous = ?")
            args.append(int(anonymous))
        if about is not None:
            where.append("EXISTS (SELECT 1 FROM statement_entities x WHERE x.article_id = s.article_id AND"
                         " x.statement_id = s.statement_id AND x.corpus_id = ?)"
                         " AND (s.speaker_corpus_id IS NULL OR s.speaker_corpus_id != ?)")
            args += [about, about]
        select = ("SELECT s.article_id, s.statement_id, s.speaker_text, s.speaker_corpus_id, c.name AS speaker_name,"
                  f" {_names_speaker('s', self.db.dialect)} AS speaker_named, s.anonymous, s.cue, s.stance, s.content,"
                  " s.direct, s.nested_in, a.published, a.outlet, a.title")
        joins = (" JOIN articles a ON a.id = s.article_id LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id")
        if text:
            # matches, most recently stored first: the full-text index yields them in that
            # order, so a common word costs a page, not a sort of every match
            query = self._text_query(text)
            if query is None:
                return []
            if self.db.dialect == "postgres":
                where.append("to_tsvector('simple', s.content) @@ to_tsquery('simple', ?)")
                sql = select + " FROM statements s" + joins
                order = " ORDER BY a.published DESC, a.id, s.start_at"
            else:
                where.append("statements_fts MATCH ?")
                sql = (select + " FROM statements_fts f JOIN statements s ON s.article_id = f.article_id"
                       " AND s.statement_id = f.statement_id" + joins)
                order = " ORDER BY f.rowid DESC"
            return self.db.all(_where(sql, where) + order + " LIMIT ? OFFSET ?",
                               (*args, query, page.limit, page.offset))
        # newest first by date; the indexes on articles (published, id) and statements
        # (article_id, start_at) give this order without sorting the corpus, when SQLite walks
        # the articles first (CROSS JOIN fixes that order). One speaker's or one entity's
        # statements are few: found by their own index and sorted.
        way = "" if oldest_first else " DESC"
        order = f"a.published{way}, a.id{way}, s.start_at{way}"
        if speaker is not None:
            order = f"s.published{way}, s.article_id{way}, s.start_at{way}"  # statements_by_speaker's order
            sql = select + " FROM statements s" + joins
        elif self.db.dialect == "sqlite" and about is None and article is None:
            sql = (select + " FROM articles a CROSS JOIN statements s"
                   " LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id")
            where.insert(0, "s.article_id = a.id")
        else:
            sql = select + " FROM statements s" + joins
        return self.db.all(_where(sql, where) + f" ORDER BY {order} LIMIT ? OFFSET ?",
                           (*args, page.limit, page.offset))

    def _text_query(self, text: str) -> str | None:
        """The full-text query for `text`: every word, each also as a prefix (inflected forms)."""
        words = re.findall(r"[\w\u0980-\u09ff]+", text)
        if not words:
            return None
        if self.db.dialect == "postgres":
            return " & ".join(w + ":*" for w in words)
        return " ".join('"' + w.replace('"', "") + '"*' for w in words)

    def list_contradictions(self, *, page: Page, entity: int | list[int] | None = None,
                            across_only: bool = False, min_confidence: float = 0.0,
                            article: str | None = None) -> list[dict[str, Any]]:
        """Contradictions where either side is about `entity` (a corpus id, or several), or is a
        statement of `article`, as sure as `min_confidence` at least (those of an older ukti,
        without one, count as 0)."""
        where: list[str] = []
        args: list[Any] = []
        if across_only:
            where.append("c.article_a != c.article_b")
        if article is not None:
            where.append("(c.article_a = ? OR c.article_b = ?)")  # the key and contradictions_b
            args += [article, article]
        if min_confidence > 0:
            where.append("COALESCE(c.confidence, 0) >= ?")
            args.append(min_confidence)
        if entity is not None:
            ids = [entity] if isinstance(entity, int) else entity
            marks = ",".join("?" * len(ids))
            where.append(f"(EXISTS (SELECT 1 FROM statement_entities x WHERE x.article_id = c.article_a"
                         f" AND x.statement_id = c.statement_a AND x.corpus_id IN ({marks}))"
                         f" OR EXISTS (SELECT 1 FROM statement_entities y WHERE y.article_id = c.article_b"
                         f" AND y.statement_id = c.statement_b AND y.corpus_id IN ({marks})))")
            args += ids + ids
        sql = ("SELECT c.article_a, c.statement_a, sa.speaker_text AS speaker_a, sa.stance AS stance_a,"
               f" na.name AS speaker_name_a, {_names_speaker('sa', self.db.dialect)} AS speaker_named_a,"
               f" nb.name AS speaker_name_b, {_names_speaker('sb', self.db.dialect)} AS speaker_named_b,"
               " sa.content AS content_a, aa.outlet AS outlet_a, aa.published AS published_a,"
               " c.article_b, c.statement_b, sb.speaker_text AS speaker_b, sb.stance AS stance_b,"
               " sb.content AS content_b, ab.outlet AS outlet_b, ab.published AS published_b, c.why, c.confidence"
               " FROM contradictions c"
               " JOIN statements sa ON sa.article_id = c.article_a AND sa.statement_id = c.statement_a"
               " JOIN statements sb ON sb.article_id = c.article_b AND sb.statement_id = c.statement_b"
               " JOIN articles aa ON aa.id = c.article_a JOIN articles ab ON ab.id = c.article_b"
               " LEFT JOIN corpus_entities na ON na.id = sa.speaker_corpus_id"
               " LEFT JOIN corpus_entities nb ON nb.id = sb.speaker_corpus_id")
        # in key order: the primary key gives it without sorting (a date order would sort them all)
        return self.db.all(_where(sql, where) + " ORDER BY c.article_a, c.statement_a, c.article_b, c.statement_b"
                           " LIMIT ? OFFSET ?", (*args, page.limit, page.offset))

    def search_articles(self, text: str, *, page: Page) -> list[dict[str, Any]]:
        """Articles whose title or text match every word (as a prefix), most recently stored first."""
        query = self._text_query(text)
        if query is None:
            return []
        if self.db.dialect == "postgres":
            return self.db.all(
                "SELECT a.id, a.title, a.outlet, a.published, a.lang FROM articles a"
                " WHERE to_tsvector('simple', coalesce(a.title, '') || ' ' || a.text) @@ to_tsquery('simple', ?)"
                " ORDER BY a.published DESC, a.id LIMIT ? OFFSET ?", (query, page.limit, page.offset))
        return self.db.all(
            "SELECT a.id, a.title, a.outlet, a.published, a.lang FROM articles_fts f JOIN articles a"
            " ON a.id = f.article_id WHERE articles_fts MATCH ? ORDER BY f.rowid DESC LIMIT ? OFFSET ?",
            (query, page.limit, page.offset))

    # ---- pictures: the entity page's chart and the overview page -------------------------
    def stance_counts(self, speaker: int) -> list[dict[str, Any]]:
        """How many statements `speaker` (a corpus id) made on each day, by stance (`published`
        None for undated articles): one index range, however many statements."""
        return self.db.all("SELECT published, stance, count(*) AS n FROM statements WHERE speaker_corpus_id = ?"
                           " GROUP BY published, stance", (speaker,))

    def articles_by_outlet_day(self) -> list[dict[str, Any]]:
        """How many articles each outlet published on each day (None: outlet or day unknown)."""
        return self.db.all("SELECT outlet, substr(published, 1, 10) AS day, count(*) AS n FROM articles"
                           " GROUP BY outlet, substr(published, 1, 10)")

    def most_quoted(self, limit: int = 10) -> list[dict[str, Any]]:
        """The speakers (corpus entities) with the most statements, most first."""
        return self.db.all("SELECT c.id, c.name, c.type, q.n FROM (SELECT speaker_corpus_id AS id, count(*) AS n"
                           " FROM statements WHERE speaker_corpus_id IS NOT NULL GROUP BY speaker_corpus_id) q"
                           " JOIN corpus_entities c ON c.id = q.id ORDER BY q.n DESC, c.id LIMIT ?", (limit,))

    def most_contradicted(self, limit: int = 10, min_confidence: float = 0.0) -> list[dict[str, Any]]:
        """The statements in the most contradictions (on either side), most first, with their
        speaker, words and article."""
        sure = " WHERE COALESCE(confidence, 0) >= ?" if min_confidence > 0 else ""
        args: list[Any] = [min_confidence, min_confidence] if sure else []
        return self.db.all(
            "SELECT x.article_id, x.statement_id, x.n, s.speaker_text, s.speaker_corpus_id, s.stance, s.content,"
            " a.title, a.published, a.outlet FROM (SELECT article_id, statement_id, count(*) AS n FROM"
            f" (SELECT article_a AS article_id, statement_a AS statement_id FROM contradictions{sure}"
            f" UNION ALL SELECT article_b, statement_b FROM contradictions{sure}) y"
            " GROUP BY article_id, statement_id) x"
            " JOIN statements s ON s.article_id = x.article_id AND s.statement_id = x.statement_id"
            " JOIN articles a ON a.id = x.article_id ORDER BY x.n DESC, x.article_id, x.statement_id LIMIT ?",
            (*args, limit))

    def stats(self) -> dict[str, Any]:
        def count(sql: str) -> int:
            row = self.db.one(sql)
            return int(row["n"]) if row else 0

        out: dict[str, Any] = {t: count(f"SELECT count(*) AS n FROM {t}")
                               for t in ("articles", "statements", "entities", "corpus_entities", "contradictions",
                                         "errors")}
        out["cross_article_contradictions"] = count(
            "SELECT count(*) AS n FROM contradictions WHERE article_a != article_b")
        out["by_stance"] = {r["stance"]: r["n"] for r in self.db.all(
            "SELECT stance, count(*) AS n FROM statements GROUP BY stance ORDER BY stance")}
        out["by_lang"] = {r["lang"]: r["n"] for r in self.db.all(
            "SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY lang")}
        out["schema_version"] = self._version()
        return out

    def errors(self) -> list[dict[str, Any]]:
        return self.db.all("SELECT * FROM errors ORDER BY source, position")

    def export_statements(self) -> Iterator[dict[str, Any]]:
        rows = self.db.all(
            "SELECT a.id AS article_id, a.url, a.outlet, a.published, s.statement_id, s.speaker_text,"
            " c.name AS speaker_name, s.anonymous, s.cue, s.stance, s.content, s.direct, s.nested_in, s.refers_to"
            " FROM statements s JOIN articles a ON a.id = s.article_id"
            " LEFT JOIN corpus_entities c ON c.id = s.speaker_corpus_id ORDER BY a.published, a.id, s.start_at")
        yield from rows

    def export_entities(self) -> Iterator[dict[str, Any]]:
        forms = "string_agg(DISTINCT m.form, ',')" if self.db.dialect == "postgres" else "group_concat(DISTINCT m.form)"
        rows = self.db.all(
            "SELECT c.id, c.type, c.name, count(DISTINCT e.article_id) AS articles,"
            f" {forms} AS forms"
            " FROM corpus_entities c JOIN entities e ON e.corpus_id = c.id"
            " JOIN mentions m ON m.article_id = e.article_id AND m.entity_id = e.entity_id GROUP BY c.id ORDER BY c.id")
        yield from rows

    def dump(self) -> list[tuple[str, tuple[Any, ...]]]:
        """Every row of every table, sorted, with generated ids replaced by content keys: two
        stores holding the same corpus dump equal, whatever order they were filled in."""
        key_of = {r["id"]: r["key"] for r in self.db.all("SELECT id, key FROM corpus_entities")}
        out: list[tuple[str, tuple[Any, ...]]] = []
        for table in ("articles", "boilerplate", "entities", "mentions", "statements", "statement_entities", "times",
                      "quantities", "contradictions", "corpus_entities", "errors", "entity_corrections",
                      "entity_names"):
            cols = self.db.columns(table)
            for row in self.db.all(f"SELECT * FROM {table}"):
                values = []
                for col in cols:
                    v = row[col]
                    if col in ("corpus_id", "speaker_corpus_id") or (table == "corpus_entities" and col == "id"):
                        v = key_of.get(v, v)
                    if col in ("seq", "fts_id"):  # generated numbers: differ with the order of storing
                        continue
                    if col == "analysis":
                        v = _unpack(v)
                    values.append(v)
                out.append((table, tuple(values)))
        return sorted(out, key=lambda x: (x[0], json.dumps(x[1], ensure_ascii=False, default=str)))


def packed(rows: ArticleRows) -> ArticleRows:
    """The rows with their analysis document compressed as the store keeps it (done by an
    ingest's workers, so that the writing process does not)."""
    for art in rows.tables["articles"]:
        art["analysis"] = _pack(art["analysis"])
    return rows


def _pack(analysis: str | bytes) -> bytes:
    """The analysis document as stored: zlib at its fastest level keeps a fifth of the JSON."""
    return analysis if isinstance(analysis, bytes) else zlib.compress(analysis.encode("utf-8"), 1)


def _unpack(stored: str | bytes | memoryview) -> str:
    """The analysis document from its stored form: compressed bytes, or the JSON text that stores
    written before schema version 5 hold (UTF-8 bytes on PostgreSQL after that migration)."""
    if isinstance(stored, str):
        return stored
    raw = bytes(stored)
    return (zlib.decompress(raw) if raw[:1] == b"\x78" else raw).decode("utf-8")


class _Tx:
    """BEGIN … COMMIT, rolled back on any error. Inside a batch (`Store.batch`) the article
    joins the batch's open transaction instead; if it fails, the whole transaction is rolled
    back and the batch's earlier articles are written again one transaction each (their `redo`),
    so that a failing article takes back only its own rows."""

    def __init__(self, store: Store, redo: Callable[[], object] | None) -> None:
        self.store = store
        self.redo = redo
        self.batch = store._batch if redo is not None else None

    def __enter__(self) -> None:
        batch, db = self.store._batch, self.store.db
        if batch is not None and self.batch is None:
            batch.commit(self.store)  # a write that cannot be redone is never part of a batch
        if self.batch is None:
            db.begin()
        elif not self.batch.open:
            db.begin()
            self.batch.open = True
            self.batch.started = time.monotonic()

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        db = self.store.db
        if self.batch is None:
            if exc_type:
                db.rollback()
                self.store._forget()
            else:
                db.execute("COMMIT")
            return
        if not exc_type:
            self.batch.pending.append(self.redo)  # type: ignore[arg-type]
            if len(self.batch.pending) >= self.batch.articles or \
                    time.monotonic() - self.batch.started >= self.batch.seconds:
                self.batch.commit(self.store)
            return
        db.rollback()
        self.store._forget()  # it holds rows of the articles just rolled back
        earlier, self.batch.pending, self.batch.open = self.batch.pending, [], False
        self.store._batch = None
        try:
            for redo in earlier:
                redo()
        finally:
            self.store._batch = self.batch


@dataclass(slots=True)
class _Batch:
    """Articles written in one shared transaction, committed after `articles` of them or
    `seconds`, whichever comes first; `pending` redoes the uncommitted ones one by one."""

    articles: int
    seconds: float
    open: bool = False
    started: float = 0.0
    pending: list[Callable[[], object]] = field(default_factory=list)

    def commit(self, store: Store) -> None:
        """COMMIT the group. A commit that fails (the disk filled as the group's pages were
        written) takes the group back and writes its articles again one transaction each, so
        that as many are kept as there is room for; the first that fails again raises."""
        if not self.open:
            return
        try:
            store.db.execute("COMMIT")
        except Exception:
            store.db.rollback()
            store._forget()
            earlier, self.pending, self.open = self.pending, [], False
            store._batch = None
            try:
                for redo in earlier:
                    redo()
            finally:
                store._batch = self
            return
        self.open = False
        self.pending.clear()

