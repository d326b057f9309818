"""Build a corpus of German, Spanish and Italian debtor replies.

Three local firms (one German, one Spanish, one Italian) write reminder letters to their debtors in the
debtor's own language; the debtors reply from their own mail client. The reply texts in de_cases.py /
es_cases.py / it_cases.py are handwritten, one by one. This script only does the mechanical part: headers,
the quoted reminder under each reply (in the style of the debtor's mail client), HTML alternatives,
auto-reply and DSN wrappers, labels.json, and a consistency check.
Run: python3 build_eu.py
"""
import datetime as dt
import hashlib
import json
import sys
from collections import Counter
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Invent your own firm for the language you write and replace its placeholders.
TENANTS = {
    "de": dict(name="Wimmer Elektro- und Gebäudetechnik GmbH", addr="Kufsteiner Straße 112, 83022 Rosenheim",
               reg="Amtsgericht Traunstein HRB 24817 · USt-IdNr. DE287451936",
               email="buchhaltung@wimmer-elektro.de", phone="+49 8031 40570", dom="wimmer-elektro.de",
               link="https://zahlen.wimmer-elektro.de/r/"),
    "es": dict(name="CHANGE_ME S.L.", addr="Calle CHANGE_ME, 00000 Ciudad", reg="CIF B00000000",
               email="administracion@change-me.es", phone="+34 900 000 000", dom="change-me.es",
               link="https://pagos.change-me.es/f/"),
    "it": dict(name="CHANGE_ME S.r.l.", addr="Via CHANGE_ME, 00000 Città", reg="P.IVA 00000000000",
               email="amministrazione@change-me.it", phone="+39 000 000 0000", dom="change-me.it",
               link="https://paga.change-me.it/f/"),
}
TZ = {"DE": "Europe/Berlin", "AT": "Europe/Vienna", "ES": "Europe/Madrid", "IT": "Europe/Rome"}
LANG_COUNTRY = {"de": "DE", "es": "ES", "it": "IT"}
PREFIX = {"de": "s18de", "es": "CHANGE_ME", "it": "CHANGE_ME"}  # id prefix per language, e.g. "s9de"
MONATE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ABR = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
TAGE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
TAGE_ABR = "Mo. Di. Mi. Do. Fr. Sa. So.".split()
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
DIAS = "lunes martes miércoles jueves viernes sábado domingo".split()
DIAS_ABR = "lun mar mié jue vie sáb dom".split()
MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
GIORNI = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
GIORNI_ABR = "lun mar mer gio ven sab dom".split()


def h(s, n=10):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def day(d, cl):
    if cl == "de":
        return f"{d.day}. {MONATE[d.month - 1]} {d.year}"
    if cl == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


def money(a, cl):
    return f"{a} €" if cl != "it" else f"€ {a}"


def invoices_of(case):
    inv = case["inv"]
    if isinstance(inv, str):
        inv = [(inv, case.get("amt", "0,00"), case.get("due", "2026-10-15"))]
    return [(n, a, dt.date.fromisoformat(d)) for n, a, d in inv]


def refs(nums, cl):
    if cl == "de":
        return f"Rechnung {nums[0]}" if len(nums) == 1 else f"Rechnungen {nums[0]} und {nums[1]}" if len(nums) == 2 else \
            f"Rechnungen {nums[0]}, {nums[1]} und {len(nums) - 2} weitere"
    if cl == "es":
        return f"factura {nums[0]}" if len(nums) == 1 else f"facturas {nums[0]} y {nums[1]}" if len(nums) == 2 else \
            f"facturas {nums[0]}, {nums[1]} y {len(nums) - 2} más"
    return f"fattura {nums[0]}" if len(nums) == 1 else f"fatture {nums[0]} e {nums[1]}" if len(nums) == 2 else \
        f"fatture {nums[0]}, {nums[1]} e altre {len(nums) - 2}"


