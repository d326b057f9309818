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
