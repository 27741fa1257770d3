"""The service's log file: ids, kinds and times, owner-only, never what was said or heard."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LOG_NAME = "sessionmate.log"


@contextmanager
def file_log(data_dir: Path) -> Iterator[Path]:
    """Log the service and the scheduler to `sessionmate.log` (owner-only) while open."""
    path = data_dir / LOG_NAME
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    os.chmod(path, 0o600)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # Not speech.*: its debug lines can carry the words being spoken.
    loggers = [logging.getLogger("sessionmate"), logging.getLogger("apscheduler")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    try:
        yield path
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
        handler.close()
