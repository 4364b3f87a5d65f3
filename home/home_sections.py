"""The sections feature apps add to the home page under its title and introduction (the
catalogue's «Di che cosa hai bisogno?»), so that home renders them without importing those
apps, in Python or in templates.

An app registers a function with the Wagtail hook `register_home_page_section`: it takes the
home page and the request and returns the section's template and context (the page is
added), or None to add nothing (for instance in a language its content is not written in).
Sections are rendered in the hooks' order (`hooks.register(..., order=N)`)."""

from wagtail import hooks

from home.sections import render_sections

HOOK_NAME = "register_home_page_section"


def home_page_sections(page, request):
    """The HTML of every registered section of the home page, in order."""
    return render_sections((section(page, request) for section in hooks.get_hooks(HOOK_NAME)), request, page=page)
