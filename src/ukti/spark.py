"""`ukti spark`: the single-machine pipeline over a corpus too big for one machine, on Apache Spark.

    ukti spark news.jsonl crawl/*.warc.gz OUTPUT_DIR --master local[*]
    ukti ingest OUTPUT_DIR --db ukti.db          # load the tables into the store (and the web page)

Each executor runs exactly `ukti analyze`'s pipeline (`pipeline.default_pipeline`) inside
`mapInArrow`: records go to the Python workers and their tables come back as Arrow record batches
of a few dozen articles each, typed columns the JVM takes as they are (no JSON text per article
to parse again); the language pack and NER model load once per Python worker process (Spark
reuses its workers) and stay cached. (`mapInArrow` needs pandas on the driver: PySpark checks.)
Output is one Parquet folder per store table (`tables.COLUMNS`), corpus entities linked by their
corpus key, and `errors` with one row per article that could not be read or analysed: a bad
record never fails the job. Cross-article work (corpus entities, contradictions between
articles) runs as Spark jobs grouped by corpus key, with `contradict.conflict`, the test the
store uses.

Inputs: JSONL (`.jsonl`; lines are distributed; `.jsonl.gz` one task per file), WARC (`.warc`, `.warc.gz`; files
are distributed, one task each), Parquet (a file or folder with a `text` or `html` column and
optionally `url`, `date`, `title`, `id`, `outlet`), and folders of those.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ukti.link import Correction
from ukti.model import Failure, RawArticle
from ukti.tables import COLUMNS, article_rows, error_row

TABLES = tuple(COLUMNS)
INTEGER_COLUMNS = {"idx", "start_at", "end_at", "anonymous", "direct", "translated"}
REAL_COLUMNS = {("quantities", "value"), ("contradictions", "confidence")}
CROSS_LIMIT = 25  # each statement is compared with the 25 before it (by date) about the same entity
MAX_BYTES = 5_000_000


def _spark_type(table: str, column: str) -> Any:
    from pyspark.sql import types as T

    if (table, column) in REAL_COLUMNS:
        return T.DoubleType()
    if column in INTEGER_COLUMNS:
        return T.LongType()
    return T.StringType()


def schema(table: str) -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(c, _spark_type(table, c), True) for c in COLUMNS[table]])


# ---- reading: each input becomes an RDD of RawArticle | Failure -----------------------------
def _input_files(paths: Iterable[str]) -> list[tuple[str, str]]:
    """(kind, path) for every input; folders are walked (Parquet folders are one input)."""
    out: list[tuple[str, str]] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and any(p.glob("*.parquet")):
            out.append(("parquet", raw))
        elif p.is_dir():
            out += _input_files(str(x) for x in sorted(p.rglob("*")) if x.is_file())
        else:
            name = p.name.lower()
            if name.endswith((".jsonl", ".ndjson")):
                out.append(("jsonl", raw))  # lines are distributed
            elif name.endswith(".gz") and not name.endswith(".warc.gz"):
                out.append(("file", raw))  # not splittable; Python reads it, a cut-off stream is an error row
            elif name.endswith((".warc", ".warc.gz")):
                out.append(("warc", raw))
            elif name.endswith(".parquet"):
                out.append(("parquet", raw))
            else:
                out.append(("file", raw))
    return out


def _warc_articles(path: str) -> Iterator[RawArticle | Failure]:
    from ukti.read import read_warc

    yield from read_warc(Path(path), MAX_BYTES)


def _file_articles(path: str) -> Iterator[RawArticle | Failure]:
    from ukti.read import read_path

    yield from read_path(path, max_bytes=MAX_BYTES)


def _jsonl_line(source: str) -> Callable[[tuple[str, int]], list[RawArticle | Failure]]:
    def parse(pair: tuple[str, int]) -> list[RawArticle | Failure]:
        from ukti.read import jsonl_record

        item = jsonl_record(pair[0], source, pair[1] + 1, MAX_BYTES)
        return [] if item is None else [item]
    return parse


def _parquet_row(source: str) -> Callable[[Any], RawArticle | Failure]:
    def parse(pair: tuple[Any, int]) -> RawArticle | Failure:
        from ukti.read import mapping_record

        row, n = pair
        fields = {k: (v if v is None or isinstance(v, str) else str(v)) for k, v in row.asDict().items()}
        return mapping_record(fields, source, f"row {n + 1}")
    return parse


def read(spark: Any, paths: Iterable[str], partitions: int | None = None) -> Any:
    """An RDD of RawArticle | Failure over every input."""
    sc = spark.sparkContext
    parts = []
    files: list[tuple[str, str]] = []
    for kind, path in _input_files(paths):
        if kind == "jsonl":
            lines = sc.textFile(path, minPartitions=partitions or sc.defaultParallelism)
            parts.append(lines.zipWithIndex().flatMap(_jsonl_line(path)))
        elif kind == "parquet":
            parts.append(spark.read.parquet(path).rdd.zipWithIndex().map(_parquet_row(path)))
        else:
            files.append((kind, path))
    if files:
        rdd = sc.parallelize(files, max(1, min(len(files), partitions or len(files))))
        parts.append(rdd.flatMap(lambda kp: _warc_articles(kp[1]) if kp[0] == "warc" else _file_articles(kp[1])))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)


# ---- analysis: the single-machine pipeline, once per article ---------------------------------
def analyse_partition(items: Iterable[RawArticle | Failure], corrections: list[Correction], date: str | None = None,
                      before: Callable[[RawArticle], None] | None = None) -> Iterator[dict[str, Any]]:
    """One output record per input record: {"kind": "article", "t": its tables} or
    {"kind": "error", "error": the error row}."""
    from ukti.pipeline import default_pipeline

    pipeline = default_pipeline()  # cached in the worker process: the model loads once
    for item in items:
        if isinstance(item, Failure):
            yield {"kind": "error", "error": error_row(item)}
            continue
        if before is not None:
            before(item)  # a hook for tracing and tests; what it raises fails the task (Spark retries it)
        try:
            doc = pipeline(item, date=date)
            rows = article_rows(doc, corrections)
        except Exception as e:  # one bad article never fails the job
            failure = Failure(item.source, item.position, f"analysis failed: {e}"[:200], "U011")
            yield {"kind": "error", "error": error_row(failure)}
            continue
        yield {"kind": "article", "t": {t: [_typed(t, r) for r in rows.tables.get(t, [])] for t in ARTICLE_TABLES}}


ARTICLE_TABLES = tuple(t for t in TABLES if t != "errors")
ARROW_ARTICLES = 32  # articles per Arrow batch handed back to the JVM


def _typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row with each value of its column's type (`_spark_type`): Arrow takes no other."""
    out: dict[str, Any] = {}
    for column in COLUMNS[table]:
        v = row.get(column)
        if v is not None:
            if (table, column) in REAL_COLUMNS:
                v = float(v)
            elif column in INTEGER_COLUMNS:
                v = int(v)
            elif not isinstance(v, str):
                v = str(v)
        out[column] = v
    return out


