"""The errors speech/ raises. Each carries the bad value and what would be valid."""


class SpeechError(Exception):
    """Base for every error raised by speech/."""


class AudioFormatError(SpeechError):
    """A file is not audio we can read (not a WAV, truncated, empty, unsupported encoding)."""


class AudioDeviceError(SpeechError):
    """No usable microphone or speaker, or an unknown device name or index."""


class ModelError(SpeechError):
    """A Vosk model is missing, incomplete, corrupt, or failed to download or verify."""


class TtsError(SpeechError):
    """Text-to-speech failed: no engine, unknown voice, or a render that never finished."""


class NoModelError(ModelError):
    """No usable model was found anywhere discovery looks."""

    fix = "sessionmate models install small-en-us"


class WrongLanguageError(ModelError):
    """Only models of other languages are installed; `fix` is the command that helps most."""

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix
