"""Italian debtor replies to Lombardi Servizi Integrati S.r.l. (impianti elettrici, allarmi, logistica, pulizie uffici).
Each body written by hand, one by one."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s11it001", date="2026-12-09T07:48", fmt="gmail", stage="reminder", ago=2,
         inv="FT26/1187", amt="312,00", due="2026-11-30",
         frm="Bar Stazione <barstazione.rezzato@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Bar owner from phone: pays on Friday; reply on Wednesday 9 December so Friday = 11 December.",
         body="""ok lo sistemo venerdi quando passo in banca
scusate il ritardo

Dario"""),

    dict(id="s11it002", date="2026-12-14T10:22", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FT26/1102", amt="1.846,60", due="2026-10-31",
         frm="Studio Amministrazioni Gatti <segreteria@studiogattiamministrazioni.it>",
         intent="paid", paid_on="2026-12-10",
         note="Property manager says the transfer for the condominium was ordered on 10/12; attaches the receipt.",
         body="""Gentili Signori,

con riferimento al Vostro sollecito relativo alla fattura FT26/1102 (manutenzione impianto citofonico e illuminazione scale – Condominio "Le Betulle", Via Mazzini 41, Brescia), Vi informiamo che il bonifico è stato disposto in data 10/12/2026 dal conto corrente condominiale presso BPER Banca.

Alleghiamo la contabile con CRO per Vostro riscontro. Considerati i tempi tecnici, l'accredito dovrebbe risultarVi a breve.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Silvia Orlandi
Segreteria amministrativa
Studio Amministrazioni Gatti
Via Solferino 18 – 25122 Brescia
Tel. 030 377 2190 – Fax 030 377 2191
www.studiogattiamministrazioni.it

Il presente messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate ai sensi del Reg. UE 2016/679. Se avete ricevuto questa e-mail per errore, Vi preghiamo di informarci e di cancellarla."""),

    dict(id="s11it003", date="2026-12-10T19:36", fmt="apple", stage="second_reminder", ago=1,
         inv="FT26/1143", amt="685,00", due="2026-11-20",
         frm="Parrucchieria Nuova Immagine <nuovaimmagine.parrucchieri@libero.it>",
         intent="dispute",
         note="Salon refuses to pay until the electrician comes back: two sockets at the wash station still don't work.",
         body="""Buonasera,
scusate ma mi arriva il secondo sollecito e io sto ancora aspettando che il vostro elettricista torni a finire il lavoro!! Le due prese vicino ai lavatesta non funzionano ancora, ho dovuto tirare una prolunga in mezzo al salone con le clienti che ci inciampano. L'ho detto al ragazzo il giorno stesso e mi ha detto "torniamo la settimana prossima", sono passate tre settimane.

La fattura la pago quando il lavoro è finito, non prima. Mandatemi qualcuno e poi ne parliamo.

Loredana Bonetti
Nuova Immagine – Via Roma 7, Gussago

Inviato da iPhone"""),

    dict(id="s11it004", date="2026-12-23T13:05", fmt="ooo", stage="reminder", ago=0,
         inv="FT26/1231", amt="240,00", due="2026-12-15",
         frm="Studio Medico Associato Dott. Ferri e Dott.ssa Zanola <info@studiomedicoferrizanola.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Medical practice closed 24 Dec to 6 Jan inclusive; back on Thursday 7 January.",
         body="""Gentile paziente, gentile fornitore,

lo Studio rimarrà chiuso per le festività natalizie da giovedì 24 dicembre a mercoledì 6 gennaio compreso. Le attività riprenderanno regolarmente giovedì 7 gennaio 2027.

Per urgenze mediche si prega di contattare la Guardia Medica al numero 116117. Le e-mail non verranno lette durante il periodo di chiusura.

Auguriamo a tutti buone feste.

La segreteria
Studio Medico Associato Ferri – Zanola
Via Cremona 112, Brescia"""),

    dict(id="s11it005", date="2026-12-10T11:40", fmt="outlook", stage="reminder", ago=2,
         inv="FT26/1119", amt="2.960,40", due="2026-11-30",
         frm="Contabilità Fornitori – Trasporti Baresi S.p.A. <fornitori@trasportibaresi.it>",
         intent="promise", promise_date="2026-12-18",
         note="The Ri.Ba. was returned unpaid because of a bank error; they will pay by transfer by 18 December.",
         body="""Buongiorno,

abbiamo verificato: la Ri.Ba. in scadenza 30/11 è tornata insoluta per un disguido della nostra banca (cambio di filiale, il mandato non era stato riportato sul nuovo rapporto). Ci scusiamo per l'inconveniente.

Provvederemo a saldare la fattura FT26/1119 con bonifico ordinario entro venerdì 18 dicembre. Eventuali spese di insoluto che vi sono state addebitate potete inserirle nella prossima fattura.

Distinti saluti

