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

Bien reçu ta relance, pas d'inquiétude je ne t'oublie pas ! Grosse fin de mois avec les frais de la maison, je te fais le virement à la fin du mois quand la paie tombe.
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
]
