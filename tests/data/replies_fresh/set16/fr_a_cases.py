"""fr_a: French debtors replying to Imprimerie Delorme & Fils (Lyon). Each body handwritten."""

CASES = [
    dict(id="s16fra001", country="FR", date="2026-12-09T07:41", fmt="apple", stage="reminder", ago=2,
         inv="F2026-1184", amt="312,00", due="2026-11-20",
         frm="Plomberie Ruiz <plomberie.ruiz69@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'ok vendredi' written Wednesday 9 Dec: Friday 11 Dec.",
         body="""ok vendredi

Envoyé de mon iPhone"""),

    dict(id="s16fra002", country="FR", date="2026-12-07T10:38", fmt="gmail", stage="reminder", ago=3,
         inv="F2026-1139", amt="186,50", due="2026-11-25",
         frm="Boulangerie Les Blés d'Or <lesblesdor.villeurbanne@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Paid by card through the link this morning (7 Dec).",
         body="""Bonjour,

C'est réglé ce matin par carte avec le lien de votre mail. Désolée pour le retard, on a eu un mois de novembre chargé.

Bonne journée
Émilie Charvet
Boulangerie Les Blés d'Or"""),

    dict(id="s16fra003", country="FR", date="2026-12-10T15:22", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="F2026-1067", amt="2 940,00", due="2026-11-10",
         frm="Mairie de Saint-Romain-au-Mont-d'Or - Finances <finances@mairie-stromain-mtdor.fr>",
         intent="promise",
         note="Payment order (mandat) sent to the public accountant; payment expected within 10-15 days, no single day.",
         body="""Madame, Monsieur,

Suite à votre relance concernant la facture F2026-1067 (impression du bulletin municipal de novembre), je vous informe que le mandat de paiement correspondant a été émis et transmis au Service de Gestion Comptable de Limonest le 8 décembre.

Le paiement sera effectué par le comptable public ; le délai constaté est habituellement de 10 à 15 jours. Le retard s'explique par la réception tardive de la facture sur Chorus Pro.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Pothier
Service Finances – Ressources humaines
Mairie de Saint-Romain-au-Mont-d'Or
1 place de la Mairie – 69270 Saint-Romain-au-Mont-d'Or
Tél. 04 78 91 26 07 (lundi, mardi, jeudi matin)"""),

    dict(id="s16fra004", country="FR", date="2026-12-08T23:14", fmt="gmail", stage="reminder", ago=1,
         inv="F2026-1152", amt="428,40", due="2026-11-30",
         frm="Le Bouchon des Canuts <contact@bouchondescanuts.fr>",
         intent="dispute",
         note="Refuses to pay until the menus with a price error are reprinted.",
         body="""Vous rigolez j'espère ?

Les 60 cartes menus que vous nous avez livrées ont le tablier de sapeur à 12 € au lieu de 21 €. On vous l'a signalé au téléphone le jour même, votre collègue nous a dit qu'il "voyait avec l'atelier", et depuis plus rien. On a dû refaire des feuilles volantes à la main pour le service.

Donc non on ne paie pas une facture pour des menus faux. Vous les réimprimez correctement et on règle à la livraison, pas avant.

Et évitez de m'envoyer des relances automatiques en attendant, merci.

Franck Berthier
Le Bouchon des Canuts
06 62 14 87 30"""),

    dict(id="s16fra005", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv=[("F2026-1021", "1 650,00", "2026-11-15"), ("F2026-1098", "820,00", "2026-11-30")],
         frm="Comptabilité fournisseurs <compta.fournisseurs@groupe-vallier.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 21 Dec to 3 Jan inclusive: back Monday 4 January.",
         body="""Bonjour,

Le service comptabilité fournisseurs est fermé du 21 décembre 2026 au 3 janvier 2027 inclus. Les messages reçus pendant cette période seront traités à partir de notre retour.

Pour toute urgence, vous pouvez contacter l'accueil du siège au 04 72 33 80 00.

Belles fêtes de fin d'année,

Groupe Vallier – Direction financière
Service Comptabilité fournisseurs"""),

    dict(id="s16fra006", country="FR", date="2026-12-14T08:17", fmt="tb", stage="second_reminder", ago=3,
         inv="F2026-1110", amt="245,00", due="2026-11-18",
         frm="Marc et Julie Fontanel <fontanel.mj@free.fr>",
         intent="paid", paid_on="2026-12-13",
         note="Transfer made 'hier soir', written Monday 14 Dec: 13 Dec.",
         body="""Bonjour,

Pardon, on avait complètement zappé. J'ai fait le virement hier soir depuis l'appli de la banque, référence F2026-1110, 245 €. Il devrait arriver d'ici un ou deux jours.

Les faire-part étaient magnifiques au passage, merci encore !

Julie Fontanel"""),

    dict(id="s16fra007", country="FR", date="2026-12-16T11:45", fmt="html_outlook", stage="reminder", ago=2,
         inv="F2026-1173", amt="3 816,00", due="2026-12-05",
         frm="Audrey Lambert <a.lambert@sofraclim.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Scheduled in the payment run of 15/01.",
         body="""Bonjour,

Nous avons bien reçu votre relance. La facture F2026-1173 a été validée par notre responsable achats et sera réglée par virement lors de notre prochaine campagne de paiement fournisseurs, le 15/01.

Nous ne faisons plus de paiements après le 18 décembre en raison de la clôture annuelle, d'où ce délai.

Cordialement,

Audrey Lambert
Comptable fournisseurs
SOFRACLIM SAS
ZI des Platières – 69390 Vourles
Tél. : 04 72 31 55 12

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s16fra008", country="FR", date="2026-12-11T19:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2026-1044", amt="1 120,00", due="2026-11-05",
         frm="AS Tassin Basket - Trésorerie <tresorier.astassinbasket@gmail.com>",
         intent="plan_request",
         note="Association asks to pay in three instalments; no date committed.",
         body="""Bonjour,

Je suis le trésorier bénévole de l'AS Tassin Basket. Je reviens vers vous concernant la facture des maillots floqués et des affiches du tournoi (1 120 €).

Pour être franc, la subvention de la mairie n'est toujours pas arrivée et nos comptes sont très justes en ce moment. Serait-il possible de régler cette facture en trois fois ? Nous pourrions faire un premier versement assez rapidement et le reste sur les deux mois suivants.

Dites-moi si c'est envisageable pour vous.

Merci d'avance,
Thierry Massot
Trésorier – AS Tassin Basket
07 81 45 22 96"""),

    dict(id="s16fra009", country="FR", date="2026-12-09T14:10", fmt="outlook", stage="reminder", ago=2,
         inv="F2026-1126", amt="5 268,00", due="2026-11-30",
         frm="Accounts Payable France <ap.france@nordelis-group.com>",
         intent="copy_request",
         note="Invoice rejected: needs the purchase order number before it can be processed.",
         body="""Bonjour,

Votre facture F2026-1126 n'a pas pu être intégrée dans notre outil de traitement : elle ne comporte pas de numéro de bon de commande (format 45xxxxxxxx).

Merci de nous la renvoyer avec la référence de commande indiquée par votre interlocuteur chez Nordelis, à l'adresse factures.fr@nordelis-group.com. Sans ce numéro, aucune mise en paiement n'est possible.

Cordialement,

Centre de Services Partagés – Comptabilité fournisseurs
Nordelis France SAS
Ticket n° AP-2026-118734"""),

    dict(id="s16fra010", country="FR", date="2026-12-15T10:05", fmt="gmail", stage="heads_up", ago=1,
         inv="F2026-1201", amt="690,00", due="2026-12-31",
         frm="Cave Martinon <cave.martinon@orange.fr>",
         intent="contact_change", new_email="compta@cave-martinon.fr",
         note="Asks that invoices and reminders go to a new accounting address.",
         body="""Bonjour,

Pouvez-vous envoyer dorénavant les factures et les rappels à notre nouvelle adresse comptabilité : compta@cave-martinon.fr ?

L'adresse orange ne sera bientôt plus consultée.

Merci,
Bernard Martinon"""),

    dict(id="s16fra011", country="FR", date="2026-12-10T17:52", fmt="apple", stage="second_reminder", ago=3,
         inv="F2026-1079", amt="864,00", due="2026-11-12",
         frm="Sandrine Mollard <s.mollard@architecte-mollard.fr>",
         intent="other",
         note="Forwarded to her accountant who handles payments; no commitment.",
         body="""Bonjour,

Je transmets votre message à mon cabinet comptable (Fiducial, Mme Bonnet), c'est eux qui s'occupent des règlements fournisseurs depuis cette année. Ils devraient revenir vers vous.

Sandrine Mollard
Architecte DPLG"""),

    dict(id="s16fra012", country="FR", date="2026-12-10T09:28", fmt="tb", stage="firm", ago=2,
         inv="F2026-0987", amt="1 476,00", due="2026-10-31",
         frm="Cabinet Girerd Immobilier <gestion@girerd-immobilier.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'sous huitaine' from Thursday 10 Dec: 18 Dec.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courrier électronique relatif à la facture F2026-0987 (affichage et impression des convocations d'assemblée générale de la copropriété Le Parc de la Tête d'Or).

Le règlement sera effectué sous huitaine par le compte du syndicat des copropriétaires.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service gestion de copropriété
Cabinet Girerd Immobilier
52 cours Vitton – 69006 Lyon
Carte professionnelle CPI 6901 2018 000 031 778"""),

    dict(id="s16fra013", country="FR", date="2026-12-09T16:03", fmt="none", stage="reminder", ago=1,
         inv="F2026-1147", amt="98,00", due="2026-11-28",
         frm="Georges Perrichon <georges.perrichon@wanadoo.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Cheque posted on the 4th (4 Dec).",
         body="""Madame, Monsieur,

J'ai bien reçu votre message. Je vous ai adressé un chèque de 98 euros par la poste le 4, à l'adresse de la rue des Tanneurs. Il devrait donc vous être parvenu, ou le sera sous peu avec les grèves.

Recevez mes salutations.

G. Perrichon"""),

    dict(id="s16fra014", country="FR", date="2026-12-17T14:36", fmt="outlook", stage="reminder", ago=3,
         inv="F2026-1160", amt="1 176,00", due="2026-12-10",
         frm="Hélène Dubreuil <helene.dubreuil@atelier-kalia.fr>",
         intent="dispute",
         note="Amount higher than the quote; asks for a corrected invoice before paying.",
         body="""Bonjour,

Je me permets de revenir vers vous au sujet de la facture F2026-1160. Le devis que nous avions signé (D2026-0412) portait sur 850 € HT pour les 5 000 catalogues, soit 1 020 € TTC. La facture est de 1 176 € TTC.

Je ne retrouve aucune mention d'un supplément dans nos échanges. S'il s'agit du pelliculage mat, il était inclus dans le devis.

Pouvez-vous vérifier et nous adresser une facture rectifiée ? Nous la réglerons dès réception.

Bien cordialement,

Hélène Dubreuil
Responsable communication
Atelier Kalia – 06 07 41 88 25"""),

    dict(id="s16fra015", country="FR", date="2026-12-17T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F2026-1135", amt="540,00", due="2026-11-30",
         frm="Secrétariat de mairie <secretariat@mairie-poleymieux.fr>",
         intent="out_of_office", return_date="2026-12-28",
         subj_prefix="Absence : ",
         note="Back 28 December.",
         body="""Bonjour,

Le secrétariat de mairie est fermé jusqu'au 28 décembre, date à laquelle je reprendrai le traitement des messages.

En cas d'urgence relevant de l'état civil, merci de contacter M. le Maire ou un adjoint au 06 80 12 45 67.

Cordialement,
Corinne Vial
Secrétaire de mairie"""),

    dict(id="s16fra016", country="FR", date="2026-12-18T12:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2026-1092", amt="2 148,00", due="2026-11-20",
         frm="Laurent Besson <laurent@bessonpaysage.fr>",
         intent="bank_details",
         note="Received an email asking to pay to a new IBAN; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de payer je préfère vérifier : j'ai reçu mardi un mail soi-disant de votre part qui me demande de virer sur un nouveau compte, à la Banque Postale, en disant que votre RIB au Crédit Agricole n'est plus valable.

C'est bien vous ? Ça ressemble fort à une arnaque. Pouvez-vous me confirmer votre IBAN par téléphone au 06 14 58 32 70, ou me rappeler ? Je ne fais rien tant que je n'ai pas eu quelqu'un.

Laurent Besson
Besson Paysage"""),

    dict(id="s16fra017", country="FR", date="2027-01-06T20:48", fmt="gmail", stage="repeat", ago=2,
         inv="F2026-1035", amt="732,00", due="2026-11-05",
         frm="David Elec <david.elec.services@hotmail.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January.",
         body="""bonjour

desole pour le retard jai eu des gros soucis de tresorerie en decembre avec un client qui ma pas payé. je vous regle la facture fin janvier sans faute quand le chantier de la residence sera facturé.

bonne anée a vous

David Caron
David Elec Services"""),

    dict(id="s16fra018", country="FR", date="2026-12-28T10:11", fmt="html_outlook", stage="second_reminder", ago=6,
         inv=[("F2026-1105", "1 314,00", "2026-11-25"), ("F2026-1142", "396,00", "2026-12-02")],
         frm="Comptabilité Transports Giraud <comptabilite@transports-giraud.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Both invoices paid by transfer on 23/12.",
         body="""Bonjour,

Les deux factures F2026-1105 et F2026-1142 ont été réglées par virement le 23/12, pour un total de 1 710,00 €. Le libellé porte nos références fournisseur DELO01.

Merci de vérifier de votre côté et de ne pas tenir compte de la relance.

Cordialement,

Mélanie Rousset
Service comptabilité
TRANSPORTS GIRAUD SAS
180 route de Grenoble – 69800 Saint-Priest
Tél. 04 78 20 64 10 | www.transports-giraud.fr
SAS au capital de 250 000 € – RCS Lyon 389 114 206"""),

    dict(id="s16fra019", country="FR", date="2026-12-12T11:26", fmt="gmail", stage="reminder", ago=3,
         inv="F2026-1156", amt="154,80", due="2026-12-01",
         frm="Christelle Noyer <christelle.noyer@laposte.net>",
         intent="copy_request",
         note="Never received the invoice, the link does not open; asks for a PDF copy.",
         body="""Bonjour,

Je n'ai jamais reçu cette facture, ni par mail ni par courrier. Et le lien de paiement ne s'ouvre pas sur mon téléphone (page blanche).

Est-ce que vous pourriez me l'envoyer en pdf en pièce jointe svp ? Je dois la faire rembourser par mon CE, ils ont besoin du document.

Merci,
Christelle Noyer"""),

    dict(id="s16fra020", country="FR", date="2026-12-15T13:58", fmt="tb", stage="heads_up", ago=1,
         inv="F2026-1208", amt="72,00", due="2026-12-28",
         frm="Jean-Paul Arnaud <jp.arnaud@numericable.fr>",
         intent="unsubscribe",
         note="Asks to stop receiving these automatic emails.",
         body="""Bonjour,

Je règle toujours mes factures à réception, depuis vingt ans que je suis client chez vous. Je n'ai pas besoin de ces rappels automatiques avant même l'échéance.

Merci de me retirer de cet envoi et de ne plus m'envoyer ce genre de courriel.

J.-P. Arnaud"""),

    dict(id="s16fra021", country="FR", date="2026-12-18T16:40", fmt="gmail", stage="firm", ago=3,
         inv="F2026-1008", amt="1 140,00", due="2026-10-25",
         frm="Fromagerie Vernay <fromagerie.vernay@gmail.com>",
         intent="promise", promise_date="2027-01-08",
         note="Partial payment of 600 € made today; balance of 540 € promised on 8 January.",
         body="""Bonjour,

Je viens de faire un virement de 600 € sur les 1 140 € de la facture F2026-1008 (étiquettes et coffrets).

Pour le reste (540 €), je vous le verse le 8 janvier, après les ventes de Noël, ce sera plus facile.

Merci de votre patience et de ne pas appliquer les pénalités si possible, on a toujours payé jusqu'ici.

Sylvie Vernay
Fromagerie Vernay – Marché de la Croix-Rousse"""),

    dict(id="s16fra022", country="FR", date="2026-12-21T18:05", fmt="apple", stage="firm", ago=4,
         inv="F2026-1061", amt="256,00", due="2026-11-08",
         frm="Karim Haddad <karim.haddad@icloud.com>",
         intent="paid",
         note="Says it was paid three weeks ago; no exact day.",
         body="""C'est la troisième fois que je reçois ce mail. J'AI PAYÉ. Il y a trois semaines, par virement, vérifiez vos comptes avant de menacer les gens de pénalités.

Je peux vous envoyer la capture de ma banque si vous voulez.

Envoyé de mon iPhone"""),

    dict(id="s16fra023", country="FR", date="2026-12-14T10:32", fmt="gmail", stage="reminder", ago=2,
         inv="F2026-1118", amt="485,00", due="2026-12-05",
         frm="Les Amis du Vieux Lyon <contact@amisduvieuxlyon.org>",
         intent="dispute",
         note="Flyers never delivered; will not pay before delivery.",
         body="""Bonjour,

Nous sommes surpris de recevoir une relance pour cette facture : les 2 000 dépliants pour notre conférence du 28 novembre ne nous ont jamais été livrés. Nous avons dû faire des photocopies en urgence.

Le transporteur indique un colis "livré" mais personne ne l'a reçu ni au local ni chez notre présidente.

Nous ne pouvons pas régler une commande que nous n'avons pas reçue. Merci de voir avec votre transporteur.

Pour le bureau,
Odile Chastaing, secrétaire"""),

    dict(id="s16fra024", country="FR", date="2027-01-12T21:17", fmt="gmail", stage="final_notice", ago=1,
         inv="F2026-0954", amt="418,00", due="2026-10-20",
         frm="Aurélie Berger <aurelie.berger84@gmail.com>",
         intent="plan_request",
         note="Unemployed, asks to spread payment over several months; no date committed.",
         body="""Bonsoir,

Je suis vraiment désolée de ne pas avoir répondu plus tôt. Je suis au chômage depuis novembre et je n'ai pas de quoi payer les 418 € en une seule fois pour le moment.

Est-ce qu'il serait possible d'étaler en plusieurs mensualités ? Même 50 ou 60 € par mois je pourrais tenir. Je ne veux pas que ça parte au contentieux.

Merci de votre compréhension,
Aurélie Berger"""),

    dict(id="s16fra025", country="FR", date="2026-12-22T12:03", fmt="apple", stage="reminder", ago=1,
         inv="F2026-1166", amt="207,60", due="2026-12-15",
         frm="Fleurs de Saison <fleursdesaison.caluire@orange.fr>",
         intent="promise",
         note="'après les fêtes': no single day.",
         body="""Bonjour,

Bien reçu. Je suis en plein rush de Noël à la boutique, je m'en occupe après les fêtes, promis.

Bonnes fêtes à toute l'équipe,
Nadège
Fleurs de Saison – Caluire

Envoyé de mon iPhone"""),

    dict(id="s16fra026", country="FR", date="2027-01-08T09:47", fmt="outlook", stage="reminder", ago=2,
         inv="F2026-1193", amt="3 120,00", due="2026-12-20",
         frm="Pascal Meunier <p.meunier@meunier-menuiserie.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Says the direct debit was taken on 5 January.",
         body="""Bonjour,

Il doit y avoir une erreur. Nous vous avons signé un mandat de prélèvement SEPA l'an dernier et le prélèvement de 3 120 € a bien été débité sur notre compte le 5 janvier (libellé IMPRIMERIE DELORME).

Merci de vérifier et de mettre à jour votre relance.

Pascal Meunier
Meunier Menuiserie SARL
04 74 26 19 03"""),

    dict(id="s16fra027", country="FR", date="2026-12-23T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="F2026-1089", amt="612,00", due="2026-11-22",
         frm="Domaine des Coteaux Saint-Jean <domaine@coteaux-saintjean.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Closed until Friday 8 January inclusive: back Monday 11 January.",
         body="""Bonjour et merci pour votre message.

Le domaine est en fermeture annuelle jusqu'au vendredi 8 janvier inclus. Le caveau et les bureaux rouvriront ensuite aux horaires habituels.

Nous vous souhaitons de très belles fêtes.

La famille Dumas
Domaine des Coteaux Saint-Jean"""),

    dict(id="s16fra028", country="FR", date="2026-12-16T09:04", fmt="bounce", stage="reminder",
         inv="F2026-1177", amt="134,00", due="2026-12-08",
         rcpt="michel.gauthier69@orange.fr", status="5.1.1",
         remote="smtp-in.orange.fr",
         diag="550 5.1.1 <michel.gauthier69@orange.fr>: Recipient address rejected: adresse d'expedition inconnue / unknown user (OFR_416)",
         intent="bounce",
         note="Delivery failure: unknown recipient.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

michel.gauthier69@orange.fr

The recipient's mail server permanently rejected the message: the mailbox does not exist."""),

    dict(id="s16fra029", country="FR", date="2027-01-14T15:09", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv="F2026-1117", amt="1 788,00", due="2026-12-01",
         frm="Sophie Marchal <s.marchal@garnier-btp.fr>",
         intent="promise", promise_date="2027-01-18",
         note="Assistant forwards the manager's answer: transfer on Monday (written Thursday 14 Jan) = 18 Jan.",
         body="""Bonjour,

Je vous transfère la réponse de M. Garnier, à qui j'avais remonté votre relance :

« Sophie, OK pour celle-là, on la passe dans le virement de lundi. Préviens-les. »

Le règlement partira donc lundi.

Bien cordialement,

Sophie Marchal
Assistante de direction
Garnier BTP – 12 rue Paul Bert, 69003 Lyon
Tél. : 04 78 62 90 41"""),

    dict(id="s16fra030", country="FR", date="2027-01-11T08:55", fmt="html_gmail", stage="repeat", ago=4,
         inv="F2026-1071", amt="574,80", due="2026-11-15",
         frm="Yoga Flow Studio <hello@yogaflow-lyon.fr>",
         intent="paid", paid_on="2027-01-08",
         note="Transfer sent 'vendredi dernier', written Monday 11 Jan: 8 Jan.",
         body="""Bonjour,

Le virement est parti vendredi dernier, vous devriez le voir apparaître aujourd'hui ou demain (ma banque met parfois 48h).

Bonne année et à bientôt pour les nouveaux flyers !

Camille
Yoga Flow Studio
www.yogaflow-lyon.fr"""),

    dict(id="s16fra031", country="FR", date="2026-12-15T11:13", fmt="html_outlook", stage="firm", ago=1,
         inv="F2026-1013", amt="2 356,00", due="2026-11-02",
         frm="Bruno Caillat <b.caillat@caillat-automobiles.fr>",
         intent="dispute",
         note="Refuses the late-payment penalties and the 40 € fee, blames the firm's late delivery.",
         body="""Madame, Monsieur,

Je prends connaissance de votre relance qui mentionne désormais des pénalités de retard et une indemnité de 40 €.

Je vous rappelle que les bâches et les kakemonos pour nos portes ouvertes devaient être livrés le 10 octobre et ne l'ont été que le 24, soit la veille de l'événement. Nous avions d'ailleurs demandé un geste commercial, resté sans réponse.

Dans ces conditions, je conteste l'application de toute pénalité et j'attends votre réponse sur le geste commercial avant de procéder au règlement.

Salutations,

Bruno Caillat
Directeur – Caillat Automobiles
Concession Renault – Route de Vienne, 69200 Vénissieux"""),

    dict(id="s16fra032", country="FR", date="2026-12-29T14:22", fmt="tb", stage="reminder", ago=6,
         inv="F2026-1181", amt="960,00", due="2026-12-15",
         frm="Gérard Vautrin <g.vautrin@ehpad-lesglycines.fr>",
         intent="contact_change", new_email="m.leroy@ehpad-lesglycines.fr",
         note="Leaving the home; future reminders to Mme Leroy.",
         body="""Bonjour,

Je quitte mes fonctions de directeur administratif de l'EHPAD Les Glycines au 31/12. Pour la suite, merci d'adresser vos factures et relances à Mme Marion Leroy, qui reprend la gestion : m.leroy@ehpad-lesglycines.fr

Je lui ai transmis le dossier des cartes de vœux.

Bonne continuation,
Gérard Vautrin"""),

    dict(id="s16fra033", country="FR", date="2026-12-28T17:35", fmt="gmail", stage="reminder", ago=6,
         inv="F2026-1170", amt="1 044,00", due="2026-12-12",
         frm="Marie Thévenet <marie.thevenet@thevenet-opticiens.fr>",
         intent="promise", promise_date="2027-01-05",
         note="'le 5' written 28 Dec: 5 January.",
         body="""Bonjour,

Nos paiements fournisseurs partent le 5 de chaque mois, votre facture sera réglée le 5 avec les autres. Elle nous est arrivée après la date du 5 décembre, d'où le décalage.

Bonne fin d'année,
Marie Thévenet
Thévenet Opticiens – Bron"""),

    dict(id="s16fra034", country="FR", date="2027-01-13T10:02", fmt="html_outlook", stage="second_reminder", ago=1,
         inv=[("F2026-1122", "2 484,00", "2026-12-10"), ("F2026-1158", "1 032,00", "2026-12-15"), ("F2026-1199", "318,00", "2026-12-20")],
         frm="SSC Comptabilité Fournisseurs <ssc.fournisseurs@biomedis-labs.com>",
         intent="paid", paid_on="2027-01-12",
         note="Remittance advice: three invoices paid by transfer on 12/01/2027.",
         body="""Bonjour,

Veuillez trouver ci-dessous l'avis de paiement concernant les factures relancées :

Date de virement : 12/01/2027
Référence de paiement : PAY-0041-27-0112
F2026-1122 : 2 484,00 €
F2026-1158 : 1 032,00 €
F2026-1199 : 318,00 €
Total : 3 834,00 €

Les fonds devraient être crédités sous 2 à 3 jours ouvrés.

Cordialement,

Centre de Services Partagés – Comptabilité Fournisseurs
Biomédis Laboratoires SA
Ce courriel est généré par notre équipe comptable. Merci de ne pas modifier l'objet en cas de réponse."""),

    dict(id="s16fra035", country="FR", date="2027-01-15T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="F2026-1205", amt="438,00", due="2026-12-31",
         frm="Élodie Ravier <elodie.ravier@cci-lyon-metropole.fr>",
         intent="out_of_office", return_date="2027-01-20",
         note="Back Wednesday 20 January.",
         body="""Bonjour,

Je suis actuellement en formation et je serai de retour le mercredi 20 janvier. Je traiterai votre message à mon retour.

Pour toute question relative aux factures, vous pouvez écrire à comptabilite@cci-lyon-metropole.fr.

Cordialement,
Élodie Ravier"""),

    dict(id="s16fra036", country="FR", date="2026-12-21T16:18", fmt="html_outlook", stage="final_notice", ago=3,
         inv="F2026-0931", amt="4 212,00", due="2026-10-15",
         frm="Direction administrative <administratif@evenements-rhone.fr>",
         intent="other",
         note="Company placed in receivership; creditor must file its claim with the court-appointed representative.",
         body="""Madame, Monsieur,

Nous vous informons que la société Événements Rhône SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce de Lyon en date du 14 décembre 2026.

Conformément aux dispositions légales, nous ne sommes plus autorisés à régler les créances nées antérieurement au jugement. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné :

SELARL MJ Synergie – Me Carole Duval
6 rue Anatole France – 69100 Villeurbanne

dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction administrative
Événements Rhône SAS"""),

    dict(id="s16fra037", country="FR", date="2026-12-11T12:47", fmt="gmail", stage="reminder", ago=1,
         inv="F2026-1143", amt="165,00", due="2026-12-02",
         frm="Salon Coiff'Emma <coiffemma.oullins@gmail.com>",
         intent="promise", promise_date="2026-12-20",
         note="'d'ici le 20 décembre' = by 20 December.",
         body="""Bonjour,

Oui excusez moi j'ai oublié, je vous fais ça d'ici le 20 décembre, c'est noté.

Emma
Salon Coiff'Emma – Oullins"""),

    dict(id="s16fra038", country="FR", date="2027-01-15T18:26", fmt="gmail", stage="reminder", ago=7,
         inv="F2026-1212", amt="58,00", due="2027-01-05",
         frm="Paul Desgranges <pauldesgranges@gmail.com>",
         intent="paid", paid_on="2027-01-12",
         note="Paid cash at the counter 'mardi', written Friday 15 Jan: 12 Jan.",
         body="""Bonjour,

J'ai réglé en espèces mardi quand je suis venu chercher les cartes de visite à l'atelier, la dame à l'accueil m'a même fait un reçu. Ça n'a sans doute pas été saisi.

Cordialement
Paul Desgranges"""),

    dict(id="s16fra039", country="FR", date="2027-01-19T07:12", fmt="gmail", stage="firm", ago=5,
         inv="F2026-1100", amt="1 596,00", due="2026-11-28",
         frm="Sébastien Morel <morel.carrelage@sfr.fr>",
         intent="plan_request",
         note="Asks for extra time because of cash-flow problems; no date given.",
         body="""Bonjour,

Je sais que je suis en retard sur cette facture et je ne conteste rien. Le mois de janvier est très calme sur les chantiers et j'attends encore deux paiements de clients.

Est ce que vous pourriez m'accorder un délai supplémentaire sans les pénalités ? Ou bien me proposer un échéancier, je prends ce que vous proposez.

Merci
Sébastien Morel
Morel Carrelage – 06 23 77 15 40"""),

    dict(id="s16fra040", country="FR", date="2027-01-07T11:34", fmt="outlook", stage="reminder", ago=3,
         inv="F2026-1196", amt="1 860,00", due="2026-12-28",
         frm="Comptabilité Mairie de Craponne <comptabilite@mairie-craponne.fr>",
         intent="bank_details",
         note="Town hall needs an up-to-date RIB to create the supplier record before paying.",
         body="""Bonjour,

Nous ne pouvons pas mandater votre facture en l'état : le comptable public nous demande un RIB à jour pour la création de votre fiche tiers (l'ancien RIB enregistré a été rejeté).

Pourriez-vous nous transmettre un RIB au nom de l'Imprimerie Delorme & Fils, de préférence en pièce jointe au format PDF ?

Merci par avance.

Service comptabilité
Mairie de Craponne
Tél. 04 78 57 82 82"""),

    dict(id="s16fra041", country="FR", date="2027-01-04T14:15", fmt="tb", stage="second_reminder", ago=4,
         inv="F2026-1151", amt="348,00", due="2026-12-05",
         frm="Cabinet médical des Lilas <secretariat@cabinet-deslilas.fr>",
         intent="promise",
         note="'dans la semaine du 11 janvier': a week, no single day.",
         body="""Bonjour,

Le cabinet était fermé pendant les fêtes, nous reprenons le courrier aujourd'hui. Le Dr Pelletier signe les règlements une fois par semaine, la facture sera payée dans la semaine du 11 janvier.

Cordialement,
Martine, secrétariat
Cabinet médical des Lilas"""),

    dict(id="s16fra042", country="FR", date="2027-01-22T16:50", fmt="tb", stage="repeat", ago=4,
         inv="F2026-1127", amt="1 254,00", due="2026-12-10",
         frm="OGEC Saint-Joseph - Comptabilité <compta@ogec-stjoseph-lyon.fr>",
         intent="paid", paid_on="2027-01-22",
         note="Transfer made today (22 Jan).",
         body="""Bonjour,

Le paiement de la facture F2026-1127 (agendas et carnets de correspondance) a été effectué ce jour par virement. Il nous fallait la validation du conseil d'administration, qui s'est réuni hier soir.

Avec nos excuses pour ce retard,

Françoise Girard
Comptable – OGEC Saint-Joseph"""),

    dict(id="s16fra043", country="FR", date="2027-01-20T10:44", fmt="html_gmail", stage="reminder", ago=2,
         inv="F2027-0012", amt="276,00", due="2027-01-15",
         frm="Brasserie du Parc <brasserieduparc.lyon@gmail.com>",
         intent="dispute",
         note="Says this invoice duplicates one already paid; contests it.",
         body="""Bonjour,

Cette facture F2027-0012 fait doublon avec la F2026-1188 que nous avons déjà payée en décembre : même commande (sets de table imprimés, 2 000 ex.), même montant de 276 €.

Merci de l'annuler et de nous envoyer un avoir ou une confirmation.

Cordialement,
Antoine Reymond
Brasserie du Parc"""),

    dict(id="s16fra044", country="FR", date="2027-01-21T09:38", fmt="outlook", stage="firm", ago=3,
         inv=[("F2026-1150", "522,00", "2026-12-08"), ("F2026-1163", "744,00", "2026-12-18")],
         frm="Régie Fontaine - Comptabilité <compta@regie-fontaine.fr>",
         intent="copy_request",
         note="Cannot find the two invoices; asks for copies and a statement of account.",
         body="""Bonjour,

Nous ne retrouvons pas dans notre système les factures F2026-1150 et F2026-1163. Pouvez-vous nous les renvoyer, ainsi qu'un relevé de compte à jour, en précisant pour chacune l'immeuble concerné ? Nous gérons une quarantaine de copropriétés et nous devons imputer la dépense au bon syndicat.

Merci d'avance,

Ludivine Perret
Comptable copropriétés
Régie Fontaine – 28 avenue Jean Jaurès, 69007 Lyon"""),

    dict(id="s16fra045", country="FR", date="2027-01-19T20:06", fmt="gmail", stage="firm", ago=1,
         inv="F2026-1085", amt="390,00", due="2026-11-30",
         frm="Kevin Da Silva <kevin.dasilva.peinture@gmail.com>",
         intent="promise", promise_date="2027-01-20",
         note="'demain' written Tuesday 19 Jan evening: 20 Jan.",
         body="""je fais ca demain sans faute
dsl"""),

    dict(id="s16fra046", country="FR", date="2027-01-25T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="F2027-0027", amt="890,00", due="2027-01-20",
         frm="Anne-Sophie Brunet <as.brunet@laboratoires-rhodanie.fr>",
         intent="out_of_office", return_date="2027-02-01",
         subj_prefix="Absent(e) du bureau : ",
         note="Away 25-29 Jan, back 1 February.",
         body="""Bonjour,

Je suis absente du 25 au 29 janvier. Retour le 1er février.
En cas d'urgence, merci de contacter Julien Morin : j.morin@laboratoires-rhodanie.fr.

Anne-Sophie Brunet
Assistante achats"""),

    dict(id="s16fra047", country="FR", date="2027-01-18T13:02", fmt="apple", stage="heads_up", ago=0,
         inv="F2027-0031", amt="45,00", due="2027-01-31",
         frm="Lucie Garnier <lucie.garnier@yahoo.fr>",
         intent="unsubscribe",
         note="Asks to be taken off these emails.",
         body="""Stop à ces mails svp, désabonnez moi.

Envoyé de mon iPhone"""),

    dict(id="s16fra048", country="FR", date="2027-01-26T11:19", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2026-1209", amt="612,00", due="2027-01-10",
         frm="Thomas Perrin <thomas.perrin@perrin-conseil.fr>",
         intent="other",
         note="Wrong recipient: never ordered from the firm, probably a namesake.",
         body="""Bonjour,

Je pense que ce message ne m'est pas destiné. Je n'ai jamais rien commandé chez vous, et je ne connais pas votre imprimerie. Il y a peut-être une confusion avec une autre société Perrin (il y en a plusieurs sur Lyon).

Je vous laisse vérifier l'adresse de facturation.

Cordialement,
Thomas Perrin
Perrin Conseil – conseil en organisation"""),

    dict(id="s16fra049", country="FR", date="2027-01-21T12:12", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("F2027-0008", "960,00", "2027-01-10"), ("F2027-0019", "234,00", "2027-01-15")],
         frm="Julien Sauvage <julien@sauvage-traiteur.fr>",
         intent="promise", promise_date="2027-01-27",
         note="Both invoices to be paid together on Wednesday 27/01.",
         body="""Bonjour,

Je règle les deux factures ensemble (F2027-0008 et F2027-0019) le mercredi 27/01, je reçois le paiement du salon du mariage la veille.

Au passage, vous pouvez me dire si le devis pour les cartes du nouveau menu est prêt ?

Julien Sauvage
Sauvage Traiteur
06 71 30 58 22"""),

    dict(id="s16fra050", country="FR", date="2027-01-28T15:40", fmt="apple", stage="reminder", ago=1,
         inv="F2027-0036", amt="318,00", due="2027-01-25",
         frm="Hervé Lacroix <herve.lacroix@lacroix-tabac-presse.fr>",
         intent="other",
         note="Question about what the invoice covers; no payment statement.",
         body="""Bonjour,

Petite question avant de payer : est-ce que cette facture comprend aussi les 500 calendriers commandés début janvier ou seulement les affiches de la vitrine ? Je ne voudrais pas payer deux fois si une deuxième facture arrive.

Merci,
Hervé Lacroix
Tabac-Presse Lacroix – Décines"""),
]
