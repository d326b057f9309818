"""German replies (DE/AT) to Wimmer Elektro- und Gebäudetechnik GmbH, Rosenheim. Written by hand, one by one."""

CASES = [
    dict(id="s18de001", country="DE", date="2026-12-07T09:14", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-10231", amt="486,20", due="2026-11-20",
         frm="Thomas Reindl <t.reindl82@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Private customer: will transfer on Friday (11 Dec).",
         body="""Hallo,

sorry, ist untergegangen. Überweise ich am Freitag.

Gruß Thomas Reindl"""),

    dict(id="s18de002", country="AT", date="2026-12-08T16:40", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="RE-2026-09874", amt="3.912,00", due="2026-11-06",
         frm="Buchhaltung Hotel Kaisertal <buchhaltung@hotel-kaisertal.at>",
         intent="paid", paid_on="2026-12-04",
         note="Transfer ordered on 4 December; the reminder crossed it.",
         body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Mahnung teilen wir Ihnen mit, dass der Betrag von EUR 3.912,00 zur Rechnung RE-2026-09874 bereits am 04.12. von unserem Konto bei der Raiffeisenbank Kufstein angewiesen wurde. Je nach Bank sollte der Eingang bei Ihnen in den nächsten Tagen ersichtlich sein.

Wir bitten, die Mahnung als gegenstandslos zu betrachten.

Mit freundlichen Grüßen

Sabine Hörhager
Buchhaltung

Hotel Kaisertal GmbH & Co KG
Kaisertalstraße 9 | 6330 Kufstein | Österreich
T +43 5372 62 118-14
FN 318442 h | Landesgericht Innsbruck | UID ATU64218873"""),

    dict(id="s18de003", country="DE", date="2026-12-09T11:02", fmt="outlook", stage="firm", ago=2,
         inv="RE-2026-09512", amt="2.146,85", due="2026-10-30",
         frm="Daniela Stadler <d.stadler@hv-innstadt.de>",
         intent="dispute",
         note="Property manager refuses to pay until the work is finished and the time sheets are signed off.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer 2. Mahnung muss ich Ihnen leider mitteilen, dass wir die Rechnung so nicht freigeben können.

Die beauftragten Arbeiten in der Luitpoldstraße 14 (Erneuerung Unterverteilung Treppenhaus, Austausch Rauchwarnmelder in allen Wohneinheiten) sind nach Rückmeldung unseres Hausmeisters nicht abgeschlossen. In den Wohnungen im 3. OG fehlen die Rauchwarnmelder nach wie vor, und die Abdeckung der Unterverteilung im EG ist immer noch provisorisch mit Klebeband befestigt. Außerdem liegen uns für die abgerechneten 14,5 Monteurstunden keine abgezeichneten Stundenzettel vor.

Wir bitten um Fertigstellung und Übersendung der Stundennachweise. Erst nach Abnahme durch unseren Hausmeister werden wir die Rechnung zur Zahlung anweisen. Die angekündigten Verzugszinsen und die Pauschale weisen wir unter diesen Umständen zurück.

Mit freundlichen Grüßen

Daniela Stadler
Objektbetreuung

Hausverwaltung Innstadt GmbH
Münchener Straße 37 · 83022 Rosenheim
Tel. 08031 23 96 40 · Fax 08031 23 96 49
Geschäftsführer: Markus Obermaier · Amtsgericht Traunstein HRB 21077"""),

    dict(id="s18de004", country="DE", date="2026-12-10T07:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-10102", amt="1.240,00", due="2026-11-25",
         frm="Kämmerei Stadt Bad Aibling <kaemmerei@stadtverwaltung-aibling.de>",
         intent="out_of_office", return_date="2026-12-21",
         note="Auto-reply: away up to and including Friday 18 Dec, so back Monday 21 Dec.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an die Stadtkasse, Tel. 08061 4901-210.

Mit freundlichen Grüßen
Johann Hainzl
Stadtkämmerei"""),

    dict(id="s18de005", country="DE", date="2026-12-11T21:37", fmt="apple", stage="second_reminder", ago=4,
         inv="RE-2026-09990", amt="718,40", due="2026-11-13",
         frm="Pizzeria Da Enzo <daenzo.rosenheim@web.de>",
         intent="promise", promise_date="2026-12-14",
         note="Phone-typed: forgot, will do it Monday (14 Dec).",
         body="""sorry hab ich voll verpennt, is grad weihnachtsfeiern ohne ende hier. mach ich montag fertig

enzo

Von meinem iPhone gesendet"""),

    dict(id="s18de006", country="DE", date="2026-12-11T13:20", fmt="gmail", stage="firm", ago=3,
         inv="RE-2026-09407", amt="3.860,00", due="2026-10-23",
         frm="Georg Kirchleitner <kirchleitner.hof@t-online.de>",
         intent="plan_request",
         note="Farmer asks to pay in three instalments; no dates committed.",
         body="""Grüß Gott Frau oder Herr,

die Rechnung für die neue Melkstand-Elektrik ist schon richtig und die Arbeit war auch gut, da gibts nix. Aber mit dem Milchpreis heuer und dem neuen Stall ist es gerade eng bei uns. Wär es möglich dass wir die 3.860 Euro in drei Raten zahlen? Jeweils zum Monatsanfang, wenn das Milchgeld kommt.

Bitte um kurze Rückmeldung ob das geht, dann richte ich das bei der Bank ein.

Viele Grüße
Georg Kirchleitner
Kirchleitnerhof, Untersöchering 3
Tel 0171 4482913"""),

    dict(id="s18de007", country="AT", date="2026-12-14T10:05", fmt="tb", stage="reminder", ago=4,
         inv="RE-2026-10045", amt="1.568,30", due="2026-11-28",
         frm="Gemeindeamt Schwoich - Buchhaltung <buchhaltung@gemeinde-schwoich.at>",
         intent="copy_request",
         note="Municipality needs the invoice reissued with its order number before it can pay.",
         body="""Sehr geehrte Damen und Herren,

die angeführte Rechnung (Beleuchtung Turnsaal Volksschule) kann von uns derzeit nicht angewiesen werden, da die Bestellnummer der Gemeinde fehlt. Gemäß unseren Einkaufsbedingungen muss jede Rechnung die Bestellnummer (Format BE-2026-xxx) tragen, sonst wird sie vom Buchhaltungssystem nicht übernommen.

Die Bestellung erfolgte damals telefonisch über Herrn Amtsleiter Egger. Bitte klären Sie die Nummer mit ihm ab und übermitteln Sie uns eine korrigierte Rechnung, idealerweise als PDF an diese Adresse.

Danke und freundliche Grüße

Verena Mairhofer
Gemeindeamt Schwoich
Dorf 4, 6334 Schwoich
Tel. +43 5372 58 244-12"""),

    dict(id="s18de008", country="DE", date="2026-12-14T15:48", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="RE-2026-09733", amt="1.412,80", due="2026-11-10",
         frm="Katrin Pfaffinger <katrin.pfaffinger@googlemail.com>",
         intent="promise", promise_date="2026-12-31",
         note="1.000 EUR paid today as a part payment; the rest (412,80) promised by the end of the month. The open balance is a promise for 31 Dec.",
         body="""Hallo Herr Wimmer, hallo Buchhaltung,

ich habe heute 1.000 € überwiesen, mehr geht diesen Monat leider nicht auf einmal (Auto in der Werkstatt, Sie kennen das…).

Den Rest von 412,80 € überweise ich bis Ende des Monats, spätestens Silvester ist alles beglichen. Ich hoffe das ist in Ordnung so.

Viele Grüße und schon mal eine schöne Adventszeit
Katrin Pfaffinger"""),

    dict(id="s18de009", country="DE", date="2026-12-15T08:52", fmt="tb", stage="reminder", ago=1,
         inv="RE-2026-10188", amt="642,60", due="2026-11-30",
         frm="Praxis Dr. Wallner <praxis@zahnarzt-wallner.de>",
         intent="paid", paid_on="2026-12-14",
         note="Transferred yesterday (14 Dec).",
         body="""Guten Morgen,

die Rechnung wurde gestern überwiesen. Bitte entschuldigen Sie die Verspätung, unsere Praxismanagerin war im Urlaub.

Freundliche Grüße
Monika Bauer
Zahnarztpraxis Dr. med. dent. Stefan Wallner
Kaiserstraße 21, 83022 Rosenheim
Tel. 08031 35 22 10"""),

    dict(id="s18de010", country="DE", date="2026-12-15T12:11", fmt="outlook", stage="second_reminder", ago=2,
         inv="RE-2026-09856", amt="2.990,00", due="2026-11-12",
         frm="Ralf Eberhardt <r.eberhardt@eberhardt-moebel.de>",
         intent="bank_details",
         note="Got a call announcing a new IBAN; wants the bank details confirmed in writing before paying (possible fraud).",
         body="""Guten Tag,

bevor wir zahlen eine Rückfrage: Letzte Woche hat bei uns jemand angerufen, angeblich von Ihrer Buchhaltung, und uns eine neue Bankverbindung durchgegeben (eine IBAN bei einer Bank in Litauen?!). Auf Ihrer Rechnung steht aber die Sparkasse Rosenheim-Bad Aibling.

Das kommt mir ehrlich gesagt komisch vor. Bitte bestätigen Sie mir schriftlich, welche IBAN die richtige ist. Vorher überweisen wir nichts, ich hoffe Sie verstehen das.

Mit freundlichen Grüßen
Ralf Eberhardt
Eberhardt Möbel & Wohnen e.K.
Rathausstraße 8, 83043 Bad Aibling
Tel. 08061 93 41 70"""),

    dict(id="s18de011", country="DE", date="2026-12-16T19:26", fmt="gmail", stage="reminder", ago=5,
         inv="RE-2026-10067", amt="5.380,00", due="2026-11-27",
         frm="Peter Maier <peter.maier.1961@gmx.de>",
         intent="other",
         note="Wrong recipient: a private person with the same name, never a customer.",
         body="""Guten Abend,

ich glaube Sie haben hier den falschen Maier erwischt. Ich habe bei Ihnen nie etwas beauftragt und kenne auch keine Baustelle in Prutting. Vermutlich meinen Sie die Firma Maier Bau in Stephanskirchen, die gibt es da wirklich.

Bitte korrigieren Sie Ihre Daten, ich möchte nicht irgendwann ein Inkassoschreiben für etwas bekommen, mit dem ich nichts zu tun habe.

Mfg
Peter Maier"""),

    dict(id="s18de012", country="DE", date="2026-12-17T17:55", fmt="apple", stage="reminder", ago=2,
         inv="RE-2026-10154", amt="389,00", due="2026-12-01",
         frm="Salon Haarmonie <info@salon-haarmonie.de>",
         intent="promise",
         note="Will pay after the holidays: no single day.",
         body="""Liebes Wimmer-Team,

bei uns ist gerade Hochsaison vor Weihnachten, ich komme kaum zum Luft holen. Ich kümmere mich gleich nach den Feiertagen um die Überweisung, versprochen!

Liebe Grüße
Jessica Hartl
Salon Haarmonie · Wasserburger Str. 4 · 83059 Kolbermoor"""),

    dict(id="s18de013", country="DE", date="2026-12-17T10:14", fmt="html_outlook", stage="firm", ago=2,
         inv=[("RE-2026-09321", "4.215,60", "2026-10-16"), ("RE-2026-09488", "1.087,30", "2026-10-29"),
              ("RE-2026-09602", "2.644,00", "2026-11-05")],
         frm="Kreditorenbuchhaltung Inntal Kliniken <kreditoren@inntal-kliniken.de>",
         intent="paid", paid_on="2026-12-16",
         note="Hospital accounts payable: all three invoices in the payment run of 16 Dec.",
         body="""Sehr geehrte Damen und Herren,

die oben genannten Rechnungen RE-2026-09321, RE-2026-09488 und RE-2026-09602 sind im Zahllauf vom 16.12.2026 enthalten und wurden mit einer Sammelüberweisung über insgesamt 7.946,90 EUR beglichen. Verwendungszweck: ZL 2026-50 / Kreditor 700418.

Die Verzögerung ist auf eine fehlende Leistungsbestätigung der Technischen Abteilung zurückzuführen, die inzwischen vorliegt.

Wir bitten, die Verzugspauschale nicht in Rechnung zu stellen.

Mit freundlichen Grüßen

i. A. Claudia Neuhauser
Kreditorenbuchhaltung

Inntal Kliniken gGmbH – Zentrale Verwaltung
Pettenkoferstraße 10, 83022 Rosenheim
Tel.: 08031 365-4412
E-Mail: kreditoren@inntal-kliniken.de

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""),

    dict(id="s18de014", country="DE", date="2026-12-18T22:03", fmt="gmail", stage="second_reminder", ago=1,
         inv="RE-2026-10012", amt="96,50", due="2026-11-20",
         frm="Werner Hofstetter <whofstetter@online.de>",
         intent="unsubscribe",
         note="Wants to stop receiving these automatic emails; no payment statement.",
         body="""Hören Sie bitte auf, mir ständig diese automatischen Mails zu schicken. Das ist jetzt die dritte in zwei Wochen für 96 Euro. Tragen Sie mich aus Ihrem Verteiler aus, sofort.

Wenn Sie was von mir wollen, rufen Sie an oder schreiben einen Brief wie ein normaler Handwerksbetrieb.

W. Hofstetter"""),

    dict(id="s18de015", country="AT", date="2026-12-21T06:00", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-10276", amt="854,00", due="2026-12-04",
         frm="Tischlerei Huber Wörgl <office@tischlerei-huber-woergl.at>",
         intent="out_of_office", return_date="2027-01-07",
         note="Company holiday; back from 7 January (6 Jan is a public holiday in Austria).",
         body="""Liebe Kundinnen und Kunden, liebe Geschäftspartner,

unser Betrieb ist von 21. Dezember 2026 bis einschließlich 6. Jänner 2027 auf Betriebsurlaub. Ab 7. Jänner sind wir wieder wie gewohnt für Sie da.

Wir wünschen frohe Weihnachten und einen guten Rutsch!

Ihr Team der Tischlerei Huber
Brixentaler Straße 22, 6300 Wörgl"""),

    dict(id="s18de016", country="DE", date="2026-12-22T14:30", fmt="outlook", stage="firm", ago=1,
         inv="RE-2026-09655", amt="1.876,40", due="2026-11-06",
         frm="Schreinerei Lechner <buero@schreinerei-lechner.de>",
         intent="promise", promise_date="2027-01-08",
         note="Commits to pay by 8 January at the latest; the side question about the hourly rate does not change that.",
         body="""Hallo zusammen,

die Zahlung erfolgt bis spätestens 8. Januar, vorher ist bei uns leider nichts zu machen, weil unser Steuerbüro erst wieder im neuen Jahr die Zahlungen freigibt.

Nebenbei eine Frage: Auf der Rechnung ist der Meisterstundensatz mit 78 € angesetzt, letztes Jahr waren es noch 72 €. Gilt der neue Satz ab jetzt für alle Aufträge? Dann müsste ich das bei meinen Kalkulationen berücksichtigen.

Schöne Feiertage
Andreas Lechner

Schreinerei Lechner
Am Mühlbach 5, 83101 Rohrdorf
Tel. 08032 70 91 0 | Mobil 0160 98 44 117"""),

    dict(id="s18de017", country="DE", date="2026-12-22T20:48", fmt="gmail", stage="final_notice", ago=3,
         inv="RE-2026-09211", amt="6.420,00", due="2026-10-09",
         frm="Stefan Gruber <stefan.gruber.ro@gmail.com>",
         intent="dispute",
         note="Angry private customer: heat pump wiring still not working, refuses to pay until it is fixed.",
         body="""Das ist ja wohl ein Witz.

Sie drohen mir mit Inkasso, während meine Wärmepumpe seit der Installation ständig auf Störung geht, weil Ihr Monteur die Steuerleitung falsch angeklemmt hat. Das hat mir der Kundendienst vom Hersteller schriftlich bestätigt. Ich habe Ihnen das im November zweimal gemeldet und dreimal angerufen, zurückgerufen hat niemand.

Wir sitzen kurz vor Weihnachten mit Heizlüftern im Wohnzimmer. Solange das nicht ordentlich repariert ist, zahle ich keinen Cent. Wenn Sie das Inkasso einschalten, geht das Ganze an meinen Anwalt.

Stefan Gruber
Lärchenweg 11, 83026 Rosenheim"""),

    dict(id="s18de018", country="DE", date="2026-12-23T12:07", fmt="apple", stage="reminder", ago=2,
         inv="RE-2026-10198", amt="212,30", due="2026-12-02",
         frm="Lisa Brandstätter <lisa.brandstaetter@icloud.com>",
         intent="paid", paid_on="2026-12-23",
         note="Just paid through the online payment link.",
         body="""hab grad über den link bezahlt, hat geklappt glaub ich. frohe weihnachten!

lisa

Von meinem iPhone gesendet"""),

    dict(id="s18de019", country="DE", date="2026-12-28T09:41", fmt="outlook", stage="second_reminder", ago=6, fwd=True,
         inv="RE-2026-10003", amt="1.153,70", due="2026-11-24",
         frm="Sekretariat Kanzlei Dr. Kessler <sekretariat@kanzlei-kessler-ro.de>",
         intent="promise", promise_date="2027-01-04",
         note="Assistant forwards the lawyer's instruction: payment released for 4 January.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Erinnerung unten leite ich Ihnen die Antwort von Herrn Dr. Kessler weiter. Die Überweisung wird von uns am 4. Januar ausgeführt.

Freundliche Grüße
Anja Moosmüller
Sekretariat

-----Ursprüngliche Nachricht-----
Von: Dr. Florian Kessler <f.kessler@kanzlei-kessler-ro.de>
Gesendet: Mittwoch, 23. Dezember 2026 18:02
An: Sekretariat Kanzlei Dr. Kessler <sekretariat@kanzlei-kessler-ro.de>
Betreff: AW: WG: 1. Mahnung: Rechnung RE-2026-10003

Frau Moosmüller,
ist in Ordnung, die Leistung ist erbracht. Bitte am 4.1. anweisen, vorher ist das Kanzleikonto zu. Und bitte Wimmer Bescheid geben.
FK

Kanzlei Dr. Kessler · Rechtsanwälte
Max-Josefs-Platz 3 · 83022 Rosenheim
Tel. 08031 38 84 0"""),

    dict(id="s18de020", country="DE", date="2026-12-28T08:30", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-10311", amt="2.308,00", due="2026-12-11",
         frm="Autohaus Schneiderbauer <rechnung@autohaus-schneiderbauer.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed up to and including Friday 1 January; first working day is Monday 4 January.",
         body="""Vielen Dank für Ihre E-Mail.

Unsere Verwaltung ist vom 23.12.2026 bis einschließlich 01.01.2027 geschlossen. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Für Notfälle im Werkstattbereich erreichen Sie unseren Bereitschaftsdienst unter 0171 223 90 48.

Frohe Festtage wünscht
Ihr Autohaus Schneiderbauer"""),

    dict(id="s18de021", country="DE", date="2026-12-29T11:16", fmt="tb", stage="reminder", ago=6,
         inv="RE-2026-10249", amt="734,00", due="2026-12-07",
         frm="Markus Ortner <m.ortner@ortner-logistik.de>",
         intent="contact_change", new_email="rechnungseingang@ortner-logistik.de",
         note="Asks that invoices and reminders go to the central invoice mailbox.",
         body="""Hallo,

bitte schicken Sie Rechnungen und Zahlungserinnerungen künftig nicht mehr an mich persönlich, sondern an unser zentrales Postfach rechnungseingang@ortner-logistik.de. Dort werden sie erfasst und freigegeben. An mich adressierte Rechnungen bleiben sonst gerne mal liegen, wenn ich unterwegs bin.

Ich habe Ihre Mail dorthin weitergeleitet.

Danke und Gruß
Markus Ortner
Geschäftsführer
Ortner Logistik GmbH & Co. KG · Gewerbestraße 17 · 83064 Raubling"""),

    dict(id="s18de022", country="DE", date="2026-12-30T16:22", fmt="gmail", stage="firm", ago=2,
         inv="RE-2026-09780", amt="1.190,00", due="2026-11-18",
         frm="Nicole Weidinger <nicole.weidinger@gmx.net>",
         intent="plan_request",
         note="Private customer asks to pay about 100 EUR a month; no start date committed.",
         body="""Sehr geehrte Damen und Herren

es tut mir leid das ich mich erst jetzt melde. Ich bin alleinerziehend und im Dezember ist auch noch die Waschmaschine kaputt gegangen, ich kann die 1190 € im Moment nicht auf einmal bezahlen.

Wäre es möglich das ich das in Raten abzahle, so 100 € im Monat? Ich will das auf jeden Fall bezahlen, die Arbeit vom Herrn Brunner war ja super.

Bitte schreiben sie mir ob das geht.

Mit freundlichen Grüßen
Nicole Weidinger"""),

    dict(id="s18de023", country="DE", date="2027-01-04T08:05", fmt="outlook", stage="second_reminder", ago=0,
         inv="RE-2026-10120", amt="567,80", due="2026-11-27",
         frm="Bäckerei Kreuzer <info@baeckerei-kreuzer.de>",
         intent="paid", paid_on="2026-12-30",
         note="Transferred on 30 December (last year); reminder of today crossed it.",
         body="""Guten Morgen und ein gutes neues Jahr,

der Betrag wurde am 30.12. überwiesen, den Beleg hänge ich Ihnen an. Vielleicht ist es wegen der Feiertage noch nicht bei Ihnen gebucht.

Gruß aus der Backstube
Martina Kreuzer

Bäckerei & Konditorei Kreuzer
Marktplatz 2 · 83109 Großkarolinenfeld · Tel. 08031 5 02 37"""),

    dict(id="s18de024", country="AT", date="2027-01-05T10:48", fmt="tb", stage="reminder", ago=1,
         inv="RE-2026-10344", amt="1.926,00", due="2026-12-15",
         frm="Ing. Walter Steinlechner <w.steinlechner@steinlechner-bau.at>",
         intent="promise",
         note="Will pay after Epiphany, probably in the second week of January: a window, no single day.",
         body="""Sehr geehrte Damen und Herren,

danke für die Erinnerung. Bei uns wird nach den Feiertagen erst wieder ab dem Dreikönigstag gearbeitet, die Überweisung kommt voraussichtlich in der zweiten Jännerwoche.

Freundliche Grüße

Ing. Walter Steinlechner
Steinlechner Bau GmbH
Innsbrucker Straße 58, 6330 Kufstein
Tel. +43 5372 64 902 | Mobil +43 664 351 22 80
FN 204117 x, LG Innsbruck"""),

    dict(id="s18de025", country="DE", date="2027-01-05T13:33", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="RE-2026-10082", amt="1.045,90", due="2026-11-30",
         frm="Verein Bürgerhaus Happing e.V. <kasse@buergerhaus-happing.de>",
         intent="copy_request",
         note="Association never received the invoice and the link does not open; asks for the PDF.",
         body="""Hallo,

ich bin seit Oktober neuer Kassier beim Verein und finde die Rechnung RE-2026-10082 weder in unseren Unterlagen noch im Postfach. Der Link in Ihrer Mail öffnet bei mir nur eine weiße Seite.

Könnten Sie mir die Rechnung bitte als PDF schicken, am besten mit dem Leistungsnachweis (ich vermute, es geht um die neue Bühnenbeleuchtung im Saal)? Dann lege ich sie dem Vorstand zur Freigabe vor.

Viele Grüße
Bernhard Schmid
Kassier Bürgerhaus Happing e.V."""),

    dict(id="s18de026", country="DE", date="2027-01-07T15:12", fmt="outlook", stage="firm", ago=2,
         inv="RE-2026-09702", amt="2.534,50", due="2026-11-09",
         frm="Getränke Fischbacher <verwaltung@getraenke-fischbacher.de>",
         intent="other",
         note="Forwarded to the tax adviser who handles payments; no commitment and no dispute.",
         body="""Sehr geehrte Damen und Herren,

wir haben Ihre Mahnung an unser Steuerbüro weitergeleitet, das seit Dezember unsere Buchhaltung und den Zahlungsverkehr übernommen hat (Kanzlei Rieder & Partner, Wasserburg). Die Kollegen dort werden sich mit Ihnen in Verbindung setzen.

Mit freundlichen Grüßen
Brigitte Fischbacher
Getränke Fischbacher GmbH"""),

    dict(id="s18de027", country="DE", date="2027-01-07T19:40", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-10362", amt="478,00", due="2026-12-18",
         frm="Florian Wagner <kassenwart@tsv-kolbermoor-tennis.de>",
         intent="promise", promise_date="2027-01-15",
         note="Club treasurer will transfer on the 15th (January).",
         body="""Servus,

bin als Kassenwart gerade erst aus dem Skiurlaub zurück und arbeite den Stapel ab. Die Rechnung für die Flutlicht-Reparatur ist freigegeben, ich überweise sie am 15., da machen wir immer die Vereinszahlungen.

Sportliche Grüße
Florian Wagner
Kassenwart TSV Kolbermoor, Abt. Tennis"""),

    dict(id="s18de028", country="DE", date="2027-01-08T09:27", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-2026-10219", amt="3.297,00", due="2026-12-04",
         frm="Sandra Huber <s.huber@kunststoff-huber-bruckmuehl.de>",
         intent="bank_details",
         note="Their transfer came back as 'IBAN invalid'; asks for the correct bank details.",
         body="""Guten Morgen,

wir hatten die Rechnung am 17.12. überwiesen, die Überweisung ist aber gestern von unserer Bank zurückgekommen mit dem Vermerk "IBAN ungültig / Konto nicht vorhanden". Wir haben die IBAN so übernommen, wie sie auf Ihrer Rechnung steht.

Bitte prüfen Sie Ihre Bankverbindung und schicken Sie uns die korrekte IBAN und BIC, gerne auch telefonisch bestätigt. Danach überweisen wir sofort erneut.

Mit freundlichen Grüßen

Sandra Huber
Finanzbuchhaltung

Kunststofftechnik Huber GmbH
Industriestraße 12 | 83052 Bruckmühl
Telefon +49 8062 80 77-25
Sitz der Gesellschaft: Bruckmühl | Registergericht: Amtsgericht Traunstein HRB 18653 | Geschäftsführer: Josef Huber, Sandra Huber"""),

    dict(id="s18de029", country="AT", date="2027-01-08T11:58", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("RE-2026-10295", "612,00", "2026-12-10"), ("RE-2026-10301", "1.380,40", "2026-12-10")],
         frm="Hausverwaltung Pirchmoser <office.pirchmoser@gmail.com>",
         intent="paid", paid_on="2027-01-07",
         note="Both invoices transferred with value date 7 January.",
         body="""Sehr geehrte Damen und Herren,

beide Rechnungen (Stiegenhausbeleuchtung Kaiserbergstraße und Notlicht Tiefgarage) wurden gestern mit Valuta 7.1.2027 von den jeweiligen Hauskonten überwiesen.

Mit freundlichen Grüßen
Mag. Elisabeth Pirchmoser
Hausverwaltung Pirchmoser
Oberer Stadtplatz 6, 6330 Kufstein
0664 120 88 41"""),

    dict(id="s18de030", country="DE", date="2027-01-11T10:20", fmt="outlook", stage="firm", ago=4,
         inv="RE-2026-10009", amt="2.951,20", due="2026-11-23",
         frm="Metzgerei Obermaier <metzgerei.obermaier@t-online.de>",
         intent="dispute",
         note="Amount above the written quote; asks for a corrected invoice before paying.",
         body="""Grüß Gott,

Ihre Rechnung für die neue Kühlraumbeleuchtung und die Steckdosen in der Wurstküche passt nicht zum Angebot. Im Angebot vom 12. Oktober stehen 2.150 Euro netto, abgerechnet haben Sie 2.480 netto. Von Mehrarbeiten war nie die Rede, da hat mir keiner was gesagt.

Ich zahle gern das, was ausgemacht war. Schicken Sie mir bitte eine korrigierte Rechnung, dann überweise ich.

Josef Obermaier
Metzgerei Obermaier, Hauptstraße 31, 83101 Rohrdorf"""),

    dict(id="s18de031", country="DE", date="2027-01-12T14:44", fmt="tb", stage="second_reminder", ago=5,
         inv="RE-2026-10258", amt="1.365,00", due="2026-12-08",
         frm="Grundschule Stephanskirchen - Sekretariat <sekretariat@gs-stephanskirchen.de>",
         intent="dispute",
         note="Undisputed part (1.120 EUR) paid; the two travel flat fees are contested. Firm must act on the contested remainder.",
         body="""Sehr geehrte Damen und Herren,

nach Rücksprache mit dem Schulträger haben wir heute den unstrittigen Betrag von 1.120,00 € überwiesen.

Die zweimal berechnete Anfahrtspauschale erkennen wir nicht an: Der zweite Termin war nur notwendig, weil Ihr Monteur beim ersten Mal das falsche Material dabei hatte. Das kann nicht zu Lasten der Schule gehen. Bitte stornieren Sie die zweite Anfahrt bzw. schicken Sie uns eine Gutschrift über den Restbetrag.

Mit freundlichen Grüßen
Renate Kreitmair
Schulsekretariat
Grundschule Stephanskirchen"""),

    dict(id="s18de032", country="DE", date="2027-01-12T08:30", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-10377", amt="924,00", due="2026-12-22",
         frm="Christine Lamprecht <c.lamprecht@lamprecht-immobilien.de>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away up to and including Friday 15 January; back Monday 18 January.",
         body="""Guten Tag,

ich bin bis einschließlich Freitag, 15.01.2027 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Distler (distler@lamprecht-immobilien.de).

Viele Grüße
Christine Lamprecht"""),

    dict(id="s18de033", country="DE", date="2027-01-13T16:05", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2026-10402", amt="8.716,00", due="2026-12-30",
         frm="Accounts Payable Alpenland Baustoffe <ap@alpenland-baustoffe.de>",
         intent="promise", promise_date="2027-01-29",
         note="Accounts payable schedules the invoice for payment on 29 January.",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung RE-2026-10402 ist bei uns erfasst und freigegeben. Sie ist für den Zahllauf am 29.01.2027 vorgesehen. Bitte haben Sie Verständnis, dass wir Einzelzahlungen außerhalb der regulären Zahlläufe nicht vornehmen.

Bitte verwenden Sie bei künftigen Rechnungen unsere Bestellnummer im Format 4500xxxxxx, das beschleunigt die Bearbeitung.

Mit freundlichen Grüßen

Tobias Reiter
Accounts Payable

Alpenland Baustoffe GmbH
Hafenstraße 40 · 83059 Kolbermoor
Tel. +49 8031 98 22-318
Amtsgericht Traunstein HRB 9921 · Geschäftsführung: Dr. Helmut Brenninger"""),

    dict(id="s18de034", country="AT", date="2027-01-14T20:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="RE-2026-10355", amt="340,00", due="2026-12-17",
         frm="Gasthof Zur Post Erl <gasthof.post.erl@aon.at>",
         intent="paid", paid_on="2027-01-11",
         note="Paid in cash to the technician on Monday (11 January), has a receipt.",
         body="""Hallo

das hab ich doch schon am Montag bar bei Ihrem Monteur bezahlt, wie er wegen dem Herd da war. Er hat mir auch eine Quittung geschrieben, die kann ich ihnen gern fotografieren. Reden Sie bitte mit ihm.

Gruß
Hermine Praschberger
Gasthof Zur Post, Erl"""),

    dict(id="s18de035", country="DE", date="2027-01-18T11:37", fmt="outlook", stage="final_notice", ago=3,
         inv="RE-2026-09566", amt="4.780,00", due="2026-10-28",
         frm="Kanzlei Dr. Sedlmair Insolvenzverwaltung <info@sedlmair-insolvenz.de>",
         intent="other",
         note="Insolvency administrator: provisional insolvency proceedings; claims to be filed with the administrator.",
         body="""Sehr geehrte Damen und Herren,

Ihr Schreiben an die Firma Rauscher Innenausbau GmbH wurde uns zugeleitet. Wir teilen Ihnen mit, dass das Amtsgericht Rosenheim mit Beschluss vom 08.01.2027 (Az. 2 IN 4/27) das vorläufige Insolvenzverfahren über das Vermögen der Gesellschaft angeordnet und den Unterzeichner zum vorläufigen Insolvenzverwalter bestellt hat.

Zahlungen auf Altforderungen können derzeit nicht geleistet werden. Wir bitten Sie, von weiteren Mahnungen und der Einschaltung eines Inkassobüros abzusehen. Nach Eröffnung des Verfahrens erhalten Sie Gelegenheit, Ihre Forderung zur Insolvenztabelle anzumelden.

Mit freundlichen Grüßen

Dr. Martin Sedlmair
Rechtsanwalt, Fachanwalt für Insolvenzrecht
Kanzlei Dr. Sedlmair · Salinstraße 11 · 83022 Rosenheim
Tel. 08031 40 66 30"""),

    dict(id="s18de036", country="DE", date="2027-01-19T08:31", fmt="bounce", stage="reminder",
         inv="RE-2026-10389", rcpt="k.schuster@elektro-schuster-ro.de", status="5.1.1",
         mta="mx.wimmer-elektro.de", remote="mx01.ionos.de",
         diag="550 5.1.1 <k.schuster@elektro-schuster-ro.de>: Recipient address rejected: Mailbox not found",
         subj="Unzustellbar: Zahlungserinnerung: Rechnung RE-2026-10389",
         intent="bounce",
         body="""Ihre Nachricht konnte nicht zugestellt werden.

Die Adresse k.schuster@elektro-schuster-ro.de existiert beim Zielserver nicht (550 5.1.1 Mailbox not found).

This is an automatically generated Delivery Status Notification. The following recipient could not be reached:

    k.schuster@elektro-schuster-ro.de"""),

    dict(id="s18de037", country="DE", date="2027-01-19T18:52", fmt="apple", stage="firm", ago=1,
         inv="RE-2026-10167", amt="1.094,00", due="2026-12-01",
         frm="Michael Zehetmair <zehetmair.m@web.de>",
         intent="promise", promise_date="2027-01-22",
         note="Typos; will pay by Friday of this week (22 January).",
         body="""Hallo,

bin grad auf montage in Österreich und komm erst am wochenende heim, hab die mahnung grad erst gesehen. Bezahle ich bis freitag diesr woche, versprochn. Die Zinsen könnt ihr euch bitte sparen, war keine absicht.

Gruß M. Zehetmair

Von meinem iPhone gesendet"""),

    dict(id="s18de038", country="DE", date="2027-01-20T09:09", fmt="tb", stage="reminder", ago=2,
         inv="RE-2026-10411", amt="655,00", due="2027-01-04",
         frm="Sabine Kerscher <s.kerscher@physio-am-salingarten.de>",
         intent="contact_change", new_email="m.lenz@physio-am-salingarten.de",
         note="Former contact has left; reminders should go to Mr Lenz.",
         body="""Guten Tag,

Frau Berger, an die Ihre Erinnerung adressiert ist, ist zum Jahresende bei uns ausgeschieden. Für Rechnungen und Zahlungen ist ab sofort Herr Matthias Lenz zuständig: m.lenz@physio-am-salingarten.de

Bitte stellen Sie die Adresse in Ihrem System um. Ich habe ihm Ihre Mail weitergegeben.

Freundliche Grüße
Sabine Kerscher
Empfang

Physiotherapie am Salingarten
Salinstraße 3 · 83022 Rosenheim · Tel. 08031 88 41 20"""),

    dict(id="s18de039", country="DE", date="2027-01-25T17:03", fmt="gmail", stage="second_reminder", ago=4,
         inv=[("RE-2026-10433", "318,50", "2027-01-08"), ("RE-2027-00012", "1.240,00", "2027-01-15")],
         frm="Johanna Riedl <johanna.riedl@riedl-gartenbau.de>",
         intent="paid", paid_on="2027-01-25",
         note="Both invoices transferred today.",
         body="""Hallo Frau Bichler,

habe heute beide Rechnungen überwiesen, 318,50 und 1.240,00, jeweils mit Rechnungsnummer im Verwendungszweck. Sorry für die Verzögerung, der Januar war bei uns chaotisch.

Viele Grüße
Johanna Riedl
Riedl Garten- und Landschaftsbau
Tel. 0176 2301 8845"""),

    dict(id="s18de040", country="DE", date="2027-01-27T10:36", fmt="outlook", stage="final_notice", ago=2,
         inv="RE-2026-09860", amt="5.612,40", due="2026-11-16",
         frm="Heinrich Aschauer <h.aschauer@aschauer-fensterbau.de>",
         intent="promise", promise_date="2027-02-28",
         note="Commits to pay in full at the end of February (= 28 Feb); not the letter's deadline.",
         body="""Sehr geehrter Herr Wimmer,

ich bitte Sie, von der Übergabe an ein Inkassobüro abzusehen. Wir hatten im Dezember einen großen Zahlungsausfall bei einem Bauträger, der uns kurzfristig in Schwierigkeiten gebracht hat. Das ist mittlerweile geregelt, die Schlusszahlung des Bauträgers ist für Mitte Februar schriftlich zugesagt.

Wir werden Ihre Rechnung über 5.612,40 € Ende Februar vollständig begleichen. Früher ist es leider nicht möglich. Ich hoffe, wir können die langjährige Zusammenarbeit trotzdem so fortführen wie bisher.

Mit freundlichen Grüßen

Heinrich Aschauer
Geschäftsführer

Aschauer Fensterbau GmbH
Gewerbering 9 · 83128 Halfing
Tel. 08055 90 21-0 · Fax 08055 90 21-99
Amtsgericht Traunstein HRB 14302 · USt-IdNr. DE131988420"""),
]
