"""fr_a: French debtors replying to Roussel Thermique SARL (Tours). Each body written by hand."""

CASES = [
    dict(id="s15fra001", country="FR", date="2026-12-08T19:42", fmt="apple", stage="reminder", ago=1,
         inv="FA-26-1402", amt="486,00", due="2026-11-30",
         frm="Kevin Moreau <moreau.renovation37@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer 'vendredi' from Tuesday 8 Dec = Friday 11 Dec.",
         body="""ok je fais le virement vendredi, la je suis sur un chantier jusqu'a 20h

Kevin

Envoyé de mon iPhone"""),

    dict(id="s15fra002", country="FR", date="2026-12-09T10:15", fmt="gmail", stage="reminder", ago=2,
         inv="FA-26-1377", amt="189,00", due="2026-11-25",
         frm="Hélène Garnier <helene.garnier58@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Paid by card through the online link 'hier soir' (8 Dec).",
         body="""Bonjour,

J'ai réglé la facture hier soir par carte bancaire en passant par votre lien de paiement. J'ai bien reçu la confirmation par mail, je pensais que vous étiez au courant.
Merci encore au technicien pour l'entretien de la chaudière, très sympathique.

Cordialement,
Hélène Garnier"""),

    dict(id="s15fra003", country="FR", date="2026-12-10T11:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA-26-1311", amt="2 347,20", due="2026-11-15",
         frm="Le Relais de la Loire <contact@relaisdelaloire.fr>",
         intent="dispute",
         note="Work failed, refuses to pay until the job is redone; asks for a reduction.",
         body="""Bonjour,

Vous avez du culot de m'envoyer une deuxième relance. Votre technicien est venu changer le circulateur le 28 octobre et la chaudière est retombée en panne le 2 novembre, en plein service du midi. J'ai appelé trois fois votre standard, personne n'est jamais revenu. J'ai dû faire venir quelqu'un d'autre à mes frais.

Je ne paierai pas cette facture tant que vous n'aurez pas renvoyé quelqu'un pour reprendre le travail correctement, et je veux qu'on discute d'un geste sur le montant.

Thierry Lambert
Gérant – Le Relais de la Loire
12 quai Paul Bert, 37100 Tours
06 71 24 88 13"""),

    dict(id="s15fra004", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA-26-1450", amt="1 120,00", due="2026-12-15",
         frm="Service Finances - Mairie de Noyant-la-Rivière <finances@noyant-lariviere.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed 21 Dec to 1 Jan inclusive, reopens Monday 4 January.",
         body="""Bonjour,

Le service Finances de la mairie est fermé du lundi 21 décembre au vendredi 1er janvier inclus. Réouverture le lundi 4 janvier 2027 à 8h30.

Pour toute urgence concernant l'état civil, merci de contacter l'accueil de la mairie au 02 47 55 10 20.

Cordialement,
Service Finances
Mairie de Noyant-la-Rivière"""),

    dict(id="s15fra005", country="FR", date="2026-12-17T16:48", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA-26-1268", amt="8 940,00", due="2026-11-30",
         frm="Comptabilite Fournisseurs <ap.fournisseurs@groupe-valmont.com>",
         intent="promise", promise_date="2027-01-15",
         note="Invoice approved, included in the payment run of 15 January 2027.",
         body="""Bonjour,

Nous accusons réception de votre relance concernant la facture FA-26-1268.

Après vérification, cette facture a bien été rapprochée du bon de commande PO-4500218735 et validée par le site de Tours. Elle sera intégrée à notre prochaine campagne de paiement du 15 janvier 2027 (règlement par virement SEPA).

Nous vous rappelons que nos paiements fournisseurs sont exécutés deux fois par mois, le 15 et le dernier jour ouvré du mois. Pour tout suivi, merci de mentionner systématiquement le numéro de commande dans vos échanges.

Cordialement,

Sandrine Poupard
Comptabilité Fournisseurs – Centre de Services Partagés
Groupe Hôtelier Valmont
Tél. : +33 1 44 90 27 51

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s15fra006", country="FR", date="2026-12-14T14:20", fmt="tb", stage="reminder", ago=3,
         inv="FA-26-1352", amt="624,00", due="2026-11-30",
         frm="Marion Tessier <m.tessier@brault-immobilier.fr>",
         intent="copy_request",
         note="Property manager cannot find the invoice; asks for a copy and the signed work order before paying.",
         body="""Bonjour,

Nous gérons la copropriété « Résidence Les Tilleuls », 8 rue Origet à Tours, pour laquelle vous semblez être intervenus.

Nous ne retrouvons pas cette facture dans notre logiciel et aucun ordre de service n'a été émis par notre cabinet pour ce montant. Pourriez-vous nous en adresser une copie, accompagnée du bon d'intervention signé sur place, afin que nous puissions la soumettre au conseil syndical ?

Dès réception, nous procéderons au règlement si tout est en ordre.

Bien cordialement,

--
Marion Tessier
Gestionnaire de copropriétés
Cabinet Brault Immobilier
45 boulevard Béranger – 37000 Tours
Tél. 02 47 20 64 31
Carte professionnelle CPI 3701 2019 000 041 812"""),

    dict(id="s15fra007", country="FR", date="2026-12-15T21:37", fmt="gmail", stage="firm", ago=1,
         inv="FA-26-1189", amt="1 640,00", due="2026-10-31",
         frm="Sophie Legrand <sophielegrand37@gmail.com>",
         intent="plan_request",
         note="Asks to pay in 3 or 4 instalments; no date committed.",
         body="""Bonsoir,

Je suis désolée pour le retard, je n'oublie pas la facture du remplacement du chauffe-eau. Avec les fêtes et la voiture qui m'a lâchée ce mois-ci c'est très compliqué de tout payer d'un coup.
Est-ce qu'il serait possible de payer en plusieurs fois ? 3 ou 4 fois si vous acceptez.

Merci de votre compréhension
Sophie Legrand"""),

    dict(id="s15fra008", country="FR", date="2026-12-11T09:12", fmt="gmail", stage="second_reminder", ago=1,
         inv=[("FA-26-1204", "356,40", "2026-10-31"), ("FA-26-1290", "212,00", "2026-11-20")],
         frm="Boulangerie Chevalier <boulangerie.chevalier@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Both invoices paid in one transfer 'mercredi' (9 Dec, reply is Friday 11).",
         body="""Bonjour

Les deux factures ont été payées par virement mercredi (356,40 + 212,00 = 568,40 € en un seul virement, libellé BOULANGERIE CHEVALIER). Vous devriez l'avoir sur votre compte aujourd'hui ou lundi.

Bonne journée
Nathalie Chevalier
Boulangerie Chevalier – 3 place du Marché, Amboise"""),

    dict(id="s15fra009", country="FR", date="2026-12-22T18:05", fmt="gmail", stage="reminder", ago=1,
         inv="FA-26-1471", amt="735,00", due="2026-12-15",
         frm="Mickael Dubreuil <mika.elec37@gmail.com>",
         intent="promise",
         note="Will pay 'après les fêtes': vague, no single day.",
         body="""bjr, je regle ca apres les fetes pas de soucis. bonne fin d annee
mika"""),

    dict(id="s15fra010", country="FR", date="2026-12-16T10:40", fmt="outlook", stage="reminder", ago=2,
         inv="FA-26-1398", amt="1 488,00", due="2026-11-30",
         frm="Claire Vannier <c.vannier@transports-girault.fr>",
         cc="comptabilite@transports-girault.fr",
         intent="contact_change", new_email="comptabilite@transports-girault.fr",
         note="Wrong person (HR); asks that invoices and reminders go to the accounts address.",
         body="""Bonjour,

Je ne suis pas la bonne interlocutrice pour les règlements fournisseurs, je m'occupe des ressources humaines.
Merci d'adresser dorénavant vos factures et relances à notre service comptable : comptabilite@transports-girault.fr (en copie). Je leur ai transmis votre message.

Cordialement,

Claire Vannier
Responsable RH
Transports Girault SAS
ZA des Gaudières – 37250 Montbazon
Tél. : 02 47 34 19 70"""),

    dict(id="s15fra011", country="FR", date="2027-01-06T15:22", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-26-1422", amt="980,00", due="2026-12-10",
         frm="Jean-Pierre Roux <jp.roux.tcj@gmail.com>",
         intent="other",
         note="Passed to the club's accounting firm; no payment statement.",
         body="""Bonjour,

Je suis le trésorier bénévole du club. Je ne suis pas sûr que cette facture soit passée par moi, le bureau a changé en septembre.
J'ai transmis votre mail à notre cabinet comptable (cabinet Perrot & Associés) qui gère nos paiements, ils devraient revenir vers vous.

Bonne année à toute l'équipe,
Jean-Pierre Roux
Trésorier – Tennis Club de Joué"""),

    dict(id="s15fra012", country="FR", date="2026-12-08T09:04", fmt="bounce",
         inv="FA-26-1415", amt="1 035,00", due="2026-11-30",
         rcpt="a.bernier@menuiserie-bernier.fr", status="5.1.1", remote="mx3.mail.ovh.net",
         diag="550 5.1.1 <a.bernier@menuiserie-bernier.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Hard bounce, unknown user.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     a.bernier@menuiserie-bernier.fr

Technical details of permanent failure:
The recipient's mail server rejected the message: 550 5.1.1 User unknown in virtual mailbox table"""),

    dict(id="s15fra013", country="FR", date="2026-12-16T11:05", fmt="apple", stage="repeat", ago=2,
         inv="FA-26-1197", amt="265,00", due="2026-10-31",
         frm="Bernard Pichon <bernard.pichon@wanadoo.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted 'lundi' (14 Dec, reply Wednesday 16).",
         body="""Madame, Monsieur,

Je vous ai envoyé un chèque de 265 euros lundi par la poste, à l'adresse de l'avenue Jean Jaurès. Il devrait vous parvenir d'ici la fin de la semaine. J'espère que cette fois ce sera bon, car je n'aime pas trop ces histoires de paiement sur internet.

Veuillez agréer mes salutations distinguées.

Bernard Pichon"""),

    dict(id="s15fra014", country="FR", date="2027-01-13T11:12", fmt="outlook", stage="reminder", ago=2,
         inv="FA-26-1499", amt="864,00", due="2027-01-05",
         frm="Optique Marceau <contact@optique-marceau.fr>",
         intent="promise",
         note="Payment 'dans le courant de la semaine prochaine': a window, no single day.",
         body="""Bonjour,

Mon comptable est en train de clôturer l'exercice, je lui ai demandé de passer le règlement dans le courant de la semaine prochaine.

Cordialement,
Hugo Marceau
Optique Marceau – 21 rue Nationale, Tours
02 47 05 66 18"""),

    dict(id="s15fra015", country="FR", date="2026-12-24T08:30", fmt="ooo", stage="reminder", ago=1,
         inv="FA-26-1466", amt="3 210,00", due="2026-12-20",
         frm="Isabelle Fournier <i.fournier@clinique-valfleuri.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 24 Dec to 3 Jan inclusive (a Sunday): back Monday 4 January.",
         body="""Bonjour,

Je suis absente du 24 décembre au 3 janvier inclus, sans accès à ma messagerie.
Pour les questions urgentes relatives aux commandes et aux factures, vous pouvez contacter Mme Delphine Arnoux (d.arnoux@clinique-valfleuri.fr – 02 47 88 45 12).

Bonnes fêtes de fin d'année,
Isabelle Fournier
Acheteuse – Services économiques
Clinique du Val Fleuri"""),

    dict(id="s15fra016", country="FR", date="2026-12-18T14:02", fmt="html_gmail", stage="reminder", ago=4,
         inv="FA-26-1417", amt="1 656,00", due="2026-12-10",
         frm="Laurent Gaudin <laurent@imprimerie-gaudin.fr>",
         intent="dispute",
         note="Amount above the signed quote; will pay only the quote on a corrected invoice.",
         body="""Bonjour,

Je reviens vers vous sur la facture FA-26-1417 de 1 656,00 € TTC.
Le devis que nous avions signé en octobre (D-26-0388) était de 1 150,00 € HT, soit 1 380,00 € TTC. Je ne retrouve nulle part l'explication de la différence de 276 €. Si ce sont des pièces supplémentaires, personne ne nous a demandé notre accord.

Je suis prêt à régler le montant du devis dès réception d'une facture rectifiée, mais pas la facture en l'état.

Cordialement,
Laurent Gaudin
Imprimerie Gaudin
06 12 47 93 50"""),

    dict(id="s15fra017", country="FR", date="2027-01-11T09:47", fmt="outlook", stage="reminder", ago=3,
         inv="FA-26-1490", amt="4 380,00", due="2026-12-31",
         frm="Comptabilité EHPAD Les Glycines <comptabilite@ehpad-lesglycines.fr>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de procéder au règlement de votre facture FA-26-1490, nous souhaitons une confirmation de votre part.

Nous avons reçu le 5 janvier un courrier à votre en-tête nous informant d'un changement de domiciliation bancaire (nouvel IBAN commençant par FR76 1780 6004…). Ce courrier nous semble inhabituel et nous préférons vérifier : pouvez-vous nous confirmer par téléphone vos coordonnées bancaires actuelles ?

Dans l'attente, le paiement est suspendu.

Cordialement,

Patricia Lemaire
Comptable
EHPAD Les Glycines
Tél. : 02 47 42 71 06"""),

    dict(id="s15fra018", country="FR", date="2026-12-12T13:14", fmt="none", stage="heads_up", ago=5,
         inv="FA-26-1480", amt="145,00", due="2026-12-20",
         frm="Gérard Coutant <g.coutant@free.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders.",
         body="""Vous pouvez arrêter de m'envoyer ces mails de rappel ? La facture n'est même pas échue et j'ai toujours payé mes factures. Je ne veux plus recevoir ces messages automatiques, merci de me retirer de vos envois.

G. Coutant"""),

    dict(id="s15fra019", country="FR", date="2026-12-28T12:31", fmt="apple", stage="reminder", ago=3,
         inv="FA-26-1459", amt="412,80", due="2026-12-15",
         frm="Yannick Perrin <perrin.deco@orange.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Will pay at the agency 'le 5 janvier au plus tard'.",
         body="""Bonjour je passe regler a votre agence le 5 janvier au plus tard, on est fermés jusque la.
Yannick Perrin

Envoyé de mon iPhone"""),

    dict(id="s15fra020", country="FR", date="2026-12-17T10:20", fmt="outlook", stage="reminder", ago=3, fwd=True,
         inv="FA-26-1336", amt="1 092,00", due="2026-11-30",
         frm="Aurélie Martin <accueil@garage-delaunay.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Assistant forwards the manager's answer: transfer made on the 14th.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Delaunay concernant votre relance.

Bien cordialement,
Aurélie Martin
Assistante de direction
Garage Delaunay Automobiles
02 47 29 11 84

-----Message d'origine-----
De : Philippe Delaunay <p.delaunay@garage-delaunay.fr>
Envoyé : mercredi 16 décembre 2026 19:02
À : Aurélie Martin <accueil@garage-delaunay.fr>
Objet : RE: Relance : facture FA-26-1336 échue – Roussel Thermique SARL

Aurélie, dis-leur que c'est payé depuis le 14, virement fait depuis le Crédit Agricole. S'ils ne l'ont pas qu'ils vérifient de leur côté.
Philippe"""),

    dict(id="s15fra021", country="FR", date="2027-01-12T11:00", fmt="tb", stage="final_notice", ago=4,
         inv="FA-26-1240", amt="5 760,00", due="2026-11-15",
         frm="Direction administrative <admin@bati-ouest-construction.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): claim must be filed with the mandataire.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel.

Nous vous informons que la société Bâti Ouest Construction SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce de Tours en date du 9 décembre 2026. Maître Hélène Carré, 14 rue de la Préfecture, 37000 Tours, a été désignée en qualité de mandataire judiciaire.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction
Bâti Ouest Construction SAS
RCS Tours 798 114 226"""),

    dict(id="s15fra022", country="FR", date="2027-01-06T08:15", fmt="ooo", stage="reminder", ago=1,
         inv="FA-26-1488", amt="768,00", due="2026-12-31",
         frm="Dr Émilie Caron <emilie.caron@cabinet-dentaire-caron.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Back 'à partir du 18 janvier 2027'.",
         subj_prefix="Absente : ",
         body="""Bonjour,

Je suis actuellement en congé. Je serai de retour au cabinet à partir du 18 janvier 2027.
Pour toute question administrative ou comptable, merci d'écrire à secretariat@cabinet-dentaire-caron.fr.

Cordialement,
Dr Émilie Caron"""),

    dict(id="s15fra023", country="FR", date="2027-01-07T20:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-26-1395", amt="1 932,00", due="2026-11-30",
         frm="GAEC du Grand Pré <gaecdugrandpre@gmail.com>",
         intent="promise", promise_date="2027-01-12",
         note="'mardi prochain' from Thursday 7 Jan = Tuesday 12 Jan; 'le 10' is the milk payment, not the promise.",
         body="""Bonsoir
on a bien recu votre relance. la paie du lait tombe le 10 donc je fais le virement mardi prochain sans faute.
Cordialement
Damien Rousseau GAEC du Grand Pré"""),

    dict(id="s15fra024", country="FR", date="2027-01-13T10:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA-26-1433", amt="2 184,00", due="2026-12-15",
         frm="Karine Bodin <gestion@clg-lesremparts.fr>",
         intent="copy_request",
         note="Public school: invoice never received on Chorus Pro; asks it be filed there with the engagement number before payment.",
         body="""Bonjour,

Après vérification, nous n'avons pas trouvé trace de la facture FA-26-1433 dans Chorus Pro. En tant qu'établissement public, nous ne pouvons payer que les factures déposées sur la plateforme.

Pourriez-vous déposer la facture sur Chorus Pro (SIRET de l'établissement : 193 701 254 00018) en indiquant le numéro d'engagement juridique EJ 2026-0417 ? La mise en paiement interviendra dès sa validation par le service.

Bien cordialement,

Karine Bodin
Adjointe gestionnaire
Collège Les Remparts
02 47 57 32 80"""),

    dict(id="s15fra025", country="FR", date="2026-12-23T16:12", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-26-1356", amt="3 456,00", due="2026-11-30",
         frm="Martine Haudry <compta@haudry-paysage.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Transfer made 'ce jour'.",
         body="""Bonjour,

Règlement effectué ce jour par virement.

Cordialement,
Martine Haudry
Comptabilité – Haudry Paysage SARL"""),

    dict(id="s15fra026", country="FR", date="2026-12-19T07:48", fmt="gmail", stage="reminder", ago=5,
         inv="FA-26-1447", amt="298,00", due="2026-12-10",
         frm="Fleurs de Lys <fleursdelys.tours@gmail.com>",
         intent="promise",
         note="'début janvier': a window, no single day.",
         body="""bonjour, desolé on est en plein dans les fetes c'est la folie au magasin. je vous régle ça debut janvier des que j'ai 5 min pour la compta
Sandrine"""),

    dict(id="s15fra027", country="FR", date="2027-01-14T09:33", fmt="gmail", stage="reminder", ago=3,
         inv="FA-26-1502", amt="138,00", due="2027-01-10",
         frm="Cabinet Infirmier Saint-Cyr <cabinet.infirmier.stcyr@gmail.com>",
         intent="dispute",
         note="Call-out charge should be covered by the maintenance contract; asks for a credit note.",
         body="""Bonjour,

Nous contestons la facture FA-26-1502. Il s'agit d'un déplacement facturé 115 € HT pour le dépannage de la pompe à chaleur du 21 décembre, or nous avons un contrat d'entretien « Confort » chez vous (n° CT-2024-0871) qui inclut les déplacements en cas de panne.

Merci de bien vouloir vérifier et nous faire parvenir un avoir.

Cordialement,
Anne-Laure Besnard
pour le Cabinet Infirmier de Saint-Cyr"""),

    dict(id="s15fra028", country="FR", date="2027-01-19T11:20", fmt="html_outlook", stage="formal_notice", ago=5,
         inv=[("FA-26-1150", "4 920,00", "2026-10-15"), ("FA-26-1286", "2 640,00", "2026-11-15")],
         frm="Olivier Texier <o.texier@texier-menuiseries.fr>",
         intent="plan_request",
         note="Acknowledges the debt and asks for a 4-5 month instalment plan, no date.",
         body="""Madame, Monsieur,

J'accuse réception de votre mise en demeure concernant les factures FA-26-1150 et FA-26-1286, pour un total de 7 560,00 €.

Je ne conteste pas ces sommes. Notre entreprise traverse une période difficile depuis la défaillance d'un de nos principaux clients à l'automne, et notre trésorerie ne nous permet pas de régler l'intégralité en une seule fois.

Je sollicite donc un échelonnement de cette dette, idéalement sur quatre à cinq mois, selon des modalités que je vous propose de définir ensemble. Je reste joignable au 06 84 31 20 57 pour en discuter.

En vous remerciant par avance de votre compréhension, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Texier
Gérant
Texier Menuiseries SARL – 9 rue des Artisans, 37300 Joué-lès-Tours
SARL au capital de 20 000 € – RCS Tours 521 884 306"""),

    dict(id="s15fra029", country="FR", date="2026-12-10T12:47", fmt="apple", stage="reminder", ago=1,
         inv="FA-26-1418", amt="92,00", due="2026-12-05",
         frm="Lucas Bertin <lucas.bertin@icloud.com>",
         intent="paid", paid_on="2026-12-10",
         note="Paid by card on the website 'ce matin'.",
         body="""C'est réglé par CB ce matin sur votre site

Envoyé de mon iPhone"""),

    dict(id="s15fra030", country="FR", date="2027-01-05T14:40", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-26-1484", amt="6 312,00", due="2026-12-31",
         frm="Accounts Payable FR <ap-france@logisud-group.com>",
         intent="promise", promise_date="2027-01-31",
         note="Approved; will be paid 'fin janvier' under the contract terms = 31 January.",
         body="""Bonjour,

Votre facture FA-26-1484 est bien enregistrée dans nos livres et bonne à payer.

Conformément aux conditions de règlement prévues à notre contrat-cadre (45 jours fin de mois date de facture), elle sera réglée fin janvier par virement. La date d'échéance indiquée sur votre facture ne correspond pas à ces conditions ; merci d'en tenir compte lors de vos prochaines émissions.

Cordialement,

Julien Marchal
Accounts Payable – Shared Service Center France
LOGISUD Group
T +33 4 72 18 60 44

This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender immediately and delete it."""),

    dict(id="s15fra031", country="FR", date="2026-12-28T09:40", fmt="ooo", stage="reminder", ago=0,
         inv="FA-26-1463", amt="540,00", due="2026-12-20",
         frm="François Lemoine <f.lemoine@agence-lemoine-immo.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave until Friday 8 January inclusive: back Monday 11 January.",
         subj_prefix="Absence : ",
         body="""Bonjour,
Je suis en congés jusqu'au vendredi 8 janvier inclus. Je traiterai votre message à mon retour.
En cas d'urgence : agence@agence-lemoine-immo.fr
François Lemoine"""),

    dict(id="s15fra032", country="FR", date="2027-01-08T18:55", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA-26-1391", amt="420,00", due="2026-11-30",
         frm="Monique Aubry <monique.aubry37@laposte.net>",
         intent="contact_change", new_email="tresorerie.amisdumoulin@gmail.com",
         note="No longer treasurer; asks to write to the new treasurer's address.",
         body="""Bonjour,

Je ne suis plus trésorière de l'association Les Amis du Moulin depuis l'assemblée générale de novembre. C'est désormais Mme Valérie Janvier qui s'occupe des règlements, je lui ai fait suivre votre relance.
Pouvez-vous lui écrire directement à l'avenir : tresorerie.amisdumoulin@gmail.com

Merci et bonne année,
Monique Aubry"""),

    dict(id="s15fra033", country="FR", date="2026-12-09T22:14", fmt="gmail", stage="reminder", ago=2,
         inv="FA-26-1403", amt="318,00", due="2026-11-30",
         frm="Romain Hervé <romain.herve.88@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer.",
         body="""Bonsoir, je crois que vous vous êtes trompés de personne. Je n'ai jamais eu affaire à votre société, je n'ai même pas de chaudière (je suis en appart avec chauffage collectif). Il doit y avoir une erreur d'adresse mail, peut-être un homonyme ?
Romain Hervé"""),

    dict(id="s15fra034", country="FR", date="2027-01-04T10:02", fmt="outlook", stage="reminder", ago=4,
         inv="FA-26-1469", amt="2 016,00", due="2026-12-20",
         frm="Stéphane Ory <s.ory@ory-carrelage.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Transfer 'le 8' (reply on 4 January) = 8 January.",
         body="""Bonjour,

Bien reçu. On a repris ce matin après deux semaines de fermeture.
Le virement partira le 8, c'est notre jour de paiement des fournisseurs. Désolé pour le retard.

Bonne année,

Stéphane Ory
ORY Carrelage
06 62 18 04 77"""),

    dict(id="s15fra035", country="FR", date="2027-01-15T17:30", fmt="tb", stage="firm", ago=4,
         inv="FA-26-1322", amt="1 240,00", due="2026-11-20",
         frm="Christophe Naud <christophe.naud@laposte.net>",
         intent="paid", paid_on="2027-01-15",
         note="Partial payment: 500 € transferred today; balance later, no date.",
         body="""Bonjour,

Suite à votre relance, j'ai fait aujourd'hui un virement de 500 € pour la facture FA-26-1322. Je ne peux pas faire plus pour l'instant, je vous recontacterai pour le solde de 740 € dès que possible.

Cordialement
Christophe Naud
12 allée des Cerisiers, 37170 Chambray-lès-Tours"""),

    dict(id="s15fra036", country="FR", date="2027-01-20T09:10", fmt="html_outlook", stage="heads_up", ago=2,
         inv="FA-27-0031", amt="1 872,00", due="2027-01-31",
         frm="Nadège Collin <n.collin@cofrabat.fr>",
         intent="unsubscribe",
         note="Asks to be removed from automatic due-date reminders.",
         body="""Bonjour,

Merci de retirer notre adresse de vos envois automatiques de rappels d'échéance.
Nos factures fournisseurs sont traitées selon nos conditions habituelles et nous recevons chaque semaine des dizaines de messages de ce type qui encombrent la boîte du service.

Cordialement,
Nadège Collin
Service comptabilité fournisseurs
COFRABAT SAS"""),

    dict(id="s15fra037", country="FR", date="2026-12-22T10:15", fmt="ooo", stage="reminder", ago=0,
         inv="FA-26-1476", amt="2 760,00", due="2026-12-18",
         frm="Céline Roy <celine.roy@ch-vallee-indre.fr>",
         intent="out_of_office", return_date="2026-12-31",
         note="Away until Wednesday 30 December inclusive: back Thursday 31.",
         body="""Bonjour,

Je suis absente jusqu'au mercredi 30 décembre inclus.
Pour toute demande concernant une commande, merci de contacter la cellule achats : achats@ch-vallee-indre.fr.
Pour le suivi des factures et des paiements, adressez-vous au service Finances : 02 47 91 40 00.

Céline Roy
Direction des Achats et de la Logistique
Centre Hospitalier de la Vallée de l'Indre"""),

    dict(id="s15fra038", country="FR", date="2027-01-18T20:30", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="FA-26-1498", amt="176,00", due="2026-12-31",
         frm="Josiane Maurice <josiane.maurice@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="Will post a cheque 'demain matin' = 19 January.",
         body="""Bonsoir,
Oui je sais, je suis en retard, j'ai été hospitalisée début janvier. Je vous poste un chèque demain matin.
Bien à vous
J. Maurice"""),

    dict(id="s15fra039", country="FR", date="2027-01-11T09:20", fmt="tb", stage="repeat", ago=3, fresh=True,
         subj="Chèque facture FA-26-1366",
         inv="FA-26-1366", amt="204,00", due="2026-11-30",
         frm="Marcel Thibault <marcel.thibault@sfr.fr>",
         intent="paid", paid_on="2027-01-09",
         note="New mail: cheque left in the agency letterbox 'samedi' (9 Jan, mail Monday 11).",
         body="""Bonjour,

J'ai déposé samedi matin un chèque de 204 € dans la boîte aux lettres de votre agence, avenue Jean Jaurès, dans une enveloppe à votre nom, avec le numéro de facture au dos du chèque.

Merci de me confirmer que vous l'avez bien trouvé.

Marcel Thibault"""),

    dict(id="s15fra040", country="FR", date="2027-01-21T15:05", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-26-1438", amt="11 484,00", due="2026-12-31",
         frm="Service Fournisseurs <fournisseurs@distrimag-france.fr>",
         intent="dispute",
         note="Invoice blocked for price mismatch with the PO; asks for a credit note, won't pay as is.",
         body="""Bonjour,

Votre facture FA-26-1438 est en statut « bloquée » dans notre système pour écart de prix.

Le prix unitaire facturé pour les 12 aérothermes (797,50 € HT) ne correspond pas au prix de la commande n° 4501197622 (745,00 € HT), soit un écart de 630,00 € HT. Le rapprochement commande / réception / facture ne peut donc pas aboutir.

Merci de nous faire parvenir un avoir du montant de l'écart ou une facture rectifiée. La facture ne sera pas payée en l'état.

Cordialement,

Élodie Ferrand
Gestionnaire comptabilité fournisseurs
DISTRIMAG France – Centre de services partagés
Tél. : 03 20 58 71 13

Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s15fra041", country="FR", date="2027-01-22T13:15", fmt="gmail", stage="repeat", ago=4,
         inv=[("FA-26-1245", "189,00", "2026-11-10"), ("FA-26-1330", "224,50", "2026-11-30"), ("FA-26-1407", "96,00", "2026-12-10")],
         frm="Pizzeria Da Marco <damarco.joue@gmail.com>",
         intent="copy_request",
         note="Asks for a statement of account (paid / unpaid) before settling; thinks one was already paid.",
         body="""bonjour
pouvez vous m envoyer un releve de compte avec tout ce qui est payé et pas payé, je suis perdu j ai l impression d avoir deja reglé la 1245 en novembre. je regarde avec ma comptable et je vous dis
marco"""),

    dict(id="s15fra042", country="FR", date="2026-12-29T11:08", fmt="apple", stage="reminder", ago=1,
         inv="FA-26-1472", amt="640,00", due="2026-12-20",
         frm="Julie Fontaine <julie.fontaine@hotmail.fr>",
         intent="bank_details",
         note="Asks for the firm's RIB to pay by transfer.",
         body="""Bonjour, je voudrais payer par virement mais je ne trouve pas votre RIB sur la facture. Pouvez-vous me l'envoyer svp ?
Merci
Julie Fontaine

Envoyé de mon iPhone"""),

    dict(id="s15fra043", country="FR", date="2027-01-07T11:45", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-26-1410", amt="1 716,00", due="2026-12-10",
         frm="Valérie Guérin <compta@mairie-rochevallee.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Town hall: payment order issued on 5 Jan; the public treasury will pay on 20/01/2027.",
         body="""Bonjour,

Nous avons bien reçu votre relance.

Votre facture FA-26-1410 (entretien des chaudières de l'école et de la salle des fêtes) a été mandatée le 5 janvier. Le paiement est désormais entre les mains du Service de Gestion Comptable (Trésor public) et devrait intervenir le 20/01/2027 selon le calendrier qu'ils nous ont communiqué.

Le retard est dû à la clôture de l'exercice budgétaire 2026.

Cordialement,

Valérie Guérin
Secrétariat de mairie – Comptabilité
Mairie de Rochecorbon-Vallée"""),

    dict(id="s15fra044", country="FR", date="2027-01-05T09:50", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="FA-26-1426", amt="852,00", due="2026-12-15",
         frm="Antoine Leroux <antoine.leroux.archi@gmail.com>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made on 28 December.",
         body="""Bonjour,

Je suis surpris par cette relance : le virement de 852 € a été fait le 28 décembre depuis le compte de mon agence (Leroux Architecture, Banque Populaire). Vous devriez l'avoir reçu depuis plusieurs jours.

Je vous joins l'avis d'opéré. Pouvez-vous vérifier de votre côté ?

Cordialement,
Antoine Leroux
Leroux Architecture
07 81 22 63 09"""),

    dict(id="s15fra045", country="FR", date="2027-01-26T14:00", fmt="gmail", stage="heads_up", ago=1,
         inv="FA-27-0044", amt="189,00", due="2027-02-05",
         frm="Denis Bourdon <denis.bourdon@outlook.fr>",
         intent="other",
         note="Questions about contract renewal and visit date; no payment statement.",
         body="""Bonjour,

Une petite question avant de payer : cette facture correspond bien au renouvellement du contrat d'entretien annuel de la chaudière ? Est-ce que le contrat se reconduit automatiquement tous les ans ou est-ce que je dois faire une démarche ?
Et le technicien passe à quelle période cette année ?

Merci
Denis Bourdon"""),

    dict(id="s15fra046", country="FR", date="2027-01-25T19:40", fmt="gmail", stage="final_notice", ago=3,
         inv="FA-26-1299", amt="1 380,00", due="2026-11-15",
         frm="Nicolas Barbier <nico.barbier37@gmail.com>",
         intent="plan_request",
         note="Proposes 100 € a month; asks for time.",
         body="""Bonsoir
je suis au chomage partiel depuis novembre, je ne peux pas regler 1380 euros d un coup. est ce que je peux vous faire 100 euros par mois? je ne refuse pas de payer je veux juste un peu de temps
merci de me repondre
Nicolas Barbier"""),

    dict(id="s15fra047", country="FR", date="2026-12-23T17:50", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-26-1392", amt="2 580,00", due="2026-11-30",
         frm="Maçonnerie Bouchet <maconnerie.bouchet@orange.fr>",
         intent="promise", promise_date="2027-01-04",
         note="Transfer on the day work restarts, 'lundi 4 janvier'.",
         body="""Bonjour,

Désolé, nous sommes fermés à partir de demain pour les congés. Ma femme qui s'occupe des papiers fera le virement le jour de la reprise, lundi 4 janvier.

Bonnes fêtes
Patrick Bouchet
Maçonnerie Bouchet – Montlouis"""),

    dict(id="s15fra048", country="FR", date="2026-12-09T08:30", fmt="apple", stage="reminder", ago=1,
         inv="FA-26-1384", amt="1 104,00", due="2026-11-30",
         frm="Cécile Dumas <cecile.dumas@me.com>",
         intent="promise", promise_date="2026-12-14",
         note="Payment 'lundi 14'; side request for a quote on a thermostat.",
         body="""Bonjour,

Le règlement sera fait lundi 14, le jour où mon salaire tombe.

Par ailleurs, pourriez-vous me faire un devis pour le remplacement du thermostat ? Celui installé par votre technicien fonctionne, mais j'aimerais un modèle connecté.

Merci,
Cécile Dumas"""),

    dict(id="s15fra049", country="FR", date="2026-12-28T10:30", fmt="html_outlook", stage="reminder", ago=4,
         inv=[("FA-26-1301", "3 120,00", "2026-11-30"), ("FA-26-1344", "1 548,00", "2026-12-10")],
         frm="Paiements fournisseurs <paiements.fournisseurs@valdeloire-habitat.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Social landlord: both invoices paid by SEPA transfer on 23/12/2026.",
         body="""Bonjour,

Les factures FA-26-1301 et FA-26-1344 ont été réglées par virement SEPA le 23/12/2026, pour un montant total de 4 668,00 €, référence de paiement VIR-2026-12-008457.

Le délai de réception sur votre compte peut être de 2 à 3 jours ouvrés compte tenu des jours fériés.

Cordialement,

Service Paiements Fournisseurs
Val de Loire Habitat – Office Public de l'Habitat
Ce courriel est envoyé depuis une boîte partagée. Merci de ne pas modifier l'objet en cas de réponse."""),

    dict(id="s15fra050", country="FR", date="2027-01-27T22:48", fmt="gmail", stage="final_notice", ago=5,
         inv="FA-26-1458", amt="467,00", due="2026-12-15",
         frm="Franck Meunier <franckmeunier@yahoo.fr>",
         intent="dispute",
         note="Angry: price contested and leak not fixed; refuses to pay until repaired and invoice revised.",
         body="""Vous vous foutez de qui ? 467 euros pour 40 minutes de travail et un joint changé, c'est du vol pur et simple. Et maintenant vous me menacez de recouvrement ?? Le robinet fuit toujours en plus.

Je ne paierai pas un centime tant que quelqu'un n'est pas revenu réparer correctement et que la facture n'est pas revue. Si vous voulez aller au tribunal allez-y, j'ai les photos.

F. Meunier"""),
]
