"""Part fr_b: handwritten debtor replies (French) to reminders from Tessera Bureautique SAS
(copieurs en location, téléphonie d'entreprise, logiciels, fournitures de bureau)."""

CASES = []

# ---- batch 1 -------------------------------------------------------------
CASES += [
    dict(id="s9frb001", country="FR", date="2026-12-08T10:14", fmt="gmail", stage="reminder", ago=1,
         inv="TB26-10412", amt="348,00", due="2026-11-30",
         frm="Sandrine Leroux <s.leroux@leroux-associes-expertise.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer to go out on Friday with the supplier run: Friday 11 December.",
         body="""Bonjour,

Oubli de notre part, toutes mes excuses. Le virement partira vendredi avec nos règlements fournisseurs de la semaine.

Cordialement,

Sandrine Leroux
Cabinet Leroux & Associés
Expertise comptable - Commissariat aux comptes
12 rue Jeanne d'Arc, 45000 Orléans
02 38 53 71 20"""),

    dict(id="s9frb002", country="FR", date="2026-12-09T19:42", fmt="apple", stage="second_reminder", ago=2,
         inv="TB26-10127", amt="186,90", due="2026-11-15",
         frm="Optique du Marché <optiquedumarche.blois@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer made 'hier soir' from the banking app: 8 December.",
         body="""Bonjour,

J'ai fait le virement hier soir depuis l'appli de la banque, 186,90 €. Vous devriez le voir passer demain ou après-demain.

Bonne soirée
Julien Marchand

Envoyé de mon iPhone"""),

    dict(id="s9frb003", country="FR", date="2026-12-18T17:06", fmt="ooo", ago=0,
         inv="TB26-10733", amt="612,00", due="2026-12-15",
         frm="Gestion Collège Jean Moulin <gestion.0370812x@ac-orleans-tours.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="School office closed for the Christmas holidays until 3 January inclusive; reopens Monday 4 January.",
         body="""Bonjour,

Le service de gestion du collège Jean Moulin est fermé pendant les vacances scolaires, du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus.

Votre message sera traité à la réouverture du service, le lundi 4 janvier 2027.

Pour les fournisseurs : les factures doivent être déposées sur Chorus Pro (SIRET de l'établissement indiqué sur le bon de commande). Les factures adressées par courriel ne sont pas traitées.

Cordialement,

Le service de gestion
Collège Jean Moulin"""),

    dict(id="s9frb004", country="FR", date="2026-12-10T11:20", fmt="outlook", stage="reminder", ago=3,
         inv="TB26-10588", amt="264,60", due="2026-11-25",
         frm="Hélène Garnier <h.garnier@fontaine-immobilier.fr>",
         intent="dispute",
         note="Invoice is copier maintenance for a machine returned in September after termination; refuses to pay.",
         body="""Bonjour,

Je ne comprends pas cette facture. Il s'agit du forfait maintenance et copies du copieur Sharp de l'agence de la place Plumereau, or ce copieur a été restitué à votre technicien le 29 septembre, à la fin du contrat que nous avions résilié par courrier recommandé en juin (vous avez l'accusé de réception, je l'ai encore ici).

Facturer de la maintenance et un relevé compteur sur octobre et novembre pour une machine qui n'est plus chez nous, c'est un peu fort. Je vous demande d'annuler cette facture et de nous envoyer un avoir. Nous ne la réglerons pas en l'état.

Merci de faire le nécessaire rapidement, c'est déjà la deuxième fois que j'ai ce genre de souci avec votre service facturation.

Hélène Garnier
Responsable administrative
Fontaine Immobilier - Transactions & Gestion locative
8 rue du Commerce, 37000 Tours
Tél. 02 47 05 44 18
Carte professionnelle CPI 3701 2018 000 024 561 délivrée par la CCI Touraine"""),

    dict(id="s9frb005", country="FR", date="2026-12-14T07:48", fmt="gmail", stage="second_reminder", ago=4,
         inv="TB26-10354", amt="79,80", due="2026-11-20",
         frm="Les Fleurs de Lila <lesfleursdelila37@gmail.com>",
         intent="promise",
         note="Will pay 'après Noël': no single day given.",
         body="""bjr
cest la grosse periode avec les fetes jai pas le temps de m'occuper des papiers, je regle tout ca apres noel promis
desolee
Lila"""),

    dict(id="s9frb006", country="FR", date="2026-12-11T14:32", fmt="html_outlook", stage="reminder", ago=4,
         inv="TB26-10297", amt="1 942,80", due="2026-11-20",
         frm="Service exécution budgétaire <execution.budgetaire@cd-indre.fr>",
         intent="copy_request",
         note="Public body: invoice must be lodged on Chorus Pro with the commitment number before it can be paid.",
         body="""Bonjour,

Après vérification, votre facture TB26-10297 n'a pas été déposée sur le portail Chorus Pro. Conformément à l'obligation de facturation électronique des fournisseurs des collectivités publiques, nous ne sommes pas en mesure de traiter une facture transmise par courriel ou par courrier.

Nous vous remercions de la déposer sur Chorus Pro en renseignant :
- le SIRET du Département : 223 600 019 00018
- le code service : FIN-EXEC
- le numéro d'engagement juridique : EJ 2026-004518

Dès son intégration, la facture sera mandatée dans le délai global de paiement de 30 jours.

Cordialement,

Nathalie Bonnin
Service exécution budgétaire
Direction des finances et de la commande publique
Conseil départemental
Tél. : 02 54 27 31 60"""),

    dict(id="s9frb007", country="FR", date="2026-12-14T09:37", fmt="tb", stage="second_reminder", ago=3,
         inv="TB26-09988", amt="455,00", due="2026-11-10",
         frm="Cabinet dentaire Carrel <secretariat@cabinet-dentaire-carrel.fr>",
         intent="paid", paid_on="2026-12-09",
         note="Cheque posted on 9 December, per the assistant.",
         body="""Bonjour,

Le Dr Carrel me demande de vous informer que cette facture a été réglée par chèque (n° 0004127, Crédit Agricole), posté le 9 décembre à votre adresse du boulevard Heurteloup. Il devrait donc vous parvenir d'un jour à l'autre, si ce n'est pas déjà fait.

Bonne journée,

Coralie Denis
Assistante dentaire
Cabinet dentaire du Dr Mathieu Carrel
3 place de la Liberté, 41100 Vendôme
02 54 77 12 09"""),

    dict(id="s9frb008", country="FR", date="2026-12-08T09:03", fmt="bounce",
         inv="TB26-10461", amt="58,40", due="2026-11-30",
         rcpt="librairie.pagesvolantes@orange.fr", status="5.2.2", remote="smtp-in.orange.fr",
         diag="552 5.2.2 <librairie.pagesvolantes@orange.fr>: Boite du destinataire pleine / Mailbox full",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
librairie.pagesvolantes@orange.fr

The recipient's mailbox is full and cannot accept messages at this time. The message was not delivered."""),

    dict(id="s9frb009", country="FR", date="2026-12-15T21:12", fmt="gmail", stage="firm", ago=1,
         inv=[("TB26-09815", "420,00", "2026-10-31"), ("TB26-10266", "138,00", "2026-11-30")],
         frm="Les Tréteaux du Cher <tresorerie.treteauxducher@gmail.com>",
         intent="plan_request",
         note="Association waiting for a grant; asks to pay in three or four monthly instalments, no date committed.",
         body="""Bonsoir,

Je suis la trésorière bénévole de l'association, je viens de voir votre message (je ne consulte cette boîte que le soir, excusez le délai).

Nous ne contestons pas du tout les deux factures, le logiciel de billetterie nous rend bien service. Le problème est que la subvention de fonctionnement de la Région, votée en septembre, ne nous a toujours pas été versée, et notre trésorerie est au plus bas après le festival d'automne.

Serait-il possible d'étaler les 558 € en trois ou quatre mensualités ? Je peux mettre en place un virement permanent dès que vous m'aurez dit ce qui vous convient. Et bien sûr si la subvention arrive entre-temps je solde tout d'un coup.

Merci de votre compréhension,

Martine Ollivier
Trésorière - Les Tréteaux du Cher (association loi 1901)
06 71 48 22 95"""),

    dict(id="s9frb010", country="FR", date="2026-12-16T09:03", fmt="outlook", stage="second_reminder", ago=2,
         inv="TB26-10019", amt="3 276,00", due="2026-11-15",
         frm="Comptabilité fournisseurs Verdier <compta.fournisseurs@verdier-distribution.fr>",
         intent="contact_change", new_email="relances.fournisseurs@verdier-distribution.fr",
         note="Retail chain AP: reminders must go to the shared services mailbox.",
         body="""Bonjour,

Cette boîte aux lettres est réservée à la réception des factures. Les relances et demandes de situation de compte n'y sont pas traitées.

Merci d'adresser désormais vos relances à notre centre de services partagés : relances.fournisseurs@verdier-distribution.fr, en indiquant impérativement votre code fournisseur (F048213) et le numéro de commande figurant sur chaque facture.

Cordialement,

Kévin Lambert
Centre de services partagés - Comptabilité fournisseurs
Maison Verdier Distribution SAS
ZAC des Grands Champs, 37170 Chambray-lès-Tours

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation non conforme à leur destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),
]

# ---- batch 2 -------------------------------------------------------------
CASES += [
    dict(id="s9frb011", country="FR", date="2026-12-14T10:52", fmt="html_outlook", stage="reminder", ago=3,
         inv="TB26-10210", amt="2 318,40", due="2026-11-30",
         frm="Agence comptable Lycée Descartes <ac.0370035m@ac-orleans-tours.fr>",
         intent="promise", promise_date="2026-12-17",
         note="Public accountant: payment order issued, transfer to be executed on 17/12/2026.",
         body="""Madame, Monsieur,

Suite à votre relance, je vous informe que la facture TB26-10210 (renouvellement des licences du logiciel de gestion du CDI et maintenance des copieurs) a bien été liquidée par le service de gestion et prise en charge par l'agence comptable.

Le virement sera exécuté le 17/12/2026, sur le compte figurant sur le RIB transmis lors de l'ouverture de votre fiche tiers.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bruno Thiébaut
Agent comptable
Agence comptable du Lycée René Descartes
Groupement comptable des EPLE de Tours-Nord
Tél. 02 47 88 16 40"""),

    dict(id="s9frb012", country="FR", date="2026-12-15T16:20", fmt="gmail", stage="reminder", ago=1,
         inv="TB26-10519", amt="94,80", due="2026-12-01",
         frm="La Ruche - Coworking <bonjour@laruche-coworking.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Paid by card through the link 'tout à l'heure' (today); side request about the VAT number.",
         body="""Bonjour,

C'est réglé, je viens de payer par carte via votre lien tout à l'heure.

Petite question au passage : est-ce que vous pourriez faire apparaître notre numéro de TVA intracom (FR 41 893 207 514) sur les prochaines factures ? Notre expert-comptable nous le réclame à chaque fois.

Merci !
Camille
La Ruche - Espace de coworking
17 rue Nationale, 37000 Tours"""),

    dict(id="s9frb013", country="FR", date="2026-12-23T11:00", fmt="ooo", ago=1,
         inv="TB26-10802", amt="1 104,00", due="2026-12-20",
         frm="Valérie Perrin <v.perrin@groupe-audit-loire.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away 21 December to 8 January inclusive (a Friday): first working day back is Monday 11 January.",
         body="""Bonjour,

Je suis absente du 21 décembre au 8 janvier inclus, avec un accès très limité à ma messagerie.

Pour toute question urgente concernant la comptabilité fournisseurs, vous pouvez joindre Thomas Rey : t.rey@groupe-audit-loire.fr / 02 47 31 90 02.

Très belles fêtes de fin d'année,

Valérie Perrin
Groupe Audit Loire"""),

    dict(id="s9frb014", country="FR", date="2026-12-17T13:41", fmt="gmail", stage="second_reminder", ago=3,
         inv="TB26-10144", amt="732,00", due="2026-11-20",
         frm="Franck Aubry <franck.aubry.ccdeco@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Will pay on 5 January, after Christmas takings come in.",
         body="""Bonjour

desole pour le retard, decembre est compliqué, tout est parti dans le stock pour noel. Je vous fait le virement le 5 janvier sans faute, les encaissements de noel seront passés d'ici la.

Franck Aubry
Magasin Cœur Cadeaux & Déco - franchisé Tours Centre"""),

    dict(id="s9frb015", country="FR", date="2026-12-16T18:25", fmt="tb", stage="reminder", ago=2,
         inv="TB26-10377", amt="311,40", due="2026-11-30",
         frm="Ligue de tennis de table <secretariat@lctt-centre.fr>",
         intent="dispute",
         note="Billed for five mobile lines, only three active since September; asks for a corrected invoice before paying.",
         body="""Bonjour,

La facture TB26-10377 porte sur 5 lignes mobiles (forfait Pro 40 Go) alors que nous n'en avons plus que 3 depuis le 1er septembre : les lignes de nos deux anciens conseillers techniques ont été résiliées, la demande avait été faite par courriel à votre service client le 28 juillet et confirmée par téléphone.

Nous sommes donc facturés deux lignes de trop, soit 2 x 29,90 € HT par mois, et cela semble durer depuis septembre.

Merci de nous adresser une facture rectifiée ainsi qu'un avoir pour les mois précédents. Nous réglerons dès réception de la facture corrigée.

Sportivement,

Gilles Marchal
Trésorier général
Ligue du Centre de tennis de table
Maison des sports, 1240 rue de la Bergeresse, 45160 Olivet"""),

    dict(id="s9frb016", country="FR", date="2026-12-18T12:09", fmt="apple", stage="firm", ago=2,
         inv="TB26-09876", amt="612,00", due="2026-10-31",
         frm="Librairie Le Chat Perché <contact@librairie-lechatperche.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: 300 € sent this morning, balance later with no date.",
         body="""Bonjour,

Je viens de faire un virement de 300 € ce matin pour cette facture. Je sais qu'il reste 312 €, je vous les envoie dès que possible, mais entre les commandes de Noël et les retards de paiement des collectivités je suis un peu juste en ce moment.

Bien à vous,

Anne-Laure Picard
Librairie Le Chat Perché
5 rue du Change, 41000 Blois
02 54 78 30 61"""),

    dict(id="s9frb017", country="FR", date="2026-12-17T09:47", fmt="outlook", stage="reminder", ago=3,
         inv="TB26-10455", amt="1 560,00", due="2026-11-30",
         frm="Compta Agence Duval <comptabilite@agence-duval-immo.fr>",
         intent="bank_details",
         note="Received a mail announcing a new IBAN; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de régler cette facture, j'ai besoin d'une confirmation de votre part. Nous avons reçu le 2 décembre un courriel, soi-disant de votre service comptable, nous informant d'un changement de coordonnées bancaires avec un nouveau RIB en pièce jointe (banque en ligne, IBAN commençant par FR76 1695...).

L'adresse d'envoi ressemblait à la vôtre mais pas tout à fait (tessera-bureautique-fr.com). Je préfère être prudente.

Pouvez-vous me confirmer par téléphone ou par retour de mail quel est votre IBAN actuel ? Je ne ferai pas le virement tant que je n'aurai pas de confirmation.

Merci,
Sophie Lemaire
Service comptable
Agence Duval Immobilier
02 47 64 20 11"""),

    dict(id="s9frb018", country="FR", date="2026-12-21T15:33", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="TB26-09932", amt="4 890,00", due="2026-11-15",
         frm="Région - Direction des finances <mandatement.fournisseurs@regioncentre-vdl.fr>",
         intent="promise",
         note="Invoice mandated; payment by the regional paymaster 'dans un délai de 10 à 15 jours': a window, no single date.",
         body="""Bonjour,

Votre facture TB26-09932 relative à la fourniture des équipements de téléphonie du site de l'Hôtel de Région a été mandatée le 16 décembre 2026 (mandat n° 2026-018734).

Le paiement sera effectué par la Paierie régionale dans un délai habituel de 10 à 15 jours à compter de la date de mandatement. Compte tenu de la clôture de l'exercice, un léger décalage est possible.

Vous pouvez suivre l'état de vos factures sur Chorus Pro.

Cordialement,

Pôle exécution de la dépense
Direction des finances
Conseil régional"""),

    dict(id="s9frb019", country="FR", date="2026-12-16T08:15", fmt="gmail", stage="reminder", ago=2,
         inv="TB26-10533", amt="147,00", due="2026-11-30",
         frm="Vision Plus Amboise <visionplus.amboise@gmail.com>",
         intent="copy_request",
         note="Never received the invoice and the link does not open; asks for the PDF.",
         body="""Bonjour,

On n'a jamais reçu cette facture, et votre lien m'affiche une page d'erreur. Vous pouvez me l'envoyer en PDF à cette adresse ? Je la règle dès que je l'ai.

Merci
Élodie - Vision Plus Amboise"""),

    dict(id="s9frb020", country="FR", date="2026-12-17T09:12", fmt="gmail", stage="second_reminder", ago=3, fwd=True,
         inv="TB26-09961", amt="820,00", due="2026-11-20",
         frm="Amélie Roussel <amelie.roussel@vasseur-expertise.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Assistant forwards the manager's answer: paid by transfer on 2 December.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Vasseur. Je peux vous envoyer l'avis de virement si nécessaire.

Bien cordialement,
Amélie Roussel
Assistante de direction - Vasseur Expertise Comptable

---------- Forwarded message ---------
De : Patrick Vasseur <p.vasseur@vasseur-expertise.fr>
Date: mer. 16 déc. 2026 à 18:02
Subject: Re: Deuxième relance : facture TB26-09961 impayée – Tessera Bureautique SAS
To: Amélie Roussel <amelie.roussel@vasseur-expertise.fr>

Amélie, c'est payé, virement parti le 2 décembre, je l'ai vu passer sur le relevé Société Générale. Réponds-leur et envoie la preuve s'ils la veulent.
PV"""),
]

# ---- batch 3 -------------------------------------------------------------
CASES += [
    dict(id="s9frb021", country="FR", date="2026-12-18T10:31", fmt="gmail", stage="heads_up", ago=1,
         inv="TB26-10890", amt="189,00", due="2026-12-31",
         frm="Atelier Floral Margaux <atelierfloral.margaux@gmail.com>",
         intent="other",
         note="Question about the end of the copier lease and changing machine; nothing about paying.",
         body="""Bonjour,

Pendant que je vous tiens : pouvez-vous me dire quand se termine notre contrat de location pour le copieur ? On voudrait passer sur un modèle plus petit, celui-ci est beaucoup trop gros pour la boutique et on imprime trois fois rien.

Est-ce qu'un commercial pourrait me rappeler ? Plutôt le matin avant 11h.

Merci,
Margaux Renaud
Atelier Floral Margaux
06 12 84 57 33"""),

    dict(id="s9frb022", country="FR", date="2026-12-23T08:02", fmt="apple", stage="second_reminder", ago=2,
         inv="TB26-10298", amt="64,90", due="2026-11-30",
         frm="Pierre Lagarde <p.lagarde@cabinet-lagarde.fr>",
         intent="promise", promise_date="2026-12-28",
         note="'ok je fais ça lundi' sent on Wednesday 23 December: Monday 28 December.",
         body="""ok je fais ça lundi

Envoyé de mon iPhone"""),

    dict(id="s9frb023", country="FR", date="2026-12-24T07:15", fmt="ooo", ago=1,
         inv=[("TB26-10601", "2 940,00", "2026-11-30"), ("TB26-10688", "418,20", "2026-12-10")],
         frm="Comptabilité Fournisseurs <ap.fournisseurs@galeries-roux.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="AP closed 24/12 to 01/01 inclusive (Friday): back Monday 4 January.",
         body="""Bonjour,

Le service Comptabilité Fournisseurs des Galeries Roux est fermé du 24/12/2026 au 01/01/2027 inclus pour les congés de fin d'année.

Les messages reçus pendant cette période seront traités à notre retour, par ordre d'arrivée. Aucun paiement ne sera émis pendant la fermeture.

Nous vous souhaitons de belles fêtes.

Comptabilité Fournisseurs
Galeries Roux SA"""),

    dict(id="s9frb024", country="FR", date="2026-12-22T19:48", fmt="gmail", stage="firm", ago=1,
         inv="TB26-10402", amt="238,80", due="2026-11-30",
         frm="Dr Sarah Benhamou <dr.benhamou.dentiste@gmail.com>",
         intent="dispute",
         note="Refuses to pay the month: phone system down ten days in November; angry.",
         body="""Vous avez du culot de me parler de pénalités de retard.

Votre standard téléphonique est tombé en panne le 9 novembre et il a fallu DIX jours et quatre appels à votre hotline pour que quelqu'un vienne. Pendant ce temps mes patients ne pouvaient pas joindre le cabinet, j'ai perdu des rendez-vous et ma secrétaire a passé ses journées sur son portable personnel.

Je ne paierai pas ce mois de novembre. Vous me faites un avoir sur l'abonnement du mois et on en reparle. Et si je reçois encore une relance de ce genre je résilie, contrat ou pas.

S. Benhamou
Chirurgien-dentiste
14 avenue de Grammont, 37000 Tours"""),

    dict(id="s9frb025", country="FR", date="2026-12-22T11:04", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="TB26-10166", amt="402,00", due="2026-11-25",
         frm="Comité départemental de volley-ball <cd37volley.tresorier@gmail.com>",
         intent="paid", paid_on="2026-12-17",
         note="Cheque handed to the sales rep 'jeudi dernier' from Tuesday 22 December: 17 December.",
         body="""Bonjour,

Le règlement a été remis en main propre à votre commercial, M. Girard, jeudi dernier lors de son passage à la Maison des sports : chèque de 402 € à l'ordre de Tessera Bureautique.

Il a dû oublier de le transmettre à la compta, merci de voir avec lui.

Cordialement,

Jean-Marc Fleury
Trésorier du Comité départemental de volley-ball"""),

    dict(id="s9frb026", country="FR", date="2026-12-28T14:26", fmt="tb", stage="heads_up", ago=1,
         inv="TB26-11014", amt="42,60", due="2027-01-15",
         frm="Bernard Chevalier <b.chevalier@chevalier-optique.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminder emails; pays from the paper invoice.",
         body="""Bonjour,

Je vous prie de me retirer de vos envois automatiques de rappels. Je reçois vos factures par courrier, je les paie à l'échéance comme je l'ai toujours fait depuis quinze ans, et je n'ai pas besoin de trois messages pour une facture de 42 €.

Merci de faire le nécessaire.

B. Chevalier
Chevalier Optique"""),

    dict(id="s9frb027", country="FR", date="2027-01-05T10:18", fmt="tb", stage="second_reminder", ago=13,
         inv="TB26-10544", amt="874,50", due="2026-11-30",
         frm="Gestionnaire Collège Ronsard <gestion.0410017w@ac-orleans-tours.fr>",
         intent="promise", promise_date="2027-01-15",
         note="School bursar: to be paid on the 15th once the new budget year opens.",
         body="""Bonjour,

Je reviens vers vous suite à votre relance reçue pendant les congés.

Votre facture avait été réceptionnée trop tard pour être mandatée sur l'exercice 2026 (clôture des engagements le 4 décembre). Elle sera donc rattachée à l'exercice 2027 : le budget étant exécutoire depuis le 1er janvier, le mandat sera transmis à l'agence comptable cette semaine et le paiement est prévu pour le 15 janvier.

Toutes nos excuses pour ce retard.

Cordialement,

Isabelle Morin
Adjointe gestionnaire
Collège Pierre de Ronsard
02 54 56 10 37"""),

    dict(id="s9frb028", country="FR", date="2027-01-06T15:40", fmt="outlook", stage="final_notice", ago=2,
         inv=[("TB26-09344", "1 150,00", "2026-10-15"), ("TB26-09871", "1 150,00", "2026-11-15"),
              ("TB26-10399", "1 150,00", "2026-12-15")],
         frm="Marc Oudin <marc.oudin@optique-oudin.fr>",
         intent="plan_request",
         note="Acknowledges three unpaid invoices; asks for a six-month payment schedule, no date committed.",
         body="""Madame, Monsieur,

Je fais suite à votre courriel de lundi.

Je reconnais bien entendu les trois factures en cause, relatives au logiciel de gestion du magasin et à son abonnement. Mon magasin traverse une période difficile depuis l'ouverture d'une grande enseigne dans la zone commerciale voisine, et la fin d'année n'a pas été à la hauteur de ce que j'espérais.

Plutôt que de laisser la situation se dégrader, je souhaiterais vous proposer un échéancier : le règlement des 3 450 € en six mensualités, avec si besoin un prélèvement automatique. Je suis également prêt à en discuter par téléphone avec la personne qui suit mon dossier.

Je vous remercie par avance de l'attention que vous porterez à ma demande et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Marc Oudin
Gérant - Optique Oudin SARL
22 Grande Rue, 37400 Amboise
Tél. 02 47 57 02 88"""),

    dict(id="s9frb029", country="FR", date="2026-12-29T11:55", fmt="html_outlook", stage="reminder", ago=2,
         inv="TB26-10745", amt="526,80", due="2026-12-15",
         frm="Nicolas Bertin <n.bertin@fiducial-touraine-conseil.fr>",
         intent="contact_change", new_email="j.ferreira@fiducial-touraine-conseil.fr",
         note="Sender leaves the firm on 31 December; reminders to go to his colleague from now on.",
         body="""Bonjour,

Je quitte le cabinet le 31 décembre et ma boîte mail sera fermée à cette date.

Merci d'adresser désormais vos relances et factures à ma collègue Julie Ferreira, qui reprend le suivi des fournisseurs : j.ferreira@fiducial-touraine-conseil.fr.

Je lui ai transmis votre facture TB26-10745 pour traitement.

Bonne fin d'année,

Nicolas Bertin
Assistant comptable
Touraine Conseil Expertise
Tél. : 02 47 20 58 64"""),

    dict(id="s9frb030", country="FR", date="2026-12-30T09:21", fmt="apple", stage="second_reminder", ago=1,
         inv="TB26-10311", amt="356,40", due="2026-11-30",
         frm="Librairie des Halles <librairiedeshalles@wanadoo.fr>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer dated 28/12.",
         body="""Bonjour,
Virement effectué le 28/12, référence TB26-10311.
Cordialement
Y. Moreau
Envoyé de mon iPad"""),
]

# ---- batch 4 -------------------------------------------------------------
CASES += [
    dict(id="s9frb031", country="FR", date="2027-01-06T14:07", fmt="html_outlook", stage="reminder", ago=2,
         inv="TB26-10655", amt="5 412,00", due="2026-12-15",
         frm="Service Règlements Fournisseurs <reglements@enseigne-bricomaison.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Invoice approved, to be paid in the 20/01/2027 payment run; side request to update the billing address.",
         body="""Bonjour,

Après vérification, votre facture TB26-10655 a été rapprochée de la commande 4500218876 et validée le 4 janvier. Elle sera réglée par virement lors de notre campagne de paiement du 20/01/2027.

Par ailleurs, nous vous rappelons que depuis le 1er novembre, notre siège a changé d'adresse. Merci de mettre à jour vos fiches et de libeller vos prochaines factures à l'adresse suivante :
BricoMaison SAS - Service Comptabilité Fournisseurs
Parc d'activités Les Portes de l'Ouest, 2 allée des Érables, 49070 Beaucouzé

Cordialement,

Audrey Mercier
Chargée de règlements fournisseurs
BricoMaison SAS

Avant d'imprimer ce courriel, pensez à l'environnement."""),

    dict(id="s9frb032", country="FR", date="2027-01-07T16:45", fmt="tb", stage="firm", ago=3,
         inv=[("TB26-09740", "288,00", "2026-10-31"), ("TB26-10229", "288,00", "2026-11-30")],
         frm="L'Établi Coworking <admin@letabli-coworking.fr>",
         intent="other",
         note="Company placed in receivership; the creditor must declare its claim to the court-appointed representative.",
         body="""Bonjour,

Je vous informe que la SAS L'Établi a été placée en redressement judiciaire par jugement du tribunal de commerce de Tours en date du 15 décembre 2026.

Conformément à la loi, nous ne pouvons plus régler les factures antérieures à ce jugement. Il vous appartient de déclarer votre créance, dans un délai de deux mois à compter de la publication au BODACC, auprès du mandataire judiciaire désigné :

SELARL Rivière & Associés, Me Anne Rivière
mandataire judiciaire
27 rue Émile Zola, 37000 Tours

Les prestations postérieures au jugement (abonnement téléphonie de janvier) seront réglées normalement à leur échéance.

Cordialement,

Thomas Delaunay
Président - L'Établi Coworking"""),

    dict(id="s9frb033", country="FR", date="2027-01-08T07:34", fmt="gmail", stage="reminder", ago=3,
         inv="TB26-11102", amt="98,28", due="2027-01-01",
         frm="Pages & Plumes <pagesetplumes.chinon@gmail.com>",
         intent="dispute",
         note="Contests a 12% subscription price rise never notified; will only pay the old amount.",
         body="""bonjour
je viens de voir que l'abonnement du logiciel de caisse est passé de 87,75 a 98,28 par mois, soit 12 % d'augmentation, sans aucun courrier ni mail pour nous prevenir. ce n'est pas correct, notre contrat prevoit un préavis.
je ne paierai que l'ancien montant tant que je n'ai pas eu d'explication. merci de me faire une facture au bon prix
Gaëlle
Pages & Plumes, librairie papeterie, Chinon"""),

    dict(id="s9frb034", country="FR", date="2027-01-05T09:00", fmt="ooo", ago=1,
         inv="TB26-10820", amt="159,60", due="2026-12-20",
         frm="Cabinet dentaire des Tilleuls <contact@dentaire-tilleuls.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Practice closed Monday 4 to Saturday 9 January; reopens Monday 11 January.",
         body="""Bonjour,

Le cabinet dentaire des Tilleuls est fermé du lundi 4 au samedi 9 janvier 2027.

Réouverture le lundi 11 janvier à 8h30. En cas d'urgence dentaire, composez le 15 ou contactez la garde départementale.

Les courriels reçus pendant la fermeture seront traités à notre retour.

L'équipe du cabinet"""),

    dict(id="s9frb035", country="FR", date="2027-01-07T11:26", fmt="outlook", stage="second_reminder", ago=2,
         inv="TB26-10618", amt="1 020,00", due="2026-12-10",
         frm="Catherine Hamon <c.hamon@hamon-expertise.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January; also an order for toner (second topic).",
         body="""Bonjour,

Effectivement, la facture nous avait échappé avec la fermeture du cabinet entre les fêtes. Je la mets dans notre échéancier de paiement, elle partira fin janvier avec les autres fournisseurs.

Autre chose, tant que je vous écris : nous aurions besoin de 4 toners noirs et d'un jeu de couleurs pour le Konica du 1er étage (modèle C300i). Pouvez-vous transmettre à votre service commercial ou me dire à qui m'adresser ? On n'a plus rien en stock.

Merci,

Catherine Hamon
Hamon Expertise & Conseil
Expert-comptable inscrit à l'Ordre des experts-comptables Centre-Val de Loire
4 place Jean Jaurès, 37000 Tours - 02 47 61 33 09"""),

    dict(id="s9frb036", country="FR", date="2027-01-08T10:42", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="TB26-10071", amt="2 764,80", due="2026-11-30",
         frm="Paierie départementale <paierie.fournisseurs@cd-indre.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Public paymaster: payment made on 05/01/2027.",
         body="""Bonjour,

Nous vous confirmons que la facture TB26-10071 (mandat n° 2026-11452) a été payée par virement le 05/01/2027 par la Paierie départementale.

Le délai de réception sur votre compte peut être de 2 à 3 jours ouvrés. L'avis de paiement est consultable sur Chorus Pro.

Cordialement,

Paierie départementale
Direction générale des Finances publiques"""),

    dict(id="s9frb037", country="FR", date="2027-01-11T17:12", fmt="gmail", stage="repeat", ago=3,
         inv=[("TB26-09512", "365,00", "2026-10-15"), ("TB26-10128", "365,00", "2026-11-15"),
              ("TB26-10736", "365,00", "2026-12-15")],
         frm="Fédération régionale de randonnée <comptabilite.ffrandocvl@gmail.com>",
         intent="copy_request",
         note="Asks for a detailed account statement (invoices and payments received) before paying.",
         body="""Bonjour,

Nous recevons vos rappels mais il nous est impossible de nous y retrouver : nous avons fait deux virements de 365 € en octobre et novembre, et vous nous réclamez trois factures.

Avant de régler quoi que ce soit, pourriez-vous nous adresser un relevé de compte détaillé, avec l'ensemble des factures émises depuis septembre et les paiements que vous avez reçus ? Nous ferons le rapprochement avec notre comptable bénévole et réglerons ce qui reste dû.

Merci par avance,

Françoise Lebrun
Secrétaire comptable
Comité régional de la randonnée pédestre"""),

    dict(id="s9frb038", country="FR", date="2027-01-06T12:30", fmt="tb", stage="reminder", ago=1,
         inv="TB26-11047", amt="72,00", due="2026-12-31",
         frm="Fleurs & Sens <fleursetsens.loches@orange.fr>",
         intent="bank_details",
         note="Direct debit rejected because the debtor closed its bank account; gives its new IBAN for the mandate.",
         body="""Bonjour,

Le prélèvement de fin décembre vous est revenu impayé, c'est normal : nous avons changé de banque et clôturé notre compte au Crédit Mutuel le 15 décembre. J'avais oublié de vous prévenir, désolée.

Voici nos nouvelles coordonnées bancaires pour le prélèvement :
Titulaire : EURL Fleurs & Sens
Banque : Banque Populaire Val de France
IBAN : FR76 1870 7000 2103 1215 6874 209
BIC : CCBPFRPPVER

Je vous envoie le RIB signé par courrier si vous avez besoin d'un nouveau mandat. Vous pouvez représenter le prélèvement sur ce compte.

Bien à vous,
Estelle Guérin
Fleurs & Sens - 12 Grande Rue, 37600 Loches"""),

    dict(id="s9frb039", country="FR", date="2027-01-07T16:58", fmt="gmail", stage="firm", ago=1, fwd=True,
         inv="TB26-10277", amt="1 386,00", due="2026-11-30",
         frm="Lucas Pereira <lucas.pereira@immo-saint-martin.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Colleague forwards the manager's answer written Thursday 7 January: transfer signed 'mardi' = 12 January.",
         body="""Bonjour,

Je vous fais suivre la réponse de notre gérante, qui est la seule à pouvoir signer les virements.

Lucas Pereira
Agence Immobilière Saint-Martin

---------- Forwarded message ---------
De : Nadège Fabre <n.fabre@immo-saint-martin.fr>
Date: jeu. 7 janv. 2027 à 16:31
Subject: TR: Troisième relance : facture TB26-10277 impayée – Tessera Bureautique SAS
To: Lucas Pereira <lucas.pereira@immo-saint-martin.fr>

Lucas, dis-leur que je signe le virement mardi quand je repasse à l'agence. Je suis en rendez-vous extérieurs jusqu'à lundi.
Nadège"""),

    dict(id="s9frb040", country="FR", date="2027-01-12T13:19", fmt="gmail", stage="firm", ago=1,
         inv="TB26-10491", amt="624,00", due="2026-12-05",
         frm="Karim Haddad <karim.haddad.optique@gmail.com>",
         intent="plan_request",
         note="Asks to pay in two or three times, no date committed.",
         body="""Bonjour
est ce que c possible de payer en 2 ou 3 fois ? janvier est tres calme au magasin
merci de me dire
Karim H. - Optic Vision franchise Joué-lès-Tours"""),
]

# ---- batch 5 -------------------------------------------------------------
CASES += [
    dict(id="s9frb041", country="FR", date="2027-01-18T09:14", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="TB26-10987", amt="216,00", due="2026-12-20",
         frm="Compagnie La Lanterne <administration@cie-lalanterne.org>",
         intent="paid", paid_on="2027-01-16",
         note="Paid online on Saturday (16 January) per a Monday reply; side question about the invoice name.",
         body="""Bonjour,

J'ai réglé la facture en ligne samedi, avec la carte de l'association. Vous devriez avoir la confirmation.

Une question : les factures sont toujours établies au nom de notre ancienne présidente. Est-ce qu'il est possible de les libeller simplement au nom de « Compagnie La Lanterne » ? Ça nous éviterait des questions du commissaire aux comptes.

Merci et bonne semaine,

Juliette Barbier
Chargée d'administration
Compagnie La Lanterne - théâtre et marionnettes
06 63 12 40 78"""),

    dict(id="s9frb042", country="FR", date="2027-01-13T18:02", fmt="gmail", stage="reminder", ago=1,
         inv="TB26-11160", amt="35,90", due="2027-01-05",
         frm="Roseraie de Joué <roseraiedejoue@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic reminder emails.",
         body="""Bonjour,

Merci de ne plus m'envoyer ces relances automatiques, c'est la troisième en un mois. S'il y a un problème avec une facture, appelez-moi directement à la boutique, c'est plus simple.

Désinscrivez-moi de ces envois s'il vous plaît.

Corinne"""),

    dict(id="s9frb043", country="FR", date="2027-01-14T10:05", fmt="outlook", stage="final_notice", ago=2,
         inv=[("TB26-09688", "742,00", "2026-10-31"), ("TB26-10356", "742,00", "2026-11-30")],
         frm="Philippe Garreau <compta@garreau-franchise-tours.fr>",
         intent="promise", promise_date="2027-01-22",
         note="'sous huitaine' from 14 January: 22 January (the letter's own deadline, 20 January, is not the label).",
         body="""Madame, Monsieur,

Nous accusons réception de votre dernier rappel concernant les factures TB26-09688 et TB26-10356.

Ce retard est dû à un changement de logiciel comptable en fin d'année, qui a bloqué plusieurs paiements fournisseurs. La situation est en cours de régularisation et le règlement des deux factures, soit 1 484 €, interviendra sous huitaine.

Nous vous prions de bien vouloir suspendre toute procédure de recouvrement et vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Garreau
Directeur administratif et financier
SAS Garreau Distribution - magasins franchisés Tours & Saint-Cyr
Tél. 02 47 42 19 80
SAS au capital de 50 000 € - RCS Tours 512 334 876"""),

    dict(id="s9frb044", country="FR", date="2027-01-13T15:22", fmt="html_outlook", stage="reminder", ago=3,
         inv="TB26-11076", amt="1 680,00", due="2027-01-05",
         frm="Maud Lefèvre <m.lefevre@cimmo-conseil.fr>",
         intent="dispute",
         note="Refuses to pay the installation invoice while the copier is still not working on the network.",
         body="""Bonjour,

Je suis surprise de recevoir une relance pour la facture d'installation du nouveau copieur, alors que l'installation n'est toujours pas terminée.

Votre technicien est passé le 17 décembre, a branché la machine et est reparti sans configurer le scan vers les postes ni l'impression réseau : il devait revenir « début janvier avec le bon pilote ». Personne n'est revenu et nous imprimons depuis un mois par clé USB.

Nous réglerons cette facture lorsque le copieur sera installé et fonctionnel, pas avant. Merci de transmettre au service technique et de suspendre vos relances d'ici là.

Cordialement,

Maud Lefèvre
Assistante de direction
Cimmo Conseil - Administrateur de biens
31 boulevard Béranger, 37000 Tours
02 47 05 12 66"""),

    dict(id="s9frb045", country="FR", date="2027-01-12T09:00", fmt="ooo", ago=0, loc="GB",
         inv="TB26-11123", amt="480,00", due="2027-01-10",
         frm="Oliver Hughes <oliver@thehivecowork-saumur.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="English auto-reply from a coworking space: away 11 to 22 January inclusive, back Monday 25 January.",
         body="""Hello,

Thanks for your email. I'm out of the office from 11 to 22 January inclusive, visiting family in the UK, and will only be checking emails occasionally.

For anything to do with desk bookings or the building, please contact my colleague Léa at hello@thehivecowork-saumur.fr.

Best,
Oliver Hughes
The Hive - Coworking Saumur"""),

    dict(id="s9frb046", country="FR", date="2027-01-19T20:37", fmt="gmail", stage="second_reminder", ago=3,
         inv="TB26-11018", amt="547,20", due="2026-12-31",
         frm="École de musique L'Accord Parfait <tresorier.accordparfait@gmail.com>",
         intent="promise",
         note="Will pay 'la semaine prochaine' after the board meeting: no single day.",
         body="""Bonsoir,

Pas d'inquiétude, la facture sera payée la semaine prochaine : notre conseil d'administration se réunit jeudi et c'est là que la présidente signe les dépenses de plus de 500 €.

Est-ce que vous savez par ailleurs quand votre technicien doit venir pour le deuxième poste téléphonique ? On nous avait parlé de janvier.

Merci,
Hervé Colin
Trésorier
École de musique associative L'Accord Parfait"""),

    dict(id="s9frb047", country="FR", date="2027-01-18T11:48", fmt="outlook", stage="reminder", ago=4,
         inv=[("TB26-10902", "3 118,80", "2026-12-31"), ("TB26-10958", "744,00", "2026-12-31")],
         frm="Comptabilité Fournisseurs <ap.fournisseurs@galeries-roux.fr>",
         intent="paid", paid_on="2027-01-15",
         note="Retail AP: both invoices paid in a grouped transfer on 15/01/2027.",
         body="""Bonjour,

Les deux factures TB26-10902 et TB26-10958 ont été réglées le 15/01/2027 par virement groupé (référence de remise GR-2027-0115-0431, montant total 3 862,80 €).

Le délai de réception peut être de 48h. Merci de vérifier vos relevés avant toute nouvelle relance.

Cordialement,

Sabrina Koç
Comptabilité Fournisseurs
Galeries Roux SA
Siège social : 18 rue Nationale, 37000 Tours - SA au capital de 2 400 000 € - RCS Tours B 301 228 647"""),

    dict(id="s9frb048", country="FR", date="2027-01-20T12:51", fmt="apple", stage="second_reminder", ago=2,
         inv="TB26-10844", amt="129,00", due="2026-12-31",
         frm="Dr Alain Poirier <alain.poirier.dentiste@icloud.com>",
         intent="other",
         note="Passed to his accountant, who handles payments; no commitment.",
         body="""Bonjour,

Ce n'est pas moi qui gère les règlements, j'ai transféré votre mail à mon cabinet comptable (Cabinet Hardy) qui s'en occupe.

Cordialement
Dr A. Poirier

Envoyé de mon iPhone"""),

    dict(id="s9frb049", country="FR", date="2027-01-25T08:36", fmt="gmail", stage="firm", ago=3,
         inv="TB26-10977", amt="268,50", due="2026-12-20",
         frm="Nathalie Brun <nath.brun.fleurs@gmail.com>",
         intent="promise", promise_date="2027-01-28",
         note="Will bring a cheque 'jeudi' from Monday 25 January: 28 January.",
         body="""bonjour
je passe vous regler jeudi en cheque a votre agence bd heurteloup, je suis a tours pour le marché aux fleurs ce jour la.
excuser moi pour le retard jetais malade en janvier
nathalie brun
Au Jardin de Nathalie"""),

    dict(id="s9frb050", country="FR", date="2027-01-27T10:13", fmt="tb", stage="second_reminder", ago=2,
         inv="TB26-11005", amt="316,80", due="2026-12-31",
         frm="Librairie Le Grand Large <contact@legrandlarge-librairie.fr>",
         intent="other",
         note="Wrong recipient: a namesake bookshop in another town that never ordered from the firm.",
         body="""Bonjour,

Je pense que vous faites erreur de destinataire. Nous sommes la librairie Le Grand Large de Saint-Nazaire et nous n'avons jamais été clients chez vous : nous n'avons ni copieur ni abonnement téléphonique de votre société.

Il existe une librairie du même nom à Saumur, c'est peut-être elle que vous cherchez.

Bonne journée,

Hugo Lemarchand
Librairie Le Grand Large
3 rue de la Paix, 44600 Saint-Nazaire"""),
]
