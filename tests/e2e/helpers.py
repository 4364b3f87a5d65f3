"""Checks shared by the browser tests."""


def assert_first_result_on_first_screen(page):
    """The first result card is wholly inside the viewport as the page arrives: the browser
    jumped to the results (no animation still running) and nobody has to scroll."""
    page.wait_for_load_state("load")
    card = page.locator(".service-card").first
    before = card.bounding_box()
    page.wait_for_timeout(300)
    after = card.bounding_box()
    height = page.viewport_size["height"]
    assert before == after, f"the page was still scrolling to the results: {before} then {after}"
    assert after["y"] >= 0 and after["y"] + after["height"] <= height, (
        f"first result at y={after['y']:.0f}–{after['y'] + after['height']:.0f}, viewport {height} px high "
        f"(scrollY {page.evaluate('window.scrollY')})"
    )
