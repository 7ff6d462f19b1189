"""The corpus schema, as versioned migrations.

Each migration is a list of statements applied in one transaction and recorded in `meta`
(`schema_version`), so a store opened by a newer ukti is migrated forward and one written by a
newer ukti is refused instead of misread. The tables are the ones the Spark job will write.
"""

from __future__ import annotations

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
        """CREATE TABLE corpus_entities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
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
        """CREATE TABLE quantities (article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT, value REAL,
            unit TEXT, mod TEXT, start_at INTEGER, end_at INTEGER, PRIMARY KEY (article_id, idx))""",
        """CREATE TABLE contradictions (article_a TEXT NOT NULL, statement_a TEXT NOT NULL, article_b TEXT NOT NULL,
            statement_b TEXT NOT NULL, why TEXT, PRIMARY KEY (article_a, statement_a, article_b, statement_b))""",
        """CREATE TABLE entity_corrections (seq INTEGER PRIMARY KEY, action TEXT NOT NULL, target TEXT NOT NULL,
            other TEXT NOT NULL)""",
        """CREATE TABLE errors (source TEXT NOT NULL, position TEXT NOT NULL, code TEXT, reason TEXT,
            PRIMARY KEY (source, position))""",
        f"""CREATE VIRTUAL TABLE statements_fts USING fts5(content, speaker, article_id UNINDEXED,
            statement_id UNINDEXED, tokenize="{FTS_TOKENIZER}")""",
        f"""CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, article_id UNINDEXED,
            tokenize="{FTS_TOKENIZER}")""",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)

# Tables that hold one article's rows, cleared together when it is re-analysed.
ARTICLE_TABLES = ("boilerplate", "entities", "mentions", "statements", "statement_entities", "times", "quantities")
