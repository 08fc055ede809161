"""Actor knowledge base and resolution (owned by the geo/actors helper)."""
