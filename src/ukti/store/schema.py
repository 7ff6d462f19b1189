"""The corpus schema, as versioned migrations, for SQLite and PostgreSQL alike.

Each migration is a list of statements applied in one transaction and recorded in `meta`
(`schema_version`), so a store opened by a newer ukti is migrated forward and one written by a
newer ukti is refused instead of misread. The tables are the ones the Spark job will write.
"""

from __future__ import annotations

# statements_fts rowids: the article's number times this, plus the statement's place in it
FTS_STRIDE = 1 << 20

FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*'"  # whole Bengali words (vowel signs and virama kept)

MIGRATIONS: list[list[str]] = [
    # 1: articles and everything one analysis gives
    [
        """CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY, url TEXT, ext_id TEXT, source TEXT, position TEXT, outlet TEXT,
            published TEXT, lang TEXT, region TEXT, title TEXT, text TEXT NOT NULL, origin_url TEXT,
            origin_lang TEXT, translated INTEGER, encoding TEXT, ukti_version TEXT NOT NULL,
            analysis TEXT NOT NULL)""",
        """CREATE INDEX articles_published ON articles (published)""",
        """CREATE INDEX articles_url ON articles (url)""",
        """CREATE TABLE boilerplate (article_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT, text TEXT,
            start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE corpus_entities (id {serial}, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
            name TEXT NOT NULL)""",
        """CREATE TABLE entities (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT,
            corpus_id INTEGER, PRIMARY KEY (article_id, entity_id))""",
        """CREATE INDEX entities_corpus ON entities (corpus_id)""",
        """CREATE TABLE mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, idx INTEGER NOT NULL,
            text TEXT, form TEXT, start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, entity_id, idx))""",
        """CREATE TABLE statements (article_id TEXT NOT NULL, statement_id TEXT NOT NULL, speaker_text TEXT,
            speaker_entity TEXT, speaker_corpus_id INTEGER, anonymous INTEGER, cue TEXT, stance TEXT,
            content TEXT, start_at INTEGER, end_at INTEGER, direct INTEGER, nested_in TEXT, refers_to TEXT,
            PRIMARY KEY (article_id, statement_id))""",
        """CREATE INDEX statements_speaker ON statements (speaker_corpus_id)""",
        """CREATE TABLE statement_entities (article_id TEXT NOT NULL, statement_id TEXT NOT NULL,
            corpus_id INTEGER NOT NULL, PRIMARY KEY (article_id, statement_id, corpus_id))""",
        """CREATE INDEX statement_entities_corpus ON statement_entities (corpus_id)""",
        """CREATE TABLE times (article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, value TEXT, mod TEXT,
            start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE quantities (article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, value {real},
            unit TEXT, mod TEXT, start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE contradictions (article_a TEXT NOT NULL, statement_a TEXT NOT NULL, article_b TEXT NOT NULL,
            statement_b TEXT NOT NULL, why TEXT, PRIMARY KEY (article_a, statement_a, article_b, statement_b))""",
        """CREATE TABLE entity_corrections (seq {serial}, action TEXT NOT NULL, target TEXT NOT NULL,
            other TEXT NOT NULL)""",
        """CREATE TABLE errors (source TEXT NOT NULL, position TEXT NOT NULL, code TEXT, reason TEXT,
            PRIMARY KEY (source, position))""",
        "{fts_statements}",
        "{fts_articles}",
    ],
    # 2: look-ups by a name as the article wrote it, and by what a statement is about
    [
        """CREATE INDEX mentions_form ON mentions (form)""",
        """CREATE INDEX mentions_text ON mentions (text)""",
        """ALTER TABLE statement_entities ADD COLUMN entity_type TEXT""",
        """CREATE INDEX statement_entities_by_corpus ON statement_entities (corpus_id, article_id)""",
    ],
    # 3: the other statements about an entity, in index order (no sort as the corpus grows)
    [
        """DROP INDEX statement_entities_by_corpus""",
        """CREATE INDEX statement_entities_by_corpus ON statement_entities (corpus_id, article_id, statement_id)""",
    ],
    # 4: lists in date order a page at a time, without sorting the corpus: statements carry
    # their article's date, so one speaker's statements come in date order from an index
    [
        """CREATE INDEX articles_recent ON articles (published, id)""",
        """CREATE INDEX statements_in_order ON statements (article_id, start_at)""",
        """ALTER TABLE statements ADD COLUMN published TEXT""",
        """UPDATE statements SET published = (SELECT a.published FROM articles a WHERE a.id = statements.article_id)""",
        """CREATE INDEX statements_by_speaker ON statements (speaker_corpus_id, published, article_id, start_at)""",
        """DROP INDEX statements_speaker""",  # the index above starts with the same column
    ],
    # 5: less to write per article. Every article touched random pages of two indexes on its
    # mentions' words (one entry per mention); the names an entity goes by now live in a table
    # of their own with one row per distinct (name, entity), which a name seen before does not
    # write again. SQLite keeps the small per-article tables in their primary key's B-tree alone
    # (WITHOUT ROWID: one tree instead of a table and its key index, an article's rows side by
    # side); the analysis document is stored zlib-compressed (a fifth of its size); an index
    # that another one starts with is dropped. Contradictions get an index on their second
    # article, so that re-analysing an article finds its rows without a scan.
    [
        "{compact_tables}",
        """DROP INDEX IF EXISTS statement_entities_corpus""",  # statement_entities_by_corpus starts with it
        """DROP INDEX IF EXISTS mentions_form""",
        """DROP INDEX IF EXISTS mentions_text""",
        """CREATE TABLE entity_names (name TEXT NOT NULL, corpus_id INTEGER NOT NULL,
            PRIMARY KEY (name, corpus_id)){without_rowid}""",
        """INSERT INTO entity_names (name, corpus_id) SELECT DISTINCT m.form, e.corpus_id FROM mentions m
            JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
            WHERE m.form IS NOT NULL AND e.corpus_id IS NOT NULL""",
        """INSERT INTO entity_names (name, corpus_id) SELECT DISTINCT m.text, e.corpus_id FROM mentions m
            JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id
            WHERE m.text IS NOT NULL AND e.corpus_id IS NOT NULL ON CONFLICT DO NOTHING""",
        """CREATE INDEX contradictions_b ON contradictions (article_b)""",
        "{analysis_bytes}",
        "{text_search_rows}",
    ],
    # 6: how sure the conflict test is of each contradiction (NULL: found by an older ukti)
    [
        """ALTER TABLE contradictions ADD COLUMN confidence {real}""",
    ],
    # 7: one quote, many outlets (ukti.quotes): each statement's LSH band keys, to find the
    # earlier statements saying the same thing with a few index probes; and the clusters, each
    # member with its kind and its changes against the cluster's origin
    [
        """CREATE TABLE quote_bands (band BIGINT NOT NULL, article_id TEXT NOT NULL, statement_id TEXT NOT NULL,
            seq BIGINT NOT NULL, PRIMARY KEY (band, article_id, statement_id)){without_rowid}""",
        """CREATE TABLE quote_members (cluster_id TEXT NOT NULL, article_id TEXT NOT NULL, statement_id TEXT NOT NULL,
            seq BIGINT NOT NULL, published TEXT, outlet TEXT, is_origin INTEGER NOT NULL, kind TEXT NOT NULL,
            changes TEXT NOT NULL, PRIMARY KEY (article_id, statement_id))""",
        """CREATE INDEX quote_members_cluster ON quote_members (cluster_id)""",
    ],
    # 8: what the conflict test knows of a statement beyond its words (`contradict.Facts` as
    # JSON: names and dates to mask, people and organisations by corpus key, times, figures), so
    # that statements of two articles are compared as two of one article are (NULL: stored by
    # an older ukti, compared by their words alone)
    [
        """ALTER TABLE statements ADD COLUMN facts TEXT""",
    ],
]

