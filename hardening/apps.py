from django.apps import AppConfig


class HardeningConfig(AppConfig):
    """Defences against hostile requests: security headers, request limits, strict query
    parameters, the editors' login lockout and other guessing throttles, and formula-safe
    spreadsheets."""

    name = "hardening"
    verbose_name = "Protezione del sito"
