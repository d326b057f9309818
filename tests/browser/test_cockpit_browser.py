"""The cockpit in real headless Chromium: sign in from the emailed link, act on the to-do list, 360 px."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from devstack import DevStack
from devstack.server import CHROMIUM, Server, browser
from tests.factories import invoice_body

pytestmark = pytest.mark.browser


@pytest.fixture
def setup():
    with DevStack(now=datetime(2026, 11, 3, 9, tzinfo=UTC)) as stack:
        t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                                language="fr", timezone="Europe/Paris")
        stack.add_user(t["tenant_id"], "marie@atelier-dupont.fr", "owner")
        api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
        stack.http.post("/v1/invoices", headers=api, body=json.dumps(invoice_body(due_on="2026-10-01")))
        stack.http.post("/v1/invoices/inv_812/dispute", headers=api, body=json.dumps({"reason": "x"}))
        assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run `make browser-deps`"
        with Server(stack) as srv, sync_playwright() as p:
            b = browser(p)
            page = b.new_context(viewport={"width": 360, "height": 740}).new_page()
            yield stack, srv, page, t
            b.close()


def test_sign_in_from_the_outbox_and_use_the_pages_at_360px(setup):
    stack, srv, page, t = setup
    page.goto(srv.url + "/app/login")
    page.fill("#email", "marie@atelier-dupont.fr")
    page.click("button[type=submit] >> text=Recevoir le lien")
    assert "lien de connexion vient" in page.content()
    link = re.findall(r"https://relance\.test(/app/login/\S+)", stack.outbox()[-1].get_body(("plain",)).get_content())[0]
    page.goto(srv.url + link)
    page.click("button:has-text(\"Se connecter\")")
    assert page.locator("h1").inner_text() == "Tableau de bord"
    for path in ("/app", "/app/todo", "/app/invoices", "/app/invoices/inv_812", "/app/debtors/c_19", "/app/settings",
                 "/app/import"):
        page.goto(srv.url + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
    # set the IBAN: the debtor's transfer page then uses it
    page.goto(srv.url + "/app/settings")
    page.fill("#bank\\.iban", "FR76 3000 6000 0112 3456 7890 189")
    page.fill("#bank\\.bic", "AGRIFRPP")
    page.click("form[action$='/settings/bank'] button")
    page.get_by_text("Enregistré").first.wait_for()  # the POST and redirect may still be loading
    assert "Enregistré" in page.content()
    assert stack.store.get_tenant(t["tenant_id"]).iban == "FR7630006000011234567890189"
    # a bad IBAN is refused with its message
    page.fill("#bank\\.iban", "FR76 3000 6000 0112 3456 7890 188")
    page.click("form[action$='/settings/bank'] button")
    page.get_by_text("IBAN invalide").first.wait_for()
    assert "IBAN invalide" in page.content()
    # the policy preview changes with the form, before anything is saved
    first = page.locator("#plan li").first.inner_text()
    page.fill("#policy\\.stage_heads_up", "")
    page.click("button[value=preview]")
    assert page.locator("#plan li").first.inner_text() != first
    # language switch
    page.goto(srv.url + "/app/invoices?lang=en")
    assert page.locator("h1").inner_text() == "Invoices"
