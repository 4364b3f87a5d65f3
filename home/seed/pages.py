"""Idempotent page creation for seed loaders: a page is created once, found by its
slug under its parent afterwards, and never overwritten (editors' changes stay)."""

import json

from django.core.serializers.json import DjangoJSONEncoder


def ensure_page(parent, model, data, **fields):
    """Return (page, created). `data` holds title, slug, intro and a raw StreamField body."""
    existing = parent.get_children().filter(slug=data["slug"]).first()
    if existing is not None:
        return existing.specific, False
    page = model(
        title=data["title"],
        slug=data["slug"],
        intro=data.get("intro", ""),
        menu_title=data.get("menu_title", ""),
        body=json.dumps(data.get("body", []), cls=DjangoJSONEncoder),
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
