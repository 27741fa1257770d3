"""The printable agenda as a PDF, drawn by WeasyPrint from the same sheet as the web page.

Nothing is fetched while drawing: the only stylesheet is the package's own print.css,
and every other URL is refused, so a PDF can be made with the network off.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import NoReturn

from assistant.errors import InvalidInputError
from assistant.web.agenda_sheet import Sheet, sheet_document

STYLES = ("style.css", "print.css")


def _refuse(url: str, *args: object, **kwargs: object) -> NoReturn:
    raise ValueError(f"the printable agenda loads nothing from outside ({url})")


def check_pdf_path(path: Path) -> None:
    """Before anything is drawn: the folder must take a new file, and the name end in .pdf."""
    import os

    if path.suffix.lower() != ".pdf":
        raise InvalidInputError(f"cannot write {path}: give a file name ending in .pdf")
    if path.is_dir():
        raise InvalidInputError(f"cannot write {path}: it is a folder, give a file name")
    folder = path.parent
    if not folder.is_dir():
        problem = "is not a folder" if folder.exists() else "does not exist"
        raise InvalidInputError(f"cannot write {path}: {folder} {problem}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInputError(f"cannot write {path}: folder {folder} is not writable")


def pdf_bytes(sheet: Sheet) -> bytes:
    try:
        from weasyprint import CSS, HTML
    except OSError as err:  # its system libraries (Pango) are missing
        raise InvalidInputError(
            f"cannot draw the PDF: {err}; install Pango (scripts/setup.sh does)"
        ) from err

    static = files("assistant.web") / "static"
    styles = [CSS(string=(static / name).read_text(), url_fetcher=_refuse) for name in STYLES]
    html = HTML(string=sheet_document(sheet), url_fetcher=_refuse)
    pdf: bytes = html.write_pdf(stylesheets=styles)  # weasyprint is untyped
    return pdf
