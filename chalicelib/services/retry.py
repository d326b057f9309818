"""Optimistic writes: read, decide, write with the versions read; on a VersionConflict, all over again."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from chalicelib.adapters.store import VersionConflict
from chalicelib.core.errors import Conflict

T = TypeVar("T")
ATTEMPTS = 5


class StillConflicting(Conflict):
    """Every attempt met a concurrent write (409). Not a VersionConflict: an outer retry does not retry it."""

    def __init__(self, what: str, attempts: int):
        super().__init__(f"the {what} is changing too fast; retry", {})
        self.attempts = attempts


def on_conflict(attempt: Callable[[], T], what: str, attempts: int = ATTEMPTS) -> T:
    """`attempt()` must read afresh each time: only a VersionConflict is retried, any other error goes out."""
    for _ in range(attempts):
        try:
            return attempt()
        except VersionConflict:
            continue
    raise StillConflicting(what, attempts)
