"""The hostile-input sweep: every command, fed what a hostile tester would feed it.

Each case runs in its own copy of one populated data directory (items, an appointment,
a homework plan with a check-in) and must end in one line on stderr, exit status 2, no
traceback, and every file in the case's folder byte-identical to before. Most run the
CLI in-process; FIFOs, zero devices, bytes in argv and a model that Vosk itself rejects
run as a subprocess with a time and memory limit, so a hang or a blow-up fails the case.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from cli_helpers import run_in_process
from hostile_helpers import (
    Case,
    another_programs_database,
    assert_one_line,
    config,
    copy_home,
    data,
    device,
    export_with,
    fifo,
    fill,
    folder,
    make_device,
    newer_revision,
    replace_database,
    run_process,
    snapshot,
    sparse,
    symlink,
    wav,
)
from test_models_support import make_model

TOKYO = {"SESSIONMATE_TZ": "Asia/Tokyo"}
HUGE_IDS = (str(2**70), str(2**63), str(10**30))
NEGATIVE_IDS = (str(-(2**70)), str(-(2**63) - 1))
# Commands that open the database, each run one way a person might.
OPENING = (("items",), ("add", "note hello"), ("agenda",), ("schedule",), ("appointments", "list"))


def _id_cases() -> list[Case]:
    cases = []
    for ident in HUGE_IDS:
        cases += [
            Case(f"mark {ident}", ("mark", ident, "done")),
            Case(f"appointments remove {ident}", ("appointments", "remove", ident)),
            Case(f"homework plan {ident}", ("homework", "plan", ident, "--daily", "20:00")),
            Case(f"homework checkin {ident}", ("homework", "checkin", ident, "done")),
        ]
    for ident in NEGATIVE_IDS:
        cases += [
            Case(f"mark -- {ident}", ("mark", "--", ident, "done")),
            Case(f"appointments remove -- {ident}", ("appointments", "remove", "--", ident)),
            Case(f"homework checkin -- {ident}", ("homework", "checkin", "--", ident, "done")),
        ]
    return cases


CLI_CASES = [
    # times out of range, or out of any plausible window
    Case("appointment in year 1 (Tokyo)", ("appointments", "add", "0001-01-01 00:00"), env=TOKYO),
    Case(
        "appointment in year 1 ISO (Tokyo)", ("appointments", "add", "0001-01-01T00:00"), env=TOKYO
    ),
    Case("appointment in 9999", ("appointments", "add", "9999-12-31 23:59")),
    Case("appointment in 9999 ISO", ("appointments", "add", "9999-12-31T23:59")),
    Case("appointment offset +25:00", ("appointments", "add", "2026-12-03T15:00+25:00")),
    Case("appointment offset -25:00", ("appointments", "add", "2026-12-03T15:00-25:00")),
    Case("appointment offset +99:99", ("appointments", "add", "2026-12-03T15:00+99:99")),
    Case("appointment in 1900", ("appointments", "add", "1900-01-01T10:00"), fragment="1900"),
    Case(
        "appointment in 1900 spaced", ("appointments", "add", "1900-06-01 10:00"), fragment="1900"
    ),
    Case("appointment in 3000", ("appointments", "add", "3000-01-01T10:00"), fragment="3000"),
    Case(
        "appointment 20 years ahead",
        ("appointments", "add", "2046-12-03T10:00"),
        fragment="10 years back and ahead",
    ),
    Case(
        "appointment 20 years back",
        ("appointments", "add", "2006-12-03T10:00"),
        fragment="10 years back and ahead",
    ),
    Case(
        "appointment minutes 601", ("appointments", "add", "2030-01-10T18:00", "--minutes", "601")
    ),
    Case(
        "appointment minutes 10**30",
        ("appointments", "add", "2030-01-10T18:00", "--minutes", str(10**30)),
    ),
    Case("schedule from 9999-12-31", ("schedule", "--from", "9999-12-31")),
    Case(
        "schedule from 9999-12-01 for a year", ("schedule", "--from", "9999-12-01", "--days", "366")
    ),
    Case("schedule from 0001-01-01", ("schedule", "--from", "0001-01-01")),
    Case("schedule from 0001-01-01 (Tokyo)", ("schedule", "--from", "0001-01-01T00:00"), env=TOKYO),
    Case("agenda for 0001-01-01", ("agenda", "--for", "0001-01-01")),
    Case("agenda for 0001-01-01 (Tokyo)", ("agenda", "--for", "0001-01-01 00:00"), env=TOKYO),
    Case("agenda for 9999-12-31", ("agenda", "--for", "9999-12-31")),
    Case("agenda for 9999-12-31 23:59", ("agenda", "--for", "9999-12-31 23:59")),
    Case("schedule days 10**30", ("schedule", "--days", str(10**30))),
    Case("serve poll nan", ("serve", "--poll-seconds", "nan"), fragment="not a finite number"),
    Case("serve poll inf", ("serve", "--poll-seconds", "inf")),
    Case("reflect silence nan", ("reflect", "--silence", "nan"), fragment="not a finite"),
    Case("reflect silence inf", ("reflect", "--silence", "inf"), fragment="not a finite"),
    Case("serve grace 10**30", ("serve", "--grace-minutes", str(10**30))),
    *_id_cases(),
    Case("mark largest id", ("mark", str(2**63 - 1), "done"), fragment="no item with id"),
    # text that is not text, or too much of it
    Case("add lone surrogate", ("add", "note caf\udce9")),
    Case("add question lone surrogate", ("add", "--as", "question", "why \udcff")),
    Case("add NUL", ("add", "note a\x00b")),
    Case("add only NUL", ("add", "\x00")),
    Case("add 200,000 characters", ("add", "note " + "x" * 200_000)),
    Case("classify lone surrogate", ("classify", "caf\udce9")),
    Case("invalid UTF-8 argv", (b"add", b"note caf\xe9"), process=True),
    Case("invalid UTF-8 argv as", (b"add", b"--as", b"question", b"\xff\xfe"), process=True),
    # paths that no system call takes
    Case("--home with NUL", ("--home", "{tmp}/a\x00b", "items")),
    Case("--db with NUL", ("--db", "sqlite:///{tmp}/a\x00b.db", "items")),
    Case("--model with NUL", ("--model", "{tmp}/a\x00b", "reflect", "--file", "{tmp}/x.wav")),
    Case("export --out with NUL", ("export", "--out", "{tmp}/a\x00b")),
    Case("export --out a device", ("export", "--out", "{tmp}/null"), device("null", "null")),
    Case("agenda --wav a device", ("agenda", "--wav", "{tmp}/null"), device("null", "null")),
    Case("--db /proc/self/status", ("--db", "sqlite:////proc/self/status", "items")),
    Case("--db bytes not UTF-8", ("--db", "sqlite:///{tmp}/x\udcff.db", "items")),
    Case("import with NUL", ("import", "{tmp}/a\x00b.json")),
    Case("reflect --file with NUL", ("reflect", "--file", "{tmp}/a\x00b.wav")),
    Case("models verify with NUL", ("models", "verify", "{tmp}/a\x00b")),
    Case("agenda --wav with NUL", ("agenda", "--wav", "{tmp}/a\x00b.wav")),
]

CONFIG_CASES = [
    Case(
        "config readout lead 10**18 agenda",
        ("agenda",),
        config("readout_lead_minutes = 1000000000000000000\n"),
    ),
    Case(
        "config readout lead 10**18 schedule",
        ("schedule",),
        config("readout_lead_minutes = 1000000000000000000\n"),
    ),
    Case("config readout lead inf agenda", ("agenda",), config("readout_lead_minutes = inf\n")),
    Case("config readout lead nan schedule", ("schedule",), config("readout_lead_minutes = nan\n")),
    Case("config review threshold nan", ("add", "note hello"), config("review_threshold = nan\n")),
    Case("config grace 10**18", ("schedule",), config("grace_minutes = 1000000000000000000\n")),
    Case("config timezone path", ("items",), config('timezone = "../../../etc/passwd"\n')),
    Case("config timezone absolute", ("agenda",), config('timezone = "/etc/localtime"\n')),
    Case("config timezone empty", ("items",), config('timezone = ""\n')),
    Case("config timezone NUL", ("items",), config('timezone = "Europe/Berlin\\u0000"\n')),
    Case("config crisis contacts numbers", ("support",), config("crisis_contacts = [1, 2]\n")),
    Case("config database URL a folder", ("items",), config('database_url = "sqlite:///{tmp}"\n')),
    Case(
        "config a dangling link",
        ("items",),
        lambda tmp, home: (home / "config.toml").symlink_to(tmp / "gone"),
    ),
    Case(
        "config a FIFO",
        ("items",),
        lambda tmp, home: __import__("os").mkfifo(home / "config.toml"),
        process=True,
    ),
    Case(
        "config a zero device",
        ("items",),
        lambda tmp, home: (
            make_device(tmp / "zero", "zero"),
            (home / "config.toml").symlink_to(tmp / "zero"),
        ),
        process=True,
    ),
    Case("TZ a path", ("items",), env={"SESSIONMATE_TZ": "../../etc/passwd"}),
    Case("TZ absolute", ("agenda",), env={"SESSIONMATE_TZ": "/etc/localtime"}),
    Case("TZ empty", ("items",), env={"SESSIONMATE_TZ": ""}),
]
for _case in CONFIG_CASES:  # the file's timezone must not be hidden by the environment
    if _case.name.startswith("config timezone"):
        _case.env["SESSIONMATE_TZ"] = None

DATABASE_KINDS = [
    ("a folder", replace_database(lambda path, tmp: path.mkdir())),
    ("a dangling link", replace_database(lambda path, tmp: path.symlink_to(tmp / "gone.db"))),
    (
        "a link to a device",
        replace_database(
            lambda path, tmp: (make_device(tmp / "null", "null"), path.symlink_to(tmp / "null"))
        ),
    ),
    ("another program's", replace_database(lambda path, tmp: another_programs_database(path))),
    ("random bytes", replace_database(lambda path, tmp: path.write_bytes(bytes(range(256)) * 64))),
    (
        "cut short",
        lambda tmp, home: (home / "sessionmate.db").write_bytes(
            (home / "sessionmate.db").read_bytes()[:4096]
        ),
    ),
    ("a newer revision", newer_revision("9999")),
]
DATABASE_CASES = [
    Case(f"database {kind}: {' '.join(args)}", args, prepare)
    for kind, prepare in DATABASE_KINDS
    for args in OPENING
] + [
    Case(
        "database a FIFO: items",
        ("items",),
        replace_database(lambda path, tmp: __import__("os").mkfifo(path)),
        process=True,
    ),
    Case(
        "database a FIFO: add",
        ("add", "note hello"),
        replace_database(lambda path, tmp: __import__("os").mkfifo(path)),
        process=True,
    ),
    Case("newer revision named", ("items",), newer_revision("9999"), "9999"),
]

URL_CASES = [
    Case(f"{name}: {' '.join(args)}", ("--db", url, *args), prepare)
    for name, url, prepare in [
        ("sqlcipher without key", "sqlite+pysqlcipher:///{home}/sessionmate.db", None),
        ("sqlcipher without key, new file", "sqlite+pysqlcipher:///{tmp}/new.db", None),
        ("sqlcipher empty key", "sqlite+pysqlcipher://:@/{tmp}/new.db", None),
        ("URL a folder", "sqlite:///{tmp}/folder", folder("folder")),
        ("URL a folder with slash", "sqlite:///{tmp}/folder/", folder("folder")),
        ("URL a device", "sqlite:///{tmp}/null", device("null", "null")),
        ("URL a dangling link", "sqlite:///{tmp}/link.db", symlink("link.db", "{tmp}/gone.db")),
        (
            "URL another program's file",
            "sqlite:///{tmp}/recipes.db",
            lambda tmp, home: another_programs_database(tmp / "recipes.db"),
        ),
        ("URL refused server", "postgresql+psycopg://me@127.0.0.1:9/notes", None),
    ]
    for args in (("items",), ("add", "note hello"))
]

DATA_DIRECTORY_CASES = [
    Case(f"home {name}: {' '.join(args)}", ("--home", path, *args), prepare, process=process)
    for name, path, prepare, process in [
        ("a FIFO", "{tmp}/pipe", fifo("pipe"), True),
        ("a device", "{tmp}/null", device("null", "null"), False),
        ("a dangling link", "{tmp}/link", symlink("link", "{tmp}/gone"), False),
        (
            "a link to a file",
            "{tmp}/link",
            lambda tmp, home: (
                (tmp / "file").write_text("x"),
                (tmp / "link").symlink_to(tmp / "file"),
            ),
            False,
        ),
        ("under /proc", "/proc/sessionmate", None, False),
    ]
    for args in (("items",), ("add", "note hello"))
]


def _item(n: int):
    return lambda export: export["items"][n]


def _set(path: str, value: object):
    """Set export[a][b]... = value, path given as 'items.0.text'."""

    def change(export: dict) -> None:
        *parents, last = path.split(".")
        target = export
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[int(last) if isinstance(target, list) else last] = value

    return change


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def _with_raw(path: str, raw: str):
    """The export's JSON with `raw` JSON text put in at `path` (a marker replaced)."""

    def change(export: dict) -> str:
        _set(path, "@@RAW@@")(export)
        return json.dumps(export).replace('"@@RAW@@"', raw)

    return change


