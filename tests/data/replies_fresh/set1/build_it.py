"""Italian debtor replies to Hardy Joinery's (English) reminders, written by hand. Run: python3 build_it.py

Debtors are Italian firms and people invoiced in euros; the quoted reminder is the English letter they received.
Calendar: Nov 2026 Mondays 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27. Dec: Mondays 7, 14; Fridays 4, 11, 18.
"""
from pathlib import Path

from mailwrap import Case as C
from mailwrap import build

IT = "IT"

cases = [
    # ---------------------------------------------------------------- promise (12)
    C("it001", "promise", IT, "Marco Rossi <marco.rossi@rossiarredamenti.it>", "2026-11-09 11:20", "gmail", "reminder",
      "INV-3011:1,240.00", """
Buongiorno,

scusate il ritardo, ci era sfuggita. Provvediamo al pagamento entro il 15.

Saluti,
Marco Rossi
""", labels={"promise_date": "2026-11-15"}),

    C("it002", "promise", IT, "Giulia Bianchi <amministrazione@hotelbianchi.it>", "2026-11-12 15:45", "outlook", "second_reminder",
      "INV-3014:2,680.00", """
Gentili signori,

abbiamo ricevuto il vostro sollecito. Vi confermo che la fattura verrà saldata a fine mese, con il consueto pagamento fornitori.

Cordiali saluti

Giulia Bianchi
Ufficio Amministrazione
Hotel Bianchi S.r.l.
Via Roma 112, 47921 Rimini (RN)
Tel. 0541 55 02 17
""", labels={"promise_date": "2026-11-30", "note": "'a fine mese' = 30 Nov"}),

    C("it003", "promise", IT, "Luca Ferrari <lucaferrari.edile@gmail.com>", "2026-11-17 07:50", "iphone", "reminder",
      "INV-3018:480.00", """
venerdì pago promesso
""", labels={"promise_date": "2026-11-20", "note": "'venerdì' from Tue 17 Nov = 20 Nov"}),

    C("it004", "promise", IT, "Francesca Romano <f.romano@studioromano.it>", "2026-11-03 10:05", "html_outlook", "heads_up",
      "INV-3012:915.00", """
Buongiorno,

grazie per l'avviso. La fattura è già stata approvata e sarà pagata il 12/11 con il bonifico settimanale.

Cordiali saluti,

Francesca Romano
Studio Romano Commercialisti
Corso Vittorio Emanuele II 84, 10121 Torino
""", labels={"promise_date": "2026-11-12", "note": "day-first 12/11 = 12 November"}),

    C("it005", "promise", IT, "Alessandro Colombo <a.colombo@colomboimpianti.it>", "2026-11-19 14:10", "gmail", "second_reminder",
      "INV-3020:1,760.00", """
Salve, la settimana prossima facciamo il bonifico. Mi scuso per il disguido.

Alessandro Colombo
""", labels={"note": "'la settimana prossima' with no day: no promise_date"}),

    C("it006", "promise", IT, "Chiara Ricci <chiara@ricciinterni.it>", "2026-11-25 18:30", "gmail", "firm",
      "INV-3009:3,200.00", """
Buonasera,

avete ragione, mi dispiace molto. Domani mattina faccio il bonifico.

Chiara
""", labels={"promise_date": "2026-11-26"}),

    C("it007", "promise", IT, "Giuseppe Marino <giuseppe.marino@marinocostruzioni.it>", "2026-11-20 10:35", "outlook", "firm",
      "INV-3007:4,350.00", """
Spett.le Hardy Joinery,

in riferimento alla Vostra comunicazione, Vi informiamo che siamo in attesa dell'incasso di uno stato avanzamento lavori da parte del Comune. Provvederemo a saldare l'intero importo il 5 del mese prossimo.

Ci scusiamo per il ritardo.

Distinti saluti

Giuseppe Marino
Amministratore
Marino Costruzioni S.r.l.
Via Appia Nuova 560, 00179 Roma
""", labels={"promise_date": "2026-12-05", "note": "'il 5 del mese prossimo' from 20 Nov = 5 Dec"}),

    C("it008", "promise", IT, "Elena Greco <elena.greco@grecodesign.it>", "2026-12-01 09:40", "html_gmail", "second_reminder",
      "INV-3025:1,090.00", """
Buongiorno,

mi era sfuggita, chiedo scusa. La pago entro il 10 dicembre.

Un saluto,
Elena Greco
""", labels={"promise_date": "2026-12-10"}),

    C("it009", "promise", IT, "Roberto Conti <roberto@contiristrutturazioni.it>", "2026-11-11 20:40", "gmail", "second_reminder",
      "INV-3013:2,050.00", """
Buonasera,

lo so che siamo in ritardo. Il cliente di quel cantiere non mi ha ancora pagato. Appena incasso vi pago, ve lo garantisco.

Roberto
""", labels={"note": "promise without a date, conditional on his customer paying"}),

    C("it010", "promise", IT, "Sara Gallo <sara.gallo@gallocatering.it>", "2026-11-23 12:25", "outlook", "reminder",
      "INV-3022:1,380.00", """
Buongiorno,

la paghiamo lunedì 30. Cordiali saluti.

Sara Gallo
Gallo Catering
""", labels={"promise_date": "2026-11-30"}),

    C("it011", "promise", IT, "Davide Costa <davide.costa@costaarchitetti.it>", "2026-11-16 11:55", "html_gmail", "second_reminder",
      "INV-3019:2,900.00", """
Buongiorno,

procederemo al pagamento entro 15 giorni.

Grazie,
Davide Costa
""", labels={"promise_date": "2026-12-01", "note": "'entro 15 giorni' from Mon 16 Nov = by 1 Dec"}),

    C("it012", "promise", IT, "Martina Fontana <m.fontana@fontanamobili.it>", "2026-11-18 16:05", "outlook", "reminder",
      "INV-3023:1,645.00", """
Buongiorno,

potete mandarmi anche il DDT della consegna? Il nostro commercialista lo chiede sempre. Comunque la fattura la paghiamo entro fine novembre.

Saluti,
Martina Fontana
Fontana Mobili
""", labels={"promise_date": "2026-11-30", "note": "promise mixed with a request for the delivery note (DDT)"}),

    # ---------------------------------------------------------------- paid (10)
    C("it013", "paid", IT, "Stefano Moretti <stefano@morettiimpianti.it>", "2026-11-10 10:50", "html_gmail", "reminder",
      "INV-3015:760.00", """
Buongiorno, abbiamo effettuato il bonifico. Saluti.
""", labels={"note": "no date stated"}),

    C("it014", "paid", IT, "Amministrazione <amministrazione@cantinebarbieri.it>", "2026-11-09 14:30", "outlook", "second_reminder",
      "INV-3010:2,240.00", """
Buongiorno,

in allegato la contabile del bonifico disposto in data 06/11/2026 per un importo di € 2.240,00, CRO 0306921458203.

Cordiali saluti
Ufficio Amministrazione
Cantine Barbieri S.p.A.
Strada Provinciale 7 n. 22, 12051 Alba (CN)
""", labels={"paid_on": "2026-11-06"}),

    C("it015", "paid", IT, "Paolo Lombardi <paololombardi70@libero.it>", "2026-11-19 21:05", "iphone", "reminder",
      "INV-3021:195.00", """
pagato ieri, controlla
""", labels={"paid_on": "2026-11-18"}),

    C("it016", "paid", IT, "Valentina Rizzo <v.rizzo@studiorizzo.it>", "2026-11-23 09:15", "html_outlook", "second_reminder",
      "INV-3016:1,180.00", """
Buongiorno,

la fattura è stata saldata venerdì scorso. Dovreste già vederla sul conto.

Cordiali saluti,

Valentina Rizzo
Studio Legale Rizzo
""", labels={"paid_on": "2026-11-20", "note": "'venerdì scorso' from Mon 23 Nov = 20 Nov"}),

    C("it017", "paid", IT, "Andrea Caruso <andrea@carusoeventi.it>", "2026-11-26 11:40", "gmail", "reminder",
      "INV-3024:890.00", """
Ciao,

vi abbiamo fatto il bonifico stamattina, lo vedrete in uno o due giorni lavorativi.

Andrea
""", labels={"paid_on": "2026-11-26"}),

    C("it018", "paid", IT, "Simona De Luca <simona.deluca@delucatessuti.it>", "2026-11-04 10:25", "outlook", "reminder",
      "INV-3008:1,520.00", """
Buongiorno,

questa fattura è già stata pagata il 30 ottobre. Vi prego di verificare prima di mandare solleciti.

Simona De Luca
""", ago=2, labels={"paid_on": "2026-10-30"}),

    C("it019", "paid", IT, "Matteo Esposito <matteo.esposito.idraulica@gmail.com>", "2026-12-01 19:10", "iphone", "second_reminder",
      "INV-3026:340.00", """
fatto, bonifico partito
""", labels={"note": "no date stated"}),

    C("it020", "paid", IT, "Ufficio Fornitori <fornitori@grupporistorazionenord.it>", "2026-12-03 09:30", "html_outlook", "firm",
      "INV-3006:5,860.00", """
Spett.le fornitore,

Vi comunichiamo che la fattura INV-3006 è stata pagata con bonifico SEPA del 02/12/2026. Vi preghiamo di aggiornare la Vostra contabilità.

Distinti saluti

Ufficio Fornitori
Gruppo Ristorazione Nord S.r.l.
Viale Monza 255, 20126 Milano
""", labels={"paid_on": "2026-12-02"}),

    C("it021", "paid", IT, "Federica Mancini <fede.mancini@gmail.com>", "2026-12-09 22:30", "gmail", "reminder",
      "INV-3027:420.00", """
Ciao! L'ho già pagata dal link con la carta, mi è arrivata anche la mail di conferma.

Federica
""", labels={"note": "no date stated"}),

    C("it022", "paid", IT, "Giorgio Marchetti <g.marchetti@marchetticlima.it>", "2026-12-14 12:05", "outlook", "second_reminder",
      "INV-3028:1,275.00", """
Buongiorno,

oggi abbiamo fatto un bonifico istantaneo, quindi dovreste già averlo ricevuto.

Saluti,
Giorgio Marchetti
Marchetti Clima
""", labels={"paid_on": "2026-12-14"}),

    # ---------------------------------------------------------------- dispute (8)
    C("it023", "dispute", IT, "Laura Barbieri <laura@barbieristudio.it>", "2026-11-10 15:35", "html_gmail", "reminder",
      "INV-3017:2,150.00", """
Buongiorno,

l'importo non corrisponde al preventivo che abbiamo accettato: erano 1.850 € e ci fatturate 2.150 €. Vi chiedo di verificare e di inviarci la fattura corretta.

Laura Barbieri
""", labels={}),

    C("it024", "dispute", IT, "Vincenzo Santoro <vsantoro@santoroagriturismo.it>", "2026-11-18 11:50", "outlook", "second_reminder",
      "INV-3029:3,480.00", """
Buongiorno,

le porte sono arrivate con due ante ammaccate e una non chiude. L'abbiamo segnalato subito al vostro corriere. Finché non vengono sostituite non paghiamo la fattura.

Vincenzo Santoro
Agriturismo Santoro
""", labels={"note": "quality complaint"}),

    C("it025", "dispute", IT, "Anna Russo <annarusso82@gmail.com>", "2026-11-13 20:10", "iphone", "reminder",
      "INV-3030:640.00", """
Noi non abbiamo ordinato niente da voi. Sarà un errore
""", labels={"note": "never ordered"}),

    C("it026", "dispute", IT, "Fabio Leone <fabio@leonearredo.it>", "2026-11-24 10:45", "html_gmail", "firm",
      "INV-3005:2,790.00", """
Buongiorno,

a ottobre vi abbiamo reso due finestre con misure sbagliate e non abbiamo ancora ricevuto la nota di credito. L'importo che ci chiedete le comprende.

Pagheremo la differenza quando ci manderete la nota di credito.

Fabio Leone
""", labels={"note": "partial dispute: missing credit note"}),

    C("it027", "dispute", IT, "Cristina Longo <c.longo@longoimmobiliare.it>", "2026-11-27 14:15", "gmail", "second_reminder",
      "INV-3031:4,100.00", """
Salve,

il lavoro non è finito. Mancano i battiscopa di tutto il piano superiore e le ante di due armadi. Quando sarà completato pagheremo, come concordato con il vostro caposquadra.

Cristina Longo
""", labels={}),

    C("it028", "dispute", IT, "Enrico Ferri <e.ferri@ferriassociati.it>", "2026-12-02 10:20", "outlook", "reminder",
      "INV-3032:1,340.00", """
Buongiorno,

in fattura c'è un addebito di 180 € per il trasporto, ma il materiale lo abbiamo ritirato noi al vostro magazzino. Vi chiedo di stornarlo e di riemettere la fattura.

Cordiali saluti
Enrico Ferri
""", labels={}),

    C("it029", "dispute", IT, "Silvia Bruno <silvia.bruno@brunohotels.it>", "2026-12-04 11:50", "html_outlook", "second_reminder",
      "INV-3033:2,560.00", """
Buongiorno,

il prezzo unitario indicato (64 €) non è quello concordato (56 €) nel nostro ordine n. 7741. Non possiamo registrare la fattura così.

Saluti,
Silvia Bruno
Ufficio Acquisti, Bruno Hotels
""", labels={}),

    C("it030", "dispute", IT, "Claudio Gentile <cgentile@gentilesviluppo.it>", "2026-12-09 17:05", "outlook", "formal_notice",
      "INV-3003:7,200.00", """
Spett.le Hardy Joinery Ltd,

abbiamo ricevuto la Vostra diffida. Contestiamo integralmente il credito: i lavori di falegnameria non sono stati eseguiti secondo il contratto, come Vi abbiamo già comunicato per iscritto a settembre senza ricevere risposta.

Ogni ulteriore comunicazione dovrà essere indirizzata al nostro legale.

Distinti saluti

Claudio Gentile
Amministratore Unico
Gentile Sviluppo Immobiliare S.r.l.
""", labels={}),

    # ---------------------------------------------------------------- out_of_office (8)
    C("it031", "out_of_office", IT, "Serena Villa <serena.villa@villadesign.it>", "2026-11-16 09:02", "ooo", "reminder",
      "INV-3034:980.00", """
Buongiorno,

sarò fuori ufficio fino al 24 novembre con accesso limitato alla posta. Per urgenze chiamare lo 02 5550 2183.

Cordiali saluti,
Serena Villa
""", labels={"return_date": "2026-11-24",
             "note": "'fuori ufficio fino al 24 novembre' read as back on 24 Nov (could also mean away through the 24th)"}),

    C("it032", "out_of_office", IT, "Daniele Ferraro <dferraro@ferrarologistica.it>", "2026-11-23 10:35", "ooo", "second_reminder",
      "INV-3035:1,450.00", """
Sono in ferie e rientrerò lunedì 30 novembre. Risponderò alla sua mail al mio rientro.

Daniele Ferraro
""", labels={"return_date": "2026-11-30"}),

    C("it033", "out_of_office", IT, "Elisa Galli <elisa.galli@gallimarketing.it>", "2026-12-01 08:50", "ooo", "reminder",
      "INV-3036:760.00", """
Grazie per il messaggio. Sono fuori sede e rientrerò in ufficio il 9 dicembre.

Elisa Galli
""", labels={"return_date": "2026-12-09"}),

    C("it034", "out_of_office", IT, "Segreteria Martini Infissi <info@martiniinfissi.it>", "2026-12-07 09:05", "ooo", "second_reminder",
      "INV-3037:1,120.00", """
Gentile cliente,

i nostri uffici resteranno chiusi il 7 e l'8 dicembre per il ponte dell'Immacolata. Riapriremo mercoledì 9 dicembre.

Grazie per la comprensione.
""", labels={"return_date": "2026-12-09"}),

    C("it035", "out_of_office", IT, "Tommaso Pellegrini <tommaso@pellegriniauto.it>", "2026-11-19 15:25", "ooo", "reminder",
      "INV-3038:530.00", """
Al momento non sono in ufficio. Risponderò al più presto.
""", labels={"note": "no return date"}),

    C("it036", "out_of_office", IT, "Monica Sala <monica.sala@salaclinica.it>", "2026-11-30 11:10", "ooo", "firm",
      "INV-3004:2,380.00", """
Buongiorno,

sono in maternità fino a data da definirsi. Per questioni amministrative potete scrivere alla collega Ilaria (ilaria@salaclinica.it).

Monica
""", labels={"note": "no return date; names a colleague for the absence"}),

    C("it037", "out_of_office", IT, "Nicola Testa <nicola@testaeventi.it>", "2026-11-27 12:20", "ooo", "reminder",
      "INV-3039:690.00", """
Sarò assente fino al 2 dicembre compreso, senza accesso alla posta.

Nicola Testa
""", labels={"return_date": "2026-12-03", "note": "'fino al 2 dicembre compreso' = away through 2 Dec, back 3 Dec"}),

    C("it038", "out_of_office", IT, "Beatrice Morelli <b.morelli@morellipartners.it>", "2026-11-12 16:45", "ooo", "reminder",
      "INV-3040:415.00", """
Oggi sono fuori ufficio, rientro domani.

Beatrice
""", labels={"return_date": "2026-11-13"}),

    # ---------------------------------------------------------------- other (2)
    C("it039", "other", IT, "Riccardo Parisi <rparisi@parisigestioni.it>", "2026-11-05 10:10", "gmail", "heads_up",
      "INV-3041:1,300.00", """
Grazie, ricevuto.
""", labels={"note": "acknowledgement"}),

    C("it040", "other", IT, "Rosa Cattaneo <rosa.cattaneo@cattaneonegozio.it>", "2026-12-11 13:25", "gmail", "reminder",
      "INV-3042:870.00", """
Buongiorno,

mi potete chiamare quando avete un momento? Preferisco parlarne al telefono. Il mio numero è 347 555 0321.

Rosa
""", labels={"note": "asks for a phone call, no stated intent"}),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "it"
    lab = build(cases, out)
    from collections import Counter
    print(len(lab["cases"]), Counter(c["intent"] for c in lab["cases"]))
