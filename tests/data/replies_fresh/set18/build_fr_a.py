"""Build one part of a corpus of handwritten debtor replies.

The reply texts in <PART>_cases.py are handwritten, one by one. This script only does the
mechanical part: headers, the quoted reminder under each reply (in the style of the debtor's mail
client), HTML alternatives, auto-reply and DSN wrappers, labels.json, and a consistency check.
Run: python3 build_<PART>.py
"""
import datetime as dt
import hashlib
import json
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PART = "fr_a"  # e.g. "fr_a": cases in fr_a_cases.py, mail written to ./fr_a/
DEFAULT_LOC_FR = "FR"  # mail-client locale of an FR-tenant case without `loc`: "FR" (French debtor) or "GB"
sys.path.insert(0, str(HERE))

# Invent your own three firms (one French, one British, one American) and replace these placeholders.
TENANTS = {
    "FR": dict(name="Imprimerie Berthelot SARL", addr="14 rue des Tanneurs, 49100 Angers", siret="SIRET 512 384 907 00028",
               email="compta@imprimerie-berthelot.fr", phone="02 41 87 33 10", link="https://payer.imprimerie-berthelot.fr/f/"),
    "GB": dict(name="Harrowgate Signs Ltd", addr="Unit 4, Mill Lane, Harrogate HG1 5QR", siret="Registered in England and Wales No. 08841276",
               email="accounts@harrowgatesigns.co.uk", phone="01423 550 218", link="https://pay.harrowgatesigns.co.uk/inv/"),
    "US": dict(name="Bluestem Print Works LLC", addr="220 Elm Street, Lawrence, KS 66044", siret="",
               email="billing@bluestemprint.com", phone="(785) 555-0143", link="https://pay.bluestemprint.com/i/"),
}
DOM = {"FR": "imprimerie-berthelot.fr", "GB": "harrowgatesigns.co.uk", "US": "bluestemprint.com"}
TZ = {"FR": "Europe/Paris", "GB": "Europe/London", "US": "America/New_York"}
MOIS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MOIS_ABR = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MONTHS = "January February March April May June July August September October November December".split()
JOURS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def h(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def day(d, c):
    if c == "FR":
        return f"{d.day} {MOIS[d.month - 1]} {d.year}"
    if c == "GB":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def money(a, c):
    return {"FR": f"{a} €", "GB": f"£{a}", "US": f"${a}"}[c]


def invoices_of(case):
    inv = case["inv"]
    if isinstance(inv, str):
        inv = [(inv, case.get("amt", "0"), case.get("due", "2026-10-15"))]
    return [(n, a, dt.date.fromisoformat(d)) for n, a, d in inv]


def subject_of(stage, invs, c):
    nums = [i[0] for i in invs]
    t = TENANTS[c]["name"]
    if c == "FR":
        many = len(nums) > 1
        refs = f"facture {nums[0]}" if not many else f"factures {nums[0]} et {nums[1]}" if len(nums) == 2 else \
            f"factures {nums[0]}, {nums[1]} et {len(nums) - 2} autre{'s' if len(nums) > 3 else ''}"
        return {
            "heads_up": f"Rappel d'échéance : {refs} – {t}",
            "reminder": f"Relance : {refs} {'échues' if many else 'échue'} – {t}",
            "second_reminder": f"Deuxième relance : {refs} {'impayées' if many else 'impayée'} – {t}",
            "firm": f"Troisième relance : {refs} {'impayées' if many else 'impayée'} – {t}",
            "repeat": f"Rappel : {refs} toujours {'impayées' if many else 'impayée'} – {t}",
            "final_notice": f"Dernier rappel avant transmission du dossier – {refs} – {t}",
            "formal_notice": f"Mise en demeure de payer – {refs} – {t}",
        }[stage]
    many = len(nums) > 1
    refs = f"invoice {nums[0]}" if not many else f"invoices {nums[0]} and {nums[1]}" if len(nums) == 2 else \
        f"invoices {nums[0]}, {nums[1]} and {len(nums) - 2} other{'s' if len(nums) > 3 else ''}"
    return {
        "heads_up": f"Upcoming due date: {refs} – {t}",
        "reminder": f"Payment reminder: {refs} now due – {t}",
        "second_reminder": f"Second reminder: {refs} overdue – {t}",
        "firm": f"Third reminder: {refs} overdue – {t}",
        "repeat": f"Reminder: {refs} still unpaid – {t}",
        "final_notice": f"Final reminder before referral – {refs} – {t}",
    }[stage]


def reminder_text(stage, invs, c, sent, deadline):
    """The letter the debtor received (a plain-text rendering close to templates/*/<stage>.txt)."""
    T = TENANTS[c]
    one = len(invs) == 1
    n0, a0, d0 = invs[0]
    today = sent.date()
    L = []
    if c == "FR":
        formal = stage in ("firm", "repeat", "final_notice", "formal_notice")
        L.append("Madame, Monsieur," if formal else "Bonjour,")
        L.append("")
        intro = {
            "heads_up": f"Nous nous permettons de vous rappeler que la facture {n0} arrive à échéance le {day(d0, c)}." if one else "Nous nous permettons de vous rappeler que les factures ci-dessous arrivent prochainement à échéance.",
            "reminder": f"Sauf erreur de notre part, la facture {n0}, arrivée à échéance le {day(d0, c)}, n'a pas encore été réglée." if one else "Sauf erreur de notre part, les factures ci-dessous, arrivées à échéance, n'ont pas encore été réglées.",
            "second_reminder": f"Nous vous avons récemment adressé un rappel concernant la facture {n0}, échue le {day(d0, c)}. Sauf erreur de notre part, nous n'avons pas encore reçu son règlement." if one else "Nous vous avons récemment adressé un rappel concernant les factures ci-dessous. Sauf erreur de notre part, nous n'avons pas encore reçu leur règlement.",
            "firm": f"Malgré nos précédents rappels, la facture {n0}, échue le {day(d0, c)}, reste impayée à ce jour." if one else "Malgré nos précédents rappels, les factures ci-dessous restent impayées à ce jour.",
            "repeat": f"Nous revenons vers vous au sujet de la facture {n0}, échue le {day(d0, c)}, qui reste impayée à ce jour." if one else "Nous revenons vers vous au sujet des factures ci-dessous, qui restent impayées à ce jour.",
            "final_notice": f"Malgré nos précédentes relances, la facture {n0}, échue le {day(d0, c)}, reste impayée à ce jour." if one else "Malgré nos précédentes relances, les factures ci-dessous restent impayées à ce jour.",
            "formal_notice": f"Malgré nos relances successives, la facture {n0}, échue le {day(d0, c)}, reste impayée à ce jour." if one else "Malgré nos relances successives, les factures ci-dessous restent impayées à ce jour.",
        }[stage]
        L += [intro, ""]
        if stage == "firm":
            L += ["Nous vous informons que s'appliquent désormais les pénalités de retard (art. L441-10 du Code de commerce) et l'indemnité forfaitaire pour frais de recouvrement de 40 € par facture (art. D441-5 du Code de commerce).", ""]
        for n, a, d in invs:
            late = (today - d).days
            tail = f" ({late} jours de retard)" if late > 1 else ""
            L.append(f"- Facture {n}, échéance le {day(d, c)}{tail} : {money(a, c)} restant dû")
        L.append("")
        if one:
            L.append(f"Total restant dû : {money(a0, c)}")
        else:
            L.append("Total restant dû : voir le détail ci-dessus")
        L.append("")
        req = {
            "heads_up": "Nous vous remercions par avance de votre règlement à bonne date.",
            "reminder": f"Nous vous remercions de bien vouloir procéder à {'son' if one else 'leur'} règlement dans les meilleurs délais.",
            "second_reminder": "Nous vous remercions de bien vouloir régulariser cette situation dans les plus brefs délais.\n\nEn cas de difficulté ou de désaccord sur le montant, n'hésitez pas à répondre à ce message : nous examinerons votre demande.",
            "firm": "Nous vous demandons de procéder sans délai au règlement des sommes dues.\n\nSi vous rencontrez une difficulté de paiement, répondez à ce message : nous pouvons étudier avec vous un échéancier.",
            "repeat": "Les pénalités de retard (art. L441-10 du Code de commerce) continuent de courir jusqu'au complet paiement.\n\nNous vous remercions de procéder sans délai à son règlement, ou de nous contacter pour convenir d'une solution.",
            "final_notice": f"Ce message constitue notre dernier rappel avant la transmission de ce dossier en vue de son recouvrement. Sans règlement de votre part au plus tard le {day(deadline, c)}, nous pourrons confier le recouvrement de cette créance à une société de recouvrement ou saisir la juridiction compétente d'une requête en injonction de payer.\n\nSi vous rencontrez une difficulté de paiement, répondez à ce message : nous pouvons étudier avec vous un échéancier.",
            "formal_notice": f"À défaut de règlement intégral au plus tard le {day(deadline, c)}, nous pourrons confier le recouvrement de cette créance à une société de recouvrement ou saisir la juridiction compétente d'une requête en injonction de payer.",
        }[stage]
        L += req.split("\n") + [""]
        L.append(f"Pour consulter votre facture et la régler en ligne : {T['link']}{h(n0, 8)}")
        L.append("")
        if stage == "heads_up":
            L.append("Si le règlement est déjà programmé ou effectué, merci de ne pas tenir compte de ce message.")
        else:
            L.append("Si vous avez déjà effectué le règlement, merci de ne pas tenir compte de ce message ou de nous le signaler en y répondant.")
        L += ["", "Veuillez agréer, Madame, Monsieur, nos salutations distinguées." if formal else "Bien cordialement,", "",
              T["name"], T["addr"], T["siret"], f"E-mail : {T['email']}", f"Téléphone : {T['phone']}", "", "--",
              f"Vous pouvez répondre directement à ce message : votre réponse sera transmise à {T['name']}."]
        return "\n".join(L)
    formal = stage in ("firm", "repeat", "final_notice")
    L.append("Dear Sir or Madam," if formal else "Hello,")
    L.append("")
    intro = {
        "heads_up": f"This is a friendly reminder that invoice {n0} falls due on {day(d0, c)}." if one else "This is a friendly reminder that the invoices below will soon fall due.",
        "reminder": f"According to our records, invoice {n0}, which fell due on {day(d0, c)}, has not yet been paid." if one else "According to our records, the invoices below have fallen due and have not yet been paid.",
        "second_reminder": f"We recently sent you a reminder about invoice {n0}, which fell due on {day(d0, c)}. According to our records, we have not yet received payment." if one else "We recently sent you a reminder about the invoices below. According to our records, we have not yet received payment.",
        "firm": f"Despite our previous reminders, invoice {n0}, which fell due on {day(d0, c)}, remains unpaid." if one else "Despite our previous reminders, the invoices below remain unpaid.",
        "repeat": f"We are writing again about invoice {n0}, which fell due on {day(d0, c)} and remains unpaid." if one else "We are writing again about the invoices below, which remain unpaid.",
        "final_notice": f"Despite our previous reminders, invoice {n0}, which fell due on {day(d0, c)}, remains unpaid." if one else "Despite our previous reminders, the invoices below remain unpaid.",
    }[stage]
    L += [intro, ""]
    if stage == "firm" and c == "GB":
        L += ["Under the Late Payment of Commercial Debts (Interest) Act 1998, statutory interest is payable on the overdue amount from the day after the due date, and we are entitled to a fixed sum for the cost of recovery for each late invoice.", ""]
    for n, a, d in invs:
        late = (today - d).days
        tail = f" ({late} days overdue)" if late > 1 else ""
        L.append(f"- Invoice {n}, due {day(d, c)}{tail}: {money(a, c)} outstanding")
    L.append("")
    L.append(f"Total outstanding: {money(a0, c)}" if one else "Total outstanding: see above")
    L.append("")
    req = {
        "heads_up": "Thank you in advance for your payment by the due date.",
        "reminder": "We would be grateful if you could arrange payment at your earliest convenience.",
        "second_reminder": "Please arrange payment as soon as possible.\n\nIf there is a problem or you disagree with the amount, please reply to this email and we will look into it.",
        "firm": "Please pay the amount due without further delay.\n\nIf you are having difficulty paying, please reply to this email: we are willing to discuss a payment plan.",
        "repeat": "Please pay without further delay, or contact us to agree a solution.",
        "final_notice": f"This is our final reminder before this matter is referred for collection. If we do not receive payment by {day(deadline, c)}, we may pass this debt to a collection agency or take legal action to recover it.\n\nIf you are having difficulty paying, please reply to this email: we are willing to discuss a payment plan.",
    }[stage]
    L += req.split("\n") + [""]
    L.append(f"To view your invoice and pay online: {T['link']}{h(n0, 8)}")
    L.append("")
    L.append("If payment is already scheduled or made, please disregard this message." if stage == "heads_up"
             else "If you have already paid, please disregard this message, or let us know by replying to it.")
    L += ["", ("Yours faithfully," if c == "GB" else "Sincerely,") if formal else "Kind regards,", "", T["name"], T["addr"]]
    if T["siret"]:
        L.append(T["siret"])
    L += [f"Email: {T['email']}", f"Phone: {T['phone']}", "", "--",
          f"You can reply directly to this email: your reply will be passed on to {T['name']}."]
    return "\n".join(L)


def attribution(client, c, sent, sender, loc=None):
    name, addr = TENANTS[c]["name"], sender
    c = loc or c  # locale of the debtor's mail client (English client for a French tenant's customer)
    if c == "FR":
        if client == "gmail":
            return f"Le {JOURS[sent.weekday()][:3]}. {sent.day} {MOIS_ABR[sent.month - 1]} {sent.year} à {sent:%H:%M}, {name} <{addr}> a écrit :"
        if client == "apple":
            return f"Le {sent.day} {MOIS_ABR[sent.month - 1]} {sent.year} à {sent:%H:%M}, {name} <{addr}> a écrit :"
        return f"Le {sent:%d/%m/%Y} à {sent:%H:%M}, {name} a écrit :"  # thunderbird
    if client == "gmail":
        if c == "GB":
            return f"On {DAYS[sent.weekday()][:3]}, {sent.day} {MONTHS[sent.month - 1][:3]} {sent.year} at {sent:%H:%M}, {name} <{addr}> wrote:"
        return f"On {DAYS[sent.weekday()][:3]}, {MONTHS[sent.month - 1][:3]} {sent.day}, {sent.year} at {sent.hour % 12 or 12}:{sent:%M} {'AM' if sent.hour < 12 else 'PM'} {name} <{addr}> wrote:"
    if client == "apple":
        return f"On {sent.day} {MONTHS[sent.month - 1][:3]} {sent.year}, at {sent:%H:%M}, {name} <{addr}> wrote:" if c == "GB" else \
            f"On {MONTHS[sent.month - 1][:3]} {sent.day}, {sent.year}, at {sent.hour % 12 or 12}:{sent:%M} {'AM' if sent.hour < 12 else 'PM'}, {name} <{addr}> wrote:"
    return f"On {sent:%d/%m/%Y %H:%M}, {name} wrote:" if c == "GB" else f"On {sent:%m/%d/%Y %I:%M %p}, {name} wrote:"


def outlook_header(c, sent, sender, to, subj, loc=None):
    name = TENANTS[c]["name"]
    c = loc or c
    if c == "FR":
        return (f"-----Message d'origine-----\nDe : {name} <{sender}>\n"
                f"Envoyé : {JOURS[sent.weekday()]} {sent.day} {MOIS[sent.month - 1]} {sent.year} {sent:%H:%M}\n"
                f"À : {to}\nObjet : {subj}\n")
    when = f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}" if c == "GB" else \
        f"{DAYS[sent.weekday()]}, {MONTHS[sent.month - 1]} {sent.day}, {sent.year} {sent.hour % 12 or 12}:{sent:%M} {'AM' if sent.hour < 12 else 'PM'}"
    return f"From: {name} <{sender}>\nSent: {when}\nTo: {to}\nSubject: {subj}\n"


