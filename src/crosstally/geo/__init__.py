"""Places → GeoNames (owned by the geo helper)."""
