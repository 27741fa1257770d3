"""Counts with the right plural, on screen."""

from __future__ import annotations

import pytest

from assistant.adherence import Adherence
from assistant.wording import counted


@pytest.mark.parametrize(
    ("n", "singular", "shown"),
    [
        (1, "appointment", "1 appointment"),
        (2, "appointment", "2 appointments"),
        (0, "item", "0 items"),
        (1, "scheduled job", "1 scheduled job"),
        (3, "scheduled job", "3 scheduled jobs"),
        (2, "entry", "2 entries"),
        (2, "check-in", "2 check-ins"),
        (1, "day", "1 day"),
        (2, "class", "2 classes"),
    ],
)
def test_counted(n, singular, shown):
    assert counted(n, singular) == shown


def test_adherence_says_none_not_zero():
    assert Adherence(not_done=1).phrase() == "done none of one day"
    assert Adherence(done=1).phrase() == "done one of one day"
    assert Adherence(done=2, partial=1).phrase() == "done two of three days, partly once"
