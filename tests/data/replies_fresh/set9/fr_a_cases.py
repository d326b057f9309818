"""Part fr_a: handwritten debtor replies to reminders from Perrin Auto Flottes SARL (vehicle repair and fleet maintenance)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s9fra001", country="FR", date="2026-12-08T09:47", fmt="apple", stage="reminder", ago=1,
         inv="FA26-0871", amt="486,50", due="2026-11-30",
         frm="Karim Belkacem <taxi.karim21@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer promised 'vendredi': Friday 11 December.",
         body="""ok je fais le virement vendredi, la voiture tourne nickel merci

Karim
Taxi Karim B. – 06 12 48 77 30

Envoyé de mon iPhone"""),

    dict(id="s9fra002", country="FR", date="2026-12-09T11:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA26-0794", amt="2 318,40", due="2026-11-15",
         frm="Sandrine Royer <s.royer@ambulances-val-de-saone.fr>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made 'ce jour' (the reply's date); arrival in 24-48 h is not a promise.",
         body="""Bonjour,

Nous avons procédé ce jour au virement de la somme de 2 318,40 € correspondant à la facture FA26-0794 (révision, remplacement des disques et plaquettes, véhicule AB-512-QT).

Le délai de traitement de notre banque étant de 24 à 48 heures, les fonds devraient vous parvenir d'ici la fin de semaine.

Nous vous prions de bien vouloir nous excuser pour ce retard, lié à un changement de logiciel comptable au mois de novembre.

Cordialement,

Sandrine Royer
Assistante administrative et comptable
Ambulances du Val de Saône
3 avenue de la Gare – 21130 Auxonne
Tél. 03 80 31 07 52
SARL au capital de 15 000 € – RCS Dijon 481 226 503"""),

    dict(id="s9fra003", country="FR", date="2026-12-10T17:32", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0802", amt="3 964,80", due="2026-11-20",
         frm="Transports Gauthier <transports.gauthier@orange.fr>",
         intent="dispute",
         note="Contests labour hours and a part he says he fitted himself; refuses to pay until a corrected invoice.",
         body="""Bonjour,

Avant de me relancer il faudrait peut être relire votre facture. 14 heures de main d'oeuvre pour changer un turbo sur un Actros ?? Votre chef d'atelier m'avait annoncé 6h au téléphone, et le camion est resté chez vous 4 jours parce que vous attendiez la pièce, c'est pas à moi de payer ça.

En plus vous me facturez un filtre à gasoil que j'avais changé moi même le mois d'avant.

Je ne réglerai rien tant que je n'ai pas une facture corrigée. Dites à M. Perrin de m'appeler.

P. Gauthier
Transports Gauthier – 06 80 22 15 94"""),

    dict(id="s9fra004", country="FR", date="2026-12-18T09:01", fmt="ooo", stage="reminder", ago=0,
         inv=[("FA26-0829", "412,00", "2026-11-25"), ("FA26-0866", "188,60", "2026-11-30")],
         frm="Comptabilité EHPAD Les Tilleuls <comptabilite@ehpad-lestilleuls.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 18-31 December; says she is back Monday 4 January 2027.",
         body="""Bonjour,

Je suis absente du vendredi 18 décembre au jeudi 31 décembre inclus. Je reprendrai mes fonctions le lundi 4 janvier 2027.

Pour toute question urgente concernant les factures, vous pouvez joindre Mme Lacour, directrice, au 03 80 52 14 66 ou par mail : direction@ehpad-lestilleuls.fr.

Cordialement,
Nathalie Brun
Service comptabilité – EHPAD Les Tilleuls"""),

    dict(id="s9fra005", country="FR", date="2026-12-11T14:15", fmt="tb", stage="firm", ago=2,
         inv=[("FA26-0655", "1 245,00", "2026-10-15"), ("FA26-0731", "890,40", "2026-10-31"), ("FA26-0798", "624,00", "2026-11-15")],
         frm="Auto-École Horizon <contact@autoecole-horizon21.fr>",
         intent="plan_request",
         note="Asks to spread three invoices over several months; no amount per month or date offered.",
         body="""Bonjour,

J'ai bien reçu votre relance pour les trois factures (entretien des quatre voitures double commande et réparation de la Clio après l'accrochage de septembre).

Je ne vous cache pas que la fin d'année est compliquée : deux moniteurs en arrêt, et des examens repoussés faute de places, donc beaucoup moins d'heures facturées ce trimestre. Je ne peux pas sortir près de 2 760 € d'un coup en ce moment.

Serait-il possible d'étaler le règlement sur plusieurs mois ? Je peux faire des virements mensuels, dites-moi ce qui vous conviendrait. Je ne veux évidemment pas laisser traîner, vous nous dépannez toujours rapidement.

Merci de votre compréhension,

Sylvie Marchal
Gérante – Auto-École Horizon
12 rue de la Préfecture, 21000 Dijon
03 80 45 19 02"""),

    dict(id="s9fra006", country="FR", date="2026-12-14T10:05", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-0839", amt="1 076,00", due="2026-12-01",
         frm="Comptabilité fournisseurs <fournisseurs@hotel-ducsdebourgogne.com>",
         intent="copy_request",
         note="Invoice not found in their system; asks for a PDF copy carrying their purchase-order number.",
         body="""Bonjour,

