"""Build the set2 DE/ES/IT debtor-reply corpus.

Every reply text below is handwritten, one per case. This script only does the
mechanical part: headers, the quoted English reminder under some replies, HTML
alternatives, and labels.json. Run: python build_eu.py
"""
import json
import os
import zlib
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from html import escape
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPLIER = "Hardy Joinery Ltd"
ACC = "accounts@hardy-joinery.co.uk"
SUPPLIER_FROM = f"{SUPPLIER} <{ACC}>"
PAY = "https://pay.hardy-joinery.co.uk/i/"

SUBJ = {
    "reminder": "Payment reminder: invoice {inv} now due – Hardy Joinery Ltd",
    "second": "Second reminder: invoice {inv} overdue – Hardy Joinery Ltd",
    "firm": "Third reminder: invoice {inv} overdue – Hardy Joinery Ltd",
    "final": "Final reminder before referral – invoice {inv} – Hardy Joinery Ltd",
}
PREFIX = {"de": "AW: ", "es": "RE: ", "it": "R: "}
DEFAULT_TZ = {"de": ("Europe/Berlin", "DE"), "es": ("Europe/Madrid", "ES"), "it": ("Europe/Rome", "IT")}
TZ_COUNTRY = {"Europe/Vienna": "AT", "Europe/Zurich": "CH", "Europe/Berlin": "DE",
              "Europe/Madrid": "ES", "Europe/Rome": "IT"}

EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MO = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
         "Oktober", "November", "Dezember"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_WD3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MO = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
         "octubre", "noviembre", "diciembre"]
ES_MO3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_WD3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MO = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
         "settembre", "ottobre", "novembre", "dicembre"]
IT_MO3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def en_day(d):
    return f"{d.day} {EN_MONTH[d.month - 1]} {d.year}"


def reminder_text(kind, inv, amount, due, sent):
    """The English letter the debtor answers (mirrors templates/en)."""
    late = (sent.date() - due).days
    issued = due - timedelta(days=30)
    if kind == "reminder":
        intro = f"According to our records, invoice {inv}, which fell due on {en_day(due)}, has not yet been paid."
        req = "We would be grateful if you could arrange payment at your earliest convenience."
    elif kind == "second":
        intro = f"We wrote to you recently about invoice {inv}, which fell due on {en_day(due)}. As far as we can see, it is still unpaid."
        req = "Please arrange payment within the next 7 days."
    elif kind == "firm":
        intro = f"Despite our previous reminders, invoice {inv} remains unpaid."
        req = "Please settle the amount outstanding without further delay.\n\nPlease note that late payment interest and recovery costs may now be charged, as permitted by law and by our terms of sale."
    else:
        intro = f"Despite our reminders, invoice {inv} is still unpaid."
        req = "Unless payment reaches us within 8 days, we may pass this debt to a collection agency or take legal action to recover it."
    return (
        "Hello,\n\n"
        f"{intro}\n\n"
        f"- Invoice {inv} of {en_day(issued)}, due {en_day(due)} ({late} days overdue): {amount} outstanding\n\n"
        f"Total outstanding: {amount}\n\n"
        f"{req}\n\n"
        f"To view your invoice and pay online: {PAY}{inv.lower().replace('-', '')}k7\n\n"
        "If you have already paid, please disregard this message, or let us know by replying to it.\n\n"
        "Kind regards,\n\n"
        "Hardy Joinery Ltd\nUnit 4, Mill Lane, Leeds LS10 1AB\nEmail: accounts@hardy-joinery.co.uk\nPhone: +44 113 496 0321\n\n"
        "--\nYou can reply directly to this email: your reply will be passed on to Hardy Joinery Ltd."
    )


def quote_header(style, lang, sent, to_addr, subject):
    wd, d = sent.weekday(), sent
    hm = sent.strftime("%H:%M")
    if style == "gmail":
        if lang == "de":
            return f"Am {d:%d.%m.%Y} um {hm} schrieb {SUPPLIER_FROM}:"
        if lang == "es":
            return f"El {ES_WD3[wd]}, {d.day} {ES_MO3[d.month-1]} {d.year} a las {hm}, {SUPPLIER} (<{ACC}>) escribió:"
        return f"Il giorno {IT_WD3[wd]} {d.day} {IT_MO3[d.month-1]} {d.year} alle ore {hm} {SUPPLIER_FROM} ha scritto:"
    if style == "apple":
        if lang == "de":
            return f"> Am {d.day:02d}.{d.month:02d}.{d.year} um {hm} schrieb {SUPPLIER} <{ACC}>:"
        if lang == "es":
            return f"> El {d.day} {ES_MO3[d.month-1]} {d.year}, a las {hm}, {SUPPLIER} <{ACC}> escribió:"
        return f"> Il giorno {d.day} {IT_MO3[d.month-1]} {d.year}, alle ore {hm}, {SUPPLIER} <{ACC}> ha scritto:"
    # outlook
    if lang == "de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {SUPPLIER} <{ACC}>\n"
                f"Gesendet: {DE_WD[wd]}, {d.day}. {DE_MO[d.month-1]} {d.year} {hm}\n"
                f"An: {to_addr}\nBetreff: {subject}")
    if lang == "es":
        return (f"De: {SUPPLIER} <{ACC}>\nEnviado: {ES_WD[wd]}, {d.day} de {ES_MO[d.month-1]} de {d.year} {hm}\n"
                f"Para: {to_addr}\nAsunto: {subject}")
    return (f"Da: {SUPPLIER} <{ACC}>\nInviato: {IT_WD[wd]} {d.day} {IT_MO[d.month-1]} {d.year} {hm}\n"
            f"A: {to_addr}\nOggetto: {subject}")


class Case:
    def __init__(self, id, intent, when, frm, body, *, subj=None, kind="reminder", inv="INV-1043",
                 amount="€1,240.00", due="2026-10-15", quote=None, qdays=3, html=None, to=None,
                 tz=None, auto=False, headers=None, utc=False, note=None, **labels):
        self.__dict__.update(locals())
        del self.__dict__["self"]


def addr_only(frm):
    return frm.split("<")[-1].rstrip(">") if "<" in frm else frm


def html_of(style, own, quoted_head, quoted):
    paras = [p for p in own.strip("\n").split("\n\n")]
    if style == "outlook":
        ps = "".join(
            "<p class=MsoNormal>" + "<br>\n".join(escape(l) for l in p.split("\n")) + "<o:p></o:p></p>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for p in paras)
        q = ""
        if quoted is not None:
            q = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                 "<p class=MsoNormal><b>" + "<br>\n".join(escape(l) for l in quoted_head.split("\n")) + "</b></p></div>\n"
                 "<p class=MsoNormal>" + "<br>\n".join(escape(l) for l in quoted.split("\n")) + "</p>\n")
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
                "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
                "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>"
                "</head><body lang=DE link=\"#0563C1\"><div class=WordSection1>\n" + ps + q + "</div></body></html>\n")
    ps = "".join("<div>" + "<br>".join(escape(l) for l in p.split("\n")) + "</div><div><br></div>" for p in paras)
    q = ""
    if quoted is not None:
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + escape(quoted_head)
             + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + "<br>".join(escape(l) for l in quoted.split("\n")) + "</blockquote></div>")
    return '<div dir="ltr">' + ps + "</div>" + q + "\n"