def _arrow_schema() -> Any:
    """The Arrow schema of `bundle_schema`, for the batches the workers build."""
    import pyarrow as pa

    def struct(table: str) -> Any:
        return pa.struct([(c, pa.float64() if (table, c) in REAL_COLUMNS else
                           pa.int64() if c in INTEGER_COLUMNS else pa.string()) for c in COLUMNS[table]])

    return pa.schema([("kind", pa.string()), ("error", struct("errors")),
                      ("t", pa.struct([(t, pa.list_(struct(t))) for t in ARTICLE_TABLES]))])


def bundle_schema() -> Any:
    """What the analysis hands the JVM per input record: its kind, the error row or the tables."""
    from pyspark.sql import types as T

    tables = T.StructType([T.StructField(t, T.ArrayType(schema(t))) for t in ARTICLE_TABLES])
    return T.StructType([T.StructField("kind", T.StringType()), T.StructField("error", schema("errors")),
                         T.StructField("t", tables)])


def analyse_batches(batches: Iterable[Any], corrections: list[Correction], date: str | None = None,
                    before: Callable[[RawArticle], None] | None = None) -> Iterator[Any]:
    """`mapInArrow`'s function: record batches of pickled input records (column `item`) in,
    record batches of `bundle_schema` out, ARROW_ARTICLES records each."""
    import pickle

    import pyarrow as pa

    arrow = _arrow_schema()
    items = (pickle.loads(b) for batch in batches for b in batch.column(0).to_pylist())
    done: list[dict[str, Any]] = []
    for record in analyse_partition(items, corrections, date, before):
        done.append(record)
        if len(done) >= ARROW_ARTICLES:
            yield pa.RecordBatch.from_pylist(done, schema=arrow)
            done = []
    if done:
        yield pa.RecordBatch.from_pylist(done, schema=arrow)


