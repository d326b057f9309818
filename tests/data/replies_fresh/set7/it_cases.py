"""Italian debtor replies to reminders from Termoidraulica Castellani S.r.l. (Reggio Emilia). Written by hand, one by one."""

CASES = [
    dict(id="s7it001", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=1,
         inv="2026/0817", amt="186,50", due="2026-11-30",
         frm="Bar Centrale di Lusetti M. <barcentrale.lusetti@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Reply on Wednesday 9 Dec: 'venerdì passo e vi pago' = Friday 11 December.",
         body="""ok venerdi passo in ufficio e vi pago, mi ero dimenticato scusate

Mirko

Inviato da iPhone"""),

    dict(id="s7it002", date="2026-12-10T10:17", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="2026/0764", amt="2.318,40", due="2026-11-15",
         frm="Ufficio Amministrazione - Ceramiche Bonacini S.p.A. <contabilita.fornitori@ceramichebonacini.it>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made 'ieri, 9 dicembre', TRN given.",
         body="""Buongiorno,

vi informiamo che la fattura in oggetto è stata pagata ieri, 9 dicembre, con bonifico SEPA sul conto indicato in fattura (BPER Banca).
TRN: 0306909606210910482260049004IT

Vi chiediamo cortesemente di verificare l'accredito nei prossimi giorni e di non tenere conto di eventuali ulteriori solleciti.

Cordiali saluti

Elisa Grasselli
Ufficio Amministrazione – Contabilità Fornitori
Ceramiche Bonacini S.p.A.
Via Radici in Piano 212 – 41049 Sassuolo (MO)
Tel. 0536 801 455 – int. 214
www.ceramichebonacini.it

Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e sono, comunque, destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai sensi dell'art. 616 c.p., che ai sensi del Regolamento UE 2016/679 (GDPR)."""),

    dict(id="s7it003", date="2026-12-11T16:05", fmt="tb", stage="firm", ago=3,
         inv="2026/0702", amt="4.970,00", due="2026-10-31",
         frm="Studio Rag. Paolo Incerti - Amministrazioni Condominiali <studio@incertiamministrazioni.it>",
         intent="dispute",
         note="Condominium manager contests extra items not in the approved quote and withholds payment until a credit note and the conformity declaration arrive.",
         body="""Spett.le Termoidraulica Castellani S.r.l.,

in riferimento al Vostro sollecito relativo alla fattura n. 702/2026, intestata al Condominio "Residenza Le Magnolie" di Via Emilia Ospizio 58, Reggio Emilia, si precisa quanto segue.

L'intervento di sostituzione del bruciatore della centrale termica era stato approvato dall'assemblea del 14 luglio u.s. sulla base del Vostro preventivo n. 118/26, per un importo complessivo di € 3.850,00 IVA compresa. La fattura riporta invece € 4.970,00, con l'aggiunta di voci ("adeguamento linea gas", "ore extra manodopera") che non sono mai state preventivate né autorizzate dallo scrivente o dal Consiglio di condominio.

Inoltre, ad oggi non ci è stata consegnata la dichiarazione di conformità dell'impianto ai sensi del D.M. 37/2008, che Vi era stata richiesta già in sede di collaudo.

Fino al chiarimento delle voci aggiuntive e alla consegna della documentazione il pagamento resta sospeso. Siamo disponibili a saldare l'importo preventivato non appena riceveremo nota di credito per la differenza.

Distinti saluti

Rag. Paolo Incerti
Amministratore pro tempore
Studio Incerti – Amministrazioni Condominiali
Viale Monte Grappa 9/B – 42121 Reggio Emilia
Tel. 0522 451 902 – Cell. 347 118 2096
Iscritto ANACI n. 6617"""),

    dict(id="s7it004", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="2026/0855", amt="412,00", due="2026-11-30",
         frm="Studio Associato Ferretti & Bagnoli <segreteria@studioferrettibagnoli.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Closed 24 Dec to 6 Jan inclusive; reopens Thursday 7 January.",
         body="""Gentile mittente,

lo Studio resterà chiuso per le festività natalizie da giovedì 24 dicembre 2026 a mercoledì 6 gennaio 2027 compresi.
Le attività riprenderanno regolarmente giovedì 7 gennaio 2027; le e-mail ricevute in questo periodo saranno lette al nostro rientro.

Per urgenze relative a pratiche edilizie in scadenza è possibile contattare il geom. Bagnoli al 338 902 4471.

Buone feste
Segreteria Studio Associato Ferretti & Bagnoli"""),

    dict(id="s7it005", date="2026-12-14T11:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="2026/0731", amt="1.146,80", due="2026-11-15",
         frm="Dott.ssa Chiara Montanari <c.montanari@studiomontanari-commercialisti.it>",
         cc="info@osteriadelportico.it",
         intent="promise", promise_date="2026-12-18",
         note="Accountant answering for the client: transfer 'entro venerdì 18 dicembre'. The request to copy the client in future is secondary.",
         body="""Buongiorno,

scrivo in qualità di consulente contabile dell'Osteria del Portico di Zanichelli Luca & C. s.a.s., che mi ha girato il Vostro sollecito.

Ho verificato con il cliente: la fattura n. 731 era stata registrata correttamente ma è rimasta fuori dall'ultima distinta di pagamenti per una svista. Il sig. Zanichelli mi conferma che il bonifico verrà disposto entro venerdì 18 dicembre.

Per le comunicazioni future Vi prego di lasciare in copia anche il cliente (info@osteriadelportico.it).

Cordiali saluti

Dott.ssa Chiara Montanari
Dottore Commercialista – Revisore Legale
Studio Montanari
Via Roma 41 – 42015 Correggio (RE)
Tel. 0522 692 310"""),

    dict(id="s7it006", date="2026-12-15T12:48", fmt="html_outlook", stage="reminder", ago=5,
         inv="2026/0793", amt="2.684,00", due="2026-11-30",
         frm="Comune di Quattro Castella - Servizio Ragioneria <ragioneria@comune.quattro-castella.re.it>",
         intent="copy_request",
         note="Town hall has not received the e-invoice through SdI and asks for it to be sent with office code and CIG before it can pay.",
         body="""Buongiorno,

in riscontro alla Vostra comunicazione, si fa presente che la fattura n. 2026/0793 non risulta pervenuta a questo Ente tramite il Sistema di Interscambio (SdI). Si ricorda che, ai sensi del D.M. 55/2013, le Pubbliche Amministrazioni non possono accettare né pagare fatture emesse in forma diversa da quella elettronica.

Si chiede pertanto di trasmettere la fattura elettronica indicando:
- Codice Univoco Ufficio: UF7K2M
- CIG: B4C21E09A7
- riferimento alla determinazione di impegno n. 512 del 03/09/2026

La fattura dovrà essere emessa in regime di scissione dei pagamenti (split payment, art. 17-ter D.P.R. 633/72).

Solo dopo la ricezione tramite SdI sarà possibile procedere alla liquidazione.

Distinti saluti

Il Responsabile del Servizio Finanziario
Dott.ssa Marisa Ganapini
Comune di Quattro Castella
Piazza Dante 1 – 42020 Quattro Castella (RE)
Tel. 0522 249 231
PEC: comune.quattrocastella@cert.provincia.re.it"""),

    dict(id="s7it007", date="2026-12-15T21:10", fmt="gmail", stage="reminder", ago=3,
         inv="2026/0826", amt="238,00", due="2026-12-05",
         frm="Roberta Salsi <roberta.salsi78@gmail.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid by card through the link 'domenica sera' = Sunday 13 December (reply on Tuesday 15).",
         body="""Buonasera,
ho pagato con la carta dal link che c'era nella mail, domenica sera. Mi è arrivata anche la conferma della banca, spero sia tutto a posto.
Grazie e buone feste
Roberta Salsi"""),

    dict(id="s7it008", date="2026-12-16T13:02", fmt="gmail", stage="firm", ago=5,
         inv=[("2026/0688", "1.920,00", "2026-10-31"), ("2026/0741", "860,00", "2026-11-15")],
         frm="Officina Rinaldi <officinarinaldi.cavriago@gmail.com>",
         intent="plan_request",
         note="Garage asks to pay both invoices in three or four instalments; no date committed.",
         body="""buongiorno sono rinaldi dell officina
lo so che siamo indietro con tutte e due le fatture ma questo periodo e un disastro, due clienti grossi non mi hanno ancora pagato.
si puo fare a rate? tipo tre o quattro rate, tutto insieme non ci riesco
fatemi sapere
Rinaldi Gianni"""),

    dict(id="s7it009", date="2026-12-16T09:40", fmt="outlook", stage="reminder", ago=2,
         inv="2026/0712", amt="3.406,00", due="2026-11-30",
         frm="Contabilità Fornitori Leonardi <fornitori@leonardialimentare.it>",
         intent="promise", promise_date="2027-01-31",
         note="Says agreed terms are 90 days end of month, so the invoice will be paid with the end-of-January run (31/01/2027). Commitment to a date, not a refusal.",
         body="""Buongiorno,

abbiamo ricevuto il Vostro sollecito per la fattura 2026/0712 ma Vi segnaliamo che, come da accordo quadro sottoscritto a marzo, le condizioni di pagamento in essere con la nostra società sono 90 gg d.f.f.m. e non 30 gg come indicato in fattura.

La fattura, datata 30/10/2026, andrà quindi in pagamento con il bonifico di fine gennaio (31/01/2027), insieme alle altre fatture fornitori in scadenza nel mese.

Vi chiediamo per il futuro di riportare in fattura le condizioni corrette, per evitare ulteriori solleciti.

Cordiali saluti

Ufficio Contabilità Fornitori
Leonardi Alimentare S.p.A.
Via Newton 22 – 42124 Reggio Emilia
Tel. 0522 930 600
Capitale sociale € 2.500.000 i.v. – R.E.A. RE-198452 – C.F. e P.IVA 01987620358"""),

    dict(id="s7it010", date="2026-12-16T08:34", fmt="bounce", stage="reminder",
         inv="2026/0779", rcpt="amministrazione@carrozzeriagualtieri.it", status="5.1.1",
         remote="mx.aruba.it",
         diag="550 5.1.1 <amministrazione@carrozzeriagualtieri.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Permanent delivery failure: mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
amministrazione@carrozzeriagualtieri.it"""),

    dict(id="s7it011", date="2026-12-14T17:30", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="2026/0748", amt="628,30", due="2026-11-20",
         frm="Geom. Silvia Bertani <studio.bertani.amministrazioni@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Condominium manager: transfer made 'venerdì 11/12' from the building's account.",
         body="""Buonasera,

il bonifico per la fattura 748 (manutenzione caldaia centralizzata – Condominio Via Turri 33) è stato disposto venerdì 11/12 dal conto corrente del condominio presso Credem. Probabilmente si è incrociato con il vostro sollecito.

Vi giro in allegato la contabile.

Cordiali saluti
Geom. Silvia Bertani
Amministrazioni Condominiali
Via Gorizia 17, 42019 Scandiano (RE)
tel. 0522 857 640"""),

    dict(id="s7it012", date="2026-12-17T10:05", fmt="gmail", stage="reminder", ago=3,
         inv="2026/0804", amt="745,00", due="2026-11-30",
         frm="Pizzeria Il Faro <ilfaro.pizzeria.re@gmail.com>",
         intent="other",
         note="New owner of the pizzeria says the work was done for the previous business; wrong debtor, no payment stance of its own.",
         body="""Buongiorno,
guardate che c'è un errore: da ottobre la pizzeria l'abbiamo rilevata noi (Il Faro di Khalil Samir), prima c'era la ditta di Bonfanti Antonio. L'intervento sul forno di cui parlate è di agosto, quindi è della vecchia gestione e dovete chiedere a lui, noi non c'entriamo.
Il suo numero non ce l'ho, forse lo ha il commercialista Ferrari di via Cecati.
Saluti
Samir"""),

    dict(id="s7it013", date="2026-12-17T18:22", fmt="gmail", stage="reminder", ago=1,
         inv="2026/0838", amt="310,00", due="2026-12-10",
         frm="Davide Ferrari <dferrari.elettrauto@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Thursday 17 Dec: 'bonifico lunedì' = Monday 21 December; the question about the flue check is a side question.",
         body="""ok, bonifico lunedì
ps poi per il controllo fumi della caldaia di casa mi chiamate voi a gennaio o devo prenotare io?"""),

    dict(id="s7it014", date="2026-12-18T15:47", fmt="outlook", stage="second_reminder", ago=4,
         inv="2026/0771", amt="1.380,00", due="2026-11-30",
         frm="Trattoria da Ivano <trattoriadaivano@alice.it>",
         intent="dispute",
         note="Angry: the water heater replaced by the firm failed again; refuses to pay until it is fixed.",
         body="""Ma state scherzando??
Mi mandate pure il secondo sollecito quando lo scaldacqua che mi avete cambiato a novembre sabato sera mi ha lasciato senza acqua calda in cucina con il locale pieno. Ho chiamato tre volte il vostro numero e nessuno mi ha richiamato.
Finché non venite a sistemarlo come si deve io non pago neanche un euro, e vi dico già che la serata persa ve la metto in conto.

Ivano Corradini
Trattoria da Ivano – Rivalta"""),

    dict(id="s7it015", date="2026-12-21T09:12", fmt="apple", stage="reminder", ago=3,
         inv="2026/0861", amt="95,00", due="2026-12-15",
         frm="Giorgio Mattioli <giorgio.mattioli@libero.it>",
         intent="unsubscribe",
         note="Elderly customer wants no more automatic emails; asks to be phoned instead. No payment statement.",
         body="""Non voglio ricevere più questi messaggi automatici. Sono quarant'anni che pago tutti e non ho bisogno del computer che mi ricorda le cose. Toglietemi dalla vostra lista, se c'è qualcosa telefonate a casa.
G. Mattioli

Inviato da iPad"""),

    dict(id="s7it016", date="2026-12-21T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv=[("2026/0790", "1.064,00", "2026-11-30"), ("2026/0812", "522,00", "2026-12-10")],
         frm="Federica Boni <f.boni@meccanicaboni.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back is Monday 11 January.",
         body="""Grazie per il messaggio.
Sono fuori ufficio, con accesso limitato alla posta, fino a venerdì 8 gennaio compreso.
Per questioni amministrative urgenti potete scrivere a amministrazione@meccanicaboni.it o chiamare il centralino 0522 941 377.

Federica Boni
Meccanica Boni S.r.l."""),

    dict(id="s7it017", date="2026-12-22T12:15", fmt="outlook", stage="reminder", ago=4,
         inv="2026/0842", amt="580,00", due="2026-12-15",
         frm="Avv. Lorenzo Marchetti <l.marchetti@studiolegalemarchetti.it>",
         intent="contact_change", new_email="amministrazione@studiolegalemarchetti.it",
         note="Lawyer asks that invoices and reminders go to the office administration address.",
         body="""Buongiorno,
Vi prego di non inviare solleciti e fatture al mio indirizzo personale: tutta la parte amministrativa dello studio è seguita dalla sig.ra Debbi all'indirizzo amministrazione@studiolegalemarchetti.it, alla quale ho già girato la Vostra mail.
Grazie
Avv. Lorenzo Marchetti

Studio Legale Marchetti
Corso Garibaldi 26 – 42121 Reggio Emilia
Tel. 0522 434 870 – Fax 0522 434 871

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono contenere informazioni coperte da segreto professionale. Se avete ricevuto questa e-mail per errore, vi preghiamo di cancellarla e di darcene notizia."""),

    dict(id="s7it018", date="2027-01-05T10:44", fmt="html_gmail", stage="firm", ago=7,
         inv="2026/0719", amt="2.760,00", due="2026-10-31",
         frm="Panificio Ferretti <panificioferretti@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Partial payment: 1,000 EUR transferred 'ieri' (4 January); balance 'appena possibile', no date.",
         body="""Buongiorno,
vi informo che ieri abbiamo fatto un bonifico di 1.000 euro come acconto sulla fattura 719. Il resto lo saldiamo appena possibile, tra dicembre e le feste abbiamo avuto le spese del forno nuovo e siamo un po' corti.
Mi raccomando non aggiungete gli interessi, siamo clienti da tanti anni.
Grazie
Cristina Ferretti
Panificio Ferretti snc – Albinea"""),

    dict(id="s7it019", date="2027-01-07T11:30", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="2026/0823", amt="1.592,00", due="2026-12-15",
         frm="Luca Spaggiari <l.spaggiari@spaggiari-trasporti.it>",
         intent="bank_details",
         note="Received a suspicious change-of-IBAN notice from a look-alike domain; asks the firm to confirm its bank details before paying.",
         body="""Buongiorno,

prima di procedere con il pagamento della fattura 2026/0823 vorremmo una conferma: il 22 dicembre abbiamo ricevuto da un indirizzo che sembrava il vostro (amministrazione@termocastellani-srl.it) una comunicazione di variazione delle coordinate bancarie, con un nuovo IBAN presso una banca lituana.

Visto che il dominio è diverso da quello da cui scrivete di solito, temiamo si tratti di un tentativo di frode. Potete confermarci per telefono, o con lettera firmata su carta intestata, qual è l'IBAN corretto? Fino ad allora teniamo il pagamento in sospeso.

Grazie e buona giornata

Luca Spaggiari
Responsabile Amministrativo
Spaggiari Trasporti S.r.l.
Via dei Trasporti 8 – 42048 Rubiera (RE)
Tel. 0522 626 190 – Mob. 335 741 0082"""),

    dict(id="s7it020", date="2026-12-15T22:05", fmt="apple", stage="reminder", ago=5,
         inv="2026/0809", amt="352,00", due="2026-11-30",
         frm="Annalisa Pederzoli <annalisa.pederzoli@icloud.com>",
         intent="promise", promise_date="2026-12-19",
         note="Tuesday 15 Dec: transfer 'al più tardi sabato 19' = 19 December.",
         body="""Buonasera,
mi scuso, la fattura mi era proprio sfuggita con tutto il trambusto di questo periodo. Provvedo con bonifico appena mi arriva la tredicesima, al più tardi sabato 19.
Colgo l'occasione per ringraziare il vostro tecnico, gentilissimo.
Cordiali saluti
Annalisa Pederzoli

Inviato da iPhone"""),

    dict(id="s7it021", date="2026-12-28T12:02", fmt="outlook", stage="second_reminder", ago=7,
         inv="2026/0758", amt="3.172,00", due="2026-11-30",
         frm="Ufficio Ragioneria Comune di Vezzano sul Crostolo <ragioneria@comune.vezzano-sul-crostolo.re.it>",
         intent="paid", paid_on="2026-12-22",
         note="Town hall: payment order (mandato) issued 22/12/2026 for the taxable amount, VAT withheld under split payment.",
         body="""Oggetto: fattura n. 2026/0758 – manutenzione impianti termici scuola primaria "G. Rodari"

Con riferimento al sollecito in oggetto, si comunica che con mandato di pagamento n. 2417 del 22/12/2026 è stata disposta la liquidazione della fattura suindicata a favore di codesta ditta, per l'importo di € 2.600,00 (imponibile), mentre l'IVA pari a € 572,00 è stata trattenuta e sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (split payment).

L'accredito sul conto dedicato comunicato ai sensi della L. 136/2010 dovrebbe risultare nei prossimi giorni lavorativi.

Distinti saluti

Servizio Finanziario – Ufficio Ragioneria
Comune di Vezzano sul Crostolo
Piazza della Libertà 1 – 42030 Vezzano sul Crostolo (RE)
Tel. 0522 601 911"""),

    dict(id="s7it022", date="2026-12-29T08:50", fmt="gmail", stage="reminder", ago=1,
         inv="2026/0866", amt="274,50", due="2026-12-20",
         frm="Carrozzeria Lanzi <carrozzerialanzi@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for a PDF copy for the accountant.",
         body="""Buongiorno, la fattura non la trovo da nessuna parte, o non mi è mai arrivata o è finita nello spam. Me la rimandate in pdf così la giro alla commercialista? grazie
Lanzi"""),

    dict(id="s7it023", date="2026-12-28T08:35", fmt="ooo", stage="reminder", ago=0,
         inv="2026/0870", amt="198,00", due="2026-12-20",
         frm="Geom. Andrea Bedogni <geom.bedogni@gmail.com>",
         subj="Chiusura studio per festività",
         intent="out_of_office", return_date="2027-01-04",
         note="Vacation responder: office closed 24/12 to 3/1; back Monday 4 January.",
         body="""Buongiorno,
lo studio è chiuso dal 24/12/2026 al 3/1/2027. Risponderò alla Sua mail al rientro, da lunedì 4 gennaio.
Buone feste!

Geom. Andrea Bedogni
Via Matteotti 12 – 42013 Casalgrande (RE)"""),

    dict(id="s7it024", date="2026-12-30T15:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="2026/0795", amt="540,00", due="2026-11-30",
         frm="Ristorante La Corte <lacorte.ristorante@gmail.com>",
         intent="promise",
         note="Will pay 'dopo la Befana' when they reopen: a window, no single day.",
         body="""Salve, siamo chiusi per ferie fino all'Epifania e chi fa i pagamenti è mia moglie che adesso è via. Appena riapriamo, dopo la Befana, sistemiamo la fattura, non vi preoccupate.
Auguri di buon anno
Stefano – La Corte"""),

    dict(id="s7it025", date="2027-01-08T09:55", fmt="html_outlook", stage="reminder", ago=4,
         inv="2026/0874", amt="2.610,80", due="2026-12-31",
         frm="Ufficio Acquisti - Salumificio Val d'Enza S.r.l. <acquisti@salumificiovaldenza.it>",
         intent="dispute",
         note="Amount exceeds the purchase order; extra labour not authorised; asks for a credit note or a signed job report.",
         body="""Buongiorno,

in merito alla Vostra fattura n. 2026/0874 segnaliamo che l'importo non corrisponde al nostro ordine di acquisto n. OA-26/1187 del 12/11/2026, che prevedeva la fornitura e posa di n. 2 scambiatori a piastre per un totale di € 1.850,00 + IVA (€ 2.257,00 IVA inclusa).

In fattura sono state addebitate anche due ore di manodopera aggiuntiva e materiale di consumo per € 290,00 + IVA, non previsti dall'ordine né autorizzati dal nostro ufficio.

Non possiamo quindi mettere in pagamento la fattura così come emessa. Vi chiediamo di emettere nota di credito per la differenza oppure di inviarci il rapporto di intervento firmato dal nostro responsabile di manutenzione che giustifichi le ore in più.

Cordiali saluti

Marco Fontanesi
Ufficio Acquisti
Salumificio Val d'Enza S.r.l.
Via Provinciale 40 – 42026 Canossa (RE)
Tel. 0522 876 512"""),

    dict(id="s7it026", date="2027-01-11T10:30", fmt="tb", stage="firm", ago=4,
         inv=[("2026/0685", "3.416,00", "2026-10-31"), ("2026/0733", "1.098,00", "2026-11-30")],
         frm="Amministrazioni Guidetti <info@amministrazioniguidetti.it>",
         intent="plan_request",
         note="Condominium with cash problems asks for 4-5 monthly instalments, subject to the assembly; no date committed.",
         body="""Buongiorno,

scrivo in qualità di amministratore del Condominio "Il Parco" di Via Martiri di Cervarolo 21, Reggio Emilia, in relazione alle due fatture sollecitate.

Come già anticipato telefonicamente al Vostro tecnico, il condominio sta attraversando un periodo di forte sofferenza di cassa: diversi condòmini sono morosi da mesi e per due di loro abbiamo già avviato il recupero tramite legale. Il fondo cassa al momento non consente di saldare l'intero importo in un'unica soluzione.

Chiedo pertanto se sia possibile concordare una rateizzazione del debito complessivo, indicativamente in quattro o cinque rate mensili, da sottoporre poi all'approvazione dell'assemblea che convocherò a breve.

Resto in attesa di un Vostro riscontro.

Cordiali saluti

Dott. Enrico Guidetti
Amministratore condominiale
Amministrazioni Guidetti
Via Emilia San Pietro 15 – 42121 Reggio Emilia
Tel. 0522 438 211"""),

    dict(id="s7it027", date="2027-01-11T14:10", fmt="outlook", stage="reminder", ago=4,
         inv="2026/0847", amt="1.210,00", due="2026-12-31",
         frm="Amministrazione - Tecnoplast Scandiano S.r.l. <amministrazione@tecnoplastscandiano.it>",
         intent="promise", promise_date="2027-01-13",
         note="Ri.Ba. came back unpaid after a change of bank; will pay by transfer 'mercoledì 13' (13 January). Announcing new bank details for future Ri.Ba. is secondary.",
         body="""Buongiorno,
abbiamo visto solo ora che la Ri.Ba. al 31/12 ci è tornata insoluta: a fine anno abbiamo cambiato banca (da BPER a Banca di Piacenza) e la domiciliazione non era ancora stata spostata sul nuovo conto. Ci scusiamo per il disguido.
Per non farvi aspettare oltre procediamo con bonifico mercoledì 13, comprensivo delle eventuali spese di insoluto che vorrete indicarci.
Per le prossime Ri.Ba. vi mandiamo a parte le nuove coordinate d'appoggio.

Saluti
Monica Prandi
Ufficio amministrazione
Tecnoplast Scandiano S.r.l.
tel. 0522 983 440"""),

    dict(id="s7it028", date="2027-01-05T13:17", fmt="gmail", stage="second_reminder", ago=1,
         inv="2026/0852", amt="146,40", due="2026-12-15",
         frm="Sonia Bertolini <soniabertolini.re@gmail.com>",
         intent="paid", paid_on="2027-01-02",
         note="Transfer made 'il 2 genaio' (typo for gennaio).",
         body="""salve ho fatto il bonifico il 2 genaio, controllate perche a me risulta adebitato. e la fattura della caldaia di via gramsci
sonia bertolini"""),

    dict(id="s7it029", date="2027-01-12T16:40", fmt="outlook", stage="firm", ago=5,
         inv="2026/0729", amt="890,00", due="2026-11-15",
         frm="Studio Rag. Bellelli <info@studiobellelli.it>",
         intent="other",
         note="Accountant's office received the reminder by mistake; does not handle the client's payments and has forwarded it. No new address given.",
         body="""Buongiorno,

Vi informiamo che il Vostro sollecito è arrivato al nostro studio perché probabilmente il nostro indirizzo è stato indicato come recapito nell'anagrafica del cliente Bar Tabacchi Taddei di Taddei Guido.

Lo studio si occupa esclusivamente della tenuta della contabilità e degli adempimenti fiscali del sig. Taddei e non gestisce i suoi pagamenti. Abbiamo comunque inoltrato la Vostra comunicazione al cliente, al quale vi invitiamo a rivolgervi direttamente.

Cordiali saluti

Segreteria
Studio Rag. Bellelli – Consulenza fiscale e tributaria
Via Cavour 5 – 42017 Novellara (RE)
Tel. 0522 654 088"""),

    dict(id="s7it030", date="2027-01-08T12:25", fmt="outlook", fwd=True, stage="second_reminder", ago=3,
         inv="2026/0820", amt="4.026,00", due="2026-12-15",
         frm="Sara Ligabue <s.ligabue@gallinari-arredamenti.it>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: the invoice is in the transfer run of 15 January.",
         body="""Buongiorno,
vi inoltro qui sotto la risposta del dott. Gallinari in merito al vostro sollecito.
Cordiali saluti
Sara Ligabue
Segreteria di Direzione – Gallinari Arredamenti S.r.l.

Da: Paolo Gallinari <p.gallinari@gallinari-arredamenti.it>
Inviato: venerdì 8 gennaio 2027 11:58
A: Sara Ligabue <s.ligabue@gallinari-arredamenti.it>
Oggetto: R: Secondo sollecito fattura Castellani

Sara, rispondi tu a Castellani: la loro fattura è già nella distinta bonifici del 15 gennaio, l'ho autorizzata ieri con Elena. Scusati per il ritardo, a dicembre con la chiusura di fine anno siamo andati lunghi con tutti i fornitori.
P."""),

    dict(id="s7it031", date="2027-01-12T08:31", fmt="ooo", stage="firm", ago=0,
         inv="2026/0799", amt="1.830,00", due="2026-11-30",
         frm="Rag. Daniela Iori <d.iori@comune.bibbiano.re.it>",
         intent="out_of_office", return_date="2027-01-18",
         note="Absent until Friday 15 January; back Monday 18 January.",
         body="""Si comunica che sarò assente dal servizio fino a venerdì 15 gennaio 2027.
Per pratiche urgenti dell'Ufficio Ragioneria rivolgersi alla collega sig.ra Anna Cocconi (a.cocconi@comune.bibbiano.re.it – tel. 0522 240 614).

Rag. Daniela Iori
Comune di Bibbiano – Settore Finanziario"""),

    dict(id="s7it032", date="2027-01-18T15:05", fmt="html_outlook", stage="reminder", ago=4,
         inv=[("2026/0802", "1.245,00", "2026-12-15"), ("2026/0844", "687,20", "2026-12-31"), ("2026/0868", "312,00", "2026-12-31")],
         frm="Tesoreria - Vaccari Ceramiche S.p.A. <tesoreria@vaccariceramiche.com>",
         intent="paid", paid_on="2027-01-14",
         note="Three invoices paid with one transfer dated 14/01/2027.",
         body="""Buongiorno,

vi confermiamo che le fatture 2026/0802, 2026/0844 e 2026/0868 sono state saldate con un unico bonifico del 14/01/2027 di € 2.244,20 (causale: "Saldo ft. 802-844-868 Termoidraulica Castellani").

Il pagamento era già in lavorazione quando è partito il vostro sollecito; potete quindi considerare la posizione chiusa.

Distinti saluti

Ufficio Tesoreria
Vaccari Ceramiche S.p.A. – Gruppo Vaccari
Via Statale 467 n. 88 – 42013 Casalgrande (RE)
tel. +39 0522 770 100
Società soggetta a direzione e coordinamento di Vaccari Holding S.p.A.

Prima di stampare questa e-mail, pensa all'ambiente."""),

    dict(id="s7it033", date="2027-01-13T10:10", fmt="tb", stage="reminder", ago=2,
         inv="2026/0859", amt="756,40", due="2026-12-31",
         frm="Giulia Ruozi <g.ruozi@ortofruttaruozi.it>",
         intent="contact_change", new_email="contabilita.fornitori@gruppo-agriemilia.it",
         note="Supplier accounting moved to the parent company; reminders to go to the group address.",
         body="""Buongiorno,
dal 1° gennaio la contabilità fornitori della nostra società è passata alla capogruppo di Parma. Vi chiedo quindi di aggiornare l'anagrafica e di indirizzare d'ora in poi copie di cortesia e solleciti a contabilita.fornitori@gruppo-agriemilia.it, dove la vostra fattura verrà presa in carico.
Io da fine mese non seguirò più questa parte.
Grazie, buona giornata

Giulia Ruozi
Ortofrutta Ruozi S.r.l."""),

    dict(id="s7it034", date="2027-01-14T20:48", fmt="apple", stage="reminder", ago=3,
         inv="2026/0877", amt="122,00", due="2026-12-31",
         frm="Lucia Benassi <benassi.famiglia@gmail.com>",
         intent="bank_details",
         note="Household asks for the IBAN and payment reference to pay by ordinary transfer instead of the link.",
         body="""Buonasera,
preferirei pagare con un bonifico normale dalla mia banca, non mi fido tanto a mettere la carta sui link. Mi mandate l'IBAN e la causale da scrivere?
Grazie
Lucia Benassi

Inviato da iPhone"""),

    dict(id="s7it035", date="2027-01-19T18:30", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="2026/0881", amt="219,60", due="2026-12-31",
         frm="Enrico Cattani <enrico.cattani@gmail.com>",
         intent="dispute",
         note="Contests two hours of labour billed for a twenty-minute visit; will not pay until a corrected invoice arrives.",
         body="""Buonasera,

vi rispondo perché questa fattura proprio non mi torna. Il vostro tecnico è venuto il 9 dicembre per la caldaia che andava in blocco: è rimasto a casa nostra venti minuti scarsi, ha resettato la scheda ed è andato via. In fattura invece ci sono 2 ore di manodopera più il diritto di chiamata, per un totale di 219,60 euro.

Mi sembra una cifra fuori da ogni logica per un reset. Non ho problemi a pagare l'uscita e il tempo effettivo, ma così com'è non la pago. Aspetto una fattura corretta.

Saluti
Enrico Cattani
Via Fratelli Cervi 40, Reggio Emilia"""),

    dict(id="s7it036", date="2027-01-20T11:05", fmt="outlook", stage="reminder", ago=2,
         inv="2026/0885", amt="1.464,00", due="2027-01-15",
         frm="Accounts Payable Italia <ap.italia@kronhaus-logistics.com>",
         intent="copy_request",
         note="Invoice rejected for lack of a purchase-order number; asks for the PO to be obtained and the invoice reissued before payment.",
         body="""Buongiorno,

la fattura 2026/0885 è stata respinta dal nostro sistema di registrazione automatica perché priva del numero d'ordine (PO). Come indicato nelle nostre condizioni generali di acquisto, tutte le fatture fornitori devono riportare il numero PO di 10 cifre (formato 45xxxxxxxx) rilasciato dal nostro ufficio acquisti.

Vi chiediamo di richiedere il numero PO al vostro referente (sig. Ferrarini, manutenzione stabilimento di Campegine) e di inviarci una nota di credito e una nuova fattura con il PO corretto. Senza questo riferimento non ci è possibile mettere il documento in pagamento.

Kind regards / Cordiali saluti

Accounts Payable Team – Italy
Kronhaus Logistics Italia S.r.l.
Via dell'Industria 3 – 42040 Campegine (RE)
This mailbox is monitored Monday to Friday, 9:00–13:00."""),

    dict(id="s7it037", date="2027-01-20T09:15", fmt="tb", stage="firm", ago=6,
         inv="2026/0813", amt="2.196,00", due="2026-12-10",
         frm="Dott. Massimo Veroni <m.veroni@studioveroni.eu>",
         intent="promise", promise_date="2027-01-31",
         note="Formal: payment in full 'entro la fine del mese corrente' (reply in January) = 31 January.",
         body="""Gentili Signori,

prendo atto del Vostro sollecito relativo alla fattura n. 813 per la sostituzione della pompa di calore dello studio, e mi scuso per il ritardo, dovuto a un avvicendamento nella segreteria amministrativa che ha lasciato in sospeso alcuni pagamenti di dicembre.

Ho dato disposizione affinché l'importo venga saldato per intero entro la fine del mese corrente, comprensivo dell'indennizzo di € 40,00 previsto dal D.Lgs. 231/2002, qualora intendiate applicarlo.

Con i migliori saluti

Dott. Massimo Veroni
Medico Chirurgo Odontoiatra
Studio Dentistico Veroni
Via Franzoni 3 – 42122 Reggio Emilia
Tel. 0522 512 066"""),

    dict(id="s7it038", date="2027-01-25T21:40", fmt="outlook", stage="final_notice", ago=4,
         inv="2026/0743", amt="1.890,00", due="2026-11-15",
         frm="Katia Montecchi <katia.montecchi@hotmail.it>",
         intent="plan_request",
         note="Household in hardship asks to pay a little each month; no date or amount committed.",
         body="""Buonasera,
ho ricevuto l'ultimo avviso e mi sono spaventata. Non è che non voglio pagare, la caldaia nuova ci serviva, ma da novembre mio marito è in cassa integrazione e 1.890 euro tutti insieme adesso non li ho.
Vi chiedo per favore se posso pagarla un po' al mese, anche 200 o 300 euro, quello che riesco. Non mandatemi al recupero crediti per piacere.
Grazie
Katia Montecchi"""),

    dict(id="s7it039", date="2027-01-22T12:30", fmt="gmail", stage="reminder", ago=2,
         inv="2026/0879", amt="164,70", due="2027-01-10",
         frm="Caffè Garibaldi <caffegaribaldi.re@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Paid 'stamattina' in cash to the firm's technician, receipt obtained.",
         body="""Buongiorno, la fattura l'ho pagata stamattina in contanti a Luca, il vostro tecnico, quando è passato per il boiler. Mi ha lasciato la ricevuta firmata.
Ciao
Patrizia – Caffè Garibaldi"""),

    dict(id="s7it040", date="2027-01-27T17:55", fmt="gmail", stage="firm", ago=6,
         inv="2026/0801", amt="980,00", due="2026-11-30",
         frm="Pellacani Gomme <pellacanigomme@gmail.com>",
         intent="promise",
         note="Will pay 'la settimana prossima' once his own customers pay: a window, no single day.",
         body="""Buonasera
scusate il ritardo, gennaio per noi è sempre un mese morto dopo il cambio gomme. La settimana prossima mi pagano un paio di flotte aziendali e vi saldo subito la fattura, promesso.
Pellacani Ivo
Pellacani Gomme – Bagnolo in Piano
cell. 339 440 1892"""),
]
