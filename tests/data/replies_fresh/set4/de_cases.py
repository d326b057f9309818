"""German debtor replies to reminder letters of Brenner Haustechnik GmbH (Nürnberg). Handwritten, set 4."""

CASES = [
    # ---------------------------------------------------------------- promise
    dict(id="s4de001", date="2026-11-10T09:14", fmt="gmail", frm="Markus Wendler <m.wendler.bau@gmail.com>",
         inv="BH-26-0388", amt="1.184,05", due="2026-10-28", stage="reminder",
         intent="promise", promise_date="2026-11-20", note="'bis Ende nächster Woche' written Tue 10 Nov → Fri 20 Nov",
         body="""Hallo Frau Brenner,

sorry, das ist bei mir durchgerutscht. Ich überweise bis Ende nächster Woche, vorher kommt leider kein Geld rein.

Gruß
Markus Wendler"""),
    dict(id="s4de002", date="2026-11-12T21:47", fmt="apple", frm="Sandra Köhler <sandra.koehler@t-online.de>",
         inv="BH-26-0391", amt="312,40", due="2026-10-30", stage="reminder",
         intent="promise", promise_date="2026-11-13", note="'morgen' = day after Thu 12 Nov",
         body="""Geht morgen früh raus, versprochen!

Von meinem iPhone gesendet"""),
    dict(id="s4de003", date="2026-11-16T10:02", fmt="outlook", frm="Buchhaltung Gasthof Zur Post <buchhaltung@gasthof-zurpost-lauf.de>",
         inv="BH-26-0355", amt="4.870,00", due="2026-10-20", stage="second_reminder",
         intent="promise", promise_date="2026-12-15", note="'zum 15. Dezember'",
         body="""Sehr geehrte Damen und Herren,

wir bestätigen den Erhalt Ihrer Mahnung. Aufgrund eines Liquiditätsengpasses nach der Umbauphase können wir die Rechnung BH-26-0355 erst zum 15. Dezember ausgleichen. Wir bitten um Ihr Verständnis und darum, bis dahin von weiteren Mahnungen abzusehen.

Mit freundlichen Grüßen

i. A. Petra Hollweck
Buchhaltung
Gasthof Zur Post GmbH & Co. KG
Hauptstraße 4, 91207 Lauf a. d. Pegnitz"""),
    dict(id="s4de004", date="2026-11-18T14:31", fmt="html_outlook", frm="Dr. Florian Seitz <seitz@praxis-seitz-fuerth.de>",
         inv="BH-26-0402", amt="689,00", due="2026-11-02", stage="reminder",
         intent="promise", promise_date="2026-11-20", note="'kommenden Freitag' from Wed 18 Nov → Fri 20 Nov",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Meine Praxismanagerin ist diese Woche im Urlaub, ich werde den Betrag daher selbst am kommenden Freitag anweisen.

Mit freundlichen Grüßen
Dr. med. Florian Seitz
Facharzt für Allgemeinmedizin

Praxis Dr. Seitz | Königstraße 88 | 90762 Fürth
Tel. 0911 7712 30

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""),
    dict(id="s4de005", date="2026-11-19T18:05", fmt="gmail", frm="Tobias Ertl <tobi.ertl@web.de>",
         inv="BH-26-0377", amt="1.020,00", due="2026-10-25", stage="second_reminder",
         intent="promise", promise_date="2026-12-01", note="partial: 500 € today (19 Nov), the rest 'zum 1.12.'; labelled the date the balance is promised",
         body="""Hallo,

ich kann heute 500 Euro überweisen, den Rest dann zum 1.12. wenn das Gehalt da ist. Ist das ok so? Mehr geht gerade echt nicht.

Tobias Ertl"""),
    dict(id="s4de006", date="2026-11-23T08:12", fmt="outlook", frm="Ingrid Baumann <i.baumann@baumann-immobilien.de>",
         inv=[("BH-26-0340", "2.310,00", "2026-10-12"), ("BH-26-0361", "745,50", "2026-10-19")], stage="firm",
         intent="promise", note="'Anfang Dezember' – no exact date",
         body="""Guten Morgen,

beide Rechnungen liegen mir vor und sind sachlich geprüft. Die Eigentümergemeinschaft gibt die Mittel erst Anfang Dezember frei, dann bezahlen wir beide zusammen.

Freundliche Grüße
Ingrid Baumann
Hausverwaltung Baumann Immobilien"""),
    dict(id="s4de007", date="2026-11-24T11:40", fmt="tb", frm="Holger Stadelmann <h.stadelmann@stadelmann-metallbau.de>",
         inv="BH-26-0395", amt="3.456,80", due="2026-11-05", stage="reminder",
         intent="promise", promise_date="2026-11-30", note="'spätestens am 30.11.'",
         body="""Servus,

wir warten selber noch auf eine größere Zahlung von unserem Auftraggeber. Sobald die da ist, geht Ihre Rechnung raus, spätestens aber am 30.11.

Holger Stadelmann
Stadelmann Metallbau e.K."""),
    dict(id="s4de008", date="2026-11-26T16:22", fmt="html_outlook", frm="Kreditorenbuchhaltung <kreditoren@frankenhotels.de>",
         inv="BH-26-0409", amt="918,00", due="2026-11-09", stage="reminder",
         intent="promise", promise_date="2026-11-30", note="'Zahllauf zum Monatsende' in late November → Mon 30 Nov",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung ist freigegeben und im Zahllauf zum Monatsende enthalten.

Mit freundlichen Grüßen
Kreditorenbuchhaltung
Franken Hotels Betriebs GmbH"""),
    dict(id="s4de009", date="2026-11-27T19:58", fmt="gmail", frm="kevin.hartl93@gmx.de",
         inv="BH-26-0417", amt="145,00", due="2026-11-12", stage="reminder",
         intent="promise", promise_date="2026-11-30", note="'montag' written Fri 27 Nov → Mon 30 Nov",
         body="""mach ich montag, bin grad unterwegs"""),
    dict(id="s4de010", date="2026-12-01T09:30", fmt="outlook", frm="Renate Fuchs <fuchs@fuchs-steuer.de>",
         inv="BH-26-0366", amt="1.560,00", due="2026-10-22", stage="firm",
         intent="promise", promise_date="2026-12-09", note="'Mittwoch in einer Woche' written Tue 1 Dec → Wed 9 Dec",
         body="""Sehr geehrte Damen und Herren,

ich melde mich im Auftrag meines Mandanten, Herrn Erich Lober (Bäckerei Lober). Die Rechnung BH-26-0366 wird Mittwoch in einer Woche beglichen. Verzugszinsen bitten wir nicht zu berechnen, die Verzögerung lag an einer Umstellung der Buchhaltungssoftware.

Mit freundlichen Grüßen
Renate Fuchs
Steuerberaterin"""),
    dict(id="s4de011", date="2026-12-03T12:15", fmt="apple", frm="Claudia Reiter <claudia.reiter@icloud.com>",
         inv="BH-26-0421", amt="260,00", due="2026-11-18", stage="reminder",
         intent="promise", promise_date="2026-12-10", note="'bis zum 10.' in December",
         body="""Hallo, ich zahle bis zum 10., vorher ist das Konto leer. LG Claudia Reiter

Von meinem iPhone gesendet"""),
    dict(id="s4de012", date="2026-12-07T10:48", fmt="gmail", fwd=True, frm="Sekretariat Weigl <office@weigl-architekten.de>",
         inv="BH-26-0398", amt="2.075,00", due="2026-11-06", stage="second_reminder",
         intent="promise", promise_date="2026-12-11", note="'diese Woche noch, spätestens Freitag' written Mon 7 Dec → Fri 11 Dec",
         body="""Sehr geehrte Damen und Herren,

Herr Weigl bat mich, Ihnen seine Antwort weiterzuleiten (siehe unten).

Viele Grüße
Anja Moser
Sekretariat

---------- Weitergeleitete Nachricht ---------
Von: Stefan Weigl <s.weigl@weigl-architekten.de>
Datum: Mo., 7. Dez. 2026 um 09:55 Uhr
Betreff: Re: Brenner Mahnung
An: Sekretariat Weigl <office@weigl-architekten.de>

Anja, schreib denen bitte, dass das diese Woche noch rausgeht, spätestens Freitag. Die Freigabe hab ich erteilt.
S."""),
    dict(id="s4de013", date="2026-12-09T15:03", fmt="outlook", frm="Jürgen Pfister <pfister@pfister-autohaus.de>",
         inv=[("BH-26-0412", "1.299,00", "2026-11-16"), ("BH-26-0419", "430,20", "2026-11-20")], stage="reminder",
         intent="promise", promise_date="2026-12-18", note="both invoices together 'am 18.12.'",
         body="""Hallo zusammen,

wir überweisen beide Rechnungen (0412 und 0419) zusammen am 18.12. Bitte bis dahin keine weiteren Erinnerungen.

Gruß
J. Pfister
Autohaus Pfister GmbH"""),
    dict(id="s4de014", date="2026-12-14T13:20", fmt="gmail", frm="Melanie Dorsch <melanie.dorsch@gmail.com>",
         inv="BH-26-0428", amt="587,30", due="2026-11-27", stage="reminder",
         intent="promise", promise_date="2026-12-28", note="'in zwei Wochen' from Mon 14 Dec → Mon 28 Dec",
         body="""Guten Tag,

ich kann die Rechnung in zwei Wochen bezahlen. Ist die IBAN auf der Rechnung noch aktuell? Bei der letzten Überweisung hatte ich eine andere.

Mit freundlichen Grüßen
Melanie Dorsch"""),
    # ---------------------------------------------------------------- paid
    dict(id="s4de015", date="2026-11-11T17:36", fmt="gmail", frm="Peter Lang <p.lang.nbg@gmail.com>",
         inv="BH-26-0380", amt="95,00", due="2026-10-27", stage="reminder",
         intent="paid", paid_on="2026-11-11", note="'ist eben raus' – sent today",
         body="""Überweisung ist eben raus, sorry für die Verspätung!
Peter Lang"""),
    dict(id="s4de016", date="2026-11-13T09:05", fmt="html_outlook", frm="Sabine Wolf <s.wolf@wolf-logistik.de>",
         inv="BH-26-0372", amt="2.914,60", due="2026-10-23", stage="second_reminder",
         intent="paid", paid_on="2026-11-09",
         body="""Sehr geehrte Damen und Herren,

die Rechnung BH-26-0372 haben wir bereits am 09.11.2026 überwiesen. Bitte prüfen Sie Ihren Zahlungseingang, die Buchung sollte inzwischen bei Ihnen angekommen sein.

Mit freundlichen Grüßen

Sabine Wolf
Finanzbuchhaltung

Wolf Logistik GmbH
Hafenstraße 12 | 90451 Nürnberg
Geschäftsführer: Thomas Wolf | Amtsgericht Nürnberg HRB 21177

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""),
    dict(id="s4de017", date="2026-11-17T08:44", fmt="apple", frm="Rolf Amann <rolf.amann@me.com>",
         inv="BH-26-0404", amt="412,00", due="2026-11-03", stage="reminder",
         intent="paid", paid_on="2026-11-16", note="'gestern' = day before Tue 17 Nov",
         body="""Guten Morgen,
habe gestern bezahlt. Bitte um kurze Bestätigung, wenn's da ist.
R. Amann"""),
    dict(id="s4de018", date="2026-11-20T11:11", fmt="outlook", frm="Martina Seidl <seidl@seidl-zahntechnik.de>",
         inv="BH-26-0389", amt="1.740,00", due="2026-10-29", stage="second_reminder",
         intent="paid", paid_on="2026-11-17", note="'seit Dienstag erledigt' written Fri 20 Nov → Tue 17 Nov",
         body="""Hallo,

das ist seit Dienstag erledigt. Bitte gleichen Sie Ihre Buchhaltung ab, bevor Sie Mahnungen verschicken.

M. Seidl"""),
    dict(id="s4de019", date="2026-11-25T20:18", fmt="gmail", frm="Familie Gruber <gruber.familie@gmx.net>",
         inv="BH-26-0410", amt="228,50", due="2026-11-10", stage="reminder",
         intent="paid", note="no date given",
         body="""Hallo,

wir haben über den Link in Ihrer Mail bezahlt, die Bestätigung kam auch. Ist das bei Ihnen nicht angekommen?

Viele Grüße
Daniela Gruber"""),
    dict(id="s4de020", date="2026-11-30T10:27", fmt="tb", frm="Thomas Kiesling <kiesling@kiesling-druck.de>",
         inv="BH-26-0393", amt="612,00", due="2026-11-04", stage="reminder",
         intent="paid", paid_on="2026-11-27", note="'am Freitag angewiesen' written Mon 30 Nov → Fri 27 Nov",
         body="""Guten Tag,

am Freitag angewiesen, sollte also heute oder morgen bei Ihnen sein.

Thomas Kiesling"""),
    dict(id="s4de021", date="2026-12-02T14:50", fmt="html_outlook", frm="Elke Brandl <e.brandl@brandl-gartenbau.de>",
         inv="BH-26-0407", amt="1.083,90", due="2026-11-09", stage="second_reminder",
         intent="paid", paid_on="2026-12-01",
         body="""Sehr geehrte Damen und Herren,

der Betrag von 1.083,90 € ist am 1. Dezember von unserem Konto abgegangen (Verwendungszweck: BH-26-0407).

Freundliche Grüße
Elke Brandl
Brandl Gartenbau"""),
    dict(id="s4de022", date="2026-12-04T09:40", fmt="outlook", fwd=True, frm="Assistenz Geschäftsleitung <assistenz@hoefner-moebel.de>",
         inv="BH-26-0401", amt="5.230,00", due="2026-11-02", stage="firm",
         intent="paid", paid_on="2026-12-02", note="forwarded answer of the manager: 'Valuta 02.12.'",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung unseres Geschäftsführers.

Mit freundlichen Grüßen
Laura Kempf
Assistenz der Geschäftsleitung

Von: Bernd Höfner <b.hoefner@hoefner-moebel.de>
Gesendet: Donnerstag, 3. Dezember 2026 17:12
An: Assistenz Geschäftsleitung <assistenz@hoefner-moebel.de>
Betreff: AW: 2. Mahnung Brenner

Ist bezahlt, Valuta 02.12. Kannst du denen kurz Bescheid geben?
BH"""),
    dict(id="s4de023", date="2026-12-10T12:02", fmt="gmail", frm="Hans-Peter Vogl <hp.vogl@vogl-landtechnik.de>",
         inv="BH-26-0414", amt="366,00", due="2026-11-20", stage="reminder",
         intent="paid", note="direct debit, no date",
         body="""Hallo,

Sie haben doch eine Einzugsermächtigung von uns! Der Betrag wurde per Lastschrift eingezogen, schauen Sie mal in Ihre Kontoauszüge.

Gruß Vogl"""),
    dict(id="s4de024", date="2026-12-16T07:55", fmt="apple", frm="Nadine Roth <nadine.roth@outlook.de>",
         inv="BH-26-0431", amt="189,00", due="2026-12-01", stage="reminder",
         intent="paid", paid_on="2026-12-16", note="'heut früh überwiesen' – today",
         body="""hab heut früh überwiesen sorry für die verspätung

Von meinem iPhone gesendet"""),
    # ---------------------------------------------------------------- dispute
    dict(id="s4de025", date="2026-11-09T16:40", fmt="outlook", frm="Werner Schuster <w.schuster@schuster-bau.de>",
         inv="BH-26-0379", amt="1.450,00", due="2026-10-26", stage="reminder",
         intent="dispute",
         body="""Guten Tag,

laut Ihrem Angebot vom 14.09. waren 1.200 € netto vereinbart, berechnet haben Sie 1.450 €. Die Differenz von 250 € akzeptieren wir nicht. Bitte schicken Sie uns eine korrigierte Rechnung, dann zahlen wir sofort.

Mit freundlichen Grüßen
Werner Schuster"""),
    dict(id="s4de026", date="2026-11-14T10:20", fmt="gmail", frm="Ursula Meindl <ursula.meindl@gmail.com>",
         inv="BH-26-0385", amt="2.780,00", due="2026-10-29", stage="second_reminder",
         intent="dispute",
         body="""Sehr geehrte Damen und Herren,

die neue Heizung läuft nach wie vor nicht richtig, wir haben Ihren Kundendienst inzwischen dreimal angerufen und niemand ist gekommen. Solange der Mangel nicht behoben ist, behalte ich die Zahlung ein.

Ursula Meindl"""),
    dict(id="s4de027", date="2026-11-20T13:05", fmt="html_outlook", frm="Einkauf <einkauf@kuehnle-pharma.de>",
         inv="BH-26-0396", amt="874,00", due="2026-11-05", stage="reminder",
         intent="dispute",
         body="""Sehr geehrte Damen und Herren,

die Rechnung BH-26-0396 können wir keinem Auftrag zuordnen. Es liegt uns weder eine Bestellung noch ein unterschriebener Arbeitsnachweis vor. Wir weisen die Rechnung daher zurück.

Mit freundlichen Grüßen
Einkauf
Kühnle Pharma GmbH"""),
    dict(id="s4de028", date="2026-11-27T09:15", fmt="outlook", frm="Karl-Heinz Fröhlich <k.froehlich@froehlich-hausmeister.de>",
         inv="BH-26-0418", amt="640,00", due="2026-11-13", stage="reminder",
         intent="dispute",
         body="""Das ist doch eine Frechheit. Ihr Monteur war keine zwei Stunden da und Sie rechnen fünf Stunden ab plus Anfahrt. Ich zahle die zwei Stunden und keinen Cent mehr.

Fröhlich"""),
    dict(id="s4de029", date="2026-12-02T11:30", fmt="gmail", frm="Lisa Brunner <lisa@brunner-cafe.de>",
         inv="BH-26-0403", amt="356,00", due="2026-11-16", stage="reminder",
         intent="dispute",
         body="""Hallo,

die Rechnung ist doppelt – derselbe Einsatz (Reparatur Spülmaschinenanschluss am 21.10.) wurde schon mit BH-26-0369 berechnet und die haben wir längst bezahlt. Bitte stornieren.

Lisa Brunner
Café Brunner"""),
    dict(id="s4de030", date="2026-12-08T15:44", fmt="tb", frm="Günther Obermeier <obermeier@obermeier-kfz.de>",
         inv="BH-26-0408", amt="23,80", due="2026-11-10", stage="second_reminder",
         intent="dispute", note="remaining 23,80 = 2 % Skonto the debtor says was agreed",
         body="""Guten Tag,

wir haben wie immer 2 % Skonto abgezogen, weil wir innerhalb von 10 Tagen gezahlt haben. Das steht so in Ihren Zahlungsbedingungen. Die Restforderung über 23,80 € ist daher nicht berechtigt.

Mit freundlichen Grüßen
G. Obermeier"""),
    dict(id="s4de031", date="2026-12-11T08:58", fmt="html_outlook", frm="Miriam Hauser <m.hauser@hauser-kanzlei.de>",
         inv="BH-26-0420", amt="1.212,00", due="2026-11-23", stage="reminder",
         intent="dispute",
         body="""Sehr geehrte Damen und Herren,

die in Rechnung gestellten Thermostatventile wurden nie geliefert bzw. eingebaut. Vor Ort sind weiterhin die alten Ventile verbaut, davon kann sich Ihr Mitarbeiter gern überzeugen. Bitte korrigieren Sie die Rechnung um diese Position.

Mit freundlichen Grüßen
Miriam Hauser
Rechtsanwältin"""),
    dict(id="s4de032", date="2026-12-17T10:10", fmt="gmail", frm="Dirk Hofmann <dirk.hofmann77@gmail.com>",
         inv="BH-26-0425", amt="498,00", due="2026-12-02", stage="reminder",
         intent="dispute",
         body="""Moin,
Herr Brenner hat mir am Telefon gesagt, dass die Anfahrt wegen der Nachbesserung nicht berechnet wird. Jetzt steht sie doch drauf (89 €). Bitte um Gutschrift, dann überweise ich den Rest.
Dirk Hofmann"""),
    # ---------------------------------------------------------------- out of office
    dict(id="s4de033", date="2026-11-12T08:31", fmt="ooo", frm="Andrea Zeller <a.zeller@zeller-elektro.de>",
         inv="BH-26-0390", amt="702,00", due="2026-10-30", stage="reminder",
         intent="out_of_office", return_date="2026-11-20", note="'bis einschließlich 19.11.' → back Fri 20 Nov",
         body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 19.11. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Lutz (lutz@zeller-elektro.de).

Mit freundlichen Grüßen
Andrea Zeller"""),
    dict(id="s4de034", date="2026-11-18T09:00", fmt="ooo", frm="Buchhaltung Schreinerei Mayr <info@schreinerei-mayr.de>",
         inv="BH-26-0405", amt="1.330,00", due="2026-11-03", stage="reminder",
         intent="out_of_office", return_date="2026-11-30",
         body="""Abwesenheitsnotiz

Guten Tag, unser Büro ist derzeit nicht besetzt. Ab dem 30.11.2026 sind wir wieder für Sie erreichbar. Ihre Nachricht wird nicht weitergeleitet.

Schreinerei Mayr"""),
    dict(id="s4de035", date="2026-11-23T07:02", fmt="ooo", frm="Stephan Kraus <kraus@kraus-consulting.de>", subj_prefix="Abwesend: ",
         inv="BH-26-0413", amt="980,00", due="2026-11-09", stage="reminder",
         intent="out_of_office", return_date="2026-11-27", note="'vom 23.11. bis 26.11.' → back Fri 27 Nov",
         body="""Sehr geehrte Damen und Herren,

vom 23.11. bis 26.11. bin ich auf Geschäftsreise und nur eingeschränkt erreichbar. Ihre E-Mail wird nach meiner Rückkehr bearbeitet.

Beste Grüße
Stephan Kraus"""),
    dict(id="s4de036", date="2026-11-26T11:45", fmt="ooo", frm="Julia Engel <julia.engel@engel-werbung.de>",
         inv="BH-26-0386", amt="415,00", due="2026-10-28", stage="second_reminder",
         intent="out_of_office", return_date="2027-01-12", note="'bis zum 11. Januar 2027 in Elternzeit' read as the 11th included → back 12 Jan; could mean back on the 11th",
         body="""Hallo,

ich bin bis zum 11. Januar 2027 in Elternzeit. Bitte wenden Sie sich in Rechnungsfragen an buchhaltung@engel-werbung.de.

Viele Grüße
Julia Engel"""),
    dict(id="s4de037", date="2026-12-02T13:19", fmt="ooo", frm="Frank Lindner <f.lindner@lindner-gmbh.de>",
         inv="BH-26-0415", amt="2.160,00", due="2026-11-17", stage="reminder",
         intent="out_of_office", return_date="2026-12-07", note="'bis Ende der Woche krank' written Wed 2 Dec → back Mon 7 Dec",
         body="""Ich bin krankheitsbedingt bis Ende der Woche abwesend. Ihre Nachricht wird nicht automatisch weitergeleitet. Bei dringenden Anliegen rufen Sie bitte die Zentrale an: 0911 45320-0.

Frank Lindner"""),
    dict(id="s4de038", date="2026-12-08T10:05", fmt="ooo", frm="Vertrieb Heimwerk <service@heimwerk-franken.de>", subj_prefix="Automatische Antwort: ",
         inv="BH-26-0426", amt="334,00", due="2026-11-24", stage="reminder",
         intent="out_of_office", return_date="2026-12-14", note="'ab Montag wieder im Haus' written Tue 8 Dec → Mon 14 Dec",
         body="""Danke für Ihre E-Mail! Wir sind diese Woche auf der Messe in Frankfurt und ab Montag wieder im Haus. Wir melden uns dann umgehend.

Ihr Team von Heimwerk Franken"""),
    dict(id="s4de039", date="2026-12-21T08:00", fmt="ooo", frm="Buchhaltung <buchhaltung@meister-fensterbau.de>",
         inv="BH-26-0433", amt="1.905,00", due="2026-12-07", stage="reminder",
         intent="out_of_office", return_date="2027-01-07",
         body="""Sehr geehrte Damen und Herren,

vom 21.12.2026 bis 06.01.2027 befindet sich unser Betrieb im Betriebsurlaub. Ab dem 07.01.2027 sind wir wieder für Sie da.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!

Meister Fensterbau GmbH"""),
    dict(id="s4de040", date="2026-12-15T17:30", fmt="ooo", frm="Oliver Brandt <o.brandt@brandt-ingenieure.de>", subj="Abwesenheitsnotiz / Out of Office",
         inv="BH-26-0429", amt="760,00", due="2026-11-30", stage="reminder",
         intent="out_of_office", return_date="2026-12-21", note="'bis Freitag, 18.12.' → back Mon 21 Dec (next working day)",
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis Freitag, 18.12., außer Haus und lese meine E-Mails nur unregelmäßig.

Thank you for your message. I am out of the office until Friday, 18 December, with limited access to email.

Oliver Brandt"""),
    # ---------------------------------------------------------------- others
    dict(id="s4de041", date="2026-11-13T15:25", fmt="gmail", frm="Sven Huber <sven.huber@huber-dach.de>",
         inv="BH-26-0384", amt="1.118,00", due="2026-10-28", stage="reminder",
         intent="copy_request",
         body="""Hallo,

der Link in Ihrer Mail funktioniert bei mir nicht (Seite nicht gefunden). Können Sie mir die Rechnung bitte als PDF schicken? Ich habe sie nie per Post bekommen.

Danke und Gruß
Sven Huber"""),
    dict(id="s4de042", date="2026-12-01T10:40", fmt="outlook", frm="Ramona Wittmann <r.wittmann@wittmann-optik.de>",
         inv=[("BH-26-0397", "289,00", "2026-11-06"), ("BH-26-0411", "1.045,00", "2026-11-13")], stage="reminder",
         intent="copy_request",
         body="""Guten Tag,

könnten Sie mir zu beiden Rechnungen bitte eine Kopie inkl. Arbeitsnachweis zusenden? Unser Steuerbüro braucht die Belege, bevor wir freigeben können.

Freundliche Grüße
Ramona Wittmann"""),
    dict(id="s4de043", date="2026-11-19T09:52", fmt="gmail", frm="Matthias Reuter <m.reuter@reuter-gastro.de>",
         inv="BH-26-0399", amt="655,00", due="2026-11-04", stage="reminder",
         intent="contact_change", new_email="rechnungseingang@reuter-gastro.de",
         body="""Hallo,

bitte schicken Sie Rechnungen und Zahlungserinnerungen künftig nur noch an rechnungseingang@reuter-gastro.de. Ich bin nicht mehr für die Buchhaltung zuständig und sehe das hier eher zufällig.

Gruß
M. Reuter"""),
    dict(id="s4de044", date="2026-12-05T22:14", fmt="apple", frm="Erwin Strobl <erwin.strobl@t-online.de>",
         inv="BH-26-0392", amt="77,00", due="2026-11-02", stage="second_reminder",
         intent="unsubscribe",
         body="""Hören Sie endlich auf, mir jeden zweiten Tag diese Mails zu schicken. Austragen, sofort!"""),
    dict(id="s4de045", date="2026-12-18T11:08", fmt="gmail", frm="Bettina Lorenz <bettina.lorenz@posteo.de>",
         inv="BH-26-0432", amt="214,00", due="2026-12-04", stage="heads_up",
         intent="other",
         body="""Hallo Herr Brenner,

danke für den Hinweis. Eine Frage nebenbei: Bieten Sie auch Wartungsverträge für Gasthermen an? Unsere Therme ist jetzt zehn Jahre alt und ich hätte gern jemanden, der jährlich draufschaut.

Schöne Feiertage!
Bettina Lorenz"""),
]
