"""German debtor replies (part de, set 9). Creditor: Kessler Sicherheitstechnik GmbH, Würzburg
(alarm systems, video surveillance, fire alarm maintenance, locking systems, alarm-centre monitoring).
Every body below was written by hand for its case."""

CASES = []

# ---------------------------------------------------------------- batch 1
CASES += [
    dict(id="s9de001", date="2026-12-08T10:14", fmt="outlook", stage="reminder", ago=1,
         inv="KS-2026-1043", amt="1.874,60", due="2026-11-20",
         frm="Sandra Wöhrle <s.woehrle@hollmann-spedition.de>",
         intent="promise", promise_date="2026-12-11",
         note="Invoice now approved internally; transfer 'bis Freitag' = Friday 11 Dec 2026 (reply on Tue 8 Dec).",
         body="""Guten Morgen,

die Rechnung ist bei uns leider im Freigabeprozess hängen geblieben, weil der Arbeitsnachweis vom Monteur nicht beim Vorgang lag. Das ist jetzt erledigt, Herr Hollmann hat heute abgezeichnet. Die Überweisung geht bis Freitag raus.

Mit freundlichen Grüßen

Sandra Wöhrle
Buchhaltung

Spedition Hollmann GmbH & Co. KG
Industriestraße 22 · 97228 Rottendorf
Tel. 09302 9870-14 · Fax 09302 9870-99
s.woehrle@hollmann-spedition.de

Sitz Rottendorf, AG Würzburg HRA 4471
Persönlich haftende Gesellschafterin: Hollmann Verwaltungs GmbH, AG Würzburg HRB 8823
Geschäftsführer: Thomas Hollmann, Jens Hollmann"""),

    dict(id="s9de002", date="2026-12-10T19:42", fmt="apple", stage="second_reminder", ago=2,
         inv="KS-2026-0987", amt="389,00", due="2026-11-15",
         frm="Taxi Yilmaz <taxi.yilmaz@gmx.de>",
         intent="paid", paid_on="2026-12-09",
         note="Says he transferred the amount 'gestern' = 9 Dec 2026.",
         body="""hab gestern überwiesen. 389 euro. bitte nicht nochmal mahnen

gruss yilmaz

Von meinem iPhone gesendet"""),

    dict(id="s9de003", date="2026-12-11T11:05", fmt="html_outlook", stage="reminder", ago=3,
         inv="KS-2026-1061", amt="2.146,50", due="2026-11-25",
         frm="Kraus, Martina <verwaltung@lindenhof-veitshoechheim.de>",
         intent="dispute",
         note="Contests extra travel flat fee and unordered smoke detector replacement on a maintenance invoice; asks for a corrected invoice and will only pay the undisputed part after that.",
         body="""Sehr geehrte Damen und Herren,

zu o. g. Rechnung müssen wir leider Widerspruch einlegen.

Laut unserem Wartungsvertrag vom 14.03.2024 ist die jährliche Wartung der Brandmeldeanlage einschließlich Anfahrt mit einer Pauschale abgegolten. In Ihrer Rechnung sind zusätzlich eine Anfahrtspauschale (89,00 €) sowie 4,5 Stunden „Austausch Rauchmelder Wohnbereich 2“ enthalten. Einen Auftrag für diesen Austausch haben wir nicht erteilt, ein Kostenvoranschlag liegt uns ebenfalls nicht vor. Unser Haustechniker, Herr Brückner, war bei der Wartung anwesend und hat lediglich das Prüfprotokoll unterschrieben.

Bitte prüfen Sie den Vorgang und senden Sie uns eine korrigierte Rechnung. Den unstrittigen Wartungsbetrag überweisen wir nach Eingang der Korrektur umgehend.

Mit freundlichen Grüßen

i. A. Martina Kraus
Verwaltung

Seniorenresidenz Am Lindenhof gGmbH
Lindenallee 7
97209 Veitshöchheim
Telefon 0931 960 41-0
verwaltung@lindenhof-veitshoechheim.de
Geschäftsführerin: Dr. Ursula Menzel · Amtsgericht Würzburg HRB 9914"""),

    dict(id="s9de004", date="2026-12-21T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="KS-2026-0958", amt="742,84", due="2026-11-27",
         frm="Hofmann, Bernd <bernd.hofmann@landratsamt-msp.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: away 21 Dec 2026 to 1 Jan 2027 inclusive, back from 4 Jan 2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin vom 21.12.2026 bis einschließlich 01.01.2027 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an die Kreiskasse, Telefon 09353 793-1240, oder an kreiskasse@landratsamt-msp.de.

Ab dem 04.01.2027 bin ich wieder erreichbar.

Mit freundlichen Grüßen
Bernd Hofmann
Landratsamt Main-Spessart
Sachgebiet 12 – Kreisfinanzen"""),

    dict(id="s9de005", date="2026-12-09T14:22", fmt="outlook", stage="reminder", ago=2,
         inv="KS-2026-1012", amt="6.920,00", due="2026-11-30",
         frm="Kreditorenbuchhaltung Vantor <kreditoren.de@vantor-automotive.com>",
         intent="copy_request",
         note="Group AP cannot match the invoice: asks for it to be resubmitted with a purchase-order number via their invoice portal.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung liegt uns nicht vor bzw. konnte in unserem System keiner Bestellung zugeordnet werden.

Bitte beachten Sie, dass wir gemäß unseren Allgemeinen Einkaufsbedingungen ausschließlich Rechnungen bearbeiten, die eine gültige Bestellnummer (10-stellig, beginnend mit 45…) enthalten und über unser Rechnungseingangsportal (https://invoice.vantor-automotive.com) bzw. als PDF an invoices.de@vantor-automotive.com eingereicht werden. Papierrechnungen sowie Rechnungen, die an einzelne Mitarbeiter adressiert sind, können nicht bearbeitet werden.

Wir bitten Sie daher, uns die Rechnung unter Angabe der Bestellnummer erneut zukommen zu lassen. Die Bestellnummer erhalten Sie beim Besteller (laut Ihrer Rechnung Herr Lutz, Werkschutz). Das vereinbarte Zahlungsziel von 60 Tagen netto beginnt mit Eingang der prüffähigen Rechnung.

Mit freundlichen Grüßen

Accounts Payable / Kreditorenbuchhaltung
Vantor Automotive Components GmbH
Ernst-Sachs-Straße 40, 97424 Schweinfurt

Ticket: AP-DE-2026-118734
Diese E-Mail wurde aus einem Funktionspostfach versendet. Bitte geben Sie bei Rückfragen stets die Ticketnummer an.

Vantor Automotive Components GmbH · Sitz: Schweinfurt · Registergericht: Amtsgericht Schweinfurt HRB 5127
Geschäftsführung: Dr. Henrik Allmendinger (Vorsitz), Claudia Ruf"""),

    dict(id="s9de006", date="2026-12-09T21:10", fmt="gmail", stage="reminder", ago=2,
         inv="KS-2026-1077", amt="412,30", due="2026-11-30",
         frm="Fahrschule Schenk <info@fahrschule-schenk.de>",
         intent="promise", promise_date="2026-12-15",
         note="Very short: will pay 'am 15.' = 15 Dec 2026.",
         body="""Hallo,
zahle am 15.
Gruß M. Schenk"""),

    dict(id="s9de007", date="2026-12-14T16:48", fmt="tb", stage="firm", ago=4,
         inv="KS-2026-0934", amt="3.285,00", due="2026-10-31",
         frm="Hotel Zum Goldenen Hirschen <buchhaltung@goldener-hirsch-ochsenfurt.de>",
         intent="paid", paid_on="2026-12-14",
         note="Partial payment of 1,500 EUR transferred today; the rest only vaguely 'im Januar'. Labelled paid (payment made), with a request to waive interest.",
         body="""Guten Tag,

wir haben heute eine Teilzahlung über 1.500,00 € auf die Rechnung KS-2026-0934 überwiesen. Den Restbetrag von 1.785,00 € überweisen wir im Januar, sobald die Weihnachtsfeiern abgerechnet sind. Ich hoffe, das ist so in Ordnung – und ich würde Sie bitten, von den Verzugszinsen abzusehen, wir sind ja schon seit Jahren Kunde bei Ihnen.

Freundliche Grüße aus Ochsenfurt

Katharina Endres
Hotel Zum Goldenen Hirschen
Hauptstraße 31 · 97199 Ochsenfurt
Tel. 09331 8044-0
www.goldener-hirsch-ochsenfurt.de"""),

    dict(id="s9de008", date="2026-12-16T07:12", fmt="gmail", stage="second_reminder", ago=1,
         inv="KS-2026-1120", amt="1.136,80", due="2026-12-05",
         frm="Metzgerei Rüdinger <metzgerei.ruedinger@t-online.de>",
         intent="dispute",
         note="Angry: camera in the cold store broken for three weeks, technician did not come; refuses to pay until the system works.",
         body="""Also jetzt reichts mir langsam. Die kamera im kühlhaus geht seit drei wochen nicht, ich hab zweimal angerufen, euer techniker sollte letzten dienstag kommen und ist nicht gekommen. zurückgerufen hat auch keiner. aber mahnungen schicken das klappt!!

Ich zahl die rechnung erst wenn die anlage läuft wie sie soll. Und nicht vorher.

Metzgerei Rüdinger
Georg Rüdinger
Marktplatz 4, Karlstadt
0171 5523918"""),

    dict(id="s9de009", date="2026-12-19T20:35", fmt="gmail", stage="firm", ago=5,
         inv="KS-2026-0911", amt="3.480,00", due="2026-10-30",
         frm="Daniel Sauer <dani.sauer84@web.de>",
         intent="plan_request",
         note="Private customer on sick pay asks to pay the alarm system in monthly instalments; no date or amount committed.",
         body="""Sehr geehrte Damen und Herren,

es tut mir leid, dass die Rechnung für die Alarmanlage noch offen ist. Ich war seit Oktober länger krankgeschrieben und bekomme im Moment nur Krankengeld, deshalb kann ich die 3.480 € nicht auf einmal bezahlen.

Wäre es möglich, den Betrag in monatlichen Raten abzuzahlen? Wie hoch die Raten sein müssten, können Sie mir gern vorschlagen, ich würde mich da nach Ihnen richten. Über eine kurze Rückmeldung wäre ich sehr dankbar.

Mit freundlichen Grüßen
Daniel Sauer
Am Kirchberg 12
97272 Kleinrinderfeld"""),

    dict(id="s9de010", date="2026-12-10T08:34", fmt="bounce", stage="second_reminder",
         inv="KS-2026-0966", amt="508,20", due="2026-11-20",
         rcpt="info@trattoria-da-enzo-wuerzburg.de", status="5.1.1", remote="mx00.ionos.de",
         diag="550 5.1.1 <info@trattoria-da-enzo-wuerzburg.de>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: restaurant mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

info@trattoria-da-enzo-wuerzburg.de

The recipient's mail server permanently rejected the message (550 5.1.1 user unknown)."""),
]

# ---------------------------------------------------------------- batch 2
CASES += [
    dict(id="s9de011", date="2026-12-15T09:48", fmt="outlook", stage="reminder", ago=3,
         inv="KS-2026-1098", amt="624,75", due="2026-11-30",
         frm="Sekretariat Grundschule Gerbrunn <sekretariat@gs-gerbrunn.de>",
         intent="contact_change", new_email="kaemmerei@gemeinde-gerbrunn.de",
         note="School has no budget of its own; asks that the invoice and future reminders go to the municipal treasury address.",
         body="""Sehr geehrte Damen und Herren,

die Schule hat keinen eigenen Haushalt, Rechnungen für das Schulgebäude (hier: Transponder und Zylinder für die Schließanlage) bezahlt der Sachaufwandsträger. Bitte schicken Sie die Rechnung und auch künftige Erinnerungen direkt an die Kämmerei der Gemeinde: kaemmerei@gemeinde-gerbrunn.de

Ich habe Ihre Mail schon dorthin weitergeleitet. Damit es aber nicht wieder bei uns landet, ändern Sie bitte die Adresse in Ihrem System.

Freundliche Grüße
Petra Lang
Sekretariat

Grundschule Gerbrunn
Schulstraße 5
97218 Gerbrunn
Tel. 0931 70 59 13"""),

    dict(id="s9de012", date="2026-12-17T22:05", fmt="html_gmail", stage="reminder", ago=1,
         inv="KS-2026-1134", amt="297,50", due="2026-12-10",
         frm="Jonas Albrecht <j.albrecht@albrecht-architektur.de>",
         intent="paid", paid_on="2026-12-17",
         note="Paid 'eben' by credit card through the payment link, on the day of the reply.",
         body="""Hallo zusammen,

danke für die Erinnerung, ist mir tatsächlich durchgerutscht. Ich habe eben über Ihren Link mit Kreditkarte bezahlt, die Bestätigung kam auch schon per Mail. Sollte also erledigt sein.

Schöne Feiertage!
Jonas Albrecht

--
Albrecht Architektur
Dipl.-Ing. (FH) Jonas Albrecht, Architekt BDA
Semmelstraße 46 · 97070 Würzburg
T 0931 3049 7712 · M 0160 9921 4480"""),

    dict(id="s9de013", date="2026-12-16T13:02", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="KS-2026-1009", amt="11.305,00", due="2026-11-28",
         frm="Jäger, Melanie <melanie.jaeger@kronau-foodgroup.com>",
         intent="promise", promise_date="2026-12-22",
         note="Group AP: invoice released, payment scheduled in the payment run on 22.12.2026. The invoice date 29.10.2026 is not a label.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Zahlungserinnerung.

Die Rechnung KS-2026-1009 vom 29.10.2026 über 11.305,00 € (Bestellnummer 4500871236) wurde zwischenzeitlich sachlich freigegeben. Die Verzögerung resultierte aus einer fehlenden Wareneingangsbuchung, die inzwischen nachgeholt wurde.

Die Zahlung ist für unseren nächsten Zahllauf am 22.12.2026 vorgesehen. Wir bitten, die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen / Kind regards

Melanie Jäger
Accounts Payable
Shared Service Center Finance

KRONAU Food Group SE
Am Bahnhof 9 · 97318 Kitzingen
Phone +49 9321 7704-318
melanie.jaeger@kronau-foodgroup.com

Sitz der Gesellschaft: Kitzingen · Registergericht: Amtsgericht Würzburg HRB 15920
Vorstand: Dr. Rainer Klotz (Vorsitzender), Sibylle Hartung · Vorsitzender des Aufsichtsrats: Prof. Dr. Ernst Waldner"""),

    dict(id="s9de014", date="2026-12-23T08:30", fmt="ooo", stage="reminder", ago=0,
         inv="KS-2026-1141", amt="956,00", due="2026-12-12",
         frm="Marco Dietz <m.dietz@dietz-logistik.de>", subj_prefix="Abwesenheitsnotiz: ",
         intent="out_of_office", return_date="2027-01-11",
         note="Holiday up to and including Friday 8 January 2027; first working day back is Monday 11 January.",
         body="""Hallo,

ich bin bis einschließlich 8. Januar 2027 im Urlaub und lese meine E-Mails in dieser Zeit nicht.

Bei Fragen zu Touren und Disposition: dispo@dietz-logistik.de, Tel. 09721 6477-20
Bei Rechnungen und Zahlungen: buchhaltung@dietz-logistik.de

Frohe Weihnachten und einen guten Rutsch!
Marco Dietz
Dietz Logistik GmbH, Schweinfurt"""),

    dict(id="s9de015", date="2026-12-14T11:20", fmt="outlook", stage="reminder", ago=4,
         inv="KS-2026-1088", amt="1.960,00", due="2026-11-30",
         frm="Thomas Vogel <t.vogel@hotel-residenzblick.de>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new IBAN in Lithuania; asks the firm to confirm which bank account is valid before paying.",
         body="""Sehr geehrte Damen und Herren,

bevor wir die Rechnung bezahlen, eine Rückfrage: Letzte Woche haben wir per E-Mail ein Schreiben angeblich von Ihnen bekommen, dass sich Ihre Bankverbindung geändert hat (neue IBAN bei einer Bank in Litauen). Auf Ihrer Rechnung steht aber noch die Sparkasse Mainfranken.

Können Sie uns bitte telefonisch oder schriftlich bestätigen, welche Bankverbindung gültig ist? Wir möchten ungern auf einen Betrug hereinfallen. Die betreffende Mail leite ich Ihnen gern weiter, falls Sie sie sehen möchten.

Mit freundlichen Grüßen

Thomas Vogel
Direktor

Hotel Residenzblick
Balthasar-Neumann-Promenade 8 · 97070 Würzburg
Tel. +49 931 46 09 80 · Fax +49 931 46 09 899
www.hotel-residenzblick.de
Residenzblick Hotelbetriebs GmbH · AG Würzburg HRB 11208 · GF: Thomas Vogel"""),

    dict(id="s9de016", date="2026-12-08T18:55", fmt="apple", stage="heads_up", ago=1,
         inv="KS-2026-1151", amt="23,80", due="2026-12-15",
         frm="Renate Köhler <renate.koehler@arcor.de>",
         intent="unsubscribe",
         note="Pays the monthly monitoring fee by standing order; asks to be taken off the reminder mailing (invoices may still be sent).",
         body="""Guten Abend,

ich zahle die monatliche Gebühr für die Aufschaltung seit vier Jahren per Dauerauftrag, jeden Monat pünktlich. Trotzdem bekomme ich jetzt jeden Monat vor der Fälligkeit so eine „Erinnerung“. Das brauche ich wirklich nicht.

Bitte tragen Sie mich aus diesem Verteiler aus. Rechnungen können Sie mir natürlich weiter schicken, aber bitte keine Erinnerungen mehr.

Danke und Gruß
Renate Köhler"""),

    dict(id="s9de017", date="2026-12-17T23:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="KS-2026-1039", amt="845,00", due="2026-11-25",
         frm="Ristorante Il Gabbiano <ilgabbiano.kitzingen@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Phone-typed: will transfer 'am montag' = Monday 21 Dec 2026 (reply written Thursday night).",
         body="""sorry, ist im weihnachtsgeschäft total untergegangen. ich überweis das am montag, versprochen

grüße
luca
Ristorante Il Gabbiano"""),

    dict(id="s9de018", date="2026-12-08T10:02", fmt="html_outlook", stage="reminder", ago=1,
         inv="KS-2026-1006", amt="1.249,50", due="2026-11-26",
         frm="Merz, Stefan <fibu@pflegezentrum-hausammain.de>",
         intent="paid", paid_on="2026-12-02",
         note="Transfer made on 02.12.2026; crossed with the reminder; payment proof attached.",
         body="""Sehr geehrte Damen und Herren,

der Rechnungsbetrag von 1.249,50 € wurde von uns bereits am 02.12.2026 an Ihre Bankverbindung bei der Sparkasse Mainfranken Würzburg überwiesen (Verwendungszweck: KS-2026-1006 / Kd.-Nr. 20417). Vermutlich hat sich die Zahlung mit Ihrer Erinnerung überschnitten.

Den Zahlungsbeleg finden Sie im Anhang.

Mit freundlichen Grüßen
i. A. Stefan Merz
Finanzbuchhaltung

Pflegezentrum Haus am Main gGmbH
Mainkai 14 · 97828 Marktheidenfeld
Tel. 09391 5008-230
Amtsgericht Würzburg HRB 10341 · Geschäftsführer: Klaus-Dieter Amrhein"""),

    dict(id="s9de019", date="2027-01-08T12:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="KS-2026-1162", amt="1.547,00", due="2026-12-20",
         frm="Sabine Marx <taxi.marx.wue@gmail.com>",
         intent="copy_request",
         note="Never received this invoice; asks for it again as PDF to pass to the tax adviser before paying.",
         body="""Hallo,

ich kann mit der Rechnung nichts anfangen, bei uns ist keine Rechnung mit dieser Nummer eingegangen. Ist das die für die Kameras in den drei neuen Wagen? Das hat mein Mann damals mit Ihrem Herrn Kessler ausgemacht, aber eine Rechnung haben wir dafür nie bekommen.

Schicken Sie sie mir bitte nochmal als PDF, dann gebe ich sie an unseren Steuerberater weiter und wir überweisen.

Viele Grüße
Sabine Marx
Taxi Marx Würzburg
Tel. 0931 41 41 9"""),

    dict(id="s9de020", date="2027-01-13T15:10", fmt="outlook", stage="firm", ago=2,
         inv="KS-2026-0897", amt="2.380,00", due="2026-10-20",
         frm="Kanzlei Dr. Barth & Partner <insolvenz@barth-partner-wue.de>",
         intent="other",
         note="Insolvency administrator: proceedings opened against the debtor; claim must be filed with the administrator, no payment will be made.",
         body="""Sehr geehrte Damen und Herren,

Ihre an Herrn Werner Pfister (Gasthaus „Zur Krone“, Kist) gerichtete E-Mail vom 11.01.2027 wurde uns zuständigkeitshalber weitergeleitet.

Mit Beschluss des Amtsgerichts Würzburg – Insolvenzgericht – vom 18.12.2026 (Az. 1 IN 412/26) wurde über das Vermögen von Herrn Pfister das Insolvenzverfahren eröffnet und der Unterzeichner zum Insolvenzverwalter bestellt. Zahlungen auf Forderungen, die vor Verfahrenseröffnung begründet wurden, können durch den Schuldner nicht mehr geleistet werden.

Wir bitten Sie, Ihre Forderung unter Angabe von Grund und Betrag schriftlich zur Insolvenztabelle anzumelden (§ 174 InsO). Das Formular und weitere Informationen zum Verfahren finden Sie unter www.barth-partner-wue.de/verfahren. Von weiteren Mahnungen an den Schuldner bitten wir abzusehen.

Mit freundlichen Grüßen

Dr. Florian Barth
Rechtsanwalt · Fachanwalt für Insolvenz- und Sanierungsrecht
als Insolvenzverwalter

Dr. Barth & Partner Rechtsanwälte PartG mbB
Eichhornstraße 3 · 97070 Würzburg
Tel. 0931 780 560-0 · Fax 0931 780 560-99"""),
]

# ---------------------------------------------------------------- batch 3
CASES += [
    dict(id="s9de021", date="2027-01-14T10:40", fmt="outlook", stage="second_reminder", ago=3,
         inv="KS-2026-1105", amt="4.612,30", due="2026-12-18",
         frm="Schneider, Sabine (LRA HAS) <sabine.schneider@landratsamt-hassberge.de>",
         intent="promise", promise_date="2027-01-19",
         note="District office: invoice approved and passed to the treasury; payment in the next payment run on Tuesday 19.01.2027.",
         body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass sich die Bearbeitung der o. g. Rechnung aufgrund des Jahreswechsels und der vorläufigen Haushaltsführung verzögert hat.

Die Rechnung wurde zwischenzeitlich sachlich und rechnerisch richtig gezeichnet und der Kreiskasse zur Auszahlung übergeben. Die Auszahlung erfolgt mit dem nächsten Zahllauf am Dienstag, den 19.01.2027.

Wir bitten um Verständnis.

Mit freundlichen Grüßen
Im Auftrag

Sabine Schneider
Landratsamt Haßberge
Sachgebiet 23 – Hochbau und Liegenschaften
Am Herrenhof 1, 97437 Haßfurt
Telefon 09521 27-418"""),

    dict(id="s9de022", date="2027-01-04T17:22", fmt="html_gmail", stage="firm", ago=13,
         inv="KS-2026-1027", amt="1.190,00", due="2026-11-20",
         frm="Ingrid Baumeister <ingrid.baumeister@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Private customer transferred the full amount 'heute Morgen'; asks to waive the 40 EUR late fee.",
         body="""Guten Tag,

ich habe heute Morgen den vollen Betrag von 1.190,00 € überwiesen. Entschuldigen Sie bitte die Verspätung, ich lag über die Feiertage im Krankenhaus und bin erst am Samstag wieder heimgekommen, da ist die ganze Post liegen geblieben.

Die Verzugspauschale von 40 € habe ich nicht mitüberwiesen, ich hoffe, Sie können in dem Fall darauf verzichten.

Viele Grüße
Ingrid Baumeister"""),

    dict(id="s9de023", date="2027-01-12T14:15", fmt="tb", stage="reminder", ago=1,
         inv="KS-2026-1177", amt="5.474,00", due="2026-12-31",
         frm="Nicole Brandl <frontoffice@parkhotel-lohr.de>",
         intent="dispute",
         note="Invoice bills six cameras, only four were installed (two cancelled on site); asks for a corrected invoice before paying.",
         body="""Hallo,

in der Rechnung sind 6 x IP-Dome-Kamera 4 MP à 389,00 € plus Montage je Kamera abgerechnet. Eingebaut wurden bei uns aber nur vier: Tiefgarageneinfahrt, Lieferanteneingang, Lobby und Rezeption. Die zwei Kameras für den hinteren Parkplatz standen zwar im Angebot, wurden aber bei der Besprechung mit Ihrem Monteur Herrn Öztürk gestrichen, weil wir dafür erst die Zustimmung vom Vermieter brauchen.

Bitte korrigieren Sie die Rechnung auf 4 Kameras. Dann überweisen wir sofort.

Mit freundlichen Grüßen
Nicole Brandl
Front Office Manager

Parkhotel Lohr
Am Stadtpark 3 · 97816 Lohr a. Main
Tel. 09352 8710-0"""),

    dict(id="s9de024", date="2027-01-20T19:30", fmt="gmail", stage="firm", ago=2,
         inv="KS-2026-1093", amt="1.428,00", due="2026-12-10",
         frm="Fahrschule Kuhn <fahrschule.kuhn@web.de>",
         intent="plan_request",
         note="Driving school, slow winter: asks whether the amount can be paid in three instalments; no dates committed.",
         body="""Hallo,

ich weiß die Rechnung ist überfällig, tut mir leid. Im Winter läuft bei uns fast nix, die meisten Fahrschüler fangen erst im Frühjahr wieder an und Pürfungstermine beim TÜV gibts grad auch kaum. Die 1.428 € kann ich im Moment nicht auf einen Schlag zahlen.

Wäre es ok wenn ich das in drei Raten zahle? Sagen Sie mir einfach wie Sie das brauchen.

Danke und Gruß
Andreas Kuhn
Fahrschule Kuhn, Hammelburg
0160 44 90 217"""),

    dict(id="s9de025", date="2026-12-28T08:41", fmt="ooo", stage="reminder", ago=0,
         inv="KS-2026-1158", amt="3.094,00", due="2026-12-15",
         frm="Rechnungseingang Maintal Fleischwaren <rechnungseingang@maintal-fleischwaren.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Company closed until 06.01.2027 inclusive; mail processed from Thursday 07.01.2027.",
         body="""Vielen Dank für Ihre E-Mail.

Unser Unternehmen befindet sich vom 24.12.2026 bis einschließlich 06.01.2027 in Betriebsferien. Ihre Nachricht wird ab Donnerstag, dem 07.01.2027, in der Reihenfolge des Eingangs bearbeitet.

Bitte beachten Sie: Rechnungen senden Sie ausschließlich als PDF an rechnungseingang@maintal-fleischwaren.de. Eingangsbestätigungen werden nicht versandt.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
Maintal Fleischwaren GmbH & Co. KG
Industriering 11 · 97753 Karlstadt"""),

    dict(id="s9de026", date="2027-01-19T08:47", fmt="outlook", stage="second_reminder", ago=1,
         inv="KS-2026-1170", amt="713,40", due="2027-01-05",
         frm="Becker, Julia <j.becker@spedition-kraemer-kt.de>",
         intent="contact_change", new_email="rechnungen@spedition-kraemer-kt.de",
         note="Contact has left the company; reminders and invoices to go to the central invoice mailbox. Reply written by a colleague from her mailbox.",
         body="""Guten Morgen,

Frau Becker ist seit dem 31.12. nicht mehr bei uns im Haus. Ihr Postfach lese ich nur noch übergangsweise, es wird demnächst abgeschaltet. Bitte schicken Sie Rechnungen, Mahnungen usw. ab sofort an unsere zentrale Adresse rechnungen@spedition-kraemer-kt.de.

Die Rechnung selbst habe ich an die Kollegin in der Buchhaltung weitergegeben.

Gruß
Oliver Krämer
Geschäftsführung

Spedition Krämer GmbH
Mainbernheimer Straße 60 · 97318 Kitzingen
Tel. 09321 3307-0 · Fax 09321 3307-29
AG Würzburg HRB 6650 · GF: Oliver Krämer, Bettina Krämer"""),

    dict(id="s9de027", date="2026-12-07T15:30", fmt="html_outlook", stage="second_reminder", ago=0,
         inv=[("KS-2026-0981", "2.856,00", "2026-11-10"), ("KS-2026-1022", "467,67", "2026-11-25")],
         frm="Heußlein, Anja <buchhaltung@landmetzgerei-heusslein.de>",
         intent="paid", paid_on="2026-12-04",
         note="Both invoices paid in one collective transfer on Friday 04.12.2026.",
         body="""Sehr geehrte Damen und Herren,

beide in Ihrer Mahnung aufgeführten Rechnungen (KS-2026-0981 über 2.856,00 € und KS-2026-1022 über 467,67 €) haben wir am Freitag, 04.12.2026, in einer Sammelüberweisung über 3.323,67 € beglichen. Im Verwendungszweck stehen beide Rechnungsnummern.

Bitte gleichen Sie Ihre Offene-Posten-Liste ab. Sollte der Betrag bis Mitte der Woche bei Ihnen nicht sichtbar sein, geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen

Anja Heußlein
Buchhaltung / Personal

Landmetzgerei Heußlein GmbH
Dorfstraße 19 · 97292 Uettingen
Tel. 09369 9822-12
AG Würzburg HRB 7719 · Geschäftsführer: Bernhard Heußlein"""),

    dict(id="s9de028", date="2026-12-20T11:14", fmt="apple", stage="reminder", ago=4,
         inv="KS-2026-1118", amt="2.011,10", due="2026-12-04",
         frm="Dr. Claudia Fries <praxis@zahnarzt-fries.de>",
         intent="promise", promise_date="2027-01-08",
         note="Away until after Christmas; will transfer 'spätestens bis zum 8. Januar' = 2027-01-08.",
         body="""Guten Tag,

ich bin gerade mit der Familie in Südtirol und komme erst nach Weihnachten wieder an meine Unterlagen. Ich überweise dann, spätestens bis zum 8. Januar. Ich hoffe, das passt so.

Beste Grüße
Dr. Claudia Fries
Zahnarztpraxis Dr. Fries, Höchberg

Von meinem iPhone gesendet"""),

    dict(id="s9de029", date="2027-01-20T10:10", fmt="outlook", stage="heads_up", ago=2,
         inv="KS-2027-0031", amt="178,50", due="2027-02-01",
         frm="Verwaltung Martin-Luther-Haus <verwaltung@mlh-ochsenfurt.de>",
         intent="bank_details",
         note="Care home announces its own new bank account for the SEPA direct debit of the monthly fees; new mandate attached.",
         body="""Sehr geehrte Damen und Herren,

wir haben zum 01.01.2027 unsere Hausbank gewechselt. Bitte ziehen Sie die monatlichen Beträge für die Aufschaltung der Brandmeldeanlage künftig von unserem neuen Konto ein:

Kontoinhaber: Evangelisches Altenheim Martin-Luther-Haus e. V.
IBAN: DE54 3702 0500 0008 8412 00
BIC: BFSWDE33XXX (Bank für Sozialwirtschaft)

Das neue SEPA-Lastschriftmandat haben wir unterschrieben beigefügt. Das alte Konto bei der Sparkasse wird Ende Februar aufgelöst, die Februar-Rechnung bitte also schon vom neuen Konto abbuchen.

Mit freundlichen Grüßen

Heike Gößmann
Verwaltungsleitung
Evangelisches Altenheim Martin-Luther-Haus e. V.
Hauptstraße 52 · 97199 Ochsenfurt
Telefon 09331 9806-0"""),

    dict(id="s9de030", date="2026-12-11T15:40", fmt="gmail", stage="firm", ago=3,
         inv="KS-2026-1002", amt="1.652,00", due="2026-11-05",
         frm="Brauereigasthof Hörner <info@gasthof-hoerner.de>",
         intent="promise",
         note="Will pay the full amount 'Anfang Januar': a window, so no date label.",
         body="""Hallo Kessler-Team,

ja, ich weiß. Dezember ist bei uns zwar der umsatzstärkste Monat, aber das Geld kommt erst rein, wenn die Firmen ihre Weihnachtsfeiern bezahlt haben, und das dauert. Ich überweise den kompletten Betrag Anfang Januar. Die Mahngebühren lassen Sie bitte weg, das war jetzt wirklich eine Ausnahme.

Gruß
Stefan Hörner
Brauereigasthof Hörner
Obere Dorfstraße 2, 97250 Erlabrunn
Tel. 09364 6012"""),
]

# ---------------------------------------------------------------- batch 4
CASES += [
    dict(id="s9de031", date="2027-01-26T17:05", fmt="gmail", stage="final_notice", ago=6,
         inv="KS-2026-1049", amt="968,00", due="2026-11-30",
         frm="Physiotherapie Nowak <kontakt@physio-nowak.de>",
         intent="promise", promise_date="2027-01-27",
         note="Will transfer the full amount 'morgen früh' = 27 Jan 2027; the quoted deadline is 30 Jan and is not the label.",
         body="""Guten Tag,
bitte kein Inkasso, ich überweise morgen früh den ganzen Betrag. Die vorherigen Mails waren bei mir im Spam gelandet.
MfG
T. Nowak
Physiotherapie Nowak"""),

    dict(id="s9de032", date="2027-01-07T09:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="KS-2026-1055", amt="2.737,00", due="2026-12-10",
         frm="Fuchs, Kerstin <ap.germany@senvara-logistics.com>",
         intent="paid", paid_on="2026-12-14",
         note="Group AP: invoice settled on 14.12.2026 with a payment advice number; asks for an account statement if not received.",
         body="""Sehr geehrte Damen und Herren,

nach Prüfung unserer Unterlagen wurde die o. g. Rechnung am 14.12.2026 mit Zahlungsavis Nr. 2000184512 ausgeglichen (Betrag: 2.737,00 €, Verwendungszweck: „KS-2026-1055 / 700431“).

Bitte prüfen Sie Ihren Zahlungseingang. Sollte Ihnen die Zahlung nicht vorliegen, bitten wir um Übersendung eines Kontoauszugs Ihres Debitorenkontos, damit wir den Vorgang mit unserer Bank klären können.

Mit freundlichen Grüßen
i. A. Kerstin Fuchs
Kreditorenbuchhaltung / Accounts Payable

SENVARA Logistics Europe GmbH
Standort Dettelbach · Mainfrankenpark 21 · 97337 Dettelbach
Tel. +49 9302 93 118-540

Sitz der Gesellschaft: Frankfurt am Main · Amtsgericht Frankfurt am Main HRB 118204
Geschäftsführer: Pieter van Leeuwen, Dr. Anke Brüggemann

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""),

    dict(id="s9de033", date="2026-12-14T10:30", fmt="outlook", stage="reminder", ago=3,
         inv="KS-2026-1071", amt="1.011,50", due="2026-12-01",
         frm="Kaiser, Reinhold <bauamt@marktbreit.de>",
         intent="dispute",
         note="Town rejects a Q4 maintenance invoice: the maintenance contract was terminated as of 30.09.2026 (confirmed in writing) and no maintenance took place.",
         body="""Sehr geehrte Damen und Herren,

mit o. g. Rechnung stellen Sie uns die Wartung der Einbruchmeldeanlage in der Mittelschule Marktbreit für das 4. Quartal 2026 in Rechnung.

Der zugrunde liegende Wartungsvertrag (Vertrags-Nr. W-2019-044) wurde von uns mit Schreiben vom 24.06.2026 fristgerecht zum 30.09.2026 gekündigt. Die Kündigung wurde von Ihrer Mitarbeiterin Frau Seitz mit E-Mail vom 01.07.2026 bestätigt. Eine Wartung hat im 4. Quartal auch nicht stattgefunden.

Die Forderung wird daher zurückgewiesen. Wir bitten um Stornierung der Rechnung und um schriftliche Bestätigung.

Mit freundlichen Grüßen
Im Auftrag

Reinhold Kaiser
Stadt Marktbreit
Bauamt / Liegenschaften
Marktstraße 4 · 97340 Marktbreit
Tel. 09332 4059-31"""),

    dict(id="s9de034", date="2027-01-26T11:02", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="KS-2027-0012", amt="2.308,60", due="2027-01-08",
         frm="Amend, Lukas <lukas.amend@landratsamt-kg.de>",
         intent="copy_request",
         note="Authority needs the signed work report and material list before the invoice can be approved for payment.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung über die Störungsbeseitigung an der Brandmeldeanlage in unserer Außenstelle Hammelburg kann derzeit nicht zur Zahlung angewiesen werden.

Für die Feststellung der sachlichen Richtigkeit benötigen wir den unterschriebenen Arbeitsnachweis bzw. Regiebericht des Technikers mit Angabe der Arbeitszeiten sowie eine Aufstellung des verbauten Materials. Diese Unterlagen lagen der Rechnung nicht bei.

Wir bitten Sie, uns die fehlenden Unterlagen unter Angabe unseres Aktenzeichens 21-0245/2027 zu übersenden. Nach Eingang wird die Rechnung umgehend bearbeitet.

Mit freundlichen Grüßen
im Auftrag

Lukas Amend
Landratsamt Bad Kissingen
Sachgebiet 24 – Gebäudemanagement
Obere Marktstraße 6 · 97688 Bad Kissingen
Tel. 0971 801-2417"""),

    dict(id="s9de035", date="2027-01-09T13:20", fmt="gmail", stage="reminder", ago=4,
         inv="KS-2026-1183", amt="249,00", due="2026-12-28",
         frm="Frank Wagner <frank.wagner1971@gmx.de>",
         intent="other",
         note="Wrong recipient: says he never ordered anything and has no alarm system; asks the firm to check.",
         body="""Hallo,

ich glaube, Sie haben sich in der Adresse vertan. Ich habe bei Ihnen nie etwas gekauft oder beauftragt, ich habe nicht mal eine Alarmanlage. Vielleicht meinen Sie einen anderen Frank Wagner? In Würzburg gibt es davon ja ein paar.

Bitte prüfen Sie das bei sich.

Gruß
Frank Wagner"""),

    dict(id="s9de036", date="2027-01-11T08:32", fmt="ooo", stage="firm", ago=0,
         inv="KS-2026-1125", amt="655,00", due="2026-12-15",
         frm="Tierarztpraxis Dr. Roth <praxis@tierarzt-roth-gemuenden.de>", subj_prefix="Abwesend: ",
         intent="out_of_office", return_date="2027-01-13",
         note="Auto-reply: at a training course until Tuesday 12.01., back in the office Wednesday 13.01.2027.",
         body="""Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis Dienstag, 12.01., auf einer Fortbildung in Hamburg und habe nur eingeschränkt Zugriff auf meine E-Mails. Ab Mittwoch, 13.01.2027, bin ich wieder in der Praxis und melde mich dann.

Terminvereinbarungen bitte weiterhin telefonisch unter 09351 60 44 1.

Herzliche Grüße
Dr. Hanna Roth
Tierarztpraxis Dr. Roth, Gemünden a. Main"""),

    dict(id="s9de037", date="2027-01-14T16:20", fmt="outlook", stage="firm", ago=3, fwd=True,
         inv="KS-2026-1109", amt="7.840,00", due="2026-12-15",
         frm="Hock, Lena <l.hock@weigand-spedition.de>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the managing director's answer: transfer on 'am 20.' = 20 Jan 2027, which she will execute.",
         body="""Sehr geehrte Damen und Herren,

anbei zu Ihrer Information die Antwort von Herrn Weigand auf Ihre Mahnung. Die Überweisung veranlasse ich dann wie besprochen am 20.01.

Mit freundlichen Grüßen
Lena Hock
Assistenz der Geschäftsführung

Spedition Weigand GmbH & Co. KG
Gattingerstraße 9 · 97076 Würzburg
Tel. 0931 27 00 5-11

-----Ursprüngliche Nachricht-----
Von: Weigand, Karl <k.weigand@weigand-spedition.de>
Gesendet: Mittwoch, 13. Januar 2027 18:52
An: Hock, Lena <l.hock@weigand-spedition.de>
Betreff: AW: 2. Mahnung: Rechnung KS-2026-1109 ist weiterhin offen – Kessler Sicherheitstechnik GmbH

Lena, die Kameras laufen jetzt alle, Kessler war letzte Woche nochmal draußen. Bitte am 20. überweisen, vorher ist das Konto wegen der LKW-Raten zu knapp.
KW"""),

    dict(id="s9de038", date="2026-12-18T20:10", fmt="tb", stage="reminder", ago=1,
         inv="KS-2026-1139", amt="71,40", due="2026-12-10",
         frm="Wolfgang Heider <w.heider@posteo.de>",
         intent="paid", paid_on="2026-12-15",
         note="Direct debit already taken on 15.12. according to his bank statement; asks why he still gets a reminder.",
         body="""Sehr geehrte Damen und Herren,

Sie haben von mir doch ein SEPA-Lastschriftmandat. Der Betrag von 71,40 € wurde laut meinem Kontoauszug am 15.12. von Ihnen abgebucht (Mandatsreferenz KS-20388). Warum bekomme ich dann zwei Tage später eine Zahlungserinnerung?

Bitte prüfen Sie das in Ihrer Buchhaltung.

Mit freundlichen Grüßen
Wolfgang Heider
Frankenstraße 21
97078 Würzburg"""),

    dict(id="s9de039", date="2027-01-28T14:50", fmt="html_gmail", stage="final_notice", ago=3,
         inv="KS-2026-1068", amt="2.975,00", due="2026-11-30",
         frm="Dimitrios Papadakis <taverna.olympia.wue@gmail.com>",
         intent="plan_request",
         note="Restaurant closed after water damage, insurance not paid yet: asks for a deferral or an instalment plan, no date committed.",
         body="""Sehr geehrte Damen und Herren,

Ihre letzte Mahnung habe ich erhalten. Ich möchte ehrlich sein: Wir hatten im Dezember einen Wasserschaden in der Küche und mussten zwei Wochen schließen, die Versicherung hat bis heute nicht gezahlt. Im Moment kann ich die Rechnung nicht begleichen.

Bitte geben Sie die Sache nicht ans Inkasso. Wäre es möglich, die Forderung zu stunden, bis die Versicherung reguliert hat, oder eine Ratenzahlung zu vereinbaren? Ich bin für jeden Vorschlag offen.

Mit freundlichen Grüßen
Dimitrios Papadakis
Taverna Olympia
Frankfurter Straße 88, 97082 Würzburg
Tel. 0931 41 87 63"""),

    dict(id="s9de040", date="2027-01-25T09:12", fmt="gmail", stage="reminder", ago=4,
         inv="KS-2027-0008", amt="1.309,00", due="2027-01-15",
         frm="Hotel garni Mainblick <info@mainblick-sommerhausen.de>",
         intent="promise",
         note="Payment 'nächste Woche' (a window, no date) with a side question on whether the first maintenance is included; the promise is what the firm acts on.",
         body="""Guten Morgen,

danke für die Erinnerung, die Rechnung geht nächste Woche raus, wir machen die Überweisungen immer gesammelt nach dem Monatsabschluss.

Eine Frage hätte ich noch: Ist in dem Betrag die jährliche Wartung für die Videoanlage schon drin oder kommt die separat? Im Angebot stand „inkl. 1. Wartung“, auf der Rechnung finde ich dazu nichts.

Viele Grüße
Birgit Hanf
Hotel garni Mainblick
Maingasse 5 · 97286 Sommerhausen"""),
]
