"""Set 3, French debtor replies (handwritten one by one).

Each case: id, date (local time of the reply, Europe/Paris), from, inv/amt/due, stage, fmt, body, intent
and its labels (promise_date / paid_on / return_date / new_email, note).
"""

CASES = []


def C(id, date, from_, inv, intent, body, amt="0", due="2026-10-15", **kw):
    d = dict(id=id, date=date, inv=inv, amt=amt, due=due, intent=intent, body=body, **kw)
    d["from"] = from_
    CASES.append(d)


# ---------------------------------------------------------------- batch 1

C("fr3_001", "2026-11-02T10:14:00", "Julien Marchal <julien.marchal@orange.fr>", "F2026-0412", "promise", """
Bonjour,

Je lance le virement vendredi.

Cordialement
Julien Marchal
""", amt="1 380,00", due="2026-10-15", fmt="gmail", promise_date="2026-11-06",
  note="écrit le lundi 2 novembre : « vendredi » = vendredi 6 novembre")

C("fr3_002", "2026-11-03T16:40:00", "Sophie Delcourt <s.delcourt@delcourt-fils.fr>", "FA-26-0187", "paid", """
Bonjour Madame,

Le règlement de cette facture a été effectué hier par virement bancaire depuis notre compte au Crédit Agricole. Vous devriez le voir apparaître sous 48 heures.

Bien à vous,

Sophie Delcourt
Service comptabilité
SARL Delcourt & Fils
""", amt="642,00", due="2026-10-20", stage="second_reminder", fmt="outlook", paid_on="2026-11-02",
  note="« hier » écrit le mardi 3 novembre = lundi 2 novembre")

C("fr3_003", "2026-11-03T11:02:00", "Nathalie Ferreira <n.ferreira@ferreira-distribution.com>", "FA-26-0192", "dispute", """
Bonjour,

Nous contestons cette facture. Le bon de commande n° 4471 portait sur 5 000 flyers A5 en 350 g, nous avons reçu 3 000 exemplaires en 250 g. Cela a été signalé à votre commercial, M. Roussel, dès la livraison le 8 octobre.

Nous attendons un avoir ou une facture rectifiée avant tout règlement.

Cordialement,

Nathalie Ferreira
Responsable achats – Groupe Ferreira Distribution
Tél. : 03 20 47 12 09
""", amt="2 118,40", due="2026-10-25", fmt="html_outlook")

C("fr3_004", "2026-11-02T07:03:00", "Emilie Tanguy <emilie.tanguy@batiouest-nantes.fr>", "2026/0318", "out_of_office", """
Bonjour,

Je suis absente du bureau jusqu'au jeudi 12 novembre inclus, avec un accès limité à mes e-mails.
Pour toute urgence, merci de contacter Karine Le Goff au 02 40 12 55 80.

Cordialement,
Émilie Tanguy
""", amt="3 260,00", due="2026-10-10", fmt="ooo", return_date="2026-11-13",
  note="absente jusqu'au jeudi 12 inclus → de retour le vendredi 13 novembre")

C("fr3_005", "2026-11-04T19:22:00", "Camille Arnoux <camille.arnoux@icloud.com>", "SM-0931", "copy_request", """
Bonsoir,
Je n'ai jamais reçu cette facture, pouvez-vous me la renvoyer en pdf svp ?
Merci

Envoyé de mon iPhone
""", amt="850,00", due="2026-10-22", fmt="apple")

C("fr3_006", "2026-11-05T14:30:00", "Pascal Rey <contact@bistrotducours.fr>", "PV260884", "plan_request", """
Bonjour,

Suite à votre courrier, je me permets de vous expliquer notre situation : le restaurant a été fermé six semaines pour travaux cet automne et notre trésorerie est très tendue.

Serait-il possible d'échelonner le règlement de la facture PV260884 (1 946,20 €) en quatre mensualités ? Je peux faire un premier versement dès la fin du mois.

Merci de votre compréhension,

Pascal Rey
Le Bistrot du Cours
""", amt="1 946,20", due="2026-09-30", stage="firm", fmt="outlook")

C("fr3_007", "2026-11-05T09:11:00", "M. Lambert <sci.lestilleuls@gmail.com>", "F2026-0420", "contact_change", """
Bonjour,
Merci de ne plus envoyer les factures à cette adresse mais à tilleuls@cabinet-aubert-expertise.fr, c'est notre cabinet comptable qui gère les paiements.
Bonne journée
M. Lambert
""", amt="4 720,00", due="2026-10-18", fmt="gmail", new_email="tilleuls@cabinet-aubert-expertise.fr")

C("fr3_008", "2026-11-06T08:45:00", "Anne Gourmelon <a.gourmelon@syndic-gourmelon.fr>", "2026/0325", "bank_details", """
Bonjour,

Avant de régler, pourriez-vous nous transmettre un RIB au nom de votre société ? Notre service comptable exige un RIB sur papier à en-tête pour créer un nouveau fournisseur dans notre logiciel.

Cordialement,
Anne Gourmelon
Syndic Gourmelon Immobilier
""", amt="1 175,00", due="2026-10-28", fmt="tb")

C("fr3_009", "2026-11-06T22:48:00", "kevin.brunet84@hotmail.fr", "SM-0944", "unsubscribe", """
arretez de m'envoyer ces mails. je ne veux plus recevoir vos messages automatiques, desinscrivez moi de votre truc
""", amt="390,00", due="2026-10-12", stage="second_reminder", fmt="outlook")

C("fr3_010", "2026-11-09T09:03:00", "", "PV260902", "bounce", """
This is the mail system at host mx1.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<f.morel@boulangerie-morel.fr>: host mx.boulangerie-morel.fr[91.121.44.10] said:
    550 5.1.1 <f.morel@boulangerie-morel.fr>: Recipient address rejected:
    User unknown in virtual mailbox table
""", amt="512,60", due="2026-10-31", fmt="bounce", rcpt="f.morel@boulangerie-morel.fr", status="5.1.1",
  diag="550 5.1.1 <f.morel@boulangerie-morel.fr>: Recipient address rejected: User unknown in virtual mailbox table")

C("fr3_011", "2026-11-09T12:05:00", "Hervé Caron <herve.caron@caron-paysages.fr>", "F2026-0433", "other", """
Bien reçu, merci. Je transmets à la personne qui s'occupe de la compta.

Hervé Caron
""", amt="960,00", due="2026-10-30", fmt="gmail")

C("fr3_012", "2026-11-09T17:20:00", "Laura Pinto <laura.pinto@gmail.com>", "SM-0950", "promise", """
Bonjour,

Désolée pour le retard, j'étais en déplacement. Je vous règle ça d'ici le 15.

Bonne soirée,
Laura
""", amt="1 200,00", due="2026-10-26", fmt="html_gmail", promise_date="2026-11-15",
  note="« d'ici le 15 » écrit le 9 novembre = au plus tard le dimanche 15 novembre")

C("fr3_013", "2026-11-12T08:17:00", "Thierry <thierry.vasseur62@sfr.fr>", "FA-26-0201", "paid", """
cest regle depuis mardi verifiez vos comptes
""", amt="284,00", due="2026-10-28", stage="second_reminder", fmt="none", paid_on="2026-11-10",
  note="écrit le jeudi 12 novembre : « depuis mardi » = mardi 10 novembre")

C("fr3_014", "2026-11-12T18:02:00", "Olivier Bessière <o.bessiere@bessiere-immo.fr>", "2026/0331", "promise", """
Bonsoir,

Le virement part demain matin, j'ai validé l'ordre avec ma banque cet après-midi.

Olivier Bessière
Bessière Immobilier
06 71 22 48 90
""", amt="2 430,00", due="2026-10-31", fmt="outlook", promise_date="2026-11-13",
  note="« demain » écrit le jeudi 12 novembre = vendredi 13 novembre")

C("fr3_015", "2026-11-18T11:45:00", "Martine Roux <martine.roux@rouxtraiteur.fr>", "PV260911", "promise", """
Bonjour,

Nous sommes en pleine clôture de mois, je vous fais le règlement fin de semaine prochaine sans faute.

Cordialement,
Martine Roux
Roux Traiteur
""", amt="3 088,75", due="2026-11-05", fmt="gmail", promise_date="2026-11-27",
  note="écrit le mercredi 18 novembre : semaine prochaine = 23-27 novembre, fin de semaine = vendredi 27 novembre")

C("fr3_016", "2026-11-16T10:30:00", "Direction Financière <dfin@groupe-altea.fr>", "F2026-0441", "promise", """
Madame, Monsieur,

Nous accusons réception de votre relance. La facture F2026-0441 a été validée par nos services ; son règlement interviendra sous huitaine.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction Financière
Groupe Altéa
""", amt="6 540,00", due="2026-10-31", stage="firm", fmt="html_outlook", promise_date="2026-11-24",
  note="« sous huitaine » écrit le lundi 16 novembre = dans les 8 jours, au plus tard le mardi 24 novembre")

C("fr3_017", "2026-11-19T15:12:00", "Stéphane Girard <stephane@girard-plomberie.fr>", "2026/0340", "promise", """
Bonjour,

On attend le paiement de notre propre client sur ce chantier. Je pourrai vous régler début décembre.

Stéphane
""", amt="1 890,00", due="2026-10-25", fmt="apple",
  note="« début décembre » : pas de date précise, pas de promise_date")

