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
]
