"""Raw MIME bytes -> ParsedMail. Never raises: malformed input degrades to empty fields + defects."""

from __future__ import annotations

import email
import email.policy
import email.utils
import re
from dataclasses import dataclass
from datetime import datetime

from .quotes import strip_quotes

MAX_HTML_CHARS = 2_000_000  # html2text is linear but slow; beyond this the tail is noise anyway

AUTO_SUBJECT = re.compile(
    r"^\s*(?:(?:re|tr|fw|fwd)\s*:\s*)*(?:r[ée]ponse automatique|absence du bureau|absent(?:e)?\b|"
    r"message d.absence|automatic reply|auto(?:matic)?[- ]?reply|auto[- ]?response|autoreply|auto\s*:|"
    r"out of (?:the )?office|abwesenheitsnotiz|automatische antwort|risposta automatica|"
    r"respuesta autom[áa]tica|on vacation|vacation reply)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ParsedMail:
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    cc_addrs: tuple[str, ...]
    subject: str
    date: datetime | None
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str
    new_text: str
    auto_reply: bool
    bounce: bool
    bounced_recipient: str | None
    attachments: tuple[str, ...]
    defects: tuple[str, ...]
    auto_reply_reason: str | None = None  # which header or subject made it an auto-reply
    html_only: bool = False


def parse_mail(raw: bytes, max_bytes: int = 40 * 1024 * 1024) -> ParsedMail:
    defects: list[str] = []
    if isinstance(raw, str):  # be lenient with callers holding text
        raw = raw.encode("utf-8", "surrogateescape")
    if raw is None:
        raw = b""
    if len(raw) > max_bytes:
        raw = raw[:max_bytes]
        defects.append(f"truncated to {max_bytes} bytes")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception as exc:  # the stdlib parser is lenient, but never trust it
        defects.append(f"unparseable: {type(exc).__name__}")
        msg = email.message_from_bytes(b"", policy=email.policy.default)

    for d in getattr(msg, "defects", []):
        defects.append(type(d).__name__)

    from_name, from_addr = _first_address(msg, "From", defects)
    subject = _header(msg, "Subject", defects)
    auto_reason = _auto_reply_reason(msg, subject, defects)
    bounce, bounced = _bounce(msg, defects)

    plain, html, attachments = _walk(msg, defects)
    html_only = False
    if plain.strip():
        text = plain
    elif html.strip():
        text = html_to_text(html)
        html_only = True
    else:
        text = ""
    text = _clean(text)
    try:
        new_text = strip_quotes(text)
    except Exception as exc:  # quote rules are heuristics; a crash must not lose the mail
        defects.append(f"quote removal failed: {type(exc).__name__}")
        new_text = text

    return ParsedMail(
        from_addr=from_addr,
        from_name=from_name,
        to_addrs=_addresses(msg, "To", defects),
        cc_addrs=_addresses(msg, "Cc", defects),
        subject=subject,
        date=_date(msg, defects),
        message_id=_header(msg, "Message-ID", defects) or None,
        in_reply_to=_header(msg, "In-Reply-To", defects) or None,
        references=tuple(re.findall(r"<[^<>\s]+>", _header(msg, "References", defects))),
        text=text,
        new_text=new_text,
        auto_reply=auto_reason is not None,
        bounce=bounce,
        bounced_recipient=bounced,
        attachments=tuple(attachments),
        defects=tuple(defects),
        auto_reply_reason=auto_reason,
        html_only=html_only,
    )


def html_to_text(html: str) -> str:
    """HTML -> plain text; images and links are dropped, nothing remote is ever fetched."""
    html = html[:MAX_HTML_CHARS]
    try:
        import html2text  # lazy: only HTML-only mails pay for it

        h = html2text.HTML2Text()
        h.ignore_images = True
        h.ignore_links = True
        h.ignore_emphasis = True
        h.ignore_tables = True
        h.unicode_snob = True
        h.body_width = 0
        out = h.handle(html)
        return re.sub(r"\\([-\\`*_{}\[\]()#+.!>])", r"\1", out)  # undo markdown escaping
    except Exception:
        return _strip_tags(html)


def _strip_tags(html: str) -> str:
    from html import unescape

    html = re.sub(r"(?is)<(script|style|head)\b.*?</\1\s*>", " ", html)
    html = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", html)
    return unescape(re.sub(r"<[^>]*>", "", html))


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"[\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]", "", text)
    return text.strip("\n")


def _header(msg, name: str, defects: list[str]) -> str:
    try:
        value = msg.get(name)
    except Exception as exc:
        defects.append(f"bad {name} header: {type(exc).__name__}")
        try:
            value = msg.get_all(name, [None])[0]
        except Exception:
            return ""
    if value is None:
        return ""
    try:
        return re.sub(r"\s+", " ", str(value)).strip()
    except Exception:
        defects.append(f"bad {name} header")
        return ""


