"""Debtor actions on the in-memory twins: what each records, changes, and tells the debtor and the firm."""

import email
import email.policy
from datetime import UTC, date, datetime

import pytest

from chalicelib.core import intake as core_intake
from chalicelib.core.errors import ValidationError
from chalicelib.services import actions, dunning, intake
from tests.factories import generic_event

FIRM = "relances@atelier-dupont.fr"


def at(month, day, hour=9):
    return datetime(2026, month, day, hour, tzinfo=UTC)


def add(deps, tenant, id="inv_1", due="2026-11-02", customer="c_1", email_addr="compta@martin.fr", **kw):
    ev = core_intake.parse_generic(generic_event(
        id=id, number=f"F-{id}", due_on=due, customer_id=customer, email=email_addr,
        occurred_at="2026-11-01T09:00:00Z", **kw), "evt_" + id)
    intake.apply(deps.store, tenant, ev, at(11, 1))


def run(deps, now):
    dunning.daily_run(deps, now)
    out = [dunning.send_reminder(deps, m["tenant_id"], m["customer_id"], now) for m in deps.queue.messages]
    deps.queue.messages.clear()
    return out


def mails(deps):
    return [email.message_from_bytes(m.raw, policy=email.policy.default) for m in deps.mailer.sent]


def text(msg):
    return msg.get_body(("plain",)).get_content()


def types(deps, tenant, inv="inv_1"):
    return [e.type for e in deps.store.timeline(tenant.id, inv)]


def test_promise_pauses_reminders_until_date_plus_grace_then_says_missed(deps, tenant):
    add(deps, tenant)
    run(deps, at(11, 3))  # first reminder: thread and token exist
    sent_before = len(deps.mailer.sent)
    out = actions.promise(deps, tenant, "c_1", None, date(2026, 11, 20), at(11, 4), "page", "je paie le 20")
    assert out["result"] == "promised" and out["invoice_ids"] == ["inv_1"]
    assert out["reminders_resume_on"] == "2026-11-26"  # 20 Nov (Fri) + 3 business days = 25 Nov, then the day after
    inv = deps.store.get_invoice(tenant.id, "inv_1")
    assert inv.collection.state == "promised" and inv.collection.promise_date == date(2026, 11, 20)
    assert inv.collection.next_action_at.date() == date(2026, 11, 26)
    ev = deps.store.timeline(tenant.id, "inv_1")[-1]
    assert ev.type == "promise_made" and ev.source == "page" and ev.detail["excerpt"] == "je paie le 20"

    confirm = mails(deps)[sent_before]
    assert confirm["From"].addresses[0].addr_spec == FIRM and confirm["To"] == "compta@martin.fr"
    assert confirm["Reply-To"] == mails(deps)[0]["Reply-To"]  # same signed reply address as the reminders
    assert confirm["In-Reply-To"] == mails(deps)[0]["Message-ID"]
    assert "engagement" in confirm["Subject"] and "20 novembre 2026" in text(confirm)
    assert "https://relance.test/p/" in text(confirm)

    for day in (10, 17, 20, 25):
        assert "sent" not in [r["result"] for r in run(deps, at(11, day))]
    assert len(deps.mailer.sent) == sent_before + 1
    results = run(deps, at(11, 26))
    assert [r["result"] for r in results] == ["sent"]
    assert "promise_missed" in types(deps, tenant)
    assert "Vous nous aviez annoncé un règlement pour le 20 novembre 2026" in text(mails(deps)[-1])


def test_promise_kept_when_paid(deps, tenant):
    add(deps, tenant)
    actions.promise(deps, tenant, "c_1", ["inv_1"], date(2026, 11, 20), at(11, 4), "page")
    pay = core_intake.parse_generic(generic_event(
        id="inv_1", number="F-inv_1", type="invoice.paid", status="paid", occurred_at="2026-11-18T09:00:00Z"),
        "evt_paid")
    intake.apply(deps.store, tenant, pay, at(11, 18))
    assert types(deps, tenant)[-1] == "promise_kept"


def test_promise_beyond_the_limit_goes_to_the_firm_and_changes_nothing(deps, tenant):
    add(deps, tenant)
    before = deps.store.get_invoice(tenant.id, "inv_1")
    out = actions.promise(deps, tenant, "c_1", None, date(2027, 1, 15), at(11, 4), "page", "en janvier")
    assert out["result"] == "needs_approval" and out["limit_days"] == 30
    after = deps.store.get_invoice(tenant.id, "inv_1")
    assert after.collection == before.collection and after.version == before.version
    assert types(deps, tenant)[-1] == "approval_needed"
    firm, debtor = mails(deps)
    assert firm["To"] == FIRM and "15 janvier 2027" in text(firm) and "votre accord" in firm["Subject"]
    assert debtor["To"] == "compta@martin.fr" and "soumise à notre accord" in text(debtor)


def test_promise_in_the_past_is_refused(deps, tenant):
    add(deps, tenant)
    with pytest.raises(ValidationError):
        actions.promise(deps, tenant, "c_1", None, date(2026, 11, 3), at(11, 4), "page")
    assert types(deps, tenant) == ["invoice_updated"] and deps.mailer.sent == []


