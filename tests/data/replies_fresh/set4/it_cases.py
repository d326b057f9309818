"""Italian debtor replies to reminder letters of Tipografia Ferraris S.r.l. (Torino). Handwritten, set 4."""

CASES = [
    # ---------------------------------------------------------------- promise
    dict(id="s4it001", date="2026-11-09T09:50", fmt="outlook", frm="Amministrazione Caffè Reale <amministrazione@caffereale.to.it>",
         inv="FE26-0512", amt="1.480,00", due="2026-10-26", stage="reminder",
         intent="promise", promise_date="2026-11-30", note="'entro fine mese' in November → 30 Nov",
         body="""Buongiorno,

scusate il ritardo, provvederemo al saldo entro fine mese.

Cordiali saluti
Giulia Bertolino
Amministrazione - Caffè Reale S.n.c."""),
    dict(id="s4it002", date="2026-11-10T21:15", fmt="apple", frm="Davide Rinaldi <davide.rinaldi@icloud.com>",
         inv="FE26-0531", amt="240,00", due="2026-11-02", stage="reminder",
         intent="promise", promise_date="2026-11-11", note="'domani' = day after Tue 10 Nov",
         body="""domani mattina faccio il bonifico, scusa ma me ne ero dimenticato

Inviato da iPhone"""),
    dict(id="s4it003", date="2026-11-13T11:20", fmt="html_outlook", frm="Ufficio Contabilità <contabilita@studiolegalemonti.it>",
         inv="FE26-0498", amt="3.150,00", due="2026-10-21", stage="second_reminder",
         intent="promise", promise_date="2026-11-20",
         body="""Spett.le Tipografia Ferraris,

in riscontro al Vostro sollecito, Vi comunichiamo che il pagamento della fattura FE26-0498 sarà disposto in data 20/11/2026 a mezzo bonifico bancario.

Distinti saluti

Ufficio Contabilità
Studio Legale Monti & Associati
Corso Vittorio Emanuele II, 74 – 10121 Torino

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Vi fosse pervenuto per errore, Vi preghiamo di eliminarlo e di darne comunicazione al mittente (Reg. UE 2016/679)."""),
    dict(id="s4it004", date="2026-11-17T14:05", fmt="gmail", frm="Marco Gallo <marco.gallo.eventi@gmail.com>",
         inv="FE26-0522", amt="685,50", due="2026-11-03", stage="reminder",
         intent="promise", promise_date="2026-11-19", note="'giovedì' written Tue 17 Nov → Thu 19 Nov",
         body="""Ciao Luca,
giovedì ti sistemo tutto, oggi e domani sono in fiera a Bologna.
Marco"""),
    dict(id="s4it005", date="2026-11-19T10:40", fmt="outlook", frm="Franca Colombo <f.colombo@colombo-immobiliare.it>",
         inv=[("FE26-0505", "920,00", "2026-10-23"), ("FE26-0527", "1.310,00", "2026-11-02")], stage="reminder",
         intent="promise", note="'a inizio dicembre' – no exact date",
         body="""Buongiorno,

entrambe le fatture verranno pagate a inizio dicembre, appena incassiamo le provvigioni del mese.

Saluti
Franca Colombo"""),
    dict(id="s4it006", date="2026-11-23T16:30", fmt="gmail", frm="Edilizia Bassi <info@ediliziabassi.it>",
         inv="FE26-0514", amt="2.760,00", due="2026-10-27", stage="firm",
         intent="promise", promise_date="2026-12-04", note="'entro il 4/12'",
         body="""Buonasera,

siamo a conoscenza del ritardo, il committente non ci ha ancora pagato il SAL. Vi garantiamo comunque il pagamento entro il 4/12.

Roberto Bassi
Edilizia Bassi S.r.l."""),
    dict(id="s4it007", date="2026-11-25T12:10", fmt="gmail", frm="Chiara Fontana <chiara.fontana.grafica@gmail.com>",
         inv="FE26-0536", amt="560,00", due="2026-11-09", stage="reminder",
         intent="promise", promise_date="2026-12-31", note="partial: half now (25 Nov), the balance 'il 31/12'; labelled the date of the balance",
         body="""Buongiorno,

vi giro oggi metà dell'importo (280 euro) e il saldo il 31/12, se per voi va bene. È un periodo un po' complicato.

Grazie
Chiara Fontana"""),
    dict(id="s4it008", date="2026-11-27T10:00", fmt="html_outlook", fwd=True, frm="Studio Ferrero Commercialisti <segreteria@studioferrero.it>",
         inv="FE26-0519", amt="1.095,00", due="2026-10-29", stage="second_reminder",
         intent="promise", promise_date="2026-12-07",
         body="""Buongiorno,

vi inoltro la risposta del nostro cliente in merito al vostro sollecito.

Cordiali saluti
Segreteria Studio Ferrero

Da: Pasquale Greco <p.greco@grecoautoricambi.it>
Inviato: giovedì 26 novembre 2026 19:02
A: Studio Ferrero Commercialisti <segreteria@studioferrero.it>
Oggetto: R: sollecito Ferraris

Dite pure alla tipografia che il pagamento lo faccio lunedì 7 dicembre, insieme agli altri fornitori. Grazie
P. Greco"""),
    dict(id="s4it009", date="2026-12-01T09:15", fmt="tb", frm="Sergio Marchetti <s.marchetti@marchettiviaggi.it>",
         inv="FE26-0541", amt="318,00", due="2026-11-13", stage="reminder",
         intent="promise", promise_date="2026-12-11", note="'venerdì della prossima settimana' written Tue 1 Dec → Fri 11 Dec",
         body="""Buongiorno,

questa settimana siamo scoperti, pago venerdì della prossima settimana.

Sergio Marchetti
Marchetti Viaggi"""),
    dict(id="s4it010", date="2026-12-03T11:45", fmt="outlook", frm="Fornitori <fornitori@gruppoalpiristorazione.it>",
         inv="FE26-0533", amt="4.420,00", due="2026-11-06", stage="reminder",
         intent="promise", promise_date="2026-12-10", note="'pagamenti fornitori del 10' in December",
         body="""Buongiorno,

la fattura è stata autorizzata ed è inserita nei pagamenti fornitori del 10.

Cordiali saluti
Ufficio Fornitori
Gruppo Alpi Ristorazione S.p.A."""),
    dict(id="s4it011", date="2026-12-07T18:22", fmt="gmail", frm="Valentina Ricci <vale.ricci@libero.it>",
         inv="FE26-0544", amt="135,00", due="2026-11-20", stage="reminder",
         intent="promise", promise_date="2026-12-14", note="'appena rientro, il 14'",
         body="""Salve, sono in vacanza e non riesco ad accedere all'home banking da qui. Appena rientro, il 14, pago subito. Scusate!

Valentina"""),
    dict(id="s4it012", date="2026-12-10T15:30", fmt="gmail", frm="Paolo Ferri <paolo@ferrivini.it>",
         inv=[("FE26-0552", "790,00", "2026-11-24"), ("FE26-0557", "1.240,00", "2026-11-27")], stage="reminder",
         intent="promise", promise_date="2026-12-15", note="'entro martedì' written Thu 10 Dec → Tue 15 Dec",
         body="""Buongiorno,

le due fatture le saldiamo insieme entro martedì. Mi confermate che l'IBAN è sempre quello su Intesa?

Paolo Ferri
Cantina Ferri"""),
    dict(id="s4it013", date="2026-12-14T09:05", fmt="outlook", frm="Laura Esposito <l.esposito@espositoarredi.it>",
         inv="FE26-0539", amt="1.870,00", due="2026-11-12", stage="firm",
         intent="promise", promise_date="2026-12-24", note="'entro Natale' read as by 24 Dec",
         body="""Gentili signori,

mi scuso per il ritardo, è stato un mese difficile. Conto di saldare entro Natale.

Cordialmente,
Laura Esposito
Esposito Arredi"""),
    dict(id="s4it014", date="2026-12-16T20:40", fmt="gmail", frm="gianni.moretti58@alice.it",
         inv="FE26-0561", amt="92,00", due="2026-12-01", stage="reminder",
         intent="promise", promise_date="2026-12-23", note="'tra una settimana' written Wed 16 Dec → Wed 23 Dec",
         body="""buonasera pago tra una settimana che adesso non posso. gianni moretti"""),
    # ---------------------------------------------------------------- paid
    dict(id="s4it015", date="2026-11-11T08:40", fmt="gmail", frm="Federica Conti <federica.conti@contistudio.it>",
         inv="FE26-0509", amt="410,00", due="2026-10-26", stage="reminder",
         intent="paid", paid_on="2026-11-10", note="'ieri sera' = day before Wed 11 Nov",
         body="""Buongiorno,

ho disposto il bonifico ieri sera, dovreste vederlo in giornata.

Federica Conti"""),
    dict(id="s4it016", date="2026-11-12T10:25", fmt="html_outlook", frm="Tesoreria <tesoreria@lanificiobiellese.it>",
         inv="FE26-0496", amt="5.640,00", due="2026-10-20", stage="second_reminder",
         intent="paid", paid_on="2026-11-06",
         body="""Buongiorno,

in allegato la contabile del bonifico eseguito in data 06/11/2026 a saldo della fattura FE26-0496.

Cordiali saluti
Tesoreria
Lanificio Biellese S.p.A."""),
    dict(id="s4it017", date="2026-11-16T13:50", fmt="apple", frm="Andrea Lombardi <andrea.lombardi@me.com>",
         inv="FE26-0524", amt="198,00", due="2026-11-03", stage="reminder",
         intent="paid", paid_on="2026-11-13", note="'venerdì' written Mon 16 Nov → Fri 13 Nov",
         body="""Pagato venerdì, controlla bene.
A.

Inviato da iPhone"""),
    dict(id="s4it018", date="2026-11-20T09:35", fmt="outlook", frm="Simona Barbieri <s.barbieri@barbierifarmaceutici.it>",
         inv="FE26-0517", amt="1.325,40", due="2026-10-28", stage="second_reminder",
         intent="paid", note="no date; a CRO is given",
         body="""Buongiorno,

la fattura risulta già saldata, CRO 0306912740128853. Vi prego di verificare e di non inviare ulteriori solleciti.

Simona Barbieri
Ufficio Amministrativo"""),
    dict(id="s4it019", date="2026-11-24T12:55", fmt="gmail", frm="Matteo Greco <matteo.greco.foto@gmail.com>",
         inv="FE26-0538", amt="87,00", due="2026-11-10", stage="reminder",
         intent="paid", paid_on="2026-11-24", note="'stamattina' – today",
         body="""pagata stamattina col link, mi è arrivata la ricevuta"""),
    dict(id="s4it020", date="2026-11-30T08:20", fmt="gmail", frm="Elena Villa <elena@villaceramiche.it>",
         inv="FE26-0529", amt="730,00", due="2026-11-05", stage="reminder",
         intent="paid", paid_on="2026-11-28", note="'sabato' written Mon 30 Nov → Sat 28 Nov",
         body="""Buongiorno,

bonifico istantaneo partito sabato, dovrebbe essere già sul vostro conto.

Buona settimana
Elena Villa
Villa Ceramiche"""),
    dict(id="s4it021", date="2026-12-02T10:10", fmt="tb", frm="Giorgio Sala <g.sala@salatrasporti.it>",
         inv="FE26-0521", amt="1.150,00", due="2026-11-17", stage="reminder",
         intent="paid", paid_on="2026-11-30", note="RiBa charged on 30 Nov",
         body="""Buongiorno,

la fattura era con RiBa, che ci è stata addebitata regolarmente il 30/11. Per noi è pagata, verificate con la vostra banca.

Giorgio Sala"""),
    dict(id="s4it022", date="2026-12-09T11:30", fmt="html_outlook", frm="Segreteria Dott. Benedetti <segreteria@benedettidentista.it>",
         inv="FE26-0543", amt="460,00", due="2026-11-18", stage="reminder",
         intent="paid", paid_on="2026-12-07", note="'lunedì' written Wed 9 Dec → Mon 7 Dec",
         body="""Gentili signori,

il dott. Benedetti mi chiede di comunicarvi che il pagamento è stato effettuato lunedì.

Cordiali saluti
Monica
Segreteria Studio Dentistico Dott. Benedetti"""),
    dict(id="s4it023", date="2026-12-11T14:15", fmt="outlook", frm="Contabilità Fornitori <contabilita@hotelduomo.it>",
         inv="FE26-0548", amt="2.080,00", due="2026-11-23", stage="reminder",
         intent="paid", paid_on="2026-12-03", note="executed 3 Dec, value date 4 Dec; labelled the execution date",
         body="""Buongiorno,

dal nostro estratto conto il pagamento risulta eseguito il 3 dicembre con valuta beneficiario 4 dicembre. Allego la distinta.

Saluti
Contabilità Fornitori
Hotel Duomo"""),
    dict(id="s4it024", date="2026-12-18T19:50", fmt="apple", frm="Roberta Gatti <roberta.gatti@tiscali.it>",
         inv="FE26-0559", amt="150,00", due="2026-12-03", stage="reminder",
         intent="paid", paid_on="2026-12-17", note="'ieri' = day before Fri 18 Dec",
         body="""pagato ieri scusate il ritardo, buone feste

Inviato da iPhone"""),
    # ---------------------------------------------------------------- dispute
    dict(id="s4it025", date="2026-11-10T15:20", fmt="outlook", frm="Amministrazione <amministrazione@rossimeccanica.it>",
         inv="FE26-0511", amt="2.340,00", due="2026-10-26", stage="reminder",
         intent="dispute", note="says the invoice is not due yet: RiBa 60 gg d.f.f.m.",
         body="""Buongiorno,

la fattura FE26-0511 è stata concordata con pagamento RiBa 60 gg data fattura fine mese, quindi scade il 31/12 e non il 26/10. Il sollecito non è corretto, vi prego di sistemare la scadenza.

Saluti
Amministrazione Rossi Meccanica S.r.l."""),
    dict(id="s4it026", date="2026-11-16T10:45", fmt="gmail", frm="Ilaria Testa <ilaria@testaeventi.it>",
         inv="FE26-0520", amt="1.690,00", due="2026-10-30", stage="second_reminder",
         intent="dispute",
         body="""Buongiorno,

vi ricordo che le brochure ci sono state consegnate con i colori sbagliati (il blu del logo è venuto viola) e che abbiamo fatto reclamo il giorno stesso con foto. Aspettiamo la ristampa o una nota di credito, fino ad allora la fattura resta in sospeso.

Ilaria Testa"""),
    dict(id="s4it027", date="2026-11-20T11:05", fmt="html_outlook", frm="Ufficio Acquisti <acquisti@supermercatipiemonte.it>",
         inv="FE26-0523", amt="3.900,00", due="2026-11-05", stage="reminder",
         intent="dispute",
         body="""Buongiorno,

ci avete fatturato 5.000 volantini ma dal DDT ne risultano consegnati 3.000. Vi chiediamo di emettere nota di credito per la differenza; il resto sarà pagato alla ricezione.

Cordiali saluti
Ufficio Acquisti"""),
    dict(id="s4it028", date="2026-11-26T17:40", fmt="gmail", frm="Luigi Caruso <luigicaruso.pizzeria@gmail.com>",
         inv="FE26-0535", amt="420,00", due="2026-11-12", stage="reminder",
         intent="dispute",
         body="""Ma state scherzando? I menù sono arrivati con i prezzi sbagliati e li ho dovuti buttare. Rifateli giusti e poi ne parliamo, non pago niente per un lavoro fatto così."""),
    dict(id="s4it029", date="2026-12-01T09:55", fmt="outlook", frm="Francesca De Luca <f.deluca@delucaconsulting.it>",
         inv="FE26-0530", amt="1.220,00", due="2026-11-06", stage="reminder",
         intent="dispute",
         body="""Buongiorno,

l'importo non corrisponde al preventivo che ci avevate mandato (980 euro + IVA). Potete verificare e mandarci una fattura corretta?

Grazie
Francesca De Luca"""),
    dict(id="s4it030", date="2026-12-04T12:30", fmt="gmail", frm="Associazione Culturale Il Ponte <segreteria@ilponte-torino.org>",
         inv="FE26-0537", amt="760,00", due="2026-11-13", stage="second_reminder",
         intent="dispute",
         body="""Buongiorno,

i biglietti e le locandine per lo spettacolo del 14 novembre ci sono stati consegnati il 16, cioè dopo l'evento, nonostante le vostre assicurazioni. Per noi sono inutilizzabili e non intendiamo pagarli.

La presidente
Anna Ferraro"""),
    dict(id="s4it031", date="2026-12-11T10:20", fmt="tb", frm="Stefano Mancini <s.mancini@mancinisport.it>",
         inv="FE26-0549", amt="1.045,00", due="2026-11-25", stage="reminder",
         intent="dispute",
         body="""Buongiorno,

come da accordi telefonici con il sig. Ferraris, su questa fattura doveva essere emessa una nota di credito di 300 euro per il ritardo nella consegna. Non l'abbiamo ancora ricevuta: appena arriva paghiamo la differenza.

Stefano Mancini"""),
    dict(id="s4it032", date="2026-12-15T16:00", fmt="html_outlook", frm="Amministrazione <amministrazione@cooperativaaurora.it>",
         inv="FE26-0555", amt="1.342,00", due="2026-11-30", stage="reminder",
         intent="dispute",
         body="""Buongiorno,

la fattura riporta l'IVA al 22 %, ma vi avevamo inviato la dichiarazione d'intento a gennaio: le operazioni verso di noi sono non imponibili. Vi chiediamo di stornare la fattura e riemetterla correttamente.

Cordiali saluti
Amministrazione
Cooperativa Sociale Aurora"""),
    # ---------------------------------------------------------------- out of office
    dict(id="s4it033", date="2026-11-12T08:15", fmt="ooo", frm="Alessandro Pellegrini <a.pellegrini@pellegrinisrl.it>",
         inv="FE26-0516", amt="890,00", due="2026-10-28", stage="reminder",
         intent="out_of_office", return_date="2026-11-20", note="'fino al 19 novembre compreso' → back Fri 20 Nov",
         body="""Buongiorno,
sono fuori ufficio fino al 19 novembre compreso, con accesso limitato alla posta. Per urgenze contattare ufficio@pellegrinisrl.it.

Alessandro Pellegrini"""),
    dict(id="s4it034", date="2026-11-20T18:00", fmt="ooo", frm="Monica Serra <m.serra@serrainterni.it>",
         inv="FE26-0532", amt="415,00", due="2026-11-05", stage="reminder",
         intent="out_of_office", return_date="2026-11-30",
         body="""Grazie per il messaggio. Rientrerò in ufficio lunedì 30 novembre e risponderò al più presto.

Monica Serra"""),
    dict(id="s4it035", date="2026-11-23T07:30", fmt="ooo", frm="Ufficio Amministrativo <amm@gastronomialanghe.it>", subj_prefix="Fuori sede: ",
         inv="FE26-0534", amt="612,00", due="2026-11-09", stage="reminder",
         intent="out_of_office", return_date="2026-11-30",
         body="""Sono in ferie dal 23/11 al 27/11, rientro il 30/11. I messaggi ricevuti in questo periodo saranno letti al mio rientro.

Gastronomia delle Langhe - Amministrazione"""),
    dict(id="s4it036", date="2026-12-01T10:50", fmt="ooo", frm="Claudio Ferrara <c.ferrara@ferraraimpianti.it>",
         inv="FE26-0545", amt="1.730,00", due="2026-11-16", stage="reminder",
         intent="out_of_office", return_date="2026-12-07", note="'assente per malattia fino a venerdì' written Tue 1 Dec → back Mon 7 Dec",
         body="""Sono assente per malattia fino a venerdì. Per questioni urgenti chiamate il numero 011 4471 290.

Claudio Ferrara"""),
    dict(id="s4it037", date="2026-12-07T09:10", fmt="ooo", frm="Ing. Riccardo Palumbo <r.palumbo@palumboengineering.it>",
         inv="FE26-0547", amt="2.200,00", due="2026-11-20", stage="reminder",
         intent="out_of_office", return_date="2026-12-11", note="'in trasferta fino al 10/12' read as 10 Dec the last day away → back 11 Dec",
         body="""Sono in trasferta fino al 10/12 con accesso limitato alle e-mail. Risponderò appena possibile.

Riccardo Palumbo"""),
    dict(id="s4it038", date="2026-11-18T11:25", fmt="ooo", frm="Sara Longo <sara.longo@longoeditore.it>",
         inv="FE26-0526", amt="980,00", due="2026-11-04", stage="reminder",
         intent="out_of_office", return_date="2027-02-01",
         body="""Gentile mittente,
sono in congedo di maternità con rientro previsto il 1° febbraio 2027. Per questioni amministrative può scrivere a amministrazione@longoeditore.it.

Sara Longo"""),
    dict(id="s4it039", date="2026-12-21T08:05", fmt="ooo", frm="Info Pasticceria Gianduja <info@pasticceriagianduja.it>",
         inv="FE26-0562", amt="245,00", due="2026-12-07", stage="reminder",
         intent="out_of_office", return_date="2027-01-07",
         body="""L'ufficio amministrativo resterà chiuso per le festività dal 21 dicembre al 6 gennaio. Riapriremo giovedì 7 gennaio. Auguri di buone feste!"""),
    dict(id="s4it040", date="2026-11-11T14:40", fmt="ooo", frm="Nicola Bruno <nicola.bruno@brunodesign.it>", subj="Out of Office / Fuori sede",
         inv="FE26-0513", amt="540,00", due="2026-10-27", stage="reminder",
         intent="out_of_office", return_date="2026-11-16",
         body="""I am out of the office with no access to email, back on Monday 16 November.
Sono fuori sede senza accesso alla posta, di ritorno lunedì 16 novembre.

Nicola Bruno"""),
    # ---------------------------------------------------------------- others
    dict(id="s4it041", date="2026-11-13T12:30", fmt="gmail", frm="Daniela Marino <daniela@marinofiori.it>",
         inv="FE26-0518", amt="176,00", due="2026-10-29", stage="reminder",
         intent="copy_request",
         body="""Buongiorno,

mi mandate per favore una copia di cortesia della fattura in PDF? Dal cassetto fiscale vedo solo l'XML e il commercialista vuole il PDF.

Grazie
Daniela Marino"""),
    dict(id="s4it042", date="2026-11-19T09:20", fmt="outlook", frm="Giovanni Russo <g.russo@russocostruzioni.it>",
         inv="FE26-0525", amt="1.560,00", due="2026-11-04", stage="reminder",
         intent="contact_change", new_email="amministrazione@russocostruzioni.it",
         body="""Buongiorno,

per le questioni amministrative scrivete per favore a amministrazione@russocostruzioni.it; io seguo solo i cantieri e rischio di perdere i vostri messaggi.

Giovanni Russo"""),
    dict(id="s4it043", date="2026-12-02T15:45", fmt="html_outlook", frm="Alberto Neri <a.neri@nerisistemi.it>",
         inv="FE26-0540", amt="830,00", due="2026-11-16", stage="reminder",
         intent="contact_change", new_email="p.gentile@nerisistemi.it",
         body="""Buongiorno,

dal 1° dicembre la referente per i pagamenti fornitori è la sig.ra Paola Gentile (p.gentile@nerisistemi.it), che legge in copia. Vi prego di indirizzare a lei i prossimi solleciti.

Alberto Neri""", cc="Paola Gentile <p.gentile@nerisistemi.it>"),
    dict(id="s4it044", date="2026-12-05T22:30", fmt="gmail", frm="Fabio Rizzo <fabio.rizzo77@gmail.com>",
         inv="FE26-0542", amt="64,00", due="2026-11-18", stage="second_reminder",
         intent="unsubscribe",
         body="""Cancellatemi da queste email automatiche. Se dovete dirmi qualcosa chiamatemi, non voglio ricevere più niente."""),
    dict(id="s4it045", date="2026-12-17T10:15", fmt="gmail", frm="Teresa Gentile <teresa.gentile@gentileottica.it>",
         inv="FE26-0558", amt="320,00", due="2026-12-02", stage="heads_up",
         intent="other",
         body="""Gentilissimi, grazie per la cortesia e per il bel lavoro sui calendari di quest'anno. Tanti auguri di buone feste a tutto lo staff!

Teresa Gentile
Ottica Gentile"""),
]
