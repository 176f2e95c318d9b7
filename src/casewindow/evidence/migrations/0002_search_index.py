"""Full-text index over SearchChunk: an FTS5 table kept in step by triggers on SQLite, a GIN
index on the English text search vector on PostgreSQL. evidence/search.py queries each."""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE evidence_searchchunk_fts USING fts5(
        title, text, content='evidence_searchchunk', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER evidence_searchchunk_ai AFTER INSERT ON evidence_searchchunk BEGIN
        INSERT INTO evidence_searchchunk_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER evidence_searchchunk_ad AFTER DELETE ON evidence_searchchunk BEGIN
        INSERT INTO evidence_searchchunk_fts(evidence_searchchunk_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER evidence_searchchunk_au AFTER UPDATE ON evidence_searchchunk BEGIN
        INSERT INTO evidence_searchchunk_fts(evidence_searchchunk_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO evidence_searchchunk_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS evidence_searchchunk_au",
    "DROP TRIGGER IF EXISTS evidence_searchchunk_ad",
    "DROP TRIGGER IF EXISTS evidence_searchchunk_ai",
    "DROP TABLE IF EXISTS evidence_searchchunk_fts",
]
POSTGRES_UP = [
    """CREATE INDEX evidence_searchchunk_tsv ON evidence_searchchunk
       USING GIN (to_tsvector('english', title || ' ' || text))""",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS evidence_searchchunk_tsv"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("evidence", "0001_documents_chronologies_conversations")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
