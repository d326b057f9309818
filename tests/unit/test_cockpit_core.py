"""The cockpit's pure parts: the dry-run calendar, sessions and CSRF, the to-do fold, CSV export, IBAN."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from chalicelib.core import dryrun, session, todo
from chalicelib.core.decide import Debtor
from chalicelib.core.policy import default_policy
from chalicelib.core.records import Collection, Event, Invoice, Party, Snapshot

FR = default_policy("FR")
PARIS = Debtor("Europe/Paris", "FR", "compta@martin.fr")
KEYS = {1: b"k" * 32}


def inv(id="i1", due=date(2026, 11, 2), **coll) -> Invoice:
    snap = Snapshot(occurred_at=datetime(2026, 9, 1, tzinfo=UTC), event_id="e", number=id.upper(), status="open",
                    currency="EUR", total=Decimal("100"), amount_due=Decimal("100"), issued_on=date(2026, 10, 1),
                    due_on=due, customer=Party("c1", "compta@martin.fr"))
    return Invoice("t", id, snap, collection=Collection(**coll))


def test_dryrun_follows_the_policy_stages_with_their_dates():
    start = datetime(2026, 10, 20, 6, tzinfo=UTC)
    plan = dryrun.calendar([inv()], PARIS, FR, start, days=60)
    sends = [(a.stage, a.day) for a in plan if a.kind == "send"]
    assert sends[0] == ("heads_up", date(2026, 10, 28))  # D-5 is 28 October, a Wednesday
    assert [s for s, _ in sends] == ["heads_up", "reminder", "second_reminder", "firm", "formal_notice",
                                     "final_notice"]
    assert sends[-1][1] >= date(2026, 12, 17)  # D+45
    why = plan[0].why[0]
    assert (why.number, why.offset_days, why.due_on) == ("I1", -5, date(2026, 11, 2))


def test_dryrun_hands_off_and_writes_nothing():
    original = inv(due=date(2026, 9, 1))
    plan = dryrun.calendar([original], PARIS, FR, datetime(2026, 10, 20, 6, tzinfo=UTC), days=120)
    # D+49, never named: a backlog starts at the first overdue stage and climbs, never a notice first
    assert plan[0].kind == "send" and plan[0].stage == "reminder"
    assert [a.stage for a in plan if a.kind == "send"] == ["reminder", "second_reminder", "firm", "formal_notice",
                                                            "final_notice"]
    assert any(a.kind == "handoff" for a in plan)
    assert original.collection == Collection()  # the input is untouched


def test_dryrun_respects_the_gap_between_two_invoices_of_one_debtor():
    plan = dryrun.calendar([inv("a", due=date(2026, 11, 2)), inv("b", due=date(2026, 11, 4))], PARIS, FR,
                           datetime(2026, 10, 20, 6, tzinfo=UTC), days=30)
    days = [a.day for a in plan if a.kind == "send"]
    assert all((b - a).days >= FR.min_gap_days for a, b in zip(days, days[1:], strict=False))
    assert any(a.held_by == "gap" for a in plan)


def test_dryrun_changes_with_the_policy():
    start = datetime(2026, 10, 20, 6, tzinfo=UTC)
    gentle = replace(FR, stages=FR.stages[1:])
    assert dryrun.calendar([inv()], PARIS, gentle, start)[0].stage == "reminder"


def test_dryrun_nothing_for_a_disputed_invoice():
    assert dryrun.calendar([inv(state="disputed")], PARIS, FR, datetime(2026, 10, 20, tzinfo=UTC)) == []


def test_session_round_trip_expiry_and_tampering():
    now = datetime(2026, 11, 1, tzinfo=UTC)
    s = session.Session("a@b.fr", "t_1", "sid", int(now.timestamp()) + 3600)
    cookie = session.sign(KEYS, 1, s)
    assert session.verify(KEYS, cookie, now) == s
    assert session.verify(KEYS, cookie, now + timedelta(hours=2)) is None
    kid, payload, tag = cookie.split(".")
    forged = session.sign({1: b"x" * 32}, 1, replace(s, tenant_id="t_2"))
    assert session.verify(KEYS, f"{kid}.{forged.split('.')[1]}.{tag}", now) is None
    assert session.verify(KEYS, forged, now) is None
    assert session.verify(KEYS, "garbage", now) is None
    # rotation: a new current key still accepts cookies signed with the old one
    assert session.verify({1: b"k" * 32, 2: b"n" * 32}, cookie, now) == s


def test_csrf_is_bound_to_the_session():
    token = session.csrf(KEYS, 1, "sid1")
    assert session.check_csrf(KEYS, "sid1", token)
    assert not session.check_csrf(KEYS, "sid2", token)
    assert not session.check_csrf(KEYS, "sid1", "")
    assert not session.check_csrf(KEYS, None, token)


def ev(type, detail=None, source="page", invoice="i1", id="e1"):
    return Event("t", invoice, datetime(2026, 11, 1, tzinfo=UTC), type, id, detail or {}, source)


def test_todo_items_follow_the_events_that_need_a_person():
    got = todo.follow([ev("dispute_opened", {"reason": "faulty"}, id="e1"),
                       ev("dispute_opened", {"reason": "faulty"}, invoice="i2", id="e2"),
                       ev("promise_made"), ev("reply_received", {"intent": "contact_change", "acted": False},
                                              source="email", id="e3")])
    kinds = {e.detail["kind"]: e for e in got}
    assert set(kinds) == {"dispute", "contact_change"}
    assert kinds["dispute"].detail["invoice_ids"] == ["i1", "i2"] and kinds["dispute"].invoice_id == todo.STREAM
    assert todo.follow([ev("dispute_opened", {"reason": "x"}, source="app")]) == []
    assert todo.follow([ev("reply_received", {"intent": "promise", "acted": True})]) == []
    assert todo.follow([ev("bounced", {"permanent": False}, source="ses")]) == []
    assert todo.follow(got) == []  # items never open items


def test_todo_fold_drops_closed_items():
    opened = todo.follow([ev("plan_requested", id="e1"), ev("approval_needed", id="e2", invoice="i2")])
    items = todo.open_items(opened)
    assert len(items) == 2
    closed = todo.close("t", items[0].id, datetime(2026, 11, 2, tzinfo=UTC), "c1", "approve", "a@b.fr")
    assert [i.id for i in todo.open_items([*opened, closed])] == [items[1].id]


def test_csv_export_is_what_a_french_spreadsheet_opens_and_neutralises_formulas():
    from chalicelib.core import book

    bad = replace(inv("i9"), snapshot=replace(inv("i9").snapshot, number="=HYPERLINK(1)",
                                              customer=Party("c1", "a@b.fr", name="@SUM")))
    raw = book.to_csv([inv(), bad], date(2026, 11, 12), {"overdue": "En retard"})
    assert raw.startswith("\ufeff".encode())
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Numéro;Client;")
    assert lines[1].split(";")[4:7] == ["10", "100,00", "100,00"]
    assert lines[2].startswith("'=HYPERLINK(1);'@SUM;")


def test_filters_and_sorting():
    from chalicelib.core import book

    today = date(2026, 11, 12)
    rows = [inv("a", due=date(2026, 11, 1)), inv("b", due=date(2026, 12, 1)), inv("c", state="disputed")]
    assert [i.id for i in book.select(rows, book.Filters.parse({"state": "overdue"}), today)] == ["a"]
    assert [i.id for i in book.select(rows, book.Filters.parse({"q": "B"}), today)] == ["b"]
    assert [i.id for i in book.select(rows, book.Filters.parse({"sort": "-due_on", "state": "upcoming"}), today)] == ["b"]
    assert book.select(rows, book.Filters.parse({"min": "150,00"}), today) == []


def test_iban_bic_siren_checksums():
    from chalicelib.core.ids_fr import bic_ok, iban_ok, siren_ok

    assert iban_ok("FR76 3000 6000 0112 3456 7890 189") and iban_ok("GB82WEST12345698765432")
    assert not iban_ok("FR7630006000011234567890188") and not iban_ok("FR76") and not iban_ok("")
    assert bic_ok("AGRIFRPP") and bic_ok("AGRIFRPPXXX") and not bic_ok("AGRI")
    assert siren_ok("732 829 320") and not siren_ok("732829321")
