"""Unpack a model .zip safely, and find the model folder inside what was unpacked."""

from __future__ import annotations

import re
import shutil
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from speech.errors import ModelError
from speech.model_check import is_model, verify_model

_DRIVE = re.compile(r"^[A-Za-z]:")
# What a corrupt or exotic archive raises: bad CRC or header, truncated or corrupt
# deflate data, a compression method Python lacks, a full disk.
_UNPACK_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, OSError)


def _unsafe_reason(name: str, target: Path) -> str | None:
    """Why archive member `name` would land outside `target` (zip-slip), or None if safe."""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "absolute path"
    if "\\" in name:
        return "backslash in path"  # a Windows separator could hide a '..'
    if ".." in PurePosixPath(name).parts:
        return "'..' in path"
    if not (target / name).resolve().is_relative_to(target.resolve()):
        return "outside the target folder"
    return None


def extract_zip(archive_path: Path, target: Path) -> None:
    """Extract `archive_path` into the existing folder `target`.

    Refuses the whole archive, before writing anything, if any member would escape
    `target` or the unpacked size would not fit on the disk.
    """
    try:
        with zipfile.ZipFile(archive_path) as archive:
            members = archive.infolist()
            for member in members:
                reason = _unsafe_reason(member.filename, target)
                if reason:
                    raise ModelError(
                        f"{archive_path} is unsafe and was refused: member "
                        f"{member.filename!r} ({reason}); every path must stay inside the archive"
                    )
            needed = sum(member.file_size for member in members)
            free = shutil.disk_usage(target).free
            if needed > free:
                raise ModelError(
                    f"not enough free space in {target}: the model needs {needed} bytes, "
                    f"{free} are free"
                )
            archive.extractall(target, members)
    except _UNPACK_ERRORS as err:
        raise ModelError(f"{archive_path} could not be unpacked: {err}") from err


def model_root(unpacked: Path, source: object) -> Path:
    """The model folder in `unpacked`: itself, or its single top-level folder (how Vosk ships).

    `source` names the archive or URL in the error when neither holds a model.
    """
    if is_model(unpacked):
        return unpacked
    entries = [entry for entry in unpacked.iterdir() if entry.name != "__MACOSX"]
    root = entries[0] if len(entries) == 1 and entries[0].is_dir() else unpacked
    missing = verify_model(root)
    if missing:
        raise ModelError(f"{source} does not hold a Vosk model: missing {', '.join(missing)}")
    return root
