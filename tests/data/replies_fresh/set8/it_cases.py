"""Italian debtor replies to reminders from Bertoldi Office Solutions S.r.l. (IT, noleggio stampanti, assistenza). Handwritten, one by one."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s8it001", date="2026-12-09T11:42", fmt="html_outlook", stage="reminder", ago=2,
         inv="FT-2026-1187", amt="2.318,40", due="2026-11-30",
         frm="Contabilità Fornitori - Meccanica Valpadana S.p.A. <contabilita.fornitori@meccanicavalpadana.it>",
         intent="promise", promise_date="2026-12-15",
         note="Accounts payable: invoice is in the payment run of 15/12/2026. The 15th/30th schedule is background.",
         body="""Buongiorno,

in riferimento al Vostro sollecito, Vi informiamo che la fattura FT-2026-1187 è stata regolarmente registrata ed è inserita nella distinta di pagamento del 15/12/2026, con valuta beneficiario il giorno stesso.

Il ritardo è dovuto all'allineamento con il nostro calendario pagamenti: i fornitori vengono pagati il 15 e il 30 di ogni mese.

Cordiali saluti

Silvia Castagnoli
Ufficio Contabilità Fornitori
Meccanica Valpadana S.p.A.
Via dell'Industria 14 – 46100 Mantova (MN)
Tel. 0376 318 204 – int. 2
www.meccanicavalpadana.it

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora il messaggio Vi fosse pervenuto per errore, Vi preghiamo di eliminarlo e di darne comunicazione al mittente (Reg. UE 2016/679)."""),

    dict(id="s8it002", date="2026-12-10T21:17", fmt="apple", stage="second_reminder", ago=3,
         inv="FT-2026-1142", amt="390,40", due="2026-10-31",
         frm="Marco Zanetti <marco@fitlabzanetti.it>",
         intent="paid", paid_on="2026-12-09",
         note="Gym owner from his phone: transfer made yesterday evening from the banking app.",
         body="""ciao, il bonifico l ho fatto ieri sera dall app, dovrebbe arrivarvi domani o al massimo lunedi. scusate il ritardo ma con l apertura della sala nuova è un casino

Marco
FitLab Zanetti

Inviato da iPhone"""),

    dict(id="s8it003", date="2026-12-11T16:05", fmt="tb", stage="second_reminder", ago=4,
         inv="FT-2026-1098", amt="684,20", due="2026-11-15",
         frm="Avv. Paola Marchetti <p.marchetti@studiomarchettifontana.it>",
         intent="dispute",
         note="Law firm contests the excess-copies charge (wrong meter reading); will pay only the rental part, wants a corrected invoice or credit note.",
         body="""Gentili signori,

rispondo al Vostro secondo sollecito relativo alla fattura n. FT-2026-1098.

Come già anticipato telefonicamente alla Vostra collega il mese scorso, l'importo non è corretto. La fattura addebita un conguaglio di 41.250 copie in bianco e nero eccedenti il canone, mentre il contatore della multifunzione installata presso il nostro studio riporta, dall'ultima lettura, 18.930 copie in tutto. È evidente che è stata presa la lettura di un'altra macchina oppure che c'è stato un errore di trascrizione.

Vi allego la foto del display con il contatore. Siamo disponibili a pagare subito la quota di canone trimestrale (€ 210,00 + IVA); per il conguaglio attendiamo una fattura corretta o una nota di credito.

Distinti saluti

Avv. Paola Marchetti
Studio Legale Marchetti & Fontana
Corso Cavour 27 – 37121 Verona
tel. 045 800 3391 – fax 045 800 3392
PEC: studiomarchettifontana@pec.example.it"""),

    dict(id="s8it004", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT-2026-1266", amt="1.145,00", due="2026-11-30",
         frm="Amministrazione Hotel Bellavista <amministrazione@hotelbellavista-garda.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Auto-reply: office closed until 6 January 2027 inclusive, so back on Thursday 7 January.",
         body="""Gentile mittente,

l'ufficio amministrazione dell'Hotel Bellavista è chiuso per la pausa invernale fino al 6 gennaio 2027 compreso. La sua e-mail sarà letta al nostro rientro.

Per prenotazioni e urgenze legate a un soggiorno può scrivere a booking@hotelbellavista-garda.it o chiamare il ricevimento al +39 0365 551 208.

Cordiali saluti
Hotel Bellavista – Gardone Riviera (BS)"""),

    dict(id="s8it005", date="2026-12-14T10:20", fmt="html_outlook", stage="firm", ago=4,
         inv="FT-2026-1031", amt="3.904,00", due="2026-10-31",
         frm="Ufficio Ragioneria - Comune di Valdirosa <ragioneria@comune.valdirosa.mo.it>",
         intent="copy_request",
         note="Town hall: invoice never received through SdI; asks for the electronic PA invoice with office code and CIG before it can pay.",
         body="""Buongiorno,