def subject_of(stage, invs, cl):
    r = refs([i[0] for i in invs], cl)
    t = TENANTS[cl]["name"]
    many = len(invs) > 1
    if cl == "de":
        return {"heads_up": f"Zahlungserinnerung: {r} wird fällig – {t}",
                "reminder": f"Zahlungserinnerung: {r} – {t}",
                "second_reminder": f"1. Mahnung: {r} – {t}",
                "firm": f"2. Mahnung: {r} {'sind' if many else 'ist'} weiterhin offen – {t}",
                "final_notice": f"Letzte Mahnung vor Übergabe an das Inkasso – {r} – {t}"}[stage]
    if cl == "es":
        return {"heads_up": f"Aviso de vencimiento: {r} – {t}",
                "reminder": f"Recordatorio de pago: {r} vencida{'s' if many else ''} – {t}",
                "second_reminder": f"Segundo aviso: {r} pendiente{'s' if many else ''} de pago – {t}",
                "firm": f"Tercer aviso: {r} impagada{'s' if many else ''} – {t}",
                "final_notice": f"Último aviso antes de reclamación – {r} – {t}"}[stage]
    return {"heads_up": f"Promemoria scadenza: {r} – {t}",
            "reminder": f"Sollecito di pagamento: {r} scadut{'e' if many else 'a'} – {t}",
            "second_reminder": f"Secondo sollecito: {r} non pagat{'e' if many else 'a'} – {t}",
            "firm": f"Terzo sollecito: {r} ancora insolut{'e' if many else 'a'} – {t}",
            "final_notice": f"Ultimo avviso prima del recupero crediti – {r} – {t}"}[stage]


