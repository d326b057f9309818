"""Part fr_c: handwritten debtor replies (French food & drink wholesaler / caterer Delaunoy Frères Distribution)."""

CASES = [
    dict(id="s9frc001", country="FR", date="2026-12-07T08:47", fmt="apple", stage="reminder", ago=3,
         inv="DF26-10244", amt="1 126,80", due="2026-11-20",
         frm="Karim Belkacem <lebalto.macon@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer promised 'vendredi' = Friday 11 December (reply sent Monday 7).",
         body="""Bonjour
Ok pour la facture, je fais le virement vendredi sans faute. Décembre ça rentre doucement mais ça va aller
Karim
Le Balto

Envoyé de mon iPhone"""),

    dict(id="s9frc002", country="FR", date="2026-12-08T13:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="DF26-10198", amt="486,20", due="2026-11-15",
         frm="Sandrine Morel <sandrine.morel71@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer made 'hier soir' = 7 December.",
         body="""Bonjour,

Le virement a été fait hier soir depuis l'application de la banque, vous devriez le voir arriver d'ici demain ou jeudi.
Désolée pour ce retard, le four nous a lâchés début novembre et on a dû fermer une semaine, tout a été décalé.

Cordialement,
Sandrine Morel
Boulangerie-Pâtisserie Morel
4 place de l'Hôtel de Ville, 71700 Tournus
03 85 32 18 40"""),

    dict(id="s9frc003", country="FR", date="2026-12-09T10:32", fmt="outlook", stage="second_reminder", ago=2,
         inv="DF26-10391", amt="1 742,60", due="2026-11-30",
         frm="La Table d'Hugo <contact@latabledhugo.fr>",
         intent="dispute",
         note="Broken bottles and an undelivered carton; refuses to pay until a credit note is issued.",
         body="""Bonjour,

Je ne réglerai pas cette facture en l'état.

Sur la livraison du 29 octobre :
- 2 cartons de crémant de Bourgogne brut : 5 bouteilles arrivées cassées, votre chauffeur l'a noté sur le bon de livraison et il a même pris une photo ;
- le carton de filets de canette (5 kg) facturé 68,50 € HT n'a jamais été livré, il manquait déjà au déchargement.

J'ai appelé deux fois M. Perrin, votre commercial, il devait me rappeler, toujours rien. J'attends un avoir pour ces deux points et je paie le reste dès réception de l'avoir, pas avant.

Hugo Lemaire
La Table d'Hugo
12 rue Saint-Vincent – 71000 Mâcon
Tél. 03 85 38 22 71"""),

    dict(id="s9frc004", country="FR", date="2026-12-10T07:02", fmt="ooo", stage="reminder", ago=0,
         inv="DF26-10412", amt="3 958,00", due="2026-11-30",
         frm="Claire Ducrocq <claire.ducrocq@restoria-collectivites.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away 10-18 December inclusive; first working day back is Monday 21 December.",
         body="""Bonjour,

Je suis absente du jeudi 10 au vendredi 18 décembre inclus, sans accès à mes e-mails.
Pour toute question concernant le restaurant d'entreprise du site Framatel de Chalon, merci de contacter Julien Barbier (julien.barbier@restoria-collectivites.fr – 06 71 24 58 90).
Pour les factures fournisseurs : comptabilite.fournisseurs@restoria-collectivites.fr

Cordialement,
Claire Ducrocq
Gérante de site – Restoria Collectivités"""),

    dict(id="s9frc005", country="FR", date="2026-12-11T22:14", fmt="gmail", stage="second_reminder", ago=3,
         inv="DF26-10305", amt="812,40", due="2026-11-25",
         frm="Mathieu Roux <laroulotteaburgers@gmail.com>",
         intent="promise",
         note="Will pay 'début janvier': a window, no single day.",
         body="""bjr

c noté pour la facture, je regle ça debut janvier quand la treso repart. decembre est catastrophique pour moi, 2 marchés de noel annulés a cause de la pluie et le groupe electrogene en panne le week end dernier..
dsl pour le retard je vous oublie pas

Mathieu
La Roulotte à Burgers"""),

    dict(id="s9frc006", country="FR", date="2026-12-14T11:05", fmt="html_outlook", stage="reminder", ago=4,
         inv="DF26-10455", amt="2 217,35", due="2026-12-05",
         frm="Service Finances - Mairie de Saint-Rémy <finances@mairie-saintremy71.fr>",
         intent="copy_request",
         note="Town hall cannot pay without the invoice on Chorus Pro with the commitment number, or a duplicate with the signed delivery note.",
         body="""Bonjour,

Après vérification, nous ne trouvons pas la facture DF26-10455 sur Chorus Pro. Pour une collectivité, la facture doit obligatoirement y être déposée, avec le numéro d'engagement juridique qui figure sur le bon de commande de la restauration scolaire (en principe EJ 2026-0418 pour les denrées du restaurant scolaire Jules-Ferry).

Pourriez-vous la déposer sur Chorus Pro avec ce numéro, ou à défaut nous faire parvenir un duplicata accompagné du bon de livraison signé par la cuisine ? Sans ces éléments, nous ne pouvons pas procéder au mandatement.

Nous vous remercions de votre compréhension.

Cordialement,

Nathalie Verdier
Service Finances – Comptabilité
Mairie de Saint-Rémy
Tél. : 03 85 41 60 12"""),

    dict(id="s9frc007", country="FR", date="2026-12-15T16:40", fmt="gmail", stage="second_reminder", ago=2,
         inv=[("DF26-10322", "640,00", "2026-11-25"), ("DF26-10468", "1 985,50", "2026-12-05")],
         frm="Élodie Garnier <elodie@lesfeesdelareception.fr>",
         intent="promise", promise_date="2027-01-05",
         note="One invoice paid this morning; the other (still open) promised for Tuesday 5 January, which is what remains to act on.",
         body="""Bonjour,

J'ai réglé ce matin la facture DF26-10322 (640 €) par virement.

Pour la DF26-10468, c'est celle du mariage Bertrand/Ngo du 14 novembre : les mariés me règlent le solde début janvier, je vous fais donc le virement le mardi 5 janvier, sans faute. Si c'est un souci, appelez-moi.

Belle soirée,
Élodie Garnier
Les Fées de la Réception – organisation d'événements
06 62 14 80 37"""),

    dict(id="s9frc008", country="FR", date="2026-12-16T09:12", fmt="tb", stage="firm", ago=5,
         inv="DF26-10107", amt="574,90", due="2026-11-10",
         frm="Gérard Lamy <gerard.lamy@wanadoo.fr>",
         intent="other",
         note="Wrong recipient: the bar was sold before these deliveries; points to the new owners.",
         body="""Bonjour,

Je ne suis plus propriétaire du Bar des Sports de Cluny depuis le 30 septembre dernier, le fonds a été vendu à M. et Mme Lacroix qui l'exploitent depuis le 1er octobre.
Les livraisons d'octobre les concernent, pas moi. Je n'ai d'ailleurs rien commandé après la vente.

Voyez directement avec eux, ou avec Me Garnier, notaire à Cluny, qui a fait l'acte.

Salutations,
G. Lamy"""),

    dict(id="s9frc009", country="FR", date="2026-12-17T21:48", fmt="gmail", stage="firm", ago=4,
         inv=[("DF26-10026", "2 860,00", "2026-10-31"), ("DF26-10233", "1 415,70", "2026-11-20")],
         frm="Domaine des Charmilles <domainedescharmilles.mariages@gmail.com>",
         intent="plan_request",
         note="Asks to spread the debt over three or four months; explicitly gives no date.",
         body="""Bonjour,

Je vous réponds tard, excusez-moi, les journées sont longues en ce moment.

Je ne vais pas vous mentir : nous avons eu une fin de saison très difficile. Deux mariages de septembre ont été annulés à quinze jours de la date (une séparation, et un décès dans la famille du marié), et nous avions déjà commandé une bonne partie des boissons et du traiteur. Les acomptes ne couvrent pas tout, et la banque ne veut pas entendre parler d'une rallonge avant le bilan.

Je sais que nous vous devons ces deux factures et je ne le conteste pas du tout. Vous avez toujours été arrangeants avec nous depuis l'ouverture du domaine et je ne veux pas que ça se passe mal.

Serait-il possible d'étaler le montant sur plusieurs mois, trois ou quatre par exemple ? Je préfère vous demander ça honnêtement plutôt que de vous promettre une date que je ne pourrai pas tenir. Les premières réservations 2027 commencent à rentrer, les choses devraient s'améliorer au printemps.

Dites-moi ce qui serait acceptable pour vous.

Avec toute ma gratitude,
Anne-Sophie Berthaud
Domaine des Charmilles
Salle de réception – 71250 Salornay-sur-Guye
06 84 51 27 09"""),

    dict(id="s9frc010", country="FR", date="2026-12-18T10:26", fmt="html_outlook", stage="reminder", ago=3,
         inv="DF26-10519", amt="5 342,18", due="2026-12-10",
         frm="Comptabilité Fournisseurs <cpta.fournisseurs@groupe-hotelier-vauban.fr>",
         intent="paid", paid_on="2026-12-16",
         note="Included in the transfer run of 16/12/2026.",
         body="""Bonjour,

Le règlement de la facture DF26-10519 a été intégré à notre campagne de virements du 16/12/2026 (remise n° VIR-2026-5112).
Selon les délais interbancaires, les fonds devraient être crédités sur votre compte sous 48 à 72 heures.

Cordialement,

Laëtitia Robin
Comptabilité Fournisseurs
Groupe Hôtelier Vauban – Hôtel & Brasserie Le Vauban
8 quai Lamartine – 71000 Mâcon
Tél. : 03 85 39 10 44

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer. Groupe Hôtelier Vauban SAS au capital de 150 000 € – RCS Mâcon 812 447 306."""),
]

