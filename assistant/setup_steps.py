"""`sessionmate setup`: a short guided start, one step at a time.

Every step can be skipped (Enter at its first question stores nothing) and run again
alone (`sessionmate setup --only STEP`). Steps: the time zone, the next appointment,
crisis contacts, the speech model, a microphone check and a speaker check. Questions
and answers go through `ask` and `say`, so the command wires them to the terminal.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.app import App

STEPS = ("timezone", "appointment", "contacts", "model", "microphone", "speaker")
SKIP_HINT = "Enter skips"
TEST_LINE = "This is Sessionmate. If you can hear me, your speaker works."
METER_WIDTH = 30


def _yes(answer: str, default: bool = False) -> bool:
    answer = answer.strip().lower()
    if not answer:
        return default
    return answer in ("y", "yes", "j", "ja", "ok", "sure")


@dataclass
class Setup:
    app: App
    ask: Callable[[str], str]
    say: Callable[[str], None]
    listen_seconds: float = 4.0
    meter: Callable[[str], None] | None = None  # writes a line in place (no newline)
    # Filled in as steps run, so a later step uses an earlier answer (the zone).
    timezone: str | None = None

    @property
    def settings(self) -> Settings:
        return self.app.settings

    @property
    def data_dir(self) -> Path:
        return self.app.data_dir

    def run(self, steps: tuple[str, ...] = STEPS) -> None:
        for number, name in enumerate(steps, 1):
            self.say("")
            self.say(f"[{number}/{len(steps)}] {TITLES[name]}")
            getattr(self, f"step_{name}")()
        self.say("")
        self.say(
            "Setup done. Run any step again with `sessionmate setup --only STEP`; "
            "`sessionmate doctor` shows what works."
        )

    def _store(self, key: str, value: object) -> None:
        from assistant.settings import set_config_value

        set_config_value(self.data_dir, key, value)
        self.app.__dict__.pop("settings", None)  # the next step sees the new value

    # -- the steps ----------------------------------------------------------------

    def step_timezone(self) -> None:
        from assistant.errors import SettingsError
        from assistant.settings import check_timezone

        current = self.settings
        self.say(f"Your time zone is {current.timezone} (from {current.source('timezone')}).")
        while True:
            answer = self.ask(
                f"Type 'yes' to keep it, or a zone such as Europe/Berlin ({SKIP_HINT})"
            ).strip()
            if not answer:
                self.say("Skipped.")
                return
            zone = current.timezone if _yes(answer) else answer
            try:
                check_timezone(zone, "your answer")
            except SettingsError as err:
                self.say(str(err))
                continue
            break
        self._store("timezone", zone)
        self.timezone = zone
        self.say(f"Time zone: {zone}.")
        if self.settings.source("timezone") == "SESSIONMATE_TZ":
            self.say("Note: SESSIONMATE_TZ is set in your environment and takes precedence.")

    def step_appointment(self) -> None:
        from zoneinfo import ZoneInfo

        from assistant.commands.appointments import describe
        from assistant.dates import parse_when
        from assistant.errors import AssistantError

        zone_name = self.timezone or self.settings.timezone
        for line in self._existing_appointments():
            self.say(f"Already set: {line}")
        while True:
            answer = self.ask(
                f"When is your next appointment? e.g. 'thursday 3pm' or 2026-12-03T15:00 "
                f"({SKIP_HINT})"
            ).strip()
            if not answer:
                self.say("Skipped.")
                return
            try:
                starts_at = parse_when(answer, self.app.now(), ZoneInfo(zone_name))
            except AssistantError as err:
                self.say(str(err))
                continue
            break
        weekly = _yes(self.ask("Does it repeat every week at this time? [y/N]"))
        minutes = 50
        from storage.appointments import add_appointment

        recurrence = "weekly" if weekly else None
        with self.app.database.session(write=True) as session:
            ident = add_appointment(
                session, starts_at, minutes=minutes, timezone=zone_name, recurrence=recurrence
            ).id
        self.say("Added appointment " + describe(ident, starts_at, minutes, zone_name, recurrence))

    def _existing_appointments(self) -> list[str]:
        """Appointments already stored; the database is not created just to look."""
        url = self.settings.database_url
        if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
            return []
        from zoneinfo import ZoneInfo

        from assistant.commands.appointments import describe
        from storage.appointments import list_appointments

        with self.app.database.session() as session:
            return [
                describe(
                    a.id,
                    a.starts_at.astimezone(ZoneInfo(a.timezone)),
                    a.minutes,
                    a.timezone,
                    a.recurrence,
                )
                for a in list_appointments(session)
            ]

    def step_contacts(self) -> None:
        from assistant.crisis_lines import known_countries, lines_for

        self.say(
            "Who to reach when things get hard: shown by `sessionmate support` and "
            "whenever what you say sounds like a crisis."
        )
        for line in self.settings.crisis_contacts:
            self.say(f"  now: {line}")
        country = self.ask(f"Which country are you in? e.g. GB or Germany ({SKIP_HINT})").strip()
        if not country:
            self.say("Skipped.")
            return
        contacts: list[str] = []
        found = lines_for(country)
        if found is None:
            self.say(
                f"No national lines listed for {country!r} (listed: {known_countries()}). "
                "Please add the ones you know."
            )
        else:
            name, lines = found
            self.say(f"Well-known lines in {name} (please check they are right for you):")
            for line in lines:
                self.say(f"  {line}")
            if _yes(self.ask("Use these? [Y/n]"), default=True):
                contacts += lines
        while True:
            own = self.ask(
                "Add your own contact, e.g. 'My therapist: 030 1234567' (Enter when done)"
            ).strip()
            if not own:
                break
            contacts.append(own)
        if not contacts:
            self.say("Nothing changed.")
            return
        self._store("crisis_contacts", contacts)
        self.say(f"Saved {len(contacts)} crisis contact{'s' if len(contacts) != 1 else ''}.")

    def step_model(self) -> None:
        from assistant.doctor_checks import check_model

        finding = check_model(self.settings, self.data_dir)
        if finding.ok:
            self.say(f"Speech model: {finding.detail}")
            return
        self.say(f"Speech model: {finding.detail}.")
        from speech.model_language import same_language

        if not same_language(self.settings.language, "en"):
            self.say(
                "Add one with `sessionmate models add PATH_OR_ZIP --language "
                f"{self.settings.language}`."
            )
            return
        if not _yes(self.ask("Download and install the small English model (41 MB) now? [y/N]")):
            self.say(
                "Skipped. Later: `sessionmate models install small-en-us`, or without "
                "internet `sessionmate models add PATH_OR_ZIP`."
            )
            return
        from speech.models import install

        path = install("small-en-us", self.data_dir / "models")
        self.say(f"Installed in {path}.")

    def step_microphone(self) -> None:
        if not _yes(
            self.ask(
                f"Check the microphone now? You will speak for "
                f"{self.listen_seconds:g} seconds. [y/N]"
            )
        ):
            self.say("Skipped.")
            return
        from speech.errors import SpeechError

        try:
            heard, loudest = self._listen()
        except SpeechError as err:
            self.say(f"The microphone did not work: {err}")
            self.say(
                "Check it with `sessionmate devices`; choose one with "
                "`sessionmate config set input_device NAME`."
            )
            return
        if loudest < -50.0:
            self.say(
                "That was very quiet: is the microphone muted, or another one the "
                "default? See `sessionmate devices`."
            )
        if heard is None:
            self.say("Level check done (no speech model to say what was heard).")
        else:
            self.say(f"Heard: {heard or '(no words)'}")

    def _listen(self) -> tuple[str | None, float]:
        """(what was recognised, or None without a model; the loudest level in dBFS)."""
        import numpy as np

        from speech.audio import MicrophoneSource
        from speech.errors import ModelError

        recognizer = None
        try:
            from assistant.model_choice import choose_model
            from speech.recognizer import Recognizer

            recognizer = Recognizer(choose_model(self.settings, self.data_dir))
        except ModelError:
            pass
        words: list[str] = []
        loudest = -120.0
        device = self.settings.input_device
        with MicrophoneSource(device) as microphone:
            self.say("Speak now...")
            elapsed = 0.0
            for chunk in microphone:
                samples = np.frombuffer(chunk, "<i2").astype(np.float64)
                rms = math.sqrt(float(np.mean(samples**2))) if samples.size else 0.0
                level = 20 * math.log10(rms / 32768.0) if rms > 0 else -120.0
                loudest = max(loudest, level)
                filled = max(0, min(METER_WIDTH, round((level + 60) / 60 * METER_WIDTH)))
                if self.meter is not None:
                    self.meter("\r  level [" + "#" * filled + " " * (METER_WIDTH - filled) + "]")
                if recognizer is not None:
                    said = recognizer.feed(chunk)
                    if said is not None and said.text:
                        words.append(said.text)
                elapsed += len(chunk) / 2 / microphone.rate
                if elapsed >= self.listen_seconds:
                    break
        if self.meter is not None:
            self.meter("\n")
        if recognizer is None:
            return None, loudest
        last = recognizer.flush()
        if last is not None and last.text:
            words.append(last.text)
        return " ".join(words), loudest

    def step_speaker(self) -> None:
        if not _yes(self.ask("Play a spoken test line? [y/N]")):
            self.say("Skipped.")
            return
        from speech.errors import SpeechError
        from speech.tts import Speaker

        settings = self.settings
        try:
            speaker = Speaker(
                voice=settings.voice,
                rate=settings.speech_rate,
                output_device=settings.output_device,
            )
            try:
                speaker.say(TEST_LINE)
            finally:
                speaker.close()
        except SpeechError as err:
            self.say(f"The speaker did not work: {err}")
            return
        if _yes(self.ask(f'Did you hear "{TEST_LINE}"? [Y/n]'), default=True):
            self.say("Speaker: ok.")
        else:
            self.say(
                "Check the volume, or choose another output with `sessionmate devices` "
                "and `sessionmate config set output_device NAME`."
            )


TITLES = {
    "timezone": "Time zone",
    "appointment": "Your next appointment",
    "contacts": "Crisis contacts",
    "model": "Speech model",
    "microphone": "Microphone check",
    "speaker": "Speaker check",
}
