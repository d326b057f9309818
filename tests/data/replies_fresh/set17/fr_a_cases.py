"""fr_a: French debtors replying to Imprimerie Delorme SARL (Tours). Handwritten, one by one."""

CASES = [
    dict(id="s17fra001", country="FR", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="FA-26-1187", amt="386,40", due="2026-11-30",
         frm="Karim Haddad <karim.haddad@lecomptoirdeloire.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Very short; 'vendredi' from Wednesday 9 December = 11 December.",
         body="""ok vendredi

Envoyé de mon iPhone"""),

    dict(id="s17fra002", country="FR", date="2026-12-10T10:17", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-26-1102", amt="1 248,00", due="2026-11-10",
         frm="Mairie de Genillé - Secrétariat <secretariat@mairie-genille.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Town hall: the Trésorerie paid by transfer on 8 December.",
         body="""Madame, Monsieur,

Suite à votre courriel, je vous informe que le mandat correspondant à la facture FA-26-1102 (impression du bulletin municipal de novembre) a été pris en charge par le Service de Gestion Comptable de Loches, qui a procédé au virement le 8 décembre 2026.

Le délai de réception sur votre compte peut être de deux à trois jours ouvrés.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mme Catherine Perrot
Secrétaire de mairie
Mairie de Genillé
Place de la Mairie - 37460 Genillé
Tél. 02 47 59 50 12
Ouverture au public : lundi, mardi, jeudi 9h-12h / vendredi 14h-17h"""),

    dict(id="s17fra003", country="FR", date="2026-12-08T22:31", fmt="gmail", stage="reminder", ago=1,
         inv="FA-26-1163", amt="412,80", due="2026-11-28",
         frm="Comité des fêtes de Cormery <cdf.cormery@gmail.com>",
         intent="dispute",
         note="Refuses to pay: flyers printed with the wrong date for the loto; wants a reprint or a credit note.",
         body="""Bonsoir,

Vous avez du culot de nous relancer. Les 2000 flyers pour notre loto ont été imprimés avec la date du samedi 15 novembre au lieu du dimanche 16, alors que le BAT qu'on vous a renvoyé était correct (je l'ai encore dans mes mails). On a dû tout corriger au stylo à la main, à quatre bénévoles, un week-end entier.

On ne paiera pas 412,80 € pour ça. Soit vous nous faites un avoir, soit on en discute, mais on ne règle pas cette facture en l'état.

Jean-Pierre Moreau
Président du Comité des fêtes de Cormery
06 71 22 48 09"""),

    dict(id="s17fra004", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv=[("FA-26-1095", "2 310,00", "2026-11-15"), ("FA-26-1141", "684,00", "2026-11-30")],
         frm="Sophie Lemaire <s.lemaire@chu-tours.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Absent 21/12/2026 to 04/01/2027 inclusive; back Tuesday 5 January.",
         body="""Bonjour,

Je suis absente du 21/12/2026 au 04/01/2027 inclus.
Pendant mon absence, vos demandes concernant le traitement des factures fournisseurs peuvent être adressées à la cellule Fournisseurs : fournisseurs.dam@chu-tours.fr

Les messages reçus ne seront pas transférés.

Cordialement,
Sophie Lemaire
Direction des Affaires Financières - Liquidation fournisseurs
CHRU de Tours"""),

    dict(id="s17fra005", country="FR", date="2026-12-12T14:55", fmt="gmail", stage="reminder", ago=4,
         inv="FA-26-1170", amt="895,00", due="2026-12-01",
         frm="Laura Besnard <laura.besnard37@gmail.com>",
         intent="plan_request",
         note="Private customer (wedding stationery) asks to pay in three instalments; no date committed.",
         body="""bonjour,
desolee pour le retard, avec le mariage et tout le reste on a un peu explosé le budget...
est ce que ce serait possible de payer en 3 fois ? on ne va pas partir sans payer hein, c'est juste que 895 d'un coup en decembre c'est compliqué
merci de me dire si c'est ok pour vous
Laura"""),

    dict(id="s17fra006", country="FR", date="2026-12-14T11:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA-26-1058", amt="3 642,00", due="2026-11-05",
         frm="Comptabilité Fournisseurs <comptabilite.fournisseurs@groupe-vallier.com>",
         intent="copy_request",
         note="Large company AP: invoice rejected without a purchase-order number; asks for a corrected invoice.",
         body="""Bonjour,

Votre facture FA-26-1058 ne peut pas être intégrée dans notre circuit de validation car elle ne comporte pas de numéro de bon de commande.

Conformément à nos conditions générales d'achat, toute facture doit mentionner un numéro de commande au format 4500xxxxxx. Merci de vous rapprocher de votre interlocuteur chez nous (service Marketing, M. Fabre) pour l'obtenir, puis de nous faire parvenir une facture rectifiée à l'adresse factures@groupe-vallier.com.

Sans ce document, nous ne serons pas en mesure de procéder au règlement.

Cordialement,

Nathalie Rouvière
Comptabilité Fournisseurs
Groupe Vallier SAS
ZI des Gâtines – 41100 Vendôme
Tél. : 02 54 73 20 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s17fra007", country="FR", date="2026-12-15T18:08", fmt="tb", stage="reminder", ago=5,
         inv="FA-26-1119", amt="156,00", due="2026-11-20",
         frm="Gérard Dumas <gerard.dumas@laposte.net>",
         intent="contact_change", new_email="tresorerie.chorale.vouvray@gmail.com",
         note="Former treasurer of the choir; asks that reminders go to the new treasurer's address.",
         body="""Bonjour,

Je ne suis plus trésorier de la Chorale de Vouvray depuis l'assemblée générale d'octobre. C'est maintenant Mme Agnès Chevallier qui s'occupe des comptes.

Merci d'envoyer vos factures et relances à son adresse : tresorerie.chorale.vouvray@gmail.com
Je lui ai transféré votre message.

Bien cordialement,
Gérard Dumas"""),

    dict(id="s17fra008", country="FR", date="2026-12-16T09:46", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-26-1152", amt="1 980,00", due="2026-11-30",
         frm="Marion Giraud <m.giraud@cabinet-giraud-avocats.fr>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN; asks the firm to confirm before paying.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Avant de procéder au virement, une vérification : nous avons reçu la semaine dernière un courrier à votre en-tête nous indiquant un changement de coordonnées bancaires (nouvelle banque, IBAN commençant par FR76 1027 8...), alors que votre facture mentionne toujours votre RIB habituel au Crédit Agricole.

Pouvez-vous nous confirmer par téléphone quel est le bon compte ? Avec toutes les fraudes au changement de RIB en ce moment, nous préférons être prudents.

Bien à vous,

Marion Giraud
Assistante de direction
Cabinet Giraud Avocats
22 boulevard Béranger – 37000 Tours
Tél. 02 47 05 61 14"""),

    dict(id="s17fra009", country="FR", date="2026-12-17T13:03", fmt="gmail", stage="heads_up", ago=1,
         inv="FA-26-1201", amt="74,50", due="2026-12-20",
         frm="Bernard Lucas <bernard.lucas@orange.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic emails; says he always pays at the counter.",
         body="""Bonjour

Merci de ne plus m'envoyer ces messages automatiques. Je paie toujours au comptoir quand je viens chercher mes tirages, je n'ai pas besoin d'être relancé par mail avant même la date.

Retirez mon adresse de votre liste s'il vous plaît.

B. Lucas"""),

    dict(id="s17fra010", country="FR", date="2026-12-11T09:03", fmt="bounce", stage="reminder",
         inv="FA-26-1134", rcpt="contact@boulangerie-martineau.fr", status="5.1.1",
         mta="mail-out.imprimerie-delorme.fr", remote="mx1.ovh.net",
         diag="550 5.1.1 <contact@boulangerie-martineau.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: address unknown.",
         body="""Ceci est un message automatique du serveur mail-out.imprimerie-delorme.fr.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente.

<contact@boulangerie-martineau.fr>: host mx1.ovh.net said: 550 5.1.1
    <contact@boulangerie-martineau.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s17fra011", country="FR", date="2026-12-10T16:40", fmt="none", stage="second_reminder", ago=1,
         inv="FA-26-1088", amt="540,00", due="2026-11-08",
         frm="Céline Marchand <celine@marchand-paysage.fr>",
         intent="other",
         note="Forwarded to the external accountant who handles payments; no commitment.",
         body="""Bonjour,

Ce n'est pas moi qui gère les règlements, c'est notre cabinet comptable (Fiduciaire Loire Conseil) qui fait les virements fournisseurs chaque quinzaine. Je leur ai transmis votre mail.

Céline Marchand
Marchand Paysage"""),

    dict(id="s17fra012", country="FR", date="2026-12-29T10:05", fmt="tb", stage="second_reminder", ago=6,
         inv="FA-26-1145", amt="2 760,00", due="2026-12-01",
         frm="Hélène Roche <helene.roche@amap-touraine.org>",
         intent="promise",
         note="Payment will follow the board meeting on 14 January, 'la semaine suivante': a window, no single day.",
         body="""Bonjour,

Merci pour votre message et désolée du retard.

Comme nous vous l'avions indiqué lors de la commande, toute dépense supérieure à 2 000 € doit être validée par le conseil d'administration de l'association. Le CA ne se réunit pas avant le jeudi 14 janvier (report à cause des fêtes). Le règlement de la facture FA-26-1145 sera effectué la semaine qui suit cette réunion, par virement.

Je vous remercie pour votre patience.

Hélène Roche
Trésorière – Réseau des AMAP de Touraine"""),

    dict(id="s17fra013", country="FR", date="2026-12-22T20:14", fmt="gmail", stage="firm", ago=5,
         inv="FA-26-1076", amt="628,20", due="2026-10-31",
         frm="GAEC des Trois Chênes <gaec.troischenes@wanadoo.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Farm: transfer 'fin janvier' = 31 January 2027.",
         body="""Bonsoir,

On est au courant, excusez nous. La paie du lait a été décalée avec la laiterie et la trésorerie est à zéro en ce moment. On vous fait le virement fin janvier pour les étiquettes, c'est sûr.

Pour les pénalités, si vous pouviez être gentils ce serait apprécié, on est clients depuis longtemps.

Cordialement
Thierry et Maryse Pichon
GAEC des Trois Chênes - Saint-Paterne-Racan"""),

    dict(id="s17fra014", country="FR", date="2026-12-18T12:31", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FA-26-1099", amt="1 450,00", due="2026-11-15",
         frm="Yannick Le Goff <yannick@legoff-menuiserie.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: 700 € sent today, balance 'dès que possible' (no date). Label the payment made.",
         body="""Bonjour,

Je viens de faire un virement de 700 € ce jour pour la facture FA-26-1099. Je sais que ce n'est pas la totalité, le reste (750 €) suivra dès que mes clients m'auront payé de leur côté, ce qui devrait se débloquer rapidement.

Désolé pour le délai, les fins d'année sont toujours tendues dans le bâtiment.

Yannick Le Goff
Menuiserie Le Goff
06 84 12 77 30"""),

    dict(id="s17fra015", country="FR", date="2026-12-23T15:00", fmt="ooo", stage="reminder", ago=0,
         inv="FA-26-1208", amt="240,00", due="2026-12-15",
         frm="Pauline Morel Graphisme <contact@paulinemorel-graphisme.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Freelancer closed for the holidays, back 11 January.",
         subj_prefix="Absente : ",
         body="""Bonjour et merci pour votre message !

Le studio est fermé pour les fêtes. Je serai de retour le 11 janvier et je répondrai à vos mails dans l'ordre d'arrivée.

Belles fêtes de fin d'année,
Pauline"""),

    dict(id="s17fra016", country="FR", date="2026-12-14T09:12", fmt="outlook", stage="reminder", ago=3,
         inv=[("FA-26-1112", "318,00", "2026-11-25"), ("FA-26-1127", "92,40", "2026-11-30")],
         frm="Accueil Garage Renaud <accueil@garage-renaud-amboise.fr>",
         fwd=True, to="compta@imprimerie-delorme.fr",
         intent="promise", promise_date="2026-12-18",
         note="Assistant forwards the owner's answer: both invoices to be paid before the 18th (Friday).",
         body="""Bonjour,

Je vous transfère la réponse de M. Renaud ci-dessous, pour info.

Bonne journée,
Stéphanie – accueil

-----Message d'origine-----
De : Patrick Renaud <p.renaud@garage-renaud-amboise.fr>
Envoyé : samedi 12 décembre 2026 08:47
À : Accueil Garage Renaud <accueil@garage-renaud-amboise.fr>
Objet : RE: Relance : factures FA-26-1112 et FA-26-1127 échues – Imprimerie Delorme SARL

Steph, tu leur dis qu'on règle les deux avant le 18, je fais les virements avec ceux des fournisseurs pièces.
P."""),

    dict(id="s17fra017", country="FR", date="2026-12-17T10:26", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA-26-1093", amt="864,00", due="2026-11-12",
         frm="Alexandre Fontaine <alex.fontaine@brasserie-lechat.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Second person at the same company: a colleague had promised Friday; the transfer actually went this morning.",
         body="""Bonjour,

Ma collègue Julie vous a répondu hier que la facture serait réglée vendredi. Finalement j'ai pu valider le virement ce matin avant de partir en rendez-vous, vous devriez le voir sur votre compte d'ici 24/48h.

Cordialement,
Alexandre Fontaine
Gérant – Brasserie Le Chat qui Pêche"""),

    dict(id="s17fra018", country="FR", date="2027-01-06T14:48", fmt="html_outlook", stage="firm", ago=2,
         inv=[("FA-26-1049", "420,00", "2026-11-02"), ("FA-26-1133", "1 155,00", "2026-12-05")],
         frm="Frédéric Collin <f.collin@optique-collin.fr>",
         intent="dispute",
         note="One invoice said paid on 2 Dec, the other contested (wrong quantity); the contested one is what must be handled.",
         body="""Bonjour,

Je reprends vos deux factures :

- FA-26-1049 : elle a été réglée par virement le 2 décembre, je vous laisse vérifier de votre côté.
- FA-26-1133 : nous avions commandé 5 000 catalogues, nous n'en avons reçu que 3 000 (bon de livraison signé avec réserve). Je ne paierai pas 1 155 € pour 3 000 exemplaires. Merci de nous faire une facture rectifiée ou un avoir.

Je ne comprends pas non plus pourquoi vous appliquez des pénalités sur une facture que nous contestons depuis la livraison.

Frédéric Collin
Optique Collin – 3 magasins en Touraine
02 47 23 18 66"""),

    dict(id="s17fra019", country="FR", date="2026-12-09T08:37", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA-26-1172", amt="215,00", due="2026-12-05",
         frm="Mélanie Caron <melanie.caron.sophro@gmail.com>",
         intent="promise", promise_date="2026-12-14",
         note="'lundi prochain' written on Wednesday 9 December = Monday 14 December.",
         body="""Bonjour,

Oups, je pensais l'avoir réglée en même temps que mes cartes de visite ! Je fais le virement lundi prochain, je suis en déplacement jusque-là et je n'ai pas accès à mon appli bancaire pro.

Bonne journée,
Mélanie Caron
Sophrologue – Chinon"""),

    dict(id="s17fra020", country="FR", date="2027-01-07T17:52", fmt="apple", stage="reminder", ago=3,
         inv="FA-26-1215", amt="138,60", due="2026-12-31",
         frm="Vincent Lambert <vincent@lambert-immo.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Pays 'demain' (8 January); side request for a quote does not change the intent.",
         body="""Bonsoir,
Je vous règle ça demain par CB sur votre lien.
Au passage, pouvez-vous me faire un devis pour 500 cartes de visite (même modèle que l'an dernier) pour ma nouvelle collaboratrice ?
Merci
Vincent Lambert
Lambert Immobilier
Envoyé de mon iPad"""),

    dict(id="s17fra021", country="FR", date="2026-12-10T07:58", fmt="gmail", stage="firm", ago=1,
         inv="FA-26-1061", amt="297,00", due="2026-11-05",
         frm="Roland Brunet <roland.brunet@sfr.fr>",
         intent="paid", paid_on="2026-11-28",
         note="Angry: cheque sent on 28 November; asks them to check their mail.",
         body="""Troisième relance avec menace de pénalités, c'est une blague ??

J'AI PAYÉ. Par chèque, posté le 28 novembre, adressé à votre imprimerie rue des Tanneurs. Si vous ne savez pas ouvrir votre courrier ce n'est pas mon problème. Chèque Banque Populaire n° 0000419, il n'est toujours pas débité d'ailleurs.

Vérifiez avant d'envoyer ce genre de mail à des clients qui viennent chez vous depuis 15 ans.

R. Brunet"""),

    dict(id="s17fra022", country="FR", date="2026-12-11T11:34", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-26-1081", amt="1 034,00", due="2026-11-06",
         frm="Gestion Lycée Grandmont <gestion.0370039x@ac-orleans-tours.fr>",
         intent="promise", promise_date="2026-12-22",
         note="School accounting agency: payment 'd'ici le 22 décembre' once the mandate is signed; single day known.",
         body="""Bonjour,

Votre facture FA-26-1081 (impression des livrets d'accueil) nous est bien parvenue. Elle a été liquidée le 9 décembre et se trouve actuellement à la signature de l'agent comptable.

Le paiement devrait intervenir d'ici le 22 décembre, avant la fermeture de l'établissement pour les vacances scolaires.

Cordialement,

Service de gestion
Lycée Grandmont – Avenue de Sévigné – 37200 Tours
02 47 48 76 00"""),

    dict(id="s17fra023", country="FR", date="2027-01-12T15:21", fmt="gmail", stage="final_notice", ago=1,
         inv="FA-26-1124", amt="1 180,00", due="2026-11-25",
         frm="Le Bistrot d'Antoine <bistrot.antoine.tours@gmail.com>",
         intent="plan_request",
         note="Restaurant asks to split the debt into monthly payments; no date committed.",
         body="""Bonjour Madame Delorme,

Je vous écris avant que ça aille plus loin. Je n'ai pas oublié la facture des menus et des cartes de fidélité, mais décembre a été catastrophique pour nous (travaux de voirie devant le restaurant pendant 5 semaines, on a perdu presque la moitié du chiffre).

Est-ce qu'on pourrait s'arranger pour que je vous règle en plusieurs fois, par exemple sur 3 ou 4 mois ? Je préfère vous le dire franchement plutôt que de faire le mort.

Merci de votre compréhension,
Antoine Mercier
Le Bistrot d'Antoine
06 12 45 98 03"""),

    dict(id="s17fra024", country="FR", date="2026-12-15T09:09", fmt="tb", stage="reminder", ago=0,
         inv="FA-26-1158", amt="462,00", due="2026-12-10",
         frm="Nicolas Perrin <n.perrin@perrin-electricite.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF.",
         body="""Bonjour,

Je n'ai jamais reçu cette facture, ni par mail ni par courrier. Pouvez-vous me la renvoyer en PDF à cette adresse ? Je la passe en paiement dès réception.

Cordialement,
Nicolas Perrin
Perrin Électricité – Joué-lès-Tours"""),

    dict(id="s17fra025", country="FR", date="2026-12-16T16:12", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-26-1166", amt="2 064,00", due="2026-12-10",
         frm="Anne-Sophie Vidal <as.vidal@domaine-vidal-vouvray.fr>",
         intent="dispute",
         note="Invoiced amount exceeds the accepted quote (1 450 € HT vs 1 720 € HT); will not pay until corrected.",
         body="""Bonjour,

Je me permets de revenir vers vous au sujet de la facture FA-26-1166 pour nos étiquettes de bouteilles.

Le devis que nous avons signé le 2 octobre (DV-26-0412) était de 1 450,00 € HT pour 12 000 étiquettes avec dorure à chaud. Or la facture porte 1 720,00 € HT, soit 2 064,00 € TTC. Nous n'avons validé aucun supplément, ni par écrit ni par téléphone.

Merci de bien vouloir nous adresser une facture conforme au devis. Nous la réglerons à réception.

Bien cordialement,

Anne-Sophie Vidal
Domaine Vidal – Vins de Vouvray AOC
La Croix Buisée – 37210 Vouvray
www.domaine-vidal-vouvray.fr"""),

    dict(id="s17fra026", country="FR", date="2026-12-24T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA-26-1219", amt="560,00", due="2026-12-18",
         frm="Cabinet Arnaud Syndic - Gestion <gestion@arnaud-syndic.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed until Friday 1 January inclusive; first working day after is Monday 4 January.",
         body="""Bonjour,

Nos bureaux sont fermés jusqu'au vendredi 1er janvier inclus.
Votre message sera traité à notre retour.

Pour toute urgence technique concernant un immeuble (dégât des eaux, panne d'ascenseur), merci de contacter l'astreinte au 02 47 00 00 00.

Le service gestion"""),

    dict(id="s17fra027", country="FR", date="2027-01-13T11:47", fmt="outlook", stage="formal_notice", ago=2,
         inv="FA-26-1068", amt="3 215,00", due="2026-10-30",
         frm="Direction Administrative <direction@textiles-beaumont.fr>",
         intent="other",
         note="Company in receivership: creditor must declare its claim to the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure.

Nous vous informons que la société Textiles Beaumont SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce de Tours en date du 17 novembre 2026. Votre facture étant antérieure au jugement d'ouverture, nous ne sommes légalement pas autorisés à la régler.

Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Laurent Signoret, 12 rue Émile Zola, 37000 Tours, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Christine Beaumont
Directrice administrative et financière
Textiles Beaumont SAS – RCS Tours 402 118 775"""),

    dict(id="s17fra028", country="FR", date="2026-12-08T21:03", fmt="gmail", stage="reminder", ago=1,
         inv="FA-26-1149", amt="128,00", due="2026-11-30",
         frm="Isabelle Renard <isa.renard@free.fr>",
         intent="other",
         note="Wrong recipient: says she never ordered anything from the firm.",
         body="""Bonsoir,

Je crois qu'il y a une erreur, je n'ai jamais rien commandé chez vous et je n'habite même pas en Touraine. Il doit y avoir une autre Isabelle Renard dans votre fichier. Merci de vérifier et de corriger l'adresse mail.

Isabelle Renard"""),

    dict(id="s17fra029", country="FR", date="2026-12-18T13:15", fmt="apple", stage="reminder", ago=3,
         inv="FA-26-1176", amt="59,90", due="2026-12-08",
         frm="Chloé Dufour <chloe.dufour@icloud.com>",
         intent="paid", paid_on="2026-12-18",
         note="Just paid by card through the link.",
         body="""Bonjour,
C'est fait, je viens de payer par carte avec le lien de votre mail. Désolée pour l'oubli !
Chloé

Envoyé de mon iPhone"""),

    dict(id="s17fra030", country="FR", date="2027-01-14T18:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-26-1231", amt="174,00", due="2026-12-31",
         frm="Odile Garnier <odile.garnier@orange.fr>",
         intent="promise", promise_date="2027-01-19",
         note="Will drop off a cheque 'mardi' (from Thursday 14 January = Tuesday 19 January).",
         body="""Bonjour,

Je ne fais pas de virement par internet, je passerai déposer un chèque à l'imprimerie mardi en allant au marché.

Bien cordialement
Odile Garnier
(Club des Aînés de Luynes)"""),

    dict(id="s17fra031", country="FR", date="2026-12-15T14:37", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA-26-1107", amt="745,20", due="2026-11-20",
         frm="Sylvie Hamon <compta@hamon-transports.fr>",
         intent="bank_details",
         note="Transfer rejected by their bank as the IBAN on the invoice is invalid; asks for a RIB.",
         body="""Bonjour,

Nous avions bien lancé le virement pour la facture FA-26-1107 le 27 novembre, mais il nous a été retourné par notre banque avec le motif « IBAN incorrect / compte inexistant ».

En comparant, il semble manquer un chiffre dans l'IBAN imprimé en bas de votre facture. Pouvez-vous nous envoyer un RIB en PDF (sur papier à en-tête de votre banque si possible) afin que nous puissions refaire l'opération ?

Cordialement,
Sylvie Hamon
Service comptabilité
Hamon Transports – Château-Renault
Tél : 02 47 29 54 10"""),

    dict(id="s17fra032", country="FR", date="2026-12-14T10:02", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-26-1160", amt="1 512,00", due="2026-12-05",
         frm="Karine Bouvier <k.bouvier@bouvier-bois.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Suppliers are paid on the 5th of each month; next run after 14 December is 5 January.",
         body="""Bonjour,

Nous effectuons le règlement de nos fournisseurs une fois par mois, le 5. Votre facture nous est parvenue après la campagne du 5 décembre ; elle passera donc au prochain règlement, le 5 janvier.

Merci de votre compréhension.

Karine Bouvier
Comptabilité
Bouvier Bois & Matériaux
Route de Bléré – 37150 Civray-de-Touraine"""),

    dict(id="s17fra033", country="FR", date="2027-01-12T09:41", fmt="tb", stage="final_notice", ago=4,
         inv="FA-26-1117", amt="890,00", due="2026-11-20",
         frm="Me Olivier Tessier <o.tessier@notaires-tessier.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Formal: 'sous huitaine' from 12 January = 20 January (not the reminder's deadline of 16 January).",
         body="""Madame, Monsieur,

J'ai bien reçu votre courrier électronique du 8 janvier relatif à la facture FA-26-1117.

Cette facture avait été égarée lors du changement de notre logiciel comptable en fin d'année ; je vous prie de nous en excuser. Le règlement vous parviendra sous huitaine.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Tessier
Notaire associé
SCP Tessier & Roux – Notaires
5 place du Grand Marché – 37000 Tours"""),

    dict(id="s17fra034", country="FR", date="2026-12-23T16:45", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-26-1139", amt="368,00", due="2026-11-30",
         frm="Atelier Faure Couture <atelier.faure@gmail.com>",
         intent="promise", promise_date="2027-01-06",
         note="Date relative to another date: reopening on 5 January, transfer 'le lendemain' = 6 January.",
         body="""Bonjour,

Je ferme la boutique ce soir, réouverture le mardi 5 janvier, et je n'emporte pas le chéquier ni les codes de la banque pro en vacances (promis à mon mari !). Je vous fais le virement le lendemain de la réouverture, sans faute.

Joyeuses fêtes à toute l'équipe,
Marie Faure
Atelier Faure – retouches & créations"""),

    dict(id="s17fra035", country="FR", date="2027-01-08T10:14", fmt="none", stage="repeat", ago=0,
         inv="FA-26-1044", amt="85,00", due="2026-10-25",
         frm="Daniel Roux <droux37@orange.fr>",
         intent="unsubscribe",
         note="Demands to be removed from the automatic mailings.",
         body="""STOP. Je ne veux plus recevoir vos mails automatiques. Enlevez mon adresse de votre système, c'est la quatrième fois. Si vous avez quelque chose à me dire vous m'appelez ou vous m'écrivez par la poste.

D. Roux"""),

    dict(id="s17fra036", country="FR", date="2027-01-14T11:05", fmt="html_gmail", stage="reminder", ago=1,
         inv="FA-26-1222", amt="210,00", due="2026-12-31",
         frm="Tennis Club de Montlouis <tcmontlouis.tresorier@gmail.com>",
         intent="paid", paid_on="2027-01-11",
         note="Cheque posted 'lundi dernier' (from Thursday 14 January = Monday 11 January).",
         body="""Bonjour,

Le chèque n° 7731204 (Crédit Mutuel) pour la facture FA-26-1222 a été envoyé par la poste lundi dernier. Avec la Poste en ce moment, il devrait arriver d'ici la fin de semaine.

Sportivement,
François Aubert
Trésorier du TC Montlouis"""),

    dict(id="s17fra037", country="FR", date="2026-12-21T14:02", fmt="outlook", stage="reminder", ago=3,
         inv="FA-26-1174", amt="432,00", due="2026-12-12",
         frm="Comptabilité Copropriétés <compta.copro@immo-loire-gestion.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Property manager: transfer made 17/12 from the co-ownership account.",
         body="""Bonjour,

Le règlement de la facture FA-26-1174 (affichage des convocations AG – Résidence Les Glycines) a été effectué par virement en date du 17/12 depuis le compte séparé du syndicat des copropriétaires.

Le libellé du virement est « SDC GLYCINES FA261174 ».

Cordialement,

Service comptabilité copropriétés
Immo Loire Gestion – Syndic de copropriété
Carte professionnelle CPI 3701 2018 000 024 512"""),

    dict(id="s17fra038", country="FR", date="2026-12-09T15:28", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-26-1150", amt="1 296,00", due="2026-11-30",
         frm="Services Économiques EHPAD Les Jardins <economat@ehpad-lesjardins-blere.fr>",
         intent="dispute",
         note="Incomplete delivery (2 of 6 boxes missing); will only pay after the balance or a credit note.",
         body="""Bonjour,

Nous ne pouvons pas procéder au paiement de cette facture en l'état.

Lors de la livraison du 24 novembre, seuls 4 cartons sur 6 nous ont été remis (livrets d'accueil résidents et pochettes familles). Une réserve a été portée sur le bon de livraison par notre agent d'accueil. Malgré deux appels à votre standard, nous n'avons eu aucun retour.

Le règlement sera effectué à réception des 2 cartons manquants, ou à réception d'un avoir correspondant.

Cordialement,

Service économique
EHPAD Les Jardins de Bléré
Tél. 02 47 30 81 20"""),

    dict(id="s17fra039", country="FR", date="2027-01-19T10:30", fmt="gmail", stage="firm", ago=1,
         inv="FA-26-1189", amt="640,00", due="2026-12-15",
         frm="Thomas Giraud <thomas.giraud.archi@gmail.com>",
         intent="dispute",
         note="Principal paid yesterday, but contests the 40 € recovery fee and late-payment penalties: the contested sum is what must be handled.",
         body="""Bonjour,

J'ai réglé hier les 640 € de la facture FA-26-1189 par virement.

En revanche je conteste l'application de pénalités et de l'indemnité forfaitaire de 40 € : votre facture m'a été envoyée le 3 décembre avec une échéance au 15, soit 12 jours au lieu des 30 jours prévus dans votre devis. Je ne règlerai pas ces frais.

Cordialement,
Thomas Giraud
Architecte DPLG"""),

    dict(id="s17fra040", country="FR", date="2027-01-18T09:15", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA-26-1205", amt="1 120,00", due="2026-12-15",
         frm="Amélie Poirier <a.poirier@mfr-azay.fr>",
         intent="out_of_office", return_date="2027-03-15",
         note="On leave until Friday 12 March 2027 inclusive; back Monday 15 March.",
         body="""Bonjour,

Je suis actuellement en congé maternité jusqu'au 12 mars 2027 inclus.

Pour les questions de facturation et de paiement, merci de vous adresser à M. Julien Bréchet, comptable : j.brechet@mfr-azay.fr

Cordialement,
Amélie Poirier
Maison Familiale Rurale d'Azay-le-Rideau"""),

    dict(id="s17fra041", country="FR", date="2026-12-30T11:12", fmt="html_outlook", stage="firm", ago=2,
         inv=[("FA-26-1071", "2 880,00", "2026-10-31"), ("FA-26-1110", "1 940,00", "2026-11-20"), ("FA-26-1146", "615,00", "2026-11-30")],
         frm="Philippe Lebrun <p.lebrun@lebrun-evenements.fr>",
         intent="plan_request",
         note="Three invoices; asks for a payment schedule over several months, no amount or date committed.",
         body="""Madame, Monsieur,

Je fais suite à votre relance concernant nos trois factures en attente.

Je ne vous cache pas que notre trésorerie est très tendue depuis l'annulation de deux salons professionnels en novembre, dont nous attendons toujours le remboursement des acomptes par l'organisateur. Nous ne sommes pas en mesure de régler la totalité en une seule fois.

Serait-il envisageable de mettre en place un échéancier sur quatre à six mois ? Je suis disponible pour en discuter par téléphone à votre convenance.

Je vous remercie par avance de votre compréhension et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Lebrun
Gérant
Lebrun Événements SARL
Tél. 06 08 44 21 57
SARL au capital de 10 000 € – RCS Tours 789 654 123"""),

    dict(id="s17fra042", country="FR", date="2027-01-05T14:26", fmt="gmail", stage="second_reminder", ago=1,
         inv=[("FA-26-1039", "312,00", "2026-10-20"), ("FA-26-1103", "96,00", "2026-11-18")],
         frm="Sandrine Pelletier <compta@fleurs-pelletier.fr>",
         intent="copy_request",
         note="Cannot find either invoice in their records; asks for a statement of account and copies.",
         body="""Bonjour et meilleurs voeux,

Je reprends la comptabilité de la boutique depuis le départ de ma collègue et je ne retrouve ni la FA-26-1039 ni la FA-26-1103 dans nos classeurs. De notre côté nous avons enregistré un seul paiement chez vous en novembre, je ne sais pas à quoi il correspond.

Pourriez-vous m'envoyer un relevé de compte avec les factures et les règlements reçus, plus les copies des deux factures ? Je ferai le point dès réception.

Merci,
Sandrine Pelletier
Fleurs Pelletier – Saint-Cyr-sur-Loire"""),

    dict(id="s17fra043", country="FR", date="2027-01-11T10:48", fmt="outlook", stage="reminder", ago=4,
         inv="FA-26-1236", amt="4 320,00", due="2027-01-05",
         frm="Marc Dubois <marc.dubois@clinique-saint-gatien.fr>",
         intent="contact_change", new_email="factures.fournisseurs@clinique-saint-gatien.fr",
         note="Buyer asks that invoices and reminders go to the central AP mailbox.",
         body="""Bonjour,

Je ne suis pas le bon interlocuteur pour les paiements : je suis responsable des achats et je n'ai pas accès aux règlements.

Depuis le 1er janvier, toutes les factures et relances fournisseurs doivent être adressées exclusivement à : factures.fournisseurs@clinique-saint-gatien.fr
Merci de mettre à jour vos fichiers. Je leur transfère votre message pour cette fois.

Cordialement,

Marc Dubois
Responsable Achats
Clinique Saint-Gatien – Tours
Ligne directe : 02 47 44 17 63"""),

    dict(id="s17fra044", country="FR", date="2026-12-08T17:19", fmt="tb", stage="heads_up", ago=0,
         inv="FA-26-1195", amt="1 764,00", due="2026-12-15",
         frm="Julien Masson <julien.masson@cave-masson.fr>",
         intent="other",
         note="Acknowledges and passes it on for approval; no payment commitment.",
         body="""Bonjour,

Bien reçu, merci. Je transmets à la direction pour validation, c'est elle qui signe les règlements au-delà de 1 500 €.

Julien"""),

    dict(id="s17fra045", country="FR", date="2027-01-20T09:03", fmt="ooo", stage="repeat", ago=0,
         inv="FA-26-1128", amt="512,00", due="2026-11-30",
         frm="Jérôme Chauvin <j.chauvin@chauvin-plomberie.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Away until Friday 22 January inclusive; back Monday 25 January.",
         subj_prefix="Réponse automatique : ",
         body="""Bonjour,

Je suis en formation jusqu'au vendredi 22 janvier inclus, avec un accès limité à ma messagerie.
Pour les urgences (fuite, panne de chauffage), appelez le 06 50 38 12 74.

Jérôme Chauvin
Chauvin Plomberie Chauffage"""),

    dict(id="s17fra046", country="FR", date="2026-12-22T12:40", fmt="html_gmail", stage="reminder", ago=4,
         inv="FA-26-1184", amt="295,00", due="2026-12-10",
         frm="Aurélie Benoît <aurelie.benoit.naturo@gmail.com>",
         intent="promise",
         note="Payment promised 'début janvier, après les fêtes': a window, not a single day.",
         body="""Bonjour,

Merci pour le rappel ! Je suis un peu juste ce mois-ci avec les cadeaux et tout ça, je vous règle la facture début janvier, juste après les fêtes.

Bonne fin d'année,
Aurélie Benoît
Naturopathe – Ballan-Miré
07 81 26 45 93"""),

    dict(id="s17fra047", country="FR", date="2027-01-26T19:36", fmt="gmail", stage="firm", ago=3,
         inv="FA-26-1240", amt="183,00", due="2027-01-10",
         frm="kevin.jacquet <kevin.jacquet86@gmail.com>",
         intent="promise",
         note="Phone-typed: 'la semaine pro' is a window, no single day.",
         body="""slt dsl pr le retard jsuis sur un chantier a poitiers toute la semaine, je vous paye la semaine pro des que je rentre
kevin jacquet"""),

    dict(id="s17fra048", country="FR", date="2026-12-16T11:55", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FA-26-1090", amt="2 148,00", due="2026-11-10",
         frm="Comptabilité - Cartonnages du Val <comptabilite@cartonnages-duval.fr>",
         intent="paid", paid_on="2026-12-16",
         note="'Le virement part ce jour': transfer issued today (16 December).",
         body="""Bonjour,

La facture FA-26-1090 était bloquée en attente de validation du service achats, elle est désormais validée.

Le virement part ce jour, dans notre campagne de paiement du mercredi.

Cordialement,

Émilie Garnier
Comptable fournisseurs
Cartonnages du Val SAS
Tél. 02 47 57 90 31 – Fax 02 47 57 90 30"""),

    dict(id="s17fra049", country="FR", date="2027-01-22T21:18", fmt="apple", stage="reminder", ago=3,
         inv="FA-27-0012", amt="67,20", due="2027-01-15",
         frm="Lucie Martin <lucie.martin@sfr.fr>",
         intent="paid", paid_on="2027-01-20",
         note="Phone-typed: transfer made 'avant hier' (from 22 January = 20 January).",
         body="""bonsoir j ai fait le virement avant hier vous devriez l avoir recu normalement. bonne soirée

Envoyé de mon iPhone"""),

    dict(id="s17fra050", country="FR", date="2027-01-04T09:33", fmt="tb", stage="second_reminder", ago=4,
         inv=[("FA-26-1154", "730,00", "2026-12-01"), ("FA-26-1198", "418,00", "2026-12-15")],
         frm="Patricia Noël <patricia.noel@garage-noel-loches.fr>",
         intent="paid",
         note="Says both invoices were paid by the accountant during the holidays; no exact day given.",
         body="""Bonjour et bonne année !

Normalement c'est réglé pour les deux factures : notre comptable a passé tous les virements fournisseurs pendant la fermeture des fêtes. Si vous ne voyez rien arriver d'ici la fin de semaine, redites-le moi et je regarderai avec elle.

Bien cordialement,
Patricia Noël
Garage Noël – Loches"""),
]
