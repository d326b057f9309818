"""Part fr_a: handwritten debtor replies (French), creditor Rouvière Thermique SARL (Nyons)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s7fra001", country="FR", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-0988", amt="1 146,00", due="2026-11-30",
         frm="Marc Pélissier <relaisdupontias@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Very short: pays Friday; reply sent Wednesday 9 December, so Friday 11 December.",
         body="""ok pour vendredi
Marc

Envoyé de mon iPhone"""),

    dict(id="s7fra002", country="FR", date="2026-12-08T07:12", fmt="tb", stage="second_reminder", ago=4,
         inv="FA-2026-0871", amt="2 318,40", due="2026-11-10",
         frm="GAEC des Trois Chênes <gaec.troischenes@wanadoo.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer made 'hier soir'; reply on Tuesday 8 December.",
         body="""Bonjour,

Le virement a été fait hier soir depuis notre compte au Crédit Agricole, vous devriez le voir arriver d'ici demain ou jeudi.

Cordialement,

Sylvie Arnaud
GAEC des Trois Chênes
Quartier les Blaches
26110 Vinsobres"""),

    dict(id="s7fra003", country="FR", date="2026-12-10T16:30", fmt="html_outlook", stage="firm", ago=1,
         inv="FA-2026-0802", amt="8 420,00", due="2026-10-31",
         frm="Gérard Fabre <direction@camping-lesoliviers.fr>",
         intent="dispute",
         note="Refuses to pay until the broken pool heat pump is repaired; also rejects the 40 € recovery fee.",
         body="""Monsieur,

Je reçois aujourd'hui votre « troisième relance » avec en prime des pénalités de retard. C'est un comble.

La pompe à chaleur de la piscine que vous nous avez installée fin septembre est en panne depuis le 20 octobre. J'ai appelé votre secrétariat quatre fois, votre technicien est passé une seule fois, il a dit qu'il fallait changer la carte électronique et depuis, plus rien. Pas de pièce, pas de date, pas de rappel.

Tant que l'installation ne fonctionne pas, je ne réglerai pas cette facture, et certainement pas les 40 € de frais de recouvrement. Faites intervenir quelqu'un et on en reparlera.

Gérard Fabre
Camping Les Oliviers ***
Route de Nyons – 26110 Mirabel-aux-Baronnies
Tél. 04 75 27 13 52 – Port. 06 81 44 20 97"""),

    dict(id="s7fra004", country="FR", date="2026-12-15T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-0962", amt="742,80", due="2026-12-01",
         frm="Hôtel Le Belvédère <contact@hotel-lebelvedere-vaison.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Annual closure until Sunday 10 January inclusive; back Monday 11 January.",
         body="""Bonjour,

L'hôtel est fermé pour congés annuels du lundi 14 décembre 2026 au dimanche 10 janvier 2027 inclus. Nous serons heureux de vous retrouver dès le lundi 11 janvier.

Les messages reçus pendant cette période seront traités à notre retour. Pour une réservation, vous pouvez utiliser notre site www.hotel-lebelvedere-vaison.fr.

