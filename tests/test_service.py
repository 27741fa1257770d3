"""The service with the real APScheduler and its job store on the test database.

Nothing waits for a scheduled time. The service's clock is injected: it "was running"
a few minutes before a job's time, so the job goes into the store with that run time,
which has already arrived in real time when the scheduler resumes. Waits below are for
a dialog thread to finish, never for the clock.
"""

from __future__ import annotations

import json
import stat
import threading
import time as timer
from collections import Counter
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run_in_process
from conversation_helpers import RecordingVoice, ScriptedEar
from sqlalchemy import text

from assistant.agenda_compose import compose
from assistant.agenda_data import gather
from assistant.dialogs import POST_SESSION_PROMPT, missed_sentence
from assistant.scheduling import Service
from assistant.service_log import file_log
from assistant.settings import Settings
from storage import open_database
from storage.appointments import add_appointment
from storage.checkins import list_checkins
from storage.items import add_item, list_items
from storage.missed import unmentioned
from storage.plans import clear_plan, set_plan
from storage.tables import MissedRun

pytestmark = pytest.mark.every_backend  # storage and service: SQLite, PostgreSQL, SQLCipher

DIALOG_TIMEOUT = 20.0
BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def wait_until(condition, timeout: float = DIALOG_TIMEOUT) -> bool:
    deadline = timer.monotonic() + timeout
    while not condition():
        if timer.monotonic() > deadline:
            return False
        timer.sleep(0.02)
    return True


def this_minute() -> datetime:
    """The start of the current minute: a run time that has just arrived."""
    return datetime.now(UTC).replace(second=0, microsecond=0)


class Conversations:
    """The service's conversation factory: each dialog gets the next script."""

    def __init__(self, *scripts: list, hold_first: bool = False) -> None:
        self.scripts = list(scripts)
        self.voices: list[RecordingVoice] = []
        self.open = self.finished = 0
        self.overlapped = False
        self.release = threading.Event()
        self.hold_first = hold_first
        self._lock = threading.Lock()

    @contextmanager
    def __call__(self):
        with self._lock:
            self.open += 1
            self.overlapped |= self.open > 1
            first = not self.voices
            voice = RecordingVoice()
            self.voices.append(voice)
        if first and self.hold_first:
            # The person is still talking: hold this dialog until the test lets go.
            self.release.wait(DIALOG_TIMEOUT)
        try:
            yield ScriptedEar(self.scripts.pop(0) if self.scripts else []), voice
        finally:
            with self._lock:
                self.open -= 1
                self.finished += 1

    def wait(self, count: int) -> bool:
        return wait_until(lambda: self.finished >= count)


@pytest.fixture
def settings(tmp_path, db_url) -> Settings:
    return Settings(data_dir=tmp_path, database_url=db_url, timezone="UTC")


@pytest.fixture
def services(database, settings):
    made: list[Service] = []

    def make(conversation, clock=None, **options) -> Service:
        service = Service(
            database, settings, conversation, **({"clock": clock} if clock else {}), **options
        )
        made.append(service)
        return service

    yield make
    for service in made:
        service.stop(wait_seconds=1)


def homework_at(database, when: datetime, text_: str = "journaling", cue=None) -> int:
    with database.session(write=True) as s:
        item = add_item(s, "homework", text_).id
        set_plan(s, item, days=EVERY_DAY, time_of_day=when.time(), timezone="UTC", cue=cue)
    return item


def jobs(service) -> dict[str, datetime]:
    return {job.id: job.next_run_time for job in service.jobs()}


def stored_runs(database) -> dict[str, datetime]:
    """Next run times as the job store holds them, read around the scheduler."""
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, next_run_time FROM apscheduler_jobs"))
        return {ident: datetime.fromtimestamp(run, UTC) for ident, run in rows}


def missed(database) -> list[tuple]:
    with database.session() as s:
        rows = s.query(MissedRun).order_by(MissedRun.due_at).all()
        return [(m.kind, m.target_id, m.due_at, m.mentioned_at is not None) for m in rows]


