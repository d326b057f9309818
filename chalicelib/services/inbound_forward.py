"""Every inbound mail goes to the firm: one line, in the firm's language, saying what Relance understood and
did, then the new text, and the original attached untouched as message/rfc822."""

from __future__ import annotations

import base64
import html
import re
import uuid
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from chalicelib.adapters.render import Renderer
from chalicelib.core.intake import check_email
from chalicelib.core.mime import header_text, make_message_id
from chalicelib.core.records import Invoice, Party, Tenant
from chalicelib.core.replies import ParsedMail, Understanding

from .reminders import locale_for

NB = "\u00a0"  # French puts a no-break space before : ; ! ? and inside « »
MAX_NEW_TEXT = 4000
ATTACH_MAX = 20 * 1024 * 1024  # SES takes 40 MB a message; past this the original stays in S3 only
METHODS = {"fr": {"transfer": "virement", "card": "carte bancaire", "cheque": "chèque", "direct_debit": "prélèvement",
                  "cash": "espèces"},
           "en": {"transfer": "transfer", "card": "card", "cheque": "cheque", "direct_debit": "direct debit",
                  "cash": "cash"}}


def summary_line(tenant: Tenant, u: Understanding, kind: str, facts: dict, matched: bool) -> str:
    """templates/<lang>/notices/forward_line.txt, on one line (its wording lives there, like every text)."""
    lang = "fr" if tenant.language == "fr" else "en"
    ctx = {"u": u, "kind": kind, "f": facts or {}, "matched": matched, "method": METHODS[lang].get(u.method or ""),
           "locale": locale_for(lang, tenant.jurisdiction)}
    text = Renderer(tenant.templates).render(f"{lang}/notices/forward_line.txt", ctx)
    return re.sub(r"[ \t\r\n]+", " ", text).strip()  # ASCII whitespace only: French no-break spaces stay


def send(deps, tenant: Tenant, raw: bytes, mail: ParsedMail, u: Understanding, outcome, *, party: Party | None,
         targets: list[Invoice], matched: bool, verdicts: dict, too_big: bool, s3_key: str | None, seed: str,
         now: datetime) -> str:
    fr = tenant.language == "fr"
    line = summary_line(tenant, u, outcome.kind, outcome.facts, matched)
    flags = []
    if verdicts.get("virus") == "FAIL":
        flags.append("VIRUS ?")
    if verdicts.get("spam") == "FAIL":
        flags.append("SPAM ?")
    if not matched:
        flags.append("non rattaché" if fr else "unmatched")
    # Names and subjects come from outside (a reply's headers, a debtor's name): one clean line each, or the
    # stdlib refuses the header (U+2028, a newline) after the reply was claimed and the firm never sees it.
    who = header_text((party and party.name) or mail.from_name or mail.from_addr or "") or (
        "inconnu" if fr else "unknown")
    subject = header_text((f"Réponse de {who}{NB}: " if fr else f"Reply from {who}: ") + (mail.subject or ""))
    if flags:
        subject = f"[{' · '.join(flags)}] {subject}"
    c = NB + ":" if fr else ":"
    facts = [(f"De{c}" if fr else "From:", formataddr((header_text(mail.from_name), mail.from_addr))
              if mail.from_addr else "?"),
             (f"Objet{c}" if fr else "Subject:", header_text(mail.subject or ""))]
    if targets:
        facts.append((f"Factures{c}" if fr else "Invoices:", ", ".join(i.snap.number for i in targets)))
    new_text = (mail.new_text or "").strip()[:MAX_NEW_TEXT]
    attach = bool(raw) and not too_big and len(raw) <= ATTACH_MAX
    if attach:
        tail = "Le message d'origine est joint." if fr else "The original message is attached."
    else:
        tail = (f"Le message d'origine est conservé dans le stockage de Relance ({s3_key})." if fr
                else f"The original message is kept in Relance's storage ({s3_key}).")
    text = "\n".join([line, "", *(f"{k} {v}" for k, v in facts), "", new_text, "", tail]) + "\n"
    page = (f"<p><strong>{html.escape(line)}</strong></p>"
            + "".join(f"<div>{html.escape(k)} {html.escape(v)}</div>" for k, v in facts)
            + f'<pre style="font-family:inherit;white-space:pre-wrap">{html.escape(new_text)}</pre>'
            + f"<p>{html.escape(tail)}</p>")

    head = EmailMessage(policy=SMTP)
    head["From"] = formataddr(("Relance", tenant.sender))
    head["To"] = tenant.notify_to
    reply_to = _sendable(mail.from_addr)
    if reply_to and "FAIL" not in verdicts.values():
        head["Reply-To"] = reply_to  # the firm answers the debtor by replying
    head["Subject"] = subject
    head["Date"] = format_datetime(now)
    head["Message-ID"] = make_message_id(f"forward#{seed}", tenant.sender.split("@", 1)[1])
    head["Auto-Submitted"] = "auto-generated"
    body = EmailMessage(policy=SMTP)
    body.set_content(text)
    body.add_alternative(page, subtype="html")
    raw_out = _assemble(head, body, raw if attach else None)
    return deps.mailer.send(raw_out, tenant.sender, [tenant.notify_to])


def _sendable(addr: str | None) -> str | None:
    try:
        return check_email(addr) if addr else None
    except ValueError:
        return None


def _assemble(head: EmailMessage, body: EmailMessage, original: bytes | None) -> bytes:
    """multipart/mixed by hand: the stdlib would re-fold the original's headers (breaking its DKIM) or
    base64 it, which message/rfc822 does not allow."""
    if original is None:
        for k, v in head.items():
            body[k] = v
        return body.as_bytes()
    boundary = "=_fwd_" + uuid.uuid4().hex
    head["MIME-Version"] = "1.0"
    head["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
    top = b"".join(SMTP.fold_binary(k, v) for k, v in head.items()) + b"\r\n"
    lines = b"\r\n".join(original.splitlines())
    part = [b'Content-Type: message/rfc822', b'Content-Disposition: attachment; filename="original.eml"']
    if all(len(x) <= 998 for x in lines.split(b"\r\n")) and _utf8(lines):
        part += [b"Content-Transfer-Encoding: " + (b"7bit" if lines.isascii() else b"8bit"), b"", lines]
    else:  # other 8-bit text or overlong lines would not survive SMTP: base64 (mail readers open it all the same)
        part += [b"Content-Transfer-Encoding: base64", b"", base64.encodebytes(original).replace(b"\n", b"\r\n")]
    b = boundary.encode()
    return b"".join([top, b"--", b, b"\r\n", body.as_bytes(), b"\r\n--", b, b"\r\n",
                     b"\r\n".join(part), b"\r\n--", b, b"--\r\n"])


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False
