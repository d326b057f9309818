"""More of the cockpit in real headless Chromium: the dashboard's figures are those of GET /v1/metrics, a payment
recorded from the invoice page, the IBAN set in Settings reaching the debtor's transfer page and its EPC QR code,
and another tenant's session refused everywhere."""

import json
import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import segno
from playwright.sync_api import expect, sync_playwright

from chalicelib.services.pages import epc_payload
from devstack import DevStack
from devstack.server import CHROMIUM, Server, browser
from tests.factories import invoice_body

pytestmark = pytest.mark.browser
OWNER = "marie@atelier-dupont.fr"
OTHER = "paul@garage-durand.fr"


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def stack():
    with DevStack(now=at(11, 1)) as s:
        yield s


def tenant(stack, name, sender, email, **extra):
    t = stack.create_tenant(name=name, sender=sender, jurisdiction="FR", language="fr", timezone="Europe/Paris",
                            **extra)
    stack.add_user(t["tenant_id"], email, "owner")
    return t, {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}


def post(stack, api, path, body):
    r = stack.http.post(path, headers=api, body=json.dumps(body))
    assert r.status_code in (200, 201), r.body
    return json.loads(r.body)


def get(stack, api, path):
    r = stack.http.get(path, headers=api)
    assert r.status_code == 200, r.body
    return json.loads(r.body)


