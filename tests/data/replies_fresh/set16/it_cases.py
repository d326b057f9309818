"""Italian debtor replies (set 16, part it). Each body written by hand."""

CASES = [
    dict(id="s16it001", date="2026-12-09T11:20", fmt="gmail", stage="reminder", ago=1,
         inv="1204/2026", amt="186,50", due="2026-11-30",
         frm="Luca Rossi <barcentrale.rossi@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Very short: transfer on Friday; reply on Wednesday 9 Dec, so Friday 11 Dec.",
         body="""ok, bonifico venerdì.
Luca - Bar Centrale Filottrano"""),

    dict(id="s16it002", date="2026-12-15T10:42", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="1098/2026", amt="3.416,00", due="2026-11-15",
         frm="Contabilità Fornitori <contabilita.fornitori@lameccanicajesina.it>",
         intent="paid", paid_on="2026-12-14",
         note="AP department: SEPA transfer ordered on 14/12/2026, TRN given.",
         body="""Buongiorno,

in riferimento al vostro sollecito, vi informiamo che la fattura n. 1098/2026 di € 3.416,00 è stata pagata con bonifico SEPA disposto in data 14/12/2026 sul c/c indicato in fattura (IBAN terminante con 4471).
TRN: 0306912345678901480012345670IT

L'accredito dovrebbe risultarvi entro 1-2 giorni lavorativi. Vi preghiamo di verificare prima di inviare ulteriori solleciti.

Cordiali saluti

Sabrina Pieroni
Ufficio Contabilità Fornitori
La Meccanica Jesina S.p.A.
Via Marco Polo 8 – 60035 Jesi (AN)
Tel. 0731 215600 int. 214
www.lameccanicajesina.it

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questa e-mail per errore, vi preghiamo di darne comunicazione al mittente e di cancellarla. Informativa ai sensi del Regolamento UE 2016/679 (GDPR) disponibile sul nostro sito."""),

    dict(id="s16it003", date="2026-12-11T18:05", fmt="tb", stage="firm", ago=2,
         inv="1032/2026", amt="2.870,00", due="2026-10-31",
         frm="Studio Ferretti Amministrazioni <studio.ferretti@studioferretti-an.it>",
         intent="dispute",
         note="Angry property manager: intercom work not finished, refuses to pay until fixed.",
         body="""Egregi signori,

trovo francamente inaccettabile ricevere un terzo sollecito, per di più con la minaccia degli interessi di mora, per un lavoro che non è stato finito.

Il Condominio "Le Querce" di Via Gramsci 41 a Falconara vi ha affidato il rifacimento dell'impianto citofonico e dell'illuminazione delle scale. A oggi il citofono della scala B non funziona, e l'ho segnalato al vostro tecnico, il sig. Paolo, almeno tre volte, l'ultima il 25 novembre. I condomini chiamano me, non voi.

Finché l'impianto non sarà collaudato e funzionante la fattura 1032/2026 NON verrà pagata. Non ho nessuna intenzione di portare in assemblea una spesa per un lavoro fatto a metà.

Mandate qualcuno a sistemare e poi ne riparliamo.

Geom. Andrea Ferretti
Amministratore
Studio Ferretti – Amministrazioni Condominiali
Via Cialdini 12, 60122 Ancona
tel. 071 2071544 – cell. 338 9124407"""),

    dict(id="s16it004", date="2026-12-23T08:34", fmt="ooo", stage="reminder", ago=0,
         inv="1176/2026", amt="1.024,80", due="2026-11-30",
         frm="Marisa Cingolani <m.cingolani@comune.monsano.an.it>",
         intent="out_of_office", return_date="2027-01-07",
         note="Town-hall employee away 23 Dec to 6 Jan, back Thursday 7 January.",
         body="""Gentile utente,

sarò assente dall'ufficio dal 23 dicembre 2026 al 6 gennaio 2027 compresi. Rientrerò in servizio giovedì 7 gennaio.

Per questioni urgenti relative ai pagamenti può rivolgersi all'Ufficio Ragioneria, tel. 0731 602112, oppure scrivere a ragioneria@comune.monsano.an.it.

Si ricorda che le fatture destinate al Comune devono essere trasmesse esclusivamente tramite Sistema di Interscambio (SdI), codice univoco ufficio UF8K2P.

Cordiali saluti
Marisa Cingolani
Area Economico-Finanziaria
Comune di Monsano"""),

    dict(id="s16it005", date="2026-12-14T15:47", fmt="gmail", stage="firm", ago=3,
         inv=[("0987/2026", "1.640,00", "2026-09-30"), ("1121/2026", "732,00", "2026-10-31")],
         frm="Trattoria Da Gigetto <dagigetto.osimo@libero.it>",
         intent="plan_request",
         note="Restaurant asks to split the two invoices into 4-5 monthly instalments; no date committed.",
         body="""Buonasera,

sono Marco Giacani della Trattoria Da Gigetto. Lo so che siamo indietro con le due fatture, quella della cella frigo e quella dell'impianto della cucina, non è che me ne sono dimenticato.

Purtroppo quest'autunno è andato malissimo, siamo rimasti quasi chiusi tre settimane per i lavori della strada qui davanti e adesso devo pagare prima i dipendenti e le tredicesime. Tutto insieme non ce la faccio proprio.

Vi chiedo se è possibile dividere il totale in qualche rata mensile, anche 4 o 5, ditemi voi come preferite. Non voglio fare il furbo, voglio solo riuscire a pagare senza chiudere.

Se serve passo in ufficio a parlarne con la signora Marchetti.

Grazie
Marco Giacani
Trattoria Da Gigetto – Osimo
347 5512290"""),

    dict(id="s16it006", date="2026-12-16T12:10", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="1145/2026", amt="615,00", due="2026-11-30",
         frm="Segreteria IC Carlo Urbani <anic83200x@istruzione.it>",
         intent="copy_request",
         note="School (public body) never received the e-invoice through SdI; asks for it to be sent with office code and CIG before paying.",
         body="""Buongiorno,

con riferimento al sollecito in oggetto si comunica che a questa Istituzione scolastica non risulta pervenuta alcuna fattura elettronica n. 1145/2026 tramite Sistema di Interscambio.

Si ricorda che la Pubblica Amministrazione non può procedere al pagamento di fatture trasmesse in formato cartaceo o PDF. Si prega pertanto di trasmettere la fattura elettronica indicando:
- Codice Univoco Ufficio: UFZ8QM
- CIG: Z4A3B7C912
- Scissione dei pagamenti (split payment) ex art. 17-ter DPR 633/72

Ricevuta la fattura tramite SdI, si procederà alla liquidazione nei termini di legge.

Distinti saluti

Il DSGA
Dott.ssa Rita Mancinelli
Istituto Comprensivo "Carlo Urbani"
Via Fratelli Rosselli 3 – 60027 Osimo (AN)
Tel. 071 714532 – PEO anic83200x@istruzione.it – PEC anic83200x@pec.istruzione.it"""),

    dict(id="s16it007", date="2026-12-10T19:22", fmt="apple", stage="reminder", ago=2,
         inv="1157/2026", amt="488,00", due="2026-11-30",
         frm="Francesca Lucarelli <francesca.lucarelli@icloud.com>",
         intent="promise", promise_date="2026-12-31",
         note="Will pay 'entro fine mese' (reply in December: 31 Dec).",
         body="""Buonasera,
scusate il ritardo, mi era sfuggita completamente. Provvedo entro fine mese, quando arriva lo stipendio con la tredicesima.
Saluti
Francesca Lucarelli

Inviato da iPhone"""),

    dict(id="s16it008", date="2026-12-17T07:58", fmt="apple", stage="reminder", ago=1,
         inv="1188/2026", amt="230,00", due="2026-12-10",
         frm="Gianni Pesaresi <gianni.pesaresi62@alice.it>",
         intent="paid", paid_on="2026-12-16",
         note="Phone-typed, no accents: paid 'ieri sera' by instant transfer (reply 17 Dec).",
         body="""buongiorno gia pagato ieri sera col bonifico istantaneo dalla app della banca, controllate pure
saluti gianni pesaresi

Inviato da iPhone"""),

    dict(id="s16it009", date="2026-12-18T09:15", fmt="outlook", stage="reminder", ago=3,
         inv="1163/2026", amt="1.952,00", due="2026-11-30",
         frm="Roberto Gatti <r.gatti@gattiarredamenti.it>",
         intent="contact_change", new_email="amministrazione@gattiarredamenti.it",
         note="Asks that reminders go to the admin address instead of his own.",
         body="""Buongiorno,

vi chiedo cortesemente di non mandare più solleciti e fatture al mio indirizzo: io seguo le vendite e queste mail si perdono tra le altre. Per tutto quello che riguarda pagamenti e amministrazione scrivete a amministrazione@gattiarredamenti.it, che la signora Bruna legge tutti i giorni.

Questa gliel'ho già girata, quindi per la 1163 se ne occupa lei.

Grazie, buona giornata
Roberto Gatti
Gatti Arredamenti s.n.c.
Via Roma 118 – 60030 Monte Roberto (AN)
Tel. 0731 702118"""),

    dict(id="s16it010", date="2027-01-07T10:30", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="1219/2026", amt="4.270,00", due="2026-12-15",
         frm="Elena Brunori <amministrazione.brunori@gmail.com>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' e-mail; asks which bank details are genuine before paying.",
         body="""Buongiorno,

prima di pagare vorrei una conferma da voi. Il 28 dicembre ci è arrivata una mail, apparentemente dal vostro indirizzo, con scritto che avete cambiato banca e che d'ora in poi i pagamenti vanno fatti su un IBAN di una banca lituana (inizia con LT). Mi è sembrata strana, anche perché era scritta in un italiano un po' così.

Nel vostro sollecito invece c'è il link per pagare online e in fattura c'è ancora il vecchio IBAN della BCC. Qual è quello giusto? Non vorrei fare un bonifico di 4.270 euro nel posto sbagliato.

Se potete chiamatemi al 339 4481276, preferisco una conferma a voce.

Grazie
Elena Brunori
Brunori Serramenti di Brunori Elena & C. s.a.s."""),

    dict(id="s16it011", date="2026-12-21T13:04", fmt="gmail", stage="second_reminder", ago=4,
         inv="1109/2026", amt="915,00", due="2026-11-15",
         frm="Ferramenta Paoloni <ferramentapaoloni@tiscali.it>",
         intent="promise",
         note="Will pay 'dopo le feste': vague, no date.",
         body="""Salve,
ricevuto. Siamo in pieno periodo natalizio e la cassa la vediamo a gennaio, la fattura ve la saldiamo dopo le feste, non vi preoccupate.
Buon Natale a tutti voi
Sandro Paoloni"""),

    dict(id="s16it012", date="2027-01-11T17:40", fmt="tb", stage="firm", ago=5,
         inv="1052/2026", amt="2.196,00", due="2026-10-31",
         frm="Stefania Mosca <stefania.mosca.hair@gmail.com>",
         intent="paid", paid_on="2027-01-11",
         note="Partial payment: EUR 800 deposit transferred today; rest 'appena posso' (no date).",
         body="""Buonasera,

oggi ho fatto un bonifico di 800,00 euro come acconto sulla fattura 1052 (impianto luci del negozio). Nella causale ho scritto "acconto fatt. 1052/2026".

Per la differenza, 1.396 euro, vi chiedo ancora un po' di pazienza: dicembre non è andato come speravo. Appena posso faccio un altro versamento e vi avviso.

Cordiali saluti
Stefania Mosca
Hair Studio Stefania – Chiaravalle"""),

    dict(id="s16it013", date="2026-12-28T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="1201/2026", amt="3.050,00", due="2026-11-30",
         frm="Ufficio Acquisti <acquisti@tecnoplastmarche.it>",
         intent="out_of_office", return_date="2027-01-11",
         note="Closed until Friday 8 January inclusive; first working day after is Monday 11 January.",
         body="""Buongiorno,

vi informiamo che l'azienda resterà chiusa per le ferie natalizie fino all'8 gennaio 2027 compreso.
Le e-mail ricevute in questo periodo non verranno lette né inoltrate. Per urgenze: sig. Davide Orazi, 335 7610093.

Tecnoplast Marche S.r.l.
Zona Industriale ZIPA – 60035 Jesi (AN)"""),

    dict(id="s16it014", date="2027-01-08T11:25", fmt="outlook", fwd=True, stage="firm", ago=3,
         inv="1134/2026", amt="6.588,00", due="2026-11-30",
         frm="Laura Santini <segreteria@hotelfonteblu.it>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the director's answer: paid in the 20 January supplier run.",
         body="""Buongiorno,

vi inoltro qui sotto la risposta del dott. Carletti in merito al vostro sollecito.

Cordiali saluti
Laura Santini
Segreteria di Direzione – Hotel Fonte Blu
Viale della Vittoria 210 – 60015 Falconara Marittima (AN)
Tel. 071 9184400

-----Messaggio originale-----
Da: Giorgio Carletti <direzione@hotelfonteblu.it>
Inviato: giovedì 7 gennaio 2027 19:48
A: Segreteria Hotel Fonte Blu <segreteria@hotelfonteblu.it>
Oggetto: R: Terzo sollecito: fattura 1134/2026 ancora insoluta – Elettrotecnica Marchetti S.r.l.

Laura, rispondi tu a Marchetti: la 1134 la mettiamo nel pagamento fornitori del 20 gennaio insieme alle altre. Prima no, aspettiamo l'incasso dell'evento di Capodanno.
G."""),

    dict(id="s16it015", date="2027-01-04T21:13", fmt="gmail", stage="reminder", ago=4,
         inv="1228/2026", amt="98,00", due="2026-12-20",
         frm="Dario Mengarelli <dario.mengarelli@libero.it>",
         intent="unsubscribe",
         note="Rude: wants no more automatic reminders; says he settled things in person (no payment stated).",
         body="""BASTA con queste mail automatiche. Ho già parlato al telefono con il sig. Marchetti prima di Natale e ci siamo accordati a voce, quindi non mandatemi più questi solleciti che mi intasano la casella. Cancellatemi dalla vostra lista.
D. Mengarelli"""),

    dict(id="s16it016", date="2027-01-13T12:02", fmt="html_outlook", stage="final_notice", ago=6,
         inv=[("0954/2026", "12.480,00", "2026-09-30"), ("1012/2026", "3.904,00", "2026-10-31")],
         frm="Amministrazione <amministrazione@edilcostruzionivallesina.it>",
         intent="other",
         note="Debtor admitted to concordato preventivo (insolvency procedure); cannot pay prior debts, refers to the court commissioner.",
         body="""Spett.le Elettrotecnica Marchetti S.r.l.,

in riscontro alla Vs. comunicazione, Vi informiamo che con decreto del Tribunale di Ancona depositato il 22/12/2026 la scrivente società è stata ammessa alla procedura di concordato preventivo (R.G. n. 18/2026), con nomina del Commissario Giudiziale dott. Massimo Pirani.

Ai sensi di legge, dalla data di deposito della domanda alla società non è consentito effettuare pagamenti di debiti anteriori. Il Vs. credito sarà considerato nell'ambito della procedura: Vi invitiamo a rivolgerVi al Commissario Giudiziale, all'indirizzo PEC cp18.2026ancona@pecconcordati.it, per ogni comunicazione al riguardo.

Distinti saluti

Edil Costruzioni Vallesina S.r.l.
Ufficio Amministrazione
Via Piandelmedico 71 – 60035 Jesi (AN)
P.IVA 01987650426

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate."""),

    dict(id="s16it017", date="2026-12-14T08:33", fmt="bounce",
         inv="1169/2026", amt="342,00", due="2026-11-30",
         rcpt="info@pasticceriabelardinelli.it", status="5.1.1",
         remote="mx.pasticceriabelardinelli.it",
         diag="550 5.1.1 <info@pasticceriabelardinelli.it>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@pasticceriabelardinelli.it

Reporting-MTA: dns; a27-14.smtp-out.eu-west-1.amazonses.com
Remote server said: 550 5.1.1 <info@pasticceriabelardinelli.it>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s16it018", date="2026-12-30T16:20", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("1180/2026", "1.342,00", "2026-12-15"), ("1203/2026", "561,20", "2026-12-15")],
         frm="Michele Sabbatini <m.sabbatini@sabbatinimacchine.it>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices paid in one transfer on 15 January; side request for a quote.",
         body="""Ciao Chiara,

ho visto il sollecito per la 1180 e la 1203. Ti confermo che le saldiamo tutte e due con un unico bonifico il 15 gennaio, a dicembre abbiamo già chiuso i pagamenti.

Già che ci sei, mi mandi il preventivo per il quadro elettrico del capannone nuovo? Ne avevamo parlato con Fabio a novembre.

Buon anno!
Michele

--
Michele Sabbatini
Sabbatini Macchine Agricole
Loc. Pontemagno 4, Castelplanio (AN)
0731 813207"""),

    dict(id="s16it019", date="2027-01-12T09:48", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="1215/2026", amt="683,20", due="2026-12-31",
         frm="Valentina Tombolini <vale.tombolini@gmail.com>",
         intent="dispute",
         note="Contests labour hours billed (6 h invoiced, 3 h worked); asks for a corrected invoice.",
         body="""Buongiorno,

non ho ancora pagato la fattura 1215 perché secondo me c'è un errore. Il vostro elettricista è venuto da me il 2 dicembre per il guasto al quadro ed è rimasto dalle 9 alle 12 circa, quindi 3 ore. In fattura invece ci sono 6 ore di manodopera più il diritto di uscita.

Il materiale mi torna, è la manodopera che non mi torna. Potete verificare con il tecnico e mandarmi una fattura corretta? La parte giusta la pago subito.

Grazie
Valentina Tombolini
via Leopardi 7, Jesi"""),

    dict(id="s16it020", date="2026-12-07T09:05", fmt="tb", stage="reminder", ago=3,
         inv="1141/2026", amt="2.745,00", due="2026-11-30",
         frm="Azienda Agricola Il Poggio <amministrazione@agricolailpoggio.it>",
         intent="paid", paid_on="2026-12-03",
         note="Farm: paid by transfer on Thursday 3 December; crossed with the reminder.",
         body="""Buongiorno,

la fattura n. 1141 del 30/10/2026 (pompa sommersa e quadro irrigazione) è stata pagata giovedì 3 dicembre con bonifico dalla BCC di Filottrano. Vi allego la contabile.

Probabilmente il pagamento si è incrociato con il vostro sollecito.

Cordiali saluti
Anna Maria Crescentini
Azienda Agricola Il Poggio di Crescentini A.M.
Contrada San Faustino 19 – 60026 Numana (AN)
Cell. 340 6129983"""),

    dict(id="s16it021", date="2027-01-14T14:37", fmt="outlook", stage="firm", ago=2,
         inv="1192/2026", amt="1.171,20", due="2026-12-15",
         frm="Alessandro Morbidelli <a.morbidelli@morbidelliautoricambi.it>",
         intent="promise", promise_date="2027-01-19",
         note="Transfer leaves 'martedì prossimo'; reply Thursday 14 Jan, so Tuesday 19 Jan.",
         body="""Buongiorno,

chiedo scusa per il ritardo: a fine anno abbiamo cambiato gestionale e diversi pagamenti fornitori sono rimasti indietro.

La vostra fattura 1192/2026 è già in distinta e partirà martedì prossimo.

Cordiali saluti

Alessandro Morbidelli
Responsabile Amministrativo
Morbidelli Autoricambi S.r.l.
Via Ancona 65 – 60030 Moie di Maiolati Spontini (AN)
Tel. 0731 703550 – Fax 0731 703551"""),

    dict(id="s16it022", date="2026-12-22T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="1197/2026", amt="7.320,00", due="2026-11-30",
         frm="Ufficio Fornitori <fornitori@casadicuravillaserena.it>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed until 31 December; 1 Jan is a holiday and 2-3 Jan a weekend, so first working day is Monday 4 January.",
         body="""Gentile fornitore,

la Sua e-mail è stata ricevuta. L'Ufficio Fornitori è chiuso per le operazioni di chiusura contabile e inventario fino al 31 dicembre 2026.
I messaggi ricevuti in questo periodo saranno evasi alla riapertura, in ordine di arrivo.

Si prega di non rispondere a questo messaggio.

Casa di Cura Villa Serena S.p.A.
Amministrazione – Ufficio Fornitori"""),

    dict(id="s16it023", date="2027-01-18T20:51", fmt="outlook", stage="firm", ago=4,
         inv="1138/2026", amt="2.440,00", due="2026-11-30",
         frm="Marco Santarelli <marco.santarelli83@hotmail.it>",
         intent="plan_request",
         note="Private customer asks to pay in monthly instalments of 400-500 euro; no date.",
         body="""Buonasera
sono Marco Santarelli, quello dell impianto nuovo della casa a Santa Maria Nuova. Vi scrivo per la fattura da 2.440 euro. Purtroppo a dicembre ho avuto delle spese che non mi aspettavo (macchina rotta e mia moglie in maternita) e tutta insieme non riesco a pagarla adesso.
Sarebbe possibile farla a rate ? Tipo 400 o 500 euro al mese, quello che va bene a voi. Non e che non voglio pagare, anzi il lavoro e venuto benissimo.
Fatemi sapere grazie mille
Marco"""),

    dict(id="s16it024", date="2027-01-19T11:02", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="1224/2026", amt="5.124,00", due="2026-12-31",
         frm="Accounts Payable Italia <ap.italia@vetrerieadriatiche.com>",
         cc="Federica Vitali <federica.vitali@vetrerieadriatiche.com>",
         intent="copy_request",
         note="Large company AP: invoice rejected for missing purchase-order number; asks for the PO number / order confirmation.",
         body="""Buongiorno,

la fattura in oggetto è stata scartata dal nostro sistema di registrazione in quanto priva del numero di Ordine d'Acquisto (OdA). Come da condizioni generali di fornitura, tutte le fatture devono riportare il numero OdA a 10 cifre (formato 45000xxxxx) nel blocco 2.1.2 del tracciato XML.

Vi chiediamo di comunicarci il numero d'ordine di riferimento oppure di inviarci copia della conferma d'ordine ricevuta dal nostro Ufficio Acquisti, così da poter abbinare il documento e procedere al pagamento alla prima scadenza utile.

Distinti saluti

Federica Vitali
Accounts Payable – Shared Service Center
Vetrerie Adriatiche S.p.A.
Via dell'Artigianato 3 – 60025 Loreto (AN)
T +39 071 7501200

Il presente messaggio, inclusi gli eventuali allegati, ha natura aziendale e potrebbe contenere informazioni confidenziali. Se non siete i destinatari, vi preghiamo di cancellarlo e di darne notizia al mittente."""),

    dict(id="s16it025", date="2027-01-05T18:12", fmt="gmail", stage="reminder", ago=1,
         inv="1231/2026", amt="146,40", due="2026-12-31",
         frm="Paola Giuliani <paolagiuliani.arch@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid just now by card through the online link.",
         body="""Salve, fatto adesso il pagamento con la carta dal vostro link, mi è arrivata anche la ricevuta. Buona serata
Paola Giuliani"""),

    dict(id="s16it026", date="2027-01-20T10:05", fmt="outlook", stage="reminder", ago=2,
         inv="1236/2026", amt="9.760,00", due="2026-12-31",
         frm="Ufficio Pagamenti <pagamenti@gruppocartarioesino.it>",
         intent="promise", promise_date="2027-02-10",
         note="'ciclo pagamenti del 10 p.v.' (prossimo venturo = next month): 10 February 2027.",
         body="""Buongiorno,

in riscontro al Vs. sollecito Vi comunichiamo che la fattura n. 1236/2026 è stata regolarmente registrata e autorizzata al pagamento.

In base alle condizioni concordate (60 gg d.f.f.m., pagamento il giorno 10), la stessa verrà liquidata con il ciclo pagamenti del 10 p.v.

Restiamo a disposizione per eventuali chiarimenti.

Cordiali saluti
Ufficio Pagamenti
Gruppo Cartario Esino S.p.A.
Via Fabriano 120 – 60044 Fabriano (AN)"""),

    dict(id="s16it027", date="2027-01-22T16:30", fmt="tb", stage="final_notice", ago=4,
         inv="1067/2026", amt="18.300,00", due="2026-10-31",
         frm="Avv. Chiara Bompadre <c.bompadre@studiolegalebompadre.it>",
         intent="dispute",
         note="Lawyer for the debtor contests the whole invoice for defects (art. 1667 c.c.) and reserves damages.",
         body="""Spett.le Elettrotecnica Marchetti S.r.l.,

scrivo in nome e per conto della mia assistita Falegnameria Artigiana Cardinali S.n.c., che mi ha trasmesso la Vs. comunicazione di "ultimo avviso" relativa alla fattura n. 1067/2026 di € 18.300,00.

Come già formalmente comunicato dalla mia assistita a mezzo PEC del 20 novembre 2026, rimasta senza riscontro, l'impianto di aspirazione e il relativo quadro di comando forniti e installati presso lo stabilimento di Via Clementina presentano gravi difetti di funzionamento: il quadro va in blocco più volte al giorno e la linea di levigatura è rimasta ferma per complessive undici giornate lavorative. I vizi sono stati tempestivamente denunciati ai sensi dell'art. 1667 c.c.

La fattura è pertanto contestata integralmente, e la mia assistita si riserva di agire per il risarcimento dei danni da fermo produzione. Qualsiasi iniziativa di recupero del credito, ivi compreso il ricorso per decreto ingiuntivo, sarebbe allo stato del tutto infondata.

La mia assistita resta disponibile a un sopralluogo congiunto con un Vostro tecnico, da concordare con la scrivente.

Distinti saluti

Avv. Chiara Bompadre
Studio Legale Bompadre
Corso Matteotti 44 – 60035 Jesi (AN)
Tel. 0731 56120 – PEC chiara.bompadre@pec.ordineavvocatiancona.it

Il presente messaggio contiene informazioni riservate e coperte da segreto professionale, destinate esclusivamente al destinatario indicato."""),

    dict(id="s16it028", date="2027-01-15T12:30", fmt="apple", stage="reminder", ago=3,
         inv="1210/2026", amt="427,00", due="2026-12-31",
         frm="Giulia Ragni <giulia.ragni@studiofotoragni.it>",
         intent="other",
         note="Passed the reminder to her accountant; no payment statement, no change of address asked.",
         body="""Buongiorno,
ho girato la mail al mio commercialista, lo Studio Bartolucci, che si occupa dei pagamenti per conto mio. Se serve qualcosa vi contatteranno loro.
Grazie
Giulia

Giulia Ragni Fotografa
studiofotoragni.it · 333 4801765"""),

    dict(id="s16it029", date="2026-12-29T11:40", fmt="gmail", stage="firm", ago=1,
         inv=[("1084/2026", "1.830,00", "2026-10-31"), ("1150/2026", "976,00", "2026-11-30")],
         frm="Ciarmatori Impianti <ciarmatori.impianti@gmail.com>",
         intent="promise",
         note="Will pay both invoices when his own client pays, 'penso primi di gennaio': vague window, no date.",
         body="""Buongiorno
si lo so sono indietro con voi. Il problema e che il cantiere di Senigallia non mi ha ancora pagato lo stato avanzamento e sono scoperto. Appena entrano i soldi vi pago tutte e due le fatture, penso primi di gennaio. Non mandatemi l avvocato per favore che ci conosciamo da 15 anni
Mauro"""),

    dict(id="s16it030", date="2026-12-21T09:37", fmt="outlook", stage="second_reminder", ago=3,
         inv="1172/2026", amt="2.318,00", due="2026-11-30",
         frm="Simona Carloni <s.carloni@orsolinilogistica.it>",
         intent="paid", paid_on="2026-12-18",
         note="Colleague passed it on; invoice paid on 18 December in a bulk transfer. Side wish to send reminders to admin (no address).",
         body="""Buongiorno,

mi ha girato il vostro sollecito il collega Fabrizio dell'ufficio tecnico, a cui era arrivato per errore.

Da nostre verifiche la fattura 1172/2026 risulta pagata il 18 dicembre con bonifico cumulativo insieme ad altre fatture fornitori di dicembre. Vi allego la distinta.

Per il futuro vi prego di mandare i solleciti direttamente all'amministrazione.

Saluti
Simona Carloni
Amministrazione – Orsolini Logistica S.r.l.
Tel. 071 8873300"""),

    dict(id="s16it031", date="2027-01-26T10:12", fmt="tb", stage="heads_up", ago=3,
         inv="1247/2026", amt="1.586,00", due="2027-01-31",
         frm="Amministrazione Tipografia Vallesina <amministrazione@tipografiavallesina.it>",
         intent="bank_details",
         note="Debtor announces its own new bank account for Ri.Ba. collection.",
         body="""Buongiorno,

in riferimento al vostro promemoria vi segnaliamo che dal 1° gennaio abbiamo chiuso il conto presso la banca precedente. Le Ri.Ba. in scadenza, a partire da quella del 31/01 relativa alla fattura 1247/2026, vanno domiciliate sulle nuove coordinate:

Banca: BCC di Ostra e Morro d'Alba – filiale di Jesi
IBAN: IT58 K087 0437 3200 0000 0031 876
ABI 08704 – CAB 37320

Vi preghiamo di aggiornare la vostra anagrafica per evitare insoluti e relative spese.

Cordiali saluti
Ufficio Amministrazione
Tipografia Grafica Vallesina S.n.c.
Via Campo Boario 9 – 60035 Jesi (AN)"""),

    dict(id="s16it032", date="2027-01-18T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv="1205/2026", amt="850,00", due="2026-12-15",
         frm="Nicola Bartoloni <nicola@bartoloni-eventi.it>",
         subj="Fuori sede fino al 20/01",
         intent="out_of_office", return_date="2027-01-21",
         note="Away at a trade fair; back in the office 21/01.",
         body="""Sono fuori sede per il Sigep a Rimini, con accesso limitato alla posta. Rientro in ufficio il 21/01.
Per urgenze amministrative: amministrazione@bartoloni-eventi.it

Nicola Bartoloni
Bartoloni Eventi & Catering"""),

    dict(id="s16it033", date="2027-01-25T15:05", fmt="gmail", stage="reminder", ago=3,
         inv="1239/2026", amt="312,32", due="2026-12-31",
         frm="Ottica Belvedere <otticabelvedere@gmail.com>",
         intent="contact_change", new_email="contabilita@studiopigini.it",
         note="Asks that invoices and reminders go to the new accounting firm's address.",
         body="""Buongiorno,
vi informo che da quest'anno la contabilità del negozio la tiene lo Studio Pigini. Per fatture, solleciti e quant'altro vi prego di scrivere direttamente a loro: contabilita@studiopigini.it (rif. dott.ssa Pigini).
Per la 1239 gli ho già girato la vostra mail.
Grazie e buona giornata
Cristina – Ottica Belvedere"""),

    dict(id="s16it034", date="2027-01-12T19:03", fmt="apple", stage="second_reminder", ago=1,
         inv="1187/2026", amt="420,00", due="2026-12-10",
         frm="Enrico Pirani <enricopirani@yahoo.it>",
         intent="promise", promise_date="2027-01-13",
         note="'Domani mattina' faccio il bonifico; reply 12 Jan.",
         body="""Scusate, mi era passata di mente. Domani mattina faccio il bonifico.
Enrico

Inviato da iPhone"""),

    dict(id="s16it035", date="2027-01-13T12:20", fmt="tb", stage="reminder", ago=1,
         inv="1221/2026", amt="2.025,70", due="2026-12-31",
         frm="Luigi Cesaroni <luigi.cesaroni@panificiocesaroni.it>",
         intent="promise", promise_date="2027-01-18",
         note="Pays Monday 18 January; side question about a delivery note (DDT date not labelled).",
         body="""Buongiorno,

ok per la 1221, la paghiamo lunedì 18 con bonifico.

Una domanda: nell'importo è compreso anche il materiale del DDT n. 388 del 5/12 (le due plafoniere stagne per il laboratorio) o quello lo fatturate a parte? Così lo metto già in conto.

Grazie
Luigi Cesaroni
Panificio Cesaroni dal 1961 – Cupramontana
0731 789042"""),

    dict(id="s16it036", date="2027-01-19T13:15", fmt="none", stage="firm", ago=2,
         inv="1128/2026", amt="564,00", due="2026-11-30",
         frm="Rosanna Cappelletti <rosanna.cappelletti47@virgilio.it>",
         intent="paid", paid_on="2027-01-19",
         note="Elderly customer: paid this morning by transfer at the post office counter.",
         body="""Gentili Signori,
vi comunico che stamattina sono andata alle Poste e ho fatto il bonifico allo sportello per la fattura 1128. Mio figlio mi ha detto di scrivervi per farvelo sapere. Ho la ricevuta se serve.
Distinti saluti
Rosanna Cappelletti"""),

    dict(id="s16it037", date="2026-12-10T10:55", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="1119/2026", amt="1.207,80", due="2026-11-30",
         frm="Ufficio Acquisti <acquisti@supermercatilanterna.it>",
         intent="dispute",
         note="Part of the goods returned; waiting for a credit note before paying the difference.",
         body="""Buongiorno,

la fattura 1119/2026 non è dovuta per l'intero importo. Dei 30 corpi illuminanti LED consegnati con DDT 351 del 28/10, 12 sono stati resi il 6/11 perché di temperatura colore errata (4000K invece dei 3000K dell'ordine); il reso è stato ritirato dal vostro corriere con DDT di reso n. 77.

Siamo in attesa della relativa nota di credito. Appena la riceveremo pagheremo la differenza.

Cordiali saluti

Mirko Fiorentini
Ufficio Acquisti
Supermercati La Lanterna S.r.l.
Via Flaminia 302 – 60019 Senigallia (AN)
Tel. 071 6605511"""),

    dict(id="s16it038", date="2027-01-27T21:40", fmt="gmail", stage="firm", ago=5,
         inv="1164/2026", amt="3.660,00", due="2026-11-30",
         frm="ASD Polisportiva Vallesina <polisportivavallesina@gmail.com>",
         intent="plan_request",
         note="Sports association asks for a delay until a council grant arrives, or monthly payments; no date.",
         body="""Buonasera,

sono Fabio Spadoni, tesoriere della Polisportiva. La fattura del nuovo impianto di illuminazione del campo di calcetto la dobbiamo pagare con il contributo che il Comune ci ha deliberato a novembre, ma i soldi non sono ancora arrivati e in cassa adesso abbiamo poco.

Vi chiedo se possiamo avere una dilazione fino all'erogazione del contributo, oppure, se preferite, possiamo iniziare a darvi qualcosa ogni mese. Ditemi voi cosa è meglio.

Siamo un'associazione di volontari, vi chiedo un po' di comprensione.

Grazie
Fabio Spadoni
Tesoriere ASD Polisportiva Vallesina
328 7701459"""),

    dict(id="s16it039", date="2026-12-08T10:14", fmt="gmail", stage="reminder", ago=4,
         inv="1160/2026", amt="268,40", due="2026-11-30",
         frm="Silvia Mazzarini <silvia.mazzarini@gmail.com>",
         intent="copy_request",
         note="Cannot find the invoice; asks for the PDF so she can pay.",
         body="""Buongiorno, non trovo più la fattura, forse mi è finita nello spam. Me la potete rimandare in pdf per favore? Così la pago.
Grazie
Silvia"""),

    dict(id="s16it040", date="2027-01-26T09:20", fmt="outlook", stage="final_notice", ago=1,
         inv="1101/2026", amt="1.098,00", due="2026-10-31",
         frm="Studio Dentistico Dott. Lampa <segreteria@studiolampa.it>",
         intent="paid", paid_on="2027-01-21",
         note="Paid 'giovedì scorso'; reply Tuesday 26 Jan, so Thursday 21 Jan.",
         body="""Buongiorno,

ricevo oggi il vostro "ultimo avviso" e resto un po' sorpresa: la fattura 1101 è stata pagata giovedì scorso con bonifico dalla banca del dottore. Forse l'accredito non vi è ancora arrivato oppure non l'avete abbinato.

Vi prego di controllare e di non procedere con il recupero crediti.

Cordiali saluti
Monica Paci
Segreteria Studio Dentistico Dott. Paolo Lampa
Piazza della Repubblica 5 – 60035 Jesi (AN)
Tel. 0731 57890"""),
]
