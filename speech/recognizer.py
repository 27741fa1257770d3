"""Speech to text with Vosk: one shared model, one recognizer per stream.

Vosk 0.3.45 has no endpointer API: an utterance ends when the model's
`conf/model.conf` rules see enough trailing silence (`--endpoint.rule2/3/4...`).
Times are seconds from the start of the stream fed to the recognizer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from speech.errors import ModelError
from speech.vosk_model import RUNTIME_GRAPH, check_model_folder, has_runtime_graph, load_model

__all__ = ["Recognizer", "Utterance", "Word", "load_model", "transcribe"]


@dataclass(frozen=True)
class Word:
    word: str
    start: float  # seconds from the start of the stream
    end: float  # seconds
    conf: float  # 0..1, Vosk's posterior for this word


@dataclass(frozen=True)
class Utterance:
    text: str
    words: tuple[Word, ...]
    confidence: float  # mean of the words' conf
    start: float  # seconds from the start of the stream
    end: float  # seconds


class Recognizer:
    """One Vosk recognizer for one audio stream of int16 mono at `rate` Hz.

    `repeatable=True` gives the same words on every run of the same audio (see
    `speech.repeatable`); meant for tests, it uses a second model in memory.
    `grammar` limits recognition to these phrases (add "[unk]" to let anything else
    through as "[unk]"); it needs a model with a runtime graph (graph/HCLr.fst and
    graph/Gr.fst) and raises ModelError for one without, rather than being ignored.
    Words the model does not know are dropped from the grammar by Vosk, silently.
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str],
        rate: int = 16000,
        repeatable: bool = False,
        grammar: list[str] | None = None,
    ) -> None:
        import vosk

        if rate <= 0:
            raise ValueError(f"rate must be a positive number of Hertz, got {rate}")
        folder = check_model_folder(model_path)
        if grammar is not None and not has_runtime_graph(folder):
            raise ModelError(
                f"a grammar needs a model with {' and '.join(RUNTIME_GRAPH)}; "
                f"{folder} has only a static graph, so it cannot take one"
            )
        if grammar is not None and not grammar:
            raise ValueError("grammar must list at least one phrase, or be None for no limit")
        model = load_model(folder, repeatable=repeatable)
        args: tuple[Any, ...] = (model, float(rate))
        if grammar is not None:
            args += (json.dumps(grammar, ensure_ascii=False),)
        self._kaldi = vosk.KaldiRecognizer(*args)
        self._kaldi.SetWords(True)
        self.rate = rate
        self._dither = None
        if repeatable:
            from speech.repeatable import FixedDither

            self._dither = FixedDither()

    def feed(self, chunk: bytes) -> Utterance | None:
        """Take the next int16 mono chunk; return an utterance if Vosk just ended one."""
        if len(chunk) % 2:
            raise ValueError(f"a chunk of int16 samples has an even length, got {len(chunk)}")
        if self._dither is not None:
            chunk = self._dither(chunk)
        if self._kaldi.AcceptWaveform(chunk):
            return _utterance(self._kaldi.Result())
        return None

    def partial(self) -> str:
        """The words of the utterance in progress, for live display."""
        partial: str = json.loads(self._kaldi.PartialResult()).get("partial", "")
        return partial

    def flush(self) -> Utterance | None:
        """End the utterance in progress (end of input); feeding may continue after it."""
        return _utterance(self._kaldi.FinalResult())


def transcribe(
    chunks: Iterable[bytes], recognizer: Recognizer, on_partial: Callable[[str], None] | None = None
) -> Iterator[Utterance]:
    """Each utterance as soon as Vosk ends it, then the last one at the end of input.

    `on_partial` gets the utterance in progress each time its text changes.
    Utterances with no words (silence, noise) are not yielded.
    """
    shown = ""
    for chunk in chunks:
        utterance = recognizer.feed(chunk)
        if utterance is not None:
            shown = ""
            yield utterance
        elif on_partial is not None:
            text = recognizer.partial()
            if text != shown:
                shown = text
                on_partial(text)
    utterance = recognizer.flush()
    if utterance is not None:
        yield utterance


def _utterance(result_json: str) -> Utterance | None:
    result = json.loads(result_json)
    text = result.get("text", "").strip()
    if not text:
        return None
    words = tuple(
        Word(w["word"], w["start"], w["end"], w["conf"]) for w in result.get("result", ())
    )
    if not words:  # only with SetWords(False); kept total for safety
        return Utterance(text, (), 0.0, 0.0, 0.0)
    confidence = sum(w.conf for w in words) / len(words)
    return Utterance(text, words, confidence, words[0].start, words[-1].end)
