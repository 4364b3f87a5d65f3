"""Italian text analysis in Python: the same steps PostgreSQL's Italian configuration
(with unaccent) and the Elasticsearch analyzer apply, for the backends that have none
(SQLite FTS5 only folds case and accents) and for highlighting result snippets.

tokens: lower case, accents folded, elided articles split off ("dell'infanzia" ->
"infanzia"), stop words and one-letter tokens dropped; stems: Snowball Italian."""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

from search.stopwords import STOP_WORDS

WORD_RE = re.compile(r"\w+")
_local = threading.local()


def fold(text):
    """Lower case without diacritics: "Attività" -> "attivita"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text):
    """Every word of the text, folded, stop words included (apostrophes split words)."""
    return WORD_RE.findall(fold(text))


def is_significant(word):
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())


def tokens(text):
    """The significant words of the text, folded, in order."""
    return [word for word in words(text) if is_significant(word)]


def _stemmer():
    if not hasattr(_local, "stemmer"):
        _local.stemmer = snowballstemmer.stemmer("italian")
    return _local.stemmer


@lru_cache(maxsize=65536)
def stem(word):
    """Snowball Italian stem of one folded word: "bambini" -> "bambin"."""
    return _stemmer().stemWord(word)


@lru_cache(maxsize=65536)
def word_stem(word):
    """The stem of one word as written (any case, accents), or None for a stop word: what a
    result's snippet asks of each of its words, most of them the same from page to page."""
    folded = fold(word)
    return stem(folded) if is_significant(folded) else None


def stems(text):
    return [stem(token) for token in tokens(text)]


def analyse(text):
    """The text as indexed and queried on SQLite: its stems, space separated."""
    return " ".join(stems(text))
