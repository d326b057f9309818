"""mypy finds no error in chalicelib (issue 9): `make test` enforces what `make lint` reports.

Marked `types`: deselect it explicitly with `-m "not types"`; it runs by default."""

import pytest
from mypy import api

from tests.conftest import ROOT

pytestmark = pytest.mark.types


def test_chalicelib_has_no_type_errors():
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"),
                                "--cache-dir", str(ROOT / ".mypy_cache"), str(ROOT / "chalicelib")])
    assert status == 0, out + err
    assert out.startswith("Success: no issues found")
