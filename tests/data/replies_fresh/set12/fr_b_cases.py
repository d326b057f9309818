"""fr_b: French replies to Imprimerie Castagné SARL (printing and signage, Castres). Each body handwritten."""

CASES = [
    dict(id="s12frb001", country="FR", date="2026-12-08T09:02", fmt="ooo", stage="heads_up", ago=0,
         inv="FA26-0872", amt="912,00", due="2026-12-18",
         frm="Pauline Sénégas <pauline.senegas@mpt-thore.fr>",
         intent="out_of_office", return_date="2026-12-10",
         note="Bilingual auto-reply: training 7-9 December, back Thursday 10 December.",
         body="""Bonjour,

Je suis en formation du lundi 7 au mercredi 9 décembre et consulterai mes messages à mon retour, le jeudi 10 décembre.

Hello,

I am attending a training course from 7 to 9 December with limited access to my e-mails. I will be back in the office on Thursday 10 December.

Pauline Sénégas
Comptabilité fournisseurs / Accounts payable
MPT – Mécanique de Précision du Thoré SAS"""),

    dict(id="s12frb002", country="FR", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA26-0812", amt="1 486,20", due="2026-11-20",
         frm="Sandrine Aliès <s.alies@mairie-saint-gery-les-pins.fr>",
         intent="promise",
         note="Town hall: mandate to be issued this week, paid by the public accountant in about a fortnight; no single day.",
         body="""Bonjour,

J'accuse réception de votre relance concernant la facture FA26-0812 (impression du bulletin municipal n° 47).

La facture a bien été liquidée par nos services. Le mandat sera émis cette semaine et transmis au Service de Gestion Comptable de Castres, qui procédera au paiement. Comptez en général une quinzaine de jours entre l'émission du mandat et l'arrivée du virement sur votre compte.

Je reste à votre disposition.

Cordialement,

Sandrine Aliès
Secrétariat général – Service finances
Mairie de Saint-Géry-les-Pins
2 place de la Mairie – 81370 Saint-Géry-les-Pins
Tél. 05 63 41 27 09
Accueil du public : lundi, mardi et jeudi, 8h30-12h / 13h30-17h"""),

    dict(id="s12frb003", country="FR", date="2026-12-09T16:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA26-0798", amt="3 120,00", due="2026-11-25",
         frm="Nathalie Vergnes <dgs@ville-montclar-dagout.fr>",
         intent="dispute",
         note="Town refuses to pay until the non-conforming bulletin is reprinted or a credit note is issued.",
         body="""Madame, Monsieur,

Je fais suite à votre relance du 7 décembre relative à la facture FA26-0798 (bulletin municipal « Montclar Infos » de décembre, 2 400 exemplaires).

Comme je l'ai indiqué par téléphone à votre commercial, M. Fabre, le 26 novembre, la livraison n'est pas conforme au BAT validé par nos soins le 12 novembre : les pages 6 et 7 ont été inversées, et la photo du conseil municipal des jeunes a été imprimée en basse définition, ce qui la rend inexploitable. Ce bulletin étant distribué dans tous les foyers de la commune, nous ne pouvons pas le diffuser en l'état.

En conséquence, la commune ne procédera pas au mandatement de cette facture tant que les exemplaires n'auront pas été réimprimés et livrés conformément au BAT, ou qu'un avoir ne nous aura pas été adressé.

Je vous remercie de bien vouloir suspendre vos relances dans l'attente d'une solution.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Vergnes
Directrice générale des services
Ville de Montclar-d'Agout
Hôtel de Ville – 1 rue de la République – 81290 Montclar-d'Agout
Tél. 05 63 61 20 44"""),

    dict(id="s12frb004", country="FR", date="2026-12-09T19:12", fmt="apple", stage="second_reminder", ago=2,
         inv="FA26-0764", amt="312,00", due="2026-10-31",
         frm="Julien Roques <julien.roques81@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Rugby club treasurer: transfer on Friday (written on Wednesday 9 December).",
         body="""Ok je fais le virement vendredi, désolé pour le retard (changement de trésorier au club)

Julien
Trésorier US Labastide XV

Envoyé de mon iPhone"""),

    dict(id="s12frb005", country="FR", date="2026-12-10T09:15", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-0802", amt="245,00", due="2026-11-22",
         frm="Comité des fêtes de Lacoste-Vieille <cdf.lacostevieille@laposte.net>",
         intent="paid", paid_on="2026-12-09",
         note="Cheque posted yesterday (9 December).",
         body="""Bonjour,

Je vous ai envoyé hier par la poste un chèque de 245 € (chèque n° 0004512, Crédit Agricole) pour la facture FA26-0802, les affiches et les tickets de tombola.
Vous devriez le recevoir d'ici la fin de la semaine.

Merci encore pour le travail, les affiches étaient très réussies !

Bernard Combes
Président du Comité des fêtes de Lacoste-Vieille
06 81 24 57 90"""),

    dict(id="s12frb006", country="FR", date="2026-12-10T10:05", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-0809", amt="1 734,00", due="2026-11-24",
         frm="Hélène Guiraud <h.guiraud@clinique-saintefoy-thore.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Clinic accounts payable: payment run scheduled 18/12/2026.",
         body="""Bonjour,

Votre facture FA26-0809 est validée et intégrée à notre prochaine proposition de paiement.
Date de mise en paiement prévue : 18/12/2026 (virement SEPA).

Cordialement,

Hélène Guiraud
Comptabilité fournisseurs
Clinique Sainte-Foy du Thoré – Groupe Médisud
05 63 37 90 15"""),

    dict(id="s12frb007", country="FR", date="2026-12-10T14:20", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-0790", amt="2 968,80", due="2026-11-15",
         frm="Bureau des fournisseurs <liquidation.fournisseurs@chi-haut-agout.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Hospital: mandated 1 December, transfer made by the public accountant on 07/12/2026.",
         body="""Bonjour,

Après vérification, votre facture FA26-0790 d'un montant de 2 968,80 € TTC a été mandatée le 01/12/2026 (mandat n° 2026-04871, bordereau n° 612).
Le règlement a été effectué par virement par le comptable public le 07/12/2026. Les fonds devraient apparaître sur votre compte sous 48 à 72 heures.

Pour information, vous pouvez suivre l'état de traitement de vos factures directement sur Chorus Pro.

Cordialement,

Karine Bessière
Bureau des fournisseurs – Direction des finances
Centre Hospitalier Intercommunal du Haut-Agout
Tél. : 05 63 97 40 12

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."""),

    dict(id="s12frb008", country="FR", date="2026-12-11T09:48", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA26-0824", amt="892,40", due="2026-11-28",
         frm="Florence Montagné <f.montagne@gh-lauragais.fr>",
         intent="bank_details",
         note="Hospital cannot pay: no valid IBAN on file; asks for a bank-issued RIB.",
         body="""Bonjour,

Votre facture FA26-0824 est bien enregistrée chez nous, mais elle est actuellement bloquée : votre société ne dispose pas de coordonnées bancaires valides dans notre référentiel tiers (l'IBAN enregistré en 2023 a été rejeté par la trésorerie lors d'un précédent paiement).

Pourriez-vous nous transmettre un RIB à jour au nom d'Imprimerie Castagné SARL, sur papier à en-tête ou édité par votre banque (format PDF) ? Par mesure de sécurité, nous ne prenons pas en compte les IBAN communiqués dans le corps d'un mail.

Dès réception, le paiement pourra être débloqué.

Cordialement,

Florence Montagné
Gestion des tiers – Direction des Affaires Financières
Groupement Hospitalier du Lauragais
Tél. : 05 61 27 63 90"""),

    dict(id="s12frb009", country="FR", date="2026-12-11T15:22", fmt="outlook", stage="reminder", ago=1,
         inv=[("FA26-0804", "1 152,00", "2026-11-26"), ("FA26-0827", "1 152,00", "2026-11-29")],
         frm="Corinne Bories <agence.comptable@lycee-sidobre.fr>",
         intent="dispute",
         note="Says FA26-0827 duplicates FA26-0804 (already paid 4 December) and asks for a credit note; the action is the duplicate.",
         body="""Bonjour,

Les factures FA26-0804 et FA26-0827 portent sur la même commande (agendas 2026-2027 des élèves, bon de commande n° 2026-089) : même quantité, même désignation, même montant de 1 152,00 € TTC. Il s'agit manifestement d'une double facturation.

La FA26-0804 a été réglée par virement le 4 décembre. Nous ne réglerons pas la FA26-0827 : merci d'émettre l'avoir correspondant sur Chorus Pro et de mettre à jour vos relances.

Cordialement,

Corinne Bories
Agent comptable
Lycée polyvalent du Sidobre
Avenue des Lacs – 81430 Roquecourbe-Saint-Jean
05 63 75 41 60"""),

    dict(id="s12frb010", country="FR", date="2026-12-12T13:37", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0759", amt="186,50", due="2026-11-10",
         frm="Celine Mas <celinemas.ape@gmail.com>",
         intent="promise", promise_date="2026-12-12",
         note="Parents' association treasurer will transfer tonight (same day).",
         body="""bonjour
desolee jai completement zappe avec le marché de noel de lecole. je fais le virement ce soir depuis le compte de lape
bonne journee
celine (tresoriere APE ecole jules ferry)"""),

    dict(id="s12frb011", country="FR", date="2026-12-14T11:05", fmt="tb", stage="second_reminder", ago=4,
         inv="FA26-0833", amt="684,00", due="2026-11-30",
         frm="Thierry Pélissier <gestion@college-jaures-brassac.fr>",
         intent="copy_request",
         note="School never received the invoice; asks for it to be filed on Chorus Pro with its SIRET and purchase-order number before it can pay.",
         body="""Bonjour,

Nous n'avons aucune trace de la facture FA26-0833 dans notre logiciel comptable.
Je vous rappelle que les factures adressées aux établissements publics doivent obligatoirement être déposées sur Chorus Pro : un envoi par mail ne nous permet pas de la traiter.

Merci donc de la déposer sur Chorus Pro en indiquant bien :
- le SIRET de l'établissement : 198 109 874 00016
- le numéro d'engagement (bon de commande) : BC 2026-0117

Dès qu'elle nous sera parvenue, elle sera mise en paiement rapidement.

Bien cordialement,

--
Thierry Pélissier
Adjoint gestionnaire
Collège Jean-Jaurès – 81260 Brassac
05 63 74 00 58"""),

    dict(id="s12frb012", country="FR", date="2026-12-15T10:30", fmt="html_gmail", stage="firm", ago=1,
         inv="FA26-0702", amt="1 318,00", due="2026-10-20",
         frm="ADMR du Sidobre - Comptabilité <compta.admr-sidobre@wanadoo.fr>",
         intent="plan_request",
         note="Home-care association asks to pay in three instalments, schedule to be agreed; no date committed.",
         body="""Bonjour Madame, Monsieur,

Nous avons bien reçu votre troisième relance pour la facture FA26-0702 (livrets d'accueil et plaquettes pour nos bénéficiaires) et nous vous prions de nous excuser pour ce retard.

Notre association traverse une période de trésorerie très tendue : la dotation du Département pour le dernier trimestre n'a toujours pas été versée, et nous devons assurer en priorité les salaires de nos aides à domicile en décembre.

Serait-il possible de régler cette facture en trois fois ? Nous pourrions vous proposer trois versements d'environ 440 €, dont nous conviendrions ensemble du calendrier. Nous vous demandons également, si possible, de ne pas appliquer les pénalités de retard.

Dans l'attente de votre retour, je vous prie d'agréer nos salutations distinguées.

Martine Sabatier
Comptable – ADMR du Sidobre
Tél. 05 63 50 11 74 (le matin)"""),

    dict(id="s12frb013", country="FR", date="2026-12-15T22:41", fmt="gmail", stage="firm", ago=1,
         inv="FA26-0753", amt="1 590,00", due="2026-11-08",
         frm="Thomas Bonnafous <contact@nuitsducausse.org>",
         intent="dispute",
         note="Angry: banners delivered damaged and off-colour; refuses to pay until someone comes to see them.",
         body="""Franchement vous vous foutez de nous.

C'est la troisième fois que je vous écris pour vous dire que les 6 bâches du festival sont arrivées avec les oeillets arrachés et une couleur qui n'a rien à voir avec le BAT (orange au lieu de rouge). On a dû en refaire faire en urgence ailleurs. Personne ne m'a jamais rappelé, et la seule réponse que je reçois c'est des relances automatiques avec des pénalités !!

On ne paiera pas cette facture tant que quelqu'un de chez vous ne sera pas venu constater et qu'on n'aura pas trouvé un arrangement. Les bâches sont à votre disposition au local.

Thomas Bonnafous
Président - Les Nuits du Causse
06 72 18 44 03"""),

    dict(id="s12frb014", country="FR", date="2026-12-16T12:03", fmt="apple", stage="reminder", ago=2,
         inv="FA26-0845", amt="78,00", due="2026-12-02",
         frm="Mathilde Raynal <mathilde.raynal@free.fr>",
         intent="paid", paid_on="2026-12-16",
         note="Paid by card through the link this morning.",
         body="""Bonjour, réglé ce matin par carte via votre lien. Merci encore pour les faire-part, ils sont superbes !
Mathilde

Envoyé de mon iPhone"""),

    dict(id="s12frb015", country="FR", date="2026-12-16T15:02", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv=[("FA26-0741", "1 860,00", "2026-11-05"), ("FA26-0786", "742,80", "2026-11-20")],
         frm="Laetitia Gorsse <laetitia.gorsse@fromageries-montagne-noire.fr>",
         cc="Philippe Durand <philippe.durand@fromageries-montagne-noire.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the CFO's answer: both invoices in the 15 January payment run.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Durand, notre directeur administratif et financier, concernant vos deux factures.

Bonne fin de journée,

Laetitia Gorsse
Assistante de direction
Fromageries de la Montagne Noire SA
Tél. 05 63 98 12 30

-----Message d'origine-----
De : Durand Philippe <philippe.durand@fromageries-montagne-noire.fr>
Envoyé : mercredi 16 décembre 2026 12:41
À : Gorsse Laetitia <laetitia.gorsse@fromageries-montagne-noire.fr>
Objet : RE: TR: Deuxième relance : factures FA26-0741 et FA26-0786 impayées – Imprimerie Castagné SARL

Laetitia,

Tu peux leur répondre que les deux factures (étiquettes + catalogue) passeront au paiement du 15 janvier. On bloque les règlements fournisseurs jusqu'à la clôture, comme chaque année, ça avait été dit à leur commercial.

Merci
Philippe"""),

    dict(id="s12frb016", country="FR", date="2026-12-17T10:12", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA26-0840", amt="1 240,00", due="2026-12-01",
         frm="Audrey Marty <audrey.marty@occitel-tarn.fr>",
         intent="contact_change", new_email="factures.fournisseurs@occitel-groupe.fr",
         note="Invoices and reminders must now go to the group's shared services centre address.",
         body="""Bonjour,

Depuis le 1er décembre, le traitement des factures fournisseurs de toutes les filiales du groupe Occitel est centralisé au Centre de Services Partagés de Toulouse.

Merci d'adresser désormais vos factures et vos relances uniquement à l'adresse suivante : factures.fournisseurs@occitel-groupe.fr, en rappelant impérativement le numéro de commande (4500…) et l'entité facturée (Occitel Tarn SAS).

Je ne suis plus en charge de ce périmètre et ne pourrai pas traiter votre demande.

Cordialement,

Audrey Marty
Assistante administrative – Occitel Tarn SAS
Parc d'activités de la Rivière – 81000 Albi
Tél. +33 (0)5 63 77 41 09

Occitel Tarn SAS – SAS au capital de 1 250 000 € – RCS Albi 524 118 372
Pensez à l'environnement avant d'imprimer ce courriel."""),

    dict(id="s12frb017", country="FR", date="2026-12-18T11:50", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA26-0818", amt="5 760,00", due="2026-11-27",
         frm="Comptabilité Fournisseurs Soleval <ap.france@soleval.com>",
         intent="copy_request",
         note="Invoice rejected for missing PO number; asks for a corrected invoice quoting a valid purchase order.",
         body="""Bonjour,

Nous accusons réception de votre relance.

Votre facture FA26-0818 a été rejetée par notre plateforme de dématérialisation le 30/11/2026 pour le motif suivant : « Numéro de commande absent ou invalide ». Toute facture adressée à Soleval France doit mentionner un numéro de bon de commande SAP valide (format 45XXXXXXXX) ; à défaut, elle ne peut être rapprochée ni payée.

Merci de nous faire parvenir une facture rectifiée portant le numéro de commande communiqué par votre interlocuteur achats, à l'adresse invoices.france@soleval.com (format PDF, une facture par fichier).

Cordialement,

Service Comptabilité Fournisseurs / Accounts Payable
Soleval France SAS – Centre de Services Partagés
3 allée Émile-Monso – 31000 Toulouse
Tél. : +33 5 34 61 80 00

Ce message est destiné exclusivement à ses destinataires. Les informations qu'il contient sont confidentielles. Si vous n'êtes pas le destinataire de ce message, merci de le supprimer et d'en informer l'expéditeur.
This e-mail is intended only for the addressee(s). If you have received it in error, please delete it and notify the sender."""),

    dict(id="s12frb018", country="FR", date="2026-12-18T14:35", fmt="tb", stage="second_reminder", ago=4,
         inv="FA26-0843", amt="1 296,00", due="2026-12-02",
         frm="Mairie de Teillet-Haut <mairie.teillet-haut@wanadoo.fr>",
         intent="plan_request",
         note="Village's 2026 credits exhausted; asks to wait for the 2027 budget vote (late March / April). A delay request, no date committed.",
         body="""Bonjour,

Je reviens vers vous au sujet de la facture FA26-0843 (panneaux d'affichage et signalétique de la salle des fêtes).

Je suis un peu ennuyée : les crédits prévus pour cette dépense au budget 2026 sont épuisés, et le conseil municipal ne se réunira plus d'ici la fin de l'année pour voter une décision modificative. Serait-il possible d'attendre le vote du budget 2027 pour que nous puissions mandater la facture ? Chez nous le budget est généralement voté fin mars, début avril.

Si ce délai vous pose vraiment problème, dites-le moi, je verrai avec M. le Maire ce que nous pouvons faire.

Cordialement,

Sylvie Mouysset
Secrétaire de mairie – Teillet-Haut
05 63 55 70 31 (mardi et jeudi)"""),

    dict(id="s12frb019", country="FR", date="2026-12-19T11:40", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FA26-0778", amt="620,00", due="2026-11-15",
         frm="Odile Fournès <foyerrural.cabanes@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Rural association will pay the programmes invoice at the end of January at the latest.",
         body="""Bonjour,

Merci pour votre message, et désolés pour ce retard. Notre trésorier a été hospitalisé en novembre et c'est lui seul qui a la signature sur le compte de l'association.
Il reprend ses fonctions progressivement : nous réglerons la facture des programmes de la saison culturelle à la fin janvier au plus tard.

Bonnes fêtes à toute l'équipe,

Odile Fournès
Secrétaire du Foyer rural de Cabanès-le-Haut"""),

    dict(id="s12frb020", country="FR", date="2026-12-21T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0871", amt="4 215,60", due="2026-11-30",
         frm="Émilie Cabrol <e.cabrol@soreze-logistique.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 21 December to 3 January inclusive (a Sunday): back Monday 4 January.",
         body="""Bonjour,

Je suis absente du 21 décembre 2026 au 3 janvier 2027 inclus et n'aurai pas accès à ma messagerie.

Pour toute question urgente concernant le règlement d'une facture, vous pouvez contacter le service Comptabilité fournisseurs : compta.fournisseurs@soreze-logistique.fr – 05 63 50 88 20.

Bonnes fêtes de fin d'année,

Émilie Cabrol
Assistante comptable
Sorèze Logistique SAS"""),

    dict(id="s12frb021", country="FR", date="2026-12-22T10:18", fmt="tb", stage="second_reminder", ago=1,
         inv="FA26-0857", amt="634,80", due="2026-12-08",
         frm="Muriel Cassan <secretariat@mairie-labastide-rouviere82.fr>",
         intent="other",
         note="Wrong recipient: a namesake village in another département never ordered; points to the right commune.",
         body="""Bonjour,

Je pense qu'il y a une erreur de destinataire : la commune de Labastide-Rouvière (Tarn-et-Garonne) n'a passé aucune commande auprès de votre imprimerie et n'a jamais eu de compte chez vous.

Il existe une autre commune de Labastide-Rouvière dans le Tarn, à qui cette facture est sans doute destinée. Je vous laisse vérifier l'adresse mail enregistrée dans votre fichier.

Cordialement,

--
Muriel Cassan
Secrétaire de mairie
Mairie de Labastide-Rouvière (82)"""),

    dict(id="s12frb022", country="FR", date="2026-12-23T11:04", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA26-0858", amt="318,00", due="2026-12-10",
         frm="Amicale SP du Lézert <amicale.sp.lezert@gmail.com>",
         intent="promise",
         note="Firefighters' association will pay at the restart in early January; no single day.",
         body="""Bonjour,

Bien reçu votre relance pour les calendriers. Notre tournée se termine ce week-end, on réglera la facture dès la reprise début janvier, une fois l'argent de la tournée déposé à la banque.

Bonnes fêtes,

Sergent-chef Romain Bès
Trésorier de l'Amicale des sapeurs-pompiers du Lézert"""),

    dict(id="s12frb023", country="FR", date="2026-12-28T09:02", fmt="ooo", stage="repeat", ago=0,
         inv="FA26-0849", amt="528,00", due="2026-12-01",
         frm="Secrétariat de mairie <secretariat@mairie-fontbruyere.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Town-hall office on leave until Friday 8 January inclusive: back Monday 11 January.",
         body="""Bonjour,

Le secrétariat de mairie est en congés jusqu'au vendredi 8 janvier inclus.
Votre message sera traité à mon retour.

Pour les urgences relevant de l'état civil, merci de contacter M. le Maire au 06 12 48 71 03.

Cordialement,
Isabelle Raynaud
Secrétaire de mairie – Fontbruyère"""),

    dict(id="s12frb024", country="FR", date="2026-12-28T15:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-0837", amt="349,20", due="2026-12-05",
         frm="Crèche Les P'tits Loups <creche.lesptitsloups@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer scheduled for 'le 5', i.e. 5 January (written 28 December).",
         body="""Bonjour,

Bien reçu. On a eu un souci de signature à la banque pendant les fêtes, le virement partira le 5 (il est programmé).

Bonne fin d'année
Claire – crèche parentale Les P'tits Loups"""),

    dict(id="s12frb025", country="FR", date="2026-12-31T09:03", fmt="ooo", stage="repeat", ago=0,
         inv="FA26-0862", amt="1 620,00", due="2026-12-12",
         frm="Christophe Mialhe <c.mialhe@tarnsud-agglo.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Auto-reply: back Tuesday 5 January 2027.",
         body="""Bonjour,

Je suis actuellement absent. Je serai de retour le mardi 5 janvier 2027.
En cas d'urgence, merci de contacter le secrétariat de la direction des finances au 05 63 76 12 00.

Christophe Mialhe
Direction des finances
Tarn Sud Agglomération"""),
]

CASES += [
    dict(id="s12frb026", country="FR", date="2027-01-05T09:12", fmt="tb", stage="firm", ago=1,
         inv="FA26-0791", amt="2 412,00", due="2026-11-20",
         frm="Francis Azéma <f.azema@terresdusor.coop>",
         intent="promise", promise_date="2027-01-13",
         note="Cooperative will pay 'sous huitaine' (written 5 January, so by 13 January); asks to waive penalties on the side.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre troisième relance concernant la facture FA26-0791.

Ce retard est dû au changement de notre logiciel de comptabilité au 1er décembre, qui a bloqué une partie de nos règlements fournisseurs. La situation est désormais rétablie et votre facture sera réglée sous huitaine par virement.

Nous vous prions de nous excuser pour ce désagrément et vous demandons de bien vouloir renoncer aux pénalités de retard, compte tenu de l'ancienneté de nos relations.

Salutations distinguées,

--
Francis Azéma
Responsable administratif et financier
Coopérative agricole Terres du Sor
Route de Revel – 81700 Blan
Tél. 05 63 75 02 40"""),

    dict(id="s12frb027", country="FR", date="2027-01-05T11:22", fmt="outlook", stage="repeat", ago=1, fresh=True,
         subj="Demande de confirmation de vos coordonnées bancaires",
         inv="FA26-0853", amt="2 074,00", due="2026-12-05",
         frm="Grégory Nouvel <g.nouvel@transports-bardou.fr>",
         intent="bank_details",
         note="Suspects a fraudulent change-of-IBAN email; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de procéder au paiement de votre facture FA26-0853, je souhaite une confirmation de votre part.

Nous avons reçu le 23 décembre un mail signé « Service comptabilité Imprimerie Castagné » nous annonçant un changement de banque et un nouvel IBAN (FR76 1695 8000 01…, une banque en ligne). L'adresse d'expédition était compta@imprimerie-castagne-fr.com, ce qui nous paraît bizarre.

Pouvez-vous nous confirmer par téléphone vos coordonnées bancaires actuelles ? Je ne souhaite pas virer 2 074 € sur un compte frauduleux. Je suis joignable au 05 63 35 72 18.

Merci,

Grégory Nouvel
Responsable comptable
Transports Bardou & Fils
ZI du Causse – 81100 Castres
05 63 35 72 18"""),

    dict(id="s12frb028", country="FR", date="2027-01-06T09:40", fmt="html_outlook", stage="repeat", ago=2,
         inv="FA26-0831", amt="1 908,00", due="2026-12-03",
         frm="Julie Azaïs <comptabilite.fournisseurs@granits-sidobre.fr>",
         intent="paid", paid_on="2026-12-30",
         note="SEPA transfer made on 30 December, with payment reference.",
         body="""Bonjour,

Votre facture FA26-0831 d'un montant de 1 908,00 € a été réglée par virement SEPA le 30 décembre dernier (référence de paiement : REG-2026-12-30-0417).
Nos règlements sont émis depuis notre compte Banque Populaire Occitane ; merci de vérifier vos relevés de début janvier.

Cordialement,

Julie Azaïs
Assistante comptable
Granits du Sidobre Industrie SA
Route de Lacaune – 81260 Le Bez
Tél. 05 63 74 15 22

Granits du Sidobre Industrie SA – capital 2 400 000 € – RCS Castres 338 516 704 – N° TVA FR44 338516704"""),

    dict(id="s12frb029", country="FR", date="2027-01-06T14:25", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA26-0877", amt="3 984,00", due="2026-12-20",
         frm="Marion Teulier <marion.teulier@vestalia-cosmetiques.com>",
         intent="promise",
         note="Included in the week-3 payment run: a week, not a single day.",
         body="""Bonjour,

Votre facture FA26-0877 (étuis imprimés – commande 4501187334) a été validée par le service achats hier.
Elle sera intégrée à notre campagne de paiement de la semaine 3.

Cordialement,

Marion Teulier
Comptabilité fournisseurs
Vestalia Cosmétiques SAS
ZI de Mélou – 81100 Castres
T. +33 5 63 51 72 40

Vestalia Cosmétiques SAS au capital de 3 600 000 € – RCS Castres 401 227 918"""),

    dict(id="s12frb030", country="FR", date="2027-01-07T12:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0869", amt="132,00", due="2026-12-15",
         frm="coop scolaire maternelle <coop.maternelle.vabre@gmail.com>",
         intent="promise", promise_date="2027-01-08",
         note="Teacher will send the cheque tomorrow (written Thursday 7 January).",
         body="""bjr oui c bon je vous envoie le cheque de la coop scolaire demain, jetais en arret maladie avant les vacances dsl
Mme Escudié ecole maternelle"""),

    dict(id="s12frb031", country="FR", date="2027-01-07T20:14", fmt="gmail", stage="firm", ago=3,
         inv="FA26-0719", amt="880,00", due="2026-10-25",
         frm="Les Amis du Moulin <amisdumoulin.pezens@gmail.com>",
         intent="paid", paid_on="2027-01-07",
         note="Partial payment: 500 € transferred today; the remaining 380 € promised vaguely for February.",
         body="""Bonsoir,

Suite à votre relance, je viens de faire un virement de 500 € pour la facture FA26-0719 (libellé « AMIS MOULIN FA26-0719 »). C'est ce que nous pouvons régler pour l'instant.
Il restera 380 €, que nous verserons courant février quand les cotisations 2027 seront rentrées.

J'espère que cela vous convient.
Cordialement
Gérard Alquier, trésorier"""),

    dict(id="s12frb032", country="FR", date="2027-01-08T10:20", fmt="html_outlook", stage="final_notice", ago=3,
         inv=[("FA26-0768", "2 890,00", "2026-11-12"), ("FA26-0815", "1 134,00", "2026-11-27"), ("FA26-0848", "496,80", "2026-12-06")],
         frm="Stéphane Bousquet <finances@cc-agout-montagne.fr>",
         intent="promise", promise_date="2027-01-19",
         note="Community of communes: three mandates issued today, transfer to be executed Tuesday 19 January.",
         body="""Madame, Monsieur,

J'ai bien pris connaissance de votre dernier rappel du 5 janvier concernant les factures FA26-0768, FA26-0815 et FA26-0848, pour un total de 4 520,80 €.

Je vous prie tout d'abord de bien vouloir excuser ce retard, qui n'est pas de votre fait. Ces trois factures, relatives aux supports de communication de l'Office de tourisme intercommunal, avaient été imputées par erreur sur le budget annexe « Tourisme », dont les crédits étaient épuisés en fin d'exercice. Les écritures ont été régularisées cette semaine.

Les trois mandats ont été émis ce jour et transmis au Service de Gestion Comptable, qui nous a confirmé que le virement serait exécuté le mardi 19 janvier.

Je vous remercie par conséquent de bien vouloir suspendre toute procédure de recouvrement. Mes services restent à votre disposition pour tout renseignement complémentaire.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Stéphane Bousquet
Directeur des finances
Communauté de communes Agout-Montagne
12 avenue du Sidobre – 81260 Brassac
Tél. 05 63 73 28 40"""),

    dict(id="s12frb033", country="FR", date="2027-01-08T18:25", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FA26-0861", amt="275,00", due="2026-12-10",
         frm="Sophie Granier <sophie.granier.chorale@gmail.com>",
         intent="copy_request",
         note="Never received the invoice and the link does not open; asks for the PDF.",
         body="""Bonsoir,

Je ne retrouve pas cette facture dans nos papiers, je crois que je ne l'ai jamais reçu (ou alors elle est partie dans les spams...). Et le lien dans votre mail ne s'ouvre pas sur mon ordi, j'ai une page blanche.

Pourriez vous me la renvoyer en PDF en pièce jointe ? Je dois la présenter au bureau de la chorale avant de payer.

Merci d'avance
Sophie Granier
Trésorière – Chorale À Travers Chants"""),

    dict(id="s12frb034", country="FR", date="2027-01-11T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-0855", amt="744,00", due="2026-12-10",
         frm="Nathalie Roucayrol <n.roucayrol@ehpad-saint-sernin.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 January inclusive: back Monday 18 January.",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 15 janvier inclus.
Pour les factures et les règlements fournisseurs, merci de vous adresser à Mme Bouscatel : economat@ehpad-saint-sernin.fr.

Cordialement,
Nathalie Roucayrol
Adjointe des cadres – Services économiques
EHPAD public Saint-Sernin"""),

    dict(id="s12frb035", country="FR", date="2027-01-11T09:34", fmt="none", stage="reminder", ago=3,
         inv="FA26-0892", amt="158,40", due="2026-12-31",
         frm="Pharmacie du Pont-Vieux <pharmacie.pontvieux@orange.fr>",
         intent="other",
         note="Forwarded to the accounting firm that handles supplier payments; no statement about payment.",
         body="""Bonjour,

J'ai bien reçu votre mail. Ce n'est pas moi qui m'occupe des règlements fournisseurs, c'est notre cabinet comptable (Azaïs & Associés) qui gère les paiements pour la pharmacie. Je leur ai fait suivre votre relance ce matin.

Bonne journée
Anne-Sophie Vidal
Pharmacie du Pont-Vieux"""),

    dict(id="s12frb036", country="FR", date="2027-01-11T13:15", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA26-0838", amt="1 392,00", due="2026-12-04",
         frm="Geoffrey Lambotte <g.lambotte@editions-lebrun.be>",
         intent="paid", paid_on="2027-01-08",
         note="Belgian publisher: payment made 'ce 8 janvier'.",
         body="""Bonjour,

Le paiement de votre facture FA26-0838 a été effectué ce 8 janvier, par virement européen depuis notre compte ING. Il vous parviendra normalement endéans les deux jours ouvrables.

Je vous souhaite une excellente année 2027.

Bien à vous,

Geoffrey Lambotte
Service comptabilité
Éditions Lebrun srl
Rue des Tanneurs 54 – 1000 Bruxelles
+32 2 512 47 90"""),

    dict(id="s12frb037", country="FR", date="2027-01-12T14:40", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-0881", amt="96,00", due="2026-12-20",
         frm="Accueil MSP <accueil@msp-val-du-thore.fr>",
         intent="unsubscribe",
         note="Asks to stop automatic reminders to the health centre's reception mailbox; no other address given.",
         body="""Bonjour,

Merci de ne plus envoyer de relances automatiques à cette adresse. Il s'agit de la boîte de l'accueil de la maison de santé, consultée par les secrétaires médicales, et ces messages l'encombrent.

Merci de nous désinscrire de vos envois.

Cordialement,
L'accueil – Maison de santé pluriprofessionnelle du Val du Thoré"""),

    dict(id="s12frb038", country="FR", date="2027-01-13T10:45", fmt="outlook", stage="second_reminder", ago=2,
         inv=[("FA26-0794", "1 205,40", "2026-11-18"), ("FA26-0829", "684,00", "2026-11-30"), ("FA26-0851", "457,20", "2026-12-09")],
         frm="Agnès Puech <compta@foyersruraux81.org>",
         intent="paid", paid_on="2027-01-11",
         note="All three invoices paid in a single transfer on Monday 11 January.",
         body="""Bonjour,

Nos messages se sont croisés : les trois factures FA26-0794, FA26-0829 et FA26-0851 ont été réglées en un seul virement de 2 346,60 € le lundi 11 janvier, libellé « FDFR81 FACT CASTAGNE ».

Merci de vérifier de votre côté et de ne pas tenir compte de cette relance.

Cordialement,

Agnès Puech
Comptable
Fédération départementale des Foyers ruraux du Tarn
05 63 38 27 61"""),

    dict(id="s12frb039", country="FR", date="2027-01-13T14:10", fmt="html_outlook", stage="repeat", ago=2,
         inv="FA26-0846", amt="2 187,00", due="2026-12-10",
         frm="Pierre-Yves Landes <marches@ch-pays-cocagne.fr>",
         intent="dispute",
         note="Hospital contests the unit price against the framework contract and asks for a credit note before mandating.",
         body="""Madame, Monsieur,

Votre facture FA26-0846 relative à la fourniture de 5 400 dossiers patients imprimés a été mise en suspens par nos services pour la raison suivante.

Le prix unitaire facturé est de 0,3375 € HT, alors que le bordereau des prix unitaires de l'accord-cadre n° 2025-FCS-014 (lot 3) prévoit un prix de 0,29 € HT pour cette référence. La révision des prix prévue au CCAP n'intervient qu'au 1er mars de chaque année et n'a fait l'objet d'aucune demande de votre part.

L'écart représente 256,50 € HT, soit 307,80 € TTC.

Nous vous remercions d'émettre un avoir du montant de cet écart, ou d'annuler et remplacer la facture, via Chorus Pro. La facture ne pourra être mandatée qu'après régularisation.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Pierre-Yves Landes
Responsable de la cellule Marchés et Achats
Centre Hospitalier du Pays de Cocagne
Tél. 05 63 58 30 07"""),

    dict(id="s12frb040", country="FR", date="2027-01-13T17:55", fmt="apple", stage="repeat", ago=2,
         inv="FA26-0822", amt="754,80", due="2026-12-01",
         frm="Laurent Cayla <laurent.cayla@icloud.com>",
         intent="promise", promise_date="2027-01-18",
         note="Transfer 'lundi prochain' written on Wednesday 13 January: Monday 18 January.",
         body="""Bonjour,

Toutes mes excuses, votre facture était restée coincée dans ma pile. Je fais le virement lundi prochain sans faute.

Cordialement,

Laurent Cayla
Architecte DPLG
06 07 33 81 52"""),

    dict(id="s12frb041", country="FR", date="2027-01-14T16:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0866", amt="410,40", due="2026-12-12",
         frm="Mairie de Bellegarde-sur-Thoré <mairie.bellegarde-thore@orange.fr>",
         cc="Clara Delmas <compta.bellegarde@orange.fr>",
         intent="contact_change", new_email="compta.bellegarde@orange.fr",
         note="Former clerk retired; invoices and payments now to the new town-hall secretary's address.",
         body="""Bonjour,

Mme Durand, qui suivait la comptabilité de la commune, a fait valoir ses droits à la retraite le 31 décembre. Cette adresse n'est plus consultée que ponctuellement.

Pour tout ce qui concerne les factures et les paiements, merci d'écrire désormais à Mme Clara Delmas, notre nouvelle secrétaire de mairie : compta.bellegarde@orange.fr

Je la mets en copie pour suite à donner.

Bien cordialement,
Jean-Louis Teisseyre
Maire de Bellegarde-sur-Thoré"""),

    dict(id="s12frb042", country="FR", date="2027-01-14T16:30", fmt="tb", stage="reminder", ago=3,
         inv="FA26-0880", amt="540,00", due="2026-12-18",
         frm="Véronique Lacombe <comptabilite@ecole-sainte-germaine.fr>",
         intent="paid", paid_on="2027-01-12",
         note="Transfer made 'mardi' (written Thursday 14 January): Tuesday 12 January.",
         body="""Bonjour,

Le virement pour la facture FA26-0880 (photos de classe) a été fait mardi par l'OGEC.
Vous devriez l'avoir reçu maintenant.

Cordialement,
Véronique Lacombe
Comptable OGEC – École Sainte-Germaine"""),

    dict(id="s12frb043", country="FR", date="2027-01-18T08:52", fmt="gmail", stage="formal_notice", ago=3,
         inv="FA26-0806", amt="438,00", due="2026-11-25",
         frm="Patrick Gaches <p.gaches@gaches-plomberie.fr>",
         intent="paid",
         note="Angry: says it was paid by transfer last week; no exact day.",
         body="""Une mise en demeure ?? Sérieusement ?

Cette facture est payée depuis la semaine dernière, par virement, j'ai le justificatif sous les yeux. Vous pourriez au moins vérifier vos comptes avant d'envoyer des menaces d'injonction de payer à des clients qui travaillent avec vous depuis 10 ans.

Je vous joins rien du tout, vous n'avez qu'à regarder votre banque.

P. Gaches
Plomberie Chauffage Gaches
06 85 42 17 30"""),

    dict(id="s12frb044", country="FR", date="2027-01-19T11:30", fmt="html_outlook", stage="final_notice", ago=4,
         inv="FA26-0727", amt="3 456,00", due="2026-10-31",
         frm="Service administratif <administration@menuiseries-delpech.fr>",
         intent="other",
         note="Debtor in receivership: cannot pay pre-judgment debts; claim must be declared to the judicial representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel.

Nous vous informons que, par jugement du Tribunal de commerce de Castres en date du 24 novembre 2026, la société Menuiseries Delpech SAS a été placée en redressement judiciaire. Maître Hélène Rigal, 12 boulevard Clemenceau, 81100 Castres, a été désignée en qualité de mandataire judiciaire.

Nous ne sommes pas autorisés à régler les créances nées antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance auprès de Maître Rigal dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous remercions de cesser l'envoi de relances pour cette facture.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service administratif
Menuiseries Delpech SAS – en redressement judiciaire
Lieu-dit La Borie – 81290 Labruguière
Tél. 05 63 50 62 14"""),

    dict(id="s12frb045", country="FR", date="2027-01-20T15:47", fmt="apple", stage="firm", ago=2,
         inv="FA26-0874", amt="1 068,00", due="2026-12-15",
         frm="Nadège Cros <secretariat.direction@ehpad-lestilleuls.fr>",
         intent="other",
         note="Asks that someone call the director back about the invoice and future orders; no payment statement.",
         body="""Bonjour,

Pourriez-vous demander à la personne qui suit notre dossier de rappeler Mme Sicard, notre directrice, au 05 63 61 48 20 ? Elle souhaite faire un point avec vous sur cette facture et sur les prochaines commandes avant toute chose.
Elle est présente jeudi et vendredi toute la journée.

Merci,

Nadège Cros
Secrétariat de direction
EHPAD Les Tilleuls

Envoyé de mon iPad"""),

    dict(id="s12frb046", country="FR", date="2027-01-21T19:50", fmt="html_gmail", stage="final_notice", ago=3,
         inv="FA26-0788", amt="810,00", due="2026-11-18",
         frm="Judo Club du Haut-Thoré <judoclub.hautthore@gmail.com>",
         intent="plan_request",
         note="New treasurer asks to spread payment over about four monthly instalments; no start date.",
         body="""Bonsoir,

Je suis le nouveau trésorier du Judo Club depuis l'AG de décembre, et je découvre cette facture (tenues et banderoles du gala) en reprenant les comptes. Malheureusement l'ancien bureau a laissé les caisses quasiment vides.

Est-ce qu'il serait possible d'étaler le paiement en plusieurs fois, par exemple 4 mensualités d'environ 200 € ? On ne veut surtout pas en arriver à un recouvrement, on veut régulariser, mais on ne peut pas tout payer d'un coup.

Merci de votre compréhension,

Vincent Barthe
Trésorier – Judo Club du Haut-Thoré
07 68 21 09 54"""),

    dict(id="s12frb047", country="FR", date="2027-01-25T10:10", fmt="apple", stage="reminder", ago=4,
         inv="FA26-0884", amt="216,00", due="2026-12-31",
         frm="Hugo Salvan <hugo.salvan@me.com>",
         intent="paid", paid_on="2027-01-23",
         note="Transfer made 'avant-hier' (written Monday 25 January): Saturday 23 January.",
         body="""Bonjour,

J'ai fait le virement avant-hier depuis l'appli de la banque (216 €, réf. TC ST PAUL FA26-0884). Vous devriez le voir apparaître d'ici demain.

Hugo Salvan
Président – Tennis Club de Saint-Paul

Envoyé de mon iPhone"""),

    dict(id="s12frb048", country="FR", date="2027-01-26T10:05", fmt="tb", stage="final_notice", ago=1,
         inv="FA26-0899", amt="468,00", due="2027-01-05",
         frm="CCAS de Sainte-Cécile-du-Pastel <ccas@sainte-cecile-du-pastel.fr>",
         intent="dispute",
         note="Social services office ordered and received 300 cards per quote (198 €), not 800; contests the amount.",
         body="""Madame, Monsieur,

Nous recevons un « dernier rappel avant transmission du dossier » pour la facture FA26-0899 de 468,00 €, que nous contestons.

Le CCAS a commandé 300 cartes de vœux pour les aînés de la commune, sur la base de votre devis n° D26-412 du 18 novembre, d'un montant de 198,00 € TTC. Votre facture porte sur 800 cartes. Or nous n'avons reçu que 300 cartes, comme en atteste le bon de livraison signé le 9 décembre, dont nous tenons une copie à votre disposition.

Nous vous demandons donc d'annuler cette facture et de nous en adresser une nouvelle conforme au devis. Nous la réglerons dès réception.

Dans l'attente, merci de suspendre la procédure de recouvrement.

Cordialement,

--
Annie Carayon
Responsable du CCAS
Centre Communal d'Action Sociale de Sainte-Cécile-du-Pastel
05 63 42 19 80"""),

    dict(id="s12frb049", country="FR", date="2027-01-27T09:20", fmt="none", stage="repeat", ago=2,
         inv="FA26-0890", amt="362,40", due="2026-12-28",
         frm="Serge Calmels <serge.calmels@calmels-transports.fr>",
         intent="unsubscribe",
         note="Demands to stop receiving automatic reminders; wants a phone call instead. No payment statement.",
         body="""Bonjour,

Je ne veux plus recevoir vos relances automatiques. Trois mails en quinze jours, c'est du harcèlement. Retirez mon adresse de votre système.

Si vous avez quelque chose à me dire, vous avez mon numéro de portable, vous m'appelez, comme avant.

S. Calmels"""),

    dict(id="s12frb050", country="FR", date="2027-01-28T09:04", fmt="bounce",
         inv="FA26-0895", amt="264,00", due="2027-01-10",
         rcpt="mairie.cabanes-le-haut@wanadoo.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <mairie.cabanes-le-haut@wanadoo.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Permanent delivery failure: mailbox no longer exists.",
         body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:

  mairie.cabanes-le-haut@wanadoo.fr
    host smtp-in.orange.fr [193.252.22.84]
    SMTP error from remote mail server after RCPT TO:<mairie.cabanes-le-haut@wanadoo.fr>:
    550 5.1.1 <mairie.cabanes-le-haut@wanadoo.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"""),
]
