"""Put a model into a models folder: downloaded (`install`) or already at hand (`add`).

Either way the model is assembled in a dot-folder inside `dest_root` (same file
system) and renamed into place only once it verifies, so `dest_root/<name>` is
either absent or a complete model, never half of one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from speech.download import ProgressCallback, check_url, fetch, sha256_file
from speech.errors import ModelError
from speech.model_archive import extract_zip, model_root
from speech.model_check import check_model, verify_model
from speech.model_manifest import ManifestEntry, lookup, normalize_sha256

DOWNLOADS = ".downloads"  # partial downloads live here, so a later install resumes them


def install(
    model: str | ManifestEntry,
    dest_root: Path,
    *,
    progress: ProgressCallback | None = None,
    sha256: str | None = None,
    base_url: str | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    retry_delay: float = 1.0,
) -> Path:
    """Download, verify and unpack a manifest model into ``dest_root/<folder>``; its path.

    `sha256` overrides the manifest's hash (and is required when it has none). A wrong
    hash deletes the download and installs nothing. An already installed, complete
    model is returned as is, without touching the network.
    """
    entry = model if isinstance(model, ManifestEntry) else lookup(model)
    expected = normalize_sha256(sha256) if sha256 else entry.sha256
    if expected is None:
        raise ModelError(
            f"no SHA-256 is known for {entry.name}, so its download cannot be verified; "
            "pass --sha256 HEX (64 hex digits from a source you trust) to install it anyway"
        )
    dest_root = Path(dest_root)
    target = dest_root / entry.folder
    if target.exists():
        check_existing(target)
        return target

    url = entry.url(base_url)
    check_url(url)  # before any folder is made for the download
    partial = dest_root / DOWNLOADS / f"{entry.filename}.part"
    partial.parent.mkdir(parents=True, exist_ok=True)
    try:
        fetch(
            url,
            partial,
            progress=progress,
            # With an overriding hash the manifest's size may be stale too: let the hash judge.
            expected_size=entry.size if sha256 is None else None,
            timeout=timeout,
            retries=retries,
            retry_delay=retry_delay,
        )
    except ModelError:
        if not partial.exists():
            _discard(partial)  # nothing to resume: leave no empty download folder either
        raise
    try:
        actual = sha256_file(partial)
        if actual != expected:
            raise ModelError(
                f"{url} has SHA-256 {actual} but {expected} was expected; "
                "the download was deleted and nothing was installed"
            )
        with _staging(dest_root) as staging:
            extract_zip(partial, staging)
            _place(model_root(staging, url), target)
    finally:
        # Verified or refused, this archive is done with: a retry must start clean.
        _discard(partial)
    return target


def add(source: Path, dest_root: Path, *, name: str | None = None) -> Path:
    """Copy a model folder, or unpack a model .zip, into ``dest_root/<name>``; its path.

    For offline machines. The zip may hold the model at its root or inside one
    top-level folder (as Vosk ships them). `name` defaults to the folder's own name.
    """
    source = Path(source)
    dest_root = Path(dest_root)
    if source.is_dir():
        check_model(source)
        target = _target(dest_root, name or source.resolve().name)
        with _staging(dest_root) as staging:
            copy = staging / "model"
            try:
                shutil.copytree(source, copy)
            except (OSError, shutil.Error) as err:
                raise ModelError(f"could not copy {source} into {dest_root}: {err}") from err
            _place(copy, target)
        return target
    if source.is_file() and zipfile.is_zipfile(source):
        with _staging(dest_root) as staging:
            extract_zip(source, staging)
            root = model_root(staging, source)
            target = _target(dest_root, name or (source.stem if root == staging else root.name))
            _place(root, target)
        return target
    if not source.exists():
        raise ModelError(f"{source} does not exist; give a model folder or a .zip of one")
    raise ModelError(
        f"{source} is neither a folder nor a zip archive; give a model folder or a .zip"
    )


def check_existing(target: Path) -> None:
    """An existing install folder must be complete; we never write over one."""
    missing = verify_model(target)
    if missing:
        raise ModelError(
            f"{target} already exists but is not a complete model (missing "
            f"{', '.join(missing)}); remove it and try again"
        )


def _target(dest_root: Path, name: str) -> Path:
    if not name or name.startswith(".") or Path(name).name != name:
        raise ModelError(f"{name!r} cannot be a model folder name; use a plain name like my-model")
    target = dest_root / name
    if target.exists():
        raise ModelError(f"{target} already exists; remove it or choose another --name")
    return target


@contextmanager
def _staging(dest_root: Path) -> Iterator[Path]:
    """A private folder beside the final place, removed whatever happens."""
    created = not dest_root.exists()
    try:
        dest_root.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=dest_root))
    except OSError as err:
        raise ModelError(f"cannot write to the models folder {dest_root}: {err}") from err
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if created and not any(dest_root.iterdir()):
            dest_root.rmdir()  # a refused model leaves no trace, not even its folder


def _place(model: Path, target: Path) -> None:
    """Rename a verified model into place: one atomic step on the same file system."""
    check_model(model)
    if target.exists():
        raise ModelError(f"{target} already exists; remove it first")
    try:
        os.rename(model, target)
    except OSError as err:
        raise ModelError(f"could not move the model into {target}: {err}") from err


def _discard(partial: Path) -> None:
    partial.unlink(missing_ok=True)
    with suppress(OSError):
        partial.parent.rmdir()  # only if no other download is in progress there
