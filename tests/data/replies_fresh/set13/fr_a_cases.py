"""fr_a: French debtors replying to Emballages Guérin-Lemoine SAS (packaging distributor, Cholet).
Every body below is handwritten for its case."""

EXTRA_KNOWN = ["F26-04310"]

CASES = [
    dict(id="s13fra001", country="FR", date="2026-12-08T18:42", fmt="apple", stage="second_reminder", ago=1,
         inv="F26-03874", amt="1 146,00", due="2026-11-15",
         frm="Yannick Le Goff <yannick@transports-legoff.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transport SME boss on his phone: transfer on Friday (11 Dec).",
         body="""ok je fais le virement vendredi

Yannick

Envoyé de mon iPhone"""),

    dict(id="s13fra002", country="FR", date="2026-12-08T10:15", fmt="gmail", stage="reminder", ago=1,
         inv="F26-03791", amt="482,40", due="2026-11-30",
         frm="Sophie Raffin <biscuiteriedesmarais@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Says the transfer was made yesterday (Monday 7 Dec).",
         body="""Bonjour,

Le règlement a été fait hier par virement, vous devriez le voir arriver sur votre compte d'ici demain ou jeudi.

Bonne journée,

Sophie Raffin
Biscuiterie des Marais
06 71 24 88 09"""),

    dict(id="s13fra003", country="FR", date="2026-12-08T09:03", fmt="ooo", stage="second_reminder", ago=0,
         inv=[("F26-03688", "1 322,40", "2026-11-15"), ("F26-03745", "761,76", "2026-11-25")],
         frm="Nathalie Brossard <n.brossard@menuiseries-aubrac.fr>",
         intent="out_of_office", return_date="2026-12-14",
         note="Away Monday 7 to Friday 11 December inclusive: back Monday 14.",
         body="""Bonjour,

Je suis absente du lundi 7 au vendredi 11 décembre inclus.
Pour toute question urgente concernant la comptabilité, vous pouvez joindre Karine Vidal au 04 71 63 20 15 ou à l'adresse compta@menuiseries-aubrac.fr.

Cordialement,

Nathalie Brossard
Assistante comptable
Menuiseries Aubrac Industries SAS"""),

    dict(id="s13fra004", country="FR", date="2026-12-09T11:37", fmt="gmail", stage="firm", ago=2,
         inv="F26-03655", amt="3 912,00", due="2026-11-10",
         frm="Franck Oudin <f.oudin@conserverie-oudin.fr>",
         intent="dispute",
         note="Refuses to pay until a credit note for crushed pallets is issued; also rejects the 40 EUR fee.",
         body="""Vous m'envoyez maintenant des relances avec pénalités ??

Je rappelle que sur les 6 palettes de barquettes livrées le 14 octobre, 2 sont arrivées écrasées. Réserves écrites sur le bon du transporteur, photos envoyées le jour même à votre commercial M. Pasquier, qui m'a dit qu'un avoir allait être fait. Deux mois après, toujours rien, et à la place je reçois ça.

Pas un centime tant que je n'ai pas l'avoir. Et vos 40 € de frais de recouvrement, vous pouvez les garder.

F. Oudin
Conserverie Oudin & Fils"""),

    dict(id="s13fra005", country="FR", date="2026-12-10T16:20", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("F26-03702", "5 480,00", "2026-11-30"), ("F26-03811", "2 196,72", "2026-11-30")],
         frm="Agnès Pelletier <a.pelletier@mpf-precision.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Formal answer: both invoices paid in the end-of-January payment run = 31 January 2027.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance du 7 décembre concernant les factures F26-03702 et F26-03811.

Nous vous prions de bien vouloir nous excuser pour ce retard, lié à la migration de notre logiciel de gestion intervenue en novembre, au cours de laquelle plusieurs factures fournisseurs ont été intégrées avec une date d'échéance erronée. Vos deux factures ont été contrôlées et validées ce jour par notre direction.

Compte tenu de la clôture de notre exercice au 31 décembre, elles seront intégrées à notre prochain cycle de règlement, fin janvier, par virement sur le compte figurant sur vos factures.

Nous restons à votre disposition pour tout complément d'information.

Bien cordialement,

Agnès Pelletier
Responsable administrative et financière
MPF – Mécanique de Précision du Forez
ZI de la Chaux, 42600 Montbrison
Tél. 04 77 96 31 40 – Ligne directe 04 77 96 31 47

MPF SAS au capital de 250 000 € – RCS Saint-Étienne 419 225 736
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le supprimer."""),

    dict(id="s13fra006", country="FR", date="2026-12-10T09:48", fmt="tb", stage="reminder", ago=3,
         inv="F26-03859", amt="1 870,80", due="2026-11-30",
         frm="Comptabilité fournisseurs <comptabilite.fournisseurs@serene-cosmetiques.fr>",
         intent="copy_request",
         note="Needs an invoice showing the purchase-order number before it can be paid.",
         body="""Bonjour,

Votre facture F26-03859 est bloquée dans notre circuit de validation car elle ne mentionne pas de numéro de bon de commande.

Toutes les factures fournisseurs doivent obligatoirement porter la référence de commande Sérène (format PO-26-xxxxx). Sans cette référence, nous ne pouvons pas la rapprocher de la réception et elle ne peut pas être mise en paiement.

Merci de nous renvoyer la facture avec le numéro de commande (votre interlocuteur achats est M. Thibault Renaud, qui pourra vous le communiquer si besoin).

Cordialement,

Service Comptabilité Fournisseurs
Laboratoires Cosmétiques Sérène SAS
145 avenue de la Libération – 26000 Valence"""),

    dict(id="s13fra007", country="FR", date="2026-12-11T07:52", fmt="gmail", stage="reminder", ago=4,
         inv="F26-03823", amt="624,00", due="2026-11-30",
         frm="Dominique Baret <earl.closbaret@orange.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Phone-typed: transfer sent this morning.",
         body="""bonjour
le virement est parti ce matin depuis l appli de la banque
cdt
D Baret"""),

    dict(id="s13fra008", country="FR", date="2026-12-11T14:30", fmt="gmail", stage="firm", ago=4,
         inv="F26-03612", amt="4 860,00", due="2026-10-31",
         frm="Julien Carrel <julien@brasserie-vieuxpressoir.fr>",
         intent="plan_request",
         note="Asks to spread the payment over 3 or 4 monthly transfers; no date committed.",
         body="""Bonjour,

Je ne vais pas vous raconter d'histoires : on a investi dans une nouvelle cuve cet automne et décembre est compliqué niveau trésorerie. La facture n'est pas contestée, les bouteilles et les cartons étaient nickel.

Est-ce qu'on pourrait étaler en 3 ou 4 fois ? Je peux mettre en place des virements mensuels, dites-moi ce qui vous arrange. Je préfère vous le dire franchement plutôt que de faire le mort.

Julien Carrel
Cogérant – Brasserie du Vieux Pressoir
07 82 15 46 30"""),

    dict(id="s13fra009", country="FR", date="2026-12-14T10:05", fmt="outlook", stage="reminder", ago=3,
         inv="F26-03944", amt="318,60", due="2026-12-05",
         frm="Isabelle Marchetti <contact@savonnerie-provence-ateliers.fr>",
         intent="other",
         note="Has passed the reminder to its accounting firm; no payment statement or date.",
         body="""Bonjour,

Je transmets votre message à notre cabinet comptable, c'est lui qui gère les règlements fournisseurs depuis cette année.

Cordialement,

Isabelle Marchetti
L'Atelier Savonnier de Provence
04 90 72 18 55"""),

    dict(id="s13fra010", country="FR", date="2026-12-16T12:14", fmt="gmail", stage="second_reminder", ago=2,
         inv="F26-03890", amt="1 032,00", due="2026-11-30",
         frm="Eric Castagné <demenagements.castagne@wanadoo.fr>",
         intent="promise", promise_date="2026-12-21",
         note="Written Wednesday 16 Dec: payment 'lundi prochain' = Monday 21 Dec.",
         body="""Bonjour,

Désolé pour le retard, notre secrétaire qui fait les paiements etait en arret maladie tout le mois de novembre et les factures se sont accumulées.
Le paiement sera fait lundi prochain sans faute.

Cordialement
Eric Castagné
Déménagements Castagné - Agen"""),

    dict(id="s13fra011", country="FR", date="2026-12-14T21:40", fmt="apple", stage="repeat", ago=3,
         inv="F26-03502", amt="274,80", due="2026-10-31",
         frm="Christophe Malet <pepinieres.malet@orange.fr>",
         intent="unsubscribe",
         note="Angry: wants his address removed from these automatic mails.",
         body="""Arrêtez de m'envoyer vos mails automatiques, ça fait le troisième en quinze jours. Si vous avez quelque chose à me dire vous avez mon numéro.

Retirez mon adresse de votre liste.

C. Malet

Envoyé de mon iPhone"""),

    dict(id="s13fra012", country="FR", date="2026-12-15T09:02", fmt="bounce", stage="reminder",
         inv="F26-03966", amt="905,40", due="2026-12-10",
         rcpt="comptabilite@fromagerie-hautjura.fr", status="5.2.2",
         diag="552 5.2.2 <comptabilite@fromagerie-hautjura.fr>: Mailbox full, quota exceeded",
         remote="mx1.ovh.net",
         intent="bounce",
         note="Permanent failure: recipient mailbox over quota.",
         body="""This is the mail system at host a8-31.smtp-out.eu-west-3.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<comptabilite@fromagerie-hautjura.fr>: host mx1.ovh.net[213.186.33.29] said:
    552 5.2.2 Mailbox full, quota exceeded (in reply to RCPT TO command)"""),

    dict(id="s13fra013", country="FR", date="2026-12-21T11:26", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("F26-03920", "2 406,00", "2026-12-10"), ("F26-03977", "3 118,56", "2026-12-15"), ("F26-04012", "1 888,00", "2026-12-15")],
         frm="Comptabilité Fournisseurs GLV <compta.fournisseurs@glv-logistique.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Three invoices paid together by SEPA transfer dated 18/12/2026.",
         body="""Bonjour,

Nous vous informons que les factures F26-03920, F26-03977 et F26-04012 ont été réglées par virement SEPA du 18/12/2026, pour un montant total de 7 412,56 € (référence de l'opération : VIR-GLV-261218-044).

Votre relance s'est vraisemblablement croisée avec notre paiement.

Cordialement,

Stéphanie Guillet
Comptabilité fournisseurs
Groupe Logistique Vendée – GLV
Parc d'activités Sud Vendée – 85200 Fontenay-le-Comte
02 51 00 47 62"""),

    dict(id="s13fra014", country="FR", date="2026-12-24T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F26-04051", amt="1 560,00", due="2026-12-15",
         frm="Chocolaterie Mazet <contact@chocolaterie-mazet.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed 24 Dec to 3 Jan inclusive (Sunday): first working day back is Monday 4 January.",
         body="""Bonjour,

Notre entreprise est fermée pour les fêtes de fin d'année du jeudi 24 décembre 2026 au dimanche 3 janvier 2027 inclus.
Votre message sera traité dès notre retour.

Toute l'équipe de la Chocolaterie Mazet vous souhaite de joyeuses fêtes !"""),

    dict(id="s13fra015", country="FR", date="2026-12-15T15:48", fmt="html_gmail", stage="reminder", ago=1,
         inv="F26-03998", amt="3 096,00", due="2026-12-10",
         frm="Lucie Ferrand | Contre-Jour <lucie@agence-contrejour.fr>",
         intent="dispute",
         note="Unit price billed differs from the accepted quote; asks for a corrected invoice or credit note.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais la facture F26-03998 ne correspond pas au devis D26-0311 que nous avions validé en septembre.

Les étuis sont facturés 0,86 € HT l'unité alors que le devis indiquait 0,72 € HT, soit un écart de 420 € HT sur les 3 000 exemplaires.

Pouvez-vous vérifier avec Mme Lebreton et nous envoyer une facture corrigée (ou un avoir sur la différence) ? Nous réglerons dans la foulée.

Merci,
Lucie

Lucie Ferrand
Directrice de production – Agence Contre-Jour
Design & packaging
3 quai de la Fosse, 44000 Nantes – 02 40 35 61 92"""),

    dict(id="s13fra016", country="FR", date="2026-12-12T10:20", fmt="gmail", stage="reminder", ago=5,
         inv="F26-03869", amt="742,20", due="2026-11-30",
         frm="Léa Bonnet <lessaveursdelea.traiteur@gmail.com>",
         intent="promise",
         note="Will pay 'avant Noël': a window, no single day.",
         body="""Bonjour,

Oui pardon, je suis sous l'eau avec les commandes de fin d'année, je n'ai pas eu une minute pour la compta. Je vous règle ça avant Noël, promis !

Léa
Les Saveurs de Léa – traiteur"""),

    dict(id="s13fra017", country="FR", date="2026-12-17T10:33", fmt="outlook", stage="reminder", ago=3,
         inv="F26-03957", amt="2 688,00", due="2026-12-10",
         frm="Hervé Dumoulin <h.dumoulin@ets-dumoulin.fr>",
         intent="contact_change", new_email="fournisseurs@groupe-terrenor.fr",
         note="Supplier accounting moved to the parent group; send invoices and reminders to the new address.",
         body="""Bonjour,

Depuis le 1er décembre, la comptabilité fournisseurs des Ets Dumoulin est centralisée au siège du groupe Terrenor.

Merci d'adresser désormais vos factures et vos relances exclusivement à l'adresse suivante : fournisseurs@groupe-terrenor.fr

Cette boîte ne sera plus consultée pour les factures à partir de janvier. Je fais suivre votre relance au siège.

Cordialement,

Hervé Dumoulin
Ets Dumoulin – Agrofournitures
Route de Poitiers – 79400 Saint-Maixent-l'École
05 49 05 22 81"""),

    dict(id="s13fra018", country="FR", date="2026-12-17T16:55", fmt="tb", stage="firm", ago=3,
         inv="F26-03740", amt="2 318,40", due="2026-11-15",
         frm="Bernard Vasseur <bernard.vasseur@imprimerie-vasseur.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer will be issued Tuesday 5 January.",
         body="""Madame, Monsieur,

Bien reçu votre relance.

Notre trésorerie de décembre est entièrement mobilisée par les salaires et le 13e mois. Je vous confirme que le virement de 2 318,40 € sera émis le mardi 5 janvier, à la réouverture de l'atelier.

Je vous remercie de bien vouloir suspendre l'application des pénalités d'ici là.

Salutations,

Bernard Vasseur
Gérant
Imprimerie Vasseur & Cie SARL
27 rue des Cordiers – 62200 Boulogne-sur-Mer
Tél. 03 21 31 76 08"""),

    dict(id="s13fra019", country="FR", date="2027-01-05T09:47", fmt="gmail", stage="repeat", ago=1,
         inv="F26-03988", amt="1 296,00", due="2026-12-15",
         frm="Patrick Berthelot <p.berthelot@tf-berthelot.fr>",
         intent="paid",
         note="Angry: states the invoice is already paid; no date given.",
         body="""C'est la troisième fois que je vous le dis : cette facture est PAYÉE.

Regardez vos relevés bancaires au lieu d'envoyer des relances automatiques à tout le monde. Ça commence à bien faire.

P. Berthelot
Transports Frigorifiques Berthelot"""),

    dict(id="s13fra020", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="F26-04077", amt="655,20", due="2026-12-15",
         frm="Emma Collin <emma.collin@horticulture-collin.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive: back Monday 11 January.",
         body="""Bonjour,

Je suis en congés et n'aurai pas accès à ma messagerie jusqu'au vendredi 8 janvier inclus.
Vos messages ne sont pas transférés. En cas d'urgence, merci d'appeler le standard au 02 47 52 19 30.

Bonnes fêtes,
Emma Collin
Comptabilité – Horticulture Collin SARL"""),

    dict(id="s13fra021", country="FR", date="2027-01-14T17:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="F26-04140", amt="388,80", due="2026-12-31",
         frm="Mehdi Haddad <mehdi@kafa-torrefaction.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Typos; transfer 'demain matin' = Friday 15 January.",
         body="""bonjour,

dsl pour le retard j'avais pas vu passer la premiere relance avec les fêtes. je fait le virement demain matin c'est noté.

bonne soirée
Mehdi - Kafa Torréfaction"""),

    dict(id="s13fra022", country="FR", date="2027-01-07T11:12", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("F26-03712", "1 440,00", "2026-11-15"), ("F26-03880", "960,00", "2026-11-30"), ("F26-03995", "1 204,80", "2026-12-15")],
         frm="Sandrine Pons <s.pons@maisonfabre-vins.fr>",
         intent="copy_request",
         note="Asks for a detailed account statement before settling the balance.",
         body="""Bonjour,

Meilleurs vœux pour cette nouvelle année.

Nous avons du mal à rapprocher vos relances de notre grand livre : nous avons effectué deux virements en novembre et il nous semble que l'un d'eux n'a pas été affecté, ou qu'une facture apparaît en double.

Pourriez-vous nous adresser un relevé de compte détaillé (factures, avoirs et règlements reçus) depuis le 1er septembre 2026 ? Nous régulariserons le solde dès réception.

Bien cordialement,

Sandrine Pons
Comptable
Maison Fabre – Négoce de vins
12 avenue Frédéric Mistral – 34500 Béziers
Tél. : 04 67 28 40 13

Maison Fabre SAS – RCS Béziers 502 114 896"""),

    dict(id="s13fra023", country="FR", date="2027-01-08T15:05", fmt="gmail", stage="firm", ago=4,
         inv="F26-03930", amt="3 240,00", due="2026-12-05",
         frm="Alain Lacroix <ebenisterie.lacroix@free.fr>",
         intent="paid", paid_on="2027-01-08",
         note="Partial payment: 1 500 EUR sent today; balance promised by month end (vague). Record the part payment first.",
         body="""Bonjour,

Je viens de faire un virement de 1 500 € ce midi sur les 3 240 €.
Pour le reste je vous fais le solde d'ici la fin du mois, je n'ai pas plus pour l'instant, les clients paient mal en ce moment.

Merci de votre compréhension

Alain Lacroix
Ébénisterie Lacroix - 06 08 51 73 42"""),

    dict(id="s13fra024", country="FR", date="2027-01-12T10:40", fmt="html_outlook", stage="reminder", ago=1,
         inv="F26-04166", amt="6 312,00", due="2027-01-05",
         frm="Marion Texier <m.texier@plasturgie-riverain.fr>",
         intent="bank_details",
         note="Received an email announcing a change of IBAN; asks the firm to confirm before paying.",
         body="""Bonjour,

Avant de procéder au règlement de la facture F26-04166, nous souhaitons vérifier un point.

Nous avons reçu le 6 janvier un e-mail signé « service comptable Guérin-Lemoine » nous informant d'un changement de vos coordonnées bancaires, avec un nouvel IBAN dans une banque en ligne. L'adresse d'envoi ne correspondait pas tout à fait à la vôtre.

Pouvez-vous nous confirmer si vos coordonnées bancaires ont réellement changé ? Par précaution, le paiement est suspendu tant que nous n'avons pas de confirmation de votre part (idéalement par téléphone au 03 84 47 29 60).

Cordialement,

Marion Texier
Service comptabilité
Plasturgie Riverain SAS
Zone industrielle – 39100 Dole"""),

    dict(id="s13fra025", country="FR", date="2027-01-05T08:35", fmt="apple", stage="repeat", ago=1,
         inv="F26-04019", amt="1 127,52", due="2026-12-15",
         frm="Sylvie Roche <sylvie.roche@metallerie-roche.fr>",
         intent="promise", promise_date="2027-01-07",
         note="Written Tuesday 5 Jan: transfer 'jeudi 7' = 7 January.",
         body="""Bonjour,

Bonne année à vous.

Le virement est prévu jeudi 7, c'est le jour où nous faisons tous les paiements fournisseurs.

Cordialement,

Sylvie Roche
Métallerie Roche SARL
71100 Chalon-sur-Saône
03 85 46 11 72"""),

    dict(id="s13fra026", country="FR", date="2027-01-04T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="F26-04098", amt="2 880,00", due="2026-12-20",
         frm="Anne Claessens <a.claessens@pralines-vanderbeke.be>",
         subj="Absence / Afwezigheid : Relance : facture F26-04098 échue – Emballages Guérin-Lemoine SAS",
         intent="out_of_office", return_date="2027-01-06",
         note="Belgian customer, bilingual auto-reply: back Wednesday 6 January.",
         body="""Bonjour,

Je suis absente jusqu'au mardi 5 janvier inclus. Je serai de retour le mercredi 6 janvier.
Pour les commandes, veuillez contacter commandes@pralines-vanderbeke.be.

Goeiedag,

Ik ben afwezig tot en met dinsdag 5 januari. Vanaf woensdag 6 januari ben ik terug op kantoor.
Voor bestellingen kunt u terecht bij commandes@pralines-vanderbeke.be.

Anne Claessens
Pralines Vanderbeke SRL – Bruxelles"""),

    dict(id="s13fra027", country="FR", date="2027-01-06T14:18", fmt="tb", stage="second_reminder", ago=2,
         inv="F26-04033", amt="748,80", due="2026-12-20",
         frm="Exploitation TLA <exploitation@tla-transports.fr>",
         intent="dispute",
         note="Only 18 of 24 rolls delivered; will pay the delivered part and wants a credit note for the rest.",
         body="""Bonjour,

Nous contestons le montant de cette facture : nous n'avons reçu que 18 rouleaux de film étirable sur les 24 facturés. Le BL n° 26-11-0457 a été signé avec réserve par notre chef de quai (« 1 carton manquant »), copie envoyée à votre service client le 27 novembre.

Nous réglons les 18 rouleaux effectivement livrés, soit 561,60 € TTC, et attendons un avoir pour les 6 manquants.

Cordialement,

Karim Benali
Responsable exploitation
TLA – Transports Loire Atlantique
Tél. 02 40 86 52 14"""),

    dict(id="s13fra028", country="FR", date="2026-12-22T10:10", fmt="outlook", stage="reminder", ago=1,
         inv="F26-04060", amt="534,00", due="2026-12-15",
         frm="Boulangerie Guillou <administratif@boulangerie-guillou.fr>",
         intent="promise",
         note="Payment 'la semaine du 11 janvier': a week, no single day.",
         body="""Bonjour,

Nous fermons pour les fêtes ce soir. Le paiement sera fait la semaine du 11 janvier, au retour de notre comptable.

Bonnes fêtes de fin d'année,

Gaëlle Guillou
Boulangerie Pâtisserie Guillou SAS"""),

    dict(id="s13fra029", country="FR", date="2026-12-09T09:55", fmt="outlook", stage="reminder", ago=2,
         inv="F26-03741", amt="1 518,00", due="2026-11-30",
         frm="Compta ABT <compta@ateliers-brunet.fr>",
         intent="paid", paid_on="2026-12-01",
         note="Paid by LCR, debited 1 December.",
         body="""Bonjour,

Cette facture a été réglée par LCR. L'effet a été présenté et débité sur notre compte le 1er décembre (visible sur notre relevé).

Merci de vérifier de votre côté auprès de votre banque et de nous confirmer que c'est en ordre.

Cordialement,

Valérie Brunet
Ateliers Brunet Tôlerie SAS
Tél. 02 43 94 08 27"""),

    dict(id="s13fra030", country="FR", date="2027-01-13T16:45", fmt="html_outlook", stage="final_notice", ago=2,
         inv=[("F26-03810", "6 204,00", "2026-11-30"), ("F26-03947", "3 532,80", "2026-12-10")],
         frm="Olivier Harang <o.harang@mip-menuiserie.fr>",
         intent="plan_request",
         note="Asks for a four-instalment schedule and a call; no date committed.",
         body="""Madame, Monsieur,

Je fais suite à votre courrier de dernier rappel concernant les factures F26-03810 et F26-03947, pour un total de 9 736,80 €.

Je ne conteste en rien ces factures. Notre société traverse une période difficile : notre principal donneur d'ordre, qui représentait près de 40 % de notre chiffre d'affaires, a suspendu ses commandes en novembre et nous règle lui-même avec un retard important.

Afin d'éviter une procédure qui ne servirait les intérêts de personne, je sollicite la mise en place d'un échéancier en quatre mensualités. Je suis naturellement disposé à en discuter par téléphone avec votre service comptable afin d'en fixer les modalités.

Je vous remercie par avance de l'attention que vous porterez à cette demande, et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Harang
Président
MIP – Menuiserie Industrielle du Perche SAS
ZA du Val – 61400 Mortagne-au-Perche
Tél. 02 33 25 64 80 / 06 12 90 37 45"""),

    dict(id="s13fra031", country="FR", date="2027-01-18T10:02", fmt="outlook", stage="heads_up", ago=3,
         inv="F26-04215", amt="1 950,00", due="2027-01-31",
         frm="Domaine des Trois Chênes <gestion@domaine-troischenes.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the pre-due-date reminder emails.",
         body="""Madame, Monsieur,

Nous réglons systématiquement nos fournisseurs à échéance, par virement. Ces rappels envoyés avant même la date d'échéance ne nous sont d'aucune utilité et encombrent notre messagerie.

Merci de nous désinscrire de ces envois automatiques.

Cordialement,

François Delorme
SAS Domaine des Trois Chênes
37500 Chinon"""),

    dict(id="s13fra032", country="FR", date="2027-01-19T11:30", fmt="tb", stage="final_notice", ago=4,
         inv="F26-04026", amt="2 142,00", due="2026-12-15",
         frm="Direction – Les Jardins de Marcelin <direction@jardins-marcelin.fr>",
         intent="other",
         note="Company placed in receivership (redressement judiciaire); creditor must declare its claim to the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que, par jugement du Tribunal de commerce d'Angers en date du 12 janvier 2027, la société Les Jardins de Marcelin SARL a été placée en redressement judiciaire.

Maître Anne-Sophie Retailleau, 8 rue Chevreul à Angers, a été désignée en qualité de mandataire judiciaire.

Conformément à la loi, il nous est interdit de régler les créances nées avant le jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous remercions de votre compréhension.

La Direction
Les Jardins de Marcelin SARL
49130 Les Ponts-de-Cé"""),

    dict(id="s13fra033", country="FR", date="2027-01-08T12:20", fmt="gmail", stage="reminder", ago=4,
         inv="F26-04071", amt="816,00", due="2026-12-20",
         frm="Claire Amiel <c.amiel@savonnerie-luberon.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Will be in the grouped transfer of 15/01.",
         body="""Bonjour,

Votre facture passera dans notre prochain virement groupé du 15/01.

Bien cordialement,

Claire Amiel
Assistante de gestion
Savonnerie du Luberon – 84400 Apt"""),

    dict(id="s13fra034", country="FR", date="2026-12-14T14:10", fmt="gmail", stage="second_reminder", ago=0,
         inv="F26-03902", amt="396,00", due="2026-11-30",
         frm="Martine Sarrail <secretariat.bag32@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Association: cheque posted on Friday (11 Dec).",
         body="""Bonjour,

Le chèque a été posté vendredi par notre trésorier, vous devriez le recevoir dans la semaine. Désolés pour le retard, nous sommes tous bénévoles et la collecte de fin d'année nous a bien occupés.

Bien à vous,

Martine Sarrail
Secrétariat – Banque Alimentaire du Gers"""),

    dict(id="s13fra035", country="FR", date="2026-12-16T09:40", fmt="html_gmail", stage="reminder", ago=2,
         inv="F26-03951", amt="1 284,60", due="2026-12-10",
         frm="Camille Roux <camille@maison-lune.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Transfer scheduled (not yet sent) for 22/12.",
         body="""Bonjour,

Le virement est programmé pour le 22/12, désolée pour le délai ! Grosse période pour nous avec Noël.

Bonne journée,
Camille
Maison Lune – bougies & objets
www.maison-lune.fr"""),

    dict(id="s13fra036", country="FR", date="2026-12-29T10:05", fmt="none", stage="reminder", ago=1,
         inv="F26-04104", amt="460,80", due="2026-12-20",
         frm="Transports Rivière <riviere.express@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF before paying.",
         body="""bonjour
je n ai jamais reçu cette facture, vous pouvez me la renvoyer en pdf svp ? je paie des reception
merci
Rivière"""),

    dict(id="s13fra037", country="FR", date="2027-01-20T14:02", fmt="gmail", stage="reminder", ago=2,
         inv="F26-04152", amt="912,00", due="2027-01-10",
         frm="Thomas Vernier <thomas@ateliervernier.fr>",
         intent="contact_change", new_email="perrine.gaudin@ateliervernier.fr",
         note="Administration now handled by his new partner; send to her address.",
         body="""Bonjour,

Je ne m'occupe plus de la partie administrative depuis le début de l'année, c'est ma nouvelle associée, Perrine Gaudin, qui gère les factures et les paiements.

Pouvez-vous lui envoyer directement vos factures et relances : perrine.gaudin@ateliervernier.fr

Je lui fais suivre celle-ci.

Merci,
Thomas Vernier
Atelier Vernier – maroquinerie"""),

    dict(id="s13fra038", country="FR", date="2027-01-21T09:15", fmt="outlook", stage="reminder", ago=3,
         inv="F26-04180", amt="1 344,00", due="2027-01-15",
         frm="Accueil Girard Électricité <accueil@girard-electricite.fr>",
         intent="other",
         note="Wrong recipient: says it has never been a customer (probably another company with a similar name).",
         body="""Bonjour,

Je pense que vous faites erreur : notre société (SAS Girard Électricité, à Niort) n'a jamais été cliente chez vous et nous n'avons rien commandé.

Il s'agit peut-être de Girard Emballages Services, à Nantes ? Merci de corriger votre fichier.

Cordialement,

Nadège Poupin
Accueil / Secrétariat
SAS Girard Électricité
05 49 73 02 66"""),

    dict(id="s13fra039", country="FR", date="2027-01-18T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F26-04133", amt="2 556,00", due="2027-01-10",
         frm="Laurence Morin <l.morin@biscuits-morin.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Training 18-22 January; back in the office Monday 25 January.",
         body="""Bonjour,

Je suis en formation du lundi 18 au vendredi 22 janvier, avec un accès très limité à mes e-mails.
Je serai de retour au bureau le lundi 25 janvier et traiterai votre message à ce moment-là.

Pour toute urgence : 02 99 45 16 70 (standard).

Laurence Morin
Responsable comptable – Biscuits Morin SAS"""),

    dict(id="s13fra040", country="FR", date="2027-01-25T11:05", fmt="tb", stage="second_reminder", ago=3,
         inv="F26-04169", amt="1 716,00", due="2027-01-15",
         frm="Cidrerie du Val de Rance <contact@cidrerie-valderance.fr>",
         intent="promise", promise_date="2027-01-27",
         note="Written Monday 25 Jan: payment 'mercredi au plus tard' = 27 Jan; side question about 2027 prices.",
         body="""Bonjour,

C'est un oubli de notre part, toutes nos excuses. Le paiement partira mercredi au plus tard.

Au passage : pouvez-vous me dire si vos tarifs 2027 ont changé pour les cartons 6 bouteilles avec croisillons ? Nous préparons la commande pour la saison de printemps.

Cordialement,

Yann Lebreton
Cidrerie du Val de Rance
22490 Pleslin-Trigavou – 02 96 27 81 04"""),

    dict(id="s13fra041", country="FR", date="2026-12-15T13:20", fmt="outlook", stage="second_reminder", ago=1,
         inv="F26-03985", amt="2 964,00", due="2026-12-10",
         frm="Service Comptable DPAN <comptabilite@dpan-pieces.fr>",
         intent="promise", promise_date="2027-01-10",
         note="Supplier payments on the 10th of each month: this invoice will be paid on 10 January.",
         body="""Bonjour,

Nos règlements fournisseurs sont effectués une fois par mois, le 10.

Votre facture nous est parvenue après l'arrêté de notre échéancier de décembre ; elle sera donc réglée le 10 janvier par virement.

Cordialement,

Jean-Marc Thévenet
Service comptable
DPAN – Distribution Pièces Auto Nivernaise
58000 Nevers – Tél. 03 86 59 42 18"""),

    dict(id="s13fra042", country="FR", date="2027-01-22T19:48", fmt="apple", stage="final_notice", ago=4,
         inv="F26-04011", amt="212,40", due="2026-12-10",
         frm="Gwenaëlle Le Bihan <creperie.tybreizh@orange.fr>",
         intent="paid", paid_on="2027-01-22",
         note="Just paid by card through the online link.",
         body="""Payé à l'instant par carte via votre lien. Merci de m'envoyer le reçu svp.

G. Le Bihan
Crêperie Ty Breizh

Envoyé de mon iPhone"""),

    dict(id="s13fra043", country="FR", date="2027-01-26T10:30", fmt="html_gmail", stage="reminder", ago=1,
         inv="F26-04388", amt="1 080,00", due="2027-01-20",
         frm="Romain Le Corre <romain@festivouest.fr>",
         intent="dispute",
         note="Says this invoice duplicates F26-04310 (same order, same delivery note), already paid; asks to cancel it.",
         body="""Bonjour,

Cette facture F26-04388 fait doublon avec la F26-04310 : même commande (kakemonos + caisses de transport pour le salon de Rennes), même bon de livraison, même montant. La F26-04310, on l'a payée le 18 décembre.

Merci d'annuler la F26-04388 et de nous envoyer l'avoir correspondant.

Romain Le Corre
Festiv'Ouest – agence événementielle
06 63 20 84 17"""),

    dict(id="s13fra044", country="FR", date="2027-01-27T15:22", fmt="outlook", stage="heads_up", ago=2, fresh=True,
         inv="F26-04290", amt="1 425,60", due="2027-02-10",
         frm="Compta FMA <compta@fromagerie-montsdarree.fr>",
         subj="Changement de coordonnées bancaires – Fromagerie des Monts d'Arrée (client FMA0117)",
         intent="bank_details",
         note="Announces its own new bank account for the firm's direct debits.",
         body="""Bonjour,

Nous vous informons que nous avons changé d'établissement bancaire au 1er janvier.

Merci de bien vouloir mettre à jour nos coordonnées pour vos prélèvements SEPA, à compter de la facture F26-04290 :

Titulaire : SAS Fromagerie des Monts d'Arrée
Banque : Crédit Mutuel de Bretagne – Landivisiau
IBAN : FR76 1558 9297 4400 0612 3874 052
BIC : CMBRFR2BARK

Le nouveau mandat signé est joint à ce message. L'ancien compte au Crédit Agricole sera clôturé fin février.

Cordialement,

Morgane Abgrall
Comptabilité
SAS Fromagerie des Monts d'Arrée – 29450 Commana
02 98 78 05 61"""),

    dict(id="s13fra045", country="FR", date="2027-01-04T14:40", fmt="gmail", stage="second_reminder", ago=0,
         inv="F26-03916", amt="587,40", due="2026-11-30",
         frm="Pascal Ferrand <gaec.ferrand.maraichage@gmail.com>",
         intent="paid", paid_on="2026-12-31",
         note="Transfer made on 31 December.",
         body="""Bonjour et meilleurs voeux,

J'ai fait le virement le 31 décembre au soir, avec les jours fériés il a dû arriver seulement aujourd'hui. Vérifiez et dites-moi si vous ne le voyez pas.

Pascal Ferrand
GAEC Ferrand – maraîchage bio"""),

    dict(id="s13fra046", country="FR", date="2027-01-28T08:50", fmt="gmail", stage="firm", ago=3,
         inv="F26-04045", amt="4 128,00", due="2026-12-20",
         frm="Nicolas Perrot <n.perrot@agencement-boisverre.fr>",
         intent="promise",
         note="Will pay 'dans les quinze jours' once a client pays: a window, no single day.",
         body="""Bonjour,

Nous attendons le paiement d'un gros chantier (client public, avec les délais que vous imaginez). Dès qu'il tombe on vous règle, vous serez payés dans les quinze jours.

Merci de votre patience,

Nicolas Perrot
Agencement Bois & Verre SARL
Tél. 04 78 62 30 91"""),

    dict(id="s13fra047", country="FR", date="2027-01-11T10:20", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="F26-04122", amt="1 998,00", due="2026-12-31",
         frm="Aurélie Dantec <a.dantec@tessier-mobilier.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Assistant forwards the manager's answer: paid on 23/12 in the grouped supplier transfer.",
         body="""Bonjour,

Ci-dessous la réponse de M. Tessier. Je reste à votre disposition si vous avez besoin de l'avis de virement.

Bien cordialement,

Aurélie Dantec
Assistante de direction
Tessier Mobilier SAS
Tél. 02 51 66 38 12

-----Message d'origine-----
De : Jérôme Tessier <j.tessier@tessier-mobilier.fr>
Envoyé : lundi 11 janvier 2027 08:47
À : Aurélie Dantec <a.dantec@tessier-mobilier.fr>
Objet : RE: TR: Deuxième relance : facture F26-04122 impayée – Emballages Guérin-Lemoine SAS

Aurélie, c'est réglé le 23/12 avec le virement groupé fournisseurs, tu peux leur répondre.
JT"""),

    dict(id="s13fra048", country="FR", date="2027-01-20T18:12", fmt="gmail", stage="formal_notice", ago=2,
         inv="F26-04007", amt="86,40", due="2026-12-10",
         frm="Thierry Bonnaud <bonnaud.primeurs@orange.fr>",
         intent="dispute",
         note="Refuses the remaining 86,40 EUR (shipping): says delivery was agreed carriage-free.",
         body="""Une mise en demeure pour 86 € ?? Vous êtes sérieux ?

Je vous ai expliqué au téléphone en décembre : votre commercial m'a dit franco de port à partir de 500 €, ma commande faisait 640 €. J'ai payé la marchandise, les 86,40 € qui restent c'est le transport, et je ne le paierai pas.

Je vais sérieusement revoir mon fournisseur.

T. Bonnaud
Bonnaud Primeurs"""),

    dict(id="s13fra049", country="FR", date="2026-12-10T20:15", fmt="gmail", stage="firm", ago=3,
         inv="F26-03599", amt="2 376,00", due="2026-10-31",
         frm="Gilles Morvan <gaec.despeupliers@wanadoo.fr>",
         intent="plan_request",
         note="Farm waiting for delayed CAP subsidies: asks for more time or two instalments, no date.",
         body="""bonsoir

on a un souci de tresorerie en ce moment les aides PAC ont pris du retard cette annee.
est ce que vous pourriez nous laisser un peu plus de temps ou qu on paie en deux fois ?

merci de votre comprehension
Gilles Morvan
GAEC des Peupliers"""),

    dict(id="s13fra050", country="FR", date="2027-01-29T11:48", fmt="html_outlook", stage="reminder", ago=4,
         inv="F26-04201", amt="1 152,00", due="2027-01-15",
         frm="Julie Quéré <julie.quere@aldaia-foods.com>",
         intent="other",
         note="Site taken over on 1 January; pre-takeover invoices stay with the former company, reminder passed to its liquidator.",
         body="""Bonjour,

Suite au rachat de notre site de Lannion par le groupe Aldaïa Foods au 1er janvier 2027, les factures émises avant cette date restent à la charge de l'ancienne société, la SAS Biscuiterie de Lannion, actuellement en liquidation amiable.

Votre facture F26-04201 relevant de cette période, je transmets votre relance au liquidateur amiable, M. Hervé Jaouen, qui reviendra vers vous.

Pour les commandes passées depuis le 1er janvier, merci d'établir vos factures au nom d'Aldaïa Foods France SAS.

Cordialement,

Julie Quéré
Comptabilité fournisseurs
Aldaïa Foods France SAS – site de Lannion
Tél. : 02 96 48 70 20"""),
]
