from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Third-party fixtures live in the repo (licences and SOURCES.tsv beside them): a bare clone tests itself.
THIRD_PARTY = ROOT / "tests" / "fixtures" / "third_party"


@pytest.fixture(scope="session")
def corpora() -> Path:
    return THIRD_PARTY


@pytest.fixture(autouse=True)
def _no_log_ids_from_another_test():
    # Service tests call services directly, outside a handler's fresh log context: their ids must not
    # reach the next test's lines (in Lambda every entry point starts one, chalicelib.log.invocation).
    from chalicelib import log

    token = log._context.set(log._NOTHING)
    yield
    log._context.reset(token)
