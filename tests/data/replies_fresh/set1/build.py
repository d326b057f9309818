"""Build the fresh reply corpus (set1): handwritten debtor replies, mechanically wrapped as .eml.

The reply texts live in cases_fr.py and cases_de.py, one handwritten text per case. This script only
does the wrapping: headers, the quoted reminder letter (rendered like templates/fr and templates/en),
HTML alternatives, auto-reply headers, DSN structure, and labels.json.

Run: python3 tests/data/replies_fresh/set1/build.py
"""

from __future__ import annotations

import hashlib
import html
import json
import sys
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

FIRM = "Atelier Dupont"
FIRM_FROM = "Atelier Dupont <relances@atelier-dupont.fr>"
NNBSP, NBSP = "\u202f", "\u00a0"

MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MOIS_ABR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
JOURS_ABR = "lun. mar. mer. jeu. ven. sam. dim.".split()
MONTHS = "January February March April May June July August September October November December".split()
MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ABR = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
TAGE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
TAGE_ABR = "Mo. Di. Mi. Do. Fr. Sa. So.".split()

# stage -> (days from due date to sending, French subject, English subject)
STAGES = {
    "heads_up": (-5, "Rappel d'échéance : {refs} – Atelier Dupont", "Upcoming payment: {refs} – Atelier Dupont"),
    "reminder": (8, "Relance : {refs} {e} – Atelier Dupont", "Payment reminder: {refs} now due – Atelier Dupont"),
    "second_reminder": (22, "Deuxième relance : {refs} {i} – Atelier Dupont", "Second reminder: {refs} unpaid – Atelier Dupont"),
    "firm": (38, "Troisième relance : {refs} {i} – Atelier Dupont", "Third reminder: {refs} unpaid – Atelier Dupont"),
    "repeat": (30, "Rappel : {refs} toujours {i} – Atelier Dupont", "Reminder: {refs} still unpaid – Atelier Dupont"),
    "formal_notice": (52, "Mise en demeure de payer – {refs} – Atelier Dupont", "Formal notice to pay – {refs} – Atelier Dupont"),
    "final_notice": (70, "Dernier rappel avant transmission du dossier – {refs} – Atelier Dupont", "Final reminder before referral – {refs} – Atelier Dupont"),
}


