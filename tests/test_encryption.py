"""Encryption at rest: nothing readable in the file, the right passphrase opens it."""

from __future__ import annotations

import stat

from cli_helpers import run_program

SECRET = "i have never told anyone about the accident"
# Long enough to pass the strength rules (tests/test_passphrase_rules.py covers the weak).
PW, RIGHT, WRONG = "pw one river lantern", "right river lantern", "wrong river lantern"
OLD, NEW, GUESS, NEWER = (
    "old river lantern",
    "new river lantern",
    "guess river lantern",
    "newer river lantern",
)


def run(home, *args, passphrase=None, **env):
    if passphrase is not None:
        env["SESSIONMATE_PASSPHRASE"] = passphrase
    return run_program(home, *args, **env)


def test_init_encrypt_keeps_existing_notes_and_hides_their_text(home):
    assert run(home, "add", "note", SECRET).code == 0
    assert SECRET.encode() in (home / "sessionmate.db").read_bytes()

    done = run(home, "init", "--encrypt", passphrase=PW)
    assert done.code == 0, done.err
    database = home / "sessionmate.db"
    raw = database.read_bytes()
    assert SECRET.encode() not in raw and b"SQLite format 3" not in raw
    assert not (home / "sessionmate.db-wal").exists()
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE((home / "config.toml").stat().st_mode) == 0o600

    assert SECRET in run(home, "items", passphrase=PW).out
    assert run(home, "add", "question is this safe", passphrase=PW).code == 0
    assert b"is this safe" not in database.read_bytes()


def test_a_wrong_or_missing_passphrase_is_one_line_and_changes_nothing(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase=RIGHT)
    before = (home / "sessionmate.db").read_bytes()
    wrong = run(home, "add", "note another", passphrase=WRONG)
    assert wrong.code == 2
    expected = f"wrong passphrase for the encrypted database {home}/sessionmate.db"
    assert wrong.err == f"sessionmate: error: {expected}\n"
    missing = run(home, "items")
    assert missing.code == 2 and "SESSIONMATE_PASSPHRASE" in missing.err
    assert (home / "sessionmate.db").read_bytes() == before


def test_rekey_changes_the_passphrase(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase=OLD)
    rekeyed = run(home, "rekey", passphrase=OLD, SESSIONMATE_NEW_PASSPHRASE=NEW)
    assert rekeyed.code == 0, rekeyed.err
    assert SECRET in run(home, "items", passphrase=NEW).out
    assert run(home, "items", passphrase=OLD).code == 2
    assert SECRET.encode() not in (home / "sessionmate.db").read_bytes()


def test_rekey_with_the_wrong_current_passphrase_changes_nothing(home):
    run(home, "add", "note", SECRET)
    run(home, "init", "--encrypt", passphrase=OLD)
    failed = run(home, "rekey", passphrase=GUESS, SESSIONMATE_NEW_PASSPHRASE=NEW)
    assert failed.code == 2 and "wrong passphrase" in failed.err
    assert SECRET in run(home, "items", passphrase=OLD).out


def test_encrypting_twice_is_refused(home):
    run(home, "init", "--encrypt", passphrase=PW)
    again = run(home, "init", "--encrypt", passphrase=PW)
    assert again.code == 2 and "already encrypted" in again.err


def test_a_server_database_cannot_be_encrypted_here(home):
    failed = run(
        home, "--db", "postgresql+psycopg://x@127.0.0.1:1/db", "init", "--encrypt", passphrase=PW
    )
    assert failed.code == 2 and "not a SQLite file" in failed.err


def test_the_passphrase_can_live_in_the_system_keyring(home, secret_service):
    keyring = secret_service
    run(home, "add", "note", SECRET)
    done = run(home, "init", "--encrypt", "--keyring", passphrase="from the keyring", **keyring)
    assert done.code == 0, done.err
    assert SECRET in run(home, "items", **keyring).out  # no passphrase given: the keyring has it
    rekeyed = run(home, "rekey", SESSIONMATE_NEW_PASSPHRASE=NEWER, **keyring)
    assert rekeyed.code == 0, rekeyed.err
    assert SECRET in run(home, "items", **keyring).out
    assert SECRET in run(home, "items", passphrase=NEWER).out
    assert NEWER not in (home / "config.toml").read_text()
