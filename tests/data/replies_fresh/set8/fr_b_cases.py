"""Part fr_b: handwritten debtor replies (French) to reminders from Tradélys SARL (translation, interpreting, events, Lyon)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s8frb001", country="FR", date="2026-12-08T10:24", fmt="gmail", stage="reminder", ago=1,
         inv="TRD-26-0587", amt="2 340,00", due="2026-11-30",
         frm="Sandrine Morel <s.morel@menuiseries-delorme.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Invoice validated, will go out in Friday's transfer run (Fri 11 Dec).",
         body="""Bonjour,

Bien reçu votre relance. La facture est validée de notre côté, elle partira avec notre campagne de virements de vendredi (11/12).

Cordialement,

Sandrine Morel
Comptabilité fournisseurs
Menuiseries Delorme SAS
ZA des Plattes – 69390 Vourles
04 72 31 08 56"""),

    dict(id="s8frb002", country="FR", date="2026-12-10T15:02", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="TRD-26-0512", amt="1 186,50", due="2026-11-10",
         frm="Service Finances - Mairie de Villars-les-Saules <finances@villars-les-saules.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Town hall: public accountant (SGC) sent the transfer on 4 December.",
         body="""Bonjour,

Après vérification auprès du Service de Gestion Comptable, le mandat n° 1874 correspondant à votre facture TRD-26-0512 a bien été pris en charge et le virement a été émis le 4 décembre.

Il devrait apparaître sur votre compte d'ici quelques jours, les délais de la DGFiP étant parfois un peu plus longs en fin d'exercice.

Vous en souhaitant bonne réception,

Martine Goujon
Service Finances – Commande publique
Mairie de Villars-les-Saules
1 place de la Mairie – 01390 Villars-les-Saules
Tél. 04 74 00 52 18 (permanence les lundi, mardi et jeudi)"""),

    dict(id="s8frb003", country="FR", date="2026-12-11T18:47", fmt="tb", stage="reminder", ago=4,
         inv="TRD-26-0549", amt="1 620,00", due="2026-11-25",
         frm="Atelier Rivoire Architectes <contact@rivoire-architectes.fr>",
         intent="dispute",
         note="Contests full-day interpreting and travel costs not in the quote; will pay only a corrected invoice.",
         body="""Bonjour,

Je reviens vers vous au sujet de cette facture, que nous n'avons pas réglée volontairement.

Pour rappel, votre interprète (italien) est intervenue lors de notre réunion de chantier avec le fournisseur de pierre le 3 novembre. La réunion s'est terminée à 12h15 et elle est repartie aussitôt. Or vous nous facturez une journée complète, plus 186 € de frais de déplacement qui ne figuraient pas sur le devis signé (devis D-26-117, forfait demi-journée, déplacement inclus dans l'agglomération lyonnaise).

Nous réglerons sans difficulté la demi-journée conformément au devis, dès réception d'une facture corrigée ou d'un avoir sur la différence.

Cordialement,

Pierre-Yves Rivoire
Architecte DPLG
Atelier Rivoire Architectes – 22 quai Saint-Vincent, 69001 Lyon
06 81 44 27 90"""),

    dict(id="s8frb004", country="FR", date="2026-12-21T09:03", fmt="ooo", ago=0,
         inv="TRD-26-0633", amt="890,00", due="2026-12-15",
         frm="Comptabilité Clinique du Parc <comptabilite@clinique-duparc-valence.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply; away until 3 January inclusive, back Monday 4 January.",
         body="""Bonjour,

Je suis absente du 21 décembre 2026 au 3 janvier 2027 inclus. Votre message sera traité à mon retour, le lundi 4 janvier.

Pour toute question urgente relative à la facturation des patients, merci de contacter l'accueil de la clinique au 04 75 82 60 00.

Cordialement,
Laure Chaptal
Service comptabilité – Clinique du Parc, Valence"""),

    dict(id="s8frb005", country="FR", date="2026-12-16T12:31", fmt="apple", stage="firm", ago=2,
         inv="TRD-26-0498", amt="460,00", due="2026-11-05",
         frm="Julien Ferrat <julien@ferrat-conseil.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Very short: 'vendredi' from Wednesday 16 Dec = Fri 18 Dec.",
         body="""Ok vendredi sans faute. Désolé pour le retard.
JF

Envoyé de mon iPhone"""),

    dict(id="s8frb006", country="FR", date="2026-12-14T11:15", fmt="outlook", stage="second_reminder", ago=5,
         inv="TRD-26-0455", amt="2 900,00", due="2026-10-31",
         frm="Festival Lumières d'Hiver - Trésorerie <tresorerie@lumieres-hiver.org>",
         intent="paid", paid_on="2026-12-14",
         note="Partial payment of 1 500 € made today; balance promised vaguely for January (no day).",
         body="""Bonjour Madame,

