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
