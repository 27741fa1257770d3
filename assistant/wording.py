"""Words on screen: counts with the right plural. Pure."""

from __future__ import annotations

IRREGULAR = {
    "homework task": "homework tasks",
    "check-in": "check-ins",
    "reply": "replies",
    "entry": "entries",
    "day": "days",
}


def plural(singular: str) -> str:
    if singular in IRREGULAR:
        return IRREGULAR[singular]
    if singular.endswith(("s", "x", "ch", "sh")):
        return singular + "es"
    if singular.endswith("y") and singular[-2:-1] not in "aeiou":
        return singular[:-1] + "ies"
    return singular + "s"


def counted(n: int, singular: str, plural_form: str | None = None) -> str:
    """(1, "appointment") -> "1 appointment"; (2, "scheduled job") -> "2 scheduled jobs"."""
    return f"{n} {singular if n == 1 else plural_form or plural(singular)}"
