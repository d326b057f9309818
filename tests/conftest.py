import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _corpora() -> Path:
    # CI clones the repo with shared/ beside it; RELANCE_CORPORA overrides for other layouts.
    env = os.environ.get("RELANCE_CORPORA")
    path = Path(env) if env else ROOT.parent / "shared" / "corpora"
    if not path.is_dir():
        raise RuntimeError(f"third-party corpora not found at {path}: set RELANCE_CORPORA")
    return path


@pytest.fixture(scope="session")
def corpora() -> Path:
    return _corpora()
