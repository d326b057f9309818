"""Mechanical wrapping for the handwritten replies in build_en.py / build_es.py / build_it.py.

Each reply body is written by hand in those files; this module only adds headers, the quoted
reminder (rendered like templates/en/*.txt), HTML alternatives, auto-reply and DSN envelopes,
and writes <id>.eml plus labels.json.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
FIRM = "Hardy Joinery Ltd"
FIRM_ADDR = "accounts@hardy-joinery.co.uk"
LONDON = ZoneInfo("Europe/London")

TZ = {"GB": "Europe/London", "US": "America/New_York", "ES": "Europe/Madrid", "IT": "Europe/Rome"}
CUR = {"GB": "£", "US": "$", "ES": "€", "IT": "€"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_MF = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
ES_WD = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_WDF = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
IT_M = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_MF = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"]
IT_WD = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_WDF = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]

# stage -> (subject template, days between due date and the letter)
STAGES = {
    "heads_up": ("Upcoming due date: {refs} – {firm}", -5),
    "reminder": ("Payment reminder: {refs} now due – {firm}", 4),
    "second_reminder": ("Second reminder: {refs} overdue – {firm}", 16),
    "firm": ("Third reminder: {refs} overdue – {firm}", 31),
    "formal_notice": ("Formal notice to pay – {refs} – {firm}", 46),
    "final_notice": ("Final reminder before referral – {refs} – {firm}", 61),
}


def day(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def money(amount: str, cc: str) -> str:
    return CUR[cc] + amount


def seed(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest()[:8], 16)


def refs(nums):
    if len(nums) == 1:
        return f"invoice {nums[0]}"
    if len(nums) == 2:
        return f"invoices {nums[0]} and {nums[1]}"
    return f"invoices {nums[0]}, {nums[1]} and {len(nums) - 2} other" + ("" if len(nums) == 3 else "s")


def subject(stage, nums):
    return STAGES[stage][0].format(refs=refs(nums), firm=FIRM)


def add_amounts(amounts):
    total = sum(int(a.replace(",", "").replace(".", "")) for a in amounts)
    return f"{total // 100:,}.{total % 100:02d}"


def letter(stage, invs, sent: dt.datetime, cc: str, key: str) -> str:
    """The reminder as the debtor received it, following templates/en/<stage>.txt."""
    today = sent.date()
    lag = STAGES[stage][1]
    nums = [n for n, _ in invs]
    many = len(invs) > 1
    gb = cc == "GB"
    rows = []
    for i, (num, amt) in enumerate(invs):
        due = today - dt.timedelta(days=lag + 7 * i)
        issued = due - dt.timedelta(days=30)
        late = (today - due).days
        rows.append((num, amt, due, issued, late))
    total = money(add_amounts([a for _, a in invs]), cc)
    link = "https://pay.hardy-joinery.co.uk/p/" + hashlib.sha1(key.encode()).hexdigest()[:10]
    claim = stage == "formal_notice"
    deadline = today + dt.timedelta(days=8 if claim else 7)
    out = []
    if claim:
        out += ["Re: formal notice to pay", ""]
    out += ["Hello," if stage in ("heads_up", "reminder", "second_reminder") else "Dear Sir or Madam,", ""]
    n0, _, due0, _, _ = rows[0]
    if stage == "heads_up":
        out.append("This is a friendly reminder that the invoices below will soon fall due." if many else
                   f"This is a friendly reminder that invoice {n0} falls due on {day(due0)}.")
    elif stage == "reminder":
        out.append("According to our records, the invoices below have fallen due and have not yet been paid." if many else
                   f"According to our records, invoice {n0}, which fell due on {day(due0)}, has not yet been paid.")
    elif stage == "second_reminder":
        out.append("We recently sent you a reminder about the invoices below. According to our records, we have not yet received payment." if many else
                   f"We recently sent you a reminder about invoice {n0}, which fell due on {day(due0)}. According to our records, we have not yet received payment.")
    else:
        lead = "Despite our repeated reminders" if claim else "Despite our previous reminders"
        out.append(f"{lead}, the invoices below remain unpaid." if many else
                   f"{lead}, invoice {n0}, which fell due on {day(due0)}, remains unpaid.")
    if stage == "firm":
        out.append("")
        if gb:
            fee = "£70" if sum(float(a.replace(",", "")) for _, a in invs) > 1000 else "£40"
            out.append("Under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest is payable on the overdue "
                       f"{'amounts' if many else 'amount'} from the day after the due date, and we are entitled to a fixed sum for the cost of recovery of {fee} for each late invoice.")
        else:
            out.append("Please note that late payment interest and recovery costs may now be charged, as permitted by law and by our terms of sale.")
    if claim:
        out += ["", f"We hereby formally require you to pay the total sum of {total} by {day(deadline)}, made up as follows:"]
    out.append("")
    for num, amt, due, issued, late in rows:
        lt = f" ({late} days overdue)" if late > 1 else ""
        if claim:
            out += [f"Invoice {num} of {day(issued)}, due {day(due)}{lt}", "",
                    f"  - Amount outstanding: {money(amt, cc)}", ""]
        else:
            out.append(f"- Invoice {num} of {day(issued)}, due {day(due)}{lt}: {money(amt, cc)} outstanding")
    out.append("")
    out.append(f"Total claimed: {total}" if claim else f"Total outstanding: {total}")
    out.append("")
    if stage == "heads_up":
        out.append("Thank you in advance for your payment by the due date.")
    elif stage == "reminder":
        out.append("We would be grateful if you could arrange payment at your earliest convenience.")
    elif stage == "second_reminder":
        out += ["Please arrange payment as soon as possible.", "",
                "If there is a problem or you disagree with the amount, please reply to this email and we will look into it."]
    elif stage == "firm":
        out += ["Please pay the amount due without further delay.", "",
                "If you are having difficulty paying, please reply to this email: we are willing to discuss a payment plan."]
    elif claim:
        out += ["Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 is calculated to the day up to "
                f"{day(today)} and continues to accrue daily until payment. The fixed sum for the cost of recovery is claimed for each late invoice under the same Act."
                if gb else "Late payment interest and recovery costs may be added, as permitted by law and by our terms of sale.", "",
                f"If full payment is not received by {day(deadline)}, we may pass this debt to a collection agency or take legal action to recover it."]
    else:
        out += [f"This is our final reminder before this matter is referred for collection. If we do not receive payment by {day(deadline)}, "
                "we may pass this debt to a collection agency or take legal action to recover it.", ""]
        if gb:
            out += ["Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 continues to accrue daily until payment.", ""]
        else:
            out += ["Late payment interest and recovery costs may be added to these amounts, as permitted by law and by our terms of sale.", ""]
        out.append("If you are having difficulty paying, please reply to this email: we are willing to discuss a payment plan.")
    out.append("")
    out.append(f"To pay online: {link}" if claim else f"To view {'your invoices' if many else 'your invoice'} and pay online: {link}")
    out.append("")
    if stage == "heads_up":
        out.append("If payment is already scheduled or made, please disregard this message.")
    elif claim:
        out.append("If you have paid these sums in the meantime, please let us know by replying to this email. If you dispute all or part of this debt, please tell us why by return.")
    else:
        out.append("If you have already paid, please disregard this message, or let us know by replying to it.")
    out += ["", "Kind regards," if stage in ("heads_up", "reminder", "second_reminder") else ("Yours faithfully," if gb else "Sincerely,"), "",
            FIRM, "Unit 4, Canal Wharf, Leeds LS11 5PS", "Company no. 08412763", f"Email: {FIRM_ADDR}", "Phone: 0113 496 0271",
            "", "--", f"You can reply directly to this email: your reply will be passed on to {FIRM}."]
    return "\n".join(out)


def ampm(t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def attribution(style, cc, t: dt.datetime, to_addr, subj):
    f = f"{FIRM} <{FIRM_ADDR}>"
    wd, mo = t.weekday(), t.month - 1
    if style == "gmail":
        if cc == "US":
            return f"On {WD[wd][:3]}, {MONTHS[mo][:3]} {t.day}, {t.year} at {ampm(t)} {f} wrote:"
        if cc == "GB":
            return f"On {WD[wd][:3]}, {t.day} {MONTHS[mo][:3]} {t.year} at {t:%H:%M}, {f} wrote:"
        if cc == "ES":
            return f"El {ES_WD[wd]}, {t.day} {ES_M[mo]} {t.year} a las {t:%H:%M}, {FIRM} (<{FIRM_ADDR}>) escribió:"
        return f"Il giorno {IT_WD[wd]} {t.day} {IT_M[mo]} {t.year} alle ore {t:%H:%M} {f} ha scritto:"
    if style == "iphone":
        if cc == "US":
            return f"On {MONTHS[mo][:3]} {t.day}, {t.year}, at {ampm(t)}, {f} wrote:"
        if cc == "GB":
            return f"On {t.day} {MONTHS[mo][:3]} {t.year}, at {t:%H:%M}, {f} wrote:"
        if cc == "ES":
            return f"El {t.day} {ES_M[mo]} {t.year}, a las {t:%H:%M}, {f} escribió:"
        return f"Il giorno {t.day} {IT_M[mo]} {t.year}, alle ore {t:%H:%M}, {f} ha scritto:"
    # outlook header block
    if cc == "US":
        return (f"From: {f}\nSent: {WD[wd]}, {MONTHS[mo]} {t.day}, {t.year} {ampm(t)}\nTo: {to_addr}\nSubject: {subj}")
    if cc == "GB":
        return (f"From: {f}\nSent: {t.day:02d} {MONTHS[mo]} {t.year} {t:%H:%M}\nTo: {to_addr}\nSubject: {subj}")
    if cc == "ES":
        return (f"De: {f}\nEnviado: {ES_WDF[wd]}, {t.day} de {ES_MF[mo]} de {t.year} {t:%H:%M}\nPara: {to_addr}\nAsunto: {subj}")
    return (f"Da: {f}\nInviato: {IT_WDF[wd]} {t.day} {IT_MF[mo]} {t.year} {t:%H:%M}\nA: {to_addr}\nOggetto: {subj}")


IPHONE = {"GB": "Sent from my iPhone", "US": "Sent from my iPhone", "ES": "Enviado desde mi iPhone", "IT": "Inviato da iPhone"}
OOO_PREFIX = {"GB": "Automatic reply: ", "US": "Automatic reply: ", "ES": "Respuesta automática: ", "IT": "Risposta automatica: "}


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def text_to_html_paras(text, cls=None):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>".join(html.escape(l) for l in block.split("\n"))
        paras.append(inner)
    if cls == "outlook":
        return "\n".join(f"<p class=MsoNormal>{p}<o:p></o:p></p>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for p in paras)
    return "\n".join(f"<div>{p}</div><div><br></div>" for p in paras)


class Case:
    def __init__(self, id, intent, cc, sender, when, style, stage, invs, body, *, subject=None, to=None,
                 ago=None, labels=None, headers=None, quote=True):
        self.id, self.intent, self.cc, self.sender, self.style, self.stage = id, intent, cc, sender, style, stage
        self.when = when
        self.invs = [(p.split(":")[0], p.split(":")[1]) for p in invs.split()] if invs else []
        self.body = body.strip("\n")
        self.subject = subject
        self.to = to
        self.ago = ago
        self.labels = labels or {}
        self.headers = headers or {}
        self.quote = quote


def build(cases, outdir: Path, extra_known=()):
    outdir.mkdir(parents=True, exist_ok=True)
    labels = {"known_invoice_numbers": [], "cases": []}
    known = set(extra_known)
    for c in cases:
        for n, _ in c.invs:
            known.add(n)
        tz = ZoneInfo(TZ[c.cc])
        if "Z" in c.when:  # header written in UTC by the sender's mail client
            sent_at = dt.datetime.fromisoformat(c.when.replace("Z", "")).replace(tzinfo=dt.UTC)
        else:
            sent_at = dt.datetime.fromisoformat(c.when).replace(tzinfo=tz)
        local = sent_at.astimezone(tz)
        s = seed(c.id)
        ago = c.ago if c.ago is not None else 1 + s % 4
        rem_day = local.date() - dt.timedelta(days=ago)
        rem_at_london = dt.datetime.combine(rem_day, dt.time(9 + s % 3, (s >> 4) % 60), LONDON)
        rem_local = rem_at_london.astimezone(tz)
        token = hashlib.sha1(("tok" + c.id).encode()).hexdigest()[:12]
        to_addr = c.to or (f"r+{token}@reply.hardy-joinery.co.uk" if s % 3 else FIRM_ADDR)
        orig_subj = subject(c.stage, [n for n, _ in c.invs]) if c.invs else None
        debtor_addr = re.search(r"<([^>]+)>", c.sender).group(1) if "<" in c.sender else c.sender
        if c.subject is not None:
            subj = c.subject.replace("{orig}", orig_subj or "")
        elif c.style == "ooo":
            subj = OOO_PREFIX[c.cc] + orig_subj
        else:
            pre = "Re: "
            if c.style in ("outlook", "html_outlook"):
                pre = "R: " if c.cc == "IT" else "RE: "
            subj = pre + orig_subj
        quoted = letter(c.stage, c.invs, rem_local, c.cc, c.id) if c.invs else ""
        msgid_dom = debtor_addr.split("@")[1]
        if c.style in ("outlook", "html_outlook") and msgid_dom not in ("gmail.com",):
            msgid = f"<{token.upper()[:8]}{s:08X}@{'EUR' if c.cc != 'US' else 'NAM'}P{s % 300}.PROD.OUTLOOK.COM>"
        else:
            msgid = f"<CA{token}{s:x}@mail.{msgid_dom}>"
        if c.style == "dsn":
            raw = dsn(c, sent_at, msgid, orig_subj, quoted, to_addr)
            (outdir / f"{c.id}.eml").write_bytes(raw)
        else:
            m = EmailMessage(policy=policy.default)
            m["From"] = c.sender
            m["To"] = to_addr
            m["Subject"] = subj
            m["Date"] = format_datetime(sent_at)
            m["Message-ID"] = msgid
            m["MIME-Version"] = "1.0"
            if c.invs and c.style != "ooo":
                ref = f"<relance.{token}.{c.stage}@reply.hardy-joinery.co.uk>"
                m["In-Reply-To"] = ref
                m["References"] = ref
            for k, v in c.headers.items():
                m[k] = v
            if c.style == "ooo":
                m["Auto-Submitted"] = "auto-replied"
                m["X-Auto-Response-Suppress"] = "All"
                if c.invs:
                    m["In-Reply-To"] = f"<relance.{token}.{c.stage}@reply.hardy-joinery.co.uk>"
            text, htm = render(c, quoted, rem_local, to_addr, orig_subj, subj)
            m.set_content(text + "\n")
            if htm:
                m.add_alternative(htm, subtype="html")
            (outdir / f"{c.id}.eml").write_bytes(m.as_bytes())
        entry = {"id": c.id, "intent": c.intent, "tz": TZ[c.cc], "country": c.cc}
        entry.update(c.labels)
        check(c, local.date(), quoted, entry)
        labels["cases"].append(entry)
    labels["known_invoice_numbers"] = sorted(known)
    (outdir / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    # every file must parse back
    for c in cases:
        with open(outdir / f"{c.id}.eml", "rb") as fh:
            msg = BytesParser(policy=policy.default).parse(fh)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], c.id
        assert msg.get_body(preferencelist=("plain", "html")) is not None or c.style == "dsn", c.id
        assert msg["Date"].datetime is not None, c.id
    return labels


def render(c, quoted, rem_local, to_addr, orig_subj, subj):
    body = c.body
    if c.style == "ooo" or not c.quote or not quoted:
        if c.style in ("html_outlook", "html_gmail"):
            return body, wrap_html(c.style, body, "")
        return body, None
    if c.style == "gmail":
        return f"{body}\n\n{attribution('gmail', c.cc, rem_local, to_addr, orig_subj)}\n\n{quote_gt(quoted)}", None
    if c.style == "iphone":
        return (f"{body}\n\n{IPHONE[c.cc]}\n\n> {attribution('iphone', c.cc, rem_local, to_addr, orig_subj)}\n>\n"
                f"{quote_gt(quoted)}"), None
    if c.style == "outlook":
        return f"{body}\n\n________________________________\n{attribution('outlook', c.cc, rem_local, to_addr, orig_subj)}\n\n{quoted}", None
    if c.style == "none":
        return body, None
    if c.style == "html_outlook":
        att = attribution("outlook", c.cc, rem_local, to_addr, orig_subj)
        text = f"{body}\n\n{att}\n\n{quoted}"
        return text, wrap_html("html_outlook", body, quoted, att)
    if c.style == "html_gmail":
        att = attribution("gmail", c.cc, rem_local, to_addr, orig_subj)
        text = f"{body}\n\n{att}\n\n{quote_gt(quoted)}"
        return text, wrap_html("html_gmail", body, quoted, att)
    raise ValueError(c.style)


def wrap_html(style, body, quoted, att=""):
    if style == "html_outlook":
        q = ""
        if quoted:
            lines = att.split("\n")
            hdr = "<br>\n".join(
                f"<b>{html.escape(l.split(':', 1)[0])}:</b>{html.escape(l.split(':', 1)[1])}" for l in lines)
            q = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                 f"<p class=MsoNormal>{hdr}<o:p></o:p></p>\n</div>\n" + text_to_html_paras(quoted, "outlook"))
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
                "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;} --></style></head>\n"
                "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\">\n<div class=WordSection1>\n"
                + text_to_html_paras(body, "outlook") + "\n" + q + "\n</div>\n</body>\n</html>\n")
    q = ""
    if quoted:
        q = (f"<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{html.escape(att)}<br></div>"
             "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
             + text_to_html_paras(quoted) + "</blockquote></div>")
    return f"<div dir=\"ltr\">{text_to_html_paras(body)}</div>{q}\n"


def dsn(c, sent_at, msgid, orig_subj, quoted, to_addr):
    """multipart/report delivery-status: c.body is the human part, c.labels['_rcpt'] the failed address."""
    rcpt = c.headers["X-Failed-Recipient"]
    status = c.headers.get("_status", "5.1.1")
    diag = c.headers.get("_diag", "smtp; 550 5.1.1 user unknown")
    mta = c.headers.get("_mta", "mx.google.com")
    boundary = f"=_{seed(c.id):08x}report"
    orig_date = format_datetime(sent_at - dt.timedelta(minutes=1))
    orig = (f"From: {FIRM} <{FIRM_ADDR}>\r\nTo: {rcpt}\r\nSubject: {orig_subj}\r\nDate: {orig_date}\r\n"
            f"Message-ID: <relance.{seed(c.id):x}@reply.hardy-joinery.co.uk>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n")
    parts = [
        f"From: {c.sender}\r\nTo: {to_addr}\r\nSubject: {c.subject}\r\nDate: {format_datetime(sent_at)}\r\n"
        f"Message-ID: {msgid}\r\nMIME-Version: 1.0\r\nAuto-Submitted: auto-replied\r\nX-Failed-Recipients: {rcpt}\r\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{boundary}\"\r\n\r\n"
        "This is a MIME-formatted message.\r\n",
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + c.body.replace("\n", "\r\n") + "\r\n",
        "Content-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {mta}\r\nArrival-Date: {orig_date}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: {status}\r\n"
        f"Remote-MTA: dns; {c.headers.get('_remote', 'mx.' + rcpt.split('@')[1])}\r\nDiagnostic-Code: {diag}\r\n"
        f"Last-Attempt-Date: {format_datetime(sent_at)}\r\n",
        "Content-Type: text/rfc822-headers\r\n\r\n" + orig,
    ]
    out = parts[0]
    for p in parts[1:]:
        out += f"\r\n--{boundary}\r\n" + p
    out += f"\r\n--{boundary}--\r\n"
    return out.encode("utf-8")


def check(c, mail_day: dt.date, quoted: str, entry):
    for k in ("promise_date", "return_date", "paid_on"):
        if k in entry:
            d = dt.date.fromisoformat(entry[k])
            if k == "paid_on":
                assert d <= mail_day, (c.id, k, d, mail_day)
            else:
                assert d >= mail_day, (c.id, k, d, mail_day)
            assert day(d) not in quoted, (c.id, "labelled date appears in the quoted reminder", d)
    if "new_email" in entry:
        assert entry["new_email"] in c.body, c.id
    assert dt.date(2026, 11, 2) <= mail_day <= dt.date(2026, 12, 20), (c.id, mail_day)
