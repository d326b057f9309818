"""The real deployment package, built once per session for the package and deploy tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from relance_ops import package


@pytest.fixture(scope="session")
def package_workdir():
    # ~40 MB once unzipped: removed at the end rather than left in pytest's kept temp dirs.
    with tempfile.TemporaryDirectory(prefix="relance-package-") as d:
        yield Path(d)


@pytest.fixture(scope="session")
def built_package(package_workdir) -> Path:
    out = package_workdir / "dev"
    package.build("dev", out)
    return out
