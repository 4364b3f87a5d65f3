"""schema.org JSON-LD for the guide: the index and each objective page are `ItemList`s
(of the objectives, of the measures). Built as dicts; serialised by json_ld_script."""


def item_list(name, url, items, language):
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": name,
        "url": url,
        "inLanguage": language,
        "numberOfItems": len(items),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": item_name, "url": item_url}
            for position, (item_name, item_url) in enumerate(items, start=1)
        ],
    }


def guide_data(page, objective_pages, request=None):
    items = [(child.title, child.get_full_url(request)) for child in objective_pages]
    return item_list(page.title, page.get_full_url(request), items, page.locale.language_code)


def objective_data(page, measures, request=None):
    url = page.get_full_url(request)
    items = [(entry.action.title, f"{url}#{entry.anchor}") for entry in measures]
    return item_list(page.title, url, items, page.locale.language_code)
