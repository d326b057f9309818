"""Handwritten debtor replies, part fr_a (customers of Thévenot Énergies SARL, Mâcon)."""

CASES = [
    dict(id="s11fra001", country="FR", date="2026-12-09T13:42", fmt="apple", stage="reminder", ago=2,
         inv="FA-2026-1204", amt="486,00", due="2026-11-30",
         frm="Boulangerie Perrin <boulangerie.perrin71@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer 'vendredi' from Wednesday 9 December = Friday 11 December.",
         body="""Bonjour
Oui désolée j'avais pas vu passer. Je fais le virement vendredi.
Sandrine - Boulangerie Perrin

Envoyé de mon iPhone"""),

    dict(id="s11fra002", country="FR", date="2026-12-08T10:17", fmt="none", stage="reminder", ago=1,
         inv="FA-2026-1160", amt="78,00", due="2026-11-20",
         frm="Lucienne Bardet <lucienne.bardet@wanadoo.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Cheque posted 'hier' (reply of 8 December).",
         body="""Bonjour Monsieur,

J'ai bien reçu votre message. Je vous ai envoyé hier un chèque de 78 euros par la poste pour le ramonage de la cheminée, à votre adresse de la rue des Vendangeurs. Vous devriez le recevoir dans les jours qui viennent.

Je vous prie de m'excuser pour ce retard, j'ai été hospitalisée une quinzaine de jours en novembre et je n'ai pas pu m'occuper de mes papiers avant.

Avec mes salutations distinguées,

Lucienne Bardet
Le Bourg
71260 Lugny"""),

    dict(id="s11fra003", country="FR", date="2026-12-10T20:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-1098", amt="2 365,20", due="2026-11-15",
         frm="GAEC du Grand Pré <gaecdugrandpre@gmail.com>",
         intent="dispute",
         note="Refuses to pay until the alarm's false triggering is fixed.",
         body="""Bonsoir,

Vous avez du culot de m'envoyer une deuxième relance. Votre alarme sur le hangar se déclenche quasiment toutes les nuits depuis que vous l'avez posée, les chats, le vent, n'importe quoi. Trois fois je me suis levé à 3h du matin pour rien et les voisins commencent à en avoir plein le dos. J'ai appelé votre bureau le 24 novembre et encore le 2 décembre, on m'a dit qu'un technicien me rappellerait, j'attends toujours.

Je ne paierai pas un centime tant que le système ne marchera pas correctement. Envoyez quelqu'un régler vos détecteurs et après on parlera de la facture.

Didier Lamborot
GAEC du Grand Pré
06 71 48 23 95"""),

    dict(id="s11fra004", country="FR", date="2026-12-21T09:12", fmt="ooo", stage="reminder", ago=0,
         inv=[("FA-2026-1015", "318,00", "2026-11-05"), ("FA-2026-1172", "189,60", "2026-12-10")],
         frm="Pharmacie des Halles <pharmacie.deshalles@offisecure.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 21 December to 3 January inclusive (a Sunday); first working day back Monday 4 January.",
         body="""Bonjour,

Je suis absente de l'officine du 21 décembre au 3 janvier inclus.

Pour toute question urgente concernant les commandes ou le planning, merci de contacter Mme Caroline Dufour au 03 85 40 17 62.
Les messages concernant la comptabilité et les factures seront traités à mon retour.

Bonnes fêtes de fin d'année,

Anne-Sophie Morel
Pharmacien titulaire
Pharmacie des Halles – Tournus"""),

    dict(id="s11fra005", country="FR", date="2026-12-14T21:30", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-1189", amt="4 850,00", due="2026-12-05",
         frm="Julie Marchal <julie.marchal.88@gmail.com>",
         intent="plan_request",
         note="Asks to pay the heat pump in three or four instalments; no date committed.",
         body="""Bonjour,

Nous avons bien reçu votre relance pour la facture de la pompe à chaleur (4 850 €). On ne conteste pas du tout, l'installation est nickel et on est très contents de votre équipe.

Le problème c'est qu'on a eu une grosse dépense imprévue le mois dernier (la boîte de vitesse de la voiture...) et avec les fêtes qui arrivent on est vraiment justes en ce moment.

Est-ce qu'il serait possible de payer en plusieurs fois ? Trois ou quatre mensualités par exemple, on s'adaptera à ce que vous pouvez proposer.

Merci d'avance pour votre compréhension,

Julie et Kevin Marchal"""),

    dict(id="s11fra006", country="FR", date="2026-12-15T11:05", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FA-2026-1052", amt="1 126,80", due="2026-11-10",
         frm="Mairie de Saint-Romain-des-Vignes <mairie.stromain@wanadoo.fr>",
         intent="copy_request",
         note="Town hall cannot pay until the invoice is filed on Chorus Pro with its SIRET and commitment number.",
         body="""Bonjour,

Suite à votre relance, je vous informe que nous n'avons trouvé aucune trace de cette facture sur Chorus Pro. Pour rappel, en tant que collectivité, nous ne pouvons mandater que les factures déposées sur la plateforme.

Pourriez-vous déposer la facture FA-2026-1052 (remplacement des éclairages de la salle des fêtes) sur Chorus Pro en indiquant notre SIRET 217 103 562 00015 et le numéro d'engagement 2026-148 ?
Dès réception, le mandat sera transmis à la trésorerie.

Cordialement,

Martine Gonnot
Secrétaire de mairie
Mairie de Saint-Romain-des-Vignes
Tél. 03 85 33 21 09
Ouverture au public : lundi et jeudi 14h-18h"""),

    dict(id="s11fra007", country="FR", date="2026-12-18T19:02", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA-2026-1121", amt="612,00", due="2026-11-25",
         frm="Coiff'Emilie <coiffemilie.cluny@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer promised for 5 January.",
         body="""Bonsoir
Désolée pour le retard, décembre c'est la folie au salon et j'ai pas eu une minute pour la compta. Je vous fais le virement le 5 janvier, promis, le temps que les recettes des fêtes rentrent.
Bonnes fêtes à toute l'équipe
Émilie
Coiff'Émilie - 22 Grande Rue, Cluny"""),

    dict(id="s11fra008", country="FR", date="2026-12-11T09:47", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-2026-1131", amt="1 742,40", due="2026-11-30",
         frm="Secrétariat SCM Saint-Vincent <secretariat@scm-stvincent.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Transfer made on 02/12/2026 according to the surgery's secretary.",
         body="""Bonjour,

Après vérification avec le Dr Hassani, la facture FA-2026-1131 (mise aux normes du tableau électrique du cabinet) a été réglée par virement le 02/12/2026, pour un montant de 1 742,40 €. Le libellé du virement est « SCM ST VINCENT FA20261131 ».

Il a peut-être été mal imputé de votre côté. Pouvez-vous vérifier ?

Bien cordialement,

Nathalie Rebillard
Secrétariat – SCM Cabinet médical Saint-Vincent
4 place de l'Église – 71250 Cluny
Tél. : 03 85 59 02 44

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s11fra009", country="FR", date="2026-12-16T08:35", fmt="tb", stage="reminder", ago=1,
         inv="FA-2026-1143", amt="1 038,00", due="2026-12-01",
         frm="Bernard Chaffard <b.chaffard@free.fr>",
         intent="contact_change", new_email="gestion@immo-saone-gestion.fr",
         note="Landlord asks that the invoice and reminders go to his managing agent.",
         body="""Bonjour,

Je suis bien le propriétaire de l'appartement du 8 rue Dombey où vous avez remplacé le ballon d'eau chaude et les convecteurs, mais la gestion du logement est confiée à l'agence Saône Gestion Immobilier. C'est elle qui règle les travaux sur mon compte propriétaire.

Merci d'envoyer la facture et vos éventuelles relances directement à Mme Perret : gestion@immo-saone-gestion.fr

Je lui transfère votre message de mon côté pour qu'elle soit au courant.

Cordialement,
Bernard Chaffard"""),

    dict(id="s11fra010", country="FR", date="2026-12-07T09:03", fmt="bounce", stage="reminder",
         inv="FA-2026-0987", amt="245,00", due="2026-10-31",
         rcpt="gite.lestilleuls@orange.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <gite.lestilleuls@orange.fr>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Delivery failure: the gîte's Orange mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
gite.lestilleuls@orange.fr"""),

    dict(id="s11fra011", country="FR", date="2026-12-22T15:20", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-1210", amt="65,00", due="2026-12-15",
         frm="Roger Desroches <roger.desroches71@gmail.com>",
         intent="promise",
         note="Will send the cheque 'après les fêtes' when back home: vague time, no date.",
         body="""Bonjour

bien reçu votre mail. Je suis chez ma fille à Lyon pour les fêtes et je n'ai pas mon chéquier avec moi. Je vous envoie le règlement du ramonage dès mon retour, après les fêtes.

Bonnes fêtes à vous
R. Desroches"""),

    dict(id="s11fra012", country="FR", date="2027-01-07T11:26", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1077", amt="3 480,00", due="2026-11-20",
         frm="Domaine Vuillemot <contact@domaine-vuillemot.fr>",
         intent="paid", paid_on="2027-01-07",
         note="Paid by card through the payment link this morning; asks for confirmation.",
         body="""Bonjour,

Je viens de régler la facture de la climatisation du chai par carte via votre lien de paiement, ce matin vers 10h30. J'ai eu la confirmation à l'écran mais pas de mail, pouvez-vous me confirmer que c'est bien arrivé de votre côté ?

Merci et belle année à vous,

Claire Vuillemot
Domaine Vuillemot – Viré-Clessé
06 85 12 77 40"""),

    dict(id="s11fra013", country="FR", date="2026-12-09T16:40", fmt="outlook", stage="reminder", ago=2,
         inv="FA-2026-1182", amt="2 340,00", due="2026-12-04",
         frm="Geneviève Lacroix-Moreau <g.lacroixmoreau@laposte.net>",
         intent="dispute",
         note="Invoice 390 € above the signed quote; asks for a corrected invoice before paying.",
         body="""Madame, Monsieur,

J'accuse réception de votre relance concernant la facture FA-2026-1182 d'un montant de 2 340,00 € TTC.

Je me permets de vous rappeler que le devis n° D-2026-0611, que j'ai signé le 14 septembre pour la rénovation électrique de la cuisine et de la salle de bains, s'élevait à 1 950,00 € TTC. Aucun travail supplémentaire ne m'a été proposé ni n'a été accepté par écrit pendant le chantier. Je ne m'explique donc pas l'écart de 390 € qui figure sur la facture sous la mention « fournitures complémentaires ».

Je suis tout à fait disposée à régler le montant du devis, mais je vous demande de bien vouloir m'adresser une facture rectifiée ou, à défaut, le détail justifié de ces fournitures.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Geneviève Lacroix-Moreau
17 chemin des Grillons
71000 Sancé"""),

    dict(id="s11fra014", country="FR", date="2026-12-23T14:02", fmt="ooo", stage="reminder", ago=1,
         inv="FA-2026-1198", amt="1 276,80", due="2026-12-15",
         frm="Cave des Coteaux de Lugny – Comptabilité <compta@cave-coteaux-lugny.fr>",
         intent="out_of_office", return_date="2027-01-07",
         note="Closed 24 December 2026 to 6 January 2027 inclusive; back Thursday 7 January.",
         body="""Bonjour,

Nos bureaux sont fermés du 24 décembre 2026 au 6 janvier 2027 inclus. Votre message sera traité à notre retour.

Le caveau de vente reste ouvert aux horaires habituels, sauf les 25 décembre et 1er janvier.

Très belles fêtes de fin d'année,

Service comptabilité
Cave des Coteaux de Lugny"""),

    dict(id="s11fra015", country="FR", date="2027-01-08T17:55", fmt="gmail", stage="firm", ago=3,
         inv="FA-2026-1107", amt="742,50", due="2026-11-30",
         frm="epicerie du marche <epiceriedumarche.tournus@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'le virement le 15' written on 8 January = 15 January.",
         body="""bonjour

jai bien recu vos relance. les fetes ont ete calme cette anné et la tresorerie est pas terrible. je ferais le virement le 15 quand le loyer du local sera passé, pas avant désolé

cordialement
Mr Benali epicerie du marché"""),

    dict(id="s11fra016", country="FR", date="2027-01-12T18:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA-2026-1166", amt="890,00", due="2026-12-15",
         frm="Pascal Guichard <tresorier.uscharnay@gmail.com>",
         intent="bank_details",
         note="Received an e-mail announcing a new IBAN from a suspicious address; asks which bank details are right before paying.",
         body="""Bonjour,

Je suis le trésorier de l'US Charnay Football. Avant de régler la facture de l'alarme du club-house, j'ai besoin d'une confirmation : nous avons reçu le 6 janvier un mail au nom de votre société nous indiquant que vous aviez changé de banque, avec un nouvel IBAN dans une banque en ligne. Le mail venait d'une adresse thevenot-energie@outlook.fr, ce qui me paraît louche.

Pouvez-vous me confirmer quel est le bon RIB ? Je préfère vérifier avant de faire le virement, on s'est déjà fait avoir l'an dernier avec un autre fournisseur.

Merci,
Pascal Guichard
Trésorier – US Charnay Football
06 32 58 14 70"""),

    dict(id="s11fra017", country="FR", date="2026-12-29T10:40", fmt="tb", stage="firm", ago=5,
         inv="FA-2026-1034", amt="168,00", due="2026-11-10",
         frm="Olivier Fournier <olivier.fournier@sfr.fr>",
         intent="other",
         note="Customer has died; the estate is handled by a notary who will pay. No payment statement or promise by the writer.",
         body="""Bonjour,

Je vous réponds à la place de mon père, M. André Fournier, qui est décédé le 19 novembre dernier. C'est moi qui relève son courrier et ses mails en ce moment.

La succession est en cours de règlement chez Maître Lambert, notaire à Tournus (Étude Lambert & Clerc, 5 quai du Nord). Les factures restant dues seront payées par l'étude sur les fonds de la succession ; je vous invite à leur adresser directement votre facture en rappelant la référence « Succession Fournier ».

Merci de votre compréhension, ce n'est pas une période facile pour la famille.

Cordialement,
Olivier Fournier"""),

    dict(id="s11fra018", country="FR", date="2026-12-10T11:30", fmt="apple", stage="heads_up", ago=1,
         inv="FA-2026-1213", amt="142,00", due="2026-12-20",
         frm="Jacqueline Vernay <jvernay@orange.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the reminder mailing list; pays on receipt of paper invoices.",
         body="""Bonjour,

Je reçois maintenant un mail avant chaque échéance, puis encore un après... Je ne souhaite plus recevoir ces messages automatiques. J'ai toujours payé vos factures d'entretien de la climatisation à réception du courrier et je continuerai ainsi.

Merci de retirer mon adresse de votre liste d'envoi.

Jacqueline Vernay

Envoyé de mon iPad"""),

    dict(id="s11fra019", country="FR", date="2027-01-14T12:10", fmt="gmail", stage="firm", ago=2,
         inv="FA-2026-1093", amt="1 460,00", due="2026-11-20",
         frm="Sabrina Lopes <sabrina.lopes71@hotmail.fr>",
         intent="plan_request",
         note="Partial transfer of 200 € this morning, then asks to pay the rest at 200 € a month; no dates committed.",
         body="""Bonjour,

Je vous ai fait ce matin un virement de 200 € pour la facture FA-2026-1093 (remise en conformité du tableau). Je ne peux malheureusement pas faire plus pour le moment, je suis en arrêt maladie depuis octobre et mes indemnités ne couvrent pas grand chose.

Est-ce que vous accepteriez que je règle le reste en plusieurs fois, par exemple 200 € par mois ? Je préfère vous prévenir plutôt que de faire la morte.

Merci de votre compréhension,
Sabrina Lopes
06 12 84 39 05"""),

    dict(id="s11fra020", country="FR", date="2026-12-17T07:48", fmt="outlook", stage="reminder", ago=2,
         inv="FA-2026-1151", amt="395,00", due="2026-12-08",
         frm="Tabac Presse Le Balto <lebalto.macon@orange.fr>",
         intent="promise", promise_date="2026-12-31",
         note="Transfer scheduled for 31/12.",
         body="""Bonjour,
Virement programmé pour le 31/12.
Cdt
F. Guérin
Tabac Presse Le Balto"""),

    dict(id="s11fra021", country="FR", date="2026-12-28T09:30", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1219", amt="356,40", due="2026-12-18",
         frm="Dr Isabelle Carré <dr.carre.isabelle@medecin.mssante.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Doctor on leave 28 December to 8 January; back Monday 11 January.",
         body="""Bonjour,

Je suis en congés du 28 décembre au 8 janvier et serai de retour au cabinet le lundi 11 janvier 2027.

Pendant mon absence, le Dr Paul Mercier assure le remplacement aux horaires habituels. Les rendez-vous se prennent sur Doctolib ou au 03 85 36 22 18.
En cas d'urgence médicale, composez le 15.

Dr Isabelle Carré
Médecin généraliste – Maison de santé de Saint-Gengoux"""),

    dict(id="s11fra022", country="FR", date="2026-12-16T19:05", fmt="gmail", stage="reminder", ago=2, loc="GB",
         inv="FA-2026-1125", amt="540,00", due="2026-11-30",
         frm="Helen Whitcombe <helen.whitcombe@btinternet.com>",
         intent="paid", paid_on="2026-12-14",
         note="British gîte owner writing in English: transfer sent on the 14th (December).",
         body="""Hello,

Thanks for the reminder. I actually paid this by bank transfer from our UK account on the 14th, so it may take a day or two to reach you as it goes through Wise. The reference should read "LES GRANGES ALARM".

Sorry my French isn't good enough to write this in French!

Best wishes,
Helen Whitcombe
Les Granges de Bissy – gîtes
+44 7700 900481"""),

    dict(id="s11fra023", country="FR", date="2026-12-12T10:05", fmt="apple", stage="reminder", ago=4,
         inv="FA-2026-1170", amt="860,00", due="2026-12-05",
         frm="Ongles et Sens <onglesetsens@icloud.com>",
         intent="dispute",
         note="Will not pay until the unfinished work (missing socket, flickering spotlight) is completed.",
         body="""bonjour
je paierai quand le travail sera fini. il manque toujours la prise au poste 3 et le spot de la vitrine clignote depuis le premier jour. votre gars devait repasser la semaine d'apres il est jamais revenu
merci de me rappeler pour fixer un rdv
Laetitia - Ongles & Sens

Envoyé de mon iPhone"""),

    dict(id="s11fra024", country="FR", date="2027-01-05T10:22", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-2026-1221", amt="2 118,00", due="2026-12-31",
         frm="Comptabilité Fournisseurs PharmaVie <compta.fournisseurs@groupe-pharmavie.fr>",
         intent="copy_request",
         note="Invoice never received by the accounts department; asks for the PDF and the work order.",
         body="""Bonjour,

Nous ne retrouvons pas cette facture dans notre circuit de validation. Elle n'a vraisemblablement jamais été reçue par notre service, ou a été remise directement à l'officine.

Pourriez-vous nous la renvoyer au format PDF, accompagnée du bon d'intervention signé, à l'adresse factures@groupe-pharmavie.fr ? Elle sera ensuite mise en paiement selon nos délais habituels.

Cordialement,

Service Comptabilité Fournisseurs
Groupe PharmaVie
Pharmacie du Centre – 9 rue aux Fèvres – 71100 Chalon-sur-Saône
Tél. 03 85 48 90 12

Avant d'imprimer ce courriel, pensez à l'environnement."""),

    dict(id="s11fra025", country="FR", date="2026-12-19T11:00", fmt="tb", stage="second_reminder", ago=4,
         inv=[("FA-2026-1110", "312,00", "2026-11-25"), ("FA-2026-1117", "287,50", "2026-11-25")],
         frm="Jean-Marc Prost <jm.prost@orange.fr>",
         intent="promise",
         note="Both invoices to be paid 'début janvier': a window, no single day.",
         body="""Bonjour,

Les deux factures (appartements 2 et 4 de la rue Gambetta) seront réglées début janvier. Je fais le point avec mes locataires sur la répartition des charges avant la fin de l'année.

Cordialement,
Jean-Marc Prost"""),

    dict(id="s11fra026", country="FR", date="2027-01-04T14:33", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-1224", amt="72,00", due="2026-12-22",
         frm="Marcelle Duthu <marcelle.duthu@gmail.com>",
         intent="other",
         note="Ignores the reminder and asks whether the firm also services pellet stoves; no payment statement.",
         body="""Bonjour,

Est-ce que vous faites aussi l'entretien des poêles à granulés ? Mon voisin vient d'en faire installer un et il cherche quelqu'un pour l'entretien, je lui ai parlé de vous.

Et moi je voudrais reprendre rendez-vous pour le ramonage de l'année prochaine à la même période, vous pouvez me noter ?

Cordialement
Marcelle Duthu"""),

    dict(id="s11fra027", country="FR", date="2026-12-21T17:45", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-1128", amt="654,00", due="2026-11-28",
         frm="Comité des fêtes de Péronne <comitedesfetes.peronne@laposte.net>",
         intent="paid", paid_on="2026-12-18",
         note="Cheque no. 0004512 posted on Friday 18 December.",
         body="""Madame, Monsieur,

En ma qualité de trésorière du Comité des fêtes de Péronne, je vous informe que la facture FA-2026-1128, relative au branchement électrique provisoire de notre marché de Noël, a été réglée par chèque n° 0004512 tiré sur le Crédit Agricole Centre-Est, d'un montant de 654,00 €.

Ce chèque a été posté le vendredi 18 décembre à votre adresse de Mâcon. Je vous prie de nous excuser pour ce délai : les dépenses de l'association doivent être validées par deux membres du bureau avant tout règlement, ce qui prend parfois un peu de temps.

Je vous remercie de bien vouloir nous confirmer la bonne réception du chèque et vous prie d'agréer, Madame, Monsieur, mes salutations associatives.

Monique Dessertine
Trésorière du Comité des fêtes de Péronne
Mairie – 71260 Péronne"""),

    dict(id="s11fra028", country="FR", date="2026-12-30T12:15", fmt="gmail", stage="firm", ago=2,
         inv="FA-2026-1088", amt="1 920,00", due="2026-11-25",
         frm="Boulangerie Lagrange <boulangerie.lagrange@gmail.com>",
         intent="promise", promise_date="2027-01-07",
         note="Will pay by cheque at the office 'le jeudi 7 au matin' (7 January); side question about opening hours.",
         body="""Bonjour,

Pas le temps en ce moment avec les bûches et les galettes qui arrivent... Je passe vous régler par chèque à votre agence le jeudi 7 au matin. Vous ouvrez à quelle heure ?

Cordialement,
Thierry Lagrange
Boulangerie-Pâtisserie Lagrange – Tournus"""),

    dict(id="s11fra029", country="FR", date="2027-01-11T09:20", fmt="html_outlook", stage="reminder", ago=4,
         inv="FA-2026-1230", amt="3 960,00", due="2027-01-05",
         frm="Sylvie Martinet <s.martinet@lugnydis.fr>",
         intent="contact_change", new_email="comptabilite@lugnydis.fr",
         note="Writer has left her post; asks that invoices and reminders go to the accounts department.",
         body="""Bonjour,

J'ai quitté mes fonctions de responsable administrative au 31 décembre. Merci d'adresser dorénavant vos factures et relances à notre service comptable, comptabilite@lugnydis.fr, qui assure le suivi des paiements fournisseurs.

Je leur transfère votre message ce matin.

Cordialement,

Sylvie Martinet
SAS Lugny Distribution
Route de Mâcon – 71260 Lugny
Tél. 03 85 33 08 51"""),

    dict(id="s11fra030", country="FR", date="2027-01-19T21:10", fmt="gmail", stage="final_notice", ago=1,
         inv="FA-2026-1012", amt="5 730,00", due="2026-10-31",
         frm="Jérôme Bouchacourt <earl.bouchacourt@gmail.com>",
         intent="plan_request",
         note="Does not contest the invoice; asks for instalments over several months instead of collection.",
         body="""Bonjour,

Je vous réponds suite à votre dernier courrier. Je ne conteste pas la facture, le travail dans la salle de traite a été bien fait. Mais l'année a été très dure pour nous : la sécheresse cet été, le foin qu'il a fallu racheter, et le prix du lait qui ne remonte pas. La trésorerie est à zéro jusqu'au solde des aides PAC.

Je vous demande un échéancier sur plusieurs mois plutôt que de passer par le contentieux. On peut en parler au téléphone si vous voulez, je suis joignable le midi et le soir.

Cordialement
Jérôme Bouchacourt
EARL Bouchacourt – La Croix Blanche
06 45 27 81 36"""),

    dict(id="s11fra031", country="FR", date="2027-01-12T13:05", fmt="apple", stage="second_reminder", ago=1,
         inv="FA-2026-1205", amt="980,00", due="2026-12-15",
         frm="Dr Rémi Jacquet <cabinet.jacquet@dentiste-macon.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January.",
         body="""Bonjour,

Désolé, la facture était restée dans la pile. Ma comptable passe les virements fournisseurs en fin de mois, ce sera donc réglé fin janvier.

Bien à vous,

Dr Rémi Jacquet
Chirurgien-dentiste
3 rue de la Liberté – 71000 Mâcon"""),

    dict(id="s11fra032", country="FR", date="2027-01-15T08:52", fmt="gmail", stage="formal_notice", ago=1,
         inv="FA-2026-0964", amt="420,00", due="2026-10-20",
         frm="Patrick Roux <patrick.roux1962@gmail.com>",
         intent="paid",
         note="Angry: says he paid by transfer 'en novembre'; no exact day given.",
         body="""C'EST PAYÉ !!!

Ça fait trois fois que je vous le dis au téléphone. J'ai payé par virement en novembre, votre secrétaire m'a même dit qu'elle voyait le paiement sur son écran. Et là vous m'envoyez une mise en demeure ? Vous vous moquez de qui ?

Vérifiez vos comptes avant d'envoyer des menaces aux gens. Si je reçois encore un courrier de ce genre je vais voir un avocat, et je vous ferai une belle publicité sur Google.

P. Roux"""),

    dict(id="s11fra033", country="FR", date="2027-01-18T09:05", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-2026-1184", amt="2 604,00", due="2026-12-10",
         frm="Mairie de Bussières <secretariat@mairie-bussieres71.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Town hall secretary away 18-22 January inclusive (Friday); back Monday 25 January.",
         body="""Bonjour,

Je suis absente du lundi 18 au vendredi 22 janvier inclus pour une formation. Je prendrai connaissance de votre message à mon retour.

Pour toute demande urgente, vous pouvez joindre M. le Maire au 06 07 42 18 55.

Christine Allard
Secrétaire de mairie – Commune de Bussières"""),

    dict(id="s11fra034", country="FR", date="2026-12-14T18:30", fmt="tb", stage="reminder", ago=3,
         inv="FA-2026-1196", amt="264,00", due="2026-12-09",
         frm="Alain Perraud <alain.perraud@free.fr>",
         intent="dispute",
         note="Contests two hours of labour billed for a 40-minute call-out; asks for a corrected invoice.",
         body="""Bonjour,

Je ne réglerai pas cette facture en l'état. Vous me facturez 2 heures de main d'oeuvre pour le dépannage du 26 novembre, or votre technicien est arrivé à 14h20 et reparti à 15h00, ma femme et moi étions présents. Il a changé un disjoncteur différentiel, c'est tout.

Je veux bien payer le déplacement, la pièce et 40 minutes de travail, pas deux heures. Merci de m'envoyer une facture corrigée.

Alain Perraud
Hurigny"""),

    dict(id="s11fra035", country="FR", date="2027-01-21T22:40", fmt="gmail", stage="repeat", ago=2,
         inv="FA-2026-1152", amt="318,00", due="2026-12-10",
         frm="Karim Haddad <karim.haddad71@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders; says nothing about payment.",
         body="""Je ne veux plus recevoir ces mails automatiques, ça fait 4 fois en un mois. Retirez mon adresse de votre fichier. Si vous avez quelque chose à me dire vous avez mon numéro.

Karim"""),

    dict(id="s11fra036", country="FR", date="2027-01-06T15:12", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA-2026-1215", amt="1 585,00", due="2026-12-31",
         frm="Domaine des Perrières – Administration <admin@domaine-des-perrieres.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Invoice approved; will go out with the monthly supplier run on 20 January.",
         body="""Bonjour,

Bien reçu votre relance. Nos règlements fournisseurs sont faits une fois par mois, le 20. Votre facture pour l'entretien des groupes froids de la cuverie a été validée, elle partira donc avec le virement du 20 janvier.

Belle année à toute l'équipe,

Aurélie Gauthier
Administration – Domaine des Perrières
Chemin des Perrières – 71260 Clessé
03 85 36 94 07"""),

    dict(id="s11fra037", country="FR", date="2026-12-22T16:48", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA-2026-1201", amt="735,00", due="2026-12-12",
         frm="Au Jardin de Manon <aujardindemanon.cluny@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer made 'ce jour' (22 December).",
         body="""Bonjour,

Virement de 735 € effectué ce jour depuis notre compte Banque Populaire, vous trouverez l'avis d'opération en pièce jointe.

Désolée pour le retard, avec les commandes de Noël je ne vois plus le jour.

Bonne journée,
Manon
Au Jardin de Manon – Fleuriste
14 rue Carnot – Cluny"""),

    dict(id="s11fra038", country="FR", date="2026-12-08T14:50", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-1178", amt="189,00", due="2026-12-02",
         frm="Bourgogne Habitat Gestion – Service technique <technique@bh-gestion.fr>",
         intent="copy_request",
         note="Property manager has no copy of the invoice; asks for it and the work order signed by the tenant before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais nous ne disposons pas de la facture FA-2026-1178 dans nos dossiers. Pouvez-vous nous la transmettre, ainsi que le bon d'intervention signé par la locataire (Mme Petitjean, 5 allée des Acacias, appartement 12) ?

Sans ces pièces, nous ne pouvons pas imputer la dépense au propriétaire ni procéder au règlement.

Cordialement,

Service technique
Bourgogne Habitat Gestion
27 boulevard Henri Dunant – 71100 Chalon-sur-Saône
Tél. 03 85 93 60 40"""),

    dict(id="s11fra039", country="FR", date="2027-01-08T10:15", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="FA-2026-1199", amt="2 880,00", due="2026-12-15",
         frm="Accueil Garage des Quatre Vents <accueil@garage-4vents.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Receptionist forwards the manager's answer: payment on 15/01 with the other suppliers.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Dumont concernant votre relance.

Bonne journée,
Céline
Accueil – Garage des Quatre Vents

-----Message d'origine-----
De : Patrick Dumont <p.dumont@garage-4vents.fr>
Envoyé : jeudi 7 janvier 2027 18:42
À : Accueil Garage des Quatre Vents <accueil@garage-4vents.fr>
Objet : RE: relance Thévenot

Céline,
Tu peux leur répondre qu'on paie le 15/01 avec les autres fournisseurs. Le chèque pour la clim de l'atelier était prêt en décembre mais j'ai oublié de le signer.
Patrick"""),

    dict(id="s11fra040", country="FR", date="2027-01-13T11:40", fmt="html_outlook", stage="firm", ago=5,
         inv="FA-2026-1041", amt="4 212,00", due="2026-11-15",
         frm="SARL Les Halles Gourmandes <gerance@halles-gourmandes.fr>",
         intent="other",
         note="Company in receivership since 3 December: pre-judgment debts cannot be paid; claim must be filed with the mandataire.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance du 8 janvier.

Nous vous informons que la SARL Les Halles Gourmandes fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce de Mâcon en date du 3 décembre 2026. Me Sophie Daniel, mandataire judiciaire, 12 rue Gambetta, 71000 Mâcon, a été désignée.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées antérieurement au jugement d'ouverture. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Gérard Paquelet
Gérant
SARL Les Halles Gourmandes – Épicerie fine & traiteur
RCS Mâcon 801 455 627"""),

    dict(id="s11fra041", country="FR", date="2027-01-22T12:30", fmt="gmail", stage="firm", ago=4,
         inv="FA-2026-1207", amt="150,00", due="2026-12-18",
         frm="Jordan Lefebvre <jordan.lfbvr@gmail.com>",
         intent="promise",
         note="'la semaine prochaine': a window, no single day.",
         body="""ok desole j avais zappé. je fais ca la semaine prochaine sans faute
Jordan"""),

    dict(id="s11fra042", country="FR", date="2026-12-29T08:14", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-1225", amt="96,00", due="2026-12-20",
         frm="Michel Chevalier <m.chevalier71@icloud.com>",
         intent="paid", paid_on="2026-12-28",
         note="Card payment 'hier soir' (reply of 29 December).",
         body="""Réglé par CB hier soir via votre lien.
Bonne fin d'année
M. Chevalier

Envoyé de mon iPhone"""),

    dict(id="s11fra043", country="FR", date="2027-01-06T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1228", amt="214,80", due="2026-12-28",
         frm="Le Fournil de Flacé <lefournildeflace@orange.fr>",
         intent="out_of_office", return_date="2027-01-19",
         note="Annual closure until Monday 18 January inclusive; reopens Tuesday 19 January.",
         body="""Bonjour,

La boulangerie est en congés annuels du lundi 4 au lundi 18 janvier inclus. Réouverture le mardi 19 janvier à 6h30 !
Les mails ne seront pas lus pendant cette période.

Merci et à bientôt,
L'équipe du Fournil de Flacé"""),

    dict(id="s11fra044", country="FR", date="2026-12-11T12:20", fmt="html_gmail", stage="reminder", ago=3,
         inv="FA-2026-1190", amt="119,88", due="2026-12-01",
         frm="Stéphane Mathieu <stephane.mathieu.pro@gmail.com>",
         intent="dispute",
         note="Monitoring contract cancelled by registered letter in October; asks for the subscription invoice to be cancelled.",
         body="""Bonjour,

Je ne comprends pas cette relance. J'ai résilié le contrat de télésurveillance de la maison par lettre recommandée avec accusé de réception le 12 octobre, en respectant le préavis d'un mois prévu au contrat. Votre service client m'a d'ailleurs confirmé la résiliation par téléphone.

Cette facture d'abonnement pour le premier semestre 2027 n'a donc pas lieu d'être. Merci de l'annuler et de m'adresser un avoir. Je tiens l'accusé de réception à votre disposition.

Cordialement,
Stéphane Mathieu"""),

    dict(id="s11fra045", country="FR", date="2027-01-25T10:05", fmt="tb", stage="heads_up", ago=1,
         inv="FA-2027-0031", amt="228,00", due="2027-02-05",
         frm="François Besson <francois.besson@neuf.fr>",
         intent="bank_details",
         note="Customer announces its own new bank account and sends a new SEPA mandate for the direct debit.",
         body="""Bonjour,

Je vois que la prochaine échéance du contrat d'entretien de notre climatisation arrive. Nous avons changé de banque début janvier (du CIC au Crédit Mutuel) et l'ancien compte est clôturé.

Vous trouverez ci-joint notre nouveau RIB ainsi que le mandat de prélèvement SEPA signé, pour que le prélèvement passe bien sur le nouveau compte :
IBAN FR76 1027 8073 4100 0204 5670 118
BIC CMCIFR2A

Merci de me confirmer la prise en compte.

Bien cordialement,
Hélène et François Besson
Les Charmilles – 71850 Charnay-lès-Mâcon"""),

    dict(id="s11fra046", country="FR", date="2026-12-15T10:30", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA-2026-1136", amt="548,00", due="2026-11-27",
         frm="Familles Rurales La Chapelle <famillesrurales.lachapelle@orange.fr>",
         intent="promise", promise_date="2026-12-23",
         note="'sous huitaine' from Tuesday 15 December = 23 December.",
         body="""Madame, Monsieur,

Nous faisons suite à votre relance concernant la facture FA-2026-1136. Le retard est dû à un changement de trésorier au sein de notre association en novembre et au transfert des signatures auprès de la banque, qui vient seulement d'être finalisé.

Le règlement vous sera adressé sous huitaine.

Nous vous prions de nous excuser pour ce contretemps et vous adressons nos sincères salutations.

Pour le bureau,
Gisèle Chanut, présidente
Association Familles Rurales de La Chapelle-de-Guinchay"""),

    dict(id="s11fra047", country="FR", date="2026-12-07T18:20", fmt="gmail", stage="reminder", ago=0,
         inv="FA-2026-1158", amt="380,00", due="2026-12-05",
         frm="Christophe Aubert <chris.aubert@laposte.net>",
         intent="paid", paid_on="2026-11-27",
         note="Cheque handed to the technician on Friday 27 November; not yet cashed.",
         body="""Bonsoir,

Il doit y avoir une erreur, j'ai donné un chèque de 380 € à votre technicien (Yannick je crois) le jour de l'intervention, le vendredi 27 novembre, quand il a fini de poser les radiateurs. Il l'a rangé dans sa sacoche avec le bon signé.

Vous pouvez vérifier avec lui ? Le chèque n'a toujours pas été débité sur mon compte, il est peut-être resté dans la camionnette.

Bonne soirée
Christophe Aubert"""),

    dict(id="s11fra048", country="FR", date="2027-01-14T20:15", fmt="apple", stage="second_reminder", ago=3,
         inv="FA-2026-1211", amt="1 340,00", due="2026-12-20",
         frm="Nadège Bonnot <gitesdumoulin.sologny@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="'mardi prochain' written on Thursday 14 January = Tuesday 19 January.",
         body="""Bonsoir,

Toutes mes excuses, avec la nouvelle année et la fermeture des gîtes pour travaux j'ai complètement oublié votre facture. Les acomptes des premières réservations de février arrivent en début de semaine prochaine, je vous fais le virement mardi prochain.

Cordialement,
Nadège Bonnot
Les Gîtes du Moulin – Sologny

Envoyé de mon iPad"""),

    dict(id="s11fra049", country="FR", date="2026-12-17T11:55", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-1162", amt="1 074,00", due="2026-12-06",
         frm="SCEA des Vignes Hautes <scea.vigneshautes@gmail.com>",
         intent="other",
         note="Passed to the accountants who now handle supplier payments; no payment statement or promise.",
         body="""Bonjour,

J'ai transmis votre mail à notre cabinet comptable (Audit Conseil Saône, à Mâcon), c'est eux qui gèrent les paiements fournisseurs depuis cette année. Ils reviendront vers vous.

Cordialement
Bruno Terrier
SCEA des Vignes Hautes"""),

    dict(id="s11fra050", country="FR", date="2027-01-08T14:25", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("FA-2026-1066", "428,00", "2026-11-15"), ("FA-2026-1139", "1 212,00", "2026-11-30"),
              ("FA-2026-1186", "96,00", "2026-12-10")],
         frm="Comptabilité Hôtel de la Poste <compta@hoteldelaposte-cluny.fr>",
         intent="paid", paid_on="2027-01-04",
         note="All three invoices paid in one transfer of 1 736,00 € on 4 January.",
         body="""Bonjour,

Les trois factures mentionnées dans votre relance (FA-2026-1066, FA-2026-1139 et FA-2026-1186) ont été réglées en un seul virement de 1 736,00 € le 4 janvier, référence « HOTEL POSTE THEVENOT DEC ». Le paiement a dû se croiser avec votre envoi.

Je reste à votre disposition si vous ne le retrouvez pas.

Cordialement,

Marie-Laure Girard
Comptabilité – Hôtel de la Poste ***
6 place du Marché – 71250 Cluny
Tél. 03 85 59 11 23

Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur."""),
]