C("fr3_018", "2026-11-20T09:58:00", "Compta Maison Vidal <compta@maison-vidal.fr>", "SM-0958", "paid", """
Bonjour,

Nous avons fait le nécessaire.

Cordialement,
Le service comptable
""", amt="720,00", due="2026-11-02", fmt="outlook",
  note="« nous avons fait le nécessaire » : paiement annoncé sans date")

C("fr3_019", "2026-11-20T13:40:00", "Bernard Michaud <bernard.michaud@wanadoo.fr>", "F2026-0445", "other", """
Bonjour,

Je ne m'occupe pas de ces choses-là, voyez avec notre comptable, M. Perret, au 05 56 31 20 14.

B. Michaud
""", amt="1 125,00", due="2026-11-01", fmt="tb",
  note="renvoie vers le comptable par téléphone, sans adresse e-mail : other")

C("fr3_020", "2026-11-23T10:22:00", "Isabelle Fontaine <assistante@garnier-avocats.fr>", "FA-26-0215", "paid", """
Bonjour,

Je vous transmets la réponse de Maître Garnier :

« Le chèque a été posté ce matin, vous devriez le recevoir d'ici deux ou trois jours. »

Bien cordialement,

Isabelle Fontaine
Assistante de direction
Cabinet Garnier Avocats
""", amt="455,00", due="2026-11-05", fmt="outlook", paid_on="2026-11-23",
  note="transfert par l'assistante ; chèque posté « ce matin » = lundi 23 novembre")

C("fr3_021", "2026-11-17T14:05:00", "Régis Aubry <regis.aubry@aubry-charpente.fr>",
  [("F2026-0398", "2 340,00", "2026-10-05"), ("F2026-0431", "1 610,00", "2026-10-30")], "promise", """
Bonjour,

Il y a une erreur : la F2026-0398 a été réglée le 28 octobre par virement (réf. AUBRY-0398).
Pour la F2026-0431, je fais le virement le 20 novembre.

Cordialement,
Régis Aubry
""", stage="second_reminder", fmt="gmail", promise_date="2026-11-20",
  note="deux factures : la 0398 dite payée le 28/10, la 0431 promise pour le vendredi 20 novembre ; intention principale = la promesse")

C("fr3_022", "2026-11-24T16:48:00", "Fabienne Lopez <f.lopez@lopez-coiffure.fr>", "SM-0962", "promise", """
Bonjour,

Je viens de faire un virement de 500 € ce jour. Le solde (700 €) suivra le 30 novembre, dès que j'aurai encaissé les prestations du mois.

Merci de votre patience.
Fabienne Lopez
""", amt="1 200,00", due="2026-11-06", fmt="html_gmail", promise_date="2026-11-30",
  note="paiement partiel de 500 € le 24/11, solde promis le lundi 30 novembre")

C("fr3_023", "2026-11-24T09:15:00", "Service Fournisseurs Groupe Hexa <no-reply-compta@groupe-hexa.fr>", "2026/0352", "contact_change", """
Madame, Monsieur,

Pour le compte des sociétés du groupe Hexa (Hexa Bâtiment SAS, Hexa Services SARL et Hexa Énergies), nous vous informons que le traitement des factures fournisseurs est désormais centralisé au siège.

Merci d'adresser dorénavant toutes vos factures et relances à l'adresse fournisseurs@groupe-hexa.fr, en rappelant le nom de la filiale concernée.

Le Service Fournisseurs
Groupe Hexa – 14 rue de la Johardière, 44800 Saint-Herblain
""", amt="5 980,00", due="2026-11-02", fmt="html_outlook", new_email="fournisseurs@groupe-hexa.fr")

C("fr3_024", "2026-11-19T11:33:00", "Yann Le Bihan <yann.lebihan@gmail.com>", "2026/0344", "promise", """
Bonjour,

Je vais payer le 25. Par contre pouvez-vous m'expliquer les 40 € de frais de recouvrement dont parle votre mail ? Ils seront sur une autre facture ?

Merci
Yann Le Bihan
""", amt="780,00", due="2026-10-20", stage="firm", fmt="gmail", promise_date="2026-11-25",
  note="« le 25 » écrit le 19 novembre = mercredi 25 novembre ; question annexe sur l'indemnité")

C("fr3_025", "2026-11-23T06:58:00", "Claire Mercier <c.mercier@mercier-archi.fr>", "SM-0966", "out_of_office", """
Bonjour,

Je suis en congé jusqu'au 30 novembre. Je prendrai connaissance de votre message à mon retour.

Hello, I am out of office until 30 November and will reply on my return.

Claire Mercier
""", amt="2 400,00", due="2026-11-08", fmt="ooo", return_date="2026-12-01",
  note="« jusqu'au 30 novembre » lu comme 30 inclus → retour le mardi 1er décembre")

C("fr3_026", "2026-11-27T09:01:00", "Jean-Marc Poulain <jm.poulain@poulain-transports.fr>", "PV260925", "out_of_office", """
Bonjour,

Je suis actuellement en déplacement et serai de retour le lundi 7 décembre.
En cas d'urgence, vous pouvez joindre le standard au 04 76 98 11 00.

Cordialement,
Jean-Marc Poulain
""", amt="1 322,40", due="2026-11-12", fmt="ooo", return_date="2026-12-07")

C("fr3_027", "2026-11-26T09:00:00", "Info <info@lacavedesalpes.fr>", "PV260919", "out_of_office", """
Bonjour,

Nous sommes actuellement absents. Votre message ne sera pas transféré.

Merci de votre compréhension.
La Cave des Alpes
""", amt="640,00", due="2026-11-10", fmt="ooo",
  note="absence sans date de retour")

C("fr3_028", "2026-11-30T08:00:00", "Aurélie Blanc <aurelie.blanc@blanc-et-associes.fr>", "F2026-0452", "out_of_office", """
Bonjour,

Je suis en congé maternité jusqu'en mars 2027.
Pour toute question comptable, merci d'écrire à Mme Sandrine Ollier : s.ollier@blanc-et-associes.fr.

Aurélie Blanc
""", amt="1 980,00", due="2026-11-15", fmt="ooo",
  note="retour « en mars 2027 » sans jour précis : pas de return_date ; l'adresse de remplacement figure dans le message d'absence")

C("fr3_029", "2026-11-10T10:40:00", "Paul Devaux <paul.devaux@devaux-conseil.fr>", "SM-0952", "copy_request", """
Bonjour,

Avant de valider ce paiement, pouvez-vous m'envoyer le détail des heures facturées (dates et intervenants) ? Le devis initial prévoyait 12 jours, je voudrais comprendre le total.

Cordialement,
Paul Devaux
""", amt="4 800,00", due="2026-10-30", fmt="outlook")

C("fr3_030", "2026-11-13T15:25:00", "Comptabilité fournisseurs <cptfournisseurs@clinique-stmartin.fr>", "FA-26-0208", "copy_request", """
Bonjour,

Nous ne pouvons pas intégrer votre facture : il manque notre numéro de bon de commande (BC-22871). Merci de nous faire parvenir un duplicata portant cette référence, nous la mettrons en paiement dès réception.

Cordialement,
Comptabilité fournisseurs
Clinique Saint-Martin
""", amt="1 536,00", due="2026-10-31", fmt="html_outlook")

C("fr3_031", "2026-11-14T10:12:00", "Gérard Pichon <gerard.pichon@free.fr>", "2026/0337", "dispute", """
Bonjour,

Je ne paierai pas tant que les travaux ne sont pas terminés. La prise de la cuisine ne fonctionne toujours pas et le tableau électrique n'a pas été étiqueté comme prévu. J'ai appelé deux fois votre bureau sans retour.

Quand ce sera réparé, je réglerai.

G. Pichon
""", amt="2 760,00", due="2026-10-29", stage="second_reminder", fmt="tb")

C("fr3_032", "2026-11-16T21:14:00", "Mehdi <mehdi.rahmani@gmail.com>", "SM-0955", "dispute", """
C'est une blague ? Vous m'avez facturé deux fois le même déplacement (le 12/10), regardez votre facture ligne 3 et ligne 5. Je paierai quand vous aurez corrigé.
""", amt="1 140,00", due="2026-11-01", fmt="gmail")

C("fr3_033", "2026-11-17T09:30:00", "Valérie Simon <valerie.simon@optique-simon.fr>", "F2026-0448", "unsubscribe", """
Bonjour,

Merci de bien vouloir me retirer de votre liste d'envoi automatique. Je préfère être contactée par courrier.

Cordialement,
Valérie Simon
""", amt="315,00", due="2026-11-02", fmt="outlook")

C("fr3_034", "2026-11-18T14:50:00", "Comptabilité <comptabilite@transports-girod.fr>", "PV260915", "bank_details", """
Bonjour,

Nous avons reçu la semaine dernière un mail à votre nom nous indiquant un changement de coordonnées bancaires (IBAN commençant par FR76 1027…). Pouvez-vous nous confirmer qu'il s'agit bien de vous avant que nous effectuions le virement ?

Merci,
Service comptabilité
Transports Girod
""", amt="2 215,30", due="2026-11-03", fmt="tb")

