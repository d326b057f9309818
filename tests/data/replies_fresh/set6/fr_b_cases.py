"""Set 6, French part B: replies to Ombelle Informatique SAS (Lyon), written by hand one by one."""

CASES = [
    dict(id="s6fr101", country="FR", date="2026-11-17T12:48", fmt="gmail", ago=3,
         inv="OMB-26-1184", amt="348,00", due="2026-10-31",
         frm="Dr Hélène Marchetti <dr.marchetti.gratteciel@gmail.com>",
         intent="promise", promise_date="2026-12-03",
         note="commits to pay with her monthly supplier run 'le 3'; the next 3rd after Tue 17 Nov is 3 Dec",
         body="""Bonjour,

J'ai bien reçu votre relance. Tous mes règlements fournisseurs partent en une seule fois, le 3 de chaque mois : je n'ai pas le temps de faire des virements au fil de l'eau entre deux consultations. Votre facture partira donc avec les autres, le 3.

Bonne journée,

Dr Hélène Marchetti
Médecin généraliste
Cabinet médical des Gratte-Ciel
18 avenue Henri Barbusse, 69100 Villeurbanne"""),

    dict(id="s6fr102", country="FR", date="2026-11-12T21:07", fmt="apple", ago=1,
         inv="OMB-26-1203", amt="89,90", due="2026-11-05",
         frm="Sébastien Gaillard <seb.gaillard69@orange.fr>",
         intent="paid",
         note="'C'est fait' = the payment is done; no day given, so no paid_on (only that it is done by the time of the reply)",
         body="""C'est fait.

Envoyé de mon iPhone"""),

    dict(id="s6fr103", country="FR", date="2026-11-16T09:02", fmt="ooo", ago=0,
         inv="OMB-26-1176", amt="1 140,00", due="2026-10-30",
         frm="Olivier Ducasse <o.ducasse@ducasse-avocats.fr>",
         intent="out_of_office", return_date="2026-11-23",
         note="auto-reply; back at the office 'le lundi 23 novembre'",
         body="""Bonjour,

Je suis actuellement en audience puis en déplacement, avec un accès très limité à ma messagerie. Je serai de retour au cabinet le lundi 23 novembre.

Pour toute urgence, vous pouvez joindre mon assistante, Mme Nadia Belkacem, au 05 56 44 18 30 ou à l'adresse secretariat@ducasse-avocats.fr.

Cordialement,

Olivier Ducasse
Avocat au Barreau de Bordeaux
SELARL Ducasse Avocats – 14 cours de Verdun, 33000 Bordeaux"""),

    dict(id="s6fr104", country="FR", date="2026-11-18T17:35", fmt="html_outlook", ago=2, stage="second_reminder",
         inv="OMB-26-1142", amt="642,00", due="2026-10-20",
         frm="Camille Lefort <c.lefort@lefort-architectes.fr>",
         intent="dispute",
         note="says the maintenance contract was cancelled at 30 Sept and the invoice (Q4) is not owed; asks for a credit note",
         body="""Bonjour,

Je me permets de vous répondre puisque c'est la deuxième fois que je reçois ce courriel.

Comme indiqué à votre commercial, M. Rivière, par courrier recommandé du 2 septembre (AR signé le 4), nous avons résilié le contrat de maintenance de nos postes au 30 septembre. La facture OMB-26-1142 porte sur le quatrième trimestre : nous n'avons donc aucune raison de la régler.

Je vous remercie par avance d'émettre l'avoir correspondant et de cesser les relances sur ce dossier, qui commencent à ressembler à une mauvaise habitude.

Bien à vous,

Camille Lefort
Architecte DPLG – Gérante
Agence Lefort Architectes
9 place Sathonay, 69001 Lyon
Tél. 04 72 00 61 95"""),

    dict(id="s6fr105", country="FR", date="2026-12-02T20:15", fmt="gmail", ago=1,
         inv="OMB-26-1261", amt="215,00", due="2026-11-20",
         frm="Julien Perrot <julien.perrot.kine@gmail.com>",
         intent="promise", promise_date="2026-12-08",
         note="'je vous fais le virement mardi 8': Tuesday 8 December 2026 (reply Wed 2 Dec)",
         body="""Bonsoir,

oui désolé, j'ai vu passer votre mail hier entre deux patients et je l'ai oublié aussitôt. J'attends les remboursements de la CPAM et des mutuelles, qui arrivent en général en tout début de mois. Je vous fais le virement mardi 8 sans faute.

Bonne soirée

Julien Perrot
Masseur-kinésithérapeute DE
06 71 24 88 09"""),

    dict(id="s6fr106", country="FR", date="2026-11-20T23:41", fmt="tb", ago=4, stage="firm",
         inv=[("OMB-26-1098", "2 160,00", "2026-09-30"), ("OMB-26-1131", "1 375,50", "2026-10-15")],
         frm="Thomas Vidal <thomas@studio-grenadine.fr>",
         intent="plan_request",
         note="long cash-flow explanation, asks to spread the total over four or five monthly payments; explicitly cannot commit to a date",
         body="""Bonsoir,

Je vous écris tard, pardon, mais je préfère vous répondre honnêtement plutôt que de laisser traîner.

Je ne conteste absolument pas ces deux factures : la migration de nos postes et le nouveau serveur ont été faits, et bien faits. Le problème est ailleurs. Notre plus gros client (près de 40 % de notre chiffre d'affaires) a été placé en redressement judiciaire fin septembre, avec un peu plus de 18 000 € de factures impayées chez nous, que nous ne reverrons probablement pas avant des mois, si nous les revoyons un jour. Dans le même temps nous avons dû payer les salaires, l'URSSAF et le loyer de l'atelier, et la banque refuse pour l'instant d'augmenter notre découvert.

Bref, nous sommes une agence de quatre personnes et je jongle au jour le jour. Je ne veux pas vous promettre une date que je ne pourrai pas tenir, comme l'ont fait d'autres avec nous.

Serait-il possible d'étaler le montant total en quatre ou cinq mensualités ? Je pourrai vous confirmer un calendrier précis après mon rendez-vous avec notre conseiller bancaire, qui n'est pas encore fixé. Si vous avez une autre formule à proposer, je suis preneur.

Merci de votre compréhension, et encore désolé.

Thomas Vidal
Studio Grenadine – agence de communication
5 rue Mercière, 69002 Lyon
07 68 12 40 55"""),

    dict(id="s6fr107", country="FR", date="2026-12-09T10:22", fmt="outlook", ago=6,
         inv="OMB-26-1277", amt="480,00", due="2026-11-25",
         frm="Sandrine Favre <admin@physio-dulac.ch>",
         intent="paid", paid_on="2026-12-08",
         note="Swiss debtor: 'versé le 08.12' = 8 December, the day before the reply",
         body="""Bonjour,

Nous accusons réception de votre rappel. Le montant de EUR 480.00 a été versé le 08.12 depuis notre compte PostFinance, avec la référence OMB-26-1277. Selon la banque, il faut compter deux à trois jours ouvrables pour un virement en euros vers la France.

Nous vous remercions d'en prendre note.

Meilleures salutations

Sandrine Favre
Administration
Cabinet de physiothérapie du Lac
Quai Gustave-Ador 26, 1207 Genève
Tél. +41 22 735 18 40"""),

    dict(id="s6fr108", country="FR", date="2026-11-24T14:10", fmt="gmail", ago=5,
         inv="OMB-26-1212", amt="156,00", due="2026-11-10",
         frm="Secrétariat EMT <secretariat.emtassin@gmail.com>",
         intent="copy_request",
         note="cannot find the invoice and asks for it again as a PDF; the question about what it covers goes with it",
         body="""Bonjour,

Nous ne retrouvons pas cette facture, ni dans nos mails ni dans le courrier papier. Pouvez-vous nous la renvoyer en PDF ? Notre trésorier ne règle rien sans pièce justificative.

Il s'agit bien de l'intervention sur la photocopieuse de la salle des professeurs ?

Merci,
Laurence
Secrétariat – École de musique de Tassin-la-Demi-Lune"""),

    dict(id="s6fr109", country="FR", date="2026-11-24T11:05", fmt="outlook", ago=2, stage="second_reminder",
         inv="OMB-26-1167", amt="924,00", due="2026-10-28",
         frm="Karim Haddad <k.haddad@immo-croixrousse.fr>",
         intent="promise", promise_date="2026-11-26",
         note="'vous aurez le virement sous 48h' written Tue 24 Nov: by Thu 26 Nov",
         body="""Bonjour,

Toutes mes excuses pour ce retard, la facture était restée bloquée en attente de validation chez mon associé. C'est débloqué : vous aurez le virement sous 48h.

Cordialement,

Karim Haddad
Gérant
Immo Croix-Rousse – Transaction & Location
112 boulevard de la Croix-Rousse, 69004 Lyon
04 78 29 63 10"""),

    dict(id="s6fr110", country="FR", loc="GB", date="2026-11-18T08:30", fmt="gmail", ago=2,
         inv="OMB-26-1190", amt="129,00", due="2026-11-06",
         frm="Rachel Whitmore <rachel.whitmore.translation@gmail.com>",
         intent="promise", promise_date="2026-11-20",
         note="English-speaking customer of the French firm: 'I'll send it over by Friday' written Wed 18 Nov = Fri 20 Nov",
         body="""Hi,

Sorry, my French isn't great so I hope English is OK. I did get the invoice for the laptop repair, it just slipped my mind with everything going on. I'll send it over by Friday at the latest.

Thanks for sorting the laptop out, by the way - it's been working perfectly since.

Best,
Rachel Whitmore"""),

    dict(id="s6fr111", country="FR", date="2026-11-26T16:40", fmt="html_outlook", ago=3,
         inv="OMB-26-1224", amt="1 068,00", due="2026-11-15",
         frm="Service Copropriétés <copro@regie-bellecour.fr>",
         intent="contact_change", new_email="factures.fournisseurs@regie-bellecour.fr",
         note="property manager asks that invoices and reminders go only to its supplier accounts address",
         body="""Bonjour,

Votre relance nous est parvenue sur l'adresse générale du service copropriétés, qui n'est pas traitée par la comptabilité.

Afin d'éviter tout retard, merci d'adresser désormais vos factures et relances exclusivement à notre service comptabilité fournisseurs : factures.fournisseurs@regie-bellecour.fr, en précisant le nom de la copropriété concernée (ici : Résidence Le Vauban, 12 rue Tronchet).

Nous transmettons néanmoins votre message.

Cordialement,

Service Copropriétés
Régie Bellecour Gestion
Administrateur de biens – Syndic de copropriété
27 rue de la Charité, 69002 Lyon
Carte professionnelle CPI 6901 2019 000 041 872"""),

    dict(id="s6fr112", country="FR", date="2026-11-27T19:52", fmt="apple", ago=1,
         inv="OMB-26-1238", amt="64,00", due="2026-11-19",
         frm="Mathieu Roche <mathieu.roche@free.fr>",
         intent="other",
         note="bare acknowledgement ('ok vu'), no commitment and no claim of payment",
         body="""ok vu

Envoyé de mon iPhone"""),

    dict(id="s6fr113", country="FR", date="2026-11-24T09:47", fmt="html_gmail", ago=4,
         inv="OMB-26-1219", amt="390,00", due="2026-11-13",
         frm="Lucie Brandt <lucie@luciebrandt-graphisme.fr>",
         intent="promise", promise_date="2026-12-04",
         note="'je te fais le virement dans 10 jours max' written Tue 24 Nov: 24 + 10 = Fri 4 Dec",
         body="""Salut Antoine,

Oui oui je sais, je suis en retard 🙈 J'attends le paiement d'une grosse presta qui doit tomber cette semaine. Je te fais le virement dans 10 jours max, ça te va ?

Et merci encore pour la récup du disque dur, tu m'as sauvé la vie.

Lucie

--
Lucie Brandt – graphiste & illustratrice
www.luciebrandt-graphisme.fr"""),

    dict(id="s6fr114", country="FR", date="2026-11-30T15:20", fmt="html_gmail", ago=3, stage="second_reminder",
         inv="OMB-26-1155", amt="1 812,00", due="2026-10-31",
         frm="Élodie Sarrazin <compta.bessonmorel@gmail.com>",
         intent="bank_details",
         note="received an email announcing a change of the firm's IBAN (foreign IBAN) and asks for a phone confirmation before paying: fraud check",
         body="""Bonjour,

Avant toute mise en paiement, nous souhaitons une confirmation de votre part. Nous avons reçu le 19 novembre un courriel, à votre en-tête, nous informant d'un changement de vos coordonnées bancaires (IBAN commençant par LT…). Cela nous paraît pour le moins inhabituel pour une société lyonnaise.

Pouvez-vous nous confirmer par téléphone, au numéro habituel de l'étude, l'IBAN sur lequel le règlement doit être effectué ? Nous ne procéderons à aucun virement tant que ce point n'aura pas été vérifié.

Cordialement,

Élodie Sarrazin
Comptable taxatrice
Office notarial Besson & Morel
3 place de la République, 38200 Vienne
04 74 85 02 19"""),

    dict(id="s6fr115", country="FR", date="2026-11-25T14:03", fmt="outlook", ago=3,
         inv=[("OMB-26-1170", "570,00", "2026-11-02"), ("OMB-26-1171", "275,00", "2026-11-02")],
         frm="Nathalie Dewulf <n.dewulf@pixelbleu.be>",
         intent="paid", paid_on="2026-11-23",
         note="Belgian agency: both invoices paid 'ce lundi' in one transfer; reply Wed 25 Nov, so Monday 23 Nov",
         body="""Bonjour,

Les deux factures ont été payées ce lundi en un seul virement de 845,00 EUR (communication : OMB-26-1170 + 1171). Vous devriez le voir apparaître sur votre compte d'ici demain.

Je vous saurais gré de vérifier de votre côté et de me tenir au courant s'il manque quoi que ce soit.

Bien à vous,

Nathalie Dewulf
Office manager
Pixel Bleu srl
Chaussée de Waterloo 412, 1050 Ixelles
+32 2 538 71 06"""),
    dict(id="s6fr116", country="FR", date="2026-12-10T11:30", fmt="gmail", ago=1, stage="second_reminder",
         inv="OMB-26-1249", amt="312,00", due="2026-11-18",
         frm="Patrick Moulin <autoecole.saintjust@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="driving school: 'le virement est parti le 8 déc.' (reply Thu 10 Dec)",
         body="""Bonjour,

Nos mails se sont croisés : le virement est parti le 8 déc., vous devriez l'avoir reçu à l'heure qu'il est. Je peux vous envoyer la capture de l'ordre de virement si besoin.

Cordialement

Patrick Moulin
Auto-école Saint-Just
2 rue des Farges, 69005 Lyon"""),

    dict(id="s6fr117", country="FR", date="2026-11-30T09:01", fmt="ooo", ago=0,
         inv="OMB-26-1229", amt="864,00", due="2026-11-20",
         frm="Valérie Guérin <gestion@institution-ndtilleuls.fr>",
         subj="Absente jusqu'au 4 décembre",
         intent="out_of_office", return_date="2026-12-07",
         note="school bursar away 'jusqu'au vendredi 4 décembre inclus': first working day back is Monday 7 December",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 4 décembre inclus et ne consulterai pas ma messagerie pendant cette période.

Pour les inscriptions et la vie scolaire, merci de contacter l'accueil au 04 78 36 21 57. Pour les factures fournisseurs, votre message sera traité à mon retour.

Valérie Guérin
Responsable administrative et financière
Institution Notre-Dame des Tilleuls"""),

    dict(id="s6fr118", country="FR", date="2026-11-26T18:10", fmt="html_outlook", ago=2,
         inv="OMB-26-1231", amt="455,00", due="2026-11-16",
         frm="Franck Olivier <f.olivier@terre-et-toits-immobilier.fr>",
         intent="promise",
         note="commits to pay 'en début de semaine prochaine' (week of 30 Nov); 'début de semaine' covers Monday or Tuesday, not one day, so no promise_date",
         body="""Bonjour,

Bien reçu. Notre comptable passe à l'agence une fois par semaine pour les paiements, je lui ai mis votre facture de côté : le règlement partira en début de semaine prochaine.

Cordialement,

Franck Olivier
Directeur d'agence
Terre & Toits Immobilier – Transaction, gestion locative
47 Grande Rue, 69600 Oullins
04 72 39 18 06"""),

    dict(id="s6fr119", country="FR", date="2026-11-21T13:22", fmt="gmail", ago=3, stage="second_reminder",
         inv="OMB-26-1207", amt="149,00", due="2026-11-07",
         frm="Dylan Ferrand <dylan.ferrand42@gmail.com>",
         intent="dispute",
         note="consumer refuses to pay a repair that did not fix the PC; asks for a real repair or cancellation",
         body="""bonjour
je vais pas payer 149 euros pour un pc qui marche toujours pas. je l ai recupere le 4 il a replante le soir meme, meme ecran bleu qu avant. votre technicien m a dit que c etait regle. soit vous le reparez vraiment soit vous annulez la facture mais je paye pas pour rien
D Ferrand"""),

    dict(id="s6fr120", country="FR", date="2026-11-24T10:05", fmt="outlook", ago=3, fwd=True,
         inv="OMB-26-1193", amt="276,00", due="2026-11-10",
         frm="Sophie Lacombe <secretariat@cardio-benhamou.fr>",
         intent="paid", paid_on="2026-11-20",
         note="forwarded by the doctor's secretary: paid by cheque 'posté le 20/11'; the request to check receipt does not change the label",
         body="""Bonjour,

Le Dr Benhamou m'a transmis votre relance ci-dessous. Le règlement a été fait par chèque n° 0004127, posté le 20/11 à votre adresse du cours Gambetta. Pouvez-vous vérifier qu'il vous est bien parvenu ?

Bien cordialement,

Sophie Lacombe
Secrétaire médicale
Cabinet du Dr David Benhamou – Cardiologie
60 avenue Jean Jaurès, 69007 Lyon
Tél. 04 78 72 45 90

-----Message d'origine-----
De : Dr David Benhamou <d.benhamou@cardio-benhamou.fr>
Envoyé : mardi 24 novembre 2026 08:12
À : Sophie Lacombe <secretariat@cardio-benhamou.fr>
Objet : TR: Relance : facture OMB-26-1193 échue – Ombelle Informatique SAS

Sophie, tu peux leur répondre ? Je crois qu'on a payé la semaine dernière.
D."""),

    dict(id="s6fr121", country="FR", date="2026-11-27T17:20", fmt="tb", ago=2,
         inv="OMB-26-1228", amt="720,00", due="2026-11-18",
         frm="Nicolas Aubert <nicolas@aubert.dev>",
         intent="promise", promise_date="2026-11-30",
         note="'je m'en occupe dès lundi' written Fri 27 Nov: Monday 30 Nov",
         body="""Bonjour,

Effectivement, elle m'était passée sous le nez. Je n'ai pas accès à l'appli de ma banque pro ce week-end (changement de téléphone, double authentification, la joie…), je m'en occupe dès lundi.

Nicolas Aubert
Développeur freelance
SIRET 881 204 557 00015"""),

    dict(id="s6fr122", country="FR", date="2026-12-01T10:40", fmt="gmail", ago=2, stage="repeat",
         inv="OMB-26-1195", amt="59,00", due="2026-11-08",
         frm="Françoise Pélissier <f.pelissier@laposte.net>",
         intent="unsubscribe",
         note="asks to stop all emails and to delete her address (GDPR); says nothing about paying",
         body="""Madame, Monsieur,

Je vous demande de bien vouloir cesser de m'envoyer des courriels. Je ne souhaite plus recevoir aucun message de votre société à cette adresse, qu'il s'agisse de publicités ou de ces rappels automatiques.

Conformément au RGPD, merci de supprimer mon adresse électronique de vos fichiers.

F. Pélissier"""),

    dict(id="s6fr123", country="FR", date="2026-12-07T12:15", fmt="html_outlook", ago=4, stage="second_reminder",
         inv="OMB-26-1199", amt="2 304,00", due="2026-11-09",
         frm="Isabelle Ravier <comptabilite@ravier-syndic.fr>",
         intent="promise", promise_date="2026-12-31",
         note="syndic: payment 'à la fin du mois' with the monthly supplier run; reply 7 Dec, so the end of December, 31 Dec; the 2 December meeting is past and no label",
         body="""Bonjour,

Votre facture relative à l'installation du contrôle d'accès de la copropriété « Les Jardins de Gerland » a bien été validée par le conseil syndical lors de sa réunion du 2 décembre.

Le règlement sera effectué à la fin du mois, avec notre campagne mensuelle de paiement des fournisseurs.

Cordialement,

Isabelle Ravier
Comptable copropriétés
Cabinet Ravier – Syndic de copropriété
15 rue Marc Bloch, 69007 Lyon"""),

    dict(id="s6fr124", country="FR", date="2026-12-03T15:45", fmt="outlook", fresh=True, stage="final_notice",
         subj="Liquidation judiciaire Agence Horizon Événements SAS – votre relance facture OMB-26-1112",
         inv="OMB-26-1112", amt="3 480,00", due="2026-10-10",
         frm="Étude Garnier-Dupuis <contact@garnier-dupuis-mj.fr>",
         intent="other",
         note="liquidator's letter: the debtor is in liquidation, no payment possible, the creditor must file a claim",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance adressée à la société Agence Horizon Événements SAS.

Par jugement du Tribunal de commerce de Lyon en date du 18 novembre 2026, cette société a fait l'objet d'une procédure de liquidation judiciaire, et notre étude a été désignée en qualité de liquidateur judiciaire.

En conséquence, aucun paiement ne peut intervenir au titre des créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance (facture OMB-26-1112) auprès de notre étude dans un délai de deux mois à compter de la publication du jugement au BODACC, accompagnée des pièces justificatives.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour Maître Hélène Garnier-Dupuis
Mandataire judiciaire
Étude Garnier-Dupuis
8 rue de la Bourse, 69002 Lyon"""),

    dict(id="s6fr125", country="FR", date="2026-11-30T08:05", fmt="apple", ago=3,
         inv="OMB-26-1242", amt="588,00", due="2026-11-20",
         frm="Marc Bonnefoy <marc@atelier-bonnefoy.fr>",
         intent="promise", promise_date="2026-12-04",
         note="'je vous règle ça d'ici vendredi' written Mon 30 Nov: Fri 4 Dec; the question about the NAS work does not change the label",
         body="""Bonjour,

Je vous règle ça d'ici vendredi.

Une question en passant : l'intervention du 12 sur le NAS (restauration des sauvegardes) est-elle comprise dans cette facture, ou va-t-elle arriver séparément ? Je préfère savoir pour mon budget de fin d'année.

Marc Bonnefoy
Atelier Bonnefoy Architecture

Envoyé de mon iPad"""),

    dict(id="s6fr126", country="FR", date="2026-12-08T09:03", fmt="ooo", ago=0,
         inv="OMB-26-1258", amt="1 020,00", due="2026-11-27",
         frm="Yann Rochat <y.rochat@rochat-meylan.ch>",
         intent="out_of_office", return_date="2026-12-14",
         note="Swiss auto-reply: 'De retour le 14.12' = Monday 14 December",
         body="""Bonjour,

Je suis absent du bureau jusqu'au 11.12 compris. De retour le 14.12.

En cas d'urgence, veuillez vous adresser à Mme Meylan : c.meylan@rochat-meylan.ch / +41 21 312 46 80.

Meilleures salutations
Yann Rochat
Rochat & Meylan architectes SA, Lausanne"""),

    dict(id="s6fr127", country="FR", date="2026-11-19T16:02", fmt="html_gmail", ago=3,
         inv="OMB-26-1185", amt="1 740,00", due="2026-11-12",
         frm="Inès Carvalho <ines.carvalho@lingua-rhone.fr>",
         intent="dispute",
         note="contests the amount (290 € not in the signed quote); offers to pay the quote only after a corrected invoice, no date",
         body="""Bonjour,

Je ne peux pas valider cette facture en l'état. Le devis signé (D-26-0311, que j'ai sous les yeux) prévoyait 1 450,00 € TTC pour le remplacement des trois postes, installation comprise. La facture ajoute 290,00 € de « frais de déplacement et configuration » dont il n'a jamais été question.

Je suis prête à régler le montant du devis dès réception d'une facture rectifiée, mais pas 1 740 €.

Cordialement,
Inès Carvalho
Gérante – Lingua Rhône, agence de traduction
06 12 58 77 30"""),

    dict(id="s6fr128", country="FR", loc="GB", date="2026-12-01T19:40", fmt="html_gmail", ago=3,
         inv="OMB-26-1254", amt="240,00", due="2026-11-24",
         frm="Tom Ashworth <tom.ashworth.morzine@gmail.com>",
         intent="paid", paid_on="2026-11-29",
         note="English-speaking customer: paid by card through the link 'on Sunday evening'; reply Tue 1 Dec, so Sunday 29 Nov; asks to check receipt",
         body="""Hello,

I paid this by card through the link in your email on Sunday evening - I got a confirmation screen but never got a receipt by email. Could you check it has come through on your side?

Cheers,
Tom Ashworth
Chalet Les Airelles, Morzine"""),

    dict(id="s6fr129", country="FR", date="2026-12-04T13:30", fmt="gmail", ago=2,
         inv="OMB-26-1265", amt="178,00", due="2026-11-26",
         frm="Aude Lambert <aude.lambert.osteo@gmail.com>",
         intent="promise",
         note="commits to pay 'le 15 ou le 16' (December): two possible days, no single day, so no promise_date",
         body="""Bonjour,

Merci du rappel. Je suis un peu juste ce mois-ci avec les charges de fin d'année, mais vous serez payés le 15 ou le 16, au moment où je reçois mes virements de la semaine.

Bonne journée,
Aude Lambert
Ostéopathe D.O.
Cabinet d'ostéopathie de Caluire"""),

    dict(id="s6fr130", country="FR", date="2026-12-08T10:50", fmt="html_outlook", ago=2, stage="second_reminder",
         inv=[("OMB-26-1201", "1 296,00", "2026-11-05"), ("OMB-26-1236", "432,00", "2026-11-20")],
         frm="Mélanie Perret <comptabilite@vasseur-kern-avocats.fr>",
         intent="copy_request",
         note="asks for a duplicate of one invoice in the firm's name and the detail of the other before processing",
         body="""Bonjour,

Pour pouvoir traiter votre relance, nous avons besoin :
- d'un duplicata de la facture OMB-26-1201, établi au nom de la SELARL Vasseur Kern et non au nom de Me Vasseur personnellement (notre expert-comptable ne peut pas la comptabiliser en l'état) ;
- du détail des interventions facturées sur la OMB-26-1236 (dates, durée, technicien), que nous devons refacturer en partie à un client.

Dès réception, les deux factures seront soumises à validation.

Cordialement,

Mélanie Perret
Assistante comptable
SELARL Vasseur Kern – Avocats associés
22 quai Jean Moulin, 69002 Lyon

Ce message et ses éventuelles pièces jointes sont confidentiels et peuvent être couverts par le secret professionnel de l'avocat. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur."""),
    dict(id="s6fr131", country="FR", date="2026-12-11T22:14", fmt="apple", ago=3, stage="second_reminder",
         inv="OMB-26-1247", amt="265,00", due="2026-11-23",
         frm="Hugo Marchal <hugo@hugomarchal-photo.fr>",
         intent="promise",
         note="commits to pay 'quand le client m'aura payé': conditional on an unknown event, no promise_date",
         body="""Bonsoir

Je sais, je sais. Je vous paie quand le client m'aura payé : j'ai un mariage et un catalogue en attente de règlement depuis octobre. Normalement ça ne devrait plus tarder, je relance de mon côté aussi (l'ironie ne m'échappe pas).

Hugo

Envoyé de mon iPhone"""),

    dict(id="s6fr132", country="FR", date="2026-12-14T09:04", fmt="bounce", stage="final_notice",
         inv="OMB-26-1113", amt="2 650,00", due="2026-10-16",
         frm="Mail Delivery System <MAILER-DAEMON@smtp-out.ombelle-informatique.fr>",
         mta="smtp-out.ombelle-informatique.fr",
         subj="Undelivered Mail Returned to Sender",
         rcpt="comptabilite@horizon-evenements.fr", status="5.1.1",
         diag="550 5.1.1 <comptabilite@horizon-evenements.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.horizon-evenements.fr",
         intent="bounce",
         note="Postfix delivery failure report, user unknown",
         body="""This is the mail system at host smtp-out.ombelle-informatique.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<comptabilite@horizon-evenements.fr>: host mx.horizon-evenements.fr[185.22.108.14]
    said: 550 5.1.1 <comptabilite@horizon-evenements.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s6fr133", country="FR", date="2026-11-10T08:12", fmt="gmail", ago=1,
         inv="OMB-26-1158", amt="96,00", due="2026-10-30",
         frm="Pauline Chevalier <p.chevalier.conseil@gmail.com>",
         intent="paid", paid_on="2026-11-09",
         note="'réglé hier par virement' written Tue 10 Nov: Monday 9 Nov",
         body="""Bonjour, réglé hier par virement. Bonne journée. Pauline Chevalier"""),

    dict(id="s6fr134", country="FR", date="2026-12-05T11:18", fmt="gmail", ago=3, stage="firm",
         inv="OMB-26-1216", amt="450,00", due="2026-11-12",
         frm="Nadia Bensaïd <nadia.bensaid@hotmail.fr>",
         intent="plan_request",
         note="consumer on sick leave asks to pay in several instalments (e.g. 3 x 150 €), no dates",
         body="""Bonjour,

Je suis vraiment désolée pour le retard. Je suis en arrêt maladie depuis octobre et avec les indemnités je n'arrive pas à sortir 450 € d'un coup ce mois-ci, surtout avec Noël et les enfants.

Est-ce que ce serait possible de payer en plusieurs fois ? Par exemple 3 fois 150 €, ou plus de fois si besoin. Je ne veux pas laisser traîner, je préfère vous le dire franchement.

Merci d'avance pour votre compréhension.

Nadia Bensaïd"""),

    dict(id="s6fr135", country="FR", date="2026-11-13T10:40", fmt="outlook", ago=3,
         inv="OMB-26-1162", amt="730,00", due="2026-10-31",
         frm="Geoffrey Lemaire <g.lemaire@lemaire-immo.be>",
         intent="promise", promise_date="2026-11-21",
         note="Belgian estate agency: payment 'endéans les 8 jours' (within 8 days) written Fri 13 Nov: by 21 Nov",
         body="""Bonjour Madame, Monsieur,

Je vous remercie pour votre rappel. La facture a été approuvée ce matin par notre gérant ; le paiement sera effectué endéans les 8 jours.

Je reste à votre disposition pour toute question éventuelle.

Bien à vous,

Geoffrey Lemaire
Service comptabilité
Lemaire Immobilier srl
Rue de Fer 28, 5000 Namur
Tél. : +32 81 22 47 90"""),

    dict(id="s6fr136", country="FR", date="2026-12-15T09:00", fmt="ooo", ago=0,
         inv="OMB-26-1280", amt="318,00", due="2026-12-04",
         frm="Charlotte Meunier <c.meunier@agence-ocelot.fr>",
         intent="out_of_office",
         note="auto-reply, maternity leave with no return date; the colleague's address is part of the auto-reply",
         body="""Bonjour,

Je suis actuellement en congé maternité et ne prendrai pas connaissance de votre message.

Pour toute question relative à la facturation, vous pouvez écrire à admin@agence-ocelot.fr, qui assure le suivi en mon absence.

Belle journée,
Charlotte Meunier
Agence Ocelot – design & communication"""),

    dict(id="s6fr137", country="FR", date="2026-12-10T14:25", fmt="html_outlook", ago=2, stage="final_notice",
         inv="OMB-26-1119", amt="1 584,00", due="2026-10-15",
         frm="Service comptabilité <compta@saonegestion.fr>",
         intent="dispute",
         note="former syndic says it is not the debtor (mandate ended, order placed by the new syndic) and will not pay",
         body="""Madame, Monsieur,

Nous accusons réception de votre « dernier rappel » concernant la facture OMB-26-1119 (vidéophonie, copropriété Le Clos des Canuts).

Nous vous rappelons que notre mandat de syndic de cette copropriété a pris fin lors de l'assemblée générale du 30 juin 2026, et que la commande correspondante a été passée en septembre par le nouveau syndic, le cabinet Duclos Immobilier. Notre cabinet n'est donc pas redevable de cette somme et ne procédera à aucun règlement.

Nous vous invitons à rectifier l'adresse de facturation et à retirer notre cabinet de la procédure de recouvrement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service comptabilité
Saône Gestion – Syndic de copropriété
4 quai Saint-Vincent, 69001 Lyon"""),

    dict(id="s6fr138", country="FR", date="2026-12-09T07:48", fmt="apple", ago=2, stage="second_reminder", noquote=True,
         inv="OMB-26-1251", amt="72,50", due="2026-11-25",
         frm="Léa Martins <lea.martins06@icloud.com>",
         intent="promise", promise_date="2026-12-12",
         note="'je paye samedi' written Wed 9 Dec: Saturday 12 Dec",
         body="""dsl g oublié je paye samedi promis 🙏

Envoyé de mon iPhone"""),

    dict(id="s6fr139", country="FR", date="2026-12-01T11:12", fmt="html_outlook", ago=1,
         inv=[("OMB-26-1205", "1 152,00", "2026-11-12"), ("OMB-26-1222", "384,00", "2026-11-16"), ("OMB-26-1226", "96,00", "2026-11-16")],
         frm="Olivia Ferreira <o.ferreira@maison-ambre-events.fr>",
         intent="paid", paid_on="2026-11-27",
         note="the three invoices paid by one grouped transfer 'du 27/11'",
         body="""Bonjour,

Sauf erreur de notre part, ces trois factures ont été réglées par un virement groupé du 27/11 d'un montant de 1 632,00 €, libellé « OMBELLE NOV26 ».

Je vous remercie de bien vouloir rapprocher ce règlement de votre côté et de nous confirmer que notre compte est soldé.

Bien cordialement,

Olivia Ferreira
Responsable administrative
Maison Ambre Événements
30 rue Sainte-Hélène, 69002 Lyon

P Pensez à l'environnement avant d'imprimer ce courriel.
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Maison Ambre Événements décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié."""),

    dict(id="s6fr140", country="FR", date="2026-12-03T12:40", fmt="tb", ago=2,
         inv="OMB-26-1244", amt="198,00", due="2026-11-25",
         frm="Dr Anne Kessler <cabinet.brotteaux@wanadoo.fr>",
         intent="bank_details",
         note="debtor announces its own new bank account (old one closed, direct debit rejected) and asks to update the mandate",
         body="""Bonjour,

Je pense comprendre pourquoi cette facture apparaît impayée : le prélèvement a dû être rejeté, car nous avons changé de banque au 1er novembre et l'ancien compte est clôturé.

Nos nouvelles coordonnées bancaires :
Titulaire : SCM Cabinet dentaire des Brotteaux
IBAN : FR76 1350 7000 2931 2745 8810 342
BIC : CCBPFRPPLYO

Merci de mettre à jour le mandat de prélèvement et de représenter la facture sur ce compte. Si un nouveau mandat SEPA est nécessaire, envoyez-le-moi, je le signerai.

Dr Anne Kessler
Chirurgien-dentiste
Cabinet dentaire des Brotteaux, 71 boulevard des Belges, 69006 Lyon"""),

    dict(id="s6fr141", country="FR", loc="GB", date="2026-12-03T15:10", fmt="outlook", ago=2, stage="second_reminder",
         inv="OMB-26-1233", amt="2 880,00", due="2026-11-19",
         frm="Mark Jennings <m.jennings@bellwood-lyon.org>",
         intent="promise", promise_date="2026-12-14",
         note="English-speaking school: approved, 'next payment run on the 14th' written 3 Dec: 14 December",
         body="""Dear Sir or Madam,

Thank you for your reminder. I apologise for the delay: the invoice was received by our campus office but only reached the finance team this week.

It has now been approved and will be included in our next payment run on the 14th.

Kind regards,

Mark Jennings
Finance Manager
Bellwood International School – Lyon campus"""),

    dict(id="s6fr142", country="FR", date="2026-11-16T15:33", fmt="gmail", ago=2,
         inv="OMB-26-1187", amt="120,00", due="2026-11-04",
         frm="Gérard Dumont <gerard.dumont38@sfr.fr>",
         intent="other",
         note="confused elderly consumer, does not know whether he paid or what it is for, asks to be phoned; no clear intent (the phone number is no date)",
         body="""Bonjour

Je ne comprends pas ce message. Votre technicien est venu chez moi pour l'imprimante, et aussi une autre fois pour l'ordinateur de ma femme, et je ne sais plus si j'ai déjà payé ou si c'est pour l'autre fois. Je n'ai pas l'habitude de ces courriers électroniques.

Pouvez vous me téléphoner au 04 76 51 32 08 le matin de préférence, ce sera plus simple pour moi.

Merci

Gérard Dumont"""),

    dict(id="s6fr143", country="FR", date="2026-12-02T21:30", fmt="html_gmail", ago=5, stage="firm",
         inv=[("OMB-26-1127", "1 960,00", "2026-10-20"), ("OMB-26-1188", "340,00", "2026-11-05")],
         frm="Samia Haddou <direction@microcreche-lespetitspas.fr>",
         intent="promise", promise_date="2026-12-18",
         note="long cash-flow explanation, then commits to pay the whole 'le 18 décembre'; the question about late-payment penalties does not change the label",
         body="""Bonsoir,

Je reviens vers vous concernant vos deux factures, que je n'ai pas oubliées.

Pour vous expliquer la situation : notre micro-crèche fonctionne en grande partie grâce aux versements de la CAF (prestation de service unique). Depuis le changement de logiciel de la CAF à la rentrée, nos versements de septembre et d'octobre n'ont toujours pas été effectués, soit près de 23 000 € d'attente. Dans le même temps il a fallu payer les salaires des auxiliaires, le loyer, les repas, et j'ai donné la priorité au personnel, ce que vous comprendrez j'espère. J'ai déjà puisé dans mes fonds personnels pour boucler novembre.

La bonne nouvelle, c'est que la CAF nous a enfin confirmé par écrit le versement d'un acompte à la mi-décembre. Je pourrai donc vous régler la totalité des deux factures le 18 décembre.

Une question par ailleurs : les pénalités de retard et l'indemnité de 40 € mentionnées dans votre courrier vont-elles nous être facturées ? Si c'est le cas, j'aimerais qu'on en parle, vu les circonstances.

Merci de votre patience,

Samia Haddou
Directrice – Micro-crèche Les Petits Pas
Villeurbanne"""),

    dict(id="s6fr144", country="FR", date="2026-11-16T18:05", fmt="apple", ago=2,
         inv="OMB-26-1172", amt="185,00", due="2026-11-03",
         frm="Monique Berset <monique.berset@bluewin.ch>",
         intent="paid", paid_on="2026-11-12",
         note="Swiss consumer: paid 'jeudi passé' (last Thursday), written Mon 16 Nov: Thursday 12 Nov",
         body="""Bonsoir,

J'ai fait le paiement par e-banking jeudi passé, depuis mon compte à la BCGE, en indiquant bien le numéro de la facture. Je peux vous envoyer la confirmation de la banque si nécessaire.

Avec mes meilleures salutations

Monique Berset"""),

    dict(id="s6fr145", country="FR", date="2026-12-16T17:50", fmt="outlook", ago=3, stage="formal_notice",
         inv="OMB-26-1104", amt="4 920,00", due="2026-10-05",
         frm="Bertrand Sauvage <b.sauvage@sauvage-avocat.fr>",
         intent="dispute",
         note="lawyer formally contests the sum (work not completed) and suspends payment under art. 1219 Code civil; dates mentioned are past events, no labels",
         body="""Madame, Monsieur,

J'accuse réception de votre mise en demeure du 11 décembre.

Je conteste formellement le bien-fondé de la somme réclamée. Le bon de commande du 3 juillet prévoyait la migration complète de mon cabinet vers une solution de messagerie et de stockage sécurisée, avec reprise des archives. À ce jour, la reprise des archives n'a pas été réalisée, plusieurs postes ne se synchronisent pas, et mes courriers électroniques des années 2019 à 2022 restent inaccessibles, ce qui n'est pas sans conséquence pour un cabinet tenu au secret professionnel et à la conservation de ses dossiers.

Ces dysfonctionnements ont été signalés à vos services à quatre reprises, par courriels des 14 septembre, 2 octobre, 23 octobre et 9 novembre, restés sans suite utile.

Dans ces conditions, et conformément à l'article 1219 du Code civil, je suspends le paiement jusqu'à l'exécution complète de la prestation commandée. Toute requête en injonction de payer serait contestée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bertrand Sauvage
Avocat à la Cour
5 place Jules Ferry, 69006 Lyon"""),

    dict(id="s6fr146", country="FR", date="2026-12-14T17:45", fmt="gmail", ago=3, stage="heads_up",
         inv="OMB-26-1283", amt="1 236,00", due="2026-12-18",
         frm="Élise Moreau <elise.moreau@agence-presquile-immo.fr>",
         intent="promise", promise_date="2026-12-15",
         note="estate agent answers the due-date notice: 'je passe le virement demain matin', written Mon 14 Dec: Tue 15 Dec (before the due date)",
         body="""Bonjour,

Merci pour le rappel, je passe le virement demain matin, comme ça ce sera fait avant les fêtes.

Belle soirée,

Élise Moreau
Agence Presqu'île Immobilier
06 33 41 87 52"""),

    dict(id="s6fr147", country="FR", date="2026-12-15T10:20", fmt="outlook", ago=1,
         inv="OMB-26-1267", amt="540,00", due="2026-12-01",
         frm="Accueil Pelletier Architectes <accueil@pelletier-archi.fr>",
         intent="contact_change", new_email="f.pelletier@pelletier-archi.fr",
         note="the addressee has left the firm; billing mail must now go to M. Pelletier",
         body="""Bonjour,

Mme Amandine Roux, à qui vous adressez vos relances, ne fait plus partie du cabinet depuis fin octobre. Sa boîte mail est redirigée vers l'accueil mais sera bientôt fermée.

Pour tout ce qui concerne la facturation, merci d'écrire désormais à M. Fabien Pelletier : f.pelletier@pelletier-archi.fr.

Je lui transfère votre message.

Cordialement,
Coralie
Accueil – Pelletier Architectes"""),

    dict(id="s6fr148", country="FR", date="2026-12-17T12:05", fmt="html_gmail", ago=2,
         inv="OMB-26-1270", amt="135,00", due="2026-12-07",
         frm="Vincent Lebrun <vincent.lebrun@gmail.com>",
         intent="paid", paid_on="2026-12-17",
         note="'Paiement effectué ce matin via votre lien': the day of the reply",
         body="""Paiement effectué ce matin via votre lien de paiement en ligne (CB).

Bonne fin de journée,
V. Lebrun"""),

    dict(id="s6fr149", country="FR", date="2026-12-18T16:30", fmt="gmail", ago=4, stage="second_reminder",
         inv="OMB-26-1240", amt="610,00", due="2026-11-27",
         frm="Maxime Rey <maxime.rey.motion@gmail.com>",
         intent="promise", promise_date="2026-12-23",
         note="'avant Noël, le 23 au plus tard', written 18 Dec: 23 Dec; the question about the card link does not change the label",
         body="""Hello,

Pardon pour le silence radio, grosse fin d'année. Je vous règle avant Noël, le 23 au plus tard.

Si je passe par le lien pour payer en CB, c'est bien sécurisé ?

Maxime"""),

    dict(id="s6fr150", country="FR", date="2026-12-21T09:40", fmt="tb", ago=4, stage="second_reminder",
         inv="OMB-26-1273", amt="2 208,00", due="2026-12-05",
         frm="Régis Aubry <intendance@lycee-montsdor.fr>",
         intent="dispute",
         note="school says this invoice duplicates OMB-26-1213 (already paid) and will not pay it; asks for a credit note; the 20 November payment is of the other invoice, no label",
         body="""Bonjour,

La facture OMB-26-1273 fait double emploi avec la facture OMB-26-1213 du 28 octobre, qui porte exactement sur la même prestation (remplacement des bornes Wi-Fi du bâtiment B, 2 208,00 € TTC) et que nous avons réglée par mandat administratif le 20 novembre.

Nous ne la réglerons donc pas. Merci de l'annuler par un avoir et de nous le faire parvenir pour que nous puissions clôturer l'exercice.

Cordialement,

Régis Aubry
Adjoint gestionnaire
Lycée des Monts d'Or"""),
]

EXTRA_KNOWN = ["OMB-26-1213"]
