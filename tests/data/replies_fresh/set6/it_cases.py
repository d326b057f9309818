"""Italian debtor replies to Termoidraulica Gasparini S.r.l. (set 6), written one by one."""

CASES = [
    dict(id="s6it001", country="IT", date="2026-11-10T12:14", fmt="gmail", ago=1,
         inv="FT/2026/0398", amt="684,50", due="2026-10-31",
         frm="Trattoria da Nello <trattoriadanello@gmail.com>",
         intent="promise", promise_date="2026-11-13",
         note="'entro venerdì' written on Tuesday 10 November: Friday 13 November",
         body="""Buongiorno,
scusate, ci è sfuggita. Provvediamo entro venerdì con bonifico.

Cordiali saluti
Lorena Baldi
Trattoria da Nello – Casalecchio di Reno"""),

    dict(id="s6it002", country="IT", date="2026-11-11T09:47", fmt="html_outlook", ago=3,
         inv="FT/2026/0371", amt="2.318,40", due="2026-10-31",
         frm="Ufficio Amministrazione - Meccanica Rinaldi S.r.l. <amministrazione@meccanicarinaldi.it>",
         intent="paid", paid_on="2026-11-06",
         note="bonifico disposto in data 06/11/2026, stated explicitly",
         body="""Buongiorno,

in riferimento al Vostro sollecito, Vi comunichiamo che la fattura FT/2026/0371 è stata regolarmente saldata con bonifico bancario disposto in data 06/11/2026 (CRO 0306985412770111), importo € 2.318,40, sul c/c intestato a Termoidraulica Gasparini S.r.l.

Probabilmente il pagamento si è incrociato con la Vostra comunicazione. In allegato trovate la contabile.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti

Sabrina Tosi
Ufficio Amministrazione
Meccanica Rinaldi S.r.l.
Via dell'Industria 12 – 40012 Calderara di Reno (BO)
Tel. 051 726 4410

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), se avete ricevuto questo messaggio per errore siete pregati di cancellarlo e di darcene comunicazione."""),

    dict(id="s6it003", country="IT", date="2026-11-12T21:38", fmt="gmail", ago=4,
         inv="FT/2026/0402", amt="356,00", due="2026-10-30",
         frm="Davide Pellacani <davide.pellacani.impianti@libero.it>",
         intent="promise",
         note="commits to pay 'la prossima settimana' with no day: vague, no promise_date",
         body="""ciao scusa il ritardo sono stato pieno di lavori fuori zona, ti faccio il bonifico la prossima settimana senza fallo
davide

Inviato dal mio smartphone Samsung Galaxy."""),

    dict(id="s6it004", country="IT", date="2026-11-16T08:31", fmt="ooo", ago=0,
         inv="FT/2026/0385", amt="1.098,00", due="2026-10-31",
         frm="Studio Dott. Paolo Guidetti <p.guidetti@studioguidetti.it>",
         intent="out_of_office", return_date="2026-11-23",
         note="absent 16-20 November, 'rientrerò lunedì 23 novembre'",
         body="""Gentile mittente,

sarò assente dallo studio da lunedì 16 a venerdì 20 novembre compresi, con accesso saltuario alla posta elettronica. Rientrerò lunedì 23 novembre.

Per questioni urgenti può rivolgersi alla segreteria (segreteria@studioguidetti.it – 051 239 880).

Cordiali saluti
Dott. Paolo Guidetti
Dottore Commercialista – Revisore Legale"""),

    dict(id="s6it005", country="IT", date="2026-11-16T11:05", fmt="html_outlook", ago=3, stage="second_reminder",
         inv="FT/2026/0344", amt="3.872,00", due="2026-10-15",
         frm="Studio Amministrazioni Condominiali Cavazza <info@cavazzaamministrazioni.it>",
         intent="dispute",
         note="condominium administrator withholds payment: the burner replacement does not work (boiler keeps locking out); pays only after a successful test",
         body="""Spett.le Termoidraulica Gasparini,

con riferimento al Vostro secondo sollecito relativo alla fattura n. FT/2026/0344 (Condominio Via Saragozza 118 – sostituzione bruciatore della centrale termica), Vi comunico che il pagamento resta sospeso.

Come già segnalato telefonicamente al Vs. tecnico sig. Monari il 2 novembre e di nuovo il 9, dopo l'intervento la caldaia è andata in blocco tre volte e diversi condòmini sono rimasti senza riscaldamento. Il lavoro non può considerarsi eseguito a regola d'arte e il consiglio di condominio non autorizzerà il pagamento finché l'impianto non funzionerà correttamente.

Vi chiedo di intervenire con urgenza e di inviarmi il rapporto di intervento. Solo dopo il collaudo potremo procedere con il saldo.

Distinti saluti

Geom. Alberto Cavazza
Amministratore di condominio
Via Castiglione 22 – 40124 Bologna
tel. 051 331 207 – cell. 347 8812 096"""),

    dict(id="s6it006", country="IT", date="2026-11-18T15:22", fmt="outlook", ago=1, stage="firm",
         inv=[("FT/2026/0301", "1.460,00", "2026-09-30"), ("FT/2026/0336", "812,30", "2026-10-15")],
         frm="Carla Manfredini <c.manfredini@edilmanfredini.it>",
         intent="promise", promise_date="2026-12-15",
         note="'entro il 15 p.v.' (prossimo venturo = next month) written 18 November: 15 December; the request to waive late interest is secondary",
         body="""Buongiorno,

prendiamo atto del Vostro sollecito. Purtroppo a causa di ritardi negli incassi da parte di un nostro committente non siamo riusciti a rispettare le scadenze.

Vi confermiamo che provvederemo al saldo di entrambe le fatture (0301 e 0336) entro il 15 p.v. con un unico bonifico.

Vi chiediamo cortesemente di non applicare gli interessi di mora, considerata la collaborazione di lunga data.

Distinti saluti

Carla Manfredini
Edil Manfredini S.r.l. – Amministrazione
Via Emilia 301 – 40064 Ozzano dell'Emilia (BO)"""),

    dict(id="s6it007", country="IT", date="2026-11-17T08:05", fmt="gmail", ago=1,
         inv="FT/2026/0410", amt="245,00", due="2026-11-05",
         frm="Giulia Serra <giuliaserra82@gmail.com>",
         intent="paid", paid_on="2026-11-16",
         note="'il bonifico l'ho disposto ieri sera' written Tuesday 17 November: 16 November",
         body="""Buongiorno, il bonifico l'ho disposto ieri sera dall'home banking, dovrebbe arrivarvi in un paio di giorni. Le giro la contabile appena la banca me la rende disponibile.
Saluti
Giulia Serra"""),

    dict(id="s6it008", country="IT", date="2026-12-03T18:50", fmt="gmail", ago=2, stage="second_reminder",
         inv="FT/2026/0429", amt="1.120,00", due="2026-11-15",
         frm="Pizzeria Il Vesuvio <ilvesuvio.pizzeria@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="'ve la saldo a fine mese' written 3 December: end of December, 31 December",
         body="""Salve,
sono Gennaro della pizzeria. Lo so che siamo in ritardo, novembre è stato un mese morto e abbiamo dovuto pagare prima i fornitori della merce. La fattura della cappa ve la saldo a fine mese, quando entrano gli incassi delle feste. Non vi preoccupate che non scappiamo :)

Gennaro Esposito
Pizzeria Il Vesuvio – Via Massarenti 87, Bologna"""),

    dict(id="s6it009", country="IT", date="2026-11-24T13:12", fmt="apple", ago=1,
         inv="FT/2026/0418", amt="590,00", due="2026-11-10",
         frm="Stefano Lodi <stefano@lodifalegnameria.it>",
         intent="promise", promise_date="2026-11-26",
         note="'dopodomani' written Tuesday 24 November: Thursday 26 November",
         body="""Buongiorno, sono fuori per un cantiere, rientro domani sera in ufficio. Dopodomani faccio fare il bonifico alla mia collaboratrice.
Saluti
Stefano Lodi

Inviato da iPhone"""),

    dict(id="s6it010", country="IT", date="2026-12-18T20:14", fmt="gmail", ago=3,
         inv="FT/2026/0455", amt="2.950,00", due="2026-12-05",
         frm="Roberto Fabbri <roby.fabbri@alice.it>",
         intent="promise",
         note="a consumer commits to pay everything 'dopo l'Epifania': vague (some day after 6 January), no promise_date",
         body="""Buonasera,
ho ricevuto il vostro sollecito. Sono sincero: con le spese di dicembre in questo momento i 2.950 euro non li ho sul conto. Vi pago tutto dopo l'Epifania, appena mi arriva lo stipendio di gennaio.

La caldaia va benissimo, ringraziate ancora il tecnico.

Roberto Fabbri"""),

    dict(id="s6it011", country="IT", date="2026-12-01T10:40", fmt="tb", ago=4, stage="second_reminder",
         inv="FT/2026/0392", amt="732,00", due="2026-10-31",
         frm="Arch. Elena Marchi <studio@elenamarchiarchitetto.it>",
         intent="promise", promise_date="2026-12-10",
         note="'il pagamento verrà effettuato il 10/12' written 1 December: 10 December 2026",
         body="""Buongiorno,

mi scuso per il ritardo: la fattura era finita nella cartella del cliente per cui avevo chiesto l'intervento (Via Frassinago) e non l'avevo registrata.
Il pagamento verrà effettuato il 10/12 insieme agli altri fornitori.

Cordiali saluti

--
Arch. Elena Marchi
Via del Pratello 41 – 40122 Bologna
P.IVA 03327190372"""),

    dict(id="s6it012", country="IT", date="2026-11-25T16:02", fmt="html_gmail", ago=2,
         inv="FT/2026/0423", amt="478,20", due="2026-11-12",
         frm="Gelateria Ponte Vecchio <info@gelateriapontevecchio.it>",
         intent="promise",
         note="'il pagamento sarà fatto a metà dicembre': vague, no promise_date; a human reply, not an auto-reply, despite the winter closure",
         body="""Buongiorno,

abbiamo preso nota. In questo periodo siamo chiusi per il riposo invernale e la titolare rientra a inizio dicembre: il pagamento sarà fatto a metà dicembre.

Grazie per la pazienza,
Marta – Gelateria Ponte Vecchio"""),

    dict(id="s6it013", country="IT", date="2026-11-23T09:18", fmt="outlook", ago=3, stage="heads_up",
         inv="FT/2026/0433", amt="1.836,00", due="2026-11-27",
         frm="Amministrazione Ceramiche Belvedere S.r.l. <contabilita@ceramichebelvedere.it>",
         intent="promise", promise_date="2026-11-30",
         note="'verrà pagata con la RiBa del 30' written 23 November: 30 November (not the due date of 27 November)",
         body="""Buongiorno,

la fattura in oggetto è stata inserita nel nostro scadenzario e verrà pagata con la RiBa del 30.
Vi preghiamo per il futuro di emettere direttamente la ricevuta bancaria, come da condizioni concordate in fase d'ordine, così evitiamo questi passaggi.

Cordiali saluti
Ufficio Contabilità Fornitori
Ceramiche Belvedere S.r.l. – Sassuolo (MO)"""),

    dict(id="s6it014", country="IT", date="2026-11-19T10:26", fmt="html_outlook", ago=2,
         inv="FT/2026/0407", amt="927,20", due="2026-11-04",
         frm="Francesca Neri <f.neri@logisticaemiliana.it>",
         intent="copy_request",
         note="the e-invoice never arrived through SDI; asks for a PDF copy, will pay once received (no date)",
         body="""Buongiorno,

la fattura FT/2026/0407 non ci risulta pervenuta tramite SDI: nel cassetto fiscale non la troviamo e nemmeno nel nostro portale di ricezione (codice destinatario M5UXCR1).
Potete verificare l'esito della trasmissione e inviarci nel frattempo una copia di cortesia in PDF? Appena la riceviamo la mettiamo in pagamento.

Grazie, buona giornata

Francesca Neri
Contabilità Fornitori
Logistica Emiliana S.r.l."""),

    dict(id="s6it015", country="IT", date="2026-11-20T08:34", fmt="bounce",
         inv="FT/2026/0388", amt="310,00", due="2026-10-30",
         rcpt="amministrazione@bottegadelpane-bo.it", status="5.1.1",
         diag="550 5.1.1 <amministrazione@bottegadelpane-bo.it>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.bottegadelpane-bo.it", mta="smtpout.aruba.it", subj="Notifica di mancato recapito",
         intent="bounce",
         body="""Questo è il sistema di consegna della posta di smtpout.aruba.it.

Non è stato possibile consegnare il messaggio ai seguenti destinatari. L'errore è permanente e non verranno effettuati altri tentativi.

<amministrazione@bottegadelpane-bo.it>: host mx.bottegadelpane-bo.it said:
    550 5.1.1 <amministrazione@bottegadelpane-bo.it>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),
]

CASES += [
    dict(id="s6it016", country="IT", date="2026-11-26T11:40", fmt="gmail", ago=3, fwd=True,
         inv="FT/2026/0415", amt="1.254,00", due="2026-11-08",
         frm="Segreteria Ristorante Al Cantinone <segreteria@alcantinone.it>",
         intent="paid", paid_on="2026-11-12",
         note="the secretary forwards the bookkeeper's answer: paid by SEPA transfer on 12 November",
         body="""Buongiorno,

vi inoltro qui sotto la risposta del nostro amministrativo, così avete gli estremi.

Cordiali saluti
Chiara
Segreteria – Ristorante Al Cantinone

---------- Messaggio inoltrato ---------
Da: Luca Zanni <l.zanni@alcantinone.it>
Data: mer 25 nov 2026 alle ore 17:02
Oggetto: Re: sollecito Gasparini
A: Segreteria <segreteria@alcantinone.it>

Chiara, la fattura Gasparini 0415 l'ho pagata il 12 novembre con bonifico SEPA, importo 1.254,00, causale FT/2026/0415. Giraglielo tu e digli di ricontrollare gli incassi.
Luca"""),

    dict(id="s6it017", country="IT", date="2026-12-02T12:30", fmt="gmail", ago=2, stage="firm",
         inv=[("FT/2026/0352", "640,00", "2026-10-15"), ("FT/2026/0379", "1.215,00", "2026-10-31")],
         frm="Bar Sport Pianoro <barsportpianoro@gmail.com>",
         intent="plan_request",
         note="asks whether the two invoices can be paid in 4 monthly instalments from January; no commitment yet",
         body="""Buongiorno,

ho letto che c'è la possibilità di rateizzare. Vi spiego: con i lavori in strada davanti al locale abbiamo perso quasi metà dei clienti per due mesi e adesso siamo in difficoltà con tutto. Le due fatture le voglio pagare, ma tutte insieme non ce la faccio.

Si potrebbe fare in 4 rate mensili a partire da gennaio? Ditemi voi come preferite, anche con addebito SDD.

Grazie
Massimo Trebbi
Bar Sport – Pianoro"""),

    dict(id="s6it018", country="IT", date="2026-11-27T09:55", fmt="outlook", ago=1,
         inv="FT/2026/0421", amt="2.044,00", due="2026-11-12",
         frm="Ing. Marco Villa <m.villa@villaprogettazioni.it>",
         cc="Amministrazione Villa Progettazioni <amministrazione@villaprogettazioni.it>",
         intent="contact_change", new_email="amministrazione@villaprogettazioni.it",
         note="technical office mailbox; asks that invoices and reminders go to the administration address (copied)",
         body="""Buongiorno,

questa casella è quella dell'ufficio tecnico, io non mi occupo dei pagamenti e rischio di perdere i vostri messaggi. Per fatture e solleciti vi prego di scrivere d'ora in avanti a amministrazione@villaprogettazioni.it (att.ne sig.ra Gamberini), che ho messo in copia.

Grazie
Marco Villa
Villa Progettazioni S.r.l."""),

    dict(id="s6it019", country="IT", date="2026-11-30T08:32", fmt="ooo", ago=0,
         inv="FT/2026/0440", amt="395,00", due="2026-11-20",
         frm="Irene Bassi <irene.bassi.fisioterapia@gmail.com>",
         subj="Studio chiuso per ferie",
         intent="out_of_office", return_date="2026-12-07",
         note="closed 'fino a venerdì 4 dicembre compreso': first day back is Monday 7 December",
         body="""Grazie per il messaggio. Lo studio è chiuso per ferie fino a venerdì 4 dicembre compreso; risponderò alle email al mio rientro.
Per appuntamenti urgenti: 333 415 9082 (solo SMS).

Irene Bassi – Fisioterapia e Riabilitazione"""),

    dict(id="s6it020", country="IT", date="2026-12-04T10:10", fmt="html_gmail", ago=2,
         inv="FT/2026/0437", amt="2.854,80", due="2026-11-25",
         frm="Dott.ssa Valeria Conti <segreteria@studiodentisticoconti.it>",
         intent="dispute",
         note="invoice amount above the accepted quote (1.950 + IVA vs 2.340 + IVA); considers it contested",
         body="""Buongiorno,

ho ricevuto il sollecito ma prima di pagare devo segnalarvi che l'importo non corrisponde al preventivo. Il preventivo n. 118 del 14 settembre per il nuovo impianto di climatizzazione dello studio era di € 1.950,00 + IVA (€ 2.379,00), mentre in fattura ci sono € 2.340,00 + IVA. Nessuno mi ha parlato di lavori extra.

Vi chiedo di rivedere la fattura o di mandarmi il dettaglio delle voci aggiuntive. Fino ad allora la considero contestata.

Cordiali saluti
Valeria Conti"""),

    dict(id="s6it021", country="IT", date="2026-11-10T19:48", fmt="gmail", ago=1,
         inv="FT/2026/0380", amt="180,00", due="2026-10-31",
         frm="Anna Rota <annarota1956@virgilio.it>",
         intent="paid", paid_on="2026-10-27",
         note="paid the technician by debit card on site, 'martedi 27 ottobre'",
         body="""buonasera io ho gia pagato al vostro tecnico quando e venuto a sistemare lo scaldabagno, martedi 27 ottobre, gli ho dato 180 euro col bancomat e mi ha dato anche lo scontrino della macchinetta. non capisco perche mi scrivete. ce lho ancora se serve

Anna Rota"""),

    dict(id="s6it022", country="IT", date="2026-12-07T09:12", fmt="html_outlook", ago=3,
         inv="FT/2026/0446", amt="4.270,00", due="2026-11-30",
         frm="Rag. Donatella Poggi <amministrazioni@studiopoggi.bo.it>",
         intent="bank_details",
         note="received an IBAN-change mail from a look-alike domain; asks to confirm the correct IBAN before paying",
         body="""Buongiorno,

a seguito del Vostro sollecito per il Condominio "Le Magnolie" di Via Marco Polo 56, Vi segnalo che la scorsa settimana ho ricevuto da un indirizzo simile al Vostro (contabilita@gasparini-impiant.it, senza la "i" finale) una comunicazione di variazione IBAN verso un conto presso una banca lituana.

Prima di disporre il pagamento di € 4.270,00 ho bisogno che mi confermiate per iscritto e per telefono quale sia il Vostro IBAN corretto. Nel dubbio non ho ancora pagato.

Cordiali saluti
Rag. Donatella Poggi
Studio Poggi Amministrazioni Condominiali
Via Ugo Bassi 9 – 40121 Bologna – tel. 051 226 4417"""),

    dict(id="s6it023", country="IT", date="2026-12-08T22:40", fmt="gmail", ago=4, noquote=True, stage="second_reminder",
         inv="FT/2026/0360", amt="96,00", due="2026-10-20",
         frm="Giorgio Fantoni <giorgio.fantoni@tiscali.it>",
         intent="unsubscribe",
         note="curt request to remove the address from the automatic e-mails",
         body="""Basta con queste mail automatiche, ne ricevo una ogni due giorni. Cancellate il mio indirizzo dalla vostra lista, non voglio piu ricevere niente per email.
G. Fantoni"""),

    dict(id="s6it024", country="IT", date="2026-12-09T17:25", fmt="apple", ago=2, stage="final_notice",
         inv="FT/2026/0331", amt="3.416,00", due="2026-10-10",
         frm="Paolo Ghedini <paolo@ghedinicostruzioni.it>",
         intent="promise", promise_date="2026-12-14",
         note="'entro e non oltre lunedì prossimo' written Wednesday 9 December: Monday 14 December (quoted deadline is 17 December)",
         body="""Egregi signori,

ho ricevuto l'ultimo avviso. Non c'è bisogno di arrivare al recupero crediti: il ritardo è dovuto a un pignoramento presso terzi che ci ha bloccato il conto per alcune settimane, ora risolto.

Il bonifico di € 3.416,00 partirà entro e non oltre lunedì prossimo. Vi prego di sospendere ogni azione.

Distinti saluti
Paolo Ghedini
Ghedini Costruzioni S.r.l."""),

    dict(id="s6it025", country="IT", date="2026-11-13T14:20", fmt="gmail", ago=1,
         inv="FT/2026/0395", amt="702,00", due="2026-10-31",
         frm="Carrozzeria Nuova Lame <carrozzerianuovalame@gmail.com>",
         intent="other",
         note="acknowledgement: passed to his wife who handles payments and will call back; no promise, no new address",
         body="""Ricevuto. Io sono in officina, della parte soldi se ne occupa mia moglie Rita: le ho girato la vostra mail e vi richiama lei.

Saluti, Mauro"""),

    dict(id="s6it026", country="IT", date="2026-12-10T08:45", fmt="ooo", ago=0,
         inv="FT/2026/0449", amt="1.562,00", due="2026-11-30",
         frm="Federica Landi <federica.landi@gruppoaltea.it>",
         intent="out_of_office", return_date="2026-12-15",
         note="'Rientro previsto: martedì 15 dicembre'",
         body="""Buongiorno,
sono fuori ufficio con accesso limitato alla posta elettronica. Rientro previsto: martedì 15 dicembre.
Per questioni amministrative urgenti scrivere a contabilita@gruppoaltea.it.

Hello, I am currently out of the office with limited access to email. I will be back on Tuesday, 15 December.

Federica Landi
Gruppo Altea S.r.l. – Amministrazione e Finanza"""),

    dict(id="s6it027", country="IT", date="2026-12-07T11:30", fmt="outlook", ago=3,
         inv=[("FT/2026/0428", "1.740,00", "2026-11-20"), ("FT/2026/0441", "1.380,00", "2026-11-25")],
         frm="Ufficio contabilità - Autofficina F.lli Righi snc <contabilita@righiautofficina.it>",
         intent="paid", paid_on="2026-12-03",
         note="both invoices paid in one transfer 'il giorno 3 c.m.' (current month, December): 3 December",
         body="""Buongiorno,
le due fatture in oggetto sono state pagate con un unico bonifico di € 3.120,00 il giorno 3 c.m. Nella causale abbiamo indicato solo il numero 0428, probabilmente per questo non avete abbinato anche la 0441.
Vi preghiamo di verificare e aggiornare la posizione.

Saluti
Monica Righi"""),

    dict(id="s6it028", country="IT", date="2026-12-11T16:05", fmt="gmail", ago=3, stage="second_reminder",
         inv="FT/2026/0426", amt="1.480,00", due="2026-11-18",
         frm="Simone Cattani <simone@cattaniserramenti.it>",
         intent="promise", promise_date="2026-12-18",
         note="500 paid today as a deposit; the rest (980) promised 'venerdì prossimo', written Friday 11 December: Friday 18 December; the open balance drives the action",
         body="""Ciao Marco,
scusa per il ritardo, è un periodo pesante. Oggi ti ho fatto un bonifico di 500 € come acconto sulla 0426, il resto (980) te lo mando venerdì prossimo, così chiudiamo prima di Natale.

Simone
Cattani Serramenti"""),

    dict(id="s6it029", country="IT", date="2026-11-20T12:02", fmt="html_outlook", ago=4,
         inv="FT/2026/0366", amt="1.024,80", due="2026-10-25",
         frm="Amministrazione Hotel Touring <amministrazione@hoteltouringbo.it>",
         intent="dispute",
         note="says the invoice was fully cancelled by a credit note, nothing owed; the request to stop reminders follows from that",
         body="""Buongiorno,

la fattura FT/2026/0366 di € 1.024,80 è stata da Voi stornata integralmente con la nota di credito n. NC/2026/0014 del 30/10/2026, emessa dopo che avevate riconosciuto che l'intervento sull'addolcitore era in garanzia. Non abbiamo quindi nulla da pagare.

Vi preghiamo di chiudere la posizione e di non inviare ulteriori solleciti.

Cordiali saluti
Daniela Morandi
Ufficio Amministrazione – Hotel Touring"""),

    dict(id="s6it030", country="IT", date="2026-12-03T19:21", fmt="gmail", ago=3, stage="second_reminder",
         inv="FT/2026/0417", amt="830,00", due="2026-11-10",
         frm="Fabio Gardini <fabiogardini.idraulico@gmail.com>",
         intent="promise", promise_date="2026-12-04",
         note="'domani mattina ti faccio il bonifico' written Thursday 3 December: 4 December",
         body="""Ciao, scusa ho avuto un casino con l home banking, mi si era bloccato il token e la banca ci ha messo una settimana. domani mattina ti faccio il bonifico promesso
ciao Fabio"""),
]

CASES += [
    dict(id="s6it031", country="IT", date="2026-12-10T09:50", fmt="html_gmail", ago=1,
         inv="FT/2026/0443", amt="612,00", due="2026-11-28",
         frm="Lucia Benassi <lucia.benassi@studiolegalebenassi.it>",
         intent="paid", paid_on="2026-12-10",
         note="'il bonifico fatto stamattina', written 10 December",
         body="""Buongiorno,
le giro in allegato la contabile del bonifico fatto stamattina per la fattura 0443 (manutenzione climatizzatori dello studio).
Cordiali saluti

Avv. Lucia Benassi
Studio Legale Benassi
Strada Maggiore 44 – Bologna"""),

    dict(id="s6it032", country="IT", date="2026-11-30T23:10", fmt="gmail", ago=3, stage="firm",
         inv="FT/2026/0397", amt="1.896,00", due="2026-10-31",
         frm="Osteria del Borgo <osteriadelborgo.sanlazzaro@gmail.com>",
         intent="dispute",
         note="angry refusal: the cold room still does not work after two visits; will not pay and threatens a damages claim",
         body="""Ma state scherzando??? Mi mandate il terzo sollecito con gli interessi di mora per una cella frigo che NON FUNZIONA. Il vostro tecnico è venuto due volte, ha ricaricato il gas e dopo una settimana siamo di nuovo a 9 gradi. Ho dovuto buttare merce per 600 euro.

Finché la cella non va io non pago niente, anzi vi chiederò i danni. Mandate qualcuno che ci capisca qualcosa.

Franco Lelli
Osteria del Borgo"""),

    dict(id="s6it033", country="IT", date="2026-12-14T20:30", fmt="apple", ago=3,
         inv="FT/2026/0451", amt="1.268,00", due="2026-12-01",
         frm="Martina Gallo <martina.gallo90@icloud.com>",
         intent="plan_request",
         note="a consumer asks whether she may pay in two halves (now and January); asks permission, commits to nothing",
         body="""Salve, sono la signora Gallo di via Andrea Costa, quella dello scaldabagno a pompa di calore. Volevo chiedervi se è possibile pagare in due volte, metà adesso e metà a gennaio, perché a dicembre tra regali e bollette sono un po' in difficoltà. Mi dite voi se si può fare?
Grazie mille
Martina Gallo

Inviato da iPhone"""),

    dict(id="s6it034", country="IT", date="2026-12-21T09:03", fmt="ooo", ago=0,
         inv="FT/2026/0458", amt="488,00", due="2026-12-15",
         frm="Studio Tecnico Ass. Mazzoni & Pirani <info@studiomazzonipirani.it>",
         subj_prefix="Chiusura per festività - Re: ",
         intent="out_of_office", return_date="2027-01-07",
         note="closed 21 December - 6 January, 'riprenderanno regolarmente giovedì 7 gennaio 2027'",
         body="""Gentile cliente,
lo Studio resterà chiuso per le festività natalizie da lunedì 21 dicembre a mercoledì 6 gennaio.
Le attività riprenderanno regolarmente giovedì 7 gennaio 2027.
Le e-mail ricevute in questo periodo saranno lette al rientro.

Buone Feste!
Studio Tecnico Associato Mazzoni & Pirani"""),

    dict(id="s6it035", country="IT", date="2026-12-15T12:48", fmt="outlook", ago=3, stage="second_reminder",
         inv="FT/2026/0431", amt="1.037,00", due="2026-11-25",
         frm="Walter Monti <walter.monti@fastwebnet.it>",
         intent="promise", promise_date="2026-12-21",
         note="'Lunedì 21 vi faccio il bonifico' written Tuesday 15 December: Monday 21 December",
         body="""Buongiorno,
sono il consigliere che tiene i conti del condominio di Via Libia 14 (siamo un piccolo condominio senza amministratore). Ho raccolto le quote da quasi tutti, mancano due famiglie che versano questa settimana. Lunedì 21 vi faccio il bonifico dell'intero importo dal conto condominiale.

Cordiali saluti
Walter Monti"""),

    dict(id="s6it036", country="IT", date="2026-11-09T10:20", fmt="outlook", ago=3,
         inv="FT/2026/0362", amt="2.196,00", due="2026-10-20",
         frm="Studio Neri Amministrazioni <posta@neriamministrazioni.it>",
         intent="contact_change", new_email="studioferri.amministrazioni@gmail.com",
         note="former condominium administrator: a new administrator took over on 1 November; reminders to go to the new address",
         body="""Buongiorno,

Vi informiamo che dal 1° novembre 2026 lo Studio Neri non è più amministratore del Condominio di Via Mazzini 140, a seguito di delibera assembleare del 15 ottobre. Il nuovo amministratore è lo Studio Ferri Amministrazioni (dott. Andrea Ferri), al quale abbiamo già consegnato la documentazione contabile, compresa la Vostra fattura.

Vi preghiamo di indirizzare solleciti e comunicazioni a: studioferri.amministrazioni@gmail.com

Cordiali saluti
Studio Neri Amministrazioni"""),

    dict(id="s6it037", country="IT", date="2026-11-24T08:58", fmt="html_outlook", ago=4, stage="second_reminder",
         inv="FT/2026/0390", amt="1.350,00", due="2026-10-31",
         frm="Giancarlo Borghi <g.borghi@borghitrasporti.it>",
         intent="paid",
         note="curt 'pagata da un pezzo': paid, no day given",
         body="""Pagata da un pezzo. Controllate meglio i vostri estratti conto prima di mandare solleciti.

G. Borghi
Borghi Trasporti S.r.l."""),

    dict(id="s6it038", country="IT", date="2026-12-16T11:15", fmt="tb", ago=2, off="+0000",
         inv="FT/2026/0447", amt="5.246,00", due="2026-11-30",
         frm="Rag. Ivano Sarti <ivano.sarti@sartiedilizia.it>",
         intent="dispute",
         note="contests the VAT treatment (should be reverse charge for subcontracted building work); will not pay until re-issued",
         body="""Buongiorno,

la fattura FT/2026/0447 è stata emessa con IVA al 22% (imponibile € 4.300,00, IVA € 946,00), ma il rifacimento dell'impianto idrico nel cantiere di Via Turati è stato eseguito in subappalto per la nostra impresa edile e rientra nel regime di inversione contabile (art. 17, c. 6, lett. a) del DPR 633/72).

Non possiamo registrarla né pagarla così. Vi chiediamo di emettere nota di credito e di riemettere la fattura in reverse charge per il solo imponibile.

Grazie
Ivano Sarti
Ufficio Amministrativo – Sarti Edilizia S.r.l."""),

    dict(id="s6it039", country="IT", date="2026-11-30T14:40", fmt="html_outlook", ago=3,
         inv="FT/2026/0419", amt="744,00", due="2026-11-15",
         frm="Contabilità Fornitori – Panificio Malaguti S.r.l. <fornitori@panificiomalaguti.it>",
         intent="promise", promise_date="2026-12-02",
         note="put in 'la distinta di bonifici di mercoledì', written Monday 30 November: sent Wednesday 2 December (value date Thursday is the beneficiary's side)",
         body="""Buongiorno,

scusate il disguido, la fattura era rimasta sospesa in attesa del visto del responsabile di produzione, arrivato solo oggi.
La inseriamo nella distinta di bonifici di mercoledì: la valuta al beneficiario dovrebbe essere giovedì.

Cordiali saluti
Elisa Cuoghi
Contabilità Fornitori"""),

    dict(id="s6it040", country="IT", date="2026-11-18T13:33", fmt="gmail", ago=2,
         inv="FT/2026/0411", amt="428,00", due="2026-11-06",
         frm="Paola Righetti <paola@righettiparrucchieri.it>",
         intent="paid", paid_on="2026-11-13",
         note="'il bonifico l'abbiamo fatto venerdì scorso' written Wednesday 18 November: Friday 13 November; the question whether it arrived is secondary",
         body="""Buongiorno,
guardi che il bonifico l'abbiamo fatto venerdì scorso, dal conto Bper. Forse non vi è ancora arrivato? Mi fa sapere se lo vede, altrimenti chiedo in banca.
Grazie
Paola – Righetti Parrucchieri"""),
]
