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
]