Manuela Zani
Ufficio Contabilità Fornitori
Trasporti Baresi S.p.A.
Via Industriale 3 – 25016 Ghedi (BS)
Tel. 030 902 1144 int. 2"""),

    dict(id="s11it006", date="2026-12-15T09:12", fmt="html_outlook", stage="reminder", ago=4,
         inv="FT26/1160", amt="4.118,00", due="2026-11-30",
         frm="Accounts Payable Italia – Meccanica Ronchi S.p.A. <ap.italia@meccanicaronchi.com>",
         intent="copy_request",
         note="AP office cannot process the invoice without the purchase-order number; asks to reissue or send the PO reference.",
         body="""Buongiorno,

la fattura in oggetto non è stata registrata perché priva del riferimento al nostro ordine d'acquisto. Come da condizioni generali di fornitura, tutte le fatture passive devono riportare il numero di OdA (formato 45xxxxxxxx) nel campo "Dati ordine d'acquisto" del tracciato elettronico; in mancanza, il sistema le scarta automaticamente.

Vi chiediamo pertanto di indicarci il numero di ordine a cui si riferisce l'intervento (pulizia straordinaria reparto spedizioni di novembre?) oppure, se non ne avete ricevuto uno, di contattare il buyer di riferimento, Sig. Paolo Vezzoli. Una volta ricevuto il riferimento la fattura verrà messa in pagamento alla prima scadenza utile.

Cordiali saluti

Accounts Payable Italia
Meccanica Ronchi S.p.A. – Società soggetta a direzione e coordinamento di Ronchi Holding S.p.A.
Sede legale: Via dei Mille 200, 25032 Chiari (BS) – Cap. soc. € 5.000.000 i.v. – P.IVA 01925840172

Questo messaggio è confidenziale. Se non siete i destinatari, vi preghiamo di cancellarlo e di avvisare il mittente."""),

    dict(id="s11it007", date="2026-12-15T08:03", fmt="gmail", stage="reminder", ago=1,
         inv="FT26/1205", amt="98,00", due="2026-12-05",
         frm="ASD Volley Castel Mella <asdvolleycastelmella@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Sports association treasurer made the transfer yesterday evening (14 December).",
         body="""Buongiorno, il bonifico l'ho fatto ieri sera dall'app, dovreste vederlo domani al massimo.
Scusate ma siamo tutti volontari e la tesoreria la guardo la sera!

Marco Rizzi
tesoriere ASD Volley Castel Mella"""),

    dict(id="s11it008", date="2026-12-17T16:28", fmt="tb", stage="second_reminder", ago=2,
         inv=[("FT26/1078", "1.240,00", "2026-10-31"), ("FT26/1134", "860,00", "2026-11-30")],
         frm="Ferramenta Ghidini <ferramenta.ghidini@tin.it>",
         intent="plan_request",
         note="Shop asks to split the two invoices into three or four instalments; no date committed.",
         body="""Buongiorno,

vi scrivo per le due fatture (impianto allarme e telecamere del negozio). Non voglio far finta di niente: il lavoro è fatto bene e il debito c'è, ma quest'anno tra i lavori in via Garibaldi che ci hanno chiuso mezza strada per due mesi e le bollette, sono rimasto corto.

Sarebbe possibile dividere il totale in tre o quattro rate mensili? Ditemi voi come vi viene meglio, anche con RID sul conto. Se preferite ne parliamo a voce, mi trovate in negozio tutti i giorni tranne il lunedì mattina.

Grazie per la comprensione

Giuseppe Ghidini
Ferramenta Ghidini snc
Via Garibaldi 55 – Travagliato
tel. 030 660 1872"""),

    dict(id="s11it009", date="2026-12-11T12:15", fmt="gmail", stage="reminder", ago=3,
         inv="FT26/1099", amt="530,00", due="2026-11-15",
         frm="Alberto Vitali <alberto.vitali.amm@gmail.com>",
         intent="contact_change", new_email="amministrazione@studiorivagestioni.it",
         note="Former administrator of the condominium asks to send reminders to the new administrator's address.",
         body="""Buongiorno,

vi segnalo che dal 1° dicembre non sono più l'amministratore del Condominio Via Milano 22 (Roncadelle): l'assemblea ha nominato lo Studio Riva Gestioni, al quale ho già passato tutta la documentazione, fatture in sospeso comprese.

Vi prego quindi di inviare questo e i prossimi solleciti direttamente a loro: amministrazione@studiorivagestioni.it (referente Dott.ssa Elena Riva).

Saluti
Alberto Vitali"""),

    dict(id="s11it010", date="2026-12-16T10:50", fmt="outlook", stage="firm", ago=5,
         inv="FT26/0988", amt="3.415,20", due="2026-10-15",
         frm="Ufficio Ragioneria – Comune di Flero <ragioneria@comune.flero.bs.it>",
         intent="promise", promise_date="2026-12-22",
         note="Town hall: payment order issued, treasury will credit by 22 December; the DURC and CIG remarks are context.",
         body="""Spett.le Lombardi Servizi Integrati S.r.l.,