Nous ne trouvons pas trace de la facture FA26-0839 dans notre circuit de validation.

Pour pouvoir la mettre en paiement, merci de nous la renvoyer en PDF en mentionnant notre numéro de bon de commande (toutes nos factures fournisseurs doivent en comporter un). Si vous ne l'avez pas, M. Vidal, responsable technique, qui a commandé l'intervention sur la navette, pourra vous le communiquer.

Bien cordialement,

Élodie Fauconnier
Comptabilité fournisseurs
Hôtel des Ducs de Bourgogne
Tél. : 03 80 30 44 10"""),

    dict(id="s9fra007", country="FR", date="2026-12-15T21:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-0780", amt="2 145,00", due="2026-11-10",
         frm="Jean-Marc Thevenot <earl.des.combes@wanadoo.fr>",
         intent="promise",
         note="Promises to pay 'apres les fetes': no single day.",
         body="""bonjour
jai bien eu votre relance. en ce moment c est pas facile avec la coop qui paye le ble en retard, je vous regle apres les fetes sans faute.
cordialement
JM Thevenot
EARL des Combes"""),

    dict(id="s9fra008", country="FR", date="2026-12-16T13:12", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA26-0846", amt="1 140,00", due="2026-12-05",
         frm="Julien Carré <julien@fitnessparc-chenove.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of 500 EUR by card 'hier soir' (15 Dec); the 640 EUR balance only 'dès que possible'.",
         body="""Bonjour,

J'ai passé 500 € par CB sur votre lien de paiement hier soir, vous devriez l'avoir.

Pour les 640 € qui restent je m'en occupe dès que possible, on a eu un gros mois de décembre côté charges (nouvelles machines livrées).

Bonne journée,
Julien Carré
Fitness Parc Chenôve
06 71 18 42 03"""),

    dict(id="s9fra009", country="FR", date="2026-12-09T16:50", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-0812", amt="735,20", due="2026-11-25",
         frm="Thomas Lefort <t.lefort@lefort-automobiles.fr>",
         intent="contact_change", new_email="factures@lefort-automobiles.fr",
         note="Salesman, not accounts: asks that invoices and reminders go to factures@lefort-automobiles.fr.",
         body="""Bonjour,

Je suis vendeur, je ne m'occupe pas des règlements fournisseurs. Merci d'adresser dorénavant vos factures et relances à notre comptabilité : factures@lefort-automobiles.fr (Mme Besson).

Je lui ai transféré votre message.

Cordialement,
Thomas Lefort
Conseiller commercial VO
Lefort Automobiles – Agent Renault
Route de Beaune, 21200 Montagny-lès-Beaune
03 80 26 71 90"""),

    dict(id="s9fra010", country="FR", date="2026-12-16T08:35", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA26-0819", amt="1 862,40", due="2026-11-30",
         frm="Martine Gros <comptabilite@mpb-pontdevaux.fr>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' email; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA26-0819 (entretien de nos véhicules utilitaires).

Avant de procéder au virement, nous souhaitons une confirmation de votre part : nous avons reçu le 10 décembre un courriel, prétendument envoyé par votre société, nous informant d'un changement de coordonnées bancaires (nouvel IBAN auprès d'une banque en ligne). Ce type de demande faisant l'objet de fraudes fréquentes, notre procédure interne nous impose une vérification.

Pourriez-vous nous confirmer par téléphone, ou par courrier signé, l'IBAN sur lequel le règlement doit être effectué ? Le paiement sera mis en œuvre dès réception de cette confirmation.

Cordialement,

Martine Gros
Comptabilité fournisseurs
Mécanique de Précision Bressane SAS
ZI Les Bruyères – 01190 Pont-de-Vaux
Tél. 03 85 30 62 48
SAS au capital de 120 000 € – RCS Bourg-en-Bresse 398 551 207"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s9fra011", country="FR", date="2026-12-17T19:05", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-0858", amt="348,90", due="2026-12-10",
         frm="Émilie Roussel <emilie.roussel@free.fr>",
         intent="promise", promise_date="2026-12-19",
         note="Will pay at the garage 'samedi matin' (Saturday 19 December); side question about opening hours.",
         body="""Bonsoir,

Désolée, j'avais complètement oublié cette facture (la vidange et les deux pneus de la C3). Je passe la régler au garage samedi matin, par carte. Vous êtes bien ouverts jusqu'à midi le samedi ?

Bonne soirée
Émilie Roussel"""),

    dict(id="s9fra012", country="FR", date="2026-12-09T07:12", fmt="tb", stage="reminder", ago=2,
         inv="FA26-0805", amt="562,00", due="2026-11-28",
         frm="Daniel Mercier <plomberie.mercier@sfr.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Cheque posted 'lundi' (Monday 7 December).",
         body="""Bonjour,

Le chèque de 562 € est parti par la poste lundi, à l'ordre de Perrin Auto Flottes, avec le talon de la facture. Vous devriez le recevoir demain ou vendredi.

