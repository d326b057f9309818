"""Every figure on a hand-worked book (README "Figures"). The expected numbers are worked by hand below."""

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from chalicelib.core import metrics
from chalicelib.core.records import (
    OPEN,
    PAID,
    PROMISED,
    VOID,
    Collection,
    Event,
    Invoice,
    Party,
    Payment,
    Snapshot,
)

D = Decimal
FROM, TO, TODAY = date(2026, 11, 1), date(2026, 11, 30), date(2026, 12, 5)
T0 = datetime(2026, 8, 1, 8, tzinfo=UTC)


def invoice(id, issued, due, total, payments=(), status=OPEN, amount_due=None, customer="c1", collection=None,
            occurred_at=T0):
    snap = Snapshot(occurred_at, f"e-{id}", id, status, "EUR", D(total), D(amount_due or total), issued, due,
                    Party(customer, f"{customer}@x.fr", name=f"Client {customer}"))
    pays = tuple(Payment(f"{id}-p{n}", D(a), day, datetime(day.year, day.month, day.day, 12, tzinfo=UTC))
                 for n, (day, a) in enumerate(payments))
    return Invoice("t1", id, snap, pays, collection or Collection())


# The book at TODAY (2026-12-05):
# A issued 09-01 due 10-01, 1000, paid 400 on 11-10; promised for 12-10       -> 600 owed, 60 days late at 11-30
# B issued 10-15 due 11-14, 500, paid 500 on 11-20 (2 letters named it)        -> paid 6 days late, 36 after issue
# C issued 11-05 due 12-05, 300, nothing paid                                    -> not due at 11-30
# D issued 08-01 due 08-16, 200, nothing paid (debtor c2)                        -> 106 days late at 11-30
# E issued 10-20 due 11-04, 100, paid 100 on 11-04                               -> on time, 15 days after issue
# F issued 10-10 due 11-09, 400, paid 100 on 11-25 and 300 on 12-03 (debtor c3)  -> 300 owed at 11-30, 21 days late
# V a void invoice of 999: in no figure.
BOOK = [
    invoice("A", date(2026, 9, 1), date(2026, 10, 1), "1000", [(date(2026, 11, 10), "400")],
            collection=Collection(state=PROMISED, promise_date=date(2026, 12, 10))),
    invoice("B", date(2026, 10, 15), date(2026, 11, 14), "500", [(date(2026, 11, 20), "500")]),
    invoice("C", date(2026, 11, 5), date(2026, 12, 5), "300"),
    invoice("D", date(2026, 8, 1), date(2026, 8, 16), "200", customer="c2"),
    invoice("E", date(2026, 10, 20), date(2026, 11, 4), "100", [(date(2026, 11, 4), "100")]),
    invoice("F", date(2026, 10, 10), date(2026, 11, 9), "400", [(date(2026, 11, 25), "100"),
                                                                  (date(2026, 12, 3), "300")], customer="c3"),
    invoice("V", date(2026, 10, 1), date(2026, 10, 31), "999", status=VOID),
]
LETTERS = {"B": 2}
EVENTS = [Event("t1", "B", T0, "promise_kept", "k1", {"promise_date": "2026-11-20"}),
          Event("t1", "A", T0, "promise_missed", "m1", {"promise_date": "2026-11-12"}),
          Event("t1", "C", T0, "promise_missed", "m2", {"promise_date": "2026-12-01"})]  # outside the period


def aggregate(book, letters=None, events=()) -> dict:
    """As the store keeps them: the sum of every invoice's ledger, placed in items."""
    entries = defaultdict(Decimal)
    for inv in book:
        for k, v in metrics.ledger(inv, (letters or {}).get(inv.id, 0)).items():
            entries[k] += v
    for k, v in metrics.event_entries(list(events)).items():
        entries[k] += v
    items = metrics.placed(dict(entries))
    for inv in book:
        items.setdefault(f"debtors#{metrics.debtor_shard(inv.customer_id)}", {})[f"name|{inv.customer_id}"] = \
            inv.snapshot.customer.name
    return items


@pytest.fixture(scope="module")
def figs():
    return metrics.figures(aggregate(BOOK, LETTERS, EVENTS), FROM, TO, TODAY)


def test_outstanding_and_overdue(figs):
    # at 11-30: A 1000-400 = 600, C 300, D 200, F 400-100 = 300 (its 12-03 payment is after `to`): 1400
    assert figs["outstanding"] == "1400.00"
    # due before 11-30: A, D, F: 600 + 200 + 300
    assert figs["overdue"] == "1100.00"


def test_aging(figs):
    # C due 12-05: not due; F 21 days late; A 60 days late (10-01 -> 11-30); D 106 days (15+30+31+30)
    assert figs["aging"] == {"not_due": "300.00", "d1_30": "300.00", "d31_60": "600.00", "d61_90": "0.00",
                             "d90_plus": "200.00"}


