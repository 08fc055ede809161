"""Claims from one document (owned by the extract helper)."""
