"""German replies (Germany and Austria) to Wendler Gebäudetechnik GmbH, Passau. Written by hand, one by one."""

CASES = [
    dict(id="s12de001", country="DE", date="2026-12-07T09:14", fmt="gmail", stage="reminder", ago=3,
         inv="R-2026-1184", amt="189,40", due="2026-11-27",
         frm="Stefan Gruber <stefan.gruber84@gmx.de>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday at the latest; written Monday 7 Dec, so Friday 11 Dec.",
         body="""Hallo,

sorry, ist mir durchgerutscht. Ich überweise das spätestens am Freitag.

Gruß
Stefan Gruber"""),

    dict(id="s12de002", country="AT", date="2026-12-08T07:52", fmt="outlook", stage="second_reminder", ago=1,
         inv="R-2026-1102", amt="1.746,00", due="2026-11-10",
         frm="Gasthof Zum Goldenen Hirschen <office@gasthof-hirsch-schaerding.at>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer made 'gestern', i.e. Monday 7 December.",
         body="""Grüß Gott,

die Rechnung für die Reparatur am Warmwasserboiler haben wir gestern überwiesen, sollte also in den nächsten Tagen bei Ihnen sein. Hat leider etwas gedauert, weil mein Mann die Rechnung eine Woche im Auto liegen gehabt hat.

Schönen Feiertag noch!

Mit freundlichen Grüßen
Maria Leitner
Gasthof Zum Goldenen Hirschen
Stadtplatz 14, 4780 Schärding
Tel. +43 7712 3318"""),

    dict(id="s12de003", country="DE", date="2026-12-09T10:41", fmt="gmail", stage="reminder", ago=2,
         inv="R-2026-1151", amt="642,60", due="2026-11-30",
         frm="Wirtshaus am Dom <wirtshausamdom@gmail.com>",
         intent="dispute",
         note="Contests the hours billed and says the repair did not fix the cold room; refuses to pay until it is fixed.",
         body="""hallo

also ehrlich jetzt kommt auch noch eine mahnung?? die kühlzelle macht seit der reparatur wieder die gleichen geräusche und kühlt nachts nicht richtig runter, ich hab ihren monteur 2 mal angerufen und keiner ruft zurück. und auf der rechnung stehen 4,5 std arbeitszeit, der war keine 2 stunden da, das kann ihnen mein ganzes küchenpersonal bestätigen

so zahl ich das nicht. erst kommt jemand und macht das gscheit, dann reden wir über die rechnung

huber"""),

    dict(id="s12de004", country="DE", date="2026-12-10T08:47", fmt="ooo", stage="reminder", ago=0,
         inv="R-2026-1120", amt="2.318,00", due="2026-11-20",
         frm="Kerstin Aigner <kerstin.aigner@obernzell.de>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away up to and including Friday 18 Dec; first working day back is Monday 21 Dec.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12.2026 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an die Marktkasse, Tel. 08591 9117-20, kasse@obernzell.de.

Mit freundlichen Grüßen
Kerstin Aigner
Markt Obernzell – Bauverwaltung"""),

    dict(id="s12de005", country="DE", date="2026-12-10T14:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("R-2026-1088", "1.284,50", "2026-11-13"), ("R-2026-1109", "436,80", "2026-11-20"),
              ("R-2026-1131", "2.960,00", "2026-11-27")],
         frm="Sabine Wimmer <s.wimmer@hv-dreifluss.de>",
         intent="promise", promise_date="2026-12-15",
         note="All three invoices scheduled for the next payment run on 15.12.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung.

Die drei genannten Rechnungen betreffen unterschiedliche Objekte (WEG Ludwigstraße 8, WEG Am Schanzl 3 und das Mietshaus Neuburger Straße 112). Die Freigaben durch die jeweiligen Verwaltungsbeiräte liegen inzwischen vollständig vor; die Verzögerung lag bei der WEG Am Schanzl, deren Beirat die Rechnung erst nach der Eigentümerversammlung am 1. Dezember prüfen konnte.

Alle drei Rechnungen sind für unseren nächsten Zahlungslauf am 15.12. eingeplant. Bitte berücksichtigen Sie, dass die Zahlungen von den jeweiligen Objektkonten und daher als drei getrennte Überweisungen bei Ihnen eingehen.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Sabine Wimmer
Objektbuchhaltung

Dreiflüsse Hausverwaltung GmbH
Bahnhofstraße 19 · 94032 Passau
Tel. 0851 75609-14 · Fax 0851 75609-99
s.wimmer@hv-dreifluss.de
Geschäftsführer: Thomas Reindl · Amtsgericht Passau HRB 6672"""),

    dict(id="s12de006", country="AT", date="2026-12-11T16:05", fmt="apple", stage="firm", ago=4,
         inv="R-2026-1047", amt="3.480,00", due="2026-10-30",
         frm="Josef Mayrhofer <j.mayrhofer@baeckerei-mayrhofer.at>",
         intent="paid", paid_on="2026-12-11",
         note="Partial payment of 1.500 € transferred today; remainder only vaguely after the Christmas trade.",
         body="""Sehr geehrte Damen und Herren,

ich habe heute 1.500 € überwiesen (Verwendungszweck R-2026-1047). Den Rest kann ich leider erst zahlen, wenn das Weihnachtsgeschäft vorbei ist, ich hoffe Sie haben dafür Verständnis. Die neue Lüftung in der Backstube läuft übrigens einwandfrei.

Mit freundlichen Grüßen
Josef Mayrhofer
Bäckerei-Konditorei Mayrhofer, Ried

Von meinem iPhone gesendet"""),

    dict(id="s12de007", country="DE", date="2026-12-14T09:30", fmt="outlook", stage="reminder", ago=4,
         inv="R-2026-1139", amt="5.812,34", due="2026-12-05",
         frm="Kreditorenbuchhaltung <kreditoren@kliniken-dreilaendereck.de>",
         intent="copy_request",
         note="Cannot book the invoice without a purchase-order number; asks for the invoice again with the PO number.",
         body="""Sehr geehrte Damen und Herren,

zu der o. g. Rechnung liegt uns keine Bestellnummer vor. Gemäß unseren Einkaufsbedingungen können Rechnungen ohne gültige Bestellnummer (Format 45xxxxxxxx) nicht gebucht und somit auch nicht zur Zahlung freigegeben werden.

Bitte lassen Sie uns die Rechnung mit Angabe der Bestellnummer erneut zukommen, vorzugsweise als PDF an rechnungseingang@kliniken-dreilaendereck.de. Die Bestellnummer erhalten Sie bei der anfordernden Stelle (hier vermutlich Haustechnik Haus 3, Herr Pöschl).

Vielen Dank.

Mit freundlichen Grüßen
i. A. Melanie Haslinger
Kreditorenbuchhaltung

Kliniken Dreiländereck gGmbH
Krankenhausstraße 1, 94078 Freyung
Telefon: +49 8551 977-4120
kreditoren@kliniken-dreilaendereck.de

Geschäftsführung: Dr. Andreas Kölbl
Vorsitzender des Aufsichtsrates: Landrat Georg Brunner
Sitz der Gesellschaft: Freyung · Registergericht Passau HRB 9014

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),

    dict(id="s12de008", country="DE", date="2026-12-14T11:10", fmt="tb", stage="second_reminder", ago=3,
         inv="R-2026-1097", amt="870,00", due="2026-11-18",
         frm="Architekturbüro Brandstetter <post@brandstetter-architektur.de>",
         intent="paid", paid_on="2026-12-03",
         note="Says she transferred the amount on 03.12. with an unclear reference; asks the firm to check.",
         body="""Guten Tag,

ich habe die Rechnung R-2026-1097 bereits am 03.12. überwiesen, 870,00 EUR von meinem Geschäftskonto bei der Sparkasse Passau. Im Verwendungszweck stand allerdings nur „Wendler Ortstermin Salzweg“ – vielleicht ist die Zahlung deshalb bei Ihnen nicht zugeordnet worden? Bitte prüfen Sie das noch einmal.

Beste Grüße
Lena Brandstetter

--
Architekturbüro Lena Brandstetter
Dipl.-Ing. (FH) Architektin
Höllgasse 6 | 94032 Passau
T 0851 2093-551 | M 0171 4480219"""),

    dict(id="s12de009", country="DE", date="2026-12-15T12:48", fmt="outlook", fwd=True, stage="reminder", ago=5,
         inv="R-2026-1142", amt="1.095,20", due="2026-12-04",
         frm="Praxis Dr. Berger <praxis@dr-berger-hauzenberg.de>",
         intent="promise", promise_date="2026-12-31",
         note="Practice manager forwards the doctor's instruction: pay with the other invoices at month end (31 December).",
         body="""Sehr geehrte Damen und Herren,

unten die Rückmeldung von Herrn Dr. Berger zu Ihrer Zahlungserinnerung zu Ihrer Information.

Freundliche Grüße
Petra Kolb
Praxismanagement
Praxis Dr. med. Martin Berger, Allgemeinmedizin
Marktplatz 5, 94051 Hauzenberg · Tel. 08586 2290

-----Ursprüngliche Nachricht-----
Von: Dr. Martin Berger <m.berger@dr-berger-hauzenberg.de>
Gesendet: Montag, 14. Dezember 2026 18:02
An: Praxis Dr. Berger <praxis@dr-berger-hauzenberg.de>
Betreff: AW: Zahlungserinnerung: Rechnung R-2026-1142 – Wendler Gebäudetechnik GmbH

Petra, Klima im Behandlungsraum 2 läuft, Rechnung passt. Bitte mit den anderen zum Monatsende überweisen.
MB"""),

    dict(id="s12de010", country="DE", date="2026-12-16T19:37", fmt="html_gmail", stage="firm", ago=2,
         inv="R-2026-1066", amt="14.860,00", due="2026-11-16",
         frm="Andrea Fuchs <fuchs.andrea@web.de>",
         intent="plan_request",
         note="Cannot pay the whole heating invoice at once; asks for monthly instalments of about 1.500-2.000 €, no dates.",
         body="""Sehr geehrte Damen und Herren,

wir haben Ihre Mahnung erhalten und möchten Ihnen ehrlich sagen, wie es bei uns aussieht. Mit der neuen Pelletheizung sind wir sehr zufrieden, daran liegt es nicht. Leider ist im Oktober unerwartet unser Dach undicht geworden und die Reparatur hat einen großen Teil unserer Rücklagen aufgebraucht. Den vollen Betrag von 14.860 € können wir momentan nicht auf einmal bezahlen.

Wäre es möglich, die Rechnung in monatlichen Raten abzuzahlen? Wir könnten uns etwa 1.500 bis 2.000 € im Monat vorstellen, gerne auch mit einer schriftlichen Vereinbarung. Abends erreichen Sie uns unter 0160 9923418.

Mit freundlichen Grüßen
Andrea und Markus Fuchs"""),

    dict(id="s12de011", country="DE", date="2026-12-17T10:15", fmt="html_outlook", stage="reminder", ago=1,
         inv="R-2026-1160", amt="2.147,85", due="2026-12-11",
         frm="Florian Eder <f.eder@autohaus-eder-ortenburg.de>",
         intent="bank_details",
         note="Received an e-mail claiming a new (Lithuanian) IBAN; asks the firm to confirm its real bank details before paying.",
         body="""Guten Morgen,

wir wollten die Rechnung heute anweisen, haben aber letzte Woche eine E-Mail bekommen, angeblich von Ihrer Buchhaltung, dass sich Ihre Bankverbindung geändert hat. Die neue IBAN fängt mit LT an, also eine Bank in Litauen. Das kam uns komisch vor.

Können Sie uns bitte kurz bestätigen, welche Bankverbindung die richtige ist? Am liebsten telefonisch unter 08542 9170-0. Wir überweisen erst, wenn das geklärt ist.

Danke und Gruß
Florian Eder

Autohaus Eder GmbH & Co. KG
Vilshofener Straße 31 | 94496 Ortenburg
Tel. 08542 9170-0 | Fax 08542 9170-19
Sitz Ortenburg, AG Passau HRA 2291 · Komplementärin: Eder Verwaltungs GmbH, AG Passau HRB 8840"""),

    dict(id="s12de012", country="DE", date="2026-12-17T20:56", fmt="none", stage="second_reminder", ago=3,
         inv="R-2026-1115", amt="312,75", due="2026-11-23",
         frm="Hildegard Zacher <h.zacher41@t-online.de>",
         intent="promise", promise_date="2026-12-30",
         note="Will transfer 'am 30.' when her pension arrives: 30 December.",
         body="""Sehr geehrte Damen und Herren

Ich habe Ihr Schreiben bekomen. Entschuldigung das es so lange dauert, mein Mann war im Krankenhaus und ich bin mit der Post nicht hinterher gekomen. Ich überweise den Betrag am 30. wenn die Rente auf dem Konto ist.
Der Herr von Ihnen war sehr nett und die Heizung geht wieder gut

Mit freundlichen Grüßen
Hildegard Zacher"""),

    dict(id="s12de013", country="AT", date="2026-12-18T09:02", fmt="outlook", stage="reminder", ago=2,
         inv="R-2026-1125", amt="4.210,00", due="2026-11-28",
         frm="Birgit Hofer <b.hofer@thermenhotel-innviertel.at>",
         intent="contact_change", new_email="c.pichler@thermenhotel-innviertel.at",
         note="Former contact has left; invoices and reminders should now go to Ms Pichler.",
         body="""Sehr geehrte Damen und Herren,

Herr Stadler ist mit Ende November aus unserem Unternehmen ausgeschieden, seine Mails werden derzeit an mich weitergeleitet. Für die Kreditorenbuchhaltung ist ab sofort Frau Claudia Pichler zuständig. Bitte richten Sie Rechnungen, Zahlungserinnerungen und Rückfragen künftig direkt an c.pichler@thermenhotel-innviertel.at.

Die offene Rechnung habe ich Frau Pichler bereits weitergegeben.

Mit freundlichen Grüßen

Birgit Hofer
Assistenz der Geschäftsführung

Thermenhotel Innviertel GmbH
Thermenplatz 2 | 4943 Geinberg
T +43 7723 8520-0
www.thermenhotel-innviertel.at
Firmenbuch FN 287341 k | Landesgericht Ried im Innkreis | UID ATU62918837"""),

    dict(id="s12de014", country="DE", date="2026-12-21T09:12", fmt="ooo", stage="reminder", ago=0,
         inv="R-2026-1171", amt="528,90", due="2026-12-18",
         frm="Schreinerei Kastl <info@schreinerei-kastl.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Closed for company holiday until 06.01.2027; open again Thursday 07.01.2027.",
         body="""Vielen Dank für Ihre Nachricht!

Unser Betrieb ist vom 21.12.2026 bis einschließlich 06.01.2027 wegen Betriebsurlaub geschlossen. Ab Donnerstag, dem 07.01.2027, sind wir wieder wie gewohnt für Sie da.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr!

Ihr Team der Schreinerei Kastl
Kastl GmbH · Bräuhausgasse 2 · 94152 Neuhaus am Inn"""),

    dict(id="s12de015", country="DE", date="2026-12-22T15:40", fmt="apple", stage="reminder", ago=1,
         inv="R-2026-1148", amt="245,00", due="2026-12-14",
         frm="Julia Reiter <julia.reiter@icloud.com>",
         intent="promise",
         note="Will pay right after the holidays; no single day given.",
         body="""Hallo,

danke für die Erinnerung, hatte ich total vergessen 🙈 Ich kümmere mich gleich nach den Feiertagen drum, versprochen!

Frohe Weihnachten
Julia Reiter

Von meinem iPhone gesendet"""),

    dict(id="s12de016", country="DE", date="2026-12-23T11:20", fmt="tb", stage="firm", ago=2,
         inv="R-2026-1093", amt="6.420,00", due="2026-11-30",
         frm="Dr. Wolfgang Sperl <w.sperl@posteo.de>",
         intent="dispute",
         note="Withholds payment because of water damage caused by the installation; asks for repair first.",
         body="""Sehr geehrte Damen und Herren,

Ihre Mahnung vom 21.12.2026 weise ich zurück.

Wie ich Herrn Wendler bereits am 2. Dezember telefonisch und am 4. Dezember schriftlich mitgeteilt habe, ist es nach dem Austausch der Heizkreisverteilung im Keller unseres Hauses zu einem Wasserschaden gekommen. Ursache ist nach Einschätzung des hinzugezogenen Sachverständigen eine nicht fachgerecht verpresste Verbindung am Vorlauf. Der Schaden ist durch Fotos und das Protokoll des Sachverständigen dokumentiert; beides liegt Ihnen vor.

Bis zur vollständigen Beseitigung des Mangels und einer Klärung der Schadensregulierung mache ich von meinem Zurückbehaltungsrecht Gebrauch. Selbstverständlich werde ich die Rechnung begleichen, sobald die Arbeiten ordnungsgemäß abgeschlossen sind. Verzugszinsen und eine Verzugspauschale sind unter diesen Umständen nicht gerechtfertigt.

Ich bitte um einen zeitnahen Terminvorschlag für die Nachbesserung.

Mit freundlichen Grüßen

Dr. Wolfgang Sperl
Am Hochfeld 7
94094 Rotthalmünster"""),

    dict(id="s12de017", country="DE", date="2026-12-28T10:05", fmt="none", stage="second_reminder", ago=6,
         inv="R-2026-1127", amt="1.380,00", due="2026-11-26",
         frm="Thomas Brunner <brunner@brunner-gartenbau.de>",
         intent="other",
         note="Passed the reminder to their tax office, which handles their payments; no commitment.",
         body="""Hallo,

hab das an unser Steuerbüro weitergeleitet, die machen bei uns die Zahlungen. Zwischen den Jahren sitzt da aber wahrscheinlich keiner.

Gruß Thomas Brunner
Brunner Garten- und Landschaftsbau"""),

    dict(id="s12de018", country="AT", date="2026-12-29T13:30", fmt="outlook", stage="second_reminder", ago=7,
         inv=[("R-2026-1034", "1.920,00", "2026-10-26"), ("R-2026-1078", "684,00", "2026-11-12"),
              ("R-2026-1119", "2.256,00", "2026-11-25")],
         frm="Buchhaltung Marktgemeinde St. Florian <buchhaltung@st-florian-inn.gv.at>",
         intent="copy_request",
         note="One of the three invoices never arrived; asks for a copy and a statement of open items before paying.",
         body="""Sehr geehrte Damen und Herren,

bezüglich Ihrer Mahnung dürfen wir Ihnen mitteilen, dass bei uns nur die Rechnungen R-2026-1034 und R-2026-1119 eingelangt sind. Die Rechnung R-2026-1078 liegt uns nicht vor. Um die Zahlung veranlassen zu können, ersuchen wir um Übermittlung einer Kopie dieser Rechnung sowie einer aktuellen Aufstellung aller offenen Posten.

Wir bitten zu beachten, dass Rechnungen an die Gemeinde die bestellende Abteilung ausweisen müssen.

Mit freundlichen Grüßen

Für den Bürgermeister:
Gerlinde Schachinger
Finanzverwaltung

Marktgemeinde St. Florian am Inn
Tel.: +43 7712 2255-13"""),

    dict(id="s12de019", country="DE", date="2027-01-04T08:44", fmt="html_gmail", stage="reminder", ago=5,
         inv=[("R-2026-1141", "8.930,00", "2026-12-10"), ("R-2026-1158", "3.115,60", "2026-12-17")],
         frm="Johannes Weiß <j.weiss@weiss-bautraeger.de>",
         intent="paid", paid_on="2026-12-28",
         note="Both invoices paid in one bulk transfer on 28.12.",
         body="""Guten Morgen zusammen,

beide Rechnungen (1141 und 1158, BV Reihenhäuser Kohlbruck) haben wir am 28.12. mit einer Sammelüberweisung über 12.045,60 € bezahlt. Hat sich wohl mit Ihrer Erinnerung überschnitten.

Ein gutes neues Jahr und viele Grüße
Johannes Weiß

Weiß Bauträger GmbH
Spitalhofstraße 40, 94032 Passau
0851 49061-0"""),

    dict(id="s12de020", country="DE", date="2027-01-04T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="R-2026-1164", amt="3.742,30", due="2026-12-15",
         frm="Sandra Lindner <sandra.lindner@donau-ilz-verpackung.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out up to and including Friday 08.01.2027; back Monday 11 January.",
         body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 08.01.2027, nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an kreditoren@donau-ilz-verpackung.de.

Thank you for your message. I am out of the office until Friday, 8 January 2027 (inclusive) and have no access to my e-mails. For urgent matters please contact kreditoren@donau-ilz-verpackung.de.

Sandra Lindner
Kreditorenbuchhaltung / Accounts Payable
Donau-Ilz Verpackung GmbH"""),

    dict(id="s12de021", country="DE", date="2027-01-05T10:12", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="R-2026-1112", amt="11.476,00", due="2026-12-01",
         frm="Markus Obermeier <markus.obermeier@innstahl.de>",
         intent="paid", paid_on="2026-12-22",
         note="AP department says the invoice was paid in the payment run of 22.12.2026.",
         body="""Sehr geehrte Damen und Herren,

laut unserem System wurde die o. g. Rechnung mit dem Zahlungslauf vom 22.12.2026 in voller Höhe (11.476,00 EUR) beglichen, Zahlungsreferenz ZL-20261222-0047. Die Gutschrift auf Ihrem Konto sollte noch vor den Feiertagen erfolgt sein.

Bitte prüfen Sie Ihren Zahlungseingang und gleichen Sie Ihr Debitorenkonto entsprechend ab.

Mit freundlichen Grüßen
i. A. Markus Obermeier
Kreditorenbuchhaltung

Innstahl Antriebstechnik AG
Kapuzinerstraße 70 · 94032 Passau
Tel. +49 851 3904-2217
markus.obermeier@innstahl.de

Sitz der Gesellschaft: Passau · Amtsgericht Passau HRB 4418
Vorstand: Dr. Heike Rammelsberger (Vorsitzende), Jörg Niedermayer
Vorsitzender des Aufsichtsrats: Prof. Dr. Klaus Wendt"""),

    dict(id="s12de022", country="AT", date="2027-01-05T17:25", fmt="gmail", stage="reminder", ago=6,
         inv="R-2026-1136", amt="2.910,00", due="2026-12-18",
         frm="Christoph Pramer <christoph.pramer@gmail.com>",
         intent="dispute",
         note="Invoice exceeds the agreed fixed price; will pay 2.400 € only on a corrected invoice.",
         body="""Sehr geehrte Damen und Herren,

ich habe Ihre Erinnerung bekommen, möchte aber vorher etwas klären. Laut Ihrem Angebot vom 14. Oktober (A-2026-388) war für den Tausch der Badarmaturen und des Warmwasserspeichers ein Pauschalpreis von 2.400 € inkl. MwSt. vereinbart. Verrechnet haben Sie jetzt 2.910 €, mit zusätzlichen Positionen für „Kleinmaterial“ und Anfahrt, von denen vorher nie die Rede war.

Den vereinbarten Betrag von 2.400 € zahle ich gern sofort, sobald Sie mir eine korrigierte Rechnung schicken. Die Differenz akzeptiere ich nicht.

Mit freundlichen Grüßen
Christoph Pramer
Linzer Straße 21, 4780 Schärding"""),

    dict(id="s12de023", country="DE", date="2027-01-07T08:15", fmt="outlook", stage="final_notice", ago=3,
         inv="R-2026-1074", amt="1.968,40", due="2026-11-13",
         frm="Metzgerei Schwarzmüller <info@metzgerei-schwarzmueller.de>",
         intent="promise", promise_date="2027-01-12",
         note="Will transfer the full amount next Tuesday; written Thursday 7 Jan, so Tuesday 12 Jan.",
         body="""Guten Morgen,

bitte kein Inkasso, das Geld kommt. Wir hatten über Weihnachten einen Engpass, weil ein Großkunde nicht gezahlt hat. Ich überweise nächsten Dienstag den kompletten Betrag, da haben Sie mein Wort.

Mit freundlichen Grüßen
Georg Schwarzmüller
Metzgerei & Partyservice Schwarzmüller
Marktplatz 3, 94127 Neuburg am Inn
Tel. 08507 412"""),

    dict(id="s12de024", country="DE", date="2027-01-07T14:50", fmt="bounce",
         inv="R-2026-1152", amt="756,00", due="2026-12-11",
         rcpt="m.rauscher@rauscher-fliesen.de", status="5.1.1", remote="mx00.ionos.de",
         diag="550 5.1.1 <m.rauscher@rauscher-fliesen.de>: Requested action not taken: mailbox unavailable",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
m.rauscher@rauscher-fliesen.de"""),

    dict(id="s12de025", country="DE", date="2027-01-08T11:33", fmt="gmail", stage="reminder", ago=3,
         inv="R-2026-1176", amt="98,00", due="2026-12-30",
         frm="Kai Lehner <kai.lehner@mailbox.org>",
         intent="unsubscribe",
         note="Objects to automated e-mail reminders and asks to be removed from the mailing; post is fine.",
         body="""Guten Tag,

ich möchte keine automatisierten Zahlungserinnerungen per E-Mail über Ihren Dienstleister bekommen. Bitte tragen Sie meine Adresse aus diesem Verteiler aus. Der Verwendung meiner E-Mail-Adresse für diese Zwecke widerspreche ich hiermit ausdrücklich (Art. 21 DSGVO).

Rechnungen können Sie mir gern per Post schicken.

Kai Lehner"""),

    dict(id="s12de026", country="DE", date="2027-01-11T07:21", fmt="apple", stage="second_reminder", ago=4,
         inv="R-2026-1169", amt="418,00", due="2026-12-21",
         frm="Tobias Krenn <t.krenn@outlook.de>",
         intent="promise", promise_date="2027-01-13",
         note="Will transfer by Wednesday; written Monday 11 Jan, so 13 Jan.",
         body="""Ok sorry, überweise bis Mittwoch.

Gruß T. Krenn

Von meinem iPhone gesendet"""),

    dict(id="s12de027", country="AT", date="2027-01-11T16:48", fmt="tb", stage="reminder", ago=4,
         inv="R-2026-1144", amt="1.134,00", due="2026-12-12",
         frm="Tischlerei Gahleitner <office@tischlerei-gahleitner.at>",
         intent="promise",
         note="Will pay in calendar week 3 with other supplier invoices; a week, not a single day.",
         body="""Hallo,

danke für die Erinnerung. Bei uns ist nach dem Betriebsurlaub noch einiges liegen geblieben, die Überweisung mach ich in der KW 3 zusammen mit den anderen Lieferantenrechnungen.

LG aus Braunau
Hannes Gahleitner

Tischlerei Gahleitner
Salzburger Straße 88, 5280 Braunau am Inn
+43 664 2187559"""),

    dict(id="s12de028", country="AT", date="2027-01-12T09:55", fmt="outlook", stage="firm", ago=1,
         inv="R-2026-1082", amt="3.604,80", due="2026-11-16",
         frm="Elisabeth Wagner <e.wagner@wagner-transporte.at>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay in full by the end of January ('Ende Jänner') = 31 January.",
         body="""Sehr geehrte Damen und Herren,

wir bitten um Entschuldigung für die Verzögerung. Aufgrund der Umstellung unseres Buchhaltungssystems zum Jahreswechsel konnten wir in den ersten Jännertagen keine Zahlungen durchführen. Wir werden den offenen Betrag bis spätestens Ende Jänner zur Gänze begleichen.

Wir ersuchen Sie, bis dahin von weiteren Mahnschritten abzusehen.

Mit freundlichen Grüßen

Elisabeth Wagner
Prokuristin

Wagner Transporte GmbH
Industriestraße 12, 4910 Ried im Innkreis
Tel.: +43 7752 81440
FN 198765 b, LG Ried im Innkreis"""),

    dict(id="s12de029", country="DE", date="2027-01-12T18:03", fmt="html_gmail", stage="firm", ago=4,
         inv="R-2026-1058", amt="16.735,00", due="2026-11-30",
         frm="Sebastian Hartl <sebastian.hartl@gmail.com>",
         intent="plan_request",
         note="Asks for a payment delay until the KfW grant is paid out; no date committed.",
         body="""Sehr geehrte Damen und Herren,

bezüglich Ihrer Mahnung zur Schlussrechnung für die Wärmepumpe: Wie mit Herrn Wendler beim Angebot besprochen, finanzieren wir den Heizungstausch zum Teil über den KfW-Zuschuss. Den Nachweis haben wir Anfang Dezember eingereicht, die Auszahlung ist aber noch nicht erfolgt – laut KfW-Hotline dauert das momentan mehrere Wochen.

Unseren Eigenanteil haben wir ja schon mit der Abschlagsrechnung bezahlt. Könnten Sie uns für den Restbetrag einen Zahlungsaufschub gewähren, bis der Zuschuss auf unserem Konto ist? Ich gebe Ihnen sofort Bescheid, sobald die KfW gezahlt hat.

Viele Grüße
Sebastian Hartl
Tel. 0176 31188420"""),

    dict(id="s12de030", country="DE", date="2027-01-13T10:30", fmt="apple", stage="reminder", ago=2,
         inv="R-2026-1177", amt="564,30", due="2027-01-08",
         frm="Verena Kaltenecker <verena@kaltenecker-design.de>",
         intent="paid", paid_on="2027-01-11",
         note="Transferred 'am Montag'; written Wednesday 13 Jan, so Monday 11 Jan.",
         body="""Hallo liebes Wendler-Team,

die Rechnung habe ich am Montag überwiesen, das hat sich vermutlich mit Ihrer Mail überkreuzt. Falls bis Ende der Woche nichts angekommen ist, melden Sie sich gern nochmal.

Viele Grüße
Verena Kaltenecker

Kaltenecker Design · Grafik & Illustration
Ludwigsplatz 4, 94032 Passau"""),

    dict(id="s12de031", country="DE", date="2027-01-14T08:20", fmt="outlook", stage="final_notice", ago=3,
         inv="R-2026-1021", amt="18.640,00", due="2026-10-23",
         frm="Robert Bergbauer <r.bergbauer@bergbauer-bau.de>",
         intent="other",
         note="Provisional insolvency administration ordered; creditor must contact the administrator.",
         body="""Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihr Schreiben vom 11.01.2027 und teilen Ihnen mit, dass das Amtsgericht Passau – Insolvenzgericht – mit Beschluss vom 08.01.2027 (Az. IN 12/27) die vorläufige Insolvenzverwaltung über das Vermögen der Bergbauer Bau GmbH angeordnet hat. Zum vorläufigen Insolvenzverwalter wurde Herr Rechtsanwalt Dr. Stefan Huml, Huml & Partner Rechtsanwälte, Nibelungenplatz 2, 94032 Passau, bestellt.

Zahlungen auf Altverbindlichkeiten dürfen wir derzeit nur mit Zustimmung des vorläufigen Insolvenzverwalters leisten. Wir bitten Sie daher, sich mit Ihrer Forderung direkt an die Kanzlei zu wenden (insolvenz@huml-partner.de). Die Anmeldung zur Insolvenztabelle ist erst nach Eröffnung des Verfahrens möglich.

Mit freundlichen Grüßen

Robert Bergbauer
Geschäftsführer

Bergbauer Bau GmbH
Grubweg 55 · 94034 Passau
Tel. 0851 95118-0
Amtsgericht Passau HRB 7302"""),

    dict(id="s12de032", country="DE", date="2027-01-15T12:10", fmt="gmail", stage="firm", ago=3,
         inv=[("R-2026-1099", "1.240,00", "2026-11-19"), ("R-2026-1163", "385,50", "2026-12-18")],
         frm="Salon Haarmonie <haarmonie.tittling@gmail.com>",
         intent="plan_request",
         note="Asks to pay both invoices in monthly instalments, amount to be agreed; no date.",
         body="""Hallo,

ich weiß, dass die zwei Rechnungen schon länger offen sind, tut mir leid. Januar ist bei uns im Salon immer der schlechteste Monat und die neue Warmwasseranlage war teurer als gedacht. Wäre es möglich, dass ich das in Raten abstottere? Ich könnte jeden Monat einen festen Betrag überweisen, wie viel müssten wir halt schauen. Bitte geben Sie es noch nicht zum Inkasso.

Liebe Grüße
Nadine Weinzierl
Salon Haarmonie Tittling
Tel. 08504 921630"""),

    dict(id="s12de033", country="AT", date="2027-01-18T09:05", fmt="ooo", stage="second_reminder", ago=0,
         inv="R-2026-1165", amt="2.890,00", due="2026-12-23",
         subj_prefix="Abwesenheitsnotiz: ",
         frm="Mag. Daniela Huemer <daniela.huemer@innviertler-getraenke.at>",
         intent="out_of_office", return_date="2027-01-25",
         note="On holiday, back in the office from 25 January.",
         body="""Sehr geehrte Damen und Herren,

ich befinde mich derzeit im Urlaub und bin ab 25. Jänner wieder im Büro erreichbar. Ihre Nachricht wird nicht automatisch weitergeleitet. In dringenden Angelegenheiten wenden Sie sich bitte an rechnungswesen@innviertler-getraenke.at oder telefonisch an +43 7752 23880-0.

Mit freundlichen Grüßen
Mag. Daniela Huemer
Leitung Rechnungswesen
Innviertler Getränke GmbH"""),

    dict(id="s12de034", country="DE", date="2027-01-19T13:13", fmt="gmail", stage="heads_up", ago=1,
         inv="R-2027-0012", amt="149,00", due="2027-01-25",
         frm="Michael Dorfner <m.dorfner@gmx.net>",
         intent="paid", paid_on="2027-01-19",
         note="Just paid by credit card through the payment link.",
         body="""Hallo,

hab grad über den Link mit Kreditkarte bezahlt, sollte passen.

Grüße
Michael Dorfner"""),

    dict(id="s12de035", country="DE", date="2027-01-20T10:44", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="R-2026-1170", amt="2.674,10", due="2026-12-31",
         frm="Ulrike Pongratz <verwaltung@seniorenheim-st-anna.de>",
         intent="promise", promise_date="2027-01-21",
         note="Transfer 'morgen' = 21 Jan; side question asks for maintenance reports for an inspection, not needed to pay.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung für die Wartung der Lüftungsanlage ist freigegeben und wird morgen überwiesen. Die Verzögerung bitten wir zu entschuldigen, unsere Heimleitung war über den Jahreswechsel krank.

Eine Frage noch: Für die Begehung durch die Heimaufsicht im Februar benötigen wir die Wartungsprotokolle der Lüftungsanlage und die Prüfbescheinigung der Brandschutzklappen. Könnten Sie uns diese als PDF zusenden?

Mit freundlichen Grüßen
Ulrike Pongratz
Verwaltung

Seniorenheim St. Anna
Kirchenweg 9, 94051 Hauzenberg
Tel. 08586 9610-20"""),

    dict(id="s12de036", country="DE", date="2027-01-21T15:00", fmt="tb", stage="reminder", ago=3,
         inv="R-2026-1173", amt="742,00", due="2027-01-04",
         frm="Sekretariat Realschule am Inn <sekretariat@realschule-am-inn.de>",
         intent="contact_change", new_email="rechnungen.hochbau@lra-passau.de",
         note="School does not pay building repairs; invoices and reminders should go to the district office address.",
         body="""Sehr geehrte Damen und Herren,

Ihre Zahlungserinnerung ist bei uns im Schulsekretariat gelandet. Rechnungen für Reparaturen am Schulgebäude bezahlt nicht die Schule, sondern der Landkreis als Sachaufwandsträger. Bitte schicken Sie Rechnung und Erinnerungen an das Landratsamt, Sachgebiet Hochbau: rechnungen.hochbau@lra-passau.de – dort wird das bearbeitet.

Die Rechnung selbst haben wir schon einmal dorthin weitergeleitet.

Mit freundlichen Grüßen
B. Achatz
Sekretariat

Realschule am Inn
Innstraße 120, 94036 Passau
Tel. 0851 93190-0"""),

    dict(id="s12de037", country="AT", date="2027-01-22T09:40", fmt="gmail", fresh=True, stage="reminder", ago=2,
         inv="R-2026-1180", amt="236,00", due="2027-01-15",
         subj="Neue Bankverbindung für Lastschrift (Heizungswartung)",
         frm="Franz Kößlbacher <franz.koesslbacher@aon.at>",
         intent="bank_details",
         note="Announces his new IBAN for the direct debit after the old account was closed.",
         body="""Sehr geehrte Damen und Herren,

ich habe Ihre Zahlungserinnerung für die Heizungswartung bekommen. Die Abbuchung ist wahrscheinlich zurückgegangen, weil ich im Dezember mein Konto bei der Raiffeisenbank aufgelöst habe. Das habe ich leider vergessen Ihnen mitzuteilen.

Meine neue Bankverbindung für die Lastschrift:
Kontoinhaber: Franz Kößlbacher
IBAN: AT80 2032 0321 0045 8812
Bank: Sparkasse Schärding

Bitte buchen Sie den Betrag und die künftigen Wartungen von diesem Konto ab. Falls Sie dafür ein neues Mandat brauchen, schicken Sie mir bitte das Formular.

Mit freundlichen Grüßen
Franz Kößlbacher
Hauptstraße 33, 4775 Taufkirchen an der Pram"""),

    dict(id="s12de038", country="DE", date="2027-01-25T11:05", fmt="html_outlook", stage="second_reminder", ago=4,
         inv=[("R-2026-1128", "4.316,00", "2026-12-04"), ("R-2026-1157", "7.982,50", "2026-12-21")],
         frm="Andreas Maier <a.maier@kronawitter-bau.de>",
         intent="dispute",
         note="Contests R-2026-1157 (radiators billed not fitted, retention ignored) and blocks it; R-2026-1128 only vaguely 'next payment run'.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Mahnung:

R-2026-1128 (BV Kindergarten Fürstenzell): ist geprüft und geht mit unserem nächsten Zahlungslauf raus.

R-2026-1157 (BV Wohnanlage Schalding): Diese Rechnung beanstanden wir. Berechnet sind 14 Heizkörper Typ 22, laut Aufmaß unseres Bauleiters vom 15.12. sind aber nur 11 montiert; drei Heizkörper liegen noch verpackt auf der Baustelle. Außerdem ist der vereinbarte Sicherheitseinbehalt von 5 % nicht berücksichtigt.

Bitte schicken Sie uns für die 1157 eine korrigierte Rechnung, bis dahin ist sie bei uns zur Zahlung gesperrt.

Mit freundlichen Grüßen
i. A. Andreas Maier
Einkauf / Rechnungsprüfung

Kronawitter Bau GmbH
Passauer Straße 120 · 94474 Vilshofen an der Donau
Tel. 08541 9600-35
Amtsgericht Passau HRB 5527 · Geschäftsführer: Ludwig Kronawitter, Eva Kronawitter-Söll"""),

    dict(id="s12de039", country="DE", date="2027-01-26T20:15", fmt="html_gmail", stage="reminder", ago=4,
         inv="R-2026-1181", amt="1.312,00", due="2027-01-15",
         frm="Katharina Sturm <kathi.sturm@gmx.de>",
         intent="other",
         note="Wrong recipient: says she was never a customer and lives in Cologne.",
         body="""Hallo,

ich glaube, diese Mail ist bei mir falsch gelandet. Ich habe bei Ihnen nie etwas beauftragt und wohne auch nicht in Passau, sondern in Köln. Vielleicht gibt es jemanden mit einer ähnlichen Mailadresse? Bitte prüfen Sie das bei sich.

Viele Grüße
K. Sturm"""),

    dict(id="s12de040", country="DE", date="2027-01-28T08:37", fmt="outlook", stage="final_notice", ago=1,
         inv="R-2026-1105", amt="2.095,00", due="2026-11-20",
         frm="Pension Sonnhang <buchhaltung@pension-sonnhang.de>",
         intent="paid", paid_on="2027-01-26",
         note="Amount left their account 'vorgestern': written Thursday 28 Jan, so 26 Jan.",
         body="""Sehr geehrte Damen und Herren,

der Betrag von 2.095,00 € ist vorgestern von unserem Konto bei der VR-Bank abgegangen. Eine Übergabe an ein Inkassobüro ist also nicht notwendig. Den Überweisungsbeleg kann ich Ihnen bei Bedarf gern schicken.

Wir bitten die Verspätung zu entschuldigen.

Mit freundlichen Grüßen
Irmgard Holzapfel
Pension Sonnhang
Sonnhangweg 4, 94089 Neureichenau
Tel. 08583 2417"""),
]
