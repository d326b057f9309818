# German replies to Atelier Dupont's reminders (letters in English "en" or French "fr").
# Each case: id, date (local time, Europe/Berlin), from, inv/amt/due (or inv as a list), stage, lang, fmt,
# body (the reply as typed), intent and its date, note where a reader has to judge.
CASES = [
    dict(id="d3001", date="2026-11-04T10:12", fmt="gmail", lang="en", stage="reminder",
         from_="Jonas Weber <j.weber@weber-metallbau.de>", inv="F-2026-0412", amt="1,240.00", due="2026-10-15",
         intent="promise", promise_date="2026-11-06",
         body="""Hallo,

sorry, das ist bei uns durchgerutscht. Wir zahlen bis Freitag.

Gruß
Jonas Weber
Weber Metallbau GmbH
"""),
    dict(id="d3002", date="2026-11-17T14:40", fmt="outlook", lang="fr", stage="second_reminder",
         from_="\"Krüger, Sabine\" <s.krueger@hofmann-druck.de>", inv="F-2026-0398", amt="3 870,00", due="2026-10-20",
         intent="promise", promise_date="2026-12-15", note="'bis zum 15.' written on 17 Nov: the next 15th, 15 Dec",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Leider hat sich die Freigabe der Rechnung F-2026-0398 bei uns verzögert, da der zuständige Kollege krankheitsbedingt ausgefallen ist.

Die Rechnung ist inzwischen freigegeben. Wir überweisen bis zum 15.

Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

i. A. Sabine Krüger
Kreditorenbuchhaltung

Hofmann Druck & Medien GmbH
Industriestraße 12 · 90765 Fürth
Tel. +49 911 97654-212
Geschäftsführer: Thomas Hofmann, Petra Lang
Amtsgericht Fürth HRB 12345 · USt-IdNr. DE 812 345 678
"""),
    dict(id="d3003", date="2026-11-10T08:55", fmt="apple", lang="en", stage="reminder",
         from_="Markus Albrecht <albrecht.gartenbau@t-online.de>", inv="F-2026-0433", amt="480.00", due="2026-10-30",
         intent="paid", paid_on="2026-11-09",
         body="""Hallo, Überweisung ist gestern raus, muesste heute oder morgen bei Ihnen sein.
Gruß M. Albrecht

Von meinem iPhone gesendet
"""),
    dict(id="d3004", date="2026-11-05T16:20", fmt="outlook", lang="en", stage="reminder",
         from_="Dr. Claudia Neumann <c.neumann@neumann-architekten.de>", inv="F-2026-0421", amt="2,150.00", due="2026-10-28",
         intent="dispute",
         body="""Sehr geehrte Damen und Herren,

die Rechnung F-2026-0421 werden wir in dieser Form nicht begleichen. Von den bestellten 12 Leuchten wurden nur 9 geliefert, zwei davon mit gebrochenem Glas. Fotos haben wir am 22.10. an Herrn Dupont geschickt, bis heute ohne Antwort.

Bitte senden Sie uns eine korrigierte Rechnung bzw. eine Gutschrift über die fehlenden und beschädigten Stücke. Erst dann können wir die Zahlung freigeben.

Mit freundlichen Grüßen
Claudia Neumann

Neumann Architekten PartGmbB
Kaiserstraße 41, 60329 Frankfurt am Main
Partnerschaftsregister AG Frankfurt am Main PR 2210
"""),
    dict(id="d3005", date="2026-11-13T09:02", fmt="ooo", lang="en", stage="second_reminder",
         from_="Stefan Brandt <s.brandt@brandt-logistik.de>", inv="F-2026-0377", amt="915.60", due="2026-10-09",
         intent="out_of_office", return_date="2026-11-23",
         note="'bis einschließlich 20.11.' is a Friday: back on Monday 23 Nov",
         body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@brandt-logistik.de oder telefonisch an +49 40 3344 5500.

Mit freundlichen Grüßen
Stefan Brandt
Brandt Logistik GmbH & Co. KG
"""),
    dict(id="d3006", date="2026-11-24T11:30", fmt="gmail", lang="en", stage="second_reminder",
         from_="Schreinerei Maier <buchhaltung@schreinerei-maier.de>", inv="F-2026-0447", amt="1,890.00", due="2026-11-05",
         intent="promise", promise_date="2026-11-27",
         body="""Guten Tag,

die Zahlung für F-2026-0447 wird Ende der Woche angewiesen, spätestens am Freitag.

Freundliche Grüße
Anja Maier
Schreinerei Maier e.K.
Hauptstr. 7, 79098 Freiburg
"""),
    dict(id="d3007", date="2026-11-19T17:05", fmt="tb", lang="fr", stage="reminder",
         from_="Peter Vogt <vogt@vogt-elektro.de>", inv="F-2026-0440", amt="612,00", due="2026-11-02",
         intent="promise", note="commits to pay 'so bald wie möglich', no date",
         body="""Hallo,

wir haben Ihre Mail bekommen, leider können wir kein Französisch. Ich habe es mit dem Übersetzer gelesen. Wir kümmern uns darum und überweisen so bald wie möglich.

MfG
Peter Vogt
"""),
    dict(id="d3008", date="2026-11-16T09:48", fmt="html_outlook", lang="en", stage="second_reminder",
         from_="Buchhaltung Lindner <buchhaltung@lindner-hotels.de>", inv="F-2026-0402", amt="4,320.00", due="2026-10-22",
         intent="paid", paid_on="2026-11-12",
         body="""Sehr geehrte Damen und Herren,

die Zahlung der Rechnung F-2026-0402 über 4.320,00 EUR wurde am 12.11.2026 veranlasst. Bitte prüfen Sie Ihren Zahlungseingang; je nach Bank kann die Gutschrift ein bis zwei Tage dauern.

Mit freundlichen Grüßen

Melanie Roth
Finanzbuchhaltung

Lindner Hotels & Resorts GmbH
Am Hofgarten 3 | 40213 Düsseldorf
Geschäftsführung: Klaus Lindner
Registergericht: Amtsgericht Düsseldorf HRB 55421
"""),
    dict(id="d3009", date="2026-12-03T13:15", fmt="gmail", lang="en", stage="firm",
         from_="Tobias Hahn <tobias@hahn-eventtechnik.de>", inv="F-2026-0391", amt="2,780.00", due="2026-10-16",
         intent="promise", promise_date="2026-12-10",
         body="""Hallo zusammen,

ich weiß, wir sind spät dran. Wir hatten einen großen Zahlungsausfall bei einem Kunden. Die Überweisung kommt am 10.12., versprochen.

Viele Grüße
Tobias Hahn
Hahn Eventtechnik
"""),
    dict(id="d3010", date="2026-12-01T07:31", fmt="ooo", lang="fr", stage="reminder",
         from_="Julia Schäfer <j.schaefer@schaefer-moebel.de>", inv="F-2026-0461", amt="1 120,00", due="2026-11-20",
         intent="out_of_office", return_date="2026-12-07",
         body="""Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin ab Montag, 7. Dezember wieder erreichbar und werde Ihre Nachricht dann schnellstmöglich beantworten.

Beste Grüße
Julia Schäfer
Einkauf | Schäfer Möbelwerkstätten GmbH
"""),
    dict(id="d3011", date="2026-11-11T15:42", fmt="outlook", lang="en", stage="reminder",
         from_="Frank Ziegler <f.ziegler@ziegler-innenausbau.de>", inv="F-2026-0419", amt="3,185.00", due="2026-10-27",
         intent="dispute",
         body="""Guten Tag,

wir haben die Rechnung geprüft. Laut Ihrem Angebot vom 14.09. waren 85,00 € pro Stück vereinbart, berechnet haben Sie 98,00 €. Bei 35 Stück ist das eine Differenz von 455,00 €.

Bitte schicken Sie uns eine korrigierte Rechnung. Den Betrag in der jetzigen Höhe werden wir nicht zahlen.

Gruß
Frank Ziegler
Ziegler Innenausbau GmbH
Amtsgericht Stuttgart HRB 731122 | Geschäftsführer: Frank Ziegler
"""),
    dict(id="d3012", date="2026-11-19T10:03", fmt="outlook", lang="fr", stage="second_reminder",
         from_="Kreditoren <kreditoren@bergmann-gruppe.de>", inv="F-2026-0385", amt="5 640,00", due="2026-10-12",
         intent="paid", paid_on="2026-11-18",
         body="""Sehr geehrte Damen und Herren,

anbei das Zahlungsavis zu Ihrer Rechnung F-2026-0385. Die Zahlung wurde mit Valuta 18.11.2026 auf Ihr Konto bei der Crédit Agricole ausgeführt.

Mit freundlichen Grüßen
Team Kreditorenbuchhaltung
Bergmann Gruppe Holding GmbH
Sitz der Gesellschaft: Hannover | Amtsgericht Hannover HRB 20044
Geschäftsführer: Dr. Ulrich Bergmann, Martina Koch
"""),
    dict(id="d3013", date="2026-11-20T12:20", fmt="gmail", lang="en", stage="reminder",
         from_="Lena Fischer <lena.fischer@fischer-floristik.de>", inv="F-2026-0437", amt="740.00", due="2026-11-06",
         intent="promise", note="'Mitte Dezember' is vague: no date",
         body="""Hallo,

das Weihnachtsgeschäft läuft gerade erst an, wir sind etwas knapp. Ich kann Ihnen die Rechnung Mitte Dezember bezahlen, ich hoffe das ist okay.

Liebe Grüße
Lena Fischer
Fischer Floristik
"""),
    dict(id="d3014", date="2026-11-25T16:10", fmt="outlook", lang="en", stage="firm",
         from_="Oliver Krause <o.krause@krause-gastro.de>", inv="F-2026-0366", amt="6,900.00", due="2026-10-02",
         intent="plan_request",
         body="""Sehr geehrte Damen und Herren,

wie Sie in Ihrem Schreiben anbieten, möchten wir um eine Ratenzahlung bitten. Der Betrag von 6.900 € ist für uns nach der Renovierung des Restaurants gerade nicht auf einmal machbar.

Wäre es möglich, die Summe in drei Monatsraten zu je 2.300 € zu begleichen, beginnend im Dezember?

Mit freundlichen Grüßen
Oliver Krause
Krause Gastronomie GmbH
"""),
    dict(id="d3015", date="2026-11-06T11:25", fmt="gmail", lang="fr", stage="reminder",
         from_="Einkauf Roth <einkauf@roth-werkzeuge.de>", inv="F-2026-0416", amt="1 365,00", due="2026-10-26",
         intent="copy_request",
         body="""Guten Tag,

die Rechnung F-2026-0416 liegt uns nicht vor. Bitte senden Sie uns die Rechnung als PDF an rechnungseingang@roth-werkzeuge.de, dann wird sie umgehend bearbeitet.

Danke und Gruß
Nadine Wolf
Roth Werkzeuge GmbH
"""),
    dict(id="d3016", date="2026-11-09T08:40", fmt="outlook", lang="en", stage="reminder",
         from_="Birgit Lang <b.lang@lang-baustoffe.de>", inv="F-2026-0425", amt="2,460.00", due="2026-10-29",
         cc="Frank Hartmann <f.hartmann@lang-baustoffe.de>", intent="other",
         note="reply-all handing the letter to a colleague; says nothing of payment",
         body="""Hallo Frank,

kannst du dir das bitte mal ansehen? Ich weiß nicht, ob die Rechnung von Atelier Dupont schon durch die Freigabe ist. Ich bin ab morgen im Urlaub.

Danke dir!
Birgit
"""),
    dict(id="d3017", date="2026-11-03T09:04", fmt="bounce", lang="en", stage="reminder",
         inv="F-2026-0410", amt="860.00", due="2026-10-14", intent="bounce",
         rcpt="einkauf@mueller-bau-gmbh.de", status="5.1.1", mta="mout.kundenserver.de",
         remote="mx00.emig.gmx.net",
         diag="550 5.1.1 <einkauf@mueller-bau-gmbh.de>: Recipient address rejected: User unknown in virtual mailbox table",
         from_="Mail Delivery System <MAILER-DAEMON@mout.kundenserver.de>", subj="Unzustellbar: Payment reminder",
         body="""Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

<einkauf@mueller-bau-gmbh.de>: Empfängeradresse unbekannt (host mx00.emig.gmx.net said: 550 5.1.1 User unknown)
"""),
    dict(id="d3018", date="2026-11-25T21:40", fmt="apple", lang="en", stage="reminder",
         from_="Kai Becker <kai.becker.fotografie@gmail.com>", inv="F-2026-0452", amt="320.00", due="2026-11-12",
         intent="promise", promise_date="2026-11-26",
         body="""hi, ueberweise morgen frueh, war die letzten tage auf shooting unterwegs. sorry!
kai

Von meinem iPhone gesendet
"""),
    dict(id="d3019", date="2026-11-09T14:02", fmt="gmail", lang="en", stage="second_reminder",
         from_="Heike Schmitt <info@schmitt-keramik.de>", inv="F-2026-0405", amt="1,075.00", due="2026-10-19",
         intent="paid", paid_on="2026-11-02",
         body="""Das ist jetzt schon die zweite Mahnung!!! Die Rechnung ist BEZAHLT, und zwar am 2.11. Schauen Sie bitte mal in Ihre eigene Buchhaltung bevor Sie Mahnungen verschicken.

H. Schmitt
"""),
    dict(id="d3020", date="2026-11-27T10:35", fmt="outlook", lang="fr", stage="firm",
         from_="Martin Keller <m.keller@keller-immobilien.de>", inv="F-2026-0388", amt="4 150,00", due="2026-10-14",
         intent="dispute",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung F-2026-0388 betrifft die Montage der Regalanlage in unserem Büro in Mainz. Diese Montage hat nie stattgefunden: Ihr Monteur hat den Termin am 8.10. abgesagt und es wurde kein neuer vereinbart. Geliefert wurden nur die Einzelteile.

Wir zahlen selbstverständlich das Material, aber nicht eine Leistung, die nicht erbracht wurde. Bitte stornieren Sie die Rechnung und stellen Sie eine neue nur über das Material aus.

Mit freundlichen Grüßen
Martin Keller
Geschäftsführer

Keller Immobilien GmbH
Große Bleiche 15, 55116 Mainz
Amtsgericht Mainz HRB 48812
"""),
    dict(id="d3021", date="2026-12-18T16:45", fmt="ooo", lang="en", stage="second_reminder",
         from_="Office Wagner <office@wagner-design.de>", inv="F-2026-0444", amt="1,560.00", due="2026-11-04",
         intent="out_of_office", return_date="2027-01-04",
         body="""Liebe Kundinnen und Kunden, liebe Geschäftspartner,

unser Büro ist vom 19.12.2026 bis einschließlich 03.01.2027 geschlossen. Ab dem 4. Januar sind wir wieder für Sie da.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!

Ihr Team von Wagner Design
"""),
    dict(id="d3022", date="2026-11-12T09:20", fmt="tb", lang="en", stage="reminder",
         from_="Ralf Huber <ralf.huber@huber-sanitaer.de>", inv="F-2026-0430", amt="945.00", due="2026-10-30",
         intent="promise", promise_date="2026-11-18", note="'nächste Woche Mittwoch' written Thu 12 Nov: Wed 18 Nov",
         body="""Guten Morgen,

unser Zahlungslauf ist immer mittwochs. Die Rechnung geht nächste Woche Mittwoch raus.

Gruß Ralf Huber
"""),
    dict(id="d3023", date="2026-11-30T11:50", fmt="gmail", lang="en", stage="second_reminder",
         from_="Sandra Lehmann <s.lehmann@lehmann-textil.de>", inv="F-2026-0415", amt="2,090.00", due="2026-10-23",
         intent="promise", promise_date="2026-12-14", note="'in 14 Tagen' from Mon 30 Nov",
         body="""Guten Tag,

ich bitte um etwas Geduld. Wir warten selbst noch auf eine größere Zahlung. Sie bekommen Ihr Geld in 14 Tagen.

Mit freundlichen Grüßen
Sandra Lehmann
Lehmann Textil OHG
"""),
    dict(id="d3024", date="2026-11-27T15:12", fmt="apple", lang="en", stage="reminder",
         from_="Thomas Richter <t.richter@richter-consulting.de>", inv="F-2026-0449", amt="1,200.00", due="2026-11-13",
         intent="paid", paid_on="2026-11-27",
         body="""Hallo,

wir haben den Betrag heute überwiesen.

Beste Grüße
Thomas Richter
"""),
    dict(id="d3025", date="2026-11-10T13:37", fmt="outlook", lang="fr", stage="reminder",
         from_="Ute Schwarz <u.schwarz@schwarz-optik.de>", inv="F-2026-0428", amt="690,00", due="2026-10-29",
         intent="promise", promise_date="2026-11-30", note="'bis Ende des Monats' written 10 Nov: 30 Nov",
         body="""Sehr geehrte Damen und Herren,

danke für den Hinweis. Die Rechnung wird bis Ende des Monats bezahlt.

Freundliche Grüße
Ute Schwarz
Schwarz Optik
"""),
    dict(id="d3026", date="2026-11-23T08:01", fmt="ooo", lang="en", stage="reminder",
         from_="Michael Zimmermann <m.zimmermann@zimmermann-bau.de>", inv="F-2026-0453", amt="3,300.00", due="2026-11-11",
         intent="out_of_office", return_date="2026-11-30",
         note="'bis 27.11. auf der Messe' (a Friday): back Monday 30 Nov",
         body="""Sehr geehrte Damen und Herren,

ich bin bis 27.11. auf der Messe BAU in München und lese meine E-Mails nur unregelmäßig. Bei dringenden Anliegen wenden Sie sich bitte an meine Kollegin Frau Peters (peters@zimmermann-bau.de).

Mit freundlichen Grüßen
Michael Zimmermann
"""),
    dict(id="d3027", date="2026-11-18T14:25", fmt="html_outlook", lang="en", stage="reminder",
         from_="Rechnungsprüfung <rechnungspruefung@hartmann-kliniken.de>",
         inv="F-2026-0434", amt="1,480.00", due="2026-11-02",
         intent="dispute", note="says the invoice is a duplicate of one already paid",
         body="""Sehr geehrte Damen und Herren,

die Rechnung F-2026-0434 ist nach unserer Prüfung ein Duplikat der Rechnung F-2026-0408 (gleiche Bestellung 4500012877, gleiche Positionen, gleicher Betrag). Die F-2026-0408 wurde bereits am 16.10. beglichen.

Wir bitten um Stornierung der F-2026-0434 bzw. um eine Gutschrift.

Mit freundlichen Grüßen
Rechnungsprüfung
Hartmann Kliniken gGmbH
Amtsgericht Kassel HRB 3312 | Geschäftsführer: Dr. med. Jan Hartmann
"""),
    dict(id="d3028", date="2026-12-02T10:18", fmt="gmail", lang="fr", stage="second_reminder",
         from_="Nicole Braun <n.braun@braun-hoerakustik.de>", inv="F-2026-0439", amt="870,00", due="2026-11-03",
         intent="paid", paid_on="2026-11-30", note="paid on Monday (30 Nov) and asks for a confirmation",
         body="""Hallo,

wir haben am Montag bezahlt. Können Sie mir bitte kurz eine Zahlungsbestätigung schicken, für unsere Unterlagen?

Danke
Nicole Braun
Braun Hörakustik
"""),
    dict(id="d3029", date="2026-11-20T19:22", fmt="gmail", lang="en", stage="reminder",
         from_="Andreas Koch <andreas.koch84@web.de>", inv="F-2026-0442", amt="389.00", due="2026-11-06",
         intent="promise", promise_date="2026-12-01",
         body="""Guten Abend,

ich habe bei Ihnen privat einen Tisch bestellt. Ich zahle am 1. Dezember, wenn mein Gehalt kommt. Tut mir leid für die Verspätung.

Andreas Koch
"""),
    dict(id="d3030", date="2026-11-26T16:55", fmt="tb", lang="en", stage="second_reminder",
         from_="Werner Schulze <schulze@schulze-landtechnik.de>", inv="F-2026-0418", amt="2,540.00", due="2026-10-26",
         intent="promise", note="'Anfang nächster Woche' is vague: no date",
         body="""Hallo Frau Dupont,

die Rechnung ist freigegeben, die Zahlung geht Anfang nächster Woche raus.

Gruß
Werner Schulze
Schulze Landtechnik GmbH
"""),
    dict(id="d3031", date="2026-11-19T11:05", fmt="outlook", lang="en", stage="reminder",
         from_="Sekretariat Dr. Schulz <sekretariat@kanzlei-schulz.de>", inv="F-2026-0441", amt="1,150.00", due="2026-11-04",
         intent="paid", paid_on="2026-11-17", note="assistant writes on behalf of Frau Dr. Schulz; paid on Tuesday 17 Nov",
         body="""Sehr geehrte Damen und Herren,

Frau Dr. Schulz bittet mich, Ihnen mitzuteilen, dass die Überweisung für die Rechnung F-2026-0441 bereits am Dienstag erfolgt ist.

Mit freundlichen Grüßen
i. A. Petra Engel
Sekretariat

Kanzlei Dr. Schulz & Partner Rechtsanwälte
Maximilianstraße 22, 80539 München
"""),
    dict(id="d3032", date="2026-11-04T08:10", fmt="ooo", lang="en", stage="reminder",
         from_="Katrin Wolff <k.wolff@wolff-verpackung.de>", inv="F-2026-0411", amt="1,730.00", due="2026-10-15",
         intent="out_of_office", return_date="2026-11-09",
         body="""Vielen Dank für Ihre Nachricht. Ich bin ab dem 9.11. wieder im Büro.

Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen: +49 5141 88990.

Katrin Wolff
Wolff Verpackung GmbH
"""),
    dict(id="d3033", date="2026-11-19T15:30", fmt="outlook", lang="en", stage="reminder",
         from_="Jürgen Peters <j.peters@peters-maschinenbau.de>", inv="F-2026-0436", amt="7,820.00", due="2026-11-05",
         intent="promise", promise_date="2026-12-04", note="'spätestens Ende KW 49': KW 49 ends on Fri 4 Dec (working week)",
         body="""Guten Tag,

die Rechnung ist bei uns im Freigabeprozess. Die Zahlung erfolgt spätestens Ende KW 49.

Mit freundlichen Grüßen
Jürgen Peters
Leiter Einkauf
Peters Maschinenbau GmbH
Amtsgericht Chemnitz HRB 19987 | Geschäftsführer: Jürgen Peters, Sven Peters
"""),
    dict(id="d3034", date="2026-11-12T10:44", fmt="gmail", lang="fr", stage="reminder",
         from_="Info Sommer <info@sommer-cafe-leipzig.de>", inv="F-2026-0427", amt="560,00", due="2026-10-29",
         intent="dispute", note="denies having ordered anything",
         body="""Hallo,

wir haben bei Ihnen nichts bestellt und kennen Ihre Firma nicht. Bitte prüfen Sie, an wen diese Rechnung eigentlich gehen soll. Wir werden sie nicht bezahlen.

Café Sommer
Leipzig
"""),
    dict(id="d3035", date="2026-11-30T09:25", fmt="html_outlook", lang="en", stage="second_reminder",
         from_="Daniela Berger <d.berger@berger-werbetechnik.de>", inv="F-2026-0422", amt="1,640.00", due="2026-10-28",
         intent="promise", promise_date="2026-12-03",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnung F-2026-0422 wird mit unserem Zahlungslauf am Donnerstag, 3.12., beglichen.

Mit freundlichen Grüßen

Daniela Berger
Buchhaltung
Berger Werbetechnik GmbH | Otto-Hahn-Str. 4 | 48161 Münster
Geschäftsführer: Ingo Berger | AG Münster HRB 10441
"""),
    dict(id="d3036", date="2026-11-18T13:50", fmt="tb", lang="fr", stage="reminder",
         from_="Gerhard Franke <g.franke@franke-holz.de>", inv="F-2026-0446", amt="1 010,00", due="2026-11-06",
         intent="paid", note="says it is already paid, no date given",
         body="""Guten Tag,

die Rechnung ist bereits beglichen. Bitte prüfen Sie Ihre Kontoauszüge.

G. Franke
"""),
    dict(id="d3037", date="2026-11-12T14:00", fmt="ooo", lang="en", stage="reminder",
         from_="Sarah Hoffmann <s.hoffmann@hoffmann-media.de>", inv="F-2026-0431", amt="980.00", due="2026-10-30",
         intent="out_of_office", return_date="2027-02-01",
         note="parental leave 'bis 31.01.2027' (a Sunday): back Monday 1 Feb",
         body="""Hallo,

ich bin derzeit in Elternzeit bis zum 31.01.2027. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden Sie sich in allen Rechnungsfragen an rechnung@hoffmann-media.de.

Viele Grüße
Sarah Hoffmann
"""),
    dict(id="d3038", date="2026-12-04T10:30", fmt="outlook", lang="en", stage="firm",
         from_="Christian Schmid <c.schmid@schmid-bautechnik.de>", inv="F-2026-0395", amt="3,960.00", due="2026-10-19",
         intent="promise", promise_date="2026-12-18",
         body="""Sehr geehrte Damen und Herren,

wir warten noch auf die Schlusszahlung unseres Bauherrn für das Projekt, in das Ihre Lieferung eingeflossen ist. Sobald diese eingeht, überweisen wir Ihnen den vollen Betrag, auf jeden Fall bis zum 18.12.

Mit freundlichen Grüßen
Christian Schmid
Schmid Bautechnik GmbH
"""),
    dict(id="d3039", date="2026-12-08T18:12", fmt="apple", lang="en", stage="second_reminder",
         from_="Dennis Wagner <dennis@wagner-coffee.de>", inv="F-2026-0455", amt="455.00", due="2026-11-16",
         intent="promise", promise_date="2026-12-11", note="'diese woche noch' written Tue 8 Dec: by Friday 11 Dec",
         body="""zahlung kommt diese woche noch, sorry fuer die verzoegerung

Dennis

Von meinem iPhone gesendet
"""),
    dict(id="d3040", date="2026-11-24T09:40", fmt="outlook", lang="fr", stage="reminder",
         from_="Finanzbuchhaltung <fibu@otto-gruppe-nord.de>",
         inv=[("F-2026-0438", "740,00", "2026-11-03"), ("F-2026-0443", "1 260,00", "2026-11-05")],
         intent="paid", paid_on="2026-11-20",
         body="""Sehr geehrte Damen und Herren,

beide Rechnungen (F-2026-0438 und F-2026-0443) wurden am 20.11. per Sammelüberweisung beglichen, Verwendungszweck "RE 0438 0443".

Mit freundlichen Grüßen
Finanzbuchhaltung
Otto Gruppe Nord GmbH
"""),
    dict(id="d3041", date="2026-12-09T11:15", fmt="gmail", lang="en", stage="firm",
         from_="Björn Jansen <jansen@jansen-fahrzeugbau.de>", inv="F-2026-0403", amt="2,310.00", due="2026-10-21",
         intent="dispute",
         body="""Guten Tag,

ich habe bereits telefonisch reklamiert: Die lackierten Paneele sind nach sechs Wochen schon verblasst und an mehreren Stellen blättert der Lack ab. Das ist ein klarer Mangel. Ich fordere Nachbesserung oder Ersatz, bis dahin halte ich die Zahlung zurück.

Björn Jansen
Jansen Fahrzeugbau e.K.
"""),
    dict(id="d3042", date="2026-12-01T12:02", fmt="ooo", lang="fr", stage="second_reminder",
         from_="Martina Kühn <m.kuehn@kuehn-partner.de>", inv="F-2026-0426", amt="1 890,00", due="2026-10-29",
         intent="out_of_office", return_date="2026-12-03",
         body="""Guten Tag,

ich bin auf Dienstreise und am Donnerstag, 3.12., wieder im Haus. Ihre Nachricht wird anschließend bearbeitet.

Martina Kühn
Kühn & Partner Steuerberatungsgesellschaft mbH
"""),
    dict(id="d3043", date="2026-12-14T09:12", fmt="gmail", lang="en", stage="final_notice",
         from_="Patrick Lorenz <p.lorenz@lorenz-fitness.de>", inv="F-2026-0372", amt="2,200.00", due="2026-10-07",
         intent="promise", promise_date="2026-12-14", note="'erfolgt heute noch': a promise for today",
         body="""Guten Morgen,

bitte kein Inkasso, die Überweisung erfolgt heute noch. Ich schicke Ihnen den Beleg, sobald sie raus ist.

Patrick Lorenz
Lorenz Fitness GmbH
"""),
    dict(id="d3044", date="2026-12-07T08:35", fmt="gmail", lang="en", stage="reminder",
         from_="Miriam Seidel <miriam.seidel@posteo.de>", inv="F-2026-0458", amt="245.00", due="2026-11-23",
         intent="paid", paid_on="2026-12-05", note="paid online on Saturday (5 Dec)",
         body="""Hallo,

ich habe am Samstag über Ihren Link online bezahlt. Ich hoffe, es ist angekommen.

Viele Grüße
Miriam Seidel
"""),
    dict(id="d3045", date="2026-12-10T14:48", fmt="outlook", lang="en", stage="firm",
         from_="Holger Winkler <h.winkler@winkler-hausverwaltung.de>", inv="F-2026-0397", amt="1,800.00", due="2026-10-20",
         intent="promise", promise_date="2026-12-22",
         note="500 € sent today, the rest promised for 22 Dec: the open commitment is the 22 Dec",
         body="""Sehr geehrte Damen und Herren,

ich habe heute eine Teilzahlung von 500 € überwiesen. Den Restbetrag von 1.300 € überweise ich am 22.12.

Mit freundlichen Grüßen
Holger Winkler
Winkler Hausverwaltung
"""),
]
EXTRA_KNOWN = ["F-2026-0408"]
for _c in CASES:
    _c["from"] = _c.pop("from_")
