"""The companion page in a real headless Chromium: each action, as a person does it."""

from __future__ import annotations

import re

import pytest
from web_seed import BERLIN, seed

from storage.checkins import list_checkins
from storage.items import get_item, list_items

PAGES = {
    "agenda": "/",
    "homework": "/homework",
    "items": "/items",
    "review": "/review",
    "appointments": "/appointments",
    "reflect": "/reflect",
    "safety": "/safety",
}
ID_PATTERN = re.compile(r"#\s?\d")


def tab_to(page, selector: str, presses: int = 80) -> None:
    """Move the focus with Tab alone until it is on `selector`."""
    target = page.locator(selector)
    for _ in range(presses):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.fixture
def seeded(web_db):
    return seed(web_db)


def test_the_agenda_shows_every_item_in_order_and_prints_without_ids(seeded, browsing, tmp_path):
    page = browsing.page
    page.goto(browsing.origin + "/")
    page.screenshot(path=tmp_path / "agenda.png", full_page=True)
    text = page.inner_text("main")
    positions = [text.index(item) for item in seeded.agenda_texts()]
    assert positions == sorted(positions)
    assert "done one of three days, partly once" in text
    page.emulate_media(media="print")
    printed = page.inner_text("body")
    page.screenshot(path=tmp_path / "agenda-print.png", full_page=True)
    assert ID_PATTERN.search(printed) is None
    for gone in ("Skip to content", "Download as PDF", "Safety plan and support", "Show"):
        assert gone not in printed
    assert all(item in printed for item in seeded.agenda_texts())
    boxes = page.locator("article.sheet .box")
    assert boxes.count() == len(seeded.agenda_texts())
    assert boxes.first.is_visible()
    assert (tmp_path / "agenda.png").stat().st_size > 10_000


def test_the_agenda_downloads_as_a_pdf(seeded, browsing, tmp_path):
    page = browsing.page
    page.goto(browsing.origin + "/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download as PDF").click()
    saved = tmp_path / "downloaded.pdf"
    download.value.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")


def test_a_flagged_item_is_refiled_from_the_review_queue_by_keyboard(
    seeded, browsing, web_db, tmp_path
):
    page = browsing.page
    page.goto(browsing.origin + "/review")
    page.screenshot(path=tmp_path / "review.png", full_page=True)
    tab_to(page, f"#kind-{seeded.flagged}")
    page.keyboard.press("Home")  # options: note, question, homework, need
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/review?note=*")
    assert "Filed as question: ask about changing the time" in page.inner_text("main")
    assert "Nothing to review." in page.inner_text("main")
    with web_db.session() as session:
        item = get_item(session, seeded.flagged)
        assert (item.kind, item.needs_review) == ("question", False)


def test_a_check_in_is_recorded_by_clicking(seeded, browsing, web_db, tmp_path):
    page = browsing.page
    page.goto(browsing.origin + "/homework")
    page.get_by_label("What got in the way (if anything)").fill("a headache")
    page.get_by_role("button", name="Partly").click()
    page.wait_for_url("**/homework?note=*")
    page.screenshot(path=tmp_path / "homework.png", full_page=True)
    assert "Recorded for “write three lines in the journal”: partly." in page.inner_text("main")
    with web_db.session() as session:
        newest = list_checkins(session, seeded.homework)[-1]
        assert (newest.result, newest.note) == ("partial", "a headache")
    grid = page.locator("table").first.inner_text()
    for shown in ("done", "partly", "not done", "missed", "too tired", "late shift", "a headache"):
        assert shown in grid
    chart = page.locator("figure.chart img")
    assert chart.evaluate("image => image.complete && image.naturalWidth > 0")


def test_a_check_in_works_by_keyboard_alone(seeded, browsing, web_db):
    page = browsing.page
    page.goto(browsing.origin + "/homework")
    tab_to(page, f"#note-{seeded.homework}")
    page.keyboard.type("busy day")
    page.keyboard.press("Tab")  # the first result button: Done
    page.keyboard.press("Enter")
    page.wait_for_url("**/homework?note=*")
    with web_db.session() as session:
        newest = list_checkins(session, seeded.homework)[-1]
        assert (newest.result, newest.note) == ("done", "busy day")


def test_a_typed_reflection_is_filed_like_the_cli_and_can_be_undone(
    seeded, browsing, web_db, tmp_path
):
    page = browsing.page
    page.goto(browsing.origin + "/reflect")
    tab_to(page, "#text")
    text = "Why do I freeze up when my boss criticises my work?"
    page.keyboard.type(text)
    tab_to(page, "button[type=submit]:has-text('Save')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/reflect?note=*")
    page.screenshot(path=tmp_path / "reflect.png", full_page=True)
    from intents import classify

    expected = classify(text)  # the same classifier `sessionmate add` asks
    assert expected.label == "question"
    message = page.get_by_role("status").inner_text()
    assert message == f"Saved as question: {expected.body}"
    with web_db.session() as session:
        saved = [i for i in list_items(session) if "criticises" in i.text]
        assert [(i.kind, i.source, i.transcript) for i in saved] == [("question", "typed", text)]
    page.get_by_role("button", name="Undo").click()
    page.wait_for_url("**/reflect?note=*")
    assert "Removed that question." in page.get_by_role("status").inner_text()
    with web_db.session() as session:
        assert not [i for i in list_items(session) if "criticises" in i.text]
        assert len(list_items(session)) == len(seeded.texts)  # nothing else was touched


