"""Business time for the handlers. DevStack replays days by setting it; Lambda uses the wall clock."""

from datetime import UTC, datetime

_override = None


def now() -> datetime:
    return _override() if _override else datetime.now(UTC)


def set_source(source) -> None:
    """`source` is a callable returning an aware datetime, or None for the wall clock."""
    global _override
    _override = source
