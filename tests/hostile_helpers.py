"""For the hostile-input sweep: a populated data directory, hostile files, and the checks.

Every case runs against its own copy of one populated data directory and must end in
exactly one line on stderr (`sessionmate: error: ...`), exit status 2, no traceback, and
every file under the case's folder byte-identical to before.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sqlite3
import stat
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cli_helpers import Run

# A case that hangs (a FIFO read to the end) or eats memory (/dev/zero read whole) must
# fail, not stop the suite or the machine.
PROCESS_TIMEOUT_SECONDS = 30
PROCESS_MEMORY_BYTES = 3 * 1024**3
# Files above this are compared by size only (a sparse file of gigabytes, say).
COMPARED_BYTES = 64 * 1024**2

Prepare = Callable[[Path, Path], None]  # (the case's folder, its data directory)


@dataclass(frozen=True)
class Case:
    """Words to run ({tmp}: the case's folder, {home}: its data directory) and what to set up."""

    name: str
    args: tuple[str | bytes, ...]
    prepare: Prepare | None = None
    fragment: str = ""  # the one error line must contain it ({tmp}/{home} filled in)
    env: dict[str, str | None] = field(default_factory=dict)  # None: unset
    process: bool = False  # run as a subprocess: FIFOs, /dev/zero, bytes in argv, C stderr


def fill(value: str | bytes, tmp: Path, home: Path) -> str | bytes:
    if isinstance(value, bytes):
        return value.replace(b"{tmp}", os.fsencode(tmp)).replace(b"{home}", os.fsencode(home))
    return value.replace("{tmp}", str(tmp)).replace("{home}", str(home))


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under `folder`: its kind, and a regular file's bytes."""
    seen: dict[str, object] = {}
    for root, dirs, files in os.walk(folder):
        for name in sorted(dirs + files):
            path = Path(root) / name
            key = str(path.relative_to(folder))
            info = path.lstat()
            if path.is_symlink():
                seen[key] = ("link", os.readlink(path))
            elif not path.is_file():
                seen[key] = ("dir" if path.is_dir() else "special", info.st_mode)
            elif info.st_size > COMPARED_BYTES:
                seen[key] = ("big", info.st_size)
            else:
                seen[key] = path.read_bytes()
    return seen


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (PROCESS_MEMORY_BYTES, PROCESS_MEMORY_BYTES))


def run_process(home: Path, args: list[str | bytes], env: dict[str, str | None]) -> Run:
    environment = {**os.environ, "SESSIONMATE_HOME": str(home), **env}
    environment = {name: value for name, value in environment.items() if value is not None}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            capture_output=True,
            env=environment,
            timeout=PROCESS_TIMEOUT_SECONDS,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        return Run(-1, "", f"hung for more than {PROCESS_TIMEOUT_SECONDS} s\n")
    decode = lambda data: data.decode("utf-8", "backslashreplace")  # noqa: E731
    return Run(done.returncode, decode(done.stdout), decode(done.stderr))


def assert_one_line(run: Run, fragment: str = "") -> None:
    assert "Traceback" not in run.err, run.err
    assert run.code == 2, run
    assert run.err.startswith("sessionmate: error: ") and run.err.count("\n") == 1, run.err
    assert fragment in run.err, run.err


# Hostile files, made in the case's folder.


def fifo(name: str) -> Prepare:
    return lambda tmp, home: os.mkfifo(tmp / name)


DEVICES = {"null": 3, "zero": 5, "full": 7}  # minor numbers of the memory devices


def make_device(path: Path, kind: str) -> None:
    """A private copy of /dev/null, /dev/zero or /dev/full: a case that goes wrong may
    chmod or rename over it, which must never touch the machine's own /dev."""
    if os.geteuid() != 0:
        from requirements_check import require

        require("making a device node needs root (CI runs as root)")
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, DEVICES[kind]))


def device(name: str, kind: str) -> Prepare:
    return lambda tmp, home: make_device(tmp / name, kind)


def symlink(name: str, target: str) -> Prepare:
    return lambda tmp, home: (tmp / name).symlink_to(fill(target, tmp, home))


def folder(name: str) -> Prepare:
    return lambda tmp, home: (tmp / name).mkdir()


def data(name: str, content: bytes) -> Prepare:
    return lambda tmp, home: (tmp / name).write_bytes(content)


def sparse(name: str, size: int) -> Prepare:
    def make(tmp: Path, home: Path) -> None:
        with open(tmp / name, "wb") as handle:
            handle.truncate(size)

    return make


def replace_database(make: Callable[[Path, Path], None]) -> Prepare:
    """The data directory's sessionmate.db replaced by what `make(path, tmp)` leaves."""

    def prepare(tmp: Path, home: Path) -> None:
        path = home / "sessionmate.db"
        path.unlink()
        make(path, tmp)

    return prepare


def another_programs_database(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        raw.execute("INSERT INTO recipes (name) VALUES ('bread')")
    raw.close()


def newer_revision(revision: str) -> Prepare:
    def prepare(tmp: Path, home: Path) -> None:
        raw = sqlite3.connect(home / "sessionmate.db")
        with raw:
            raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        raw.close()

    return prepare


def config(content: str | bytes) -> Prepare:
    def prepare(tmp: Path, home: Path) -> None:
        raw = content.encode() if isinstance(content, str) else content
        (home / "config.toml").write_bytes(fill(raw, tmp, home))

    return prepare


def wav(
    name: str,
    *,
    channels: int = 1,
    rate: int = 16000,
    bits: int = 16,
    tag: int = 1,
    frames: int = 1600,
    declared: int | None = None,
) -> Prepare:
    """A WAV file whose header says what is asked, whether or not that makes sense."""

    def prepare(tmp: Path, home: Path) -> None:
        block = max(1, channels * bits // 8)
        body = b"\0" * (block * frames)
        size = len(body) if declared is None else declared
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
        chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", size)
        header = b"RIFF" + struct.pack("<I", 4 + len(chunks) + len(body)) + b"WAVE" + chunks
        (tmp / name).write_bytes(header + body)

    return prepare


def export_with(change: Callable[[dict], object], name: str = "export.json") -> Prepare:
    """The populated directory's export (source.json in every case's folder), changed.

    `change` edits the parsed export in place (returning None) or returns what to write:
    a new document, or the file's text as it is.
    """

    def prepare(tmp: Path, home: Path) -> None:
        export = json.loads((tmp / "source.json").read_text(encoding="utf-8"))
        replaced = change(export)
        document = export if replaced is None else replaced
        text = document if isinstance(document, str) else json.dumps(document)
        (tmp / name).write_text(text, encoding="utf-8", errors="surrogatepass")

    return prepare


def copy_home(template: Path, tmp: Path) -> Path:
    home = tmp / "home"
    shutil.copytree(template, home, symlinks=True)
    return home