def test_dso_countback(figs):
    # 1400 outstanding. November (30 days to 11-30) invoiced C 300: 1100 left, 30 days.
    # October (31 days) invoiced B 500 + E 100 + F 400 = 1000: 100 left, 61 days.
    # September (30 days) invoiced A 1000 >= 100: 30 x 100 / 1000 = 3 days. DSO = 64.0
    assert figs["dso_countback"] == "64.0"


def test_days_late_and_to_pay(figs):
    # fully paid in November: B (500; 11-20 is 6 days after 11-14, 36 after 10-15), E (100; 0 late, 15 after 10-20)
    # late: (500 x 6 + 100 x 0) / 600 = 5.0; to pay: (500 x 36 + 100 x 15) / 600 = 19500 / 600 = 32.5
    assert figs["average_days_late"] == "5.0"
    assert figs["average_days_to_pay"] == "32.5"


def test_recovery_rate(figs):
    # due in November: B 500, E 100, F 400 = 1000; paid on them by 11-30: 500 + 100 + 100 = 700 -> 70.0 %
    assert figs["recovery_rate"] == "70.0"


def test_cei(figs):
    # start (end of 10-31): A 1000 + B 500 + D 200 + E 100 + F 400 = 2200; invoiced in November: C 300;
    # end: 1400; not yet due at the end: 300. (2200 + 300 - 1400) / (2200 + 300 - 300) = 1100 / 2200 = 50.0 %
    assert figs["cei"] == "50.0"


def test_reminders_per_paid_invoice(figs):
    # B was named by 2 letters, E by none: 2 / 2
    assert figs["reminders_per_paid_invoice"] == "1.00"


def test_promise_kept_rate(figs):
    # promised days in November: kept 11-20, missed 11-12 (the 12-01 one is outside): 1 / (1 + 1)
    assert figs["promise_kept_rate"] == "50.0"


def test_collected_by_month(figs):
    # November: 400 (A) + 500 (B) + 100 (E) + 100 (F) = 1100; nothing collected in the 11 months before
    months = figs["collected_by_month"]
    assert [m["period"] for m in months][:2] == ["2025-12", "2026-01"] and len(months) == 12
    assert months[-1] == {"period": "2026-11", "amount": "1100.00"}
    assert all(m["amount"] == "0.00" for m in months[:-1])


def test_expected_cash_in_by_week(figs):
    # weeks from 12-01: C due 12-05 (300) in the first; A promised for 12-10 (its 600) in the second;
    # D (due in August, no promise) is not expected in any week; F is paid by now
    weeks = figs["expected_cash_in_by_week"]
    assert [w["period"] for w in weeks][:3] == ["2026-12-01", "2026-12-08", "2026-12-15"] and len(weeks) == 8
    assert [w["amount"] for w in weeks] == ["300.00", "600.00"] + ["0.00"] * 6


def test_top_debtors(figs):
    # overdue today (12-05): c1 owes A 600 (due 10-01) and C 300 (due 12-05, not overdue); c2 owes D 200
    assert figs["top_debtors"] == [
        {"customer_id": "c1", "name": "Client c1", "overdue": "600.00", "outstanding": "900.00"},
        {"customer_id": "c2", "name": "Client c2", "overdue": "200.00", "outstanding": "200.00"}]


def test_empty_book_gives_no_rates():
    f = metrics.figures({}, FROM, TO, TODAY)
    assert f["outstanding"] == "0.00" and f["dso_countback"] == "0.0"
    assert f["average_days_late"] is None and f["cei"] is None and f["promise_kept_rate"] is None


def test_platform_paid_invoice_settles_on_its_day():
    inv = invoice("P", date(2026, 11, 1), date(2026, 11, 15), "250", status=PAID,
                  occurred_at=datetime(2026, 11, 18, 9, tzinfo=UTC))
    f = metrics.figures(aggregate([inv]), FROM, TO, TODAY)
    # paid in full on 11-18: 3 days late, 17 after issue; nothing outstanding
    assert (f["average_days_late"], f["average_days_to_pay"], f["outstanding"]) == ("3.0", "17.0", "0.00")
    assert f["collected_by_month"][-1]["amount"] == "250.00"


def test_a_change_adds_only_the_difference():
    before = BOOK[2]
    after = invoice("C", date(2026, 11, 5), date(2026, 12, 5), "300", [(date(2026, 11, 28), "300")])
    d = metrics.diff(metrics.ledger(before), metrics.ledger(after))
    assert d[(metrics.REDUCTION, date(2026, 11, 28), date(2026, 12, 5))] == D(300)
    assert d[(metrics.EXPECTED, date(2026, 12, 5))] == D(-300)
    assert (metrics.INVOICED, date(2026, 11, 5)) not in d
