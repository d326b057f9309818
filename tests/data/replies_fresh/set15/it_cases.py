"""Italian debtor replies to Idrotermica Brianza S.r.l. (Monza), handwritten one by one."""

CASES = [
    dict(id="s15it001", date="2026-12-09T13:42", fmt="gmail", stage="reminder", ago=2,
         inv="1094/2026", amt="386,40", due="2026-11-30",
         frm="Luca Sangalli <trattoria.ilportico@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'venerdì' from Wednesday 9 December = Friday 11 December.",
         body="""ok, venerdì faccio il bonifico

Luca"""),

    dict(id="s15it002", date="2026-12-15T10:18", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="1012/2026", amt="2.745,00", due="2026-10-31",
         frm="Studio Mapelli Amministrazioni <amministrazione@studiomapelli.it>",
         intent="paid", paid_on="2026-12-14",
         note="Transfer ordered on 14/12/2026, CRO given; 2 December is the assembly date, not a payment date.",
         body="""Buongiorno,

in riferimento al Vostro sollecito, Vi comunichiamo che in data 14/12/2026 è stato disposto dal conto del Condominio Residenza I Tigli il bonifico a saldo della fattura n. 1012/2026 di € 2.745,00 (intervento di sostituzione pompa di circolazione in centrale termica).

CRO: 0306912345678901234567

Il ritardo è dovuto all'attesa della delibera assembleare di approvazione della spesa straordinaria, tenutasi il 2 dicembre u.s.

Cordiali saluti

Rag. Silvia Mapelli
Studio Mapelli Amministrazioni Condominiali
Via Vittorio Emanuele II 41 – 20900 Monza (MB)
Tel. 039 322 7781 – Fax 039 322 7782"""),

    dict(id="s15it003", date="2026-12-10T19:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="1051/2026", amt="3.980,00", due="2026-11-15",
         frm="Hotel Belvedere Brunate <direzione@hotelbelvederebrunate.it>",
         intent="dispute",
         note="Refuses to pay until the boiler is fixed and asks for a deduction.",
         body="""Buonasera,
mi scusi ma avete il coraggio di mandarmi anche il secondo sollecito? La caldaia che avete installato a ottobre va in blocco un giorno sì e uno no, ho avuto ospiti senza acqua calda nel weekend del ponte e ho dovuto rimborsare due camere. Ho chiamato il vostro tecnico tre volte, l'ultima martedì, e non si è visto nessuno.

La fattura la pago quando l'impianto funziona come si deve, non un giorno prima. E mi aspetto che mi scaliate almeno le due camere.

Mandatemi qualcuno entro questa settimana.

Giorgio Bernasconi
Hotel Belvedere – Brunate"""),

    dict(id="s15it004", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="1120/2026", amt="1.464,00", due="2026-11-30",
         frm="Paola Rigamonti <p.rigamonti@comune.vedanobrianzolo.mb.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 23 Dec to 6 Jan inclusive; back Thursday 7 January.",
         body="""Gentile utente,

sono assente dall'ufficio dal 23 dicembre 2026 al 6 gennaio 2027 compresi, con accesso limitato alla posta elettronica.
Per pratiche urgenti relative a pagamenti e liquidazioni è possibile scrivere a protocollo@comune.vedanobrianzolo.mb.it.

Riprenderò servizio giovedì 7 gennaio.

Cordiali saluti

Dott.ssa Paola Rigamonti
Responsabile Servizio Finanziario
Comune di Vedano Brianzolo"""),

    dict(id="s15it005", date="2026-12-14T21:37", fmt="gmail", stage="firm", ago=4,
         inv="0987/2026", amt="1.920,00", due="2026-10-20",
         frm="Antonella Perego <antoperego78@gmail.com>",
         intent="plan_request",
         note="Asks to split into 3 or 4 instalments, no date committed.",
         body="""buonasera, so che siamo in ritardo con la fattura della caldaia, mi dispiace davvero. mio marito è in cassa integrazione da settembre e in questo momento non riusciamo a pagare tutto in una volta.
sarebbe possibile dividerla in 3 o 4 rate? ditemi voi come devo fare, non vogliamo sparire anzi

grazie
Antonella Perego"""),

    dict(id="s15it006", date="2027-01-12T11:20", fmt="outlook", stage="second_reminder", ago=5,
         inv="1133/2026", amt="732,00", due="2026-12-10",
         frm="Segreteria IC Don Milani <mbic87400q@istruzione.it>",
         intent="copy_request",
         note="Public school: invoice not received via SdI; asks for an electronic invoice with office code and CIG before paying.",
         body="""Buongiorno,

in riferimento al sollecito in oggetto si fa presente che la fattura n. 1133/2026 non risulta pervenuta a questa Istituzione Scolastica tramite il Sistema di Interscambio. Si ricorda che la Pubblica Amministrazione non può accettare fatture in formato cartaceo o PDF inviate per e-mail.

Si prega pertanto di trasmettere la fattura elettronica indicando:
- Codice Univoco Ufficio: UF7K2Q
- CIG: Z4A3B9C21E
- regime di scissione dei pagamenti (split payment)

Solo dopo la ricezione sarà possibile procedere alla liquidazione.

Distinti saluti

Il DSGA
Rosaria Cantù
Istituto Comprensivo "Don Milani" – Via Manzoni 12, 20851 Lissone (MB)
Tel. 039 245 6610"""),

    dict(id="s15it007", date="2027-01-08T09:12", fmt="outlook", stage="reminder", ago=1,
         inv="1149/2026", amt="5.612,50", due="2026-12-31",
         frm="Marco Villa <m.villa@gruppo-edilnord.it>",
         cc="contabilita.fornitori@gruppo-edilnord.it",
         intent="contact_change", new_email="contabilita.fornitori@gruppo-edilnord.it",
         note="Site manager asks that invoices and reminders go to the accounts department.",
         body="""Buongiorno,

io mi occupo solo dei cantieri, per fatture e pagamenti scrivete per favore direttamente all'amministrazione: contabilita.fornitori@gruppo-edilnord.it (att.ne sig.ra Brambilla). Le ho messo in copia.

Grazie

Marco Villa
Capocantiere – Edilnord Costruzioni S.p.A.
Cell. 335 781 2290"""),

    dict(id="s15it008", date="2026-12-17T15:48", fmt="outlook", stage="reminder", ago=2,
         inv="1107/2026", amt="4.270,00", due="2026-11-30",
         frm="Elena Redaelli <amministrazione@panificioredaelli.it>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new (Lithuanian) IBAN; asks to confirm the firm's bank details before paying.",
         body="""Buongiorno,

prima di pagare vorrei una conferma. Ieri ci è arrivata una mail, apparentemente da voi, in cui si dice che avete cambiato banca e che il bonifico va fatto su un nuovo IBAN presso una banca lituana (inizia con LT). Mi sembra strano e preferisco non fare niente finché non ci sentiamo.

Il vostro IBAN è sempre quello su Banco BPM che abbiamo usato finora? Potete chiamarmi allo 039 601 4432?

Grazie
Elena Redaelli
Panificio Redaelli S.n.c."""),

    dict(id="s15it009", date="2027-01-15T18:22", fmt="gmail", stage="firm", ago=3,
         inv="1088/2026", amt="2.310,00", due="2026-11-25",
         frm="Davide Longoni <davidelongoni.elettricista@gmail.com>",
         intent="paid", paid_on="2027-01-15",
         note="Partial payment (800 euro deposit) made today; the rest only vaguely promised ('entro febbraio, forse').",
         body="""Ciao,
oggi ho fatto un bonifico di 800 euro come acconto sulla fattura 1088. Il resto purtroppo ve lo do appena mi pagano il lavoro di Seregno, mi hanno promesso entro febbraio ma sapete come va. Vi tengo aggiornati.

Davide"""),

    dict(id="s15it010", date="2027-01-11T10:05", fmt="tb", stage="second_reminder", ago=4,
         inv="1139/2026", amt="915,00", due="2026-12-15",
         frm="Chiara Sala <studio@salaarchitetti.it>",
         intent="promise", promise_date="2027-01-31",
         note="'entro fine mese' written on 11 January = 31 January.",
         body="""Buongiorno,

avete ragione, mi era sfuggita: con la chiusura di fine anno dello studio è rimasta in fondo alla pila. La saldo entro fine mese insieme agli altri fornitori.

Un saluto
Chiara Sala

--
Sala Architetti Associati
Via Carlo Porta 7, 20851 Lissone (MB)
tel 039 480 2215"""),

    dict(id="s15it011", date="2026-12-21T12:47", fmt="apple", stage="reminder", ago=4,
         inv="1126/2026", amt="468,00", due="2026-12-05",
         frm="Bar Sport Arcore <barsportarcore@icloud.com>",
         intent="promise",
         note="'dopo le feste' is a vague time: no single date.",
         body="""Si si lo so, dopo le feste sistemo tutto, adesso qui è un delirio
Ciao

Inviato da iPhone"""),

    dict(id="s15it012", date="2026-12-07T09:14", fmt="gmail", stage="reminder", ago=3,
         inv="1069/2026", amt="1.150,00", due="2026-11-20",
         frm="Ivano Tagliabue <ivano.tagliabue@gmail.com>",
         intent="paid", paid_on="2026-12-03",
         note="Transfer made Thursday 3 December, crossed with the reminder.",
         body="""Buongiorno,
il bonifico l'ho fatto giovedì 3, penso si sia incrociato con la vostra mail. Se non vi risulta entro un paio di giorni fatemi sapere che vi giro la ricevuta.

Saluti
Ivano Tagliabue"""),

    dict(id="s15it013", date="2027-01-13T16:30", fmt="outlook", fwd=True, stage="firm", ago=2,
         inv="1098/2026", amt="6.840,00", due="2026-11-30",
         frm="Marta Galbiati <m.galbiati@colombo-meccanica.it>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the director's answer: payment in the run of the 20th (January).",
         body="""Buongiorno,

vi inoltro qui sotto la risposta del dott. Colombo. Confermo quindi che il pagamento verrà effettuato il 20 gennaio.

Cordiali saluti

Marta Galbiati
Segreteria di Direzione
Colombo Meccanica di Precisione S.r.l.
Via dell'Industria 22 – 20862 Arcore (MB)
Tel. 039 601 88 40

-----Messaggio originale-----
Da: Alberto Colombo <a.colombo@colombo-meccanica.it>
Inviato: mercoledì 13 gennaio 2027 15:52
A: Marta Galbiati <m.galbiati@colombo-meccanica.it>
Oggetto: R: Terzo sollecito: fattura 1098/2026 ancora insoluta – Idrotermica Brianza S.r.l.

Marta rispondi tu, digli che la mettiamo nel giro pagamenti del 20. Non prima.
A."""),

    dict(id="s15it014", date="2027-01-19T07:55", fmt="gmail", stage="heads_up", ago=1,
         inv="1172/2026", amt="244,00", due="2027-01-31",
         frm="Renato Corti <renato.corti52@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminder mails; no payment statement for this invoice.",
         body="""Non voglio più ricevere queste mail automatiche. Sono trent'anni che mi servo da voi e non ho mai lasciato un conto in sospeso, non ho bisogno del promemoria prima della scadenza. Toglietemi dalla lista per favore.

R. Corti"""),

    dict(id="s15it015", date="2027-01-05T08:33", fmt="bounce",
         inv="1150/2026", amt="512,40", due="2026-12-20",
         rcpt="info@pizzerialaperla-desio.it", status="5.1.1",
         diag="550 5.1.1 <info@pizzerialaperla-desio.it>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.aruba.it",
         intent="bounce",
         note="Permanent delivery failure, unknown user.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    info@pizzerialaperla-desio.it

Technical details of permanent failure:
The recipient's mail server (mx.aruba.it) rejected the message:
550 5.1.1 <info@pizzerialaperla-desio.it>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s15it016", date="2027-01-04T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="1143/2026", amt="1.098,00", due="2026-12-20",
         frm="Federica Mauri <f.mauri@logisticavaldadda.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out until Friday 8 January inclusive; first working day back is Monday 11 January.",
         body="""Buongiorno,
sono fuori ufficio fino a venerdì 8 gennaio compreso.
Per questioni amministrative urgenti potete scrivere a amministrazione@logisticavaldadda.it.

Grazie, cordiali saluti
Federica Mauri
Logistica Val d'Adda S.r.l."""),

    dict(id="s15it017", date="2026-12-11T17:10", fmt="apple", stage="reminder", ago=1,
         inv="1115/2026", amt="610,00", due="2026-12-01",
         frm="Stefania Colzani <stefania.hairstudio@icloud.com>",
         intent="other",
         note="Says she passed the mail to her accountant, who will reply; no commitment, no new address for reminders.",
         body="""Buonasera, i pagamenti li gestisce il mio commercialista, gli ho girato la vostra mail e vi farà sapere lui. È lo Studio Nava di Seregno, tel 0362 551 207.

Stefania
Stefania Hair Studio

Inviato da iPhone"""),

    dict(id="s15it018", date="2027-01-14T09:40", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="1141/2026", amt="2.610,80", due="2026-12-20",
         frm="Paolo Brivio <paolo.brivio.mb@gmail.com>",
         intent="dispute",
         note="Invoiced amount exceeds the signed quote; asks for a credit note or corrected invoice.",
         body="""Buongiorno,

ho ricevuto il vostro secondo sollecito per la fattura 1141/2026 e colgo l'occasione per chiarire perché non l'ho ancora pagata.

Il preventivo che ho firmato a ottobre (vostro n. P-318, che posso rimandarvi) prevedeva la sostituzione dello scaldabagno e del miscelatore a 1.850 euro più IVA, tutto compreso. In fattura trovo invece 2.140 euro di imponibile, con due voci in più ("materiale di consumo" e "smaltimento apparecchio") che nessuno mi aveva mai menzionato.

Sono disponibile a pagare subito l'importo del preventivo, ma non la differenza. Vi chiedo quindi di emettere una nota di credito o una fattura corretta.

Resto in attesa di un vostro riscontro.

Cordiali saluti
Paolo Brivio
Via Monte Grappa 9, Desio
cell. 347 220 9815"""),

    dict(id="s15it019", date="2026-12-16T06:12", fmt="gmail", stage="firm", ago=2,
         inv="1061/2026", amt="1.743,60", due="2026-11-10",
         frm="Az. Agricola Cascina Brughiera <cascinabrughiera@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="'lunedi 21' = Monday 21 December.",
         body="""buongiorno scusate il ritardo pago lunedi 21 quando mi arriva il pagamento del latte dalla latteria. se volete conferma chiamatemi al 338 4417092
gianni"""),

    dict(id="s15it020", date="2026-12-19T11:03", fmt="html_gmail", stage="reminder", ago=1,
         inv="1122/2026", amt="189,10", due="2026-12-10",
         frm="Laura Fossati <laura.fossati.lf@gmail.com>",
         intent="paid", paid_on="2026-12-19",
         note="Paid just now by card through the link.",
         body="""Buongiorno, ho appena pagato con la carta dal link nella mail. Mi è arrivata la conferma, spero sia andato a buon fine anche da voi.

Buon weekend!
Laura"""),

    dict(id="s15it021", date="2026-12-28T10:47", fmt="outlook", stage="reminder", ago=4,
         inv=[("1102/2026", "1.281,00", "2026-11-30"), ("1168/2026", "427,00", "2026-12-15")],
         frm="Contabilità Fornitori <fornitori@larioristorazione.it>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices scheduled with value date 15 January 2027; the office closure to 6 January is a side remark.",
         body="""Buongiorno,

con riferimento alla Vostra comunicazione, Vi confermiamo che entrambe le fatture (n. 1102/2026 e n. 1168/2026) sono state approvate e inserite nella distinta di pagamento con data valuta 15 gennaio 2027.

Vi segnaliamo che gli uffici amministrativi resteranno chiusi fino al 6 gennaio compreso.

Cordiali saluti

Ufficio Contabilità Fornitori
Lario Ristorazione S.p.A.
Via Valassina 140 – 22100 Como
Tel. 031 527 3300 – www.larioristorazione.it

Questo messaggio e gli eventuali allegati sono destinati esclusivamente ai destinatari indicati e possono contenere informazioni riservate. Qualora lo abbiate ricevuto per errore, Vi preghiamo di darne notizia al mittente e di cancellarlo. Informativa ai sensi del Reg. UE 2016/679 disponibile sul nostro sito."""),

    dict(id="s15it022", date="2027-01-18T12:15", fmt="apple", stage="final_notice", ago=4,
         inv="1019/2026", amt="7.320,00", due="2026-10-31",
         frm="Sergio Arrigoni <info@alvecchiomulino.it>",
         intent="plan_request",
         note="Does not contest the work; asks to pay in monthly instalments, firm to propose number and amount.",
         body="""Gentile Ufficio Amministrazione,

ho ricevuto il vostro ultimo avviso e vi rispondo per correttezza, perché non è nostra intenzione sottrarci al pagamento.

Il lavoro della nuova cucina è stato fatto bene e non contestiamo nulla. Il problema è che dicembre è andato molto sotto le attese (abbiamo avuto la strada chiusa per tre settimane per i lavori del teleriscaldamento) e in questo momento non abbiamo la liquidità per versare 7.320 euro in un'unica soluzione.

Vi chiedo di poter rateizzare l'importo in alcune mensilità: ditemi voi quante rate e di che importo potete accettare, e ci organizziamo. Vi prego solo di non passare la pratica al recupero crediti.

Resto a disposizione anche telefonicamente al 031 899 402 (dopo le 15).

Cordialmente
Sergio Arrigoni
Ristorante Al Vecchio Mulino – Cantù"""),

    dict(id="s15it023", date="2026-12-09T20:14", fmt="gmail", stage="reminder", ago=2,
         inv="1077/2026", amt="352,80", due="2026-11-25",
         frm="Giulia Ronchi <giuliaronchi.gr@gmail.com>",
         intent="copy_request",
         note="Cannot find the invoice; asks for the PDF to pass to her father who pays.",
         body="""Salve, non trovo da nessuna parte questa fattura, forse era finita nello spam. Me la potete rimandare in pdf? Così la giro a mio padre che è lui che paga (l'intervento era a casa sua in via Cavour).
Grazie mille
Giulia"""),

    dict(id="s15it024", date="2027-01-07T14:26", fmt="tb", stage="second_reminder", ago=2,
         inv=[("1109/2026", "850,00", "2026-11-30"), ("1131/2026", "1.037,00", "2026-12-10")],
         frm="Franco Cereda <amministrazione@ceredatende.it>",
         intent="paid", paid_on="2026-12-22",
         note="Both invoices paid with one transfer on 22/12.",
         body="""Buongiorno,

guardate che le due fatture le abbiamo pagate entrambe con un unico bonifico del 22/12 di € 1.887,00, causale "saldo ft 1109 e 1131". Vi allego la contabile.
Probabilmente non vi è stato abbinato perché l'importo è cumulativo. Controllate per favore.

Saluti
Franco Cereda

--
Cereda Tende & Arredi
Seregno – 0362 231 118"""),

    dict(id="s15it025", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="1160/2026", amt="530,70", due="2026-12-15",
         frm="Falegnameria Meroni <info@falegnameriameroni.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Christmas closure 24 Dec to 3 Jan; reopens Monday 4 January 2027.",
         body="""Gentile cliente,

la nostra azienda resterà chiusa per le festività natalizie dal 24 dicembre al 3 gennaio.
Riapriremo regolarmente lunedì 4 gennaio 2027 e risponderemo alla sua mail il prima possibile.

Buone feste!
Falegnameria Meroni s.n.c."""),

    dict(id="s15it026", date="2027-01-11T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="1118/2026", amt="2.196,00", due="2026-12-05",
         frm="Carla Zappa <economato@rsavilladellerose.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="On holiday, back 18/01.",
         body="""Sono in ferie con rientro previsto il 18/01.
Per urgenze contattare la collega sig.ra Motta: l.motta@rsavilladellerose.it

Grazie
Carla Zappa – Ufficio Economato
RSA Villa delle Rose"""),

    dict(id="s15it027", date="2026-12-22T11:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="1101/2026", amt="1.586,00", due="2026-11-30",
         frm="Roberto Gatti <info@gattiimpianti.it>",
         intent="dispute",
         note="Goods returned on 27 November; says nothing is owed and waits for the credit note.",
         body="""Buongiorno,

la fattura 1101 riguarda la caldaia Immergas che vi ho reso il 27 novembre perché arrivata con lo scambiatore danneggiato (c'è il vostro DDT di reso firmato dal magazziniere, sig. Pozzi). Mi era stato detto che avreste emesso la nota di credito, invece continuo a ricevere solleciti.

Per quella fattura non vi devo niente: aspetto la nota di credito.

Roberto Gatti
Gatti Impianti – Besana in Brianza
Cell. 349 118 2263"""),

    dict(id="s15it028", date="2027-01-05T16:20", fmt="apple", stage="reminder", ago=1,
         inv="1135/2026", amt="298,00", due="2026-12-20",
         frm="Giuseppina Mariani <pina.mariani@icloud.com>",
         intent="promise", promise_date="2027-01-11",
         note="'Lunedì 11' written on 5 January = Monday 11 January.",
         body="""Gentili signori,

scusate se rispondo solo ora, ma la mail l'ha vista mia nipote che mi aiuta con il computer. Non mi ero accorta che la fattura del tecnico per la caldaia non era ancora pagata, pensavo l'avesse pagata mio figlio.

Lunedì 11 mio figlio mi accompagna in banca e faccio il bonifico, così sono sicura. Vi chiedo scusa per il disturbo.

Distinti saluti
Giuseppina Mariani
via Garibaldi 34, Vimercate

Inviato da iPad"""),

    dict(id="s15it029", date="2027-01-04T11:02", fmt="html_outlook", stage="second_reminder", ago=6, off="+0000",
         inv="1084/2026", amt="12.444,00", due="2026-11-30",
         frm="Accounts Payable Italia <ap.italia@nordfarma-group.com>",
         intent="paid", paid_on="2026-12-30",
         note="SEPA transfer with value date 30/12/2026; 29/12 is the reminder's date.",
         body="""Gentile Fornitore,

con riferimento al Vostro sollecito del 29/12, Vi informiamo che la fattura in oggetto è stata pagata con bonifico SEPA, data valuta 30/12/2026, per un importo di € 12.444,00.

Riferimento pagamento: PAY-IT-2026-448120

Vi preghiamo di verificare l'incasso con la Vostra banca. Per qualsiasi ulteriore informazione potete contattarci tramite il portale fornitori o a questo indirizzo, indicando sempre il numero di fattura.

Cordiali saluti

Accounts Payable – Shared Service Center Italia
Nordfarma S.p.A.
Viale Fulvio Testi 280 – 20126 Milano

Società soggetta ad attività di direzione e coordinamento di Nordfarma Group AG – Capitale sociale € 5.000.000 i.v. – R.E.A. MI-1723344 – P.IVA 04412870158
Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di informarci e di eliminarlo."""),

    dict(id="s15it030", date="2027-01-20T13:05", fmt="gmail", stage="firm", ago=2,
         inv="1095/2026", amt="978,20", due="2026-11-30",
         frm="Stefano Rossi <stefano.rossi.84@gmail.com>",
         intent="other",
         note="Wrong recipient: says he was never a customer (namesake).",
         body="""Buongiorno, credo abbiate sbagliato indirizzo. Io non sono mai stato vostro cliente e non ho mai fatto lavori con voi, mi chiamo Stefano Rossi ma abito a Bergamo. Forse cercate un omonimo? È già la terza mail che mi arriva, controllate per favore i vostri dati.

Saluti"""),

    dict(id="s15it031", date="2027-01-15T10:40", fmt="tb", stage="reminder", ago=3,
         inv="1163/2026", amt="1.830,00", due="2026-12-31",
         frm="Studio Beretta Amministrazioni <info@studioberetta-amministrazioni.it>",
         intent="contact_change", new_email="amministrazione@tremoladagestioni.it",
         note="Former building manager: reminders must go to the new administrator.",
         body="""Buongiorno,

vi informo che dal 1° gennaio 2027 lo scrivente studio non amministra più il Condominio Parco Lambro di via Lecco 40, a seguito della nomina del nuovo amministratore deliberata nell'assemblea di novembre.

Tutta la documentazione, comprese le fatture in sospeso, è stata consegnata al nuovo amministratore: Studio Tremolada Gestioni Immobiliari, e-mail amministrazione@tremoladagestioni.it, tel. 039 210 5540.

Vi prego di indirizzare a loro i prossimi solleciti.

Cordiali saluti
Geom. Luigi Beretta"""),

    dict(id="s15it032", date="2027-01-21T18:50", fmt="gmail", stage="reminder", ago=3,
         inv="1176/2026", amt="96,00", due="2026-12-31",
         frm="Mario Cazzaniga <mario.cazzaniga@gmail.com>",
         intent="promise",
         note="'la settimana prossima' is a window: no single date.",
         body="""ok la settimana prossima passo da voi in via Lecco e pago in contanti, tanto devo prendere anche un rubinetto
mario"""),

    dict(id="s15it033", date="2026-12-10T09:25", fmt="gmail", stage="reminder", ago=3,
         inv="1110/2026", amt="671,00", due="2026-11-30",
         frm="B&B La Corte <lacortebb.besana@gmail.com>",
         intent="bank_details",
         note="Payment link fails; asks for the IBAN to pay by transfer (no date given).",
         body="""Buongiorno, il link per pagare non mi si apre (dice pagina scaduta). Potete mandarmi l'IBAN così faccio il bonifico normale?
Grazie
Manuela – B&B La Corte"""),

    dict(id="s15it034", date="2027-01-26T12:05", fmt="gmail", stage="second_reminder", ago=5,
         inv="1155/2026", amt="1.220,00", due="2026-12-31",
         frm="Autofficina Bestetti <officinabestetti@gmail.com>",
         intent="promise", promise_date="2027-01-28",
         note="'dopodomani' from Tuesday 26 January = 28 January.",
         body="""Buongiorno, dopodomani faccio il bonifico, oggi la banca mi ha bloccato l'home banking per il cambio del telefono. Scusate.
Luca Bestetti"""),

    dict(id="s15it035", date="2027-01-27T08:15", fmt="html_gmail", stage="reminder", ago=2,
         inv="1170/2026", amt="305,00", due="2027-01-15",
         frm="Irene Galli <irene.galli.design@gmail.com>",
         intent="paid", paid_on="2027-01-26",
         note="Paid yesterday evening by instant transfer; side request for a receipted invoice.",
         body="""pagato ieri sera con bonifico istantaneo, dovreste già vederlo.
mi mandate anche la fattura quietanzata per la detrazione? grazie
Irene"""),

    dict(id="s15it036", date="2027-01-22T20:41", fmt="none", stage="firm", ago=4,
         inv="1146/2026", amt="366,00", due="2026-12-20",
         frm="Walter Meregalli <w.meregalli@tiscali.it>",
         intent="dispute",
         note="Contests the hours billed; will not pay until the invoice is corrected.",
         body="""MA SCHERZIAMO??? il vostro idraulico è stato a casa mia 2 ore scarse, dalle 9 alle 11, e mi fatturate 4 ore di manodopera piu l'uscita. e adesso anche la minaccia degli interessi di mora.
Questa fattura non la pago finche non me la rifate giusta. Se volete chiamate, 333 906 1174, ma non mandatemi piu questi solleciti da avvocato.

W. Meregalli"""),

    dict(id="s15it037", date="2026-12-18T21:10", fmt="tb", stage="second_reminder", ago=3,
         inv="1092/2026", amt="2.928,00", due="2026-11-15",
         frm="ASD Polisportiva Aurora – Tesoreria <tesoreria@polisportivaaurora.it>",
         intent="promise", promise_date="2026-12-31",
         note="Payment approved and to be ordered on 31/12.",
         body="""Buonasera,

sono il tesoriere della Polisportiva Aurora. Mi scuso per il ritardo sulla fattura degli spogliatoi: siamo un'associazione di volontari e i pagamenti sopra i 2.000 euro devono essere autorizzati dal consiglio direttivo, che si è riunito solo ieri sera.

Il pagamento è stato approvato e lo disporrò il 31/12, quando ci verrà accreditato il contributo del Comune.

Grazie della pazienza e buone feste.

Fabio Crippa
Tesoriere ASD Polisportiva Aurora
cell. 340 551 7721"""),

    dict(id="s15it038", date="2026-12-14T19:30", fmt="gmail", fresh=True, stage="reminder", ago=3,
         inv="1124/2026", amt="240,00", due="2026-12-10",
         frm="Roberta Sironi <roberta.sironi71@gmail.com>",
         subj="fattura 1124 già pagata",
         intent="paid", paid_on="2026-12-12",
         note="New mail: paid in cash to the technician on Saturday 12 December.",
         body="""Buonasera,

ho ricevuto un vostro sollecito per la fattura 1124 ma l'ho pagata sabato 12 in contanti al vostro tecnico (Alessio, credo) quando è venuto per la seconda uscita, mi ha anche fatto firmare una ricevuta. Vi pregherei di verificare con lui.

Grazie
Roberta Sironi"""),

    dict(id="s15it039", date="2027-01-25T14:12", fmt="html_outlook", stage="reminder", ago=4,
         inv="1158/2026", amt="3.416,00", due="2026-12-31",
         frm="Daniela Vergani <passivo@brianzaplastica.it>",
         intent="copy_request",
         note="Invoice blocked: needs the purchase-order number and the signed delivery note before paying.",
         body="""Buongiorno,

la fattura in oggetto risulta sospesa nel nostro sistema perché priva del numero d'ordine d'acquisto. Tutte le fatture passive devono riportare il riferimento all'ordine (formato OA-2026-xxxxx); ci serve inoltre copia del DDT firmato dal nostro magazzino.

Vi chiediamo cortesemente di comunicarci il numero d'ordine rilasciato dal nostro ufficio acquisti (sig. Ferrario) e di inviarci il DDT. Appena ricevuti, la fattura verrà sbloccata e pagata alla prima scadenza utile.

Cordiali saluti

Daniela Vergani
Contabilità Fornitori
Brianza Plastica Industriale S.p.A.
Via per Carate 55 – 20842 Besana in Brianza (MB)
Tel. 0362 995 410"""),

    dict(id="s15it040", date="2027-01-28T11:45", fmt="outlook", stage="final_notice", ago=3,
         inv="1037/2026", amt="4.575,00", due="2026-10-31",
         frm="Dott. Enrico Pagani <e.pagani@studiopaganicommercialisti.it>",
         intent="other",
         note="Debtor in court-supervised composition with creditors: no payment outside the plan; creditor must file its claim.",
         body="""Spett.le Idrotermica Brianza S.r.l.,

scrivo in qualità di liquidatore giudiziale di Immobiliare Villoresi S.r.l. in liquidazione, società ammessa alla procedura di concordato preventivo omologato dal Tribunale di Monza con decreto del 9 dicembre 2026.

Vi informo che, per effetto della procedura, non è possibile effettuare pagamenti di crediti anteriori al di fuori di quanto previsto dal piano concordatario. Il Vostro credito relativo alla fattura n. 1037/2026 dovrà essere oggetto di precisazione: Vi invito a trasmettere la relativa documentazione a mezzo PEC all'indirizzo cp12.2026.monza@pecprocedure.it entro 30 giorni dal ricevimento della presente.

Distinti saluti

Dott. Enrico Pagani
Liquidatore giudiziale
Studio Pagani Commercialisti Associati – Via Italia 18, 20900 Monza
Tel. 039 382 5170"""),
]
