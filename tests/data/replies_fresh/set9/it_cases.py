"""Italian debtor replies to reminders from Scaligera Sicurezza S.r.l. (security systems, Verona). Written by hand."""

CASES = [
    dict(id="s9it001", date="2026-12-09T07:12", fmt="gmail", stage="reminder", ago=2,
         inv="FT26-0744", amt="612,00", due="2026-11-30",
         frm="Rino Castellani <castellani.trasporti@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Haulier on the phone: transfer on Friday (reply Wed 9 Dec -> Fri 11 Dec).",
         body="""ok venerdi faccio il bonifico
Rino"""),

    dict(id="s9it002", date="2026-12-10T11:40", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FT26-0698", amt="2.318,40", due="2026-11-15",
         frm="Amministrazione RSA San Giuseppe <amministrazione@rsasangiuseppe-fondazione.it>",
         intent="paid", paid_on="2026-12-09",
         note="Care home: transfer ordered yesterday (9 Dec), TRN given.",
         body="""Gentili Signori,

in riscontro al Vostro sollecito, Vi comunichiamo che il pagamento della fattura FT26-0698 relativa al canone semestrale di manutenzione degli impianti antintrusione e rilevazione fumi è stato disposto in data di ieri, 9 dicembre 2026, mediante bonifico bancario.

Riferimento operazione (TRN): 0306909606283104482170.

Il ritardo è dovuto alla chiusura del bilancio di previsione dell'ente; ci scusiamo per il disguido. Vi preghiamo di verificare l'accredito nei prossimi giorni e di non tenere conto, se ci fossero, di ulteriori solleciti automatici.

Cordiali saluti

Dott.ssa Marina Tessari
Ufficio Amministrazione e Contabilità
Fondazione RSA San Giuseppe Onlus
Via Roma 112 – 37060 Trevenzuolo (VR)
Tel. 045 735 0921 – int. 3

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora lo riceveste per errore, vi preghiamo di darne notizia al mittente e di cancellarlo."""),

    dict(id="s9it003", date="2026-12-14T15:52", fmt="gmail", stage="firm", ago=4,
         inv="FT26-0652", amt="890,00", due="2026-10-31",
         frm="Trattoria Al Portico <trattoriaalportico@libero.it>",
         intent="dispute",
         note="Angry restaurant owner: camera never worked, technician never came; refuses to pay until fixed.",
         body="""Ma state scherzando?

La telecamera sul retro non ha MAI funzionato dal giorno che l'avete montata. Ho chiamato il vostro tecnico tre volte, a ottobre e a novembre, e non si è visto nessuno. E adesso mi mandate il terzo sollecito con tanto di interessi di mora??

Finché non venite a sistemare l'impianto la fattura non la pago, sia chiaro. Voglio una telefonata da una persona vera, non un'altra mail automatica.

Gianni Ferraro
Trattoria Al Portico – Bussolengo"""),

    dict(id="s9it004", date="2026-12-23T08:31", fmt="ooo", stage="heads_up", ago=0,
         inv="FT26-0801", amt="1.540,00", due="2026-12-31",
         frm="Ufficio Ragioneria <ragioneria@comune.valbrunaveronese.vr.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Town hall accounts office closed 24 Dec - 6 Jan; reopens Thursday 7 January.",
         body="""Si comunica che l'Ufficio Ragioneria del Comune di Valbruna Veronese resterà chiuso dal 24 dicembre 2026 al 6 gennaio 2027 compresi.

I messaggi ricevuti in questo periodo saranno presi in carico alla riapertura dell'ufficio, giovedì 7 gennaio 2027.

Si ricorda che le fatture elettroniche devono essere trasmesse esclusivamente tramite Sistema di Interscambio (SDI) al Codice Univoco Ufficio indicato nell'ordine. Non si accettano fatture inviate per e-mail.

Per comunicazioni urgenti: protocollo.comune.valbrunaveronese@pec.it

Comune di Valbruna Veronese – Area Economico Finanziaria"""),

    dict(id="s9it005", date="2026-12-15T10:05", fmt="html_outlook", stage="reminder", ago=6,
         inv="FT26-0777", amt="4.960,00", due="2026-11-30",
         frm="Accounts Payable Italia <accounts.payable.it@logisticapadana-spa.it>",
         intent="copy_request",
         note="Large company AP: invoice not registered, needs the purchase-order number and upload on the supplier portal.",
         body="""Buongiorno,

con riferimento al Vostro sollecito, Vi informiamo che la fattura FT26-0777 non risulta registrata nei nostri sistemi.

Come da condizioni generali di acquisto, tutte le fatture devono riportare il numero di Ordine di Acquisto (OdA, formato 45XXXXXXXX) ed essere caricate sul Portale Fornitori. Le fatture prive di OdA vengono scartate automaticamente e non entrano nel ciclo di pagamento.

Vi chiediamo pertanto di comunicarci il numero d'ordine di riferimento (se non ne siete in possesso potete richiederlo al buyer che ha commissionato l'intervento presso il magazzino di Nogarole Rocca) e di ricaricare la fattura completa sul portale.

Ricordiamo inoltre che i termini di pagamento concordati sono 90 giorni data fattura fine mese.

Cordiali saluti

Contabilità Fornitori – Accounts Payable
Logistica Padana S.p.A.
Sede legale: Via Scarsellini 14, 20161 Milano
Questa casella non è presidiata per richieste commerciali. Per l'accesso al Portale Fornitori: fornitori.logisticapadana-spa.it"""),

    dict(id="s9it006", date="2026-12-17T19:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="FT26-0715", amt="385,00", due="2026-11-20",
         frm="Macelleria Bonomi <macelleriabonomi@gmail.com>",
         intent="promise",
         note="Butcher promises to pay after the holidays: no single day.",
         body="""Buonasera,
scusate il ritardo, sotto Natale qui in negozio è un delirio e non riesco a stare dietro alle carte.
Vi pago dopo le feste senz'altro, appena faccio due conti con la banca.

Saluti
Franco Bonomi
Macelleria Bonomi – San Giovanni Lupatoto"""),

    dict(id="s9it007", date="2026-12-11T12:30", fmt="tb", stage="reminder", ago=2,
         inv="FT26-0733", amt="1.220,00", due="2026-11-30",
         frm="Autoscuola Zanetti <info@autoscuolazanetti.it>",
         intent="paid", paid_on="2026-12-11",
         note="Driving school: partial payment (600 of 1,220) sent this morning; balance in January without a day.",
         body="""Buongiorno,

vi informo che questa mattina ho fatto un bonifico di 600,00 euro come acconto sulla fattura FT26-0733 (videosorveglianza della sede di via Mazzini).

Il resto ve lo saldo a gennaio, appena rientrano i pagamenti degli allievi della sessione di esami. Spero che vada bene così, altrimenti chiamatemi.

Cordiali saluti

Paola Zanetti
Autoscuola Zanetti s.n.c.
Via Mazzini 41 – 37012 Bussolengo (VR)
Tel. 045 671 2290 – Cell. 347 512 8806"""),

    dict(id="s9it008", date="2026-12-21T21:47", fmt="gmail", stage="second_reminder", ago=5,
         inv="FT26-0690", amt="2.745,00", due="2026-11-15",
         frm="Lucia Marchi <lucia.marchi78@gmail.com>",
         intent="plan_request",
         note="Household asks to split the alarm invoice into 3-4 instalments; no date committed.",
         body="""Buonasera,
sono la signora Marchi di Pescantina, avete installato l'allarme a casa nostra a ottobre.

Vi scrivo perché questo mese abbiamo avuto una spesa imprevista (si è rotta la caldaia) e non riesco a pagare tutta la cifra in una volta. Sarebbe possibile dividerla in tre o quattro rate mensili? Mi fate sapere voi come funziona e cosa devo fare.

Grazie e scusate ancora
Lucia Marchi"""),

    dict(id="s9it009", date="2026-12-16T09:14", fmt="outlook", stage="reminder", ago=1,
         inv="FT26-0759", amt="1.076,90", due="2026-11-30",
         frm="Amministrazione Hotel Bellavista <amministrazione@hotelbellavista-lazise.it>",
         intent="bank_details",
         note="Hotel received an e-mail announcing a new IBAN in the firm's name; asks for confirmation before paying (suspected fraud).",
         body="""Buongiorno,

prima di procedere con il pagamento della fattura FT26-0759 vorrei una conferma da parte vostra.

La settimana scorsa abbiamo ricevuto una e-mail, apparentemente da un vostro indirizzo, in cui ci veniva comunicato un nuovo IBAN presso un'altra banca (IT 47 X 03669 ... intestato sempre a Scaligera Sicurezza) e ci si chiedeva di usare solo quello da ora in poi. Il mittente però era "scaligerasicurezza-it.com" e non il vostro solito dominio, quindi ci è sembrato strano.

Potete confermarmi per telefono o per iscritto quali sono le coordinate bancarie corrette? Nel frattempo teniamo il pagamento in sospeso.

Grazie
Silvia Ambrosi
Ufficio Amministrazione
Hotel Bellavista *** – Lungolago Marconi 8, 37017 Lazise (VR)
Tel. 045 758 1130"""),

    dict(id="s9it010", date="2026-12-18T16:02", fmt="outlook", stage="second_reminder", ago=3,
         inv="FT26-0703", amt="458,00", due="2026-11-25",
         frm="Studio Pasetto Commercialisti <segreteria@studiopasetto.it>",
         intent="other",
         note="Accountant's office received the reminder for its client, forwarded it to her and asks the firm to deal with her directly.",
         body="""Buongiorno,

il vostro sollecito è arrivato al nostro indirizzo perché curiamo la contabilità della dott.ssa Elena Righetti (Farmacia Righetti), ma lo studio non si occupa dei pagamenti dei clienti.

Abbiamo già inoltrato la vostra comunicazione alla dottoressa. Per qualsiasi questione relativa alla fattura vi preghiamo di rivolgervi direttamente a lei.

Cordiali saluti

Segreteria
Studio Pasetto – Dottori Commercialisti Associati
Corso Porta Nuova 96, 37122 Verona
Tel. 045 803 3377"""),
    dict(id="s9it011", date="2026-12-16T12:18", fmt="outlook", stage="second_reminder", ago=2,
         inv="FT26-0768", amt="1.952,00", due="2026-12-12",
         frm="Servizio Finanziario <ragioneria@comune.santannadelmincio.vr.it>",
         intent="promise", promise_date="2026-12-22",
         note="Town hall: invoice liquidated, payment order sent to the treasurer, credit by 22 December (split payment: net amount only).",
         body="""Buongiorno,

con riferimento al Vostro sollecito si comunica che la fattura n. FT26-0768, relativa al servizio di manutenzione dell'impianto di videosorveglianza comunale (CIG ZA43B19C2D), è stata liquidata con determinazione del Responsabile del Servizio n. 412 del 14/12/2026.

Il relativo mandato di pagamento è stato trasmesso al Tesoriere comunale e l'accredito sul conto corrente indicato in fattura avverrà entro il 22 dicembre p.v.

Si rammenta che l'Ente applica la scissione dei pagamenti (art. 17-ter D.P.R. 633/1972): verrà pertanto accreditato il solo imponibile di € 1.600,00, mentre l'IVA sarà versata direttamente all'Erario.

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Loredana Zampieri
Comune di Sant'Anna del Mincio
Piazza Municipio 1 – 37060 Sant'Anna del Mincio (VR)
Tel. 045 794 0112 – PEC: comune.santannadelmincio.vr@legalmail.it"""),

    dict(id="s9it012", date="2026-12-10T09:50", fmt="tb", stage="reminder", ago=1,
         inv="FT26-0720", amt="680,00", due="2026-11-30",
         frm="Economato Scuola Maria Ausiliatrice <economato@scuolamariaausiliatrice.it>",
         intent="paid", paid_on="2026-12-04",
         note="Private school: transfer made Friday 4 December, receipt attached.",
         body="""Buongiorno,

la fattura FT26-0720 è stata pagata venerdì 4 dicembre con bonifico dal conto della Congregazione (Banco BPM). Vi allego la contabile.

Forse l'accredito non vi è ancora arrivato per via del ponte dell'Immacolata. Se entro la settimana prossima non lo vedete, fatemi sapere.

Un caro saluto
Suor Giovanna Rizzi
Economa
Scuola dell'Infanzia e Primaria Paritaria "Maria Ausiliatrice"
Via San Nazaro 19 – 37129 Verona – Tel. 045 800 7741"""),

    dict(id="s9it013", date="2027-01-12T18:33", fmt="gmail", stage="second_reminder", ago=1,
         inv="FT26-0826", amt="244,00", due="2026-12-31",
         frm="Arch. Davide Lonardi <d.lonardi.architetto@gmail.com>",
         intent="unsubscribe",
         note="Freelancer asks to be removed from the automatic reminders; nothing said about payment.",
         body="""Vi chiedo cortesemente di togliermi da questo invio automatico. È la terza mail in dieci giorni, non voglio più riceverne.

D. Lonardi"""),

    dict(id="s9it014", date="2026-12-28T10:15", fmt="apple", stage="reminder", ago=4,
         inv="FT26-0790", amt="732,00", due="2026-12-15",
         frm="Reception Hotel Corte Antica <reception@hotelcorteantica.it>",
         intent="contact_change", new_email="contabilita@hotelcorteantica.it",
         note="Hotel reception: invoices and reminders must go to the accounts mailbox.",
         body="""Buongiorno,

questo è l'indirizzo della reception e purtroppo le vostre mail rischiano di perdersi tra le prenotazioni.

Per fatture, solleciti e tutto ciò che riguarda i pagamenti scrivete per favore a contabilita@hotelcorteantica.it, alla c.a. della sig.ra Perbellini. Ho già girato a lei questo messaggio.

Grazie, buona giornata
Alessia – Reception
Hotel Corte Antica
Via Santa Maria in Chiavica 4, Verona
+39 045 590 2214"""),

    dict(id="s9it015", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT26-0781", amt="1.185,00", due="2026-12-10",
         frm="Amministrazione Trasporti Girelli <amministrazione@girellitrasporti.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Haulier office closed until Saturday 2 January; first working day Monday 4 January.",
         body="""Gentile cliente/fornitore,

gli uffici amministrativi di Girelli Trasporti S.r.l. sono chiusi per le festività natalizie fino al 2 gennaio 2027.
Il servizio di trasporto è regolarmente attivo: per urgenze operative contattare il traffico al numero 045 630 1188.

Le e-mail saranno lette alla riapertura.

Buone feste!
Girelli Trasporti S.r.l."""),

    dict(id="s9it016", date="2027-01-08T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="FT26-0812", amt="1.403,00", due="2026-12-31",
         frm="Moreno Fasoli <moreno@fasoliautotrasporti.it>",
         intent="dispute",
         note="Haulier contests labour hours billed (6 h vs 2.5 h on the signed work sheet) and a tracker that does not work; wants a credit note before paying.",
         body="""Buongiorno,

la fattura FT26-0812 non la pago così com'è.

Ci avete addebitato 6 ore di manodopera per il montaggio dei localizzatori satellitari sui due semirimorchi, ma il vostro tecnico è arrivato alle 14 ed è ripartito alle 16.30: c'è scritto sul foglio di lavoro che ha firmato il mio magazziniere, se volete ve ne mando la foto.

In più il localizzatore sul secondo semirimorchio (targa XA 512 KT) da Natale non comunica più con la piattaforma e sull'app lo vedo fermo a Verona quando il mezzo è a Bologna.

Mandatemi una nota di credito per le ore in più e fate venire qualcuno a sistemare il GPS, poi pago il resto.

Saluti
Moreno Fasoli
Fasoli Autotrasporti s.a.s.
Via dell'Industria 9 – 37069 Villafranca di Verona
Tel. 045 790 4471"""),

    dict(id="s9it017", date="2026-12-09T23:05", fmt="html_gmail", stage="reminder", ago=2,
         inv="FT26-0741", amt="540,00", due="2026-11-30",
         frm="Osteria Ai Due Mori <osteriaaiduemori@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="Restaurant pays on the 15th (reply 9 Dec -> 15 Dec); side question about the maintenance contract.",
         body="""Ciao Michela,
scusa sono in ritardo con tutto. Il bonifico lo faccio il 15 quando mi arriva l'accredito dei pos del weekend.

Una domanda già che ci sono: il contratto di manutenzione per l'anno prossimo parte da gennaio o da marzo come l'anno scorso? Così mi organizzo.

Grazie, ciao
Stefano"""),

    dict(id="s9it018", date="2027-01-05T20:41", fmt="apple", stage="reminder", ago=1,
         inv="FT26-0819", amt="320,00", due="2026-12-31",
         frm="Giulia Venturini <giulia.venturini@icloud.com>",
         intent="paid", paid_on="2027-01-05",
         note="Household paid just now by card through the link.",
         body="""Pagato adesso con la carta dal link. Buona serata

Inviato da iPhone"""),

    dict(id="s9it019", date="2027-01-13T10:47", fmt="outlook", stage="firm", ago=2,
         inv="FT26-0784", amt="3.172,00", due="2026-12-15",
         frm="Ufficio Ragioneria <ragioneria@comune.valbrunaveronese.vr.it>",
         intent="copy_request",
         note="Town hall never received the e-invoice through SDI (wrong recipient code); asks to re-issue it with the office code and CIG before it can pay.",
         body="""Spett.le Scaligera Sicurezza S.r.l.,

in riscontro al sollecito del 11/01/2027 si comunica che la fattura FT26-0784 non risulta pervenuta a questo Ente tramite il Sistema di Interscambio.

Da una verifica effettuata con il nostro ufficio protocollo, la fattura è stata verosimilmente trasmessa con codice destinatario "0000000" anziché con il Codice Univoco Ufficio dell'Ente, che è UF7K2Q. Ai sensi del D.M. 55/2013 le pubbliche amministrazioni non possono accettare fatture emesse in forma diversa né procedere al relativo pagamento.

Si invita pertanto a trasmettere nuovamente la fattura elettronica al codice UF7K2Q, indicando obbligatoriamente:
- il CIG Z2F3A88E01;
- il riferimento alla determinazione di impegno n. 287 del 03/09/2026.

Ricevuta la fattura corretta si procederà alla liquidazione nei termini di legge.

Distinti saluti

Ufficio Ragioneria
Comune di Valbruna Veronese
Tel. 045 612 3380"""),

    dict(id="s9it020", date="2026-12-14T12:05", fmt="html_outlook", stage="firm", ago=3,
         inv=[("FT26-0611", "2.890,00", "2026-10-31"), ("FT26-0688", "640,50", "2026-11-15")],
         frm="Amministrazione Carni Scaligere <amministrazione@carniscaligere.it>",
         intent="other",
         note="Customer is in concordato preventivo: pre-existing debts can only be claimed in the procedure, via the court commissioner. No payment, no dispute.",
         body="""Spett.le Fornitore,

Vi comunichiamo che con decreto del 27 novembre 2026 il Tribunale di Verona ha ammesso Carni Scaligere S.p.A. alla procedura di concordato preventivo (R.G. n. 31/2026).

In conformità alla normativa vigente, la Società non può effettuare pagamenti di crediti sorti anteriormente alla data di deposito della domanda, se non nell'ambito e secondo le modalità della procedura. Le fatture FT26-0611 e FT26-0688 rientrano in tale categoria.

Per ogni comunicazione relativa ai Vostri crediti Vi invitiamo a rivolgerVi al Commissario Giudiziale, dott. Andrea Bellomi, al seguente indirizzo PEC: cp31.2026verona@pecconcordati.it

Le forniture e i servizi successivi alla data del deposito saranno regolarmente pagati alle scadenze pattuite.

Distinti saluti

Ufficio Amministrazione
Carni Scaligere S.p.A. in concordato preventivo
Via Zona Industriale 5 – 37051 Bovolone (VR)
Tel. 045 690 8800"""),
    dict(id="s9it021", date="2027-01-14T17:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FT26-0805", amt="427,00", due="2026-12-20",
         frm="Autoscuola Europa <autoscuolaeuropa.legnago@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Driving school will pay at the end of the month (January -> 31 January).",
         body="""Buonasera,
la fattura la saldiamo a fine mese insieme al canone di gennaio del collegamento allarme.
Grazie per la pazienza.

Autoscuola Europa di Brunelli M. & C.
Legnago"""),

    dict(id="s9it022", date="2026-12-18T14:22", fmt="html_outlook", stage="reminder", ago=2,
         inv=[("FT26-0655", "1.830,00", "2026-10-31"), ("FT26-0702", "915,00", "2026-11-20"), ("FT26-0760", "2.440,00", "2026-11-30")],
         frm="Contabilità Fornitori <contabilita.fornitori@gruppoberici.it>",
         intent="paid", paid_on="2026-12-15",
         note="AP department: two of three invoices paid by a grouped transfer on 15/12; the third will be paid at contractual term (90 days end of month), 28/02/2027.",
         body="""Buongiorno,

in merito al Vostro sollecito Vi confermiamo quanto segue:

- FT26-0655 e FT26-0702: pagate con bonifico cumulativo del 15/12/2026, distinta n. 2026-1215-007, per complessivi € 2.745,00;
- FT26-0760: la fattura, emessa in data 16/11/2026, sarà pagata alla scadenza contrattuale di 90 gg data fattura fine mese, ovvero il 28/02/2027. La scadenza al 30/11 riportata nel Vostro sollecito non corrisponde alle condizioni dell'ordine n. 4500187734.

Vi preghiamo di aggiornare il Vostro scadenziario di conseguenza.

Cordiali saluti

Federica Dal Bosco
Contabilità Fornitori
Gruppo Alimentare Berici S.p.A.
Viale dell'Industria 60 – 36100 Vicenza
Tel. +39 0444 371 500

Il presente messaggio e gli eventuali allegati sono riservati al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di informare il mittente e di cancellarla. Società soggetta a direzione e coordinamento di Berici Holding S.r.l."""),

    dict(id="s9it023", date="2027-01-19T16:40", fmt="gmail", stage="firm", ago=5,
         inv="FT26-0833", amt="1.098,00", due="2026-12-31",
         frm="Albergo Al Castello <info@albergoalcastello-soave.it>",
         intent="dispute",
         note="Hotel says the remote-monitoring contract was cancelled by PEC in June; the 2027 fee is not owed, asks for a credit note.",
         body="""Buongiorno,

rispondo al vostro terzo sollecito, visto che ai due precedenti evidentemente non ha letto nessuno la mia risposta.

Il contratto di teleassistenza e collegamento alla centrale operativa è stato DISDETTO con PEC del 12 giugno 2026, rispettando il preavviso di tre mesi previsto dall'art. 8 delle condizioni. Ho la ricevuta di consegna e ve la giro di nuovo in allegato.

Il canone 2027 quindi non è dovuto e la fattura FT26-0833 va annullata con nota di credito. Vi prego inoltre di non addebitarci interessi né le famose 40 euro di indennizzo, che non c'entrano niente.

Attendo conferma scritta.

Roberta Dal Cero
Albergo Ristorante Al Castello – Soave (VR)
Tel. 045 768 0043"""),

    dict(id="s9it024", date="2026-12-28T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT26-0798", amt="366,00", due="2026-12-15",
         frm="Avv. Chiara Bertoldi <segreteria@studiolegalebertoldi.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Law office closed 23 Dec - 6 Jan; back Thursday 7 January.",
         body="""Gentile mittente,

lo Studio resterà chiuso dal 23 dicembre 2026 al 6 gennaio 2027 compreso. La Sua e-mail sarà letta alla riapertura.

Per questioni urgenti relative a procedimenti in corso può scrivere a studiolegalebertoldi@pec.ordineavvocativerona.it.

Cordiali saluti
Studio Legale Avv. Chiara Bertoldi
Stradone San Fermo 21 – 37121 Verona"""),

    dict(id="s9it025", date="2027-01-20T09:05", fmt="outlook", stage="firm", ago=2,
         inv="FT26-0795", amt="3.660,00", due="2026-12-20",
         frm="Walter Menegazzi <walter@menegazzilogistica.it>",
         intent="plan_request",
         note="Haulier in cash-flow trouble asks to pay in 4-5 monthly instalments; no date committed.",
         body="""Buongiorno,

vi scrivo con un po' di imbarazzo. Il 2026 per noi è stato un anno pesante: due clienti importanti ci pagano a 120 giorni e uno dei due è già in ritardo con le fatture di ottobre, e a dicembre abbiamo dovuto cambiare la motrice che si è rotta.

La fattura FT26-0795 dell'impianto di videosorveglianza del piazzale non la voglio lasciare lì, ma in questo momento non riesco a pagarla in un'unica soluzione. Vi chiedo se è possibile rateizzarla, anche in 4 o 5 rate mensili, con RiBa o bonifico come preferite voi.

Fatemi sapere, sono disponibile anche a passare in ufficio a parlarne.

Cordiali saluti
Walter Menegazzi
Menegazzi Logistica S.r.l.
Via Monte Baldo 3 – 37010 Affi (VR)
Cell. 335 604 1187"""),

    dict(id="s9it026", date="2027-01-08T13:02", fmt="gmail", stage="reminder", ago=3,
         inv="FT26-0821", amt="198,00", due="2026-12-31",
         frm="Luca Recchia <lucarecchia.macelleria@gmail.com>",
         intent="promise", promise_date="2027-01-12",
         note="Butcher, typed on the phone with typos: transfer on Tuesday (reply Fri 8 Jan -> Tue 12 Jan).",
         body="""si scusate me ne ero dimenticato,martedi passo in bancha e faccio il bonifco
grazie
Luca (macelleria da Luca)"""),

    dict(id="s9it027", date="2026-12-15T11:25", fmt="tb", stage="reminder", ago=4,
         inv="FT26-0747", amt="854,00", due="2026-11-30",
         frm="Segreteria Amministrativa <amministrazione@istitutosanzeno.it>",
         intent="bank_details",
         note="Private school wants to pay by transfer and asks for the IBAN, missing from the invoice.",
         body="""Buongiorno,

vorremmo saldare la fattura FT26-0747 con bonifico bancario e non tramite il link di pagamento online, ma nel PDF della fattura non sono riportate le coordinate bancarie.

Potreste indicarci l'IBAN e l'esatta intestazione del conto? Appena le riceviamo procediamo.

Grazie, cordiali saluti

Monica Girardi
Segreteria Amministrativa
Istituto Paritario San Zeno – Scuola Secondaria di I e II grado
Via Anzani 7 – 37126 Verona
Tel. 045 834 9910"""),

    dict(id="s9it028", date="2027-01-11T08:47", fmt="gmail", stage="second_reminder", ago=1,
         inv="FT26-0809", amt="275,00", due="2026-12-20",
         frm="Pizzeria Da Toni <pizzeriadatoni.sona@gmail.com>",
         intent="paid", paid_on="2027-01-09",
         note="Very short: already paid on Saturday (reply Mon 11 Jan -> Sat 9 Jan).",
         body="""gia pagato sabato, controllate"""),

    dict(id="s9it029", date="2026-12-22T10:38", fmt="outlook", stage="reminder", ago=1,
         inv="FT26-0770", amt="1.647,00", due="2026-12-05",
         frm="Matteo Scandola <m.scandola@rsavillaflora.it>", cc="fornitori@rsavillaflora.it",
         intent="contact_change", new_email="fornitori@rsavillaflora.it",
         note="Care home colleague: the former contact left; invoices and reminders must go to the suppliers' mailbox (put in copy).",
         body="""Buongiorno,

la vostra mail è arrivata a me ma la sig.ra Bertoni, a cui erano indirizzate le fatture, non lavora più presso la nostra struttura da novembre.

Per fatture e solleciti d'ora in avanti vi chiedo di scrivere all'indirizzo fornitori@rsavillaflora.it, che ho messo in copia e che è gestito dall'ufficio amministrativo. Io mi occupo solo della parte tecnica (manutenzioni).

Grazie
Matteo Scandola
Ufficio Tecnico – RSA Villa Flora
Via dei Colli 25 – 37030 Colognola ai Colli (VR)"""),

    dict(id="s9it030", date="2026-12-30T15:14", fmt="gmail", stage="second_reminder", ago=2,
         inv="FT26-0753", amt="510,00", due="2026-11-30",
         frm="Marco Bonfante <marco.bonfante84@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer, probably a namesake.",
         body="""Buongiorno,
credo abbiate sbagliato indirizzo. Non sono vostro cliente e non ho mai fatto installare nessun impianto da voi, è già la seconda mail che ricevo.

Forse c'è un omonimo, io abito a Padova. Controllate per favore.

Marco Bonfante"""),
    dict(id="s9it031", date="2027-01-21T12:30", fmt="outlook", stage="firm", ago=3,
         inv="FT26-0792", amt="2.074,00", due="2026-12-15",
         frm="Servizio Ragioneria <ragioneria@unionemontanalessiniaest.vr.it>",
         intent="promise",
         note="Public body in provisional budget: will pay once the 2027 budget is approved; no date.",
         body="""Buongiorno,

in riferimento alla fattura in oggetto si comunica che la stessa è stata regolarmente registrata ed è in corso di liquidazione.

L'Ente si trova attualmente in esercizio provvisorio e può effettuare pagamenti solo nei limiti dei dodicesimi di spesa. La fattura verrà pertanto pagata non appena sarà approvato il bilancio di previsione 2027, presumibilmente entro il primo trimestre.

Ci scusiamo per il ritardo, che non dipende dalla nostra volontà.

Cordiali saluti
Servizio Ragioneria
Unione Montana Lessinia Est
Piazza della Vittoria 2 – 37030 Velo Veronese (VR)"""),

    dict(id="s9it032", date="2026-12-23T09:12", fmt="gmail", stage="second_reminder", ago=2, fwd=True,
         inv="FT26-0774", amt="1.342,00", due="2026-12-05",
         frm="Elisa Faccioli <segreteria@hotelvillagaspari.it>",
         intent="paid", paid_on="2026-12-21",
         note="Assistant forwards the manager's answer: transfer sent on the 21st from home banking.",
         body="""Buongiorno,
vi inoltro la risposta del dott. Gaspari in merito al vostro sollecito.
Cordiali saluti
Elisa Faccioli
Segreteria di Direzione – Hotel Villa Gaspari, Garda

---------- Messaggio inoltrato ---------
Da: Paolo Gaspari <direzione@hotelvillagaspari.it>
Date: mar 22 dic 2026 alle ore 19:48
Subject: Re: Secondo sollecito: fattura FT26-0774 non pagata – Scaligera Sicurezza S.r.l.
To: Elisa Faccioli <segreteria@hotelvillagaspari.it>

Elisa, rispondi pure a quelli della sicurezza che il bonifico è partito il 21, l'ho fatto io dall'home banking prima di andare a Milano. Se serve la contabile te la giro domani.
P.G.

Inviato da iPhone"""),

    dict(id="s9it033", date="2026-12-09T10:20", fmt="outlook", stage="reminder", ago=2,
         inv="FT26-0662", amt="6.100,00", due="2026-11-29",
         frm="Ufficio Contabilità Fornitori <contabilita.fornitori@vetrerieriunitegarda.it>",
         intent="promise", promise_date="2027-01-31",
         note="AP department: invoice dated October, payable at 90 days end of month -> 31/01/2027; the due date in the reminder is disputed only as a date.",
         body="""Gentile fornitore,

la fattura FT26-0662 del 30/10/2026 risulta regolarmente registrata ed abbinata all'ordine n. 4500098812.

Come previsto dalle condizioni contrattuali (pagamento 90 gg d.f.f.m.), la fattura è inserita nel ciclo di pagamento con valuta 31/01/2027. Non è quindi ancora scaduta: vi preghiamo di correggere la scadenza nei vostri sistemi e di non inviare ulteriori solleciti prima di tale data.

Per verificare lo stato delle vostre fatture potete consultare in ogni momento la sezione "Le mie fatture" del Portale Fornitori.

Distinti saluti

Contabilità Fornitori
Vetrerie Riunite del Garda S.p.A.
Via Gardesana 210 – 37010 Cavaion Veronese (VR)
Cap. Soc. € 12.000.000 i.v. – R.E.A. VR 198833"""),

    dict(id="s9it034", date="2026-12-31T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT26-0786", amt="915,00", due="2026-12-15",
         frm="Paolo Cordioli <p.cordioli@ristorazionecollettivavr.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: on holiday until Friday 8 January, back Monday 11 January.",
         body="""Buongiorno,
sono in ferie fino a venerdì 8 gennaio compreso e rientrerò in ufficio lunedì 11. In mia assenza per questioni amministrative potete scrivere a amministrazione@ristorazionecollettivavr.it.

Grazie e buon anno
Paolo Cordioli
Cooperativa Ristorazione Collettiva Verona – Ufficio Acquisti"""),

    dict(id="s9it035", date="2027-01-15T11:55", fmt="html_gmail", stage="reminder", ago=4,
         inv="FT26-0816", amt="2.305,80", due="2026-12-31",
         frm="Scuola Paritaria Sacro Cuore <amministrazione.sacrocuore@gmail.com>",
         intent="dispute",
         note="Private school: invoiced 1,890 + VAT against a 1,450 + VAT quote; will pay the quoted amount only, asks for explanation/credit note.",
         body="""Buongiorno,

abbiamo ricevuto il vostro sollecito per la fattura FT26-0816 relativa all'impianto di controllo accessi della palestra.

Il preventivo n. 118/2026 che avevamo firmato a settembre era di € 1.450,00 + IVA, mentre in fattura l'imponibile è di € 1.890,00. Nessuno ci ha comunicato lavori aggiuntivi né varianti, e il tecnico durante l'installazione non ci ha fatto firmare nulla.

Siamo disposti a pagare subito l'importo del preventivo (€ 1.769,00 IVA inclusa), ma per la differenza vi chiediamo di spiegarci a cosa si riferisce oppure di emettere una nota di credito.

Restiamo in attesa di un vostro riscontro.

Cordiali saluti
Laura Peretti
Amministrazione – Scuola Paritaria Sacro Cuore, San Bonifacio"""),

    dict(id="s9it036", date="2027-01-18T14:37", fmt="gmail", stage="reminder", ago=4,
         inv="FT26-0824", amt="183,00", due="2026-12-31",
         frm="Geom. Nicola Tosi <geom.nicolatosi@gmail.com>",
         intent="copy_request",
         note="Freelancer cannot find the invoice in his tax drawer and asks for the PDF before paying.",
         body="""Salve,
mi mandate per favore la fattura in pdf? Nel cassetto fiscale non la trovo e il mio commercialista senza documento non me la registra. Appena la ricevo pago.

Grazie
Nicola Tosi
geometra – Caprino Veronese
cell. 340 221 7765"""),

    dict(id="s9it037", date="2027-01-27T13:15", fmt="apple", stage="second_reminder", ago=1,
         inv="FT26-0838", amt="610,00", due="2027-01-10",
         frm="Dott. Alberto Fiorini <alberto.fiorini@studiodentisticofiorini.it>",
         intent="paid", paid_on="2027-01-26",
         note="Dentist: his accountant handles payments and confirms the transfer was made yesterday.",
         body="""Buongiorno,
i pagamenti dello studio li gestisce il mio commercialista, gli ho girato il vostro sollecito e mi conferma che il bonifico è stato fatto ieri. Dovreste vederlo a giorni.

Saluti
Alberto Fiorini

Inviato da iPad"""),

    dict(id="s9it038", date="2027-01-25T08:34", fmt="bounce", stage="reminder",
         inv="FT26-0829", rcpt="amministrazione@pasticceriafontana-vr.it", status="5.2.2",
         mta="mail.scaligerasicurezza.it", remote="mx.pasticceriafontana-vr.it",
         diag="552 5.2.2 <amministrazione@pasticceriafontana-vr.it>: Mailbox full - casella piena",
         subj="Undelivered Mail Returned to Sender",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""This is the mail system at host mail.scaligerasicurezza.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@pasticceriafontana-vr.it>: host mx.pasticceriafontana-vr.it[81.88.52.140]
    said: 552 5.2.2 <amministrazione@pasticceriafontana-vr.it>: Mailbox full -
    casella piena (in reply to RCPT TO command)"""),

    dict(id="s9it039", date="2027-01-18T10:02", fmt="outlook", stage="final_notice", ago=3,
         inv=[("FT26-0779", "1.464,00", "2026-12-10"), ("FT26-0802", "390,40", "2026-12-20")],
         frm="Direzione RSA Le Betulle <direzione@rsalebetulle.it>",
         intent="promise", promise_date="2027-01-29",
         note="Annoyed care-home director: both invoices will be paid on Friday 29 January; side request to drop the debt-collection wording does not change the intent; the quoted deadline is not the label.",
         body="""Buongiorno,

non c'era bisogno di minacciare il decreto ingiuntivo dopo vent'anni che lavoriamo con voi. Bastava una telefonata.

Siamo una RSA convenzionata e la Regione ci paga le quote sanitarie con due mesi di ritardo, come sapete benissimo. Le due fatture verranno pagate venerdì 29 gennaio insieme a tutti gli altri fornitori, come facciamo ogni mese.

Vi chiedo inoltre di togliere dal vostro sistema questi avvisi di "recupero crediti", che fanno una pessima impressione a chi li legge in amministrazione.

Gabriele Sartori
Direttore
RSA Le Betulle – Via dei Tigli 10, 37057 San Giovanni Lupatoto (VR)
Tel. 045 875 2200"""),

    dict(id="s9it040", date="2026-12-29T17:45", fmt="gmail", stage="second_reminder", ago=1,
         inv="FT26-0766", amt="2.196,00", due="2026-12-10",
         frm="Frigotrasporti Adige <amministrazione.frigoadige@gmail.com>",
         intent="promise", promise_date="2027-01-07",
         note="Refrigerated haulier: transfer scheduled for 7/1 (numeric date), after the Epiphany.",
         body="""Buonasera,
vi confermo che il bonifico per la fattura FT26-0766 è già programmato in banca con data 7/1, dopo l'Epifania. Prima non riusciamo perché aspettiamo l'incasso da un cliente della GDO.

Buon anno a tutti voi
Sabrina Zocca
Frigotrasporti Adige s.r.l. – Zevio (VR)
tel. 045 605 3321 – P.IVA 03318840231"""),
]