Cordialement,
Daniel Mercier
Plomberie Chauffage Mercier
7 impasse des Vignes – 21160 Marsannay-la-Côte
06 85 40 12 77"""),

    dict(id="s9fra013", country="FR", date="2027-01-12T15:30", fmt="html_outlook", stage="final_notice", ago=4,
         inv="FA26-0752", amt="4 380,00", due="2026-11-05",
         frm="Frédéric Lambert <f.lambert@transports-lambert-fils.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire); cannot pay, creditor must file a claim with the mandataire.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel du 8 janvier.

Nous vous informons que la société Transports Lambert et Fils fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce de Dijon en date du 15 décembre 2026. Maître Anne-Claire Dupuis-Morel, 18 boulevard de Sévigné, 21000 Dijon, a été désignée en qualité de mandataire judiciaire.

En application de l'article L622-7 du Code de commerce, il nous est interdit de régler les créances nées antérieurement au jugement d'ouverture. Nous vous invitons donc à déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous restons à votre disposition pour tout renseignement complémentaire et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Frédéric Lambert
Gérant
Transports Lambert et Fils SARL
Zone du Charmoy – 21130 Auxonne
Tél. 03 80 37 58 04"""),

    dict(id="s9fra014", country="FR", date="2026-12-21T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0851", amt="264,00", due="2026-12-08",
         frm="Stéphanie Noël <direction@keepmoving-dijon.fr>",
         intent="out_of_office", return_date="2026-12-31",
         note="On leave until Wednesday 30 December inclusive: back Thursday 31 December.",
         body="""Bonjour et merci pour votre message.

Je suis en congé jusqu'au mercredi 30 décembre inclus, avec un accès limité à mes mails.
Pour les abonnements et le planning des cours, l'accueil du club reste joignable au 03 80 71 55 20.

Sportivement,
Stéphanie Noël
Directrice – Keep Moving Dijon"""),

    dict(id="s9fra015", country="FR", date="2026-12-22T23:14", fmt="gmail", stage="repeat", ago=3,
         inv="FA26-0774", amt="95,00", due="2026-11-05",
         frm="Gérard Pichon <gerard.pichon58@laposte.net>",
         intent="unsubscribe",
         note="Angry demand to stop the automated emails; says nothing about paying.",
         body="""Arrêtez de m'envoyer ces mails automatiques tous les trois jours, c'est du harcèlement. Je ne veux PLUS en recevoir.

Si vous avez quelque chose à me dire vous avez mon numéro de téléphone, c'est vous qui l'avez noté sur l'ordre de réparation.

G. Pichon"""),

    dict(id="s9fra016", country="FR", date="2026-12-28T10:40", fmt="gmail", stage="firm", ago=4,
         inv="FA26-0817", amt="1 528,30", due="2026-11-30",
         frm="Laetitia Morin <taxis.ambulances.morin@orange.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Payment 'le 5 janvier' once the CPAM pays; asks for penalties to be waived (secondary).",
         body="""Bonjour,

Nous attendons le paiement de la CPAM pour les transports de novembre, qui arrive en général tout début de mois. Le règlement de votre facture sera fait le 5 janvier.

Merci de ne pas appliquer les pénalités, c'est la première fois que nous sommes en retard avec vous.

Cordialement
Laetitia Morin
Taxis Ambulances Morin – Is-sur-Tille
03 80 95 22 61"""),

    dict(id="s9fra017", country="FR", date="2027-01-06T11:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA26-0884", amt="1 954,00", due="2026-12-20",
         frm="Catherine Lacour <direction@ehpad-lestilleuls.fr>",
         intent="dispute",
         note="Minibus broke down again after the repair; payment withheld until fixed under warranty.",
         body="""Madame, Monsieur,

Je fais suite à votre relance du 4 janvier concernant la facture FA26-0884, relative à la réparation de notre minibus de transport des résidents (Renault Master TPMR immatriculé FK-208-LN).

Je suis au regret de vous informer que le véhicule est de nouveau tombé en panne le 23 décembre, moins de deux semaines après sa restitution, avec exactement les mêmes symptômes (perte de puissance, voyant moteur allumé). Il a dû être remorqué, et nos résidents ont été privés des sorties prévues pendant les fêtes.

Dans ces conditions, nous suspendons le règlement de cette facture jusqu'à ce que la panne soit effectivement réparée, au titre de votre garantie, et qu'un rapport d'intervention nous ait été remis.

Je vous remercie de prendre contact avec M. Hamel, notre agent technique, au 03 80 52 14 60, afin d'organiser la reprise du véhicule.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Lacour
Directrice
EHPAD Les Tilleuls
4 rue des Écoles – 21121 Fontaine-lès-Dijon
Tél. 03 80 52 14 66"""),

    dict(id="s9fra018", country="FR", date="2026-12-09T10:22", fmt="outlook", stage="reminder", ago=2, fwd=True,
         inv="FA26-0791", amt="1 290,00", due="2026-11-20",
         frm="Secrétariat Transports Rey <secretariat@transports-rey.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Assistant forwards the manager's answer: paid by transfer on 2 December.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Rey, qui est sur la route cette semaine.

Bonne journée,
Amandine Colin
Secrétariat – Transports Rey
03 80 66 12 09

De : Olivier Rey <o.rey@transports-rey.fr>
Envoyé : mercredi 9 décembre 2026 07:58
À : Secrétariat Transports Rey <secretariat@transports-rey.fr>
Objet : RE: Relance : facture FA26-0791 échue – Perrin Auto Flottes SARL

Amandine, tu peux leur répondre que c'est payé depuis le 2 décembre, virement groupé avec les pneus du Scania. Envoie-leur la copie du relevé si besoin.
Olivier"""),

    dict(id="s9fra019", country="FR", date="2027-01-07T18:20", fmt="apple", stage="second_reminder", ago=3,
         inv="FA26-0823", amt="1 410,00", due="2026-12-05",
         frm="Vincent Boisseau <cuma.vingeanne@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for a PDF to present to the board. 'jeudi prochain' is the meeting, not a payment date.",
         body="""Bonjour
on a jamais reçu cette facture, ni par courrier ni par mail. vous pouvez me l'envoyer en pdf svp que je la passe au conseil d'administration de la cuma jeudi prochain
merci
Vincent Boisseau
trésorier CUMA de la Vingeanne

Envoyé de mon iPhone"""),

    dict(id="s9fra020", country="FR", date="2027-01-08T14:02", fmt="outlook", stage="firm", ago=2,
         inv="FA26-0870", amt="5 216,00", due="2026-12-15",
         frm="Comptabilité Fournisseurs <compta.fournisseurs@transalp-logistique.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Payment run 'à la date du 20/01/2027'; 5 January is the validation date.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance relative à la facture référencée en objet.

Après vérification, cette facture a été validée par notre service exploitation le 5 janvier 2027. Conformément à notre cycle de paiement fournisseurs, son règlement interviendra par virement à la date du 20/01/2027.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service Comptabilité Fournisseurs
Groupe Transalp Logistique
Site de Longvic – 9 rue des Frères Montgolfier, 21600 Longvic

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation non autorisée est interdite."""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s9fra021", country="FR", date="2026-12-14T09:15", fmt="html_gmail", stage="reminder", ago=3,
         inv="FA26-0843", amt="689,00", due="2026-12-03",
         frm="François Duvernoy <contact@relaisdumorvan-saulieu.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by transfer 'le 11/12' (11 December), crossing the reminder.",
         body="""Bonjour,

Réglé par virement le 11/12 (libellé RELAIS MORVAN FA26-0843), nos mails se sont croisés je pense.

Merci encore pour la réparation express du minibus avant le séminaire.

Bien à vous,
François Duvernoy
Hôtel Le Relais du Morvan
Saulieu – 03 80 64 09 37"""),

    dict(id="s9fra022", country="FR", date="2026-12-22T12:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-0849", amt="1 687,50", due="2026-12-10",
         frm="Sébastien Guérin <seb.guerin21@gmail.com>",
         intent="plan_request",
         note="Asks to pay a clutch repair in 3 or 4 instalments; no date.",
         body="""Bonjour Madame,

Je reviens vers vous pour la facture de l'embrayage et du volant moteur de mon Scénic. Je sais que je devais payer à la récupération de la voiture et je vous remercie d'avoir accepté que je la reprenne quand même, j'en avais besoin pour aller au travail.

Le montant est vraiment lourd pour moi en ce moment, avec Noël et la taxe foncière qui vient de passer. Est-ce que ce serait possible de payer en 3 ou 4 fois ? Je préfère vous demander plutôt que de ne rien dire.

Merci d'avance pour votre réponse,
Sébastien Guérin
06 33 70 81 45"""),

    dict(id="s9fra023", country="FR", date="2027-01-04T09:03", fmt="bounce", stage="second_reminder",
         inv="FA26-0826", amt="610,00", due="2026-12-02",
         rcpt="j.moreau@garage-moreau-beaune.fr", status="5.1.1", mta="mail.perrin-autoflottes.fr",
         remote="mx1.garage-moreau-beaune.fr",
         diag="550 5.1.1 <j.moreau@garage-moreau-beaune.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         subj="Undelivered Mail Returned to Sender",
         intent="bounce",
         note="Postfix delivery failure: recipient unknown.",
         body="""This is the mail system at host mail.perrin-autoflottes.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.moreau@garage-moreau-beaune.fr>: host mx1.garage-moreau-beaune.fr[51.91.204.17]
    said: 550 5.1.1 <j.moreau@garage-moreau-beaune.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""),

    dict(id="s9fra024", country="FR", date="2026-12-24T09:00", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-0812", amt="735,20", due="2026-11-25",
         frm="Isabelle Besson <factures@lefort-automobiles.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave until Friday 8 January inclusive: back Monday 11 January.",
         body="""Bonjour,

Je suis en congés jusqu'au vendredi 8 janvier inclus. Votre message ne sera pas transféré.
En cas d'urgence, merci de contacter l'accueil de la concession au 03 80 26 71 90.

Bonnes fêtes de fin d'année,
Isabelle Besson
Comptabilité – Lefort Automobiles"""),

    dict(id="s9fra025", country="FR", date="2026-12-16T18:45", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-0836", amt="455,00", due="2026-12-05",
         frm="Mickaël Dufour <autoecole.dufour.genlis@gmail.com>",
         intent="promise",
         note="Payment 'début janvier': a window, no single day.",
         body="""Bonjour,

Bien reçu. Je vous fais le règlement début janvier, j'attends le versement des financements CPF de plusieurs élèves qui a du retard (merci Mon Compte Formation...).

Bonne soirée
Mickaël Dufour
Auto-École Dufour Conduite – Genlis"""),

    dict(id="s9fra026", country="FR", date="2026-12-10T08:50", fmt="tb", stage="reminder", ago=3,
         inv="FA26-0832", amt="912,00", due="2026-12-01",
         frm="Alain Bertin <taxi.bertin@orange.fr>",
         intent="dispute",
         note="Invoice 232 EUR above the signed quote; offers only the quoted amount and asks for a corrected invoice.",
         body="""Bonjour,

Je conteste le montant de cette facture. Le devis que vous m'avez fait signer le 12 novembre pour le remplacement des amortisseurs avant et des silentblocs était de 680 € TTC. La facture est de 912 €, soit 232 € de plus, et personne ne m'a appelé pour me prévenir d'un supplément.

Je suis prêt à payer les 680 € du devis. Pour le reste, j'attends une explication et une facture rectifiée.

Je joins le devis signé.

Salutations,
Alain Bertin
Taxi Bertin – autorisation de stationnement n° 14, Dijon
07 62 19 03 48"""),

    dict(id="s9fra027", country="FR", date="2027-01-08T20:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0863", amt="321,60", due="2026-12-12",
         frm="Claire Morel <claire.morel.lyon@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer.",
         body="""Bonsoir,

Je pense que vous faites erreur : je ne suis pas cliente chez vous et je n'ai jamais fait réparer de voiture à Chevigny, j'habite à Lyon. Je m'appelle bien Morel mais ce n'est sûrement pas la bonne Morel :) Vérifiez l'adresse mail de votre client, il y a peut-être une faute de frappe.

