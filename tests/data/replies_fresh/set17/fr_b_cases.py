"""fr_b: French debtors replying to Cartonnages Delmas SAS (packaging manufacturer, Saint-Priest). Handwritten, one by one."""

CASES = [
    dict(id="s17frb001", country="FR", date="2026-12-08T10:14", fmt="outlook", stage="reminder", ago=1,
         inv="FC-26-10318", amt="2 846,40", due="2026-11-30",
         frm="Sylvie Marchand <s.marchand@dupuis-fournitures.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Invoice was blocked awaiting goods receipt, now released; paid in Friday 11 December transfer run.",
         body="""Bonjour,

Votre facture FC-26-10318 est bien enregistrée chez nous, elle était bloquée en attente du bon de réception du magasin. C'est régularisé depuis ce matin.

Elle passera dans notre virement fournisseurs du vendredi 11 décembre.

Cordialement,

Sylvie Marchand
Comptabilité fournisseurs
DUPUIS FOURNITURES INDUSTRIELLES
12 avenue de l'Europe – 38070 Saint-Quentin-Fallavier
Tél. 04 74 95 18 22 – Fax 04 74 95 18 29"""),

    dict(id="s17frb002", country="FR", date="2026-12-09T15:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FC-26-09874", amt="1 512,00", due="2026-11-20",
         frm="Règlements Fournisseurs - Centrale Bricopro <reglements.fournisseurs@bricopro-centrale.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Paid by LCR: the bill was presented and debited from their account on 4 December.",
         body="""Bonjour,

Cette facture est payable par LCR selon nos accords de référencement.

L'effet correspondant (LCR n° 0981552, montant 1 512,00 €) a été présenté par votre banque et débité de notre compte le 04/12/2026. Il n'y a donc pas d'impayé de notre côté ; je vous invite à vous rapprocher de votre banque, la remise a peut-être été portée sur un autre relevé.

Bien cordialement,

Karine Oudin
Service Règlements Fournisseurs
CENTRALE BRICOPRO – GIE d'achats
Parc d'activités de la Chapelle, 45770 Saran
Tél. : 02 38 71 40 00 (poste 2214)

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s17frb003", country="FR", date="2026-12-10T11:02", fmt="gmail", stage="reminder", ago=3,
         inv="FC-26-10102", amt="4 320,00", due="2026-11-30",
         frm="Thomas Girardet <achats.biscuiterievds@gmail.com>",
         intent="dispute",
         note="Cases delivered out of spec (2 mm too narrow), complaint already made; will not pay until credit note or replacement.",
         body="""Bonjour,

Je me permets de vous répondre car cette facture correspond à la livraison du 16/11 (caisses américaines réf. 400x300x220, lot 3).

Comme je l'ai signalé à M. Roux le 24 novembre avec photos à l'appui, ces caisses font 2 mm de moins en largeur que le cahier des charges. Résultat : notre encartonneuse bourre toutes les dix caisses et on a dû repasser une partie de la production à la main.

Nous attendons toujours soit le remplacement du lot, soit une proposition d'avoir. Tant que ce point n'est pas réglé nous ne mettrons pas cette facture en paiement.

Cordialement,
Thomas Girardet
Responsable achats
Biscuiterie du Val de Saône
71100 Chalon-sur-Saône
06 71 22 48 90"""),

    dict(id="s17frb004", country="FR", date="2026-12-18T17:45", fmt="ooo", stage="heads_up", ago=0,
         inv="FC-26-11206", amt="980,00", due="2027-01-15",
         frm="Nathalie Prévost <n.prevost@transports-gauthier.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away from 18 December evening to Sunday 3 January; first working day back Monday 4 January.",
         body="""Bonjour,

Je suis absente à partir du vendredi 18 décembre au soir et jusqu'au dimanche 3 janvier.
Votre message sera traité à mon retour.

Pour toute urgence concernant l'exploitation, merci de contacter le standard au 04 72 47 19 60.

Très bonnes fêtes de fin d'année,

Nathalie Prévost
Transports Gauthier – Service comptabilité"""),

    dict(id="s17frb005", country="FR", date="2027-01-13T19:22", fmt="apple", stage="second_reminder", ago=2,
         inv="FC-26-11590", amt="642,00", due="2026-12-31",
         frm="Jérôme Lagarde <menuiserie.lagarde@orange.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Short: transfer on Friday = 15 January.",
         body="""Ok je fais le virement vendredi
Jérôme

Envoyé de mon iPhone"""),

    dict(id="s17frb006", country="FR", date="2026-12-15T08:03", fmt="gmail", stage="reminder", ago=1,
         inv="FC-26-10455", amt="388,80", due="2026-11-30",
         frm="Transports Bouvier <transports.bouvier42@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Transfer made yesterday evening (14 December).",
         body="""bonjour,

le virement a ete fait hier soir depuis l'apli de la banque, vous devriez l'avoir d'ici demain ou apres demain.
desolé pour le retard on a eu un souci de tresorerie avec un client qui nous paye a 90 jours..

cordialement
Kevin Bouvier
Transports Bouvier"""),

    dict(id="s17frb007", country="FR", date="2026-12-11T09:30", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FC-26-09990", amt="6 105,60", due="2026-11-15",
         frm="Comptabilité Fournisseurs AOD <comptabilite.fournisseurs@achats-ouest-distribution.fr>",
         intent="copy_request",
         note="Invoice rejected by their e-invoicing platform for lack of a purchase-order number; asks for a reissued invoice with PO or the delivery-note number.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FC-26-09990.

Après vérification, cette facture nous est parvenue sans numéro de commande (format 4500xxxxxx). Conformément à l'article 7 de nos conditions générales d'achat, toute facture ne comportant pas de référence de commande est automatiquement rejetée par notre plateforme de dématérialisation et ne peut être mise en paiement.

Nous vous remercions de bien vouloir réémettre la facture en y portant le numéro de commande de notre entrepôt de Carquefou, ou à défaut de nous communiquer le numéro du bon de livraison afin que nous puissions retrouver la commande. La facture pourra ensuite être déposée sur le portail fournisseurs.

Nous restons à votre disposition.

Cordialement,

Service Comptabilité Fournisseurs
Achats Ouest Distribution – GIE
3 rue de la Lande, 44470 Carquefou
Tél. 02 40 18 77 00

AOD GIE – RCS Nantes 444 219 870 – Ce courriel peut contenir des informations confidentielles. Toute utilisation non autorisée est interdite."""),

    dict(id="s17frb008", country="FR", date="2026-12-16T14:12", fmt="tb", stage="firm", ago=2,
         inv=[("FC-26-09412", "1 860,00", "2026-10-31"), ("FC-26-10077", "2 214,50", "2026-11-30")],
         frm="Imprimerie Castagné <contact@imprimerie-castagne.fr>",
         intent="plan_request",
         note="Cash-flow trouble; asks to spread both invoices over three or four monthly payments, no date committed.",
         body="""Bonjour,

Je ne vais pas vous cacher que nous traversons une période compliquée : un de nos plus gros clients, un éditeur toulousain, a été placé en procédure collective en novembre et nous avons près de 40 000 € bloqués chez lui.

Nous ne pourrons pas régler les deux factures FC-26-09412 et FC-26-10077 en une seule fois. Serait-il possible de les étaler sur trois ou quatre mois ? Je préfère vous le dire franchement plutôt que de laisser traîner.

Je suis joignable au 05 61 48 02 37 si vous préférez en parler de vive voix.

Bien cordialement,

Pierre Castagné
Gérant
Imprimerie Castagné – 31200 Toulouse"""),

    dict(id="s17frb009", country="FR", date="2027-01-05T10:48", fmt="outlook", stage="reminder", ago=1,
         inv="FC-26-11377", amt="1 128,00", due="2026-12-31",
         frm="Aurélie Baptiste <a.baptiste@ferrand-logistique.fr>",
         intent="contact_change", new_email="comptafournisseurs@groupe-ferrand.fr",
         note="AP centralised at group level from 1 January; send invoices and reminders to the new address.",
         body="""Bonjour,

Depuis le 1er janvier, la comptabilité fournisseurs de l'ensemble des sites du groupe est centralisée à Valence.

Merci de ne plus utiliser mon adresse et d'adresser désormais vos factures et relances à :
comptafournisseurs@groupe-ferrand.fr

J'ai transmis votre mail au service, ils traiteront la facture de leur côté.

Cordialement,

Aurélie Baptiste
Ferrand Logistique – Plateforme de Chaponnay
04 78 96 33 10"""),

    dict(id="s17frb010", country="FR", date="2027-01-08T16:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="FC-26-11021", amt="3 540,00", due="2026-12-15",
         frm="Marc Ollier <marc.ollier@ollier-distribution.fr>",
         intent="bank_details",
         note="Received a suspicious change-of-IBAN mail from a look-alike domain; wants the bank details confirmed before paying.",
         body="""Bonjour,

Avant de faire le virement je préfère vérifier avec vous.

Le 29 décembre nous avons reçu un mail, soi-disant de votre service comptable, nous indiquant un changement de coordonnées bancaires (nouveau compte dans une banque en ligne). Le mail venait de compta@cartonnages-delmas.com et pas de votre adresse habituelle en .fr, et le RIB joint était au nom de "Delmas Cartonnage".

Pouvez-vous me confirmer vos coordonnées bancaires, idéalement par téléphone ? Je bloque le paiement tant que je n'ai pas eu de confirmation, je pense que vous comprendrez.

Marc Ollier
Ollier Distribution – grossiste emballages et hygiène
26000 Valence
Tél : 04 75 42 90 13"""),

    dict(id="s17frb011", country="FR", date="2026-12-08T08:55", fmt="outlook", stage="heads_up", ago=1,
         inv="FC-26-10889", amt="2 076,00", due="2026-12-31",
         frm="Josiane Ferreira <j.ferreira@comptoir-lyonnais-emballage.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic due-date reminders; they pay at the agreed term anyway.",
         body="""Bonjour,

Merci de ne plus nous adresser ces rappels d'échéance automatiques.

Vos factures sont intégrées dans notre ERP et réglées à l'échéance convenue (45 jours fin de mois), comme c'est le cas depuis plus de dix ans. Ces mails ne font qu'encombrer la boîte du service.

Veuillez nous retirer de cet envoi.

Josiane Ferreira
Comptable
Comptoir Lyonnais de l'Emballage"""),

    dict(id="s17frb012", country="FR", date="2026-12-14T09:03", fmt="bounce", stage="reminder",
         inv="FC-26-10215", amt="720,00", due="2026-11-30",
         rcpt="compta@menuiserie-fabre.fr", status="5.1.1", subj="Undelivered Mail Returned to Sender", mta="smtp-out.relance.app", remote="mx1.mail.ovh.net",
         diag="550 5.1.1 <compta@menuiserie-fabre.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""This is the mail system at host smtp-out.relance.app.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<compta@menuiserie-fabre.fr>: host mx1.mail.ovh.net[188.165.36.237] said:
    550 5.1.1 <compta@menuiserie-fabre.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),
]

