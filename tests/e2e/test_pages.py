"""The debtor's page end to end: a real reminder's link, through the Chalice routes, on moto."""

import html
import json
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from urllib.parse import urlencode

import pytest

from chalicelib import wiring
from chalicelib.adapters.tokens import Keyring
from chalicelib.services.pages import epc_payload
from tests.factories import invoice_body

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def firm(stack):
    return stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                               language="fr", timezone="Europe/Paris", iban="FR76 3000 6000 0112 3456 7890 189",
                               bic="AGRIFRPP", contact_phone="+33 1 23 45 67 89")


@pytest.fixture
def api(firm):
    return {"Authorization": "Bearer " + firm["api_key"], "Content-Type": "application/json"}


def post_invoice(stack, api, **kw):
    r = stack.http.post("/v1/invoices", headers=api, body=json.dumps(invoice_body(**kw)))
    assert r.status_code == 200, r.body


def link_from_outbox(stack) -> str:
    text = stack.outbox()[-1].get_body(("plain",)).get_content()
    return re.search(r"https://relance\.test(/p/[a-z0-9]+)", text)[1]


@pytest.fixture
def link(stack, api):
    stack.now = at(11, 1)
    post_invoice(stack, api, due_on="2026-10-01")
    post_invoice(stack, api, id="inv_900", number="F-2026-0051", total="480.00", due_on="2026-10-20",
                 payment_url=None)
    stack.run(at=at(11, 3))  # 33 days late: the formal notice, which claims the late charges
    return link_from_outbox(stack)


def page(stack, path):
    r = stack.http.get(path)
    return r, r.body.decode()


def nonce(body: str) -> str:
    return html.unescape(re.search(r'name="nonce" value="([^"]+)"', body)[1])


def submit(stack, link, action, fields, **extra):
    _, body = page(stack, link)
    data = {"nonce": nonce(body), **fields}
    return stack.http.post(f"{link}/{action}", headers=FORM, body=urlencode(data, doseq=True), **extra)


def invoice(stack, api, id="inv_812"):
    return json.loads(stack.http.get(f"/v1/invoices/{id}", headers=api).body)


def test_the_link_shows_open_invoices_with_charges_in_the_debtors_language(stack, link):
    r, body = page(stack, link)
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert '<html lang="fr">' in body and "Vos factures en attente de règlement" in body
    assert "F-2026-0042" in body and "33 jours de retard" in body and "1er octobre 2026" in body
    # 33 days late but named for the first time: a reminder, which claims no charges; the page says the same
    assert "1\u202f200,00\xa0€" in body and "40,00\xa0€" not in body and "Pénalités de retard" not in body
    assert "F-2026-0051" in body and "Payer par virement" in body and "Atelier Dupont" in body
    assert f'href="{link[3:]}/pay?invoice=inv_812"' in body  # relative: works behind any stage prefix
    assert len(r.body) < 50 * 1024 and "<script" not in body and "<link" not in body
    assert not re.search(r'src="https?:', body)
    assert r.headers["Referrer-Policy"] == "no-referrer" and "default-src 'none'" in r.headers["Content-Security-Policy"]
    _, en = page(stack, link + "?lang=en")
    assert '<html lang="en">' in en and "Your invoices awaiting payment" in en and "33 days overdue" in en
    assert "€1,200.00" in en and "Français" in en


def test_forged_altered_truncated_or_wrong_key_tokens_are_a_plain_404_without_a_read(stack, link, monkeypatch):
    token = link.rsplit("/", 1)[1]
    deps = wiring.deps()
    deps._tenants.clear()
    calls = []

    class Counting:
        def __getattr__(self, name):
            calls.append(name)
            return getattr(real, name)

    real = deps.store
    monkeypatch.setattr(deps, "store", Counting())
    other = Keyring.generate()
    flipped = token[:10] + ("a" if token[10] != "a" else "b") + token[11:]
    bad = [flipped, token[:-1], token + "a", "a" * 28, other.sign(other.ref("t_x", "c_19")), "..%2f..", "x" * 500]
    answers = [stack.http.get(f"/p/{t}") for t in bad]
    answers += [stack.http.get(f"/p/{flipped}/pay?invoice=inv_812"),
                stack.http.post(f"/p/{flipped}/promise", headers=FORM, body="date=2026-11-20")]
    assert {a.status_code for a in answers} == {404}
    assert len({a.body for a in answers}) == 1 and b"Atelier" not in answers[0].body
    assert b"Page introuvable" in answers[0].body
    assert calls == []  # not one database read for a bad token
    assert stack.http.get(link).status_code == 200 and calls  # the counter does count