Cordialement,
Claire Morel"""),

    dict(id="s9fra028", country="FR", date="2027-01-11T12:04", fmt="apple", stage="repeat", ago=3,
         inv="FA26-0877", amt="198,00", due="2026-12-18",
         frm="Lucas Fabre <lucas.fabre@icloud.com>",
         intent="paid", paid_on="2027-01-11",
         note="'Payé ce matin': paid on the reply's date.",
         body="""Payé ce matin par virement.
Lucas

Envoyé de mon iPhone"""),

    dict(id="s9fra029", country="FR", loc="GB", date="2027-01-11T16:20", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-0891", amt="2 786,00", due="2026-12-28",
         frm="Rachel Whitworth <rachel@penninefreight.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="British customer: payment in 'our Friday run, Friday 15th' (15 January); side question about the BIC.",
         body="""Hello,

Apologies for the delay - I'm the office manager at Pennine Freight. Your invoice for the emergency repair on our DAF (reg. YK19 PFL) on the A31 just before Christmas went to our driver rather than to the office, and only reached me this morning.

It's now approved and the payment will go out in our Friday run, Friday 15th, by international transfer in euros. Could you just confirm the BIC is the one printed on the invoice?

Many thanks again to your mechanic for getting our lad back on the road the same day.

Kind regards,
Rachel Whitworth
Office Manager
Pennine Freight Ltd
Unit 12, Calder Park, Wakefield WF2 7AW
+44 (0)1924 836 215"""),

    dict(id="s9fra030", country="FR", date="2027-01-05T10:15", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA26-0879", amt="742,80", due="2026-12-20",
         frm="Hélène Ravier <h.ravier@residence-lesglycines.fr>",
         intent="contact_change", new_email="fournisseurs@groupe-aubeline.fr",
         note="Billing now centralised at the group head office: send invoices and reminders to fournisseurs@groupe-aubeline.fr.",
         body="""Bonjour,

