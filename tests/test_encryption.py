"""Encryption at rest: nothing readable in the file, the right passphrase opens it."""

from __future__ import annotations

import stat

from cli_helpers import run_program

SECRET = "i have never told anyone about the accident"


def run(home, *args, passphrase=None, **env):
    if passphrase is not None:
        env["SESSIONMATE_PASSPHRASE"] = passphrase
    return run_program(home, *args, **env)


def test_init_encrypt_keeps_existing_notes_and_hides_their_text(home):
    assert run(home, "add", "note", SECRET).code == 0
    assert SECRET.encode() in (home / "sessionmate.db").read_bytes()

    done = run(home, "init", "--encrypt", passphrase="pw one")
    assert done.code == 0, done.err
    database = home / "sessionmate.db"
    raw = database.read_bytes()
    assert SECRET.encode() not in raw and b"SQLite format 3" not in raw
    assert not (home / "sessionmate.db-wal").exists()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "config.toml").stat().st_mode) == 0o600

    assert SECRET in run(home, "items", passphrase="pw one").out
    assert run(home, "add", "question is this safe", passphrase="pw one").code == 0
    assert b"is this safe" not in database.read_bytes()


def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase="right")
    before = (home / "sessionmate.db").read_bytes()
    wrong = run(home, "add", "note another", passphrase="wrong")
    assert wrong.code == 2
    expected = f"wrong passphrase for the encrypted database {home}/sessionmate.db"
    assert wrong.err == f"sessionmate: error: {expected}\n"
    missing = run(home, "items")
    assert missing.code == 2 and "SESSIONMATE_PASSPHRASE" in missing.err
    assert (home / "sessionmate.db").read_bytes() == before


def test_rekey_changes_the_passphrase(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase="old")
    rekeyed = run(home, "rekey", passphrase="old", SESSIONMATE_NEW_PASSPHRASE="new")
    assert rekeyed.code == 0, rekeyed.err
    assert SECRET in run(home, "items", passphrase="new").out
    assert run(home, "items", passphrase="old").code == 2
    assert SECRET.encode() not in (home / "sessionmate.db").read_bytes()


def test_rekey_with_the_wrong_current_passphrase_changes_nothing(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase="old")
    failed = run(home, "rekey", passphrase="guess", SESSIONMATE_NEW_PASSPHRASE="new")
    assert failed.code == 2 and "wrong passphrase" in failed.err
    assert SECRET in run(home, "items", passphrase="old").out


def test_encrypting_twice_is_refused(home):
    run(home, "init", "--encrypt", passphrase="pw")
    again = run(home, "init", "--encrypt", passphrase="pw")
    assert again.code == 2 and "already encrypted" in again.err


def test_a_server_database_cannot_be_encrypted_here(home):
    failed = run(
        home, "--db", "postgresql+psycopg://x@127.0.0.1:1/db", "init", "--encrypt", passphrase="pw"
    )
    assert failed.code == 2 and "not a SQLite file" in failed.err


def test_the_passphrase_can_live_in_the_system_keyring(home, tmp_path):
    keyring = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
    }
    run(home, "add", "note", SECRET)
    done = run(home, "init", "--encrypt", "--keyring", passphrase="from the keyring", **keyring)
    assert done.code == 0, done.err
    assert SECRET in run(home, "items", **keyring).out  # no passphrase given: the keyring has it
    rekeyed = run(home, "rekey", SESSIONMATE_NEW_PASSPHRASE="newer", **keyring)
    assert rekeyed.code == 0, rekeyed.err
    assert SECRET in run(home, "items", **keyring).out
    assert SECRET in run(home, "items", passphrase="newer").out
    assert "newer" not in (home / "config.toml").read_text()
