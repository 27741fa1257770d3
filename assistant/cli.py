"""The command line. The only place errors become messages and exit codes.

Every user mistake is one line on stderr and exit status 2; nothing is written.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from assistant.app import App
from assistant.commands.agenda import agenda
from assistant.commands.appointments import appointments
from assistant.commands.backup import export_command, import_command
from assistant.commands.calendar_files import import_calendar
from assistant.commands.config import config
from assistant.commands.devices import devices
from assistant.commands.doctor import doctor
from assistant.commands.edits import edit, refile, review, split
from assistant.commands.homework import homework
from assistant.commands.items import add, classify_command, items, mark, undo
from assistant.commands.login_service import service_group
from assistant.commands.models import models
from assistant.commands.reflect import reflect
from assistant.commands.safety_plan import safety_plan
from assistant.commands.security import init, rekey
from assistant.commands.service import schedule, serve
from assistant.commands.setup import setup
from assistant.commands.support import support
from assistant.commands.voices import voices
from assistant.commands.web import web
from assistant.help_text import whole_sentences

USAGE_ERROR = 2

# Where to look up the ids, for a person who named a row that is not there.
ID_LISTINGS = {
    "item": "sessionmate items",
    "appointment": "sessionmate appointments list",
    "check-in": "sessionmate homework",
    "safety plan entry": "sessionmate safety-plan show",
}

# Each package's base error: a user mistake or an unusable environment, not a bug.
USER_ERRORS = (
    ("assistant.errors", "AssistantError"),
    ("storage.errors", "StorageError"),
    ("speech.errors", "SpeechError"),
)


def _home_option(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    # An empty --home (an unset shell variable) would make the current folder the data
    # directory, and chmod it 0700.
    if value is not None and not value.strip():
        raise click.BadParameter("empty path: give a folder, e.g. --home ~/sessionmate", ctx, param)
    return None if value is None else Path(value)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--home",
    type=click.Path(file_okay=False),
    callback=_home_option,
    help="Data directory (default: the platform's, or SESSIONMATE_HOME).",
)
@click.option(
    "--db",
    "database_url",
    metavar="URL",
    help="SQLAlchemy database URL (default: SQLite in the data directory).",
)
@click.option("--model", type=click.Path(path_type=Path), help="Vosk model folder.")
@click.version_option(package_name="sessionmate")
@click.pass_context
def cli(
    ctx: click.Context, home: Path | None, database_url: str | None, model: Path | None
) -> None:
    """Sessionmate: prepare for therapy by voice, offline.

    After a session, say what you took from it; before the next, hear your agenda.
    """
    app = App(home=home, db=database_url, model=model)
    ctx.obj = app
    ctx.call_on_close(app.close)


for command in (
    add,
    items,
    undo,
    mark,
    classify_command,
    appointments,
    agenda,
    reflect,
    models,
    devices,
    export_command,
    import_command,
    homework,
    schedule,
    serve,
    init,
    rekey,
    voices,
    support,
    config,
    doctor,
    service_group,
    setup,
    edit,
    refile,
    split,
    review,
    web,
    safety_plan,
):
    cli.add_command(command)
appointments.add_command(import_calendar)
whole_sentences(cli)


def _is_user_error(err: BaseException) -> bool:
    bases = tuple(
        getattr(sys.modules[module], name) for module, name in USER_ERRORS if module in sys.modules
    )
    return bool(bases) and isinstance(err, bases)


def _with_hint(err: Exception) -> str:
    """The library's message, plus the command that shows the valid ids (only the CLI knows)."""
    listing = ID_LISTINGS.get(getattr(err, "what", None) or "")
    if listing and hasattr(err, "ident"):
        return f"{err} (see `{listing}` for the ids)"
    return str(err)


def _fail(message: str) -> int:
    click.echo(f"sessionmate: error: {' '.join(message.split())}", err=True)
    return USAGE_ERROR


def main(argv: list[str] | None = None) -> int:
    # These are therapy notes: whatever the program writes is for its owner only.
    # The caller's umask comes back afterwards (tests call main() in-process).
    previous_umask = os.umask(0o077)
    try:
        return _main(argv)
    finally:
        os.umask(previous_umask)


def _main(argv: list[str] | None) -> int:
    # No path or text can hold a NUL; os and SQLite calls would fail on it in many places.
    if any("\x00" in arg for arg in (sys.argv[1:] if argv is None else argv)):
        return _fail("an argument holds a NUL character, which no path or text may hold")
    try:
        outcome = cli.main(args=argv, prog_name="sessionmate", standalone_mode=False)
        # ctx.exit(N) inside a command comes back as N (`doctor` exits 1 when a part is missing).
        if isinstance(outcome, int) and not isinstance(outcome, bool):
            return outcome
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.Abort:
        click.echo("sessionmate: stopped", err=True)
        return 130
    except click.ClickException as err:
        return _fail(err.format_message())
    except KeyboardInterrupt:
        click.echo("sessionmate: stopped", err=True)
        return 130
    except Exception as err:
        if _is_user_error(err):
            return _fail(_with_hint(err))
        raise
    return 0


def run() -> None:
    sys.exit(main())