CASES += [
    dict(id="s17frb013", country="FR", date="2027-01-07T11:35", fmt="outlook", stage="repeat", ago=3,
         inv="FC-26-10640", amt="5 418,20", due="2026-11-30",
         frm="Cindy Lemaire <c.lemaire@plastiques-moreau.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Assistant relays the manager's answer: paid at the end of January (fin janvier = 31 January).",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Moreau, à qui j'avais fait suivre votre relance :

« Delmas sera payé fin janvier avec le solde des fournisseurs de décembre, on a un décalage à cause de l'inventaire. Merci de les prévenir. JM »

Bonne journée,

Cindy Lemaire
Assistante de direction
Plastiques Moreau SAS – Injection & extrusion
ZA du Pré Long – 01100 Oyonnax
Tél. 04 74 77 52 08"""),

    dict(id="s17frb014", country="FR", date="2026-12-17T16:05", fmt="html_gmail", stage="firm", ago=3,
         inv="FC-26-09733", amt="3 980,00", due="2026-11-15",
         frm="ESAT Les Ateliers du Lac - Comptabilité <compta.esat.ateliersdulac@gmail.com>",
         intent="paid", paid_on="2026-12-17",
         note="Partial payment: 2 000 EUR transferred today; balance vaguely promised for January.",
         body="""Bonjour,

Nous venons d'effectuer ce jour un virement de 2 000,00 € au titre de la facture FC-26-09733.

Le solde de 1 980,00 € sera réglé courant janvier, dès le versement de la dotation de l'ARS qui a pris du retard cette année.

Nous vous prions de nous excuser pour ce retard et vous remercions de votre compréhension.

Bien cordialement,

Valérie Noël
Comptable
ESAT Les Ateliers du Lac
Atelier conditionnement – 73100 Aix-les-Bains
04 79 61 25 44"""),

    dict(id="s17frb015", country="FR", date="2026-12-22T10:10", fmt="tb", stage="second_reminder", ago=1,
         inv="FC-26-10512", amt="2 730,00", due="2026-11-30",
         frm="Direction administrative <admin@forez-mecanique.fr>",
         intent="other",
         note="Receivership (redressement judiciaire): cannot pay pre-judgment debts; creditor must file a claim with the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que, par jugement en date du 9 décembre 2026, le Tribunal de commerce de Saint-Étienne a ouvert une procédure de redressement judiciaire à l'égard de la société Forez Mécanique SAS.

En application des dispositions légales, nous ne sommes pas autorisés à régler les créances nées antérieurement au jugement d'ouverture, dont fait partie la facture FC-26-10512.

Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné :
SELARL Fabre & Associés, Me Hélène Fabre
12 cours Fauriel – 42100 Saint-Étienne

Le délai de déclaration est de deux mois à compter de la publication du jugement au BODACC.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

La Direction administrative et financière
Forez Mécanique SAS
42160 Andrézieux-Bouthéon"""),

    dict(id="s17frb016", country="FR", date="2027-01-12T14:30", fmt="html_outlook", stage="second_reminder", ago=1,
         inv=[("FC-26-11240", "1 344,00", "2026-12-20"), ("FC-26-11288", "1 344,00", "2026-12-31")],
         frm="Hervé Langlois <h.langlois@sodifrais-grossiste.fr>",
         intent="dispute",
         note="The two invoices bill the same delivery twice; asks for a credit note on the second before paying.",
         body="""Bonjour,

Vos deux factures FC-26-11240 et FC-26-11288 portent sur la même livraison : BL n° 26-8841 du 20/11, 12 palettes de barquettes carton, même quantité et même montant (1 344,00 €).

Il s'agit manifestement d'un doublon. Nous ne réglerons qu'une seule des deux, et seulement après réception d'un avoir annulant la FC-26-11288.

Merci de faire le nécessaire rapidement pour que nous puissions débloquer le paiement.

Cordialement,

Hervé Langlois
Contrôle factures – Comptabilité
SODIFRAIS – Grossiste alimentaire
MIN de Lyon-Corbas, 69960 Corbas
Tél. 04 72 51 66 80"""),

    dict(id="s17frb017", country="FR", date="2026-12-23T12:00", fmt="gmail", stage="reminder", ago=2,
         inv="FC-26-11105", amt="745,20", due="2026-12-15",
         frm="Mathilde Sorel <atelier.typo.sorel@gmail.com>",
         intent="promise",
         note="Will pay on reopening, first week of January: a window, no single day.",
         body="""Bonjour,

On ferme l'atelier ce soir jusqu'au 4 janvier, je n'ai pas eu le temps de m'en occuper avant, désolée.

Je fais le règlement à la reprise, dans la première semaine de janvier.

Bonnes fêtes à toute l'équipe !
Mathilde
L'Atelier Typo – impression & façonnage, Lyon 7e"""),

    dict(id="s17frb018", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FC-26-10960", amt="1 920,00", due="2026-11-30",
         frm="Fonderie Rivière - Comptabilité <comptabilite@fonderie-riviere.fr>",
         subj_prefix="Absence : ",
         intent="out_of_office", return_date="2027-01-11",
         note="Annual closure until Sunday 10 January inclusive; reopens Monday 11 January.",
         body="""Madame, Monsieur,

Nos bureaux et ateliers sont fermés pour congés annuels du samedi 19 décembre 2026 au dimanche 10 janvier 2027 inclus.

Votre message sera traité dès la réouverture, le lundi 11 janvier 2027.

Pour une urgence concernant une livraison en cours : 06 08 44 71 29.

Fonderie Rivière
Rue des Forges – 52100 Saint-Dizier"""),

    dict(id="s17frb019", country="FR", date="2026-12-09T10:30", fmt="apple", stage="reminder", ago=2,
         inv="FC-26-10341", amt="456,00", due="2026-11-30",
         frm="Bernard Besson <quincaillerie.besson@wanadoo.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Cheque posted last Friday (4 December).",
         body="""Bonjour,

Le chèque est parti vendredi dernier par la poste, n° 4411287 sur le Crédit Agricole, à l'ordre de Cartonnages Delmas, avec le talon de la facture.

Vous devriez le recevoir sous peu, le courrier n'est pas rapide en ce moment.

Cordialement,

Bernard Besson
Quincaillerie Besson
8 place du Marché – 38300 Bourgoin-Jallieu
04 74 93 12 56"""),

    dict(id="s17frb020", country="FR", date="2026-12-10T15:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="FC-26-10019", amt="8 762,40", due="2026-11-25",
         frm="Laurent Aubert <laurent.aubert@distripack-sud.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Transfer scheduled for 18/12 (their next payment run).",
         body="""Bonjour Madame,

Bien noté. La facture a été validée hier par notre responsable dépôt.

Le virement est programmé au 18/12, date de notre prochaine remise de paiements fournisseurs.

Restant à votre disposition,

Laurent Aubert
Comptabilité
DISTRI-PACK SUD
ZAC Saint-Martin – 13127 Vitrolles
T. 04 42 10 58 73"""),

    dict(id="s17frb021", country="FR", date="2027-01-14T18:40", fmt="gmail", stage="firm", ago=3,
         inv="FC-26-11402", amt="2 960,00", due="2026-12-31",
         frm="Franck Dumas <franck.dumas@salaisons-montslyonnais.fr>",
         intent="dispute",
         note="Angry: late delivery and crushed pallets; refuses to pay anything until a credit note is issued.",
         body="""Vous avez du culot de nous parler de pénalités de retard.

Vos cartons devaient être livrés le 14 décembre, ils sont arrivés le 23. On a dû acheter en urgence chez un concurrent pour tenir les commandes de Noël. Et sur les 6 palettes livrées, 2 étaient écrasées, réserves écrites sur le bordereau du transporteur, photos envoyées à votre commercial qui ne m'a jamais rappelé.

Vous n'aurez pas un centime tant qu'on n'aura pas reçu un avoir pour les 2 palettes abîmées. Et vos 40 € d'indemnité vous pouvez les oublier.

F. Dumas
Salaisons des Monts du Lyonnais"""),

    dict(id="s17frb022", country="FR", date="2026-12-29T17:10", fmt="tb", stage="final_notice", ago=1,
         inv="FC-26-10288", amt="1 236,00", due="2026-11-15",
         frm="François Perrin <f.perrin@tlr-transports.fr>",
         intent="promise", promise_date="2026-12-30",
         note="Confirms the transfer will be made tomorrow morning (30 December); asks not to refer the file.",
         body="""Bonjour,

Suite à mon échange téléphonique de cet après-midi avec Mme Dalmasso, je vous confirme que le virement de 1 236,00 € sera passé demain matin, dès que nous aurons reçu le règlement de notre client.

Merci de ne pas transmettre le dossier au recouvrement.

Cordialement,

François Perrin
Gérant
TLR – Transports Lyon Rhône
69320 Feyzin – 06 12 80 45 37"""),

    dict(id="s17frb023", country="FR", date="2027-01-06T09:48", fmt="html_outlook", stage="reminder", ago=2,
         inv=[("FC-26-11310", "3 210,00", "2026-12-31"), ("FC-26-11355", "1 087,50", "2026-12-31")],
         frm="Service Fournisseurs Unicoop <fournisseurs@unicoop-alpes.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices approved; included in the 15 January payment run.",
         body="""Bonjour,

Les deux factures FC-26-11310 et FC-26-11355 sont bonnes à payer.

Pour information, nos paiements fournisseurs sont effectués deux fois par mois, le 15 et le dernier jour ouvré du mois. Vos factures, reçues après la clôture du 31/12, seront donc incluses dans le virement du 15 janvier.

Cordialement,

Amandine Roche
Service Fournisseurs
UNICOOP ALPES – Centrale d'achat des coopératives
ZI Les Iles Cordées – 38113 Veurey-Voroize
Standard : 04 76 53 90 00
www.unicoop-alpes.fr"""),

    dict(id="s17frb024", country="FR", date="2027-01-19T11:25", fmt="outlook", stage="reminder", ago=1,
         inv="FC-26-11512", amt="4 488,00", due="2027-01-10",
         frm="Claude Vernet <compta@vernet-emballages-industriels.fr>",
         intent="promise", promise_date="2027-02-10",
         note="Returned the accepted traite with maturity 10 February: commitment to pay on that day.",
         body="""Bonjour,

Nous avons retourné hier à votre banque la traite acceptée, avec l'échéance au 10/02/2027 comme convenu avec M. Roux lors de son passage en décembre (règlement à 60 jours pour cette commande exceptionnelle).

Elle sera payée à cette date par notre banque (Crédit Mutuel, agence de Vénissieux).

Salutations,

Claude Vernet
Vernet Emballages Industriels
04 78 70 29 84"""),

    dict(id="s17frb025", country="FR", date="2027-01-21T08:40", fmt="gmail", stage="repeat", ago=3,
         inv="FC-26-11650", amt="318,00", due="2026-12-31",
         frm="Yannick Carrel <metallerie.carrel@gmail.com>",
         intent="promise", promise_date="2027-01-26",
         note="Phone-typed: will pay next Tuesday = 26 January.",
         body="""bjr
on vous regle mardi prochain sans faute, la on attend le paiement d un chantier
dsl pour le retard
Yannick"""),

    dict(id="s17frb026", country="FR", date="2026-12-18T11:05", fmt="tb", stage="second_reminder", ago=4,
         inv="FC-26-10733", amt="1 652,40", due="2026-11-30",
         frm="Isabelle Rochas <isabelle@imprimerie-rochas.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Signatory on leave; payment on Tuesday 5 January, the day he is back.",
         body="""Bonjour,

La personne qui signe les virements (mon père, M. Rochas) est en congés depuis hier et je n'ai pas la délégation sur le compte professionnel.

Le paiement sera fait le mardi 5 janvier, jour de son retour. Je lui ai laissé la facture sur son bureau.

Je vous souhaite de bonnes fêtes,

Isabelle Rochas
Imprimerie Rochas & Fils
Impression offset – étiquettes – 26100 Romans-sur-Isère
04 75 02 66 19"""),

    dict(id="s17frb027", country="FR", date="2026-12-14T13:20", fmt="outlook", stage="firm", ago=0,
         inv="FC-26-10156", amt="2 350,00", due="2026-10-31",
         frm="Olivier Grange <o.grange@alpes-formulation.fr>",
         intent="promise", promise_date="2026-12-17",
         note="Promise for Thursday 17; side request to waive the 40 EUR recovery fee.",
         body="""Bonjour,

Je suis désolé pour ce retard, la facture était restée dans le parapheur de notre DAF qui a été absent plusieurs semaines.

Le règlement sera effectué jeudi 17 par virement.

Compte tenu de nos relations depuis plusieurs années, serait-il possible de ne pas appliquer l'indemnité forfaitaire de 40 € ni les pénalités ?

Merci d'avance,

Olivier Grange
Responsable administratif
Alpes Formulation – Fabrication cosmétique à façon
74370 Argonay
Tél. 04 50 27 91 35"""),

    dict(id="s17frb028", country="FR", date="2026-12-11T12:45", fmt="apple", stage="reminder", ago=4,
         inv="FC-26-10377", amt="512,40", due="2026-11-30",
         frm="Claire Aubry <chocolaterie.aubry@free.fr>",
         intent="promise",
         note="Will pay before Christmas: a deadline, no single day.",
         body="""Bonjour,

Pleine période des fêtes ici, je n'ai pas vu passer la facture. Je fais le nécessaire avant Noël, promis.

Bonne journée
Claire

Envoyé de mon iPhone"""),

    dict(id="s17frb029", country="FR", date="2027-01-22T10:00", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FC-26-11700", amt="1 044,00", due="2027-01-10",
         frm="Miellerie du Vercors <miellerieduvercors@gmail.com>",
         intent="promise",
         note="Waiting for a large customer's payment; will pay next week (window, no date).",
         body="""Bonjour Monsieur,

Bien reçu votre message.

Nous attendons le règlement d'une enseigne de grande distribution pour nos coffrets de fin d'année (ils payent à 60 jours...). Je vous règle la semaine prochaine.

Merci pour votre patience,

Sébastien Faure
Miellerie du Vercors – 26420 La Chapelle-en-Vercors
06 83 14 57 02"""),

    dict(id="s17frb030", country="FR", date="2026-12-08T14:50", fmt="html_outlook", stage="reminder", ago=1,
         inv="FC-26-10266", amt="1 398,00", due="2026-11-25",
         frm="Comptabilité Fournisseurs - Groupe Berthier <cf@groupe-berthier.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Paid by SEPA transfer on 02/12/2026, remittance advice attached.",
         body="""Bonjour,

Cette facture a été réglée par virement SEPA le 02/12/2026 (référence de l'opération : VIR FOURN 1202-0147).

Vous trouverez ci-joint l'avis de paiement. Le décalage vient sans doute des délais de traitement interbancaires.

Bien cordialement,

Service Comptabilité Fournisseurs
GROUPE BERTHIER – Imprimerie & Packaging
Siège : 5 allée des Tisserands, 59650 Villeneuve-d'Ascq
SAS au capital de 2 400 000 € – RCS Lille Métropole 389 540 221

Merci de penser à l'environnement avant d'imprimer ce message."""),
]

