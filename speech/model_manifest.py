"""The known downloadable Vosk models, pinned by size and SHA-256.

Values were cross-checked against independent public projects that pin the same
archives (Yocto/OpenEmbedded recipes, Arch PKGBUILDs, download scripts); see
models/README.md. Where a value could not be found it is ``None`` and says so,
never guessed: `install` refuses an entry without a hash unless given one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speech.errors import ModelError

DEFAULT_BASE_URL = "https://alphacephei.com/vosk/models/"
BASE_URL_ENV = "SESSIONMATE_MODEL_BASE_URL"

_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class ManifestEntry:
    """One downloadable model archive."""

    name: str  # short name users type: "small-en-us"
    folder: str  # the archive's top folder and our install folder: "vosk-model-small-en-us-0.15"
    language: str  # BCP 47-ish tag: "en-us"
    size: int | None  # bytes of the .zip; None = not known
    sha256: str | None  # lower-case hex of the .zip; None = not known, install needs --sha256
    description: str

    @property
    def filename(self) -> str:
        return f"{self.folder}.zip"

    def url(self, base_url: str | None = None) -> str:
        """Where to fetch the archive; `base_url` points at a mirror (or a test server)."""
        base = base_url or DEFAULT_BASE_URL
        return base.rstrip("/") + "/" + self.filename


MANIFEST: tuple[ManifestEntry, ...] = (
    ManifestEntry(
        name="small-en-us",
        folder="vosk-model-small-en-us-0.15",
        language="en-us",
        size=41_205_931,
        sha256="30f26242c4eb449f948e42cb302dd7a686cb29a3423a8367f99ff41780942498",
        description="Small US English; the default",
    ),
    ManifestEntry(
        name="en-us-lgraph",
        folder="vosk-model-en-us-0.22-lgraph",
        language="en-us",
        size=130_557_655,
        sha256="d9838b4aaa82a75c4a17f5aca300eaca129aaab2a7cbf951bafbb500eb9c4334",
        description="US English, larger and more accurate",
    ),
    ManifestEntry(
        name="en-us",
        folder="vosk-model-en-us-0.22",
        language="en-us",
        # Exact byte count not found in any public source we could check; about 1.8 GB.
        size=None,
        sha256="47f9a81ebb039dbb0bd319175c36ac393c0893b796c2b6303e64cf58c27b69f6",
        description="US English, most accurate, about 1.8 GB; for a server",
    ),
)


def lookup(name: str, manifest: tuple[ManifestEntry, ...] = MANIFEST) -> ManifestEntry:
    """The entry called `name` (short name or full folder name)."""
    for entry in manifest:
        if name in (entry.name, entry.folder):
            return entry
    known = ", ".join(entry.name for entry in manifest)
    raise ModelError(f"unknown model {name!r}; known models: {known}")


def normalize_sha256(value: str) -> str:
    """`value` as 64 lower-case hex digits, or ModelError."""
    digest = value.strip().lower()
    if not _SHA256.fullmatch(digest):
        raise ModelError(f"not a SHA-256: {value!r}; expected 64 hexadecimal digits")
    return digest
