"""Fixture: a real Secret Service keyring (GNOME Keyring on its own D-Bus session bus).

The kind of keyring a desktop user has, so `init --encrypt --keyring` is tested against
an accepted backend, not a plain-text file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator

import pytest
from requirements_check import require


@pytest.fixture
def secret_service(tmp_path) -> Iterator[dict[str, str]]:
    """Environment variables that make `keyring` use a fresh, unlocked GNOME Keyring."""
    if not (shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon")):
        require("dbus-daemon and gnome-keyring-daemon (scripts/setup.sh --test installs them)")
    runtime, data = tmp_path / "runtime", tmp_path / "keyring-data"
    runtime.mkdir(mode=0o700)
    data.mkdir()
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = bus.stdout.readline().strip()
    env = {
        "DBUS_SESSION_BUS_ADDRESS": address,
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(data),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
    }
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **env},
    )
    daemon.stdin.write(b"keyring password")
    daemon.stdin.close()
    try:
        yield env
    finally:
        for process in (daemon, bus):
            process.terminate()
            process.wait(timeout=10)
