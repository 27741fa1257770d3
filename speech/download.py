"""Fetch one file over HTTP(S) into a partial file, resuming what is already there.

Only the standard library: this is the one place in the program that opens a
network connection, and only when the user runs ``models install``.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from speech.errors import ModelError

if TYPE_CHECKING:
    from http.client import HTTPResponse

ProgressCallback = Callable[[int, "int | None"], None]  # (bytes done, bytes in total or None)

CHUNK = 64 * 1024
USER_AGENT = "sessionmate-models/1"
# Worth another try: the server or the path to it may recover.
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_UNSATISFIED_RANGE = re.compile(r"bytes \*/(\d+)")


class _Transient(Exception):
    """A failure a retry may get past; carries the cause as text."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        while block := stream.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def fetch(
    url: str,
    partial: Path,
    *,
    progress: ProgressCallback | None = None,
    expected_size: int | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    retry_delay: float = 1.0,
) -> None:
    """Download `url` into `partial`, continuing from its current length with HTTP Range.

    `timeout` (seconds) bounds the connect and every read. A cut connection is retried
    `retries` times, each resuming; after that ModelError, and `partial` is kept so a
    later call resumes. `expected_size` (bytes), when known, refuses a server that
    offers a different file before any time is spent downloading it.
    """
    check_url(url)
    for attempt in range(retries + 1):
        try:
            _fetch_once(url, Path(partial), progress or _ignore, expected_size, timeout)
            return
        except OSError as err:  # only local file errors get here: the disk, not the network
            raise ModelError(f"could not write the download to {partial}: {err}") from err
        except _Transient as err:
            if attempt == retries:
                raise ModelError(
                    f"could not download {url}: {err} (gave up after {retries + 1} attempts"
                    f"{_resume_hint(Path(partial))})"
                ) from err
            time.sleep(retry_delay)


def _resume_hint(partial: Path) -> str:
    kept = partial.stat().st_size if partial.exists() else 0
    return f"; {kept} bytes kept in {partial}, run it again to resume" if kept else ""


def _ignore(done: int, total: int | None) -> None:
    pass


def _fetch_once(
    url: str,
    partial: Path,
    progress: ProgressCallback,
    expected_size: int | None,
    timeout: float,
) -> None:
    import http.client
    import urllib.error
    import urllib.request

    offset = partial.stat().st_size if partial.exists() else 0
    headers = {"User-Agent": USER_AGENT}
    if offset:
        headers["Range"] = f"bytes={offset}-"
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - scheme checked
    except urllib.error.HTTPError as err:
        err.close()
        if err.code == 416 and offset:
            _unsatisfiable_range(url, partial, offset, err.headers.get("Content-Range"), progress)
            return
        if err.code in _TRANSIENT_STATUS:
            raise _Transient(f"HTTP {err.code} {err.reason}") from err
        raise ModelError(f"could not download {url}: HTTP {err.code} {err.reason}") from err
    except (OSError, http.client.HTTPException) as err:  # URLError is an OSError
        raise _Transient(str(getattr(err, "reason", err)) or type(err).__name__) from err

    with response:
        start = _resume_point(response, partial, offset)
        length = response.headers.get("Content-Length")
        total = start + int(length) if length and length.isdigit() else None
        if expected_size is not None and total is not None and total != expected_size:
            partial.unlink(missing_ok=True)
            raise ModelError(
                f"{url} is {total} bytes but {expected_size} were expected; "
                "is the download address (base URL) right?"
            )
        done = _copy_body(response, partial, start, total, expected_size, progress)
    if total is not None and done < total:
        raise _Transient(f"connection closed after {done} of {total} bytes")


def _resume_point(response: HTTPResponse, partial: Path, offset: int) -> int:
    """Where the body starts in the file: `offset` if the server honoured Range, else 0."""
    if response.status != 206:
        return 0  # a server that ignores Range sends the whole file: start over
    content_range = response.headers.get("Content-Range", "")
    match = _CONTENT_RANGE.fullmatch(content_range.strip())
    if not match or int(match.group(1)) != offset:
        partial.unlink(missing_ok=True)  # so the next attempt asks for the whole file
        raise _Transient(f"server resumed at the wrong place ({content_range!r})")
    return offset


def _copy_body(
    response: HTTPResponse,
    partial: Path,
    start: int,
    total: int | None,
    expected_size: int | None,
    progress: ProgressCallback,
) -> int:
    """Append the body to `partial` from byte `start`; the bytes in the file afterwards."""
    import http.client

    done = start
    with partial.open("r+b" if start else "wb") as out:
        out.seek(start)
        out.truncate()
        progress(done, total)
        while True:
            try:
                block = response.read(CHUNK)
            except (OSError, http.client.HTTPException) as err:
                raise _Transient(f"connection lost after {done} bytes: {err}") from err
            if not block:
                return done
            out.write(block)
            done += len(block)
            if expected_size is not None and done > expected_size:
                partial.unlink(missing_ok=True)
                raise ModelError(f"download grew past the expected {expected_size} bytes")
            progress(done, total)


def _unsatisfiable_range(
    url: str,
    partial: Path,
    offset: int,
    content_range: str | None,
    progress: ProgressCallback,
) -> None:
    """HTTP 416: either the partial file is already complete, or it is longer than the file."""
    match = _UNSATISFIED_RANGE.fullmatch((content_range or "").strip())
    if match and int(match.group(1)) == offset:
        progress(offset, offset)
        return
    partial.unlink(missing_ok=True)
    raise _Transient(f"{url} is shorter than the partial download; starting over")


def check_url(url: str) -> None:
    """A URL http.client can send: http(s), ASCII, a host, a port that is a number."""
    from urllib.parse import urlsplit

    if not url.startswith(("http://", "https://")):
        raise ModelError(f"cannot download {url!r}: only http:// and https:// URLs are allowed")

    try:
        url.encode("ascii")
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except (UnicodeEncodeError, ValueError) as err:
        raise ModelError(f"cannot download {url!r}: not a valid URL ({err})") from err
    if not parts.hostname:
        raise ModelError(f"cannot download {url!r}: the URL names no host")
