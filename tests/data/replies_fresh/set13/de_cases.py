"""Set 13, part de: German replies (DE, AT, CH) to Hofmann Druck & Medien GmbH, Augsburg. Written by hand, one by one."""

CASES = [
    dict(id="s13de001", country="DE", date="2026-12-08T10:14", fmt="apple", stage="reminder", ago=1,
         inv="HD-2026-1187", amt="348,50", due="2026-11-27",
         frm="Metzgerei Huber <metzgerei.huber@t-online.de>",
         intent="promise", promise_date="2026-12-11",
         note="'am freitag' written on Tuesday 8 Dec = Friday 11 Dec.",
         body="""ok zahl ich am freitag

Gruß A. Huber

Von meinem iPhone gesendet"""),

    dict(id="s13de002", country="DE", date="2026-12-09T15:42", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("HD-2026-1042", "1.914,20", "2026-11-05"), ("HD-2026-1109", "627,00", "2026-11-12")],
         frm="Kreditorenbuchhaltung Klinikum Lechrain <kreditoren@klinikum-lechrain.de>",
         intent="paid", paid_on="2026-12-07",
         note="Hospital AP: both invoices paid in the payment run of 07.12.2026.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihr Schreiben vom 07.12.2026.

Nach Prüfung in unserem System teilen wir Ihnen mit, dass die beiden genannten Rechnungen

HD-2026-1042 über 1.914,20 EUR
HD-2026-1109 über 627,00 EUR

mit unserem Zahllauf vom 07.12.2026 zur Zahlung angewiesen wurden (Gesamtbetrag 2.541,20 EUR, Zahlungsavis-Nr. 4500187733). Der Betrag sollte Ihrem Konto inzwischen gutgeschrieben sein. Bitte gleichen Sie Ihre Offene-Posten-Liste entsprechend ab.

Die Verzögerung bitten wir zu entschuldigen; die Rechnungen lagen zur sachlichen Freigabe in der Abteilung Technik.

Mit freundlichen Grüßen
i. A. Sabine Wörle
Kreditorenbuchhaltung

Klinikum Lechrain gGmbH
Finanz- und Rechnungswesen
Bahnhofstraße 40 · 86899 Landsberg am Lech
Tel. +49 8191 3301-4412 · Fax +49 8191 3301-4499
kreditoren@klinikum-lechrain.de

Sitz der Gesellschaft: Landsberg am Lech · Registergericht Augsburg HRB 29914
Geschäftsführer: Dr. Martin Eisele · Vorsitzender des Aufsichtsrats: Landrat Peter Kranz

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),

    dict(id="s13de003", country="DE", date="2026-12-10T22:47", fmt="gmail", stage="firm", ago=3,
         inv="HD-2026-0981", amt="1.236,00", due="2026-10-30",
         frm="Dimitrios Karalis <d.karalis.taverna@gmail.com>",
         intent="dispute",
         note="Menus printed with wrong prices; refuses to pay until reprinted, contests the flat fee.",
         body="""Sie wollen mir Verzugszinsen berechnen?? Das ist ja wohl ein Witz.

Ich habe Ihrem Herrn Brückl schon im Oktober am Telefon gesagt dass die Speisekarten falsch sind. Auf 3 Seiten stehen die alten Preise, das Lamm ist mit 18,90 drin statt 21,50 und die ganze Weinkarte fehlt. So kann ich die Karten nicht auf den Tisch legen, die liegen seit 6 Wochen bei mir im Lager. Herr Brückl hat gesagt er kümmert sich, seitdem habe ich nichts mehr gehört.

Ich zahle nicht für Karten die ich nicht benutzen kann. Wenn die neuen Karten richtig gedruckt hier sind, bekommen Sie Ihr Geld, vorher nicht. Und die 40 Euro Pauschale können Sie gleich streichen.

D. Karalis
Taverna Olympia, Augsburg"""),

    dict(id="s13de004", country="DE", date="2026-12-14T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="HD-2026-1215", amt="486,00", due="2026-12-04",
         frm="Josef Ried <kaemmerei@waldbrunnried.de>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away up to and including Friday 18.12.2026; back Monday 21 December.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail.

Ich bin bis einschließlich Freitag, 18.12.2026, nicht im Haus. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an die Gemeindekasse, Frau Stadler, Tel. 08232 9612-21, gemeindekasse@waldbrunnried.de.

Mit freundlichen Grüßen
Josef Ried
Kämmerer
Gemeinde Waldbrunnried"""),

    dict(id="s13de005", country="AT", date="2026-12-11T19:05", fmt="tb", stage="second_reminder", ago=4,
         inv="HD-2026-1066", amt="1.780,00", due="2026-11-20",
         frm="Herbert Pichler <kassier@kv-hammerwerk.at>",
         intent="plan_request",
         note="Austrian association asks to defer to spring or pay in two or three parts; no date committed.",
         body="""Sehr geehrte Damen und Herren,

zuerst einmal Entschuldigung, dass wir uns erst jetzt melden. Die Festschrift zu unserem 50-Jahr-Jubiläum ist wunderschön geworden, da gibt es nichts zu beanstanden.

Das Problem ist unsere Kassa: Die Förderung vom Land Steiermark, mit der wir den Druck finanzieren wollten, ist zwar zugesagt, aber noch nicht ausbezahlt, und die Mitgliedsbeiträge kommen bei uns traditionell erst im Februar/März herein. Derzeit haben wir am Vereinskonto knapp 600 Euro.

Wäre es möglich, die Zahlung bis zum Frühjahr aufzuschieben oder in zwei, drei Teilbeträgen zu begleichen? Mit einem Vorschlag von Ihrer Seite wären wir sicher einverstanden.

Mit freundlichen Grüßen

Herbert Pichler
Kassier, Kulturverein Hammerwerk
Tel. 0664 381 27 90"""),

    dict(id="s13de006", country="DE", date="2026-12-15T19:20", fmt="gmail", stage="reminder", ago=1,
         inv="HD-2026-1198", amt="219,90", due="2026-12-01",
         frm="Jana Mertens <jana.mertens93@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="'gestern Abend überwiesen' written Tuesday 15 Dec = 14 Dec.",
         body="""Hallo,

oh nein, das ist bei uns total untergegangen, sorry! Hab's gestern Abend überwiesen, sollte also die Tage bei Ihnen ankommen.

Die Karten waren übrigens toll, alle Gäste haben gefragt, wo wir die herhaben :)