in riscontro alla Vostra comunicazione, si informa che la fattura elettronica n. FT26/0988 relativa all'intervento di adeguamento dell'impianto elettrico della palestra comunale (CIG B2F7A81C04) è stata liquidata con determina del Responsabile del Servizio Tecnico n. 214 del 9 dicembre u.s.

Il ritardo è dovuto alla scadenza del DURC, che è stato necessario richiedere nuovamente. Il mandato di pagamento è stato emesso in data odierna e sarà trasmesso al Tesoriere comunale, che provvederà all'accredito entro il 22 dicembre p.v.

Si precisa che, trattandosi di ente pubblico soggetto a split payment, verrà liquidato il solo imponibile; l'IVA sarà versata direttamente all'Erario.

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Laura Bertoli
Comune di Flero – Piazza Municipio 1 – 25020 Flero (BS)
Tel. 030 256 3310 – PEC: protocollo@pec.comune.flero.bs.it"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s11it011", date="2026-12-18T15:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FT26/1066", amt="1.200,00", due="2026-10-31",
         frm="Pizzeria Da Totò <pizzeriadatoto.brescia@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Partial payment of EUR 400 made today; the balance is promised by 15 January, which is what the firm must follow up.",
         body="""Buongiorno signora,

come le avevo detto al telefono oggi le ho fatto un bonifico di 400 euro come acconto sulla fattura dell'impianto della cucina. Il resto, 800 euro, glielo verso entro il 15 gennaio, dopo le feste che sono i giorni che lavoriamo di più.

Mi scusi ancora e buon Natale a lei e ai ragazzi

Salvatore Esposito
Pizzeria Da Totò"""),

    dict(id="s11it012", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT26/1198", amt="1.520,00", due="2026-12-10",
         frm="Chiara Pedretti <c.pedretti@logisticapadana.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away 21/12/2026 to 08/01/2027 (a Friday); first working day back is Monday 11 January.",
         body="""Sarò assente dal 21/12/2026 al 08/01/2027 con accesso limitato alla posta elettronica.
Per questioni urgenti di natura amministrativa contattare il collega Stefano Mor (s.mor@logisticapadana.it – 0372 415 208).

I will be out of the office from 21/12/2026 to 08/01/2027. For urgent matters please contact s.mor@logisticapadana.it.

Chiara Pedretti
Amministrazione – Logistica Padana S.r.l."""),

    dict(id="s11it013", date="2026-12-18T12:44", fmt="html_outlook", stage="reminder", ago=2,
         inv="FT26/1177", amt="2.074,00", due="2026-12-05",
         frm="Amministrazione – Ottica Martinelli <amministrazione@otticamartinelli.it>",
         intent="bank_details",
         note="Customer received an email announcing a new IBAN in the firm's name and asks for confirmation before paying.",
         body="""Buongiorno,

prima di procedere al pagamento vorrei una conferma. Martedì ci è arrivata una mail apparentemente da voi (mittente amministrazione@lombardiservizi-it.com) che ci comunicava che da dicembre il vostro conto è cambiato, con un nuovo IBAN di una banca lituana, e ci chiedeva di pagare lì anche le fatture arretrate.

Sul vostro sollecito invece c'è il link per il pagamento online e sulla fattura l'IBAN della BCC. Mi sembra strano e ho sentito di parecchie truffe di questo tipo: potete confermarmi per telefono o per iscritto quale sia l'IBAN corretto? Appena ho la conferma dispongo il bonifico.

Grazie
Paola Martinelli
Ottica Martinelli – Corso Zanardelli 29, Brescia
Tel. 030 294 0013"""),

    dict(id="s11it014", date="2026-12-22T09:27", fmt="gmail", stage="firm", ago=4, fwd=True,
         inv="FT26/1045", amt="5.870,00", due="2026-10-31",
         frm="Federica Manenti <federica.manenti@autotrasportimanenti.it>",
         intent="promise",
         note="Assistant forwards the owner's answer: they will pay after the holidays once a client pays them; no single day.",
         body="""Buongiorno, vi giro la risposta del titolare al vostro sollecito.
Saluti, Federica

---------- Forwarded message ---------
Da: Ivano Manenti <ivano@autotrasportimanenti.it>
Date: lun 21 dic 2026 alle ore 18:52
Subject: Re: Terzo sollecito
To: Federica Manenti <federica.manenti@autotrasportimanenti.it>

Fede rispondi tu a Lombardi che la fattura del magazzino la paghiamo dopo le feste, appena ci entra il bonifico della Cooperativa che ci deve ancora ottobre e novembre. Digli che non scappiamo, sono 15 anni che lavoriamo con loro.
Ivano

Inviato dal mio smartphone"""),

    dict(id="s11it015", date="2026-12-09T21:14", fmt="apple", stage="reminder", ago=1,
         inv="FT26/1152", amt="58,50", due="2026-11-30",
         frm="Roberta Tonoli <roberta.tonoli@icloud.com>",
         intent="paid", paid_on="2026-12-01",
         note="Private customer: the monthly alarm fee was taken by SDD direct debit on 1 December.",
         body="""Buonasera,
ma io ho l'addebito diretto sul conto per il canone dell'allarme, e infatti sull'estratto conto vedo che l'addebito SDD di € 58,50 è passato il 1° dicembre. Controllate per favore prima di mandare solleciti, mi sono spaventata.

Roberta Tonoli
Via dei Prati 3, Castel Mella

Inviato da iPhone"""),

    dict(id="s11it016", date="2026-12-14T11:58", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FT26/1171", amt="1.360,00", due="2026-11-30",
         frm="Agenzia Immobiliare Casa Franciacorta <info@casafranciacorta.it>",
         intent="dispute",
         note="Office cleaning: invoice bills 20 cleanings in November but only 16 were done; asks for a credit note before paying.",
         body="""Buongiorno,

la fattura di novembre per le pulizie dell'ufficio non torna. Ci avete fatturato 20 interventi a € 68,00, ma a novembre la vostra addetta è venuta 16 volte: il 2 novembre eravamo chiusi per il ponte, e per due settimane la signora Rosa è stata in malattia e nessuno l'ha sostituita (il martedì e il giovedì l'ufficio è rimasto sporco, lo abbiamo anche segnalato al vostro responsabile).

Vi chiediamo quindi di emettere una nota di credito per i 4 interventi non eseguiti. Paghiamo volentieri la differenza appena la riceviamo.

Cordiali saluti

Marta Gregorelli
Casa Franciacorta – Agenzia Immobiliare
Via Europa 8 – 25050 Passirano (BS)
Tel. 030 657 2206"""),

    dict(id="s11it017", date="2026-12-17T13:22", fmt="gmail", stage="second_reminder", ago=1,
         inv="FT26/1124", amt="420,00", due="2026-11-25",
         frm="Mirko Pasotti <mirko.pasotti88@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Phone-typed, Thursday 17 December: transfer on Monday = 21 December.",
         body="""ciao si scusate lo so, sn fuori x lavoro fino a domenica, lunedi appena rientro faccio il bonifico

mirko"""),

    dict(id="s11it018", date="2026-12-11T17:05", fmt="tb", stage="reminder", ago=2,
         inv="FT26/1139", amt="760,00", due="2026-11-30",
         frm="Arch. Stefania Pelizzari <studio@pelizzariarchitetti.it>",
         intent="other",
         note="Passed the reminder to her accountant who handles payments; no promise, no date.",
         body="""Buongiorno,

ho inoltrato il vostro sollecito alla mia commercialista, Dott.ssa Franzoni, che da quest'anno si occupa anche dei pagamenti dello studio. Sarà lei a ricontattarvi per qualsiasi cosa.

Cordiali saluti

Arch. Stefania Pelizzari
Pelizzari Architetti – Via Trieste 12, Brescia"""),

    dict(id="s11it019", date="2026-12-28T10:03", fmt="gmail", stage="heads_up", ago=1,
         inv="FT26/1288", amt="64,00", due="2027-01-10",
         frm="Giorgio Bertelli <giorgio.bertelli53@gmail.com>",
         intent="unsubscribe",
         note="Elderly customer asks to stop receiving these automatic e-mails; he pays at the counter as always.",
         body="""Buongiorno,
vi prego di non mandarmi più queste mail automatiche di promemoria. Ho 73 anni, la posta elettronica la guarda mio figlio una volta ogni tanto, e ogni volta che arriva una vostra mail mi telefona preoccupato.
Le fatture le ho sempre pagate in ufficio da voi, come da vent'anni a questa parte. Cancellate per favore questo indirizzo dai vostri invii.

Distinti saluti
Giorgio Bertelli"""),

    dict(id="s11it020", date="2027-01-12T12:30", fmt="outlook", stage="firm", ago=5,
         inv="FT26/1015", amt="1.098,00", due="2026-10-31",
         frm="Segreteria amministrativa – IC Castel Mella <bsic83600x@istruzione.it>",
         intent="promise", promise_date="2027-01-31",
         note="School: payment will be made by the end of the month (reply in January, so 31 January).",
         body="""Buongiorno,

in riferimento alla fattura FT26/1015 (riparazione impianto di allarme plesso scuola primaria "Don Milani"), si comunica che il ritardo è dovuto alla chiusura dell'esercizio finanziario 2026 e all'attesa dell'approvazione del Programma Annuale 2027.

Il mandato verrà emesso sulla piattaforma SIDI appena disponibile l'esercizio provvisorio; il pagamento sarà effettuato entro fine mese.

Distinti saluti

Il D.S.G.A.
Dott. Antonio Capuano
Istituto Comprensivo di Castel Mella
Via Corioni 5 – 25030 Castel Mella (BS) – Tel. 030 258 0361
C.F. 98170420176 – Codice univoco ufficio UFK2LM"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s11it021", date="2027-01-07T11:16", fmt="html_outlook", stage="second_reminder", ago=8,
         inv=[("FT26/1088", "2.310,00", "2026-11-15"), ("FT26/1131", "745,80", "2026-11-30"), ("FT26/1189", "1.022,00", "2026-12-15")],
         frm="Ufficio Amministrativo – Grafiche Zanetti S.r.l. <amministrazione@grafichezanetti.it>",
         intent="paid", paid_on="2027-01-04",
         note="Three invoices settled with one transfer on 4 January (reply on 7 January).",
         body="""Buongiorno,

al rientro dalle ferie troviamo il Vostro sollecito. Vi informiamo che le tre fatture indicate (FT26/1088, FT26/1131 e FT26/1189) sono state saldate con un unico bonifico di € 4.077,80 disposto lunedì 4 gennaio, causale "Saldo ft. 1088-1131-1189 Lombardi".

Il ritardo è dovuto alla chiusura aziendale di fine anno, durante la quale la distinta non è stata firmata. Vi preghiamo di verificare l'accredito e di comunicarci eventuali differenze.

Cordiali saluti

Daniela Fenaroli
Ufficio Amministrativo
Grafiche Zanetti S.r.l.
Via Artigianato 21 – 25039 Travagliato (BS)
T. 030 686 3390 | www.grafichezanetti.it"""),

    dict(id="s11it022", date="2026-12-30T14:20", fmt="ooo", stage="reminder", ago=0,
         inv="FT26/1240", amt="389,00", due="2026-12-20",
         frm="Monica Salvi <monica.salvi@farmaciasanrocco.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 January inclusive; first working day back is Monday 18 January.",
         body="""Buongiorno,

sono in congedo fino a venerdì 15 gennaio incluso. I messaggi ricevuti in questo periodo non verranno inoltrati.
Per ordini e fatture fornitori scrivere a farmacia@farmaciasanrocco.it, per urgenze telefonare in farmacia allo 030 268 1145.

Grazie
Monica Salvi
Farmacia San Rocco – Roncadelle"""),

    dict(id="s11it023", date="2027-01-19T09:40", fmt="gmail", stage="final_notice", ago=1,
         inv="FT26/1210", amt="1.680,00", due="2026-12-10",
         frm="Tabaccheria Ricevitoria Ferrari <tabaccheriaferrari.ospitaletto@gmail.com>",
         intent="dispute",
         note="Angry: the new alarm triggers by itself, the security company charged three call-outs; refuses to pay until fixed and refunded.",
         body="""Ultimo avviso a me?? Ma state scherzando?

L'allarme che mi avete montato a dicembre suona da solo di notte, tre volte in un mese. Tre volte è uscita la vigilanza e tre volte me l'hanno fatturata, 75 euro a uscita. Una volta mi hanno chiamato alle 3 di notte e sono dovuto venire giù in negozio con mia moglie in pigiama. Ho chiamato il vostro tecnico due volte e mi ha detto "sarà un gatto". In negozio non ci sono gatti.

Finché l'impianto non funziona come si deve e non mi rimborsate le uscite della vigilanza io non pago un euro. E se mi mandate l'avvocato gli racconto tutta la storia.

Ferrari Claudio
Tabaccheria Ricevitoria Ferrari – Ospitaletto"""),

    dict(id="s11it024", date="2027-01-14T16:45", fmt="tb", stage="firm", ago=3,
         inv="FT26/1003", amt="7.940,00", due="2026-10-31",
         frm="Studio Bellini Amministrazioni Condominiali <studio@belliniamministrazioni.it>",
         intent="plan_request",
         note="Property manager asks to pay the extraordinary electrical work in instalments pending the owners' assembly; no date committed.",
         body="""Spett.le Lombardi Servizi Integrati,

con riferimento alla fattura FT26/1003 relativa al rifacimento dell'impianto elettrico delle parti comuni del Condominio "Residenza Il Parco" di Castel Mella, Vi comunichiamo quanto segue.

L'intervento, reso urgente dal verbale dei Vigili del Fuoco, è stato eseguito prima che l'assemblea approvasse il relativo riparto straordinario. Diversi condomini non hanno ancora versato la loro quota e il fondo cassa del condominio non consente di saldare l'importo in un'unica soluzione.

Vi chiediamo pertanto la disponibilità a una rateizzazione dell'importo, indicativamente in quattro-sei rate mensili, da definire insieme. L'assemblea è convocata per il mese prossimo e in quella sede potremo deliberare anche un eventuale piano di rientro verso di Voi.

Restiamo in attesa di un Vostro riscontro.

Distinti saluti

Rag. Fabio Bellini
Studio Bellini Amministrazioni Condominiali
Via XX Settembre 30 – 25122 Brescia
Tel. 030 240 8862 – iscritto ANACI n. BS-0412"""),

    dict(id="s11it025", date="2026-12-12T10:07", fmt="gmail", stage="reminder", ago=3,
         inv="FT26/1166", amt="185,00", due="2026-11-30",
         frm="Luisa Cominelli <luisa.cominelli@hotmail.it>",
         intent="copy_request",
         note="Private customer never received the invoice and cannot find it in the tax portal; asks for a copy to pay.",
         body="""Buongiorno, io non ho mai ricevuto questa fattura, nemmeno nel cassetto fiscale la trovo (mio marito ha controllato ieri). Immagino sia per la sostituzione del quadro elettrico in cantina di ottobre?
Me la potete mandare in pdf a questo indirizzo? Appena la ricevo pago, ci mancherebbe.
Grazie
Luisa Cominelli"""),

    dict(id="s11it026", date="2026-12-09T12:55", fmt="apple", stage="reminder", ago=1,
         inv="FT26/1191", amt="140,00", due="2026-11-30",
         frm="Enrico Danesi <enrico.danesi@me.com>",
         intent="paid", paid_on="2026-12-09",
         note="Very short: paid this morning (9 December).",
         body="""Pagato stamattina.

Inviato da iPhone"""),

    dict(id="s11it027", date="2026-12-29T17:32", fmt="html_gmail", stage="second_reminder", ago=6,
         inv="FT26/1159", amt="920,00", due="2026-11-30",
         frm="Boutique Amélie <boutique.amelie.chiari@gmail.com>",
         intent="promise", promise_date="2027-01-08",
         note="Shop promises the transfer on Friday 8 January, after the Christmas season; the 'saldi' start date is not the payment date.",
         body="""Buonasera,

scusate il silenzio ma dicembre in negozio è stato un delirio. Vi confermo che la fattura per le luci della vetrina la saldiamo con bonifico venerdì 8 gennaio, appena ho chiuso i conti di dicembre con la commercialista (i saldi partono il 2 e prima non riesco a fermarmi).

Buon anno!
Alessia
Boutique Amélie – Via Cortezzano 14, Chiari"""),

    dict(id="s11it028", date="2026-12-16T20:18", fmt="gmail", stage="reminder", ago=2,
         inv="FT26/1182", amt="455,00", due="2026-12-01",
         frm="Luca Bonomi <luca.bonomi.vr@gmail.com>",
         intent="other",
         note="Wrong recipient: a different Luca Bonomi who never dealt with the firm.",
         body="""Buonasera,
credo che abbiate sbagliato destinatario. Mi chiamo Luca Bonomi ma abito a Verona e non ho mai avuto nessun rapporto con la vostra ditta, non ho mai fatto lavori in casa con voi. Probabilmente c'è un omonimo e qualcuno ha sbagliato a scrivere l'indirizzo.
Vi prego di controllare, non vorrei che il vero cliente non ricevesse le vostre comunicazioni.
Saluti
Luca Bonomi"""),

    dict(id="s11it029", date="2027-01-11T09:05", fmt="outlook", stage="reminder", ago=4,
         inv="FT26/1229", amt="3.280,00", due="2026-12-20",
         frm="Nicola Rossetti <n.rossetti@polivetrobs.it>",
         intent="contact_change", new_email="fornitori@polivetrobs.it",
         note="Asks that invoices and reminders go to the accounts-payable mailbox instead of his personal address.",
         body="""Buongiorno,

io sono il responsabile di produzione e di pagamenti non mi occupo: vi chiedo di indirizzare fatture e solleciti esclusivamente alla casella dell'ufficio fornitori, fornitori@polivetrobs.it, che è monitorata tutti i giorni. Ho già inoltrato la vostra mail ai colleghi.

Per cortesia aggiornate l'anagrafica, altrimenti le comunicazioni rischiano di perdersi.

Grazie, saluti
Nicola Rossetti
Responsabile Produzione
Polivetro Brescia S.r.l. – Via Valcamonica 88, 25132 Brescia"""),

    dict(id="s11it030", date="2026-12-10T08:41", fmt="bounce", stage="reminder",
         inv="FT26/1150", amt="276,00", due="2026-11-30",
         rcpt="info@cartoleriabelotti.it", status="5.1.1", remote="mx.cartoleriabelotti.it",
         diag="550 5.1.1 <info@cartoleriabelotti.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: the customer's mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@cartoleriabelotti.it

The recipient's mail server permanently rejected the message: 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table."""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s11it031", date="2026-12-10T18:47", fmt="gmail", stage="heads_up", ago=1,
         inv="FT26/1214", amt="210,00", due="2026-12-18",
         frm="Franca Bodei <franca.bodei@alice.it>",
         intent="paid", paid_on="2026-12-03",
         note="Private customer paid by debit card to the technician on the day of the call-out (3 December).",
         body="""Buonasera, guardate che io questa fattura l'ho già pagata: il vostro tecnico è venuto il 3 dicembre per il salvavita che saltava e gli ho pagato subito col bancomat, con il POS che aveva in furgone. Ho ancora lo scontrino, se serve vi mando la foto.
Saluti
Franca Bodei
Via Torricella 9, Flero"""),

    dict(id="s11it032", date="2027-01-19T10:34", fmt="tb", stage="firm", ago=2, fwd=True,
         inv="FT26/1197", amt="650,00", due="2026-12-10",
         frm="Pro Loco Roncadelle <info@prolocoroncadelle.it>",
         intent="paid", paid_on="2027-01-15",
         note="Colleague forwards: the treasurer paid last Friday; reply on Tuesday 19 January so 15 January.",
         body="""Buongiorno,
vi inoltro la risposta del nostro tesoriere, io la vostra mail l'avevo girata a lui. Mi dice che ha pagato venerdì scorso, quindi dovreste averlo già ricevuto.
Cordialmente
Annalisa – segreteria Pro Loco

-------- Messaggio Inoltrato --------
Oggetto: Re: sollecito Lombardi luminarie
Data: Mon, 18 Jan 2027 21:12:40 +0100
Mittente: Gianni Peli <gianni.peli@libero.it>
A: Pro Loco Roncadelle <info@prolocoroncadelle.it>

Ciao Annalisa, l'ho pagata venerdì scorso con il bonifico dalla BCC, causale "luminarie Natale 2026". Se non gli risulta ancora mandami la mail che gli giro la contabile.
Gianni"""),

    dict(id="s11it033", date="2026-12-28T09:52", fmt="html_gmail", stage="reminder", ago=5,
         inv="FT26/1208", amt="1.134,60", due="2026-12-15",
         frm="Studio Dentistico Dott. Lancini <segreteria@studiolancini.it>",
         intent="paid", paid_on="2026-12-22",
         note="Dental practice paid by home banking on 22/12; side request for a receipt does not change the intent.",
         body="""Buongiorno,

vi comunichiamo che la fattura FT26/1208 (installazione impianto videosorveglianza sala d'attesa) è stata saldata il 22/12 tramite home banking. In allegato la ricevuta del bonifico.

Se possibile, ci mandate una quietanza di pagamento per il nostro commercialista? Grazie.

Cordiali saluti
Giulia
Segreteria – Studio Dentistico Dott. Marco Lancini
Via Verdi 4, Gussago (BS) – tel. 030 252 7718"""),

    dict(id="s11it034", date="2026-12-21T11:26", fmt="outlook", stage="reminder", ago=3,
         inv="FT26/1215", amt="2.450,00", due="2026-12-10",
         frm="Amministrazione – Poliambulatorio Santa Giulia <amministrazione@poliambulatoriosantagiulia.it>",
         intent="promise",
         note="Will pay in the first days of January; a window, no single day.",
         body="""Buongiorno,

ci scusiamo per il ritardo. Il pagamento della fattura per il servizio di pulizia e sanificazione degli ambulatori di novembre verrà effettuato nei primi giorni di gennaio, insieme agli altri fornitori, appena ci verranno accreditati i rimborsi dell'ATS.

Cordiali saluti

Ufficio Amministrazione
Poliambulatorio Santa Giulia S.r.l.
Via Lamarmora 230 – 25124 Brescia"""),

    dict(id="s11it035", date="2027-01-18T14:02", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FT26/1246", amt="6.312,00", due="2026-12-31",
         frm="Ufficio Tesoreria – Spedizioni Olmi S.p.A. <tesoreria@spedizioniolmi.it>",
         intent="promise", promise_date="2027-01-25",
         note="Supplier payments run on the 25th; reply on 18 January so the invoice will be paid on 25 January.",
         body="""Buongiorno,

la fattura FT26/1246 (servizio di facchinaggio e movimentazione magazzino di dicembre) è stata approvata dal responsabile di area venerdì scorso ed è inserita nella prossima distinta di pagamento fornitori, che la nostra società esegue il 25 di ogni mese.

Riceverete quindi il bonifico il 25 gennaio, per l'intero importo.

Cordiali saluti

Roberta Mainetti
Tesoreria e Credito
Spedizioni Olmi S.p.A. | Via Padana Superiore 156 | 25035 Ospitaletto (BS)
T +39 030 640 2271 | tesoreria@spedizioniolmi.it

Le informazioni contenute in questa e-mail sono riservate e destinate unicamente al destinatario. Ogni utilizzo non autorizzato è vietato ai sensi del D.Lgs. 196/2003 e del Reg. UE 2016/679."""),

    dict(id="s11it036", date="2026-12-15T17:40", fmt="gmail", stage="reminder", ago=2,
         inv="FT26/1172", amt="2.305,80", due="2026-11-30",
         frm="Circolo ACLI San Giuseppe <circolo.acli.sangiuseppe@gmail.com>",
         intent="dispute",
         note="Invoice is higher than the signed quote; extra work was never authorised; asks for correction before paying.",
         body="""Buonasera,

siamo il circolo di via Lamarmora, avete rifatto l'impianto elettrico del bar e della sala. Il preventivo che abbiamo firmato a settembre era di € 1.450,00 + IVA, la fattura invece è di € 1.890,00 + IVA.

Nessuno di noi del consiglio direttivo ha autorizzato lavori in più. Il vostro capocantiere ha parlato di "due punti luce aggiuntivi" ma l'ha detto al barista, che non ha nessun titolo per decidere. Noi siamo un'associazione, le spese le votiamo in consiglio.

Vi chiediamo di rifare la fattura secondo il preventivo, oppure di farci vedere chi ha firmato per la variante. L'importo del preventivo lo paghiamo subito.

Per il consiglio direttivo
Renato Gatta (presidente)
cell. 347 118 6620"""),

    dict(id="s11it037", date="2026-12-21T07:15", fmt="ooo", stage="reminder", ago=0,
         inv="FT26/1222", amt="175,00", due="2026-12-15",
         frm="Associazione Genitori Scuola Rodari <agerodari@gmail.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Association office closed 19 December to 10 January (a Sunday); first working day back is Monday 11 January.",
         subj="Risposta automatica: Segreteria chiusa",
         body="""Ciao! La segreteria dell'Associazione Genitori resta chiusa per le vacanze di Natale dal 19 dicembre al 10 gennaio.
Le mail verranno lette alla riapertura. Per le iscrizioni al doposcuola di gennaio trovate il modulo sul sito.

Buone feste da tutto il direttivo!"""),

    dict(id="s11it038", date="2027-01-08T22:09", fmt="gmail", stage="firm", ago=3,
         inv="FT26/1110", amt="1.470,00", due="2026-11-15",
         frm="Samuele Ongaro <samu.ongaro@gmail.com>",
         intent="plan_request",
         note="Phone-typed, with typos: on short-time work, asks whether he can pay in instalments; no amount or date committed.",
         body="""buonasera scusate se rispondo solo ora, sono in cassa integrazzione da ottobre e quest mese sono veramente in dificolta. la fattura del impianto non me la sono dimenticata ma 1470 tutti insieme non li ho.
si puo rateizzare? anche 150 200 al mese, ditemi voi.
grazie samuele"""),

    dict(id="s11it039", date="2027-01-13T10:18", fmt="outlook", stage="reminder", ago=6,
         inv="FT26/1253", amt="890,00", due="2026-12-31",
         frm="Amministrazione – Lavanderia Industriale Sorelle Mora <amministrazione@lavanderiamora.it>",
         intent="bank_details",
         note="Debtor announces its own new bank for Ri.Ba. collection; the old one is closed, which is why the Ri.Ba. bounced.",
         body="""Buongiorno,

la Ri.Ba. di fine dicembre Vi è tornata indietro perché da gennaio abbiamo chiuso il rapporto con Banca Intesa. Vi preghiamo di aggiornare i nostri dati e di appoggiare le prossime Ri.Ba. (compresa la ripresentazione di questa) sulla nuova banca:

Banca Valsabbina – Filiale di Rezzato
IBAN IT 62 K 05116 55130 000000004821
ABI 05116 – CAB 55130

Ci scusiamo per non avervelo comunicato prima.

Cordiali saluti

Ufficio Amministrazione
Lavanderia Industriale Sorelle Mora S.n.c.
Via Prati 11 – 25086 Rezzato (BS)
Tel. 030 279 0456"""),

    dict(id="s11it040", date="2027-01-26T12:00", fmt="html_outlook", stage="final_notice", ago=2,
         inv="FT26/1052", amt="4.560,00", due="2026-10-31",
         frm="Dott. Carlo Armanni – Liquidatore <liquidazione.edilcasa@studioarmanni.it>",
         intent="other",
         note="Company in liquidation: the liquidator says no individual payment can be made and explains how to file the claim.",
         body="""Spett.le Lombardi Servizi Integrati S.r.l.,

scrivo in qualità di liquidatore della società Edilcasa Costruzioni S.r.l. in liquidazione, alla quale è indirizzato il Vostro sollecito.

Vi informo che con delibera assembleare del 30 novembre 2026 la società è stata posta in liquidazione volontaria e che è in corso la predisposizione di una domanda di accesso a uno strumento di regolazione della crisi ai sensi del D.Lgs. 14/2019. In questa fase non è possibile procedere a pagamenti individuali dei creditori anteriori, che violerebbero la par condicio.

Il Vostro credito risulta regolarmente iscritto nella contabilità sociale. Vi invito a inviarmi, all'indirizzo PEC studioarmanni@pec.it, un estratto conto aggiornato con l'indicazione delle fatture aperte, così da poterlo riportare nell'elenco dei creditori. Vi terrò informati sugli sviluppi della procedura.

Distinti saluti

Dott. Carlo Armanni
Dottore Commercialista – Revisore Legale
Liquidatore di Edilcasa Costruzioni S.r.l. in liquidazione
Via Gramsci 17 – 25121 Brescia – Tel. 030 375 0092"""),
]