def reminder_text(stage, invs, cl, sent, deadline):
    """The letter the debtor received (plain text, in the debtor's language)."""
    T = TENANTS[cl]
    one = len(invs) == 1
    n0, a0, d0 = invs[0]
    today = sent.date()
    formal = stage in ("firm", "final_notice")
    L = []
    if cl == "de":
        L += ["Sehr geehrte Damen und Herren," if formal else "Guten Tag,", ""]
        L.append({
            "heads_up": f"wir möchten Sie freundlich daran erinnern, dass die Rechnung {n0} am {day(d0, cl)} fällig wird." if one else "wir möchten Sie freundlich daran erinnern, dass die unten aufgeführten Rechnungen demnächst fällig werden.",
            "reminder": f"sicher ist es Ihrer Aufmerksamkeit entgangen: Die Rechnung {n0}, fällig am {day(d0, cl)}, ist bei uns noch nicht beglichen." if one else "sicher ist es Ihrer Aufmerksamkeit entgangen: Die unten aufgeführten Rechnungen sind fällig und noch nicht beglichen.",
            "second_reminder": f"wir haben Sie bereits an die Rechnung {n0} (fällig am {day(d0, cl)}) erinnert. Leider konnten wir bis heute keinen Zahlungseingang feststellen." if one else "wir haben Sie bereits an die unten aufgeführten Rechnungen erinnert. Leider konnten wir bis heute keinen Zahlungseingang feststellen.",
            "firm": f"trotz unserer bisherigen Erinnerungen ist die Rechnung {n0}, fällig am {day(d0, cl)}, weiterhin offen." if one else "trotz unserer bisherigen Erinnerungen sind die unten aufgeführten Rechnungen weiterhin offen.",
            "final_notice": f"trotz mehrfacher Mahnung ist die Rechnung {n0}, fällig am {day(d0, cl)}, bis heute nicht bezahlt." if one else "trotz mehrfacher Mahnung sind die unten aufgeführten Rechnungen bis heute nicht bezahlt.",
        }[stage])
        L.append("")
        for n, a, d in invs:
            late = (today - d).days
            L.append(f"- Rechnung {n}, fällig am {day(d, cl)}{f' ({late} Tage überfällig)' if late > 1 else ''}: offen {money(a, cl)}")
        L += ["", f"Offener Gesamtbetrag: {money(a0, cl)}" if one else "Offener Gesamtbetrag: siehe oben", ""]
        L += {
            "heads_up": ["Vielen Dank im Voraus für Ihre fristgerechte Zahlung."],
            "reminder": ["Wir bitten Sie, den offenen Betrag in den nächsten Tagen zu überweisen."],
            "second_reminder": ["Bitte überweisen Sie den offenen Betrag umgehend.", "",
                                "Sollten Sie Fragen zur Rechnung haben oder mit dem Betrag nicht einverstanden sein, antworten Sie einfach auf diese E-Mail."],
            "firm": ["Wir fordern Sie auf, den offenen Betrag unverzüglich zu begleichen. Gemäß § 288 BGB berechnen wir Verzugszinsen sowie eine Verzugspauschale von 40 € je Rechnung.", "",
                     "Falls Sie Zahlungsschwierigkeiten haben, antworten Sie auf diese E-Mail: Wir sprechen gern über eine Ratenzahlung."],
            "final_notice": [f"Dies ist unsere letzte Mahnung. Geht der Betrag nicht bis zum {day(deadline, cl)} bei uns ein, übergeben wir die Forderung ohne weitere Ankündigung an ein Inkassobüro bzw. beantragen einen Mahnbescheid.", "",
                             "Falls Sie Zahlungsschwierigkeiten haben, antworten Sie auf diese E-Mail: Wir sprechen gern über eine Ratenzahlung."],
        }[stage]
        L += ["", f"Rechnung ansehen und online bezahlen: {T['link']}{h(n0, 8)}", "",
              "Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.", "",
              "Mit freundlichen Grüßen" if formal else "Freundliche Grüße", "", T["name"], "Buchhaltung", T["addr"], T["reg"],
              f"E-Mail: {T['email']}", f"Telefon: {T['phone']}", "", "--",
              f"Sie können direkt auf diese E-Mail antworten: Ihre Antwort wird an {T['name']} weitergeleitet."]
        return "\n".join(L)
    if cl == "es":
        L += ["Estimado/a cliente:" if formal else "Buenos días:", ""]
        L.append({
            "heads_up": f"Le recordamos que la factura {n0} vence el {day(d0, cl)}." if one else "Le recordamos que las facturas indicadas a continuación vencen próximamente.",
            "reminder": f"Salvo error por nuestra parte, la factura {n0}, con vencimiento el {day(d0, cl)}, sigue pendiente de pago." if one else "Salvo error por nuestra parte, las facturas indicadas a continuación han vencido y siguen pendientes de pago.",
            "second_reminder": f"Hace unos días le enviamos un recordatorio sobre la factura {n0}, vencida el {day(d0, cl)}. A fecha de hoy no nos consta el pago." if one else "Hace unos días le enviamos un recordatorio sobre las facturas indicadas a continuación. A fecha de hoy no nos consta el pago.",
            "firm": f"A pesar de nuestros avisos anteriores, la factura {n0}, vencida el {day(d0, cl)}, continúa impagada." if one else "A pesar de nuestros avisos anteriores, las facturas indicadas a continuación continúan impagadas.",
            "final_notice": f"A pesar de nuestros reiterados avisos, la factura {n0}, vencida el {day(d0, cl)}, sigue sin abonarse." if one else "A pesar de nuestros reiterados avisos, las facturas indicadas a continuación siguen sin abonarse.",
        }[stage])
        L.append("")
        for n, a, d in invs:
            late = (today - d).days
            L.append(f"- Factura {n}, vencimiento {day(d, cl)}{f' ({late} días de retraso)' if late > 1 else ''}: pendiente {money(a, cl)}")
        L += ["", f"Total pendiente: {money(a0, cl)}" if one else "Total pendiente: ver detalle", ""]
        L += {
            "heads_up": ["Le agradecemos de antemano el pago en la fecha prevista."],
            "reminder": ["Le rogamos que realice el pago a la mayor brevedad posible."],
            "second_reminder": ["Le rogamos que regularice esta situación cuanto antes.", "",
                                "Si hay algún problema o no está de acuerdo con el importe, responda a este correo y lo revisaremos."],
            "firm": ["Le requerimos el pago inmediato de las cantidades adeudadas. Conforme a la Ley 3/2004 de lucha contra la morosidad, se devengan intereses de demora y una indemnización de 40 € por factura.", "",
                     "Si tiene dificultades para pagar, responda a este correo: podemos estudiar un aplazamiento."],
            "final_notice": [f"Este es nuestro último aviso. Si no recibimos el pago antes del {day(deadline, cl)}, trasladaremos la deuda a una empresa de recobro o iniciaremos un procedimiento monitorio.", "",
                             "Si tiene dificultades para pagar, responda a este correo: podemos estudiar un aplazamiento."],
        }[stage]
        L += ["", f"Consulte su factura y pague en línea: {T['link']}{h(n0, 8)}", "",
              "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este mensaje o nos lo indique respondiendo al mismo.", "",
              "Atentamente," if formal else "Un saludo,", "", T["name"], "Departamento de Administración", T["addr"], T["reg"],
              f"Correo: {T['email']}", f"Tel.: {T['phone']}", "", "--",
              f"Puede responder directamente a este correo: su respuesta se enviará a {T['name']}."]
        return "\n".join(L)
    L += ["Spett.le Cliente," if formal else "Buongiorno,", ""]
    L.append({
        "heads_up": f"le ricordiamo che la fattura {n0} scade il {day(d0, cl)}." if one else "le ricordiamo che le fatture sotto elencate sono in scadenza.",
        "reminder": f"da un controllo contabile risulta che la fattura {n0}, scaduta il {day(d0, cl)}, non è ancora stata saldata." if one else "da un controllo contabile risulta che le fatture sotto elencate, già scadute, non sono ancora state saldate.",
        "second_reminder": f"le abbiamo già inviato un promemoria per la fattura {n0}, scaduta il {day(d0, cl)}. Ad oggi non ci risulta il pagamento." if one else "le abbiamo già inviato un promemoria per le fatture sotto elencate. Ad oggi non ci risulta il pagamento.",
        "firm": f"nonostante i nostri precedenti solleciti, la fattura {n0}, scaduta il {day(d0, cl)}, risulta ancora insoluta." if one else "nonostante i nostri precedenti solleciti, le fatture sotto elencate risultano ancora insolute.",
        "final_notice": f"nonostante i ripetuti solleciti, la fattura {n0}, scaduta il {day(d0, cl)}, non è stata pagata." if one else "nonostante i ripetuti solleciti, le fatture sotto elencate non sono state pagate.",
    }[stage])
    L.append("")
    for n, a, d in invs:
        late = (today - d).days
        L.append(f"- Fattura {n}, scadenza {day(d, cl)}{f' ({late} giorni di ritardo)' if late > 1 else ''}: da saldare {money(a, cl)}")
    L += ["", f"Totale da saldare: {money(a0, cl)}" if one else "Totale da saldare: vedi dettaglio", ""]
    L += {
        "heads_up": ["La ringraziamo anticipatamente per il pagamento puntuale."],
        "reminder": ["La preghiamo di provvedere al pagamento al più presto."],
        "second_reminder": ["La preghiamo di regolarizzare la posizione quanto prima.", "",
                            "In caso di problemi o contestazioni sull'importo, risponda a questa e-mail e verificheremo."],
        "firm": ["La invitiamo a saldare senza ulteriore ritardo. Ai sensi del D.Lgs. 231/2002 decorrono gli interessi di mora ed è dovuto un importo forfettario di 40 € per fattura.", "",
                 "Se ha difficoltà di pagamento, risponda a questa e-mail: possiamo valutare una rateizzazione."],
        "final_notice": [f"Questo è l'ultimo avviso. In mancanza di pagamento entro il {day(deadline, cl)}, affideremo la pratica a una società di recupero crediti o procederemo con decreto ingiuntivo.", "",
                         "Se ha difficoltà di pagamento, risponda a questa e-mail: possiamo valutare una rateizzazione."],
    }[stage]
    L += ["", f"Per visualizzare la fattura e pagare online: {T['link']}{h(n0, 8)}", "",
          "Se ha già provveduto al pagamento, non tenga conto di questo messaggio oppure ce lo segnali rispondendo.", "",
          "Distinti saluti" if formal else "Cordiali saluti", "", T["name"], "Ufficio Amministrazione", T["addr"], T["reg"],
          f"E-mail: {T['email']}", f"Tel.: {T['phone']}", "", "--",
          f"Può rispondere direttamente a questa e-mail: la risposta sarà inoltrata a {T['name']}."]
    return "\n".join(L)


