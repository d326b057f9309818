"""Cockpit pages on the book: dashboard, to do, invoices (list, export, one invoice), debtor file."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import partial

from chalicelib import log
from chalicelib.adapters.store import AlreadyDone, WriteBatch, event_seq
from chalicelib.core import book, dryrun, todo
from chalicelib.core import intake as core_intake
from chalicelib.core.errors import RelanceError, ValidationError
from chalicelib.core.records import HANDED_OFF, PROMISED, Collection, Event, Invoice

from . import actions, intake, invoices
from .cockpit import Page, Signed, back, field_, message, render
from .dunning import debtor_of, newest_party
from .ids import new_id
from .policies import policy_for
from .retry import on_conflict

HANDOFF_TO = ("agency", "court", "mediation")
TODO_PAGE = 25
TODO_COUNT_CAP = 200


def todo_page_of(ctx: Signed, cursor: str | None, size: int = TODO_PAGE) -> tuple[list[tuple[todo.Item, str]], str | None]:
    """One page of open items, newest first, each with its key (the stream's sort key), and the next cursor.

    One Query of size + 1: the extra row only says whether there is a next page."""
    events, _ = ctx.store.stream_page(ctx.tenant.id, todo.STREAM, limit=size + 1, cursor=cursor)
    keys = {e.id: event_seq(e) for e in events}
    items = todo.open_items(events[:size])
    nxt = event_seq(events[size - 1]) if len(events) > size else None
    return [(i, keys[i.id]) for i in items], nxt


def todo_count(ctx: Signed) -> tuple[int, bool]:
    """How many items are open, read at most TODO_COUNT_CAP deep: (count, more than that)."""
    n, cursor = 0, None
    while n < TODO_COUNT_CAP:
        events, cursor = ctx.store.stream_page(ctx.tenant.id, todo.STREAM, limit=min(100, TODO_COUNT_CAP - n),
                                               cursor=cursor)
        n += len(todo.open_items(events))
        if not cursor:
            return n, False
    probe, _ = ctx.store.stream_page(ctx.tenant.id, todo.STREAM, limit=1, cursor=cursor)
    return n, bool(probe)


def dashboard(ctx: Signed) -> Page:
    """The figures of GET /v1/metrics for the chosen period (the same function), with their charts."""
    from chalicelib.core.errors import ValidationError

    from . import metrics

    n, more = todo_count(ctx)
    try:
        figures = metrics.for_request(ctx.store, ctx.tenant, dict(ctx.req.query), ctx.now)
        error = None
    except ValidationError as exc:
        figures, error = metrics.for_request(ctx.store, ctx.tenant, {}, ctx.now), exc.fields
    view = metrics.dashboard_view(figures, ctx.lang, ctx.tenant.jurisdiction)
    return render(ctx, "dashboard.html", {"todo_count": f"{n}+" if more else n, **view, "period_error": error,
                                          "debtor_base": ctx.url("/debtors/")})


# --- to do ----------------------------------------------------------------------------------------------------

def todo_page(ctx: Signed) -> Page:
    cursor = ctx.req.query.get("after") or None
    page, nxt = todo_page_of(ctx, cursor[:200] if cursor else None)
    rows = []
    for item, key in page:
        invs = [i for i in (ctx.store.get_invoice(ctx.tenant.id, x) for x in item.invoice_ids) if i and i.snapshot]
        rows.append({"item": item, "key": key, "invoices": invs, "debtor": invs[0].snap.customer if invs else None})
    return render(ctx, "todo.html", {"rows": rows, "done": ctx.req.query.get("done"), "handoff_to": HANDOFF_TO,
                                     "next_cursor": nxt, "first_page": not cursor})


def todo_act(ctx: Signed, item_id: str) -> Page:
    key = field_(ctx, "key")
    opened = ctx.store.get_event(ctx.tenant.id, todo.STREAM, key) if key and len(key) < 200 else None
    if opened is None or opened.id != item_id or opened.type != todo.OPENED:
        return message(ctx, "not_found", 404)
    item = todo.open_items([opened])[0]
    action = field_(ctx, "action")
    invs = [i for i in (ctx.store.get_invoice(ctx.tenant.id, x) for x in item.invoice_ids) if i and i.snapshot]
    try:
        result = _todo_action(ctx, item, action, invs)
    except RelanceError as exc:
        log.info("cockpit to-do action refused", action=action, error_code=exc.code)
        return back(ctx, "/todo", "refused")
    if result is None:
        return message(ctx, "bad_form", 400)
    try:  # out of the open list, into the archive, in one transaction
        ctx.store.write(WriteBatch(events=[todo.close(ctx.tenant.id, item.id, ctx.now, new_id(), action, ctx.email,
                                                      opened)], removed=[opened]))
    except AlreadyDone:
        pass  # someone else closed it meanwhile
    return back(ctx, "/todo", result)


def _todo_action(ctx: Signed, item: todo.Item, action: str, invs: list[Invoice]) -> str | None:
    k = item.kind
    if action == "dismiss":
        return "dismissed"
    if k == "promise_approval" and action == "approve":
        on = date.fromisoformat(item.detail["promise_date"])
        _set_state(ctx, invs, lambda c: replace(c, state=PROMISED, promise_date=on, paused_until=None),
                   "promise_made", {"promise_date": on.isoformat(), "approved_by": ctx.email})
        return "approved"
    if k == "promise_approval" and action == "refuse":
        _events(ctx, invs, "promise_refused", {"promise_date": item.detail.get("promise_date")})
        return "refused_promise"
    if k == "plan" and action == "accept":
        until = ctx.today + timedelta(days=30)
        for inv in _open(invs):
            invoices.pause(ctx.store, ctx.tenant, inv.id, {"until": until.isoformat(), "reason": "payment plan"},
                           ctx.now, "app")
        return "paused"
    if k == "dispute" and action == "resume":
        for inv in _open(invs):
            invoices.resume(ctx.store, ctx.tenant, inv.id, ctx.now)
        return "resumed"
    if k == "dispute" and action == "void":
        for inv in _open(invs):
            void(ctx, inv)
        return "voided"
    if k == "dispute" and action == "credit_note":
        amount = _amount(field_(ctx, "amount"))
        target = next((i for i in _open(invs) if i.id == field_(ctx, "invoice")), None)
        if amount is None or target is None:
            return None
        pay(ctx, target, amount, ctx.today, "credit_note")
        invoices.resume(ctx.store, ctx.tenant, target.id, ctx.now) if target.amount_due > amount else None
        return "credit_noted"
    if k == "contact_change" and action == "apply":
        new = (item.detail.get("new_email") or field_(ctx, "email")).strip()
        if not new or not invs:
            return None
        change_email(ctx, invs[0].snap.customer.id, new)
        return "contact_applied"
    if k == "handoff" and action in HANDOFF_TO:
        _events(ctx, invs, "handoff_sent", {"to": action})
        return "handed_" + action
    if action == "handled":
        return "dismissed"
    return None


def _open(invs: list[Invoice]) -> list[Invoice]:
    return [i for i in invs if actions.is_open(i)]


def _events(ctx: Signed, invs: list[Invoice], etype: str, detail: dict) -> None:
    ctx.store.write(WriteBatch(events=[Event(ctx.tenant.id, i.id, ctx.now, etype, new_id(),
                                             {**detail, "by": ctx.email}, "app") for i in invs]))


def _set_state(ctx: Signed, invs: list[Invoice], fn: Callable[[Collection], Collection], etype: str,
               detail: dict) -> None:
    def attempt(inv: Invoice) -> None:
        cur = ctx.store.get_invoice(ctx.tenant.id, inv.id)
        assert cur is not None, "an invoice read a moment ago is still there"
        new = intake.schedule(ctx.tenant, replace(cur, collection=fn(cur.collection)))
        ctx.store.write(WriteBatch(invoices=[new], events=[
            Event(ctx.tenant.id, inv.id, ctx.now, etype, new_id(), dict(detail), "app")]))

    for inv in _open(invs):
        on_conflict(partial(attempt, inv), "invoice")


def void(ctx: Signed, inv: Invoice) -> None:
    snap = replace(inv.snap, status="void", occurred_at=ctx.now, event_id=new_id("void"))
    intake.apply(ctx.store, ctx.tenant, core_intake.Change(snap.event_id, "app", "invoice.voided", ctx.now, inv.id,
                                                           snapshot=snap), ctx.now)


def pay(ctx: Signed, inv: Invoice, amount: Decimal, paid_on: date, method: str) -> None:
    pid = new_id("pay")
    p = core_intake.parse_payment({"amount": f"{amount:f}", "paid_on": paid_on.isoformat(), "method": method},
                                  occurred_at=ctx.now, payment_id=pid, source="app", prefix="")
    intake.apply(ctx.store, ctx.tenant, core_intake.Change(pid, "app", "payment.received", ctx.now, inv.id,
                                                           payment=p), ctx.now)


def change_email(ctx: Signed, customer_id: str, email: str) -> None:
    """The firm applies a new address: a new snapshot of each of the debtor's invoices names it."""
    try:
        email = core_intake.check_email(email)
    except ValueError:
        raise ValidationError("not an email address", {"email": "email"}) from None
    for inv in ctx.store.customer_invoices(ctx.tenant.id, customer_id):
        if not inv.snapshot:
            continue
        snap = replace(inv.snapshot, customer=replace(inv.snapshot.customer, email=email), occurred_at=ctx.now,
                       event_id=new_id("contact"))
        intake.apply(ctx.store, ctx.tenant, core_intake.Change(snap.event_id, "app", "invoice.upserted", ctx.now,
                                                               inv.id, snapshot=snap), ctx.now)


def _amount(raw: str) -> Decimal | None:
    try:
        v = Decimal((raw or "").replace(" ", "").replace("\u202f", "").replace(",", "."))
    except InvalidOperation:
        return None
    return v.quantize(Decimal("0.01")) if v > 0 and v < Decimal("1e10") else None


# --- invoices ------------------------------------------------------------------------------------------------

STATE_NAMES = {"overdue": "En retard", "upcoming": "À échoir", "promised": "Promesse", "paused": "En pause",
               "disputed": "Contestée", "handed_off": "Transmise", "paid": "Payée", "void": "Annulée"}


FILTER_KEYS = ("state", "stage", "q", "min", "max", "debtor", "sort")
MAX_READ = 2000  # a filtered, sorted or exported view reads at most this many invoices (and says so)


def bounded_invoices(ctx: Signed) -> tuple[list[Invoice], bool]:
    """The tenant's invoices in partition order, at most MAX_READ (Query pages, never a Scan): (rows, truncated)."""
    out: list[Invoice] = []
    cursor: str | None = None
    while len(out) < MAX_READ:
        rows, cursor = ctx.store.list_invoices(ctx.tenant.id, limit=min(200, MAX_READ - len(out)), cursor=cursor)
        out += rows
        if not cursor:
            return out, False
    probe, _ = ctx.store.list_invoices(ctx.tenant.id, limit=1, cursor=cursor)
    return out, bool(probe)


def invoice_list(ctx: Signed) -> Page:
    f = book.Filters.parse(ctx.req.query)
    base = {"f": f, "states": book.VIEW_STATES, "sorts": book.SORTS, "max_read": MAX_READ,
            "stages": [s.name for s in policy_for(ctx.tenant, None).stages],
            "query": {k: v for k, v in ctx.req.query.items() if k not in ("page", "lang", "after")}}
    if not any(ctx.req.query.get(k) for k in FILTER_KEYS):
        # The default view: one Query page (Limit + ExclusiveStartKey), the cursor in the URL.
        after = (ctx.req.query.get("after") or "")[:300] or None
        rows, _ = ctx.store.list_invoices(ctx.tenant.id, limit=book.PAGE + 1, cursor=after)
        shown = rows[:book.PAGE]
        nxt = shown[-1].id if len(rows) > book.PAGE else None
        return render(ctx, "invoices.html", base | {
            "rows": [_line(ctx, i) for i in shown], "count": None, "shown": len(shown), "paged": True,
            "next_cursor": nxt, "first_page": after is None, "page": 1, "pages": 1, "truncated": False})
    invs, truncated = bounded_invoices(ctx)
    rows = book.select(invs, f, ctx.today)
    raw_page = ctx.req.query.get("page", "1")
    n = int(raw_page) if raw_page.isdigit() and int(raw_page) > 0 else 1
    pages = max(1, -(-len(rows) // book.PAGE))
    n = min(n, pages)
    shown = rows[(n - 1) * book.PAGE: n * book.PAGE]
    return render(ctx, "invoices.html", base | {
        "rows": [_line(ctx, i) for i in shown], "count": len(rows), "page": n, "pages": pages, "paged": False,
        "truncated": truncated})


def _line(ctx: Signed, i: Invoice) -> dict:
    s = i.snap  # listed invoices, or checked
    return {"id": i.id, "number": s.number, "debtor": book.debtor_name(i), "customer_id": s.customer.id,
            "due_on": s.due_on, "amount_due": i.amount_due, "total": s.total, "currency": s.currency,
            "state": book.view_state(i, ctx.today), "stage": i.collection.stage,
            "days_late": (ctx.today - s.due_on).days if s.due_on else None}


def export_csv(ctx: Signed) -> Page:
    f = book.Filters.parse(ctx.req.query)
    invs, truncated = bounded_invoices(ctx)
    rows = book.select(invs, f, ctx.today)
    body = book.to_csv(rows, ctx.today, STATE_NAMES).decode("utf-8")  # text: the API sends no binary
    return Page(200, body, {"Content-Type": "text/csv; charset=utf-8", "Cache-Control": "no-store",
                            "Content-Disposition": f'attachment; filename="factures-{ctx.today.isoformat()}.csv"',
                            "X-Content-Type-Options": "nosniff",
                            "X-Relance-Rows-Read": f"{len(invs)}{'+' if truncated else ''}"})


def claimable(ctx: Signed, invs: list[Invoice], kind: str) -> dict[str, dict]:
    """What may be claimed today per open invoice: the statement the letters and the debtor's page read."""
    from chalicelib.core.letters import standing

    customer = invs[0].customer_id if invs else None
    policy = policy_for(ctx.tenant, ctx.store.get_customer(ctx.tenant.id, customer) if customer else None)
    st = standing(invs, policy, ctx.tenant.jurisdiction, kind if kind in ("business", "consumer") else
                  ctx.tenant.default_customer_kind, ctx.today)
    out = {}
    for ln in st.lines:
        charged = bool(ln.penalties or ln.indemnity)
        out[ln.invoice_id] = {"amount_due": ln.principal, "interest": ln.penalties, "fixed_fee": ln.indemnity,
                              "charged": charged, "basis": ln.rate_basis, "days_late": ln.days_late,
                              "role": ln.role, "claimed": ln.claimed if ln.role == "claimed" else ln.principal}
    return out


def _plan(ctx: Signed, customer_id: str, days: int = 60):
    invs, customer = ctx.store.debtor(ctx.tenant.id, customer_id)
    party = newest_party(invs)
    if party is None:
        return invs, customer, None, None, []
    policy = policy_for(ctx.tenant, customer)
    debtor = debtor_of(ctx.tenant, party, customer)
    plan = dryrun.calendar(invs, debtor, policy, ctx.now, days, max(customer.sent_at, default=None))
    return invs, customer, party, policy, plan


def invoice_page(ctx: Signed, invoice_id: str, errors: dict | None = None, status: int = 200) -> Page:
    inv = ctx.store.get_invoice(ctx.tenant.id, invoice_id)
    if not inv or not inv.snapshot:
        return message(ctx, "not_found", 404)
    invs, _customer, party, policy, plan = _plan(ctx, inv.snapshot.customer.id)
    mine = [a for a in plan if inv.id in a.invoice_ids]
    timeline = ctx.store.timeline(ctx.tenant.id, inv.id)
    letters = [e for e in timeline if e.type == "reminder_sent"]
    return render(ctx, "invoice.html", {
        "inv": inv, "line": _line(ctx, inv), "claim": claimable(ctx, [inv], party.kind if party else "business"),
        "timeline": list(reversed(timeline)), "letters": letters, "next": mine[0] if mine else None,
        "open": actions.is_open(inv), "handoff_to": HANDOFF_TO, "errors": errors or {},
        "done": ctx.req.query.get("done"), "policy": policy,
        "methods": ("transfer", "card", "cheque", "direct_debit", "cash", "credit_note", "other")}, status)


def invoice_act(ctx: Signed, invoice_id: str, action: str) -> Page:
    inv = ctx.store.get_invoice(ctx.tenant.id, invoice_id)
    if not inv or not inv.snapshot:
        return message(ctx, "not_found", 404)
    path = f"/invoices/{invoice_id}"
    try:
        if action == "payment":
            amount = _amount(field_(ctx, "amount"))
            try:
                on = date.fromisoformat(field_(ctx, "paid_on") or ctx.today.isoformat())
            except ValueError:
                on = None
            method = field_(ctx, "method") or "transfer"
            errors = {**({"amount": "amount"} if amount is None else {}),
                      **({"paid_on": "date"} if on is None or on > ctx.today else {})}
            if errors or amount is None or on is None:
                return invoice_page(ctx, invoice_id, errors, 422)
            pay(ctx, inv, amount, on, method[:40])
            return back(ctx, path, "paid")
        if action == "pause":
            until = field_(ctx, "until") or None
            invoices.pause(ctx.store, ctx.tenant, inv.id, {"until": until, "reason": field_(ctx, "reason") or None},
                           ctx.now, "app")
            return back(ctx, path, "paused")
        if action == "resume":
            invoices.resume(ctx.store, ctx.tenant, inv.id, ctx.now)
            return back(ctx, path, "resumed")
        if action == "dispute":
            invoices.dispute(ctx.store, ctx.tenant, inv.id, {"reason": field_(ctx, "reason")}, ctx.now, "app")
            return back(ctx, path, "disputed")
        if action == "void":
            void(ctx, inv)
            return back(ctx, path, "voided")
        if action == "handoff":
            to = field_(ctx, "to")
            if to not in HANDOFF_TO:
                return invoice_page(ctx, invoice_id, {"to": "choose"}, 422)
            _set_state(ctx, [inv], lambda c: replace(c, state=HANDED_OFF, next_action_at=None), "handed_off",
                       {"to": to, "by": ctx.email})
            return back(ctx, path, "handed_off")
    except RelanceError as exc:
        return invoice_page(ctx, invoice_id, {"form": exc.message}, 422)
    return message(ctx, "not_found", 404)


# --- the debtor file --------------------------------------------------------------------------------------------

def debtor_page(ctx: Signed, customer_id: str) -> Page:
    invs, customer, party, policy, plan = _plan(ctx, customer_id)
    invs = [i for i in invs if i.snapshot]
    if not invs:
        return message(ctx, "not_found", 404)
    events = []
    for i in invs:
        events += [(e, i) for e in ctx.store.timeline(ctx.tenant.id, i.id)]
    events.sort(key=lambda x: (x[0].at, x[0].id), reverse=True)
    return render(ctx, "debtor.html", {
        "party": party, "customer": customer, "policy": policy, "invoices": [_line(ctx, i) for i in invs],
        "chronology": events, "plan": plan, "behaviour": behaviour(invs, [e for e, _ in events]),
        "claim": claimable(ctx, invs, party.kind), "numbers": {i.id: i.snap.number for i in invs}})


def behaviour(invs: list[Invoice], events: list[Event]) -> dict:
    """Average days late over paid invoices (last payment against due date), and promises kept."""
    lates = []
    for i in invs:
        due = i.snap.due_on
        if i.status == "paid" and i.payments and due:
            lates.append(max(0, (max(p.paid_on for p in i.payments) - due).days))
    made = sum(e.type == "promise_made" for e in events)
    kept = sum(e.type == "promise_kept" for e in events)
    missed = sum(e.type == "promise_missed" for e in events)
    return {"avg_days_late": round(sum(lates) / len(lates), 1) if lates else None, "paid_count": len(lates),
            "promises": made, "kept": kept, "missed": missed}
