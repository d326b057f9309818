"""Set 4, French part A: replies to reminders from three French building/repair firms.

ten="A": Menuiserie Carrel & Fils SARL (joinery, Tours)
ten="B": Vautrin Plomberie Chauffage SAS (plumbing/heating, Dijon)
ten="C": Guerrand Couverture Électricité (roofing and electrical work, near Rennes)
All texts written by hand, one by one.
"""

CASES = [
    dict(id="s4fr001", ten="A", country="FR", date="2026-11-10T08:47", fmt="gmail", ago=1,
         inv="FA-2026-0412", amt="3 186,00", due="2026-10-31",
         frm="Jérôme Pasquier <j.pasquier@pasquier-renovation.fr>",
         intent="promise", promise_date="2026-11-13",
         note="'virement vendredi' in a mail of Tuesday 10 Nov 2026 -> Friday 13 Nov 2026",
         body="""Bonjour,

Désolé pour le retard, la facture était restée dans la pile des factures à valider pendant que j'étais sur le chantier de Joué.
C'est validé ce matin, je lance le virement vendredi avec les autres fournisseurs.

Cordialement,

Jérôme Pasquier
Pasquier Rénovation
06 71 24 88 19"""),

    dict(id="s4fr002", ten="B", country="FR", date="2026-11-12T21:14", fmt="apple", ago=3,
         inv="VP26-1187", amt="248,40", due="2026-11-02",
         frm="Sandrine Lhomme <sandrine.lhomme71@orange.fr>",
         intent="paid", paid_on="2026-11-12",
         note="'je viens de faire le virement' in a mail of 12 Nov 2026 -> paid that day",
         body="""Bonsoir
Je viens de faire le virement, desolee j avais completement oublie avec le pont du 11. Reference mise : VP26-1187 Lhomme
Bonne soiree
Sandrine

Envoyé de mon iPhone"""),

    dict(id="s4fr003", ten="C", country="FR", date="2026-11-16T10:22", fmt="outlook", ago=4, stage="second_reminder",
         inv="GCE-26/0318", amt="1 752,00", due="2026-10-20",
         frm="Cabinet Morvan Immobilier - Syndic <syndic@morvan-immobilier.fr>",
         intent="dispute",
         note="the syndic refuses to pay until the roof repair is redone (leak still there): contests the work",
         body="""Bonjour,

Nous accusons réception de votre relance concernant la facture GCE-26/0318 (réfection partielle de la couverture, résidence Les Glycines, 12 rue Jules-Verne à Cesson).

Nous ne pouvons pas procéder au règlement en l'état : plusieurs copropriétaires du 3e étage nous signalent que l'infiltration au-dessus de la cage d'escalier est toujours présente après les pluies de la semaine dernière. Des photos prises par le gardien le 9 novembre vous seront transmises séparément.

Nous vous demandons de bien vouloir intervenir pour reprendre les travaux. La facture sera mise en paiement une fois la reprise constatée par le conseil syndical.

Cordialement,

Nathalie Guéguen
Gestionnaire de copropriété
Cabinet Morvan Immobilier
8 place de la Mairie – 35510 Cesson-Sévigné
Tél. 02 99 83 11 74"""),

    dict(id="s4fr004", ten="A", country="FR", date="2026-11-13T09:01", fmt="ooo", ago=0,
         inv="FA-2026-0398", amt="914,40", due="2026-10-25",
         frm="Hélène Roussel <h.roussel@agence-loire-habitat.fr>",
         intent="out_of_office", return_date="2026-11-23",
         note="'de retour le lundi 23 novembre' stated in the auto-reply",
         body="""Bonjour,

Je suis absente du bureau et serai de retour le lundi 23 novembre.
Pour toute urgence concernant la gestion locative, merci de contacter l'accueil de l'agence au 02 47 20 31 55.

Cordialement,
Hélène Roussel
Agence Loire Habitat"""),

    dict(id="s4fr005", ten="B", country="FR", date="2026-11-16T19:36", fmt="gmail", ago=5,
         inv="VP26-1203", amt="612,00", due="2026-11-06",
         frm="Thomas Girardot <tom.girardot@gmail.com>",
         intent="promise", promise_date="2026-11-30",
         note="tutoiement; 'je te fais le virement à la fin du mois' in a mail of 16 Nov 2026 -> 30 Nov 2026",
         body="""Salut Pascal,

Bien reçu ta relance, pas d'inquiétude je ne t'oublie pas ! Mois un peu serré avec les travaux de la maison, je te fais le virement à la fin du mois quand la paie tombe.
Au passage le nouveau ballon marche nickel, merci encore d'être venu un samedi.

Thomas"""),

    dict(id="s4fr006", ten="C", country="FR", date="2026-11-09T11:48", fmt="html_outlook", ago=3,
         inv="GCE-26/0297", amt="4 320,00", due="2026-10-30",
         frm="Comptabilité fournisseurs <compta.fournisseurs@biscuiterie-armor.fr>",
         intent="paid", paid_on="2026-11-06",
         note="'réglée par virement le 06/11/2026' -> 6 Nov 2026",
         body="""Bonjour,

Votre facture GCE-26/0297 a été réglée par virement le 06/11/2026 (remise n° 2026-V-1184, montant 4 320,00 €).
Les fonds devraient apparaître sur votre compte sous 24 à 48 h ouvrées.

Cordialement,

Service Comptabilité Fournisseurs
Biscuiterie d'Armor SAS
Parc d'activités de la Rigourdière – 35510 Cesson-Sévigné

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s4fr007", ten="A", country="FR", date="2026-11-18T22:05", fmt="gmail", ago=2, stage="second_reminder",
         inv="FA-2026-0377", amt="4 860,00", due="2026-10-15",
         frm="Marion et Julien Tessier <tessier.famille@free.fr>",
         intent="plan_request",
         note="asks whether the kitchen joinery bill can be paid in three or four instalments; no date committed",
         body="""Bonsoir Monsieur Carrel,

Nous avons bien reçu votre deuxième relance et nous sommes sincèrement désolés de ne pas avoir répondu plus tôt.

Nous sommes très contents de la cuisine et des placards, là n'est pas la question. Mais entre-temps Julien a perdu son contrat (fin de mission fin septembre) et nous ne pouvons pas sortir 4 860 € d'un coup sans nous mettre à découvert.

Serait-il possible de régler la facture en trois ou quatre fois ? Nous pourrions faire un premier versement assez rapidement, puis le reste tous les mois, à vous de nous dire ce qui vous conviendrait.

Merci de votre compréhension, et encore pardon pour ce retard.

Marion Tessier
06 12 40 77 83"""),

    dict(id="s4fr008", ten="B", country="FR", date="2026-11-19T14:12", fmt="tb", ago=1,
         inv="VP26-1166", amt="1 398,60", due="2026-10-28",
         frm="Gestion technique <technique@foncia-bourgogne-exemple.fr>",
         intent="copy_request",
         note="never received the invoice; asks for the PDF and the intervention report",
         body="""Bonjour,

Nous ne retrouvons pas cette facture dans nos dossiers : elle n'a semble-t-il jamais été reçue par notre service (ni par courrier ni sur l'adresse factures@).

Pourriez-vous nous la renvoyer au format PDF, avec si possible le bon d'intervention signé par le locataire (appartement 14, 27 rue Devosge) ? Sans ce bon nous ne pouvons pas la refacturer au propriétaire.

Merci d'avance,

Corinne Bazin
Service technique"""),

    dict(id="s4fr009", ten="C", country="FR", date="2026-11-19T16:40", fmt="html_gmail", ago=2,
         inv=[("GCE-26/0331", "2 064,00", "2026-11-05"), ("GCE-26/0340", "588,00", "2026-11-10")],
         frm="Lucie Briand <lucie@briand-paysage.fr>",
         intent="promise", promise_date="2026-11-25",
         note="both invoices 'partiront avec notre campagne de virements du 25' (mail of 19 Nov 2026) -> 25 Nov 2026",
         body="""Bonjour,

Merci pour le rappel. Les deux factures (toiture du hangar et reprise du tableau électrique) sont bien validées chez nous.
Elles partiront avec notre campagne de virements du 25, nous ne faisons les paiements fournisseurs qu'une fois par mois.

Bonne fin de journée,

Lucie Briand
Briand Paysage – gestion administrative"""),

    dict(id="s4fr010", ten="A", country="FR", date="2026-11-20T07:58", fmt="apple", ago=3,
         inv="FA-2026-0405", amt="2 610,00", due="2026-11-08",
         frm="Bernard Cluzel <bernard.cluzel@wanadoo.fr>",
         intent="dispute",
         note="contests the amount (quote 2 350 € vs invoice 2 610 €) and the quality of the door fitting",
         body="""Monsieur,

Avant de me relancer vous feriez bien de relire votre propre devis. Il était de 2 350 € TTC pose comprise, je l'ai signé et j'en ai une copie. Je ne vois pas d'où sortent les 260 € de plus.

De plus la porte d'entrée frotte en bas dès qu'il pleut et la serrure accroche. Votre gars devait repasser "dans la semaine", c'était il y a quinze jours.

Je paierai 2 350 € quand la porte fermera correctement. Pas avant.

B. Cluzel"""),

    dict(id="s4fr011", ten="B", country="FR", date="2026-11-23T09:30", fmt="outlook", ago=4,
         inv="VP26-1142", amt="732,00", due="2026-10-22",
         frm="Laurent Mercier <l.mercier@hotel-les-ducs.fr>",
         intent="contact_change", new_email="comptabilite@groupe-hdb.fr",
         note="asks that reminders go to the group's accounts address; no payment information",
         body="""Bonjour,

Je ne m'occupe plus de la comptabilité de l'hôtel : depuis le rachat, toutes les factures fournisseurs sont traitées par le siège.
Merci d'adresser désormais vos factures et relances à comptabilite@groupe-hdb.fr en précisant « Hôtel Les Ducs – Dijon ».

Je leur fais suivre celle-ci, mais il faudra mettre votre fichier à jour.

Cordialement,

Laurent Mercier
Directeur
Hôtel Les Ducs ***"""),

    dict(id="s4fr012", ten="C", country="FR", date="2026-11-26T12:51", fmt="gmail", ago=2,
         inv="GCE-26/0352", amt="890,00", due="2026-11-15",
         frm="Kevin Le Bihan <kevinlebihan35@gmail.com>",
         intent="promise", promise_date="2026-11-30",
         note="phone-typed; 'je passe deposer un cheque lundi' in a mail of Thursday 26 Nov 2026 -> Monday 30 Nov 2026",
         body="""bjr
oui je sais jsuis en retard dsl. je passe deposer un cheque lundi a votre depot de la lande, vous etes ouvert le matin ?
kevin"""),

    dict(id="s4fr013", ten="A", country="FR", date="2026-11-17T15:20", fmt="outlook", ago=4, fwd=True,
         inv="FA-2026-0366", amt="1 145,00", due="2026-10-20",
         frm="Assistante de direction <assistante@cabinet-dr-fabre.fr>",
         intent="paid", paid_on="2026-11-13",
         note="forwarded by an assistant: the cheque was posted 'le vendredi 13 novembre' -> 13 Nov 2026",
         body="""Bonjour,

Le Dr Fabre m'a demandé de vous répondre : le règlement de cette facture (remplacement des portes du cabinet) a été envoyé par chèque, posté le vendredi 13 novembre à l'adresse de votre atelier.
Merci de nous prévenir si vous ne l'aviez pas reçu d'ici la fin de semaine.

Cordialement,

Émilie Vasseur
Assistante du Dr Fabre"""),

    dict(id="s4fr014", ten="B", country="FR", date="2026-11-24T11:03", fmt="html_outlook", ago=1,
         inv="VP26-1219", amt="3 972,00", due="2026-11-14",
         frm="Accueil - Mairie de Chenôve <accueil@ville-chenove-exemple.fr>",
         intent="other",
         note="acknowledgement only: passed on to the finance department, no commitment",
         body="""Bonjour,

Votre message a bien été transmis au service des finances, qui traite le mandatement des factures de la commune.
Ils reviendront vers vous directement si nécessaire.

Bien cordialement,

Accueil de la Mairie"""),

    dict(id="s4fr015", ten="C", country="FR", date="2026-11-25T17:26", fmt="gmail", ago=6,
         inv="GCE-26/0325", amt="6 480,00", due="2026-11-04",
         frm="Philippe Rouxel <philippe.rouxel@sfr.fr>",
         intent="bank_details",
         note="received a letter announcing a new IBAN for the firm, fears fraud and wants it confirmed before paying",
         body="""Bonjour,

Je souhaite régler la facture de la toiture, mais j'ai reçu hier un courrier à en-tête de votre entreprise m'indiquant un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne que je ne connais pas).