C("fr3_035", "2026-11-21T13:07:00", "Sandra <sandra.petit1988@yahoo.fr>", "SM-0960", "plan_request", """
bonjour
peut on faire en 2 fois ? 300 maintenant et 300 en janvier, decembre c'est compliqué avec les fetes
merci
sandra
""", amt="600,00", due="2026-11-05", fmt="apple")

C("fr3_036", "2026-11-22T19:40:00", "Lucien Barre <lucien.barre@laposte.net>", "SM-0963", "other", """
C'est quoi ce mail ? C'est qui Studio Marceau ? Comment vous avez eu mon adresse ?
""", amt="480,00", due="2026-11-06", fmt="gmail")

C("fr3_037", "2026-11-25T23:51:00", "ced.m@hotmail.fr", "FA-26-0220", "other", """
allez vous faire voir
""", amt="198,00", due="2026-11-09", stage="firm", fmt="outlook")

C("fr3_038", "2026-11-26T11:18:00", "Delphine Garcia <delphine.garcia@gmail.com>", "SM-0967", "paid", """
Bonjour,
Paiement effectué ce jour par carte via votre lien.
Cdt
Delphine Garcia
""", amt="360,00", due="2026-11-10", fmt="html_gmail", paid_on="2026-11-26")

C("fr3_039", "2026-11-04T10:02:00", "Compta SCEA Moulin <scea.moulin@orange.fr>", "PV260871", "paid", """
Bonjour,

Veuillez trouver ci-joint l'avis de virement du 30/10 pour la facture PV260871.

Cordialement,
SCEA du Moulin
""", amt="1 058,00", due="2026-10-15", fmt="outlook", paid_on="2026-10-30")

C("fr3_040", "2026-11-28T10:26:00", "Nicolas Hamon <nico.hamon@gmail.com>", "2026/0357", "promise", """
Salut,

Je vous règle ça lundi sans faute, j'ai pas accès au compte pro le week-end.

Nico
""", amt="540,00", due="2026-11-12", fmt="gmail", promise_date="2026-11-30",
  note="écrit le samedi 28 novembre : « lundi » = lundi 30 novembre")

# ---------------------------------------------------------------- batch 2

C("fr3_041", "2026-12-01T09:12:00", "Léa Dumas <lea.dumas.deco@gmail.com>", "F2026-0458", "promise", """
Salut Marc,

Oui pardon j'ai complètement zappé avec le déménagement de la boutique. Je te fais le virement jeudi.

Bises
Léa
""", amt="1 650,00", due="2026-11-15", fmt="gmail", promise_date="2026-12-03",
  note="écrit le mardi 1er décembre : « jeudi » = jeudi 3 décembre")

C("fr3_042", "2026-12-02T14:00:00", "Accounts Payable <ap.france@nordline-logistics.com>", "FA-26-0231", "promise", """
Madame, Monsieur,

Nous accusons bonne réception de votre relance concernant la facture FA-26-0231.

Celle-ci a été approuvée et sera réglée lors de notre prochain cycle de paiement fournisseurs, le 10 décembre 2026.

Cordialement,

Accounts Payable France
Nordline Logistics SAS
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
""", amt="3 412,80", due="2026-11-10", stage="second_reminder", fmt="html_outlook", promise_date="2026-12-10")

C("fr3_043", "2026-12-06T20:33:00", "Jordan <jordan.masse13@gmail.com>", "SM-0971", "promise", """
ok je paye demain
""", amt="250,00", due="2026-11-20", fmt="gmail", promise_date="2026-12-07",
  note="écrit le dimanche 6 décembre : « demain » = lundi 7 décembre")

C("fr3_044", "2026-11-09T11:20:00", "Comptabilité Menuiseries Roy <compta@roy-menuiseries.fr>", "F2026-0425", "promise", """
Bonjour,

Nos règlements fournisseurs sont à 45 jours fin de mois. Votre facture partira avec l'échéance du 30/11.

Cordialement,
Service comptabilité
""", amt="2 890,00", due="2026-10-20", fmt="outlook", promise_date="2026-11-30")

C("fr3_045", "2026-11-10T17:55:00", "Romain Perrot <r.perrot@perrot-renovation.fr>", "2026/0333", "promise", """
Bonjour,

Bien noté, je m'en occupe dès que possible.

Romain Perrot
Envoyé depuis mon mobile
""", amt="1 045,00", due="2026-10-26", fmt="apple",
  note="promesse sans date")

C("fr3_046", "2026-11-27T10:05:00", "Cabinet Lefort Expertise <secretariat@lefort-expertise.fr>", "PV260917", "promise", """
Bonjour,

Nous tenons la comptabilité de M. Tessier (Épicerie Tessier). Je vous transmets sa réponse :

« Je règlerai la facture à réception de mon virement de la CAF le 5, désolé pour le retard. »

Restant à votre disposition,

Mélanie Roger
Cabinet Lefort Expertise Comptable
""", amt="418,90", due="2026-11-08", fmt="tb", promise_date="2026-12-05",
  note="réponse du client transmise par son cabinet ; « le 5 » écrit le 27 novembre = samedi 5 décembre")

C("fr3_047", "2026-12-09T16:12:00", "Francis Lemoine <francis.lemoine@lemoine-sa.fr>", "FA-26-0249", "promise", """
Bonjour,

Notre trésorière est absente cette semaine, le paiement sera fait mardi prochain à son retour.

Bien cordialement,
Francis Lemoine
Directeur
""", amt="1 228,00", due="2026-11-20", fmt="outlook", promise_date="2026-12-15",
  note="écrit le mercredi 9 décembre : « mardi prochain » = mardi 15 décembre")

C("fr3_048", "2026-11-13T08:30:00", "Anthony Morel <anthony.morel@morel-batiment.com>", "2026/0339", "promise", """
Bonjour,

Désolé, la facture était restée bloquée en validation. Je fais le virement vendredi.

Anthony
""", amt="2 105,00", due="2026-10-30", fmt="gmail", promise_date="2026-11-20",
  note="écrit le vendredi 13 novembre au matin : pour le jour même il aurait écrit « aujourd'hui » ; lu comme le vendredi suivant, 20 novembre")

C("fr3_049", "2026-12-04T12:41:00", "Hélène Carpentier <helene.carpentier@carpentier-fleurs.fr>", "PV260933", "promise", """
Bonjour,

Je peux vous régler le 18 décembre, est-ce que cela vous convient ? Sinon dites-le moi et on trouvera une autre solution.

Merci,
Hélène Carpentier
Carpentier Fleurs
""", amt="870,00", due="2026-11-18", fmt="html_gmail", promise_date="2026-12-18")

C("fr3_050", "2026-12-08T09:27:00", "Guillaume Faure <g.faure@faure-avocat.fr>", "SM-0975", "promise", """
Bonjour,

Je serai au cabinet après-demain, je ferai le virement à ce moment-là.

Cordialement,
Guillaume Faure
""", amt="1 560,00", due="2026-11-22", fmt="outlook", promise_date="2026-12-10",
  note="« après-demain » écrit le mardi 8 décembre = jeudi 10 décembre")

C("fr3_051", "2026-12-01T15:18:00", "Marie Lacroix <marie.lacroix@lacroix-sante.fr>", "F2026-0461", "promise", """
Bonjour,

Nous attendons le versement d'une subvention. Je pourrai vous régler dans quinze jours.

Bien à vous,
Marie Lacroix
""", amt="3 400,00", due="2026-11-16", fmt="tb", promise_date="2026-12-15",
  note="« dans quinze jours » écrit le mardi 1er décembre = deux semaines → mardi 15 décembre")

C("fr3_052", "2026-12-04T10:50:00", "David Roussel <d.roussel@roussel-et-co.fr>", "FA-26-0252", "promise", """
Bonjour,

Le règlement sera fait à la fin du mois, avec nos autres fournisseurs.

Cordialement
David Roussel
""", amt="735,00", due="2026-11-25", fmt="outlook", promise_date="2026-12-31",
  note="« à la fin du mois » écrit le 4 décembre : fin de mois lue comme le dernier jour, jeudi 31 décembre")

C("fr3_053", "2026-11-25T18:44:00", "Jacqueline Brun <jacqueline.brun@orange.fr>", "F2026-0450", "promise", """
Bonjour Monsieur,

Je n'ai pas internet sur mon compte, je passerai déposer un chèque demain à votre atelier dans la matinée.

Avec mes salutations,
Jacqueline Brun
""", amt="680,00", due="2026-11-10", fmt="tb", promise_date="2026-11-26",
  note="« demain » écrit le mercredi 25 novembre = jeudi 26 novembre")

C("fr3_054", "2026-12-03T11:07:00", "Loïc Guillou <loic.guillou@guillou-couverture.fr>",
  [("2026/0360", "1 320,00", "2026-11-15"), ("2026/0366", "890,00", "2026-11-20")], "promise", """
Bonjour,

Les factures 2026/0360 et 2026/0366 seront payées ensemble le 14 décembre, je fais un seul virement pour les deux.

Loïc Guillou
Guillou Couverture
""", fmt="gmail", promise_date="2026-12-14")

C("fr3_055", "2026-12-10T08:02:00", "Sébastien Noël <seb.noel@outlook.fr>", "SM-0978", "promise", """
Bonjour,
Virement programmé pour lundi.
Cordialement

Obtenir Outlook pour Android
""", amt="940,00", due="2026-11-25", fmt="outlook", promise_date="2026-12-14",
  note="écrit le jeudi 10 décembre : « lundi » = lundi 14 décembre")

