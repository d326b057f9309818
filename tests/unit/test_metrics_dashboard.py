"""The dashboard partial and its SVG charts render the figures, in French and English, without script."""

import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from chalicelib.adapters.render import Renderer
from chalicelib.core import charts, metrics
from chalicelib.services.metrics import dashboard_view
from tests.unit.test_metrics import BOOK, EVENTS, FROM, LETTERS, TO, TODAY, aggregate


@pytest.fixture(scope="module")
def figs():
    return metrics.figures(aggregate(BOOK, LETTERS, EVENTS), FROM, TO, TODAY)


def render(figs, language, **extra):
    return Renderer().render("app/_dashboard.html", {**dashboard_view(figs, language), **extra})


def test_french_dashboard_shows_every_figure(figs):
    html = render(figs, "fr")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\u202f", " ").replace("\xa0", " ")
    for expected in ("1 400,00 € Encours", "1 100,00 € Échu", "64,0 j", "5,0 j", "32,5 j", "70,0 %", "50,0 %",
                     "1,00", "Non échu 300,00 €", "Plus de 90 jours 200,00 €", "Client c1",
                     "Du 1er novembre 2026 au 30 novembre 2026"):
        assert expected in text, expected
    assert "<script" not in html and html.count("<svg") == 2
    assert 'href="/app/debtors/c1"' in html


def test_english_dashboard_and_a_debtor_link_prefix(figs):
    html = render(figs, "en", debtor_base="/app/t/debtors/")
    assert "Outstanding" in html and "€1,400.00" in html and "Collected per month" in html
    assert 'href="/app/t/debtors/c2"' in html


def test_empty_figures_render_dashes():
    html = render(metrics.figures({}, FROM, TO, TODAY), "en")
    assert "No debtor is overdue." in html and "—" in html


def test_chart_is_accessible_svg_scaled_by_viewbox():
    svg = charts.bar_chart([("Nov", Decimal("1100"), "€1,100.00"), ("Dec", Decimal("0"), "€0.00"),
                            ("<b>", Decimal("550"), "€550.00")], "Collected", "Per month", "€1,100.00")
    root = ElementTree.fromstring(svg)  # well-formed, labels escaped
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("viewBox") == "0 0 360 200" and root.get("role") == "img"
    assert root.find(f"{ns}title").text == "Collected" and root.find(f"{ns}desc").text == "Per month"
    rects = root.findall(f".//{ns}rect")
    heights = [float(r.get("height")) for r in rects]
    assert heights[1] == 0 and heights[0] == pytest.approx(2 * heights[2])
    assert [t.text for t in root.findall(f".//{ns}g/{ns}text")] == ["Nov", "Dec", "<b>"]