def test_claim_paid_is_a_grace_pause_and_the_firm_is_told(deps, tenant):
    add(deps, tenant)
    out = actions.claim_paid(deps, tenant, "c_1", None, date(2026, 11, 3), "transfer", at(11, 4), "page")
    assert out == {"result": "paused", "invoice_ids": ["inv_1"], "paused_until": "2026-11-10"}
    inv = deps.store.get_invoice(tenant.id, "inv_1")
    assert inv.collection.state == "paused" and inv.collection.paused_until == date(2026, 11, 10)
    ev = deps.store.timeline(tenant.id, "inv_1")[-1]
    assert ev.type == "paid_claimed" and ev.detail["method"] == "transfer" and ev.detail["paid_on"] == "2026-11-03"
    firm, debtor = mails(deps)
    assert firm["To"] == FIRM and "indique avoir payé" in firm["Subject"] and "virement" in text(firm)
    assert "avoir réglé la facture F-inv_1 (1\u202f200,00\xa0€) par virement le 3 novembre 2026." in text(debtor)
    assert "sent" not in [r["result"] for r in run(deps, at(11, 9))]
    assert [r["result"] for r in run(deps, at(11, 10))] == ["sent"]  # no payment came: reminders resume


def test_claim_paid_in_the_future_is_refused(deps, tenant):
    add(deps, tenant)
    with pytest.raises(ValidationError):
        actions.claim_paid(deps, tenant, "c_1", None, date(2026, 11, 30), None, at(11, 4), "page")


def test_dispute_stops_reminders_for_that_invoice_only_and_tells_the_firm(deps, tenant):
    add(deps, tenant, "inv_1")
    add(deps, tenant, "inv_2")
    out = actions.dispute(deps, tenant, "c_1", ["inv_2"], "Livraison incomplète : 2 cartons manquants", at(11, 4),
                          "page")
    assert out == {"result": "disputed", "invoice_ids": ["inv_2"]}
    inv2 = deps.store.get_invoice(tenant.id, "inv_2")
    assert inv2.collection.state == "disputed" and inv2.collection.next_action_at is None
    assert deps.store.get_invoice(tenant.id, "inv_1").collection.state == "active"
    firm, debtor = mails(deps)
    assert firm["To"] == FIRM and "conteste" in firm["Subject"] and "2 cartons manquants" in text(firm)
    assert "contestation" in debtor["Subject"] and "F-inv_2" in text(debtor)
    run(deps, at(11, 20))
    reminder = text(mails(deps)[-1])
    assert "F-inv_1" in reminder and "F-inv_2" not in reminder


def test_dispute_needs_a_reason(deps, tenant):
    add(deps, tenant)
    with pytest.raises(ValidationError):
        actions.dispute(deps, tenant, "c_1", None, "   ", at(11, 4), "page")


def test_plan_request_tells_the_firm_and_keeps_the_schedule(deps, tenant):
    add(deps, tenant)
    before = deps.store.get_invoice(tenant.id, "inv_1").collection
    out = actions.request_plan(deps, tenant, "c_1", None, 3, at(11, 4), "page", "trésorerie tendue")
    assert out == {"result": "plan_requested", "invoice_ids": ["inv_1"]}
    assert deps.store.get_invoice(tenant.id, "inv_1").collection == before
    ev = deps.store.timeline(tenant.id, "inv_1")[-1]
    assert ev.type == "plan_requested" and ev.detail == {"instalments": 3, "excerpt": "trésorerie tendue"}
    firm, debtor = mails(deps)
    assert "échéancier" in firm["Subject"] and "trésorerie tendue" in text(firm)
    assert "en 3 versements" in text(debtor)
    with pytest.raises(ValidationError):
        actions.request_plan(deps, tenant, "c_1", None, 99, at(11, 4), "page")


def test_only_the_debtors_open_invoices_are_touched(deps, tenant):
    add(deps, tenant, "inv_1")
    add(deps, tenant, "inv_2", status="paid")
    add(deps, tenant, "inv_3", customer="c_2", email_addr="autre@client.test")
    out = actions.promise(deps, tenant, "c_1", None, date(2026, 11, 20), at(11, 4), "page")
    assert out["invoice_ids"] == ["inv_1"]
    assert actions.dispute(deps, tenant, "c_1", ["inv_3"], "pas à nous", at(11, 4), "page")["result"] == "nothing_open"
    assert deps.store.get_invoice(tenant.id, "inv_3").collection.state == "active"


def test_english_debtor_gets_english_confirmation(deps, tenant):
    ev = generic_event(id="inv_9", number="F-9", due_on="2026-11-02")
    ev["invoice"]["customer"]["language"] = "en"
    intake.apply(deps.store, tenant, core_intake.parse_generic(ev, "evt_9"), at(11, 1))
    actions.promise(deps, tenant, "c_19", None, date(2026, 11, 20), at(11, 4), "page")
    msg = mails(deps)[-1]
    assert msg["Subject"].startswith("Your payment commitment") and "by 20 November 2026" in text(msg)
    assert "Kind regards" in text(msg)


def test_by_email_the_forward_tells_the_firm_and_only_a_promise_is_confirmed(deps, tenant):
    add(deps, tenant)
    actions.dispute(deps, tenant, "c_1", None, "Quantité incorrecte", at(11, 4), "email", "quantité incorrecte")
    actions.request_plan(deps, tenant, "c_1", None, 3, at(11, 4), "email", "en 3 fois")
    assert deps.mailer.sent == []  # no notice (the reply is forwarded) and no answer to the debtor
    add(deps, tenant, "inv_2")
    actions.promise(deps, tenant, "c_1", ["inv_2"], date(2026, 11, 20), at(11, 4), "email", "le 20")
    assert [m.to for m in deps.mailer.sent] == [["compta@martin.fr"]]