def attribution(client, cl, sent, sender):
    """The quote header the debtor's mail client writes, in the debtor's language cl (de/es/it)."""
    name, addr = TENANTS[cl]["name"], sender
    m = sent.month - 1
    if cl == "de":
        if client == "gmail":
            return f"Am {TAGE_ABR[sent.weekday()]}, {sent.day}. {MON_ABR[m]} {sent.year} um {sent:%H:%M} Uhr schrieb {name} <{addr}>:"
        if client == "apple":
            return f"Am {sent:%d.%m.%Y} um {sent:%H:%M} schrieb {name} <{addr}>:"
        return f"Am {sent:%d.%m.%y} um {sent:%H:%M} schrieb {name}:"
    if cl == "es":
        if client == "gmail":
            return f"El {DIAS_ABR[sent.weekday()]}, {sent.day} {MESES[m][:3]} {sent.year} a las {sent.hour}:{sent:%M}, {name} (<{addr}>) escribió:"
        if client == "apple":
            return f"El {sent.day} {MESES[m][:3]} {sent.year}, a las {sent:%H:%M}, {name} <{addr}> escribió:"
        return f"El {sent:%d/%m/%Y} a las {sent:%H:%M}, {name} escribió:"
    if client == "gmail":
        return f"Il giorno {GIORNI_ABR[sent.weekday()]} {sent.day} {MESI[m][:3]} {sent.year} alle ore {sent:%H:%M} {name} <{addr}> ha scritto:"
    if client == "apple":
        return f"Il giorno {sent.day} {MESI[m][:3]} {sent.year}, alle ore {sent:%H:%M}, {name} <{addr}> ha scritto:"
    return f"Il {sent:%d/%m/%Y} {sent:%H:%M}, {name} ha scritto:"