def run(inputs: Iterable[str], output: str, *, master: str | None = "local[*]", spark: Any = None,
        corrections: list[Correction] | None = None, partitions: int | None = None, date: str | None = None,
        before: Callable[[RawArticle], None] | None = None) -> dict[str, int]:
    """Analyse `inputs` on Spark and write the store's tables as Parquet under `output`.

    Give `spark` to use a session of your own (a notebook's); otherwise one is started on
    `master`. Returns the row count of each table written.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    own = spark is None
    if own:
        spark = session(master or "local[*]")
    try:
        import pickle

        fixes = list(corrections or [])
        articles = read(spark, inputs, partitions)
        # each input record crosses once, pickled; the analysis comes back as Arrow batches
        records = spark.createDataFrame(articles.map(lambda item: (pickle.dumps(item),)), "item binary")
        batch_conf = "spark.sql.execution.arrow.maxRecordsPerBatch"
        before_conf = spark.conf.get(batch_conf)
        spark.conf.set(batch_conf, "256")  # input records per batch: a few MB of text, not Spark's 10,000
        parsed = records.mapInArrow(lambda batches: analyse_batches(batches, fixes, date, before), bundle_schema())
        parsed.persist(StorageLevel.MEMORY_AND_DISK)
        counts: dict[str, int] = {}
        frames = {}
        for table in TABLES:
            if table == "errors":
                df = parsed.where("kind = 'error'").select(F.col("error").alias("r"))
            else:
                df = parsed.where("kind = 'article'").select(F.explode(F.col(f"t.{table}")).alias("r"))
            df = df.select("r.*")
            if table in ("articles", "errors"):
                df = df.dropDuplicates(["id"] if table == "articles" else ["source", "position"])
            frames[table] = df
        frames["corpus_entities"] = corpus_entities(frames["entities"])
        frames["contradictions"] = frames["contradictions"].unionByName(
            cross_contradictions(spark, frames["statements"], frames["statement_entities"], frames["articles"]))
        out = Path(output)
        for table, df in frames.items():
            df.write.mode("overwrite").parquet(str(out / table))
            counts[table] = spark.read.parquet(str(out / table)).count()
        (out / "_UKTI").write_text(json.dumps({"format": "ukti-tables/1", "counts": counts}) + "\n")
        parsed.unpersist()
        spark.conf.set(batch_conf, before_conf)
        return counts
    finally:
        if own:
            spark.stop()


def session(master: str) -> Any:
    import os
    import sys

    from pyspark.sql import SparkSession

    # workers run the Python that runs ukti (its venv), unless the cluster says otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    # in local mode the driver's JVM is the executor: give it room for the parsed tables
    # (UKTI_SPARK_MEMORY overrides; on a cluster, spark-submit's settings rule)
    memory = os.environ.get("UKTI_SPARK_MEMORY", "4g")
    spark = (SparkSession.builder.master(master).appName("ukti")
             .config("spark.driver.memory", memory)
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.python.worker.reuse", "true")
             .config("spark.sql.shuffle.partitions", "8")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ---- cross-article work, grouped by corpus key ---------------------------------------------
def corpus_entities(entities: Any) -> Any:
    """One row per corpus key: its type and the name most articles give it (ties: the first)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    counted = entities.groupBy("corpus_key", "type", "name").count()
    best = Window.partitionBy("corpus_key").orderBy(F.desc("count"), "name", "type")
    return (counted.withColumn("rank", F.row_number().over(best)).where("rank = 1")
            .select(F.col("corpus_key").alias("key"), "type", "name"))


def cross_contradictions(spark: Any, statements: Any, about: Any, articles: Any) -> Any:
    """Statements about the same person or organisation in different articles that conflict:
    per corpus key, each statement against the CROSS_LIMIT before it by date (as the store does
    on ingest), so the work stays linear in the corpus."""
    from pyspark.sql import functions as F

    per_key = (about.where(F.col("entity_type").isin("PER", "ORG"))
               .join(statements, ["article_id", "statement_id"])
               .join(articles.select(F.col("id").alias("article_id"), "lang"), "article_id")
               .select("corpus_key", "article_id", "statement_id", "speaker_key", "speaker_text", "stance",
                       "content", "published", "facts", "lang"))
    pairs = per_key.rdd.map(lambda r: (r["corpus_key"], r.asDict())).groupByKey().flatMap(
        lambda kv: _conflicts(list(kv[1])))
    return spark.createDataFrame(pairs, schema("contradictions")).dropDuplicates(
        ["article_a", "statement_a", "article_b", "statement_b"])