Avec tout ce qu'on entend sur les arnaques au faux RIB, je préfère vérifier avant d'envoyer 6 480 €. Pouvez-vous me confirmer, par téléphone de préférence, si ce changement vient bien de vous ? Mon numéro : 06 63 18 02 47.

Merci,
Philippe Rouxel"""),

    dict(id="s4fr016", ten="A", country="FR", date="2026-11-20T16:15", fmt="html_outlook", ago=3, stage="firm",
         inv="FA-2026-0351", amt="7 420,80", due="2026-10-10",
         frm="Secrétariat SCI Les Tilleuls <secretariat@sci-lestilleuls.fr>",
         intent="promise", promise_date="2026-11-28",
         note="dictated letter; 'sous huitaine' in a mail of 20 Nov 2026 -> within 8 days -> 28 Nov 2026",
         body="""Madame, Monsieur,

Faisant suite à votre courrier électronique relatif à la facture FA-2026-0351 (fourniture et pose des menuiseries extérieures du bâtiment B), je vous informe que le retard de paiement est dû au décalage du déblocage des fonds par notre établissement prêteur.

Les fonds nous ayant été confirmés ce jour, le règlement de la somme de 7 420,80 € interviendra sous huitaine.

Je vous prie de bien vouloir ne pas appliquer l'indemnité forfaitaire mentionnée dans votre relance, compte tenu de nos bonnes relations.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Pour M. Alain Berthier, gérant, et par délégation,
Le secrétariat
(lettre dictée, non relue)"""),

    dict(id="s4fr017", ten="B", country="FR", date="2026-11-30T07:12", fmt="ooo", ago=0,
         inv="VP26-1231", amt="455,00", due="2026-11-20",
         frm="Frédéric Monnot <f.monnot@boulangerie-monnot.fr>",
         intent="out_of_office", return_date="2026-12-07",
         note="auto-reply: absent 'du 30 novembre au 6 décembre inclus' -> first day back 7 Dec 2026",
         body="""Bonjour,

