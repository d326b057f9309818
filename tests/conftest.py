from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Third-party fixtures live in the repo (licences and SOURCES.tsv beside them): a bare clone tests itself.
THIRD_PARTY = ROOT / "tests" / "fixtures" / "third_party"


@pytest.fixture(scope="session")
def corpora() -> Path:
    return THIRD_PARTY
