"""The safety plan page in the browser, checked against storage.safety_plan."""

from __future__ import annotations

import pytest


@pytest.fixture
def safety_plan():
    from storage import safety_plan

    return safety_plan


def test_the_safety_plan_is_edited_in_the_browser(safety_plan, browsing, web_db, tmp_path):
    page = browsing.page
    page.goto(browsing.origin + "/")
    page.get_by_role("link", name="Safety plan and support").click()
    page.wait_for_url("**/safety")
    assert "988" in page.inner_text("main")  # the contacts, before anything else
    page.get_by_label("Add to “My warning signs”").fill("I stop answering messages")
    page.get_by_label("Add to “My warning signs”").press("Enter")
    page.wait_for_url("**/safety?note=*")
    page.get_by_label("Add to “People I can ask for help”").fill("Mira, 0170 555 0101")
    page.get_by_label("Add to “People I can ask for help”").press("Enter")
    page.wait_for_url("**/safety?note=*")
    page.screenshot(path=tmp_path / "safety.png", full_page=True)
    with web_db.session() as session:
        kept = [(e.step, e.text) for e in safety_plan.entries(session)]
    assert kept == [
        ("warning-signs", "I stop answering messages"),
        ("people", "Mira, 0170 555 0101"),
    ]
    page.get_by_role("button", name="Remove “I stop answering messages”").click()
    page.wait_for_url("**/safety?note=*")
    with web_db.session() as session:
        assert [(e.step, e.text) for e in safety_plan.entries(session)] == [
            ("people", "Mira, 0170 555 0101")
        ]
    assert "Mira, 0170 555 0101" in page.inner_text("main")
