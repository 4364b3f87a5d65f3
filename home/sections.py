"""Sections feature apps add to home's pages through Wagtail hooks, so that home renders them
without importing those apps, in Python or in templates (network_sections.py: a network's
services and practices; home_sections.py: the home page's ways into the catalogue)."""

from django.template.loader import render_to_string


def render_sections(sections, request, **context):
    """The HTML of each (template, context) in `sections`, None ones left out; `context` is
    added to every section's own."""
    return [render_to_string(template, {**own, **context}, request=request) for template, own in filter(None, sections)]