La boulangerie est fermée pour congés annuels du 30 novembre au 6 décembre inclus.
Je lirai vos messages à mon retour.

Frédéric Monnot"""),

    dict(id="s4fr018", ten="C", country="FR", date="2026-11-23T08:05", fmt="gmail", ago=3,
         inv="GCE-26/0349", amt="318,00", due="2026-11-12",
         frm="Anne-Sophie Delarue <asdelarue@gmail.com>",
         intent="paid", paid_on="2026-11-21",
         note="'j'ai payé par carte samedi' in a mail of Monday 23 Nov 2026 -> Saturday 21 Nov 2026",
         body="""Bonjour,

J'ai payé par carte samedi sur votre lien de paiement en ligne, j'ai reçu la confirmation par mail. Vous devriez l'avoir.
Vous pouvez ignorer ma précédente réponse dans laquelle je disais que j'attendais le passage de l'électricien, c'était une confusion avec une autre entreprise.

Bonne journée
Anne-Sophie Delarue"""),

    dict(id="s4fr019", ten="A", country="FR", date="2026-11-24T10:47", fmt="outlook", ago=2, stage="second_reminder",
         inv="FA-2026-0359", amt="1 980,00", due="2026-10-31",
         frm="Service Travaux - Bâtiments Val de Loire <travaux@bvl-construction.fr>",
         intent="dispute",
         note="says the remaining 1 980 € is the 5 % retention money, not due before the snags are cleared: contests that it is owed",
         body="""Bonjour,