Depuis le 1er janvier 2027, l'EHPAD Résidence Les Glycines a rejoint le Groupe Aubeline Santé, et la facturation fournisseurs est désormais centralisée au siège.

Merci d'adresser à l'avenir vos factures, relances et relevés à l'adresse suivante : fournisseurs@groupe-aubeline.fr, en précisant le nom de l'établissement. La facture FA26-0879 a été transmise au siège pour traitement.

Nous vous remercions de bien vouloir mettre à jour vos fichiers.

Cordialement,

Hélène Ravier
Adjointe de direction
Résidence Les Glycines – EHPAD
12 allée des Marronniers – 21300 Chenôve
Tél. 03 80 51 27 90"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s9fra031", country="FR", date="2027-01-13T16:45", fmt="tb", stage="formal_notice", ago=2,
         inv="FA26-0760", amt="3 120,00", due="2026-11-10",
         frm="Bernard Chopin <b.chopin@chopin-emballages.fr>",
         intent="promise", promise_date="2027-01-21",
         note="Commits to pay in full 'sous huitaine' from 13 January: 21 January.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre mise en demeure du 11 janvier.

Nous regrettons d'en être arrivés là. Ce retard est dû à une difficulté de trésorerie consécutive à la défaillance de l'un de nos clients, et non à une contestation de votre prestation, dont nous sommes satisfaits.

Nous nous engageons à régler l'intégralité de la somme de 3 120,00 € sous huitaine, par virement.

Nous vous remercions de bien vouloir suspendre toute démarche de recouvrement d'ici là.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bernard Chopin
Directeur administratif et financier
Chopin Emballages SAS
5 rue de la Brot – 21700 Nuits-Saint-Georges
Tél. 03 80 61 29 83
SAS au capital de 250 000 € – RCS Dijon 433 190 866"""),

    dict(id="s9fra032", country="FR", date="2026-12-21T10:30", fmt="html_outlook", stage="firm", ago=3,
         inv=[("FA26-0702", "1 064,00", "2026-10-31"), ("FA26-0744", "528,60", "2026-11-15"), ("FA26-0788", "2 210,00", "2026-11-30")],
         frm="Patricia Vasseur <administratif@ambulances-saint-benigne.fr>",
         intent="paid", paid_on="2026-12-18",
         note="All three invoices paid by one transfer 'émis le 18/12'; statement asked only if something remains.",
         body="""Bonjour,