@pytest.fixture
def chromium(stack):
    """One server, one context, one page."""
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser-deps`"
    with Server(stack) as srv, sync_playwright() as p:
        b = browser(p)
        page = b.new_context(viewport={"width": 360, "height": 740}, locale="fr-FR").new_page()
        # the cockpit has no icon: answer Chromium at once rather than through the app
        page.route("**/favicon.ico", lambda route: route.fulfill(status=404, body=""))
        page.base = srv.url
        yield page
        b.close()


def sign_in(stack, page, email=OWNER):
    page.goto(page.base + "/app/login")
    page.fill("#email", email)
    page.click("button[type=submit] >> text=Recevoir le lien")
    expect(page.locator("main")).to_contain_text("lien de connexion vient")
    mail = stack.outbox()[-1]
    assert mail["To"] == email
    link = re.findall(r"https://relance\.test(/app/login/\S+)", mail.get_body(("plain",)).get_content())[0]
    page.goto(page.base + link)
    page.click("button:has-text(\"Se connecter\")")
    expect(page.locator("h1")).to_have_text("Tableau de bord")


def figure(text: str) -> Decimal | None:
    """A figure as the French page shows it ("1 200,00 €", "18,0 j", "73,3 %", "1,00", "—") as a number."""
    text = text.strip()
    if text == "—":
        return None
    digits = re.sub(r"[^\d,\-]", "", text).replace(",", ".")
    assert digits, text
    return Decimal(digits)


def api_figure(value) -> Decimal | None:
    return None if value is None else Decimal(value)


# 1. the dashboard's figures are those of GET /v1/metrics


def test_dashboard_figures_equal_the_metrics_api_for_the_chosen_period(stack, chromium):
    page = chromium
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", OWNER)
    post(stack, api, "/v1/invoices", invoice_body(id="a", number="F-1", total="1000.00", issued_on="2026-10-01",
                                                  due_on="2026-10-31"))
    post(stack, api, "/v1/invoices", invoice_body(id="b", number="F-2", total="500.00", issued_on="2026-10-15",
                                                  due_on="2026-11-14", customer_id="c_2", email="b@client.test"))
    post(stack, api, "/v1/invoices", invoice_body(id="c", number="F-3", total="2345.60", issued_on="2026-08-01",
                                                  due_on="2026-09-01", customer_id="c_3", email="c@client.test"))
    post(stack, api, "/v1/invoices", invoice_body(id="d", number="F-4", total="300.00", issued_on="2026-11-10",
                                                  due_on="2026-12-10", customer_id="c_4", email="d@client.test"))
    stack.run(at(11, 3))  # a reminder names a, another c (two months late)
    stack.now = at(11, 20)
    post(stack, api, "/v1/invoices/a/payments", {"amount": "1000.00", "paid_on": "2026-11-18"})
    post(stack, api, "/v1/invoices/b/payments", {"amount": "100.00", "paid_on": "2026-11-19"})
    m = get(stack, api, "/v1/metrics?from=2026-11-01&to=2026-11-20")
    # the scenario is not a trivial one: every figure compared below has a value
    assert Decimal(m["overdue"]) > 0 and Decimal(m["aging"]["d61_90"]) > 0 and Decimal(m["aging"]["not_due"]) > 0
    for k in ("dso_countback", "average_days_late", "recovery_rate", "cei", "reminders_per_paid_invoice"):
        assert m[k] is not None, k

    sign_in(stack, page)
    page.fill("#from", "2026-11-01")
    page.fill("#to", "2026-11-20")
    page.get_by_role("button", name="Afficher").click()
    expect(page).to_have_url(re.compile(r"from=2026-11-01&to=2026-11-20"))
    expect(page.locator(".dashboard .hint").first).to_have_text("Du 1er novembre 2026 au 20 novembre 2026")
    kpis = {li.locator("span").inner_text().strip(): li.locator("b").inner_text()
            for li in page.locator(".dashboard li.kpi").all()}
    labels = {"outstanding": "Encours", "overdue": "Échu", "dso_countback": "DSO (méthode par épuisement)",
              "average_days_late": "Retard moyen de paiement", "average_days_to_pay": "Délai moyen de paiement",
              "recovery_rate": "Taux de recouvrement", "cei": "Efficacité du recouvrement (CEI)",
              "reminders_per_paid_invoice": "Relances par facture payée"}
    for key, label in labels.items():
        assert figure(kpis[label]) == api_figure(m[key]), (key, kpis[label], m[key])
    assert kpis["Encours"].endswith("€") and "," in kpis["Taux de recouvrement"]
    assert kpis["Taux de recouvrement"].rstrip().endswith("%")

    aging_rows = {r.locator("th").inner_text().strip(): r.locator("td").inner_text()
                  for r in page.locator(".dashboard .card table").first.locator("tr").all()}
    aging_labels = {"not_due": "Non échu", "d1_30": "1 à 30 jours", "d31_60": "31 à 60 jours",
                    "d61_90": "61 à 90 jours", "d90_plus": "Plus de 90 jours"}
    for key, label in aging_labels.items():
        assert figure(aging_rows[label]) == Decimal(m["aging"][key]), (key, aging_rows[label])
    assert sum(Decimal(v) for v in m["aging"].values()) == Decimal(m["outstanding"])
    # the browser's session reads the same JSON as the key, for the same period
    dash = page.url
    r = page.goto(page.base + "/v1/metrics?from=2026-11-01&to=2026-11-20")
    assert r.status == 200 and r.json() == m
    page.goto(dash)

    # another period: the page follows the API again
    page.fill("#from", "2026-10-01")
    page.fill("#to", "2026-10-31")
    page.get_by_role("button", name="Afficher").click()
    m2 = get(stack, api, "/v1/metrics?from=2026-10-01&to=2026-10-31")
    kpis = {li.locator("span").inner_text().strip(): li.locator("b").inner_text()
            for li in page.locator(".dashboard li.kpi").all()}
    for key, label in labels.items():
        assert figure(kpis[label]) == api_figure(m2[key]), (key, kpis[label], m2[key])
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


# 2. a payment recorded from the invoice page


def test_record_a_payment_from_the_invoice_page(stack, chromium):
    page = chromium
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", OWNER)
    post(stack, api, "/v1/invoices", invoice_body(due_on="2026-10-01"))
    sign_in(stack, page)
    page.goto(page.base + "/app/invoices/inv_812")
    expect(page.locator("#amount-due")).to_have_text("1\u202f200,00\xa0€")
    form = page.locator("form[action$='/inv_812/payment']")
    form.get_by_label("Montant").fill("200,00")
    form.get_by_label("Date").fill("2026-10-30")
    form.get_by_label("Moyen").select_option("cheque")
    form.get_by_role("button", name="Enregistrer").click()
    expect(page).to_have_url(re.compile(r"/app/invoices/inv_812"))
    expect(page.locator("#amount-due")).to_have_text("1\u202f000,00\xa0€")
    expect(page.locator("#timeline")).to_contain_text("payment_recorded")
    inv = get(stack, api, "/v1/invoices/inv_812")
    assert inv["amount_due"] == "1000.00" and inv["status"] == "open"
    paid = [e for e in inv["timeline"] if e["type"] == "payment_recorded"]
    assert len(paid) == 1

    # the rest: the invoice is paid, and the page says so
    form = page.locator("form[action$='/inv_812/payment']")
    form.get_by_label("Montant").fill("1 000,00")
    form.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#amount-due")).to_have_text("0,00\xa0€")
    expect(page.locator("h1 .badge")).to_have_text("Payée")
    expect(page.locator("form[action$='/inv_812/payment']")).to_have_count(0)
    inv = get(stack, api, "/v1/invoices/inv_812")
    assert inv["amount_due"] == "0.00" and inv["status"] == "paid"
    assert inv["collection"]["state"] == "done"  # nothing more to collect: no letter will name it

    # a bad amount: the page says why, and nothing is written
    post(stack, api, "/v1/invoices", invoice_body(id="inv_2", number="F-2", due_on="2026-10-05"))
    page.goto(page.base + "/app/invoices/inv_2")
    before = len(get(stack, api, "/v1/invoices/inv_2")["timeline"])
    form = page.locator("form[action$='/inv_2/payment']")
    form.get_by_label("Montant").fill("douze")
    form.get_by_role("button", name="Enregistrer").click()
    expect(page.locator("#p-amount")).to_have_attribute("aria-invalid", "true")
    assert len(get(stack, api, "/v1/invoices/inv_2")["timeline"]) == before
    assert get(stack, api, "/v1/invoices/inv_2")["amount_due"] == "1200.00"


# 3. the IBAN set in Settings reaches the debtor's transfer page and its EPC QR code


def test_iban_set_in_settings_is_on_the_transfer_page_and_in_its_qr(stack, chromium):
    page = chromium
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", OWNER, iban="FR7630006000011234567890189",
                    bic="AGRIFRPP")
    post(stack, api, "/v1/invoices", invoice_body(id="inv_900", number="F-2026-0051", total="480.00",
                                                  due_on="2026-10-20", payment_url=None))
    stack.run(at(11, 3))
    letter = stack.outbox()[-1]
    link = re.search(r"https://relance\.test(/p/[a-z0-9]+)", letter.get_body(("plain",)).get_content())[1]

    sign_in(stack, page)
    page.goto(page.base + "/app/settings")
    page.fill("#bank\\.iban", "DE89 3704 0044 0532 0130 00")
    page.fill("#bank\\.bic", "COBADEFFXXX")
    page.click("form[action$='/settings/bank'] button")
    expect(page.get_by_role("status")).to_contain_text("Enregistré")
    tn = stack.store.get_tenant(t["tenant_id"])
    assert (tn.iban, tn.bic) == ("DE89370400440532013000", "COBADEFFXXX")

    # the debtor's page, from the letter: the transfer page shows the new IBAN
    page.goto(page.base + link)
    with page.expect_response(lambda r: "/pay" in r.url) as resp:
        page.get_by_role("link", name=re.compile("Payer par virement")).click()
    raw = resp.value.text()
    expect(page.get_by_role("heading", level=1)).to_have_text("Payer par virement")
    main = page.locator("main")
    expect(main).to_contain_text("DE89 3704 0044 0532 0130 00")
    expect(main).not_to_contain_text("FR76 3000")
    expect(main).to_contain_text("COBADEFFXXX")
    expect(main).to_contain_text("480,00\xa0€")
    qr = page.locator("figure svg")
    expect(qr).to_be_visible()

    # the QR code is segno's drawing of the EPC payload carrying the new IBAN, BIC and the amount
    payload = epc_payload("Atelier Dupont", "DE89370400440532013000", "COBADEFFXXX", Decimal("480.00"),
                          "F-2026-0051")
    lines = payload.split("\n")
    assert lines[4:7] == ["COBADEFFXXX", "Atelier Dupont", "DE89370400440532013000"] and lines[7] == "EUR480.00"
    expected = segno.make(payload, error="m", micro=False, encoding="utf-8").svg_inline(scale=4, border=4,
                                                                                      title=None)
    assert expected in raw
    # the same drawing in the browser: the path Chromium parsed is the one segno draws for that payload
    drawn = qr.locator("path").first.get_attribute("d")
    assert drawn and drawn == re.search(r'<path[^>]* d="([^"]+)"', expected)[1]
    # and not the old IBAN's
    old = segno.make(epc_payload("Atelier Dupont", "FR7630006000011234567890189", "AGRIFRPP", Decimal("480.00"),
                                 "F-2026-0051"), error="m", micro=False, encoding="utf-8").svg_inline(
        scale=4, border=4, title=None)
    assert old not in raw
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


# 4. another tenant's session refused


def test_another_tenants_session_is_refused_in_the_browser(stack, chromium):
    page = chromium
    ta, api_a = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", OWNER)
    tb, api_b = tenant(stack, "Garage Durand", "relances@garage-durand.fr", OTHER)
    post(stack, api_a, "/v1/invoices", invoice_body(due_on="2026-10-01"))
    post(stack, api_b, "/v1/invoices", invoice_body(id="inv_other", number="G-1", customer_id="c_other",
                                                    email="client@durand.test", due_on="2026-12-01"))
    stack.run(at(11, 3))  # a letter to A's debtor
    letters = get(stack, api_a, "/v1/customers/c_19/letters")["letters"]
    assert letters, "A's debtor got a letter"
    letter_id = letters[0]["id"]
    assert stack.http.get(f"/v1/letters/{letter_id}/raw", headers=api_a).status_code == 200
    tid = ta["tenant_id"]
    before = (stack.store.get_invoice(tid, "inv_812"), len(stack.store.timeline(tid, "inv_812")))

    sign_in(stack, page, OTHER)
    for path in ("/app/invoices/inv_812", "/app/debtors/c_19", f"/v1/letters/{letter_id}/raw"):
        r = page.goto(page.base + path)
        assert r.status in (401, 403, 404), (path, r.status)
        body = r.text()
        assert "F-2026-0042" not in body and "compta@martin.fr" not in body and "SARL Martin" not in body, path
    expect(page.locator("body")).not_to_contain_text("F-2026-0042")
    page.goto(page.base + "/app/invoices")
    expect(page.locator("main")).to_contain_text("G-1")
    expect(page.locator("main")).not_to_contain_text("F-2026-0042")

    # an action form of B's own invoice, pointed at A's invoice (with B's valid CSRF token): refused
    page.goto(page.base + "/app/invoices/inv_other")
    for action in ("void", "payment"):
        page.locator(f"form[action$='/inv_other/{action}']").evaluate(
            "f => f.setAttribute('action', f.getAttribute('action').replace('inv_other', 'inv_812'))")
        form = page.locator(f"form[action$='/inv_812/{action}']")
        if action == "payment":
            form.locator("input[name=amount]").fill("1200,00")
        with page.expect_response(lambda resp: resp.request.method == "POST") as resp:
            form.locator("button[type=submit]").click()
        assert resp.value.status in (403, 404), (action, resp.value.status)
        page.goto(page.base + "/app/invoices/inv_other")
    # A's data unchanged, and B's invoice untouched too
    assert (stack.store.get_invoice(tid, "inv_812"), len(stack.store.timeline(tid, "inv_812"))) == before
    a = get(stack, api_a, "/v1/invoices/inv_812")
    assert a["status"] == "open" and a["amount_due"] == "1200.00"
    assert get(stack, api_b, "/v1/invoices/inv_other")["status"] == "open"