def test_the_agenda_is_read_at_the_lead_time_and_nothing_else_fires(database, services):
    readout = this_minute()
    starts = readout + timedelta(minutes=60)
    with database.session(write=True) as s:
        appointment = add_appointment(s, starts, minutes=50, timezone="UTC", recurrence="weekly").id
        add_item(s, "need", "more time to talk about my mom")
    then = readout - timedelta(minutes=5)
    conversations = Conversations()
    service = services(conversations, clock=lambda: then)
    service.start(paused=True)
    assert jobs(service) == {
        f"agenda_readout:{appointment}": readout,
        f"post_session:{appointment}": starts + timedelta(minutes=50),
    }

    service.resume()
    assert conversations.wait(1)
    with database.session() as s:
        expected = compose(gather(s, then, service.settings.zone)).script
    assert conversations.voices[0].said == expected
    assert "You have one need." in expected
    # Fired once and moved on a week; the prompt at the session's end is still ahead.
    assert jobs(service)[f"agenda_readout:{appointment}"] == readout + timedelta(weeks=1)
    assert conversations.finished == 1


@pytest.mark.parametrize(
    ("answers", "result", "note"),
    [
        (["yes i did"], "done", None),
        (["some of it", "work ran late"], "partial", "work ran late"),
        (["no", "i was too tired"], "not_done", "i was too tired"),
        ([None, None], "no_answer", None),
    ],
)
def test_a_scheduled_check_in_records_each_answer_kind(database, services, answers, result, note):
    due = this_minute()
    item = homework_at(database, due, cue="after dinner")
    conversations = Conversations(answers)
    then = due - timedelta(minutes=5)
    service = services(conversations, clock=lambda: then)
    service.start()
    assert conversations.wait(1)
    with database.session() as s:
        assert [(c.result, c.note) for c in list_checkins(s, item)] == [(result, note)]
    assert conversations.voices[0].said[0] == "Did you do your journaling after dinner today?"


def test_after_downtime_the_newest_run_within_grace_fires_once_and_older_ones_are_missed(
    database, services
):
    due = this_minute() - timedelta(minutes=5)
    item = homework_at(database, due)
    # The service last ran two days ago, and stopped.
    down = services(Conversations(), clock=lambda: due - timedelta(days=2, minutes=10))
    down.start(paused=True)
    assert jobs(down) == {f"checkin:{item}": due - timedelta(days=2)}
    down.stop()
    # Stopping left the overdue run in the store for the next start to find.
    assert stored_runs(database) == {f"checkin:{item}": due - timedelta(days=2)}

    conversations = Conversations(["yes"])
    services(conversations).start()
    assert conversations.wait(1)
    said = conversations.voices[0].said
    assert said[:2] == [
        "While I was off, I missed two check-ins.",
        "Did you do your journaling today?",
    ]
    with database.session() as s:
        assert [c.result for c in list_checkins(s, item)] == ["done"]
    assert missed(database) == [
        ("checkin", item, due - timedelta(days=2), True),
        ("checkin", item, due - timedelta(days=1), True),
    ]


def test_runs_all_past_their_grace_are_recorded_and_none_fires(database, services):
    due = this_minute() - timedelta(minutes=30)
    item = homework_at(database, due)
    down = services(Conversations(), clock=lambda: due - timedelta(days=1, minutes=10))
    down.start(paused=True)
    down.stop()

    conversations = Conversations(["yes"])
    service = services(conversations)
    service.start()
    # The scheduler has looked at the job once its next run is tomorrow.
    assert wait_until(lambda: jobs(service)[f"checkin:{item}"] == due + timedelta(days=1))
    service.stop()
    assert conversations.finished == 0
    assert missed(database) == [
        ("checkin", item, due - timedelta(days=1), False),
        ("checkin", item, due, False),
    ]


def test_jobs_survive_a_restart_with_their_next_run(database, services, db_url, settings):
    due = this_minute() + timedelta(hours=2)
    item = homework_at(database, due)
    with database.session(write=True) as s:
        add_appointment(s, due + timedelta(days=1), minutes=50, timezone="UTC")
    first = services(Conversations(), clock=lambda: due - timedelta(minutes=30))
    first.start(paused=True)
    before = {job.id: (job.name, job.next_run_time) for job in first.jobs()}
    first.stop()
    database.dispose()
    assert len(before) == 3

    with open_database(db_url) as reopened:
        with reopened.engine.connect() as connection:
            stored = connection.execute(text("SELECT id FROM apscheduler_jobs")).scalars()
            assert set(stored) == set(before)
        # Started again after the check-in's time (within grace): kept as it was, so
        # it is due, rather than rebuilt for tomorrow.
        later = Service(
            reopened, settings, Conversations(), clock=lambda: due + timedelta(minutes=5)
        )
        later.start(paused=True)
        try:
            assert {job.id: (job.name, job.next_run_time) for job in later.jobs()} == before
            assert before[f"checkin:{item}"][1] == due
        finally:
            later.stop()


