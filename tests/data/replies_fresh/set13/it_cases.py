"""Italian debtor replies (set 13, part it) to Termotecnica Ferraresi S.r.l. (heating, plumbing and air
conditioning, Granarolo dell'Emilia, Bologna). Each body was written by hand for its case."""

CASES = [
    dict(id="s13it001", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="1047/2026", amt="386,40", due="2026-11-30",
         frm="Giulia Marchetti <giulia.marchetti88@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="'venerdì' written on Wednesday 9 December = Friday 11 December.",
         body="""Ok venerdì faccio il bonifico, scusate il ritardo

Giulia

Inviato da iPhone"""),

    dict(id="s13it002", date="2026-12-14T10:17", fmt="html_outlook", stage="second_reminder", ago=4,
         inv=[("788/2026", "2.440,00", "2026-10-31"), ("842/2026", "915,00", "2026-11-15")],
         frm="Contabilità Fornitori <contabilita.fornitori@villaserena-cdc.it>",
         intent="paid", paid_on="2026-12-11",
         note="Both invoices paid by one transfer ordered on 11/12/2026 (TRN given).",
         body="""Spett.le Termotecnica Ferraresi S.r.l.,

in riscontro al Vostro sollecito del 10 dicembre u.s., Vi informiamo che le fatture in oggetto sono state saldate con bonifico bancario cumulativo disposto in data 11/12/2026 sul conto corrente indicato in fattura (IBAN terminante con 4471), per un importo complessivo di € 3.355,00.

Riferimenti dell'operazione:
- Ordinante: Casa di Cura Villa Serena S.p.A.
- TRN: 0306912345678901482040014710IT
- Causale: Saldo ft. 788/2026 e 842/2026

Considerati i normali tempi di accredito interbancario, l'importo dovrebbe risultare sul Vostro conto entro la giornata odierna. Vi preghiamo pertanto di considerare chiusa la posizione e di aggiornare il Vostro scadenziario.

Restiamo a disposizione per ogni chiarimento.

Distinti saluti

Rag. Monica Bertolini
Ufficio Contabilità Fornitori
Casa di Cura Villa Serena S.p.A.
Via dei Colli 118 – 40136 Bologna
Tel. 051 644 2210 – int. 4

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Vi fosse pervenuto per errore, Vi preghiamo di cancellarlo e di darne comunicazione al mittente (Reg. UE 2016/679)."""),

    dict(id="s13it003", date="2026-12-10T23:15", fmt="gmail", stage="firm", ago=1,
         inv="701/2026", amt="1.830,00", due="2026-10-20",
         frm="Trattoria Da Nello <trattoriadanello@gmail.com>",
         intent="dispute",
         note="Angry: boiler broke again after the job, refuses to pay until it is repaired.",
         body="""ma vi sembra il caso di mandarmi il terzo sollecito con gli interessi di mora?? la caldaia della cucina si è bloccata DI NUOVO sabato sera con il locale pieno, e il vostro tecnico dopo l'intervento di ottobre non si è piu fatto vedere, ho chiamato tre volte in ufficio e mi dicono sempre che mi richiamano.
finche non venite a sistemarla come si deve la fattura non la pago, anzi dovreste essere voi a pagarmi la serata persa.
chiamatemi al 347 5521908 e non mandatemi altre mail automatiche

Nello Ghirardi
Trattoria Da Nello - San Lazzaro"""),

    dict(id="s13it004", date="2026-12-28T07:40", fmt="ooo", stage="reminder", ago=6,
         inv="1102/2026", amt="3.172,00", due="2026-11-30",
         frm="Ufficio Ragioneria <ragioneria@comune.sanpietroinvalle.bo.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed 24 Dec to 6 Jan inclusive: back Thursday 7 January.",
         body="""Si comunica che l'Ufficio Ragioneria resterà chiuso per le festività natalizie dal 24 dicembre 2026 al 6 gennaio 2027 compresi.

Le e-mail ricevute in questo periodo saranno lette alla riapertura dell'ufficio. Si ricorda che le fatture nei confronti della Pubblica Amministrazione devono essere trasmesse esclusivamente tramite il Sistema di Interscambio (SdI).

Per comunicazioni urgenti: protocollo@pec.comune.sanpietroinvalle.bo.it

Comune di San Pietro in Valle
Servizio Finanziario – Ufficio Ragioneria

Messaggio generato automaticamente, si prega di non rispondere."""),

    dict(id="s13it005", date="2026-12-17T18:05", fmt="tb", stage="second_reminder", ago=2,
         inv="955/2026", amt="2.196,00", due="2026-11-10",
         frm="Rag. Paolo Gentile <studio@gentileamministrazioni.it>",
         intent="promise",
         note="Will pay once the condominium fees come in, 'presumibilmente nella seconda metà di gennaio': a window, no day. 10 January is the fees' due date, not a payment date.",
         body="""Buonasera,

rispondo per il Condominio "Le Querce" di via Emilia 212, a cui si riferisce la fattura 955 (sostituzione della pompa di circolazione in centrale termica).

Purtroppo in questo momento il conto condominiale non ha la disponibilità necessaria: diversi condomini sono in ritardo con i versamenti e la prossima rata ordinaria scade il 10 gennaio. Provvederò al saldo non appena incassate le quote, quindi presumibilmente nella seconda metà di gennaio.

Mi scuso per il disagio e vi ringrazio per la pazienza.

Cordiali saluti

--
Rag. Paolo Gentile
Amministrazioni Condominiali
Via Saragozza 41 – 40123 Bologna
tel. 051 331 870 – cell. 339 812 4410"""),

    dict(id="s13it006", date="2026-12-15T21:48", fmt="gmail", stage="reminder", ago=1,
         inv="1063/2026", amt="244,00", due="2026-11-30",
         frm="Marco Pellicani <marcopellicani75@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="'ieri sera' written on 15 December = 14 December.",
         body="""gia pagato ieri sera con bonifico istantaneo dall app, controllate bene prima di mandare i solleciti
Marco Pellicani"""),

    dict(id="s13it007", date="2027-01-08T11:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="1121/2026", amt="1.464,00", due="2026-12-15",
         frm="Az. Agr. Poggioli <aziendagricolapoggioli@gmail.com>",
         intent="copy_request",
         note="Never received the e-invoice; asks for a PDF copy or a new SDI transmission before paying.",
         body="""Buongiorno,
vi rispondo per conto di mio padre Franco che la mail non la usa. La fattura 1121 non l'abbiamo mai ricevuta: nel cassetto fiscale dell'Agenzia delle Entrate non c'è e neanche al commercialista è arrivata. È il lavoro della caldaia a pellet nella casa colonica?
Mandatemi per favore una copia in pdf oppure ritrasmettetela allo SDI (il nostro codice destinatario è KRRH6B9), così la passo al commercialista e paghiamo.

Grazie
Silvia Poggioli
Az. Agr. Poggioli Franco - Budrio
333 6172045"""),

    dict(id="s13it008", date="2027-01-12T15:34", fmt="outlook", stage="firm", ago=1,
         inv="1088/2026", amt="2.928,00", due="2026-12-05",
         frm="Sara Tonelli <barcentrale.tonelli@outlook.it>",
         intent="plan_request",
         note="Asks to split the amount into monthly instalments; no date or amount committed.",
         body="""Buongiorno,

ho ricevuto il vostro terzo sollecito e vi chiedo scusa per non aver risposto prima. Dicembre è andato peggio del previsto e a gennaio ho l'affitto, l'F24 e i fornitori tutti insieme, quindi pagare il condizionatore del locale in un'unica soluzione adesso non ci riesco.

Sarebbe possibile dividere i 2.928 euro in più rate mensili? Ditemi voi come vi va meglio, l'importante è che la rata sia sostenibile. Se possibile vorrei evitare gli interessi di mora.

Grazie per la comprensione
Sara Tonelli
Bar Centrale – Medicina (BO)
tel. 051 851 227"""),

    dict(id="s13it009", date="2026-12-21T12:05", fmt="outlook", stage="reminder", ago=4,
         inv="1011/2026", amt="5.490,00", due="2026-11-30",
         frm="Segreteria Amministrativa <amministrazione@scuolasangiuseppe-imola.it>",
         intent="promise", promise_date="2027-01-15",
         note="Payment scheduled with value date 15 January 2027.",
         body="""Buongiorno,

con riferimento alla Vostra comunicazione, Vi informiamo che il pagamento della fattura n. 1011/2026 (manutenzione straordinaria della centrale termica) è stato inserito nella distinta con valuta 15 gennaio 2027, data in cui l'Istituto riceve la prima tranche del contributo regionale per le scuole paritarie.

Ci scusiamo per il ritardo e porgiamo a tutti voi i migliori auguri di buone feste.

Cordiali saluti

Anna Ricci
Segreteria Amministrativa
Scuola dell'Infanzia Paritaria "San Giuseppe"
Via Cavour 27 – 40026 Imola (BO)
Tel. 0542 22415"""),

    dict(id="s13it010", date="2027-01-11T09:12", fmt="outlook", stage="second_reminder", ago=4,
         inv="1139/2026", amt="732,00", due="2026-12-20",
         frm="Davide Scala <d.scala@officinescala.it>",
         intent="contact_change", new_email="amministrazione@officinescala.it",
         note="No longer handles payments; invoices and reminders to the administration address.",
         body="""Buongiorno,

da quest'anno la parte amministrativa dell'officina non la seguo più io: se ne occupa mia cognata Elena, che gestisce anche i pagamenti ai fornitori. Vi chiedo di togliere il mio indirizzo dai vostri invii e di mandare fatture e solleciti a amministrazione@officinescala.it.

Le ho già girato la vostra mail.

Saluti
Davide Scala
Officine Scala snc
Via del Lavoro 8, Castenaso
051 788 3301"""),

    dict(id="s13it011", date="2026-12-16T11:47", fmt="outlook", fwd=True, stage="firm", ago=2,
         inv="917/2026", amt="4.026,00", due="2026-10-31",
         frm="Chiara Baldini <c.baldini@hotelcolombina.it>",
         cc="Fabio Ferri <f.ferri@hotelcolombina.it>",
         intent="promise", promise_date="2026-12-31",
         note="Assistant forwards the director's answer: invoice paid on 31/12 with the year-end suppliers.",
         body="""Buongiorno,
vi inoltro qui sotto la risposta del dott. Ferri al vostro sollecito.
Cordiali saluti

Chiara Baldini
Segreteria di Direzione – Hotel Colombina ****
Via Marsala 9 – 40126 Bologna
Tel. 051 425 1190

-----Messaggio originale-----
Da: Fabio Ferri <f.ferri@hotelcolombina.it>
Inviato: mercoledì 16 dicembre 2026 10:58
A: Chiara Baldini <c.baldini@hotelcolombina.it>
Oggetto: R: Terzo sollecito: fattura 917/2026 ancora insoluta – Termotecnica Ferraresi S.r.l.

Chiara, rispondi tu a Ferraresi per favore: la 917 la paghiamo il 31/12 con gli altri fornitori di fine anno, ho già dato disposizione in banca. Scusati da parte mia per il ritardo.
F."""),

    dict(id="s13it012", date="2026-12-09T16:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="1052/2026", amt="1.708,00", due="2026-11-30",
         frm="Roberta Galli <amministrazione@galliserramenti.it>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' mail from a look-alike domain; asks which IBAN is right before paying.",
         body="""Buongiorno,

prima di procedere al pagamento della fattura 1052/2026 vorrei una conferma. La settimana scorsa ci è arrivata una mail, apparentemente vostra (da amministrazione@termoferraresi-it.com), che ci comunicava il cambio delle coordinate bancarie con un nuovo IBAN presso una banca estera, che inizia con LT. Mi sembra strano, anche perché l'indirizzo non è quello da cui ricevo di solito le vostre comunicazioni.

Mi confermate per favore qual è l'IBAN corretto? Preferirei anche una telefonata: 051 862 0477, chiedete di Roberta.

Grazie
Roberta Galli
Amministrazione – Galli Serramenti S.r.l.
Via Larga 31/B – 40138 Bologna
P.IVA 01987650379"""),

    dict(id="s13it013", date="2026-12-08T08:34", fmt="bounce", stage="reminder",
         inv="1049/2026", amt="549,00", due="2026-11-30",
         rcpt="info@pizzeriailgabbiano.it", status="5.1.1", remote="mx1.aruba.it",
         diag="550 5.1.1 <info@pizzeriailgabbiano.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@pizzeriailgabbiano.it

The mail server of the recipient's domain rejected the address as unknown."""),

    dict(id="s13it014", date="2027-01-18T13:10", fmt="gmail", stage="heads_up", ago=3,
         inv="1208/2026", amt="180,00", due="2027-01-31",
         frm="Luciana Serra <luciana.serra51@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminders; saying she always pays on time is not a commitment.",
         body="""Buongiorno,
vi chiedo cortesemente di non mandarmi più questi promemoria automatici. La fattura del controllo caldaia la pago sempre puntuale, da dieci anni, e non ho bisogno che me lo si ricordi con due settimane di anticipo. Toglietemi da questi invii per favore.
Luciana Serra"""),

    dict(id="s13it015", date="2027-01-14T10:03", fmt="apple", stage="second_reminder", ago=2,
         inv="1097/2026", amt="658,80", due="2026-12-10",
         frm="Stefano Vitali <stefano.vitali@me.com>",
         intent="other",
         note="Passed to his accountant, who will get in touch; no payment statement, no address change asked.",
         body="""Buongiorno,
ho girato la vostra mail al mio commercialista, il dott. Landi, che da quest'anno segue anche i pagamenti dello studio. Vi ricontatterà lui, io non ho accesso al conto.
Saluti

Stefano Vitali
Architetto

Inviato da iPad"""),

    dict(id="s13it016", date="2026-12-22T08:51", fmt="gmail", stage="second_reminder", ago=5,
         inv="963/2026", amt="1.220,00", due="2026-11-15",
         frm="Ivan Bortolotti <ivan.bortolotti80@gmail.com>",
         intent="paid", paid_on="2026-12-21",
         note="Partial payment: 600 of 1,220 euro sent 'ieri' (21 December); the rest vaguely 'appena riesco'.",
         body="""Buongiorno,
ieri ho fatto un bonifico di 600 euro come acconto sulla fattura 963, il resto ve lo saldo appena riesco, purtroppo questo mese tra le spese di natale e l'assicurazione della macchina sono un po' in difficolta.
Spero vada bene così.
Ivan Bortolotti
340 298 1176"""),

    dict(id="s13it017", date="2027-01-20T17:28", fmt="html_gmail", stage="reminder", ago=2,
         inv="1171/2026", amt="878,40", due="2026-12-31",
         frm="Fabrizio Neri <f.neri@neri-lavanderie.it>",
         intent="dispute",
         note="Contests hours of labour and the part's price; asks for a credit note before paying.",
         body="""Buonasera,

ho ricevuto il sollecito per la fattura 1171/2026 ma così com'è non posso pagarla.

In fattura sono addebitate 6 ore di manodopera per l'intervento sul bruciatore del 9 dicembre, mentre il vostro tecnico (Mirko) è arrivato alle 14:30 ed è andato via alle 17:00, come risulta dal rapportino che ho firmato e di cui ho copia. Inoltre l'elettrodo di accensione è fatturato a 145 euro, quando nel preventivo che ci avevate mandato a novembre era indicato a 62.

Vi chiedo di verificare e di emettere una nota di credito per la differenza. Appena la ricevo pago la parte non contestata.

Cordiali saluti
Fabrizio Neri
Lavanderia Industriale Neri
Via della Pace 5 – Castel San Pietro Terme (BO)
tel. 051 941 203"""),

    dict(id="s13it018", date="2026-12-22T14:15", fmt="ooo", stage="second_reminder", ago=1,
         inv="1024/2026", amt="1.342,00", due="2026-11-30",
         frm="Matteo Cavalli <m.cavalli@cavalli-impianti-elettrici.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until 8 January inclusive (a Friday): back Monday 11 January.",
         body="""Buongiorno,

sono assente dall'ufficio dal 21 dicembre all'8 gennaio compreso, con accesso limitato alla posta.
Per questioni amministrative potete scrivere a ufficio@cavalli-impianti-elettrici.it, per urgenze in cantiere chiamate il 335 710 2284.

Buone feste
Matteo Cavalli
Cavalli Impianti Elettrici S.r.l."""),

    dict(id="s13it019", date="2027-01-14T12:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="1109/2026", amt="615,00", due="2026-12-15",
         frm="Autofficina Zanotti <autofficinazanotti@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="'Martedì prossimo' written on Thursday 14 January = Tuesday 19 January.",
         body="""Buongiorno, ho visto adesso. Martedì prossimo passo in banca e vi faccio il bonifico, prima non ce la faccio perché aspetto un pagamento anch'io.
Zanotti Gianni"""),

    dict(id="s13it020", date="2026-12-10T09:30", fmt="tb", stage="reminder", ago=1,
         inv="874/2026", amt="1.098,00", due="2026-11-30",
         frm="Lorena Bassi <amministrazione@ceramichebassi.it>",
         intent="paid", paid_on="2026-12-02",
         note="Ri.Ba. charged to their account with value date 2 December; 30/11 is the due date, not labelled.",
         body="""Buongiorno,

la fattura 874/2026 era con pagamento a mezzo Ri.Ba. scadenza 30/11/2026. Dal nostro estratto conto la ricevuta risulta regolarmente addebitata con valuta 2 dicembre (Banco BPM, filiale di Sassuolo). Probabilmente la vostra banca non vi ha ancora comunicato l'esito.

Vi prego di verificare; se serve vi mando la contabile.

Saluti
--
Lorena Bassi
Ufficio Amministrazione
Ceramiche Bassi S.r.l.
Via Radici in Piano 190 – 41049 Sassuolo (MO)
Tel. 0536 804 512"""),

    dict(id="s13it021", date="2027-01-19T10:40", fmt="html_outlook", stage="firm", ago=5,
         inv="1150/2026", amt="6.832,00", due="2026-12-20",
         frm="Servizio Economato <economato@asp-valledelreno.it>",
         intent="copy_request",
         note="Public body: no e-invoice received via SdI; asks for it to be sent with office code and CIG before it can pay.",
         body="""Spett.le Termotecnica Ferraresi S.r.l.,

in riferimento al sollecito in oggetto si comunica che a questa Amministrazione non risulta pervenuta, tramite il Sistema di Interscambio, alcuna fattura elettronica n. 1150/2026.

Si rammenta che le fatture nei confronti della Pubblica Amministrazione devono essere trasmesse esclusivamente in formato elettronico tramite SdI, indicando:
- Codice Univoco Ufficio: UFH3K7
- CIG: B2F7A41C9D
- estremi della determina di affidamento (Det. n. 214 del 28/09/2026)

Le fatture prive di tali elementi non possono essere accettate né liquidate. Si invita pertanto a trasmettere la fattura come sopra indicato; il pagamento verrà disposto nei termini di legge decorrenti dal ricevimento. Si precisa che l'operazione è soggetta a scissione dei pagamenti (split payment) e che l'IVA sarà versata direttamente da questa Amministrazione all'Erario.

Distinti saluti

Il Responsabile del Servizio Economato
Dott.ssa Patrizia Mengoli
ASP Valle del Reno – Azienda pubblica di Servizi alla Persona
Via Porrettana 360 – 40037 Sasso Marconi (BO)
Tel. 051 675 8810"""),

    dict(id="s13it022", date="2026-12-28T10:05", fmt="tb", stage="firm", ago=7,
         inv="982/2026", amt="3.538,00", due="2026-11-20",
         frm="Mobilificio Bonfiglioli <contabilita@mobilificiobonfiglioli.it>",
         intent="promise", promise_date="2027-01-12",
         note="'il 12 p.v.' written on 28 December = 12 January 2027.",
         body="""Spett.le Ditta,

in riscontro alla Vs. del 21 c.m., Vi comunichiamo che la fattura n. 982/2026 di € 3.538,00 verrà saldata a mezzo bonifico bancario il 12 p.v., con la prima distinta utile dopo la chiusura aziendale per le festività.

Ci scusiamo per il ritardo, dovuto a un disguido interno nella registrazione del documento.

Distinti saluti.

p. Mobilificio Bonfiglioli S.n.c.
Ufficio Contabilità
Gabriella Bonfiglioli
Via Nazionale 77 – 40065 Pianoro (BO)
Tel. 051 777 120 – Fax 051 777 129"""),

    dict(id="s13it023", date="2027-01-07T20:16", fmt="gmail", stage="reminder", ago=2,
         inv="1133/2026", amt="427,00", due="2026-12-20",
         frm="Alessandra Conti <ale.conti.92@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer, probably a namesake.",
         body="""Buonasera,
credo che questa mail sia arrivata alla persona sbagliata. Non ho mai fatto lavori con la vostra ditta e non abito nemmeno in provincia di Bologna (sto a Lecce). Forse tra i vostri clienti c'è un'altra Alessandra Conti e hanno sbagliato a scrivere l'indirizzo.
Controllate, perché mi stanno arrivando i dati di qualcun altro.
Saluti"""),

    dict(id="s13it024", date="2027-01-05T13:02", fmt="apple", stage="reminder", ago=0,
         inv="1116/2026", amt="312,00", due="2026-12-15",
         frm="Paola Martelli <paola.martelli@icloud.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card through the link just now; side question about the receipt.",
         body="""Buongiorno, ho appena pagato con la carta dal link della vostra mail. La ricevuta mi arriva o devo scaricarla io da qualche parte?
Grazie e buon anno!
Paola Martelli

Inviato da iPhone"""),

    dict(id="s13it025", date="2026-12-18T22:37", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="998/2026", amt="4.880,00", due="2026-11-25",
         frm="Roberto Fabbri <roberto.fabbri.bo@gmail.com>",
         intent="plan_request",
         note="Cannot pay 4,880 euro at once; asks to spread it over some months, no date.",
         body="""Buonasera,

scusate se rispondo solo ora. La fattura è quella della sostituzione della caldaia a condensazione di novembre. Contavamo di recuperare una parte con lo sconto in fattura, ma alla fine la pratica non è andata avanti e adesso ci troviamo a dover pagare tutto di tasca nostra.

Non riusciamo a versare 4.880 euro tutti insieme. Sarebbe possibile rateizzare l'importo in qualche mese? Anche con una piccola maggiorazione, se serve. Non vogliamo assolutamente lasciare la fattura in sospeso, ci serve solo un po' di respiro.

Ditemi se posso chiamare qualcuno in amministrazione per parlarne.

Grazie
Roberto Fabbri
Via Marx 14, Casalecchio di Reno
tel. 328 449 0172"""),

    dict(id="s13it026", date="2027-01-19T19:04", fmt="none", stage="second_reminder", ago=6,
         inv="1158/2026", amt="1.240,00", due="2026-12-31",
         frm="Giorgio Lambertini <giorgio.lambertini@alice.it>",
         intent="dispute",
         note="Invoice higher than the signed quote; will pay only a corrected invoice.",
         body="""Buonasera,
rispondo al vostro secondo sollecito. La fattura 1158 per quell'importo non la pago. Il preventivo che ho firmato con il vostro commerciale per il condizionatore della camera era di 950 euro + iva, installazione compresa, cioè 1.159 euro, e ce l'ho qui davanti. Voi avete fatturato 1.240 euro aggiungendo "materiale extra" e "staffe" di cui nessuno mi aveva parlato.
Mandatemi la fattura corretta secondo il preventivo e la pago subito. Fino ad allora per me l'importo non è dovuto.

Giorgio Lambertini"""),

    dict(id="s13it027", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="1078/2026", amt="2.074,00", due="2026-11-30",
         frm="Amministrazione <amministrazione@tipografiamorselli.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed for the holidays; back Monday 4 January 2027.",
         body="""Gentile mittente,

la Tipografia Morselli resta chiusa per le festività dal 24 dicembre 2026 al 3 gennaio 2027. Rientreremo in ufficio lunedì 4 gennaio 2027 e risponderemo alla Sua e-mail al più presto.

Dear sender, our offices are closed for the holidays. We will be back on Monday, 4 January 2027.

Tipografia Morselli S.r.l.
Via Emilia Ponente 301 – 40133 Bologna"""),

    dict(id="s13it028", date="2027-01-13T16:50", fmt="outlook", stage="reminder", ago=1,
         inv="1145/2026", amt="1.952,00", due="2026-12-31",
         frm="Agriturismo Ca' del Vento <info@cadelvento-agriturismo.it>",
         intent="promise", promise_date="2027-01-31",
         note="'a fine mese' written in January = 31 January 2027.",
         body="""Buongiorno,

abbiamo ricevuto il vostro sollecito. A gennaio siamo chiusi e gli incassi ripartono con i weekend di febbraio, quindi la fattura della manutenzione della caldaia e dei pannelli solari la saldiamo a fine mese, insieme alle altre scadenze.

Un saluto
Michela Tondelli
Agriturismo Ca' del Vento
Loc. Monte delle Formiche – Pianoro (BO)
Tel. 051 655 9030 – Cell. 349 118 2287
www.cadelvento-agriturismo.it"""),

    dict(id="s13it029", date="2026-12-11T10:05", fmt="html_gmail", stage="second_reminder", ago=1,
         inv=[("1012/2026", "385,00", "2026-11-15"), ("1044/2026", "1.170,00", "2026-11-30"),
              ("1090/2026", "246,00", "2026-11-30")],
         frm="Federica Righi <federica@righi-parrucchieri.it>",
         intent="paid", paid_on="2026-12-09",
         note="All three invoices paid by a single transfer on Wednesday 9 December.",
         body="""Buongiorno,

le tre fatture del vostro sollecito (1012, 1044 e 1090) le ho pagate tutte insieme con un unico bonifico mercoledì 9 dicembre, per un totale di 1.801,00 euro. Nella causale ho scritto solo "saldo fatture Ferraresi", forse per questo non l'avete abbinato.

Vi allego la contabile della banca.

Buona giornata
Federica Righi
Righi Parrucchieri – Via Indipendenza 40, Bologna
051 239 884"""),

    dict(id="s13it030", date="2026-12-14T09:20", fmt="outlook", off="+0000", stage="reminder", ago=3,
         inv="1031/2026", amt="2.745,00", due="2026-11-30",
         frm="Luca Benassi <l.benassi@benassi-logistica.it>",
         intent="promise", promise_date="2026-12-17",
         note="In payment Thursday 17 December; the side question about the maintenance contract needs no payment action.",
         body="""Buongiorno,

la fattura 1031 è in pagamento giovedì 17 con la distinta fornitori di metà mese.

Colgo l'occasione per chiedervi: il contratto di manutenzione dei due condizionatori del magazzino scade a febbraio, il rinnovo ce lo mandate voi o devo richiederlo io?

Saluti

Luca Benassi
Responsabile Amministrativo
Benassi Logistica S.r.l.
Via dell'Industria 52 – 40064 Ozzano dell'Emilia (BO)
Tel. +39 051 796 4410 | Mob. +39 342 118 0973
Cap. Soc. € 100.000 i.v. – C.F./P.IVA 03128790375 – REA BO-498120

Questo messaggio e gli eventuali allegati sono riservati al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di avvisare il mittente e di cancellarla. Prima di stampare, pensa all'ambiente."""),

    dict(id="s13it031", date="2027-01-07T11:55", fmt="tb", stage="heads_up", ago=1,
         inv="1196/2026", amt="1.586,00", due="2027-01-31",
         frm="Pasticceria Gualandi <amministrazione@pasticceriagualandi.it>",
         intent="bank_details",
         note="Announces its own new bank account for the Ri.Ba. collection.",
         body="""Buongiorno,

grazie per il promemoria. Vi segnalo che dal 1° gennaio abbiamo chiuso il conto presso Credem, quindi la ricevuta bancaria in scadenza a fine mese va appoggiata sul nuovo conto:

Banca: BPER Banca – Ag. 3 Bologna
IBAN: IT46 R053 8702 4030 0000 3921 478
ABI 05387 – CAB 02403

Vi chiedo di aggiornare la nostra anagrafica per questa e per le prossime Ri.Ba., altrimenti l'effetto ci tornerebbe insoluto.

Cordiali saluti
Valeria Gualandi
Pasticceria Gualandi S.n.c.
Via San Felice 63/a – 40122 Bologna"""),

    dict(id="s13it032", date="2027-01-20T07:12", fmt="gmail", stage="firm", ago=2,
         inv="1066/2026", amt="854,00", due="2026-12-10",
         frm="Denis Marani <denismarani.elettrico@gmail.com>",
         intent="promise",
         note="Will pay once his own customer pays, 'la settimana prossima': no single day.",
         body="""buongiorno scusate il ritrado, sono in atesa che mi paghi il cliente del cantiere di budrio poi vi saldo subito, dovrebbe arivare la settimana prossima. non mettetemi gli interessi per favore che sono sempre stato puntuale

Denis"""),

    dict(id="s13it033", date="2027-01-12T09:44", fmt="gmail", fwd=True, stage="second_reminder", ago=1,
         inv="1127/2026", amt="2.318,00", due="2026-12-20",
         frm="Marco Sarti <marco.sarti@studiodentisticobiagi.it>",
         intent="paid", paid_on="2027-01-08",
         note="Colleague forwards the owner's answer: transfer made Friday 8 January.",
         body="""Buongiorno,
inoltro la risposta della dott.ssa Biagi, che oggi è in studio con i pazienti e non riesce a scrivervi.

Marco Sarti
Segreteria – Studio Dentistico Biagi
Tel. 051 649 3371

---------- Forwarded message ---------
Da: Elisa Biagi <elisa.biagi@studiodentisticobiagi.it>
Date: lun 11 gen 2027 alle ore 19:26
Subject: Re: Secondo sollecito: fattura 1127/2026 non pagata – Termotecnica Ferraresi S.r.l.
To: Marco Sarti <marco.sarti@studiodentisticobiagi.it>

Marco, rispondi tu per favore: il bonifico l'ho fatto io venerdì 8 dall'home banking, 2.318 euro. Se serve la ricevuta te la giro stasera.
Elisa"""),

    dict(id="s13it034", date="2027-01-26T15:22", fmt="html_outlook", stage="final_notice", ago=4,
         inv="1019/2026", amt="9.760,00", due="2026-11-30",
         frm="Ing. Carlo Manfredi <c.manfredi@manfredi-immobiliare.it>",
         intent="dispute",
         note="Formal contest: system not tested, leaks, no declaration of conformity; payment withheld until work and documents are delivered.",
         body="""Spett.le Termotecnica Ferraresi S.r.l.,

riscontro il Vostro "ultimo avviso" del 22 gennaio relativo alla fattura n. 1019/2026 di € 9.760,00, riferita alla realizzazione dell'impianto di climatizzazione presso l'immobile di via Andrea Costa 88, Bologna.

Come già segnalato a voce al Vostro responsabile tecnico il 15 dicembre, il pagamento è sospeso per i seguenti motivi:
1. l'impianto non è stato collaudato e due delle sei unità interne presentano perdite di condensa;
2. non ci sono stati consegnati la dichiarazione di conformità ai sensi del D.M. 37/2008 né il libretto di impianto;
3. l'accordo prevedeva il saldo a collaudo positivo, come da Vs. offerta n. 88/2026 da noi controfirmata.

Contestiamo pertanto formalmente la richiesta di pagamento e l'addebito di interessi e spese. Provvederemo al saldo solo a lavori ultimati e a documentazione consegnata, e Vi invitiamo a non affidare a terzi il recupero di un importo che allo stato non è esigibile.

Restiamo in attesa di una Vostra proposta di data per l'intervento.

Distinti saluti

Ing. Carlo Manfredi
Amministratore Unico
Manfredi Immobiliare S.r.l.
Galleria Cavour 3 – 40124 Bologna
Tel. 051 263 441 – PEC manfredimmobiliare@pec.it"""),

    dict(id="s13it035", date="2027-01-15T11:08", fmt="tb", stage="firm", ago=3,
         inv=[("1005/2026", "512,40", "2026-11-15"), ("1038/2026", "1.085,80", "2026-11-30")],
         frm="Ristorante Il Pescatore <acquisti@ristoranteilpescatore.it>",
         intent="copy_request",
         note="Asks for an updated statement and a copy of invoice 1038 with the job sheet before settling.",
         body="""Buongiorno,

dai nostri conti la situazione con voi non coincide con quella del sollecito. A novembre ci risulta di aver pagato una fattura di importo simile alla 1005, e non capiamo se la 1038 sia un doppione o un intervento diverso.

Potete mandarci un estratto conto aggiornato con tutte le fatture 2026 e i pagamenti che avete registrato, più la copia della 1038 con il rapportino di intervento? Appena li abbiamo controlliamo e sistemiamo.

Grazie
Simona Pirazzoli
Ristorante Il Pescatore – Cesenatico
tel. 0547 80114"""),

    dict(id="s13it036", date="2027-01-04T10:30", fmt="outlook", stage="reminder", ago=4,
         inv="1180/2026", amt="1.037,00", due="2026-12-20",
         frm="Studio Ansaloni Amministrazioni <info@ansaloniamministrazioni.it>",
         intent="contact_change", new_email="condomini@rossineri-amministrazioni.it",
         note="No longer the condominium's administrator; write to the new administrator's address.",
         body="""Buongiorno,

vi informo che dal 1° gennaio 2027 lo Studio Ansaloni non è più l'amministratore del Condominio di via Mazzini 22, Bologna: l'assemblea del 14 dicembre ha nominato il nuovo amministratore, Studio Rossi & Neri Amministrazioni, al quale ho già passato tutta la documentazione contabile, compresa la vostra fattura 1180.

Per fatture, solleciti e comunicazioni relative al condominio vi prego di scrivere d'ora in poi a condomini@rossineri-amministrazioni.it.

Cordiali saluti
Geom. Franco Ansaloni
Studio Ansaloni Amministrazioni
Via Irnerio 12 – 40126 Bologna
Tel. 051 250 766"""),

    dict(id="s13it037", date="2026-12-29T18:40", fmt="gmail", stage="reminder", ago=1,
         inv="1172/2026", amt="3.416,00", due="2026-12-20",
         frm="Cristina Bellei <cristina.bellei@gmail.com>",
         intent="other",
         note="Question about the kind of transfer needed for the tax deduction; no commitment to a date.",
         body="""Buonasera,
prima di fare il bonifico per la pompa di calore volevo una conferma, perché non vorrei perdere la detrazione: deve essere il bonifico "parlante" con la causale della legge, il mio codice fiscale e la vostra partita iva, giusto? In fattura non c'è scritto niente e la banca mi chiede quale tipo scegliere (ristrutturazione o risparmio energetico).
Mi fate sapere? Grazie
Cristina Bellei"""),

    dict(id="s13it038", date="2026-12-30T10:12", fmt="ooo", stage="second_reminder", ago=2,
         inv="1099/2026", amt="488,00", due="2026-12-10",
         frm="Nicola Ferretti <nicola.ferretti.grafica@gmail.com>",
         subj="Fuori ufficio fino all'Epifania",
         intent="out_of_office", return_date="2027-01-07",
         note="Away until Tuesday 5 January inclusive, reads mail again from the 7th (6 January is a holiday).",
         body="""Ciao, grazie per la mail.
Sono via per le feste fino a martedì 5 gennaio compreso, senza pc e con pochissimo campo. Leggerò tutto dal 7, dopo l'Epifania.
Per cose urgenti mandami un SMS al 331 224 6718.
Nicola"""),

    dict(id="s13it039", date="2027-01-25T18:02", fmt="gmail", stage="reminder", ago=0,
         inv="1162/2026", amt="268,40", due="2027-01-15",
         frm="Elena Guidi <elenaguidi@gmail.com>",
         intent="promise", promise_date="2027-01-27",
         note="'dopodomani' written on Monday 25 January = Wednesday 27 January.",
         body="""Ciao, scusate, mi era proprio sfuggita! La saldo dopodomani quando rientro a Bologna e ho il pc sotto mano.
Elena"""),

    dict(id="s13it040", date="2027-01-21T21:05", fmt="outlook", stage="final_notice", ago=3,
         inv="1060/2026", amt="3.904,00", due="2026-11-30",
         frm="ASD Polisportiva Granarolo <segreteria@polisportivagranarolo.it>",
         intent="plan_request",
         note="Association asks not to go to debt collection and for a repayment plan in instalments; no date.",
         body="""Buonasera,

sono il tesoriere della Polisportiva. Abbiamo ricevuto il vostro ultimo avviso per la fattura della caldaia della palestra e ci dispiace essere arrivati a questo punto, ma è un periodo difficile: siamo un'associazione di volontari, le quote dei corsi coprono a fatica le spese correnti e il contributo del Comune per la gestione dell'impianto non è ancora stato erogato.

Vi chiediamo di non procedere con il recupero crediti e di concederci un piano di rientro, anche in diverse rate. Possiamo passare in sede a parlarne quando vi è comodo.

Grazie per la disponibilità
Gianluca Monti
Tesoriere – ASD Polisportiva Granarolo
cell. 338 704 1162"""),
]
