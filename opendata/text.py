"""Plain text out of the rich text fields, for formats that carry no HTML (HSDS, CSV)."""

import html
import re

from django.utils.html import strip_tags

BLOCK_END = re.compile(r"</(p|li|h[1-6])>|<br\s*/?>", re.IGNORECASE)


def plain_text(value):
    if not value:
        return ""
    text = html.unescape(strip_tags(BLOCK_END.sub("\n", str(value))))
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
