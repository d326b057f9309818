"""Italian debtor replies (set 10, part it). Creditor: Termoservizi Lariani S.r.l., Como
(termoidraulica, caldaie, manutenzione del verde, manutenzione impianti industriali).
Every body below was written by hand, one case at a time."""

CASES = []

# ---------------------------------------------------------------- batch 1
CASES += [
    dict(id="s10it001", date="2026-12-09T10:42", fmt="html_outlook", stage="reminder", ago=2,
         inv="TL/2026/0398", amt="1.642,70", due="2026-11-30",
         frm="Studio Amministrazioni Bernasconi <contabilita@studiobernasconi-como.it>",
         intent="promise", promise_date="2026-12-18",
         note="Property manager: transfer will be made by Friday 18 December.",
         body="""Buongiorno,

in riferimento al Vostro sollecito, Vi informo che la fattura TL/2026/0398 relativa all'intervento sulla centrale termica del Condominio Parco dei Tigli (Via Borgovico 122) è stata regolarmente registrata.

Il pagamento non è ancora stato disposto perché eravamo in attesa del versamento delle quote straordinarie da parte di alcuni condòmini. Ora la provvista sul conto condominiale è sufficiente e il bonifico verrà eseguito entro venerdì 18 dicembre.

Vi prego per il futuro di indicare sempre in fattura il nome del condominio e il relativo codice fiscale, così da evitarci ricerche inutili.

Cordiali saluti

Rag. Paola Bernasconi
Studio Amministrazioni Bernasconi
Via Milano 57 – 22100 Como
Tel. 031 264 118 – Fax 031 264 119

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di darcene notizia e di cancellarlo. Ai sensi del Reg. UE 2016/679 i dati sono trattati per finalità amministrative."""),

    dict(id="s10it002", date="2026-12-10T21:14", fmt="apple", stage="reminder", ago=3,
         inv="TL/2026/0417", amt="287,00", due="2026-11-30",
         frm="Mauro Castelli <mauro.castelli73@libero.it>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made yesterday evening from the bank app.",
         body="""buonasera, fatto bonifico ieri sera dall app della banca, ci mettera un paio di giorni ad arrivare
Mauro Castelli

Inviato da iPhone"""),

    dict(id="s10it003", date="2026-12-11T15:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="TL/2026/0371", amt="612,00", due="2026-11-15",
         frm="Bar Sport Tavernerio <barsport.tavernerio@gmail.com>",
         intent="dispute",
         note="Contests the second call-out and repeated labour/part; will pay once a corrected invoice or credit note is sent.",
         body="""Buongiorno,
mi arriva il secondo sollecito per una fattura che ho già contestato a voce al vostro tecnico.

Vi ricordo che per la perdita sotto il lavello del bancone siete venuti DUE volte: la prima volta il ragazzo ha cambiato un raccordo e dopo tre giorni perdeva come prima. La seconda uscita non me la dovete far pagare, se il lavoro non era fatto bene non è colpa mia. In fattura invece ci sono 2 uscite, 4 ore di manodopera e il raccordo messo due volte.

Io pago volentieri una uscita e il materiale, il resto no. Mandatemi una fattura corretta o una nota di credito e pago subito.

E la prossima volta prima di mandare i solleciti fatevi una telefonata con i vostri tecnici.

Gianni Molteni
Bar Sport – Tavernerio"""),

    dict(id="s10it004", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="TL/2026/0389", amt="2.318,40", due="2026-11-30",
         frm="Luca Sormani <l.sormani@comune.castelverdelario.co.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Town-hall auto-reply: away 23/12 to 06/01 inclusive, so back Thursday 7 January.",
         body="""Gentile utente,

sono assente dall'ufficio dal 23/12/2026 al 06/01/2027 compresi, con accesso limitato alla posta elettronica.

Per pratiche urgenti dell'Ufficio Ragioneria può rivolgersi alla collega dott.ssa Chiara Frigerio (ragioneria@comune.castelverdelario.co.it – tel. 031 699 2207).

Si ricorda che le fatture destinate alla Pubblica Amministrazione devono essere trasmesse esclusivamente tramite SdI (Codice Univoco Ufficio UF8K2Q).

Cordiali saluti
Luca Sormani
Responsabile Servizio Finanziario
Comune di Castelverde Lario"""),

    dict(id="s10it005", date="2026-12-14T11:05", fmt="outlook", stage="second_reminder", ago=4,
         inv="TL/2026/0352", amt="946,00", due="2026-11-10",
         frm="Segreteria IC Pascoli <coic84500q@istruzione.it>",
         intent="copy_request",
         note="State school: no e-invoice received through SdI; asks for it with office code, CIG and split payment, plus DURC, before paying.",
         body="""Gentili Signori,

con riferimento al sollecito in oggetto, si comunica che a questa Istituzione scolastica non risulta pervenuta alcuna fattura elettronica tramite il Sistema di Interscambio relativa all'intervento di riparazione dell'impianto di riscaldamento della palestra di via Manzoni.

Si rammenta che le Pubbliche Amministrazioni non possono procedere al pagamento di fatture trasmesse in formato cartaceo o a mezzo e-mail. La fattura dovrà pertanto essere emessa in formato elettronico e riportare:
- Codice Univoco Ufficio: UFK7LM
- CIG: Z4A3F1B2C9
- indicazione della scissione dei pagamenti (art. 17-ter D.P.R. 633/1972).

Si prega inoltre di voler trasmettere il DURC in corso di validità, necessario per la liquidazione.

Distinti saluti

Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Antonella Ferrario
Istituto Comprensivo Statale "Giovanni Pascoli"
Via Manzoni 3 – 22037 Ponte Lambro (CO)
Tel. 031 620 045 – C.F. 82004310135"""),

    dict(id="s10it006", date="2026-12-11T07:48", fmt="tb", stage="reminder", ago=2,
         inv="TL/2026/0360", amt="430,50", due="2026-11-15",
         frm="Elettrica Fumagalli <elettricafumagalli@tiscali.it>",
         intent="promise", promise_date="2026-12-31",
         note="Artisan: will pay at the end of the month (31 December).",
         body="""Buongiorno,
lo so che sono in ritardo, scusate. Pago a fine mese quando incasso dai miei clienti, prima non ce la faccio.

Saluti
Sergio Fumagalli"""),

    dict(id="s10it007", date="2026-12-15T18:22", fmt="gmail", stage="second_reminder", ago=5,
         inv="TL/2026/0344", amt="1.980,00", due="2026-10-31",
         frm="Agriturismo La Costa dei Ronchi <info@lacostadeironchi.it>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment: 1,000 EUR transferred today as a down payment; balance only vaguely announced.",
         body="""Buonasera,

vi scrivo per la fattura della potatura e della sistemazione del parco. Oggi abbiamo fatto un bonifico di 1.000 euro come acconto, vi allego la contabile. La stagione quest'anno è andata così così e dicembre per noi è sempre il mese più difficile.

Per il resto vi facciamo sapere, appena riusciamo saldiamo tutto. Se avete bisogno di parlarne chiamatemi pure al cellulare 347 882 1190.

Grazie della pazienza
Marta Pozzi
Agriturismo La Costa dei Ronchi"""),

    dict(id="s10it008", date="2026-12-16T09:12", fmt="html_outlook", stage="reminder", ago=1,
         inv="TL/2026/0402", amt="3.774,10", due="2026-11-30",
         frm="Silvia Brambilla <s.brambilla@meccanicacantu.it>",
         intent="contact_change", new_email="contabilita.fornitori@meccanicacantu.it",
         note="Asks that reminders go to the central supplier-accounts mailbox.",
         body="""Buongiorno,

vi chiedo cortesemente di non inviare più i solleciti e le comunicazioni amministrative al mio indirizzo: dal 1° dicembre la gestione dei fornitori è passata all'ufficio contabilità centrale.

L'indirizzo da utilizzare d'ora in poi è contabilita.fornitori@meccanicacantu.it (ho già girato a loro la vostra mail di oggi).

Grazie e buona giornata

Silvia Brambilla
Ufficio Acquisti
Officine Meccaniche Cantù S.p.A.
Via Milano 214 – 22063 Cantù (CO)
Tel. +39 031 711 540 int. 23
P.IVA 01982340138 – Cap. Soc. € 1.200.000 i.v. – R.E.A. CO-204417"""),

    dict(id="s10it009", date="2026-12-17T16:40", fmt="tb", stage="second_reminder", ago=7,
         inv="TL/2026/0333", amt="2.150,00", due="2026-10-31",
         frm="Parrocchia San Giorgio <segreteria@parrocchiasangiorgio-lurago.it>",
         intent="promise",
         note="Parish priest: will pay after the holidays with the Christmas offerings; no day given.",
         body="""Gentili signori,

rispondo io perché la segretaria questa settimana non c'è. Sono al corrente della fattura per la caldaia dell'oratorio e mi scuso per il ritardo: il consiglio per gli affari economici si è riunito solo la settimana scorsa e ha approvato la spesa.

Contiamo di saldare dopo le feste, con le offerte raccolte a Natale. Non è mia abitudine far aspettare chi lavora, vi chiedo solo ancora un po' di pazienza.

Con i migliori auguri di un sereno Natale,
don Angelo Corti
parroco"""),

    dict(id="s10it010", country="CH", date="2026-12-09T14:03", fmt="apple", stage="reminder", ago=2,
         inv="TL/2026/0391", amt="1.365,00", due="2026-11-30",
         frm="Renato Bianchi <r.bianchi@bluewin.ch>",
         intent="paid", paid_on="2026-12-07",
         note="Swiss customer: paid on Monday by e-banking from Switzerland.",
         body="""Buongiorno,

ho eseguito il pagamento lunedì tramite e-banking, in euro, sul conto indicato in fattura. Trattandosi di un versamento dalla Svizzera potrebbe volerci qualche giorno in più prima dell'accredito.

Vogliate quindi considerare il sollecito come evaso.

Cordiali saluti

Renato Bianchi
Via Ceresio 9
6900 Lugano
Natel 079 412 33 87"""),
]