C("fr3_056", "2026-11-17T13:14:00", "Christophe Lebrun <christophe.lebrun@lebrun-garage.fr>", "2026/0342", "paid", """
Bonjour,

Je vous ai payé la semaine dernière, vous devez avoir reçu le virement. Merci de vérifier.

Christophe Lebrun
""", amt="615,00", due="2026-10-31", fmt="gmail",
  note="« la semaine dernière » sans jour : pas de paid_on")

C("fr3_057", "2026-12-07T10:05:00", "Aline Mathieu <aline.mathieu@mathieu-opticiens.fr>", "F2026-0463", "paid", """
Bonjour,

Le virement est parti ce matin.

Bonne journée,
Aline Mathieu
""", amt="1 210,00", due="2026-11-20", fmt="outlook", paid_on="2026-12-07")

C("fr3_058", "2026-12-08T15:30:00", "Service Trésorerie <tresorerie@groupe-valmont.fr>", "FA-26-0246", "paid", """
Madame, Monsieur,

Nous avons procédé au règlement de la facture FA-26-0246 le 4 décembre 2026 par virement SEPA.

Référence de l'opération : VIR-20261204-8831
Montant : 1 744,80 €
Bénéficiaire : Imprimerie Berthier

Nous vous remercions de bien vouloir mettre à jour votre suivi.

Service Trésorerie
Groupe Valmont
""", amt="1 744,80", due="2026-11-18", stage="second_reminder", fmt="html_outlook", paid_on="2026-12-04")

C("fr3_059", "2026-11-18T19:26:00", "Patrick Renaud <patrick.renaud55@free.fr>", "PV260896", "paid", """
J'AI DEJA PAYE !!! le 2 novembre par cheque, encaissé le 6 d'apres ma banque. Verifiez vos comptes avant d'envoyer des menaces a vos clients.
""", amt="356,40", due="2026-10-25", stage="firm", fmt="tb", paid_on="2026-11-02",
  note="chèque remis le 2 novembre, encaissé le 6 : paid_on = date du paiement par le débiteur, 2 novembre")

C("fr3_060", "2026-11-29T21:03:00", "Inès <ines.b.pro@gmail.com>", "SM-0970", "paid", """
c bon c payé
""", amt="180,00", due="2026-11-14", fmt="gmail",
  note="« c'est payé » sans date : pas de paid_on")

C("fr3_061", "2026-11-24T09:40:00", "Gilles Moulin <gilles.moulin@moulin-elec.fr>", "2026/0349", "paid", """
Bonjour,

Avez-vous bien reçu mon virement du 20 ? Il a été débité de mon compte vendredi.

Cordialement,
Gilles Moulin
""", amt="1 480,00", due="2026-11-05", fmt="outlook", paid_on="2026-11-20",
  note="« mon virement du 20 » écrit le 24 novembre = vendredi 20 novembre")

C("fr3_062", "2026-11-16T11:52:00", "Sabrina Colin <s.colin@roche-industrie.fr>", "F2026-0439", "paid", """
Bonjour,

Ci-dessous la réponse de notre DAF.

Cordialement,
Sabrina Colin
Assistante comptable

---------- Forwarded message ---------
De : Philippe Roche <p.roche@roche-industrie.fr>
Date : lun. 16 nov. 2026 à 10:31
Objet : RE: Relance facture F2026-0439
À : Sabrina Colin <s.colin@roche-industrie.fr>

Payée le 12/11 par LCR, tu peux leur répondre.
PR
""", amt="5 120,00", due="2026-10-31", fmt="gmail", fwd=True, paid_on="2026-11-12",
  note="transfert interne par l'assistante ; le DAF indique un paiement le jeudi 12 novembre")

C("fr3_063", "2026-12-12T09:14:00", "Thomas Giraud <thomas.giraud@gmail.com>", "SM-0980", "paid", """
Bonjour,
Réglé via votre lien de paiement hier soir, vous avez dû recevoir la confirmation.
Thomas
""", amt="420,00", due="2026-11-28", fmt="html_gmail", paid_on="2026-12-11",
  note="« hier soir » écrit le samedi 12 décembre = vendredi 11 décembre")

C("fr3_064", "2026-12-17T14:22:00", "Nadia Benali <n.benali@benali-pharma.fr>", "PV260941", "paid", """
Bonjour,

Le virement a été fait lundi dernier, il devrait être sur votre compte.

Cordialement,
Nadia Benali
""", amt="1 095,50", due="2026-11-30", fmt="outlook", paid_on="2026-12-14",
  note="écrit le jeudi 17 décembre : « lundi dernier » = le lundi de la semaine en cours, 14 décembre")

C("fr3_065", "2026-12-03T16:35:00", "Comptabilité Duval <compta@duval-peintures.fr>",
  [("FA-26-0240", "612,00", "2026-11-12"), ("FA-26-0244", "694,00", "2026-11-15")], "paid", """
Bonjour,

Les deux factures FA-26-0240 et FA-26-0244 ont été réglées en un seul virement le 1er décembre, pour un total de 1 306 €. Le libellé porte uniquement le numéro de la première.

Cordialement,
Comptabilité Duval Peintures
""", fmt="outlook", paid_on="2026-12-01")

C("fr3_066", "2026-11-20T07:48:00", "Restaurant Le Grenier <legrenier.grenoble@gmail.com>", "PV260920", "dispute", """
Bonjour,

Nous n'avons jamais reçu la livraison du 14 novembre (6 cageots de clémentines et 4 de poires). Votre livreur ne s'est pas présenté et personne ne nous a prévenus. Nous ne paierons pas cette facture.

Le Grenier
""", amt="298,50", due="2026-11-18", stage="heads_up", ago=3, fmt="gmail")

C("fr3_067", "2026-11-26T10:15:00", "Achats Hôtel des Alpes <achats@hoteldesalpes.fr>", "PV260927", "dispute", """
Bonjour,

Le prix unitaire des pommes de terre facturé (2,40 €/kg) ne correspond pas à la mercuriale convenue pour le trimestre (1,95 €/kg). Sur 180 kg, l'écart est de 81 €.

Merci de nous adresser un avoir ; nous réglerons la facture une fois corrigée.

Cordialement,
Service achats
Hôtel des Alpes
""", amt="1 276,00", due="2026-11-15", fmt="html_outlook")

C("fr3_068", "2026-11-30T12:30:00", "Fromagerie Bouvier <fromagerie.bouvier@wanadoo.fr>", "PV260929", "dispute", """
Bonjour,

La moitié des pommes de la dernière livraison étaient abîmées, je vous ai envoyé les photos par texto le jour même à votre chauffeur. Je ne paierai que ce qui était vendable, soit environ 60 %.

Bouvier
""", amt="214,00", due="2026-11-20", fmt="tb")

C("fr3_069", "2026-12-02T18:10:00", "Julie et Marc Henry <henry.famille@gmail.com>", "2026/0362", "dispute", """
Bonjour,

Le devis que nous avons signé était de 3 200 € TTC, votre facture est de 3 840 €. Les travaux supplémentaires (deux prises extérieures) n'ont jamais été chiffrés ni validés par écrit.

Nous sommes prêts à régler le montant du devis, pas davantage.

Julie Henry
""", amt="3 840,00", due="2026-11-22", stage="second_reminder", fmt="html_gmail")

C("fr3_070", "2026-12-07T09:48:00", "Arnaud Picard <arnaud@picard-vins.fr>", "SM-0973", "dispute", """
Bonjour,

Je vous rappelle que le site n'est toujours pas en ligne. Le contrat prévoyait une livraison au 30 septembre, nous sommes en décembre et la boutique en ligne ne fonctionne pas (paiement impossible, pages produits vides).

Pas de paiement du solde avant la livraison du site conforme au cahier des charges.

Arnaud Picard
Picard Vins & Spiritueux
""", amt="2 900,00", due="2026-11-21", stage="firm", fmt="outlook")

C("fr3_071", "2026-11-12T14:03:00", "Odile Chevalier <o.chevalier@chevalier-edition.fr>", "FA-26-0198", "dispute", """
Bonjour,

Suite au retard de livraison des catalogues (reçus le 28 octobre au lieu du 15), votre commercial nous avait accordé une remise de 15 %. Elle n'apparaît pas sur la facture.

Merci de nous faire parvenir une facture corrigée.

Odile Chevalier
Éditions Chevalier
""", amt="4 260,00", due="2026-10-31", fmt="gmail")

C("fr3_072", "2026-12-11T17:45:00", "M. Leroy <leroy.jp@orange.fr>", "F2026-0447", "dispute", """
Facture contestée. Voir mon courrier recommandé du 5 novembre resté sans réponse.
J.-P. Leroy
""", amt="2 180,00", due="2026-11-01", stage="final_notice", fmt="tb")

C("fr3_073", "2026-11-19T10:02:00", "SARL Duval Frères <contact@duvalfreres-roubaix.fr>", "FA-26-0211", "dispute", """
Bonjour,

Cette facture ne nous concerne pas, nous n'avons jamais rien commandé chez vous. Il doit s'agir d'une confusion avec une autre société : nous sommes la SARL Duval Frères de Roubaix (plomberie), pas l'agence de communication Duval de Lille.

Merci de rectifier votre fichier.

Cordialement,
F. Duval
""", amt="920,00", due="2026-11-04", fmt="outlook")

