"""Every letter stage, in both languages, opened in real Chromium at 360 px: nothing cut, no horizontal scroll.
Screenshots go to var/browser/emails/ for a person to look at."""

from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from chalicelib.adapters.render import STAGES, Renderer, sample_context
from devstack.server import browser

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[2] / "var" / "browser" / "emails"
CASES = [(stage, lang, jur, kind) for stage in STAGES for lang, jur in (("fr", "FR"), ("en", "GB"))
         for kind in ("business", "consumer")]


@pytest.fixture(scope="module")
def page():
    with sync_playwright() as p:
        b = browser(p)
        pg = b.new_context(viewport={"width": 360, "height": 740}).new_page()
        yield pg
        b.close()


@pytest.mark.parametrize(("stage", "lang", "jurisdiction", "kind"), CASES)
def test_every_stage_reads_at_360px(page, stage, lang, jurisdiction, kind):
    ctx = sample_context(stage, lang, kind, jurisdiction, count=2)
    out = Renderer().reminder(ctx)
    page.set_content(out.html)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "horizontal scroll at 360 px"
    widest = page.evaluate("Math.max(...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right))")
    assert widest <= 360, f"an element ends at {widest}px"
    for inv in ctx["invoices"] + ctx["others"]:
        assert page.get_by_text(f"{'Facture' if lang == 'fr' else 'Invoice'} {inv['number']}").first.is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{lang}-{kind}-{STAGES.index(stage)}-{stage}.png"), full_page=True)


@pytest.mark.parametrize(("stage", "lang", "jurisdiction", "kind"), CASES)
def test_the_plain_text_part_stays_aligned(stage, lang, jurisdiction, kind):
    out = Renderer().reminder(sample_context(stage, lang, kind, jurisdiction, count=2))
    lines = out.text.splitlines()
    for i, line in enumerate(lines):
        assert not line.startswith((" -", "   ")) or line.startswith("  - "), f"misaligned: {line!r}"
        assert line == line.rstrip(), f"trailing space on line {i}"
    details = [ln for ln in lines if ln.startswith("  - ")]
    charged = stage in ("firm", "formal_notice", "final_notice", "repeat") and kind == "business"
    assert bool(details) == charged or stage == "final_notice"