con riferimento al sollecito in oggetto si comunica che la fattura FT-2026-1031 non risulta pervenuta a questo Ente tramite il Sistema di Interscambio (SdI). Si ricorda che le pubbliche amministrazioni non possono accettare né liquidare fatture emesse in formato diverso da quello elettronico.

Si chiede pertanto di trasmettere la fattura elettronica indicando il Codice Univoco Ufficio UF7K2Q e il CIG B3A1C92F40 riportato nella determina di affidamento (servizio di noleggio e assistenza stampanti per gli uffici comunali). In assenza di tali elementi la fattura verrà scartata.

Una volta ricevuto il documento, la liquidazione avverrà nei termini di legge.

Distinti saluti

Rag. Loredana Bassoli
Servizio Finanziario – Ufficio Ragioneria
Comune di Valdirosa (MO)
Piazza Municipio 1 – 41040 Valdirosa
Tel. 0536 904 117
PEC: protocollo@pec.comune.valdirosa.mo.it"""),

    dict(id="s8it006", date="2026-12-16T19:48", fmt="gmail", stage="reminder", ago=2,
         inv="FT-2026-1219", amt="148,00", due="2026-11-30",
         frm="Giuseppina Ferrari <giusy.ferrari71@gmail.com>",
         intent="promise",
         note="Household: will certainly pay after the holidays, when the January salary comes in; no single day.",
         body="""Buonasera,
mi scuso ma me ne ero completamente dimenticata. Adesso tra regali e spese di dicembre siamo un po' tirati, ma vi pago sicuramente dopo le feste, appena prendo lo stipendio di gennaio.

Ringrazio ancora il tecnico che è venuto a casa, il computer adesso va benissimo.

Giuseppina Ferrari"""),

    dict(id="s8it007", date="2026-12-17T12:10", fmt="outlook", stage="second_reminder", ago=3,
         inv="FT-2026-1120", amt="2.440,00", due="2026-11-15",
         frm="Cantina Sorelle Bertani <amministrazione@cantinabertani.it>",
         intent="paid", paid_on="2026-12-17",
         note="Partial payment: a 1.000 EUR deposit sent today; the rest only vaguely hoped for 'entro gennaio' (no commitment).",
         body="""Buongiorno,

vi informo che oggi abbiamo disposto un bonifico di € 1.000,00 a titolo di acconto sulla fattura FT-2026-1120. Purtroppo dicembre per noi è il mese in cui gli incassi arrivano più lenti (la grande distribuzione ci paga a 90 giorni) e non riusciamo a saldare tutto subito.

Per il residuo di € 1.440,00 vi faccio sapere io non appena ci entrano i pagamenti dei clienti, spero entro gennaio.

Grazie per la pazienza.

Elena Bertani
Cantina Sorelle Bertani – Soc. Agr. s.s.
Loc. Monticelli 5 – 42020 Quattro Castella (RE)
Tel. 0522 887 412"""),

    dict(id="s8it008", date="2026-12-18T09:05", fmt="tb", stage="reminder", ago=1,
         inv="FT-2026-1244", amt="976,00", due="2026-12-10",
         frm="Davide Morselli <amministrazione@morsellitrasporti.it>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new (foreign) IBAN; asks to confirm the correct bank details, payment on hold.",
         body="""Buongiorno,

prima di pagare la fattura FT-2026-1244 vorrei una conferma. Martedì ci è arrivata una mail apparentemente vostra (ma dal dominio bertoldi-office.com, non .it) in cui si dice che avete cambiato banca e che i pagamenti vanno fatti su un IBAN di una banca lituana. Mi è sembrata molto strana.

Potete confermarmi, anche per telefono, qual è l'IBAN corretto? Finché non ho la conferma tengo fermo il bonifico.

Grazie
Davide Morselli

Morselli Trasporti S.r.l.
Via Canaletto Nord 311 – 41122 Modena
Tel. 059 311 880"""),

    dict(id="s8it009", date="2026-12-14T13:02", fmt="gmail", stage="reminder", ago=4,
         inv="FT-2026-1201", amt="305,00", due="2026-11-30",
         frm="Immobiliare Il Portico <info@immobiliareilportico.it>",
         intent="promise", promise_date="2026-12-18",
         note="Estate agency, written on Monday 14: 'venerdì' = Friday 18 December.",
         body="""Buongiorno, scusate, mi era sfuggita. Venerdì passo in banca per altri pagamenti e faccio anche il vostro bonifico.

Saluti
Roberta – Immobiliare Il Portico
Via Farini 12, Parma – tel. 0521 230 944"""),

    dict(id="s8it010", date="2026-12-10T10:14", fmt="gmail", stage="reminder", ago=1,
         inv="FT-2026-1175", amt="512,40", due="2026-11-30",
         frm="Luca Baraldi <luca.baraldi@baraldiarredi.it>",
         intent="other",
         note="Wrong recipient: says they never dealt with the firm, probably a namesake company.",
         body="""Buongiorno,

