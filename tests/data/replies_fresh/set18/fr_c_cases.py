"""fr_c: French replies to Morvan Froid & Chauffage SARL (Angers). Each body written by hand."""

CASES = [
    dict(id="s18frc001", country="FR", date="2026-12-08T19:42", fmt="apple", stage="reminder", ago=1,
         inv="FA2026-1187", amt="189,00", due="2026-11-30",
         frm="Sandrine Pelletier <sandrine.pelletier49@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday; reply sent Tuesday 8 Dec, so Friday 11 Dec.",
         body="""ok je fais le virement vendredi
bonne soirée

Envoyé de mon iPhone"""),

    dict(id="s18frc002", country="FR", date="2026-12-09T08:17", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA2026-1102", amt="1 746,00", due="2026-11-15",
         frm="Comptabilité Le Bistrot des Halles <compta@bistrotdeshalles-angers.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer made yesterday (reply of Wed 9 Dec).",
         body="""Bonjour,

Le virement de 1 746,00 € a été effectué hier depuis notre compte Crédit Mutuel, avec la référence FA2026-1102 en libellé. Vous devriez le recevoir d'ici 48 h.

Désolée pour le retard, la facture était restée dans la bannette du chef.

Bonne journée,

Claire Bouvet
Assistante administrative
Le Bistrot des Halles – SAS BDH Restauration
3 place Louis-Imbach, 49100 Angers
Tél. 02 41 25 60 84
SAS au capital de 10 000 € – RCS Angers 834 221 905

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),

    dict(id="s18frc003", country="FR", date="2026-12-21T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="FA2026-1215", amt="428,40", due="2026-12-05",
         frm="Crêperie Ty Breizh <contact@creperie-tybreizh.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Restaurant closed for the holidays; reopens Monday 4 January.",
         body="""Bonjour et merci pour votre message,

La crêperie est fermée pour congés annuels du dimanche 20 décembre au dimanche 3 janvier inclus. Réouverture et reprise des mails le lundi 4 janvier à 11h30.

Toute l'équipe vous souhaite de belles fêtes !

Crêperie Ty Breizh
12 rue Saint-Laud – Angers"""),

    dict(id="s18frc004", country="FR", date="2026-12-10T22:51", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA2026-1121", amt="312,00", due="2026-11-20",
         frm="Gérard Lemoine <g.lemoine@orange.fr>",
         intent="dispute",
         note="Contests the repair bill and refuses to pay until the boiler is properly fixed.",
         body="""Vous vous foutez de moi ?

Votre technicien est resté 20 minutes chez moi le 6 novembre, il a changé je ne sais quelle pièce et la chaudière s'est remise en sécurité LE LENDEMAIN. Depuis on se chauffe avec un radiateur électrique. J'ai appelé votre standard trois fois, personne ne m'a rappelé.

Et maintenant je reçois des relances pour 312 euros ?? Je ne paierai pas un centime tant que quelqu'un ne sera pas revenu faire le travail correctement.

G. Lemoine"""),

    dict(id="s18frc005", country="FR", date="2026-12-17T13:10", fmt="gmail", stage="reminder", ago=2,
         inv="FA2026-1198", amt="156,00", due="2026-12-01",
         frm="kevin.maillard <kevin.maillard85@gmail.com>",
         intent="promise",
         note="Promises to pay after the holidays; no single day given.",
         body="""bonjour dsl pour le retard jai eu pas mal de frais avec noel, je regle apres les fetes sans faute
kevin"""),

    dict(id="s18frc006", country="FR", date="2026-12-14T10:25", fmt="tb", stage="second_reminder", ago=4,
         inv="FA2026-1140", amt="540,00", due="2026-11-25",
         frm="Léa Vautrin – Studio Graphique <lea@leavautrin-graphisme.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Partial payment: 250 of 540 transferred this morning; the balance is promised only for early January (vague). Firm must record the partial payment first.",
         body="""Bonjour,

Je viens de vous virer 250 € ce matin sur les 540 € de la facture FA2026-1140 (clim du bureau).

Pour être honnête, plusieurs de mes clients ont du retard de paiement en cette fin d'année et ma trésorerie est à sec. Le reste suivra début janvier, dès que j'aurai été payée.

Merci de votre compréhension,

Léa Vautrin
Graphiste indépendante
06 71 42 09 38"""),

    dict(id="s18frc007", country="FR", date="2026-12-08T11:40", fmt="gmail", stage="reminder", ago=1,
         inv="FA2026-1163", amt="267,60", due="2026-11-27",
         frm="Fleurs de Loire <fleursdeloire.angers@gmail.com>",
         intent="copy_request",
         note="Cannot find the invoice; asks for a PDF copy for her accountant before paying.",
         body="""Bonjour,

Je ne retrouve pas cette facture, ni dans mes mails ni dans mes papiers. Pouvez-vous me la renvoyer en PDF s'il vous plaît ? Mon comptable la réclame pour la saisir et je vous règle dans la foulée.

Merci,
Mélanie
Fleurs de Loire – 27 rue Plantagenêt"""),

    dict(id="s18frc008", country="FR", date="2026-12-15T20:14", fmt="html_gmail", stage="firm", ago=1,
         inv="FA2026-1034", amt="4 890,00", due="2026-10-31",
         frm="Nathalie et Franck Desnoyers <desnoyers.famille@gmail.com>",
         intent="plan_request",
         note="Asks to pay the heat-pump balance in monthly instalments; no date committed.",
         body="""Bonjour,

Nous avons bien reçu votre courrier concernant le solde de l'installation de la pompe à chaleur.

Nous ne contestons absolument pas la facture, l'installation fonctionne très bien et nous sommes satisfaits du travail de votre équipe. Malheureusement mon mari a perdu son emploi fin octobre (liquidation de son entreprise) et nous n'avions pas prévu cela. L'aide MaPrimeRénov' n'a pas non plus encore été versée.

Serait-il possible de régler cette somme en plusieurs mensualités ? Nous pourrions par exemple vous verser un montant chaque mois, à définir ensemble selon ce que vous pouvez accepter. Nous préférons être transparents plutôt que de laisser traîner.

Vous pouvez me joindre au 06 12 58 77 30 en fin de journée.

Merci d'avance pour votre compréhension,
Nathalie Desnoyers"""),

    dict(id="s18frc009", country="FR", date="2026-12-10T09:12", fmt="outlook", stage="reminder", ago=2,
         inv="FA2026-1149", amt="892,80", due="2026-11-20",
         frm="Boucherie Moreau <boucherie.moreau@wanadoo.fr>",
         intent="promise", promise_date="2026-12-15",
         note="Payment scheduled on the 15th (of December; reply of 10 Dec).",
         body="""Bonjour,

Règlement prévu le 15 avec nos autres fournisseurs.

Cordialement,
Isabelle Moreau
Boucherie Charcuterie Moreau"""),

    dict(id="s18frc010", country="FR", date="2026-12-11T14:30", fmt="outlook", stage="reminder", ago=3,
         inv="FA2026-1171", amt="364,20", due="2026-11-30",
         frm="Leclercq Alimentation <leclercq.alimentation@orange.fr>",
         intent="contact_change", new_email="compta.leclercq@cabinet-aubry-expertise.fr",
         note="Asks that invoices and reminders go to their accounting firm's address.",
         body="""Bonjour,

Merci d'adresser désormais toutes vos factures et relances directement à notre cabinet comptable, qui gère les règlements fournisseurs pour nous depuis le 1er décembre :

compta.leclercq@cabinet-aubry-expertise.fr

Cette boîte-ci n'est quasiment plus consultée.

Bonne fin de journée
Pascal Leclercq"""),

    dict(id="s18frc011", country="FR", date="2026-12-16T16:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA2026-1126", amt="2 118,00", due="2026-11-22",
         frm="Le Comptoir Angevin <lecomptoirangevin@gmail.com>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new IBAN; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Petite question avant de payer : on a reçu hier un mail soi-disant de chez vous (adresse en morvan-froid-facturation.com) qui nous dit que vous avez changé de banque, avec un nouveau RIB dans une banque en ligne, IBAN qui commence par LT.

Ça ne ressemble pas trop à vous... C'est vraiment vous ? Je préfère vérifier avant d'envoyer 2 118 €. Vous pouvez me confirmer votre IBAN habituel, idéalement par téléphone ?

Merci
Yannick – Le Comptoir Angevin
06 84 20 15 63"""),

    dict(id="s18frc012", country="FR", date="2026-12-09T07:55", fmt="gmail", stage="heads_up", ago=1,
         inv="FA2026-1229", amt="98,00", due="2026-12-15",
         frm="Monique Chauvin <monique.chauvin@laposte.net>",
         intent="unsubscribe",
         note="Asks not to receive these automatic emails any more.",
         body="""Bonjour,

Je ne souhaite plus recevoir ces courriels automatiques. Je paie toujours mes factures à réception par chèque, comme je l'ai toujours fait. Merci de retirer mon adresse de vos envois.

Mme Chauvin"""),

    dict(id="s18frc013", country="FR", date="2026-12-07T09:04", fmt="bounce",
         inv="FA2026-1154", rcpt="contact@pizzeria-bellanapoli.fr", status="5.2.2",
         mta="mx-out.morvan-froid.fr", remote="mx1.mail.ovh.net",
         diag="552 5.2.2 <contact@pizzeria-bellanapoli.fr>: Mailbox full, quota exceeded",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""This is the mail system at host mx-out.morvan-froid.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<contact@pizzeria-bellanapoli.fr>: host mx1.mail.ovh.net[188.165.36.237]
    said: 552 5.2.2 Mailbox full, quota exceeded (in reply to RCPT TO command)"""),

    dict(id="s18frc014", country="FR", date="2026-12-12T10:18", fmt="gmail", stage="reminder", ago=3,
         inv="FA2026-1175", amt="231,00", due="2026-11-30",
         frm="Julien Tessier <julien.tessier.pro@gmail.com>",
         intent="other",
         note="Says he is the wrong recipient: never used the firm, probably a namesake.",
         body="""Bonjour,

Je pense qu'il y a une erreur de destinataire. Je n'ai jamais fait appel à votre société, je n'habite même pas Angers (je suis à Lille). Il s'agit peut-être d'un homonyme, mon nom est assez courant.

Merci de vérifier de votre côté et de corriger l'adresse mail dans votre fichier.

Julien Tessier"""),

    dict(id="s18frc015", country="FR", date="2026-12-14T11:47", fmt="html_outlook", stage="final_notice", ago=1,
         inv=[("FA2026-0988", "1 325,00", "2026-10-15"), ("FA2026-1057", "680,40", "2026-11-05")],
         frm="Cabinet Roussel & Associés <b.roussel@roussel-expertise.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Accountant for the brasserie commits to payment 'sous huitaine' from Mon 14 Dec = 22 Dec.",
         body="""Madame, Monsieur,

Nous intervenons en qualité d'expert-comptable de la SARL Brasserie du Ralliement, dont nous assurons le suivi des règlements fournisseurs.

Nous vous confirmons que les deux factures FA2026-0988 et FA2026-1057 ont été validées par notre cliente et que leur règlement interviendra sous huitaine, par virement, en une seule opération de 2 005,40 €.

Nous vous prions de bien vouloir suspendre toute procédure de recouvrement d'ici là.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Bertrand Roussel
Expert-comptable
Cabinet Roussel & Associés
22 boulevard Foch – 49000 Angers
Tél. : 02 41 88 14 70
Membre de l'Ordre des experts-comptables – Région Pays de la Loire"""),

    dict(id="s18frc016", country="FR", date="2026-12-18T11:02", fmt="none", stage="second_reminder", ago=3,
         inv="FA2026-1133", amt="142,00", due="2026-11-25",
         frm="jean.brossard@orange.fr",
         intent="paid", paid_on="2026-12-16",
         note="Cheque posted on Wednesday (16 Dec; reply of Friday 18 Dec).",
         body="""Madame, Monsieur,

Je vous informe que j'ai posté mercredi un chèque de 142 euros à l'ordre de votre société, à l'adresse de la rue des Tanneurs, pour l'entretien de ma chaudière.

Je vous prie d'agréer mes salutations distinguées.

Jean Brossard
8 allée des Tilleuls
49130 Les Ponts-de-Cé"""),

    dict(id="s18frc017", country="FR", date="2026-12-23T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA2026-1240", amt="605,00", due="2026-12-10",
         frm="Camille Fortin Architecte <camille@fortin-architecte.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Away until Monday 4 January inclusive, so back Tuesday 5 January.",
         subj_prefix="Absente : ",
         body="""Bonjour,

Je suis absente jusqu'au lundi 4 janvier inclus et ne consulte pas mes mails.
Pour les chantiers en cours, merci de contacter Hugo au 06 33 27 81 94.

Bonnes fêtes,
Camille Fortin"""),

    dict(id="s18frc018", country="FR", date="2026-12-09T15:36", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA2026-1110", amt="1 224,00", due="2026-11-30",
         frm="Optique Martineau <direction@optique-martineau.fr>",
         intent="dispute",
         note="Disputes the amount: quote was 850 HT (1 020 TTC), invoice is 1 224; asks for a corrected invoice.",
         body="""Bonjour,

Je ne règlerai pas cette facture en l'état : le devis signé pour la climatisation du magasin (devis D2026-341 du 2 octobre) était de 850,00 € HT, soit 1 020,00 € TTC. Votre facture est de 1 224,00 € TTC, sans qu'on m'ait jamais parlé d'un supplément.

Si des travaux supplémentaires ont été faits, j'aurais dû en être informé avant. Merci de m'envoyer une facture conforme au devis, que je règlerai aussitôt.

Cordialement,

Olivier Martineau
Optique Martineau
41 rue Lenepveu – 49100 Angers
02 41 87 52 19"""),

    dict(id="s18frc019", country="FR", date="2027-01-06T18:22", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA2026-1203", amt="215,00", due="2026-12-10",
         frm="Aurélie Guichard <aurelie.guichard@hotmail.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay at the end of January (= 31 January).",
         body="""Bonjour,

Je n'ai pas oublié, mais décembre a été compliqué. Je pourrai vous régler fin janvier quand j'aurai ma paie, si ça vous convient.

Bonne année quand même !
Aurélie Guichard"""),

    dict(id="s18frc020", country="FR", date="2027-01-05T12:48", fmt="apple", stage="reminder", ago=1,
         inv="FA2026-1251", amt="89,00", due="2026-12-20",
         frm="Thomas Réveillère <t.reveillere@icloud.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card via the link just now.",
         body="""C'est réglé par CB sur votre lien à l'instant.

Thomas

Envoyé de mon iPhone"""),

    dict(id="s18frc021", country="FR", date="2026-12-29T10:05", fmt="outlook", stage="second_reminder", ago=6, fwd=True,
         inv="FA2026-1180", amt="3 456,00", due="2026-12-05",
         frm="Sophie Lambert <s.lambert@groupe-garnier-resto.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Assistant forwards the manager's answer: payment on 8 January.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Garnier concernant votre relance pour la chambre froide de La Table de Rablay.

Bien à vous,
Sophie Lambert
Assistante de direction – Groupe Garnier Restauration
02 41 78 33 05

-----Message d'origine-----
De : Pierre Garnier
Envoyé : lundi 28 décembre 2026 19:12
À : Sophie Lambert
Objet : RE: Relance Morvan

Sophie, dis-leur qu'on paie le 8 janvier, avec le reste des fournisseurs. Pas avant, la tréso est tendue avec les fêtes.
P."""),

    dict(id="s18frc022", country="FR", date="2026-12-16T09:41", fmt="tb", stage="firm", ago=2,
         inv="FA2026-1019", amt="1 087,20", due="2026-10-31",
         frm="Boulangerie Hamon <boulangerie.hamon@free.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire); firm must file its claim with the mandataire.",
         body="""Bonjour,

Je vous informe que la SARL Boulangerie Hamon a été placée en redressement judiciaire par jugement du tribunal de commerce d'Angers du 12 novembre 2026.

Je n'ai donc plus le droit de régler les dettes antérieures à cette date. Vous devez déclarer votre créance auprès du mandataire judiciaire, Maître Delaunay, SELARL Delaunay & Perrin, 5 rue Chevreul à Angers, dans un délai de deux mois à compter de la publication au BODACC.

Je suis désolé de cette situation, j'espère que nous pourrons continuer à travailler ensemble.

Stéphane Hamon"""),

    dict(id="s18frc023", country="FR", date="2027-01-07T14:20", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA2026-1236", amt="1 512,00", due="2026-12-18",
         frm="Gestion Collège Jean-Vilar <gestion.0490812k@ac-nantes.fr>",
         intent="copy_request",
         note="School needs the purchase-order number and the invoice filed on Chorus Pro before paying.",
         body="""Bonjour,

Nous ne pouvons pas traiter cette facture : en tant qu'établissement public, nous ne pouvons payer que les factures déposées sur Chorus Pro, avec le numéro de bon de commande (engagement juridique) que nous vous avions transmis lors de la commande.

Pourriez-vous nous communiquer ce numéro de bon de commande ou redéposer la facture sur Chorus Pro en le mentionnant ? Le SIRET de l'établissement est le 194 908 125 00017.

Le paiement interviendra dès réception sur la plateforme.

Cordialement,

Service gestion
Collège Jean-Vilar
Rue du Haut-Pressoir – 49000 Angers
Tél. 02 41 66 23 10"""),

    dict(id="s18frc024", country="FR", date="2027-01-08T17:55", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA2026-1192", amt="174,00", due="2026-12-01",
         frm="Robert Gaudin <robert.gaudin49@sfr.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Will come to the office on Tuesday to pay by cheque; reply of Friday 8 Jan = Tuesday 12 Jan.",
         body="""Bonjour,

Je n'ai pas de compte internet pour faire les virements, je passerai à votre agence mardi dans la matinée pour vous régler par chèque, c'est sur ma route.

Cordialement
R. Gaudin"""),

    dict(id="s18frc025", country="FR", date="2027-01-06T09:33", fmt="html_gmail", stage="second_reminder", ago=1,
         inv=[("FA2026-1208", "742,00", "2026-12-12"), ("FA2026-1244", "318,60", "2026-12-19")],
         frm="Sushi Shop Kyoto Angers <kyoto.angers.gestion@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Both invoices paid in one transfer on 4 January.",
         body="""Bonjour,

Les deux factures (FA2026-1208 et FA2026-1244) ont été payées ensemble par un seul virement de 1 060,60 € le 4 janvier. Vous devriez le voir sur votre relevé, libellé "KYOTO ANGERS MORVAN".

Merci de vérifier et de mettre à jour vos relances.

Cordialement,
Mme Nguyen
Restaurant Kyoto"""),

    dict(id="s18frc026", country="FR", date="2026-12-24T08:30", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA2026-1160", amt="956,40", due="2026-11-28",
         frm="Véronique Pasquier <v.pasquier@hotel-du-mail.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away from 24/12 to 03/01 (a Sunday): first working day back is Monday 4 January.",
         body="""Bonjour,

Je suis absente du 24/12 au 03/01 inclus.
Pour toute urgence concernant la comptabilité, vous pouvez contacter la réception de l'hôtel au 02 41 25 05 25.

Cordialement,
Véronique Pasquier
Hôtel du Mail"""),

    dict(id="s18frc027", country="FR", date="2026-12-17T21:08", fmt="gmail", stage="firm", ago=2,
         inv="FA2026-1095", amt="265,00", due="2026-11-10",
         frm="Patrice Dumont <patrice.dumont@free.fr>",
         intent="dispute",
         note="Refuses the 40 euro recovery fee and late penalties as a private customer; disputes the amount claimed.",
         body="""Bonjour,

Je vois dans votre courrier que vous m'appliquez des pénalités de retard et une "indemnité forfaitaire de 40 €" en citant le Code de commerce.

Je suis un particulier, pas une entreprise. Ces articles ne s'appliquent pas aux particuliers, je me suis renseigné. Je ne paierai donc que les 265 € de la facture, pas un euro de plus, et je veux une confirmation écrite que ces frais sont annulés avant de régler.

P. Dumont"""),

    dict(id="s18frc028", country="FR", date="2027-01-11T12:14", fmt="gmail", stage="reminder", ago=3,
         inv="FA2026-1259", amt="398,00", due="2026-12-26",
         frm="Jessica Morin <jess.morin44@gmail.com>",
         intent="plan_request",
         note="Asks whether she can pay in 2 or 3 instalments.",
         body="""bonjour est ce que je peux payer en 2 ou 3 fois ? la somme d'un coup c'est pas possible pour moi ce mois ci
merci"""),

    dict(id="s18frc029", country="FR", date="2027-01-11T16:40", fmt="apple", stage="second_reminder", ago=4,
         inv="FA2026-1212", amt="546,00", due="2026-12-15",
         frm="La Cave d'Hervé <lacavedherve@orange.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Will pay tomorrow (reply of Monday 11 Jan).",
         body="""Bonjour

Oui désolé, j'étais en inventaire. Je vous fais ça demain sans faute.

Hervé

Envoyé de mon iPad"""),

    dict(id="s18frc030", country="FR", date="2027-01-04T10:12", fmt="gmail", stage="repeat", ago=1,
         inv="FA2026-1088", amt="720,00", due="2026-11-15",
         frm="Marc Lebreton <marc.lebreton.plombier@gmail.com>",
         intent="paid", paid_on="2026-12-28",
         note="Says the transfer left on 28/12; asks the firm to check.",
         body="""Bonjour,

Le virement est parti le 28/12, vérifiez votre compte svp avant de me renvoyer des relances avec des pénalités. Avec les jours fériés il a peut-être mis du temps à arriver.

Marc Lebreton"""),

    dict(id="s18frc031", country="FR", date="2027-01-13T11:26", fmt="outlook", stage="heads_up", ago=2,
         inv="FA2027-0012", amt="129,00", due="2027-01-20",
         frm="Restaurant L'Ardoise <gerance@restaurant-lardoise.fr>",
         intent="bank_details",
         note="Announces its own new bank account for the maintenance-contract direct debit (new RIB attached).",
         body="""Bonjour,

Nous avons changé de banque au 1er janvier (passage du Crédit Agricole à la Banque Populaire). Merci de prélever désormais l'échéance du contrat d'entretien sur notre nouveau compte, vous trouverez le RIB en pièce jointe ainsi que le mandat SEPA signé.

L'ancien compte sera clôturé fin janvier.

Cordialement,
Anne Chevalier
Gérante – L'Ardoise"""),

    dict(id="s18frc032", country="FR", date="2027-01-13T08:02", fmt="gmail", stage="reminder", ago=1,
         inv="FA2026-1262", amt="74,00", due="2026-12-28",
         frm="Salon Coiff'Elles <coiffelles.trelaze@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from these emails.",
         body="""STOP

Retirez mon adresse de vos envois automatiques svp, je ne veux plus recevoir ces mails. Si vous avez quelque chose à me dire vous pouvez passer au salon."""),

    dict(id="s18frc033", country="FR", date="2027-01-05T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA2026-1247", amt="1 890,00", due="2026-12-20",
         frm="Emmanuel Royer <e.royer@campingdulac-brissac.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Automatic reply: back on Monday 11 January.",
         body="""Bonjour,

Le camping est fermé pour la saison hivernale. Je serai de retour au bureau le lundi 11 janvier et traiterai votre message à ce moment-là.

Cordialement,
Emmanuel Royer
Camping du Lac – Brissac"""),

    dict(id="s18frc034", country="FR", date="2027-01-12T14:07", fmt="tb", stage="second_reminder", ago=5,
         inv="FA2026-1224", amt="480,00", due="2026-12-15",
         frm="Antoine Ribeiro Photographie <contact@antoineribeiro-photo.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Commits to paying by the 20th (January).",
         body="""Bonjour,

Merci pour le rappel, ça m'était complètement sorti de la tête avec les mariages de fin d'année. Je vous règle d'ici le 20, j'attends un gros paiement client cette semaine.

Question au passage : est-ce que l'entretien annuel de la clim du studio est compris dans ce montant ou c'est une autre facture ?

Bonne journée,
Antoine Ribeiro
Photographe – 06 52 18 44 07
www.antoineribeiro-photo.fr"""),

    dict(id="s18frc035", country="FR", date="2027-01-08T20:31", fmt="gmail", stage="reminder", ago=2,
         inv="FA2027-0003", amt="16,50", due="2027-01-01",
         frm="Odile Mercier <odile.mercier@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Monthly direct debit taken on 5 January according to her bank account.",
         body="""Bonsoir,

Je ne comprends pas votre relance : le prélèvement de 16,50 € pour le contrat d'entretien est bien passé sur mon compte le 5 janvier, je l'ai sous les yeux. Il doit y avoir un décalage chez vous.

Bonne soirée
Odile Mercier"""),

    dict(id="s18frc036", country="FR", date="2026-12-11T17:50", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA2026-1168", amt="612,00", due="2026-11-30",
         frm="Karim Benali <karim@benali-kebab-angers.fr>",
         intent="other",
         note="Has passed the reminder to his accountant who handles payments; no commitment.",
         body="""Bonjour,

C'est mon comptable qui gère les paiements fournisseurs, je lui ai transmis votre mail. Il va voir ça avec vous.

Karim"""),

    dict(id="s18frc037", country="FR", date="2027-01-14T15:22", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FA2026-1231", amt="2 364,00", due="2026-12-20",
         frm="Les Saveurs du Marché <saveursdumarche.saumur@gmail.com>",
         intent="dispute",
         note="Withholds payment until the cold-room work is finished (door seal and thermostat).",
         body="""Bonjour,

Nous paierons la facture quand le travail sera terminé. Votre technicien devait revenir changer le joint de la porte de la chambre froide et recalibrer le thermostat, la pièce était "en commande". Nous n'avons eu aucune nouvelle depuis le 17 décembre.

En attendant la chambre froide monte à 7-8 °C en plein service et nous avons dû jeter de la marchandise la semaine dernière.

Merci de nous recontacter rapidement pour fixer un rendez-vous.

Cordialement,
Frédéric Aubin
Les Saveurs du Marché – Saumur
02 41 51 09 62"""),

    dict(id="s18frc038", country="FR", date="2027-01-14T07:48", fmt="gmail", stage="reminder", ago=2,
         inv="FA2026-1266", amt="135,00", due="2026-12-31",
         frm="Cédric Poirier <cedric.poirier@laposte.net>",
         intent="promise",
         note="Promises payment next week; no single day given.",
         body="""Bonjour
C'est noté, je vous paie la semaine prochaine.
Cdt
C. Poirier"""),

    dict(id="s18frc039", country="FR", date="2026-12-21T12:35", fmt="gmail", stage="firm", ago=3,
         inv="FA2026-1071", amt="1 380,00", due="2026-11-05",
         frm="Élodie Marchand <elodie.marchand.osteo@gmail.com>",
         intent="plan_request",
         note="Asks whether she may pay in two halves (now and in February); a request, not a commitment.",
         body="""Bonjour,

Je suis ostéopathe installée depuis peu et le remplacement de la chaudière du cabinet tombe au pire moment, entre les charges URSSAF et le loyer.

Est-ce qu'il serait possible de vous régler en deux fois ? Une moitié maintenant et l'autre moitié en février par exemple ? Si vous préférez un autre découpage, dites-moi.

Merci d'avance,
Élodie Marchand
Ostéopathe D.O. – 07 68 22 41 90"""),

    dict(id="s18frc040", country="FR", date="2027-01-04T14:16", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA2026-1196", amt="834,00", due="2026-12-05",
         frm="Ets Gauthier Quincaillerie <comptabilite@gauthier-quincaillerie.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Paid by transfer on 23 December; also asks for a receipted invoice (secondary).",
         body="""Bonjour,

Cette facture a été réglée le 23 décembre par virement (référence VIR-GQ-20261223-0457, montant 834,00 €).

Pourriez-vous par ailleurs nous faire parvenir une facture acquittée pour notre dossier ?

Cordialement,

Martine Gauthier
Service comptabilité
Ets Gauthier – Quincaillerie, outillage
ZA des Landes – 49070 Beaucouzé
Tél. 02 41 48 72 60 – Fax 02 41 48 72 61
SARL au capital de 45 000 € – RCS Angers 412 883 017"""),

    dict(id="s18frc041", country="FR", date="2027-01-19T10:44", fmt="outlook", stage="repeat", ago=1,
         inv=[("FA2026-1042", "410,00", "2026-11-02"), ("FA2026-1137", "276,00", "2026-11-25"), ("FA2026-1218", "198,00", "2026-12-15")],
         frm="Primeur Les Jardins d'Anjou <jardinsdanjou@orange.fr>",
         intent="copy_request",
         note="Asks for a full statement of account and copies of the three invoices before paying.",
         body="""Bonjour,

Je m'y perds un peu avec toutes ces factures, j'ai l'impression que certaines ont déjà été payées. Pouvez-vous m'envoyer un relevé de compte complet avec tout ce qui a été facturé et réglé depuis septembre, et une copie des trois factures ?

Je fais le point avec ma femme et on vous règle ce qui reste.

Merci
Daniel Ferrand"""),

    dict(id="s18frc042", country="FR", date="2026-12-14T09:10", fmt="ooo", stage="reminder", ago=0,
         inv="FA2026-1184", amt="325,80", due="2026-11-30",
         frm="Bruno Lefèvre <bruno@lefevre-traiteur.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="Travelling until Friday 18 December; back Monday 21 December.",
         body="""Bonjour,

Je suis en déplacement sans accès régulier à mes mails jusqu'au vendredi 18 décembre. Je vous répondrai dès mon retour.
Pour les commandes traiteur, merci d'appeler le 02 41 43 90 11.

Bruno Lefèvre
Lefèvre Traiteur"""),

    dict(id="s18frc043", country="FR", date="2026-12-30T11:58", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA2026-1201", amt="1 150,00", due="2026-12-10",
         frm="Pizzeria Da Marco <damarco.angers@gmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="Will make the transfer on reopening, Monday 4 January.",
         body="""Bonjour,

On est fermés jusqu'à la fin de l'année, je n'ai pas accès à l'appli de la banque pro depuis chez moi. On rouvre le lundi 4, je fais le virement ce jour-là en arrivant.

Bonnes fêtes
Marco"""),

    dict(id="s18frc044", country="FR", date="2026-12-22T19:06", fmt="gmail", stage="reminder", ago=5,
         inv="FA2026-1199", amt="92,00", due="2026-12-10",
         frm="Fabien Hardy <fab.hardy@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Paid this morning (reply of 22 Dec).",
         body="""cest regle ce matin par virement, bonne fetes"""),

    dict(id="s18frc045", country="FR", date="2027-01-18T10:37", fmt="tb", stage="heads_up", ago=3,
         inv="FA2027-0041", amt="245,00", due="2027-01-31",
         frm="Association Les Amis du Vieux Moulin <tresorier.vieuxmoulin@gmail.com>",
         intent="other",
         note="Questions about what the maintenance-contract invoice covers and whether an association rate exists; no payment statement or dispute.",
         body="""Bonjour,

Je suis le nouveau trésorier de l'association depuis l'assemblée générale de janvier, et je découvre les dossiers.

Pouvez-vous me dire ce que couvre exactement cette facture de 245 € ? S'agit-il du contrat d'entretien annuel de la chaudière de la salle, et comprend-il les déplacements en cas de panne ? Par ailleurs, proposez-vous un tarif particulier pour les associations ?

Merci par avance,
Jean-Michel Boisseau
Trésorier – Les Amis du Vieux Moulin"""),

    dict(id="s18frc046", country="FR", date="2027-01-20T21:44", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA2026-1255", amt="168,00", due="2026-12-28",
         frm="Steeve Chauveau <steevechauveau@hotmail.fr>",
         intent="promise", promise_date="2027-01-23",
         note="Will pay on Saturday; reply of Wednesday 20 Jan = Saturday 23 Jan.",
         body="""bonsoir, dsl j'avait pas vu le mail il etait dans les spam. je paye samedi par le lien de la facture , j'ai pas ma carte sur moi la"""),

    dict(id="s18frc047", country="FR", date="2027-01-15T16:12", fmt="html_outlook", stage="firm", ago=1,
         inv="FA2026-1118", amt="1 968,00", due="2026-11-20",
         frm="AS Trélazé Handball – Trésorerie <tresorerie@astrelazehandball.fr>",
         intent="dispute",
         note="Says the quote was never signed and the work never ordered by the club; contests the invoice.",
         body="""Madame, Monsieur,

Nous contestons formellement cette facture.

Le devis relatif au remplacement du ballon d'eau chaude des vestiaires nous a bien été adressé en octobre, mais il n'a jamais été signé ni validé par le bureau de l'association. L'intervention a manifestement été demandée par un bénévole qui n'avait aucune délégation pour engager le club.

Nous vous demandons de bien vouloir annuler cette facture ou, à défaut, de nous transmettre le bon de commande signé par un membre habilité du bureau.

Dans l'attente, nous ne procéderons à aucun règlement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Christine Lebon
Trésorière – AS Trélazé Handball
Association loi 1901 – SIRET 439 012 774 00018"""),

    dict(id="s18frc048", country="FR", date="2027-01-15T09:27", fmt="apple", stage="reminder", ago=2,
         inv="FA2026-1268", amt="210,00", due="2027-01-02",
         frm="Hélène Bouchard <helene.bouchard@me.com>",
         intent="paid", paid_on="2027-01-11",
         note="Cheque handed to the technician during his visit on 11 January.",
         body="""Bonjour,

J'ai remis un chèque de 210 € à votre technicien (Sébastien je crois) lors de son passage lundi 11 janvier pour la révision. Il a dû l'oublier dans sa camionnette !

Bonne journée
Hélène Bouchard"""),

    dict(id="s18frc049", country="FR", date="2027-01-21T13:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA2026-1227", amt="731,00", due="2026-12-20",
         frm="Philippe Renaud <philippe.renaud.angers@gmail.com>",
         intent="contact_change", new_email="contact@auvieuxfour-angers.fr",
         note="Former owner: restaurant sold, asks that reminders go to the new manager's address.",
         body="""Bonjour,

J'ai vendu le restaurant Au Vieux Four début décembre, et c'est le nouveau gérant, M. Yoann Perrot, qui a repris le contrat d'entretien et l'intervention de décembre.

Merci d'envoyer vos relances directement à lui : contact@auvieuxfour-angers.fr et de me retirer de vos contacts pour ce dossier.

Cordialement,
Philippe Renaud"""),

    dict(id="s18frc050", country="FR", date="2027-01-22T11:49", fmt="html_outlook", stage="repeat", ago=3,
         inv=[("FA2026-1178", "1 044,00", "2026-12-05"), ("FA2026-1239", "587,40", "2026-12-20")],
         frm="Supermarché Proxi Avrillé <gestion.proxiavrille@orange.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Both invoices will be paid on 29/01.",
         body="""Bonjour,

Les factures FA2026-1178 et FA2026-1239 sont validées et passeront dans notre prochaine campagne de virements du 29/01.

Cordialement,

Laurent Picard
Gérant
SAS Picard Distribution – Proxi Avrillé
2 avenue Pierre-Mendès-France – 49240 Avrillé
Tél. 02 41 69 58 20
RCS Angers 798 455 112 – TVA FR 27 798455112"""),
]
