"""The agenda for the next appointment: printed, as Markdown, spoken, or to a WAV file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.app import App
from assistant.checked_dates import parse_checked_day as parse_day
from assistant.errors import InvalidInputError

if TYPE_CHECKING:
    from assistant.agenda_compose import Agenda
    from assistant.settings import Settings

pass_app = click.make_pass_decorator(App)


@click.command()
@click.option(
    "--for",
    "for_day",
    metavar="DATE",
    help='The appointment on or after this day, e.g. "thursday" or 2026-12-03.',
)
@click.option("--markdown", is_flag=True, help="Print it as Markdown.")
@click.option("--speak", is_flag=True, help="Read it aloud.")
@click.option("--json", "as_json", is_flag=True, help="Print it as JSON.")
@click.option(
    "--wav",
    "wav_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write it, spoken, to this WAV file.",
)
@click.option(
    "--pdf",
    "pdf_path",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="Write it as a printable PDF (no ids, boxes to tick) to this file.",
)
@pass_app
def agenda(
    app: App,
    for_day: str | None,
    markdown: bool,
    speak: bool,
    as_json: bool,
    wav_path: Path | None,
    pdf_path: Path | None = None,
) -> None:
    """What to bring up next time: needs, questions, homework, then notes."""
    from assistant.agenda_compose import compose
    from assistant.agenda_data import gather

    settings = app.settings
    zone = settings.zone
    day = parse_day(for_day, app.now(), zone) if for_day is not None else None
    if wav_path is not None:
        _check_writable(wav_path)
    if pdf_path is not None:
        from assistant.agenda_pdf import check_pdf_path

        check_pdf_path(pdf_path)
    from assistant.zone_change import zone_change_notice
    from storage.appointments import list_appointments

    with app.database.session() as session:
        gathered = gather(session, app.now(), zone, day)
        composed = compose(gathered)
        booked = [(a.id, a.starts_at, a.timezone) for a in list_appointments(session)]
    for line in zone_change_notice(app.data_dir, settings.timezone, booked):
        click.echo(line, err=True)
    if as_json:
        from assistant.agenda_json import agenda_json

        click.echo(agenda_json(gathered, settings.timezone))
        return
    if pdf_path is not None:
        _write_pdf(composed, pdf_path)
    click.echo(composed.markdown if markdown else composed.text, nl=False)
    if wav_path is not None:
        _write_wav(settings, composed.script, wav_path)
    if speak:
        from assistant.speaking import voice_for

        voice = voice_for(
            settings, notify=lambda line: click.echo(line, err=True), show=lambda line: None
        )  # the text is already on screen
        try:
            voice.say_all(composed.script)
        finally:
            voice.close()


def _check_writable(path: Path) -> None:
    """Before anything is printed or rendered: the WAV's folder must take a new file."""
    import os

    folder = path.parent
    if path.exists() and not path.is_file():  # the WAV is renamed into place: never over a device
        raise InvalidInputError(f"cannot write {path}: it exists and is not a regular file")
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise InvalidInputError(f"cannot write {path}: {folder} {problem}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInputError(f"cannot write {path}: folder {folder} is not writable")


def _write_wav(settings: Settings, script: list[str], path: Path) -> None:
    from speech.tts import Speaker

    speaker = Speaker(voice=settings.voice, rate=settings.speech_rate)
    try:
        speaker.render_script(script, path)
    finally:
        speaker.close()
    click.echo(f"Wrote the spoken agenda to {path}", err=True)


def _write_pdf(composed: Agenda, path: Path) -> None:
    from assistant.agenda_pdf import pdf_bytes
    from assistant.web.agenda_sheet import sheet_of

    data = pdf_bytes(sheet_of(composed))
    try:
        path.write_bytes(data)
    except OSError as err:
        raise InvalidInputError(f"cannot write {path}: {err.strerror}") from err
    click.echo(f"Wrote the printable agenda to {path}", err=True)