def test_changes_while_running_rebuild_exactly_the_current_jobs(tmp_path, monkeypatch, capsys):
    """The CLI changes the database; the running service notices on its next poll."""
    home = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    for args in (
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        ("appointments", "add", "2030-01-11T10:00"),
        ("add", "--as", "homework", "journaling"),
    ):
        assert run_in_process(capsys, *args).code == 0
    url = f"sqlite:///{home / 'sessionmate.db'}"
    settings = Settings(data_dir=home, database_url=url, timezone="Europe/Berlin")
    with open_database(url) as database:
        service = Service(database, settings, Conversations())
        service.start()
        try:
            assert set(jobs(service)) == {
                "agenda_readout:1",
                "post_session:1",
                "agenda_readout:2",
                "post_session:2",
            }
            assert service.check_for_changes() is False
            # What `schedule` lists first for each job is what the service will run next.
            listed = run_in_process(
                capsys, "schedule", "--json", "--from", "2030-01-01", "--days", "14"
            )
            first: dict[str, datetime] = {}
            for run in json.loads(listed.out):
                first.setdefault(run["job_id"], datetime.fromisoformat(run["when"]))
            assert first == jobs(service)

            assert run_in_process(capsys, "appointments", "remove", "1").code == 0
            assert service.check_for_changes() is True
            assert set(jobs(service)) == {"agenda_readout:2", "post_session:2"}

            run_in_process(capsys, "homework", "plan", "1", "--daily", "20:00")
            assert service.check_for_changes() is True
            assert set(jobs(service)) == {"agenda_readout:2", "post_session:2", "checkin:1"}
            run_in_process(capsys, "homework", "plan", "1", "--daily", "21:00")
            assert service.check_for_changes() is True
            assert jobs(service)["checkin:1"].astimezone(BERLIN).time() == time(21, 0)

            run_in_process(capsys, "mark", "1", "done")
            assert service.check_for_changes() is True
            assert set(jobs(service)) == {"agenda_readout:2", "post_session:2"}
        finally:
            service.stop()


def test_one_dialog_at_a_time_while_jobs_keep_firing(database, services):
    due = this_minute()
    first, second = homework_at(database, due, "journaling"), homework_at(database, due, "walk")
    with database.session(write=True) as s:
        add_appointment(s, due + timedelta(minutes=60), minutes=50, timezone="UTC")
    # Whichever order they come in, each check-in hears "yes"; the readout hears nothing.
    conversations = Conversations(["yes"], ["yes"], ["yes"], hold_first=True)
    service = services(conversations, clock=lambda: due - timedelta(minutes=5))
    service.start()
    # All three jobs have fired (each moved on) while the first dialog is still open.
    assert wait_until(
        lambda: conversations.open == 1 and all(run > due for run in jobs(service).values())
    )
    assert conversations.open == 1 and conversations.finished == 0
    conversations.release.set()
    assert conversations.wait(3)
    assert not conversations.overlapped
    with database.session() as s:
        assert {c.item_id: c.result for c in list_checkins(s)} == {first: "done", second: "done"}
    openings = sorted(voice.said[0] for voice in conversations.voices)
    assert openings[:2] == ["Did you do your journaling today?", "Did you walk today?"]
    assert openings[2].startswith("Here is your agenda for")


def test_dialogs_still_queued_at_shutdown_are_recorded_as_missed(database, services):
    due = this_minute()
    homework_at(database, due, "journaling")
    homework_at(database, due, "walk")
    conversations = Conversations(hold_first=True)
    service = services(conversations, clock=lambda: due - timedelta(minutes=5))
    service.start()
    assert wait_until(
        lambda: conversations.open == 1 and all(run > due for run in jobs(service).values())
    )
    service.stop(wait_seconds=0.1)  # the first dialog is still open
    assert [(kind, mentioned) for kind, _, _, mentioned in missed(database)] == [("checkin", False)]
    conversations.release.set()
    assert conversations.wait(1)


