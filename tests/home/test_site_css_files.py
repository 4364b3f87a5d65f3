"""Every file the site's style sheets point at (fonts, images) is one the site serves, and the
note shown on a translated page is Bootstrap Italia's callout, text font included."""

import posixpath
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

STYLE_SHEETS = ["css/site.css", "css/services.css", "css/goodpractices.css", "css/guide.css", "css/service-print.css"]


def referenced_files(style_sheet):
    css = Path(finders.find(style_sheet)).read_text(encoding="utf-8")
    for target in re.findall(r'url\("?([^")]+)"?\)', css):
        if not target.startswith(("data:", "#")):
            yield posixpath.normpath(posixpath.join(posixpath.dirname(style_sheet), target))


@pytest.mark.parametrize("style_sheet", STYLE_SHEETS)
def test_every_file_a_style_sheet_points_at_exists(style_sheet):
    missing = [path for path in referenced_files(style_sheet) if finders.find(path) is None]
    assert missing == []


def test_the_callouts_text_font_is_declared():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    assert re.search(r'@font-face\s*\{[^}]*font-family:\s*"Lora"', css)


def test_the_translated_catalogue_shows_its_note_as_a_callout(client, db):
    html = client.get("/en/services/").content.decode()
    notice = re.search(r'<div class="callout note source-language-notice".*?</div>\s*</div>', html, re.S)
    assert notice is not None
    assert '<div class="callout-inner">' in notice.group(0) and 'href="/servizi/"' in notice.group(0)
