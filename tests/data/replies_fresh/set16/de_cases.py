"""German replies (Germany and Austria) to Druckhaus Lindner GmbH, Regensburg. Each body handwritten."""

CASES = [
    dict(id="s16de001", country="DE", date="2026-12-07T19:42", fmt="gmail", stage="reminder", ago=4,
         inv="DL-26-1318", amt="386,40", due="2026-11-27",
         frm="Katharina Wimmer <kathi.wimmer@gmx.de>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday (reply Monday 7 Dec) -> Friday 11 Dec.",
         body="""Hallo,

oh, das ist tatsächlich untergegangen, sorry! Wir waren die letzten Wochen mit dem Umzug beschäftigt. Ich überweise die 386,40 € am Freitag, da kommt das Gehalt.

Die Karten sind übrigens super geworden, alle Gäste waren begeistert.

Viele Grüße
Katharina Wimmer"""),

    dict(id="s16de002", country="AT", date="2026-12-09T10:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="DL-26-1204", amt="2.148,00", due="2026-11-10",
         frm="Sabine Moosbrugger <buchhaltung@alpenrose-salzburg.at>",
         intent="paid", paid_on="2026-12-04",
         note="Transfer made on 04.12.2026; 'Feiertag gestern' is 8 Dec in Austria, not a payment date.",
         body="""Sehr geehrte Damen und Herren,

bitte entschuldigen Sie die späte Rückmeldung, wir hatten gestern Feiertag.

Die Rechnung DL-26-1204 über EUR 2.148,00 wurde von uns am 04.12.2026 per Überweisung beglichen (Auftraggeber: Hotel Alpenrose Betriebs GmbH, Verwendungszweck „DL-26-1204 Speisekarten“). Die Zahlung sollte mittlerweile bei Ihnen eingelangt sein – falls nicht, geben Sie uns bitte kurz Bescheid, dann lassen wir das bei unserer Bank prüfen.

Mit freundlichen Grüßen

Sabine Moosbrugger
Buchhaltung

Hotel Alpenrose Betriebs GmbH
Linzer Gasse 41, 5020 Salzburg
T +43 662 873412-20
buchhaltung@alpenrose-salzburg.at
FN 214587k · Landesgericht Salzburg · UID ATU57321408"""),

    dict(id="s16de003", country="DE", date="2026-12-08T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="DL-26-1251", amt="964,90", due="2026-11-30",
         frm="Hofbauer, Ingrid <ingrid.hofbauer@stadt-kelheim.de>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away until and including Friday 18.12.2026 -> back Monday 21 December.",
         body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18.12.2026 nicht im Dienst. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Kulturamt, Tel. 09441 701-240, kulturamt@stadt-kelheim.de.

Mit freundlichen Grüßen
Ingrid Hofbauer
Stadt Kelheim – Kulturamt"""),

    dict(id="s16de004", country="DE", date="2026-12-10T07:12", fmt="apple", stage="reminder", ago=1,
         inv="DL-26-1290", amt="249,90", due="2026-12-04",
         frm="Malerbetrieb Zellner <info@maler-zellner.de>",
         intent="promise", promise_date="2026-12-11",
         note="'morgen' written Thursday 10 Dec -> 11 Dec.",
         body="""ok zahl ich morgen

Gesendet von meinem iPhone"""),

    dict(id="s16de005", country="DE", date="2026-12-10T21:37", fmt="gmail", stage="firm", ago=3,
         inv="DL-26-1102", amt="1.176,00", due="2026-11-05",
         frm="Robert Ostermeier <vorstand@tsv-pfatter.de>",
         intent="dispute",
         note="Misprinted club magazine; refuses to pay until reprinted.",
         body="""Guten Abend,

jetzt bekommen wir auch noch eine Mahnung mit Verzugszinsen?? Ich habe Herrn Lindner schon Anfang November am Telefon gesagt, dass in der Vereinszeitung die Seiten 9 bis 16 doppelt drin sind und dafür die Mannschaftsfotos fehlen. 600 Hefte, die wir so nicht an die Mitglieder verteilen konnten!

Solange das nicht nachgedruckt ist, zahlen wir keinen Cent. Das habe ich auch so mit unserem Kassier besprochen.

Bitte melden Sie sich endlich mal mit einem Termin für den Nachdruck.

Gruß
Robert Ostermeier
1. Vorsitzender TSV Pfatter 1921 e.V."""),

    dict(id="s16de006", country="DE", date="2026-12-14T15:48", fmt="tb", stage="firm", ago=4,
         inv=[("DL-26-0977", "612,50", "2026-10-16"), ("DL-26-1089", "438,00", "2026-11-02")],
         frm="Monika Achatz <cafe-sahnehaeubchen@t-online.de>",
         intent="plan_request",
         note="Asks to pay both invoices in monthly instalments, amount and dates not yet fixed.",
         body="""Sehr geehrte Damen und Herren,

ich weiß, dass die beiden Rechnungen schon länger offen sind, und es ist mir auch unangenehm. Seit die Baustelle vor dem Laden ist (seit September!), haben wir gut ein Drittel weniger Umsatz, und im Moment reicht es gerade für Miete und Personal.

Wäre es möglich, die 1.050,50 € in mehreren Raten abzustottern? Ich würde gerne jeden Monat etwas zahlen, wie viel genau kann ich aber erst sagen, wenn ich mit meiner Steuerberaterin gesprochen habe. Bitte lassen Sie die Sache nicht gleich ans Inkasso gehen.

Mit freundlichen Grüßen
Monika Achatz
Café Sahnehäubchen
Ludwigstraße 8, 94032 Passau
Tel. 0851 37192"""),

    dict(id="s16de007", country="DE", date="2026-12-15T09:02", fmt="html_outlook", stage="reminder", ago=5,
         inv="DL-26-1197", amt="3.420,00", due="2026-11-25",
         frm="Hölzl, Jasmin <kreditoren@kliniken-donau-wald.de>",
         intent="copy_request",
         note="Needs a corrected invoice with purchase-order number before it can be released.",
         body="""Sehr geehrte Damen und Herren,

zu o. g. Rechnung liegt uns keine Bestellnummer vor. Rechnungen ohne gültige Bestellnummer (Format 45xxxxxxxx) können gemäß unseren Einkaufsbedingungen nicht bearbeitet bzw. zur Zahlung freigegeben werden.

Bitte lassen Sie uns eine korrigierte Rechnung mit Angabe der Bestellnummer sowie der anfordernden Abteilung zukommen. Im Original ist uns die Rechnung bisher ebenfalls nicht zugegangen.

Vielen Dank.

Mit freundlichen Grüßen
i. A. Jasmin Hölzl
Kreditorenbuchhaltung

Kliniken Donau-Wald gGmbH
Finanz- und Rechnungswesen
Perlasberger Straße 41, 94469 Deggendorf
Tel.: 0991 380-4417

Geschäftsführer: Dr. Alois Weigl · Sitz der Gesellschaft: Deggendorf · Registergericht Deggendorf HRB 3318

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""),

    dict(id="s16de008", country="AT", date="2026-12-17T13:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="DL-26-1150", amt="718,20", due="2026-11-18",
         frm="Tischlerei Haselwanter <office@tischlerei-haselwanter.at>",
         intent="promise", promise_date="2027-01-15",
         note="'bis spätestens 15. Jänner' -> 15 January 2027.",
         body="""Grüß Gott,

danke für die Erinnerung. Bei uns ist grad Hochsaison mit den Küchen vor Weihnachten und die Kunden zahlen selber erst im Jänner. Ich schau, dass ich die 718,20 bis spätestens 15. Jänner überweise, früher geht's leider nicht.

Schöne Feiertage
Hannes Haselwanter

Tischlerei Haselwanter
Innsbrucker Straße 22, 6060 Hall in Tirol
0664 / 381 22 07"""),

    dict(id="s16de009", country="DE", date="2026-12-16T11:15", fmt="outlook", stage="firm", ago=6,
         inv="DL-26-1066", amt="1.900,00", due="2026-11-20",
         frm="Autohaus Brandl GmbH - Buchhaltung <rechnungswesen@autohaus-brandl.de>",
         intent="paid", paid_on="2026-12-11",
         note="Paid on 11.12. less 2 % discount (partial amount); payment already made.",
         body="""Sehr geehrte Damen und Herren,

wir haben am 11.12. einen Betrag von 1.862,00 € überwiesen. Das entspricht dem Rechnungsbetrag abzüglich 2 % Skonto, wie in unserer Rahmenvereinbarung vom März festgehalten.

Damit ist die Rechnung aus unserer Sicht ausgeglichen.

Mit freundlichen Grüßen

Petra Schmalzl
Buchhaltung
Autohaus Brandl GmbH
Landshuter Straße 120 | 93053 Regensburg
Tel. 0941 70 88 3-15 | Fax 0941 70 88 3-99
Geschäftsführer: Ludwig Brandl | AG Regensburg HRB 6621"""),

    dict(id="s16de010", country="DE", date="2026-12-11T08:34", fmt="bounce",
         inv="DL-26-1271", amt="143,80", due="2026-12-02",
         rcpt="info@gaertnerei-schwaiger.de", status="5.1.1", remote="mx00.ionos.de",
         diag="550 5.1.1 Requested action not taken: mailbox unavailable",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@gaertnerei-schwaiger.de

Requested action not taken: mailbox unavailable"""),

    dict(id="s16de011", country="DE", date="2026-12-18T10:44", fmt="html_outlook", stage="reminder", ago=1,
         inv="DL-26-1342", amt="540,00", due="2026-12-15",
         frm="Pruckner, Eva <e.pruckner@ib-pruckner.de>",
         intent="contact_change", new_email="rechnungen@ib-pruckner.de",
         note="Wants invoices and reminders sent to the invoices mailbox.",
         body="""Guten Tag,

bitte senden Sie Rechnungen und Zahlungserinnerungen künftig ausschließlich an rechnungen@ib-pruckner.de. Mein persönliches Postfach wird für Rechnungen nicht überwacht, dadurch gehen Ihre Mails bei uns leicht unter.

Danke und viele Grüße

Eva Pruckner
Ingenieurbüro Pruckner – Tragwerksplanung
Am Brückl 3, 93161 Sinzing
Tel. 09404 96 33 10"""),

    dict(id="s16de012", country="DE", date="2026-12-15T18:03", fmt="gmail", stage="reminder", ago=2,
         inv="DL-26-1231", amt="187,00", due="2026-12-01",
         frm="Gerlinde Pöschl <gerlinde.poeschl@web.de>",
         intent="paid", paid_on="2026-12-14",
         note="'gestern überwiesen' written Tuesday 15 Dec -> 14 Dec.",
         body="""Sehr geehrte Damen und Herren,

ich habe den Betrag für die Trauerkarten gestern überwiesen. Entschuldigen Sie die Verspätung, in den letzten Wochen war bei uns einfach zu viel los.

Mit freundlichen Grüßen
Gerlinde Pöschl"""),

    dict(id="s16de013", country="DE", date="2026-12-16T14:22", fmt="outlook", stage="second_reminder", ago=5, fwd=True,
         inv="DL-26-1175", amt="329,80", due="2026-11-22",
         frm="Praxis Dr. Maurer <praxis@zahnarzt-maurer.de>",
         intent="paid", paid_on="2026-12-10",
         note="Assistant forwards the dentist's answer: paid on 10.12.",
         body="""Sehr geehrte Damen und Herren,

unten die Antwort von Herrn Dr. Maurer zu Ihrer Mahnung, zur Info. Den Zahlungsbeleg hänge ich Ihnen an.

Freundliche Grüße
Lena Stadler
Praxismanagement

Zahnarztpraxis Dr. Maurer & Kollegen
Bahnhofstraße 3, 93047 Regensburg
Tel. 0941 561290

-----Ursprüngliche Nachricht-----
Von: Dr. Thomas Maurer <t.maurer@zahnarzt-maurer.de>
Gesendet: Mittwoch, 16. Dezember 2026 12:51
An: Praxis Dr. Maurer <praxis@zahnarzt-maurer.de>
Betreff: AW: 1. Mahnung: Rechnung DL-26-1175

Lena, das ist doch am 10.12. rausgegangen, zusammen mit der Laborrechnung. Schick denen bitte den Beleg, dann hat sich das erledigt.
TM"""),

    dict(id="s16de014", country="DE", date="2026-12-21T09:37", fmt="html_outlook", stage="final_notice", ago=4,
         inv=[("DL-26-0884", "2.960,00", "2026-10-09"), ("DL-26-0951", "1.244,60", "2026-10-28")],
         frm="Reindl, Claudia <c.reindl@reindl-metallbau.de>",
         intent="other",
         note="Preliminary insolvency proceedings: firm must file its claim with the administrator; no payment possible.",
         body="""Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass das Amtsgericht Landshut – Insolvenzgericht – mit Beschluss vom 30.11.2026 (Az. 3 IN 412/26) das vorläufige Insolvenzverfahren über das Vermögen der Gebr. Reindl Metallbau GmbH angeordnet und Herrn Rechtsanwalt Dr. Markus Feichtner, Landshut, zum vorläufigen Insolvenzverwalter bestellt hat.

Zahlungen auf Forderungen aus der Zeit vor der Anordnung dürfen wir derzeit nicht leisten. Bitte wenden Sie sich mit Ihren Forderungen direkt an die Kanzlei des vorläufigen Insolvenzverwalters (insolvenz@feichtner-partner.de). Von weiteren Mahnungen an uns bitten wir abzusehen.

Mit freundlichen Grüßen

Claudia Reindl
Kaufmännische Leitung

Gebr. Reindl Metallbau GmbH
Industriestraße 9, 84130 Dingolfing
Tel. 08731 3274-0
Amtsgericht Landshut HRB 5402 · Geschäftsführer: Josef Reindl, Anton Reindl"""),

    dict(id="s16de015", country="DE", date="2027-01-07T10:12", fmt="html_outlook", stage="reminder", ago=3,
         inv="DL-26-1377", amt="1.785,00", due="2026-12-28",
         frm="Kreditorenbuchhaltung Stadtwerke Neumarkt <kreditoren@stadtwerke-neumarkt.de>",
         intent="bank_details",
         note="Received a letter announcing a new (foreign) IBAN; payment on hold until the firm confirms its bank details.",
         body="""Sehr geehrte Damen und Herren,

uns hat am 22.12.2026 ein Schreiben mit Ihrem Briefkopf erreicht, in dem uns eine neue Bankverbindung bei einer Bank in Litauen (IBAN beginnend mit LT) mitgeteilt wird. Da uns das ungewöhnlich erscheint, haben wir die Zahlung Ihrer Rechnung DL-26-1377 vorerst angehalten.

Können Sie uns bitte bestätigen, ob sich Ihre Bankverbindung tatsächlich geändert hat? Wir rufen dazu auch gern unter der uns bekannten Nummer bei Ihnen an, nicht unter der im Schreiben angegebenen. Nach Klärung geben wir die Zahlung umgehend frei.

Mit freundlichen Grüßen

Markus Rieger
Kreditorenbuchhaltung
Stadtwerke Neumarkt i.d.OPf.
Tel. 09181 239-312
kreditoren@stadtwerke-neumarkt.de"""),

    dict(id="s16de016", country="AT", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="DL-26-1362", amt="1.320,00", due="2026-12-18",
         frm="Werbeagentur Kranzl & Partner <office@kranzl-partner.at>",
         subj_prefix="Abwesenheitsnotiz: ",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed 23.12. to 6.1. inclusive; back 7 January.",
         body="""Liebe Kundinnen und Kunden, liebe Partner,

unser Büro ist von 23. Dezember 2026 bis einschließlich 6. Jänner 2027 geschlossen. Ab 7. Jänner 2027 sind wir wieder gerne für Sie da.

Ihre Nachricht wird nicht weitergeleitet.

Wir wünschen frohe Weihnachten und einen guten Rutsch!

Ihr Team von Kranzl & Partner
Landstraße 58, 4020 Linz"""),

    dict(id="s16de017", country="DE", date="2026-12-17T16:05", fmt="tb", stage="second_reminder", ago=3,
         inv="DL-26-1183", amt="455,30", due="2026-11-26",
         frm="Johannes Kirchberger <kontakt@buchhandlung-theresienplatz.de>",
         intent="promise", promise_date="2026-12-21",
         note="'geht am Montag raus', written Thursday 17 Dec -> Monday 21 Dec.",
         body="""Guten Tag,

die Zahlung für die Lesezeichen und Plakate geht am Montag raus, dann ist bei uns das Weihnachtsgeschäft soweit abgerechnet. Sorry für die Verzögerung.

Beste Grüße aus Straubing
Johannes Kirchberger

-- 
Buchhandlung am Theresienplatz, Inh. J. Kirchberger e.K.
Theresienplatz 19 · 94315 Straubing · 09421 84431"""),

    dict(id="s16de018", country="DE", date="2026-12-29T11:11", fmt="gmail", stage="second_reminder", ago=6,
         inv="DL-26-1128", amt="892,00", due="2026-11-13",
         frm="Franz Gruber <gruber.elektro@t-online.de>",
         intent="unsubscribe",
         note="Demands to stop the automatic reminder mails; no payment statement.",
         body="""Hören Sie bitte auf, mir diese automatischen Mahnungen zu schicken. Ich bin seit 15 Jahren Kunde bei Ihnen, sowas kläre ich direkt mit Herrn Lindner und nicht mit einem Computer. Nehmen Sie mich aus diesem Verteiler raus.

F. Gruber
Elektro Gruber, Lappersdorf"""),

    dict(id="s16de019", country="DE", date="2027-01-11T15:40", fmt="html_outlook", stage="firm", ago=4,
         inv="DL-26-1301", amt="2.249,10", due="2026-12-14",
         frm="Dr. Verena Hausladen <hausladen@kanzlei-hausladen-roth.de>",
         intent="dispute",
         note="Invoiced 1,890 net against a quote of 1,450 net; contests the difference, asks for a corrected invoice.",
         body="""Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre Mahnung vom 7. Januar 2027 betreffend die Rechnung DL-26-1301.

Der Rechnung liegt Ihr Angebot Nr. A-26-311 vom 2. Oktober 2026 zugrunde, das wir am 5. Oktober 2026 schriftlich angenommen haben. Das Angebot weist für den Druck unserer Kanzleibroschüre (1.000 Exemplare, 16 Seiten, inkl. Veredelung) einen Festpreis von 1.450,00 € netto aus. In Rechnung gestellt wurden hingegen 1.890,00 € netto zzgl. USt. Eine Vereinbarung über Mehrkosten wurde weder schriftlich noch mündlich getroffen; Korrekturläufe waren nach dem Angebot im Preis enthalten.

Wir sind selbstverständlich bereit, den vereinbarten Betrag von 1.450,00 € netto (1.725,50 € brutto) zu zahlen, sobald uns eine entsprechend korrigierte Rechnung vorliegt. Die darüber hinausgehende Forderung sowie die angekündigten Verzugszinsen und Pauschalen weisen wir zurück, da ein Verzug mangels fälliger Forderung in dieser Höhe nicht eingetreten ist.

Wir bitten um Übersendung einer korrigierten Rechnung.

Mit freundlichen Grüßen

Dr. Verena Hausladen
Rechtsanwältin

Hausladen & Roth Rechtsanwälte PartG mbB
Maximilianstraße 22 · 93047 Regensburg
Telefon 0941 59 93 70 · Telefax 0941 59 93 79
hausladen@kanzlei-hausladen-roth.de
Partnerschaftsregister AG Nürnberg PR 418

Diese Nachricht ist vertraulich und kann dem Berufsgeheimnis unterliegen. Sollten Sie nicht der beabsichtigte Empfänger sein, benachrichtigen Sie uns bitte und löschen Sie die Nachricht."""),

    dict(id="s16de020", country="DE", date="2027-01-05T12:00", fmt="gmail", stage="second_reminder", ago=1,
         inv="DL-26-1266", amt="348,00", due="2026-12-12",
         frm="Brigitte Lallinger <kasse@musikverein-woerth.de>",
         intent="promise", promise_date="2027-01-31",
         note="'Ende Januar überweisen' -> 31 January; mid-January is only when dues are collected.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Als Kassiererin des Musikvereins muss ich Sie leider noch um etwas Geduld bitten: Die Mitgliedsbeiträge werden bei uns immer Mitte Januar eingezogen. Die Rechnung für die Programmhefte zum Adventskonzert werden wir dann Ende Januar überweisen.

Ich hoffe, das ist für Sie in Ordnung.

Mit musikalischen Grüßen
Brigitte Lallinger
Kassiererin
Musikverein Wörth a. d. Donau e.V."""),

    dict(id="s16de021", country="DE", date="2027-01-11T08:55", fmt="outlook", stage="firm", ago=4,
         inv=[("DL-26-0912", "1.190,00", "2026-10-20"), ("DL-26-0954", "833,00", "2026-10-30"), ("DL-26-1021", "297,50", "2026-11-09")],
         frm="Kreditoren Bauer Logistik <kreditoren@bauer-logistik.de>",
         intent="paid", paid_on="2027-01-08",
         note="Three invoices paid in one transfer on Friday 08.01.2027; rejects the late fees as a side remark.",
         body="""Guten Morgen,

die Rechnungen DL-26-0912, DL-26-0954 und DL-26-1021 wurden am Freitag, 08.01.2027, mit einer Sammelüberweisung über 2.320,50 EUR beglichen. Das Zahlungsavis finden Sie im Anhang.

Die in Ihrer Mahnung genannten Verzugszinsen und Pauschalen erkennen wir nicht an. Die Verzögerung ist durch die Umstellung unseres ERP-Systems im Herbst entstanden, wofür wir um Verständnis bitten.

Mit freundlichen Grüßen
i. A. Nicole Ebner
Kreditorenbuchhaltung

Bauer Logistik GmbH & Co. KG
Hafenstraße 31 · 93055 Regensburg
Tel. +49 941 69 77-230
Sitz Regensburg · AG Regensburg HRA 7715 · phG: Bauer Verwaltungs GmbH, AG Regensburg HRB 9910"""),

    dict(id="s16de022", country="DE", date="2027-01-04T08:33", fmt="ooo", stage="reminder", ago=0,
         inv="DL-26-1349", amt="2.011,10", due="2026-12-21",
         frm="Jonas Pfeffer <jonas@donaulicht-events.de>",
         intent="out_of_office", return_date="2027-01-18",
         note="On holiday until and including Friday 15.01.2027 -> back Monday 18 January.",
         body="""Hallo und danke für deine/Ihre Mail!

Ich bin bis einschließlich Freitag, 15.01.2027 im Urlaub und lese in der Zeit keine Mails. Ab dem 18. bin ich wieder da.

Bei allem rund um laufende Veranstaltungen hilft dir/Ihnen meine Kollegin Lea Brunner weiter: lea@donaulicht-events.de, 0941 280 77 14.

Jonas
Donaulicht Events"""),

    dict(id="s16de023", country="DE", date="2026-12-18T22:14", fmt="gmail", stage="reminder", ago=2,
         inv="DL-26-1326", amt="119,00", due="2026-12-11",
         frm="Tobias Eder <tobi.eder94@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for a PDF before paying.",
         body="""Hallo

ich hab von ihnen garkeine Rechnung bekommen, weder per Post noch per mail. Können sie mir die bitte nochmal schiken als pdf? Dann überweis ich das gleich.

Danke
Tobias Eder"""),

    dict(id="s16de024", country="AT", date="2027-01-08T14:27", fmt="apple", stage="firm", ago=3,
         inv="DL-26-1244", amt="1.566,00", due="2026-12-02",
         frm="Gasthof zur Post <gasthof.post@aon.at>",
         intent="plan_request",
         note="Asks to pay in three instalments, no dates given.",
         body="""Sehr geehrte Damen und Herren,

wir haben die Mahnung erhalten. Der Dezember war für uns leider ein Reinfall, weil wegen dem fehlenden Schnee die Skigäste ausgeblieben sind. Wäre es möglich, die Rechnung in drei Raten zu begleichen? Wir wollen das schon ordentlich zahlen, nur auf einmal geht es derzeit nicht.

Bitte um kurze Info, ob das für Sie passt.

Mit freundlichen Grüßen
Gerti Kohlmaier
Gasthof zur Post, Bad Kleinkirchheim

Von meinem iPad gesendet"""),

    dict(id="s16de025", country="DE", date="2027-01-12T10:20", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="DL-26-1355", amt="214,20", due="2026-12-18",
         frm="Miriam Seidl <hallo@yogaloft-regensburg.de>",
         intent="promise", promise_date="2027-01-20",
         note="'bis zum 20.' written 12 January -> 20 January 2027.",
         body="""Hallo liebes Lindner-Team,

ihr habt natürlich recht, die Rechnung für die Gutscheinkarten ist noch offen. Ich hatte sie im Dezember-Chaos schlicht verlegt. Ich überweise bis zum 20., versprochen!

Liebe Grüße
Miriam

--
Yoga Loft Regensburg · Miriam Seidl
Gesandtenstraße 5 · 93047 Regensburg
www.yogaloft-regensburg.de"""),

    dict(id="s16de026", country="DE", date="2027-01-13T16:44", fmt="gmail", stage="reminder", ago=2,
         inv="DL-26-1389", amt="278,46", due="2027-01-08",
         frm="Anneliese Huber <metzgerei.huber.abensberg@gmx.de>",
         intent="other",
         note="Wrong recipient: never ordered, probably a different business with the same name.",
         body="""Sehr geehrte Damen und Herren,

ich glaube, da liegt eine Verwechslung vor. Wir haben bei Ihnen nie etwas bestellt, unsere Flyer lassen wir seit Jahren online drucken. Vielleicht meinen Sie die Metzgerei Huber in Kelheim? Wir sind die Metzgerei Huber in Abensberg.

Mit freundlichen Grüßen
Anneliese Huber"""),

    dict(id="s16de027", country="DE", date="2026-12-21T20:51", fmt="apple", stage="reminder", ago=4,
         inv="DL-26-1311", amt="96,90", due="2026-12-10",
         frm="Sandra Lichtenegger <sandra.lichtenegger@web.de>",
         intent="paid", paid_on="2026-12-21",
         note="Just paid by card through the payment link, same day.",
         body="""hab grad über ihren link mit karte bezahlt, müsste passen

lg sandra

Von meinem iPhone gesendet"""),

    dict(id="s16de028", country="DE", date="2027-01-14T09:18", fmt="outlook", stage="reminder", ago=3,
         inv="DL-26-1372", amt="642,60", due="2026-12-23",
         frm="Stefan Weinzierl <stefan.weinzierl@optik-weinzierl.de>",
         intent="contact_change", new_email="buchhaltung@optik-weinzierl.de",
         note="Former contact has left; reminders and invoices to the accounting address.",
         body="""Guten Tag,

Frau Berger ist zum Jahresende aus unserem Unternehmen ausgeschieden, ihr Postfach wird nur noch übergangsweise von mir gelesen. Bitte schicken Sie Rechnungen und Zahlungserinnerungen ab sofort an buchhaltung@optik-weinzierl.de.

Die Rechnung habe ich an unsere Buchhaltung weitergegeben.

Freundliche Grüße
Stefan Weinzierl
Optik Weinzierl GmbH
Neupfarrplatz 11, 93047 Regensburg"""),

    dict(id="s16de029", country="AT", date="2026-12-28T10:02", fmt="html_outlook", stage="second_reminder", ago=7,
         inv="DL-26-1215", amt="3.096,00", due="2026-12-05",
         frm="Finanzverwaltung Marktgemeinde Neufelden <finanzen@neufelden.ooe.gv.at>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer with value date 22.12.2026.",
         body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Zahlungserinnerung teilen wir mit, dass die Rechnung DL-26-1215 (Drucksorten Gemeindezeitung Dezember) nach Freigabe der Auszahlungsanordnung mit Valuta 22.12.2026 zur Anweisung gebracht wurde.

Wir ersuchen, die Zahlungserinnerung als gegenstandslos zu betrachten.

Mit freundlichen Grüßen
Für den Bürgermeister:

Ing. Werner Pichler
Finanzverwaltung

Marktgemeinde Neufelden
Marktplatz 1, 4120 Neufelden
Tel. +43 7282 6255-14"""),

    dict(id="s16de030", country="DE", date="2026-12-22T13:13", fmt="gmail", stage="final_notice", ago=5,
         inv="DL-26-1212", amt="389,00", due="2026-12-05",
         frm="Michael Fuchs <m.fuchs@gewerbeverein-neutraubling.de>",
         intent="dispute",
         note="Flyers delivered after the event despite agreed delivery date; refuses to pay.",
         body="""die flyer für unseren weihnachtsmarkt kamen am 30.11., der markt war am 28. und 29.!! bestellt war mit liefertermin 25.11., steht sogar in ihrer auftragsbestätigung. was soll ich mit 5000 flyern für ein event das vorbei ist? die rechnung zahl ich nicht, und mit inkasso brauchen sie mir auch nicht drohen.

m. fuchs
gewerbeverein neutraubling"""),

    dict(id="s16de031", country="DE", date="2027-01-07T11:30", fmt="html_outlook", stage="reminder", ago=2,
         inv="DL-26-1340", amt="4.617,20", due="2026-12-30",
         frm="Kreditorenbuchhaltung <kreditoren@hartl-maschinenbau.de>",
         intent="promise",
         note="Approved and scheduled for the payment run in calendar week 3: a window, no single day.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung ist inzwischen sachlich und rechnerisch freigegeben und wird im Zahllauf der KW 3 berücksichtigt.

Mit freundlichen Grüßen

i. A. Thomas Englbrecht
Accounts Payable

Hartl Maschinenbau GmbH & Co. KG
Im Gewerbegebiet 4 · 93086 Wörth a. d. Donau
Tel. +49 9482 9091-0 · www.hartl-maschinenbau.de
Sitz: Wörth a. d. Donau · Registergericht Regensburg HRA 9021
Persönlich haftende Gesellschafterin: Hartl Verwaltungs GmbH · Registergericht Regensburg HRB 14470
Geschäftsführer: Dipl.-Ing. Stefan Hartl, Klaus Wenninger"""),

    dict(id="s16de032", country="DE", date="2027-01-19T10:03", fmt="html_outlook", stage="firm", ago=5,
         inv="DL-26-1395", amt="5.355,00", due="2027-01-05",
         frm="Brunnhuber, Sonja <s.brunnhuber@brauerei-thurnhofer.de>",
         intent="promise", promise_date="2027-01-21",
         note="Paid in the next payment run 'am Donnerstag', written Tuesday 19 Jan -> 21 Jan.",
         body="""Guten Tag,

Ihre Rechnung für die Bieretiketten lag bei uns leider längere Zeit zur Freigabe im Marketing und wurde erst gestern freigegeben. Sie wird mit unserem nächsten Zahllauf am Donnerstag angewiesen.

Bitte entschuldigen Sie die Verzögerung.

Mit freundlichen Grüßen
Sonja Brunnhuber
Finanzbuchhaltung

Brauerei Thurnhofer GmbH
Brauhausgasse 2 | 93333 Neustadt a. d. Donau
Tel. 09445 9408-23"""),

    dict(id="s16de033", country="DE", date="2026-12-28T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="DL-26-1292", amt="1.047,20", due="2026-12-15",
         frm="Sekretariat Johannes-Kepler-Gymnasium <sekretariat@jkg-kelheim.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="School office closed over Christmas holidays; back Monday 11 January 2027.",
         body="""Sehr geehrte Damen und Herren,

während der Weihnachtsferien ist das Sekretariat nicht besetzt. Ab Montag, 11. Januar 2027, sind wir wieder für Sie erreichbar.

Ihre E-Mail wird danach bearbeitet.

Mit freundlichen Grüßen
Sekretariat des Johannes-Kepler-Gymnasiums"""),

    dict(id="s16de034", country="DE", date="2027-01-20T14:10", fmt="tb", stage="second_reminder", ago=2,
         inv="DL-26-1381", amt="476,00", due="2027-01-04",
         frm="Veronika Scheuerer <buero@architektur-scheuerer.de>",
         intent="bank_details",
         note="Announces its own new bank account after the direct debit bounced; asks to collect again.",
         body="""Sehr geehrte Damen und Herren,

die Lastschrift für Ihre Rechnung ist vermutlich zurückgegangen, weil wir zum Jahreswechsel die Bank gewechselt haben und das alte Konto bei der Raiffeisenbank inzwischen aufgelöst ist. Das tut mir leid, ich hätte Ihnen das früher mitteilen müssen.

Unsere neue Bankverbindung:
Kontoinhaber: Architekturbüro Scheuerer
IBAN: DE41 7505 0000 0027 4418 63
BIC: BYLADEM1RBG
Sparkasse Regensburg

Ein neues SEPA-Mandat schicke ich Ihnen gern unterschrieben zurück, falls Sie eines brauchen. Bitte ziehen Sie den Betrag dann einfach erneut ein.

Mit freundlichen Grüßen
Veronika Scheuerer

-- 
Architekturbüro Scheuerer
Dipl.-Ing. (FH) Veronika Scheuerer, Architektin
Hemauer Straße 7, 93047 Regensburg
Tel. 0941 29 83 55 40"""),

    dict(id="s16de035", country="DE", date="2026-12-29T10:45", fmt="gmail", stage="reminder", ago=1,
         inv="DL-26-1330", amt="158,27", due="2026-12-18",
         frm="Daniela Rötzer <praxis@physio-roetzer.de>",
         intent="promise", promise_date="2026-12-30",
         note="Transfer 'morgen früh' written 29 Dec -> 30 Dec; side question asks for a quote.",
         body="""Hallo zusammen,

danke für die Erinnerung, die Überweisung mache ich morgen früh, bevor ich in den Urlaub fahre.

Bei der Gelegenheit: Könnten Sie mir ein Angebot für 500 Visitenkarten machen? Gleiche Gestaltung wie letztes Mal, nur mit der neuen Adresse der Praxis, ich ziehe im Februar um.

Viele Grüße
Daniela Rötzer
Physiotherapie Rötzer
0176 2231 8840"""),

    dict(id="s16de036", country="DE", date="2027-01-25T08:47", fmt="none", stage="reminder", ago=4,
         inv="DL-27-0031", amt="67,83", due="2027-01-15",
         frm="Peter Aumer <p.aumer@gmx.de>",
         intent="paid",
         note="Says it is paid, no date.",
         body="""Ist bezahlt.
P. Aumer"""),

    dict(id="s16de037", country="AT", date="2026-12-22T15:30", fmt="tb", stage="reminder", ago=1,
         inv="DL-26-1338", amt="574,00", due="2026-12-14",
         frm="Christa Hofinger <schriftfuehrung@trachtenverein-schaerding.at>",
         intent="promise",
         note="Will pay right after the holidays when the chairman is back: vague, no single date.",
         body="""Hallo,

danke für die Info. Unser Obmann ist gerade auf Urlaub, und nur er kann bei uns Überweisungen freigeben. Wir zahlen gleich nach den Feiertagen, wenn er wieder da ist.

Liebe Grüße
Christa Hofinger
Schriftführerin
Trachtenverein D'Innviertler Schärding"""),

    dict(id="s16de038", country="DE", date="2027-01-14T11:02", fmt="html_outlook", stage="reminder", ago=3,
         inv="DL-26-1366", amt="1.130,50", due="2026-12-31",
         frm="Landratsamt Cham - Rechnungseingang <rechnungseingang@lra-cham.de>",
         intent="copy_request",
         note="Public body needs the invoice re-submitted as an XRechnung with the Leitweg-ID before paying.",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung DL-26-1366 ist bei uns lediglich als PDF per E-Mail eingegangen. Als öffentlicher Auftraggeber können wir Rechnungen nur als elektronische Rechnung im Format XRechnung über das Rechnungseingangsportal annehmen.

Bitte reichen Sie die Rechnung unter Angabe unserer Leitweg-ID 09372000-00001-47 erneut ein. Erst danach kann die Zahlung angewiesen werden.

Mit freundlichen Grüßen
Im Auftrag
Sebastian Wolf

Landratsamt Cham
Sachgebiet Finanzen / Kreiskasse
Rachelstraße 6, 93413 Cham
Tel. 09971 78-2215"""),

    dict(id="s16de039", country="DE", date="2026-12-09T16:20", fmt="gmail", stage="firm", ago=5,
         inv="DL-26-1097", amt="265,60", due="2026-11-06",
         frm="Martin Stadler <biohof.stadler@gmail.com>",
         intent="other",
         note="Passed the reminder to the tax adviser who handles payments; no commitment.",
         body="""Grüß Gott,

um die Zahlungen kümmert sich bei uns seit Herbst die Buchhaltung von unserem Steuerbüro (Kanzlei Brunner in Cham). Ich hab Ihre Mahnung grad an die weitergeleitet, die sollen sich bei Ihnen melden.

Schöne Grüße vom Hof
Martin Stadler
Biohof Stadler – Eier, Nudeln, Hofladen"""),

    dict(id="s16de040", country="DE", date="2027-01-26T09:41", fmt="gmail", stage="firm", ago=5,
         inv="DL-26-1359", amt="2.142,00", due="2027-01-10",
         frm="Florian Meindl <florian@radsport-meindl.de>",
         intent="dispute",
         note="Partial payment of 75 % on 18.01.; withholds the rest because 3 of 12 boxes were not delivered.",
         body="""Sehr geehrte Damen und Herren,

von den bestellten 12 Kartons Kataloge sind bei uns nur 9 angekommen, das haben wir uns vom Fahrer auch auf dem Lieferschein quittieren lassen. Wir haben deshalb am 18.01. nur 75 % der Rechnung, also 1.606,50 €, überwiesen.

Den Rest zahlen wir, sobald die fehlenden drei Kartons da sind oder Sie uns eine Gutschrift schicken. Die Mahngebühren streichen Sie bitte.

Mit freundlichen Grüßen
Florian Meindl
Radsport Meindl GmbH
Regensburger Straße 44, 93128 Regenstauf
Tel. 09402 7 81 60"""),
]
