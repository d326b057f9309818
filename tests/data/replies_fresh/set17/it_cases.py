"""Italian debtor replies to Ferretti Imballaggi S.r.l. (set 17, part it). Written by hand, one by one."""

CASES = [
    dict(id="s17it001", date="2026-12-09T18:42", fmt="apple", stage="reminder", ago=2,
         inv="1734/2026", amt="486,20", due="2026-11-30",
         frm="Luca Bertolini <luca@caseificiobertolini.it>",
         intent="promise", promise_date="2026-12-11",
         note="'bonifico venerdì' written on Wednesday 9 December: Friday 11 December.",
         body="""Buonasera, bonifico venerdì.
Luca

Inviato da iPhone"""),

    dict(id="s17it002", date="2026-12-10T11:15", fmt="html_outlook", stage="second_reminder", ago=1,
         inv=[("1598/2026", "2.340,00", "2026-10-31"), ("1655/2026", "1.118,40", "2026-11-15")],
         frm="Ufficio Contabilità Fornitori <contabilita.fornitori@salumificiovaltaro.it>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer for both invoices ordered on 09/12/2026.",
         body="""Gentili Signori,

con riferimento al Vostro sollecito del 09/12 c.m., Vi comunichiamo che in data 09/12/2026 abbiamo disposto bonifico bancario di € 3.458,40 a saldo delle fatture n. 1598/2026 e n. 1655/2026.

Estremi dell'operazione: TRN 0306912345678901480030012IT, banca ordinante Crédit Agricole Italia, fil. Borgo Val di Taro.

Considerati i tempi interbancari, l'accredito dovrebbe risultarVi entro 1-2 giorni lavorativi. Vi preghiamo di annullare il sollecito.

Distinti saluti

Silvia Montanari
Ufficio Contabilità Fornitori
Salumificio Val Taro S.p.A.
Strada Provinciale 308, km 12 – 43043 Borgo Val di Taro (PR)
Tel. 0525 97 1123 – int. 214

Salumificio Val Taro S.p.A. – Cap. Soc. € 1.200.000 i.v. – R.E.A. PR-187344 – P.IVA 01948230347
Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questa e-mail per errore, vi preghiamo di eliminarla e di darcene notizia."""),

    dict(id="s17it003", date="2026-12-14T22:07", fmt="apple", stage="second_reminder", ago=4,
         inv="1702/2026", amt="612,00", due="2026-11-20",
         frm="Gianni Esposito <gianniesposito78@libero.it>",
         intent="dispute",
         note="Refuses to pay until a credit note for the damaged pizza boxes is issued.",
         body="""ma come vi permettete di mandarmi pure il secondo sollecito quando meta dei cartoni pizza 33x33 che mi avete mandato erano schiacciati e bagnati. ho mandato le foto al vostro agente marco il 23 novembre e nessuno mi ha mai risposto

finche non mi fate la nota di credito per i 4 colli rovinati io non pago niente. chiaro?

Gianni
Pizzeria da Gianni

Inviato da iPhone"""),

    dict(id="s17it004", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=1,
         inv="1811/2026", amt="274,50", due="2026-12-15",
         frm="Federica Galli <f.galli@studiotecnicogalli.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed up to 6 January 2027 included (Epiphany): back Thursday 7 January.",
         body="""Gentile mittente,

lo Studio Tecnico Galli resterà chiuso per le festività natalizie dal 23 dicembre 2026 al 6 gennaio 2027 compreso.
Le e-mail ricevute in questo periodo saranno lette e gestite al rientro.

Per urgenze di cantiere: 335 612 8830

Buone Feste!
Federica Galli
Studio Tecnico Galli – Geometri associati
Via Matteotti 41, 42019 Scandiano (RE)"""),

    dict(id="s17it005", date="2026-12-11T15:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="1640/2026", amt="1.870,00", due="2026-11-10",
         frm="Panificio Rinaldi <panificiorinaldi@gmail.com>",
         intent="plan_request",
         note="Asks to split the invoice into three instalments; no date committed.",
         body="""Buongiorno,

vi scrivo per la fattura dei sacchetti e delle vaschette per i dolci. Mi dispiace per il ritardo, non è mia abitudine. A novembre ci si è rotto il forno grande e tra riparazione e pezzo di ricambio abbiamo speso quasi 6.000 euro, che non avevamo previsto.

Vi volevo chiedere se è possibile pagare la fattura in tre rate, invece che tutta insieme. Ditemi voi come preferite fare, per noi va bene anche con la RiBa.

Grazie e scusate ancora,
Anna Rinaldi
Panificio Rinaldi snc
Via Roma 22 – Scandiano
tel. 0522 857 310"""),

    dict(id="s17it006", date="2026-12-18T12:10", fmt="tb", stage="reminder", ago=3,
         inv="1760/2026", amt="930,00", due="2026-11-30",
         frm="Cantina Sociale di Castelvetro <amministrazione@cantinacastelvetro.it>",
         intent="promise",
         note="Will pay once back after the holidays; no day given.",
         body="""Buongiorno,

in questi giorni siamo sommersi dalle spedizioni di Natale e la collega che segue i pagamenti fornitori è a casa in malattia.
Provvediamo senz'altro appena riprendiamo dopo le feste.

Cordiali saluti

Paolo Venturelli
Cantina Sociale di Castelvetro soc. coop. agricola
Via per Levizzano 9 – 41014 Castelvetro di Modena (MO)
Tel. 059 790 412"""),

    dict(id="s17it007", date="2027-01-08T10:20", fmt="gmail", stage="firm", ago=3,
         inv="1587/2026", amt="2.600,00", due="2026-10-31",
         frm="Marco Ferri <marco@ferrilogistica.it>",
         intent="promise", promise_date="2027-01-31",
         note="Partial payment of 1.000 sent today; balance of 1.600 promised by end of January (31 January). Asks to waive interest.",
         body="""Buongiorno,

stamattina vi abbiamo fatto un bonifico di 1.000 euro come acconto sulla fattura 1587. Il resto, 1.600 euro, ve lo saldiamo entro fine mese: dicembre è stato pesante con gli incassi e abbiamo due clienti grossi che ci pagano a 90 giorni.

Vi chiedo la cortesia di non applicare gli interessi di mora, lavoriamo con voi da più di dieci anni e non è mai successo.

Saluti
Marco Ferri
Ferri Logistica srl
Via dei Trasporti 7, Rubiera (RE)
cell. 338 401 2297"""),

    dict(id="s17it008", date="2026-12-15T10:48", fmt="html_outlook", stage="reminder", ago=5,
         inv="1689/2026", amt="3.915,60", due="2026-11-18",
         frm="UOC Bilancio - Liquidazione Fatture <liquidazione.fatture@auslvaldenza.it>",
         intent="copy_request",
         note="The invoice never reached the health authority through SdI; asks for an e-invoice with office code, CIG and order number before it can pay.",
         body="""Spett.le Ditta,

in riscontro alla Vs. comunicazione, si rappresenta che la fattura n. 1689/2026 non risulta pervenuta a questa Azienda tramite il Sistema di Interscambio (SdI).

Si ricorda che, ai sensi della L. 244/2007 e del D.M. 55/2013, le Pubbliche Amministrazioni non possono procedere al pagamento, nemmeno parziale, di fatture non trasmesse in formato elettronico tramite SdI.

Si invita pertanto codesta Ditta a trasmettere la fattura elettronica al Codice Univoco Ufficio UF3K7L, riportando obbligatoriamente:
- il CIG B2F41C7A09;
- il numero dell'ordine NSO di riferimento (ordine n. 2026/ORD/004518 del 22/10/2026).

La fattura sarà liquidata nei termini di legge decorrenti dalla data di ricezione su SdI.

Distinti saluti

Dott.ssa Marina Caselli
UOC Bilancio e Contabilità – Ufficio Liquidazione Fatture
Azienda USL Val d'Enza
Tel. 0522 335 901 (lun-ven 9.00-13.00)

Questo messaggio e gli eventuali allegati sono destinati unicamente al destinatario e possono contenere informazioni riservate ai sensi del Reg. UE 2016/679."""),

    dict(id="s17it009", date="2026-12-16T08:55", fmt="gmail", stage="reminder", ago=1,
         inv="1778/2026", amt="158,00", due="2026-12-05",
         frm="Chiara Donati <chiara.donati.91@gmail.com>",
         intent="contact_change", new_email="amministrazione@fioriefantasia.it",
         note="No longer works for the florist; reminders must go to the shop's admin address.",
         body="""Buongiorno,

dal mese scorso non lavoro più da Fiori & Fantasia: questo è il mio indirizzo personale, che avevo lasciato solo per le conferme di consegna.

Per le fatture dovete scrivere ad amministrazione@fioriefantasia.it oppure chiamare Laura al negozio (0522 430 118).

Grazie, buona giornata
Chiara"""),

    dict(id="s17it010", date="2027-01-12T14:33", fmt="tb", stage="reminder", ago=6,
         inv="1849/2026", amt="744,20", due="2026-12-31",
         frm="Ortofrutta Corradini - Amministrazione <amministrazione@corradiniortofrutta.it>",
         intent="bank_details",
         note="Received an e-mail announcing a new IBAN in the firm's name; asks to confirm the right account before paying.",
         body="""Buongiorno,

prima di pagare vorrei una conferma da parte vostra.
La settimana scorsa ci è arrivata una mail, sempre a nome Ferretti Imballaggi, in cui ci comunicavate un nuovo IBAN presso una banca di Vilnius (LT...). Mi è sembrato strano, perché abbiamo sempre pagato sul vostro conto BPER.

Mi potete confermare, meglio se per telefono, qual è il conto corretto? Non vorrei fare il bonifico a qualche truffatore.

Grazie
Elisa Corradini
Ortofrutta Corradini s.a.s.
tel. 0522 941 205"""),

    dict(id="s17it011", date="2027-01-19T07:48", fmt="gmail", stage="firm", ago=2,
         inv="1805/2026", amt="96,00", due="2026-12-10",
         frm="Roberto Salvi <robsalvi@alice.it>",
         intent="unsubscribe",
         note="Wants no more automated e-mails from this system.",
         body="""Basta con queste mail automatiche, è la terza in un mese.
Se c'è qualcosa da dirmi mi telefonate come avete sempre fatto, da questo sistema non voglio ricevere più niente. Toglietemi dalla lista.

R. Salvi"""),

    dict(id="s17it012", date="2026-12-09T08:33", fmt="bounce",
         inv="1722/2026", amt="389,00", due="2026-11-25",
         rcpt="ordini@pasticceriaguidi.it", status="5.1.1",
         diag="550 5.1.1 <ordini@pasticceriaguidi.it>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.pasticceriaguidi.it",
         intent="bounce",
         body="""Non è stato possibile recapitare il messaggio a uno o più destinatari.

An error occurred while trying to deliver the mail to the following recipients:
ordini@pasticceriaguidi.it"""),

    dict(id="s17it013", date="2026-12-21T16:05", fmt="apple", stage="reminder", ago=4,
         inv="1790/2026", amt="212,80", due="2026-12-10",
         frm="Elena Marchetti <elena@bottegamarchetti.it>",
         intent="other",
         note="Passed the reminder to her accountant, who handles supplier payments; no commitment.",
         body="""Buongiorno,
ho girato la vostra mail al mio commercialista, il dott. Bonacini, che si occupa lui dei pagamenti ai fornitori. Vi farà sapere lui.

Saluti
Elena

Inviato da iPhone"""),

    dict(id="s17it014", date="2027-01-07T09:40", fmt="outlook", stage="second_reminder", ago=2,
         inv="1816/2026", amt="1.452,00", due="2026-12-15",
         frm="Stefano Lodi <s.lodi@lodiarredamenti.com>",
         intent="promise", promise_date="2027-01-15",
         note="'entro il 15 del mese' written on 7 January: 15 January 2027.",
         body="""Buongiorno,

ci scusiamo per il ritardo: con la chiusura di fine anno è slittato tutto.
Provvederemo al saldo entro il 15 del mese.

Cordiali saluti

Stefano Lodi
Lodi Arredamenti S.r.l.
Via Emilia Ovest 201 – 41123 Modena
Tel. 059 827 340 – Fax 059 827 341
www.lodiarredamenti.com"""),

    dict(id="s17it015", date="2026-12-17T11:02", fmt="gmail", stage="reminder", ago=1,
         inv="1781/2026", amt="327,90", due="2026-12-12",
         frm="Sara Cattani <sara@letazzedisara.it>",
         intent="paid", paid_on="2026-12-17",
         note="Transfer sent this morning.",
         body="""Ciao!
Scusate, me n'ero proprio dimenticata, con gli ordini di Natale non capisco più niente :)
Bonifico partito stamattina, vi allego la contabile (se non vi arriva ditemelo).

Buona giornata
Sara

--
Le Tazze di Sara – ceramiche dipinte a mano
www.letazzedisara.it | IG @letazzedisara"""),

    dict(id="s17it016", date="2026-12-22T10:15", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="1725/2026", amt="2.184,00", due="2026-11-30",
         frm="Davide Gatti <acquisti@gattidolciaria.it>",
         intent="dispute",
         note="Unit price invoiced 0,42 instead of the agreed 0,38; wants a credit note or a corrected invoice before paying.",
         body="""Buongiorno,

la fattura non la possiamo pagare così com'è.

Nella vostra offerta n. 214 del 2 ottobre le scatole fustellate 30x20x10 avana erano a € 0,38 cad., in fattura invece ce le avete messe a € 0,42. Su 5.200 pezzi sono 208 euro di differenza.

Mandateci una nota di credito per la differenza, oppure stornate e rifate la fattura, e la paghiamo subito.

Saluti
Davide Gatti
Ufficio Acquisti – Gatti Dolciaria srl
Tel. 0536 804 517"""),

    dict(id="s17it017", date="2027-01-05T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="1834/2026", amt="518,00", due="2026-12-20",
         frm="Giulia Ferrarini <giulia.ferrarini@pastificioemiliano.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="On holiday, back in the office Monday 11 January 2027.",
         body="""Buongiorno,

sono in ferie con accesso limitato alla posta elettronica.
Rientrerò in ufficio lunedì 11 gennaio 2027.

Per questioni amministrative urgenti potete scrivere a amministrazione@pastificioemiliano.it.

Grazie
Giulia Ferrarini"""),

    dict(id="s17it018", date="2026-12-10T17:20", fmt="gmail", stage="reminder", ago=3,
         inv="1698/2026", amt="640,50", due="2026-11-25",
         frm="Trattoria Al Vecchio Mulino <alvecchiomulino@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="'A fine mese' written on 10 December: 31 December 2026.",
         body="""Buonasera,
sì lo so, abbiamo avuto delle settimane complicate col personale. A fine mese vi faccio il bonifico con tutto.

Saluti
Mauro"""),

    dict(id="s17it019", date="2026-12-14T09:25", fmt="outlook", stage="reminder", ago=4, fwd=True,
         inv="1711/2026", amt="455,00", due="2026-11-30",
         frm="Monica Ferrari <segreteria@autotrasportibassi.it>",
         intent="paid", paid_on="2026-12-03",
         note="Assistant forwards the owner's answer: paid on 3 December with other invoices.",
         body="""Buongiorno,
vi giro qui sotto la risposta del nostro titolare.

Cordiali saluti
Monica Ferrari
Segreteria – Autotrasporti Bassi & Figli s.n.c.
Tel. 0522 671 090

-----Messaggio originale-----
Da: Giorgio Bassi <giorgio@autotrasportibassi.it>
Inviato: sabato 12 dicembre 2026 19:14
A: Monica Ferrari <segreteria@autotrasportibassi.it>
Oggetto: R: sollecito Ferretti

Monica rispondi tu a quelli delle scatole, la fattura l'abbiamo pagata il 3 dicembre insieme alle altre dei fornitori. Guarda in banca e mandagli la distinta.
G."""),

    dict(id="s17it020", date="2027-01-13T20:45", fmt="html_gmail", stage="firm", ago=6,
         inv=[("1612/2026", "1.240,00", "2026-10-31"), ("1707/2026", "880,00", "2026-11-30")],
         frm="Az. Agr. Il Poggio <ilpoggio.bio@gmail.com>",
         intent="plan_request",
         note="Asks to split the two invoices into four monthly instalments, start left to the firm.",
         body="""Buonasera,

sono Franco dell'Azienda Agricola Il Poggio. Lo so che siamo indietro con le due fatture delle cassette per la frutta, e mi dispiace.

Quest'anno la grandinata di settembre ci ha portato via metà delle pere e siamo ancora in attesa dei contributi della Regione per i danni. Vi chiedo se è possibile dividere il totale in quattro rate mensili, ditemi voi da quando partire.

Non voglio lasciare debiti con nessuno, ma tutto insieme adesso non ce la faccio.

Grazie della comprensione
Franco Zanichelli
Az. Agr. Il Poggio – Vezzano sul Crostolo
347 552 1908"""),

    dict(id="s17it021", date="2027-01-15T12:05", fmt="apple", stage="reminder", ago=3,
         inv="1852/2026", amt="367,00", due="2026-12-31",
         frm="Andrea Benassi <andrea@benassidesign.it>",
         intent="promise", promise_date="2027-01-20",
         note="'mercoledì prossimo' written on Friday 15 January: Wednesday 20 January.",
         body="""Ciao,
sì scusate, la fattura mi era finita nello spam e l'ho vista solo adesso.
Ve la pago mercoledì prossimo, quando mi entra il pagamento di un cliente.

Andrea

--
Andrea Benassi
Graphic & packaging designer
benassidesign.it · 333 470 2215"""),

    dict(id="s17it022", date="2026-12-21T09:12", fmt="tb", stage="second_reminder", ago=4,
         inv=[("1664/2026", "720,00", "2026-11-15"), ("1703/2026", "415,30", "2026-11-30"), ("1729/2026", "198,70", "2026-12-05")],
         frm="Farmacia Comunale n. 3 <farmacia3@farmaciesassuolo.it>",
         intent="paid", paid_on="2026-12-18",
         note="All three invoices paid with one transfer on 18/12.",
         body="""Buongiorno,

le tre fatture in oggetto (n. 1664, 1703 e 1729) sono state saldate con un unico bonifico del 18/12 per complessivi € 1.334,00.
Probabilmente il vostro sollecito è partito prima che vi arrivasse l'accredito.

Cordiali saluti

Dott.ssa Roberta Manfredini
Farmacia Comunale n. 3 – Sassuolo
Via Radici in Piano 112
Tel. 0536 882 016"""),

    dict(id="s17it023", date="2027-01-11T10:30", fmt="html_gmail", stage="reminder", ago=4,
         inv="1840/2026", amt="289,00", due="2026-12-28",
         frm="Ristorante La Pergola <info@lapergola-reggio.it>",
         intent="copy_request",
         note="Cannot find the invoice in its tax drawer; asks for the PDF and the delivery note.",
         body="""Buongiorno,

nel nostro cassetto fiscale questa fattura non la troviamo. Potete rimandarcela in pdf insieme al DDT?
Il nostro codice destinatario è M5UXCR1, nel caso non ce l'aveste in anagrafica.

Appena la ricevo la passo al commercialista per il pagamento.

Grazie
Ilaria
Ristorante La Pergola"""),

    dict(id="s17it024", date="2027-01-14T15:48", fmt="outlook", stage="firm", ago=2,
         inv="1797/2026", amt="1.096,00", due="2026-12-10",
         frm="Nicola Pellacani <n.pellacani@cantinapellacani.it>",
         intent="dispute",
         note="The goods were returned with a signed return note; expects a credit note, not interest.",
         body="""Buongiorno,

vi ricordo che il bancale di cartoni da 6 bottiglie è stato reso al vostro autista il 14 dicembre, perché le fustelle erano sbagliate e le bordolesi non ci entravano. L'ha ritirato Claudio e c'è il DDT di reso firmato da lui.

Stiamo aspettando la nota di credito, non certo gli interessi di mora.

Nicola Pellacani
Cantina Pellacani
Via Chiesa 3 – 42015 Correggio (RE)
Tel. 0522 693 271 – Cell. 340 118 6624"""),

    dict(id="s17it025", date="2026-12-24T08:00", fmt="ooo", stage="reminder", ago=1,
         inv="1813/2026", amt="1.320,00", due="2026-12-14",
         frm="Comune di Montebello Emilia - Servizio Ragioneria <ragioneria@comune.montebelloemilia.re.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Accounts office closed 24 December to 3 January; reopens Monday 4 January 2027.",
         body="""Si comunica che il Servizio Ragioneria resterà chiuso dal 24 dicembre 2026 al 3 gennaio 2027.
Gli uffici riapriranno lunedì 4 gennaio 2027 con il consueto orario.

Si ricorda che le fatture elettroniche devono essere trasmesse esclusivamente tramite SdI (Codice Univoco Ufficio UFH8R2). Per comunicazioni formali: comune.montebelloemilia@cert.provincia.re.it

Messaggio generato automaticamente, si prega di non rispondere.

Comune di Montebello Emilia – Settore Finanziario"""),

    dict(id="s17it026", date="2026-12-28T11:40", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="1772/2026", amt="4.870,00", due="2026-11-30",
         frm="Accounts Payable Italia <ap.italia@nordgroup-logistics.com>",
         intent="promise", promise_date="2027-01-20",
         note="Invoice approved and scheduled in the supplier payment run with value date 20 January 2027.",
         body="""Buongiorno,

La informiamo che la fattura in oggetto è stata approvata e inserita nel prossimo ciclo di pagamento fornitori, con data valuta 20 gennaio 2027.

Il ritardo è dovuto alla mancata corrispondenza iniziale con l'ordine d'acquisto (PO 4500218836), risolta dal nostro ufficio acquisti la scorsa settimana.

Cordiali saluti / Best regards

Valentina Rossi
Accounts Payable – Italy
NordGroup Logistics Italia S.p.A.
Via dell'Industria 55 – 20090 Segrate (MI)
T +39 02 2169 4410

NordGroup Logistics Italia S.p.A. – Sede legale: Via dell'Industria 55, 20090 Segrate (MI) – Cap. Soc. € 5.000.000 i.v. – Reg. Imprese di Milano Monza Brianza Lodi e C.F. 07724130962
This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it."""),

    dict(id="s17it027", date="2027-01-18T12:30", fmt="tb", stage="final_notice", ago=5,
         inv="1620/2026", amt="5.640,00", due="2026-10-31",
         frm="Tipografia Artigiana Reggiana <amministrazione@tipografiareggiana.it>",
         intent="other",
         note="Company in concordato preventivo: cannot pay pre-existing debts, refers the firm to the judicial commissioner.",
         body="""Spett.le Ferretti Imballaggi S.r.l.,

con riferimento alla Vs. comunicazione, si informa che la scrivente società ha depositato in data 21 dicembre 2026, presso il Tribunale di Reggio Emilia, ricorso per l'accesso alla procedura di concordato preventivo ai sensi del D.Lgs. 14/2019 (Codice della crisi d'impresa e dell'insolvenza).

In pendenza della procedura alla società è precluso il pagamento dei debiti sorti anteriormente al deposito del ricorso, tra i quali rientra il Vs. credito di cui alla fattura n. 1620/2026.

Per ogni comunicazione relativa al credito Vi invitiamo a rivolgerVi al Commissario giudiziale nominato, dott. Alberto Guidetti, PEC: cp12.2026reggioemilia@pecconcordati.it

Distinti saluti

L'Amministratore Unico
Fabio Incerti
Tipografia Artigiana Reggiana S.r.l. in concordato preventivo
Via Gorizia 18 – 42122 Reggio Emilia"""),

    dict(id="s17it028", date="2026-12-30T21:17", fmt="gmail", stage="reminder", ago=2,
         inv="1826/2026", amt="74,40", due="2026-12-20",
         frm="marta b <marta.bellei93@gmail.com>",
         intent="paid", paid_on="2026-12-30",
         note="Paid online by card just now.",
         body="""pagato adesso con la carta dal link, mi e arrivata la mail di conferma
marta"""),

    dict(id="s17it029", date="2026-12-16T13:50", fmt="outlook", stage="reminder", ago=2,
         inv="1744/2026", amt="1.980,00", due="2026-12-05",
         frm="Gabriele Corghi <gabriele@corghicostruzioni.it>",
         intent="promise",
         note="Will pay once the client's progress payment arrives, 'penso a inizio gennaio': no single day.",
         body="""Buongiorno,

siamo in attesa del SAL dal committente di un cantiere, che doveva arrivare a fine novembre e ancora non si è visto.
Appena incassiamo vi paghiamo, penso a inizio gennaio.

Cordiali saluti
Gabriele Corghi
Corghi Costruzioni srl
Via Roma 5, Albinea (RE) – tel. 0522 599 184"""),

    dict(id="s17it030", date="2026-12-11T09:05", fmt="outlook", stage="heads_up", ago=1,
         inv="1801/2026", amt="612,40", due="2026-12-31",
         frm="Amministrazione Ceramiche Tosi <amministrazione@ceramichetosi.it>",
         intent="bank_details",
         note="Announces its own new bank account for the RiBa collections.",
         body="""Buongiorno,

vi segnaliamo che dal 1° dicembre abbiamo chiuso il conto presso BPER e le ricevute bancarie vanno appoggiate sul nuovo conto:

Crédit Agricole Italia – Ag. Fiorano Modenese
IBAN IT60X0623066750000046812375

Vi chiediamo di aggiornare l'anagrafica prima di emettere la RiBa della fattura in scadenza a fine mese, altrimenti ci torna insoluta.

Grazie, cordiali saluti
Lorenza Tosi
Ceramiche Tosi S.p.A. – Amministrazione
Via Circondariale 210, 41042 Fiorano Modenese (MO)
Tel. 0536 920 455"""),

    dict(id="s17it031", date="2027-01-14T08:50", fmt="html_gmail", stage="reminder", ago=2,
         inv="1858/2026", amt="534,00", due="2026-12-31",
         frm="Osteria del Borgo <osteriadelborgo.re@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Pays Monday 18 (written Thursday 14 January); side question about the 2027 price list.",
         body="""Buongiorno,

pago lunedì 18 con bonifico.

Già che ci sono: ci mandate il listino 2027 delle vaschette in alluminio e dei contenitori per l'asporto? Vorremmo passare a quelli compostabili.

Grazie
Simone"""),

    dict(id="s17it032", date="2027-01-12T19:22", fmt="gmail", stage="second_reminder", ago=5,
         inv="1819/2026", amt="165,00", due="2026-12-15",
         frm="Salvatore Lombardo <lombardo.salvatore65@virgilio.it>",
         intent="paid", paid_on="2027-01-08",
         note="'venerdi scorso' written on Tuesday 12 January: Friday 8 January.",
         body="""Salve o fatto il bonifco venerdi scorso di 165 euro, guardate bene se ve arrivato, nella causale o messo il numero della fatura.
saluti Lombardo"""),

    dict(id="s17it033", date="2027-01-04T10:10", fmt="html_outlook", stage="reminder", ago=4,
         inv="1830/2026", amt="2.760,00", due="2026-12-20",
         frm="Paola Ghidini <paola.ghidini@brevifood.it>",
         cc="fornitori.csa@brevigroup.it",
         intent="contact_change", new_email="fornitori.csa@brevigroup.it",
         note="From 1 January supplier accounts are handled by the group service centre; reminders to the new address.",
         body="""Buongiorno,

vi informiamo che a partire dal 1° gennaio 2027 la gestione del ciclo passivo di Brevi Food S.r.l. è stata accentrata presso il Centro Servizi Amministrativi del Gruppo, a Milano.

Vi preghiamo pertanto di indirizzare d'ora in avanti solleciti, estratti conto e ogni comunicazione amministrativa esclusivamente a: fornitori.csa@brevigroup.it (in copia).

La fattura in oggetto è già stata presa in carico dai colleghi.

Cordiali saluti

Paola Ghidini
Amministrazione
Brevi Food S.r.l. – Società del Gruppo Brevi
Via Newton 12, 42124 Reggio Emilia
Tel. 0522 512 770"""),

    dict(id="s17it034", date="2027-01-11T08:05", fmt="ooo", stage="reminder", ago=3,
         inv="1843/2026", amt="398,00", due="2026-12-31",
         frm="Marco Iotti <m.iotti@iottiserramenti.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away up to Friday 15 January included: back Monday 18 January.",
         body="""Grazie per la sua e-mail.
Sarò fuori sede per una fiera fino al 15 gennaio incluso, con accesso saltuario alla posta. Per questioni amministrative contattare Rita allo 0522 878 240.

Thank you for your message. I am away at a trade fair until 15 January included, with limited access to e-mail. For accounting matters please call Rita on +39 0522 878 240.

Marco Iotti
Iotti Serramenti srl"""),

    dict(id="s17it035", date="2026-12-15T16:40", fmt="apple", stage="firm", ago=3,
         inv="1676/2026", amt="1.045,00", due="2026-11-15",
         frm="Pro Loco Borzano <prolocoborzano@gmail.com>",
         intent="promise", promise_date="2026-12-22",
         note="Payment 'entro il 22/12' by the treasurer.",
         body="""Buonasera,
ho sentito il presidente: il pagamento lo fa il tesoriere entro il 22/12, appena chiudiamo i conti della sagra d'autunno. Scusate il ritardo, siamo tutti volontari e a volte le cose si perdono.

Un saluto
Valeria – segreteria Pro Loco Borzano"""),

    dict(id="s17it036", date="2027-01-26T09:58", fmt="gmail", stage="final_notice", ago=1,
         inv="1752/2026", amt="3.380,00", due="2026-11-30",
         frm="Roberto Montanari <r.montanari@montanarifrutta.it>",
         intent="dispute",
         note="Refuses to pay in full: late delivery cost him rented bins, which he deducts from the invoice.",
         body="""Decreto ingiuntivo?? Ma state scherzando?

Vi ho già scritto due volte e l'ho detto anche al telefono al vostro commerciale: i bins in plastica sono arrivati con tre settimane di ritardo, in piena raccolta, e ne ho dovuti noleggiare altri a spese mie. Quei costi ve li detraggo dalla fattura, punto.

Se volete andare dall'avvocato andateci pure, ho tutte le mail e le bolle. E smettetela con questi messaggi automatici.

R. Montanari
Montanari Frutta – Campogalliano"""),

    dict(id="s17it037", date="2027-01-04T09:35", fmt="apple", stage="second_reminder", ago=1,
         inv="1787/2026", amt="842,00", due="2026-12-10",
         frm="Laura Spaggiari <laura@spaggiaricatering.it>",
         intent="paid", paid_on="2026-12-30",
         note="Instant transfer made on 30 December.",
         body="""Buongiorno e buon anno!

Il bonifico istantaneo l'ho fatto il 30 dicembre, dovreste già vederlo. Se vi serve vi giro il CRO.

Laura Spaggiari
Spaggiari Catering & Eventi
+39 348 903 1172"""),

    dict(id="s17it038", date="2026-12-29T10:45", fmt="gmail", stage="reminder", ago=1,
         inv="1824/2026", amt="236,00", due="2026-12-18",
         frm="Giorgio Rossi <giorgio.rossi1956@gmail.com>",
         intent="other",
         note="Wrong recipient: a pensioner who never bought anything from the firm.",
         body="""Buongiorno,

credo che abbiate sbagliato indirizzo. Sono un pensionato di Bologna e non ho mai comprato niente dalla vostra ditta, non so proprio di cosa sia questa fattura. Forse c'è un altro Giorgio Rossi tra i vostri clienti.

Controllate per favore, non vorrei che fosse una truffa.

Distinti saluti
Giorgio Rossi"""),

    dict(id="s17it039", date="2026-12-30T10:05", fmt="outlook", stage="reminder", ago=2,
         inv="1799/2026", amt="1.210,00", due="2026-12-15",
         frm="Economato Scuola San Giuseppe <economato@scuolasangiuseppe-re.it>",
         intent="promise", promise_date="2027-01-07",
         note="Payment scheduled at the bank for 7/1 (7 January 2027).",
         body="""Buongiorno,

la scuola è chiusa per le vacanze di Natale e passo in ufficio solo oggi.
Il pagamento è già stato programmato in banca per il 7/1, giorno di riapertura.

Cordiali saluti
Suor Maria Grazia Bertani
Economato – Scuola dell'Infanzia Paritaria San Giuseppe
Via Fontanesi 9, Reggio Emilia – tel. 0522 451 336"""),

    dict(id="s17it040", date="2027-01-21T11:30", fmt="tb", stage="firm", ago=2,
         inv="1768/2026", amt="560,00", due="2026-11-30",
         frm="Contabilità Meccanica Boni <contabilita@meccanicaboni.it>",
         intent="paid",
         note="Says the invoice was paid long ago by RiBa; no day given.",
         body="""Buongiorno,

a noi la fattura 1768/2026 risulta pagata da tempo, con RiBa domiciliata sul nostro conto Credem. Verificate con la vostra banca l'esito dell'incasso prima di mandarci un altro sollecito con gli interessi.

Saluti
Ufficio contabilità
Meccanica Boni srl
Via dell'Industria 21 – 42025 Cavriago (RE)"""),
]
