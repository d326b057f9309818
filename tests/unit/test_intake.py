import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.core import intake
from chalicelib.core.errors import ValidationError
from chalicelib.core.money import from_minor, parse_amount
from chalicelib.core.records import Invoice, apply_payment, apply_snapshot
from tests.factories import generic_event

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)


def test_generic_event_maps_every_field():
    change = intake.parse_generic(generic_event(), "msg_1")
    s = change.snapshot
    assert (change.invoice_id, s.number, s.currency, s.total, s.amount_due) == (
        "inv_812", "F-2026-0042", "EUR", Decimal("1200.00"), Decimal("1200.00"))
    assert s.due_on.isoformat() == "2026-10-31" and s.customer.email == "compta@martin.fr"
    assert s.occurred_at == T0 and s.event_id == "msg_1"


@pytest.mark.parametrize("patch, field", [
    ({"total": "12,00.5x"}, "invoice.total"),
    ({"total": "-5"}, "invoice.total"),
    ({"total": 12.5}, "invoice.total"),
    ({"total": True}, "invoice.total"),
    ({"currency": "EUX"}, "invoice.currency"),
    ({"due_on": "2026-09-01"}, "invoice.due_on"),
    ({"due_on": "31/10/2026"}, "invoice.due_on"),
    ({"customer": {"id": "c_1", "email": ""}}, "invoice.customer.email"),
    ({"customer": {"id": "c_1", "email": "not-an-email"}}, "invoice.customer.email"),
    ({"payment_url": "javascript:alert(1)"}, "invoice.payment_url"),
    ({"amount_due": "5000"}, "invoice.amount_due"),
])
def test_bad_invoice_fields_are_named(patch, field):
    event = generic_event()
    event["invoice"].update(patch)
    with pytest.raises(ValidationError) as err:
        intake.parse_generic(event, "msg_1")
    assert field in err.value.fields


def test_naive_timestamp_and_unknown_type_rejected():
    event = generic_event(occurred_at="2026-11-02T09:00:00", type="invoice.exploded")
    with pytest.raises(ValidationError) as err:
        intake.parse_generic(event, "msg_1")
    assert {"occurred_at", "type"} <= set(err.value.fields)


def test_amounts_are_decimal_never_float():
    assert parse_amount("1200.10") == Decimal("1200.10")
    assert parse_amount("1 234,56") == Decimal("1234.56")
    with pytest.raises(ValueError):
        parse_amount(0.1)
    with pytest.raises(ValueError):
        parse_amount("NaN")
    assert from_minor(1999, "eur") == Decimal("19.99")
    assert from_minor(1999, "jpy") == Decimal("1999")
    assert from_minor(1999, "kwd") == Decimal("1.999")


def _stripe(corpora, name):
    for folder in ("stripe-ruby-mock", "DERIVED"):
        path = corpora / "stripe" / "events" / folder / name
        if path.exists():
            return json.loads(path.read_text())
    raise FileNotFoundError(name)


@pytest.mark.parametrize("name, status", [
    ("invoice.created.json", "draft"), ("invoice.finalized.json", "paid"), ("invoice.paid.json", "paid"),
    ("invoice.payment_succeeded.json", "paid"), ("invoice.payment_failed.json", "open"),
    ("invoice.voided.json", "void"), ("invoice.marked_uncollectible.json", "uncollectible"),
    ("invoice.sent.json", "open"), ("invoice.overdue.json", "open"), ("invoice.updated.json", None),
])
def test_real_stripe_events_map(corpora, name, status):
    event = _stripe(corpora, name)
    change = intake.parse_stripe(event)
    obj = event["data"]["object"]
    s = change.snapshot
    assert change.invoice_id == obj["id"] and change.event_id == event["id"]
    assert s.currency == obj["currency"].upper()
    assert s.total == from_minor(obj["total"], obj["currency"])
    assert s.amount_due == from_minor(obj.get("amount_remaining", obj["amount_due"]), obj["currency"])
    assert s.occurred_at == datetime.fromtimestamp(event["created"], UTC)
    assert s.payment_url == obj.get("hosted_invoice_url")
    if status:
        assert s.status == status
    if obj.get("due_date"):
        assert s.due_on == datetime.fromtimestamp(obj["due_date"], UTC).date()


def test_stripe_event_of_other_kind_is_ignored():
    assert intake.parse_stripe({"type": "customer.created", "data": {"object": {}}}) is None


# The fold: any permutation and duplication of an invoice's events ends where applying them once in order does.
def _events():
    base = generic_event(total="1000.00")
    snaps, pays = [], []
    for i, (status, due) in enumerate([("open", "1000.00"), ("open", "900.00"), ("paid", "0"), ("open", "1000.00")]):
        ev = json.loads(json.dumps(base))
        ev["invoice"].update(status=status, amount_due=due)
        ev["occurred_at"] = (T0 + timedelta(hours=i * 2)).isoformat()
        snaps.append(intake.parse_generic(ev, f"evt_{i}"))
    for i in range(3):
        ev = generic_event(type="payment.received", occurred_at=(T0 + timedelta(hours=i * 2 + 1)).isoformat(),
                           payment={"amount": "50.00", "paid_on": "2026-11-02"})
        pays.append(intake.parse_generic(ev, f"pay_{i}"))
    return snaps + pays


EVENTS = _events()


def _fold(changes):
    inv = Invoice("t", "inv_812")
    for c in changes:
        inv = apply_snapshot(inv, c.snapshot) if c.snapshot else apply_payment(inv, c.payment)
    return inv


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(range(len(EVENTS))), min_size=1, max_size=20))
def test_any_order_and_repetition_ends_in_the_same_state(picks):
    chosen = [EVENTS[i] for i in picks]
    once_in_order = sorted({id(c): c for c in chosen}.values(), key=lambda c: c.occurred_at)
    a, b = _fold(chosen), _fold(once_in_order)
    assert (a.snapshot, a.payments, a.status, a.amount_due) == (b.snapshot, b.payments, b.status, b.amount_due)


def test_late_finalized_after_paid_stays_paid():
    paid, opened = EVENTS[2], EVENTS[0]
    inv = _fold([paid, opened])
    assert inv.status == "paid" and inv.amount_due == 0


def test_partial_payment_lowers_amount_due():
    inv = _fold([EVENTS[0], EVENTS[4]])
    assert inv.amount_due == Decimal("950.00") and inv.status == "open"