Bonnes fêtes de fin d'année,
L'équipe du Belvédère"""),

    dict(id="s7fra005", country="FR", date="2026-12-10T12:18", fmt="apple", stage="reminder", ago=2,
         inv="FA-2026-0934", amt="684,00", due="2026-11-25",
         frm="Garage Roux <garage.roux26@orange.fr>",
         intent="promise", promise_date="2026-12-14",
         note="Phone-typed: will drop the cheque off on Monday 14 when collecting a part.",
         body="""bonjour

jai bien eu votre mail. je passe a nyons lundi 14 recuperer la piece du compresseur, je vous depose le cheque en meme temps

Garage Roux

Envoyé de mon iPhone"""),

    dict(id="s7fra006", country="FR", date="2026-12-11T11:40", fmt="outlook", stage="reminder", ago=3,
         inv="FA-2026-0915", amt="2 976,00", due="2026-11-20",
         frm="Élodie Chastel <gestion@latabledumoulin.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF and the job detail before paying ('dès réception' is conditional).",
         body="""Bonjour,

Nous n'avons pas reçu cette facture, ni par mail ni par courrier, et je ne la retrouve pas dans notre logiciel.

Pouvez-vous me la renvoyer en PDF à cette adresse, avec si possible le détail de l'intervention ? Il s'agit du remplacement du groupe de la chambre froide, je suppose. Je la mets en paiement dès réception.

Cordialement,

Élodie Chastel
Gérante – La Table du Moulin
5 place du Marché, 84110 Vaison-la-Romaine
04 90 36 28 71"""),

    dict(id="s7fra007", country="FR", date="2026-12-14T09:25", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-0950", amt="389,50", due="2026-12-05",
         frm="Jeanne Bouchet <jeanne.bouchet42@gmail.com>",
         intent="paid", paid_on="2026-12-12",
         note="Cheque posted 'samedi matin'; reply on Monday 14 December, so Saturday 12 December.",
         body="""Bonjour Madame, Monsieur,

Je vous informe que j'ai posté samedi matin un chèque de 389,50 € pour l'entretien de la chaudière, à l'ordre de Rouvière Thermique, avec le coupon de la facture. Il devrait vous parvenir dans la semaine.

Veuillez agréer mes salutations distinguées.

Jeanne Bouchet
12 chemin des Vignes
26110 Piégon"""),

    dict(id="s7fra008", country="FR", date="2026-12-14T20:55", fmt="tb", stage="final_notice", ago=4,
         inv="FA-2026-0655", amt="6 912,00", due="2026-09-30",
         frm="Pascal Reynaud <earl.reynaud.venterol@orange.fr>",
         intent="plan_request",
         note="Bad harvest year; asks to spread the payment in monthly transfers, no date committed.",
         body="""Bonjour,

Je me permets de répondre à votre dernier courrier. Je ne conteste pas la facture, le forage et le surpresseur fonctionnent très bien et votre équipe a fait du bon travail.

Le problème, c'est que l'année a été très mauvaise pour nous : la grêle de juin a abîmé une bonne partie des abricots et la coopérative ne nous paiera les olives qu'en février-mars. Je n'ai pas la trésorerie pour sortir 6 912 € d'un coup avant la fin de l'année.

Est-ce qu'il serait possible d'étaler le paiement en plusieurs fois ? Je pourrais faire des virements tous les mois, à voir avec vous pour le montant. Je préfère vous en parler maintenant plutôt que de laisser traîner.

Merci de votre compréhension,

Pascal Reynaud
EARL Reynaud – Les Granges
26110 Venterol
06 12 58 43 07"""),

    dict(id="s7fra009", country="FR", date="2026-12-15T18:03", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA-2026-0899", amt="1 530,00", due="2026-11-15",
         frm="Barthélemy Électricité <barthelemy.elec@gmail.com>",
         intent="other",
         note="Says the accountant's office handles supplier payments and the mail was forwarded to them; no payment statement.",
         body="""Bonjour,

Ce n'est pas moi qui m'occupe des paiements, c'est mon cabinet comptable à Orange qui gère les règlements fournisseurs. Je leur ai transféré votre mail ce soir.

Cdt

Julien Barthélemy
Barthélemy Électricité
06 75 30 11 84"""),

    dict(id="s7fra010", country="FR", date="2026-12-16T15:12", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-0877", amt="1 212,00", due="2026-11-12",
         frm="Pizzeria Il Forno <ilforno.nyons@gmail.com>",
         intent="promise",
         note="Promises to pay after the holidays / early January: no single day.",
         body="""Bonjour,

Oui je sais, désolé pour le retard. Décembre c'est compliqué avec tous les achats pour les fêtes, je vous règle ça après les fêtes, promis. Début janvier au plus tard.

Bonne journée
Karim
Pizzeria Il Forno – Nyons"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s7fra011", country="FR", date="2026-12-16T10:45", fmt="tb", stage="second_reminder", ago=6,
         inv="FA-2026-0891", amt="1 064,40", due="2026-11-18",
         frm="Bernard Teyssier <b.teyssier@free.fr>",
         intent="dispute",
         note="Contests labour hours and an unquoted travel charge; will pay only the quoted amount.",
         body="""Madame, Monsieur,

Je fais suite à votre deuxième relance concernant la facture FA-2026-0891.

Je ne refuse pas de payer, mais je conteste le montant. Votre devis du 2 octobre pour le remplacement du chauffe-eau s'élevait à 780 € HT, soit 936 € TTC. La facture fait apparaître 6 heures de main-d'œuvre alors que votre technicien est arrivé vers 9 h et reparti avant midi, ainsi qu'un forfait de déplacement qui ne figurait nulle part sur le devis.

Je suis prêt à régler le montant du devis, soit 936 € TTC, dès réception d'une facture rectifiée. En revanche je ne réglerai pas la différence.

Je reste joignable au 04 75 26 07 93 si vous souhaitez en discuter.

Salutations distinguées,

Bernard Teyssier
4 impasse des Micocouliers
26110 Nyons"""),

    dict(id="s7fra012", country="FR", date="2026-12-17T19:20", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-0944", amt="1 890,00", due="2026-11-28",
         frm="Luc Dethier <luc.dethier@skynet.be>",
         intent="bank_details",
         note="Belgian customer: the invoice only shows a RIB, asks for full IBAN and BIC so the bank accepts the transfer.",
         body="""Bonjour,

Nous souhaitons régler la facture par virement mais sur le document il n'y a que le RIB français. Notre banque (ING Belgique) nous demande l'IBAN complet et le code BIC, sinon le virement est refusé.

Pourriez-vous nous les communiquer ? Nous ferons le nécessaire dès réception.

Merci d'avance et bonne soirée.

Bien à vous,

Luc et Annick Dethier
Rue Saint-Gilles 118
4000 Liège – Belgique
+32 475 62 18 09"""),

    dict(id="s7fra013", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-0970", amt="455,00", due="2026-12-10",
         frm="Menuiserie Brès <contact@menuiserie-bres.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 19 December to 3 January inclusive (a Sunday); back Monday 4 January.",
         body="""Bonjour,

Je suis absente du 19/12 au 03/01 inclus. Votre message sera traité à mon retour.
Pour toute urgence concernant un chantier, merci de contacter Thierry au 06 33 71 25 48.

Bonnes fêtes à tous !

Nathalie
Menuiserie Brès – Buis-les-Baronnies"""),

    dict(id="s7fra014", country="FR", date="2026-12-11T14:08", fmt="apple", stage="reminder", ago=1,
         inv="FA-2026-0927", amt="3 245,00", due="2026-11-30",
         frm="Daniel Rochat <d.rochat@bluewin.ch>",
         intent="paid", paid_on="2026-12-09",
         note="Swiss customer: transfer made on 9 December from PostFinance.",
         body="""Bonjour,

Nous avons effectué le virement le 9 décembre depuis notre compte PostFinance. S'agissant d'un paiement international, il faut généralement compter deux à trois jours ouvrables avant que le montant n'apparaisse sur votre compte.

Avec nos meilleures salutations,

Daniel Rochat
Chemin de la Fauvette 14
1012 Lausanne
Suisse"""),

    dict(id="s7fra015", country="FR", date="2026-12-08T11:20", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-2026-0946", amt="4 680,00", due="2026-11-30",
         frm="Service comptabilité <comptabilite@hotel-lesflorets.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Formal: payment by transfer on Friday 18 December (supplier payment run).",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FA-2026-0946 relative à la mise en service de la chaufferie.

Cette facture a bien été validée par notre direction. Son règlement sera effectué par virement le vendredi 18 décembre, date de notre prochaine campagne de paiements fournisseurs.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Corinne Aubert
Service comptabilité
Hôtel Les Florets – SAS Hôtellerie du Ventoux
Route du Mont-Ventoux, 84410 Bédoin
Tél. : 04 90 65 42 10

SAS au capital de 50 000 € – RCS Avignon 512 384 906
Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s7fra016", country="FR", date="2026-12-17T10:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-0902", amt="538,20", due="2026-11-16",
         frm="Fabien Morel <lecomptoirnyonsais@gmail.com>",
         intent="contact_change", new_email="compta.lecomptoirnyonsais@orange.fr",
         note="Asks that invoices and reminders go to the accountant's address from now on.",
         body="""Bonjour,

Merci d'adresser désormais vos factures et relances directement à notre comptable, Mme Roussel : compta.lecomptoirnyonsais@orange.fr

C'est elle qui fait les paiements, moi je ne vois pas toujours passer les mails. Je lui ai transmis celui-ci.

Cordialement,
Fabien Morel
Le Comptoir Nyonsais"""),

    dict(id="s7fra017", country="FR", date="2026-12-18T08:40", fmt="gmail", stage="repeat", ago=1,
         inv="FA-2026-0839", amt="276,00", due="2026-11-02",
         frm="Robert Testud <robert.testud@laposte.net>",
         intent="unsubscribe",
         note="Asks to stop the automatic emails and be contacted by phone or post instead.",
         body="""Bonjour,

Je ne veux plus recevoir ces mails automatiques. Merci de me retirer de votre liste d'envoi.

Si vous avez quelque chose à me dire, appelez-moi ou écrivez-moi par la poste comme tout le monde.

R. Testud"""),

    dict(id="s7fra018", country="FR", date="2026-12-16T17:30", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("FA-2026-0861", "1 284,00", "2026-11-05"), ("FA-2026-0913", "396,00", "2026-11-20")],
         frm="Camping La Rivière <campinglariviere.sahune@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Two invoices; one transfer for both on 5 January.",
         body="""Bonsoir,

Bien reçu. Le camping est fermé depuis fin octobre et la trésorerie est au plus bas, mais les acomptes des réservations de printemps commencent à rentrer.

Je vous fais un virement pour les deux factures (0861 et 0913) le 5 janvier.

Bonne fin d'année à toute l'équipe,
Aurélie
Camping La Rivière – Sahune"""),

    dict(id="s7fra019", country="FR", date="2026-12-18T11:55", fmt="outlook", stage="firm", ago=3,
         inv="FA-2026-0788", amt="3 960,00", due="2026-10-25",
         frm="Christophe Gleize <auberge.colperty@orange.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: 1 500 € transferred this morning; balance vaguely 'dès que possible'.",
         body="""Bonjour,

J'ai fait ce matin un virement de 1 500 € pour la facture FA-2026-0788. Je ne peux pas faire plus pour l'instant, le solde suivra dès que possible.

Merci de ne pas appliquer les pénalités, je suis de bonne foi et je vous ai toujours payés jusqu'ici.

Cordialement,

Christophe Gleize
Auberge du Col de Perty
26510 Saint-André-de-Rosans"""),

    dict(id="s7fra020", country="FR", date="2026-12-18T15:10", fmt="html_outlook", stage="second_reminder", ago=8,
         inv="FA-2026-0812", amt="5 140,00", due="2026-10-30",
         frm="Administration <administration@baticonfort-baronnies.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): creditor must file its claim with the mandataire; cannot pay pre-judgment debts.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance.

Nous vous informons que la SARL Bâti-Confort Baronnies a été placée en redressement judiciaire par jugement du Tribunal de commerce de Romans-sur-Isère en date du 12 novembre 2026.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées antérieurement à ce jugement. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC :

SELARL Vidal & Associés – Me Claire Vidal
Mandataire judiciaire
11 place Jean Jaurès, 26100 Romans-sur-Isère

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

La Direction
SARL Bâti-Confort Baronnies
ZA Les Laurons – 26110 Nyons"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s7fra021", country="FR", date="2026-12-17T09:04", fmt="bounce", stage="second_reminder",
         inv="FA-2026-0921", rcpt="garage.millet@wanadoo.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416",
         intent="bounce",
         note="Delivery failure: the garage's old wanadoo address no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

garage.millet@wanadoo.fr

The recipient's mail server permanently rejected the message (invalid recipient)."""),

    dict(id="s7fra022", country="FR", date="2026-12-21T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-0958", amt="1 048,00", due="2026-12-04",
         frm="Domaine de la Gardette <contact@domaine-lagardette.fr>",
         intent="out_of_office", return_date="2026-12-28",
         note="Cellar and office closed 19 to 27 December inclusive; reopen Monday 28 December.",
         subj_prefix="Absence : ",
         body="""Bonjour et merci pour votre message.

Le caveau et les bureaux du Domaine sont fermés du samedi 19 au dimanche 27 décembre inclus. Réouverture le lundi 28 décembre à 9h.

Nous vous souhaitons de belles fêtes !

Domaine de la Gardette
Vignerons à Vinsobres depuis 1921"""),

    dict(id="s7fra023", country="FR", date="2026-12-22T22:10", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA-2026-0906", amt="618,00", due="2026-11-20",
         frm="Yannick Perrin <yannick.perrin.peinture@gmail.com>",
         intent="promise", promise_date="2026-12-23",
         note="Typos; transfer 'demain' from Tuesday 22 December evening, so 23 December.",
         body="""bjr
je fais le virmeent demain sans faute, désolé j'avias complètement oublié avec les chantiers de fin d'année

Yannick

Envoyé depuis mon smartphone Samsung Galaxy."""),

    dict(id="s7fra024", country="FR", date="2026-12-22T13:40", fmt="tb", stage="reminder", ago=7,
         inv="FA-2026-0895", amt="2 740,00", due="2026-11-30",
         frm="Jean-Luc Bonnefoy <domaine.bonnefoy@orange.fr>",
         intent="dispute",
         note="Promised 320 € credit note not deducted; will not pay until it is received.",
         body="""Bonjour,

Votre commercial, M. Lopez, nous avait promis un avoir de 320 € pour le retard de livraison du nettoyeur haute pression et pour l'enrouleur qui manquait dans le colis (on a dû en racheter un ailleurs pour finir les vendanges).

Je ne vois pas cet avoir déduit sur la facture. Je réglerai quand on aura reçu l'avoir, pas avant.

Salutations,

Jean-Luc Bonnefoy
Domaine Bonnefoy – 26110 Vinsobres"""),

    dict(id="s7fra025", country="FR", date="2026-12-17T14:22", fmt="outlook", stage="repeat", ago=2, fwd=True,
         inv="FA-2026-0820", amt="1 975,00", due="2026-11-05",
         frm="Sandrine Pons <secretariat@hotel-leprieure.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Assistant forwards the manager's answer: cheque sent on 2 December.",
         body="""Bonjour,

Je vous transfère la réponse de M. Ricard, qui est en déplacement cette semaine.

Bonne journée,

Sandrine Pons
Secrétariat – Hôtel-Restaurant Le Prieuré
04 75 28 36 14

-----Message d'origine-----
De : Olivier Ricard <o.ricard@hotel-leprieure.fr>
Envoyé : jeudi 17 décembre 2026 12:51
À : Sandrine Pons <secretariat@hotel-leprieure.fr>
Objet : RE: Rappel : facture FA-2026-0820 toujours impayée – Rouvière Thermique SARL

Sandrine, dis-leur que c'est réglé, le chèque est parti le 2 décembre avec celui de la blanchisserie. S'ils ne l'ont pas reçu qu'ils nous le disent et je fais opposition.
O."""),

    dict(id="s7fra026", country="FR", date="2026-12-23T10:15", fmt="html_gmail", stage="firm", ago=2,
         inv="FA-2026-0848", amt="4 356,00", due="2026-11-01",
         frm="Sophie Garnier <bistrotdanais@gmail.com>",
         intent="plan_request",
         note="Asks to pay in 3 or 4 instalments, lets the firm choose; no date.",
         body="""Bonjour,

On a eu un mois de novembre catastrophique avec les travaux dans la rue, le restaurant a quasiment fermé trois semaines.

Est-ce que vous accepteriez qu'on paie la facture de la hotte en 3 ou 4 fois ? Dites-moi ce qui vous conviendrait.

Merci d'avance,
Sophie Garnier
Le Bistrot d'Anaïs – Buis-les-Baronnies"""),

    dict(id="s7fra027", country="FR", date="2026-12-28T11:30", fmt="gmail", stage="second_reminder", ago=7,
         inv="FA-2026-0908", amt="1 617,00", due="2026-11-19",
         frm="Maud Lacroix <m.lacroix@agc-baronnies.fr>",
         intent="copy_request",
         note="Campsite's accountant needs the signed work order or the accepted quote before validating payment.",
         body="""Bonjour,

Je m'occupe de la comptabilité du camping Les Tilleuls.

Pour pouvoir passer cette facture en paiement, j'ai besoin du bon d'intervention signé par M. Vernet ou, à défaut, du devis accepté. Sans ce justificatif je ne peux pas la valider.

Merci de me l'adresser par retour de mail.

Cordialement,

Maud Lacroix
Cabinet AGC Baronnies – Expertise comptable
3 rue de la Résistance, 26170 Buis-les-Baronnies
04 75 28 10 66"""),

    dict(id="s7fra028", country="FR", date="2026-12-28T18:45", fmt="gmail", stage="firm", ago=4,
         inv="FA-2026-0830", amt="2 105,00", due="2026-11-03",
         frm="Fred Chauvin <chauvin.plomberie@gmail.com>",
         intent="promise",
         note="Will pay once his own client pays, 'normalement début janvier': no single day.",
         body="""Bonsoir
je vous paie des que mon client me regle le chantier de Mirabel, normalement debut janvier. je vous tiens au courant
Fred
Plomberie Chauvin"""),

    dict(id="s7fra029", country="FR", date="2026-12-29T09:40", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA-2026-0981", amt="212,00", due="2026-12-15",
         frm="Claire Martinez <claire.mtz@gmail.com>",
         intent="paid", paid_on="2026-12-29",
         note="Just paid by card through the payment link.",
         body="""Bonjour,

Je viens de régler par carte bancaire via votre lien, j'ai bien reçu la confirmation de paiement.

Bonne fin d'année,
Claire Martinez"""),

    dict(id="s7fra030", country="FR", date="2026-12-30T16:20", fmt="gmail", stage="second_reminder", ago=8,
         inv="FA-2026-0886", amt="930,00", due="2026-11-14",
         frm="Alain Giraud <alain.giraud.84@gmail.com>",
         intent="other",
         note="Wrong recipient: says he is not a customer and never had work done.",
         body="""Bonjour,

Je pense que ce mail ne m'est pas destiné. Je ne suis pas client chez vous et je n'ai jamais fait faire de travaux par votre entreprise. Il doit y avoir une erreur d'adresse, peut-être un homonyme ?

Cordialement,
A. Giraud"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s7fra031", country="FR", date="2026-12-21T19:30", fmt="tb", stage="reminder", ago=5,
         inv="FA-2026-0940", amt="1 380,00", due="2026-11-30",
         frm="Henri Faure <henri.faure26@orange.fr>",
         intent="promise", promise_date="2027-01-09",
         note="Will pay by cheque at the shop on Saturday 9 January.",
         body="""Bonjour,

Bien reçu votre relance. Avec les fêtes et la taille des oliviers je ne descends pas à Nyons avant la rentrée.

Je passerai régler au magasin le samedi 9 janvier au matin, par chèque. Si ça ne vous va pas, dites-le-moi.

Salutations,

Henri Faure
Les Hauts de Condorcet
26110 Condorcet"""),

    dict(id="s7fra032", country="FR", date="2026-12-24T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv=[("FA-2026-0897", "2 210,00", "2026-11-18"), ("FA-2026-0929", "648,00", "2026-11-27")],
         frm="Valérie Chabert <v.chabert@hotels-du-comtat.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="Away until Tuesday 5 January inclusive; back Wednesday 6 January.",
         body="""Bonjour,

Je suis absente jusqu'au mardi 5 janvier 2027 inclus, avec un accès très limité à ma messagerie.

Pour toute question urgente relative aux factures fournisseurs, vous pouvez contacter le service comptable au 04 90 60 18 45.

Cordialement,

Valérie Chabert
Responsable administrative et financière
Hôtels du Comtat"""),

    dict(id="s7fra033", country="FR", date="2026-12-28T10:10", fmt="html_outlook", stage="repeat", ago=4,
         inv=[("FA-2026-0744", "865,00", "2026-10-12"), ("FA-2026-0817", "1 420,00", "2026-11-02"),
              ("FA-2026-0868", "310,00", "2026-11-09")],
         frm="Nicolas Bérard <compta@berard-automobiles.fr>",
         intent="paid", paid_on="2026-12-22",
         note="Three invoices, all said paid: two by one transfer on 22 December, the oldest by cheque in October.",
         body="""Bonjour,

Après vérification avec notre banque :

- les factures FA-2026-0817 et FA-2026-0868 ont été réglées par un seul virement de 1 730,00 € le 22/12 (libellé « ROUVIERE FACT 0817 0868 ») ;
- la facture FA-2026-0744 avait quant à elle été payée par chèque n° 4417352, remis à votre technicien le 20 octobre lors de son passage.

Merci de mettre à jour votre relevé et de ne plus nous relancer pour ces trois factures.

Cordialement,

Nicolas Bérard
Garage Bérard Automobiles – Agent Renault
Avenue de Venterol, 26110 Nyons
Tél. 04 75 26 55 02

SARL Bérard Automobiles – RCS Romans 421 067 583 – TVA FR32 421067583"""),

    dict(id="s7fra034", country="FR", date="2026-12-29T17:55", fmt="gmail", stage="final_notice", ago=5,
         inv="FA-2026-0705", amt="1 288,00", due="2026-10-05",
         frm="Mickaël Dumas <dumas.motoculture@gmail.com>",
         intent="dispute",
         note="Rude: the workshop heater never worked; refuses to pay anything.",
         body="""Vous vous foutez de qui ?

Ça fait trois fois que j'explique à votre bureau que l'aérotherme de l'atelier n'a jamais chauffé correctement depuis que vous l'avez posé. Votre gars est venu deux fois, il a rien trouvé, et maintenant vous m'envoyez des menaces de recouvrement ??

Je paierai pas un centime pour un truc qui marche pas. Venez le reprendre si vous voulez.

M. Dumas
Dumas Motoculture"""),

    dict(id="s7fra035", country="FR", date="2026-12-30T11:05", fmt="apple", stage="second_reminder", ago=8,
         inv="FA-2026-0874", amt="2 460,00", due="2026-11-11",
         frm="Isabelle Granier <isabelle.granier@icloud.com>",
         intent="promise", promise_date="2027-01-31",
         note="Balance of the heat pump paid 'fin janvier' = 31 January.",
         body="""Bonjour,

Nous avons bien reçu votre rappel. Avec les dépenses de Noël, nous ne pouvons pas régler le solde de la pompe à chaleur tout de suite.

Nous vous ferons le virement fin janvier, à réception des salaires. Désolés pour ce retard.

Cordialement,

Isabelle et Thomas Granier
Les Rieux – 26110 Aubres"""),

    dict(id="s7fra036", country="FR", date="2027-01-04T14:30", fmt="gmail", stage="reminder", ago=4, fresh=True,
         subj="Mail bizarre - changement de RIB ?",
         inv="FA-2026-0990", amt="1 150,00", due="2026-12-18",
         frm="Michel Tardieu <michel.tardieu@sfr.fr>",
         intent="bank_details",
         note="Received a suspicious mail announcing a new IBAN; asks the firm to confirm its bank details.",
         body="""Bonjour,

J'ai reçu la semaine dernière un mail qui semblait venir de chez vous, m'annonçant que vous aviez changé de banque et me donnant un nouvel IBAN (une banque en Lituanie ?!).

Je n'ai donc pas encore réglé la facture FA-2026-0990 (entretien de la climatisation), car ça me paraît louche. Pouvez-vous me confirmer vos vraies coordonnées bancaires, de préférence par téléphone ? Je ne voudrais pas me faire avoir.

Merci,
Michel Tardieu
06 47 82 15 30"""),

    dict(id="s7fra037", country="FR", date="2027-01-05T08:50", fmt="tb", stage="second_reminder", ago=6,
         inv="FA-2026-0893", amt="740,00", due="2026-11-17",
         frm="Gilbert Mathieu <gilbert.mathieu@wanadoo.fr>",
         intent="contact_change", new_email="julien.mathieu.earl@gmail.com",
         note="Retired; his son took over the farm and will pay; future invoices and reminders to the son's address.",
         body="""Bonjour,

Depuis le 1er janvier j'ai pris ma retraite et c'est mon fils Julien qui a repris l'exploitation (EARL Mathieu). Je lui ai transmis votre facture, c'est lui qui va la régler.

Pour la suite, merci d'envoyer les factures et les relances à son adresse : julien.mathieu.earl@gmail.com

Cordialement,

Gilbert Mathieu"""),

    dict(id="s7fra038", country="FR", date="2027-01-06T12:20", fmt="outlook", stage="firm", ago=2,
         inv="FA-2026-0864", amt="925,00", due="2026-11-06",
         frm="Hervé Lantelme <lacharrettebleue@orange.fr>",
         intent="promise",
         note="Payment 'la semaine prochaine' with the other suppliers: a window, no single day.",
         body="""Bonjour,

Nous avons rouvert hier après trois semaines de fermeture. Le règlement partira la semaine prochaine avec les autres fournisseurs.

Cordialement,

Hervé Lantelme
Restaurant La Charrette Bleue
26110 Nyons"""),

    dict(id="s7fra039", country="FR", date="2027-01-07T15:45", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-0987", amt="1 720,00", due="2026-12-20",
         frm="Geneviève Lambotte <genevieve.lambotte@proximus.be>",
         intent="paid", paid_on="2027-01-07",
         note="Belgian customer: payment made today via Belfius.",
         body="""Bonjour Madame, Monsieur,

Paiement effectué ce jour via Belfius Direct Net, avec la communication « FA-2026-0987 ».

Excusez-nous pour le retard, nous étions dans les Ardennes pour les fêtes et n'avons relevé notre courrier qu'hier.

Bien à vous,

Geneviève Lambotte
Chaussée de Louvain 212
5000 Namur – Belgique"""),

    dict(id="s7fra040", country="FR", date="2027-01-08T07:15", fmt="none", stage="repeat", ago=3,
         inv="FA-2026-0856", amt="164,00", due="2026-11-06",
         frm="Lucette Ferrand <lucette.ferrand26@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop the emails and be unsubscribed.",
         body="""ne menvoyez plus de mails svp je ne regarde jamais ma boite. desinscrivez moi de votre liste merci"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s7fra041", country="FR", date="2027-01-08T10:30", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FA-2026-0923", amt="2 890,00", due="2026-11-26",
         frm="Le Mas des Genêts <masdesgenets.chambres@gmail.com>",
         intent="promise", promise_date="2027-01-13",
         note="Closed until the 11th; transfer on Wednesday 13 January.",
         body="""Bonjour,

Pardon pour ce silence, nous sommes fermés jusqu'au 11 janvier et je ne relève pas souvent les mails pendant la fermeture.

Je ferai le virement le mercredi 13 janvier, le temps de rentrer et de faire le point avec la banque.

Bien cordialement,
Hélène Maurel
Le Mas des Genêts – Chambres d'hôtes
26110 Mirabel-aux-Baronnies"""),

    dict(id="s7fra042", country="FR", date="2027-01-11T09:01", fmt="ooo", stage="repeat", ago=0,
         inv="FA-2026-0852", amt="3 475,00", due="2026-11-05",
         frm="Camping Le Pont du Lez <accueil@camping-pontdulez.fr>",
         intent="out_of_office", return_date="2027-03-01",
         note="Campsite office closed until 28 February; messages handled from Monday 1 March.",
         body="""Bonjour,

Le camping est fermé pour la saison d'hiver. L'accueil et le bureau sont fermés jusqu'au 28 février 2027.

Nous traiterons votre message à la réouverture, le lundi 1er mars. Les réservations pour la saison 2027 restent possibles en ligne sur notre site.

À bientôt,
L'équipe du Camping Le Pont du Lez ★★★"""),

    dict(id="s7fra043", country="FR", date="2027-01-06T19:10", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-0992", amt="318,00", due="2026-12-22",
         frm="Paulette Chabrol <p.chabrol@orange.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Cheque handed to the technician 'lundi'; reply on Wednesday 6 January, so Monday 4 January.",
         body="""Bonsoir,

J'ai remis un chèque de 318 € à votre technicien (M. Arnoux je crois) lundi, quand il est venu pour le ramonage. Il a dû le rapporter à votre bureau.

Cordialement,
P. Chabrol"""),

    dict(id="s7fra044", country="FR", date="2027-01-12T11:00", fmt="outlook", stage="second_reminder", ago=6,
         inv="FA-2026-0975", amt="1 560,00", due="2026-12-15",
         frm="Martine Roche <direction@hotel-pontroman.fr>",
         intent="dispute",
         note="Invoice is a duplicate of one already paid; asks for cancellation and a credit note.",
         body="""Madame, Monsieur,

La facture FA-2026-0975 reprend exactement l'intervention du 24 novembre (remplacement du circulateur et de la vanne trois voies de la chaufferie), déjà facturée sous le n° FA-2026-0938 et réglée par virement le 8 décembre.

Il s'agit manifestement d'un doublon. Nous vous remercions de bien vouloir l'annuler et de nous adresser l'avoir correspondant.

Cordialement,

Martine Roche
Directrice – Hôtel du Pont Roman
Chemin du Pont Roman, 84110 Vaison-la-Romaine
04 90 36 77 20"""),

    dict(id="s7fra045", country="FR", date="2027-01-11T16:40", fmt="html_gmail", stage="final_notice", ago=4,
         inv="FA-2026-0760", amt="4 015,00", due="2026-10-16",
         frm="Jean-Pierre Arnaud <jp.arnaud.sci@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="Formal: payment 'sous huitaine' from Monday 11 January = 19 January (not the reminder's deadline).",
         body="""Monsieur,

Je fais suite à votre courrier électronique du 7 janvier.

Je vous prie de bien vouloir excuser ce retard, dû à la transmission tardive de la facture par notre gestionnaire. Le règlement interviendra sous huitaine, par virement depuis le compte de la SCI.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Jean-Pierre Arnaud
Gérant – SCI Les Terrasses du Lez
26 route de Nyons, 84600 Valréas"""),

    dict(id="s7fra046", country="FR", date="2027-01-14T21:15", fmt="gmail", stage="formal_notice", ago=3,
         inv="FA-2026-0731", amt="11 840,00", due="2026-10-20",
         frm="Sébastien Latil <seb.latil@hotmail.fr>",
         intent="plan_request",
         note="Does not contest the debt; subsidy blocked; proposes monthly payments or a 6-month schedule, no date.",
         body="""Madame, Monsieur,

J'ai bien reçu votre mise en demeure. Je ne conteste pas devoir cette somme et je comprends votre démarche.

Nous comptions régler la pompe à chaleur avec l'aide MaPrimeRénov' et un éco-prêt, mais notre dossier est bloqué depuis septembre : il manquait une pièce et on nous a demandé de le redéposer entièrement. En attendant, je ne suis pas en mesure d'avancer 11 840 €.

Je vous propose de vous verser une somme chaque mois jusqu'au déblocage de l'aide, ou bien un échéancier sur six mois, selon ce que vous pouvez accepter. Je vous serais reconnaissant de suspendre la procédure le temps que nous trouvions un accord.

Je reste joignable le soir au 06 29 14 73 58.

Cordialement,

Sébastien Latil
9 lotissement Les Amandiers
26770 Taulignan"""),

    dict(id="s7fra047", country="FR", date="2027-01-15T10:20", fmt="html_outlook", stage="repeat", ago=3,
         inv=[("FA-2026-0809", "450,00", "2026-10-28"), ("FA-2026-0884", "1 096,00", "2026-11-13")],
         frm="Comptabilité Garage Sauvan <comptabilite@garage-sauvan.fr>",
         intent="copy_request",
         note="Several invoices; cannot reconcile invoices, credit notes and payments; asks for a full statement before paying any balance.",
         body="""Bonjour,

Nous recevons vos relances pour plusieurs factures, mais nous avons du mal à nous y retrouver entre les factures, l'avoir de septembre et nos règlements.

Pourriez-vous nous adresser un relevé de compte complet depuis le 1er septembre 2026, avec le détail des factures, avoirs et paiements reçus ? Nous ferons le rapprochement et réglerons le solde éventuel.

Cordialement,

Laetitia Sauvan
Comptabilité
Garage Sauvan – Carrosserie & Mécanique
ZA du Grand Pré, 26230 Grignan
Tél. 04 75 46 52 81

SARL Garage Sauvan – Capital 20 000 € – RCS Romans 390 512 774
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s7fra048", country="FR", date="2027-01-18T14:05", fmt="apple", stage="heads_up", ago=2,
         inv="FA-2027-0012", amt="245,00", due="2027-01-31",
         frm="Françoise Vial <francoise.vial@icloud.com>",
         intent="other",
         note="A service question (technician visit for the thermostat), explicitly unrelated to the invoice; no payment statement.",
         body="""Bonjour,

Rien à voir avec la facture, mais j'en profite : votre technicien devait repasser en janvier pour le thermostat d'ambiance, qui affiche toujours un code erreur E4. Vous avez une date ?

Je suis là tous les jours sauf le jeudi.

Merci,
Françoise Vial

Envoyé de mon iPad"""),

    dict(id="s7fra049", country="FR", date="2027-01-18T08:35", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-0998", amt="3 120,00", due="2026-12-31",
         frm="Boulangerie Chastan <boulangerie.chastan@gmail.com>",
         intent="promise", promise_date="2027-01-25",
         note="Transfer 'le 25', reply on 18 January, so 25 January.",
         body="""Bonjour,

C'est noté, je vous fais le virement le 25, après l'encaissement des galettes des rois 😉

Bonne journée,
Patrick
Boulangerie Chastan – Nyons"""),

    dict(id="s7fra050", country="FR", date="2027-01-19T09:50", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="FA-2026-0979", amt="5 410,00", due="2026-12-16",
         frm="Comptabilité fournisseurs <fournisseurs@coteaux-tulette.fr>",
         intent="paid", paid_on="2027-01-15",
         note="SEPA transfer issued 15/01/2027 (the 18/01 is the debit date on their statement).",
         body="""Bonjour,

Nous vous confirmons que la facture FA-2026-0979 a été réglée par virement SEPA émis le 15/01/2027, pour un montant de 5 410,00 €. Notre relevé bancaire indique que l'opération a été débitée le 18/01.

Nous vous remercions de bien vouloir vérifier de votre côté.

Cordialement,

Service comptabilité fournisseurs
Cave coopérative Les Coteaux de Tulette
Route de Visan, 26790 Tulette
Tél. 04 75 98 30 12

Société coopérative agricole – Agrément n° 26/0412 – SIRET 776 318 204 00017
Ce courriel et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer."""),
]

EXTRA_KNOWN = ["FA-2026-0938"]
