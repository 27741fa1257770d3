"""Vosk model management: the public face.

- the manifest of known downloadable models (`MANIFEST`, `lookup`)
- `verify_model(path)` / `check_model(path)`: what a folder lacks to be a model
- `find_model(...)` / `list_models(...)`: where models are found, in the documented order
- `install(name, dest_root, ...)`: download, verify the SHA-256, unpack, rename into place
- `add(path_or_zip, dest_root)`: the same for a folder or zip already on the machine

Nothing here downloads unless `install` is called.
"""

from speech.model_check import check_model, is_model, verify_model
from speech.model_discovery import (
    MODEL_ENV,
    FoundModel,
    default_project_dir,
    find_model,
    list_models,
    matches_language,
    package_models,
    wrong_language,
)
from speech.model_install import DOWNLOADS, add, install
from speech.model_language import (
    LANGUAGE_FILE,
    describe,
    model_language,
    normalize_language,
    same_language,
    write_language,
)
from speech.model_manifest import BASE_URL_ENV, DEFAULT_BASE_URL, MANIFEST, ManifestEntry, lookup

__all__ = [
    "LANGUAGE_FILE",
    "describe",
    "model_language",
    "normalize_language",
    "same_language",
    "write_language",
    "wrong_language",
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "DOWNLOADS",
    "MANIFEST",
    "MODEL_ENV",
    "FoundModel",
    "ManifestEntry",
    "add",
    "check_model",
    "default_project_dir",
    "find_model",
    "install",
    "is_model",
    "list_models",
    "lookup",
    "matches_language",
    "package_models",
    "verify_model",
]
