"""Italian debtor replies to Valsecchi Impianti S.r.l. (heating, plumbing, air conditioning, Curno BG). Written by hand, one by one."""

CASES = [
    dict(id="s14it001", date="2026-12-07T10:42", fmt="outlook", stage="reminder", ago=4,
         inv="FT/2026/0688", amt="3.416,00", due="2026-11-30",
         frm="Rag. Claudia Gamba <studio@gamba-amministrazioni.it>",
         intent="promise", promise_date="2026-12-15",
         note="Property manager: payment will go out with the 15 December transfer batch. The assembly date is not the label.",
         body="""Buongiorno,

in riferimento al Vs. sollecito relativo alla fattura FT/2026/0688 (sostituzione circolatore centrale termica – Condominio "Le Betulle", via Carducci 14, Curno), Vi informo che la spesa è stata approvata dall'assemblea straordinaria del 27 novembre e ripartita tra i condomini.

Il pagamento sarà disposto con la distinta bonifici del 15 dicembre p.v., come di consueto per le spese straordinarie.

Cordiali saluti

Rag. Claudia Gamba
Studio Gamba – Amministrazioni Condominiali
Via Tiraboschi 41 – 24122 Bergamo
Tel. 035 238 417 – Fax 035 238 418
studio@gamba-amministrazioni.it
Iscritta ANACI n. 4521"""),

    dict(id="s14it002", date="2026-12-09T19:20", fmt="apple", stage="reminder", ago=2,
         inv="FT/2026/0702", amt="186,00", due="2026-11-30",
         frm="Paolo Carminati <paolo.carminati74@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Short phone reply on Wednesday 9 Dec: transfer on Friday = 11 Dec.",
         body="""Ok scusate me ne ero dimenticato, venerdì faccio il bonifico

Inviato da iPhone"""),

    dict(id="s14it003", date="2026-12-10T15:35", fmt="gmail", stage="second_reminder", ago=3,
         inv="FT/2026/0597", amt="742,30", due="2026-10-31",
         frm="Trattoria al Portico <trattoriaalportico@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made 'ieri pomeriggio' relative to Thu 10 Dec = 9 Dec; receipt attached.",
         body="""Buongiorno Laura,
il bonifico per la fattura 597 l'ho fatto ieri pomeriggio dalla banca, ti allego la contabile così la giri a chi di dovere.
Scusate il ritardo ma con il ponte dell'Immacolata siamo stati chiusi e poi è stato un casino.

Saluti
Gianni
Trattoria al Portico
Via Roma 3, Almenno San Bartolomeo
tel 035 640 221"""),

    dict(id="s14it004", date="2026-12-12T09:05", fmt="none", stage="second_reminder", ago=4,
         inv="FT/2026/0731", amt="428,00", due="2026-11-20",
         frm="Roberta Locatelli <robi.locatelli@libero.it>",
         intent="dispute",
         note="Angry household: the boiler repair did not work; refuses to pay until it is fixed.",
         body="""Mi sembra assurdo ricevere un SECONDO sollecito per un intervento che non ha risolto niente.
Il vostro tecnico è venuto il 3 novembre, ha cambiato la scheda della caldaia, e dopo tre giorni eravamo di nuovo senza acqua calda, stesso errore E04. Ho chiamato in ufficio almeno quattro volte e mi hanno detto che mi avrebbero richiamato. Mai sentito nessuno.
Ho due bambini piccoli e siamo a dicembre.
Non pago 428 euro per una riparazione che non funziona. Prima venite a sistemare la caldaia, poi ne parliamo.

Roberta Locatelli
via dei Mille 8, Ponteranica"""),

    dict(id="s14it005", date="2026-12-21T08:33", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0759", amt="1.952,00", due="2026-12-15",
         frm="Ufficio Ragioneria <ragioneria@comune.mozzo.bg.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Town hall auto-reply: absent 21 Dec to 6 Jan inclusive, so back Thursday 7 Jan.",
         body="""Gentile mittente,
sono assente dal servizio dal 21 dicembre 2026 al 6 gennaio 2027 compreso, senza accesso alla posta elettronica.
Per pratiche urgenti può rivolgersi al centralino del Comune (035 4556 611) o scrivere a protocollo@comune.mozzo.bg.it.
Si ricorda che le fatture elettroniche devono essere trasmesse esclusivamente tramite SdI (codice univoco ufficio UF7K2Q).

Cordiali saluti
Dott.ssa Silvia Bonacina
Responsabile Servizio Finanziario
Comune di Mozzo"""),

    dict(id="s14it006", date="2026-12-16T20:47", fmt="tb", stage="reminder", ago=5,
         inv="FT/2026/0744", amt="2.680,00", due="2026-11-30",
         frm="Az. Agr. F.lli Merelli <aziendamerelli@tiscali.it>",
         intent="promise",
         note="Farm will pay 'appena passate le feste': a commitment with no single day.",
         body="""Buonasera,
scusate se rispondo solo adesso ma in stalla in questo periodo non ci fermiamo mai.
La fattura la paghiamo di sicuro, però adesso aspettiamo il pagamento del latte dal caseificio che quest'anno è in ritardo. Appena passate le feste sistemiamo tutto.
Salutate Davide e ringraziatelo ancora per essere venuto di domenica quando si era gelata la tubazione dell'abbeveratoio.

Merelli Angelo
Az. Agr. F.lli Merelli – Piazza Brembana"""),

    dict(id="s14it007", date="2026-12-14T11:20", fmt="html_outlook", stage="reminder", ago=4,
         inv="FT/2026/0718", amt="5.124,00", due="2026-11-30",
         frm="Marta Cortinovis <amministrazione@rsasangiuseppe-alme.it>",
         intent="copy_request",
         note="Care home never received the e-invoice through SdI; asks for the XML or a re-issue before paying.",
         body="""Buongiorno,

abbiamo ricevuto il Vostro sollecito relativo alla fattura FT/2026/0718, che tuttavia non risulta presente né nel nostro cassetto fiscale né nel gestionale: probabilmente non è mai stata recapitata dallo SdI, oppure è stata inviata a un codice destinatario errato.

Vi chiediamo cortesemente di inoltrarci copia del file XML con la relativa ricevuta di consegna, oppure di riemetterla con il codice destinatario corretto (B4RQ7N2). Appena la riceviamo la inseriamo nel primo pagamento utile.

Grazie e buona giornata,

Marta Cortinovis
Ufficio Amministrazione e Contabilità
Fondazione Casa di Riposo San Giuseppe ONLUS
Via Papa Giovanni XXIII 18 – 24011 Almè (BG)
Tel. 035 541 870 int. 3
www.rsasangiuseppe-alme.it

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di darne comunicazione al mittente e di cancellarla (Reg. UE 2016/679)."""),

    dict(id="s14it008", date="2026-12-09T12:10", fmt="gmail", stage="second_reminder", ago=2,
         inv="FT/2026/0655", amt="1.340,00", due="2026-11-15",
         frm="Ferramenta Brambilla <ferramentabrambilla@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="Partial payment: a 500 EUR deposit was sent Friday 4 Dec; the open balance of 840 EUR is promised by end of month = 31 Dec.",
         body="""Buongiorno,
vi segnalo che venerdì 4 abbiamo già fatto un bonifico di acconto di € 500,00 sulla fattura 0655 (causale "acconto ft 655"), forse non l'avete ancora abbinato.
Il restante (€ 840,00) lo saldiamo entro fine mese, come avevo detto a voce al sig. Valsecchi quando è passato in negozio.

Cordiali saluti
Ferramenta Brambilla snc
di Brambilla Luca & C.
Via Bergamo 112 – Ponte San Pietro
Tel. 035 611 093"""),

    dict(id="s14it009", date="2026-12-07T14:55", fmt="html_outlook", stage="reminder", ago=5,
         inv=[("FT/2026/0612", "2.318,40", "2026-11-15"), ("FT/2026/0649", "964,00", "2026-11-30")],
         frm="Contabilità Fornitori <contabilita.fornitori@latteriaorobica.it>",
         intent="paid", paid_on="2026-12-03",
         note="Accounts payable: both invoices paid in one SEPA transfer on 03/12/2026. Invoice dates in the text are not labels.",
         body="""Spett.le Valsecchi Impianti S.r.l.,

in riscontro alla Vs. comunicazione, Vi informiamo che le fatture in oggetto sono state regolarmente pagate con bonifico SEPA disposto in data 03/12/2026 (pagamento cumulativo fornitori n. 2026-11-B), per un importo complessivo di € 3.282,40.

Riportiamo di seguito il dettaglio:
- FT/2026/0612 del 16/10/2026 – € 2.318,40
- FT/2026/0649 del 31/10/2026 – € 964,00

L'importo dovrebbe esservi già stato accreditato; in caso contrario Vi preghiamo di verificare con il Vs. istituto bancario.

Distinti saluti

Ufficio Contabilità Fornitori
Latteria Orobica S.p.A.
Via Provinciale 40 – 24040 Lallio (BG)
Tel. +39 035 201 5500
Capitale sociale € 2.400.000 i.v. – R.E.A. BG 214877 – P.IVA 01846320163

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per errore siete cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua distruzione."""),

    dict(id="s14it010", date="2026-12-18T16:02", fmt="gmail", stage="firm", ago=3,
         inv="FT/2026/0694", amt="1.870,00", due="2026-11-15",
         frm="Bar Sport Valbrembo <barsportvalbrembo@gmail.com>",
         intent="plan_request",
         note="Bar owner asks to split the amount into instalments, no date committed.",
         body="""Salve, sono Monica del Bar Sport.
So di essere in ritardo e mi dispiace. Quest'anno con i lavori sulla strada davanti al bar abbiamo lavorato la metà e adesso tutto insieme non ce la faccio.
Sarebbe possibile dividere la cifra in qualche rata? Ditemi voi come vi viene meglio, l'importante per me è non dover pagare tutto in una volta.
Grazie per la pazienza
Monica Invernizzi"""),

    dict(id="s14it011", date="2026-12-10T09:31", fmt="tb", stage="reminder", ago=1,
         inv="FT/2026/0726", amt="610,00", due="2026-11-30",
         frm="Ufficio Personale IC Villa d'Almè <personale@icvilladalme.edu.it>",
         intent="contact_change", new_email="dsga@icvilladalme.edu.it",
         note="School staff office: invoices and payments must go to the DSGA at another address.",
         body="""Buongiorno,
questo indirizzo è della segreteria del personale, la pratica non è di nostra competenza.
Per tutto quello che riguarda fatture e pagamenti dovete scrivere al DSGA, dott. Pietro Morandi, all'indirizzo dsga@icvilladalme.edu.it (oppure alla PEC della scuola). Per favore aggiornate il vostro indirizzario perché è già la seconda volta che ci arriva.

Cordiali saluti
Anna Ravasio
Assistente amministrativa
Istituto Comprensivo di Villa d'Almè"""),

    dict(id="s14it012", date="2026-12-15T13:12", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="FT/2026/0677", amt="2.135,00", due="2026-11-30",
         frm="Segreteria Studio Pellegrini <segreteria@studiopellegrini-dental.it>",
         intent="bank_details",
         note="Dental practice received an e-mail announcing a different IBAN and asks the firm to confirm the right one before paying.",
         body="""Buongiorno,
prima di procedere con il pagamento vorrei una conferma. Una decina di giorni fa ci è arrivata una mail, apparentemente da voi, in cui si diceva che avete cambiato banca e che d'ora in avanti bisogna pagare su un altro IBAN (inizia con IT41, una banca online). Sulla fattura invece c'è ancora il vostro solito IBAN Intesa Sanpaolo.
Visto che girano tante truffe, mi confermate qual è quello giusto? Se potete chiamatemi in studio, preferisco sentirlo a voce.

Grazie
Elisa Pellegrini
Segreteria Studio Dentistico Dr. Pellegrini
Via Marconi 27 – Sorisole
035 571 920"""),

    dict(id="s14it013", date="2026-12-22T21:40", fmt="gmail", stage="reminder", ago=6, noquote=True,
         inv="FT/2026/0763", amt="95,00", due="2026-12-10",
         frm="Giorgio Fumagalli <g.fumagalli@alice.it>",
         intent="unsubscribe",
         note="Wants no more automatic e-mails; says to phone him instead. Nothing about the payment.",
         body="""Non voglio più ricevere queste mail automatiche, toglietemi dalla vostra lista. Se c'è qualcosa da dirmi mi telefonate come avete sempre fatto.
G. Fumagalli"""),

    dict(id="s14it014", date="2027-01-08T08:32", fmt="bounce", stage="reminder",
         inv="FT/2026/0799", amt="317,20", due="2026-12-31",
         rcpt="info@pasticceriabonfanti.it", status="5.1.1", remote="mx.pasticceriabonfanti.it",
         diag="550 5.1.1 <info@pasticceriabonfanti.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox does not exist.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@pasticceriabonfanti.it"""),

    dict(id="s14it015", date="2026-12-28T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="FT/2026/0741", amt="1.159,00", due="2026-11-30",
         frm="Amministrazione Carpenteria Berva <amministrazione@carpenteriaberva.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Closure from 23/12 to Sunday 10/01; first working day back Monday 11 January.",
         body="""Gentile cliente / fornitore,

vi informiamo che i nostri uffici resteranno chiusi per le festività natalizie da mercoledì 23/12/2026 a domenica 10/01/2027.
Le e-mail ricevute in questo periodo saranno lette alla riapertura.

Buone feste!
Carpenteria Berva S.r.l.
Via dei Tigli 4 – 24050 Grassobbio (BG)"""),

    dict(id="s14it016", date="2027-01-03T18:22", fmt="apple", stage="second_reminder", ago=3,
         inv="FT/2026/0747", amt="264,00", due="2026-12-15",
         frm="Chiara Mologni <chiara.mologni@icloud.com>",
         intent="paid", paid_on="2027-01-03",
         note="Paid by card through the link just now (Sunday 3 Jan).",
         body="""Buonasera, ho appena pagato con la carta dal link che c'è nella mail, mi è arrivata la ricevuta. Scusate il ritardo, ero via per le feste.
Chiara

Inviato da iPhone"""),

    dict(id="s14it017", date="2027-01-07T09:14", fmt="outlook", stage="reminder", ago=2,
         inv="FT/2026/0781", amt="1.098,00", due="2026-12-31",
         frm="Panificio Salvi <panificiosalvi@virgilio.it>",
         intent="promise", promise_date="2027-01-12",
         note="Written Thursday 7 Jan: transfer leaves 'martedì prossimo' = Tuesday 12 Jan.",
         body="""Buongiorno,
la fattura 781 (bruciatore del forno) è a posto, era solo rimasta indietro con le feste. Ho già parlato con la banca, il bonifico parte martedì prossimo insieme agli altri fornitori.
Cordiali saluti
Salvi Marco
Panificio Salvi – Bonate Sotto"""),

    dict(id="s14it018", date="2027-01-11T10:14", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FT/2026/0752", amt="2.732,80", due="2026-12-20",
         frm="Fabio Ghisalberti <direzione@hotelpostazogno.it>",
         intent="dispute",
         note="Hotel contests the amount: invoice exceeds the signed quote; will pay the quoted amount after a credit note.",
         body="""Gentili signori,

rispondo al vostro sollecito relativo alla fattura FT/2026/0752.

Il preventivo n. 118/26 che avevamo firmato per la sostituzione dei due split nelle camere 12 e 14 riportava un importo di € 1.850,00 + IVA, montaggio compreso. In fattura troviamo invece € 2.240,00 + IVA, con 9 ore di manodopera e un "supplemento materiale" che nessuno ci aveva anticipato.

Non contestiamo il lavoro, che è stato fatto bene, ma non possiamo accettare un importo diverso da quello concordato senza che ci sia stata alcuna comunicazione. Siamo pronti a saldare l'importo del preventivo appena riceveremo una nota di credito per la differenza, oppure una spiegazione scritta delle voci aggiuntive.

Cordiali saluti

Fabio Ghisalberti
Direttore
Hotel Posta ***
Piazza Garibaldi 6 – 24019 Zogno (BG)
Tel. 0345 91 204 – www.hotelpostazogno.it"""),

    dict(id="s14it019", date="2027-01-13T11:48", fmt="outlook", fwd=True, stage="second_reminder", ago=6,
         inv="FT/2026/0770", amt="3.904,00", due="2026-12-31",
         frm="Sara Previtali <s.previtali@edilcostruzionimagni.it>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the manager's answer: paid with the supplier run 'del 20' = 20 January.",
         body="""Buongiorno Laura,
le inoltro sotto la risposta del geometra Magni, così ha la conferma per iscritto.
Buona giornata

Sara Previtali
Segreteria – Edil Costruzioni Magni S.r.l.
Via Locatelli 5 – 24048 Treviolo (BG) – tel. 035 693 312

-----Messaggio originale-----
Da: Giuseppe Magni <g.magni@edilcostruzionimagni.it>
Inviato: martedì 12 gennaio 2027 18:05
A: Sara Previtali <s.previtali@edilcostruzionimagni.it>
Oggetto: R: Secondo sollecito: fattura FT/2026/0770 non pagata – Valsecchi Impianti S.r.l.

Sara, la Valsecchi la paghiamo col giro fornitori del 20, metti anche la 770 in distinta. Se richiamano diglielo.
GM

Inviato dal mio smartphone"""),

    dict(id="s14it020", date="2026-12-11T08:40", fmt="ooo", stage="reminder", ago=0,
         subj_prefix="Fuori ufficio: ",
         inv="FT/2026/0738", amt="488,00", due="2026-11-30",
         frm="Michela Zanchi <m.zanchi@studiotecnicozanchi.it>",
         intent="out_of_office", return_date="2026-12-16",
         note="Away Friday 11 to Tuesday 15 December inclusive, back Wednesday 16.",
         body="""Grazie per il messaggio.
Sarò fuori ufficio da venerdì 11 a martedì 15 dicembre compreso, con accesso saltuario alla posta. Rientrerò in studio mercoledì 16.
Per questioni urgenti potete contattare lo studio allo 035 462 118.

Michela Zanchi
Studio Tecnico Zanchi"""),

    dict(id="s14it021", date="2026-12-19T10:26", fmt="gmail", stage="reminder", ago=2,
         inv="FT/2026/0766", amt="312,00", due="2026-12-15",
         frm="Marco Rota <marcorota.tw@gmail.com>",
         intent="other",
         note="Wrong recipient: says he is not a customer and asks the firm to check its records.",
         body="""Buongiorno,
credo che abbiate sbagliato indirizzo email. Mi chiamo Marco Rota, abito a Treviglio e non ho mai fatto lavori con la vostra ditta, né ho una caldaia Vaillant. Probabilmente c'è un altro Marco Rota tra i vostri clienti (è un cognome abbastanza comune dalle nostre parti).
Vi prego di verificare e correggere, non vorrei ricevere solleciti per debiti non miei.
Saluti
Marco Rota"""),

    dict(id="s14it022", date="2026-12-29T17:15", fmt="gmail", stage="firm", ago=1,
         inv="FT/2026/0711", amt="1.525,00", due="2026-11-30",
         frm="Officina Meccanica Cortesi <officinacortesi@tiscali.it>",
         intent="other",
         note="Passed to his accountant, who handles supplier payments; no commitment.",
         body="""buonasera ho girato tutto al mio commercialista (studio Arnoldi di Dalmine) che segue lui i pagamenti dei fornitori, vi farà sapere lui. io di queste cose non me ne occupo
Cortesi"""),

    dict(id="s14it023", date="2027-01-04T07:52", fmt="outlook", stage="second_reminder", ago=4,
         inv="FT/2026/0721", amt="158,60", due="2026-11-30",
         frm="mirko.gotti88@hotmail.it",
         intent="paid", paid_on="2026-12-22",
         note="Phone-typed: already paid on 22 December by instant transfer.",
         body="""gia pagato il 22 dicembre con bonifico istantaneo controllate meglio prima di mandare le mail

Ottieni Outlook per Android"""),

    dict(id="s14it024", date="2027-01-05T11:05", fmt="gmail", stage="reminder", ago=1,
         inv="FT/2026/0776", amt="640,50", due="2026-12-31",
         frm="Ristorante Il Gelso <info@ristoranteilgelso.it>",
         intent="promise",
         note="Transfer 'settimana prossima': a week, not a single day.",
         body="""Ciao Laura,
buon anno! Siamo ripartiti oggi dopo la chiusura, ho visto adesso la mail. Settimana prossima vi facciamo il bonifico, ho bisogno che prima rientri la commercialista per firmare la distinta.
Un saluto a tutti
Elena"""),

    dict(id="s14it025", date="2027-01-14T09:50", fmt="tb", stage="second_reminder", ago=3,
         inv="FT/2026/0788", amt="1.403,00", due="2026-12-31",
         frm="Debora Arrigoni <acquisti@minuterieferrari.it>",
         intent="copy_request",
         note="Invoice blocked: needs the purchase-order number or the signed job sheet. The 10th/25th payment runs are not a promise.",
         body="""Buongiorno,
la fattura FT/2026/0788 è bloccata perché nel nostro sistema non possiamo registrarla senza il numero d'ordine (ODA), e nella fattura il campo è vuoto.
Per sbloccarla ci serve il numero del nostro ordine di acquisto (dovrebbe essere un 4500xxxxxx, lo trovate nella mail di conferma che vi ha mandato il nostro ufficio tecnico a novembre) oppure, in alternativa, il rapportino di intervento firmato dal nostro responsabile manutenzione.
Appena ce lo inviate la fattura entra nel primo pagamento utile (i pagamenti fornitori li facciamo il 10 e il 25 di ogni mese).

Saluti
Debora Arrigoni
Ufficio Acquisti
Minuterie Ferrari S.p.A. – Via dell'Artigianato 9 – 24044 Dalmine (BG)"""),

    dict(id="s14it026", date="2027-01-07T10:00", fmt="gmail", stage="reminder", ago=2,
         inv="FT/2026/0773", amt="720,00", due="2026-12-20",
         frm="Luisa Bertocchi <luisa.bertocchi@virgilio.it>",
         intent="paid", paid_on="2026-12-28",
         note="Paid by home banking on Monday 28 December.",
         body="""Buongiorno,
guardate che la fattura l'ho pagata lunedì 28 dicembre con l'home banking, ho qui la ricevuta. Probabilmente non l'avete ancora vista per via delle feste. Se serve vi mando il pdf.
Cordiali saluti
Luisa Bertocchi"""),

    dict(id="s14it027", date="2027-01-19T14:37", fmt="tb", stage="reminder", ago=4,
         inv=[("FT/2026/0791", "366,00", "2026-12-31"), ("FT/2026/0802", "366,00", "2026-12-31")],
         frm="Valentina Rossi <amministrazione@immobiliareorobie.it>",
         intent="dispute",
         note="Duplicate billing: 0802 repeats 0791 and is refused pending a credit note; 0791 said paid on 30/12 (secondary).",
         body="""Buongiorno,
ci arriva il sollecito per le fatture 791 e 802, ma sono lo stesso intervento: manutenzione caldaia dell'appartamento di via Moroni 32 (inquilino sig. Pagnoncelli), stessa data 26 novembre, stesso importo, stessa descrizione. Avete fatturato due volte.
La 791 l'abbiamo pagata con bonifico del 30/12, la 802 non la paghiamo perché è un doppione: per favore annullatela con una nota di credito.

Distinti saluti
Valentina Rossi
Agenzia Immobiliare Orobie
Via Moroni 105, Bergamo – tel. 035 402 776"""),

    dict(id="s14it028", date="2027-01-20T16:45", fmt="outlook", stage="final_notice", ago=5,
         inv="FT/2026/0705", amt="4.758,00", due="2026-11-15",
         frm="Alessandro Lorenzi <amministrazione@tipografialorenzi.it>",
         intent="plan_request",
         note="Formal request for monthly instalments, asks the firm to propose amounts and dates.",
         body="""Spett.le Valsecchi Impianti,

abbiamo ricevuto il Vostro ultimo avviso e Vi ringraziamo per averci indicato la possibilità di una rateizzazione, che con la presente chiediamo formalmente.

Come forse saprete, a ottobre uno dei nostri principali clienti è entrato in concordato lasciandoci insoluti importanti, e stiamo riorganizzando i pagamenti con tutti i fornitori. Non intendiamo in alcun modo sottrarci al debito, ma saldare in un'unica soluzione € 4.758,00 in questo momento ci metterebbe in seria difficoltà.

Vi chiediamo quindi di valutare un piano in più rate mensili, con gli importi e le scadenze che riterrete opportuni. Restiamo in attesa di una Vostra proposta.

Distinti saluti

Alessandro Lorenzi
Amministratore Unico
Tipografia Lorenzi S.r.l.
Via Europa 21 – 24030 Mapello (BG)
Tel. 035 908 114 – P.IVA 02198470168"""),

    dict(id="s14it029", date="2027-01-15T12:30", fmt="html_outlook", stage="firm", ago=3,
         inv="FT/2026/0729", amt="6.344,00", due="2026-12-10",
         frm="Comune di Sorisole - Settore Finanziario <ragioneria@comune.sorisole.bg.it>",
         intent="promise", promise_date="2027-01-31",
         note="Town hall: payment order issued 'entro la fine del corrente mese' = 31 January. Determination and DURC dates are not labels.",
         body="""Spett.le Ditta,

con riferimento al sollecito in oggetto, si comunica che la fattura n. FT/2026/0729 relativa alla manutenzione straordinaria della centrale termica della Scuola Primaria "A. Manzoni" (CIG B2F71A04C9) è stata liquidata con determinazione n. 14 del 12/01/2027.

Il ritardo è dovuto alla chiusura dell'esercizio finanziario 2026 e alla necessità di acquisire il DURC aggiornato, pervenuto solo in data 8 gennaio.

Il relativo mandato di pagamento sarà emesso entro la fine del corrente mese. Si ricorda che, trattandosi di fattura soggetta a scissione dei pagamenti (split payment), verrà corrisposto il solo imponibile, mentre l'IVA sarà versata direttamente dall'Ente all'Erario.

Distinti saluti

Il Responsabile del Settore Finanziario
Rag. Ivana Carrara
Comune di Sorisole
Piazza Papa Giovanni XXIII, 1 – 24010 Sorisole (BG)
Tel. 035 428 7211 – PEC: protocollo@pec.comune.sorisole.bg.it"""),

    dict(id="s14it030", date="2027-01-21T21:10", fmt="gmail", stage="reminder", ago=3,
         inv="FT/2026/0795", amt="231,80", due="2027-01-10",
         frm="Stefano Capelli <stecapelli@gmail.com>",
         intent="paid", paid_on="2027-01-20",
         note="With typos: transfer done 'ieri sera' relative to Thu 21 Jan = 20 Jan.",
         body="""Buonasera ho fato il bonifco ieri sera dalla app della banca , vi mado lo screen cosi vedete. scusate il ritardo ma la fatura era finita nelle spam
saluti Stefano"""),

    dict(id="s14it031", date="2027-01-22T18:05", fmt="html_gmail", stage="second_reminder", ago=4,
         inv=[("FT/2026/0640", "512,40", "2026-11-15"), ("FT/2026/0717", "1.281,00", "2026-11-30"),
              ("FT/2026/0783", "207,40", "2026-12-31")],
         frm="Walter Bonzi <tesoriere@polisportivavalbrembo.it>",
         intent="copy_request",
         note="Sports club treasurer asks for a full statement and invoice copies before paying anything.",
         body="""Buonasera,
sono il tesoriere della Polisportiva. Mi arriva questo secondo sollecito con tre fatture, ma dai nostri conti la 640 (boiler degli spogliatoi) risulta pagata a dicembre insieme ad altre spese del campo, e della 783 non trovo proprio traccia.
Prima di pagare qualsiasi cosa mi mandate per favore un estratto conto completo con tutte le fatture 2026 e i pagamenti che avete ricevuto da noi, con le copie delle fatture? Così lo confronto con i nostri movimenti e sistemiamo tutto in un colpo solo.
Siamo un'associazione di volontari, abbiate pazienza.

Grazie
Walter Bonzi
Tesoriere Polisportiva Valbrembo ASD
cell. 347 812 3390"""),

    dict(id="s14it032", date="2027-01-13T08:35", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0796", amt="549,00", due="2026-12-31",
         frm="Arch. Nicola Sonzogni <nicola@sonzogniarchitetto.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Sunday 17 January; first working day back Monday 18.",
         body="""Ciao, sono in montagna fino a domenica 17 gennaio con accesso molto limitato alla posta.
Rispondo a tutto al rientro. Per urgenze di cantiere chiamate il 333 419 2280.
Nicola"""),

    dict(id="s14it033", date="2027-01-21T12:44", fmt="gmail", stage="reminder", ago=2,
         inv="FT/2027/0009", amt="183,00", due="2027-01-15",
         frm="Franca Mazzoleni <franca.mazzoleni@gmail.com>",
         intent="promise", promise_date="2027-01-25",
         note="Pays 'lunedì 25'; the question about the maintenance contract is secondary.",
         body="""Buongiorno,
pago lunedì 25 quando mi arriva lo stipendio.
Volevo chiedere una cosa: la manutenzione annuale della caldaia è compresa nel contratto che ho firmato l'anno scorso o va pagata a parte? Perché il tecnico mi ha detto una cosa e in ufficio un'altra.
Grazie, Franca Mazzoleni"""),

    dict(id="s14it034", date="2027-01-25T09:20", fmt="html_gmail", stage="reminder", ago=3,
         inv="FT/2026/0812", amt="854,00", due="2027-01-15",
         frm="Paola Gherardi <paola.gherardi@hotelbelvedere-sanpellegrino.it>",
         cc="amministrazione@hotelbelvedere-sanpellegrino.it",
         intent="contact_change", new_email="amministrazione@hotelbelvedere-sanpellegrino.it",
         note="No longer handles the accounts; send reminders to the admin office address.",
         body="""Buongiorno,
da gennaio non mi occupo più della contabilità dell'hotel, sono passata alla reception. Vi chiedo di mandare da ora in avanti i solleciti e le fatture all'ufficio amministrativo, alla c.a. della sig.ra Pesenti: amministrazione@hotelbelvedere-sanpellegrino.it
L'ho messa in copia e le ho già girato la vostra mail.
Grazie e buona settimana
Paola Gherardi
Hotel Belvedere – San Pellegrino Terme"""),

    dict(id="s14it035", date="2027-01-26T11:11", fmt="outlook", stage="heads_up", ago=1,
         inv="FT/2027/0021", amt="1.586,00", due="2027-02-28",
         frm="Amministrazione Pievani <amministrazione@pievanitrasporti.it>",
         intent="bank_details",
         note="Debtor announces its own new bank account for the RiBa; the 1 February date is not a payment label.",
         body="""Buongiorno,
preso nota della scadenza. Vi comunichiamo però che dal 1° febbraio chiudiamo il conto presso BCC Bergamo e Valli e tutte le RiBa vanno appoggiate sul nuovo conto:

Banco BPM – filiale di Ponte San Pietro
IBAN IT 27 W 05034 53170 000000004127

Vi chiediamo di aggiornare l'anagrafica prima di presentare la ricevuta bancaria, altrimenti ci torna insoluta e ci addebitano le spese.

Cordiali saluti
Ufficio Amministrazione
Autotrasporti Pievani S.n.c.
Via Piave 8 – 24036 Ponte San Pietro (BG)
Tel. 035 614 702"""),

    dict(id="s14it036", date="2027-01-26T17:40", fmt="apple", stage="second_reminder", ago=5,
         inv=[("FT/2026/0807", "1.012,60", "2026-12-31"), ("FT/2026/0816", "640,50", "2027-01-10"),
              ("FT/2027/0004", "461,40", "2027-01-15")],
         frm="Giovanni Agazzi <giovanni@agazzifalegnameria.it>",
         intent="paid", paid_on="2027-01-18",
         note="Three invoices paid in one transfer on Monday 18 January.",
         body="""Buonasera,
abbiamo saldato tutte e tre le fatture con un unico bonifico lunedì 18 gennaio, importo totale € 2.114,50, causale "saldo ft 807 - 816 - 4/2027". Forse è per questo che non riuscite ad abbinarlo.
Se vi serve la contabile chiedete pure.

Giovanni Agazzi
Falegnameria Agazzi
Via Tasso 19 – Paladina
Tel. 035 545 330 – Cell. 338 701 4425"""),

    dict(id="s14it037", date="2027-01-25T13:02", fmt="gmail", stage="firm", ago=4,
         inv="FT/2026/0784", amt="1.220,00", due="2026-12-31",
         frm="Bruno Ghilardi <brunoghilardi.edilizia@gmail.com>",
         intent="promise", promise_date="2027-01-28",
         note="Rude; written Monday 25 Jan: 'pago giovedì' = Thursday 28 Jan.",
         body="""ma basta con ste mail!!! ho già detto al vostro tecnico che pago giovedì, pago giovedì. non serve che mi scrivete ogni tre giorni con gli interessi di mora e le minacce
Ghilardi"""),

    dict(id="s14it038", date="2027-01-27T20:15", fmt="apple", stage="reminder", ago=2,
         inv="FT/2027/0015", amt="380,00", due="2027-01-20",
         frm="Ornella Cattaneo <ornella.cattaneo@libero.it>",
         intent="paid", paid_on="2027-01-25",
         note="Cheque handed to the technician on Monday (25 Jan) afternoon.",
         body="""Buonasera,
l'assegno da 380 euro l'ho dato lunedì pomeriggio al vostro tecnico Davide quando è venuto a fare la revisione, me l'ha anche firmato su un foglietto. Non so se ve l'ha già portato in ufficio.
Saluti
Ornella Cattaneo

Inviato da iPad"""),

    dict(id="s14it039", date="2027-01-08T09:15", fmt="apple", stage="heads_up", ago=3,
         inv="FT/2026/0809", amt="298,90", due="2027-01-31",
         frm="Fabrizio Crippa <fabrizio.crippa@fastwebnet.it>",
         intent="dispute",
         note="Says the repair was under warranty and asks to cancel the invoice; will not pay until explained.",
         body="""Buongiorno,
non capisco questa fattura. La caldaia me l'avete installata voi a marzo 2025 e la garanzia è di due anni: il pezzo che il vostro tecnico ha sostituito a dicembre (la valvola a tre vie) deve essere in garanzia, come mi aveva confermato lui stesso al telefono.
Vi chiedo di verificare e di stornare la fattura. Non la pagherò finché non mi spiegate perché dovrei pagare un intervento in garanzia.

Cordiali saluti
Fabrizio Crippa"""),

    dict(id="s14it040", date="2027-01-28T10:05", fmt="html_outlook", stage="final_notice", ago=6,
         inv="FT/2026/0698", amt="2.989,00", due="2026-11-15",
         frm="Dott. Paolo Rinaldi <segreteria@studiorinaldi-commercialisti.it>",
         intent="other",
         note="Liquidator: company in voluntary liquidation, payments suspended; asks for a claim statement. Not a promise or dispute.",
         body="""Spett.le Valsecchi Impianti S.r.l.,

scrivo in qualità di liquidatore della società Serramenti Valle Imagna S.r.l. in liquidazione, alla quale è indirizzato il Vostro sollecito.

Vi informo che la società è stata posta in liquidazione volontaria con delibera assembleare del 10 dicembre 2026, iscritta al Registro delle Imprese di Bergamo. Tutti i pagamenti ai creditori sono sospesi e verranno effettuati nell'ambito della procedura di liquidazione, secondo l'ordine previsto dalla legge e nei limiti dell'attivo disponibile.

Vi invito pertanto a non inviare ulteriori solleciti all'indirizzo della società e a trasmettere a questo studio, preferibilmente via PEC, una dichiarazione del Vostro credito con copia delle fatture insolute, affinché possa essere inserito nell'elenco dei creditori.

Distinti saluti

Dott. Paolo Rinaldi
Dottore Commercialista – Revisore Legale
Liquidatore di Serramenti Valle Imagna S.r.l. in liquidazione
Via XX Settembre 62 – 24122 Bergamo
Tel. 035 219 406 – PEC: paolo.rinaldi@pec.commercialistibg.it

Ai sensi del Reg. UE 2016/679 le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al destinatario indicato. Qualora l'abbiate ricevuta per errore, Vi preghiamo di cancellarla e di darne notizia al mittente."""),
]