Les trois factures listées dans votre relance (FA26-0702, FA26-0744 et FA26-0788) ont été réglées par un seul virement de 3 802,60 € émis le 18/12 depuis notre compte au Crédit Agricole. Le libellé du virement est « AMB ST BENIGNE FACT 0702 0744 0788 ».

Merci de bien vouloir vérifier de votre côté et de nous faire parvenir un relevé de compte à jour si quelque chose restait en suspens.

Cordialement,

Patricia Vasseur
Responsable administrative
Ambulances Saint-Bénigne
28 rue d'Auxonne – 21000 Dijon
Tél. 03 80 73 40 15 – Fax 03 80 73 40 16
SAS au capital de 40 000 € – RCS Dijon 502 318 774

Ce courriel et ses éventuelles pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite."""),

    dict(id="s9fra033", country="FR", date="2026-12-23T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0855", amt="312,00", due="2026-12-15",
         frm="Auto-École Horizon <contact@autoecole-horizon21.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Office closed until Monday 4 January inclusive; reopens Tuesday 5 January.",
         body="""Bonjour,

L'auto-école est fermée pour les fêtes du mercredi 23 décembre au lundi 4 janvier inclus. Réouverture du bureau le mardi 5 janvier à 14h.

Les leçons de conduite déjà planifiées sont maintenues. Pour toute urgence concernant un examen, appelez le 06 09 45 71 28.

Toute l'équipe vous souhaite de joyeuses fêtes !
Auto-École Horizon"""),

    dict(id="s9fra034", country="FR", date="2027-01-14T22:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0889", amt="186,00", due="2026-12-30",
         frm="Yann Le Goff <yann@crossfit-rivedroite.fr>",
         intent="dispute",
         note="Refuses to pay a diagnostic that found nothing; the complaint about reminders is secondary.",
         body="""Franchement vous êtes gonflés. Je vous amène le Kangoo du club pour un bruit au freinage, votre gars le garde une journée, me dit qu'il n'a rien trouvé et qu'il faut "revenir si ça recommence", et vous me facturez 186 € de diagnostic ?? Le bruit est toujours là d'ailleurs.

Je ne paierai pas un diagnostic qui n'a rien diagnostiqué. Soit vous annulez la facture, soit vous réparez le bruit et on en reparle.

Et arrêtez de me relancer en me parlant de pénalités, ça fait 6 ans que je suis client.

Yann Le Goff
CrossFit Rive Droite"""),

    dict(id="s9fra035", country="FR", date="2027-01-15T11:10", fmt="outlook", stage="heads_up", ago=1,
         inv="FA27-0012", amt="1 380,00", due="2027-01-25",
         frm="Corinne Bourgeois <administration@transports-bourgeois.fr>",
         intent="bank_details",
         note="Announces its own new bank account and SEPA mandate for the direct debit.",
         body="""Bonjour,

Suite à votre message concernant la facture FA27-0012 du contrat d'entretien de janvier, nous vous informons que nous avons changé de banque au 1er janvier. Les prélèvements présentés sur notre ancien compte BNP seront rejetés.

Vous trouverez ci-joint notre nouveau RIB ainsi que le mandat SEPA signé :
Titulaire : TRANSPORTS BOURGEOIS SAS
Banque : Banque Populaire Bourgogne Franche-Comté
IBAN : FR76 1080 7000 4252 1943 6870 112
BIC : CCBPFRPPDJN

Merci de bien vouloir mettre à jour nos coordonnées avant le prochain prélèvement.

Cordialement,
Corinne Bourgeois
Administration – Transports Bourgeois
Rue de l'Industrie, 21110 Genlis
03 80 31 44 72"""),

    dict(id="s9fra036", country="FR", date="2027-01-18T09:40", fmt="outlook", stage="reminder", ago=4,
         inv="FA26-0895", amt="2 460,00", due="2027-01-05",
         frm="Romain Tissot <contact@autoselection21.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'Je vous règle fin janvier' = 31 January; request not to block the next jobs is secondary.",
         body="""Bonjour,

Bien reçu votre relance pour la préparation des 6 VO (facture FA26-0895). On a eu un mois de décembre très calme et on attend le règlement de deux véhicules vendus à des pros.

Je vous règle fin janvier, sans faute. Si vous pouviez éviter de bloquer les prochaines préparations d'ici là ce serait sympa, on a 4 voitures qui arrivent la semaine prochaine.

Cordialement,
Romain Tissot
Auto Sélection 21 – Véhicules d'occasion
Quetigny – 06 20 85 37 11"""),

    dict(id="s9fra037", country="FR", date="2027-01-19T08:30", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA26-0886", amt="274,30", due="2026-12-28",
         frm="Nathalie Lemaire <nath.lemaire@hotmail.fr>",
         intent="paid", paid_on="2027-01-17",
         note="Paid by card on the website 'dimanche soir' (Sunday 17 January); also wants a receipted invoice.",
         body="""Bonjour,

J'ai payé par carte bancaire sur votre site dimanche soir (274,30 €), j'ai bien reçu la confirmation par mail. Pouvez-vous vérifier que c'est arrivé et me renvoyer la facture acquittée ?

