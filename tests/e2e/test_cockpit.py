"""The cockpit through DevStack: sign-in from the emailed link, every page, actions, and tenants kept apart."""

import json
import re
from datetime import UTC, datetime

import pytest

from devstack import DevStack
from tests.factories import invoice_body

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def at(day, month=11):
    return datetime(2026, month, day, 9, tzinfo=UTC)


@pytest.fixture
def stack():
    with DevStack(now=at(1)) as s:
        yield s


def tenant(stack, name, sender, email):
    t = stack.create_tenant(name=name, sender=sender, jurisdiction="FR", language="fr", timezone="Europe/Paris")
    stack.add_user(t["tenant_id"], email, "owner")
    api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
    return t, api


def cookies(resp) -> dict:
    raw = resp.headers.get("Set-Cookie") or resp.headers.get("set-cookie") or []
    out = {}
    for c in raw if isinstance(raw, list) else [raw]:
        k, _, rest = c.partition("=")
        out[k] = rest.split(";", 1)[0]
    return out


class Browser:
    def __init__(self, stack):
        self.stack, self.jar = stack, {}

    def _h(self, extra=None):
        h = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.jar.items() if v)}
        return h | (extra or {})

    def get(self, path):
        r = self.stack.http.get(path, headers=self._h())
        self.jar.update(cookies(r))
        return r

    def post(self, path, data: dict, csrf=True):
        from urllib.parse import urlencode

        if csrf and "csrf" not in data:
            data = {**data, "csrf": self.csrf}
        r = self.stack.http.post(path, headers=self._h(FORM), body=urlencode(data, doseq=True))
        self.jar.update(cookies(r))
        return r

    def page(self, path):
        r = self.get(path)
        m = re.search(r'name="csrf" value="([^"]*)"', r.body.decode())
        self.csrf = m[1] if m else None
        return r

    def sign_in(self, email):
        self.page("/app/login")
        assert self.post("/app/login", {"email": email}).status_code == 200
        link = re.findall(r"https://relance\.test(/app/login/[A-Za-z0-9_-]+)",
                          self.stack.outbox()[-1].get_body(("plain",)).get_content())[0]
        assert self.page(link).status_code == 200
        r = self.post(link, {})
        assert r.status_code == 303, r.body
        return link


def test_sign_in_pages_and_actions(stack):
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", "marie@atelier-dupont.fr")
    for body in (invoice_body(due_on="2026-10-01"), invoice_body(id="inv_2", number="F-2", due_on="2026-12-01")):
        assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(body)).status_code == 200
    b = Browser(stack)
    assert b.get("/app").status_code == 303  # signed out: to the login page
    link = b.sign_in("marie@atelier-dupont.fr")
    home = b.page("/app")
    assert home.status_code == 200 and "Tableau de bord" in home.body.decode()
    # the link works once
    other = Browser(stack)
    assert other.page(link).status_code == 410
    # an unknown address gets the same answer, and no mail
    sent = len(stack.outbox())
    other.page("/app/login")
    r = other.post("/app/login", {"email": "nobody@example.com"})
    assert r.status_code == 200 and len(stack.outbox()) == sent
    # pages
    lst = b.page("/app/invoices?state=overdue").body.decode()
    assert "F-2026-0042" in lst and "F-2<" not in lst
    csv = b.get("/app/export.csv")
    assert csv.body.startswith("\ufeff".encode()) and b"F-2026-0042" in csv.body
    assert b.page("/app/invoices/inv_812").status_code == 200
    deb = b.page("/app/debtors/c_19").body.decode()
    assert 'id="plan"' in deb
    assert b.page("/app/settings").status_code == 200
    assert b.page("/app/import").status_code == 200
    # an action: record a payment
    b.page("/app/invoices/inv_812")
    r = b.post("/app/invoices/inv_812/payment", {"amount": "200,00", "paid_on": "2026-11-01", "method": "transfer"})
    assert r.status_code == 303
    shown = b.page("/app/invoices/inv_812").body.decode()
    assert "payment_recorded" in shown and re.search(r'id="amount-due">1\W000,00', shown)
    # missing CSRF token: refused
    assert b.post("/app/invoices/inv_812/void", {}, csrf=False).status_code == 403
    # sign-out ends the session, even with the old cookie
    old = dict(b.jar)
    b.page("/app")
    assert b.post("/app/logout", {}).status_code == 303
    b.jar = old
    assert b.get("/app").status_code == 303