Après vérification, le montant que vous nous réclamez correspond à la retenue de garantie de 5 % prévue à l'article 8 de votre contrat de sous-traitance (lot 4 - menuiseries intérieures, opération Les Jardins de Rochepinard).

Comme vous le savez, des réserves restent à lever (portes palières des logements 12 et 17, plinthes du hall). Cette somme n'est donc pas exigible à ce jour : elle vous sera libérée à la levée des réserves, ou à défaut à l'expiration du délai d'un an suivant la réception.

Merci de bien vouloir annuler cette relance.

Cordialement,

Stéphane Audoin
Conducteur de travaux
Bâtiments Val de Loire"""),

    dict(id="s4fr020", ten="B", country="FR", date="2026-11-26T15:30", fmt="tb", ago=5,
         inv="VP26-1195", amt="186,50", due="2026-11-10",
         frm="Jeanne Perrot <jeanne.perrot21@laposte.net>",
         intent="promise", promise_date="2026-12-02",
         note="'ma fille ... mercredi prochain' in a mail of Thursday 26 Nov 2026 -> Wednesday 2 Dec 2026",
         body="""Monsieur,

J'ai bien reçu votre lettre par l'ordinateur. Je ne sais pas faire les virements moi-même, c'est ma fille Catherine qui s'occupe de mes papiers et elle vient mercredi prochain. Elle fera le paiement ce jour-là.

Je vous remercie encore pour la réparation du robinet de la cuisine, votre jeune ouvrier a été très gentil.

Avec mes salutations,
Jeanne Perrot"""),

    dict(id="s4fr021", ten="C", country="FR", date="2026-11-27T18:02", fmt="gmail", ago=2, stage="final_notice",
         inv=[("GCE-26/0288", "3 540,00", "2026-10-05"), ("GCE-26/0301", "1 212,00", "2026-10-18")],
         frm="Yannick Hervé <yannick@herve-menuiserie-agencement.fr>",
         intent="plan_request",
         note="cash-flow trouble, asks for a schedule over four months; proposes no date",
         body="""Bonsoir,

Je ne vais pas vous raconter d'histoire : depuis la liquidation d'un de nos gros clients en septembre, la trésorerie est très tendue et je n'arrive pas à tout payer en une fois.

Je ne conteste pas les deux factures, le travail a été bien fait. Est-ce qu'on peut convenir d'un échéancier sur 4 mois ? Je préférerais ça plutôt que de voir le dossier partir au recouvrement. Appelez-moi quand vous voulez pour en parler, 06 84 52 19 03.

Yannick Hervé
Hervé Agencement"""),

    dict(id="s4fr022", ten="A", country="FR", date="2026-12-08T12:26", fmt="html_gmail", ago=2, stage="repeat",
         inv="FA-2026-0431", amt="540,00", due="2026-11-18",
         frm="Claire Fontaine-Dubois <claire.fontaine.dubois@gmail.com>",
         intent="promise", promise_date="2026-12-20",
         note="'d'ici le 20' in a mail of 8 Dec 2026 -> 20 Dec 2026",
         body="""Bonjour,

Je m'excuse, j'ai eu un souci avec ma banque (carte bloquée puis nouveau compte). Tout est rentré dans l'ordre, je vous règle d'ici le 20.

Cordialement,
Claire Fontaine-Dubois"""),

    dict(id="s4fr023", ten="B", country="FR", date="2026-12-01T09:44", fmt="apple", ago=1, stage="second_reminder",
         inv="VP26-1210", amt="95,00", due="2026-11-13",
         frm="Gérard Maillot <g.maillot@numericable.fr>",
         intent="unsubscribe",
         note="wants the automatic emails stopped; nothing said about paying",
         body="""Je ne veux plus recevoir ces mails automatiques. Retirez mon adresse de votre fichier, merci.
Si vous avez quelque chose à me dire, vous avez mon téléphone.

G. Maillot

Envoyé de mon iPad"""),

    dict(id="s4fr024", ten="C", country="FR", date="2026-12-04T10:18", fmt="html_outlook", ago=3,
         inv=[("GCE-26/0356", "1 090,00", "2026-11-16"), ("GCE-26/0361", "2 445,60", "2026-11-20"), ("GCE-26/0367", "276,00", "2026-11-24")],
         frm="Martine Le Goff <m.legoff@ehpad-les-hortensias.fr>",
         intent="paid", paid_on="2026-12-02",
         note="three invoices 'réglées par un virement groupé le mercredi 2 décembre' -> 2 Dec 2026",
         body="""Bonjour,

Les trois factures mentionnées dans votre relance ont été réglées par un virement groupé le mercredi 2 décembre, pour un total de 3 811,60 €.
Le libellé du virement reprend les trois numéros de facture.

Cordialement,