# The tables of migration 5 as SQLite rebuilds them: columns, key and the indexes to make again.
_COMPACT = {
    "boilerplate": ("article_id TEXT NOT NULL, idx INTEGER NOT NULL, kind TEXT, text TEXT, start_at INTEGER,"
                    " end_at INTEGER", "article_id, idx", []),
    "entities": ("article_id TEXT NOT NULL, entity_id TEXT NOT NULL, type TEXT, name TEXT, corpus_id INTEGER",
                 "article_id, entity_id", ["CREATE INDEX entities_corpus ON entities (corpus_id)"]),
    "mentions": ("article_id TEXT NOT NULL, entity_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, form TEXT,"
                 " start_at INTEGER, end_at INTEGER", "article_id, entity_id, idx", []),
    "statement_entities": ("article_id TEXT NOT NULL, statement_id TEXT NOT NULL, corpus_id INTEGER NOT NULL,"
                           " entity_type TEXT", "article_id, statement_id, corpus_id",
                           ["CREATE INDEX statement_entities_by_corpus ON statement_entities"
                            " (corpus_id, article_id, statement_id)"]),
    "times": ("article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, value TEXT, mod TEXT, start_at INTEGER,"
              " end_at INTEGER", "article_id, idx", []),
    "quantities": ("article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, value REAL, unit TEXT, mod TEXT,"
                   " start_at INTEGER, end_at INTEGER", "article_id, idx", []),
    "contradictions": ("article_a TEXT NOT NULL, statement_a TEXT NOT NULL, article_b TEXT NOT NULL,"
                       " statement_b TEXT NOT NULL, why TEXT", "article_a, statement_a, article_b, statement_b", []),
}


