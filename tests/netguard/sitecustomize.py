"""Loaded by every Python process a privacy test starts (via PYTHONPATH).

Refuses every outgoing internet connection and writes each attempt to the file
named by NETGUARD_LOG, so a test can see that a command tried none. Loopback is
allowed only where NETGUARD_ALLOW_LOOPBACK is set (the models install test server).
Unix sockets (the sound server) are not the internet and pass.
"""

import os
import socket

_LOG = os.environ.get("NETGUARD_LOG")
_ALLOW_LOOPBACK = bool(os.environ.get("NETGUARD_ALLOW_LOOPBACK"))
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex


def _check(sock, address):
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return
    host = str(address[0])
    loopback = host in ("localhost", "::1") or host.startswith("127.")
    if _LOG:
        with open(_LOG, "a") as log:
            log.write(f"{host}:{address[1]}\n")
    if not (loopback and _ALLOW_LOOPBACK):
        raise ConnectionRefusedError(f"netguard: connection to {host} refused")


def connect(self, address):
    _check(self, address)
    return _connect(self, address)


def connect_ex(self, address):
    _check(self, address)
    return _connect_ex(self, address)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