def h(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def money(x: float, lang: str = "fr") -> str:
    s = f"{x:,.2f}"
    if lang == "en":
        return "€" + s
    return s.replace(",", NNBSP).replace(".", ",") + NBSP + "€"


def day(d: date, lang: str = "fr") -> str:
    if lang == "en":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{'1er' if d.day == 1 else d.day} {MOIS[d.month - 1]} {d.year}"


def default_amount(number: str) -> float:
    n = h(number)
    return round(((n % 47) + 2) * 61.5 + (n % 7) * 12.4, 2)


def refs(invs, lang):
    if lang == "en":
        word = "invoice" if len(invs) == 1 else "invoices"
        return f"{word} " + " and ".join(invs)
    word = "facture" if len(invs) == 1 else "factures"
    return f"{word} " + " et ".join(invs)


def letter(c, sent: datetime, lang: str) -> tuple[str, str]:
    """The reminder the debtor answers: (subject, plain text), as the templates render it."""
    invs = c["invs"]
    many = len(invs) > 1
    lag, subj_fr, subj_en = STAGES[c["stage"]]
    today = sent.date()
    rows = []
    for k, num in enumerate(invs):
        due = today - timedelta(days=lag + 3 * k)
        amt = c["amounts"][k]
        rows.append((num, due - timedelta(days=30), due, (today - due).days, amt))
    total = sum(r[4] for r in rows)
    claim = c["stage"] == "formal_notice"
    deadline = today + timedelta(days=8)
    r0 = rows[0]
    if lang == "en":
        subject = subj_en.format(refs=refs(invs, "en"))
        greet = "Hello,"
        intro = {
            "heads_up": f"This is a friendly reminder that invoice {r0[0]} falls due on {day(r0[2], 'en')}.",
            "reminder": f"According to our records, invoice {r0[0]}, which fell due on {day(r0[2], 'en')}, has not yet been paid.",
            "second_reminder": f"We recently sent you a reminder about invoice {r0[0]}, which fell due on {day(r0[2], 'en')}. According to our records, we have not yet received payment.",
            "firm": f"Despite our previous reminders, invoice {r0[0]}, which fell due on {day(r0[2], 'en')}, remains unpaid.",
            "repeat": f"We are writing again about invoice {r0[0]}, which fell due on {day(r0[2], 'en')} and remains unpaid.",
            "formal_notice": f"Despite our reminders, invoice {r0[0]}, which fell due on {day(r0[2], 'en')}, remains unpaid.\n\nWe hereby formally demand payment of {money(total, 'en')} no later than {day(deadline, 'en')}.",
            "final_notice": f"Despite our previous reminders, invoice {r0[0]}, which fell due on {day(r0[2], 'en')}, remains unpaid.",
        }[c["stage"]]
        if many:
            intro = "According to our records, the invoices below have fallen due and have not yet been paid."
        lines = [
            f"- Invoice {n} of {day(iss, 'en')}, due {day(d, 'en')}" + (f" ({late} days overdue)" if late > 0 else "") + f": {money(a, 'en')} outstanding"
            for n, iss, d, late, a in rows
        ]
        body = [greet, "", intro, "", *lines, "", f"Total outstanding: {money(total, 'en')}", "",
                "Please arrange payment as soon as possible." if c["stage"] != "heads_up" else "Thank you in advance for paying on time.", "",
                f"To view your invoice{'s' if many else ''} and pay online: https://pay.atelier-dupont.fr/p/{c['token']}", "",
                "If you have already paid, please disregard this message or let us know by replying to it.", "",
                "Kind regards,", "", FIRM, "12 rue des Tanneurs, 69002 Lyon, France", "SIRET 812 345 678 00021",
                "Email: contact@atelier-dupont.fr", "Phone: +33 4 78 12 34 56", "", "--",
                f"You can reply directly to this message: your reply will be passed on to {FIRM}."]
        return subject, "\n".join(body)
    subject = subj_fr.format(refs=refs(invs, "fr"), e="échues" if many else "échue", i="impayées" if many else "impayée")
    formal = c["stage"] in ("firm", "repeat", "formal_notice", "final_notice")
    greet = "Madame, Monsieur," if formal else "Bonjour,"
    if many:
        intro = {
            "heads_up": "Nous nous permettons de vous rappeler que les factures ci-dessous arrivent prochainement à échéance.",
            "reminder": "Sauf erreur de notre part, les factures ci-dessous, arrivées à échéance, n'ont pas encore été réglées.",
            "second_reminder": "Nous vous avons récemment adressé un rappel concernant les factures ci-dessous. Sauf erreur de notre part, nous n'avons pas encore reçu leur règlement.",
            "firm": "Malgré nos précédents rappels, les factures ci-dessous restent impayées à ce jour.",
            "repeat": "Nous revenons vers vous au sujet des factures ci-dessous, qui restent impayées à ce jour.",
            "formal_notice": "Malgré nos relances successives, les factures ci-dessous restent impayées à ce jour.",
            "final_notice": "Malgré nos précédentes relances, les factures ci-dessous restent impayées à ce jour.",
        }[c["stage"]]
    else:
        n, d = r0[0], day(r0[2])
        intro = {
            "heads_up": f"Nous nous permettons de vous rappeler que la facture {n} arrive à échéance le {d}.",
            "reminder": f"Sauf erreur de notre part, la facture {n}, arrivée à échéance le {d}, n'a pas encore été réglée.",
            "second_reminder": f"Nous vous avons récemment adressé un rappel concernant la facture {n}, échue le {d}. Sauf erreur de notre part, nous n'avons pas encore reçu son règlement.",
            "firm": f"Malgré nos précédents rappels, la facture {n}, échue le {d}, reste impayée à ce jour.",
            "repeat": f"Nous revenons vers vous au sujet de la facture {n}, échue le {d}, qui reste impayée à ce jour.",
            "formal_notice": f"Malgré nos relances successives, la facture {n}, échue le {d}, reste impayée à ce jour.",
            "final_notice": f"Malgré nos précédentes relances, la facture {n}, échue le {d}, reste impayée à ce jour.",
        }[c["stage"]]
    if c["stage"] == "firm":
        intro += ("\n\nNous vous informons que s'appliquent désormais les pénalités de retard (art. L441-10 du Code de commerce) "
                  "et l'indemnité forfaitaire pour frais de recouvrement de 40\u00a0€ par facture (art. D441-5 du Code de commerce).")
    if claim:
        intro += (f"\n\nPar la présente, nous vous mettons en demeure de nous régler la somme totale de {money(total + 40 * len(rows) + 18.37)} "
                  f"au plus tard le {day(deadline)}, selon le détail suivant :")
        lines = []
        for n, iss, d, late, a in rows:
            lines += [f"Facture {n} du {day(iss)}, échue le {day(d)} ({late} jours de retard)", "",
                      f"  - Montant restant dû : {money(a)}",
                      f"  - Pénalités de retard arrêtées au {day(today)} (taux : BCE + 10 points) : {money(18.37 / len(rows))}",
                      f"  - Indemnité forfaitaire pour frais de recouvrement : {money(40)}", ""]
        lines += [f"Total réclamé : {money(total + 40 * len(rows) + 18.37)}"]
    else:
        lines = [f"- Facture {n} du {day(iss)}, échéance le {day(d)}" + (f" ({late} jours de retard)" if late > 0 else "") + f" : {money(a)} restant dû"
                 for n, iss, d, late, a in rows]
        lines += ["", f"Total restant dû : {money(total)}"]
    request = {
        "heads_up": "Nous vous remercions par avance de votre règlement à bonne date.",
        "reminder": f"Nous vous remercions de bien vouloir procéder à {'leur' if many else 'son'} règlement dans les meilleurs délais.",
        "second_reminder": "Nous vous remercions de bien vouloir régulariser cette situation dans les plus brefs délais.\n\n"
                           "En cas de difficulté ou de désaccord sur le montant, n'hésitez pas à répondre à ce message : nous examinerons votre demande.",
        "firm": "Nous vous demandons de procéder sans délai au règlement des sommes dues.\n\n"
                "Si vous rencontrez une difficulté de paiement, répondez à ce message : nous pouvons étudier avec vous un échéancier.",
        "repeat": "Les pénalités de retard (art. L441-10 du Code de commerce) continuent de courir jusqu'au complet paiement.\n\n"
                  f"Nous vous remercions de procéder sans délai à {'leur' if many else 'son'} règlement, ou de nous contacter pour convenir d'une solution.",
        "formal_notice": f"Les pénalités de retard (art. L441-10 du Code de commerce), calculées au jour près jusqu'au {day(today)}, continuent de courir jusqu'au complet paiement. "
                         "L'indemnité forfaitaire pour frais de recouvrement (art. D441-5 du Code de commerce) est due pour chaque facture réglée en retard.\n\n"
                         f"À défaut de règlement intégral au plus tard le {day(deadline)}, nous pourrons confier le recouvrement de cette créance à une société de recouvrement "
                         "ou saisir la juridiction compétente d'une requête en injonction de payer.",
        "final_notice": "Ce message constitue notre dernier rappel avant la transmission de ce dossier en vue de son recouvrement. "
                        f"Sans règlement de votre part au plus tard le {day(deadline)}, nous pourrons confier le recouvrement de cette créance à une société de recouvrement "
                        "ou saisir la juridiction compétente d'une requête en injonction de payer.\n\n"
                        "Les pénalités de retard (art. L441-10 du Code de commerce) continuent de courir jusqu'au complet paiement.\n\n"
                        "Si vous rencontrez une difficulté de paiement, répondez à ce message : nous pouvons étudier avec vous un échéancier.",
    }[c["stage"]]
    action = (f"Pour régler en ligne : https://pay.atelier-dupont.fr/p/{c['token']}" if claim else
              f"Pour consulter {'vos factures et les régler' if many else 'votre facture et la régler'} en ligne : https://pay.atelier-dupont.fr/p/{c['token']}")
    notes = {
        "heads_up": "Si le règlement est déjà programmé ou effectué, merci de ne pas tenir compte de ce message.",
        "formal_notice": "Si vous avez réglé ces sommes entre-temps, merci de nous en informer en répondant à ce message. "
                         "Si vous contestez tout ou partie de cette réclamation, merci de nous faire connaître vos motifs par retour.",
    }.get(c["stage"], "Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message ou de nous le signaler en y répondant.")
    closing = "Veuillez agréer, Madame, Monsieur, nos salutations distinguées." if formal else "Bien cordialement,"
    heading = ["Objet : mise en demeure de payer", ""] if claim else []
    body = [*heading, greet, "", intro, "", *lines, "", request, "", action, "", notes, "", closing, "",
            FIRM, "12 rue des Tanneurs, 69002 Lyon", "SIRET 812 345 678 00021", "E-mail : contact@atelier-dupont.fr",
            "Téléphone : 04 78 12 34 56", "", "--", f"Vous pouvez répondre directement à ce message : votre réponse sera transmise à {FIRM}."]
    return subject, "\n".join(body)


def attribution(style: str, sent: datetime, debtor: str) -> str:
    d = sent
    hm = d.strftime("%H:%M")
    if style == "gm":
        return f"Le {JOURS_ABR[d.weekday()]} {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm}, {FIRM} <relances@atelier-dupont.fr> a écrit :"
    if style == "ap":
        return f"Le {d.day} {MOIS_ABR[d.month - 1]} {d.year} à {hm}, {FIRM} <relances@atelier-dupont.fr> a écrit :"
    if style == "tb":
        return f"Le {d:%d/%m/%Y} à {hm}, {FIRM} a écrit :"
    if style == "gm_de":
        return f"Am {TAGE_ABR[d.weekday()]}, {d.day}. {MON_ABR[d.month - 1]} {d.year} um {hm} Uhr schrieb {FIRM} <relances@atelier-dupont.fr>:"
    if style == "tb_de":
        return f"Am {d:%d.%m.%Y} um {hm} schrieb {FIRM}:"
    raise ValueError(style)


def outlook_block(style: str, sent: datetime, debtor: str, subject: str) -> list[str]:
    d = sent
    if style == "ol":
        return ["De : " + FIRM_FROM, f"Envoyé : {JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d:%H:%M}",
                f"À : {debtor}", f"Objet : {subject}"]
    return ["Von: " + FIRM_FROM, f"Gesendet: {TAGE[d.weekday()]}, {d.day}. {MONATE[d.month - 1]} {d.year} {d:%H:%M}",
            f"An: {debtor}", f"Betreff: {subject}"]


def quote_plain(style, sent, debtor, subject, text) -> str:
    if style in ("ol", "ol_de"):
        return "\n".join(["", "________________________________", *outlook_block(style, sent, debtor, subject), "", text])
    q = "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))
    att = attribution(style, sent, debtor)
    if style == "ap":
        return f"\n\n> {att}\n>\n{q}"
    return f"\n\n{att}\n\n{q}"


def html_of(style, reply: str, quote_style, sent, debtor, subject, text) -> str:
    paras = reply.strip("\n").split("\n")
    esc = lambda s: html.escape(s, quote=False)
    if style == "gm":
        body = "<br>".join(esc(p) for p in paras)
        out = f'<div dir="ltr">{body}</div>'
        if quote_style:
            att = attribution("gm" if quote_style in ("gm", "ap", "tb") else "gm_de", sent, debtor)
            qt = "<br>".join(esc(p) for p in text.split("\n"))
            out += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(att)}<br></div>'
                    f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    f"{qt}</blockquote></div>")
        return f"<html><head></head><body>{out}</body></html>\n"
    ps = "\n".join(f"<p class=MsoNormal>{esc(p) if p else '&nbsp;'}<o:p></o:p></p>" for p in paras)
    out = f"<div class=WordSection1>\n{ps}\n"
    if quote_style:
        blk = outlook_block("ol" if quote_style in ("ol", "gm", "ap", "tb") else "ol_de", sent, debtor, subject)
        hdr = "<br>\n".join(f"<b>{esc(ln.split(':', 1)[0])}:</b>{esc(ln.split(':', 1)[1])}" for ln in blk)
        qt = "\n".join(f"<p class=MsoNormal>{esc(p) if p else '&nbsp;'}<o:p></o:p></p>" for p in text.split("\n"))
        out += (f"<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                f"<p class=MsoNormal>{hdr}<o:p></o:p></p>\n</div>\n{qt}\n")
    out += "</div>"
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "@page WordSection1\n\t{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style></head>"
            f"<body lang=FR link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n{out}\n</body></html>\n")


