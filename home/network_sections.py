"""The sections feature apps add to a network page (its services, its good practices),
so that home renders them without importing those apps, in Python or in templates.

An app registers a function with the Wagtail hook `register_network_page_section`: it
takes the network page and returns the section's template and context (the network and
the request are added), or None to add nothing. Sections are rendered in the hooks'
order (`hooks.register(..., order=N)`)."""

from django.template.loader import render_to_string
from wagtail import hooks

HOOK_NAME = "register_network_page_section"


def network_page_sections(network, request):
    """The HTML of every registered section of `network`, in order."""
    sections = (section(network) for section in hooks.get_hooks(HOOK_NAME))
    return [
        render_to_string(template, {**context, "network": network}, request=request)
        for template, context in filter(None, sections)
    ]
