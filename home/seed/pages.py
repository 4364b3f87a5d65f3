"""Idempotent page creation for seed loaders: a page is created once, found by its
slug under its parent afterwards, and never overwritten (editors' changes stay)."""

from wagtail.blocks import StreamValue


def stream_value(model, raw_body):
    """The body as block values, so that list items are saved with stable ids
    (wagtail-localize segments a ListBlock only in that format)."""
    stream_block = model._meta.get_field("body").stream_block
    return StreamValue(
        stream_block,
        [(item["type"], stream_block.child_blocks[item["type"]].to_python(item["value"])) for item in raw_body],
    )


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
        body=stream_value(model, data.get("body", [])),
        **fields,
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True
