"""Logs never contain the text of a reflection.

The real `sessionmate serve` command runs in-process, with its real logging, lock and
service, over a data directory whose reflections each hold an unusual marker word.
Only the conversation factory is a stand-in (no English model can be installed here):
a person who answers a check-in with "partly" and a "what got in the way" note, and
tells the after-session prompt something new. The agenda readout's voice fails with an
error that quotes what it was saying, as a speech engine's error might. Then no marker
may appear in sessionmate.log nor in any other file of the data directory that is not
the database itself.
"""

from __future__ import annotations

import signal
import threading
import time as timer
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from cli_helpers import run_in_process
from conversation_helpers import RecordingVoice

from assistant.checkin import IN_THE_WAY
from assistant.dialogs import POST_SESSION_PROMPT
from assistant.scheduling import Service
from assistant.settings import Settings
from intents.messages import Heard
from speech.errors import TtsError
from storage import open_database
from storage.appointments import add_appointment
from storage.checkins import list_checkins
from storage.items import list_items
from storage.plans import set_plan

DIALOG_TIMEOUT = 30.0
EVERY_DAY = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# In what was typed before: one per kind. In what is said during the dialogs: two more.
TYPED = {
    "note": "note i finally told someone about the plumquartz letter",
    "question": "question why does the velvetine dream keep coming back",
    "homework": "homework write about the lanternfish memory",
    "need": "i need more time to talk about marzipanic",
}
IN_THE_WAY_NOTE = "my brother quillfeather kept calling"
AFTER_SESSION = "we talked about the oboegrove summer with my grandmother"
MARKERS = ("plumquartz", "velvetine", "lanternfish", "marzipanic", "quillfeather", "oboegrove")
DATABASE_FILES = ("sessionmate.db", "sessionmate.db-wal", "sessionmate.db-shm")


class Ear:
    """A person answering whatever the voice last asked."""

    def __init__(self, voice: RecordingVoice) -> None:
        self.voice, self.queue = voice, []

    can_hear = True

    def listen(
        self, timeout: float | None = None, grammar: list[str] | None = None
    ) -> Heard | None:
        last = self.voice.said[-1] if self.voice.said else ""
        if not self.queue:
            if last.startswith("Did you "):
                self.queue = ["partly"]
            elif last == IN_THE_WAY:
                self.queue = [IN_THE_WAY_NOTE]
            elif last == POST_SESSION_PROMPT:
                self.queue = [AFTER_SESSION, "that's all"]
        return Heard(self.queue.pop(0)) if self.queue else None


class Voice(RecordingVoice):
    """Says the short things; fails on a long script with an error quoting its last line."""

    def say_all(self, sentences) -> None:
        script = list(sentences)
        self.said.extend(script)
        raise TtsError(f"the engine stopped at {script[-1]!r}")


class Person:
    """The conversation factory `serve` is given in place of the microphone and speaker."""

    def __init__(self) -> None:
        self.voices: list[Voice] = []
        self.finished = 0

    @contextmanager
    def __call__(self):
        voice = Voice()
        self.voices.append(voice)
        try:
            yield Ear(voice), voice
        finally:
            self.finished += 1


def this_minute() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


def test_serve_logs_kinds_and_ids_but_no_word_of_a_reflection(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    for kind, words in TYPED.items():
        run = run_in_process(capsys, "add", "--as", kind, words)
        assert run.code == 0 and f"as {kind} #" in run.out, run
    url = f"sqlite:///{home / 'sessionmate.db'}"
    settings = Settings(data_dir=home, database_url=url, timezone="Europe/Berlin")

    # Due this minute: a check-in, the end of one session, the readout before the next.
    due = this_minute()
    with open_database(url) as database:
        with database.session(write=True) as s:
            homework = next(i.id for i in list_items(s, kind="homework"))
            set_plan(s, homework, days=EVERY_DAY, time_of_day=due.time(), timezone="UTC")
            ended = add_appointment(s, due - timedelta(minutes=50), minutes=50, timezone="UTC").id
            upcoming = add_appointment(
                s, due + timedelta(minutes=60), minutes=50, timezone="UTC"
            ).id
        # The service ran until a few minutes ago: the jobs wait in the store, due now.
        before = Service(database, settings, Person(), clock=lambda: due - timedelta(minutes=5))
        before.start(paused=True)
        assert {job.id for job in before.jobs()} >= {
            f"checkin:{homework}",
            f"post_session:{ended}",
            f"agenda_readout:{upcoming}",
        }
        before.stop()

    person = Person()
    monkeypatch.setattr("assistant.live.live_conversation", lambda *args, **kwargs: person)
    original = signal.getsignal(signal.SIGTERM)

    def stop_when_the_dialogs_are_done() -> None:
        deadline = timer.monotonic() + DIALOG_TIMEOUT
        while person.finished < 3 and timer.monotonic() < deadline:
            timer.sleep(0.02)
        if signal.getsignal(signal.SIGTERM) is not original:  # serve's handler is in place
            signal.raise_signal(signal.SIGTERM)

    stopper = threading.Thread(target=stop_when_the_dialogs_are_done, daemon=True)
    stopper.start()
    served = run_in_process(capsys, "serve", "--poll-seconds", "0.2")
    stopper.join(DIALOG_TIMEOUT)
    assert served.code == 0, served.err
    assert served.out.startswith("Serving with") and served.out.endswith("Stopped.\n")
    assert person.finished == 3

    # The markers went through the service: heard, stored, said.
    with open_database(url) as database, database.session() as s:
        assert [(c.result, c.note) for c in list_checkins(s, homework)] == [
            ("partial", IN_THE_WAY_NOTE)
        ]
        assert AFTER_SESSION in [i.text for i in list_items(s, kind="note")]
    said = " ".join(sentence for voice in person.voices for sentence in voice.said)
    assert "lanternfish" in said and "marzipanic" in said and "velvetine" in said

    log = (home / "sessionmate.log").read_text()
    assert f"checkin #{homework}: partial with a note" in log
    assert f"post_session #{ended}: 1 saved" in log
    assert f"agenda_readout #{upcoming} failed: TtsError" in log

    others = [p for p in home.rglob("*") if p.is_file() and p.name not in DATABASE_FILES]
    assert home / "sessionmate.log" in others
    for path in others:
        content = path.read_bytes().lower()
        assert [m for m in MARKERS if m.encode() in content] == [], path
    printed = (served.out + served.err).lower()
    assert [m for m in MARKERS if m in printed] == []
