"""fr_a: French replies to a French industrial laundry / workwear rental firm (Blanchisserie Ligérienne SAS).
Every body below was written by hand, one case at a time."""

CASES = [
    dict(id="s14fra001", country="FR", date="2026-12-08T12:47", fmt="apple", stage="reminder", ago=1,
         inv="F2610-0412", amt="412,80", due="2026-11-30",
         frm="Sébastien Moreau <garage.moreau37@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer 'vendredi', written Tuesday 8 Dec: Friday 11 Dec.",
         body="""Bonjour
Ok pas de souci je fais le virement vendredi, j'ai pas accès au compte pro avant.
Seb

Envoyé de mon iPhone"""),

    dict(id="s14fra002", country="FR", date="2026-12-09T10:15", fmt="html_outlook", stage="reminder", ago=2,
         inv="F2610-0398", amt="2 384,16", due="2026-11-30",
         frm="Claire Duvernois <c.duvernois@closdestilleuls-amboise.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer issued 'hier, mardi' in a Wednesday 9 Dec reply: 8 Dec.",
         body="""Bonjour,

Je vous confirme que le virement correspondant à la facture F2610-0398 a été émis hier, mardi, depuis notre compte au Crédit Agricole. Il devrait apparaître sur votre relevé d'ici 24 à 48 heures.

Je vous prie de nous excuser pour ce retard, lié à notre changement de logiciel de comptabilité en novembre.

Bien cordialement,

Claire Duvernois
Directrice
Hôtel Le Clos des Tilleuls ***
12 rue des Ursulines – 37400 Amboise
Tél. 02 47 30 18 62"""),

    dict(id="s14fra003", country="FR", date="2026-12-10T19:32", fmt="gmail", stage="second_reminder", ago=3,
         inv="F2610-0455", amt="1 046,40", due="2026-11-15",
         frm="Camping Les Rives du Cher <campinglesrivesducher@gmail.com>",
         intent="dispute",
         note="Campsite closed since 27 Sept, says no linen delivered in October; refuses to pay and asks for a credit note.",
         body="""Bonsoir,

Ça fait deux fois que je reçois votre relance pour cette facture d'octobre. Je l'ai déjà dit au téléphone à votre commercial (M. Barreau) : le camping est FERMÉ depuis le 27 septembre. On n'a eu aucune livraison de linge en octobre, aucun ramassage, rien. Je ne vois pas comment vous pouvez nous facturer 1046 € de draps et de housses pour des mobil-homes vides.

Je ne paierai pas cette facture. Merci de l'annuler, de m'envoyer un avoir et d'arrêter les relances tant que ce n'est pas réglé de votre côté.

Jean-Marc Thibault
Camping Les Rives du Cher
06 71 42 88 09"""),

    dict(id="s14fra004", country="FR", date="2026-12-21T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="F2610-0533", amt="867,00", due="2026-12-15",
         frm="Domaine Perrault-Lemoine <contact@domaine-perrault-lemoine.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Estate closed 19 Dec to 3 Jan inclusive; back Monday 4 January.",
         body="""Bonjour,

Le domaine et le caveau de dégustation sont fermés pour les fêtes du samedi 19 décembre au dimanche 3 janvier inclus.

Nous serons heureux de vous retrouver à partir du lundi 4 janvier 2027. Pour toute commande urgente de vin, vous pouvez laisser un message au 02 47 52 61 30.

Très belles fêtes de fin d'année,
L'équipe du Domaine Perrault-Lemoine
Vouvray"""),

    dict(id="s14fra005", country="FR", date="2026-12-14T15:22", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="F2610-0471", amt="3 912,50", due="2026-11-30",
         frm="Comptabilité Fournisseurs <compta.fournisseurs@transports-gaudin.fr>",
         intent="promise", promise_date="2027-01-15",
         note="AP department: paid in the next supplier payment run, Friday 15 January 2027.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture F2610-0471.

Cette facture a bien été enregistrée dans notre système et validée par le responsable d'exploitation de notre site de Saint-Pierre-des-Corps. Conformément à notre calendrier de règlement fournisseurs, elle sera payée par virement lors de notre prochaine campagne de paiement, le vendredi 15 janvier 2027.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Nathalie Rousseau
Comptabilité fournisseurs
TRANSPORTS GAUDIN & FILS
ZI du Grand Pont – 3 rue Denis Papin – 37700 Saint-Pierre-des-Corps
Tél. : 02 47 44 90 12 – Fax : 02 47 44 90 19
SAS au capital de 450 000 € – RCS Tours 388 214 507

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s14fra006", country="FR", date="2026-12-11T07:12", fmt="gmail", stage="reminder", ago=4,
         inv="F2610-0502", amt="186,00", due="2026-11-30",
         frm="Kevin Rabier <kevin.rabier.maconnerie@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for it to be resent with the detail before judging the amount.",
         body="""Bonjour

Jai jamais reçu cette facture, ni par mail ni par courrier. Vous pouvez me la renvoyer avec le détail svp ? Je loue 3 tenues chez vous normalement donc 186 ça me parait beaucoup mais je veux voir le détail avant.

Merci
Kevin Rabier
Maçonnerie Rabier - Bléré
06 12 54 87 31"""),

    dict(id="s14fra007", country="FR", date="2026-12-07T11:20", fmt="tb", stage="reminder", ago=0,
         inv=[("F2610-0367", "1 512,00", "2026-11-30"), ("F2610-0368", "684,30", "2026-11-30")],
         frm="Service comptable VDB Hôtellerie <compta@valdebrenne-hotels.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Both invoices paid in one transfer on Friday 4 December.",
         body="""Bonjour,

Vos deux factures F2610-0367 et F2610-0368 ont été réglées par virement le vendredi 4 décembre (un seul virement de 2 196,30 €, libellé « VDB HOTELLERIE FACT 0367 0368 »). Votre relance a dû croiser le paiement.

Bonne journée,

Mélanie Girard
Service comptable
SAS Val de Brenne Hôtellerie
Hôtel du Moulin – Hôtel des Voyageurs
02 47 29 03 74"""),

    dict(id="s14fra008", country="FR", date="2026-12-16T16:05", fmt="outlook", stage="firm", ago=2,
         inv="F2609-0311", amt="2 740,00", due="2026-10-31",
         frm="Camping du Moulin de la Varenne <accueil@moulin-varenne-camping.fr>",
         intent="plan_request",
         note="Does not contest; off-season cash shortage, asks to split into monthly payments, no date given.",
         body="""Bonjour,

Je me permets de revenir vers vous concernant la facture F2609-0311 de fin de saison.

Nous ne contestons absolument pas cette somme, mais comme chaque année la trésorerie du camping est au plus bas entre la fermeture et la réouverture d'avril, et nous avons eu cet automne des travaux imprévus sur le bloc sanitaire. Il nous est impossible de régler 2 740 € en une seule fois en ce moment.

Serait-il envisageable de fractionner ce montant en plusieurs mensualités ? Dites-moi ce qui vous conviendrait, nous ferons au mieux.

Merci de votre compréhension,

Isabelle Marchand
Camping du Moulin de la Varenne
Route de Chenonceaux – 41400 Montrichard
02 54 32 17 45"""),

    dict(id="s14fra009", country="FR", date="2027-01-05T08:47", fmt="outlook", stage="second_reminder", ago=1,
         inv="F2610-0590", amt="524,40", due="2026-12-15",
         frm="Julien Carré <j.carre@garagecentral-chinon.fr>",
         intent="contact_change", new_email="comptabilite@autos-touraine-sud.fr",
         note="Garage bought by a group; invoices and reminders to go to the group's accounts address.",
         body="""Bonjour,

Suite au rachat du garage par le groupe Autos Touraine Sud, la comptabilité est désormais centralisée à Tours et je ne traite plus les factures fournisseurs.

Merci d'adresser dorénavant vos factures et relances à : comptabilite@autos-touraine-sud.fr

Je leur ai fait suivre votre mail.

Cordialement
Julien Carré
Chef d'atelier – Garage Central Chinon"""),

    dict(id="s14fra010", country="FR", date="2027-01-11T09:01", fmt="bounce", stage="reminder",
         inv="F2611-0642", amt="318,00", due="2026-12-31",
         rcpt="reception@hotel-chevalblanc-loches.fr", status="5.1.1", remote="mx1.mail.ovh.net",
         diag="550 5.1.1 <reception@hotel-chevalblanc-loches.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Permanent delivery failure, unknown mailbox.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    reception@hotel-chevalblanc-loches.fr

Technical details of permanent failure:
The remote server rejected the message with the following error:
550 5.1.1 <reception@hotel-chevalblanc-loches.fr>: Recipient address rejected: User unknown in virtual mailbox table"""),
]

CASES += [
    dict(id="s14fra011", country="FR", date="2026-12-18T21:14", fmt="apple", stage="reminder", ago=4,
         inv="F2610-0544", amt="1 128,00", due="2026-11-30",
         frm="Thibault Chauvin <thibault@domaine-cavesbrulees.fr>",
         intent="promise",
         note="Will pay once a Belgian importer pays, 'normalement début janvier': a window, no single day.",
         body="""Bonsoir,

Désolé pour le retard. On attend le règlement d'un importateur belge qui traîne depuis octobre et tant qu'il n'est pas arrivé je suis un peu juste. Dès que c'est rentré je vous règle la facture, normalement ça devrait être bon début janvier.

Bonne soirée
Thibault Chauvin
Domaine des Caves Brûlées – Montlouis

Envoyé de mon iPad"""),

    dict(id="s14fra012", country="FR", date="2026-12-17T13:50", fmt="tb", stage="heads_up", ago=3,
         inv="F2611-0597", amt="243,00", due="2026-12-31",
         frm="Patricia Lenoir <patricia.lenoir.gites@wanadoo.fr>",
         intent="unsubscribe",
         note="Annoyed by pre-due-date reminders; asks to be removed from the automatic mailings.",
         body="""Bonjour,

Ça fait 6 ans que je suis cliente chez vous pour le linge de mes gîtes et je n'ai JAMAIS payé en retard. Je ne vois pas l'intérêt de recevoir un mail de rappel deux semaines avant l'échéance, puis un autre, etc. C'est pénible et franchement un peu vexant.

Retirez mon adresse de vos envois automatiques s'il vous plaît. Je paie toujours à l'échéance, vous le savez très bien.

P. Lenoir
Les Gîtes du Vieux Pressoir"""),

    dict(id="s14fra013", country="FR", date="2027-01-06T10:40", fmt="gmail", stage="firm", ago=2,
         inv="F2610-0489", amt="2 016,00", due="2026-11-30",
         frm="Alain Besnard <besnard.transports@gmail.com>",
         intent="other",
         note="Passed the reminder to the firm's accountants; no payment statement.",
         body="""Bonjour,

Je transmets votre relance à notre cabinet comptable (cabinet Morin & Associés à Loches), qui s'occupe de nos paiements fournisseurs depuis cet été. Ils reviendront vers vous.

Cordialement,
A. Besnard
Transports Besnard"""),

    dict(id="s14fra014", country="FR", date="2026-12-15T11:08", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="F2610-0476", amt="4 385,20", due="2026-11-15",
         frm="Sophie Lambert <s.lambert@logistique-valdeloire.fr>", cc="Direction financière <daf@logistique-valdeloire.fr>",
         intent="bank_details",
         note="Payment held because of a letter announcing a new IBAN; asks the firm to confirm by phone it is genuine.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Le règlement de la facture F2610-0476 a été suspendu volontairement de notre côté : nous avons reçu le 1er décembre un courrier à votre en-tête nous informant d'un changement de domiciliation bancaire, avec un nouveau RIB dans une banque en ligne.

Vu le nombre de tentatives de fraude au changement de RIB ces derniers mois, nous ne ferons aucun virement vers ces nouvelles coordonnées sans confirmation de votre part. Pouvez-vous nous confirmer par téléphone, au 02 47 68 23 40, que ce changement est authentique ? Merci de ne pas répondre uniquement par mail.

Cordialement,

Sophie Lambert
Comptable fournisseurs
LOGISTIQUE VAL DE LOIRE SAS
Plateforme de Joué-lès-Tours – 18 avenue du Général de Gaulle – 37300 Joué-lès-Tours
Tél. 02 47 68 23 40
RCS Tours 512 338 904"""),

    dict(id="s14fra015", country="FR", date="2026-12-10T14:25", fmt="gmail", stage="reminder", ago=3, fwd=True,
         inv="F2610-0430", amt="298,80", due="2026-11-30",
         frm="Sandrine Huet <secretariat@menuiserie-lebrun.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Assistant forwards the manager's answer: cheque sent 'lundi' (Monday 7 Dec, reply of Thursday 10 Dec).",
         body="""Bonjour,

Je vous transfère la réponse de M. Lebrun ci-dessous.

Bonne journée,
Sandrine Huet
Secrétariat – Menuiserie Lebrun
02 47 57 40 61

---------- Forwarded message ---------
De : Patrick Lebrun <p.lebrun@menuiserie-lebrun.fr>
Date: jeu. 10 déc. 2026 à 13:58
Subject: Re: blanchisserie
To: Sandrine Huet <secretariat@menuiserie-lebrun.fr>

Sandrine, le chèque est parti lundi avec le courrier, en même temps que celui de Bigot Matériaux. Dis-leur.
P."""),

    dict(id="s14fra016", country="FR", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="F2610-0561", amt="734,00", due="2026-12-15",
         frm="Caroline Petit <comptabilite@hotel-lagabare.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="Accountant on leave, back Wednesday 6 January.",
         body="""Bonjour,

Je suis en congés et ne consulterai pas mes messages pendant cette période. Je serai de retour le mercredi 6 janvier.

Pour toute urgence concernant une réservation, merci de contacter la réception au 02 47 95 12 08 ou reception@hotel-lagabare.fr.

Caroline Petit
Comptabilité – Hôtel La Gabare"""),

    dict(id="s14fra017", country="FR", date="2026-12-15T17:45", fmt="outlook", stage="second_reminder", ago=1,
         inv="F2610-0508", amt="642,00", due="2026-11-15",
         frm="Carrosserie Dumas <carrosserie.dumas@wanadoo.fr>",
         intent="promise", promise_date="2026-12-31",
         note="Paid with the end-of-month payments, 'le 31 au plus tard': 31 December.",
         body="""Bonjour
Désolé j'avais mis votre facture de côté et je l'ai oubliée. Je la passe avec les autres règlements de fin de mois, donc le 31 au plus tard.
Cordialement
Eric Dumas
Carrosserie Dumas
Montbazon - 02 47 26 51 90"""),

    dict(id="s14fra018", country="FR", date="2027-01-09T10:12", fmt="tb", stage="reminder", ago=5,
         inv="F2611-0677", amt="156,00", due="2026-12-31",
         frm="michel tessier <michel.tessier49@free.fr>",
         intent="other",
         note="Wrong recipient: a private person who is not a customer; asks the firm to correct its file.",
         body="""Bonjour,

Je reçois ce mail alors que je ne suis pas client chez vous et que je n'ai jamais entendu parler de votre société. Je suis un particulier à Saumur. Vous devez avoir une erreur d'adresse dans votre fichier, peut-être un homonyme (il y a un garage Tessier à Doué, je crois).

Merci de corriger.

Michel Tessier"""),

    dict(id="s14fra019", country="FR", date="2027-01-07T11:32", fmt="gmail", stage="second_reminder", ago=3,
         inv="F2610-0599", amt="455,60", due="2026-12-15",
         frm="Auberge du Port <aubergeduport.montsoreau@gmail.com>",
         intent="paid", paid_on="2027-01-07",
         note="Paid by card through the link 'ce matin' (7 January).",
         body="""Bonjour,

C'est fait, je viens de payer ce matin par carte avec le lien dans votre mail. J'ai bien eu la confirmation de paiement à l'écran.

Bonne année à toute l'équipe !
Manon – Auberge du Port"""),

    dict(id="s14fra020", country="FR", date="2026-12-22T20:18", fmt="apple", stage="reminder", ago=1,
         inv="F2610-0585", amt="212,40", due="2026-12-15",
         frm="Renou Transports <renou.transports@sfr.fr>",
         intent="promise", promise_date="2027-01-04",
         note="On the road until the 31st; transfer 'lundi 4' = Monday 4 January 2027.",
         body="""Bonjour je suis sur la route jusqu'au 31 (tournée Espagne) et j'ai pas mes codes banque sur moi. Je fais le virement lundi 4 en rentrant. Cdt
Franck Renou

Envoyé de mon iPhone"""),
]