C("fr3_074", "2026-12-14T08:00:00", "Romain Lefebvre <romain.lefebvre@lefebvre-consulting.fr>", "SM-0977", "out_of_office", """
Merci pour votre message.

Je suis absent du 14 au 18 décembre inclus. Je traiterai votre demande dès mon retour le lundi 21 décembre.

Romain Lefebvre
""", amt="1 800,00", due="2026-11-24", fmt="ooo", return_date="2026-12-21")

C("fr3_075", "2026-12-18T10:12:00", "Accueil Bati-Vercors <accueil@bativercors.fr>", "PV260946", "out_of_office", """
Bonjour,

Nos bureaux sont fermés pour congés annuels du samedi 19 décembre au dimanche 3 janvier.
Réouverture le lundi 4 janvier 2027.

Très bonnes fêtes de fin d'année !
L'équipe Bati-Vercors
""", amt="2 440,00", due="2026-12-01", fmt="ooo", return_date="2027-01-04")

C("fr3_076", "2026-11-23T09:30:00", "Franck Marty <f.marty@marty-sas.fr>", "2026/0350", "out_of_office", """
Bonjour,

Je suis actuellement en arrêt maladie. Merci de vous adresser à Mme Cordier au 02 40 85 33 10 pour toute question urgente.

Franck Marty
""", amt="1 970,00", due="2026-11-06", fmt="ooo",
  note="arrêt maladie sans date de retour")

C("fr3_077", "2026-11-20T13:01:00", "Catherine Morin <c.morin@morin-textiles.fr>", "FA-26-0224", "out_of_office", """
Absente jusqu'au mercredi 25 novembre. Réponse à mon retour.
Cordialement, C. Morin
""", amt="567,00", due="2026-11-06", fmt="ooo", subj_prefix="Absence : ", return_date="2026-11-26",
  note="« jusqu'au mercredi 25 novembre » lu comme 25 inclus → retour le jeudi 26 novembre")

C("fr3_078", "2026-12-03T07:15:00", "Samuel Vincent <s.vincent@vincent-automobiles.fr>", "F2026-0466", "out_of_office", """
Bonjour,

Je suis en formation les 3 et 4 décembre et ne consulterai pas mes messages. Je vous répondrai dès lundi 7.

Bien cordialement,
Samuel Vincent
""", amt="1 390,00", due="2026-11-20", fmt="ooo", return_date="2026-12-07")

C("fr3_079", "2026-11-27T20:14:00", "Manon Leclerc <manon.leclerc@gmail.com>", "SM-0969", "copy_request", """
Bonsoir,

Le lien vers la facture ne marche pas (page d'erreur). Pouvez-vous me l'envoyer en pièce jointe ?

Merci,
Manon
""", amt="650,00", due="2026-11-12", fmt="html_gmail")

C("fr3_080", "2026-12-01T10:44:00", "Comptabilité fournisseurs <fournisseurs@eurocom-services.fr>", "FA-26-0236", "copy_request", """
Bonjour,

Afin de faire le point, pourriez-vous nous adresser un relevé de compte faisant apparaître l'ensemble des factures en attente de règlement chez vous ?

Merci d'avance,
Service fournisseurs – Eurocom Services
""", amt="1 104,00", due="2026-11-14", fmt="outlook")

C("fr3_081", "2026-11-25T11:36:00", "Jérôme Aubert <j.aubert@aubert-sarl.fr>", "F2026-0449", "copy_request", """
Bonjour,

Notre comptable ne peut pas rapprocher la facture sans le procès-verbal de réception signé. Pourriez-vous nous en transmettre une copie ?

Cordialement,
Jérôme Aubert
""", amt="8 450,00", due="2026-11-09", fmt="tb")

C("fr3_082", "2026-12-05T13:58:00", "Max <max.ducret@gmail.com>", "SM-0976", "copy_request", """
Yo, tu peux me renvoyer la facture ? je l'ai paumée dans mes mails
""", amt="300,00", due="2026-11-21", fmt="gmail")

C("fr3_083", "2026-12-09T10:22:00", "Boris Lemaire <boris.lemaire@lemaire-cuisines.fr>", "F2026-0454", "plan_request", """
Bonjour,

Je ne peux pas tout régler d'un coup. Je peux vous verser 1 000 € le 15 et le reste en janvier, est-ce envisageable ?

Merci de me dire,
Boris Lemaire
""", amt="2 650,00", due="2026-11-14", stage="firm", fmt="outlook",
  note="proposition d'échéancier (1 000 € le 15 décembre, solde en janvier)")

C("fr3_084", "2026-11-30T16:20:00", "Élodie Caron <elodie.caron.graphiste@gmail.com>", "SM-0965", "plan_request", """
Bonjour,

Serait-il possible de régler cette facture en 6 fois sans frais ? Je suis auto-entrepreneuse et mon activité est au ralenti depuis septembre. Je préfère vous le dire plutôt que de ne rien payer.

Merci beaucoup,
Élodie
""", amt="1 440,00", due="2026-11-12", stage="second_reminder", fmt="html_gmail")

C("fr3_085", "2026-12-15T11:05:00", "Direction administrative <admin@transports-rivoire.fr>", "PV260938", "plan_request", """
Madame, Monsieur,

Compte tenu de la baisse d'activité de fin d'année, pouvons-nous convenir d'un échéancier en trois prélèvements de 800 € les 10 janvier, 10 février et 10 mars 2027 ?

Dans l'attente de votre accord, veuillez agréer nos salutations distinguées.

Direction administrative
Transports Rivoire
""", amt="2 400,00", due="2026-11-25", stage="final_notice", fmt="html_outlook")

C("fr3_086", "2026-11-10T09:06:00", "Nicole Barbier <n.barbier@agence-horizon.fr>", "FA-26-0203", "contact_change", """
Bonjour,

Je ne fais plus partie de l'agence depuis le 1er novembre. Merci d'écrire à ma remplaçante, Mme Hélène Gosset : h.gosset@agence-horizon.fr

Cordialement,
Nicole Barbier
""", amt="1 890,00", due="2026-10-27", fmt="outlook", new_email="h.gosset@agence-horizon.fr")

C("fr3_087", "2026-11-26T15:29:00", "Mathieu <mathieu@kaffe-atelier.fr>", "PV260923", "contact_change", """
mauvaise adresse, la facturation c'est facturation@kaffe-atelier.fr
""", amt="326,00", due="2026-11-12", fmt="apple", new_email="facturation@kaffe-atelier.fr")

C("fr3_088", "2026-12-08T10:48:00", "Pierre Cordier <pierre.cordier@cordier-bois.fr>", "F2026-0462", "contact_change", """
Bonjour,

Pour l'avenir, merci d'envoyer vos factures et relances directement à notre expert-comptable, Cabinet Fidexa, à l'attention de Mme Roche : m.roche@fidexa-conseil.fr (avec moi en copie si possible).

Pour cette facture, je lui ai déjà transmis.

Pierre Cordier
""", amt="1 760,00", due="2026-11-22", fmt="gmail", new_email="m.roche@fidexa-conseil.fr")

C("fr3_089", "2026-11-24T14:12:00", "Véronique André <v.andre@andre-immobilier.fr>", "2026/0354", "bank_details", """
Bonjour,

L'IBAN figurant sur cette facture ne correspond pas à celui de votre RIB de l'an dernier (FR76 3000 4… contre FR76 1470 7…). Lequel est le bon ? Je préfère vérifier avant de virer.

Cordialement,
Véronique André
""", amt="2 330,00", due="2026-11-08", fmt="outlook")

C("fr3_090", "2026-12-02T19:33:00", "Alexandre Robin <alex.robin@laposte.net>", "SM-0972", "bank_details", """
Bonsoir,

J'essaie de faire le virement mais ma banque refuse le BIC indiqué. Pouvez-vous m'envoyer votre RIB complet en PDF ?

Alexandre Robin
""", amt="760,00", due="2026-11-18", fmt="tb")

C("fr3_091", "2026-11-11T10:00:00", "0612457788@sms.free.fr", "SM-0954", "unsubscribe", """
STOP
""", amt="150,00", due="2026-10-28", fmt="none")

C("fr3_092", "2026-11-30T09:17:00", "Sylvie Lemaitre <sylvie.lemaitre@lemaitre-conseil.fr>", "FA-26-0228", "unsubscribe", """
Bonjour,

Je ne souhaite plus recevoir de relances par e-mail. Merci de me désinscrire de ces envois automatiques.

Sylvie Lemaitre
""", amt="490,00", due="2026-11-16", fmt="outlook")

C("fr3_093", "2026-12-10T22:11:00", "Didier Moreau <didier.moreau@gmail.com>", "2026/0358", "unsubscribe", """
Si je reçois encore un seul de vos mails automatiques je porte plainte auprès de la CNIL. Retirez mon adresse de vos fichiers immédiatement.
""", amt="1 210,00", due="2026-11-14", stage="repeat", fmt="gmail")

