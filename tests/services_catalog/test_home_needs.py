"""The catalogue's needs on the home page (home renders them through its section hook):
one GET form to the catalogue's results, «Cerca» first (Enter sends no need), a button per need."""

import re

import pytest

from services_catalog.needs import NEEDS

pytestmark = pytest.mark.django_db


def test_the_home_page_sends_a_need_and_a_municipality_to_the_results(client):
    html = client.get("/").content.decode()
    form = re.search(r'<section class="home-needs.*?</section>', html, re.S).group(0)
    assert 'action="/servizi/#risultati"' in form and 'name="comune"' in form
    buttons = re.findall(r'<button type="submit"( name="bisogno" value="([\w-]+)")?', form)
    assert buttons[0][0] == ""  # Enter in the field: every service, nearest first
    assert [value for _named, value in buttons[1:]] == list(NEEDS)


def test_the_results_of_a_need_and_a_municipality_answer(client):
    html = client.get("/servizi/", {"comune": "lecco", "bisogno": "dopo-scuola"}).content.decode()
    assert "Rete di Lecco" in html and "Bisogno: Dopo scuola" in html


def test_the_english_home_page_sends_to_the_italian_results_and_says_so(client):
    """An English-speaking family gets the same one tap to the results, which are the
    Italian catalogue's (the sheets are written in Italian), and is told so first."""
    html = client.get("/en/").content.decode()
    form = re.search(r'<section class="home-needs.*?</section>', html, re.S).group(0)
    assert 'action="/servizi/#risultati"' in form
    assert "Nursery and early childhood" in form
    assert "The service sheets are written in Italian" in form
