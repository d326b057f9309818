"""Part fr_b: handwritten French debtor replies to reminders from Ateliers Vauban Maintenance SAS
(industrial maintenance, Villeneuve-d'Ascq). Each body below was written by hand for its case."""

CASES = [
    dict(id="s10frb001", country="FR", date="2026-12-08T10:14", fmt="gmail", stage="reminder", ago=1,
         inv="AVM-2026-1187", amt="1 436,40", due="2026-11-30",
         frm="Sandrine Lemaire <compta@plasturgie-moreau.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer scheduled for Friday; reply sent Tuesday 8 December, so Friday 11 December.",
         body="""Bonjour,

Virement programmé vendredi.

Cordialement,
Sandrine Lemaire
Comptabilité - Plasturgie Moreau"""),

    dict(id="s10frb002", country="FR", date="2026-12-09T16:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="AVM-2026-0987", amt="8 912,00", due="2026-11-20",
         frm="CSP Comptabilité Fournisseurs <csp.fournisseurs@groupe-hexalis.com>",
         intent="paid", paid_on="2026-12-04",
         note="Shared service centre says the invoice was paid by SEPA transfer on 04/12/2026 in its weekly payment run.",
         body="""Bonjour,

Après vérification dans notre ERP, la facture AVM-2026-0987 d'un montant de 8 912,00 € TTC a été réglée par virement SEPA le 04/12/2026, dans le cadre de notre campagne de paiement hebdomadaire.

Référence du lot de paiement : PAY-FR01-2026-1204-03
Compte émetteur : Hexalis Industries SAS

Selon votre banque, un délai de 24 à 72 h peut être nécessaire avant l'apparition des fonds sur votre compte. Nous vous remercions de bien vouloir vérifier de votre côté avant toute nouvelle relance.

Bien cordialement,

Inès Carvalho
Gestionnaire Comptabilité Fournisseurs
Centre de Services Partagés Finance – Groupe Hexalis
Tél. : +33 (0)3 28 51 60 14

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur."""),

    dict(id="s10frb003", country="FR", date="2026-12-21T09:02", fmt="ooo", ago=0,
         inv="AVM-2026-1102", amt="2 274,00", due="2026-11-25",
         frm="Valérie Dubuisson <v.dubuisson@ch-audomarois.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: away 21 December to 3 January inclusive, back Monday 4 January 2027.",
         body="""Bonjour,

Je suis absente du 21 décembre 2026 au 3 janvier 2027 inclus. Je reprendrai mes fonctions le lundi 4 janvier.

Pour toute question urgente relative aux marchés de maintenance, merci de contacter le secrétariat de la Direction des achats au 03 21 88 74 00.

Pour le suivi des factures, vous pouvez consulter l'état de traitement sur Chorus Pro.

Cordialement,

Valérie Dubuisson
Direction des achats, de la logistique et des travaux
Centre Hospitalier de la Région de Saint-Omer"""),

    dict(id="s10frb004", country="FR", date="2026-12-10T18:52", fmt="outlook", stage="firm", ago=1,
         inv="AVM-2026-1049", amt="3 180,00", due="2026-11-15",
         frm="Patrick Delattre <p.delattre@fonderie-delattre.fr>",
         intent="dispute",
         note="Refuses to pay: the compressor repaired by the firm broke down again three days later; wants the technician back first.",
         body="""Vous êtes sérieux ?

Votre technicien est passé le 28 octobre sur le compresseur de l'atelier 2, il a changé le clapet et il est reparti. Trois jours après le compresseur était de nouveau en défaut, on a dû louer une machine en urgence à nos frais. J'ai appelé votre agence deux fois, j'ai envoyé un mail le 6 novembre, personne ne m'a rappelé.

Et aujourd'hui je reçois une troisième relance avec des pénalités de retard ?? Je ne paierai pas 3 180 € pour une réparation qui n'a pas tenu une semaine. Vous m'envoyez quelqu'un pour refaire le travail correctement, et ensuite on parle de la facture. Pas avant.

P. Delattre
Gérant
Fonderie Delattre & Fils
06 72 14 90 38"""),

    dict(id="s10frb005", country="FR", date="2026-12-09T11:20", fmt="outlook", stage="reminder", ago=2,
         inv="AVM-2026-1012", amt="5 604,00", due="2026-11-23",
         frm="Service Finances - Exécution budgétaire <finances@agglo-valdelys.fr>",
         intent="promise", promise_date="2026-12-16",
         note="Public body: invoice mandated on 7 December; the public accountant's payment is scheduled for 16 December.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture AVM-2026-1012.

Cette facture a bien été reçue via Chorus Pro le 24/11/2026 et a fait l'objet d'un mandatement le 07/12/2026 (mandat n° 4872, bordereau 312). Elle est désormais en cours de prise en charge par le comptable public (Service de Gestion Comptable de Saint-Pol-sur-Ternoise).

D'après les informations transmises par la trésorerie, la mise en paiement est prévue le 16 décembre. Vous pourrez suivre l'état du paiement directement sur Chorus Pro.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service Finances
Communauté d'agglomération du Val de Lys
Pôle Ressources – Exécution budgétaire
Tél. 03 21 04 55 20"""),

    dict(id="s10frb006", country="FR", date="2026-12-14T14:03", fmt="outlook", stage="second_reminder", ago=3,
         inv="AVM-2026-1121", amt="12 470,40", due="2026-12-01",
         frm="Accounts Payable FR <ap.france@sorelia-group.com>",
         intent="copy_request",
         note="Invoice rejected by the group's e-invoicing platform for lack of a purchase-order number; asks for the PO number or a reissued invoice.",
         body="""Bonjour,

Nous faisons suite à votre relance.

La facture AVM-2026-1121 n'a pas pu être intégrée dans notre système : elle a été rejetée automatiquement par notre plateforme de dématérialisation car elle ne comporte aucun numéro de bon de commande. Toutes les factures adressées aux sociétés françaises du groupe doivent mentionner un numéro de commande SAP à 10 chiffres commençant par 45.

Merci de nous communiquer le numéro de commande correspondant (votre interlocuteur côté Sorelia Packaging Lille devrait vous l'avoir transmis avec la demande d'intervention), ou de réémettre la facture en le faisant apparaître. Dès réception, la facture sera traitée et payée selon nos conditions habituelles.

Sans numéro de commande, nous ne sommes malheureusement pas en mesure de la mettre en paiement.

Kind regards / Cordialement,

Joana Ferreira
Accounts Payable – France
Sorelia Group Shared Services Centre, Lisbon
ap.france@sorelia-group.com"""),

    dict(id="s10frb007", country="FR", date="2026-12-15T07:48", fmt="apple", stage="reminder", ago=4,
         inv="AVM-2026-1066", amt="684,00", due="2026-11-30",
         frm="Thierry Cousin <thierry.cousin@menuiserie-cousin.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted yesterday (reply on Tuesday 15 December), so 14 December.",
         body="""bonjour
cheque parti hier par la poste, ca devrait arriver d ici la fin de semaine
bonne journee
T cousin

Envoyé de mon iPhone"""),

    dict(id="s10frb008", country="FR", date="2026-12-16T12:30", fmt="gmail", stage="final_notice", ago=1,
         inv=[("AVM-2026-0911", "2 940,00", "2026-10-31"), ("AVM-2026-1008", "1 615,20", "2026-11-15")],
         frm="Karine Bouchez <karine@usinage-bouchez.fr>",
         intent="plan_request",
         note="Small firm in difficulty after a customer's receivership; asks to pay in several instalments, no date committed.",
         body="""Bonjour,

Je me permets de vous répondre directement car je ne veux pas que ce dossier parte au recouvrement.

Je ne conteste absolument pas ces deux factures, le travail a été fait et bien fait. Le problème c'est que notre principal donneur d'ordre a été placé en redressement judiciaire en octobre et qu'il nous doit plus de 40 000 €. Depuis on paye les salaires et les charges, et on fait ce qu'on peut pour le reste.

Est-ce qu'il serait possible de régler les 4 555,20 € en plusieurs fois ? Je pense à trois ou quatre mensualités, mais je suis ouverte à ce que vous proposez. Je peux aussi vous appeler si c'est plus simple, dites-moi à quel moment.

Merci d'avance pour votre compréhension.

Karine Bouchez
Usinage Bouchez SARL
03 27 45 12 08"""),

    dict(id="s10frb009", country="FR", date="2026-12-17T10:05", fmt="tb", stage="reminder", ago=2,
         inv="AVM-2026-1140", amt="958,80", due="2026-12-05",
         frm="Cabinet Leroy & Associés <contact@leroy-expertise.fr>",
         intent="other",
         note="Accounting firm says it keeps the client's books but does not make its payments; has forwarded the reminder to the manager.",
         body="""Bonjour,

Nous sommes le cabinet d'expertise comptable de la société Transports Hennebert, dont nous tenons la comptabilité. Votre relance nous est parvenue car notre adresse figure sur le compte client que vous avez créé.

Nous ne procédons pas aux règlements pour le compte de nos clients. Nous avons transmis votre message à M. Hennebert, gérant, qui reviendra vers vous directement.

Pour vos prochains envois, merci de bien vouloir utiliser l'adresse de la société et non la nôtre.

Bien cordialement,

Mélanie Caron
Collaboratrice comptable
Cabinet Leroy & Associés – Expertise comptable et commissariat aux comptes
8 place du Général de Gaulle, 62300 Lens
Tél. 03 21 43 70 11
Membre de l'Ordre des experts-comptables, région Hauts-de-France"""),

    dict(id="s10frb010", country="FR", date="2026-12-18T15:22", fmt="gmail", stage="heads_up", ago=1,
         inv="AVM-2026-1210", amt="1 872,00", due="2026-12-31",
         frm="Aurélie Masset <a.masset@lessard-emballages.fr>",
         intent="contact_change", new_email="factures-fournisseurs@lessard-emballages.fr",
         note="Employee is leaving at the end of December; asks that invoices and reminders go to the accounts-payable mailbox.",
         body="""Bonjour,

Je quitte la société à la fin du mois. Afin que vos factures et rappels ne se perdent pas, merci d'utiliser dorénavant l'adresse suivante : factures-fournisseurs@lessard-emballages.fr

Cette boîte est consultée tous les jours par le service comptable. La facture AVM-2026-1210 y a déjà été transmise.

Bonne continuation et bonnes fêtes de fin d'année,

Aurélie Masset
Assistante comptable
Lessard Emballages"""),

    dict(id="s10frb011", country="FR", date="2026-12-22T17:10", fmt="gmail", stage="second_reminder", ago=1,
         inv="AVM-2026-1094", amt="2 106,00", due="2026-11-30",
         frm="Olivier Ramette <olivier.ramette@cartonnages-ramette.fr>",
         intent="promise",
         note="Will pay after the holidays when the bookkeeper is back; no single day given.",
         body="""Bonjour,

Bien reçu. Notre comptable est en congés jusqu'à la rentrée et c'est elle qui fait les virements, je n'ai pas les accès à la banque pour les paiements fournisseurs.

Ce sera réglé dès son retour après les fêtes, vous avez ma parole.

Joyeux Noël à toute l'équipe,
Olivier Ramette
Cartonnages Ramette"""),

    dict(id="s10frb012", country="FR", date="2026-12-16T09:37", fmt="outlook", stage="reminder", ago=2,
         inv="AVM-2026-1078", amt="4 326,50", due="2026-11-30",
         frm="Comptabilité Meuse Pack <comptabilite@meusepack.be>",
         intent="paid", paid_on="2026-12-14",
         note="Belgian customer: transfer made this Monday 14/12 (reply Wednesday 16 December).",
         body="""Bonjour,

Nous avons procédé au paiement de la facture AVM-2026-1078 ce lundi 14/12, par virement depuis notre compte ING, pour le montant total de 4 326,50 EUR.

En communication nous avons repris le numéro de facture. Le délai entre la Belgique et la France est normalement d'un jour ouvrable, vous devriez donc l'avoir reçu entre-temps.

Bien à vous,

Nathalie Lejeune
Service comptabilité
Meuse Pack SRL
Rue de l'Industrie 42 – 4020 Liège
TVA BE 0456.318.207
Tél. +32 4 341 27 90"""),

    dict(id="s10frb013", country="FR", date="2027-01-05T09:04", fmt="bounce", stage="repeat",
         inv="AVM-2026-1033", amt="744,00", due="2026-11-10",
         rcpt="j.marchal@cci-artois.fr", status="5.1.1", mta="amazonses.com",
         remote="mx1.cci-artois.fr",
         diag="550 5.1.1 <j.marchal@cci-artois.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: recipient address unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

j.marchal@cci-artois.fr

The recipient's mail server rejected the message: the mailbox does not exist. Please check the address and try again."""),

    dict(id="s10frb014", country="FR", date="2026-12-23T08:15", fmt="ooo", ago=1,
         inv="AVM-2026-1155", amt="3 960,00", due="2026-12-10",
         frm="Agence comptable - Université <agence.comptable@univ-cote-opale.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="University closed until Friday 1 January inclusive; first working day after is Monday 4 January.",
         body="""Bonjour,

Nous vous informons que l'université est en fermeture administrative jusqu'au vendredi 1er janvier 2027 inclus. Les messages reçus pendant cette période ne seront pas traités.

Nous rappelons à nos fournisseurs que toute facture doit être déposée sur Chorus Pro et mentionner le numéro d'engagement juridique (EJ) figurant sur le bon de commande. Les factures transmises par courriel ne peuvent pas être mises en paiement.

Meilleurs vœux pour l'année 2027.

L'agence comptable
Université du Littoral Côte d'Opale"""),

    dict(id="s10frb015", country="FR", date="2026-12-11T14:26", fmt="html_gmail", stage="reminder", ago=3,
         inv="AVM-2026-1101", amt="3 576,00", due="2026-11-30",
         frm="Hélène Vasseur <helene.vasseur@laiterie-ducoin.fr>",
         intent="dispute",
         note="Contests the amount: invoice is 2 980 € HT against an accepted quote of 2 450 € HT; extra hours were never agreed.",
         body="""Bonjour,

Avant toute chose, je voudrais comprendre le montant de cette facture.

Nous avions accepté votre devis n° D-26-0742 du 2 octobre pour le remplacement des roulements sur la ligne de conditionnement, pour 2 450,00 € HT. La facture AVM-2026-1101 est à 2 980,00 € HT, soit 530 € de plus, avec une ligne « main d'œuvre complémentaire – 6 h » que personne chez nous n'a validée. Notre responsable maintenance m'assure que l'intervention a duré la journée prévue, pas plus.

Je ne peux pas régler une facture qui ne correspond pas au devis signé. Pouvez-vous nous adresser une facture rectificative conforme au devis, ou à défaut un avoir de 636 € TTC ? Le reste sera payé dès réception.

Merci d'avance,

Hélène Vasseur
Responsable administrative et financière
Laiterie Ducoin – 02 rue du Moulin, 62130 Saint-Pol-sur-Ternoise
03 21 03 48 17"""),

    dict(id="s10frb016", country="FR", date="2026-12-17T11:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="AVM-2026-1163", amt="6 230,40", due="2026-12-12",
         frm="Guillaume Petitprez <g.petitprez@norvalis.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Invoice approved; it will go out in the 15 January 2027 payment run.",
         body="""Bonjour,

Je vous confirme que la facture AVM-2026-1163 a bien été validée par notre service technique le 15/12.

Compte tenu de la clôture annuelle, nos règlements fournisseurs sont suspendus du 18 décembre au 8 janvier. Votre facture sera donc intégrée à notre prochaine campagne de paiement, qui partira le 15 janvier 2027.

Je reste à votre disposition pour tout complément.

Cordialement,

Guillaume Petitprez
Comptable fournisseurs
Norvalis SA – Direction financière
Parc d'activités du Hainaut, 59300 Valenciennes
Tél. : 03 27 22 61 90

Norvalis SA au capital de 4 500 000 € – RCS Valenciennes 392 118 604
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s10frb017", country="FR", date="2026-12-10T10:33", fmt="outlook", stage="second_reminder", ago=1,
         inv="AVM-2026-1072", amt="9 840,00", due="2026-11-25",
         frm="Isabelle Wattier <isabelle.wattier@tissages-wattier.fr>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN at a foreign online bank; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Nous avons bien l'intention de régler cette facture, mais nous avons un doute.

Lundi, nous avons reçu un courriel à votre en-tête, signé « service comptabilité », nous informant d'un changement de vos coordonnées bancaires et nous demandant d'effectuer désormais nos virements sur un compte ouvert dans une banque en ligne en Lituanie (IBAN commençant par LT). Le RIB qui figure sur vos factures est pourtant au Crédit du Nord.

Avant de faire quoi que ce soit, pouvez-vous nous confirmer quel est votre IBAN ? Je préfère que quelqu'un de chez vous me rappelle au 03 20 76 05 44 plutôt qu'une réponse par mail, on ne sait jamais.

Merci,

Isabelle Wattier
Comptabilité
Tissages Wattier"""),

    dict(id="s10frb018", country="FR", date="2026-12-18T16:05", fmt="gmail", stage="firm", ago=2,
         inv="AVM-2026-0954", amt="2 730,00", due="2026-11-05",
         frm="Fabrice Lenglet <lenglet.fabrice@chaudronnerie-lenglet.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: 1 500 € sent by transfer today; the balance of 1 230 € to follow in January with no fixed day.",
         body="""Bonjour,

Je viens de faire un virement de 1 500 € sur votre compte pour la facture AVM-2026-0954. Je ne pouvais pas faire plus ce mois-ci avec les salaires et les primes de fin d'année.

Il reste donc 1 230 €, que je vous réglerai dès que possible en janvier. Merci de ne pas appliquer les pénalités, je fais au mieux.

Cordialement,
F. Lenglet
Chaudronnerie Lenglet
06 09 51 77 24"""),

    dict(id="s10frb019", country="FR", date="2026-12-08T08:51", fmt="outlook", stage="reminder", ago=1,
         inv="AVM-2026-1175", amt="1 104,00", due="2026-12-05",
         frm="Marc Duhamel <marc.duhamel@vitalis-conditionnement.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminders; says it pays at 60 days end of month as agreed.",
         body="""Bonjour,

Merci de me retirer de la liste de diffusion de vos relances automatiques.

Nos conditions de règlement avec votre société sont de 60 jours fin de mois, c'est écrit noir sur blanc dans le contrat-cadre. Recevoir une relance trois jours après la date que vous avez vous-même mise sur la facture n'a aucun sens, et j'en reçois pour tous vos envois.

Les factures sont payées à leur échéance contractuelle, je n'ai pas besoin de ces mails.

Marc Duhamel
Directeur administratif et financier
Vitalis Conditionnement"""),

    dict(id="s10frb020", country="FR", date="2026-12-10T13:58", fmt="tb", stage="second_reminder", ago=2,
         inv="AVM-2026-1029", amt="7 450,00", due="2026-11-15",
         frm="Stéphane Rochat <s.rochat@rochat-precision.ch>",
         intent="promise", promise_date="2026-12-18",
         note="Swiss customer: payment will be made by Friday 18 December.",
         body="""Bonjour,

Nous vous prions d'excuser ce retard. La facture était restée bloquée dans notre circuit de visa car le responsable de l'atelier était absent plusieurs semaines.

Elle est maintenant visée et le paiement en EUR sera effectué d'ici au vendredi 18 décembre, depuis notre compte auprès de la Banque Cantonale Vaudoise.

Avec nos meilleures salutations,

Stéphane Rochat
Administration et finances
Rochat Précision Sàrl
Chemin du Closel 5, 1020 Renens VD
+41 21 634 18 52"""),

    dict(id="s10frb021", country="FR", date="2026-12-28T14:12", fmt="none", stage="second_reminder", ago=5,
         inv="AVM-2026-1118", amt="1 548,00", due="2026-12-01",
         frm="Direction EHPAD Les Tilleuls <direction@ehpad-lestilleuls-bethune.fr>",
         intent="paid", paid_on="2026-12-22",
         note="EHPAD: transfer issued on 22 December for the boiler maintenance invoice.",
         body="""Bonjour,

Suite à votre mail du 23, je vous informe que votre facture AVM-2026-1118 (entretien de la chaufferie et de la buanderie) a été payée par virement le 22 décembre. Nos deux mails se sont sans doute croisés.

Si vous ne le voyez toujours pas apparaître d'ici la fin de semaine, merci de me recontacter et je demanderai le justificatif à notre banque.

Bonne fin d'année,

Christine Leclercq
Directrice
EHPAD Les Tilleuls – Association Saint-Vaast
14 rue des Tilleuls, 62400 Béthune
03 21 57 32 09"""),

    dict(id="s10frb022", country="FR", date="2027-01-06T11:41", fmt="gmail", stage="repeat", ago=1,
         inv="AVM-2026-0998", amt="2 016,00", due="2026-11-15",
         frm="Sylvie Morvan <contact@moreau-emballages-bretagne.fr>",
         intent="other",
         note="Wrong recipient: a similarly named company in Brittany says it is not a customer and never received the service.",
         body="""Bonjour,

Je crois qu'il y a une confusion. Nous sommes Moreau Emballages Bretagne, à Lorient, et nous n'avons jamais travaillé avec vous : aucune intervention de votre part sur notre site, aucun contrat, rien.

Vous devez confondre avec Moreau Emballages à Roubaix, qui n'a rien à voir avec nous (même nom, pas la même société). C'est déjà la troisième fois que nous recevons un message de votre part, merci de corriger votre fichier.

Cordialement,

Sylvie Morvan
Moreau Emballages Bretagne
ZA de Kerpont, 56850 Caudan"""),

    dict(id="s10frb023", country="FR", date="2026-12-22T09:26", fmt="outlook", stage="reminder", ago=1,
         inv="AVM-2026-1124", amt="3 312,00", due="2026-12-19",
         frm="Comptabilité Fournisseurs <fournisseurs@agrinord-distribution.fr>",
         intent="promise", promise_date="2027-01-18",
         note="Pays at 60 days from invoice date under the LME; invoice dated 19/11, so payment on 18/01/2027 as stated.",
         body="""Bonjour,

Votre relance nous semble prématurée.

Conformément à l'article L441-10 du Code de commerce (LME) et aux conditions générales d'achat acceptées lors du référencement, nos règlements fournisseurs sont effectués à 60 jours date d'émission de facture. L'échéance de 30 jours portée sur votre facture ne correspond pas à ce qui a été négocié avec notre service achats.

Votre facture AVM-2026-1124 étant datée du 19/11/2026, elle sera réglée le 18/01/2027 par virement.

Merci de mettre à jour vos conditions de paiement pour nos prochaines factures.

Cordialement,

Le service Comptabilité Fournisseurs
Agrinord Distribution SAS
Tél. : 03 22 91 40 66"""),

    dict(id="s10frb024", country="FR", date="2027-01-07T15:09", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("AVM-2026-0976", "1 320,00", "2026-11-10"), ("AVM-2026-1057", "864,00", "2026-11-30"), ("AVM-2026-1149", "2 280,00", "2026-12-15")],
         frm="Julie Deprez <julie.deprez@imprimerie-artesienne.fr>",
         intent="copy_request",
         note="Several invoices; asks for a full statement of account to see which are still open before paying.",
         body="""Bonjour,

J'ai repris la comptabilité fournisseurs début janvier suite au départ de ma collègue, et j'avoue avoir du mal à m'y retrouver sur votre compte.

D'après nos écritures, un virement de 1 320 € est parti en décembre mais je ne sais pas à quelle facture il a été affecté, et je ne retrouve pas la facture AVM-2026-1057 dans nos pièces.

Pourriez-vous m'envoyer un relevé de compte complet depuis septembre, avec les factures et les règlements reçus, ainsi qu'une copie de la facture AVM-2026-1057 ? Je régulariserai ce qui reste dû dès réception.

Merci beaucoup,

Julie Deprez
Assistante administrative et comptable
Imprimerie Artésienne
03 21 71 26 84"""),

    dict(id="s10frb025", country="FR", date="2026-12-28T09:00", fmt="ooo", ago=2,
         inv="AVM-2026-1190", amt="540,00", due="2026-12-15",
         frm="Romain Descamps <romain.descamps@brasserie-des-flandres.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back is Monday 11 January.",
         body="""Bonjour et merci pour votre message.

Je suis en congés jusqu'au 8 janvier inclus, sans accès à mes mails.

Pour les commandes et livraisons : logistique@brasserie-des-flandres.fr
Pour la comptabilité : Mme Goetghebeur, 03 28 48 19 60

Romain Descamps"""),

    dict(id="s10frb026", country="FR", date="2027-01-07T17:32", fmt="tb", stage="firm", ago=1,
         inv="AVM-2026-1036", amt="1 962,00", due="2026-11-20",
         frm="Frédéric Blondel <f.blondel@fbconseil-compta.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Accountant answering for his client: transfer made on 5 January.",
         body="""Bonjour,

Je vous écris en qualité d'expert-comptable de la société Boulangerie Industrielle du Ternois, qui m'a transmis votre relance.

Après vérification avec ma cliente, le règlement de la facture AVM-2026-1036 a été effectué par virement le 5 janvier, pour le montant total de 1 962,00 €. Le retard est lié à un changement de banque intervenu en décembre, qui a bloqué quelques jours les paiements sortants.

Je vous remercie de ne pas appliquer l'indemnité forfaitaire de 40 € compte tenu des circonstances, et de confirmer la bonne réception des fonds à ma cliente directement.

Bien cordialement,

Frédéric Blondel
Expert-comptable
FB Conseil – 27 rue d'Arras, 62000 Arras
Tél. 03 21 15 84 70 – Port. 06 81 29 40 57"""),

    dict(id="s10frb027", country="FR", date="2027-01-08T10:47", fmt="outlook", stage="repeat", ago=2,
         inv="AVM-2026-0942", amt="4 788,00", due="2026-10-31",
         frm="Christophe Ledent <c.ledent@sucrerie-ledent.fr>",
         intent="dispute",
         note="Waiting for a credit note promised by the sales rep for an unused motor that was returned; will not pay the full invoice until it arrives.",
         body="""Bonjour,

Je vous ai déjà répondu à deux reprises sur ce sujet.

La facture AVM-2026-0942 inclut un motoréducteur à 1 640 € HT qui n'a finalement pas été monté : votre technicien l'a remporté le jour même car ce n'était pas la bonne référence. Votre commercial, M. Vandamme, m'a confirmé par téléphone le 12 novembre qu'un avoir serait établi.

A ce jour je n'ai toujours pas reçu cet avoir. Tant qu'il n'est pas là, cette facture reste bloquée chez nous, il n'est pas question de payer une pièce que nous n'avons pas.

Merci de faire le nécessaire en interne plutôt que de m'envoyer des relances.

Christophe Ledent
Responsable maintenance et travaux neufs
Sucrerie Ledent – Site d'Escaudœuvres"""),

    dict(id="s10frb028", country="FR", date="2027-01-08T08:03", fmt="outlook", stage="reminder", ago=1,
         inv="AVM-2026-1182", amt="1 250,40", due="2026-12-31",
         frm="Laurent Fiévet <laurent.fievet@groupe-sovemat.com>",
         intent="promise",
         note="Payment planned in week 3; a week, not a single day.",
         body="""Bonjour,

Facture OK, paiement prévu S3.

Cdlt
L. Fiévet"""),

    dict(id="s10frb029", country="FR", date="2027-01-11T19:44", fmt="gmail", stage="final_notice", ago=3,
         inv=[("AVM-2026-0915", "1 860,00", "2026-10-31"), ("AVM-2026-0989", "2 340,00", "2026-11-15"), ("AVM-2026-1069", "1 116,00", "2026-11-30")],
         frm="Garage Poids Lourds Hanon <garage.hanon@orange.fr>",
         intent="plan_request",
         note="Asks for a payment plan over three months for three invoices; no date committed.",
         body="""bonsoir

j ai bien recu votre mail, je ne conteste pas les factures mais la je ne peux pas tout payer d un coup, on a eu un mois de decembre tres calme et l urssaf en plus.

est ce que vous pouvez m accorder un echeancier sur 3 mois ou meme 4 ? je prefere vous payer un peu chaque mois que de me retrouver avec le recouvrement.

merci de me dire ce que vous en pensez, vous pouvez m appeler au garage le matin

Jean-Marc Hanon
Garage PL Hanon
03 27 88 51 03"""),

    dict(id="s10frb030", country="FR", date="2026-12-30T10:20", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv="AVM-2026-1097", amt="2 592,00", due="2026-11-30",
         frm="Émilie Carpentier <secretariat@fournier-agroalimentaire.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Assistant forwards the manager's answer: 'on paie le 8', i.e. 8 January 2027.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Fournier concernant votre relance.

Bonne journée,
Émilie Carpentier
Secrétariat de direction
Fournier Agroalimentaire

-----Message d'origine-----
De : Bertrand Fournier <b.fournier@fournier-agroalimentaire.fr>
Envoyé : mercredi 30 décembre 2026 09:52
À : Émilie Carpentier <secretariat@fournier-agroalimentaire.fr>
Objet : RE: Deuxième relance : facture AVM-2026-1097 impayée – Ateliers Vauban Maintenance SAS

Emilie, dites-leur qu'on paie le 8, je signe les virements à mon retour.
BF"""),

    dict(id="s10frb031", country="FR", date="2027-01-12T10:06", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="AVM-2026-1206", amt="918,00", due="2026-12-20",
         frm="Nicolas Dufresne <n.dufresne.ets@gmail.com>",
         intent="paid", paid_on="2027-01-12",
         note="Transfer made this morning (reply 12 January).",
         body="""Bonjour Madame,

Virement fait ce matin, vous trouverez l'avis d'opéré en pièce jointe.

Toutes mes excuses pour le retard, votre facture était tombée dans les indésirables et je ne l'ai vue qu'avec votre relance.

Bonne journée,
Nicolas Dufresne
Ets Dufresne – Emballages et palettes
06 14 82 37 95"""),

    dict(id="s10frb032", country="FR", date="2026-12-14T11:15", fmt="outlook", stage="firm", ago=3,
         inv="AVM-2026-0961", amt="5 124,00", due="2026-11-10",
         frm="Administration <administration@metallerie-flandres-ouest.fr>",
         intent="other",
         note="Debtor in receivership since 2 December; says pre-judgment claims must be declared to the court-appointed representative and it cannot pay.",
         body="""Madame, Monsieur,

Nous vous informons que la société Métallerie Flandres Ouest a été placée en redressement judiciaire par jugement du Tribunal de commerce de Dunkerque en date du 2 décembre 2026.

Votre facture AVM-2026-0961 correspondant à une prestation antérieure au jugement d'ouverture, nous ne sommes légalement pas autorisés à la régler. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, SELARL Verhaeghe & Associés, Maître Anne Verhaeghe, 19 rue de l'Amiral Ronarc'h, 59140 Dunkerque, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Les prestations postérieures au jugement seront réglées normalement, sous le contrôle de l'administrateur judiciaire.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour la direction,
Catherine Vanhove
Responsable administrative
Métallerie Flandres Ouest SAS – RCS Dunkerque 481 203 557"""),

    dict(id="s10frb033", country="FR", date="2027-01-06T14:37", fmt="ooo", ago=0,
         inv="AVM-2026-1199", amt="1 608,00", due="2026-12-20",
         frm="Philippe Delcourt <p.delcourt@cci-grandlille.fr>",
         intent="out_of_office", return_date="2027-01-12",
         note="Auto-reply: back on Tuesday 12 January.",
         subj_prefix="Absence du bureau : ",
         body="""Bonjour,

Je suis actuellement en déplacement et serai de retour le mardi 12 janvier. Je prendrai connaissance de votre message à mon retour.

En cas d'urgence concernant les bâtiments et les contrats d'entretien, vous pouvez joindre le service Moyens généraux au 03 20 63 77 77.

Philippe Delcourt
Responsable des services généraux
CCI Grand Lille"""),

    dict(id="s10frb034", country="FR", date="2027-01-12T15:50", fmt="html_outlook", stage="reminder", ago=1,
         inv="AVM-2026-1214", amt="3 744,00", due="2026-12-31",
         frm="Nadège Pruvost <nadege.pruvost@kerdalys.com>",
         intent="contact_change", new_email="ap.relances@kerdalys.com",
         note="Group has centralised supplier accounts; asks that reminders go to the AP reminders mailbox.",
         body="""Bonjour,

Depuis le 1er janvier, la comptabilité fournisseurs de l'ensemble des sites Kerdalys est centralisée au sein de notre centre de services partagés de Rennes. Je ne suis plus en charge de votre compte.

Merci d'adresser désormais vos relances et toute question relative aux paiements à l'adresse ap.relances@kerdalys.com. Les factures elles-mêmes doivent être déposées sur notre portail fournisseurs (accès communiqué par courrier en décembre).

J'ai transmis votre message à mes collègues du CSP.

Cordialement,

Nadège Pruvost
Assistante de site – Kerdalys Arras
Tél. : 03 21 60 42 15

Kerdalys SAS – Siège social : 3 allée Ermengarde d'Anjou, 35000 Rennes – RCS Rennes 518 204 773"""),

    dict(id="s10frb035", country="FR", date="2027-01-13T09:18", fmt="gmail", stage="firm", ago=2,
         inv="AVM-2026-1083", amt="2 496,00", due="2026-11-30",
         frm="Alexandre Caudron <a.caudron@caudron-plasturgie.fr>",
         intent="promise", promise_date="2027-01-21",
         note="Will settle 'sous huitaine'; reply on 13 January, so 21 January.",
         body="""Bonjour,

Bien reçu votre relance, c'est un oubli de notre part suite au changement de logiciel de compta en décembre.

Nous allons régulariser sous huitaine, pénalités comprises si vous nous les facturez.

Cordialement
Alexandre Caudron
Caudron Plasturgie"""),

    dict(id="s10frb036", country="FR", date="2027-01-14T16:22", fmt="apple", stage="repeat", ago=3,
         inv=[("AVM-2026-1041", "1 980,00", "2026-11-15"), ("AVM-2026-1112", "756,00", "2026-11-30")],
         frm="Brigitte Lemoine <brigitte.lemoine@lemoine-sa.fr>",
         intent="paid", paid_on="2027-01-11",
         note="Both invoices paid in one grouped transfer on 11/01.",
         body="""Bonjour,

Les deux factures AVM-2026-1041 et AVM-2026-1112 ont été réglées par un seul virement le 11/01, pour un total de 2 736,00 €.

Le libellé du virement porte uniquement notre numéro de client chez vous (C-0482), c'est peut-être pour ça que vous ne l'avez pas rapproché.

Bien cordialement,

Brigitte Lemoine
Lemoine SA – Service comptabilité
3 rue du Port Fluvial, 59300 Valenciennes
03 27 30 14 66"""),

    dict(id="s10frb037", country="FR", date="2027-01-14T21:03", fmt="gmail", stage="final_notice", ago=1,
         inv="AVM-2026-1003", amt="3 408,00", due="2026-11-15",
         frm="Yannick Duquesne <yannick.duquesne59@gmail.com>",
         intent="dispute",
         note="Angry: billed for two technicians when only one came; refuses to pay until corrected.",
         body="""Alors la c est le pompon.

Vous me factureez 2 techniciens pendant 2 jours alors qu il y en a eu UN SEUL qui est venu, mon chef d'atelier l a vu arriver seul et repartir seul. Je l ai déjà dit a votre secretariat en novembre, on m a dit qu on allait regarder. Et maintenant vous me menacez de recouvrement et d injonction de payer ??

Je ne paierai pas cette facture tant qu elle n est pas corrigée. Envoyez votre societe de recouvrement si vous voulez, je leur expliquerai avec plaisir.

Y. Duquesne
SARL Duquesne Mécanique Générale"""),

    dict(id="s10frb038", country="FR", date="2027-01-15T10:40", fmt="outlook", stage="reminder", ago=2,
         inv="AVM-2026-1146", amt="6 912,00", due="2026-12-10",
         frm="Direction des Finances - Bureau des fournisseurs <dafs.fournisseurs@chu-amiens-picardie.fr>",
         intent="bank_details",
         note="Hospital's transfer was returned by the bank (account closed); asks for a current RIB on letterhead.",
         body="""Madame, Monsieur,

La facture AVM-2026-1146 a bien été mandatée, mais le virement émis par le comptable public nous a été retourné par la banque avec le motif « compte clôturé ».

Les coordonnées bancaires enregistrées dans notre fichier tiers sont les suivantes : FR76 3007 6020 1105 4312 0018 433 (CIC Nord Ouest). Si vous avez changé de banque, merci de nous adresser un RIB à jour, sur papier à en-tête de votre société et signé par une personne habilitée, afin que nous puissions modifier votre fiche fournisseur et réémettre le paiement.

Pour des raisons de sécurité, aucune modification de coordonnées bancaires ne peut être prise en compte sur simple courriel sans ce justificatif.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Bureau des fournisseurs
Direction des affaires financières
CHU Amiens-Picardie"""),

    dict(id="s10frb039", country="FR", date="2027-01-18T11:55", fmt="tb", stage="second_reminder", ago=3,
         inv="AVM-2026-1170", amt="4 080,00", due="2026-12-15",
         frm="Jean-Pierre Bultel <jp.bultel@coop-ternoise.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Cooperative will pay on 29/01 after the board meeting approves the expense.",
         body="""Bonjour,

Notre coopérative fonctionne avec un conseil d'administration qui valide les dépenses d'investissement au-delà de 3 000 €. Votre intervention sur le séchoir entre dans ce cas.

Le conseil se réunit le 27 janvier ; le virement vous sera fait le 29/01.

Je vous prie de nous excuser pour ce délai, qui tient à notre fonctionnement et non à un désaccord sur la facture.

Cordialement,

Jean-Pierre Bultel
Directeur administratif
Coopérative agricole du Ternois
Route de Frévent, 62130 Saint-Pol-sur-Ternoise
Tél. 03 21 47 09 52"""),

    dict(id="s10frb040", country="FR", date="2027-01-15T14:28", fmt="outlook", stage="firm", ago=1,
         inv="AVM-2026-1088", amt="2 856,00", due="2026-12-05",
         frm="Service de l'exécution financière <execution.financiere@departement-somme.fr>",
         intent="paid", paid_on="2027-01-11",
         note="Public body: the paying authority (DRFiP) made the payment on 11/01/2027.",
         body="""Madame, Monsieur,

En réponse à votre relance, nous vous informons que votre facture AVM-2026-1088, déposée sur Chorus Pro le 12/11/2026, a été mandatée le 21/12/2026.

Le paiement a été effectué par la Paierie départementale (DRFiP) le 11/01/2027. Le statut « Mise en paiement » est visible sur Chorus Pro. Le délai de traitement s'explique par la clôture de l'exercice budgétaire.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Le service de l'exécution financière
Direction des Finances
Département de la Somme
43 rue de la République, 80000 Amiens"""),

    dict(id="s10frb041", country="FR", date="2027-01-19T07:12", fmt="gmail", stage="repeat", ago=1,
         inv="AVM-2026-1195", amt="1 380,00", due="2026-12-20",
         frm="Didier Wallart <didier.wallart@wanadoo.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminders; wants a phone call instead. No payment statement.",
         body="""stop avec ces mails automatiques svp, c est le 4eme que je recois. retirez mon adresse de votre systeme.

si il y a un souci avec une facture vous m appelez, je suis joignable tous les jours au 06 25 48 11 90, je reponds pas a des robots

D. Wallart
Wallart Maintenance Agricole"""),

    dict(id="s10frb042", country="FR", date="2027-01-19T16:35", fmt="outlook", stage="reminder", ago=2,
         inv="AVM-2026-1218", amt="1 134,00", due="2027-01-05",
         frm="Comptabilité ESAT Les Ateliers du Val <compta@esat-ateliersduval.fr>",
         intent="promise",
         note="Will pay early February; a window, not a single day.",
         body="""Bonjour,

Nous avons bien reçu votre facture pour la révision de la presse à balles. Elle est validée et vous sera réglée début février, avec nos autres paiements fournisseurs du mois.

Nous vous prions d'excuser ce léger décalage, lié au vote de notre budget 2027 par le conseil d'administration de l'association gestionnaire.

Cordialement,

Séverine Hochart
Comptable
ESAT Les Ateliers du Val – Association Papillons Blancs du Douaisis
Tél. : 03 27 97 23 41"""),

    dict(id="s10frb043", country="FR", date="2027-01-20T10:02", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="AVM-2026-1201", amt="8 460,00", due="2026-12-31",
         frm="Supplier Helpdesk France <supplier.helpdesk.fr@valtoria.com>",
         intent="other",
         note="Status update: invoice is blocked awaiting goods-receipt confirmation by the requester; AP has chased internally. No date or commitment.",
         body="""Bonjour,

Merci pour votre message. Vous trouverez ci-dessous le statut de votre facture dans notre système :

Facture fournisseur : AVM-2026-1201
Date de réception : 04/01/2027
Commande : 4500781266
Statut : en attente de réception (GR) par le demandeur

Votre facture a bien été enregistrée, mais la réception de la prestation n'a pas encore été saisie dans l'outil par le demandeur (service maintenance, site de Lesquin). Tant que cette étape n'est pas faite, le paiement ne peut pas être déclenché.

Nous avons relancé le demandeur ce jour. Vous pouvez également le contacter directement pour accélérer le traitement.

Ticket n° SH-FR-2027-004518 – merci de rappeler ce numéro dans toute correspondance.

Cordialement,

Supplier Helpdesk France
Valtoria – Global Business Services
Ce courriel a été envoyé depuis une boîte partagée. Merci de ne pas modifier l'objet du message."""),

    dict(id="s10frb044", country="FR", date="2027-01-18T08:31", fmt="ooo", ago=0,
         inv="AVM-2026-1208", amt="2 682,00", due="2026-12-31",
         frm="Corinne Favre <corinne.favre@favre-emballages.ch>",
         intent="out_of_office", return_date="2027-01-25",
         note="Auto-reply: absent until Friday 22 January; back Monday 25 January.",
         subj_prefix="Absence : ",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 22 janvier y compris. Votre message ne sera pas transféré.

Pour les questions de facturation, merci de vous adresser à comptabilite@favre-emballages.ch.

I am out of the office until Friday 22 January. For invoicing matters please write to comptabilite@favre-emballages.ch.

Corinne Favre
Favre Emballages SA – Route de Genève 88, 1028 Préverenges"""),

    dict(id="s10frb045", country="FR", date="2027-01-19T11:27", fmt="tb", stage="reminder", ago=3,
         inv="AVM-2026-1205", amt="1 596,00", due="2026-12-31",
         frm="Mairie de Lillers - Service comptabilité <comptabilite@ville-lillers.fr>",
         intent="copy_request",
         note="Town hall has not received the invoice on Chorus Pro; asks the firm to deposit it there with its SIRET and service code before it can be paid.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais nous ne trouvons pas la facture AVM-2026-1205 dans Chorus Pro.

Pour rappel, les collectivités ne peuvent pas payer une facture reçue par courriel ou par courrier : elle doit obligatoirement être déposée sur Chorus Pro, au nom de la commune de Lillers (SIRET 216 205 201 00018), code service « TECH » (services techniques), avec le numéro de bon de commande 2026-0894.

Dès qu'elle sera déposée, nous la traiterons en priorité, le service fait ayant déjà été constaté par les services techniques.

Cordialement,

Aline Demarque
Service comptabilité – Mairie de Lillers
Tél. 03 21 61 50 07"""),

    dict(id="s10frb046", country="FR", date="2027-01-20T18:46", fmt="apple", stage="second_reminder", ago=1,
         inv="AVM-2026-1211", amt="470,40", due="2026-12-31",
         frm="Pascal Verdière <pascal@verdiere-traiteur.fr>",
         intent="promise", promise_date="2027-01-21",
         note="'Je fais le virement demain' on Wednesday 20 January: 21 January.",
         body="""Désolé je suis sur les routes toute la semaine, je fais le virement demain matin sans faute.

Pascal

Envoyé de mon iPhone"""),

    dict(id="s10frb047", country="FR", date="2027-01-22T09:14", fmt="gmail", stage="repeat", ago=2,
         inv="AVM-2026-1160", amt="1 740,00", due="2026-12-15",
         frm="Céline Huyghe <celine.huyghe@menuiseries-huyghe.fr>",
         intent="paid", paid_on="2027-01-21",
         note="Paid yesterday by card through the online payment link (reply Friday 22 January).",
         body="""Bonjour,

J'ai réglé hier par carte bancaire via le lien de paiement indiqué dans votre mail. J'ai reçu une confirmation à l'écran mais pas de mail de confirmation, pouvez-vous me confirmer que c'est bien passé de votre côté ?

Merci et bonne journée,

Céline Huyghe
Menuiseries Huyghe
Hazebrouck"""),

    dict(id="s10frb048", country="FR", date="2027-01-20T14:05", fmt="outlook", stage="reminder", ago=1,
         inv="AVM-2026-1177", amt="3 198,00", due="2027-01-10",
         frm="Accounts Payable <ap@verbeke-packaging.be>",
         intent="promise", promise_date="2027-01-27",
         note="Belgian customer: the invoice goes out with the payment run of Wednesday 27/01.",
         body="""Bonjour,

Votre facture a été encodée et approuvée. Elle partira avec notre run de paiement du mercredi 27/01.

Pour info, nous payons tous nos fournisseurs étrangers le dernier mercredi du mois, il est donc inutile de nous relancer avant cette date.

Bien à vous,

Kristof De Smet
Accounts Payable
Verbeke Packaging NV
Industriezone Noord 14 – 8800 Roeselare
BTW/TVA BE 0432.771.058"""),

    dict(id="s10frb049", country="FR", date="2027-01-25T12:18", fmt="html_gmail", stage="firm", ago=4,
         inv="AVM-2026-1126", amt="2 148,00", due="2026-12-10",
         frm="Centre social La Passerelle <direction.lapasserelle@gmail.com>",
         intent="plan_request",
         note="Association asks for extra time until its subsidy arrives; no date committed.",
         body="""Bonjour,

Je suis la directrice du centre social La Passerelle, pour lequel vous avez réalisé la mise en conformité de la chaudière et de la VMC en novembre.

Nous ne contestons pas la facture. Notre difficulté vient du fait que la subvention de fonctionnement 2026 de la CAF ne nous a toujours pas été versée, et notre trésorerie est au plus bas en ce début d'année.

Serait-il possible de nous accorder un délai supplémentaire, voire de régler en deux fois, le temps que ces fonds arrivent ? Je ne peux malheureusement pas vous donner de date précise pour l'instant, cela dépend de la CAF.

Je vous remercie par avance de votre compréhension.

Martine Delforge
Directrice – Centre social La Passerelle
12 rue Jean Jaurès, 59490 Somain
03 27 86 40 22"""),

    dict(id="s10frb050", country="FR", date="2027-01-26T16:54", fmt="html_outlook", stage="heads_up", ago=1,
         inv="AVM-2027-0031", amt="2 520,00", due="2027-02-05",
         frm="Sophie Lambin <sophie.lambin@logiparc-nord.fr>",
         intent="dispute",
         note="Contests a Q1 2027 maintenance invoice: the contract was terminated by registered letter with effect from 31 December 2026.",
         body="""Bonjour,

Nous recevons un rappel d'échéance pour la facture AVM-2027-0031, correspondant à la redevance trimestrielle du contrat de maintenance des portes sectionnelles pour le 1er trimestre 2027.

Or ce contrat a été résilié par lettre recommandée avec accusé de réception du 24 septembre 2026, dans le respect du préavis de trois mois prévu à l'article 9 des conditions générales, avec effet au 31 décembre 2026. L'accusé de réception signé par vos services est daté du 28 septembre.

Cette facture n'est donc pas due. Nous vous demandons de l'annuler et de nous adresser l'avoir correspondant. Je vous joins une copie du courrier de résiliation et de l'AR.

Cordialement,

Sophie Lambin
Responsable des services généraux
Logiparc Nord – Plateforme logistique de Lauwin-Planque
Tél. : 03 27 94 58 10 | Mob. : 06 47 20 16 83

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),
]
