"""German debtor replies to Lindner Druck & Medien GmbH (Augsburg). Written by hand, one by one."""

CASES = [
    dict(id="s17de001", country="DE", date="2026-12-09T18:47", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1043", amt="386,75", due="2026-11-20",
         frm="Markus Kugler <malerbetrieb.kugler@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Short phone reply on Wednesday 9 Dec: will transfer on Friday = 11 Dec.",
         body="""ok, überweise ich am freitag

Gruß Kugler"""),

    dict(id="s17de002", country="DE", date="2026-12-10T10:21", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("RE-2026-0977", "2.145,20", "2026-10-31"), ("RE-2026-1012", "612,00", "2026-11-12")],
         frm="Kreditorenbuchhaltung Fenwald AG <kreditoren@fenwald-ag.de>",
         intent="paid", paid_on="2026-12-07",
         note="AP department: both invoices were included in the payment run of 7 Dec 2026.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Die beiden genannten Rechnungen RE-2026-0977 und RE-2026-1012 wurden in unserem Zahllauf vom 07.12.2026 berücksichtigt und mit einer Sammelüberweisung über 2.757,20 EUR beglichen. Als Verwendungszweck ist unsere Zahlungsavisnummer ZA-26-48812 angegeben.

Bitte prüfen Sie den Zahlungseingang auf Ihrer Seite. Sollte der Betrag nicht eingegangen sein, melden Sie sich gerne.

Mit freundlichen Grüßen

i. A. Sandra Lewandowski
Kreditorenbuchhaltung

Fenwald AG
Industriestraße 40 | 90765 Fürth
Tel. +49 911 97644-213
kreditoren@fenwald-ag.de

Vorstand: Dr. Jörg Fenwald (Vors.), Claudia Rieß | Aufsichtsratsvorsitzender: Hans-Peter Ulm
Sitz der Gesellschaft: Fürth | Registergericht: Amtsgericht Fürth HRB 10233"""),

    dict(id="s17de003", country="DE", date="2026-12-11T15:02", fmt="gmail", stage="firm", ago=1,
         inv="RE-2026-0951", amt="1.318,40", due="2026-11-05",
         frm="Trattoria Da Enzo <info@da-enzo-augsburg.de>",
         intent="dispute",
         note="Refuses to pay: menus printed with wrong prices, demands a reprint first.",
         body="""Hallo,

jetzt bekomme ich schon die zweite Mahnung mit Verzugszinsen, das ist wirklich frech.

Ich habe Ihrem Herrn Sailer schon Anfang November gesagt, dass die Speisekarten falsch gedruckt sind. Auf Seite 3 stehen die alten Preise von 2025, obwohl ich die Korrektur per Mail geschickt habe und er mir das bestätigt hat. 400 Stück kann ich so nicht auf den Tisch legen. Die Karten liegen bei mir im Lager, Sie können sie abholen.

Solange Sie nicht neu drucken, zahle ich diese Rechnung nicht. Und die 40 Euro Pauschale können Sie gleich streichen.

Enzo Ferraro
Trattoria Da Enzo
Jakoberstraße 22, Augsburg
0821 3499812"""),

    dict(id="s17de004", country="AT", date="2026-12-21T08:34", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1101", amt="724,80", due="2026-12-04",
         frm="Gemeindeamt Sankt Radegund <amt@st-radegund.gv.at>",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed up to and including 6 January 2027; back on Thursday 7 January.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Das Gemeindeamt ist von 21. Dezember 2026 bis einschließlich 6. Jänner 2027 geschlossen. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.

In dringenden Fällen (Wasserversorgung, Kanal) erreichen Sie den Bauhof unter 0664 4128870.

Wir wünschen Ihnen frohe Weihnachten und ein gutes neues Jahr!

Gemeindeamt Sankt Radegund"""),

    dict(id="s17de005", country="CH", date="2026-12-18T16:40", fmt="apple", stage="reminder", ago=4,
         inv="RE-2026-1066", amt="940,00", due="2026-11-28",
         frm="Beatrice Hänni <b.haenni@bluewin.ch>",
         intent="promise",
         note="Promises to pay after the holidays; no single day given.",
         body="""Guten Tag

Entschuldigen Sie, das ist mir tatsächlich durchgerutscht. Ich bin gerade mitten im Umzug und die Unterlagen sind alle in Kisten.

Ich werde die Rechnung gleich nach den Festtagen begleichen. Muss ich wegen der Überweisung aus der Schweiz noch etwas beachten oder reicht die IBAN auf der Rechnung?

Freundliche Grüsse
Beatrice Hänni

Von meinem iPhone gesendet"""),

    dict(id="s17de006", country="DE", date="2026-12-08T11:15", fmt="outlook", stage="reminder", ago=1,
         inv="RE-2026-0989", amt="258,30", due="2026-11-08",
         frm="Sekretariat Realschule am Lech <sekretariat@rs-amlech.de>",
         intent="copy_request",
         note="School cannot find the invoice; asks for it again as PDF with the order number of the Schulamt.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung RE-2026-0989 liegt uns leider nicht vor. Vermutlich ist sie an die Adresse unserer früheren Schulleitung gegangen.

Könnten Sie uns die Rechnung bitte noch einmal als PDF zuschicken? Für die Weitergabe an den Sachaufwandsträger muss außerdem unsere Bestellnummer darauf stehen (BN 2026-117, Jahresberichte). Ohne diese Nummer kann die Stadtkasse leider nicht anweisen.

Vielen Dank und freundliche Grüße

Petra Hollerbach
Sekretariat
Realschule am Lech
Schulstraße 3
86899 Landsberg am Lech
Tel. 08191 94710-0"""),

    dict(id="s17de007", country="DE", date="2026-12-15T20:12", fmt="gmail", stage="firm", ago=2,
         inv="RE-2026-0914", amt="1.860,00", due="2026-10-25",
         frm="Jonas Wegscheider <jonas@wegscheider-events.de>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of 800 EUR made today; remainder only vaguely when his own client pays.",
         body="""Hallo Frau Lindner,

ich habe heute 800,00 € auf die Rechnung RE-2026-0914 überwiesen. Den Rest zahle ich, sobald mein Kunde aus dem Messeprojekt endlich bezahlt, das hängt leider seit Oktober.

Ich weiß, dass das nicht optimal ist, und danke Ihnen für die Geduld.

Viele Grüße
Jonas Wegscheider
Wegscheider Events
Mobil 0176 22841903"""),

    dict(id="s17de008", country="DE", date="2026-12-14T09:48", fmt="outlook", stage="second_reminder", ago=4, fwd=True,
         inv="RE-2026-1029", amt="3.412,60", due="2026-11-15",
         frm="Anja Winterhalter <a.winterhalter@kanzlei-maier-partner.de>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the partner's answer: payment will be made by 15 January 2027.",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung von Herrn Dr. Maier zu Ihrer Erinnerung.

Mit freundlichen Grüßen
Anja Winterhalter
Assistenz der Geschäftsleitung

-----Ursprüngliche Nachricht-----
Von: Dr. Thomas Maier <t.maier@kanzlei-maier-partner.de>
Gesendet: Freitag, 11. Dezember 2026 18:02
An: Anja Winterhalter <a.winterhalter@kanzlei-maier-partner.de>
Betreff: AW: 1. Mahnung

Frau Winterhalter,
bitte an Lindner schreiben, dass wir die Broschüren bis zum 15. Januar bezahlen. Vorher ist das Budget für 2027 nicht freigegeben.
TM

Maier & Partner Rechtsanwälte mbB
Maximilianstraße 31 · 86150 Augsburg
Tel. 0821 650890-0 · www.kanzlei-maier-partner.de
Partnerschaftsregister AG Augsburg PR 214"""),

    dict(id="s17de009", country="AT", date="2026-12-17T19:30", fmt="gmail", stage="firm", ago=2,
         inv="RE-2026-0933", amt="1.150,00", due="2026-10-30",
         frm="Musikverein Thalheim Kassier <kassa.mv-thalheim@gmx.at>",
         intent="plan_request",
         note="Association treasurer asks whether the amount can be paid in instalments; no date committed.",
         body="""Sehr geehrte Damen und Herren,

ich schreibe Ihnen als Kassier des Musikvereins Thalheim. Die Festschrift zum 100-Jahr-Jubiläum ist sehr schön geworden, das möchte ich vorweg sagen. Leider sind die Inserate von einigen Firmen, mit denen wir den Druck finanzieren wollten, noch nicht bezahlt worden, und unsere Vereinskassa ist momentan ziemlich leer.

Wäre es möglich, den Betrag von 1.150 € in mehreren Teilbeträgen zu bezahlen? Ich würde gerne mit Ihnen besprechen, was für Sie passt.

Mit freundlichen Grüßen
Herbert Pfeisinger
Kassier Musikverein Thalheim bei Wels
Tel. 0650 3318260"""),

    dict(id="s17de010", country="DE", date="2026-12-16T14:26", fmt="html_outlook", stage="reminder", ago=2,
         inv="RE-2026-1078", amt="2.980,00", due="2026-12-01",
         frm="Bettina Konrad <b.konrad@autohaus-konrad.de>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN for Lindner; asks whether it is genuine before paying.",
         body="""Guten Tag,

wir haben vorgestern per Post ein Schreiben erhalten, angeblich von Ihnen, wonach sich Ihre Bankverbindung geändert hat (neue IBAN bei einer Bank in Litauen, DE-Konto sei aufgelöst). Auf Ihrer Rechnung und in dieser Erinnerung steht aber noch die alte IBAN bei der Stadtsparkasse Augsburg.

Bevor wir überweisen, bitte ich Sie um eine kurze Bestätigung, welche Bankverbindung korrekt ist. Gerne auch telefonisch unter der unten angegebenen Nummer.

Mit freundlichen Grüßen

Bettina Konrad
Buchhaltung

Autohaus Konrad GmbH & Co. KG
Donauwörther Str. 188 | 86154 Augsburg
Telefon 0821 41093-30 | Fax 0821 41093-99
Geschäftsführer: Stefan Konrad | AG Augsburg HRA 17720"""),

    dict(id="s17de011", country="DE", date="2026-12-09T13:55", fmt="outlook", stage="reminder", ago=1,
         inv="RE-2026-1050", amt="487,90", due="2026-11-22",
         frm="Martin Obermeier <m.obermeier@holzbau-obermeier.de>",
         intent="contact_change", new_email="rechnung@holzbau-obermeier.de",
         note="Asks that invoices and reminders go to the invoice mailbox instead of him.",
         body="""Hallo,

bitte schicken Sie Rechnungen und Zahlungserinnerungen künftig ausschließlich an rechnung@holzbau-obermeier.de. Ich bin viel auf den Baustellen und lese meine Mails oft erst Tage später, das Postfach wird dagegen täglich von unserer Buchhaltung bearbeitet.

Ich habe Ihre Mail schon dorthin weitergegeben.

Gruß
Martin Obermeier
Holzbau Obermeier GmbH
Mobil 0171 5538201"""),

    dict(id="s17de012", country="DE", date="2027-01-05T07:52", fmt="apple", stage="second_reminder", ago=1,
         inv="RE-2026-1120", amt="149,00", due="2026-12-12",
         frm="sabine.rothmund@web.de",
         intent="paid", paid_on="2027-01-04",
         note="Phone-typed: transferred yesterday (Monday 4 Jan).",
         body="""hab gestern überwiesen sorry war über die feiertage weg

Von meinem iPhone gesendet"""),

    dict(id="s17de013", country="CH", date="2026-12-28T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="RE-2026-1009", amt="3.265,50", due="2026-11-10",
         frm="Administration Brunner Optik AG <admin@brunner-optik.ch>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed until and including 3 January; back Monday 4 January 2027.",
         body="""Guten Tag

Besten Dank für Ihre Nachricht.

Unser Büro bleibt vom 24. Dezember 2026 bis und mit 3. Januar 2027 geschlossen. Ab Montag, 4. Januar 2027 sind wir gerne wieder für Sie da.

Wir wünschen Ihnen schöne Festtage und einen guten Rutsch.

Brunner Optik AG
Bahnhofstrasse 12, 8400 Winterthur"""),

    dict(id="s17de014", country="DE", date="2027-01-12T16:18", fmt="tb", stage="second_reminder", ago=1,
         inv="RE-2026-1131", amt="612,45", due="2026-12-18",
         frm="Dr. Ulrike Faßbender <praxis@zahnarzt-fassbender.de>",
         intent="promise", promise_date="2027-01-20",
         note="Transfer scheduled for 20.01.",
         body="""Sehr geehrte Damen und Herren,

die Überweisung für die Terminkarten und Recallkarten ist bei unserer Bank für den 20.01. vorgemerkt. Wir zahlen Lieferantenrechnungen gesammelt zweimal im Monat.

Mit freundlichen Grüßen

Dr. Ulrike Faßbender
Zahnarztpraxis Dr. Faßbender
Ludwigstraße 9, 86916 Kaufering
Tel. 08191 66201

-- 
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""),

    dict(id="s17de015", country="DE", date="2026-12-10T12:40", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-1038", amt="1.642,20", due="2026-11-25",
         frm="Friederike Sand <f.sand@hofladen-sandhof.de>",
         intent="dispute",
         note="Amount contested: quote was 1,150 EUR net, invoice is 1,380 EUR net. Asks for correction.",
         body="""Guten Tag,

ich habe mir die Rechnung RE-2026-1038 noch einmal genau angeschaut. Im Angebot vom 2. Oktober (AN-2026-0688) waren für die 5.000 Flyer und die 300 Plakate 1.150,00 € netto vereinbart. Auf der Rechnung stehen jetzt 1.380,00 € netto, also 230 € mehr, ohne dass mir jemand etwas von einer Preisänderung gesagt hat.

Bitte korrigieren Sie die Rechnung entsprechend dem Angebot. Den korrekten Betrag überweise ich dann sofort.

Freundliche Grüße
Friederike Sand
Hofladen Sandhof
Sandhof 2, 86459 Gessertshausen"""),

    dict(id="s17de016", country="DE", date="2027-01-14T11:03", fmt="html_outlook", stage="firm", ago=2,
         inv="RE-2026-0962", amt="2.314,00", due="2026-11-02",
         frm="Verwaltung Stoll Textil <verwaltung@stoll-textil.de>",
         intent="other",
         note="Debtor is in insolvency proceedings; refers the firm to the insolvency administrator.",
         body="""Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass über das Vermögen der Stoll Textil GmbH mit Beschluss des Amtsgerichts Augsburg vom 22.12.2026 das vorläufige Insolvenzverfahren eröffnet wurde (Az. IN 1412/26).

Zahlungen auf Altforderungen dürfen wir nicht mehr leisten. Bitte melden Sie Ihre Forderung beim vorläufigen Insolvenzverwalter an:

Rechtsanwalt Dr. Clemens Ruprecht
Ruprecht Insolvenzverwaltung
Prinzregentenstraße 5, 86150 Augsburg
insolvenz@ruprecht-iv.de

Mit freundlichen Grüßen
Verwaltung
Stoll Textil GmbH"""),

    dict(id="s17de017", country="AT", date="2027-01-19T21:14", fmt="gmail", stage="reminder", ago=6,
         inv="RE-2026-1155", amt="89,00", due="2026-12-30",
         frm="Gerhard Zöchling <g.zoechling@aon.at>",
         intent="unsubscribe",
         note="Asks to stop receiving these automatic reminder emails.",
         body="""Bitte nehmen Sie meine Adresse aus diesem automatischen Mahnsystem heraus. Ich möchte diese E-Mails nicht mehr bekommen. Wenn etwas ist, schicken Sie mir einen Brief, so wie früher.

G. Zöchling"""),

    dict(id="s17de018", country="AT", date="2026-12-08T08:33", fmt="bounce", stage="reminder",
         inv="RE-2026-1017", amt="356,00", due="2026-11-14",
         rcpt="office@tischlerei-haider.at", status="5.1.1",
         diag="550 5.1.1 <office@tischlerei-haider.at>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx01.world4you.com",
         intent="bounce",
         body="""This is the mail system at host amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<office@tischlerei-haider.at>: host mx01.world4you.com[81.19.145.20] said:
    550 5.1.1 <office@tischlerei-haider.at>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s17de019", country="AT", date="2026-12-22T10:05", fmt="outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1084", amt="1.028,40", due="2026-11-30",
         frm="Tanja Leitgeb <leitgeb@gasthof-leitgeb.at>",
         intent="promise", promise_date="2027-01-08",
         note="Austrian 'Jänner': will pay on 8 January.",
         body="""Grüß Gott,

wir sind gerade voll im Weihnachtsgeschäft und ich komme erst nach den Feiertagen zur Buchhaltung. Ich überweise den Betrag am 8. Jänner, versprochen.

Schöne Feiertage und liebe Grüße
Tanja Leitgeb
Gasthof Leitgeb
Dorfplatz 4, 5570 Mauterndorf
+43 6472 7219"""),

    dict(id="s17de020", country="DE", date="2026-12-12T10:27", fmt="apple", stage="reminder", ago=3,
         inv="RE-2026-1072", amt="64,90", due="2026-11-29",
         frm="Lena Brückl <lena.brueckl@icloud.com>",
         intent="paid", paid_on="2026-12-12",
         note="Paid just now through the online payment link.",
         body="""Hallo,
hab es grade über den Link in Ihrer Mail bezahlt (Kreditkarte). Die Hochzeitskarten waren übrigens wunderschön, danke nochmal!
LG Lena

Von meinem iPhone gesendet"""),

    dict(id="s17de021", country="DE", date="2027-01-13T09:12", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="RE-2026-1097", amt="4.870,00", due="2026-12-10",
         frm="Einkauf Klinikum Schwabenland <einkauf@klinikum-schwabenland.de>",
         intent="copy_request",
         note="Hospital purchasing needs the signed delivery note before the invoice can be released.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung RE-2026-1097 (Patientenbroschüren, Bestellung 4500218873) fehlt uns noch der vom Empfänger unterschriebene Lieferschein. Ohne Wareneingangsbuchung kann die Rechnung in unserem System nicht zur Zahlung freigegeben werden.

Bitte senden Sie uns eine Kopie des Lieferscheins bzw. den Zustellnachweis Ihres Kurierdienstes an einkauf@klinikum-schwabenland.de, unter Angabe der Bestellnummer.

Mit freundlichen Grüßen

Michael Straub
Zentraleinkauf

Klinikum Schwabenland gGmbH
Kemptener Straße 70 | 87600 Kaufbeuren
Tel.: +49 8341 9022-4410
Geschäftsführung: Dr. Ingrid Baumeister | Amtsgericht Kempten HRB 9921

Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt."""),

    dict(id="s17de022", country="DE", date="2026-12-14T15:36", fmt="tb", stage="second_reminder", ago=4,
         inv=[("RE-2026-0998", "412,00", "2026-11-06"), ("RE-2026-1025", "233,60", "2026-11-18")],
         frm="Wolfgang Ertl <w.ertl@ertl-immobilien.de>",
         intent="paid", paid_on="2026-12-11",
         note="Both invoices paid in one transfer on 11.12.",
         body="""Guten Tag,

beide Rechnungen (RE-2026-0998 und RE-2026-1025) habe ich am 11.12. in einer Überweisung über 645,60 € bezahlt. Ihre Erinnerung und meine Zahlung haben sich also überschnitten.

Mit freundlichen Grüßen
Wolfgang Ertl

Ertl Immobilien
Hauptstraße 18, 86356 Neusäß
Tel. 0821 486601"""),

    dict(id="s17de023", country="DE", date="2026-12-17T10:50", fmt="outlook", stage="reminder", ago=2,
         inv="RE-2026-1061", amt="796,00", due="2026-11-27",
         frm="Stadtverwaltung Friedberg Kulturamt <kulturamt@friedberg-stadt.de>",
         intent="promise",
         note="Town office: payment early January once the new budget is released; a window, no single day.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung für die Programmhefte des Adventsmarkts ist sachlich richtig und bei uns freigegeben. Da die Haushaltsmittel für 2026 jedoch bereits ausgeschöpft sind, kann die Stadtkasse erst nach Freigabe des Haushalts 2027 anweisen. Die Zahlung wird Anfang Januar erfolgen.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Im Auftrag

Christine Lautenbacher
Kulturamt
Stadt Friedberg
Marienplatz 5, 86316 Friedberg
Tel. 0821 6002-417"""),

    dict(id="s17de024", country="DE", date="2026-12-28T08:36", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1139", amt="318,20", due="2026-12-15",
         frm="Florian Meisinger <f.meisinger@meisinger-elektro.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="On holiday until 8.1.2027 (Friday); first day back Monday 11 January.",
         body="""Hallo,

ich bin bis einschließlich 8.1.2027 im Urlaub und lese meine E-Mails nur unregelmäßig.

Bei dringenden Anliegen wenden Sie sich bitte an unser Büro: buero@meisinger-elektro.de oder 08232 9571-0.

Viele Grüße
Florian Meisinger"""),

    dict(id="s17de025", country="DE", date="2026-12-21T22:41", fmt="gmail", stage="final_notice", ago=3,
         inv="RE-2026-0902", amt="2.655,00", due="2026-10-20",
         frm="Rainer Kolb <rainer.kolb@kolb-messebau.de>",
         intent="dispute",
         note="Angry refusal: banners delivered three weeks late, after the trade fair; contests the whole invoice.",
         body="""Jetzt drohen Sie mir auch noch mit Inkasso??

Ich sage es zum dritten Mal: die Banner und Roll-ups für die Messe in Nürnberg sind DREI WOCHEN zu spät gekommen, die Messe war da schon vorbei. Wir mussten kurzfristig bei einem anderen Drucker nachbestellen und doppelt zahlen. Das ist alles schriftlich dokumentiert, Ihr Vertrieb weiß Bescheid.

Ich zahle für Ware, die ich nicht gebrauchen konnte, keinen Cent. Wenn Sie das Inkasso schicken, gebe ich die Sache meinem Anwalt.

R. Kolb
Kolb Messebau GmbH"""),

    dict(id="s17de026", country="DE", date="2027-01-12T13:08", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="RE-2026-1112", amt="1.204,00", due="2026-12-08",
         frm="Nadine Özdemir <nadine@studio-oezdemir.de>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay by the end of the month (January) = 31 January.",
         body="""Hallo zusammen,

danke für die Erinnerung. Ich hatte im Dezember leider zwei Kunden, die selbst nicht gezahlt haben, deshalb ist es bei mir etwas eng geworden.

Ich überweise den vollen Betrag bis Ende des Monats. Falls es früher geht, mache ich es früher.

Liebe Grüße
Nadine Özdemir
Studio Özdemir – Grafik & Illustration
www.studio-oezdemir.de"""),

    dict(id="s17de027", country="CH", date="2027-01-21T17:24", fmt="outlook", stage="firm", ago=3,
         inv=[("RE-2026-0940", "1.890,00", "2026-11-03"), ("RE-2026-1006", "1.225,00", "2026-11-24")],
         frm="Reto Gisler <reto.gisler@gisler-velos.ch>",
         intent="plan_request",
         note="Asks for monthly instalments for two invoices; proposes an amount but no start date.",
         body="""Grüezi

Ich weiss, dass die beiden Rechnungen schon länger offen sind. Das Wintergeschäft im Veloladen ist dieses Jahr sehr schwach und ich kann den Gesamtbetrag momentan nicht auf einmal bezahlen.

Wäre es für Sie in Ordnung, wenn ich monatlich etwa 500 Euro abzahle, bis alles beglichen ist? Ich bin froh um eine kurze Antwort, ob das geht.

Freundliche Grüsse
Reto Gisler
Gisler Velos GmbH
Dorfstrasse 31, 6460 Altdorf UR
Tel. 041 870 22 18"""),

    dict(id="s17de028", country="CH", date="2026-12-16T09:44", fmt="gmail", stage="reminder", ago=1,
         inv="RE-2026-1057", amt="2.340,00", due="2026-11-26",
         frm="Yvonne Aebischer <y.aebischer@aebischer-treuhand.ch>",
         intent="paid", paid_on="2026-12-14",
         note="E-banking payment made on 14.12.",
         body="""Guten Tag

Die Zahlung ist am 14.12.2026 via E-Banking in EUR erfolgt (Auftrag bei der Zürcher Kantonalbank). Bei Auslandzahlungen dauert die Gutschrift erfahrungsgemäss ein bis zwei Tage.

Freundliche Grüsse

Yvonne Aebischer
Aebischer Treuhand GmbH
Spitalgasse 28, 3011 Bern
+41 31 312 45 60"""),

    dict(id="s17de029", country="DE", date="2027-01-07T12:19", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-1163", amt="177,50", due="2026-12-22",
         frm="Heike Vollmer <heike.vollmer@t-online.de>",
         intent="other",
         note="Wrong recipient: she says she never ordered anything from the firm.",
         body="""Guten Tag,

ich glaube, Sie haben sich in der Adresse vertan. Ich habe bei Ihnen nie etwas bestellt und kenne auch keine Firma "Vollmer Bau", falls das gemeint ist. Bitte prüfen Sie das.

Heike Vollmer"""),

    dict(id="s17de030", country="DE", date="2027-01-18T19:02", fmt="gmail", stage="firm", ago=3,
         inv="RE-2026-1088", amt="535,00", due="2026-12-02",
         frm="Tobias Hirschvogel <t.hirschvogel87@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="Typos; written Monday 18 Jan evening: will transfer tomorrow = 19 Jan.",
         body="""Sehr geerte Damen und Heren,

enschuldigung für die Verspätung, ich war im Krankenhaus und hab die Post garnicht mitbekomen. Ich überweise das morgen früh als erstes, di Verzugspauschale bitte nicht berechnen wenn es geht.

mfg T. Hirschvogel"""),

    dict(id="s17de031", country="AT", date="2026-12-10T15:50", fmt="tb", stage="reminder", ago=2,
         inv="RE-2026-1044", amt="680,00", due="2026-11-21",
         frm="Buchhaltung Alpenblick Hotelbetriebs GmbH <buchhaltung@alpenblick-hotel.at>",
         intent="bank_details",
         note="Asks for the firm's IBAN and BIC; the online link does not work for them and the invoice PDF shows no bank details.",
         body="""Sehr geehrte Damen und Herren,

wir möchten die Rechnung gerne per Überweisung bezahlen. Der Link zur Onlinezahlung funktioniert bei uns leider nicht (Fehlermeldung im Browser), und auf der PDF-Rechnung, die wir bekommen haben, ist keine Bankverbindung angeführt.

Können Sie uns bitte Ihre IBAN und BIC bekannt geben?

Mit freundlichen Grüßen
Ingrid Mayrhofer
Buchhaltung
Hotel Alpenblick ****
Seestraße 12, 6100 Seefeld in Tirol
Tel. +43 5212 2389-14

FN 204417k, Landesgericht Innsbruck"""),

    dict(id="s17de032", country="DE", date="2027-01-11T10:33", fmt="outlook", stage="second_reminder", ago=4,
         inv="RE-2026-1126", amt="927,30", due="2026-12-14",
         frm="Empfang Wiedemann Logistik <empfang@wiedemann-logistik.de>",
         intent="contact_change", new_email="t.yilmaz@wiedemann-logistik.de",
         note="Former contact has left; reminders should go to Mr Yilmaz.",
         body="""Guten Morgen,

Frau Berger ist seit dem 31.12. nicht mehr in unserem Unternehmen beschäftigt. Ihre Mail ist deshalb bei uns im Empfang gelandet.

Zuständig für die Kreditorenbuchhaltung ist jetzt Herr Tarik Yilmaz. Bitte senden Sie Rechnungen und Erinnerungen künftig direkt an t.yilmaz@wiedemann-logistik.de.

Viele Grüße
Julia Haas
Empfang
Wiedemann Logistik GmbH
Äußere Industriestraße 7, 86316 Friedberg
Tel. 0821 26711-0"""),

    dict(id="s17de033", country="DE", date="2027-01-25T08:57", fmt="gmail", stage="reminder", ago=4,
         inv="RE-2026-1170", amt="1.476,00", due="2027-01-08",
         frm="Sebastian Rauch <rauch@rauch-gartenbau.de>",
         intent="promise", promise_date="2027-01-27",
         note="Written Monday 25 Jan: will pay on Wednesday = 27 Jan. Side question about Skonto.",
         body="""Moin,

zahle ich am Mittwoch. Kurze Frage noch: gilt bei Ihnen eigentlich Skonto, wenn man innerhalb von 10 Tagen zahlt? Steht nirgends auf der Rechnung, deshalb frag ich.

Gruß
Sebastian Rauch
Rauch Garten- und Landschaftsbau
0151 40872215"""),

    dict(id="s17de034", country="DE", date="2027-01-07T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv="RE-2026-1104", amt="1.580,00", due="2026-12-05",
         frm="Katrin Seidl <k.seidl@seidl-verlag.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: reachable again from 11 January.",
         body="""Vielen Dank für Ihre E-Mail.

Ich bin ab dem 11. Januar wieder im Haus erreichbar. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Anette Brandt (a.brandt@seidl-verlag.de, 0821 57733-12).

Mit freundlichen Grüßen
Katrin Seidl
Seidl Verlag GmbH"""),

    dict(id="s17de035", country="DE", date="2026-12-08T17:29", fmt="html_gmail", stage="reminder", ago=1,
         inv="RE-2026-1002", amt="118,00", due="2026-11-16",
         frm="Ralf Neumeyer <ralf.neumeyer@googlemail.com>",
         intent="paid", paid_on="2026-12-01",
         note="Says the amount was taken by direct debit on 1 December.",
         body="""Hallo,

das muss ein Irrtum sein. Sie haben den Betrag doch per Lastschrift am 1. Dezember von meinem Konto abgebucht, ich sehe es hier im Onlinebanking: 118,00 € an Lindner Druck, Mandatsreferenz LD-00417.

Bitte nicht noch einmal abbuchen.

Gruß
Ralf Neumeyer"""),

    dict(id="s17de036", country="DE", date="2026-12-22T11:46", fmt="html_outlook", stage="second_reminder", ago=5,
         inv=[("RE-2026-1036", "1.290,00", "2026-11-23"), ("RE-2026-1059", "845,00", "2026-11-27")],
         frm="Hausverwaltung Greiner & Söhne <buchhaltung@hv-greiner.de>",
         intent="promise", promise_date="2026-12-28",
         note="Property manager: both invoices will be paid on 28.12. after the owners' approval.",
         body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Erinnerung teilen wir Ihnen mit, dass die Rechnungen RE-2026-1036 (Aushänge und Mieterinformationen WEG Hochfeldstraße) und RE-2026-1059 (Nebenkosten-Anschreiben) durch die Verwaltungsbeiräte der jeweiligen Eigentümergemeinschaften freigegeben wurden.

Aufgrund der Feiertage wird die Überweisung beider Rechnungen am 28.12. von den Konten der Gemeinschaften ausgeführt. Wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

Gabriele Greiner
Buchhaltung

Hausverwaltung Greiner & Söhne GmbH
Schertlinstraße 23 · 86159 Augsburg
Telefon 0821 579940 · Telefax 0821 579949
Geschäftsführer: Anton Greiner, Michael Greiner · AG Augsburg HRB 8890
Mitglied im VDIV Bayern"""),

    dict(id="s17de037", country="AT", date="2027-01-15T14:12", fmt="apple", stage="firm", ago=2,
         inv="RE-2026-1091", amt="460,00", due="2026-12-03",
         frm="Doris Kainz <doris.kainz@kainz-fotografie.at>",
         intent="other",
         note="Passed the reminder to her tax adviser who handles payments; no statement about payment.",
         body="""Liebes Team von Lindner,

ich habe Ihre Mail an meinen Steuerberater weitergeleitet, der erledigt bei mir alle Zahlungen. Bitte melden Sie sich bei Fragen direkt bei ihm, Kanzlei Pröll in Linz.

Liebe Grüße
Doris Kainz
Fotografie Kainz, Steyr"""),

    dict(id="s17de038", country="DE", date="2027-01-25T10:14", fmt="html_outlook", stage="reminder", ago=3,
         inv="RE-2027-0008", amt="3.948,00", due="2027-01-15",
         frm="Accounts Payable Hebold Pharma <ap.de@hebold-pharma.com>",
         intent="paid", paid_on="2027-01-22",
         note="AP confirms transfer with value date 22.01.2027.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung RE-2027-0008 wurde mit Valuta 22.01.2027 überwiesen (Zahlungsreferenz 2000193374).

Dies ist eine Nachricht unseres Shared Service Centers. Bitte richten Sie Rückfragen unter Angabe der Rechnungsnummer an ap.de@hebold-pharma.com.

Mit freundlichen Grüßen
Accounts Payable Team DACH

Hebold Pharma Deutschland GmbH
Am Hochacker 4, 85630 Grasbrunn
Sitz: Grasbrunn · Registergericht München HRB 144820
Geschäftsführung: Dr. Karsten Wolf, Elena Marchetti"""),

    dict(id="s17de039", country="CH", date="2027-01-28T15:37", fmt="tb", stage="second_reminder", ago=3,
         inv=[("RE-2026-1128", "720,00", "2026-12-16"), ("RE-2026-1149", "1.055,00", "2026-12-23"), ("RE-2027-0014", "312,00", "2027-01-20")],
         frm="Claudio Bernasconi <buchhaltung@bernasconi-werbung.ch>",
         intent="copy_request",
         note="Asks for an account statement of all open items before paying; his records differ.",
         body="""Guten Tag

Bei uns sieht der Stand anders aus als in Ihrer Erinnerung. Nach unserer Buchhaltung ist mindestens eine dieser Rechnungen bereits mit einer Gutschrift verrechnet worden.

Könnten Sie mir bitte einen aktuellen Kontoauszug mit allen offenen Posten und Gutschriften seit Oktober schicken? Dann gleichen wir das ab und zahlen den offenen Saldo.

Besten Dank und freundliche Grüsse
Claudio Bernasconi
Bernasconi Werbung AG
Via San Gottardo 4 / Postfach, 6900 Lugano
T +41 91 922 63 10"""),

    dict(id="s17de040", country="DE", date="2026-12-29T09:21", fmt="none", stage="reminder", ago=7,
         inv=[("RE-2026-1108", "540,00", "2026-12-07"), ("RE-2026-1109", "540,00", "2026-12-07")],
         frm="Kita Sonnenschein e.V. <vorstand@kita-sonnenschein-pfersee.de>",
         intent="dispute",
         note="Says the two invoices are a duplicate for the same order; asks to cancel one before paying.",
         body="""Hallo,

ich bin beim Durchsehen der Vereinspost über Ihre Erinnerung gestolpert. Die Rechnungen RE-2026-1108 und RE-2026-1109 haben exakt denselben Text und Betrag – 1 x Jahreskalender 2027, 150 Stück. Bestellt haben wir aber nur einmal.

Bitte stornieren Sie eine der beiden Rechnungen. Die andere überweisen wir dann, sobald die Stornorechnung da ist.

Mit freundlichen Grüßen
Miriam Kessler
Vorstand / Finanzen
Kita Sonnenschein Pfersee e.V.
Augsburg"""),
]