C("fr3_094", "2026-11-17T09:01:00", "Microsoft Outlook <postmaster@sas-verdier.onmicrosoft.com>", "F2026-0444", "bounce", """
Impossible de remettre le message à ces destinataires ou groupes :

compta@sas-verdier.fr
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre service d'assistance.
""", amt="1 150,00", due="2026-11-01", fmt="bounce", mta="EUR05-AM6-obe.outbound.protection.outlook.com",
  subj="Non remis : Relance : facture F2026-0444 échue – Menuiserie Lenoir",
  rcpt="compta@sas-verdier.fr", status="5.1.10", remote="sasverdier-fr.mail.protection.outlook.com",
  diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient compta@sas-verdier.fr not found by SMTP address lookup")

C("fr3_095", "2026-12-04T09:04:00", "Mail Delivery Subsystem <mailer-daemon@orange.fr>", "SM-0974", "bounce", """
Ce message a été créé automatiquement par le logiciel de distribution de courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  christian.faure@orange.fr
    La boîte aux lettres du destinataire est pleine (mailbox full).
""", amt="520,00", due="2026-11-19", fmt="bounce", mta="smtp.orange.fr",
  subj="Mail delivery failed: returning message to sender",
  rcpt="christian.faure@orange.fr", status="5.2.2", remote="mwinf5c21.me-wanadoo.net",
  diag="552 5.2.2 <christian.faure@orange.fr>: Mailbox full")

C("fr3_096", "2026-11-13T11:21:00", "Laurent Picot <laurent.picot@picot-menuiserie.fr>", "F2026-0436", "other", """
Merci, bonne journée à vous.
""", amt="830,00", due="2026-10-30", stage="heads_up", ago=16, fmt="apple",
  note="simple remerciement à un rappel d'échéance")

C("fr3_097", "2026-11-18T16:40:00", "Agnès Fleury <agnes.fleury@fleury-deco.fr>", "F2026-0443", "other", """
Bonjour,

Pouvez-vous demander à M. Lenoir de me rappeler ? J'ai une question sur le devis pour les placards de l'étage.

Agnès Fleury
06 22 41 87 09
""", amt="1 540,00", due="2026-11-02", fmt="gmail")

C("fr3_098", "2026-11-23T14:55:00", "Vincent Durand <vincent.durand77@gmail.com>", "2026/0346", "other", """
Bonjour,

Je suis le fils de M. Robert Durand. Mon père est décédé le mois dernier et je reçois ses mails. Je ne sais pas encore qui s'occupe de la succession, le notaire n'a pas été désigné. Je reviendrai vers vous quand j'en saurai plus.

Vincent Durand
""", amt="1 680,00", due="2026-10-29", stage="second_reminder", fmt="gmail")

C("fr3_099", "2026-12-01T12:12:00", "Christine Gauthier <christine.gauthier@sfr.fr>", "F2026-0457", "other", """
Bonjour, est-ce que vous faites aussi les portes de garage sectionnelles ? J'aurais besoin d'un devis.
Merci
""", amt="990,00", due="2026-11-16", fmt="tb")

C("fr3_100", "2026-12-16T07:52:00", "Fred <fred.besson@gmail.com>", "SM-0982", "other", """
je suis en vacances au ski, je regarde ca a mon retour

Envoyé de mon iPhone
""", amt="560,00", due="2026-12-01", fmt="apple",
  note="réponse humaine sans date ni engagement de paiement : other")

# ---------------------------------------------------------------- batch 3

C("fr3_101", "2026-12-14T10:31:00", "Claude Rivière <claude.riviere@riviere-patisserie.fr>", "PV260944", "promise", """
Bonjour,

C'est la grosse période pour nous, mais je vous règle avant Noël, promis.

Claude Rivière
Pâtisserie Rivière
""", amt="732,00", due="2026-11-28", fmt="gmail", promise_date="2026-12-24",
  note="« avant Noël » = au plus tard le jeudi 24 décembre")

C("fr3_102", "2026-12-15T14:20:00", "Kader <kader.plaquiste@gmail.com>", "2026/0368", "promise", """
bjr je fais le virement en fin de journee dsl pr le retard
""", amt="640,00", due="2026-11-30", fmt="gmail", promise_date="2026-12-15",
  note="« en fin de journée » = le jour même, mardi 15 décembre")

C("fr3_103", "2026-12-16T11:48:00", "Direction Administrative et Financière <daf@holding-marcadier.fr>",
  [("SM-0983", "3 600,00", "2026-11-30"), ("SM-0985", "1 250,00", "2026-12-02")], "promise", """
Madame, Monsieur,

Nous vous répondons au nom de la holding Marcadier et de ses filiales Marcadier Immobilier et Marcadier Gestion, destinataires respectives des factures SM-0983 et SM-0985.

Après validation par nos services, ces deux factures seront réglées par virement le 22 décembre 2026, en un seul ordre de paiement.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Sandrine Marcadier
Directrice administrative et financière
Holding Marcadier SAS

Ce courriel et ses éventuelles pièces jointes peuvent contenir des informations confidentielles. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""", stage="second_reminder", fmt="html_outlook", promise_date="2026-12-22",
  note="réponse de la holding pour deux filiales ; paiement groupé le mardi 22 décembre")

C("fr3_104", "2026-12-02T09:36:00", "Bruno Lefèvre <bruno.lefevre@lefevre-auto.fr>", "F2026-0451", "promise", """
Bonjour,

Je paierai le 11 décembre. Pouvez-vous me confirmer que les frais de 40 € seront annulés si je règle à cette date ? Je suis client chez vous depuis dix ans, c'est la première fois que je suis en retard.

Cordialement,
Bruno Lefèvre
""", amt="1 860,00", due="2026-11-10", stage="firm", fmt="outlook", promise_date="2026-12-11",
  note="promesse pour le vendredi 11 décembre, assortie d'une question sur l'indemnité de 40 €")

C("fr3_105", "2026-11-04T13:25:00", "Estelle Vidal <estelle.vidal@vidal-events.fr>", "SM-0946", "promise", """
Bonjour,

Oui je sais, je suis en retard ! Je m'en occupe la semaine prochaine.

Belle journée,
Estelle
""", amt="980,00", due="2026-10-20", fmt="html_gmail",
  note="« la semaine prochaine » sans jour : pas de promise_date")

C("fr3_106", "2026-12-15T08:55:00", "Hugo Martinez <hugo.martinez@martinez-elec.fr>", "2026/0364", "promise", """
Bonjour,

Le règlement sera fait ce vendredi, j'attends un encaissement jeudi.

Hugo Martinez
""", amt="1 115,00", due="2026-11-25", fmt="tb", promise_date="2026-12-18",
  note="écrit le mardi 15 décembre : « ce vendredi » = vendredi 18 décembre")

C("fr3_107", "2026-12-07T15:02:00", "Gérald Bonnet <g.bonnet@bonnet-menuiserie.fr>", "F2026-0464", "promise", """
Bonjour,

Voyez avec notre comptable si besoin, mais il passe les virements le 5 de chaque mois : la facture sera payée le 5 janvier.

Gérald Bonnet
""", amt="2 260,00", due="2026-11-24", fmt="gmail", promise_date="2027-01-05",
  note="écrit le 7 décembre, le 5 décembre est passé : « le 5 janvier » explicite")

C("fr3_108", "2026-12-10T18:17:00", "Sophie Garnier <sophie@garnier-primeur.fr>", "PV260950", "promise", """
Bonsoir,

Je vous vire 400 € demain et le reste dès que possible, sûrement en janvier. Désolée, décembre est compliqué.

Sophie
""", amt="1 120,00", due="2026-11-26", fmt="apple", promise_date="2026-12-11",
  note="acompte de 400 € promis « demain » (vendredi 11 décembre), solde sans date")

C("fr3_109", "2026-11-30T10:09:00", "Comptabilité Espace Vert 44 <compta@espacevert44.fr>", "2026/0355", "promise", """
Bonjour,

Le virement sera effectué sous 48 h.

Cordialement,
La comptabilité
""", amt="1 540,00", due="2026-11-10", fmt="outlook", promise_date="2026-12-02",
  note="« sous 48 h » écrit le lundi 30 novembre = au plus tard le mercredi 2 décembre")

C("fr3_110", "2026-11-26T19:40:00", "Tom <tom.ferrand@gmail.com>", "SM-0968", "promise", """
Hello Julie,
Oui désolé, je te paye le 1er, dès que mes clients m'ont réglé.
Tom
""", amt="450,00", due="2026-11-12", fmt="gmail", promise_date="2026-12-01",
  note="« le 1er » écrit le 26 novembre = mardi 1er décembre")

C("fr3_111", "2026-12-11T11:20:00", "Karine Meunier <k.meunier@meunier-assurances.fr>", "FA-26-0255", "paid", """
Bonjour,

Le paiement est parti avant-hier, vous devriez le recevoir aujourd'hui ou lundi.

Cordialement,
Karine Meunier
""", amt="385,00", due="2026-11-26", fmt="outlook", paid_on="2026-12-09",
  note="« avant-hier » écrit le vendredi 11 décembre = mercredi 9 décembre")

C("fr3_112", "2026-11-30T08:12:00", "Julien Besnard <julien.besnard@gmail.com>", "SM-0964", "paid", """
Bonjour,

Je vous joins la capture d'écran du virement effectué ce week-end.

Bonne semaine,
Julien
""", amt="720,00", due="2026-11-10", fmt="html_gmail",
  note="« ce week-end » (28 ou 29 novembre) sans jour précis : pas de paid_on")

C("fr3_113", "2026-11-27T16:03:00", "Monique Perrin <monique.perrin@wanadoo.fr>", "PV260913", "paid", """
Bonjour,

Je vous ai envoyé un chèque de 245 € par la poste le 24 novembre. Vous devriez l'avoir reçu.

Mme Perrin
""", amt="245,00", due="2026-11-05", stage="second_reminder", fmt="tb", paid_on="2026-11-24")

C("fr3_114", "2026-12-18T09:44:00", "Alexis Chauvin <alexis.chauvin@chauvin-archi.fr>", "SM-0984", "paid", """
Bonjour,

Payé ce matin par virement instantané. Bonnes fêtes !

Alexis
""", amt="1 980,00", due="2026-12-03", fmt="apple", paid_on="2026-12-18")

C("fr3_115", "2026-12-02T10:18:00", "Cabinet Morvan <accueil@morvan-expertise.fr>", "FA-26-0238", "paid", """
Bonjour,

Je vous transmets la réponse de M. Blanchard, notre client, à qui nous avons fait suivre votre relance :

« La facture a été réglée le 27 novembre par prélèvement, je ne comprends pas cette relance. »

Cordialement,
Laetitia Morvan
Cabinet Morvan Expertise Comptable
""", amt="624,00", due="2026-11-13", fmt="outlook", paid_on="2026-11-27",
  note="réponse du client transmise par son expert-comptable")

C("fr3_116", "2026-11-19T14:44:00", "Services comptables <comptabilite@sodimat-ouest.fr>", "2026/0345", "paid", """
Bonjour,

Votre facture a été réglée par LCR : elle a été débitée de notre compte le 16 novembre. Merci de vérifier de votre côté avec votre banque.

Services comptables
SODIMAT Ouest
""", amt="2 780,00", due="2026-11-01", fmt="html_outlook", paid_on="2026-11-16")

C("fr3_117", "2026-11-25T20:58:00", "Eric Vallet <eric.vallet@yahoo.fr>", "F2026-0446", "paid", """
Payé. Arrêtez de harceler.
""", amt="410,00", due="2026-11-02", stage="firm", fmt="gmail",
  note="paiement affirmé sans date ; le « arrêtez » accompagne l'affirmation de paiement")

C("fr3_118", "2026-12-07T09:20:00", "Anne-Sophie Laurent <as.laurent@laurent-kine.fr>", "SM-0979", "paid", """
Bonjour,

Le règlement vous a été adressé jeudi dernier par virement. Merci de ne pas tenir compte de ma précédente demande de copie.

Cordialement,
Anne-Sophie Laurent
""", amt="540,00", due="2026-11-23", fmt="outlook", paid_on="2026-12-03",
  note="écrit le lundi 7 décembre : « jeudi dernier » = jeudi 3 décembre")

C("fr3_119", "2026-12-09T17:05:00", "Accounts Payable EMEA <ap-emea@trivexa.com>", "FA-26-0250", "paid", """
Bonjour,

Nous vous confirmons que le virement relatif à la facture FA-26-0250 a été émis le 8 décembre 2026. Le délai de réception peut varier de 1 à 3 jours ouvrés.

Cordialement / Best regards,

Accounts Payable EMEA
Trivexa France SAS

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender immediately and delete it.
""", amt="2 964,00", due="2026-11-24", fmt="html_outlook", paid_on="2026-12-08")

C("fr3_120", "2026-11-23T11:11:00", "Martin Giraud <martin.giraud@giraud-immo.fr>", "F2026-0440", "dispute", """
Bonjour,

Les fenêtres posées ne correspondent pas à la commande : double vitrage 4/16/4 au lieu du 4/20/4 argon prévu au devis. Je l'ai signalé à votre poseur le jour même. Tant que ce n'est pas remplacé, je ne règle pas le solde.

Martin Giraud
""", amt="6 120,00", due="2026-10-31", stage="second_reminder", fmt="outlook")

C("fr3_121", "2026-12-04T18:30:00", "Céline Roche <celine.roche@gmail.com>", "F2026-0459", "dispute", """
Bonsoir,

La porte d'entrée a été livrée avec une grosse rayure sur le panneau extérieur. On attend toujours le passage du SAV promis il y a trois semaines. Je ne paierai pas une porte abîmée.

Céline Roche
""", amt="2 390,00", due="2026-11-18", fmt="html_gmail")

C("fr3_122", "2026-12-08T08:40:00", "Comptabilité La Table d'Hugo <compta@tabledhugo.fr>", "PV260936", "dispute", """
Bonjour,

Nous avons réglé 300 € sur les 450 € le 2 décembre. Les 150 € restants correspondent aux palettes consignées que nous avons rendues à votre chauffeur le 20 novembre et qui n'ont pas été déduites.

Merci de nous adresser un avoir pour solder cette facture.

Cordialement,
La Table d'Hugo
""", amt="150,00", due="2026-11-22", fmt="tb",
  note="paiement partiel déjà fait ; le solde est contesté (consignes rendues) : dispute")

C("fr3_123", "2026-11-13T16:22:00", "Vanessa Marchand <v.marchand@marchand-assoc.org>", "FA-26-0205", "dispute", """
Bonjour,

Le BAT n'a jamais été validé de notre côté et vous avez imprimé les brochures avec une faute dans le nom de l'association (« Marchant » au lieu de « Marchand »). Nous ne pouvons pas les distribuer.

Nous attendons une réimpression à vos frais, ou l'annulation de la facture.

Vanessa Marchand
Présidente
""", amt="1 380,00", due="2026-10-29", fmt="gmail")

C("fr3_124", "2026-12-01T13:05:00", "Henri Dupuis <henri.dupuis@orange.fr>", "2026/0359", "dispute", """
Bonjour

Vous m'avez facturé 6 heures de main d'oeuvre alors que votre technicien est resté 2 heures chez moi, j'étais présent du début à la fin. Je veux bien payer 2 heures et le matériel, pas le reste.

H. Dupuis
""", amt="612,00", due="2026-11-15", fmt="tb")

C("fr3_125", "2026-12-14T15:37:00", "Florian Vasseur <florian@brasserie-lalouve.fr>", "SM-0981", "dispute", """
Bonjour,

La facture porte sur la refonte complète de l'identité visuelle, mais nous n'avons reçu que deux pistes de logo, aucune finalisée, et pas de charte graphique. On est loin du livrable prévu.

On en parle quand vous voulez, mais en l'état nous ne réglerons pas ce montant.

Florian Vasseur
Brasserie La Louve
""", amt="3 200,00", due="2026-11-29", stage="second_reminder", fmt="gmail")

C("fr3_126", "2026-12-16T12:02:00", "snack.lemarche38@gmail.com", "PV260948", "dispute", """
jai jamais recu la marchandise donc je paye pas
""", amt="176,00", due="2026-12-01", fmt="gmail")

C("fr3_127", "2026-11-12T08:03:00", "Mathilde Guerin <m.guerin@guerin-export.com>", "FA-26-0213", "out_of_office", """
Bonjour,

Je suis en déplacement à l'étranger et serai de retour le lundi 16 novembre.

Hello, I am travelling abroad and will be back on Monday 16 November.

Mathilde Guérin
Guérin Export
""", amt="2 070,00", due="2026-10-30", fmt="ooo", subj_prefix="Réponse automatique : ", return_date="2026-11-16")

C("fr3_128", "2026-12-18T16:30:00", "Thibault Roger <t.roger@roger-couverture.fr>", "2026/0370", "out_of_office", """
Bonjour,

Je suis en congés du 21/12 au 03/01 inclus. Pour toute urgence chantier : 06 12 34 56 78.

Bonnes fêtes,
Thibault Roger
""", amt="1 460,00", due="2026-12-04", fmt="ooo", return_date="2027-01-04",
  note="congés jusqu'au dimanche 3 janvier inclus → retour le lundi 4 janvier 2027")

C("fr3_129", "2026-11-27T07:40:00", "Caroline Benoit <c.benoit@benoit-traiteur.fr>", "PV260924", "out_of_office", """
Je suis absente aujourd'hui vendredi 27 novembre. Je vous répondrai dès mon retour.
""", amt="830,00", due="2026-11-12", fmt="ooo", return_date="2026-11-30",
  note="absente le vendredi 27 seulement → premier jour ouvré de retour lundi 30 novembre")

C("fr3_130", "2026-12-07T09:02:00", "Philippe Jacob <philippe.jacob@jacob-immobilier.fr>", "SM-0986", "out_of_office", """
Bonjour,

Je suis absent jusqu'au 10 décembre. Vos messages seront traités à mon retour.

Cordialement,
Philippe Jacob
""", amt="1 320,00", due="2026-11-24", fmt="ooo", return_date="2026-12-11",
  note="« jusqu'au 10 décembre » lu comme 10 inclus → retour le vendredi 11 décembre")

C("fr3_131", "2026-11-16T14:17:00", "Joëlle Bertrand <joelle.bertrand@bertrand-sarl.fr>", "F2026-0437", "copy_request", """
Bonjour,

Merci de m'adresser une copie de la facture ainsi que du devis signé, je ne retrouve pas le dossier depuis le changement de logiciel.

Cordialement,
Joëlle Bertrand
""", amt="1 275,00", due="2026-11-01", fmt="outlook")

C("fr3_132", "2026-12-03T10:27:00", "Jean Colas <jean.colas@colas-paysage.fr>", "2026/0361", "copy_request", """
bonjour je ne trouve pas de facture avec ce numero dans mes papiers, vous pouvez me l'envoyer ?
merci
""", amt="745,00", due="2026-11-18", fmt="gmail")

C("fr3_133", "2026-11-20T11:40:00", "Service Finances – Mairie de Vizille <finances@mairie-vizille.fr>", "PV260921", "copy_request", """
Madame, Monsieur,

En tant que collectivité, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro, avec notre numéro d'engagement (EJ 2026-00418). Votre facture nous est parvenue par courriel uniquement.

Merci de la déposer sur Chorus Pro ; elle sera mise en paiement dès validation du service fait.

Le Service Finances
Mairie de Vizille
""", amt="1 684,00", due="2026-11-05", fmt="html_outlook",
  note="demande de renvoyer la facture par Chorus Pro avec le n° d'engagement : copy_request")

C("fr3_134", "2026-12-05T22:16:00", "Steph <steph.moulin.pro@gmail.com>", "SM-0987", "plan_request", """
est ce que je peux payer 200 euros par mois ? je peux pas plus en ce moment
""", amt="800,00", due="2026-11-20", stage="second_reminder", fmt="gmail")

C("fr3_135", "2026-12-14T10:05:00", "Gérance SARL Le Fournil <gerance@lefournil-bethune.fr>", "FA-26-0226", "plan_request", """
Madame, Monsieur,

Suite à votre dernier rappel, nous sollicitons un échelonnement du règlement de la facture FA-26-0226 sur trois mois (janvier, février et mars), notre activité ayant été fortement perturbée par les travaux de voirie devant le magasin.

Nous restons à votre disposition pour en discuter.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

M. et Mme Delattre
SARL Le Fournil
""", amt="1 512,00", due="2026-11-09", stage="final_notice", fmt="outlook")

C("fr3_136", "2026-11-29T18:25:00", "Jeanne Arnaud <jeanne.arnaud@free.fr>", "F2026-0453", "plan_request", """
Bonsoir Bernard,

Tu peux m'accepter 3 chèques ? Tu les encaisses un par mois, décembre, janvier, février. Je te les dépose à l'atelier si tu es d'accord.

Merci, à bientôt
Jeanne
""", amt="1 350,00", due="2026-11-13", fmt="tb")

C("fr3_137", "2026-11-06T09:52:00", "SARL Petitjean <contact@petitjean-ravalement.fr>", "2026/0327", "contact_change", """
Adresse à ne plus utiliser (fin du contrat d'hébergement). Nouvelle adresse : sarl.petitjean@gmail.com
""", amt="2 010,00", due="2026-10-22", fmt="outlook", new_email="sarl.petitjean@gmail.com")

C("fr3_138", "2026-12-09T14:38:00", "Lucie Fabre <l.fabre@dubreuil-sa.fr>", "FA-26-0247", "contact_change", """
Bonjour,

M. Dubreuil m'a demandé de vous indiquer que les factures ne doivent pas lui être envoyées directement mais à notre service comptable : comptabilite@dubreuil-sa.fr. Je leur ai transféré votre message.

Bien cordialement,
Lucie Fabre
Assistante de direction
""", amt="1 180,00", due="2026-11-24", fmt="html_outlook", new_email="comptabilite@dubreuil-sa.fr")

C("fr3_139", "2026-11-17T12:49:00", "Nathalie Aubin <nathalie@aubin-freres.fr>", "F2026-0442", "contact_change", """
Bonjour,

Je suis la gérante mais c'est mon associé qui s'occupe des règlements : merci de voir directement avec lui, jean-luc.aubin@aubin-freres.fr.

Nathalie Aubin
""", amt="2 740,00", due="2026-11-02", fmt="apple", new_email="jean-luc.aubin@aubin-freres.fr")

C("fr3_140", "2026-12-03T15:15:00", "Service comptable Alpes Restauration <compta@alpes-restauration.fr>", "PV260930", "bank_details", """
Bonjour,

Attention, nous avons changé de banque le mois dernier : votre prélèvement sur la facture PV260930 a été rejeté pour cette raison. Merci de mettre à jour notre mandat avec notre nouvel IBAN, que vous trouverez sur le RIB joint (Banque Populaire Auvergne Rhône Alpes), et de représenter le prélèvement.

Cordialement,
Service comptable
Alpes Restauration
""", amt="1 905,00", due="2026-11-15", fmt="outlook",
  note="le débiteur annonce son propre changement de coordonnées bancaires (prélèvement rejeté)")

C("fr3_141", "2026-11-10T08:33:00", "Rémi Charpentier <remi.charpentier@gmail.com>", "SM-0951", "bank_details", """
Quel est votre IBAN ? Je le trouve pas sur la facture.
""", amt="275,00", due="2026-10-27", fmt="gmail")

C("fr3_142", "2026-12-11T10:26:00", "Bérénice Lacombe <b.lacombe@lacombe-avocats.fr>", "FA-26-0253", "unsubscribe", """
Bonjour,

Désabonnement, s'il vous plaît : je ne souhaite plus recevoir ces rappels automatiques. Notre comptabilité règle les factures à réception du relevé mensuel.

Cordialement,
Bérénice Lacombe
""", amt="642,00", due="2026-11-27", fmt="html_outlook")

C("fr3_143", "2026-12-02T23:12:00", "Yannick Leduc <yannick.leduc@hotmail.fr>", "2026/0356", "unsubscribe", """
arretez de m'envoyer ces mails tous les 3 jours j'ai compris !!! vous serez payés quand je pourrai
""", amt="1 030,00", due="2026-11-12", stage="repeat", fmt="outlook",
  note="demande d'arrêt des envois ; « quand je pourrai » n'est pas une promesse datée")

C("fr3_144", "2026-11-21T10:00:00", "Pascale Tessier <pascale.tessier@protonmail.com>", "SM-0957", "unsubscribe", """
Madame, Monsieur,

Conformément à l'article 21 du RGPD, je m'oppose à la poursuite de l'envoi de messages automatisés à cette adresse. Veuillez la supprimer de votre liste de diffusion et me confirmer la suppression.

P. Tessier
""", amt="540,00", due="2026-11-04", fmt="tb")

C("fr3_145", "2026-12-15T09:02:00", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "F2026-0465", "bounce", """
** Adresse introuvable **

Votre message n'a pas été distribué à jf.barre.menuiserie@gmail.com, car l'adresse est introuvable ou n'accepte pas les messages.

La réponse était :
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", amt="1 420,00", due="2026-11-28", fmt="bounce", mta="mx.google.com", subj="Delivery Status Notification (Failure)",
  rcpt="jf.barre.menuiserie@gmail.com", status="5.1.1", remote="gmail-smtp-in.l.google.com",
  diag="550-5.1.1 The email account that you tried to reach does not exist.")

C("fr3_146", "2026-12-18T12:15:00", "Georges Lambert <georges.lambert@lambert-tp.fr>", "2026/0369", "other", """
Joyeux Noël à toute l'équipe Gaillard et merci pour le travail de cette année !

Georges
""", amt="3 150,00", due="2026-12-20", stage="heads_up", ago=4, fmt="gmail",
  note="vœux et remerciements en réponse au rappel d'échéance")

C("fr3_147", "2026-11-24T13:33:00", "Maxime Baron <maxime.baron@baron-design.fr>", "SM-0961", "other", """
Vous êtes un robot ? Il y a quelqu'un qui lit ces réponses ?
""", amt="1 100,00", due="2026-11-06", fmt="gmail")

C("fr3_148", "2026-11-28T17:48:00", "Sylvain Huet <sylvain.huet@laposte.net>", "PV260926", "other", """
Qui êtes-vous ? Je ne connais pas « Les Primeurs du Vercors ».
""", amt="94,50", due="2026-11-13", fmt="apple")

C("fr3_149", "2026-12-16T09:10:00", "Rachid Amrani <r.amrani@amrani-batiment.fr>", "2026/0367", "other", """
Bonjour,

Bien reçu votre relance. Je vous tiens au courant.

Cordialement,
R. Amrani
""", amt="2 480,00", due="2026-11-30", fmt="outlook",
  note="accusé de réception sans engagement de paiement")

C("fr3_150", "2026-11-26T11:27:00", "Olivia Schmitt <o.schmitt@mj-synergie.fr>", "FA-26-0216", "other", """
Madame, Monsieur,

La société Imprim'Nord SARL fait l'objet d'une procédure de liquidation judiciaire ouverte par jugement du tribunal de commerce de Lille du 12 novembre 2026.

Les paiements de créances antérieures sont interdits. Il vous appartient de déclarer votre créance auprès du liquidateur judiciaire, Me Aubry (SELARL MJ Synergie, 12 rue Faidherbe, 59000 Lille), dans un délai de deux mois à compter de la publication au BODACC.

Olivia Schmitt
Collaboratrice – SELARL MJ Synergie
""", amt="1 745,00", due="2026-11-02", stage="second_reminder", fmt="html_outlook",
  note="liquidation judiciaire du débiteur, réponse du mandataire : other (déclaration de créance à faire)")