Liebe Grüße
Jana Mertens"""),

    dict(id="s13de007", country="DE", date="2026-12-16T11:03", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="HD-2026-1071", amt="3.412,80", due="2026-11-22",
         frm="Accounts Payable DACH <ap.dach@voss-intralogistik.com>",
         intent="copy_request",
         note="AP rejects invoice without purchase-order number; asks for a reissued invoice with PO before paying.",
         body="""Sehr geehrte Damen und Herren,

Ihre o. g. Rechnung liegt uns vor, kann jedoch nicht verarbeitet werden, da keine gültige Bestellnummer (PO) angegeben ist. Gemäß unseren Einkaufsbedingungen werden Rechnungen ohne 10-stellige Bestellnummer (Format 45xxxxxxxx) systemseitig abgelehnt.

Bitte lassen Sie sich die Bestellnummer von Ihrem Ansprechpartner bei uns geben (Besteller laut Rechnung: Hr. Kaminski, Marketing) und senden Sie uns die Rechnung mit Bestellnummer erneut als PDF an rechnungseingang@voss-intralogistik.com. Eine Zahlung ist erst nach Eingang der korrigierten Rechnung möglich; das Zahlungsziel beginnt mit diesem Eingang.

Mahnungen zu dieser Rechnung bitten wir bis dahin zurückzustellen.

Mit freundlichen Grüßen / Kind regards

Marta Nowicka
Accounts Payable DACH
Shared Service Center Wrocław

Voss Intralogistik SE
Am Hafen 12 · 28217 Bremen
Phone +48 71 733 50 18
ap.dach@voss-intralogistik.com

Voss Intralogistik SE · Sitz Bremen · Amtsgericht Bremen HRB 31207 HB
Vorstand: Dr. Katrin Ahlers (Vors.), Jens Rohde · Vorsitzender des Aufsichtsrats: Prof. Dr. Ulrich Menke"""),

    dict(id="s13de008", country="DE", date="2026-12-17T23:12", fmt="gmail", stage="firm", ago=3,
         inv="HD-2026-1003", amt="1.365,00", due="2026-11-08",
         frm="Lukas Brandl Fotografie <hallo@lukasbrandl-foto.de>",
         intent="plan_request",
         note="Freelancer asks to pay in three or four instalments; no dates.",
         body="""Hallo zusammen,

ich weiß, die Rechnung ist schon länger fällig, und das ist mir echt unangenehm. Zwei Kunden haben mir Hochzeitsjobs aus dem Herbst immer noch nicht bezahlt, und das Weihnachtsgeschäft ist dieses Jahr mau.

Wäre es für Sie ok, wenn ich die Bildbände in Raten abzahle? Ich dachte an drei oder vier Teilbeträge, je nachdem, was für Sie machbar ist. Und falls es geht, würde ich Sie bitten, die Zinsen und die Pauschale wegzulassen.

Viele Grüße
Lukas Brandl