# ---------------------------------------------------------------- batch 2
CASES += [
    dict(id="s10it011", date="2026-12-10T12:30", fmt="outlook", fwd=True, stage="reminder", ago=3,
         inv="TL/2026/0366", amt="785,40", due="2026-11-20",
         frm="Segreteria Studio Galli <segreteria@studiogalli-erba.it>",
         intent="promise", promise_date="2026-12-14",
         note="Secretary forwards the dentist's answer; she will make the transfer on Monday 14.",
         body="""Buongiorno,

vi inoltro qui sotto la risposta del dottore. Il bonifico lo preparo io lunedì 14, come mi ha chiesto.

Cordiali saluti
Erika Longoni
Segreteria – Studio Dentistico Dr. Fabio Galli
Corso XXV Aprile 41 – 22036 Erba (CO)
Tel. 031 641 882

-----Messaggio originale-----
Da: Fabio Galli <fabio.galli@studiogalli-erba.it>
Inviato: giovedì 10 dicembre 2026 11:52
A: Segreteria Studio Galli <segreteria@studiogalli-erba.it>
Oggetto: R: Sollecito di pagamento: fattura TL/2026/0366 scaduta

Erika sì è giusta, è quella della caldaia di ottobre. Pagala lunedì insieme agli altri fornitori, domani non ci sono.
F."""),

    dict(id="s10it012", date="2026-12-18T10:15", fmt="html_outlook", stage="firm", ago=1,
         inv=[("TL/2026/0312", "1.120,00", "2026-10-31"), ("TL/2026/0355", "468,00", "2026-11-15"),
              ("TL/2026/0381", "2.904,00", "2026-11-30")],
         frm="Amministrazioni Sala & Riva <amministrazione@salariva.it>",
         intent="paid", paid_on="2026-12-16",
         note="Three invoices paid by three separate transfers on 16/12/2026 from three condominium accounts.",
         body="""Spett.le Termoservizi Lariani,

riscontriamo il Vs. terzo sollecito, che francamente ci sorprende.

Le fatture TL/2026/0312, TL/2026/0355 e TL/2026/0381 sono state saldate con tre distinti bonifici eseguiti in data 16/12/2026 dai rispettivi conti condominiali. Trattandosi di tre conti diversi, gli accrediti Vi arriveranno separati:

- Condominio Le Betulle – fatt. TL/2026/0312 – € 1.120,00 – CRO 61204877301
- Condominio Villa Rosa – fatt. TL/2026/0355 – € 468,00 – CRO 61204877455
- Supercondominio Lario Est – fatt. TL/2026/0381 – € 2.904,00 – CRO 61204878012

Vi preghiamo di verificare con la Vs. banca prima di addebitare interessi o penali, che in ogni caso non riconosceremo.

Distinti saluti

Geom. Marco Riva
Amministrazioni Condominiali Sala & Riva
Viale Varese 18 – 22100 Como
Tel. 031 305 716
Iscritto ANACI n. 7712

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate."""),

    dict(id="s10it013", date="2026-12-24T09:02", fmt="ooo", stage="reminder", ago=1,
         inv="TL/2026/0410", amt="356,00", due="2026-11-30",
         frm="Falegnameria Nava <info@falegnamerianava.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Workshop closed from 24 December to 10 January; reopens Monday 11 January.",
         body="""Grazie per il messaggio.

La Falegnameria Nava è chiusa per le festività dal 24 dicembre al 10 gennaio. Riapriamo lunedì 11 gennaio e risponderemo a tutte le mail arrivate nel frattempo.

Per urgenze: 335 604 2281 (Davide).

Buone feste!"""),

    dict(id="s10it014", date="2027-01-12T14:47", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="TL/2026/0427", amt="5.610,00", due="2026-12-31",
         frm="Amministrazione Plastiform <amministrazione@plastiformbrianza.it>",
         intent="bank_details",
         note="Received an email announcing a new IBAN; asks the firm to confirm which IBAN is genuine before paying.",
         body="""Buongiorno,

prima di procedere con il pagamento della fattura TL/2026/0427 vi chiedo una conferma.

Il 29 dicembre abbiamo ricevuto, apparentemente da un vostro indirizzo, una mail che ci comunicava un nuovo IBAN presso una banca online (inizia con IT37 X036...) con la richiesta di usarlo per tutti i pagamenti futuri. Sulla fattura invece c'è l'IBAN di sempre.

Visto che di truffe così ne girano parecchie, potete confermarci per telefono quale conto dobbiamo utilizzare? Fino ad allora teniamo il pagamento in sospeso.

Grazie
Elena Redaelli
Amministrazione – Plastiform Brianza S.r.l.
Via dell'Industria 7, 20833 Giussano (MB)
tel. 0362 851 304"""),

    dict(id="s10it015", date="2026-12-21T20:05", fmt="gmail", stage="second_reminder", ago=4,
         inv="TL/2026/0375", amt="3.420,00", due="2026-11-30",
         frm="Daniela Conti <daniela.conti@hotmail.it>",
         intent="plan_request",
         note="Household cannot pay the new boiler in one go; asks for monthly instalments, no dates.",
         body="""Buonasera,

scusate se rispondo solo ora. La caldaia nuova funziona benissimo e sul lavoro non ho niente da dire, il problema è mio: a novembre mio marito è rimasto senza lavoro e in questo momento non riesco a pagare 3.420 euro tutti insieme.

Sarebbe possibile dividere l'importo in qualche rata mensile? Ditemi voi come preferite, non voglio lasciare debiti in giro.

Grazie per la comprensione
Daniela Conti"""),

    dict(id="s10it016", date="2027-01-08T11:34", fmt="gmail", stage="reminder", ago=3,
         inv="TL/2026/0421", amt="1.288,00", due="2026-12-31",
         frm="Elisa Ronchetti <elisa.ronchetti@alice.it>",
         intent="dispute",
         note="Heat pump installed in the shop keeps failing; refuses to pay until it is fixed.",
         body="""Ma state scherzando?? Mi mandate il sollecito per un impianto che non funziona.

La pompa di calore che avete montato a novembre va in blocco tutte le mattine, ho il negozio a 14 gradi e le clienti entrano col cappotto e se ne vanno. Ho chiamato il vostro numero tre volte prima di Natale e mi hanno detto che mi avrebbero richiamata, sto ancora aspettando.

Finché non venite a sistemarla non vedete un euro. Punto.

Elisa Ronchetti
Profumeria Elisa – Via Cavour 22, Erba"""),

    dict(id="s10it017", date="2026-12-14T19:20", fmt="gmail", stage="reminder", ago=0,
         inv="TL/2026/0405", amt="198,00", due="2026-11-30",
         frm="Giorgio Ferrari <giorgioferrari.82@gmail.com>",
         intent="other",
         note="Wrong recipient: says he is not the customer.",
         body="""Salve, credo ci sia un errore. Non vi ho mai chiamati e non ho nessuna caldaia, abito in affitto a Monza e il riscaldamento è centralizzato. Forse avete sbagliato indirizzo mail, di Giorgio Ferrari in Italia ce ne saranno mille

Controllate, saluti"""),

    dict(id="s10it018", date="2026-12-15T12:10", fmt="outlook", stage="second_reminder", ago=5,
         inv="TL/2026/0349", amt="4.270,00", due="2026-11-10",
         frm="Ufficio Ragioneria <ragioneria@comune.montecalvobrianza.co.it>",
         intent="promise", promise_date="2026-12-22",
         note="Town hall: payment order sent to the treasurer, payment by Tuesday 22 December.",
         body="""Oggetto: riscontro sollecito fattura n. TL/2026/0349 – servizio di manutenzione del verde pubblico, periodo settembre-ottobre 2026

In riscontro alla Vostra comunicazione, si informa che la liquidazione della fattura in oggetto è stata disposta con determinazione n. 214 del 9 dicembre 2026 e che il relativo mandato di pagamento è stato trasmesso al Tesoriere comunale.

Il pagamento sarà pertanto eseguito, salvo imprevisti, entro martedì 22 dicembre p.v.

Il ritardo è dovuto alla verifica della regolarità contributiva (DURC), il cui esito ci è pervenuto soltanto in data 4 dicembre.

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Walter Cattaneo
Comune di Montecalvo Brianza
Piazza della Repubblica 1 – 22040 Montecalvo Brianza (CO)
Tel. 031 865 210 – PEC: protocollo@pec.comune.montecalvobrianza.co.it"""),

    dict(id="s10it019", date="2027-01-05T10:02", fmt="gmail", stage="heads_up", ago=0,
         inv="TL/2026/0433", amt="142,00", due="2027-01-15",
         frm="Franco Vitali <franco.vitali@outlook.it>",
         intent="unsubscribe",
         note="Wants to be taken off the automatic reminder mails; says he will pay as usual (no new commitment to act on).",
         body="""Buongiorno,

ho sempre pagato le vostre fatture per la manutenzione annuale della caldaia e pagherò anche questa come al solito. Però non voglio ricevere queste mail automatiche di promemoria, le trovo inutili e anche un po' fastidiose.

Vi prego di togliermi dalla lista.

Franco Vitali"""),

    dict(id="s10it020", date="2026-12-15T22:48", fmt="tb", stage="second_reminder", ago=5,
         inv="TL/2026/0339", amt="720,00", due="2026-10-31",
         frm="Tesoreria Polisportiva Albavilla <tesoreria@polisportiva-albavilla.it>",
         intent="paid", paid_on="2026-12-11",
         note="Sports association treasurer: transfer sent last Friday (11 December).",
         body="""Buonasera,

sono il tesoriere della Polisportiva. Il bonifico per la riparazione del boiler degli spogliatoi è partito venerdì scorso dal conto dell'associazione, con causale "saldo fatt. TL/2026/0339".

Scusate il ritardo, ma facciamo tutto da volontari e i pagamenti li autorizziamo una volta al mese quando si riunisce il consiglio direttivo.

Se fra qualche giorno ancora non lo vedete fatemi sapere che controllo.

Saluti sportivi
Roberto Pini
tesoriere ASD Polisportiva Albavilla
cell. 339 120 7745"""),
]