credo ci sia un errore: noi non abbiamo mai avuto rapporti con voi e non abbiamo ordinato niente. Forse cercate la Baraldi Impianti di Carpi, che con noi non c'entra (omonimia, ci capita spesso anche con i corrieri).

Vi prego di verificare e di correggere l'indirizzo nella vostra anagrafica.

Luca Baraldi
Baraldi Arredi – Sassuolo"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s8it011", date="2026-12-15T09:40", fmt="outlook", stage="second_reminder", ago=1,
         inv="FT-2026-1088", amt="1.830,00", due="2026-10-31",
         frm="Segreteria Amministrativa - Scuola Il Girasole <amministrazione@scuolailgirasole.it>",
         intent="promise", promise_date="2026-12-22",
         note="Private school: balance by transfer 'entro martedì 22 dicembre'.",
         body="""Gentile Ufficio Amministrazione,

ci scusiamo per il ritardo, dovuto al cambio del nostro studio di consulenza contabile avvenuto a novembre, che ha rallentato tutte le registrazioni.

Vi confermiamo che il saldo della fattura FT-2026-1088 (assistenza e manutenzione del laboratorio di informatica) verrà effettuato tramite bonifico bancario entro martedì 22 dicembre.

Cordiali saluti

Anna Maria Bellei
Segreteria Amministrativa
Scuola Primaria Paritaria "Il Girasole" – Cooperativa Sociale
Via Giardini 480 – 41124 Modena
Tel. 059 355 102"""),

    dict(id="s8it012", date="2026-12-14T15:33", fmt="html_outlook", stage="firm", ago=7,
         inv=[("FT-2026-0987", "1.464,00", "2026-10-15"), ("FT-2026-1044", "732,00", "2026-10-31")],
         frm="UOC Bilancio e Contabilità - Ufficio Liquidazioni <liquidazioni.fornitori@aslpianura.example.it>",
         intent="paid", paid_on="2026-12-10",
         note="Health authority: both invoices settled with a payment order issued 10/12/2026, net of VAT under split payment.",
         body="""Buongiorno,

in riscontro alla Vostra comunicazione si informa che le fatture n. FT-2026-0987 e n. FT-2026-1044 sono state liquidate con mandato di pagamento n. 8842 emesso in data 10/12/2026. L'accredito sul conto corrente indicato in fattura avverrà tramite il Tesoriere nei normali tempi tecnici bancari.

Si precisa che, trattandosi di operazioni soggette a scissione dei pagamenti (art. 17-ter DPR 633/72), l'importo corrisposto è pari al solo imponibile (€ 1.200,00 + € 600,00 = € 1.800,00); l'IVA è versata direttamente dall'Azienda all'Erario.

Distinti saluti

Dott.ssa Manuela Grandi
UOC Bilancio e Contabilità – Ufficio Liquidazioni
Azienda Sanitaria Locale della Pianura
Tel. 051 622 4418

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate."""),

    dict(id="s8it013", date="2026-12-19T11:26", fmt="gmail", stage="firm", ago=2,
         inv="FT-2026-1156", amt="1.098,00", due="2026-11-30",
         frm="Fabio Gualtieri <gualtiericalzature@gmail.com>",
         intent="dispute",
         note="Angry shop owner: the installed PC and till software keep failing; refuses to pay until it is fixed.",
         body="""ma state scherzando?? il pc della cassa che mi avete installato a novembre si blocca tutti i giorni, il gestionale non stampa gli scontrini e il vostro tecnico e venuto UNA volta e poi e sparito. ho chiamato 4 volte. sotto natale con il negozio pieno!!

finche non me lo sistemate non vedete un euro. e non mandatemi piu lettere con gli interessi di mora

Fabio Gualtieri
Gualtieri Calzature"""),

    dict(id="s8it014", date="2026-12-29T10:02", fmt="ooo", stage="reminder", ago=1,
         inv="FT-2026-1290", amt="427,00", due="2026-12-15",
         frm="Studio Notarile Vezzani <segreteria@notaiovezzani.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: closed 24 Dec to 8 Jan, work resumes Monday 11 January.",
         body="""Gentile Cliente,

lo Studio Notarile Vezzani resterà chiuso per le festività dal 24 dicembre 2026 all'8 gennaio 2027. Le attività riprenderanno regolarmente lunedì 11 gennaio.

Per urgenze relative ad atti in corso può lasciare un messaggio in segreteria telefonica al numero 059 221 760: sarà richiamato appena possibile.

Cordiali saluti
Studio Notarile Vezzani
Via Ganaceto 35 – Modena"""),

    dict(id="s8it015", date="2027-01-12T18:30", fmt="gmail", stage="firm", ago=5,
         inv=[("FT-2026-1109", "1.220,00", "2026-11-15"), ("FT-2026-1233", "488,00", "2026-12-15")],
         frm="Az. Agr. Pellacani Andrea <aziendaagricolapellacani@gmail.com>",
         intent="plan_request",
         note="Farm hit by hail: asks to split both invoices into 4-5 monthly instalments, no date committed.",
         body="""Buonasera,
sono Andrea Pellacani dell'azienda agricola. L'anno è andato male: con la grandine di giugno abbiamo perso metà del raccolto di pere e i rimborsi dell'assicurazione non sono ancora arrivati.

Non riesco a pagare le due fatture in un'unica soluzione. Sarebbe possibile dividere il totale in 4 o 5 rate mensili? Ditemi voi come preferite, non voglio lasciare debiti in giro, ho sempre pagato tutti.

Grazie e buon anno
Andrea Pellacani
Az. Agr. Pellacani – Via Argine 22, San Felice sul Panaro
cell. 339 418 2207"""),

    dict(id="s8it016", date="2027-01-08T09:12", fmt="outlook", stage="reminder", ago=3,
         inv="FT-2026-1271", amt="2.074,00", due="2026-12-31",
         frm="Chiara Ruggeri <c.ruggeri@ceramichemonteverde.it>",
         intent="contact_change", new_email="contabilita.fornitori@ceramichemonteverde.it",
         note="No longer handles supplier accounts from 1 January; asks that reminders go to the accounts-payable mailbox.",
         body="""Buongiorno,

dal 1° gennaio non mi occupo più della contabilità fornitori: sono passata all'ufficio personale. Vi chiedo cortesemente di aggiornare la vostra anagrafica e di inviare d'ora in poi fatture e solleciti all'indirizzo contabilita.fornitori@ceramichemonteverde.it.

Ho comunque già girato la vostra mail alla collega Sara Pini, che vi risponderà per la fattura in oggetto.

Grazie, buona giornata

Chiara Ruggeri
Ceramiche Monteverde S.p.A.
Via Radici in Piano 118 – 41049 Sassuolo (MO)
Tel. +39 0536 870 311"""),

    dict(id="s8it017", date="2026-12-07T17:45", fmt="gmail", stage="reminder", ago=3,
         inv="FT-2026-1150", amt="219,60", due="2026-11-30",
         frm="Tabaccheria Righi <tabaccheriarighi@libero.it>",
         intent="paid", paid_on="2026-12-02",
         note="Rental fee taken by the usual SEPA direct debit on 2 December, visible on the statement.",
         body="""Salve,
a me risulta che il canone è stato addebitato in conto con il solito SDD il 2 dicembre, lo vedo nell'estratto conto della banca. Forse non l'avete ancora abbinato? Se serve vi mando la schermata.

Saluti
Mirella Righi
Tabaccheria Righi n. 14 – Vignola"""),

    dict(id="s8it018", date="2027-01-12T11:15", fmt="outlook", stage="second_reminder", ago=4,
         inv="FT-2026-1208", amt="4.270,00", due="2026-12-31",
         frm="Segreteria Direzione - Energy Club <segreteria@energyclub-fitness.it>",
         intent="promise", promise_date="2027-01-31",
         note="Assistant relays the director's answer: paid in one go 'a fine mese' (written 12 January = 31 January).",
         body="""Buongiorno,

ho girato il vostro sollecito al nostro amministratore, che mi ha risposto così; ve lo riporto qui sotto.

-----
Michela, rispondi pure a Bertoldi che la fattura del nuovo impianto di rete la saldiamo a fine mese, quando entrano le quote annuali degli abbonamenti di gennaio. Tutto in una volta, niente rate.
Paolo
-----

Resto a disposizione per qualsiasi cosa.

Michela Orlandi
Segreteria di Direzione
Energy Club S.s.d. a r.l.
Via Nonantolana 1010 – Modena
Tel. 059 285 600"""),

    dict(id="s8it019", date="2027-01-05T08:52", fmt="gmail", stage="reminder", ago=1,
         inv="FT-2026-1284", amt="85,40", due="2026-12-31",
         frm="Elisa Montanari <elisamontanari.foto@gmail.com>",
         intent="copy_request",
         note="Asks for the invoice PDF: nothing was attached and it is not yet in her tax drawer.",
         body="""buongiorno, mi rimanda la fattura in pdf per favore? nella mail non c'era allegato niente e nel cassetto fiscale non la vedo ancora. grazie

Elisa"""),

    dict(id="s8it020", date="2026-12-21T14:20", fmt="tb", stage="heads_up", ago=3,
         inv="FT-2026-1302", amt="61,00", due="2026-12-31",
         frm="Ottavio Guidetti <ottavio.guidetti@alice.it>",
         intent="unsubscribe",
         note="Pays by Ri.Ba. and never missed a due date; asks to be taken off the automatic reminders.",
         body="""Buongiorno,

pago sempre con la Ri.Ba. da vent'anni e non ho mai saltato una scadenza. Queste mail di "promemoria" non mi servono: per cortesia toglietemi dall'elenco degli invii automatici.

Ottavio Guidetti
Ferramenta Guidetti – Mirandola"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s8it021", date="2027-01-07T10:18", fmt="apple", stage="reminder", ago=3,
         inv="FT-2026-1297", amt="122,00", due="2026-12-31",
         frm="Sara Ghidoni <sara.ghidoni@icloud.com>",
         intent="paid", paid_on="2027-01-07",
         note="Household: just paid by card through the link in the reminder.",
         body="""Buongiorno, ho appena pagato con la carta dal link nella vostra mail, mi è arrivata la conferma.
Grazie ancora per i calendari, sono venuti benissimo!

Sara

Inviato da iPhone"""),

    dict(id="s8it022", date="2026-12-09T14:55", fmt="html_outlook", stage="reminder", ago=2,
         inv="FT-2026-1079", amt="5.612,00", due="2026-11-19",
         frm="Accounts Payable Italia - Emiliana Packaging <ap.italia@emilianapackaging.com>",
         intent="promise", promise_date="2026-12-31",
         note="AP says the agreed terms are 60 days end of month, so the real due date is 31/12/2026 and it will be paid then; 19/11 and 20/10 are not the promise.",
         body="""Buongiorno,

da una verifica sul nostro gestionale la fattura in oggetto, datata 20/10/2026, risulta registrata con le condizioni di pagamento concordate in sede d'ordine (OdA n. 4500178823): bonifico bancario a 60 gg data fattura fine mese. La scadenza è pertanto il 31/12/2026 e non il 19/11 come indicato nel Vostro sollecito.

Il pagamento verrà eseguito alla scadenza corretta, nel run di fine anno.

Vi invitiamo a verificare le condizioni di pagamento impostate nella Vostra anagrafica clienti, per evitare ulteriori solleciti.

Cordiali saluti

Accounts Payable Italia
Emiliana Packaging S.p.A. – Gruppo EPK
Via Larga 41 – 40138 Bologna
ap.italia@emilianapackaging.com

Prima di stampare, pensa all'ambiente."""),

    dict(id="s8it023", date="2027-01-14T16:40", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FT-2026-1259", amt="936,96", due="2026-12-31",
         frm="Economato Hotel Lunetta <economato@hotellunetta.it>",
         intent="dispute",
         note="Hotel: invoiced 12 toners but the delivery note shows only 8 received; pays what was delivered, wants the goods or a credit note for the rest.",
         body="""Buongiorno,

la fattura FT-2026-1259 riporta 12 toner, ma con il DDT n. 3318 del 3 dicembre ne abbiamo ricevuti solo 8: i 4 gialli erano segnati come "in arrivo" e non sono mai arrivati. L'abbiamo segnalato al vostro magazzino il 10 dicembre e non ci ha risposto nessuno.

Paghiamo volentieri quello che abbiamo ricevuto; per il resto aspettiamo la merce oppure una nota di credito. Nel frattempo vi chiedo di sospendere i solleciti finché la cosa non è chiarita.

Grazie
Stefania Corradini
Economato – Hotel Lunetta
Viale Piave 9, Reggio Emilia
0522 451 300"""),

    dict(id="s8it024", date="2026-12-22T08:34", fmt="ooo", stage="second_reminder", ago=0,
         inv="FT-2026-1185", amt="2.196,00", due="2026-11-30",
         frm="Marco Tosi <m.tosi@comune.borgoserravalle.fe.it>",
         intent="out_of_office", return_date="2027-01-05",
         note="Auto-reply: away 21/12/2026 to 04/01/2027 inclusive, back Tuesday 5 January.",
         body="""Sono assente dall'ufficio dal 21/12/2026 al 04/01/2027 compreso, con accesso limitato alla posta elettronica.

Per pratiche urgenti del Servizio Ragioneria rivolgersi alla collega Francesca Mazzoni (f.mazzoni@comune.borgoserravalle.fe.it – tel. 0532 840 216).

Le comunicazioni aventi valore legale vanno inviate all'indirizzo PEC dell'Ente.

Marco Tosi
Servizio Ragioneria – Comune di Borgo Serravalle"""),

    dict(id="s8it025", date="2026-12-28T10:05", fmt="gmail", stage="second_reminder", ago=4,
         inv=[("FT-2026-1104", "610,00", "2026-11-15"), ("FT-2026-1163", "1.037,00", "2026-11-30"),
              ("FT-2026-1250", "366,00", "2026-12-15")],
         frm="Amministrazione Lavanderia Secchia <amministrazione@lavanderiasecchia.it>",
         intent="paid", paid_on="2026-12-18",
         note="Two of three invoices paid with one transfer on 18 December; also asks for a copy of the third, which never arrived (secondary).",
         body="""Buongiorno,

delle tre fatture che ci sollecitate, la FT-2026-1104 e la FT-2026-1163 sono state pagate con un unico bonifico di € 1.647,00 il 18 dicembre (causale "saldo ft 1104 e 1163"), vi allego la contabile.

La FT-2026-1250 invece non ci è mai arrivata, né per mail né dallo SDI: potete rimandarla? Appena la riceviamo la mettiamo in pagamento.

Grazie, buone feste
Ilaria Vaccari
Lavanderia Industriale Secchia S.r.l.
Via Cavezzo 7, Soliera (MO) – tel. 059 565 019"""),

    dict(id="s8it026", date="2026-12-09T18:22", fmt="apple", stage="reminder", ago=2,
         inv="FT-2026-1192", amt="244,00", due="2026-11-30",
         frm="Stefano Ferrarini <otticaferrarini@libero.it>",
         intent="other",
         note="Passed the reminder to his accountant, who handles supplier payments; no commitment.",
         body="""Buonasera, ho girato la vostra mail al mio commercialista, è lui che si occupa dei pagamenti ai fornitori. Vi farà sapere lui.

Cordiali saluti
Stefano Ferrarini
Ottica Ferrarini – Carpi

Inviato da iPad"""),

    dict(id="s8it027", date="2027-01-07T12:40", fmt="gmail", stage="reminder", ago=3,
         inv="FT-2026-1279", amt="183,00", due="2026-12-31",
         frm="Nicola Benassi <nicola.benassi@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Very short, written Thursday 7 January: 'lunedì' = Monday 11 January.",
         body="""ok, lunedì faccio il bonifico. N."""),

    dict(id="s8it028", date="2027-01-13T09:50", fmt="outlook", stage="heads_up", ago=1,
         inv="FT-2027-0018", amt="732,00", due="2027-01-31",
         frm="Ufficio Amministrazione - Pasticceria Fiorini <amministrazione@pasticceriafiorini.it>",
         intent="bank_details",
         note="Announces its own new bank account for the Ri.Ba.; the 31/01 is the due date, not a promise.",
         body="""Buongiorno,

approfittiamo del vostro promemoria per comunicarvi che dal 1° gennaio abbiamo chiuso il conto presso la Banca Popolare e che le Ri.Ba. a nostro carico devono essere domiciliate sul nuovo conto:

IBAN IT62 Z030 6912 9100 0000 4418 27
Intesa Sanpaolo – filiale di Formigine

Vi preghiamo di aggiornare la vostra anagrafica prima di presentare la Ri.Ba. in scadenza il 31/01, altrimenti ci tornerà insoluta e ci addebiteranno le spese.

Grazie e buon anno

Rita Fiorini
Pasticceria Fiorini s.n.c.
Via Giardini Nord 77 – 41043 Formigine (MO)
Tel. 059 558 214"""),

    dict(id="s8it029", date="2027-01-19T20:55", fmt="gmail", stage="firm", ago=5,
         inv="FT-2026-1214", amt="317,20", due="2026-11-30",
         frm="Roberto Malagoli <roby.malagoli@hotmail.it>",
         intent="plan_request",
         note="Household on short-time work: asks to pay about 50 EUR a month; no date committed.",
         body="""Buonasera,
ho ricevuto il vostro terzo sollecito e mi vergogno un po'. Da ottobre sono in cassa integrazione e con due figli piccoli i soldi non bastano mai. Il lavoro che avete fatto (recupero dei dati dal disco rotto e portatile nuovo configurato) non lo contesto, anzi, siete stati bravissimi.

Vi chiedo se posso pagare un po' alla volta, tipo 50 euro al mese, finché non torno a lavorare a orario pieno. Se per voi va bene mi dite come fare.

Roberto Malagoli"""),

    dict(id="s8it030", date="2026-12-30T11:30", fmt="tb", stage="firm", ago=2,
         inv="FT-2026-1171", amt="1.586,00", due="2026-11-30",
         frm="Agriturismo Il Noce <info@agriturismoilnoce.it>",
         intent="promise",
         note="Owner away until after Epiphany and only he can authorise the transfer; will pay 'la settimana dopo la Befana' (a week, not a day).",
         body="""Buongiorno,

il titolare è fuori fino a dopo l'Epifania e i bonifici sopra una certa cifra li può autorizzare solo lui dall'home banking. Gli ho già lasciato la fattura sulla scrivania: la paghiamo appena rientra, la settimana dopo la Befana.

Mi scuso per il disagio.

Laura
Agriturismo Il Noce – Serramazzoni (MO)
tel. 0536 954 081"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s8it031", date="2027-01-08T15:20", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FT-2026-1247", amt="558,00", due="2026-12-15",
         frm="Yoga Studio Shanti <info@yogastudioshanti.it>",
         intent="paid", paid_on="2027-01-04",
         note="Says the transfer was made on Monday 4 January and the receipt is attached; the reminders crossed.",
         body="""Buongiorno,

vi scrivo perché ci è arrivato il secondo sollecito, ma il pagamento è stato effettuato lunedì 4 gennaio con bonifico ordinario dalla nostra banca. In allegato trovate la contabile con il CRO.

Probabilmente le due cose si sono incrociate. Fatemi sapere se entro qualche giorno non vi risulta ancora.

Un saluto,
Valentina Sola
Yoga Studio Shanti A.S.D.
Via Emilia Centro 141, Modena – 347 220 1938"""),

    dict(id="s8it032", date="2027-01-20T11:05", fmt="html_outlook", stage="firm", ago=6,
         inv="FT-2026-1226", amt="1.912,35", due="2026-12-31",
         frm="Federico Amadei <f.amadei@grandimagazzinirinaldi.it>",
         intent="dispute",
         note="Purchasing office blocked the invoice: colour cost per copy above the contract rate; asks for a partial credit note or a corrected invoice, rejects late interest.",
         body="""Spett.le Bertoldi Office Solutions S.r.l.,

in riscontro al Vs. sollecito, Vi comunichiamo che la fattura n. FT-2026-1226 è stata bloccata al pagamento in fase di controllo fattura/ordine.

Il costo copia applicato per le stampe a colori (€ 0,065) non corrisponde a quello previsto dal contratto di noleggio n. 2024/117 sottoscritto il 12/03/2024, pari a € 0,045 a copia, né ci risultano comunicazioni di adeguamento del listino. La differenza contestata, su 31.500 copie a colori, ammonta a € 630,00 + IVA.

Restiamo in attesa di una nota di credito parziale o di una nuova fattura conforme al contratto: solo a quel punto potremo procedere al pagamento. Nel frattempo non riteniamo dovuti gli interessi di mora richiamati nel sollecito.

Distinti saluti

Dott. Federico Amadei
Ufficio Acquisti – Servizi Generali
Grandi Magazzini Rinaldi S.p.A.
Via Emilia San Pietro 60 – 42121 Reggio Emilia
Tel. +39 0522 407 733 | Mob. +39 335 612 0048

Ai sensi del Reg. UE 2016/679 (GDPR) le informazioni contenute nella presente comunicazione sono riservate. Se avete ricevuto questo messaggio per errore, Vi preghiamo di cancellarlo e di avvisare il mittente."""),

    dict(id="s8it033", date="2027-01-18T09:10", fmt="ooo", stage="second_reminder", ago=0,
         inv="FT-2026-1262", amt="390,40", due="2026-12-31",
         frm="Matteo Lugli <matteo@cantinalugli.it>",
         intent="out_of_office", return_date="2027-01-21",
         note="Auto-reply: away at a trade fair until Wednesday 20 January inclusive, back Thursday 21.",
         body="""Grazie per il messaggio.

Sono fuori sede per una fiera all'estero fino a mercoledì 20 gennaio compreso e risponderò al mio rientro.

Per ordini e spedizioni: ordini@cantinalugli.it
Per questioni amministrative: amministrazione@cantinalugli.it

Matteo Lugli
Cantina Lugli – Castelvetro di Modena"""),

    dict(id="s8it034", date="2027-01-21T14:12", fmt="outlook", stage="reminder", ago=2,
         inv="FT-2027-0031", amt="2.684,00", due="2027-01-15",
         frm="Ufficio Fornitori - Salumificio Val Tiepido <fornitori@salumificiovaltiepido.it>",
         intent="copy_request",
         note="Invoice held because it has no purchase-order number; asks for the PO reference or a reissued invoice before paying.",
         body="""Buongiorno,

la fattura FT-2027-0031 ci è arrivata via SDI senza il riferimento al nostro ordine d'acquisto e il sistema l'ha messa in sospeso: da noi nessuna fattura passa in pagamento senza numero OdA.

Vi chiedo di indicarci il numero d'ordine a cui si riferisce (presumo quello di dicembre per i due notebook e la licenza del gestionale) oppure, meglio ancora, di emettere nota di credito e rifatturare riportando l'OdA nel campo 2.1.2 dell'XML.

Grazie, buon lavoro

Debora Zini
Ufficio Fornitori
Salumificio Val Tiepido S.p.A.
Via per Castelnuovo 18 – 41014 Castelvetro di Modena
Tel. 059 799 5120"""),

    dict(id="s8it035", date="2027-01-15T10:30", fmt="gmail", stage="reminder", ago=4,
         inv="FT-2026-1288", amt="427,00", due="2026-12-31",
         frm="Palestra Olimpia <palestraolimpia.pavullo@gmail.com>",
         intent="contact_change", new_email="clienti@studiobonacini.it",
         note="Gym's administration is now handled by an accounting firm; asks to send invoices and reminders there.",
         body="""Buongiorno, da quest'anno la parte amministrativa della palestra la segue lo Studio Bonacini. Per fatture, solleciti e pagamenti scrivete direttamente a loro: clienti@studiobonacini.it (rif. dott.ssa Elena Bonacini).

Questa gliela giro già io.

Grazie
Gianni – Palestra Olimpia Pavullo"""),

    dict(id="s8it036", date="2027-01-11T08:33", fmt="bounce",
         inv="FT-2026-1293", amt="244,00", due="2026-12-31",
         rcpt="contabilita@immobiliaresanfelice.it", status="5.1.1",
         remote="mx.immobiliaresanfelice.it",
         diag="550 5.1.1 <contabilita@immobiliaresanfelice.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox does not exist.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
contabilita@immobiliaresanfelice.it

Reporting-MTA: dns; a48-112.smtp-out.amazonses.com
Diagnostic-Code: smtp; 550 5.1.1 <contabilita@immobiliaresanfelice.it>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s8it037", date="2027-01-08T12:00", fmt="html_outlook", stage="final_notice", ago=2,
         inv="FT-2026-1012", amt="3.294,00", due="2026-10-15",
         frm="Amministrazione Hotel Ristorante La Pergola <amministrazione@lapergola-hotel.it>",
         intent="promise", promise_date="2027-01-20",
         note="Formal answer to the last notice: full payment 'entro e non oltre il 20 gennaio'; the notice's own deadline is different and not labelled.",
         body="""Spett.le Bertoldi Office Solutions S.r.l.
Ufficio Amministrazione

Oggetto: Vs. ultimo avviso – fattura FT-2026-1012

Con riferimento al Vostro ultimo avviso, prendiamo atto della posizione e Vi comunichiamo che il pagamento dell'intero importo di € 3.294,00 sarà effettuato tramite bonifico bancario entro e non oltre il 20 gennaio p.v.

Il ritardo è dovuto esclusivamente a un disguido interno in fase di chiusura dell'esercizio, di cui ci scusiamo. Vi chiediamo pertanto di soprassedere a qualsiasi iniziativa di recupero.

Distinti saluti

Dott. Emanuele Cuoghi
Amministratore Unico
Hotel Ristorante La Pergola S.r.l.
Via Statale 12, Fanano (MO)
Tel. 0536 68 117 – P.IVA 02918440364"""),

    dict(id="s8it038", date="2027-01-19T07:58", fmt="gmail", stage="reminder", ago=1,
         inv="FT-2026-1305", amt="97,60", due="2027-01-10",
         frm="Franco Bulgarelli <franco.bulgarelli@tiscali.it>",
         intent="paid", paid_on="2027-01-15",
         note="Typos: transfer made at the post office 'venerdi scorso' (written Tuesday 19 = Friday 15 January).",
         body="""buongiorno ho fato il bonifco venerdi scorso alla posta, forse non e ancora arivato. la ricevuta ce l ho qua se serve ve la fotografo

saluti Bulgarelli"""),

    dict(id="s8it039", date="2027-01-26T10:40", fmt="tb", stage="final_notice", ago=4,
         inv="FT-2026-0944", amt="6.710,00", due="2026-09-30",
         frm="Amministrazione Arredamenti Ghirlandina <amministrazione@arredamentighirlandina.it>",
         intent="other",
         note="Company admitted to concordato preventivo: pre-filing debts cannot be paid outside the procedure; refers to the judicial commissioner. Not an unsubscribe.",
         body="""Spett.le Bertoldi Office Solutions S.r.l.,

Vi informiamo che con decreto del Tribunale di Modena depositato il 18 dicembre 2026 la scrivente società è stata ammessa alla procedura di concordato preventivo (R.G. n. 14/2026). Ai sensi di legge, i crediti sorti anteriormente alla domanda non possono essere pagati al di fuori della procedura.

Il Vostro credito relativo alla fattura FT-2026-0944 dovrà pertanto essere comunicato al Commissario Giudiziale, dott. Alberto Ferri, all'indirizzo PEC cp14.2026.modena@pec.example.it, che provvederà alle comunicazioni ai creditori.

Vi preghiamo di non inviare ulteriori solleciti a questo indirizzo.

Distinti saluti

L'Amministrazione
Arredamenti Ghirlandina S.r.l. in concordato preventivo
Via Emilia Est 1320 – 41122 Modena"""),

    dict(id="s8it040", date="2027-01-21T17:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FT-2026-1276", amt="671,00", due="2026-12-31",
         frm="Francesca Carretti <accademiaetoile.sassuolo@gmail.com>",
         intent="promise", promise_date="2027-01-25",
         note="Will pay on Monday 25 when January fees come in; side question about instant transfers.",
         body="""Ciao, il saldo lo faccio lunedì 25, quando mi arrivano le rette di gennaio delle allieve.

Una domanda: se faccio il bonifico istantaneo vi arriva subito o ci vuole comunque un giorno? Perché non vorrei ricevere un altro sollecito nel frattempo :)

Grazie
Francesca
Accademia di Danza Étoile – Sassuolo"""),
]
