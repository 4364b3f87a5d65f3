"""Lombardy's municipalities with their centroids (a committed data file, docs/geography.md)."""
