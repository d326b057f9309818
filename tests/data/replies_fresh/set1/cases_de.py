"""German debtor replies, each written by hand. They answer letters in French or English (qlang)."""

import random


def C(date, frm, intent, body, inv="F-2026-0042", stage="reminder", q="gm_de", **kw):
    kw.setdefault("tz", "Europe/Berlin")
    kw.setdefault("country", "DE")
    kw.setdefault("kind", "reply")
    kw.setdefault("re", "AW: ")
    return dict(date=date, frm=frm, intent=intent, body=body, inv=inv, stage=stage, q=q, **kw)


IPHONE = "Von meinem iPhone gesendet"

_L = [
# ---------------------------------------------------------------- promise
C("2026-11-04 09:20", "Thomas Becker <t.becker@becker-haustechnik.de>", "promise", """
Guten Tag,

wir überweisen den offenen Betrag bis zum 15.

Mit freundlichen Grüßen
Thomas Becker
""", inv="F-2026-0112", q="ol_de", qlang="en", promise_date="2026-11-15"),

C("2026-11-10 14:05", "Buchhaltung Schulz GmbH <buchhaltung@schulz-gmbh.de>", "promise", """
Sehr geehrte Damen und Herren,

die Rechnung wird Ende des Monats beglichen.

Freundliche Grüße
Sabine Krüger
Buchhaltung
Schulz GmbH | Industriestr. 14 | 70565 Stuttgart
Tel. 0711 123456-20
""", inv="F-2026-0115", q="ol_de", html="ol", promise_date="2026-11-30"),

C("2026-11-17 11:42", "Markus Wagner <markus.wagner@web.de>", "promise", """
Hallo,
wir überweisen bis Freitag. Sorry für die Verspätung.
Markus
""", inv="F-2026-0118", qlang="en", promise_date="2026-11-20", note="'bis Freitag' on Tue 17 Nov = 20 Nov"),

C("2026-11-06 08:50", "Petra Hoffmann <p.hoffmann@hoffmann-druck.de>", "promise", """
Guten Morgen,

Zahlung erfolgt am 12.11.2026.

Gruß
P. Hoffmann
""", inv="F-2026-0113", q="tb_de", promise_date="2026-11-12"),

C("2026-11-19 16:25", "Kerstin Meyer <kerstin.meyer@meyer-design.de>", "promise", """
Hallo,

ich kümmere mich nächste Woche darum.

Viele Grüße
Kerstin
""", inv="F-2026-0120", qlang="en", note="'nächste Woche' with no day: no date labelled"),

C("2026-12-01 18:10", "jan.schroeder@gmx.de", "promise", """
überweisung geht morgen raus
""", inv="F-2026-0126", q="gm_de", sig=IPHONE, promise_date="2026-12-02"),

C("2026-11-23 10:30", "Einkauf Fischer AG <einkauf@fischer-ag.de>", "promise", """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Wir begleichen die Rechnung innerhalb von 10 Tagen.

Mit freundlichen Grüßen
Einkauf
Fischer AG
""", inv="F-2026-0122", q="ol_de", qlang="en", promise_date="2026-12-03", note="'innerhalb von 10 Tagen' = mail date + 10 days"),

C("2026-11-25 13:15", "Stefan Weber <stefan.weber@weber-bau.de>", "promise", """
Hallo,

Zahlung kommt Anfang Dezember, sobald unser Kunde gezahlt hat.

Gruß Stefan Weber
""", inv="F-2026-0123", stage="second_reminder", q="ol_de", note="'Anfang Dezember': no exact day, no date labelled"),

C("2026-11-30 09:40", "Buchhaltung Gruber <office@gruber-tischlerei.at>", "promise", """
Sehr geehrte Damen und Herren,

wir zahlen bis 7. Dezember.

Mit freundlichen Grüßen
Tischlerei Gruber
""", inv="F-2026-0125", qlang="en", tz="Europe/Vienna", country="AT", promise_date="2026-12-07"),

C("2026-12-09 15:55", "Reto Keller <reto.keller@keller-treuhand.ch>", "promise", """
Grüezi

Zahlung folgt am Montag, 14.12.

Freundliche Grüsse
Reto Keller
""", inv="F-2026-0129", q="ol_de", tz="Europe/Zurich", country="CH", promise_date="2026-12-14"),

C("2026-11-19 12:00", "Lisa Neumann <lisa.neumann@neumann-events.de>", "promise", """
Hallo zusammen,

wir zahlen zum 1. des nächsten Monats, dann ist unser Zahlungslauf.

LG Lisa
""", inv="F-2026-0119", qlang="en", promise_date="2026-12-01"),

C("2026-12-15 10:20", "Tobias Klein <tobias.klein@t-online.de>", "promise", """
Sorry, ist untergegangen. Zahle heute noch über den Link.
""", inv="F-2026-0131", q="gm_de", promise_date="2026-12-15"),

# ---------------------------------------------------------------- paid
C("2026-11-06 10:12", "Andrea Schmitt <a.schmitt@schmitt-elektro.de>", "paid", """
Guten Tag,

der Betrag wurde bereits am 03.11. überwiesen.

Mit freundlichen Grüßen
Andrea Schmitt
""", inv="F-2026-0114", q="ol_de", paid_on="2026-11-03"),

C("2026-11-18 08:35", "Frank Wolf <frank.wolf@wolf-logistik.de>", "paid", """
Die Zahlung ist gestern raus.
""", inv="F-2026-0117", qlang="en", paid_on="2026-11-17"),

C("2026-11-24 19:45", "Uwe Braun <uwe.braun@gmx.net>", "paid", """
Haben wir doch schon bezahlt!!
""", inv="F-2026-0121", stage="second_reminder", q="gm_de"),

C("2026-11-23 11:10", "Buchhaltung Zimmermann <buchhaltung@zimmermann-kg.de>", "paid", """
Sehr geehrte Damen und Herren,

anbei der Überweisungsbeleg vom 20.11.2026.

Mit freundlichen Grüßen
Buchhaltung Zimmermann KG
""", inv="F-2026-0120", q="ol_de", attach="Ueberweisung_20112026.pdf", paid_on="2026-11-20"),

C("2026-11-27 14:30", "Kreditorenbuchhaltung <kreditoren@hartmann-maschinenbau.de>", "paid", """
Sehr geehrte Damen und Herren,

die Rechnung F-2026-0124 wurde mit Valuta 25.11.2026 beglichen.

Mit freundlichen Grüßen

Monika Lange
Kreditorenbuchhaltung
Hartmann Maschinenbau GmbH
Am Hafen 3, 28197 Bremen
Tel. +49 421 5550 312
""", inv="F-2026-0124", q="ol_de", html="ol", qlang="en", paid_on="2026-11-25"),

C("2026-12-02 16:00", "Julia Koch <julia.koch@koch-physio.de>", "paid", """
Hallo,
der Betrag wurde heute angewiesen.
Viele Grüße
Julia Koch
""", inv="F-2026-0127", q="gm_de", html="gm", paid_on="2026-12-02"),

C("2026-12-04 21:10", "Daniel Richter <daniel.richter@icloud.com>", "paid", """
Hab über den Link mit Karte gezahlt, müsste angekommen sein.
""", inv="F-2026-0128", qlang="en", sig=IPHONE),

C("2026-12-10 09:25", "Claudia Schäfer <c.schaefer@schaefer-reisen.de>", "paid", """
Guten Morgen,

die Überweisung wurde am Montag ausgeführt.

Gruß
Claudia Schäfer
""", inv="F-2026-0130", q="ol_de", paid_on="2026-12-07", note="'am Montag' on Thu 10 Dec = 7 Dec"),

C("2026-12-11 12:05", "m.krause@krause-it.de", "paid", """
Bezahlt. Gruß
""", inv="F-2026-0132", q="tb_de"),

C("2026-12-14 10:40", "Ralf Lehmann <ralf.lehmann@lehmann-gartenbau.de>", "paid", """
Hallo,

Sie sollten das Geld inzwischen haben, wir haben letzte Woche überwiesen.

Gruß Ralf Lehmann
""", inv="F-2026-0133", stage="second_reminder", qlang="en", note="'letzte Woche' is not a day: no paid_on"),

# ---------------------------------------------------------------- dispute
C("2026-11-09 13:30", "Bernd Schulze <b.schulze@schulze-fenster.de>", "dispute", """
Guten Tag,

die Rechnung ist falsch. Vereinbart waren 850 € netto, Sie berechnen 1.240,00 €. Bitte korrigieren Sie die Rechnung.

Mit freundlichen Grüßen
Bernd Schulze
""", inv="F-2026-0116", amt=1240.00, q="ol_de"),

C("2026-11-12 10:00", "Einkauf Vogel GmbH <einkauf@vogel-gmbh.de>", "dispute", """
Sehr geehrte Damen und Herren,

wir haben diese Leistung nie bestellt. Bitte prüfen Sie Ihre Unterlagen.

Mit freundlichen Grüßen
Einkauf
""", inv="F-2026-0117", qlang="en", q="ol_de"),

C("2026-11-20 15:20", "Sandra Jung <sandra.jung@jung-moebel.de>", "dispute", """
Hallo,

die Ware kam beschädigt an (zwei Stuhlbeine gebrochen). Wir haben am 5.11. reklamiert und warten noch auf eine Gutschrift. Bis dahin zahlen wir nicht.

Sandra Jung
""", inv="F-2026-0118", q="gm_de", html="gm"),

C("2026-11-26 09:15", "Buchhaltung Roth <buchhaltung@roth-metall.de>", "dispute", """
Guten Tag,

der Betrag stimmt nicht, das vereinbarte Skonto von 2 % wurde nicht berücksichtigt.

Freundliche Grüße
Roth Metallbau
""", inv="F-2026-0123", q="ol_de"),

C("2026-12-03 11:45", "Dr. Helmut Brandt <h.brandt@brandt-kanzlei.de>", "dispute", """
Sehr geehrte Damen und Herren,

wir widersprechen Ihrer Mahnung. Die Arbeiten wurden mangelhaft ausgeführt; die Mängel haben wir Ihnen mit Schreiben vom 2. November angezeigt. Eine Zahlung erfolgt erst nach vollständiger Nachbesserung.

Mit freundlichen Grüßen
Dr. Helmut Brandt
Rechtsanwalt
""", inv="F-2026-0126", stage="firm", q="ol_de"),

C("2026-12-07 08:55", "Nicole Haas <nicole.haas@haas-catering.de>", "dispute", """
Hallo,
die Rechnung wurde doppelt gestellt, siehe F-2026-0119. Die haben wir schon bezahlt.
Gruß Nicole
""", inv="F-2026-0128", qlang="en", extra_known=["F-2026-0119"], note="duplicate invoice; says the other one was paid"),

C("2026-12-10 14:35", "Wareneingang Lorenz <wareneingang@lorenz-handel.de>", "dispute", """
Guten Tag,

die Lieferung war unvollständig, es fehlen 4 von 10 Positionen. Wir zahlen erst nach Nachlieferung.

Mit freundlichen Grüßen
Lorenz Handel GmbH
""", inv="F-2026-0130", q="ol_de", html="ol"),

C("2026-12-16 10:10", "Kreditoren Berger <kreditoren@berger-ag.de>", "dispute", """
Sehr geehrte Damen und Herren,

Ihre Rechnung enthält keine USt-IdNr. und ist daher nicht ordnungsgemäß. Bitte senden Sie uns eine korrigierte Rechnung, erst dann können wir sie buchen.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
""", inv="F-2026-0134", qlang="en", q="ol_de", note="invoice rejected as formally incomplete (missing VAT id), asks for a corrected invoice"),

# ---------------------------------------------------------------- out_of_office
C("2026-11-13 10:03", "Martin Schneider <m.schneider@schneider-bau.de>", "out_of_office", """
Guten Tag,

ich bin bis einschließlich 20.11. nicht im Büro. Ab dem 23.11. bin ich wieder erreichbar.

Mit freundlichen Grüßen
Martin Schneider
""", inv="F-2026-0115", q=None, kind="ooo", re="Abwesenheitsnotiz: ", return_date="2026-11-23"),

C("2026-11-16 09:31", "Anja Werner <anja.werner@werner-consulting.de>", "out_of_office", """
Vielen Dank für Ihre Nachricht.

Ich bin derzeit nicht im Büro und ab dem 24.11. wieder im Büro. Ihre E-Mail wird nicht weitergeleitet.

Beste Grüße
Anja Werner
""", inv="F-2026-0119", q=None, kind="ooo", re="Abwesenheitsnotiz: ", return_date="2026-11-24"),

C("2026-11-30 14:16", "Florian Peters <florian.peters@peters-sanitaer.de>", "out_of_office", """
Hallo,

ich bin im Urlaub und ab Montag, 7. Dezember wieder da.

Gruß
Florian Peters
""", inv="F-2026-0125", q=None, kind="ooo", re="Automatische Antwort: ", qlang="en", return_date="2026-12-07"),

C("2026-12-03 07:00", "Heike Schwarz <heike.schwarz@schwarz-immobilien.de>", "out_of_office", """
Vielen Dank für Ihre Nachricht. Ich bin derzeit nicht erreichbar und melde mich nach meiner Rückkehr.
""", inv="F-2026-0126", q=None, kind="ooo", re="Automatische Antwort: ", html="ol"),

C("2026-12-18 08:45", "Info Bäckerei Sommer <info@baeckerei-sommer.de>", "out_of_office", """
Liebe Kundinnen und Kunden, liebe Geschäftspartner,

unser Büro ist vom 23.12.2026 bis 01.01.2027 geschlossen. Ab dem 04.01.2027 sind wir wieder für Sie da.

Frohe Weihnachten!
Ihr Team der Bäckerei Sommer
""", inv="F-2026-0133", q=None, kind="ooo", re="Abwesenheitsnotiz: ", return_date="2027-01-04",
   note="auto-reply sent before the closure starts"),

C("2026-11-27 10:02", "Oliver Krüger <oliver.krueger@krueger-export.de>", "out_of_office", """
Ich bin bis 4.12. abwesend und habe keinen Zugriff auf meine E-Mails.

I am out of office until 4 December with no access to e-mail.

Oliver Krüger
""", inv="F-2026-0124", q=None, kind="ooo", re="Abwesenheitsnotiz: ", qlang="en", note="'bis 4.12.' without a return day: no return_date"),

C("2026-11-25 14:15", "Katrin Hahn <katrin.hahn@hahn-versand.de>", "out_of_office", """
Guten Tag,

ich befinde mich in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich in Rechnungsfragen an buchhaltung@hahn-versand.de.

Katrin Hahn
""", inv="F-2026-0122", q=None, kind="ooo", re="Abwesenheitsnotiz: ", note="auto-reply that names another address: labelled out_of_office, not contact_change"),

C("2026-11-26 08:30", "Sven Lang <sven.lang@lang-autohaus.de>", "out_of_office", """
Guten Tag,

ich bin am 30.11. wieder im Haus und beantworte Ihre Nachricht dann.

Mit freundlichen Grüßen
Sven Lang
""", inv="F-2026-0121", q=None, kind="ooo", re="Abwesenheitsnotiz: ", return_date="2026-11-30"),

# ---------------------------------------------------------------- other
C("2026-11-11 11:20", "Susanne Frank <susanne.frank@frank-optik.de>", "other", """
Danke für die Info, ich leite das an unsere Buchhaltung weiter.
""", inv="F-2026-0114", qlang="en", note="forwarding to the accounts department, no commitment"),

C("2026-12-08 16:40", "Michael Berg <michael.berg@berg-holzbau.de>", "other", """
Guten Tag,

können Sie mich bitte kurz anrufen? 0171 2345678. Ich würde das gern telefonisch klären.

Michael Berg
""", inv="F-2026-0129", q="ol_de"),
]

_order = list(range(len(_L)))
random.Random(20261103).shuffle(_order)
CASES = []
for n, i in enumerate(_order, 1):
    c = dict(_L[i])
    c["id"] = f"de{n:03d}"
    CASES.append(c)
CASES.sort(key=lambda c: c["id"])
