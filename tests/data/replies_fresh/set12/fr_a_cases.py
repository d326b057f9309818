"""Part fr_a: French debtors replying to Comptoir Rivière Matériaux SARL (La Flèche, Sarthe).
Every body below was written by hand for its case."""

CASES = [
    dict(id="s12fra001", country="FR", date="2026-12-07T07:48", fmt="gmail", stage="reminder", ago=3,
         inv="F2610-0388", amt="1 146,72", due="2026-11-30",
         frm="jose dos santos <dossantos.maconnerie@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer promised 'vendredi', Monday 7 Dec -> Friday 11 Dec.",
         body="""ok vendredi pour le virement

jose"""),

    dict(id="s12fra002", country="FR", date="2026-12-08T10:22", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="F2610-0415", amt="4 388,40", due="2026-11-20",
         frm="Comptabilité Fournisseurs - Bâtir Loire <fournisseurs@batirloire.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Says the invoice was paid by SEPA transfer on 4 December 2026.",
         body="""Bonjour,

Sauf erreur de notre part, la facture F2610-0415 d'un montant de 4 388,40 € TTC a été réglée par virement SEPA le 4 décembre 2026 (référence de remise 000418).
Il est possible que nos messages se soient croisés.

Vous trouverez ci-joint l'avis de virement. N'hésitez pas à revenir vers nous si le montant n'apparaît toujours pas sur votre compte d'ici la fin de la semaine.

Cordialement,

Émilie Garnier
Comptable fournisseurs
BÂTIR LOIRE CONSTRUCTION SAS
3 boulevard de l'Industrie – 49000 Angers
Tél. : 02 41 73 55 10 – Ligne directe : 02 41 73 55 27
SAS au capital de 250 000 € – RCS Angers 438 216 504

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    dict(id="s12fra003", country="FR", date="2026-12-08T19:55", fmt="apple", stage="reminder", ago=2,
         inv="F2611-0201", amt="862,50", due="2026-11-30",
         frm="GAEC du Moulin Neuf <gaec.moulinneuf@wanadoo.fr>",
         intent="dispute",
         note="Wrong fence posts delivered (1.80 m instead of 2.20 m); refuses to pay until they are exchanged.",
         body="""Bonsoir

Je ne vais pas payer cette facture pour l'instant. Les piquets acacia que vous avez livrés le 19 novembre font 1m80 alors que j'avais commandé des 2m20, c'est marqué sur le bon de commande. J'ai appelé deux fois, on m'a dit qu'on me rappellerait, personne n'a rappelé.
Venez les reprendre et livrez moi les bons, après je paierai.

Thierry Lebreton
GAEC du Moulin Neuf

Envoyé de mon iPhone"""),

    dict(id="s12fra004", country="FR", date="2026-12-09T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F2611-0254", amt="1 932,00", due="2026-12-01",
         frm="Mairie de Luché-Pringé <secretariat@mairie-luche-pringe.fr>",
         intent="out_of_office", return_date="2026-12-16",
         note="Auto-reply: closed 7 to 15 December inclusive, so back Wednesday 16 December.",
         body="""Bonjour,

Le secrétariat de mairie est fermé au public du 7 au 15 décembre inclus en raison des congés de l'agent.
Je traiterai votre message dès mon retour.

En cas d'urgence (état civil, décès), vous pouvez joindre M. le Maire au 06 72 18 44 09.

Cordialement,
Nathalie Rouillé
Secrétaire de mairie"""),

    dict(id="s12fra005", country="FR", date="2026-12-09T14:30", fmt="tb", stage="heads_up", ago=2,
         inv="F2611-0297", amt="638,16", due="2026-12-15",
         frm="Quincaillerie Marchand <quincaillerie.marchand@orange.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF and the delivery note.",
         body="""Bonjour,

Je n'ai jamais reçu cette facture, ni par courrier ni par mail (j'ai regardé dans les spams). Pourriez-vous me l'envoyer en PDF, avec le bon de livraison si possible ? Mon comptable boucle la TVA de novembre et il me la réclame.

Merci d'avance,

Françoise Marchand
Quincaillerie Marchand
8 place de la Halle – 72800 Le Lude
02 43 94 61 27"""),

    dict(id="s12fra006", country="FR", date="2026-12-10T12:40", fmt="gmail", stage="firm", ago=1,
         inv="F2610-0342", amt="2 716,30", due="2026-11-15",
         frm="Karim Bensaïd <kb.carrelage72@gmail.com>",
         intent="promise", promise_date="2026-12-20",
         note="Angry, but commits to transfer 'le 20' (20 December).",
         body="""Troisième relance en même pas trois semaines, franchement vous êtes pénibles. J'ai expliqué à votre commercial Ludovic il y a dix jours que je payais le 20 parce que j'attends le règlement de mon client sur le chantier de Sablé. Rien n'a changé. Le 20 vous aurez votre virement, d'ici là inutile de m'envoyer des mails avec des pénalités.

K. Bensaïd
BK Carrelage"""),

    dict(id="s12fra007", country="FR", date="2026-12-10T16:12", fmt="outlook", stage="reminder", ago=4,
         inv="F2609-0471", amt="3 054,00", due="2026-10-31",
         frm="Agence Delorme Gestion <syndic@delorme-gestion.fr>",
         intent="contact_change", new_email="copro@hureau-immobilier.fr",
         note="Former property manager; asks that invoices and reminders go to the new syndic's address.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture F2609-0471 (réfection des allées – Résidence Les Tilleuls, Sablé-sur-Sarthe).

Nous vous informons que notre agence n'assure plus le mandat de syndic de cette copropriété depuis l'assemblée générale du 30 septembre 2026. Le nouveau syndic est le Cabinet Hureau Immobilier. Merci de lui adresser désormais vos factures et relances à l'adresse suivante : copro@hureau-immobilier.fr

Nous lui avons transmis les archives du syndicat, dont votre facture.

Cordialement,

Sophie Landais
Gestionnaire de copropriété
Agence Delorme Gestion – 27 rue Carnot – 72300 Sablé-sur-Sarthe
Tél. 02 43 95 02 40
Carte professionnelle CPI 7201 2018 000 031 482 délivrée par la CCI Le Mans Sarthe"""),

    dict(id="s12fra008", country="FR", date="2026-12-11T09:15", fmt="html_gmail", stage="reminder", ago=1,
         inv="F2611-0230", amt="289,90", due="2026-12-05",
         frm="Romain Fleury <romain.fleury.plomberie@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by card through the link just now (same day).",
         body="""Bonjour,

C'est réglé, je viens de payer par carte avec le lien de votre mail (vers 9h). J'ai bien reçu la confirmation de paiement.

Bonne journée
Romain Fleury
Plomberie Chauffage Fleury – 06 81 47 20 93"""),

    dict(id="s12fra009", country="FR", date="2026-12-11T17:50", fmt="gmail", stage="second_reminder", ago=3,
         inv="F2610-0361", amt="3 480,00", due="2026-11-20",
         frm="Couverture Hamon <hamon.couverture@free.fr>",
         intent="plan_request",
         note="Cash-flow problem; asks to pay in several instalments, no date given.",
         body="""Bonjour Madame,

Je suis désolé pour le retard. Je vous explique la situation : j'ai refait la toiture d'un client à Baugé en octobre, il ne m'a toujours pas payé (plus de 11 000 €) et je suis obligé de passer par un avocat. Du coup ma trésorerie est à plat et je n'arrive pas à sortir les 3 480 € d'un coup.

Est-ce que ce serait possible de vous régler en plusieurs fois ? Je ne demande pas de cadeau, juste un peu de temps. Dites-moi ce qui est possible pour vous.

Cordialement
Pascal Hamon
Couverture – Zinguerie
06 10 58 72 34"""),

    dict(id="s12fra010", country="FR", date="2026-12-14T08:30", fmt="bounce", stage="reminder",
         inv="F2611-0266", amt="1 058,40", due="2026-12-10",
         rcpt="facturation@gautier-elec72.fr", status="5.1.1", mta="mail.comptoir-riviere.fr",
         remote="mx3.mail.ovh.net",
         subj="Undelivered Mail Returned to Sender",
         diag="550 5.1.1 <facturation@gautier-elec72.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Postfix DSN: mailbox unknown.",
         body="""This is the mail system at host mail.comptoir-riviere.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<facturation@gautier-elec72.fr>: host mx3.mail.ovh.net[188.165.47.122] said:
    550 5.1.1 <facturation@gautier-elec72.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s12fra011", country="FR", date="2026-12-14T11:02", fmt="html_outlook", stage="repeat", ago=5,
         inv=[("F2610-0322", "1 487,20", "2026-11-10"), ("F2610-0359", "858,40", "2026-11-15")],
         frm="Menuiserie Perdriau <compta@menuiserie-perdriau.fr>",
         intent="paid", paid_on="2026-12-10",
         note="Both invoices paid by one transfer dated 10/12.",
         body="""Bonjour,

Les deux factures F2610-0322 et F2610-0359 ont été payées ensemble par un seul virement du 10/12 pour un total de 2 345,60 €, libellé « PERDRIAU FACT OCT ». C'est peut-être pour ça que votre logiciel ne les a pas rapprochées.

Merci de vérifier de votre côté et de me confirmer que notre compte est soldé.

Bien à vous,

Isabelle Perdriau
Administratif & comptabilité
Menuiserie Perdriau SAS
Lieu-dit La Gaudinière – 72510 Mansigné
Tél. 02 43 46 19 85
www.menuiserie-perdriau.fr"""),

    dict(id="s12fra012", country="FR", date="2026-12-14T21:40", fmt="gmail", stage="reminder", ago=3,
         inv="F2611-0212", amt="534,00", due="2026-11-30",
         frm="Jardins Coutard <jardins.coutard@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="'demain matin' from Monday 14 Dec evening -> 15 Dec.",
         body="""bonsoir, dsl pour le retard j'avais pas vu passé votre mail. je vous fait le virement demain matin sans faute

Kevin"""),

    dict(id="s12fra013", country="FR", date="2026-12-15T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="F2610-0377", amt="6 912,00", due="2026-11-30",
         frm="Aurélie Ménard <a.menard@sarthe-tp.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away until Friday 18/12 inclusive; first working day back is Monday 21 December. Colleague named for urgent matters only.",
         body="""Bonjour,

Je suis en congés jusqu'au vendredi 18/12 inclus, sans accès à ma messagerie.
Pour les questions relatives aux factures fournisseurs, merci de contacter ma collègue Mme Bodin : c.bodin@sarthe-tp.fr.

Cordialement,
Aurélie Ménard
Service comptabilité – Sarthe TP"""),

    dict(id="s12fra014", country="FR", date="2026-12-15T14:20", fmt="apple", stage="final_notice", ago=1,
         inv="F2610-0333", amt="1 764,36", due="2026-10-31",
         frm="Boulangerie Aux Délices <auxdelices.pontvallain@orange.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Will post a cheque on Friday 18 December; 'le lundi suivant' is only the expected receipt.",
         body="""Madame, Monsieur,

J'ai bien reçu votre dernier courrier et je vous prie de bien vouloir excuser ce retard, qui n'est pas dans nos habitudes.

Nous avons refait entièrement le fournil cet automne (c'est pour ce chantier que nous avions acheté chez vous le carrelage et la faïence) et les travaux ont duré trois semaines de plus que prévu, pendant lesquelles la boutique est restée fermée. Notre trésorerie s'en est ressentie.

Je vous adresserai par courrier un chèque du montant total de la facture, que je posterai le vendredi 18 décembre, dès que j'aurai encaissé les premières commandes de bûches. Vous devriez le recevoir au plus tard le lundi suivant.

Je vous remercie de votre compréhension et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Martine Gasnier
Boulangerie-Pâtisserie Aux Délices
2 rue Nationale – 72510 Pontvallain
02 43 46 32 71"""),

    dict(id="s12fra015", country="FR", date="2026-12-16T10:45", fmt="tb", stage="reminder", ago=2,
         inv="F2611-0279", amt="1 325,00", due="2026-12-10",
         frm="Électricité Gervais <contact@gervais-electricite.fr>",
         intent="bank_details",
         note="IBAN on the invoice differs from the one on file; wants confirmation by phone before paying.",
         body="""Bonjour,

Avant de faire le virement je préfère vérifier : sur la facture F2611-0279 le RIB en bas de page n'est pas le même que celui que j'ai enregistré pour vous (j'avais un IBAN Crédit Agricole qui commence par FR76 1790 6, là c'est un FR76 3000 4). Vous avez changé de banque ?

Un collègue s'est fait avoir l'an dernier avec une fausse facture et un faux RIB, donc je ne paie rien tant que vous ne m'avez pas confirmé ça par téléphone. Vous pouvez m'appeler au 06 23 71 90 14.

Merci
Stéphane Gervais
SARL Gervais Électricité"""),

    dict(id="s12fra016", country="FR", date="2026-12-16T18:30", fmt="gmail", stage="second_reminder", ago=6,
         inv="F2611-0219", amt="2 349,00", due="2026-11-25",
         frm="Camille Royer <camille.royer85@gmail.com>",
         intent="dispute",
         note="Contests 135 EUR of delivery/crane charges said to be free; asks for a corrected invoice.",
         body="""Bonjour,

Nous contestons une partie de cette facture. Lors de la commande au magasin le 24 octobre, le vendeur (M. Pasquier) nous a assuré que la livraison était offerte au-delà de 1 500 € d'achat, et notre commande faisait 2 214 €. Or vous nous facturez 95 € de livraison + 40 € de « déchargement grue ».

Nous sommes prêts à régler le matériel, mais pas ces 135 € tant que ce point n'est pas éclairci. Pouvez-vous nous envoyer une facture rectifiée ?

Cordialement,
Camille et Julien Royer"""),

    dict(id="s12fra017", country="FR", date="2026-12-17T08:10", fmt="html_outlook", stage="firm", ago=2, fwd=True,
         inv="F2610-0310", amt="5 127,84", due="2026-11-15",
         frm="Sandrine Cormier <s.cormier@perrin-batiment.fr>",
         intent="promise", promise_date="2026-12-31",
         note="Assistant forwards the manager's answer: paid 'à la fin du mois' = 31 December.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Perrin concernant votre relance.

Bien cordialement,

Sandrine Cormier
Assistante de direction
PERRIN BÂTIMENT SARL – Gros œuvre, rénovation
14 rue du Maine – 72200 La Flèche
Tél. 02 43 45 88 12
SARL au capital de 50 000 € – SIRET 394 118 627 00034

De : Jean-Pierre Perrin
Envoyé : mercredi 16 décembre 2026 19:42
À : Sandrine Cormier
Objet : RE: Troisième relance : facture F2610-0310 impayée – Comptoir Rivière Matériaux SARL

Sandrine, tu leur réponds qu'on les paye à la fin du mois avec les autres fournisseurs, comme d'hab. Pas la peine de m'envoyer chaque relance.
JP"""),

    dict(id="s12fra018", country="FR", date="2026-12-17T15:33", fmt="gmail", stage="reminder", ago=1,
         inv="F2611-0243", amt="746,90", due="2026-12-10",
         frm="EARL de la Croix Verte <earl.croixverte@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Transfer 'lundi' from Thursday 17 Dec -> Monday 21 Dec; side question about sheep fencing stock.",
         body="""Bonjour,
Le virement part lundi, j'ai été pris par les vêlages cette semaine.
Au passage vous avez encore du grillage à moutons en 1m de haut ? Il m'en faudrait 4 rouleaux de 50 m, je passerai les chercher si vous en avez.
Merci
Guillaume Chevé
EARL de la Croix Verte – Mayet"""),

    dict(id="s12fra019", country="FR", date="2026-12-18T11:00", fmt="outlook", stage="reminder", ago=3,
         inv="F2611-0228", amt="1 093,20", due="2026-12-12",
         frm="Intendance LP Henri Boucher <ce.0720048x@ac-nantes.fr>",
         intent="copy_request",
         note="Public school: cannot pay until the invoice is filed on Chorus Pro with the purchase-order number.",
         body="""Bonjour,

Nous accusons réception de votre relance.

En tant qu'établissement public local d'enseignement, nous ne pouvons régler une facture que si elle a été déposée sur le portail Chorus Pro. Or, après vérification, la facture F2611-0228 n'y figure pas : elle nous est parvenue uniquement par courriel.

Nous vous remercions de bien vouloir la déposer sur Chorus Pro (SIRET de l'établissement : 197 200 487 00011), en indiquant impérativement le numéro de bon de commande 2026-BC-0187 dans le champ « numéro d'engagement ». La mise en paiement interviendra dès réception.

Cordialement,

Le service d'intendance
Lycée professionnel Henri Boucher
Avenue de la Libération – 72200 La Flèche
Tél. 02 43 48 20 60"""),

    dict(id="s12fra020", country="FR", date="2026-12-18T16:47", fmt="gmail", stage="repeat", ago=2,
         inv="F2610-0368", amt="418,75", due="2026-11-20",
         frm="Patrick Moreau <moreau.peinture@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="'payé depuis mardi' written Friday 18 Dec -> Tuesday 15 Dec.",
         body="""C'est payé depuis mardi. Regardez vos comptes avant de relancer.
P. Moreau"""),

    dict(id="s12fra021", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="F2611-0291", amt="2 980,00", due="2026-12-15",
         frm="Charpentes Lemaître <contact@charpentes-lemaitre.fr>",
         subj="Fermeture de fin d'année – Charpentes Lemaître",
         intent="out_of_office", return_date="2027-01-04",
         note="Annual closure; reopening Monday 4 January 2027.",
         body="""Bonjour,

Notre entreprise est fermée pour les congés de fin d'année du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus.
Réouverture le lundi 4 janvier 2027 à 8 h.

Votre message sera traité à notre retour. Pour une urgence (bâchage, dégâts de tempête), appelez le 06 45 12 98 30.

Bonnes fêtes de fin d'année,
L'équipe Charpentes Lemaître"""),

    dict(id="s12fra022", country="FR", date="2026-12-21T13:25", fmt="html_gmail", stage="reminder", ago=4,
         inv="F2611-0304", amt="412,80", due="2026-12-10",
         frm="Fleurs de Sophie <fleursdesophie.lude@gmail.com>",
         intent="paid", paid_on="2026-12-19",
         note="Cheque posted 'samedi', written Monday 21 Dec -> Saturday 19 Dec.",
         body="""Bonjour,

Je vous ai posté samedi un chèque de 412,80 € à l'ordre de Comptoir Rivière, à l'adresse de la ZA des Grands Champs. Avec la Poste en ce moment il mettra peut-être quelques jours.

Bonnes fêtes !
Sophie Leroux
Fleurs de Sophie – Le Lude"""),

    dict(id="s12fra023", country="FR", date="2026-12-22T10:02", fmt="tb", stage="second_reminder", ago=5,
         inv="F2610-0349", amt="3 215,70", due="2026-11-30",
         frm="US Mayet Football - Trésorerie <tresorier.usmayet@laposte.net>",
         intent="plan_request",
         note="Sports club waiting for a grant; asks to spread payment over several months, no firm date.",
         body="""Bonjour,

Je suis le trésorier (bénévole) de l'US Mayet. La facture concerne les matériaux pour la réfection des vestiaires du stade.

Nous comptions la régler avec la subvention d'équipement du Conseil départemental, qui a été votée mais ne sera versée qu'après réception du dossier de fin de travaux, probablement pas avant février ou mars. En attendant, le club ne dispose pas de la somme en totalité.

Serait-il envisageable d'étaler le paiement sur plusieurs mois ? Nous pourrions faire un premier versement assez rapidement, et le solde à réception de la subvention. Je peux en parler avec notre présidente si vous souhaitez une proposition chiffrée.

Sportivement,
Alain Bouvet
Trésorier US Mayet Football
06 87 33 14 62"""),

    dict(id="s12fra024", country="FR", date="2026-12-22T17:40", fmt="gmail", stage="reminder", ago=1,
         inv="F2611-0317", amt="226,40", due="2026-12-15",
         frm="Didier Gaultier <didier.gaultier.ferronnerie@gmail.com>",
         intent="unsubscribe",
         note="Wants no more automatic emails; prefers phone calls.",
         body="""Bonjour

Je ne veux plus recevoir vos mails automatiques, retirez mon adresse de votre système svp. J'en reçois déjà assez comme ça. Si il y a un souci avec mon compte vous avez mon numéro, appelez moi comme avant.

D. Gaultier
Ferronnerie Gaultier"""),

    dict(id="s12fra025", country="FR", date="2026-12-23T08:55", fmt="html_outlook", stage="firm", ago=2,
         inv="F2610-0326", amt="9 846,00", due="2026-11-30",
         frm="Centre de Services Comptables - Groupe Vallier <cs.fournisseurs@groupe-vallier.com>",
         intent="promise", promise_date="2027-01-08",
         note="AP department: transfer to be issued Friday 8 January 2027; 14 December is the validation date.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel relatif à la facture F2610-0326.

Après vérification, cette facture a été validée par le service travaux (chantier « Résidence Les Hauts du Loir », Château-du-Loir) le 14 décembre 2026 et intégrée dans notre prochaine campagne de règlement. Conformément à nos conditions de paiement, le virement sera émis le vendredi 8 janvier 2027.

Nous vous rappelons que toute facture doit comporter le numéro de commande Vallier (format CA-XXXXXX) afin d'éviter les délais de traitement.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Service Comptabilité Fournisseurs
Centre de Services Partagés – Groupe Vallier
Parc d'activités Novaxis – 72100 Le Mans
Tél. : 02 43 61 70 00 (choix 2)

Groupe Vallier SAS – capital social 4 800 000 € – RCS Le Mans 352 781 904
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Tout message électronique étant susceptible d'altération, le Groupe Vallier décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié."""),

    dict(id="s12fra026", country="FR", date="2026-12-23T12:10", fmt="gmail", stage="reminder", ago=2,
         inv="F2611-0322", amt="574,20", due="2026-12-15",
         frm="Bernard Martin <b.martin.49@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer, probably a mistyped address.",
         body="""Bonjour,

Je pense qu'il y a une erreur, je n'ai jamais rien commandé chez vous et je ne connais pas votre magasin. Je m'appelle bien Bernard Martin mais j'habite à Saumur et je ne suis pas artisan. Vous avez dû vous tromper d'adresse mail (il y a peut-être un autre b.martin avec un point quelque part ?).

Je préfère vous prévenir plutôt que de recevoir des relances tous les mois.

Cordialement
B. Martin"""),

    dict(id="s12fra027", country="FR", date="2026-12-24T09:30", fmt="apple", stage="repeat", ago=3,
         inv="F2610-0373", amt="1 212,00", due="2026-11-25",
         frm="Les Jardins de la Vègre <jardinsdelavegre@gmail.com>",
         intent="promise",
         note="Promises the transfer 'entre Noël et le jour de l'an': a window, no single day.",
         body="""Bonjour, oui je sais, je suis en retard. Je vous fais le virement entre Noël et le jour de l'an, là on est en plein dans les paniers de fêtes et j'ai pas une minute.
Joyeux Noël quand même !
Manu

Envoyé de mon iPhone"""),

    dict(id="s12fra028", country="FR", date="2026-12-28T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="F2611-0235", amt="3 906,00", due="2026-12-10",
         frm="Mickaël Drouet <m.drouet@btp-fouquet.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="On leave until 1 January (a Friday and a public holiday); first working day back Monday 4 January.",
         body="""Bonjour,
Je suis en congés jusqu'au 1er janvier. Pour toute urgence concernant les chantiers, merci de contacter le bureau au 02 43 42 67 90.
Pour la facturation : compta@btp-fouquet.fr
Bonnes fêtes,
Mickaël Drouet
Conducteur de travaux – Fouquet BTP"""),

    dict(id="s12fra029", country="FR", date="2026-12-28T14:50", fmt="outlook", stage="firm", ago=7,
         inv="F2611-0207", amt="2 158,80", due="2026-12-03",
         frm="SARL Chauvin Terrassement <sarl.chauvin@wanadoo.fr>",
         intent="dispute",
         note="Broken pallets noted on delivery; refuses to pay until the credit note is issued.",
         body="""Bonjour,

Je vous l'ai déjà dit au téléphone et je le répète par écrit puisque vous continuez à m'envoyer des relances avec des pénalités :

Sur la livraison du 3/11 au chantier de Mansigné, 2 palettes de parpaings sur 6 sont arrivées cassées. Votre chauffeur l'a constaté et l'a noté sur le bon de livraison, que j'ai signé avec réserves. Ça représente 412 € HT.

On attend l'avoir depuis début novembre. Tant que je n'ai pas l'avoir, je ne paie pas la facture, ni la partie cassée ni le reste. Et je ne paierai certainement pas vos 40 € de frais de recouvrement.

Faites le nécessaire.

Christophe Chauvin
SARL Chauvin Terrassement – VRD
Tél. 06 09 41 27 85"""),

    dict(id="s12fra030", country="FR", date="2026-12-29T11:20", fmt="gmail", stage="reminder", ago=8,
         inv="F2611-0248", amt="2 640,00", due="2026-12-15",
         frm="Anthony Lecomte <lecomte.platrerie@gmail.com>",
         intent="paid", paid_on="2026-12-29",
         note="Partial payment: 1 000 EUR transferred this morning; balance only vaguely promised.",
         body="""Bonjour,

J'ai fait un virement de 1 000 € ce matin sur les 2 640 € de la facture, c'est tout ce que je peux faire pour l'instant. Deux de mes clients ne m'ont pas encore payé à cause des fêtes.
Je vous ferai le reste dès que ça rentre, je vous tiens au courant.

Anthony Lecomte
Plâtrerie – Isolation
07 68 12 44 09"""),

    dict(id="s12fra031", country="FR", date="2026-12-30T16:05", fmt="tb", stage="reminder", ago=2,
         inv="F2611-0286", amt="1 519,44", due="2026-12-20",
         frm="Nadège Pichon <compta@pichon-renovation.fr>",
         intent="copy_request",
         note="Asks for an up-to-date account statement (open invoices and credit notes) before paying.",
         body="""Bonjour,

Je m'occupe de la partie administrative pour mon mari. Nous avons reçu plusieurs relances ces dernières semaines et, avec les deux avoirs que vous nous avez faits en novembre, je ne sais plus très bien ce qui reste vraiment à payer.

Pourriez-vous m'envoyer un relevé de compte à jour avec toutes les factures ouvertes et les avoirs déduits ? Je ferai un seul règlement pour tout solder dès que je l'aurai.

Merci et bonne fin d'année,
Nadège Pichon
Pichon Rénovation – 72300 Sablé-sur-Sarthe"""),

    dict(id="s12fra032", country="FR", date="2026-12-31T10:40", fmt="gmail", stage="final_notice", ago=2,
         inv="F2610-0351", amt="3 072,00", due="2026-11-15",
         frm="Olivier Tessier <o.tessier@tessier-etancheite.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer scheduled for 5 January (not the letter's deadline of 6 January).",
         body="""Bonjour,

Bien reçu. Le virement est programmé pour le 5 janvier, ma banque ne fait rien partir pendant le pont du jour de l'an. Je peux vous envoyer une capture de l'ordre de virement si besoin.

Bonne année en avance,
Olivier Tessier
Tessier Étanchéité
06 74 58 23 10"""),

    dict(id="s12fra033", country="FR", date="2027-01-04T08:20", fmt="html_outlook", stage="reminder", ago=11,
         inv="F2611-0262", amt="2 406,00", due="2026-12-15",
         frm="Mairie de Bazouges-sur-le-Loir <comptabilite@bazouges-sur-le-loir.fr>",
         intent="paid", paid_on="2026-12-22",
         note="Town hall issued the payment mandate on 22 December; the Treasury executes the transfer.",
         body="""Bonjour,

Le mandat correspondant à votre facture F2611-0262 a été émis le 22 décembre dernier (bordereau n° 47, mandat n° 512).
Le paiement est effectué par le Service de Gestion Comptable de La Flèche (Trésor public) ; le délai de virement est habituellement de quelques jours après l'émission du mandat, un peu plus en période de fin d'exercice.

Je reste à votre disposition pour tout renseignement complémentaire.

Cordialement,

Élodie Chartier
Secrétariat – Comptabilité
Mairie de Bazouges-sur-le-Loir
Tél. 02 43 45 36 08
Ouverture au public : lundi, mardi, jeudi 9 h – 12 h ; vendredi 14 h – 17 h 30"""),

    dict(id="s12fra034", country="FR", date="2027-01-04T10:55", fmt="gmail", stage="reminder", ago=12,
         inv="F2611-0311", amt="687,60", due="2026-12-20",
         frm="Yannick Besnard <besnard.poeles@gmail.com>",
         intent="promise", promise_date="2027-01-09",
         note="Will pay by cheque at the counter 'samedi matin' from Monday 4 Jan -> Saturday 9 Jan.",
         body="""Bonjour et meilleurs voeux pour 2027,

Désolé, j'étais fermé pendant les fêtes et je découvre votre mail. Je passe au comptoir samedi matin vous régler par chèque, j'en profiterai pour prendre les conduits pour le chantier de Requeil.

Bonne journée
Yannick Besnard
Poêles & Cheminées Besnard"""),

    dict(id="s12fra035", country="FR", date="2027-01-05T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="F2611-0273", amt="1 680,00", due="2026-12-20",
         frm="Laurence Pottier <l.pottier@cc-coteauxduloir.fr>",
         intent="out_of_office", return_date="2027-01-12",
         note="Auto-reply: back on Tuesday 12 January.",
         body="""Bonjour,

Je suis absente du bureau et serai de retour le mardi 12 janvier. Votre message ne sera pas transféré.
Pour le paiement des factures, vous pouvez contacter le service finances : finances@cc-coteauxduloir.fr

Laurence Pottier
Service technique – Communauté de communes des Coteaux du Loir"""),

    dict(id="s12fra036", country="FR", date="2027-01-05T15:30", fmt="outlook", stage="reminder", ago=1,
         inv="F2612-0015", amt="942,00", due="2026-12-31",
         frm="GAEC des Noues <gaecdesnoues@orange.fr>",
         intent="contact_change", new_email="j.fournier@agc-sarthe-compta.fr",
         note="Farm asks that invoices and reminders go to its accounting centre contact.",
         body="""Bonjour,

À partir de cette année c'est le service comptable de notre centre de gestion qui s'occupe de nos règlements fournisseurs. Merci d'envoyer les factures et les relances directement à Mme Fournier : j.fournier@agc-sarthe-compta.fr

Cette adresse-ci n'est pas consultée tous les jours (c'est celle de la ferme).

Cordialement
Hervé Boulay
GAEC des Noues"""),

    dict(id="s12fra037", country="FR", date="2027-01-06T11:45", fmt="html_gmail", stage="heads_up", ago=2,
         inv="F2612-0041", amt="1 138,55", due="2027-01-15",
         frm="Lerouge Bricolage <lerouge.bricolage@gmail.com>",
         intent="bank_details",
         note="Customer announces its own new bank account for the SEPA direct debit.",
         body="""Bonjour,

Vous prélevez nos factures par prélèvement SEPA. Nous avons changé de banque au 1er janvier (passage du CIC au Crédit Mutuel), voici nos nouvelles coordonnées :
IBAN : FR76 1027 8361 2000 0204 5870 162
BIC : CMCIFR2A

Merci de mettre à jour notre mandat avant de présenter le prélèvement de la facture F2612-0041, sinon il sera rejeté : l'ancien compte est clôturé le 15 janvier. Je peux vous signer un nouveau mandat si nécessaire.

Cordialement,
Hélène Lerouge
Lerouge Bricolage – 14 avenue de la Gare – 72230 Moncé-en-Belin
02 43 42 08 51"""),

    dict(id="s12fra038", country="FR", date="2027-01-06T20:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2611-0330", amt="45,00", due="2026-12-20",
         frm="fred bouvier <fredbouvier72@gmail.com>",
         intent="dispute",
         note="Says the deposit pallet was returned on 12 December; refuses to pay.",
         body="""cest une blague ?? vous me relancer pour 45 euros de palette consigné alors que je l ai ramené au depot le 12 decembre, le gars du quai ma meme dit que c etait bon. verifiez avant d envoyer vos menaces. je paierai pas"""),

    dict(id="s12fra039", country="FR", date="2027-01-07T09:40", fmt="apple", stage="reminder", ago=3,
         inv="F2611-0299", amt="958,80", due="2026-12-20",
         frm="Éric Vannier <eric@vannier-elec.fr>",
         intent="paid", paid_on="2026-12-31",
         note="Transfer made on 31/12.",
         body="""Bonjour,

Virement fait le 31/12 depuis notre compte Banque Populaire, référence F2611-0299. Vous devriez l'avoir reçu depuis, vérifiez peut-être avec votre banque.

Cordialement,

Éric Vannier
Vannier Électricité Générale
12 impasse des Tilleuls
72500 Château-du-Loir
06 30 82 17 45"""),

    dict(id="s12fra040", country="FR", date="2027-01-07T14:00", fmt="tb", stage="formal_notice", ago=3,
         inv="F2611-0224", amt="7 384,20", due="2026-12-05",
         frm="SAS Ravenel Constructions <direction@ravenel-constructions.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): claim must be filed with the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure du 4 janvier.

Nous vous informons que, par jugement du Tribunal de commerce du Mans en date du 16 décembre 2026, la société SAS Ravenel Constructions a été placée en redressement judiciaire. Maître Anne-Sophie Gallais, 18 avenue du Général de Gaulle, 72000 Le Mans, a été désignée en qualité de mandataire judiciaire.

En application des dispositions légales, nous ne sommes plus autorisés à régler les créances nées avant le jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous restons à votre disposition pour la poursuite de nos relations commerciales, les commandes postérieures au jugement étant réglées normalement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Franck Ravenel
Président
SAS Ravenel Constructions"""),

    dict(id="s12fra041", country="FR", date="2027-01-08T10:25", fmt="html_outlook", stage="firm", ago=3,
         inv="F2611-0241", amt="4 417,92", due="2026-12-10",
         frm="Mathilde Rocher <m.rocher@sofraba.fr>",
         intent="promise",
         note="Will be paid in the supplier run of 'semaine 3': a week, no single day.",
         body="""Bonjour,

Votre facture est bien enregistrée chez nous. Elle était bloquée en attente du bon de réception signé par notre chef de chantier, que nous avons enfin récupéré hier.

Elle passera dans notre règlement fournisseurs de la semaine 3.

Cordialement,

Mathilde Rocher
Assistante comptable
SOFRABA SAS – Société Fléchoise de Bâtiment
2 allée des Peupliers – 72200 La Flèche
Standard : 02 43 94 27 00
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s12fra042", country="FR", date="2027-01-11T12:30", fmt="gmail", stage="reminder", ago=4,
         inv="F2611-0318", amt="1 870,00", due="2026-12-31",
         frm="Ludovic Gohier <gohier.maconnerie@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Transfer promised on 15/01.",
         body="""Bonjour

Je vous règle le 15/01 par virement, c'est le jour où je dois toucher la situation de travaux du lotissement de Cérans. Si jamais ça traîne de leur côté je vous préviens.

Ludovic Gohier
Maçonnerie Gohier
06 51 39 28 74"""),

    dict(id="s12fra043", country="FR", date="2027-01-12T17:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="F2611-0252", amt="728,40", due="2026-12-15",
         frm="Sandrine Huet <sandrine.huet72@gmail.com>",
         intent="plan_request",
         note="Household in difficulty; asks to pay about 100 EUR a month, no start date.",
         body="""Bonjour,

Je vous écris au sujet de la facture des matériaux pour notre abri de jardin. Je suis au chômage partiel depuis novembre et mon mari a eu un accident de travail, nous avons beaucoup de mal à tout payer en ce moment.

Je ne refuse pas de payer, mais est-ce qu'il serait possible de vous régler par petites sommes, par exemple 100 € par mois ? Je peux vous faire une autorisation de prélèvement si c'est plus simple pour vous.

Merci de votre compréhension.
Sandrine Huet"""),

    dict(id="s12fra044", country="FR", date="2027-01-13T09:50", fmt="html_gmail", stage="reminder", ago=2,
         inv=[("F2611-0276", "1 200,00", "2026-12-15"), ("F2612-0008", "356,40", "2026-12-31")],
         frm="Jardinerie des Rosiers <compta@jardinerie-desrosiers.fr>",
         intent="paid", paid_on="2027-01-13",
         note="Both invoices paid by transfer 'ce jour'.",
         body="""Bonjour,

Réglé ce jour par virement pour les deux factures (1 200,00 + 356,40 = 1 556,40 €). Désolé pour le retard, nous avons changé de logiciel de comptabilité en décembre et plusieurs paiements sont restés bloqués.

Bonne journée,
Cécile Fontaine
Comptabilité – Jardinerie des Rosiers
02 43 48 71 56"""),

    dict(id="s12fra045", country="FR", date="2027-01-14T11:10", fmt="none", stage="reminder", ago=3,
         inv="F2612-0022", amt="164,30", due="2026-12-31",
         frm="Gérard Pineau <gerard.pineau@orange.fr>",
         intent="unsubscribe",
         note="Retired customer asks not to receive reminders by email any more (prefers post).",
         body="""Bonjour,

Merci de ne plus m'envoyer ces rappels par courriel. Je suis retraité, j'ouvre rarement cette boîte et je préfère recevoir vos courriers par la poste comme avant. Je règle toujours mes factures par chèque à réception du courrier.

Salutations,
Gérard Pineau"""),

    dict(id="s12fra046", country="FR", date="2027-01-18T10:00", fmt="gmail", stage="reminder", ago=4,
         inv="F2612-0033", amt="1 298,40", due="2027-01-10",
         frm="Sébastien Hardouin <hardouin.seb@gmail.com>",
         intent="dispute",
         note="Unit price higher than on the quote; asks for a corrected invoice before paying.",
         body="""Bonjour,

Je ne vais pas régler cette facture en l'état. Sur le devis D-2611-087 que m'avait fait votre commercial, le fil barbelé était à 41,50 € HT le rouleau de 250 m, et sur la facture il est passé à 48,90 €. Sur 20 rouleaux ça fait quand même 148 € de différence.

Merci de me renvoyer une facture au prix du devis, je la paierai dès réception.

Sébastien Hardouin
Exploitant agricole – La Chapelle-d'Aligné"""),

    dict(id="s12fra047", country="FR", date="2027-01-25T09:25", fmt="tb", stage="reminder", ago=1,
         inv="F2612-0027", amt="512,00", due="2026-12-31",
         frm="Sylvie Couet <sylvie.couet@wanadoo.fr>",
         intent="other",
         note="Passed to the firm's accountant (business being sold); no payment statement, no new address.",
         body="""Bonjour,

Depuis le 1er janvier c'est notre cabinet comptable qui gère les règlements de l'entreprise (mon mari a pris sa retraite et l'affaire est en cours de cession). J'ai transmis votre mail au cabinet, ils devraient revenir vers vous.

Cordialement
S. Couet"""),

    dict(id="s12fra049", country="FR", date="2027-01-27T14:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="F2612-0019", amt="1 086,00", due="2027-01-05",
         frm="Ferme de la Butte <fermedelabutte@gmail.com>",
         intent="paid", paid_on="2027-01-25",
         note="Cheque handed to the driver 'lundi', written Wednesday 27 Jan -> Monday 25 Jan.",
         body="""Bonjour, j'ai donné le chèque à votre chauffeur lundi quand il a livré les big bags de sable. Il a dû le mettre dans sa sacoche, demandez lui.
Régis"""),

    dict(id="s12fra048", country="FR", date="2027-01-22T16:40", fmt="html_outlook", stage="reminder", ago=3,
         inv="F2612-0047", amt="2 364,00", due="2027-01-15",
         frm="Compta Menuiseries Alu Dubreuil <compta@dubreuil-alu.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Payment 'fin janvier' = 31 January.",
         body="""Bonjour,

Nous avons bien noté votre relance. Le règlement de la facture F2612-0047 sera effectué fin janvier, avec notre échéance fournisseurs habituelle.

Cordialement,

Virginie Dubreuil
Menuiseries Alu Dubreuil SARL
ZA du Bois Joli – 72800 Aubigné-Racan
Tél. 02 43 46 80 19
SARL au capital de 30 000 € – RCS Le Mans 501 924 318 – TVA FR42 501 924 318"""),

    dict(id="s12fra050", country="FR", date="2027-01-29T10:30", fmt="gmail", stage="second_reminder", ago=4,
         fresh=True, to="compta@comptoir-riviere.fr", subj="Facture F2612-0052 – M. Michel Bodereau",
         inv="F2612-0052", amt="836,40", due="2027-01-10",
         frm="Claire Dupuis <claire.dupuis.44@gmail.com>",
         intent="other",
         note="Customer has died; the daughter refers the firm to the notary handling the estate.",
         body="""Madame, Monsieur,

Je suis la fille de M. Michel Bodereau, menuisier à Thorée-les-Pins, qui est décédé le 6 janvier dernier. J'ai trouvé dans sa boîte mail plusieurs relances de votre part concernant la facture F2612-0052.

La succession est en cours de règlement chez Maître Lemarié, notaire à La Flèche (office notarial, 3 place Henri IV). Je vous remercie de bien vouloir lui adresser votre facture afin qu'elle soit prise en compte dans le passif de la succession. Je ne suis pas en mesure de régler quoi que ce soit personnellement.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Claire Dupuis"""),
]