def _conflicts(group: list[dict[str, Any]]) -> Iterator[tuple[str, str, str, str, str, float]]:
    from ukti.contradict import Claim, conflict, masked, read_facts

    def claim(r: dict[str, Any]) -> Claim:
        """As the store builds it (`Store._claim`): people and organisations by corpus key, as
        speakers are here."""
        aid = r["article_id"]
        who = r["speaker_key"] or f"{aid}:{r['speaker_text']}"
        facts = read_facts(r.get("facts"))
        if facts is None:
            return Claim(f"{aid}/{r['statement_id']}", who, r["stance"], r["content"], None, r["speaker_text"] or "",
                         bool(r["speaker_key"]), article=aid, published=r["published"] or "")
        return Claim(f"{aid}/{r['statement_id']}", who, r["stance"], masked(r["content"], facts.masks), None,
                     r["speaker_text"] or "", bool(r["speaker_key"]), None, facts.actors, facts.times, facts.figures,
                     aid, r["published"] or "")

    group.sort(key=lambda r: (r["published"] or "", r["article_id"], r["statement_id"]))
    for i, s in enumerate(group):
        earlier = [o for o in group[max(0, i - 4 * CROSS_LIMIT):i] if o["article_id"] != s["article_id"]]
        for o in earlier[-CROSS_LIMIT:]:
            if o["content"] == s["content"]:
                continue  # the same words in two articles are a copy, not a conflict
            c = conflict(claim(s), claim(o), s["lang"] or "bn")
            if c is not None:
                yield s["article_id"], s["statement_id"], o["article_id"], o["statement_id"], c.why, c.confidence


# ---- loading Spark's tables into the store --------------------------------------------------
def is_output(path: str) -> bool:
    return (Path(path) / "_UKTI").is_file()


def load(output: str, store: Any) -> tuple[int, int]:
    """Load a `ukti spark` output folder into a Store: (articles stored, errors recorded).
    Articles already stored are replaced; each article is written whole (in ingest's groups)."""
    import pyarrow.parquet as pq

    from ukti.tables import ArticleRows

    base = Path(output)

    def table(name: str) -> list[dict[str, Any]]:
        return pq.read_table(base / name).to_pylist() if (base / name).exists() else []

    corpus = {r["key"]: (r["type"], r["name"]) for r in table("corpus_entities")}
    bundles: dict[str, ArticleRows] = {}
    for name in ("articles", "boilerplate", "entities", "mentions", "statements", "statement_entities", "times",
                 "quantities", "contradictions"):
        for r in table(name):
            aid = r["article_a"] if name == "contradictions" else (r["id"] if name == "articles" else r["article_id"])
            if name == "contradictions" and r["article_a"] != r["article_b"]:
                continue  # across articles: loaded after every article is in
            rows = bundles.setdefault(aid, ArticleRows(aid, {t: [] for t in TABLES if t != "errors"}))
            rows.tables[name].append(r)
            key = r.get("corpus_key") or r.get("speaker_key")
            if key and key in corpus:
                rows.corpus[key] = corpus[key]
    stored = 0
    with store.batch():
        for rows in bundles.values():
            if not rows.tables["articles"]:
                continue
            store.load_article(rows)
            stored += 1
    store.add_contradictions([(r["article_a"], r["statement_a"], r["article_b"], r["statement_b"], r["why"],
                               r["confidence"])
                              for r in table("contradictions") if r["article_a"] != r["article_b"]])
    errors = table("errors")
    for e in errors:
        store.record_error(Failure(e["source"], e["position"] or None, e["reason"], e["code"]))
    return stored, len(errors)


def main(argv: list[str] | None = None) -> None:
    """`python -m ukti.spark INPUT… OUTPUT` (for spark-submit, where the session is given)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2:
        sys.exit("usage: python -m ukti.spark INPUT… OUTPUT")
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("ukti").getOrCreate()  # spark-submit has set master and Python
    counts = run(args[:-1], args[-1], spark=spark, master=None)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
