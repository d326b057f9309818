"""German part (s8de): replies from German and Swiss customers of Dreisam IT-Systeme GmbH, Freiburg.
Each reply body below is written by hand, one case at a time."""

CASES = [
    dict(id="s8de001", country="DE", date="2026-12-08T10:14", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2026-1187", amt="714,00", due="2026-11-27",
         frm="Sabine Wendt <s.wendt@lorenz-partner-stb.de>",
         intent="promise", promise_date="2026-12-11",
         note="Invoice released; will be paid in the payment run on Friday 11.12.2026.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Die Rechnung RE-2026-1187 ist bei uns leider im Freigabeordner von Herrn Dr. Lorenz liegen geblieben. Sie ist inzwischen freigegeben und wird mit unserem Zahlungslauf am Freitag, den 11.12.2026, überwiesen.

Bitte entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen

Sabine Wendt
Sekretariat / Buchhaltung

Lorenz & Partner mbB
Steuerberatungsgesellschaft
Kaiser-Joseph-Straße 241 | 79098 Freiburg
Tel. 0761 38 66 40-12 | Fax 0761 38 66 40-99
s.wendt@lorenz-partner-stb.de

Partnerschaftsregister: Amtsgericht Freiburg PR 700153
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""),

    dict(id="s8de002", country="DE", date="2026-12-09T05:47", fmt="gmail", stage="second_reminder", ago=2,
         inv="RE-2026-1102", amt="356,90", due="2026-11-13",
         frm="Thomas Maier <baeckerei.maier.em@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Phone-typed, no umlauts: transferred yesterday evening (reply of 9 Dec).",
         body="""hallo

hab das gestern abend ueberwiesen, muesste heute oder morgen bei ihnen sein. sorry hab die erste mail uebersehen, vor weihnachten ist hier die hoelle los

gruss
Thomas Maier
Baeckerei Maier Emmendingen"""),

    dict(id="s8de003", country="DE", date="2026-12-22T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1215", amt="1.428,00", due="2026-12-04",
         frm="Kanzlei Brenner Hofmann <kanzlei@brenner-hofmann-ra.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Law office closed until 3 January inclusive; back Monday 4 January 2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Unsere Kanzlei ist vom 21. Dezember 2026 bis einschließlich 3. Januar 2027 geschlossen. Ab Montag, dem 4. Januar 2027, sind wir wieder für Sie da. Ihre E-Mail wird in dieser Zeit nicht gelesen und nicht weitergeleitet.

In dringenden Fristsachen erreichen Sie unseren Bereitschaftsdienst unter 0761 202 93 10.

Mit freundlichen Grüßen
Brenner Hofmann Rechtsanwälte PartG mbB
Rotteckring 9, 79098 Freiburg"""),

    dict(id="s8de004", country="DE", date="2026-12-10T17:40", fmt="tb", stage="firm", ago=3,
         inv="RE-2026-0988", amt="2.261,00", due="2026-10-30",
         frm="Jürgen Hauser <j.hauser@autohaus-hauser-weil.de>",
         intent="dispute",
         note="Angry: contests the hours billed and a printer still not working; will pay only a corrected invoice.",
         body="""Jetzt reicht es aber.

Ich habe Ihrem Herrn Kienzle schon zweimal am Telefon gesagt, dass wir die Rechnung so nicht bezahlen. Da stehen 14 Stunden Einrichtung für die neuen Arbeitsplätze im Verkauf drauf. Ihr Techniker war zweimal da, jeweils vormittags, das waren zusammen vielleicht 7 Stunden, und davon hat er eine Stunde mit unserem Werkstattmeister Kaffee getrunken. Außerdem druckt der Drucker in der Serviceannahme bis heute nicht.

Und dann kommt eine Mahnung mit Verzugszinsen und 40 Euro Pauschale obendrauf. Ganz sicher nicht.

Schicken Sie mir eine korrigierte Rechnung mit den tatsächlichen Stunden und den unterschriebenen Stundenzetteln, dann zahlen wir. Vorher nicht.

J. Hauser

-- 
Jürgen Hauser
Geschäftsführer
Autohaus Hauser GmbH & Co. KG
Lörracher Str. 58, 79576 Weil am Rhein
Tel. 07621 79 41-0"""),

    dict(id="s8de005", country="DE", date="2026-12-11T13:20", fmt="apple", stage="reminder", ago=3,
         inv="RE-2026-1144", amt="389,50", due="2026-11-30",
         frm="Kita Regenbogen Leitung <leitung@kita-regenbogen-zaehringen.de>",
         intent="copy_request",
         note="Cannot find the invoice (sent to the former head); asks for a PDF copy with cost centre.",
         body="""Guten Tag,

ich habe Ihre Erinnerung bekommen, finde die Rechnung bei uns aber nicht. Ich vermute, sie ist noch an die alte Leitung gegangen (Frau Schäfer ist seit Oktober nicht mehr bei uns).

Könnten Sie mir die Rechnung bitte noch einmal als PDF schicken? Für die Weitergabe an unseren Träger brauche ich außerdem die Kostenstelle 31-204 auf der Rechnung, sonst wird sie in der Verwaltung nicht bearbeitet.

Vielen Dank und liebe Grüße
Miriam Ott
Leitung Ev. Kindertagesstätte Regenbogen
Tel. 0761 55 72 19

Von meinem iPad gesendet"""),

    dict(id="s8de006", country="DE", date="2026-12-14T21:33", fmt="gmail", stage="second_reminder", ago=4,
         inv="RE-2026-1061", amt="248,00", due="2026-11-06",
         frm="Uwe Bischoff <kasse@tus-gundelfingen.de>",
         intent="promise",
         note="Volunteer treasurer: will pay right after the holidays, money in January; no single day.",
         body="""Hallo zusammen,

sorry, dass das so lange dauert. Ich bin nur ehrenamtlicher Kassenwart beim TuS und bei uns müssen alle Zahlungen von zwei Leuten aus dem Vorstand freigegeben werden. Der zweite liegt gerade mit Grippe flach.

Ich kümmere mich gleich nach den Feiertagen drum, dann ist das Geld im Januar bei euch. Versprochen.

Sportliche Grüße
Uwe Bischoff
Kassenwart TuS Gundelfingen 1921 e.V."""),

    dict(id="s8de007", country="DE", date="2026-12-15T11:05", fmt="html_outlook", stage="reminder", ago=1,
         inv=[("RE-2026-1093", "1.190,00", "2026-11-20"), ("RE-2026-1129", "583,10", "2026-11-27")],
         frm="Kreditorenbuchhaltung Brugger <kreditoren@brugger-praezision.de>",
         intent="paid", paid_on="2026-12-14",
         note="Accounts payable: both invoices paid in one collective transfer in the payment run of 14.12.2026.",
         body="""Sehr geehrte Damen und Herren,

die beiden o. g. Rechnungen wurden in unserem Zahlungslauf vom 14.12.2026 berücksichtigt und mit einer Sammelüberweisung über 1.773,10 EUR beglichen (Verwendungszweck: Zahlungsavis 2000184512). Der Betrag sollte Ihrem Konto innerhalb von ein bis zwei Bankarbeitstagen gutgeschrieben werden.

Wir bitten Sie, auf künftigen Rechnungen stets unsere Bestellnummer (45xxxxxxxx) anzugeben. Rechnungen ohne Bestellbezug können wir nur mit Verzögerung bearbeiten.

Mit freundlichen Grüßen

i. A. Katrin Vogt
Kreditorenbuchhaltung

Brugger Präzisionstechnik GmbH
Im Gewerbepark 14 · 79183 Waldkirch
Telefon +49 7681 4093-218
kreditoren@brugger-praezision.de

Sitz der Gesellschaft: Waldkirch · Registergericht: Amtsgericht Freiburg HRB 680417
Geschäftsführer: Dr. Martin Brugger, Stefanie Albiez"""),

    dict(id="s8de008", country="DE", date="2026-12-16T09:12", fmt="outlook", stage="reminder", ago=2,
         inv="RE-2026-1166", amt="3.927,00", due="2026-12-04",
         frm="Engler, Markus <m.engler@stadtwerke-rheinauen.de>",
         intent="contact_change", new_email="rechnungseingang@stadtwerke-rheinauen.de",
         note="Asks that invoices and reminders go only to the central invoice inbox.",
         body="""Guten Morgen,

bitte senden Sie Rechnungen und Zahlungserinnerungen künftig nicht mehr an meine persönliche Adresse, sondern ausschließlich an unseren zentralen Rechnungseingang:

rechnungseingang@stadtwerke-rheinauen.de

Dort werden alle Eingänge erfasst und dem Fachbereich zur Freigabe vorgelegt. Ihre Erinnerung habe ich dorthin weitergegeben.

Freundliche Grüße

Markus Engler
IT / Netzwerke
Stadtwerke Rheinauen GmbH
Hafenstraße 3
79206 Breisach am Rhein
Tel. 07667 908-341"""),

    dict(id="s8de009", country="DE", date="2026-12-17T19:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="RE-2026-1140", amt="489,00", due="2026-11-30",
         frm="Renate Kübler <renate.kuebler58@gmail.com>",
         intent="plan_request",
         note="Private customer cannot pay 489 EUR at once; asks for three or four monthly instalments.",
         body="""Sehr geehrte Damen und Herren,

ich habe Ihre Mahnung erhalten. Die Reparatur von meinem Laptop und die Datenrettung waren leider teurer als ich gedacht hatte, und im Moment kommt bei mir einiges zusammen (Nebenkostennachzahlung, das Auto war auch in der Werkstatt). Ich möchte die Rechnung natürlich bezahlen, schaffe die 489 Euro aber nicht auf einmal.

Wäre es möglich, den Betrag in drei oder vier Monatsraten abzuzahlen? Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Renate Kübler"""),

    dict(id="s8de010", country="DE", date="2026-12-17T08:33", fmt="bounce",
         inv="RE-2026-1079", rcpt="verwaltung@pflegedienst-lichtblick-kenzingen.de", status="5.2.2",
         diag="552 5.2.2 <verwaltung@pflegedienst-lichtblick-kenzingen.de>: Mailbox full / Postfach voll, quota exceeded",
         remote="mx1.pflegedienst-lichtblick-kenzingen.de",
         intent="bounce",
         note="DSN: recipient mailbox over quota.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
verwaltung@pflegedienst-lichtblick-kenzingen.de

The recipient's mailbox is full and can't accept messages now."""),

    dict(id="s8de011", country="CH", date="2026-12-21T14:10", fmt="outlook", stage="reminder", ago=4,
         inv="RE-2026-1198", amt="2.480,00", due="2026-12-11",
         frm="Reto Gysin <r.gysin@gysin-treuhand.ch>",
         intent="promise", promise_date="2027-01-15",
         note="Swiss trust office: EUR payments run mid-month; transfer per 15 January 2027.",
         body="""Grüezi

Besten Dank für Ihre Erinnerung. Wir haben die Rechnung geprüft, sie ist in Ordnung. Da wir Zahlungen in EUR jeweils gesammelt Mitte Monat ausführen, wird der Betrag von EUR 2'480.00 per 15. Januar 2027 an Sie überwiesen.

Wir bitten um Kenntnisnahme und danken für Ihr Verständnis.

Freundliche Grüsse

Reto Gysin
Treuhand Gysin & Partner AG
Steinenvorstadt 33
4051 Basel
Tel. +41 61 271 48 90
www.gysin-treuhand.ch"""),

    dict(id="s8de012", country="CH", date="2026-12-09T19:02", fmt="apple", stage="reminder", ago=1,
         inv="RE-2026-1117", amt="165,00", due="2026-11-30",
         frm="Beat Stöcklin <kassier@tv-riehen.ch>",
         intent="paid", paid_on="2026-12-04",
         note="Swiss club treasurer: paid by e-banking on 4 December; reminder crossed the payment.",
         body="""Guten Tag

Die Rechnung RE-2026-1117 haben wir bereits am 4. Dezember per E-Banking bezahlt (EUR 165.00, Auftrag über unsere Hausbank). Vermutlich hat sich Ihre Erinnerung mit der Zahlung gekreuzt, Auslandzahlungen brauchen halt manchmal ein paar Tage.

Falls das Geld bis Ende Woche nicht bei Ihnen ist, melden Sie sich bitte nochmals, dann lasse ich das bei der Bank abklären.

Freundliche Grüsse
Beat Stöcklin
Kassier Turnverein Riehen"""),

    dict(id="s8de013", country="DE", date="2026-12-10T08:55", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1150", amt="612,80", due="2026-11-26",
         frm="Andrea Walz <info@baeckerei-walz-lahr.de>",
         intent="other",
         note="Wrong recipient: a different bakery of the same name, never a customer.",
         body="""Guten Tag,

ich glaube, Sie haben sich in der Adresse vertan. Wir sind die Bäckerei Walz in Lahr, wir haben bei Ihnen nie etwas bestellt und kennen Ihre Firma auch nicht. Vielleicht meinen Sie die Bäckerei Walz in Waldkirch? Mit denen sind wir weder verwandt noch verschwägert.

Bitte korrigieren Sie das in Ihrem System.

Freundliche Grüße
Andrea Walz"""),

    dict(id="s8de014", country="DE", date="2026-12-14T12:03", fmt="apple", stage="firm", ago=4,
         inv="RE-2026-1008", amt="94,00", due="2026-11-02",
         frm="Kai Brunner <kai.brunner@web.de>",
         intent="promise", promise_date="2026-12-15",
         note="Very short: will transfer tomorrow morning (reply of Monday 14 Dec).",
         body="""Sorry, total untergegangen. Überweise morgen früh.

Gruß Kai

Von meinem iPhone gesendet"""),

    dict(id="s8de015", country="DE", date="2026-12-15T20:17", fmt="gmail", stage="heads_up", ago=1,
         inv="RE-2026-1222", amt="59,90", due="2026-12-28",
         frm="M. Schwörer <m.schwoerer@t-online.de>",
         intent="unsubscribe",
         note="Wants to be removed from the reminder mails; mentions direct debit only as the reason.",
         body="""Guten Abend,

ich möchte diese automatischen Erinnerungsmails nicht mehr bekommen. Meine Rechnungen bei Ihnen werden sowieso per Lastschrift eingezogen, da muss mich niemand eine Woche vorher daran erinnern.

Bitte tragen Sie meine Adresse aus diesem Verteiler aus. Danke.

M. Schwörer"""),

    dict(id="s8de016", country="DE", date="2026-12-16T15:22", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="RE-2026-1071", amt="297,50", due="2026-11-10",
         frm="Pflegedienst Reinbold Verwaltung <verwaltung@pflege-reinbold.de>",
         intent="dispute",
         note="Maintenance contract was cancelled for 30.09.2026; asks to cancel the Q4 maintenance invoice.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Mahnung: Mit der Rechnung RE-2026-1071 berechnen Sie uns die Wartungspauschale für das 4. Quartal 2026. Unseren Wartungsvertrag haben wir aber bereits im Juni fristgerecht zum 30.09.2026 gekündigt. Die Kündigung ging per Einschreiben an Sie raus, und Herr Wehrle hat uns den Eingang damals auch telefonisch bestätigt.

Wir bitten Sie daher, die Rechnung zu stornieren. Eine Kopie des Kündigungsschreibens und den Einlieferungsbeleg kann ich Ihnen gerne schicken.

Mit freundlichen Grüßen

Claudia Reinbold
Verwaltung
Ambulanter Pflegedienst Reinbold & Team
Tel. 07641 93 28 70"""),

    dict(id="s8de017", country="DE", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1201", amt="1.547,00", due="2026-12-15",
         frm="Kreditorenbuchhaltung <kreditoren@faller-kunststoff.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Company shutdown 23.12.2026 to 06.01.2027 inclusive; reachable again 7 January.",
         body="""Vielen Dank für Ihre Nachricht.

Unser Unternehmen befindet sich vom 23.12.2026 bis einschließlich 06.01.2027 in den Betriebsferien. Ab dem 07.01.2027 sind wir wieder für Sie erreichbar. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.

Thank you for your message. Our company is closed from 23 December 2026 to 6 January 2027 inclusive. We will be back on 7 January 2027.

Mit freundlichen Grüßen / Best regards
Kreditorenbuchhaltung
Faller Kunststofftechnik GmbH"""),

    dict(id="s8de018", country="DE", date="2026-12-16T10:41", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="RE-2026-1035", amt="1.806,40", due="2026-11-05",
         frm="Baumann, Jasmin <j.baumann@autohaus-kiefer.de>",
         intent="paid", paid_on="2026-12-11",
         note="Assistant forwards the manager's note of Tue 15 Dec: paid in full 'am Freitag' = 11 Dec.",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung unseres Geschäftsführers zu Ihrer Mahnung, zu Ihrer Information.

Freundliche Grüße
Jasmin Baumann
Assistenz der Geschäftsleitung
Autohaus Kiefer GmbH
Schwarzwaldstraße 201, 79117 Freiburg
Tel. 0761 600 44-10

-----Ursprüngliche Nachricht-----
Von: Kiefer, Rolf <r.kiefer@autohaus-kiefer.de>
Gesendet: Dienstag, 15. Dezember 2026 18:52
An: Baumann, Jasmin <j.baumann@autohaus-kiefer.de>
Betreff: WG: 1. Mahnung: Rechnung RE-2026-1035 – Dreisam IT-Systeme GmbH

Hallo Frau Baumann,
die ist am Freitag von mir überwiesen worden, komplett. Bitte kurz an die Dreisam zurückmelden, damit die nicht noch mal mahnen.
Gruß RK

Von meinem Smartphone gesendet"""),

    dict(id="s8de019", country="DE", date="2026-12-18T11:27", fmt="tb", stage="reminder", ago=1,
         inv="RE-2026-1177", amt="436,80", due="2026-12-10",
         frm="Petra Zimmermann <info@pflegedienst-zimmermann.de>",
         intent="bank_details",
         note="Received a letter announcing a new (Lithuanian) IBAN; asks which bank details are valid before paying.",
         body="""Guten Tag,

bevor wir die Rechnung RE-2026-1177 bezahlen, eine Rückfrage: Wir haben vor zwei Wochen ein Schreiben bekommen, angeblich von Ihnen, dass sich Ihre Bankverbindung geändert hat. Die neue IBAN fängt mit LT an (Litauen). Das kam uns komisch vor, weil auf Ihrer Rechnung noch die alte Sparkassen-IBAN steht.

Können Sie uns bitte telefonisch oder schriftlich bestätigen, welche Bankverbindung gilt? Bis dahin überweisen wir lieber nicht, nicht dass das Geld bei den Falschen landet.

Viele Grüße
Petra Zimmermann

-- 
Pflegedienst Zimmermann – Häusliche Krankenpflege
Hauptstraße 17, 79312 Emmendingen
Tel. 07641 57 03 22"""),

    dict(id="s8de020", country="DE", date="2026-12-14T16:05", fmt="html_outlook", stage="firm", ago=3,
         inv="RE-2026-1012", amt="3.451,75", due="2026-11-06",
         frm="Dr. Friederike Aschenbrenner <aschenbrenner@aschenbrenner-wolf.de>",
         intent="promise", promise_date="2026-12-22",
         note="Formal: released for payment, transfer in the next payment run on 22 December 2026.",
         body="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihres Schreibens vom 11.12.2026.

Die Rechnung RE-2026-1012 (Migration Kanzleisoftware) ist sachlich geprüft und zur Zahlung freigegeben. Die Anweisung erfolgt mit unserem nächsten Zahlungslauf am 22. Dezember 2026. Wir bitten höflich darum, bis dahin von weiteren Mahnungen sowie von der Berechnung der Verzugspauschale abzusehen.

Mit freundlichen Grüßen

Dr. Friederike Aschenbrenner
Rechtsanwältin

ASCHENBRENNER WOLF Rechtsanwälte
Bertoldstraße 48 · 79098 Freiburg i. Br.
T +49 761 290 55-0 · F +49 761 290 55-29
aschenbrenner@aschenbrenner-wolf.de

Diese Nachricht enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""),

    dict(id="s8de021", country="DE", date="2027-01-05T20:40", fmt="html_gmail", stage="reminder", ago=1,
         inv="RE-2026-1236", amt="129,00", due="2026-12-22",
         frm="Sandra Eckert <sandra.eckert.fr@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Private customer paid by card through the link just now (today).",
         body="""Hallo,

ich habe gerade eben über den Link in Ihrer Mail mit Kreditkarte bezahlt, die Bestätigung kam auch schon. Entschuldigung, die Rechnung lag zwischen den Weihnachtskarten und ich habe sie erst jetzt gesehen.

Und noch mal danke an Ihren Techniker, der Router läuft seitdem einwandfrei!

Viele Grüße
Sandra Eckert"""),

    dict(id="s8de022", country="DE", date="2027-01-07T09:48", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1190", amt="5.712,00", due="2026-12-18",
         frm="Hummel, Nicole <n.hummel@rombach-logistik.de>",
         intent="copy_request",
         note="Accounts payable has no invoice on file; asks for the PDF with the purchase-order number before paying.",
         body="""Sehr geehrte Damen und Herren,

zu der von Ihnen angemahnten Rechnung RE-2026-1190 liegt uns kein Beleg vor. In unserem System ist unter Ihrer Kreditorennummer 704418 für Dezember keine Rechnung erfasst.

Bitte senden Sie uns die Rechnung als PDF an rechnungseingang@rombach-logistik.de und geben Sie darauf unbedingt unsere Bestellnummer an (die Bestellung der Notebooks lief über Herrn Armbruster, die Nummer beginnt mit 4500). Ohne Bestellnummer kann die Rechnung nicht automatisch verarbeitet werden und geht an Sie zurück.

Nach Eingang erfolgt die Zahlung im Rahmen unserer Zahlungsbedingungen.

Mit freundlichen Grüßen

i. A. Nicole Hummel
Shared Service Center – Kreditorenbuchhaltung

Rombach Logistik GmbH & Co. KG
Industriestraße 40 · 77656 Offenburg
Tel. +49 781 9204-5531
www.rombach-logistik.de

Kommanditgesellschaft, Sitz Offenburg, Registergericht Freiburg HRA 470912
Persönlich haftende Gesellschafterin: Rombach Verwaltungs-GmbH, Sitz Offenburg, Registergericht Freiburg HRB 471388
Geschäftsführung: Klaus Rombach, Dr. Ines Hättich"""),

    dict(id="s8de023", country="DE", date="2026-12-19T14:30", fmt="gmail", stage="firm", ago=5,
         inv="RE-2026-1085", amt="1.642,00", due="2026-11-18",
         frm="Ferdi Kaltenbach <backstube.kaltenbach@gmail.com>",
         intent="promise",
         note="Phone-typed with typos: will pay all at once 'Anfang Januar'; no single day.",
         body="""Hallo,
ja ich weis das die Rechnung noch offen ist. Kasse ist grad knapp, das Weihnachtsgeschaeft kommt ja erst noch. Ich zahl das Anfang Januar auf einmal, bitte nich gleich Inkasso oder so.
Gruss Ferdi Kaltenbach
Backstube Kaltenbach"""),

    dict(id="s8de024", country="DE", date="2027-01-11T08:12", fmt="tb", stage="final_notice", ago=4,
         inv="RE-2026-1109", amt="1.249,50", due="2026-11-25",
         frm="Gerhard Sutter <g.sutter@sutter-steuerberatung.de>",
         intent="dispute",
         note="Angry: server unstable since the billed update, hotline unreachable; refuses to pay until fixed and credit discussed.",
         body="""Sehr geehrte Damen und Herren,

Ihre „letzte Mahnung" ist eine Frechheit.

Unser Server läuft seit dem Update, das Ihr Techniker am 19. November eingespielt hat, nicht mehr stabil. Zweimal im Dezember stand die komplette Kanzlei einen halben Tag still, mitten im Jahresendgeschäft. Ihre Hotline war zwischen den Jahren nicht erreichbar, obwohl unser Vertrag ausdrücklich eine Erreichbarkeit an Werktagen vorsieht. Die Notfallnummer lief ins Leere.

Die Rechnung für das Update zahlen wir erst, wenn das System nachweislich stabil läuft und wir über eine Gutschrift für die Ausfallzeiten gesprochen haben. Eine Übergabe an ein Inkassobüro werden wir nicht hinnehmen, ich habe die Sache vorsorglich unserem Anwalt gegeben.

Ich erwarte einen Rückruf von Herrn Wehrle persönlich, nicht von Ihrer Buchhaltung.

Gerhard Sutter
Steuerberater

-- 
Sutter Steuerberatung
Bahnhofstraße 8, 79346 Endingen am Kaiserstuhl
Tel. 07642 92 01 40"""),

    dict(id="s8de025", country="CH", date="2026-12-28T10:15", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1208", amt="780,00", due="2026-12-14",
         frm="Daniel Bürgi <daniel.buergi@spitex-fricktal-west.ch>",
         intent="out_of_office", return_date="2027-01-11",
         note="Swiss auto-reply: on holiday 'bis und mit 8. Januar'; back in the office Monday 11 January.",
         body="""Guten Tag

Ich bin bis und mit 8. Januar 2027 in den Ferien und habe keinen Zugriff auf meine E-Mails. Ab Montag, 11. Januar, bin ich wieder im Büro.

In dringenden Fällen wenden Sie sich bitte an Frau Corinne Frei, corinne.frei@spitex-fricktal-west.ch, Tel. +41 61 836 20 14.

Freundliche Grüsse
Daniel Bürgi
Leiter Administration
Spitex Fricktal West"""),

    dict(id="s8de026", country="DE", date="2027-01-12T13:37", fmt="gmail", stage="firm", ago=1,
         inv=[("RE-2026-0954", "420,00", "2026-10-15"), ("RE-2026-1058", "420,00", "2026-11-13"),
              ("RE-2026-1163", "420,00", "2026-12-11")],
         frm="Julia Hanke <finanzen@wichtelhaus-ev.de>",
         intent="plan_request",
         note="Parent-run Kita with three open invoices: asks for instalments (e.g. 300/month) or a delay until the city grant arrives.",
         body="""Liebes Team von Dreisam IT,

wir wissen, dass bei uns inzwischen drei Rechnungen offen sind, und das ist uns wirklich unangenehm. Wir sind eine kleine Elterninitiative, und der Betriebskostenzuschuss der Stadt für das 4. Quartal ist immer noch nicht bei uns angekommen. Ohne den können wir im Moment nur Gehälter und Miete zahlen.

Wäre es möglich, die offenen 1.260 Euro in Raten abzuzahlen, zum Beispiel 300 Euro im Monat? Oder alternativ mit der Zahlung zu warten, bis der Zuschuss da ist? Wann das genau sein wird, kann uns die Stadt leider nicht sagen.

Und bitte, wenn es irgendwie geht, keine Verzugspauschalen, wir sind ein gemeinnütziger Verein.

Herzliche Grüße
Julia Hanke
Vorstand Finanzen
Kinderladen Wichtelhaus e.V."""),

    dict(id="s8de027", country="DE", date="2027-01-08T11:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="RE-2026-1219", amt="8.925,00", due="2026-12-21",
         frm="Maurer, Tobias <t.maurer@stadtwerke-elztal.de>",
         intent="promise", promise_date="2027-01-31",
         note="Municipal utility: year-end closing blocks payments; payment 'bis Ende Januar' = 31 January.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung RE-2026-1219 ist bei uns eingegangen und fachlich freigegeben. Wegen des Jahresabschlusses können derzeit keine Zahlungen mehr auf das alte Wirtschaftsjahr gebucht werden. Die Finanzbuchhaltung hat mir zugesagt, dass die Zahlung bis Ende Januar erfolgt.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
i. A. Tobias Maurer
Kaufmännische Verwaltung / Einkauf

Stadtwerke Elztal GmbH
Bahnhofstraße 22
79215 Elzach
Telefon 07682 9101-27
Sitz der Gesellschaft: Elzach, Amtsgericht Freiburg HRB 702215
Geschäftsführer: Heiko Dold"""),

    dict(id="s8de028", country="DE", date="2027-01-13T07:58", fmt="gmail", stage="firm", ago=2,
         inv=[("RE-2026-1120", "1.130,00", "2026-11-27"), ("RE-2026-1184", "274,00", "2026-12-09")],
         frm="Café Gerber <cafe.gerber.staufen@gmail.com>",
         intent="paid", paid_on="2027-01-13",
         note="Two invoices: smaller one paid in full and 500 EUR paid on account of the larger one this morning; rest vaguely 'spätestens im Februar'.",
         body="""Guten Morgen,

heute früh habe ich die kleinere Rechnung (RE-2026-1184, 274 €) überwiesen und auf die große für die neue Kassenanlage schon mal 500 € angezahlt. Den Rest überweise ich, sobald das Januargeschäft wieder läuft, spätestens im Februar.

Ich hoffe, das ist so in Ordnung.

Schöne Grüße aus Staufen
Melanie Gerber
Café & Bäckerei Gerber"""),

    dict(id="s8de029", country="DE", date="2027-01-14T15:10", fmt="html_outlook", stage="final_notice", ago=3,
         inv="RE-2026-1042", amt="2.916,00", due="2026-11-09",
         frm="Fehrenbach, Larissa <l.fehrenbach@kraenzle-insolvenz.de>",
         to="buchhaltung@dreisam-it.de",
         intent="other",
         note="Preliminary insolvency administrator's office: no payments, claim to be filed later.",
         body="""Sehr geehrte Damen und Herren,

Ihre an die Autohaus Schillinger GmbH gerichtete Mahnung wurde uns zuständigkeitshalber weitergeleitet.

In dem Insolvenzeröffnungsverfahren über das Vermögen der Autohaus Schillinger GmbH hat das Amtsgericht Freiburg – Insolvenzgericht – mit Beschluss vom 28.12.2026 (Az. 8 IN 412/26) Herrn Rechtsanwalt Dr. Stefan Kränzle zum vorläufigen Insolvenzverwalter bestellt und angeordnet, dass Verfügungen der Schuldnerin nur mit seiner Zustimmung wirksam sind.

Zahlungen auf Forderungen, die vor Antragstellung entstanden sind, können derzeit nicht geleistet werden. Wir bitten Sie, von weiteren Mahnungen sowie von Vollstreckungsmaßnahmen abzusehen. Nach Eröffnung des Verfahrens werden Sie gesondert zur Anmeldung Ihrer Forderung zur Insolvenztabelle aufgefordert.

Mit freundlichen Grüßen

i. A. Larissa Fehrenbach
Sachbearbeiterin Insolvenzverwaltung

Dr. Kränzle Rechtsanwälte
Insolvenzverwaltung · Sanierung
Werthmannstraße 15 · 79098 Freiburg
Tel. 0761 707 38-0 · Fax 0761 707 38-50"""),

    dict(id="s8de030", country="DE", date="2027-01-18T10:02", fmt="apple", stage="reminder", ago=3,
         inv="RE-2027-0012", amt="178,50", due="2027-01-08",
         frm="Lena Hofer <l.hofer@stb-benz.de>",
         intent="contact_change", new_email="buchhaltung@stb-benz.de",
         note="Former contact has left; send everything to the accounting address. The vague 'in den nächsten Tagen bezahlt' needs no action.",
         body="""Guten Tag,

Ihre Mail an Frau Kaiser wurde an mich weitergeleitet. Frau Kaiser ist seit Jahresbeginn nicht mehr bei uns, ihr Postfach wird demnächst abgeschaltet. Bitte schicken Sie Rechnungen und alles, was die Buchhaltung betrifft, ab sofort an buchhaltung@stb-benz.de.

Die Rechnung selbst liegt uns vor und wird in den nächsten Tagen bezahlt.

Freundliche Grüße
Lena Hofer
Steuerkanzlei Benz
Marktplatz 4 · 79336 Herbolzheim
Tel. 07643 91 44 0"""),

    dict(id="s8de031", country="CH", date="2027-01-14T22:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="RE-2026-1228", amt="240,00", due="2026-12-23",
         frm="Nadine Keller <nadine.keller.zh@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Swiss private customer on ski holiday: will pay on Monday (reply of Thu 14 Jan) = 18 January.",
         body="""Hoi

Sorry, bin grad in den Skiferien in Arosa und hab das E-Banking nicht dabei. Zahle am Montag wenn ich wieder daheim bin.

Gruess
Nadine Keller"""),

    dict(id="s8de032", country="DE", date="2027-01-04T18:25", fmt="tb", stage="reminder", ago=0,
         inv="RE-2026-1195", amt="312,00", due="2026-12-18",
         frm="Stefan Heitzmann <schatzmeister@svbw-denzlingen.de>",
         intent="paid", paid_on="2026-12-28",
         note="Club treasurer: transfer already made on 28.12.; offers the bank statement if not received.",
         body="""Hallo zusammen,

der Betrag für die neue Vereinshomepage wurde von uns bereits am 28.12. angewiesen (Verwendungszweck RE-2026-1195). Über die Feiertage hat das bei den Banken wohl etwas länger gedauert, inzwischen müsste es aber bei euch sein.

Falls nicht, gebt mir bitte kurz Bescheid, dann schicke ich euch den Kontoauszug.

Ein gutes neues Jahr und sportliche Grüße
Stefan Heitzmann
Schatzmeister

-- 
SV Blau-Weiß Denzlingen 1958 e.V.
www.svbw-denzlingen.de"""),

    dict(id="s8de033", country="DE", date="2027-01-19T14:48", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2027-0007", amt="2.546,60", due="2027-01-15",
         frm="Scherzinger, Oliver <o.scherzinger@hilzinger-maschinenbau.de>",
         intent="dispute",
         note="Purchasing: invoice exceeds the quote by an unordered item; asks for a corrected invoice or credit note.",
         body="""Sehr geehrte Damen und Herren,

wir können die Rechnung RE-2027-0007 in der vorliegenden Form nicht zur Zahlung freigeben.

Grundlage der Beauftragung war Ihr Angebot AN-2026-0311 vom 02.11.2026 über 1.850,00 EUR netto (Lieferung und Einrichtung von 5 Bildschirmarbeitsplätzen inkl. Dockingstations). Berechnet wurden jedoch 2.140,00 EUR netto. Die Differenz ergibt sich aus der Position „Zusatzaufwand Kabelmanagement", die weder angeboten noch von uns beauftragt wurde.

Bitte senden Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die Differenz. Den angebotenen Betrag zahlen wir nach Eingang der Korrektur umgehend.

Mit freundlichen Grüßen

Oliver Scherzinger
Einkauf

Hilzinger Maschinenbau GmbH
Gewerbestraße 11 · 79331 Teningen
Tel. +49 7641 9550-132 · Fax +49 7641 9550-100
o.scherzinger@hilzinger-maschinenbau.de

Geschäftsführer: Andreas Hilzinger · Amtsgericht Freiburg HRB 390661"""),

    dict(id="s8de034", country="DE", date="2026-12-21T08:32", fmt="ooo", stage="heads_up", ago=0,
         inv="RE-2026-1230", amt="198,00", due="2026-12-31",
         frm="Sonja Bührer <verwaltung@pflegeteam-kaiserstuhl.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="On leave 21.12. to 1.1. (a holiday, Friday); first working day back is Monday 4 January 2027.",
         body="""Hallo,

ich bin vom 21.12. bis 1.1. im Urlaub und lese meine Mails erst danach. Bei Fragen zur Tourenplanung bitte an pdl@pflegeteam-kaiserstuhl.de, bei Abrechnungsfragen an meine Kollegin Frau Welte (07642 90 40 12).

Frohe Weihnachten!
Sonja Bührer
Verwaltung
Pflegeteam am Kaiserstuhl"""),

    dict(id="s8de035", country="DE", date="2027-01-15T09:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="RE-2026-1204", amt="535,50", due="2026-12-16",
         frm="Martin Lehmann <ra.lehmann@kanzlei-lehmann-freiburg.de>",
         intent="promise", promise_date="2027-01-20",
         note="Will transfer on 20.01.; side question about a December invoice he never received.",
         body="""Guten Morgen,

danke für die Erinnerung, die Rechnung RE-2026-1204 überweise ich am 20.01., da kommt bei mir ein größeres Honorar rein.

Eine Frage noch: Die Rechnung für die Dezember-Wartung habe ich nie bekommen, oder kommt die gesammelt mit der nächsten? Falls sie schon raus ist, schicken Sie sie mir bitte noch einmal.

Viele Grüße
Martin Lehmann
Rechtsanwalt

Kanzlei Lehmann – Arbeitsrecht & Mietrecht
Schwarzwaldstraße 78 · 79102 Freiburg
Tel. 0761 45 19 87 20"""),

    dict(id="s8de036", country="CH", date="2027-01-20T10:45", fmt="tb", stage="reminder", ago=2,
         inv="RE-2027-0021", amt="1.320,00", due="2027-01-15",
         frm="Sandra Meier <buchhaltung@frey-beck.ch>",
         intent="bank_details",
         note="Swiss bakery wants to pay but needs BIC/SWIFT and the bank's name and address for the EUR transfer.",
         body="""Guten Tag

Wir möchten die Rechnung RE-2027-0021 gerne begleichen. Auf der Rechnung ist jedoch nur eine IBAN angegeben. Für die Zahlung in EUR aus der Schweiz benötigen wir zusätzlich den BIC/SWIFT-Code sowie Name und Adresse Ihrer Bank, sonst nimmt unser E-Banking den Auftrag nicht an.

Könnten Sie uns diese Angaben bitte zustellen? Vielen Dank.

Freundliche Grüsse

Sandra Meier
Buchhaltung
Bäckerei-Konditorei Frey AG
Hauptstrasse 45
4310 Rheinfelden
Tel. +41 61 831 27 60"""),

    dict(id="s8de037", country="DE", date="2027-01-21T17:54", fmt="apple", stage="reminder", ago=2,
         inv="RE-2027-0031", amt="85,00", due="2027-01-18",
         frm="Jana Schuler <jana.schuler@icloud.com>",
         intent="paid", paid_on="2027-01-21",
         note="Very short: just transferred ('grad').",
         body="""Ist erledigt, hab grad überwiesen.
LG Jana

Von meinem iPhone gesendet"""),

    dict(id="s8de038", country="DE", date="2027-01-22T10:20", fmt="html_outlook", stage="firm", ago=4,
         inv="RE-2026-1171", amt="4.284,00", due="2026-12-14",
         frm="Höfflin, Christine <c.hoefflin@hochbrunn.de>",
         intent="promise", promise_date="2027-01-29",
         note="Municipal treasury, very formal: payment will be made by the town cash office on 29.01.2027.",
         body="""Sehr geehrte Damen und Herren,

Ihr Schreiben vom 18.01.2027 betreffend die Rechnung RE-2026-1171 (Lieferung und Einrichtung von Tablets für die kommunalen Kindertageseinrichtungen) haben wir erhalten.

Die Verzögerung bitten wir zu entschuldigen; sie ist auf die Umstellung unseres Haushalts- und Kassenverfahrens zum Jahreswechsel zurückzuführen. Die Rechnung ist zwischenzeitlich sachlich und rechnerisch festgestellt. Die Auszahlung wird durch die Gemeindekasse am 29.01.2027 vorgenommen.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Christine Höfflin
Rechnungsamt / Kämmerei
Gemeinde Hochbrunn
Rathausplatz 1, 79299 Hochbrunn
Telefon 07634 5520-214
E-Mail c.hoefflin@hochbrunn.de"""),

    dict(id="s8de039", country="DE", date="2027-01-25T12:15", fmt="none", stage="reminder", ago=4,
         inv="RE-2027-0040", amt="362,00", due="2027-01-20",
         frm="Wolfgang Ruh <info@ruh-haustechnik.de>",
         intent="other",
         note="Passed the reminder on to his bookkeeping office, which makes the payments; no commitment.",
         body="""Hallo,

ich hab Ihre Mail an unser Buchhaltungsbüro weitergeleitet, die machen bei uns seit letztem Jahr die ganzen Überweisungen. Ich selber komme an das Geschäftskonto gar nicht mehr ran. Die melden sich dann bei Ihnen, denke ich.

Gruß
Wolfgang Ruh
Ruh Haustechnik"""),

    dict(id="s8de040", country="DE", date="2027-01-27T21:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="RE-2027-0018", amt="149,00", due="2027-01-20",
         frm="Leonie Schmitt <leonie.schmitt97@gmx.de>",
         intent="copy_request",
         note="Phone-typed: deleted the invoice by mistake, asks for it again and will then pay.",
         body="""hallo, ich finde die rechnung nicht mehr, hab die wohl aus versehen geloescht. koennen sie mir die nochmal schicken? dann zahl ich sofort
danke
Leonie Schmitt"""),
]
