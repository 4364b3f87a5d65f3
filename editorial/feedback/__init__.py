"""Visitors' feedback: «Segnala una modifica» on a service sheet and «Valuta questa pagina»
on every page, one storage (editorial.models.Feedback), one rate limit, one admin report."""
