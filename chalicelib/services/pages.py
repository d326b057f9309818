"""The debtor's page behind /p/{token}: show the open invoices, send to the payment page, take the forms.

Each function returns a `Page` (status, HTML, headers); the blueprint only maps it to HTTP. A token that
fails its signature is answered before anything is read. Forms need no cookie: each carries a nonce signed
for this token, short-lived and used once, and posts per token are counted.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from urllib.parse import parse_qs, quote

from chalicelib import log
from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core.errors import RelanceError
from chalicelib.core.records import DISPUTED, PAUSED, PROMISED, Event, Invoice

from . import actions
from .ids import new_id
from .reminders import kind_of, locale_for

LANGS = ("fr", "en")
NONCE_SECONDS = 2 * 3600
CLICK_SECONDS = 30 * 60  # one link_clicked per token and invoice in this window
POSTS_PER_HOUR = 20
MAX_FORM_BYTES = 16 * 1024
MAX_REASON, MAX_MESSAGE, MAX_AHEAD_DAYS = 2000, 1000, 365
METHODS = ("transfer", "card", "cheque", "direct_debit", "cash", "other")
HEADERS = {
    "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
    # The token is in the URL: never send it on to the payment site.
    "Referrer-Policy": "no-referrer", "X-Robots-Tag": "noindex",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}


@dataclass
class Page:
    status: int
    body: str = ""
    headers: dict = field(default_factory=dict)


@dataclass
class Visit:
    token: str
    ref: str
    debtor: actions.Debtor
    lang: str
    chosen: bool  # the language came from ?lang=, so links keep it
    now: datetime
    up: str = ""  # relative way back to /p/ from the current URL


def render(name: str, ctx: dict, status: int = 200) -> Page:
    from chalicelib.adapters.render import Renderer  # jinja2, babel: on first render, not at cold start
    return Page(status, Renderer().render(f"pages/{name}", ctx), dict(HEADERS))


def message(kind: str, status: int, lang: str | None = None) -> Page:
    """A short page that names nothing: unknown link, too many tries, a fault."""
    return render("message.html", {"kind": kind, "lang": lang if lang in LANGS else "fr"}, status)


def not_found() -> Page:
    return message("not_found", 404)


# --- entry points ----------------------------------------------------------------------------------------

def view(deps, token: str, query: dict, now: datetime) -> Page:
    visit = _visit(deps, token, query, now)
    if visit is None:
        return not_found()
    done = query.get("done") if query.get("done") in NOTICES else None
    return _page(deps, visit, notice=done)


def pay(deps, token: str, query: dict, now: datetime) -> Page:
    visit = _visit(deps, token, query, now, up="../")
    if visit is None:
        return not_found()
    inv = next((i for i in actions.open_invoices(visit.debtor.invoices) if i.id == query.get("invoice")), None)
    if inv is None:
        return _page(deps, visit, notice="not_payable")
    url = online_url(inv.snap.payment_url)  # an open invoice has a snapshot
    online = url is not None
    tenant = visit.debtor.tenant
    if not online and not tenant.iban:
        return _page(deps, visit, notice="no_online_payment")
    _record_click(deps, visit, inv, "payment_url" if online else "transfer")
    if online:
        return Page(302, "", {**HEADERS, "Location": url})
    return _transfer(visit, inv)


def act(deps, token: str, action: str, raw: bytes, content_type: str, query: dict, now: datetime) -> Page:
    visit = _visit(deps, token, query, now, up="../")
    if visit is None or action not in FORMS:
        return not_found()
    if len(raw or b"") > MAX_FORM_BYTES:
        return message("too_large", 413, visit.lang)
    if (content_type or "").split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        return message("bad_form", 400, visit.lang)
    try:
        form = parse_qs(raw.decode("utf-8"), keep_blank_values=True, max_num_fields=60)
    except (UnicodeDecodeError, ValueError):
        return message("bad_form", 400, visit.lang)
    if form.get("lang", [""])[0] in LANGS:
        visit.lang, visit.chosen = form["lang"][0], True
    hour = int(now.timestamp()) // 3600
    if deps.store.count(f"rate#{visit.ref}#{hour}", now + timedelta(hours=2)) > POSTS_PER_HOUR:
        return message("too_many", 429, visit.lang)
    fields = {k: v[-1].strip() for k, v in form.items() if k != "invoice"}
    nonce = fields.get("nonce", "")
    values: dict[str, str | list[str]] = {**fields, "invoice": form.get("invoice", [])}  # the ids ticked
    if not check_nonce(deps.keyring, token, nonce, now):
        return _page(deps, visit, form=action, values=values, errors={"form": "expired"}, status=422)
    args, errors = FORMS[action](visit, values)
    if errors:
        return _page(deps, visit, form=action, values=values, errors=errors, status=422)
    try:
        # Used once: a double click or a reload of the POST does not act twice.
        deps.store.write(WriteBatch(marks=[Mark(f"nonce#{nonce.rsplit('.', 1)[-1]}", {},
                                                now + timedelta(seconds=NONCE_SECONDS))]))
    except AlreadyDone:
        return _after(visit, "already")
    d = visit.debtor
    try:
        result = ACTIONS[action](deps, d.tenant, d.customer.id, now, args)
    except RelanceError as exc:
        log.warning("debtor action refused", action=action, error_code=exc.code)
        return _page(deps, visit, form=action, values=values, errors={"form": "refused"}, status=422)
    return _after(visit, result["result"])


# --- tokens, nonces, clicks --------------------------------------------------------------------------------

def _visit(deps, token: str, query: dict, now: datetime, up: str = "") -> Visit | None:
    ref = deps.keyring.verify(token)  # pure: a bad token costs no read
    if ref is None:
        return None
    mark = deps.store.get_mark(f"ref#{ref}")
    tenant = deps.tenant(mark["tenant_id"]) if mark else None
    if tenant is None:
        return None
    log.bind(tenant_id=tenant.id, customer_id=mark["customer_id"])
    d = actions.debtor(deps, tenant, mark["customer_id"], now)
    chosen = query.get("lang") in LANGS
    lang = query["lang"] if chosen else ((d.party and d.party.language) or tenant.language)
    return Visit(token, ref, d, lang if lang in LANGS else "en", chosen, now, up)


def _form_key(keyring) -> bytes:
    return hmac.new(keyring.keys[keyring.current], b"relance form nonce", hashlib.sha256).digest()


def make_nonce(keyring, token: str, now: datetime) -> str:
    stamp, salt = f"{int(now.timestamp()):x}", secrets.token_hex(6)
    mac = hmac.new(_form_key(keyring), f"{token}|{stamp}|{salt}".encode(), hashlib.sha256).hexdigest()[:24]
    return f"{stamp}.{salt}.{mac}"


def check_nonce(keyring, token: str, nonce: str, now: datetime) -> bool:
    parts = nonce.split(".") if isinstance(nonce, str) and len(nonce) < 80 else []
    if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{1,12}", parts[0]):
        return False
    stamp, salt, mac = parts
    want = hmac.new(_form_key(keyring), f"{token}|{stamp}|{salt}".encode(), hashlib.sha256).hexdigest()[:24]
    age = now.timestamp() - int(stamp, 16)
    return hmac.compare_digest(mac, want) and -300 <= age <= NONCE_SECONDS


def _record_click(deps, visit: Visit, inv, target: str) -> None:
    window = int(visit.now.timestamp()) // CLICK_SECONDS
    mark = Mark(f"click#{visit.ref}#{inv.id}#{window}", {}, visit.now + timedelta(seconds=2 * CLICK_SECONDS))
    event = Event(inv.tenant_id, inv.id, visit.now, "link_clicked", new_id(), {"target": target}, "page")
    try:
        deps.store.write(WriteBatch(marks=[mark], events=[event]))
    except AlreadyDone:
        pass  # a reload in the same visit


# --- form checks: (arguments for the action, {field: message key}) ---------------------------------------------

def _day(text: str) -> date | None:
    text = (text or "").strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)  # what a date field without a picker gets
    try:
        return date(int(m[3]), int(m[2]), int(m[1])) if m else None
    except ValueError:
        return None


def _chosen(visit: Visit, values: dict, errors: dict) -> list[str]:
    open_ids = [i.id for i in actions.open_invoices(visit.debtor.invoices)]
    ids = [i for i in values["invoice"] if i in open_ids]
    if not open_ids:
        errors["form"] = "nothing_open"
    elif not ids:
        errors["invoice"] = "pick_invoice"
    return ids


def _check_promise(visit: Visit, values: dict):
    errors: dict = {}
    ids = _chosen(visit, values, errors)
    on = _day(values.get("date", ""))
    today = visit.debtor.today
    if not values.get("date"):
        errors["date"] = "date_required"
    elif on is None:
        errors["date"] = "date_invalid"
    elif on < today:
        errors["date"] = "date_past"
    elif on > today + timedelta(days=MAX_AHEAD_DAYS):
        errors["date"] = "date_far"
    return {"invoice_ids": ids, "on": on}, errors


def _check_paid(visit: Visit, values: dict):
    errors: dict = {}
    ids = _chosen(visit, values, errors)
    paid_on = _day(values.get("date", ""))
    today = visit.debtor.today
    if not values.get("date"):
        errors["date"] = "date_required"
    elif paid_on is None:
        errors["date"] = "date_invalid"
    elif paid_on > today:
        errors["date"] = "date_future"
    elif paid_on < today - timedelta(days=MAX_AHEAD_DAYS):
        errors["date"] = "date_old"
    method = values.get("method", "")
    if method not in METHODS:
        errors["method"] = "method_required"
    return {"invoice_ids": ids, "paid_on": paid_on, "method": method}, errors


def _check_dispute(visit: Visit, values: dict):
    errors: dict = {}
    ids = _chosen(visit, values, errors)
    reason = values.get("reason", "")
    if len(reason) < 5:
        errors["reason"] = "reason_short"
    elif len(reason) > MAX_REASON:
        errors["reason"] = "reason_long"
    return {"invoice_ids": ids, "reason": reason}, errors


def _check_plan(visit: Visit, values: dict):
    errors: dict = {}
    ids = _chosen(visit, values, errors)
    raw = values.get("instalments", "")
    n = int(raw) if raw.isdigit() else 0
    if not 2 <= n <= 12:
        errors["instalments"] = "instalments_range"
    text = values.get("message", "")
    if len(text) > MAX_MESSAGE:
        errors["message"] = "message_long"
    return {"invoice_ids": ids, "instalments": n, "excerpt": text or None}, errors


FORMS = {"promise": _check_promise, "paid": _check_paid, "dispute": _check_dispute, "plan": _check_plan}
ACTIONS = {
    "promise": lambda deps, t, c, now, a: actions.promise(deps, t, c, a["invoice_ids"], a["on"], now, "page"),
    "paid": lambda deps, t, c, now, a: actions.claim_paid(deps, t, c, a["invoice_ids"], a["paid_on"], a["method"],
                                                          now, "page"),
    "dispute": lambda deps, t, c, now, a: actions.dispute(deps, t, c, a["invoice_ids"], a["reason"], now, "page"),
    "plan": lambda deps, t, c, now, a: actions.request_plan(deps, t, c, a["invoice_ids"], a["instalments"], now,
                                                            "page", a["excerpt"]),
}
NOTICES = ("promised", "needs_approval", "paused", "disputed", "plan_requested", "already", "nothing_open",
           "not_payable", "no_online_payment")


def _after(visit: Visit, result: str) -> Page:
    """Post/redirect/get: a reload shows the page, it does not post again."""
    lang = f"&lang={visit.lang}" if visit.chosen else ""
    return Page(303, "", {**HEADERS, "Location": f"../{visit.token}?done={quote(result)}{lang}"})


# --- the pages ---------------------------------------------------------------------------------------------

def _page(deps, visit: Visit, notice: str | None = None, form: str | None = None, values: dict | None = None,
          errors: dict | None = None, status: int = 200) -> Page:
    d = visit.debtor
    invoices = actions.open_invoices(d.invoices)
    lines, totals, later = amounts(visit, invoices)
    ctx = _base(visit) | {
        "notice": notice, "invoices": lines, "totals": totals, "later": later, "form": form, "values": values or {},
        "errors": errors or {}, "nonce": make_nonce(deps.keyring, visit.token, visit.now),
        "limit_days": d.policy.promise_limit_days, "methods": METHODS,
        "chosen_ids": (values or {}).get("invoice") if form else [i["id"] for i in lines],
        "min_promise": d.today.isoformat(), "max_promise": (d.today + timedelta(days=MAX_AHEAD_DAYS)).isoformat(),
        "max_paid": d.today.isoformat(), "min_paid": (d.today - timedelta(days=MAX_AHEAD_DAYS)).isoformat(),
    }
    return render("debtor.html", ctx, status)


def _base(visit: Visit) -> dict:
    t, party = visit.debtor.tenant, visit.debtor.party
    other = "en" if visit.lang == "fr" else "fr"
    keep = f"?lang={visit.lang}" if visit.chosen else ""
    return {
        "lang": visit.lang, "other_lang": other, "locale": locale_for(visit.lang, t.jurisdiction),
        "token": visit.token, "up": visit.up, "keep": keep, "today": visit.debtor.today,
        "tenant": {"name": t.name, "email": t.notify_to, "phone": t.contact_phone, "address": t.address,
                   "legal_id": t.legal_id},
        "debtor": {"name": (party.name or party.email) if party else ""},
    }


def amounts(visit: Visit, invoices: list) -> tuple[list[dict], list[dict], list[dict]]:
    """Per invoice and in total, what the debtor owes today: the one statement the letters use (the total
    claimed is what the last letter asked; invoices not yet due and those on hold are shown apart)."""
    from chalicelib.core.letters import standing  # the amounts core loads on the first page view

    d = visit.debtor
    kind = kind_of(d.tenant, d.party)
    st = standing(invoices, d.policy, d.tenant.jurisdiction, kind, d.today)
    by_id = {i.id: i for i in invoices}
    lines = []
    for ln in st.lines:
        inv = by_id[ln.invoice_id]
        s, c = inv.snapshot, inv.collection
        lines.append({
            "id": inv.id, "number": s.number, "due_on": s.due_on, "days_late": (d.today - s.due_on).days,
            "currency": s.currency, "amount_due": ln.principal, "interest": ln.penalties or None,
            "fixed_fee": ln.indemnity or None, "claimed": ln.principal + ln.penalties + ln.indemnity,
            "role": ln.role, "state": c.state,
            "promise_date": c.promise_date if c.state == PROMISED else None,
            "paused": c.state == PAUSED, "disputed": c.state == DISPUTED,
            "online": online_url(s.payment_url) is not None, "pdf_url": online_url(s.pdf_url),
            "payable": online_url(s.payment_url) is not None or bool(d.tenant.iban),
        })

    def totals(role: str) -> list[dict]:
        return [{"currency": t.currency, "amount_due": t.principal, "claimed": t.claimed} for t in st.totals(role)]
    return lines, totals("claimed"), totals("upcoming")


def online_url(url: str | None) -> str | None:
    """Only a plain http(s) URL is followed: never a javascript: or data: one from a platform."""
    return url if url and re.fullmatch(r"https?://[^\s\"'<>\\]+", url) else None


def epc_payload(name: str, iban: str, bic: str | None, amount: Decimal, text: str) -> str:
    """EPC069-12 v002 SEPA credit transfer: what banking apps read from the QR code (UTF-8, at most 331 bytes)."""
    return "\n".join(["BCD", "002", "1", "SCT", (bic or "").replace(" ", ""), name[:70],
                      iban.replace(" ", "").upper(), f"EUR{amount:.2f}", "", "", text[:140]])


def _transfer(visit: Visit, inv: Invoice) -> Page:
    t = visit.debtor.tenant
    assert t.iban, "pay() shows the transfer page only with the firm's IBAN"
    iban = t.iban.replace(" ", "").upper()
    lines, _, _ = amounts(visit, [inv])
    amount = lines[0]["claimed"]  # what the letter asks for it, charges included: the QR carries the same
    qr = None
    s = inv.snap  # an open invoice has a snapshot
    if s.currency == "EUR" and Decimal("0.01") <= amount <= Decimal("999999999.99"):
        payload = epc_payload(t.name, iban, t.bic, amount, s.number)
        if len(payload.encode()) <= 331:
            import segno  # only the transfer page draws a QR code

            qr = segno.make(payload, error="m", micro=False, encoding="utf-8").svg_inline(
                scale=4, border=4, title=None)
    ctx = _base(visit) | {
        "invoice": lines[0], "iban": " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)),
        "bic": t.bic, "beneficiary": t.name, "reference": s.number, "qr": qr, "amount": amount,
    }
    return render("transfer.html", ctx)