--
Lukas Brandl Fotografie
Hochzeit · Portrait · Business
0176 2290 4471 | www.lukasbrandl-foto.de"""),

    dict(id="s13de009", country="DE", date="2026-12-18T08:33", fmt="bounce", stage="reminder",
         inv="HD-2026-1152", amt="742,00", due="2026-12-06",
         rcpt="buero@schreinerei-lutz.de", status="5.1.1", remote="mail.schreinerei-lutz.de",
         diag="550 5.1.1 <buero@schreinerei-lutz.de>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
buero@schreinerei-lutz.de"""),

    dict(id="s13de010", country="CH", date="2026-12-17T16:48", fmt="apple", stage="second_reminder", ago=3,
         inv="HD-2026-1019", amt="2.240,00", due="2026-11-13",
         frm="Reto Baumgartner <praesident@fc-rietbach.ch>",
         intent="paid", paid_on="2026-12-14",
         note="Swiss club: e-banking payment sent Monday 14.12.",
         body="""Guten Tag

Die Zahlung für die Matchprogramme und Saisonplakate ist am Montag, 14.12., via E-Banking an Sie rausgegangen (EUR 2'240.00, SEPA-Auslandzahlung). Bei uns ist der Betrag bereits belastet. Es kann sein, dass es noch ein, zwei Tage dauert, bis er bei Ihnen sichtbar ist.

Sorry für die Verspätung, unser Kassier war im November im WK und sonst hat niemand Unterschrift auf dem Vereinskonto.

Freundliche Grüsse
Reto Baumgartner
Präsident FC Rietbach
079 412 63 88"""),

    dict(id="s13de011", country="DE", date="2026-12-18T14:26", fmt="outlook", fwd=True, stage="second_reminder", ago=4,
         inv="HD-2026-1088", amt="4.126,50", due="2026-11-25",
         frm="Nicole Fendt <n.fendt@architekten-brenner-partner.de>",
         intent="promise", promise_date="2026-12-22",
         note="Assistant forwards the partner's answer: paid with the payment run on Tuesday 22.12.",
         body="""Sehr geehrte Damen und Herren,

anbei zur Info die Rückmeldung von Herrn Brenner zu Ihrer Mahnung.

Viele Grüße
Nicole Fendt
Sekretariat

Brenner + Partner Architekten PartGmbB
Maximilianstraße 8 · 86150 Augsburg
T 0821 5082 93-0

-----Ursprüngliche Nachricht-----
Von: Brenner, Thomas <t.brenner@architekten-brenner-partner.de>
Gesendet: Freitag, 18. Dezember 2026 13:51
An: Fendt, Nicole <n.fendt@architekten-brenner-partner.de>
Betreff: AW: 1. Mahnung: Rechnung HD-2026-1088 – Hofmann Druck & Medien GmbH

Nicole, bitte Hofmann kurz Bescheid geben: Die Plansätze für den Wettbewerb sind in Ordnung, geht mit dem Zahllauf am Dienstag, 22.12. raus. Hatte die Rechnung auf dem Stapel übersehen.

TB"""),

    dict(id="s13de012", country="DE", date="2026-12-21T08:36", fmt="ooo", stage="reminder", ago=0,
         inv="HD-2026-1230", amt="312,40", due="2026-12-10",
         frm="Hausverwaltung Seitz & Kollegen <info@hv-seitz.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed 21.12.2026-06.01.2027; open again Thursday 07.01.2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Unser Büro ist vom 21.12.2026 bis einschließlich 06.01.2027 geschlossen. Ab Donnerstag, dem 07.01.2027, sind wir wieder wie gewohnt für Sie erreichbar.

In dringenden Notfällen (Wasserrohrbruch, Heizungsausfall) wenden Sie sich bitte an unseren Notdienst unter 0821 4477 90-99.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr!

Ihr Team der Hausverwaltung Seitz & Kollegen"""),

    dict(id="s13de013", country="DE", date="2026-12-09T16:20", fmt="tb", stage="reminder", ago=2,
         inv="HD-2026-1124", amt="2.880,00", due="2026-11-30",
         frm="Claudia Reisinger <schatzmeisterin@foerderverein-lechfeldgym.de>",
         intent="dispute",
         note="450 copies invoiced, 400 delivered; wants the rest delivered or a corrected invoice before paying.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Wir möchten die Rechnung selbstverständlich bezahlen, sie stimmt aber leider nicht mit der Lieferung überein.

Berechnet sind 450 Exemplare des Jahresberichts 2025/26 zu je 6,40 €. Laut Lieferschein Nr. 26-3317 vom 12.11. und unserer Zählung im Sekretariat wurden jedoch nur 400 Exemplare geliefert (20 Kartons à 20 Stück). Es fehlen also 50 Stück bzw. 320,00 €.

Entweder liefern Sie die fehlenden 50 Exemplare noch nach – gern vor den Weihnachtsferien, dann können wir sie noch verteilen – oder Sie schicken uns eine korrigierte Rechnung über 2.560,00 €. Sobald das eine oder das andere da ist, überweisen wir umgehend.

Mit freundlichen Grüßen

Claudia Reisinger
Schatzmeisterin
Förderverein Lechfeld-Gymnasium e.V."""),

    dict(id="s13de014", country="DE", date="2026-12-21T13:55", fmt="gmail", stage="second_reminder", ago=7,
         inv="HD-2026-1047", amt="587,30", due="2026-11-15",
         frm="Bäckerei Gschwind <baeckerei.gschwind@web.de>",
         intent="promise",
         note="'Nach den Feiertagen' / January: promise without a single day.",
         body="""Hallo Frau Hofman,

ja ich weis das die Rechnung noch offen ist. Vor Weihnachten ist bei uns die Hölle los, ich komm nichtmal zum Buchhaltung machen. Nach den Feiertagen überweis ich das, versprochen, spätestens wenn wir im Januar wieder normal auf haben.

Schöne Feiertage
Gschwind"""),

    dict(id="s13de015", country="DE", date="2026-12-22T10:18", fmt="html_outlook", stage="reminder", ago=1,
         inv="HD-2026-1240", amt="1.096,00", due="2026-12-12",
         frm="Petra Gailer <buchhaltung@autohaus-wiedemann.de>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' mail (LT account, .com sender); wants the valid IBAN confirmed, holds payment.",
         body="""Guten Morgen,

bevor wir Ihre Rechnung HD-2026-1240 bezahlen, eine Rückfrage: Wir haben am Freitag eine E-Mail erhalten, angeblich von Ihrer Buchhaltung, mit dem Hinweis, dass sich Ihre Bankverbindung geändert hat und wir künftig auf ein Konto bei einer Bank in Vilnius (IBAN beginnend mit LT…) überweisen sollen. Die Absenderadresse war buchhaltung@hofmann-druck.com statt .de, deshalb sind wir stutzig geworden.

Können Sie uns bitte telefonisch bestätigen, welche IBAN aktuell gültig ist? Bis dahin halten wir die Zahlung sicherheitshalber zurück. Die verdächtige Mail leiten wir Ihnen gern weiter, falls Sie sie sehen möchten.

Mit freundlichen Grüßen

Petra Gailer
Buchhaltung

Autohaus Wiedemann GmbH & Co. KG
Augsburger Straße 120 · 86368 Gersthofen
Tel. 0821 49 77 10-30
www.autohaus-wiedemann.de
Geschäftsführer: Markus Wiedemann · Amtsgericht Augsburg HRA 17702"""),

    dict(id="s13de016", country="DE", date="2026-12-23T17:40", fmt="gmail", stage="firm", ago=2,
         inv="HD-2026-0967", amt="1.690,00", due="2026-10-28",
         frm="Gasthof Alpenrose <info@alpenrose-keck.de>",
         intent="paid", paid_on="2026-12-23",
         note="Partial payment of 800 EUR sent today; remaining 890 EUR promised vaguely for January.",
         body="""Grüß Gott,

wir haben heute 800 € von der Rechnung überwiesen. Den Rest (890 €) überweisen wir im Januar, wenn das Weihnachtsgeschäft abgerechnet ist. Mehr geht vor den Feiertagen leider nicht, die Lieferanten wollen alle gleichzeitig ihr Geld.

Bitte keine weiteren Mahngebühren, wir zahlen ja.

Frohe Weihnachten
Andrea Keck
Gasthof Alpenrose
Rettenberg im Allgäu"""),

    dict(id="s13de017", country="DE", date="2026-12-28T21:09", fmt="none", stage="heads_up", ago=7,
         inv="HD-2026-1256", amt="154,70", due="2026-12-31",
         frm="Wolfgang Strasser <w.strasser@gmx.de>",
         intent="unsubscribe",
         note="Angry private customer asks to be removed from the automatic reminder mails.",
         body="""Hören Sie bitte endlich auf, mir ständig diese automatischen Erinnerungen zu schicken. Das ist jetzt die dritte Mail in einem Monat, und die Rechnung ist noch nicht einmal fällig. Ich bezahle meine Rechnungen, wenn sie fällig sind, dafür brauche ich keinen Computer, der mich daran erinnert.

Streichen Sie meine Adresse aus diesem Verteiler.

W. Strasser"""),

    dict(id="s13de018", country="DE", date="2026-12-29T12:07", fmt="gmail", stage="second_reminder", ago=8,
         inv="HD-2026-1101", amt="455,80", due="2026-11-24",
         frm="Elektro Sailer <elektro.sailer@gmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="'am montag' written Tuesday 29 Dec = Monday 4 January 2027.",
         body="""servus, bin grad auf baustelle, zwischen den jahren ist das büro zu. überweis ich am montag wenn ich wieder im büro sitz. gruß tom sailer"""),

    dict(id="s13de019", country="AT", date="2026-12-30T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="HD-2026-1251", amt="2.970,00", due="2026-12-18",
         frm="Sabine Rieder <s.rieder@alpinsport-rieder.at>",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave up to and including 8 Jänner (Friday); back Monday 11 January.",
         body="""Vielen Dank für Ihre Nachricht!

Ich bin bis einschließlich 8. Jänner 2027 auf Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

In dringenden Fällen erreichen Sie meine Kollegin Frau Marlene Hochfilzer unter m.hochfilzer@alpinsport-rieder.at oder +43 5356 62 418-12.

Liebe Grüße aus Kitzbühel
Sabine Rieder
Alpin Sport Rieder GmbH"""),

    dict(id="s13de020", country="DE", date="2027-01-05T09:12", fmt="apple", stage="reminder", ago=1,
         inv="HD-2026-1233", amt="268,40", due="2026-12-20",
         frm="Melanie Fischer <anmeldung@zahnarztpraxis-seiler.de>",
         intent="paid", paid_on="2027-01-04",
         note="Direct debit taken 'gestern, am 04.01.'.",
         body="""Guten Morgen,

wir haben Ihnen für unsere Bestellungen (Terminzettel und Recallkarten) ein SEPA-Lastschriftmandat erteilt. Laut Kontoauszug wurde der Betrag von 268,40 € gestern, am 04.01., von Ihnen abgebucht. Ihre Erinnerung hat sich also wohl überschnitten.

Freundliche Grüße
Melanie Fischer
Praxismanagement
Zahnarztpraxis Dr. med. dent. Jörg Seiler
Tel. 08231 3409 70"""),

    dict(id="s13de021", country="DE", date="2027-01-04T10:45", fmt="outlook", fresh=True, stage="reminder",
         to="buchhaltung@hofmann-druck.de", subj="Neue Rechnungsadresse ab 01.01.2027 – Pflegedienst Sonnenschein",
         inv="HD-2026-1210", amt="378,00", due="2026-12-15",
         frm="Gabriele Hartl <g.hartl@pflegedienst-sonnenschein.de>",
         intent="contact_change", new_email="rechnungen@pflegedienst-sonnenschein.de",
         note="New mail: invoices and reminders to go to the central invoice address from now on.",
         body="""Sehr geehrte Damen und Herren,

zum Jahreswechsel haben wir unsere Buchhaltung umgestellt. Bitte senden Sie ab sofort alle Rechnungen, Zahlungserinnerungen und Mahnungen ausschließlich an

rechnungen@pflegedienst-sonnenschein.de

und nicht mehr an mich persönlich. Ich wechsle im Februar ganz in die Pflegedienstleitung und bearbeite dann keine Rechnungen mehr. Die noch offene Rechnung HD-2026-1210 liegt meiner Kollegin Frau Demir bereits vor.

Vielen Dank und ein gutes neues Jahr!

Gabriele Hartl
Verwaltung
Ambulanter Pflegedienst Sonnenschein GmbH
Tel. 08 21 / 65 09 88-0"""),

    dict(id="s13de022", country="DE", date="2027-01-05T14:30", fmt="html_gmail", stage="final_notice", ago=6,
         inv="HD-2026-0932", amt="2.115,70", due="2026-10-20",
         frm="Lechner Immobilienverwaltung <verwaltung@lechner-immobilien.de>",
         intent="promise", promise_date="2027-01-15",
         note="Property manager: will transfer 'bis spätestens 15. Januar 2027'.",
         body="""Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Mahnung vom 30.12.2026 zur Rechnung HD-2026-0932 (Aushänge, Beschilderung und Briefkastenschilder WEG Hessenbachstraße 14).

Die Rechnung ist berechtigt. Die Verzögerung ist darauf zurückzuführen, dass die Zahlung vom Konto der Eigentümergemeinschaft erfolgen muss und die Zustimmung des Verwaltungsbeirats erst in der vergangenen Woche erteilt wurde.

Wir werden den Betrag von 2.115,70 € bis spätestens 15. Januar 2027 überweisen und bitten Sie daher, von einer Übergabe an ein Inkassobüro abzusehen.

Mit freundlichen Grüßen

i. A. Katrin Wolf
Lechner Immobilienverwaltung e. K.
WEG- und Mietverwaltung
Tel. 0821 26 14 55-0 · Fax 0821 26 14 55-19
www.lechner-immobilien.de
Inhaber: Stefan Lechner · Amtsgericht Augsburg HRA 20115"""),

    dict(id="s13de023", country="DE", date="2027-01-07T11:20", fmt="html_outlook", stage="firm", ago=3,
         inv="HD-2026-0998", amt="5.480,00", due="2026-11-02",
         frm="Tanja Bergmann <verwaltung@bergmann-messebau.de>",
         intent="other",
         note="Debtor under provisional insolvency; claim must go to the provisional administrator.",
         body="""Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre Mahnung vom 04.01.2027.

Leider müssen wir Ihnen mitteilen, dass das Amtsgericht Augsburg – Insolvenzgericht – mit Beschluss vom 22.12.2026 (Az. IN 1187/26) über das Vermögen der Bergmann Messebau GmbH das vorläufige Insolvenzverfahren angeordnet und Herrn Rechtsanwalt Dr. Florian Kreuzer, Kanzlei Kreuzer Sanierung & Insolvenz, Fuggerstraße 12, 86150 Augsburg, zum vorläufigen Insolvenzverwalter bestellt hat.

Zahlungen auf Forderungen, die vor der Antragstellung entstanden sind, dürfen wir derzeit nicht leisten. Bitte richten Sie Ihre Forderung aus der Rechnung HD-2026-0998 direkt an den vorläufigen Insolvenzverwalter (insolvenz@kreuzer-sanierung.de). Nach Eröffnung des Verfahrens erhalten Sie gesondert Post zur Forderungsanmeldung.

Wir bedauern die Umstände sehr.

Mit freundlichen Grüßen

Tanja Bergmann
Kaufmännische Leitung

Bergmann Messebau GmbH · Werner-von-Siemens-Str. 6 · 86159 Augsburg
Geschäftsführer: Klaus Bergmann · Amtsgericht Augsburg HRB 24561"""),

    dict(id="s13de024", country="DE", date="2027-01-08T18:52", fmt="gmail", stage="second_reminder", ago=4,
         inv="HD-2026-1177", amt="1.140,00", due="2026-12-14",
         frm="Kfz Yilmaz <kfz.yilmaz@gmail.com>",
         intent="dispute",
         note="Quote was 890 EUR net; contests the 1,140 EUR invoice, wants a corrected one.",
         body="""hallo
angebot war 890 euro netto für die 2 planen und die aufkleber am transporter, steht schwarz auf weiss in ihrem angebot vom september. jetzt kommen sie mit 1140 daher und mahnen mich auch noch?? ich zahl die 890 plus mwst und keinen cent mehr. schicken sie mir eine richtige rechnung dann wird bezahlt

yilmaz"""),

    dict(id="s13de025", country="DE", date="2027-01-11T08:05", fmt="gmail", stage="second_reminder", ago=7,
         inv="HD-2026-1206", amt="96,50", due="2026-12-18",
         frm="Monika Scharrer <moni.scharrer@gmail.com>",
         intent="copy_request",
         note="Never received the invoice and the link shows a blank page; asks for the PDF. Payment only conditional.",
         body="""Guten Morgen,

ich habe nie eine Rechnung bekommen, nur jetzt diese Mahnung. Und Ihr Link zeigt bei mir nur eine weiße Seite. Können Sie mir die Rechnung bitte als PDF schicken? Dann überweise ich das gleich.

Danke
Monika Scharrer"""),

    dict(id="s13de026", country="AT", date="2027-01-11T20:15", fmt="tb", stage="firm", ago=7,
         inv=[("HD-2026-1139", "930,00", "2026-12-03"), ("HD-2026-1188", "412,00", "2026-12-11")],
         frm="Tischlerei Kofler <office@tischlerei-kofler.at>",
         intent="promise", promise_date="2027-01-31",
         note="Both invoices together 'Ende Jänner' = 31 January 2027.",
         body="""Sehr geehrte Damen und Herren,

beide Rechnungen sind in Ordnung. Wir haben im Dezember leider einen größeren Kunden gehabt, der nicht gezahlt hat, deshalb ist es bei uns gerade eng.

Wir überweisen beide Beträge zusammen (1.342,00 €) Ende Jänner, wenn die Zahlungen aus unserem Hotelprojekt eingegangen sind. Ich bitte um Verständnis und darum, dass die Verzugszinsen nicht verrechnet werden.

Mit freundlichen Grüßen

Martin Kofler
Tischlerei Kofler e.U.
Dorfstraße 23, 6265 Hart im Zillertal
Tel. +43 5288 63 11 0"""),

    dict(id="s13de027", country="DE", date="2027-01-12T10:40", fmt="html_gmail", stage="second_reminder", ago=1,
         inv=[("HD-2026-1158", "184,00", "2026-12-05"), ("HD-2026-1192", "236,50", "2026-12-12"),
              ("HD-2026-1221", "119,00", "2026-12-19")],
         frm="Blumen Lindner <blumenlindner.augsburg@gmail.com>",
         intent="paid", paid_on="2027-01-11",
         note="All three invoices paid 'gestern' (Monday 11 Jan) in one transfer.",
         body="""Hallo liebes Hofmann-Team,

alle drei offenen Rechnungen (HD-2026-1158, -1192 und -1221) haben wir gestern in einer Sammelüberweisung bezahlt, zusammen 539,50 €. Im Verwendungszweck stehen alle drei Nummern.

Falls noch was fehlt, gerne kurz melden.

Viele Grüße aus dem Laden
Sandra Lindner
Blumen Lindner · Inh. Sandra Lindner
Tel. 0821 15 62 87"""),

    dict(id="s13de028", country="DE", date="2027-01-13T21:34", fmt="apple", stage="final_notice", ago=2,
         inv="HD-2026-1015", amt="2.306,00", due="2026-11-10",
         frm="Irina Hoffmann <info@bellepeau-studio.de>",
         intent="plan_request",
         note="Cannot pay at once; asks for monthly instalments of 250-300 EUR, no start date.",
         body="""Sehr geehrte Damen und Herren,

ich habe Ihre letzte Mahnung bekommen und möchte auf keinen Fall, dass das zum Inkasso geht. Ehrlich gesagt kann ich die 2.306 € im Moment nicht auf einmal bezahlen. Ich hatte im Herbst eine OP und war sechs Wochen nicht im Studio, die Einnahmen sind komplett weggefallen.

Wäre eine Ratenzahlung möglich? Ich könnte z. B. monatlich 250–300 € zahlen, bis alles beglichen ist. Wenn Sie mir einen Vorschlag schicken, unterschreibe ich das gerne.

Mit freundlichen Grüßen
Irina Hoffmann
Kosmetikstudio Belle Peau

Von meinem iPhone gesendet"""),

    dict(id="s13de029", country="DE", date="2027-01-14T12:00", fmt="gmail", stage="reminder", ago=3,
         inv="HD-2026-1247", amt="167,00", due="2026-12-28",
         frm="Katharina Vogl <kathi.vogl88@gmail.com>",
         intent="contact_change", new_email="buero@vogl-lektorat.de",
         note="Asks that invoices and reminders go to her business address; 'schaue ich mir an' is no promise.",
         body="""Hallo,

könnten Sie Rechnungen und Erinnerungen bitte an meine Geschäftsadresse schicken: buero@vogl-lektorat.de

Diese Gmail-Adresse schaue ich nur alle paar Wochen an, die hatte ich bei der Bestellung im Shop aus Versehen angegeben. Die Rechnung für die Visitenkarten schaue ich mir heute Abend an.

Danke & viele Grüße
Katharina Vogl"""),

    dict(id="s13de030", country="CH", date="2027-01-15T11:22", fmt="gmail", stage="reminder", ago=4,
         inv="HD-2026-1259", amt="640,00", due="2027-01-02",
         frm="Beat Hürlimann <b.huerlimann@bluewin.ch>",
         intent="paid", paid_on="2027-01-15",
         note="'Ist heute bezahlt worden'.",
         body="""Grüezi

Ist heute bezahlt worden.

Gruss B. Hürlimann"""),

    dict(id="s13de031", country="DE", date="2027-01-18T09:47", fmt="outlook", stage="firm", ago=7,
         inv="HD-2026-1081", amt="2.624,00", due="2026-11-23",
         frm="Sonja Maier <s.maier@dachbau-angerer.de>",
         intent="promise", promise_date="2027-01-20",
         note="'am Mittwoch' written Monday 18 Jan = Wednesday 20 January.",
         body="""Guten Morgen,

sorry, die Rechnung ist bei uns durchgerutscht, weil unser Chef über den Jahreswechsel im Urlaub war und niemand freigeben konnte. Jetzt ist sie freigegeben, die Überweisung geht am Mittwoch mit unserem Zahllauf raus.

Schöne Grüße
Sonja Maier
Büro / Buchhaltung

Angerer Dachbau GmbH
Meisterbetrieb für Dach, Wand & Abdichtung
Gewerbering 7 · 86529 Schrobenhausen
Tel. 08252 9170-0 · Fax 08252 9170-29
www.dachbau-angerer.de

Geschäftsführer: Alois Angerer · Sitz: Schrobenhausen · Registergericht Ingolstadt HRB 6613
USt-IdNr. DE218447306"""),

    dict(id="s13de032", country="DE", date="2027-01-19T19:30", fmt="tb", stage="second_reminder", ago=8,
         inv="HD-2026-1163", amt="1.385,00", due="2026-12-08",
         frm="Andreas Hölzl <andreas.hoelzl@posteo.de>",
         intent="other",
         note="Wrong recipient: a private person with the same name as the customer.",
         body="""Guten Abend,

ich glaube, Sie haben hier die falsche E-Mail-Adresse. Ich heiße zwar Andreas Hölzl, habe aber mit der Firma „Hölzl Getränke“ nichts zu tun und bei Ihnen auch nie etwas bestellt. Das ist jetzt schon die zweite Mahnung, die bei mir landet.

Bitte prüfen Sie Ihre Kundendaten, ich möchte nicht, dass irgendwann ein Inkassobüro bei mir vor der Tür steht.

Gruß
A. Hölzl"""),

    dict(id="s13de033", country="DE", date="2027-01-20T15:05", fmt="tb", stage="reminder", ago=2,
         inv="HD-2027-0014", amt="325,00", due="2027-01-10",
         frm="Gerhard Kugler <g.kugler@arcor.de>",
         intent="bank_details",
         note="Will not pay via the link; asks for the firm's IBAN and bank name.",
         body="""Sehr geehrte Damen und Herren,

ich möchte die Rechnung für die Einladungskarten gerne überweisen, finde aber auf der Rechnung und in Ihrer E-Mail keine Bankverbindung, nur diesen Link zum Online-Bezahlen. Über solche Links bezahle ich grundsätzlich nichts, man hört da zu viel von Betrug.

Bitte teilen Sie mir Ihre IBAN und den Namen der Bank mit, dann mache ich eine ganz normale Überweisung.

Mit freundlichen Grüßen
Gerhard Kugler
Kassier Seniorenclub St. Ulrich Bobingen"""),

    dict(id="s13de034", country="DE", date="2027-01-21T20:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="HD-2026-1214", amt="498,00", due="2026-12-16",
         frm="Biohof Rauch <biohof.rauch@gmail.com>",
         intent="promise", promise_date="2027-01-22",
         note="'morgen früh' written Thursday evening 21 Jan = Friday 22 January.",
         body="""Hallo,

tut mir leid, im Winter sitz ich selten am PC. Die Etiketten für die Marmeladen sind super geworden. Ich überweise morgen früh, hab's mir jetzt in den Kalender geschrieben.

Viele Grüße vom Hof
Johanna Rauch"""),

    dict(id="s13de035", country="DE", date="2027-01-22T11:15", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="HD-2026-1266", amt="1.548,00", due="2027-01-08",
         frm="Florian Egger <einkauf@sporthaus-egger.de>",
         intent="dispute",
         note="Faded and torn banners; withholds payment until reprint or credit note.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Mahnung: Die Rechnung HD-2026-1266 haben wir bewusst noch nicht bezahlt.

Die beiden Fassadenbanner (6 x 2 m) für unseren Winterschlussverkauf wurden am 28.12. montiert. Schon nach gut einer Woche waren die Farben deutlich ausgeblichen, das Rot ist inzwischen rosa, und an einer Ösenreihe ist das Material eingerissen. Fotos haben wir Ihrem Außendienst, Herrn Sommer, am 11.01. geschickt, eine Antwort haben wir bis heute nicht.

Wir erwarten entweder einen kostenlosen Neudruck in ordentlicher Qualität oder eine entsprechende Gutschrift. Bis die Reklamation geklärt ist, werden wir die Rechnung nicht begleichen und bitten, die Mahnungen so lange auszusetzen.

Mit freundlichen Grüßen

Florian Egger
Geschäftsführer

Sporthaus Egger GmbH
Hauptstraße 31 · 86343 Königsbrunn
Tel. 08231 96 04 50
Amtsgericht Augsburg HRB 19083"""),

    dict(id="s13de036", country="DE", date="2027-01-25T08:31", fmt="ooo", stage="reminder", ago=0,
         subj_prefix="Abwesenheitsnotiz: ",
         inv="HD-2026-1270", amt="3.090,00", due="2027-01-15",
         frm="Daniel Köhler <d.koehler@koehler-heimtex.de>",
         intent="out_of_office", return_date="2027-02-01",
         note="At the trade fair up to and including Friday 29.01.2027; back Monday 1 February.",
         body="""Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich Freitag, 29.01.2027, auf der Messe in Frankfurt und nur eingeschränkt erreichbar. E-Mails werden in dieser Zeit nicht regelmäßig gelesen.

Ab Montag bin ich wieder im Büro. Bei Fragen zu Rechnungen wenden Sie sich bitte an buchhaltung@koehler-heimtex.de.

Beste Grüße
Daniel Köhler
Köhler Heimtextilien GmbH"""),

    dict(id="s13de037", country="DE", date="2027-01-26T14:02", fmt="gmail", stage="reminder", ago=1,
         inv="HD-2026-1262", amt="712,60", due="2027-01-06",
         frm="Laura Engel <laura@engel-yoga.de>",
         intent="paid", paid_on="2027-01-22",
         note="Paid on 22 January; side request for a new quote.",
         body="""Hallo,

die Rechnung für die Flyer habe ich am 22. Januar überwiesen, das hat sich wohl mit Ihrer Mail überschnitten.

Bei der Gelegenheit: Ich bräuchte im März nochmal 2.000 Flyer DIN lang, diesmal mit dem neuen Kursplan. Können Sie mir dafür ein Angebot schicken? Am liebsten wieder auf dem Recyclingpapier wie letztes Mal.

Liebe Grüße
Laura Engel
Engel Yoga · Augsburg-Pfersee
0151 4480 2719"""),

    dict(id="s13de038", country="DE", date="2027-01-25T16:10", fmt="html_gmail", stage="heads_up", ago=0,
         inv="HD-2027-0021", amt="2.380,00", due="2027-02-04",
         frm="Ralf Schöll <einkauf@metallbau-schoell.de>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay 'am Freitag' (written Monday 25 Jan = 29 January); side question about 2 % Skonto.",
         body="""Hallo,

danke für den Hinweis. Wir würden die Rechnung HD-2027-0021 am Freitag bezahlen. Frage dazu: Können wir bei Zahlung bis Freitag noch 2 % Skonto abziehen? In Ihrem Angebot stand „14 Tage 2 % Skonto“, auf der Rechnung finde ich dazu nichts mehr.

Falls ja, überweisen wir 2.332,40 €, sonst den vollen Betrag.

Gruß
Ralf Schöll
Metallbau Schöll GmbH & Co. KG
Tel. 08234 95 20 1-14"""),

    dict(id="s13de039", country="CH", date="2027-01-27T09:58", fmt="outlook", stage="second_reminder", ago=2,
         inv="HD-2026-1244", amt="880,00", due="2026-12-22",
         frm="Ingrid Stöckli <i.stoeckli@stoeckli-versicherungen.ch>",
         intent="other",
         note="Reminder passed to the external fiduciary who keeps the books; no payment statement, no address change asked.",
         body="""Guten Morgen

Unsere Buchhaltung macht seit diesem Jahr das Treuhandbüro Frei & Huber in Winterthur. Ich habe Ihre Mahnung dorthin weitergegeben, die kümmern sich um die Zahlung und melden sich bei Ihnen, falls etwas fehlt.

Freundliche Grüsse
Ingrid Stöckli
Versicherungsagentur Stöckli GmbH
Marktgasse 14, 8400 Winterthur
052 213 47 60"""),

    dict(id="s13de040", country="DE", date="2027-01-28T22:15", fmt="gmail", stage="final_notice", ago=3,
         inv="HD-2026-1027", amt="1.058,00", due="2026-11-12",
         frm="Marco Bianchi <marco.bianchi.streetfood@gmail.com>",
         intent="promise",
         note="Will pay in full 'nächste Woche' when the insurance money arrives: promise without a single day.",
         body="""Hallo,

bitte nicht gleich Inkasso. Ich weiß das ich spät dran bin. Mein Foodtruck steht seit Dezember in der Werkstatt und ohne Truck kein Umsatz. Nächste Woche bekomme ich das Geld von der Versicherung, dann überweise ich die 1.058 € sofort komplett.

Gruß Marco Bianchi
Streetfood Bianchi"""),
]