def build(case, c):
    tz = ZoneInfo(TZ[c])
    off = case.get("off")
    local = dt.datetime.fromisoformat(case["date"]).replace(tzinfo=tz)
    if off:  # sender's clock/server stamps another offset: same instant, other representation
        sign = 1 if off[0] == "+" else -1
        delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
        header_dt = local.astimezone(dt.timezone(delta))
    else:
        header_dt = local
    fmt = case.get("fmt", "gmail")
    loc = case.get("loc") or (DEFAULT_LOC_FR if c == "FR" else c)
    invs = invoices_of(case)
    stage = case.get("stage", "reminder")
    tid = h(case["id"] + invs[0][0], 6)
    reply_to = f"r+{tid}@reply.relance.app" if c == "US" else f"r+{tid}@reply.{DOM[c]}"
    to = case.get("to") or (reply_to if int(h(case["id"]), 16) % 3 == 0 or c == "US" else TENANTS[c]["email"])
    sent = (local - dt.timedelta(days=case.get("ago", 2))).replace(hour=9, minute=0 if c != "US" else 30)
    while sent.weekday() >= 5:  # reminders go out on working days
        sent -= dt.timedelta(days=1)
    deadline = sent.date() + dt.timedelta(days=8)
    case["_deadline"] = deadline
    orig_subj = subject_of(stage, invs, c)
    frm = case["from"]
    faddr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    fdom = faddr.split("@")[-1]
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if case.get("cc"):
        msg["Cc"] = case["cc"]
    if fmt == "ooo":
        pre = case.get("subj_prefix") or ("Réponse automatique : " if loc == "FR" else "Automatic reply: ")
        msg["Subject"] = case.get("subj") or pre + orig_subj
    else:
        pre = ("TR: " if loc == "FR" else "Fwd: ") if case.get("fwd") else "RE: " if fmt in ("outlook", "html_outlook") else "Re: "
        msg["Subject"] = case.get("subj") or pre + orig_subj
    msg["Date"] = format_datetime(header_dt)
    if fmt in ("gmail", "html_gmail"):
        mid = f"<CA{h(case['id'] + 'g', 20).upper()}+{h(case['id'], 8)}@mail.gmail.com>"
    elif fmt in ("outlook", "html_outlook"):
        mid = (f"<PR3P{h(case['id'], 4).upper()}MB{h(case['id'] + 'o', 18).upper()}@PR3P192MB0823.EURP192.PROD.OUTLOOK.COM>" if c != "US"
               else f"<BN8PR{h(case['id'], 4).upper()}MB{h(case['id'] + 'o', 18).upper()}@BN8PR12MB3341.NAMPRD12.PROD.OUTLOOK.COM>")
    else:
        mid = f"<{h(case['id'] + 'm', 16)}.{h(case['id'], 6)}@{fdom}>"
    msg["Message-ID"] = mid
    orig_mid = f"<relance-{h(case['id'] + 'r', 12)}@{DOM[c]}>"
    if fmt != "ooo" and not case.get("fresh"):
        msg["In-Reply-To"] = orig_mid
        msg["References"] = orig_mid
    if fmt == "ooo":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["In-Reply-To"] = orig_mid
    if fmt == "apple":
        msg["X-Mailer"] = "iPhone Mail (21F90)" if "iPhone" in case["body"] or "iPad" in case["body"] else "Apple Mail (2.3774.600.62)"
    elif fmt == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif fmt in ("outlook", "html_outlook"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + h(case["id"] + "t", 24)
    msg["MIME-Version"] = "1.0"
    body = case["body"].strip("\n") + "\n"
    quote_on = fmt not in ("none", "ooo") and not case.get("fresh") and not case.get("noquote")
    orig = reminder_text(stage, invs, c, sent, deadline)
    sender = reply_to
    if quote_on:
        if fmt in ("outlook", "html_outlook"):
            q = "\n" + outlook_header(c, sent, sender, faddr, orig_subj, loc) + "\n" + orig + "\n"
        else:
            q = "\n" + attribution(fmt.replace("html_", ""), c, sent, sender, loc) + ("\n\n" if fmt == "apple" else "\n") + \
                "\n".join(("> " + l) if l else ">" for l in orig.split("\n")) + "\n"
        text = body + q
    else:
        text = body
    msg.set_content(text)
    if fmt in ("html_outlook", "html_gmail"):
        msg.add_alternative(html_of(fmt, body, orig if quote_on else None, c, sent, sender, faddr, orig_subj, loc), subtype="html")
    return msg, header_dt


def html_of(fmt, body, orig, c, sent, sender, faddr, orig_subj, loc=None):
    loc = loc or c
    paras = body.strip().split("\n")
    if fmt == "html_outlook":
        inner = "".join(f'<p class="MsoNormal">{escape(l) if l else "&nbsp;"}<o:p></o:p></p>\n' for l in paras)
        quote = ""
        if orig:
            hd = outlook_header(c, sent, sender, faddr, orig_subj, loc).strip().split("\n")[1:] if loc == "FR" else \
                outlook_header(c, sent, sender, faddr, orig_subj, loc).strip().split("\n")
            quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     f'<p class="MsoNormal">{"<br>".join("<b>" + escape(x.split(":", 1)[0]) + ":</b>" + escape(x.split(":", 1)[1]) for x in hd)}<o:p></o:p></p></div>\n'
                     + "".join(f'<p class="MsoNormal">{escape(l) if l else "&nbsp;"}</p>\n' for l in orig.split("\n")))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                f'--></style></head><body lang="{ {"FR": "FR", "GB": "EN-GB", "US": "EN-US"}[loc] }" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
                f'<div class="WordSection1">\n{inner}<p class="MsoNormal">&nbsp;</p>\n{quote}</div></body></html>\n')
    inner = "".join(f"<div>{escape(l)}</div>" if l else "<div><br></div>" for l in paras)
    quote = ""
    if orig:
        quote = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 f'{escape(attribution("gmail", c, sent, sender, loc))}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + escape(orig).replace("\n", "<br>\n") + "</blockquote></div>")
    return f'<div dir="ltr">{inner}</div>{quote}\n'


