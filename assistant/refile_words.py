"""Re-filing the last item by voice: "make that a question", "that was homework".

Pure. Only short, clearly corrective sentences count (intents/data/templates/refile.txt),
so a reflection that merely mentions homework ("that was homework i never finished") is
filed as said.
"""

from __future__ import annotations

from intents.language import language


def refile_request(text: str) -> str | None:
    """The kind to re-file the last item as, or None when this is not such a request."""
    match = language().match("refile", text)
    return match.slots["kinds"] if match else None