def test_a_typed_line_of_two_things_files_both_and_one_undo_removes_both(seeded, browsing, web_db):
    page = browsing.page
    page.goto(browsing.origin + "/reflect")
    text = "we talked about my dad's drinking and she wants me to write him a letter"
    page.get_by_label("What did you take from the session").fill(text)
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/reflect?note=*")
    message = page.get_by_role("status").inner_text()
    # The same items `sessionmate add` stores, each named in the confirmation.
    assert message.startswith("Saved a note and a homework: ")
    assert "note: we talked about my dad's drinking" in message
    assert "homework: she wants me to write him a letter" in message
    with web_db.session() as session:
        saved = [i for i in list_items(session) if i.transcript == text]
        assert sorted((i.kind, i.source, i.text) for i in saved) == [
            ("homework", "typed", "she wants me to write him a letter"),
            ("note", "typed", "we talked about my dad's drinking"),
        ]
    page.get_by_role("button", name="Undo").click()
    page.wait_for_url("**/reflect?note=*")
    assert "Removed a note and a homework." in page.get_by_role("status").inner_text()
    with web_db.session() as session:
        assert not [i for i in list_items(session) if i.transcript == text]
        assert len(list_items(session)) == len(seeded.texts)  # nothing else was touched


def test_a_crisis_statement_brings_the_contacts(seeded, browsing):
    page = browsing.page
    page.goto(browsing.origin + "/reflect")
    page.get_by_label("What did you take from the session").fill(
        "i keep thinking about ending it all"
    )
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/reflect?note=*")
    alert = page.get_by_role("alert").inner_text()
    # The gentler answer of a concern, with the contacts all the same.
    assert "call or text 988" in alert and "emergency number" in alert
    page.goto(browsing.origin + "/")  # the therapist hears it first
    agenda = page.locator("main").inner_text()
    assert "Bring up first" in agenda and "i keep thinking about ending it all" in agenda


def test_an_item_is_edited_marked_and_dropped(seeded, browsing, web_db):
    page = browsing.page
    ident = seeded.questions[0]
    page.goto(browsing.origin + "/items?q=sundays")
    page.get_by_role("link", name="why do Sundays feel so heavy").click()
    page.get_by_label("Words").fill("why do Sunday evenings feel so heavy")
    page.get_by_role("button", name="Save words").click()
    page.wait_for_url(f"**/items/{ident}?note=*")
    page.get_by_label("Status").select_option("answered")
    page.get_by_role("button", name="Mark").click()
    page.wait_for_url(f"**/items/{ident}?note=*")
    with web_db.session() as session:
        item = get_item(session, ident)
        assert (item.text, item.status) == ("why do Sunday evenings feel so heavy", "answered")
        assert item.transcript == "why do Sundays feel so heavy"  # what was first said stays
    page.get_by_role("button", name="Drop it").click()
    page.wait_for_url(f"**/items/{ident}?note=*")
    with web_db.session() as session:
        assert get_item(session, ident).status == "dropped"


def test_items_are_filtered_by_kind_status_words_and_date(seeded, browsing):
    page = browsing.page
    page.goto(browsing.origin + "/items")
    page.get_by_label("Kind").select_option("question")
    page.get_by_role("button", name="Find").click()
    rows = page.locator("tbody tr")
    assert rows.count() == 2
    page.get_by_label("Words").fill("january")
    page.get_by_role("button", name="Find").click()
    assert page.locator("tbody tr").count() == 1
    page.goto(browsing.origin + "/items?since=2001-01-01&until=2001-12-31")
    assert "0 items" in page.inner_text("main")


