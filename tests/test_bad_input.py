"""Bad input everywhere: every command's bad arguments give one line, exit status 2.

Each case runs the real program in-process over a data directory that already holds
items, an appointment and a homework plan, and checks: exit status 2, nothing on
stdout, exactly one line on stderr starting `sessionmate: error: ` that names the bad
value or what would be valid, and nothing written. `test_every_command_has_bad_cases`
keeps the table in step with `sessionmate --help`.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from cli_helpers import Run, run_in_process
from test_models_support import make_model

DATE_HINT = 'try 2026-12-03 15:00, "thursday 3pm"'
NOT_A_MODEL = "is not a Vosk model: missing am/final.mdl"

# (args, a fragment the one error line must contain). {tmp} is the test's folder, which
# holds: a-file.txt (text), empty.json, binary.json, folder/ (empty), fake-model/ (the
# shape of a Vosk model), noise.wav (not a WAV), and the JSON files named below.
CASES = [
    # add / classify
    (("add",), "Missing argument 'WORDS...'"),
    (("add", "--as", "journal", "hello"), "'journal' is not one of 'note', 'question'"),
    (("add", "--kind", "note", "hello"), "No such option '--kind'"),
    (("classify", "   "), "empty text"),
    (("classify",), "Missing argument 'WORDS...'"),
    (("classify", "--check-in", "yes"), "No such option '--check-in'"),
    # items / undo / mark
    (("items", "--kind", "notes"), "'notes' is not one of 'note', 'question', 'homework', 'need'"),
    (("items", "--status", "closed"), "'closed' is not one of 'open', 'answered', 'done'"),
    (("items", "--all"), "No such option '--all'"),
    (("undo", "3"), "unexpected extra argument (3)"),
    (("mark",), "Missing argument 'ID... STATUS'"),
    (("mark", "1"), "Choose from: open, answered, done, dropped"),
    (("mark", "one", "done"), "'one' is not a valid integer"),
    (("mark", "0", "done"), "no item with id 0"),
    (("mark", "-1", "done"), "No such option '-1'"),
    (("mark", "1", "Done"), "'Done' is not one of 'open', 'answered', 'done', 'dropped'"),
    (("mark", "1", "99", "dropped"), "no item with id 99"),
    (
        ("mark", "1", "need"),
        "'need' is a kind, not a status: to file it as a need, use `sessionmate refile 1 need`",
    ),
    (("mark", "1", "two", "done"), "'two' is not a valid integer"),
    # edit / refile / split / review
    (("edit",), "Missing argument 'ID'"),
    (("edit", "99", "new words"), "no item with id 99"),
    (("edit", "one", "new words"), "'one' is not a valid integer"),
    (("edit", "1", "  "), "empty text for item #1"),
    (("refile",), "Missing argument 'ID'"),
    (("refile", "1"), "Missing argument 'KIND'"),
    (("refile", "1", "journal"), "'journal' is not one of 'note', 'question', 'homework'"),
    (("refile", "99", "need"), "no item with id 99"),
    (("split",), "Missing argument 'ID'"),
    (("split", "99"), "no item with id 99"),
    (("split", "x"), "'x' is not a valid integer"),
    (("review", "1"), "unexpected extra argument (1)"),
    (("review", "--all"), "No such option '--all'"),
    # appointments
    (("appointments",), "Commands: add"),
    (("appointments", "move", "1"), "No such command 'move'"),
    (("appointments", "add"), "Missing argument 'WHEN...'"),
    (("appointments", "add", "someday"), f"cannot read 'someday' as a date: {DATE_HINT}"),
    (("appointments", "add", "25:00"), "cannot read '25:00'"),
    (("appointments", "add", "tomorrow", "25:00"), "cannot read the time in 'tomorrow 25:00'"),
    (("appointments", "add", "2026-02-30T15:00"), "cannot read '2026-02-30T15:00' as a date"),
    (("appointments", "add", "2026-02-30", "15:00"), "cannot read '2026-02-30 15:00'"),
    (("appointments", "add", "funday", "3pm"), "cannot read 'funday 3pm' as a date"),
    (("appointments", "add", "thursday"), "'thursday' has no time of day"),
    (("appointments", "add", "2026-03-29T02:30"), "'2026-03-29T02:30' does not exist in"),
    (("appointments", "add", "thursday", "3pm", "--minutes", "0"), "0 is not in the range 1<=x"),
    (("appointments", "add", "thursday", "3pm", "--minutes", "-50"), "-50 is not in the range"),
    (("appointments", "add", "thursday", "3pm", "--minutes", "ten"), "'ten' is not a valid"),
    (
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        "appointment #1 already starts at Thu 10 Jan 2030, 15:00 Europe/Berlin: add --force",
    ),
    (("appointments", "add", "2030-01-10T15:00", "--force", "--forse"), "No such option '--forse'"),
    (("appointments", "list", "--all"), "No such option '--all'"),
    (("appointments", "list", "--json", "x"), "unexpected extra argument (x)"),
    (("items", "--json", "--jsn"), "No such option '--jsn'"),
    (("agenda", "--json", "--for", "someday"), "cannot read 'someday' as a date"),
    (("homework", "--json", "--jsn"), "No such option '--jsn'"),
    (("appointments", "remove"), "Missing argument 'ID'"),
    (("appointments", "remove", "seven"), "'seven' is not a valid integer"),
    (("appointments", "remove", "99"), "no appointment with id 99"),
    # agenda
    (("agenda", "--for", "someday"), f"cannot read 'someday' as a date: {DATE_HINT}"),
    (("agenda", "--for", "2026-02-30"), "cannot read '2026-02-30' as a date"),
    (("agenda", "--for", ""), "empty date: expected something like 2026-12-03 15:00"),
    (("agenda", "--wav", "{tmp}/folder"), "'{tmp}/folder' is a directory"),
    (("agenda", "--wav", "{tmp}/no-such-folder/agenda.wav"), "{tmp}/no-such-folder does not exist"),
    (("agenda", "--wav", "{tmp}/a-file.txt/agenda.wav"), "{tmp}/a-file.txt is not a folder"),
    (("agenda", "--print"), "No such option '--print'"),
    (("agenda", "--pdf", "{tmp}/folder"), "give a file name ending in .pdf"),
    (("agenda", "--pdf", "{tmp}/no-such-folder/agenda.pdf"), "{tmp}/no-such-folder does not"),
    (("agenda", "--pdf", "{tmp}/a-file.txt/agenda.pdf"), "{tmp}/a-file.txt is not a folder"),
    (("agenda", "--pdf", "{tmp}/agenda.txt"), "give a file name ending in .pdf"),
    # reflect (the model and the recording are checked before anything is heard)
    (("reflect", "--file", "{tmp}/folder"), "'{tmp}/folder' is a directory"),
    (
        ("--model", "{tmp}/fake-model", "reflect", "--file", "{tmp}/missing.wav"),
        "cannot read {tmp}/missing.wav: No such file",
    ),
    (
        ("--model", "{tmp}/fake-model", "reflect", "--file", "{tmp}/noise.wav"),
        "{tmp}/noise.wav: not a RIFF/WAVE file",
    ),
    (
        ("--model", "{tmp}/fake-model", "reflect", "--file", "{tmp}/empty.json"),
        "{tmp}/empty.json: not a RIFF/WAVE file",
    ),
    (
        ("--model", "{tmp}/missing-model", "reflect", "--file", "{tmp}/noise.wav"),
        "--model: model folder {tmp}/missing-model does not exist",
    ),
    (
        ("--model", "{tmp}/folder", "reflect", "--file", "{tmp}/noise.wav"),
        f"--model: {{tmp}}/folder {NOT_A_MODEL}",
    ),
    (("reflect", "--silence", "0"), "0.0 is not in the range x>=1"),
    (("reflect", "--silence", "-5"), "-5.0 is not in the range x>=1"),
    # models
    (("models",), "Commands: add"),
    (("models", "remove", "small-en-us"), "No such command 'remove'"),
    (("models", "list", "--all"), "No such option '--all'"),
    (("models", "install"), "Missing argument 'NAME'"),
    (("models", "install", "english"), "unknown model 'english'; known models: small-en-us"),
    (
        (
            "models",
            "install",
            "small-en-us",
            "--sha256",
            "abc123",
            "--base-url",
            "http://127.0.0.1:9",
        ),
        "not a SHA-256: 'abc123'; expected 64 hexadecimal digits",
    ),
    (
        ("models", "install", "small-en-us", "--base-url", "example.org/mirror"),
        "only http:// and https:// URLs are allowed",
    ),
    (("models", "add"), "Missing argument 'PATH_OR_ZIP'"),
    (("models", "add", "{tmp}/missing"), "{tmp}/missing does not exist"),
    (("models", "add", "{tmp}/folder"), f"{{tmp}}/folder {NOT_A_MODEL}"),
    (("models", "add", "{tmp}/a-file.txt"), "{tmp}/a-file.txt is neither a folder nor a zip"),
    (("models", "verify", "{tmp}/folder"), f"{{tmp}}/folder {NOT_A_MODEL}"),
    (("models", "verify", "{tmp}/missing"), "model folder {tmp}/missing does not exist"),
    (("models", "verify", "{tmp}/a-file.txt"), "{tmp}/a-file.txt is a file, not a model folder"),
    # devices / voices
    (("devices", "--all"), "No such option '--all'"),
    (("devices", "usb"), "unexpected extra argument (usb)"),
    (("voices", "--lang", "en"), "No such option '--lang'"),
    (("support", "now"), "unexpected extra argument (now)"),
    (
        ("config", "set", "readout_lead_minutes", "1000000000000000000"),
        "config set readout_lead_minutes: readout_lead_minutes 1000000000000000000 must be at most",
    ),
    (("config", "set", "timezone", "Berlin"), "unknown time zone 'Berlin' from config set"),
    (("config", "set", "colour", "blue"), "unknown setting 'colour'"),
    (("config", "get", "colour"), "unknown setting 'colour'"),
    (("config", "show", "all"), "unexpected extra argument (all)"),
    (("config", "path", "now"), "unexpected extra argument (now)"),
    (("doctor", "now"), "unexpected extra argument (now)"),
    (("doctor", "--model", ""), "Invalid value for '--model': empty path"),
    (("service", "install", "now"), "unexpected extra argument (now)"),
    (("service", "status", "now"), "unexpected extra argument (now)"),
    (("service", "uninstall", "now"), "unexpected extra argument (now)"),
    (("service", "start"), "No such command 'start'"),
    (("setup", "--only", "everything"), "Invalid value for '--only'"),
    (("appointments", "import", "{tmp}/a-file.txt"), "a-file.txt is not an iCalendar file"),
    (("appointments", "import", "{tmp}/missing.ics"), "cannot read {tmp}/missing.ics"),
    (
        ("schedule", "--ics", "{tmp}/no-such-folder/plan.ics"),
        "folder {tmp}/no-such-folder does not exist",
    ),
    (("setup", "--listen-seconds", "0"), "Invalid value for '--listen-seconds'"),
    # web
    (("web", "--no-browser", "--host", "0.0.0.0"), "served on this machine only"),
    (("web", "--no-browser", "--host", "localhost"), "use 127.0.0.1"),
    (("web", "--port", "70000"), "70000 is not in the range 0<=x<=65535"),
    (("web", "--port", "http"), "'http' is not a valid integer"),
    (("web", "now"), "unexpected extra argument (now)"),
    # safety-plan
    (("safety-plan", "--step", "coping"), "No such option '--step'"),
    (("safety-plan", "add", "hobbies", "painting"), "unknown safety plan step 'hobbies'"),
    (("safety-plan", "show", "all"), "unexpected extra argument (all)"),
    (("safety-plan", "remove", "42"), "no safety plan entry with id 42"),
    # export / import
    (("export", "--out", "{tmp}/a-file.txt"), "'{tmp}/a-file.txt' is a file"),
    (
        ("export", "--out", "{tmp}/a-file.txt/exports"),
        "cannot write the export to {tmp}/a-file.txt/exports: Not a directory",
    ),
    (("export", "--json"), "No such option '--json'"),
    (("import",), "Missing argument 'PATH'"),
    (("import", "{tmp}/missing.json"), "no such file: {tmp}/missing.json"),
    (("import", "{tmp}/empty.json"), "cannot read {tmp}/empty.json as a Sessionmate export"),
    (("import", "{tmp}/binary.json"), "cannot read {tmp}/binary.json as a Sessionmate export"),
    (("import", "{tmp}/folder"), "'{tmp}/folder' is a directory"),
    (("import", "{tmp}/list.json"), 'not a Sessionmate export: expected "format"'),
    (("import", "{tmp}/items-not-a-list.json"), "items: expected a list, got 'all of them'"),
    (
        ("import", "{tmp}/appointment-not-an-object.json"),
        "appointments[0]: expected an object, got 'thursday'",
    ),
    (("import", "{tmp}/checkins-not-a-list.json"), "items[0].checkins: expected a list, got 3"),
    # homework
    (("homework", "remove"), "No such command 'remove'"),
    (("homework", "plan"), "Missing argument 'ID'"),
    (("homework", "plan", "2"), "say when: --daily HH:MM, --days DAYS --at HH:MM"),
    (
        ("homework", "plan", "2", "--by", "someday", "--at", "20:00"),
        "cannot read 'someday' as a date",
    ),
    (
        ("homework", "plan", "2", "--by", "2020-01-01", "--at", "20:00"),
        "--by '2020-01-01' is Wed 01 Jan 2020, which has passed",
    ),
    (("homework", "plan", "2", "--by", "sunday", "--days", "mon"), "--by DAY asks once"),
    (
        ("homework", "plan", "2", "--ask", "call your sister"),
        "--ask 'call your sister' is not a question",
    ),
    (
        ("homework", "plan", "2", "--daily", "20:00", "--daily", "25:00"),
        "'25:00' is not a time of day for --daily",
    ),
    (("homework", "plan", "99", "--daily", "20:00"), "no item with id 99"),
    (("homework", "plan", "1", "--daily", "20:00"), "item #1 is a note, not homework"),
    (("homework", "plan", "two", "--daily", "20:00"), "'two' is not a valid integer"),
    (
        ("homework", "plan", "2", "--daily", "25:00"),
        "'25:00' is not a time of day for --daily: use 21:30, 9pm, 9:30am, noon",
    ),
    (
        ("homework", "plan", "2", "--daily", "8 at night"),
        "'8 at night' is not a time of day for --daily",
    ),
    (
        ("homework", "plan", "2", "--days", "mon", "--at", "someday"),
        "'someday' is not a time of day for --at",
    ),
    (
        ("homework", "plan", "2", "--days", "mon,funday", "--at", "20:00"),
        "unknown day 'funday' in --days: use mon, tue, wed",
    ),
    (("homework", "plan", "2", "--days", "0", "--at", "20:00"), "unknown day '0' in --days"),
    (("homework", "plan", "2", "--none", "--daily", "20:00"), "--none stops the check-ins"),
    (
        ("homework", "plan", "2", "--daily", "20:00", "--at", "21:00"),
        "--daily HH:MM means every day",
    ),
    (("homework", "checkin"), "Missing argument 'ID'"),
    (("homework", "checkin", "2"), "Missing argument 'ANSWER'"),
    (("homework", "checkin", "2", "skipped"), "'skipped' is not an answer: say done or yes"),
    (("homework", "checkin", "2", "done", "--date", "someday"), "cannot read 'someday'"),
    (
        ("homework", "checkin", "2", "done", "--date", "2099-01-01"),
        "--date '2099-01-01' is Thu 01 Jan 2099, a day still to come",
    ),
    (("homework", "checkin", "99", "done"), "no item with id 99"),
    (("homework", "checkin", "1", "done"), "item #1 is a note, not homework"),
    # schedule / serve
    (("schedule", "--days", "0"), "0 is not in the range 1<=x<=366"),
    (("schedule", "--days", "-7"), "-7 is not in the range 1<=x<=366"),
    (("schedule", "--days", "week"), "'week' is not a valid integer range"),
    (("schedule", "--from", "someday"), "cannot read 'someday' as a date"),
    (("schedule", "--from", "2026-02-30"), "cannot read '2026-02-30' as a date"),
    (("schedule", "--from", ""), "empty date: expected something like"),
    (("serve", "--grace-minutes", "0"), "0 is not in the range 1<=x<=1440"),
    (("serve", "--grace-minutes", "-15"), "-15 is not in the range 1<=x<=1440"),
    (("serve", "--poll-seconds", "0"), "0.0 is not in the range 0.1<=x<=3600"),
    # init / rekey (no terminal here, so no passphrase can be asked)
    (("init", "--keyring"), "--keyring goes with --encrypt"),
    (("init", "--encrypt"), "set SESSIONMATE_PASSPHRASE or run in a terminal"),
    (("init", "--force"), "No such option '--force'"),
    (("rekey",), "the database is not encrypted: `sessionmate init --encrypt` first"),
    # the global options
    (("--home", "{tmp}/a-file.txt", "items"), "'{tmp}/a-file.txt' is a file"),
    (
        ("--home", "{tmp}/a-file.txt/home", "items"),
        "cannot use data directory {tmp}/a-file.txt/home: Not a directory",
    ),
    (("--home", "", "items"), "Invalid value for '--home': empty path"),
    (
        ("--db", "sqlite:///{tmp}/no-such-folder/notes.db", "items"),
        "folder {tmp}/no-such-folder does not exist",
    ),
    (("--db", "sqlite:///{tmp}/binary.json", "items"), "{tmp}/binary.json: file is not a database"),
    (("--db", "mysql://me@localhost/notes", "items"), "cannot use database URL 'mysql://me@"),
    (("--db", "/home/me/notes.db", "items"), "cannot use database URL '/home/me/notes.db'"),
    (("--verbose", "items"), "No such option '--verbose'"),
    (("agendas",), "No such command 'agendas'"),
]

CONFIGS = [
    (
        "not TOML",
        "timezone = Europe/Berlin\n",
        "cannot read config file {home}/config.toml: Invalid value",
    ),
    ("unclosed table", "[settings\n", "cannot read config file {home}/config.toml"),
    (
        "not UTF-8",
        b"\xff\xfe t\x00z\x00",
        "cannot read config file {home}/config.toml: 'utf-8' codec",
    ),
    ("a folder", None, "cannot read config file {home}/config.toml: Is a directory"),
    (
        "unknown key",
        "review-threshold = 0.5\n",
        "unknown setting 'review-threshold' in {home}/config.toml; known: crisis_contacts",
    ),
    ("unknown table", "[speech]\nvoice = 'en'\n", "unknown setting 'speech'"),
    (
        "text for a number",
        'review_threshold = "high"\n',
        "setting 'review_threshold' in {home}/config.toml has the wrong type: 'high'",
    ),
    (
        "bool for a number",
        "readout_lead_minutes = true\n",
        "setting 'readout_lead_minutes' in {home}/config.toml has the wrong type: True",
    ),
    (
        "text for a list",
        'crisis_contacts = "call 988"\n',
        "setting 'crisis_contacts' in {home}/config.toml has the wrong type: 'call 988'",
    ),
    (
        "number for a bool",
        "encrypted = 1\n",
        "setting 'encrypted' in {home}/config.toml has the wrong type: 1",
    ),
    (
        "threshold above 1",
        "review_threshold = 1.5\n",
        "review_threshold 1.5 must be between 0 and 1",
    ),
    ("negative lead", "readout_lead_minutes = -10\n", "readout_lead_minutes -10 must be 0 or more"),
    (
        "unknown zone",
        'timezone = "Berlin"\n',
        "unknown time zone 'Berlin' from {home}/config.toml: use an IANA name such as "
        "Europe/Berlin",
    ),
    (
        "bad database URL",
        'database_url = "sqlite:notes.db"\n',
        "cannot use database URL 'sqlite:notes.db'",
    ),
]

ENVIRONMENTS = [
    ("SESSIONMATE_TZ", "Mars/Olympus", "unknown time zone 'Mars/Olympus' from SESSIONMATE_TZ"),
    ("SESSIONMATE_TZ", "+02:00", "unknown time zone '+02:00' from SESSIONMATE_TZ: use an IANA"),
    ("SESSIONMATE_TZ", "CEST", "unknown time zone 'CEST' from SESSIONMATE_TZ"),
    (
        "SESSIONMATE_HOME",
        "{tmp}/a-file.txt",
        "cannot use data directory {tmp}/a-file.txt: it is a file, not a folder",
    ),
    ("SESSIONMATE_DB_URL", "nonsense://", "cannot use database URL 'nonsense://'"),
    ("SESSIONMATE_MODEL", "{tmp}/folder", f"{{tmp}}/folder {NOT_A_MODEL}"),
]

# Commands that open the database, and those that read the settings (`models list` has no
# use for the database), each one way a person might run it.
OPENING_THE_DATABASE = [("items",), ("add", "hello"), ("agenda",), ("schedule",)]
READING_SETTINGS = [*OPENING_THE_DATABASE, ("models", "list")]


@pytest.fixture
def stored(home, tmp_path, monkeypatch, capsys):
    """Items, an appointment and a plan; the files the cases point at. What to compare."""
    monkeypatch.chdir(tmp_path)  # where a mistaken relative or empty path would land
    for args in (
        ("add", "note", "keep me"),
        ("add", "--as", "homework", "journal every night"),
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        ("homework", "plan", "2", "--daily", "20:00"),
    ):
        assert run_in_process(capsys, *args).code == 0
    (tmp_path / "a-file.txt").write_text("just some text\n")
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "binary.json").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "noise.wav").write_text("this is not audio\n")
    (tmp_path / "folder").mkdir()
    make_model(tmp_path / "fake-model", bulk=16)
    export = '{"format": "sessionmate-export", "version": 1, '
    (tmp_path / "list.json").write_text("[]")
    (tmp_path / "items-not-a-list.json").write_text(export + '"items": "all of them"}')
    (tmp_path / "appointment-not-an-object.json").write_text(
        export + '"appointments": ["thursday"]}'
    )
    (tmp_path / "checkins-not-a-list.json").write_text(
        export + '"items": [{"kind": "homework", "text": "walk", '
        '"created_at": "2026-01-01T10:00:00+00:00", "checkins": 3}]}'
    )
    return snapshot(capsys)


def snapshot(capsys) -> list[str]:
    return [
        run_in_process(capsys, *args).out
        for args in (("items",), ("appointments", "list"), ("homework",))
    ]


def assert_one_line(run: Run, fragment: str) -> None:
    assert run.code == 2, run
    assert run.out == ""
    assert "Traceback" not in run.err
    assert run.err.startswith("sessionmate: error: ") and run.err.count("\n") == 1, run.err
    assert fragment in run.err, run.err


@pytest.mark.parametrize(("args", "fragment"), CASES, ids=[" ".join(a) for a, _ in CASES])
def test_bad_arguments_are_one_line_exit_two_and_change_nothing(
    stored, tmp_path, capsys, args, fragment
):
    run = run_in_process(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert_one_line(run, fragment.format(tmp=tmp_path))
    assert snapshot(capsys) == stored


@pytest.mark.parametrize(
    ("content", "fragment"), [c[1:] for c in CONFIGS], ids=[c[0] for c in CONFIGS]
)
def test_a_broken_config_file_is_one_line_for_every_command(
    stored, home, monkeypatch, capsys, content, fragment
):
    monkeypatch.delenv("SESSIONMATE_TZ")  # else it hides the file's timezone
    config = home / "config.toml"
    if content is None:
        config.mkdir()
    elif isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content)
    commands = OPENING_THE_DATABASE if "database URL" in fragment else READING_SETTINGS
    for args in commands:
        assert_one_line(run_in_process(capsys, *args), fragment.format(home=home))
    config.rmdir() if content is None else config.unlink()
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    assert snapshot(capsys) == stored


@pytest.mark.parametrize(
    ("name", "value", "fragment"), ENVIRONMENTS, ids=[f"{n}={v}" for n, v, _ in ENVIRONMENTS]
)
def test_a_bad_environment_variable_is_one_line(
    stored, tmp_path, monkeypatch, capsys, name, value, fragment
):
    before = os.environ.get(name)
    monkeypatch.setenv(name, value.format(tmp=tmp_path))
    commands = {
        "SESSIONMATE_MODEL": [("reflect", "--file", str(tmp_path / "noise.wav"))],
        "SESSIONMATE_DB_URL": OPENING_THE_DATABASE,
    }.get(name, READING_SETTINGS)
    for args in commands:
        assert_one_line(run_in_process(capsys, *args), fragment.format(tmp=tmp_path))
    if before is None:
        monkeypatch.delenv(name)
    else:
        monkeypatch.setenv(name, before)
    assert snapshot(capsys) == stored
    assert (tmp_path / "a-file.txt").read_text() == "just some text\n"


def test_a_database_url_naming_another_file_leaves_that_file_alone(stored, tmp_path, capsys):
    other = tmp_path / "binary.json"
    before = other.read_bytes()
    run = run_in_process(capsys, "--db", f"sqlite:///{other}", "add", "hello")
    assert_one_line(run, "file is not a database")
    assert other.read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith("binary.json-")]


def listed_commands(capsys, *group: str) -> list[tuple[str, ...]]:
    """Every command and subcommand the help lists, as the words that run it."""
    run = run_in_process(capsys, *group, "--help")
    assert run.code == 0
    lines = run.out.split("Commands:\n", 1)[1].splitlines() if "Commands:" in run.out else []
    paths = []
    for line in lines:
        if line.startswith("  ") and not line.startswith("   "):
            path = (*group, line.split()[0])
            paths += [path, *listed_commands(capsys, *path)]
    return paths


def command_words(args: tuple[str, ...]) -> tuple[str, ...]:
    """A case's command words, after the global options and their values."""
    words = list(args)
    while words[:1] and words[0] in {"--home", "--db", "--model"}:
        words = words[2:]
    return tuple(words)


