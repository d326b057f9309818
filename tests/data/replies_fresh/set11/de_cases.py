"""Set 11, part de: German-speaking debtors of Hofstätter Gebäudeservice GmbH (Rosenheim):
Elektroinstallation, Alarm- und Sicherheitstechnik, Unterhaltsreinigung. Each reply written by hand."""

CASES = [
    dict(id="s11de001", country="DE", date="2026-12-09T19:42", fmt="gmail", stage="reminder", ago=2,
         inv="HE-26-1318", amt="386,75", due="2026-11-27",
         frm="Thomas Brunnhuber <t.brunnhuber@gmx.de>",
         intent="promise", promise_date="2026-12-11",
         note="Überweise am Freitag: reply Wednesday 9 Dec, so Friday 11 Dec.",
         body="""Hallo,

sorry, ist bei mir untergegangen. Überweise ich am Freitag.

Gruß
Thomas Brunnhuber"""),

    dict(id="s11de002", country="DE", date="2026-12-08T10:17", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="HE-26-1207", amt="2.940,00", due="2026-11-10",
         frm="Sabine Weichselgartner <s.weichselgartner@kerschl-hv.de>",
         intent="paid", paid_on="2026-12-03",
         note="Property manager: transferred from the WEG account on 03.12.2026.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung (Erneuerung der Treppenhausbeleuchtung, WEG Innstraße 14) wurde von uns am 03.12.2026 aus dem Hausgeldkonto der Eigentümergemeinschaft überwiesen.

Verwendungszweck: HE-26-1207 / WEG Innstraße 14

Bitte prüfen Sie Ihren Zahlungseingang nochmals. Es kann sein, dass die Zahlung bei Ihnen unter der Bezeichnung der Eigentümergemeinschaft und nicht unter unserem Namen eingegangen ist. Die Mahnung betrachten wir als gegenstandslos.

Mit freundlichen Grüßen

i. A. Sabine Weichselgartner
Buchhaltung / Objektbetreuung

Kerschl & Partner Immobilienverwaltung GmbH
Münchener Straße 71 · 83022 Rosenheim
Tel. 08031 2290-14 · Fax 08031 2290-99
www.kerschl-hv.de

Geschäftsführer: Andreas Kerschl, Martina Kerschl-Hupfauf
Amtsgericht Traunstein HRB 19932"""),

    dict(id="s11de003", country="DE", date="2026-12-24T09:12", fmt="ooo", stage="reminder", ago=1,
         inv="HE-26-1402", amt="164,22", due="2026-12-15",
         frm="Praxis Dr. med. Ulrike Fendt <praxis@hausarzt-fendt.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Practice closed 24.12.2026 to 03.01.2027 inclusive; open again Monday 4 January.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Unsere Praxis bleibt vom 24.12.2026 bis einschließlich 03.01.2027 geschlossen. Ab Montag, dem 04.01.2027, sind wir wieder zu den gewohnten Sprechzeiten für Sie da.

In dringenden medizinischen Fällen wenden Sie sich bitte an den ärztlichen Bereitschaftsdienst unter 116 117. Vertretung: Praxis Dr. Moosbauer, Kaiserstraße 8, Tel. 08031 15522.

E-Mails werden während der Schließzeit nicht gelesen.

Ihr Praxisteam Dr. Fendt"""),

    dict(id="s11de004", country="DE", date="2026-12-15T07:05", fmt="outlook", stage="firm", ago=1,
         inv="HE-26-1188", amt="1.412,30", due="2026-11-05",
         frm="Schreinerei Lechner <info@schreinerei-lechner.de>",
         intent="dispute",
         note="Contests the hours billed (7.5 h and two call-outs instead of 3.5 h and one); wants a corrected invoice.",
         body="""Guten Morgen,

jetzt reichts aber. Ich hab schon zweimal bei Ihnen angerufen wegen dieser Rechnung und jedesmal heißt es, jemand ruft zurück. Passiert ist nix.

Nochmal zum Mitschreiben: Ihr Monteur war am 21.10. bei uns in der Werkstatt, um die Absauganlage neu anzuklemmen. Er war um halb neun da und um zwölf wieder weg, das hat mein Geselle gesehen. Abgerechnet haben Sie 7,5 Stunden plus zweimal Anfahrt. Das zahl ich nicht.

3,5 Stunden plus einmal Anfahrt, dann überweise ich sofort. Schicken Sie mir eine korrigierte Rechnung und lassen Sie die Verzugszinsen weg, die Verzögerung liegt bei Ihnen.

Josef Lechner
Schreinerei Lechner
Am Mühlbach 3, 83101 Rohrdorf
Tel. 08032 98 41 7"""),

    dict(id="s11de005", country="DE", date="2026-12-10T13:48", fmt="html_outlook", stage="reminder", ago=3,
         inv="HE-26-1296", amt="3.618,00", due="2026-11-30",
         frm="Melanie Strobl <kreditoren@alpenland-spedition.de>",
         intent="copy_request",
         note="Accounts payable has no record of the invoice; asks to resend it as PDF with their purchase-order number.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung liegt uns nicht zur Zahlung vor. Möglicherweise ist sie nie bei uns eingegangen, oder sie wurde von unserem Eingangsscanner abgewiesen, weil keine Bestellnummer angegeben ist.

Bitte senden Sie uns die Rechnung erneut als PDF an rechnungseingang@alpenland-spedition.de und geben Sie dabei unsere Bestellnummer an (beginnt mit 4500…, die Nummer erhalten Sie von Herrn Grabmeier, Standortleitung Kolbermoor). Rechnungen ohne Bestellnummer können wir leider nicht buchen.

Nach Eingang wird die Rechnung im nächsten regulären Zahllauf berücksichtigt.

Mit freundlichen Grüßen

Melanie Strobl
Kreditorenbuchhaltung

Alpenland Spedition GmbH & Co. KG
Industriestraße 22 | 83059 Kolbermoor
T +49 8031 90455-312
Sitz der Gesellschaft: Kolbermoor | Registergericht Traunstein HRA 7721
Persönlich haftende Gesellschafterin: Alpenland Verwaltungs GmbH, HRB 14408
Geschäftsführer: Dr. Florian Kainz, Stefanie Wieland"""),

    dict(id="s11de006", country="DE", date="2026-12-18T21:33", fmt="apple", stage="second_reminder", ago=4,
         inv="HE-26-1244", amt="578,40", due="2026-11-18",
         frm="Blumen Wimmer <blumen.wimmer@t-online.de>",
         intent="promise",
         note="Florist will pay 'nach den Feiertagen': a promise without a single day.",
         body="""Hallo, sind grad voll im weihnachtsgeschaeft und ich komm nicht zur buchhaltung. mach ich nach den feiertagen, versprochen. gruss g wimmer

Von meinem iPhone gesendet"""),

    dict(id="s11de007", country="DE", date="2026-12-16T18:20", fmt="gmail", stage="reminder", ago=2,
         inv="HE-26-1263", amt="1.150,00", due="2026-12-01",
         frm="Kassier TSV Großkarolinenfeld <kassier@tsv-grosskarolinenfeld.de>",
         intent="paid", paid_on="2026-12-16",
         note="Partial payment of 650 € sent today; the remaining 500 € only after a board meeting in January (no date).",
         body="""Servus miteinander,

ich bin ehrenamtlich Kassier beim TSV und kümmere mich um die Rechnungen für unser Vereinsheim.

Ich habe heute 650 € an Sie überwiesen (Verwendungszweck HE-26-1263 Teilzahlung). Die restlichen 500 € muss ich erst vom Vorstand freigeben lassen, weil das über meinem Limit liegt. Die nächste Vorstandssitzung ist im Januar, danach kommt der Rest.

Ich hoffe, das geht so in Ordnung. Die neue Flutlicht-Steuerung läuft übrigens einwandfrei, danke nochmal an Ihre Jungs.

Sportliche Grüße
Martin Huber
Kassier TSV Großkarolinenfeld e.V."""),

    dict(id="s11de008", country="DE", date="2026-12-09T08:34", fmt="bounce",
         inv="HE-26-1271", amt="812,00", due="2026-11-30", stage="reminder",
         rcpt="m.eder@gemeinde-hainbach.de", status="5.1.1", remote="mx1.kommunalnetz-obb.de",
         diag="550 5.1.1 <m.eder@gemeinde-hainbach.de>: Empfaenger unbekannt / recipient unknown",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     m.eder@gemeinde-hainbach.de

Technical details of permanent failure:
The recipient's mail server (mx1.kommunalnetz-obb.de) rejected the message:
550 5.1.1 <m.eder@gemeinde-hainbach.de>: Empfaenger unbekannt / recipient unknown"""),

    dict(id="s11de009", country="DE", date="2026-12-11T11:02", fmt="gmail", stage="heads_up", ago=3,
         inv="HE-26-1420", amt="92,82", due="2026-12-18",
         frm="Helga Rieder <helga.rieder@web.de>",
         intent="unsubscribe",
         note="Wants to be taken off the reminder emails; invoices by post are fine.",
         body="""Guten Tag,

ich bekomme jetzt schon die zweite Mail von Ihnen, bevor die Rechnung überhaupt fällig ist. Das brauche ich nicht. Ich zahle meine Rechnungen seit vierzig Jahren pünktlich und ohne Erinnerung.

Bitte streichen Sie meine Adresse aus diesem Verteiler. Die Rechnungen selbst können Sie mir gerne weiter mit der Post schicken.

H. Rieder"""),

    dict(id="s11de010", country="DE", date="2026-12-14T15:26", fmt="outlook", stage="reminder", ago=0,
         inv="HE-26-1329", amt="5.274,60", due="2026-12-04",
         frm="Carina Obermaier <buchhaltung@sport-kaltenbrunner.de>",
         intent="bank_details",
         note="IBAN on the invoice differs from the one in their master data; asks for confirmation before paying (fraud check).",
         body="""Sehr geehrte Damen und Herren,

bevor wir die Rechnung freigeben, eine Rückfrage: Auf der Rechnung HE-26-1329 ist eine IBAN bei der Sparkasse Rosenheim-Bad Aibling angegeben (endet auf 7204). In unseren Stammdaten ist für Sie bisher ein Konto bei der Volksbank Raiffeisenbank Rosenheim-Chiemsee hinterlegt.

Da wir in letzter Zeit mehrfach gefälschte Rechnungen mit geänderten Bankdaten erhalten haben, ändern wir Bankverbindungen nur nach schriftlicher Bestätigung auf Ihrem Briefpapier oder nach Rückruf unter der uns bekannten Telefonnummer. Bitte teilen Sie uns mit, welche Bankverbindung gilt.

Die Zahlung erfolgt, sobald das geklärt ist.

Freundliche Grüße

Carina Obermaier
Finanzbuchhaltung
Sporthaus Kaltenbrunner GmbH
Ludwigsplatz 9, 83022 Rosenheim
Tel. 08031 3518-40"""),

    dict(id="s11de011", country="DE", date="2026-12-11T10:40", fmt="tb", stage="reminder", ago=4,
         inv="HE-26-1254", amt="2.186,50", due="2026-11-26",
         frm="Brigitte Zehentbauer <gemeindekasse@kirchdorf-inn.de>",
         intent="promise", promise_date="2026-12-17",
         note="Municipal treasury: payment ordered, goes out with the Zahllauf on 17.12.2026.",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung über die Reparatur der Brandmeldeanlage in der Mittelschule Kirchdorf wurde nach sachlicher und rechnerischer Prüfung durch das Bauamt inzwischen zur Zahlung angeordnet. Die Auszahlung erfolgt mit dem nächsten Zahllauf unserer Gemeindekasse am 17.12.2026.

Die Verzögerung bitten wir zu entschuldigen; die Rechnung lag längere Zeit bei der Schulleitung zur Bestätigung.

Mit freundlichen Grüßen
Im Auftrag

Brigitte Zehentbauer
Markt Kirchdorf a. Inn
Kämmerei / Gemeindekasse
Rathausplatz 1, 83527 Kirchdorf a. Inn
Telefon 08072 9190-22
www.kirchdorf-inn.de

Informationen zum Datenschutz finden Sie unter www.kirchdorf-inn.de/datenschutz"""),

    dict(id="s11de012", country="DE", date="2026-12-29T12:14", fmt="apple", stage="reminder", ago=1,
         inv="HE-26-1377", amt="148,00", due="2026-12-18",
         frm="Lea Sommerauer <lea.sommerauer@icloud.com>",
         intent="paid", paid_on="2026-12-28",
         note="Tenant: transferred 'gestern' = Monday 28 December.",
         body="""Hallo, hab ich gestern überwiesen, hatte es über die Feiertage total vergessen. Sorry!
LG Lea Sommerauer

Von meinem iPhone gesendet"""),

    dict(id="s11de013", country="DE", date="2027-01-07T20:05", fmt="gmail", stage="firm", ago=3,
         inv="HE-26-1345", amt="4.380,00", due="2026-12-10",
         frm="Rainer Bachmaier <r.bachmaier@bachmaier-online.de>",
         intent="plan_request",
         note="Homeowner asks to pay the alarm system in three or four monthly instalments; no date committed.",
         body="""Sehr geehrte Damen und Herren,

ich weiß, dass die Rechnung für die Alarmanlage schon länger offen ist, und das ist mir unangenehm. Wir hatten Anfang Dezember einen Wasserschaden im Keller, und die Versicherung lässt sich mit der Erstattung Zeit. Deshalb ist es bei uns gerade ziemlich eng.

Wäre es möglich, die 4.380 € in Raten abzuzahlen? Ich könnte mir drei oder vier Monatsraten vorstellen, richte mich da aber gerne nach Ihnen. Mit der Anlage selbst sind wir übrigens sehr zufrieden.

Über eine kurze Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Rainer Bachmaier
Tel. 0171 4482916"""),

    dict(id="s11de014", country="DE", date="2026-12-08T09:55", fmt="gmail", stage="reminder", ago=1,
         inv="HE-26-1301", amt="640,50", due="2026-11-27",
         frm="Stefan Pfaffinger <info@autohaus-pfaffinger.de>",
         intent="other",
         note="Wrong recipient: a car dealer with the same surname never ordered anything; asks to fix the address.",
         body="""Grüß Gott,

ich glaube, da liegt eine Verwechslung vor. Wir sind das Autohaus Pfaffinger in Traunreut und haben bei Ihnen nie etwas beauftragt. Auf der Rechnung steht als Leistungsort eine Adresse in Prien, da haben wir keine Filiale.

Vielleicht ist die Pfaffinger Haustechnik in Prien gemeint? Die sind mit uns weder verwandt noch verschwägert, auch wenn das ständig jemand fragt.

Bitte korrigieren Sie die Adresse bei sich.

Freundliche Grüße
Stefan Pfaffinger
Autohaus Pfaffinger GmbH
Traunsteiner Str. 90, 83301 Traunreut"""),

    dict(id="s11de015", country="DE", date="2027-01-12T11:21", fmt="html_outlook", stage="second_reminder", ago=1,
         inv=[("HE-26-1356", "412,00", "2026-12-14"), ("HE-26-1381", "1.086,20", "2026-12-21")],
         frm="Markus Rainer <m.rainer@huber-immobilien-rosenheim.de>",
         intent="contact_change", new_email="rechnungen@huber-immobilien-rosenheim.de",
         note="Former contact has left; all invoices and reminders to the central mailbox from now on.",
         body="""Guten Tag,

Frau Pichler ist seit Jahresbeginn nicht mehr bei uns tätig, Ihre Erinnerung ist nur durch Zufall bei mir gelandet.

Bitte schicken Sie Rechnungen, Erinnerungen und Mahnungen ab sofort nur noch an unser zentrales Postfach rechnungen@huber-immobilien-rosenheim.de. Dort werden sie täglich bearbeitet und den Objekten zugeordnet. Die beiden genannten Rechnungen habe ich bereits dorthin weitergegeben.

Vielen Dank und freundliche Grüße

Markus Rainer
Huber Immobilien GmbH & Co. KG
Hausverwaltung · WEG- und Mietverwaltung
Prinzregentenstraße 40, 83022 Rosenheim
Telefon 08031 380460"""),

    dict(id="s11de016", country="AT", date="2026-12-22T14:08", fmt="gmail", stage="reminder", ago=1,
         inv="HE-26-1366", amt="1.947,00", due="2026-12-11",
         frm="Gasthof Zum Kaiserblick <office@kaiserblick-ebbs.at>",
         intent="promise", promise_date="2027-01-15",
         note="Tyrolean inn: 'bis spätestens 15. Jänner' (Austrian for January).",
         body="""Grüß Gott,

danke für die Erinnerung. Wir haben bis Anfang Jänner Hochsaison und ich komm vorher einfach nicht zur Buchhaltung. Die Überweisung mache ich bis spätestens 15. Jänner, dann ist das erledigt.

Schöne Feiertage und einen guten Rutsch!

Mit freundlichen Grüßen
Andrea Schwaighofer
Gasthof Zum Kaiserblick
Kaiserbergstraße 12, 6341 Ebbs, Tirol
Tel. +43 5373 42118"""),

    dict(id="s11de017", country="DE", date="2026-12-28T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="HE-26-1389", amt="726,80", due="2026-12-17",
         frm="Johanna Maierhofer <j.maierhofer@bergbrand-getraenke.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away up to and including 6 January 2027 (Epiphany); back Thursday 7 January.",
         body="""Vielen Dank für Ihre E-Mail.

Ich bin bis einschließlich 6. Januar 2027 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@bergbrand-getraenke.de oder telefonisch an 08036 3091-0.

Mit freundlichen Grüßen
Johanna Maierhofer
Bergbrand Getränke GmbH"""),

    dict(id="s11de018", country="DE", date="2026-12-10T21:47", fmt="gmail", stage="second_reminder", ago=3,
         inv="HE-26-1230", amt="318,00", due="2026-11-16",
         frm="Christian Mayr <vorstand@musikkapelle-soechtenau.de>",
         intent="paid", paid_on="2026-12-07",
         note="Club chairman: the treasurer transferred it 'am Montag' = 7 December (reply Thursday 10 December).",
         body="""Hallo,

ich hab mit unserem Kassier gesprochen, der Sepp hat die Rechnung am Montag überwiesen. Er meinte, er hätte die erste Erinnerung gar nicht bekommen, weil die Mails an den Verein alle bei mir landen. Sorry dafür.

Falls nix ankommt, meldet euch bitte nochmal bei mir.

Viele Grüße
Christian Mayr
1. Vorstand Musikkapelle Söchtenau e.V.
0160 9183554"""),

    dict(id="s11de019", country="DE", date="2027-01-14T16:02", fmt="html_gmail", stage="reminder", ago=3,
         inv="HE-26-1414", amt="498,00", due="2027-01-04",
         frm="Optik Kreuzer <info@optik-kreuzer.de>",
         intent="dispute",
         note="Maintenance contract was cancelled for 31.12.2026; asks to cancel the 2027 maintenance invoice.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung HE-26-1414 über die „Wartungspauschale Einbruchmeldeanlage 2027“ ist aus unserer Sicht nicht geschuldet. Wir haben den Wartungsvertrag mit Schreiben vom 12. September 2026 fristgerecht zum 31.12.2026 gekündigt. Die Kündigung ging per Einschreiben an Ihre Adresse in der Kufsteiner Straße, der Rückschein liegt uns vor.

Wir bitten Sie, die Rechnung zu stornieren und uns die Kündigung noch einmal schriftlich zu bestätigen. Eine Kopie des Kündigungsschreibens schicke ich Ihnen gerne zu.

Mit freundlichen Grüßen
Petra Kreuzer

Optik Kreuzer
Inh. Petra Kreuzer
Salinstraße 6 · 83022 Rosenheim
Tel. 08031 12789"""),

    dict(id="s11de020", country="DE", date="2026-12-21T10:36", fmt="outlook", stage="firm", ago=7,
         inv="HE-26-1212", amt="2.655,40", due="2026-11-13",
         frm="Sandra Kiefl <buero@gasteiger-haustechnik.de>",
         intent="promise", promise_date="2026-12-30",
         note="Office assistant passes on the boss's answer: transfer on 30.12.",
         body="""Guten Tag,

anbei die Antwort von unserem Chef zu Ihrer Mahnung. Er ist diese Woche auf Baustellen unterwegs, bei Rückfragen also bitte an mich.

Viele Grüße
Sandra Kiefl
Büro

Gasteiger Haustechnik GmbH
Heizung · Sanitär · Solar
Gewerbering 7, 83071 Stephanskirchen
Tel. 08036 90 77 20

-----Ursprüngliche Nachricht-----
Von: Georg Gasteiger <g.gasteiger@gasteiger-haustechnik.de>
Gesendet: Montag, 21. Dezember 2026 07:12
An: Sandra Kiefl <buero@gasteiger-haustechnik.de>
Betreff: AW: WG: 2. Mahnung HE-26-1212

Sandra, sag denen bitte, wir überweisen am 30.12. Die Schlusszahlung vom BV Thansau kommt vorher rein. Rechnung passt so.
Gruß Schorsch

Von meinem Smartphone gesendet"""),

    dict(id="s11de021", country="DE", date="2026-12-16T12:50", fmt="html_gmail", stage="reminder", ago=2,
         inv="HE-26-1338", amt="455,30", due="2026-12-07",
         frm="Physiotherapie Leitner <kontakt@physio-leitner.de>",
         intent="paid", paid_on="2026-12-14",
         note="Transfer went out on 14.12.; side remark about changing the cleaning day does not need a reply first.",
         body="""Hallo liebes Hofstätter-Team,

die Überweisung ist am 14.12. rausgegangen, hat sich wohl mit Ihrer Mail überschnitten. Den Beleg aus dem Onlinebanking habe ich angehängt.

Wegen der Reinigung: ab Januar bitte dienstags statt montags, das hatte ich Ihrer Kollegin schon am Telefon gesagt.

Liebe Grüße aus der Praxis
Verena Leitner

Physiotherapie Leitner
Hofmühlstraße 3 · 83024 Rosenheim
Tel. 08031 24461 · www.physio-leitner.de"""),

    dict(id="s11de022", country="DE", date="2027-01-19T09:14", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="HE-26-1392", amt="1.264,90", due="2026-12-28",
         frm="Katharina Wiesböck <finanzverwaltung@gemeinde-hainbach.de>",
         intent="copy_request",
         note="Municipality can only process the invoice as an XRechnung with its Leitweg-ID; asks for resubmission.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Mahnung teilen wir mit, dass uns die Rechnung HE-26-1392 (Unterhaltsreinigung Rathaus und Bauhof, Dezember 2026) bisher nur als PDF-Anhang per E-Mail vorliegt.

Eine Bearbeitung ist uns nur möglich, wenn die Rechnung als XRechnung über das Rechnungseingangsportal bei uns eingeht. Bitte geben Sie dabei unsere Leitweg-ID 09187134-HAIN-43 an. Die Zugangsdaten zum Portal finden Sie auf unserer Homepage unter „Rathaus > E-Rechnung“.

Wir bitten Sie, die Rechnung entsprechend neu einzureichen. Die Zahlungsfrist beginnt erst mit Eingang einer ordnungsgemäßen Rechnung; Verzugszinsen können wir daher nicht anerkennen.

Mit freundlichen Grüßen
Im Auftrag

Katharina Wiesböck
Gemeinde Hainbach – Finanzverwaltung
Kirchplatz 2 · 83137 Hainbach
Tel. 08039 9044-31"""),

    dict(id="s11de023", country="DE", date="2027-01-05T10:02", fmt="outlook", stage="reminder", ago=1,
         inv="HE-26-1371", amt="8.920,00", due="2026-12-23",
         frm="Kreditorenbuchhaltung Norvik Systems <ap-de@norvik-systems.com>",
         intent="promise",
         note="Shared service centre: approved and scheduled for 'the next payment run' (weekly); no single day. 29.12.2026 is the approval date.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Die Rechnung HE-26-1371 wurde am 29.12.2026 freigegeben und ist für den nächsten Zahllauf vorgesehen. Bitte beachten Sie, dass unsere Zahlläufe wöchentlich stattfinden und der Zahlungseingang bei Ihnen einige Bankarbeitstage dauern kann.

Ticket-Nr.: AP-DE-2027-000184
Bitte geben Sie bei Rückfragen immer die Ticketnummer an.

Mit freundlichen Grüßen

Ewa Kowalczyk
Accounts Payable – Shared Service Center Wrocław
Norvik Systems GmbH
Am Innspitz 4, 83022 Rosenheim

Norvik Systems GmbH | Sitz: Rosenheim | Amtsgericht Traunstein HRB 27391
Geschäftsführung: Lars Eklund, Dr. Judith Maurer
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail."""),

    dict(id="s11de024", country="DE", date="2027-01-21T14:33", fmt="outlook", stage="firm", ago=3,
         inv="HE-26-1276", amt="3.140,00", due="2026-12-01",
         frm="Reinhold Haslinger <r.haslinger@druckerei-haslinger.de>",
         intent="other",
         note="Provisional insolvency administration ordered; cannot pay old debts, refers to the administrator.",
         body="""Sehr geehrte Damen und Herren,

wir müssen Ihnen leider mitteilen, dass das Amtsgericht Rosenheim – Insolvenzgericht – mit Beschluss vom 11.01.2027 über das Vermögen der Druckerei Haslinger GmbH die vorläufige Insolvenzverwaltung angeordnet hat (Az. 2 IN 7/27). Zum vorläufigen Insolvenzverwalter wurde Rechtsanwalt Dr. Tobias Brenninger, Kanzlei Brenninger & Koll., Rosenheim, bestellt.

Zahlungen auf Altforderungen dürfen wir derzeit nicht leisten. Bitte wenden Sie sich mit Ihrer Forderung direkt an die Kanzlei (insolvenz@brenninger-koll.de). Eine Anmeldung zur Insolvenztabelle ist erst nach Eröffnung des Verfahrens möglich.

Es tut mir persönlich leid, nach so vielen Jahren guter Zusammenarbeit.

Mit freundlichen Grüßen
Reinhold Haslinger
Geschäftsführer

Druckerei Haslinger GmbH
Gießereistraße 12 · 83022 Rosenheim"""),

    dict(id="s11de025", country="DE", date="2026-12-09T16:45", fmt="outlook", stage="reminder", ago=2,
         inv="HE-26-1309", amt="1.232,00", due="2026-11-30",
         frm="Florian Wendl <kanzlei@bauer-wendl.de>",
         intent="dispute",
         note="Office cleaning missed four dates in November; asks for a credit note and withholds payment.",
         body="""Sehr geehrte Damen und Herren,

zur Rechnung HE-26-1309 (Unterhaltsreinigung November 2026):

Laut Reinigungsvertrag ist eine Reinigung dreimal wöchentlich (Montag, Mittwoch, Freitag) vereinbart. Im November ist Ihr Personal an vier Terminen nicht erschienen, nämlich am 06.11., 13.11., 18.11. und 25.11. Das haben wir jeweils am Folgetag Ihrer Objektleiterin, Frau Demir, gemeldet. Außerdem wurden die Papierkörbe im zweiten OG über Wochen nicht geleert.

Abgerechnet wurde trotzdem der volle Monat. Wir bitten um eine Gutschrift für die ausgefallenen Termine bzw. um eine korrigierte Rechnung. Bis dahin halten wir die Zahlung zurück.

Mit freundlichen Grüßen

Dipl.-Kfm. Florian Wendl
Steuerberater

Bauer & Wendl Steuerberatungsgesellschaft mbH
Bahnhofstraße 17 · 83022 Rosenheim
Tel. 08031 234570 · Fax 08031 234579
www.bauer-wendl.de

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),

    dict(id="s11de026", country="CH", date="2026-12-17T09:27", fmt="html_outlook", stage="reminder", ago=3,
         inv="HE-26-1352", amt="2.410,00", due="2026-12-09",
         frm="Nadine Zürcher <kreditoren@suter-ag.ch>",
         intent="promise", promise_date="2027-01-08",
         note="Swiss accounts payable: payment run on 8 January 2027 (office closed 24 Dec to 4 Jan).",
         body="""Guten Tag

Besten Dank für Ihre Erinnerung. Die Rechnung betrifft unsere Niederlassung in Rosenheim und musste zuerst von der dortigen Filialleitung visiert werden. Das ist inzwischen erfolgt.

Die Zahlung wird mit unserem nächsten EUR-Zahlungslauf am 8. Januar 2027 ausgeführt. Ein früherer Termin ist leider nicht möglich, da unsere Buchhaltung vom 24. Dezember bis 4. Januar geschlossen ist.

Freundliche Grüsse

Nadine Zürcher
Kreditorenbuchhaltung

Gebr. Suter AG
Rorschacher Strasse 150
9006 St. Gallen
Schweiz
Tel. +41 71 228 44 60"""),

    dict(id="s11de027", country="DE", date="2027-01-13T11:05", fmt="tb", stage="second_reminder", ago=2,
         inv=[("HE-26-1290", "684,00", "2026-11-30"), ("HE-26-1312", "1.208,40", "2026-12-07"),
              ("HE-26-1347", "239,70", "2026-12-14")],
         frm="Monika Stadler <verwaltung@baeckerei-stadler.de>",
         intent="paid", paid_on="2027-01-08",
         note="All three invoices paid in one collective transfer of 2.132,10 € on 8 January; reference was vague.",
         body="""Hallo zusammen,

alle drei Rechnungen (1290, 1312 und 1347) haben wir am 8. Januar in einer Sammelüberweisung über 2.132,10 € bezahlt. Im Verwendungszweck stand nur „Hofstätter Rechnungen Nov/Dez“, vielleicht ist es deshalb bei Ihnen nicht zugeordnet worden. Das war mein Fehler, sorry.

Können Sie das bitte nochmal prüfen und die Mahnung stornieren?

Danke und Grüße
Monika Stadler

Bäckerei Stadler GmbH – Verwaltung
Wasserburger Landstraße 31, 83026 Rosenheim
08031 61330"""),

    dict(id="s11de028", country="AT", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="HE-26-1374", amt="615,00", due="2026-12-14",
         frm="Mag. Daniela Aigner <d.aigner@hausverwaltung-aigner.at>",
         intent="out_of_office", return_date="2027-01-08",
         note="Austrian property manager on holiday until 7 Jänner, back in the office Friday 8 January.",
         body="""Sehr geehrte Damen und Herren,

ich bin bis 7. Jänner 2027 auf Urlaub und ab Freitag, 8. Jänner, wieder im Büro erreichbar. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Angelegenheiten (Gebrechen, Notfälle in den Wohnanlagen) erreichen Sie unseren Notdienst unter +43 5372 63290.

Mit freundlichen Grüßen
Mag. Daniela Aigner
Hausverwaltung Aigner GmbH
Unterer Stadtplatz 9, 6330 Kufstein"""),

    dict(id="s11de029", country="DE", date="2026-12-14T17:12", fmt="gmail", stage="reminder", ago=0,
         inv="HE-26-1323", amt="267,75", due="2026-12-03",
         frm="Malerbetrieb Obermüller <info@maler-obermueller.de>",
         intent="bank_details",
         note="Direct debit failed because their old account was closed; gives the new IBAN for collection.",
         body="""Hallo,

die Lastschrift ist wahrscheinlich zurückgegangen, weil wir im November die Bank gewechselt haben und das alte Konto bei der Raiba aufgelöst ist. Hätte ich euch früher sagen sollen.

Neue Bankverbindung:
Malerbetrieb Obermüller
IBAN DE32 7115 0000 0020 4418 93
Sparkasse Rosenheim-Bad Aibling

Bitte zieht den Betrag einfach nochmal vom neuen Konto ein. Ein neues Mandat unterschreib ich gern, schickt es mir einfach zu.

Gruß
Andreas Obermüller
Malermeister
Tel. 0175 2283449"""),

    dict(id="s11de030", country="DE", date="2027-01-19T22:14", fmt="gmail", stage="second_reminder", ago=1,
         inv="HE-26-1398", amt="95,20", due="2026-12-29",
         frm="Kevin Hartl <kevin.hartl93@gmail.com>",
         intent="promise", promise_date="2027-01-20",
         note="'morgen' from a Tuesday-evening reply = Wednesday 20 January.",
         body="""ok zahl ich morgen, sorry"""),

    dict(id="s11de031", country="DE", date="2026-12-15T06:48", fmt="tb", stage="reminder", ago=1,
         inv="HE-26-1342", amt="212,60", due="2026-12-04",
         frm="Franz Zellner <franz.zellner@t-online.de>",
         intent="paid", paid_on="2026-12-11",
         note="Typed without umlauts: transferred 'am fr' = Friday 11 December (reply Tuesday 15th).",
         body="""guten morgen

hab das geld am fr ueberwiesen, 212,60 euro, von der sparkasse aus. muesste also schon bei ihnen sein, die mahnung haetten sie sich sparen koennen.

mfg
zellner"""),

    dict(id="s11de032", country="DE", date="2027-01-26T19:30", fmt="gmail", stage="final_notice", ago=1,
         inv="HE-26-1284", amt="2.870,00", due="2026-12-02",
         frm="Julia Brandstetter <vorstand@kinderhaus-regenbogen-bruckmuehl.de>",
         intent="plan_request",
         note="Parents' association asks for a deferral until the subsidy arrives, or instalments; no date offered.",
         body="""Sehr geehrte Damen und Herren,

wir bedauern sehr, dass die Rechnung für die Erneuerung der Brandmelde- und Alarmanlage in unserem Kinderhaus noch immer offen ist, und möchten es auf keinen Fall zu einem Inkassoverfahren kommen lassen.

Zur Erklärung: Wir sind ein kleiner Elternverein. Die Maßnahme wurde vom Landratsamt kurzfristig angeordnet; die zugesagte Förderung der Gemeinde ist noch nicht ausgezahlt, und unsere Rücklagen reichen derzeit nicht für den Gesamtbetrag.

Wir möchten Sie daher höflich bitten, uns die Forderung bis zum Eingang der Fördermittel zu stunden oder uns eine Zahlung in Teilbeträgen zu ermöglichen. Einen Termin für die Auszahlung hat uns die Gemeinde leider noch nicht genannt. Für einen Vorschlag von Ihrer Seite wären wir sehr dankbar.

Mit freundlichen Grüßen

Julia Brandstetter
1. Vorsitzende
Kinderhaus Regenbogen e.V.
Am Kirchfeld 5, 83052 Bruckmühl
Vereinsregister Amtsgericht Traunstein VR 200417"""),

    dict(id="s11de033", country="DE", date="2026-12-07T14:20", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("HE-26-1186", "356,00", "2026-10-30"), ("HE-26-1219", "1.044,25", "2026-11-12")],
         frm="Tanja Huber <buchhaltung@seeblick-prien.de>",
         intent="copy_request",
         note="Hotel cannot find the two invoices (only 1179 and 1225 booked, both paid); asks for copies and an open-items statement.",
         body="""Guten Tag,

wir können die beiden Rechnungen in unserer Buchhaltung nicht finden. Bei uns sind für Oktober und November nur Rechnungen von Ihnen mit anderen Nummern gebucht (HE-26-1179 und HE-26-1225), und die sind beide bezahlt.

Bitte schicken Sie uns Kopien von HE-26-1186 und HE-26-1219 sowie einen aktuellen Kontoauszug bzw. eine Offene-Posten-Liste für unser Kundenkonto, damit wir abgleichen können.

Danke und freundliche Grüße

Tanja Huber
Buchhaltung

Hotel Seeblick am Chiemsee GmbH
Seestraße 21 · 83209 Prien am Chiemsee
Tel. 08051 6908-0 · www.seeblick-prien.de"""),

    dict(id="s11de034", country="DE", date="2027-01-26T07:58", fmt="apple", stage="final_notice", ago=1,
         inv="HE-26-1361", amt="3.296,00", due="2026-12-18",
         frm="Dr. Markus Pongratz <m.pongratz@pongratz-mail.de>",
         intent="dispute",
         note="Angry: alarm system keeps giving false alarms; refuses to pay until fixed. 'Ende Januar' is his deadline for the repair, not a promise.",
         body="""Sehr geehrte Damen und Herren,

Inkasso? Das ist wohl ein Witz.

Die Alarmanlage, die Ihre Firma im November bei uns eingebaut hat, hat seit der Inbetriebnahme sechs Fehlalarme ausgelöst, zwei davon nachts um drei, einmal mit Polizeieinsatz. Ich habe das am 2.12., am 19.12. und am 11.1. gemeldet, schriftlich und telefonisch. Ihr Techniker war ein einziges Mal da, hat einen Bewegungsmelder „neu justiert“, und seitdem hat sich niemand mehr gemeldet.

Solange die Anlage nicht zuverlässig funktioniert, zahle ich keinen Cent. Ich fordere Sie auf, den Mangel bis Ende Januar zu beseitigen. Andernfalls schalte ich einen Anwalt ein und reiche die Kosten des Polizeieinsatzes an Sie weiter.

Und schicken Sie mir bitte nicht noch einmal so ein automatisches Schreiben, ohne dass sich jemand die Akte angeschaut hat.

Dr. Markus Pongratz
Happinger Straße 88
83026 Rosenheim"""),

    dict(id="s11de035", country="DE", date="2027-01-12T15:40", fmt="html_outlook", stage="reminder", ago=1,
         inv="HE-26-1397", amt="1.785,00", due="2027-01-08",
         frm="Claudia Reiter <verwaltung@montessori-chiemgau.de>",
         intent="promise", promise_date="2027-01-20",
         note="Will transfer on 20.01.; the request for test protocols is separate and does not hold up payment.",
         body="""Sehr geehrte Damen und Herren,

danke für die Erinnerung. Die Rechnung für die DGUV-V3-Prüfung ist freigegeben und wird am 20.01. überwiesen. Wir überweisen Handwerkerrechnungen immer gesammelt zum 20. des Monats.

Unabhängig davon eine Bitte: Für unsere Unterlagen (Begehung durch die Unfallkasse im Februar) bräuchten wir noch die Prüfprotokolle der geprüften Geräte als PDF. Könnten Sie diese an hausmeister@montessori-chiemgau.de schicken?

Mit freundlichen Grüßen

Claudia Reiter
Verwaltung

Montessori-Schule Chiemgau
Staatlich anerkannte Grund- und Mittelschule
Schulweg 2 · 83346 Bergen
Tel. 08662 4192-0"""),

    dict(id="s11de036", country="DE", date="2026-12-22T08:31", fmt="ooo", stage="reminder", ago=1,
         inv="HE-26-1385", amt="438,60", due="2026-12-16",
         frm="Sekretariat Grundschule Aising <sekretariat@gs-aising.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="School office closed up to and including Friday 08.01.2027; first working day after is Monday 11 January.",
         body="""Liebe Absenderin, lieber Absender,

das Sekretariat der Grundschule Aising ist während der Weihnachtsferien bis einschließlich 08.01.2027 nicht besetzt. Ihre Nachricht wird nach den Ferien bearbeitet.

Krankmeldungen für den ersten Schultag bitte wie gewohnt bis 7:45 Uhr telefonisch oder über die Schul-App.

Frohe Weihnachten und ein gutes neues Jahr!
Ihr Sekretariat der Grundschule Aising"""),

    dict(id="s11de037", country="DE", date="2027-01-04T09:48", fmt="tb", stage="second_reminder", ago=0,
         inv="HE-26-1333", amt="6.412,80", due="2026-12-11",
         frm="Bernd Lindner <fibu@reiserer-kunststoff.de>",
         intent="paid", paid_on="2026-12-22",
         note="Paid in the payment run of 22.12.2026, less 2 % early-payment discount (6.284,54 €); remittance advice attached.",
         body="""Sehr geehrte Damen und Herren,

laut unserem System wurde die Rechnung HE-26-1333 am 22.12.2026 im Rahmen unseres Zahllaufs bezahlt, abzüglich 2 % Skonto gemäß Ihren Zahlungsbedingungen, also mit 6.284,54 €. Das Zahlungsavis finden Sie im Anhang.

Bitte gleichen Sie Ihre offenen Posten ab. Sollte die Zahlung bei Ihnen nicht eingegangen sein, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen
i. A. Bernd Lindner
Finanzbuchhaltung

Reiserer Kunststofftechnik GmbH
Industriestraße 41 · 83043 Bad Aibling
Tel. +49 8061 9370-215
Geschäftsführer: Johann Reiserer · Amtsgericht Traunstein HRB 11206"""),

    dict(id="s11de038", country="DE", date="2027-01-27T10:10", fmt="gmail", stage="reminder", ago=2,
         inv="HE-27-0014", amt="324,00", due="2027-01-20",
         frm="Lukas Franke <lukas@radl-eck.de>",
         intent="contact_change", new_email="buchhaltung@radl-eck.de",
         note="Bike shop: no longer in charge, send it to the accounts mailbox.",
         body="""Hi,

bin dafür nicht mehr zuständig, seit Januar macht das die Anna bei uns. Schick das bitte an buchhaltung@radl-eck.de, dann geht das nicht unter.

Grüße
Lukas"""),

    dict(id="s11de039", country="DE", date="2027-01-18T16:30", fmt="none", stage="reminder", ago=0,
         inv="HE-27-0006", amt="118,30", due="2027-01-15",
         frm="Gertraud Auer <gertraud.auer@t-online.de>",
         intent="other",
         note="Pensioner asks whether she may pay cash to the technician on Thursday or at the office: a question, no commitment.",
         body="""Sehr geehrte Damen und Herren,

ich habe kein Onlinebanking und gehe ungern wegen jeder Kleinigkeit zur Bank. Kann ich die Rechnung auch bar bei Ihrem Monteur bezahlen, der am Donnerstag wegen der Rauchmelder im Keller noch einmal kommt? Oder soll ich lieber bei Ihnen im Büro in der Kufsteiner Straße vorbeikommen?

Bitte geben Sie mir kurz Bescheid, was Ihnen lieber ist.

Mit freundlichen Grüßen
Gertraud Auer"""),

    dict(id="s11de040", country="DE", date="2027-01-11T18:05", fmt="gmail", stage="firm", ago=7,
         inv="HE-26-1293", amt="1.876,00", due="2026-12-03",
         frm="Zimmerei Kriechbaum <info@zimmerei-kriechbaum.de>",
         intent="promise", promise_date="2027-01-31",
         note="'Ende Januar zahl ich auf jeden Fall' = 31 January.",
         body="""Hallo zusammen,

ich weiß, ich bin spät dran. Der Bauherr vom Mehrfamilienhaus in Kolbermoor hat seine Abschlagsrechnung immer noch nicht bezahlt und ich häng da mit fast 40.000 € drin. Sobald das Geld da ist, seid ihr die Ersten. Ende Januar zahl ich eure Rechnung aber auf jeden Fall, notfalls über den Kontokorrent.

Bitte noch keine Verzugszinsen, wir arbeiten doch schon seit Jahren zusammen.

Gruß
Hans Kriechbaum
Zimmerei Kriechbaum
Tel. 0171 6630218"""),
]

EXTRA_KNOWN = ["HE-26-1179", "HE-26-1225"]
