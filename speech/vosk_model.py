"""Vosk model folders: check one, and load it once per process.

A bad path makes vosk say only "Failed to create a model", so the folder is checked
first and a ModelError names what is missing. Loading takes seconds and hundreds of
megabytes, so each resolved folder is loaded once and the `vosk.Model` shared (it is
safe across threads; recognizers are not, and are made per stream).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from speech.errors import ModelError

# What Vosk 0.3.45 reads from a model folder (its "v2" layout). A graph is either a
# static HCLG.fst or the HCLr.fst + Gr.fst pair that also allows runtime grammars.
REQUIRED = ("am/final.mdl", "conf/mfcc.conf", "conf/model.conf")
STATIC_GRAPH = ("graph/HCLG.fst",)
RUNTIME_GRAPH = ("graph/HCLr.fst", "graph/Gr.fst")
LAYOUT = (
    "a Vosk model folder holds am/final.mdl, conf/mfcc.conf, conf/model.conf and "
    "graph/HCLG.fst or graph/HCLr.fst + graph/Gr.fst"
)

_models: dict[Path, Any] = {}  # by the folder actually loaded
_lock = threading.Lock()


def check_model_folder(path: str | os.PathLike[str]) -> Path:
    """The resolved folder, or ModelError saying what is wrong with it."""
    folder = Path(path).expanduser()
    if not folder.exists():
        raise ModelError(f"model folder {folder} does not exist; {LAYOUT}")
    if not folder.is_dir():
        raise ModelError(
            f"model path {folder} is a file, not a folder (extract an archive first); {LAYOUT}"
        )
    missing = [name for name in REQUIRED if not (folder / name).is_file()]
    if not has_runtime_graph(folder) and not (folder / STATIC_GRAPH[0]).is_file():
        missing.append("graph/HCLG.fst (or graph/HCLr.fst + graph/Gr.fst)")
    if missing:
        raise ModelError(f"{folder} is not a Vosk model: missing {', '.join(missing)}; {LAYOUT}")
    return folder.resolve()


def has_runtime_graph(folder: str | os.PathLike[str]) -> bool:
    """Whether the model can take a grammar (a limited vocabulary) at runtime."""
    return all((Path(folder) / name).is_file() for name in RUNTIME_GRAPH)


def load_model(path: str | os.PathLike[str], repeatable: bool = False) -> Any:
    """The shared `vosk.Model` for the folder at `path`, loading it on first use.

    `repeatable=True` loads the folder's no-dither twin (see `speech.repeatable`),
    a separate Model, so tests get the same words on every run.
    """
    folder = check_model_folder(path)
    if repeatable:
        from speech.repeatable import no_dither_twin

        folder = no_dither_twin(folder)
    with _lock:
        if folder not in _models:
            _models[folder] = _load(folder)
        return _models[folder]


def _load(folder: Path) -> Any:
    import vosk

    vosk.SetLogLevel(-2)  # -1 still prints Kaldi's warnings
    # Kaldi writes its errors straight to file descriptor 2, lines beside our one-line
    # message: catch them while loading and keep the first in the message instead.
    with _kaldi_stderr() as caught:
        try:
            return vosk.Model(str(folder))
        except Exception as e:  # vosk raises a bare Exception("Failed to create a model")
            failure = e
            detail = next((line.strip() for line in caught() if "ERROR" in line), str(e))
    raise ModelError(
        f"Vosk could not load {folder} although its files are there "
        f"(corrupt or from an incompatible Vosk version): {detail[:300]}"
    ) from failure


@contextmanager
def _kaldi_stderr() -> Iterator[Callable[[], list[str]]]:
    """File descriptor 2 sent to a temporary file; yields a function reading its lines."""
    import sys
    import tempfile

    sys.stderr.flush()
    with tempfile.TemporaryFile() as sink:
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        try:
            yield lambda: _lines(sink)
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def _lines(sink: IO[bytes]) -> list[str]:
    sink.seek(0)
    return sink.read(64 * 1024).decode("utf-8", "replace").splitlines()
