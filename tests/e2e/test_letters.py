"""Every letter true, end to end through DevStack: one letter per debtor about all it owes, backlogs, notices
once, nothing after hand-off, consumers, the letter record and its exact bytes, one source of amounts."""

import email
import email.policy
import hashlib
import json
import re
from datetime import UTC, datetime, timedelta

from tests.factories import invoice_body


def at(day, month=11, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


def post(stack, auth, **kw):
    kw.setdefault("issued_on", (datetime.fromisoformat(kw.get("due_on", "2026-10-31")) - timedelta(days=30))
                  .date().isoformat())
    r = stack.http.post("/v1/invoices", headers=auth, body=json.dumps(invoice_body(**kw)))
    assert r.status_code == 200, r.body


def to_debtor(stack, addr="compta@martin.fr"):
    return [m for m in stack.outbox() if m["To"] == addr]


def text(m):
    return m.get_body(("plain",)).get_content()


def letters(stack, auth, customer="c_19"):
    r = stack.http.get(f"/v1/customers/{customer}/letters", headers=auth)
    assert r.status_code == 200
    return json.loads(r.body)["letters"]


def run_days(stack, start, days):
    for n in range(days):
        stack.run(start + timedelta(days=n))


def test_one_letter_claims_every_overdue_invoice_and_mentions_the_upcoming_one_apart(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, id="a", number="F-A", total="1000.00", due_on="2026-10-20")
    post(stack, auth, id="b", number="F-B", total="500.00", due_on="2026-10-30")
    post(stack, auth, id="c", number="F-C", total="240.72", due_on="2026-11-07")  # falls due four days later
    stack.run(at(3))
    (m,) = to_debtor(stack)
    body = text(m)
    assert "F-A" in body and "F-B" in body and "F-C" in body
    assert "F-C" not in m["Subject"] and "échues" in m["Subject"]
    assert "Total restant dû\xa0: 1\u202f500,00\xa0€" in body  # the upcoming 240,72 € is not asked
    assert "arrive prochainement à échéance" in body and "n'est pas comprise dans le montant" in body
    (rec,) = letters(stack, auth)
    roles = {x["number"]: x["role"] for x in rec["lines"]}
    assert roles == {"F-A": "claimed", "F-B": "claimed", "F-C": "upcoming"}
    assert rec["total_claimed"] == "1500.00" and rec["currency"] == "EUR" and rec["stage"] == "reminder"


def test_a_backlog_never_opens_with_a_notice_and_each_notice_goes_once(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, due_on="2026-09-01")  # first seen 61 days late
    run_days(stack, at(2), 150)
    stages = [r["stage"] for r in reversed(letters(stack, auth))]
    assert stages == ["reminder", "second_reminder", "firm", "formal_notice", "final_notice"]
    handoffs = [m for m in stack.outbox() if "dossier prêt à transmettre" in str(m["Subject"])]
    assert len(handoffs) == 1  # told once, and nothing to the debtor after it
    last_letter = max(r["sent_at"] for r in letters(stack, auth))
    notice = handoffs[0]
    assert email.utils.parsedate_to_datetime(notice["Date"]) >= datetime.fromisoformat(last_letter)
    first = to_debtor(stack)[0]
    assert "Malgré" not in text(first) and "rappel" not in text(first).split("Sauf erreur")[0]
    final = to_debtor(stack)[-1]
    assert re.search(r"au plus tard le \d+ \w+ 2026|au plus tard le \d+ \w+ 2027", text(final))
    assert "mise en demeure du" in text(final)


def test_the_letter_record_keeps_the_exact_bytes_sent(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, due_on="2026-11-02")
    stack.run(at(3))
    (rec,) = letters(stack, auth)
    r = stack.http.get(f"/v1/letters/{rec['id']}/raw", headers=auth)
    assert r.status_code == 200 and r.headers["Content-Type"] == "message/rfc822"
    assert hashlib.sha256(r.body).hexdigest() == rec["sha256"]
    assert rec["ses_message_id"] in stack.sent_ses_ids() and rec["to"] == "compta@martin.fr"
    sent = email.message_from_bytes(r.body, policy=email.policy.default)
    assert sent["Message-ID"] == to_debtor(stack)[0]["Message-ID"]
    line = rec["lines"][0]
    assert line | {"days_late": 1} == {"invoice_id": "inv_812", "number": "F-2026-0042", "due_on": "2026-11-02",
                                        "days_late": 1, "role": "claimed", "stage": "reminder",
                                        "principal": "1200.00", "penalties": "0.00", "indemnity": "0.00"}
    assert stack.http.get("/v1/letters/let_000000000000000000000000/raw", headers=auth).status_code == 404
    assert stack.http.get("/v1/letters/../../x/raw", headers=auth).status_code in (403, 404)


def test_another_tenant_sees_no_letter(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, due_on="2026-11-02")
    stack.run(at(3))
    (rec,) = letters(stack, auth)
    other = stack.create_tenant(name="Autre", sender="relances@autre.fr", jurisdiction="FR", language="fr",
                                timezone="Europe/Paris")
    them = {"Authorization": "Bearer " + other["api_key"]}
    assert letters(stack, them) == []
    assert stack.http.get(f"/v1/letters/{rec['id']}/raw", headers=them).status_code == 404


def test_the_page_shows_what_the_letter_asked_charges_included_and_the_qr_carries_it(stack, auth):
    t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                            language="fr", timezone="Europe/Paris", iban="FR7630006000011234567890189", bic="AGRIFRPP")
    api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
    stack.now = at(1)
    post(stack, api, due_on="2026-10-01", payment_url=None)
    for day in (at(2), at(9), at(16)):  # reminder, second reminder, firm reminder (charges from here)
        stack.run(day)
    rec = letters(stack, api)[0]
    assert rec["stage"] == "firm" and rec["lines"][0]["indemnity"] == "40.00"
    link = re.search(r"https://relance\.test(/p/[a-z0-9]+)", text(to_debtor(stack)[-1]))[1]
    stack.now = at(16)
    page = stack.http.get(link).body.decode()
    total = rec["total_claimed"].replace(".", ",")
    assert total.split(",")[0][-3:] in page.replace("\u202f", "") and "40,00\xa0€" in page
    transfer = stack.http.get(f"{link}/pay?invoice=inv_812").body.decode()
    whole, cents = rec["total_claimed"].split(".")
    assert f"{int(whole):,}".replace(",", "\u202f") + f",{cents}\xa0€" in transfer