def bounce(case, c):
    tz = ZoneInfo(TZ[c])
    local = dt.datetime.fromisoformat(case["date"]).replace(tzinfo=tz)
    invs = invoices_of(case)
    rcpt = case["rcpt"]
    frm_dom = DOM[c]
    sender = TENANTS[c]["email"]
    orig_subj = subject_of(case.get("stage", "reminder"), invs, c)
    bnd = "=_dsn_" + h(case["id"], 12)
    mta = case.get("mta", "amazonses.com")
    when = format_datetime(local)
    from email.header import Header
    frm = case.get('from') if '@' in case.get('from', '') else 'Mail Delivery System <MAILER-DAEMON@' + mta + '>'
    subj = Header(case.get('subj', 'Delivery Status Notification (Failure)'), 'utf-8').encode()
    raw = f"""From: {frm}
To: {sender}
Subject: {subj}
Date: {when}
Message-ID: <{h(case['id'] + 'b', 24)}@{mta}>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{bnd}"

This is a MIME-encapsulated message.

--{bnd}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{case['body'].strip()}

--{bnd}
Content-Type: message/delivery-status

Reporting-MTA: dns; {mta}
Arrival-Date: {when}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: {case['status']}
Remote-MTA: dns; {case.get('remote', rcpt.split('@')[1])}
Diagnostic-Code: smtp; {case['diag']}

--{bnd}
Content-Type: text/rfc822-headers

From: {TENANTS[c]['name']} <{sender}>
To: {rcpt}
Subject: {orig_subj}
Date: {format_datetime(local - dt.timedelta(minutes=3))}
Message-ID: <relance-{h(case['id'] + 'r', 12)}@{frm_dom}>

--{bnd}--
"""
    return raw.replace("\n", "\r\n").encode("utf-8"), local


