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
    dict(id="s6de016", country="DE", date="2026-11-16T08:47", fmt="html_outlook", ago=4,
         inv="RK-2026-10305", amt="2.380,00", due="2026-10-23",
         frm="Buchhaltung Keller Elektro AG <buchhaltung@keller-elektro.ch>",
         intent="paid", paid_on="2026-11-13",
         note="Swiss firm writing on Monday 16 Nov 2026: payment 'am vergangenen Freitag ausgelöst' -> Friday 13 Nov 2026.",
         body="""Guten Tag

Die Zahlung über EUR 2'380.00 haben wir am vergangenen Freitag ausgelöst (SEPA-Überweisung ab unserem EUR-Konto bei der Thurgauer Kantonalbank). Je nach Bank kann die Gutschrift ein bis zwei Tage dauern.

Wir bitten Sie, die Mahnung als erledigt zu betrachten.

Freundliche Grüsse

Corinne Ammann
Finanzen & Administration
Keller Elektro AG
Bahnhofstrasse 14 | 8590 Romanshorn
Tel. +41 71 463 18 20"""),

    dict(id="s6de017", country="DE", date="2026-11-18T22:16", fmt="gmail", stage="second_reminder", ago=2,
         inv="RK-2026-10260", amt="1.890,00", due="2026-10-21",
         frm="Dirk Wallner <dirk.wallner@freenet.de>",
         intent="dispute",
         note="Refuses to pay because the installed unit still leaks and makes noise; contests the work.",
         body="""Jetzt reichts aber.

Ihre Monteure waren im September da, seitdem tropft das Innengerät im Schlafzimmer auf die Kommode und das Außengerät brummt nachts so laut dass sich schon der Nachbar beschwert hat. Ich habe DREIMAL bei Ihnen angerufen und jedes Mal hieß es, es meldet sich jemand. Gemeldet hat sich niemand, außer Ihrer Buchhaltung mit Mahnungen.

Solange die Anlage nicht ordentlich funktioniert zahle ich keinen Cent. Wenn Sie mir noch eine Mahnung schicken geht das an meinen Anwalt.

D. Wallner"""),

    dict(id="s6de018", country="DE", date="2026-11-19T10:58", fmt="tb", stage="firm", ago=3,
         inv=[("RK-2026-10187", "3.140,00", "2026-09-30"), ("RK-2026-10244", "1.226,50", "2026-10-14")],
         frm="Stefan Ostertag <ostertag@kaeltebau-ostertag.de>",
         intent="plan_request",
         note="Small firm in difficulty asks to pay both invoices in instalments; proposes no dates.",
         body="""Hallo Frau Kern, hallo Riedle-Team,

ich will ehrlich sein: uns ist ein großer Kunde (Hotelneubau in Stockach) mit zwei Abschlagsrechnungen ausgefallen, das Verfahren läuft. Deshalb hänge ich bei Ihnen gerade hinterher.

Wäre es möglich, die beiden Rechnungen in Raten abzuzahlen, z.B. auf vier oder fünf Monate verteilt? Die Verzugspauschalen würde ich mir gerne sparen, wenn es geht. Sagen Sie mir einfach, was für Sie machbar ist.

Wir arbeiten seit Jahren gut zusammen und ich möchte das auch weiterhin.

Gruß
Stefan Ostertag
Kältebau Ostertag e.K.
Industriestraße 5, 78333 Stockach
0171 28 93 114"""),

    dict(id="s6de019", country="DE", date="2026-11-24T09:20", fmt="gmail", fwd=True, ago=6,
         inv="RK-2026-10358", amt="1.512,00", due="2026-11-04",
         frm="Praxis Dr. Hemmerle <empfang@praxis-hemmerle.de>",
         intent="promise", promise_date="2026-11-26",
         note="The practice forwards the doctor's note 'überweise ich bis Donnerstag', sent Monday 23 Nov and forwarded Tuesday 24 Nov 2026 -> Thursday 26 Nov 2026 either way.",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung von Herrn Dr. Hemmerle zu Ihrer Zahlungserinnerung.

Mit freundlichen Grüßen
Sandra Vogt
Empfang / Verwaltung
Hausarztpraxis Dr. med. Felix Hemmerle
Kirchgasse 3, 78315 Radolfzell

---------- Weitergeleitete Nachricht ---------
Von: Felix Hemmerle <f.hemmerle@praxis-hemmerle.de>
Date: Mo., 23. Nov. 2026 um 19:02 Uhr
Subject: Re: Riedle Mahnung
To: Praxis Dr. Hemmerle <empfang@praxis-hemmerle.de>

Sandra, bitte Riedle kurz Bescheid geben: war mein Fehler, die Rechnung lag bei mir zuhause. Überweise ich bis Donnerstag vom Praxiskonto.
F.H."""),

    dict(id="s6de020", country="DE", date="2026-11-20T17:34", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="RK-2026-10336", amt="447,00", due="2026-10-27",
         frm="Lena Hartmann <lena.hartmann.kn@gmail.com>",
         intent="paid",
         note="Says she already transferred 'letzte Woche': no exact day, so no paid_on.",
         body="""Hallo,

hab ich doch schon letzte Woche überwiesen?? Ich hab extra die Rechnungsnummer reingeschrieben. Bitte schauen Sie nochmal nach, bevor Sie mir noch eine Mahnung schicken.

Gruß Lena Hartmann"""),

    dict(id="s6de021", country="DE", date="2026-11-30T07:02", fmt="ooo",
         inv="RK-2026-10399", amt="3.310,00", due="2026-11-13",
         frm="Petra Lindner <p.lindner@seeland-moebel.de>",
         intent="out_of_office", return_date="2026-12-07",
         subj_prefix="Abwesenheitsnotiz: ",
         note="Absent 'bis einschließlich Freitag, 04.12.2026' -> first working day back is Monday 7 Dec 2026.",
         body="""Vielen Dank für Ihre E-Mail.

Ich bin bis einschließlich Freitag, 04.12.2026 nicht im Haus und habe keinen Zugriff auf meine E-Mails.

In Rechnungs- und Zahlungsangelegenheiten wenden Sie sich bitte an buchhaltung@seeland-moebel.de.

Freundliche Grüße
Petra Lindner
Buchhaltung
Seeland Möbelwerkstätten GmbH"""),

    dict(id="s6de022", country="DE", date="2026-11-25T14:12", fmt="outlook", ago=2,
         inv="RK-2026-10374", amt="6.450,00", due="2026-11-06",
         frm="Frank Deuring <f.deuring@deuring-hotels.de>",
         intent="bank_details",
         note="Received a letter announcing a new account of Riedle (foreign bank) and asks to confirm the IBAN before paying: fraud check.",
         body="""Sehr geehrte Damen und Herren,

wir würden die Rechnung gerne begleichen, sind aber unsicher geworden: Letzte Woche kam bei uns per E-Mail ein Schreiben, angeblich von Ihnen, mit dem Hinweis, dass sich Ihre Bankverbindung geändert habe. Die neue IBAN beginnt mit LT und gehört zu einer Bank in Vilnius. Das Schreiben hatte Ihr Logo, aber die Absenderadresse war riedle-klima-service.com.

Bevor wir etwas überweisen: Können Sie uns bitte bestätigen, welche Bankverbindung aktuell richtig ist? Gerne auch telefonisch unter 07531 28 45 0.

Mit freundlichen Grüßen
Frank Deuring
Kaufmännische Leitung
Deuring Hotels GmbH · Hotel am Rheintorturm
Konstanz"""),

    dict(id="s6de023", country="DE", date="2026-11-30T12:05", fmt="html_outlook", ago=3,
         inv=[("RK-2026-10311", "842,00", "2026-10-26"), ("RK-2026-10312", "842,00", "2026-10-26"), ("RK-2026-10313", "1.268,90", "2026-10-26")],
         frm="Buchhaltung Hausverwaltung Brändle <buchhaltung@hv-braendle.de>",
         intent="promise", promise_date="2026-12-03",
         note="Written Monday 30 Nov 2026: the three invoices 'werden am Donnerstag angewiesen' -> Thursday 3 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

die drei Rechnungen betreffen die WEG Wollmatinger Straße 88 (RK-2026-10311, -10312) sowie die WEG Jahnstraße 5 (RK-2026-10313). Für Zahlungen über 500 Euro benötigen wir jeweils die Gegenzeichnung des Verwaltungsbeirats. Die Unterschriften liegen uns nun vor, die Rechnungen werden am Donnerstag angewiesen.

Wir bitten Sie, künftig pro Eigentümergemeinschaft getrennte Rechnungen mit der jeweiligen Objektadresse zu stellen, das erleichtert uns die Zuordnung sehr.

Mit freundlichen Grüßen

i. A. Monika Ruf
Buchhaltung

Hausverwaltung Brändle GmbH
Zähringerplatz 11 · 78464 Konstanz
Telefon 07531 36 92 70
Geschäftsführerin: Gisela Brändle · AG Freiburg HRB 380771"""),

    dict(id="s6de024", country="DE", date="2026-11-26T11:37", fmt="outlook", stage="second_reminder", ago=3,
         inv="RK-2026-10295", amt="1.240,00", due="2026-10-26",
         frm="Ing. Martin Schwarzmann <m.schwarzmann@schwarzmann-bau.at>",
         intent="dispute",
         note="Contests the amount: the offer was a flat 890 EUR, invoice says 1,240 EUR; asks for a corrected invoice.",
         body="""Sehr geehrte Damen und Herren,

wir haben die Rechnung RK-2026-10295 nicht bezahlt, weil der Betrag nicht stimmt. Laut Ihrem Angebot AN-2026-0418 vom 3. August war für die Demontage und Entsorgung der Altgeräte in unserem Bürogebäude in Feldkirch eine Pauschale von EUR 890,00 netto vereinbart. Verrechnet haben Sie nun EUR 1.240,00, aufgeschlüsselt nach Stunden.

Eine Abrechnung nach Aufwand war nie vereinbart. Bitte stornieren Sie die Rechnung und stellen Sie eine neue über den Pauschalbetrag aus, dann wird diese umgehend bezahlt.

Mit freundlichen Grüßen

Ing. Martin Schwarzmann
Geschäftsführer
Schwarzmann Bau GmbH
Illstraße 22, 6800 Feldkirch, Österreich
FN 284113 b, LG Feldkirch"""),

    dict(id="s6de025", country="DE", date="2026-11-25T15:19", fmt="gmail", ago=2,
         inv=[("RK-2026-10280", "575,00", "2026-10-19"), ("RK-2026-10362", "1.980,00", "2026-11-05")],
         frm="Autohaus Gruber Buchhaltung <rechnungen@autohaus-gruber-engen.de>",
         intent="promise", promise_date="2026-12-04",
         note="Mixed: RK-2026-10280 said paid on 20 Nov, but RK-2026-10362 is still open with a commitment 'bis Ende nächster Woche' (written Wed 25 Nov 2026 -> Friday 4 Dec 2026); the open rest drives the next action.",
         body="""Hallo,

die RK-2026-10280 haben wir am 20.11. bezahlt, das müsste bei Ihnen inzwischen eingegangen sein.

Die RK-2026-10362 (Klimaservice Werkstatthalle) ist noch offen, die geht bis Ende nächster Woche raus.

Viele Grüße
Tanja Gruber
Autohaus Gruber GmbH & Co. KG, Engen"""),

    dict(id="s6de026", country="DE", date="2026-11-27T20:44", fmt="apple", stage="second_reminder", ago=4,
         inv="RK-2026-10321", amt="215,00", due="2026-10-30",
         frm="Helga Reimer <helga.reimer@t-online.de>",
         intent="unsubscribe",
         note="Asks to stop the e-mails and to write only by post; nothing about paying.",
         body="""Ich möchte diese E-Mails nicht mehr bekommen. Bitte tragen Sie meine Adresse aus, ich habe nie eingewilligt, dass Sie mir so etwas per E-Mail schicken. Wenn Sie etwas von mir wollen, schreiben Sie mir einen Brief.

H. Reimer

Von meinem iPad gesendet"""),

    dict(id="s6de027", country="DE", date="2026-12-01T09:41", fmt="outlook", ago=1,
         inv="RK-2026-10410", amt="1.150,00", due="2026-11-16",
         frm="Jürgen Hepp <j.hepp@hepp-metallbau.de>",
         intent="contact_change", new_email="rechnungseingang@hepp-metallbau.de",
         note="Asks that invoices and reminders go to rechnungseingang@hepp-metallbau.de instead of his own address.",
         body="""Guten Morgen,

bitte schicken Sie Rechnungen und Zahlungserinnerungen künftig nicht mehr an mich persönlich, sondern ausschließlich an unseren zentralen Rechnungseingang:

rechnungseingang@hepp-metallbau.de

Dort werden die Belege digital erfasst und freigegeben. Mails an mich bleiben leider oft liegen, weil ich viel auf Baustellen bin. Ich habe Ihre Mahnung dorthin weitergeleitet.

Danke und Gruß
Jürgen Hepp
Hepp Metallbau GmbH
Tuttlingen"""),

    dict(id="s6de028", country="DE", date="2026-12-01T08:33", fmt="bounce",
         inv="RK-2026-10390", amt="874,00", due="2026-11-12",
         frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@riedle-klima.de>",
         subj="Unzustellbar: Zahlungserinnerung: Rechnung RK-2026-10390 – Riedle Kälte- und Klimatechnik GmbH",
         mta="FR3P281MB1734.DEUP281.PROD.OUTLOOK.COM",
         rcpt="m.engesser@bistro-engesser.de", status="5.1.1",
         diag="550 5.1.1 <m.engesser@bistro-engesser.de>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx00.ionos.de",
         intent="bounce",
         body="""Ihre Nachricht hat m.engesser@bistro-engesser.de nicht erreicht.

Die E-Mail-Adresse, an die Sie Ihre Nachricht gesendet haben, wurde nicht gefunden, oder sie existiert nicht.

So beheben Sie das Problem
Die Nachricht konnte nicht übermittelt werden. Überprüfen Sie die E-Mail-Adresse des Empfängers auf Tippfehler und senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an den Empfänger (telefonisch oder persönlich) und bitten Sie ihn, seinen E-Mail-Administrator zu kontaktieren.

Weitere Informationen für E-Mail-Administratoren
Der Remoteserver mx00.ionos.de hat die Nachricht mit folgender Antwort abgelehnt:
550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s6de029", country="DE", date="2026-11-19T18:10", fmt="gmail", ago=3,
         inv="RK-2026-10347", amt="690,00", due="2026-11-02",
         frm="Micha Stehle <micha@stehle-fliesen.de>",
         intent="promise", promise_date="2026-11-27",
         note="Du-form between tradesmen, written Thursday 19 Nov 2026: 'bis Freitag nächste Woche' -> Friday 27 Nov 2026.",
         body="""Servus Andi,

hab deine Mahnung gesehn, alles gut, ich hab dich nicht vergessen :) Bei mir kommt grad erst die Kohle vom Bauträger rein. Bis Freitag nächste Woche hast du dein Geld, Hand drauf.

