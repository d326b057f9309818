"""The firm's cockpit: sign-in by emailed link, sessions, CSRF, and the context every page gets.

The blueprint (chalicelib/cockpit) turns a request into a `Req`, calls `open_ctx` (which refuses an unsigned,
expired or ended session, a user no longer in the tenant, or a form without its CSRF token) and then one page
function, which returns a `Page`. Every read and write names the session's tenant: an id from another tenant
is simply not found.
"""

from __future__ import annotations

import html
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, quote, urlencode

from chalicelib import log
from chalicelib.adapters.mailer import SendFailed
from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core import session as sess
from chalicelib.core.calendar import local_date
from chalicelib.core.intake import check_email
from chalicelib.core.mime import build_message, make_message_id
from chalicelib.core.records import Tenant

from . import users
from .ids import new_id
from .reminders import locale_for

if TYPE_CHECKING:
    from chalicelib.ports import Store

    from .context import Deps

LANGS = ("fr", "en")
COOKIE, PRE, LANG = "relance_session", "relance_pre", "relance_lang"
LINK_SECONDS = 15 * 60
LOGINS_PER_HOUR = 10
MAX_FORM = 2 * 1024 * 1024
HEADERS = {
    "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin", "X-Robots-Tag": "noindex", "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}


@dataclass
class Page:
    status: int
    body: str | bytes = ""
    headers: dict = field(default_factory=dict)


@dataclass
class Req:
    method: str
    query: dict
    headers: dict
    raw: bytes = b""
    root: str = ""  # path prefix of the app ("" locally, "/api" behind API Gateway's stage)

    def cookie(self, name: str) -> str | None:
        for part in (self.headers.get("cookie") or "").split(";"):
            k, _, v = part.strip().partition("=")
            if k == name:
                return v
        return None

    def form(self) -> dict:
        ctype = (self.headers.get("content-type") or "").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            return {}
        try:
            parsed = parse_qs(self.raw.decode("utf-8"), keep_blank_values=True, max_num_fields=400)
        except (UnicodeDecodeError, ValueError):
            return {}
        return {k: (v if len(v) > 1 else v[0]) for k, v in parsed.items()}


@dataclass
class Ctx:
    deps: Deps
    req: Req
    now: datetime
    lang: str
    tenant: Tenant | None = None
    email: str | None = None
    role: str | None = None
    tenants: dict = field(default_factory=dict)  # tenant id -> role, for the switcher
    sid: str | None = None
    form: dict = field(default_factory=dict)
    set_cookies: list = field(default_factory=list)

    @property
    def store(self) -> Store:
        return self.deps.store

    @property
    def owner(self) -> bool:
        return self.role == "owner"

    @property
    def today(self) -> date:
        return local_date(self.now, self.tenant.timezone if self.tenant else "Europe/Paris")

    def url(self, path: str, **query) -> str:
        q = {k: v for k, v in query.items() if v not in (None, "")}
        return f"{self.req.root}/app{path}" + (("?" + urlencode(q, doseq=True)) if q else "")

    @property
    def locale(self) -> str:
        return locale_for(self.lang, self.tenant.jurisdiction if self.tenant else "FR")


@dataclass
class Signed(Ctx):
    """The context of a signed-in user: `open_ctx` gives it only with the tenant, the address and the role."""

    tenant: Tenant
    email: str
    role: str


# --- pages and answers --------------------------------------------------------------------------------------

def render(ctx: Ctx, name: str, values: dict, status: int = 200) -> Page:
    keys = ctx.deps.keyring
    base = {
        "lang": ctx.lang, "other_lang": "en" if ctx.lang == "fr" else "fr", "locale": ctx.locale, "url": ctx.url,
        "tenant": ctx.tenant, "email": ctx.email, "role": ctx.role, "owner": ctx.owner, "today": ctx.today,
        "csrf": sess.csrf(keys.keys, keys.current, ctx.sid) if ctx.sid else "", "tenants": _switchable(ctx),
        "here": ctx.req.query, "error": None, "fields": {}, "done": None, "content": None, "imported": None,
    }
    from chalicelib.adapters.render import Renderer  # jinja2: on the first page, not at cold start

    body = Renderer().render(f"app/{name}", base | values)
    return Page(status, body, _with_cookies(ctx, dict(HEADERS)))


def _switchable(ctx: Ctx) -> list[dict]:
    if len(ctx.tenants) < 2:
        return []
    out = []
    for tid in sorted(ctx.tenants):
        t = ctx.deps.tenant(tid)
        if t:
            out.append({"id": tid, "name": t.name, "current": ctx.tenant and tid == ctx.tenant.id})
    return out


def redirect(ctx: Ctx, location: str, status: int = 303) -> Page:
    return Page(status, "", _with_cookies(ctx, {**HEADERS, "Location": location}))


def message(ctx: Ctx, kind: str, status: int) -> Page:
    return render(ctx, "message.html", {"kind": kind}, status)


def _with_cookies(ctx: Ctx, headers: dict) -> dict:
    if ctx.set_cookies:
        headers["Set-Cookie"] = ctx.set_cookies if len(ctx.set_cookies) > 1 else ctx.set_cookies[0]
    return headers


def cookie(ctx: Ctx, name: str, value: str, max_age: int) -> None:
    # The session also goes to GET /v1/metrics (the dashboard's figures as JSON): a browser sends a cookie only
    # under its Path, so that one is the whole site's; the others stay the cockpit's.
    path = (ctx.req.root or "") + ("/" if name == COOKIE else "/app")
    ctx.set_cookies.append(f"{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; Secure; SameSite=Lax")


# --- who is asking ------------------------------------------------------------------------------------------

def _lang(req: Req, tenant: Tenant | None) -> tuple[str, bool]:
    chosen = req.query.get("lang")
    if chosen in LANGS:
        return chosen, True
    saved = req.cookie(LANG)
    if saved in LANGS:
        return saved, False
    return (tenant.language if tenant and tenant.language in LANGS else "fr"), False


def anonymous(deps: Deps, req: Req, now: datetime) -> Ctx:
    lang, chosen = _lang(req, None)
    ctx = Ctx(deps, req, now, lang)
    if chosen:
        cookie(ctx, LANG, lang, 365 * 86400)
    # Before sign-in, forms are bound to a random pre-session cookie (login CSRF).
    pre = req.cookie(PRE)
    if not pre or len(pre) > 64:
        pre = secrets.token_urlsafe(18)
        cookie(ctx, PRE, pre, 3600)
    ctx.sid = "pre:" + pre
    if req.method == "POST":
        ctx.form = req.form()
    return ctx


def open_ctx(deps: Deps, req: Req, now: datetime, owner_only: bool = False,
             csrf_in_form: bool = True) -> Signed | Page:
    """The signed-in context, or the page that refuses it."""
    keys = deps.keyring
    s = sess.verify(keys.keys, req.cookie(COOKIE), now)
    probe = Ctx(deps, req, now, _lang(req, None)[0])
    if s is None or deps.store.get_mark(f"session_end#{s.sid}"):
        if req.method == "GET":
            return redirect(probe, probe.url("/login"))
        return message(probe, "signed_out", 401)
    tenant = deps.tenant(s.tenant_id)
    roles = users.tenants_of(deps.store, s.email)
    role = roles.get(s.tenant_id)
    if tenant is None or role is None:
        return message(probe, "no_access", 403)
    log.bind(tenant_id=tenant.id, user_role=role)
    lang, chosen = _lang(req, tenant)
    ctx = Signed(deps, req, now, lang, tenant, s.email, role, roles, s.sid)
    if chosen:
        cookie(ctx, LANG, lang, 365 * 86400)
    if req.method == "POST":
        if len(req.raw or b"") > MAX_FORM:
            return message(ctx, "too_large", 413)
        ctx.form = req.form()
        if csrf_in_form and not sess.check_csrf(keys.keys, s.sid, _one(ctx.form.get("csrf"))):
            return message(ctx, "bad_csrf", 403)
    if owner_only and not ctx.owner:
        return message(ctx, "owners_only", 403)
    return ctx


def session_tenant(deps: Deps, headers: dict, now: datetime) -> Tenant | None:
    """The tenant of a live cockpit session in these request headers (for JSON reads such as /v1/metrics), or
    None: a signed-out, forged or expired cookie, or a user no longer in that tenant, gives nothing."""
    s = sess.verify(deps.keyring.keys, Req("GET", {}, headers).cookie(COOKIE), now)
    if s is None or deps.store.get_mark(f"session_end#{s.sid}"):
        return None
    if users.tenants_of(deps.store, s.email).get(s.tenant_id) is None:
        return None
    return deps.tenant(s.tenant_id)


def _one(v):
    return v[-1] if isinstance(v, list) else v


def field_(ctx: Ctx, name: str, default: str = "") -> str:
    v = _one(ctx.form.get(name, default))
    return (v or "").strip() if isinstance(v, str) else default


# --- sign-in ------------------------------------------------------------------------------------------------

def login_form(ctx: Ctx, sent: bool = False, error: str | None = None, status: int = 200) -> Page:
    return render(ctx, "login.html", {"sent": sent, "error": error}, status)


def login_request(ctx: Ctx, base_url: str) -> Page:
    """Same answer whether the address is known or not; at most 10 links per address per hour."""
    if not sess.check_csrf(ctx.deps.keyring.keys, ctx.sid, field_(ctx, "csrf")):
        return message(ctx, "bad_csrf", 403)
    try:
        email = check_email(field_(ctx, "email")).lower()
    except ValueError:
        return login_form(ctx, error="email", status=422)
    hour = int(ctx.now.timestamp()) // 3600
    if ctx.store.count(f"loginrate#{sess.link_hash(email)}#{hour}", ctx.now + timedelta(hours=2)) > LOGINS_PER_HOUR:
        log.warning("cockpit sign-in: rate limit for one address")
        return login_form(ctx, sent=True)
    roles = users.tenants_of(ctx.store, email)
    if roles:
        secret = secrets.token_urlsafe(24)
        ctx.store.write(WriteBatch(marks=[Mark(f"login#{sess.link_hash(secret)}", {
            "email": email, "expires": int(ctx.now.timestamp()) + LINK_SECONDS, "lang": ctx.lang},
            ctx.now + timedelta(days=1))]))
        tenant = ctx.deps.tenant(sorted(roles)[0])
        assert tenant is not None, "tenants_of names only tenants that exist"
        _send_link(ctx, tenant, email, f"{base_url}/app/login/{secret}")
    return login_form(ctx, sent=True)


def _send_link(ctx: Ctx, tenant: Tenant, email: str, link: str) -> None:
    fr = ctx.lang == "fr"
    subject = "Votre lien de connexion à Relance" if fr else "Your Relance sign-in link"
    text = (f"Bonjour,\n\nPour vous connecter à Relance ({tenant.name}), ouvrez ce lien dans les 15 minutes :\n\n"
            f"{link}\n\nIl ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message.\n"
            if fr else
            f"Hello,\n\nTo sign in to Relance ({tenant.name}), open this link within 15 minutes:\n\n{link}\n\n"
            "It works once. If you did not ask for it, ignore this message.\n")
    page = f'<pre style="font-family:inherit;white-space:pre-wrap">{html.escape(text)}</pre>'
    raw = build_message(from_addr=tenant.sender, from_name="Relance", to=[email], reply_to=None, subject=subject,
                        text=text, html=page, date=ctx.now,
                        message_id=make_message_id(new_id("login"), tenant.sender.split("@", 1)[1]))
    try:
        ctx.deps.mailer.send(raw, tenant.sender, [email])
    except SendFailed as exc:
        log.error("sign-in link refused by ses", exc)


def _link(ctx: Ctx, secret: str) -> dict | None:
    if not secret or len(secret) > 64:
        return None
    data = ctx.store.get_mark(f"login#{sess.link_hash(secret)}")
    if not data or ctx.now.timestamp() > data.get("expires", 0):
        return None
    if ctx.store.get_mark(f"login_used#{sess.link_hash(secret)}") is not None:
        return None
    return data


def login_link(ctx: Ctx, secret: str) -> Page:
    """The emailed link shows a button: a mail scanner that opens links does not spend it."""
    if _link(ctx, secret) is None:
        return message(ctx, "link_invalid", 410)
    return render(ctx, "login_confirm.html", {"secret": secret})


def login_consume(ctx: Ctx, secret: str) -> Page:
    if not sess.check_csrf(ctx.deps.keyring.keys, ctx.sid, field_(ctx, "csrf")):
        return message(ctx, "bad_csrf", 403)
    data = _link(ctx, secret)
    if data is None:
        return message(ctx, "link_invalid", 410)
    try:
        ctx.store.write(WriteBatch(marks=[Mark(f"login_used#{sess.link_hash(secret)}", {"used": True},
                                               ctx.now + timedelta(days=1))]))
    except AlreadyDone:
        return message(ctx, "link_invalid", 410)
    roles = users.tenants_of(ctx.store, data["email"])
    if not roles:
        return message(ctx, "no_access", 403)
    tenant_id = sorted(roles, key=lambda t: (roles[t] != "owner", t))[0]
    start_session(ctx, data["email"], tenant_id)
    return redirect(ctx, ctx.url("/"))


def start_session(ctx: Ctx, email: str, tenant_id: str, sid: str | None = None) -> None:
    keys = ctx.deps.keyring
    s = sess.Session(email, tenant_id, sid or secrets.token_urlsafe(18),
                     int(ctx.now.timestamp()) + sess.SESSION_SECONDS)
    cookie(ctx, COOKIE, sess.sign(keys.keys, keys.current, s), sess.SESSION_SECONDS)


def logout(ctx: Signed) -> Page:
    ctx.store.write(WriteBatch(marks=[Mark(f"session_end#{ctx.sid}", {"at": ctx.now.isoformat()},
                                           ctx.now + timedelta(seconds=sess.SESSION_SECONDS + 3600), once=False)]))
    cookie(ctx, COOKIE, "", 0)
    return redirect(ctx, ctx.url("/login"))


def switch(ctx: Signed) -> Page:
    """An accountant's user moves to another of its tenants (same session id: sign-out still ends it)."""
    target = field_(ctx, "tenant_id")
    if target not in ctx.tenants:
        return message(ctx, "not_found", 404)
    start_session(ctx, ctx.email, target, ctx.sid)
    return redirect(ctx, ctx.url("/"))


def back(ctx: Ctx, path: str, done: str | None = None, **query) -> Page:
    return redirect(ctx, ctx.url(path, done=done, **query))


def q(value: str) -> str:
    return quote(value, safe="")