CASES += [
    dict(id="s9frc011", country="FR", date="2026-12-21T09:04", fmt="bounce",
         inv="DF26-10377", amt="745,10", due="2026-11-30",
         rcpt="commande@bistrotdumarche-louhans.fr", status="5.1.1", remote="mx3.mail.ovh.net",
         diag="550 5.1.1 <commande@bistrotdumarche-louhans.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""Delivery has failed to these recipients or groups:

commande@bistrotdumarche-louhans.fr
The email address you entered couldn't be found. The recipient's mail server rejected the message because the mailbox does not exist.

No further attempts will be made to deliver this message."""),

    dict(id="s9frc012", country="FR", date="2026-12-22T11:18", fmt="gmail", stage="reminder", ago=5,
         inv="DF26-10540", amt="937,25", due="2026-12-15",
         frm="Les Délices de Bresse <delicesdebresse@gmail.com>",
         intent="promise", promise_date="2026-12-23",
         note="The cheque goes out 'demain matin' = Wednesday 23 December.",
         body="""Bonjour Monsieur,

Le chèque part demain matin avec le courrier, je n'ai pas pu passer à la poste aujourd'hui avec le monde qu'il y a au magasin (c'est la semaine des chapons et des foies gras, vous imaginez).

Toutes mes excuses pour le retard et merci pour votre patience.

Mme Chevrier
Épicerie fine Les Délices de Bresse
22 Grande Rue – 01340 Montrevel-en-Bresse"""),

    dict(id="s9frc013", country="FR", date="2026-12-22T18:02", fmt="outlook", stage="repeat", ago=1,
         inv="DF26-10290", amt="1 360,00", due="2026-11-25",
         frm="Stéphane Cordier <s.cordier@brasserielesarcades.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders; wants to deal with the sales rep directly.",
         body="""Bonjour,

Merci de me retirer de vos envois automatiques. Je ne veux plus recevoir ces relances par mail, c'est la troisième en quinze jours. Quand il y a un sujet de facture je le règle avec Jérôme, votre commercial, en direct, comme on le fait depuis dix ans.

S. Cordier
Brasserie Les Arcades"""),

    dict(id="s9frc014", country="FR", date="2026-12-28T07:40", fmt="ooo", stage="reminder", ago=4,
         inv="DF26-10571", amt="392,60", due="2026-12-15",
         frm="Boulangerie Au Pain de Cuisery <aupaindecuisery@orange.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Closed 26 December to 4 January inclusive; reopens Tuesday 5 January.",
         body="""Bonjour,

La boulangerie est fermée pour congés du samedi 26 décembre au lundi 4 janvier inclus.
Réouverture le mardi 5 janvier 2027 à 6h30.
Les mails ne seront pas lus pendant cette période.

Joyeuses fêtes à tous !
Pascal et Nadine"""),

    dict(id="s9frc015", country="FR", date="2026-12-28T19:30", fmt="none", stage="reminder", ago=7,
         inv="DF26-10498", amt="418,00", due="2026-12-12",
         frm="Monique Perrault <monique.perrault58@laposte.net>",
         intent="paid", paid_on="2026-12-26",
         note="Private customer paid by card through the link 'le 26' (26 December).",
         body="""Bonjour,

J'ai payé par carte bancaire sur votre lien internet le 26, j'ai même reçu un mail de confirmation. Pouvez-vous vérifier svp, je n'aime pas recevoir ce genre de message alors que je suis en règle.

Merci encore pour le buffet des 80 ans de mon mari, tout le monde s'est régalé.

Monique Perrault"""),

    dict(id="s9frc016", country="FR", date="2026-12-29T23:51", fmt="apple", stage="firm", ago=6,
         inv="DF26-10402", amt="2 318,40", due="2026-12-01",
         frm="Bar Le Comptoir <lecomptoir.chalon@icloud.com>",
         intent="dispute",
         note="Contests the keg price increase; refuses to pay until the invoice is redone.",
         body="""Vous vous foutez de qui ?? Le fût de 30L de blonde était à 98 € HT depuis le début de l'année et là vous me le facturez 112 € sur les 12 fûts de novembre sans me prévenir. Personne m'a envoyé de nouvelle grille. Je paie rien tant que la facture est pas refaite au bon prix, et vos pénalités vous pouvez vous les garder.

Fred

Envoyé de mon iPhone"""),

    dict(id="s9frc017", country="FR", date="2026-12-30T10:05", fmt="outlook", fwd=True, stage="firm", ago=7,
         inv="DF26-10366", amt="4 126,90", due="2026-11-30",
         frm="Aurélie Marchand <a.marchand@lesrelaisdubeaujolais.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Assistant forwards the manager's answer: payment goes out on 8 January.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Desvignes, notre gérant, à qui j'avais fait suivre votre relance.

Bonne fin d'année,
Aurélie Marchand
Assistante de direction
Les Relais du Beaujolais – Hôtel-Restaurant
04 74 69 20 15

-----Message d'origine-----
De : Pierre Desvignes <p.desvignes@lesrelaisdubeaujolais.fr>
Envoyé : mardi 29 décembre 2026 18:42
À : Aurélie Marchand <a.marchand@lesrelaisdubeaujolais.fr>
Objet : RE: Troisième relance : facture DF26-10366 impayée – Delaunoy Frères Distribution SAS

Aurélie, dis-leur que ça part avec les fournisseurs le 8 janvier, comme d'habitude après la clôture. Pas avant, on a la paie et les charges de fin d'année.
P.D."""),

    dict(id="s9frc018", country="FR", date="2026-12-30T14:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="DF26-10588", amt="1 204,30", due="2026-12-20",
         frm="Bruno Lefèvre <bruno.lefevre@convivia-restauration.fr>",
         intent="copy_request",
         note="Never received the invoice, link blocked; asks for the PDF and the delivery note before paying.",
         body="""Bonjour,

Le lien de paiement de votre e-mail est bloqué par notre pare-feu et je n'ai pas la facture DF26-10588 dans nos dossiers : elle n'est jamais arrivée sur la boîte factures de notre siège.
Pourriez-vous me l'envoyer en PDF en réponse à ce message, avec le bon de livraison du 20 novembre (restaurant d'entreprise du Parc technologique de Mâcon-Loché) ? Je la fais valider et mettre en paiement dès réception.

Merci par avance,

Bruno Lefèvre
Chef gérant – Convivia Restauration
Restaurant inter-entreprises Mâcon-Loché
Tél. : 03 85 20 61 77 – Port. : 06 13 48 92 05"""),

    dict(id="s9frc019", country="FR", date="2026-12-31T11:00", fmt="gmail", stage="reminder", ago=3,
         inv="DF26-10601", amt="688,75", due="2026-12-20",
         frm="Julie Fontaine <creperieleblenoir@gmail.com>",
         intent="contact_change", new_email="fournisseurs@cabinet-rigaud-expertise.fr",
         note="From 1 January invoices and reminders go to the accounting firm's address.",
         body="""Bonjour,

À partir du 1er janvier, c'est notre cabinet comptable qui gère tous les règlements fournisseurs de la crêperie. Merci d'envoyer désormais vos factures et vos relances directement à : fournisseurs@cabinet-rigaud-expertise.fr (à l'attention de Mme Rigaud).

Je leur transmets celle-ci dès aujourd'hui.

Bonne année en avance !
Julie
Crêperie Le Blé Noir – Louhans"""),

    dict(id="s9frc020", country="FR", date="2027-01-04T09:15", fmt="gmail", stage="second_reminder", ago=4,
         inv="DF26-10477", amt="254,00", due="2026-12-10",
         frm="Tony Ferreira <tony.ferreira.snack@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'le 15' written on 4 January = 15 January.",
         body="""ok le 15
bonne année"""),
]

