"""French debtor replies, each written by hand. Ids are assigned after a fixed shuffle (see end)."""

import random


def C(date, frm, intent, body, inv="F-2026-0042", stage="reminder", q="gm", **kw):
    kw.setdefault("tz", "Europe/Paris")
    kw.setdefault("country", "FR")
    kw.setdefault("kind", "reply")
    return dict(date=date, frm=frm, intent=intent, body=body, inv=inv, stage=stage, q=q, **kw)


IPHONE = "Envoyé de mon iPhone"

_L = [
# ---------------------------------------------------------------- promise
C("2026-11-03 09:12", "Marc Lefèvre <m.lefevre@plomberie-lefevre.fr>", "promise", """
Bonjour,

Le règlement sera fait d'ici le 15.

Cordialement,
Marc Lefèvre
""", inv="F-2026-0012", promise_date="2026-11-15", note="'d'ici le 15' = next 15th on or after the mail date"),

C("2026-11-04 18:40", "sandrine.morel@gmail.com", "promise", """
Bonsoir, je vous fais le virement avant vendredi, désolée pour le retard.
Sandrine
""", inv="F-2026-0014", q="ap", promise_date="2026-11-06", note="'avant vendredi' read as by Friday 6 Nov at the latest"),

C("2026-11-05 11:27", "Comptabilité Garage Perrin <compta@garage-perrin.fr>", "promise", """
Bonjour,

Bien reçu votre relance. Le paiement sera effectué début de semaine prochaine.

Bonne journée
Nathalie
Service comptabilité
Garage Perrin
""", inv="F-2026-0017", q="ol", note="'début de semaine prochaine' with no day: week of 9 Nov, no date labelled"),

C("2026-11-05 16:03", "Julien Caron <julien.caron@caron-elec.fr>", "promise", """
Bonjour Madame,

Je vous confirme que nous réglerons la facture sous 8 jours.

Julien Caron
Caron Électricité
06 71 22 48 90
""", inv="F-2026-0019", promise_date="2026-11-13", note="'sous 8 jours' = mail date + 8 days"),

C("2026-11-17 08:55", "p.giraud@cabinet-giraud.fr", "promise", """
Bonjour,
Notre trésorerie est un peu juste ce mois-ci, nous vous réglerons le 5 du mois prochain.
Cordialement,
Pierre Giraud
""", inv="F-2026-0046", stage="second_reminder", q="ol", promise_date="2026-12-05"),

C("2026-11-06 10:14", "Elodie Fabre <elodie.fabre@laposte.net>", "promise", """
Bonjour,
Je ferai le virement le 12/11, le jour de ma paye.
Merci de votre compréhension
Elodie Fabre
""", inv="F-2026-0021", promise_date="2026-11-12", note="12/11 read day/month"),

C("2026-11-09 14:31", "SARL Bati Concept <contact@bati-concept.fr>", "promise", """
Bonjour,

Paiement prévu le 20.11.2026 avec notre prochain lot de virements.

Salutations
A. Benali
""", inv="F-2026-0023", q="tb", promise_date="2026-11-20"),

C("2026-11-18 09:20", "Christine Marchand <c.marchand@wanadoo.fr>", "promise", """
Bonjour,
Je passerai le règlement lundi 23, je suis en déplacement jusque-là.
Bien à vous,
C. Marchand
""", inv="F-2026-0049", q="ap", promise_date="2026-11-23"),

C("2026-11-10 12:02", "David Rousseau <david@rousseau-paysage.fr>", "promise", """
Oui oui c'est noté, on s'en occupe. Promis.

David
""", inv="F-2026-0026", note="commitment with no date"),

C("2026-11-30 17:45", "Anne-Laure Petit <al.petit@studio-petit.fr>", "promise", """
Bonjour,

Je paierai la facture le 30 novembre comme convenu. Par contre pouvez-vous me confirmer que l'indemnité de 40 € ne s'applique pas puisque je règle aujourd'hui même ?

Merci,
Anne-Laure Petit
Studio Petit – Architecture intérieure
14 rue Paul Bert, 35000 Rennes
""", inv="F-2026-0053", stage="firm", q="ol", html="ol", promise_date="2026-11-30", note="promise mixed with a question about the 40 € fee; 'le 30 novembre' is the mail date itself"),

C("2026-11-10 07:58", "thierry.blanc62@orange.fr", "promise", """
bonjour je regle fin du mois sans faute
thierry blanc
""", inv="F-2026-0027", q=None, promise_date="2026-11-30", note="'fin du mois' = last day of the mail's month"),

C("2026-12-02 15:10", "Fleurs & Co <boutique@fleurs-and-co.fr>", "promise", """
Bonjour,

La facture sera réglée en fin de mois, comme toutes nos factures fournisseurs.

Cordialement
Isabelle
Fleurs & Co
""", inv="F-2026-0058", q="gm", promise_date="2026-12-31", note="'en fin de mois' = 31 Dec (mail of 2 Dec)"),

C("2026-11-12 22:10", "Kevin Lambert <kev.lambert@free.fr>", "promise", """
Bonsoir, dsl j'avais zappé. Je fais ça demain matin.
""", inv="F-2026-0029", q="ap", promise_date="2026-11-13", sig=IPHONE),

C("2026-11-19 10:40", "Mme Roche <roche.menuiserie@gmail.com>", "promise", """
Bonjour,

Nous avons bien pris note. Nous procéderons au règlement la semaine prochaine.

Cordialement,
Véronique Roche
""", inv="F-2026-0051", stage="second_reminder", q="gm", html="gm", note="'la semaine prochaine' with no day: no date labelled (week of 23 Nov)"),

C("2026-11-25 13:12", "Olivier Nicolas <o.nicolas@transports-nicolas.fr>", "promise", """
Bonjour,
Le virement partira vendredi prochain.
O. Nicolas
""", inv="F-2026-0055", q="ol", note="'vendredi prochain' written on Wed 25 Nov: 27 Nov or 4 Dec, ambiguous, no date labelled"),

C("2026-11-26 09:05", "Laurence Guerin <laurence.guerin@hotmail.fr>", "promise", """
Bonjour,

Je vous confirme un règlement le 10/12 par virement.

Bonne journée
Laurence Guérin
""", inv="F-2026-0056", promise_date="2026-12-10", note="10/12 = 10 December (day/month)"),

C("2026-11-19 19:33", "fred.muller@sfr.fr", "promise", """
jvous fais le virement lundi c bon
""", inv="F-2026-0050", q=None, promise_date="2026-11-23", note="'lundi' = next Monday after Thu 19 Nov"),

C("2026-11-13 12:47", "Yannick <yannick.durand.56@gmail.com>", "promise", """
slt, je regle ca avant le 20 stp pas de penalites, dsl pr le retard
""", inv="F-2026-0031", promise_date="2026-11-20", note="'avant le 20' read as by the 20th"),

C("2026-11-24 11:18", "Secrétariat Dr Meunier <secretariat.meunier@cabinet-medical-sud.fr>", "promise", """
Bonjour,

Je transmets à notre comptable, Mme Lopez, qui procédera au paiement avec le prochain lot de virements du 1er décembre.

Bien cordialement,
Martine, secrétariat du Dr Meunier
""", inv="F-2026-0060", q="ol", promise_date="2026-12-01", note="written by an assistant forwarding to the accountant"),

C("2026-11-27 16:20", "Service Fournisseurs <fournisseurs@groupe-arcadia.fr>", "promise", """
Bonjour,

Votre facture est validée. Le paiement partira avec notre campagne de virements du 10.

Cordialement,
Service Fournisseurs – Groupe Arcadia
""", inv="F-2026-0061", stage="second_reminder", q="ol", html="ol", promise_date="2026-12-10", note="'du 10' = next 10th after 27 Nov"),

C("2026-11-16 08:12", "Gérard Fontaine <g.fontaine@fontaine-bois.fr>", "promise", """
Oui c'est bon, vous serez payés, pas la peine de m'envoyer trois mails par semaine. Virement fin novembre.
""", inv="F-2026-0033", stage="second_reminder", q="gm", promise_date="2026-11-30"),

C("2026-12-01 10:30", "Hélène Dubois <helene.dubois@dubois-conseil.fr>", "promise", """
Madame, Monsieur,

Je vous prie de bien vouloir excuser ce retard de paiement, qui ne reflète en rien la qualité de notre relation. Notre principal client, une collectivité, règle ses factures avec beaucoup de retard depuis septembre et notre trésorerie s'en ressent.

Je m'engage néanmoins à vous régler l'intégralité de la facture au plus tard le 18 décembre. Si le paiement de notre client intervient plus tôt, je vous réglerai bien entendu dès réception.

Je reste à votre disposition pour en parler par téléphone.

Bien cordialement,

Hélène Dubois
Gérante – Dubois Conseil
8 avenue Jean Jaurès, 31000 Toulouse
05 61 44 20 19
""", inv="F-2026-0065", stage="firm", q="ol", html="ol", promise_date="2026-12-18"),

C("2026-11-20 11:00", "Direction <direction@sas-leroux.fr>", "promise", """
Madame, Monsieur,

Nous accusons réception de votre mise en demeure. Nous procéderons au règlement avant la date limite indiquée dans votre courrier.

Salutations distinguées,
F. Leroux, Président
""", inv="F-2026-0039", stage="formal_notice", q="ol", lag=2, promise_date="2026-11-26",
   note="the date is the deadline of the quoted formal notice (sent 18 Nov, deadline 26 Nov)"),

C("2026-11-30 09:15", "Aurélie Simon <aurelie.simon@yahoo.fr>", "promise", """
Bonjour,
J'envoie le chèque jeudi.
Aurélie
""", inv="F-2026-0062", q="ap", promise_date="2026-12-03", note="'jeudi' = Thu 3 Dec; cheque to be posted that day"),

C("2026-11-23 14:44", "Boulangerie Moreau <boulangerie.moreau@orange.fr>", "promise", """
Bonjour, paiement prévu le 2 décembre. Merci
""", inv="F-2026-0059", q="gm", promise_date="2026-12-02"),

C("2026-11-12 10:06", "Achats Fromagerie Alpine <achats@fromagerie-alpine.fr>", "promise", """
Bonjour Madame,

La facture est bien validée chez nous. Elle sera réglée à 45 jours fin de mois conformément à nos conditions, soit le 31 décembre.

Cordialement,
Service achats
""", inv="F-2026-0035", stage="heads_up", q="ol", html="ol", promise_date="2026-12-31"),

C("2026-12-07 14:00", "lucie.bernard@gmail.com", "promise", """
Bonjour, je passe par le lien pour payer ce soir. Bonne journée
""", inv="F-2026-0066", q="gm", promise_date="2026-12-07"),

C("2026-11-09 09:48", "Philippe Girard <philippe.girard@girard-immo.fr>", "promise", """
Bonjour,

Toutes mes excuses, je fais le nécessaire aujourd'hui.

Philippe Girard
""", inv="F-2026-0024", q="ol", promise_date="2026-11-09"),

C("2026-12-08 10:21", "Bureau Van Damme <compta@vandamme-renovation.be>", "promise", """
Bonjour,

Je vous ferai le virement pour le 15 au plus tard.

Bien à vous,
Luc Van Damme
""", inv="F-2026-0068", q="gm", tz="Europe/Brussels", country="BE", promise_date="2026-12-15"),

C("2026-11-27 15:35", "Fiduciaire Rochat <info@fiduciaire-rochat.ch>", "promise", """
Bonjour,

Le paiement sera effectué d'ici au 4 décembre.

Avec nos meilleures salutations,
Fiduciaire Rochat SA
""", inv="F-2026-0057", q="ol", tz="Europe/Zurich", country="CH", promise_date="2026-12-04"),

C("2026-11-16 00:30", "Jean-Marc Hoarau <jm.hoarau@orange.re>", "promise", """
Bonsoir, on vous paie demain sans faute.
""", inv="F-2026-0044", q="gm", offset="+0400", tz="Indian/Reunion", country="RE", promise_date="2026-11-17",
   note="debtor in Réunion (+0400): mail written Mon 16 Nov 00:30 local (Sun 15 Nov in Paris); 'demain' = 17 Nov local. Reads as just after midnight, a human might mean 16 Nov"),

C("2026-11-24 08:10", "Sylvie Ursulet <s.ursulet@wanadoo.fr>", "promise", """
Bonjour,
Je vous règle le 1er décembre.
Cordialement
""", inv="F-2026-0054", q="gm", offset="-0400", tz="America/Martinique", country="MQ", promise_date="2026-12-01"),

C("2026-11-27 12:15", "Romain Leclerc <romain@leclerc-design.fr>", "promise", """
Hello, vs aurez le virement d'ici mercredi.
Romain
""", inv="F-2026-0063", q="ap", sig=IPHONE, promise_date="2026-12-02", note="'mercredi' after Fri 27 Nov = 2 Dec"),

C("2026-12-14 18:02", "Caroline Vidal <caroline.vidal@vidal-traiteur.fr>", "promise", """
Promis, c'est fait avant Noël ! Belle soirée
""", inv="F-2026-0072", q="gm", note="'avant Noël': before 25 Dec, no exact date labelled"),

C("2026-12-09 11:50", "Mathieu Gauthier <m.gauthier@gauthier-ebenisterie.fr>", "promise", """
Bonjour,

J'ai réglé une partie le mois dernier. Je règle le solde le 8, c'est le jour où tombent nos encaissements.

Mathieu
""", inv="F-2026-0070", stage="second_reminder", q="ol", promise_date="2027-01-08",
   note="'le 8' on 9 Dec = next 8th = 8 Jan 2027"),

C("2026-11-20 17:26", "Nadia Chevalier <nadia.chevalier@neuf.fr>", "promise", """
Bonjour
Réglement programmé pour le 30/11, merci de patienter jusque la.
Cdt
N Chevalier
""", inv="F-2026-0052", q="gm", promise_date="2026-11-30"),

C("2026-11-28 10:00", "Stéphane Robin <stephane.robin@robin-couverture.fr>", "promise", """
Bonjour,

Je suis en congés en ce moment, je ferai le virement à mon retour, le 7 décembre.

Cordialement,
Stéphane Robin
""", inv="F-2026-0064", q="ap", sig=IPHONE, promise_date="2026-12-07", note="a human reply, not an auto-reply, though it mentions holidays"),

C("2026-12-03 09:37", "Émilie Arnaud <emilie.arnaud@arnaud-avocats.fr>", "promise", """
Bonjour,

Oui, désolée, c'est passé à la trappe avec la clôture. Je m'en occupe dans la journée.

Émilie Arnaud
Assistante comptable
Arnaud & Associés – 22 cours Lafayette, 69003 Lyon
""", inv="F-2026-0067", q="ol", html="ol", promise_date="2026-12-03"),

C("2026-12-14 08:44", "Bruno Henry <bruno.henry@henry-carrelage.fr>", "promise", """
Bonjour,
Je fais le virement jeudi. C'est bien toujours le même IBAN que sur vos anciennes factures ?
Merci
Bruno
""", inv="F-2026-0073", q="gm", promise_date="2026-12-17", note="promise plus a question about the IBAN; 'jeudi' = Thu 17 Dec"),

C("2026-11-18 13:05", "Agence Mistral <admin@agence-mistral.fr>", "promise", """
Bonjour,

Les deux factures seront réglées ensemble le 25/11.

Cordialement,
Agence Mistral
""", inv="F-2026-0043, F-2026-0047", q="gm", promise_date="2026-11-25"),

# ---------------------------------------------------------------- paid
C("2026-11-04 10:18", "Laurent Mercier <laurent.mercier@mercier-sa.fr>", "paid", """
Bonjour,

Le virement est parti ce matin.

Cordialement,
L. Mercier
""", inv="F-2026-0013", q="ol", paid_on="2026-11-04"),

C("2026-11-05 12:00", "jacqueline.roy@orange.fr", "paid", """
C'est réglé.
""", inv="F-2026-0015", q="gm"),

C("2026-11-10 09:02", "Patrick Faure <patrick.faure@faure-plomberie.fr>", "paid", """
Bonjour,

Vous devriez l'avoir reçu, le virement a été fait vendredi dernier.

Patrick Faure
""", inv="F-2026-0025", q="ol", paid_on="2026-11-06", note="'vendredi dernier' on Tue 10 Nov = 6 Nov"),

C("2026-11-13 08:30", "Monique André <monique.andre@gmail.com>", "paid", """
Bonjour, j'ai posté le chèque hier. Bonne journée. Monique André
""", inv="F-2026-0030", q="ap", paid_on="2026-11-12"),

C("2026-11-05 19:12", "Alexandre Roussel <alex.roussel@outlook.fr>", "paid", """
Bonjour,
Payé le 02/11 par CB sur votre lien, j'ai reçu la confirmation.
Alexandre
""", inv="F-2026-0016", q="gm", paid_on="2026-11-02"),

C("2026-11-20 15:15", "M. Brunet <brunet.jl@free.fr>", "paid", """
J'AI PAYÉ IL Y A 10 JOURS !!! Vérifiez vos comptes avant d'envoyer des menaces.
""", inv="F-2026-0045", stage="firm", q="gm", note="'il y a 10 jours' is approximate, no paid_on labelled"),

C("2026-11-18 11:45", "Compta Ets Gaillard <comptabilite@ets-gaillard.fr>", "paid", """
Bonjour,

Veuillez trouver ci-joint l'avis de virement du 16 novembre.

Cordialement,
Service comptabilité
Ets Gaillard
""", inv="F-2026-0048", q="ol", attach="Avis_de_virement_16112026.pdf", paid_on="2026-11-16"),

C("2026-11-23 10:05", "Comptabilité fournisseurs <cf@hotel-des-remparts.fr>", "paid", """
Bonjour,

Nous vous informons que la facture F-2026-0034 a été réglée par virement SEPA en date du 20/11/2026 (référence VIR-2026-11-4481).

Nous vous remercions de bien vouloir mettre à jour votre relevé.

Cordialement,

Karine Laurent
Comptabilité fournisseurs
Hôtel des Remparts – 3 place du Château, 84000 Avignon
Tél. 04 90 12 34 77
""", inv="F-2026-0034", stage="second_reminder", q="ol", html="ol", paid_on="2026-11-20"),

C("2026-11-27 07:51", "sebastien.colin@laposte.net", "paid", """
c fait ce matin
""", inv="F-2026-0041", q="ap", sig=IPHONE, paid_on="2026-11-27", note="'c fait' = c'est fait, payment done this morning"),

C("2026-11-05 14:22", "Valérie Lemoine <valerie@lemoine-fleurs.fr>", "paid", """
Bonjour,

Le paiement a été effectué le 3 novembre, il s'agit sans doute d'un croisement de mails.

Bonne fin de journée,
Valérie Lemoine
""", inv="F-2026-0018", stage="heads_up", q="gm", paid_on="2026-11-03"),

C("2026-11-25 16:48", "Hugo Lefebvre <hugo.lefebvre@agence-lefebvre.fr>", "paid", """
Bonjour,

Je l'ai réglée en même temps que la F-2026-0029, en un seul virement de 2 180 €. Vous devriez le retrouver sous le libellé AGENCE LEFEBVRE.

Hugo
""", inv="F-2026-0037", q="gm", extra_known=["F-2026-0029"]),

C("2026-12-02 10:10", "Me Sabatier <cabinet@sabatier-avocat.fr>", "paid", """
Madame, Monsieur,

Cette facture a été payée intégralement le 12 octobre, votre mise en demeure est donc sans objet. Vous trouverez ci-joint la preuve du virement.

Je vous remercie de bien vouloir procéder aux vérifications nécessaires et de me confirmer la clôture de ce dossier.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Maître Claire Sabatier
Avocat au Barreau de Lyon
""", inv="F-2026-0028", stage="formal_notice", q="ol", attach="preuve_virement.pdf", paid_on="2026-10-12"),

C("2026-11-12 09:33", "Francis Dupuis <francis.dupuis@dupuis-peinture.fr>", "paid", """
Bonjour,
Réglé par chèque n° 4471203 envoyé le 9/11.
Salutations
F. Dupuis
""", inv="F-2026-0032", q="tb", paid_on="2026-11-09", note="cheque posted on 9 Nov"),

C("2026-11-26 11:11", "Trésorerie <tresorerie@maison-berthier.fr>", "paid", """
Bonjour,

Le virement a été programmé ce jour et sera visible sur votre compte sous 48 h.

Cordialement,
La trésorerie
""", inv="F-2026-0040", q="ol", paid_on="2026-11-26", note="transfer ordered today (programmé ce jour), arrives within 48 h"),

C("2026-12-02 08:20", "Claire Lacroix <claire.lacroix@gmail.com>", "paid", """
Bonjour, on a payé via le lien hier soir, vous avez dû recevoir la confirmation. Bonne journée !
""", inv="F-2026-0069", q="gm", paid_on="2026-12-01"),

C("2026-11-17 21:40", "Antoine Meyer <antoine.meyer@icloud.com>", "paid", """
Déjà payé.
""", inv="F-2026-0036", q="ap", sig=IPHONE),

C("2026-11-24 17:02", "EURL Picard <eurl.picard@orange.fr>", "paid", """
Bonjour,
Règlement effectué ce jour par virement.
Cordialement
""", inv="F-2026-0038", q="gm", paid_on="2026-11-24"),

C("2026-11-03 08:07", "Didier Renard <didier.renard@renard-auto.fr>", "paid", """
Vous avez été payés le 30/10 !
""", inv="F-2026-0011", q="gm", paid_on="2026-10-30"),

C("2026-11-23 13:40", "Brigitte Collet <b.collet@collet-sarl.fr>", "paid", """
Bonjour Madame,

Je me permets de revenir vers vous suite à votre relance. Notre expert-comptable m'a confirmé avoir procédé au règlement de la facture le 19 novembre, pour un montant de 1 018,40 €, depuis notre compte au Crédit Agricole. Le délai de traitement entre nos deux banques explique sans doute que vous ne le voyiez pas encore.

Si toutefois vous ne le receviez pas d'ici la fin de la semaine, n'hésitez pas à me le signaler, je ferai faire une recherche.

Je vous souhaite une bonne journée.

Brigitte Collet
""", inv="F-2026-0022", amt=1018.40, q="gm", html="gm", paid_on="2026-11-19"),

C("2026-12-10 12:30", "mickael.girard@gmail.com", "paid", """
slt c regle depuis lundi
""", inv="F-2026-0071", q="gm", paid_on="2026-12-07", note="'depuis lundi' on Thu 10 Dec = Mon 7 Dec"),

C("2026-11-30 10:25", "Compta Les Jardins d'Eden <compta@jardins-eden.fr>", "paid", """
Bonjour,

Les factures F-2026-0051 et F-2026-0054 ont été réglées ensemble le 25 novembre par un virement unique.

Cordialement,
""", inv="F-2026-0051, F-2026-0054", q="ol", paid_on="2026-11-25"),

C("2026-11-19 20:15", "Jean Perrot <jean.perrot@sfr.fr>", "paid", """
Bonsoir,
Mon épouse a fait le virement la semaine dernière, vous devriez l'avoir.
Jean Perrot
""", inv="F-2026-0020", q="ap", note="'la semaine dernière' is not a day, no paid_on"),

C("2026-12-08 09:00", "Ostéo Bien-Être <contact@osteo-bienetre.fr>", "paid", """
Bonjour,

Le prélèvement a dû passer le 5, pouvez-vous vérifier de votre côté ?

Merci
""", inv="F-2026-0074", q="gm", paid_on="2026-12-05", note="says the direct debit should have gone through on the 5th (past, 5 Dec); also asks to check"),

C("2026-11-20 18:05", "Eric Moulin <eric.moulin@moulin-charpente.fr>", "paid", """
Bonjour,

Je vous ai remis un chèque en main propre, à votre technicien, mardi lors de son passage.

Eric Moulin
""", inv="F-2026-0045", stage="second_reminder", q="ol", paid_on="2026-11-17"),

C("2026-11-16 10:44", "Sophie Marie <sophie.marie@hotmail.com>", "paid", """
Bonjour, j'ai payé en espèces au magasin le 14, on m'a fait un reçu.
""", inv="F-2026-0044", q="gm", paid_on="2026-11-14"),

C("2026-11-27 14:02", "Cédric Bonnet <cedric.bonnet@bonnet-ingenierie.fr>", "paid", """
Paiement fait, voici la référence de l'opération : 2026112700045
""", inv="F-2026-0050", q="ol"),

C("2026-12-04 09:12", "Comptabilité Dewaele <compta@dewaele-menuiserie.be>", "paid", """
Bonjour,

Le paiement a été exécuté hier via notre banque (Belfius). Il devrait vous parvenir d'ici un ou deux jours.

Bien à vous,
Sarah Dewaele
""", inv="F-2026-0068", q="gm", tz="Europe/Brussels", country="BE", paid_on="2026-12-03"),

C("2026-12-07 19:50", "Gilles Baron <gillesbaron@free.fr>", "paid", """
C'est bon c'est payé depuis la semaine dernière, arrêtez de m'écrire.
""", inv="F-2026-0066", stage="second_reminder", q="gm", note="says paid and asks to stop writing; primary intent paid"),

C("2026-12-03 15:33", "Nicolas Fournier <n.fournier@fournier-freres.fr>", "paid", """
Bonjour,

Vous avez dû recevoir le règlement entre-temps : virement émis le 1er décembre.

Bien cordialement,
Nicolas Fournier
""", inv="F-2026-0057", q="ol", html="ol", paid_on="2026-12-01"),

C("2026-12-16 11:27", "Agnès Hubert <agnes.hubert@hubert-opticiens.fr>", "paid", """
Bonjour,

Je vous confirme que le règlement de la facture est parti aujourd'hui par virement.

Agnès Hubert
Hubert Opticiens
12 Grande Rue, 25000 Besançon
03 81 52 63 74
""", inv="F-2026-0075", q="ol", html="ol", paid_on="2026-12-16"),

# ---------------------------------------------------------------- dispute
C("2026-11-06 09:40", "Franck Lemaire <franck.lemaire@gmail.com>", "dispute", """
Bonjour,

Je conteste cette facture : le chantier n'est pas terminé, les finitions de la salle de bain restent à faire (joints, silicone, pose des accessoires). Je réglerai quand les travaux seront achevés.

Franck Lemaire
""", inv="F-2026-0019", q="gm"),

C("2026-11-09 11:10", "Société Delmas <contact@delmas-sas.fr>", "dispute", """
Bonjour,

Le montant est erroné : le devis signé était de 980 € HT, soit 1 176 € TTC, et vous nous facturez 1 240,00 €. Merci de nous adresser une facture rectificative.

Cordialement,
Jérôme Delmas
""", inv="F-2026-0024", amt=1240.00, q="ol"),

C("2026-11-12 14:55", "Achats Clinique du Parc <achats@clinique-du-parc.fr>", "dispute", """
Bonjour,

Nous n'avons jamais commandé cette prestation et ne trouvons aucun bon de commande correspondant. Merci de vérifier vos fichiers.

Service achats
""", inv="F-2026-0031", q="ol", html="ol"),

C("2026-11-13 10:22", "Pascal Barbier <p.barbier@barbier-industrie.fr>", "dispute", """
Bonjour,

Les pièces livrées étaient défectueuses (défaut d'usinage sur 12 des 40 pièces). Nous les avons retournées le 28 octobre et attendons toujours votre avoir. Nous ne réglerons pas cette facture en l'état.

Pascal Barbier
Responsable qualité
""", inv="F-2026-0026", q="gm"),

C("2026-11-18 08:03", "manu.riviere@orange.fr", "dispute", """
c'est une blague ? vous avez facturé deux fois la même intervention, une fois en octobre et encore là
""", inv="F-2026-0049", q="ap", sig=IPHONE),

C("2026-11-20 10:37", "Comptabilité Nexa <compta@nexa-services.fr>", "dispute", """
Bonjour,

Cette facture fait doublon avec la F-2026-0031, qui porte sur la même prestation et que nous avons déjà réglée. Merci de l'annuler.

Cordialement,
""", inv="F-2026-0052", q="ol", extra_known=["F-2026-0031"], note="duplicate invoice: contests this one, says the other one was paid"),

C("2026-11-23 16:15", "Jean-Pierre Lucas <jp.lucas@free.fr>", "dispute", """
Bonjour,

Vous avez appliqué une TVA de 20 % alors que les travaux portent sur un logement de plus de deux ans et relèvent du taux réduit de 10 %. Je vous avais remis l'attestation simplifiée avant le début du chantier. Merci de corriger la facture.

Jean-Pierre Lucas
""", inv="F-2026-0047", q="gm"),

C("2026-11-26 09:50", "Direction financière <daf@logistique-ouest.fr>", "dispute", """
Madame, Monsieur,

Nous refusons de payer les pénalités de retard et l'indemnité forfaitaire de 40 € : le retard est dû à votre facture, envoyée à une adresse qui n'est plus la nôtre depuis mai. Nous réglerons le principal, mais pas ces frais.

Cordialement,
DAF – Logistique Ouest
""", inv="F-2026-0041", stage="firm", q="ol", note="contests the late charges only, will pay the principal"),

C("2026-11-24 11:30", "Réception Hôtel Bellevue <reception@hotel-bellevue-annecy.fr>", "dispute", """
Bonjour,
Livraison incomplète : 3 cartons manquants sur 8, le BL a été signé avec réserves. Merci de faire le nécessaire avant que nous réglions.
""", inv="F-2026-0055", q="gm"),

C("2026-11-16 15:00", "Service Comptabilité Fournisseurs <ap@vertigo-retail.fr>", "dispute", """
Bonjour,

Votre facture ne mentionne pas notre numéro de bon de commande et ne peut donc pas être traitée. Merci de la réémettre en indiquant le n° PO-88412.

Cordialement,
Comptabilité fournisseurs
Vertigo Retail
""", inv="F-2026-0038", q="ol", html="ol", note="invoice rejected for a missing PO number, asks for a re-issued invoice"),

C("2026-11-30 12:12", "Marine Lemoine <marine.lemoine@lemoine-archi.fr>", "dispute", """
Bonjour,

Je ne suis pas d'accord avec le nombre d'heures facturées : 14 h au lieu des 9 h prévues au devis, sans que personne ne m'ait prévenue d'un dépassement.

Marine
""", inv="F-2026-0060", q="gm"),

C("2026-12-04 17:40", "SCI Les Tilleuls <gestion@sci-tilleuls.fr>", "dispute", """
Madame, Monsieur,

Nous contestons formellement votre mise en demeure. La prestation n'a pas été réalisée conformément au cahier des charges, comme nous vous l'avons signalé à plusieurs reprises. Un courrier recommandé détaillant nos griefs suit.

Le gérant
""", inv="F-2026-0035", stage="formal_notice", q="ol"),

C("2026-11-11 18:20", "Chloé Garnier <chloe.garnier@gmail.com>", "dispute", """
Bonjour, je n'ai jamais reçu la commande, j'ai ouvert un litige auprès de ma banque.
""", inv="F-2026-0029", q="gm"),

C("2026-11-19 09:10", "Ets Roger <ets.roger@wanadoo.fr>", "dispute", """
Bonjour,
La remise de 10 % convenue avec M. Dupont au téléphone n'a pas été appliquée. Merci de nous envoyer une facture corrigée.
Cdlt
""", inv="F-2026-0046", q="tb"),

C("2026-12-01 14:05", "Benoît Marchal <benoit.marchal@marchal-btp.fr>", "dispute", """
Bonjour,

Vous me réclamez 1 506,00 € mais j'ai versé un acompte de 500 € à la commande, il ne reste donc que 1 006 € à payer. Je règle ce montant dès que vous m'aurez confirmé.

Benoît Marchal
""", inv="F-2026-0063", amt=1506.00, q="gm", note="wrong amount (deposit not deducted); conditional willingness to pay the balance"),

C("2026-11-25 19:58", "dom.petitjean@sfr.fr", "dispute", """
cette facture est pas pour nous on a jamais travaillé avec vous
""", inv="F-2026-0056", q="ap"),

C("2026-12-09 10:45", "Restaurant Le Galion <legalion.resto@gmail.com>", "dispute", """
Bonjour,

Le matériel est en panne depuis l'installation, la chambre froide ne descend pas en dessous de 8 °C. On ne paiera pas tant que ce n'est pas réparé.

Karim, Le Galion
""", inv="F-2026-0070", stage="second_reminder", q="gm", html="gm"),

C("2026-12-15 11:35", "Thomas Renaud <thomas.renaud@renaud-cuisines.fr>", "dispute", """
Bonjour,

Je ne réglerai rien avant que vous soyez revenus terminer le travail, comme convenu au téléphone le 12 novembre. Cela fait un mois que j'attends.

Thomas Renaud
""", inv="F-2026-0072", stage="firm", q="ol"),

# ---------------------------------------------------------------- plan_request
C("2026-11-06 13:22", "Laetitia Gomez <laetitia.gomez@gmail.com>", "plan_request", """
Bonjour,
Serait-il possible de régler en 3 fois ?
Merci d'avance
Laetitia
""", inv="F-2026-0021", q="gm"),

C("2026-11-17 20:30", "Michel Bertrand <michel.bertrand@orange.fr>", "plan_request", """
Bonjour,

Je traverse une période difficile suite à un problème de santé. Pourrais-je payer 200 € par mois à partir de décembre ? Je tiens à honorer ma dette.

Michel Bertrand
""", inv="F-2026-0048", stage="second_reminder", q="ap"),

C("2026-11-25 09:14", "Sandra Millet <sandra.millet@millet-coiffure.fr>", "plan_request", """
Bonjour,

Je vous verse 500 € vendredi et le reste le 15 décembre, est-ce que ça vous va ?

Sandra
""", inv="F-2026-0058", q="gm", note="debtor proposes her own two-part schedule (27 Nov and 15 Dec) and asks for agreement"),

C("2026-11-27 10:40", "Gestion SAS Horizon <gestion@sas-horizon.fr>", "plan_request", """
Bonjour,

Suite à votre proposition, pouvez-vous nous accorder un échéancier sur 4 mois ?

Cordialement,
Alain Perret, gérant
""", inv="F-2026-0053", stage="firm", q="ol"),

C("2026-12-01 21:05", "kelly.ba@hotmail.fr", "plan_request", """
bonsoir possible de payer en plusieurs fois svp
""", inv="F-2026-0062", q="ap", sig=IPHONE),

C("2026-12-03 11:20", "Direction Menuiserie Lebrun <direction@menuiserie-lebrun.fr>", "plan_request", """
Madame, Monsieur,

Suite à la perte d'un client important, notre trésorerie est tendue. Nous souhaiterions étaler le règlement des factures F-2026-0064 et F-2026-0065 sur trois mensualités : fin décembre, fin janvier et fin février.

Nous restons à votre disposition pour en discuter.

Cordialement,
Jean Lebrun
Menuiserie Lebrun
4 ZA des Sables, 44800 Saint-Herblain
02 40 63 18 27
""", inv="F-2026-0064, F-2026-0065", stage="firm", q="ol", html="ol"),

C("2026-12-10 14:48", "Amandine Poirier <amandine.poirier@poirier-deco.fr>", "plan_request", """
Bonjour,

Accepteriez-vous un paiement en deux fois, la moitié maintenant et l'autre moitié en janvier ?

Bien à vous,
Amandine
""", inv="F-2026-0071", q="gm"),

C("2026-11-30 16:00", "Isabelle Carré <isabelle.carre@carre-events.fr>", "plan_request", """
Bonjour,

Suite à votre proposition d'étudier un échéancier, je suis intéressée. Quelles seraient les modalités possibles ?

Isabelle Carré
""", inv="F-2026-0059", stage="firm", q="gm", html="gm"),

C("2026-12-11 22:40", "jordan.mallet@gmail.com", "plan_request", """
je peux pas tout payer d'un coup, je peux faire 150/mois
""", inv="F-2026-0073", q="gm"),

C("2026-12-17 10:05", "Cabinet Morin Expertise <contact@morin-expertise.fr>", "plan_request", """
Madame, Monsieur,

Nous accusons réception de votre mise en demeure. Compte tenu de nos difficultés de trésorerie actuelles, nous sollicitons un délai de paiement sous forme de six mensualités égales, la première pouvant intervenir le 15 janvier.

Nous vous remercions par avance de l'attention portée à notre demande.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Hervé Morin
""", inv="F-2026-0067", stage="formal_notice", q="ol", note="asks for 6 monthly instalments; 15 Jan is the proposed first instalment, not a promise date"),

# ---------------------------------------------------------------- out_of_office
C("2026-11-05 10:03", "Nathalie Lefort <n.lefort@lefort-assurances.fr>", "out_of_office", """
Bonjour,

Je suis absente du bureau jusqu'au vendredi 13 novembre inclus. Je serai de retour le lundi 16 novembre.

Cordialement,
Nathalie Lefort
""", inv="F-2026-0020", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-11-16"),

C("2026-11-20 07:00", "Compta Martin Frères <compta@martin-freres.fr>", "out_of_office", """
Bonjour,

Je suis en congés du 20/11 au 30/11. Retour le 1er décembre.
En cas d'urgence, vous pouvez joindre le standard au 04 72 10 20 30.

Merci,
Julie
""", inv="F-2026-0050", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-12-01"),

C("2026-11-24 14:16", "Romain Chauvin <romain.chauvin@chauvin-metal.fr>", "out_of_office", """
Absent jusqu'au 4 décembre.
""", inv="F-2026-0053", q=None, kind="ooo", re="Absence : ", note="'jusqu'au 4 décembre' without a return day: return_date not labelled (4 Dec is a Friday; back 4 Dec, 5 Dec or 7 Dec?)"),

C("2026-11-09 10:05", "Frédéric Lebon <frederic.lebon@lebon-conseil.fr>", "out_of_office", """
Merci pour votre message.

Je suis actuellement en déplacement avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Frédéric Lebon
""", inv="F-2026-0025", q=None, kind="ooo", re="Réponse automatique : "),

C("2026-11-26 09:32", "Sarah Legrand <s.legrand@legrand-textile.fr>", "out_of_office", """
Bonjour,

Je suis actuellement absente pour raisons de santé. Votre message ne sera pas transféré.

Sarah Legrand
""", inv="F-2026-0056", q=None, kind="ooo", re="Réponse automatique : ", html="ol"),

C("2026-12-02 10:07", "Vincent Masson <vincent.masson@gmail.com>", "out_of_office", """
Bonjour, je suis en vacances et serai de retour le 7/12. Je vous répondrai à ce moment-là.
""", inv="F-2026-0057", q=None, kind="ooo", re="Re: ", return_date="2026-12-07", precedence=True),

C("2026-12-18 10:02", "Accueil Imprimerie Brun <accueil@imprimerie-brun.fr>", "out_of_office", """
Bonjour,

Nos bureaux sont fermés du 24 décembre au 3 janvier. Réouverture le lundi 4 janvier 2027.

Nous vous souhaitons de belles fêtes de fin d'année.

L'équipe de l'Imprimerie Brun
""", inv="F-2026-0074", q=None, kind="ooo", re="Réponse automatique : ", return_date="2027-01-04",
   note="auto-reply received before the closure starts (mail of 18 Dec)"),

C("2026-11-16 09:30", "Camille Dumont <camille.dumont@dumont-communication.fr>", "out_of_office", """
Bonjour,

Je suis en congé maternité et serai de retour en mars 2027. Pour toute question, merci de contacter l'accueil au 01 42 33 44 55.

Camille Dumont
""", inv="F-2026-0044", q=None, kind="ooo", re="Réponse automatique : ", note="return 'en mars 2027' has no day: no return_date"),

C("2026-11-23 14:20", "Paul Riviere <paul.riviere@riviere-export.com>", "out_of_office", """
Bonjour,

Je suis absent jusqu'au 27 novembre et serai de retour le lundi 30 novembre.

Hello,

I am out of the office until 27 November and will be back on Monday 30 November.

Paul Rivière
""", inv="F-2026-0051", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-11-30"),

C("2026-11-17 08:47", "Hugues Pons <hugues.pons@pons-distribution.fr>", "out_of_office", """
Bonjour, je suis absent cette semaine. De retour le 23.
""", inv="F-2026-0046", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-11-23"),

C("2026-11-18 10:02", "Delphine Aubert <delphine.aubert@aubert-compta.fr>", "out_of_office", """
Bonjour,

Je ne travaille pas le mercredi. Je traiterai votre message dès jeudi.

Delphine Aubert
""", inv="F-2026-0049", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-11-19",
   note="part-time absence on Wednesdays; back Thursday 19 Nov"),

C("2026-12-10 14:15", "Xavier Leroy <xavier.leroy@leroy-formation.fr>", "out_of_office", """
Bonjour,

Je suis en formation les 10 et 11 décembre, de retour le 14.

Cordialement,
Xavier Leroy
""", inv="F-2026-0071", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-12-14"),

C("2026-11-03 07:00", "Corinne Noël <corinne.noel@noel-immobilier.fr>", "out_of_office", """
Bonjour,

Je suis absente du 2 au 6 novembre. Retour prévu le 9 novembre.

Pour toute urgence : agence@noel-immobilier.fr

Corinne Noël
""", inv="F-2026-0012", q=None, kind="ooo", re="Réponse automatique : ", return_date="2026-11-09",
   note="gives an urgent-contact address but is an auto-reply absence, not a contact change"),

C("2026-12-19 09:40", "Cabinet Vasseur <secretariat@cabinet-vasseur.fr>", "out_of_office", """
Madame, Monsieur,

Le cabinet est fermé pour les fêtes jusqu'au 2 janvier inclus. Votre message sera traité à la réouverture.

Cabinet Vasseur, experts-comptables
""", inv="F-2026-0075", q=None, kind="ooo", re="Réponse automatique : ", note="'jusqu'au 2 janvier inclus' (a Saturday): reopening day not stated, return_date not labelled"),

# ---------------------------------------------------------------- copy_request
C("2026-11-04 15:30", "Aline Berger <aline.berger@berger-sante.fr>", "copy_request", """
Bonjour,

Pourriez-vous me renvoyer la facture en PDF ? Je ne la retrouve pas dans nos mails.

Merci,
Aline Berger
""", inv="F-2026-0014", q="gm"),

C("2026-11-10 17:20", "Loïc Tessier <loic.tessier@gmail.com>", "copy_request", """
Bonjour, je n'ai jamais reçu cette facture, vous pouvez me l'envoyer ? Je paierai à réception.
""", inv="F-2026-0027", q="gm", note="asks for the invoice; says he will pay once received (no date)"),

C("2026-11-19 11:05", "Comptabilité Duval <comptabilite@duval-transports.fr>", "copy_request", """
Bonjour,

Merci de nous adresser un duplicata de la facture F-2026-0036, l'original a été égaré lors de notre déménagement.

Cordialement,
Service comptabilité
""", inv="F-2026-0036", stage="second_reminder", q="ol"),

C("2026-11-25 08:58", "René Moreau <rene.moreau@orange.fr>", "copy_request", """
Bonjour
Le lien ne fonctionne pas chez moi, pouvez-vous m'envoyer la facture par mail en pièce jointe ?
Merci
""", inv="F-2026-0054", q="tb"),

C("2026-12-01 09:25", "Achats Le Comptoir Gourmand <achats@comptoir-gourmand.fr>", "copy_request", """
Bonjour,

Pourriez-vous nous faire parvenir une copie de la facture ainsi que du bon de livraison correspondant ? Notre service comptable en a besoin pour valider le paiement.

Bien cordialement,
Élise Martin
Le Comptoir Gourmand
""", inv="F-2026-0061", q="ol", html="ol"),

C("2026-11-13 13:13", "gerard.lopez@free.fr", "copy_request", """
C'est quoi cette facture ? Envoyez-moi le détail svp, je ne m'en souviens pas.
""", inv="F-2026-0030", q="gm", note="half a question: asks for the detailed invoice"),

C("2026-12-06 20:45", "Inès <ines.haddad@gmail.com>", "copy_request", """
bonsoir vs pouvez me renvoyer la facture stp jlai supprimée par erreur
""", inv="F-2026-0069", q="ap", sig=IPHONE),

C("2026-12-11 10:12", "Gestion Pharmacie Centrale <gestion@pharmacie-centrale-vichy.fr>", "copy_request", """
Bonjour,

Pourriez-vous nous renvoyer les factures F-2026-0066 et F-2026-0073 ? Le PDF joint à votre premier envoi était illisible.

Merci d'avance,
Pharmacie Centrale
""", inv="F-2026-0066, F-2026-0073", q="gm"),

# ---------------------------------------------------------------- contact_change
C("2026-11-09 10:50", "Robert Roux <robert.roux@menuiserie-roux.fr>", "contact_change", """
Bonjour,

Merci d'adresser désormais vos relances à notre service comptable : compta@menuiserie-roux.fr

Cordialement,
Robert Roux
""", inv="F-2026-0023", q="ol", new_email="compta@menuiserie-roux.fr"),

C("2026-11-18 16:35", "Jacques Guillot <j.guillot@guillot-sa.fr>", "contact_change", """
Bonjour,

Je ne m'occupe plus de la comptabilité de la société depuis le mois dernier. Écrivez à Mme Garnier : s.garnier@guillot-sa.fr

Jacques Guillot
""", inv="F-2026-0047", q="gm", new_email="s.garnier@guillot-sa.fr"),

C("2026-11-27 11:44", "Facturation HLB <facturation@hlb-groupe.fr>", "contact_change", """
Bonjour,

Nouvelle adresse pour la facturation : factures@groupe-hlb.fr. La présente adresse ne sera plus consultée après le 31/12.

Cordialement,
Groupe HLB
""", inv="F-2026-0063", q="ol", new_email="factures@groupe-hlb.fr"),

C("2026-12-03 19:20", "Sylvie Martin <sylvie.martin59@orange.fr>", "contact_change", """
ecrivez plutot a mon mari jp.martin@orange.fr c lui qui gere les factures
""", inv="F-2026-0062", q="ap", sig=IPHONE, new_email="jp.martin@orange.fr"),

C("2026-12-07 09:18", "Laura Brun <laura.brun@cabinet-brun-associes.fr>", "contact_change", """
Bonjour,

Suite à la réorganisation de notre service administratif, merci de mettre à jour vos fichiers : le contact pour toute question de facturation est désormais M. Thomas Brun, thomas.brun@cabinet-brun-associes.fr.

Je lui transmets votre message.

Bien cordialement,
Laura Brun
""", inv="F-2026-0068", q="ol", html="ol", new_email="thomas.brun@cabinet-brun-associes.fr"),

C("2026-12-14 14:10", "Accounts Payable <noreply-ap@novalis-group.com>", "contact_change", """
Bonjour,

Cette boîte n'est pas surveillée. Merci d'envoyer vos factures et relances à ap-invoices@novalis-group.com en indiquant notre numéro de commande.

Novalis Group – Accounts Payable
""", inv="F-2026-0072", q=None, new_email="ap-invoices@novalis-group.com", note="sent by a person-less AP mailbox but not an absence auto-reply"),

# ---------------------------------------------------------------- bank_details
C("2026-11-05 09:44", "Patricia Rey <patricia.rey@rey-traduction.fr>", "bank_details", """
Bonjour,

Pouvez-vous m'envoyer votre RIB ? Je préfère payer par virement plutôt que par le lien.

Merci,
Patricia Rey
""", inv="F-2026-0017", q="gm"),

C("2026-11-24 15:05", "Compta Atelier 9 <compta@atelier9.fr>", "bank_details", """
Bonjour,

Le RIB figurant sur la facture est-il toujours valable ? Notre banque nous signale que le nom du bénéficiaire ne correspond pas au titulaire du compte.

Cordialement
""", inv="F-2026-0040", q="ol"),

C("2026-12-01 10:55", "Trésorerie Boissons du Sud <tresorerie@boissons-du-sud.fr>", "bank_details", """
Bonjour,

Attention, nos coordonnées bancaires ont changé. Pour vos prochains prélèvements, voici notre nouvel IBAN : FR76 3000 4012 3400 0101 2345 678 (BNP Paribas).

Cordialement,
La trésorerie
""", inv="F-2026-0060", q="ol", html="ol", note="the debtor's own IBAN changed (for direct debits)"),

C("2026-12-08 12:40", "anthony.leger@laposte.net", "bank_details", """
bonjour merci de m envoyer un iban il y en a pas sur la facture
""", inv="F-2026-0070", q="gm"),

C("2026-12-15 09:02", "Martine Gilbert <m.gilbert@gilbert-pepinieres.fr>", "bank_details", """
Bonjour,

Nous avons reçu hier un mail à votre nom nous indiquant un changement de vos coordonnées bancaires. Pouvez-vous nous le confirmer par téléphone avant que nous fassions le virement ? Cela ressemble à une tentative de fraude.

Martine Gilbert
Gilbert Pépinières
""", inv="F-2026-0073", stage="second_reminder", q="ol"),

# ---------------------------------------------------------------- unsubscribe
C("2026-11-06 12:30", "Georges Lambert <georges.lambert@free.fr>", "unsubscribe", """
Merci de ne plus m'envoyer ces mails.
""", inv="F-2026-0022", q="gm"),

C("2026-11-14 10:10", "maxime.perrier@gmail.com", "unsubscribe", """
STOP
""", inv="F-2026-0032", q="gm"),

C("2026-11-20 21:15", "Léa Charpentier <lea.charpentier@hotmail.fr>", "unsubscribe", """
désinscrivez moi de cette liste svp
""", inv="F-2026-0052", q="ap", sig=IPHONE),

C("2026-11-25 13:50", "Alain Prevost <alain.prevost@orange.fr>", "unsubscribe", """
Bonjour,
Je ne connais pas votre société. Retirez mon adresse de vos fichiers.
""", inv="F-2026-0058", q="gm", note="says he does not know the firm (could also be read as a dispute); main request is removal"),

C("2026-12-02 09:10", "Mme Bourgeois <bourgeois.annie@wanadoo.fr>", "unsubscribe", """
Bonjour,

Je ne souhaite plus recevoir de relances par e-mail. Merci de m'adresser uniquement des courriers papier à mon domicile.

Annie Bourgeois
""", inv="F-2026-0064", q="tb"),

C("2026-12-09 23:05", "Rudy Schmitt <rudy.schmitt@sfr.fr>", "unsubscribe", """
Arrêtez de me harceler avec vos mails, je ne veux plus rien recevoir de votre part.
""", inv="F-2026-0067", stage="second_reminder", q="gm"),

C("2026-12-12 10:30", "Juliette Marchetti <juliette.marchetti@protonmail.com>", "unsubscribe", """
Madame, Monsieur,

Conformément au Règlement général sur la protection des données (RGPD), je vous demande de supprimer mon adresse e-mail de vos listes d'envoi et de me confirmer cette suppression.

Juliette Marchetti
""", inv="F-2026-0071", q="gm", html="gm"),

# ---------------------------------------------------------------- bounce
C("2026-11-09 10:03", "MAILER-DAEMON@mail.atelier-dupont.fr (Mail Delivery System)", "bounce", "", kind="bounce",
  inv="F-2026-0024", lag=0, subject="Undelivered Mail Returned to Sender", mta="mail.atelier-dupont.fr",
  rcpt="compta@sarl-vidal-renov.fr", status="5.1.1", diag="550 5.1.1 <compta@sarl-vidal-renov.fr>: Recipient address rejected: User unknown in virtual mailbox table",
  human="""
This is the mail system at host mail.atelier-dupont.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<compta@sarl-vidal-renov.fr>: host mx.sarl-vidal-renov.fr[51.91.12.40] said:
    550 5.1.1 <compta@sarl-vidal-renov.fr>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""),

C("2026-11-23 08:46", "Postmaster <postmaster@cabinet-arnoux.fr>", "bounce", "", kind="bounce",
  inv="F-2026-0055", stage="second_reminder", lag=0, subject="Non remis : Deuxième relance : facture F-2026-0055 impayée – Atelier Dupont",
  mta="PA4P190MB1234.EURP190.PROD.OUTLOOK.COM", rcpt="j.arnoux@cabinet-arnoux.fr", status="5.4.1",
  remote="cabinetarnoux-fr.mail.protection.outlook.com",
  diag="550 5.4.1 Recipient address rejected: Access denied. [AM0PR01MB5678.eurprd01.prod.exchangelabs.com]", headers_only=True,
  human="""
Impossible de remettre le message à ces destinataires ou groupes :

j.arnoux@cabinet-arnoux.fr (j.arnoux@cabinet-arnoux.fr)
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PA4P190MB1234.EURP190.PROD.OUTLOOK.COM

j.arnoux@cabinet-arnoux.fr
Serveur distant : cabinetarnoux-fr.mail.protection.outlook.com
Code de retour : 550 5.4.1 Recipient address rejected: Access denied.
"""),

C("2026-12-05 03:12", "Mail Delivery System <MAILER-DAEMON@smtp.orange.fr>", "bounce", "", kind="bounce",
  inv="F-2026-0062", lag=0, subject="Mail delivery failed: returning message to sender", mta="smtp.orange.fr",
  rcpt="michele.fort@orange.fr", status="5.2.2", remote="mx.orange.fr",
  diag="552 5.2.2 Mailbox full: quota exceeded for michele.fort@orange.fr",
  human="""
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente. Les adresses suivantes sont en échec :

  michele.fort@orange.fr
    La boîte aux lettres du destinataire est pleine (quota dépassé).
"""),

# ---------------------------------------------------------------- other
C("2026-11-10 11:02", "Service Client Batimat Pro <serviceclient@batimat-pro.fr>", "other", """
Bonjour,

Nous accusons bonne réception de votre message. Il a été enregistré sous le numéro de ticket #458219 et sera traité par nos équipes dans un délai de 72 heures ouvrées.

Ceci est un message automatique, merci de ne pas y répondre.
""", inv="F-2026-0026", q=None, kind="ooo", re="Accusé de réception : ", note="automatic ticket acknowledgement (Auto-Submitted), not an absence"),

C("2026-11-12 09:00", "Hélène Vasseur <helene.vasseur@gmail.com>", "other", """
Merci
""", inv="F-2026-0029", q="gm", note="bare thanks, no intent"),

C("2026-11-16 14:40", "Cabinet Dentaire Lumière <contact@dentaire-lumiere.fr>", "other", """
Bonjour,

Bien reçu, je transmets à notre comptable.

Bonne journée,
Pauline, assistante
""", inv="F-2026-0033", q="ol", note="assistant forwarding to the accountant, no commitment"),

C("2026-11-21 10:15", "Fabien Roy <fabien.roy@roy-services.fr>", "other", """
Bonjour,

Pouvez-vous m'appeler au 06 12 34 56 78 ? Je préfère en parler de vive voix.

Fabien Roy
""", inv="F-2026-0045", stage="firm", q="gm"),

C("2026-12-04 11:30", "Compta Lumen <compta@lumen-eclairage.fr>", "other", """
Bonjour,

Quel est le montant exact à régler, pénalités comprises, si nous payons la semaine prochaine ?

Merci
""", inv="F-2026-0035", stage="formal_notice", q="ol", note="question about the amount with penalties; 'la semaine prochaine' is hypothetical, not a commitment"),

C("2026-11-26 16:50", "Direction Ateliers Mercure <direction@ateliers-mercure.fr>", "other", """
Madame, Monsieur,

Nous vous informons que notre société a été placée en liquidation judiciaire par jugement du tribunal de commerce de Lyon du 4 novembre 2026. Nous vous invitons à déclarer votre créance auprès du liquidateur judiciaire, Maître Pascale Rigaud, 15 quai Saint-Antoine, 69002 Lyon.

Cordialement,
La direction
""", inv="F-2026-0039", stage="repeat", q="ol", html="ol", note="insolvency notice: the claim must be filed with the liquidator"),

C("2026-12-09 08:35", "Jean Dufour <jean.dufour@dufour-elec.fr>", "other", """
Bonjour, est-ce que je peux payer par carte bancaire ? Je n'ai pas de chéquier pro.
""", inv="F-2026-0070", q="gm", note="question about payment means"),

C("2026-12-16 09:58", "Sophie Clement <sophie.clement@clement-bois.fr>", "other", """
Bonjour Sophie, peux-tu regarder ça stp ? Je ne sais pas si on l'a déjà payée. Merci !
""", inv="F-2026-0075", q="gm", re="TR: ", cc="sophie.gautier@clement-bois.fr",
   note="internal forward to a colleague sent to the reply address by mistake"),

C("2026-11-30 08:15", "Marc Antoine <marc.antoine@antoine-sarl.fr>", "other", """
Bonjour,

C'est pour quelle prestation exactement ? Je ne vois pas de quoi il s'agit.

Marc Antoine
""", inv="F-2026-0059", q="gm", note="asks what the invoice is for (could lead to a copy request or a dispute)"),
]

_order = list(range(len(_L)))
random.Random(20261102).shuffle(_order)
CASES = []
for n, i in enumerate(_order, 1):
    c = dict(_L[i])
    c["id"] = f"fr{n:03d}"
    CASES.append(c)
CASES.sort(key=lambda c: c["id"])
