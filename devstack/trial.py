"""`make run`: a firm's local trial. A demo tenant with a small book of invoices, a sign-in link, and local-only
pages under /dev/ (the outbox SES accepted, a form moving the business day forward and running the schedule).

The /dev/ pages are served by devstack/server.py in front of the app: they are not routes of the Chalice app, so
they never exist in a deployed stack. Not deployed.
"""

from __future__ import annotations

import email.message
import email.policy
import html
import json
import re
from datetime import UTC, datetime, time, timedelta
from email.utils import format_datetime, make_msgid
from urllib.parse import parse_qs, urlencode, urlparse

from chalicelib.core.money import fmt
from devstack.scenario import REPLIES, invoices

OWNER = "marie@atelier-dupont.fr"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
PAGE_HEADERS = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store",
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                                           "form-action 'self'; frame-ancestors 'none'"}
STYLE = ("<meta name=viewport content='width=device-width,initial-scale=1'><style>body{font:16px/1.4 system-ui,"
         "sans-serif;margin:0 auto;max-width:60rem;padding:1rem}pre{white-space:pre-wrap;overflow-wrap:anywhere}"
         "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;"
         "overflow-wrap:anywhere}.muted{color:#555}</style>")


def seed(stack, count: int = 24) -> dict:
    """The demo firm, its owner, `count` invoices through the API (some overdue), one schedule run, one dispute."""
    t = stack.create_tenant(name="Atelier Dupont", sender="relances@atelier-dupont.fr", jurisdiction="FR",
                            language="fr", timezone="Europe/Paris", firm_email="compta@atelier-dupont.fr",
                            contact_phone="+33 1 23 45 67 89", address="12 rue des Lilas, 75011 Paris",
                            legal_id="123456789", iban="FR7630006000011234567890189", bic="AGRIFRPPXXX")
    stack.add_user(t["tenant_id"], OWNER, "owner")
    api = {"Authorization": "Bearer " + t["api_key"], "Content-Type": "application/json"}
    today = stack.now.date()
    for inv in invoices(today - timedelta(days=55), count=count):
        d = inv.customer
        body = {"id": inv.id, "number": inv.number, "status": "open", "currency": "EUR", "total": fmt(inv.total),
                "amount_due": fmt(inv.total), "issued_on": inv.issued_on.isoformat(), "due_on": inv.due_on.isoformat(),
                "payment_url": f"https://pay.atelier-dupont.fr/{inv.id}",
                "customer": {"id": d[0], "name": d[1], "email": d[2], "kind": d[3], "language": "fr",
                             "timezone": "Europe/Paris"}}
        r = stack.http.post("/v1/invoices", headers=api, body=json.dumps(body))
        assert r.status_code == 200, r.body
    stack.run()
    _dispute_reply(stack)
    return t


def _dispute_reply(stack) -> None:
    """The debtor who disputes answers its letter by email: the firm's to-do list then has a dispute to resolve."""
    letter = next((m for m in stack.outbox() if "moreau" in str(m["To"])), None)
    if letter is None:
        return
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["From"], msg["To"] = "Moreau Logistique <ap@moreau-logistique.fr>", letter["Reply-To"]
    msg["Subject"] = "RE: " + str(letter["Subject"])
    msg["Date"] = format_datetime(stack.now)
    msg["Message-ID"] = make_msgid(domain="moreau-logistique.fr")
    msg["In-Reply-To"] = msg["References"] = letter["Message-ID"]
    msg.set_content(REPLIES["c_moreau"])
    stack.deliver_email(msg.as_bytes())


def sign_in_link(stack, email_address: str = OWNER) -> str | None:
    """Asks for a sign-in link as the browser would and reads it from the outbox (SES on moto)."""
    r = stack.http.get("/app/login")
    pre = re.search(r"relance_pre=([^;]+)", str(r.headers.get("Set-Cookie")))[1]
    csrf = re.search(r'name="csrf" value="([^"]+)"', r.body.decode())[1]
    before = len(stack.outbox())
    stack.http.post("/app/login", headers={**FORM, "Cookie": f"relance_pre={pre}"},
                    body=urlencode({"csrf": csrf, "email": email_address}))
    mails = stack.outbox()[before:]
    if not mails:
        return None
    text = mails[-1].get_body(("plain",)).get_content()
    found = re.search(r"https?://\S+/app/login/\S+", text)
    return found[0] if found else None


# --- the local-only pages ----------------------------------------------------------------------------------------

