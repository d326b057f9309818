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
]