Martine Le Goff
Responsable administrative et financière
EHPAD Les Hortensias
Tél. 02 99 62 08 40"""),

    dict(id="s4fr025", ten="A", country="FR", date="2026-12-18T17:45", fmt="ooo", ago=1,
         inv="FA-2026-0447", amt="1 320,00", due="2026-12-05",
         frm="Olivier Chambon <olivier.chambon@chambon-architecte.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="'absent jusqu'au 4 janvier inclus' -> first day back Tuesday 5 Jan 2027",
         body="""Bonjour,

L'agence est fermée pour les fêtes. Je suis absent jusqu'au 4 janvier inclus et ne consulterai pas mes mails.
Belles fêtes de fin d'année !

Olivier Chambon
Architecte DPLG"""),

    dict(id="s4fr026", ten="B", country="FR", date="2026-12-03T14:55", fmt="html_gmail", ago=2,
         inv="VP26-1228", amt="2 910,00", due="2026-11-21",
         frm="David Sarrazin <d.sarrazin@sarrazin-batiment.fr>",
         intent="promise", promise_date="2026-12-15",
         note="will pay when his own client pays, 'au plus tard le 15 décembre' (mail of 3 Dec 2026) -> 15 Dec 2026",
         body="""Bonjour Monsieur Vautrin,

Je suis moi-même en attente du paiement du maître d'ouvrage pour le chantier de Talant (la situation n°3 a été validée mais pas encore payée).
Dès réception je vous règle votre facture de plomberie, et au plus tard le 15 décembre quoi qu'il arrive.

Bien à vous,
David Sarrazin
Sarrazin Bâtiment – Gros œuvre / Rénovation"""),

    dict(id="s4fr027", ten="C", country="FR", date="2026-12-07T20:33", fmt="tb", ago=4, stage="second_reminder",
         inv="GCE-26/0358", amt="472,80", due="2026-11-19",
         frm="Rémi Thébault <remi.thebault@protonmail.com>",
         intent="dispute",
         note="contests the labour billed (3 h invoiced, 1 h on site) and refuses to pay the invoice as it stands",
         body="""Bonsoir,

Je conteste cette facture. Vous m'avez facturé 3 heures de main d'œuvre pour le remplacement du disjoncteur différentiel, alors que votre électricien est arrivé à 14h10 et reparti avant 15h15, j'étais présent tout le long. Le déplacement est déjà facturé à part.

Merci de m'envoyer une facture corrigée (1 heure), que je réglerai aussitôt. Je ne paierai pas celle-ci en l'état.

Rémi Thébault"""),

    dict(id="s4fr028", ten="A", country="FR", date="2026-12-02T11:09", fmt="outlook", ago=1,
         inv="FA-2026-0423", amt="5 268,00", due="2026-11-25",
         frm="Nadia Benali <n.benali@cabinet-comptable-touraine.fr>",
         intent="copy_request",
         note="accountant asks for the detailed invoice (quantities, unit prices) and the signed quote before paying; no dispute yet",
         body="""Bonjour,

Je gère la comptabilité de la SAS Boulangerie Gaudin, votre cliente.
Pour pouvoir mettre votre facture en paiement, pourriez-vous nous transmettre la facture détaillée (métré, prix unitaires) ainsi que le devis signé correspondant ? Nous n'avons reçu qu'un récapitulatif avec un montant global.

Merci par avance,

Nadia Benali
Collaboratrice comptable
Cabinet Comptable de Touraine"""),

    dict(id="s4fr029", ten="B", country="FR", date="2026-12-10T13:02", fmt="gmail", ago=2,
         inv="VP26-1236", amt="340,00", due="2026-11-26",
         frm="Mickael Bouchard <mika.bouchard21@hotmail.fr>",
         intent="paid", paid_on="2026-12-08",
         note="phone-typed; 'cest regle depuis mardi' in a mail of Thursday 10 Dec 2026 -> Tuesday 8 Dec 2026",
         body="""cest regle depuis mardi par virement, verifiez vos comptes svp

Envoyé depuis mon Galaxy"""),

    dict(id="s4fr030", ten="C", country="FR", date="2026-12-09T07:40", fmt="outlook", ago=1,
         inv="GCE-26/0369", amt="1 608,00", due="2026-11-27",
         frm="Guillaume Robic <g.robic@robic-transports.fr>",
         intent="promise", promise_date="2026-12-14",
         note="curt: 'Virement lundi.' in a mail of Wednesday 9 Dec 2026 -> Monday 14 Dec 2026",
         body="""Virement lundi.

