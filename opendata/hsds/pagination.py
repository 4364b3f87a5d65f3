"""The HSDS page envelope (openapi.json `Page`): total_items, total_pages, page_number,
size, first_page, last_page, empty and contents; `page` and `per_page` repeat the
request. A page past the last one is an empty page, not an error."""

from math import ceil

from opendata.hsds import params

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100


def paginate(request, items, serialise):
    page = params.integer(request, "page", 1, params.MAX_PAGE)
    per_page = params.integer(request, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = items.count() if hasattr(items, "count") and not isinstance(items, list) else len(items)
    start = (page - 1) * per_page
    contents = [serialise(item) for item in items[start : start + per_page]]
    total_pages = ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not contents,
        "page": page,
        "per_page": per_page,
        "contents": contents,
    }