CASES += [
    dict(id="s17frb031", country="FR", date="2027-01-05T11:40", fmt="gmail", stage="reminder", ago=1,
         inv="FC-26-11290", amt="264,00", due="2026-12-20",
         frm="Atelier Reliure Monin <reliure.monin@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card through the online link this morning.",
         body="""Bonjour,

Payé par carte ce matin via votre lien. Pouvez-vous me confirmer que c'est bien arrivé ? Je n'ai pas reçu de mail de confirmation.

Merci et bonne année,
Agnès Monin
Atelier de reliure Monin – Villeurbanne"""),

    dict(id="s17frb032", country="FR", date="2027-01-18T09:12", fmt="html_gmail", stage="formal_notice", ago=3,
         inv="FC-26-11188", amt="756,00", due="2026-12-15",
         frm="Patrick Leroux <leroux.patrick.ebeniste@gmail.com>",
         intent="paid",
         note="Angry: says it has been paid already; no date given.",
         body="""Une mise en demeure ?? Sérieusement ?

Cette facture est payée, je l'ai réglée il y a des semaines. Vérifiez vos comptes avant d'envoyer ce genre de courrier à un client qui vous achète depuis 8 ans.

P. Leroux
Ébénisterie Leroux"""),

    dict(id="s17frb033", country="FR", date="2027-01-04T15:30", fmt="outlook", stage="second_reminder", ago=0,
         inv=[("FC-26-10801", "2 112,00", "2026-11-30"), ("FC-26-10844", "918,00", "2026-11-30"), ("FC-26-10902", "1 450,80", "2026-12-10")],
         frm="Nadège Caron <n.caron@sodiplast.fr>",
         intent="paid", paid_on="2026-12-22",
         note="The three invoices were paid in one grouped transfer on 22/12/2026.",
         body="""Bonjour,

Ces trois factures ont été réglées par un virement groupé de 4 480,80 € le 22/12/2026 :
- FC-26-10801 : 2 112,00 €
- FC-26-10844 : 918,00 €
- FC-26-10902 : 1 450,80 €

Le libellé du virement était « SODIPLAST REGLT DEC 26 », peut-être n'a-t-il pas été rapproché chez vous avec les bonnes factures.

Bonne année à vous,

Nadège Caron
Comptable fournisseurs
SODIPLAST – Négoce de films et emballages plastiques
ZI Nord – 21800 Chevigny-Saint-Sauveur
03 80 46 19 27"""),

    dict(id="s17frb034", country="FR", date="2026-12-28T10:05", fmt="gmail", stage="reminder", ago=0,
         inv="FC-26-10977", amt="2 604,00", due="2026-12-10",
         frm="Didier Vial <didier.vial@transports-vial.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Colleague relays treasury's confirmation: transfer went out in the 23/12 run.",
         body="""Bonjour,

Ma collègue de la trésorerie me confirme que le virement est parti le 23 décembre, il devrait apparaître sur votre compte aujourd'hui ou demain avec les jours fériés. Je vous colle son message ci-dessous.

Cordialement,
Didier Vial

---------- Message transféré ---------
De : Sandrine Pollet <s.pollet@transports-vial.fr>
Date : lun. 28 déc. 2026 à 09:41
Objet : Re: Delmas

Didier, Delmas est passé dans la remise du 23/12, 2 604,00 €. Rien d'autre en attente chez eux.
Sandrine

--
Transports Vial & Cie – 38200 Vienne – 04 74 85 20 66"""),

    dict(id="s17frb035", country="FR", date="2027-01-28T09:20", fmt="tb", stage="firm", ago=3,
         inv="FC-26-11833", amt="1 176,00", due="2026-12-31",
         frm="Gilles Besse <gilles.besse@imprimerie-du-forez.fr>",
         intent="paid", paid_on="2027-01-26",
         note="Transfer sent on Tuesday (26 January).",
         body="""Bonjour,

Le virement est parti mardi, vous devriez l'avoir reçu à l'heure qu'il est.

Merci de ne pas nous appliquer les pénalités, le retard vient d'un changement de logiciel comptable chez nous en début d'année.

Gilles Besse
Imprimerie du Forez
42600 Montbrison"""),

    dict(id="s17frb036", country="FR", date="2026-12-15T10:45", fmt="html_outlook", stage="reminder", ago=1,
         inv="FC-26-10590", amt="4 644,00", due="2026-12-10",
         frm="Élise Fontaine <elise.fontaine@laboratoires-sauvin.fr>",
         intent="dispute",
         note="Unit price invoiced differs from the quote on the order; asks for a credit note or corrected invoice.",
         body="""Bonjour,

Nous ne pouvons pas valider la facture FC-26-10590 en l'état.

Le prix unitaire facturé (0,86 € HT la caisse) ne correspond pas à notre commande CA-2611-044, qui reprend votre devis D-26-0812 au prix de 0,74 € HT. Sur 4 500 caisses, l'écart est de 540,00 € HT.

Merci de nous faire parvenir un avoir ou une facture rectifiée. Nous procéderons au règlement dès réception.

Cordialement,

Élise Fontaine
Acheteuse – Conditionnement
LABORATOIRES SAUVIN
Usine de Saint-Genis-Laval
Tél. : +33 4 78 56 31 42

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires."""),

    dict(id="s17frb037", country="FR", date="2027-01-26T14:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="FC-26-11790", amt="2 280,00", due="2027-01-15",
         frm="Romain Teyssier <r.teyssier@jardins-teyssier.fr>",
         intent="dispute",
         note="Billed 20 pallets, only 18 delivered (signed delivery note with reservations); asks for correction.",
         body="""Bonjour,

Il y a une erreur sur cette facture : vous nous facturez 20 palettes de plateaux de repiquage alors que nous n'en avons reçu que 18. Le chauffeur a signé le BL avec la mention « 18 palettes reçues », j'en ai gardé une copie.

Merci de corriger la facture. On paiera les 18 palettes dès qu'on aura le document rectifié.

Romain Teyssier
Pépinières & Jardins Teyssier
07130 Saint-Péray
06 48 21 93 70"""),

    dict(id="s17frb038", country="FR", date="2026-12-24T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FC-26-11066", amt="1 392,00", due="2026-12-15",
         frm="Sophie Lambert <s.lambert@cartoprint.fr>",
         intent="out_of_office", return_date="2027-01-07",
         note="On leave until Wednesday 6 January inclusive; back Thursday 7 January.",
         body="""Bonjour,

Je suis en congés jusqu'au mercredi 6 janvier inclus et ne consulterai pas mes messages.

En mon absence, vous pouvez joindre l'accueil au 04 77 59 40 10.

Cordialement,
Sophie Lambert
Cartoprint – Comptabilité"""),

    dict(id="s17frb039", country="FR", date="2027-01-12T09:05", fmt="ooo", stage="reminder", ago=1,
         inv="FC-26-11422", amt="3 096,00", due="2026-12-31",
         frm="Laura Benhamou <laura.benhamou@ravel-distribution.fr>",
         subj_prefix="Réponse automatique : ",
         intent="out_of_office", return_date="2027-05-03",
         note="Maternity leave; returns on Monday 3 May 2027; a replacement contact is given.",
         body="""Bonjour,

Je suis actuellement en congé maternité. Je reprendrai mon poste le lundi 3 mai 2027.

Pendant mon absence, merci d'adresser vos demandes concernant les factures fournisseurs à Julien Mercier : j.mercier@ravel-distribution.fr / 03 88 64 12 90.

Merci de votre compréhension,

Laura Benhamou
Ravel Distribution"""),

    dict(id="s17frb040", country="FR", date="2026-12-08T09:01", fmt="ooo", stage="heads_up", ago=0,
         inv="FC-26-10915", amt="5 760,00", due="2026-12-20",
         frm="Antoine Delorme <antoine.delorme@mecaplast-industrie.fr>",
         intent="out_of_office", return_date="2026-12-11",
         note="Travelling until Thursday 10 December inclusive; back Friday 11 December.",
         body="""Bonjour,

Je suis en déplacement sur nos sites de production jusqu'au jeudi 10 décembre inclus, avec un accès limité à ma messagerie.

Je vous répondrai dès mon retour.

Antoine Delorme
Directeur administratif et financier
Mecaplast Industrie"""),

    dict(id="s17frb041", country="FR", date="2027-01-20T16:50", fmt="outlook", stage="final_notice", ago=2,
         inv="FC-26-10688", amt="5 940,00", due="2026-11-30",
         frm="Hélène Girard <h.girard@amp-girard.fr>",
         intent="plan_request",
         note="Asks for extra time because their main customer has not paid; promises a schedule later, no date.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre dernier rappel et nous comprenons votre démarche.

Notre principal donneur d'ordre, un équipementier automobile, a suspendu ses paiements depuis début décembre dans l'attente d'une restructuration. Cela représente plus de la moitié de notre chiffre d'affaires et nous met dans une situation très tendue.

Nous sollicitons donc un délai de paiement supplémentaire pour la facture FC-26-10688. Nous vous proposerons un calendrier de règlement dès que nous aurons davantage de visibilité, normalement dans les prochaines semaines.

Nous vous remercions de ne pas transmettre le dossier dans l'immédiat.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Hélène Girard
Co-gérante
AMP Girard – Atelier de Mécanique de Précision
25300 Pontarlier – 03 81 39 07 52"""),

    dict(id="s17frb042", country="FR", date="2026-12-30T11:20", fmt="gmail", stage="repeat", ago=2,
         inv=[("FC-26-09655", "890,40", "2026-10-31"), ("FC-26-09880", "1 210,00", "2026-11-15"),
              ("FC-26-10210", "640,00", "2026-11-30"), ("FC-26-10505", "1 075,20", "2026-12-15")],
         frm="Antoine Bellec <traiteur.saveursdantoine@gmail.com>",
         intent="plan_request",
         note="Asks whether the four invoices can be paid in monthly instalments (suggests 500 EUR a month); no date committed.",
         body="""Bonjour,

Je me rends compte que j'ai accumulé 4 factures chez vous, c'est ma faute, j'ai mal géré la fin d'année.

Est-ce qu'il est possible de mettre en place un échéancier sur l'ensemble ? Je pourrais faire 500 € par mois par exemple, par virement ou par prélèvement comme vous préférez.

Dites-moi ce qui est possible de votre côté.

Antoine Bellec
Traiteur Les Saveurs d'Antoine
06 29 75 41 88"""),

    dict(id="s17frb043", country="FR", date="2026-12-09T09:15", fmt="tb", stage="second_reminder", ago=2,
         inv="FC-26-10199", amt="1 584,00", due="2026-11-20",
         frm="Comptabilité Charvet <comptabilite@charvet-materiaux.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for a PDF copy with the delivery note before paying.",
         body="""Bonjour,

Nous n'avons aucune trace de la facture FC-26-10199 dans nos dossiers, ni papier ni mail.

Pourriez-vous nous la renvoyer en PDF à cette adresse, accompagnée du bon de livraison correspondant ? Nous la mettrons en paiement dès réception.

Cordialement,

Monique Arnaud
Ets Charvet Matériaux – Négoce bois et matériaux
01500 Ambérieu-en-Bugey
04 74 38 22 05"""),

    dict(id="s17frb044", country="FR", date="2027-01-25T10:30", fmt="html_outlook", stage="repeat", ago=3,
         inv=[("FC-26-11020", "2 450,00", "2026-12-15"), ("FC-26-11470", "786,00", "2026-12-31")],
         frm="Comptes Fournisseurs Saveol <comptes.fournisseurs@saveol-distribution.fr>",
         intent="copy_request",
         note="Balances do not match (one invoice offset against a credit note on their side); asks for a detailed statement of account to reconcile.",
         body="""Bonjour,

Nos soldes ne concordent pas.

Dans notre comptabilité, le compte Cartonnages Delmas présente un solde de 786,00 € au 31/12/2026, la facture FC-26-11020 ayant été compensée avec votre avoir AV-26-0088 reçu le 18 décembre.

Afin de procéder au lettrage et de débloquer le règlement, pourriez-vous nous adresser un relevé de compte détaillé (factures, avoirs et règlements) arrêté au 31/12/2026 ?

Merci par avance.

Cordialement,

Marion Lefèvre
Comptes Fournisseurs
SAVEOL DISTRIBUTION
Plateforme logistique – 29490 Guipavas
Tél. 02 98 32 71 00

Ce courrier électronique et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur."""),

    dict(id="s17frb045", country="FR", date="2027-01-15T12:10", fmt="apple", stage="reminder", ago=4,
         inv="FC-26-11560", amt="1 320,00", due="2026-12-31",
         frm="Gérard Pons <g.pons@scierie-vallon.fr>",
         intent="contact_change", new_email="e.garnier@scierie-vallon.fr",
         note="Leaving at the end of the month; supplier accounts now handled by Mme Garnier at a new address.",
         body="""Bonjour,

Je pars à la retraite à la fin du mois et je ne m'occupe déjà plus des fournisseurs.

C'est désormais Mme Élodie Garnier qui gère les règlements : e.garnier@scierie-vallon.fr
Merci d'envoyer vos factures et relances directement à elle. Je lui fais suivre votre message.

Bien à vous,

Gérard Pons
Scierie du Vallon
07260 Joyeuse"""),

    dict(id="s17frb046", country="FR", date="2026-12-16T11:00", fmt="html_outlook", stage="heads_up", ago=2, fresh=True,
         subj="Changement de domiciliation bancaire – Ets Martin & Fils",
         inv="FC-26-11150", amt="3 312,00", due="2026-12-31",
         frm="Catherine Martin <c.martin@martin-fils-negoce.fr>",
         intent="bank_details",
         note="Announces their own new bank account for LCR domiciliation; asks the firm to update its records.",
         body="""Bonjour,

Nous vous informons que nous changeons d'établissement bancaire. À compter du 21 décembre 2026, vos LCR devront être domiciliées sur notre nouveau compte :

Banque Populaire Auvergne Rhône Alpes – agence de Bourg-en-Bresse
IBAN : FR76 1680 7001 2236 4519 8820 174
BIC : CCBPFRPPGRE

Vous trouverez notre nouveau RIB en pièce jointe. Merci de mettre à jour vos fichiers avant la remise de l'échéance du 31 décembre (facture FC-26-11150), faute de quoi l'effet serait rejeté par notre ancienne banque.

Cordialement,

Catherine Martin
Service administratif
Ets MARTIN & FILS – Négoce agricole et emballages
01000 Bourg-en-Bresse – Tél. 04 74 22 58 63"""),

    dict(id="s17frb047", country="FR", date="2027-01-27T20:15", fmt="none", stage="repeat", ago=2,
         inv="FC-26-11902", amt="590,40", due="2027-01-10",
         frm="Nicolas Barbier <nico.barbier.atelier@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders; says he deals with the sales rep directly.",
         body="""STOP avec ces mails automatiques svp. Desabonnez moi de votre robot, je gere directement avec votre commerciale.

N. Barbier"""),

    dict(id="s17frb048", country="FR", date="2026-12-10T08:40", fmt="outlook", stage="reminder", ago=3,
         inv="FC-26-10420", amt="1 728,00", due="2026-11-30",
         frm="Transports Moulin <exploitation@transports-moulin38.fr>",
         intent="other",
         note="Wrong recipient: they have never ordered from the firm, likely a namesake company.",
         body="""Bonjour,

Je pense qu'il y a une erreur d'adresse. Nous sommes bien les Transports Moulin, mais à Vienne en Isère (38), et nous n'avons jamais passé de commande chez vous, nous ne connaissons pas votre société.

Il doit s'agir d'une autre entreprise du même nom, il y a des Transports Moulin dans la Vienne (86) je crois.

Cordialement,

Service exploitation
Transports Moulin SARL – 38200 Vienne"""),

    dict(id="s17frb049", country="FR", date="2027-01-11T14:40", fmt="gmail", stage="reminder", ago=0, fwd=True,
         to="Stéphanie Roussel <s.roussel@fiduciaire-rhodanienne.fr>", cc="comptabilite@cartonnages-delmas.fr",
         inv="FC-26-11466", amt="1 902,00", due="2026-12-31",
         frm="Laurent Delorme <primeurs.delorme@orange.fr>",
         intent="other",
         note="Forwards the reminder to their accounting firm (supplier in copy), asking them to check; no statement on payment.",
         body="""Bonjour Stéphanie,

Je te transfère la relance de Cartonnages Delmas. Peux-tu regarder si elle est passée dans les virements de décembre ? Je n'ai pas accès aux relevés cette semaine.

Je mets le fournisseur en copie pour qu'il sache que c'est en cours.

Merci,
Laurent Delorme
Primeurs Delorme – grossiste fruits et légumes
MIN de Lyon-Corbas"""),

    dict(id="s17frb050", country="FR", date="2026-12-21T15:35", fmt="html_gmail", stage="heads_up", ago=0,
         inv="FC-26-11230", amt="1 164,00", due="2027-01-05",
         frm="Julie Perret <julie.perret@conditionnement-perret.fr>",
         intent="other",
         note="Only a question about a new order and delivery dates during the holidays; nothing about payment.",
         body="""Bonjour,

Bien reçu.

Au passage, est-ce que vous êtes ouverts entre Noël et le jour de l'an ? Il nous faudrait 3 palettes de caisses 600x400x300 (même réf. que la dernière fois) avant la reprise de l'atelier le 6 janvier, et notre commercial ne répond pas au téléphone.

Merci,
Julie Perret
Conditionnement Perret – 69400 Villefranche-sur-Saône
06 72 18 04 66"""),
]