G. Robic"""),

    dict(id="s4fr031", ten="A", country="FR", date="2026-11-27T10:30", fmt="html_outlook", ago=6, stage="firm",
         inv="FA-2026-0344", amt="2 236,00", due="2026-10-05",
         frm="SELARL Marchal & Associés - Mandataires judiciaires <procedures@marchal-mj-exemple.fr>",
         intent="other",
         note="letter from the insolvency practitioner (redressement judiciaire): file a claim, no payment to expect outside the procedure",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance adressée à la SARL Atelier Menard Décoration.

Nous vous informons que, par jugement du Tribunal de commerce de Tours en date du 28 octobre 2026, cette société a fait l'objet d'une procédure de redressement judiciaire, notre étude ayant été désignée en qualité de mandataire judiciaire.

En application de l'article L.622-7 du Code de commerce, le débiteur ne peut plus régler les créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance auprès de notre étude dans un délai de deux mois à compter de la publication du jugement au BODACC, accompagnée des justificatifs (factures, bons de commande).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Le service des vérifications de créances
SELARL Marchal & Associés"""),

    dict(id="s4fr032", ten="B", country="FR", date="2026-11-13T18:50", fmt="gmail", ago=4,
         inv="VP26-1176", amt="780,00", due="2026-11-03",
         frm="Seb Lacroix <seb.lacroix.dijon@gmail.com>",
         intent="promise", promise_date="2026-11-14",
         note="'je te règle ça demain sans faute' in a mail of Friday 13 Nov 2026 -> Saturday 14 Nov 2026",
         body="""Salut Pascal,
Oups c'est passé à la trappe, je te règle ça demain sans faute, je n'ai pas accès à mon appli bancaire du boulot.
Seb"""),

    dict(id="s4fr033", ten="C", country="FR", date="2026-11-10T09:02", fmt="ooo", ago=0, stage="heads_up",
         inv="GCE-26/0363", amt="2 760,00", due="2026-11-25",
         frm="Christelle Jouan <c.jouan@pharmacie-du-centre-vern.fr>",
         intent="out_of_office", return_date="2026-11-16",
         note="'de retour le lundi 16 novembre' in the auto-reply",
         subj_prefix="Absente : ",
         body="""Bonjour,

Je suis en congé et serai de retour le lundi 16 novembre. Vos messages ne sont pas transférés.
Pour la pharmacie, vous pouvez joindre l'équipe au 02 99 62 30 14.

Christelle Jouan"""),

    dict(id="s4fr034", ten="A", country="FR", date="2026-12-01T08:12", fmt="apple", ago=2,
         inv="FA-2026-0419", amt="685,00", due="2026-11-20",
         frm="Michel Guérin <michel.guerin37@orange.fr>",
         intent="paid", paid_on="2026-11-27",
         note="cheque handed to the fitter 'vendredi dernier' in a mail of Tuesday 1 Dec 2026 -> Friday 27 Nov 2026",
         body="""Bonjour,

J'ai remis un chèque de 685 € à votre poseur vendredi dernier, à la fin de la pose des volets. Il l'a mis dans sa sacoche devant moi. Il a dû oublier de le déposer au bureau.

Merci de vérifier de votre côté.
Michel Guérin

Envoyé de mon iPad"""),

    dict(id="s4fr035", ten="B", country="FR", date="2026-12-04T21:47", fmt="gmail", ago=3, stage="firm",
         inv="VP26-1158", amt="1 640,00", due="2026-10-16",
         frm="Aurélie Petitjean <aurelie.ptitjean@yahoo.fr>",
         intent="plan_request",
         note="asks to pay 200 € a month; no start date committed",
         body="""Bonsoir,

Je suis au courant pour la facture du remplacement de la chaudière, je ne fais pas la morte, c'est juste que je suis seule avec deux enfants et que je n'ai pas cette somme.

Est-ce que vous accepteriez que je vous paie 200 € par mois ? Je peux faire un virement permanent si vous me dites que c'est d'accord.

Merci de me répondre,
Aurélie Petitjean"""),

    dict(id="s4fr036", ten="C", country="FR", date="2026-12-07T11:25", fmt="outlook", ago=3,
         inv="GCE-26/0344", amt="3 096,00", due="2026-11-10",
         frm="Pierre-Yves Nédélec <py.nedelec@ouest-gestion-immo.fr>",
         intent="contact_change", new_email="s.kerherve@ouest-gestion-immo.fr",
         note="no longer manages the residence; gives his successor's address for reminders",
         body="""Bonjour,

Je ne suis plus en charge de la résidence Le Clos Saint-Martin depuis le 1er novembre. Le dossier a été repris par ma collègue Solène Kerhervé, qui a toutes les factures en cours.

Merci de lui adresser vos relances directement : s.kerherve@ouest-gestion-immo.fr

Cordialement,
Pierre-Yves Nédélec
Ouest Gestion Immobilier"""),

    dict(id="s4fr037", ten="A", country="FR", date="2026-12-09T16:38", fmt="tb", ago=5, stage="repeat",
         inv="FA-2026-0388", amt="1 474,00", due="2026-11-02",
         frm="Direction - Les Gîtes du Cher <direction@gites-du-cher.fr>",
         intent="dispute",
         note="denies ordering the extra work billed (staircase cladding), no signed amendment: contests the invoice",
         body="""Bonjour,

Nous avons réglé en septembre l'intégralité du devis n° D-2026-118 (escaliers des gîtes 2 et 3).

La facture FA-2026-0388 porte sur un « habillage contremarches et nez de marche » que nous n'avons jamais commandé. Aucun avenant n'a été signé, et nous n'avons jamais reçu de devis pour cela. Votre chef d'équipe l'a peut-être proposé oralement à notre employé sur place, mais il n'avait aucune délégation pour engager la société.

Nous ne réglerons pas cette facture. Nous vous demandons de l'annuler par un avoir.

Cordialement,

Véronique Aubry
Gérante"""),

    dict(id="s4fr038", ten="B", country="FR", date="2026-12-15T12:14", fmt="html_gmail", ago=1,
         inv="VP26-1244", amt="1 125,00", due="2026-12-04",
         frm="Isabelle Moreau-Lambert <isabelle.moreaulambert@gmail.com>",
         intent="promise", promise_date="2026-12-24",
         note="'je ferai le virement la veille de Noël' in a mail of 15 Dec 2026 -> 24 Dec 2026",
         body="""Bonjour,

Merci pour votre relance, et encore merci pour la salle de bains qui est superbe.
Ma prime tombe le 23, je ferai donc le virement la veille de Noël. J'espère que ce petit délai ne vous pose pas de problème.

Joyeuses fêtes à toute l'équipe,
Isabelle"""),

    dict(id="s4fr039", ten="C", country="FR", date="2026-11-18T15:06", fmt="outlook", ago=2, off="+0000",
         inv="GCE-26/0336", amt="1 944,00", due="2026-11-02",
         frm="Comptabilité - SARL Lebreton Frères <compta@lebreton-freres.fr>",
         intent="paid", paid_on="2026-11-18",
         note="'règlement effectué ce jour' in a mail of 18 Nov 2026 -> 18 Nov 2026 (server stamps +0000)",
         body="""Bonjour,

Règlement effectué ce jour par virement SEPA, 1 944,00 €, référence GCE-26/0336.
Vous trouverez l'avis d'opéré en pièce jointe.

Cdt,
F. Lebreton"""),

    dict(id="s4fr040", ten="A", country="FR", date="2026-11-30T13:37", fmt="gmail", ago=4,
         inv="FA-2026-0414", amt="2 052,00", due="2026-11-16",
         frm="Karim Haddad <karim.haddad@haddad-kine.fr>",
         intent="bank_details",
         note="asks which IBAN is right (invoice and payment page differ) before paying; the next action is confirming the bank details",
         body="""Bonjour,

Je veux bien payer, mais je ne sais pas sur quel compte : l'IBAN imprimé sur la facture (FR76 3000 4…) n'est pas le même que celui affiché quand je clique sur votre lien de paiement en ligne.

Pouvez-vous me confirmer lequel est le bon avant que je fasse le virement ? Je préfère être prudent.

Merci,
Karim Haddad
Cabinet de kinésithérapie"""),

    dict(id="s4fr041", ten="B", country="FR", date="2026-12-01T09:03", fmt="bounce",
         inv="VP26-1215", amt="264,00", due="2026-11-16",
         rcpt="contact@sas-dumont-renov.fr", status="5.4.4",
         diag="550 5.4.4 Host or domain name not found. Name service error for name=sas-dumont-renov.fr type=MX: Host not found",
         remote="sas-dumont-renov.fr", mta="mail-relay.vautrin-plomberie.fr",
         frm="Mail Delivery Subsystem <postmaster@mail-relay.vautrin-plomberie.fr>",
         subj="Non remis : Relance : facture VP26-1215 échue",
         intent="bounce",
         body="""Ceci est un message généré automatiquement par le système de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<contact@sas-dumont-renov.fr> : le domaine du destinataire est introuvable (aucun enregistrement MX).
Aucune nouvelle tentative ne sera effectuée."""),

    dict(id="s4fr042", ten="C", country="FR", date="2026-11-24T19:20", fmt="gmail", ago=1, loc="GB",
         inv="GCE-26/0350", amt="2 328,00", due="2026-11-14",
         frm="Graham Whitfield <graham.whitfield@btinternet.com>",
         intent="promise", promise_date="2026-12-03",
         note="English speaker writing in French, English mail client; 'le 3 décembre' (mail of 24 Nov 2026) -> 3 Dec 2026; the warranty question does not change the next action",
         body="""Bonjour Monsieur,

Excusez mon français. Je paie le solde le 3 décembre, quand mon transfert depuis l'Angleterre est arrivé (Wise prend quelques jours).

Une question : la garantie décennale couvre aussi le zinc autour de la cheminée ? Ma voisine dit que non.

Merci beaucoup et cordialement,
Graham Whitfield
La Ville Hamon, Saint-Méen"""),

    dict(id="s4fr043", ten="A", country="FR", date="2026-12-14T09:00", fmt="ooo", ago=0,
         inv="FA-2026-0452", amt="876,00", due="2026-12-01",
         frm="Pauline Marechal <p.marechal@immo-touraine-sud.fr>",
         intent="out_of_office",
         note="auto-reply for maternity leave, no return date; names a colleague to contact",
         body="""Bonjour,

Je suis actuellement en congé maternité. Pendant mon absence, les factures et règlements fournisseurs sont suivis par Julie Perrin (j.perrin@immo-touraine-sud.fr).

Ce message ne sera pas transféré.

Pauline Marechal"""),

    dict(id="s4fr044", ten="B", country="FR", date="2026-12-01T17:55", fmt="html_outlook", ago=2, stage="second_reminder",
         inv=[("VP26-1201", "1 086,00", "2026-11-05"), ("VP26-1214", "402,00", "2026-11-15")],
         frm="Hugues Vallot <h.vallot@vallot-traiteur.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'fin de semaine prochaine' in a mail of Tuesday 1 Dec 2026 -> week of 7-13 Dec, end of the working week Friday 11 Dec 2026",
         body="""Bonjour,

Exact, les deux sont en retard, désolé. Ma comptable est en arrêt depuis trois semaines et tout s'est accumulé.
Je m'en occupe personnellement : vous aurez les deux règlements fin de semaine prochaine.

Cordialement,

Hugues Vallot
Vallot Traiteur – Réceptions & Séminaires
06 20 35 48 91"""),

    dict(id="s4fr045", ten="C", country="FR", date="2026-12-02T12:48", fmt="html_gmail", ago=3,
         inv="GCE-26/0372", amt="159,00", due="2026-11-23",
         frm="Léa Chauvel <lea.chauvel@gmail.com>",
         intent="paid", paid_on="2026-11-29",
         note="'payé par CB sur votre site le 29 nov.' -> 29 Nov 2026",
         body="""Bonjour,
Payé par CB sur votre site le 29 nov. (dépannage prise de la cuisine), la transaction apparaît sur mon compte.
Bonne journée
Léa"""),

    dict(id="s4fr046", ten="A", country="FR", date="2026-11-17T20:11", fmt="gmail", ago=1,
         inv="FA-2026-0392", amt="9 840,00", due="2026-11-05",
         frm="Fabrice et Nathalie Dorval <dorval.fn@orange.fr>",
         intent="promise",
         note="promise with no day: 'début décembre' once the loan is released -> no promise_date",
         body="""Bonsoir Monsieur Carrel,

Nous n'oublions pas votre facture pour l'escalier et le parquet. Nous attendons le déblocage du prêt travaux : la banque a reçu toutes les pièces et nous annonce les fonds pour début décembre.
Nous vous réglerons dès qu'ils seront sur notre compte.

Bien cordialement,
Fabrice Dorval"""),

    dict(id="s4fr047", ten="B", country="FR", date="2026-12-11T10:05", fmt="outlook", ago=3, stage="formal_notice",
         inv="VP26-1162", amt="4 380,00", due="2026-10-19",
         frm="Maître Sophie Carré <s.carre@carre-avocat-dijon.fr>",
         cc="Jean-Marc Villard <jm.villard@free.fr>",
         intent="dispute",
         note="lawyer for the customer contests the formal notice: boiler broke down three days after installation, asks for repair first",
         body="""Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Jean-Marc Villard, en copie, suite à votre mise en demeure relative à la facture VP26-1162.

Mon client conteste cette facture. La chaudière à condensation installée par vos soins est tombée en panne trois jours après sa mise en service, et les deux interventions de votre technicien n'ont pas permis d'y remédier. Mon client est sans chauffage depuis plusieurs semaines, constat à l'appui.

Dans ces conditions, il entend opposer l'exception d'inexécution et ne procédera à aucun règlement tant que l'installation ne fonctionnera pas conformément à votre devis. Toute mesure de recouvrement serait prématurée.

Je reste à votre disposition, ou à celle de votre conseil, pour trouver une issue amiable.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Carré
Avocat au Barreau de Dijon"""),

    dict(id="s4fr048", ten="C", country="FR", date="2026-12-16T08:34", fmt="tb", fresh=True,
         subj="Facture GCE-26/0375 - chèque envoyé + demande de devis",
         inv="GCE-26/0375", amt="620,00", due="2026-12-02",
         frm="Jean-Luc Pinault <jl.pinault@laposte.net>",
         intent="paid", paid_on="2026-12-14",
         note="new mail, not a reply; cheque 'posté lundi' in a mail of Wednesday 16 Dec 2026 -> Monday 14 Dec 2026; the quote request is secondary",
         body="""Bonjour,

Suite à votre relance, je vous informe que le chèque de 620 € pour la facture GCE-26/0375 a été posté lundi. Vous devriez le recevoir aujourd'hui ou demain.

Par ailleurs, pourriez-vous me rappeler pour un devis ? Je voudrais faire refaire le faîtage du garage avant l'hiver prochain. Je suis joignable le matin au 02 99 00 41 87.

Cordialement,
Jean-Luc Pinault"""),

    dict(id="s4fr049", ten="A", country="FR", date="2026-12-16T10:02", fmt="outlook", ago=1, stage="final_notice",
         inv="FA-2026-0402", amt="3 612,00", due="2026-11-06",
         frm="Benoît Lamarre <b.lamarre@lamarre-cuisines.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'sous 48h' in a mail of Wednesday 16 Dec 2026 -> Friday 18 Dec 2026",
         body="""Bonjour,

Inutile de transmettre le dossier, j'ai eu un souci de trésorerie mais c'est réglé. Vous aurez le virement sous 48h.

Benoît Lamarre"""),

    dict(id="s4fr050", ten="B", country="FR", date="2026-12-21T18:27", fmt="apple", ago=4, stage="repeat", noquote=True,
         inv="VP26-1190", amt="1 260,00", due="2026-11-09",
         frm="Corinne Brunet <corinne.brunet@sfr.fr>",
         intent="promise", promise_date="2027-01-15",
         note="paid 500 € today and commits to the rest 'le 15 janvier' (mail of 21 Dec 2026) -> promise for the balance, 15 Jan 2027",
         body="""Bonsoir,

Je viens de vous faire un virement de 500 €. Pour le reste (760 €) je ne pourrai pas avant le 15 janvier, avec les fêtes c'est compliqué. Je vous le ferai ce jour-là.

Bonnes fêtes,
Corinne Brunet

Envoyé de mon iPhone"""),
]
