"""The debtor's page in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Not skippable: without Chromium these tests fail and say to run `make browser-deps`.
"""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from devstack import DevStack
from devstack.server import CHROMIUM, Server, browser
from tests.factories import invoice_body

pytestmark = pytest.mark.browser
SHOTS = Path(__file__).resolve().parents[2] / "var" / "browser"


def at(day):
    return datetime(2026, 11, day, 9, tzinfo=UTC)


@pytest.fixture
def stack():
    with DevStack(now=at(1)) as s:
        yield s


@pytest.fixture
def link(stack):
    t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                            language="fr", timezone="Europe/Paris", iban="FR7630006000011234567890189",
                            bic="AGRIFRPP", contact_phone="+33 1 23 45 67 89", address="12 rue des Lilas\n75011 Paris")
    stack.api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
    for body in (invoice_body(due_on="2026-10-01"),
                 invoice_body(id="inv_900", number="F-2026-0051", total="480.00", due_on="2026-10-20",
                              payment_url=None)):
        assert stack.http.post("/v1/invoices", headers=stack.api, body=json.dumps(body)).status_code == 200
    stack.run(at=at(3))
    mail = stack.outbox()[-1]
    return re.search(r"https://relance\.test(/p/[a-z0-9]+)", mail.get_body(("plain",)).get_content())[1]


@pytest.fixture
def page(stack):
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser-deps`"
    with Server(stack) as srv, sync_playwright() as p:
        b = browser(p)
        ctx = b.new_context(viewport={"width": 360, "height": 740}, locale="fr-FR")
        pg = ctx.new_page()
        # The payment site is elsewhere on the internet: answer for it here.
        pg.route("https://pay.example/**", lambda route: route.fulfill(status=200, content_type="text/html",
                                                                       body="<h1>Payment provider</h1>"))
        pg.base = srv.url
        yield pg
        b.close()


def no_horizontal_scroll(pg) -> bool:
    return pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def state(stack, invoice_id):
    return json.loads(stack.http.get(f"/v1/invoices/{invoice_id}", headers=stack.api).body)["collection"]


def test_debtor_reads_promises_disputes_pays_and_switches_language(stack, link, page):
    page.goto(page.base + link)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    first = page.get_by_role("region", name="Facture F-2026-0042")
    expect(first).to_contain_text("1\u202f200,00\xa0€")
    expect(first).not_to_contain_text("40,00\xa0€")  # a first letter (a reminder) claims no charges
    expect(first).to_contain_text("33 jours de retard")
    expect(page.get_by_role("region", name="Facture F-2026-0051")).to_contain_text("480,00\xa0€")
    assert no_horizontal_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "debtor-360.png"), full_page=True)

    # Promise, keyboard only: focus the summary, open it with Enter, fill, submit with Enter.
    page.get_by_text("Je m'engage à payer à une date précise").focus()
    page.keyboard.press("Enter")
    page.get_by_label("Date de paiement").fill("2026-11-20")
    assert no_horizontal_scroll(page)
    page.get_by_role("button", name="Enregistrer mon engagement").press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Votre engagement de paiement est enregistré")
    expect(first).to_contain_text("Paiement annoncé pour le 20 novembre 2026")
    assert state(stack, "inv_812")["state"] == "promised"
    confirm = stack.outbox()[-1]
    assert confirm["To"] == "compta@martin.fr" and "Votre engagement de règlement" in confirm["Subject"]
    assert "20 novembre 2026" in confirm.get_body(("plain",)).get_content()

    # Dispute one invoice only.
    page.get_by_text("Je conteste une facture").click()
    form = page.locator("form[action$='/dispute']")
    form.get_by_label(re.compile("F-2026-0042")).uncheck()
    form.get_by_label("Motif de la contestation").fill("Prestation non réalisée")
    form.get_by_role("button", name="Envoyer ma contestation").click()
    expect(page.get_by_role("status")).to_contain_text("Votre contestation nous a été transmise")
    assert state(stack, "inv_900")["state"] == "disputed" and state(stack, "inv_812")["state"] == "promised"

    # A friendly message, not an error page, for a bad date.
    page.get_by_text("J'ai déjà payé").click()
    page.get_by_label("Date du paiement").fill("2026-12-24")
    page.get_by_role("button", name="Signaler mon paiement").click()
    expect(page.get_by_role("alert")).to_contain_text("ne peut pas être postérieure")
    expect(page.get_by_label("Date du paiement")).to_have_attribute("aria-invalid", "true")
    assert no_horizontal_scroll(page)

    # Pay: the redirect to the invoice's payment page.
    page.goto(page.base + link)
    page.get_by_role("link", name=re.compile("Payer en ligne")).click()
    expect(page).to_have_url("https://pay.example/inv_812")
    clicks = json.loads(stack.http.get("/v1/invoices/inv_812", headers=stack.api).body)["timeline"]
    assert [e["type"] for e in clicks].count("link_clicked") == 1

    # Switch language.
    page.goto(page.base + link)
    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your invoices awaiting payment")
    expect(page.get_by_role("region", name="Invoice F-2026-0042")).to_contain_text("€1,200.00")
    assert no_horizontal_scroll(page)


def test_transfer_page_fits_a_small_phone(stack, link, page):
    # The 0051 invoice has no payment URL: the firm's bank details and an EPC QR code instead.
    page.goto(page.base + link)
    page.get_by_role("link", name=re.compile("Payer par virement")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Payer par virement")
    expect(page.locator("main")).to_contain_text("FR76 3000 6000 0112 3456 7890 189")
    expect(page.locator("figure svg")).to_be_visible()
    assert no_horizontal_scroll(page)
    page.screenshot(path=str(SHOTS / "transfer-360.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.go_back()
    page.screenshot(path=str(SHOTS / "debtor-desktop.png"), full_page=True)
