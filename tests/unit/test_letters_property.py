"""Every letter true, over random books: a debtor's invoices run day by day through the decision core and the
composition, as the sender does, with the simulation keeping its own log of what each letter said."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from chalicelib.core.decide import Debtor, decide
from chalicelib.core.letters import compose, standing
from chalicelib.core.policy import default_policy
from chalicelib.core.records import (
    ACTIVE,
    HANDED_OFF,
    PAUSED,
    PROMISED,
    Collection,
    Invoice,
    Party,
    Payment,
    Snapshot,
)

FR = default_policy("FR")
START = date(2026, 9, 1)
DAYS = 150


def at(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 9, 30, tzinfo=UTC)  # 10:30 or 11:30 in Paris: inside the window


invoice_spec = st.fixed_dictionaries({
    "due": st.integers(-40, 90),  # days after START; negative: already late when the book opens
    "seen": st.integers(0, 100),  # the day the invoice first reaches Relance (a backlog when after due)
    "amount": st.integers(50, 5000),
    "partial": st.one_of(st.none(), st.tuples(st.integers(1, 140), st.integers(10, 90))),  # day, percent paid
    "paid_on": st.one_of(st.none(), st.integers(1, 149)),
    "promise": st.one_of(st.none(), st.tuples(st.integers(1, 140), st.integers(1, 20), st.booleans())),
    "pause": st.one_of(st.none(), st.tuples(st.integers(1, 140), st.integers(1, 15))),
})
book = st.fixed_dictionaries({
    "invoices": st.lists(invoice_spec, min_size=1, max_size=5),
    "consumer": st.booleans(),
    "skipped": st.sets(st.integers(0, DAYS - 1), max_size=40),  # missed daily runs
})


def snapshot(i: int, spec: dict, kind: str) -> Snapshot:
    due = START + timedelta(days=spec["due"])
    return Snapshot(occurred_at=datetime(2026, 8, 1, tzinfo=UTC), event_id=f"e{i}", number=f"F-{i}", status="open",
                    currency="EUR", total=Decimal(spec["amount"]), amount_due=Decimal(spec["amount"]),
                    issued_on=due - timedelta(days=30), due_on=due,
                    customer=Party("c1", "compta@client.test", kind=kind))


def pay(inv: Invoice, amount: Decimal, day: date) -> Invoice:
    p = Payment(f"p{len(inv.payments)}", amount, day, at(day))
    return replace(inv, payments=(*inv.payments, p))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(book)
def test_every_letter_is_true(b):
    kind = "consumer" if b["consumer"] else "business"
    invoices = {f"i{n}": Invoice("t", f"i{n}", snapshot(n, s, kind)) for n, s in enumerate(b["invoices"])}
    specs = {f"i{n}": s for n, s in enumerate(b["invoices"])}
    debtor = Debtor("Europe/Paris", "FR", "compta@client.test")
    said: dict[str, list[tuple[str, date]]] = {k: [] for k in invoices}  # overdue letters that named each one
    handed_on: dict[str, date] = {}
    letters = 0
    for n in range(DAYS):
        day = START + timedelta(days=n)
        for k, s in specs.items():  # the world moves: payments, promises, pauses
            inv = invoices[k]
            if s["partial"] and s["partial"][0] == n and inv.amount_due > 0:
                invoices[k] = pay(inv, (inv.amount_due * s["partial"][1] / 100).quantize(Decimal("0.01")), day)
            if s["paid_on"] == n and invoices[k].amount_due > 0:
                invoices[k] = pay(invoices[k], invoices[k].amount_due, day)
            c = invoices[k].collection
            if s["promise"] and s["promise"][0] == n and c.state == ACTIVE and invoices[k].collectable:
                promised = day + timedelta(days=s["promise"][1])
                invoices[k] = replace(invoices[k], collection=replace(c, state=PROMISED, promise_date=promised))
                if s["promise"][2]:  # kept: paid on the promised day
                    s["paid_on"] = max(s["paid_on"] or 0, (promised - START).days)
            if s["pause"] and s["pause"][0] == n and c.state == ACTIVE and invoices[k].collectable:
                until = day + timedelta(days=s["pause"][1])
                invoices[k] = replace(invoices[k], collection=replace(c, state=PAUSED, paused_until=until))
        if n in b["skipped"]:
            continue
        known = [inv for k, inv in invoices.items() if specs[k]["seen"] <= n]
        if not known:
            continue
        now = at(day)
        d = decide(known, debtor, FR, now, max(debtor.sent_at, default=None))
        for k, c in d.updates.items():
            if c.state == HANDED_OFF and k not in handed_on:
                handed_on[k] = day
        if d.reason == "send":
            by_id = {i.id: i for i in known}
            letter = compose(d, by_id, FR, "FR", kind, now, "Europe/Paris")
            check_letter(letter, by_id, said, handed_on, kind, day)
            letters += 1
            for ln in letter.claimed:
                if ln.advanced:
                    said[ln.invoice_id].append((ln.stage, day))
            debtor = replace(debtor, sent_at=(*debtor.sent_at, now))
            after = [replace(i, collection=d.updates.get(i.id, i.collection)) for i in known]
            page = standing(after, FR, "FR", kind, day)
            check_page(letter, page)
        for k, c in d.updates.items():
            invoices[k] = replace(invoices[k], collection=c)
    event(f"letters: {min(letters, 8)}{'+' if letters >= 8 else ''}")


def check_letter(letter, by_id, said, handed_on, kind, day):
    claimed = letter.claimed
    assert claimed or not letter.stage.overdue
    for ln in claimed:
        assert ln.due_on < day, "nothing is claimed before its due date"
        assert ln.invoice_id not in handed_on, "nothing after hand-off"
        history = said[ln.invoice_id]
        stages = [s for s, _ in history]
        if ln.advanced:
            assert ln.stage not in stages or ln.stage == "repeat", "each stage at most once per invoice"
            if not history:
                assert ln.stage == "reminder", "an invoice never named enters at the first overdue stage"
        assert ln.prior == len(history), "what the letter says was sent is what was sent"
        assert ln.last_named_on == (history[-1][1] if history else None)
        if kind == "consumer":
            assert ln.indemnity == 0, "no recovery fee to a consumer"
            if ln.formal_notice_on is None:
                assert ln.penalties == 0, "no interest before a formal notice to a consumer"
        if ln.stage not in ("firm", "formal_notice", "final_notice", "repeat"):
            assert ln.penalties == 0 and ln.indemnity == 0
    if letter.stage.notice:
        assert all(said[ln.invoice_id] for ln in letter.lead), "a notice is never a first letter"
    if letter.stage.name in ("second_reminder", "firm", "formal_notice", "final_notice"):
        assert letter.prior >= 1, "the past it speaks of happened"
    for ln in letter.announced:
        assert ln.due_on >= day and ln.role == "upcoming"
    for t in letter.totals:
        mine = [ln for ln in claimed if ln.currency == t.currency]
        assert t.claimed == sum((ln.principal + ln.penalties + ln.indemnity for ln in mine), Decimal(0))
    upcoming_ids = {ln.invoice_id for ln in letter.announced}
    assert not upcoming_ids & {ln.invoice_id for ln in claimed}


def check_page(letter, page):
    """The debtor's page the same day shows what the letter asked, invoice by invoice and in total."""
    lines = {ln.invoice_id: ln for ln in page.lines}
    for ln in letter.claimed:
        p = lines[ln.invoice_id]
        assert (p.role, p.principal, p.penalties, p.indemnity) == ("claimed", ln.principal, ln.penalties,
                                                                    ln.indemnity)
    assert {t.currency: t.claimed for t in page.totals("claimed")} == {t.currency: t.claimed for t in letter.totals}