def test_a_consumer_is_never_charged_the_indemnity_nor_commercial_penalties(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, due_on="2026-09-01", customer={"id": "c_19", "name": "Claire Martin", "email": "compta@martin.fr",
                                                      "kind": "consumer"})
    run_days(stack, at(2), 80)
    for m in to_debtor(stack):
        body = text(m)
        assert "L441-10" not in body and "D441-5" not in body and "Indemnité" not in body
    for rec in letters(stack, auth):
        assert all(x["indemnity"] == "0.00" for x in rec["lines"])
    notice = next(m for m in to_debtor(stack) if m["Subject"].startswith("Mise en demeure"))
    assert "1231-6" in text(notice)


def test_the_letter_after_a_missed_promise_names_the_promised_date(stack, tenant, auth):
    stack.now = at(1)
    post(stack, auth, due_on="2026-11-02")
    stack.run(at(3))
    link = re.search(r"https://relance\.test(/p/[a-z0-9]+)", text(to_debtor(stack)[-1]))[1]
    stack.now = at(4)
    body = stack.http.get(link).body.decode()
    nonce = re.search(r'name="nonce" value="([^"]+)"', body)[1]
    from html import unescape
    from urllib.parse import urlencode
    r = stack.http.post(f"{link}/promise", headers={"Content-Type": "application/x-www-form-urlencoded"},
                        body=urlencode({"nonce": unescape(nonce), "date": "2026-11-13", "invoice": "inv_812"}))
    assert r.status_code in (200, 303)
    run_days(stack, at(5), 20)
    after = [m for m in to_debtor(stack) if "Vous nous aviez annoncé un règlement pour le 13 novembre 2026" in text(m)]
    assert len(after) == 1
    rec = letters(stack, auth)[0]
    assert rec["promise_missed_on"] == "2026-11-13"