def test_after_a_session_it_prompts_and_files_what_is_said(database, services):
    ends = this_minute()
    with database.session(write=True) as s:
        appointment = add_appointment(
            s, ends - timedelta(minutes=50), minutes=50, timezone="UTC"
        ).id
    conversations = Conversations(["we talked about my dad", "that's all"])
    service = services(conversations, clock=lambda: ends - timedelta(minutes=5))
    service.start(paused=True)
    # The readout's time had passed when the service learnt of it: never fired late.
    assert set(jobs(service)) == {f"post_session:{appointment}"}
    service.resume()
    assert conversations.wait(1)
    assert conversations.voices[0].said[0] == POST_SESSION_PROMPT
    with database.session() as s:
        assert [(i.kind, i.text, i.appointment_id) for i in list_items(s)] == [
            ("note", "we talked about my dad", appointment)
        ]


def test_the_log_has_kinds_and_ids_but_never_what_was_said(database, settings, tmp_path):
    due = this_minute()
    secrets = ["my sister visited unannounced", "i keep thinking about my mother"]

    def serve_once(conversations: Conversations) -> None:
        service = Service(
            database, settings, conversations, clock=lambda: due - timedelta(minutes=5)
        )
        service.start()
        try:
            assert conversations.wait(1)
        finally:
            service.stop()

    with file_log(tmp_path) as path:
        item = homework_at(database, due, "journaling")
        serve_once(Conversations(["partly", secrets[0]]))
        with database.session(write=True) as s:
            clear_plan(s, item)
            add_appointment(s, due - timedelta(minutes=50), minutes=50, timezone="UTC")
        serve_once(Conversations([secrets[1], "that's all"]))
    logged = path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert f"checkin #{item}: partial with a note" in logged
    assert "post_session #1: 1 saved" in logged
    for words in [*secrets, "journaling", "sister", "mother"]:
        assert words not in logged


def test_missed_runs_are_mentioned_once_in_plain_words(database, services):
    due = this_minute()
    homework_at(database, due)
    with database.session(write=True) as s:
        from storage.missed import record_missed

        record_missed(s, "agenda_readout", 1, due - timedelta(days=3))
        record_missed(s, "checkin", 1, due - timedelta(days=2))
    conversations = Conversations(["yes"])
    services(conversations, clock=lambda: due - timedelta(minutes=5)).start()
    assert conversations.wait(1)
    assert conversations.voices[0].said[0] == (
        "While I was off, I missed one check-in and one agenda reading."
    )
    with database.session() as s:
        assert unmentioned(s) == []


def test_missed_sentences():
    assert missed_sentence(Counter({"checkin": 2})) == "While I was off, I missed two check-ins."
    assert missed_sentence(Counter({"checkin": 1, "agenda_readout": 2, "post_session": 1})) == (
        "While I was off, I missed one check-in, two agenda readings and one after-session talk."
    )


def test_a_dialog_that_waited_past_its_grace_is_missed_not_run_late(database, services):
    due = this_minute()
    homework_at(database, due, "journaling")
    homework_at(database, due, "walk")
    now = [due - timedelta(minutes=5)]
    conversations = Conversations(["yes"], ["yes"], hold_first=True)
    service = services(conversations, clock=lambda: now[0], grace_seconds=15 * 60)
    service.start()
    assert wait_until(
        lambda: conversations.open == 1 and all(run > due for run in jobs(service).values())
    )
    now[0] += timedelta(minutes=16)  # the first dialog ran long
    conversations.release.set()
    assert wait_until(lambda: missed(database))
    assert conversations.wait(1) and conversations.finished == 1
    assert [(kind, mentioned) for kind, _, _, mentioned in missed(database)] == [("checkin", False)]


def test_a_dialog_of_an_unknown_kind_is_refused_not_run_as_a_check_in():
    from assistant.dialog_queue import DialogRequest

    with pytest.raises(ValueError, match="unknown dialog kind 'reminder'"):
        DialogRequest("reminder", 1, datetime(2026, 12, 1, tzinfo=UTC))
    assert DialogRequest("checkin", 1, datetime(2026, 12, 1, tzinfo=UTC)).kind == "checkin"