CASES += [
    dict(id="s9frc021", country="FR", date="2027-01-05T08:00", fmt="ooo", stage="second_reminder", ago=0,
         inv="DF26-10512", amt="1 876,00", due="2026-12-15",
         frm="Olivier Dumas <olivier.dumas@saveurs-et-sens-traiteur.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="At a trade show until Friday 8 January inclusive; back Monday 11 January.",
         body="""Bonjour,

Merci pour votre message. Je suis actuellement en déplacement sur un salon professionnel et mes réponses seront très limitées jusqu'au vendredi 8 janvier inclus.
En cas d'urgence (prestations du week-end), vous pouvez joindre l'atelier au 03 85 59 02 36.

Olivier Dumas
Saveurs & Sens – Traiteur événementiel"""),

    dict(id="s9frc022", country="FR", date="2027-01-06T10:41", fmt="tb", stage="second_reminder", ago=2,
         inv="DF26-10433", amt="318,50", due="2026-12-05",
         frm="Auberge du Moulin <auberge.dumoulin@free.fr>",
         intent="paid", paid_on="2026-12-30",
         note="Cheque posted on 30 December.",
         body="""Bonjour,

Je vous ai adressé un chèque de 318,50 € par la poste le 30 décembre, à l'adresse de la ZA des Berthilliers. Avec les jours fériés il a dû prendre du retard.
Chèque Crédit Agricole n° 4417208.

Si vous ne l'avez pas reçu à la fin de la semaine, prévenez-moi, je ferai opposition et je vous ferai un virement.

Meilleurs voeux pour 2027.

Jean-Claude Bouvier
Auberge du Moulin
Route de Cormatin
71460 Chapaize"""),

    dict(id="s9frc023", country="FR", date="2027-01-07T15:12", fmt="html_outlook", stage="reminder", ago=3,
         inv="DF26-10615", amt="2 745,60", due="2026-12-31",
         frm="Catherine Blanc <c.blanc@ehpad-lesglycines.fr>",
         intent="bank_details",
         note="Received a suspicious change-of-IBAN email; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de régler cette facture, je préfère vérifier un point avec vous : nous avons reçu le 28 décembre un courriel, signé « Service comptabilité Delaunoy », nous informant d'un changement de coordonnées bancaires et nous demandant d'utiliser désormais un IBAN commençant par LT.
L'adresse d'expédition était compta@delaunoy-distrib.com, ce qui ne correspond pas à celle que nous utilisons habituellement.

Pouvez-vous nous confirmer que vos coordonnées bancaires n'ont pas changé ? Par précaution, nous attendons votre confirmation (idéalement par téléphone au 03 85 40 77 12) avant d'émettre le virement.

Bien cordialement,

Catherine Blanc
Responsable administrative et financière
EHPAD Les Glycines – 71100 Chalon-sur-Saône"""),

    dict(id="s9frc024", country="FR", date="2027-01-08T09:30", fmt="tb", stage="second_reminder", ago=4,
         inv=[("DF26-10204", "1 132,40", "2026-11-30"), ("DF26-10219", "1 132,40", "2026-11-30")],
         frm="SIVOS de la Haute-Grosne <sivos.hautegrosne@orange.fr>",
         intent="dispute",
         note="Second invoice is a duplicate of the first (same delivery note); asks for cancellation and a credit note.",
         body="""Bonjour,

Les factures DF26-10204 et DF26-10219 portent sur la même livraison du 3 novembre à la cantine de Trambly (même bon de livraison n° BL-88412, mêmes quantités, même montant de 1 132,40 €). Il s'agit manifestement d'un doublon.

La facture DF26-10204 a été mandatée le 15 décembre par la trésorerie. Nous ne réglerons pas la DF26-10219 et vous remercions de l'annuler et de nous adresser l'avoir correspondant.

Cordialement,

Martine Duverne
Secrétaire du SIVOS de la Haute-Grosne
Mairie de Trambly – 71520
Permanences : mardi et vendredi matin"""),

    dict(id="s9frc025", country="FR", date="2027-01-09T20:12", fmt="gmail", stage="firm", ago=5,
         inv="DF26-10348", amt="1 564,80", due="2026-11-30",
         frm="Thierry Jacquet <jacquet.fromages@gmail.com>",
         intent="plan_request",
         note="Market trader asks to pay in monthly instalments of 300-400 €, no start date.",
         body="""Bonsoir

J'ai bien recu votre relance. Je vais etre franc avec vous, en ce moment c'est dur, les marchés de janvier sont vides et j'ai eu les frais du camion frigo (compresseur) en decembre.
Est ce que je pourrai vous payer en plusieurs fois ? genre 300 ou 400 par mois, je sais pas ce qui vous va. Je veux pas laisser trainer, j'ai toujours payer jusqu'a maintenant.

Merci de me dire
Thierry Jacquet
fromages et crèmerie sur les marchés (Mâcon, Tournus, Cluny)
06 31 77 42 18"""),

    dict(id="s9frc026", country="FR", date="2027-01-08T17:55", fmt="html_gmail", stage="reminder", ago=4,
         inv="DF26-10634", amt="695,30", due="2026-12-31",
         frm="Pizzeria Da Enzo <pizzeriadaenzo.tournus@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Transfer promised 'lundi 11' = Monday 11 January.",
         body="""Bonjour,

Je fais le virement lundi 11, je n'ai pas les codes de la banque avec moi ce week-end (c'est ma femme qui gère et elle est chez sa mère jusqu'à dimanche).

Buon anno !
Enzo Caruso
Pizzeria Da Enzo
07 68 24 19 55"""),

    dict(id="s9frc027", country="FR", date="2027-01-11T14:30", fmt="outlook", stage="final_notice", ago=5,
         inv=[("DF26-10158", "2 940,00", "2026-11-15"), ("DF26-10287", "1 318,60", "2026-11-30"), ("DF26-10442", "876,45", "2026-12-10")],
         frm="Vincent Perret <v.perret@lagrandetablee.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire): claim must be filed with the court-appointed representative.",
         body="""Madame, Monsieur,

Je vous informe que la SARL La Grande Tablée a été placée en redressement judiciaire par jugement du tribunal de commerce de Mâcon du 16 décembre 2026, publié au BODACC.

Conformément à la procédure, je ne suis plus autorisé à régler les dettes nées avant le jugement. Il vous appartient de déclarer votre créance dans un délai de deux mois à compter de la publication auprès du mandataire judiciaire désigné :
SELARL Aubry & Associés – Me Sophie Aubry
5 rue Rambuteau, 71000 Mâcon
mandataire@aubry-associes.fr

Les livraisons postérieures au 16 décembre seront réglées normalement à l'échéance.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Vincent Perret
Gérant – La Grande Tablée
Restaurant – Séminaires – Banquets"""),

    dict(id="s9frc028", country="FR", date="2027-01-11T16:20", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="DF26-10523", amt="3 088,20", due="2026-12-15",
         frm="Hostellerie du Val de Grosne <compta.valdegrosne@gmail.com>",
         intent="paid", paid_on="2027-01-11",
         note="Transfer made 'ce jour' (11 January).",
         body="""Bonjour,

Règlement effectué ce jour par virement pour la facture DF26-10523, montant 3 088,20 €. Ci-joint l'avis d'opéré de la banque.
Nous étions fermés pour congés du 20 décembre au 9 janvier, d'où le délai.

Cordialement,
Florence Gauthier
Administration – Hostellerie du Val de Grosne"""),

    dict(id="s9frc029", country="FR", date="2027-01-12T08:05", fmt="gmail", stage="firm", ago=6,
         inv="DF26-10389", amt="1 655,00", due="2026-11-30",
         frm="Brasserie du Pont <brasseriedupont.stlaurent@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Payment 'vendredi' = Friday 15 January; side question about whether Thursday's delivery is maintained.",
         body="""Bonjour,

Le paiement sera fait vendredi, c'est calé avec la banque.
Par contre votre commercial m'a dit hier que mon compte était bloqué : est-ce que la livraison de jeudi est maintenue quand même ? J'ai un repas de 60 couverts samedi, il me faut les produits, sinon je dois aller chez Metro et je préférerais pas.

Merci de me répondre vite,
Nicolas Guérin
Brasserie du Pont – Saint-Laurent-sur-Saône
06 58 02 33 61"""),

    dict(id="s9frc030", country="FR", date="2027-01-13T10:48", fmt="tb", stage="reminder", ago=2,
         inv="DF26-10655", amt="212,40", due="2027-01-05",
         frm="Roger Thivent <roger.thivent@sfr.fr>",
         intent="unsubscribe",
         note="Does not want automatic emails any more; asks to be phoned instead.",
         body="""Bonjour,

Je ne souhaite plus recevoir de messages automatiques de ce genre sur ma boîte mail. À 74 ans je ne passe pas mes journées devant l'ordinateur et je n'aime pas ces machins-là.
Si vous avez besoin de quelque chose, téléphonez-moi au 03 85 50 14 92 comme le faisait votre ancienne secrétaire.

R. Thivent
Comité des fêtes de Saint-Gengoux"""),
]

CASES += [
    dict(id="s9frc031", country="FR", date="2026-12-28T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="DF26-10620", amt="6 412,75", due="2026-12-20",
         frm="Comptabilité fournisseurs <factures@restauval-bourgogne.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Offices closed 24 December - 1 January inclusive; handled from Monday 4 January.",
         body="""Bonjour,

Nos services administratifs sont fermés du jeudi 24 décembre 2026 au vendredi 1er janvier 2027 inclus.
Votre message sera traité à partir du lundi 4 janvier 2027.

Pour rappel, toute facture doit comporter le numéro de bon de commande Restauval et le nom du site livré.

Le service Comptabilité fournisseurs
Restauval Bourgogne – Restauration scolaire et médico-sociale"""),

    dict(id="s9frc032", country="FR", date="2027-01-14T12:10", fmt="apple", stage="firm", ago=3,
         inv="DF26-10301", amt="2 150,00", due="2026-11-25",
         frm="Laurent Mercier <lepetitzinc.cluny@icloud.com>",
         intent="paid", paid_on="2027-01-14",
         note="Partial payment of 800 € made this morning; no commitment on the balance.",
         body="""Bonjour,

J'ai fait un virement de 800 € ce matin, c'est tout ce que je peux mettre pour l'instant sans me mettre dans le rouge. Je reviens vers vous pour le solde dès que possible, janvier est toujours le mois le plus creux.

Cordialement
Laurent Mercier
Le Petit Zinc – Cluny"""),

    dict(id="s9frc033", country="FR", date="2027-01-14T17:40", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="DF26-10598", amt="4 860,00", due="2026-12-31",
         frm="Hélène Besson <h.besson@agence-signature-evenements.fr>",
         intent="dispute",
         note="Late delivery and non-conforming meal trays; asks for a 30 % discount and a corrected invoice before paying.",
         body="""Bonjour,

Je me permets de réagir à votre relance, car cette facture pose un vrai problème de notre côté.

Pour le séminaire de notre client du 1er décembre à Mâcon (200 plateaux-repas), la livraison prévue à 11h30 est arrivée à 13h05, alors que la pause déjeuner était à 12h15. Les participants ont attendu plus d'une heure, le programme de l'après-midi a été décalé et notre client nous a fait part de son profond mécontentement, avec une retenue sur notre propre facture.

Par ailleurs, 14 plateaux végétariens commandés ont été remplacés par des plateaux standards, sans aucune information préalable.

Nous avons signalé tout cela le jour même à votre responsable traiteur, M. Gaillard, sans suite à ce jour. Dans ces conditions, nous ne pouvons pas régler la facture au montant de 4 860,00 € : nous demandons une remise de 30 % et le retrait des 14 plateaux non conformes. Dès réception d'une facture rectifiée ou d'un avoir, nous procéderons au paiement.

Cordialement,

Hélène Besson
Cheffe de projet événementiel
Signature Événements
04 78 62 15 90
www.agence-signature-evenements.fr"""),

    dict(id="s9frc034", country="FR", date="2027-01-15T11:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="DF26-10487", amt="1 245,00", due="2026-12-10",
         frm="Amicale des Sapeurs-Pompiers de Pont-de-Vaux <amicale.sp.pontdevaux@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="Cheque signed at the 18 January meeting and dropped off on Tuesday 19 January: the payment day is the 19th.",
         body="""Madame, Monsieur,

Je fais suite à votre courriel concernant la facture DF26-10487 relative au banquet de la Sainte-Barbe du 5 décembre.

Je vous prie de bien vouloir excuser ce retard, qui n'est en rien lié à un désaccord : les chèques de l'amicale nécessitent deux signatures, celle du président et la mienne, et notre président était hospitalisé jusqu'à la fin décembre.

Le bureau se réunit le lundi 18 janvier au soir. Le chèque sera signé à cette occasion et je le déposerai moi-même à votre comptoir de Mâcon le mardi 19 janvier dans la matinée.

Vous remerciant de votre compréhension, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Convert
Trésorier de l'Amicale des Sapeurs-Pompiers de Pont-de-Vaux
06 80 45 13 27"""),

    dict(id="s9frc035", country="FR", date="2027-01-18T09:40", fmt="gmail", stage="repeat", ago=4,
         inv=[("DF26-10266", "384,10", "2026-11-25"), ("DF26-10510", "512,90", "2026-12-15"), ("DF26-10644", "298,00", "2026-12-31")],
         frm="Charcuterie Vuillard <charcuterie.vuillard@gmail.com>",
         intent="copy_request",
         note="Thinks part is already paid; asks for a statement of account before settling.",
         body="""bonjour,
je m'y perds un peu avec toutes vos factures, j'ai l'impression d'en avoir déjà payé une partie en décembre (j'ai fait 2 virements, un de 384,10 et un autre je sais plus combien).
Est ce que vous pouvez m'envoyer un relevé de compte avec tout ce qui est payé et ce qui reste, que je fasse le point avec mon comptable ?
merci
Gilles Vuillard
Charcuterie-traiteur Vuillard, Bourg-en-Bresse"""),

    dict(id="s9frc036", country="FR", date="2027-01-19T14:02", fmt="outlook", stage="heads_up", ago=1,
         inv="DF27-00112", amt="1 480,60", due="2027-01-25",
         frm="Sophie Marin <compta@cafedelagare-bourg.fr>",
         intent="bank_details",
         note="Announces its own new bank details for the direct debit before the due date.",
         body="""Bonjour,

Nous avons changé de banque au 1er janvier : notre compte au Crédit Mutuel est clôturé depuis le 15 janvier. Le prélèvement de cette facture ne doit donc pas être présenté sur l'ancien compte, il serait rejeté.

Nos nouvelles coordonnées bancaires :
Banque Populaire Bourgogne Franche-Comté
IBAN FR76 1080 7000 4512 3456 7891 024
BIC CCBPFRPPDJN

Je vous joins le RIB et je vous renvoie le mandat SEPA signé dans la journée. Merci de bien vouloir mettre à jour nos coordonnées avant l'échéance.

Cordialement,
Sophie Marin
Café de la Gare – Bourg-en-Bresse
04 74 22 36 81"""),

    dict(id="s9frc037", country="FR", date="2027-01-19T07:12", fmt="gmail", stage="second_reminder", ago=5,
         inv="DF26-10662", amt="447,80", due="2027-01-05",
         frm="Kevin Lopes <kev.lopes.snack@gmail.com>",
         intent="promise",
         note="Will bring the cheque 'la semaine pro': a window, no single day.",
         body="""salut
je passe au depot la semaine pro avec le cheque, la je suis tout seul au snack mon employé est malade
kevin snack le Bosphore"""),

    dict(id="s9frc038", country="FR", date="2027-01-20T10:15", fmt="apple", stage="reminder", ago=2,
         inv="DF26-10670", amt="1 032,45", due="2027-01-10",
         frm="Marion Delorme <marion@latelierdemarion.fr>",
         intent="paid", paid_on="2027-01-12",
         note="Direct debit taken on 12 January according to her statement.",
         body="""Bonjour,

C'est réglé de notre côté : le prélèvement de 1 032,45 € a été débité sur notre compte le 12 janvier, je le vois sur le relevé (libellé PRLV SEPA DELAUNOY FRERES DISTRI).
Peut-être un décalage entre la banque et votre compta ?

Bonne journée,
Marion Delorme
L'Atelier de Marion – salon de thé & pâtisserie
06 19 84 52 30"""),

    dict(id="s9frc039", country="FR", date="2027-01-20T16:44", fmt="gmail", stage="reminder", ago=2,
         inv="DF27-00087", amt="356,20", due="2027-01-15",
         frm="Lucie Moreau <micro.creche.lespetitspois@gmail.com>",
         intent="contact_change", new_email="direction@lespetitspois-creche.fr",
         note="Leaving the job; future mail to the director's address.",
         body="""Bonjour,

Je quitte la micro-crèche à la fin du mois et je ne m'occuperai plus des commandes ni des factures. Merci d'écrire désormais à ma collègue Amandine Petit, directrice : direction@lespetitspois-creche.fr

Je lui fais suivre votre message.

Lucie Moreau
Micro-crèche Les Petits Pois – Sennecé-lès-Mâcon"""),

    dict(id="s9frc040", country="FR", date="2027-01-21T11:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="DF26-10590", amt="2 604,00", due="2026-12-20",
         frm="Patrice Gonnot <p.gonnot@restaurantdugolf-lasalle.fr>",
         intent="other",
         note="Reminder passed on to the accountant, who will get back; no payment statement, no address change requested.",
         body="""Bonjour,

J'ai transmis votre relance à notre expert-comptable, le cabinet Berger & Chaumont à Mâcon, qui gère nos paiements fournisseurs depuis l'an dernier. Ils reviendront vers vous directement.

Cordialement,
Patrice Gonnot
Restaurant du Golf – La Salle"""),
]

CASES += [
    dict(id="s9frc041", country="FR", loc="GB", date="2026-12-18T15:30", fmt="gmail", stage="reminder", ago=4,
         inv="DF26-10551", amt="623,40", due="2026-12-10",
         frm="Sarah Whitfield <sarah@lavieillegrange-bnb.com>",
         intent="promise",
         note="British B&B owner in Burgundy, writing in English: will pay once back in the new year, 'probably the first week of January' (a window).",
         body="""Hello,

Sorry, this one slipped through – we're flying back to Leeds tomorrow morning for Christmas with the family and it's been chaos packing up the house and closing the gîtes.
I'll sort the payment out as soon as we're back in the new year, probably the first week of January. Hope that's OK.

Merry Christmas / Joyeux Noël to all at Delaunoy!

Sarah Whitfield
La Vieille Grange – chambres & table d'hôtes
Saint-Gengoux-le-National
+33 6 45 21 88 07"""),

    dict(id="s9frc042", country="FR", date="2027-01-22T10:05", fmt="outlook", stage="repeat", ago=4,
         inv=[("DF26-10580", "1 118,00", "2026-12-20"), ("DF26-10627", "842,30", "2026-12-31"), ("DF27-00045", "960,75", "2027-01-10")],
         frm="Intendance Lycée Saint-Vincent <intendance@lycee-stvincent-macon.fr>",
         intent="paid", paid_on="2027-01-15",
         note="All three invoices paid by one grouped transfer issued 15/01/2027.",
         body="""Bonjour,

Les trois factures mentionnées (DF26-10580, DF26-10627 et DF27-00045) ont été réglées par un virement groupé de 2 921,05 € émis le 15/01/2027 par l'agence comptable du lycée.
Libellé du virement : LYC ST VINCENT MANDATS 2027-004 A 006.

Nous vous remercions de bien vouloir mettre à jour votre suivi.

Cordialement,

Agnès Pelletier
Secrétaire d'intendance
Lycée des métiers de l'hôtellerie Saint-Vincent
71000 Mâcon
Tél. 03 85 21 90 40"""),

    dict(id="s9frc043", country="FR", date="2027-01-25T11:00", fmt="html_outlook", stage="formal_notice", ago=3,
         inv="DF26-10618", amt="3 276,40", due="2026-12-31",
         frm="Rémi Chauvet <direction@bistrotdeshalles-chalon.fr>",
         intent="dispute",
         note="Contests the formal notice: cold chain broken on delivery, goods destroyed; demands a full credit note.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure du 22 janvier et la contestons formellement.

Comme nous vous l'avons écrit le 3 décembre, et comme l'indiquent les réserves portées sur le bon de livraison n° BL-90127, la livraison de produits frais du 2 décembre (viandes, poissons, produits laitiers) est arrivée avec une température relevée à 9 °C dans les caisses, au lieu de 4 °C maximum. La chaîne du froid ayant été rompue, nous avons dû détruire l'intégralité des produits concernés, conformément à notre plan de maîtrise sanitaire. Les relevés et les photos sont à votre disposition.

Nous ne réglerons donc pas cette facture, qui porte sur des marchandises non conformes et inutilisables, et vous demandons l'émission d'un avoir total. À défaut, nous transmettrons le dossier à notre conseil.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Rémi Chauvet
Gérant
SAS Le Bistrot des Halles
RCS Chalon-sur-Saône 839 221 504"""),

    dict(id="s9frc044", country="FR", date="2027-01-20T09:01", fmt="ooo", subj_prefix="Re: ", stage="reminder", ago=0,
         inv="DF27-00064", amt="534,00", due="2027-01-15",
         frm="Julien Caron <lesgaufresdejulien@gmail.com>",
         intent="out_of_office", return_date="2027-01-25",
         note="Gmail vacation responder: skiing until Sunday 24 January, back Monday 25.",
         body="""Salut !
Le camion est en pause hivernale, je suis au ski jusqu'au dimanche 24 janvier et je réponds pas aux mails. Retour sur les marchés et reprise des commandes le lundi 25.
Julien – Les Gaufres de Julien"""),

    dict(id="s9frc045", country="FR", date="2027-01-21T18:30", fmt="apple", stage="firm", ago=3,
         inv="DF26-10557", amt="1 908,60", due="2026-12-15",
         frm="Sébastien Roche <seb.roche@lecellier-tournus.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January.",
         body="""Bonjour,
Je vous règle ça fin janvier, quand les encaissements des repas d'entreprise de décembre seront rentrés. Désolé pour l'attente.
Sébastien
Le Cellier – bar à vins, Tournus

Envoyé de mon iPhone"""),

    dict(id="s9frc046", country="FR", date="2027-01-22T14:15", fmt="gmail", stage="final_notice", ago=2,
         inv="DF26-10499", amt="2 734,20", due="2026-12-10",
         frm="Restaurant L'Escale <lescale.montmerle@gmail.com>",
         intent="plan_request",
         note="Water damage, restaurant closed; asks for extra time until the insurer pays, explicitly without a date.",
         body="""Bonjour Madame, Monsieur,

Je vous écris suite à votre dernier courrier. Nous avons subi un dégât des eaux important dans la cuisine le 27 décembre (rupture d'une canalisation chez le voisin du dessus), le restaurant est fermé depuis et nous ne savons pas encore quand nous pourrons rouvrir. L'expert de l'assurance est passé la semaine dernière, nous attendons son rapport et l'indemnisation pour perte d'exploitation.

Je vous demande donc de bien vouloir nous accorder un délai supplémentaire pour cette facture, le temps que l'assurance nous verse l'indemnité. Je ne peux malheureusement pas vous donner de date précise aujourd'hui, cela ne dépend pas de nous. Merci de ne pas transmettre le dossier au recouvrement.

Je peux vous faire suivre le constat et l'attestation de l'assureur si besoin.

Avec mes remerciements,
Christine Dufour
Restaurant L'Escale – Montmerle-sur-Saône
06 27 58 14 63"""),

    dict(id="s9frc047", country="FR", date="2027-01-25T10:30", fmt="tb", stage="second_reminder", ago=5,
         inv="DF27-00031", amt="1 126,00", due="2027-01-10",
         frm="Traiteur Renaud <contact@traiteur-renaud.fr>",
         intent="promise", promise_date="2027-02-02",
         note="'sous huitaine' from Monday 25 January = Tuesday 2 February.",
         body="""Bonjour,

Bien reçu votre relance. Nous procéderons au règlement de la facture DF27-00031 sous huitaine.

Cordialement,
Philippe Renaud
Traiteur Renaud – Mariages, banquets, repas d'affaires
La Croix Blanche – 71960 Sologny
03 85 36 72 18"""),

    dict(id="s9frc048", country="FR", date="2027-01-25T08:20", fmt="gmail", stage="reminder", ago=3,
         inv="DF27-00098", amt="165,60", due="2027-01-20",
         frm="Claire Vasseur <vasseur.ct@gmail.com>",
         intent="paid", paid_on="2027-01-24",
         note="Private customer paid by card 'hier soir' = Sunday 24 January.",
         body="""Bonjour,
C'est fait, payé hier soir par CB via votre lien. Désolée, on pensait l'avoir réglé le jour de l'anniversaire de Thomas.
Bonne journée
Claire Vasseur"""),

    dict(id="s9frc049", country="FR", date="2027-01-26T12:45", fmt="gmail", stage="second_reminder", ago=4,
         inv="DF27-00076", amt="742,90", due="2027-01-15",
         frm="Nadège Brunet <nadege.brunet.81@gmail.com>",
         intent="other",
         note="Wrong recipient: a private person who never ordered anything.",
         body="""Bonjour,

Je pense que vous faites erreur de destinataire : je n'ai jamais rien commandé chez vous et je ne tiens pas de restaurant. Je suis une particulière, je travaille dans une banque à Lyon. Il y a peut-être une homonyme ou une erreur dans l'adresse mail ?

Merci de vérifier.
Nadège Brunet"""),

    dict(id="s9frc050", country="FR", date="2027-01-26T17:10", fmt="html_gmail", stage="final_notice", ago=6,
         inv="DF26-10603", amt="3 415,80", due="2026-12-20",
         frm="Marc Aubert <marc.aubert.boulangerie@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Transfer 'vendredi 29 au plus tard' = 29 January; the quoted deadline (28 January) is not the label.",
         body="""Bonjour,

Merci de ne pas transmettre le dossier. Le virement de 3 415,80 € sera fait vendredi 29 au plus tard, j'attends le déblocage de mon prêt de trésorerie par la banque, qui m'a été confirmé pour jeudi.

Je m'excuse pour ces retards à répétition, je sais que ce n'est pas agréable pour vous non plus.

Marc Aubert
Boulangerie Aubert – Mâcon centre
06 72 30 45 81"""),
]
