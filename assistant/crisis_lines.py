"""Well-known national crisis lines, for `sessionmate setup` to offer as a starting point.

Deliberately small: only countries whose national line we could state with confidence,
each as the service itself publishes it, to our knowledge at the time of writing (2024);
nothing here is re-checked automatically. Numbers change, so setup always shows them for
the person to confirm and asks for their own contacts too (their therapist, a friend),
which matter most.
Anywhere else, setup asks only for their own contacts.
"""

from __future__ import annotations

CRISIS_LINES: dict[str, tuple[str, tuple[str, ...]]] = {
    "US": (
        "United States",
        (
            "Emergency: 911.",
            "988 Suicide and Crisis Lifeline: call or text 988, any hour.",
        ),
    ),
    "CA": (
        "Canada",
        (
            "Emergency: 911.",
            "9-8-8 Suicide Crisis Helpline: call or text 988, any hour.",
        ),
    ),
    "GB": (
        "United Kingdom",
        (
            "Emergency: 999.",
            "Samaritans: call 116 123, free, any hour.",
        ),
    ),
    "IE": (
        "Ireland",
        (
            "Emergency: 112 or 999.",
            "Samaritans: call 116 123, free, any hour.",
        ),
    ),
    "DE": (
        "Germany",
        (
            "Notruf: 112.",
            "TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222, kostenlos, rund um die Uhr.",
        ),
    ),
    "AU": (
        "Australia",
        (
            "Emergency: 000.",
            "Lifeline: call 13 11 14, any hour.",
        ),
    ),
    "NZ": (
        "New Zealand",
        (
            "Emergency: 111.",
            "Need to talk? Call or text 1737, free, any hour.",
        ),
    ),
}
# What people type for a country, besides its two-letter code.
ALIASES = {
    "USA": "US",
    "UNITED STATES": "US",
    "AMERICA": "US",
    "UK": "GB",
    "UNITED KINGDOM": "GB",
    "ENGLAND": "GB",
    "SCOTLAND": "GB",
    "WALES": "GB",
    "NORTHERN IRELAND": "GB",
    "IRELAND": "IE",
    "GERMANY": "DE",
    "DEUTSCHLAND": "DE",
    "CANADA": "CA",
    "AUSTRALIA": "AU",
    "NEW ZEALAND": "NZ",
}


def lines_for(country: str) -> tuple[str, tuple[str, ...]] | None:
    """(country name, its lines) for a code or name; None for a country not in the table."""
    key = " ".join(country.upper().replace(".", "").split())
    return CRISIS_LINES.get(ALIASES.get(key, key))


def known_countries() -> str:
    return ", ".join(f"{code} ({name})" for code, (name, _) in CRISIS_LINES.items())