def outlook_header(cl, sent, sender, to, subj):
    name = TENANTS[cl]["name"]
    m = sent.month - 1
    if cl == "de":
        return (f"Von: {name} <{sender}>\nGesendet: {TAGE[sent.weekday()]}, {sent.day}. {MONATE[m]} {sent.year} {sent:%H:%M}\n"
                f"An: {to}\nBetreff: {subj}\n")
    if cl == "es":
        return (f"De: {name} <{sender}>\nEnviado: {DIAS[sent.weekday()]}, {sent.day} de {MESES[m]} de {sent.year} {sent.hour}:{sent:%M}\n"
                f"Para: {to}\nAsunto: {subj}\n")
    return (f"Da: {name} <{sender}>\nInviato: {GIORNI[sent.weekday()]} {sent.day} {MESI[m]} {sent.year} {sent:%H:%M}\n"
            f"A: {to}\nOggetto: {subj}\n")


def build(case, country, cl):
    T = TENANTS[cl]
    tz = ZoneInfo(TZ[country])
    off = case.get("off")
    local = dt.datetime.fromisoformat(case["date"]).replace(tzinfo=tz)
    if off:  # the sender's server stamps another offset: same instant, other representation
        sign = 1 if off[0] == "+" else -1
        header_dt = local.astimezone(dt.timezone(dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign))
    else:
        header_dt = local
    fmt = case.get("fmt", "gmail")
    invs = invoices_of(case)
    stage = case.get("stage", "reminder")
    tid = h(case["id"] + invs[0][0], 6)
    reply_to = f"r+{tid}@reply.{T['dom']}"
    to = case.get("to") or (reply_to if int(h(case["id"]), 16) % 3 == 0 else T["email"])
    sent = (local - dt.timedelta(days=case.get("ago", 2))).replace(hour=8, minute=30)
    while sent.weekday() >= 5:  # reminders go out on working days
        sent -= dt.timedelta(days=1)
    deadline = sent.date() + dt.timedelta(days=10)
    case["_deadline"] = deadline
    orig_subj = subject_of(stage, invs, cl)
    frm = case["from"]
    faddr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    fdom = faddr.split("@")[-1]
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if case.get("cc"):
        msg["Cc"] = case["cc"]
    if fmt == "ooo":
        pre = case.get("subj_prefix") or {"de": "Automatische Antwort: ", "es": "Respuesta automática: ",
                                          "it": "Risposta automatica: "}[cl]
        msg["Subject"] = case.get("subj") or pre + orig_subj
    else:
        outl = fmt in ("outlook", "html_outlook")
        if case.get("fwd"):
            pre = {"de": "WG: ", "es": "RV: ", "it": "I: "}[cl] if outl else "Fwd: "
        else:
            pre = {"de": "AW: ", "es": "RE: ", "it": "R: "}[cl] if outl else "Re: "
        msg["Subject"] = case.get("subj") or pre + orig_subj
    msg["Date"] = format_datetime(header_dt)
    if fmt in ("gmail", "html_gmail"):
        mid = f"<CA{h(case['id'] + 'g', 20).upper()}+{h(case['id'], 8)}@mail.gmail.com>"
    elif fmt in ("outlook", "html_outlook"):
        mid = f"<AM9P{h(case['id'], 4).upper()}MB{h(case['id'] + 'o', 18).upper()}@AM9P191MB1402.EURP191.PROD.OUTLOOK.COM>"
    else:
        mid = f"<{h(case['id'] + 'm', 16)}.{h(case['id'], 6)}@{fdom}>"
    msg["Message-ID"] = mid
    orig_mid = f"<relance-{h(case['id'] + 'r', 12)}@{T['dom']}>"
    if fmt != "ooo" and not case.get("fresh"):
        msg["In-Reply-To"] = orig_mid
        msg["References"] = orig_mid
    if fmt == "ooo":
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
        msg["In-Reply-To"] = orig_mid
    if fmt == "apple":
        msg["X-Mailer"] = "iPhone Mail (22B91)" if "iPhone" in case["body"] or "iPad" in case["body"] else "Apple Mail (2.3826.300.87)"
    elif fmt == "tb":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif fmt in ("outlook", "html_outlook"):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "AQH" + h(case["id"] + "t", 24)
    msg["MIME-Version"] = "1.0"
    body = case["body"].strip("\n") + "\n"
    quote_on = fmt not in ("none", "ooo") and not case.get("fresh") and not case.get("noquote")
    orig = reminder_text(stage, invs, cl, sent, deadline)
    sender = reply_to
    if quote_on:
        if fmt in ("outlook", "html_outlook"):
            q = "\n" + outlook_header(cl, sent, sender, faddr, orig_subj) + "\n" + orig + "\n"
        else:
            q = "\n" + attribution(fmt.replace("html_", ""), cl, sent, sender) + ("\n\n" if fmt == "apple" else "\n") + \
                "\n".join(("> " + l) if l else ">" for l in orig.split("\n")) + "\n"
        text = body + q
    else:
        text = body
    msg.set_content(text)
    if fmt in ("html_outlook", "html_gmail"):
        msg.add_alternative(html_of(fmt, body, orig if quote_on else None, cl, sent, sender, faddr, orig_subj), subtype="html")
    return msg, header_dt