def test_appointments_and_check_in_plans_are_added_changed_and_removed(seeded, browsing, web_db):
    from storage.appointments import list_appointments
    from storage.plans import get_plan

    page = browsing.page
    page.goto(browsing.origin + "/appointments")
    page.locator("#new-start").fill("2027-01-14T10:30")
    page.locator("#new-minutes").fill("45")
    page.get_by_role("button", name="Add", exact=True).click()
    page.wait_for_url("**/appointments?note=*")
    with web_db.session() as session:
        added = [a for a in list_appointments(session) if a.minutes == 45]
        assert len(added) == 1 and added[0].recurrence is None
        new_id = added[0].id
    page.locator(f"#start-{new_id}").fill("2027-01-15T11:00")
    page.locator(f"#start-{new_id}").press("Enter")
    page.wait_for_url("**/appointments?note=*")
    with web_db.session() as session:
        from storage.appointments import get_appointment

        changed = get_appointment(session, new_id).starts_at.astimezone(BERLIN)
        assert changed.strftime("%Y-%m-%d %H:%M") == "2027-01-15 11:00"
    plan = page.locator(f"form[action='/plans/{seeded.homework}/set']")
    for day in ("mon", "wed"):
        plan.get_by_label(day).check()
    plan.get_by_label("Time of day").fill("20:15")
    plan.get_by_label("Your moment for it").fill("after dinner")
    plan.get_by_role("button", name="Save check-ins").click()
    page.wait_for_url("**/appointments?note=*")
    with web_db.session() as session:
        saved = get_plan(session, seeded.homework)
        assert (saved.days, saved.time_of_day.strftime("%H:%M"), saved.cue) == (
            "mon,wed",
            "20:15",
            "after dinner",
        )
    page.get_by_role("button", name="Stop checking in").click()
    page.wait_for_url("**/appointments?note=*")
    page.locator(f"form[action='/appointments/{new_id}/remove'] button").click()
    page.wait_for_url("**/appointments?note=*")
    with web_db.session() as session:
        assert get_plan(session, seeded.homework) is None
        assert [a.id for a in list_appointments(session)] == [seeded.appointment_id]


def test_a_bad_value_is_one_line_on_the_page_and_changes_nothing(seeded, browsing, web_db):
    page = browsing.page
    page.goto(browsing.origin + "/appointments")
    plan = page.locator(f"form[action='/plans/{seeded.homework}/set']")
    plan.get_by_label("Time of day").fill("20:15")
    plan.get_by_role("button", name="Save check-ins").click()  # no day chosen
    page.wait_for_url("**/appointments?note=*")
    assert page.get_by_role("alert").inner_text() == "choose at least one day for the check-ins"
    from storage.plans import get_plan

    with web_db.session() as session:
        assert get_plan(session, seeded.homework) is None


@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_is_accessible_and_loads_only_from_its_own_origin(
    name, seeded, browsing, tmp_path
):
    from axe_playwright_python.sync_playwright import Axe

    page = browsing.page
    page.goto(browsing.origin + PAGES[name])
    page.wait_for_load_state("networkidle")
    page.screenshot(path=tmp_path / f"{name}.png", full_page=True)
    results = Axe().run(page)
    assert results.response["testEngine"]["name"] == "axe-core"  # it ran, under the CSP
    serious = [
        (violation["id"], violation["impact"], len(violation["nodes"]))
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert browsing.foreign() == [] and browsing.refused == []
    assert len(browsing.requests) >= 2  # the page and its stylesheet at least
    support = page.get_by_role("link", name="Safety plan and support")
    assert support.get_attribute("href") == "/safety"


@pytest.mark.parametrize("name", list(PAGES))
def test_every_control_on_every_page_is_reached_by_tab(name, seeded, browsing):
    """Plain links, buttons and fields: reached by Tab, they work with Enter or Space."""
    page = browsing.page
    page.goto(browsing.origin + PAGES[name])
    controls = page.evaluate(
        """() => Array.from(document.querySelectorAll(
               'a[href], button, input:not([type=hidden]), select, textarea'))
             .filter(e => e.offsetParent !== null || e.getClientRects().length)
             .map((e, i) => { e.dataset.probe = String(i); return String(i); })"""
    )
    assert controls
    reached = set()
    for _ in range(len(controls) * 2 + 10):
        page.keyboard.press("Tab")
        probe = page.evaluate("() => document.activeElement.dataset.probe || null")
        if probe is not None:
            reached.add(probe)
        if reached == set(controls):
            break
    missing = page.evaluate(
        "(ids) => ids.map(i => document.querySelector(`[data-probe='${i}']`).outerHTML"
        ".slice(0, 120))",
        [probe for probe in controls if probe not in reached],
    )
    assert missing == []


def test_the_agenda_for_a_chosen_day(seeded, browsing):
    page = browsing.page
    page.goto(browsing.origin + "/")
    title = page.get_by_role("heading", level=1).inner_text()
    page.get_by_label("Appointment on or after").fill("2031-03-04")
    page.get_by_role("button", name="Show").click()
    chosen = page.get_by_role("heading", level=1).inner_text()
    assert chosen != title and chosen.startswith("Agenda for ") and "2031" in chosen
    page.goto(browsing.origin + "/?for=someday")
    assert "'someday' is not a date" in page.get_by_role("alert").inner_text()


def test_an_item_is_split_in_two(seeded, browsing, web_db):
    page = browsing.page
    ident = seeded.notes[0]
    page.goto(browsing.origin + f"/items/{ident}")
    page.get_by_label("Split it: one item per line").fill(
        "the walk on Tuesday helped\nsleeping earlier helped too"
    )
    page.get_by_role("button", name="Split").click()
    page.wait_for_url(f"**/items/{ident}?note=*")
    assert "Split into 2 items." in page.get_by_role("status").inner_text()
    with web_db.session() as session:
        notes = [i.text for i in list_items(session, kind="note")]
    assert "the walk on Tuesday helped" in notes and "sleeping earlier helped too" in notes
