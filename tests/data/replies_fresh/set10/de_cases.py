"""Handwritten German debtor replies (set 10, part de). Creditor: Kessler & Rauch Haustechnik GmbH, Lindau."""

CASES = [
    dict(id="s10de001", country="DE", date="2026-12-09T19:42", fmt="gmail", stage="reminder", ago=1,
         inv="KR-2026-1187", amt="386,40", due="2026-11-27",
         frm="Sepp Hindelang <sepp.hindelang58@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Long-time customer on first-name terms; will transfer on Friday (reply sent Wed 9 Dec).",
         body="""Servus Markus,

sorry, ganz vergessen. Überweis ich am Freitag.

Gruß Sepp"""),

    dict(id="s10de002", country="DE", date="2026-12-10T12:17", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="KR-2026-1043", amt="1.118,60", due="2026-11-06",
         frm="Praxis Dr. med. Ulrike Sonnleitner <info@hausarzt-sonnleitner.de>",
         intent="paid", paid_on="2026-12-09",
         note="Medical practice: transfer made yesterday (9 Dec).",
         body="""Sehr geehrte Damen und Herren,

die Rechnung KR-2026-1043 (Austausch Warmwasserspeicher in der Praxis) wurde gestern von uns überwiesen. Die Verzögerung bitten wir zu entschuldigen – die Rechnung war bei uns leider im falschen Ordner gelandet.

Mit freundlichen Grüßen

i. A. Carina Holzer
Praxismanagement

Praxis Dr. med. Ulrike Sonnleitner
Fachärztin für Allgemeinmedizin
Kemptener Str. 12 · 88131 Lindau
Tel. 08382 27 81 40 · Fax 08382 27 81 49
www.hausarzt-sonnleitner.de

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet."""),

    dict(id="s10de003", country="DE", date="2026-12-14T08:05", fmt="outlook", stage="second_reminder", ago=3,
         inv="KR-2026-1102", amt="2.460,00", due="2026-11-13",
         frm="Reinhold Gebhart <r.gebhart@gebhart-immobilien.de>",
         intent="dispute",
         note="Landlord refuses to pay until the boiler that keeps failing after the repair is fixed.",
         body="""Guten Morgen,

Sie schicken mir jetzt schon die zweite Mahnung für die Therme in der Bahnhofstraße 7, obwohl die Anlage seit Ihrem Einsatz am 3.11. schon zweimal wieder auf Störung gegangen ist. Meine Mieterin saß letztes Wochenende wieder ohne Warmwasser da und ich durfte mir das anhören.

Ich habe das Herrn Rauch am Telefon am 26.11. bereits gesagt: die Rechnung wird bezahlt, wenn die Heizung läuft. Vorher nicht. Schicken Sie lieber einen Monteur, der sich die Sache richtig anschaut, statt Mahnungen.

R. Gebhart"""),

    dict(id="s10de004", country="DE", date="2026-12-21T09:12", fmt="ooo", stage="reminder", ago=0,
         inv="KR-2026-1215", amt="742,35", due="2026-12-04",
         frm="Hausverwaltung Brugger & Partner <weg@brugger-hausverwaltung.de>",
         intent="out_of_office", return_date="2027-01-04",
         note="Property manager's office closed 21.12. to 01.01.; reachable again from 04.01.2027.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Unser Büro ist vom 21.12.2026 bis einschließlich 01.01.2027 geschlossen. Ab dem 04.01.2027 sind wir wieder für Sie erreichbar.

In dringenden Notfällen (Wasserrohrbruch, Heizungsausfall) erreichen Sie unseren Notdienst unter 0171 448 20 93.

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Hausverwaltung Brugger & Partner"""),

    dict(id="s10de005", country="AT", date="2026-12-16T17:30", fmt="tb", stage="firm", ago=2,
         inv="KR-2026-0988", amt="1.574,00", due="2026-10-30",
         frm="Tischlerei Fink <office@tischlerei-fink.at>",
         intent="promise",
         note="Austrian joiner: transfer 'Anfang Jänner' (a window, no single day); also asks to drop the late-payment interest.",
         body="""Grüß Gott,

danke für die Erinnerung, das ist mir durchgerutscht. Wir haben gerade die Jahresabschlussarbeiten in der Werkstatt und die Buchhaltung macht bei uns meine Frau nebenbei, die ist diese Woche auf Kur.

Ich schau, dass die Überweisung Anfang Jänner rausgeht, spätestens wenn sie wieder da ist. Die Verzugszinsen lassen Sie bitte weg, wir arbeiten ja schon lang zusammen.

Schöne Grüße aus Hohenems
Martin Fink

--
Tischlerei Fink GmbH
Schwefelbadstraße 14, 6845 Hohenems
T +43 5576 72318
FN 284417 m, LG Feldkirch"""),

    dict(id="s10de006", country="DE", date="2026-12-11T10:48", fmt="html_outlook", stage="reminder", ago=3,
         inv="KR-2026-1121", amt="3.285,90", due="2026-11-26",
         frm="Kreditorenbuchhaltung <kreditoren@bodan-kunststofftechnik.de>",
         intent="copy_request",
         note="Accounts payable needs the invoice re-sent with a purchase-order number before it can be released.",
         body="""Sehr geehrte Damen und Herren,

zu der oben genannten Rechnung liegt uns leider kein Beleg mit einer gültigen Bestellnummer vor. Gemäß unseren Einkaufsbedingungen können Rechnungen ohne Bestellnummer (Format 45xxxxxxxx) nicht zur Zahlung freigegeben werden.

Bitte senden Sie uns die Rechnung KR-2026-1121 unter Angabe der Bestellnummer erneut als PDF an rechnungseingang@bodan-kunststofftechnik.de. Die Bestellnummer erhalten Sie bei Bedarf von Ihrem Ansprechpartner in unserer Instandhaltung, Herrn Vogler.

Nach Eingang der korrigierten Rechnung erfolgt die Zahlung im nächsten regulären Zahllauf.

Mit freundlichen Grüßen

Sabine Wetzel
Finanzbuchhaltung / Kreditoren

Bodan Kunststofftechnik GmbH
Industriestraße 22 · 88074 Meckenbeuren
Telefon +49 7542 9381-214
kreditoren@bodan-kunststofftechnik.de

Geschäftsführer: Dr. Frank Lenz, Heike Ammann · Sitz der Gesellschaft: Meckenbeuren · Amtsgericht Ulm HRB 631207 · USt-IdNr. DE146882310"""),

    dict(id="s10de007", country="DE", date="2027-01-08T18:20", fmt="apple", stage="firm", ago=3,
         inv="KR-2026-1009", amt="1.342,80", due="2026-11-02",
         frm="Blumen Eberle <kontakt@blumen-eberle.de>",
         intent="promise", promise_date="2027-01-29",
         note="Partial payment of 700 EUR made today; the remaining 642,80 EUR promised for 29.01.",
         body="""Guten Abend,

ich habe heute 700 € überwiesen, mehr war nach dem Dezember leider nicht drin. Den Rest (642,80 €) schicke ich am 29.01., wenn das Hotel, für das wir die ganze Weihnachtsdeko gemacht haben, endlich bezahlt hat.

Ich hoffe, das ist in Ordnung so.

Viele Grüße
Andrea Eberle
Blumen Eberle · Cramergasse 4 · Lindau-Insel

Von meinem iPhone gesendet"""),

    dict(id="s10de008", country="DE", date="2026-12-08T08:33", fmt="bounce", stage="reminder",
         inv="KR-2026-1150", amt="512,00", due="2026-11-20",
         rcpt="pfarramt@st-josef-weiler.de", status="5.1.1", subj="Undelivered Mail Returned to Sender", mta="mout.kundenserver.de", remote="mx00.ionos.de",
         diag="550 5.1.1 <pfarramt@st-josef-weiler.de>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""This is the mail system at host mout.kundenserver.de.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pfarramt@st-josef-weiler.de>: host mx00.ionos.de[212.227.15.41] said: 550
    5.1.1 <pfarramt@st-josef-weiler.de>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s10de009", country="DE", date="2026-12-17T11:02", fmt="tb", stage="second_reminder", ago=2,
         inv="KR-2026-1066", amt="918,00", due="2026-11-12",
         frm="Pfarrbüro St. Martin <pfarrbuero@st-martin-wasserburg.de>",
         intent="other",
         note="Parish secretary has passed the reminder to the church treasurer, who will get in touch; no payment statement.",
         body="""Sehr geehrte Damen und Herren,

ich bin im Pfarrbüro nur die Sekretärin und habe keinen Zugriff auf das Konto der Kirchenstiftung. Ich habe Ihre Mahnung und die Rechnung für die Reparatur der Heizung im Pfarrheim heute an unseren Kirchenpfleger, Herrn Anton Bilgeri, weitergegeben. Er ist für die Zahlungen zuständig und wird sich bei Ihnen melden.

Eine gesegnete Adventszeit wünscht
Monika Strodel

Pfarrbüro St. Martin
Halbinselstr. 3, 88142 Wasserburg (Bodensee)
Tel. 08382 88 74 21
Bürozeiten: Di und Do 9–12 Uhr"""),

    dict(id="s10de010", country="DE", date="2026-12-14T21:37", fmt="apple", stage="second_reminder", ago=3,
         inv="KR-2026-1079", amt="264,20", due="2026-11-16",
         frm="Toni Kögel <koegel.malerbetrieb@web.de>",
         intent="paid", paid_on="2026-12-14",
         note="Painter, typed on the phone without umlauts: transferred today, full amount.",
         body="""hab heut ueberwiesen, sorry war die letzten wochen nur auf baustellen. 264,20 volle summe

gruss toni koegel

Von meinem iPhone gesendet"""),
]

CASES += [
    dict(id="s10de011", country="DE", date="2026-12-15T10:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="KR-2026-1034", amt="687,50", due="2026-11-10",
         frm="Sekretariat Grundschule am Hoyerberg <sekretariat@gs-hoyerberg.de>",
         intent="promise", promise_date="2026-12-18",
         note="School: the town treasury will pay 'bis spätestens 18.12.'",
         body="""Sehr geehrte Damen und Herren,

die Rechnung für die Reparatur der Duschen in der Turnhalle wird nicht von der Schule selbst bezahlt, sondern über den Sachaufwandsträger, also die Stadt. Ich habe heute bei der Kämmerei nachgefragt: die Auszahlungsanordnung ist unterschrieben und liegt bei der Stadtkasse, die Zahlung erfolgt laut Auskunft von Frau Baur bis spätestens 18.12.

Bitte haben Sie noch etwas Geduld.

Mit freundlichen Grüßen
B. Wiedemann
Schulsekretariat

Grundschule am Hoyerberg
Tel. 08382 70 41 10"""),

    dict(id="s10de012", country="CH", date="2027-01-05T08:50", fmt="tb", stage="reminder", ago=1,
         inv="KR-2026-1240", amt="455,00", due="2026-12-18",
         frm="Urs Baumgartner <urs.baumgartner@bluewin.ch>",
         intent="unsubscribe",
         note="Swiss customer asks to be taken off the e-mail reminders; pays by payment slip.",
         body="""Grüezi

Ich möchte keine solchen automatischen Mails mehr erhalten. Die Rechnung ist mit der Post gekommen und ich bezahle sie wie immer per Einzahlungsschein. Ich bin seit Jahren Kunde und habe noch nie eine Rechnung nicht bezahlt, dafür brauche ich keine Erinnerungen per Mail.

Bitte tragen Sie mich aus diesem Verteiler aus.

Freundliche Grüsse
Urs Baumgartner
Rorschach"""),

    dict(id="s10de013", country="DE", date="2027-01-12T14:03", fmt="html_outlook", stage="reminder", ago=2,
         inv="KR-2026-1228", amt="1.096,20", due="2026-12-23",
         frm="Jürgen Mahler <j.mahler@stadt-leutkirch-allgaeu.de>",
         intent="dispute",
         note="Town building office contests billed hours and a second call-out; invoice blocked until corrected.",
         body="""Sehr geehrte Damen und Herren,

bezüglich Ihrer Rechnung KR-2026-1228 vom 9. Dezember 2026 (Wartung und Störungsbeseitigung Heizzentrale Kindergarten Sonnenhalde) müssen wir Folgendes beanstanden:

Auf dem von unserem Hausmeister gegengezeichneten Arbeitsnachweis vom 4. Dezember sind 4,0 Monteurstunden vermerkt. Abgerechnet wurden jedoch 6,5 Stunden sowie zwei Anfahrtspauschalen. Eine zweite Anfahrt hat nach unserer Kenntnis nicht stattgefunden.

Wir bitten um Prüfung und Übersendung einer korrigierten Rechnung bzw. einer Gutschrift über die Differenz. Bis dahin ist die Rechnung in unserem Haushaltssystem zur Zahlung gesperrt.

Mit freundlichen Grüßen
Im Auftrag

Jürgen Mahler
Stadtbauamt – Sachgebiet Gebäudewirtschaft
Stadtverwaltung Leutkirch im Allgäu
Rathaus, Marktplatz 1
Telefon 07561 87-241
j.mahler@stadt-leutkirch-allgaeu.de"""),

    dict(id="s10de014", country="AT", date="2026-12-07T08:41", fmt="ooo", stage="reminder", ago=0,
         inv="KR-2026-1133", amt="2.018,00", due="2026-11-23",
         frm="Ing. Helga Moosbrugger <h.moosbrugger@moosbrugger-bau.at>",
         intent="out_of_office", return_date="2026-12-09",
         note="Austrian auto-reply: away 7 and 8 December (Mariä Empfängnis), back Wednesday 9 December.",
         body="""Sehr geehrte Damen und Herren,

ich bin am 7. und 8. Dezember (Feiertag Mariä Empfängnis) nicht im Büro und ab Mittwoch, 9. Dezember, wieder für Sie da. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +43 5574 45112-0 oder office@moosbrugger-bau.at.

Mit freundlichen Grüßen
Helga Moosbrugger"""),

    dict(id="s10de015", country="DE", date="2026-12-18T20:15", fmt="gmail", stage="second_reminder", ago=4,
         inv="KR-2026-1018", amt="8.940,00", due="2026-11-20",
         frm="Claudia Lanz <lanz.familie@gmail.com>",
         intent="plan_request",
         note="Homeowners cannot pay the heat-pump invoice at once while the subsidy is delayed; ask for instalments, no dates offered.",
         body="""Sehr geehrte Damen und Herren,

wir wissen, dass die Rechnung für die neue Wärmepumpe seit November offen ist, und es ist uns ehrlich gesagt sehr unangenehm. Wir hatten fest mit der Förderung von der KfW gerechnet, die Auszahlung verzögert sich aber, weil noch ein Nachweis vom Energieberater fehlt.

Den gesamten Betrag auf einmal können wir im Moment nicht stemmen. Wäre es möglich, die Summe in mehreren Raten zu zahlen, bis die Förderung da ist? Wie viele Raten und in welcher Höhe, würden wir gern mit Ihnen absprechen – vielleicht kann Herr Kessler uns kurz anrufen (0176 23884107, am besten abends).

Mit freundlichen Grüßen
Claudia Lanz"""),

    dict(id="s10de016", country="DE", date="2026-12-11T09:25", fmt="html_outlook", stage="reminder", ago=1,
         inv=[("KR-2026-1091", "1.870,00", "2026-11-25"), ("KR-2026-1124", "624,75", "2026-11-30")],
         frm="Tobias Ruf <kreditoren@brenninger-praezision.de>",
         intent="paid", paid_on="2026-12-10",
         note="Accounts payable: both invoices paid in the payment run of 10.12.2026 (one combined transfer).",
         body="""Guten Tag,

beide Rechnungen sind mit unserem Zahllauf vom 10.12.2026 beglichen worden (Sammelüberweisung über 2.494,75 €, Verwendungszweck „Zahlung 2000418873 KR-2026-1091 KR-2026-1124“). Der Betrag sollte in den nächsten 1–2 Bankarbeitstagen bei Ihnen eingehen.

Freundliche Grüße

Tobias Ruf
Kreditorenbuchhaltung

Brenninger Präzisionsteile GmbH
Im Gewerbepark 9 · 87700 Memmingen
Tel. +49 8331 96420-37
Geschäftsführung: Stefan Brenninger · Registergericht Memmingen HRB 18335 · USt-IdNr. DE812774019"""),

    dict(id="s10de017", country="DE", date="2027-01-07T11:10", fmt="outlook", stage="reminder", ago=3,
         inv="KR-2026-1262", amt="389,00", due="2026-12-28",
         frm="Sandra Reiter <s.reiter@immo-reiter-lindau.de>",
         intent="contact_change", new_email="objektbuchhaltung@immo-reiter-lindau.de",
         note="Property manager: reminders and invoices to go to the new property-accounting mailbox.",
         body="""Hallo,

bitte schicken Sie Zahlungserinnerungen und Rechnungen für die von uns verwalteten Objekte nicht mehr an mich persönlich. Seit 1. Januar läuft das bei uns alles über die Objektbuchhaltung:

objektbuchhaltung@immo-reiter-lindau.de

Die Rechnung KR-2026-1262 (WEG Lindenhofweg 12) habe ich dorthin weitergeleitet.

Danke und viele Grüße
Sandra Reiter

Immobilienverwaltung Reiter
Tel. 08382 94 37 60"""),

    dict(id="s10de018", country="DE", date="2027-01-07T07:12", fmt="gmail", stage="firm", ago=2,
         inv="KR-2026-1001", amt="1.230,60", due="2026-11-05",
         frm="Gärtnerei Huber <gaertnerei.huber.nonnenhorn@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Nursery: transfer goes out on Monday (reply Thu 7 Jan -> 11 Jan).",
         body="""Guten Morgen,

wir sind seit heute wieder im Betrieb (Betriebsurlaub bis Dreikönig). Die Überweisung geht am Montag raus, vorher komm ich nicht dran, unser Online-Banking musste nach dem Bankwechsel neu eingerichtet werden und die TAN-App spinnt noch.

Gruß
Florian Huber
Gärtnerei & Gartengestaltung Huber, Nonnenhorn"""),

    dict(id="s10de019", country="DE", date="2026-12-09T16:40", fmt="apple", stage="reminder", ago=2,
         inv="KR-2026-1170", amt="1.412,30", due="2026-11-26",
         frm="Dr. Wolfgang Stöckle <w.stoeckle@t-online.de>",
         intent="bank_details",
         note="Two different IBANs on the e-mailed and the paper invoice; asks which account is genuine before paying.",
         body="""Sehr geehrte Damen und Herren,

bevor ich überweise, eine Frage: Auf der Rechnung, die ich im November per E-Mail bekommen habe, steht eine IBAN bei einer Sparkasse, auf dem Papierexemplar, das mir Ihr Monteur dagelassen hat, eine andere bei der Volksbank. Man liest ja derzeit viel von gefälschten Rechnungen.

Welche Bankverbindung ist die richtige? Bitte bestätigen Sie mir das kurz, gern auch telefonisch unter 08382 51762.

Mit freundlichen Grüßen
Wolfgang Stöckle"""),

    dict(id="s10de020", country="DE", date="2026-12-22T09:30", fmt="tb", stage="second_reminder", ago=5,
         inv="KR-2026-1111", amt="298,50", due="2026-11-24",
         frm="Helmut Zwerger <helmut.zwerger@gmx.de>",
         intent="copy_request",
         note="Landlord never received the invoice; asks for it with the work report as PDF before paying.",
         body="""Guten Tag,

ich kann mit dieser Mahnung nichts anfangen. Eine Rechnung KR-2026-1111 habe ich nie bekommen, weder per Post noch per Mail. Es kann sich höchstens um den Einsatz in meiner Mietwohnung in der Schachener Straße handeln, da war im Oktober jemand wegen dem tropfenden Spülkasten.

Schicken Sie mir bitte die Rechnung mit dem Arbeitsbericht als PDF zu, dann überweise ich das.

H. Zwerger"""),
]

CASES += [
    dict(id="s10de021", country="DE", date="2027-01-12T15:48", fmt="outlook", fwd=True, stage="firm", ago=4,
         inv="KR-2026-1057", amt="2.775,00", due="2026-11-13",
         frm="Melanie Sutter <m.sutter@zahnarzt-dr-greiner.de>",
         intent="promise", promise_date="2027-01-31",
         note="Assistant forwards the dentist's internal answer: 'bis Ende des Monats' = 31 January; the 25th is when their own money arrives, not the promise; side question about the late fee.",
         body="""Sehr geehrte Damen und Herren,

anbei die Antwort von Herrn Dr. Greiner zu Ihrer Mahnung, er ist diese Woche auf einer Fortbildung.

Viele Grüße
Melanie Sutter
Verwaltung Zahnarztpraxis Dr. Greiner

-----Ursprüngliche Nachricht-----
Von: Dr. Stefan Greiner <s.greiner@zahnarzt-dr-greiner.de>
Gesendet: Dienstag, 12. Januar 2027 13:02
An: Melanie Sutter <m.sutter@zahnarzt-dr-greiner.de>
Betreff: AW: 2. Mahnung: Rechnung KR-2026-1057 ist weiterhin offen – Kessler & Rauch Haustechnik GmbH

Melanie, bitte schreib denen, dass wir bis Ende des Monats zahlen. Die Abschlagszahlung von der KZV kommt erst am 25., vorher ist auf dem Praxiskonto zu wenig drauf. Und frag bitte nach, ob die Verzugspauschale wirklich sein muss, der Speicher war ja erst im Oktober fertig.

S. G.

Gesendet von Outlook für iOS"""),

    dict(id="s10de022", country="DE", date="2027-01-05T19:55", fmt="tb", stage="reminder", ago=6,
         inv="KR-2026-1198", amt="1.164,00", due="2026-12-15",
         frm="Kasse TSV Oberreitnau <kasse@tsv-oberreitnau.de>",
         intent="paid", paid_on="2026-12-28",
         note="Sports club treasurer transferred on 28.12., before the reminder arrived.",
         body="""Hallo zusammen,

die Rechnung für die Heizungsreparatur im Vereinsheim habe ich am 28.12. überwiesen, also noch bevor Ihre Erinnerung kam. Wir sind ein Verein, da müssen immer zwei Vorstände freigeben, deshalb hat es etwas gedauert.

Bitte schauen Sie nochmal auf dem Konto nach, Verwendungszweck war „KR-2026-1198 TSV Vereinsheim“.

Sportliche Grüße
Günther Heim
Kassier TSV Oberreitnau e.V."""),

    dict(id="s10de023", country="DE", date="2026-12-16T12:31", fmt="gmail", stage="reminder", ago=2,
         inv="KR-2026-1166", amt="318,92", due="2026-12-04",
         frm="Elektro Hagspiel <elektro.hagspiel@gmail.com>",
         intent="dispute",
         note="Angry tradesman contests billed hours, call-out and flat-rate material; won't pay as invoiced.",
         body="""Ganz ehrlich?? Ihr Monteur war keine 25 Minuten bei mir in der Werkstatt, hat ein Ventil am Heizkörper getauscht und ist wieder gefahren. Und Sie berechnen mir 2 Std Arbeitszeit plus Anfahrt plus "Kleinmaterial" pauschal 38 Euro?

Ich bin selber Handwerker und weiss was sowas kostet. Das zahl ich so nicht. Entweder Sie schicken mir eine vernünftige Rechnung oder das wars mit uns.

Hagspiel"""),

    dict(id="s10de024", country="DE", date="2027-01-14T10:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="KR-2026-1209", amt="574,10", due="2026-12-11",
         frm="Lena Maier <lena.maier.93@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer, asks the firm to check its records.",
         body="""Hallo,

ich glaube, Sie haben die falsche Adresse. Ich heiße zwar Maier, wohne aber in Stuttgart und hatte nie etwas mit Ihrer Firma zu tun – bei mir wurde auch keine Heizung repariert. Das ist jetzt schon die zweite Mail.

Vielleicht gibt es bei Ihnen eine L. Maier mit einer ähnlichen Adresse, bitte prüfen Sie das.

Viele Grüße
Lena Maier"""),

    dict(id="s10de025", country="DE", date="2026-12-23T07:50", fmt="ooo", stage="reminder", ago=1,
         inv="KR-2026-1233", amt="426,00", due="2026-12-11",
         frm="Tierarztpraxis Dr. Hämmerle <praxis@tierarzt-haemmerle.de>",
         intent="out_of_office", return_date="2027-01-07",
         note="Vet practice closed until and including 6 January (Epiphany); first day back is Thursday 7 January.",
         body="""Liebe Tierhalterinnen und Tierhalter, liebe Geschäftspartner,

unsere Praxis ist über die Feiertage bis einschließlich 6. Januar 2027 (Heilige Drei Könige) geschlossen. E-Mails werden in dieser Zeit nicht gelesen.

In Notfällen wenden Sie sich bitte an den tierärztlichen Notdienst im Landkreis Lindau oder an die Tierklinik in Kempten.

Wir wünschen Ihnen frohe Weihnachten und einen guten Rutsch!
Ihr Praxisteam Dr. Hämmerle"""),

    dict(id="s10de026", country="DE", date="2026-12-15T13:44", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="KR-2026-1088", amt="2.140,00", due="2026-11-19",
         frm="Jens Fessler <info@sport-fessler.de>",
         intent="promise",
         note="Sports shop will pay 'in der KW 2' (a week, not a single day); asks for no further fees.",
         body="""Hallo,

ich weiß, ich bin spät dran. Dezember ist bei uns im Laden der wichtigste Monat, und die ganze Ware für die Skisaison hab ich vorfinanziert. Ich überweise den Betrag in der KW 2, dann ist das Weihnachtsgeschäft durch und das Konto wieder im Plus.

Bitte bis dahin keine weiteren Mahngebühren.

Danke & Gruß
Jens Fessler
Sport Fessler · Hauptstraße 33 · Lindenberg i. Allgäu
Tel. 08381 4 02 77"""),

    dict(id="s10de027", country="CH", date="2027-01-13T11:20", fmt="apple", stage="second_reminder", ago=2,
         inv="KR-2026-1190", amt="3.620,00", due="2026-12-10",
         frm="Nadine Kälin <buchhaltung@brunner-liegenschaften.ch>",
         intent="paid", paid_on="2027-01-11",
         note="Swiss property company released the payment via e-banking on Monday (11 Jan); side question about invoicing in CHF.",
         body="""Grüezi

Die Zahlung über EUR 3'620.00 haben wir am Montag via E-Banking ausgelöst. Da es eine Auslandzahlung ist, kann es ein, zwei Tage länger dauern, bis der Betrag bei Ihnen gutgeschrieben ist.

Noch eine Frage: Wäre es möglich, uns künftige Rechnungen in CHF zu stellen? Das würde uns die Verbuchung erleichtern.

Freundliche Grüsse

Nadine Kälin
Buchhaltung
Brunner Liegenschaften AG
Hauptstrasse 41, 9422 Staad
T +41 71 855 32 10"""),

    dict(id="s10de028", country="DE", date="2026-12-16T18:05", fmt="outlook", stage="reminder", ago=2,
         inv=[("KR-2026-1141", "512,40", "2026-12-01"), ("KR-2026-1158", "1.089,00", "2026-12-07")],
         frm="Gerda Wiedemer <gerda.wiedemer@arcor.de>",
         intent="promise", promise_date="2026-12-21",
         note="Landlady will transfer both invoices together on Monday 21.12.",
         body="""Guten Abend,

die beiden Rechnungen (Thermenwartung Wohnung 3 und die Heizkörper im Treppenhaus) sind mir bekannt. Ich bin bis zum Wochenende bei meiner Tochter in München und komme vorher nicht an meine Unterlagen. Ich überweise beide zusammen am Montag, 21.12.

Mit freundlichen Grüßen
Gerda Wiedemer"""),

    dict(id="s10de029", country="AT", date="2027-01-19T15:10", fmt="gmail", stage="firm", ago=3,
         inv="KR-2026-1047", amt="4.386,00", due="2026-11-12",
         frm="Gasthof Rössle <gasthof.roessle.lochau@gmail.com>",
         intent="plan_request",
         note="Austrian innkeeper asks to pay the boiler invoice in instalments; leaves the terms to the firm.",
         body="""Grüß Gott,

ja, ich weiß eh, die Rechnung für den neuen Boiler ist überfällig. Ehrlich gesagt schaut's bei uns grad nicht gut aus, die Weihnachtsfeiern waren heuer sehr mau und im Jänner ist sowieso tote Hose.

Könnten wir das in Raten machen? Ich möcht das gern ordentlich zahlen, aber alles auf einmal geht im Moment nicht. Sagen Sie mir, was für Sie passt.

Mit freundlichen Grüßen
Alois Bereuter
Gasthof Rössle, Lochau"""),

    dict(id="s10de030", country="DE", date="2027-01-20T09:40", fmt="html_outlook", stage="reminder", ago=2,
         inv="KR-2026-1251", amt="1.935,60", due="2026-12-30",
         frm="Katrin Obermaier <weg-buchhaltung@seeblick-verwaltung.de>",
         intent="copy_request",
         note="Property manager needs the signed work report before releasing payment.",
         body="""Sehr geehrte Damen und Herren,

für die Freigabe der Rechnung KR-2026-1251 (Austausch Umwälzpumpe Heizungsanlage, WEG Bregenzer Str. 88) benötigen wir noch den vom Hausmeister unterschriebenen Arbeitsbericht. Rechnungen über 1.500 € dürfen wir laut Beschluss der Eigentümerversammlung nur mit Leistungsnachweis bezahlen.

Bitte senden Sie uns den Bericht per E-Mail zu. Nach Eingang geben wir die Zahlung umgehend frei.

Mit freundlichen Grüßen

Katrin Obermaier
Objektbuchhaltung

Seeblick Immobilienverwaltung GmbH
Bregenzer Straße 110 · 88131 Lindau
Tel. 08382 94388-12 · Fax 08382 94388-19
Geschäftsführer: Rainer Holl · Amtsgericht Kempten HRB 9921"""),
]

CASES += [
    dict(id="s10de031", country="DE", date="2027-01-04T09:02", fmt="apple", stage="second_reminder", ago=4,
         inv="KR-2026-1176", amt="148,00", due="2026-12-02",
         frm="Markus Wirth <markus.wirth@icloud.com>",
         intent="paid",
         note="Very short: says it is transferred, receipt attached; no day given.",
         body="""Ist überwiesen, Beleg hängt an.

M. Wirth

Von meinem iPhone gesendet"""),

    dict(id="s10de032", country="DE", date="2027-01-18T21:14", fmt="html_gmail", stage="reminder", ago=4,
         inv="KR-2026-1266", amt="96,00", due="2027-01-08",
         frm="Ingrid Pfanner <ingrid.pfanner@gmail.com>",
         intent="paid", paid_on="2027-01-18",
         note="Paid just now by credit card through the link in the reminder.",
         body="""Guten Abend,

ich habe eben über den Link in Ihrer Mail mit Kreditkarte bezahlt, das ging ja ganz einfach. Die Bestätigung ist auch schon gekommen.

Das war die Rechnung fürs Entlüften der Heizkörper und den Dichtungswechsel im Bad – vielen Dank nochmal an Ihren netten jungen Monteur!

Herzliche Grüße
Ingrid Pfanner"""),

    dict(id="s10de033", country="DE", date="2026-12-08T07:35", fmt="tb", stage="reminder", ago=1,
         inv="KR-2026-1097", amt="673,20", due="2026-11-27",
         frm="Bernd Vögel <bernd.voegel@gmx.de>",
         intent="paid", paid_on="2026-12-02",
         note="Annoyed: transferred on 2 December, tells the firm to check its own account.",
         body="""Morgen,

was soll das? Die Rechnung habe ich am 2. Dezember überwiesen, das steht auf meinem Kontoauszug schwarz auf weiß. Bevor Sie Leute anmahnen, schauen Sie bitte erst mal auf Ihr eigenes Konto.

B. Vögel"""),

    dict(id="s10de034", country="DE", date="2026-12-10T14:22", fmt="outlook", stage="reminder", ago=2,
         inv="KR-2026-1139", amt="5.812,40", due="2026-11-30",
         frm="Thomas Riedmann <t.riedmann@allgaeuer-sennerei-hergatz.de>",
         cc="Buchhaltung Sennerei <buchhaltung@allgaeuer-sennerei-hergatz.de>",
         intent="contact_change", new_email="buchhaltung@allgaeuer-sennerei-hergatz.de",
         note="Maintenance manager of a dairy: reminders belong to the accounting department; gives its address (copied in).",
         body="""Hallo,

die Mahnung ist bei mir falsch. Ich bin Leiter der Instandhaltung und habe mit dem Zahlungsverkehr nichts zu tun – die Rechnung für die Wartung der Dampfkesselanlage habe ich im November sachlich geprüft und abgezeichnet weitergegeben.

Bitte schicken Sie Erinnerungen künftig direkt an unsere Buchhaltung: buchhaltung@allgaeuer-sennerei-hergatz.de (Frau Dorn). Ich habe sie hier in Kopie gesetzt.

Gruß
Thomas Riedmann
Leiter Instandhaltung / Technik
Allgäuer Sennerei Hergatz eG
Mobil 0160 97214458"""),

    dict(id="s10de035", country="DE", date="2027-01-15T10:30", fmt="tb", stage="heads_up", ago=1,
         inv="KR-2027-0004", amt="340,00", due="2027-01-25",
         frm="Hans-Jürgen Albrecht <hj.albrecht@posteo.de>",
         intent="bank_details",
         note="Customer paying by direct debit announces his new account and asks whether a new SEPA mandate is needed.",
         body="""Sehr geehrte Damen und Herren,

die Jahrespauschale für den Wartungsvertrag buchen Sie ja per Lastschrift von meinem Konto ab. Ich habe zum Jahreswechsel die Bank gewechselt, das alte Konto wird Ende Januar aufgelöst.

Neue Bankverbindung:
Kontoinhaber: Hans-Jürgen Albrecht
IBAN: DE98 7335 0000 0514 2093 88
Bank: Sparkasse Allgäu

Bitte ziehen Sie den Betrag von diesem Konto ein. Brauchen Sie dafür ein neues SEPA-Mandat? Dann schicken Sie mir bitte das Formular.

Mit freundlichen Grüßen
H.-J. Albrecht"""),

    dict(id="s10de036", country="DE", date="2027-01-13T16:05", fmt="html_outlook", stage="firm", ago=5,
         inv=[("KR-2026-1072", "6.420,00", "2026-11-16"), ("KR-2026-1203", "1.388,50", "2026-12-14")],
         frm="Dr. Kerstin Vollmer <rechnungswesen@seeklinik-nonnenhorn.de>",
         intent="promise", promise_date="2027-01-22",
         note="Clinic's finance department: both invoices checked, payment ordered 'bis spätestens 22. Januar 2027' after an ERP change; asks to waive interest.",
         body="""Sehr geehrte Damen und Herren,

vielen Dank für Ihr Schreiben vom 8. Januar 2027.

Die beiden Rechnungen KR-2026-1072 (Sanierung Sanitärbereich Station 2) und KR-2026-1203 (Nacharbeiten) liegen uns vor und sind sachlich und rechnerisch geprüft. Aufgrund der Umstellung unseres ERP-Systems zum Jahreswechsel konnten im Dezember und in der ersten Januarwoche leider keine Zahlläufe durchgeführt werden; wir bitten, die Verzögerung zu entschuldigen.

Die Zahlung beider Rechnungen ist für den nächsten Zahllauf vorgesehen und wird bis spätestens 22. Januar 2027 angewiesen. Wir gehen davon aus, dass unter diesen Umständen auf die Berechnung von Verzugszinsen und Pauschalen verzichtet werden kann.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

i. A. Dr. Kerstin Vollmer
Leitung Finanz- und Rechnungswesen

Seeklinik Nonnenhorn GmbH
Uferweg 4–6 · 88149 Nonnenhorn
Telefon +49 8382 8890-310 · Telefax +49 8382 8890-399
www.seeklinik-nonnenhorn.de

Sitz der Gesellschaft: Nonnenhorn · Registergericht: Amtsgericht Kempten HRB 11764
Geschäftsführung: Michael Brandner, Dr. Eva Kofler

Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, ist jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts untersagt. Bitte benachrichtigen Sie uns in diesem Fall umgehend."""),

    dict(id="s10de037", country="DE", date="2026-12-09T11:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="KR-2026-1029", amt="1.240,00", due="2026-11-09",
         frm="Daniela Kraus <einkauf@hydrotec-filter.de>",
         intent="dispute",
         note="Industrial customer: maintenance contract flat fee is 1.059,10 EUR gross, not 1.240 EUR; will pay the agreed sum after a corrected invoice.",
         body="""Sehr geehrte Damen und Herren,

wir widersprechen Ihrer Mahnung. Für die jährliche Wartung der Heizungs- und Lüftungsanlage in unserer Halle 3 gilt der Wartungsvertrag Nr. WV-2021-118 mit einer Pauschale von 890,00 € netto, also 1.059,10 € brutto. Berechnet wurden 1.240,00 €, ohne dass uns zusätzliche Leistungen angeboten oder von uns beauftragt wurden.

Den vertraglich vereinbarten Betrag zahlen wir selbstverständlich, sobald uns eine korrigierte Rechnung vorliegt. Die Mahnstufe bitten wir zurückzunehmen.

Mit freundlichen Grüßen
Daniela Kraus
Einkauf

Hydrotec Filtersysteme GmbH & Co. KG
Tel. +49 7522 9160-35"""),

    dict(id="s10de038", country="DE", date="2027-01-21T10:12", fmt="outlook", stage="firm", ago=3,
         inv="KR-2026-0971", amt="2.918,40", due="2026-10-28",
         frm="Petra Walser <info@schreinerei-walser.de>",
         intent="other",
         note="Debtor is under provisional insolvency administration; claim must go to the administrator.",
         body="""Sehr geehrte Damen und Herren,

wir teilen Ihnen mit, dass das Amtsgericht Kempten mit Beschluss vom 14. Januar 2027 über das Vermögen der Schreinerei Walser GmbH die vorläufige Insolvenzverwaltung angeordnet hat (Az. 3 IN 12/27). Zum vorläufigen Insolvenzverwalter wurde Rechtsanwalt Dr. Jochen Haas, Kanzlei Haas & Kollegen in Kempten, bestellt.

Zahlungen auf Altforderungen dürfen wir ohne Zustimmung des vorläufigen Insolvenzverwalters nicht mehr leisten. Bitte wenden Sie sich mit Ihrer Forderung direkt an die Kanzlei.

Mit freundlichen Grüßen
Petra Walser
Schreinerei Walser GmbH"""),

    dict(id="s10de039", country="CH", date="2026-12-24T08:35", fmt="ooo", stage="reminder", ago=0,
         inv="KR-2026-1219", amt="1.620,00", due="2026-12-09",
         frm="Gemeindeverwaltung Thal <gemeindeverwaltung@thal-sg.ch>",
         intent="out_of_office", return_date="2027-01-06",
         note="Swiss municipal office closed 'bis und mit 5. Januar 2027'; first day back 6 January.",
         body="""Guten Tag

Besten Dank für Ihre Nachricht.

Die Gemeindeverwaltung bleibt über die Festtage vom 24. Dezember 2026 bis und mit 5. Januar 2027 geschlossen. Ihre E-Mail wird nach unserer Rückkehr bearbeitet.

Bei Todesfällen erreichen Sie das Bestattungsamt über die Pikettnummer 071 858 40 00.

Freundliche Grüsse
Gemeindeverwaltung Thal"""),

    dict(id="s10de040", country="AT", date="2027-01-11T12:48", fmt="apple", stage="reminder", ago=4,
         inv="KR-2026-1257", amt="233,00", due="2026-12-31",
         frm="Stefan Gmeiner <stefan.gmeiner@gmx.at>",
         intent="promise", promise_date="2027-01-13",
         note="Austrian, du-form, no umlauts: will transfer 'uebermorgen' (reply Mon 11 Jan -> 13 Jan).",
         body="""servus, hab die rechnung erst jetzt gsehn, war im urlaub. ueberweis ich dir uebermorgen, heut und morgen bin ich auf montage in feldkirch. passt eh?

lg stefan

Von meinem iPhone gesendet"""),
]
