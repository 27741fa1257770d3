"""WAV files in: every PCM layout decodes to int16 mono 16 kHz; everything else is refused.

Test files are written by sox, an encoder independent of the code under test.
"""

from __future__ import annotations

import functools
import shutil
import struct
import subprocess
import tempfile
import wave
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from requirements_check import require

from speech.audio import WavSource, read_wav
from speech.errors import AudioFormatError

RATE = 16000
TONES = ((300.0, 0.25), (1000.0, 0.2), (2500.0, 0.15))  # Hertz, amplitude: all < 4 kHz


def signal(rate: int, seconds: float) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    return sum(a * np.sin(2 * np.pi * f * t) for f, a in TONES).astype(np.float32)


def sox_wav(path: Path, samples: np.ndarray, rate: int, *encoding: str) -> Path:
    """Write float `samples` ([frames] or [frames, channels]) with sox, undithered."""
    if shutil.which("sox") is None:
        require("sox is not installed")
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    subprocess.run(
        [
            "sox",
            "-D",
            "-t",
            "raw",
            "-e",
            "floating-point",
            "-b",
            "32",
            "-r",
            str(rate),
            "-c",
            str(channels),
            "-",
            *encoding,
            str(path),
        ],
        input=samples.astype("<f4").tobytes(),
        check=True,
        capture_output=True,
    )
    return path


def decoded(path: Path) -> np.ndarray:
    return np.frombuffer(read_wav(path), "<i2").astype(np.float32) / 32768.0


MATRIX = [  # rate, channels, sox encoding options, tolerance (full scale = 1)
    (8000, 1, ("-e", "unsigned-integer", "-b", "8"), 0.02),
    (16000, 1, ("-b", "16"), 0.002),
    (22050, 2, ("-b", "16"), 0.002),
    (44100, 2, ("-b", "24"), 0.002),  # sox writes WAVE_FORMAT_EXTENSIBLE here
    (44100, 1, ("-t", "wavpcm", "-b", "24"), 0.002),  # plain PCM header, 24-bit
    (48000, 1, ("-e", "signed-integer", "-b", "32"), 0.002),
    (48000, 2, ("-e", "floating-point", "-b", "32"), 0.002),
    (44100, 1, ("-e", "floating-point", "-b", "64"), 0.002),
    (16000, 4, ("-b", "16"), 0.002),  # more than two channels: extensible
]


@pytest.mark.parametrize(
    ("rate", "channels", "encoding", "tolerance"),
    MATRIX,
    ids=[f"{m[0]}Hz-{m[1]}ch-{'_'.join(m[2])}" for m in MATRIX],
)
def test_every_pcm_layout_decodes_to_the_same_16k_mono_signal(
    tmp_path, rate, channels, encoding, tolerance
):
    seconds = 1.5
    mono = signal(rate, seconds)
    # Channels differ but average to the signal, so a wrong mix-down shows.
    weights = np.linspace(0.5, 1.5, channels) if channels > 1 else np.ones(1)
    samples = mono[:, None] * weights[None, :] if channels > 1 else mono
    path = sox_wav(tmp_path / "in.wav", samples, rate, *encoding)

    got = decoded(path)

    assert len(got) == round(seconds * RATE)
    want = signal(RATE, seconds)
    edge = RATE // 20  # the resampler's filter settles over the first and last few ms
    assert np.max(np.abs(got[edge:-edge] - want[edge:-edge])) < tolerance


def test_16_bit_mono_at_the_recognizers_rate_passes_through_bit_exact(tmp_path):
    pcm = np.random.default_rng(1).integers(-32768, 32767, RATE, dtype=np.int16).tobytes()
    path = tmp_path / "exact.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    assert read_wav(path) == pcm


def test_downsampling_removes_tones_above_the_new_nyquist_instead_of_folding_them(tmp_path):
    # 12 kHz cannot exist at 16 kHz; naive decimation would fold it to a loud 4 kHz.
    t = np.arange(44100) / 44100
    path = sox_wav(tmp_path / "high.wav", 0.5 * np.sin(2 * np.pi * 12000 * t), 44100, "-b", "16")
    got = decoded(path)[800:-800]
    assert np.sqrt(np.mean(got**2)) < 0.001  # below -60 dB of the 0.35 RMS input


def test_upsampling_keeps_length_and_content(tmp_path):
    path = sox_wav(tmp_path / "low.wav", signal(8000, 2.0), 8000, "-b", "16")
    got = decoded(path)
    assert len(got) == 2 * RATE
    assert np.max(np.abs(got[800:-800] - signal(RATE, 2.0)[800:-800])) < 0.002


