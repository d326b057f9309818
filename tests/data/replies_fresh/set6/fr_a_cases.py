"""Set 6, part fr_a: French debtor replies to reminders from Brévan Froid & Climat SAS (Angers).

Written by hand, one by one. Debtors: restaurants, hotels, wine growers, farmers, associations,
sports clubs, small shops and private households in the provinces.
"""

CASES = [
    dict(id="s6fr001", country="FR", date="2026-11-09T21:47", fmt="apple", ago=3,
         inv="BF26-0388", amt="1 846,80", due="2026-10-20",
         frm="Julien Perrotin <julien@relaisdulac-aiguebelette.fr>",
         intent="promise", promise_date="2026-11-12",
         note="'Je fais le virement jeudi': reply on Monday 9 November, next Thursday is 12 November.",
         body="""Bonsoir,

Oui je sais, desole pour le retard. On a fermé 3 semaines pour refaire la cuisine et la treso est a plat.
Je fais le virement jeudi sans faute, le temps que le CA du week end soit sur le compte.

Julien
Le Relais du Lac - Aiguebelette

Envoyé de mon iPhone"""),

    dict(id="s6fr002", country="FR", date="2026-11-10T10:14", fmt="html_outlook", ago=1, stage="second_reminder",
         inv="BF26-0351", amt="3 412,00", due="2026-10-15",
         frm="Sandrine Lecomte <administration@hotel-desremparts.fr>",
         intent="paid", paid_on="2026-11-06",
         note="Says the transfer went out 'le 6 novembre dernier': paid on 2026-11-06.",
         body="""Bonjour,

Nous accusons réception de votre relance concernant la facture BF26-0351.

Après vérification, ce règlement a été effectué par virement bancaire le 6 novembre dernier, depuis notre compte au Crédit Mutuel, sous la référence « HDR BF260351 ». Il devrait donc apparaître sur votre relevé dans les prochains jours.

Vous en souhaitant bonne réception,

Sandrine Lecomte
Responsable administrative
Hôtel des Remparts ***
3 place du Marché au Bois, 44350 Guérande
Tél. 02 40 24 61 37

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    dict(id="s6fr003", country="FR", date="2026-11-11T08:05", fmt="gmail", ago=2,
         inv="BF26-0402", amt="2 190,00", due="2026-10-25",
         frm="Frédéric Ravier <domaine.ravier@gmail.com>",
         intent="promise", promise_date="2026-11-13",
         note="Tutoiement. 'Je passe a la banque apres-demain et je te fais le virement': reply on Wednesday 11 November, après-demain = Friday 13 November. The question about the cooling unit is secondary.",
         body="""Salut Thomas,

Bien recu ta relance. Pas d'inquietude, c'est juste que je suis pas passé au bureau depuis 15 jours avec les écoulages et les derniers pressurages.
Je passe a la banque apres-demain et je te fais le virement dans la foulée.

Au fait le groupe froid de la cuverie fait un bruit bizarre au démarrage, si ton technicien passe dans le coin...

A+
Fred
Domaine Ravier – Saint-Nicolas-de-Bourgueil"""),

    dict(id="s6fr004", country="FR", date="2026-11-12T16:30", fmt="tb", ago=3, stage="second_reminder",
         inv="BF26-0317", amt="4 860,00", due="2026-10-10",
         frm="Bernard Coutelier <b.coutelier@orange.fr>",
         intent="dispute",
         note="Older customer, long formal letter: the heat pump has never worked, he refuses to pay the balance until it is repaired. 28 September / 2 November are facts, not labels.",
         body="""Madame, Monsieur,

J'accuse réception de votre courrier électronique du 9 novembre, par lequel vous me rappelez que la facture n° BF26-0317 d'un montant de 4 860,00 euros resterait impayée.

Je me permets de vous rappeler à mon tour que la pompe à chaleur installée chez nous le 28 septembre par vos soins n'a jamais fonctionné correctement. Dès les premiers froids, elle s'est mise en sécurité à plusieurs reprises, et depuis le 2 novembre elle affiche un code d'erreur (E 07) que personne n'a su m'expliquer. J'ai téléphoné à trois reprises à votre standard ; on m'a promis la visite d'un technicien qui n'est jamais venu. Mon épouse et moi chauffons la maison avec deux radiateurs électriques d'appoint, ce qui, à nos âges, n'est guère agréable.

Dans ces conditions, vous comprendrez que je n'entends pas régler le solde de cette installation tant qu'elle ne fonctionnera pas conformément au devis que j'ai signé. L'acompte de 30 % versé à la commande me paraît largement suffisant pour une installation qui ne chauffe pas.

Je reste bien entendu disposé à recevoir votre technicien à la date qui vous conviendra, de préférence le matin.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Coutelier
12, chemin des Aubépines
49320 Brissac-Quincé"""),

    dict(id="s6fr005", country="FR", date="2026-11-10T09:02", fmt="ooo", ago=0,
         inv="BF26-0399", amt="612,40", due="2026-10-31",
         frm="La Table de Margaux <contact@latabledemargaux.fr>",
         intent="out_of_office", return_date="2026-11-27",
         note="Annual closing 'du lundi 9 au jeudi 26 novembre inclus', mails read from 'vendredi 27 novembre': return 2026-11-27.",
         body="""Bonjour et merci pour votre message.

Le restaurant est en fermeture annuelle du lundi 9 au jeudi 26 novembre inclus. Nous rouvrons le vendredi 27 novembre au soir et je traiterai vos mails à partir de ce jour.

Pour les réservations des fêtes de fin d'année, vous pouvez d'ores et déjà réserver en ligne sur www.latabledemargaux.fr.

Margaux et toute l'équipe"""),

    dict(id="s6fr006", country="FR", date="2026-11-16T12:48", fmt="gmail", ago=4,
         inv="BF26-0421", amt="389,00", due="2026-11-05",
         frm="Laetitia Morand <laeti.morand85@gmail.com>",
         intent="promise", promise_date="2026-12-10",
         note="Private household. 'je vous reglerai a la reception de mon salaire le 10': written 16 November, the next 10th is 10 December. Her question (card or transfer) is secondary.",
         body="""Bonjour,
je suis vraiment desolée je pensais que c'etait en prelevement comme l'entretien de l'an dernier. Ce mois ci c'est trop juste avec la voiture qui est au garage, je vous reglerai a la reception de mon salaire le 10.
Est ce que je peux payer par carte sur votre lien ou il faut faire un virement ?
Merci de votre comprehension
Laetitia Morand"""),

    dict(id="s6fr007", country="FR", date="2026-11-17T19:20", fmt="gmail", ago=5,
         inv="BF26-0376", amt="1 125,00", due="2026-10-30",
         frm="Patrick Jolivet <president@uschemille-rugby.fr>",
         intent="paid", paid_on="2026-11-16",
         note="Sports club. 'Le chèque ... est parti hier par la poste': reply on Tuesday 17 November, so 16 November.",
         body="""Bonsoir,

Notre trésorier étant en arrêt maladie, c'est moi qui assure le suivi pour le moment. Le chèque de 1 125 € (Crédit Agricole, n° 0004417) est parti hier par la poste à votre adresse rue des Tanneurs. Vous devriez le recevoir d'ici deux ou trois jours.

Sportivement,
Patrick Jolivet
Président – Union Sportive Chemillé Rugby
06 71 42 18 09"""),

    dict(id="s6fr008", country="FR", date="2026-11-18T14:10", fmt="gmail", ago=2, stage="firm",
         inv="BF26-0290", amt="2 780,00", due="2026-09-30",
         frm="Monique Herbreteau <comitedesfetes.stlambert@laposte.net>",
         intent="plan_request",
         note="Association asks to spread the payment in three or four instalments; no date committed.",
         body="""Bonjour,

Je suis la trésorière du comité des fêtes de Saint-Lambert. Nous avons bien reçu vos relances et je vous prie de nous excuser pour ce retard.

Notre association ne vit que de ses manifestations et la fête d'été a été en partie annulée à cause de l'orage, si bien que nos recettes sont loin de ce que nous espérions. Nous ne pouvons pas régler les 2 780 € en une seule fois sans mettre l'association à zéro avant le marché de Noël.

Serait-il possible d'étaler le paiement en trois ou quatre fois ? Le bureau se réunit bientôt et je pourrai vous proposer un calendrier précis si vous êtes d'accord sur le principe.

Avec nos remerciements,
Monique Herbreteau
Trésorière – Comité des fêtes de Saint-Lambert"""),

    dict(id="s6fr009", country="FR", date="2026-11-17T07:15", fmt="gmail", ago=1, stage="second_reminder",
         inv=[("BF26-0344", "1 460,00", "2026-10-12"), ("BF26-0395", "286,50", "2026-10-29")],
         frm="Boucherie Guillou <boucherie.guillou@wanadoo.fr>",
         intent="promise", promise_date="2026-11-20",
         note="Two invoices. 'je regle tout d'ici la fin de la semaine': Tuesday 17 November, end of the working week = Friday 20 November. He questions a travel charge but says he pays anyway, so promise drives.",
         body="""Bjr
ok pour les 2 factures je regle tout d'ici la fin de la semaine.
par contre sur la 0395 vous avez compté le deplacement alors que le technicien etait deja la pour la vitrine le meme jour, c normal ?? Je paye quand meme pour pas trainer mais merci de regarder
Eric
Boucherie Guillou"""),

    dict(id="s6fr010", country="FR", date="2026-11-12T09:04", fmt="bounce",
         inv="BF26-0409", amt="734,20", due="2026-11-01",
         frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", mta="mx.google.com",
         rcpt="contact@boulangerie-lemaitre.fr", status="5.1.1",
         diag="550 5.1.1 <contact@boulangerie-lemaitre.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx1.mail.ovh.net",
         intent="bounce",
         body="""** Adresse introuvable **

Votre message n'a pas pu être distribué à contact@boulangerie-lemaitre.fr, car l'adresse est introuvable ou n'accepte pas les e-mails.

Le serveur a renvoyé la réponse suivante :

550 5.1.1 <contact@boulangerie-lemaitre.fr>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s6fr011", country="FR", date="2026-11-18T11:32", fmt="outlook", ago=2, fwd=True,
         inv="BF26-0362", amt="5 940,00", due="2026-10-28",
         frm="Élodie Marchal <assistante.direction@chateau-laverrerie.fr>",
         intent="promise", promise_date="2026-11-23",
         note="Forwarded by the director's assistant. 'sera réglée par virement lundi prochain': written Wednesday 18 November, the coming Monday is 23 November.",
         body="""Bonjour,

Je vous retransmets votre relance ci-dessous : M. Rabier, actuellement en déplacement, m'a chargée de vous répondre.

Je vous confirme que la facture BF26-0362 sera réglée par virement lundi prochain, à son retour : les virements de ce montant nécessitent sa double signature.

Cordialement,

Élodie Marchal
Assistante de direction
Château de la Verrerie – Hôtel & Spa
Route de Montsoreau, 49730 Parnay"""),

    dict(id="s6fr012", country="FR", date="2026-11-19T15:40", fmt="html_gmail", ago=3,
         inv="BF26-0415", amt="498,00", due="2026-11-10",
         frm="Gwenaëlle Le Bihan <creperiety.gwenn@gmail.com>",
         intent="copy_request",
         note="She cannot find the invoice and asks for the PDF; payment only 'dès que je l'ai' (no date), so copy_request drives.",
         body="""Bonjour,

Je ne retrouve pas cette facture ni dans mes mails ni dans le classeur. Pourriez-vous me la renvoyer en PDF à cette adresse ? Je la règle dès que je l'ai.

C'est bien celle du remplacement du compresseur de la saladette ?

Merci,
Gwenaëlle
Crêperie Ty Gwenn – Pornic"""),

    dict(id="s6fr013", country="FR", date="2026-11-20T18:55", fmt="gmail", ago=4, stage="firm",
         inv="BF26-0211", amt="6 350,00", due="2026-09-15",
         frm="Olivier Deschamps <earl.deschamps.savennieres@orange.fr>",
         intent="dispute",
         note="Furious wine grower: contests the invoice because the cooling unit failed during harvest, refuses to pay. No label date.",
         body="""Vous vous foutez de qui ?? C'est la TROISIEME relance pour une facture que j'ai contestée au téléphone avec M. Brévan lui-même début octobre.

Votre groupe froid a lâché le 22 septembre en plein milieu des vendanges, votre technicien est venu 4 jours après, j'ai perdu le contrôle de température sur deux cuves de chenin et je vais devoir vendre ce vin en vrac. Et vous voulez que je vous paie 6 350 € pour cette installation ??

Je ne paierai pas un centime tant qu'on ne s'est pas assis autour d'une table avec votre assurance. Si vous m'envoyez encore une relance avec vos pénalités et vos 40 euros, c'est mon avocat qui vous répondra.

Olivier Deschamps
EARL Deschamps – Savennières"""),

    dict(id="s6fr014", country="FR", date="2026-11-19T11:08", fmt="gmail", ago=3,
         inv="BF26-0418", amt="215,60", due="2026-11-08",
         frm="Fleurs de Lys Saumur <fleursdelys.saumur@gmail.com>",
         intent="paid", paid_on="2026-11-19",
         note="'j'ai payé en ligne tout a l'heure': paid on the day of the reply, 19 November.",
         body="""C'est reglé, j'ai payé en ligne tout a l'heure avec la carte de la boutique.
Bonne journée
Karine - Fleurs de Lys"""),

    dict(id="s6fr015", country="FR", date="2026-11-19T17:25", fmt="outlook", ago=2, stage="second_reminder",
         inv="BF26-0380", amt="3 074,40", due="2026-10-31",
         frm="GAEC du Bois Joubert <gaec.boisjoubert@orange.fr>",
         intent="promise", promise_date="2026-12-04",
         note="Farm. 'Nous vous réglerons la facture sous quinzaine': 15 days from Thursday 19 November = 4 December.",
         body="""Bonjour,

Suite à votre relance, je vous informe que nous attendons le versement de la paie de lait d'octobre, qui a pris du retard à la laiterie cette année. Nous vous réglerons la facture BF26-0380 sous quinzaine.

Cordialement,

Anne-Sophie Gaborit
GAEC du Bois Joubert
La Jouberdière – 49310 Vihiers"""),
    dict(id="s6fr016", country="FR", date="2026-11-17T09:01", fmt="ooo", ago=0, stage="second_reminder",
         inv="BF26-0368", amt="8 215,00", due="2026-10-30",
         frm="Nathalie Bodin <n.bodin@coop-vallee-layon.fr>",
         intent="out_of_office", return_date="2026-11-30",
         note="Outlook auto-reply: 'Je serai de retour le lundi 30 novembre'.",
         body="""Bonjour,

Je suis absente du bureau du lundi 16 au vendredi 27 novembre inclus, avec un accès très limité à ma messagerie. Je serai de retour le lundi 30 novembre.

Pour toute question urgente concernant la comptabilité fournisseurs, vous pouvez contacter le secrétariat au 02 41 54 20 86 ou écrire à accueil@coop-vallee-layon.fr.

Cordialement,
Nathalie Bodin
Service comptabilité – Coopérative agricole de la Vallée du Layon"""),

    dict(id="s6fr017", country="FR", date="2026-11-20T10:02", fmt="outlook", ago=4,
         inv="BF26-0407", amt="1 032,00", due="2026-11-02",
         frm="Réception Hôtel Les Glycines <reception@hotel-lesglycines.fr>",
         intent="contact_change", new_email="compta@hotel-lesglycines.fr",
         note="Asks that invoices and reminders go to the accountant's address compta@hotel-lesglycines.fr.",
         body="""Bonjour,

Cette adresse est celle de la réception et vos messages se perdent au milieu des réservations.

Merci d'adresser désormais vos factures et vos relances directement à notre comptable, Mme Texier : compta@hotel-lesglycines.fr. Je lui fais suivre celle-ci.

Bonne journée,
Lucas
Réception – Hôtel Les Glycines, Chinon"""),

    dict(id="s6fr018", country="FR", date="2026-11-23T10:45", fmt="gmail", ago=3, stage="second_reminder",
         inv="BF26-0391", amt="2 136,90", due="2026-10-31",
         frm="Mathieu Roussel <bistrotdeshalles.cholet@gmail.com>",
         intent="bank_details",
         note="He got a suspicious mail announcing a change of IBAN and wants the firm's bank details confirmed before paying: bank_details drives (fraud check), no payment date given.",
         body="""Bonjour,

J'ai reçu jeudi un mail soi-disant de chez vous (adresse compta@brevan-froid-fr.com, avec un tiret en plus) qui m'annonce que vous avez changé de banque et me donne un nouvel IBAN dans une banque en ligne. Ca me parait louche.

Avant de faire le virement, pouvez-vous me confirmer votre IBAN par téléphone ? Je ne veux pas payer deux fois ni me faire avoir.

Mathieu Roussel
Le Bistrot des Halles – Cholet
06 58 27 91 40"""),

    dict(id="s6fr019", country="FR", date="2026-11-20T20:33", fmt="gmail", ago=4, stage="second_reminder",
         inv="BF26-0377", amt="1 590,00", due="2026-10-26",
         frm="EARL de la Guilbaudiere <earl.guilbaudiere@wanadoo.fr>",
         intent="promise", promise_date="2026-12-12",
         note="Farmer. 'je vous paye le 12/12': 12 December 2026. 'debut decembre' is when the coop pays him, not his own date.",
         body="""Bonsoir
la coop nous verse l'acompte sur le mais debut decembre, je vous paye le 12/12 c'est sur.
desolé pour le retard
Jean-Luc Bretaudeau
EARL de la Guilbaudière"""),

    dict(id="s6fr020", country="FR", date="2026-11-23T09:20", fmt="html_outlook", ago=3, stage="firm",
         inv=[("BF26-0322", "940,00", "2026-10-05"), ("BF26-0356", "1 210,50", "2026-10-18"), ("BF26-0384", "318,00", "2026-10-27")],
         frm="Christine Aubineau <comptabilite@cavesduprieure.fr>",
         intent="paid", paid_on="2026-11-13",
         note="Three invoices paid in one transfer 'en date du 13/11/2026'.",
         body="""Bonjour,

Sauf erreur de votre part, les trois factures citées ont été réglées en un seul virement de 2 468,50 € en date du 13/11/2026 (libellé : SARL LES CAVES DU PRIEURE FACT 0322 0356 0384).

Vous trouverez ci-joint l'avis d'opéré de notre banque. Merci de bien vouloir vérifier votre lettrage et de faire cesser ces relances, d'autant que celle-ci nous applique des pénalités.

Cordialement,

Christine Aubineau
Comptable
SARL Les Caves du Prieuré
8 rue de la Croix Blanche, 37270 Montlouis-sur-Loire"""),

    dict(id="s6fr021", country="FR", date="2026-11-24T13:05", fmt="html_gmail", ago=4,
         inv="BF26-0410", amt="763,20", due="2026-11-06",
         frm="Hervé Pineau <tresorier.tcdoue@gmail.com>",
         intent="dispute",
         note="Sports club contests the hours charged (4 h billed, 1 h 30 worked) and asks for a corrected invoice: dispute on the amount.",
         body="""Bonjour,

Je suis le trésorier du Tennis Club de Doué. Avant de payer cette facture, je voudrais comprendre : elle compte 4 heures de main d'œuvre pour le dépannage de la clim du club-house, alors que votre technicien est arrivé à 14h et reparti avant 15h30 (notre gardien était présent tout le temps).

Nous sommes d'accord pour payer 1h30 et la pièce, pas 4h. Merci de nous envoyer une facture corrigée.

Cordialement,
Hervé Pineau
Trésorier – Tennis Club de Doué-en-Anjou"""),

    dict(id="s6fr022", country="FR", date="2026-11-24T18:40", fmt="apple", ago=2,
         inv="BF26-0419", amt="427,80", due="2026-11-12",
         frm="Claire Mounier <aupaniergourmand.loches@orange.fr>",
         intent="promise", promise_date="2026-12-05",
         note="'Je vous fais le règlement le 5 au plus tard': written 24 November, the next 5th is 5 December.",
         body="""Bonsoir,

Je n'avais pas vu passer la facture, désolée. Je vous fais le règlement le 5 au plus tard, c'est le jour où je fais toutes mes factures fournisseurs.

Bonne soirée,
Claire Mounier
Au Panier Gourmand – Loches

Envoyé de mon iPhone"""),

    dict(id="s6fr023", country="FR", date="2026-11-25T15:12", fmt="tb", ago=5, stage="final_notice",
         inv="BF26-0266", amt="1 980,00", due="2026-09-20",
         frm="Yvonne Chauvière <yvonne.chauviere@laposte.net>",
         intent="plan_request",
         note="Widow, long formal letter, asks for monthly instalments (200 € a month as an example) and that the file not be sent to collection; no date committed.",
         body="""Madame, Monsieur,

Je me permets de vous écrire suite à votre dernier courrier, qui m'a beaucoup inquiétée.

Mon mari, qui s'occupait de tous nos papiers, est décédé au printemps dernier. C'est lui qui avait fait établir le devis pour le remplacement de notre chaudière, que vos techniciens sont venus poser au mois d'août, et je dois dire qu'ils ont fait du très bon travail et ont été fort aimables.

Seulement, depuis son décès, mes revenus ont beaucoup diminué : ma pension de réversion n'est toujours pas versée en totalité, les caisses de retraite demandent sans cesse de nouveaux papiers, et je dois en plus faire face aux frais de succession. Je ne suis donc pas en mesure de régler la somme de 1 980 € en une seule fois.

Je vous demande très respectueusement de bien vouloir m'accorder un échelonnement, par exemple de 200 € par mois, ou selon ce qui vous conviendra, et de ne pas transmettre mon dossier à une société de recouvrement. Je n'ai jamais eu de dettes de ma vie et cette situation me pèse beaucoup.

Ma fille, qui habite Tours, peut vous téléphoner si cela est plus simple pour vous.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Yvonne Chauvière
4, rue du Lavoir
37140 Bourgueil"""),

    dict(id="s6fr024", country="FR", date="2026-11-25T07:58", fmt="gmail", ago=2, stage="heads_up", noquote=True,
         inv="BF26-0423", amt="96,00", due="2026-11-30",
         frm="Roland Gautreau <roland.gautreau@free.fr>",
         intent="unsubscribe",
         note="Curt request to be taken off the automatic mailings; no payment statement.",
         body="""Je ne veux plus recevoir ce genre de mail. Retirez mon adresse de vos envois automatiques, merci.
R. Gautreau"""),

    dict(id="s6fr025", country="FR", date="2026-11-24T12:30", fmt="gmail", ago=1,
         inv="BF26-0403", amt="540,00", due="2026-10-29",
         frm="Nathalie Camping Les Peupliers <campinglespeupliers49@gmail.com>",
         intent="paid", paid_on="2026-11-20",
         note="Tutoiement. 'Je l'ai fait vendredi dernier ... par virement': reply on Tuesday 24 November, last Friday = 20 November.",
         body="""Coucou Sophie,

Je l'ai fait vendredi dernier normalement, par virement depuis le compte du camping ! Tu peux revérifier de ton côté ? Sinon dis moi et je t'envoie la preuve.

Bises
Nath"""),

    dict(id="s6fr026", country="FR", date="2026-11-25T09:03", fmt="ooo", ago=0, stage="second_reminder",
         inv="BF26-0389", amt="1 315,00", due="2026-10-31",
         frm="Domaine des Forges <contact@domainedesforges-layon.fr>",
         intent="out_of_office", return_date="2026-12-07",
         note="Wine estate away at trade fairs, cannot answer 'avant le lundi 7 décembre': return 2026-12-07.",
         body="""Bonjour,

Nous sommes actuellement sur les salons des vignerons (Lille puis Paris) et ne pourrons pas répondre à vos messages avant le lundi 7 décembre.

Pour une commande urgente de vin, vous pouvez laisser un message au 02 41 78 35 62, nous rappelons tous les soirs.

Bien à vous,
Domaine des Forges – Rablay-sur-Layon"""),

    dict(id="s6fr027", country="FR", date="2026-11-25T23:12", fmt="gmail", ago=2,
         inv="BF26-0414", amt="1 072,00", due="2026-11-09",
         frm="Kevin Bella Vita <labellavita.lessables@gmail.com>",
         intent="promise", promise_date="2026-11-26",
         note="Phone, late at night. 'Je fais le virement demain matin': written Wednesday 25 November at 23:12, so 26 November.",
         body="""Bsr dsl jai pas eu le temps avec le service ce soir. Je fais le virement demain matin a la 1ere heure
Kevin
Pizzeria La Bella Vita"""),

    dict(id="s6fr028", country="FR", date="2026-11-26T09:45", fmt="outlook", ago=3, stage="second_reminder",
         inv="BF26-0396", amt="2 604,00", due="2026-10-30",
         frm="Anne Guérin <fermeaubergedumoulin@orange.fr>",
         intent="other",
         note="Says the reminder was passed on to her accounting firm, which handles supplier payments; no payment commitment, no change of address requested.",
         body="""Bonjour,

Votre relance a été transmise à notre cabinet comptable (Cabinet Maudet & Associés), qui gère nos règlements fournisseurs depuis cette année.

Cordialement,
Anne Guérin
Ferme-auberge du Moulin – Montreuil-Bellay"""),

    dict(id="s6fr029", country="FR", date="2026-11-26T16:20", fmt="gmail", ago=3, stage="second_reminder",
         inv="BF26-0397", amt="180,00", due="2026-10-30",
         frm="Sylvain Rondeau <fromagerie.rondeau@gmail.com>",
         intent="dispute",
         note="Says this invoice is a duplicate of BF26-0372 (already paid) and refuses to pay it, asks for a credit note: dispute. 8 and 28 October are facts, not labels.",
         body="""Bonjour,

La facture BF26-0397 est un doublon de la BF26-0372 : même intervention (visite d'entretien de la chambre froide du 8 octobre), même montant. La 0372 a été payée le 28 octobre par prélèvement, vous pouvez vérifier.

Je ne paierai donc pas la 0397, merci de l'annuler et de m'envoyer un avoir.

Cordialement,
Sylvain Rondeau
Fromagerie Rondeau – Marché couvert de Saumur"""),

    dict(id="s6fr030", country="FR", date="2026-11-16T11:00", fmt="gmail", ago=4,
         inv="BF26-0392", amt="845,00", due="2026-11-04",
         frm="Gérard Bouyer <famillesrurales.martigne@orange.fr>",
         intent="promise", promise_date="2026-11-30",
         note="Association. 'Le virement sera fait fin novembre': end of November = 30 November 2026. The 25th is when the grant arrives, not the payment.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Le virement sera fait fin novembre : la subvention de la commune, votée au dernier conseil municipal, doit arriver sur notre compte le 25.

Cordialement,
Gérard Bouyer
Trésorier – Familles Rurales de Martigné-Briand"""),

    dict(id="s6fr031", country="FR", date="2026-11-27T08:40", fmt="html_gmail", ago=3, fwd=True,
         inv="BF26-0426", amt="312,00", due="2026-11-20",
         frm="Alain Pasquier <alain.pasquier49@gmail.com>",
         intent="paid", paid_on="2026-11-24",
         note="Forwarded by the husband (the wife received the reminder). Cheque handed to the technician 'mardi dernier, le 24': paid 24 November.",
         body="""Bonjour,

Ma femme m'a fait suivre votre relance ci-dessous, c'est moi qui m'occupe de ce dossier.

Nous avons remis un chèque de 312 € à votre technicien, M. Lhomme, lors de l'entretien de la chaudière mardi dernier, le 24. Il nous a même laissé un reçu sur son bon d'intervention. Votre relance a dû partir le matin même, avant son passage.

Merci de vérifier auprès de lui.

Cordialement,
Alain Pasquier
La Gaubretière"""),

    dict(id="s6fr032", country="FR", date="2026-11-30T19:50", fmt="gmail", ago=3, stage="firm",
         inv="BF26-0405", amt="2 245,00", due="2026-10-31",
         frm="Pascal Moreau <elevage.latouche@orange.fr>",
         intent="promise",
         note="Farmer commits to pay 'la semaine du 14 decembre': a week, not a day, so no promise_date. The 10th is when his calves leave.",
         body="""Bonsoir,
je vous regle la semaine du 14 decembre, les broutards partent le 10 et l'argent arrive quelques jours apres.
Pas la peine de m'envoyer d'autres relances d'ici la.
Salutations
P. Moreau
Elevage de la Touche"""),

    dict(id="s6fr033", country="FR", date="2026-12-01T10:30", fmt="html_outlook", ago=1,
         inv=[("BF26-0411", "1 688,00", "2026-11-10"), ("BF26-0416", "452,40", "2026-11-14")],
         frm="Julie Fontaine <compta.fournisseurs@hotel-chevalblanc-blois.fr>",
         intent="copy_request",
         note="Asks for the signed intervention report and the detail of parts on BF26-0411 before paying; payment only 'dès réception' (no date): copy_request.",
         body="""Bonjour,

Pour pouvoir mettre ces deux factures en paiement, notre direction financière nous demande le bon d'intervention signé ainsi que le détail des pièces facturées sur la BF26-0411 (la facture ne mentionne que « Forfait dépannage + fournitures »).

Pourriez-vous nous les transmettre ? Dès réception, les deux factures partiront au prochain paiement fournisseurs.

Bien cordialement,

Julie Fontaine
Comptabilité fournisseurs
Hôtel Le Cheval Blanc ****
Place Louis XII – 41000 Blois
Tél. : 02 54 78 16 52"""),

    dict(id="s6fr034", country="FR", date="2026-12-01T16:05", fmt="apple", ago=4, stage="second_reminder",
         inv="BF26-0386", amt="174,00", due="2026-11-01",
         frm="Madeleine Roux <madeleine.roux@wanadoo.fr>",
         intent="promise",
         note="Elderly customer commits to pay by cheque 'avant Noël': a window, not a day, so no promise_date.",
         body="""Bonjour Monsieur,

Je viens seulement de voir votre courriel, excusez-moi, je ne regarde pas souvent l'ordinateur.

Je vous réglerai avant Noël par chèque, comme d'habitude. Mon petit-fils doit venir m'aider à faire mes papiers pendant ses vacances.

Meilleures salutations,
Madeleine Roux

Envoyé de mon iPad"""),

    dict(id="s6fr035", country="FR", date="2026-12-02T11:20", fmt="outlook", ago=2, stage="second_reminder",
         inv="BF26-0408", amt="3 960,00", due="2026-11-08",
         frm="Benoît Lhuillier <contact@domaine-lhuillier-vouvray.fr>",
         intent="paid", paid_on="2026-12-02",
         note="'Virement effectué ce jour': paid on the reply's date, 2 December. The request for a receipted invoice is secondary.",
         body="""Bonjour,

Virement effectué ce jour pour la facture BF26-0408.

Pourriez-vous nous adresser en retour une facture acquittée ? Notre expert-comptable en a besoin pour le dossier d'aide à l'investissement (équipement de la cave).

Cordialement,

Benoît Lhuillier
Domaine Lhuillier – Vouvray"""),

    dict(id="s6fr036", country="FR", date="2026-12-02T22:40", fmt="gmail", ago=2, stage="repeat",
         inv=[("BF26-0334", "3 480,00", "2026-10-08"), ("BF26-0371", "915,00", "2026-10-22")],
         frm="Brasserie du Port <brasserieduport.sgcv@gmail.com>",
         intent="plan_request",
         note="Restaurant owner cannot pay the 4 395 € at once and asks to pay in four or five instalments; no date committed.",
         body="""Bonsoir,
je vais etre honnete avec vous, la saison a ete catastrophique (travaux sur le quai pendant 4 mois, on a perdu la moitie du chiffre). Je peux pas sortir 4400 euros d'un coup.
Est ce qu on peut faire en 4 ou 5 fois ? Je suis de bonne foi, je veux pas que ca parte au contentieux.
Yannick
Brasserie du Port – St Gilles"""),

    dict(id="s6fr037", country="FR", date="2026-12-03T14:00", fmt="html_outlook", ago=3, stage="formal_notice", fwd=True,
         inv="BF26-0298", amt="7 420,00", due="2026-10-01",
         frm="Étude Renaudin <contact@renaudin-mj.fr>",
         intent="other",
         note="Court-appointed administrator: the debtor is in receivership (jugement du 17 novembre), the creditor must file its claim; no payment, no dispute. No label date.",
         body="""Madame, Monsieur,

Le dirigeant de la SAS Le Moulin Gourmand nous a transmis votre mise en demeure, reproduite ci-dessous.

Nous vous informons que, par jugement du 17 novembre 2026, le Tribunal de commerce d'Angers a ouvert une procédure de redressement judiciaire à l'égard de cette société et a désigné Maître Sophie Renaudin en qualité de mandataire judiciaire.

Conformément aux articles L. 622-24 et suivants du Code de commerce, il vous appartient de déclarer votre créance entre les mains du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC. Nous vous rappelons que le paiement de toute créance née antérieurement au jugement d'ouverture est interdit (article L. 622-7 du Code de commerce) ; nous vous remercions donc de cesser toute relance auprès du débiteur.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour Maître Sophie Renaudin
Mandataire judiciaire
12 boulevard du Roi René – 49100 Angers"""),

    dict(id="s6fr038", country="FR", date="2026-12-03T20:15", fmt="gmail", ago=3, stage="second_reminder",
         inv="BF26-0413", amt="1 380,00", due="2026-11-12",
         frm="Damien Réthoré <tresorier.asbeaupreau@gmail.com>",
         intent="promise",
         note="Sports club will pay 'après les fêtes' (grant due in January): vague, no promise_date.",
         body="""Bonsoir,

Le club règlera cette facture après les fêtes : la subvention de fonctionnement de la mairie ne tombe qu'en janvier et nos comptes sont à sec après l'achat des nouveaux maillots.

Merci de votre patience.

Sportivement,
Damien Réthoré
Trésorier – AS Beaupréau Football"""),

    dict(id="s6fr039", country="FR", date="2026-12-04T09:10", fmt="gmail", ago=4,
         inv="BF26-0420", amt="650,00", due="2026-11-15",
         frm="Sébastien Clos des Perrières <closdesperrieres@gmail.com>",
         intent="paid", paid_on="2026-12-01",
         note="Tutoiement. 'le virement est parti le 1er': 1 December, written on 4 December.",
         body="""Salut,
c'est bon le virement est parti le 1er, t'as du le recevoir entre temps.
Bonne journée
Seb – Clos des Perrières"""),

    dict(id="s6fr040", country="FR", date="2026-12-04T09:02", fmt="ooo", ago=0, subj_prefix="Message d'absence : ",
         inv="BF26-0417", amt="289,00", due="2026-11-20",
         frm="La Quincaillerie de Baugé <quincaillerie.bauge@orange.fr>",
         intent="out_of_office", return_date="2026-12-08",
         note="Shop closed for stocktaking, messages read 'à partir du mardi 8 décembre': return 2026-12-08.",
         body="""Bonjour,

La boutique est fermée pour inventaire. Je lirai vos messages à partir du mardi 8 décembre.

Merci de votre compréhension.
La Quincaillerie de Baugé"""),

    dict(id="s6fr041", country="FR", date="2026-12-07T18:30", fmt="gmail", ago=4, stage="firm",
         inv="BF26-0385", amt="520,00", due="2026-10-31",
         cc="Karine Bellanger <tresorerie.amicale.chalonnes@gmail.com>",
         frm="Daniel Poirier <daniel.poirier49@free.fr>",
         intent="contact_change", new_email="tresorerie.amicale.chalonnes@gmail.com",
         note="Former treasurer asks that mail go to the new treasurer's address; the AG date of 21 November is no label.",
         body="""Bonjour,

Je ne suis plus trésorier de l'Amicale laïque de Chalonnes depuis l'assemblée générale du 21 novembre. C'est Mme Karine Bellanger qui a repris la trésorerie : merci de lui adresser désormais vos courriers et relances à l'adresse tresorerie.amicale.chalonnes@gmail.com (en copie).

Je lui ai transmis votre relance mais je ne sais pas où elle en est.

Bonne soirée,
Daniel Poirier"""),

    dict(id="s6fr042", country="FR", date="2026-12-07T11:40", fmt="outlook", ago=3, stage="firm",
         inv="BF26-0401", amt="4 128,00", due="2026-11-15",
         frm="Service comptabilité <comptabilite@golfhotel-anjou.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'Le règlement interviendra d'ici le 18 de ce mois': 18 December. The request to waive penalties is secondary.",
         body="""Madame, Monsieur,

Nous prenons bonne note de votre relance.

Le règlement interviendra d'ici le 18 de ce mois, date de notre prochaine campagne de paiements fournisseurs. Compte tenu de nos relations commerciales, nous vous saurions gré de ne pas appliquer les pénalités de retard ni l'indemnité forfaitaire mentionnées dans votre message.

Cordialement,

Service comptabilité
Golf Hôtel d'Anjou
Route de Cheffes – 49125 Briollay

Ce courriel et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires."""),

    dict(id="s6fr043", country="FR", date="2026-12-08T07:20", fmt="gmail", ago=1,
         inv="BF26-0424", amt="268,00", due="2026-11-25",
         frm="Aurelie Dubreuil <aurelie.dub@hotmail.fr>",
         intent="dispute",
         note="Furious household: the boiler has failed since the repair, refuses to pay until it is fixed. 'le 20' is the visit date, not a label.",
         body="""VOUS OSEZ ME RELANCER ???
votre technicien est venu le 20 pour la chaudiere, il a changé une piece et depuis elle se met en defaut toutes les nuits. ca fait plus de 10 jours qu on a pas de chauffage correct avec 2 enfants en bas age. J ai appelé 4 fois personne rappelle.
Je paierai rien tant que c est pas reparé et je vais mettre un avis sur google.
Mme Dubreuil"""),

    dict(id="s6fr044", country="FR", date="2026-12-08T14:30", fmt="gmail", fresh=True, off="+0000",
         subj="Changement de coordonnées bancaires – GAEC des Trois Chênes",
         inv="BF26-0406", amt="125,00", due="2026-12-10",
         frm="GAEC des Trois Chênes <gaec.troischenes@orange.fr>",
         intent="bank_details",
         note="New mail announcing the debtor's own change of bank for the direct debit; gives the new IBAN. 1 December is the change date, not a label.",
         body="""Bonjour,

Nous vous informons que le GAEC a changé de banque au 1er décembre. Le prélèvement mensuel de votre contrat d'entretien (tank à lait et chambre froide) ne pourra plus passer sur notre ancien compte au Crédit Agricole, qui sera clôturé en fin d'année.

Nos nouvelles coordonnées :
Titulaire : GAEC DES TROIS CHENES
IBAN : FR76 1548 9047 2100 0653 8812 071
BIC : CMCIFR2A

Vous trouverez ci-joint le RIB et le nouveau mandat SEPA signé. Merci de faire la modification avant le prochain prélèvement.

Cordialement,
Hélène Papin
GAEC des Trois Chênes – Le Lion-d'Angers"""),

    dict(id="s6fr045", country="FR", date="2026-12-08T10:05", fmt="html_outlook", ago=1, stage="second_reminder",
         inv=[("BF26-0358", "1 944,00", "2026-10-20"), ("BF26-0393", "736,80", "2026-11-05")],
         cc="Thierry Lebrun <direction@camping-lesrivesdeloire.fr>",
         frm="Secrétariat Camping Les Rives de Loire <secretariat@camping-lesrivesdeloire.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Secretary, manager in copy. Both invoices 'réglées par virement le 04/12/2026'.",
         body="""Bonjour,

Pour faire suite à votre message, les deux factures BF26-0358 et BF26-0393 ont été réglées par virement le 04/12/2026, pour un montant total de 2 680,80 €.

Vous trouverez ci-joint l'avis de virement.

Bien cordialement,

Corinne Aubry
Secrétariat
Camping Les Rives de Loire ****
Quai Anjou – 49130 Les Ponts-de-Cé"""),

    dict(id="s6fr046", country="FR", date="2026-12-09T15:50", fmt="outlook", ago=2,
         inv="BF26-0422", amt="1 764,00", due="2026-11-28",
         frm="Stéphane Gillet <auberge.delaloire@wanadoo.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'Le virement sera fait sous 48h': 48 hours from Wednesday 9 December = Friday 11 December.",
         body="""Bonjour,

Toutes mes excuses, la facture était restée coincée chez notre comptable. Le virement sera fait sous 48h.

Cordialement,
Stéphane Gillet
Auberge de la Loire – Montjean-sur-Loire"""),

    dict(id="s6fr047", country="FR", date="2026-12-10T12:10", fmt="gmail", ago=3,
         inv="BF26-0425", amt="598,00", due="2026-11-30",
         frm="Poissonnerie de l'Ocean <poissonnerie.ocean.challans@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="'je vous paie mardi 15': Tuesday 15 December. The request for a technician visit is secondary.",
         body="""Bonjour,
je vous paie mardi 15, on a un gros arrivage pour les fetes et je prefere attendre d'avoir encaissé.
Par contre est ce que vous pouvez passer verifier la vitrine refrigeree ? elle refait du bruit comme avant la reparation, j'ai peur qu'elle me lache pour Noel.
Merci
Laurent
Poissonnerie de l'Océan – Challans"""),

    dict(id="s6fr048", country="FR", date="2026-12-18T09:01", fmt="ooo", ago=0,
         inv="BF26-0412", amt="2 970,00", due="2026-11-30",
         frm="Sophie Gallard <s.gallard@mfr-pouance.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="'absente jusqu'au dimanche 3 janvier inclus': first day back is Monday 4 January 2027.",
         body="""Bonjour,

Je serai absente jusqu'au dimanche 3 janvier inclus. Votre message sera traité à mon retour.

En cas d'urgence, merci de contacter l'accueil de l'établissement au 02 41 92 40 17.

Joyeuses fêtes de fin d'année !

Sophie Gallard
Comptable – Maison Familiale Rurale de Pouancé"""),

    dict(id="s6fr049", country="FR", date="2026-12-14T10:20", fmt="tb", ago=3, stage="formal_notice",
         inv="BF26-0281", amt="2 316,00", due="2026-09-28",
         frm="Philippe Chesneau <gerance@hotel-lesbordsdeloir.fr>",
         intent="dispute",
         note="Contests the formal notice: the order was cancelled by registered letter before the work; asks to collect the equipment and cancel the invoice. Dates are facts, no label.",
         body="""Madame, Monsieur,

Nous contestons formellement votre mise en demeure.

La facture BF26-0281 correspond à l'installation d'une climatisation dans notre salle de séminaire. Or cette commande a été annulée par notre lettre recommandée avec accusé de réception du 2 septembre, soit avant tout début des travaux. Votre équipe est néanmoins intervenue le 15 septembre, en l'absence de toute personne habilitée, sur la seule foi d'un planning que nous vous avions demandé d'annuler.

Nous ne sommes redevables d'aucune somme à ce titre. Nous vous demandons d'annuler cette facture et de venir reprendre le matériel, que nous tenons à votre disposition.

À défaut, nous n'hésiterons pas à transmettre ce dossier à notre conseil.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Chesneau
Gérant – SARL Hôtel Les Bords du Loir
72500 Château-du-Loir"""),

    dict(id="s6fr050", country="FR", date="2026-12-21T08:50", fmt="gmail", ago=3, stage="second_reminder", off="+0000",
         inv="BF26-0427", amt="1 152,00", due="2026-12-05",
         frm="Cécile Morel <boulangerie.morel.beaupreau@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="'Réglé le 15/12 par virement': 15 December.",
         body="""Bonjour,

Réglé le 15/12 par virement (libellé VIR SEPA BOULANGERIE MOREL). Vous avez dû vous croiser avec mon paiement.

Joyeuses fêtes !
Cécile Morel
Boulangerie Morel – Beaupréau"""),
]

EXTRA_KNOWN = ["BF26-0372"]
