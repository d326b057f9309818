"""A lazily loaded module is the module itself once touched (what the cold start leaves out still works)."""

import subprocess
import sys
from pathlib import Path

from chalicelib.lazy import LazyModule

ROOT = Path(__file__).resolve().parents[2]


def test_a_lazy_module_loads_on_first_use_and_gives_its_names():
    lazy = LazyModule("chalicelib.core.money")
    assert lazy._module is None
    from chalicelib.core import money

    assert lazy.__name__ == "chalicelib.core.money" and lazy._module is money


def test_import_app_leaves_the_engine_and_the_pages_for_their_routes():
    code = ("import sys, app; print(sorted(m for m in ('chalicelib.services.dunning', 'chalicelib.services.pages', "
            "'chalicelib.services.cockpit', 'chalicelib.services.letters') if m in sys.modules)); "
            "app.dunning.daily_run; print('chalicelib.services.dunning' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert run.stdout.split("\n")[:2] == ["[]", "True"], run.stdout + run.stderr
