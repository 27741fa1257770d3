"""What makes a passphrase good enough to protect therapy notes, and where it may be kept.

Pure rules with reasons a person can act on. A long phrase of ordinary words is both
strong and easy to type, so length is the main rule; the rest catch the obvious.
"""

from __future__ import annotations

MIN_LENGTH = 12
MIN_DISTINCT = 5
COMMON = {
    "password",
    "passphrase",
    "sessionmate",
    "letmein",
    "qwerty",
    "iloveyou",
    "123456",
    "1234567890",
    "therapy",
    "welcome",
    "secret",
    "changeme",
    "abc123",
}
EXAMPLE = "a few unrelated words, e.g. 'river coffee lantern moss'"

# Keyring backends that keep secrets encrypted by the operating system. Others (the
# plain-text and "encrypted with a password you type" files of keyrings.alt, the null
# and fail backends) would either leave the passphrase readable or not work unattended.
ACCEPTED_KEYRINGS = {
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring, KeePassXC)",
    "keyring.backends.libsecret.Keyring": "libsecret",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "the Windows Credential Locker",
}


def weakness(passphrase: str) -> str | None:
    """Why a new passphrase is too weak, or None when it will do."""
    length = len(passphrase)
    if length < MIN_LENGTH:
        return (
            f"the passphrase is {length} character{'s' if length != 1 else ''} long: "
            f"use at least {MIN_LENGTH}, {EXAMPLE}"
        )
    squeezed = "".join(passphrase.lower().split())
    if len(set(squeezed)) < MIN_DISTINCT:
        return f"the passphrase uses fewer than {MIN_DISTINCT} different characters: use {EXAMPLE}"
    for size in range(1, len(squeezed) // 2 + 1):
        if len(squeezed) % size == 0 and squeezed[:size] * (len(squeezed) // size) == squeezed:
            return f"the passphrase repeats {squeezed[:size]!r}: use {EXAMPLE}"
    if any(squeezed.startswith(word) and len(squeezed) - len(word) < 6 for word in COMMON):
        return f"the passphrase is a common one with a little added: use {EXAMPLE}"
    if squeezed.isdigit():
        return f"the passphrase is only digits: use {EXAMPLE}"
    return None


def backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def keyring_refusal(backend: object) -> str | None:
    """Why this keyring backend may not hold the passphrase, or None when it may."""
    chained = getattr(backend, "backends", None)
    if chained:  # a chainer writes to its first, most preferred backend
        backend = chained[0]
    name = backend_name(backend)
    if name in ACCEPTED_KEYRINGS:
        return None
    accepted = ", ".join(ACCEPTED_KEYRINGS.values())
    return (
        f"the keyring backend {name} does not keep the passphrase encrypted by the system; "
        f"accepted: {accepted} (or set SESSIONMATE_PASSPHRASE yourself)"
    )
