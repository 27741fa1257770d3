"""Re-filing the last item by voice: "make that a question", "that was homework".

Pure. Only short, clearly corrective sentences count, so a reflection that merely
mentions homework ("that was homework i never finished") is filed as said.
"""

from __future__ import annotations

import re

from assistant.confirm import kind_named

_KIND = r"(?:a |an )?(?:note|question|homework|need|task)"
_REFILE = re.compile(
    r"^(?:no,? |oh,? |wait,? |actually,? |sorry,? )*"
    r"(?:(?:make|file|put|mark|change|keep|save) (?:that|it|this)(?: one)?"
    r"(?: as| to| in| under| into)?"
    r"|(?:that|it|this)(?: one)? (?:was|is|should be|'s|should have been)"
    r"|that's) "
    rf"({_KIND})(?: please| instead| actually| not a \w+)*$"
)


def refile_request(text: str) -> str | None:
    """The kind to re-file the last item as, or None when this is not such a request."""
    cleaned = re.sub(r"[.!?,]+$", "", " ".join(text.lower().split()))
    cleaned = cleaned.replace("that is ", "that's ").replace("it is ", "it's ")
    match = _REFILE.match(cleaned.replace("it's ", "it is "))
    return kind_named(match[1]) if match else None
