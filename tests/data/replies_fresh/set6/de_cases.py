"""Set 6, German part: debtor replies to Riedle Kälte- und Klimatechnik GmbH (Konstanz).

Written one by one. Debtors from Germany, Austria and Switzerland. Dates in the labels are worked out from the
reply text and the reply's own date only (see each note).
"""

CASES = [
    dict(id="s6de001", country="DE", date="2026-11-10T07:14", fmt="gmail", ago=1,
         inv="RK-2026-10388", amt="1.486,00", due="2026-10-30",
         frm="Malerbetrieb Kuhnle <info@maler-kuhnle.de>",
         intent="promise", promise_date="2026-11-13",
         note="'bis Freitag' written on Tuesday 10 Nov 2026 -> Friday 13 Nov 2026.",
         body="""Guten Morgen,

sorry, ist bei uns im Büro liegen geblieben. Wir überweisen bis Freitag.

Gruß
Jochen Kuhnle
Malerbetrieb Kuhnle
Meisterbetrieb seit 1987
Hauptstr. 112 · 78224 Singen
Tel. 07731 64 118"""),

    dict(id="s6de002", country="DE", date="2026-11-11T12:41", fmt="apple", ago=2,
         inv="RK-2026-10352", amt="389,50", due="2026-10-26",
         frm="Sabine Wörle <sabine.woerle@gmx.de>",
         intent="paid", paid_on="2026-11-11",
         note="'Zahlung ist heute früh raus' on 11 Nov 2026 -> paid_on 11 Nov 2026.",
         body="""Hallo, zahlung ist heute frueh raus, sorry hatte das voellig verschwitzt. Muesste morgen oder uebermorgen bei ihnen sein.
LG S. Woerle

Von meinem iPhone gesendet"""),

    dict(id="s6de003", country="DE", date="2026-11-12T08:30", fmt="ooo",
         inv="RK-2026-10297", amt="2.910,00", due="2026-10-20",
         frm="Praxis Dr. med. Annette Rauscher <praxis@dr-rauscher-ueberlingen.de>",
         intent="out_of_office", return_date="2026-11-23",
         note="Practice closed until Friday 20 Nov inclusive, 'ab Montag, dem 23.11.' open again -> 23 Nov 2026.",
         body="""Sehr geehrte Patientinnen und Patienten, sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Unsere Praxis ist wegen Urlaub bis einschließlich Freitag, 20.11.2026 geschlossen. Ab Montag, dem 23.11., sind wir wieder zu den gewohnten Sprechzeiten für Sie da.

Die Vertretung übernimmt in dringenden Fällen die Praxis Dr. Ahrens, Münsterstraße 9, 88662 Überlingen, Tel. 07551 63 220.
Bei lebensbedrohlichen Notfällen wählen Sie bitte 112. Den ärztlichen Bereitschaftsdienst erreichen Sie unter 116 117.

E-Mails werden in dieser Zeit nicht gelesen und nicht weitergeleitet.

Ihr Praxisteam Dr. Rauscher"""),

    dict(id="s6de004", country="DE", date="2026-11-12T15:52", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RK-2026-10214", amt="3.427,60", due="2026-10-09",
         frm="Christiane Bollmann <c.bollmann@hv-seeblick.de>",
         intent="dispute",
         note="The property manager contests the work: the maintenance in Haus B was never done; the invoice is not released.",
         body="""Sehr geehrte Damen und Herren,

bezüglich Ihrer Mahnung zur Rechnung RK-2026-10214 muss ich Ihnen leider mitteilen, dass wir diese Rechnung so nicht freigeben können.

Berechnet ist die Jahreswartung der Klimageräte in beiden Häusern der WEG Fischerweg 4 und 6. Laut Auskunft unseres Hausmeisters war Ihr Techniker am 24.09. jedoch nur im Haus A. Im Haus B (Technikraum und Serverraum der Arztpraxis im EG) war niemand, das Wartungsprotokoll für Haus B liegt uns ebenfalls nicht vor.

Wir bitten um Prüfung und um eine korrigierte Rechnung, die nur die tatsächlich erbrachten Leistungen enthält. Die Mahngebühren akzeptieren wir unter diesen Umständen nicht.

Mit freundlichen Grüßen

Christiane Bollmann
Objektbetreuung

Hausverwaltung Seeblick GmbH & Co. KG
Seestraße 17 | 78464 Konstanz
Tel. +49 7531 91 64 30 | Fax +49 7531 91 64 39
www.hv-seeblick.de

Sitz der Gesellschaft: Konstanz | Amtsgericht Freiburg HRA 704118
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""),

    dict(id="s6de005", country="DE", date="2026-11-13T16:05", fmt="outlook", ago=4,
         inv="RK-2026-10341", amt="744,80", due="2026-10-28",
         frm="Thomas Greiner <t.greiner@greiner-sanitaer.at>",
         intent="promise", promise_date="2026-11-16",
         note="Austrian firm, written Friday 13 Nov 2026: 'gleich Anfang nächster Woche' -> the start of next week, Monday 16 Nov 2026.",
         body="""Grüß Gott Frau Riedle bzw. liebes Buchhaltungsteam,

die Rechnung ist bei uns angekommen, nur ist unser Buchhalter seit zwei Wochen im Krankenstand und ich komme erst jetzt zum Abarbeiten der Post. Ich erledige die Überweisung gleich Anfang nächster Woche.

Bitte um Nachsicht.

Mit freundlichen Grüßen aus Bregenz
Thomas Greiner

Greiner Sanitär & Heizung GmbH
Rheinstraße 48, 6900 Bregenz
T +43 5574 43 217"""),

    dict(id="s6de006", country="DE", date="2026-11-12T10:26", fmt="outlook", ago=3,
         inv=[("RK-2026-10233", "1.190,00", "2026-10-15"), ("RK-2026-10271", "2.046,35", "2026-10-22")],
         frm="Kreditorenbuchhaltung Bodensee Logistik GmbH <kreditoren@bodensee-logistik.de>",
         intent="paid", paid_on="2026-11-09",
         note="'wurden am 09.11.2026 zur Zahlung angewiesen' -> paid_on 9 Nov 2026 (before the reply of 12 Nov).",
         body="""Sehr geehrte Damen und Herren,

die beiden oben genannten Rechnungen wurden am 09.11.2026 im Sammelzahllauf angewiesen (Gesamtbetrag 3.236,35 EUR, Verwendungszweck: RK-2026-10233 RK-2026-10271). Der Zahlungseingang sollte sich mit Ihrem Schreiben überschnitten haben.

Freundliche Grüße
i. A. Melanie Strobel
Kreditorenbuchhaltung

Bodensee Logistik GmbH
Carl-Benz-Straße 9 · 88046 Friedrichshafen
Geschäftsführer: Rainer Mauch, Dr. Ulrike Haas
Registergericht Ulm HRB 631905"""),

    dict(id="s6de007", country="DE", date="2026-12-02T21:37", fmt="gmail", ago=5,
         inv="RK-2026-10402", amt="612,00", due="2026-11-02",
         frm="Kassenwart TC Allensbach <kasse@tc-allensbach.de>",
         intent="promise", promise_date="2026-12-15",
         note="Written 2 Dec 2026: 'überweisen wir zum 15.' -> the coming 15th, 15 Dec 2026.",
         body="""Hallo zusammen,

danke für die Erinnerung. Als Verein haben wir leider keine grossen Rücklagen, die Wintermitgliedsbeiträge werden aber Anfang Dezember eingezogen. Wir überweisen die Rechnung für die Klimaanlage im Clubhaus dann zum 15.

Sportliche Grüße
Uwe Marquardt
Kassenwart
Tennisclub Allensbach e.V."""),

    dict(id="s6de008", country="DE", date="2026-12-01T11:09", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="RK-2026-10319", amt="5.880,00", due="2026-10-27",
         frm="Accounts Payable <ap.de@hahnemann-pharma.com>",
         intent="promise", promise_date="2026-12-11",
         note="Written 1 Dec 2026 (KW 49): 'spätestens Ende KW 50' -> Friday of ISO week 50 = 11 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Die Rechnung RK-2026-10319 lag bei uns zur sachlichen Prüfung beim Standort Radolfzell und ist inzwischen freigegeben.

Die Zahlung wird mit einem der nächsten Zahlläufe ausgeführt, spätestens Ende KW 50.

Bitte beachten Sie für künftige Rechnungen, dass die Bestellnummer (PO 4500188213) zwingend auf der Rechnung angegeben sein muss, da sonst keine automatische Verarbeitung möglich ist.

Mit freundlichen Grüßen / Kind regards

Jana Witt
Accounts Payable Germany
Hahnemann Pharma Deutschland GmbH
Byk-Gulden-Str. 2 · 78467 Konstanz

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it."""),

    dict(id="s6de009", country="DE", date="2026-11-17T18:22", fmt="tb", ago=1,
         inv="RK-2026-10366", amt="2.250,00", due="2026-11-02",
         frm="Werner Haag <w.haag@t-online.de>",
         intent="promise", promise_date="2026-11-30",
         note="Written 17 Nov 2026: 'bis Ende des Monats' -> end of November, 30 Nov 2026.",
         body="""Sehr geehrte Damen und Herren,

ich habe Ihre Erinnerung erhalten. Ich bitte um Verständnis, dass ich den Betrag für die Klimaanlage im Dachgeschoss erst bis Ende des Monats überweisen kann, da meine Rente erst dann kommt und wir dieses Jahr noch das Dach machen lassen mussten.

Mit freundlichem Gruß
Werner Haag
Am Mühlbach 3
78247 Hilzingen"""),

    dict(id="s6de010", country="DE", date="2026-11-23T13:48", fmt="apple", ago=3,
         inv="RK-2026-10377", amt="318,00", due="2026-11-09",
         frm="Kevin Bauer <kevin.bauer94@web.de>",
         intent="promise", promise_date="2026-11-25",
         note="Written Monday 23 Nov 2026: 'uebermorgen' -> 25 Nov 2026.",
         body="""hi
kann erst uebermorgen zahlen weil dann gehalt kommt. ist das ok?
mfg kevin bauer

Gesendet von iPhone"""),

    dict(id="s6de011", country="DE", date="2026-12-10T19:55", fmt="html_gmail", stage="firm", ago=2,
         inv="RK-2026-10290", amt="1.675,40", due="2026-10-19",
         frm="Maria Pichler <maria.pichler.dornbirn@gmail.com>",
         intent="promise",
         note="Commits to pay 'gleich nach Weihnachten': no day can be worked out, so no promise_date.",
         body="""Sehr geehrte Damen und Herren,

ich weiß, dass die Rechnung schon länger offen ist, und es ist mir sehr unangenehm. Durch eine Nachzahlung beim Finanzamt ist es heuer im Dezember leider eng bei uns.

Ich zahle den ganzen Betrag gleich nach Weihnachten, versprochen. Bitte schicken Sie es nicht ans Inkasso.

Mit freundlichen Grüßen
Maria Pichler
Dornbirn"""),

    dict(id="s6de012", country="DE", date="2026-12-03T09:12", fmt="gmail", ago=2,
         inv="RK-2026-10415", amt="960,00", due="2026-11-16",
         frm="Zahnarztpraxis Dr. Kerem Yıldız <verwaltung@zahnarzt-yildiz.de>",
         intent="promise", promise_date="2026-12-10",
         note="'am 10.12. überwiesen' in a reply of 3 Dec 2026 -> 10 Dec 2026.",
         body="""Guten Tag,

die Rechnung für die Klimaanlage im Sterilisationsraum wird am 10.12. überwiesen, das ist bei uns der feste Zahltag für Lieferantenrechnungen.

Viele Grüße
Nadine Fuchs
Praxismanagement
Zahnarztpraxis Dr. Kerem Yıldız
Bodanstraße 22, 78462 Konstanz"""),

    dict(id="s6de013", country="DE", date="2026-11-26T14:31", fmt="outlook", ago=3,
         inv="RK-2026-10382", amt="4.120,00", due="2026-11-10",
         frm="Reto Brunner <reto.brunner@brunner-gastro.ch>",
         intent="promise",
         note="Swiss debtor: 'Mitte Dezember' is vague, so no promise_date.",
         body="""Grüezi

Besten Dank für Ihre Erinnerung. Wir zahlen Rechnungen aus der EU jeweils gesammelt über unser Fremdwährungskonto, der nächste Zahlungslauf ist Mitte Dezember. Dann wird auch Ihre Rechnung beglichen.

Freundliche Grüsse

Reto Brunner
Leiter Finanzen
Brunner Gastro AG
Hauptstrasse 61
8280 Kreuzlingen
Schweiz"""),

    dict(id="s6de014", country="DE", date="2026-11-27T16:40", fmt="ooo",
         inv="RK-2026-10349", amt="1.034,20", due="2026-10-29",
         frm="Holger Sandmann <h.sandmann@immoverwaltung-sandmann.de>",
         intent="out_of_office", return_date="2026-12-07",
         note="Auto-reply: 'ab dem 7. Dezember wieder im Büro' -> 7 Dec 2026.",
         body="""Guten Tag,

ich bin derzeit auf Fortbildung und ab dem 7. Dezember wieder im Büro. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an Frau Koch (koch@immoverwaltung-sandmann.de, Tel. 07732 94 81 12).
Bei Notfällen in einem unserer Objekte (Wasserrohrbruch, Heizungsausfall) erreichen Sie unseren Notdienst rund um die Uhr unter 0171 449 20 17.

Mit freundlichen Grüßen
Holger Sandmann
Immobilienverwaltung Sandmann
Radolfzell"""),

    dict(id="s6de015", country="DE", date="2026-11-16T11:03", fmt="gmail", ago=4,
         inv="RK-2026-10328", amt="529,00", due="2026-10-28",
         frm="Ingrid Falk <ingrid.falk@posteo.de>",
         intent="copy_request",
         note="Asks for the invoice again as a PDF (could not find it) before paying.",
         body="""Sehr geehrte Damen und Herren,

eine Rechnung über 529 Euro habe ich ehrlich gesagt nie bekommen, jedenfalls finde ich sie weder in meinen Mails noch in der Post. Der Link in Ihrer Mail funktioniert bei mir leider nicht (es kommt nur eine weiße Seite).

Könnten Sie mir die Rechnung bitte noch einmal als PDF an diese Adresse schicken? Dann kümmere ich mich darum.

Mit freundlichen Grüßen
Ingrid Falk"""),
]