# ---------------------------------------------------------------- batch 3
CASES += [
    dict(id="s10it021", country="CH", date="2026-12-22T09:40", fmt="outlook", stage="reminder", ago=4,
         inv="TL/2026/0395", amt="6.840,00", due="2026-11-30",
         frm="Precisa Meccanica SA – Contabilità <contabilita@precisa-meccanica.ch>",
         intent="promise", promise_date="2027-01-08",
         note="Swiss company: payment value-dated 8 January 2027; side request to quote their order number on future invoices.",
         body="""Gentili Signore, egregi Signori,

con riferimento al Vostro sollecito del 18 dicembre, Vi comunichiamo che la fattura TL/2026/0395 concernente la revisione dell'impianto ad aria compressa del nostro stabilimento di Mendrisio è stata vistata dal responsabile tecnico soltanto la settimana scorsa.

Il pagamento è stato inserito nella prossima tornata di pagamenti verso l'estero e sarà eseguito con valuta 8 gennaio 2027.

Approfittiamo dell'occasione per chiederVi di indicare sulle prossime fatture anche il numero della nostra ordinazione (per questa: ORD-2026-1187), ciò che ci faciliterebbe non poco il controllo.

Restiamo volentieri a disposizione e porgiamo distinti saluti.

Precisa Meccanica SA
Contabilità
Claudia Rezzonico

Via Industria 14, CH-6850 Mendrisio
Tel. +41 91 640 22 70
IDI CHE-112.345.678 IVA"""),

    dict(id="s10it022", date="2027-01-13T15:05", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("TL/2026/0386", "890,00", "2026-11-30"), ("TL/2026/0419", "1.045,00", "2026-12-31")],
         frm="Hotel Miralago Amministrazione <amministrazione@hotelmiralago-menaggio.it>",
         intent="copy_request",
         note="Hotel cannot find invoice 0419; asks for a PDF copy and an updated statement before paying.",
         body="""Buongiorno,

abbiamo ripreso oggi l'attività amministrativa dopo la chiusura stagionale e, controllando il vostro sollecito, nel nostro gestionale non troviamo la fattura TL/2026/0419. La 0386 invece c'è.

Potete rimandarci la 0419 in PDF e, se possibile, anche un estratto conto aggiornato della nostra posizione? Il commercialista ci chiede di riconciliare tutto prima di procedere con i pagamenti.

Grazie mille
Sara Gilardoni
Hotel Miralago ***
Via Lungolago 12 – 22017 Menaggio (CO)
Tel. 0344 320 118"""),

    dict(id="s10it023", date="2026-12-28T08:34", fmt="ooo", stage="firm", ago=0,
         inv="TL/2026/0341", amt="2.760,00", due="2026-10-31",
         frm="Laura Caspani <laura.caspani@gruppoorobica.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Bilingual auto-reply: on holiday, back in the office Monday 4 January 2027.",
         body="""Grazie per la sua e-mail.
Sono in ferie e rientrerò in ufficio lunedì 4 gennaio 2027. Durante la mia assenza la posta non verrà letta né inoltrata. Per questioni amministrative urgenti scrivere a amministrazione@gruppoorobica.it.

Thank you for your email.
I am on holiday and will be back in the office on Monday, 4 January 2027. Your message will not be forwarded. For urgent accounting matters please contact amministrazione@gruppoorobica.it.

Laura Caspani
Accounts Payable – Gruppo Orobica S.p.A."""),

    dict(id="s10it024", date="2027-01-14T16:51", fmt="apple", stage="reminder", ago=3,
         inv="TL/2026/0430", amt="165,00", due="2026-12-31",
         frm="Caffè Centrale <caffecentrale.olgiate@gmail.com>",
         intent="promise",
         note="Bar owner will come by next week to pay; no day given.",
         body="""ciao si lo so. settimana prossima passo da voi in ufficio e pago, tanto devo venire per il preventivo dell allaccio lavastoviglie
Luca

Inviato da iPhone"""),

    dict(id="s10it025", date="2026-12-19T11:20", fmt="gmail", stage="heads_up", ago=1,
         inv="TL/2026/0426", amt="238,00", due="2026-12-31",
         frm="Anna Maria Sironi <annamaria.sironi@gmail.com>",
         intent="paid", paid_on="2026-12-19",
         note="Paid this morning by card through the link; side question about the receipt.",
         body="""Gentili signori,

ho pagato questa mattina con la carta di credito cliccando sul collegamento della vostra mail, spero di aver fatto bene perché è la prima volta che pago così. Mi è arrivato il messaggio della banca con l'addebito di 238,00 euro.

Mi mandate voi la ricevuta o devo stamparla io?

Saluti cordiali e buone feste
Anna Maria Sironi"""),

    dict(id="s10it026", date="2027-01-19T10:26", fmt="tb", stage="second_reminder", ago=8,
         inv="TL/2026/0424", amt="2.964,60", due="2026-12-31",
         frm="Paolo Rossetti <tecnico@rossettilavorazioni.it>",
         intent="dispute",
         note="Invoice above the agreed quote (2,430 vs 1,850 + VAT); asks for a credit note for the difference, will pay the quoted part after.",
         body="""Buongiorno,

la fattura TL/2026/0424 non può essere pagata nella forma attuale.

Il vostro preventivo n. 118/26 del 14 ottobre per la manutenzione straordinaria della centrale di raffreddamento era di € 1.850,00 + IVA a corpo, e su quella base abbiamo emesso l'ordine. In fattura troviamo invece € 2.430,00 + IVA, con una voce "ore aggiuntive e materiale di consumo" che nessuno da noi ha autorizzato.

Se c'erano degli extra dovevate avvisarci prima, non dopo. Vi chiediamo di emettere nota di credito per la differenza di € 580,00 + IVA; la parte a preventivo la paghiamo appena ricevuta la nota.

Cordiali saluti

Ing. Paolo Rossetti
Rossetti Lavorazioni Meccaniche S.n.c.
Via Brianza 41 – 22060 Cabiate (CO)
tel. 031 756 902"""),

    dict(id="s10it027", date="2026-12-10T08:55", fmt="gmail", stage="reminder", ago=1,
         inv="TL/2026/0384", amt="512,00", due="2026-11-30",
         frm="Studio Associato Cereda <info@studiocereda.it>",
         intent="contact_change", new_email="a.cereda@studiocereda.it",
         note="Former admin contact left the practice; send reminders and invoices to the partner's address.",
         body="""Buongiorno,

la rag. Monica Tagliabue, che vi avevamo indicato come riferimento amministrativo, non collabora più con il nostro studio da fine ottobre, e questa casella info@ la leggono in tanti e le cose si perdono.

Le fatture per la manutenzione dei condizionatori degli uffici le seguo io: per favore da ora in avanti mandate fatture e solleciti direttamente a a.cereda@studiocereda.it

Grazie
Andrea Cereda
Studio Associato Cereda – Dottori Commercialisti
Via Garibaldi 30, 22070 Appiano Gentile (CO)"""),

    dict(id="s10it028", date="2027-01-08T21:37", fmt="gmail", stage="firm", ago=3,
         inv="TL/2026/0326", amt="2.640,00", due="2026-10-15",
         frm="Cascina Bordoni <cascinabordoni@libero.it>",
         intent="promise", promise_date="2027-01-20",
         note="Farm waiting for a regional grant (due 15 Jan); will pay the whole invoice on 20 January. The 15th is not the promise.",
         body="""Buonasera
ho ricevuto la vostra mail, mi dispiace per il ritardo ma ci avevano detto che i sodi del contributo PSR per l'impianto di irrigazione arrivavano a novembre e invece sono slittati. Adesso la regione ci ha confermato che il bonifco ce lo fanno il 15 gennaio, quindi il 20 gennaio vi faccio il pagamento di tutta la fattura sensa fallo.

Per favore non mandateci gli interessi che non è colpa nostra

Saluti Giuseppe Bordoni
Az. Agricola Cascina Bordoni - Agriturismo"""),

    dict(id="s10it029", date="2027-01-21T11:48", fmt="html_outlook", stage="final_notice", ago=2,
         inv="TL/2026/0308", amt="8.120,00", due="2026-09-30",
         frm="Tessitura Comense S.p.A. in concordato <amministrazione@tessituracomense.it>",
         intent="other",
         note="Debtor is in concordato preventivo (insolvency proceedings); pre-filing debts cannot be paid, refers to the court commissioner.",
         body="""Spett.le Termoservizi Lariani S.r.l.,

in riscontro al Vostro ultimo avviso, Vi informiamo che in data 11 dicembre 2026 la scrivente società ha depositato presso il Tribunale di Como ricorso per l'accesso alla procedura di concordato preventivo (R.G. n. 23/2026) e che è stato nominato Commissario giudiziale il dott. Alberto Lanzani.

In pendenza della procedura la società non può effettuare pagamenti di crediti sorti anteriormente al deposito del ricorso, tra i quali rientra la fattura TL/2026/0308. Le azioni esecutive e cautelari sono inoltre sospese ai sensi di legge.

Per ogni comunicazione relativa al Vostro credito Vi invitiamo a rivolgerVi al Commissario giudiziale, che provvederà a trasmetterVi l'avviso ai creditori con le modalità di precisazione del credito.

Distinti saluti

Tessitura Comense S.p.A. in concordato preventivo
Ufficio Amministrazione
Via per San Fermo 88 – 22100 Como
Cap. Soc. € 2.600.000 i.v. – C.F./P.IVA 00781230139"""),

    dict(id="s10it030", date="2026-12-08T08:34", fmt="bounce",
         inv="TL/2026/0413", amt="310,00", due="2026-11-30",
         rcpt="mario.pedretti@virgilio.it", status="5.2.2", remote="mx.virgilio.it",
         mta="smtp-out.termoservizilariani.it", subj="Undelivered Mail Returned to Sender",
         diag="552 5.2.2 <mario.pedretti@virgilio.it>: Mailbox full",
         intent="bounce",
         body="""This is the mail system at host smtp-out.termoservizilariani.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mario.pedretti@virgilio.it>: host mx.virgilio.it[213.209.1.129] said: 552
    5.2.2 <mario.pedretti@virgilio.it>: Mailbox full (in reply to RCPT TO
    command)"""),
]

