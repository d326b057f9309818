# Italian replies to Atelier Dupont's reminders (letters in English "en" or French "fr"); dates local to Europe/Rome.
CASES = [
    dict(id="i3001", date="2026-11-04T10:25", fmt="gmail", lang="en", stage="reminder",
         from_="Luca Bianchi <luca.bianchi@bianchiarredamenti.it>", inv="F-2026-0612", amt="1,480.00", due="2026-10-15",
         intent="promise", promise_date="2026-11-06",
         body="""Buongiorno,

scusate il ritardo, provvediamo al pagamento entro venerdì.

Cordiali saluti
Luca Bianchi
Bianchi Arredamenti S.r.l.
"""),
    dict(id="i3002", date="2026-11-12T09:18", fmt="outlook", lang="fr", stage="reminder",
         from_="Amministrazione Ferri <amministrazione@ferrisrl.it>", inv="F-2026-0618", amt="2 960,00", due="2026-10-26",
         intent="paid", paid_on="2026-11-11",
         body="""Buongiorno,

in allegato la contabile del bonifico disposto ieri a saldo della fattura F-2026-0618.

Distinti saluti

Giulia Colombo
Ufficio Amministrazione
FERRI S.r.l.
Via dell'Industria 18 – 25030 Castel Mella (BS)
P.IVA e C.F. 02345678901 – Cap. Soc. € 50.000 i.v. – REA BS-445566

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo senza copiarlo e di darne notizia al mittente.
"""),
    dict(id="i3003", date="2026-11-06T15:40", fmt="outlook", lang="en", stage="reminder",
         from_="Marco Ricci <m.ricci@riccihotels.it>", inv="F-2026-0608", amt="3,250.00", due="2026-10-14",
         intent="dispute",
         body="""Gentili signori,

la merce consegnata non è conforme all'ordine: i tessuti delle poltrone sono di un colore diverso da quello scelto sul campionario (grigio perla, non tortora). Abbiamo inviato le foto al vostro commerciale il 20 ottobre.

Fino alla sostituzione non procederemo al pagamento della fattura.

Cordiali saluti
Marco Ricci
Direttore
Ricci Hotels S.p.A.
"""),
    dict(id="i3004", date="2026-11-09T08:05", fmt="ooo", lang="en", stage="second_reminder",
         from_="Francesca Romano <f.romano@romanoimport.it>", inv="F-2026-0597", amt="1,120.00", due="2026-10-09",
         intent="out_of_office", return_date="2026-11-16",
         note="'fino al 13 novembre compreso' (a Friday): back Monday 16 Nov",
         body="""Grazie per la Sua e-mail.

Sarò assente dall'ufficio fino al 13 novembre compreso, con accesso limitato alla posta. Per urgenze può contattare ufficio@romanoimport.it.

Francesca Romano
Romano Import S.r.l.
"""),
    dict(id="i3005", date="2026-11-10T12:30", fmt="gmail", lang="fr", stage="reminder",
         from_="Paolo Gallo <paolo@galloceramiche.it>", inv="F-2026-0621", amt="870,00", due="2026-10-29",
         intent="promise", promise_date="2026-11-30", note="'a fine mese' written 10 Nov: 30 Nov",
         body="""Buongiorno,

la fattura verrà pagata a fine mese insieme agli altri fornitori.

Saluti
Paolo Gallo
Gallo Ceramiche
"""),
    dict(id="i3006", date="2026-11-23T11:10", fmt="outlook", lang="en", stage="second_reminder",
         from_="Elena Conti <e.conti@contiprogetti.it>", inv="F-2026-0605", amt="2,430.00", due="2026-10-21",
         intent="promise", promise_date="2026-12-03", note="'tra 10 giorni' from Mon 23 Nov: 3 Dec",
         body="""Gentili signori,

ci scusiamo per il ritardo, dovuto a un problema di liquidità temporaneo. Salderemo la fattura tra 10 giorni.

Cordialmente,
Elena Conti
Conti Progetti S.r.l.s.
"""),
    dict(id="i3007", date="2026-11-23T09:45", fmt="gmail", lang="en", stage="reminder",
         from_="Andrea Marino <andrea.marino@marinofood.it>", inv="F-2026-0625", amt="640.00", due="2026-11-06",
         intent="paid", paid_on="2026-11-20",
         body="""Buongiorno,

bonifico effettuato in data 20/11. Dovreste riceverlo a breve.

Saluti
Andrea Marino
Marino Food S.r.l.
"""),
    dict(id="i3008", date="2026-11-18T16:20", fmt="tb", lang="en", stage="second_reminder",
         from_="Roberto Greco <roberto.greco@grecoimpianti.it>", inv="F-2026-0604", amt="1,890.00", due="2026-10-20",
         intent="promise", note="'la prossima settimana' is vague: no date",
         body="""Buonasera,

ricevuto. Procediamo con il pagamento la prossima settimana.

Roberto Greco
Greco Impianti
"""),
    dict(id="i3009", date="2026-11-05T10:50", fmt="gmail", lang="fr", stage="reminder",
         from_="Ufficio Acquisti Costa <acquisti@costaottica.it>", inv="F-2026-0615", amt="1 050,00", due="2026-10-22",
         intent="copy_request",
         body="""Buongiorno,

non troviamo questa fattura nel nostro gestionale e non ci è arrivata tramite SDI. Potete inviarci copia della fattura in PDF e il relativo DDT?

Grazie
Simona Costa
Costa Ottica S.n.c.
"""),
    dict(id="i3010", date="2026-11-27T17:05", fmt="html_gmail", lang="en", stage="second_reminder",
         from_="Chiara Fontana <chiara@fontanagarden.it>", inv="F-2026-0613", amt="560.00", due="2026-10-28",
         intent="paid", paid_on="2026-11-27",
         body="""Buonasera,

Vi confermo che il pagamento è stato effettuato oggi.

Un saluto
Chiara Fontana
Fontana Garden
"""),
    dict(id="i3011", date="2026-11-13T11:35", fmt="html_outlook", lang="en", stage="reminder",
         from_="Contabilità Moretti <contabilita@morettigroup.it>", inv="F-2026-0623", amt="4,120.00", due="2026-11-02",
         intent="dispute",
         body="""Buongiorno,

l'importo della fattura F-2026-0623 non corrisponde al nostro ordine n. 2026/418, che era di 3.620,00 €. La differenza di 500,00 € riguarda un trasporto che non era previsto e che non abbiamo autorizzato.

Vi chiediamo di emettere una nota di credito per la differenza.

Cordiali saluti
Alessandra Moretti
Moretti Group S.r.l. – P.IVA 03456789012
"""),
    dict(id="i3012", date="2026-12-04T17:30", fmt="ooo", lang="en", stage="reminder",
         from_="Info Rizzo <info@rizzostampa.it>", inv="F-2026-0640", amt="980.00", due="2026-11-20",
         intent="out_of_office", return_date="2026-12-09",
         body="""Gentile cliente,

i nostri uffici resteranno chiusi dal 7 all'8 dicembre per il ponte dell'Immacolata. Riapriremo mercoledì 9 dicembre.

Grazie
Rizzo Stampa
"""),
    dict(id="i3013", date="2026-11-19T14:15", fmt="gmail", lang="en", stage="reminder",
         from_="Stefano Lombardi <stefano@lombardifalegnameria.it>", inv="F-2026-0628", amt="720.00", due="2026-11-05",
         intent="promise", promise_date="2026-11-23", note="'lunedì' written Thu 19 Nov: Mon 23 Nov",
         body="""Salve,

pago lunedì, oggi la banca mi ha bloccato il bonifico per un problema col token.

Stefano
"""),
    dict(id="i3014", date="2026-12-01T10:20", fmt="outlook", lang="fr", stage="firm",
         from_="Valentina Bruno <v.bruno@brunotessuti.it>", inv="F-2026-0596", amt="3 680,00", due="2026-10-08",
         intent="promise", promise_date="2026-12-15",
         body="""Gentili signori,

ci scusiamo per il ritardo. Provvederemo al saldo con bonifico il 15/12.

Distinti saluti
Valentina Bruno
Bruno Tessuti S.p.A.
"""),
    dict(id="i3015", date="2026-11-17T08:40", fmt="apple", lang="en", stage="reminder",
         from_="Davide Caruso <davide.caruso@carusodesign.it>", inv="F-2026-0620", amt="450.00", due="2026-10-30",
         intent="paid", paid_on="2026-11-16",
         body="""Pagato ieri con bonifico SEPA, CRO 0306909606100000012345. Saluti

Inviato da iPhone
"""),
    dict(id="i3016", date="2026-11-26T12:15", fmt="outlook", lang="en", stage="firm",
         from_="Giorgio Mancini <g.mancini@mancinicostruzioni.it>", inv="F-2026-0594", amt="5,400.00", due="2026-10-05",
         intent="plan_request",
         body="""Buongiorno,

riconosciamo il debito ma in questo momento non riusciamo a saldarlo in un'unica soluzione. Sarebbe possibile rateizzare l'importo in tre rate mensili da 1.800 €, a partire da dicembre?

Resto in attesa di un vostro riscontro.

Giorgio Mancini
Mancini Costruzioni S.r.l.
"""),
    dict(id="i3017", date="2026-11-16T10:05", fmt="gmail", lang="fr", stage="reminder",
         from_="Federica Rinaldi <f.rinaldi@rinaldielettronica.it>", inv="F-2026-0622", amt="1 340,00", due="2026-11-02",
         intent="dispute", note="goods returned under an agreed RMA",
         body="""Buongiorno,

la merce di questa fattura vi è stata restituita il 19 ottobre con reso autorizzato RMA 5521. Attendiamo da allora la nota di credito. La fattura quindi non è dovuta.

Federica Rinaldi
Rinaldi Elettronica S.r.l.
"""),
    dict(id="i3018", date="2026-11-25T08:20", fmt="ooo", lang="fr", stage="reminder",
         from_="Matteo Barbieri <matteo.barbieri@barbieriauto.it>", inv="F-2026-0630", amt="1 210,00", due="2026-11-10",
         intent="out_of_office", return_date="2026-11-30",
         body="""Buongiorno,

sono fuori ufficio. Rientrerò lunedì 30 novembre e risponderò al più presto.

Matteo Barbieri
"""),
    dict(id="i3019", date="2026-11-26T20:50", fmt="gmail", lang="en", stage="reminder",
         from_="Sara Ferrara <sara.ferrara77@libero.it>", inv="F-2026-0633", amt="295.00", due="2026-11-12",
         intent="promise", promise_date="2026-12-10",
         body="""Buonasera, mi scuso, sono una privata e non avevo capito che la fattura era da pagare con bonifico. Le pago entro il 10 dicembre.

Sara Ferrara
"""),
    dict(id="i3020", date="2026-11-24T11:30", fmt="outlook", lang="en", stage="second_reminder",
         from_="Antonio Esposito <a.esposito@espositologistica.it>", inv="F-2026-0603", amt="2,180.00", due="2026-10-20",
         intent="paid", paid_on="2026-11-20", note="'venerdì scorso' written Tue 24 Nov: Fri 20 Nov",
         body="""Buongiorno,

il bonifico è partito venerdì scorso. Vi prego di verificare.

Saluti
Antonio Esposito
Esposito Logistica S.r.l.
"""),
    dict(id="i3021", date="2026-12-02T15:20", fmt="gmail", lang="en", stage="second_reminder",
         from_="Martina Leone <martina@leonegioielli.it>", inv="F-2026-0616", amt="1,630.00", due="2026-11-04",
         intent="promise", promise_date="2026-12-18", note="'entro il 18' written 2 Dec: 18 Dec",
         body="""Buongiorno,

vi pagheremo entro il 18. Grazie per la pazienza.

Martina Leone
Leone Gioielli
"""),
    dict(id="i3022", date="2026-11-11T09:30", fmt="outlook", lang="fr", stage="reminder",
         from_="Segreteria Longo <segreteria@longoristorazione.it>", inv="F-2026-0619", amt="1 760,00", due="2026-10-27",
         intent="other", note="the matter is handed to their accountant; nothing about payment",
         body="""Buongiorno,

la pratica è in carico al nostro commercialista, lo Studio Gentile di Bari, che vi ricontatterà nei prossimi giorni.

Cordiali saluti
Segreteria
Longo Ristorazione S.r.l.
"""),
    dict(id="i3023", date="2026-11-02T09:07", fmt="bounce", lang="en", stage="reminder",
         inv="F-2026-0607", amt="820.00", due="2026-10-13", intent="bounce",
         rcpt="amministrazione@martinellimarmi.it", status="5.1.1", mta="smtpdh.aruba.it",
         remote="mx.martinellimarmi.it",
         diag="550 5.1.1 <amministrazione@martinellimarmi.it>: Recipient address rejected: User unknown",
         from_="Mail Delivery Subsystem <MAILER-DAEMON@aruba.it>", subj="Messaggio non recapitato: Payment reminder",
         body="""Il messaggio non è stato recapitato ai seguenti destinatari:

amministrazione@martinellimarmi.it
  Indirizzo inesistente (550 5.1.1 User unknown)
"""),
    dict(id="i3024", date="2026-12-09T18:35", fmt="apple", lang="en", stage="second_reminder",
         from_="Nicola Gatti <nicola@gattibike.it>", inv="F-2026-0617", amt="380.00", due="2026-11-16",
         intent="promise", promise_date="2026-12-10",
         body="""scusate, me ne ero dimenticato. domani faccio il bonifico

Nicola

Inviato da iPhone
"""),
    dict(id="i3025", date="2026-12-03T10:10", fmt="html_outlook", lang="en", stage="second_reminder",
         from_="Tesoreria <tesoreria@pellegrinispa.it>", inv="F-2026-0610", amt="6,850.00", due="2026-10-30",
         intent="promise", promise_date="2026-12-14",
         body="""Gentili signori,

Vi informiamo che il pagamento della fattura F-2026-0610 è stato programmato con valuta 14/12/2026.

Distinti saluti

Ufficio Tesoreria
Pellegrini S.p.A.
Sede legale: Via Roma 45, 40121 Bologna – P.IVA 01234567890
Registro Imprese di Bologna n. 01234567890 – Capitale sociale € 2.000.000 i.v.
"""),
    dict(id="i3026", date="2026-12-14T11:40", fmt="outlook", lang="fr", stage="firm",
         from_="Amministrazione Villa <amministrazione@villaimpianti.it>", inv="F-2026-0598", amt="2 240,00", due="2026-10-12",
         intent="paid", paid_on="2026-12-14",
         body="""Buongiorno,

bonifico disposto in data odierna, allego ricevuta.

Cordiali saluti
Amministrazione
Villa Impianti S.r.l. – P.IVA 04567890123
"""),
    dict(id="i3027", date="2026-12-02T16:55", fmt="gmail", lang="fr", stage="firm",
         from_="Ing. Fabio De Luca <fdeluca@delucastudio.it>", inv="F-2026-0595", amt="3 920,00", due="2026-10-12",
         intent="dispute",
         body="""Buongiorno,

contesto formalmente la fattura F-2026-0595. I lavori di allestimento dello showroom non sono stati completati: mancano ancora le vetrine e l'illuminazione del secondo piano, come da verbale firmato dal vostro tecnico il 9 ottobre.

Pagheremo a lavori ultimati.

Ing. Fabio De Luca
De Luca Studio Associato
"""),
    dict(id="i3028", date="2026-12-18T16:10", fmt="ooo", lang="en", stage="second_reminder",
         from_="Ufficio Amministrativo <ufficio@cattaneoarredi.it>", inv="F-2026-0636", amt="1,450.00", due="2026-11-13",
         intent="out_of_office", return_date="2027-01-07",
         body="""Gentile cliente,

gli uffici resteranno chiusi dal 24 dicembre al 6 gennaio compreso per le festività natalizie. Riapertura giovedì 7 gennaio 2027.

Buone feste!
Cattaneo Arredi
"""),
    dict(id="i3029", date="2026-11-17T13:25", fmt="gmail", lang="en", stage="reminder",
         from_="Alessio Serra <alessio@serraedilizia.it>", inv="F-2026-0627", amt="990.00", due="2026-11-04",
         intent="promise", promise_date="2026-11-20", note="'entro fine settimana' written Tue 17 Nov: Fri 20 Nov",
         body="""Ciao,

lo saldo entro fine settimana.

Alessio
Serra Edilizia
"""),
    dict(id="i3030", date="2026-11-30T09:55", fmt="tb", lang="en", stage="second_reminder",
         from_="Lucia Marchetti <lucia.marchetti@marchettiviaggi.it>", inv="F-2026-0611", amt="1,180.00", due="2026-10-28",
         intent="paid", note="says it is already paid, no date",
         body="""Buongiorno,

a noi la fattura risulta già pagata. Potete controllare?

Lucia Marchetti
Marchetti Viaggi
"""),
    dict(id="i3031", date="2026-11-20T10:35", fmt="outlook", lang="fr", stage="second_reminder",
         from_="Enrico Fabbri <e.fabbri@fabbrimeccanica.it>", inv="F-2026-0602", amt="2 070,00", due="2026-10-21",
         intent="promise", note="'quanto prima': a commitment without a date",
         body="""Gentili signori,

abbiamo preso nota del sollecito. Provvederemo al pagamento quanto prima.

Distinti saluti
Enrico Fabbri
Fabbri Meccanica S.r.l.
"""),
    dict(id="i3032", date="2026-11-19T12:40", fmt="html_outlook", lang="en", stage="reminder",
         from_="Ufficio Acquisti <acquisti@gentilifarmaceutici.it>", inv="F-2026-0626", amt="2,760.00", due="2026-11-05",
         intent="dispute",
         body="""Buongiorno,

il prezzo unitario applicato in fattura (46,00 €) non è quello concordato nel vostro preventivo n. 118 del 2 settembre (39,50 €). Vi chiediamo di riemettere la fattura con il prezzo corretto; nel frattempo la fattura è sospesa.

Cordiali saluti
Roberta Gentili
Ufficio Acquisti
Gentili Farmaceutici S.r.l. – P.IVA 05678901234
"""),
    dict(id="i3033", date="2026-11-16T07:50", fmt="ooo", lang="en", stage="reminder",
         from_="Giovanni Pellegrino <g.pellegrino@pellegrinovini.it>", inv="F-2026-0624", amt="760.00", due="2026-11-02",
         intent="out_of_office", return_date="2026-11-23",
         note="'in ferie fino a venerdì 20 novembre': back Monday 23 Nov",
         body="""Buongiorno,

sono in ferie fino a venerdì 20 novembre. Per urgenze scrivere a cantina@pellegrinovini.it.

Giovanni Pellegrino
"""),
    dict(id="i3034", date="2026-12-07T09:40", fmt="gmail", lang="fr", stage="second_reminder",
         from_="Ilaria Testa <ilaria@testaboutique.it>", inv="F-2026-0634", amt="610,00", due="2026-11-11",
         intent="promise", promise_date="2026-12-10",
         note="'giovedì prossimo' written Mon 7 Dec: read as the coming Thursday, 10 Dec (could be 17 Dec)",
         body="""Buongiorno,

scusate, vi pago giovedì prossimo.

Ilaria Testa
Testa Boutique
"""),
    dict(id="i3035", date="2026-11-27T11:50", fmt="outlook", lang="en", stage="second_reminder", fwd=True,
         from_="Sonia Vitale <s.vitale@vitaleprofumi.it>", inv="F-2026-0606", amt="1,340.00", due="2026-10-23",
         intent="paid", paid_on="2026-11-26", note="assistant forwards the administration's answer",
         body="""Buongiorno,

vi inoltro la risposta della nostra amministrazione:

"Il bonifico è stato eseguito il 26/11, CRO in allegato."

Cordiali saluti
Sonia Vitale
Assistente di Direzione
Vitale Profumi S.r.l.
"""),
    dict(id="i3036", date="2026-11-25T15:45", fmt="gmail", lang="en", stage="reminder",
         from_="Daniele Ferraro <daniele@ferrarobirra.it>", inv="F-2026-0631", amt="1,020.00", due="2026-11-11",
         intent="promise", note="'a metà dicembre' is vague: no date",
         body="""Buongiorno,

al momento siamo un po' in difficoltà con gli incassi, contiamo di pagarvi a metà dicembre.

Daniele Ferraro
Birrificio Ferraro
"""),
    dict(id="i3037", date="2026-12-05T10:15", fmt="apple", lang="en", stage="reminder",
         from_="Laura Monti <laura.monti@icloud.com>", inv="F-2026-0641", amt="210.00", due="2026-11-23",
         intent="paid", paid_on="2026-12-05",
         body="""Buongiorno, ho pagato adesso con la carta tramite il link. Grazie

Inviato da iPhone
"""),
    dict(id="i3038", date="2026-12-02T08:10", fmt="ooo", lang="fr", stage="reminder",
         from_="Riccardo Sala <r.sala@salaconsulting.it>", inv="F-2026-0637", amt="1 500,00", due="2026-11-18",
         intent="out_of_office", return_date="2026-12-07",
         body="""Buongiorno,

sarò fuori sede dal 2 al 4 dicembre. Rientro lunedì 7.

Riccardo Sala
Sala Consulting
"""),
    dict(id="i3039", date="2026-11-12T18:30", fmt="gmail", lang="fr", stage="reminder",
         from_="Carlo Benedetti <c.benedetti@benedettiedilizia.it>", inv="F-2026-0614", amt="1 690,00", due="2026-10-30",
         intent="dispute", note="says the goods never arrived",
         body="""Buonasera,

come possiamo pagare una merce che non abbiamo mai ricevuto? Il corriere risulta aver consegnato il 16 ottobre, ma nessuno da noi ha firmato. Aprite una contestazione con il corriere, noi non paghiamo.

Carlo Benedetti
"""),
    dict(id="i3040", date="2026-11-16T11:00", fmt="outlook", lang="en", stage="reminder",
         from_="Amministrazione Guerra <amm@guerratrasporti.it>", inv="F-2026-0629", amt="1,850.00", due="2026-11-02",
         intent="promise", promise_date="2026-11-25",
         body="""Buongiorno,

la fattura verrà saldata entro il 25/11.

Cordiali saluti
Amministrazione
Guerra Trasporti S.r.l.
"""),
    dict(id="i3041", date="2026-11-06T09:25", fmt="gmail", lang="en", stage="reminder",
         from_="Giulia Orlando <giulia@orlandofiori.it>", inv="F-2026-0609", amt="430.00", due="2026-10-16",
         intent="paid", paid_on="2026-11-04",
         body="""Gentili,

il pagamento è stato effettuato in data 4 novembre. Mi fate sapere se l'avete ricevuto?

Grazie
Giulia Orlando
"""),
    dict(id="i3042", date="2026-12-15T09:05", fmt="tb", lang="en", stage="final_notice",
         from_="Massimo D'Angelo <m.dangelo@dangeloinfissi.it>", inv="F-2026-0591", amt="4,760.00", due="2026-10-02",
         intent="promise", promise_date="2026-12-15",
         body="""Buongiorno,

vi prego di non procedere con il recupero crediti. Faccio il bonifico oggi stesso per l'intero importo.

Massimo D'Angelo
D'Angelo Infissi S.r.l.
"""),
    dict(id="i3043", date="2026-12-01T07:40", fmt="ooo", lang="en", stage="reminder",
         from_="Silvia Negri <s.negri@negriassicurazioni.it>", inv="F-2026-0638", amt="890.00", due="2026-11-17",
         intent="out_of_office", return_date="2026-12-07",
         note="'fino al 4/12 compreso' (a Friday): back Monday 7 Dec",
         body="""Sono assente fino al 4/12 compreso. La Sua e-mail non verrà inoltrata; per questioni amministrative scrivere a amministrazione@negriassicurazioni.it.

Silvia Negri
"""),
    dict(id="i3044", date="2026-11-11T14:30", fmt="gmail", lang="fr", stage="reminder",
         from_="Pietro Caputo <pietro@caputoimmobiliare.it>", inv="F-2026-0632", amt="1 270,00", due="2026-10-30",
         intent="promise", promise_date="2026-11-18", note="'tra una settimana' from Wed 11 Nov: 18 Nov",
         body="""Buongiorno,

vi saldo tra una settimana, appena rientro dal viaggio.

Pietro Caputo
"""),
    dict(id="i3045", date="2026-12-03T08:20", fmt="apple", lang="en", stage="reminder",
         from_="Marco Farina <marcofarina@gmail.com>", inv="F-2026-0635", amt="175.00", due="2026-11-19",
         intent="paid", paid_on="2026-12-02",
         body="""Ciao, pagato ieri sera col bonifico istantaneo. Ciao!

Inviato da iPhone
"""),
]
for _c in CASES:
    _c["from"] = _c.pop("from_")