def test_float_samples_beyond_full_scale_are_clipped_not_wrapped(tmp_path):
    path = sox_wav(
        tmp_path / "loud.wav",
        np.full(1600, 1.5, np.float32),
        RATE,
        "-e",
        "floating-point",
        "-b",
        "32",
    )
    got = np.frombuffer(read_wav(path), "<i2")
    assert got.min() > 30000  # wrapped int16 would be negative


class TestWavSource:
    def test_gives_whole_blocks_then_the_remainder_and_tracks_progress(self, tmp_path):
        path = sox_wav(tmp_path / "a.wav", signal(44100, 1.1), 44100, "-b", "16")
        source = WavSource(path, block_seconds=0.25)
        assert source.duration == pytest.approx(1.1)
        assert source.position == 0.0

        positions, sizes = [], []
        for chunk in source:
            sizes.append(len(chunk))
            positions.append(source.position)

        assert sizes == [8000] * 4 + [3200]  # 0.25 s of int16 at 16 kHz, then 0.1 s
        assert positions == pytest.approx([0.25, 0.5, 0.75, 1.0, 1.1])

    def test_chunks_join_to_exactly_what_read_wav_returns_whatever_the_block_size(self, tmp_path):
        path = sox_wav(tmp_path / "b.wav", signal(22050, 2.3), 22050, "-b", "24")
        whole = read_wav(path)
        for block in (0.05, 0.2, 1.0):
            assert b"".join(WavSource(path, block_seconds=block)) == whole

    def test_can_be_iterated_again_from_the_start(self, tmp_path):
        path = sox_wav(tmp_path / "c.wav", signal(16000, 0.5), 16000, "-b", "16")
        source = WavSource(path)
        assert list(source) == list(source)

    def test_reads_at_another_recognizer_rate(self, tmp_path):
        path = sox_wav(tmp_path / "d.wav", signal(44100, 1.0), 44100, "-b", "16")
        assert len(read_wav(path, rate=8000)) == 2 * 8000

    def test_checks_the_file_when_made_not_when_first_read(self, tmp_path):
        (tmp_path / "e.wav").write_bytes(b"not audio at all")
        with pytest.raises(AudioFormatError):
            WavSource(tmp_path / "e.wav")


# --- refused input: one AudioFormatError naming the file, the problem and what's accepted


def refused(path: Path) -> str:
    with pytest.raises(AudioFormatError) as caught:
        read_wav(path)
    message = str(caught.value)
    assert str(path) in message
    return message


def valid_wav(tmp_path: Path, seconds: float = 0.5) -> Path:
    return sox_wav(tmp_path / "ok.wav", signal(RATE, seconds), RATE, "-b", "16")


def test_a_file_that_is_not_a_wav_is_refused(tmp_path):
    path = tmp_path / "notes.wav"
    path.write_text("Dear diary, today I talked about my week.\n" * 20)
    message = refused(path)
    assert "not a RIFF/WAVE file" in message
    assert "accepted: RIFF/WAVE with PCM integer" in message