def _rebuilt_without_rowid() -> list[str]:
    out = []
    for table, (columns, key, indexes) in _COMPACT.items():
        names = ", ".join(c.split()[0] for c in columns.split(", "))
        out += [f"CREATE TABLE {table}_new ({columns}, PRIMARY KEY ({key})) WITHOUT ROWID",
                f"INSERT INTO {table}_new ({names}) SELECT {names} FROM {table}",
                f"DROP TABLE {table}",
                f"ALTER TABLE {table}_new RENAME TO {table}",
                *indexes]
    return out

# What differs between the two backends, filled into the statements above.
DIALECTS: dict[str, dict[str, str | list[str]]] = {
    "sqlite": {
        "serial": "INTEGER PRIMARY KEY",
        "real": "REAL",
        "without_rowid": " WITHOUT ROWID",
        "fts_statements": f"""CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, article_id UNINDEXED,
            statement_id UNINDEXED, tokenize="{FTS_TOKENIZER}")""",
        "fts_articles": f"""CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, article_id UNINDEXED,
            tokenize="{FTS_TOKENIZER}")""",
        "compact_tables": _rebuilt_without_rowid(),
        "analysis_bytes": [],  # a column of any type holds bytes: older rows stay text and are read as such
        # The full-text rows of an article are found by number, not by a scan of the index's
        # stored columns: the article's number is its articles_fts rowid (insertion order, as
        # before), its statements are numbered from FTS_STRIDE times that.
        "text_search_rows": [
            """ALTER TABLE articles ADD COLUMN fts_id INTEGER""",
            """UPDATE articles SET fts_id = f.rowid FROM articles_fts f WHERE f.article_id = articles.id""",
            """CREATE UNIQUE INDEX articles_fts_id ON articles (fts_id)""",
            f"""CREATE VIRTUAL TABLE statements_fts_new USING fts5(content, speaker, article_id UNINDEXED,
                statement_id UNINDEXED, tokenize="{FTS_TOKENIZER}")""",
            """INSERT INTO statements_fts_new (rowid, content, speaker, article_id, statement_id)
                SELECT a.fts_id * {stride} + row_number() OVER (PARTITION BY f.article_id ORDER BY f.rowid),
                f.content, f.speaker, f.article_id, f.statement_id
                FROM statements_fts f JOIN articles a ON a.id = f.article_id""",
            """DROP TABLE statements_fts""",
            """ALTER TABLE statements_fts_new RENAME TO statements_fts""",
        ],
    },
    "postgres": {
        "serial": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        "real": "DOUBLE PRECISION",
        "without_rowid": "",
        # the 'simple' configuration keeps whole Bengali words in a database whose ctype is UTF-8
        "fts_statements": "CREATE INDEX statements_fts ON statements USING GIN (to_tsvector('simple', content))",
        "fts_articles": "CREATE INDEX articles_fts ON articles USING GIN (to_tsvector('simple', coalesce(title, '')"
                        " || ' ' || text))",
        "compact_tables": [],  # PostgreSQL has no rowid tables: its heap and key index stay
        "analysis_bytes": ["ALTER TABLE articles ALTER COLUMN analysis TYPE BYTEA USING convert_to(analysis, 'UTF8')"],
        "text_search_rows": [],  # the text search indexes are on the tables themselves
    },
}


def migration(version: int, dialect: str) -> list[str]:
    """The statements of one migration for one backend."""
    d = DIALECTS[dialect]
    out = []
    for stmt in MIGRATIONS[version]:
        if stmt.startswith("{") and stmt.endswith("}"):
            part = d[stmt[1:-1]]
            out += [part] if isinstance(part, str) else part
        else:
            for name in ("serial", "real", "without_rowid"):
                stmt = stmt.replace("{" + name + "}", str(d[name]))
            out.append(stmt)
    out = [stmt.replace("{stride}", str(FTS_STRIDE)) for stmt in out]
    return out

SCHEMA_VERSION = len(MIGRATIONS)

# Tables that hold one article's rows, cleared together when it is re-analysed.
ARTICLE_TABLES = ("boilerplate", "entities", "mentions", "statements", "statement_entities", "times", "quantities")
