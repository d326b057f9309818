"""Set 4, French part B: replies s4fr101-s4fr150 to reminders from three French firms
(garage = Garage Le Goff & Fils, web = Studio Marée Haute, photo = Lumière d'Oc Photographie).
All texts written by hand, one by one."""

CASES = [
    dict(id="s4fr101", country="FR", firm="garage", date="2026-11-10T21:14", fmt="apple", ago=1,
         inv="GLG-26-0843", amt="386,40", due="2026-10-30",
         frm="Kevin Marchand <kev.marchand35@gmail.com>",
         intent="promise", promise_date="2026-11-13",
         note="commits to transfer 'vendredi' when his pay arrives; reply Tue 10 Nov -> Fri 13 Nov",
         body="""bonjour
dsl j avais completement zappé pour la clio , je fais le virement vendredi quand ma paye tombe
cordialement
Kevin Marchand

Envoyé de mon iPhone"""),

    dict(id="s4fr102", country="FR", firm="garage", date="2026-11-12T12:37", fmt="gmail", ago=3,
         inv="GLG-26-0851", amt="742,18", due="2026-11-05",
         frm="Fabrice Rolland <fab.rolland@orange.fr>",
         intent="paid", paid_on="2026-11-07",
         note="says he paid cash 'samedi' at the garage and got a receipt; reply Thu 12 Nov -> last Saturday 7 Nov",
         body="""Salut Yannick,

C'est Fabrice (la 308 grise). Je t'ai reglé en liquide samedi quand je suis venu recup la voiture, ta secretaire m'a meme fait un recu a la main. Je l'ai encore dans la boite a gants si besoin.
Faut mettre a jour ton logiciel la :)

A+
Fab"""),

    dict(id="s4fr103", country="FR", firm="web", date="2026-11-12T07:52", fmt="gmail", ago=2, stage="second_reminder",
         inv="SMH-2026-0418", amt="1 680,00", due="2026-10-20",
         frm="Boulangerie Gosselin <boulangerie.gosselin14@gmail.com>",
         intent="dispute",
         note="refuses to pay because the website is still not online / the order form does not work",
         body="""Bonjour

Je vais etre clair : je paierai pas 1680 euros pour un site qui est toujours pas en ligne. Ca fait 2 mois qu on me dit "la semaine prochaine". Le formulaire de commande de gateaux marche pas, ma femme a testé 3 fois hier soir, rien recu.

Quand le site sera fini et qu il marchera on parlera de la facture. Pas avant.

Thierry Gosselin
Boulangerie Gosselin - Ouistreham"""),

    dict(id="s4fr104", country="FR", firm="photo", date="2026-11-11T22:48", fmt="gmail", ago=2,
         inv="LDO-2026-112", amt="1 450,00", due="2026-10-31",
         frm="Laura et Mehdi <laura.mehdi.mariage@gmail.com>",
         intent="plan_request",
         note="asks to pay the wedding photos in three instalments; no date committed",
         body="""Bonsoir Camille,

On est vraiment désolés pour le retard... Entre le mariage, la salle et le traiteur qui nous a facturé un supplément qu'on n'avait pas prévu, on est un peu à sec en ce moment.
Est-ce que ce serait possible de régler les photos en 3 fois ? On ne veut surtout pas laisser traîner, on a adoré l'album.

Dis-nous si c'est ok pour toi et comment tu préfères qu'on fasse.

Merci mille fois,
Laura & Mehdi"""),

    dict(id="s4fr105", country="FR", firm="garage", date="2026-11-16T09:02", fmt="ooo", ago=0,
         inv="GLG-26-0819", amt="2 114,90", due="2026-10-25",
         frm="Plomberie Texier SARL <contact@plomberie-texier.fr>",
         intent="out_of_office", return_date="2026-11-23",
         note="automatic reply: office closed until Saturday 21 Nov inclusive, back Monday 23 Nov (stated)",
         body="""Bonjour,

L'entreprise Plomberie Texier est fermée pour congés jusqu'au samedi 21 novembre inclus. Nous serons de retour le lundi 23 novembre.

Pour une urgence (fuite, dégât des eaux), merci d'appeler le 06 72 18 44 05.

Cordialement,
Plomberie Texier"""),

    dict(id="s4fr106", country="FR", firm="web", date="2026-11-13T18:20", fmt="apple", ago=1,
         inv="SMH-2026-0431", amt="540,00", due="2026-10-31",
         frm="Au Jardin d'Emma <aujardindemma@orange.fr>",
         intent="promise", promise_date="2026-11-20",
         note="'d'ici le 20' in a reply dated 13 Nov -> 20 Nov 2026",
         body="""Bonsoir,

Oui je sais je suis en retard, desolee. Avec la Toussaint j'ai eu un rush a la boutique et j'ai rien vu passer. Je vous regle ca d'ici le 20 sans faute.

Emma
Au Jardin d'Emma, fleuriste

Envoyé de mon iPad"""),

    dict(id="s4fr107", country="FR", firm="photo", date="2026-11-17T13:05", fmt="gmail", ago=4,
         inv="LDO-2026-118", amt="320,00", due="2026-11-06",
         frm="Sandrine Pujol <sandrine.pujol31@laposte.net>",
         intent="copy_request",
         note="asks for the invoice as a PDF for the works council reimbursement before paying",
         body="""Bonjour,

Je n'ai jamais reçu la facture de la séance photo de famille du 18 octobre (on était 9 avec les grands-parents). Pouvez-vous me l'envoyer en PDF, à mon nom, avec le détail de la prestation ? Le CE de mon travail rembourse une partie mais il leur faut une vraie facture.

Merci d'avance,
Sandrine Pujol"""),

    dict(id="s4fr108", country="FR", firm="garage", date="2026-11-18T19:41", fmt="gmail", ago=2, stage="second_reminder",
         inv="GLG-26-0808", amt="512,60", due="2026-10-22",
         frm="jp.guillou <jpguillou@free.fr>",
         intent="dispute",
         note="contests the amount: quote was 380 EUR, invoiced 512.60 without his agreement",
         body="""Monsieur,

Le devis que vous m'avez fait signer pour les plaquettes et disques etait de 380 euros TTC. Vous me facturez 512,60 sans m'avoir appelé pour me prevenir de quoi que ce soit. J'ai payé les 380 le jour meme par cheque, vous l'avez encaissé.

Je ne paierai pas les 132,60 de difference tant qu'on ne m'a pas expliqué ce que c'est. Et je n'accepte pas de travaux que je n'ai pas autorisés.

J-P Guillou"""),

    dict(id="s4fr109", country="FR", firm="web", date="2026-11-18T10:12", fmt="html_outlook", ago=1,
         inv="SMH-2026-0425", amt="2 280,00", due="2026-11-10",
         frm="Pharmacie des Quatrans <compta@pharmacie-quatrans.fr>",
         intent="paid", paid_on="2026-11-18",
         note="'Le virement est parti ce matin' in a mail dated 18 Nov -> paid 18 Nov",
         body="""Bonjour,

Le virement de 2 280,00 € a été émis ce matin depuis notre compte Crédit Agricole, libellé « SMH-2026-0425 ». Il devrait vous parvenir sous 24 à 48h.

Bien cordialement,

Nathalie Fournier
Assistante de gestion
Pharmacie des Quatrans
2 rue des Quatrans – 14000 Caen
Tél. 02 31 85 22 47

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s4fr110", country="FR", firm="garage", date="2026-11-19T16:58", fmt="gmail", ago=3, stage="second_reminder",
         inv="GLG-26-0797", amt="968,30", due="2026-10-28",
         frm="Martine Le Bihan <martine.lebihan@wanadoo.fr>",
         intent="promise", promise_date="2026-11-30",
         note="wife handling her hospitalised husband's papers commits to pay 'le 30 novembre'",
         body="""Bonjour,

Je suis l'épouse de M. Yves Le Bihan. Mon mari a été hospitalisé début novembre (il va mieux mais il est encore à Pontchaillou) et c'est moi qui m'occupe de ses papiers, je découvre un peu tout. Je n'avais pas vu vos courriers, excusez-nous.

Je vous règlerai la réparation du Kangoo le 30 novembre, quand sa pension sera arrivée. Si ça ne va pas, appelez-moi au 06 41 27 90 33.

Martine Le Bihan"""),

    dict(id="s4fr111", country="FR", firm="photo", date="2026-11-19T11:30", fmt="outlook", ago=2,
         inv="LDO-2026-121", amt="690,00", due="2026-11-12",
         frm="Boutique Sienne <boutique.sienne@gmail.com>",
         intent="contact_change", new_email="factures@cabinet-audric-expert.fr",
         note="asks that invoices and reminders go to her accountant's address",
         body="""Bonjour Camille,

Merci pour les photos de la collection, elles sont top sur le site !
Pour la facture, à partir de maintenant merci d'envoyer tout ce qui est factures et relances directement à mon cabinet comptable : factures@cabinet-audric-expert.fr. C'est eux qui font les paiements pour la boutique, moi je ne vois jamais rien passer.

Belle journée,
Inès
Boutique Sienne – 8 rue des Filatiers, Toulouse"""),

    dict(id="s4fr112", country="FR", firm="web", date="2026-11-20T09:16", fmt="gmail", ago=3,
         inv="SMH-2026-0440", amt="960,00", due="2026-11-15",
         frm="Garage Vélo Lebas <velo.lebas@sfr.fr>",
         intent="bank_details",
         note="received a mail announcing a new IBAN and asks if it is genuine before paying (fraud fear)",
         body="""bonjour

jai recu lundi un mail soi disant de chez vous avec un nouveau rib (banque en ligne, iban qui commence par LT). ca me parait louche, c'est vraiment vous ? je prefere demander avant de virer quoi que ce soit. rappelez moi ou confirmez moi le bon iban svp

Alain Lebas
Cycles Lebas, Bayeux"""),

    dict(id="s4fr113", country="FR", firm="garage", date="2026-11-23T10:05", fmt="outlook", ago=4, stage="firm",
         inv="GLG-26-0774", amt="1 326,00", due="2026-10-15",
         frm="Menuiserie Hamon <menuiserie.hamon@orange.fr>",
         intent="promise", promise_date="2026-11-25",
         note="'sous 48h' in a mail dated Mon 23 Nov -> Wed 25 Nov",
         body="""Bonjour,

Toutes nos excuses pour ce retard, la facture était restée coincée dans la pile. Le règlement de l'entretien du Master sera fait sous 48h.

Cordialement,
Sophie Hamon
Menuiserie Hamon – Cesson-Sévigné"""),

    dict(id="s4fr114", country="FR", firm="photo", date="2026-11-24T08:47", fmt="tb", ago=2,
         inv="LDO-2026-109", amt="245,00", due="2026-11-10",
         frm="Gérard Castex <gerard.castex@free.fr>",
         intent="paid", paid_on="2026-11-23",
         note="paid by card on the online link 'hier soir', reply dated 24 Nov -> 23 Nov",
         body="""Bonjour Madame,

J'ai réglé hier soir par carte bancaire en passant par le lien de votre message. Ma petite-fille m'a aidé, j'espère que c'est bien passé de votre côté. J'ai reçu un message de confirmation de la banque.

Merci encore pour les belles photos de nos noces d'or.

Gérard Castex"""),

    dict(id="s4fr115", country="FR", firm="garage", date="2026-11-24T20:33", fmt="gmail", ago=1, stage="heads_up",
         inv="GLG-26-0902", amt="189,00", due="2026-11-30",
         frm="Nadia Benali <nadia.benali@hotmail.fr>",
         intent="unsubscribe",
         note="asks to stop receiving these automatic reminder emails; no payment information",
         body="""Bonsoir,

Merci de me retirer de vos envois automatiques. Je paie toujours mes factures à l'échéance, je n'ai pas besoin de recevoir un mail de rappel avant même que ce soit dû. Je ne veux plus recevoir ce genre de messages.

N. Benali"""),

    dict(id="s4fr116", country="FR", firm="garage", date="2026-11-25T12:19", fmt="gmail", ago=2,
         inv="GLG-26-0866", amt="274,50", due="2026-11-13",
         frm="Celine Morvan <celine.morvan.56@gmail.com>",
         intent="promise", promise_date="2026-11-26",
         note="mother will come and pay by card 'demain' at the garage; reply Wed 25 Nov -> Thu 26 Nov",
         body="""bjr
c pour le scooter de mon fils (Lucas Morvan), il m a dit qu il avait payé mais en fait non il avait gardé la facture dans son sac... je passe demain au garage regler par cb en sortant du boulot vers 18h
desolée
Celine"""),

    dict(id="s4fr117", country="FR", firm="web", date="2026-11-25T15:44", fmt="outlook", ago=1,
         inv="SMH-2026-0437", amt="420,00", due="2026-11-05",
         frm="La Cave de Vaucelles <cave.vaucelles@wanadoo.fr>",
         intent="paid", paid_on="2026-11-12",
         note="states the transfer was made on 12/11 (numeric date), before this reply of 25 Nov",
         body="""Bonjour,

Cette facture a été payée par virement le 12/11 (référence de l'opération 4402187, BNP). Je vous joins la capture de l'avis d'opéré. Merci de vérifier de votre côté et de ne plus me relancer.

Cordialement
Patrick Hue
La Cave de Vaucelles"""),

    dict(id="s4fr118", country="FR", firm="photo", date="2026-11-26T21:07", fmt="gmail", ago=3, stage="second_reminder",
         inv="LDO-2026-097", amt="1 100,00", due="2026-10-15",
         frm="Julie Ferran <julie.ferran@gmail.com>",
         intent="dispute",
         note="contests the delivery: far fewer photos than promised, ceremony photos missing; withholds the balance",
         body="""Bonsoir,

Je suis désolée mais non, on ne va pas payer le solde comme ça. Le contrat disait "400 photos retouchées minimum" et on en a reçu 187. Il n'y a quasiment rien de la cérémonie à la mairie, pas une seule photo de mes parents avec nous, et la moitié de la galerie c'est la déco de la salle.

On a déjà versé l'acompte de 600 €. On attend soit les photos manquantes soit une vraie réduction, et on veut en parler avec vous avant de verser quoi que ce soit.

Julie et Romain Ferran"""),

    dict(id="s4fr119", country="FR", firm="garage", date="2026-11-26T08:31", fmt="apple", ago=1, stage="second_reminder",
         inv="GLG-26-0789", amt="1 045,70", due="2026-10-26",
         frm="Steph <stephane.ropars@laposte.net>",
         intent="plan_request",
         note="lost his job, asks if he can pay in monthly instalments; no date committed",
         body="""Salut Yannick

Je vais pas te mentir je suis dans la merde, je me suis fait licencier debut novembre et le chomage a pas encore commencé. Je te dois toujours l embrayage du Berlingo je sais bien.
Est ce que tu accepterais que je te paye 100 ou 150 par mois ? Je prefere te le dire franchement plutot que de faire le mort

Steph

Envoyé de mon iPhone"""),

    dict(id="s4fr120", country="FR", firm="web", date="2026-11-27T09:04", fmt="ooo", ago=0,
         inv="SMH-2026-0452", amt="780,00", due="2026-11-20",
         frm="Le Bistrot du Port <contact@bistrotduport-honfleur.fr>",
         intent="out_of_office", return_date="2026-12-09",
         note="annual closure 23 Nov - 8 Dec, reopening Wednesday 9 Dec (stated)",
         body="""Bonjour et merci pour votre message.

Le Bistrot du Port est en fermeture annuelle du lundi 23 novembre au mardi 8 décembre inclus. Réouverture et reprise des mails le mercredi 9 décembre.

Pour les réservations des fêtes, vous pouvez laisser un message au 02 31 89 40 12.

L'équipe du Bistrot"""),

    dict(id="s4fr121", country="FR", firm="photo", date="2026-11-27T19:52", fmt="gmail", ago=2,
         inv="LDO-2026-124", amt="380,00", due="2026-11-20",
         frm="Aurélie Baqué <aurelie.baque@hotmail.fr>",
         intent="promise", promise_date="2026-12-04",
         note="'fin de semaine prochaine' in a reply of Fri 27 Nov -> Friday 4 Dec",
         body="""Bonsoir Camille,

Je suis un peu gênée... Ma mère devait payer la moitié des photos du baptême de Léo (c'était son cadeau) et elle a oublié, et moi je pensais que c'était fait. Bref, histoire de famille !
On règle la totalité fin de semaine prochaine, promis.

Encore merci, les photos sont magnifiques.
Aurélie"""),

    dict(id="s4fr122", country="FR", firm="garage", date="2026-11-30T10:26", fmt="gmail", ago=3,
         inv="GLG-26-0871", amt="612,00", due="2026-11-20",
         frm="Bernard Quéré <b.quere@orange.fr>",
         intent="other",
         note="says the windscreen claim was passed to his insurer, who is to contact the garage; neither promise nor dispute, nothing to act on but wait / check with the insurer",
         body="""Bonjour,

Le remplacement du pare-brise est pris en charge par mon assurance (MAAF, contrat bris de glace sans franchise). J'ai transmis votre facture à mon agence de Rennes vendredi, ils doivent vous contacter directement pour le règlement. Le numéro de sinistre est le 26-BG-771094.

Cordialement,
Bernard Quéré"""),

    dict(id="s4fr123", country="FR", firm="garage", date="2026-11-30T09:03", fmt="bounce",
         inv="GLG-26-0880", amt="158,00", due="2026-11-22",
         rcpt="c.moreau35@orange.fr", status="5.1.1",
         diag="550 5.1.1 <c.moreau35@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416",
         remote="smtp-in.orange.fr", mta="amazonses.com",
         intent="bounce",
         body="""Échec de la remise du message à c.moreau35@orange.fr.

Le serveur de destination a refusé l'adresse : le destinataire n'existe pas.

Delivery to the following recipient failed permanently:

     c.moreau35@orange.fr"""),

    dict(id="s4fr124", country="FR", firm="web", date="2026-11-30T17:40", fmt="tb", ago=4, stage="second_reminder",
         inv="SMH-2026-0409", amt="1 150,00", due="2026-10-30",
         frm="Comité des fêtes de Douvres <cdf.douvres@free.fr>",
         intent="promise", promise_date="2026-12-04",
         note="treasurer: transfer will go out 'le vendredi 4 décembre', the day after the board meeting",
         body="""Bonjour,

Je suis le trésorier du comité des fêtes. Toute dépense au-dessus de 1000 € doit être validée par le conseil d'administration, qui se réunit le jeudi 3 décembre. Le virement pour le site internet partira le vendredi 4 décembre, au lendemain du CA.

Désolé pour ce délai, c'est le fonctionnement de l'association.

Jean-Marc Delaunay
Trésorier – Comité des fêtes de Douvres-la-Délivrande"""),

    dict(id="s4fr125", country="FR", firm="photo", date="2026-12-01T09:18", fmt="gmail", ago=2,
         inv="LDO-2026-115", amt="210,00", due="2026-11-15",
         frm="Odette Sarrail <odette.sarrail@orange.fr>",
         intent="paid", paid_on="2026-11-30",
         note="cheque posted 'hier, lundi' in a reply of Tue 1 Dec -> 30 Nov",
         body="""Bonjour Madame,

Je vous ai envoyé le chèque par la poste hier, lundi, à l'adresse de votre studio place du Salin. Vous devriez le recevoir d'ici la fin de la semaine.

Bien à vous,
Odette Sarrail"""),

    dict(id="s4fr126", country="FR", firm="garage", date="2026-12-01T13:55", fmt="gmail", ago=3,
         inv="GLG-26-0877", amt="835,20", due="2026-11-25",
         frm="Taxi Yohann <taxi.yohann.rennes@gmail.com>",
         intent="copy_request",
         note="cannot find the invoice, asks for it to be resent as a company invoice with VAT detail for his accountant",
         body="""Bonjour

je retrouve plus la facture de la révision + pneus du Sandero, mon comptable la reclame. Vous pouvez me la renvoyer par mail en pdf ? Au nom de la société SASU TAXI YOHANN svp avec la TVA detaillée, pas a mon nom perso comme la derniere fois.

Merci
Yohann"""),

    dict(id="s4fr127", country="FR", firm="garage", date="2026-12-01T20:11", fmt="html_gmail", ago=4, stage="second_reminder",
         inv="GLG-26-0848", amt="1 390,00", due="2026-11-04",
         frm="Anthony Gicquel <anthony.gicquel@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="will pay from his year-end bonus paid 'le 15 décembre' -> 15 Dec",
         body="""Bonsoir,

Je sais que la facture de la boîte de vitesses est en retard. Ma prime de fin d'année est versée le 15 décembre et je vous règle la totalité ce jour-là.

J'espère que ça vous convient, et merci d'avoir été arrangeants au moment de la réparation.

Anthony Gicquel"""),

    dict(id="s4fr128", country="FR", firm="web", date="2026-12-02T11:03", fmt="html_outlook", ago=1,
         inv="SMH-2026-0466", amt="348,00", due="2026-11-25",
         frm="Optique Lemaître <direction@optique-lemaitre.fr>",
         intent="dispute",
         note="says first-year maintenance was included in the website package, so this maintenance invoice is not owed",
         body="""Bonjour,

Je ne comprends pas cette facture de « maintenance annuelle ». Lors de la signature en janvier, il avait été clairement convenu avec Hugo que la maintenance et l'hébergement étaient inclus la première année (c'est écrit dans votre devis n° D-2026-012, page 2). Le site a été mis en ligne en mars : la première année n'est donc pas terminée.

Merci d'annuler cette facture ou de m'envoyer un avoir.

Cordialement,

Claire Lemaître
Optique Lemaître
17 rue Écuyère – 14000 Caen"""),

    dict(id="s4fr129", country="FR", firm="garage", date="2026-12-02T18:24", fmt="gmail", ago=2,
         inv="GLG-26-0874", amt="96,00", due="2026-11-24",
         frm="Loïc Tanguy <loic.tanguy29@sfr.fr>",
         intent="paid", paid_on="2026-11-26",
         note="wife paid at the counter 'jeudi dernier'; reply Wed 2 Dec -> Thu 26 Nov",
         body="""Bonjour,
ma femme est passée payer au comptoir jeudi dernier en CB pour le parallélisme, c'est Mme Tanguy qui a signé. Vous avez dû mal pointer. Merci de regarder
Loïc Tanguy"""),

    dict(id="s4fr130", country="FR", firm="photo", date="2026-12-03T14:38", fmt="gmail", ago=2,
         inv=[("LDO-2026-126", "450,00", "2026-11-25"), ("LDO-2026-131", "270,00", "2026-11-30")],
         frm="Chez Mamie Lou <chezmamielou.toulouse@gmail.com>",
         intent="promise", promise_date="2026-12-07",
         note="will pay both invoices 'lundi'; reply Thu 3 Dec -> Mon 7 Dec",
         body="""Coucou Camille !

Oui oui j'ai bien vu, pardon, le mois a été dingue au resto. Je te règle les deux factures (photos de la carte + les photos pour Insta) lundi, je fais un seul virement.

Bises
Lou"""),

    dict(id="s4fr131", country="FR", firm="garage", date="2026-12-03T07:12", fmt="apple", ago=1,
         inv="GLG-26-0889", amt="212,40", due="2026-11-27",
         frm="Dylan <dylan.perrot22@icloud.com>",
         intent="promise", promise_date="2026-12-05",
         note="will come and pay 'samedi matin'; reply Thu 3 Dec -> Sat 5 Dec",
         body="""yo c dylan pour la polo, je passe samedi matin te regler avant midi, en liquide ca te va ?

Envoyé de mon iPhone"""),

    dict(id="s4fr132", country="FR", firm="web", date="2026-12-08T09:01", fmt="ooo", ago=0,
         inv="SMH-2026-0471", amt="600,00", due="2026-11-30",
         frm="Cabinet de kinésithérapie Marais <kine.marais.caen@gmail.com>",
         intent="out_of_office", return_date="2026-12-21",
         note="away 7-18 Dec, 'de retour le lundi 21 décembre' (stated)",
         body="""Bonjour,

Je suis en congé du 7 au 18 décembre. Le cabinet reste ouvert avec ma remplaçante pour les soins, mais je ne consulte pas ma messagerie.
Je serai de retour le lundi 21 décembre et je traiterai votre message à ce moment-là.

Pierre Marais, masseur-kinésithérapeute"""),

    dict(id="s4fr133", country="FR", firm="garage", date="2026-12-04T13:27", fmt="gmail", ago=3, stage="firm",
         inv="GLG-26-0829", amt="1 780,00", due="2026-11-03",
         frm="Kader Hamidi <kader.hamidi@hotmail.com>",
         intent="dispute",
         note="refuses to pay: the car broke down again three days after the repair with the same fault",
         body="""NON je paierai pas tant que la voiture sera pas reparée !!!

3 jours apres etre sortie de chez vous la C4 est retombée en panne, meme voyant moteur, meme bruit, j ai du la faire remorquer une 2e fois a mes frais (120 euros de depanneuse). Et vous m envoyez des "penalites de retard" ??

Vous la reparez correctement, vous me remboursez la depanneuse et apres on verra pour la facture. Sinon je vais voir une association de consommateurs.

K. Hamidi"""),

    dict(id="s4fr134", country="FR", firm="web", date="2026-12-04T16:50", fmt="gmail", ago=2,
         inv="SMH-2026-0459", amt="312,00", due="2026-11-22",
         frm="Salon Coiff'Aline <coiffaline.falaise@orange.fr>",
         intent="paid", paid_on="2026-12-01",
         note="transfer made 'le 1er' (December), reply dated 4 Dec -> 1 Dec",
         body="""bonjour
c'est payé depuis le 1er, virement de mon compte pro au Credit Mutuel. vous avez du le recevoir entre temps non ?
Aline"""),

    dict(id="s4fr135", country="FR", firm="photo", date="2026-12-07T11:22", fmt="html_outlook", ago=2,
         inv="LDO-2026-129", amt="880,00", due="2026-11-30",
         frm="Agence Immobilière du Capitole <gestion@immo-capitole31.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'d'ici la fin de la semaine' in a mail of Mon 7 Dec -> Fri 11 Dec",
         body="""Bonjour,

Votre facture pour les reportages photo des biens de novembre est validée par la direction. Le règlement sera effectué d'ici la fin de la semaine, avec notre campagne de paiements fournisseurs.

Cordialement,

Mélanie Roques
Service comptabilité
Agence Immobilière du Capitole
42 rue d'Alsace-Lorraine – 31000 Toulouse"""),

    dict(id="s4fr136", country="FR", firm="garage", date="2026-12-07T21:46", fmt="gmail", ago=4, stage="second_reminder",
         inv="GLG-26-0858", amt="654,90", due="2026-11-12",
         frm="Isabelle Corre <isabelle.corre@laposte.net>",
         intent="contact_change", new_email="f.corre.pro@gmail.com",
         note="the car is her ex-husband's; asks that the invoice and reminders go to him at the address she gives (redirect, not a refusal of the debt itself)",
         body="""Bonsoir,

Je reçois encore vos relances alors que la Megane n'est plus à moi depuis le divorce, c'est mon ex-mari qui l'a gardée et c'est lui qui l'a amenée chez vous en octobre. Il a dû donner mon ancienne adresse mail par habitude.

Merci d'envoyer la facture et les relances à lui directement : f.corre.pro@gmail.com (Franck Corre). Je ne veux plus être mêlée à ça.

Isabelle Corre"""),

    dict(id="s4fr137", country="FR", firm="web", date="2026-12-08T12:04", fmt="html_gmail", ago=1,
         inv="SMH-2026-0474", amt="1 020,00", due="2026-12-01",
         frm="Fromagerie La Normande <fromagerie.lanormande@gmail.com>",
         intent="promise", promise_date="2026-12-09",
         note="'demain matin' in a reply of Tue 8 Dec -> Wed 9 Dec",
         body="""Bonjour Hugo,

Oups, pardon, j'étais persuadé de l'avoir fait en même temps que l'URSSAF. Je vous fais le virement demain matin à la première heure.

Et au passage la boutique en ligne marche du tonnerre, déjà 40 commandes de plateaux pour Noël !

Benoît
Fromagerie La Normande – Lisieux"""),

    dict(id="s4fr138", country="FR", firm="garage", date="2026-12-09T10:40", fmt="outlook", ago=2,
         inv="GLG-26-0884", amt="1 476,00", due="2026-11-30",
         frm="Transports Bréhat <administratif@transports-brehat.fr>",
         intent="bank_details",
         note="announces the debtor's own change of bank and gives a new RIB for the fleet direct debit; payment question secondary",
         body="""Bonjour,

Nous avons changé de banque au 1er décembre (passage du CIC au Crédit Agricole). Le prélèvement de votre facture d'entretien de la flotte a donc été rejeté, ce n'est pas un défaut de paiement de notre part.

Vous trouverez ci-joint notre nouveau RIB ainsi qu'un nouveau mandat SEPA signé. Merci de mettre à jour vos coordonnées et de représenter le prélèvement.

Cordialement,
Gaëlle Bréhat
Transports Bréhat – Saint-Malo"""),

    dict(id="s4fr139", country="FR", firm="photo", date="2026-12-09T08:15", fmt="apple", ago=1,
         inv="LDO-2026-133", amt="150,00", due="2026-12-04",
         frm="Maëlle Roux <maelle.roux@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="'payé ce matin' in a mail of 9 Dec -> 9 Dec",
         body="""Bonjour ! Payé ce matin par le lien, désolée pour l'attente 🙈

Maëlle

Envoyé de mon iPhone"""),

    dict(id="s4fr140", country="FR", firm="web", date="2026-12-10T17:33", fmt="gmail", ago=3, stage="second_reminder",
         inv="SMH-2026-0448", amt="1 260,00", due="2026-11-16",
         frm="Epicerie Fine Lucas <epicerie.lucas@free.fr>",
         intent="plan_request",
         note="water damage closed the shop; asks for a delay until the insurer pays out, no date committed",
         body="""Bonjour,

Nous avons eu un dégât des eaux le 20 novembre (fuite chez le voisin du dessus), la boutique est fermée depuis, on a tout perdu dans la réserve. L'expert de l'assurance passe la semaine prochaine mais on n'a aucune idée de quand on sera indemnisés.

Est-ce que vous pourriez nous accorder un délai pour la facture du site, le temps que ça se débloque ? Ou un paiement en plusieurs fois si c'est plus simple pour vous. On ne refuse pas de payer, on n'a juste plus de rentrées pour l'instant.

Merci de votre compréhension,
Marion et David Lucas"""),

    dict(id="s4fr141", country="FR", firm="garage", date="2026-12-10T19:02", fmt="gmail", ago=2, stage="final_notice",
         inv="GLG-26-0781", amt="2 340,00", due="2026-10-20",
         frm="Roger Lemée <roger.lemee@wanadoo.fr>",
         intent="promise", promise_date="2026-12-24",
         note="will pay 'la veille de Noël' when his daughter lends him the money -> 24 Dec (not the quoted deadline of 16 Dec)",
         body="""Monsieur Le Goff,

Ce n'est pas la peine de me menacer d'huissier, je suis client chez vous depuis 30 ans et votre père ne m'aurait jamais envoyé ce genre de lettre.
Le moteur m'a coûté plus que ce que je pensais et ma retraite ne suffit pas. Ma fille va m'avancer l'argent quand elle descendra pour les fêtes, et je vous règle la veille de Noël, en main propre.

Roger Lemée"""),

    dict(id="s4fr142", country="FR", firm="photo", date="2026-12-10T14:09", fmt="gmail", ago=1,
         inv="LDO-2026-135", amt="295,00", due="2026-12-05",
         frm="Hélène Vidal <helene.vidal81@gmail.com>",
         intent="other",
         note="asks to be called to add extra prints and settle everything together; a question, no commitment or refusal",
         body="""Bonjour,

Avant de payer je voudrais savoir s'il est possible d'ajouter des tirages (5 ou 6 en grand format pour offrir aux grands-parents à Noël) et de tout régler ensemble en une fois. Pourriez-vous m'appeler au 06 88 31 52 07, plutôt entre 12h et 14h ?

Merci,
Hélène Vidal"""),

    dict(id="s4fr143", country="FR", firm="web", date="2026-12-11T09:48", fmt="outlook", ago=2,
         inv="SMH-2026-0479", amt="450,00", due="2026-12-05",
         frm="Garage Solidaire du Bessin <contact@garagesolidaire-bessin.org>",
         intent="dispute",
         note="says the logo was only quoted, never ordered; owes nothing",
         body="""Bonjour,

Nous n'avons jamais commandé de logo. Nous vous avions demandé un devis en octobre, que nous n'avons pas signé (le bureau a choisi de le faire faire par un bénévole). Les propositions que vous nous avez envoyées n'ont jamais été validées.

Cette facture n'est donc pas due. Merci de l'annuler.

Cordialement,
Anne Poisson, présidente"""),

    dict(id="s4fr144", country="FR", firm="garage", date="2026-12-11T15:20", fmt="gmail", ago=3, fwd=True,
         inv="GLG-26-0893", amt="3 105,60", due="2026-12-02",
         frm="Accueil Boucherie Rault <boucherie.rault.rennes@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="assistant forwards the accountant's answer: transfer made 'le 8 décembre'",
         body="""Bonjour,

Je vous transfère la réponse de notre comptable ci-dessous.

Chloé, accueil Boucherie Rault

---------- Forwarded message ---------
De : Cabinet Orhan <j.orhan@orhan-compta.fr>
Date : jeu. 10 déc. 2026 à 18:02
Objet : Re: garage Le Goff

Bonjour Chloé,
Le virement au garage Le Goff (réparation du camion frigo, 3 105,60 €) a été passé le 8 décembre avec les autres fournisseurs. Ils devraient l'avoir.
Jérôme"""),

    dict(id="s4fr145", country="FR", firm="garage", date="2026-12-18T18:30", fmt="ooo", ago=0,
         inv="GLG-26-0905", amt="488,00", due="2026-12-12",
         frm="Elodie Jaouen <e.jaouen@transports-lemaout.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="absent until 3 Jan, 'de retour le lundi 4 janvier' (stated)",
         body="""Bonjour,

Je suis absente jusqu'au dimanche 3 janvier inclus. De retour le lundi 4 janvier.
Pour toute question urgente concernant la facturation, merci de contacter Mickaël au 02 96 33 18 70.

Très bonnes fêtes de fin d'année,
Elodie Jaouen"""),

    dict(id="s4fr146", country="FR", firm="photo", date="2026-12-14T22:17", fmt="gmail", ago=4, stage="second_reminder",
         inv="LDO-2026-122", amt="390,00", due="2026-11-20",
         frm="Samia Khelifi <samia.khelifi@outlook.fr>",
         intent="promise", promise_date="2027-01-05",
         note="will pay on 'le 5 janvier' when her salary arrives -> 5 Jan 2027",
         body="""Bonsoir,

J'ai honte de vous écrire ça mais avec les cadeaux de Noël des trois enfants je ne peux pas payer les photos de fin d'année ce mois-ci. Je vous règle tout le 5 janvier, le jour où mon salaire tombe. Je ne vous oublie pas, vraiment.

Samia Khelifi"""),

    dict(id="s4fr147", country="FR", firm="web", date="2026-12-14T08:06", fmt="gmail", ago=1,
         inv="SMH-2026-0483", amt="180,00", due="2026-12-08",
         frm="Franck Leroux <leroux.franck.elec@gmail.com>",
         intent="promise", promise_date="2026-12-16",
         note="'mercredi' in a reply of Mon 14 Dec -> Wed 16 Dec",
         body="""ok je regle mercredi

F. Leroux"""),

    dict(id="s4fr148", country="FR", firm="photo", date="2026-12-15T10:51", fmt="html_outlook", ago=2,
         inv="LDO-2026-138", amt="1 320,00", due="2026-12-10",
         frm="Clinique vétérinaire des Minimes <compta@veto-minimes.fr>",
         intent="paid", paid_on="2026-12-11",
         note="transfer made 'vendredi 11/12' -> 11 Dec",
         body="""Bonjour,

Sauf erreur, votre facture a été réglée par virement vendredi 11/12 (libellé : LDO-2026-138 PHOTOS EQUIPE). Vous le verrez sans doute apparaître aujourd'hui ou demain sur votre compte.

Bonne journée,

Karine Dufaur
Secrétariat – Clinique vétérinaire des Minimes
Ce courriel et ses éventuelles pièces jointes sont confidentiels."""),

    dict(id="s4fr149", country="FR", firm="garage", date="2026-12-15T13:12", fmt="gmail", ago=2,
         inv=[("GLG-26-0901", "342,00", "2026-12-06"), ("GLG-26-0908", "127,50", "2026-12-10")],
         frm="Pascale Hervé <pascale.herve35@orange.fr>",
         intent="promise", promise_date="2026-12-18",
         note="will pay both invoices together 'vendredi 18'; reply Tue 15 Dec -> Fri 18 Dec",
         body="""Bonjour

Oui j'ai bien les 2 factures (la Twingo de ma fille et ma Clio), je vous paie les 2 d'un coup vendredi 18 en passant au garage, ça m'évite deux virements.

Bonne journée
Pascale Hervé"""),

    dict(id="s4fr150", country="FR", firm="web", date="2026-12-21T16:25", fmt="gmail", ago=3, stage="second_reminder",
         inv="SMH-2026-0462", amt="890,00", due="2026-11-28",
         frm="Tatoo Studio Ink'Caen <inkcaen.tattoo@gmail.com>",
         intent="promise",
         note="commits to pay 'début janvier, après les fêtes': vague, no promise_date",
         body="""salut

ouais je sais je suis a la bourre, decembre c est mort pour moi niveau treso (loyer + fournisseurs d encre). je te regle ca debut janvier apres les fetes, promis je vais pas disparaitre

Max
Ink'Caen"""),
]
