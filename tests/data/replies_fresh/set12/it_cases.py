"""Italian debtor replies to Arienti Impianti S.r.l. (Monza): heating, air conditioning and plumbing
installation and maintenance. Every body is handwritten for its case."""

CASES = [
    # ---------------------------------------------------------------- 001 promise, very short
    dict(id="s12it001", country="IT", date="2026-12-07T12:41", fmt="gmail", stage="reminder", ago=4,
         inv="1102/2026", amt="340,00", due="2026-11-15",
         frm="Marco Villa <marco.villa78@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'bonifico venerdì' written Monday 7 December: Friday 11 December.",
         body="""Ok, faccio il bonifico venerdì

Marco"""),

    # ---------------------------------------------------------------- 002 paid, AP department, value date
    dict(id="s12it002", country="IT", date="2026-12-09T10:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="1057/2026", amt="2.318,40", due="2026-11-30",
         frm="Sara Colombo <contabilita.fornitori@brianzaplast.it>",
         intent="paid", paid_on="2026-12-04",
         note="Transfer executed with value date 04/12/2026, before the reminder; CRO given.",
         body="""Buongiorno,

in riferimento al Vostro sollecito, Vi comunichiamo che la fattura n. 1057/2026 di € 2.318,40 è stata inserita nel pagamento fornitori con valuta 04/12/2026 (bonifico su Banco BPM, CRO 0306923417852). Probabilmente le due comunicazioni si sono incrociate.

Vi preghiamo di verificare l'accredito e di ricontattarci solo nel caso in cui non lo trovaste.

Cordiali saluti

Sara Colombo
Contabilità Fornitori
BRIANZA PLAST S.p.A.
Via dell'Industria 24 – 20836 Briosco (MB)
Tel. +39 0362 958 411 – int. 233
www.brianzaplast.it

Il presente messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate. Qualora aveste ricevuto questa comunicazione per errore, Vi preghiamo di informarne il mittente e di cancellarla (Reg. UE 2016/679)."""),

    # ---------------------------------------------------------------- 003 dispute, angry restaurant, iPhone
    dict(id="s12it003", country="IT", date="2026-12-10T15:52", fmt="apple", stage="second_reminder", ago=1,
         inv="1089/2026", amt="1.708,00", due="2026-11-20",
         frm="Osteria Il Glicine <info@osteriailglicine.it>",
         intent="dispute",
         note="Refuses to pay until the faulty air-conditioning repair is fixed.",
         body="""Scusate ma state scherzando? Mi mandate pure il secondo sollecito per un impianto che NON funziona.
Il vostro tecnico è venuto il 19 novembre, ha cambiato la scheda dello split grande in sala e da allora ogni sera verso le nove va in blocco, con la sala piena di gente. Ho chiamato tre volte il vostro ufficio, mi hanno detto che mi richiamavano e non ho mai sentito nessuno.

Finché non venite a sistemarlo la fattura non la pago. E voglio parlare con il sig. Arienti di persona, non con la segretaria.

Roberto Ghezzi
Osteria Il Glicine

Inviato da iPhone"""),

    # ---------------------------------------------------------------- 004 out of office, town hall
    dict(id="s12it004", country="IT", date="2026-12-07T08:47", fmt="ooo", stage="reminder", ago=0,
         inv="1096/2026", amt="732,00", due="2026-11-30",
         frm="Paola Riva <p.riva@comune.brugarolo.mb.it>",
         intent="out_of_office", return_date="2026-12-14",
         note="Away until Friday 11 December inclusive: back Monday 14 December.",
         body="""Gentile utente,

sono assente dall'ufficio fino a venerdì 11 dicembre 2026 compreso, con accesso limitato alla posta elettronica.
Per pratiche urgenti relative a liquidazioni e pagamenti può rivolgersi alla collega Daniela Sala (d.sala@comune.brugarolo.mb.it – tel. 039 605 2214).

Cordiali saluti

Paola Riva
Servizio Finanziario – Ufficio Ragioneria
Comune di Brugarolo"""),

    # ---------------------------------------------------------------- 005 promise without date, phone-typed
    dict(id="s12it005", country="IT", date="2026-12-11T22:17", fmt="gmail", stage="reminder", ago=2,
         inv="1112/2026", amt="286,70", due="2026-11-25",
         frm="giusy cattaneo <giusycatt@libero.it>",
         intent="promise",
         note="Will pay 'dopo le feste': a commitment without a single day.",
         body="""buonasera scusate il ritardo ma questo mese tra la tredicesima che non e ancora arrivata e i regali sono un po tirata. la riparazione della caldaia ve la pago sicuro dopo le feste, non vi preoccupate
giusy"""),

    # ---------------------------------------------------------------- 006 copy request, e-invoice never received
    dict(id="s12it006", country="IT", date="2026-12-14T11:05", fmt="tb", stage="firm", ago=3,
         inv="1041/2026", amt="3.050,00", due="2026-10-31",
         frm="Studio Fumagalli Amministrazioni <contabilita@studiofumagalli-amm.it>",
         intent="copy_request",
         note="E-invoice not found in SDI; asks for a copy and the work report before paying.",
         body="""Buongiorno,

per il Condominio "Residenza I Tigli" di via Manzoni 42 a noi non risulta nessuna fattura 1041/2026, né nel cassetto fiscale né tra quelle ricevute dallo SDI. Può darsi che sia stata trasmessa con dati sbagliati: il condominio non ha partita IVA, va indicato il codice fiscale 94611230157.

Vi chiedo quindi di rimandarci la fattura (per ora basta anche la copia di cortesia in PDF) insieme al rapportino dell'intervento sulla centrale termica, che devo allegare al rendiconto e far vedere al consigliere prima di autorizzare il pagamento.

Grazie e buona giornata

Elena Fumagalli
Studio Fumagalli Amministrazioni Condominiali
Via Cavour 7 – 20900 Monza
tel. 039 321 7765"""),

    # ---------------------------------------------------------------- 007 paid, several invoices in one transfer
    dict(id="s12it007", country="IT", date="2026-12-15T09:33", fmt="outlook", stage="reminder", ago=5,
         inv=[("1063/2026", "612,00", "2026-11-10"), ("1078/2026", "1.098,00", "2026-11-15"),
              ("1101/2026", "244,00", "2026-11-30")],
         frm="Monica Airoldi <amministrazione@hotelbelvederelecco.it>",
         intent="paid", paid_on="2026-12-14",
         note="One transfer 'ieri' (14 December) covering the three invoices.",
         body="""Buongiorno,

ieri abbiamo fatto un unico bonifico di € 1.954,00 che chiude tutte e tre le fatture (1063, 1078 e 1101). Nella causale abbiamo scritto solo "saldo fatture Arienti", quindi se non lo trovate subito cercate l'importo.

Saluti
Monica Airoldi
Hotel Belvedere – Ufficio amministrazione
Lungolago Isonzo 8, Lecco
0341 282 190"""),

    # ---------------------------------------------------------------- 008 promise, formal AP, end of month
    dict(id="s12it008", country="IT", date="2026-12-16T14:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="1071/2026", amt="4.880,00", due="2026-11-15",
         frm="Ufficio Pagamenti Fornitori <pagamenti.fornitori@logisticapadana.it>",
         intent="promise", promise_date="2026-12-31",
         note="Will be paid in the end-of-month run, value date 31/12/2026.",
         body="""Gentili Signori,

con riferimento alla Vostra comunicazione del 14 c.m., Vi informiamo che la fattura in oggetto è stata regolarmente registrata e approvata dal centro di costo.

In base alle condizioni di pagamento concordate (bonifico 60 gg d.f.f.m.), il pagamento verrà eseguito con la distinta di fine mese, con valuta 31/12/2026.

Per eventuali chiarimenti potete contattare il nostro ufficio al numero sotto indicato, dal lunedì al venerdì dalle 9 alle 12.

Distinti saluti

Ufficio Pagamenti Fornitori
Logistica Padana S.p.A.
Via Emilia 310 – 26900 Lodi
Tel. 0371 448 200

Società soggetta a direzione e coordinamento di LP Holding S.r.l. – Capitale sociale € 2.500.000 i.v. – REA LO-145522 – P.IVA 07812340964"""),

    # ---------------------------------------------------------------- 009 paid by card through the link, today
    dict(id="s12it009", country="IT", date="2026-12-17T13:02", fmt="gmail", stage="heads_up", ago=0,
         inv="1150/2026", amt="189,00", due="2026-12-20",
         frm="Andrea Brioschi <andrea.brioschi@gmail.com>",
         intent="paid", paid_on="2026-12-17",
         note="Paid 'adesso' by card via the link, on the day of the reply.",
         body="""pagata adesso con la carta dal vostro link, dovrebbe esservi arrivata la ricevuta. buone feste
Andrea"""),

    # ---------------------------------------------------------------- 010 paid, angry, no quote
    dict(id="s12it010", country="IT", date="2026-12-18T08:05", fmt="none", stage="firm", ago=1,
         inv="1049/2026", amt="915,00", due="2026-10-31",
         frm="Carrozzeria Mauri snc <carrozzeriamauri@tiscali.it>",
         intent="paid", paid_on="2026-11-30",
         note="Says, angrily, the invoice was paid by transfer on 30 November.",
         body="""Vi ho già scritto la settimana scorsa!!! La fattura 1049 L'HO PAGATA IL 30 NOVEMBRE con bonifico dalla BCC, vi ho anche mandato la ricevuta. Adesso mi arriva il terzo sollecito con gli interessi di mora e i 40 euro. Ma le mail le leggete?
Controllate il vostro conto prima di mandare minacce alla gente.

Mauri Giorgio
Carrozzeria Mauri"""),

    # ---------------------------------------------------------------- 011 out of office, Christmas closure
    dict(id="s12it011", country="IT", date="2026-12-23T09:10", fmt="ooo", stage="reminder", ago=1,
         inv="1138/2026", amt="1.220,00", due="2026-12-15",
         frm="Falegnameria Pozzi <ufficio@falegnameriapozzi.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Closed until 6 January inclusive; reopens Thursday 7 January 2027.",
         body="""Gentile cliente,

la Falegnameria Pozzi resterà chiusa per le festività natalizie da mercoledì 23 dicembre a mercoledì 6 gennaio compresi.
Riapriremo giovedì 7 gennaio 2027 con il consueto orario. Le e-mail arrivate in questo periodo verranno lette alla riapertura.

Buone Feste!

Falegnameria Pozzi s.n.c.
Via Lecco 55 – Vimercate (MB)"""),

    # ---------------------------------------------------------------- 012 plan request, shop
    dict(id="s12it012", country="IT", date="2026-12-21T18:30", fmt="html_gmail", stage="firm", ago=3,
         inv="1024/2026", amt="2.745,00", due="2026-10-20",
         frm="Lara Colombo <boutiquelara.seregno@gmail.com>",
         intent="plan_request",
         note="Asks to split the amount into 3-4 monthly instalments from January; no date committed.",
         body="""Buonasera,

sono Lara Colombo della boutique di via Italia. Non voglio far finta di niente: la fattura del nuovo impianto di climatizzazione è giusta e il lavoro è stato fatto bene.
Il problema è che quest'anno il negozio sta andando male e dicembre, che di solito salva l'anno, per ora è sotto le aspettative.

Vi chiedo se è possibile dividere l'importo in tre o quattro rate mensili, cominciando da gennaio. Ditemi voi come preferite, se serve firmo qualcosa.

Grazie per la comprensione

Lara Colombo
Boutique Lara – Seregno
338 412 7790"""),

    # ---------------------------------------------------------------- 013 paid, receipt attached, HTML Gmail
    dict(id="s12it013", country="IT", date="2026-12-21T10:12", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="1120/2026", amt="658,80", due="2026-11-30",
         frm="Segreteria Studio Nava <segreteria@studiodentisticonava.it>",
         intent="paid", paid_on="2026-12-18",
         note="Transfer made Friday 18 December; receipt attached.",
         body="""Buongiorno,

vi alleghiamo la contabile del bonifico effettuato venerdì 18 dicembre per la fattura 1120/2026 (manutenzione dell'impianto di climatizzazione dello studio).
Immagino che il sollecito sia partito prima che vi arrivasse l'accredito.

Cordiali saluti

Francesca
Segreteria Studio Dentistico Dr. Paolo Nava
Via Garibaldi 18 – Desio
Tel. 0362 624 018"""),

    # ---------------------------------------------------------------- 014 dispute, amount above the quote, formal
    dict(id="s12it014", country="IT", date="2026-12-22T11:40", fmt="tb", stage="reminder", ago=6,
         inv="1109/2026", amt="1.952,00", due="2026-11-30",
         frm="Alberto Sironi <alberto.sironi@fastwebnet.it>",
         intent="dispute",
         note="Contests € 352 of extras not in the signed quote; asks for a credit note.",
         body="""Spett.le Arienti Impianti,

rispondo al Vostro sollecito relativo alla fattura n. 1109/2026 di € 1.952,00.

Come da Vostro preventivo n. 318 del 2 ottobre, da me firmato per accettazione, la sostituzione della caldaia, comprensiva di smaltimento della vecchia e prima accensione, era stata concordata a € 1.600,00 IVA inclusa. In fattura trovo invece due voci in più, "adeguamento scarico fumi" e "kit neutralizzatore condensa", per complessivi € 352,00, che nessuno mi ha mai proposto e che tantomeno ho autorizzato.

Sono disposto a saldare l'importo del preventivo, ma Vi chiedo di emettere una nota di credito per la differenza oppure di spiegarmi per iscritto per quale motivo queste voci sarebbero dovute.

In attesa di un Vostro riscontro porgo distinti saluti.

Alberto Sironi
Via Volta 12 – Arcore"""),

    # ---------------------------------------------------------------- 015 promise with side question, iPhone
    dict(id="s12it015", country="IT", date="2027-01-18T20:55", fmt="apple", stage="second_reminder", ago=6,
         inv="1152/2026", amt="396,50", due="2026-12-20",
         frm="Sabrina Motta <sabri.motta@icloud.com>",
         intent="promise", promise_date="2027-01-27",
         note="Will pay 'il 27' (27 January) on payday; side question about paying by transfer.",
         body="""Buonasera,
scusate, ho visto solo adesso anche il primo sollecito, era finito nello spam. La pago il 27 quando mi arriva lo stipendio, prima proprio non ci sto dentro.

Una domanda: posso fare un bonifico normale o devo per forza usare il link? Col link mi chiede la carta di credito e io ho solo il bancomat.

Sabrina Motta

Inviato da iPhone"""),

    # ---------------------------------------------------------------- 016 promise, forwarded by an assistant
    dict(id="s12it016", country="IT", date="2027-01-08T10:15", fmt="outlook", stage="final_notice", ago=3, fwd=True,
         inv="1033/2026", amt="1.586,00", due="2026-10-31",
         frm="Chiara Longoni <amministrazione@autofficinalongoni.it>",
         intent="promise", promise_date="2027-01-11",
         note="Assistant forwards the owner's answer: payment on Monday 11 January.",
         body="""Buongiorno,
vi giro la risposta del sig. Longoni. Il bonifico lo preparo io lunedì mattina e lui lo firma in giornata.

Chiara Longoni
Autofficina Longoni – amministrazione
Via Milano 140, Meda
0362 71 3308

-----Messaggio originale-----
Da: Franco Longoni <franco@autofficinalongoni.it>
Inviato: venerdì 8 gennaio 2027 09:02
A: Chiara Longoni <amministrazione@autofficinalongoni.it>
Oggetto: R: I: Ultimo avviso prima del recupero crediti – fattura 1033/2026 – Arienti Impianti S.r.l.

Chiara rispondi tu, digli che paghiamo lunedì e scusati per il ritardo, con la chiusura di Natale ci è sfuggita. Niente recupero crediti per favore.
F."""),

    # ---------------------------------------------------------------- 017 promise, after Epiphany
    dict(id="s12it017", country="IT", date="2026-12-23T16:44", fmt="gmail", stage="reminder", ago=2,
         inv="1126/2026", amt="527,00", due="2026-12-10",
         frm="Tipografia Erba <tipografiaerba@gmail.com>",
         intent="promise", promise_date="2027-01-07",
         note="Will pay on reopening after Epiphany, 'giovedì 7 gennaio'.",
         body="""Buongiorno, la signora che fa i pagamenti è già in ferie e da domani chiudiamo anche noi. La fattura ve la saldiamo alla riapertura dopo la Befana, giovedì 7 gennaio.
Scusate il ritardo e buone feste

Davide Erba
Tipografia Erba – Giussano"""),

    # ---------------------------------------------------------------- 018 promise, end of January, school
    dict(id="s12it018", country="IT", date="2027-01-13T09:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="1140/2026", amt="1.830,00", due="2026-12-15",
         frm="Scuola dell'Infanzia Maria Immacolata <amministrazione@infanziamariaimmacolata.it>",
         intent="promise", promise_date="2027-01-31",
         note="Payment approved by the board, to be made 'entro la fine di gennaio' (31 January).",
         body="""Buongiorno,

ci scusiamo per il ritardo. Il Consiglio di amministrazione nella seduta di ieri ha approvato il pagamento della fattura 1140/2026 relativa alla sostituzione della caldaia, che effettueremo entro la fine di gennaio.

Cordiali saluti

Marisa Caglio
Segreteria amministrativa
Scuola dell'Infanzia Paritaria "Maria Immacolata"
Ente gestore: Parrocchia S. Stefano – Via Roma 4, Besana in Brianza
Tel. 0362 995 120"""),

    # ---------------------------------------------------------------- 019 promise, partial payment made today
    dict(id="s12it019", country="IT", date="2026-12-30T11:20", fmt="apple", stage="final_notice", ago=2,
         inv="1052/2026", amt="3.660,00", due="2026-11-05",
         frm="Simone Galli <simone@fitlabcantu.it>",
         intent="promise", promise_date="2027-01-15",
         note="Partial payment of € 1.500 made today; the remaining € 2.160 promised for 15 January.",
         body="""Buongiorno,

oggi abbiamo fatto un bonifico di 1.500 euro come acconto sulla fattura 1052 (impianto di ventilazione degli spogliatoi). La differenza, 2.160 euro, ve la bonifichiamo il 15 gennaio, quando incassiamo le quote dei nuovi iscritti.

Mi scuso per il ritardo e vi chiedo di non passare la pratica al recupero crediti.

Simone Galli
FitLab SSD a r.l.
Via Monte Grappa 3 – Cantù
349 661 1028"""),

    # ---------------------------------------------------------------- 020 promise, tomorrow morning
    dict(id="s12it020", country="IT", date="2027-01-19T12:10", fmt="gmail", stage="reminder", ago=1,
         inv="1149/2026", amt="561,20", due="2026-12-31",
         frm="Paolo Mariani <p.mariani@otticamariani.it>",
         intent="promise", promise_date="2027-01-20",
         note="'Domattina' written Tuesday 19 January: 20 January.",
         body="""Buongiorno, avete ragione, mi era proprio sfuggita con l'inventario di fine anno. Domattina faccio il bonifico.

Paolo Mariani
Ottica Mariani – Carate Brianza"""),

    # ---------------------------------------------------------------- 021 promise without date, two invoices
    dict(id="s12it021", country="IT", date="2027-01-14T16:02", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("1117/2026", "854,00", "2026-11-30"), ("1131/2026", "1.342,00", "2026-12-15")],
         frm="Roberta Ponti <roberta@tecnoserviceponti.it>",
         intent="promise",
         note="Both invoices to be paid 'la settimana prossima': no single day.",
         body="""Buongiorno,

le due fatture sono già nella lista dei pagamenti. Il bonifico lo facciamo la settimana prossima, appena rientra mio fratello che è l'unico con la firma sul conto della società (adesso è in trasferta).

Saluti
Roberta Ponti
Tecnoservice Ponti S.r.l.
Via Brianza 27 – Biassono
Tel. 039 688 4410"""),

    # ---------------------------------------------------------------- 022 paid last Friday
    dict(id="s12it022", country="IT", date="2027-01-12T18:36", fmt="gmail", stage="reminder", ago=1,
         inv="1141/2026", amt="478,00", due="2026-12-20",
         frm="Cascina Bellaria B&B <info@cascinabellaria.it>",
         intent="paid", paid_on="2027-01-08",
         note="'Venerdì scorso' written Tuesday 12 January: Friday 8 January.",
         body="""Salve,
guardate che il bonifico è partito venerdì scorso dal conto Intesa. Forse non vi è ancora arrivato perché era un bonifico ordinario e non istantaneo. Se entro domani non lo vedete fatemi sapere che chiedo in banca.

Grazie
Marta Spreafico
Cascina Bellaria – Montevecchia"""),

    # ---------------------------------------------------------------- 023 paid without a day, typos, iPhone
    dict(id="s12it023", country="IT", date="2027-01-20T13:47", fmt="apple", stage="second_reminder", ago=2,
         inv="1153/2026", amt="244,00", due="2026-12-31",
         frm="Ivan Corti <ivancorti@icloud.com>",
         intent="paid",
         note="Says it was paid 'settimana scorsa' with one transfer; no single day.",
         body="""ciao, guardate che lo gia pagata settimana scorsa la fattura, insieme a quella di novembre. ho fatto un bonifico unico, contrllate meglio

Ivan

Inviato da iPhone"""),

    # ---------------------------------------------------------------- 024 paid, public school, fresh mail
    dict(id="s12it024", country="IT", date="2027-01-21T10:30", fmt="html_outlook", stage="firm", ago=3, fresh=True, to="amministrazione@arientiimpianti.it",
         subj="Comunicazione avvenuto pagamento fattura n. 1128/2026",
         inv="1128/2026", amt="1.464,00", due="2026-12-15",
         frm="Segreteria IC Volta <segreteria@icvoltabrugarolo.edu.it>",
         intent="paid", paid_on="2027-01-12",
         note="Payment order cleared by the school's treasurer on 12/01/2027 (net of VAT, split payment).",
         body="""Spett.le Arienti Impianti S.r.l.,

in riscontro ai Vostri solleciti si comunica che la fattura elettronica n. 1128/2026 è stata liquidata con mandato di pagamento n. 27 del 08/01/2027, quietanzato dall'Istituto cassiere in data 12/01/2027. Si allega copia del mandato quietanzato.

Si ricorda che, trattandosi di Pubblica Amministrazione soggetta a scissione dei pagamenti (art. 17-ter DPR 633/72), Vi è stato versato il solo imponibile di € 1.200,00; l'IVA di € 264,00 è stata versata direttamente all'Erario.

Distinti saluti

Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Rosalba Cirillo

Istituto Comprensivo Statale "Alessandro Volta"
Via delle Scuole 3 – 20861 Brugarolo (MB)
Tel. 039 605 3100 – Codice univoco ufficio UF7KQ2"""),

    # ---------------------------------------------------------------- 025 dispute, warranty, rude, no quote
    dict(id="s12it025", country="IT", date="2027-01-05T21:03", fmt="none", stage="reminder", ago=1,
         inv="1160/2026", amt="183,00", due="2026-12-31",
         frm="Davide Pirovano <davidepiro@hotmail.it>",
         intent="dispute",
         note="Refuses to pay a call-out fee for a boiler still under warranty.",
         body="""la caldaia è in garanzia, l'avete montata voi a marzo 2025. perchè dovrei pagare 150 euro di uscita più iva?? non pago niente, andate a rivedervi il contratto. se non sistemate lascio la recensione e chiamo l'adiconsum

Davide Pirovano"""),

    # ---------------------------------------------------------------- 026 dispute, nursing home, contract rates
    dict(id="s12it026", country="IT", date="2027-01-15T12:05", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="1145/2026", amt="3.294,00", due="2026-12-31",
         frm="Ufficio Acquisti Fondazione San Giuseppe <acquisti@fondazionesangiuseppe.org>",
         intent="dispute",
         note="Payment suspended: hourly rate and call-out fee not as per contract; asks for a credit note.",
         body="""Spett.le Arienti Impianti S.r.l.,

in riscontro al Vostro sollecito, Vi comunichiamo che il pagamento della fattura n. 1145/2026 è stato sospeso in quanto la stessa non risulta conforme al contratto di manutenzione in essere (prot. n. 212/2025).

In particolare, per gli interventi straordinari eseguiti a novembre presso il nucleo "Girasoli" è stata applicata una tariffa oraria di € 52,00 anziché di € 41,00 come previsto dall'art. 6 del contratto, ed è stato addebitato il diritto di chiamata, che per contratto non è dovuto.

Vi chiediamo di emettere nota di credito per la differenza o, in alternativa, di stornare la fattura e riemetterla correttamente. Al ricevimento del documento corretto provvederemo al pagamento nei termini contrattuali.

Distinti saluti

Ufficio Acquisti ed Economato
Fondazione San Giuseppe Onlus – RSA
Via Garibaldi 140 – 22060 Carugo (CO)
Tel. 031 761 4200

Ai sensi del Reg. UE 2016/679 le informazioni contenute nel presente messaggio sono riservate e ad uso esclusivo del destinatario."""),

    # ---------------------------------------------------------------- 027 out of office, property manager
    dict(id="s12it027", country="IT", date="2026-12-28T08:41", fmt="ooo", stage="second_reminder", ago=0,
         inv="1108/2026", amt="1.037,00", due="2026-11-30",
         frm="Geom. Laura Cereda <studio@cereda-amministrazioni.it>",
         intent="out_of_office", return_date="2027-01-05",
         note="Office closed until Monday 4 January inclusive: back Tuesday 5 January.",
         body="""Grazie per il messaggio.

Lo studio è chiuso per ferie fino a lunedì 4 gennaio 2027 compreso e le e-mail non verranno lette durante questo periodo.
Per emergenze condominiali (guasti, allagamenti, ascensori bloccati) contattare il numero di reperibilità 335 781 2290.

Geom. Laura Cereda
Amministrazioni Immobiliari – Via Zucchi 22, Monza"""),

    # ---------------------------------------------------------------- 028 out of office, bilingual, multinational
    dict(id="s12it028", country="IT", date="2027-01-11T08:35", fmt="ooo", stage="firm", ago=0,
         subj_prefix="Automatic reply: ",
         inv="1118/2026", amt="2.196,00", due="2026-11-30",
         frm="Marco Pellegatta <marco.pellegatta@vantrex-group.com>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away 8-15 January, back Monday 18 January.",
         body="""Sono fuori ufficio dall'8 al 15 gennaio con accesso limitato alla posta. Rientrerò lunedì 18 gennaio.
Per questioni amministrative scrivere a facility.italy@vantrex-group.com.

I am out of the office from 8 to 15 January with limited access to e-mail. I will be back on Monday 18 January.
For administrative matters please contact facility.italy@vantrex-group.com.

Marco Pellegatta
Facility Manager Italy – Vantrex Italia S.r.l."""),

    # ---------------------------------------------------------------- 029 plan request, farm, waiting for subsidies
    dict(id="s12it029", country="IT", date="2027-01-02T07:15", fmt="gmail", stage="firm", ago=3,
         inv="1019/2026", amt="6.710,00", due="2026-10-15",
         frm="Az. Agr. Cascina Gerette <cascinagerette@gmail.com>",
         intent="plan_request",
         note="Asks for a couple more months' delay until EU subsidies arrive; no date committed.",
         body="""Buongiorno,
sono Angelo Brivio dell'azienda agricola. Lo so che siamo indietro con la fattura dell'impianto di raffrescamento della stalla. Con il latte pagato poco e i contributi della PAC che quest'anno non sono ancora arrivati siamo proprio in difficoltà.

Vi chiedo se potete darci ancora un paio di mesi di tempo, se possibile senza interessi. Appena arrivano i soldi della PAC saldiamo tutto, su questo potete stare tranquilli.

Auguri di buon anno
Angelo Brivio
Cascina Gerette – Usmate Velate"""),

    # ---------------------------------------------------------------- 030 plan request, household, iPad
    dict(id="s12it030", country="IT", date="2027-01-22T21:30", fmt="apple", stage="second_reminder", ago=4,
         inv="1158/2026", amt="2.440,00", due="2026-12-31",
         frm="Federica Rota <federica.rota@tiscali.it>",
         intent="plan_request",
         note="Asks to pay in 5 or 6 monthly instalments; no date committed.",
         body="""Buonasera,

vi scrivo a nome mio e di mio marito per la fattura della pompa di calore installata a dicembre. Siamo molto contenti del lavoro e del tecnico, Samuele, che è stato gentilissimo.

Purtroppo a gennaio ci sono arrivate tutte insieme le spese della ristrutturazione e la detrazione la recupereremo in dieci anni, quindi in questo momento non riusciamo a pagare i 2.440 euro in un'unica soluzione.

Vi chiediamo se è possibile dividere l'importo in 5 o 6 rate mensili. Se per voi va bene possiamo anche firmare un piano scritto e impostare un bonifico parlante ogni mese, così teniamo buona la detrazione.

Grazie in anticipo, aspettiamo una vostra risposta.

Federica Rota
Via dei Mille 9 – Lissone

Inviato da iPad"""),

    # ---------------------------------------------------------------- 031 copy request, missing PO number
    dict(id="s12it031", country="IT", date="2027-01-26T10:48", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="1172/2026", amt="3.172,00", due="2027-01-10",
         frm="Accounts Payable Italy <ap.italy@norvasfoods.com>",
         intent="copy_request",
         note="Invoice blocked without a purchase-order number; asks for the PO reference and a copy quoting it.",
         body="""Gentile fornitore,

la fattura in oggetto risulta ricevuta tramite SDI ma è sospesa nel nostro sistema di contabilità fornitori perché non riporta alcun riferimento a un ordine d'acquisto (PO).

Secondo la procedura di Gruppo ("No PO, No Pay") non possiamo procedere al pagamento di fatture prive del numero d'ordine. Vi chiediamo quindi di comunicarci il numero PO di riferimento (formato 45XXXXXXXX), che potete richiedere alla persona che ha commissionato l'intervento presso il nostro stabilimento di Pioltello, e di inviarci copia della fattura con il PO indicato.

Nella risposta Vi preghiamo di citare il ticket AP-IT-2027-004187.

Cordiali saluti

Accounts Payable Italy
Norvas Foods Italia S.r.l.
Via Rivoltana 88 – 20096 Pioltello (MI)

Questa e-mail e gli eventuali allegati sono riservati e destinati unicamente al destinatario. This e-mail and any attachments are confidential and intended solely for the addressee."""),

    # ---------------------------------------------------------------- 032 contact change, accounting outsourced
    dict(id="s12it032", country="IT", date="2027-01-04T09:55", fmt="tb", stage="reminder", ago=4,
         inv="1134/2026", amt="1.098,00", due="2026-12-15",
         frm="Giacomo Tagliabue <g.tagliabue@tagliabuemeccanica.it>",
         intent="contact_change", new_email="fornitori@studiorigamonti.it",
         note="From 1 January accounts payable handled by an outside firm; send reminders there.",
         body="""Buongiorno,

vi informo che dal 1° gennaio 2027 la contabilità fornitori della Tagliabue Meccanica è stata affidata allo Studio Rigamonti & Associati di Monza, che si occuperà anche dei pagamenti.

Vi preghiamo quindi di inviare da oggi copie di cortesia delle fatture, estratti conto e solleciti solo all'indirizzo fornitori@studiorigamonti.it (alla c.a. della dott.ssa Meroni). Il mio indirizzo resta valido per le questioni tecniche e commerciali.

Ho già girato allo studio anche il vostro messaggio di fine anno.

Cordiali saluti

Giacomo Tagliabue
Tagliabue Meccanica S.r.l.
Via Lombardia 21 – 20862 Arcore (MB)
Tel. 039 601 5520"""),

    # ---------------------------------------------------------------- 033 contact change, site foreman, cc
    dict(id="s12it033", country="IT", date="2026-12-10T07:12", fmt="gmail", stage="reminder", ago=3,
         cc="Amministrazione Edil Casartelli <amministrazione@edilcasartelli.it>",
         inv="1084/2026", amt="5.612,00", due="2026-11-20",
         frm="Ivano Bosisio <cantiere@edilcasartelli.it>",
         intent="contact_change", new_email="amministrazione@edilcasartelli.it",
         note="Site foreman: send invoices and reminders to the administration address (copied).",
         body="""Buongiorno, io sono il capocantiere, dei pagamenti non so niente. Le fatture e i solleciti mandateli all'amministrazione, amministrazione@edilcasartelli.it, che vi metto in copia.

Bosisio"""),

    # ---------------------------------------------------------------- 034 bank details, suspected fake IBAN
    dict(id="s12it034", country="IT", date="2027-01-19T09:20", fmt="outlook", stage="reminder", ago=2,
         inv="1144/2026", amt="2.013,00", due="2026-12-31",
         frm="Contabilità Vetreria Sangalli <contabilita@vetreriasangalli.it>",
         intent="bank_details",
         note="Received a mail announcing a new IBAN from a look-alike domain; asks to confirm the real IBAN before paying.",
         body="""Buongiorno,

prima di procedere con il pagamento vorrei una conferma. Mercoledì scorso abbiamo ricevuto una mail da amministrazione@arienti-impianti.com (con il trattino) che ci comunicava un nuovo IBAN presso una banca lituana e ci chiedeva di usare solo quello da ora in poi, "per motivi di riorganizzazione".

Ci sembra molto strano. Mi potete confermare, meglio se per telefono, qual è il vostro IBAN corretto? Finché non ci sentiamo il bonifico lo teniamo fermo.

Grazie
Patrizia Sangalli
Vetreria Sangalli S.r.l.
Via Valassina 51 – Lentate sul Seveso
Tel. 0362 560 882"""),

    # ---------------------------------------------------------------- 035 bank details, asks for IBAN
    dict(id="s12it035", country="IT", date="2027-01-27T14:30", fmt="html_gmail", stage="heads_up", ago=1,
         inv="0012/2027", amt="1.159,00", due="2027-02-05",
         frm="Nicola Fossati <nicola.fossati@gmail.com>",
         intent="bank_details",
         note="Asks for the firm's IBAN to pay by (tax-deduction) bank transfer.",
         body="""Buongiorno,

vorrei pagare la fattura con un bonifico dalla mia banca, ma nella mail non trovo l'IBAN e dal link si può pagare solo con la carta. Me lo potete mandare?
Mi serve fare il bonifico parlante per la detrazione del condizionatore, quindi se potete indicatemi anche la vostra partita IVA da mettere nella causale.

Grazie
Nicola Fossati"""),

    # ---------------------------------------------------------------- 036 unsubscribe
    dict(id="s12it036", country="IT", date="2027-01-24T19:40", fmt="gmail", stage="reminder", ago=2,
         inv="1165/2026", amt="122,00", due="2027-01-15",
         frm="Alessandra Beretta <ale.beretta71@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from automatic e-mails; no payment statement.",
         body="""Buonasera,
vi chiedo di cancellare il mio indirizzo dai vostri invii automatici. Non voglio più ricevere promemoria e solleciti per e-mail: se c'è bisogno di qualcosa chiamatemi al 347 229 8104, come avete sempre fatto finora.

Alessandra Beretta"""),

    # ---------------------------------------------------------------- 037 bounce
    dict(id="s12it037", country="IT", date="2027-01-14T08:33", fmt="bounce", stage="second_reminder",
         inv="1139/2026", amt="976,00", due="2026-12-15",
         rcpt="m.pessina@pessinaserramenti.it", status="5.1.1", remote="mx.pessinaserramenti.it",
         diag="550 5.1.1 <m.pessina@pessinaserramenti.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    m.pessina@pessinaserramenti.it

The remote server rejected the address (user unknown). No further attempts will be made."""),

    # ---------------------------------------------------------------- 038 other, composition with creditors
    dict(id="s12it038", country="IT", date="2027-01-12T15:30", fmt="tb", stage="firm", ago=1,
         inv="1082/2026", amt="2.928,00", due="2026-11-20",
         frm="Dott. Luigi Castoldi <studio@castoldicommercialisti.it>",
         intent="other",
         note="Debtor has applied for concordato preventivo: claim to be handled within the insolvency procedure.",
         body="""Spett.le Arienti Impianti S.r.l.,

scrivo in qualità di consulente della Carpenterie Redaelli S.r.l., alla quale era indirizzato il Vostro sollecito.

Vi informo che in data 18 dicembre 2026 la società ha depositato presso il Tribunale di Monza domanda di accesso al concordato preventivo con riserva ai sensi dell'art. 44 del Codice della crisi d'impresa, con richiesta di misure protettive. Dalla data di deposito la società non può pagare crediti sorti in precedenza, tra i quali rientra la fattura n. 1082/2026.

Il Vostro credito sarà considerato nell'ambito della procedura: riceverete le comunicazioni del commissario giudiziale all'indirizzo PEC risultante dal Registro delle imprese. Vi invitiamo nel frattempo a non intraprendere azioni esecutive o cautelari, che sarebbero inibite dalle misure protettive.

Restando a disposizione per chiarimenti, porgo distinti saluti.

Dott. Luigi Castoldi
Dottore Commercialista – Revisore Legale
Studio Castoldi & Partners
Corso Milano 45 – 20900 Monza
Tel. 039 382 9011"""),

    # ---------------------------------------------------------------- 039 other, wrong recipient
    dict(id="s12it039", country="IT", date="2026-12-09T20:15", fmt="gmail", stage="reminder", ago=2,
         inv="1091/2026", amt="450,00", due="2026-11-30",
         frm="Giulia Sala <giulia.sala.bg@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer; no new address given.",
         body="""Buonasera,
credo che abbiate sbagliato indirizzo. Non sono una vostra cliente, non ho mai fatto lavori con voi e non abito nemmeno in Brianza, sto a Bergamo. Forse c'è un'altra Giulia Sala con una mail simile alla mia.

Vi chiedo di controllare, anche perché in questa mail ci sono i dati della fattura di qualcun altro.

Saluti
Giulia Sala"""),

    # ---------------------------------------------------------------- 040 other, passed to the accountant
    dict(id="s12it040", country="IT", date="2027-01-28T11:25", fmt="outlook", stage="reminder", ago=3,
         inv="1162/2026", amt="305,00", due="2027-01-10",
         frm="Elisa Hair Studio <elisahairstudio@outlook.it>",
         intent="other",
         note="Reminder passed to her accountant, who handles supplier payments; no commitment.",
         body="""Buongiorno,
ho girato la vostra mail alla mia commercialista, la dott.ssa Pirola, che segue lei i pagamenti ai fornitori. Se vi serve qualcosa sentite direttamente lei, il numero dello studio è 039 230 4417.

Elisa
Elisa Hair Studio – Villasanta"""),
]