def test_a_formal_notice_claims_the_new_invoice_at_its_own_first_stage():
    """The case seen: a 2-days-late invoice pulled into a formal notice with the EUR 40 indemnity."""
    old = Invoice("t", "a", snapshot(0, {"due": 0, "amount": 1000}, "business"),
                  collection=Collection(stage="firm", stages_sent=("reminder", "second_reminder", "firm"),
                                        stage_sent_at=at(START + timedelta(days=15))))
    new = Invoice("t", "b", snapshot(1, {"due": 28, "amount": 240}, "business"))
    soon = Invoice("t", "c", snapshot(2, {"due": 34, "amount": 300}, "business"))
    day = START + timedelta(days=30)
    d = decide([old, new, soon], Debtor("Europe/Paris", "FR", "x@y.test"), FR, at(day))
    letter = compose(d, {"a": old, "b": new, "c": soon}, FR, "FR", "business", at(day), "Europe/Paris")
    assert letter.stage.name == "formal_notice"
    assert [ln.invoice_id for ln in letter.lead] == ["a"] and letter.lead[0].indemnity == Decimal("40.00")
    (b,) = letter.others
    assert (b.invoice_id, b.stage, b.prior, b.penalties, b.indemnity) == ("b", "reminder", 0, 0, 0)
    assert [ln.invoice_id for ln in letter.upcoming] == ["c"]
    lead = letter.lead[0]
    assert letter.totals[0].claimed == lead.principal + lead.penalties + lead.indemnity + b.principal
