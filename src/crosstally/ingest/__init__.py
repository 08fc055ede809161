"""Ingest: files, folders, stdin, JSONL, CSV, HTML, WARC and feeds → Documents (owned by the ingest helper)."""