Merci,
Nathalie Lemaire"""),

    dict(id="s9fra038", country="FR", date="2026-12-17T11:00", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-0842", amt="538,00", due="2026-12-05",
         frm="Pascal Naudin <menuiserie.naudin@orange.fr>",
         intent="other",
         note="Reminder passed on to his accountant, who handles supplier payments; no new address, no commitment.",
         body="""Bonjour,

C'est mon expert-comptable qui gère les paiements fournisseurs, je lui ai transmis votre relance ce matin. Je vous laisse voir avec lui si besoin, cabinet Arnoux & Associés à Beaune.

Bonne journée
Pascal Naudin
Menuiserie Naudin"""),

    dict(id="s9fra039", country="FR", date="2027-01-19T14:25", fmt="tb", stage="firm", ago=4,
         inv=[("FA26-0715", "860,00", "2026-11-05"), ("FA26-0803", "1 120,00", "2026-11-25")],
         frm="Bruno Delage <economat@closaintjacques.fr>",
         intent="copy_request",
         note="Records do not match (credit note, partial cheque); asks for a detailed statement before paying the balance.",
         body="""Madame, Monsieur,

Nous faisons suite à votre relance concernant les factures FA26-0715 et FA26-0803.

Nos écritures ne concordent pas avec les vôtres : nous avons enregistré en novembre un avoir de votre part relatif au remplacement du hayon du Kangoo, ainsi qu'un règlement partiel par chèque. Afin de procéder au rapprochement, nous vous remercions de bien vouloir nous adresser un relevé de compte détaillé faisant apparaître l'ensemble des factures, avoirs et règlements enregistrés depuis le 1er septembre 2026.

Dès réception, nous procéderons au règlement du solde éventuellement dû.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bruno Delage
Responsable des services économiques
EHPAD Le Clos Saint-Jacques
Rue du Général de Gaulle – 21220 Gevrey-Chambertin
Tél. 03 80 34 16 52"""),

    dict(id="s9fra040", country="FR", date="2027-01-21T13:17", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-0897", amt="645,00", due="2027-01-08",
         frm="Kevin Martins <couverture.martins@gmail.com>",
         intent="promise", promise_date="2027-01-25",
         note="Transfer 'lundi 25': Monday 25 January.",
         body="""bjr je vous fais le virement lundi 25 jai eu un souci avec ma banque (carte bloquee) desole
