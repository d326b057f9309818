"""Part fr_c: debtor replies to Kerbiriou Bâtiment SARL (roofing, electrics, outdoor works, Auray). Each body handwritten."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s8frc001", country="FR", date="2026-12-09T10:42", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-0388", amt="1 146,00", due="2026-11-30",
         frm="Monique Le Bihan <monique.lebihan56@orange.fr>",
         intent="promise", promise_date="2026-12-14",
         note="Retired couple; husband drops the cheque at the office on Monday (14 Dec, mail sent Wednesday 9 Dec).",
         body="""Bonjour,

Nous avons bien reçu votre rappel. Excusez nous, avec le déménagement de notre fille nous avons complètement oublié cette facture.
Mon mari dépose le chèque lundi à votre bureau d'Auray en allant au marché.

Bien cordialement
Monique et Gérard Le Bihan"""),

    dict(id="s8frc002", country="FR", date="2026-12-10T14:18", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA26-0352", amt="3 912,40", due="2026-11-15",
         frm="Sandrine Morvan <s.morvan@oceane-gestion.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Syndic states the transfer was made on 8 December 2026.",
         body="""Madame, Monsieur,

Nous faisons suite à votre relance concernant la facture FA26-0352 relative aux travaux de reprise de la couverture du bâtiment B (Résidence Les Hortensias, Vannes).

Le règlement a été effectué par virement le 8 décembre 2026, sous la référence VIR-HORT-1208. Le délai de traitement bancaire explique sans doute qu'il n'apparaisse pas encore sur votre relevé.

Nous restons à votre disposition pour tout complément.

Cordialement,

