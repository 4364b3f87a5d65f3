"""Two ways an Italian interface string reaches an English page, and how to see each.

1. A string passed through gettext whose msgid is missing from the English catalogue: Django
   returns the msgid, i.e. the Italian text. `MissingTranslations` watches the English
   translation object while a page renders and keeps every msgid it had no entry for; those
   that occur in our own source (templates and Python string literals) are ours to
   translate. (Django's and Wagtail's msgids are English and are not in our source.)
2. Italian typed straight into a template or view, never passing through gettext: only the
   page's text shows it. `visible_text` gives the text a reader sees or hears (text nodes,
   alt, title, aria-label, placeholder, the meta description) outside any part marked
   `lang="it"`, which is where Italian may legitimately appear (names of languages,
   Italian-only content marked as such), and outside code (`<code>` identifiers).
   `italian_words` finds words that are Italian only.
"""

import ast
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from django.utils.translation import trans_real

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = [
    "templates",
    "home",
    "search",
    "services_catalog",
    "goodpractices",
    "editorial",
    "opendata",
    "translations",
]
PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sd]|\{\{[^}]*\}\}")


def squeeze(text):
    return " ".join(text.split())


@cache
def our_source_text():
    """Every template and every Python string literal of our apps, whitespace squeezed."""
    parts = []
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*"):
            if "migrations" in path.parts or "seed" in path.parts:
                continue
            if path.suffix == ".html":
                parts.append(squeeze(path.read_text(encoding="utf-8")))
            elif path.suffix == ".py":
                tree = ast.parse(path.read_text(encoding="utf-8"))
                parts.extend(
                    squeeze(node.value)
                    for node in ast.walk(tree)
                    if isinstance(node, ast.Constant) and isinstance(node.value, str)
                )
    return "\n".join(parts)


def is_ours(msgid):
    """Whether the msgid's longest literal piece (placeholders removed) is in our source."""
    pieces = [squeeze(piece) for piece in PLACEHOLDER.split(msgid)]
    longest = max(pieces, key=len)
    return len(longest) > 1 and longest in our_source_text()


class MissingTranslations:
    """Records the msgids the English translation object had no entry for."""

    def __init__(self, monkeypatch):
        self.found = set()
        translation = trans_real.translation("en")
        catalogue = translation._catalog
        original_gettext, original_ngettext = translation.gettext, translation.ngettext

        def gettext(message):
            if catalogue.get(message) is None and catalogue.get((message, 0)) is None:
                self.found.add(message.split("\x04")[-1])
            return original_gettext(message)

        def ngettext(singular, plural, number):
            if catalogue.get((singular, 0)) is None:
                self.found.add(singular)
            return original_ngettext(singular, plural, number)

        monkeypatch.setattr(translation, "gettext", gettext)
        monkeypatch.setattr(translation, "ngettext", ngettext)

    def ours(self):
        return sorted(msgid for msgid in self.found if is_ours(msgid))


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
HIDDEN = {"script", "style", "template"}
# Identifiers (column names of the open data) are code, not prose in any language.
CODE = {"code", "kbd", "samp"}
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, language)
        self.texts = []

    def language(self):
        return self.stack[-1][1] if self.stack else ""

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        language = attributes.get("lang") or self.language()
        if tag == "meta" and attributes.get("name") == "description":
            self.texts.append((language, attributes.get("content") or ""))
        self.texts.extend((language, attributes[name]) for name in SPOKEN_ATTRIBUTES if attributes.get(name))
        if tag not in VOID:
            self.stack.append((tag, language))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if data.strip() and not any(tag in HIDDEN or tag in CODE for tag, _ in self.stack):
            self.texts.append((self.language(), squeeze(data)))


def visible_text(html):
    """The texts of the page that are not marked as Italian."""
    parser = VisibleText()
    parser.feed(html)
    return [text for language, text in parser.texts if not language.startswith("it")]


# Words that are frequent in Italian interface text and are not English words.
ITALIAN_ONLY = {
    "il", "lo", "gli", "della", "delle", "dello", "degli", "del", "dei", "nella", "nelle", "nel",
    "alla", "alle", "allo", "agli", "dal", "dalla", "sul", "sulla", "una", "uno", "sono", "che",
    "più", "anche", "questa", "questo", "cerca", "tutti", "tutte", "pagina", "servizi",
    "rete", "reti", "fonte", "indirizzo", "stampa", "scarica", "chiudi", "apri", "vai", "torna",
    "risultati", "nessun", "nessuna", "ancora", "disponibile", "età", "è", "perché",
}  # fmt: skip
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Names that stay in Italian in English text (the site's and the region's own names).
PROPER_NAMES = ("Conciliazione Lombardia", "Regione Lombardia")


URL = re.compile(r"\bhttps?://\S+")


def italian_words(text):
    text = URL.sub("", text)  # addresses keep their Italian paths (/cerca/, /mappa-del-sito/)
    for name in PROPER_NAMES:
        text = text.replace(name, "")
    return sorted({word for word in WORD.findall(text) if word.casefold() in ITALIAN_ONLY})
