"""Part fr_b: French replies to Imprimerie Vasseur SARL (Angers), a printer working for households,
small shops, craftsmen and associations, with some Belgian, Swiss and Québécois customers.
Every body below is written by hand for its case."""

CASES = [
    dict(id="s13frb001", country="FR", date="2026-12-08T21:47", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1184", amt="86,40", due="2026-11-30",
         frm="Chloé Martineau <chloe.martineau92@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday (11 Dec) when her salary comes in.",
         body="""bonsoir
dsl avec le bébé j'ai complètement zappé. je fais le virement vendredi quand la paie tombe
merci encore pour les faire part ils étaient top
Chloé"""),

    dict(id="s13frb002", country="FR", date="2026-12-09T10:12", fmt="tb", stage="second_reminder", ago=2,
         inv="FA26-1102", amt="148,00", due="2026-11-15",
         frm="Bernard Lemoine <b.lemoine@wanadoo.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Cheque posted yesterday, Tuesday 8 December.",
         body="""Madame, Monsieur,

Je reçois ce matin votre deuxième relance concernant la facture FA26-1102 (livre photo « Nos 50 ans de mariage »).

Je vous informe que je vous ai adressé hier, mardi, un chèque de 148,00 € à l'ordre de l'Imprimerie Vasseur, par courrier à votre adresse de la rue des Tanneurs. Il devrait vous parvenir d'ici un jour ou deux, La Poste n'étant plus aussi rapide qu'autrefois.

Je vous prie de bien vouloir excuser ce retard, dû à l'hospitalisation de mon épouse au mois de novembre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Lemoine
12, allée des Tilleuls
49130 Les Ponts-de-Cé
Tél. 02 41 44 18 73"""),

    dict(id="s13frb003", country="FR", date="2026-12-14T15:32", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-1210", amt="412,80", due="2026-12-05",
         frm="Le Comptoir de Loire <contact@comptoirdeloire.fr>",
         intent="dispute",
         note="Menus printed with a spelling mistake and a blurred logo; refuses to pay until reprinted. 'le 22' is a delivery wish, not a payment date.",
         body="""Vous êtes sérieux ?

Vos menus du réveillon sont arrivés avec "Saint-Jaques" au lieu de "Saint-Jacques" sur les 300 exemplaires, et le logo est flou. J'ai appelé deux fois la semaine dernière, personne ne m'a rappelé. Et maintenant je reçois une relance ??

Je ne paierai pas un centime tant que vous n'aurez pas réimprimé correctement. Le réveillon c'est dans 15 jours, je veux les nouveaux menus avant le 22.

Stéphane Guérin
Le Comptoir de Loire
3 quai de la Noë, 49000 Angers
06 72 15 40 88"""),

    dict(id="s13frb004", country="FR", date="2026-12-24T09:05", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1296", amt="245,00", due="2026-12-15",
         frm="Fil & Bobine <bonjour@filetbobine.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Shop closed 24 Dec to Monday 4 Jan inclusive; reopens Tuesday 5 January.",
         body="""Bonjour,

La boutique Fil & Bobine est en fermeture annuelle du jeudi 24 décembre au lundi 4 janvier inclus. Les mails ne seront pas consultés pendant cette période.

Réouverture le mardi 5 janvier à 10h. Toute l'équipe vous souhaite de très belles fêtes !

Fil & Bobine – Mercerie & ateliers couture
27 rue Saint-Laud, 49100 Angers"""),

    dict(id="s13frb005", country="FR", date="2026-12-10T11:40", fmt="outlook", stage="second_reminder", ago=3,
         inv="FA26-1133", amt="318,60", due="2026-11-20",
         frm="Menuiserie Dethier <info@menuiserie-dethier.be>",
         intent="promise", promise_date="2026-12-14",
         note="Belgian joiner: transfer will leave on Monday 14/12.",
         body="""Bonjour Madame, Monsieur,

Toutes nos excuses pour ce retard. La facture FA26-1133 (cartes de visite et flyers) m'avait échappé, elle était restée dans les mails de mon épouse qui s'occupe de la compta.

Le virement partira ce lundi 14/12 avec les autres paiements de la semaine.

Bien à vous,

Olivier Dethier
Menuiserie Dethier SRL
Rue de la Station 42 – 4670 Blegny
Tél. +32 4 387 22 15 – GSM +32 477 61 09 33
TVA BE 0712.448.903"""),

    dict(id="s13frb006", country="FR", date="2026-12-08T08:20", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1071", amt="520,00", due="2026-11-25",
         frm="Anne-Laure Perrenoud <al.perrenoud@bluewin.ch>",
         intent="paid", paid_on="2026-12-03",
         note="Swiss customer: international transfer made on 3 December.",
         body="""Bonjour,

Le paiement a été effectué par virement depuis ma banque (BCV) le 3 décembre. Avec les virements internationaux il faut parfois compter quelques jours, vous devriez le voir apparaître cette semaine.

Je vous remercie encore pour le beau travail sur les faire-part, toute la famille les a trouvés magnifiques.

Meilleures salutations

Anne-Laure Perrenoud
Chemin des Fleurettes 8
1007 Lausanne"""),

    dict(id="s13frb007", country="FR", date="2026-12-15T23:14", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-1158", amt="236,50", due="2026-11-27",
         frm="Inès Bouchareb <ines.bouchareb@etud.univ-angers.fr>",
         intent="plan_request",
         note="Student asks to pay in several monthly instalments; no date committed.",
         body="""Bonjour,

Je suis désolée de ne pas avoir encore réglé la facture pour l'impression et la reliure de mon mémoire. Je suis étudiante et avec les frais de fin de semestre je n'ai pas la somme complète en ce moment.

Est-ce qu'il serait possible de payer en plusieurs fois ? Même 50 ou 60 € par mois, je pourrais m'organiser.

Merci beaucoup de votre compréhension,

Inès Bouchareb"""),

    dict(id="s13frb008", country="FR", date="2026-12-09T07:12", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1120", amt="684,00", due="2026-11-30",
         frm="Kevin Pasquier <pasquier.plomberie@orange.fr>",
         intent="copy_request",
         note="Plumber only has the quote; his accountant needs the invoice PDF before he pays.",
         body="""Bonjour

Je ne retrouve pas cette facture, j'ai eu que le devis. Mon comptable veut la facture avant que je paie, vous pouvez me la renvoyer en pdf sur ce mail ?

Merci

Kevin Pasquier
Pasquier Plomberie Chauffage
06 81 27 93 04
SIRET 833 190 442 00017"""),

    dict(id="s13frb009", country="FR", date="2026-12-11T13:50", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1142", amt="157,20", due="2026-11-30",
         frm="Atelier Floral Capucine <atelier.capucine@gmail.com>",
         cc="s.favreau@cabinet-aubineau.fr",
         intent="contact_change", new_email="s.favreau@cabinet-aubineau.fr",
         note="Florist asks that reminders and invoices go to her accounting firm.",
         body="""Bonjour,

Je ne gère plus la partie administrative, c'est désormais le cabinet comptable qui règle nos fournisseurs. Pouvez-vous adresser cette relance et les prochaines factures directement à Mme Favreau : s.favreau@cabinet-aubineau.fr (je la mets en copie).

Merci d'avance,
Capucine Morel
Atelier Floral Capucine"""),

    dict(id="s13frb010", country="FR", date="2026-12-16T17:25", fmt="gmail", stage="heads_up", ago=2,
         inv="FA26-1187", amt="92,00", due="2026-12-20",
         frm="Monique Dufresne <monique.dufresne49@laposte.net>",
         intent="bank_details",
         note="Received another mail announcing a new RIB; asks the firm to confirm its real IBAN before paying.",
         body="""Bonjour,

J'ai bien reçu votre rappel. Mais hier j'ai aussi reçu un autre courriel au nom de l'imprimerie qui me donne un nouveau RIB, à la Banque Postale je crois, en me disant que l'ancien compte est fermé. Ma fille me dit de me méfier.

Est-ce que vous avez vraiment changé de banque ? Je ne veux pas envoyer l'argent n'importe où. Je préfère que vous me confirmiez le bon IBAN avant de faire le virement.

Cordialement
Monique Dufresne"""),

    dict(id="s13frb011", country="FR", date="2026-12-14T11:20", fmt="html_outlook", stage="final_notice", ago=3,
         inv="FA26-1064", amt="1 348,00", due="2026-10-31",
         frm="Claire Beaumont <c.beaumont@traiteur-beaumont.fr>",
         intent="promise", promise_date="2026-12-22",
         note="'Sous huitaine' from Monday 14 December = 22 December; the letter's own deadline (19 Dec) is not the promise.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courrier électronique du 11 décembre concernant la facture FA26-1064 d'un montant de 1 348,00 €.

Nous vous prions de bien vouloir nous excuser pour ce retard de paiement, consécutif à un changement d'expert-comptable au sein de notre société. Le règlement interviendra sous huitaine par virement bancaire.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Claire Beaumont
Gérante
SARL Traiteur Beaumont
ZA des Landes – 49610 Mozé-sur-Louet
Tél. 02 41 78 62 10
SARL au capital de 8 000 € – RCS Angers 790 412 338"""),

    dict(id="s13frb012", country="FR", date="2026-12-07T09:02", fmt="bounce", stage="reminder",
         inv="FA26-1166", amt="129,00", due="2026-11-25",
         rcpt="famille.rouxel@orange.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <famille.rouxel@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Orange rejects the recipient address.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
famille.rouxel@orange.fr"""),

    dict(id="s13frb013", country="FR", date="2026-12-09T16:20", off="-0500", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1125", amt="395,00", due="2026-11-28",
         frm="Geneviève Tremblay <gen.tremblay@videotron.ca>",
         intent="promise", promise_date="2026-12-18",
         note="Québécois customer: payment will be made on 18 December at the latest (payday).",
         body="""Bon matin,

Désolée pour le délai! Je n'ai pas oublié votre facture pour les faire-part du mariage. Le virement international prend un peu de temps à mettre en place avec ma caisse Desjardins, mais le paiement va être fait au plus tard le 18 décembre, quand je reçois ma paye.

Merci à l'avance de votre patience et encore merci pour le beau travail, on a eu plein de compliments!

Geneviève"""),

    dict(id="s13frb014", country="FR", date="2027-01-19T08:05", fmt="gmail", stage="final_notice", ago=1,
         inv="FA26-1119", amt="254,00", due="2026-11-25",
         frm="Patrick Lenoir <patrick.lenoir@laposte.net>",
         intent="paid",
         note="Angry: says he paid by transfer over a month ago; no exact day given.",
         body="""C'EST DÉJÀ PAYÉ !!!

J'ai réglé cette facture il y a plus d'un mois par virement, c'est sur mon relevé. Vérifiez vos comptes avant de menacer les gens de recouvrement et de tribunal, c'est inadmissible.

Je ne veux plus être harcelé pour une facture payée.

P. Lenoir"""),

    dict(id="s13frb015", country="FR", date="2026-12-12T10:30", fmt="gmail", stage="reminder", ago=5,
         inv="FA26-1097", amt="1 140,00", due="2026-11-30",
         frm="APE Jules Ferry <ape.julesferry.trelaze@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Parents' association treasurer: full transfer 'à fin janvier' = 31 January.",
         body="""Bonjour,

Je suis la trésorière de l'APE de l'école Jules Ferry. Nous avons bien votre facture pour les calendriers 2027 des enfants. Les familles nous rapportent l'argent des ventes jusqu'aux vacances, et nous ferons le virement de la totalité à fin janvier, quand tout sera encaissé (on fait la remise de chèques en une seule fois).

Désolée du délai, c'est notre fonctionnement de bénévoles !

Bien cordialement,
Sandrine Lebrun
Trésorière APE Jules Ferry – Trélazé"""),

    dict(id="s13frb016", country="FR", date="2026-12-21T12:15", fmt="html_outlook", stage="firm", ago=7,
         inv="FA26-1033", amt="712,40", due="2026-11-05",
         frm="Cave des Ardoisiers <contact@cavedesardoisiers.fr>",
         intent="paid", paid_on="2026-12-21",
         note="Partial payment: 400 EUR transferred today; the balance vaguely 'en janvier'.",
         body="""Bonjour,

Je viens de vous faire un virement de 400 € ce midi pour la facture FA26-1033 (étiquettes et coffrets). Le solde de 312,40 € suivra en janvier, une fois passées les ventes de fin d'année.

Désolé pour ce retard, décembre est toujours tendu côté trésorerie chez nous.

Cordialement,

Pascal Héraud
Cave des Ardoisiers – Vins & spiritueux
2 rue Jean Jaurès, 49800 Trélazé
02 41 69 12 58"""),

    dict(id="s13frb017", country="FR", date="2026-12-17T14:02", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1229", amt="129,80", due="2026-12-10",
         frm="Camille Ogier <camille.ogier@hotmail.fr>",
         intent="dispute",
         note="Express delivery charged although she collected the cards herself; will pay the corrected amount once the invoice is fixed.",
         body="""Bonjour,

Je viens de regarder le détail de la facture FA26-1229 et il y a une erreur : vous m'avez compté 14,90 € de livraison express alors que je suis venue chercher les cartes de vœux moi-même à l'atelier le 9 décembre.

Pouvez-vous corriger la facture ? Je réglerai le bon montant (114,90 €) dès que j'aurai reçu la version corrigée.

Bonne journée,
Camille Ogier"""),

    dict(id="s13frb018", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1302", amt="268,00", due="2026-12-18",
         frm="Léa Brülhart <lea.bruelhart@physio-sarine.ch>",
         subj_prefix="Absence : ",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive, so back Monday 11 January; the secretariat's 4 January is not her return.",
         body="""Bonjour,

Merci pour votre message. Je suis absente jusqu'au vendredi 8 janvier 2027 inclus et n'ai pas accès à ma messagerie.

Pour les rendez-vous, merci d'appeler le cabinet au +41 26 322 18 40 (secrétariat ouvert dès le 4 janvier).

Meilleures salutations
Léa Brülhart
Physiothérapeute – Physio Sarine, Fribourg"""),

    dict(id="s13frb019", country="FR", date="2027-01-05T19:40", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA26-1275", amt="58,00", due="2026-12-12",
         frm="Thomas Girardeau <thomas.girardeau@gmail.com>",
         intent="other",
         note="Says he never ordered anything: wrong recipient.",
         body="""Bonjour,

Je crois qu'il y a une erreur, je n'ai jamais rien commandé chez vous et je ne connais aucune imprimerie à Angers. Il y a peut-être un autre Thomas Girardeau, ou une faute dans l'adresse mail ?

Merci de vérifier de votre côté.

Thomas"""),

    dict(id="s13frb020", country="FR", date="2026-12-19T05:48", fmt="apple", stage="second_reminder", ago=5,
         inv="FA26-1201", amt="173,40", due="2026-12-01",
         frm="Boulangerie Pichon <boulangerie.pichon@orange.fr>",
         intent="promise",
         note="Baker will pay 'après les fêtes': no single day.",
         body="""Bonjour
Oui je sais desole. C'est la folie ici avec les buches et les commandes de noel, j'ai pas eu une minute pour la paperasse. Je vous regle tout ca apres les fetes promis
Thierry Pichon

Envoyé de mon iPhone"""),

    dict(id="s13frb021", country="FR", date="2027-01-04T11:05", fmt="html_gmail", stage="reminder", ago=7,
         inv="FA26-1318", amt="74,50", due="2026-12-20",
         frm="Marion Lacombe <marion.lacombe@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Just paid by card through the link.",
         body="""Bonjour,

C'est fait, je viens de payer par carte avec le lien de votre mail (74,50 €). Désolée, avec les fêtes ça m'était complètement sorti de la tête.

Bonne année à toute l'équipe !
Marion"""),

    dict(id="s13frb022", country="FR", date="2026-12-10T18:35", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1150", amt="62,00", due="2026-11-30",
         frm="Gérard Ménard <gerard.menard@orange.fr>",
         intent="promise", promise_date="2026-12-12",
         note="Will come and pay cash on Saturday morning (12 Dec); side question about Saturday opening hours.",
         body="""Bonjour

Je passerai à l'atelier samedi matin vous régler en espèces, je dois de toute façon récupérer les cartes de vœux pour le club de pétanque.

Vous êtes bien ouverts le samedi jusqu'à midi ?

Gérard Ménard"""),

    dict(id="s13frb023", country="FR", date="2026-12-14T16:45", fmt="outlook", fwd=True, stage="second_reminder", ago=3,
         inv="FA26-1109", amt="890,00", due="2026-11-20",
         frm="Laura Picard <accueil@institut-belleepoque.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Receptionist forwards the manager's answer: transfer left on 11/12.",
         body="""Bonjour,

Je vous transfère la réponse de Mme Ravel, notre gérante, au sujet de votre relance.

Bonne journée,
Laura Picard
Accueil – Institut Belle Époque
02 41 24 90 16

-----Message d'origine-----
De : Nathalie Ravel <n.ravel@institut-belleepoque.fr>
Envoyé : lundi 14 décembre 2026 15:58
À : accueil@institut-belleepoque.fr
Objet : RE: Deuxième relance : facture FA26-1109 impayée – Imprimerie Vasseur SARL

Laura, tu peux leur répondre que c'est réglé, le virement est parti le 11/12 depuis le compte pro (Crédit Agricole). Ça devrait arriver chez eux aujourd'hui ou demain.
Merci
N."""),

    dict(id="s13frb024", country="FR", date="2027-01-07T15:10", fmt="tb", stage="firm", ago=3,
         inv="FA26-1012", amt="1 860,00", due="2026-11-15",
         frm="Jean-Pierre Auvray <jp.auvray@orange.fr>",
         intent="plan_request",
         note="Retired author cannot pay 1 860 EUR at once; asks for monthly instalments to be proposed.",
         body="""Madame, Monsieur,

J'ai bien reçu votre troisième relance concernant la facture FA26-1012, relative à l'impression de mon ouvrage « Souvenirs d'un cheminot angevin » en 150 exemplaires.

Je ne conteste nullement le montant, et je tiens d'ailleurs à souligner la qualité du travail réalisé par votre équipe. Je dois cependant vous avouer que j'ai mal évalué mes finances : j'espérais vendre une bonne partie des exemplaires lors des marchés de Noël et des séances de dédicace, mais les ventes ont été bien inférieures à mes attentes (une trentaine de livres seulement).

Ma pension de retraite ne me permet pas de régler la somme de 1 860 € en une seule fois. Je me permets donc de vous demander s'il serait possible d'échelonner ce paiement sur plusieurs mois, selon des modalités que vous voudrez bien me proposer. Je suis naturellement disposé à signer un échéancier et à mettre en place des virements mensuels.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Pierre Auvray
5, rue du Clos Bertin
49800 Trélazé
02 41 69 05 27"""),

    dict(id="s13frb025", country="FR", date="2026-12-30T11:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-1233", amt="67,80", due="2026-12-16",
         frm="Yvette Charrier <yvette.charrier@orange.fr>",
         intent="dispute",
         note="Never received the calendars; will not pay until the parcel arrives, asks for a trace.",
         body="""Bonjour Monsieur

je ne comprend pas pourquoi vous me réclamé de l argent, je n ai jamais reçu les calendriers que j avais commandé pour mes petits enfants. Le facteur n a rien apporté et il n y avait pas d avis dans la boite.

Je ne payerai pas tant que je n ai pas le colis. Pouvez vous faire une recherche ?

Mme Charrier"""),

    dict(id="s13frb026", country="FR", date="2026-12-16T10:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA26-1215", amt="580,00", due="2026-12-10",
         frm="Martine Colignon <tresorerie@jardinspartages-namur.be>",
         intent="copy_request",
         note="Belgian non-profit needs the invoice reissued in its name with its company number before paying.",
         body="""Bonjour,

Nous avons bien reçu votre rappel. Notre trésorerie ne peut malheureusement pas encoder la facture FA26-1215 en l'état : elle est établie au nom de notre présidente à titre privé, et notre numéro d'entreprise n'y figure pas.

Pourriez-vous nous renvoyer une facture au nom de l'ASBL Les Jardins Partagés de Namur, Rue de Dave 118, 5100 Jambes, n° d'entreprise BE 0654.871.229 ? Dès réception, le paiement sera fait sans tarder.

D'avance merci et bonne journée,

Martine Colignon
Trésorière
ASBL Les Jardins Partagés de Namur
+32 81 30 44 72"""),

    dict(id="s13frb027", country="FR", date="2026-12-28T10:40", fmt="outlook", stage="second_reminder", ago=7,
         inv="FA26-1238", amt="276,00", due="2026-12-12",
         frm="Garage Moreau Auto <garage.moreau.auto@wanadoo.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer will be made when the bookkeeper is back, on 5/01.",
         body="""Bonjour,

Le garage tourne en service réduit jusqu'à la fin de l'année et notre comptable est en congés. Le virement sera fait à son retour, le 5/01.

Cdlt

Franck Moreau
Garage Moreau Auto – Agent Renault
Route de Cholet, 49300 Cholet
02 41 62 37 84"""),

    dict(id="s13frb028", country="FR", date="2027-01-07T09:12", fmt="gmail", fresh=True,
         subj="Changement d'adresse mail", to="compta@imprimerie-vasseur.fr", stage="heads_up", ago=3,
         inv="FA27-0012", amt="210,00", due="2027-01-15",
         frm="Sophie Renaudin <sophie.renaudin@neuf.fr>",
         intent="contact_change", new_email="sophie.renaudin.pro@gmail.com",
         note="New mail (not a reply): closing this address, use the new one for invoices.",
         body="""Bonjour,

Petite info : je ferme cette adresse neuf.fr à la fin du mois. Merci de m'écrire désormais à sophie.renaudin.pro@gmail.com pour les factures, les relances et le reste.

Bonne journée,
Sophie Renaudin
Photographe – 06 14 52 87 30"""),

    dict(id="s13frb029", country="FR", date="2026-12-17T14:25", fmt="tb", stage="second_reminder", ago=3,
         inv="FA26-1171", amt="199,00", due="2026-12-01",
         frm="Gilles Vandenbroucke <vandenbroucke.gilles@skynet.be>",
         intent="paid", paid_on="2026-12-15",
         note="Belgian household: transfer made 'ce mardi' = Tuesday 15 December.",
         body="""Bonjour,

Le virement pour la facture FA26-1171 (calendriers photo) a été fait ce mardi depuis notre compte chez Belfius. Vous devriez le recevoir sous peu, les virements vers la France prennent un jour ou deux.

Bien à vous,
Gilles Vandenbroucke
Tournai"""),

    dict(id="s13frb030", country="FR", date="2026-12-18T20:03", fmt="gmail", stage="repeat", ago=4,
         inv="FA26-1049", amt="64,90", due="2026-11-10",
         frm="Julien Caradec <jcaradec@free.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic mailings.",
         body="""Bonsoir,

Retirez mon adresse de votre liste d'envoi s'il vous plaît. Je ne veux plus recevoir ce genre de mails automatiques, merci.

J. Caradec"""),

    dict(id="s13frb031", country="FR", date="2026-12-28T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1288", amt="112,00", due="2026-12-14",
         frm="Nicolas Berthelot <nico.berthelot@gmail.com>",
         subj="En voyage – réponse différée",
         intent="out_of_office", return_date="2027-01-04",
         note="Travelling until Sunday 3 January: first working day back is Monday 4 January.",
         body="""Bonjour,
Je suis en voyage au Vietnam jusqu'au 3 janvier avec un accès très limité à internet. Je répondrai à votre message à mon retour.
Nicolas"""),

    dict(id="s13frb032", country="FR", date="2026-12-29T10:00", fmt="none", stage="reminder", ago=1,
         inv="FA26-1283", amt="350,00", due="2026-12-18",
         frm="Sébastien Gautier <seb.gautier.electricite@gmail.com>",
         intent="other",
         note="Passed to his accountant, who will come back to the firm; no payment statement.",
         body="""Bonjour, je transmets a mon comptable qui s'occupe de tous mes reglements. Il reviendra vers vous
Seb Gautier - Gautier Elec"""),

    dict(id="s13frb033", country="FR", date="2027-01-12T19:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA26-1305", amt="45,00", due="2026-12-20",
         frm="Dylan Roche <dylan.roche85@gmail.com>",
         intent="promise", promise_date="2027-01-13",
         note="Will pay tomorrow.",
         body="""ok je regle demain, dsl"""),

    dict(id="s13frb034", country="FR", date="2027-01-12T08:45", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA26-1260", amt="335,00", due="2026-12-15",
         frm="Marc-Antoine Rochat <marcantoine.rochat@gmx.ch>",
         intent="bank_details",
         note="Swiss card refused on the payment link; asks for IBAN and BIC to pay by transfer.",
         body="""Bonjour,

J'ai essayé à deux reprises de payer via votre lien mais ma carte PostFinance est refusée à chaque fois, je suppose que c'est parce qu'elle est suisse.

Pourriez-vous me transmettre votre IBAN ainsi que le code BIC/SWIFT, pour que je fasse un virement en euros ?

Avec mes meilleures salutations,
Marc-Antoine Rochat
Rue du Temple 14
2400 Le Locle"""),

    dict(id="s13frb035", country="FR", date="2026-12-17T09:30", fmt="apple", stage="reminder", ago=3,
         inv="FA26-1222", amt="188,00", due="2026-12-08",
         frm="Corinne Favre <corinne.favre@sunrise.ch>",
         intent="promise",
         note="Swiss customer will pay 'la semaine prochaine': no single day.",
         body="""Bonjour,

Excusez-moi, je rentre tout juste de l'étranger et je découvre votre rappel. Je ferai le nécessaire la semaine prochaine depuis mon e-banking.

Bonne journée et meilleures salutations,
Corinne Favre
Sion"""),

    dict(id="s13frb036", country="FR", date="2026-12-09T12:10", fmt="apple", stage="reminder", ago=2,
         inv="FA26-1146", amt="37,50", due="2026-11-30",
         frm="Élodie Marchand <elodie.marchand@gmail.com>",
         intent="paid", paid_on="2026-11-28",
         note="Paid by card at the counter when collecting the order on Saturday 28 November.",
         body="""Bonjour,
Je pense qu'il y a une erreur, j'ai payé par carte au comptoir quand je suis venue récupérer mes tampons, le samedi 28 novembre. J'ai encore le ticket si besoin.
Elodie

Envoyé de mon iPhone"""),

    dict(id="s13frb037", country="FR", date="2026-12-23T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-1244", amt="1 026,00", due="2026-12-10",
         frm="Cabinet Hardouin Immobilier <gestion@hardouin-immo.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Agency closed 23 Dec to 3 Jan, back Monday 4 January.",
         body="""Bonjour,

L'agence est fermée du 23 décembre au 3 janvier. Nous serons de retour le lundi 4 janvier 2027 et traiterons votre demande dans les meilleurs délais.

En cas d'urgence concernant un sinistre dans une copropriété gérée par nos soins, contactez l'astreinte au 06 09 88 41 17.

Cabinet Hardouin Immobilier
Transaction – Gestion – Syndic
45 boulevard Foch, 49000 Angers"""),

    dict(id="s13frb038", country="FR", date="2027-01-06T18:40", fmt="tb", stage="reminder", ago=2,
         inv="FA26-1251", amt="486,00", due="2026-12-18",
         frm="Alain Roussel <president@usbeaucouze-hand.fr>",
         intent="dispute",
         note="Banners printed in the wrong colour versus the approved proof; refuses to pay that part until redone, asks for a separate invoice for the conforming items.",
         body="""Bonjour,

Je réponds en tant que président du club à votre relance concernant la facture FA26-1251 (2 banderoles et 4 kakémonos).

Comme je l'ai signalé par téléphone à votre commercial le 18 décembre, les banderoles ont été imprimées en bleu marine alors que le BAT validé prévoyait le vert du club (Pantone 356). Elles sont inutilisables en l'état pour notre tournoi du 23 janvier.

Nous ne réglerons pas cette facture tant que les banderoles n'auront pas été refaites conformément au BAT. Les kakémonos sont conformes et nous sommes prêts à payer cette partie dès que vous nous aurez adressé une facture séparée.

Sportivement,

Alain Roussel
Président – US Beaucouzé Handball
06 30 74 12 96"""),

    dict(id="s13frb039", country="FR", date="2027-01-14T13:10", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1340", amt="96,00", due="2026-12-31",
         frm="Karima Haddad <karima.haddad@yahoo.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Thursday 14 Jan: 'mercredi prochain' = Wednesday 20 January.",
         body="""Bonjour,

Je suis au courant pour la facture, je ne l'oublie pas. J'attends un versement de France Travail et je ferai le virement mercredi prochain sans faute.

Cordialement
K. Haddad"""),

    dict(id="s13frb040", country="FR", date="2027-01-11T10:20", fmt="tb", stage="firm", ago=3,
         inv="FA26-1088", amt="445,00", due="2026-11-20",
         frm="Isabelle Morin <isabelle.morin@sfr.fr>",
         intent="other",
         note="Debtor has died; his daughter refers the firm to the notary handling the estate (postal address only).",
         body="""Madame, Monsieur,

Je me permets de répondre à ce message adressé à mon père, M. Robert Gallet, décédé le 2 décembre dernier. Je consulte sa boîte mail pour prévenir ses correspondants.

La succession est confiée à Maître Hervé Dubreuil, notaire à Saumur (12 rue Dacier, 49400 Saumur). Je vous invite à lui adresser votre facture afin qu'elle soit prise en compte dans le règlement de la succession ; je ne suis pas en mesure de la régler personnellement.

Je vous remercie de votre compréhension.

Isabelle Morin"""),

    dict(id="s13frb041", country="FR", date="2027-01-13T12:48", fmt="gmail", stage="final_notice", ago=2,
         inv="FA26-1180", amt="960,00", due="2026-12-05",
         frm="Yann Le Goff <atelier.legoff.ebeniste@gmail.com>",
         intent="plan_request",
         note="Cabinet-maker asks to pay in 3 or 4 instalments; no date.",
         body="""Bonjour,

Janvier c'est toujours compliqué pour moi, les chantiers reprennent doucement et les clients paient tard. Je ne peux pas sortir 960 € d'un coup là.

On peut faire en 3 ou 4 fois ? Dites-moi ce qui vous va.

Yann Le Goff
Atelier Le Goff – Ébénisterie
07 68 30 21 95"""),

    dict(id="s13frb042", country="FR", date="2027-01-12T21:15", off="-0500", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA26-1267", amt="455,00", due="2026-12-18",
         frm="Mathieu Bergeron <mathieu.bergeron@hotmail.ca>",
         intent="paid", paid_on="2027-01-08",
         note="Québécois customer: transfer sent last Friday, the 8th.",
         body="""Bonjour,

Le paiement a été envoyé vendredi dernier (le 8) par virement international via ma banque, la Nationale. On m'a dit de compter 3 à 5 jours ouvrables avant que ça rentre de votre bord.

Je peux vous renvoyer la confirmation si vous en avez besoin.

Merci, bonne journée
Mathieu Bergeron
Québec"""),

    dict(id="s13frb043", country="FR", date="2027-01-08T10:50", fmt="html_gmail", stage="second_reminder", ago=4,
         inv=[("FA26-1177", "318,00", "2026-12-02"), ("FA26-1264", "142,50", "2026-12-16")],
         frm="Pizzeria Da Salvatore <dasalvatore.angers@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices paid in one transfer on the 15th (January).",
         body="""Bonjour,

Oui pour les deux factures (les flyers de décembre et les nouvelles cartes), je vous fais un seul virement le 15 pour le tout, soit 460,50 €. On a fermé deux semaines pour les congés, la trésorerie repart doucement.

Merci de votre patience

Salvatore Ricci
Pizzeria Da Salvatore
06 58 41 27 70"""),

    dict(id="s13frb044", country="FR", date="2027-01-02T21:30", fmt="apple", stage="reminder", ago=4,
         inv="FA26-1331", amt="48,60", due="2026-12-20",
         frm="Aurélie Fontaine <aurelie.fontaine@free.fr>",
         intent="copy_request",
         note="Never received the invoice itself; asks for the PDF to check the amount.",
         body="""Bonsoir,

Je n'ai jamais reçu de facture, seulement cette relance. Pouvez-vous me l'envoyer en PDF pour que je vérifie le montant ? Je ne me souviens plus si on avait pris l'option enveloppes dorées pour les faire-part de baptême.

Merci,
Aurélie Fontaine

Envoyé de mon iPad"""),

    dict(id="s13frb045", country="FR", date="2026-12-22T09:01", off="-0500", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1290", amt="640,00", due="2026-12-12",
         frm="Josée Gagnon <jgagnon@editionsduhavre.qc.ca>",
         intent="out_of_office", return_date="2027-01-06",
         note="Québec publisher on holiday, back at the office Wednesday 6 January.",
         body="""Bonjour,

Je suis présentement en vacances et serai de retour au bureau le mercredi 6 janvier 2027. Je prendrai connaissance de votre courriel à mon retour.

Pour toute urgence, vous pouvez écrire à info@editionsduhavre.qc.ca.

Merci et Joyeuses Fêtes!

Josée Gagnon
Éditions du Havre
Montréal (Québec)"""),

    dict(id="s13frb046", country="FR", date="2027-01-15T17:05", fmt="html_gmail", stage="firm", ago=4,
         inv="FA26-1209", amt="298,00", due="2026-12-10",
         frm="Les Saveurs d'Anjou <saveursdanjou@gmail.com>",
         intent="dispute",
         note="Received 500 labels instead of the 1 000 invoiced; pays only after missing labels or a credit note.",
         body="""Bonjour,

Je ne comprends pas cette troisième relance avec menace de pénalités. J'ai appelé en décembre pour vous dire que nous avions reçu 500 étiquettes de confiture au lieu des 1 000 commandées et facturées. On m'a dit qu'on me rappellerait, je n'ai jamais eu de nouvelles.

Je veux bien payer ce que j'ai reçu, pas le double. Envoyez-moi les 500 étiquettes manquantes ou un avoir, et je règle dans la foulée.

Véronique Gaudin
Les Saveurs d'Anjou – Épicerie fine
8 place du Ralliement, 49000 Angers"""),

    dict(id="s13frb047", country="FR", date="2026-12-22T16:00", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1279", amt="134,00", due="2026-12-15",
         frm="Agnès Tessier <agnes.tessier@orange.fr>",
         intent="promise",
         note="Will pay 'début janvier' (no single day); side question about custom stamps.",
         body="""Bonjour,

Oups, pardon ! Je règle ça début janvier, je suis un peu juste en ce moment avec les cadeaux.

Au passage : est-ce que vous faites aussi des tampons encreurs personnalisés avec un logo ? J'en aurais besoin pour les cartes de fidélité de mes cours de yoga.

Belle fin d'année,
Agnès"""),

    dict(id="s13frb048", country="FR", date="2027-01-26T14:30", fmt="outlook", stage="repeat", ago=1,
         inv="FA26-1198", amt="39,90", due="2026-12-05",
         frm="Hélène Vautrin <h.vautrin@outlook.fr>",
         intent="unsubscribe",
         note="Invokes GDPR to stop the automatic reminders to her address.",
         body="""Madame, Monsieur,

Conformément au RGPD, je vous demande de cesser l'envoi de ces relances automatiques à mon adresse électronique et de supprimer celle-ci de vos fichiers.

Pour toute correspondance, vous pouvez m'écrire par voie postale.

Hélène Vautrin"""),

    dict(id="s13frb049", country="FR", date="2027-01-28T07:50", fmt="apple", stage="repeat", ago=3,
         inv="FA26-1313", amt="82,00", due="2026-12-19",
         frm="Romain Chevalier <r.chevalier@icloud.com>",
         intent="paid", paid_on="2027-01-27",
         note="Paid online yesterday evening.",
         body="""Payé hier soir en ligne. Bonne journée
Romain

Envoyé de mon iPhone"""),

    dict(id="s13frb050", country="FR", date="2027-01-27T10:45", fmt="html_outlook", stage="formal_notice", ago=2,
         inv=[("FA26-1055", "1 224,00", "2026-11-10"), ("FA26-1139", "408,00", "2026-11-30")],
         frm="Bâti Loire Rénovation <administratif@batiloire-renovation.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire): cannot pay pre-judgment debts, claim must be filed with the court-appointed administrator.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure.

Nous vous informons que la société Bâti Loire Rénovation fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce d'Angers en date du 26 novembre 2026. Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées antérieurement à ce jugement.

Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné : SELARL Mandatum, Me Corinne Lhuillier, 9 rue Paul Bert, 49100 Angers, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Cordialement,

Service administratif
Bâti Loire Rénovation SARL
17 rue de la Gabardière, 49070 Beaucouzé
Tél. 02 41 48 07 63
SARL au capital de 20 000 € – RCS Angers 801 226 574"""),
]
