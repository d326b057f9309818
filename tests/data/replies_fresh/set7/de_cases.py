"""German part (s7de) of set 7: handwritten debtor replies to reminders from Kessler Brandschutztechnik GmbH."""

CASES = []

CASES += [
    dict(id="s7de001", country="DE", date="2026-12-08T18:42", fmt="gmail", stage="reminder", ago=1,
         inv="RE-2026-1187", amt="412,30", due="2026-11-20",
         frm="Sepp Huber <schreinerei.huber@gmx.de>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday; reply on Tuesday 8 December, so Friday 11 December.",
         body="""Hallo,

sorry, ist bei mir untergegangen. Überweise ich am Freitag.

Gruß
Sepp Huber
Schreinerei Huber, Kelheim"""),

    dict(id="s7de002", country="DE", date="2026-12-09T10:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="RE-2026-1102", amt="342,72", due="2026-11-06",
         frm="Zahnarztpraxis Dr. Wimmer <verwaltung@zahnarzt-wimmer.de>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer made yesterday, 08.12.2026.",
         body="""Sehr geehrte Damen und Herren,

der Rechnungsbetrag in Höhe von 342,72 € wurde gestern, am 08.12.2026, an Sie überwiesen. Die Verzögerung bitten wir zu entschuldigen, bei uns gab es im November einen Wechsel in der Praxisverwaltung.

Mit freundlichen Grüßen

i. A. Petra Lang
Praxismanagement

Zahnarztpraxis Dr. med. dent. Claudia Wimmer
Ludwigstraße 9 · 93047 Regensburg
Tel. 0941 567 23 10 · Fax 0941 567 23 19
www.zahnarzt-wimmer.de"""),

    dict(id="s7de003", country="DE", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1254", amt="1.068,00", due="2026-12-04",
         frm="Hausverwaltung Brandl & Partner <info@hv-brandl.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed 21.12.2026 to 01.01.2027, back Monday 04.01.2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht.

Unser Büro ist vom 21.12.2026 bis einschließlich 01.01.2027 geschlossen. Ab Montag, den 04.01.2027, sind wir wieder wie gewohnt für Sie erreichbar. Ihre E-Mail wird während dieser Zeit nicht gelesen und nicht weitergeleitet.

In dringenden Notfällen (Wasserrohrbruch, Heizungsausfall, Sturmschäden) erreichen Sie unseren Notdienst unter 0160 9874 3310.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch ins neue Jahr!

Ihre Hausverwaltung Brandl & Partner
Dechbettener Straße 41, 93049 Regensburg"""),

    dict(id="s7de004", country="DE", date="2026-12-10T14:20", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1066", amt="1.914,40", due="2026-11-02",
         frm="Kreditorenbuchhaltung <kreditoren@pfeiffer-maschinenbau.de>",
         intent="copy_request",
         note="Invoice lacks a purchase-order number; asks for the invoice to be re-sent with one before it can be processed.",
         body="""Guten Tag,

zu der angemahnten Rechnung liegt uns keine Bestellnummer vor. Gemäß unseren Einkaufsbedingungen können Rechnungen ohne gültige Bestellnummer (Format 4500xxxxxx) nicht verarbeitet werden und werden auch nicht in den Zahlungslauf übernommen.

Bitte stimmen Sie sich mit dem Besteller ab (Herr Gruber, Instandhaltung Werk 2, Tel. -214) und senden Sie uns die Rechnung anschließend mit Bestellnummer erneut an kreditoren@pfeiffer-maschinenbau.de.

Mit freundlichen Grüßen

Sabine Kraus
Kreditorenbuchhaltung

Gebr. Pfeiffer Maschinenbau GmbH & Co. KG
Am Hafen 7 | 94315 Straubing
Tel. +49 9421 7730-0 | www.pfeiffer-maschinenbau.de

Sitz der Gesellschaft: Straubing, Registergericht Straubing HRA 1873
Persönlich haftende Gesellschafterin: Pfeiffer Verwaltungs GmbH, Sitz Straubing, Registergericht Straubing HRB 5521
Geschäftsführer: Dipl.-Ing. Thomas Pfeiffer, Markus Pfeiffer"""),

    dict(id="s7de005", country="DE", date="2026-12-14T23:10", fmt="gmail", stage="firm", ago=4,
         inv="RE-2026-0987", amt="876,50", due="2026-10-23",
         frm="Gasthof zum Hirschen <gasthof.hirschen@t-online.de>",
         intent="dispute",
         note="Contests the quantities billed (4 new extinguishers, 11 serviced vs 2 and 7); refuses to pay until corrected.",
         body="""Also jetzt reichts mir langsam.

Ihr Monteur war im Oktober da, hat ZWEI Feuerlöscher getauscht und den Rest geprüft. Auf Ihrer Rechnung stehen 4 neue Löscher und Wartung von 11 Stück. Wir haben im ganzen Haus 7 Stück, Küche und Saal zusammen!!! Das hab ich Ihrer Kollegin am Telefon jetzt schon zweimal erklärt.

Ich zahl das nicht, bevor die Rechnung korrigiert ist. Und mit Verzugszinsen und Pauschalen brauchen Sie mir gar nicht erst kommen.

Toni Berger
Gasthof zum Hirschen, Beratzhausen"""),

    dict(id="s7de006", country="DE", date="2026-12-11T20:05", fmt="tb", stage="reminder", ago=3,
         inv="RE-2026-1141", amt="624,75", due="2026-11-25",
         frm="Manfred Kiesl <kasse@tsv-neutraubling.de>",
         intent="promise",
         note="Will transfer 'Anfang Januar' once the second signatory is back: a vague window, no single date.",
         body="""Hallo,

die Rechnung für die Wartung im Sportheim ist bei mir angekommen, danke. Ausgaben über 500 € darf ich als Kassier laut Satzung nur mit zweiter Unterschrift freigeben, und unser 1. Vorstand ist gerade drei Wochen bei seiner Tochter in Kanada.

Ich überweise dann Anfang Januar, sobald er wieder da ist. Ich hoffe, das geht in Ordnung.

Sportliche Grüße
Manfred Kiesl
Kassenwart
TSV Neutraubling 1949 e.V.
"""),

    dict(id="s7de007", country="DE", date="2026-12-16T16:48", fmt="gmail", stage="firm", ago=2,
         inv="RE-2026-0954", amt="1.314,20", due="2026-10-16",
         frm="Elektro Schmid GmbH <buero@elektro-schmid-regenstauf.de>",
         intent="paid", paid_on="2026-12-16",
         note="Partial payment of 500 € made today; the rest is promised only vaguely (when their own customers pay).",
         body="""Sehr geehrte Frau Kessler, sehr geehrte Damen und Herren,

wir haben heute eine Teilzahlung über 500,00 € auf die Rechnung RE-2026-0954 überwiesen. Den Restbetrag von 814,20 € überweisen wir, sobald bei uns die Zahlungen von zwei größeren Bauvorhaben eingegangen sind. Die Bauträger lassen sich gerade leider sehr viel Zeit.

Wir bitten um etwas Geduld und von weiteren Mahngebühren abzusehen, wir sind ja seit Jahren Kunde bei Ihnen.

Mit freundlichen Grüßen
Claudia Schmid
Büro / Buchhaltung

Elektro Schmid GmbH
Hauptstraße 58, 93128 Regenstauf
Tel. 09402 3381 · Mobil 0171 4410 928
Geschäftsführer: Josef Schmid · AG Regensburg HRB 9034"""),

    dict(id="s7de008", country="DE", date="2026-12-09T11:02", fmt="outlook", stage="reminder", ago=5,
         inv="RE-2026-1120", amt="2.381,00", due="2026-11-30",
         frm="Seidl, Gabriele <gabriele.seidl@pentling.de>",
         intent="promise", promise_date="2026-12-18",
         note="Municipality: payment will be made by 18.12.2026 via the Gemeindekasse.",
         body="""Sehr geehrte Damen und Herren,

die o. g. Rechnung ist bei uns am 30.11.2026 eingegangen und wurde inzwischen sachlich und rechnerisch geprüft. Die Auszahlungsanordnung liegt derzeit dem Ersten Bürgermeister zur Unterschrift vor.

Die Zahlung wird über die Gemeindekasse voraussichtlich bis zum 18.12.2026 erfolgen. Wir bitten Sie daher, von weiteren Erinnerungen abzusehen.

Mit freundlichen Grüßen
Im Auftrag

Gabriele Seidl
Kämmerei

Gemeinde Pentling
Rathausplatz 1
93080 Pentling
Telefon: 09405 9410-32
E-Mail: gabriele.seidl@pentling.de"""),

    dict(id="s7de009", country="DE", date="2026-12-12T09:47", fmt="apple", stage="reminder", ago=3,
         inv="RE-2026-1163", amt="89,90", due="2026-11-27",
         frm="Nicole Bauer <nici.bauer87@web.de>",
         intent="paid", paid_on="2026-12-12",
         note="Private customer: has just transferred the amount via online banking.",
         body="""sorry hab ich total verpeilt, habs grad per online banking überwiesen
lg nicole bauer

Von meinem iPhone gesendet"""),

    dict(id="s7de010", country="AT", date="2026-12-15T09:12", fmt="outlook", stage="second_reminder", ago=1,
         inv="RE-2026-1089", amt="1.596,00", due="2026-11-13",
         frm="Leitner Andrea <a.leitner@tischlerei-gruber.at>",
         intent="bank_details",
         note="Received a suspicious e-mail announcing a new IBAN (Lithuanian bank); asks for confirmation and holds payment until then.",
         body="""Grüß Gott,

bevor wir die Zahlung freigeben, eine Rückfrage: Wir haben vergangene Woche ein E-Mail bekommen, angeblich von Ihrer Buchhaltung, dass sich Ihre Bankverbindung geändert hat. Die neue IBAN beginnt mit LT und die Absenderadresse war „kessler-brandschutz-de.com“.

Das kommt uns eigenartig vor. Können Sie uns bitte – am besten telefonisch – bestätigen, welche Kontoverbindung gilt? Bis dahin halten wir die Überweisung zurück.

Mit freundlichen Grüßen

Mag. Andrea Leitner
Buchhaltung

Tischlerei Gruber GmbH
Linzer Straße 112, 4780 Schärding
T +43 7712 3306-15
FN 284113 h, LG Ried im Innkreis"""),
]

CASES += [
    dict(id="s7de011", country="DE", date="2026-12-14T10:37", fmt="outlook", stage="second_reminder", ago=2,
         inv="RE-2026-1095", amt="3.127,60", due="2026-11-16",
         frm="Hofmann, Jana <jana.hofmann@hofmann-logistik.de>",
         cc="Einkauf <einkauf@hofmann-logistik.de>",
         intent="promise", promise_date="2026-12-17",
         note="Invoice released and included in the payment run on Thursday 17.12.",
         body="""Guten Morgen,

die Rechnung RE-2026-1095 (unsere Bestellnummer BE-26-04418) lag bei uns zur Freigabe im Einkauf, weil der Wareneingang für die Rauchmelder nicht gebucht war. Das ist inzwischen erledigt.

Die Rechnung ist freigegeben und im Zahlungslauf am Donnerstag, 17.12., enthalten. Der Betrag sollte Ihnen dann ein bis zwei Bankarbeitstage später gutgeschrieben werden.

Freundliche Grüße

Jana Hofmann
Finanzbuchhaltung

Hofmann Logistik GmbH
Gutenbergstraße 3 · 84051 Essenbach
Tel. +49 8703 9281-40
Geschäftsführung: Florian Hofmann · Amtsgericht Landshut HRB 7712"""),

    dict(id="s7de012", country="DE", date="2027-01-12T15:22", fmt="gmail", stage="final_notice", ago=3,
         inv="RE-2026-0921", amt="748,00", due="2026-10-09",
         frm="Café am Stadtpark <cafe.stadtpark.amberg@gmail.com>",
         intent="plan_request",
         note="Café closed for renovation since November; asks whether the debt can be paid in instalments, no date committed.",
         body="""Sehr geehrte Damen und Herren,

Ihre letzte Mahnung habe ich erhalten. Ich will mich gar nicht drücken, aber wir haben seit Mitte November wegen dem Wasserschaden im Keller geschlossen und die Versicherung zahlt erst, wenn der Gutachter fertig ist. Es kommt also im Moment kein Geld rein.

Wäre es möglich, die 748 € in Raten abzuzahlen? Wie viele Raten wären bei Ihnen denn drin? Bitte geben Sie das noch nicht an das Inkasso.

Viele Grüße
Birgit Sommer
Café am Stadtpark
Amberg"""),

    dict(id="s7de013", country="DE", date="2026-12-17T19:30", fmt="gmail", stage="heads_up", ago=1,
         inv="RE-2026-1266", amt="154,70", due="2026-12-28",
         frm="Wolfgang Reindl <w.reindl@t-online.de>",
         intent="unsubscribe",
         note="Annoyed at a reminder before the due date; asks to be removed from these e-mails.",
         body="""Guten Abend,

die Rechnung ist noch nicht einmal fällig und Sie schicken mir schon eine Zahlungserinnerung. Ich habe in meinem ganzen Leben jede Rechnung pünktlich bezahlt.

Bitte streichen Sie mich aus diesem automatischen Verteiler. Ich möchte solche E-Mails nicht mehr bekommen.

W. Reindl"""),

    dict(id="s7de014", country="DE", date="2026-12-10T12:55", fmt="apple", stage="reminder", ago=2,
         inv="RE-2026-1150", amt="238,00", due="2026-11-26",
         frm="Praxis Dr. Reisinger <praxis@dr-reisinger.de>",
         intent="contact_change", new_email="rechnungen@dr-reisinger.de",
         note="Asks that invoices and reminders go to rechnungen@dr-reisinger.de from now on.",
         body="""Guten Tag,

bitte schicken Sie Rechnungen und Erinnerungen künftig an rechnungen@dr-reisinger.de. Das Praxispostfach wird hauptsächlich für Patientenanfragen genutzt und Ihre Mails gehen da leider unter.

Danke und viele Grüße
Sandra Ertl
Allgemeinmedizinische Praxis Dr. med. Thomas Reisinger
Bahnhofstraße 17, 92421 Schwandorf
Tel. 09431 6620"""),

    dict(id="s7de015", country="DE", date="2026-12-18T08:34", fmt="bounce", stage="reminder",
         inv="RE-2026-1172", amt="296,45", due="2026-11-30",
         rcpt="info@metzgerei-lindner-cham.de", status="5.1.1", remote="mx00.ionos.de",
         diag="550 5.1.1 <info@metzgerei-lindner-cham.de>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: recipient mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@metzgerei-lindner-cham.de

Reason: 550 5.1.1 <info@metzgerei-lindner-cham.de>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s7de016", country="AT", date="2026-12-23T13:40", fmt="ooo", stage="second_reminder", ago=0,
         inv="RE-2026-1077", amt="1.242,00", due="2026-11-10",
         frm="Huemer Christa <christa.huemer@braunau.ooe.gv.at>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away until 6 January 2027 inclusive (a holiday); first working day back is Thursday 7 January.",
         body="""Sehr geehrte Damen und Herren,

ich bin bis einschließlich 6. Jänner 2027 auf Urlaub. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Angelegenheiten wenden Sie sich bitte an die Finanzverwaltung unter finanzen@braunau.ooe.gv.at oder telefonisch unter +43 7722 808-2100.

Mit freundlichen Grüßen
Christa Huemer
Stadtgemeinde Braunau am Inn – Finanzverwaltung"""),

    dict(id="s7de017", country="DE", date="2026-12-14T11:18", fmt="tb", stage="second_reminder", ago=3,
         inv=[("RE-2026-1034", "512,40", "2026-10-30"), ("RE-2026-1035", "487,90", "2026-10-30"),
              ("RE-2026-1081", "1.106,00", "2026-11-12")],
         frm="Thomas Aschenbrenner <t.aschenbrenner@immo-verwaltung-obermeier.de>",
         intent="paid", paid_on="2026-12-10",
         note="All three invoices paid in one collective transfer on 10.12.",
         body="""Sehr geehrte Damen und Herren,

alle drei Rechnungen wurden am 10.12. per Sammelüberweisung aus dem Hausgeldkonto der WEG Prüfeninger Straße 88 beglichen (Gesamtbetrag 2.106,30 €, Verwendungszweck „RE-2026-1034 1035 1081“). Bitte prüfen Sie den Zahlungseingang noch einmal.

Die Verzögerung lag an der Eigentümerversammlung, auf der die Wartungskosten erst beschlossen werden mussten.

Mit freundlichen Grüßen

Thomas Aschenbrenner
Objektbetreuung

Immobilienverwaltung Obermeier GmbH
Kumpfmühler Straße 23, 93051 Regensburg
Tel. 0941 29970-22
Geschäftsführer: Georg Obermeier · HRB 11820 AG Regensburg"""),

    dict(id="s7de018", country="DE", date="2026-12-09T17:25", fmt="apple", stage="reminder", ago=1,
         inv="RE-2026-1137", amt="365,50", due="2026-11-24",
         frm="Friseur Lena Haas <salon@lenahaas.de>",
         intent="other",
         note="Has forwarded the reminder to her tax office which handles payments; no payment statement.",
         body="""Hallo,

ich habe Ihre Erinnerung an mein Steuerbüro weitergeleitet, die übernehmen bei mir die Zahlungen. Die melden sich dann bei Ihnen, falls noch was fehlt.

Liebe Grüße
Lena Haas
Salon Lena Haas, Neumarkt i.d.OPf.

Von meinem iPhone gesendet"""),

    dict(id="s7de019", country="DE", date="2026-12-16T09:50", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="RE-2026-1058", amt="2.174,00", due="2026-11-09",
         frm="Stadt Kelheim - Gebäudemanagement <gebaeudemanagement@kelheim.de>",
         intent="dispute",
         note="Invoice bills 46 extinguishers, the inspection protocol lists 38; asks for a corrected invoice before payment.",
         body="""Sehr geehrte Damen und Herren,

zu Ihrer o. g. Mahnung teilen wir Folgendes mit:

Mit der Rechnung RE-2026-1058 wird die Prüfung von 46 Feuerlöschern in der Grundschule Kelheim-Affecking berechnet. Laut dem von Ihrem Prüfer unterzeichneten Prüfprotokoll vom 14.10.2026 wurden jedoch nur 38 Geräte geprüft. Die Differenz von 8 Geräten einschließlich der darauf entfallenden Prüfplaketten erkennen wir nicht an.

Eine Zahlung kann erst nach Eingang einer korrigierten Rechnung erfolgen. Wir bitten, das Mahnverfahren bis dahin auszusetzen.

Mit freundlichen Grüßen
Im Auftrag

Markus Wenninger
Sachgebiet Gebäudemanagement

Stadt Kelheim
Ludwigsplatz 16 · 93309 Kelheim
Telefon 09441 701-315
www.kelheim.de"""),

    dict(id="s7de020", country="DE", date="2026-12-17T14:02", fmt="outlook", stage="firm", ago=1, fwd=True,
         to="buchhaltung@kessler-brandschutz.de",
         inv="RE-2026-1012", amt="958,30", due="2026-11-05",
         frm="Eder Monika <m.eder@hartl-kunststoff.de>",
         intent="promise",
         note="Assistant forwards the manager's answer: 'wir überweisen nächste Woche', no single date.",
         body="""Sehr geehrte Damen und Herren,

anbei die Antwort von Herrn Hartl zu Ihrer Mahnung zur Kenntnis.

Viele Grüße
Monika Eder
Sekretariat Geschäftsleitung

-----Ursprüngliche Nachricht-----
Von: Hartl Stefan <s.hartl@hartl-kunststoff.de>
Gesendet: Donnerstag, 17. Dezember 2026 13:41
An: Eder Monika <m.eder@hartl-kunststoff.de>
Betreff: AW: 2. Mahnung: Rechnung RE-2026-1012 ist weiterhin offen – Kessler Brandschutztechnik GmbH

Monika, bitte Kessler ausrichten: überweisen wir nächste Woche, ich muss die Freigabe im Banking erst noch machen, bin bis Freitag auf Montage.
S.H.

Hartl Kunststofftechnik GmbH
Industriepark 4 · 93326 Abensberg"""),
]

CASES += [
    dict(id="s7de021", country="DE", date="2026-12-28T20:14", fmt="html_gmail", stage="reminder", ago=6,
         inv="RE-2026-1208", amt="317,10", due="2026-12-15",
         frm="Musikverein Harmonie Wörth <kasse.mv-woerth@gmail.com>",
         intent="copy_request",
         note="Says the invoice never arrived; asks for it as a PDF, will pay then.",
         body="""Servus,

die Rechnung ist bei uns nie angekommen, weder per Post noch per Mail. Ich hab auch im Spam nachgeschaut. Könnten Sie sie mir bitte nochmal als PDF an diese Adresse schicken? Dann überweise ich sofort, ich brauch für die Kassenprüfung im Januar einen Beleg.

Danke und schöne Feiertage noch
Jürgen Pollinger
Kassier Musikverein Harmonie Wörth a.d. Donau e.V."""),

    dict(id="s7de022", country="DE", date="2027-01-04T07:58", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="RE-2026-1215", amt="64,26", due="2026-12-10",
         frm="Kathrin Zellner <kathrin.zellner@gmail.com>",
         intent="paid", paid_on="2027-01-03",
         note="Paid yesterday evening through the payment link (PayPal); reply on 4 January.",
         body="""Guten Morgen,

ich habe gestern Abend über den Link in Ihrer Mail mit PayPal bezahlt, die Bestätigung habe ich bekommen. Bitte nicht noch eine Mahnung schicken 🙂

Viele Grüße
Kathrin Zellner"""),

    dict(id="s7de023", country="DE", date="2027-01-08T12:31", fmt="gmail", stage="firm", ago=3,
         inv="RE-2026-0998", amt="1.480,00", due="2026-11-02",
         frm="Malerbetrieb Fuchs <info@maler-fuchs-landshut.de>",
         intent="promise", promise_date="2027-01-31",
         note="Promises payment 'bis Ende Januar' = 31 January 2027.",
         body="""Sehr geehrte Damen und Herren,

ich weiß, dass die Rechnung schon lange offen ist. Im Winter ist bei uns im Malerhandwerk immer Flaute und der Dezember war dieses Jahr besonders schlecht.

Ich zahle den gesamten Betrag bis Ende Januar, darauf haben Sie mein Wort. Bitte sehen Sie bis dahin von weiteren Schritten ab.

Mit freundlichen Grüßen
Andreas Fuchs
Malermeister

Malerbetrieb Fuchs
Seligenthaler Straße 30 · 84034 Landshut
Tel. 0871 4308 17 · Mobil 0152 2940 6631"""),

    dict(id="s7de024", country="DE", date="2026-12-29T09:05", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1221", amt="178,50", due="2026-12-16",
         frm="Kinderarztpraxis am Dom <verwaltung@kinderarzt-am-dom.de>",
         intent="out_of_office", return_date="2027-01-05",
         note="Practice closed 24.12.2026 to 04.01.2027 inclusive; back Tuesday 5 January.",
         subj_prefix="Abwesenheitsnotiz: ",
         body="""Liebe Patientinnen und Patienten, sehr geehrte Damen und Herren,

unsere Praxis ist vom 24.12.2026 bis einschließlich 04.01.2027 geschlossen. E-Mails werden in dieser Zeit nicht bearbeitet.

Vertretung in dringenden Fällen: Kinderarztpraxis Dr. Meindl, Maximilianstraße 6, Regensburg, Tel. 0941 56 44 20. Außerhalb der Sprechzeiten: Ärztlicher Bereitschaftsdienst 116 117.

Ihr Praxisteam am Dom"""),

    dict(id="s7de025", country="DE", date="2027-01-13T22:47", fmt="gmail", stage="firm", ago=2,
         inv="RE-2026-1179", amt="890,00", due="2026-12-01",
         frm="Daniel Kainz <dani.kainz@freenet.de>",
         intent="plan_request",
         note="Lost his job; asks whether he can pay in monthly instalments of about 100 €, no date committed.",
         body="""Hallo,

ich hab ihre mahnung bekommen. Ich bin seit Dezember arbeitslos und das Arbeitslosengeld kommt erst seit dieser woche. die ganzen 890 € auf einmal schaff ich grad nicht.

Wäre es möglich das ich in monatlichen Raten zahle? so 100 € im monat könnte ich machen, vielleicht später auch mehr wenn ich wieder arbeit hab.

Bitte schicken sie das nicht gleich zum Inkasso

Daniel Kainz"""),

    dict(id="s7de026", country="DE", date="2026-12-10T08:12", fmt="gmail", stage="reminder", ago=1,
         inv="RE-2026-1159", amt="212,80", due="2026-11-27",
         frm="Ute Wagner <ute.wagner1961@gmx.de>",
         intent="other",
         note="Wrong recipient: she is not the bakery the invoice is addressed to.",
         body="""Guten Morgen,

da haben Sie sich wohl in der Adresse vertan. Ich heiße zwar Wagner, bin aber nicht die Bäckerei Wagner in Nittenau und habe bei Ihnen nie etwas bestellt. Bitte korrigieren Sie das bei sich.

Mit freundlichem Gruß
Ute Wagner"""),

    dict(id="s7de027", country="DE", date="2027-01-05T07:40", fmt="outlook", stage="second_reminder", ago=1,
         inv="RE-2026-1193", amt="455,00", due="2026-12-07",
         frm="Sanitär Rieger <info@sanitaer-rieger.de>",
         intent="paid", paid_on="2026-12-28",
         note="Transferred on 28.12.; the reminder crossed with the payment.",
         body="""Hallo,

haben wir am 28.12. überwiesen. Wird sich wohl überschnitten haben wegen der Feiertage.

Gruß
Rieger

Sanitär & Heizung Rieger GmbH
Regensburger Str. 71 · 93133 Burglengenfeld
Tel. 09471 60 43 8"""),

    dict(id="s7de028", country="DE", date="2027-01-19T17:55", fmt="gmail", stage="final_notice", ago=2,
         inv="RE-2026-0943", amt="524,00", due="2026-10-20",
         frm="Dachdeckerei Pongratz <pongratz.dach@t-online.de>",
         intent="dispute",
         note="Angry: technician was there 20 minutes, invoice bills 2 hours plus travel; refuses to pay, threatens a lawyer.",
         body="""Jetzt hören Sie mal zu.

Ihr Techniker war im Oktober ganze 20 MINUTEN bei uns im Lager, hat 3 Löscher angeschaut, Plakette drauf und weg war er. Dafür berechnen Sie mir 2 Stunden Arbeitszeit und eine Anfahrt von 45 km, obwohl Sie keine 15 km von uns weg sind.

Ich habe das im November schriftlich beanstandet und NIE eine Antwort bekommen. Stattdessen kommt jetzt eine Mahnung nach der anderen und jetzt auch noch Inkasso.

Bezahlt wird das so nicht. Wenn Sie einen Mahnbescheid schicken, geht das direkt zu meinem Anwalt.

Ludwig Pongratz
Dachdeckerei Pongratz, Wenzenbach"""),

    dict(id="s7de029", country="DE", date="2027-01-14T11:26", fmt="apple", stage="reminder", ago=2,
         inv="RE-2026-1240", amt="263,90", due="2026-12-22",
         frm="Martin Eichinger <eichinger.zimmerei@icloud.com>",
         intent="promise", promise_date="2027-01-18",
         note="'Mach ich Montag' written on Thursday 14 January: Monday 18 January.",
         body="""Bin auf der Baustelle, mach ich Montag vom Büro aus.
Gruß M. Eichinger

Von meinem iPhone gesendet"""),

    dict(id="s7de030", country="DE", date="2026-12-15T13:44", fmt="outlook", stage="reminder", ago=6,
         inv="RE-2026-1117", amt="1.730,40", due="2026-11-30",
         frm="Beck, Susanne <s.beck@bayerwald-holzbau.de>",
         intent="bank_details",
         note="IBAN on the invoice differs from the one in their supplier master data; asks for written confirmation before paying.",
         body="""Sehr geehrte Damen und Herren,

auf Ihrer Rechnung RE-2026-1117 ist eine Bankverbindung bei der Sparkasse Regensburg angegeben (IBAN endet auf ...4471). In unseren Lieferantenstammdaten ist für Sie jedoch noch eine Verbindung bei der Volksbank Regensburg (endet auf ...0932) hinterlegt.

Aus Sicherheitsgründen ändern wir Bankdaten nur nach schriftlicher Bestätigung auf Ihrem Briefpapier, unterschrieben von der Geschäftsführung. Bitte senden Sie uns diese zu, dann geben wir die Zahlung frei.

Mit freundlichen Grüßen

Susanne Beck
Rechnungswesen

Bayerwald Holzbau GmbH
Gewerbering 12 | 94234 Viechtach
Tel.: +49 9942 9043-60 | Fax: +49 9942 9043-69
Amtsgericht Deggendorf HRB 3307 | Geschäftsführer: Alois Bachmeier

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail."""),
]

CASES += [
    dict(id="s7de031", country="DE", date="2027-01-11T10:03", fmt="outlook", stage="second_reminder", ago=4,
         inv="RE-2026-1226", amt="1.046,50", due="2026-12-18",
         frm="Wittmann, Karin <k.wittmann@zankl-metallbau.de>",
         intent="contact_change", new_email="kreditoren@zankl-metallbau.de",
         note="Former contact has left; asks that invoices and reminders go to kreditoren@zankl-metallbau.de.",
         body="""Guten Tag,

Frau Huber ist seit dem 31.12. nicht mehr in unserem Unternehmen tätig, ihr Postfach wird nur noch übergangsweise von mir gelesen.

Bitte senden Sie Rechnungen, Mahnungen und sonstige Korrespondenz zur Buchhaltung ab sofort ausschließlich an kreditoren@zankl-metallbau.de. Ich kümmere mich um die Rechnung und gebe sie weiter.

Mit freundlichen Grüßen
Karin Wittmann
Assistenz der Geschäftsführung

Zankl Metallbau GmbH & Co. KG
Siemensstraße 9 · 92318 Neumarkt i.d.OPf.
Tel. 09181 46 90-0"""),

    dict(id="s7de032", country="AT", date="2027-01-07T09:29", fmt="outlook", stage="firm", ago=2,
         inv="RE-2026-1098", amt="2.845,00", due="2026-11-20",
         frm="Buchhaltung Hotel Post <buchhaltung@hotelpost-obertauern.at>",
         intent="promise", promise_date="2027-01-15",
         note="Austrian hotel: transfer will be made on 15 January (Jänner).",
         body="""Sehr geehrte Damen und Herren,

wir entschuldigen uns für die Verspätung. Über die Feiertage ist bei uns Hochsaison und die Buchhaltung ist erst diese Woche wieder vollständig besetzt.

Die Überweisung des offenen Betrages von EUR 2.845,00 erfolgt am 15. Jänner 2027. Wir ersuchen Sie, von der Verrechnung der Verzugspauschale Abstand zu nehmen.

Mit freundlichen Grüßen

Elisabeth Kendlbacher
Buchhaltung

Hotel Post ****
Familie Gruber
Passhöhe 14, 5562 Obertauern
Tel. +43 6456 7204-13
UID ATU47128305 · FN 97431 z, LG Salzburg"""),

    dict(id="s7de033", country="DE", date="2026-12-21T10:44", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="RE-2026-1061", amt="1.289,40", due="2026-11-10",
         frm="Kasse Markt Nittendorf <kasse@nittendorf.de>",
         intent="paid", paid_on="2026-12-16",
         note="Municipal treasury: payment was instructed (angewiesen) on 16.12.2026.",
         body="""Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass der Rechnungsbetrag in Höhe von 1.289,40 € am 16.12.2026 durch die Marktkasse angewiesen wurde. Bei der Überweisung wurde als Verwendungszweck Ihre Rechnungsnummer sowie unser Kassenzeichen 0.6301.0004 angegeben.

Sollte der Betrag bis Jahresende nicht bei Ihnen eingegangen sein, bitten wir um kurze Rückmeldung.

Mit freundlichen Grüßen

Ingrid Lautenschlager
Marktkasse

Markt Nittendorf
Rathausplatz 1 · 93152 Nittendorf
Telefon 09404 9414-21
kasse@nittendorf.de · www.nittendorf.de"""),

    dict(id="s7de034", country="DE", date="2026-12-22T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="RE-2026-1231", amt="3.912,00", due="2026-12-11",
         frm="Accounting / Buchhaltung <buchhaltung@kronwitter-kunststoff.de>",
         intent="out_of_office", return_date="2027-01-11",
         note="Company holiday 21.12.2026 to 08.01.2027 inclusive; back Monday 11 January.",
         body="""*** English version below ***

Sehr geehrte Damen und Herren,

unser Unternehmen befindet sich vom 21.12.2026 bis einschließlich 08.01.2027 im Betriebsurlaub. Ihre E-Mail wird nach unserer Rückkehr bearbeitet. Rechnungen, die in diesem Zeitraum eingehen, werden mit dem ersten Zahlungslauf im Januar berücksichtigt.

Dear Sir or Madam,

our company is closed for the holidays from 21 December 2026 to 8 January 2027 inclusive. Your e-mail will be processed after our return.

Mit freundlichen Grüßen / Best regards
Kronwitter Kunststofftechnik GmbH
Finanzbuchhaltung"""),

    dict(id="s7de035", country="DE", date="2026-12-19T11:38", fmt="gmail", stage="reminder", ago=3,
         inv="RE-2026-1199", amt="198,00", due="2026-12-09",
         frm="Wirtshaus Zur Linde <zurlinde.painten@web.de>",
         intent="promise",
         note="Will pay 'nach den Feiertagen': vague, no single date.",
         body="""Hallo,

bei uns ist grad Weihnachtsfeiern ohne ende, ich komm vor lauter Arbeit nicht ins Büro. Zahl ich nach den Feirtagen, ok?

Schöne Grüße
Resi Hierl
Wirtshaus Zur Linde"""),

    dict(id="s7de036", country="DE", date="2027-01-20T21:16", fmt="tb", stage="second_reminder", ago=2,
         inv="RE-2026-1245", amt="731,00", due="2026-12-30",
         frm="Florian Meier <kasse@ff-hainsacker.de>",
         intent="paid", paid_on="2027-01-18",
         note="Fire brigade association treasurer: transferred on Monday (18 January), reply Wednesday 20 January.",
         body="""Hallo zusammen,

die Rechnug für die Füllung der Atemschutzflaschen und die Prüfung der Feuerlöscher im Gerätehaus habe ich am Montag überwiessen, Verwendungszweck ist die Rechnungsnummer. Müsste also inzwischen bei euch drauf sein.

Kameradschaftliche Grüße
Florian Meier
Kassier
Freiwillige Feuerwehr Hainsacker e.V.
"""),

    dict(id="s7de037", country="DE", date="2027-01-21T08:47", fmt="html_outlook", stage="reminder", ago=1,
         inv="RE-2026-1256", amt="4.206,80", due="2026-12-30",
         frm="Lindner, Ralf <ralf.lindner@obermaier-automotive.de>",
         intent="promise", promise_date="2027-01-29",
         note="Says the agreed 60-day terms make the invoice due later; it will be paid on 29.01. Promise to a date.",
         body="""Sehr geehrte Damen und Herren,

Ihre Zahlungserinnerung zur Rechnung RE-2026-1256 (Bestellnummer 4500318872) haben wir erhalten.

Wir weisen darauf hin, dass gemäß dem Rahmenvertrag vom März 2025 ein Zahlungsziel von 60 Tagen netto ab Rechnungseingang vereinbart ist. Die Rechnung ist bei uns am 30.11.2026 eingegangen. Sie wird daher mit unserem Zahlungslauf zum 29.01. ausgeglichen.

Bitte passen Sie das Zahlungsziel in Ihrem System entsprechend an, damit künftig keine Erinnerungen vor Fälligkeit versendet werden.

Mit freundlichen Grüßen

i. A. Ralf Lindner
Accounts Payable

Obermaier Automotive Systems GmbH
Industriestraße 40 · 84130 Dingolfing
Tel. +49 8731 3940-512
ralf.lindner@obermaier-automotive.de

Sitz der Gesellschaft: Dingolfing · Registergericht: Amtsgericht Landshut HRB 10294
Geschäftsführer: Dr. Bernhard Obermaier, Sabine Rauch"""),

    dict(id="s7de038", country="DE", date="2027-01-15T14:09", fmt="tb", stage="second_reminder", ago=3,
         inv="RE-2026-1213", amt="642,60", due="2026-12-21",
         frm="Verwaltung Kolb <kontakt@hausverwaltung-kolb.de>",
         intent="dispute",
         note="Invoice addressed to the wrong owners' association (WEG); asks for it to be cancelled and reissued, will not pay as is.",
         body="""Sehr geehrte Damen und Herren,

die Rechnung RE-2026-1213 ist an die WEG Hemauer Straße 12 adressiert. Die Wartung der Rauchwarnmelder wurde aber laut Arbeitsnachweis in der Hemauer Straße 14 durchgeführt, das ist eine andere Eigentümergemeinschaft mit eigenem Konto.

Wir dürfen die Kosten nicht aus dem Konto der falschen WEG bezahlen. Bitte stornieren Sie die Rechnung und stellen Sie sie neu auf die „WEG Hemauer Straße 14, 93047 Regensburg, vertreten durch Hausverwaltung Kolb“ aus. Bis dahin bitten wir, die Mahnung zurückzustellen.

Mit freundlichen Grüßen
Brigitte Kolb
Hausverwaltung Kolb
Weißenburgstraße 5, 93055 Regensburg
Tel. 0941 7 99 36 12"""),

    dict(id="s7de039", country="DE", date="2027-01-26T11:20", fmt="outlook", stage="final_notice", ago=1,
         inv=[("RE-2026-1002", "1.618,00", "2026-11-04"), ("RE-2026-1149", "367,20", "2026-11-26")],
         frm="Kanzlei Dr. Trautmann <insolvenz@kanzlei-trautmann.de>",
         intent="other",
         note="Insolvency administrator: preliminary insolvency proceedings opened; claims must be filed with the administrator, no payment.",
         body="""Sehr geehrte Damen und Herren,

in dem Insolvenzeröffnungsverfahren über das Vermögen der
Gebäudereinigung Stangl GmbH, Hafenstraße 18, 93055 Regensburg,
hat das Amtsgericht Regensburg – Insolvenzgericht – mit Beschluss vom 14.01.2027 (Az. 2 IN 17/27) den Unterzeichner zum vorläufigen Insolvenzverwalter bestellt und angeordnet, dass Verfügungen der Schuldnerin nur mit seiner Zustimmung wirksam sind.

Zahlungen auf Altforderungen können derzeit nicht geleistet werden. Wir bitten Sie, von weiteren Mahnungen und Inkassomaßnahmen abzusehen. Ihre Forderungen können Sie nach Eröffnung des Insolvenzverfahrens zur Insolvenztabelle anmelden; Sie werden hierzu gesondert aufgefordert.

Mit freundlichen Grüßen

Dr. Matthias Trautmann
Rechtsanwalt · Fachanwalt für Insolvenz- und Sanierungsrecht
als vorläufiger Insolvenzverwalter

Kanzlei Dr. Trautmann
Dr.-Martin-Luther-Straße 3 · 93047 Regensburg
Tel. 0941 599 78-0 · Fax 0941 599 78-99"""),

    dict(id="s7de040", country="DE", date="2027-01-05T18:22", fmt="tb", stage="reminder", ago=1,
         inv="RE-2026-1236", amt="119,00", due="2026-12-21",
         frm="Gerhard und Monika Stadler <stadler.ge@arcor.de>",
         intent="promise", promise_date="2027-01-08",
         note="Transfer on Friday 8.1.; the side question about smoke detectors comes second.",
         body="""Guten Abend,

die Überweisung kommt am Freitag, 8.1., wir waren über Weihnachten bei den Kindern in Hamburg und sind erst gestern heimgekommen.

Noch eine Frage: Prüfen Sie auch Rauchmelder in Privatwohnungen? Unsere sind jetzt zehn Jahre alt und einer piepst seit kurzem. Dann würden wir gern im Frühjahr einen Termin ausmachen.

Viele Grüße
Gerhard Stadler
Lappersdorf"""),
]
