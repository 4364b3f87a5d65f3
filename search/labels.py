"""What a visitor calls a kind of page, for search results and the type filter.

A page model may declare `search_label` (a lazy translation, "Servizio", "Rete"); without one
its verbose name is used. Models name their own label so that search, an infrastructure app,
needs to know no feature app."""


def public_label(model):
    label = str(getattr(model, "search_label", None) or model._meta.verbose_name)
    return label[:1].upper() + label[1:]
