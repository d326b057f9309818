"""Set 14, part de: German replies (Germany and Austria) to Kessler Druck & Werbetechnik GmbH, Passau.
Every body below was written by hand for its case."""

CASES = [
    dict(id="s14de001", country="DE", date="2026-12-07T07:52", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-1087", amt="386,40", due="2026-11-20",
         frm="Sepp Huber <huber.metzgerei@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Very short: will transfer on Friday; reply Monday 7 Dec, so Friday 11 Dec.",
         body="""Ok, überweise ich am Freitag.

Huber"""),

    dict(id="s14de002", country="DE", date="2026-12-08T10:41", fmt="outlook", stage="second_reminder", ago=1,
         inv="RE-2026-0998", amt="1.245,00", due="2026-11-06",
         frm="Kämmerei Gemeinde Haselbach <kaemmerei@haselbach-ndb.de>",
         intent="paid", paid_on="2026-12-03",
         note="Town hall: payment ordered through the Gemeindekasse on 03.12.2026; the 07.12 date is the reminder's.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer Mahnung vom 07.12.2026 teilen wir mit, dass die o. g. Rechnung (Druck Gemeindeblatt, Ausgabe November) bereits am 03.12.2026 von der Gemeindekasse zur Zahlung angewiesen wurde. Der Betrag dürfte Ihrem Konto inzwischen gutgeschrieben sein.

Die Verzögerung bitten wir zu entschuldigen. Die Rechnung war bei uns zunächst dem falschen Sachgebiet zugeordnet worden.

Mit freundlichen Grüßen
Im Auftrag

Petra Gschwendtner
Kämmerei / Gemeindekasse

Gemeinde Haselbach
Rathausplatz 1
94563 Haselbach
Tel. 09903 / 91 02-23
Fax 09903 / 91 02-50
www.haselbach-ndb.de

Diese E-Mail ist ausschließlich für den genannten Empfänger bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die E-Mail."""),

    dict(id="s14de003", country="AT", date="2026-12-07T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1062", amt="2.180,00", due="2026-11-25",
         frm="Katharina Pichler <k.pichler@hotel-alpenrose-ischl.at>",
         intent="out_of_office", return_date="2026-12-14",
         note="Auto-reply: on holiday up to and including Friday 11 December; first working day back is Monday 14 December.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 11. Dezember auf Urlaub und habe in dieser Zeit keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an unsere Rezeption: +43 6132 23 4 56 bzw. rezeption@hotel-alpenrose-ischl.at

Mit freundlichen Grüßen
Katharina Pichler
Buchhaltung | Hotel Alpenrose ****
Bad Ischl"""),

    dict(id="s14de004", country="DE", date="2026-12-09T21:17", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1071", amt="612,80", due="2026-11-27",
         frm="Markus Reindl <reindl@goldener-anker-deg.de>",
         intent="dispute",
         note="Angry restaurant owner: menus delivered with errors, reprint promised but not done; refuses to pay until fixed.",
         body="""Das ist ja wohl ein Witz.

Die Speisekarten die Sie uns geliefert haben sind voller Fehler, bei der Hälfte der Gerichte stehen noch die alten Preise drin und beim Schweinsbraten fehlt die komplette Beilage. Das hab ich Ihrem Herrn Kessler schon vor zwei Wochen am Telefon gesagt und der hat mir einen Neudruck versprochen. Passiert ist bis heute NICHTS.

Solange ich keine fehlerfreien Karten auf dem Tisch habe zahle ich auch nichts. Und dann noch eine Mahnung hinterherschicken, das ist echt das Letzte.

M. Reindl
Wirtshaus Zum Goldenen Anker"""),

    dict(id="s14de005", country="DE", date="2026-12-10T19:03", fmt="apple", stage="reminder", ago=3,
         inv="RE-2026-1079", amt="289,00", due="2026-11-30",
         frm="Lena Brunner <lena.brunner94@web.de>",
         intent="paid", paid_on="2026-12-09",
         note="Private customer (wedding invitations): transferred yesterday, i.e. 9 December.",
         body="""Hallo,

die Rechnung für die Einladungskarten hab ich gestern überwiesen, das hat sich wohl überschnitten.

Liebe Grüße
Lena Brunner

Von meinem iPhone gesendet"""),

    dict(id="s14de006", country="DE", date="2026-12-10T11:26", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2026-1055", amt="1.934,50", due="2026-11-24",
         frm="Kreditorenbuchhaltung Klinikum Donau-Wald <kreditoren@klinikum-donauwald.de>",
         intent="copy_request",
         note="Hospital accounts payable: no purchase order on file; asks for the PO number or a corrected invoice with it before paying.",
         body="""Sehr geehrte Damen und Herren,

zu der oben genannten Rechnung liegt uns keine Bestellung vor. Rechnungen ohne gültige Bestellnummer (10-stellig, beginnend mit 45) können in unserem System leider nicht verarbeitet werden.

Bitte teilen Sie uns die zugehörige Bestellnummer mit bzw. senden Sie uns eine korrigierte Rechnung mit Bestellnummer und Angabe der bestellenden Abteilung. Nach Eingang prüfen wir die Rechnung umgehend und veranlassen die Zahlung.

Mit freundlichen Grüßen

i. A. Sabine Wimmer
Kreditorenbuchhaltung

Klinikum Donau-Wald gGmbH
Perlasberger Weg 18 | 94469 Deggendorf
Tel.: +49 991 380-4412
kreditoren@klinikum-donauwald.de

Sitz der Gesellschaft: Deggendorf | Registergericht Deggendorf HRB 3318
Geschäftsführer: Dr. Holger Anzinger | Vorsitzender des Aufsichtsrats: Landrat Georg Weinzierl"""),

    dict(id="s14de007", country="AT", date="2026-12-11T18:44", fmt="gmail", stage="second_reminder", ago=4,
         inv="RE-2026-0987", amt="748,00", due="2026-11-10",
         frm="Obmann USV Pramtal <obmann.usvpramtal@gmx.at>",
         intent="promise",
         note="Club will pay once the treasurer is back, 'at the latest after the holidays': a promise with no single day.",
         body="""Grüß Gott,

entschuldigen Sie bitte die Verzögerung. Unser Kassier liegt seit zwei Wochen im Spital und nur er ist fürs Vereinskonto zeichnungsberechtigt. Sobald er wieder da ist, wird die Rechnung für die Bandenwerbung überwiesen, spätestens aber nach den Feiertagen.

Ich bitte um ein bisserl Geduld.

Sportliche Grüße
Franz Hinterberger
Obmann USV Pramtal"""),

    dict(id="s14de008", country="DE", date="2026-12-11T14:05", fmt="tb", stage="firm", ago=3,
         inv="RE-2026-0941", amt="1.480,00", due="2026-10-30",
         frm="Claudia Hartl <info@naturkost-sonnenblume.de>",
         intent="plan_request",
         note="Shop owner cannot pay at once and asks to pay in three or four instalments; asks the firm for a proposal, no date.",
         body="""Sehr geehrte Damen und Herren,

Sie haben natürlich recht, die Rechnung für die neue Ladenbeschilderung ist längst fällig, und es ist mir unangenehm, dass ich mich erst jetzt melde.

Der Umbau hat deutlich mehr gekostet als geplant und das Herbstgeschäft war schwach. Ich kann den Betrag im Moment nicht auf einmal aufbringen. Wäre es möglich, die Summe in drei oder vier Raten abzuzahlen? Über einen Vorschlag von Ihrer Seite würde ich mich freuen, ich halte mich dann auch verlässlich daran.

Mit freundlichen Grüßen
Claudia Hartl

--
Naturkost Sonnenblume
Inh. Claudia Hartl
Ludwigstraße 14, 94315 Straubing
Tel. 09421 / 18 77 03"""),

    dict(id="s14de009", country="DE", date="2026-12-14T09:12", fmt="outlook", stage="reminder", ago=3,
         inv="RE-2026-1090", amt="3.570,00", due="2026-12-01",
         frm="Stefanie Kurz <s.kurz@aigner-bau.de>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new (Lithuanian) IBAN; holds payment until the firm confirms its bank details.",
         body="""Guten Morgen,

bevor wir die Rechnung anweisen, eine Rückfrage: Wir haben am Donnerstag eine E-Mail bekommen, angeblich von Ihrer Buchhaltung, in der uns eine neue Bankverbindung mitgeteilt wird (Bank in Litauen, IBAN beginnt mit LT). Die Mail kam allerdings von einer Adresse mit kessler-druck.com statt .de und kommt uns ehrlich gesagt komisch vor.

Können Sie uns bitte kurz telefonisch bestätigen, welche Bankverbindung aktuell gültig ist? Bis dahin halten wir die Zahlung zurück.

Viele Grüße
Stefanie Kurz
Buchhaltung

Aigner Bau GmbH & Co. KG
Am Gewerbering 5, 94136 Thyrnau
Tel. 08501 / 75 60 8-14"""),

    dict(id="s14de010", country="DE", date="2026-12-14T16:38", fmt="gmail", stage="second_reminder", ago=4,
         inv=[("RE-2026-1013", "2.340,00", "2026-11-13"), ("RE-2026-1042", "968,50", "2026-11-20")],
         frm="Schreinerei Lallinger <info@schreinerei-lallinger.de>",
         intent="plan_request",
         note="Two invoices: asks whether he may split payment, part in January and the rest in February; no firm date, waits for OK.",
         body="""Servus zusammen,

ja, die zwei Rechnungen sind noch offen, ich weiß. Bei uns hängen gerade selber zwei größere Zahlungen von Kunden und vor Weihnachten kommen noch Löhne und Weihnachtsgeld dazu.

Wär es für euch in Ordnung wenn wir das aufteilen, ein Teil im Januar und der Rest im Februar? Ich will die Sache sauber erledigen, brauch aber ein bisschen Luft. Gebt mir kurz Bescheid ob das passt.

Gruß
Thomas Lallinger
Schreinerei Lallinger
Mobil 0171 4482 915"""),

    dict(id="s14de011", country="AT", date="2026-12-15T22:10", fmt="html_gmail", stage="firm", ago=5,
         inv=[("RE-2026-0932", "840,00", "2026-10-28"), ("RE-2026-0975", "1.126,00", "2026-11-04")],
         frm="Gasthof Kirchenwirt <kirchenwirt.schaerding@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment: RE-2026-0932 paid tonight (15 Dec); the second invoice only vaguely promised for January.",
         body="""Grüß Gott,

die Rechnung RE-2026-0932 (Speisekarten und Tischaufsteller) hab ich heute am Abend per Onlinebanking bezahlt, 840 €.

Die zweite Rechnung über die Außenwerbung zahl ich im Jänner, jetzt im Dezember ist bei uns alles etwas knapp, da kommt erst nach den Feiertagen wieder was rein. Ich hoffe das passt so.

Mit lieben Grüßen
Maria Gruber
Gasthof Kirchenwirt
Schärding"""),

    dict(id="s14de012", country="DE", date="2026-12-15T10:03", fmt="outlook", stage="reminder", ago=1,
         inv="RE-2026-1096", amt="455,30", due="2026-12-04",
         frm="Jürgen Maier <j.maier@autohaus-pfleger.de>",
         intent="contact_change", new_email="rechnungseingang@pfleger-gruppe.de",
         note="Asks that invoices and reminders go to the group's central invoice inbox instead of him.",
         body="""Hallo,

bitte schicken Sie Rechnungen und Zahlungserinnerungen nicht mehr an mich persönlich. Seit 1. Dezember läuft bei uns alles über den zentralen Rechnungseingang der Gruppe:

rechnungseingang@pfleger-gruppe.de

Dort wird die Rechnung dann auch gebucht und bezahlt. Ihre Mail hab ich schon dorthin weitergeleitet.

Gruß
Jürgen Maier
Serviceleiter

Autohaus Pfleger GmbH | Plattling
Tel. 09931 8904-30"""),

    dict(id="s14de013", country="DE", date="2026-12-16T12:20", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1101", amt="178,50", due="2026-12-02",
         frm="Andreas Hofbauer <a.hofbauer77@gmail.com>",
         intent="other",
         note="Wrong recipient: never ordered anything, suspects a mix-up with a company of the same name.",
         body="""Hallo,

ich glaube, diese Mail ist bei mir falsch gelandet. Ich habe bei Ihnen nie etwas bestellt und kenne Ihre Firma auch nicht. Vielleicht eine Verwechslung mit der Hofbauer Haustechnik in Eging? Mit denen hab ich nichts zu tun, auch wenn der Name gleich ist.

Bitte prüfen Sie das mal.

A. Hofbauer"""),

    dict(id="s14de014", country="DE", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1108", amt="396,00", due="2026-12-09",
         frm="Sekretariat Grund- und Mittelschule Hengersberg <sekretariat@gms-hengersberg.de>",
         subj_prefix="Abwesend: ",
         intent="out_of_office", return_date="2027-01-11",
         note="School office closed for the Christmas holidays; back Monday 11.01.2027 as stated.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Das Schulsekretariat ist während der Weihnachtsferien vom 23.12.2026 bis einschließlich 08.01.2027 nicht besetzt. E-Mails werden in dieser Zeit weder gelesen noch weitergeleitet.

Ab Montag, 11.01.2027, sind wir wieder zu den gewohnten Zeiten für Sie da.

Frohe Weihnachten und ein gutes neues Jahr!

Ihr Sekretariat der Grund- und Mittelschule Hengersberg"""),

    dict(id="s14de015", country="DE", date="2026-12-16T23:48", fmt="tb", stage="final_notice", ago=2,
         inv="RE-2026-0864", amt="1.150,00", due="2026-10-09",
         frm="Jonas Weidinger <mail@jonasweidinger-design.de>",
         intent="promise", promise_date="2026-12-22",
         note="Freelancer expects his own fee on the 21st and will transfer 'the day after, Tuesday 22.12.'.",
         body="""Hallo zusammen,

bitte noch nicht ans Inkasso geben, das ist mir wirklich unangenehm. Ich warte selbst seit Oktober auf ein größeres Honorar von einer Agentur, und das ist jetzt endlich für den 21.12. zugesagt. Am Tag danach, also am Dienstag, den 22.12., überweise ich Ihnen die komplette Summe.

Sorry für die lange Funkstille.

Beste Grüße
Jonas Weidinger

--
Jonas Weidinger | Grafikdesign & Illustration
Spitalhofstraße 9 · 94032 Passau
0176 2290 4418 · jonasweidinger-design.de"""),

    dict(id="s14de016", country="DE", date="2026-12-17T14:55", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1019", amt="693,70", due="2026-11-16",
         frm="Buchhaltung Stadler & Partner <buchhaltung@stadler-hv.de>",
         cc="Michael Stadler <m.stadler@stadler-hv.de>",
         intent="paid", paid_on="2026-12-14",
         note="Property manager: transfer made with value date 14.12.2026 from the owners' association account.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung (WEG Innstadtstraße 22, Briefkasten- und Klingelschilder) wurde von uns aus dem Konto der Eigentümergemeinschaft beglichen. Die Überweisung erfolgte mit Wertstellung 14.12.2026, also genau am Tag Ihrer Mahnung.

Als Verwendungszweck wurde „WEG Innstadtstr. 22 / RE-2026-1019“ angegeben. Sollte der Betrag bei Ihnen nicht zugeordnet werden können, melden Sie sich gerne.

Mit freundlichen Grüßen

Daniela Eder
Objektbuchhaltung

Immobilienverwaltung Stadler & Partner GmbH
Bahnhofstraße 7 | 94032 Passau
Telefon: 0851 490 37-12 | Fax: 0851 490 37-99
buchhaltung@stadler-hv.de | www.stadler-hv.de

Geschäftsführer: Michael Stadler | Amtsgericht Passau HRB 7764
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""),

    dict(id="s14de017", country="DE", date="2026-12-17T07:40", fmt="gmail", stage="heads_up", ago=1,
         inv="RE-2026-1120", amt="64,90", due="2026-12-21",
         frm="Helga Ertl <helga.ertl@t-online.de>",
         intent="unsubscribe",
         note="Annoyed by a reminder before the due date; asks to be taken off the mailing. 'Always pay on time' is not a promise.",
         body="""Guten Morgen,

schon wieder so eine Erinnerung, obwohl die Rechnung noch gar nicht fällig ist. Ich zahle meine Rechnungen immer pünktlich, da brauche ich vorher keine Erinnerung.

Bitte nehmen Sie mich aus diesem Verteiler raus, ich möchte diese Mails nicht mehr bekommen.

Helga Ertl"""),

    dict(id="s14de018", country="AT", date="2026-12-18T11:02", fmt="outlook", stage="firm", ago=4,
         inv="RE-2026-0951", amt="4.296,00", due="2026-11-02",
         frm="Ing. Martin Leitner <m.leitner@leitner-bau.at>",
         intent="dispute",
         note="Formal objection: fewer banners delivered than invoiced, agreed 8 % discount missing, UID missing; asks for a corrected invoice and rejects interest.",
         body="""Sehr geehrte Damen und Herren,

wir nehmen Bezug auf Ihre Mahnung vom 14.12.2026 zur Rechnung RE-2026-0951 und halten Folgendes fest:

1. Laut Rechnung wurden 6 Stk. Bauzaunbanner 340 x 173 cm verrechnet. Auf unsere Baustelle in Ried im Innkreis geliefert wurden jedoch nur 4 Stück (siehe Lieferschein vom 21.10., von unserem Polier gegengezeichnet).

2. Mit Ihrem Außendienstmitarbeiter Herrn Wagner wurde bei der Auftragsvergabe ein Projektrabatt von 8 % vereinbart, der in der Rechnung nicht berücksichtigt ist.

3. Die Rechnung weist unsere UID-Nummer nicht aus, was bei einer innergemeinschaftlichen Lieferung erforderlich ist.

Wir ersuchen daher um Stornierung der Rechnung und Ausstellung einer korrigierten Rechnung. Den dann korrekt ausgewiesenen Betrag werden wir selbstverständlich umgehend begleichen.

Die angedrohten Verzugszinsen und die Pauschale weisen wir zurück, da die Forderung in dieser Form nicht fällig ist.

Mit freundlichen Grüßen

Ing. Martin Leitner
Kaufmännische Leitung

LEITNER Bau GmbH
Industriestraße 12, 4910 Ried im Innkreis
T +43 7752 81 4 90-20
FN 214877 s | LG Ried im Innkreis | UID ATU57318944"""),

    dict(id="s14de019", country="DE", date="2026-12-21T10:15", fmt="apple", stage="reminder", ago=3,
         inv="RE-2026-1112", amt="237,60", due="2026-12-10",
         frm="Haustechnik Bauer <info@haustechnik-bauer-vilshofen.de>",
         intent="promise", promise_date="2026-12-21",
         note="Very short: 'goes out today' (Monday 21 December).",
         body="""Servus,
geht heut noch raus.
Gruß Bauer

Von meinem iPhone gesendet"""),

    dict(id="s14de020", country="DE", date="2026-12-22T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1098", amt="1.062,00", due="2026-12-07",
         frm="Dr. Ulrike Steinbach <u.steinbach@steinbach-anwaelte.de>",
         subj_prefix="Abwesenheitsnotiz: ",
         intent="out_of_office", return_date="2027-01-07",
         note="Away up to and including 6 January 2027 (Epiphany, a public holiday in Bavaria); first working day back is Thursday 7 January.",
         body="""Vielen Dank für Ihre E-Mail.

Ich bin bis einschließlich 6. Januar 2027 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Angelegenheiten wenden Sie sich bitte an unser Sekretariat unter 0851 966 23-0 oder kanzlei@steinbach-anwaelte.de.

Mit freundlichen Grüßen
Dr. Ulrike Steinbach
Rechtsanwältin

STEINBACH Rechtsanwälte PartG mbB
Residenzplatz 6, 94032 Passau"""),

    dict(id="s14de021", country="AT", date="2026-12-22T20:37", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1104", amt="142,00", due="2026-12-08",
         frm="Bernhard Wallner <bernhard.wallner@aon.at>",
         intent="paid", paid_on="2026-12-18",
         note="Phone-typed, no capitals: transferred on the 18th (December).",
         body="""hallo, hab das eh schon am 18. überwiesen, sollt eigentlich schon bei euch sein. bitte nochmal schaun
lg bernhard wallner"""),

    dict(id="s14de022", country="DE", date="2026-12-23T12:30", fmt="outlook", stage="second_reminder", ago=1,
         inv="RE-2026-1035", amt="318,20", due="2026-11-23",
         frm="Praxis Dr. Kronawitter <praxis@dr-kronawitter.de>",
         intent="promise",
         note="Doctor's practice closed until New Year; transfer 'right at the beginning of January': a promise without a single day.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Die Rechnung für die Terminkärtchen und das neue Praxisschild ist bei uns leider untergegangen. Wir sind jetzt bis Neujahr im Praxisurlaub, Herr Dr. Kronawitter wird die Überweisung aber gleich Anfang Januar veranlassen.

Schöne Feiertage!

Mit freundlichen Grüßen
Anja Wenzl
MFA / Praxismanagement

Praxis Dr. med. Stefan Kronawitter
Facharzt für Allgemeinmedizin
Stadtplatz 3 · 94474 Vilshofen an der Donau
Tel. 08541 / 71 20"""),

    dict(id="s14de023", country="DE", date="2026-12-28T09:45", fmt="outlook", stage="firm", ago=7,
         inv="RE-2026-0958", amt="872,00", due="2026-11-06",
         frm="Ralf Obermeier <r.obermeier@obermeier-transporte.de>",
         intent="other",
         note="Passed the reminder to his tax office, which handles payments and will get in touch; no payment statement, no address change requested.",
         body="""Hallo,

um die Zahlungen kümmere ich mich nicht selber, das macht bei uns das Steuerbüro Hausladen in Osterhofen. Ich hab Ihre Mahnung dorthin weitergeleitet, die melden sich dann bei Ihnen.

Gruß Ralf Obermeier
Obermeier Transporte e.K."""),

    dict(id="s14de024", country="DE", date="2026-12-29T17:22", fmt="gmail", stage="firm", ago=1,
         inv="RE-2026-0969", amt="95,00", due="2026-11-10",
         frm="Kevin Schmid <kevin.schmid.1990@gmx.de>",
         intent="paid",
         note="Says he paid last week by PayPal through the link; 'last week' gives no single day, so no paid_on.",
         body="""hallo,
ich hab die rechung doch schon letzte woche über ihren link mit paypal bezahlt, hab auch ne bestätigung von paypal bekomen. Warum krieg ich jetzt nochmal ne mahnung mit zinsen?? bitte mal prüfen
gruß kevin schmid"""),

    dict(id="s14de025", country="DE", date="2027-01-04T11:50", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="RE-2026-1026", amt="412,00", due="2026-11-30",
         frm="Förderverein Kita Sonnenschein <foerderverein.kita.sonnenschein@gmail.com>",
         intent="promise", promise_date="2027-01-08",
         note="Will transfer by Friday 8 January at the latest; the question about a discount for non-profits is secondary.",
         body="""Hallo liebes Kessler-Team,

erstmal ein gutes neues Jahr! Sorry, dass es so lange gedauert hat, über die Feiertage war bei uns im Verein niemand erreichbar. Ich überweise die Rechnung für die Weihnachtsmarkt-Plakate bis spätestens Freitag, 8. Januar.

Eine Frage noch: Gibt es bei Ihnen einen Rabatt für gemeinnützige Vereine? Für den Flyer zum Sommerfest würden wir nämlich gern wieder bei Ihnen bestellen.

Viele Grüße
Verena Straßer
Kassiererin
Förderverein Kita Sonnenschein Fürstenzell e.V."""),

    dict(id="s14de026", country="DE", date="2027-01-04T08:33", fmt="bounce", stage="firm",
         inv="RE-2026-1081", amt="530,00", due="2026-11-27",
         rcpt="buero@elektro-feichtinger.de", status="5.1.1",
         diag="550 5.1.1 <buero@elektro-feichtinger.de>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx01.elektro-feichtinger.de",
         subj="Undelivered Mail Returned to Sender",
         intent="bounce",
         note="Hard bounce: the debtor's mailbox does not exist.",
         body="""This is the mail system at host e226-41.smtp-out.eu-central-1.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<buero@elektro-feichtinger.de>: host mx01.elektro-feichtinger.de[85.13.148.22]
    said: 550 5.1.1 <buero@elektro-feichtinger.de>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s14de027", country="DE", date="2027-01-05T19:12", fmt="tb", stage="second_reminder", ago=5,
         inv="RE-2026-1058", amt="264,00", due="2026-12-18",
         frm="Gerhard Pöschl <g.poeschl@posteo.de>",
         intent="dispute",
         note="Choir objects: posters delivered two days before the concert instead of on the agreed date; will pay only the programmes and asks for a corrected invoice.",
         body="""Sehr geehrte Damen und Herren,

ich bin im Kirchenchor St. Severin für die Finanzen zuständig und muss der Rechnung widersprechen.

Wir hatten Plakate und Programmhefte für unser Adventskonzert am 13. Dezember bestellt, als Liefertermin war uns fest der 1.12. zugesagt. Geliefert wurde am 11.12., also zwei Tage vor dem Konzert. Die Plakate konnten wir damit praktisch nicht mehr aushängen, die Werbung war umsonst. Die Programmhefte haben wir verwendet.

Wir sind bereit, die Programmhefte zu bezahlen, nicht aber die Plakate. Bitte schicken Sie uns eine entsprechend korrigierte Rechnung.

Mit freundlichen Grüßen
Gerhard Pöschl
Kirchenchor St. Severin Passau-Innstadt"""),

    dict(id="s14de028", country="AT", date="2027-01-07T13:04", fmt="gmail", stage="final_notice", ago=3,
         inv="RE-2026-0893", amt="687,00", due="2026-10-16",
         frm="Sabine Hölzl <sabine.hoelzl@gmx.at>",
         intent="plan_request",
         note="Lost her job; asks to pay in monthly instalments and how much each must be; no date committed.",
         body="""Sehr geehrte Damen und Herren,

bitte geben Sie die Rechnung nicht ans Inkasso. Ich weiß, dass ich schon längst hätte zahlen müssen. Ich hab im November meinen Job verloren und das Geld vom AMS kommt erst seit kurzem, deshalb kann ich die 687 Euro im Moment nicht auf einmal zahlen.

Wäre es möglich, dass ich in Raten zahle, also jeden Monat einen Teil? Wie viel müsste das mindestens sein? Ich möchte das auf jeden Fall erledigen.

Mit freundlichen Grüßen
Sabine Hölzl"""),

    dict(id="s14de029", country="DE", date="2027-01-07T15:20", fmt="outlook", fwd=True, stage="firm", ago=3,
         inv="RE-2026-0979", amt="2.865,00", due="2026-11-20",
         frm="Lisa Lindner <l.lindner@berger-maschinenbau.de>",
         cc="Thomas Berger <t.berger@berger-maschinenbau.de>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: pay with the payment run on 15 January.",
         body="""Sehr geehrte Damen und Herren,

anbei die Rückmeldung unseres Geschäftsführers zu Ihrer Mahnung. Die Rechnung wird demnach mit unserem Zahllauf am 15. Januar überwiesen.

Mit freundlichen Grüßen
Lisa Lindner
Assistenz der Geschäftsführung

Berger Maschinenbau GmbH
Gewerbepark Süd 4 · 94469 Deggendorf
Tel. +49 991 29 77 1-0
Amtsgericht Deggendorf HRB 2291 · GF: Dipl.-Ing. Thomas Berger

-----Ursprüngliche Nachricht-----
Von: Thomas Berger <t.berger@berger-maschinenbau.de>
Gesendet: Donnerstag, 7. Januar 2027 14:52
An: Lisa Lindner <l.lindner@berger-maschinenbau.de>
Betreff: WG: 2. Mahnung: Rechnung RE-2026-0979 ist weiterhin offen – Kessler Druck & Werbetechnik GmbH

Frau Lindner,
die Messewand ist in Ordnung, die Rechnung lag noch bei mir auf dem Tisch. Bitte mit dem Zahllauf am 15. mitnehmen und Kessler kurz Bescheid geben.
TB"""),

    dict(id="s14de030", country="DE", date="2027-01-08T10:12", fmt="html_outlook", stage="reminder", ago=1, off="+0000",
         inv=[("RE-2026-1125", "1.318,40", "2026-12-18"), ("RE-2026-1133", "586,00", "2026-12-23"),
              ("RE-2026-1140", "2.044,90", "2026-12-28")],
         frm="Kreditorenbuchhaltung Brauerei Weissensteiner <kreditoren@brauerei-weissensteiner.de>",
         intent="paid", paid_on="2027-01-05",
         note="Brewery AP: all three invoices settled in one collective transfer in the payment run of 05.01.2027.",
         body="""Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Zahlungserinnerung teilen wir Ihnen mit, dass die nachstehenden Rechnungen mit unserem Zahllauf vom 05.01.2027 beglichen wurden:

RE-2026-1125 – 1.318,40 EUR
RE-2026-1133 – 586,00 EUR
RE-2026-1140 – 2.044,90 EUR
Summe: 3.949,30 EUR

Die Zahlung erfolgte als Sammelüberweisung (Verwendungszweck: „Zahlung 0105-2027 Kreditor 70418“). Bitte gleichen Sie Ihre offenen Posten entsprechend ab.

Mit freundlichen Grüßen
i. A. Monika Rauscher
Kreditorenbuchhaltung

Brauerei Weissensteiner GmbH
Brauhausgasse 2–6 · 94116 Hutthurm
Tel. 08505 9120-48 · kreditoren@brauerei-weissensteiner.de
Sitz Hutthurm · AG Passau HRB 4012 · Geschäftsführung: Florian Weissensteiner, Andrea Huber"""),

    dict(id="s14de031", country="AT", date="2027-01-11T09:35", fmt="outlook", stage="second_reminder", ago=4,
         inv="RE-2026-1067", amt="1.596,00", due="2026-12-02",
         frm="Marktgemeinde Innbach - Buchhaltung <buchhaltung@innbach.gv.at>",
         intent="copy_request",
         note="Austrian municipality never received the invoice; asks for the invoice and delivery note again so it can be approved.",
         body="""Sehr geehrte Damen und Herren,

die angeführte Rechnung ist bei uns bis dato nicht eingelangt, weder per Post noch über das E-Rechnungsportal. Wir ersuchen daher um nochmalige Übermittlung der Rechnung samt Lieferschein an diese Adresse, damit wir sie der Amtsleitung zur Freigabe vorlegen können.

Um welche Bestellung handelt es sich überhaupt? Ist das die Beschilderung für den Bauhof?

Mit freundlichen Grüßen

Für den Bürgermeister:
Elisabeth Stockinger
Buchhaltung

Marktgemeinde Innbach
Marktplatz 1, 4780 Innbach
Tel.: +43 7712 3205-14
www.innbach.gv.at"""),

    dict(id="s14de032", country="DE", date="2027-01-12T06:48", fmt="gmail", stage="reminder", ago=1,
         inv="RE-2026-1152", amt="318,00", due="2027-01-04",
         frm="Alois Wagensonner <wagensonner.hof@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Farmer typing from the barn in dialect: pays on Monday when he gets to the bank; reply Tuesday 12 Jan, so Monday 18 Jan.",
         body="""griass god
bin grad im stall, zahl des am montag wenn i auf da bank bin
gruß alois wagensonner"""),

    dict(id="s14de033", country="DE", date="2027-01-13T20:05", fmt="gmail", stage="reminder", ago=2,
         inv="RE-2026-1147", amt="129,00", due="2026-12-30",
         frm="Monika Reisinger <m.reisinger@web.de>",
         intent="bank_details",
         note="Cannot find the IBAN and the payment link fails; asks for the bank details before she can pay.",
         body="""Hallo,

ich wollte die Rechnung für die Fotoleinwand bezahlen, aber auf der Rechnung finde ich keine Bankverbindung und bei dem Link kommt bei mir nur eine Fehlermeldung. Können Sie mir bitte Ihre IBAN schicken? Dann überweise ich das gleich.

Viele Grüße
Monika Reisinger"""),

    dict(id="s14de034", country="AT", date="2027-01-14T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="RE-2026-1010", amt="1.840,00", due="2026-12-11",
         frm="Thomas Riegler <t.riegler@ferienregion-sauwald.at>",
         intent="out_of_office", return_date="2027-01-25",
         note="Auto-reply: at a trade fair in Vienna, back in the office from Monday 25 January 2027.",
         body="""Sehr geehrte Damen und Herren,

danke für Ihre Nachricht. Ich bin derzeit auf der Ferien-Messe in Wien und ab Montag, 25. Jänner 2027 wieder im Büro erreichbar. Ihre E-Mail wird nicht automatisch weitergeleitet.

In dringenden Fällen erreichen Sie unser Büro unter +43 7714 20 30 oder office@ferienregion-sauwald.at.

Freundliche Grüße
Thomas Riegler
Geschäftsführung Ferienregion Sauwald"""),

    dict(id="s14de035", country="DE", date="2027-01-18T12:40", fmt="html_gmail", stage="firm", ago=4,
         inv="RE-2026-1118", amt="746,20", due="2026-12-14",
         frm="Nina Feldmeier <hallo@kleinekiste-shop.de>",
         intent="dispute",
         note="Contests an express surcharge never ordered, wants a corrected invoice before paying the rest, rejects fees; the 17.12 is a phone-call date.",
         body="""Hallo,

auf der Rechnung ist ein Expresszuschlag von 85,00 € netto drauf. Den habe ich nie beauftragt, in der Auftragsbestätigung steht Standardlieferung 7–10 Werktage, und genau so lange hat es auch gedauert. Express war das also definitiv nicht.

Bitte nehmt den Zuschlag raus und schickt mir eine korrigierte Rechnung. Den Rest zahle ich dann sofort, der ist ja unstrittig. Mahngebühren und Zinsen zahle ich aber nicht, ich hab am 17.12. schon angerufen und Bescheid gesagt.

Viele Grüße
Nina Feldmeier
kleine kiste – Papeterie & Geschenke
www.kleinekiste-shop.de"""),

    dict(id="s14de036", country="DE", date="2027-01-19T16:25", fmt="tb", stage="final_notice", ago=4,
         inv=[("RE-2026-0902", "3.120,00", "2026-10-23"), ("RE-2026-0937", "1.485,00", "2026-11-02")],
         frm="Werner Kollmannsberger <w.kollmannsberger@kollmannsberger-kaelte.de>",
         intent="promise", promise_date="2027-01-29",
         note="Long formal letter: binding commitment to pay both invoices by Friday 29 January 2027; the 15 January is the letter's date.",
         body="""Sehr geehrte Damen und Herren,

Ihr Schreiben vom 15. Januar haben wir erhalten. Zunächst möchte ich mich ausdrücklich dafür entschuldigen, dass wir auf Ihre vorangegangenen Erinnerungen nicht reagiert haben. Das entspricht nicht unserem Verständnis einer guten Geschäftsbeziehung, wie wir sie seit vielen Jahren mit Ihrem Haus pflegen.

Hintergrund ist ein personeller Wechsel in unserer Buchhaltung im Herbst; dabei sind einige Vorgänge liegen geblieben, darunter leider auch Ihre beiden Rechnungen. Die Leistungen selbst (Beschriftung unserer Servicefahrzeuge sowie die Messebanner) wurden vollständig und zu unserer Zufriedenheit erbracht, Einwände gegen die Rechnungen bestehen nicht.

Wir sichern Ihnen hiermit verbindlich zu, den Gesamtbetrag beider Rechnungen zuzüglich der Verzugspauschale bis spätestens Freitag, den 29. Januar 2027, auf Ihr Konto zu überweisen. Ich darf Sie daher bitten, von einer Abgabe an ein Inkassobüro abzusehen.

Für Rückfragen stehe ich Ihnen selbstverständlich auch persönlich zur Verfügung.

Mit freundlichen Grüßen

Werner Kollmannsberger
Geschäftsführer

Kollmannsberger Kältetechnik GmbH
Industriestraße 31 · 94405 Landau an der Isar
Telefon 09951 6904-0 · Mobil 0160 9124 5570
Registergericht Landshut HRB 6120 · USt-IdNr. DE813442907"""),

    dict(id="s14de037", country="DE", date="2027-01-20T10:30", fmt="tb", fresh=True, stage="second_reminder", ago=6,
         inv="RE-2026-1139", amt="1.207,50", due="2026-12-21",
         frm="Karin Sailer <k.sailer@elektro-sailer.de>",
         subj="Neue Rechnungsadresse Elektro Sailer GmbH",
         intent="contact_change", new_email="belege-sailer@kanzlei-rott.de",
         note="New mail: from January the tax office handles their payables; invoices and reminders to go to the new address.",
         body="""Sehr geehrte Damen und Herren,

seit Januar übernimmt unsere Steuerkanzlei die komplette Kreditorenbuchhaltung für uns. Bitte senden Sie Rechnungen, Zahlungserinnerungen und Kontoauszüge für die Elektro Sailer GmbH ab sofort nur noch an:

belege-sailer@kanzlei-rott.de

Ihre letzte Erinnerung zur Rechnung RE-2026-1139 habe ich bereits an die Kanzlei weitergegeben.

Vielen Dank und freundliche Grüße
Karin Sailer

Elektro Sailer GmbH
Hauptstraße 40 · 94491 Hengersberg
Tel. 09901 / 62 18"""),

    dict(id="s14de038", country="DE", date="2027-01-21T11:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1116", amt="2.988,00", due="2026-12-18",
         frm="Frank Dorfner <f.dorfner@dorfner-messebau.de>",
         intent="other",
         note="Debtor in provisional insolvency proceedings: may no longer pay, refers the firm to the insolvency administrator.",
         body="""Sehr geehrte Damen und Herren,

wir müssen Ihnen leider mitteilen, dass das Amtsgericht Passau mit Beschluss vom 12.01.2027 über das Vermögen der Dorfner Messebau GmbH das vorläufige Insolvenzverfahren angeordnet hat. Zum vorläufigen Insolvenzverwalter wurde Herr Rechtsanwalt Dr. Markus Hämmerle, Ludwigsplatz 4, 94032 Passau, bestellt.

Zahlungen auf Altforderungen dürfen wir ab sofort nicht mehr leisten. Bitte wenden Sie sich mit Ihrer Forderung direkt an die Kanzlei des Insolvenzverwalters (Az. 5 IN 14/27).

Mit freundlichen Grüßen
Frank Dorfner
Geschäftsführer
Dorfner Messebau GmbH"""),

    dict(id="s14de039", country="DE", date="2027-01-25T07:58", fmt="apple", stage="second_reminder", ago=3,
         inv="RE-2026-1144", amt="894,00", due="2026-12-28",
         frm="Stefan Eichinger <stefan@eichinger-fliesen.de>",
         intent="paid", paid_on="2027-01-22",
         note="Payment went out on Friday; reply Monday 25 Jan, so Friday 22 January.",
         body="""Guten Morgen,

Zahlung ist am Freitag raus, müsste heute oder morgen bei Ihnen sein. Bitte die Mahnung dann stornieren.

Gruß
Stefan Eichinger
Fliesen Eichinger
0172 6608 231"""),

    dict(id="s14de040", country="AT", date="2027-01-26T14:10", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2026-1155", amt="2.410,80", due="2027-01-15",
         frm="Rechnungsprüfung Privatklinik Maria Rast <rechnungspruefung@pk-mariarast.at>",
         intent="promise", promise_date="2027-01-31",
         note="Invoice approved and scheduled for the payment run at the end of January (Ende Jänner = 31 January).",
         body="""Sehr geehrte Damen und Herren,

Ihre Rechnung RE-2026-1155 wurde von der zuständigen Abteilung freigegeben und ist für unseren Zahlungslauf Ende Jänner vorgemerkt.

Mit freundlichen Grüßen

Mag. Eva Gschaider
Rechnungsprüfung / Kreditoren

Privatklinik Maria Rast GmbH
Salzburger Straße 21 | 5280 Braunau am Inn
T: +43 7722 680-2130
FN 98413 t | Landesgericht Ried im Innkreis"""),
]