def test_pay_redirects_and_records_one_click_per_visit(stack, link, api):
    first = stack.http.get(f"{link}/pay?invoice=inv_812")
    again = stack.http.get(f"{link}/pay?invoice=inv_812")
    assert first.status_code == again.status_code == 302
    assert first.headers["Location"] == "https://pay.example/inv_812"
    clicks = lambda: [e for e in invoice(stack, api)["timeline"] if e["type"] == "link_clicked"]  # noqa: E731
    assert len(clicks()) == 1 and clicks()[0]["detail"] == {"target": "payment_url"}
    stack.now += timedelta(minutes=31)
    stack.http.get(f"{link}/pay?invoice=inv_812")
    assert len(clicks()) == 2
    r, body = page(stack, f"{link}/pay?invoice=nope")
    assert r.status_code == 200 and "plus en attente de règlement" in body


def test_transfer_page_shows_bank_details_and_an_epc_qr_code(stack, link, api):
    r, body = page(stack, f"{link}/pay?invoice=inv_900")
    assert r.status_code == 200
    assert "FR76 3000 6000 0112 3456 7890 189" in body and "AGRIFRPP" in body and "F-2026-0051" in body
    assert "480,00\xa0€" in body and "<svg" in body and "Code QR de virement SEPA" in body
    assert [e["type"] for e in invoice(stack, api, "inv_900")["timeline"]].count("link_clicked") == 1
    assert epc_payload("Atelier Dupont", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP",
                       Decimal("480.00"), "F-2026-0051") == (
        "BCD\n002\n1\nSCT\nAGRIFRPP\nAtelier Dupont\nFR7630006000011234567890189\nEUR480.00\n\n\nF-2026-0051")


def test_promise_on_the_page_pauses_reminders_then_a_missed_promise_is_said(stack, link, api):
    r = submit(stack, link, "promise", {"invoice": ["inv_812", "inv_900"], "date": "2026-11-20"})
    assert r.status_code == 303 and r.headers["Location"] == f"../{link[3:]}?done=promised"
    _, body = page(stack, f"{link}?done=promised")
    assert "Votre engagement de paiement est enregistré" in body
    assert "Paiement annoncé pour le 20 novembre 2026" in body
    inv = invoice(stack, api)
    assert inv["collection"]["state"] == "promised" and inv["collection"]["promise_date"] == "2026-11-20"
    promise = [e for e in inv["timeline"] if e["type"] == "promise_made"][0]
    assert promise["source"] == "page"
    confirm = stack.outbox()[-1]
    assert confirm["To"] == "compta@martin.fr" and "engagement" in confirm["Subject"]
    assert confirm["Reply-To"] == stack.outbox()[0]["Reply-To"]
    sent = len(stack.outbox())
    stack.run(at=at(11, 18))
    stack.run(at=at(11, 25))
    assert len(stack.outbox()) == sent  # held until the promise date plus three business days
    stack.run(at=at(11, 26))
    assert len(stack.outbox()) == sent + 1
    assert "nous aviez annoncé un règlement pour le" in stack.outbox()[-1].get_body(("plain",)).get_content()
    assert "promise_missed" in [e["type"] for e in invoice(stack, api)["timeline"]]


def test_dispute_and_paid_claim_from_the_page(stack, link, api):
    r = submit(stack, link, "dispute", {"invoice": "inv_900", "reason": "Prestation non réalisée en octobre"})
    assert r.status_code == 303 and "done=disputed" in r.headers["Location"]
    assert invoice(stack, api, "inv_900")["collection"]["state"] == "disputed"
    firm_mail = [m for m in stack.outbox() if m["To"] == "relances@atelier-dupont.fr"][-1]
    assert "conteste" in firm_mail["Subject"] and "Prestation non réalisée" in firm_mail.get_body().get_content()
    _, body = page(stack, link)
    assert "Contestation en cours d'examen" in body
    r = submit(stack, link, "paid", {"invoice": "inv_812", "date": "2026-11-02", "method": "transfer"})
    assert r.status_code == 303 and "done=paused" in r.headers["Location"]
    c = invoice(stack, api)["collection"]
    assert c["state"] == "paused" and c["paused_until"] == "2026-11-07"  # from today (3 Nov): + 3 business days, then the day after
    r = submit(stack, link, "plan", {"invoice": "inv_812", "instalments": "3", "message": "Trésorerie tendue"})
    assert r.status_code == 303 and "done=plan_requested" in r.headers["Location"]


