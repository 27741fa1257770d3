"""What the assistant says when someone expresses thoughts of suicide or self-harm.

The item is stored as usual first; this message comes straight after, printed and
spoken, with the crisis contacts from settings. It is short, warm and direct.
"""

from __future__ import annotations

from assistant.settings import Settings


def crisis_message(settings: Settings, asked: bool = False) -> list[str]:
    """The words after a crisis statement; `asked`: the person asked for help themselves."""
    if asked:
        return [
            "You don't have to carry this alone: please reach out to someone now.",
            *settings.crisis_contacts,
            "Your therapist will want to know too.",
        ]
    return [
        "What you just said matters, and I'm glad you said it.",
        "You don't have to carry this alone: please reach out to someone now.",
        *settings.crisis_contacts,
        "Your therapist will want to know too. I've kept what you said.",
    ]


def concern_in(text: str) -> bool:
    """True when the text expresses thoughts of suicide or self-harm (local, conservative)."""
    from intents.safety import detect_crisis

    return detect_crisis(text) is not None