def test_every_command_in_the_help_has_bad_cases(home, capsys):
    listed = listed_commands(capsys)
    assert ("appointments", "add") in listed and ("homework", "checkin") in listed
    covered = [command_words(args) for args, _ in CASES]
    missing = [
        " ".join(path)
        for path in listed
        if not any(words[: len(path)] == path for words in covered)
    ]
    assert missing == []


def _without_dac_override() -> list[str]:
    """As root, permission bits do not stop writes: run without that capability."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("export", "--out", "{locked}"), "cannot write the export to {locked}: Permission denied"),
        (("agenda", "--wav", "{locked}/agenda.wav"), "{locked} is not writable"),
        (
            ("--home", "{locked}/home", "items"),
            "cannot use data directory {locked}/home: Permission denied",
        ),
    ],
    ids=["export", "agenda --wav", "--home"],
)
def test_a_folder_that_cannot_be_written_is_one_line(
    stored, home, tmp_path, capsys, args, fragment
):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    prefix = _without_dac_override()
    argv = [a.format(locked=locked) for a in args]
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "assistant", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SESSIONMATE_HOME": str(home), "SESSIONMATE_TZ": "Europe/Berlin"},
    )
    assert_one_line(Run(done.returncode, done.stdout, done.stderr), fragment.format(locked=locked))
    assert list(locked.iterdir()) == []
    assert stat.S_IMODE(locked.stat().st_mode) == 0o500
    locked.chmod(0o700)
    assert snapshot(capsys) == stored
