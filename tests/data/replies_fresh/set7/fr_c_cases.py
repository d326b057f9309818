"""Part fr_c: replies from organisations that pay through processes (shared service centres,
town halls, hospitals, social landlords, syndics, accounting firms, assistants).
Every body below is handwritten for its case."""

CASES = [
    dict(id="s7frc001", country="FR", date="2026-12-09T10:42", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-2026-1187", amt="2 364,00", due="2026-11-30",
         frm="Sandrine Poletti <s.poletti@aubrac-distribution.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Shared service centre: invoice approved, will be paid in the payment run of Friday 18 December.",
         body="""Bonjour,

Suite à votre relance, je vous confirme que votre facture FA-2026-1187 a bien été réceptionnée et rapprochée de la commande 4500318842. Le bon à payer a été obtenu auprès du site de Vénissieux le 4 décembre.

Elle sera donc réglée lors de notre prochaine campagne de paiement, le vendredi 18 décembre, par virement SEPA.

Je reste à votre disposition pour tout complément.

Cordialement,

Sandrine Poletti
Comptable fournisseurs – Centre de services partagés
Groupe Aubrac Distribution
Tél. : 04 72 19 55 03

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s7frc002", country="FR", date="2026-12-10T15:20", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-1094", amt="486,00", due="2026-11-10",
         frm="Mairie de Sainte-Colombe-des-Monts <mairie@saintecolombe-des-monts.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Town hall: mandate issued, the public accountant executed the transfer on 8 December.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA-2026-1094 (entretien de la chaudière du groupe scolaire).

Le mandat n° 612 a été émis le 26 novembre et pris en charge par le Service de Gestion Comptable de Saint-Galmier. Le comptable public nous confirme que le virement a été exécuté le 8 décembre. Vous devriez le voir apparaître sur votre compte d'ici un ou deux jours, avec le libellé "DGFIP MANDAT 612".

Bien cordialement,

Martine Roux
Secrétaire de mairie
Mairie de Sainte-Colombe-des-Monts
1 place de l'Église
Tél. 04 77 54 20 18 – accueil le lundi, mardi et jeudi de 9h à 12h"""),

    dict(id="s7frc003", country="FR", date="2026-12-21T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1210", amt="1 932,00", due="2026-12-05",
         frm="Karine Lebas <karine.lebas@ch-valdegier.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Hospital finance clerk away until 31 December; back Monday 4 January.",
         body="""Bonjour,

Je suis absente du bureau jusqu'au jeudi 31 décembre inclus, sans accès à ma messagerie.
Je serai de retour le lundi 4 janvier 2027.

Pour toute question urgente relative au paiement d'une facture, merci de contacter la cellule Fournisseurs de la Direction des Affaires Financières : daf.fournisseurs@ch-valdegier.fr ou 04 77 31 40 12.

Cordialement,
Karine Lebas
Direction des Affaires Financières
Centre Hospitalier du Val de Gier"""),

    dict(id="s7frc004", country="FR", date="2026-12-11T11:15", fmt="outlook", stage="reminder", ago=4,
         inv="FA-2026-1201", amt="3 150,00", due="2026-12-01",
         frm="Julien Marty <ap.france@ferraz-logistique.com>",
         intent="copy_request",
         note="No PO number on the invoice: asks for a corrected invoice with the PO before it can be processed.",
         body="""Bonjour,

Votre facture FA-2026-1201 ne peut pas être intégrée dans notre outil de traitement : elle ne comporte pas de numéro de bon de commande.

Depuis le 1er septembre, toute facture fournisseur adressée à Ferraz Logistique doit obligatoirement mentionner le numéro de PO (format 45xxxxxxxx) communiqué par le demandeur. Sans ce numéro, la facture est rejetée automatiquement et ne peut pas être mise en paiement.

Merci de vous rapprocher de votre contact sur le site de Saint-Priest (M. Dubreuil, responsable maintenance) pour obtenir le numéro de commande, puis de nous renvoyer la facture corrigée à l'adresse factures@ferraz-logistique.com.

Cordialement,

Julien Marty
Accounts Payable – Shared Service Center France
Ferraz Logistique SAS | 12 avenue de l'Europe, 69800 Saint-Priest
+33 4 37 25 60 00"""),

    dict(id="s7frc005", country="FR", date="2026-12-14T14:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA-2026-1156", amt="742,80", due="2026-11-25",
         frm="Nadège Ferreira <n.ferreira@beaujolais-habitat.fr>",
         intent="promise",
         note="Social landlord: will be paid with the next batch once the technician validates the work; no date.",
         body="""Bonjour,

Votre facture FA-2026-1156 (remplacement du circulateur – résidence Les Charmilles, bât. B) est actuellement en attente de service fait : le technicien de secteur doit encore valider l'intervention dans notre logiciel.

Je l'ai relancé ce matin. Dès que la validation sera faite, la facture partira en paiement avec le prochain lot, vous n'avez rien d'autre à faire de votre côté.

Bien à vous,

Nadège Ferreira
Gestionnaire comptable fournisseurs
Beaujolais Habitat – Office Public de l'Habitat
04 74 62 18 70"""),

    dict(id="s7frc006", country="FR", date="2026-12-15T17:48", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FA-2026-1122", amt="2 808,00", due="2026-11-20",
         frm="Thomas Giraud <t.giraud@morel-vasseur-immo.fr>",
         intent="dispute",
         note="Syndic refuses the amount above the accepted quote; invoice blocked until a credit note.",
         body="""Madame, Monsieur,

Je fais suite à votre relance concernant la facture FA-2026-1122 d'un montant de 2 808,00 € TTC, relative à l'intervention sur la chaufferie collective de la copropriété « Le Parc des Érables », 22 rue Pasteur à Villeurbanne.

Le devis n° D-2026-0871 accepté par le conseil syndical portait sur un montant de 1 850,00 € HT, soit 2 220,00 € TTC. La facture reçue fait apparaître un écart de 588,00 € TTC correspondant à des « pièces complémentaires » et à une seconde demi-journée de main-d'œuvre, qui n'ont fait l'objet d'aucun avenant ni d'aucun accord écrit de notre part.

Le conseil syndical, consulté, refuse de prendre en charge ce dépassement. Nous sommes disposés à régler la somme de 2 220,00 € TTC conformément au devis, à réception d'une facture rectificative ou d'un avoir partiel.

Dans l'attente, la facture reste bloquée dans la comptabilité du syndicat.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Thomas Giraud
Gestionnaire de copropriétés
Cabinet Morel-Vasseur Immobilier
45 cours Lafayette, 69003 Lyon – 04 78 95 33 10
Carte professionnelle CPI 6901 2019 000 041 872 délivrée par la CCI de Lyon – Garantie financière GALIAN"""),

    dict(id="s7frc007", country="FR", date="2026-12-16T09:50", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1078", amt="1 236,00", due="2026-11-05",
         frm="Élodie Brun <e.brun@fontanel-expertise.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Accounting firm for its client: partial transfer of 600 € made yesterday; balance 'courant janvier' (vague).",
         body="""Bonjour,

Nous intervenons en tant qu'expert-comptable de la SARL Boulangerie Perrin & Fils, qui nous a transmis votre relance.

Compte tenu de la trésorerie de notre client en ce moment, nous avons procédé hier à un premier virement de 600,00 € sur la facture FA-2026-1078 (1 236,00 €, entretien de la chambre froide). Le solde de 636,00 € sera réglé courant janvier, après l'encaissement des ventes de fin d'année.

Pourriez-vous en tenir compte dans vos prochaines relances ?

Cordialement,

Élodie Brun
Collaboratrice comptable
Cabinet Fontanel & Associés – Expertise comptable
8 rue Childebert, 69002 Lyon
Tél. 04 78 42 07 15"""),

    dict(id="s7frc008", country="FR", date="2027-01-12T16:05", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-1262", amt="418,20", due="2026-12-31",
         frm="François Castel <f.castel@clinique-saint-vallier.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Very short: payment on Friday (15 January).",
         body="""Bonjour, ok, règlement vendredi.
Cdlt
F. Castel

Envoyé de mon iPhone"""),

    dict(id="s7frc009", country="FR", date="2026-12-08T08:55", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-2026-1163", amt="5 480,00", due="2026-11-28",
         frm="Anne-Sophie Lemaire <as.lemaire@valoris-industries.com>",
         intent="contact_change", new_email="comptabilite.fournisseurs@valoris-industries.com",
         note="Purchasing assistant is not the right contact; reminders to go to the shared service centre.",
         body="""Bonjour,

Je ne suis pas la bonne interlocutrice pour les questions de paiement : je suis assistante au service achats et je n'ai pas accès au suivi des règlements.

Merci d'adresser désormais vos relances à notre centre de services partagés, à l'adresse suivante : comptabilite.fournisseurs@valoris-industries.com. Ils pourront vous donner le statut de la facture FA-2026-1163.

Bonne journée,

Anne-Sophie Lemaire
Assistante Achats
Valoris Industries – Site de Givors
Tél. : 04 72 49 81 26"""),

    dict(id="s7frc010", country="FR", date="2026-12-09T09:04", fmt="bounce",
         inv="FA-2026-1131", amt="268,00", due="2026-11-15",
         rcpt="jm.vial@ville-saint-aurel.fr", status="5.1.1", remote="mx1.ville-saint-aurel.fr",
         diag="550 5.1.1 <jm.vial@ville-saint-aurel.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Mail server rejection: unknown user at the town hall.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    jm.vial@ville-saint-aurel.fr

Technical details of permanent failure:
The recipient's mail server (mx1.ville-saint-aurel.fr) rejected the message: 550 5.1.1 <jm.vial@ville-saint-aurel.fr>: Recipient address rejected: User unknown in virtual mailbox table"""),
    dict(id="s7frc011", country="FR", date="2026-12-10T11:20", fmt="outlook", stage="firm", ago=3,
         inv="FA-2026-1047", amt="4 212,00", due="2026-10-31",
         frm="Catherine Moulin <c.moulin@clinique-parc-monplaisir.fr>",
         intent="promise", promise_date="2026-12-14",
         note="Assistant passes on the CFO's answer: transfer goes with Monday's batch (14 December).",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Garnier, directeur administratif et financier, à qui j'avais fait suivre votre relance :

« Catherine, tu peux leur répondre que j'ai signé le bon à payer ce matin pour la facture de maintenance des CTA. Le virement partira avec le lot de lundi. Merci. »

Je reste à votre disposition si besoin.

Bien cordialement,

Catherine Moulin
Assistante de direction
Clinique du Parc Monplaisir
Tél. 04 78 74 21 60 – Fax 04 78 74 21 69"""),

    dict(id="s7frc012", country="FR", date="2026-12-17T10:05", fmt="gmail", stage="firm", ago=2,
         inv="FA-2026-1089", amt="6 420,00", due="2026-11-08",
         frm="Hélène Dufresne <direction@ehpad-lestilleuls.org>",
         intent="plan_request",
         note="Nursing home director asks to spread the payment over 3-4 instalments; no date committed.",
         body="""Madame, Monsieur,

Je reviens vers vous au sujet de la facture FA-2026-1089 d'un montant de 6 420,00 €, correspondant au remplacement du groupe frigorifique de la cuisine.

Cette dépense n'était pas prévue à notre budget 2026 et notre établissement, comme beaucoup d'EHPAD associatifs, traverse une période de trésorerie très tendue dans l'attente du versement de la dotation soins par l'ARS.

Serait-il possible d'étaler ce règlement sur plusieurs mois ? Nous pourrions envisager trois ou quatre mensualités, selon ce qui vous conviendrait le mieux. Je vous laisse me faire une proposition.

Je vous remercie par avance de votre compréhension.

Bien cordialement,

Hélène Dufresne
Directrice
EHPAD Résidence Les Tilleuls – Association Accueil et Présence
12 chemin des Vignes, 69440 Mornant
04 78 44 09 31"""),

    dict(id="s7frc013", country="FR", date="2026-12-14T20:12", fmt="html_gmail", stage="reminder", ago=3,
         inv="FA-2026-1142", amt="394,00", due="2026-11-30",
         frm="Gérard Fontaine <gerard.fontaine38@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Volunteer syndic: transfer made last Friday (11 December) from the co-ownership account.",
         body="""Bonsoir,

Je suis le syndic bénévole de la copropriété du 8 rue des Remparts. Le virement de 394,00 € pour la facture FA-2026-1142 a été fait vendredi dernier depuis le compte séparé de la copropriété (Crédit Mutuel). Je pense qu'il s'est croisé avec votre relance.

Pouvez-vous me confirmer la bonne réception quand vous l'aurez ?

Merci et bonne soirée,

Gérard Fontaine
Syndic bénévole – Copropriété 8 rue des Remparts, Vienne
06 81 27 44 90"""),

    dict(id="s7frc014", country="FR", date="2027-01-05T10:40", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-1215", amt="1 086,00", due="2026-12-15",
         frm="Comptabilité Mairie de Brindas-le-Haut <comptabilite@brindas-le-haut.fr>",
         intent="other",
         note="Town hall says the equipment belongs to the intercommunal body and has passed the invoice on to it; nothing to act on directly.",
         body="""Bonjour,

La facture FA-2026-1215 concerne l'entretien de la chaufferie du gymnase intercommunal. Cet équipement est géré par la Communauté de communes des Vallons du Lyonnais, et non par la commune.

J'ai transmis votre facture et votre relance à leur service finances ce matin. Ils devraient prendre contact avec vous prochainement.

Cordialement,

Service comptabilité
Mairie de Brindas-le-Haut
Place de la Mairie – 04 78 87 13 52"""),

    dict(id="s7frc015", country="FR", date="2026-12-23T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-2026-1139", amt="2 046,00", due="2026-11-18",
         frm="Mathieu Roche <mathieu.roche@cedre-agro.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 23 Dec to 1 Jan inclusive; first working day after is Monday 4 January.",
         body="""Bonjour,

Je suis absent du 23 décembre 2026 au 1er janvier 2027 inclus.
Vos messages ne seront pas transférés. Pour les demandes relatives au paiement des factures, vous pouvez écrire à ap-cedre@cedre-agro.fr.

Bonnes fêtes de fin d'année,
Mathieu Roche
Cèdre Agroalimentaire"""),

    dict(id="s7frc016", country="FR", date="2026-12-18T14:10", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA-2026-1176", amt="3 894,00", due="2026-12-01",
         frm="Sophie Merlin <s.merlin@agglo-portedesmonts.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Intercommunal body: mandate issued, payment by the public accountant 'au plus tard le 8 janvier 2027'.",
         body="""Bonjour,

Votre facture FA-2026-1176 a bien été reçue sur Chorus Pro le 27 novembre et le service fait a été certifié par le service Bâtiments.

Le mandat a été émis hier et transmis au comptable public. Compte tenu des délais de prise en charge par le SGC en période de clôture, le paiement devrait intervenir au plus tard le 8 janvier 2027.

Nous vous prions de bien vouloir nous excuser pour ce délai.

Cordialement,

Sophie Merlin
Service Exécution budgétaire – Direction des Finances
Communauté d'agglomération Porte des Monts
Hôtel communautaire, 3 allée des Platanes
Tél. : 04 74 28 60 45"""),

    dict(id="s7frc017", country="FR", date="2026-12-16T07:52", fmt="gmail", stage="repeat", ago=2,
         inv="FA-2026-1118", amt="1 560,00", due="2026-11-15",
         frm="Denis Rivoire <d.rivoire@imprimerie-chabert.fr>",
         intent="dispute",
         note="Angry: the repair did not fix the server-room air conditioning; refuses to pay until it is repaired.",
         body="""ca fait 3 fois que je vous appelle pour vous dire que votre intervention du 12 novembre a rien reglé, la clim de la salle serveur est toujours en defaut tous les matins. et vous m envoyez des relances ??
pas un centime tant que quelqu un n est pas revenu reparer correctement. et inutile de me parler de penalites

D. Rivoire
resp. services generaux - Imprimerie Chabert"""),

    dict(id="s7frc018", country="FR", date="2026-12-08T11:30", fmt="html_outlook", stage="reminder", ago=1,
         inv=[("FA-2026-1102", "1 120,00", "2026-11-10"), ("FA-2026-1135", "864,00", "2026-11-20")],
         frm="Accounts Payable France <ap.france@dalbane-group.com>",
         intent="paid", paid_on="2026-12-04",
         note="Both invoices paid in the payment run of Friday 4 December, one grouped transfer.",
         body="""Bonjour,

Les deux factures citées dans votre relance ont été payées lors de notre run de paiement du vendredi 4 décembre, par un virement groupé de 1 984,00 € (référence de paiement PAY-FR-0049817).

Détail :
- FA-2026-1102 : 1 120,00 €
- FA-2026-1135 : 864,00 €

Le virement peut mettre un à deux jours ouvrés à apparaître sur votre compte. Si vous ne le retrouvez pas d'ici la fin de la semaine, merci de nous envoyer un extrait de votre relevé bancaire et nous lancerons une recherche auprès de notre banque.

Cordialement,

Accounts Payable France
Groupe Dalbane – Centre de Services Partagés
Tour Incity, 116 cours Lafayette, 69003 Lyon

Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s7frc019", country="FR", date="2027-01-07T10:18", fmt="outlook", stage="repeat", ago=3,
         inv="FA-2026-1228", amt="912,00", due="2026-12-10",
         frm="Réception Factures <factures@groupe-verlinde.fr>",
         intent="unsubscribe",
         note="Invoice-intake mailbox asks to be removed from the automatic reminder mailings.",
         body="""Bonjour,

Cette adresse est réservée à la réception des factures fournisseurs. Elle est traitée par un outil de lecture automatique et n'est pas destinée à recevoir des relances.

Merci de la retirer de vos envois automatiques de relance. Pour suivre l'état de vos paiements, vous pouvez vous connecter à notre portail fournisseurs avec les identifiants communiqués lors de votre référencement.

Cordialement,

Comptabilité Fournisseurs
Groupe Verlinde"""),

    dict(id="s7frc020", country="FR", date="2026-12-22T15:40", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FA-2026-1184", amt="2 730,00", due="2026-11-30",
         frm="Pascale Mercier <pascale.mercier@ch-valdegier.fr>",
         intent="bank_details",
         note="Hospital received a suspicious change-of-IBAN email and asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Avant de procéder au paiement, nous avons besoin d'une vérification de votre part.

Le 14 décembre, notre service a reçu un courriel, présenté comme venant de votre société, nous informant d'un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne). Par mesure de sécurité, aucun changement de RIB n'est pris en compte sans contre-appel.

Pouvez-vous nous confirmer par téléphone, au 04 77 31 40 18, si vos coordonnées bancaires ont réellement changé ? Dans la négative, nous conserverons le RIB déjà enregistré et la facture FA-2026-1184 sera payée sur ce compte.

Cordialement,

Pascale Mercier
Cellule Fournisseurs – Direction des Affaires Financières
Centre Hospitalier du Val de Gier
Tél. 04 77 31 40 18"""),
    dict(id="s7frc021", country="FR", date="2026-12-16T12:14", fmt="gmail", stage="reminder", ago=2,
         inv="FA-2026-1190", amt="655,20", due="2026-12-02",
         frm="Olivier Tessier <o.tessier@plasturgie-dauphine.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Goods receipt validated; invoice goes with the supplier transfer of 22/12.",
         body="""Bjr,
bon de reception validé ce matin dans SAP, votre facture part au prochain virement fournisseurs du 22/12.
cdt
O. Tessier
Plasturgie Dauphiné - resp. maintenance"""),

    dict(id="s7frc022", country="FR", date="2026-12-07T10:25", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-2026-1061", amt="1 344,00", due="2026-11-05",
         frm="Bureau des Fournisseurs <fournisseurs@hopitaux-pilat-rhodanien.fr>",
         intent="paid", paid_on="2026-11-27",
         note="Hospital: invoice mandated, then paid by the public accountant by transfer on 27/11/2026.",
         body="""Madame, Monsieur,

En réponse à votre relance, nous vous informons qu'après vérification dans notre logiciel de gestion financière, la facture FA-2026-1061 d'un montant de 1 344,00 € a été mandatée le 19 novembre (mandat n° 2026-018742) et payée par le comptable public par virement du 27/11/2026.

Nous vous invitons à vous rapprocher de votre service comptable pour le pointage : ce virement a pu être regroupé avec d'autres factures sous une même référence.

Cordialement,

Bureau des Fournisseurs
Direction des Finances
Hôpitaux du Pilat-Rhodanien – Groupement Hospitalier de Territoire
Standard : 04 74 53 80 00

Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles. Ils sont destinés exclusivement à leurs destinataires. Toute utilisation, diffusion ou copie non autorisée est interdite."""),

    dict(id="s7frc023", country="FR", date="2026-12-29T11:00", fmt="outlook", stage="firm", ago=1,
         inv="FA-2026-1098", amt="1 512,00", due="2026-11-12",
         frm="Laure Bonnard <l.bonnard@regie-saintjust.fr>",
         intent="copy_request",
         note="Property manager never received the invoice: asks for a duplicate and the signed work order.",
         body="""Bonjour,

Nous ne retrouvons pas la facture FA-2026-1098 dans la comptabilité de la copropriété Le Clos des Lilas : elle n'a vraisemblablement jamais été reçue par notre cabinet (peut-être a-t-elle été adressée directement au président du conseil syndical ?).

Pourriez-vous nous en adresser un duplicata, accompagné du bon d'intervention signé, à l'adresse compta.copro@regie-saintjust.fr ? Nous la soumettrons ensuite au conseil syndical pour règlement.

Merci d'avance,

Laure Bonnard
Comptable copropriétés
Régie Saint-Just – Administration de biens
9 place Saint-Jean, 69005 Lyon
04 78 37 52 11"""),

    dict(id="s7frc024", country="FR", date="2027-01-06T14:45", fmt="tb", stage="final_notice", ago=2,
         inv="FA-2026-1035", amt="2 184,00", due="2026-10-25",
         frm="Vincent Lacroix <v.lacroix@lacroix-audit.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Accountant answers for the client: payment 'fin janvier' = 31 January.",
         body="""Bonjour,

Je me permets de vous répondre au nom de notre client, le Garage Besson (SAS Besson Automobiles), dont nous tenons la comptabilité et qui nous a fait suivre votre dernier rappel.

M. Besson nous demande de vous indiquer que la facture FA-2026-1035 sera réglée fin janvier, à réception du remboursement de crédit de TVA qu'il attend. Il vous prie d'excuser ce retard et souhaite éviter la transmission du dossier au recouvrement.

Nous restons à votre disposition.

Cordialement,

Vincent Lacroix
Expert-comptable associé
Lacroix Audit & Conseil
22 avenue Jean Jaurès, 38200 Vienne – 04 74 85 16 30
Membre de l'Ordre des experts-comptables Auvergne-Rhône-Alpes"""),

    dict(id="s7frc025", country="FR", date="2027-01-13T09:30", fmt="outlook", stage="formal_notice", ago=2,
         inv="FA-2026-0988", amt="3 276,00", due="2026-10-15",
         frm="Service administratif <administratif@transports-mourgue.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): creditor must file its claim with the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure concernant la facture FA-2026-0988.

Nous vous informons que la société Transports Mourgue SAS fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce de Lyon en date du 16 décembre 2026, publié au BODACC.

Conformément à la loi, la société ne peut plus régler les créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Anne Chevalier, 27 rue de la République, 69002 Lyon, dans un délai de deux mois à compter de la publication au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service administratif et financier
Transports Mourgue SAS
ZI des Platières, 69390 Vourles"""),

    dict(id="s7frc026", country="FR", date="2027-01-08T09:01", fmt="ooo", stage="reminder", ago=0, loc="GB",
         inv="FA-2026-1251", amt="1 428,00", due="2026-12-20",
         frm="Agnieszka Nowak <agnieszka.nowak@dalbane-group.com>",
         intent="out_of_office", return_date="2027-01-12",
         note="English auto-reply from the group's Kraków service centre; back Tuesday 12 January.",
         body="""Thank you for your email.

I am currently out of the office with limited access to email. I will be back on Tuesday 12 January 2027.

For urgent matters regarding supplier payments for France, please contact the AP France team at ap.france@dalbane-group.com.

Kind regards,
Agnieszka Nowak
AP Specialist – Dalbane Group Business Services Centre, Kraków"""),

    dict(id="s7frc027", country="FR", date="2027-01-19T16:30", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA-2026-1240", amt="8 940,00", due="2026-12-31",
         frm="Isabelle Chapuis <secretariat.mairie.pollionnay@orange.fr>",
         intent="promise",
         note="Town hall confirms it will pay after the budget vote in March; no single day.",
         body="""Bonjour Madame,

Suite à notre échange téléphonique de ce matin, je vous confirme que la facture FA-2026-1240 (remplacement de la chaudière de la salle des fêtes) sera bien payée. Elle relève cependant de la section d'investissement et les crédits 2026 n'ont pas été reportés à temps.

Nous ne pourrons donc la mandater qu'après le vote du budget primitif, prévu au conseil municipal de mars. Le mandat sera émis dans la foulée et je vous tiendrai informée.

Je suis désolée pour ce contretemps.

Bien cordialement,

Isabelle Chapuis
Secrétaire générale
Mairie de Pollionnay-les-Bois
04 78 48 11 07"""),

    dict(id="s7frc028", country="FR", date="2026-12-11T16:20", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA-2026-1149", amt="574,80", due="2026-11-26",
         frm="Karim Benali <k.benali@rhonesud-habitat.fr>",
         intent="dispute",
         note="Social landlord: the part is covered by the maintenance contract (P2); refuses the invoice and asks for a credit note.",
         body="""Bonjour,

La facture FA-2026-1149 porte sur le remplacement d'une vanne trois voies en chaufferie, résidence Le Grand Clos à Rillieux.

Or cette chaufferie est couverte par le marché d'exploitation n° 2024-MAPA-017 conclu avec votre société, qui inclut au titre du P2 l'entretien courant et le remplacement des petites pièces, dont les vannes. Cette intervention n'a donc pas à être facturée en supplément.

Nous ne donnerons pas suite à cette facture et vous remercions de bien vouloir émettre un avoir. En cas de désaccord, je vous propose d'en discuter avec notre responsable patrimoine, M. Lopez.

Cordialement,

Karim Benali
Chargé de gestion technique – Agence Nord
Rhône Sud Habitat
04 72 01 36 90"""),

    dict(id="s7frc029", country="FR", date="2027-01-14T11:05", fmt="outlook", stage="firm", ago=3,
         inv="FA-2026-1233", amt="1 890,00", due="2026-12-26",
         frm="Nicolas Perret <nicolas.perret@hopitaux-pilat-rhodanien.fr>",
         intent="dispute",
         note="Hospital: billed three visits, only two took place; invoice put in dispute, asks for a credit note.",
         body="""Bonjour,

La facture FA-2026-1233 fait état de trois interventions sur les groupes froids de la pharmacie centrale (les 2, 9 et 16 décembre). Or nos bons d'intervention, signés par le service technique, n'en mentionnent que deux : la visite du 9 décembre n'a pas eu lieu, le technicien ne s'étant pas présenté.

La facture a donc été mise en litige dans notre logiciel et ne peut pas être payée en l'état. Merci de nous faire parvenir un avoir de 630,00 € ou une facture rectifiée portant sur les deux interventions réalisées, par dépôt sur Chorus Pro.

Cordialement,

Nicolas Perret
Service des Achats et de la Logistique
Hôpitaux du Pilat-Rhodanien
Tél. 04 74 53 81 27"""),

    dict(id="s7frc030", country="FR", date="2027-01-20T10:20", fmt="apple", stage="final_notice", ago=2,
         inv="FA-2026-1107", amt="3 960,00", due="2026-11-10",
         frm="Bertrand Lefèvre <b.lefevre@lefevre-gestion.fr>",
         intent="plan_request",
         note="Syndic asks whether the firm would accept payment in two or three instalments; no date committed.",
         body="""Madame, Monsieur,

En tant que syndic de la copropriété « Résidence Bellevue », 4 montée des Carmélites à Lyon 1er, je reviens vers vous au sujet de la facture FA-2026-1107 (3 960,00 €) relative au désembouage du réseau de chauffage.

Plusieurs copropriétaires sont en retard dans le paiement de leurs charges et le fonds de roulement du syndicat ne permet pas de régler cette somme en une seule fois avant l'encaissement de l'appel de fonds du premier trimestre.

Accepteriez-vous un règlement en deux ou trois fois ? Je soumettrai l'échéancier que vous proposerez au président du conseil syndical dès réception.

Dans l'attente de votre retour, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Bertrand Lefèvre
Lefèvre Gestion Immobilière – Syndic de copropriété
18 quai Saint-Vincent, 69001 Lyon
Tél. 04 72 00 84 63"""),
    dict(id="s7frc031", country="FR", date="2027-01-07T19:40", fmt="apple", stage="firm", ago=3,
         inv="FA-2026-1172", amt="2 592,00", due="2026-11-30",
         frm="Philippe Arnaud <p.arnaud@sem-montsdor.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Director validated the invoice; transfer 'mardi prochain' from Thursday 7 January = 12 January.",
         body="""Bonsoir,

Désolé pour ce retard, la facture est restée dans le parapheur pendant les fêtes. Je viens de la valider, le virement partira mardi prochain.

Bien à vous,
Philippe Arnaud
DG – SEM Monts d'Or Patrimoine

Envoyé de mon iPhone"""),

    dict(id="s7frc032", country="FR", date="2026-12-21T10:10", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-1170", amt="1 074,00", due="2026-12-05",
         frm="Monique Sabatier <compta@ogec-stjoseph-tarare.fr>",
         intent="paid", paid_on="2026-12-18",
         note="School management body: cheque posted on Friday 18 December.",
         body="""Bonjour,

Le règlement de la facture FA-2026-1170 (révision annuelle des chaudières de l'école) a été fait par chèque n° 0004512 tiré sur la Banque Populaire, posté vendredi 18 décembre à l'adresse de votre siège, rue des Tanneurs.

Avec la Poste en cette période, il risque de n'arriver qu'après Noël. Merci de ne pas tenir compte de la relance.

Cordialement,

Monique Sabatier
Comptable – OGEC École et Collège Saint-Joseph
5 rue du Collège, 69170 Tarare
04 74 63 27 58 (le matin)"""),

    dict(id="s7frc033", country="FR", date="2027-01-11T09:45", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-1221", amt="846,00", due="2026-12-18",
         frm="Jérôme Bouvier <j.bouvier@mairie-grezieu-les-pins.fr>",
         intent="contact_change", new_email="compta@mairie-grezieu-les-pins.fr",
         note="No longer in charge of accounts; reminders to go to a colleague's address.",
         body="""Bonjour,

Je vous informe que je ne suis plus en charge de la comptabilité de la commune depuis le 1er janvier : j'ai rejoint le service urbanisme.

Merci d'adresser désormais vos relances et vos factures à ma collègue, Mme Aurélie Pons, à l'adresse compta@mairie-grezieu-les-pins.fr. Je lui ai déjà transmis votre message concernant la facture FA-2026-1221.

Cordialement,

Jérôme Bouvier
Service urbanisme
Mairie de Grézieu-les-Pins
04 78 57 30 21"""),

    dict(id="s7frc034", country="FR", date="2026-12-28T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1225", amt="1 326,00", due="2026-12-12",
         frm="Corinne Blanc <c.blanc@clinique-parc-monplaisir.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave 28/12/2026 to 08/01/2027 inclusive (Friday); back Monday 11 January.",
         body="""Bonjour,

Je suis en congés du 28/12/2026 au 08/01/2027 inclus. Votre message sera traité à mon retour.

En cas d'urgence, vous pouvez joindre le secrétariat de la direction financière : secretariat.daf@clinique-parc-monplaisir.fr.

Corinne Blanc
Comptabilité fournisseurs – Clinique du Parc Monplaisir"""),

    dict(id="s7frc035", country="FR", date="2026-12-30T10:30", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FA-2026-1205", amt="7 812,00", due="2026-11-30",
         frm="Christelle Marchand <christelle.marchand@chimirhone.com>",
         intent="promise", promise_date="2027-01-15",
         note="Long formal reply from a group's shared services: scheduled in the payment proposal of Friday 15 January 2027.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance du 24 décembre relative à la facture FA-2026-1205, d'un montant de 7 812,00 € TTC, et vous remercions de votre patience.

Après analyse, il apparaît que cette facture a été reçue le 2 décembre par notre plateforme de dématérialisation, mais qu'elle est restée en attente de validation par le centre de coûts destinataire (site de Saint-Fons), en raison de l'absence du valideur habituel. Le bon à payer a été obtenu le 28 décembre.

La facture est désormais comptabilisée et programmée dans notre proposition de paiement du vendredi 15 janvier 2027. Le règlement sera effectué par virement SEPA sur le compte enregistré dans notre référentiel fournisseurs (IBAN se terminant par 0427).

Nous vous prions de nous excuser pour ce retard et restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Christelle Marchand
Responsable Comptabilité Fournisseurs
Chimirhône SAS – Centre de Services Partagés Finance
Tél. : +33 (0)4 72 93 41 00

Chimirhône SAS au capital de 12 500 000 € – RCS Lyon 412 883 905 – Siège social : 60 rue Marcel Mérieux, 69007 Lyon"""),

    dict(id="s7frc036", country="FR", date="2027-01-18T14:20", fmt="outlook", stage="repeat", ago=4,
         inv="FA-2026-1244", amt="1 998,00", due="2026-12-20",
         frm="Samuel Dias <s.dias@valoris-industries.com>",
         intent="bank_details",
         note="Payment blocked: IBAN on the invoice differs from the one on file; asks for a signed RIB or confirmation.",
         body="""Bonjour,

Votre facture FA-2026-1244 a été bloquée au paiement par notre contrôle automatique : le RIB imprimé en bas de la facture ne correspond pas à celui enregistré dans notre fichier fournisseurs (Société Générale).

Si vous avez changé de banque, merci de nous transmettre un RIB original sur papier à en-tête, signé par votre gérant, à l'adresse referentiel.fournisseurs@valoris-industries.com. Nous procéderons à un contre-appel avant toute modification. S'il s'agit d'une erreur sur la facture, merci de nous le confirmer par écrit.

Dès que la situation sera clarifiée, la facture sera libérée au prochain run de paiement.

Cordialement,

Samuel Dias
Comptabilité fournisseurs
Valoris Industries
Tél. : 04 72 49 80 14"""),

    dict(id="s7frc037", country="FR", date="2026-12-10T10:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1127", amt="312,00", due="2026-11-14",
         frm="Secrétariat de mairie <mairie.vernaysurcoise@orange.fr>",
         intent="other",
         note="Wrong recipient: the commune never ordered from the firm, probably a confusion with another customer.",
         body="""Bonjour,

Nous recevons depuis deux semaines vos relances pour la facture FA-2026-1127. Or la commune de Vernay-sur-Coise n'a jamais fait appel à vos services et nous n'avons signé aucun bon de commande à votre nom.

Je pense qu'il y a une confusion avec la commune de Vernay, en Isère, ou avec le syndicat des eaux qui partage notre code postal.

Pouvez-vous vérifier vos coordonnées client ?

Cordialement,

Le secrétariat de mairie
Mairie de Vernay-sur-Coise"""),

    dict(id="s7frc038", country="FR", date="2027-01-07T17:15", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-1198", amt="1 650,00", due="2026-12-08",
         frm="Sébastien Morin <s.morin@lavaur-syndic.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Syndic: paid by transfer on 5 January from the co-ownership account.",
         body="""Bonjour,

Votre facture FA-2026-1198 a été réglée par virement le 5 janvier depuis le compte bancaire séparé du syndicat des copropriétaires « Les Terrasses du Fort » (référence : TDF-FOUR-0127).

Cordialement,

Sébastien Morin
Comptabilité mandants
Cabinet Lavaur & Fils – Syndic de copropriété
3 rue Grenette, 69002 Lyon – 04 78 42 66 19"""),

    dict(id="s7frc039", country="FR", date="2026-12-15T11:50", fmt="none", stage="reminder", ago=1,
         inv="FA-2026-1166", amt="2 118,00", due="2026-12-01",
         frm="Gaëlle Rigaud <g.rigaud@ch-montsduforez.fr>",
         intent="promise",
         note="Hospital: mandate sent to the public accountant, payment 'dans les tout prochains jours'; no date.",
         body="""Bonjour,

Après vérification, votre facture FA-2026-1166 a été liquidée le 11 décembre et le mandat correspondant a été transmis à la trésorerie hospitalière. Le paiement devrait intervenir dans les tout prochains jours, selon les délais de traitement du comptable.

Pour toute question ultérieure, merci de rappeler notre référence d'engagement EJ 26-04418.

Cordialement,

Gaëlle Rigaud
Bureau des Finances
Centre Hospitalier des Monts du Forez
04 77 96 12 40"""),

    dict(id="s7frc040", country="FR", date="2027-01-22T15:30", fmt="html_outlook", stage="formal_notice", ago=3,
         inv="FA-2026-1003", amt="9 600,00", due="2026-11-15",
         frm="Fabienne Guérin <f.guerin@beaujolais-habitat.fr>",
         intent="dispute",
         note="Social landlord contests the formal notice: delay penalties withheld under the contract, balance already paid; disputes the remaining amount.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure relative à la facture FA-2026-1003 d'un montant de 9 600,00 € TTC.

Nous contestons formellement le montant réclamé. Conformément à l'article 14 du CCAP du marché n° 2025-AO-009 relatif au remplacement des chaudières de la résidence Les Mûriers, les travaux devaient être réceptionnés au plus tard le 30 septembre 2026. La réception n'a été prononcée que le 28 octobre, soit 28 jours de retard, ce qui a donné lieu à l'application de pénalités de 100 € par jour calendaire, soit 2 800,00 €.

Le solde de 6 800,00 € vous a été réglé par mandat du 10 décembre 2026, ce que votre courrier ne mentionne pas. Notre office ne vous est donc plus redevable d'aucune somme au titre de cette facture.

Si vous entendez contester l'application de ces pénalités, il vous appartient de présenter un mémoire en réclamation dans les conditions prévues au CCAG-Travaux.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Fabienne Guérin
Directrice des Affaires Juridiques et de la Commande Publique
Beaujolais Habitat – Office Public de l'Habitat
04 74 62 18 00"""),
    dict(id="s7frc041", country="FR", date="2027-01-21T09:40", fmt="html_gmail", stage="reminder", ago=3,
         inv="FA-2026-1258", amt="1 488,00", due="2027-01-15",
         frm="Léa Morvan <compta@grainesdeveil.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Scheduled for the transfer of 29 January; side request for supplier documents does not block payment.",
         body="""Bonjour,

C'est noté, la facture FA-2026-1258 est programmée au virement du 29 janvier (nous payons les fournisseurs deux fois par mois, le 14 et le 29).

Au passage : pour la mise à jour de votre dossier fournisseur, pourriez-vous nous envoyer une attestation de vigilance URSSAF de moins de 6 mois et un extrait Kbis ? Notre commissaire aux comptes nous les demande pour tous les prestataires au-delà de 5 000 € par an.

Merci d'avance,

Léa Morvan
Comptabilité – Graines d'Éveil (réseau de crèches)
07 61 42 88 13"""),

    dict(id="s7frc042", country="FR", date="2027-01-14T10:12", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1230", amt="1 176,00", due="2026-12-15",
         frm="Amandine Leroy <a.leroy@aubrac-distribution.fr>",
         intent="paid", paid_on="2027-01-12",
         note="AP clerk passes on the treasury's internal answer: transfer sent Tuesday 12 January.",
         body="""Bonjour,

Voir ci-dessous la réponse de notre trésorerie.

Bien cordialement,

Amandine Leroy
Comptabilité fournisseurs – Groupe Aubrac Distribution
04 72 19 55 07

De : Yann Keller
Envoyé : mercredi 13 janvier 2027 18:02
À : Amandine Leroy
Objet : RE: TR: Relance Thermi-Services

Amandine,
C'est parti mardi 12 avec le lot SEPA n° 27-003, 1 176 € pour Thermi-Services. Ils l'auront aujourd'hui ou demain au plus tard.
Yann"""),

    dict(id="s7frc043", country="FR", date="2026-12-17T18:30", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1181", amt="720,00", due="2026-12-03",
         frm="Pierre Giraudon <p.giraudon@clinique-saint-vallier.fr>",
         intent="unsubscribe",
         note="Irritated: asks to stop the automatic reminders and remove his address from the list.",
         body="""Bonjour,

Merci de cesser ces envois automatiques. Je recois trois mails par semaine de votre logiciel pour des factures qui suivent leur circuit normal chez nous, et ce n'est pas moi qui les paye de toute facon.

Nous ne travaillons pas avec des robots : retirez mon adresse de votre liste svp.

P. Giraudon
Responsable des services techniques
Clinique Saint-Vallier"""),

    dict(id="s7frc044", country="FR", date="2026-12-08T14:00", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-1158", amt="1 236,00", due="2026-11-30",
         frm="Florence Carrel <gestion.0691234x@ac-lyon.fr>",
         intent="copy_request",
         note="Public school: invoice must be resubmitted through Chorus Pro with the given references before it can be paid.",
         body="""Bonjour,

Votre facture FA-2026-1158 nous a été transmise par courriel. Or, en tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro.

Merci de déposer votre facture sur Chorus Pro avec les références suivantes :
- SIRET : 196 901 234 00015
- Code service : GESTION
- Numéro d'engagement : BC 2026-0187

Dès sa réception sur la plateforme, elle sera transmise à l'agence comptable pour paiement.

Cordialement,

Florence Carrel
Adjointe gestionnaire
Collège des Trois Vallées
04 74 71 05 62"""),

    dict(id="s7frc045", country="FR", date="2027-01-11T09:00", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-2026-1234", amt="618,00", due="2026-12-22",
         frm="Marion Caillet <m.caillet@regie-saintjust.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 January inclusive; back Monday 18 January.",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 15 janvier inclus.

Pour toute urgence technique concernant une copropriété (fuite, panne de chauffage, ascenseur...), merci d'appeler l'accueil de la Régie au 04 78 37 52 00.
Les demandes comptables seront traitées à mon retour.

Marion Caillet
Gestionnaire de copropriétés – Régie Saint-Just"""),

    dict(id="s7frc046", country="FR", date="2027-01-15T11:30", fmt="tb", stage="reminder", ago=4,
         inv="FA-2026-1247", amt="2 640,00", due="2026-12-31",
         frm="Service facturier <service.facturier@univ-lyon-confluence.fr>",
         intent="promise", promise_date="2027-01-22",
         note="University payment office: payment will be made on 22/01/2027.",
         body="""Bonjour,

Votre facture FA-2026-1247 est bien enregistrée dans notre système (demande de paiement n° 2027-000318). Le service fait a été constaté par la direction du patrimoine et le paiement sera effectué le 22/01/2027 par l'agence comptable.

Cordialement,

Service facturier – Agence comptable
Université Lyon Confluence
Tél. 04 26 23 70 40"""),

    dict(id="s7frc047", country="FR", date="2027-01-05T08:40", fmt="outlook", stage="repeat", ago=1, noquote=True,
         inv="FA-2026-1145", amt="954,00", due="2026-11-25",
         frm="Nathalie Bertin <n.bertin@cuisines-collectives-lyonnais.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Annoyed: invoice paid by transfer on 15/12.",
         body="""Bonjour,

Facture réglée le 15/12 par virement, comme je l'ai déjà indiqué à votre collègue au téléphone. Merci de vérifier vos comptes avant de relancer.

Cdt
N. Bertin
Comptabilité – Cuisines Collectives du Lyonnais"""),

    dict(id="s7frc048", country="FR", date="2026-12-18T11:20", fmt="gmail", stage="firm", ago=4,
         inv="FA-2026-1209", amt="4 380,00", due="2026-11-20",
         frm="Nathalie Brosse <mairie.aveize-le-bas@wanadoo.fr>",
         intent="plan_request",
         note="Small commune asks to spread the amount over two or three payments early next year; no date committed.",
         body="""Bonjour,

Je fais suite à votre relance pour la facture FA-2026-1209 de 4 380 €.

Nos crédits 2026 sur le compte d'entretien des bâtiments sont presque épuisés et notre trésorerie ne nous permet pas de régler la totalité d'ici la clôture de l'exercice. Serait-il possible d'échelonner ce montant en deux ou trois versements sur le début d'année ?

Si vous êtes d'accord, merci de nous faire une proposition écrite que je soumettrai à M. le Maire.

Cordialement,

Nathalie Brosse
Secrétaire de mairie
Mairie d'Aveize-le-Bas
04 74 70 38 22"""),

    dict(id="s7frc049", country="FR", date="2026-12-09T16:45", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1144", amt="3 420,00", due="2026-11-20",
         frm="Service Clients Fournisseurs <support.fournisseurs@chimirhone.com>",
         intent="other",
         note="Shared service centre acknowledges the reminder with a ticket number; answer to come, nothing to act on yet.",
         body="""Bonjour,

Votre demande a bien été enregistrée sous le numéro INC-2026-118427.

Notre équipe Comptabilité Fournisseurs analyse votre relance relative à la facture FA-2026-1144. Un retour vous sera fait sous 10 jours ouvrés.

Merci de conserver ce numéro et de le rappeler dans vos prochains échanges, en objet du message.

Cordialement,

Service Clients Fournisseurs
Chimirhône SAS – Centre de Services Partagés Finance"""),

    dict(id="s7frc050", country="FR", date="2027-01-04T14:25", fmt="html_outlook", stage="reminder", ago=10, fresh=True,
         subj="Votre demande INC0051872 – Facture FA-2026-1161 – Clôturée",
         inv="FA-2026-1161", amt="2 952,00", due="2026-12-10",
         frm="Support Fournisseurs Groupe Verlinde <support.fournisseurs@groupe-verlinde.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Ticket closure message: invoice paid on 23/12/2026 by SEPA transfer.",
         body="""Bonjour,

Suite à votre demande n° INC0051872, nous vous informons que la facture FA-2026-1161 d'un montant de 2 952,00 € a été payée le 23/12/2026 par virement SEPA, référence de paiement 2000451877.

Nous clôturons votre demande. Si vous ne retrouvez pas ce règlement sur votre compte, vous pouvez la rouvrir en répondant à ce message dans un délai de 15 jours.

Cordialement,

Support Fournisseurs
Groupe Verlinde – Centre de Services Partagés Comptabilité
59650 Villeneuve-d'Ascq

Ce message a été envoyé depuis une adresse de support. Merci de ne pas modifier l'objet en cas de réponse."""),
]
