"""fr_a: handwritten debtor replies to Ménard Thermique & Jardins SARL (Cholet): plumbing, heating, solar, gardens."""

CASES = [
    dict(id="s10fra001", country="FR", date="2026-12-08T10:42", fmt="gmail", stage="reminder", ago=1,
         inv="MTJ-2026-1187", amt="148,50", due="2026-11-20",
         frm="Jean Perrin <jean.perrin49@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Retired couple; cheque will be brought/posted Friday (11 Dec).",
         body="""Bonjour Madame,

Nous avons bien reçu votre courrier électronique concernant l'entretien de la chaudière fait par votre technicien au mois d'octobre. Nous vous prions de nous excuser pour ce retard, nous étions chez notre fille à Nantes pendant trois semaines et le courrier s'est accumulé.

Mon épouse descend en ville vendredi, elle déposera le chèque à votre bureau de la zone de la Gare en même temps.

Avec nos remerciements, et bien le bonjour au jeune homme qui est venu, très aimable.

Jean et Monique Perrin
12 allée des Tilleuls
49300 Cholet"""),

    dict(id="s10fra002", country="FR", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=2,
         inv="MTJ-2026-1203", amt="236,00", due="2026-11-30",
         frm="Kevin Bouvier <kev.bouvier@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made this morning (day of the reply).",
         body="""bonjour c fait ce matin par virement desolé j avais zappé avec le bebe
merci encore pour la fuite

Kevin

Envoyé de mon iPhone"""),

    dict(id="s10fra003", country="FR", date="2026-12-10T18:05", fmt="outlook", stage="second_reminder", ago=3,
         inv="MTJ-2026-1049", amt="1 385,00", due="2026-11-15",
         frm="Gérard Lanoë <g.lanoe@sci-lanoe.fr>",
         intent="dispute",
         note="Landlord refuses to pay: new water heater leaks again, demands a fix first.",
         body="""Vous ne manquez pas d'air.

Le chauffe-eau que vous avez posé le 28 octobre dans mon appartement de la rue Nationale FUIT DE NOUVEAU. Ma locataire m'a appelé samedi, il y avait de l'eau plein le placard, le voisin du dessous a une tache au plafond. J'ai laissé deux messages à votre secrétariat lundi, personne ne m'a rappelé. Et aujourd'hui je reçois une deuxième relance pour payer 1 385 euros ?

Je ne réglerai pas un centime tant que l'installation n'aura pas été reprise correctement et que je n'aurai pas de nouvelles de votre assurance pour le dégât chez le voisin.

Faites venir quelqu'un cette semaine. Ma locataire est joignable au 06 71 24 90 38.

G. Lanoë
SCI Lanoë Patrimoine"""),

    dict(id="s10fra004", country="FR", date="2026-12-18T16:30", fmt="ooo", ago=0,
         inv="MTJ-2026-1244", amt="412,80", due="2026-12-10",
         frm="Gîte Les Trois Moulins <contact@gite-troismoulins.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 19 Dec to 3 Jan inclusive; back Monday 4 January.",
         body="""Bonjour et merci pour votre message,

Le gîte est fermé et nous sommes absents du 19 décembre au 3 janvier inclus. Les courriels ne seront pas consultés pendant cette période.

Pour une réservation, vous pouvez passer par notre page Gîtes de France. Nous traiterons toutes les autres demandes à notre retour.

Belles fêtes de fin d'année !
Anne-Sophie et Luc
Gîte Les Trois Moulins – Saint-Macaire-en-Mauges"""),

    dict(id="s10fra005", country="FR", date="2026-12-14T13:20", fmt="tb", stage="firm", ago=2,
         inv="MTJ-2026-0962", amt="18 640,00", due="2026-10-31",
         frm="GAEC du Pré Neuf <gaec.preneuf@wanadoo.fr>",
         intent="plan_request",
         note="Farm asks to split the solar installation invoice into several payments; no date committed.",
         body="""Bonjour,

Nous revenons vers vous suite à votre relance pour la facture des panneaux sur le hangar à fourrage.

Nous ne contestons pas du tout la facture, l'installation fonctionne bien et on est contents. Le problème c'est la trésorerie : la prime qu'on attendait de la Région n'est toujours pas versée, et avec le prix du lait cette année on est un peu juste pour sortir 18 640 euros d'un coup.

Est-ce qu'il serait possible de régler en plusieurs fois ? On pensait à 4 ou 5 mensualités, mais on s'adapte à ce que vous pouvez accepter. Dites-nous ce qui vous convient et on met les prélèvements en place avec la banque.

On reste joignables au 02 41 64 18 72 le midi ou le soir (pas pendant la traite).

Cordialement,

Pour le GAEC du Pré Neuf
Thierry et Sandrine Cesbron
La Brosse – 49450 Saint-André-de-la-Marche"""),

    dict(id="s10fra006", country="FR", date="2026-12-11T08:55", fmt="html_outlook", stage="reminder", ago=3,
         inv="MTJ-2026-1130", amt="684,00", due="2026-11-25",
         frm="Boulangerie Grelier <boulangerie.grelier@outlook.fr>",
         intent="copy_request",
         note="Cannot find the invoice; asks for a PDF copy for the accountant before paying.",
         body="""Bonjour,

Nous avons bien eu votre relance mais impossible de retrouver la facture MTJ-2026-1130 dans nos papiers ni dans la boîte mail. C'est pour le détartrage et le remplacement du groupe de sécurité au fournil je crois ?

Pouvez-vous nous la renvoyer en PDF à cette adresse ? Notre comptable ne passe aucun paiement sans la facture en main.

Merci d'avance,

Mélanie Grelier
Boulangerie Pâtisserie Grelier
8 place Travot – 49300 Cholet
Tél. 02 41 62 33 05"""),

    dict(id="s10fra007", country="FR", loc="GB", date="2026-12-12T11:14", fmt="gmail", stage="reminder", ago=4,
         inv="MTJ-2026-1152", amt="540,00", due="2026-11-28",
         frm="Philippa Harcourt <pip.harcourt@btinternet.com>",
         intent="promise",
         note="British second-home owner will pay after the holidays when back in France; no single date.",
         body="""Dear Ménard team,

Apologies, I'm afraid this one slipped through the net. We closed up the house at Vihiers at the end of October and the post has been going to the neighbours.

My French bank card has expired and the new one is sitting in the letterbox over there, so I can't pay online from here. We're coming back over after Christmas and I'll sort it out first thing when we arrive, either by card or I'll pop into your office.

Many thanks for the work on the garden, Mrs Aubert next door says the hedges look wonderful.

Best wishes,
Philippa Harcourt"""),

    dict(id="s10fra008", country="FR", date="2026-12-09T15:02", fmt="tb", stage="reminder", ago=1,
         inv="MTJ-2026-1098", amt="2 156,40", due="2026-11-20",
         frm="Paroisse Saint-Pierre en Mauges – Économat <economat.stpierre@diocese49.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Parish treasurer says the cheque was posted on 2 December.",
         body="""Madame, Monsieur,

Je me permets de répondre à votre relance au sujet de la facture de réparation de la chaudière du presbytère.

Le conseil économique a validé la dépense lors de sa réunion de fin novembre et j'ai expédié le chèque n° 0004127 de la Banque Populaire, d'un montant de 2 156,40 €, par courrier postal le mercredi 2 décembre, à l'adresse de la rue Denis Papin. Il a sans doute croisé votre message.

Si toutefois vous ne l'aviez pas reçu d'ici la fin de la semaine prochaine, merci de me le faire savoir afin que je fasse opposition.

Avec mes salutations cordiales,

Bernard Chupin
Économe de la paroisse Saint-Pierre en Mauges
Presbytère – 2 rue de l'Église – 49120 Chemillé-en-Anjou"""),

    dict(id="s10fra009", country="FR", date="2026-12-15T19:33", fmt="gmail", stage="second_reminder", ago=5,
         inv="MTJ-2026-1071", amt="327,60", due="2026-11-10",
         frm="Club de Voile du Lac de Ribou <cvlr.secretariat@gmail.com>",
         intent="contact_change", new_email="tresorerie.cvlr@gmail.com",
         note="New club treasurer; send invoices and reminders to the treasury address.",
         body="""Bonsoir,

Ce mail arrive sur l'adresse du secrétariat qui n'est relevée que de temps en temps en hiver, d'où notre silence, désolé.

Depuis l'assemblée générale du 21 novembre, c'est Pascale Girard qui a repris la trésorerie du club. Merci d'envoyer désormais vos factures et relances directement à tresorerie.cvlr@gmail.com, c'est elle qui fait les paiements. Je lui transfère votre message pour la facture du ballon d'eau chaude des vestiaires.

Bonne soirée,
Hervé Marchand
Secrétaire – CVLR"""),

    dict(id="s10fra010", country="FR", date="2026-12-10T22:10", fmt="gmail", stage="heads_up", ago=2,
         inv="MTJ-2026-1262", amt="395,00", due="2026-12-18",
         frm="La Closerie des Lavandes <closerie.lavandes@free.fr>",
         intent="promise", promise_date="2026-12-15",
         note="B&B will transfer on the 15th; side question about booking a chimney sweep (promise acted on first).",
         body="""Bonsoir,

Pas d'inquiétude, je fais le virement le 15, c'est le jour où je fais tous mes paiements fournisseurs.

Par contre j'en profite : est-ce que vous faites aussi le ramonage du conduit de l'insert ? On l'a pas fait depuis deux ans et l'assurance commence à nous le réclamer. Si oui, il faudrait venir avant le 20 décembre, j'ai des clients pour le réveillon.

Merci,
Claire Baudouin
La Closerie des Lavandes – chambres d'hôtes
06 12 48 75 30"""),

    dict(id="s10fra011", country="FR", date="2026-12-16T12:48", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="MTJ-2026-1115", amt="189,00", due="2026-11-22",
         frm="Aurélie Fontaine <aurelie.fontaine.pro@gmail.com>",
         intent="paid",
         note="Says the transfer left last week; no single day given.",
         body="""Bonjour,

Le virement est parti la semaine dernière, je l'ai sous les yeux sur mon appli bancaire, libellé "MTJ 1115 FONTAINE". Il a peut-être mis du temps à arriver avec les jours de traitement, mais il est bien débité de mon compte.

Merci de vérifier de votre côté avant de m'envoyer une troisième relance :)

Aurélie Fontaine"""),

    dict(id="s10fra012", country="FR", date="2026-12-16T17:25", fmt="apple", stage="reminder", ago=1,
         inv=[("MTJ-2026-1166", "298,00", "2026-11-30"), ("MTJ-2026-1174", "298,00", "2026-12-05")],
         frm="Yves Le Goff <yves.legoff@me.com>",
         intent="dispute",
         note="Same hedge trimming billed twice; will pay one invoice only once corrected.",
         body="""Bonjour,

Vous me relancez pour deux factures de 298 € chacune, la 1166 et la 1174. Or il s'agit de la même prestation : la taille des haies de thuyas et du laurier le long du chemin, faite en une seule fois par votre équipe le 17 novembre. Je n'ai eu qu'un seul passage en novembre, mon épouse était présente toute la journée.

La seconde facture est donc un doublon. Merci de l'annuler et de m'envoyer un avoir ; je réglerai la première dès que ce sera rectifié.

Cordialement,

Yves Le Goff
La Grande Noue – 49360 Maulévrier"""),

    dict(id="s10fra013", country="FR", date="2026-12-23T09:01", fmt="ooo", ago=1,
         inv="MTJ-2026-1219", amt="1 072,50", due="2026-12-05",
         frm="Transports Godineau – Comptabilité <compta@transports-godineau.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="On leave until Tuesday 5 January inclusive; first day back Wednesday 6 January.",
         body="""Bonjour,

Je suis en congés jusqu'au mardi 5 janvier 2027 inclus.

Pour toute urgence concernant l'exploitation, merci de contacter le 02 41 55 80 14. Les questions relatives aux factures et aux règlements seront traitées à mon retour.

Cordialement,

Nathalie Rousseau
Service comptabilité
Transports Godineau SAS"""),

    dict(id="s10fra014", country="FR", date="2026-12-17T10:37", fmt="gmail", stage="second_reminder", ago=3,
         inv="MTJ-2026-1082", amt="2 740,00", due="2026-11-18",
         frm="Françoise Guillou <fr.guillou@laposte.net>",
         intent="bank_details",
         note="Received a letter with a different IBAN in the firm's name; asks to confirm before paying.",
         body="""Bonjour,

Je voulais payer la facture du remplacement de la chaudière ce matin mais j'ai un doute.

Hier j'ai reçu un courrier (par la poste, avec votre logo) m'indiquant que vous aviez changé de banque et me donnant un nouveau RIB, un IBAN qui commence par FR76 1695 8... Or ce n'est pas du tout le même que celui qui figure sur la facture que j'ai reçue en novembre (Crédit Agricole Anjou Maine).

Avec tout ce qu'on entend sur les arnaques, je préfère vous demander : quel est le bon IBAN ? Je ne ferai rien tant que vous ne me l'aurez pas confirmé, idéalement par téléphone.

Mon numéro : 06 33 81 42 07.

Merci,
Françoise Guillou"""),

    dict(id="s10fra015", country="FR", date="2026-12-17T16:12", fmt="tb", stage="reminder", ago=2,
         inv="MTJ-2026-1197", amt="96,00", due="2026-12-01",
         frm="André Rabin <andre.rabin@sfr.fr>",
         intent="unsubscribe",
         note="Asks to stop receiving emails; prefers paper mail. No payment statement.",
         body="""Monsieur,

Je ne souhaite plus recevoir de messages de votre part par ordinateur. C'est mon petit-fils qui m'a installé cette adresse et je ne la regarde presque jamais.

J'ai toujours réglé mes factures par chèque à réception du courrier papier et je continuerai ainsi. Merci de retirer mon adresse de vos envois.

André Rabin"""),

    dict(id="s10fra016", country="FR", date="2026-12-21T11:06", fmt="outlook", fwd=True, stage="firm", ago=4,
         inv="MTJ-2026-1023", amt="3 912,00", due="2026-11-05",
         frm="Laetitia Morand <accueil@garage-dupas.fr>",
         intent="promise", promise_date="2026-12-31",
         note="Assistant forwards the manager's answer: payment on 31/12 with the other suppliers.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Dupas concernant votre relance.

Bonne journée,
Laetitia Morand
Accueil – Garage Dupas Automobiles
ZI du Cormier – 49300 Cholet
02 41 46 22 10

-----Message d'origine-----
De : Frédéric Dupas <f.dupas@garage-dupas.fr>
Envoyé : lundi 21 décembre 2026 10:48
À : Laetitia Morand <accueil@garage-dupas.fr>
Objet : RE: Troisième relance : facture MTJ-2026-1023 impayée

Laetitia, tu peux leur répondre qu'on passe le paiement le 31/12 avec le reste des fournisseurs. La clim de l'atelier marche nickel, rien à redire.
Fred"""),

    dict(id="s10fra017", country="FR", date="2026-12-18T20:19", fmt="gmail", stage="second_reminder", ago=1,
         inv="MTJ-2026-1140", amt="455,00", due="2026-11-26",
         frm="Sophie Martin <sophiemartin.angers@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer, probably another Sophie Martin.",
         body="""Bonsoir,

Je pense que vous vous trompez de destinataire. Je n'ai jamais fait appel à votre entreprise, je ne suis pas propriétaire et j'habite en appartement à Angers, donc pas de jardin ni de chaudière à entretenir !

Il doit y avoir une autre Sophie Martin dans votre fichier (ce n'est pas le nom le plus rare...). Merci de corriger l'adresse mail de votre cliente pour que je ne reçoive plus ses relances.

Bonne soirée
Sophie Martin"""),

    dict(id="s10fra018", country="FR", date="2026-12-22T14:40", fmt="html_gmail", stage="firm", ago=2,
         inv="MTJ-2026-0988", amt="3 480,00", due="2026-11-02",
         frm="Mathieu et Élodie Charrier <charrier.famille@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Partial payment of 500 EUR made today; balance vaguely in January.",
         body="""Bonjour,

Nous avons fait ce jour un virement de 500 € pour la facture de la pompe à chaleur.

Nous sommes désolés pour le retard, le congé parental d'Élodie a été plus long que prévu et décembre est compliqué avec les enfants. Nous réglerons le solde (2 980 €) courant janvier, en une ou deux fois.

Merci de votre patience,
Mathieu Charrier
06 58 14 27 93"""),

    dict(id="s10fra019", country="FR", date="2026-12-17T07:52", fmt="apple", stage="reminder", ago=3,
         inv="MTJ-2026-1208", amt="174,00", due="2026-12-02",
         frm="Julien Roy <julien.roy85@icloud.com>",
         intent="promise", promise_date="2026-12-22",
         note="Dictated on a phone; transfer next Tuesday (22 Dec) when his pay arrives.",
         body="""Bonjour je vous fais le virement mardi prochain quand ma paix sera tombée désolé pour le retard c'était pour la fuite sous l'évier bonne journée Julien Roy

Envoyé de mon iPhone"""),

    dict(id="s10fra020", country="FR", date="2027-01-05T15:28", fmt="tb", stage="firm", ago=6,
         inv="MTJ-2026-0914", amt="9 870,00", due="2026-10-20",
         frm="Odette Tessier <odette.tessier@orange.fr>",
         intent="plan_request",
         note="Widow asks to pay the heat pump in monthly instalments; no date or amount committed.",
         body="""Madame, Monsieur,

Je fais suite à vos différents courriers au sujet de la pompe à chaleur installée chez moi en septembre.

Je vous dois des explications. Mon mari, qui s'occupait de tous ces papiers, est décédé au mois d'août, quelques semaines après avoir signé votre devis. J'ai tenu à faire faire les travaux comme il l'avait prévu, mais je me rends compte aujourd'hui que la prime de l'État sur laquelle il comptait ne m'a pas encore été versée, le dossier est bloqué parce qu'il était à son nom.

Avec ma seule pension de réversion, il m'est impossible de vous régler 9 870 euros en une fois. Je voudrais vous demander s'il serait possible de vous payer chaque mois, une somme que nous fixerions ensemble, en attendant que cette prime arrive.

Je ne cherche pas à me soustraire à ma dette, j'ai toujours payé ce que je devais. Vous pouvez me téléphoner au 02 41 63 07 51, je suis presque toujours à la maison l'après-midi.

Je vous prie de croire, Madame, Monsieur, à mes sentiments distingués.

Odette Tessier
7 rue du Puits Gaudin
49280 La Tessoualle"""),

    dict(id="s10fra021", country="FR", date="2026-12-28T09:15", fmt="gmail", stage="reminder", ago=5,
         inv="MTJ-2026-1231", amt="127,00", due="2026-12-12",
         frm="Théo Gaborit <theo.gaborit@hotmail.fr>",
         intent="paid", paid_on="2026-12-27",
         note="Paid by card through the online link on Sunday (27 Dec).",
         body="""Bonjour,

J'ai payé hier soir par carte avec le lien de votre mail, j'ai bien reçu la confirmation de paiement (réf. transaction 7C41-22BA).

Bonne fin d'année
Théo"""),

    dict(id="s10fra022", country="FR", date="2027-01-07T11:50", fmt="html_outlook", stage="final_notice", ago=3,
         inv="MTJ-2026-0843", amt="4 200,00", due="2026-09-30",
         frm="Dominique Béranger <d.beranger@beranger-conseil.fr>",
         intent="dispute",
         note="Refuses to pay the solar balance: production far below the quote and inverter broken since November.",
         body="""Madame, Monsieur,

J'accuse réception de votre « dernier rappel » concernant le solde de 4 200,00 € de l'installation photovoltaïque réalisée à mon domicile en juillet dernier.

Je vous rappelle les faits, que j'ai déjà exposés à votre conducteur de travaux par téléphone les 13 et 27 novembre :

1. Votre étude prévisionnelle, jointe au devis signé, annonçait une production de l'ordre de 6 800 kWh par an. Sur les quatre mois d'été et de début d'automne, la production relevée sur l'application de suivi est inférieure de près de 40 % aux valeurs mensuelles de votre propre étude.
2. L'onduleur affiche un défaut d'isolement depuis le 9 novembre et l'installation ne produit plus rien depuis cette date. Aucun technicien n'est venu malgré mes deux appels.

Dans ces conditions, je considère que la prestation n'est pas achevée et je suspends le paiement du solde jusqu'à la remise en service de l'installation et la fourniture d'une explication écrite sur l'écart de production. Je reste bien entendu disposé à régler le solde dès que ces deux points seront réglés.

Je vous demande par ailleurs de suspendre toute démarche de recouvrement, qui serait à ce stade parfaitement injustifiée.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Dominique Béranger
14 chemin de la Garenne – 49340 Trémentines
06 80 21 57 44"""),

    dict(id="s10fra023", country="FR", loc="GB", date="2026-12-28T06:02", fmt="ooo", ago=3,
         inv="MTJ-2026-1185", amt="860,00", due="2026-12-04",
         frm="Marcus Hendry <marcus@hendry-design.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="English auto-reply; back in the office Monday 11 January.",
         body="""Thank you for your email.

I'm currently travelling over the holiday period with only occasional access to email. I'll be back in the office on Monday 11 January and will reply to you then.

For anything to do with the studio, please contact Jess on jess@hendry-design.co.uk.

Kind regards,
Marcus Hendry
Hendry Design Studio"""),

    dict(id="s10fra024", country="FR", date="2027-01-06T10:04", fmt="html_outlook", stage="reminder", ago=2,
         inv="MTJ-2026-1256", amt="318,40", due="2026-12-20",
         frm="Gestion locative – Mauges Immobilier <gestion@mauges-immobilier.fr>",
         intent="copy_request",
         note="Property manager needs the signed intervention report and an invoice in the owner's name before paying.",
         body="""Bonjour,

Nous gérons pour le compte de M. et Mme Vrignaud le logement situé 5 impasse des Coteaux à Beaupréau, où votre technicien est intervenu le 11 décembre pour la panne de chaudière.

Pour pouvoir régler votre facture sur le compte de gestion de nos mandants, nous avons besoin :
- de la facture établie au nom des propriétaires (et non au nom de la locataire, Mme Petiteau) ;
- du bon d'intervention signé sur place, pour déterminer ce qui relève de l'entretien locatif.

Dès réception de ces deux documents, le règlement sera effectué sous huit jours.

Cordialement,

Service Gestion Locative
Mauges Immobilier
22 rue du Commerce – 49600 Beaupréau-en-Mauges
Tél. 02 41 75 39 60

Mauges Immobilier SARL au capital de 15 000 € – RCS Angers 489 115 027 – Carte professionnelle CPI 4901 2018 000 031 224 délivrée par la CCI de Maine-et-Loire – Garantie financière GALIAN.
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""),

    dict(id="s10fra025", country="FR", date="2026-12-29T13:31", fmt="gmail", stage="second_reminder", ago=1,
         inv="MTJ-2026-1212", amt="742,00", due="2026-12-08",
         frm="Pascal Onillon <p.onillon@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Angry; repeats he told the technician he would pay on 5 January.",
         body="""C'est une blague ?

J'ai dit à votre technicien le jour de l'intervention que je paierais le 5 janvier, il m'a dit "pas de souci monsieur". Et vous m'envoyez deux relances en trois semaines, en pleines fêtes, comme si j'étais un escroc.

Je paierai le 5 janvier, comme prévu. Pas avant. Et si je reçois encore un mail d'ici là, ce sera la dernière fois que vous mettez les pieds chez moi.

P. Onillon"""),

    dict(id="s10fra026", country="FR", date="2026-12-11T16:44", fmt="outlook", stage="second_reminder", ago=2,
         inv="MTJ-2026-0977", amt="5 630,00", due="2026-10-31",
         frm="Les Serres du Val de Moine <administration@serres-valdemoine.fr>",
         intent="other",
         note="Debtor in receivership: cannot pay pre-opening debts, firm must file a claim with the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance.

Nous vous informons que la SARL Les Serres du Val de Moine fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce d'Angers en date du 24 novembre 2026. Maître Hélène Coutant, 10 boulevard Foch à Angers, a été désignée en qualité de mandataire judiciaire.

En application de la loi, il nous est interdit de régler les créances nées antérieurement au jugement d'ouverture, ce qui est le cas de votre facture relative au remplacement de la chaudière des serres.

Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Corinne Lebreton
Gérante
Les Serres du Val de Moine SARL
La Févrière – 49230 Sèvremoine
02 41 70 12 88"""),

    dict(id="s10fra027", country="FR", date="2026-12-14T08:20", fmt="gmail", stage="reminder", ago=3,
         inv="MTJ-2026-1159", amt="210,00", due="2026-11-29",
         frm="Roger Bouchet <rogerbouchet@orange.fr>",
         intent="paid", paid_on="2026-12-12",
         note="Cheque dropped in the firm's letterbox on Saturday (12 Dec).",
         body="""Bonjour,

J'ai mis le chèque dans votre boîte aux lettres samedi matin en allant au marché, dans une enveloppe à votre nom avec le numéro de la facture écrit dessus. Vous devriez l'avoir trouvé ce matin.

Salutations
R. Bouchet"""),

    dict(id="s10fra028", country="FR", date="2026-12-24T10:58", fmt="gmail", stage="second_reminder", ago=2,
         inv="MTJ-2026-1177", amt="265,00", due="2026-12-03",
         frm="Marcel Humeau <marcel.humeau@laposte.net>",
         intent="promise",
         note="Will pay when his pension arrives early January; no single date.",
         body="""bonjour

j ai bien recu vote relance, je m en excuse mais les cadeaux des petits enfants ont un peu vidé le compte ce mois ci. je vous régle dés que ma retraite tombe debut janvier sans faute

bonnes fetes a toute l equipe
Marcel Humeau"""),

    dict(id="s10fra029", country="FR", date="2027-01-08T09:03", fmt="bounce",
         inv="MTJ-2026-1268", rcpt="m.giraudeau@orange.fr", status="5.1.1",
         remote="smtp-in.orange.fr",
         diag="550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Delivery failure: recipient address invalid at Orange.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

m.giraudeau@orange.fr

The remote server rejected the address: 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient."""),

    dict(id="s10fra030", country="FR", date="2027-01-04T19:40", fmt="apple", stage="reminder", ago=3,
         inv="MTJ-2026-1249", amt="1 136,00", due="2026-12-15",
         frm="Joseph Brochard <earl.brochard@wanadoo.fr>",
         intent="contact_change", new_email="claire.brochard.compta@gmail.com",
         note="Farmer asks that reminders go to his daughter, who handles the paperwork.",
         body="""Bonsoir

Je ne regarde pas beaucoup les mails, c'est ma fille Claire qui s'occupe des papiers de l'exploitation maintenant. Envoyez plutôt vos factures et relances à son adresse : claire.brochard.compta@gmail.com

Elle va regarder pour la facture de l'abreuvoir et du réchauffeur d'eau.

Joseph Brochard
EARL Brochard – Les Landes – Trémentines

Envoyé de mon iPad"""),

    dict(id="s10fra031", country="FR", date="2027-01-08T12:26", fmt="gmail", stage="reminder", ago=1,
         inv="MTJ-2026-1271", amt="1 488,00", due="2026-12-26",
         frm="Salon Coiff'Elle <coiffelle.cholet@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Salon will pay at the end of January (31 Jan).",
         body="""Bonjour,

Janvier est toujours un mois creux pour nous après les fêtes. Je vous règle le chauffe-eau fin janvier, sans faute, par virement.

Merci de votre compréhension et encore merci d'être venus si vite, on n'aurait pas pu ouvrir le samedi sans eau chaude !

Estelle
Salon Coiff'Elle – 31 rue Nationale, Cholet"""),

    dict(id="s10fra032", country="FR", date="2027-01-04T09:47", fmt="outlook", stage="reminder", ago=12,
         inv="MTJ-2026-1226", amt="2 964,00", due="2026-12-15",
         frm="Comptabilité Camping Le Verdon <compta@camping-leverdon.fr>",
         intent="paid", paid_on="2026-12-22",
         note="Accounting dept: transfer made on 22 December 2026, with reference.",
         body="""Bonjour,

De retour de congés, je prends connaissance de votre relance du 23 décembre.

Le règlement de la facture MTJ-2026-1226 a été effectué par virement le 22 décembre 2026 depuis notre compte au CIC, pour un montant de 2 964,00 €, référence VIR-SEPA 2612220418. Les deux messages se sont croisés.

Je reste à votre disposition si vous ne le retrouvez pas sur vos relevés.

Cordialement,

Sylvie Thibault
Comptabilité – Camping Le Verdon ****
Lac du Verdon – 49280 La Tessoualle
Tél. 02 41 56 32 71
SAS Loisirs du Verdon – RCS Angers 521 334 908"""),

    dict(id="s10fra033", country="FR", date="2027-01-11T21:14", fmt="tb", stage="second_reminder", ago=4,
         inv="MTJ-2026-1205", amt="1 140,00", due="2026-12-10",
         frm="Hélène Mazeau <helene.mazeau@free.fr>",
         intent="dispute",
         note="Disputes the amount: quote was 890 EUR, invoice 1 140 EUR without agreement; will pay the quoted amount only.",
         body="""Bonsoir,

Je conteste le montant de cette facture.

Le devis que j'ai signé en octobre pour le débroussaillage et l'évacuation des déchets verts de la maison de Montfaucon était de 890 € TTC. La facture s'élève à 1 140 €, avec une ligne "évacuation supplémentaire" de 250 € dont personne ne m'a parlé. J'habite à Paris et je n'étais pas sur place : si le volume était plus important que prévu, il fallait m'appeler avant, pas me le facturer après.

Je suis disposée à régler les 890 € prévus au devis dès réception d'une facture rectifiée.

Cordialement,
Hélène Mazeau"""),

    dict(id="s10fra034", country="FR", date="2027-01-12T07:05", fmt="gmail", stage="repeat", ago=1,
         inv="MTJ-2026-1093", amt="580,00", due="2026-11-20",
         frm="Daniel Coiffard <coiffard.daniel@orange.fr>",
         intent="unsubscribe",
         note="Wants the automatic reminders stopped; asks to be called instead.",
         body="""Ça suffit ces mails automatiques. Quatre en un mois.

On travaille ensemble depuis l'époque de votre père, si il y a un souci vous décrochez le téléphone comme avant. Enlevez-moi de votre machine à relances, je ne veux plus rien recevoir de ce truc.

D. Coiffard"""),

    dict(id="s10fra035", country="FR", date="2027-01-12T14:22", fmt="ooo", ago=1,
         inv="MTJ-2026-1277", amt="654,00", due="2026-12-30",
         frm="Menuiserie Ripoche <bureau@menuiserie-ripoche.fr>",
         intent="out_of_office", return_date="2027-01-18",
         subj_prefix="Absent : ",
         note="Away at a trade fair; back at the office Monday 18/01.",
         body="""Bonjour,

Je suis absent du 11 au 15 janvier (salon professionnel à Lyon) et je n'ai qu'un accès limité à ma messagerie.

Je serai de retour au bureau le lundi 18/01. Pour les chantiers en cours, vous pouvez joindre l'atelier au 02 41 58 90 03.

Cordialement,
Stéphane Ripoche"""),

    dict(id="s10fra036", country="FR", date="2026-12-15T18:37", fmt="apple", stage="reminder", ago=4,
         inv="MTJ-2026-1161", amt="1 215,00", due="2026-11-30",
         frm="Christiane Vaucher <christiane.vaucher@bluewin.ch>",
         intent="promise", promise_date="2026-12-28",
         note="Second-home owner living in Switzerland will pay at the office on 28 December.",
         body="""Bonjour,

Je vous remercie de votre message. Nous vivons à Lausanne et n'utilisons notre maison de Mazières qu'aux vacances, ce qui explique le retard : le virement depuis la Suisse vers un compte français me coûte des frais assez importants.

Nous arrivons le 23 décembre pour les fêtes. Je passerai à votre bureau le lundi 28 décembre pour régler la facture du remplacement du circulateur par carte, si cela vous convient. Si le bureau est fermé entre les fêtes, merci de me le dire, je trouverai une autre solution.

Avec mes meilleures salutations,

Christiane Vaucher"""),

    dict(id="s10fra037", country="FR", date="2027-01-13T11:09", fmt="gmail", stage="firm", ago=2,
         inv="MTJ-2026-1034", amt="1 892,00", due="2026-11-10",
         frm="Olivier Grimaud <olivier.grimaud@gmail.com>",
         intent="other",
         note="Customer died; invoice must be handled by the notary in charge of the estate.",
         body="""Bonjour,

Je vous réponds à la place de mon père, Georges Grimaud, qui est décédé le 2 décembre dernier. C'est moi qui relève sa messagerie depuis.

Je n'ai pas d'objection sur la facture elle-même, mais je ne peux pas la payer personnellement : tout passe désormais par la succession. Le dossier est suivi par Maître Audrain, notaire à Chemillé (office notarial, 4 place de l'Hôtel de Ville, 02 41 30 60 18). Je vous invite à lui adresser la facture et vos relances, elle les réglera sur les fonds de la succession quand elle le pourra.

Merci de votre compréhension.

Olivier Grimaud"""),

    dict(id="s10fra038", country="FR", date="2026-12-16T12:03", fmt="apple", stage="second_reminder", ago=2,
         inv="MTJ-2026-1109", amt="86,00", due="2026-11-25",
         frm="Nico Jaunet <nicojaunet@icloud.com>",
         intent="paid", paid_on="2026-12-14",
         note="Very short: paid on Monday (14 Dec).",
         body="""Payé lundi.

Envoyé de mon iPhone"""),

    dict(id="s10fra039", country="FR", date="2027-01-14T20:51", fmt="html_gmail", stage="reminder", ago=2,
         inv="MTJ-2027-0012", amt="168,00", due="2027-01-05",
         frm="Lucie Raimbault <lucie.raimbault@gmail.com>",
         intent="bank_details",
         note="Announces new bank details for the maintenance-contract direct debit (old account closed, debit rejected).",
         body="""Bonsoir,

Je pense que le prélèvement de janvier pour le contrat d'entretien de la chaudière a été rejeté parce que nous avons changé de banque en décembre et l'ancien compte à la Caisse d'Épargne est clôturé. Désolée, j'ai oublié de vous prévenir.

Voici nos nouvelles coordonnées bancaires :
Titulaire : M. ou Mme Raimbault Antoine
Banque : Crédit Mutuel Anjou
IBAN : FR76 1027 8394 1100 0207 3510 164
BIC : CMCIFR2A

Je vous joins le RIB en PDF. Faut-il signer un nouveau mandat de prélèvement ?

Merci,
Lucie Raimbault"""),

    dict(id="s10fra040", country="FR", date="2026-12-30T17:48", fmt="tb", stage="repeat", ago=1,
         inv=[("MTJ-2026-1058", "312,00", "2026-11-14"), ("MTJ-2026-1124", "476,50", "2026-11-28"), ("MTJ-2026-1190", "139,00", "2026-12-09")],
         frm="Alain Gourdon <alain.gourdon@gourdon-immo.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Landlord will pay all three invoices together on 8 January.",
         body="""Bonjour,

Bien noté pour les trois factures (logements de la rue Saint-Pierre, de la rue des Bons Enfants et du Puy Saint-Bonnet).

J'attends les loyers de début de mois et je vous règle les trois en un seul virement le vendredi 8 janvier, en indiquant les trois numéros de facture dans le libellé.

Cordialement,
Alain Gourdon
06 07 44 91 28"""),

    dict(id="s10fra041", country="FR", loc="US", date="2026-12-17T14:12", off="-0500", fmt="gmail", stage="second_reminder", ago=2,
         inv="MTJ-2026-1118", amt="1 604,00", due="2026-11-24",
         frm="Robert Kessler <bob.kessler.nh@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="American second-home owner wired the money on 12/14 (month-first date).",
         body="""Hello,

Sorry for the slow reply, I'm back in New Hampshire until spring. I wired the money from our Chase account on 12/14, it should show up on your end any day now, international wires seem to take 3-5 business days. The reference should have the invoice number on it.

Please let me know if it hasn't arrived by next week and I'll call the bank.

Thanks again to your crew for draining the pipes at the house before the frost.

Bob Kessler
(603) 555-0187"""),

    dict(id="s10fra042", country="FR", date="2027-01-19T18:30", fmt="gmail", stage="second_reminder", ago=1,
         inv="MTJ-2026-1283", amt="220,00", due="2026-12-31",
         frm="Yannick Pasquier <ypasquier@gmail.com>",
         intent="promise", promise_date="2027-01-22",
         note="Very short: 'ok vendredi' (Friday 22 Jan).",
         body="""ok vendredi"""),

    dict(id="s10fra043", country="FR", date="2027-01-18T13:16", fmt="outlook", stage="second_reminder", ago=3,
         inv="MTJ-2026-1264", amt="398,00", due="2026-12-22",
         frm="Karine Lemaitre <karine.lemaitre49@hotmail.fr>",
         intent="copy_request",
         note="Never received the invoice itself, only reminders; asks for it by email.",
         body="""Bonjour,

Je reçois vos relances mais je n'ai jamais reçu la facture elle-même, ni par courrier ni par mail. Le lien dans votre message ne s'ouvre pas sur mon téléphone (page blanche).

Pourriez-vous m'envoyer la facture en pièce jointe, avec le détail des pièces changées sur le ballon d'eau chaude ? Je voudrais vérifier avant de payer, le technicien m'avait parlé d'environ 300 €.

Merci
Karine Lemaitre"""),

    dict(id="s10fra044", country="FR", date="2027-01-19T09:34", fmt="html_outlook", stage="reminder", ago=1,
         inv="MTJ-2026-1290", amt="745,20", due="2027-01-02",
         frm="Clinique vétérinaire des Mauges <accueil@clinveto-mauges.fr>",
         intent="other",
         note="Forwarded to the clinic's accounting firm, which makes the payments; no commitment.",
         body="""Bonjour,

Nous avons bien reçu votre relance.

Ce n'est pas nous qui effectuons les règlements fournisseurs : nous l'avons transmise ce matin à notre cabinet comptable (Fiducial Cholet), qui gère les paiements pour la clinique. Ils reviendront vers vous si besoin.

Bonne journée,

Amandine
Accueil – Clinique vétérinaire des Mauges
4 avenue de l'Europe – 49300 Cholet
02 41 71 60 60
SELARL Vétérinaires des Mauges – RCS Angers 803 117 562
Pour les urgences le week-end : 3115"""),

    dict(id="s10fra045", country="FR", date="2027-01-20T15:02", fmt="gmail", stage="firm", ago=2,
         inv="MTJ-2026-1149", amt="2 370,00", due="2026-11-30",
         frm="L'Auberge du Gué <aubergedugue@gmail.com>",
         intent="plan_request",
         note="Restaurant in low season asks to spread the payment over three months; no date committed.",
         body="""Bonjour Monsieur Ménard,

Je préfère être honnête avec vous plutôt que de laisser traîner : on est en plein creux de saison, le restaurant est fermé le soir en semaine jusqu'en mars et la trésorerie est tendue après les travaux de la salle.

Serait-il possible de régler la facture du chauffage de la salle en trois fois, sur trois mois ? Je peux vous signer un échéancier si vous voulez quelque chose d'écrit.

Merci d'avance pour votre réponse, et à bientôt au restaurant j'espère.

Franck Godet
L'Auberge du Gué – Saint-Laurent-sur-Sèvre
02 51 67 84 12"""),

    dict(id="s10fra046", country="FR", date="2026-12-22T09:02", fmt="ooo", ago=1,
         inv="MTJ-2026-1238", amt="936,00", due="2026-12-11",
         frm="Pépinières Rousselot <contact@pepinieres-rousselot.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Annual closure 21/12/2026 to 10/01/2027; back Monday 11 January.",
         body="""Bonjour,

Les Pépinières Rousselot sont en fermeture annuelle du 21/12/2026 au 10/01/2027.

Votre message sera traité dès la réouverture. Toute l'équipe vous souhaite de belles fêtes.

Pépinières Rousselot
Route de Nuaillé – 49340 Vezins"""),

    dict(id="s10fra047", country="FR", date="2027-01-21T16:45", fmt="gmail", stage="second_reminder", ago=2,
         inv="MTJ-2026-1279", amt="154,00", due="2026-12-28",
         frm="Germaine Loiseau <germaine.loiseau@orange.fr>",
         intent="paid", paid_on="2027-01-19",
         note="Elderly writer, typos; cheque posted on Tuesday (19 Jan).",
         body="""Bonjour monsieur

je vous est envoyer le cheque par la poste mardi, avec le papier de la facture dedan. j éspére que vous l'avez recu sinon dites le moi je refairais un autre cheque

merci et bonne année a vous
Mme Loiseau Germaine"""),

    dict(id="s10fra048", country="FR", date="2027-01-22T10:18", fmt="apple", stage="second_reminder", ago=3,
         inv="MTJ-2026-1252", amt="615,00", due="2026-12-18",
         frm="Véronique Cailleau <gites.lacroixverte@gmail.com>",
         intent="dispute",
         note="Gîte owner withholds payment: gardeners damaged the sprinkler system and lawn; wants repair first.",
         body="""Bonjour,

Avant de parler de paiement, il faudrait parler des dégâts.

Lors de la dernière tonte et du passage du broyeur en décembre, votre équipe a roulé sur le bord de la pelouse côté piscine avec le tracteur : deux têtes d'arrosage automatique sont arrachées et il y a des ornières sur une dizaine de mètres. J'ai envoyé les photos à votre chef d'équipe le 21 décembre, sans réponse.

Les gîtes rouvrent début avril et je ne peux pas accueillir des clients avec un jardin dans cet état. Je retiens le paiement de cette facture tant que vous n'êtes pas venus réparer l'arrosage et regarnir la pelouse, ou que vous ne me proposez pas une déduction.

Véronique Cailleau
Gîtes de la Croix Verte
06 24 70 15 89"""),

    dict(id="s10fra049", country="FR", date="2027-01-25T08:40", fmt="apple", stage="reminder", ago=3,
         inv="MTJ-2027-0031", amt="1 320,00", due="2027-01-15",
         frm="Bruno Chauvat <bruno.chauvat@sci-chauvat.fr>",
         intent="promise", promise_date="2027-02-01",
         note="SCI will pay on 1 February after rents come in.",
         body="""Bonjour,

Bien reçu. La SCI encaisse les loyers en début de mois, je vous fais le virement le 1er février.

Cordialement,
Bruno Chauvat
Gérant – SCI Chauvat"""),

    dict(id="s10fra050", country="FR", date="2027-01-14T11:57", fmt="tb", stage="firm", ago=2,
         inv="MTJ-2026-1201", amt="3 056,00", due="2026-12-01",
         frm="Domaine des Rochelles <domaine.rochelles@orange.fr>",
         intent="promise", promise_date="2027-01-18",
         note="Wine estate: transfer leaves on Monday 18th; explains they were waiting for a customer payment.",
         body="""Bonjour,

Excusez-nous pour ce retard, on attendait le règlement d'un gros client caviste qui est enfin arrivé hier.

Le virement pour la facture du chauffe-eau solaire du caveau partira lundi 18, je l'ai déjà préparé sur le site de la banque, il ne reste plus qu'à le valider avec la gérante.

Bien cordialement,
Marie-Laure Pinard
Domaine des Rochelles – AOC Anjou
Les Rochelles – 49750 Saint-Lambert-du-Lattay
02 41 78 30 42"""),
]
