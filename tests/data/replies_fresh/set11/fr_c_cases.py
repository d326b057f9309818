"""Part fr_c: handwritten debtor replies (French) to reminders from Vernier & Fils Instruments SAS (Lyon),
a shop selling, renting and repairing musical instruments, on credit and to trade accounts."""

CASES = [
    dict(id="s11frc001", country="FR", date="2026-12-09T23:14", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1207", amt="1 460,00", due="2026-11-30",
         frm="Manu Coste <manu@comptoirdurail.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Café-concert owner, tutoiement: transfer on Friday (reply Wednesday 9 December).",
         body="""Salut Julien,

Oui oui je sais, désolé, c'est le rush avec les soirées de décembre. Je te fais le virement vendredi sans faute.

Manu
Le Comptoir du Rail"""),

    dict(id="s11frc002", country="FR", date="2026-12-12T10:02", fmt="apple", stage="reminder", ago=3,
         inv="VF26-1178", amt="189,00", due="2026-11-25",
         frm="Léa Dumoulin <lea.dumoulin03@icloud.com>",
         intent="paid", paid_on="2026-12-11",
         note="Student, phone-typed: paid through the online link last night (Friday 11).",
         body="""bonjour
jai paye hier soir par le lien de paiement, normalement c bon jai recu un mail de confirmation
desole pour le retard j'avais pas vu le premier mail
Lea

Envoyé de mon iPhone"""),

    dict(id="s11frc003", country="FR", date="2026-12-08T17:40", fmt="tb", stage="second_reminder", ago=1,
         inv="VF26-1093", amt="742,50", due="2026-11-15",
         frm="Hélène Marchetti <coordination@lescroches-villeurbanne.org>",
         intent="dispute",
         note="Music school: 6 recorders missing and 2 damaged stands; will not pay until goods or a credit note.",
         body="""Bonjour,

Je reviens vers vous au sujet de la facture VF26-1093. Nous ne refusons pas de la payer, mais elle ne correspond pas à ce que nous avons reçu : sur les 20 flûtes à bec Yamaha commandées, seules 14 étaient dans le carton, et deux des cinq pupitres avaient le pied tordu (photos envoyées à Julien le 20 novembre, restées sans réponse).

Tant que nous n'avons pas soit les 6 flûtes manquantes et deux pupitres de remplacement, soit un avoir correspondant, notre trésorier ne pourra pas valider le paiement.

Merci de nous dire ce que vous proposez.

Cordialement,

Hélène Marchetti
Coordinatrice pédagogique
École de musique Les Croches
12 rue Francis-de-Pressensé, 69100 Villeurbanne
04 72 44 18 90"""),

    dict(id="s11frc004", country="FR", date="2026-12-21T08:15", fmt="ooo", stage="repeat", ago=1,
         inv="VF26-1019", amt="2 180,00", due="2026-11-05",
         frm="Administration OdP <administration@orchestredespentes.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Orchestra office closed 19 Dec to 3 Jan inclusive; messages handled from Monday 4 January.",
         body="""Bonjour,

L'administration de l'Orchestre des Pentes est fermée du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus. Votre message sera traité à notre retour, à partir du lundi 4 janvier.

Pour toute urgence concernant les concerts du Nouvel An, vous pouvez joindre la régie au 06 12 48 77 30.

Belles fêtes de fin d'année,
L'équipe administrative de l'Orchestre des Pentes"""),

    dict(id="s11frc005", country="FR", date="2026-12-15T11:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="VF26-1121", amt="2 350,00", due="2026-11-20",
         frm="Bertrand Lacombe <administration@theatredufildeau.fr>",
         intent="promise",
         note="Theatre: payment will be made after the board votes the 2027 budget in January; no single day.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture VF26-1121 (micros HF et pupitres lumineux livrés pour notre création de novembre).

Je vous confirme que cette dépense n'est pas contestée. Toutefois, notre trésorerie de fin d'exercice est entièrement mobilisée par les cachets des artistes, et le règlement interviendra après le vote du budget 2027 par notre conseil d'administration, qui se réunit courant janvier. Je ne manquerai pas de faire passer votre facture en priorité dès cette réunion.

Je vous prie de nous excuser pour ce décalage et vous remercie de votre compréhension.

Bien cordialement,

Bertrand Lacombe
Administrateur
Théâtre du Fil d'Eau
8 place Sathonay – 69001 Lyon
Tél. 04 78 39 05 62

Association loi 1901 – Licences d'entrepreneur de spectacles PLATESV-R-2021-004512 / 004513
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),

    dict(id="s11frc006", country="FR", date="2026-12-10T14:33", fmt="outlook", stage="reminder", ago=2,
         inv="VF26-1144", amt="1 086,00", due="2026-11-30",
         frm="Gestion Collège Jean-Moulin <gestion.0691234x@ac-lyon.fr>",
         intent="copy_request",
         note="Public school: invoice must be filed on Chorus Pro with the order number before it can be paid.",
         body="""Bonjour,

Nous ne pouvons pas traiter votre facture VF26-1144 sous cette forme. Depuis le 1er janvier 2020, les factures adressées aux établissements publics doivent obligatoirement être déposées sur le portail Chorus Pro.

Merci de la déposer en indiquant :
- le SIRET de l'établissement : 196 912 345 00018
- le numéro de bon de commande : BC 2026-0147 (commande des 24 ukulélés pour l'atelier musique)

Dès réception sur Chorus Pro, la facture sera mise en paiement par l'agence comptable.

Cordialement,

Service de gestion
Collège Jean-Moulin
Rue du Stade – 69700 Givors
Tél. : 04 78 07 22 41"""),

    dict(id="s11frc007", country="FR", date="2026-12-16T18:05", fmt="gmail", stage="firm", ago=2,
         inv=[("VF26-0987", "612,40", "2026-10-31"), ("VF26-1055", "1 034,80", "2026-11-15")],
         frm="La Boîte à Musique <contact@laboiteamusique-annecy.fr>",
         intent="paid", paid_on="2026-12-16",
         note="Retailer: partial payment, oldest invoice paid by transfer this morning; nothing firm for the second.",
         body="""Bonjour,

J'ai viré ce matin 612,40 € pour la facture VF26-0987, la plus ancienne. Vous devriez le voir d'ici demain.

Pour la 1055 je vous recontacte, décembre c'est le mois où je fais mon chiffre mais où je paie aussi tous mes fournisseurs de Noël en même temps, je jongle un peu.

Bonne soirée,

Sandrine Berthet
La Boîte à Musique
4 rue Royale, 74000 Annecy
04 50 51 33 08"""),

    dict(id="s11frc008", country="FR", date="2026-12-14T10:47", fmt="gmail", stage="firm", ago=3,
         inv="VF26-1012", amt="3 890,00", due="2026-11-10",
         frm="Karim Benhadj <karim.benhadj.sax@gmail.com>",
         intent="plan_request",
         note="Saxophonist asks to spread the balance over 4-5 monthly instalments; no date committed.",
         body="""Bonjour,

Je suis bien conscient que la facture du ténor (VF26-1012) est en retard, et je m'en excuse. Je suis intermittent et l'automne a été beaucoup plus calme que prévu : deux dates de tournée ont sauté en octobre, et mes cachets de décembre ne seront payés qu'en février.

Est-ce que ce serait possible d'étaler le reste en plusieurs fois ? Je pensais à 4 ou 5 mensualités, à voir avec vous selon ce qui vous arrange. Je préfère vous le demander franchement plutôt que de laisser traîner.

Merci d'avance pour votre retour, et vous pouvez m'appeler au 06 71 29 84 02 si c'est plus simple.

Karim Benhadj"""),

    dict(id="s11frc009", country="FR", date="2026-12-09T08:31", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1166", amt="275,00", due="2026-11-30",
         frm="Gérard Poncet <gerard.poncet42@orange.fr>",
         intent="other",
         note="Wrong recipient: never bought anything, probably a namesake or a wrong address.",
         body="""Bonjour,

Je crois qu'il y a une erreur : je n'ai jamais rien acheté chez vous, et je ne joue d'aucun instrument ! Il doit s'agir d'un homonyme ou d'une faute dans l'adresse mail.

Bonne journée,
Gérard Poncet"""),

    dict(id="s11frc010", country="FR", date="2026-12-11T20:12", fmt="tb", stage="second_reminder", ago=1,
         inv="VF26-1110", amt="1 728,00", due="2026-11-20",
         frm="Trésorerie Fanfare La Gaillarde <tresorier.lagaillarde@laposte.net>",
         intent="bank_details",
         note="Association treasurer received a letter announcing a new IBAN and asks the firm to confirm it before paying.",
         body="""Bonjour,

Nous avons bien prévu de régler la facture VF26-1110 (les deux sousaphones), mais avant de faire le virement je préfère vérifier quelque chose.

Nous avons reçu hier un courrier, soi-disant de chez vous, qui nous informe d'un changement de coordonnées bancaires avec un nouvel IBAN dans une banque en ligne. Le courrier avait votre logo mais l'adresse de retour était bizarre. Est-ce que vous avez vraiment changé de banque ?

Pouvez-vous me confirmer votre IBAN, idéalement par téléphone au 06 88 14 52 09 ? On a déjà entendu parler d'arnaques de ce genre et je ne veux pas prendre de risque avec l'argent de l'asso.

Merci,

Jean-Paul Roux
Trésorier – Fanfare La Gaillarde, Vienne"""),
    dict(id="s11frc011", country="FR", date="2026-12-17T19:30", fmt="apple", stage="reminder", ago=3,
         inv="VF26-1089", amt="1 200,00", due="2026-12-05",
         frm="Monique Ferrandon <m.ferrandon@wanadoo.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Private customer, balance on an upright piano: will pay on 15 January.",
         body="""Bonjour Monsieur,

J'ai bien reçu votre message. Comme convenu avec votre vendeur au moment de l'achat du piano, je réglerai le solde de 1 200 € le 15 janvier, quand mon placement arrivera à échéance. Je pensais que c'était noté dans votre dossier.

Le piano est magnifique, ma petite-fille en joue tous les jours.

Bien à vous,
Monique Ferrandon"""),

    dict(id="s11frc012", country="FR", date="2026-12-14T09:45", fmt="html_outlook", stage="second_reminder", ago=0,
         inv="VF26-1047", amt="3 612,00", due="2026-11-12",
         frm="Régie Conservatoire <regie.conservatoire@ville-oullins.fr>",
         intent="paid", paid_on="2026-12-10",
         note="Municipal conservatoire: the public accountant paid by transfer on 10 December.",
         body="""Bonjour,

Après vérification auprès du service des finances, la facture VF26-1047 a bien été mandatée (mandat n° 4418, bordereau 212) et le paiement a été effectué par virement du comptable public le 10 décembre 2026.

Selon les délais bancaires, les fonds devraient vous parvenir très prochainement. Le libellé du virement comporte la mention « DGFIP OULLINS VF26-1047 ».

Cordialement,

Corinne Vasseur
Régie administrative – Conservatoire à rayonnement communal
Mairie d'Oullins – Direction de la culture
Tél. 04 72 39 71 50

Pensez à l'environnement avant d'imprimer ce courriel."""),

    dict(id="s11frc013", country="FR", date="2026-12-22T13:02", fmt="gmail", stage="repeat", ago=1,
         inv="VF26-1198", amt="145,00", due="2026-12-10",
         frm="Yann Le Goff <yannlg.music@gmail.com>",
         intent="dispute",
         note="Angry: amp repair billed although the amp is under warranty; refuses to pay.",
         body="""C'est une blague ?

L'ampli Fender acheté chez vous le 3 novembre a grillé au bout de 15 jours, il est SOUS GARANTIE, et vous me facturez 145 € de réparation ?? Je ne paierai pas un centime.

Soit vous annulez cette facture, soit je fais un signalement à la DGCCRF et je laisse des avis partout. Et arrêtez de me relancer tous les trois jours pour une facture qui n'aurait jamais dû exister.

Y. Le Goff"""),

    dict(id="s11frc014", country="FR", date="2026-12-28T10:11", fmt="ooo", stage="reminder", ago=0,
         inv=[("VF26-1211", "486,30", "2026-12-15"), ("VF26-1224", "219,90", "2026-12-20")],
         frm="Accords Parfaits <accordsparfaits.grenoble@free.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Retailer's annual closure 27 Dec - 10 Jan; reopens Monday 11 January.",
         body="""Bonjour et merci pour votre message.

Le magasin Accords Parfaits est en fermeture annuelle du dimanche 27 décembre au dimanche 10 janvier. Nous rouvrons le lundi 11 janvier à 10h et nous répondrons à vos mails à ce moment-là.

Toute l'équipe vous souhaite de très belles fêtes 🎄🎶

Accords Parfaits – 9 rue Saint-Laurent, 38000 Grenoble"""),

    dict(id="s11frc015", country="FR", date="2026-12-10T16:20", fmt="gmail", stage="reminder", ago=2,
         inv="VF26-1159", amt="320,00", due="2026-11-30",
         frm="Le Petit Boeuf <lepetitboeuf.jazzbar@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="Jazz bar, piano rental: pays next Tuesday (reply Thursday 10 December).",
         body="""Bonjour,
oui pardon on a zappé, la loc du piano de novembre c'est ça ? Notre gérant passe à la banque mardi prochain, on vous fait le virement ce jour là.
Bonne journée
Alice, pour Le Petit Boeuf"""),

    dict(id="s11frc016", country="FR", date="2027-01-05T08:57", fmt="tb", stage="second_reminder", ago=1,
         inv="VF26-1176", amt="94,00", due="2026-12-01",
         frm="Roland Guichard <roland.guichard@laposte.net>",
         intent="unsubscribe",
         note="Asks to be removed from the mailing list and to receive only postal letters.",
         body="""Bonjour,

Je ne souhaite plus recevoir de courriels de votre société. Merci de me retirer de vos listes d'envoi. Si vous avez quelque chose à me faire parvenir, faites-le par courrier à mon adresse postale, que vous avez.

R. Guichard"""),

    dict(id="s11frc017", country="FR", date="2027-01-06T11:38", fmt="outlook", stage="repeat", ago=2,
         inv="VF26-1019", amt="2 180,00", due="2026-11-05",
         frm="Clémence Aubry <c.aubry@orchestredespentes.fr>",
         intent="contact_change", new_email="factures@orchestredespentes.fr",
         note="Orchestra asks that invoices and reminders go to a new shared accounts mailbox.",
         body="""Bonjour,

Je fais suite à votre relance reçue pendant notre fermeture. Pour information, depuis le 1er janvier la gestion des factures fournisseurs est centralisée par notre cabinet comptable. Merci d'adresser désormais vos factures et relances à l'adresse factures@orchestredespentes.fr, et non plus à l'administration.

J'ai déjà transmis la facture VF26-1019 à cette adresse.

Bien cordialement,

Clémence Aubry
Chargée d'administration
Orchestre des Pentes
06 21 57 48 93"""),

    dict(id="s11frc018", country="FR", date="2026-12-08T21:47", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1130", amt="89,00", due="2026-11-25",
         frm="Tom Girardet <tomgirardet@hotmail.fr>",
         intent="copy_request",
         note="Does not know what the invoice is for; asks for the detail before paying.",
         body="""Bonsoir,

Je ne comprends pas trop cette facture, c'est pour quoi exactement ? J'ai acheté une guitare chez vous en septembre mais je l'ai payée en entier en magasin. C'est peut-être le réglage et les cordes que j'ai fait faire après ? Je croyais que c'était compris...

Vous pouvez me renvoyer la facture avec le détail ? Si c'est bien ça je paye sans souci.

Merci
Tom"""),

    dict(id="s11frc019", country="FR", date="2026-12-17T15:12", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv="VF26-1102", amt="534,00", due="2026-11-20",
         frm="Secrétariat École Saint-Joseph <secretariat@stjoseph-tassin.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Forwarded by the school secretary: head teacher says the cheque was posted last Monday (14 December).",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de Mme Garnier au sujet de votre relance.

Bonne fin de journée,
Nathalie Perret
Secrétariat – École Saint-Joseph

-----Message d'origine-----
De : Sophie Garnier <direction@stjoseph-tassin.fr>
Envoyé : jeudi 17 décembre 2026 14:48
À : Secrétariat École Saint-Joseph <secretariat@stjoseph-tassin.fr>
Objet : RE: Deuxième relance facture VF26-1102

Nathalie,

Vous pouvez leur répondre que le chèque de 534 € a été posté lundi dernier, en même temps que celui de la cantine. Il a dû se croiser avec leur relance.

Merci,
S. Garnier
Cheffe d'établissement"""),

    dict(id="s11frc020", country="FR", date="2026-12-23T09:26", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1215", amt="268,00", due="2026-12-15",
         frm="Pierre-Yves Castaing <py.castaing@gmail.com>",
         intent="promise", promise_date="2027-01-08",
         note="Will pay on 8 January; also asks whether the shop services clarinets (side question).",
         body="""Bonjour,

Désolé pour le retard, je vous règle la facture le 8 janvier, ce sera plus simple pour moi après les fêtes.

Au passage : est-ce que vous faites aussi la révision des clarinettes ? La mienne (une Buffet E11 qui a une vingtaine d'années) aurait besoin d'un changement de tampons. Si oui, je peux vous la déposer quand je passe régler.

Bonnes fêtes,
Pierre-Yves"""),
    dict(id="s11frc021", country="FR", date="2027-01-12T10:05", fmt="html_outlook", stage="final_notice", ago=3,
         inv=[("VF26-0944", "1 318,20", "2026-10-15"), ("VF26-1008", "876,00", "2026-10-31")],
         frm="Le Diapason SARL <gerance@lediapason-roanne.fr>",
         intent="other",
         note="Customer in receivership: tells the firm to declare its claim to the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel.

Nous vous informons que la SARL Le Diapason a été placée en redressement judiciaire par jugement du Tribunal de commerce de Roanne en date du 17 décembre 2026. Conformément à la loi, il nous est interdit de régler les créances nées antérieurement à ce jugement, ce qui est le cas des deux factures visées dans votre relance.

Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné, Maître Anne-Sophie Delorme, SELARL Delorme & Associés, 14 rue Brison, 42300 Roanne, dans le délai de deux mois à compter de la publication du jugement au BODACC.

Le magasin reste ouvert pendant la période d'observation et nous espérons pouvoir continuer à travailler avec vous.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Frédéric Tissot
Gérant – Le Diapason SARL
22 rue Charles-de-Gaulle, 42300 Roanne
SARL au capital de 15 000 € – RCS Roanne 503 218 744"""),

    dict(id="s11frc022", country="FR", date="2027-01-08T06:40", fmt="ooo", stage="second_reminder", ago=0,
         inv="VF26-1240", amt="655,00", due="2026-12-20",
         frm="Camille Arnaud <camille.arnaud.violon@gmail.com>",
         intent="out_of_office", return_date="2027-01-21",
         note="Musician on tour until 20 January inclusive; first day back is 21 January.",
         subj_prefix="Absence : ",
         body="""Bonjour,

Je suis en tournée avec l'ensemble jusqu'au 20 janvier inclus et je n'ai qu'un accès très limité à mes mails. Je vous répondrai à mon retour.

Pour les demandes de concerts ou de cours, merci de rappeler à partir du 21.

Camille Arnaud
Violon / alto"""),

    dict(id="s11frc023", country="FR", date="2027-01-04T12:18", fmt="html_gmail", stage="reminder", ago=4,
         inv="VF26-1233", amt="72,00", due="2026-12-20",
         frm="Isabelle Moreau <isabelle.moreau.prof@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Rental of a child's cello: paid online with the link this morning.",
         body="""Bonjour,

C'est réglé, j'ai payé ce matin en ligne avec le lien de votre mail (location du violoncelle 1/2 de mon fils pour décembre).

Je n'avais pas vu passer la facture avant les vacances, désolée.

Bonne année à toute l'équipe !

Isabelle Moreau"""),

    dict(id="s11frc024", country="FR", date="2026-12-09T11:52", fmt="gmail", stage="reminder", ago=2,
         inv="VF26-1149", amt="538,80", due="2026-11-30",
         frm="Musiques du Monde Chambéry <commandes@musiquesdumonde73.fr>",
         intent="dispute",
         note="Retailer: billed for 24 sets of strings, received 12; asks for a corrected invoice before paying.",
         body="""Bonjour,

Attention, il y a une erreur sur la facture VF26-1149 : vous nous facturez 24 jeux de cordes D'Addario EJ16 alors que nous n'en avons reçu que 12 (le bon de livraison du 18/11, signé par mon employé, indique bien 12, les 12 autres étaient en reliquat).

Nous n'avons pas reçu le reliquat depuis. Je vous remercie de nous envoyer soit une facture rectifiée pour les 12 jeux livrés, soit le reste de la commande. Je réglerai à ce moment-là.

Cordialement,

Olivier Pasquier
Musiques du Monde
15 place Saint-Léger, 73000 Chambéry
04 79 33 26 51"""),

    dict(id="s11frc025", country="FR", date="2027-01-13T18:44", fmt="tb", stage="firm", ago=2,
         inv="VF26-1063", amt="410,00", due="2026-11-15",
         frm="Compagnie Les Tréteaux Bleus <tresorerie@treteauxbleus.org>",
         intent="promise", promise_date="2027-01-31",
         note="Amateur theatre company: will pay at the end of January when the town grant arrives.",
         body="""Bonsoir,

Nous sommes désolés pour ce retard. La subvention municipale 2027 nous a été annoncée pour la mi-janvier, et le bureau a décidé de régler votre facture (la boîte à rythmes et les deux enceintes de la pièce de fin d'année) dès son versement, donc au plus tard fin janvier.

Merci de votre patience, et bonne année.

Martine Gauthier
Trésorière bénévole
Compagnie Les Tréteaux Bleus"""),

    dict(id="s11frc026", country="FR", date="2027-01-18T22:31", fmt="apple", stage="firm", ago=3,
         inv="VF26-1186", amt="640,00", due="2026-12-10",
         frm="Hugo Perrin <hugo.perrin@etu.univ-lyon2.fr>",
         intent="plan_request",
         note="Student asks to pay in several instalments (suggests about 50 a month), no date given.",
         body="""bonsoir

dsl je sais que je suis en retard pour le clavier. je suis etudiant et la ma bourse a ete decalee, je peux pas sortir 640 d'un coup

est ce que je peux payer en plusieurs fois? genre 50 ou 60 par mois, je peux pas plus pour l'instant

merci bcp
Hugo

Envoyé de mon iPhone"""),

    dict(id="s11frc027", country="FR", date="2026-12-29T14:09", fmt="gmail", stage="second_reminder", ago=1,
         inv="VF26-1190", amt="1 150,00", due="2026-12-12",
         frm="Nicolas Ferreira <nico.ferreira.batterie@gmail.com>",
         intent="bank_details",
         note="Online payment link fails; asks for the firm's RIB/IBAN to pay by transfer.",
         body="""Bonjour,

J'ai essayé de payer la batterie avec votre lien mais la page plante au moment de la carte (deux fois, avec deux cartes différentes). Du coup je préfère faire un virement : vous pouvez m'envoyer votre RIB ? Je ne le trouve pas sur la facture.

Merci,
Nicolas Ferreira
06 45 30 18 77"""),

    dict(id="s11frc028", country="FR", date="2026-12-24T17:02", fmt="apple", stage="reminder", ago=4,
         inv="VF26-1218", amt="349,00", due="2026-12-15",
         frm="Sébastien Roche <seb.roche@me.com>",
         intent="promise",
         note="Will pay when back from holiday; no date given.",
         body="""Bonjour, je suis à la montagne avec une connexion catastrophique, je m'en occupe dès mon retour de vacances promis.
Joyeux Noël
Seb

Envoyé de mon iPhone"""),

    dict(id="s11frc029", country="FR", date="2026-12-21T09:36", fmt="tb", stage="second_reminder", ago=1,
         inv="VF26-1125", amt="1 890,00", due="2026-11-25",
         frm="Chorale À Travers Chants <chorale.atc@orange.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Choir association: transfer made on 18/12, crossed with the reminder.",
         body="""Bonjour,

Le virement de 1 890,00 € pour le piano numérique (facture VF26-1125) a été fait le 18/12 depuis le compte de l'association au Crédit Mutuel. Nos courriers se sont croisés.

Vous pouvez vérifier de votre côté, le libellé doit être « ATC PIANO VF26-1125 ».

Bien cordialement,

Dominique Lefèvre
Trésorier – Chorale À Travers Chants
Écully"""),

    dict(id="s11frc030", country="FR", date="2027-01-14T15:27", fmt="gmail", stage="repeat", ago=1,
         inv="VF26-1171", amt="780,00", due="2026-12-05",
         frm="Café des Arts <cafedesarts.vienne@gmail.com>",
         intent="other",
         note="Café says the reminder was passed to its accountant, who handles supplier payments; no commitment.",
         body="""Bonjour,

J'ai transmis votre mail à notre expert-comptable, c'est elle qui gère tous les règlements fournisseurs depuis septembre. Elle devrait revenir vers vous directement.

Cordialement,
Lucie Barbier
Café des Arts – Vienne"""),
    dict(id="s11frc031", country="FR", date="2027-01-07T12:51", fmt="gmail", stage="second_reminder", ago=1,
         inv="VF26-1229", amt="215,00", due="2026-12-18",
         frm="Maxime Vidal <maxvidal.guitare@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Very short: 'ok lundi' on Thursday 7 January = Monday 11 January.",
         body="""ok lundi
Max"""),

    dict(id="s11frc032", country="FR", date="2026-12-30T07:02", fmt="ooo", stage="reminder", ago=0, loc="GB",
         inv="VF26-1236", amt="1 420,00", due="2026-12-20",
         frm="Rachel Whitmore <r.whitmore@lycee-international-lyon.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="English-language auto-reply from an international school teacher; back Tuesday 5 January.",
         body="""Thank you for your email.

I am away over the Christmas break with no access to my school inbox. I will be back on Tuesday 5 January and will reply then.

For anything urgent about the Music Department, please contact the school office on 04 78 69 60 06.

Best wishes,
Rachel Whitmore
Head of Music – Secondary"""),

    dict(id="s11frc033", country="FR", date="2027-01-19T10:26", fmt="outlook", stage="reminder", ago=2,
         inv="VF27-0012", amt="465,00", due="2027-01-15",
         frm="Orchestre d'Harmonie de Villefranche <bureau@harmonie-villefranche.fr>",
         intent="dispute",
         note="Band contests January rental: the instruments were returned on 18 December; asks for cancellation.",
         body="""Madame, Monsieur,

Nous contestons la facture VF27-0012 relative à la location de janvier 2027 (2 timbales et 1 glockenspiel).

Ces instruments ont été restitués dans votre magasin le vendredi 18 décembre, à l'issue de notre concert de Noël, comme prévu au contrat. Le reçu de restitution a été signé par votre collaborateur, M. Julien Vernier ; nous en tenons une copie à votre disposition.

Aucune location n'étant due pour janvier, nous vous demandons d'annuler cette facture et de cesser les relances la concernant.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pour le bureau,
Alain Desbois
Président
Orchestre d'Harmonie de Villefranche-sur-Saône"""),

    dict(id="s11frc034", country="FR", date="2027-01-07T16:03", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="VF26-1139", amt="2 046,00", due="2026-11-30",
         frm="Intendance Lycée Récamier <int.0690034@ac-lyon.fr>",
         intent="paid", paid_on="2027-01-05",
         note="High-school bursar: payment left on Tuesday (5 January), after the holiday closure.",
         body="""Bonjour,

Votre facture VF26-1139 a été mise en paiement avant les congés, mais l'agence comptable était fermée pendant les vacances scolaires. Le paiement est parti ce mardi.

Il devrait apparaître sur votre compte d'ici la fin de semaine.

Cordialement,

Service d'intendance
Lycée Juliette-Récamier
57 rue de la Charité, 69002 Lyon
Tél. : 04 78 37 12 40"""),

    dict(id="s11frc035", country="FR", date="2026-12-18T21:40", fmt="gmail", stage="repeat", ago=1,
         inv="VF26-1170", amt="58,00", due="2026-12-01",
         frm="Fabrice Lemaire <fab.lemaire69@gmail.com>",
         intent="unsubscribe",
         note="Angry request to stop the emails; no statement about payment.",
         body="""STOP.

Trois mails en une semaine pour 58 €, c'est du harcèlement. Retirez mon adresse de vos envois automatiques, je ne veux plus rien recevoir de votre robot.

F. Lemaire"""),

    dict(id="s11frc036", country="FR", date="2027-01-11T09:18", fmt="html_outlook", stage="firm", ago=3,
         inv=[("VF26-1086", "1 980,00", "2026-11-10"), ("VF26-1117", "744,00", "2026-11-25")],
         frm="Comptabilité Scènes & Lumières <comptabilite@scenesetlumieres.fr>",
         intent="promise", promise_date="2027-01-22",
         note="Events company: both invoices paid by transfer on Friday 22 January.",
         body="""Bonjour,

Nous faisons suite à votre relance du 8 janvier.

Les factures VF26-1086 et VF26-1117 ont été validées par notre direction technique. Le règlement de ces deux factures sera effectué par virement le vendredi 22 janvier prochain, date de notre prochaine campagne de paiements fournisseurs.

Nous vous prions de nous excuser pour ce retard, dû à la clôture de notre exercice au 31 décembre.

Bien cordialement,

Laetitia Morel
Service comptabilité
Scènes & Lumières SARL – Location et prestations techniques événementielles
ZI des Platières, 69440 Mornant
Tél. 04 78 44 90 12
SARL au capital de 40 000 € – RCS Lyon 794 332 601"""),

    dict(id="s11frc037", country="FR", date="2026-12-15T13:10", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1183", amt="1 260,00", due="2026-12-01",
         frm="Brasserie du Parc <brasseriedupark@gmail.com>",
         intent="copy_request",
         note="Café never received the invoice; asks for the PDF for its accountant before paying.",
         body="""Bonjour,

Vous pouvez m'envoyer la facture en PDF svp ? Je ne l'ai jamais reçue (je pense qu'elle est partie à l'ancienne adresse de la brasserie) et mon comptable refuse de payer quoi que ce soit sans facture.

C'est pour la sono du mois dernier je suppose.

Merci
Stéphane
Brasserie du Parc, Bourg-en-Bresse"""),

    dict(id="s11frc038", country="FR", date="2026-12-11T19:25", fmt="gmail", stage="reminder", ago=1,
         inv="VF26-1192", amt="296,00", due="2026-12-05",
         frm="Les Cordes Sensibles <lescordessensibles.duo@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Street-music duo, tutoiement: pays after the Christmas market, on the 21st.",
         body="""Hello Julien !

T'inquiète on t'oublie pas 😅 On joue tous les week-ends au marché de Noël de la place Carnot jusqu'au 20 et c'est là qu'on se refait. On te règle les cordes et le micro le 21, promis, on passera direct à la boutique.

Bises à l'équipe
Manon & Lucas
Les Cordes Sensibles"""),

    dict(id="s11frc039", country="FR", date="2027-01-12T08:14", fmt="apple", stage="second_reminder", ago=1,
         inv="VF26-1247", amt="129,90", due="2026-12-22",
         frm="Jordan Mercier <jordan.mercier@icloud.com>",
         intent="paid", paid_on="2027-01-10",
         note="SMS style with emoji: transfer made on Sunday (10 January).",
         body="""c payé 👍 jai fait le virement dimanche, ca devrait arriver aujourdhui ou demain

Envoyé de mon iPhone"""),

    dict(id="s11frc040", country="FR", date="2027-01-20T20:55", fmt="gmail", stage="reminder", ago=2,
         inv="VF27-0021", amt="385,00", due="2027-01-10",
         frm="Françoise Blanc <francoise.blanc.givors@gmail.com>",
         intent="contact_change", new_email="tresorerie.batucada.givors@gmail.com",
         note="Former association treasurer: reminders must go to the new treasurer's address.",
         body="""Bonsoir,

Je ne suis plus trésorière de l'association Batucada Givors depuis l'assemblée générale du 9 janvier, c'est donc à ma remplaçante qu'il faut adresser les factures et les relances :

Lina Haddad – tresorerie.batucada.givors@gmail.com

Je lui ai fait suivre votre message. Merci de mettre votre fichier à jour pour que je ne reçoive plus ces mails sur ma boîte perso.

Françoise Blanc"""),
    dict(id="s11frc041", country="FR", date="2026-12-08T15:40", fmt="outlook", stage="formal_notice", ago=1,
         inv="VF26-0971", amt="2 744,00", due="2026-10-20",
         frm="Direction Studio Métronome <direction@studiometronome.fr>",
         intent="promise", promise_date="2026-12-16",
         note="Private music school answering a formal notice: pays 'sous huitaine' from Tuesday 8 December = 16 December.",
         body="""Madame, Monsieur,

J'ai bien reçu votre mise en demeure et je regrette sincèrement que nous en soyons arrivés là. Le retard de paiement de la facture VF26-0971 s'explique par le départ de notre ancienne comptable, dont la succession a été difficile.

Je m'engage personnellement à ce que le règlement intégral de 2 744,00 € vous parvienne sous huitaine, par virement.

Je vous remercie de bien vouloir suspendre toute procédure d'ici là.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Vincent Dufour
Directeur
Studio Métronome – École de musiques actuelles
41 cours Émile-Zola, 69100 Villeurbanne
04 78 85 23 16 – www.studiometronome.fr"""),

    dict(id="s11frc042", country="FR", date="2027-01-21T14:37", fmt="gmail", stage="firm", ago=2,
         inv=[("VF26-1052", "540,00", "2026-11-15"), ("VF26-1160", "1 120,00", "2026-12-01"), ("VF26-1231", "385,00", "2026-12-20")],
         frm="Au Bon Tempo <aubontempo.cafeconcert@gmail.com>",
         intent="plan_request",
         note="Café-concert with three open invoices asks to spread them over several months; no date committed.",
         body="""Bonjour,

Je vais être honnête avec vous : janvier est catastrophique. Entre la régularisation de l'URSSAF, le loyer et la salle à moitié vide depuis les fêtes, je ne peux pas régler les trois factures (les pieds de micro, la table de mixage et la révision du piano) d'un seul coup.

Est-ce qu'on pourrait mettre en place un échéancier sur trois ou quatre mois pour l'ensemble ? Dites-moi ce qui est possible de votre côté, je préfère qu'on trouve un arrangement plutôt que de vous laisser sans nouvelles.

Merci d'avance,

Olivier Mathieu
Au Bon Tempo – café-concert
3 rue Mercière, 69002 Lyon
06 62 18 45 97"""),

    dict(id="s11frc043", country="FR", date="2026-12-31T09:00", fmt="ooo", stage="second_reminder", ago=1,
         inv="VF26-1204", amt="918,00", due="2026-12-10",
         frm="Sylvie Chauvin <s.chauvin@ensemble-scolaire-lasalle.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="Accounts-payable auto-reply: back on Wednesday 6 January.",
         body="""Bonjour,

Je suis absente du bureau et serai de retour le mercredi 6 janvier 2027.

Pour toute question urgente relative aux factures, vous pouvez contacter Mme Delphine Rey : d.rey@ensemble-scolaire-lasalle.fr.

Cordialement,

Sylvie Chauvin
Service comptabilité fournisseurs
Ensemble scolaire La Salle"""),

    dict(id="s11frc044", country="FR", date="2026-12-14T18:22", fmt="gmail", stage="reminder", ago=2,
         inv="VF26-1195", amt="160,00", due="2026-12-05",
         frm="Ahmed Bouzid <ahmed.bouzid1974@gmail.com>",
         intent="paid", paid_on="2026-12-12",
         note="Typos: says he paid cash in the shop on 12 December.",
         body="""Bonjour

Jai deja paye cette facture en magasin le 12 decembre en espece, c'etait le jeune vendeur a lunettes qui ma encaisse, il ma meme fait un recu. Le rachat de l'accordeon moins la reprise de l'ancien, 160 e.

Il faudrais mettre a jour votre sytème car je ne veux pas payer deux fois

Cordialemnt
A. Bouzid"""),

    dict(id="s11frc045", country="FR", date="2026-12-16T11:08", fmt="tb", stage="second_reminder", ago=2,
         inv="VF26-1113", amt="1 290,00", due="2026-11-28",
         frm="Les Petits Mozart <contact@lespetitsmozart-caluire.fr>",
         intent="dispute",
         note="Invoice 1 290 € while the signed quote said 1 150 € with school discount; asks for a correction.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais la facture VF26-1113 ne correspond pas au devis que nous avions signé.

Le devis DV26-0388 du 2 octobre indiquait 1 150,00 € TTC pour les 10 xylophones et les 2 métallophones, remise « école » de 10 % incluse. La facture est de 1 290,00 € : la remise n'a visiblement pas été appliquée.

Nous sommes prêts à régler 1 150,00 € dès réception d'une facture rectifiée (ou d'un avoir de 140 €).

Merci d'avance,

Agnès Simonin
Directrice – Les Petits Mozart, éveil musical
Caluire-et-Cuire"""),

    dict(id="s11frc046", country="FR", date="2027-01-15T10:44", fmt="gmail", stage="firm", ago=2,
         inv="VF26-1058", amt="1 640,00", due="2026-11-15",
         frm="Laurent Masson <laurent.masson.lyon@gmail.com>",
         intent="other",
         note="Son of the customer reports his father's death; the estate is handled by a notary.",
         body="""Bonjour,

Je vous écris au nom de mon père, Henri Masson, qui avait acheté chez vous un violoncelle en octobre. Il est décédé le 2 décembre dernier.

La succession est gérée par l'étude de Maître Rivière, notaire à Lyon 6e (42 avenue Foch, 04 78 52 10 33). Je vous invite à leur adresser la facture et vos demandes, je ne suis pas en mesure de régler quoi que ce soit personnellement avant l'ouverture de la succession.

Merci de cesser les relances à son nom.

Cordialement,
Laurent Masson"""),

    dict(id="s11frc047", country="FR", date="2026-12-28T13:16", fmt="gmail", stage="reminder", ago=4,
         inv="VF26-1221", amt="230,00", due="2026-12-18",
         frm="Clara Fontaine <clara.fontaine.chant@gmail.com>",
         intent="promise",
         note="Will pay early January when her salary comes in; no single day.",
         body="""Bonjour,

Pardon, avec les fêtes j'ai complètement oublié. Je vous règle ça début janvier, dès que mon salaire tombe (le micro et le pied, c'est bien ça ?).

Belle fin d'année,
Clara"""),

    dict(id="s11frc048", country="FR", date="2027-01-05T09:03", fmt="bounce", stage="second_reminder",
         inv="VF26-1209", rcpt="atelier.sonore@orange.fr", status="5.2.2", remote="smtp-in.orange.fr",
         diag="552 5.2.2 <atelier.sonore@orange.fr>: Mailbox full - Boite pleine",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""This is the mail system at host a8-41.smtp-out.amazonses.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<atelier.sonore@orange.fr>: host smtp-in.orange.fr[193.252.22.64] said: 552 5.2.2 <atelier.sonore@orange.fr>: Mailbox full - Boite pleine (in reply to RCPT TO command)"""),

    dict(id="s11frc049", country="FR", date="2027-01-15T17:48", fmt="html_gmail", stage="second_reminder", ago=3,
         inv=[("VF26-1098", "412,80", "2026-11-20"), ("VF26-1162", "561,40", "2026-12-05"), ("VF26-1226", "273,40", "2026-12-20")],
         frm="Guitares & Co Vichy <guitaresetco.vichy@gmail.com>",
         intent="paid", paid_on="2027-01-14",
         note="Retailer paid the three invoices in a single transfer on 14/01.",
         body="""Bonjour,

Les 3 factures ont été réglées en un seul virement le 14/01, pour un total de 1 247,60 €. En référence j'ai mis « VF26-1098 1162 1226 ».

Par contre je ne suis pas sûr qu'il n'en reste pas une autre, celle des housses de décembre : elle est comprise dans ces trois-là ou pas ? Si jamais il manque quelque chose dites-le-moi.

Cordialement,
Thierry Vasseur
Guitares & Co – Vichy"""),

    dict(id="s11frc050", country="FR", date="2027-01-27T12:05", fmt="apple", stage="reminder", ago=2,
         inv="VF27-0047", amt="95,00", due="2027-01-20",
         frm="Juliette Carré <juliette.carre@me.com>",
         intent="promise", promise_date="2027-01-30",
         note="Will come and pay in the shop on Saturday (reply Wednesday 27 January = 30 January).",
         body="""Bonjour,

Je passerai régler en magasin samedi, en même temps que je récupère la flûte de ma fille qui est en révision.

Bonne journée,
Juliette Carré

Envoyé de mon iPad"""),
]