def handle(stack, base_url: str, method: str, path: str, headers: dict, body: bytes) -> tuple | None:
    """(status, headers, body) for /dev/...; None for every other path (the app answers those)."""
    url = urlparse(path)
    if not (url.path == "/dev" or url.path.startswith("/dev/")):
        return None
    if method == "POST":
        origin = headers.get("Origin") or headers.get("origin")
        if origin and origin != base_url:  # another site's page posting to the local stack
            return 403, {"Content-Type": "text/plain"}, b"cross-site request refused"
        form = {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        if url.path == "/dev/advance":
            return _advance(stack, form)
        if url.path == "/dev/login":
            link = sign_in_link(stack, form.get("email") or OWNER)
            return 303, {"Location": link or "/dev"}, b""
        return 404, {"Content-Type": "text/plain"}, b"not found"
    if url.path in ("/dev", "/dev/"):
        return 200, PAGE_HEADERS, _index(stack).encode()
    if url.path == "/dev/outbox":
        return 200, PAGE_HEADERS, _outbox(stack).encode()
    m = re.fullmatch(r"/dev/outbox/(\d+)(\.html|\.eml)?", url.path)
    mails = stack.outbox()
    if m and int(m[1]) < len(mails):
        msg = mails[int(m[1])]
        if m[2] == ".eml":
            return 200, {"Content-Type": "message/rfc822", "Content-Disposition": f'inline; filename="{m[1]}.eml"'}, \
                msg.as_bytes()
        if m[2] == ".html":
            part = msg.get_body(("html",))
            return 200, PAGE_HEADERS, (part.get_content() if part else "<p>no HTML part</p>").encode()
        return 200, PAGE_HEADERS, _mail(int(m[1]), msg).encode()
    return 404, {"Content-Type": "text/plain"}, b"not found"


def _advance(stack, form: dict) -> tuple:
    raw = form.get("days", "1")
    days = int(raw) if raw.isdigit() and 1 <= int(raw) <= 60 else 1
    for _ in range(days):
        # the next business morning, 09:00 UTC, then the schedule as EventBridge would fire it
        stack.run(at=datetime.combine(stack.now.date() + timedelta(days=1), time(9), UTC))
    return 303, {"Location": "/dev?advanced=" + str(days)}, b""


def _page(title: str, content: str) -> str:
    return f"<!DOCTYPE html><html lang=fr><title>{html.escape(title)}</title>{STYLE}<body>{content}"


def _index(stack) -> str:
    return _page("Relance — local stack", f"""<h1>Local stack</h1>
<p>Business day: <strong id="today">{stack.now:%Y-%m-%d %H:%M} UTC</strong></p>
<form method="post" action="/dev/advance"><label for="days">Move forward by (days)</label>
<input id="days" name="days" value="1" inputmode="numeric" size="3"> <button type="submit">Advance and run the
schedule</button></form>
<p><a href="/dev/outbox">Outbox ({len(stack.outbox())} mails accepted by SES)</a> · <a href="/app/">Cockpit</a></p>
<form method="post" action="/dev/login"><label for="email">Sign in as</label>
<input id="email" name="email" value="{OWNER}"> <button type="submit">Send me a link and open it</button></form>
<p class="muted">These pages exist only in the local server (devstack), never in a deployed stack.</p>""")


def _outbox(stack) -> str:
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(str(m['Date'] or ''))}</td><td>{html.escape(str(m['To'] or ''))}</td>"
        f"<td><a href='/dev/outbox/{n}'>{html.escape(str(m['Subject'] or '(no subject)'))}</a></td></tr>"
        for n, m in reversed(list(enumerate(stack.outbox()))))
    return _page("Outbox", f"<h1>Outbox</h1><p><a href='/dev'>Local stack</a></p><table><thead><tr><th>#</th>"
                           f"<th>Date</th><th>To</th><th>Subject</th></tr></thead><tbody>{rows}</tbody></table>")


def _mail(n: int, msg) -> str:
    text = msg.get_body(("plain",))
    head = "".join(f"<tr><th>{k}</th><td>{html.escape(str(msg[k]))}</td></tr>"
                   for k in ("From", "To", "Cc", "Reply-To", "Subject", "Date") if msg[k])
    return _page(str(msg["Subject"] or "mail"), f"""<p><a href="/dev/outbox">Outbox</a></p>
<h1>{html.escape(str(msg['Subject'] or ''))}</h1><table>{head}</table>
<p><a href="/dev/outbox/{n}.html">HTML part</a> · <a href="/dev/outbox/{n}.eml">raw MIME</a></p>
<pre id="text">{html.escape(text.get_content() if text else '')}</pre>""")
