"""A short extract of a result around the words that matched, with those words in
<mark>. Built in Python from the page's own searchable text with the same analysis
as the query, so it works alike on every backend."""

import html
import re

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from modelsearch.index import SearchField

from search.analysis import flatten, word_stem

SNIPPET_WORDS = 30
WORD_SPLIT_RE = re.compile(r"(\w+)")


def searchable_text(page):
    """The page's description or, failing that, the text of its search fields but the title."""
    if page.search_description:
        return page.search_description
    texts = [
        flatten(field.get_value(page))
        for field in page.get_search_fields()
        if isinstance(field, SearchField) and field.field_name != "title"
    ]
    return " ".join(html.unescape(strip_tags(" ".join(texts))).split())


def is_match(word, wanted_stems):
    return word_stem(word) in wanted_stems


def contains_match(word, wanted_stems):
    return any(is_match(part, wanted_stems) for part in WORD_SPLIT_RE.findall(word))


def snippet(page, wanted_stems, length=SNIPPET_WORDS):
    """Up to `length` words of the page's text, starting a few words before the first
    match, matched words marked. Empty when the page has no text."""
    words = searchable_text(page).split()
    if not words:
        return ""
    first = next((i for i, word in enumerate(words) if contains_match(word, wanted_stems)), 0)
    start = max(0, first - 5)
    chosen = words[start : start + length]
    marked = " ".join(mark_word(word, wanted_stems) for word in chosen)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + length < len(words) else ""
    return mark_safe(prefix + marked + suffix)  # noqa: S308 (every piece is escaped by mark_word)


def mark_word(word, wanted_stems):
    """The word escaped, its matching parts in <mark>. html.escape is what Django's escape
    calls, without the lazy-string wrapper that cost more than the escaping (three calls a
    word, thousands a search page)."""
    pieces = []
    for piece in WORD_SPLIT_RE.split(word):
        if piece and WORD_SPLIT_RE.fullmatch(piece) and is_match(piece, wanted_stems):
            pieces.append(f"<mark>{html.escape(piece)}</mark>")
        else:
            pieces.append(html.escape(piece))
    return "".join(pieces)