def html_of(fmt, body, orig, cl, sent, sender, faddr, orig_subj):
    paras = body.strip().split("\n")
    if fmt == "html_outlook":
        inner = "".join(f'<p class="MsoNormal">{escape(l) if l else "&nbsp;"}<o:p></o:p></p>\n' for l in paras)
        quote = ""
        if orig:
            hd = outlook_header(cl, sent, sender, faddr, orig_subj).strip().split("\n")
            quote = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                     f'<p class="MsoNormal">{"<br>".join("<b>" + escape(x.split(":", 1)[0]) + ":</b>" + escape(x.split(":", 1)[1]) for x in hd)}<o:p></o:p></p></div>\n'
                     + "".join(f'<p class="MsoNormal">{escape(l) if l else "&nbsp;"}</p>\n' for l in orig.split("\n")))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                f'--></style></head><body lang="{ {"de": "DE", "es": "ES", "it": "IT"}[cl] }" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                f'<div class="WordSection1">\n{inner}<p class="MsoNormal">&nbsp;</p>\n{quote}</div></body></html>\n')
    inner = "".join(f"<div>{escape(l)}</div>" if l else "<div><br></div>" for l in paras)
    quote = ""
    if orig:
        quote = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                 f'{escape(attribution("gmail", cl, sent, sender))}<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + escape(orig).replace("\n", "<br>\n") + "</blockquote></div>")
    return f'<div dir="ltr">{inner}</div>{quote}\n'