def _address_list(msg, name: str, defects: list[str]) -> list[tuple[str, str]]:
    raw = []
    try:
        for v in msg.get_all(name, []) or []:
            raw.append(str(v))
    except Exception as exc:
        defects.append(f"bad {name} header: {type(exc).__name__}")
        return []
    try:
        pairs = email.utils.getaddresses(raw)
    except Exception:
        defects.append(f"bad {name} header")
        return []
    return [(n.strip(), a.strip().lower()) for n, a in pairs if "@" in a]


def _first_address(msg, name: str, defects: list[str]) -> tuple[str, str]:
    pairs = _address_list(msg, name, defects)
    return pairs[0] if pairs else ("", "")


def _addresses(msg, name: str, defects: list[str]) -> tuple[str, ...]:
    return tuple(a for _, a in _address_list(msg, name, defects))


def _date(msg, defects: list[str]) -> datetime | None:
    value = _header(msg, "Date", defects)
    if not value:
        return None
    try:
        dt = email.utils.parsedate_to_datetime(value)
    except Exception:
        defects.append("bad Date header")
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:  # "-0000" means UTC with unknown origin zone
        from datetime import UTC

        dt = dt.replace(tzinfo=UTC)
    return dt


def _auto_reply_reason(msg, subject: str, defects: list[str]) -> str | None:
    auto = _header(msg, "Auto-Submitted", defects).lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        if _header(msg, name, defects):
            return name
    prec = _header(msg, "Precedence", defects).lower()
    if prec in ("auto_reply", "bulk", "junk"):
        return f"Precedence: {prec}"
    if _header(msg, "X-Auto-Response-Suppress", defects).lower() in ("all", "oof"):
        # Exchange stamps its own automatic replies this way
        if AUTO_SUBJECT.search(subject):
            return "X-Auto-Response-Suppress"
    if AUTO_SUBJECT.search(subject):
        return "subject"
    return None


def _bounce(msg, defects: list[str]) -> tuple[bool, str | None]:
    """RFC 3464 delivery status notification: multipart/report; report-type=delivery-status."""
    try:
        if msg.get_content_type() != "multipart/report":
            return False, None
        if (msg.get_param("report-type") or "").lower() != "delivery-status":
            return False, None
        failed = None
        for part in msg.walk():
            if part.get_content_type() != "message/delivery-status":
                continue
            for block in _status_blocks(part):
                action = str(block.get("Action", "")).strip().lower()
                rcpt = str(block.get("Final-Recipient", "") or block.get("Original-Recipient", ""))
                if not rcpt:
                    continue
                addr = rcpt.split(";", 1)[-1].strip().strip("<>").lower()
                if action == "failed" or (not action and str(block.get("Status", "")).startswith("5")):
                    failed = failed or addr
        return (failed is not None), failed
    except Exception as exc:
        defects.append(f"bad delivery report: {type(exc).__name__}")
        return False, None


def _status_blocks(part):
    payload = part.get_payload()
    if isinstance(payload, list):
        return payload
    # some senders base64 the status part: reparse it as header blocks
    data = part.get_payload(decode=True) or b""
    blocks = []
    for chunk in re.split(rb"\r?\n\r?\n", data):
        if chunk.strip():
            blocks.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return blocks


def _walk(msg, defects: list[str]) -> tuple[str, str, list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    try:
        parts = list(msg.walk())
    except Exception as exc:
        defects.append(f"bad MIME tree: {type(exc).__name__}")
        parts = [msg]
    for part in parts:
        try:
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            disp = (part.get_content_disposition() or "").lower()
            name = _filename(part)
            if disp == "attachment" or (name and not ctype.startswith("text/")):
                attachments.append(name or ctype)
                continue
            if ctype == "text/plain":
                plain.append(_decode(part, defects))
            elif ctype == "text/html":
                html.append(_decode(part, defects))
            elif ctype.startswith("message/") or ctype.startswith("text/"):
                continue  # delivery status, rfc822-headers, calendars: not what the sender wrote
            elif name:
                attachments.append(name)
        except Exception as exc:
            defects.append(f"bad part: {type(exc).__name__}")
    return "\n\n".join(p for p in plain if p.strip()), "\n".join(html), attachments


def _filename(part) -> str | None:
    try:
        return part.get_filename()
    except Exception:
        return None


def _decode(part, defects: list[str]) -> str:
    try:
        content = part.get_content()
        if isinstance(content, bytes):
            return content.decode("utf-8", "replace")
        return content
    except Exception as exc:  # unknown charset, broken base64, ...
        defects.append(f"undecodable part: {type(exc).__name__}")
    try:
        data = part.get_payload(decode=True) or b""
    except Exception:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    for charset in ("utf-8", "cp1252"):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