IMPORT_CHANGES = [
    ("zone Mars/Olympus", _set("appointments.0.timezone", "Mars/Olympus"), "appointments[0]"),
    ("zone empty", _set("appointments.0.timezone", ""), "appointments[0]"),
    ("zone a path", _set("appointments.0.timezone", "../../etc/passwd"), "appointments[0]"),
    ("zone a number", _set("appointments.0.timezone", 5), "appointments[0]"),
    ("zone NUL", _set("appointments.0.timezone", "UTC\x00"), "appointments[0]"),
    ("minutes true", _set("appointments.0.minutes", True), "appointments[0]"),
    ("minutes 0", _set("appointments.0.minutes", 0), "appointments[0]"),
    ("minutes 601", _set("appointments.0.minutes", 601), "appointments[0]"),
    ("minutes 10**30", _set("appointments.0.minutes", 10**30), "appointments[0]"),
    ("minutes text", _set("appointments.0.minutes", "50"), "appointments[0]"),
    ("minutes fraction", _set("appointments.0.minutes", 50.5), "appointments[0]"),
    (
        "starts year 1",
        _set("appointments.0.starts_at", "0001-01-01T00:00:00+09:00"),
        "appointments[0]",
    ),
    (
        "starts year 9999",
        _set("appointments.0.starts_at", "9999-12-31T23:59:00-01:00"),
        "appointments[0]",
    ),
    (
        "starts 1900",
        _set("appointments.0.starts_at", "1900-01-01T10:00:00+00:00"),
        "appointments[0]",
    ),
    (
        "starts 3000",
        _set("appointments.0.starts_at", "3000-01-01T10:00:00+00:00"),
        "appointments[0]",
    ),
    (
        "starts no offset",
        _set("appointments.0.starts_at", "2030-01-10T15:00:00"),
        "appointments[0]",
    ),
    ("starts a list", _set("appointments.0.starts_at", []), "appointments[0]"),
    (
        "created year 1",
        _set("appointments.0.created_at", "0001-01-01T00:00:00+00:00"),
        "appointments[0]",
    ),
    ("recurrence daily", _set("appointments.0.recurrence", "daily"), "appointments[0]"),
    ("appointment id a list", _set("appointments.0.id", []), "appointments[0]"),
    ("appointment id 2**70", _set("appointments.0.id", 2**70), "appointments[0]"),
    ("appointment id text", _set("appointments.0.id", "1"), "appointments[0]"),
    ("item id a list", _set("items.0.id", [1]), "items[0]"),
    ("item id 2**70", _set("items.0.id", 2**70), "items[0]"),
    ("item id true", _set("items.0.id", True), "items[0]"),
    ("kind journal", _set("items.0.kind", "journal"), "items[0]"),
    ("kind a number", _set("items.0.kind", 1), "items[0]"),
    ("text an object", _set("items.0.text", {"a": 1}), "items[0]"),
    ("text a list", _set("items.0.text", ["a"]), "items[0]"),
    ("text empty", _set("items.0.text", " "), "items[0]"),
    ("text lone surrogate", _set("items.0.text", "caf\ud800"), "(byte "),
    ("text NUL", _set("items.0.text", "a\x00b"), "items[0]"),
    ("text 60 MB", _set("items.0.text", "x" * 60_000_000), ""),
    ("transcript an object", _set("items.0.transcript", {"a": 1}), "items[0]"),
    ("transcript lone surrogate", _set("items.0.transcript", "\udfff"), "(byte "),
    ("needs_review no", _set("items.0.needs_review", "no"), "items[0]"),
    ("needs_review 1", _set("items.0.needs_review", 1), "items[0]"),
    ("confidence 2", _set("items.0.confidence", 2), "items[0]"),
    ("confidence true", _set("items.0.confidence", True), "items[0]"),
    ("confidence NaN", _with_raw("items.0.confidence", "NaN"), "(byte "),
    ("confidence Infinity", _with_raw("items.0.confidence", "Infinity"), "(byte "),
    ("status closed", _set("items.0.status", "closed"), "items[0]"),
    ("source email", _set("items.0.source", "email"), "items[0]"),
    ("created year 9999", _set("items.0.created_at", "9999-12-31T23:59:59-05:00"), "items[0]"),
    ("created a number", _set("items.0.created_at", 20260101), "items[0]"),
    ("appointment_id 2**70", _set("items.0.appointment_id", 2**70), "items[0]"),
    ("appointment_id a list", _set("items.0.appointment_id", []), "items[0]"),
    ("checkins a number", _set("items.1.checkins", 3), "items[1]"),
    ("checkin not an object", _set("items.1.checkins.0", "done"), "items[1]"),
    ("checkin note an object", _set("items.1.checkins.0.note", {"x": 1}), "items[1]"),
    ("checkin result yes", _set("items.1.checkins.0.result", "yes"), "items[1]"),
    ("checkin at year 1", _set("items.1.checkins.0.at", "0001-01-01T00:00:00+01:00"), "items[1]"),
    ("plan days a text", _set("items.1.plan.days", "mon"), "items[1]"),
    ("plan day funday", _set("items.1.plan.days", ["funday"]), "items[1]"),
    ("plan time 25:00", _set("items.1.plan.time", "25:00"), "items[1]"),
    ("plan zone Mars", _set("items.1.plan.timezone", "Mars/Olympus"), "items[1]"),
    ("plan cue an object", _set("items.1.plan.cue", {"a": 1}), "items[1]"),
    ("plan a number", _set("items.1.plan", 5), "items[1]"),
    ("version 2", _set("version", 2), "version"),
    ("version true", _set("version", True), "version"),
    ("format other", _set("format", "other"), "format"),
    ("items deep", _with_raw("items", _deep(200_000)), ""),
    ("unknown field deep", _with_raw("extra", _deep(200_000)), ""),
    ("item field deep", _with_raw("items.0.text", _deep(200_000)), ""),
    ("whole file deep", lambda export: _deep(200_000), ""),
    ("whole file NaN", lambda export: "NaN", ""),
    ("cut short", lambda export: json.dumps(export)[:-20], ""),
    ("trailing garbage", lambda export: json.dumps(export) + "}}", ""),
    (
        "many bad entries",
        lambda export: export["items"].extend([{"kind": "note"}] * 5000),
        "items[3]",
    ),
]
IMPORT_CASES = [
    Case(f"import {name}", ("import", "{tmp}/export.json"), export_with(change), fragment)
    for name, change, fragment in IMPORT_CHANGES
] + [
    Case(
        "import UTF-16",
        ("import", "{tmp}/u16.json"),
        lambda tmp, home: (tmp / "u16.json").write_bytes(
            (tmp / "source.json").read_text().encode("utf-16")
        ),
    ),
    Case("import a FIFO", ("import", "{tmp}/pipe.json"), fifo("pipe.json"), process=True),
    Case("import a zero device", ("import", "{tmp}/zero"), device("zero", "zero"), process=True),
    Case("import a null device", ("import", "{tmp}/null"), device("null", "null")),
    Case(
        "import a dangling link",
        ("import", "{tmp}/link.json"),
        symlink("link.json", "{tmp}/gone.json"),
    ),
    Case("import 3 GB sparse", ("import", "{tmp}/big.json"), sparse("big.json", 3 * 1024**3)),
    Case("import a database", ("import", "{home}/sessionmate.db")),
]