def build(lang, cases, known):
    out = os.path.join(HERE, lang)
    os.makedirs(out, exist_ok=True)
    labels = []
    for c in cases:
        tzname = c.tz or DEFAULT_TZ[lang][0]
        tz = ZoneInfo(tzname)
        local = datetime.strptime(c.when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
        hdr_dt = local.astimezone(ZoneInfo("UTC")) if c.utc else local
        to = c.to or ACC
        rsubj = SUBJ[c.kind].format(inv=c.inv)
        subject = c.subj if c.subj is not None else PREFIX[lang] + rsubj
        body = c.body.strip("\n") + "\n"
        quoted_head = quoted = None
        if c.quote:
            sent = (local - timedelta(days=c.qdays)).replace(hour=10, minute=2)
            while sent.weekday() >= 5:  # reminders go out on working days
                sent -= timedelta(days=1)
            quoted = reminder_text(c.kind, c.inv, c.amount, date.fromisoformat(c.due), sent)
            quoted_head = quote_header(c.quote, lang, sent, addr_only(c.frm), rsubj)
            if c.quote == "outlook":
                body += "\n" + quoted_head + "\n\n" + quoted + "\n"
            elif c.quote == "apple":
                body += "\n" + quoted_head + "\n" + "\n".join(("> " + l).rstrip() for l in quoted.split("\n")) + "\n"
            else:
                body += "\n" + quoted_head + "\n\n" + "\n".join(("> " + l).rstrip() for l in quoted.split("\n")) + "\n"
        m = EmailMessage(policy=policy.SMTP)
        m["From"] = c.frm
        m["To"] = to
        m["Subject"] = subject
        m["Date"] = format_datetime(hdr_dt)
        dom = addr_only(c.frm).split("@")[-1]
        m["Message-ID"] = f"<{c.id}.{local:%Y%m%d%H%M}.{zlib.crc32(c.id.encode()) % 99991}@{dom}>"
        m["In-Reply-To"] = f"<rem-{c.inv.lower()}-{c.id[1:]}@mail.hardy-joinery.co.uk>"
        m["MIME-Version"] = "1.0"
        if c.auto:
            m["Auto-Submitted"] = "auto-replied"
            m["X-Auto-Response-Suppress"] = "All"
        for k, v in (c.headers or {}).items():
            m[k] = v
        own = c.body.strip("\n")
        if c.html == "only":
            m.set_content(html_of("gmail", own, quoted_head, quoted), subtype="html", charset="utf-8")
        elif c.html:
            m.set_content(body, charset="utf-8")
            m.add_alternative(html_of(c.html, own, quoted_head, quoted), subtype="html", charset="utf-8")
        else:
            m.set_content(body, charset="utf-8")
        data = m.as_bytes()
        BytesParser(policy=policy.default).parsebytes(data)
        with open(os.path.join(out, c.id + ".eml"), "wb") as f:
            f.write(data)
        lab = {"id": c.id, "intent": c.intent, "tz": tzname, "country": TZ_COUNTRY[tzname]}
        for k in ("promise_date", "paid_on", "return_date"):
            if k in c.labels:
                lab[k] = c.labels[k]
        if c.note:
            lab["note"] = c.note
        labels.append(lab)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump({"known_invoice_numbers": known, "cases": labels}, f, ensure_ascii=False, indent=1)
        f.write("\n")


C = Case


# ---------------------------------------------------------------- German (DE/AT/CH)
DE_KNOWN = ["INV-1043", "INV-1051", "INV-1058", "INV-1062", "INV-1077", "INV-1080", "INV-1089",
            "INV-1094", "INV-1102", "INV-1115"]
VIE, ZRH = "Europe/Vienna", "Europe/Zurich"

DE = [
C("d2001", "promise", "2026-11-10 08:47", "Markus Feldmann <m.feldmann@feldmann-innenausbau.de>", """
Guten Morgen,

sorry, die Rechnung ist bei uns im Stapel untergegangen. Wird bis Freitag beglichen.

Viele Grüße
Markus Feldmann
""", quote="gmail", inv="INV-1043", promise_date="2026-11-13",
  note="Mail Tuesday 10.11.; 'bis Freitag' = Friday 13.11."),

C("d2002", "promise", "2026-11-04 14:20", "Buchhaltung Gruber Bau GmbH <buchhaltung@gruber-bau.at>", """
Sehr geehrte Damen und Herren,

danke für die Erinnerung. Wir überweisen den offenen Betrag zur Rechnung INV-1051 bis zum 15. d. M.

Mit freundlichen Grüßen

Sabine Wallner
Buchhaltung
Gruber Bau GmbH
Triester Straße 112, 1100 Wien
Tel.: +43 1 604 22 18-31
""", tz=VIE, quote="outlook", html="outlook", inv="INV-1051", amount="€3,960.00", due="2026-10-05",
  promise_date="2026-11-15", note="'bis zum 15. d. M.' (dieses Monats) = 15 November."),

C("d2003", "promise", "2026-11-16 11:05", "Steuerkanzlei Roth & Partner <kanzlei@roth-partner-stb.de>", """
Sehr geehrte Damen und Herren,

wir betreuen die Finanzbuchhaltung unserer Mandantin, der Schreinerei Obermaier GmbH, und beantworten Ihr Schreiben in deren Auftrag.

Die Rechnung INV-1058 liegt uns vor und ist sachlich geprüft. Aufgrund eines Wechsels des Geschäftskontos unserer Mandantin konnten im November noch keine Auslandszahlungen freigegeben werden. Die Zahlung erfolgt bis Ende des Monats.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Dipl.-Kfm. Thomas Roth
Steuerberater

Roth & Partner Steuerberatungsgesellschaft mbB
Maximilianstraße 41 · 86150 Augsburg
Telefon 0821 455 39-0 · Fax 0821 455 39-99
""", inv="INV-1058", kind="second", quote="outlook", promise_date="2026-11-30",
  note="Accountant replying for client; 'Ende des Monats' = 30.11."),

C("d2004", "promise", "2026-11-06 18:42", "Jens Hartwig <jens.hartwig76@gmx.de>", """
ok mach ich, kümmer mich drum sobald ich wieder im büro bin

Von meinem iPhone gesendet
""", inv="INV-1062", amount="£890.00", note="Phone-typed, no date."),

C("d2005", "promise", "2026-11-19 09:30", "Claudia Neumeier <c.neumeier@neumeier-objektbau.de>", """
Hallo Herr Hardy,

wir haben Ihre Erinnerung erhalten. Die Zahlung von INV-1077 wird innerhalb von 10 Tagen erfolgen, sobald unser Bauherr seine Abschlagszahlung geleistet hat.

Beste Grüße aus Regensburg
Claudia Neumeier
Neumeier Objektbau GmbH & Co. KG
""", inv="INV-1077", amount="€7,415.50", quote="gmail", html="gmail", promise_date="2026-11-29",
  note="'innerhalb von 10 Tagen' from Thursday 19.11. = 29.11."),

C("d2006", "promise", "2026-11-12 16:10", "Reto Baumgartner <reto.baumgartner@holzwerk-baumgartner.ch>", """
Grüezi

Besten Dank für Ihre Nachricht. Die Rechnung INV-1080 ist bei uns eingegangen und visiert. Wir werden diese per 30. November 2026 begleichen.

Freundliche Grüsse

Reto Baumgartner
Leiter Finanzen
Holzwerk Baumgartner AG
Industriestrasse 7
8304 Wallisellen
T +41 44 830 17 20
""", tz=ZRH, inv="INV-1080", amount="CHF 2,180.00", quote="outlook", promise_date="2026-11-30",
  note="Swiss 'per 30. November' = payment on that date."),

C("d2007", "promise", "2026-11-23 10:12", "Anna Kowalski <a.kowalski@kowalski-design.de>", """
Hallo zusammen,

Entschuldigung für die Verspätung, bei uns war Jahresabschluss-Chaos. Our finance colleague in Warsaw will release the payment on 4 December. Falls das nicht klappt, melde ich mich vorher.

LG Anna
""", inv="INV-1089", quote="gmail", promise_date="2026-12-04",
  note="Mixed German/English; English sentence carries the date."),

C("d2008", "promise", "2026-11-27 12:55", "Friedrich Lindner <f.lindner@lindner-haustechnik.de>", """
Sehr geehrte Damen und Herren,

zu Ihrer Rechnung INV-1094 über 4.200,00 EUR: Wir haben heute eine Teilzahlung in Höhe von 1.500,00 EUR angewiesen. Den Restbetrag von 2.700,00 EUR begleichen wir bis spätestens 11.12.2026.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
F. Lindner
Geschäftsführer
""", inv="INV-1094", amount="€4,200.00", kind="second", promise_date="2026-12-11",
  note="Partial payment made today (27.11.) plus a dated promise for the rest; labelled promise because the remaining commitment is the actionable part. Ambiguous with paid."),

C("d2009", "promise", "2026-11-30 08:15", "Kreditorenbuchhaltung <kreditoren@moebel-schaller.de>", """
Guten Tag,

die Rechnung INV-1102 ist freigegeben und im nächsten Zahlungslauf am Donnerstag enthalten.

Freundliche Grüße
Kreditorenbuchhaltung
Möbel Schaller GmbH
""", inv="INV-1102", quote="outlook", html="outlook", promise_date="2026-12-03",
  note="Mail Monday 30.11.; 'Donnerstag' = 3.12."),

C("d2010", "promise", "2026-12-15 17:40", "Peter Unterberger <peter@unterberger-tischlerei.at>", """
Servus,

ich weiß, ich bin spät dran. Vor Weihnachten geht sich das bei uns leider nicht mehr aus, wir zahlen dann Anfang Jänner, versprochen.

Schöne Feiertage
Peter Unterberger
Tischlerei Unterberger, Schwaz
""", tz=VIE, inv="INV-1115", amount="€1,875.00", quote="gmail",
  note="'Anfang Jänner' is not a precise date: no promise_date."),

C("d2011", "promise", "2026-11-25 10:03", "Dr. Helmut Brenner <h.brenner@brenner-immobilien.de>", """
Sehr geehrte Damen und Herren,

Bezug nehmend auf Ihr Schreiben vom 23.11.2026 teilen wir Ihnen mit, dass die Forderung aus der Rechnung INV-1043 dem Grunde und der Höhe nach anerkannt wird.

Aufgrund interner Freigabeprozesse ersuchen wir höflich um Verlängerung des Zahlungsziels. Wir sichern Ihnen hiermit verbindlich zu, den Rechnungsbetrag bis zum 18.12.2026 auf Ihr Konto zu überweisen.

Hochachtungsvoll

Dr. Helmut Brenner
Brenner Immobilienverwaltung GmbH
Königsallee 60c, 40212 Düsseldorf
""", inv="INV-1043", kind="firm", qdays=2, promise_date="2026-12-18",
  note="Very formal; asks for extension but commits to 18.12."),

C("d2012", "promise", "2026-12-08 21:17", "Kai Brandt <kai.brandt@brandt-bau.info>", """
Ja doch, Sie kriegen Ihr Geld!!! Morgen. Hören Sie auf mir täglich Mails zu schicken.
""", inv="INV-1051", kind="firm", quote="gmail", promise_date="2026-12-09",
  note="Angry; 'Morgen' from Tuesday 8.12. evening = 9.12."),

C("d2013", "promise", "2026-11-11 13:48", "Martina Hofbauer <martina.hofbauer@hofbauer-fenster.at>", """
Grüß Gott Herr Hardy,

Herr Hofbauer ist diese Woche auf Montage, ich habe aber mit ihm telefoniert: Er gibt die Überweisung übermorgen frei.

Mit freundlichen Grüßen
Martina Hofbauer
Büro
Hofbauer Fenster & Türen KG
Linzer Straße 4, 4600 Wels
Tel. 07242 / 45 890
""", tz=VIE, inv="INV-1058", amount="€2,340.00", html="outlook", promise_date="2026-11-13",
  note="Assistant writing; 'übermorgen' from Wednesday 11.11. = 13.11."),

C("d2014", "promise", "2026-11-20 15:22", "Lukas Meier <lukas.meier@meier-ladenbau.de>", """
Hi,

danke für den Hinweis. Zahlung ist für KW 49 eingeplant.

Gruß
Lukas Meier
""", inv="INV-1062", amount="£890.00", quote="apple",
  note="'KW 49' is a week (30.11.–6.12.2026), no precise day: no promise_date."),

# ---- paid
C("d2015", "paid", "2026-11-09 09:02", "Sandra Krüger <s.krueger@krueger-gastro.de>", """
Sehr geehrte Damen und Herren,

die Rechnung INV-1051 wurde von uns am 06.11. überwiesen. Bitte prüfen Sie den Zahlungseingang.

Mit freundlichen Grüßen
Sandra Krüger
""", inv="INV-1051", amount="€3,960.00", quote="outlook", qdays=7, paid_on="2026-11-06"),

C("d2016", "paid", "2026-11-12 12:31", "Ben Schuster <ben@schuster-events.de>", """
Zahlung ist raus 👍
""", inv="INV-1077", amount="€7,415.50", quote="gmail", note="No date stated."),

C("d2017", "paid", "2026-11-18 08:55", "Ingrid Wolf <i.wolf@wolf-architekten.de>", """
Guten Morgen,

ich habe den Betrag gestern überwiesen. Bitte entschuldigen Sie die Verzögerung.

Freundliche Grüße

Ingrid Wolf
Dipl.-Ing. Architektin
Wolf Architekten PartG mbB
Schanzenstraße 28 | 20357 Hamburg
Tel. 040 / 43 18 25 60
www.wolf-architekten.de
""", inv="INV-1080", quote="outlook", html="outlook", paid_on="2026-11-17"),

C("d2018", "paid", "2026-11-24 11:40", "Urs Kälin <u.kaelin@kaelin-treuhand.ch>", """
Guten Tag

Im Auftrag unseres Kunden, der Schreinerei Zehnder GmbH, teilen wir Ihnen mit, dass die Zahlung für die Rechnung INV-1089 heute ausgelöst wurde (Valuta 25.11.2026).

Freundliche Grüsse
Urs Kälin
Kälin Treuhand AG, Einsiedeln
""", tz=ZRH, inv="INV-1089", amount="CHF 5,600.00", quote="gmail", paid_on="2026-11-24",
  note="Fiduciary for client; paid_on = day the transfer was released (today); value date 25.11. stated separately."),

C("d2019", "paid", "2026-11-20 10:20", "Anja Petersen <a.petersen@petersen-kuechen.de>", """
Sehr geehrte Damen und Herren,

anbei finden Sie den Zahlungsbeleg für die Überweisung vom 19.11.2026 zu Rechnung INV-1094.
Verwendungszweck: INV-1094 / Kd.-Nr. 20817

Mit freundlichen Grüßen
Anja Petersen
Petersen Küchen GmbH
""", inv="INV-1094", amount="€4,200.00", html="gmail", paid_on="2026-11-19",
  note="Mentions an attached transfer advice (no attachment in the file)."),

C("d2020", "paid", "2026-11-26 14:05", "Stefan Vogt <stefan.vogt@vogt-metallbau.de>", """
Hallo,

die Überweisung haben wir bereits am Montag getätigt. Bei Auslandsüberweisungen nach UK braucht die Bank bei uns leider manchmal 3-4 Werktage. Bitte noch etwas Geduld.

Gruß
Stefan Vogt
Vogt Metallbau
""", inv="INV-1102", amount="£1,320.00", quote="gmail", qdays=6, paid_on="2026-11-23",
  note="Mail Thursday 26.11.; 'am Montag' = 23.11. Bank delay."),

C("d2021", "paid", "2026-12-02 09:45", "Lena Hoffmann <l.hoffmann@berger-consulting.de>", """
Sehr geehrte Damen und Herren,

Frau Dr. Berger hat mich gebeten, Ihnen mitzuteilen, dass die Rechnung INV-1115 bereits beglichen wurde. Sie müsste in den nächsten Tagen auf Ihrem Konto eingehen.

Freundliche Grüße
Lena Hoffmann
Assistenz der Geschäftsführung
Berger Consulting GmbH
""", inv="INV-1115", amount="€1,875.00", quote="outlook", note="Assistant writing on behalf; no date."),

C("d2022", "paid", "2026-12-02 00:35", "Tobias Engel <tobias.engel@engel-werbetechnik.de>", """
Hallo, habe ich soeben überwiesen. Sorry, war total untergegangen.
Tobias
""", inv="INV-1043", utc=True, quote="gmail", paid_on="2026-12-02",
  note="Date header is in UTC (1 Dec 23:35 +0000) = 2 Dec 00:35 in Berlin; 'soeben' = 2.12. local."),

C("d2023", "paid", "2026-12-03 08:12", "Eva Lechner <eva.lechner@lechner-hotel.at>", """
Guten Morgen,

habe heute früh über den Link in Ihrer Mail mit Kreditkarte bezahlt. Die Bestätigung kam auch schon.

lg Eva Lechner
Hotel Lechner, Zell am See
""", tz=VIE, inv="INV-1058", amount="€2,340.00", quote="gmail", paid_on="2026-12-03",
  note="Paid by card through the link."),

C("d2024", "paid", "2026-11-30 16:50", "Harald Zimmermann <h.zimmermann@zimmermann-bau.de>", """
Sehr geehrte Damen und Herren,

diese Rechnung haben wir bereits vor etwa zwei Wochen bezahlt. Ich bitte Sie, Ihren Zahlungseingang zu prüfen, bevor Sie weitere Mahnungen verschicken. Das ist jetzt schon die zweite.

Zimmermann
""", inv="INV-1062", amount="£890.00", kind="second", quote="outlook",
  note="Annoyed; 'vor etwa zwei Wochen' is imprecise: no paid_on."),

C("d2025", "paid", "2026-12-14 10:30", "Buchhaltung Keller Holzbau <rechnungswesen@keller-holzbau.de>", """
Guten Tag,

die Rechnungen INV-1080 und INV-1089 wurden am 10.12. in einer Sammelüberweisung bezahlt (Gesamtbetrag 8.425,00 EUR). Bitte ordnen Sie die Zahlung entsprechend zu.

Mit freundlichen Grüßen
Buchhaltung
Keller Holzbau GmbH · Am Sägewerk 3 · 79199 Kirchzarten
""", inv="INV-1080", html="outlook", paid_on="2026-12-10", note="Two invoices, one combined transfer."),

# ---- dispute
C("d2026", "dispute", "2026-11-05 11:20", "Michael Sommer <m.sommer@sommer-ladenbau.de>", """
Sehr geehrte Damen und Herren,

wir widersprechen der Rechnung INV-1102. Der berechnete Betrag weicht erheblich von Ihrem Angebot Nr. A-2026-311 vom 14.08.2026 ab (dort 9.850,00 EUR netto, Rechnung 11.240,00 EUR netto). Zusätzliche Leistungen wurden weder beauftragt noch abgenommen.

Bitte senden Sie uns eine korrigierte Rechnung. Bis dahin sehen wir von einer Zahlung ab.

Mit freundlichen Grüßen

Michael Sommer
Einkauf
Sommer Ladenbau GmbH
Gewerbepark 12 · 33602 Bielefeld
""", inv="INV-1102", amount="€13,375.60", quote="outlook", html="outlook"),

C("d2027", "dispute", "2026-11-13 15:35", "Julia Brandner <j.brandner@brandner-wohnbau.at>", """
Sehr geehrter Herr Hardy,

hiermit erheben wir Mängelrüge zu Ihrer Lieferung vom 02.11.2026 (Lieferschein 55812). Drei der acht Innentüren weisen Transportschäden auf (Kantenabplatzungen, eine Zarge gebrochen). Fotos haben wir Ihrem Außendienst bereits geschickt.

Bis zur Behebung der Mängel halten wir die Zahlung der Rechnung INV-1077 zurück.

Mit freundlichen Grüßen
Julia Brandner
Projektleitung
Brandner Wohnbau GmbH, Graz
""", tz=VIE, inv="INV-1077", amount="€7,415.50", quote="gmail"),

C("d2028", "dispute", "2026-11-17 09:10", "info@cafe-mondschein.de", """
Hallo,

wir haben bei Ihnen nie etwas bestellt. Wer sind Sie überhaupt? Bitte schicken Sie uns keine Rechnungen mehr, wir sind ein Café in Leipzig und kennen Ihre Firma nicht.

Café Mondschein
""", inv="INV-1115", amount="€1,875.00", quote="gmail", note="Never ordered."),

C("d2029", "dispute", "2026-11-24 13:00", "Petra Schulz <p.schulz@schulz-immobilien.de>", """
Guten Tag,

der Betrag in Ihrer Erinnerung stimmt nicht. Sie hatten uns für die verspätete Lieferung eine Gutschrift über 180,00 EUR zugesagt (Mail von Herrn Hardy vom 20.10.), die ist in INV-1043 nicht berücksichtigt. Wir zahlen gerne den korrigierten Betrag, sobald wir die Gutschrift haben.

Viele Grüße
Petra Schulz
""", inv="INV-1043", quote="outlook", note="Wrong amount (credit note missing); willing to pay corrected amount without date."),

C("d2030", "dispute", "2026-11-27 10:45", "Daniel Frei <daniel.frei@frei-bauleitung.ch>", """
Guten Tag

Die Lieferung zu INV-1080 ist unvollständig: Von den sechs bestellten Holz-Alu-Fenstern sind nur vier auf der Baustelle angekommen. Wir können die Rechnung erst bezahlen, wenn die restlichen zwei geliefert und montiert sind. Bitte stellen Sie uns allenfalls eine Teilrechnung.

Freundliche Grüsse
Daniel Frei
Frei Bauleitung GmbH
Bahnhofstrasse 19, 6300 Zug
""", tz=ZRH, inv="INV-1080", amount="CHF 2,180.00", html="gmail"),

C("d2031", "dispute", "2026-12-01 17:20", "Oliver Grant <oliver.grant@grant-hauser.de>", """
Hallo,

ich muss hier widersprechen. The invoice is wrong – we agreed a fixed price of EUR 6,000 for the whole staircase, including fitting. Jetzt stehen plötzlich 7.350 EUR auf der Rechnung. Bitte korrigieren.

Oliver Grant
Grant & Hauser Projektentwicklung
""", inv="INV-1089", amount="€7,350.00", quote="gmail", note="Mixed German/English."),

C("d2032", "dispute", "2026-12-04 09:25", "Rechnungsprüfung Strobl <rechnungspruefung@strobl-gruppe.at>", """
Sehr geehrte Damen und Herren,

die Rechnung INV-1094 betrifft dieselbe Lieferung wie die bereits am 12.10. bezahlte INV-1077 (identische Positionen, gleiche Lieferscheinnummer). Es handelt sich offensichtlich um eine Doppelverrechnung. Wir ersuchen um Stornierung.

Mit freundlichen Grüßen
Rechnungsprüfung
Strobl Gruppe, Salzburg
""", tz=VIE, inv="INV-1094", amount="€4,200.00", quote="outlook",
  note="Double billing; the 12.10. payment date concerns the other invoice, not labelled."),

C("d2033", "dispute", "2026-12-09 19:58", "Frank Ritter <frank.ritter@t-online.de>", """
Das ist ja wohl eine Frechheit. Ihre Monteure haben mir den Parkettboden im Flur zerkratzt, die Treppe knarzt nach zwei Wochen und auf meine Reklamation hat seit einem Monat niemand reagiert. Und jetzt kommt eine Mahnung?? Ich zahle keinen Cent, bevor das nicht in Ordnung gebracht ist.

F. Ritter
""", inv="INV-1051", kind="firm", quote="gmail", note="Consumer, angry quality complaint."),

C("d2034", "dispute", "2026-12-10 11:15", "Nicole Hahn <n.hahn@hahn-messebau.de>", """
Sehr geehrte Damen und Herren,

Ihre Rechnung INV-1115 können wir in dieser Form nicht bezahlen: Es fehlt der Hinweis auf die Steuerschuldnerschaft des Leistungsempfängers, außerdem ist unsere USt-IdNr. falsch angegeben, und Sie haben 20 % britische VAT berechnet. Bitte stellen Sie eine korrigierte Rechnung ohne VAT aus.

Mit freundlichen Grüßen
Nicole Hahn
Finanzbuchhaltung
Hahn Messebau GmbH, Köln
""", inv="INV-1115", amount="€2,250.00", html="outlook",
  note="Contests the invoice's VAT treatment and asks for a corrected invoice; close to 'other', labelled dispute."),

# ---- out of office
C("d2035", "out_of_office", "2026-11-16 10:05", "Carsten Weber <c.weber@weber-bauelemente.de>", """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 23.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@weber-bauelemente.de.

Mit freundlichen Grüßen
Carsten Weber
""", subj="Automatische Antwort: Payment reminder: invoice INV-1043 now due – Hardy Joinery Ltd",
  inv="INV-1043", auto=True, return_date="2026-11-24", note="'bis einschließlich 23.11.' = back 24.11."),

C("d2036", "out_of_office", "2026-11-18 10:03", "Birgit Lang <birgit.lang@lang-raumausstattung.de>", """
Abwesenheitsnotiz

Sehr geehrte Damen und Herren,

ich bin ab dem 30.11.2026 wieder erreichbar. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.

Freundliche Grüße
Birgit Lang
""", subj="Abwesenheitsnotiz: Second reminder: invoice INV-1051 overdue – Hardy Joinery Ltd",
  inv="INV-1051", kind="second", auto=True, html="outlook", return_date="2026-11-30"),

C("d2037", "out_of_office", "2026-12-18 10:02", "Christian Pichler <c.pichler@pichler-holz.at>", """
Sehr geehrte Damen und Herren,

unser Büro ist über die Weihnachtsfeiertage geschlossen. Ich bin bis 8. Jänner 2027 auf Urlaub.

Ihre Nachricht wird nach meiner Rückkehr beantwortet.

Frohe Weihnachten und einen guten Rutsch!
Christian Pichler
Pichler Holz GmbH, Villach
""", subj="Automatische Antwort: Payment reminder: invoice INV-1058 now due – Hardy Joinery Ltd",
  tz=VIE, inv="INV-1058", auto=True, return_date="2027-01-08",
  note="'bis 8. Jänner' without 'einschließlich': labelled 8 Jan 2027 (a Friday) per the 'bis = that day' convention; a reader taking it as inclusive would say Monday 11 Jan. Year rollover."),

C("d2038", "out_of_office", "2026-11-30 10:02", "Sarah Huber <sarah.huber@huber-partner.ch>", """
Guten Tag

Ich bin zurzeit nicht im Büro. Ab Montag, 7. Dezember 2026, bin ich wieder für Sie da. In dringenden Fällen erreichen Sie meine Stellvertretung, Frau Monika Egli, unter monika.egli@huber-partner.ch oder +41 31 312 55 40.

Freundliche Grüsse
Sarah Huber
""", subj="Abwesenheit: Payment reminder: invoice INV-1062 now due – Hardy Joinery Ltd",
  tz=ZRH, inv="INV-1062", auto=True, return_date="2026-12-07"),

C("d2039", "out_of_office", "2026-11-09 10:03", "Uwe Schröder <u.schroeder@schroeder-tiefbau.de>", """
Ich bin derzeit nicht im Büro. Ihre E-Mail wird nicht automatisch weitergeleitet.

Bei Fragen zu Rechnungen wenden Sie sich bitte an buchhaltung@schroeder-tiefbau.de.

Uwe Schröder
Schröder Tiefbau GmbH
""", subj="Automatische Antwort: Payment reminder: invoice INV-1077 now due – Hardy Joinery Ltd",
  inv="INV-1077", auto=True, note="No return date given."),

C("d2040", "out_of_office", "2026-12-07 10:02", "Katharina Seidel <k.seidel@seidel-moebel.de>", """
Liebe Absenderin, lieber Absender,

ich befinde mich bis voraussichtlich Ende Januar 2027 in Elternzeit. Ihre Nachricht wird nicht gelesen. Bitte wenden Sie sich an meinen Kollegen Herrn Jürgen Fuchs (j.fuchs@seidel-moebel.de, 0351 877 64-12).

Viele Grüße
Katharina Seidel
""", subj="Automatische Antwort: Third reminder: invoice INV-1080 overdue – Hardy Joinery Ltd",
  inv="INV-1080", kind="firm", auto=True,
  note="'voraussichtlich Ende Januar' is vague: no return_date."),

C("d2041", "out_of_office", "2026-12-14 10:02", "Matthias Krause <matthias.krause@krause-group.de>", """
Vom 14.12. bis 18.12.2026 bin ich nicht erreichbar. Ab dem 21.12. bin ich wieder im Büro.

I am out of the office from 14 to 18 December 2026 and will be back on 21 December. Your message will not be forwarded.

Matthias Krause
Head of Procurement | Krause Group GmbH
""", subj="Automatische Antwort: Payment reminder: invoice INV-1089 now due – Hardy Joinery Ltd",
  inv="INV-1089", auto=True, html="outlook", return_date="2026-12-21", note="Bilingual German/English auto-reply."),

C("d2042", "out_of_office", "2026-11-20 10:02", "Gerhard Lehmann <g.lehmann@lehmann-sanitaer.de>", """
Danke für Ihre Mail. Ich bin auf Dienstreise und ab Mittwoch, den 25.11., wieder im Haus. Ihre Mail lese ich nur sporadisch.

Gerhard Lehmann
""", subj="Abwesend: Payment reminder: invoice INV-1094 now due – Hardy Joinery Ltd",
  inv="INV-1094", auto=True, return_date="2026-11-25"),

# ---- other
C("d2043", "other", "2026-11-10 14:30", "Melanie Braun <m.braun@braun-dental.de>", """
Hallo,

diese Rechnung ist bei uns nie angekommen. Können Sie sie uns bitte noch einmal als PDF an rechnungseingang@braun-dental.de schicken? Dann leite ich sie zur Freigabe weiter.

Danke und Gruß
Melanie Braun
""", inv="INV-1102", quote="gmail", note="Asks for a copy of the invoice."),

C("d2044", "other", "2026-11-23 10:02", "Service Desk Kaufmann AG <servicedesk@kaufmann-ag.de>", """
Vielen Dank für Ihre Nachricht.

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer #KAU-48213 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs, in der Regel innerhalb von 3 Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Kaufmann AG – Service Desk
""", subj="[Ticket #KAU-48213] Payment reminder: invoice INV-1115 now due – Hardy Joinery Ltd",
  inv="INV-1115", auto=True, note="Automatic ticket acknowledgement, not an absence."),

C("d2045", "other", "2026-12-11 09:05", "Robert Maier <r.maier@maier-elektro.de>", """
Guten Tag,

wir haben letzte Woche ein Schreiben bekommen, dass sich Ihre Bankverbindung geändert hat. Können Sie mir bitte telefonisch oder per Mail bestätigen, welche IBAN aktuell gültig ist? Wir wollen ungern auf ein falsches Konto überweisen.

Mit freundlichen Grüßen
Robert Maier
Maier Elektrotechnik
Tel. 089 / 123 48 77
""", inv="INV-1043", quote="outlook", html="outlook", note="Question about bank details before paying."),
]


# ---------------------------------------------------------------- Spanish (ES)
ES_KNOWN = ["INV-2204", "INV-2211", "INV-2217", "INV-2230", "INV-2236", "INV-2241", "INV-2258",
            "INV-2263", "INV-2270", "INV-2285"]

ES = [
C("s2001", "promise", "2026-11-03 09:40", "Javier Ortega <jortega@carpinteriaortega.es>", """
Hola,

perdonad el retraso, se nos pasó. Os pagamos el viernes sin falta.

Un saludo,
Javier
""", inv="INV-2204", quote="gmail", promise_date="2026-11-06", note="Mail Tuesday 3/11; 'el viernes' = 6/11."),

C("s2002", "promise", "2026-11-10 12:15", "Administración Reformas Levante <administracion@reformaslevante.com>", """
Buenos días,

Recibida su comunicación. Le confirmamos que la factura INV-2211 se abonará antes del 15 de este mes.

Atentamente,

María José Ferrer
Dpto. de Administración
Reformas Levante S.L.
C/ Colón, 48 – 46004 Valencia
Tel. 963 51 22 08
""", inv="INV-2211", amount="€2,870.00", quote="outlook", html="outlook", promise_date="2026-11-15",
  note="'antes del 15 de este mes' labelled as 15/11 per convention."),

C("s2003", "promise", "2026-11-17 16:30", "Lucía Navarro <lucia.navarro@navarrointeriorismo.es>", """
Hola!

Sí, la tenemos pendiente, lo siento mucho. Este mes hemos tenido varios impagos de clientes y vamos un poco justos. La pagaremos a finales de mes, cuenta con ello.

Un abrazo,
Lucía

Navarro Interiorismo
Calle Ponzano 21, 28003 Madrid
+34 617 204 998
""", inv="INV-2217", quote="gmail", html="gmail", promise_date="2026-11-30"),

C("s2004", "promise", "2026-11-06 20:05", "Paco Ruiz <pacoruiz1971@hotmail.es>", """
vale lo miro y te lo pago en cuanto pueda, estoy de obra toda la semana

Enviado desde mi Galaxy
""", inv="INV-2230", amount="€640.00", note="Phone-typed, no accents, no date."),

C("s2005", "promise", "2026-11-19 10:50", "Carmen Iglesias <c.iglesias@iglesias-arquitectos.es>", """
Buenos días:

Disculpen la demora. El pago de la factura INV-2236 queda programado para el próximo lunes.

Saludos cordiales,
Carmen Iglesias
Iglesias Arquitectos SLP · Bilbao
""", inv="INV-2236", amount="€5,120.00", quote="outlook", promise_date="2026-11-23",
  note="Mail Thursday 19/11; 'el próximo lunes' = 23/11."),

C("s2006", "promise", "2026-11-24 13:25", "Jordi Puig <jpuig@puigfusteria.cat>", """
Bon dia / Buenos días,

Os confirmo que la transferencia de la factura INV-2241 saldrá el día 1 de diciembre, que es cuando tenemos el pago a proveedores.

Salutacions,
Jordi Puig
Fusteria Puig, S.L. – Sabadell
""", inv="INV-2241", quote="gmail", promise_date="2026-12-01", note="Catalan greeting, Spanish text."),

C("s2007", "promise", "2026-11-25 11:00", "Gestoría Martínez Asesores <facturas@martinezasesores.es>", """
Estimados señores:

Nos ponemos en contacto con ustedes en nombre de nuestro cliente, Muebles Castaño S.L., cuya contabilidad llevamos.

Les informamos de que la factura INV-2258 ya ha sido contabilizada y que el pago se efectuará dentro de los próximos 7 días.

Quedamos a su disposición para cualquier aclaración.

Un cordial saludo,

Raquel Sanz
Martínez Asesores, S.L.P.
Avda. de la Constitución, 15 – 41001 Sevilla
Tel. 954 21 87 30
""", inv="INV-2258", amount="€3,300.00", kind="second", quote="outlook", html="outlook",
  promise_date="2026-12-02", note="Accountant for client; 'dentro de los próximos 7 días' from 25/11 = 2/12."),

C("s2008", "promise", "2026-12-04 09:35", "Antonio Delgado <adelgado@delgadoconstrucciones.es>", """
Buenos días,

Ahora mismo no podemos hacer frente al importe completo de la INV-2263. Os proponemos pagar la mitad el 11/12 y el resto el 23/12. Si os parece bien, confirmadnos y lo dejamos programado.

Gracias por la comprensión.
Antonio Delgado
""", inv="INV-2263", amount="€8,400.00", quote="gmail",
  note="Proposes two instalments (11/12 and 23/12); no single committed date, so no promise_date. Could be read as a payment-plan request."),

C("s2009", "promise", "2026-12-07 18:20", "Elena Castro <elena@castro-decoracion.es>", """
Hola, mañana es festivo (Inmaculada) y el banco no procesa nada, así que lo pago el miércoles a primera hora.

Saludos
Elena
""", inv="INV-2270", amount="€1,150.00", quote="apple", promise_date="2026-12-09",
  note="Mail Monday 7/12; 8/12 is a Spanish holiday; 'el miércoles' = 9/12."),

C("s2010", "promise", "2026-12-17 12:40", "Rafael Moreno <rmoreno@morenohnos.es>", """
Hola,

Ya sé que la factura está vencida. Con las fiestas tenemos la tesorería muy ajustada; os la pagamos después de Reyes, de verdad.

Felices fiestas,
Rafael Moreno
Moreno Hermanos, C.B. – Córdoba
""", inv="INV-2285", amount="€990.00", kind="second", quote="gmail",
  note="'después de Reyes' (after 6 January) is not a precise date: no promise_date."),

C("s2011", "promise", "2026-11-30 09:10", "Beatriz Gil <beatriz.gil@gilyasociados.es>", """
Buenos días,

La INV-2204 entra en la remesa de pagos del jueves 3. Os llegará en un par de días después.

Un saludo,
Beatriz Gil
Gil y Asociados
""", inv="INV-2204", quote="outlook", promise_date="2026-12-03",
  note="Payment run on Thursday 3/12; arrival later is not the commitment."),

C("s2012", "promise", "2026-11-20 15:45", "David Thompson <david.thompson@costablancavillas.es>", """
Hola,

Perdón, mi español no es perfecto. We will make the payment by 27/11, once my partner signs the transfer. Gracias por su paciencia.

David Thompson
Costa Blanca Villas S.L. – Jávea
""", inv="INV-2211", amount="€2,870.00", quote="gmail", promise_date="2026-11-27",
  note="Mixed Spanish/English, day-first date."),

C("s2013", "promise", "2026-11-26 10:05", "Fernando Vidal <fvidal@vidalhoteles.com>", """
Muy señores míos:

Acusamos recibo de su recordatorio relativo a la factura INV-2217. Les comunicamos que, conforme a nuestra política de pagos, la misma será satisfecha mediante transferencia bancaria el próximo 10/12.

Sin otro particular, les saluda atentamente,

Fernando Vidal Roca
Director Financiero
Vidal Hoteles, S.A.
Passeig de Gràcia, 77 – 08008 Barcelona
""", inv="INV-2217", kind="firm", html="outlook", promise_date="2026-12-10", note="Very formal."),

C("s2014", "promise", "2026-11-12 17:00", "Silvia Romero <silvia.romero@romero-eventos.es>", """
Hola,

tenéis razón, está pendiente. Lo abonaremos en el plazo de 15 días como mucho.

Silvia
""", inv="INV-2230", amount="€640.00", quote="gmail", promise_date="2026-11-27",
  note="'en el plazo de 15 días' from 12/11 = 27/11."),

# ---- paid
C("s2015", "paid", "2026-11-04 08:30", "Manuel Herrera <manuel@herrera-reformas.es>", """
Buenos dias, ya esta pagada. Saludos
""", inv="INV-2236", amount="€5,120.00", quote="gmail", note="No accents, no date."),

C("s2016", "paid", "2026-11-05 13:10", "Cristina López <clopez@lopezinteriores.es>", """
Hola,

Hemos realizado la transferencia hoy mismo. Os adjunto el justificante en cuanto me lo descargue del banco.

Un saludo,

Cristina López
López Interiores
C/ Mayor 12, 50001 Zaragoza
Tel. 976 39 04 11
""", inv="INV-2241", quote="outlook", html="outlook", paid_on="2026-11-05"),

C("s2017", "paid", "2026-11-04 10:55", "Pedro Sánchez Molina <psanchez@molina-carpinteria.es>", """
Buenos días:

La factura INV-2258 se pagó el 30/10 por transferencia a la cuenta que figura en la factura. Por favor, comprueben sus cobros.

Atentamente,
Pedro Sánchez Molina
""", inv="INV-2258", amount="€3,300.00", quote="outlook", qdays=2, paid_on="2026-10-30",
  note="Payment date before the reminder; 30/10 day-first."),

C("s2018", "paid", "2026-11-16 09:20", "Isabel Marín <isabel.marin@marinestudio.es>", """
Hola,

La transferencia se hizo el viernes pasado, supongo que ya os habrá llegado o estará al caer.

Gracias!
Isabel
""", inv="INV-2263", amount="€8,400.00", quote="gmail", html="gmail", qdays=6, paid_on="2026-11-13",
  note="Mail Monday 16/11; 'el viernes pasado' = 13/11."),

C("s2019", "paid", "2026-11-19 11:30", "Laura Benítez <laura.benitez@grupoalba.es>", """
Buenos días,

Os reenvío el mensaje de nuestro director con el justificante.

Saludos,
Laura Benítez
Asistente de Dirección – Grupo Alba

---------- Forwarded message ---------
De: Alberto Alba <alberto.alba@grupoalba.es>
Date: jue, 19 nov 2026 a las 9:14
Subject: Hardy
To: Laura Benítez <laura.benitez@grupoalba.es>

Laura, contéstales que está pagado desde el 18 de noviembre, transferencia desde la cuenta del Sabadell. Gracias.
""", inv="INV-2270", amount="€1,150.00", paid_on="2026-11-18", note="Assistant forwarding the boss's answer."),

C("s2020", "paid", "2026-11-26 16:15", "Óscar Prieto <oprieto@prieto-cocinas.es>", """
Hola,

La transferencia la ordenamos el martes. Al ser a una cuenta en Reino Unido el banco nos dice que puede tardar hasta 4 días hábiles, así que debería llegaros a principios de la semana que viene.

Un saludo,
Óscar Prieto
Prieto Cocinas – Valladolid
""", inv="INV-2285", amount="£990.00", quote="gmail", paid_on="2026-11-24",
  note="Mail Thursday 26/11; 'el martes' = 24/11. Bank delay."),

C("s2021", "paid", "2026-12-01 19:02", "Nuria Campos <nuriacampos@gmail.com>", """
Acabo de pagar con tarjeta desde el enlace del correo. Me ha salido el pago como correcto.
Nuria
""", inv="INV-2204", quote="gmail", paid_on="2026-12-01"),

C("s2022", "paid", "2026-12-02 10:40", "Ramón Cabrera <rcabrera@cabrera-obras.es>", """
Señores,

Esta factura ya os la pagamos hace semanas. Es la tercera vez que recibo un correo de estos. Revisad vuestras cuentas antes de seguir enviando recordatorios, por favor.

Ramón Cabrera
""", inv="INV-2211", amount="€2,870.00", kind="firm", quote="outlook",
  note="Angry; 'hace semanas' imprecise: no paid_on."),

C("s2023", "paid", "2026-12-03 12:00", "Contabilidad Hierros del Norte <contabilidad@hierrosdelnorte.es>", """
Buenos días,

Les informamos de que la factura INV-2217 fue abonada mediante transferencia el 2 de diciembre. Adjuntamos justificante bancario.

Referencia de la operación: 2026120200048831

Un saludo,
Departamento de Contabilidad
Hierros del Norte, S.A. · Polígono Industrial Asipo, 33428 Llanera (Asturias)
""", inv="INV-2217", html="outlook", paid_on="2026-12-02"),

C("s2024", "paid", "2026-12-11 13:45", "Marta Domínguez <marta.dominguez@dominguez-retail.es>", """
Hola,

hemos abonado las facturas INV-2258 y INV-2263 el pasado día 9, en una sola transferencia por el total. En el concepto puse las dos referencias.

Gracias,
Marta
""", inv="INV-2258", amount="€3,300.00", quote="gmail", paid_on="2026-12-09",
  note="'el pasado día 9' from 11/12 = 9/12; two invoices."),

C("s2025", "paid", "2026-12-14 08:05", "Sergio Pastor <sergiopastor@yahoo.es>", """
os hice el ingreso esta mañana, perdon por el retraso
""", inv="INV-2230", amount="€640.00", quote="gmail", paid_on="2026-12-14", note="No accents, phone-typed."),

# ---- dispute
C("s2026", "dispute", "2026-11-09 12:30", "Alicia Serrano <aserrano@serrano-promociones.es>", """
Buenos días,

No estamos de acuerdo con el importe de la factura INV-2236. El presupuesto aceptado era de 4.200 € + IVA y se nos factura 5.120 €. No se nos comunicó ningún trabajo adicional.

Quedamos a la espera de una factura rectificativa.

Saludos,
Alicia Serrano
Serrano Promociones Inmobiliarias, S.L.
""", inv="INV-2236", amount="€5,120.00", quote="outlook", html="outlook"),

C("s2027", "dispute", "2026-11-13 10:10", "Joaquín Vega <jvega@vega-hosteleria.es>", """
Hola,

Las puertas que nos entregasteis el mes pasado han llegado con humedad y dos de ellas ya están combadas. Ya lo comentamos por teléfono con vuestro comercial y nadie nos ha dado solución. Hasta que no se sustituyan no vamos a pagar la factura.

Joaquín Vega
Hostal Vega – Granada
""", inv="INV-2241", quote="gmail"),

C("s2028", "dispute", "2026-11-18 09:55", "Recepción Clínica Dental Sonrisa <recepcion@clinicasonrisa.es>", """
Buenos días,

Nosotros no hemos realizado ningún pedido a su empresa. Creemos que se trata de un error. Por favor, revisen sus datos y no nos envíen más recordatorios.

Clínica Dental Sonrisa
""", inv="INV-2270", amount="€1,150.00", quote="outlook", note="Never ordered."),

C("s2029", "dispute", "2026-11-23 14:20", "Guillermo Ramos <g.ramos@ramos-logistica.es>", """
Buenas tardes,

Nos reclamáis la INV-2285 pero a día de hoy no hemos recibido la mercancía. El transportista tiene el envío parado en Irún desde hace dos semanas. No vamos a pagar algo que no tenemos.

Un saludo,
Guillermo Ramos
Ramos Logística
""", inv="INV-2285", amount="£990.00", quote="gmail", html="gmail", note="Goods not delivered."),

C("s2030", "dispute", "2026-11-27 11:35", "Administración Grupo Marea <admin@grupomarea.es>", """
Buenos días,

La factura INV-2204 no es correcta: figura a nombre de Marea Restauración S.L. cuando el pedido lo hizo Marea Hoteles S.L. (CIF B-87654321), y además lleva IVA británico. No podemos contabilizarla así. Rogamos emitan una factura rectificativa.

Atentamente,
Administración
Grupo Marea
""", inv="INV-2204", html="outlook", note="Wrong billed entity and VAT; asks for a corrected invoice."),

C("s2031", "dispute", "2026-12-01 09:15", "Sophie Martin <sophie.martin@martin-villas.es>", """
Hola,

Creo que hay un error. This invoice is a duplicate of INV-2211, which we already paid in October. Mismos conceptos, mismo importe. ¿Podéis anularla?

Sophie
""", inv="INV-2263", amount="€2,870.00", quote="gmail", note="Mixed Spanish/English; claims duplicate of another, already paid invoice."),

C("s2032", "dispute", "2026-12-05 22:40", "Luis Fuentes <luisfuentes68@telefonica.net>", """
Miren, la instalación del armario empotrado la hicieron fatal, las puertas no cierran, hay un hueco de dos dedos con el techo y los operarios dejaron todo lleno de serrín. Llevo tres semanas llamando. NO PIENSO PAGAR hasta que vengan a arreglarlo.
""", inv="INV-2217", kind="firm", quote="gmail", note="Consumer, angry, capitals."),

C("s2033", "dispute", "2026-12-09 10:25", "Teresa Molina <tmolina@molinasuministros.es>", """
Buenos días,

En la factura INV-2258 no aparece el descuento del 5% que pactamos en el pedido (adjunto la confirmación de pedido firmada). El importe correcto sería 3.135,00 €. Por favor, enviadnos la factura corregida y la pagamos.

Gracias,
Teresa Molina
Molina Suministros
Tel. 968 22 41 90 – Murcia
""", inv="INV-2258", amount="€3,300.00", quote="outlook", note="Missing agreed discount."),

C("s2034", "dispute", "2026-12-15 12:50", "Alberto Cano <acano@canoreformas.es>", """
Buenas,

De la INV-2270 pagaremos la parte que no está en discusión (las ventanas, 800 €). Los 350 € del montaje no los reconocemos: el montaje lo hicimos nosotros, como se acordó. Cuando rectifiquéis la factura abonamos lo pendiente.

Alberto Cano
""", inv="INV-2270", amount="€1,150.00", quote="gmail",
  note="Partly disputes (350 €) and will pay the undisputed part without a date; labelled dispute."),

# ---- out of office
C("s2035", "out_of_office", "2026-11-16 10:02", "Pilar Ortiz <pilar.ortiz@ortiz-decoracion.es>", """
Gracias por su mensaje.

Estaré fuera de la oficina hasta el 23 de noviembre, con acceso limitado al correo. Para asuntos urgentes, pueden contactar con administracion@ortiz-decoracion.es.

Un saludo,
Pilar Ortiz
""", subj="Respuesta automática: Payment reminder: invoice INV-2211 now due – Hardy Joinery Ltd",
  inv="INV-2211", auto=True, return_date="2026-11-23",
  note="'hasta el 23 de noviembre' labelled 23/11 (not stated inclusive)."),

C("s2036", "out_of_office", "2026-11-30 10:02", "Enrique Blanco <eblanco@blanco-ingenieria.es>", """
Hola,

Estoy de vacaciones del 30/11 al 4/12. Me reincorporo el lunes 7 de diciembre.

Saludos,
Enrique Blanco
Blanco Ingeniería
""", subj="Fuera de la oficina: Second reminder: invoice INV-2217 overdue – Hardy Joinery Ltd",
  inv="INV-2217", kind="second", auto=True, html="outlook", return_date="2026-12-07"),

C("s2037", "out_of_office", "2026-12-18 10:02", "Muebles Arteaga <info@mueblesarteaga.es>", """
Estimado cliente / proveedor:

Les informamos de que nuestras oficinas permanecerán cerradas del 21 de diciembre al 6 de enero, ambos inclusive. Retomaremos la actividad el 7 de enero de 2027.

Les deseamos felices fiestas.

Muebles Arteaga, S.L.
Ctra. de Valencia, km 3 – 44002 Teruel
""", subj="Respuesta automática: Third reminder: invoice INV-2230 overdue – Hardy Joinery Ltd",
  inv="INV-2230", kind="firm", auto=True, return_date="2027-01-07",
  note="Office closure starts after the mail date; year rollover."),

C("s2038", "out_of_office", "2026-11-11 10:03", "Rocío Méndez <rmendez@mendezabogados.es>", """
En este momento me encuentro de baja y no estoy atendiendo el correo electrónico. Para cualquier gestión, pueden dirigirse a secretaria@mendezabogados.es o llamar al 91 445 20 13.

Rocío Méndez
""", subj="Respuesta automática: Payment reminder: invoice INV-2236 now due – Hardy Joinery Ltd",
  inv="INV-2236", auto=True, note="Sick leave, no return date."),

C("s2039", "out_of_office", "2026-11-27 10:02", "Víctor Núñez <vnunez@nunez-textil.es>", """
Buenos días,

Me encuentro fuera de la oficina hasta el 2 de diciembre inclusive. Responderé a su correo a mi regreso.

Víctor Núñez
Núñez Textil, S.A.
""", subj="Respuesta automática: Payment reminder: invoice INV-2241 now due – Hardy Joinery Ltd",
  inv="INV-2241", auto=True, return_date="2026-12-03", note="'hasta el 2 de diciembre inclusive' = back 3/12."),

C("s2040", "out_of_office", "2026-12-09 10:02", "Hannah Fischer <hannah.fischer@marbellaestates.es>", """
Estoy fuera de la oficina y vuelvo el 14 de diciembre.
I am currently out of the office and will be back on 14 December.

Hannah Fischer
Marbella Estates
""", subj="Automatic reply: Payment reminder: invoice INV-2258 now due – Hardy Joinery Ltd",
  inv="INV-2258", auto=True, return_date="2026-12-14", note="Bilingual Spanish/English."),

C("s2041", "out_of_office", "2026-11-19 10:02", "Álvaro Reyes <areyes@reyes-construcciones.es>", """
Hola,

Estos días estoy en una feria en Düsseldorf. A partir del lunes 23 estaré de nuevo en la oficina y contestaré su correo.

Un saludo
Álvaro Reyes
""", subj="Respuesta automática: Payment reminder: invoice INV-2263 now due – Hardy Joinery Ltd",
  inv="INV-2263", auto=True, return_date="2026-11-23"),

C("s2042", "out_of_office", "2026-12-03 10:02", "Eva Santana <esantana@santana-canarias.es>", """
Gracias por escribir. Estoy de viaje hasta el 10/12 y tendré acceso limitado al correo.

Eva Santana
""", subj="Respuesta automática: Payment reminder: invoice INV-2270 now due – Hardy Joinery Ltd",
  inv="INV-2270", auto=True, return_date="2026-12-10",
  note="'hasta el 10/12' labelled 10/12 (not stated inclusive). Peninsula time zone used although the name suggests the Canaries."),

# ---- other
C("s2043", "copy_request", "2026-11-10 11:45", "Compras Hipermueble <compras@hipermueble.es>", """
Buenos días,

Nuestro sistema de facturación no acepta facturas sin número de pedido. ¿Podrían reenviarnos la factura INV-2285 indicando nuestro pedido nº PO-77812? En cuanto la recibamos la tramitamos.

Saludos,
Departamento de Compras
""", inv="INV-2285", amount="£990.00", quote="outlook", note="Asks for a reissued invoice with PO number; no contest of the amount."),

C("s2044", "other", "2026-11-24 09:30", "Marcos Aguilar <marcos@aguilar-estudio.es>", """
Gracias, lo paso a contabilidad.
""", inv="INV-2204", quote="gmail",
  note="Acknowledgement only, forwarded internally; no commitment to pay."),

C("s2045", "other", "2026-12-10 17:05", "Irene Calvo <irene.calvo@calvo-diseno.es>", """
Hola,

Me ha llegado este correo desde una dirección que no conozco (reply.hardy-joinery.co.uk). ¿Es legítimo? Últimamente recibimos muchos correos de phishing con facturas falsas. ¿Me podéis confirmar por teléfono al 655 310 287?

Gracias,
Irene
""", inv="INV-2211", to="r+abc123@reply.hardy-joinery.co.uk", quote="gmail",
  note="Asks whether the reminder is genuine."),
]


# ---------------------------------------------------------------- Italian (IT)
IT_KNOWN = ["INV-3307", "INV-3312", "INV-3319", "INV-3325", "INV-3331", "INV-3346", "INV-3352",
            "INV-3360", "INV-3368", "INV-3374"]

IT = [
C("i2001", "promise", "2026-11-02 09:25", "Marco Bianchi <m.bianchi@bianchiarredamenti.it>", """
Buongiorno,

chiedo scusa per il ritardo, la fattura mi era sfuggita. Pagheremo entro venerdì.

Cordiali saluti
Marco Bianchi
""", inv="INV-3307", quote="gmail", promise_date="2026-11-06", note="Mail Monday 2/11; 'entro venerdì' = 6/11."),

C("i2002", "promise", "2026-11-11 11:40", "Amministrazione Edil Serra <amministrazione@edilserra.it>", """
Spett.le Hardy Joinery,

in riferimento al Vs. sollecito, Vi comunichiamo che la fattura INV-3312 verrà saldata entro il 15.

Distinti saluti

Giovanna Serra
Ufficio Amministrazione
Edil Serra S.r.l.
Via dell'Industria 22 – 25030 Castel Mella (BS)
Tel. 030 258 7410 – P.IVA 02874560987
""", inv="INV-3312", amount="€4,650.00", quote="outlook", html="outlook", promise_date="2026-11-15"),

C("i2003", "promise", "2026-11-18 15:10", "Chiara Romano <chiara.romano@studioromano.it>", """
Ciao,

sì lo so, siamo in ritardo. Mettiamo tutto a posto a fine mese quando incassiamo da un cliente grosso. Grazie della pazienza!

Chiara
""", inv="INV-3319", quote="gmail", promise_date="2026-11-30"),

C("i2004", "promise", "2026-11-07 19:30", "Giuseppe Esposito <peppe.esposito@libero.it>", """
ok provvedo al piu presto scusate

Inviato da iPhone
""", inv="INV-3325", amount="€720.00", note="Phone-typed, no accents, no date."),

C("i2005", "promise", "2026-11-27 10:00", "Studio Commercialista Ferri <studio@ferricommercialisti.it>", """
Gentili Signori,

scriviamo per conto della nostra cliente Falegnameria Conti S.n.c., di cui curiamo la contabilità.

La fattura INV-3331 è stata registrata e il relativo bonifico sarà disposto il 10 dicembre, data del prossimo pagamento fornitori.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Dott. Alessandro Ferri
Dottore Commercialista – Revisore Legale
Studio Ferri & Associati
Corso Vittorio Emanuele II, 114 – 10121 Torino
Tel. 011 562 33 08
""", inv="INV-3331", amount="€2,980.00", kind="second", quote="outlook", html="outlook",
  promise_date="2026-12-10", note="Accountant for client."),

C("i2006", "promise", "2026-11-19 12:20", "Francesca Galli <f.galli@galli-interni.it>", """
Buongiorno,

abbiamo ricevuto il vostro promemoria. Provvederemo al pagamento entro 10 giorni.

Saluti
Francesca Galli
Galli Interni – Bergamo
""", inv="INV-3346", quote="gmail", promise_date="2026-11-29", note="'entro 10 giorni' from 19/11 = 29/11."),

C("i2007", "promise", "2026-11-26 17:45", "Luca Moretti <luca.moretti@morettiimpianti.it>", """
Salve,

il titolare rientra lunedì e firma i bonifici martedì prossimo, quindi il pagamento parte martedì.

Luca Moretti
Moretti Impianti S.r.l.
""", inv="INV-3352", amount="€1,390.00", quote="apple", promise_date="2026-12-01",
  note="Mail Thursday 26/11; 'martedì prossimo' = 1/12."),

C("i2008", "promise", "2026-12-04 11:05", "Roberta Costa <roberta.costa@costahotel.it>", """
Buongiorno,

oggi abbiamo disposto un acconto di 1.000,00 € sulla fattura INV-3360. Il saldo (2.400,00 €) lo verseremo entro il 20/12.

Grazie per la comprensione,
Roberta Costa
Hotel Costa – Rimini
""", inv="INV-3360", amount="€3,400.00", quote="gmail", promise_date="2026-12-20",
  note="Partial payment today (4/12) plus dated promise for the balance; labelled promise. Ambiguous with paid."),

C("i2009", "promise", "2026-11-10 08:50", "Paolo Ricci <paolo@ricci-serramenti.it>", """
Buongiorno, il bonifico lo faccio dopodomani appena mi accreditano un pagamento. Saluti, Paolo Ricci
""", inv="INV-3368", amount="€860.00", quote="gmail", promise_date="2026-11-12",
  note="'dopodomani' from Tuesday 10/11 = 12/11."),

C("i2010", "promise", "2026-12-16 16:35", "Stefano Marino <s.marino@marinocostruzioni.it>", """
Buonasera,

ci scusiamo, ma a dicembre abbiamo chiuso la cassa. Salderemo sicuramente dopo le feste.

Buon Natale
Stefano Marino
Marino Costruzioni S.p.A.
""", inv="INV-3374", amount="€6,200.00", kind="second", quote="outlook",
  note="'dopo le feste' is not a precise date: no promise_date."),

C("i2011", "promise", "2026-11-13 10:30", "Avv. Lorenzo Greco <l.greco@grecoimmobiliare.it>", """
Spett.le Hardy Joinery Ltd,

con la presente, preso atto del Vostro sollecito, la scrivente Greco Immobiliare S.r.l. si impegna a corrispondere l'importo dovuto di cui alla fattura INV-3307 entro e non oltre il 30/11/2026.

Distinti saluti.

Avv. Lorenzo Greco
Amministratore Unico
Greco Immobiliare S.r.l.
Piazza Cavour, 3 – 00193 Roma
PEC: grecoimmobiliare@pec.it
""", inv="INV-3307", kind="firm", html="outlook", promise_date="2026-11-30", note="Very formal."),

C("i2012", "promise", "2026-12-10 14:15", "Elisa Conti <elisa.conti@conti-design.it>", """
Ciao,

scusate, abbiamo avuto un cambio di banca. Payment will be done on Monday 14th, the new account is finally active. Vi mando la contabile appena fatto.

Elisa
""", inv="INV-3312", amount="€4,650.00", quote="gmail", promise_date="2026-12-14",
  note="Mixed Italian/English."),

C("i2013", "promise", "2026-11-05 13:00", "Davide Lombardi <d.lombardi@lombardi-store.it>", """
Buongiorno,

vi ringrazio della segnalazione, provvediamo la settimana prossima.

Davide Lombardi
""", inv="INV-3319", quote="outlook", note="'la settimana prossima' is not a precise date: no promise_date."),

C("i2014", "promise", "2026-12-02 09:15", "Ufficio Contabilità Legnami Fontana <contabilita@legnamifontana.it>", """
Buongiorno,

la fattura in oggetto è stata inserita nel pagamento fornitori di fine dicembre.

Cordiali saluti
Ufficio Contabilità
Legnami Fontana S.p.A. – Via Emilia Est 410, 41122 Modena
""", inv="INV-3325", amount="€720.00", quote="outlook", html="outlook", promise_date="2026-12-31",
  note="'fine dicembre' labelled as the month's last day (31/12)."),

# ---- paid
C("i2015", "paid", "2026-11-03 10:10", "Andrea Rizzo <andrea.rizzo@rizzo-group.it>", """
Buongiorno, abbiamo saldato. Saluti
""", inv="INV-3331", amount="€2,980.00", quote="gmail", note="No date."),

C("i2016", "paid", "2026-11-06 09:05", "Valentina Bruno <v.bruno@brunoeventi.it>", """
Buongiorno,

vi confermo che il bonifico è stato disposto ieri. Dovreste riceverlo a inizio settimana.

Cordiali saluti

Valentina Bruno
Bruno Eventi S.r.l.
Via Roma 87, 50123 Firenze
Tel. +39 055 238 1190
""", inv="INV-3346", quote="outlook", html="outlook", paid_on="2026-11-05"),

C("i2017", "paid", "2026-11-16 11:50", "Amministrazione Mobilificio Gatti <amministrazione@mobilificiogatti.it>", """
Spett.le ditta,

Vi informiamo che il pagamento della fattura INV-3352 è stato effettuato in data 12/11/2026 tramite bonifico bancario.
CRO/TRN: 0306912345678901482012IT

Distinti saluti
Amministrazione
Mobilificio Gatti S.n.c.
""", inv="INV-3352", amount="€1,390.00", quote="outlook", paid_on="2026-11-12"),

C("i2018", "paid", "2026-11-25 10:40", "Sara Colombo <sara.colombo@rinaldi-studio.it>", """
Buongiorno,

la Dott.ssa Rinaldi mi chiede di comunicarvi che il bonifico relativo alla fattura INV-3360 è partito lunedì.

Cordiali saluti
Sara Colombo
Segreteria – Studio Rinaldi
""", inv="INV-3360", amount="€3,400.00", quote="gmail", paid_on="2026-11-23",
  note="Assistant on behalf; mail Wednesday 25/11, 'lunedì' = 23/11."),

C("i2019", "paid", "2026-11-24 15:30", "Matteo De Luca <m.deluca@delucaimport.it>", """
Buongiorno,

il bonifico è stato disposto il 20/11, ma la nostra banca ha avuto un problema tecnico con i pagamenti esteri e ci dice che la valuta sarà il 24/11. Dovreste vederlo a breve, se non arriva fatemi sapere.

Matteo De Luca
De Luca Import S.r.l. – Napoli
""", inv="INV-3368", amount="£860.00", quote="gmail", html="gmail", qdays=8, paid_on="2026-11-20",
  note="Bank delay; paid_on = order date 20/11, value date 24/11 stated separately."),

C("i2020", "paid", "2026-12-01 21:10", "Giulia Ferrara <giulia.ferrara@gmail.com>", """
Salve, ho pagato oggi con carta di credito dal link che mi avete mandato. Grazie, Giulia Ferrara
""", inv="INV-3374", amount="€640.00", html="only", paid_on="2026-12-01", note="HTML-only message."),

C("i2021", "paid", "2026-12-03 12:25", "Roberto Mancini <r.mancini@mancini-edilizia.it>", """
ABBIAMO GIÀ PAGATO!!! Controllate il vostro estratto conto prima di mandare solleciti. È la terza mail che ricevo.
""", inv="INV-3307", kind="firm", quote="gmail", note="Angry, no date."),

C("i2022", "paid", "2026-12-03 08:40", "Tesoreria Gruppo Leone <tesoreria@gruppoleone.it>", """
Buongiorno,

Vi confermiamo che il bonifico per la fattura INV-3312 è stato eseguito in data odierna.

Cordiali saluti
Tesoreria – Gruppo Leone S.p.A.
""", inv="INV-3312", amount="€4,650.00", utc=True, quote="outlook", paid_on="2026-12-03",
  note="Date header in UTC (07:40 +0000) = 08:40 in Rome, same day."),

C("i2023", "paid", "2026-12-15 09:55", "Federico Gallo <federico@gallo-arte.it>", """
Ciao,

ho pagato venerdì scorso tramite home banking, mi sa che non vi è ancora arrivato. Se serve vi giro la ricevuta.

Federico
""", inv="INV-3319", quote="gmail", qdays=1, paid_on="2026-12-11", note="Mail Tuesday 15/12; 'venerdì scorso' = 11/12."),

C("i2024", "paid", "2026-11-30 12:10", "Martina Fabbri <martina.fabbri@fabbri-casa.it>", """
Buongiorno,

vi inoltro la contabile del bonifico del 27 novembre relativo alle fatture INV-3325 e INV-3331.

Cordiali saluti,
Martina Fabbri
Fabbri Casa S.r.l.
Viale Mazzini 40, 47121 Forlì
""", inv="INV-3325", amount="€720.00", html="outlook", paid_on="2026-11-27", note="Two invoices."),

C("i2025", "paid", "2026-12-07 16:20", "Giorgio Villa <giorgio.villa@villa-restauri.it>", """
Gentili signori,

vi ho spedito un assegno per posta il 2/12 per l'intero importo della fattura INV-3346. Dovrebbe arrivarvi in questi giorni.

Saluti
Giorgio Villa
""", inv="INV-3346", quote="gmail", paid_on="2026-12-02", note="Paid by cheque, posted 2/12."),

# ---- dispute
C("i2026", "dispute", "2026-11-09 10:35", "Ufficio Acquisti Serramenti Pellegrini <acquisti@serramentipellegrini.it>", """
Spett.le Hardy Joinery,

contestiamo la fattura INV-3352: i prezzi unitari applicati non corrispondono a quelli della Vs. offerta n. 2026/118 del 03/09/2026, da noi accettata. La differenza è di € 1.120,00 + IVA.

Restiamo in attesa di una nota di credito o di una fattura corretta.

Distinti saluti
Ufficio Acquisti
Serramenti Pellegrini S.r.l.
""", inv="INV-3352", amount="€6,890.00", quote="outlook", html="outlook"),

C("i2027", "dispute", "2026-11-13 14:45", "Simone Caruso <simone.caruso@caruso-ristorante.it>", """
Buongiorno,

i tavoli che ci avete consegnato hanno il piano che si sta già spaccando, e le sedie sono di un colore diverso da quello ordinato. Non pagheremo finché non sostituite la merce difettosa.

Simone Caruso
Ristorante da Caruso – Palermo
""", inv="INV-3360", quote="gmail"),

C("i2028", "dispute", "2026-11-18 09:20", "info@ottica-vision.it", """
Buongiorno,

non abbiamo mai ordinato nulla alla vostra azienda. Probabilmente avete sbagliato destinatario. Vi preghiamo di cancellare i nostri dati.

Ottica Vision
""", inv="INV-3368", amount="€860.00", quote="gmail", note="Never ordered."),

C("i2029", "dispute", "2026-11-23 11:15", "Laura Marchetti <l.marchetti@marchetti-uffici.it>", """
Buongiorno,

nella fattura INV-3374 ci sono 12 scrivanie, ma ne abbiamo ricevute 10 (vedi DDT n. 4471 del 28/10, firmato dal nostro magazziniere). Vi chiediamo di rettificare la quantità fatturata.

Grazie,
Laura Marchetti
Marchetti Uffici S.r.l.
Tel. 051 639 22 18 – Bologna
""", inv="INV-3374", amount="€6,200.00", quote="outlook", html="outlook", note="Wrong quantity billed."),

C("i2030", "dispute", "2026-11-26 10:05", "Amministrazione Hotel Bellavista <amministrazione@hotelbellavista.it>", """
Buongiorno,

la fattura INV-3307 è stata già stornata con la Vostra nota di credito NC-0042 del mese scorso, come concordato con il Sig. Hardy. Non risulta quindi alcun importo dovuto. Vi preghiamo di aggiornare la Vostra contabilità.

Cordiali saluti
Amministrazione – Hotel Bellavista, Sorrento
""", inv="INV-3307", quote="gmail", note="Invoice cancelled by a credit note."),

C("i2031", "dispute", "2026-12-01 12:00", "Ufficio Legale Carbone <legale@carbone-costruzioni.it>", """
Spett.le Hardy Joinery Ltd,

con riferimento alla fattura INV-3319, con la presente Vi denunciamo formalmente, ai sensi dell'art. 1495 c.c., i vizi riscontrati sulla fornitura di scale in rovere consegnata il 24/11/2026 (crepe longitudinali su quattro gradini e finitura non conforme al capitolato).

Contestiamo pertanto la fattura e sospendiamo il pagamento fino all'eliminazione dei vizi.

Distinti saluti
Ufficio Legale
Carbone Costruzioni S.p.A.
Via Toledo 156, 80134 Napoli
""", inv="INV-3319", kind="second", html="outlook", note="Formal notice of defects."),

C("i2032", "dispute", "2026-12-04 15:40", "James O'Neill <james.oneill@tuscanyliving.it>", """
Buongiorno,

scusate il mio italiano. The amount is not correct: you charged installation, but our own team installed the kitchen. Quindi la fattura va corretta, togliendo il montaggio.

James O'Neill
Tuscany Living – Siena
""", inv="INV-3325", amount="€2,720.00", quote="gmail", note="Mixed Italian/English."),

C("i2033", "dispute", "2026-12-09 10:20", "Direzione Acquisti Benedetti <acquisti@benedetti-retail.it>", """
Buongiorno,

la consegna relativa alla fattura INV-3331 è avvenuta con sei settimane di ritardo rispetto alla data concordata. Come previsto dall'art. 7 del contratto di fornitura, applichiamo la penale del 10% e pagheremo l'importo decurtato solo dopo ricevimento di una nota di credito.

Distinti saluti
Direzione Acquisti
Benedetti Retail S.p.A.
""", inv="INV-3331", amount="€2,980.00", quote="outlook", note="Applies contractual late-delivery penalty."),

C("i2034", "dispute", "2026-12-12 20:15", "Anna Sartori <anna.sartori@alice.it>", """
Ma state scherzando? Il parquet che avete posato si e gia sollevato in due punti e il vostro tecnico non si e mai presentato all appuntamento. Io non pago niente finche non sistemate tutto. Se continuate con questi solleciti mi rivolgo a un avvocato.
""", inv="INV-3346", kind="firm", quote="gmail", note="Consumer, angry, no accents."),

# ---- out of office
C("i2035", "out_of_office", "2026-11-13 10:02", "Claudio Ferraro <c.ferraro@ferraro-legno.it>", """
Buongiorno,

sono in ferie fino al 20 novembre. Per urgenze potete contattare l'ufficio al numero 0432 502 118.

Claudio Ferraro
""", subj="Risposta automatica: Payment reminder: invoice INV-3312 now due – Hardy Joinery Ltd",
  inv="INV-3312", auto=True, return_date="2026-11-20", note="'fino al 20 novembre' labelled 20/11 (not stated inclusive)."),

C("i2036", "out_of_office", "2026-11-24 10:02", "Barbara Longo <barbara.longo@longo-group.it>", """
Grazie per la sua e-mail.

Sono fuori ufficio. Rientrerò lunedì 30 novembre e risponderò al più presto.

Barbara Longo
Longo Group S.r.l.
""", subj="Risposta automatica: Second reminder: invoice INV-3325 overdue – Hardy Joinery Ltd",
  inv="INV-3325", kind="second", auto=True, html="outlook", return_date="2026-11-30"),

C("i2037", "out_of_office", "2026-12-18 10:02", "Falegnameria Morelli <info@falegnameriamorelli.it>", """
Gentile cliente/fornitore,

la nostra azienda resterà chiusa per le festività natalizie dal 21 dicembre al 10 gennaio incluso. Le e-mail ricevute in questo periodo saranno evase alla riapertura.

Buone Feste!
Falegnameria Morelli S.n.c.
Via dei Mestieri 9, 36100 Vicenza
""", subj="Risposta automatica: Third reminder: invoice INV-3331 overdue – Hardy Joinery Ltd",
  inv="INV-3331", kind="firm", auto=True, return_date="2027-01-11",
  note="'al 10 gennaio incluso' = back Monday 11/1/2027; year rollover."),

C("i2038", "out_of_office", "2026-11-09 10:03", "Giovanni Rossi <g.rossi@rossi-spedizioni.it>", """
Sono attualmente assente dall'ufficio. Per questioni amministrative scrivete a amministrazione@rossi-spedizioni.it.

Giovanni Rossi
""", subj="Risposta automatica: Payment reminder: invoice INV-3346 now due – Hardy Joinery Ltd",
  inv="INV-3346", auto=True, note="No return date."),

C("i2039", "out_of_office", "2026-12-02 10:02", "Silvia Pagano <silvia.pagano@pagano-design.it>", """
Sono fuori ufficio, di ritorno il 9 dicembre.
I am out of the office and will be back on 9 December.

Silvia Pagano | Pagano Design
""", subj="Automatic reply: Payment reminder: invoice INV-3352 now due – Hardy Joinery Ltd",
  inv="INV-3352", auto=True, return_date="2026-12-09", note="Bilingual Italian/English."),

C("i2040", "out_of_office", "2026-11-30 10:02", "Nicola Testa <n.testa@testa-impianti.it>", """
Buongiorno,

sarò fuori sede per lavoro fino a giovedì 3 dicembre incluso, con accesso limitato alla posta.

Nicola Testa
Testa Impianti S.r.l.
""", subj="Risposta automatica: Payment reminder: invoice INV-3360 now due – Hardy Joinery Ltd",
  inv="INV-3360", auto=True, return_date="2026-12-04", note="'fino a giovedì 3 dicembre incluso' = back 4/12."),

C("i2041", "out_of_office", "2026-12-07 10:02", "Ilaria Rinaldi <ilaria.rinaldi@rinaldi-tessuti.it>", """
Gentile mittente,

sono in congedo di maternità fino alla primavera. Per favore contattate la collega Monica Sala (m.sala@rinaldi-tessuti.it).

Ilaria Rinaldi
""", subj="Risposta automatica: Payment reminder: invoice INV-3368 now due – Hardy Joinery Ltd",
  inv="INV-3368", auto=True, note="Vague return ('fino alla primavera'): no return_date."),

C("i2042", "out_of_office", "2026-11-09 10:04", "Massimo Orlando <m.orlando@orlando-ceramiche.it>", """
Vi ringrazio per il messaggio. Sarò nuovamente in ufficio a partire dal 16/11.

Massimo Orlando
Orlando Ceramiche – Sassuolo (MO)
""", subj="Risposta automatica: Payment reminder: invoice INV-3374 now due – Hardy Joinery Ltd",
  inv="INV-3374", auto=True, return_date="2026-11-16"),

# ---- other
C("i2043", "other", "2026-11-12 11:20", "Contabilità Deco Srl <contabilita@decosrl.it>", """
Buongiorno,

non abbiamo ricevuto la fattura elettronica tramite SDI. Potete inviarcela indicando il nostro codice destinatario M5UXCR1? Senza fattura elettronica non possiamo registrarla né pagarla.

Grazie
Contabilità – Deco S.r.l.
""", inv="INV-3307", quote="outlook", note="Asks for the e-invoice via SDI."),

C("i2044", "other", "2026-11-20 16:05", "Tommaso Neri <tommaso.neri@neri-consulting.it>", """
Grazie per la segnalazione, verifico con l'amministrazione e vi faccio sapere.
""", inv="INV-3319", quote="gmail", note="Acknowledgement; no commitment to pay."),

C("i2045", "other", "2026-12-14 09:40", "Elena Gentile <elena.gentile@gentile-spa.it>", """
Buongiorno,

vi segnalo che da dicembre il referente per i pagamenti fornitori non sono più io ma il collega Fabio Serra (fabio.serra@gentile-spa.it). Vi chiedo di aggiornare i vostri contatti e di scrivere a lui per le prossime comunicazioni.

Cordiali saluti
Elena Gentile
""", inv="INV-3360", to="r+abc123@reply.hardy-joinery.co.uk", quote="gmail", note="Change of contact person."),
]


if __name__ == "__main__":
    for lang, cases, known in (("de", DE, DE_KNOWN), ("es", ES, ES_KNOWN), ("it", IT, IT_KNOWN)):
        build(lang, cases, known)
        print(lang, len(cases))
