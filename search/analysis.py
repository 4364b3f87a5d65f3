"""Italian text analysis in Python: what SQLite and PostgreSQL index and query (both
store the analysed words, search.backends), what Elasticsearch's analyzer reproduces
(search.backend_settings), and what highlighting compares.

tokens: lower case, accents folded, elided articles split off ("dell'infanzia" ->
"infanzia"), stop words and one-letter tokens dropped; stems: Savoy's light Italian
stemmer (Lucene's ItalianLightStemmer), which removes only the endings of number and
gender, so "formativa"/"formative" and "anziano"/"anziani" meet, where Snowball gave
them different stems. Two changes to Lucene's rules, both measured on the site's own
vocabulary (docs/search-analysis.md):

- words of four letters and more are stemmed (Lucene: six), so "nido"/"nidi" and
  "rete"/"reti" meet;
- a stem shorter than four letters ends with STEM_MARK ("reti" -> "retx"), so a stem
  never equals a short word kept whole: "crea" no longer meets the acronym "CRE".
Words in KEPT_WHOLE (acronyms that end like an inflection) are never stemmed."""

import re
import unicodedata
from functools import lru_cache

from search.stopwords import KEPT_WHOLE, STOP_WORDS

WORD_RE = re.compile(r"\w+")
MIN_STEMMED_LENGTH = 4
MIN_STEM_LENGTH = 4
STEM_MARK = "x"


def fold(text):
    """Lower case without diacritics: "Attività" -> "attivita"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def flatten(value):
    """A search field's value as text (StreamFields give lists, structs give dicts)."""
    if isinstance(value, (list, tuple)):
        return " ".join(flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(flatten(item) for item in value.values())
    return "" if value is None else str(value)


def words(text):
    """Every word of the text, folded, stop words included (apostrophes split words)."""
    return WORD_RE.findall(fold(text))


def is_significant(word):
    return word not in STOP_WORDS and (len(word) > 1 or word.isdigit())


def tokens(text):
    """The significant words of the text, folded, in order."""
    return [word for word in words(text) if is_significant(word)]


def inflection_length(word):
    """How many final letters Savoy's light stemmer removes: the gender and number endings
    -e/-i/-a/-o, two letters for -ie/-he, -hi/-ii, -ia, -io."""
    last, before = word[-1], word[-2]
    if last in "ei":
        return 2 if before in "ih" else 1
    if last in "ao":
        return 2 if before == "i" else 1
    return 0


@lru_cache(maxsize=65536)
def stem(word):
    """Light Italian stem of one folded word: "bambini" -> "bambin", "reti" -> "retx"."""
    if len(word) < MIN_STEMMED_LENGTH or word in KEPT_WHOLE or not word.isalpha():
        return word
    cut = inflection_length(word)
    if not cut:
        return word
    root = word[:-cut]
    return root if len(root) >= MIN_STEM_LENGTH else root + STEM_MARK


@lru_cache(maxsize=65536)
def word_stem(word):
    """The stem of one word as written (any case, accents), or None for a stop word: what a
    result's snippet asks of each of its words, most of them the same from page to page."""
    folded = fold(word)
    return stem(folded) if is_significant(folded) else None


def stems(text):
    return [stem(token) for token in tokens(text)]


def analyse(text):
    """The text as indexed and queried on the database backends: its stems, space separated."""
    return " ".join(stems(text))