def test_a_wav_cut_off_in_its_data_is_refused_as_truncated(tmp_path):
    data = valid_wav(tmp_path).read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(data[: len(data) // 2])
    assert "truncated" in refused(cut)


def test_a_wav_cut_off_in_its_header_is_refused(tmp_path):
    data = valid_wav(tmp_path).read_bytes()
    cut = tmp_path / "header.wav"
    cut.write_bytes(data[:30])
    assert "truncated" in refused(cut)


def test_a_wav_with_no_frames_is_refused_as_empty(tmp_path):
    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
    assert "no audio (0 frames)" in refused(path)


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [
        (("-e", "a-law"), "A-law"),
        (("-e", "u-law"), "mu-law"),
        (("-e", "ima-adpcm"), "IMA ADPCM"),
        (("-e", "ms-adpcm"), "Microsoft ADPCM"),
        (("-e", "gsm-full-rate"), "GSM 6.10"),
    ],
)
def test_compressed_wavs_are_refused_naming_the_codec(tmp_path, encoding, codec):
    path = sox_wav(tmp_path / "packed.wav", signal(8000, 0.5), 8000, *encoding)
    message = refused(path)
    assert codec in message
    assert "not PCM or float" in message


def test_a_missing_file_is_refused_with_its_path(tmp_path):
    assert "No such file" in refused(tmp_path / "nowhere.wav")


def test_a_folder_is_refused(tmp_path):
    message = refused(tmp_path)
    assert str(tmp_path) in message
    assert "Is a directory" in message


def test_a_streamed_wav_with_unknown_data_size_is_read_to_its_end(tmp_path):
    data = bytearray(valid_wav(tmp_path).read_bytes())
    at = data.index(b"data") + 4
    data[at : at + 4] = struct.pack("<I", 0xFFFFFFFF)
    streamed = tmp_path / "streamed.wav"
    streamed.write_bytes(bytes(data))
    assert read_wav(streamed) == read_wav(tmp_path / "ok.wav")


# --- arbitrary bytes only ever give AudioFormatError (or audio)


def only_format_errors(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        pcm = read_wav(path)
    except AudioFormatError:
        return
    assert len(pcm) % 2 == 0 and pcm


FUZZ = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(data=st.binary(max_size=512))
def test_arbitrary_bytes_only_raise_audio_format_error(tmp_path, data):
    only_format_errors(tmp_path / "fuzz.wav", data)


def chunk(chunk_id: bytes, body: bytes, size: int | None = None) -> bytes:
    size = len(body) if size is None else size
    return chunk_id + struct.pack("<I", size) + body + b"\0" * (len(body) & 1)


def fmt_body(
    tag: int, channels: int, rate: int, align: int | None, bits: int, tail: bytes
) -> bytes:
    if align is None:  # consistent with channels and bits, so the data gets decoded
        align = channels * bits // 8 & 0xFFFF
    return (
        struct.pack("<HHIIHH", tag, channels, rate, rate * align & 0xFFFFFFFF, align, bits) + tail
    )


EXTENSIBLE_PCM = bytes(8) + b"\x01\x00" + bytes.fromhex("000000001000800000aa00389b71")
plausible_fmt = st.builds(
    fmt_body,
    tag=st.sampled_from([1, 3, 0xFFFE]),
    channels=st.sampled_from([1, 2, 3]),
    rate=st.sampled_from([8000, 16000, 44100]),
    align=st.none(),
    bits=st.sampled_from([8, 16, 24, 32, 64]),
    tail=st.just(EXTENSIBLE_PCM),
)
wild_fmt = st.builds(
    fmt_body,
    tag=st.integers(0, 0xFFFF),
    channels=st.integers(0, 0xFFFF),
    rate=st.sampled_from([0, 999, 384001]) | st.integers(0, 2**32 - 1),
    align=st.none() | st.integers(0, 64),
    bits=st.sampled_from([0, 8, 12, 16, 24, 32, 64]),
    tail=st.binary(max_size=40),
)
fmt_bodies = plausible_fmt | wild_fmt
chunks = st.one_of(
    st.builds(chunk, st.just(b"fmt "), fmt_bodies),
    st.builds(chunk, st.just(b"data"), st.binary(max_size=300)),
    st.builds(
        chunk,
        st.just(b"data"),
        st.binary(max_size=64),
        st.sampled_from([0, 1, 7, 0xFFFFFFFF, 10**6]),
    ),
    st.builds(chunk, st.sampled_from([b"LIST", b"fact", b"junk"]), st.binary(max_size=32)),
)


@FUZZ
@given(
    fmt=fmt_bodies,
    audio=st.binary(max_size=300),
    extras=st.lists(chunks, max_size=3),
    order=st.permutations(range(5)),
    cut=st.none() | st.integers(0, 2000),
)
def test_riff_files_built_from_random_chunks_only_raise_audio_format_error(
    tmp_path, fmt, audio, extras, order, cut
):
    parts = [chunk(b"fmt ", fmt), chunk(b"data", audio), *extras]
    body = b"WAVE" + b"".join(parts[i] for i in order if i < len(parts))
    data = b"RIFF" + struct.pack("<I", len(body)) + body
    only_format_errors(tmp_path / "chunks.wav", data if cut is None else data[:cut])


@FUZZ
@given(
    flips=st.lists(st.tuples(st.integers(0, 200), st.integers(0, 255)), max_size=4),
    layout=st.sampled_from(
        [
            ("-b", "16"),
            ("-b", "24"),
            ("-e", "floating-point", "-b", "32"),
            ("-e", "unsigned-integer", "-b", "8"),
        ]
    ),
)
def test_valid_wavs_with_damaged_headers_only_raise_audio_format_error(tmp_path, flips, layout):
    data = bytearray(small_wav(layout))
    for at, value in flips:
        data[at % len(data)] = value
    only_format_errors(tmp_path / "damaged.wav", bytes(data))


@functools.cache
def small_wav(layout: tuple[str, ...]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return sox_wav(Path(folder) / "small.wav", signal(RATE, 0.05), RATE, *layout).read_bytes()


def test_a_wav_too_short_to_make_one_output_sample_is_refused(tmp_path):
    path = sox_wav(tmp_path / "blip.wav", np.zeros(2, np.float32), 96000, "-b", "16")
    assert "too short" in refused(path)
