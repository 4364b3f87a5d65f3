"""The sections feature apps add to a network page (its services, its good practices),
so that home renders them without importing those apps, in Python or in templates.

An app registers a function with the Wagtail hook `register_network_page_section`: it
takes the network page and returns the section's template and context (the network and
the request are added), or None to add nothing. Sections are rendered in the hooks'
order (`hooks.register(..., order=N)`)."""

from wagtail import hooks

from home.sections import render_sections

HOOK_NAME = "register_network_page_section"


def network_page_sections(network, request):
    """The HTML of every registered section of `network`, in order."""
    return render_sections((section(network) for section in hooks.get_hooks(HOOK_NAME)), request, network=network)
