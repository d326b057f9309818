"""Part fr_a: debtor replies to Berthelin Équipement SAS (agricultural machinery, professional kitchens,
shop fittings). Every body below is written by hand for its case."""

CASES = [
    dict(id="s8fra001", country="FR", date="2026-12-10T21:47", fmt="gmail", stage="reminder", ago=2,
         inv="FA-2026-3107", amt="2 184,60", due="2026-11-30",
         frm="GAEC des Trois Chenes <gaec3chenes@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Written on Thursday 10 Dec: transfer 'vendredi' = Friday 11 Dec.",
         body="""bonjour
oui on a bien vu, c etait la reparation de la presse. on attendait la paie du lait qui est tombee hier. je fais le virement vendredi sans faute
Sebastien
GAEC des 3 chenes"""),

    dict(id="s8fra002", country="FR", date="2026-12-08T06:12", fmt="apple", stage="second_reminder", ago=1,
         inv="FA-2026-2984", amt="618,00", due="2026-11-10",
         frm="Boulangerie Caradec <boulangerie.caradec@orange.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer sent 'hier soir'; reply dated Tuesday 8 Dec, so paid on 7 Dec.",
         body="""Bonjour,

Le virement est parti hier soir depuis notre compte pro, vous devriez le voir d'ici demain. Désolée pour le retard, en décembre c'est la course ici avec les commandes de bûches.

Bonne journée
Émilie Caradec
Boulangerie Caradec – Segré

Envoyé de mon iPhone"""),

    dict(id="s8fra003", country="FR", date="2026-12-15T23:31", fmt="gmail", stage="firm", ago=3,
         inv="FA-2026-2871", amt="1 946,40", due="2026-11-05",
         frm="Karim Belhadj <lecomptoirdeshalles49@gmail.com>",
         intent="dispute",
         note="Refuses to pay the cold-room repair until it is fixed properly; angry.",
         body="""Vous êtes sérieux ?? Troisième relance avec des pénalités en plus ?

Votre technicien est venu en octobre changer le compresseur de la chambre froide positive, 1946 euros. Quinze jours après elle ne descendait plus en dessous de 9 degrés, j'ai jeté pour presque 800 euros de marchandise et j'ai dû louer un camion frigo pour tenir le week-end. J'ai appelé votre SAV trois fois, on m'a dit qu'on me rappellerait, personne n'a jamais rappelé.

Je ne paierai pas un euro tant que quelqu'un n'est pas venu réparer correctement, et je compte bien vous demander le remboursement de la marchandise perdue.

Arrêtez vos relances automatiques et faites-moi appeler par un responsable, pas par un robot.

Karim Belhadj
Le Comptoir des Halles – Angers
06 71 48 22 95"""),

    dict(id="s8fra004", country="FR", date="2026-12-18T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-3012", amt="4 320,00", due="2026-12-15",
         frm="Martine Gaudin <comptabilite@cave-coteaux-layon.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away until Sunday 3 Jan inclusive; first working day back is Monday 4 Jan.",
         body="""Bonjour,

Je suis absente du vendredi 18 décembre au dimanche 3 janvier inclus. Pendant cette période, les factures fournisseurs ne seront pas traitées.

Pour toute urgence, vous pouvez joindre l'accueil de la cave au 02 41 78 33 10.

Bonnes fêtes de fin d'année,

Martine Gaudin
Service comptabilité
Cave coopérative des Coteaux du Layon"""),

    dict(id="s8fra005", country="FR", date="2027-01-06T14:20", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-2026-3255", amt="7 860,00", due="2026-12-31",
         frm="Pharmacie du Marché <contact@pharmaciedumarche-bauge.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Payment by transfer on Friday 15 January, in their supplier payment run.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FA-2026-3255, correspondant au solde des travaux d'agencement de notre officine.

Cette facture a bien été validée après la levée des dernières réserves. Son règlement interviendra par virement le vendredi 15 janvier, conformément à notre cycle de paiement des fournisseurs, qui a lieu deux fois par mois.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Dr Hélène Roussel
Pharmacien titulaire
SELARL Pharmacie du Marché
3 place de l'Europe – 49150 Baugé-en-Anjou
Tél. 02 41 89 04 57

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci de le signaler à l'expéditeur et de le supprimer."""),

    dict(id="s8fra006", country="FR", date="2026-12-09T11:05", fmt="outlook", stage="heads_up", ago=2,
         inv="FA-2026-3188", amt="2 412,00", due="2026-12-20",
         frm="Laura Mesnil <l.mesnil@valdeloire-immobilier.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF with their purchase-order number before paying.",
         body="""Bonjour,

Nous n'avons jamais reçu cette facture, seulement ce rappel. Pourriez-vous nous la renvoyer en PDF en y faisant figurer notre numéro de bon de commande (BC-0457, pour les vitrines d'affichage lumineuses) ?

Notre siège refuse les factures qui n'ont pas de référence de commande, je ne peux donc pas la faire passer en l'état. Dès que je l'ai, je la transmets au service comptable.

Merci d'avance,

Laura Mesnil
Assistante de direction
Val de Loire Immobilier – Agence de Saumur
12 quai Mayaud, 49400 Saumur
02 41 51 27 64"""),

    dict(id="s8fra007", country="FR", date="2026-12-11T20:15", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-2902", amt="5 730,80", due="2026-11-15",
         frm="Thomas Renou <earl.renou.pichonniere@gmail.com>",
         intent="plan_request",
         note="Young farmer asks to pay the tractor gearbox repair in 4 or 5 instalments; no date committed.",
         body="""Bonsoir,

Je me permets de vous répondre directement. Je suis installé depuis un an et demi et la réparation de la boîte du tracteur tombe vraiment mal : on a eu la sécheresse cet été et les broutards sont partis bien moins cher que prévu. Je ne peux pas sortir 5 700 euros d'un coup.

Est-ce qu'il serait possible de payer en plusieurs fois ? Je pensais à 4 ou 5 mensualités, mais je suis ouvert à ce que vous me proposerez. Je préfère être honnête avec vous plutôt que de laisser traîner.

Merci d'avance,
Thomas Renou
EARL Renou – La Pichonnière
06 32 17 80 44"""),

    dict(id="s8fra008", country="FR", date="2026-12-17T10:40", fmt="none", stage="reminder", ago=4,
         inv="FA-2026-3049", amt="389,00", due="2026-11-30",
         frm="jeanine.pellerin@laposte.net",
         intent="paid", paid_on="2026-12-14",
         note="Elderly customer: cheque posted 'lundi'; reply dated Thursday 17 Dec, so Monday 14 Dec.",
         body="""Bonjour Madame, Monsieur

Je vous ai envoyé le chèque lundi par la poste, 389 euros pour la révision de la tondeuse autoportée. Je l'ai mis à l'adresse de Châteauneuf comme c'est marqué sur la facture. Mon mari s'occupait de ces choses là avant, excusez moi si j'ai un peu tardé.

Je vous remercie

Mme Jeanine Pellerin
La Touche
49220 Thorigné d'Anjou"""),

    dict(id="s8fra009", country="FR", date="2027-01-12T15:30", fmt="html_outlook", stage="final_notice", ago=4,
         inv="FA-2026-2715", amt="12 480,00", due="2026-10-20",
         frm="Direction UPA <direction@usinage-precis-anjou.fr>",
         intent="other",
         note="Receivership opened; they may not pay pre-judgment debts; the firm must file its claim with the mandataire.",
         body="""Madame, Monsieur,

Nous faisons suite à votre courriel concernant la facture FA-2026-2715.

Nous vous informons que, par jugement du 5 janvier 2027, le tribunal de commerce d'Angers a ouvert une procédure de redressement judiciaire à l'égard de notre société. Conformément à la loi, il nous est interdit de régler les créances nées avant ce jugement.

Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné, la SELARL Gauthier & Associés, 18 boulevard Foch, 49100 Angers, dans le délai de deux mois à compter de la publication du jugement au BODACC.

Nous regrettons cette situation et vous remercions de votre compréhension.

Philippe Chauvin
Président
Usinage Précis de l'Anjou SAS
ZI Angers-Beaucouzé – 49070 Beaucouzé
Tél. 02 41 48 66 20"""),

    dict(id="s8fra010", country="FR", date="2026-12-14T09:03", fmt="bounce", stage="reminder",
         inv="FA-2026-3120", amt="864,00", due="2026-11-25",
         rcpt="boucherie.lemaitre@wanadoo.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <boucherie.lemaitre@wanadoo.fr>: Recipient address rejected: User unknown",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     boucherie.lemaitre@wanadoo.fr

Technical details of permanent failure:
The recipient's mail server rejected the message: 550 5.1.1 <boucherie.lemaitre@wanadoo.fr>: Recipient address rejected: User unknown"""),
    dict(id="s8fra011", country="FR", date="2026-12-21T17:10", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA-2026-3066", amt="3 215,00", due="2026-11-30",
         frm="Bonnefoy Traiteur <contact@bonnefoy-traiteur.fr>",
         intent="promise",
         note="Will pay 'après les fêtes': a promise with no single day.",
         body="""Bonjour,

On est en plein dans les repas de Noël et de la Saint-Sylvestre, je n'ai vraiment pas le temps de m'en occuper cette semaine. Je vous règle ça après les fêtes, promis, dès qu'on aura encaissé les prestations de fin d'année.

Cordialement,

Julien Bonnefoy
Bonnefoy Traiteur – Réceptions & événements
06 85 12 39 70"""),

    dict(id="s8fra012", country="FR", date="2026-12-10T10:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-2026-2950", amt="3 648,00", due="2026-11-30",
         frm="Sandrine Lefebvre <s.lefebvre@chaudronnerie-maugeais.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer made on 08/12/2026 per the accounts-payable reply.",
         body="""Bonjour,

Le règlement de la facture citée en objet a été effectué par virement SEPA le 08/12/2026 (référence de l'opération : VIR2026-0448).

Le montant de 3 648,00 € devrait apparaître sur votre compte sous 48 heures.

Cordialement,

Sandrine Lefebvre
Comptabilité fournisseurs
Chaudronnerie Maugeais SAS
Rue de l'Industrie – 49500 Segré-en-Anjou Bleu
Tél. : 02 41 92 15 03"""),

    dict(id="s8fra013", country="FR", date="2027-01-05T09:40", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-3301", amt="1 150,00", due="2026-12-31",
         frm="Marc Vasseur <marc@brasserie-leralliement.fr>",
         intent="contact_change", new_email="claire.vasseur@brasserie-leralliement.fr",
         note="Asks that invoices and reminders go to his partner Claire from now on.",
         body="""Bonjour,

Je ne m'occupe plus de la partie administrative depuis le 1er janvier, c'est mon associée Claire qui a repris. Merci d'envoyer dorénavant les factures et les relances à claire.vasseur@brasserie-leralliement.fr, elle fera le nécessaire.

Bonne année à toute l'équipe,
Marc"""),

    dict(id="s8fra014", country="FR", date="2026-12-16T14:55", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA-2026-2998", amt="9 420,00", due="2026-11-20",
         frm="Pascal Hardouin <boucherie.hardouin@wanadoo.fr>",
         intent="bank_details",
         note="Received an email announcing a new IBAN abroad; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de faire le virement pour la vitrine réfrigérée, je voudrais une confirmation de votre part.

Nous avons reçu début décembre un mail soi-disant de votre service comptable nous annonçant un changement de banque, avec un nouvel IBAN qui commence par LT (Lituanie). Ça me paraît très bizarre, vous avez toujours été au Crédit Mutuel.

Pouvez-vous me confirmer par téléphone quelles sont vos vraies coordonnées bancaires ? Je ne veux pas payer un escroc et me retrouver à vous devoir encore la somme.

Cordialement,

Pascal Hardouin
Boucherie Hardouin
14 rue Nationale – 49160 Longué-Jumelles
06 12 84 57 30"""),

    dict(id="s8fra015", country="FR", date="2027-01-08T18:05", fmt="gmail", stage="firm", ago=3,
         inv="FA-2026-3070", amt="2 760,00", due="2026-12-05",
         frm="Bernard Tessier <domaine.tessier@free.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier au plus tard' = 31 January; 'vers le 20' is when their own money arrives, not the promise.",
         body="""Bonjour,

Excusez le retard. On attend le versement de l'acompte de la coopérative sur la récolte, qui arrive normalement vers le 20. Vous serez payés fin janvier au plus tard, je m'y engage.

Si vous pouviez éviter les pénalités ce serait sympa, ça fait quinze ans qu'on achète et qu'on fait entretenir notre matériel chez vous.

Cordialement,
Bernard Tessier
Domaine Tessier – Rablay-sur-Layon"""),

    dict(id="s8fra016", country="FR", date="2026-12-09T13:50", fmt="tb", stage="reminder", ago=1,
         inv="FA-2026-3015", amt="1 290,00", due="2026-12-01",
         frm="Nathalie Guérin <boucherie.guerin@orange.fr>",
         intent="dispute",
         note="Invoice is for a slicer that was returned; a credit note was agreed and never issued.",
         body="""Bonjour,

Cette facture correspond à la trancheuse que nous vous avons rendue le 23 novembre : elle ne convenait pas (lame de 300 mm livrée alors que nous avions commandé une lame de 350). Votre commercial, M. Drouet, était d'accord pour la reprendre et nous faire un avoir.

Je n'ai toujours pas reçu cet avoir et voilà que je reçois une relance. Merci de faire le nécessaire pour annuler cette facture, nous ne la réglerons pas.

Cordialement,

Nathalie Guérin
Boucherie-Charcuterie Guérin
Le Lion-d'Angers"""),

    dict(id="s8fra017", country="FR", loc="GB", date="2026-12-22T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-3199", amt="1 480,00", due="2026-12-15",
         frm="Gillian Hartley <stay@oldmill-anjou.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="English auto-reply from a British B&B owner; back Monday 11 January.",
         body="""Thank you for your email.

The Old Mill is closed for the winter break and I am in the UK until 10 January with limited access to email. I will reply to your message when I am back on Monday 11 January.

For anything urgent, please call +44 7700 900418.

Kind regards,
Gillian Hartley
The Old Mill B&B – Montreuil-Bellay"""),

    dict(id="s8fra018", country="FR", date="2026-12-28T11:20", fmt="apple", stage="repeat", ago=3,
         inv="FA-2026-2833", amt="245,00", due="2026-10-31",
         frm="Gérard Fouquet <gerard.fouquet49@sfr.fr>",
         intent="unsubscribe",
         note="Demands to be removed from the automatic reminder emails; says nothing about paying.",
         body="""Ça fait la quatrième fois que je reçois ce mail.

ARRÊTEZ de m'envoyer vos relances automatiques, je ne veux plus recevoir ces mails, retirez mon adresse de votre liste. Si vous avez quelque chose à me dire vous m'appelez ou vous m'écrivez par courrier comme avant, j'ai 74 ans je ne passe pas mes journées devant l'ordinateur.

G. Fouquet

Envoyé de mon iPhone"""),

    dict(id="s8fra019", country="FR", date="2027-01-04T16:45", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA-2026-3140", amt="6 480,00", due="2026-12-10",
         frm="Yann Le Goff <lecellier.restaurant@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Partial payment of 3 000 EUR sent this morning; the balance has no date, so the act to record is the payment.",
         body="""Bonjour,

J'ai fait un virement de 3 000 € ce matin pour la facture FA-2026-3140 (piano de cuisson + hotte). Le reste suivra dès que la trésorerie le permettra, janvier est toujours un mois creux pour nous après les fêtes.

Je reste joignable si besoin.

Cordialement,
Yann Le Goff
Restaurant Le Cellier – Saumur"""),

    dict(id="s8fra020", country="FR", date="2027-01-13T08:30", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FA-2026-3342", amt="845,50", due="2026-12-31",
         frm="Sophie Marchand <sophie@delices-de-sophie.fr>",
         intent="promise", promise_date="2027-01-20",
         note="'le 20', written on 13 January: 20 January.",
         body="""Bonjour,

Bien reçu. Je règle la facture le 20, c'est le jour où je fais tous mes paiements fournisseurs.

Merci de votre patience,

Sophie Marchand
Les Délices de Sophie – Traiteur
Chalonnes-sur-Loire"""),
    dict(id="s8fra021", country="FR", date="2026-12-11T12:15", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-3087", amt="1 734,00", due="2026-11-30",
         frm="Aurélie Morin <aurelie.morin.44@gmail.com>",
         intent="other",
         note="Wrong recipient: says she has never been a customer, probably a namesake.",
         body="""Bonjour,

Je pense qu'il y a une erreur : je ne suis pas cliente chez vous et je n'ai jamais rien acheté chez Berthelin. Je m'appelle bien Aurélie Morin mais je suis infirmière à Nantes, je n'ai ni restaurant ni exploitation. Vous confondez sûrement avec quelqu'un d'autre.

Merci de vérifier et de corriger votre fichier.

Aurélie Morin"""),

    dict(id="s8fra022", country="FR", date="2026-12-19T10:05", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-3160", amt="312,00", due="2026-12-10",
         frm="Kevin Lamy <laroulotteaburgers@icloud.com>",
         intent="paid", paid_on="2026-12-19",
         note="Paid by card through the link 'ce matin' (Saturday 19 Dec).",
         body="""c bon jai payé par CB sur votre lien ce matin 👍 dsl javais zappé avec les marchés de noel
Kevin

Envoyé de mon iPhone"""),

    dict(id="s8fra023", country="FR", date="2026-12-14T19:40", fmt="tb", stage="second_reminder", ago=3,
         inv="FA-2026-2940", amt="18 600,00", due="2026-11-25",
         frm="GAEC de la Brosse <gaec.delabrosse@wanadoo.fr>",
         intent="copy_request",
         note="Needs a detailed invoice with the machine's serial number for the bank loan and the grant file before paying.",
         body="""Bonjour,

Nous avons bien la facture de la faucheuse conditionneuse mais elle ne comporte ni le numéro de série de la machine ni le détail hors taxes par élément (faucheuse, option conditionneur à rouleaux, mise en route). Notre banque en a besoin pour débloquer le prêt matériel, et la DDT aussi pour le dossier de subvention.

Pouvez-vous nous renvoyer une facture détaillée avec le numéro de série ? Le paiement sera fait dès que la banque aura débloqué les fonds.

Pour le GAEC,
Chantal Brochard
La Brosse – 53200 Château-Gontier-sur-Mayenne
02 43 07 21 58"""),

    dict(id="s8fra024", country="FR", date="2027-01-07T11:30", fmt="html_outlook", stage="reminder", ago=2,
         inv=[("FA-2026-3208", "5 964,00", "2026-12-20"), ("FA-2026-3231", "1 122,00", "2026-12-28")],
         frm="Service administratif <administratif@vignerons-puynotredame.fr>",
         intent="promise", promise_date="2027-01-22",
         note="Board meets Thursday 21 Jan; both invoices paid by transfer on Friday 22 Jan.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre relance concernant les factures FA-2026-3208 (pressoir – révision annuelle) et FA-2026-3231 (pompe de soutirage).

Comme chaque année en janvier, les règlements fournisseurs d'un montant supérieur à 5 000 € doivent être validés par le conseil d'administration, qui se réunit le jeudi 21 janvier. Les deux factures seront réglées ensemble par virement le vendredi 22 janvier.

Nous vous prions de bien vouloir nous excuser pour ce délai.

Cordialement,

Isabelle Mercier
Responsable administrative et financière
Cave des Vignerons du Puy-Notre-Dame
Route de Saumur – 49260 Le Puy-Notre-Dame
Tél. 02 41 52 26 71"""),

    dict(id="s8fra025", country="FR", date="2026-12-22T15:10", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA-2026-3096", amt="4 536,00", due="2026-12-05",
         frm="Céline Arnaud <celine@lecomptoirdesvins-angers.fr>",
         intent="dispute",
         note="Billed 12 shelving units, only 10 installed as per the quote; will not pay until corrected.",
         body="""Bonjour,

Je ne peux pas régler cette facture en l'état. Vous nous facturez 12 éléments de linéaire bois (réf. LIN-90) alors que le devis signé en portait 10 et que c'est bien 10 qui ont été posés dans la boutique, vous pouvez venir compter. Il y a donc 2 x 378 € HT en trop, plus la TVA.

Merci de nous envoyer une facture rectifiée (ou un avoir pour la différence). Nous paierons dès réception du document corrigé.

Bien cordialement,

Céline Arnaud
Le Comptoir des Vins – Cave & épicerie fine
27 rue Saint-Laud, 49100 Angers
02 41 87 45 19"""),

    dict(id="s8fra026", country="FR", date="2027-01-04T09:05", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-3277", amt="2 090,00", due="2026-12-20",
         frm="Auberge du Moulin <auberge.dumoulin@orange.fr>",
         intent="out_of_office", return_date="2027-01-13",
         note="Closed until Tuesday 12 January inclusive; reopens Wednesday 13 January.",
         body="""Bonjour,

Le restaurant est fermé pour congés annuels jusqu'au mardi 12 janvier inclus. Réouverture le mercredi 13 janvier à midi.

Vos messages seront lus à notre retour. Pour les réservations, merci de rappeler à partir de cette date.

L'équipe de l'Auberge du Moulin"""),

    dict(id="s8fra027", country="FR", date="2027-01-15T14:10", fmt="gmail", stage="final_notice", ago=3,
         inv="FA-2026-3025", amt="7 240,00", due="2026-11-30",
         frm="Valérie Jamet <boulangeriejamet@gmail.com>",
         intent="plan_request",
         note="Asks to spread the oven repair over several months; no date or amount committed.",
         body="""Bonjour,

Je ne fais pas la morte, j'ai bien reçu vos relances. Mon mari a eu un accident de voiture fin novembre, il est arrêté jusqu'à mars et j'ai dû prendre un ouvrier en plus pour tenir le fournil. Les fêtes ont bien marché mais tout est parti en salaires et en farine.

Est-ce qu'il serait possible d'étaler le paiement de la réparation du four sur plusieurs mois ? Je peux vous faire des chèques ou des virements tous les mois, dites-moi ce que vous pouvez accepter. Je ne veux surtout pas que ça parte au contentieux.

Merci de votre compréhension,
Valérie Jamet
Boulangerie-Pâtisserie Jamet – Baugé"""),

    dict(id="s8fra028", country="FR", date="2026-12-08T15:45", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-3034", amt="1 866,00", due="2026-11-30",
         frm="Accueil Menuiserie Gaborit <accueil@menuiserie-gaborit.fr>",
         intent="paid", paid_on="2026-12-03",
         note="Assistant forwards the manager's answer: transfer made on 3 December.",
         body="""Bonjour,

Voici la réponse de M. Gaborit à votre relance, ci-dessous.

Bonne fin de journée,
Anaïs – accueil

-----Message d'origine-----
De : Olivier Gaborit
Envoyé : mardi 8 décembre 2026 15:12
À : Accueil
Objet : RE: Relance facture Berthelin

Anaïs, tu peux leur répondre que c'est réglé, j'ai fait le virement le 3 décembre avec les autres fournisseurs. Ça a dû se croiser.
Olivier"""),

    dict(id="s8fra029", country="FR", date="2027-01-19T12:30", fmt="apple", stage="firm", ago=5,
         inv="FA-2026-3289", amt="980,00", due="2026-12-31",
         frm="ETA Rousseau <eta.rousseau@wanadoo.fr>",
         intent="promise",
         note="'normalement c'est réglé la semaine prochaine': a window, no single day.",
         body="""Bonjour,

J'ai transmis votre facture à ma comptable, c'est elle qui fait les virements. Normalement c'est réglé la semaine prochaine, je lui ai demandé de ne pas l'oublier cette fois.

Désolé pour le retard.

Cordialement,
Denis Rousseau
ETA Rousseau – Travaux agricoles
06 07 55 31 82"""),

    dict(id="s8fra030", country="FR", date="2027-01-11T10:00", fmt="outlook", stage="heads_up", ago=3,
         inv="FA-2027-0012", amt="420,00", due="2027-01-15",
         frm="Hôtel-Restaurant Le Lion d'Or <direction@liondor-durtal.fr>",
         intent="bank_details",
         note="Announces its own new bank account for the maintenance-contract direct debit.",
         body="""Bonjour,

Suite à notre changement de banque au 1er janvier, merci de prélever désormais le contrat d'entretien de la cuisine sur notre nouveau compte :

Titulaire : SARL Le Lion d'Or
IBAN : FR76 1380 7000 4731 9218 6650 412
BIC : CCBPFRPPNAN

L'ancien compte au Crédit Agricole sera clôturé fin janvier. Pouvez-vous mettre à jour le mandat de prélèvement avant la prochaine échéance et me confirmer que c'est fait ?

Cordialement,

François Lemoine
Gérant
Hôtel-Restaurant Le Lion d'Or
5 place de la Mairie – 49430 Durtal
02 41 76 30 22"""),
    dict(id="s8fra031", country="FR", date="2027-01-26T07:12", fmt="apple", stage="second_reminder", ago=1,
         inv="FA-2026-3318", amt="1 560,00", due="2026-12-31",
         frm="Lucas Besnard <lucas.besnard@icloud.com>",
         intent="promise", promise_date="2027-01-29",
         note="Very short; 'vendredi' from Tuesday 26 January = Friday 29 January.",
         body="""Ok vendredi

Envoyé de mon iPhone"""),

    dict(id="s8fra032", country="FR", date="2026-12-07T17:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-2891", amt="455,00", due="2026-11-15",
         frm="Crêperie La Bigoudène <creperie.labigoudene@gmail.com>",
         intent="paid", paid_on="2026-12-02",
         note="Cheque handed to the technician on Wednesday 2 December.",
         body="""Bonjour,

J'ai remis un chèque de 455 € à votre technicien, Ludovic, quand il est passé pour le lave-vaisselle le mercredi 2 décembre. Il a dû le ramener à l'atelier et il est peut-être resté dans sa camionnette.

Vérifiez de votre côté avant de me relancer s'il vous plaît.

Cordialement,
Hervé Le Bihan
Crêperie La Bigoudène – Angers"""),

    dict(id="s8fra033", country="FR", date="2027-01-14T21:20", fmt="gmail", stage="formal_notice", ago=2,
         inv="FA-2026-2760", amt="11 380,20", due="2026-10-31",
         frm="SCEA Boisseau <scea.boisseau@orange.fr>",
         intent="dispute",
         note="Contests the labour hours and a part he supplied himself; will pay only parts and 20 hours.",
         body="""Mise en demeure ?? vous vous foutez de qui

38 heures de main d oeuvre pour changer un rotor de batteur sur la moissoneuse, votre chef d atelier m avait annoncé 20h maxi au telephone avant de commencer. Et vous me facturez la courroie que j avais fournie moi meme !!

Je paie les pieces (sauf la courroie) et 20 heures, pas un centime de plus. Envoyez moi une facture corrigée. Si vous voulez aller au tribunal allez y, j ai gardé les SMS de votre gars.

Jean-Luc Boisseau
SCEA Boisseau"""),

    dict(id="s8fra034", country="FR", date="2026-12-08T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-3001", amt="2 280,00", due="2026-11-30",
         frm="Élodie Parent <e.parent@anjou-habitat-conseil.fr>",
         intent="out_of_office", return_date="2027-03-01",
         note="Maternity leave until Friday 26 February 2027 inclusive; back Monday 1 March.",
         subj_prefix="Absence du bureau : ",
         body="""Bonjour,

Je suis actuellement en congé maternité jusqu'au 26 février 2027 inclus.

Pour toute question relative à la comptabilité ou aux factures fournisseurs, merci de contacter Romain Blanchet : r.blanchet@anjou-habitat-conseil.fr – 02 41 24 60 18.

Cordialement,

Élodie Parent
Assistante comptable
Anjou Habitat Conseil – Transactions & gestion locative"""),

    dict(id="s8fra035", country="FR", date="2026-12-17T16:20", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA-2026-3109", amt="3 090,00", due="2026-11-30",
         frm="Atelier Mécanique Poirier <atelier.amp49@gmail.com>",
         intent="contact_change", new_email="compta.amp@orange.fr",
         note="This address is the workshop's; billing mail must go to Mme Poirier at compta.amp@orange.fr.",
         body="""Bonjour,

Cette adresse c'est celle de l'atelier, personne ne lit les mails ici à part moi de temps en temps. Pour la facturation il faut écrire à Mme Poirier : compta.amp@orange.fr

Je lui fais suivre celui-ci, mais pour les prochaines c'est directement à elle qu'il faut envoyer.

Merci
Alain
Atelier Mécanique Poirier – Tôlerie, usinage, soudure"""),

    dict(id="s8fra036", country="FR", date="2026-12-23T10:45", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-3172", amt="640,80", due="2026-12-15",
         frm="Pharmacie des Tilleuls <pharmacie.tilleuls@offisecure.fr>",
         intent="other",
         note="Passed to their accounting firm, which will get back to the creditor; no payment statement.",
         body="""Bonjour,

Nous avons transmis votre message à notre cabinet d'expertise comptable, qui gère le règlement de nos fournisseurs. Ils reviendront vers vous directement.

Cordialement,

L'équipe de la Pharmacie des Tilleuls
8 avenue du Général de Gaulle – 49300 Cholet
Tél. 02 41 62 11 08 – Fax 02 41 62 11 09"""),

    dict(id="s8fra037", country="FR", date="2027-01-21T09:30", fmt="tb", stage="heads_up", ago=2,
         inv="FA-2027-0038", amt="96,00", due="2027-01-31",
         frm="Monique Dubreuil <monique.dubreuil@free.fr>",
         intent="unsubscribe",
         note="Pays by direct debit; politely asks to be taken off the automatic reminder mailings.",
         body="""Bonjour,

Je paie toutes vos factures par prélèvement automatique depuis des années, ces rappels d'échéance ne me servent donc à rien et me font peur à chaque fois que je les vois arriver.

Pourriez-vous me désinscrire de ces envois automatiques ? Je continuerai à recevoir les factures normalement, c'est très bien comme ça.

Merci et bonne journée,
Monique Dubreuil"""),

    dict(id="s8fra038", country="FR", loc="GB", date="2027-01-12T19:05", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-3262", amt="2 650,00", due="2026-12-31",
         frm="Richard Ashworth <r.ashworth1958@btinternet.com>",
         intent="promise", promise_date="2027-01-18",
         note="British customer writing in English: 'on the 18th' = 18 January.",
         body="""Hello,

Sorry about this, we've been back in England for Christmas and only got home to Doué yesterday.

I'll transfer the money on the 18th when my pension goes in – our French account is a bit low at the moment after the holidays.

Best wishes,
Richard Ashworth"""),

    dict(id="s8fra039", country="FR", date="2026-12-14T08:50", fmt="tb", stage="reminder", ago=3,
         inv=[("FA-2026-3041", "728,40", "2026-11-30"), ("FA-2026-3078", "1 302,00", "2026-12-05")],
         frm="Jérôme Corbin <j.corbin@atelier-corbin.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Both invoices paid by one transfer issued on 11/12.",
         body="""Bonjour,

Les deux factures ont été réglées par un seul virement de 2 030,40 € émis le 11/12 (libellé : ATELIER CORBIN FACT 3041 3078). Merci de vérifier sur vos relevés et de ne pas tenir compte de la relance.

Cordialement,

--
Jérôme Corbin
Atelier Corbin – Mécanique de précision
ZA des Landes, 49610 Mûrs-Érigné
02 41 57 90 36"""),

    dict(id="s8fra040", country="FR", date="2027-01-18T11:15", fmt="html_gmail", stage="firm", ago=5,
         inv=[("FA-2026-2967", "1 240,00", "2026-11-20"), ("FA-2026-3117", "586,00", "2026-12-10"),
              ("FA-2026-3250", "2 318,00", "2026-12-31")],
         frm="Anne-Laure Perrin <contact@perrin-receptions.fr>",
         intent="copy_request",
         note="Asks for a full statement of account before paying, to reconcile deposits and a credit note.",
         body="""Bonjour,

Je m'y perds un peu entre vos factures, les acomptes que nous avons versés à la commande de la cellule de refroidissement et l'avoir que vous nous aviez fait en novembre.

Pourriez-vous m'envoyer un relevé de compte complet, avec les factures, les acomptes et les avoirs, avant que je fasse le virement ? Je veux être sûre de vous payer le bon montant, pas plus, pas moins.

Merci d'avance,
Anne-Laure Perrin
Perrin Réceptions – Traiteur
06 62 40 18 93"""),
    dict(id="s8fra041", country="FR", date="2026-12-29T14:00", fmt="html_outlook", stage="second_reminder", ago=6,
         inv=[("FA-2026-3084", "2 946,00", "2026-11-30"), ("FA-2026-3163", "890,00", "2026-12-15")],
         frm="Nicolas Fleury <n.fleury@plasturgie-ligerienne.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Both invoices to be paid together on Friday 8 January, when the offices reopen.",
         body="""Bonjour,

Nos bureaux sont fermés entre Noël et le jour de l'An, je passe seulement vérifier les mails urgents.

Les deux factures (FA-2026-3084 pour la maintenance du compresseur et FA-2026-3163 pour les pièces) sont validées de notre côté. Elles seront réglées ensemble par virement le vendredi 8 janvier, à la reprise de la comptabilité.

Bonne fin d'année,

Nicolas Fleury
Responsable maintenance
Plasturgie Ligérienne SAS
Parc d'activités de l'Écuyère – 49600 Beaupréau-en-Mauges
Tél. 02 41 63 77 05 – Port. 06 48 91 26 37

Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s8fra042", country="FR", date="2026-12-24T09:40", fmt="html_gmail", stage="reminder", ago=3,
         inv="FA-2026-3151", amt="1 374,00", due="2026-12-10",
         frm="Maison Chevalier <maison.chevalier.boucherie@gmail.com>",
         intent="paid", paid_on="2026-12-23",
         note="'virement fait hier', written on 24 December: paid 23 December.",
         body="""Bonjour,

Virement fait hier pour la facture du hachoir, désolés pour le retard, on n'a pas vu passer le mois de décembre.

Joyeuses fêtes à toute l'équipe et merci pour le dépannage express de la vitrine la semaine dernière !

Stéphanie et David Chevalier
Maison Chevalier – Boucherie, charcuterie, traiteur"""),

    dict(id="s8fra043", country="FR", date="2026-12-16T20:50", fmt="gmail", stage="reminder", ago=2,
         inv="FA-2026-3131", amt="1 412,00", due="2026-12-05",
         frm="Pierrick Gilbert <gaec.hautbourg@gmail.com>",
         intent="promise",
         note="'debut janvier': a window, no single day.",
         body="""bonsoir
pas possible avant debut janvier, on a les annuites de pret qui tombent fin decembre et le compte est a sec. je vous fais ca debut janvier c est sur
cdt
Pierrick
GAEC du Haut Bourg"""),

    dict(id="s8fra044", country="FR", date="2027-01-22T15:00", fmt="none", stage="firm", ago=4,
         inv="FA-2026-3214", amt="1 180,00", due="2026-12-20",
         frm="Roger Maillard <roger.maillard@orange.fr>",
         intent="plan_request",
         note="Retired customer asks to pay in several instalments, leaving the terms to the firm.",
         body="""Messieurs,

J'ai bien reçu votre dernière lettre concernant la réparation de mon micro-tracteur.

Je suis retraité agricole et ma pension ne me permet pas de régler la somme de 1 180 euros en une seule fois, surtout après les dépenses de fin d'année et la taxe foncière que je n'ai pas fini de payer.

Accepteriez-vous que je vous règle cette facture en plusieurs fois ? Je vous laisse me dire combien de mensualités vous pouvez m'accorder. Je suis client chez vous depuis l'époque de M. Berthelin père et j'ai toujours payé.

Je vous prie d'agréer, Messieurs, mes salutations distinguées.

Roger Maillard
Le Petit Verger
49125 Tiercé"""),

    dict(id="s8fra045", country="FR", date="2026-12-28T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-3225", amt="1 548,00", due="2026-12-20",
         frm="Immobilière des Mauges <contact@immo-desmauges.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Agency closed until 4 January inclusive; reopens Tuesday 5 January.",
         body="""Bonjour et merci pour votre message.

Notre agence est fermée du jeudi 24 décembre au lundi 4 janvier inclus. Réouverture le mardi 5 janvier à 9h30.

Pour une urgence concernant un bien en gestion, vous pouvez contacter notre astreinte au 06 09 72 44 81.

Toute l'équipe de l'Immobilière des Mauges vous souhaite de belles fêtes."""),

    dict(id="s8fra046", country="FR", date="2027-01-07T12:40", fmt="apple", stage="final_notice", ago=2,
         inv="FA-2026-3019", amt="702,00", due="2026-11-30",
         frm="Pizzeria Da Salvo <dasalvo.pizzeria@sfr.fr>",
         intent="promise", promise_date="2027-01-11",
         note="Angry, but commits: 'lundi' from Thursday 7 January = Monday 11 January.",
         body="""Pas besoin de me menacer de contentieux pour 700 euros, ça fait 12 ans que j'achète mon matériel chez vous.

Vous l'aurez votre argent lundi. Et la prochaine fois appelez-moi au lieu de m'envoyer vos lettres types, mon numéro vous l'avez.

Salvatore

Envoyé de mon iPhone"""),

    dict(id="s8fra047", country="FR", date="2026-12-30T11:00", fmt="gmail", stage="second_reminder", ago=8,
         inv="FA-2026-3006", amt="2 870,00", due="2026-11-20",
         frm="Frédéric Lebrun <fred.lebrun72@gmail.com>",
         intent="other",
         note="Debtor has died; the son refers the firm to the notary handling the estate.",
         body="""Bonjour,

Je vous réponds à la place de mon père, André Lebrun, qui est décédé le 4 décembre. Je n'ai trouvé vos mails qu'en fouillant sa boîte ces jours-ci.

La facture concerne la réparation de son tracteur, je ne la conteste pas, mais je ne peux rien payer moi-même sur son compte, qui est bloqué. La succession est gérée par Maître Hélène Guillot, notaire à Segré (étude Guillot & Poulain, 02 41 92 08 77). Je vous invite à lui adresser votre facture pour qu'elle soit prise en compte.

Cordialement,
Frédéric Lebrun"""),

    dict(id="s8fra048", country="FR", date="2027-01-25T10:30", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA-2027-0049", amt="14 952,00", due="2027-01-20",
         frm="Guillaume Ferrand <g.ferrand@labellecour-restaurant.fr>",
         intent="dispute",
         note="Invoice exceeds the signed quote (unplanned commissioning fees); pays nothing until a corrected invoice.",
         body="""Bonjour,

Je reviens vers vous concernant la facture FA-2027-0049 relative à l'installation de notre nouvelle cuisine.

Le devis signé en octobre s'élevait à 11 800 € HT, installation comprise. La facture fait apparaître 12 460 € HT, avec une ligne « frais de mise en service et paramétrage » de 660 € HT qui n'a jamais été mentionnée, ni dans le devis ni lors du chantier.

Je ne réglerai pas cette facture tant qu'elle ne sera pas conforme au devis. Merci de m'adresser une facture rectifiée ; le règlement suivra dans la foulée.

Cordialement,

Guillaume Ferrand
Chef-propriétaire
La Belle Cour – Restaurant
4 rue de la Roë – 49100 Angers
02 41 20 58 64

Ce courriel et ses pièces jointes peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s8fra049", country="FR", date="2027-01-08T16:00", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-3296", amt="219,00", due="2026-12-31",
         frm="Christophe Hamon <chris.hamon@laposte.net>",
         intent="paid", paid_on="2027-01-05",
         note="Direct debit taken on 5 January per the customer's bank statement.",
         body="""Bonjour,

Je ne comprends pas cette relance : la somme a été prélevée sur mon compte le 5 janvier, je vois bien la ligne BERTHELIN EQUIPEMENT 219,00 sur mon relevé en ligne.

Merci de vérifier de votre côté.

Cordialement,
Christophe Hamon"""),

    dict(id="s8fra050", country="FR", date="2026-12-09T09:55", fmt="outlook", stage="formal_notice", ago=1,
         inv="FA-2026-2794", amt="3 460,00", due="2026-10-25",
         frm="Fromagerie du Haut-Anjou <gestion@fromagerie-hautanjou.fr>",
         intent="promise", promise_date="2026-12-17",
         note="'sous huitaine' from Wednesday 9 December = Thursday 17 December.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure relative à la facture FA-2026-2794 (remplacement de l'évaporateur du hâloir).

Nous reconnaissons le retard, dû à un changement de logiciel comptable au cours de l'automne. Le règlement intégral vous sera adressé par virement sous huitaine.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Jean-Marc Viaud
Gérant
SARL Fromagerie du Haut-Anjou
La Chesnaie – 49220 Le Lion-d'Angers
02 41 95 33 70"""),
]