# ---------------------------------------------------------------- batch 4
CASES += [
    dict(id="s10it031", date="2026-12-10T14:22", fmt="html_outlook", stage="reminder", ago=3,
         inv="TL/2026/0396", amt="1.854,40", due="2026-11-30",
         frm="Contabilità Fornitori Lariofood <fornitori@lariofood.it>",
         intent="promise", promise_date="2027-01-31",
         note="AP department applies its 60 days end-of-month terms: invoice will be paid on 31/01/2027. Not a refusal.",
         body="""Buongiorno,

come da condizioni concordate in sede d'ordine (ordine quadro manutenzioni 2026, art. 6), i pagamenti ai fornitori vengono effettuati a mezzo bonifico a 60 gg d.f.f.m.

La Vs. fattura TL/2026/0396 è stata emessa in data 28/11/2026: la scadenza corretta è quindi il 31/01/2027, data in cui verrà regolarmente saldata insieme agli altri pagamenti di fine mese.

Vi preghiamo di allineare la scadenza nel Vs. gestionale, così da evitare ulteriori solleciti.

Cordiali saluti

Ufficio Contabilità Fornitori
Lariofood S.r.l.
Via per Lecco 121 – 22036 Erba (CO)
Tel. 031 619 400 – fornitori@lariofood.it
Società soggetta all'attività di direzione e coordinamento di Lariofood Holding S.p.A."""),

    dict(id="s10it032", date="2026-12-09T17:05", fmt="gmail", stage="reminder", ago=1,
         inv="TL/2026/0362", amt="924,80", due="2026-11-30",
         frm="Autofficina Lanfranconi <autofficina.lanfranconi@gmail.com>",
         intent="paid", paid_on="2026-12-04",
         note="Ri.Ba. came back unpaid by a bank error; paid by ordinary transfer on Friday 4 December.",
         body="""Buonasera,

la Ri.Ba. del 30 novembre ci è tornata indietro insoluta per un errore della nostra banca (ci avevano bloccato il conto per un cambio di filiale, una storia lunga). Appena ce ne siamo accorti, venerdì 4 dicembre, abbiamo pagato con un bonifico ordinario con causale fattura TL/2026/0362.

Se vi hanno addebitato le spese dell'insoluto diteci pure l'importo che ve le rimborsiamo.

Scusate il disguido
Claudio Lanfranconi
Autofficina Lanfranconi snc
Via Statale 63, Lomazzo"""),

    dict(id="s10it033", date="2027-01-11T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="TL/2026/0414", amt="3.102,00", due="2026-12-15",
         frm="Marco Bellini <marco.bellini@lombardaimballaggi.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="Out of office until Friday 15 January inclusive; first day back Monday 18 January.",
         body="""Sono fuori ufficio fino al 15 gennaio 2027 compreso, senza accesso alla posta.

Per richieste relative ai pagamenti fornitori contattare ufficio.pagamenti@lombardaimballaggi.it oppure il numero 02 9648 3310.

Cordiali saluti
Marco Bellini
Lombarda Imballaggi S.p.A."""),

    dict(id="s10it034", date="2027-01-18T09:15", fmt="outlook", stage="firm", ago=7,
         inv=[("TL/2026/0358", "1.460,00", "2026-11-15"), ("TL/2026/0403", "2.035,00", "2026-11-30")],
         frm="Edilcasa Sala <edilcasa.sala@gmail.com>",
         intent="plan_request",
         note="Builder accepts both invoices but asks to spread the debt over three or four monthly instalments, plan to be proposed by the firm.",
         body="""Spett.le ditta,

in riferimento al Vostro sollecito per le fatture TL/2026/0358 e TL/2026/0403, Vi confermo che gli importi sono corretti e che non ho nulla da contestare sui lavori eseguiti nel cantiere di Villa Guardia.

Purtroppo il committente di quel cantiere non mi ha ancora pagato gli ultimi stati di avanzamento e mi trovo in seria difficoltà di liquidità. Vi chiedo pertanto se sia possibile dilazionare il debito in tre o quattro rate mensili, secondo un piano che potete proporre voi.

Resto in attesa di un Vostro riscontro e Vi ringrazio fin d'ora per la disponibilità.

Distinti saluti

Giovanni Sala
Edilcasa di Sala Giovanni – Costruzioni e ristrutturazioni
Via Roma 5, 22079 Villa Guardia (CO) – P.IVA 02871450131
cell. 338 904 1267"""),

    dict(id="s10it035", date="2027-01-26T12:40", fmt="apple", stage="reminder", ago=1,
         inv="TL/2026/0439", amt="7.930,00", due="2027-01-15",
         frm="Pietro Brivio <pietro.brivio@amministrazionibrivio.it>",
         intent="plan_request",
         note="Condominium manager has only about half the funds; asks whether the invoice can be paid in two tranches.",
         body="""Buongiorno,

sono l'amministratore del Condominio Girasole di via Dante. La fattura per la sostituzione del bruciatore della centrale termica è corretta ma, come sapete, si tratta di una spesa straordinaria e i condòmini stanno versando le quote a fatica: ad oggi ho in cassa poco più della metà.

Vi chiedo se è possibile pagarla in due tranche, una subito con quello che c'è e il resto quando avrò incassato le altre quote. Mi fate sapere se per voi va bene?

Grazie, cordiali saluti

Pietro Brivio
Amministratore condominiale
Via Volta 40 – 22100 Como
tel. 031 490 337"""),

    dict(id="s10it036", country="CH", date="2027-01-07T18:30", fmt="tb", stage="reminder", ago=2,
         inv="TL/2026/0418", amt="620,00", due="2026-12-31",
         frm="Mirta Pedrazzini <mirta.pedrazzini@ticino.com>",
         intent="bank_details",
         note="Swiss customer asks for the BIC/SWIFT code and the bank's address to pay from Switzerland.",
         body="""Buonasera,

volentieri pagherei la fattura per la manutenzione del giardino della casa di Brissago, ma sulla fattura trovo solo l'IBAN senza il codice BIC/SWIFT e la mia banca, qui in Svizzera, non mi lascia completare il bonifico in euro senza. Mi chiedono inoltre l'indirizzo completo della banca beneficiaria.

Potreste mandarmeli? Non vorrei sbagliare come l'anno scorso, quando il versamento mi è tornato indietro dopo tre settimane.

Con i migliori saluti
Mirta Pedrazzini
Via Costa di Mezzo 7
6614 Brissago"""),

    dict(id="s10it037", date="2026-12-28T10:10", fmt="outlook", stage="second_reminder", ago=11,
         inv="TL/2026/0363", amt="1.537,20", due="2026-11-20",
         frm="Servizio Finanziario <finanziario@comune.solzagosuperiore.co.it>",
         intent="paid", paid_on="2026-12-21",
         note="Town hall: payment order cashed by the treasurer on 21/12/2026; only the net amount was credited (split payment).",
         body="""Buongiorno,

in riferimento al sollecito pervenuto il 17/12 u.s., si comunica che la fattura TL/2026/0363 (manutenzione impianto termico scuola primaria) è stata liquidata con mandato n. 1876 del 18/12/2026, quietanzato dal Tesoriere in data 21/12/2026.

Si precisa che, trattandosi di fattura in regime di scissione dei pagamenti, l'importo accreditato corrisponde al solo imponibile (€ 1.260,00); l'IVA è stata versata direttamente all'Erario.

Cordiali saluti

p. Il Responsabile del Servizio
Marina Colombo
Comune di Solzago Superiore – Servizio Finanziario
Tel. 031 918 204"""),

    dict(id="s10it038", date="2027-01-15T13:02", fmt="html_gmail", stage="reminder", ago=4,
         inv="TL/2026/0422", amt="1.150,00", due="2026-12-31",
         frm="Villa Le Ortensie <villaleortensie.bellagio@gmail.com>",
         intent="dispute",
         note="Green waste never removed although 180 EUR disposal is invoiced; will pay only once removed or the line is deducted.",
         body="""Buongiorno,

rispondo al sollecito per la fattura TL/2026/0422.

Avevamo concordato con il vostro giardiniere, il signor Mauri, potatura degli ulivi e delle siepi, pulizia delle aiuole e smaltimento di tutto il materiale. La potatura è stata fatta, ma ramaglie e foglie sono ancora ammucchiate dietro la serra da fine novembre, e in fattura mi trovo comunque 180 € di "smaltimento verde".

Pagherò la fattura solo quando il materiale sarà portato via, oppure scalate quella voce. Ditemi voi.

Saluti
Francesca Gerosa
B&B Villa Le Ortensie – Bellagio"""),

    dict(id="s10it039", date="2027-01-11T12:48", fmt="apple", stage="reminder", ago=0,
         inv="TL/2026/0431", amt="96,00", due="2026-12-31",
         frm="Stefano Lurati <stefano.lurati@icloud.com>",
         intent="promise", promise_date="2027-01-14",
         note="Very short: will pay on Thursday (14 January).",
         body="""Ok, pago giovedì.
S.

Inviato da iPhone"""),

    dict(id="s10it040", date="2027-01-27T19:45", fmt="gmail", stage="reminder", ago=2,
         inv="TL/2026/0440", amt="4.880,00", due="2027-01-15",
         frm="Roberto Pozzoli <r.pozzoli@gmail.com>",
         intent="other",
         note="Question about the tax-deduction transfer wording and the ENEA filing before paying; no commitment.",
         body="""Buonasera,

prima di pagare la fattura della pompa di calore ho una domanda: il mio CAF mi dice che per avere la detrazione devo fare il bonifico "parlante" per il risparmio energetico, e che in fattura dovrebbe esserci il riferimento alla normativa. Sulla vostra non c'è scritto niente.

Voi sapete dirmi che causale devo mettere esattamente? E la comunicazione all'ENEA l'avete già fatta voi o devo pensarci io?

Grazie
Roberto Pozzoli"""),
]
