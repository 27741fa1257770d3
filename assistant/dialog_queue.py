"""One dialog at a time: scheduled jobs queue requests, one worker thread voices them.

So the service never talks over itself or over the person. A request that waited past
its grace behind a long dialog, or that is still queued at shutdown, is handed back as
missed (an agenda read out after the session began helps no one).
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.tables import JOB_KINDS

# (kind, target id, when it was due)
Missed = tuple[str, int, datetime]

log = logging.getLogger("sessionmate.service")


@dataclass(frozen=True)
class DialogRequest:
    kind: str  # one of JOB_KINDS
    target_id: int
    queued_at: datetime

    def __post_init__(self) -> None:
        # A kind we do not know must not quietly become a check-in.
        if self.kind not in JOB_KINDS:
            raise ValueError(f"unknown dialog kind {self.kind!r}; known: {', '.join(JOB_KINDS)}")


class DialogQueue:
    def __init__(
        self,
        run: Callable[[DialogRequest], None],
        record_missed: Callable[[Iterable[Missed]], None],
        *,
        clock: Callable[[], datetime],
        grace_seconds: int,
    ) -> None:
        self._run, self._record_missed = run, record_missed
        self.clock, self.grace = clock, timedelta(seconds=grace_seconds)
        self._queue: queue.Queue[DialogRequest | None] = queue.Queue()
        self._stopping = threading.Event()
        self._worker = threading.Thread(target=self._work, name="sessionmate-dialogs", daemon=True)

    def start(self) -> None:
        self._worker.start()

    def enqueue(self, kind: str, target_id: int) -> None:
        request = DialogRequest(kind, target_id, self.clock())
        if self._stopping.is_set():
            self._record_missed([(kind, target_id, request.queued_at)])
            return
        log.info("queued %s #%d", kind, target_id)
        self._queue.put(request)

    def stop(self, wait_seconds: float) -> int:
        """Refuse new requests, record the unvoiced ones as missed; how many there were."""
        self._stopping.set()
        pending = []
        while True:
            try:
                request = self._queue.get_nowait()
            except queue.Empty:
                break
            if request is not None:
                pending.append(request)
        self._record_missed((r.kind, r.target_id, r.queued_at) for r in pending)
        self._queue.put(None)
        if self._worker.is_alive():
            # Each answer is committed as it is heard; a dialog cut off here loses at most
            # the utterance under way.
            self._worker.join(wait_seconds)
        return len(pending)

    def _work(self) -> None:
        while (request := self._queue.get()) is not None:
            if self.clock() - request.queued_at > self.grace:
                self._record_missed([(request.kind, request.target_id, request.queued_at)])
                log.info("%s #%d went stale in the queue", request.kind, request.target_id)
                continue
            try:
                self._run(request)
            except Exception as err:  # noqa: BLE001 - one failed dialog must not end the rest
                # The type and the frames, not the message: it could quote what was said.
                log.error(
                    "%s #%d failed: %s\n%s",
                    request.kind,
                    request.target_id,
                    type(err).__name__,
                    "".join(traceback.format_tb(err.__traceback__)),
                )
