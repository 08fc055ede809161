"""spaCy pipeline loading and crosstally's components (owned by the extract helper)."""
