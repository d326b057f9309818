"""Italian debtor replies to Arti Grafiche Ferretti S.r.l. (printing firm, Granarolo dell'Emilia). Written by hand, one by one."""

CASES = [
    dict(id="s18it001", date="2026-12-09T22:47", fmt="gmail", stage="reminder", ago=1,
         inv="FT/2026/0688", amt="385,00", due="2026-11-30",
         frm="Gino Castellari <trattoriadagino.lugo@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Short phone reply on Wednesday 9 Dec: transfer on Friday = 11 Dec.",
         body="""ok venerdi faccio il bonifico
Gino"""),

    dict(id="s18it002", date="2026-12-16T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="FT/2026/0602", amt="1.220,00", due="2026-11-15",
         frm="Ufficio Ragioneria - Comune di Borgo Valsenio <ragioneria@comune.borgovalsenio.bo.it>",
         intent="paid", paid_on="2026-12-15",
         note="Town hall: payment order (mandato) sent to the treasurer on 15/12/2026; amount net of VAT under split payment.",
         body="""Gentili,

in riferimento al sollecito in oggetto si comunica che la fattura elettronica n. FT/2026/0602 è stata liquidata con determinazione n. 412 del 02/12/2026 e che il relativo mandato di pagamento n. 2318 è stato trasmesso al Tesoriere comunale in data 15/12/2026.

Si ricorda che, trattandosi di ente pubblico in regime di scissione dei pagamenti (art. 17-ter D.P.R. 633/1972), l'importo accreditato sarà pari al solo imponibile (€ 1.000,00), mentre l'IVA viene versata direttamente all'Erario.

Distinti saluti

Rag. Daniela Montroni
Servizio Finanziario - Ufficio Ragioneria
Comune di Borgo Valsenio
Piazza della Repubblica 1 - 40060 Borgo Valsenio (BO)
Tel. 051 6598 214
PEC: comune.borgovalsenio@cert.provincia.bo.it"""),

    dict(id="s18it003", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0715", amt="642,50", due="2026-12-15",
         frm="Segreteria IC Pascoli <segreteria@icpascoli-budrio.edu.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="School office closed 24 Dec - 6 Jan; reopens Thursday 7 January.",
         body="""Gentile utente,

si comunica che gli uffici di segreteria dell'Istituto Comprensivo "G. Pascoli" resteranno chiusi per le festività natalizie dal 24 dicembre 2026 al 6 gennaio 2027 (chiusura deliberata dal Consiglio d'Istituto).

Gli uffici riapriranno regolarmente giovedì 7 gennaio 2027. Le e-mail ricevute in questo periodo saranno evase a partire dalla riapertura.

Per comunicazioni urgenti è possibile scrivere alla PEC istituzionale.

La Segreteria
Istituto Comprensivo "G. Pascoli" - Budrio"""),

    dict(id="s18it004", date="2026-12-10T15:12", fmt="apple", stage="second_reminder", ago=2,
         inv="FT/2026/0651", amt="298,90", due="2026-11-30",
         frm="Osteria del Portico <osteriadelportico@libero.it>",
         intent="dispute",
         note="Menus delivered with wrong prices; refuses to pay until they are reprinted.",
         body="""Ma state scherzando??

I menu che ci avete consegnato hanno i prezzi dei secondi SBAGLIATI, la tagliata c'è scritto 16 invece di 19 e mancano due piatti. L'ho detto al telefono a Marco il 20 novembre e mi ha detto che li ristampavate subito. Non ho visto niente, e intanto mi arrivano i solleciti.

Finché non mi portate i menu giusti non pago un euro. Chiaro?

Roberto Pasi
Osteria del Portico

Inviato da iPhone"""),

    dict(id="s18it005", date="2026-12-14T19:05", fmt="tb", stage="reminder", ago=4,
         inv="FT/2026/0720", amt="1.480,00", due="2026-12-10",
         frm="Tesoriere Polisportiva Quarto <tesoriere@polisportivaquarto.it>",
         intent="plan_request",
         note="Amateur sports association asks to pay the calendars in three instalments; no date committed.",
         body="""Buonasera,

sono il tesoriere della Polisportiva Quarto Inferiore ASD. Abbiamo ricevuto il vostro promemoria per la fattura dei calendari 2027.

Vi scrivo con un po' di imbarazzo: siamo un'associazione di volontari e le entrate principali arrivano con le iscrizioni di gennaio e febbraio. In questo momento in cassa non abbiamo l'intera cifra.

Sarebbe possibile dividere l'importo in tre rate? Ditemi voi come preferite procedere, per noi va bene anche pagare con il vostro link a ogni rata.

Grazie per la comprensione e buone feste,

Stefano Grandi
Tesoriere - Polisportiva Quarto Inferiore ASD
cell. 347 281 9066"""),

    dict(id="s18it006", date="2027-01-12T10:44", fmt="html_outlook", stage="firm", ago=5,
         inv="FT/2026/0598", amt="2.745,00", due="2026-11-30",
         frm="Contabilità Fornitori <contabilita.fornitori@villaletizia-ospedale.it>",
         intent="copy_request",
         note="Hospital AP: invoice not received via SdI; asks for a copy and the purchase order number before paying.",
         body="""Buongiorno,

con riferimento al Vostro sollecito, Vi informiamo che la fattura n. FT/2026/0598 non risulta pervenuta al nostro sistema tramite SdI (Sistema di Interscambio) e pertanto non è presente in contabilità.

Per poter procedere con la registrazione e il successivo pagamento Vi chiediamo di:
- inviarci copia della fattura in formato PDF unitamente alla ricevuta di consegna SdI;
- indicare il numero d'ordine di riferimento (formato ODA-2026-xxxxx), senza il quale la fattura non può essere approvata dal reparto richiedente.

Qualora la fattura fosse stata trasmessa a un codice destinatario errato, Vi preghiamo di riemetterla utilizzando il codice destinatario M5UXCR1.

Cordiali saluti

Elena Bortolotti
Ufficio Contabilità Fornitori
Ospedale Privato Accreditato Villa Letizia S.p.A.
Via dei Mille 48 - 40121 Bologna
Tel. 051 429 3371 - Fax 051 429 3300

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, siete pregati di cancellarla e di informare il mittente. Ai sensi del Reg. UE 2016/679 (GDPR)."""),

    dict(id="s18it007", date="2026-12-21T13:30", fmt="gmail", stage="reminder", ago=3,
         inv="FT/2026/0729", amt="212,40", due="2026-12-15",
         frm="Chiara Lenzi <fioridichiara.castenaso@gmail.com>",
         intent="promise",
         note="Will pay 'subito dopo le feste': vague time, no single day.",
         body="""Buongiorno,

scusate tantissimo il ritardo, in questo periodo tra addobbi e centrotavola siamo sommersi e non riesco proprio a stare dietro alla parte amministrativa.

Provvedo subito dopo le feste, promesso!

Buon Natale a tutti voi
Chiara
Fiori di Chiara - Castenaso"""),

    dict(id="s18it008", date="2026-12-11T09:02", fmt="outlook", stage="second_reminder", ago=1,
         inv="FT/2026/0640", amt="156,00", due="2026-11-20",
         frm="Ferramenta Zanotti <info@ferramentazanotti.it>",
         intent="paid",
         note="Says it is already paid, no date given.",
         body="""Guardate che l'abbiamo già pagata, controllate meglio.

Zanotti"""),

    dict(id="s18it009", date="2027-01-08T17:20", fmt="gmail", stage="reminder", ago=3,
         inv="FT/2026/0748", amt="930,00", due="2026-12-31",
         frm="Ivo Morselli <ivo.morselli48@gmail.com>",
         intent="contact_change", new_email="amministrazione@poggiodeigelsi.it",
         note="Winery: send invoices and reminders to the admin address instead.",
         body="""Buonasera,
sono il figlio di Ivo, rispondo io dalla sua mail. Per le etichette ci pensiamo noi in cantina, ma per favore d'ora in avanti mandate fatture e solleciti a amministrazione@poggiodeigelsi.it, perché questa casella la guarda solo mio papà e lui col computer... lasciamo perdere :)

Grazie
Matteo Morselli
Cantina Poggio dei Gelsi"""),

    dict(id="s18it010", date="2027-01-19T09:15", fmt="html_outlook", stage="reminder", ago=6,
         inv="FT/2026/0752", amt="3.172,00", due="2026-12-31",
         frm="Amministrazione Edilcasa <amministrazione@edilcasacostruzioni.it>",
         intent="bank_details",
         note="Received a mail in the firm's name announcing a new (Lithuanian) IBAN; asks for confirmation before paying.",
         body="""Buongiorno,

prima di procedere con il pagamento della fattura in oggetto vorremmo una conferma da parte vostra.

Giovedì scorso abbiamo ricevuto una e-mail, apparentemente inviata dal vostro ufficio amministrazione, in cui ci veniva comunicato che il vostro conto era cambiato e che i pagamenti andavano effettuati su un nuovo IBAN presso una banca lituana (LT...). L'indirizzo del mittente era molto simile al vostro ma non identico.

Ci potete confermare quali sono le vostre coordinate bancarie corrette? Preferiremmo una conferma telefonica al numero sotto indicato.

Grazie, cordiali saluti

Monica Tartarini
Ufficio Amministrativo
Edilcasa Costruzioni S.r.l.
Via Nazionale 220 - 40051 Altedo (BO)
Tel. 051 871 5502
P.IVA 02655491207"""),

    dict(id="s18it011", date="2026-12-18T20:40", fmt="gmail", stage="heads_up", ago=2,
         inv="FT/2026/0760", amt="95,00", due="2026-12-31",
         frm="Paolo Vignoli <p.vignoli@alice.it>",
         intent="unsubscribe",
         note="Asks to be removed from automatic reminder e-mails.",
         body="""Buonasera,

vi chiedo gentilmente di togliere il mio indirizzo da questi promemoria automatici. La fattura la pago come sempre alla scadenza, non ho bisogno che me lo ricordiate via e-mail. Per qualsiasi cosa avete il mio numero.

Paolo Vignoli"""),

    dict(id="s18it012", date="2027-01-05T08:33", fmt="bounce", stage="reminder",
         inv="FT/2026/0702", rcpt="ordini@pasticceriaaurora.it", status="5.1.1",
         frm="Mail Delivery System <MAILER-DAEMON@mx.graficheferretti.it>",
         mta="mx.graficheferretti.it", remote="mx.pasticceriaaurora.it",
         diag="550 5.1.1 <ordini@pasticceriaaurora.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is the mail system at host mx.graficheferretti.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ordini@pasticceriaaurora.it>: host mx.pasticceriaaurora.it[185.81.0.44] said:
    550 5.1.1 <ordini@pasticceriaaurora.it>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s18it013", date="2026-12-30T11:05", fmt="tb", stage="second_reminder", ago=2,
         inv="FT/2026/0694", amt="418,60", due="2026-11-30",
         frm="B&B Le Magnolie <info@lemagnolie-bb.it>",
         intent="other",
         note="Passed the reminder to their accountant; no statement about payment.",
         body="""Buongiorno,
ho girato la vostra mail allo Studio Righi, il nostro commercialista, che si occupa dei pagamenti ai fornitori. Vi farà sapere lui appena rientra dopo le feste.

Cordiali saluti
Anna Ferri
B&B Le Magnolie"""),

    dict(id="s18it014", date="2027-01-14T18:10", fmt="gmail", stage="second_reminder", ago=2,
         inv=[("FT/2026/0671", "244,00", "2026-11-30"), ("FT/2026/0738", "183,00", "2026-12-31")],
         frm="autofficina benassi <autofficinabenassi@gmail.com>",
         intent="promise",
         note="Will pay both invoices 'la settimana prossima': a window, no single day.",
         body="""buonasera ho visto la mail. le due fatture le saldo la settimana prossima che adesso sto aspettando un pagamento grosso da un cliente
saluti benassi"""),

    dict(id="s18it015", date="2026-12-15T12:40", fmt="gmail", stage="reminder", ago=5,
         inv=[("FT/2026/0701", "450,00", "2026-11-30"), ("FT/2026/0733", "600,00", "2026-12-05")],
         frm="Bar Pasticceria Stella <barstella.minerbio@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment: transfer of 600 made today (settles 0701, on account for 0733); rest 'appena riesco', no date.",
         body="""Buongiorno,

oggi ho fatto un bonifico di 600 euro: 450 a saldo della fattura 0701 e 150 come acconto sulla 0733. Il resto della 0733 ve lo mando appena riesco, dicembre è un mese pesante anche per noi.

Appena la banca mi manda la contabile ve la giro.

Grazie e buona giornata
Lorena
Bar Pasticceria Stella"""),

    dict(id="s18it016", date="2026-12-28T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0711", amt="1.854,40", due="2026-12-15",
         frm="Giorgio Landi <g.landi@logisticaemiliana.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away until Saturday 2 January inclusive; first working day back is Monday 4 January.",
         body="""Buongiorno,

sono fuori ufficio fino al 2 gennaio compreso, con accesso limitato alla posta elettronica.
Per questioni amministrative urgenti potete contattare l'ufficio contabilità all'indirizzo contabilita@logisticaemiliana.it.

Cordiali saluti
Giorgio Landi
Responsabile Amministrazione - Logistica Emiliana S.p.A."""),

    dict(id="s18it017", date="2026-12-17T10:05", fmt="outlook", stage="reminder", ago=2, fwd=True,
         inv="FT/2026/0705", amt="527,00", due="2026-12-10",
         frm="Silvia Cevenini <segreteria@studiodentisticomontanari.it>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the dentist's internal answer: paid on 15 January with the other suppliers.",
         body="""Buongiorno,

vi inoltro qui sotto la risposta del Dott. Montanari in merito al vostro sollecito.

Cordiali saluti
Silvia Cevenini
Segreteria - Studio Dentistico Dott. Montanari
Via Matteotti 9, 40054 Budrio (BO) - Tel. 051 801 337

-----Messaggio originale-----
Da: Andrea Montanari <a.montanari@studiodentisticomontanari.it>
Inviato: mercoledì 16 dicembre 2026 19:48
A: Silvia Cevenini <segreteria@studiodentisticomontanari.it>
Oggetto: R: I: Sollecito di pagamento: fattura FT/2026/0705 scaduta – Arti Grafiche Ferretti S.r.l.

Silvia, rispondi tu alla tipografia che la paghiamo il 15 gennaio insieme agli altri fornitori. Grazie
AM"""),

    dict(id="s18it018", date="2027-01-20T14:22", fmt="html_outlook", stage="firm", ago=4,
         inv="FT/2026/0669", amt="6.405,00", due="2026-11-30",
         frm="Contabilità Fornitori Valpadana <ap@conservevalpadana.it>",
         intent="promise", promise_date="2027-01-31",
         note="Invoice approved; will be paid in the end-of-January supplier run = 31 January.",
         body="""Spett.le Arti Grafiche Ferretti,

in riscontro alla Vostra comunicazione, Vi informiamo che la fattura n. FT/2026/0669 risulta correttamente registrata e approvata dal responsabile acquisti.

Il ritardo è dovuto al blocco delle approvazioni per la chiusura contabile di fine anno. La fattura è stata inserita nella distinta di pagamento fornitori di fine gennaio.

Restiamo a disposizione per eventuali chiarimenti.

Distinti saluti

Roberta Gallerani
Accounts Payable
Conserve Alimentari Valpadana S.p.A.
Via Argine Po 31 - 44034 Copparo (FE)
Tel. +39 0532 861 120
Capitale sociale € 2.500.000 i.v. - R.E.A. FE-145872 - P.IVA 01293840385

Questo messaggio e i suoi allegati sono destinati esclusivamente alle persone indicate e possono contenere informazioni riservate. Se lo avete ricevuto per errore, vi preghiamo di informarci e di eliminarlo."""),

    dict(id="s18it019", date="2027-01-13T09:48", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="FT/2026/0741", amt="368,00", due="2026-12-20",
         frm="Luca Fabbri Fotografo <info@lucafabbrifoto.it>",
         intent="paid", paid_on="2027-01-12",
         note="Transfer made 'ieri' = 12 January.",
         body="""Ciao,
il bonifico l'ho fatto ieri pomeriggio, dovreste vederlo entro un paio di giorni. Scusate il ritardo, con le feste mi era proprio passato di mente.

Gli album sono venuti benissimo, la sposa era contentissima!

Luca

--
Luca Fabbri Fotografo
www.lucafabbrifoto.it | 339 418 2275"""),

    dict(id="s18it020", date="2026-12-07T16:30", fmt="tb", stage="reminder", ago=3,
         inv="FT/2026/0662", amt="1.098,00", due="2026-11-30",
         frm="Bottega Rossi Alimentari <ufficio@bottegarossi.it>",
         intent="dispute",
         note="Received 5,000 flyers, billed for 10,000; waits for a corrected invoice or credit note.",
         body="""Buongiorno,

abbiamo ricevuto il vostro sollecito ma la fattura non è corretta: ci avete consegnato 5.000 volantini (come da DDT n. 1187 del 18/11) e in fattura ne sono indicati 10.000.

Restiamo in attesa di fattura corretta o nota di credito per la differenza, dopodiché provvederemo subito al pagamento.

Saluti
Marisa Rossi
Bottega Rossi Alimentari s.n.c.
Via Roma 54 - 40062 Molinella (BO)"""),

    dict(id="s18it021", date="2027-01-11T11:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="FT/2026/0726", amt="1.683,60", due="2026-12-15",
         frm="Hotel Miramonti Direzione <direzione@hotelmiramonti-lizzano.it>",
         intent="dispute",
         note="Price in the invoice higher than the accepted quote; pays only the quoted amount.",
         body="""Buongiorno,

la fattura in oggetto non corrisponde al preventivo n. 118 del 6 ottobre che vi abbiamo firmato, che prevedeva € 1.150,00 + IVA per le brochure e le cartelline. In fattura l'imponibile è di € 1.380,00.

Nessuno ci ha comunicato variazioni di prezzo. Siamo disponibili a pagare l'importo del preventivo, non la differenza. Vi chiediamo di emettere una nota di credito o di spiegarci da dove arriva il maggior importo.

Cordiali saluti

Francesca Nanni
Direzione
Hotel Miramonti ***
Via Pietrafitta 12 - 40042 Lizzano in Belvedere (BO)
Tel. 0534 51 208"""),

    dict(id="s18it022", date="2027-01-22T21:03", fmt="gmail", stage="reminder", ago=4,
         inv="FT/2026/0757", amt="274,50", due="2026-12-31",
         frm="Marta Guidi <marta.guidi.88@gmail.com>",
         intent="other",
         note="Wrong recipient: a private person who never ordered anything.",
         body="""Buonasera,
credo abbiate sbagliato indirizzo, io non ho mai fatto ordini presso di voi e non conosco la vostra ditta. Forse cercate un'altra Guidi? Nella zona c'è Guidi Arredamenti, magari è loro.
Saluti
Marta Guidi"""),

    dict(id="s18it023", date="2027-01-07T12:00", fmt="html_outlook", stage="firm", ago=3,
         inv="FT/2026/0615", amt="2.196,00", due="2026-10-31",
         frm="Amministrazione Mobilificio Bertocchi <amministrazione@mobilificiobertocchi.it>",
         intent="other",
         note="Company declared in liquidazione giudiziale; creditors must file their claim with the curatore.",
         body="""Spett.le Ditta,

con la presente si comunica che la società Mobilificio Bertocchi S.r.l. è stata dichiarata in liquidazione giudiziale con sentenza del Tribunale di Bologna n. 214/2026 depositata il 10/12/2026.

Ogni pagamento è pertanto sospeso. Eventuali crediti anteriori alla data della sentenza dovranno essere fatti valere mediante domanda di ammissione al passivo, da trasmettere a mezzo PEC al Curatore, Dott.ssa Laura Benetti, all'indirizzo lg214.2026bologna@pecliquidazioni.it.

L'adunanza per l'esame dello stato passivo è fissata per il giorno 18 marzo 2027.

Distinti saluti

Ufficio Amministrazione
Mobilificio Bertocchi S.r.l. in liquidazione giudiziale"""),

    dict(id="s18it024", date="2027-01-18T22:15", fmt="apple", stage="reminder", ago=4,
         inv="FT/2026/0731", amt="740,00", due="2026-12-31",
         frm="Giulia Bonfiglioli <giulia.bonfi@icloud.com>",
         intent="plan_request",
         note="Couple who ordered wedding invitations asks to split the amount in two or three instalments; no date.",
         body="""Ciao!

Siamo Giulia e Andrea, gli inviti e i segnaposto del matrimonio di settembre 😊

Scusate se non abbiamo ancora pagato, ma tra caparre, ristorante e tutto il resto siamo un po' in difficoltà in questo periodo. Sarebbe possibile dividere l'importo in due o tre rate? Fateci sapere voi come preferite.

Grazie mille e ancora complimenti per il lavoro, sono bellissimi!

Giulia

Inviato da iPhone"""),

    dict(id="s18it025", date="2027-01-05T10:20", fmt="gmail", stage="firm", ago=4,
         inv="FT/2026/0684", amt="512,40", due="2026-11-30",
         frm="Boutique Elisa <boutique.elisa.sanlazzaro@gmail.com>",
         intent="plan_request",
         note="Shop asks for a few more weeks after a poor December; no date committed.",
         body="""Buongiorno,

vi scrivo con sincerità: dicembre è andato molto peggio di quanto mi aspettassi e in questo momento non riesco a pagare tutta la fattura. Vi chiedo se potete darmi ancora qualche settimana, con l'inizio dei saldi spero di rimettermi in pari.

Se preferite possiamo anche fare metà e metà, ditemi voi.

Grazie
Elisa Montanari
Boutique Elisa - San Lazzaro di Savena"""),

    dict(id="s18it026", date="2026-12-12T11:48", fmt="gmail", stage="reminder", ago=3,
         inv="FT/2026/0677", amt="231,80", due="2026-11-30",
         frm="Termoidraulica Sgarbi <termoidraulicasgarbi@gmail.com>",
         intent="copy_request",
         note="Cannot find the invoice; asks for it again as PDF.",
         body="""salve nn trovo piu la fattura degli adesivi del furgone me la rimandate in pdf? grazie
sgarbi

Inviato dal mio Galaxy"""),

    dict(id="s18it027", date="2027-01-04T09:10", fmt="tb", stage="second_reminder", ago=4,
         inv="FT/2026/0709", amt="389,00", due="2026-12-10",
         frm="Davide Roncagli <d.roncagli@coopilgirasole.it>",
         intent="contact_change", new_email="federica.lolli@coopilgirasole.it",
         note="Sender no longer handles administration; new contact Federica Lolli.",
         body="""Buongiorno,

vi informo che dal 1° gennaio non mi occupo più dell'amministrazione della Cooperativa. La contabilità fornitori è ora seguita dalla collega Federica Lolli, federica.lolli@coopilgirasole.it, tel. 051 6347 210.

Vi prego di aggiornare i vostri contatti e di inviare a lei anche questo sollecito, così può verificare.

Buon anno
Davide Roncagli
Cooperativa Sociale Il Girasole"""),

    dict(id="s18it028", date="2026-12-22T15:35", fmt="gmail", stage="reminder", ago=2,
         inv="FT/2026/0717", amt="178,00", due="2026-12-15",
         frm="Pizzeria Il Forno Antico <ilfornoantico.bentivoglio@gmail.com>",
         intent="bank_details",
         note="Wants to pay by bank transfer rather than the link and asks for the IBAN.",
         body="""Ciao, vorrei pagare con bonifico normale e non col link, mi mandate l'IBAN? Sulla fattura non lo trovo.
Grazie
Salvatore"""),

    dict(id="s18it029", date="2027-01-27T16:50", fmt="outlook", stage="reminder", ago=5,
         inv=[("FT/2026/0744", "305,00", "2026-12-31"), ("FT/2026/0750", "122,00", "2026-12-31"),
              ("FT/2027/0012", "451,40", "2027-01-15")],
         frm="Agenzia Casa Più <amministrazione@agenziacasapiu.it>",
         intent="promise", promise_date="2027-02-01",
         note="Three invoices paid with one transfer on Monday; reply on Wednesday 27 Jan, so Monday 1 February.",
         body="""Buongiorno Sig.ra,

le tre fatture le paghiamo lunedì con un unico bonifico, ve lo scrivo nella causale con tutti e tre i numeri.

Saluti
Claudio Bergami
Agenzia Immobiliare Casa Più
Via Emilia Levante 18 - San Lazzaro di Savena"""),

    dict(id="s18it030", date="2026-12-29T17:02", fmt="gmail", stage="second_reminder", ago=1,
         inv="FT/2026/0698", amt="146,40", due="2026-12-05",
         frm="Tabaccheria Mazzoni <tabmazzoni@libero.it>",
         intent="promise", promise_date="2027-01-11",
         note="Will pay on 11/1 when back from holiday = 11 January 2027.",
         body="""Buonasera, siamo chiusi per ferie fino a dopo l'Epifania. Pago l'11/1 appena rientro, va bene?
Mazzoni Loredana"""),

    dict(id="s18it031", date="2026-12-19T01:12", fmt="html_gmail", stage="reminder", ago=2,
         inv="FT/2026/0723", amt="264,00", due="2026-12-10",
         frm="The Old Barrel Pub <oldbarrelpub.ferrara@gmail.com>",
         intent="promise", promise_date="2027-01-06",
         note="'Entro la Befana' = by 6 January (Epifania).",
         body="""Ciao ragazzi, tranquilli, entro la Befana è saldato 😉 Ci avete fatto dei sottobicchieri spettacolari!

Nico
The Old Barrel - Ferrara"""),

    dict(id="s18it032", date="2027-01-26T07:15", fmt="gmail", stage="firm", ago=3,
         inv="FT/2026/0736", amt="812,00", due="2026-12-31",
         frm="Az. Agr. Le Cerque <lecerque.agricola@gmail.com>",
         intent="promise", promise_date="2027-01-28",
         note="Reply on Tuesday 26 Jan: transfer 'dopodomani' = 28 January.",
         body="""Buongiorno,

mi scuso per il ritardo. Aspettavamo l'accredito del contributo PSR che è arrivato solo ieri sera. Dopodomani faccio il bonifico per intero, compresi gli interessi se ci sono, fatemi sapere l'importo esatto.

Cordialmente
Fabio Zambelli
Azienda Agricola Le Cerque - Monte San Pietro"""),

    dict(id="s18it033", date="2026-12-23T09:40", fmt="outlook", stage="second_reminder", ago=0,
         inv="FT/2026/0685", amt="610,00", due="2026-11-30",
         frm="Studio Legale Bernardi <segreteria@studiolegalebernardi.it>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer ordered on 22/12/2026, TRN given; crossed with the reminder.",
         body="""Gentili Signori,

su incarico dell'Avv. Bernardi si comunica che in data 22/12/2026 è stato disposto bonifico bancario di € 610,00 a saldo della fattura FT/2026/0685 (TRN 0306912874165320480160004820IT). Il sollecito si è evidentemente incrociato con il pagamento.

Cordiali saluti

Segreteria
Studio Legale Avv. Carlo Bernardi
Strada Maggiore 37 - 40125 Bologna
Tel. 051 239 887

Questo messaggio è riservato e può contenere informazioni coperte da segreto professionale. Se non siete i destinatari vi preghiamo di distruggerlo e di darne comunicazione al mittente."""),

    dict(id="s18it034", date="2027-01-15T13:05", fmt="gmail", stage="reminder", ago=2,
         inv="FT/2026/0747", amt="158,60", due="2026-12-31",
         frm="Circolo Fotografico Il Diaframma <ildiaframma.circolo@gmail.com>",
         intent="paid", paid_on="2027-01-15",
         note="Paid by card through the link just now; side question about the receipt.",
         body="""Buongiorno,
ho appena pagato con la carta dal vostro link. La ricevuta mi arriva via mail o devo scaricarla da qualche parte? Serve per il rendiconto del circolo.
Grazie
Walter Scagliarini
Circolo Fotografico Il Diaframma"""),

    dict(id="s18it035", date="2026-12-09T12:10", fmt="apple", stage="reminder", ago=1,
         inv="FT/2026/0673", amt="89,00", due="2026-11-30",
         frm="Sara Tinti <centroarmonia.estetica@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Instant transfer made this morning.",
         body="""Buongiorno, pagato stamattina con bonifico istantaneo. Scusate!
Sara - Centro Estetico Armonia

Inviato da iPhone"""),

    dict(id="s18it036", date="2027-01-19T10:30", fmt="tb", stage="second_reminder", ago=1,
         inv=[("FT/2026/0712", "366,00", "2026-12-15"), ("FT/2026/0739", "97,60", "2026-12-31")],
         frm="Studio Gualandi Amministrazioni <studio@gualandiamministrazioni.it>",
         intent="paid", paid_on="2027-01-15",
         note="Property manager: both invoices paid with one transfer 'venerdì scorso' (reply Tuesday 19 Jan) = 15 January.",
         body="""Buongiorno,

le fatture FT/2026/0712 (targhe e cartellonistica) e FT/2026/0739 (etichette citofoni) intestate al Condominio Via Emilia 112 sono state pagate con un unico bonifico venerdì scorso dal conto condominiale.

Se non lo vedete ancora, ricontrollate tra un paio di giorni: la banca del condominio è sempre un po' lenta.

Distinti saluti
Rag. Paola Gualandi
Amministratore condominiale - iscritta ANACI
Via Zanardi 140 - 40131 Bologna
Tel. 051 634 1190"""),

    dict(id="s18it037", date="2026-12-10T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0666", amt="2.318,00", due="2026-11-30",
         frm="Alessandra Poli <a.poli@ceramichesavena.it>",
         intent="out_of_office", return_date="2026-12-14",
         note="Out of the office until Friday 11 Dec inclusive; back Monday 14 December.",
         body="""Buongiorno,
sono fuori sede fino a venerdì 11 dicembre incluso per la fiera. Risponderò alla sua e-mail al mio rientro.
Per urgenze: ufficio amministrazione, tel. 051 625 4480.

Good morning,
I am out of the office until Friday 11 December included. I will reply to your e-mail when I am back.

Alessandra Poli
Ceramiche Savena S.p.A."""),

    dict(id="s18it038", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FT/2026/0719", amt="455,30", due="2026-12-10",
         frm="Ufficio Acquisti Farmacia Comunale <acquisti@farmaciacomunale-pianoro.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="On holiday from 21 Dec to 8 Jan; back in the office Monday 11 January.",
         body="""Grazie per il suo messaggio.

Sarò assente per ferie dal 21 dicembre all'8 gennaio. Rientrerò in ufficio lunedì 11 gennaio.
Durante la mia assenza la posta non verrà inoltrata; per ordini urgenti contattare direttamente la farmacia al numero 051 777 0102.

Dott.ssa Cristina Baldini"""),

    dict(id="s18it039", date="2027-01-25T11:40", fmt="gmail", stage="final_notice", ago=4,
         inv="FT/2026/0655", amt="1.342,00", due="2026-11-30",
         frm="Cicli Venturi <ciclieventuri@gmail.com>",
         intent="dispute",
         note="Returned 200 defective catalogues; credit note promised but not issued; refuses to pay until it arrives.",
         body="""Adesso basta.

Il 3 dicembre vi ho riportato di persona 200 cataloghi con le pagine stampate storte, li ha ritirati Marco in magazzino e mi ha detto che avreste fatto la nota di credito. Da allora niente, e adesso mi arriva pure la minaccia del decreto ingiuntivo??

Io non pago niente finché non mi arriva la nota di credito per i cataloghi resi. Se volete andate pure dall'avvocato, ho le foto e il testimone.

Venturi Mauro
Cicli Venturi - Castel San Pietro Terme"""),

    dict(id="s18it040", date="2026-12-14T13:00", fmt="gmail", stage="reminder", ago=4,
         inv="FT/2026/0692", amt="703,70", due="2026-12-05",
         frm="Falegnameria Cavazza <falegnameriacavazza@virgilio.it>",
         intent="promise", promise_date="2026-12-18",
         note="Pays Friday the 18th; side request to copy the accountant on future invoices.",
         body="""Buongiorno,

la pago venerdì 18 con bonifico.

Una domanda: per le prossime fatture potete mettere in copia anche il mio commercialista (studio.pedrini@commercialisti-bo.it)? Così non si perde niente.

Grazie, saluti
Ermes Cavazza
Falegnameria Cavazza - Medicina (BO)
cell. 335 6120 984"""),
]