Grüß mir den Chef
Micha

Stehle Fliesen & Naturstein
Gottmadingen"""),

    dict(id="s6de030", country="DE", date="2026-12-08T19:26", fmt="gmail", ago=5,
         inv="RK-2026-10416", amt="385,00", due="2026-11-17",
         frm="Gesangverein Liederkranz Hegne <liederkranz.hegne@gmx.de>",
         intent="paid", paid_on="2026-12-07",
         note="Written Tuesday 8 Dec 2026: 'habe gestern überwiesen' -> 7 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

ich habe die Rechnung für die Wartung der Lüftung in unserem Probenraum gestern überwiesen. Entschuldigen Sie die Verzögerung, ich habe das Amt der Kassiererin erst im Oktober übernommen und musste erst einmal Zugang zum Vereinskonto bekommen.

Die Überweisungsbestätigung hänge ich an.

Mit freundlichen Grüßen
Rosemarie Keßler
Kassiererin
Gesangverein Liederkranz Hegne 1889 e.V."""),
    dict(id="s6de031", country="DE", date="2026-12-21T06:15", fmt="ooo",
         inv="RK-2026-10431", amt="2.795,00", due="2026-12-04",
         frm="Info Schreinerei Baumgartner <info@schreinerei-baumgartner.ch>",
         intent="out_of_office", return_date="2027-01-05",
         subj_prefix="Abwesend: ",
         note="Swiss firm on company holidays from 21.12.2026 to 4.1.2027, 'ab Dienstag, 5. Januar 2027 wieder erreichbar' -> 5 Jan 2027.",
         body="""Grüezi

Besten Dank für Ihre Nachricht.

Unser Betrieb bleibt über die Festtage vom 21. Dezember 2026 bis und mit 4. Januar 2027 geschlossen. Ab Dienstag, 5. Januar 2027 sind wir gerne wieder für Sie erreichbar.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr!

Schreinerei Baumgartner GmbH
Weinfelden"""),

    dict(id="s6de032", country="DE", date="2026-12-02T10:44", fmt="html_outlook", stage="firm", ago=2,
         inv="RK-2026-10272", amt="486,50", due="2026-10-23",
         frm="Sven Kiefer <kiefer@wohnbau-hegau.de>",
         intent="dispute",
         note="The property manager says it never ordered the repair (the tenant did) and owes nothing; asks to bill the tenant.",
         body="""Sehr geehrte Damen und Herren,

wir haben diesen Auftrag nicht erteilt. Laut Ihrem Arbeitsbericht wurde die Reparatur am Split-Gerät in der Wohnung Scheffelstraße 12, 3. OG links, vom Mieter Herrn Obradović direkt bei Ihnen beauftragt. Das Gerät hat der Mieter selbst einbauen lassen, es gehört nicht zum Mietobjekt und fällt nicht in unsere Zuständigkeit.

Eine Zahlung durch die Hausverwaltung bzw. die Eigentümerin erfolgt daher nicht. Bitte stellen Sie die Rechnung an Ihren Auftraggeber und sehen Sie von weiteren Mahnungen an uns ab.

Mit freundlichen Grüßen
Sven Kiefer
Immobilienkaufmann (IHK)

Wohnbau Hegau Verwaltungs GmbH
Ekkehardstraße 30 · 78224 Singen (Hohentwiel)
T 07731 82 60 40"""),

    dict(id="s6de033", country="DE", date="2026-12-03T14:08", fmt="outlook", ago=2,
         inv="RK-2026-10386", amt="7.342,18", due="2026-11-11",
         frm="Finanzbuchhaltung Stadtwerke-Service <fibu@sw-service-rv.de>",
         intent="paid", paid_on="2026-12-01",
         note="'mit Valuta 01.12.2026 überwiesen' -> paid_on 1 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

der Rechnungsbetrag in Höhe von 7.342,18 EUR wurde mit Valuta 01.12.2026 auf Ihr Konto bei der Sparkasse Bodensee überwiesen.

Verwendungszweck: RK-2026-10386 / Kreditor 700418

Mit freundlichen Grüßen
Ihre Finanzbuchhaltung

Stadtwerke-Service Ravensburg GmbH
Schussenstraße 2, 88212 Ravensburg"""),

    dict(id="s6de034", country="DE", date="2026-12-04T17:29", fmt="apple", stage="second_reminder", ago=2,
         inv="RK-2026-10364", amt="2.640,00", due="2026-11-06",
         frm="Elektro Maier <elektro.maier.rielasingen@t-online.de>",
         intent="promise", promise_date="2026-12-18",
         note="'sobald unser Auftraggeber zahlt, spätestens aber am 18.12.' written 4 Dec 2026 -> the latest committed day, 18 Dec 2026.",
         body="""Hallo zusammen,

die Rechnung ist nicht vergessen. Wir warten selbst noch auf die Schlusszahlung vom Generalunternehmer für das Ärztehaus, wo Ihre Anlage drin ist. Sobald die da ist, überweisen wir, spätestens aber am 18.12., das sage ich Ihnen fest zu.

Grüße
Bernd Maier
Elektro Maier, Rielasingen

Von meinem iPhone gesendet"""),

    dict(id="s6de035", country="DE", date="2026-12-07T12:17", fmt="gmail", fresh=True, ago=3,
         subj="Rückruf wegen Wartungsvertrag",
         inv="RK-2026-10421", amt="1.320,00", due="2026-11-20",
         frm="Gerhard Welte <g.welte@welte-bueroservice.de>",
         intent="other",
         note="A new mail asking for a call back about next year's maintenance contract and the invoice; no payment statement, no dispute. The numbers are phone numbers and times, not dates.",
         body="""Guten Tag,

ich habe Ihre Mahnung zur Rechnung RK-2026-10421 bekommen. Bevor ich da etwas mache, würde ich gern mit jemandem sprechen, der sich mit unserem Wartungsvertrag auskennt, weil wir für nächstes Jahr ohnehin über den Umfang reden müssten (wir geben im Frühjahr eine Etage ab).

Könnten Sie mich bitte zurückrufen? Am besten erreichen Sie mich werktags zwischen 8 und 10 Uhr unter 07531 45 19 03 oder mobil 0152 0318 7744.

Vielen Dank
Gerhard Welte
Welte Büroservice GmbH"""),

    dict(id="s6de036", country="DE", date="2026-12-09T09:52", fmt="html_outlook", ago=2,
         inv="RK-2026-10427", amt="3.915,60", due="2026-11-23",
         frm="Rechnungsprüfung <rechnungspruefung@hegau-klinik-gruppe.de>",
         intent="copy_request",
         note="Asks for the invoice again with the signed work reports / time sheets attached (the detail) so it can be released.",
         body="""Sehr geehrte Damen und Herren,

zu der Rechnung RK-2026-10427 (Störungsbeseitigung Kältezentrale OP-Trakt) fehlen uns die unterschriebenen Regieberichte bzw. Stundennachweise Ihrer Monteure. Ohne Leistungsnachweis kann die Rechnung von unserer Technik nicht freigegeben werden.

Bitte senden Sie uns die Rechnung noch einmal vollständig, als PDF inklusive aller Anlagen, an rechnungspruefung@hegau-klinik-gruppe.de. Nach Eingang leiten wir sie umgehend zur Freigabe weiter.

Mit freundlichen Grüßen

Andrea Blum
Rechnungsprüfung / Kreditorenmanagement
Hegau Klinik Gruppe gGmbH
Virchowstraße 10 · 78224 Singen

Hinweis: Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""),

    dict(id="s6de037", country="DE", date="2026-12-11T21:03", fmt="html_gmail", stage="final_notice", ago=3,
         inv="RK-2026-10256", amt="1.485,00", due="2026-10-16",
         frm="Daniela Hämmerle <daniela.haemmerle@aon.at>",
         intent="plan_request",
         note="Austrian consumer, out of work, asks to pay in monthly instalments of 100 EUR; no start date, so a plan request.",
         body="""Sehr geehrte Damen und Herren,

bitte entschuldigen Sie, dass ich mich erst jetzt melde. Ich habe im Oktober meine Arbeit verloren und bekomme derzeit nur Arbeitslosengeld vom AMS. Den ganzen Betrag auf einmal kann ich beim besten Willen nicht zahlen.

Wäre es möglich, dass ich die Rechnung in monatlichen Raten von 100 Euro abstottere? Mehr geht momentan leider nicht. Bitte geben Sie die Sache nicht an ein Inkassobüro weiter, ich möchte das ja bezahlen.

Mit freundlichen Grüßen
Daniela Hämmerle
Lustenau"""),

    dict(id="s6de038", country="DE", date="2026-12-14T08:06", fmt="html_gmail", ago=4,
         inv="RK-2026-10419", amt="258,00", due="2026-11-19",
         frm="Markus Reiser <markus.reiser@gmail.com>",
         intent="paid", paid_on="2026-12-12",
         note="Written Monday 14 Dec 2026: 'am Samstag per Onlinebanking überwiesen' -> Saturday 12 Dec 2026.",
         body="""Guten Morgen,

kurze Info: ich hab den Betrag am Samstag per Onlinebanking überwiesen, mit der Rechnungsnummer im Verwendungszweck. Wegen dem Wochenende ist es vermutlich erst heute oder morgen bei Ihnen.

Schöne Grüße
Markus Reiser"""),

    dict(id="s6de039", country="DE", date="2026-12-16T13:22", fmt="tb", noquote=True, ago=6,
         inv=[("RK-2026-10395", "1.064,00", "2026-11-12"), ("RK-2026-10408", "532,00", "2026-11-16")],
         frm="Klaus-Dieter Frommherz <kd.frommherz@arcor.de>",
         intent="paid", paid_on="2026-12-16",
         note="'habe eben ... per Echtzeitueberweisung bezahlt' on 16 Dec 2026 -> paid_on 16 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

habe eben beide Rechnungen (RK-2026-10395 und RK-2026-10408, zusammen 1.596,00 EUR) per Echtzeitueberweisung bezahlt, das Geld muesste also schon auf Ihrem Konto sein.

Bitte entschuldigen Sie die Verspaetung, ich war laenger im Krankenhaus.

Mit freundlichen Gruessen
K.-D. Frommherz
Steisslingen"""),

    dict(id="s6de040", country="DE", date="2026-12-17T11:48", fmt="outlook", stage="second_reminder", ago=3,
         inv="RK-2026-10403", amt="38,40", due="2026-11-13",
         frm="Sonja Brugger <s.brugger@brugger-tiefbau.de>",
         intent="dispute",
         note="The 38.40 EUR left open is the 2 % early-payment discount they deducted; they hold the deduction was justified and refuse to pay the rest.",
         body="""Hallo,

bei dem angemahnten Betrag von 38,40 EUR handelt es sich um das Skonto, das wir bei der Zahlung der Rechnung RK-2026-10403 abgezogen haben. Auf Ihrer Rechnung steht ausdrücklich "zahlbar innerhalb von 10 Tagen mit 2 % Skonto". Die Rechnung ist am 30.10. bei uns eingegangen und wurde am 06.11. bezahlt, also innerhalb der Frist.

Der Skontoabzug war damit berechtigt, den Restbetrag werden wir nicht überweisen. Bitte buchen Sie den Posten aus.

Viele Grüße
Sonja Brugger
Buchhaltung
Brugger Tiefbau GmbH & Co. KG
Markdorf"""),
]
