"""A debtor's reply, as SES receiving delivers it (raw MIME in S3, a "Received" notice on SNS): find whose
it is, understand it, record it, act when it is safe, and forward it to the firm with one line of summary.

Cheap to import: the reply core loads dateparser and html2text only when a mail needs them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from chalicelib import log
from chalicelib.adapters.mailstore import TooBig
from chalicelib.adapters.store import AlreadyDone, Mark, WriteBatch
from chalicelib.core import todo
from chalicelib.core.records import Event, Invoice, Tenant
from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, ParsedMail, Understanding, parse_mail, understand

from . import inbound_act, inbound_forward
from .dunning import newest_party
from .ids import new_id

MARK_DAYS = 90
MAX_THREAD_LOOKUPS = 3  # In-Reply-To plus the newest References: enough for any Relance thread
MAX_EVENTS = 40  # a reply is recorded on at most this many invoices (one transaction)
ACTING = ("promise", "out_of_office", "dispute", "paid", "plan_request", "copy_request", "bounce")


@dataclass
class Match:
    tenant: Tenant | None = None
    customer_id: str | None = None
    by: str | None = None  # token | thread | sender | domain
    verified: bool = False  # a genuine r+<token> address: the only way to act automatically
    bad_token: bool = False


def handle_notice(deps, sns_message: dict, now: datetime) -> dict:
    if sns_message.get("notificationType") != "Received":
        return {"result": "ignored", "kind": sns_message.get("notificationType")}
    mail, receipt = sns_message.get("mail") or {}, sns_message.get("receipt") or {}
    ses_id = mail.get("messageId") or ""
    log.bind(ses_message_id=ses_id or None)
    action = receipt.get("action") or {}
    key, bucket = action.get("objectKey"), action.get("bucketName")
    ref: str = ses_id or key or ""  # what names this mail: SES gives every notice a message id
    verdicts = {v: ((receipt.get(f"{v}Verdict") or {}).get("status") or "").upper() for v in ("spam", "virus")}

    raw, too_big = _load(deps, key, bucket, mail)
    parsed = parse_mail(raw)
    recipients = _recipients(receipt, mail, parsed)
    match = find(deps, recipients, parsed)
    if match.tenant is None:
        log.warning("inbound: no tenant for the recipients; kept in s3", s3_key=key)
        return {"result": "no_tenant", "ses_message_id": ses_id, "s3_key": key}

    tenant = match.tenant
    log.bind(tenant_id=tenant.id, customer_id=match.customer_id)
    invoices = deps.store.customer_invoices(tenant.id, match.customer_id) if match.customer_id else []
    if match.customer_id and not invoices:
        match.customer_id = None  # a debtor we no longer know: the firm reads it as unmatched
    party = newest_party(invoices)
    open_ = [i for i in invoices if i.snapshot and i.status == "open"]
    u = understand(parsed, tz=(party and party.timezone) or tenant.timezone,
                   country=(party and party.country) or tenant.country,
                   known_invoice_numbers=[i.snapshot.number for i in open_], now=now)
    targets = _targets(u, open_, invoices)
    reasons = _why_not(match, verdicts, u)
    acts = match.customer_id is not None and not reasons and u.intent in ACTING

    detail = {"intent": u.intent, "confidence": u.confidence, "excerpt": u.excerpt,
              "promise_date": _iso(u.promise_date), "return_date": _iso(u.return_date), "paid_on": _iso(u.paid_on),
              "ses_message_id": ses_id, "s3_key": key, "matched_by": match.by, "verified": match.verified,
              "spam": verdicts["spam"] or None, "virus": verdicts["virus"] or None, "acted": acts,
              "new_email": u.new_email}
    events = [Event(tenant.id, i.id, now, "reply_received", new_id(), dict(detail), "email") for i in targets]
    claim = Mark(f"inbound#{ref}", {"tenant_id": tenant.id, "customer_id": match.customer_id,
                                              "at": now.isoformat()}, now + timedelta(days=MARK_DAYS))
    try:
        deps.store.write(WriteBatch(marks=[claim], events=events or todo.orphan(tenant.id, now, ref, detail)))
    except AlreadyDone:
        return _redelivered(deps, tenant, ref, raw, parsed, u, match, verdicts, now)

    if match.customer_id is None:
        outcome = inbound_act.Outcome("unmatched", {"reasons": reasons})
    elif u.intent == "bank_details" or (u.intent in inbound_act.FIRM_ONLY and u.confidence >= AUTO_ACT_CONFIDENCE):
        # never applied, only advised; a possible fraud is flagged however unsure the reading
        outcome = inbound_act.Outcome(u.intent, {"new_email": u.new_email, "reasons": reasons})
    elif reasons:
        outcome = inbound_act.Outcome("held", {"reasons": reasons})
    elif acts:
        try:
            outcome = inbound_act.act(deps, tenant, match.customer_id, u, parsed, targets, party, now)
        except Exception:  # the reply is recorded; the firm still gets it, told to handle it by hand
            log.exception("inbound: action failed", intent=u.intent)
            outcome = inbound_act.Outcome("failed")
    else:
        outcome = inbound_act.Outcome("ask")

    forward_id = inbound_forward.send(deps, tenant, raw, parsed, u, outcome, party=party, targets=targets,
                                      matched=match.customer_id is not None, verdicts=verdicts, too_big=too_big,
                                      s3_key=key, seed=ref, now=now)
    deps.store.write(WriteBatch(marks=[Mark(f"inbound#{ref}#forwarded", {"id": forward_id},
                                            now + timedelta(days=MARK_DAYS))]))
    return {"result": outcome.kind, "intent": u.intent, "confidence": u.confidence, "tenant_id": tenant.id,
            "customer_id": match.customer_id, "matched_by": match.by, "invoices": [i.id for i in targets],
            "forwarded": forward_id}


def _redelivered(deps, tenant, seed, raw, parsed, u, match, verdicts, now) -> dict:
    """SNS delivered twice. Nothing is acted on again; the forward is sent only if the first run died before it."""
    if deps.store.get_mark(f"inbound#{seed}#forwarded"):
        return {"result": "duplicate"}
    # Marked after the send, as letters are: a send that fails leaves no mark, so the next delivery tries again
    # (two deliveries at the same instant may both forward: the firm reads a reply twice rather than never).
    forward_id = inbound_forward.send(deps, tenant, raw, parsed, u, inbound_act.Outcome("retried"), party=None,
                                      targets=[], matched=match.customer_id is not None, verdicts=verdicts,
                                      too_big=False, s3_key=None, seed=seed, now=now)
    try:
        deps.store.write(WriteBatch(marks=[Mark(f"inbound#{seed}#forwarded", {"id": forward_id, "retried": True},
                                                now + timedelta(days=MARK_DAYS))]))
    except AlreadyDone:
        pass
    return {"result": "duplicate", "forwarded": True}


def _load(deps, key, bucket, mail: dict) -> tuple[bytes, bool]:
    """The raw mail; past the size cap, its headers as SES listed them (the mail stays in S3)."""
    if not key:
        return _headers_only(mail), False
    try:
        return deps.mail_store.get(key, bucket), False
    except TooBig:
        return _headers_only(mail), True


def _headers_only(mail: dict) -> bytes:
    lines = [f"{h.get('name')}: {h.get('value')}" for h in mail.get("headers") or [] if h.get("name")]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "replace")


def _recipients(receipt: dict, mail: dict, parsed: ParsedMail) -> list[str]:
    seen: list[str] = []
    for a in [*(receipt.get("recipients") or []), *(mail.get("destination") or []), *parsed.to_addrs,
              *parsed.cc_addrs]:
        a = str(a).strip().strip("<>").lower()
        if "@" in a and a not in seen:
            seen.append(a)
    return seen


def find(deps, recipients: list[str], parsed: ParsedMail) -> Match:
    """The r+<token> address, then the Relance thread, then the sender among the tenant's debtors."""
    bad = False
    for addr in recipients:
        local = addr.split("@", 1)[0]
        if local.startswith("r+"):
            ref = deps.keyring.verify(local[2:])
            hit = deps.store.get_mark(f"ref#{ref}") if ref else None
            if hit:
                return Match(deps.tenant(hit["tenant_id"]), hit["customer_id"], "token", verified=True)
            bad = True
    ids = [x for x in (parsed.in_reply_to, *reversed(parsed.references)) if x]
    for mid in list(dict.fromkeys(ids))[:MAX_THREAD_LOOKUPS]:
        hit = deps.store.get_mark(f"msgid#{mid.strip()}")
        if hit:
            return Match(deps.tenant(hit["tenant_id"]), hit["customer_id"], "thread", bad_token=bad)
    for domain in dict.fromkeys(a.split("@", 1)[1] for a in recipients):
        hit = deps.store.get_mark(f"replydomain#{domain}")
        if hit and hit.get("tenant_id"):  # a domain shared by several tenants names none
            tenant = deps.tenant(hit["tenant_id"])
            if tenant is None:
                continue
            debtor = deps.store.get_mark(f"debtor#{tenant.id}#{parsed.from_addr}") if parsed.from_addr else None
            if debtor:
                return Match(tenant, debtor["customer_id"], "sender", bad_token=bad)
            return Match(tenant, None, "domain", bad_token=bad)
    return Match(bad_token=bad)


def _targets(u: Understanding, open_: list[Invoice], invoices: list[Invoice]) -> list[Invoice]:
    """The invoices the reply names, else all open ones, else (all closed) the newest, for the record."""
    named = [i for i in open_ if i.snap.number in u.invoice_refs]
    if named:
        return named[:MAX_EVENTS]
    if open_:
        return open_[:MAX_EVENTS]
    dated = sorted((i for i in invoices if i.snapshot), key=lambda i: i.snap.occurred_at)
    return dated[-1:]


def _why_not(match: Match, verdicts: dict, u: Understanding) -> list[str]:
    """Why nothing automatic may happen, in the order the firm should read it."""
    out = []
    if verdicts.get("virus") == "FAIL":
        out.append("virus")
    if verdicts.get("spam") == "FAIL":
        out.append("spam")
    if not match.verified:
        out.append("bad_token" if match.bad_token else "unverified")
    if u.confidence < AUTO_ACT_CONFIDENCE:
        out.append("unsure")
    return out


def _iso(d) -> str | None:
    return d.isoformat() if d else None
