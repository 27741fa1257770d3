"""Passphrases kept safe: weak ones refused with the reason, plain-text keyrings refused."""

from __future__ import annotations

import pytest
from cli_helpers import run_program

from assistant.passphrase_rules import keyring_refusal, weakness

SECRET = "i have never told anyone about the accident"


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("a", "is 1 character long: use at least 12"),
        ("hunter2", "is 7 characters long"),
        ("aaaaaaaaaaaaaaaa", "fewer than 5 different characters"),
        ("abcdeabcdeabcde", "repeats 'abcde'"),
        ("password12345", "a common one with a little added"),
        ("839201748392017", "only digits"),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(passphrase, reason):
    found = weakness(passphrase)
    assert found is not None and reason in found


@pytest.mark.parametrize(
    "passphrase", ["river coffee lantern moss", "correct horse battery", "My cat Mo eats 3 figs!"]
)
def test_good_passphrases_pass(passphrase):
    assert weakness(passphrase) is None


def test_init_refuses_a_weak_passphrase_and_leaves_the_database_readable(tmp_path):
    home = tmp_path / "home"
    assert run_program(home, "add", "note", SECRET).code == 0
    before = (home / "sessionmate.db").read_bytes()
    done = run_program(home, "init", "--encrypt", SESSIONMATE_PASSPHRASE="a")
    assert done.code == 2 and done.out == ""
    assert done.err == (
        "sessionmate: error: the passphrase is 1 character long: use at least "
        "12, a few unrelated words, e.g. 'river coffee lantern moss'; nothing "
        "was changed\n"
    )
    assert (home / "sessionmate.db").read_bytes() == before
    assert SECRET in run_program(home, "items").out


def test_rekey_refuses_a_weak_new_passphrase(tmp_path):
    home = tmp_path / "home"
    run_program(home, "add", "note", SECRET)
    strong = "river coffee lantern moss"
    assert run_program(home, "init", "--encrypt", SESSIONMATE_PASSPHRASE=strong).code == 0
    weak = run_program(
        home, "rekey", SESSIONMATE_PASSPHRASE=strong, SESSIONMATE_NEW_PASSPHRASE="new"
    )
    assert weak.code == 2 and "is 3 characters long" in weak.err
    assert SECRET in run_program(home, "items", SESSIONMATE_PASSPHRASE=strong).out


def test_a_plain_text_keyring_is_refused_and_says_which_are_accepted(tmp_path):
    home = tmp_path / "home"
    keyring = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
    }
    run_program(home, "add", "note", SECRET)
    before = (home / "sessionmate.db").read_bytes()
    done = run_program(
        home,
        "init",
        "--encrypt",
        "--keyring",
        SESSIONMATE_PASSPHRASE="river coffee lantern moss",
        **keyring,
    )
    assert done.code == 2 and done.err.count("\n") == 1
    assert "keyrings.alt.file.PlaintextKeyring does not keep the passphrase encrypted" in done.err
    assert "accepted: Secret Service (GNOME Keyring, KeePassXC)" in done.err
    assert (home / "sessionmate.db").read_bytes() == before  # nothing was encrypted
    assert not list((tmp_path / "keyring").rglob("*.cfg"))  # nothing was written there


def test_the_backends_are_judged_by_their_class():
    from keyring.backends import null
    from keyrings.alt import file

    assert keyring_refusal(file.PlaintextKeyring()) is not None
    assert keyring_refusal(null.Keyring()) is not None


def test_export_from_an_encrypted_database_says_it_is_not_encrypted(tmp_path):
    import stat

    home, out = tmp_path / "home", tmp_path / "out"
    strong = "river coffee lantern moss"
    run_program(home, "add", "note", SECRET)
    assert run_program(home, "init", "--encrypt", SESSIONMATE_PASSPHRASE=strong).code == 0
    done = run_program(home, "export", "--out", str(out), SESSIONMATE_PASSPHRASE=strong)
    assert done.code == 0, done.err
    assert done.out.startswith("Exported 1 item and 0 appointments to ")
    assert "The export is NOT encrypted, unlike the database" in done.err
    files = sorted(out.iterdir())
    assert len(files) == 2
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    assert SECRET in files[0].read_text() + files[1].read_text()
    plain = run_program(tmp_path / "plain", "export", "--out", str(tmp_path / "out2"))
    assert plain.code == 0 and "NOT encrypted" not in plain.err