def bounce(case, country, cl):
    T = TENANTS[cl]
    local = dt.datetime.fromisoformat(case["date"]).replace(tzinfo=ZoneInfo(TZ[country]))
    invs = invoices_of(case)
    rcpt = case["rcpt"]
    orig_subj = subject_of(case.get("stage", "reminder"), invs, cl)
    bnd = "=_dsn_" + h(case["id"], 12)
    mta = case.get("mta", "amazonses.com")
    when = format_datetime(local)
    frm = case.get("from") if "@" in case.get("from", "") else "Mail Delivery System <MAILER-DAEMON@" + mta + ">"
    subj = Header(case.get("subj", "Delivery Status Notification (Failure)"), "utf-8").encode()
    raw = f"""From: {frm}
To: {T['email']}
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

From: {T['name']} <{T['email']}>
To: {rcpt}
Subject: {orig_subj}
Date: {format_datetime(local - dt.timedelta(minutes=3))}
Message-ID: <relance-{h(case['id'] + 'r', 12)}@{T['dom']}>

--{bnd}--
"""
    return raw.replace("\n", "\r\n").encode("utf-8"), local


DATE_KEYS = ("promise_date", "return_date", "paid_on")
INTENT_OF = {"promise_date": "promise", "paid_on": "paid", "return_date": "out_of_office"}


def main(langs=("de", "es", "it")):
    import importlib
    problems, all_ids = [], set()
    for lang in langs:
        try:
            mod = importlib.import_module(f"{lang}_cases")
        except ModuleNotFoundError:
            print(lang, "no cases yet")
            continue
        out = HERE / lang
        out.mkdir(exist_ok=True)
        for p in out.glob("*.eml"):
            p.unlink()
        labels, known = [], []
        for case in mod.CASES:
            if "frm" in case:  # "from" is a Python keyword: the cases spell it frm
                case["from"] = case.pop("frm")
            c = case.get("country", LANG_COUNTRY[lang])
            if case["id"] in all_ids:
                problems.append(f"duplicate id {case['id']}")
            all_ids.add(case["id"])
            if not case["id"].startswith(PREFIX[lang]):
                problems.append(f"{case['id']}: wrong prefix")
            if case.get("fmt") == "bounce":
                raw, local = bounce(case, c, lang)
                case["_deadline"] = None
            else:
                msg, _ = build(case, c, lang)
                raw = msg.as_bytes(policy=policy.SMTP)
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
            if case["intent"] == "out_of_office" and case.get("fmt") != "ooo" and not case.get("ooo_ok"):
                problems.append(f"{case['id']}: out_of_office not in an auto-reply wrapper")
            if case["intent"] == "out_of_office" and not case.get("return_date"):
                problems.append(f"{case['id']}: out_of_office without return_date")
            for k in DATE_KEYS:
                if case.get(k):
                    d = dt.date.fromisoformat(case[k])
                    lab[k] = case[k]
                    if k == "promise_date" and d < hd:
                        problems.append(f"{case['id']}: promise {d} before mail {hd}")
                    if k == "paid_on" and d > hd:
                        problems.append(f"{case['id']}: paid_on {d} after mail {hd}")
                    if k == "return_date" and d <= hd:
                        problems.append(f"{case['id']}: return {d} not after mail {hd}")
                    if case.get("_deadline") == d and case.get("stage") == "final_notice":
                        problems.append(f"{case['id']}: date equals quoted deadline")
                    for n, a, due in invoices_of(case):
                        if due == d:
                            problems.append(f"{case['id']}: label equals quoted due date")
                    if INTENT_OF[k] != case["intent"]:
                        problems.append(f"{case['id']}: {k} on a {case['intent']} case")
            if case.get("new_email"):
                lab["new_email"] = case["new_email"]
            if case.get("note"):
                lab["note"] = case["note"]
            labels.append(lab)
        known += [x for x in getattr(mod, "EXTRA_KNOWN", []) if x not in known]
        (out / "labels.json").write_text(json.dumps({"known_invoice_numbers": known, "cases": labels},
                                                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(lang, len(mod.CASES), dict(Counter(x["intent"] for x in labels)))
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(tuple(sys.argv[1:]) or ("de", "es", "it")))