RECORDING_CASES = [
    Case(
        f"reflect {name}",
        ("--model", "{tmp}/model", "reflect", "--file", path),
        (lambda p: lambda tmp, home: (make_model(tmp / "model", bulk=16), p and p(tmp, home)))(
            prepare
        ),
        process=True,
    )
    for name, path, prepare in [
        ("a FIFO", "{tmp}/pipe.wav", fifo("pipe.wav")),
        ("a zero device", "{tmp}/zero", device("zero", "zero")),
        ("a null device", "{tmp}/null", device("null", "null")),
        ("a dangling link", "{tmp}/link.wav", symlink("link.wav", "{tmp}/gone.wav")),
        ("RIFF header only", "{tmp}/short.wav", data("short.wav", b"RIFF\x04\0\0\0WAVE")),
        ("zero channels", "{tmp}/c0.wav", wav("c0.wav", channels=0)),
        ("rate zero", "{tmp}/r0.wav", wav("r0.wav", rate=0)),
        ("mu-law", "{tmp}/ulaw.wav", wav("ulaw.wav", tag=7, bits=8)),
        ("12-bit", "{tmp}/b12.wav", wav("b12.wav", bits=12)),
        ("a lying data size", "{tmp}/liar.wav", wav("liar.wav", declared=2**32 - 1)),
        ("no frames", "{tmp}/empty.wav", wav("empty.wav", frames=0)),
        ("a model of random bytes", "{tmp}/ok.wav", wav("ok.wav", frames=16000)),
    ]
]


