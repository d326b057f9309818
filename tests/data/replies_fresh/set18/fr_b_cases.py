"""fr_b: French debtors replying to Propreté Vallée du Gier SARL (cleaning services, Rive-de-Gier). Handwritten, one by one."""

CASES = [
    dict(id="s18frb001", country="FR", date="2026-12-08T19:42", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-1187", amt="264,00", due="2026-11-30",
         frm="Karim Benali <pizzeria.latourdepise42@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'vendredi' from Tuesday 8 December = Friday 11 December.",
         body="""ok je fais le virement vendredi

Envoyé de mon iPhone"""),

    dict(id="s18frb002", country="FR", date="2026-12-09T10:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1102", amt="1 836,00", due="2026-11-15",
         frm="Secrétariat Mairie <secretariat@mairie-saintmartinlacote.fr>",
         intent="promise",
         note="Town hall: mandate issued, the public treasury will pay 'dans les prochains jours'; no single date.",
         body="""Bonjour,

Je vous informe que le mandat correspondant à votre facture FA-2026-1102 (entretien des locaux communaux – octobre) a été émis le 3 décembre.

Le paiement est désormais entre les mains du Service de Gestion Comptable de Saint-Chamond, le virement devrait vous parvenir dans les prochains jours. Les délais de la trésorerie ne dépendent malheureusement pas de nous.

Bien cordialement,

Sylvie Roche
Secrétaire de mairie
Mairie de Saint-Martin-la-Côte
Place de la Mairie – 42800 Saint-Martin-la-Côte
Tél. 04 77 20 41 09
Accueil du public : lundi, mardi, jeudi 8h30-12h / vendredi 14h-17h"""),

    dict(id="s18frb003", country="FR", date="2026-12-10T08:47", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-1151", amt="540,00", due="2026-11-25",
         frm="Atelier Brunel Architectes <contact@atelier-brunel-archi.fr>",
         intent="paid", paid_on="2026-12-10",
         note="Transfer made 'ce matin', the day of the reply.",
         body="""Bonjour,

Toutes nos excuses pour ce retard, la facture était restée coincée dans le parapheur de Julien.
Le virement de 540 € a été fait ce matin, vous devriez le voir d'ici demain.

Bonne journée,

Marion Brunel
Atelier Brunel Architectes
7 quai de la Gare – 42400 Saint-Chamond
06 62 18 90 47"""),

    dict(id="s18frb004", country="FR", date="2026-12-18T16:30", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1219", amt="2 112,00", due="2026-12-15",
         frm="Gestion Collège Louise-Michel <gest.0420987x@ac-lyon.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 19 Dec to 3 Jan inclusive (3 Jan a Sunday): first working day back Monday 4 January.",
         body="""Bonjour,

Je suis absente du 19 décembre 2026 au 3 janvier 2027 inclus (vacances scolaires). Votre message sera traité à mon retour.

Pour toute urgence concernant le service de restauration, merci de contacter le secrétariat de direction au 04 77 83 12 60.

Cordialement,

Nathalie Vernet
Adjointe gestionnaire
Collège Louise-Michel"""),

    dict(id="s18frb005", country="FR", date="2026-12-11T11:20", fmt="tb", stage="second_reminder", ago=4,
         inv="FA-2026-1120", amt="698,40", due="2026-11-20",
         frm="Cabinet Ravel Immobilier – Syndic <syndic@ravel-immobilier.fr>",
         intent="dispute",
         note="Syndic withholds payment: window cleaning in the invoice was not done; asks for a corrected invoice.",
         body="""Bonjour,

Concernant la facture FA-2026-1120 (résidence Les Tilleuls, 22 avenue de Lyon), nous ne procéderons pas au règlement en l'état.

Votre facture reprend le nettoyage des parties communes ET le lavage des vitres du hall et des cages d'escalier. Or plusieurs copropriétaires ainsi que le président du conseil syndical nous ont signalé que les vitres n'ont pas été faites en novembre (photos à l'appui, que je peux vous transmettre).

Merci de nous adresser une facture rectifiée sans la ligne "vitrerie" (186,00 € HT) ou de nous confirmer une date d'intervention. Dès réception, nous mettrons la facture en paiement.

Cordialement,

Laurent Ravel
Gestionnaire de copropriété
Cabinet Ravel Immobilier
3 rue Michelet – 42800 Rive-de-Gier
04 77 75 08 33
Carte professionnelle CPI 4202 2019 000 041 117 délivrée par la CCI Lyon Métropole Saint-Étienne Roanne"""),

    dict(id="s18frb006", country="FR", date="2026-12-14T14:05", fmt="gmail", stage="firm", ago=3,
         inv="FA-2026-1034", amt="780,00", due="2026-10-31",
         frm="Judo Club Giérien <tresorerie.judoclubgierien@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Partial payment of 300 EUR made today; the balance of 480 EUR promised for 15 January.",
         body="""Bonjour,

Je suis le trésorier du club depuis peu, j'ai récupéré le dossier en retard, désolé.

J'ai fait aujourd'hui un virement de 300 € pour la facture FA-2026-1034 (nettoyage du dojo après le stage de la Toussaint). Le solde, soit 480 €, sera viré le 15 janvier, quand les cotisations du 2e trimestre seront rentrées.

Est-ce que ça vous convient ? Merci de ne pas appliquer les pénalités, on est une petite association de bénévoles.

Sportivement,
Olivier Marchetti
Trésorier – Judo Club Giérien
07 81 44 26 93"""),

    dict(id="s18frb007", country="FR", date="2026-12-15T09:32", fmt="html_outlook", stage="reminder", ago=6,
         inv="FA-2026-1166", amt="432,00", due="2026-11-28",
         frm="CCAS de Lorette – Comptabilité <comptabilite@ccas-lorette.fr>",
         intent="copy_request",
         note="Public buyer: the invoice must be filed on Chorus Pro before it can be paid.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance. Toutefois, nous ne trouvons aucune trace de la facture FA-2026-1166 sur le portail Chorus Pro.

Pour rappel, en tant qu'établissement public, le CCAS ne peut mandater que les factures déposées sur Chorus Pro (SIRET du CCAS : 264 200 512 00019, code service : COMPTA). Les factures envoyées par mail ou par courrier ne peuvent pas être traitées.

Merci de bien vouloir procéder au dépôt ; le paiement interviendra ensuite dans le délai réglementaire de 30 jours.

Cordialement,

Christine Faure
Service comptabilité
CCAS de Lorette
04 77 73 55 21"""),

    dict(id="s18frb008", country="FR", date="2026-12-15T22:14", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1193", amt="150,00", due="2026-12-01",
         frm="Auto Ecole Pilote <autoecolepilote42@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Card payment on the link 'hier soir' = 14 December.",
         body="""bonsoir c regle par cb sur votre lien hier soir, j ai recu la confirmation par mail
bonne soirée
Fred

Envoyé depuis mon Galaxy"""),

    dict(id="s18frb009", country="FR", date="2026-12-16T13:00", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1098", amt="96,00", due="2026-11-10",
         frm="Gisèle Thomasset <gisele.thomasset@laposte.net>",
         intent="unsubscribe",
         note="Asks to stop receiving the automatic emails; says nothing about payment.",
         body="""Bonjour

Je ne souhaite plus recevoir de messages automatiques de votre part sur cette adresse. Merci de me retirer de vos envois.

Si vous avez besoin de me joindre, je préfère un courrier ou un appel au 04 77 75 62 18, je ne regarde presque jamais mes mails.

Mme Thomasset"""),

    dict(id="s18frb010", country="FR", date="2026-12-09T17:50", fmt="outlook", stage="reminder", ago=2,
         inv="FA-2026-1144", amt="372,00", due="2026-11-25",
         frm="Traiteur Moulin & Fils <administratif@traiteur-moulin.fr>",
         intent="promise", promise_date="2026-12-17",
         note="'sous huitaine' from Wednesday 9 December = 17 December.",
         body="""Bonjour,

Bien reçu. Période très chargée chez nous avec les repas de fin d'année, la compta prend du retard.
Votre facture sera réglée sous huitaine.

Cordialement,

Sandrine Moulin
Traiteur Moulin & Fils
ZA du Clos – 42400 Saint-Chamond
Tél : 04 77 22 70 15
SAS au capital de 20 000 € – RCS Saint-Étienne 421 093 668"""),

    dict(id="s18frb011", country="FR", date="2026-12-21T08:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-2026-1172", amt="1 544,00", due="2026-11-30",
         frm="Direction EHPAD Les Glycines <direction@ehpad-lesglycines.fr>",
         intent="out_of_office", return_date="2026-12-29",
         note="Away until Monday 28 December inclusive: back Tuesday 29 December.",
         subj_prefix="Absente : ",
         body="""Bonjour,

Je suis absente jusqu'au lundi 28 décembre inclus.

Pour les questions administratives et de facturation, vous pouvez écrire à accueil@ehpad-lesglycines.fr ou appeler le 04 77 75 90 00.
Pour toute urgence concernant les résidents, contactez l'infirmière coordinatrice.

Cordialement,
Hélène Garnier
Directrice"""),

    dict(id="s18frb012", country="FR", date="2026-12-17T23:10", fmt="apple", stage="second_reminder", ago=3,
         inv="FA-2026-1128", amt="520,00", due="2026-11-20",
         frm="Le Comptoir du Gier <lecomptoirdugier@sfr.fr>",
         intent="dispute",
         note="Angry: says only 2 of the 4 billed cleanings took place; refuses to pay the invoice as it is.",
         body="""Franchement c'est une blague ?

Vous me facturez 4 passages en novembre, votre employée est venue DEUX fois. Le 2e et le 4e mardi personne, j'ai dû faire la plonge et la salle moi même avant le service du midi. Je l'ai dit au téléphone à votre collègue qui devait me rappeler, j'attends toujours.

Je paierai les 2 passages faits, pas un de plus. Refaites la facture.

Et arrêtez vos relances automatiques tant que c'est pas réglé entre nous.

T. Vial
Le Comptoir du Gier"""),

    dict(id="s18frb013", country="FR", date="2026-12-22T18:40", fmt="gmail", stage="firm", ago=4,
         inv=[("FA-2026-0988", "640,00", "2026-10-15"), ("FA-2026-1075", "640,00", "2026-11-15")],
         frm="Basket Club Farnay <bcfarnay.bureau@gmail.com>",
         intent="plan_request",
         note="Asks to pay the two invoices in several instalments; no date committed.",
         body="""Bonjour,

Nous avons bien reçu votre relance pour les deux factures de nettoyage du gymnase.

Je ne vais pas vous mentir, la trésorerie du club est très basse cette saison (baisse de la subvention municipale et de la buvette). Nous ne pouvons pas régler 1 280 € d'un coup.

Serait-il possible d'étaler le paiement sur plusieurs mois ? Nous pourrions par exemple faire un virement chaque mois, selon ce que vous accepterez. Dites-nous ce qui vous semble possible.

Merci d'avance pour votre compréhension et bonnes fêtes,

Corinne Dumas
Présidente du Basket Club Farnay
06 19 72 38 05"""),

    dict(id="s18frb014", country="FR", date="2026-12-14T10:05", fmt="tb", stage="reminder", ago=3,
         inv="FA-2026-1160", amt="288,00", due="2026-11-30",
         frm="Comptabilité BET Fluides Jarez <compta@betfluides-jarez.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Transfer issued Friday 11/12.",
         body="""Bonjour,

Le virement a été émis vendredi 11/12, libellé "BET FLUIDES JAREZ FA-2026-1160".
Il devrait apparaître sur votre compte aujourd'hui ou demain.

Cordialement,

--
Agnès Peyron
Service comptable
BET Fluides Jarez – Bureau d'études thermiques et fluides
25 rue de la République – 42800 Rive-de-Gier
Tél. 04 77 83 47 10"""),

    dict(id="s18frb015", country="FR", date="2026-12-23T11:45", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-1204", amt="186,00", due="2026-12-10",
         frm="Cabinet Infirmier du Pilat <cabinet.infirmier.pilat@wanadoo.fr>",
         intent="other",
         note="Says the invoice was passed to their accountant; no payment statement or date.",
         body="""Bonjour,

J'ai transmis votre facture à notre cabinet comptable (Fiducial Saint-Chamond) qui gère les règlements fournisseurs pour nous. C'est eux qui vont revenir vers vous.

Bonnes fêtes de fin d'année,

Isabelle Chaize
Cabinet Infirmier du Pilat"""),

    dict(id="s18frb016", country="FR", date="2026-12-28T09:20", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA-2026-1140", amt="348,00", due="2026-11-25",
         frm="Lucie Berthet <l.berthet@agence-giers-immo.fr>",
         intent="contact_change", new_email="comptabilite@agence-giers-immo.fr",
         note="Asks that invoices and reminders go to the accounting address.",
         body="""Bonjour,

Je suis négociatrice et je ne gère pas les factures de l'agence. Merci d'envoyer dorénavant vos factures et relances à notre service comptable : comptabilite@agence-giers-immo.fr

Je leur ai transféré votre message.

Bien à vous,

Lucie Berthet
Conseillère immobilier
Agence Giers Immo
12 place de la Libération – 42800 Rive-de-Gier
Tél. 04 77 83 61 70 – Port. 06 45 20 88 13
Carte T n° CPI 4202 2017 000 022 356"""),

    dict(id="s18frb017", country="FR", date="2026-12-10T15:12", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1089", amt="3 264,00", due="2026-11-10",
         frm="Comptabilité Fournisseurs – Clinique du Parc <fournisseurs@clinique-duparc-stchamond.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Will be paid in the supplier payment run of 22 December.",
         body="""Bonjour,

Votre facture FA-2026-1089 a bien été validée par le service des achats après rapprochement avec le bon de commande BC-26-04412.

Elle sera réglée par virement lors de notre prochaine campagne de paiement fournisseurs, prévue le 22 décembre.

Cordialement,

Pascale Morel
Comptabilité fournisseurs
Clinique du Parc – Groupe Santé Loire
Tél. : 04 77 31 88 52

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    dict(id="s18frb018", country="FR", date="2027-01-05T10:40", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1262", amt="225,00", due="2026-12-31",
         frm="Pharmacie des Verchères <pharmacie.vercheres@gmail.com>",
         intent="bank_details",
         note="Asks for the firm's RIB to pay by transfer instead of the online link.",
         body="""Bonjour et bonne année,

Pourriez-vous nous envoyer votre RIB ? Nous ne payons jamais par lien en ligne (consigne de notre expert-comptable après une tentative de fraude l'an dernier), uniquement par virement depuis notre banque.

Dès réception je fais le nécessaire.

Merci,
Claire Ogier
Pharmacie des Verchères
04 77 75 12 84"""),

    dict(id="s18frb019", country="FR", date="2027-01-06T20:15", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1236", amt="1 090,00", due="2026-12-15",
         frm="Jean-Pierre Collomb <jp.collomb42@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Cheque posted 'lundi' = Monday 4 January.",
         body="""Bonsoir,

Je vous ai posté le chèque lundi, à l'ordre de Propreté Vallée du Gier, pour le nettoyage de fin de chantier de la maison rue des Vergers. Avec la grève de la Poste ça a pu prendre du retard.

Encore merci à vos deux agents, la maison était nickel pour notre emménagement.

Jean-Pierre Collomb"""),

    dict(id="s18frb020", country="FR", date="2027-01-07T09:00", fmt="bounce",
         inv="FA-2026-1231", rcpt="boulangerie.reynaud@orange.fr", status="5.1.1",
         mta="amazonses.com", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <boulangerie.reynaud@orange.fr>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
boulangerie.reynaud@orange.fr

The recipient's mail server rejected the message: the address does not exist."""),

    dict(id="s18frb021", country="FR", date="2026-12-18T12:30", fmt="apple", stage="reminder", ago=4,
         inv="FA-2026-1199", amt="410,00", due="2026-12-05",
         frm="Dr Amandine Royer <cabinet.royer.dentiste@orange.fr>",
         intent="promise",
         note="'après les fêtes' is a vague time, no single date.",
         body="""Bonjour,

Désolée, je n'ai pas eu une minute ce mois-ci. Je m'en occupe après les fêtes sans faute.

Dr A. Royer
Chirurgien-dentiste
2 bis rue Victor-Hugo, 42800 Rive-de-Gier

Envoyé de mon iPad"""),

    dict(id="s18frb022", country="FR", date="2027-01-07T14:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA-2026-1212", amt="1 176,00", due="2026-12-20",
         frm="Intendance Lycée Professionnel Claude-Lebois <intendance.lp-lebois@ac-lyon.fr>",
         intent="copy_request",
         note="Needs the purchase-order number on the invoice before it can be paid.",
         body="""Bonjour,

Votre facture FA-2026-1212 (remise en état des ateliers après travaux) ne mentionne aucun numéro de bon de commande. Sans ce numéro, l'agent comptable ne peut pas la prendre en charge.

Le bon de commande vous a été transmis le 24 novembre par M. Teyssier. Merci de nous renvoyer une facture portant ce numéro (format BC 2026-xxxx), ou de nous indiquer si vous ne l'avez pas reçu, auquel cas nous vous en adresserons une copie.

Cordialement,

Gilles Perrin
Secrétaire d'intendance
Lycée professionnel Claude-Lebois
04 77 29 30 14"""),

    dict(id="s18frb023", country="FR", date="2027-01-08T16:00", fmt="html_outlook", stage="firm", ago=2,
         inv="FA-2026-1109", amt="624,00", due="2026-11-18",
         frm="Services techniques – Commune de Tartaras <st@tartaras-commune.fr>",
         intent="dispute",
         note="Commune contests the service (salle des fêtes cleaning not done properly) and suspends payment.",
         body="""Madame, Monsieur,

Je fais suite à votre relance concernant la facture FA-2026-1109 relative au nettoyage de la salle des fêtes après le repas des aînés du 14 novembre.

Lors de l'état des lieux du lundi 16 novembre, l'agent communal a constaté que les sanitaires et la cuisine n'avaient pas été nettoyés, et que les sols de la grande salle présentaient encore des traces importantes. Un constat avec photographies a été dressé et le personnel communal a dû reprendre le ménage avant la location du week-end suivant.

Dans ces conditions, la commune ne peut certifier le service fait et la facture ne sera pas mandatée en l'état. Nous vous proposons d'établir un avoir partiel ; nous restons disponibles pour en discuter.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bernard Chavanne
Adjoint au maire délégué aux bâtiments communaux
Commune de Tartaras
Tél. 04 77 75 22 40"""),

    dict(id="s18frb024", country="FR", date="2027-01-11T09:50", fmt="outlook", stage="repeat", ago=1, fwd=True,
         inv="FA-2026-1183", amt="936,00", due="2026-12-10",
         frm="Émilie Sauvignet <e.sauvignet@cabinet-faure-notaires.fr>",
         intent="paid", paid_on="2026-12-30",
         note="Forwarded by an assistant; the notary says it was paid by transfer on 30/12.",
         body="""Bonjour,

Je vous transfère la réponse de Maître Faure ci-dessous. Je vous joins l'avis de virement dès que la banque nous l'envoie.

Cordialement,
Émilie Sauvignet
Assistante – Office notarial Faure & Delorme

-----Message d'origine-----
De : Maître Antoine Faure
Envoyé : lundi 11 janvier 2027 09:31
À : Émilie Sauvignet
Objet : RE: Rappel facture nettoyage

Émilie, c'est payé, j'ai signé le virement le 30/12 avec les autres fournisseurs. Réponds-leur stp.
AF"""),

    dict(id="s18frb025", country="FR", date="2026-12-24T10:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1240", amt="312,00", due="2026-12-20",
         frm="Agence Pixelune <hello@pixelune-studio.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Agency closed 24 Dec to 1 Jan, reopening Monday 4 January.",
         body="""Bonjour,

L'agence Pixelune est fermée du jeudi 24 décembre au vendredi 1er janvier.
Réouverture le lundi 4 janvier 2027 : nous répondrons à votre message dès notre retour.

Toute l'équipe vous souhaite de belles fêtes !

Pixelune – Studio de communication graphique
www.pixelune-studio.fr"""),

    dict(id="s18frb026", country="FR", date="2027-01-11T19:30", fmt="gmail", stage="final_notice", ago=3,
         inv="FA-2026-1158", amt="168,00", due="2026-11-30",
         frm="Nadège Fayolle <nadege.fayolle@hotmail.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Cheque to be posted 'demain' = Tuesday 12 January.",
         body="""bonsoir,
desolée j'avais completement zappé avec le déménagement. je vous poste le cheque demain matin en allant au travail.
Nadège Fayolle"""),

    dict(id="s18frb027", country="FR", date="2027-01-12T21:05", fmt="gmail", stage="firm", ago=5,
         inv="FA-2026-1196", amt="1 380,00", due="2026-12-05",
         frm="Martine Gonon <martine.gonon@free.fr>",
         intent="plan_request",
         note="Private customer asks to pay in instalments because of a hard situation; no date committed.",
         body="""Bonjour Madame, Monsieur,

Je vous écris au sujet de la facture pour le nettoyage complet de l'appartement de ma mère après son décès (rue Gambetta). Je ne conteste pas du tout la somme, le travail a été très bien fait et je vous en remercie.

Mais la succession est bloquée chez le notaire et je dois avancer seule tous les frais en attendant, avec mon salaire. Je ne peux pas vous régler 1 380 € en une fois.

Est-il possible de vous payer en plusieurs fois, sur quatre ou cinq mois par exemple ? Je peux faire des virements mensuels ou vous donner plusieurs chèques. Je m'engagerai à respecter ce que nous déciderons ensemble.

Je vous remercie par avance de votre compréhension.

Martine Gonon
06 71 28 44 09"""),

    dict(id="s18frb028", country="FR", date="2027-01-13T11:00", fmt="tb", stage="second_reminder", ago=2,
         inv=[("FA-2026-1117", "744,00", "2026-11-20"), ("FA-2026-1203", "744,00", "2026-12-20")],
         frm="Direction Administrative – Menuiserie Giraud <admin@menuiserie-giraud.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire): creditor must declare its claim to the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que, par jugement du Tribunal de commerce de Saint-Étienne en date du 30 novembre 2026, la société Menuiserie Giraud SAS a été placée en redressement judiciaire.

Les créances nées avant le jugement ne peuvent plus être réglées directement par la société. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné :

SELARL MJ Synergie – Maître Laure Duclos
12 rue de la Résistance – 42000 Saint-Étienne

La déclaration doit intervenir dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous restons à votre disposition.

--
Pierre Giraud
Président – Menuiserie Giraud SAS
ZI du Puits Martin – 42800 Rive-de-Gier"""),

    dict(id="s18frb029", country="FR", date="2027-01-13T15:30", fmt="html_outlook", stage="repeat", ago=1,
         inv=[("FA-2026-1124", "1 020,00", "2026-11-25"), ("FA-2026-1209", "1 020,00", "2026-12-25"),
              ("FA-2026-1250", "255,00", "2026-12-31")],
         frm="Accounts Payable Loire Logistique <ap.loirelogistique@groupe-transalp.com>",
         intent="paid", paid_on="2027-01-08",
         note="Three invoices paid together in a grouped transfer on 08/01/2027.",
         body="""Bonjour,

Les trois factures citées dans votre relance (FA-2026-1124, FA-2026-1209 et FA-2026-1250) ont été réglées ensemble par virement groupé le 08/01/2027, pour un montant total de 2 295,00 €.

Référence de paiement : TRX-LL-270108-0047. Le libellé bancaire mentionne "GROUPE TRANSALP REGLT FOURN".

Merci de mettre à jour votre compte client.

Cordialement,

Anaïs Fournel
Comptabilité fournisseurs – Centre de services partagés
Groupe Transalp
69800 Saint-Priest
Tél. +33 4 72 14 60 30

Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s18frb030", country="FR", date="2026-12-30T10:10", fmt="outlook", stage="reminder", ago=2,
         inv=[("FA-2026-1228", "468,00", "2026-12-20"), ("FA-2026-1229", "96,00", "2026-12-20")],
         frm="Compta – Garage Bouchet <compta@garage-bouchet42.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Both invoices will go with the transfer of 8 January.",
         body="""Bonjour,

Le garage est en fermeture partielle entre les fêtes. Vos deux factures partiront avec notre virement fournisseurs du 8 janvier.

Cdt,
Véronique Bouchet
Garage Bouchet – Agent Renault
04 77 75 40 91"""),

    dict(id="s18frb031", country="FR", date="2027-01-14T08:15", fmt="gmail", stage="repeat", ago=2,
         inv="FA-2026-1131", amt="72,00", due="2026-11-25",
         frm="Roland Peyrard <roland.peyrard@orange.fr>",
         intent="unsubscribe",
         note="Demands to be removed from the automatic reminder emails.",
         body="""DÉSINSCRIPTION.

C'est le troisième mail automatique que je reçois. Je ne veux plus de ces messages envoyés par une machine. Retirez mon adresse de votre liste.
Si votre entreprise veut me parler, elle a mon adresse postale.

R. Peyrard"""),

    dict(id="s18frb032", country="FR", date="2027-01-14T17:40", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-1244", amt="2 028,00", due="2026-12-31",
         frm="Géomètres Experts Associés du Jarez <administration@geajarez.fr>",
         intent="dispute",
         note="Amount billed exceeds the signed quote; asks for a corrected invoice before paying.",
         body="""Bonjour,

Nous contestons le montant de la facture FA-2026-1244.

Votre devis D-2026-318, signé le 2 octobre, prévoyait un forfait de 1 450,00 € HT pour le nettoyage de nos nouveaux bureaux avant installation, soit 1 740,00 € TTC. La facture s'élève à 1 690,00 € HT (2 028,00 € TTC), sans qu'aucun avenant ni travaux supplémentaires ne nous aient été proposés.

Merci de nous adresser une facture conforme au devis. Nous la réglerons dès réception.

Salutations,

--
Hugo Mathevon
Géomètre-expert associé
GEA Jarez – 8 rue Marcel-Sembat – 42400 Saint-Chamond
Tél. 04 77 22 15 66
Membre de l'Ordre des Géomètres-Experts"""),

    dict(id="s18frb033", country="FR", date="2027-01-15T11:05", fmt="outlook", stage="reminder", ago=4,
         inv="FA-2026-1255", amt="540,00", due="2026-12-31",
         frm="Accueil Mairie de Chagnon <mairie@chagnon-village.fr>",
         intent="copy_request",
         note="Town hall never received the invoice; asks for a PDF copy.",
         body="""Bonjour,

Nous n'avons jamais reçu cette facture (ni par courrier ni par mail). Pouvez-vous nous l'envoyer en PDF à cette adresse pour que je la transmette à Mme le Maire pour validation ?

Merci.

Mairie de Chagnon
Secrétariat – ouvert mardi et jeudi
04 77 75 31 07"""),

    dict(id="s18frb034", country="FR", date="2027-01-04T18:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA-2026-1177", amt="396,00", due="2026-12-01",
         frm="Les Amis de la Médiathèque <amismediatheque.rdg@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="'d'ici la fin janvier' = 31 January.",
         body="""Bonjour,

Meilleurs voeux pour 2027 !

Notre bureau s'est réuni ce soir : la facture du ménage après la bourse aux livres sera réglée d'ici la fin janvier, dès que notre nouvelle trésorière aura la signature sur le compte.

Bien cordialement,
Françoise Billon
Présidente – Les Amis de la Médiathèque de Rive-de-Gier"""),

    dict(id="s18frb035", country="FR", date="2026-12-21T07:30", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1225", amt="480,00", due="2026-12-18",
         frm="Crèche Les P'tits Loups <direction@creche-ptitsloups42.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Crèche closed 21/12 to 03/01 inclusive (3 January a Sunday): back Monday 4 January.",
         subj_prefix="Réponse automatique : ",
         body="""Bonjour,

La crèche est fermée du 21/12 au 03/01 inclus. Les messages seront lus à la réouverture.

Bonnes fêtes à tous,
L'équipe des P'tits Loups"""),

    dict(id="s18frb036", country="FR", date="2027-01-18T10:25", fmt="html_outlook", stage="repeat", ago=3,
         inv="FA-2026-1211", amt="4 188,00", due="2026-12-20",
         frm="Comptabilité Fournisseurs <comptabilite.fournisseurs@dufour-vitrages-industrie.fr>",
         intent="paid", paid_on="2027-01-05",
         note="AP department: transfer made on 05/01/2027.",
         body="""Bonjour,

Après vérification, la facture FA-2026-1211 a été réglée par virement SEPA le 05/01/2027 (lot de paiement n° 2027-001-FR42).

Si vous ne retrouvez pas ce règlement, merci de nous transmettre un relevé de compte afin que nous puissions faire le rapprochement.

Cordialement,

Service Comptabilité Fournisseurs
Dufour Vitrages Industrie – Site de Saint-Chamond
Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, vous êtes prié de le détruire et d'en informer l'expéditeur."""),

    dict(id="s18frb037", country="FR", date="2027-01-06T12:10", fmt="apple", stage="reminder", ago=2,
         inv="FA-2026-1241", amt="132,00", due="2026-12-31",
         frm="Sophie Arnaud <sophie.arnaud.yoga@icloud.com>",
         intent="promise", promise_date="2027-01-11",
         note="'lundi prochain' from Wednesday 6 January = Monday 11 January.",
         body="""Bonjour,

Pas de souci, je règle la facture du studio lundi prochain, c'est le jour où je fais toute ma paperasse.

Belle année,
Sophie
Studio Om Shanti – yoga & pilates"""),

    dict(id="s18frb038", country="FR", date="2027-01-19T09:45", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2027-0012", amt="204,00", due="2027-01-15",
         frm="Bernard Chometon <b.chometon@gmail.com>",
         intent="other",
         note="Wrong recipient: says he has never been a customer and is not the firm named on the invoice.",
         body="""Bonjour,

Je pense qu'il y a une erreur d'adresse. Je ne suis pas la SCI Chometon Frères et je n'ai jamais fait appel à vos services. C'est peut-être un homonyme, je n'en sais rien.

Merci de corriger votre fichier.

B. Chometon"""),

    dict(id="s18frb039", country="FR", date="2027-01-19T14:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA-2026-1248", amt="918,00", due="2026-12-31",
         frm="Cabinet Ravel Immobilier – Syndic <syndic@ravel-immobilier.fr>",
         intent="contact_change", new_email="c.jourjon@ravel-immobilier.fr",
         note="Syndic: a new accountant handles supplier payments; reminders to go to her address.",
         body="""Bonjour,

À compter de ce mois-ci, la comptabilité des copropriétés est reprise par Mme Céline Jourjon. Merci d'adresser toutes vos factures et relances à son adresse : c.jourjon@ravel-immobilier.fr (et non plus à l'adresse générale du syndic).

Je lui transmets votre relance pour la résidence Le Belvédère.

Cordialement,

Laurent Ravel
Cabinet Ravel Immobilier
04 77 75 08 33"""),

    dict(id="s18frb040", country="FR", date="2027-01-20T10:00", fmt="tb", stage="firm", ago=2,
         inv="FA-2026-1095", amt="1 248,00", due="2026-11-15",
         frm="Association Solidarité Gier Emploi <contact@solidarite-gier-emploi.org>",
         intent="promise",
         note="Will pay once the Département grant arrives, 'normalement courant février': no single date.",
         body="""Bonjour,

Nous sommes conscients du retard et nous nous en excusons.

Notre association (chantier d'insertion) attend le versement du solde de la subvention 2026 du Département, qui a été voté mais pas encore versé. Votre facture sera réglée dès que les fonds seront sur notre compte, normalement courant février d'après le service instructeur.

Nous vous tiendrons informés si cela devait glisser.

Bien cordialement,

--
Karine Soulier
Directrice administrative et financière
Association Solidarité Gier Emploi
Association loi 1901 – SIRET 444 118 902 00035
04 77 83 09 52"""),

    dict(id="s18frb041", country="FR", date="2027-01-21T08:30", fmt="apple", stage="reminder", ago=1,
         inv="FA-2027-0008", amt="144,00", due="2027-01-15",
         frm="Cédric Lafont <cedric.lafont@me.com>",
         intent="paid", paid_on="2027-01-20",
         note="'Réglé hier' on Thursday 21 January = 20 January.",
         body="""Réglé hier par virement.
Cdlt

C. Lafont

Envoyé de mon iPhone"""),

    dict(id="s18frb042", country="FR", date="2027-01-22T13:15", fmt="gmail", stage="reminder", ago=3, loc="GB",
         inv="FA-2027-0003", amt="360,00", due="2027-01-10",
         frm="Rachel Whitmore <rachel@whitmore-translations.co.uk>",
         intent="paid", paid_on="2027-01-19",
         note="English-speaking customer: paid via the online link on the 19th (January).",
         body="""Hello,

Thanks for the reminder. I paid this on the 19th using the link in your email – I got a confirmation page but no receipt by email. Could you check it's come through on your side?

Merci beaucoup,

Rachel Whitmore
Whitmore Translations – bureau de Saint-Étienne
+44 7700 914 382"""),

    dict(id="s18frb043", country="FR", date="2027-01-25T22:50", fmt="gmail", stage="formal_notice", ago=4,
         inv="FA-2026-0972", amt="96,00", due="2026-10-10",
         frm="Mickael Durieux <mika.durieux42@gmail.com>",
         intent="dispute",
         note="Angry: says he contested the cleaning since October and will not pay; disputes the invoice.",
         body="""Une mise en demeure pour 96 euros ?? Vous vous foutez de moi.

Je vous ai dit des octobre au telephone que votre employer n'avait pas fait le nettoyage des vitres de la veranda, que la moitier etait encore sale et que j'ai du repasser derriere. On m'avait promi de repasser gratuitement, personne n'est jamais venu.

Je ne paierai pas cette facture, et si vous voulez aller au tribunal pour 96 € allez y.

M. Durieux"""),

    dict(id="s18frb044", country="FR", date="2027-01-26T11:20", fmt="html_outlook", stage="reminder", ago=5,
         inv="FA-2027-0019", amt="1 632,00", due="2027-01-20",
         frm="Service Financier – Office de Tourisme du Pilat Rhodanien <finances@ot-pilatrhodanien.fr>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN; wants the change confirmed before paying.",
         body="""Bonjour,

Nous avons reçu la semaine dernière un courrier à votre en-tête nous informant d'un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne). Ce RIB ne correspond pas à celui figurant sur vos factures habituelles.

Par précaution, nous suspendons le paiement de la facture FA-2027-0019 tant que vous ne nous aurez pas confirmé, par téléphone, quelles sont les bonnes coordonnées bancaires. Pouvez-vous rappeler Mme Deville au 04 74 87 52 13 ?

Cordialement,

Maryse Deville
Responsable administrative et financière
Office de Tourisme du Pilat Rhodanien"""),

    dict(id="s18frb045", country="FR", date="2027-01-08T17:00", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-2026-1238", amt="588,00", due="2026-12-20",
         frm="Thierry Magand <t.magand@magand-expertise.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Absent until Friday 15 January inclusive: back Monday 18 January.",
         body="""Bonjour,

Je suis absent jusqu'au vendredi 15 janvier inclus, avec un accès limité à ma messagerie.
Pour toute demande urgente, merci de contacter le cabinet au 04 77 22 88 40 ou cabinet@magand-expertise.fr.

Bien cordialement,

Thierry Magand
Magand Expertise – Expert-comptable"""),

    dict(id="s18frb046", country="FR", date="2027-01-12T09:05", fmt="html_gmail", stage="heads_up", ago=1,
         inv="FA-2027-0005", amt="276,00", due="2027-01-18",
         frm="Lucas Pitiot <lucas@pitiot-paysage.fr>",
         intent="promise", promise_date="2027-01-20",
         note="'le 20' in January, two days after the due date.",
         body="""Bonjour,

Merci pour le rappel. Je vous le règle le 20, c'est là que tombent les paiements de mes clients. Ça ne fera que deux jours de décalage, j'espère que ce n'est pas gênant.

Bonne journée,

Lucas Pitiot
Pitiot Paysage – Création et entretien de jardins
06 33 80 17 52"""),

    dict(id="s18frb047", country="FR", date="2027-01-27T15:45", fmt="gmail", stage="final_notice", ago=2,
         inv=[("FA-2026-1150", "360,00", "2026-11-30"), ("FA-2026-1232", "360,00", "2026-12-31")],
         frm="Le Bistrot des Mariniers <bistrot.mariniers@gmail.com>",
         intent="plan_request",
         note="Restaurant closed for works, asks for more time before paying; no date committed.",
         body="""Bonjour,

On a reçu votre dernier rappel. On n'oublie pas les deux factures mais le restaurant est fermé depuis le 4 janvier pour des travaux de mise aux normes de la cuisine qui ont pris du retard, donc zéro chiffre d'affaires ce mois-ci.

Est-ce que vous pourriez nous accorder un délai, le temps qu'on rouvre ? On vous réglera, évidemment. Merci de ne pas envoyer le dossier au recouvrement.

Cordialement,
Julie et Mathieu Besson
Le Bistrot des Mariniers
04 77 83 26 19"""),

    dict(id="s18frb048", country="FR", date="2027-01-28T10:30", fmt="tb", stage="firm", ago=2,
         inv="FA-2026-1263", amt="210,00", due="2026-12-31",
         frm="Chorale A Cœur Joie Gier <chorale.acjgier@laposte.net>",
         intent="other",
         note="Only a question about whether late penalties and the 40 EUR fee apply to an association; no payment statement.",
         body="""Bonjour,

Une petite question avant de faire quoi que ce soit : votre courrier parle de pénalités de retard et d'une indemnité de 40 € par facture. Est-ce que cela s'applique aussi à une association loi 1901 comme la nôtre ? On nous a dit que c'était seulement entre professionnels.

Merci de votre réponse,

Monique Garon
Trésorière de la chorale"""),

    dict(id="s18frb049", country="FR", date="2027-01-15T16:20", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("FA-2026-1214", "1 152,00", "2026-12-20"), ("FA-2026-1259", "96,00", "2026-12-31")],
         frm="Comptabilité – Cabinet d'avocats Brossard Lemaire <compta@brossard-lemaire-avocats.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Both invoices to be paid on Friday 29 January, in the monthly supplier payment.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre relance et vous prions de nous excuser pour ce retard, dû au changement de logiciel comptable du cabinet au 1er janvier.

Les factures FA-2026-1214 et FA-2026-1259 ont été validées par les associés. Elles seront réglées par virement le vendredi 29 janvier, date de notre prochain règlement mensuel des fournisseurs.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Delphine Arsac
Responsable administrative et comptable
SELARL Brossard Lemaire Avocats
18 cours Fauriel – 42100 Saint-Étienne
Tél. 04 77 41 26 80 – Fax 04 77 41 26 81
SELARL au capital de 10 000 € – Barreau de Saint-Étienne"""),

    dict(id="s18frb050", country="FR", date="2027-01-29T09:10", fmt="apple", stage="reminder", ago=3,
         inv="FA-2027-0021", amt="198,00", due="2027-01-25",
         frm="Pharmacie du Marché <pharmaciedumarche.stjoseph@orange.fr>",
         intent="paid", paid_on="2027-01-29",
         note="Paid by card on the online link 'ce matin'.",
         body="""Bonjour,

Payé ce matin par carte bancaire via votre lien. Merci de m'envoyer la facture acquittée pour notre comptable.

Bonne journée

Anne-Laure Dervieux
Pharmacie du Marché
Saint-Joseph"""),
]
