"""Text-to-speech voices and speaking rates: what the engine offers and what a setting names.

Pure: the engine's voice list is passed in. pyttsx3 silently ignores a voice it does
not know, so settings are resolved here, against the list, before the engine sees them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from speech.errors import TtsError

# espeak-ng speaks from 80 to 450 words per minute; pyttsx3 accepts any number and
# reports it back unchanged, so the range is checked here rather than trusted to the engine.
MIN_RATE, MAX_RATE = 80, 450


@dataclass(frozen=True)
class InstalledVoice:
    """One voice of the engine, as `sessionmate voices` lists it."""

    id: str  # what the engine is set to, e.g. "gmw/en-us"
    name: str  # e.g. "English (America)"
    languages: tuple[str, ...]  # e.g. ("en-us",)


def resolve_voice(wanted: str, voices: Sequence[InstalledVoice]) -> InstalledVoice:
    """The voice `wanted` names: an id, a name, or the part of an id after its family.

    "gmw/en-us", "English (America)" and "en-us" all give the same voice; case is ignored.
    """
    key = wanted.strip().casefold()
    matchers: tuple[Callable[[InstalledVoice], bool], ...] = (
        lambda v: v.id.casefold() == key,
        lambda v: v.name.casefold() == key,
        lambda v: v.id.casefold().rpartition("/")[2] == key,
    )
    for matches in matchers:
        found = [v for v in voices if matches(v)]
        if found:
            return found[0]
    raise TtsError(f"unknown voice {wanted!r}; valid voices (id: name): {_listing(voices)}")


def check_rate(rate: int) -> int:
    """`rate` in words per minute, if the engine can speak at it."""
    if isinstance(rate, bool) or not isinstance(rate, int) or not MIN_RATE <= rate <= MAX_RATE:
        raise TtsError(
            f"speaking rate {rate!r} is not usable; valid: a whole number of words per minute "
            f"from {MIN_RATE} to {MAX_RATE}"
        )
    return rate


def _listing(voices: Sequence[InstalledVoice]) -> str:
    if not voices:
        return "none (the engine reports no voices: is espeak-ng data installed?)"
    return ", ".join(f"{v.id}: {v.name}" for v in voices)
