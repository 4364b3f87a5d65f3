"""Inflection pairs built from the site's own indexed vocabulary: each word that ends like an
Italian noun or adjective, with its other forms of gender and number ("formativa" ->
"formative", "formativo", "formativi"). Used by tests/search/test_inflections.py."""

import re

from search.analysis import is_significant, stem, tokens
from search.highlight import searchable_text
from search.stopwords import KEPT_WHOLE

# Final letters -> the other forms' final letters (gender and number of regular words).
ENDINGS = [
    ("co", ["chi", "ca", "che"]),
    ("go", ["ghi", "ga", "ghe"]),
    ("ca", ["che", "co", "chi"]),
    ("ga", ["ghe", "go", "ghi"]),
    ("cia", ["ce", "cie"]),
    ("gia", ["ge", "gie"]),
    ("io", ["i"]),
    ("o", ["i", "a", "e"]),
    ("a", ["e", "o", "i"]),
    ("e", ["i"]),
]
WORD = re.compile(r"[a-z]+")


def other_forms(word):
    for ending, others in ENDINGS:
        if word.endswith(ending):
            return [word[: -len(ending)] + other for other in others]
    return []


def vocabulary(pages):
    """{word: a page holding it} over the searchable text and titles of `pages`."""
    found = {}
    for page in pages:
        for word in tokens(f"{page.title} {searchable_text(page)}"):
            if WORD.fullmatch(word) and len(word) >= 5 and word not in KEPT_WHOLE:
                found.setdefault(word, page)
    return found


def inflection_pairs(words):
    """(indexed word, another form of it) pairs: first those whose both forms occur on the
    site, then those whose other form does not (what a visitor may type)."""
    both, typed_only = [], []
    for word in sorted(words):
        for form in other_forms(word):
            if not is_significant(form):
                continue
            (both if form in words else typed_only).append((word, form))
    return both + typed_only


def stems_meet(pairs, stem_function=stem):
    return sum(stem_function(word) == stem_function(form) for word, form in pairs)