def test_another_tenants_session_sees_nothing(stack):
    t1, api1 = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", "marie@atelier-dupont.fr")
    t2, api2 = tenant(stack, "Garage Durand", "relances@garage-durand.fr", "paul@garage-durand.fr")
    stack.http.post("/v1/invoices", headers=api1, body=json.dumps(invoice_body(due_on="2026-10-01")))
    stack.http.post("/v1/invoices", headers=api2, body=json.dumps(invoice_body(id="inv_other", number="G-1",
                                                                               customer_id="c_other")))
    b = Browser(stack)
    b.sign_in("paul@garage-durand.fr")
    assert b.page("/app/invoices/inv_812").status_code == 404
    assert b.page("/app/debtors/c_19").status_code == 404
    assert "F-2026-0042" not in b.page("/app/invoices").body.decode()
    assert b"F-2026-0042" not in b.get("/app/export.csv").body
    b.page("/app/invoices")
    assert b.post("/app/invoices/inv_812/void", {}).status_code == 404
    assert stack.store.get_invoice(t1["tenant_id"], "inv_812").status == "open"
    # a switch to a tenant the user is not in is refused
    assert b.post("/app/switch", {"tenant_id": t1["tenant_id"]}).status_code == 404


def test_the_dashboard_shows_the_figures_of_the_metrics_api(stack):
    t, api = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", "owner@atelier-dupont.fr")
    for n, due in enumerate(("2026-10-01", "2026-10-20", "2026-11-20")):
        body = invoice_body(id=f"inv_{n}", number=f"F-{n}", total=f"{(n + 1) * 1000}.00", due_on=due,
                            issued_on="2026-09-15")
        assert stack.http.post("/v1/invoices", headers=api, body=json.dumps(body)).status_code == 200
    stack.now = at(10)
    figures = json.loads(stack.http.get("/v1/metrics?from=2026-10-01&to=2026-11-10", headers=api).body)
    b = Browser(stack)
    b.sign_in("owner@atelier-dupont.fr")
    page = b.get("/app/?from=2026-10-01&to=2026-11-10").body.decode()
    assert page.count("<svg") >= 2
    shown = figures["outstanding"].replace(".", ",")
    assert "6\u202f000,00" in page or shown in page
    assert "3\u202f000,00" in page  # overdue on 10 November: the first two invoices
    bad = b.get("/app/?from=2026-13-01").body.decode()
    assert 'role="alert"' in bad


def test_metrics_read_with_the_cockpit_session_and_never_another_tenants(stack):
    t1, api1 = tenant(stack, "Atelier Dupont", "relances@atelier-dupont.fr", "marie@atelier-dupont.fr")
    t2, api2 = tenant(stack, "Garage Martin", "compta@garage-martin.fr", "paul@garage-martin.fr")
    body = invoice_body(due_on="2026-10-01", total="700.00")
    assert stack.http.post("/v1/invoices", headers=api1, body=json.dumps(body)).status_code == 200
    b = Browser(stack)
    b.sign_in("marie@atelier-dupont.fr")
    r = b.get("/v1/metrics?from=2026-10-01&to=2026-11-01")
    assert r.status_code == 200 and json.loads(r.body)["outstanding"] == "700.00"
    # the same figures as with the API key
    by_key = stack.http.get("/v1/metrics?from=2026-10-01&to=2026-11-01", headers=api1)
    assert json.loads(by_key.body) == json.loads(r.body)
    # an API key always wins over a cookie: another tenant's key reads its own book, never this session's
    r = stack.http.get("/v1/metrics", headers=b._h({"Authorization": api2["Authorization"]}))
    assert json.loads(r.body)["outstanding"] == "0.00"
    # a forged or signed-out session reads nothing
    forged = {"Cookie": "relance_session=" + b.jar["relance_session"][:-2] + "xx"}
    assert stack.http.get("/v1/metrics", headers=forged).status_code == 401
    kept = {"Cookie": "relance_session=" + b.jar["relance_session"]}
    assert stack.http.get("/v1/metrics", headers=kept).status_code == 200
    b.page("/app")
    assert b.post("/app/logout", {}).status_code in (200, 303)
    assert stack.http.get("/v1/metrics", headers=kept).status_code == 401  # the same cookie, signed out
