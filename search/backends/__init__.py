"""Search backends with Italian analysis, selected by settings (search.backend_settings)."""
