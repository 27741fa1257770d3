"""A full disk is one line naming the operation and the path; nothing is half-written."""

from __future__ import annotations

import shutil

from cli_helpers import run_in_process
from test_write_failures import _fill, tiny_disk  # noqa: F401 - the small-disk fixture


def test_init_encrypt_on_a_full_disk_leaves_the_plain_database_and_says_so(
    tiny_disk,  # noqa: F811 - the imported fixture
    monkeypatch,
    capsys,
):
    home = tiny_disk / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.setenv("SESSIONMATE_PASSPHRASE", "correct horse battery staple")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    for n in range(100):
        assert run_in_process(capsys, "add", f"note number {n} " + "words " * 250).code == 0
    database = home / "sessionmate.db"
    before = database.read_bytes()
    reserve = tiny_disk / "reserve"
    reserve.write_bytes(b"\0" * 96 * 1024)
    filler = _fill(tiny_disk)
    reserve.unlink()  # room to open the database, not to write an encrypted copy of it

    run = run_in_process(capsys, "init", "--encrypt")
    assert run.code == 2 and run.err.count("\n") == 1, run.err
    assert "Traceback" not in run.err
    assert f"cannot encrypt the database {database}" in run.err
    assert f"the plain database {database} is as it was" in run.err
    assert database.read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["sessionmate.db"]

    filler.unlink()
    assert run_in_process(capsys, "items").out.count("\n") == 100
    shutil.rmtree(home)


def test_add_on_a_full_disk_names_the_database(tiny_disk, monkeypatch, capsys):  # noqa: F811
    home = tiny_disk / "home"
    monkeypatch.setenv("SESSIONMATE_HOME", str(home))
    monkeypatch.setenv("SESSIONMATE_TZ", "Europe/Berlin")
    monkeypatch.delenv("SESSIONMATE_DB_URL", raising=False)
    monkeypatch.setattr("assistant.retry.FIRST_WAIT_SECONDS", 0.01, raising=False)
    assert run_in_process(capsys, "add", "note first").code == 0
    filler = _fill(tiny_disk)
    run = run_in_process(capsys, "add", "note " + "a long thought " * 1200)
    filler.unlink()
    assert run.code == 2, run
    assert run.err.startswith("sessionmate: error: ") and run.err.count("\n") == 1, run.err
    assert "full" in run.err and str(home / "sessionmate.db") in run.err
    assert "long thought" not in run_in_process(capsys, "items").out


def test_export_on_a_full_disk_leaves_no_file(tiny_disk, home, capsys):  # noqa: F811
    for n in range(40):
        assert run_in_process(capsys, "add", f"note number {n} " + "words " * 250).code == 0
    out = tiny_disk / "exports"
    filler = _fill(tiny_disk)
    run = run_in_process(capsys, "export", "--out", str(out))
    filler.unlink()
    assert run.code == 2 and run.err.count("\n") == 1, run.err
    assert f"cannot write the export to {out}: No space left on device" in run.err
    assert list(out.iterdir()) == []
