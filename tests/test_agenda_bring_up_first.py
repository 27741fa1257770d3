"""The therapist hears it: items that raised a crisis concern lead the agenda, in print,
Markdown and speech, dated and in the person's words, until marked answered."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from cli_helpers import run_in_process

from assistant.agenda_compose import compose
from assistant.agenda_data import gather
from storage.crisis_flags import flag_item
from storage.items import add_item

CRISIS = "i keep thinking my family would be better off without me"
ZONE = ZoneInfo("Europe/Berlin")


def test_a_flagged_item_leads_all_three_forms_once_dated(database):
    with database.session(write=True) as s:
        add_item(s, "question", "how do i sleep better")
        flagged = add_item(s, "note", CRISIS).id
        flag_item(s, flagged, "concern", "net (score 0.40)")
    with database.session() as s:
        agenda = compose(gather(s, datetime.now(UTC), ZONE))
    today = datetime.now(ZONE)
    dated = f"{today:%A} {today.day} {today:%B}: {CRISIS}"
    assert agenda.text.splitlines()[2] == "Bring up first"
    assert agenda.text.count(CRISIS) == 1 and dated in agenda.text
    assert agenda.markdown.splitlines()[2] == "## Bring up first"
    assert f"**#{flagged}** {dated}" in agenda.markdown
    assert agenda.script[1].startswith("Bring up first")
    assert CRISIS in agenda.script[2] and today.strftime("%A") in agenda.script[2]
    assert agenda.script.index(agenda.script[2]) < agenda.script.index(
        next(line for line in agenda.script if "sleep better" in line)
    )


def test_said_through_the_cli_it_is_brought_up_until_marked_answered(home, capsys):
    assert run_in_process(capsys, "add", "note", CRISIS).code == 0
    assert run_in_process(capsys, "add", "question", "why am i so tired").code == 0
    shown = run_in_process(capsys, "agenda").out
    assert shown.index("Bring up first") < shown.index(CRISIS) < shown.index("Questions")
    markdown = run_in_process(capsys, "agenda", "--markdown").out
    assert markdown.index("## Bring up first") < markdown.index("## Questions")
    assert run_in_process(capsys, "mark", "1", "answered").code == 0
    after = run_in_process(capsys, "agenda").out
    assert "Bring up first" not in after and CRISIS not in after


def test_without_flags_the_agenda_has_no_such_section(database):
    with database.session(write=True) as s:
        add_item(s, "note", "the walk helped")
    with database.session() as s:
        agenda = compose(gather(s, datetime.now(UTC), ZONE))
    assert "Bring up first" not in agenda.text + agenda.markdown + " ".join(agenda.script)
