"""Set 6, part fr_c: French debtor replies to Bréhaut Génie Climatique SAS (handwritten, one by one)."""

CASES = [
    dict(id="s6fr201", country="FR", date="2026-12-08T10:14", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("FA-26-3102", "4 812,00", "2026-11-15"), ("FA-26-3117", "1 326,60", "2026-11-20")],
         frm="Nathalie Gourvennec <n.gourvennec@lestrade-agro.fr>",
         cc="Comptabilité Fournisseurs <compta.fournisseurs@lestrade-agro.fr>",
         intent="promise", promise_date="2026-12-18",
         note="both invoices go into the next payment run 'du 18/12': 18 December 2026",
         body="""Bonjour,

Je fais suite à votre relance.

Vos factures FA-26-3102 et FA-26-3117 ont été validées par nos services techniques (bons de réception rapprochés avec le BC 4500219871) et sont désormais bonnes à payer dans notre ERP.

Elles seront intégrées à notre prochaine campagne de paiement du 18/12. Nous ne procédons à aucun paiement en dehors des campagnes, sauf accord exprès de la Direction financière.

Je reste à votre disposition pour toute information complémentaire.

Cordialement,

Nathalie Gourvennec
Comptable fournisseurs – Service Comptabilité
Groupe Lestrade Agroalimentaire
ZA de Kerbénès – 29510 Briec
Tél. : 02 98 57 14 60

Afin de faciliter le traitement de vos factures, merci de mentionner systématiquement le numéro de bon de commande.

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Le Groupe Lestrade décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s6fr202", country="FR", date="2026-11-17T14:32", fmt="tb", ago=1,
         inv="FA-26-2987", amt="2 148,00", due="2026-10-31",
         frm="Service Finances - Mairie de Montreuil-la-Vilaine <finances@montreuil-la-vilaine.fr>",
         intent="paid", paid_on="2026-11-13",
         note="town hall: mandate issued 30 Oct, the public accountant (SGC) paid on 13 November per Hélios",
         body="""Bonjour,

Après vérification, la facture FA-26-2987 (remplacement du groupe froid - cantine scolaire) a fait l'objet du mandat n° 1487, bordereau n° 96, émis le 30 octobre.

D'après l'état de consultation Hélios, le paiement a été effectué par le Service de Gestion Comptable de Vitré le 13 novembre. Les fonds devraient donc apparaître sur votre compte très prochainement ; le virement porte le libellé « MANDAT 1487 COMMUNE MONTREUIL LA VIL ».

Cordialement,

Sylvie Le Breton
Service Finances - Comptabilité
Mairie de Montreuil-la-Vilaine
1 place de l'Église - 35450 Montreuil-la-Vilaine
Tél. 02 99 49 31 07
Accueil du public : du lundi au vendredi, 8h30-12h"""),

    dict(id="s6fr203", country="FR", date="2026-11-19T16:05", fmt="outlook", stage="heads_up", ago=2,
         inv="FA-26-3144", amt="9 540,00", due="2026-11-30",
         frm="Olivier Bastide <olivier.bastide@someca-industries.fr>",
         intent="promise", promise_date="2026-11-24",
         note="validated today (Thu 19 Nov), payment 'à J+5' = five calendar days later, Tue 24 Nov",
         body="""Bonjour,

Bien reçu. Votre facture FA-26-3144 a été validée ce jour par le service Achats, après contrôle du PV de mise en service de la CTA du bâtiment B.

Règlement à J+5 par virement, conformément à notre procédure.

Bonne fin de journée,

Olivier Bastide
Acheteur Travaux & Maintenance
SOMECA Industries - Direction des Achats
Rue Gustave Eiffel - ZI Sud - 35131 Chartres-de-Bretagne
Ligne directe : 02 99 77 40 18 | Mobile : 06 71 24 80 93"""),

    dict(id="s6fr204", country="FR", date="2026-11-23T11:40", fmt="html_outlook", stage="firm", ago=4,
         inv="FA-26-2901", amt="1 312,50", due="2026-10-20",
         frm="Gaëlle Quéméner <g.quemener@quemener-batiment.fr>",
         intent="dispute",
         note="general contractor: the amount is the 5 % retention (loi de 1971), not payable before the end of the guarantee year and the lifting of reservations; says it is not due now",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FA-26-2901 d'un montant de 1 312,50 € TTC.

Nous vous rappelons que ce montant correspond à la retenue de garantie de 5 % pratiquée sur votre marché de sous-traitance (lot 14 - CVC, opération « Résidence Les Courtils » à Cesson-Sévigné), conformément à l'article 1er de la loi n° 71-584 du 16 juillet 1971 et à l'article 9 de votre contrat de sous-traitance.

La réception des travaux ayant été prononcée le 24 juin 2026 avec réserves, cette retenue ne sera libérée qu'à l'expiration du délai de garantie d'un an, et sous réserve de la levée de l'ensemble des réserves. À ce jour, trois réserves restent ouvertes sur votre lot (cf. PV de levée de réserves du 06/10/2026).

Cette somme n'est donc pas exigible et nous vous demandons d'annuler les pénalités et l'indemnité forfaitaire mentionnées dans votre courrier. Nous vous invitons par ailleurs à émettre un avoir sur cette facture, émise de manière anticipée.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Gaëlle Quéméner
Responsable administrative et financière
QUÉMÉNER BÂTIMENT SAS - Entreprise générale de bâtiment
8 rue du Bignon - 35510 Cesson-Sévigné
Tél. 02 99 83 56 10
www.quemener-batiment.fr

Qualibat 2112 - 2113 | RCS Rennes 418 226 903"""),

    dict(id="s6fr205", country="FR", date="2026-12-09T08:02", fmt="ooo",
         inv="FA-26-3190", amt="684,00", due="2026-11-25",
         frm="Corinne Aubrée <corinne.aubree@ch-pontlouis.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="absent 'du lundi 7 au dimanche 20 décembre inclus': first day back Monday 21 December",
         body="""Bonjour,

Je suis absente du lundi 7 au dimanche 20 décembre inclus.

Pour toute question relative au suivi de vos factures, vous pouvez contacter la cellule Liquidation - Bureau des fournisseurs au 02 97 64 18 30 (du lundi au vendredi, 9h-12h) ou écrire à liquidation.fournisseurs@ch-pontlouis.fr.

Rappel : depuis le 1er janvier 2020, toutes les factures destinées au Centre hospitalier doivent être déposées sur Chorus Pro (SIRET 263 560 217 00014). Les factures transmises par courriel ne sont pas traitées.

Cordialement,

Corinne Aubrée
Direction des Finances
Centre hospitalier de Pont-Louis"""),

    dict(id="s6fr206", country="FR", date="2026-11-12T09:47", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA-26-2954", amt="3 876,00", due="2026-10-25",
         frm="Bureau des fournisseurs <bureau.fournisseurs@ch-paysderance.fr>",
         intent="copy_request",
         note="public hospital never received the invoice; asks that it be filed (sent again) on Chorus Pro with the EJ number",
         body="""Bonjour,

Nous n'avons aucune trace de la facture FA-26-2954 dans notre comptabilité : elle ne nous est jamais parvenue via Chorus Pro, seul canal de réception des factures fournisseurs de l'établissement.

Merci de bien vouloir la déposer sur le portail Chorus Pro en renseignant impérativement :
- SIRET destinataire : 261 100 342 00010
- Code service : FIN-LIQ
- N° d'engagement juridique : 2026EJ004518 (bon de commande n° 26-01873)

Dès son intégration, elle sera liquidée et mandatée dans le délai global de paiement de 50 jours applicable aux établissements publics de santé.

Cordialement,

Bureau des fournisseurs
Direction des Affaires Financières
Centre hospitalier du Pays de Rance
Rue de la Côtière - 22100 Dinan
Tél. 02 96 85 72 40

Ce courriel peut contenir des informations confidentielles. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le supprimer."""),

    dict(id="s6fr207", country="FR", date="2026-11-26T15:20", fmt="html_outlook", ago=2,
         inv="FA-26-3068", amt="7 260,00", due="2026-11-10",
         frm="Pascale Denoual <p.denoual@transports-guerin-ouest.fr>",
         intent="bank_details",
         note="received a letter announcing a new IBAN, fears a fraud, asks the firm to confirm; payment held until then",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA-26-3068.

Nous avons également reçu lundi un courrier à l'en-tête de votre société nous informant d'un changement de coordonnées bancaires (nouvel IBAN FR76 1695 8000 0143 2198 7765 412, domicilié dans une banque en ligne), accompagné d'un RIB et signé « Le service comptabilité ».

Ayant déjà été la cible de tentatives de fraude au changement de RIB, nous ne modifions jamais les coordonnées d'un fournisseur sans contre-appel à un numéro connu de nos services. Pouvez-vous nous confirmer que ce courrier émane bien de vous ? Dans l'attente, le paiement de votre facture est suspendu.

Merci de votre compréhension.

Pascale Denoual
Trésorerie - Comptabilité fournisseurs
TRANSPORTS GUÉRIN OUEST
Parc d'activités de la Brohinière - 35360 Montauban-de-Bretagne
Standard : 02 99 06 21 44

Les informations contenues dans ce courriel et ses pièces jointes sont strictement confidentielles et destinées à l'usage exclusif de leur(s) destinataire(s). Si vous n'êtes pas le destinataire prévu, toute lecture, copie ou diffusion est interdite.
Important : TRANSPORTS GUÉRIN OUEST ne vous demandera jamais de modifier ses coordonnées bancaires par simple courriel."""),

    dict(id="s6fr208", country="FR", date="2026-11-20T17:45", fmt="outlook", stage="second_reminder", ago=4, fwd=True,
         inv="FA-26-3011", amt="2 940,00", due="2026-10-31",
         frm="Léa Mahé <lea.mahe@imprimerie-raoult.fr>",
         intent="promise", promise_date="2026-11-25",
         note="assistant forwards the accountant's internal answer: in the 'virement groupé du 25' (reply of 20 Nov): 25 November",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de notre service comptable, à qui j'avais transmis votre relance.

Bonne soirée,

Léa Mahé
Assistante de direction
Imprimerie Raoult & Fils - 02 99 31 64 88

-----Message d'origine-----
De : Comptabilité Raoult <compta@imprimerie-raoult.fr>
Envoyé : vendredi 20 novembre 2026 16:58
À : Léa Mahé <lea.mahe@imprimerie-raoult.fr>
Objet : RE: Deuxième relance : facture FA-26-3011 impayée – Bréhaut Génie Climatique SAS

Léa,

Oui elle est bien chez nous, elle attendait juste le visa de M. Raoult (c'est fait depuis ce matin). Je l'ai mise dans le virement groupé du 25, tu peux leur dire.

Martine"""),

    dict(id="s6fr209", country="FR", date="2026-11-16T10:22", fmt="html_outlook", ago=3,
         inv="FA-26-2933", amt="5 418,24", due="2026-10-30",
         frm="Indemnisation Entreprises <indemnisation.entreprises@mutuelle-armoricaine.fr>",
         intent="paid", paid_on="2026-11-12",
         note="insurer paid the firm directly under a payment delegation, 'par virement le 12/11/2026'",
         body="""Madame, Monsieur,

Réf. sinistre : 26-IRD-0048127 - Assuré : SCI Les Bruyères (dégât des eaux du 02/08/2026)
Vos références : facture FA-26-2933

Nous faisons suite à votre courriel.

En application de la délégation de paiement signée par notre assuré, nous vous informons que l'indemnité correspondant à votre facture, soit 5 418,24 € TTC, vous a été réglée par virement le 12/11/2026 (référence : IND 26-0048127).

Si ce règlement n'apparaissait pas sur vos relevés, nous vous invitons à vous rapprocher de votre établissement bancaire.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Indemnisation Entreprises
Mutuelle Armoricaine d'Assurances
Pour toute correspondance, merci de rappeler la référence du sinistre.

Ce message et ses pièces jointes sont confidentiels. Mutuelle Armoricaine d'Assurances, société d'assurance mutuelle à cotisations variables, entreprise régie par le Code des assurances, 3 boulevard de la Liberté, 29200 Brest. Si vous n'êtes pas destinataire de ce message, merci de le détruire et d'avertir l'expéditeur."""),

    dict(id="s6fr210", country="FR", date="2026-12-01T11:05", fmt="outlook", stage="final_notice", ago=5, off="+0000",
         inv="FA-26-2870", amt="11 964,00", due="2026-10-15",
         frm="SELARL Hervé & Nicolazo <contact@herve-nicolazo-aj.fr>",
         intent="other",
         note="court administrator's letter: receivership opened, payment of the pre-judgment debt forbidden, claim to be filed with the mandataire; asks to stop reminders but the action is the claim filing",
         body="""Madame, Monsieur,

Nous intervenons en qualité d'administrateur judiciaire de la société ATELIERS MÉCANIQUES DU COUESNON (SAS, RCS Rennes 512 884 170), désignés par jugement du Tribunal de commerce de Rennes en date du 4 novembre 2026 ayant ouvert une procédure de redressement judiciaire à son égard.

Votre facture FA-26-2870 étant antérieure au jugement d'ouverture, son paiement est interdit en application de l'article L. 622-7 du Code de commerce, et toute action tendant au paiement d'une somme d'argent est suspendue (article L. 622-21).

Il vous appartient de déclarer votre créance entre les mains du mandataire judiciaire, Me Anne-Laure Pichon, 12 rue de Nemours, 35000 Rennes, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous remercions en conséquence de bien vouloir cesser l'envoi de relances à la société.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour la SELARL Hervé & Nicolazo
Administrateurs judiciaires
Dossier suivi par : Camille Renaud, collaboratrice
Réf. : 2026/RJ/0417

Ce message est adressé exclusivement à son destinataire et peut contenir des informations couvertes par le secret professionnel."""),

    dict(id="s6fr211", country="FR", date="2026-12-07T09:31", fmt="html_gmail", stage="firm", ago=3,
         inv="FA-26-3086", amt="3 204,00", due="2026-11-12",
         frm="Thomas Le Goff <thomas.legoff@groupe-armen.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'au plus tard le vendredi 11' written Monday 7 Dec: Friday 11 December",
         body="""Bonjour,

Toutes nos excuses pour ce retard : la facture était bloquée en attente de réception dans notre outil achats (le bon de réception n'avait pas été saisi par le chantier).

C'est régularisé, elle part en paiement au plus tard le vendredi 11.

Cordialement,
Thomas Le Goff
Service Achats - Groupe Armen
06 32 17 45 09"""),

    dict(id="s6fr212", country="FR", date="2026-11-24T18:20", fmt="outlook", stage="firm", ago=1,
         inv=[("FA-26-2962", "6 840,00", "2026-10-31"), ("FA-26-3025", "4 116,00", "2026-11-10")],
         frm="Hervé Le Dantec <h.ledantec@conserverie-ledantec.fr>",
         intent="plan_request",
         note="does not contest, asks to spread the two invoices over monthly instalments to be agreed; no date committed",
         body="""Madame, Monsieur,

Nous avons bien reçu votre relance relative aux factures FA-26-2962 et FA-26-3025.

Nous ne contestons pas ces sommes. Toutefois, la perte d'un client important au troisième trimestre pèse lourdement sur notre trésorerie, et notre banque vient de refuser l'augmentation de notre autorisation de découvert.

Nous sollicitons donc de votre bienveillance un étalement du règlement de ces deux factures (10 956,00 € au total) en plusieurs mensualités, selon des modalités à convenir ensemble. Nous vous serions également reconnaissants de bien vouloir suspendre les pénalités de retard pendant la durée de cet échéancier.

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Hervé Le Dantec
Directeur administratif et financier
Conserverie Le Dantec SAS
Port de Rosmeur - 29100 Douarnenez
02 98 92 07 51"""),

    dict(id="s6fr213", country="FR", date="2026-11-13T14:50", fmt="html_outlook", ago=3,
         inv="FA-26-2978", amt="8 601,60", due="2026-11-05",
         frm="Frédéric Kervella <f.kervella@biscuiterie-penhoat.fr>",
         intent="dispute",
         note="invoice does not match the purchase order (14 units at 512 € instead of 12 at 486 €); asks for a credit note",
         body="""Bonjour,

Votre facture FA-26-2978 est bloquée au rapprochement dans notre ERP (écart facture / commande).

Notre bon de commande n° 4500187223 du 12/08/2026 porte sur 12 ventilo-convecteurs gainables à 486,00 € HT l'unité, pose comprise. Or votre facture mentionne 14 unités à 512,00 € HT, soit un écart de 1 336,00 € HT. Aucun avenant ni commande complémentaire n'a été émis par notre service.

Nous ne pourrons régler qu'après réception d'un avoir total et d'une facture rectificative conforme au bon de commande.

Cordialement,

Frédéric Kervella
Acheteur frais généraux et travaux neufs
Direction des Achats
BISCUITERIE PENHOAT SA
Zone de Kervidanou - 29300 Quimperlé
Tél. : +33 (0)2 98 39 12 70

Nos conditions générales d'achat sont disponibles sur www.biscuiterie-penhoat.fr/fournisseurs. Toute facture ne comportant pas de numéro de commande valide sera retournée à son émetteur."""),

    dict(id="s6fr214", country="FR", date="2026-11-10T08:55", fmt="outlook", ago=1,
         inv="FA-26-2940", amt="1 548,00", due="2026-10-28",
         frm="Karine Le Floch <karine.lefloch@hemon-logistique.fr>",
         intent="contact_change", new_email="factures.fournisseurs@groupe-hemon.fr",
         note="supplier invoices now centralised at the group's shared service centre; gives the new address",
         body="""Bonjour,

Depuis le 1er novembre, le traitement des factures fournisseurs de toutes les filiales du Groupe Hémon est centralisé au sein de notre centre de services partagés.

Merci d'adresser désormais vos factures, avoirs et relances exclusivement à : factures.fournisseurs@groupe-hemon.fr
Les envois adressés directement aux collaborateurs des filiales ne sont plus pris en compte.

J'ai transféré votre relance à cette adresse.

Cordialement,
Karine Le Floch
Assistante administrative
Hémon Logistique - filiale du Groupe Hémon"""),

    dict(id="s6fr215", country="FR", date="2026-11-18T11:12", fmt="tb", stage="second_reminder",
         inv="FA-26-2899", amt="2 460,00", due="2026-10-20",
         frm="Yannick Le Bihan <y.lebihan@lebihan-expertise.fr>",
         intent="paid", paid_on="2026-11-06",
         note="accountant for his client: cheque posted on 6 November, not yet cashed; also asks to check receipt",
         body="""Bonjour,

Je vous écris en qualité d'expert-comptable de la SCI Kerjean Patrimoine, qui m'a transmis votre relance.

Ma cliente m'indique avoir réglé la facture FA-26-2899 par chèque n° 8412067 tiré sur le Crédit Agricole, expédié par courrier le 6 novembre à votre adresse de Rennes. Ce chèque n'a, à ce jour, pas été débité.

Pouvez-vous vérifier s'il vous est bien parvenu ? Dans le cas contraire, ma cliente fera opposition et procédera à un virement.

Bien cordialement,

Yannick Le Bihan
Expert-comptable inscrit au Tableau de l'Ordre - Commissaire aux comptes
Le Bihan Expertise
5 place Saint-Corentin - 29000 Quimper
02 98 55 40 26"""),

    dict(id="s6fr216", country="FR", date="2026-11-24T12:37", fmt="apple", ago=1,
         inv="FA-26-3052", amt="890,40", due="2026-11-15",
         frm="Fabrice Jégou <fabrice.jegou@jegou-plomberie.fr>",
         intent="promise", promise_date="2026-11-27",
         note="small contractor, tutoiement: 'avec le virement de vendredi' written Tuesday 24 Nov: Friday 27 November",
         body="""Salut Gwen,

Desole j avais pas vu passer ta facture, elle etait dans les spams. Je la mets avec le virement de vendredi avec les autres fournisseurs.

Bonne journee
Fabrice

Envoyé de mon iPhone"""),

    dict(id="s6fr217", country="FR", date="2026-12-18T17:30", fmt="ooo",
         inv="FA-26-3215", amt="2 076,00", due="2026-12-05",
         frm="Comptabilité Sodiplast Bretagne <comptabilite@sodiplast-bretagne.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Christmas closure from Sat 19 Dec to Sun 3 Jan inclusive, messages handled 'à partir du lundi 4 janvier'",
         body="""Bonjour,

Nos bureaux sont fermés pour les congés de fin d'année du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus.

Votre message sera traité à notre retour, à partir du lundi 4 janvier. Aucun règlement fournisseur ne sera émis pendant cette période.

En cas d'urgence uniquement : 02 96 74 08 55.

Nous vous souhaitons de belles fêtes de fin d'année.

Le service Comptabilité
SODIPLAST BRETAGNE"""),

    dict(id="s6fr218", country="FR", date="2026-11-16T09:04", fmt="bounce",
         inv="FA-26-2915", amt="1 188,00", due="2026-10-16",
         rcpt="comptabilite@menuiserie-tanguy.fr", status="5.1.10",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         remote="menuiserietanguy-fr.mail.protection.outlook.com",
         mta="mo512.mail-out.ovh.net", subj="Echec de remise du message",
         intent="bounce",
         note="non-delivery report: recipient address unknown",
         body="""Ceci est un message automatique envoyé par le serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente ; aucune nouvelle tentative ne sera effectuée.

  <comptabilite@menuiserie-tanguy.fr> :
    le serveur distant menuiserietanguy-fr.mail.protection.outlook.com a répondu :
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

Objet du message : Relance : facture FA-26-2915 échue – Bréhaut Génie Climatique SAS

Vérifiez l'orthographe de l'adresse ou contactez le destinataire par un autre moyen."""),

    dict(id="s6fr219", country="FR", date="2026-11-27T09:18", fmt="html_outlook", stage="second_reminder", ago=1,
         inv=[("FA-26-3004", "1 944,00", "2026-10-31"), ("FA-26-3019", "738,00", "2026-11-05"), ("FA-26-3027", "2 412,00", "2026-11-10")],
         frm="Sabrina Tréguer <s.treguer@groupe-morvan-auto.fr>",
         cc="Julien Morvan <j.morvan@groupe-morvan-auto.fr>",
         intent="paid", paid_on="2026-11-25",
         note="all three invoices paid in the 'virement groupé du 25 novembre'; also asks to confirm the account is settled",
         body="""Bonjour,

Les trois factures objet de votre relance ont été réglées dans notre virement groupé du 25 novembre (remise n° VG-2611-25, 5 094,00 € au total). Votre relance et notre paiement se sont sans doute croisés.

Détail :
FA-26-3004 - 1 944,00 €
FA-26-3019 - 738,00 €
FA-26-3027 - 2 412,00 €

Pouvez-vous vérifier de votre côté et me confirmer que notre compte est soldé ?

Bonne journée,

Sabrina Tréguer
Comptabilité fournisseurs
Groupe Morvan Automobiles - 12 concessions en Bretagne
Siège : 45 route de Lorient - 56300 Pontivy
Tél. 02 97 25 60 12

Ce message électronique et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement aux personnes ou entités auxquelles ils sont adressés. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer. Toute utilisation, diffusion ou reproduction non autorisée est interdite."""),

    dict(id="s6fr220", country="FR", date="2026-11-12T15:40", fmt="outlook", ago=1,
         inv="FA-26-2990", amt="3 672,00", due="2026-11-01",
         frm="Anne-Sophie Garnier <as.garnier@caillebotte-distribution.fr>",
         intent="promise",
         note="will pay at the contractual term 'à 30 jours fin de mois' of the purchase order; the invoice date is not given, so no day can be worked out",
         body="""Bonjour,

Votre relance nous paraît prématurée. Notre bon de commande n° CA-26-0412, que vous avez accepté, prévoit un règlement à 30 jours fin de mois, et non à réception de facture comme l'indique votre document.

La facture FA-26-2990 sera donc réglée à son échéance contractuelle, à 30 jours fin de mois, par virement, comme pour l'ensemble de nos fournisseurs.

Merci de corriger les conditions de paiement dans votre fichier client afin d'éviter de nouvelles relances.

Cordialement,

Anne-Sophie Garnier
Responsable comptabilité fournisseurs
Caillebotte Distribution SA
Tél. : 02 41 18 73 90"""),

    dict(id="s6fr221", country="FR", date="2026-11-23T07:15", fmt="ooo",
         inv="FA-26-3070", amt="1 266,00", due="2026-11-12",
         frm="Élodie Caradec <elodie.caradec@kerdelec-group.com>",
         subj_prefix="Absence du bureau : ",
         intent="out_of_office", return_date="2026-12-01",
         note="in training with little mail access 'jusqu'au lundi 30 novembre inclus': back Tuesday 1 December",
         body="""Bonjour,

Je suis actuellement en formation et n'aurai qu'un accès très limité à ma messagerie jusqu'au lundi 30 novembre inclus.

Pour les questions urgentes concernant les règlements fournisseurs, merci de contacter Mme Anne Riou (anne.riou@kerdelec-group.com - 02 97 46 33 10).

Cordialement,

Élodie Caradec
Comptable - Kerdelec Group"""),

    dict(id="s6fr222", country="FR", date="2026-12-03T10:40", fmt="html_outlook", stage="second_reminder",
         inv="FA-26-3098", amt="2 280,00", due="2026-11-20",
         frm="Direction des Achats et de la Logistique <dal.marches@ch-saintkerne.fr>",
         intent="dispute",
         note="public hospital rejected the invoice on Chorus Pro: 'service non fait', the quarterly maintenance visit never happened",
         body="""Madame, Monsieur,

La facture FA-26-3098 (maintenance préventive des CTA - 4e trimestre 2026, marché n° 2024-MT-017) a été rejetée sur Chorus Pro le 24 novembre avec le motif « service non fait ».

En effet, la visite trimestrielle prévue au marché n'a pas été réalisée : aucun bon d'intervention signé par nos services techniques ne nous a été remis, et le registre d'accès aux locaux techniques ne mentionne aucun passage de vos équipes depuis le 9 juillet.

Le service fait ne pouvant être constaté, la facture ne peut être liquidée. Nous vous invitons à prendre contact avec M. Daniel Huon, ingénieur des services techniques (02 97 51 40 77), pour planifier l'intervention. Une nouvelle facture pourra être déposée après son exécution.

Cordialement,

Direction des Achats et de la Logistique
Cellule Marchés publics
Centre hospitalier de Saint-Kerné

Ce message et ses pièces jointes peuvent contenir des informations confidentielles ou couvertes par le secret médical. Toute diffusion non autorisée est interdite."""),

    dict(id="s6fr223", country="FR", date="2026-12-02T11:25", fmt="gmail", stage="repeat",
         inv="FA-26-3036", amt="5 094,72", due="2026-11-08",
         frm="Julien Marrec <julien.marrec@atlantique-composites.fr>",
         intent="promise",
         note="payment planned 'en semaine 51': a week (14-18 Dec), not a day, so no promise_date",
         body="""Bonjour,

Votre facture est bien validée. Elle est planifiée au paiement en semaine 51.

Cordialement,

Julien Marrec
Responsable comptabilité fournisseurs
Atlantique Composites"""),

    dict(id="s6fr224", country="FR", date="2026-11-23T08:12", fmt="gmail", stage="second_reminder", ago=3, noquote=True,
         inv="FA-26-3001", amt="1 620,00", due="2026-10-31",
         frm="JP Pellen <jp.pellen@pellen-charpente.fr>",
         intent="paid", paid_on="2026-11-20",
         note="curt: 'Reglé le 20/11 par virement'",
         body="""Reglé le 20/11 par virement, merci de verifier vos comptes avant de relancer.
JP Pellen"""),

    dict(id="s6fr225", country="FR", date="2026-12-04T16:02", fmt="outlook", ago=3,
         inv="FA-26-3122", amt="14 616,00", due="2026-11-25",
         frm="Morgane Lucas <m.lucas@leroux-constructions.fr>",
         intent="promise", promise_date="2026-12-15",
         note="progress invoice approved, 'sera réglée le 15 décembre'; also asks for the URSSAF and insurance certificates (question beside the promise)",
         body="""Bonjour,

Votre situation de travaux n° 3 (FA-26-3122) a été visée par notre conducteur de travaux et sera réglée le 15 décembre.

En revanche, l'attestation de vigilance URSSAF de votre dossier sous-traitant a expiré fin octobre. Pouvez-vous nous transmettre une attestation de moins de six mois, ainsi que votre attestation d'assurance décennale 2026 ? Notre comptabilité en a besoin pour tenir le dossier à jour.

Merci d'avance,

Morgane Lucas
Assistante travaux
LE ROUX CONSTRUCTIONS
Chantier « Les Jardins de l'Ille » - Betton
Tél. 02 99 55 81 36 - Fax 02 99 55 81 37"""),

    dict(id="s6fr226", country="FR", date="2026-12-16T14:48", fmt="outlook", stage="final_notice", ago=6, loc="GB",
         inv="FA-26-3058", amt="4 332,00", due="2026-11-12",
         frm="Marc Gallou <marc.gallou@normandel-packaging.com>",
         intent="paid", paid_on="2026-12-15",
         note="international group with an English Outlook: SEPA transfer issued 'le 15/12/2026' by its shared service centre",
         body="""Bonjour,

Le paiement de la facture FA-26-3058 a été émis par virement SEPA le 15/12/2026 depuis notre centre de services partagés de Cracovie (référence de paiement : 2000418873 / lot PAY-EU-1215).

Le retard est dû au blocage de votre fiche fournisseur lors de la migration de notre ERP. Toutes nos excuses pour ce désagrément.

Kind regards / Cordialement,

Marc Gallou
Accounts Payable - France
Normandel Packaging Group
Parc Technologique du Zoopole - 22440 Ploufragan

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system. Normandel Packaging Group accepts no liability for any damage caused by any virus transmitted by this e-mail."""),

    dict(id="s6fr227", country="FR", date="2026-12-10T18:05", fmt="tb", stage="firm", ago=3,
         inv="FA-26-3040", amt="7 920,00", due="2026-11-10",
         frm="Stéphane Gicquel <sgicquel@gicquel-renovation.fr>",
         intent="promise",
         note="commits to pay 'd'ici fin d'année' once its own client pays: a by-when, no specific day, so no promise_date",
         body="""Bonjour Madame,

Je comprends votre relance et je ne conteste pas la facture.

Nous sommes nous-mêmes en attente du règlement de notre situation n° 6 par le maître d'ouvrage (un office public de l'habitat), qui a pris un retard important dans ses mandatements. Dès que ces fonds seront encaissés, votre facture sera réglée en priorité ; je m'engage à ce que ce soit fait d'ici fin d'année.

Je vous remercie de votre patience.

Bien à vous,

Stéphane Gicquel
Gérant - SARL Gicquel Rénovation
06 84 12 57 30"""),

    dict(id="s6fr228", country="FR", date="2026-11-19T10:02", fmt="outlook", stage="second_reminder",
         inv="FA-26-2944", amt="3 108,00", due="2026-10-29",
         frm="Cabinet Ardoise Conseil <secretariat@ardoise-conseil.fr>",
         intent="contact_change", new_email="administratif@boulangeries-legall.fr",
         note="accounting firm no longer handles this client; asks to write to the company directly at its own address",
         body="""Madame, Monsieur,

Votre relance nous est parvenue par erreur : notre cabinet n'assure plus la tenue comptable de la société Boulangeries Le Gall depuis le 30 septembre dernier et n'a pas mandat pour procéder à ses règlements.

Nous vous remercions d'adresser désormais toute correspondance directement à la société, à l'attention de Mme Soizic Le Gall : administratif@boulangeries-legall.fr

Bien cordialement,

Le secrétariat
Cabinet Ardoise Conseil & Expertise
Société d'expertise comptable inscrite au Tableau de l'Ordre de la région Bretagne
11 rue Jules Simon - 35000 Rennes

Ce message et les fichiers éventuellement joints sont confidentiels et soumis au secret professionnel. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer l'expéditeur."""),

    dict(id="s6fr229", country="FR", date="2026-12-14T11:30", fmt="tb", stage="repeat", ago=4,
         inv="FA-26-3136", amt="612,00", due="2026-11-28",
         frm="Secrétariat de mairie - Saint-Gonlay-des-Prés <mairie@saintgonlay-despres.fr>",
         intent="unsubscribe",
         note="town hall asks to stop sending automatic reminders to this address (payment only through the public accounting circuit)",
         body="""Madame, Monsieur,

La commune ne peut régler une facture que par mandat administratif, après son dépôt sur Chorus Pro et la constatation du service fait. Les relances automatiques n'ont aucun effet sur ce délai, fixé par la réglementation.

Je vous demande donc de ne plus envoyer de relances automatiques à cette adresse, qui est celle du secrétariat de mairie et que nous consultons deux demi-journées par semaine.

Salutations,

Le secrétariat de mairie
Mairie de Saint-Gonlay-des-Prés
Ouverture au public : mardi et vendredi, 9h-12h"""),

    dict(id="s6fr230", country="FR", date="2026-11-20T10:48", fmt="html_outlook",
         inv=[("FA-26-2995", "2 736,00", "2026-11-05"), ("FA-26-3012", "1 092,00", "2026-11-10")],
         frm="Anaïs Bothorel <a.bothorel@ker-oceane-labo.fr>",
         intent="promise", promise_date="2026-11-30",
         note="both invoices on the 'échéancier fournisseurs du 30/11': 30 November",
         body="""Bonjour,

Je vous confirme que vos deux factures sont enregistrées et validées. Elles figurent sur notre échéancier fournisseurs du 30/11, pour un montant total de 3 828,00 €.

Vous recevrez l'avis de virement par mail le jour même.

Cordialement

Anaïs Bothorel
Service Comptabilité Fournisseurs
LABORATOIRES KER-OCÉANE
Technopôle Brest-Iroise - 29280 Plouzané
Tél. : 02 98 05 66 21

Avant d'imprimer ce courriel, pensez à l'environnement."""),

    dict(id="s6fr231", country="FR", date="2026-11-30T17:02", fmt="html_gmail", stage="firm", ago=4,
         inv="FA-26-2968", amt="3 456,00", due="2026-10-31",
         frm="Claire Hamon <claire.hamon@hamon-industrie.fr>",
         intent="paid", paid_on="2026-11-30",
         note="'Virement de 3 456,00 € effectué ce jour' (30 Nov); the question about waiving the 40 € fee comes second",
         body="""Bonjour,

Virement de 3 456,00 € effectué ce jour (réf. FA-26-2968). Désolée pour ce délai : nous avons changé d'expert-comptable en cours d'année et quelques factures sont passées entre les mailles du filet.

Serait-il possible d'annuler l'indemnité forfaitaire de 40 € ? C'est la première fois que nous sommes en retard avec vous.

Bonne soirée,
Claire Hamon
Directrice administrative et financière
Hamon Industrie - Usinage & Chaudronnerie
02 99 60 14 72"""),

    dict(id="s6fr232", country="FR", date="2026-11-25T09:40", fmt="outlook",
         inv="FA-26-3031", amt="1 962,00", due="2026-11-15",
         frm="Gestion Sinistres Habitation <sinistres.habitation@ocealis-assurances.fr>",
         intent="dispute",
         note="insurer says it owes nothing: cover refused (maintenance exclusion), no payment delegation; bill the customer",
         body="""Madame, Monsieur,

Référence dossier : SIN-2026-118743
Assurés : M. et Mme Derrien - 7 impasse des Mouettes, 56340 Carnac

Votre facture FA-26-3031, établie au nom de notre compagnie, nous a été adressée à tort.

Comme notifié à nos assurés par courrier du 14 octobre 2026, la garantie n'est pas acquise pour ce sinistre : la panne de la pompe à chaleur résulte d'un défaut d'entretien, exclusion prévue à l'article 7.3 des conditions générales du contrat. Aucune prise en charge ni délégation de paiement n'a été consentie à votre société.

Nous ne sommes donc redevables d'aucune somme à votre égard. Il vous appartient de vous rapprocher de votre client.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le Service Sinistres Habitation
OCÉALIS ASSURANCES
Entreprise régie par le Code des assurances - Siège social : 20 quai Duguay-Trouin, 35000 Rennes

Ce courriel et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le signaler à l'expéditeur et de le supprimer."""),

    dict(id="s6fr233", country="FR", date="2026-12-01T13:12", fmt="ooo",
         inv="FA-26-3077", amt="948,00", due="2026-11-14",
         frm="Marie-Annick Guézennec <secretariat@mairie-lanvezec.fr>",
         intent="out_of_office",
         note="town hall secretary absent 'pour une durée indéterminée': no return date",
         body="""Bonjour,

Je suis absente pour une durée indéterminée. Votre message ne sera pas transféré.

Pour toute question relative à une facture, merci de contacter l'accueil de la mairie au 02 96 47 20 13 aux heures d'ouverture (lundi, mardi et jeudi de 9h à 12h, vendredi de 14h à 17h).

Cordialement,

Marie-Annick Guézennec
Secrétaire de mairie - Commune de Lanvézec"""),

    dict(id="s6fr234", country="FR", date="2026-12-07T14:15", fmt="outlook", stage="firm", ago=3,
         inv="FA-26-3049", amt="5 520,00", due="2026-11-05",
         frm="Service comptabilité - CC Lié-et-Mené <comptabilite@cc-lie-mene.fr>",
         intent="bank_details",
         note="public accountant rejected the payment order because the firm's bank details on file do not match; asks for a genuine RIB",
         body="""Bonjour,

Nous avions bien mandaté votre facture FA-26-3049 le 16 novembre, mais le Service de Gestion Comptable de Loudéac nous l'a rejetée le 27 novembre pour le motif « coordonnées bancaires absentes ou non conformes » : l'IBAN enregistré pour votre société dans notre logiciel ne correspond pas au titulaire du compte.

Pourriez-vous nous transmettre un RIB original à l'en-tête de votre société (en PDF, édité par votre banque) afin que nous mettions à jour votre fiche tiers et réémettions le mandat ?

Dès réception, le paiement interviendra dans un délai d'une dizaine de jours.

Cordialement,

Nolwenn Rault
Service comptabilité - Pôle Ressources
Communauté de communes du Lié-et-Mené
3 rue de la Libération - 22330 Collinée
Tél. 02 96 31 47 80"""),

    dict(id="s6fr235", country="FR", date="2026-12-17T16:40", fmt="html_outlook", stage="final_notice", ago=3,
         inv="FA-26-3105", amt="6 204,00", due="2026-11-20",
         frm="Benoît Lhermitte <benoit.lhermitte@cofradis.fr>",
         intent="promise", promise_date="2027-01-02",
         note="year-end closing freezes December spending; transfer 'programmé pour le 2 janvier' (2027)",
         body="""Madame, Monsieur,

Nous prenons bonne note de votre dernier rappel.

Notre procédure de clôture annuelle interdit tout décaissement non budgété sur le mois de décembre. Notre direction financière a néanmoins validé le règlement prioritaire de votre facture FA-26-3105 sur le nouvel exercice : le virement est d'ores et déjà programmé pour le 2 janvier.

Nous vous serions reconnaissants de bien vouloir suspendre toute transmission du dossier à un organisme de recouvrement.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Benoît Lhermitte
Credit manager
COFRADIS SAS - Distribution de matériel électrique
ZI de la Lande - 44470 Carquefou
Tél. : 02 40 52 96 03

Ce message et toutes ses pièces jointes sont confidentiels et établis à l'attention exclusive de ses destinataires. Si vous recevez ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. COFRADIS décline toute responsabilité au titre de ce message s'il a été modifié ou falsifié."""),

    dict(id="s6fr236", country="FR", date="2026-11-27T11:55", fmt="tb", stage="final_notice", ago=3, fresh=True,
         subj="SARL Breizh Fruits - votre facture FA-26-2921 - demande d'échéancier",
         inv="FA-26-2921", amt="9 168,00", due="2026-10-10",
         frm="Erwan Cadiou <e.cadiou@cadiou-associes.fr>",
         intent="plan_request",
         note="new mail from the client's accountant asking whether a 4-6 month payment plan is acceptable; no date committed",
         body="""Madame, Monsieur,

Je suis l'expert-comptable de la SARL Breizh Fruits, qui m'a communiqué votre dernier rappel avant recouvrement concernant la facture FA-26-2921 d'un montant de 9 168,00 €.

Ma cliente connaît des difficultés passagères de trésorerie à la suite d'une saison très défavorable. Elle ne conteste pas la créance et souhaite éviter toute procédure.

Elle sollicite par mon intermédiaire un étalement du paiement de cette facture sur une période de quatre à six mois. Pourriez-vous m'indiquer si vous acceptez le principe d'un échéancier et, le cas échéant, à quelles conditions ? Je peux vous communiquer un prévisionnel de trésorerie à l'appui de cette demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Erwan Cadiou
Expert-comptable
Cadiou & Associés - Expertise comptable et conseil
2 rue Thiers - 22000 Saint-Brieuc
02 96 33 18 45"""),

    dict(id="s6fr237", country="FR", date="2026-11-10T15:22", fmt="html_gmail", ago=1,
         inv="FA-26-2958", amt="1 104,00", due="2026-10-30",
         frm="Louise Carré <compta@hotel-rozavel.fr>",
         intent="copy_request",
         note="cannot find the invoice; asks for the PDF again with the purchase order number",
         body="""Bonjour,

Je ne retrouve pas cette facture dans notre circuit de validation. Pourriez-vous me la renvoyer en PDF en y faisant figurer notre numéro de commande (PO-2026-0734) ? Sans référence de commande, les factures sont rejetées automatiquement par notre outil de dématérialisation.

Merci,

Louise Carré
Comptabilité - Hôtel & Spa Roz Avel
Saint-Malo"""),

    dict(id="s6fr238", country="FR", date="2026-12-14T10:05", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA-26-3165", amt="2 472,00", due="2026-11-30",
         frm="Secrétariat Ollivier TP <secretariat@ollivier-tp.fr>",
         intent="promise", promise_date="2026-12-22",
         note="'interviendra sous huitaine' written Monday 14 Dec: within eight days, 22 December",
         body="""Madame, Monsieur,

En réponse à votre relance, nous vous informons que le règlement de la facture FA-26-3165 interviendra sous huitaine.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

P/o M. Yves Ollivier, Président
Dicté par M. Ollivier et signé en son absence

OLLIVIER TP - Terrassement, VRD, Génie civil
La Croix Madame - 35590 L'Hermitage
02 99 64 20 11"""),

    dict(id="s6fr239", country="FR", date="2026-12-04T09:30", fmt="html_outlook", stage="repeat", ago=3, fwd=True,
         inv="FA-26-3063", amt="3 960,00", due="2026-11-10",
         frm="Aurélie Nédélec <a.nedelec@riou-agencement.fr>",
         intent="paid", paid_on="2026-12-02",
         note="assistant forwards the bank's execution notice: transfer executed 02/12/2026",
         body="""Bonjour,

À la demande de M. Riou, je vous transfère ci-dessous l'avis d'exécution de notre banque concernant votre facture.

Bien cordialement,

Aurélie Nédélec
Assistante de direction
Riou Agencement - 02 98 43 71 26

-----Message d'origine-----
De : Banque Atlantique Entreprises <ne-pas-repondre@banque-atlantique-entreprises.fr>
Envoyé : mercredi 2 décembre 2026 18:04
À : Comptabilité Riou Agencement <compta@riou-agencement.fr>
Objet : Avis d'exécution de virement SEPA

Madame, Monsieur,

Nous vous informons de l'exécution de l'ordre de virement suivant :

Date d'exécution : 02/12/2026
Compte débité : FR76 **** **** **** **** **** 318
Bénéficiaire : BREHAUT GENIE CLIMATIQUE SAS
Montant : 3 960,00 EUR
Référence communiquée au bénéficiaire : FA-26-3063

Ce message est généré automatiquement, merci de ne pas y répondre."""),

    dict(id="s6fr240", country="FR", date="2026-12-03T19:48", fmt="gmail", stage="repeat", noquote=True,
         inv="FA-26-3082", amt="1 380,00", due="2026-11-18",
         frm="Kevin Le Corre <lecorre.elec56@gmail.com>",
         intent="promise", promise_date="2026-12-04",
         note="phone-typed, irritated: 'ca part demain' written Thursday 3 Dec: Friday 4 December",
         body="""oui c bon ca part demain. pas la peine de nous relancer tous les 2 jours on a compris

Envoyé depuis mon mobile"""),

    dict(id="s6fr241", country="FR", date="2026-11-16T16:35", fmt="outlook", stage="second_reminder", ago=4,
         inv=[("FA-26-2972", "1 290,00", "2026-10-31"), ("FA-26-2973", "1 290,00", "2026-10-31")],
         frm="Gilles Tanguy <g.tanguy@maree-iroise.fr>",
         intent="dispute",
         note="second invoice is a duplicate of the first (same call-out); first paid on 13 Nov, asks a credit note for the other: the open item is disputed",
         body="""Bonjour,

Les factures FA-26-2972 et FA-26-2973 portent sur la même intervention (dépannage de la chambre froide n° 2 le 22/10/2026, bon d'intervention n° 11872) : même libellé, même technicien, même montant. Il s'agit manifestement d'un doublon.

Nous avons réglé la FA-26-2972 le 13 novembre. Merci d'émettre un avoir pour la FA-26-2973 et de mettre à jour vos relances.

Cordialement,

Gilles Tanguy
Responsable administratif
Marée d'Iroise - Mareyage
Port de pêche - 29900 Concarneau"""),

    dict(id="s6fr242", country="FR", date="2026-11-09T16:10", fmt="outlook", ago=3,
         inv="FA-26-2950", amt="2 208,00", due="2026-10-26",
         frm="Cellule Marchés - CH Pays de Rance <cellule.marches@ch-paysderance.fr>",
         intent="other",
         note="acknowledgement: passed on to the department in charge of payments, nothing to act on yet",
         body="""Bonjour,

Votre message a été transmis au bureau de la liquidation, seul compétent pour le suivi des paiements. Il reviendra vers vous si nécessaire.

Cordialement,

Cellule Marchés
Direction des Affaires Financières
Centre hospitalier du Pays de Rance"""),

    dict(id="s6fr243", country="FR", date="2026-11-12T11:20", fmt="html_outlook", stage="firm", ago=1,
         inv="FA-26-2947", amt="2 052,00", due="2026-10-25",
         frm="Delphine Morin <delphine.morin@arvor-logistique.fr>",
         intent="promise", promise_date="2026-11-17",
         note="'mardi prochain' written Thursday 12 Nov: Tuesday 17 November; also asks how the late fees will be billed",
         body="""Bonjour,

Nous lancerons le règlement de la facture FA-26-2947 mardi prochain, avec notre campagne de paiement hebdomadaire.

Une question toutefois : votre courrier mentionne des pénalités de retard et une indemnité forfaitaire de 40 €. Devons-nous ajouter ces montants au virement, ou une facture distincte nous sera-t-elle adressée ? Nous ne réglons que des sommes facturées.

Cordialement,

Delphine Morin
Comptable fournisseurs
ARVOR LOGISTIQUE
Tél. 02 97 84 52 19

Le contenu de ce message est confidentiel et réservé à l'usage exclusif de son destinataire. Toute diffusion, copie ou utilisation non autorisée est interdite."""),

    dict(id="s6fr244", country="FR", date="2026-12-02T10:12", fmt="tb", ago=1,
         inv="FA-26-3093", amt="4 596,00", due="2026-11-20",
         frm="Comptabilité Sécher Frères <comptabilite@secher-freres.fr>",
         intent="paid", paid_on="2026-11-27",
         note="paid by a domiciled LCR due 27/11/2026, debited from their account that same day",
         body="""Bonjour,

Cette facture a été réglée par LCR domiciliée, à échéance du 27/11/2026. L'effet a été débité sur notre compte ce même jour, comme le montre notre relevé.

Si vous ne le retrouvez pas, voyez peut-être avec votre banque, la remise à l'encaissement ayant pu être enregistrée sous un autre libellé.

Cordialement,

Isabelle Sécher
Comptabilité - Sécher Frères SARL
Charpente - Couverture - Zinguerie"""),

    dict(id="s6fr245", country="FR", date="2026-12-11T12:05", fmt="html_outlook", stage="second_reminder", ago=3, off="+0000",
         inv="FA-26-3128", amt="10 872,00", due="2026-11-28",
         frm="Trésorerie Groupe Vauclair <tresorerie@groupe-vauclair.fr>",
         intent="bank_details",
         note="invoice ready to pay, but internal control requires confirmation of the firm's IBAN (signed RIB + call-back) before a first payment",
         body="""Bonjour,

Votre facture FA-26-3128 est validée et prête au paiement.

Notre procédure de contrôle interne impose, pour tout premier paiement supérieur à 10 000 € à un fournisseur, une confirmation de ses coordonnées bancaires. Pourriez-vous nous retourner un RIB signé par un représentant de votre société, et nous confirmer que l'IBAN figurant sur votre facture (se terminant par 0428) est bien celui à utiliser ? Nous procéderons en complément à un contre-appel au standard de votre société.

Merci par avance,

Élise Le Meur
Trésorière
Groupe Vauclair - Direction financière
18 avenue Janvier - 35000 Rennes

AVERTISSEMENT : ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Le Groupe Vauclair ne vous demandera jamais par courriel de modifier les coordonnées bancaires de ses paiements. En cas de doute, contactez votre interlocuteur habituel par téléphone."""),

    dict(id="s6fr246", country="FR", date="2026-12-21T15:30", fmt="html_outlook", stage="formal_notice", ago=4,
         inv="FA-26-3010", amt="18 960,00", due="2026-11-05",
         frm="Philippe Andrieux <p.andrieux@docalys.fr>",
         intent="dispute",
         note="answers the formal notice: contests that the sum is due, reservations at handover not lifted, suspends payment (art. 1219 C. civ.)",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure du 17 décembre relative à la facture FA-26-3010.

Nous contestons formellement l'exigibilité de cette somme. Le procès-verbal de réception de l'installation de climatisation de notre salle informatique, signé contradictoirement le 14 octobre, comporte quatre réserves, dont une majeure : l'installation ne maintient pas la température de consigne de 22 °C au-delà de 60 % de charge, ce qui a provoqué deux arrêts d'urgence de nos serveurs, les 3 et 19 novembre.

Malgré nos courriels des 5 et 20 novembre et notre courrier recommandé du 2 décembre, aucune intervention n'a eu lieu. Conformément à l'article 1219 du Code civil, nous suspendons le paiement jusqu'à la levée complète de ces réserves.

Nous nous réservons par ailleurs le droit de solliciter l'indemnisation du préjudice subi.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Andrieux
Directeur administratif et financier
DOCALYS SAS - Archivage et numérisation
Parc d'affaires Cap Nord - 35760 Saint-Grégoire
Tél. : 02 23 25 41 90

Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire désigné, toute utilisation, diffusion ou copie en est interdite."""),

    dict(id="s6fr247", country="FR", date="2026-12-15T09:50", fmt="outlook", ago=1,
         inv="FA-26-3152", amt="1 836,00", due="2026-12-01",
         frm="Hélène Prigent <helene.prigent@gpa-ouest.fr>",
         intent="promise", promise_date="2026-12-23",
         note="in the 'virement groupé du 25', which because of Christmas runs 'le mercredi 23 décembre': 23 December",
         body="""Bonjour,

Votre facture FA-26-3152 est bien intégrée à notre virement groupé du 25. En raison de Noël, celui-ci sera exceptionnellement exécuté le mercredi 23 décembre.

Cordialement,

Hélène Prigent
Comptabilité fournisseurs - GPA Ouest"""),

    dict(id="s6fr248", country="FR", date="2026-11-13T17:25", fmt="apple", stage="second_reminder", ago=4,
         inv="FA-26-2930", amt="2 604,00", due="2026-10-22",
         frm="Ronan Bellec <r.bellec@bellec-industries.fr>",
         intent="promise", promise_date="2026-11-20",
         note="purchasing manager travelling; 'vous serez payés d'ici le 20' written 13 Nov: 20 November",
         body="""Bonjour,

Je suis en déplacement jusqu'à mardi. Je valide la facture à mon retour et vous serez payés d'ici le 20.

Cdt
Ronan Bellec
Responsable achats

Envoyé de mon iPad"""),

    dict(id="s6fr249", country="FR", date="2026-12-10T14:40", fmt="html_outlook", stage="second_reminder",
         inv="FA-26-3046", amt="7 344,00", due="2026-11-18",
         frm="Liquidation des factures - CH Saint-Kerné <liquidation@ch-saintkerne.fr>",
         intent="paid", paid_on="2026-12-08",
         note="public hospital: invoice 'Mise en paiement' on Chorus Pro since 8 December, paid by the hospital treasury that day",
         body="""Bonjour,

Après vérification sur Chorus Pro, votre facture FA-26-3046 (flux n° 26-0098431) est au statut « Mise en paiement » depuis le 8 décembre : elle a été payée par la trésorerie hospitalière ce jour-là (mandat n° 12457, bordereau n° 382).

Le virement devrait être visible sur votre compte sous 48 à 72 heures.

Cordialement,

Yann Kerhervé
Bureau de la liquidation - Direction des Finances
Centre hospitalier de Saint-Kerné
Tél. : 02 97 51 40 12

Ce message et ses pièces jointes peuvent contenir des informations confidentielles. Toute diffusion non autorisée est interdite."""),

    dict(id="s6fr250", country="FR", date="2026-11-25T13:35", fmt="tb", stage="firm",
         inv="FA-26-3015", amt="3 012,00", due="2026-10-31",
         frm="Service Achats Plastimer <achats@plastimer.fr>",
         intent="promise", promise_date="2026-12-04",
         note="payment order awaits the site director's signature; transfer 'en fin de semaine prochaine' written Wed 25 Nov: Friday 4 December",
         body="""Bonjour,

Le bon à payer de votre facture FA-26-3015 doit être signé par notre directeur de site, absent toute cette semaine. Le virement sera donc effectué en fin de semaine prochaine.

Nous vous prions de nous excuser pour ce retard.

Cordialement,

Service Achats
PLASTIMER - Injection plastique
ZA du Vern - 29800 Landerneau
Tél. 02 98 21 09 66"""),
]