def test_bad_input_gets_friendly_messages_never_a_500(stack, link):
    cases = [
        ("promise", {"invoice": "inv_812"}, "Indiquez une date."),
        ("promise", {"invoice": "inv_812", "date": "2026-10-01"}, "à partir d'aujourd'hui"),
        ("promise", {"invoice": "inv_812", "date": "31/02/2026"}, "pas valide"),
        ("promise", {"invoice": "inv_812", "date": "2028-01-01"}, "douze prochains mois"),
        ("promise", {"invoice": "other", "date": "2026-11-20"}, "Cochez au moins une facture."),
        ("paid", {"invoice": "inv_812", "date": "2026-12-24", "method": "transfer"}, "postérieure"),
        ("paid", {"invoice": "inv_812", "date": "2026-11-01", "method": "bitcoin"}, "moyen de paiement"),
        ("dispute", {"invoice": "inv_812", "reason": " "}, "quelques mots"),
        ("dispute", {"invoice": "inv_812", "reason": "x" * 2001}, "trop long"),
        ("plan", {"invoice": "inv_812", "instalments": "99"}, "entre 2 et 12"),
    ]
    for action, fields, text in cases:
        r = submit(stack, link, action, fields)
        body = html.unescape(r.body.decode())
        assert r.status_code == 422 and r.headers["Content-Type"].startswith("text/html"), (action, fields)
        assert text in body and 'role="alert"' in body and " open>" in body, (action, fields)
    r = submit(stack, link, "promise", {"invoice": "inv_812", "date": "2026-10-01"})
    assert 'value="2026-10-01"' in r.body.decode() and 'aria-invalid="true"' in r.body.decode()
    odd = [
        stack.http.post(f"{link}/promise", headers=FORM, body="invoice=inv_812&date=2026-11-20"),  # no nonce
        stack.http.post(f"{link}/promise", headers=FORM, body="nonce=1.2.3&date=2026-11-20"),
        stack.http.post(f"{link}/promise", headers=FORM, body=b"\xff\xfe"),
        stack.http.post(f"{link}/promise", headers={"Content-Type": "application/json"}, body="{}"),
        stack.http.post(f"{link}/promise", headers=FORM, body="reason=" + "x" * 20000),
        stack.http.post(f"{link}/nope", headers=FORM, body=""),
    ]
    assert [r.status_code for r in odd[:5]] == [422, 422, 400, 400, 413]
    assert all(r.status_code < 500 for r in odd)
    assert all(r.headers.get("Content-Type", "").startswith("text/html") for r in odd[:5])
    assert "Ce formulaire a expiré" in odd[0].body.decode()


def test_a_form_acts_once_and_posts_are_rate_limited(stack, link, api):
    _, body = page(stack, link)
    data = urlencode({"nonce": nonce(body), "invoice": "inv_812", "date": "2026-11-20"})
    first = stack.http.post(f"{link}/promise", headers=FORM, body=data)
    second = stack.http.post(f"{link}/promise", headers=FORM, body=data)
    assert "done=promised" in first.headers["Location"] and "done=already" in second.headers["Location"]
    assert [e["type"] for e in invoice(stack, api)["timeline"]].count("promise_made") == 1
    statuses = [stack.http.post(f"{link}/promise", headers=FORM, body="date=x").status_code for _ in range(20)]
    assert statuses[-1] == 429 and 422 in statuses
    assert "Trop de demandes" in stack.http.post(f"{link}/plan", headers=FORM, body="").body.decode()


def test_paid_invoices_leave_the_page(stack, link, api):
    r = stack.http.post("/v1/invoices/inv_900/payments", headers=api,
                        body=json.dumps({"amount": "480.00", "paid_on": "2026-11-03"}))
    assert r.status_code == 201
    _, body = page(stack, link)
    assert "F-2026-0051" not in body and "F-2026-0042" in body


def test_links_fall_back_to_the_api_address_when_no_public_url_is_set(monkeypatch):
    from chalicelib import config
    from chalicelib.pages import api_url

    monkeypatch.delenv("RELANCE_PUBLIC_URL", raising=False)
    assert config.public_url() is None
    context = {"domainName": "abc123.execute-api.eu-west-1.amazonaws.com", "stage": "api", "httpMethod": "GET"}
    assert api_url(context) == "https://abc123.execute-api.eu-west-1.amazonaws.com/api"
    assert api_url({"httpMethod": "GET"}) is None  # the local test client: DevStack sets the URL itself


def test_a_requests_own_url_goes_into_a_derived_deps_never_into_the_shared_one(monkeypatch):
    from types import SimpleNamespace

    from chalicelib import pages

    monkeypatch.delenv("RELANCE_PUBLIC_URL", raising=False)
    wiring.reset()
    shared = wiring.deps()
    context = {"domainName": "abc123.execute-api.eu-west-1.amazonaws.com", "stage": "api"}
    monkeypatch.setattr(pages.bp, "_current_app", SimpleNamespace(current_request=SimpleNamespace(context=context)))
    derived = pages._deps()
    assert derived.public_url == "https://abc123.execute-api.eu-west-1.amazonaws.com/api"
    assert shared.public_url == wiring.FALLBACK_URL and wiring.deps() is shared
    assert derived.store is shared.store and derived._tenants is shared._tenants  # one cache per container
    wiring.reset()