CASES += [
    dict(id="s14fra021", country="FR", date="2027-01-19T14:02", fmt="html_outlook", stage="heads_up", ago=1,
         inv="F2612-0741", amt="5 126,40", due="2027-01-31",
         frm="Comptabilité Fournisseurs <factures.fournisseurs@loirefret-logistique.fr>",
         intent="copy_request",
         note="Invoice has no purchase-order number; asks for a corrected invoice quoting the PO before it can be paid.",
         body="""Bonjour,

Votre facture F2612-0741 nous est parvenue sans numéro de bon de commande. Conformément à nos conditions générales d'achat, toute facture doit obligatoirement mentionner le numéro de commande émis par notre service achats (format BC-26-XXXXX) ; à défaut, elle ne peut pas être intégrée dans notre circuit de validation ni mise en paiement.

Merci de nous adresser une facture rectifiée portant ce numéro. Si vous ne l'avez pas, votre interlocuteur sur notre site de Vierzon pourra vous le communiquer.

Cordialement,

Service Comptabilité Fournisseurs
LOIRE FRET LOGISTIQUE
Parc d'activités des Noëls – 41350 Vineuil
SAS au capital de 800 000 € – RCS Blois 431 906 275

Merci de penser à l'environnement avant d'imprimer ce message."""),

    dict(id="s14fra022", country="FR", date="2026-12-21T10:05", fmt="tb", stage="second_reminder", ago=4,
         inv="F2610-0519", amt="389,50", due="2026-11-30",
         frm="Domaine Bertin-Rouvière <domaine.bertin-rouviere@orange.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Cheque posted Friday 18 December.",
         body="""Bonjour Madame,

Je vous ai posté un chèque de 389,50 € le vendredi 18 décembre, à l'adresse de la ZA des Grands Champs. Avec les fêtes, la Poste n'est pas très rapide en ce moment, il aura peut-être un peu de retard. Si vous ne l'avez pas reçu d'ici la fin de la semaine, dites-le moi et je ferai opposition.

Bien à vous,
Gérard Bertin
Domaine Bertin-Rouvière
Chinon"""),

    dict(id="s14fra023", country="FR", date="2026-12-29T15:40", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="F2610-0496", amt="1 130,40", due="2026-11-30",
         frm="La Gentilhommière <contact.lagentilhommiere@gmail.com>",
         intent="dispute",
         note="Partial payment of 918,40 made today; refuses the 212 € charge for 4 'lost' chef jackets and asks to cancel that line.",
         body="""Bonjour,

Nous avons réglé ce matin par virement 918,40 €, ce qui correspond à la location et à l'entretien du linge de table et des tenues de cuisine pour le mois d'octobre.

En revanche nous ne réglerons pas la ligne « Perte / non-restitution – 4 vestes de cuisine » à 212 €. Ces vestes ont été rendues à votre chauffeur lors du ramassage du 22 octobre, dans le sac bleu comme toujours. Si elles ont été égarées, c'est chez vous ou pendant le transport.

Merci de vérifier de votre côté et d'annuler cette ligne.

Cordialement,
Hélène Forestier
Hôtel-Restaurant La Gentilhommière
Azay-le-Rideau – 02 47 45 38 90"""),

    dict(id="s14fra024", country="FR", date="2027-01-12T18:22", fmt="gmail", loc="GB", stage="reminder", ago=1,
         inv="F2611-0655", amt="278,00", due="2026-12-31",
         frm="Helen Whitfield <helen@campinglespeupliers.fr>",
         intent="promise", promise_date="2027-01-20",
         note="British campsite owner writing in English: paid 'by the 20th at the latest' = 20 January.",
         body="""Hi,

Sorry about this – Mark normally does the invoices and he's been back in the UK since before Christmas. I've only just found the login for the bank. I'll make sure it's paid by the 20th at the latest.

Kind regards,
Helen Whitfield
Camping Les Peupliers
Chaumont-sur-Loire"""),

    dict(id="s14fra025", country="FR", date="2027-01-05T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F2611-0631", amt="1 744,80", due="2026-12-31",
         frm="Hôtel Les Marronniers <contact@hotel-lesmarronniers-bracieux.fr>",
         intent="out_of_office", return_date="2027-02-01",
         note="Hotel closed for its annual holiday; reopens Monday 1 February 2027.",
         body="""Bonjour,

Merci pour votre message.

L'hôtel Les Marronniers est actuellement fermé pour congés annuels. Nous rouvrirons nos portes le lundi 1er février 2027 et traiterons votre demande dès notre retour.

Pour les réservations, vous pouvez utiliser notre site internet.

À très bientôt,
L'équipe des Marronniers
Bracieux"""),

    dict(id="s14fra026", country="FR", date="2027-01-08T12:15", fmt="outlook", stage="reminder", ago=4,
         inv=[("F2611-0602", "96,00", "2026-12-31"), ("F2611-0603", "143,40", "2026-12-31")],
         frm="Garage des Quatre Routes <garage4routes@orange.fr>",
         intent="paid", paid_on="2027-01-05",
         note="On direct debit; both debits taken on 05/01 according to the bank statement.",
         body="""Bonjour,

Je ne comprends pas votre relance. On est en prélèvement automatique chez vous depuis 2 ans. J'ai regardé mon relevé ce matin : vos deux prélèvements (96,00 et 143,40) sont bien passés le 05/01.

Merci de vérifier de votre côté avant de relancer.

Cdlt
Stéphane Guérin
Garage des Quatre Routes – Mécanique toutes marques
Noyant-de-Touraine"""),

    dict(id="s14fra027", country="FR", date="2027-01-13T18:40", fmt="gmail", stage="second_reminder", ago=2, noquote=True,
         inv="F2611-0614", amt="367,20", due="2026-12-15",
         frm="Déménagements Charrier <demenagements.charrier@gmail.com>",
         intent="promise", promise_date="2027-01-14",
         note="Transfer 'demain matin', written Wednesday 13 January.",
         body="""bonsoir, vu avec ma comptable, virement demain matin. cordialement, L. Charrier"""),

    dict(id="s14fra028", country="FR", date="2027-01-17T08:05", fmt="gmail", stage="firm", ago=6,
         inv="F2610-0463", amt="574,80", due="2026-11-15",
         frm="gilles brault <brault.plomberie@gmail.com>",
         intent="plan_request",
         note="Plumber with unpaid jobs asks to pay in 3 instalments; no dates.",
         body="""bonjour
je sais que je suis en retard, janvier est dur j'ai 2 chantiers pas payés. est ce que je peux vous regler en 3 fois ? je peux pas sortir 574 d'un coup la
merci
gilles brault plomberie chauffage"""),

    dict(id="s14fra029", country="FR", date="2026-12-30T16:12", fmt="none", stage="firm", ago=2,
         inv="F2610-0448", amt="812,00", due="2026-11-15",
         frm="SCEA Vignobles Marçais <scea.marcais@orange.fr>",
         intent="paid",
         note="Says paid more than a week ago; no exact day.",
         body="""C'est payé depuis plus d'une semaine. Regardez vos comptes avant d'envoyer des menaces avec des pénalités.

JP Marçais"""),

    dict(id="s14fra030", country="FR", date="2026-12-09T12:20", fmt="apple", stage="reminder", ago=2,
         inv="F2610-0421", amt="628,00", due="2026-11-30",
         frm="Camping Le Val Fleuri <valfleuri.camping@orange.fr>",
         intent="promise",
         note="Will pay 'la semaine prochaine': a window, no single day.",
         body="""Bonjour,

Bien reçu. Je fais le nécessaire la semaine prochaine, je suis seule au bureau en ce moment.

Cordialement,
Martine Chesneau
Camping Le Val Fleuri"""),
]