Sandrine Morvan
Gestionnaire de copropriété
Cabinet Océane Gestion Immobilière
18 avenue Victor Hugo – 56000 Vannes
Tél. 02 97 47 80 12
Carte professionnelle CPI 5602 2019 000 041 512 délivrée par la CCI du Morbihan
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),

    dict(id="s8frc003", country="FR", date="2026-12-18T17:05", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0379", amt="2 064,00", due="2026-12-01",
         frm="SCI Les Trois Chênes <sci.troischenes@orange.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: away until Sunday 3 January inclusive, so back Monday 4 January.",
         body="""Bonjour,

Je suis absent du bureau jusqu'au dimanche 3 janvier inclus et ne consulterai pas mes messages pendant cette période.
Pour toute urgence concernant les biens de la SCI, vous pouvez joindre Mme Evenou au 06 72 18 44 09.

Bonnes fêtes de fin d'année,
Yann Caradec
SCI Les Trois Chênes"""),

    dict(id="s8frc004", country="FR", date="2026-12-14T21:37", fmt="apple", stage="second_reminder", ago=4,
         inv="FA26-0401", amt="2 380,00", due="2026-11-25",
         frm="Thierry Guillou <thierry.guillou@free.fr>",
         intent="dispute",
         note="Refuses to pay the balance until the roof leak is repaired.",
         body="""bonjour
je vais etre clair, je paierai pas le solde tant que vous serez pas revenus voir la toiture. ca fait 3 fois que j appelle votre secretariat pour la fuite au dessus de la chambre, personne rappelle. avec les pluies de la semaine derniere on a encore eu de l eau sur le plafond
quand ce sera reparé je paie, pas avant

Thierry Guillou

Envoyé de mon iPhone"""),

    dict(id="s8frc005", country="FR", date="2026-12-15T12:03", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-0420", amt="640,00", due="2026-12-10",
         frm="Pascal Riou <riou.plomberie@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Plumber (main contractor): transfer on Friday = 18 Dec (mail Tuesday 15 Dec).",
         body="""ok je fais le virement vendredi
Pascal"""),

    dict(id="s8frc006", country="FR", date="2026-12-16T09:50", fmt="tb", stage="reminder", ago=2,
         inv="FA26-0367", amt="1 875,60", due="2026-11-20",
         frm="Camping de la Pointe <contact@camping-delapointe.fr>",
         intent="copy_request",
         note="Needs a corrected invoice in the company's name with its VAT number before paying; not disputing the work.",
         body="""Bonjour,

Notre comptable ne peut pas passer la facture en l'état : elle est libellée au nom de M. Jaouen personnellement alors que les travaux (raccordement électrique des nouvelles bornes emplacements) concernent la SARL Camping de la Pointe. Pourriez-vous nous renvoyer une facture rectifiée au nom de la société, avec notre numéro de TVA intracommunautaire FR 47 503 882 915 ?

Dès réception on procède au règlement.

Merci et bonne journée,
Annaïg Jaouen
Camping de la Pointe ***
Route de Port-Navalo, 56640 Arzon
02 97 53 70 26"""),

    dict(id="s8frc007", country="FR", date="2026-12-11T19:12", fmt="apple", stage="reminder", ago=3,
         inv="FA26-0395", amt="486,00", due="2026-11-30",
         frm="Christine Le Goff <chris.legoff@laposte.net>",
         intent="paid", paid_on="2026-12-10",
         note="Wife writes for her husband: cheque posted yesterday (10 Dec).",
         body="""Bonsoir,

Je réponds pour mon mari qui n'a pas accès à cette boîte mail. Il a posté le chèque hier (486 €) à l'adresse de la ZA de Keranna, vous devriez le recevoir d'ici lundi ou mardi.
Merci encore pour le dépannage du tableau, tout fonctionne.

Christine Le Goff

Envoyé de mon iPhone"""),

    dict(id="s8frc008", country="FR", date="2026-12-13T16:20", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA26-0374", amt="5 640,00", due="2026-11-20",
         frm="Florence Darcel <gite.kerhouat@gmail.com>",
         intent="plan_request",
         note="Gîte owner asks to spread the payment over several months; no date committed.",
         body="""Bonjour Monsieur Kerbiriou,

Je me permets de vous écrire directement suite à votre relance. Je ne conteste absolument pas la facture, le travail sur la toiture de la longère est très bien fait et mes locataires de la Toussaint l'ont remarqué.
Le problème c'est que la saison a été moins bonne que prévu et qu'en hiver le gîte ne tourne quasiment pas. Régler 5 640 € d'un coup me met vraiment en difficulté en ce moment.
Serait-il possible d'étaler le paiement sur plusieurs mois ? Je peux mettre en place des virements mensuels, dites-moi ce qui vous conviendrait.

Avec mes remerciements,
Florence Darcel
Gîte de Kerhouat – Ploemel
06 31 85 47 20"""),

    dict(id="s8frc009", country="FR", date="2026-12-07T11:15", fmt="outlook", stage="reminder", ago=4,
         inv="FA26-0331", amt="1 320,00", due="2026-11-05",
         frm="Compta Copropriétés <compta.copro@atlantique-syndic.fr>",
         intent="contact_change", new_email="copro@kerimmo-gestion.fr",
         note="Former syndic no longer manages the building; reminders must go to the new syndic.",
         body="""Bonjour,

Nous vous informons que notre cabinet n'assure plus la gestion de la Résidence Ty Mor (Carnac) depuis le 1er décembre 2026, le mandat ayant été confié à un autre syndic lors de la dernière assemblée générale.
Nous avons transmis les archives et les factures en attente, dont la vôtre, au nouveau gestionnaire. Merci d'adresser désormais vos relances directement au Cabinet Ker Immo, service copropriétés : copro@kerimmo-gestion.fr.

Cordialement,

Service Comptabilité Copropriétés
Atlantique Syndic
3 place de la République – 56100 Lorient
Tél. : 02 97 21 09 66"""),

    dict(id="s8frc010", country="FR", date="2026-12-10T07:48", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-0408", amt="912,00", due="2026-12-05",
         frm="Le Fournil d'Erwan <fournil.erwan@gmail.com>",
         intent="promise",
         note="Baker promises to pay after the holidays; no single day.",
         body="""Bonjour
Bien reçu. En décembre avec les commandes de bûches c est la folie et la trésorerie est tendue avec les achats de farine et de beurre, je vous règle l'éclairage de la vitrine après les fêtes sans faute.
Bonne journée
Erwan - Le Fournil d'Erwan, Locmariaquer"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s8frc011", country="FR", date="2026-12-16T13:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-0397", amt="3 240,00", due="2026-11-30",
         frm="Jean-Luc Tanguy <jl.tanguy@wanadoo.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Partial payment of 1 500 € made today; the remaining 1 740 € is promised for 8 January, which is what the firm must follow.",
         body="""Bonjour,

Je viens de faire un virement de 1 500 € ce midi pour la facture FA26-0397 (mise aux normes électrique de l'appartement rue du Belzic).
Pour le reste (1 740 €) je vous le vire le 8 janvier, je touche les loyers début de mois et la taxe foncière m'a un peu plombé cette année.
J'espère que ça vous convient, sinon appelez moi.

Jean-Luc Tanguy
06 08 44 17 93"""),

    dict(id="s8frc012", country="FR", date="2026-12-18T16:40", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0403", amt="1 560,00", due="2026-12-05",
         frm="Elec Services Morbihan <contact@elec-services56.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Annual closure until 04/01/2027 inclusive; first day back Tuesday 5 January.",
         body="""Bonjour,

Notre entreprise est fermée pour congés annuels du 19/12/2026 au 04/01/2027 inclus.
Votre message sera traité à notre retour. En cas de panne urgente sur une installation réalisée par nos soins, merci de contacter le 06 45 22 78 10.

Toute l'équipe d'Elec Services Morbihan vous souhaite de joyeuses fêtes."""),

    dict(id="s8frc013", country="FR", date="2026-12-21T10:12", fmt="tb", stage="firm", ago=3,
         inv="FA26-0362", amt="5 820,00", due="2026-11-15",
         frm="Bernard Quéré <b.quere@sciduchateau.fr>",
         intent="dispute",
         note="Invoice exceeds the signed quote by 970 € with no amendment; payment suspended until corrected or explained.",
         body="""Monsieur,

Je fais suite à votre relance du 18 décembre concernant la facture FA26-0362.

Le devis n° D26-0211 que j'ai signé le 2 septembre portait sur un montant de 4 850,00 € TTC pour la réfection de la zinguerie et le remplacement des gouttières de l'immeuble du 7 rue du Château. La facture reçue s'élève à 5 820,00 € TTC, sans qu'aucun avenant ni aucun travail supplémentaire ne m'ait été soumis.

Je suis disposé à régler le montant du devis dès réception d'une facture rectifiée, ou d'une explication écrite justifiant la différence de 970 €. Dans l'attente, je suspends le règlement.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Bernard Quéré
Gérant – SCI du Château
7 rue du Château, 56400 Auray"""),

    dict(id="s8frc014", country="FR", date="2026-12-17T18:05", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-0412", amt="1 690,00", due="2026-12-10",
         frm="Hélène Rouxel <helene.rouxel@sfr.fr>",
         intent="bank_details",
         note="Received a mail announcing a new IBAN; asks the firm to confirm its real bank details before paying.",
         body="""Bonsoir,

Avant de payer je préfère vérifier avec vous : j'ai reçu hier un autre mail, soi-disant de votre part, qui me dit que vous avez changé de banque et qui me donne un nouveau RIB dans une banque en ligne. Sur votre facture c'est le Crédit Agricole.
Est-ce que c'est bien vous ? Ma voisine s'est déjà fait avoir avec ce genre d'arnaque donc je ne fais rien tant que vous ne m'avez pas confirmé le bon IBAN.

Cordialement,
Hélène Rouxel
Le Bono"""),

    dict(id="s8frc015", country="FR", date="2026-12-22T08:55", fmt="none", stage="repeat", ago=1,
         inv="FA26-0356", amt="780,00", due="2026-11-10",
         frm="Dominique Fournier <dfournier75@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop the automatic emails; deals with the owner in person.",
         body="""Bonjour,
Je vous demande de ne plus m'envoyer ces courriels automatiques. C'est le quatrième en un mois, je ne les lis plus.
Je vois les choses directement avec M. Kerbiriou quand je descends à Quiberon.
Cordialement
D. Fournier"""),

    dict(id="s8frc016", country="FR", date="2026-12-19T11:02", fmt="tb", stage="second_reminder", ago=3,
         inv="FA26-0390", amt="1 428,00", due="2026-11-30",
         frm="Marc Ollivier <marc.ollivier@free.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Small landlord will pay on 5 January once January rents are in.",
         body="""Bonjour,

Désolé pour le retard, je n'avais pas vu passer la première relance, elle était partie dans les spams.
Je règle la facture pour la remise en état de la clôture et du portail le 5 janvier, une fois les loyers de janvier encaissés.

Bonne fin d'année à toute l'équipe,
Marc Ollivier"""),

    dict(id="s8frc017", country="FR", date="2026-12-16T10:25", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA26-0415", amt="358,00", due="2026-12-11",
         frm="Sophie Nicolas <sophie.nicolas.bzh@gmail.com>",
         intent="paid", paid_on="2026-12-16",
         note="Paid by card through the link just now.",
         body="""Bonjour,
C'est fait, je viens de payer par carte avec le lien de votre mail. Vous devriez avoir la confirmation.
Bonne journée
Sophie Nicolas"""),

    dict(id="s8frc018", country="FR", date="2026-12-21T15:40", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA26-0342", amt="2 150,00", due="2026-11-10",
         frm="Philippe Le Corre <philippe.lecorre@outlook.fr>",
         intent="other",
         note="Son reports the customer died; the estate is handled by a notary. No payment statement.",
         body="""Bonjour,

Je suis le fils de M. Robert Le Corre, à qui était adressée votre facture pour la réfection de la cheminée et des solins.
Mon père est décédé le 27 novembre. La succession est en cours et c'est Maître Allanic, notaire à Auray, qui s'en occupe. Je pense qu'il faut lui adresser votre facture pour qu'elle soit prise en compte dans la succession.
Je n'ai moi-même pas accès aux comptes de mon père pour l'instant.

Cordialement,
Philippe Le Corre"""),

    dict(id="s8frc019", country="FR", date="2026-12-10T17:20", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-0384", amt="4 260,00", due="2026-11-30",
         frm="Ludovic Daniel <ld.construction56@orange.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Main contractor waits for his own client's payment (the 18th, not labelled); pays at the latest Tuesday 22 December.",
         body="""Bonjour Isabelle,

Ta relance est bien arrivée. On attend nous-mêmes le paiement de la situation n°3 du chantier de la maison Perron à Brec'h, le client nous a promis le virement pour le 18.
Je te règle la partie couverture dans la foulée, au plus tard le mardi 22 décembre.

A+
Ludovic Daniel
LD Construction – Maçonnerie Gros œuvre
Pluvigner – 06 62 30 91 15"""),

    dict(id="s8frc020", country="FR", date="2026-12-17T11:45", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("FA26-0318", "624,00", "2026-10-31"), ("FA26-0359", "1 092,00", "2026-11-15")],
         frm="Gaëlle Jégo <compta@quincaillerie-duport.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Both invoices paid in one transfer on 14/12.",
         body="""Bonjour,

Les deux factures (FA26-0318 et FA26-0359) ont été réglées en un seul virement de 1 716,00 € le 14/12, libellé « QUINCAILLERIE DU PORT FACT 0318 0359 ».
Merci de bien vouloir vérifier de votre côté.

Cordialement,

Gaëlle Jégo
Quincaillerie du Port
12 quai Franklin, 56400 Auray
02 97 56 13 40"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s8frc021", country="FR", date="2026-12-09T09:03", fmt="bounce", stage="reminder",
         inv="FA26-0386", amt="420,00", due="2026-11-30",
         rcpt="y.kerherve@wanadoo.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <y.kerherve@wanadoo.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416",
         intent="bounce",
         note="Permanent delivery failure: address unknown at the recipient's provider.",
         body="""Your message to y.kerherve@wanadoo.fr couldn't be delivered.

The recipient's mail server permanently rejected the address. Check the address for typos, or ask the recipient for an updated address.

Remote server (smtp-in.orange.fr) returned: 550 5.1.1 Invalid recipient."""),

    dict(id="s8frc022", country="FR", date="2026-12-28T10:14", fmt="apple", stage="reminder", ago=4,
         inv="FA26-0426", amt="264,00", due="2026-12-20",
         frm="Nathalie Bourhis <nathalie.bourhis@icloud.com>",
         intent="copy_request",
         note="Never received the invoice; asks for it as an attachment so she can pay.",
         body="""Bonjour,

Je n'ai aucune trace de cette facture de 264 €, ni par courrier ni par mail. S'agit-il de l'intervention sur le volet roulant de la location à Plouharnel en novembre ?
Pouvez-vous m'envoyer la facture en pièce jointe s'il vous plaît, que je puisse la transmettre à mon locataire pour la partie qui lui revient et la régler.

Merci,
Nathalie Bourhis"""),

    dict(id="s8frc023", country="FR", date="2027-01-04T09:20", fmt="gmail", stage="second_reminder", ago=7,
         inv="FA26-0399", amt="318,00", due="2026-12-05",
         frm="Albert Le Hir <albert.lehir@orange.fr>",
         intent="promise", promise_date="2027-01-07",
         note="Elderly customer will drop the cheque at the office on Thursday 7 January.",
         body="""Bonjour Madame,
Je m'excuse du retard pour le réglement, j'ai été hospitalisé pendant les fètes et je n'ai pas pu m'en occupé.
Je passerait déposer le chéque à votre bureau jeudi 7 dans la matinée si sa vous va.
Meilleurs voeux pour l'année 2027
Albert Le Hir"""),

    dict(id="s8frc024", country="FR", date="2026-12-22T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0369", amt="1 488,00", due="2026-11-25",
         frm="Julien Pasco <j.pasco@oceane-gestion.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Property manager on leave 21/12 to 01/01, back Monday 04/01.",
         body="""Bonjour,

Je suis actuellement en congés du 21/12 au 01/01 inclus. Retour au bureau le lundi 04/01.
Pour toute demande urgente relative à un sinistre dans une copropriété, merci d'écrire à urgences@oceane-gestion.fr.
Les factures fournisseurs sont traitées par le service comptable : comptabilite@oceane-gestion.fr.

Cordialement,
Julien Pasco
Cabinet Océane Gestion Immobilière"""),

    dict(id="s8frc025", country="FR", date="2026-12-29T14:12", fmt="gmail", stage="reminder", ago=8,
         inv="FA26-0418", amt="1 150,00", due="2026-12-15",
         frm="Patrick Ezanno <p.ezanno@laposte.net>",
         intent="dispute",
         note="Hedge on the neighbour's side not trimmed and green waste left on site; withholds payment until finished or reduced.",
         body="""Bonjour,

Je réponds à votre relance pour la taille des haies et l'abattage du pin.
Avant de payer je voudrais qu'on parle de deux choses : la haie côté voisin n'a pas été taillée du tout alors que c'était dans le devis (mon voisin me l'a fait remarquer assez sèchement), et les branches du pin sont toujours en tas au fond du jardin, alors que l'évacuation des déchets verts était comprise.
Je veux bien payer mais pas pour un travail à moitié fait. Soit vous revenez finir, soit on retire 150 € environ. Je paierai une fois que c'est réglé.

Cordialement
Patrick Ezanno
Ploemel"""),

    dict(id="s8frc026", country="FR", date="2027-01-07T11:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA26-0381", amt="2 736,00", due="2026-11-30",
         frm="Camping Les Menhirs <accueil@camping-lesmenhirs.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Cheque posted on Monday (4 January), mail sent Thursday 7 January.",
         body="""Bonjour,

Le chèque de 2 736,00 € pour la facture FA26-0381 (remplacement du tableau électrique du bloc sanitaire) est parti lundi par la poste, je l'ai déposé moi-même au bureau de poste de Carnac.
Vous devriez le recevoir rapidement, sinon faites-moi signe.

Bonne année à vous,

Jean-Yves Le Ray
Camping Les Menhirs – Carnac
Tél : 02 97 52 38 71 — www.camping-lesmenhirs.fr"""),

    dict(id="s8frc027", country="FR", date="2027-01-03T20:45", fmt="html_gmail", stage="firm", ago=11,
         inv="FA26-0377", amt="12 480,00", due="2026-12-01",
         frm="Aurélie Guégan <aurelie.guegan29@gmail.com>",
         intent="plan_request",
         note="Couple waiting for a renovation grant asks to pay in 4 or 5 instalments; no date committed.",
         body="""Bonsoir,

Nous avons bien reçu vos relances et nous sommes désolés de ne pas avoir répondu plus tôt.
Pour être honnêtes, l'aide MaPrimeRénov' sur laquelle nous comptions pour l'isolation sous toiture n'a toujours pas été versée, notre dossier est bloqué à l'instruction. Nous ne pouvons donc pas régler les 12 480 € en une seule fois pour le moment.
Est-ce qu'il serait envisageable de vous payer en plusieurs fois, par exemple sur 4 ou 5 mois ? Nous pouvons vous faire un premier versement rapidement.

Merci de votre compréhension,
Aurélie et Kevin Guégan
Crac'h"""),

    dict(id="s8frc028", country="FR", date="2027-01-05T10:05", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA26-0393", amt="1 944,00", due="2026-12-15",
         frm="Pharmacie de la Place <pharmacie.delaplace56@orange.fr>",
         intent="other",
         note="Passed to the shop's accountant, who will reply; no payment statement.",
         body="""Bonjour,

J'ai transmis votre message à notre cabinet comptable (Cabinet Lorcy & Associés) qui gère les paiements fournisseurs pour la pharmacie. Ils reviendront vers vous directement.

Cordialement,
Dr Marie-Laure Ropert
Pharmacie de la Place – Sainte-Anne-d'Auray"""),

    dict(id="s8frc029", country="FR", date="2027-01-08T15:12", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA26-0383", amt="3 078,00", due="2026-12-10",
         frm="Camille Brient <c.brient@menuiserie-duval.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: paid with the supplier transfer run of the 15th.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Duval concernant votre relance.

Bien cordialement,
Camille Brient
Assistante administrative – Menuiserie Duval & Fils
Z.A. du Goah – 56390 Grand-Champ
02 97 66 41 05

De : Yannick Duval
Envoyé : vendredi 8 janvier 2027 11:47
À : Camille Brient
Objet : TR: Deuxième relance Kerbiriou

Camille, réponds-leur qu'on les paie avec le virement fournisseurs du 15, c'est validé. Pas avant, la tréso de janvier est serrée.
Y."""),

    dict(id="s8frc030", country="FR", date="2026-12-30T18:22", fmt="gmail", stage="reminder", ago=7,
         inv="FA26-0410", amt="2 290,00", due="2026-12-15",
         frm="François Delaunay <f.delaunay@gmail.com>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made on 28/12; side question about a leaking downpipe.",
         body="""Bonjour,

Virement de 2 290 € fait le 28/12 depuis notre compte à la Société Générale, vous devriez l'avoir.
Par contre une question : en arrivant pour les vacances on a remarqué que la descente de gouttière côté garage goutte au niveau du raccord. Est-ce que quelqu'un pourrait passer jeter un œil ? On est à Saint-Philibert jusqu'au 3 janvier, sinon la voisine a les clés.

Merci et bonnes fêtes,
Anne et François Delaunay"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s8frc031", country="FR", date="2026-12-11T22:10", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-0405", amt="870,00", due="2026-12-01",
         frm="Julien Moysan <julien.moysan@gmail.com>",
         intent="promise",
         note="Second-home owner promises to pay early January; no single day.",
         body="""Bonjour,
Oui pardon, c'est noté. Je suis en déplacement pro jusqu'à Noël et je n'ai pas mon chéquier avec moi. Je vous règle ça début janvier, promis.
Cordialement,
Julien Moysan"""),

    dict(id="s8frc032", country="FR", date="2027-01-11T08:30", fmt="apple", stage="reminder", ago=3,
         inv="FA26-0432", amt="1 212,00", due="2026-12-31",
         frm="Alain Pédron <alain.pedron@orange.fr>",
         intent="contact_change", new_email="martine.pedron@gmail.com",
         note="Husband asks that mails go to his wife, who handles the household paperwork.",
         body="""Bonjour, c'est ma femme qui s'occupe de tous les papiers de la maison, moi je regarde quasiment jamais cette adresse. Merci d'envoyer vos mails à son adresse à elle : martine.pedron@gmail.com
Elle vous recontacte pour la facture.
Alain Pédron

Envoyé de mon iPhone"""),

    dict(id="s8frc033", country="FR", date="2027-01-11T09:00", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-0391", amt="2 520,00", due="2026-12-05",
         frm="Le Moing Carrelage <secretariat@lemoing-carrelage.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 January; first working day back is Monday 18 January.",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 15 janvier. Vos messages ne seront pas transférés.
Pour les questions de chantier, merci d'appeler directement Stéphane au 06 80 14 52 63.

Cordialement,
Laëtitia Le Moing
Secrétariat – Le Moing Carrelage"""),

    dict(id="s8frc034", country="FR", date="2027-01-12T19:48", fmt="gmail", stage="formal_notice", ago=1,
         inv="FA26-0372", amt="3 460,00", due="2026-11-25",
         frm="Sébastien Berthelot <seb.berthelot@hotmail.fr>",
         intent="dispute",
         note="Angry: the electrical work still trips the breaker; refuses to pay until fixed.",
         body="""Vous osez m'envoyer une MISE EN DEMEURE ??

Je vous rappelle que depuis votre intervention sur le tableau électrique le différentiel saute dès qu'on allume le four et la pompe à chaleur en même temps. J'ai appelé 5 fois, votre technicien est passé une fois, il a "regardé" et il est reparti. Résultat on vit avec la moitié de la maison coupée tous les soirs depuis novembre.

Je ne paierai pas un centime tant que l'installation ne fonctionnera pas correctement. Et si vous voulez saisir le tribunal allez-y, j'ai gardé tous les SMS et j'ai un électricien qui est prêt à faire un constat.

S. Berthelot"""),

    dict(id="s8frc035", country="FR", date="2027-01-08T11:10", fmt="html_outlook", stage="firm", ago=2,
         inv="FA26-0348", amt="7 344,00", due="2026-11-20",
         frm="Mathilde Carré <m.carre@carre-patrimoine.fr>",
         intent="paid", paid_on="2027-01-05",
         note="SCI accounts: SEPA transfer issued on 05/01/2027.",
         body="""Bonjour,

Nous accusons réception de votre relance.
Nous vous confirmons que la facture FA26-0348 a été réglée par virement SEPA émis le 05/01/2027 depuis le compte de la SCI Ty Glas. Le décalage tient à la clôture de fin d'année de notre banque.
Vous trouverez en pièce jointe l'avis d'opération.

Cordialement,

Mathilde Carré
Comptabilité – Groupe Carré Patrimoine
SCI Ty Glas / SCI Les Embruns / SCI Kerdual
5 rue Thiers, 56000 Vannes
Tél. 02 97 42 18 90

Ce courriel et ses éventuelles pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en avertir l'expéditeur."""),

    dict(id="s8frc036", country="FR", date="2027-01-11T10:35", fmt="tb", stage="final_notice", ago=3,
         inv="FA26-0364", amt="1 986,00", due="2026-11-15",
         frm="Henri de Kerguélen <h.dekerguelen@free.fr>",
         intent="promise", promise_date="2027-01-19",
         note="Payment 'sous huitaine' from Monday 11 January = 19 January. Mentions his own change of bank but gives no details; not a bank_details request.",
         body="""Madame, Monsieur,

J'ai bien reçu votre dernier rappel relatif à la facture FA26-0364 et je vous prie d'excuser ce retard, dû à un changement de banque qui a bloqué mes paiements pendant plusieurs semaines.
Mon nouveau compte étant désormais opérationnel, le règlement vous parviendra sous huitaine.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Henri de Kerguélen
Manoir de Kerlois – 56470 Saint-Philibert"""),

    dict(id="s8frc037", country="FR", date="2027-01-13T12:40", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA27-0007", amt="540,00", due="2027-01-05",
         frm="Les Petits Galets <lespetitsgalets.quiberon@gmail.com>",
         intent="bank_details",
         note="Shop wants to pay by transfer and asks for the firm's IBAN/BIC.",
         body="""Bonjour,

Je souhaite régler par virement mais je ne trouve pas votre RIB sur la facture (il n'y a que le lien de paiement en ligne et je préfère éviter de payer par carte sur internet).
Pouvez-vous me communiquer vos coordonnées bancaires (IBAN et BIC) ?

Merci d'avance,
Gwenola Thomas
Boutique Les Petits Galets – Quiberon"""),

    dict(id="s8frc038", country="FR", date="2027-01-14T07:12", fmt="gmail", stage="repeat", ago=2,
         inv="FA26-0361", amt="195,00", due="2026-11-20",
         frm="Kevin Le Dantec <kevin.ledantec56@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the reminder emails; says he already settled things by phone with the boss.",
         body="""desinscrivez moi de vos mails svp. j ai deja vu avec votre patron au telephone pour cette facture, pas besoin de m en renvoyer tous les 3 jours"""),

    dict(id="s8frc039", country="FR", date="2026-12-15T15:30", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-0414", amt="968,00", due="2026-12-10",
         frm="Camping de la Plage <reception@campingdelaplage-sjdm.fr>",
         intent="other",
         note="Wrong recipient: a campsite of the same name in Vendée that never used the firm.",
         body="""Bonjour,

Je pense que votre message ne nous est pas destiné. Nous n'avons jamais fait appel à votre entreprise et nous ne sommes pas dans le Morbihan : notre camping est à Saint-Jean-de-Monts, en Vendée. Il y a sans doute une confusion avec un établissement du même nom.

Bonne continuation,
L'accueil du Camping de la Plage – Saint-Jean-de-Monts"""),

    dict(id="s8frc040", country="FR", date="2026-12-09T13:05", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-0376", amt="150,00", due="2026-11-30",
         frm="René Jouan <rene.jouan@orange.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Cheque paid on the 2nd (December) and already cashed.",
         body="""Bonjour, réglé par chèque le 2, il a d'ailleurs été encaissé d'après mon relevé. Cordialement. R. Jouan"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s8frc041", country="FR", date="2027-01-19T10:20", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA26-0425", amt="9 870,00", due="2026-12-31",
         frm="Élodie Marchand <e.marchand@kerimmo-gestion.fr>",
         intent="copy_request",
         note="Syndic needs the signed acceptance report and the ten-year insurance certificate before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA26-0425 (remplacement des châssis de toit et reprise de l'étanchéité des parties communes, Résidence Le Clos Fleuri à Auray).
Avant de pouvoir mettre cette facture en paiement, le conseil syndical nous demande le procès-verbal de réception des travaux signé, ainsi que l'attestation d'assurance décennale en cours de validité. Ces deux documents ne nous ont pas été transmis.
Pourriez-vous nous les adresser par retour de mail ? Le règlement sera lancé dès validation par le conseil syndical.

Bien cordialement,

Élodie Marchand
Comptable copropriétés
Cabinet Ker Immo
22 rue du Lait, 56400 Auray
02 97 29 44 18
www.kerimmo-gestion.fr"""),

    dict(id="s8frc042", country="FR", date="2027-01-16T09:45", fmt="apple", stage="reminder", ago=5,
         inv="FA26-0429", amt="445,00", due="2026-12-31",
         frm="Lucie Rio <lucie.rio@yahoo.fr>",
         intent="promise",
         note="Will pay next week once her salary is in; no single day.",
         body="""Bonjour
Desolée j'avais zappé, je m'en occupe la semaine prochaine des que ma paie est tombée
Bon week end
Lucie R.

Envoyé de mon iPhone"""),

    dict(id="s8frc043", country="FR", date="2027-01-18T14:02", fmt="gmail", stage="firm", ago=4,
         inv="FA26-0411", amt="2 604,00", due="2026-12-15",
         frm="Fleurs & Sens <fleursetsens.auray@gmail.com>",
         intent="plan_request",
         note="Florist asks for a delay or two-three instalments; no date given.",
         body="""Bonjour,

Je reviens vers vous au sujet de la facture pour le changement de l'éclairage de la boutique.
Janvier est toujours un mois très creux pour nous, et avec les factures d'énergie en plus je n'arrive pas à sortir la somme en une fois. Je ne veux pas vous faire attendre sans rien dire, alors je préfère vous demander : est-ce que vous pourriez m'accorder un délai, ou me laisser payer en deux ou trois fois ?

Merci beaucoup,
Soizic Le Tallec
Fleurs & Sens – Auray
06 19 73 25 88"""),

    dict(id="s8frc044", country="FR", date="2027-01-19T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0423", amt="1 035,00", due="2026-12-20",
         frm="Gîte Ti Douar <gite.tidouar@orange.fr>", subj_prefix="Réponse automatique d'absence : ",
         intent="out_of_office", return_date="2027-02-01",
         note="Gîte owners travelling until Sunday 31 January; first working day after is Monday 1 February.",
         body="""Bonjour et merci pour votre message.

Nous sommes actuellement en voyage à l'étranger et ne consultons nos mails que très rarement jusqu'au 31 janvier.
Pour les réservations 2027 du gîte, merci d'utiliser le formulaire du site ou de nous laisser un message au 06 84 20 57 31.

À bientôt,
Marie et Pierre Guillemot – Gîte Ti Douar, Erdeven"""),

    dict(id="s8frc045", country="FR", date="2027-01-27T11:55", fmt="outlook", stage="reminder", ago=2,
         inv="FA27-0012", amt="1 380,00", due="2027-01-15",
         frm="Plâtrerie Guillas <contact@platrerie-guillas.fr>",
         intent="paid", paid_on="2027-01-27",
         note="Plasterer (main contractor): transfer sent this morning.",
         body="""Salut,

Virement parti ce matin pour la FA27-0012, 1 380 €. Désolé pour le retard, le comptable était en congés jusqu'à lundi.

Bonne journée
Fabrice
SARL Plâtrerie Guillas – Landévant
06 75 31 48 02"""),

    dict(id="s8frc046", country="FR", date="2027-01-21T16:30", fmt="tb", stage="firm", ago=2,
         inv="FA26-0385", amt="6 120,00", due="2026-12-10",
         frm="Olivier Nédélec <o.nedelec@armor-renovation.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire); asks the firm to file its claim with the court-appointed administrator.",
         body="""Madame, Monsieur,

Nous vous informons que, par jugement du Tribunal de commerce de Lorient en date du 12 janvier 2027, la société Armor Rénovation a été placée en redressement judiciaire. Maître Gaëlle Penven, mandataire judiciaire, 14 rue du Port à Lorient, a été désignée.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées avant le jugement. Nous vous invitons à déclarer votre créance (facture FA26-0385) auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous restons à votre disposition pour la poursuite de nos relations commerciales.

Cordialement,

Olivier Nédélec
Gérant – Armor Rénovation SARL
Lanester"""),

    dict(id="s8frc047", country="FR", date="2027-01-22T20:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-0409", amt="732,00", due="2026-12-15",
         frm="Catherine Morice <catherine.morice@gmail.com>",
         intent="paid", paid_on="2026-12-18",
         note="Daughter writes for her elderly mother: cheque made out on 18 December, debited 29/12; asks the firm to check allocation.",
         body="""Bonsoir,

Je suis la fille de Mme Jeanne Le Roux, chez qui vous avez remplacé les ardoises cassées après la tempête. Maman m'a montré votre mail, elle était très inquiète.
J'ai vérifié ses relevés avec elle : le chèque de 732 € a bien été fait le 18 décembre et il a été débité de son compte le 29/12. Il y a peut-être eu une erreur d'affectation de votre côté ? Le chèque était signé Jeanne Le Roux, n° 4418207.
Merci de bien vouloir vérifier et de ne plus lui envoyer de relance, elle a 89 ans et ça la perturbe.

Cordialement,
Catherine Morice"""),

    dict(id="s8frc048", country="FR", date="2027-01-28T18:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-0417", amt="598,00", due="2026-12-20",
         frm="Le Narval <bartabac.lenarval@orange.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Bar-tabac owner will come and pay at the office tomorrow morning (29 January).",
         body="""bonsoir
je passe a votre bureau demain matin vous regler en especes ou par cheque comme vous voulez, j etais pas au courant que c etait pas paye c est mon associé qui gerait
Yann - le Narval"""),

    dict(id="s8frc049", country="FR", date="2027-01-25T09:40", fmt="html_outlook", stage="second_reminder", ago=5,
         inv=[("FA26-0402", "285,00", "2026-12-10"), ("FA26-0404", "285,00", "2026-12-10")],
         frm="Christophe Le Squer <c.lesquer@orange.fr>",
         intent="dispute",
         note="Second invoice is a duplicate of the first (already paid); refuses it and asks for a credit note.",
         body="""Bonjour,

Je ne comprends pas votre relance. Les factures FA26-0402 et FA26-0404 portent exactement sur la même intervention (recherche de fuite et remplacement de 6 tuiles au 3 impasse des Mimosas, le 26 novembre), même montant, même descriptif. Il s'agit manifestement d'un doublon.
J'ai réglé la FA26-0402 le 4 décembre. Je ne réglerai pas la seconde : merci de l'annuler et de m'adresser un avoir.

Cordialement,

Christophe Le Squer
Loueur en meublé – La Trinité-sur-Mer
06 22 81 40 57"""),

    dict(id="s8frc050", country="FR", date="2027-01-20T14:30", fmt="outlook", stage="reminder", ago=2,
         inv="FA27-0004", amt="1 164,00", due="2027-01-10",
         frm="Comptabilité Océane Gestion <comptabilite@oceane-gestion.fr>",
         intent="promise", promise_date="2027-01-26",
         note="Syndic will pay in its supplier payment run on Tuesday 26 January.",
         body="""Bonjour,

Votre facture FA27-0004 (remplacement des blocs d'éclairage de secours du parking, Résidence Les Mouettes) a été validée par le gestionnaire.
Elle sera réglée par virement lors de notre prochaine campagne de paiements fournisseurs, le mardi 26 janvier.

Cordialement,

Service comptabilité fournisseurs
Cabinet Océane Gestion Immobilière
18 avenue Victor Hugo – 56000 Vannes
comptabilite@oceane-gestion.fr"""),
]