Kevin Martins
couverture martins"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s9fra041", country="FR", date="2027-01-06T19:50", fmt="gmail", stage="repeat", ago=2,
         inv="FA26-0780", amt="2 145,00", due="2026-11-10",
         frm="Jean-Marc Thevenot <earl.des.combes@wanadoo.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Says he paid by transfer on 23 December; upset about the penalties.",
         body="""bonjour
j ai payé par virement le 23 decembre comme je vous l avais dit, 2145 euros. regardez mieu vos comptes avant d envoyer des mails avec des penalites. je peux vous envoyer le releve du credit agricole si vous voulez
JM Thevenot"""),

    dict(id="s9fra042", country="FR", date="2027-01-11T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0885", amt="1 512,00", due="2026-12-26",
         frm="Ludovic Jacquot <l.jacquot@transports-jacquot.fr>",
         subj_prefix="Absence : ",
         intent="out_of_office", return_date="2027-01-18",
         note="On leave 'jusqu'au 15/01 inclus' (Friday): back Monday 18 January. Other addresses are for urgent matters only.",
         body="""Bonjour,

Je suis actuellement en congés, jusqu'au 15/01 inclus.
Pour l'exploitation, merci de contacter Sophie au 03 80 59 21 40 ou exploitation@transports-jacquot.fr. Pour la comptabilité : compta@transports-jacquot.fr.

Cordialement,
Ludovic Jacquot"""),

    dict(id="s9fra043", country="FR", date="2027-01-20T10:12", fmt="apple", stage="final_notice", ago=5,
         inv="FA26-0872", amt="1 835,00", due="2026-12-20",
         frm="Stéphane Ricard <taxi.ricard.beaune@orange.fr>",
         intent="plan_request",
         note="After surgery, asks for extra time or monthly payments; 'courant février' is his return to work, not a payment date.",
         body="""Bonjour,

Je viens de recevoir votre dernier rappel. Désolé de ne pas avoir répondu plus tôt, j'ai été opéré du dos juste avant Noël et je n'ai pas pu travailler depuis, donc pas de courses et pas de rentrées.

Je ne refuse pas de payer la réparation du taxi, mais je vous demande un délai supplémentaire, le temps de reprendre le travail (normalement courant février d'après le chirurgien). Si vous préférez que je paie un peu chaque mois, je peux aussi.

Merci de ne pas envoyer le dossier au recouvrement, je suis de bonne foi.

Stéphane Ricard
Taxi Ricard – Beaune
06 58 21 94 30

Envoyé de mon iPhone"""),

    dict(id="s9fra044", country="FR", date="2027-01-22T15:05", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA26-0899", amt="1 326,00", due="2027-01-10",
         frm="CSP Fournisseurs <csp.fournisseurs@vauban-hotels.fr>",
         intent="promise", promise_date="2027-02-10",
         note="Will be paid in the next payment run, 10 February 2027.",
         body="""Bonjour,

Nous accusons réception de votre relance.

La facture FA26-0899 (entretien des navettes de l'Hôtel Grand Parc Dijon) nous est parvenue après la clôture de notre campagne de paiement de janvier. Elle a été validée et sera réglée lors de notre prochaine campagne, le 10 février 2027.

Pour information, nos conditions de règlement, telles que prévues au contrat cadre, sont de 45 jours fin de mois.

Cordialement,

Centre de Services Partagés – Comptabilité Fournisseurs
Groupe Hôtelier Vauban
69007 Lyon
csp.fournisseurs@vauban-hotels.fr"""),

    dict(id="s9fra045", country="FR", date="2027-01-25T10:00", fmt="outlook", stage="firm", ago=4,
         inv="FA26-0901", amt="2 240,00", due="2027-01-15",
         frm="Aurélie Simonin <a.simonin@simonin-laser.fr>",
         intent="dispute",
         note="A promised 150 EUR goodwill discount is missing; will pay only after a credit note or corrected invoice.",
         body="""Bonjour,

Lors de la révision de nos deux Master en décembre, votre chef d'atelier, M. Girard, nous avait accordé un geste commercial de 150 € HT pour compenser le retard (les véhicules nous ont été rendus avec trois jours de retard, ce qui nous a obligés à louer un utilitaire). Ce geste n'apparaît pas sur la facture FA26-0901.

Nous ne réglerons cette facture qu'à réception de l'avoir correspondant ou d'une facture rectifiée. Merci de ne pas nous appliquer de pénalités pour un retard qui ne nous est pas imputable.

Cordialement,

Aurélie Simonin
Assistante de direction
Simonin Découpe Laser SARL
ZAE Les Terres Rouges – 21160 Couchey
Tél. 03 80 52 73 18"""),

    dict(id="s9fra046", country="FR", date="2027-01-26T16:30", fmt="tb", stage="heads_up", ago=1,
         inv="FA27-0041", amt="228,00", due="2027-02-05",
         frm="Robert Chaumont <r.chaumont@neuf.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the email reminders; pays by cheque on the paper invoice.",
         body="""Bonjour,

Je vous prie de bien vouloir me retirer de la liste de diffusion de ces rappels par courriel. Je n'ai jamais donné mon accord pour les recevoir, et je règle toujours vos factures à réception du courrier, par chèque, comme je le fais depuis des années.

Merci d'en prendre note.

Robert Chaumont"""),

    dict(id="s9fra047", country="FR", date="2027-01-25T08:10", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FA26-0893", amt="918,40", due="2027-01-02",
         frm="Thibault Girardot <electricite.girardot@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Transfer made 'vendredi 22/01'; screenshot attached.",
         body="""Bonjour,

Virement fait vendredi 22/01, je vous mets la capture d'écran en pièce jointe. J'ai mis le numéro de facture dans le libellé. Il devrait être sur votre compte aujourd'hui ou demain.

Cordialement
Thibault Girardot
Électricité Girardot – 06 47 30 12 85"""),

    dict(id="s9fra048", country="FR", date="2027-01-25T14:40", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-0900", amt="1 094,00", due="2027-01-12",
         frm="Jérôme Piquet <demenagements.piquet@gmail.com>",
         intent="promise", promise_date="2027-01-27",
         note="Pays 'mercredi' (Wednesday 27 January); question about the second truck's inspection is secondary.",
         body="""Bonjour Mme Perrin,

Pas de souci, je paie mercredi par virement, j'attendais juste le retour de mon associé.

Par contre pouvez-vous me dire quand est prévu le contrôle technique du 2e camion (l'Iveco) ? On m'avait parlé de fin février mais je n'ai rien reçu, et il faut que je le bloque dans le planning.

Merci
Jérôme Piquet
Déménagements Piquet
06 14 77 28 50"""),

    dict(id="s9fra049", country="FR", date="2027-01-27T11:30", fmt="outlook", stage="repeat", ago=2,
         inv="FA26-0868", amt="412,70", due="2026-12-15",
         frm="Henri Baudot <henri.baudot@orange.fr>",
         intent="other",
         note="Daughter replies: the customer died on 29 December; invoice to be sent to the notary handling the estate.",
         body="""Bonjour,

Je me permets de vous répondre à la place de mon père, M. Henri Baudot, dont je consulte la messagerie. Mon père est décédé le 29 décembre dernier.

La succession est confiée à Maître Lucie Fontaine, notaire à Dijon (office notarial Fontaine & Roche, 7 place Darcy). Je vous invite à lui adresser votre facture afin qu'elle soit prise en compte dans le règlement de la succession.

Cordialement,
Marie Baudot-Lenoir"""),

    dict(id="s9fra050", country="FR", date="2027-01-28T18:05", fmt="apple", stage="second_reminder", ago=3,
         inv="FA26-0902", amt="387,00", due="2027-01-15",
         frm="Fred Renard <platrerie.renard@gmail.com>",
         intent="promise",
         note="Promises 'la semaine prochaine': no single day.",
         body="""Salut,
Oui je sais je suis en retard, je regle ça la semaine prochaine promis. La je suis sur un chantier à Besançon toute la semaine et c'est ma femme qui fait les virements, elle est en vacances jusqu'a dimanche.
Fred
Plâtrerie Renard

Envoyé de mon iPhone"""),
]
