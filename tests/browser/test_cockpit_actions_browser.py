"""Cockpit actions in real headless Chromium: to-do actions, CSV download, CSRF and sign-in links refused."""

import csv
import io
import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect, sync_playwright

from chalicelib.adapters.store import WriteBatch
from chalicelib.core.records import Event
from devstack import DevStack
from devstack.server import CHROMIUM, Server, browser
from tests.factories import invoice_body

pytestmark = pytest.mark.browser
OWNER = "marie@atelier-dupont.fr"


@pytest.fixture
def setup():
    with DevStack(now=datetime(2026, 11, 3, 9, tzinfo=UTC)) as stack:
        t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                                language="fr", timezone="Europe/Paris")
        stack.add_user(t["tenant_id"], OWNER, "owner")
        api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
        for body in (invoice_body(due_on="2026-10-01"),
                     invoice_body(id="inv_2", number="=1+1", total="1234.50", due_on="2026-10-05")):
            assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(body)).status_code == 200
        assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser-deps`"
        with Server(stack) as srv, sync_playwright() as p:
            b = browser(p)
            page = b.new_context(viewport={"width": 360, "height": 740}, accept_downloads=True).new_page()
            yield stack, srv, page, t, api
            b.close()


def sign_in(stack, srv, page) -> str:
    page.goto(srv.url + "/app/login")
    page.fill("#email", OWNER)
    page.click("button[type=submit] >> text=Recevoir le lien")
    link = re.findall(r"https://relance\.test(/app/login/\S+)", stack.outbox()[-1].get_body(("plain",)).get_content())[0]
    page.goto(srv.url + link)
    page.click("button:has-text(\"Se connecter\")")
    expect(page.locator("h1")).to_have_text("Tableau de bord")
    return link


def open_item(stack, tid, inv, etype, detail, eid):
    stack.store.write(WriteBatch(events=[Event(tid, inv, stack.now, etype, eid, detail, "email")]))
    return f"#item-todo_{eid}"


def test_approve_promise_resolve_dispute_apply_contact_change(setup):
    stack, srv, page, t, api = setup
    tid = t["tenant_id"]
    promise = open_item(stack, tid, "inv_812", "approval_needed", {"promise_date": "2027-01-20", "limit_days": 30}, "p1")
    stack.http.post("/v1/invoices/inv_2/dispute", headers=api, body=json.dumps({"reason": "cartons manquants"}))
    dispute = open_item(stack, tid, "inv_2", "dispute_opened", {"reason": "cartons manquants"}, "d1")
    contact = open_item(stack, tid, "inv_812", "reply_received",
                        {"intent": "contact_change", "new_email": "factures@martin.fr", "excerpt": "écrivez à"}, "c1")
    sign_in(stack, srv, page)
    page.goto(srv.url + "/app/todo")
    page.locator(promise).get_by_role("button", name="Approuver").click()
    expect(page.get_by_role("status")).to_contain_text("Promesse approuvée")
    expect(page.locator(promise)).to_have_count(0)
    c = stack.store.get_invoice(tid, "inv_812").collection
    assert c.state == "promised" and c.promise_date.isoformat() == "2027-01-20"
    page.locator(dispute).get_by_role("button", name="Reprendre les relances").click()
    expect(page.get_by_role("status")).to_contain_text("Relances reprises")
    assert stack.store.get_invoice(tid, "inv_2").collection.state == "active"
    page.locator(contact).get_by_role("button", name="Appliquer").click()
    expect(page.get_by_role("status")).to_contain_text("Nouvelle adresse appliquée")
    assert {stack.store.get_invoice(tid, i).snapshot.customer.email for i in ("inv_812", "inv_2")} == \
        {"factures@martin.fr"}
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_csv_export_downloads_a_french_spreadsheet_file(setup):
    stack, srv, page, t, api = setup
    sign_in(stack, srv, page)
    page.goto(srv.url + "/app/invoices")
    with page.expect_download() as dl:
        page.locator("a[href*='export.csv']").first.click()
    raw = Path(dl.value.path()).read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Numéro", "Client", "E-mail"] and "Reste dû" in rows[0]
    by_number = {r[0]: r for r in rows[1:]}
    assert "'=1+1" in by_number and "=1+1" not in by_number  # a formula cell is neutralised
    assert "1234,50" in by_number["'=1+1"] and "1200,00" in by_number["F-2026-0042"]


def test_missing_csrf_token_and_reused_or_expired_link_refused(setup):
    stack, srv, page, t, api = setup
    tid = t["tenant_id"]
    link = sign_in(stack, srv, page)
    # the link worked once: opened again it is refused
    r = page.goto(srv.url + link)
    assert r.status == 410
    # a form whose CSRF token is removed is refused, and nothing is written
    page.goto(srv.url + "/app/invoices/inv_812")
    before = len(stack.store.timeline(tid, "inv_812"))
    form = page.locator("form[action$='/inv_812/payment']")
    form.locator("input[name=csrf]").evaluate("e => e.remove()")
    form.locator("input[name=amount]").fill("100,00")
    with page.expect_response(lambda resp: resp.request.method == "POST") as resp:
        form.locator("button[type=submit]").click()
    assert resp.value.status == 403
    assert len(stack.store.timeline(tid, "inv_812")) == before
    # an expired link: 16 minutes later it is refused (same page: the local server takes one connection)
    page.goto(srv.url + "/app/login")
    page.fill("#email", OWNER)
    page.click("button[type=submit] >> text=Recevoir le lien")
    late = re.findall(r"https://relance\.test(/app/login/\S+)", stack.outbox()[-1].get_body(("plain",)).get_content())[0]
    stack.now = datetime(2026, 11, 3, 9, 16, tzinfo=UTC)
    assert page.goto(srv.url + late).status == 410