CASES += [
    dict(id="s14fra031", country="FR", date="2027-01-14T10:50", fmt="html_outlook", stage="firm", ago=3,
         inv=[("F2610-0401", "3 486,00", "2026-11-30"), ("F2611-0588", "3 512,40", "2026-12-31")],
         frm="Aurélie Mercier <a.mercier@loire-chateaux-hotels.fr>", cc="Direction des achats <achats@loire-chateaux-hotels.fr>",
         intent="dispute",
         note="Contests an 8.5% price rise not notified as the contract requires; invoices blocked until corrected invoices or credit notes.",
         body="""Madame, Monsieur,

Nous faisons suite à votre troisième relance concernant les factures F2610-0401 et F2611-0588, émises pour nos établissements de Blois et d'Amboise.

Nous vous informons que nous contestons le montant de ces deux factures. À compter du 1er octobre 2026, vous avez appliqué une hausse de 8,5 % sur l'ensemble des prix unitaires (draps, housses, serviettes, peignoirs). Or l'article 6 de notre contrat-cadre du 12 mars 2024 prévoit une révision annuelle au 1er janvier, plafonnée à l'évolution de l'indice ICHT-rev et subordonnée à une information écrite préalable de trois mois. Nous n'avons reçu aucune notification en ce sens.

Nous sommes disposés à régler ces factures dès réception de factures rectifiées sur la base des tarifs en vigueur avant le 1er octobre, ou d'avoirs correspondant à la différence. Dans l'attente, ces deux factures sont bloquées dans notre système, et les pénalités de retard mentionnées dans votre courrier ne nous paraissent pas applicables.

Nous vous remercions de bien vouloir transmettre ce dossier à votre responsable commercial.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Aurélie Mercier
Responsable comptabilité fournisseurs
GROUPE LOIRE & CHÂTEAUX HÔTELS
4 quai de la Saussaye – 41000 Blois
Tél. : +33 (0)2 54 90 33 10
SAS au capital de 1 200 000 € – RCS Blois 794 502 118 – TVA FR 27 794502118"""),

    dict(id="s14fra032", country="FR", date="2026-12-28T09:35", fmt="html_gmail", stage="second_reminder", ago=0,
         inv="F2610-0527", amt="264,00", due="2026-11-30",
         frm="La Closerie Chinon <lacloserie.chinon@gmail.com>",
         intent="paid", paid_on="2026-12-23",
         note="Transfer made on 23/12; asks for confirmation of receipt (secondary).",
         body="""Bonjour,

Il me semble que c'est déjà réglé : j'ai fait le virement depuis l'appli de ma banque le 23/12, juste avant de partir chez mes parents. Je vous joins la capture d'écran de l'ordre de virement (264,00 €, référence F2610-0527).

Pouvez-vous me confirmer la bonne réception ?

Merci et bonnes fêtes,
Anne-Sophie Vallet
La Closerie – Chambres d'hôtes
06 84 21 93 57"""),

    dict(id="s14fra033", country="FR", date="2026-12-23T17:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2610-0540", amt="498,00", due="2026-11-30",
         frm="Lefèvre Pneus <lefevre.pneus41@gmail.com>",
         intent="promise",
         note="Will settle after the holidays when the garage reopens: no single day.",
         body="""Bonjour,
On ferme demain jusqu'au 3 janvier, je regarde ça a la reprise apres les fêtes et je vous reglerai la facture. Bonnes fêtes a vous
Romain
Lefèvre Pneus - Vendôme"""),

    dict(id="s14fra034", country="FR", date="2027-01-18T11:00", fmt="tb", stage="second_reminder", ago=0,
         inv="F2611-0669", amt="1 380,00", due="2026-12-31",
         frm="Bernard Hamon <bernard.hamon37@laposte.net>",
         intent="contact_change", new_email="emilie.hamon@camping-lesgrandspres.fr",
         note="Retired owner; daughter now runs the campsite, mails to go to her address.",
         body="""Bonjour,

J'ai pris ma retraite au 1er janvier et c'est maintenant ma fille Émilie qui gère le camping, et donc les factures. Je ne suis plus au courant des paiements.

Merci d'envoyer vos mails à son adresse : emilie.hamon@camping-lesgrandspres.fr

Cordialement,
Bernard Hamon"""),

    dict(id="s14fra035", country="FR", date="2026-12-28T09:01", fmt="ooo", loc="GB", stage="reminder", ago=0,
         inv="F2610-0578", amt="2 218,00", due="2026-12-15",
         frm="Pieter de Vries <p.devries@nordtrans-logistics.eu>",
         intent="out_of_office", return_date="2027-01-11",
         note="English auto-reply; back Monday 11 January 2027.",
         body="""Thank you for your email.

I am currently out of the office with limited access to email. I will be back on Monday 11 January 2027.

For urgent matters regarding invoices, please contact our accounts team at ap.france@nordtrans-logistics.eu.

Best regards,
Pieter de Vries
Site Manager – Nordtrans Logistics France, Tours Nord"""),

    dict(id="s14fra036", country="FR", date="2027-01-08T16:20", fmt="gmail", stage="heads_up", ago=3,
         inv="F2611-0680", amt="845,00", due="2027-01-15",
         frm="Laure Perrot <administration@domaine-fouassier-perrot.fr>",
         intent="promise", promise_date="2027-01-13",
         note="Transfer on 'mercredi 13' (13 January), before the 15 January due date.",
         body="""Bonjour,

Bien noté. Ce sera réglé par virement le mercredi 13, nous faisons tous nos paiements fournisseurs ce jour-là ce mois-ci.

Cordialement
Laure Perrot
Administration – Domaine Fouassier-Perrot
Saint-Nicolas-de-Bourgueil"""),

    dict(id="s14fra037", country="FR", date="2027-01-20T14:45", fmt="outlook", stage="repeat", ago=2,
         inv=[("F2609-0298", "412,00", "2026-10-31"), ("F2610-0512", "388,00", "2026-11-30")],
         frm="Virginie Lhomme <compta@hautesvarennes.fr>",
         intent="copy_request",
         note="Lost track of invoices, credit notes and a partial payment; asks for a full account statement before paying.",
         body="""Bonjour,

Je ne m'y retrouve plus entre vos factures, les deux avoirs que vous nous avez faits en novembre (dont un pour les tabliers du salon) et le règlement partiel de 300 € envoyé en décembre.

Avant de payer quoi que ce soit, pourriez-vous m'envoyer un relevé de compte complet depuis septembre, avec les factures, les avoirs et les règlements reçus ? Je ferai le point et je régulariserai ce qui reste dû.

Merci,
Virginie Lhomme
Comptabilité – Domaine des Hautes Varennes
02 47 97 15 62"""),

    dict(id="s14fra038", country="FR", date="2027-01-06T20:05", fmt="html_gmail", loc="GB", stage="reminder", ago=2,
         inv="F2611-0624", amt="538,80", due="2026-12-31",
         frm="Joost Bakker <info@camping-lesbouleaux.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Dutch owner writing in English: paid by transfer on 4 January.",
         body="""Hello,

We paid this invoice on 4 January by bank transfer from our Rabobank account, so I think our payment and your reminder crossed. It can take one or two days more because it comes from the Netherlands.

Best regards,
Joost Bakker
Camping Les Bouleaux"""),

    dict(id="s14fra039", country="FR", date="2027-01-14T08:10", fmt="none", off="+0000", stage="second_reminder", ago=3,
         inv="F2611-0611", amt="1 022,40", due="2026-12-15",
         frm="Transports Michaud <exploitation@transports-michaud.fr>",
         intent="promise", promise_date="2027-01-25",
         note="Invoice approved, goes out in the payment run of 25/01.",
         body="""Bonjour,
Facture validée, elle part au paiement le 25/01 avec le reste de nos fournisseurs.
Cdt
Service exploitation
Transports Michaud
Tél 02 54 78 40 11"""),

    dict(id="s14fra040", country="FR", date="2026-12-11T18:55", fmt="gmail", stage="second_reminder", ago=4,
         inv="F2610-0439", amt="318,60", due="2026-11-15",
         frm="garage pichon <garagepichon@hotmail.fr>",
         intent="dispute",
         note="Shop towels delivered dirty and torn; refuses to pay until clean towels and a credit note.",
         body="""Non mais vous rigolez ? Ca fait 2 mois que vos chiffons d'atelier arrivent encore gras, il y en a la moitié qui sont troués, j'ai appelé 3 fois votre service client et personne ne rappelle. Et vous me relancez pour payer ?

Je paierai quand vous m'aurez livré des chiffons propres et fait un avoir pour octobre et novembre. Pas avant.

Pichon"""),
]