def _zip(name: str, members: dict[str, bytes]):
    def prepare(tmp, home) -> None:
        import zipfile

        with zipfile.ZipFile(tmp / name, "w") as archive:
            for member, content in members.items():
                archive.writestr(member, content)

    return prepare


def _hand_edit(sql: str):
    def prepare(tmp, home) -> None:
        import sqlite3

        raw = sqlite3.connect(home / "sessionmate.db")
        with raw:
            raw.execute(sql)
        raw.close()

    return prepare


MORE_CASES = [
    Case(
        "models add a zip slip",
        ("models", "add", "{tmp}/slip.zip"),
        _zip("slip.zip", {"../../evil": b"x", "m/am/final.mdl": b"x"}),
        "unsafe",
    ),
    Case("models add an empty zip", ("models", "add", "{tmp}/empty.zip"), _zip("empty.zip", {})),
    Case(
        "models add a fake zip",
        ("models", "add", "{tmp}/fake.zip"),
        data("fake.zip", b"PK\x03\x04 not really"),
    ),
    Case("models add a FIFO", ("models", "add", "{tmp}/pipe.zip"), fifo("pipe.zip"), process=True),
    Case(
        "import a plan on a note",
        ("import", "{tmp}/export.json"),
        export_with(_set("items.0.plan", {"days": ["mon"], "time": "20:00", "timezone": "UTC"})),
        "items[0].plan",
    ),
    Case(
        "import a plan time 7pm",
        ("import", "{tmp}/export.json"),
        export_with(_set("items.1.plan.time", "7pm")),
        "items[1].plan.time",
    ),
    Case(
        "import 20,001 characters",
        ("import", "{tmp}/export.json"),
        export_with(_set("items.0.text", "x" * 20_001)),
        "items[0].text",
    ),
    Case(
        "import a UTF-8 BOM",
        ("import", "{tmp}/bom.json"),
        lambda tmp, home: (tmp / "bom.json").write_bytes(
            b"\xef\xbb\xbf" + (tmp / "source.json").read_bytes()
        ),
    ),
    Case(
        "items with a garbage time",
        ("items",),
        _hand_edit("UPDATE items SET created_at = 'garbage' WHERE id = 1"),
        "'garbage'",
    ),
    Case(
        "agenda with a garbage start",
        ("agenda",),
        _hand_edit("UPDATE appointments SET starts_at = 'soon'"),
        "'soon'",
    ),
    Case(
        "add with a garbage time elsewhere",
        ("items", "--kind", "note"),
        _hand_edit("UPDATE items SET created_at = '2026-13-45 99:00:00' WHERE id = 1"),
    ),
    Case(
        "--db a port that is not a number", ("--db", "postgresql://me:secret@[::1:5432/x", "items")
    ),
    Case(
        "models install a broken IPv6 URL",
        ("models", "install", "small-en-us", "--base-url", "http://[::1"),
        fragment="not a valid URL",
    ),
    Case(
        "models install a URL not ASCII",
        ("models", "install", "small-en-us", "--base-url", "http://\udcff.example"),
        fragment="not a valid",
    ),
    Case("homework plan 0", ("homework", "plan", "0", "--daily", "20:00"), fragment="no item"),
    Case("appointment at a skipped hour far ahead", ("appointments", "add", "2031-03-30T02:30")),
]

