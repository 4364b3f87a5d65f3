"""Shortcuts other apps put above the results of /cerca/ for what a text asks for (the
catalogue: «Nido e prima infanzia vicino a te» for «asilo nido»), so that search renders them
without importing those apps, in Python or in templates.

An app registers a function with the Wagtail hook `register_search_shortcut`: it takes the
searched text and the request and returns the shortcut's template and context, or None.
Shortcuts are rendered in the hooks' order (`hooks.register(..., order=N)`)."""

from django.template.loader import render_to_string
from wagtail import hooks

HOOK_NAME = "register_search_shortcut"


def search_shortcuts(text, request):
    """The HTML of the shortcuts the registered apps offer for `text` (none without a text)."""
    if not text:
        return []
    offered = (shortcut(text, request) for shortcut in hooks.get_hooks(HOOK_NAME))
    return [render_to_string(template, context, request=request) for template, context in filter(None, offered)]