def parse_when(c):
    off = c.get("offset", "+0100")
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(c["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def bounce(c, when: datetime, sent: datetime, orig_subject: str, orig_text: str) -> bytes:
    b = "=_dsn_" + hashlib.md5(c["id"].encode()).hexdigest()[:16]
    rcpt = c["rcpt"]
    orig_mid = f"<{hashlib.md5((c['id'] + 'orig').encode()).hexdigest()}@relance.atelier-dupont.fr>"
    head = [
        f"From: {c['frm']}",
        f"To: {c.get('to', 'relances@atelier-dupont.fr')}",
        f"Subject: {c['subject']}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{hashlib.md5(c['id'].encode()).hexdigest()}@{c['mta']}>",
        "MIME-Version: 1.0",
        "Auto-Submitted: auto-replied",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{b}"',
        "",
        "This is a MIME-encapsulated message.",
        "",
        f"--{b}",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        c["human"].strip("\n"),
        "",
        f"--{b}",
        "Content-Type: message/delivery-status",
        "",
        f"Reporting-MTA: dns; {c['mta']}",
        f"Arrival-Date: {format_datetime(sent)}",
        "",
        f"Final-Recipient: rfc822; {rcpt}",
        f"Original-Recipient: rfc822; {rcpt}",
        "Action: failed",
        f"Status: {c['status']}",
        f"Remote-MTA: dns; {c.get('remote', 'mx.' + rcpt.split('@')[1])}",
        f"Diagnostic-Code: smtp; {c['diag']}",
        "",
        f"--{b}",
        "Content-Type: text/rfc822-headers" if c.get("headers_only") else "Content-Type: message/rfc822",
        "",
        f"From: {FIRM_FROM}",
        f"To: {rcpt}",
        f"Subject: {orig_subject}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: {orig_mid}",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
    ]
    if not c.get("headers_only"):
        head += [orig_text, ""]
    head += [f"--{b}--", ""]
    return "\r\n".join("\n".join(head).split("\n")).encode("utf-8")


def build(c, lang_dir: Path):
    when = parse_when(c)
    lag = c.get("lag", 1 + h(c["id"]) % 4)
    hh, mm = [(10, 2), (9, 30), (8, 45), (14, 15), (7, 0)][h(c["id"] + "t") % 5]
    sent = (when - timedelta(days=lag)).replace(hour=hh, minute=mm, tzinfo=timezone(timedelta(hours=1)))
    if sent >= when:
        sent = when - timedelta(hours=3)
    c.setdefault("token", "r" + hashlib.sha1(c["id"].encode()).hexdigest()[:10])
    c["invs"] = [s.strip() for s in c["inv"].split(",")] if c.get("inv") else ["F-2026-0042"]
    amts = c.get("amt")
    if amts is None:
        c["amounts"] = [default_amount(n) for n in c["invs"]]
    else:
        c["amounts"] = amts if isinstance(amts, list) else [amts]
    qlang = c.get("qlang", "fr")
    orig_subject, orig_text = letter(c, sent, qlang)
    if c["kind"] == "bounce":
        (lang_dir / f"{c['id']}.eml").write_bytes(bounce(c, when, sent, orig_subject, orig_text))
        return
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = c["frm"]
    msg["To"] = c.get("to", f"r+{c['token']}@reply.atelier-dupont.fr")
    if c.get("cc"):
        msg["Cc"] = c["cc"]
    q = c.get("q")
    prefix = c.get("re") or ("RE: " if q == "ol" else "Re: ")
    subject = c.get("subject") or (prefix + orig_subject)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    dom = c["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = f"<{hashlib.md5(c['id'].encode()).hexdigest()}.{c['id']}@{c.get('mid_domain', dom)}>"
    orig_mid = f"<{hashlib.md5((c['id'] + 'orig').encode()).hexdigest()}@relance.atelier-dupont.fr>"
    if c["kind"] == "ooo":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        if c.get("precedence"):
            msg["Precedence"] = "auto_reply"
        msg["In-Reply-To"] = orig_mid
    elif not c.get("fresh"):
        msg["In-Reply-To"] = orig_mid
        msg["References"] = orig_mid
    msg["MIME-Version"] = "1.0"
    if c.get("xmailer"):
        msg["X-Mailer"] = c["xmailer"]
    reply = c["body"].strip("\n") + "\n"
    if c.get("sig"):
        reply += "\n" + c["sig"].strip("\n") + "\n"
    q = c.get("q")
    debtor = c["frm"]
    plain = reply + (quote_plain(q, sent, debtor, orig_subject, orig_text) + "\n" if q else "")
    charset = c.get("charset", "utf-8")
    if c.get("html"):
        msg.set_content(plain, charset=charset, cte="quoted-printable")
        msg.add_alternative(html_of(c["html"], reply, q, sent, debtor, orig_subject, orig_text), subtype="html", cte="quoted-printable")
    else:
        msg.set_content(plain, charset=charset, cte="quoted-printable" if charset == "utf-8" else "8bit")
    if c.get("attach"):
        name = c["attach"]
        data = b"%PDF-1.4\n% fake attachment for a test corpus\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    (lang_dir / f"{c['id']}.eml").write_bytes(msg.as_bytes())


LABEL_KEYS = ("intent", "tz", "country", "promise_date", "paid_on", "return_date", "new_email", "note")


def main():
    from cases_de import CASES as DE
    from cases_fr import CASES as FR

    for lang, cases in (("fr", FR), ("de", DE)):
        out = HERE / lang
        out.mkdir(exist_ok=True)
        for old in out.glob("*.eml"):
            old.unlink()
        known = []
        labels = []
        for c in cases:
            build(c, out)
            for n in c["invs"]:
                if n not in known and not c.get("unknown_inv"):
                    known.append(n)
            row = {"id": c["id"]}
            row.update({k: c[k] for k in LABEL_KEYS if c.get(k) is not None})
            labels.append(row)
        known += [n for n in (c.get("extra_known") or [] for c in cases) for n in n if n not in known]
        (out / "labels.json").write_text(json.dumps({"known_invoice_numbers": sorted(known), "cases": labels},
                                                    ensure_ascii=False, indent=1) + "\n")
        print(lang, len(cases))


if __name__ == "__main__":
    main()