CASES = [
    *CLI_CASES,
    *MORE_CASES,
    *CONFIG_CASES,
    *DATABASE_CASES,
    *URL_CASES,
    *DATA_DIRECTORY_CASES,
    *IMPORT_CASES,
    *RECORDING_CASES,
]


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One populated data directory and its export, copied for each case."""
    root = tmp_path_factory.mktemp("template")
    home = root / "home"
    for args in (
        ("add", "note keep me"),
        ("add", "--as", "homework", "journal every night"),
        ("add", "--as", "question", "what about sleep"),
        ("appointments", "add", "2030-01-10T15:00", "--weekly"),
        ("homework", "plan", "2", "--daily", "20:00"),
        ("homework", "checkin", "2", "done"),
        ("export", "--out", str(root / "export")),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            capture_output=True,
            text=True,
            env={
                **__import__("os").environ,
                "SESSIONMATE_HOME": str(home),
                "SESSIONMATE_TZ": "Europe/Berlin",
            },
            timeout=120,
        )
        assert done.returncode == 0, done
    (exported,) = (root / "export").glob("*.json")
    return home, exported


def test_the_sweep_is_wide():
    assert len(CASES) >= 200
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.fixture
def environment(monkeypatch):
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    for name in (
        "SESSIONMATE_DB_URL",
        "SESSIONMATE_MODEL",
        "SESSIONMATE_PASSPHRASE",
        "SESSIONMATE_MODEL_BASE_URL",
        "SESSIONMATE_VOICE",
    ):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


PARAMS = [pytest.param(case, id=case.name) for case in CASES]


@pytest.mark.parametrize("case", PARAMS)
def test_hostile_input_is_one_line_and_changes_nothing(
    case, template, tmp_path, environment, capsys
):
    template_home, exported = template
    work = tmp_path / "case"
    work.mkdir()
    home = copy_home(template_home, work)
    shutil.copy(exported, work / "source.json")
    if case.prepare is not None:
        case.prepare(work, home)
    before = snapshot(work)
    args = [fill(arg, work, home) for arg in case.args]
    env = {
        name: None if value is None else str(fill(value, work, home))
        for name, value in case.env.items()
    }
    if case.process:
        run = run_process(home, args, {"SESSIONMATE_TZ": "Europe/Berlin", **env})
    else:
        environment.setenv("SESSIONMATE_HOME", str(home))
        environment.chdir(work)
        for name, value in env.items():
            if value is None:
                environment.delenv(name)
            else:
                environment.setenv(name, value)
        run = run_in_process(capsys, *args)
    assert_one_line(run, str(fill(case.fragment, work, home)))
    assert snapshot(work) == before