CASES += [
    dict(id="s14fra041", country="FR", date="2027-01-04T10:30", fmt="html_outlook", fresh=True, stage="reminder",
         subj="Changement de coordonnées bancaires – Hôtel du Parc Saumur",
         inv="F2611-0650", amt="910,00", due="2026-12-31",
         frm="Laetitia Roussel <compta@hotelduparc-saumur.fr>",
         intent="bank_details",
         note="New mail announcing the customer's own new bank account for future direct debits.",
         body="""Bonjour,

Nous vous informons que depuis le 1er janvier 2027, le compte bancaire de l'Hôtel du Parc est domicilié au Crédit Mutuel de Saumur. L'ancien compte à la Banque Populaire sera clôturé fin janvier.

Merci de mettre à jour vos fichiers pour les prélèvements à venir, y compris celui de la facture de novembre. Nos nouvelles coordonnées :
Titulaire : SARL HÔTEL DU PARC
IBAN : FR76 1027 8394 1200 0204 6180 162
BIC : CMCIFR2A

Le nouveau mandat de prélèvement SEPA signé part par courrier aujourd'hui.

Bien cordialement,

Laetitia Roussel
Responsable administrative
Hôtel du Parc *** – 7 avenue du Général Leclerc – 49400 Saumur
02 41 51 27 90"""),

    dict(id="s14fra042", country="FR", date="2027-01-11T11:25", fmt="html_outlook", stage="firm", ago=0,
         inv="F2610-0552", amt="1 692,00", due="2026-11-30",
         frm="François Aubert <direction@legrandcerf-vendome.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Commits to pay in full 'au plus tard fin janvier' = 31 January.",
         body="""Bonjour,

Je reviens vers vous suite à votre relance. Le mois de décembre a été difficile pour nous (restaurant fermé trois semaines après un dégât des eaux), et l'assurance n'a toujours pas versé l'indemnité.

Je m'engage à régler la totalité de la facture, pénalités comprises si vous les maintenez, au plus tard fin janvier.

Je vous remercie de votre patience.

François Aubert
Gérant – Hôtel Le Grand Cerf
Vendôme – 02 54 77 21 04"""),

    dict(id="s14fra043", country="FR", date="2026-12-22T09:01", fmt="ooo", stage="second_reminder", ago=0,
         subj_prefix="Réponse automatique d'absence : ",
         inv="F2610-0567", amt="476,40", due="2026-11-30",
         frm="Nadine Fleury <n.fleury@garage-fleury-automobiles.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 21/12 to 01/01 inclusive; first working day after is Monday 4 January.",
         body="""Absente du 21/12 au 01/01 inclus. Vos messages ne sont pas transférés.
Pour l'atelier : 02 54 20 36 17.
N. Fleury"""),

    dict(id="s14fra044", country="FR", date="2027-01-22T19:48", fmt="apple", stage="final_notice", ago=4,
         inv="F2609-0305", amt="1 460,00", due="2026-10-31",
         frm="Yannick Perrin <yannick.perrin.carrelage@gmail.com>",
         intent="plan_request",
         note="Partial transfer of 300 € tonight; asks for an instalment plan over Feb-April for the rest.",
         body="""Bonsoir

jai fait un virement de 300 euros ce soir, c'est tout ce que je peux faire ce mois ci. Pour le reste est ce que vous pouvez m'accorder un echeancier sur fevrier mars avril ? Je veux pas que ca parte au contentieux, j'ai toujours payé avant cette année.

Yannick Perrin
Carrelage Perrin

Envoyé de mon iPhone"""),

    dict(id="s14fra045", country="FR", date="2027-01-18T13:15", fmt="gmail", stage="reminder", ago=3,
         inv="F2611-0636", amt="326,40", due="2026-12-31",
         frm="Ludovic Gaillard <carrosseriedulac37@gmail.com>",
         intent="promise", promise_date="2027-01-21",
         note="Transfer 'jeudi' from Monday 18 January = 21 January; side question about adding overalls.",
         body="""Bonjour,

Je vous fais le virement jeudi.

Par contre j'ai embauché un apprenti la semaine dernière, est-ce que vous pouvez rajouter 2 combinaisons taille M à la prochaine livraison ? Ou il faut passer par votre commercial ?

Merci
Ludovic Gaillard
Carrosserie du Lac – Chambray-lès-Tours"""),

    dict(id="s14fra046", country="FR", date="2026-12-08T09:40", fmt="html_outlook", stage="heads_up", ago=1,
         inv="F2611-0590", amt="2 894,00", due="2026-12-31",
         frm="Corinne Vasseur <comptabilite@cars-touraine-voyageurs.fr>",
         intent="unsubscribe",
         note="Coach company asks to switch off the automatic pre-due-date reminders for its account.",
         body="""Bonjour,

Nos factures sont réglées par virement à 30 jours fin de mois, conformément à nos conditions, et nous n'avons jamais eu d'incident de paiement avec votre société.

Nous vous remercions de bien vouloir désactiver ces rappels automatiques avant échéance pour notre compte : ils génèrent des appels inutiles à notre service comptable.

Cordialement,

Corinne Vasseur
Service comptabilité
CARS TOURAINE VOYAGEURS
Rue de la Gare – 37150 Bléré
02 47 23 55 80"""),

    dict(id="s14fra047", country="FR", date="2027-01-22T17:05", fmt="gmail", stage="firm", ago=4,
         inv="F2610-0571", amt="702,60", due="2026-12-15",
         frm="David Poirier <transports.poirier@gmail.com>", cc="Cabinet Rigault <contact@cabinet-rigault-expertise.fr>",
         intent="paid", paid_on="2027-01-22",
         note="Transfer made 'à l'instant' on 22 January; accountant in copy.",
         body="""Bonjour,
Virement de 702,60 € fait à l'instant, désolé pour le retard on a eu un souci avec le changement de banque. Je mets notre comptable en copie.
Cordialement
David Poirier
SARL Transports Poirier"""),

    dict(id="s14fra048", country="FR", date="2027-01-26T10:20", fmt="tb", stage="final_notice", ago=1,
         inv=[("F2610-0583", "264,00", "2026-11-30"), ("F2611-0672", "264,00", "2026-12-31")],
         frm="Christophe Lemaire <contact@transports-lemaire.fr>",
         intent="dispute",
         note="Contract terminated by registered letter effective 30 Sept; October and November invoices not owed.",
         body="""Madame, Monsieur,

Nous avons résilié notre contrat de location de vêtements de travail par lettre recommandée avec accusé de réception du 14 août 2026, avec effet au 30 septembre 2026 conformément au préavis contractuel. L'accusé de réception a été signé par votre société le 18 août.

Les factures F2610-0583 et F2611-0672 portent sur les mois d'octobre et de novembre, pour un service qui n'avait plus lieu d'être et que nous n'avons pas reçu (nos dernières tenues vous ont été restituées le 29 septembre). Elles ne sont donc pas dues.

Nous vous demandons de les annuler et de cesser vos relances. Une copie de la lettre de résiliation et de l'AR peut vous être transmise sur simple demande.

Salutations,

Christophe Lemaire
Gérant – Transports Lemaire
La Chapelle-Vendômoise – 02 54 58 17 33"""),

    dict(id="s14fra049", country="FR", date="2026-12-14T14:30", fmt="html_outlook", stage="firm", ago=0,
         inv="F2609-0322", amt="1 936,80", due="2026-10-31",
         frm="Gilles Ferrand <direction@bergesdelavienne.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire); pre-judgment debts must be declared to the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance.

Nous vous informons que, par jugement du Tribunal de commerce de Tours en date du 2 décembre 2026, la SAS Loisirs de la Vienne, exploitante du camping Les Berges de la Vienne, a fait l'objet de l'ouverture d'une procédure de redressement judiciaire, avec une période d'observation de six mois.

Conformément aux dispositions légales, nous ne sommes pas autorisés à régler les créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Hélène Castaing, 15 rue de la Préfecture, 37000 Tours, dans un délai de deux mois à compter de la publication au BODACC.

Les prestations postérieures au 2 décembre seront réglées normalement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Gilles Ferrand
Président – SAS Loisirs de la Vienne
Camping Les Berges de la Vienne – 37220 L'Île-Bouchard"""),

    dict(id="s14fra050", country="FR", date="2027-01-27T21:40", fmt="apple", stage="second_reminder", ago=2,
         inv="F2611-0645", amt="582,00", due="2026-12-31",
         frm="Sylvie Marchais <sylvie.marchais@orange.fr>",
         intent="other",
         note="In hospital, will look at the invoice when home next week; no commitment to pay.",
         body="""Bonsoir,

Je suis hospitalisée depuis le 12 janvier (opération de la hanche) et c'est moi qui fais toute la compta du camping, mon mari n'a pas accès aux comptes. Je rentre normalement la semaine prochaine, je regarderai votre facture à ce moment-là.

Sylvie Marchais
Camping de l'Étang

Envoyé de mon iPhone"""),
]
