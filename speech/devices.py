"""Sound devices as PortAudio (through sounddevice) sees them.

PortAudio reads the device list once, when it initialises (at `import sounddevice`).
A sound server started later, such as a test's PulseAudio, stays invisible until
`refresh_devices()` re-initialises it.
"""

from __future__ import annotations

from dataclasses import dataclass

from speech.errors import AudioDeviceError


@dataclass(frozen=True)
class DeviceInfo:
    """One PortAudio device, for `sessionmate devices`."""

    index: int
    name: str
    inputs: int  # input channels; 0 for a speaker
    outputs: int  # output channels; 0 for a microphone
    default_rate: float  # Hertz
    default_input: bool
    default_output: bool


def list_devices() -> list[DeviceInfo]:
    """Every device that can record or play; an empty list when there are none."""
    import sounddevice as sd

    try:
        found = sd.query_devices()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as e:
        raise AudioDeviceError(f"cannot list sound devices: {e}") from e
    return [
        DeviceInfo(
            index=d["index"],
            name=d["name"],
            inputs=d["max_input_channels"],
            outputs=d["max_output_channels"],
            default_rate=d["default_samplerate"],
            default_input=d["index"] == default_in,
            default_output=d["index"] == default_out,
        )
        for d in found
    ]


def refresh_devices() -> None:
    """Re-initialise PortAudio so it sees devices that appeared since it started.

    Only call it while no stream is open: open streams die with the old PortAudio.
    """
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def resolve_device(device: str | int | None, kind: str) -> int:
    """The index of the `kind` ("input" or "output") device named or numbered by `device`.

    None means PortAudio's default. A name matches as sounddevice matches it: a
    case-insensitive substring of the device's name, which must be unique.
    """
    import sounddevice as sd

    try:
        index: int = sd.query_devices(device, kind)["index"]  # sounddevice is untyped
        return index
    except (ValueError, sd.PortAudioError) as e:
        raise AudioDeviceError(_unusable(device, kind, str(e))) from e


def _unusable(device: str | int | None, kind: str, reason: str) -> str:
    wanted = f"the default {kind} device" if device is None else f"{kind} device {device!r}"
    try:
        available = [
            (d.index, d.name)
            for d in list_devices()
            if (d.inputs if kind == "input" else d.outputs)
        ]
    except AudioDeviceError:
        available = []
    if not available:
        return (
            f"{wanted} is not usable: there are no {kind} devices "
            f"(no sound card, or no sound server running) [{reason}]"
        )
    names = ", ".join(f"{i}: {n!r}" for i, n in available)
    return f"{wanted} is not usable [{reason}]; available {kind} devices: {names}"