DATE_KEYS = ("promise_date", "return_date", "paid_on")


def main():
    import importlib
    en_cases = importlib.import_module(f"{PART}_cases")
    problems = []
    for lang, cases in ((PART, en_cases.CASES),):
        out = HERE / lang
        out.mkdir(exist_ok=True)
        for p in out.glob("*.eml"):
            p.unlink()
        labels, known, seen = [], [], set()
        for case in cases:
            if "frm" in case:  # cases are written as dict(...): `from` is a keyword
                case["from"] = case.pop("frm")
            c = case.get("country", "GB")
            if case["id"] in seen:
                problems.append(f"duplicate id {case['id']}")
            seen.add(case["id"])
            if case.get("fmt") == "bounce":
                raw, local = bounce(case, c)
                case["_deadline"] = None
            else:
                msg, _ = build(case, c)
                raw = msg.as_bytes(policy=policy.SMTP)
                local = dt.datetime.fromisoformat(case["date"])
            for n, _, _ in invoices_of(case):
                if n not in known:
                    known.append(n)
            (out / f"{case['id']}.eml").write_bytes(raw)
            parsed = BytesParser(policy=policy.default).parsebytes(raw)
            hd = parsed["Date"].datetime.astimezone(ZoneInfo(TZ[c])).date()
            if hd < dt.date(2026, 12, 7) or hd > dt.date(2027, 1, 29):
                problems.append(f"{case['id']}: date {hd} out of range")
            for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if parsed[k] is None:
                    problems.append(f"{case['id']}: missing {k}")
            lab = {"id": case["id"], "intent": case["intent"], "tz": TZ[c], "country": c}
            for k in DATE_KEYS:
                if case.get(k):
                    d = dt.date.fromisoformat(case[k])
                    lab[k] = case[k]
                    if k == "promise_date" and d < hd:
                        problems.append(f"{case['id']}: promise {d} before mail {hd}")
                    if k == "paid_on" and d > hd:
                        problems.append(f"{case['id']}: paid_on {d} after mail {hd}")
                    if k == "return_date" and d < hd:
                        problems.append(f"{case['id']}: return {d} before mail {hd}")
                    if case.get("_deadline") == d and case.get("stage") in ("final_notice", "formal_notice"):
                        problems.append(f"{case['id']}: promise equals quoted deadline")
                    for n, a, due in invoices_of(case):
                        if due == d:
                            problems.append(f"{case['id']}: label equals quoted due date")
            if case.get("new_email"):
                lab["new_email"] = case["new_email"]
            if case.get("note"):
                lab["note"] = case["note"]
            labels.append(lab)
        extra = getattr(en_cases, "EXTRA_KNOWN", [])
        known += [x for x in extra if x not in known]
        (out / "labels.json").write_text(json.dumps({"known_invoice_numbers": known, "cases": labels},
                                                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        from collections import Counter
        print(lang, len(cases), dict(Counter(x["intent"] for x in labels)),
              dict(Counter(x["country"] for x in labels)))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
