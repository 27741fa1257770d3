"""Recognition with the real Vosk engine and the Korean model, on speech made by espeak-ng."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from speech.audio import WavSource, read_wav
from speech.errors import ModelError
from speech.recognizer import Recognizer, Utterance, load_model, transcribe
from speech.repeatable import FixedDither, no_dither_twin

from fixtures_speech import BLOCK, silence, speak_korean  # isort: skip

pytestmark = pytest.mark.vosk


def chunks(pcm: bytes, size: int = 2 * BLOCK) -> list[bytes]:
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]


def phrase_spans(recording) -> list[tuple[float, float]]:
    """Where each phrase of a `phrases_with_pauses` recording is, in seconds."""
    spans, at = [], 0.3
    for i, phrase in enumerate(recording.phrases):
        at += 1.0 if i else 0.0
        length = len(speak_korean(phrase)) / 2 / recording.rate
        spans.append((at, at + length))
        at += length
    return spans


def assert_well_formed(utterance: Utterance) -> None:
    assert utterance.text.strip()
    assert utterance.words, "word timings are kept"
    assert " ".join(w.word for w in utterance.words) == utterance.text
    assert all(0.0 <= w.start <= w.end for w in utterance.words)
    assert [w.start for w in utterance.words] == sorted(w.start for w in utterance.words)
    assert all(0.0 <= w.conf <= 1.0 for w in utterance.words)
    assert utterance.confidence == pytest.approx(
        sum(w.conf for w in utterance.words) / len(utterance.words)
    )
    assert (utterance.start, utterance.end) == (utterance.words[0].start, utterance.words[-1].end)


def test_two_phrases_a_second_apart_give_two_utterances_with_word_timings(
    two_phrases, korean_recognizer
):
    utterances = list(transcribe(WavSource(two_phrases.wav), korean_recognizer()))

    assert len(utterances) == 2
    for utterance, (start, end) in zip(utterances, phrase_spans(two_phrases), strict=True):
        assert_well_formed(utterance)
        # Times count from the start of the stream, so each lands on its own phrase.
        assert start - 0.3 <= utterance.start < utterance.end <= end + 0.3


def test_repeatable_mode_gives_identical_results_every_run(two_phrases, korean_recognizer):
    runs = [list(transcribe(WavSource(two_phrases.wav), korean_recognizer())) for _ in range(2)]
    assert runs[0] == runs[1]


def test_the_default_dithered_mode_also_hears_two_utterances(two_phrases, korean_model_path):
    # Loads the plain model (the one users get) beside the suite's repeatable one.
    recognizer = Recognizer(korean_model_path)
    utterances = list(transcribe(WavSource(two_phrases.wav), recognizer))
    assert len(utterances) == 2
    for utterance in utterances:
        assert_well_formed(utterance)


def test_partial_text_is_reported_while_an_utterance_is_in_progress(two_phrases, korean_recognizer):
    events: list[tuple[str, str]] = []
    for utterance in transcribe(
        WavSource(two_phrases.wav),
        korean_recognizer(),
        on_partial=lambda text: events.append(("partial", text)),
    ):
        events.append(("utterance", utterance.text))

    kinds = [kind for kind, _ in events]
    assert kinds.count("utterance") == 2
    first_end = kinds.index("utterance")
    assert any(kind == "partial" and text for kind, text in events[:first_end])
    repeats = [a for a, b in zip(events, events[1:], strict=False) if a == b and a[0] == "partial"]
    assert not repeats, "a partial is reported only when its text changes"


def test_silence_yields_no_utterance(korean_recognizer):
    assert list(transcribe(chunks(silence(3.0)), korean_recognizer())) == []


def test_flush_with_nothing_heard_gives_none(korean_recognizer):
    assert korean_recognizer().flush() is None


def test_feeding_can_go_on_after_a_flush_with_times_still_counted_from_the_start(
    two_phrases, korean_recognizer
):
    recognizer = korean_recognizer()
    pcm = read_wav(two_phrases.wav)
    first = [u for c in chunks(pcm) if (u := recognizer.feed(c))] + [recognizer.flush()]
    second = [u for c in chunks(pcm) if (u := recognizer.feed(c))]
    assert first[0] is not None and second
    duration = len(pcm) / 2 / 16000
    assert second[0].start >= duration > first[0].start


def test_a_chunk_that_is_not_whole_samples_is_refused(korean_recognizer):
    with pytest.raises(ValueError, match="even length"):
        korean_recognizer().feed(b"\x00\x01\x02")


def test_a_grammar_limits_what_is_heard_to_its_phrases(korean_recognizer):
    phrases = ["감사합니다", "안녕하세요"]
    for spoken in phrases:
        pcm = silence(0.3) + speak_korean(spoken) + silence(0.6)
        recognizer = korean_recognizer(grammar=[*phrases, "[unk]"])
        assert [u.text for u in transcribe(chunks(pcm), recognizer)] == [spoken]


# --- model folders


def fake_model(folder: Path, *files: str) -> Path:
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("not really a model file\n")
    return folder


def test_a_missing_model_folder_is_named(tmp_path):
    with pytest.raises(ModelError, match="does not exist") as caught:
        load_model(tmp_path / "vosk-model-small-en-us")
    assert "vosk-model-small-en-us" in str(caught.value)


def test_a_folder_that_is_not_a_model_says_what_is_missing(tmp_path):
    folder = fake_model(tmp_path / "notes", "conf/mfcc.conf", "README.txt")
    with pytest.raises(ModelError) as caught:
        Recognizer(folder)
    message = str(caught.value)
    assert str(folder) in message
    assert "missing am/final.mdl, conf/model.conf, graph/HCLG.fst" in message
    assert "conf/mfcc.conf," not in message.split("missing")[1].split(";")[0]


def test_a_model_archive_instead_of_a_folder_is_explained(tmp_path):
    (tmp_path / "model.zip").write_bytes(b"PK\x03\x04")
    with pytest.raises(ModelError, match="is a file, not a folder"):
        load_model(tmp_path / "model.zip")


def test_a_model_with_all_files_but_a_corrupt_one_is_a_model_error(tmp_path, korean_model_path):
    folder = tmp_path / "corrupt"
    (folder / "am").mkdir(parents=True)
    for part in ("conf", "graph", "ivector"):
        (folder / part).symlink_to(korean_model_path / part)
    whole = (korean_model_path / "am/final.mdl").read_bytes()
    (folder / "am/final.mdl").write_bytes(whole[:100_000])
    with pytest.raises(ModelError, match="could not load") as caught:
        load_model(folder)
    assert str(folder) in str(caught.value)


def test_a_grammar_on_a_model_without_a_runtime_graph_is_refused_not_ignored(tmp_path):
    folder = fake_model(
        tmp_path / "static", "am/final.mdl", "conf/mfcc.conf", "conf/model.conf", "graph/HCLG.fst"
    )
    with pytest.raises(ModelError, match="graph/HCLr.fst and graph/Gr.fst"):
        Recognizer(folder, grammar=["yes", "no"])


def test_one_model_is_shared_per_folder_however_the_path_is_spelled(
    tmp_path, korean_model, korean_model_path
):
    link = tmp_path / "link"
    link.symlink_to(korean_model_path)
    spellings = [
        korean_model_path,
        str(korean_model_path) + "/",
        link,
        os.path.relpath(korean_model_path),
    ]
    assert all(load_model(p, repeatable=True) is korean_model for p in spellings)


def test_threads_loading_at_once_share_one_model(korean_model_path):
    found: list[object] = []
    threads = [
        threading.Thread(target=lambda: found.append(load_model(korean_model_path)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 4 and all(model is found[0] for model in found)


# --- repeatable mode's parts


def test_the_no_dither_twin_leaves_the_model_untouched(korean_model, korean_model_path):
    twin = no_dither_twin(korean_model_path.resolve())
    original = (korean_model_path / "conf/mfcc.conf").read_text()
    assert "dither" not in original
    assert (twin / "conf/mfcc.conf").read_text() == original.rstrip("\n") + "\n--dither=0\n"
    assert (twin / "am/final.mdl").resolve() == (korean_model_path / "am/final.mdl").resolve()


def test_a_broken_twin_is_rebuilt(tmp_path, korean_model_path):
    model = tmp_path / "model"
    model.mkdir()
    for part in ("am", "conf", "graph", "ivector"):
        (model / part).symlink_to(korean_model_path / part)
    twin = no_dither_twin(model)
    (twin / "am/final.mdl").unlink()
    assert no_dither_twin(model) == twin
    assert (twin / "am/final.mdl").is_file()


def test_the_fixed_dither_depends_on_position_not_on_chunking():
    pcm = silence(1.0)
    whole = FixedDither()(pcm)
    dither = FixedDither()
    assert b"".join(dither(c) for c in chunks(pcm, 998)) == whole
    assert whole != pcm and FixedDither()(pcm) == whole
