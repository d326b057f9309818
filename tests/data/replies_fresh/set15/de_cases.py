"""German replies (DE/AT) to Kortmann Büro & Objekt GmbH, Bremen. Every body handwritten."""

CASES = [
    dict(id="s15de001", country="DE", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="RE-26-08815", amt="612,80", due="2026-11-27",
         frm="Malerbetrieb Yilmaz <info@maler-yilmaz.de>",
         intent="promise", promise_date="2026-12-11",
         note="'zahle freitag' written on Wednesday 9 Dec: Friday 11 Dec.",
         body="""ok. zahle freitag

Gruß Yilmaz

Von meinem iPhone gesendet"""),

    dict(id="s15de002", country="DE", date="2026-12-10T10:17", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="RE-26-08102", amt="1.947,00", due="2026-11-10",
         frm="Sekretariat Gymnasium am Wall <sekretariat@gymnasium-am-wall.de>",
         intent="paid", paid_on="2026-12-07",
         note="Payment order issued by the city treasury on 07.12.2026.",
         body="""Sehr geehrte Damen und Herren,

die Zahlung zu Ihrer Rechnung RE-26-08102 (Klassensatz Schülertische Raum 2.14) wurde am 07.12.2026 über die Stadtkasse angewiesen. Kassenzeichen: 5.0431.118822.6

Bitte beachten Sie, dass die Bearbeitung bei der Stadtkasse einige Tage in Anspruch nehmen kann.

Mit freundlichen Grüßen
i. A. Gabriele Sturm
Sekretariat

Gymnasium am Wall
Schulträger: Stadt Verden (Aller)
Am Wall 9 · 27283 Verden
Tel. 04231 80717-0 · Fax 04231 80717-29"""),

    dict(id="s15de003", country="DE", date="2026-12-14T23:08", fmt="gmail", stage="firm", ago=3,
         inv="RE-26-07544", amt="5.880,00", due="2026-11-05",
         frm="Enzo Ferraro <trattoria.daenzo.koeln@gmail.com>",
         intent="dispute",
         note="Refuses to pay until the broken chairs are replaced.",
         body="""Jetzt reichts aber. Ich hab Ihrem Außendienst schon zweimal gesagt das die Stühle Schrott sind. 4 von 24 sind schon gebrochen, bei zwei ist die Lehne abgegangen als sich ein Gast angelehnt hat!! Da kann was passieren und dann bin ich dran.

Und Sie schicken mir Mahnung mit Verzugszinsen???

Ich zahle keinen Cent bevor die Stühle nicht ausgetauscht sind. Und zwar alle, nicht nur die kaputten. Rufen Sie mich an aber nicht in der Mittagszeit.

Enzo Ferraro
Trattoria da Enzo
Zülpicher Str. 41, Köln"""),

    dict(id="s15de004", country="AT", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-26-08702", amt="2.316,40", due="2026-12-04",
         frm="Mag. Birgit Hollaus <b.hollaus@hollaus-architektur.at>",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed up to and including 6 January; back on 7 January.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Unser Büro bleibt von 21. Dezember 2026 bis einschließlich 6. Jänner 2027 geschlossen. Ab 7. Jänner sind wir wieder gerne für Sie da.

Ihre E-Mail wird nicht weitergeleitet.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!

Mag. Birgit Hollaus
Hollaus Architektur ZT GmbH
Anichstraße 22, 6020 Innsbruck"""),

    dict(id="s15de005", country="DE", date="2026-12-16T17:55", fmt="tb", stage="second_reminder", ago=4,
         inv="RE-26-07920", amt="1.104,50", due="2026-11-18",
         frm="Tischlerei Hufnagel <buero@tischlerei-hufnagel.de>",
         intent="promise",
         note="Will transfer after the holidays; no day given.",
         body="""Hallo,

ja, die Rechnung ist noch offen, das wissen wir. Wir warten selbst noch auf zwei größere Kundenzahlungen. Wir überweisen nach den Feiertagen, vorher wird das leider nichts.

Bitte keine weiteren Mahnungen bis dahin.

Mit freundlichem Gruß
Rainer Hufnagel

--
Tischlerei Hufnagel
Meisterbetrieb seit 1987
Gewerbering 6, 34466 Wolfhagen
Tel. 05692 99 41 20"""),

    dict(id="s15de006", country="DE", date="2026-12-17T14:02", fmt="outlook", stage="firm", ago=2,
         inv="RE-26-07613", amt="2.450,00", due="2026-10-30",
         frm="Verwaltung Pflegedienst Sonnenschein <verwaltung@pflegedienst-sonnenschein.de>",
         intent="paid", paid_on="2026-12-17",
         note="Partial payment of 1,000 EUR transferred today; the rest later, no date.",
         body="""Guten Tag,

wir haben heute eine Teilzahlung in Höhe von 1.000,00 € auf die Rechnung RE-26-07613 überwiesen. Den Restbetrag von 1.450,00 € begleichen wir, sobald die Abrechnung mit den Pflegekassen durch ist.

Wir bitten um Verständnis und darum, von den Verzugszinsen abzusehen.

Mit freundlichen Grüßen

Doreen Lippold
Verwaltung / Buchhaltung
Ambulanter Pflegedienst Sonnenschein GmbH
Georg-Schwarz-Str. 118 | 04179 Leipzig
Tel.: 0341 4927 553
Geschäftsführerin: Kerstin Albrecht | Amtsgericht Leipzig HRB 28811"""),

    dict(id="s15de007", country="DE", date="2026-12-08T09:26", fmt="gmail", stage="reminder", ago=1,
         inv="RE-26-08544", amt="389,90", due="2026-11-30",
         frm="Petersen & Kühl Hausverwaltung <rechnungen@petersen-kuehl.de>",
         intent="copy_request",
         note="Invoice not received; asks for the PDF with the property address.",
         body="""Moin,

uns liegt die Rechnung RE-26-08544 nicht vor. Wir verwalten rund 40 Objekte und können ohne Objektzuordnung nichts freigeben.

Bitte schicken Sie uns die Rechnung als PDF, mit der Adresse der Liegenschaft, für die geliefert wurde. Dann geht das in den normalen Zahlungslauf.

Beste Grüße
Jannik Sörensen
Petersen & Kühl Hausverwaltung GmbH
Eppendorfer Weg 211, 20253 Hamburg
040 / 422 80 93-14"""),

    dict(id="s15de008", country="DE", date="2027-01-11T11:40", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-26-08960", amt="7.214,12", due="2026-12-15",
         frm="Brandes, Julia <j.brandes@nordwerk-logistik.de>",
         intent="contact_change", new_email="kreditoren@nordwerk-logistik.de",
         note="Reminders must go to the accounts-payable mailbox from now on.",
         body="""Sehr geehrte Damen und Herren,

bitte richten Sie Zahlungserinnerungen und Rechnungen ab sofort ausschließlich an unser zentrales Postfach kreditoren@nordwerk-logistik.de.

Mein persönliches Postfach wird Ende des Monats deaktiviert, da ich in einen anderen Bereich wechsle. Den Vorgang zur RE-26-08960 habe ich an die Kollegen übergeben.

Mit freundlichen Grüßen

Julia Brandes
Finance & Accounting | Kreditorenbuchhaltung

Nordwerk Logistik SE
Hafenstraße 80 | 28197 Bremen
T +49 421 55093-217

Sitz der Gesellschaft: Bremen | Registergericht: Amtsgericht Bremen HRB 40277 HB
Vorstand: Dr. Henrik Osterkamp (Vors.), Sabine Meinert | Vorsitzender des Aufsichtsrats: Klaus-Peter Rinne
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""),

    dict(id="s15de009", country="AT", date="2027-01-13T07:12", fmt="gmail", stage="firm", ago=1,
         inv="RE-26-08433", amt="1.688,00", due="2026-11-28",
         frm="Elektro Gruber <office@elektro-gruber-wels.at>",
         intent="bank_details",
         note="Received a letter with a new (Lithuanian) IBAN supposedly from the firm; asks whether it is genuine before paying.",
         body="""Guten Morgen,

bevor ich überweise eine Frage: wir haben letzte Woche ein Schreiben bekommen, angeblich von Ihnen, dass sich Ihre Bankverbindung geändert hat. Neue IBAN beginnt mit LT..., eine Bank in Litauen. Kommt mir komisch vor.

Stimmt das oder ist das Betrug? Bitte um kurze Bestätigung am besten telefonisch, ich möchte das Geld nicht ins Nirwana schicken.

Danke und lg
Thomas Gruber
Elektro Gruber e.U.
Salzburger Straße 94, 4600 Wels
0664 / 381 22 70"""),

    dict(id="s15de010", country="AT", date="2026-12-22T16:48", fmt="apple", stage="second_reminder", ago=6,
         inv="RE-26-08119", amt="3.095,00", due="2026-11-20",
         frm="Café Konditorei Lechner <konditorei@lechner-salzburg.at>",
         intent="promise", promise_date="2027-01-08",
         note="Will transfer on 8 January.",
         body="""Grüß Gott,

entschuldigen Sie die Verspätung, bei uns ist gerade Hochbetrieb mit dem Weihnachtsgeschäft. Die Überweisung für die neue Vitrine mache ich am 8. Jänner, dann haben wir die Dezember-Einnahmen am Konto.

Ich hoffe, das passt so für Sie.

Mit freundlichen Grüßen
Maria Lechner
Café Konditorei Lechner
Linzer Gasse 17, 5020 Salzburg"""),

    dict(id="s15de011", country="DE", date="2027-01-19T20:31", fmt="gmail", stage="heads_up", ago=1,
         inv="RE-27-00214", amt="249,00", due="2027-01-29",
         frm="Sabine Krüger <sabine.krueger71@web.de>",
         intent="unsubscribe",
         note="Asks to be removed from the mailing list.",
         body="""Guten Abend,

bitte tragen Sie meine E-Mail-Adresse aus Ihrem Verteiler aus. Ich möchte keine weiteren Nachrichten dieser Art bekommen.

S. Krüger"""),

    dict(id="s15de012", country="DE", date="2026-12-15T08:34", fmt="bounce", stage="reminder",
         inv="RE-26-08590", amt="178,60", due="2026-12-01",
         rcpt="leitung@kita-regenbogen-hilden.de", status="5.1.1",
         remote="mx00.ionos.de",
         diag="550 5.1.1 <leitung@kita-regenbogen-hilden.de>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
leitung@kita-regenbogen-hilden.de

The recipient's mail server (mx00.ionos.de) permanently rejected the message: the mailbox does not exist."""),

    dict(id="s15de013", country="DE", date="2027-01-07T15:20", fmt="outlook", stage="firm", ago=2,
         inv=[("RE-26-07388", "4.120,00", "2026-10-22"), ("RE-26-08011", "956,30", "2026-11-12")],
         frm="Kanzlei Dr. Weidemann <insolvenz@weidemann-rae.de>",
         intent="other",
         note="Debtor in preliminary insolvency; creditor must register the claim with the administrator.",
         body="""Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre Mahnung an die Brauhaus Seeblick GmbH.

Mit Beschluss des Amtsgerichts Rostock vom 04.01.2027 (Az. 1011 IN 3/27) wurde über das Vermögen der Brauhaus Seeblick GmbH das vorläufige Insolvenzverfahren angeordnet. Der Unterzeichner wurde zum vorläufigen Insolvenzverwalter bestellt. Zahlungen auf Altforderungen dürfen von der Schuldnerin derzeit nicht geleistet werden.

Nach Eröffnung des Verfahrens erhalten Sie eine gesonderte Aufforderung zur Forderungsanmeldung. Bitte sehen Sie bis dahin von weiteren Mahnungen ab.

Mit freundlichen Grüßen

Dr. Florian Weidemann
Rechtsanwalt | Fachanwalt für Insolvenz- und Sanierungsrecht
Weidemann Rechtsanwälte
Lange Straße 3 | 18055 Rostock
Tel. 0381 203 774-0"""),

    dict(id="s15de014", country="DE", date="2027-01-14T13:05", fmt="gmail", stage="firm", ago=1,
         inv="RE-26-08277", amt="2.340,00", due="2026-11-25",
         frm="Bistro Kleine Pause <kleinepause.dortmund@gmail.com>",
         intent="plan_request",
         note="Asks to pay in three or four instalments; no dates.",
         body="""Hallo liebes Kortmann-Team,

mir ist das echt unangenehm. Januar ist bei uns immer der schlechteste Monat, die Leute sind nach Weihnachten pleite und essen zu Hause.

Könnten wir die 2.340 € in drei oder vier Raten abstottern? Ich will das ja bezahlen, die Theke ist super, aber auf einmal geht das gerade einfach nicht.

Viele Grüße
Nicole Wiśniewski
Bistro Kleine Pause, Dortmund"""),

    dict(id="s15de015", country="DE", date="2026-12-29T10:03", fmt="apple", stage="reminder", ago=6,
         inv="RE-26-08741", amt="86,40", due="2026-12-10",
         frm="Kai Brandt <kai@brandt-text.de>",
         intent="paid", paid_on="2026-12-28",
         note="Paid by card via the link yesterday (28 Dec).",
         body="""Hab gestern über Ihren Link mit Karte bezahlt, sollte also durch sein.

Gruß K. Brandt

Von meinem iPhone gesendet"""),

    dict(id="s15de016", country="DE", date="2027-01-08T08:47", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="RE-26-08655", amt="4.760,00", due="2026-12-02",
         frm="Praxis Dr. Ertl & Kollegen <verwaltung@zahnarzt-ertl.de>",
         intent="promise", promise_date="2027-01-11",
         note="Practice manager forwards the dentist's answer: transfer on Monday (11 Jan).",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung von Dr. Ertl zu Ihrer Mahnung.

Mit freundlichen Grüßen
Jana Kaya
Praxismanagement

Zahnarztpraxis Dr. Ertl & Kollegen
Leopoldstraße 58 · 80802 München
Tel. 089 33 87 21-0

-----Ursprüngliche Nachricht-----
Von: Dr. Matthias Ertl <m.ertl@zahnarzt-ertl.de>
Gesendet: Donnerstag, 7. Januar 2027 21:14
An: Praxis Dr. Ertl & Kollegen <verwaltung@zahnarzt-ertl.de>
Betreff: AW: 1. Mahnung: Rechnung RE-26-08655 – Kortmann Büro & Objekt GmbH

Jana, bitte Kortmann Bescheid geben: ich überweise am Montag, hatte das im Urlaub nicht gesehen.
M.E."""),

    dict(id="s15de017", country="DE", date="2026-12-11T11:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="RE-26-08388", amt="12.604,90", due="2026-11-26",
         frm="Reinholz Rechtsanwälte Buchhaltung <buchhaltung@reinholz-law.de>",
         intent="dispute",
         note="Agreed 8% project discount missing; asks for a corrected invoice and withholds payment.",
         body="""Sehr geehrte Damen und Herren,

laut Ihrem Angebot AN-26-1187 vom 12. September 2026 war für die Einrichtung unserer neuen Büroetage ein Projektrabatt von 8 % vereinbart. Dieser ist in der Rechnung RE-26-08388 nicht berücksichtigt.

Wir bitten um Zusendung einer korrigierten Rechnung. Bis dahin halten wir die Zahlung zurück.

Mit freundlichen Grüßen

Petra Lindner
Office Management / Buchhaltung

REINHOLZ Rechtsanwälte PartG mbB
Bockenheimer Landstraße 51 | 60325 Frankfurt am Main
T +49 69 2475 880-31 | F +49 69 2475 880-99
Partnerschaftsregister AG Frankfurt am Main PR 2314"""),

    dict(id="s15de018", country="DE", date="2026-12-23T08:34", fmt="ooo", stage="reminder", ago=0,
         inv="RE-26-08799", amt="3.412,75", due="2026-12-11",
         frm="Oltmanns, Frank <f.oltmanns@kreisklinikum-suedheide.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 23.12.2026 to 03.01.2027 (a Sunday): back Monday 4 January.",
         body="""Sehr geehrte Damen und Herren,

ich bin vom 23.12.2026 bis 03.01.2027 nicht im Haus. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an den Zentraleinkauf unter einkauf@kreisklinikum-suedheide.de oder telefonisch unter 05141 9917-400.

Mit freundlichen Grüßen
Frank Oltmanns
Zentraleinkauf
Kreisklinikum Südheide gGmbH"""),

    dict(id="s15de019", country="DE", date="2027-01-04T19:16", fmt="gmail", stage="second_reminder", ago=4,
         inv="RE-26-08520", amt="1.318,00", due="2026-12-01",
         frm="Uwe Baumgärtner <kasse@tsv-ebersbach.de>",
         intent="promise", promise_date="2027-01-31",
         note="'Spätestens Ende Januar' = 31 January; mid-January is when dues come in, not the payment.",
         body="""Hallo,

ich bin der Kassenwart vom TSV und mache das ehrenamtlich nach Feierabend, deshalb dauert es manchmal.

Die Mitgliedsbeiträge werden Mitte Januar eingezogen, danach kann ich die Rechnung für die Bestuhlung vom Vereinsheim anweisen. Spätestens Ende Januar ist das Geld bei Ihnen.

Sportliche Grüße
Uwe Baumgärtner
Kassenwart TSV Grün-Weiß Ebersbach e.V."""),

    dict(id="s15de020", country="DE", date="2026-12-11T09:51", fmt="tb", stage="reminder", ago=1,
         inv=[("RE-26-07702", "318,20", "2026-11-02"), ("RE-26-07851", "559,00", "2026-11-16"),
              ("RE-26-08090", "356,25", "2026-11-24")],
         frm="Stefan Hartwig <hartwig@hartwig-it.de>",
         intent="paid", paid_on="2026-12-10",
         note="All three invoices paid by one collective transfer on 10 Dec.",
         body="""Guten Morgen,

alle drei Rechnungen (RE-26-07702, -07851 und -08090) habe ich gestern, am 10.12., mit einer Sammelüberweisung bezahlt, zusammen 1.233,45 €. Im Verwendungszweck stand nur "Kortmann Sammelzahlung", vielleicht wurde es deshalb bei Ihnen nicht zugeordnet.

Bitte einmal prüfen.

Viele Grüße
Stefan Hartwig

--
Hartwig IT-Dienstleistungen
Lindenallee 4, 49074 Osnabrück
Tel. 0541 600 11 92"""),

    dict(id="s15de021", country="DE", date="2026-12-09T12:40", fmt="gmail", stage="reminder", ago=1,
         inv="RE-26-08467", amt="742,00", due="2026-11-25",
         frm="Michaela Rothe <m.rothe.privat@gmx.de>",
         intent="other",
         note="Wrong recipient: not a customer, does not know the company named.",
         body="""Hallo,

Sie haben sich wohl in der Adresse vertan. Ich bin weder Kundin bei Ihnen noch kenne ich eine Firma Schreiner Innenausbau. Bei mir wurde auch nichts geliefert.

Bitte prüfen Sie Ihre Daten und schicken Sie mir keine Rechnungen von anderen Leuten.

Michaela Rothe"""),

    dict(id="s15de022", country="DE", date="2027-01-18T10:09", fmt="html_outlook", stage="reminder", ago=3,
         inv="RE-26-08902", amt="9.876,00", due="2026-12-31",
         frm="Kreditorenbuchhaltung Vallmer <ap.de@vallmer-automotive.com>",
         intent="copy_request",
         note="Invoice cannot be processed without a valid purchase-order number; asks for resubmission with the PO.",
         body="""Sehr geehrte Geschäftspartner,

Ihre Rechnung RE-26-08902 kann von uns nicht verarbeitet werden, da keine gültige Bestellnummer (Format 4500xxxxxx) angegeben ist.

Bitte reichen Sie die Rechnung mit der zugehörigen Bestellnummer über unser Lieferantenportal erneut ein. Erst danach kann die Rechnung geprüft und zur Zahlung freigegeben werden. Die Bestellnummer erhalten Sie von Ihrem Ansprechpartner im Einkauf.

Mit freundlichen Grüßen
i. A. Daniela Kowalczyk
Shared Service Center Finance – Accounts Payable

Vallmer Automotive Components GmbH
Industriestraße 120 | 73037 Göppingen
Sitz: Göppingen | Registergericht: Amtsgericht Ulm HRB 731190
Geschäftsführung: Markus Vallmer, Dr. Ines Haberkorn"""),

    dict(id="s15de023", country="DE", date="2027-01-05T08:12", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="RE-26-08630", amt="534,00", due="2026-12-09",
         frm="Lena Hoffmann <lena@hoffmann-fotostudio.de>",
         intent="paid", paid_on="2026-12-22",
         note="Says she transferred on 22.12., before Christmas.",
         body="""Guten Morgen,

den Betrag habe ich noch vor Weihnachten überwiesen, am 22.12. Bitte schauen Sie nochmal nach, das müsste längst bei Ihnen sein.

Viele Grüße
Lena Hoffmann

Hoffmann Fotostudio
Königstraße 33 · 90402 Nürnberg
0911 / 244 67 08"""),

    dict(id="s15de024", country="AT", date="2026-12-28T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-26-08825", amt="6.290,00", due="2026-12-14",
         frm="Buchhaltung Brandstätter Bau <buchhaltung@brandstaetter-bau.at>",
         intent="out_of_office", return_date="2027-01-11",
         note="Company holiday until 10.01.2027; back Monday 11 January.",
         body="""Sehr geehrte Damen und Herren,

unser Betrieb ist von 19.12.2026 bis 10.01.2027 auf Betriebsurlaub. Ab Montag, 11. Jänner 2027 sind wir wieder für Sie erreichbar.

Bei Notfällen auf Baustellen: 0676 / 840 22 190

Mit freundlichen Grüßen
Brandstätter Bau GmbH
Hauptplatz 8, 8230 Hartberg"""),

    dict(id="s15de025", country="DE", date="2027-01-05T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="RE-26-08871", amt="215,90", due="2026-12-18",
         frm="Anja Wendel <hallo@anjawendel-design.de>",
         intent="out_of_office", return_date="2027-01-18",
         note="On holiday until 15.1. (Friday): back Monday 18 January.",
         subj_prefix="Abwesenheitsnotiz: ",
         body="""Hallo!

Ich bin bis 15.1. im Urlaub und lese in der Zeit keine Mails. Danach melde ich mich so schnell wie möglich zurück.

Liebe Grüße
Anja

Anja Wendel – Grafik & Illustration
www.anjawendel-design.de"""),

    dict(id="s15de026", country="DE", date="2027-01-12T22:17", fmt="gmail", stage="final_notice", ago=2,
         inv="RE-26-08377", amt="459,00", due="2026-11-23",
         frm="Dennis Kowalski <dennis.kowalski93@gmail.com>",
         intent="promise", promise_date="2027-01-14",
         note="'übermorgen' written on Tuesday 12 Jan: Thursday 14 Jan.",
         body="""hallo

sorry hab das total verpeilt mit dem schreibtisch. überweise übermorgen wenn das gehalt da ist, bitte nicht gleich inkasso

dennis kowalski"""),

    dict(id="s15de027", country="DE", date="2027-01-15T14:36", fmt="html_outlook", stage="firm", ago=2,
         inv="RE-26-08512", amt="2.877,60", due="2026-12-07",
         frm="Buchhaltung Brenneisen <buchhaltung@brenneisen-verwaltung.de>",
         intent="promise", promise_date="2027-01-20",
         note="Approved; paid in the next payment run on 20 January 2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Erinnerung. Die Rechnung RE-26-08512 (Möblierung Gemeinschaftsraum, WEG Hagenstraße 14) lag zur Freigabe beim Verwaltungsbeirat und wurde inzwischen geprüft und freigegeben.

Die Zahlung wird mit unserem nächsten Zahllauf am 20. Januar 2027 ausgeführt. Wir bitten, die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

Carsten Mehlhorn
Objektbuchhaltung

Brenneisen Immobilienverwaltung GmbH
Hagenstraße 2 · 44787 Bochum
Telefon 0234 58 911-22 · Telefax 0234 58 911-50
Geschäftsführer: Jörg Brenneisen · Amtsgericht Bochum HRB 19934"""),

    dict(id="s15de028", country="DE", date="2026-12-18T18:03", fmt="gmail", stage="firm", ago=2,
         inv="RE-26-07990", amt="3.640,00", due="2026-11-19",
         frm="FitWerk Studio <kontakt@fitwerk-kassel.de>",
         intent="dispute",
         note="Goods never arrived; will not pay until delivery is cleared up.",
         body="""Was soll das? Die Ware ist nie bei uns angekommen!!

Ihre Spedition behauptet zugestellt zu haben, wir haben aber nichts unterschrieben und es steht auch nichts bei uns rum. Ich hab das Ihrem Kundenservice am 25.11. schon geschrieben und keine Antwort bekommen.

Bevor das nicht geklärt ist zahlen wir gar nichts. Schicken Sie mir den Liefernachweis mit Unterschrift oder liefern Sie endlich.

Marco Stein
FitWerk Studio Kassel"""),

    dict(id="s15de029", country="AT", date="2026-12-08T13:45", fmt="apple", stage="reminder", ago=1,
         inv="RE-26-08298", amt="127,80", due="2026-11-27",
         frm="Physiotherapie Wallner <praxis@physio-wallner.at>",
         intent="paid", paid_on="2026-12-01",
         note="Direct debit already taken on 1 December according to her statement.",
         body="""Guten Tag,

laut meinem Kontoauszug wurde der Betrag bereits am 1. Dezember per Lastschrift von Ihnen abgebucht. Bitte prüfen Sie das bei sich.

Freundliche Grüße
Eva Wallner
Physiotherapie Wallner
Leonhardstraße 56, 8010 Graz"""),

    dict(id="s15de030", country="AT", date="2027-01-20T09:58", fmt="outlook", stage="second_reminder", ago=2,
         inv="RE-26-08744", amt="1.452,00", due="2026-12-15",
         frm="Gasthof zur Post <info@gasthof-post-moosbrugger.at>",
         intent="bank_details",
         note="Announces its own new bank account and asks the firm to debit the new IBAN (old debit bounced).",
         body="""Sehr geehrte Damen und Herren,

wir haben zum Jahreswechsel die Bank gewechselt. Vermutlich ist deshalb Ihre Abbuchung zurückgegangen, das alte Konto ist bereits aufgelöst.

Bitte ziehen Sie den Betrag von unserer neuen Bankverbindung ein:
Raiffeisenbank im Bregenzerwald
IBAN: AT41 3747 4000 0581 2203
BIC: RVVGAT2B474

Ein neues SEPA-Lastschriftmandat schicke ich Ihnen gerne unterschrieben zurück, falls nötig.

Freundliche Grüße
Martina Moosbrugger
Gasthof zur Post
Dorf 21, 6870 Bezau
Tel. +43 5514 2207"""),

    dict(id="s15de031", country="DE", date="2026-12-15T20:44", fmt="gmail", stage="firm", ago=4,
         inv="RE-26-07716", amt="4.985,00", due="2026-11-06",
         frm="Hofladen Bergmoser <hofladen.bergmoser@t-online.de>",
         intent="plan_request",
         note="Asks to spread the amount over several months; amount per month still to be agreed.",
         body="""Grüß Gott,

wir haben bei Ihnen im Herbst die Kühltheke und die Regale für unseren Hofladen gekauft. Leider war das Jahr für uns nicht gut, die Kartoffelernte war schwach und der Stall hat auch noch Geld gekostet.

Wäre es möglich, den Betrag auf mehrere Monate zu verteilen? Wir würden gerne jeden Monat etwas zahlen, wie viel, müssten wir halt noch besprechen. Am besten rufen Sie abends an, tagsüber sind wir draußen.

Mit freundlichen Grüßen
Josef und Theresa Bergmoser
Bergmoser-Hof, Oberhausen 3, 94428 Eichendorf
Tel. 09952 / 1873"""),

    dict(id="s15de032", country="DE", date="2026-12-18T12:15", fmt="tb", stage="reminder", ago=3,
         inv="RE-26-08588", amt="1.236,00", due="2026-12-04",
         frm="Ingenieurbüro Scholz <buero@ib-scholz.de>",
         intent="promise", promise_date="2027-01-04",
         note="Payment goes out on 4 January; accounts closed until New Year.",
         body="""Sehr geehrte Damen und Herren,

unsere Buchhaltung ist ab Montag bis einschließlich Neujahr nicht besetzt. Die Zahlung geht am 4. Januar raus.

Mit freundlichen Grüßen
Dipl.-Ing. Heike Scholz

Ingenieurbüro Scholz – Tragwerksplanung
Bahnhofstraße 17, 07743 Jena
Tel. 03641 35 29 80"""),

    dict(id="s15de033", country="AT", date="2027-01-21T17:26", fmt="gmail", stage="reminder", ago=2,
         inv="RE-27-00088", amt="698,00", due="2027-01-08",
         frm="Florian Haidinger <f.haidinger@haidinger-coaching.at>",
         intent="other",
         note="Passed the reminder to his tax adviser, who handles his payments.",
         body="""Hallo,

Ihr Schreiben habe ich an meine Steuerberaterin weitergeleitet, die erledigt bei mir den ganzen Zahlungsverkehr. Sie wird sich bei Ihnen melden.

LG
Florian Haidinger"""),

    dict(id="s15de034", country="DE", date="2026-12-10T07:49", fmt="gmail", stage="second_reminder", ago=2,
         inv="RE-26-08167", amt="310,00", due="2026-11-16",
         frm="Autohaus Petzold <info@autohaus-petzold.de>",
         intent="paid",
         note="Says it is paid; no date.",
         body="""Ist bezahlt.

--
Autohaus Petzold GmbH
Meißner Straße 245 · 01445 Radebeul
Tel. 0351 8 33 70-0"""),

    dict(id="s15de035", country="DE", date="2027-01-22T15:09", fmt="apple", stage="reminder", ago=1,
         inv="RE-27-00131", amt="412,30", due="2027-01-15",
         frm="Versicherungsbüro Albers <albers@albers-versicherungen.de>",
         intent="promise", promise_date="2027-01-25",
         note="Transfer on Monday (25 Jan); side question about toner stock.",
         body="""Hallo zusammen,

überweise ich am Montag.

Habt ihr eigentlich noch die Toner TK-5240 für den Kyocera auf Lager? Dann würde ich gleich 4 Stück bestellen (2x schwarz, je 1x cyan und magenta).

Gruß
Holger Albers
Generalagentur Albers
Marktplatz 3, 26122 Oldenburg"""),

    dict(id="s15de036", country="AT", date="2027-01-26T10:41", fmt="outlook", stage="heads_up", ago=1,
         inv="RE-27-00297", amt="1.080,00", due="2027-02-05",
         frm="Sekretariat Notariat Dr. Pfeiffer <sekretariat@notar-pfeiffer.at>",
         intent="unsubscribe",
         note="Asks to stop automated payment reminders to this address.",
         body="""Sehr geehrte Damen und Herren,

bitte senden Sie keine automatisierten Zahlungserinnerungen mehr an diese Adresse. Wir ersuchen höflich, uns von diesem Service abzumelden.

Mit freundlichen Grüßen
Ingrid Schwaiger
Sekretariat

Öffentlicher Notar Dr. Klaus Pfeiffer
Landstraße 41 | 4020 Linz
Tel. +43 732 77 12 60"""),

    dict(id="s15de037", country="AT", date="2027-01-14T11:18", fmt="html_outlook", stage="firm", ago=1,
         inv="RE-26-08677", amt="1.890,00", due="2026-12-10",
         frm="Rechnungswesen Steiner <rechnungswesen@steiner-steuerberatung.at>",
         intent="dispute",
         note="Invoice fully cancelled by credit note GS-26-0412 (returned table); claim contested.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung RE-26-08677 wurde mit Ihrer Gutschrift GS-26-0412 vom 30.11.2026 vollständig storniert, da der Besprechungstisch beschädigt geliefert und von Ihrer Spedition wieder abgeholt wurde.

Die Forderung besteht daher nicht. Wir ersuchen Sie, Ihr Kundenkonto entsprechend zu korrigieren und die Mahnung samt Verzugspauschale zurückzunehmen.

Mit freundlichen Grüßen

Mag. Lukas Eder
Rechnungswesen

Steiner & Partner Steuerberatung GmbH
Maria-Theresien-Straße 9 | 6020 Innsbruck
T +43 512 58 40 77-15
FN 214380s, Landesgericht Innsbruck | UID ATU57213408"""),

    dict(id="s15de038", country="DE", date="2026-12-21T13:27", fmt="gmail", stage="reminder", ago=3,
         inv="RE-26-08719", amt="584,00", due="2026-12-09",
         frm="Markus Huber <huber.markus@schreinerei-huber-rosenheim.de>",
         intent="promise",
         note="Will see to it 'zwischen den Jahren' (between Christmas and New Year): a window, no day.",
         body="""Servus,

bin grad etwas knapp dran, kümmer mich zwischen den Jahren drum.

Gruß Markus"""),

    dict(id="s15de039", country="AT", date="2027-01-27T08:55", fmt="gmail", stage="second_reminder", ago=2,
         inv="RE-27-00042", amt="2.133,50", due="2027-01-15",
         frm="Petra Haas <p.haas@metallbau-pichler.at>",
         intent="contact_change", new_email="o.oberleitner@metallbau-pichler.at",
         note="Previous contact has left; invoices and reminders should go to Mr Oberleitner.",
         body="""Guten Morgen,

ich helfe hier nur aushilfsweise aus: Frau Wendt ist seit Jahresende nicht mehr bei uns. Bitte schicken Sie Rechnungen und Mahnungen künftig an Herrn Oberleitner, o.oberleitner@metallbau-pichler.at, er hat die Buchhaltung übernommen.

Danke und schöne Grüße
Petra Haas
Metallbau Pichler GmbH, St. Pölten"""),

    dict(id="s15de040", country="DE", date="2027-01-28T16:22", fmt="html_gmail", stage="final_notice", ago=3,
         inv="RE-26-08934", amt="1.760,00", due="2026-12-18",
         frm="Jonas Reuter <jonas@reuter-eventtechnik.de>",
         intent="paid", paid_on="2027-01-28",
         note="Instant transfer made just now (28 Jan).",
         body="""Hallo zusammen,

hab eben eine Echtzeitüberweisung gemacht, müsste also schon bei euch drauf sein. Sorry, war im Januar fast nur auf Messen unterwegs.

Beste Grüße
Jonas Reuter
Reuter Eventtechnik
Mobil 0172 4419 083"""),
]
