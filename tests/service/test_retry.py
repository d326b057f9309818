"""The one optimistic-retry helper: retries a version conflict, gives up with one error, lets others through."""

import pytest

from chalicelib.adapters.memory import MemoryStore
from chalicelib.adapters.store import AlreadyDone, VersionConflict, WriteBatch
from chalicelib.core.errors import Conflict, NotFound
from chalicelib.core.records import Customer
from chalicelib.services.retry import ATTEMPTS, StillConflicting, on_conflict


class Flaky:
    def __init__(self, conflicts: int, error: Exception | None = None):
        self.conflicts, self.error, self.calls = conflicts, error, 0

    def __call__(self) -> str:
        self.calls += 1
        if self.error:
            raise self.error
        if self.calls <= self.conflicts:
            raise VersionConflict("invoice")
        return "written"


def test_a_conflict_is_retried_until_an_attempt_goes_through():
    attempt = Flaky(conflicts=ATTEMPTS - 1)
    assert on_conflict(attempt, "invoice") == "written" and attempt.calls == ATTEMPTS


def test_it_gives_up_after_n_attempts_with_the_one_error_a_409():
    attempt = Flaky(conflicts=99)
    with pytest.raises(StillConflicting) as caught:
        on_conflict(attempt, "tenant", attempts=3)
    assert attempt.calls == 3 and caught.value.attempts == 3
    assert isinstance(caught.value, Conflict) and caught.value.status == 409
    assert not isinstance(caught.value, VersionConflict)  # an outer retry does not start all over again
    assert caught.value.message == "the tenant is changing too fast; retry"


@pytest.mark.parametrize("error", [NotFound("no such invoice"), AlreadyDone("mark"), RuntimeError("boom"),
                                   StillConflicting("invoice", 5)])
def test_any_other_error_goes_out_at_the_first_attempt(error):
    attempt = Flaky(conflicts=0, error=error)
    with pytest.raises(type(error)):
        on_conflict(attempt, "invoice")
    assert attempt.calls == 1


def test_a_write_that_lost_a_race_reads_again_and_wins_on_the_store():
    store = MemoryStore()
    store.write(WriteBatch(customers=[Customer("t_1", "c_1")]))
    stale = store.get_customer("t_1", "c_1")
    reads = []

    def attempt():
        current = stale if not reads else store.get_customer("t_1", "c_1")
        reads.append(current.version)
        store.write(WriteBatch(customers=[current]))

    store.write(WriteBatch(customers=[stale]))  # someone else wrote meanwhile
    on_conflict(attempt, "customer")
    assert reads == [1, 2] and store.get_customer("t_1", "c_1").version == 3
