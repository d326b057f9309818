"""Part fr_b: replies from business and public customers of Clarivo Propreté SAS (office cleaning, Villeneuve-d'Ascq)."""

CASES = [
    dict(id="s11frb001", country="FR", date="2026-12-09T10:42", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1187", amt="864,00", due="2026-11-30",
         frm="Sandrine Lefebvre <s.lefebvre@menuiserie-deroo.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer on Friday with the other suppliers; reply on Wednesday 9 December.",
         body="""Bonjour,

Ok, je lance le virement vendredi avec les autres fournisseurs.

Sandrine"""),

    dict(id="s11frb002", country="FR", date="2026-12-08T15:20", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FA26-1023", amt="3 912,48", due="2026-11-15",
         frm="CSP Comptabilité Fournisseurs <csp.fournisseurs@groupe-valmonde.com>",
         intent="paid", paid_on="2026-12-04",
         note="Shared service centre: paid in the payment run of 04/12/2026, with a payment reference.",
         body="""Bonjour,

Après vérification dans notre système, la facture FA26-1023 a été réglée lors de notre campagne de paiement du 04/12/2026 par virement SEPA (référence de paiement PAY-20261204-00871, montant 3 912,48 €).

Compte tenu des délais interbancaires, les fonds devraient apparaître sur votre compte d'ici quelques jours. Si ce n'est pas le cas d'ici la fin de semaine, merci de nous retourner un relevé de compte afin que nous puissions rapprocher les écritures.

Cordialement,

Aurélie Masson
Comptable fournisseurs – Centre de Services Partagés France
Groupe Valmonde
Tél. : +33 3 28 52 61 40

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."""),

    dict(id="s11frb003", country="FR", date="2026-12-10T09:03", fmt="ooo", ago=0,
         inv="FA26-1131", amt="6 480,00", due="2026-11-30",
         frm="Martine Delcourt <m.delcourt@ch-delalys.fr>",
         intent="out_of_office", return_date="2026-12-21",
         note="Away 7 to 18 December inclusive (Friday): back Monday 21 December.",
         body="""Bonjour,

Je suis absente du 7 au 18 décembre inclus.

Pour toute question urgente concernant le traitement des factures, vous pouvez joindre le bureau des liquidations au 03 20 66 41 05 ou écrire à daf.liquidations@ch-delalys.fr.

Cordialement,

Martine Delcourt
Bureau des liquidations – Direction des affaires financières
Centre hospitalier de la Lys"""),

    dict(id="s11frb004", country="FR", date="2026-12-11T17:48", fmt="outlook", stage="firm", ago=2,
         inv="FA26-1102", amt="1 236,00", due="2026-11-20",
         frm="Thomas Vandamme <t.vandamme@cabinet-lemaire-immo.fr>",
         intent="dispute",
         note="Syndic refuses to pay until a credit note covers the cleaning visits that were not made.",
         body="""Bonjour,

Je reçois votre troisième relance avec les pénalités de retard, ce qui me surprend, puisque j'ai signalé le problème par téléphone à votre chef d'équipe début novembre.

Sur la résidence Les Jardins de Flandre (bât. A et B), aucun passage n'a été effectué pendant les semaines 45 et 46 : le conseil syndical me l'a confirmé par écrit, photos des halls et des cages d'escalier à l'appui. La facture FA26-1102 reprend pourtant le forfait mensuel complet.

Le syndicat des copropriétaires ne réglera pas cette facture tant qu'un avoir correspondant aux deux semaines non réalisées ne nous aura pas été adressé. Dès réception de l'avoir, je procéderai au paiement du solde.

Merci également de suspendre les pénalités, qui n'ont pas lieu d'être dans ces conditions.

Cordialement,

Thomas Vandamme
Gestionnaire de copropriétés
Cabinet Lemaire Immobilier
12 place du Théâtre – 59000 Lille
Tél. : 03 20 55 09 73
Carte professionnelle CPI 5901 2018 000 031 447"""),

    dict(id="s11frb005", country="FR", date="2026-12-14T11:05", fmt="tb", stage="reminder", ago=4,
         inv="FA26-1154", amt="1 092,00", due="2026-11-30",
         frm="Comptabilité Mairie <comptabilite@beaucamps-sur-marque.fr>",
         intent="copy_request",
         note="Town hall cannot pay an invoice sent by e-mail: asks for it to be lodged on Chorus Pro.",
         body="""Bonjour,

Nous n'avons aucune trace de la facture FA26-1154 sur Chorus Pro. Nous vous rappelons que les factures adressées aux collectivités doivent obligatoirement être déposées sur le portail Chorus Pro ; une facture reçue par mail ou par courrier ne peut pas être mandatée.

Merci de bien vouloir la déposer avec les références suivantes :
- SIRET de la commune : 215 905 481 00016
- Code service : SERV-TECH
- N° d'engagement : EJ 2026-0412

Dès qu'elle apparaîtra sur Chorus, nous pourrons émettre le mandat et le transmettre au service de gestion comptable pour paiement.

Cordialement,

Service comptabilité
Mairie de Beaucamps-sur-Marque
03 20 41 77 20"""),

    dict(id="s11frb006", country="FR", date="2026-12-10T14:30", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1098", amt="2 184,00", due="2026-11-25",
         frm="Finances – Mairie de Saint-Hilaire <finances@mairie-sainthilaire-marais.fr>",
         intent="promise",
         note="Mandate issued on 8 December and sent to the public accountant; payment will follow, no date given.",
         body="""Bonjour,

La facture FA26-1098 a bien été traitée : le mandat n° 1843 a été émis le 8 décembre et transmis à la trésorerie.

Le paiement est désormais effectué par le comptable public ; il intervient en général sous quelques jours après la prise en charge du mandat. Vous devriez donc recevoir les fonds prochainement.

Bien cordialement,

Stéphanie Carlier
Service finances
Mairie de Saint-Hilaire-des-Marais"""),

    dict(id="s11frb007", country="FR", date="2026-12-15T21:14", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1163", amt="540,00", due="2026-11-30",
         frm="Kevin Decock <kdecock.garage@orange.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Phone-typed: paid by transfer yesterday (reply on 15 December).",
         body="""bonjour c est regle depuis hier par virement, ma comptable avait oublie de le passer. desole

Kevin Decock
Garage Decock Automobiles

Envoyé de mon iPhone"""),

    dict(id="s11frb008", country="FR", date="2026-12-16T10:10", fmt="gmail", stage="firm", ago=5,
         inv=[("FA26-0987", "1 740,00", "2026-10-31"), ("FA26-1121", "1 740,00", "2026-11-30")],
         frm="Élodie Ramette <elodie@agence-pixelnord.fr>",
         intent="plan_request",
         note="Asks to spread the two invoices over three or four monthly instalments; no date committed.",
         body="""Bonjour,

Je vous réponds en toute transparence : l'un de nos principaux clients a été placé en liquidation en octobre et nous laisse une ardoise importante. Notre trésorerie est très tendue jusqu'au printemps.

Nous tenons à garder votre contrat d'entretien, dont nous sommes très satisfaits, et nous ne contestons évidemment pas les deux factures. Serait-il possible d'étaler le montant (3 480 €) sur trois ou quatre mensualités à partir de janvier ?

Dites-moi ce qui serait envisageable de votre côté, je suis joignable au 06 71 28 44 90.

Merci par avance pour votre compréhension,

Élodie Ramette
Gérante – Pixel Nord
"""),

    dict(id="s11frb009", country="FR", date="2026-12-09T08:55", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1179", amt="2 952,00", due="2026-11-30",
         frm="Accueil Lesquin <accueil.lesquin@hestia-distribution.fr>",
         intent="contact_change", new_email="ap.france@hestia-distribution.fr",
         note="Reception mailbox: invoices and reminders must go to the shared service centre's address.",
         body="""Bonjour,

Cette adresse est celle de l'accueil du site de Lesquin et n'est pas traitée par la comptabilité.

Depuis le 1er décembre, toutes les factures et relances fournisseurs doivent être envoyées à notre centre de services partagés : ap.france@hestia-distribution.fr

Merci de mettre à jour vos fichiers, je transfère tout de même votre message à l'équipe.

Cordialement,

Laetitia
Accueil – Hestia Distribution, site de Lesquin"""),

    dict(id="s11frb010", country="FR", date="2026-12-11T12:30", fmt="tb", stage="second_reminder", ago=3,
         inv="FA26-1045", amt="312,00", due="2026-11-15",
         frm="Cabinet Wauquier Expertise <contact@wauquier-expertise.fr>",
         intent="other",
         note="The customer's chartered accountant does not handle payments and has passed the reminder to the client.",
         body="""Bonjour,

Nous sommes l'expert-comptable de la SARL Boulangerie Vermeersch. Votre relance nous a été adressée par erreur : notre cabinet tient la comptabilité de la société mais ne gère pas le règlement de ses fournisseurs.

Nous avons transmis votre message à M. Vermeersch.

Cordialement,

Hélène Duquesne
Collaboratrice comptable
Cabinet Wauquier Expertise – Expertise comptable et commissariat aux comptes
8 rue Nationale, 59280 Armentières
Tél. 03 20 35 12 68"""),

    dict(id="s11frb011", country="FR", date="2026-12-17T09:40", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-1140", amt="2 316,50", due="2026-11-30",
         frm="Nathalie Vanhoutte <comptabilite@vanhoutte-logistics.be>",
         intent="paid", paid_on="2026-12-15",
         note="Belgian customer: transfer made on Tuesday 15/12 (reply Thursday 17 December).",
         body="""Bonjour Madame, Monsieur,

Je me permets de revenir vers vous concernant votre rappel.

Le paiement de la facture FA26-1140 a été effectué ce mardi 15/12 via notre banque (Belfius), avec le numéro de facture en communication. Un virement SEPA vers la France peut prendre un ou deux jours ouvrables, il devrait donc vous parvenir sous peu.

Je reste à votre disposition pour tout renseignement complémentaire.

Bien à vous,

Nathalie Vanhoutte
Service comptabilité
Vanhoutte Logistics SRL
Rue de la Royenne 118 – 7700 Mouscron
TVA BE 0456.789.123
+32 56 33 48 20"""),

    dict(id="s11frb012", country="FR", date="2026-12-22T16:05", fmt="gmail", stage="second_reminder", ago=8,
         inv="FA26-1066", amt="2 880,00", due="2026-11-20",
         frm="Julien Caron <julien.caron@caron-architectes.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Partial payment of 1 000 € today; the balance is promised for Friday 8 January.",
         body="""Bonjour,

Je viens de faire un virement de 1 000 € sur la facture FA26-1066, vous le verrez passer d'ici deux jours.

Pour le solde (1 880 €), je vous le règle le vendredi 8 janvier, après l'encaissement des honoraires d'un gros chantier. Je préfère vous le dire plutôt que de vous laisser sans nouvelles pendant les fêtes.

Merci de votre patience et bonnes fêtes à toute l'équipe,

Julien Caron
Caron Architectes
06 09 52 37 81"""),

    dict(id="s11frb013", country="FR", date="2026-12-21T09:02", fmt="ooo", ago=0,
         inv="FA26-1212", amt="7 344,00", due="2026-12-15",
         frm="Corinne Baud <corinne.baud@alpenor-group.ch>",
         intent="out_of_office", return_date="2027-01-06",
         note="Swiss shared service centre: away until 5 January 2027, back Wednesday 6 January.",
         body="""Bonjour,

Merci pour votre message. Je suis absente du bureau jusqu'au 5 janvier 2027. Dès mon retour, le mercredi 6 janvier, je traiterai votre demande.

Pour toute question urgente relative aux paiements fournisseurs, veuillez contacter accounts.payable@alpenor-group.ch.

Meilleures salutations,

Corinne Baud
Accounts Payable – Shared Service Center
Alpenor Group SA
Avenue de Rhodanie 40, 1007 Lausanne"""),

    dict(id="s11frb014", country="FR", date="2026-12-18T11:25", fmt="html_outlook", stage="reminder", ago=4,
         inv="FA26-1175", amt="4 212,00", due="2026-12-10",
         frm="Pascale Dhainaut <p.dhainaut@plastiformes-nord.fr>",
         intent="dispute",
         note="Contests a 4.8 % price increase applied in November against the contract's annual revision clause.",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant la facture FA26-1175.

Cette facture intègre une hausse de 4,8 % du forfait mensuel à compter du 1er novembre. Or l'article 7 de notre contrat prévoit une révision annuelle au 1er janvier, sur la base de l'indice de la convention collective, et après information écrite préalable. Nous n'avons reçu aucun courrier à ce sujet.

Nous ne pouvons donc pas valider cette facture en l'état. Merci de nous faire parvenir un avoir et une nouvelle facture au tarif contractuel (4 019,47 € TTC), que nous réglerons dès réception.

Nous restons ouverts à une discussion sur la révision de janvier, dans les formes prévues au contrat.

Cordialement,

Pascale Dhainaut
Responsable administrative et financière
Plastiformes Nord SAS
ZI de la Pilaterie – 59700 Marcq-en-Barœul
Tél. 03 20 89 14 52
SAS au capital de 250 000 € – RCS Lille Métropole 512 334 876"""),

    dict(id="s11frb015", country="FR", date="2027-01-06T14:12", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1210", amt="5 640,00", due="2026-12-31",
         frm="Service Fournisseurs <fournisseurs@sodexa-industrie.fr>",
         intent="bank_details",
         note="Payment suspended after a suspicious e-mail announcing a change of IBAN; asks for confirmation.",
         body="""Bonjour,

Le 22 décembre, nous avons reçu un courriel au nom de Clarivo Propreté nous informant d'un changement de coordonnées bancaires (nouvel IBAN ouvert dans une banque en ligne, avec un RIB en pièce jointe).

Conformément à notre procédure de prévention de la fraude au faux fournisseur, nous avons suspendu le paiement de la facture FA26-1210 en attendant une confirmation de votre part.

Pouvez-vous nous confirmer, par téléphone au 03 27 94 61 10 (demander le service fournisseurs), si vos coordonnées bancaires ont réellement changé ? Si ce n'est pas le cas, nous réglerons sur l'IBAN habituel et nous vous transmettrons le message reçu pour que vous puissiez le signaler.

Cordialement,

Marc Lemoine
Comptabilité fournisseurs
Sodexa Industrie – Site de Douai"""),

    dict(id="s11frb016", country="FR", date="2027-01-12T10:00", fmt="tb", stage="repeat", ago=1,
         inv="FA26-1224", amt="1 608,00", due="2026-12-20",
         frm="Intendance LP Jean-Prouvé <int.0593347x@ac-lille.fr>",
         intent="unsubscribe",
         note="School administration asks to be taken off the automatic reminders.",
         body="""Bonjour,

Merci de retirer notre adresse de vos envois automatiques.

Le règlement des factures d'un établissement public passe par l'agence comptable et suit son propre calendrier ; vos relances hebdomadaires n'y changent rien et encombrent la boîte du service d'intendance, qui est partagée par trois personnes.

Cordialement,

Le secrétariat d'intendance
Lycée professionnel Jean-Prouvé"""),

    dict(id="s11frb017", country="FR", date="2026-12-10T13:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1077", amt="968,40", due="2026-11-15",
         frm="Gestion Collège Albert-Camus <gestionnaire.0591288@ac-lille.fr>",
         intent="promise", promise_date="2026-12-17",
         note="School: invoice liquidated today, paid by the agent comptable by Thursday 17 December at the latest.",
         body="""Bonjour,

La facture FA26-1077 a été liquidée ce jour. Elle sera payée par l'agence comptable avant la clôture de l'exercice, au plus tard le jeudi 17 décembre.

Le retard est dû au changement de logiciel de gestion financière de l'établissement ; toutes nos excuses.

Cordialement,

François Leclercq
Adjoint gestionnaire
Collège Albert-Camus
03 20 78 25 16"""),

    dict(id="s11frb018", country="FR", date="2026-12-16T12:15", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1149", amt="420,00", due="2026-11-30",
         frm="SCM Dentaire des Flandres <scm.dentaire.flandres@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted on Monday (14 December); reply on Wednesday.",
         body="""Bonjour,

Nous vous avons posté lundi un chèque de 420 € à l'ordre de Clarivo Propreté, avec le talon de la facture. Vous devriez le recevoir d'ici demain ou jeudi.

Bonne journée,

Véronique, secrétaire
SCM Dentaire des Flandres
03 28 48 60 12"""),

    dict(id="s11frb019", country="FR", date="2026-12-18T09:25", fmt="apple", stage="reminder", ago=4,
         inv="FA26-1168", amt="756,00", due="2026-11-30",
         frm="Olivier Deschamps <o.deschamps@deschamps-assurances.fr>",
         intent="other",
         note="Asks whether the firm can set up SEPA direct debit; says nothing about paying this invoice.",
         body="""Bonjour,

Est-ce que vous proposez le prélèvement SEPA ? Ce serait plus simple pour nous, je n'ai pas toujours le temps de faire les virements et je me retrouve avec vos relances.

Si oui, envoyez-moi le mandat à signer.

Olivier Deschamps
Agent général – Deschamps Assurances
12 rue de Lille, 59130 Lambersart"""),

    dict(id="s11frb020", country="FR", date="2026-12-23T15:30", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA26-1201", amt="1 104,00", due="2026-12-15",
         frm="Amandine Pruvost <amandine.pruvost@optique-pruvost.fr>",
         intent="promise",
         note="Payment when the bookkeeper is back in early January: a window, no single day.",
         body="""Bonjour,

Désolée pour ce retard ! Notre comptable est en congé jusqu'après les fêtes, c'est elle qui a les accès bancaires.

Elle fera tous les virements en attente dès son retour début janvier, la vôtre en premier.

Belles fêtes de fin d'année,

Amandine Pruvost
Optique Pruvost – Tourcoing"""),

    dict(id="s11frb021", country="FR", date="2026-12-08T09:01", fmt="bounce",
         inv="FA26-1117", amt="3 288,00", due="2026-11-20",
         rcpt="c.dupuis@habitat-flandre-metropole.fr", status="5.1.1",
         remote="habitatflandremetropole-fr.mail.protection.outlook.com",
         diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient address rejected: not found in directory",
         intent="bounce",
         note="Delivery failure: the social landlord's contact address no longer exists.",
         body="""This is the mail system at host amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<c.dupuis@habitat-flandre-metropole.fr>: host
    habitatflandremetropole-fr.mail.protection.outlook.com said:
    550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient address rejected:
    not found in directory (in reply to RCPT TO command)"""),

    dict(id="s11frb022", country="FR", date="2026-12-21T09:05", fmt="ooo", ago=0,
         inv="FA26-1226", amt="1 380,00", due="2026-12-20",
         frm="Intendance Lycée Montesquieu <intendance.lycee-montesquieu@ac-lille.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for the Christmas holidays; the office reopens Monday 4 January 2027.",
         subj_prefix="Absence : ",
         body="""Bonjour,

Le service d'intendance est fermé pendant les vacances scolaires, du samedi 19 décembre 2026 au dimanche 3 janvier 2027.

Votre message sera traité à la réouverture, le lundi 4 janvier 2027.

Pour les livraisons, merci de vous adresser à la loge au 03 20 12 45 78.

L'équipe de gestion
Lycée Montesquieu"""),

    dict(id="s11frb023", country="FR", date="2027-01-05T08:47", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1238", amt="264,00", due="2026-12-31",
         frm="Marion Leroy <marion@leroy-fleurs.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card through the payment link this morning.",
         body="""Réglé ce matin par carte via votre lien. Bonne année !

Marion

Envoyé de mon iPhone"""),

    dict(id="s11frb024", country="FR", date="2027-01-07T11:20", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="FA26-1190", amt="1 512,00", due="2026-12-15",
         frm="Julie Marquant <assistante@hennebelle-transports.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: paid on 15 January with the December invoice.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Hennebelle au sujet de votre relance.

Bien cordialement,
Julie Marquant
Assistante de direction – Transports Hennebelle
03 21 64 30 88

-----Message d'origine-----
De : Bruno Hennebelle <b.hennebelle@hennebelle-transports.fr>
Envoyé : jeudi 7 janvier 2027 10:52
À : Julie Marquant <assistante@hennebelle-transports.fr>
Objet : RE: Deuxième relance : facture FA26-1190 impayée – Clarivo Propreté SAS

Julie, réponds-leur qu'on règle le 15 janvier avec la facture de décembre. Pas avant, la trésorerie est juste avec les primes.

B.H."""),

    dict(id="s11frb025", country="FR", date="2027-01-11T15:45", fmt="gmail", stage="firm", ago=4,
         inv=[("FA26-1012", "1 137,60", "2026-10-31"), ("FA26-1108", "1 137,60", "2026-11-30"), ("FA26-1215", "1 137,60", "2026-12-31")],
         frm="Compta Maison Dufour <compta@maison-dufour-traiteur.fr>",
         intent="copy_request",
         note="Asks for a full statement of account: its ledger shows October and November as paid.",
         body="""Bonjour,

Je ne m'y retrouve pas avec votre relance : d'après notre grand livre, les factures d'octobre et de novembre ont été réglées (virements des 12/11 et 10/12). Seule celle de décembre serait encore ouverte, elle est arrivée après notre dernier paiement.

Pourriez-vous m'envoyer un relevé de compte complet depuis septembre, avec les règlements que vous avez reçus ? Je ferai le rapprochement et je reviendrai vers vous.

Merci,

Sophie Bernard
Comptabilité – Maison Dufour Traiteur
03 20 93 72 14"""),

    dict(id="s11frb026", country="FR", date="2026-12-15T10:30", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1144", amt="8 926,80", due="2026-11-30",
         frm="Achats – CH de la Lys <achats@ch-delalys.fr>",
         intent="dispute",
         note="Hospital rejects the invoice: extra bio-cleaning hours billed without any purchase order under the contract.",
         body="""Madame, Monsieur,

La facture FA26-1144 comprend, en plus de la prestation forfaitaire du marché n° 2025-017, 36 heures de bionettoyage supplémentaires sur le service de réanimation (lignes 4 à 6, soit 1 468,80 € TTC).

Ces heures ne correspondent à aucun bon de commande émis par la direction des achats. Conformément à l'article 9 du CCAP, toute prestation hors forfait doit faire l'objet d'un bon de commande préalable signé par un agent habilité. La facture a donc été rejetée dans notre circuit de liquidation.

Nous vous remercions de nous adresser un avoir et une nouvelle facture limitée à la prestation forfaitaire, qui sera mandatée dans les délais réglementaires. Si ces heures ont été demandées directement par le service, merci de nous indiquer le nom du demandeur afin que nous puissions vérifier.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Damien Verhaeghe
Acheteur – Direction des achats et de la logistique
Centre hospitalier de la Lys
Tél. 03 20 66 40 31"""),

    dict(id="s11frb027", country="FR", date="2027-01-13T18:20", fmt="gmail", stage="final_notice", ago=2,
         inv=[("FA26-1055", "2 208,00", "2026-11-15"), ("FA26-1160", "2 208,00", "2026-12-15")],
         frm="Rachid Benali <r.benali@rb-batiservices.fr>",
         intent="plan_request",
         note="Asks for more time or instalments, and a phone call; no payment date committed.",
         body="""Bonjour,

J'ai bien reçu votre dernier rappel et je comprends votre position.

On traverse une période compliquée : deux chantiers ont été décalés par le client et l'acompte attendu en décembre n'est pas arrivé. Je ne peux pas régler les deux factures d'un coup pour l'instant.

Serait-il possible de nous accorder un délai supplémentaire, ou d'étaler le paiement sur plusieurs mois ? Je préfère trouver une solution avec vous plutôt que d'arriver au recouvrement. Vous pouvez m'appeler au 06 62 18 40 73, je suis dispo demain toute la journée.

Cordialement,

Rachid Benali
RB Bâti Services"""),

    dict(id="s11frb028", country="FR", date="2026-12-14T09:50", fmt="tb", stage="reminder", ago=3,
         inv="FA26-1126", amt="4 734,00", due="2026-11-30",
         frm="Comptabilité fournisseurs <compta.fournisseurs@logis-metropole-habitat.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Social landlord: transfer issued on 11/12/2026, with its reference.",
         body="""Bonjour,

Nous vous informons que la facture FA26-1126 (entretien des parties communes – secteur Roubaix Est, novembre 2026) a été payée par virement émis le 11/12/2026.

Référence du virement : LMH-VIR-2026-12-0347
Montant : 4 734,00 €

Le délai de réception est habituellement de 2 à 3 jours ouvrés.

Cordialement,

Service comptabilité fournisseurs
Logis Métropole Habitat – Office public de l'habitat
4 boulevard du Général-Leclerc, 59100 Roubaix"""),

    dict(id="s11frb029", country="FR", date="2026-12-17T19:02", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1134", amt="624,00", due="2026-11-30",
         frm="Frédéric Lambin <fred.lambin59@gmail.com>",
         intent="promise",
         note="Irritated: will pay 'after the holidays', no date given.",
         body="""Vous etes gentils mais ça fait deux mails en 10 jours. On vous paiera apres les fêtes comme tout le monde, on est pas des voleurs.

Pas la peine de relancer toutes les semaines.

F. Lambin
Lambin Élec"""),

    dict(id="s11frb030", country="FR", date="2026-12-29T10:15", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1229", amt="3 096,00", due="2026-12-20",
         frm="Guillaume Roussel <g.roussel@carrosserie-industrielle-nord.fr>",
         intent="contact_change", new_email="c.baert@carrosserie-industrielle-nord.fr",
         note="Leaving the company on 31 December; reminders and invoices to go to his colleague from January.",
         body="""Bonjour,

Je quitte mes fonctions le 31 décembre.

À partir du 4 janvier, merci d'adresser vos factures et relances à ma collègue Céline Baert (c.baert@carrosserie-industrielle-nord.fr), qui reprend la comptabilité fournisseurs. Je lui ai transmis le dossier de la facture FA26-1229, qui est en cours de validation chez notre directeur de site.

Cordialement,

Guillaume Roussel
Comptable
Carrosserie Industrielle du Nord
Tél. : 03 27 45 86 19"""),

    dict(id="s11frb031", country="FR", date="2027-01-14T20:41", fmt="gmail", stage="repeat", ago=3,
         inv="FA26-1199", amt="438,00", due="2026-12-15",
         frm="Yannick Delattre <ydelattre.plomberie@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Phone-typed: transfer on Monday; reply on Thursday 14 January.",
         body="""ok desole pour le retard , je fais le virement lundi sans faute
bonne soiree
Yannick"""),

    dict(id="s11frb032", country="FR", date="2026-12-18T14:00", fmt="outlook", stage="second_reminder", ago=4,
         inv="FA26-1083", amt="1 968,00", due="2026-11-15",
         frm="Direction administrative <direction@imprimerie-vasseur.fr>",
         intent="other",
         note="Customer in receivership: the pre-judgment debt must be declared to the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FA26-1083.

Nous vous informons que, par jugement du 2 décembre 2026, le tribunal de commerce de Lille Métropole a ouvert une procédure de redressement judiciaire à l'égard de notre société. Maître Anne-Sophie Degroote a été désignée en qualité de mandataire judiciaire.

Les créances nées avant le jugement d'ouverture ne peuvent plus être réglées par la société. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication du jugement au BODACC :

SELARL Degroote & Associés – Mandataires judiciaires
27 rue de Tenremonde, 59000 Lille

Les prestations réalisées depuis le 2 décembre seront réglées normalement à leur échéance.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Vasseur
Président
Imprimerie Vasseur SAS – 59200 Tourcoing"""),

    dict(id="s11frb033", country="FR", date="2026-12-23T10:00", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("FA26-0964", "1 245,00", "2026-10-31"), ("FA26-1089", "1 245,00", "2026-11-30"), ("FA26-1207", "922,80", "2026-12-15")],
         frm="Isabelle Vandenbussche <isabelle@cabinet-vdb-avocats.fr>",
         intent="paid", paid_on="2026-12-21",
         note="One grouped transfer on 21 December covering the three invoices.",
         body="""Bonjour,

Un virement groupé de 3 412,80 € a été effectué le 21 décembre pour solder les trois factures (FA26-0964, FA26-1089 et FA26-1207). Le libellé reprend les trois numéros.

Nos excuses pour le retard, le cabinet a changé de banque cet automne et plusieurs paiements sont restés bloqués.

Cordialement,

Isabelle Vandenbussche
Assistante administrative
Cabinet VDB Avocats
45 boulevard de la Liberté – 59000 Lille
03 20 57 11 94"""),

    dict(id="s11frb034", country="FR", date="2026-12-28T09:01", fmt="ooo", ago=0,
         inv="FA26-1220", amt="2 052,00", due="2026-12-20",
         frm="Arnaud Flament <a.flament@syndic-flament-associes.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive: back Monday 11 January.",
         body="""Bonjour,

Je suis absent jusqu'au vendredi 8 janvier inclus, sans accès à ma messagerie.

Pour toute urgence technique sur un immeuble, appelez le standard du cabinet au 03 20 30 64 50. Les questions de comptabilité fournisseurs peuvent être adressées à compta@syndic-flament-associes.fr.

Cordialement,

Arnaud Flament
Syndic Flament & Associés"""),

    dict(id="s11frb035", country="FR", date="2027-01-08T08:15", fmt="gmail", stage="firm", ago=1,
         inv="FA26-1218", amt="1 320,00", due="2026-12-31",
         frm="Patrick Desmet <p.desmet@desmet-automobiles.fr>",
         intent="dispute",
         note="Angry: refuses to pay because the showroom windows were never cleaned despite three complaints.",
         body="""Bonjour,

Ça fait TROIS fois que je signale à votre agence que les vitres du showroom n'ont pas été faites depuis octobre. Trois fois. Personne ne rappelle, personne ne passe, et vous m'envoyez des relances avec des pénalités !

La vitrerie fait partie du contrat, elle est facturée tous les mois, et les clients voient des traces de doigts partout depuis deux mois.

Je ne paierai pas un centime de cette facture tant que quelqu'un ne sera pas venu faire le travail et qu'on n'aura pas parlé de la remise sur les mois précédents. Si ça continue, je résilie.

P. Desmet
Desmet Automobiles – Concession de Seclin
03 20 90 42 17"""),

    dict(id="s11frb036", country="FR", date="2027-01-12T10:20", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1232", amt="2 760,00", due="2026-12-31",
         frm="Creditor Management <creditors@helvetrade.ch>",
         intent="promise", promise_date="2027-01-29",
         note="Swiss customer: payment scheduled for 29.01.2027 in its payment run.",
         body="""Bonjour,

Nous vous confirmons que votre facture FA26-1232 a été contrôlée et approuvée. Son paiement est planifié pour le 29.01.2027, lors de notre prochain run de paiement fournisseurs.

Nous vous prions de bien vouloir indiquer à l'avenir la référence de notre commande (PO 7100-3318) sur vos factures, afin d'en accélérer le traitement.

Meilleures salutations,

Sabine Rochat
Creditor Management
Helvetrade SA
Rue du Rhône 62, 1204 Genève
+41 22 818 37 40"""),

    dict(id="s11frb037", country="FR", date="2027-01-19T11:10", fmt="outlook", stage="reminder", ago=5,
         inv="FA26-1241", amt="1 850,00", due="2027-01-10",
         frm="Comptabilité Debaisieux <compta@debaisieux-meubles.be>",
         intent="bank_details",
         note="Belgian customer needs a bank certificate (IBAN/BIC) before creating the new supplier and paying.",
         body="""Bonjour,

Suite à votre rappel : la facture FA26-1241 est bien encodée chez nous, mais votre société est un nouveau fournisseur et notre procédure interne impose de vérifier les coordonnées bancaires avant le premier paiement.

Pourriez-vous nous faire parvenir une attestation bancaire (ou un RIB) mentionnant votre IBAN et votre BIC, au nom de Clarivo Propreté SAS ? Dès réception, le paiement sera libéré.

D'avance merci.

Bien à vous,

Sarah Lefèvre
Comptabilité
Meubles Debaisieux SA
Chaussée de Lille 241 – 7500 Tournai
TVA BE 0412.358.906"""),

    dict(id="s11frb038", country="FR", date="2027-01-20T13:33", fmt="gmail", stage="repeat", ago=1,
         inv="FA26-1196", amt="348,00", due="2026-12-15",
         frm="Ludivine <ludivine.hautcoeur@laposte.net>",
         intent="unsubscribe",
         note="Asks to stop receiving the reminder e-mails.",
         body="""Bonjour

Arretez de m envoyer ces mails svp, je l ai deja dit a votre commercial la semaine derniere. Ca fait 4 fois cette semaine, c est du harcelement.

merci"""),

    dict(id="s11frb039", country="FR", date="2027-01-15T11:48", fmt="tb", stage="second_reminder", ago=4,
         inv="FA26-1205", amt="2 520,00", due="2026-12-20",
         frm="Bertrand Maes <b.maes@maes-conditionnement.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay at the end of January ('fin janvier').",
         body="""Bonjour,

Nous avons bien noté le retard sur la facture FA26-1205.

Nous réglerons fin janvier, dès l'encaissement du paiement de notre principal client, qui a lui-même décalé ses règlements après la clôture de son exercice.

Bien cordialement,

Bertrand Maes
Gérant
Maes Conditionnement SARL
Parc d'activités du Hellu – 59260 Lezennes
Tél. : 03 20 04 58 31 – Port. : 06 85 42 19 07"""),

    dict(id="s11frb040", country="FR", date="2026-12-22T10:05", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1171", amt="576,00", due="2026-12-05",
         frm="Cabinet Delerue & Associés <m.cordonnier@delerue-associes.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Accountant answering for his client: paid by transfer on 17 December.",
         body="""Bonjour,

Nous sommes le cabinet d'expertise comptable de la SAS Brasserie du Vieux Lille, qui nous a transmis votre relance.

Notre client nous indique avoir réglé la facture FA26-1171 le 17 décembre par virement, depuis son compte au Crédit du Nord. Nous voyons d'ailleurs le débit de 576,00 € sur le relevé bancaire que nous avons en notre possession.

Merci de vérifier de votre côté et de ne plus relancer notre client pour cette facture.

Cordialement,

Mathieu Cordonnier
Expert-comptable stagiaire
Cabinet Delerue & Associés
22 rue Esquermoise – 59000 Lille
Tél. 03 20 06 81 45
Membre de l'Ordre des experts-comptables – région Hauts-de-France"""),

    dict(id="s11frb041", country="FR", date="2027-01-13T14:55", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA26-1236", amt="6 120,00", due="2026-12-31",
         frm="Comptabilité Fournisseurs France <cf.france@nordiam-group.com>",
         intent="promise", promise_date="2027-01-20",
         note="Shared service centre: invoice approved, to be paid in the payment run of 20 January.",
         body="""Bonjour,

Suite à votre relance, nous vous informons que la facture FA26-1236 a été validée ce jour dans notre outil de gestion (bon de commande 4500128734, réception confirmée par le site de Seclin).

Elle sera réglée lors de notre prochaine campagne de paiement, le 20 janvier.

Le retard est lié au blocage de la facture en rapprochement : la réception n'avait pas été saisie par le site avant la fermeture de fin d'année.

Cordialement,

Kévin Dumont
Comptable fournisseurs
Nordiam Group – Centre de Services Partagés
Tél. : +33 3 20 19 55 00

Pensez à l'environnement avant d'imprimer ce courriel.
Ce message est confidentiel et destiné uniquement à son destinataire."""),

    dict(id="s11frb042", country="FR", date="2027-01-18T09:40", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-1245", amt="2 904,00", due="2027-01-05",
         frm="Portail Fournisseurs – Support <supplier.support@groupe-castelnor.com>",
         intent="copy_request",
         note="Invoice rejected by the supplier portal for lack of a PO number; asks for a corrected invoice quoting the PO.",
         body="""Bonjour,

Votre facture FA26-1245 a été rejetée par notre portail fournisseurs le 7 janvier, motif : « Numéro de bon de commande absent ou invalide ». Elle n'a donc pas été intégrée dans notre circuit de paiement.

Pour qu'elle puisse être traitée, merci de la déposer à nouveau sur le portail (https://fournisseurs.groupe-castelnor.com) en indiquant sur la facture le numéro de bon de commande 4700052291, communiqué par notre service généraux à la signature de l'avenant.

Les factures envoyées par e-mail à la comptabilité ne sont pas prises en compte.

Cordialement,

L'équipe Support Portail Fournisseurs
Groupe Castelnor"""),

    dict(id="s11frb043", country="FR", date="2027-01-21T14:00", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1251", amt="1 476,00", due="2027-01-10",
         frm="EHPAD Les Tilleuls – Administration <administration@ehpad-lestilleuls-roubaix.fr>",
         intent="other",
         note="Wrong recipient: a namesake care home in Roubaix, not the customer in Tourcoing.",
         body="""Bonjour,

Je pense qu'il y a une erreur de destinataire : nous sommes l'EHPAD Les Tilleuls de Roubaix, et nous n'avons pas de contrat de nettoyage avec votre société. Votre facture mentionne l'adresse du 18 rue de Mouvaux à Tourcoing, qui doit correspondre à l'EHPAD Les Tilleuls de Tourcoing (autre gestionnaire).

Ce n'est pas la première fois qu'on reçoit leur courrier !

Cordialement,

Nadège Lecomte
Secrétariat de direction
EHPAD Les Tilleuls – Roubaix"""),

    dict(id="s11frb044", country="FR", date="2027-01-25T09:00", fmt="ooo", ago=0,
         inv="FA26-1243", amt="1 032,00", due="2027-01-15",
         frm="Christelle Hochart <c.hochart@ville-marchiennes-le-bois.fr>",
         intent="out_of_office", return_date="2027-02-01",
         note="Away until 29 January inclusive (Friday): first day back Monday 1 February.",
         body="""Bonjour,

Je suis absente jusqu'au 29 janvier inclus. Vos messages ne sont pas transférés.

Pour le suivi des factures et des mandats, merci de contacter Mme Wattiez au service finances (finances@ville-marchiennes-le-bois.fr ou 03 27 90 15 42).

Christelle Hochart
Service finances – Mairie de Marchiennes-le-Bois"""),

    dict(id="s11frb045", country="FR", date="2027-01-04T09:30", fmt="html_outlook", stage="reminder", ago=0,
         inv="FA26-1213", amt="1 788,00", due="2026-12-20",
         frm="Céline Dubrulle <c.dubrulle@infogestion-conseil.fr>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made on 28/12; reminder received on the first working day of January.",
         body="""Bonjour,

Le règlement de la facture FA26-1213 a été effectué le 28/12 par virement, avec les autres factures de décembre. Vous devriez l'avoir reçu entre-temps.

Meilleurs vœux pour 2027,

Céline Dubrulle
Assistante de gestion
Infogestion Conseil SAS
Tour Lilleurope – 11 parvis de Rotterdam – 59777 Euralille
Tél. 03 59 61 20 34

Infogestion Conseil SAS au capital de 80 000 € – RCS Lille Métropole 789 456 123 – TVA FR 42 789456123
Ce courriel et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement aux personnes ou entités désignées. Toute utilisation non autorisée est interdite."""),

    dict(id="s11frb046", country="FR", date="2027-01-22T16:10", fmt="outlook", stage="firm", ago=3,
         inv=[("FA26-1110", "864,00", "2026-11-30"), ("FA26-1228", "864,00", "2026-12-31")],
         frm="Sylvie Dewaele <s.dewaele@immo-gestion-flandres.fr>",
         intent="plan_request",
         note="Syndic asks to settle the co-ownership's arrears in instalments over the coming months, no dates fixed.",
         body="""Bonjour,

Je gère la copropriété Le Clos Saint-Maurice (rue du Faubourg de Roubaix, Lille), pour laquelle vous assurez l'entretien des parties communes.

Le syndicat fait face à plusieurs impayés importants de charges de copropriétaires, et le compte bancaire de la copropriété ne permet pas de régler les deux factures en une fois. Une procédure de recouvrement est en cours contre les copropriétaires défaillants.

Pourriez-vous accepter un règlement en plusieurs fois, en quelques mensualités sur les prochains mois ? Je vous propose de fixer ensemble un échéancier qui vous convienne. Les factures courantes seront réglées normalement.

Je vous remercie par avance de votre compréhension.

Cordialement,

Sylvie Dewaele
Gestionnaire de copropriété
Immo Gestion Flandres
Tél. : 03 20 74 28 90"""),

    dict(id="s11frb047", country="FR", date="2027-01-26T10:05", fmt="tb", stage="formal_notice", ago=1,
         inv="FA26-1153", amt="3 150,00", due="2026-11-30",
         frm="Grégory Vermeulen <g.vermeulen@vermeulen-emballages.fr>",
         intent="promise", promise_date="2027-02-03",
         note="After the formal notice: will pay within eight days ('sous huitaine') from 26 January.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre mise en demeure concernant la facture FA26-1153.

Nous reconnaissons le retard, qui fait suite à un litige interne sur la répartition des frais entre nos deux sites, aujourd'hui réglé. Le paiement de l'intégralité du montant, soit 3 150,00 €, vous sera adressé sous huitaine.

Nous vous prions de nous excuser pour ce désagrément.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Grégory Vermeulen
Directeur administratif et financier
Vermeulen Emballages SAS"""),

    dict(id="s11frb048", country="FR", date="2027-01-27T10:45", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1253", amt="3 600,00", due="2027-01-15",
         frm="Comptabilité fournisseurs <boekhouding@vdb-plastics.be>",
         intent="dispute",
         note="Belgian customer refuses the invoice: French VAT charged on work at its Belgian site; asks for a credit note and a reverse-charge invoice.",
         body="""Bonjour,

Nous ne pouvons pas comptabiliser votre facture FA26-1253 en l'état.

Les prestations de nettoyage ont été effectuées sur notre site de Comines (Belgique). S'agissant de services liés à un bien immeuble situé en Belgique, ils ne peuvent pas être facturés avec la TVA française de 20 % : la facture doit être établie hors TVA, avec la mention « Autoliquidation », et notre numéro de TVA BE 0478.215.633.

Merci de nous faire parvenir une note de crédit annulant la facture, ainsi qu'une nouvelle facture corrigée (3 000,00 € HTVA). Nous procéderons au paiement dès réception.

Bien à vous,

Kathleen Desmedt
Comptabilité fournisseurs
VDB Plastics SA
Rue du Faubourg 12 – 7780 Comines-Warneton"""),

    dict(id="s11frb049", country="FR", date="2027-01-28T17:20", fmt="apple", stage="reminder", ago=2,
         inv="FA26-1249", amt="912,00", due="2027-01-15",
         frm="Laurent Hubert <laurent.hubert@hubert-notaires.fr>",
         intent="promise", promise_date="2027-02-02",
         note="Payment next Tuesday (reply Thursday 28 January); side question about the quarterly window cleaning.",
         body="""Bonjour,

Le règlement de la facture FA26-1249 partira mardi prochain, avec notre série de virements de début de mois.

Par ailleurs, pouvez-vous me confirmer que la vitrerie trimestrielle est bien prévue la semaine du 8 février ? Il faudrait prévenir l'accueil la veille, nous recevons des clients tôt le matin.

Bien cordialement,

Laurent Hubert
Office notarial Hubert & Lamarre
3 place du Général-de-Gaulle – 59800 Lille
03 20 12 07 64"""),

    dict(id="s11frb050", country="FR", date="2027-01-29T16:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1202", amt="690,00", due="2026-12-31",
         frm="Crèche Les P'tits Loups <direction@creche-ptitsloups-wasquehal.fr>",
         intent="paid", paid_on="2027-01-29",
         note="Paid by transfer today; also asks for a receipted invoice (secondary).",
         body="""Bonjour,

C'est payé aujourd'hui par virement, désolée, la facture était restée dans le parapheur du trésorier de l'association.

Pourriez-vous m'envoyer une facture acquittée ? Nous en avons besoin pour le dossier de la CAF.

Merci beaucoup,

Aurore Pollet
Directrice – Crèche associative Les P'tits Loups
06 44 83 27 15"""),
]
