"""The dashboard partial in real headless Chromium at 360 px: no horizontal scroll, charts drawn and named.

The cockpit's own page includes the partial; here a bare page around it (the partial brings its own styles).
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from chalicelib.adapters.render import Renderer
from chalicelib.core import metrics
from chalicelib.services.metrics import dashboard_view
from devstack.server import CHROMIUM, browser
from tests.unit.test_metrics import BOOK, EVENTS, FROM, LETTERS, TO, TODAY, aggregate

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[2] / "var" / "browser"
PAGE = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Dashboard</title>'
        '<style>body{{margin:0;font:16px/1.5 system-ui,sans-serif;background:#f3f4f6}}'
        'main{{max-width:60rem;margin:0 auto;padding:16px}}</style></head><body><main>{body}</main></body></html>')


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dashboard_fits_360_px(lang):
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser-deps`"
    figs = metrics.figures(aggregate(BOOK, LETTERS, EVENTS), FROM, TO, TODAY)
    html = PAGE.format(lang=lang, body=Renderer().render("app/_dashboard.html", dashboard_view(figs, lang)))
    with sync_playwright() as p:
        b = browser(p)
        pg = b.new_context(viewport={"width": 360, "height": 740}).new_page()
        pg.set_content(html)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        collected = pg.get_by_role("img", name="Encaissé par mois (12 mois)" if lang == "fr"
                                   else "Collected per month (12 months)")
        expect(collected).to_be_visible()
        box = collected.bounding_box()
        assert box["width"] <= 360 and box["height"] > 120  # scaled to the column, still tall enough to read
        expect(pg.get_by_role("heading", level=2)).to_have_text("Tableau de bord" if lang == "fr" else "Dashboard")
        # the values behind a chart, for those who do not see it
        pg.get_by_text("Voir les valeurs" if lang == "fr" else "Show the values").first.click()
        expect(pg.locator("details[open] table")).to_contain_text("1\u202f100,00\xa0€" if lang == "fr" else "€1,100.00")
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / f"dashboard-360-{lang}.png"), full_page=True)
        b.close()
