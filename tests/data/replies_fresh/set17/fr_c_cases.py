"""fr_c: French replies to Marchal Thermique SARL (heating/plumbing, Nancy). Handwritten one by one."""

CASES = [
    dict(id="s17frc001", country="FR", date="2026-12-08T21:14", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1412", amt="189,00", due="2026-11-30",
         frm="Kevin Rousseau <kev.rousseau54@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer on Friday (reply Tuesday 8 Dec) = 11 Dec.",
         body="""Ok c noté, je fais le virement vendredi quand la paye est tombée

Kevin

Envoyé de mon iPhone"""),

    dict(id="s17frc002", country="FR", date="2026-12-07T12:31", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1377", amt="145,00", due="2026-11-25",
         frm="Sandrine Maillard <sandrine.maillard57@gmail.com>",
         intent="paid", paid_on="2026-12-05",
         note="Transfer made 'samedi' before Monday 7 Dec = 5 Dec.",
         body="""Bonjour
Je vous ai fait le virement samedi, vous devriez le voir arriver aujourd'hui ou demain avec le délai de la banque.
Bonne journée
Sandrine Maillard"""),

    dict(id="s17frc003", country="FR", date="2026-12-10T08:03", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA26-1290", amt="412,80", due="2026-11-10",
         frm="Jérôme Guérin <jerome.guerin88@gmail.com>",
         intent="dispute",
         note="Repair did not fix the boiler; refuses to pay until it works.",
         body="""Vous vous fichez de moi ?

Votre technicien est passé le 28 octobre soit disant pour réparer la chaudière. Trois jours après elle se remettait en sécurité. J'ai appelé votre standard 4 fois, on m'a promis qu'on me rappelait, toujours rien. Et vous avez le culot de m'envoyer des relances ??

On a deux enfants dont un bébé de 8 mois et on chauffe la maison avec un radiateur électrique d'appoint depuis un mois.

Je paierai quand la chaudière fonctionnera. Pas avant. Envoyez quelqu'un qui sait ce qu'il fait.

J. Guérin
06 71 28 44 19"""),

    dict(id="s17frc004", country="FR", date="2026-12-21T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1402", amt="318,00", due="2026-12-05",
         frm="Cabinet de kinésithérapie Laxou <secretariat.kine.laxou@orange.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed 21 Dec to 3 Jan inclusive, reopens Monday 4 January.",
         body="""Bonjour,

Le cabinet est fermé pour congés du lundi 21 décembre au dimanche 3 janvier inclus. Réouverture le lundi 4 janvier à 8h00.

Pour toute urgence, merci de contacter le cabinet de Mme Lhuillier au 03 83 98 12 40.

Le secrétariat"""),

    dict(id="s17frc005", country="FR", date="2026-12-11T22:47", fmt="gmail", stage="firm", ago=3,
         inv="FA26-1198", amt="2 340,00", due="2026-10-30",
         frm="Aurélie Fontaine <aurelie.fontaine88@gmail.com>",
         intent="plan_request",
         note="Asks to pay in 4 or 5 instalments; no date committed.",
         body="""bonsoir
jsuis vraiment désolée pour le retard, avec les fêtes qui arrivent et la voiture qui a lâché le mois dernier c'est très compliqué en ce moment
est ce que ce serait possible de payer en plusieurs fois ? genre en 4 ou 5 fois, je peux pas sortir 2340 € d'un coup
je veux pas d'ennuis je veux juste un peu de temps
merci bcp de votre compréhension
Aurélie Fontaine"""),

    dict(id="s17frc006", country="FR", date="2026-12-14T13:05", fmt="apple", stage="reminder", ago=4,
         inv="FA26-1433", amt="96,00", due="2026-12-01",
         frm="Julie Perrin <julie.perrin@icloud.com>",
         intent="promise",
         note="'Début de semaine prochaine' is a window, no single day.",
         body="""Bonjour, oups désolée j'avais complètement zappé 🙈 je règle ça début de semaine prochaine sans faute

Bonne journée
Julie

Envoyé de mon iPhone"""),

    dict(id="s17frc007", country="FR", date="2026-12-15T15:22", fmt="outlook", stage="second_reminder", ago=5,
         inv="FA26-1302", amt="687,50", due="2026-11-15",
         frm="Le Comptoir de la Pépinière <contact@comptoir-pepiniere.fr>",
         intent="copy_request",
         note="Cannot find the invoice; asks for the PDF for the accountant before paying.",
         body="""Bonjour,

Je ne retrouve pas cette facture, ni dans nos papiers ni dans la boîte mail. C'est bien pour le remplacement du chauffe-eau de la plonge en octobre ?

Pouvez-vous me la renvoyer en PDF svp, que je la transmette à notre comptable pour le paiement.

Merci,

Stéphane Colin
Le Comptoir de la Pépinière
Bar - Restaurant
2 place de la Carrière, 54000 Nancy
03 83 36 71 05"""),

    dict(id="s17frc008", country="FR", date="2026-12-16T19:58", fmt="gmail", stage="firm", ago=6,
         inv="FA26-1215", amt="1 150,00", due="2026-10-31",
         frm="Patrice Lemoine <p.lemoine54@gmail.com>",
         intent="paid", paid_on="2026-12-16",
         note="Partial payment: 500 EUR transferred this evening; rest 'dès que possible' (no date).",
         body="""Bonsoir,

Je viens de vous faire un virement de 500 € ce soir, c'est tout ce que je peux faire pour le moment. Le reste suivra dès que possible, je ne vous oublie pas.

Cordialement
Patrice Lemoine"""),

    dict(id="s17frc009", country="FR", date="2026-12-17T10:12", fmt="tb", stage="reminder", ago=2,
         inv="FA26-1450", amt="3 860,00", due="2026-12-10",
         frm="Bernard Thiriet <b.thiriet@laposte.net>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' email; wants the bank details confirmed before paying.",
         body="""Bonjour,

Avant de faire le virement pour la pompe à chaleur je préfère vérifier quelque chose : j'ai reçu lundi un mail au nom de votre société m'indiquant que vos coordonnées bancaires avaient changé, avec un nouvel IBAN qui commence par LT (Lituanie ?). Sur votre facture le RIB est au Crédit Mutuel de Nancy.

Est-ce bien vous qui avez envoyé ce message ? Je préfère que vous me le confirmiez par téléphone avant que je paie quoi que ce soit, on entend tellement d'histoires d'arnaques.

Cordialement,

Bernard Thiriet
06 08 52 17 33"""),

    dict(id="s17frc010", country="FR", date="2026-12-17T16:30", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA26-1389", amt="534,00", due="2026-11-30",
         frm="Garage Vautrin <garage.vautrin@wanadoo.fr>",
         intent="contact_change", new_email="fournisseurs.vautrin@aubry-expertise.fr",
         note="Invoices and reminders must now go to their accounting firm's address.",
         body="""Bonjour,

Depuis le 1er décembre, c'est notre cabinet comptable qui gère le règlement de nos factures fournisseurs.

Merci d'envoyer dorénavant vos factures et relances directement à : fournisseurs.vautrin@aubry-expertise.fr

Je leur ai fait suivre votre message.

Cordialement,

Nathalie Vautrin
SARL Garage Vautrin – Mécanique toutes marques
14 route de Toul – 54200 Écrouves
Tél. 03 83 43 09 81
SARL au capital de 8 000 € – RCS Nancy 438 217 654"""),

    dict(id="s17frc011", country="FR", date="2026-12-18T07:48", fmt="gmail", stage="heads_up", ago=1,
         inv="FA26-1468", amt="142,00", due="2026-12-31",
         frm="Pierre Jacquot <pierre.jacquot57@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders.",
         body="""Bonjour,

Je paie toujours mes factures à l'échéance, je n'ai jamais eu un seul retard chez vous. Je n'ai donc pas besoin de ces rappels automatiques, merci de me retirer de ces envois.

P. Jacquot"""),

    dict(id="s17frc012", country="FR", date="2026-12-09T09:03", fmt="bounce", stage="reminder",
         inv="FA26-1366", amt="210,00", due="2026-11-20",
         rcpt="famille.oudot@wanadoo.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Orange rejected the recipient: address no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
famille.oudot@wanadoo.fr"""),

    dict(id="s17frc013", country="FR", date="2027-01-06T18:40", fmt="gmail", stage="second_reminder", ago=8,
         inv="FA26-1341", amt="165,00", due="2026-11-25",
         frm="Renée Collignon <collignon.renee@gmail.com>",
         intent="other",
         note="Son writes that the customer died; the notary handles the estate. No payment statement.",
         body="""Bonjour,

Je suis le fils de Mme Renée Collignon, je vous écris depuis sa boîte mail que je relève en ce moment. Ma mère est décédée le 2 décembre dernier.

La succession est suivie par Maître Hubert, notaire à Pont-à-Mousson (03 83 81 04 22). Je vous invite à lui adresser votre facture, elle sera traitée dans le cadre de la succession.

Cordialement,
Thomas Collignon"""),

    dict(id="s17frc014", country="FR", date="2026-12-22T10:15", fmt="html_outlook", stage="second_reminder", ago=4,
         inv=[("FA26-1287", "1 248,00", "2026-11-15"), ("FA26-1355", "384,00", "2026-11-30")],
         frm="Auto-École Carrière <gestion@autoecole-carriere.fr>",
         cc="Cabinet Thomas Conseil <dossiers@thomas-conseil54.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Both invoices to be paid by transfer on Friday 8 January.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant les factures FA26-1287 et FA26-1355.

Nos règlements fournisseurs sont effectués deux fois par mois. Compte tenu de la fermeture de fin d'année, ces deux factures seront réglées par virement le vendredi 8 janvier, lors de notre prochaine échéance de paiement.

Nous vous prions de nous excuser pour ce retard.

Cordialement,

Céline Carrière
Gérante
Auto-École Carrière
5 rue Saint-Dizier – 54000 Nancy
03 83 32 58 90 – www.autoecole-carriere.fr"""),

    dict(id="s17frc015", country="FR", date="2026-12-23T11:02", fmt="apple", stage="reminder", ago=2,
         inv="FA26-1421", amt="168,00", due="2026-12-10",
         frm="Simone Gérardin <simone.gerardin@orange.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Cheque posted this morning.",
         body="""Monsieur,

J'ai posté ce matin mon chèque de 168 euros à l'ordre de Marchal Thermique. Avec les fêtes la poste sera peut-être un peu lente, ne vous inquiétez pas.

Je vous souhaite un joyeux Noël et une bonne année à toute l'équipe, et merci encore au jeune homme qui est venu pour la chaudière, très aimable.

Simone Gérardin

Envoyé de mon iPad"""),

    dict(id="s17frc016", country="FR", date="2026-12-28T14:20", fmt="tb", stage="reminder", ago=6,
         inv="FA26-1472", amt="286,00", due="2026-12-20",
         frm="François Husson <francois.husson@free.fr>",
         intent="dispute",
         note="Contests 2 hours of labour (tech stayed 45 min); wants a corrected invoice before paying.",
         body="""Bonjour,

Je conteste le montant de cette facture. Il y est compté 2 heures de main-d'œuvre (2 x 78 € HT), or votre technicien est arrivé chez moi à 14h10 et reparti vers 14h55, je l'ai noté. Le déplacement est déjà facturé à part.

Je suis d'accord pour payer le déplacement, la pièce (le vase d'expansion) et une heure de main-d'œuvre, mais pas deux. Merci de m'envoyer une facture rectifiée, je la réglerai à réception.

Cordialement,
François Husson
12 rue des Jardiniers, 54000 Nancy"""),

    dict(id="s17frc017", country="FR", date="2026-12-24T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-1445", amt="742,00", due="2026-12-15",
         frm="Boulangerie Hennequin <boulangerie.hennequin@orange.fr>",
         intent="out_of_office", return_date="2027-01-08",
         note="Away until Thursday 7 January inclusive: back Friday 8 January.",
         body="""Bonjour,

Je suis absente jusqu'au jeudi 7 janvier inclus. Votre message sera traité à mon retour.

La boulangerie reste ouverte pendant les fêtes (sauf le 25 décembre et le 1er janvier). Pour les commandes, appelez directement le magasin au 03 83 27 14 52.

Martine Hennequin"""),

    dict(id="s17frc018", country="FR", date="2027-01-05T09:37", fmt="gmail", stage="repeat", ago=1,
         inv="FA26-1318", amt="455,00", due="2026-11-20",
         frm="Yannick Bertrand <yannick.bertrand.elec@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'Le 15' after a reply on 5 January = 15 January.",
         body="""Bonjour

Comme je l'ai dit a votre secrétaire au tel ce matin je vous règle le 15, j'attends moi même le paiement d'un gros chantier.
Bonne année au passage

Yannick Bertrand
Bertrand Électricité
06 63 19 70 28"""),

    dict(id="s17frc019", country="FR", date="2027-01-04T20:10", fmt="html_gmail", stage="firm", ago=13,
         inv="FA26-1259", amt="920,00", due="2026-11-10",
         frm="Nicolas Petitjean <nico.petitjean@gmail.com>",
         intent="paid", paid_on="2026-12-29",
         note="Paid online by card on 29/12 via the link.",
         body="""Bonsoir,

J'ai payé en ligne par carte via votre lien le 29/12, j'ai bien reçu le mail de confirmation de paiement. Vous pouvez vérifier de votre côté ? Je ne voudrais pas que les pénalités continuent à courir.

Cordialement,
Nicolas Petitjean"""),

    dict(id="s17frc020", country="FR", date="2027-01-07T18:55", fmt="outlook", stage="firm", ago=2,
         inv="FA26-1236", amt="1 860,00", due="2026-11-05",
         frm="Coiff'Émoi <coiffemoi.vandoeuvre@gmail.com>",
         intent="plan_request",
         note="Does not contest; asks to spread payment over several months.",
         body="""Bonjour,

Je vous réponds au sujet de la facture FA26-1236 pour le remplacement de la climatisation réversible du salon.

Je ne vous cache pas que la période est difficile : les travaux du tram devant le salon ont fait chuter ma fréquentation depuis septembre, et décembre n'a pas rattrapé. Je ne conteste absolument pas la facture, mais je ne peux pas la régler en une seule fois.

Serait-il possible d'échelonner le paiement sur plusieurs mois ? Dites-moi ce qui vous conviendrait.

Merci d'avance,

Laetitia Morel
Coiff'Émoi
38 avenue Jeanne d'Arc, 54500 Vandœuvre-lès-Nancy
03 83 56 22 17"""),

    dict(id="s17frc021", country="FR", date="2027-01-08T12:20", fmt="gmail", stage="second_reminder", ago=3,
         inv=[("FA26-1184", "156,00", "2026-10-20"), ("FA26-1297", "238,50", "2026-11-15"), ("FA26-1410", "89,00", "2026-12-05")],
         frm="Christine Lallemand <chris.lallemand57@gmail.com>",
         intent="copy_request",
         note="Asks for a statement of what is paid and what remains before paying the rest.",
         body="""Bonjour,

je m'y perds un peu, je vois passer 3 factures dans vos mails (la chaudière, le robinet de la cuisine et l'entretien je crois) et je suis presque sûre d'en avoir déjà payé une par chèque en novembre.

Est-ce que vous pourriez m'envoyer un relevé de mon compte avec ce qui est payé et ce qui reste à payer ? Comme ça je règle le reste d'un coup.

Merci
Christine Lallemand"""),

    dict(id="s17frc022", country="FR", date="2027-01-08T11:40", fmt="outlook", stage="final_notice", ago=3,
         inv="FA26-1162", amt="2 975,00", due="2026-10-15",
         frm="SCI Les Tilleuls <sci.lestilleuls@orange.fr>",
         intent="promise", promise_date="2027-01-16",
         note="Payment 'sous huitaine' from Friday 8 January = 16 January.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courrier du 5 janvier.

Le retard de règlement de cette facture est dû au changement de gérant de la SCI intervenu en novembre, les signatures bancaires n'ayant été mises à jour que très récemment. Le nécessaire est désormais fait : le règlement de la somme de 2 975,00 € interviendra sous huitaine.

Nous vous remercions de bien vouloir suspendre toute procédure de recouvrement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Gérard Mougenot
Gérant – SCI Les Tilleuls
7 rue des Tilleuls, 54600 Villers-lès-Nancy"""),

    dict(id="s17frc023", country="FR", date="2027-01-11T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-1380", amt="610,00", due="2026-12-01",
         frm="Julien Ferry <j.ferry@ferry-menuiserie.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Away until Friday 22 January: back Monday 25 January.",
         body="""Bonjour,

Je suis actuellement absent et n'ai pas accès à mes mails jusqu'au vendredi 22 janvier.
Pour toute demande concernant un chantier en cours, merci de contacter l'atelier au 03 83 25 61 48.

Julien Ferry
Menuiserie Ferry"""),

    dict(id="s17frc024", country="FR", date="2027-01-11T21:05", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1488", amt="1 780,00", due="2026-12-31",
         frm="US Champigneulles Football <tresorier.uschampigneulles@gmail.com>",
         intent="dispute",
         note="Invoice 330 EUR above the signed quote; will pay only the quoted amount unless explained.",
         body="""Bonsoir,

Je suis le trésorier du club. Nous avons bien reçu votre facture FA26-1488 pour le remplacement du ballon d'eau chaude des vestiaires, mais le montant ne correspond pas au devis signé par notre président le 3 novembre, qui était de 1 450 € TTC. Vous facturez 1 780 €, soit 330 € de plus, sans qu'on nous ait prévenus d'un quelconque supplément.

Nous sommes prêts à régler 1 450 € comme prévu au devis. Pour la différence, merci de nous expliquer à quoi elle correspond, sinon nous ne la réglerons pas.

Sportivement,
Didier Klein
Trésorier – US Champigneulles
06 12 87 40 63"""),

    dict(id="s17frc025", country="FR", date="2027-01-12T08:15", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA26-1395", amt="134,00", due="2026-12-05",
         frm="Romain Antoine <romain.antoine1985@gmail.com>",
         intent="paid", paid_on="2026-12-18",
         note="Says (angrily, second time) it was paid by transfer on 18 December.",
         body="""C'est la 2e fois que je vous le dis : c'est PAYÉ. Virement du 18 décembre, j'ai l'avis de mon appli bancaire sous les yeux. Regardez vos comptes avant d'envoyer des relances svp.

R. Antoine"""),

    dict(id="s17frc026", country="FR", date="2027-01-12T20:40", fmt="gmail", stage="firm", ago=6,
         inv="FA26-1344", amt="278,00", due="2026-11-25",
         frm="Kelly Marchetti <kelly.marchetti@gmail.com>",
         intent="promise",
         note="Will pay once the CAF payment arrives: no date.",
         body="""bonsoir
jai pas oublié pour la facture, je paie dès que jai touché la prime de la CAF, normalement ca devrait plus tarder
dsl pour le retard
Kelly"""),

    dict(id="s17frc027", country="FR", date="2027-01-13T12:44", fmt="tb", stage="reminder", ago=2,
         inv="FA26-1501", amt="189,00", due="2026-12-31",
         frm="Arnaud Mathis <a.mathis@cordonnerie-mathis.fr>",
         intent="contact_change", new_email="arnaud.mathis54@gmail.com",
         note="Old business address closing; use his personal address from now on.",
         body="""Bonjour,

J'ai vendu la cordonnerie en fin d'année et cette adresse mail sera fermée à la fin du mois.

La facture concerne l'entretien de ma maison, pas la boutique : merci de m'écrire désormais sur mon adresse perso, arnaud.mathis54@gmail.com.

Cordialement,
Arnaud Mathis"""),

    dict(id="s17frc028", country="FR", date="2027-01-14T16:02", fmt="html_outlook", stage="firm", ago=3,
         inv="FA26-1268", amt="3 420,00", due="2026-11-15",
         frm="Comptabilité Boucherie Weber <compta@boucherie-weber.fr>",
         intent="paid", paid_on="2027-01-14",
         note="Transfer made today.",
         body="""Bonjour,

Nous vous confirmons que le règlement de la facture FA26-1268 d'un montant de 3 420,00 € a été effectué ce jour par virement (référence : VIR WEBER FA26-1268).

Avec nos excuses pour ce retard, lié à la clôture de notre exercice.

Cordialement,

Sophie Weber
Service comptabilité
Boucherie Charcuterie Weber SARL
22 Grande Rue – 54300 Lunéville
Tél. : 03 83 73 11 26
SARL au capital de 20 000 € – SIRET 421 556 803 00018 – TVA FR27421556803
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur."""),

    dict(id="s17frc029", country="FR", date="2027-01-14T19:30", fmt="gmail", stage="repeat", ago=3,
         inv="FA26-1406", amt="225,00", due="2026-12-05",
         frm="Dylan François <dylan.francois54@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Will come to the office Monday (reply Thursday 14 Jan) = 18 Jan; side question whether that suits.",
         body="""bjr
je passe lundi a votre bureau vous regler en cheque, je bosse juste a coté
cest bon pour vous ?
dylan"""),

    dict(id="s17frc030", country="FR", date="2027-01-15T10:20", fmt="apple", stage="reminder", ago=4,
         inv="FA27-0012", amt="14,90", due="2027-01-05",
         frm="Hélène Parisot <helene.parisot@me.com>",
         intent="bank_details",
         note="Direct debit rejected: gives her new IBAN and asks to update the mandate.",
         body="""Bonjour,

Le prélèvement a dû être rejeté parce que j'ai changé de banque en décembre et fermé mon ancien compte, pardon j'ai complètement oublié de vous prévenir.

Mes nouvelles coordonnées : Boursorama, IBAN FR76 4061 8803 0000 0402 7713 954. Je vous envoie le RIB en pièce jointe dès que je suis sur l'ordi. Pouvez-vous mettre à jour le mandat de prélèvement pour mon contrat d'entretien et représenter celui de janvier ?

Merci !
Hélène Parisot

Envoyé de mon iPhone"""),

    dict(id="s17frc031", country="FR", date="2027-01-18T10:05", fmt="html_outlook", stage="formal_notice", ago=6,
         inv="FA26-1176", amt="5 640,00", due="2026-10-20",
         frm="Direction Le Relais du Saintois <direction@relais-saintois.fr>",
         intent="other",
         note="Receivership opened: cannot pay pre-judgment debts, the claim must be filed with the mandataire.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure.

Nous vous informons que, par jugement du 7 janvier 2027, le tribunal des activités économiques de Nancy a ouvert une procédure de redressement judiciaire à l'égard de la SARL Le Relais du Saintois. Maître Laurence Didierjean, mandataire judiciaire, 12 rue Saint-Jean à Nancy, a été désignée.

Conformément à la loi, nous ne sommes plus autorisés à régler les créances nées avant le jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous restons à votre disposition pour tout renseignement et espérons pouvoir continuer à travailler avec vous.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Philippe Aubertin
Gérant
Hôtel-Restaurant Le Relais du Saintois
SARL au capital de 15 000 € – RCS Nancy 490 312 776"""),

    dict(id="s17frc032", country="FR", date="2027-01-15T13:10", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1519", amt="348,00", due="2026-12-31",
         frm="Maxime Gauthier <maxime.gauthier.88@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="'Fin janvier' = 31 January.",
         body="""Bonjour,
Bien reçu, pas de souci, je règle fin janvier avec ma paie, j'ai eu pas mal de frais avec Noël 😅
Bon week-end
Maxime"""),

    dict(id="s17frc033", country="FR", date="2027-01-16T10:48", fmt="none", stage="second_reminder", ago=4,
         inv="FA26-1457", amt="395,00", due="2026-12-15",
         frm="Samir Bouzid <samir.bzd@gmail.com>",
         intent="dispute",
         note="Tenant says the landlord owes the leak repair, not him; also asks to stop reminders, but the act is a dispute over who owes.",
         body="""jai rien a payer moi, je suis locataire !! cest le proprio qui vous a appelé pour la fuite sous l'evier et cest a lui de payer la reparation, c marqué dans mon bail. envoyez ça a l'agence Lorraine Immo pas a moi
arretez de me relancer svp"""),

    dict(id="s17frc034", country="FR", date="2026-12-29T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-1392", amt="1 094,40", due="2026-12-02",
         frm="Mairie de Morville-la-Côte <mairie.morvillelacote@wanadoo.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="Town-hall secretary back on Wednesday 6 January.",
         body="""Bonjour,

Le secrétariat de mairie est fermé pour les fêtes de fin d'année.
Je serai de retour le mercredi 6 janvier 2027.

En cas d'urgence (état civil, décès), vous pouvez joindre M. le Maire au 06 81 44 29 07.

Nathalie Barbier
Secrétaire de mairie"""),

    dict(id="s17frc035", country="FR", date="2027-01-19T18:12", fmt="gmail", stage="reminder", ago=1,
         inv="FA27-0031", amt="14,90", due="2027-01-05",
         frm="Jacqueline Demange <jacqueline.demange@gmail.com>",
         intent="paid", paid_on="2027-01-06",
         note="Monthly direct debit seen on her statement on 6 January.",
         body="""Bonjour,

Je ne comprends pas cette relance, la mensualité de mon contrat d'entretien est prélevée automatiquement sur mon compte. Je vois bien sur mon relevé un prélèvement MARCHAL THERMIQUE de 14,90 € le 6 janvier.

Pouvez-vous vérifier de votre côté ?

Cordialement,
Jacqueline Demange"""),

    dict(id="s17frc036", country="FR", date="2027-01-20T11:25", fmt="tb", stage="second_reminder", ago=2,
         inv=[("FA26-1502", "640,00", "2026-12-20"), ("FA26-1544", "215,00", "2026-12-31")],
         frm="Gîte Les Hauts de Sion <gite.hautsdesion@orange.fr>",
         intent="promise", promise_date="2027-02-05",
         note="Both invoices to be paid together on Friday 5 February.",
         body="""Bonjour,

On a bien reçu vos relances, pour la réparation du chauffage du gîte et pour l'entretien annuel. Janvier est toujours un mois très calme pour nous (aucune location avant les vacances de février), nous réglerons donc les deux factures ensemble le vendredi 5 février, dès l'arrivée des premiers acomptes.

Merci de votre patience, et encore merci à Florian d'être venu un dimanche !

Claire Voirin
Gîte Les Hauts de Sion
06 30 72 58 14"""),

    dict(id="s17frc037", country="FR", date="2027-01-21T21:30", fmt="gmail", stage="final_notice", ago=2,
         inv="FA26-1220", amt="4 180,00", due="2026-11-05",
         frm="GAEC du Haut-Chemin <gaec.hautchemin@gmail.com>",
         intent="plan_request",
         note="Farm asks to spread the invoice over 4 or 5 months; no date committed.",
         body="""Bonsoir,

Suite à votre courrier, on ne refuse pas de payer, loin de là. Mais on a eu une très mauvaise année avec la sécheresse et le prix du lait, et les aides PAC ont du retard cette année.

On voudrait savoir s'il est possible d'étaler la facture du chauffe-eau de la salle de traite sur 4 ou 5 mois. Dites-nous ce qui est possible, on peut en parler au téléphone aussi (plutôt entre 13h et 14h, après on est dehors).

Merci
Jean-Luc et Sylvie Gérard
GAEC du Haut-Chemin
06 87 12 55 30"""),

    dict(id="s17frc038", country="FR", date="2027-01-22T14:05", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA26-1491", amt="736,80", due="2026-12-31",
         frm="Commune de Saulxerotte-la-Forêt <compta@saulxerotte-la-foret.fr>",
         intent="copy_request",
         note="Public body: invoice must be filed on Chorus Pro before it can be paid.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA26-1491 (intervention sur la chaudière de l'école).

Nous vous rappelons qu'en tant que collectivité, nous ne pouvons régler que les factures déposées sur le portail Chorus Pro. À ce jour, aucune facture de votre part n'apparaît sur la plateforme, ce qui explique l'absence de paiement.

Merci de la déposer sur Chorus Pro en indiquant notre SIRET 215 404 872 00014 et le numéro d'engagement 2026-118. Le mandatement sera effectué dès sa réception.

Cordialement,

Isabelle Grandjean
Secrétariat – Comptabilité
Commune de Saulxerotte-la-Forêt
03 83 52 07 19"""),

    dict(id="s17frc039", country="FR", date="2027-01-25T17:45", fmt="gmail", stage="repeat", ago=4, loc="GB",
         inv="FA26-1467", amt="520,00", due="2026-12-20",
         frm="Mark Holloway <markholloway.fr@gmail.com>",
         intent="promise", promise_date="2027-01-26",
         note="British customer writing in French: transfer 'demain matin' = 26 January.",
         body="""Bonjour,

Desolé pour le retard, nous etions en Angleterre pour Noel et je n'ai pas vu vos emails avant ce weekend. Je fais le virement demain matin sans faute.

Cordialement,
Mark Holloway
(La Grange, 3 chemin du Moulin, Thézey-Saint-Martin)"""),

    dict(id="s17frc040", country="FR", date="2027-01-26T10:30", fmt="tb", stage="reminder", ago=1,
         inv="FA27-0044", amt="172,00", due="2027-01-15",
         frm="Michel Houillon <michel.houillon@laposte.net>",
         intent="unsubscribe",
         note="Asks to remove his email address from mailings; prefers post.",
         body="""Bonjour,

Merci de supprimer mon adresse électronique de vos envois. Je ne consulte ma messagerie que rarement et je préfère de loin recevoir mes factures et vos éventuels courriers par la poste, à mon domicile, comme avant.

Salutations,
M. Houillon
8 impasse des Vignes
54130 Saint-Max"""),

    dict(id="s17frc041", country="FR", date="2027-01-25T09:20", fmt="outlook", stage="firm", ago=5, fwd=True,
         inv="FA26-1330", amt="1 512,00", due="2026-11-20",
         frm="Secrétariat Cabinet Marchand <secretariat@marchand-architecte.fr>",
         intent="paid", paid_on="2027-01-22",
         note="Assistant forwards the manager's answer: transfer made 'vendredi' (written Monday 25 Jan) = 22 Jan.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Marchand concernant votre relance.

Bonne journée,
Émilie Royer
Assistante de direction

-----Message d'origine-----
De : Olivier Marchand <o.marchand@marchand-architecte.fr>
Envoyé : lundi 25 janvier 2027 08:12
À : Secrétariat <secretariat@marchand-architecte.fr>
Objet : RE: Troisième relance : facture FA26-1330 impayée – Marchal Thermique SARL

Émilie, tu peux leur répondre que c'est réglé, j'ai fait le virement vendredi depuis le compte pro. Ils devraient l'avoir aujourd'hui.
O.M."""),

    dict(id="s17frc042", country="FR", date="2027-01-26T12:15", fmt="html_gmail", stage="reminder", ago=5,
         inv="FA27-0019", amt="265,00", due="2027-01-15",
         frm="Audrey Noël <audrey.noel.nancy@gmail.com>",
         intent="promise", promise_date="2027-02-01",
         note="Pays on 1 February; side question about a water-softener quote.",
         body="""Bonjour,

Je vous règle cette facture le 1er février, au moment où mon salaire tombe.

Au passage, vous faites aussi l'installation d'adoucisseurs d'eau ? L'eau est très calcaire chez nous et on aimerait bien avoir un devis.

Merci,
Audrey Noël"""),

    dict(id="s17frc043", country="FR", date="2027-01-27T08:50", fmt="apple", stage="second_reminder", ago=6,
         inv="FA26-1526", amt="410,00", due="2026-12-31",
         frm="Lucas Didier <lucas.didier@icloud.com>",
         intent="promise",
         note="'Courant février' is a window, no single day.",
         body="""Bjr, oui je sais dsl 😬 je vous paie courant février c'est mieux pour moi, là janvier est chaud avec les impôts et l'assurance de la voiture. Merci

Envoyé de mon iPhone"""),

    dict(id="s17frc044", country="FR", date="2027-01-27T15:40", fmt="html_gmail", stage="firm", ago=2,
         inv="FA26-1448", amt="3 250,00", due="2026-12-15",
         frm="Vincent Leclerc <vincent.leclerc.54@gmail.com>",
         intent="dispute",
         note="1 000 EUR deposit not deducted; balance is 2 250; wants corrected invoice before paying.",
         body="""Bonjour,

Vous me réclamez 3 250 € pour la rénovation de la salle de bain, c'est-à-dire le montant total des travaux. Or je vous ai versé un acompte de 1 000 € par chèque à la signature du devis, le 14 septembre (chèque n° 0004172, encaissé le 19). Le solde dû est donc de 2 250 €, pas 3 250 €.

Merci de corriger votre facture en déduisant l'acompte. Je réglerai le solde à réception de la facture corrigée.

Cordialement,
Vincent Leclerc
06 48 91 23 70"""),

    dict(id="s17frc045", country="FR", date="2027-01-26T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-1512", amt="1 385,00", due="2026-12-31",
         frm="Sébastien Royer <s.royer@royer-transports.fr>",
         intent="out_of_office", return_date="2027-02-01",
         note="Travelling until Friday 29 January; back Monday 1 February.",
         body="""Bonjour,

Je suis en déplacement jusqu'au vendredi 29 janvier, avec un accès limité à mes e-mails. Je traiterai votre message dès mon retour le lundi 1er février.

Pour les questions de facturation, vous pouvez écrire à Coralie : compta@royer-transports.fr

Cordialement,
Sébastien Royer
Royer Transports"""),

    dict(id="s17frc046", country="FR", date="2027-01-19T13:30", fmt="apple", stage="reminder", ago=1,
         inv="FA27-0027", amt="198,00", due="2027-01-10",
         frm="Claire Mathieu <claire.mathieu@icloud.com>",
         intent="other",
         note="Says she is not a customer: probably the wrong recipient.",
         body="""Bonjour,

Je crois qu'il y a une erreur, je n'ai jamais fait appel à votre entreprise et je n'habite pas à Malzéville (c'est l'adresse que je vois sur la facture en ligne). Il doit y avoir une autre Claire Mathieu, ou une faute dans l'adresse mail.

Bonne journée

Envoyé de mon iPhone"""),

    dict(id="s17frc047", country="FR", date="2026-12-12T10:05", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1428", amt="158,00", due="2026-12-05",
         frm="Nadine Colson <nadine.colson54@gmail.com>",
         intent="other",
         note="Asks whether the chèque énergie is accepted; no payment statement.",
         body="""Bonjour
est-ce que vous prenez le chèque énergie pour payer l'entretien de la chaudière ? j'ai reçu le mien cette année et on m'a dit qu'on pouvait l'utiliser pour ça
merci de me dire
Nadine Colson"""),

    dict(id="s17frc048", country="FR", date="2026-12-09T18:25", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1419", amt="132,00", due="2026-11-30",
         frm="Eric Schmitt <eric.schmitt57@gmail.com>",
         intent="paid", paid_on="2026-11-20",
         note="Cheque handed to the technician on 20/11, already cashed.",
         body="""bonsoir
jai reglé par cheque directement a votre technicien le jour ou il est passé (le 20/11), il m'a meme fait un recu. le cheque a ete encaissé d'ailleurs je le vois sur mon compte
merci de verifier
eric schmitt"""),

    dict(id="s17frc049", country="FR", date="2026-12-30T22:10", fmt="apple", stage="second_reminder", ago=8,
         inv="FA26-1439", amt="240,00", due="2026-12-10",
         frm="Léa Bastien <lea.bastien@icloud.com>",
         intent="promise", promise_date="2026-12-31",
         note="'Demain matin' on 30 December = 31 December.",
         body="""Oups ok je fais ça demain matin !

Envoyé de mon iPhone"""),

    dict(id="s17frc050", country="FR", date="2027-01-28T09:45", fmt="tb", stage="repeat", ago=2,
         inv=[("FA26-1471", "860,00", "2026-12-20"), ("FA27-0008", "124,00", "2027-01-10")],
         frm="Atelier Dubois Ébénisterie <contact@atelier-dubois.fr>",
         intent="paid", paid_on="2027-01-28",
         note="Both invoices paid by one transfer this morning.",
         body="""Bonjour,

Les deux factures (FA26-1471 et FA27-0008) sont parties ce matin par virement, 984,00 € au total, libellé « Dubois FA26-1471 FA27-0008 ».

Désolé pour le délai, le mois de janvier a été chargé.

Cordialement,
Pascal Dubois
Atelier Dubois – Ébénisterie, restauration de meubles
3 rue du Moulin, 54280 Seichamps
06 22 40 81 57"""),
]
