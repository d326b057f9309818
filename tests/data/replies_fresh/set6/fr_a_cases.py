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

    dict(id="s6fr005", country="FR", date="2026-11-10T09:02", fmt="ooo", ago=1,
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
    dict(id="s6fr016", country="FR", date="2026-11-17T09:01", fmt="ooo", ago=1, stage="second_reminder",
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

    dict(id="s6fr026", country="FR", date="2026-11-25T14:00", fmt="ooo", ago=2, stage="second_reminder",
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
]

EXTRA_KNOWN = ["BF26-0372"]
