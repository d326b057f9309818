"""fr_c: French debtors replying to Guérin Plomberie Chauffage SARL (Nantes). Handwritten, one by one."""

CASES = [
    dict(id="s12frc001", country="FR", date="2026-12-08T19:42", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1184", amt="142,00", due="2026-11-27",
         frm="Kevin Le Gall <kevin.legall44@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Phone reply on Tuesday 8 Dec: transfer 'vendredi' = Friday 11 December.",
         body="""Bonsoir
desole j avais completement zappé avec le demenagement. je fais le virement vendredi sans faute
Kevin

Envoyé de mon iPhone"""),

    dict(id="s12frc002", country="FR", date="2026-12-09T11:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-1139", amt="396,00", due="2026-11-25",
         frm="Yannick Morvan <contact@lecomptoirdeshalles.fr>",
         intent="paid", paid_on="2026-12-09",
         note="Restaurant manager: transfer made 'ce matin' (9 December).",
         body="""Bonjour,

Virement fait ce matin depuis le compte pro (SARL Comptoir des Halles), référence FA26-1139. Vous devriez le voir arriver d'ici 48h.

Désolé pour le délai, on a eu un mois de novembre chargé et la compta a pris du retard.

Cordialement,

Yannick Morvan
Gérant – Le Comptoir des Halles
8 place du Bouffay, 44000 Nantes
06 71 24 88 03"""),

    dict(id="s12frc003", country="FR", date="2026-12-10T22:15", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1162", amt="1 630,00", due="2026-12-01",
         frm="Stéphane Drouet <s.drouet@free.fr>",
         intent="dispute",
         note="Angry household: new water heater still leaks, refuses to pay until repaired.",
         body="""Vous avez du culot de m'envoyer une relance.

Votre technicien a posé le nouveau ballon le 17 novembre et depuis ça goute au niveau du groupe de sécurité, j'ai une bassine dessous en permanance. J'ai appelé trois fois (le 23, le 26 et le 2 décembre), on m'a dit a chaque fois qu'on me rappelait, personne n'a rappelé.

Je ne paierai pas un centime tant que l'installation n'est pas réparée correctement. Et si ça a abimé le parquet du cellier je vous le ferai payer aussi.

S. Drouet"""),

    dict(id="s12frc004", country="FR", date="2026-12-14T09:03", fmt="ooo", stage="second_reminder", ago=0,
         inv=[("FA26-1051", "2 184,00", "2026-11-10"), ("FA26-1098", "318,50", "2026-11-20")],
         frm="Sophie Bréhier <s.brehier@loire-ocean-gestion.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="Syndic manager's auto-reply: away 14-18 December, back Monday 21 December.",
         body="""Bonjour,

Je suis absente du lundi 14 au vendredi 18 décembre inclus, sans accès à ma messagerie.
Je traiterai votre message à mon retour le lundi 21 décembre.

Pour toute urgence technique concernant un immeuble, merci de contacter l'accueil du cabinet au 02 40 48 61 30.

Sophie Bréhier
Gestionnaire de copropriétés
Cabinet Loire Océan Gestion"""),

    dict(id="s12frc005", country="FR", date="2026-12-15T10:48", fmt="html_outlook", stage="reminder", ago=5,
         inv="FA26-1120", amt="968,00", due="2026-11-30",
         frm="Comptabilité copropriétés <compta.copro@cabinet-vasseur-immo.fr>",
         intent="copy_request",
         note="Syndic never received the invoice; asks for a copy and the signed work order before payment.",
         body="""Bonjour,

Nous accusons réception de votre relance concernant la facture FA26-1120.

Après vérification, nous ne retrouvons pas cette facture dans nos enregistrements : elle ne nous est vraisemblablement jamais parvenue, ni par courrier ni par e-mail. Il s'agirait, d'après votre message, de l'intervention sur la vanne d'arrêt générale en sous-sol de la Résidence Les Mimosas (12 rue Paul-Bellamy, 44000 Nantes).

Merci de bien vouloir nous adresser une copie de la facture, établie au nom du Syndicat des copropriétaires de la Résidence Les Mimosas, accompagnée du bon d'intervention signé par la gardienne. Ce document est indispensable à la validation de la dépense par le conseil syndical. Dès réception, la facture sera mise en paiement.

Bien cordialement,

Laëtitia Moreau
Assistante comptable copropriétés
Cabinet Vasseur Immobilier – Syndic de copropriété
5 quai de Versailles – 44000 Nantes
Tél. 02 40 35 72 19

SAS au capital de 50 000 € – RCS Nantes 498 217 603 – Carte professionnelle CPI 4401 2018 000 031 562 délivrée par la CCI Nantes St-Nazaire – Garantie financière : Galian"""),

    dict(id="s12frc006", country="FR", date="2026-12-16T15:30", fmt="none", stage="second_reminder", ago=3,
         inv="FA26-1107", amt="214,50", due="2026-11-26",
         frm="Odile Chauvet <odile.chauvet@orange.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted on Monday 14 December; paid (cheque sent).",
         body="""Madame, Monsieur,

J'ai bien reçu votre message au sujet de la facture n° FA26-1107 concernant l'entretien annuel de ma chaudière.

Je vous informe que j'ai adressé mon règlement par chèque (chèque n° 4471208 de la Banque Postale, d'un montant de 214,50 €), posté le lundi 14 décembre à votre adresse de la rue de la Ville-en-Bois. Il devrait vous parvenir d'un jour à l'autre, avec le courrier de fin d'année il faut parfois compter quelques jours.

Je vous prie de bien vouloir m'excuser pour ce retard, j'ai été hospitalisée une partie du mois de novembre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Odile Chauvet
3 allée des Tilleuls
44230 Saint-Sébastien-sur-Loire"""),

    dict(id="s12frc007", country="FR", date="2026-12-11T12:10", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1126", amt="265,00", due="2026-11-20",
         frm="Aurélie Jamin <aurelie.jamin@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="Will pay 'le 15' (payday), written on 11 December = 15 December.",
         body="""Bonjour,

Oui je sais, je suis en retard, désolée. Je vous règle ça le 15, c'est le jour où je suis payée. Je passerai par votre lien de paiement.

Bonne journée,
Aurélie Jamin"""),

    dict(id="s12frc008", country="FR", date="2026-12-17T20:30", fmt="gmail", stage="firm", ago=2,
         inv="FA26-1093", amt="12 480,00", due="2026-11-30",
         frm="Frédéric Pichon <fred.pichon@laposte.net>",
         intent="plan_request",
         note="Household asks to pay the heat pump in 4 or 5 instalments; no date committed.",
         body="""Bonsoir,

Nous avons bien reçu vos relances pour la facture de la pompe à chaleur. Nous ne contestons absolument pas la facture, le travail a été bien fait et on a enfin chaud dans la maison.

Le problème c'est que l'aide MaPrimeRénov' sur laquelle nous comptions n'est toujours pas versée (dossier "en cours d'instruction" depuis septembre...), et on a eu en plus une grosse réparation sur la voiture ce mois-ci. Nous ne pouvons pas sortir 12 480 € d'un coup.

Est-ce qu'il serait possible de payer en plusieurs fois, par exemple en 4 ou 5 mensualités ? On peut faire un premier versement rapidement si vous êtes d'accord sur le principe. Dites-nous ce qui est possible de votre côté.

Merci d'avance,
Frédéric et Marion Pichon
06 32 80 17 45"""),

    dict(id="s12frc009", country="FR", date="2026-12-18T14:22", fmt="html_outlook", stage="reminder", ago=3,
         inv=[("FA26-1141", "1 245,00", "2026-12-05"), ("FA26-1158", "486,60", "2026-12-10")],
         frm="Nathalie Garnier <n.garnier@erdre-immobilier.fr>",
         intent="bank_details",
         note="Property manager received a suspicious IBAN-change e-mail; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance et les deux factures sont prêtes à être réglées.

Cependant, nous avons reçu mardi un e-mail, en apparence envoyé par votre service comptable, nous informant d'un changement de coordonnées bancaires et nous communiquant un nouvel IBAN (banque en ligne, IBAN commençant par LT). L'adresse d'expédition ressemblait à la vôtre, à une lettre près.

Avant tout paiement, pouvez-vous nous confirmer par téléphone vos coordonnées bancaires actuelles ? Par mesure de sécurité, nous ne modifions jamais un RIB fournisseur sur simple e-mail. Merci de demander à la personne en charge de votre comptabilité de me rappeler au numéro ci-dessous.

Cordialement,

Nathalie Garnier
Comptabilité mandants – Gestion locative
Erdre Immobilier
Tél. : 02 51 84 26 70 – Ligne directe : 02 51 84 26 74
www.erdre-immobilier.fr

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s12frc010", country="FR", date="2026-12-21T16:05", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FA26-1149", amt="742,00", due="2026-12-04",
         frm="Crêperie Ty Breizh <tybreizh.nantes@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Restaurant closed 24 Dec to 4 Jan; transfer on 5 January at reopening.",
         body="""Bonjour,

On ferme le 24 au soir jusqu'au 4 janvier inclus, et la trésorerie est juste avec les salaires et les primes de décembre. Je vous fais le virement le 5 janvier, le jour de la réouverture.

Bonnes fêtes quand même !

Gwenaëlle
Crêperie Ty Breizh"""),

    dict(id="s12frc011", country="FR", date="2027-01-04T09:10", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1205", amt="389,00", due="2026-12-20",
         frm="La Table de Léon <contact@latabledeleon.fr>",
         intent="out_of_office", return_date="2027-01-13",
         note="Restaurant annual closure 4-12 January inclusive; reopens Wednesday 13 January.",
         body="""Bonjour et meilleurs vœux !

Le restaurant est fermé pour congés annuels du lundi 4 au mardi 12 janvier inclus. Nous ne consultons pas nos e-mails pendant cette période.

Réouverture le mercredi 13 janvier à midi. Nous répondrons à votre message dès notre retour.

L'équipe de La Table de Léon"""),

    dict(id="s12frc012", country="FR", date="2026-12-08T09:50", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1133", amt="528,00", due="2026-11-28",
         frm="Claire Huet <claire.huet.archi@gmail.com>",
         intent="contact_change", new_email="atelier@clairehuet-architecte.fr",
         note="Freelance architect asks that invoices and reminders go to her professional address; no payment commitment.",
         body="""Bonjour,

Pourriez-vous envoyer dorénavant vos factures et relances à mon adresse professionnelle : atelier@clairehuet-architecte.fr ? Je ne consulte plus cette boîte Gmail que très rarement et je suis tombée sur votre message par hasard.

Je regarde la facture FA26-1133 de mon côté.

Merci,

Claire Huet
Architecte DPLG
06 88 14 52 39"""),

    dict(id="s12frc013", country="FR", date="2026-12-09T07:55", fmt="gmail", stage="heads_up", ago=1,
         inv="FA26-1217", amt="95,00", due="2026-12-18",
         frm="Bernard Tessier <bernard.tessier@wanadoo.fr>",
         intent="unsubscribe",
         note="Annoyed by a pre-due-date reminder; asks to be removed from automatic mailings.",
         body="""Bonjour,

Je n'ai pas besoin qu'on me rappelle une facture qui n'est même pas encore échue. Merci de retirer mon adresse de vos envois automatiques.

B. Tessier"""),

    dict(id="s12frc014", country="FR", date="2027-01-05T09:02", fmt="bounce", stage="second_reminder",
         inv="FA26-1176", amt="615,00", due="2026-12-11",
         rcpt="m.rio@loire-ocean-gestion.fr", status="5.1.1", remote="mx1.loire-ocean-gestion.fr",
         diag="550 5.1.1 <m.rio@loire-ocean-gestion.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Hard bounce: recipient mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
m.rio@loire-ocean-gestion.fr"""),

    dict(id="s12frc015", country="FR", date="2027-01-07T11:30", fmt="outlook", stage="firm", ago=3,
         inv=[("FA26-1088", "1 412,00", "2026-11-15"), ("FA26-1170", "268,00", "2026-12-10")],
         frm="Brasserie du Port - Direction <direction@brasserieduport-stnazaire.fr>",
         intent="other",
         note="Restaurant in receivership (redressement judiciaire): creditor must file its claim with the court-appointed representative.",
         body="""Bonjour,

Nous vous informons que la SAS Brasserie du Port a été placée en redressement judiciaire par jugement du tribunal de commerce de Saint-Nazaire en date du 16 décembre 2026.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées avant le jugement d'ouverture, ce qui est le cas des deux factures visées dans votre relance. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Hervé Kerjean, 10 rue de la Paix, 44600 Saint-Nazaire, dans un délai de deux mois à compter de la publication du jugement au BODACC.

L'activité se poursuit pendant la période d'observation et les prestations commandées à partir du 16 décembre seront payées normalement.

Cordialement,

Pascal Guillou
Président – SAS Brasserie du Port"""),

    dict(id="s12frc016", country="FR", date="2027-01-08T10:05", fmt="html_outlook", stage="firm", ago=4,
         inv="FA26-1112", amt="1 776,50", due="2026-11-30",
         frm="Thierry Lebreton <t.lebreton@atlantique-syndic.fr>",
         cc="Conseil syndical Parc de Procé <cs.parcdeproce@gmail.com>",
         intent="dispute",
         note="Syndic contests the amount exceeding the accepted quote by 264 EUR; asks for a corrected invoice or credit note.",
         body="""Madame, Monsieur,

Je fais suite à votre relance du 4 janvier relative à la facture FA26-1112 d'un montant de 1 776,50 € TTC, concernant les travaux sur la colonne d'eau froide du bâtiment B de la Résidence Le Parc de Procé.

Cette facture ne correspond pas au devis n° D26-0418 accepté par le conseil syndical, qui s'élevait à 1 375,00 € HT, soit 1 512,50 € TTC (TVA à 10 %). L'écart de 264,00 € correspond, selon le détail joint, à « 3 h de main-d'œuvre supplémentaire et fournitures diverses », qui n'ont fait l'objet d'aucun devis complémentaire ni d'aucun accord écrit de notre part ou du conseil syndical.

Nous ne pouvons donc pas mettre cette facture en paiement en l'état. Nous vous remercions de bien vouloir nous adresser une facture conforme au devis, ou un avoir de 264,00 €. Le montant du devis sera réglé dès réception des pièces rectifiées.

Nous restons à votre disposition pour en discuter.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Thierry Lebreton
Gestionnaire copropriétés
Atlantique Syndic
14 boulevard Guist'hau – 44000 Nantes
Standard : 02 40 12 55 80

SARL au capital de 30 000 € – RCS Nantes 512 884 109 – Carte professionnelle CPI 4401 2016 000 012 907 – Garantie financière et assurance RCP : Galian"""),

    dict(id="s12frc017", country="FR", date="2027-01-08T18:20", fmt="tb", stage="second_reminder", ago=3, off="+0000",
         inv="FA26-1195", amt="312,00", due="2026-12-15",
         frm="Julien Faucher <julien@faucher-dev.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Freelancer promises payment 'fin janvier' = 31 January.",
         body="""Bonsoir,

Oui, je n'ai pas oublié. Début d'année compliqué côté trésorerie (régularisation URSSAF + CFE qui tombent en même temps). Je vous règle la facture fin janvier, promis.

--
Julien Faucher
Développeur web indépendant
https://faucher-dev.fr"""),

    dict(id="s12frc018", country="FR", date="2026-12-13T21:10", fmt="apple", stage="reminder", ago=4,
         inv="FA26-1168", amt="178,00", due="2026-12-02",
         frm="Léa Martineau <lea.martineau@icloud.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid by card through the link 'à l'instant' (Sunday 13 December).",
         body="""Payé par CB avec votre lien à l'instant 👍

Envoyé de mon iPhone"""),

    dict(id="s12frc019", country="FR", date="2026-12-07T15:45", fmt="gmail", stage="reminder", ago=3,
         inv=[("FA26-1102", "412,00", "2026-11-20"), ("FA26-1131", "298,00", "2026-11-28")],
         frm="Marc Rabier <marc.rabier@bistrot-graslin.fr>",
         intent="dispute",
         note="Restaurant contests FA26-1131 (travel and labour billed twice for one job); accepts FA26-1102 but does not say it is paid.",
         body="""Bonjour,

Je conteste la facture FA26-1131.

Votre technicien est venu le 12 novembre pour la fuite sous la plonge de la cuisine, il n'avait pas la pièce et il est revenu le 14 pour finir. Sur la 1102 vous facturez déjà le déplacement et la main d'œuvre, et sur la 1131 vous refacturez un déplacement + 1h de main d'œuvre forfaitaire pour le même chantier. Ce n'est pas à moi de payer le fait que le camion n'était pas équipé.

La FA26-1102 ne pose pas de problème. Pour la 1131, j'attends un avoir ou une facture corrigée avec uniquement la pièce (le clapet à 46 €).

Marc Rabier
Bistrot Graslin
02 40 69 31 07"""),

    dict(id="s12frc020", country="FR", date="2026-12-17T09:25", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA26-1077", amt="1 054,00", due="2026-11-18",
         frm="Compta SDC <comptabilite@gestia-syndic.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Syndic: transfer made on 15/12/2026.",
         body="""Bonjour,

Le règlement de la facture FA26-1077 a été effectué par virement le 15/12/2026 depuis le compte du SDC Les Acacias (libellé : SDC ACACIAS FA26-1077).

Nos messages se sont probablement croisés.

Cordialement,

Service comptabilité
Gestia Syndic
02 40 93 07 66"""),

    dict(id="s12frc021", country="FR", date="2027-01-12T10:15", fmt="html_outlook", stage="firm", ago=1,
         inv="FA26-1210", amt="2 316,00", due="2026-12-22",
         frm="Hôtel des Voyageurs – Administration <administration@hotel-voyageurs-pornic.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Hotel: payment 'sous huitaine' from Tuesday 12 January = 20 January.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel de relance concernant la facture FA26-1210 (remplacement du ballon d'eau chaude collectif).

Nous vous prions de nous excuser pour ce retard, lié à la fermeture de l'établissement pendant les fêtes et au changement de notre logiciel de comptabilité. Le règlement interviendra sous huitaine par virement.

Restant à votre disposition,

Isabelle Février
Responsable administrative
Hôtel des Voyageurs ***
2 rue de la Marine – 44210 Pornic
Tél. 02 40 82 14 60"""),

    dict(id="s12frc022", country="FR", date="2027-01-11T14:00", fmt="gmail", stage="repeat", ago=4,
         inv="FA26-1157", amt="356,00", due="2026-12-05",
         frm="Jean-Claude Rivière <jc.riviere@orange.fr>",
         intent="other",
         note="Daughter reports the customer's death; the claim must go to the notary handling the estate.",
         body="""Bonjour,

Je suis la fille de M. Jean-Claude Rivière, je consulte sa boîte mail. Mon père est décédé le 19 décembre dernier.

La succession est en cours de règlement chez Maître Anne Lemaître, notaire, 4 place du Minage à Clisson. Je pense qu'il faut lui adresser votre facture pour qu'elle soit prise en compte dans la succession, je ne peux pas la régler moi-même, le compte de mon père est bloqué.

Merci de votre compréhension.

Sandrine Rivière"""),

    dict(id="s12frc023", country="FR", date="2026-12-23T11:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-1188", amt="1 128,00", due="2026-12-08",
         frm="Dylan Bourdais <dylan.bourdais@hotmail.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Partial payment: 400 EUR transferred this morning; the rest 'dès que possible' (no commitment).",
         body="""bonjour
j ai fait un virement de 400 euros ce matin, c est tout ce que je peux pour l instant avec noel. je ferai le reste des que possible
cordialement
D. Bourdais"""),

    dict(id="s12frc024", country="FR", date="2026-12-09T13:05", fmt="tb", stage="reminder", ago=1,
         inv="FA26-1144", amt="24,90", due="2026-11-30",
         frm="Gérard Lemoine <gerard.lemoine@sfr.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Monthly direct debit for the maintenance contract was taken on 4 December.",
         body="""Bonjour,

Je ne comprends pas votre relance. J'ai un contrat d'entretien chez vous avec prélèvement mensuel, et le prélèvement de 24,90 € est bien passé sur mon compte le 4 décembre (je l'ai sous les yeux sur mon relevé Crédit Mutuel).

Merci de vérifier de votre côté et de corriger.

Gérard Lemoine"""),

    dict(id="s12frc025", country="FR", date="2027-01-04T10:30", fmt="apple", stage="second_reminder", ago=5,
         inv="FA26-1201", amt="645,00", due="2026-12-18",
         frm="Vincent Caradec <v.caradec@caradec-conseil.fr>",
         intent="paid", paid_on="2027-01-02",
         note="Transfer made Saturday 2 January.",
         body="""Bonjour,

Le virement a été fait samedi 2 janvier depuis mon compte pro, vous devriez le recevoir aujourd'hui ou demain.

Bonne année à toute l'équipe,

Vincent Caradec
Caradec Conseil – EI
07 61 33 90 24"""),

    dict(id="s12frc026", country="FR", date="2026-12-08T12:30", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA26-1171", amt="189,00", due="2026-11-30",
         frm="Nicolas Perrin <nico.perrin44@gmail.com>",
         intent="paid", paid_on="2026-11-27",
         note="Paid by card to the technician on the day of the job, 27 November.",
         body="""Bonjour,

Il doit y avoir une erreur : j'ai payé par carte bancaire directement à votre technicien (Mathieu, je crois) le jour de l'intervention, le 27 novembre, sur son terminal de paiement.

J'ai gardé le ticket CB, je peux vous en envoyer une photo si besoin.

Cordialement,
Nicolas Perrin"""),

    dict(id="s12frc027", country="FR", date="2027-01-18T10:20", fmt="outlook", stage="repeat", ago=5, fwd=True,
         inv="FA26-1208", amt="734,00", due="2026-12-21",
         frm="Cécile Bodin <secretariat@cabinet-dentaire-marchand.fr>",
         intent="paid",
         note="Assistant forwards the dentist's answer: 'c'est payé depuis longtemps'; no date given.",
         body="""Bonjour,

Je vous transfère votre relance avec la réponse du Dr Marchand ci-dessous.

Cordialement,
Cécile Bodin
Secrétariat – Cabinet dentaire du Dr Marchand
02 40 47 88 12

________________________________
De : Dr Philippe Marchand
Envoyé : lundi 18 janvier 2027 09:47
À : Cécile Bodin
Objet : RE: Rappel : facture FA26-1208 toujours impayée – Guérin Plomberie Chauffage SARL

Cécile, c'est payé depuis longtemps, dites-leur de vérifier leurs comptes. PM"""),

    dict(id="s12frc028", country="FR", date="2026-12-29T16:45", fmt="tb", stage="second_reminder", ago=1,
         inv=[("FA26-1190", "486,00", "2026-12-12"), ("FA26-1212", "256,80", "2026-12-20")],
         frm="SCI Les Hortensias <sci.leshortensias@laposte.net>",
         intent="paid", paid_on="2026-12-22",
         note="Both invoices paid in one transfer of 742,80 EUR on 22/12.",
         body="""Bonjour,

Les deux factures FA26-1190 et FA26-1212 ont été réglées en un seul virement de 742,80 € le 22/12, libellé « SCI HORTENSIAS FACT 1190 1212 ». Il a peut-être été mal rapproché de votre côté.

Je peux vous envoyer l'avis d'opéré de la banque si nécessaire.

Cordialement,
Alain Rousseau
Gérant SCI Les Hortensias"""),

    dict(id="s12frc029", country="FR", date="2027-01-14T18:05", fmt="apple", stage="reminder", ago=2,
         inv="FA26-1224", amt="162,00", due="2027-01-05",
         frm="Mélanie Gicquel <melanie.gicquel@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'demain matin' written Thursday 14 January = 15 January.",
         body="""Bonsoir, ok je m'en occupe demain matin. Bonne soirée

Envoyé de mon iPhone"""),

    dict(id="s12frc030", country="FR", date="2026-12-16T23:40", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1179", amt="587,00", due="2026-12-07",
         frm="Gerald Pizzeria <chezgege.pizzeria@gmail.com>",
         intent="promise",
         note="Pizzeria promises to pay 'après les fêtes': vague time, no date.",
         body="""bsr
on est en plein rush avec les fetes, j ai pas le temps de m en occuper maintenant. je regle tout apres les fetes promis
Gerald"""),

    dict(id="s12frc031", country="FR", date="2027-01-13T14:25", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FA26-1192", amt="420,00", due="2026-12-14",
         frm="Antoine Le Floch <antoine@lefloch-photo.fr>",
         intent="promise", promise_date="2027-01-18",
         note="'lundi prochain' written Wednesday 13 January = Monday 18 January (Friday is his client's payment, not the promise).",
         body="""Bonjour,

Je viens de voir votre message, désolé pour le retard. Un gros client me règle vendredi une facture en attente depuis deux mois, je vous fais le virement lundi prochain dans la foulée.

Cordialement,

Antoine Le Floch
Photographe
lefloch-photo.fr · 06 45 19 72 80"""),

    dict(id="s12frc032", country="FR", date="2027-01-19T11:00", fmt="html_outlook", stage="reminder", ago=6,
         inv="FA26-1215", amt="1 890,00", due="2026-12-31",
         frm="Comptabilité copropriétés <compta.copro@cabinet-vasseur-immo.fr>",
         intent="promise",
         note="Syndic: invoice approved, will be paid 'la semaine prochaine' (window, no single day).",
         body="""Bonjour,

Votre facture FA26-1215 (Résidence Les Mimosas – désembouage du réseau de chauffage) a été validée par le président du conseil syndical.

Elle sera mise en paiement la semaine prochaine, lors de notre campagne de règlements fournisseurs.

Bien cordialement,

Laëtitia Moreau
Assistante comptable copropriétés
Cabinet Vasseur Immobilier
5 quai de Versailles – 44000 Nantes
Tél. 02 40 35 72 19"""),

    dict(id="s12frc033", country="FR", date="2026-12-29T10:00", fmt="apple", stage="reminder", ago=6,
         inv="FA26-1199", amt="198,00", due="2026-12-15",
         frm="Hélène Dumoulin <h.dumoulin@dumoulin-traduction.fr>",
         intent="promise", promise_date="2027-01-11",
         note="Transfer on Monday 11 January; side question about renewing the maintenance contract.",
         body="""Bonjour,

Je suis actuellement en déplacement et n'ai pas accès à mon application bancaire professionnelle. Je procéderai au virement de 198,00 € le lundi 11 janvier, dès mon retour au bureau.

Par ailleurs, pourriez-vous me confirmer que le contrat d'entretien de la chaudière sera reconduit en 2027 aux mêmes conditions ? Je n'ai pas reçu de proposition de renouvellement.

Je vous remercie et vous souhaite de belles fêtes de fin d'année.

Hélène Dumoulin
Traductrice-interprète assermentée
Dumoulin Traduction – 02 28 44 71 09"""),

    dict(id="s12frc034", country="FR", date="2026-12-28T08:50", fmt="gmail", stage="final_notice", ago=7,
         inv="FA26-1086", amt="934,00", due="2026-11-15",
         frm="Franck Hamon <franck.hamon@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Rude but commits: transfer scheduled 'pour le 30' = 30 December (not the quoted deadline of 29 December).",
         body="""Vous l'aurez votre argent. Le virement est programmé pour le 30, le jour où je touche ma paie, pas avant.

Par contre m'envoyer un "dernier rappel avant transmission du dossier" la semaine de Noël pour une facture de 900 balles, bravo le sens commercial. C'est la dernière fois que je fais appel à vous.

F. Hamon"""),

    dict(id="s12frc035", country="FR", date="2027-01-07T15:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA26-1183", amt="2 960,00", due="2026-12-10",
         frm="Service Fournisseurs - Groupe Tables de l'Erdre <fournisseurs@tablesdelerdre.fr>",
         intent="promise", promise_date="2027-01-25",
         note="Restaurant group AP: invoice approved, paid in the supplier run of 25 January 2027.",
         body="""Bonjour,

Nous accusons réception de votre relance.

Votre facture FA26-1183 d'un montant de 2 960,00 € TTC a bien été enregistrée et validée. Elle sera réglée par virement lors de notre prochaine échéance de paiement fournisseurs, le 25 janvier 2027.

Pour rappel, nos règlements fournisseurs sont effectués deux fois par mois, le 10 et le 25.

Cordialement,

Service Comptabilité Fournisseurs
Groupe Les Tables de l'Erdre
Restaurants L'Écluse – Le Quai 23 – La Guinguette de Sucé
Tél. : 02 40 29 63 50

Les Tables de l'Erdre SAS – Capital 150 000 € – RCS Nantes 821 304 556 – TVA FR 47 821304556
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s12frc036", country="FR", date="2026-12-11T16:30", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1153", amt="274,00", due="2026-11-30",
         frm="Emma Charrier <emma.charrier.graphiste@gmail.com>",
         intent="promise",
         note="Freelancer will pay once her clients pay, 'normalement début janvier': window only, no date.",
         body="""Bonjour,

Je suis graphiste freelance et deux de mes clients ne m'ont toujours pas payée (c'est un peu l'histoire de ma vie en ce moment...). Je vous règle dès que je suis payée, normalement début janvier.

Désolée pour le contretemps,
Emma"""),

    dict(id="s12frc037", country="FR", date="2026-12-28T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1204", amt="118,00", due="2026-12-18",
         frm="Romain Giraud <cabinet@giraud-osteo.fr>",
         subj="Cabinet fermé – congés de fin d'année",
         intent="out_of_office", return_date="2027-01-11",
         note="Osteopath on leave until Friday 8 January inclusive; first working day back Monday 11 January.",
         body="""Bonjour,

Le cabinet est fermé pour les fêtes. Je suis en congés jusqu'au vendredi 8 janvier inclus et je n'aurai qu'un accès limité à ma messagerie.

Pour prendre rendez-vous, vous pouvez utiliser Doctolib. Je répondrai à votre message à mon retour.

Romain Giraud
Ostéopathe D.O."""),

    dict(id="s12frc038", country="FR", date="2027-01-20T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-1219", amt="1 320,00", due="2027-01-05",
         frm="Charlotte Biret <c.biret@habitat-presquile.fr>",
         intent="out_of_office", return_date="2027-02-08",
         note="Maternity-leave auto-reply, back Monday 8 February 2027; a colleague is named but this is automatic.",
         body="""Bonjour,

Je suis actuellement en congé maternité et serai de retour le lundi 8 février 2027.

Pendant mon absence, pour toute question relative à la comptabilité fournisseurs, merci de contacter Julien Prat : j.prat@habitat-presquile.fr ou 02 40 62 18 90.

Cordialement,
Charlotte Biret"""),

    dict(id="s12frc039", country="FR", date="2026-12-21T09:05", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1196", amt="846,00", due="2026-12-15",
         frm="Intendance - Ensemble scolaire Notre-Dame-des-Prés <intendance@nd-des-pres.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for the Christmas holidays; office reopens Monday 4 January 2027.",
         body="""Bonjour,

L'établissement est fermé pendant les vacances de Noël, du samedi 19 décembre 2026 au dimanche 3 janvier 2027.

Les services administratifs et l'intendance rouvriront le lundi 4 janvier 2027 à 8h00. Votre message sera traité à partir de cette date.

Service Intendance
Ensemble scolaire Notre-Dame-des-Prés"""),

    dict(id="s12frc040", country="FR", date="2027-01-19T15:10", fmt="html_gmail", stage="firm", ago=5,
         inv=[("FA26-1160", "1 085,00", "2026-12-05"), ("FA26-1213", "460,00", "2026-12-24")],
         frm="Sarah Benali <sarah@lefaitmaison-reze.fr>",
         intent="plan_request",
         note="Restaurant asks to spread the two invoices (1 545 EUR) over three months.",
         body="""Bonjour,

Je reviens vers vous concernant les deux factures en attente (FA26-1160 et FA26-1213).

Je ne vais pas vous mentir, janvier est très calme pour nous après les fêtes et on a dû rembourser une partie du PGE en décembre. Je ne peux pas régler les 1 545 € d'un coup.

Est-ce qu'on pourrait étaler le paiement sur trois mois ? Je suis prête à signer un échéancier si vous m'en envoyez un.

Merci de votre compréhension,

Sarah Benali
Le Fait Maison – Restaurant
Rezé"""),

    dict(id="s12frc041", country="FR", date="2027-01-25T22:47", fmt="apple", stage="second_reminder", ago=6,
         inv="FA26-1221", amt="680,00", due="2027-01-08",
         frm="Lucas Thébaud <lucas.thebaud.pro@gmail.com>",
         intent="plan_request",
         note="Young self-employed debtor asks to pay 100 EUR a month; no date.",
         body="""Bonsoir
je peux pas regler les 680 euros d un coup en ce moment, je me suis lancé en auto entrepreneur en septembre et c est compliqué. est ce que je pourrais payer 100 euros par mois ? dsl pour le retard

Lucas

Envoyé de mon iPhone"""),

    dict(id="s12frc042", country="FR", date="2027-01-20T11:35", fmt="outlook", stage="reminder", ago=7,
         inv="FA26-1222", amt="540,00", due="2027-01-10",
         frm="SCM Kiné Chantenay <secretariat@kine-chantenay.fr>",
         intent="copy_request",
         note="Never received the invoice itself; asks for the PDF before their accountant can pay.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais nous n'avons jamais reçu la facture FA26-1222 elle-même (ni par courrier ni par mail), et le lien de consultation nous demande un code que nous n'avons pas.

Pourriez-vous nous la renvoyer en PDF en réponse à ce message ? Notre comptable ne peut pas enregistrer de paiement sans la facture.

Merci par avance,

Pauline Ménard
Secrétariat – SCM Kiné Chantenay
02 40 46 30 58"""),

    dict(id="s12frc043", country="FR", date="2027-01-16T10:20", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1226", amt="236,00", due="2027-01-08",
         frm="Christophe Naud <christophe.naud@gmail.com>",
         intent="copy_request",
         note="Payment link fails; asks for the invoice as an attachment, will pay on receipt (conditional, no date).",
         body="""Bonjour
le lien de votre mail ne fonctionne pas chez moi (page d'erreur), pouvez vous m'envoyer la facture en piece jointe svp ? je n'ai pas gardé celle que le technicien m'a laissée. je la reglerai des reception
merci
Christophe Naud"""),

    dict(id="s12frc044", country="FR", date="2027-01-11T09:40", fmt="html_outlook", stage="repeat", ago=4,
         inv="FA26-1146", amt="1 275,00", due="2026-11-30",
         frm="Cabinet Loire Océan Gestion <contact@loire-ocean-gestion.fr>",
         intent="contact_change", new_email="compta@duval-syndic.fr",
         note="Former syndic: the building now has a new syndic; send the invoice and reminders to compta@duval-syndic.fr.",
         body="""Bonjour,

Nous vous informons que, par décision de l'assemblée générale du 8 décembre 2026, notre cabinet n'assure plus la gestion de la copropriété Le Clos Fleuri (18 rue des Hauts-Pavés, Nantes) depuis le 1er janvier 2027. Les fonds et les archives ont été transmis au nouveau syndic.

Merci d'adresser désormais votre facture et vos relances au Cabinet Duval & Associés, service comptabilité copropriétés : compta@duval-syndic.fr

Bien cordialement,

Accueil – Cabinet Loire Océan Gestion
02 40 48 61 30"""),

    dict(id="s12frc045", country="FR", date="2026-12-12T10:05", fmt="tb", stage="reminder", ago=5,
         inv="FA26-1151", amt="312,40", due="2026-11-28",
         frm="Roger Bellanger <roger.bellanger@orange.fr>",
         intent="bank_details",
         note="Retired customer asks for the firm's RIB to pay by transfer from his bank branch.",
         body="""Bonjour,

Je n'ai pas confiance pour payer sur internet avec ma carte. Pourriez-vous m'envoyer votre RIB, que je puisse faire le virement depuis mon agence ?

Merci.
Roger Bellanger
Tél : 02 40 25 17 63"""),

    dict(id="s12frc046", country="FR", date="2027-01-22T12:40", fmt="apple", stage="repeat", ago=2,
         inv="FA26-1209", amt="450,00", due="2026-12-20",
         frm="Patrick Jouan <patrick.jouan@sfr.fr>",
         intent="unsubscribe",
         note="Demands that automatic e-mails stop; says nothing about payment.",
         body="""Arrêtez de m'envoyer vos mails automatiques, je ne les lis pas et ça encombre ma boîte. Retirez mon adresse. Si vous avez quelque chose à me dire vous avez mon numéro.

Envoyé de mon iPhone"""),

    dict(id="s12frc047", country="FR", date="2027-01-21T19:15", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1189", amt="398,00", due="2026-12-10",
         frm="Thomas Bernard <thomas.bernard.lille@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer, a namesake gave the wrong e-mail address.",
         body="""Bonjour,

Je pense qu'il y a une erreur de destinataire : je n'ai jamais fait appel à votre entreprise et j'habite à Lille. Je reçois régulièrement des mails destinés à d'autres Thomas Bernard qui se trompent d'adresse en la donnant.

Vérifiez l'adresse de votre client, je ne vais pas payer la facture de quelqu'un d'autre !

Bonne soirée,
Thomas Bernard"""),

    dict(id="s12frc048", country="FR", date="2027-01-26T08:30", fmt="tb", stage="reminder", ago=1,
         inv="FA26-1218", amt="642,00", due="2027-01-10",
         frm="Le Fournil de Chantenay <lefournildechantenay@orange.fr>",
         intent="other",
         note="Bakery passed the reminder to its accountant, who will get back; no address or commitment.",
         body="""Bonjour,

J'ai transmis votre relance à notre cabinet d'expertise comptable, c'est eux qui s'occupent des règlements fournisseurs depuis cet automne. Ils vont revenir vers vous.

Bonne journée,
Élodie Brard
Le Fournil de Chantenay – Boulangerie Pâtisserie"""),

    dict(id="s12frc049", country="FR", date="2027-01-25T13:15", fmt="html_gmail", stage="reminder", ago=4,
         inv="FA26-1227", amt="289,00", due="2027-01-15",
         frm="Isabelle Carré <isabelle.carre.nantes@gmail.com>",
         intent="dispute",
         note="Contests the repair invoice: boiler still under the two-year warranty.",
         body="""Bonjour,

Je conteste cette facture.

Vous avez installé notre chaudière en mars 2025 et elle est couverte par la garantie de deux ans pièces et main-d'œuvre (c'est écrit sur votre devis et sur le PV de mise en service). La panne du 8 décembre (carte électronique) relève donc de la garantie et je ne vois pas pourquoi je devrais payer 289 € de déplacement et de main-d'œuvre.

Merci de me faire parvenir un avoir ou de m'expliquer en quoi cette intervention ne serait pas couverte.

Cordialement,
Isabelle Carré
06 17 48 92 35"""),

    dict(id="s12frc050", country="FR", date="2027-01-29T17:20", fmt="gmail", stage="firm", ago=3,
         inv="FA26-1166", amt="3 960,00", due="2026-12-15",
         frm="Agnès Loiret <agnes.loiret.kine@gmail.com>",
         intent="dispute",
         note="Physiotherapist contests the amount: the 30% deposit (1 188 EUR) was not deducted; will pay the balance on a corrected invoice.",
         body="""Bonjour,

Votre facture FA26-1166 de 3 960,00 € TTC ne tient pas compte de l'acompte de 30 % (1 188,00 €) que je vous ai versé par virement le 2 octobre, à la signature du devis pour l'aménagement des sanitaires du cabinet. Le solde restant dû est donc de 2 772,00 €, et non de 3 960,00 €.

Je vous remercie de m'adresser une facture de solde corrigée faisant apparaître l'acompte. Je réglerai le solde à réception.

Je trouve d'ailleurs un peu fort de recevoir une troisième relance avec menace de pénalités sans que personne ne m'ait répondu sur ce point, que j'avais déjà signalé par téléphone début janvier.

Agnès Loiret
Masseur-kinésithérapeute D.E.
12 rue de la Bastille, 44000 Nantes"""),
]