Nous avons procédé ce jour à un premier virement de 1 500,00 € au titre de la facture TRD-26-0455 (interprétariat et sonorisation de la soirée d'ouverture).

Le solde, soit 1 400,00 €, vous sera réglé courant janvier, dès que la subvention de la Région nous aura été versée. Nous sommes désolés de ce décalage, qui ne dépend malheureusement pas de nous.

Bien à vous,

Hélène Baratier
Trésorière
Association Lumières d'Hiver
Maison des associations – 28 rue Sergent Blandan, 69001 Lyon"""),

    dict(id="s8frb007", country="FR", date="2026-12-09T08:52", fmt="html_outlook", stage="reminder", ago=2,
         inv="TRD-26-0571", amt="4 812,00", due="2026-11-30",
         frm="CSP Comptabilité Fournisseurs <csp.fournisseurs@halveor-group.com>",
         intent="copy_request",
         note="Shared service centre: invoice rejected, needs a PO number and a corrected invoice before paying.",
         body="""Bonjour,

Nous accusons réception de votre relance.

Votre facture TRD-26-0571 a été rejetée par notre plateforme de traitement le 2 décembre pour le motif suivant : absence de numéro de bon de commande (PO).

Conformément à nos conditions générales d'achat, toute facture adressée à une entité du Groupe Halvéor doit obligatoirement mentionner un numéro de commande au format 45XXXXXXXX. Nous vous invitons à vous rapprocher de votre interlocuteur opérationnel (demandeur de la prestation) afin d'obtenir ce numéro, puis à nous transmettre une facture rectifiée le mentionnant.

Sans ce numéro, nous ne sommes pas en mesure de procéder au paiement.

Cordialement,

Centre de Services Partagés – Comptabilité Fournisseurs France
Groupe Halvéor
Tour Part-Dieu, 129 rue Servient – 69003 Lyon

Ce message et toutes ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s8frb008", country="FR", date="2026-12-09T16:40", fmt="outlook", stage="reminder", ago=2,
         inv="TRD-26-0520", amt="1 350,00", due="2026-11-20",
         frm="Aurélie Mathon <a.mathon@castaing-avocats.fr>",
         intent="promise", promise_date="2026-12-15",
         note="Assistant passes on the lawyer's answer: transfers are signed on the 15th (15 Dec).",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de Maître Castaing à votre relance.

« Aurélie, vous pouvez leur répondre que je signe les virements fournisseurs le 15 comme chaque mois, leur facture sera dedans. Merci. P. Castaing »

Bien cordialement,

Aurélie Mathon
Assistante de Maître Philippe Castaing
Castaing Avocats – Barreau de Lyon
47 rue de la République – 69002 Lyon
Tél. : 04 78 37 61 22 – Fax : 04 78 37 61 23"""),

    dict(id="s8frb009", country="FR", date="2027-01-12T14:20", fmt="gmail", stage="second_reminder", ago=6,
         inv="TRD-26-0602", amt="3 075,00", due="2026-12-10",
         frm="Nathalie Lhoest <n.lhoest@vdp-lhoest.be>",
         intent="promise", promise_date="2027-01-31",
         note="Belgian customer: payment 'pour la fin du mois au plus tard' = 31 January.",
         body="""Bonjour Madame,

Je fais suite à votre rappel de ce 6 janvier.

La facture a bien été encodée chez nous, mais elle doit encore être validée par notre administrateur délégué, qui ne rentre de congé que la semaine prochaine. Le paiement sera effectué pour la fin du mois au plus tard.

Je vous remercie pour votre compréhension et vous présente, avec un peu de retard, nos meilleurs vœux pour 2027.

Bien à vous,

Nathalie Lhoest
Administration & comptabilité
Bureau d'études Vandeputte & Lhoest SRL
Rue Saint-Gilles 112 – 4000 Liège
TVA BE 0712.348.566"""),

    dict(id="s8frb010", country="FR", date="2026-12-17T20:05", fmt="gmail", stage="firm", ago=3,
         inv="TRD-26-0466", amt="5 640,00", due="2026-10-30",
         frm="Yves Charbonnier <yves.charbonnier.asso@gmail.com>",
         intent="plan_request",
         note="Association treasurer asks to spread the amount over three instalments from January; no date committed.",
         body="""Bonsoir,

Je suis le trésorier bénévole de l'association Mémoire Ouvrière du Gier, pour laquelle vous avez assuré l'interprétariat de notre colloque franco-italien en octobre. La prestation était excellente, ce n'est pas la question.

Notre difficulté est que la subvention du Département, sur laquelle reposait le budget du colloque, n'a toujours pas été versée, et nos fonds propres ne nous permettent pas de régler 5 640 € d'un coup.

Serait-il possible d'échelonner ce montant en trois fois, à partir de janvier ? Je peux vous appeler pour en discuter si vous le souhaitez.

Merci d'avance,

Yves Charbonnier
Trésorier – Mémoire Ouvrière du Gier
06 12 58 73 41"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s8frb011", country="FR", date="2026-12-22T09:47", fmt="gmail", stage="repeat", ago=1,
         inv="TRD-26-0530", amt="780,00", due="2026-11-22",
         frm="Maxime Obadia <maxime@kelpie-app.io>",
         intent="paid", paid_on="2026-12-22",
         note="Start-up founder, phone-typed: transfer done this morning.",
         body="""bonjour
virement fait ce matin, desole on avait un souci de double validation sur le compte pro
bonne journee
maxime"""),

    dict(id="s8frb012", country="FR", date="2027-01-07T11:30", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="TRD-26-0615", amt="2 184,00", due="2026-12-20",
         frm="Me Sophie Vernay <s.vernay@vernay-duclos-avocats.fr>",
         intent="dispute",
         note="Lawyer contests quality of the legal translation; refuses to pay until revised or price reduced.",
         body="""Madame, Monsieur,

J'accuse réception de votre relance du 5 janvier.

Je vous rappelle que j'ai signalé par courriel dès le 14 décembre à votre chef de projet, M. Arnaud, plusieurs erreurs substantielles dans la traduction du protocole de cession (anglais vers français) : le plafond d'indemnisation de l'article 9.3 a été traduit de manière erronée, deux délais de notification ont été inversés et la définition de « Material Adverse Change » a purement et simplement disparu de la version française.

Nous avons dû faire relire le document en urgence par un confrère traducteur juré, à nos frais, la veille de la signature.

Dans ces conditions, le cabinet ne procédera pas au règlement de la facture TRD-26-0615 en l'état. Je suis disposée à en discuter, mais j'attends de votre part soit une révision complète du document, soit une proposition de réduction de prix tenant compte des frais engagés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Vernay
Avocate associée
Vernay Duclos Avocats – 9 place Bellecour, 69002 Lyon
Tél. 04 72 41 90 30"""),

    dict(id="s8frb013", country="FR", date="2026-12-23T07:15", fmt="ooo", stage="heads_up", ago=1,
         inv="TRD-26-0641", amt="1 960,00", due="2027-01-10",
         frm="Corinne Rossier <corinne.rossier@fondation-arolle.ch>",
         intent="out_of_office", return_date="2027-01-11",
         note="Swiss foundation auto-reply: away until 8 January, back 11.01.2027.",
         body="""Merci pour votre message.

Je suis absente jusqu'au 8 janvier 2027. Dès le 11.01.2027, je répondrai volontiers à votre e-mail.

En cas d'urgence, veuillez vous adresser au secrétariat de la Fondation : secretariat@fondation-arolle.ch ou +41 21 312 47 80.

Meilleures salutations
Corinne Rossier
Fondation Arolle – Lausanne"""),

    dict(id="s8frb014", country="FR", date="2027-01-13T10:05", fmt="outlook", stage="reminder", ago=1,
         inv="TRD-26-0620", amt="4 250,00", due="2026-12-31",
         frm="Comptabilité créanciers <creanciers@meylan-sa.ch>",
         intent="promise", promise_date="2027-01-20",
         note="Swiss customer: paid with the grouped payment order of 20.01.2027.",
         body="""Bonjour,

Nous avons bien reçu votre rappel.

Votre facture était bloquée dans notre circuit de visa en raison des fêtes de fin d'année. Elle est maintenant libérée et sera payée avec notre prochain ordre de paiement groupé du 20.01.2027.

Avec nos meilleures salutations

Fabienne Jaquier
Comptabilité créanciers
Meylan Ingénierie SA
Avenue de la Gare 17 – 1003 Lausanne
T +41 21 345 18 62"""),

    dict(id="s8frb015", country="FR", date="2026-12-08T14:12", fmt="gmail", stage="reminder", ago=1,
         inv="TRD-26-0590", amt="640,00", due="2026-11-30",
         frm="Claire Dumoulin <c.dumoulin@ecole-saintjoseph-tassin.fr>",
         cc="Économat <economat@ecole-saintjoseph-tassin.fr>",
         intent="contact_change", new_email="economat@ecole-saintjoseph-tassin.fr",
         note="Teacher who ordered the service asks that invoices and reminders go to the school's bursar office.",
         body="""Bonjour,

C'est moi qui avais commandé la traduction des documents pour l'échange avec notre établissement partenaire de Brême, mais je ne gère pas du tout la partie paiement.

Merci d'adresser désormais vos factures et relances directement à l'économat de l'établissement : economat@ecole-saintjoseph-tassin.fr (je le mets en copie).

Bonne journée,

Claire Dumoulin
Professeure d'allemand
Ensemble scolaire Saint-Joseph – Tassin-la-Demi-Lune"""),

    dict(id="s8frb016", country="FR", date="2026-12-15T17:40", fmt="tb", stage="second_reminder", ago=6,
         inv="TRD-26-0503", amt="315,00", due="2026-11-15",
         frm="Chorale A Cappella Saint-Irénée <chorale.stirenee@orange.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted yesterday (Mon 14 Dec).",
         body="""Bonjour,

Je vous informe que le chèque de 315 € (n° 0004187, Crédit Mutuel) a été posté hier à l'adresse de la rue de la Charité. Désolée pour le délai, notre trésorier était hospitalisé et personne d'autre ne pouvait signer.

Bonne fin de journée,

Monique Férand
Secrétaire de la chorale"""),

    dict(id="s8frb017", country="FR", date="2027-01-18T09:20", fmt="html_outlook", stage="firm", ago=4,
         inv="TRD-26-0598", amt="6 720,00", due="2026-12-15",
         frm="Accounts Payable France <ap.france@norvane-services.com>",
         intent="bank_details",
         note="Shared service centre received a suspicious change-of-IBAN email; payment on hold until bank details confirmed.",
         body="""Bonjour,

Nous faisons suite à votre relance concernant la facture TRD-26-0598.

Le 11 janvier, nous avons reçu un courriel, présenté comme émanant de votre service comptable, nous informant d'un changement de coordonnées bancaires et nous communiquant un nouvel IBAN domicilié dans un établissement étranger. Ce message présente plusieurs anomalies (adresse d'expédition en « tradelys-fr.com », ton inhabituel, demande de confidentialité).

Par mesure de sécurité, le paiement de votre facture est suspendu jusqu'à confirmation de vos coordonnées bancaires. Merci de nous adresser un RIB sur papier à en-tête signé par votre gérant, ou de nous contacter au numéro ci-dessous afin que nous procédions à un contre-appel.

Nous vous recommandons par ailleurs de vérifier que votre messagerie n'a pas été compromise.

Cordialement,

Karim Benhaddou
Team Leader – Accounts Payable France
Norvane Business Services
Tél. : +33 4 26 68 91 05

Ce message est confidentiel. Norvane Business Services SAS – RCS Lyon 841 207 553"""),

    dict(id="s8frb018", country="FR", date="2026-12-29T10:10", fmt="apple", stage="reminder", ago=7,
         inv="TRD-26-0655", amt="540,00", due="2026-12-18",
         frm="Dr Olivier Granger <o.granger@radiologie-brotteaux.fr>",
         intent="other",
         note="Passed to the practice's accounting firm; no payment statement or date.",
         body="""Bonjour,

Je transmets à notre cabinet d'expertise comptable, qui gère les règlements fournisseurs du cabinet depuis le mois de septembre. Ils reviendront vers vous directement.

Bien cordialement,

Dr Olivier Granger
Cabinet de radiologie des Brotteaux
104 boulevard des Belges, 69006 Lyon"""),

    dict(id="s8frb019", country="FR", date="2027-01-08T15:55", fmt="gmail", stage="reminder", ago=3,
         inv="TRD-26-0628", amt="1 140,00", due="2026-12-28",
         frm="Émilie Rastoin <emilie.rastoin@brevalis-conseil.fr>",
         intent="promise", promise_date="2027-01-14",
         note="Promise for 'jeudi prochain' (from Friday 8 Jan = Thu 14 Jan) with a side question about a German certified translation.",
         body="""Bonjour,

Le règlement partira jeudi prochain, avec les autres factures fournisseurs de décembre.

Par ailleurs, pouvez-vous me dire si vous pourriez aussi faire la traduction assermentée de notre Kbis et de nos statuts en allemand ? Nous en aurons besoin en février pour l'ouverture de notre bureau de Munich. Si oui, je vous envoie les documents pour un devis.

Merci et bonne fin de semaine,

Émilie Rastoin
Office manager – Brevalis Conseil
06 63 27 14 88"""),

    dict(id="s8frb020", country="FR", date="2026-12-18T11:02", fmt="gmail", stage="final_notice", ago=1,
         inv="TRD-26-0470", amt="2 050,00", due="2026-10-31",
         frm="Thierry Massol <t.massol@massol-transports.fr>",
         intent="paid", paid_on="2026-11-26",
         note="Angry: says the invoice was paid on 26 November.",
         body="""C'EST PAYÉ. Depuis le 26 novembre.

C'est la troisième relance que je reçois pour une facture réglée et maintenant vous me menacez de recouvrement ?? Vérifiez vos relevés avant d'envoyer ce genre de mail, le virement porte le numéro de la facture en libellé, ce n'est pas compliqué.

Je ne veux plus recevoir ce genre de message.

T. Massol"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s8frb021", country="FR", date="2026-12-17T21:40", off="-0500", fmt="gmail", stage="reminder", ago=3,
         inv="TRD-26-0608", amt="3 480,00", due="2026-12-05",
         frm="Geneviève Tremblay <gtremblay@festivalvoixdumonde.qc.ca>",
         intent="promise",
         note="Québec customer: international transfer 'la semaine prochaine' (no single day).",
         body="""Bonjour Madame,

Toutes mes excuses pour le délai, c'est la course ici avant le congé des Fêtes.

Votre facture est approuvée par notre direction. Le paiement par virement international devrait partir la semaine prochaine, je vous confirme dès que notre institution financière l'aura traité.

Bonne fin de journée et merci encore pour le beau travail de vos interprètes en novembre!

Geneviève Tremblay
Coordonnatrice administrative
Festival Voix du monde
Montréal (Québec)
514 555-2718, poste 204"""),

    dict(id="s8frb022", country="FR", date="2026-12-24T08:00", fmt="ooo", stage="second_reminder", ago=1,
         inv="TRD-26-0577", amt="420,00", due="2026-11-28",
         frm="Mairie de Saint-Martin-en-Forez <accueil@mairie-stmartin-forez.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Town hall closed 24 Dec to 3 Jan inclusive; reopens Monday 4 January.",
         body="""Bonjour,

Les services de la mairie seront fermés du jeudi 24 décembre au dimanche 3 janvier inclus. Réouverture au public le lundi 4 janvier à 8h30.

Votre message sera traité dès la reprise.

Pour toute urgence relevant de l'état civil (décès), une permanence téléphonique est assurée au 06 30 47 12 95.

Nous vous souhaitons de belles fêtes de fin d'année.

La Mairie de Saint-Martin-en-Forez"""),

    dict(id="s8frb023", country="FR", date="2026-12-10T14:35", fmt="outlook", stage="reminder", ago=2,
         inv="TRD-26-0561", amt="8 940,00", due="2026-11-30",
         frm="Isabelle Carrel <isabelle.carrel@fondation-ecrin.org>",
         intent="dispute",
         note="Foundation contests headcount (150 billed vs 120 quoted, 118 present) and an unordered shuttle; asks for corrected invoice.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais nous ne pouvons pas régler cette facture en l'état.

Le devis signé pour notre soirée des donateurs du 12 novembre portait sur 120 couverts, avec une clause d'ajustement sur la base du nombre réel de participants. Or votre facture porte sur 150 couverts, alors que la liste d'émargement (que je tiens à votre disposition) compte 118 personnes.

Par ailleurs, la ligne « navette supplémentaire Part-Dieu / Fourvière – 480 € HT » correspond à un troisième car qui n'a jamais été commandé par nos soins, et que personne n'a vu le soir même.

Merci de nous adresser une facture rectifiée sur ces deux points. Nous la réglerons alors sans délai.

Bien cordialement,

Isabelle Carrel
Responsable administrative et financière
Fondation Écrin pour la recherche
12 rue Duquesne – 69006 Lyon
04 78 52 33 10"""),

    dict(id="s8frb024", country="FR", date="2026-12-11T09:30", fmt="gmail", stage="heads_up", ago=3,
         inv="TRD-26-0630", amt="1 275,00", due="2026-12-20",
         frm="Françoise Lemaire <comptabilite@lemaire-notaires.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic due-date reminders.",
         body="""Bonjour,

Notre office règle ses factures à échéance, par virement, sans qu'il soit nécessaire de nous le rappeler.

Je vous serais reconnaissante de ne plus adresser ces « rappels d'échéance » automatiques à notre boîte comptabilité, qui en reçoit déjà bien assez. Merci de nous retirer de cet envoi.

Cordialement,

Françoise Lemaire
Comptable taxatrice
Office notarial Lemaire & Associés – Villeurbanne"""),

    dict(id="s8frb025", country="FR", date="2026-12-14T09:04", fmt="bounce",
         inv="TRD-26-0580", amt="960,00", due="2026-11-20",
         rcpt="j.berthelot@cc-montslyonnais.fr", status="5.1.1",
         diag="550 5.1.1 <j.berthelot@cc-montslyonnais.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.cc-montslyonnais.fr",
         intent="bounce",
         note="Hard bounce: recipient address unknown at the communauté de communes.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
j.berthelot@cc-montslyonnais.fr

The recipient's mail server permanently rejected the message: 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s8frb026", country="FR", date="2026-12-21T16:20", fmt="html_gmail", stage="second_reminder", ago=4,
         inv=[("TRD-26-0544", "1 230,00", "2026-11-20"), ("TRD-26-0583", "2 760,00", "2026-11-30"),
              ("TRD-26-0619", "495,00", "2026-12-10")],
         frm="Pauline Girardet <pauline.girardet@oxalide-events.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Three invoices, all to be paid together with the transfer of 5 January.",
         body="""Bonjour,

Je regroupe ma réponse pour les trois factures (0544, 0583 et 0619) : elles sont toutes validées et partiront ensemble avec notre virement du 5 janvier.

Nos paiements sont gelés pendant la clôture annuelle, d'où ce petit décalage, désolée.

Belles fêtes à toute l'équipe,

Pauline
--
Pauline Girardet | Assistante de gestion
Oxalide Events – 7 cours Charlemagne, 69002 Lyon
04 37 24 86 19"""),

    dict(id="s8frb027", country="FR", date="2027-01-19T19:12", fmt="gmail", stage="final_notice", ago=5,
         inv="TRD-26-0594", amt="7 200,00", due="2026-12-05",
         frm="Lucas Fontanel <lucas@greenlane-mobility.fr>",
         intent="plan_request",
         note="Start-up CEO asks for monthly instalments or a few weeks' delay; no date committed.",
         body="""Bonjour,

Je vous dois des explications plutôt qu'un nouveau silence.

Notre levée de fonds, qui devait être bouclée début décembre, a pris du retard (le closing est maintenant attendu au premier trimestre) et notre trésorerie est très tendue. Je ne suis pas en mesure de régler les 7 200 € d'un seul coup ce mois-ci.

Je vous propose de régler la somme en plusieurs mensualités, ou que vous nous accordiez un délai de quelques semaines. Dites-moi ce qui serait acceptable pour vous : je préfère qu'on trouve un accord plutôt que de laisser partir le dossier au recouvrement.

Merci de votre compréhension,

Lucas Fontanel
CEO & cofondateur – Greenlane Mobility
06 48 91 20 37"""),

    dict(id="s8frb028", country="FR", date="2027-01-05T12:48", fmt="apple", stage="reminder", ago=0,
         inv="TRD-26-0637", amt="285,00", due="2026-12-31",
         frm="Marion Besse <marion@marionbesse-interieurs.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card through the link just now.",
         body="""Bonjour,
Réglé à l'instant par carte via votre lien.
Bonne année !
Marion

Envoyé de mon iPhone"""),

    dict(id="s8frb029", country="FR", date="2027-01-11T11:05", fmt="html_outlook", stage="firm", ago=4,
         inv="TRD-26-0579", amt="1 890,00", due="2026-11-30",
         frm="Service Finances CCVG <finances@cc-valleedugaron.fr>",
         intent="copy_request",
         note="Communauté de communes: invoice must be filed on Chorus Pro before it can be paid.",
         body="""Bonjour,

Nous accusons réception de votre relance concernant la facture TRD-26-0579.

Après vérification, cette facture n'a jamais été déposée sur le portail Chorus Pro. Pour rappel, les fournisseurs des collectivités territoriales sont tenus de transmettre leurs factures par ce portail : nous ne sommes pas en mesure de mandater une facture reçue par courriel ou par courrier.

Merci de bien vouloir la déposer en indiquant :
- SIRET : 200 071 564 00014
- Code service : FIN
- Numéro d'engagement : 2026-0412

Dès son arrivée sur Chorus Pro, la facture sera mandatée dans le délai global de paiement de 30 jours.

Cordialement,

Sylvie Pérol
Service Finances
Communauté de communes de la Vallée du Garon
04 78 05 66 21"""),

    dict(id="s8frb030", country="FR", date="2026-12-21T10:40", fmt="outlook", stage="second_reminder", ago=5,
         inv="TRD-26-0562", amt="3 312,00", due="2026-11-25",
         frm="Comptabilité Fournisseurs <fournisseurs@groupe-altesse.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Shared service centre: paid on 18/12/2026 with a payment reference.",
         body="""Bonjour,

La facture TRD-26-0562 a été réglée le 18/12/2026 par virement SEPA.

Référence de paiement : 2000418872
Lot de paiement : PAY-FR-1218

Merci de vous rapprocher de votre banque si les fonds n'apparaissent pas encore sur votre compte.

Cordialement,

Service Comptabilité Fournisseurs
Groupe Altesse – Centre de services partagés de Villeurbanne
Merci de ne pas imprimer ce message si ce n'est pas nécessaire."""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s8frb031", country="FR", date="2027-01-11T09:55", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="TRD-26-0611", amt="2 610,00", due="2026-12-15",
         frm="Comptabilité Weber & Hoffmann <compta@weber-hoffmann.lu>",
         intent="paid", paid_on="2027-01-08",
         note="Luxembourg customer: transfer executed on 8 January 2027.",
         body="""Madame, Monsieur,

Nous vous confirmons que le virement relatif à votre facture TRD-26-0611 a été exécuté le 8 janvier 2027 depuis notre compte auprès de la BCEE. Les fonds devraient vous parvenir d'ici un à deux jours ouvrables.

Vous trouverez ci-joint l'avis d'exécution.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Claudine Schmit
Comptabilité
Fiduciaire Weber & Hoffmann S.à r.l.
2, rue du Fort Wallis – L-2714 Luxembourg
Tél. +352 26 48 17 30
RCS Luxembourg B 184552 – TVA LU 27419863"""),

    dict(id="s8frb032", country="FR", date="2026-12-09T22:15", fmt="gmail", stage="reminder", ago=2,
         inv="TRD-26-0552", amt="3 900,00", due="2026-11-30",
         frm="Bertrand Collomb <b.collomb@collomb-btp.fr>",
         intent="dispute",
         note="Angry: shuttle buses for the company seminar arrived an hour late; refuses to pay the full amount.",
         body="""Vous avez du culot de me relancer pour cette facture.

Je vous rappelle que pour notre seminaire du 20 novembre vos deux cars sont arrivés avec plus d'une heure de retard a la gare, que 60 personnes ont attendu dans le froid et qu'on a raté l'ouverture avec le président du groupe. Votre chargée de projet n'était même pas joignable, j'ai du appeler moi même le transporteur.

J'ai envoyé un mail de réclamation le 23 novembre, jamais eu de réponse. Donc non je ne paierai pas 3 900 € pour ça. Quand vous m'aurez fait une proposition serieuse on en reparlera.

B. Collomb
Directeur – Collomb BTP"""),

    dict(id="s8frb033", country="FR", date="2026-12-28T10:22", fmt="ooo", stage="reminder", ago=3,
         inv="TRD-26-0648", amt="1 050,00", due="2026-12-20",
         frm="Nadège Poncet <n.poncet@institut-saintemarthe.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Only the last day away is given (Friday 8 January inclusive): back Monday 11 January.",
         body="""Bonjour,

Je suis en congé jusqu'au vendredi 8 janvier inclus, avec un accès très limité à ma messagerie.

Pour toute question relative aux factures fournisseurs, vous pouvez contacter Mme Duret au secrétariat de direction (secretariat@institut-saintemarthe.fr).

Cordialement,
Nadège Poncet
Service comptabilité – Institut Sainte-Marthe"""),

    dict(id="s8frb034", country="FR", date="2026-12-10T17:25", fmt="tb", stage="second_reminder", ago=3,
         inv="TRD-26-0535", amt="720,00", due="2026-11-18",
         frm="Étude Aubry - Comptabilité <compta@aubry-notaire.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Notary's office: transfer will be passed tomorrow (Fri 11 Dec).",
         body="""Bonjour,

Maître Aubry a signé l'ordre de virement cet après-midi. Le virement sera passé demain matin par la comptabilité de l'étude.

Avec nos excuses pour ce retard,

Corinne Vial
Comptable
Étude de Maître Jean-Marc Aubry, notaire
3 place de la Libération – 38200 Vienne
Tél. 04 74 85 22 07"""),

    dict(id="s8frb035", country="FR", date="2026-12-15T14:00", fmt="gmail", stage="reminder", ago=1,
         inv="TRD-26-0617", amt="1 380,00", due="2026-12-10",
         frm="Association Pont des Langues <administration@pontdeslangues.ch>",
         intent="bank_details",
         note="Swiss association asks for IBAN and BIC to pay by transfer from Switzerland.",
         body="""Bonjour,

Nous souhaitons volontiers régler votre facture, mais celle-ci ne mentionne pas vos coordonnées bancaires et le lien de paiement en ligne ne propose que le paiement par carte, ce qui n'est pas possible pour notre association.

Pourriez-vous nous faire parvenir votre IBAN ainsi que le code BIC/SWIFT de votre banque ? Le paiement partira de notre compte PostFinance.

Avec nos meilleures salutations

Anne-Laure Gindrat
Administration
Association Pont des Langues – Genève"""),

    dict(id="s8frb036", country="FR", date="2027-01-14T15:30", fmt="html_outlook", stage="firm", ago=4,
         inv="TRD-26-0589", amt="2 475,00", due="2026-11-30",
         frm="Direction - Horizons Formation <direction@horizons-formation.org>",
         intent="other",
         note="Association in receivership: cannot pay pre-judgment debts, creditor must file a claim with the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que l'association Horizons Formation a été placée en redressement judiciaire par jugement du tribunal judiciaire de Lyon en date du 5 janvier 2027.

En application des règles de la procédure collective, nous ne sommes plus autorisés à régler les créances nées antérieurement au jugement d'ouverture, ce qui est le cas de votre facture TRD-26-0589.

Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné, Maître Hélène Chaumet (SELARL Chaumet & Associés, 16 rue de Brest, 69002 Lyon), dans le délai de deux mois à compter de la publication du jugement au BODACC.

Nous regrettons cette situation et restons à votre disposition pour tout renseignement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Jean-Luc Roussel
Directeur
Horizons Formation – Organisme de formation
SIRET 419 227 640 00035"""),

    dict(id="s8frb037", country="FR", date="2026-12-16T11:40", fmt="outlook", stage="second_reminder", ago=2,
         inv="TRD-26-0567", amt="2 130,00", due="2026-11-25",
         frm="Comptabilité - Mairie de Brignais-le-Vieux <comptabilite@brignais-le-vieux.fr>",
         intent="promise",
         note="Town hall: will be paid on the 2027 budget as soon as credits open in early January (no single day).",
         body="""Bonjour,

Les crédits de l'exercice 2026 étant épuisés sur le chapitre concerné, votre facture sera mandatée sur l'exercice 2027, dès l'ouverture des crédits début janvier.

Le paiement interviendra ensuite par la trésorerie, dans les délais habituels.

Nous vous prions de bien vouloir nous excuser pour ce retard.

Cordialement,

Patricia Rambaud
Service comptabilité
Mairie de Brignais-le-Vieux
04 78 05 14 90"""),

    dict(id="s8frb038", country="FR", date="2027-01-06T10:15", fmt="gmail", stage="reminder", ago=1,
         inv=[("TRD-26-0541", "380,00", "2026-11-15"), ("TRD-26-0604", "612,00", "2026-12-05")],
         frm="Élodie Marchand <e.marchand@notaires-lyon-confluence.fr>",
         intent="copy_request",
         note="Notary's office cannot find the two invoices; asks for PDF copies and a 2026 statement before paying.",
         body="""Bonjour,

Je ne retrouve aucune de ces deux factures dans nos pièces fournisseurs.

Pourriez-vous me les renvoyer au format PDF, ainsi qu'un relevé de compte de l'année 2026 ? Il me semble que nous avons déjà réglé une facture chez vous en novembre et je voudrais faire le rapprochement avant de lancer le paiement.

Merci d'avance,

Élodie Marchand
Comptabilité
SCP Notaires Lyon Confluence
04 72 77 18 40"""),

    dict(id="s8frb039", country="FR", date="2027-01-20T08:14", fmt="gmail", stage="repeat", ago=2,
         inv="TRD-26-0625", amt="1 560,00", due="2026-12-15",
         frm="Romain Tessier <romain.tessier.archi@gmail.com>",
         intent="unsubscribe",
         note="Phone-typed: asks to stop the automatic emails.",
         body="""arretez de m envoyer ces mails automatiques svp, je vois ca directement avec Mme Perrin par telephone. desinscrivez moi de ce truc merci

R Tessier"""),

    dict(id="s8frb040", country="FR", date="2026-12-30T14:50", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="TRD-26-0596", amt="1 744,00", due="2026-12-01",
         frm="Service Comptabilité Clinique Saint-Roch <comptabilite@clinique-saintroch.fr>",
         intent="paid",
         note="Clinic says the invoice was paid and attaches the transfer advice; no date given.",
         body="""Bonjour,

La facture TRD-26-0596 a bien été réglée. Vous trouverez ci-joint l'avis de virement.

Cordialement,

Agnès Roux
Comptabilité fournisseurs
Clinique Saint-Roch – 560 avenue du Colonel Pavelet, 34000 Montpellier
Tél. : 04 67 61 88 00

Ce courriel et ses éventuelles pièces jointes peuvent contenir des informations confidentielles, notamment couvertes par le secret médical. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur."""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s8frb041", country="FR", date="2026-12-18T16:02", fmt="outlook", stage="firm", ago=4,
         inv="TRD-26-0559", amt="980,00", due="2026-11-15",
         frm="Comptabilité Sotral <comptabilite@sotral-emballages.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Closed 19/12 to 04/01; payment 'le 08/01/2027 au plus tard'. Closure dates are not the promise.",
         body="""Bonjour,

Suite à votre relance, je vous informe que notre société sera fermée du 19/12 au 04/01 inclus.

Le règlement de votre facture sera effectué dès la réouverture, le 08/01/2027 au plus tard.

Cordialement,

Nicole Fabre
Comptabilité – Sotral Emballages SAS
ZI Nord, 12 rue des Frères Lumière – 69330 Meyzieu
Tél. 04 78 31 27 54
SAS au capital de 150 000 € – RCS Lyon 392 184 006"""),

    dict(id="s8frb042", country="FR", date="2026-12-28T09:35", fmt="tb", stage="reminder", ago=5,
         inv="TRD-26-0622", amt="1 020,00", due="2026-12-15",
         frm="Agence Duplessis & Roche <agence@duplessis-roche-archi.fr>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer sent Tuesday the 22nd; crossed with the reminder.",
         body="""Bonjour,

Notre virement est parti mardi 22, il a dû se croiser avec votre message.

Bonne fin d'année,

Hugo Duplessis
Agence Duplessis & Roche – architectes
5 montée du Gourguillon, 69005 Lyon"""),

    dict(id="s8frb043", country="FR", date="2027-01-15T11:20", fmt="gmail", stage="reminder", ago=3,
         inv="TRD-26-0613", amt="2 420,00", due="2026-12-31",
         frm="Sébastien Wauters <s.wauters@cabinet-wauters.be>",
         intent="dispute",
         note="Belgian customer: French VAT wrongly charged (reverse charge applies); wants a credit note and corrected invoice before paying.",
         body="""Bonjour,

Votre facture mentionne la TVA française à 20 %, alors que nous sommes assujettis à la TVA en Belgique (BE 0456.781.223) et que le numéro figure bien sur notre bon de commande.

S'agissant d'une prestation de services entre assujettis, l'autoliquidation s'applique et la facture doit être établie hors TVA, avec la mention « autoliquidation ». Nous ne pouvons pas l'encoder telle quelle.

Pourriez-vous nous adresser une note de crédit ainsi qu'une facture rectifiée ? Le paiement suivra dès réception.

Bien à vous,

Sébastien Wauters
Cabinet Wauters – Conseil en propriété intellectuelle
Avenue Louise 231 – 1050 Bruxelles
+32 2 640 18 77"""),

    dict(id="s8frb044", country="FR", date="2026-12-22T15:30", off="-0500", fmt="ooo", stage="heads_up", ago=1,
         inv="TRD-26-0645", amt="2 150,00", due="2027-01-05",
         frm="Marie-Ève Gagnon <megagnon@lavoieconseils.qc.ca>",
         intent="out_of_office", return_date="2027-01-06",
         note="Québec bilingual auto-reply: away 21 Dec to 5 Jan inclusive, back 6 January.",
         body="""Bonjour,

Je serai absente du bureau du 21 décembre 2026 au 5 janvier 2027 inclusivement. De retour le 6 janvier.

Pour toute urgence, veuillez communiquer avec Julie Bouchard au 418 555-0193 ou à jbouchard@lavoieconseils.qc.ca.

Joyeuses Fêtes!

---

Hello,

I am out of the office from December 21, 2026 to January 5, 2027 inclusive, returning January 6.

For urgent matters, please contact Julie Bouchard at 418 555-0193 or jbouchard@lavoieconseils.qc.ca.

Happy Holidays!

Marie-Ève Gagnon
Groupe Lavoie Conseils inc. – Québec"""),

    dict(id="s8frb045", country="FR", date="2027-01-26T10:48", fmt="tb", stage="final_notice", ago=5,
         inv="TRD-26-0601", amt="3 360,00", due="2026-12-10",
         frm="Agence Mélinand Architecture <administration@melinand-architecture.fr>",
         intent="plan_request",
         note="Architecture firm in difficulty asks for monthly instalments, amount to be agreed; no date committed.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre dernier rappel et nous tenions à vous répondre avant toute transmission du dossier.

Nous ne contestons nullement votre facture. Notre agence traverse cependant une période difficile : deux maîtres d'ouvrage ne nous ont toujours pas réglé nos honoraires de l'automne, dont l'un vient d'être placé en liquidation judiciaire.

Nous vous serions reconnaissants d'accepter un échelonnement de cette somme en plusieurs versements mensuels, dont nous pourrions convenir ensemble du montant. Je reste joignable au 06 22 71 48 05 pour en parler.

Avec nos remerciements anticipés,

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Anne Mélinand
Architecte gérante
Agence Mélinand Architecture SARL – Villefranche-sur-Saône"""),

    dict(id="s8frb046", country="FR", date="2027-01-21T17:05", fmt="outlook", stage="reminder", ago=2,
         inv="TRD-26-0653", amt="1 470,00", due="2027-01-10",
         frm="Léa Castellan <lea.castellan@archipel-consulting.fr>",
         cc="Julie Brun <julie.brun@archipel-consulting.fr>",
         intent="contact_change", new_email="julie.brun@archipel-consulting.fr",
         note="Assistant leaving the company; reminders should go to her colleague from Monday. Invoice 'en cours de validation', no date.",
         body="""Bonjour,

Je quitte mes fonctions chez Archipel Consulting demain soir.

À compter de lundi, merci d'adresser vos factures et relances à ma collègue Julie Brun (julie.brun@archipel-consulting.fr), en copie de ce message. Je lui ai transmis votre facture, qui est en cours de validation.

Merci pour ces années de collaboration !

Léa Castellan
Assistante de direction
Archipel Consulting – 18 quai Jules Courmont, 69002 Lyon
04 72 56 30 14"""),

    dict(id="s8frb047", country="FR", date="2026-12-17T13:22", fmt="gmail", stage="second_reminder", ago=3,
         inv="TRD-26-0574", amt="865,00", due="2026-11-30",
         frm="Secrétariat Lycée Saint-Exupéry <secretariat@lycee-stex-bourgoin.fr>",
         intent="promise",
         note="Private school: payment 'à la rentrée des vacances de Noël' (no single day).",
         body="""Bonjour,

Notre économe est déjà partie en congé et elle est la seule à pouvoir valider les paiements. Je lui ai laissé votre facture sur son bureau avec une note.

Le règlement sera fait à la rentrée des vacances de Noël, je m'en assurerai.

Bonnes fêtes,

Sandrine
Secrétariat de direction
Lycée privé Saint-Exupéry – Bourgoin-Jallieu"""),

    dict(id="s8frb048", country="FR", date="2026-12-08T11:18", fmt="gmail", stage="reminder", ago=1,
         inv="TRD-26-0585", amt="1 115,00", due="2026-11-28",
         frm="Cabinet Morin Expertise <contact@morin-expertise.fr>",
         intent="other",
         note="Wrong recipient: never used the firm's services, suggests another company with a similar name.",
         body="""Bonjour,

Je pense qu'il y a une erreur : notre cabinet n'a jamais fait appel à vos services, et nous n'avons aucune trace de commande ni de devis chez vous.

Il existe un autre cabinet Morin à Villeurbanne (Morin Géomètres-Experts), peut-être s'agit-il de lui ?

Merci de vérifier et de corriger votre fichier.

Cordialement,

Stéphane Morin
Cabinet Morin Expertise – Expertise comptable
Écully"""),

    dict(id="s8frb049", country="FR", date="2027-01-22T18:30", fmt="html_gmail", stage="repeat", ago=3,
         inv="TRD-26-0631", amt="1 680,00", due="2026-12-20",
         frm="Chloé Vasseur <chloe@studio-hexagone.fr>",
         intent="promise", promise_date="2027-01-25",
         note="'lundi' from Friday 22 Jan = Monday 25 January.",
         body="""Bonsoir,

Désolée, j'ai complètement zappé avec la reprise de janvier.

Je fais le virement lundi à la première heure.

Bon week-end,
Chloé

Studio Hexagone – design & communication
06 59 14 32 70"""),

    dict(id="s8frb050", country="FR", date="2027-01-27T09:40", fmt="apple", stage="firm", ago=2,
         inv="TRD-26-0659", amt="930,00", due="2026-12-31",
         frm="Damien Roche <d.roche@roche-kine.fr>",
         intent="other",
         note="Question about the 40 € recovery indemnity mentioned in the reminder; no payment statement.",
         body="""Bonjour

Une question avant tout : l'indemnité de 40 € dont parle votre mail, elle est ajoutée automatiquement à la facture ? Si c'est le cas je dois la payer en meme temps ou vous m'envoyez une facture séparée ? Je ne comprends pas tres bien comment ca marche, c'est la premiere fois qu'on me l'applique.

Merci de m'éclairer

Damien Roche
Cabinet de kinésithérapie Roche – Oullins"""),
]
