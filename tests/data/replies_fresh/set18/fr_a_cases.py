"""fr_a: French debtors replying to Imprimerie Berthelot SARL (Angers). Each reply written by hand."""

CASES = [
    dict(id="s18fra001", country="FR", date="2026-12-09T18:42", fmt="apple", stage="reminder", ago=2,
         inv="FA-2026-1142", amt="385,00", due="2026-11-20",
         frm="Julien Marais <julien.marais.plomberie@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Transfer on Friday; reply sent Wednesday 9 Dec -> Friday 11 Dec.",
         body="""Ok je fais le virement vendredi

Envoyé de mon iPhone"""),

    dict(id="s18fra002", country="FR", date="2026-12-08T10:15", fmt="html_outlook", stage="reminder", ago=1,
         inv="FA-2026-1187", amt="2 964,00", due="2026-11-30",
         frm="Comptabilité Fournisseurs <comptabilite.fournisseurs@groupe-valmonde.com>",
         intent="paid", paid_on="2026-12-04",
         note="AP department: paid by SEPA transfer on 04/12/2026.",
         body="""Bonjour,

Nous accusons réception de votre relance.

La facture FA-2026-1187 d'un montant de 2 964,00 € TTC a été réglée par virement SEPA le 04/12/2026, lors de notre campagne de paiement hebdomadaire (référence de paiement : PAY-2026-48-00317). Les fonds devraient apparaître sur votre compte sous 24 à 48 heures ouvrées.

Nous vous remercions de ne pas tenir compte de cette relance.

Cordialement,

Élodie Ferreira
Gestionnaire Comptabilité Fournisseurs
Groupe Valmonde – Centre de Services Partagés
Tél. : +33 (0)2 40 18 62 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s18fra003", country="FR", date="2026-12-10T23:17", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-1098", amt="640,00", due="2026-11-10",
         frm="Le Comptoir de Jeanne <lecomptoirdejeanne49@gmail.com>",
         intent="dispute",
         note="Angry: printed menus full of errors, refuses to pay until reprinted or credit note.",
         body="""Vous êtes sérieux ??

Les menus de Noël que vous m'avez livrés avaient le prix du menu enfant faux (14 € au lieu de 12) et "foie gras" écrit "foi gras" sur les 200 exemplaires. Je l'ai signalé à votre commercial le jour même, on m'a dit qu'on refaisait le tirage. J'attends toujours.

Je ne paierai pas 640 € pour des menus que je ne peux pas poser sur les tables. Refaites-les correctement ou faites-moi un avoir, mais arrêtez de m'envoyer des relances.

Jeanne Morel
Le Comptoir de Jeanne"""),

    dict(id="s18fra004", country="FR", date="2026-12-21T08:03", fmt="ooo", stage="reminder", ago=3,
         inv="FA-2026-1155", amt="1 212,00", due="2026-11-30",
         frm="Christine Boulay <c.boulay@saint-clement-de-la-place.fr>",
         intent="out_of_office", return_date="2026-12-28",
         note="Town hall secretary away 21-24 Dec, back Monday 28 Dec.",
         body="""Bonjour,

Je suis absente du lundi 21 au jeudi 24 décembre inclus. Je serai de retour le lundi 28 décembre.

Pour toute demande urgente concernant l'état civil ou l'urbanisme, merci de contacter l'accueil de la mairie au 02 41 77 20 15.

Christine Boulay
Secrétaire de mairie
Mairie de Saint-Clément-de-la-Place"""),

    dict(id="s18fra005", country="FR", date="2026-12-14T21:30", fmt="tb", stage="firm", ago=4,
         inv="FA-2026-1033", amt="1 480,00", due="2026-10-31",
         frm="Patrick Hervé <tresorier@as-avrille-handball.fr>",
         intent="plan_request",
         note="Sports club asks to pay in three or four instalments; no date committed.",
         body="""Bonjour,

Je suis le trésorier de l'AS Avrillé Handball et je vous écris au sujet de la facture des calendriers et des banderoles.

Nous n'avons pas oublié cette facture, mais nos comptes sont très justes en ce moment : la vente des calendriers a moins bien marché que prévu et la subvention de la ville n'est toujours pas arrivée. Serait-il possible de régler la somme en trois ou quatre fois ? Dites-moi ce qui vous conviendrait, je le soumettrai au bureau.

Merci de votre compréhension.

Sportivement,
Patrick Hervé
Trésorier – AS Avrillé Handball
06 71 24 58 93"""),

    dict(id="s18fra006", country="FR", date="2026-12-15T14:22", fmt="outlook", stage="reminder", ago=5,
         inv="FA-2026-1120", amt="856,40", due="2026-11-25",
         frm="Service Finances CHLL <liquidation.fournisseurs@ch-layonloire.fr>",
         intent="copy_request",
         note="Public hospital never received the invoice; asks for it to be filed on Chorus Pro with its references.",
         body="""Bonjour,

Après recherche, la facture FA-2026-1120 n'a pas été reçue par nos services. Pour rappel, en tant qu'établissement public, nous ne pouvons traiter que les factures déposées sur Chorus Pro.

Merci de bien vouloir la déposer sur le portail en indiquant :
- SIRET de l'établissement : 264 900 421 00017
- Code service : FIN-APPRO
- Numéro d'engagement juridique : 2026EJ004187

Dès réception, elle sera mise en liquidation dans le délai réglementaire.

Cordialement,

Service Finances – Cellule liquidation
Centre hospitalier Layon-Loire
Tél. 02 41 59 40 00 – poste 4412"""),

    dict(id="s18fra007", country="FR", date="2026-12-18T22:51", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-1176", amt="245,00", due="2026-12-05",
         frm="Kevin Guérin <kev.guerin85@gmail.com>",
         intent="promise",
         note="Private customer will pay 'après les fêtes': vague, no date.",
         body="""bonjour
oui desole j ai pas oublié, c est un peu juste avec noel je vous regle ca apres les fetes sans faute
kevin"""),

    dict(id="s18fra008", country="FR", date="2026-12-12T10:05", fmt="html_gmail", stage="reminder", ago=2,
         inv="FA-2026-1161", amt="318,50", due="2026-12-01",
         frm="Camille Lefort <camille.lefort.mariage@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by card 'hier soir' on Saturday 12 Dec -> 11 Dec; asks for confirmation.",
         body="""Bonjour,

J'ai réglé la facture hier soir par carte bancaire via le lien de votre mail, et j'ai bien reçu la confirmation de paiement. Pouvez-vous me confirmer que c'est bon de votre côté ?

Merci encore pour les faire-part, ils étaient magnifiques !

Camille Lefort"""),

    dict(id="s18fra009", country="FR", date="2027-01-05T09:12", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA-2026-1209", amt="1 078,00", due="2026-12-15",
         frm="Yannick Lebreton <y.lebreton@transports-lebreton.fr>", cc="compta@transports-lebreton.fr",
         intent="contact_change", new_email="compta@transports-lebreton.fr",
         note="Manager no longer handles accounts; send invoices and reminders to compta@.",
         body="""Bonjour,

Je ne m'occupe plus de la comptabilité depuis le 1er janvier, c'est désormais notre nouvelle comptable, Mme Aurélie Chauvin, qui gère les règlements fournisseurs.

Merci d'envoyer vos factures et relances directement à l'adresse compta@transports-lebreton.fr (en copie), je lui transmets celle-ci.

Bonne année,

Yannick Lebreton
Gérant
Transports Lebreton SARL
ZA des Landes – 49140 Seiches-sur-le-Loir
Tél. 02 41 76 08 44 – Port. 06 09 52 17 30"""),

    dict(id="s18fra010", country="FR", date="2027-01-06T11:40", fmt="outlook", fwd=True, stage="firm", ago=2,
         inv="FA-2026-1135", amt="2 340,00", due="2026-11-30",
         frm="Sandrine Joly <s.joly@daviet-immobilier.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: payment on the 15th (January) with the other suppliers.",
         body="""Bonjour,

Suite à votre relance, je vous transfère ci-dessous la réponse de M. Daviet. Le virement sera donc programmé pour le 15 janvier.

Bien cordialement,

Sandrine Joly
Assistante de direction
Daviet Immobilier – Transactions & Gestion
3 place du Ralliement, 49000 Angers
02 41 88 14 70

-----Message d'origine-----
De : Bertrand Daviet
Envoyé : mardi 5 janvier 2027 18:52
À : Sandrine Joly
Objet : RE: relance Berthelot

Sandrine,
On paie Berthelot le 15 avec les autres fournisseurs. Pas avant, la tréso est serrée en ce début d'année. Prévenez-les.
BD"""),

    dict(id="s18fra011", country="FR", date="2026-12-16T15:08", fmt="html_outlook", stage="reminder", ago=6,
         inv="FA-2026-1149", amt="1 596,00", due="2026-11-30",
         frm="Nathalie Gauthier <n.gauthier@menuiseries-ouest-atlantique.fr>",
         intent="bank_details",
         note="Received a suspicious change-of-IBAN email; payment held until the firm confirms its bank details.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Cependant, nous avons reçu la semaine dernière un e-mail à en-tête de votre société nous informant d'un changement de coordonnées bancaires, avec un nouvel IBAN dans une banque en ligne.

Par précaution, nous avons suspendu le paiement. Pouvez-vous nous confirmer, par téléphone de préférence, si ce changement est réel ? Je suis joignable au 02 51 34 67 80.

Le règlement partira dès que nous aurons eu votre confirmation.

Cordialement,

Nathalie Gauthier
Comptabilité
Menuiseries Ouest Atlantique SAS
Parc d'activités de la Bretèche – 85300 Challans
RCS La Roche-sur-Yon 432 118 905"""),

    dict(id="s18fra012", country="FR", date="2027-01-11T13:20", fmt="tb", stage="repeat", ago=3,
         inv="FA-2026-1190", amt="96,00", due="2026-12-10",
         frm="Gérard Poirier <gerard.poirier49@free.fr>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic emails; post only.",
         body="""Bonjour,

Je ne souhaite plus recevoir ces courriels automatiques. Merci de supprimer mon adresse de votre liste d'envoi.

Si vous avez quelque chose à me dire, écrivez-moi par la poste, mon adresse figure sur votre facture.

G. Poirier"""),

    dict(id="s18fra013", country="FR", date="2026-12-08T09:04", fmt="bounce", stage="reminder",
         inv="FA-2026-1069", amt="212,40", due="2026-11-15",
         rcpt="contact@boulangerie-marchand-49.fr", status="5.1.1",
         frm="Mail Delivery System <MAILER-DAEMON@mail.imprimerie-berthelot.fr>",
         mta="mail.imprimerie-berthelot.fr", remote="mx1.mail.ovh.net",
         subj="Undelivered Mail Returned to Sender",
         diag="550 5.1.1 <contact@boulangerie-marchand-49.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is the mail system at host mail.imprimerie-berthelot.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<contact@boulangerie-marchand-49.fr>: host mx1.mail.ovh.net[51.68.12.90] said:
    550 5.1.1 <contact@boulangerie-marchand-49.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s18fra014", country="FR", date="2026-12-17T11:30", fmt="apple", stage="second_reminder", ago=2,
         inv="FA-2026-1084", amt="980,00", due="2026-11-15",
         frm="Sophie Bernier <sophie@atelier-bernier.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Partial payment: 500 EUR transferred today; balance of 480 EUR 'courant janvier' (no day).",
         body="""Bonjour,

Je viens de faire un virement de 500 € pour la facture FA-2026-1084. Je n'arrive pas à régler la totalité en une fois ce mois-ci, le reste (480 €) suivra dès que possible, courant janvier.

Désolée pour ce retard.

Sophie Bernier
Atelier Bernier – Tapisserie & décoration
12 rue Saint-Laud, Angers
06 62 18 40 77"""),

    dict(id="s18fra015", country="FR", date="2026-12-21T07:45", fmt="ooo", stage="reminder", ago=1,
         inv="FA-2026-1199", amt="3 120,00", due="2026-12-15",
         frm="Marc Olivier <marc.olivier@ligeria-agro.com>", subj_prefix="Absent du bureau : ",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave until Friday 8 January inclusive -> back Monday 11 January.",
         body="""Bonjour,

Je suis en congés jusqu'au vendredi 8 janvier 2027 inclus, avec un accès limité à ma messagerie.

Pour les questions relatives aux factures fournisseurs, merci d'écrire à fournisseurs@ligeria-agro.com. Pour toute urgence, vous pouvez joindre le standard au 02 41 33 90 00.

Cordialement,
Marc Olivier
Responsable Achats indirects – Ligeria Agro"""),

    dict(id="s18fra016", country="FR", date="2026-12-10T16:40", fmt="outlook", stage="final_notice", ago=2,
         inv="FA-2026-0987", amt="412,80", due="2026-10-15",
         frm="Cabinet Rivière <gestion@cabinet-riviere-syndic.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Property manager will pay 'sous huitaine' from 10 Dec -> 18 Dec.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courrier électronique du 8 décembre relatif à la facture citée en objet, établie au nom du syndicat des copropriétaires de la Résidence Les Tilleuls.

Après vérification, il apparaît que cette facture avait bien été reçue mais n'avait pas été rattachée au bon immeuble dans notre logiciel de gestion, ce qui explique le retard de paiement. Nous vous prions de bien vouloir nous en excuser.

L'anomalie est désormais corrigée et nous procéderons au règlement sous huitaine, par virement depuis le compte du syndicat.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hélène Rivière
Gestionnaire de copropriété
Cabinet Rivière – Administrateur de biens
28 boulevard Foch – 49100 Angers
Tél. : 02 41 25 63 00
Carte professionnelle n° CPI 4901 2018 000 031 512 délivrée par la CCI de Maine-et-Loire"""),

    dict(id="s18fra017", country="FR", date="2027-01-07T10:02", fmt="gmail", stage="reminder", ago=2,
         inv="FA-2026-1228", amt="720,00", due="2026-12-20",
         frm="Thomas Renaud <thomas@renaud-paysage.fr>",
         intent="other",
         note="Forwarded to their accounting firm, which will answer; no payment statement.",
         body="""Bonjour,

J'ai transféré votre mail à notre cabinet comptable, qui s'occupe des paiements fournisseurs pour nous depuis septembre. Ils devraient revenir vers vous directement.

Thomas Renaud
Renaud Paysage"""),

    dict(id="s18fra018", country="FR", date="2026-12-11T14:10", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("FA-2026-1012", "1 150,00", "2026-10-31"), ("FA-2026-1058", "384,00", "2026-11-15"),
              ("FA-2026-1102", "216,00", "2026-11-30")],
         frm="Léa Baudouin <lea.baudouin@cave-des-coteaux.fr>",
         intent="dispute",
         note="Contests FA-2026-1012 (3,000 labels delivered out of 5,000); the other two will be paid with the next run, no date.",
         body="""Bonjour,

Concernant les trois factures de votre relance :

- FA-2026-1058 et FA-2026-1102 : pas de souci, elles partiront avec notre prochain virement fournisseurs.
- FA-2026-1012 : nous avions commandé 5 000 étiquettes de bouteilles et nous n'en avons reçu que 3 000 (le bon de livraison le confirme). Je ne peux pas payer 5 000 étiquettes. Merci de nous envoyer soit le complément, soit un avoir pour les 2 000 manquantes.

Belle journée,
Léa Baudouin
Cave des Coteaux – Caviste
Brissac-Quincé
02 41 91 26 40"""),

    dict(id="s18fra019", country="FR", date="2026-12-16T16:20", fmt="none", stage="second_reminder", ago=3,
         inv="FA-2026-1118", amt="142,00", due="2026-11-25",
         frm="Jacqueline Fournier <jacqueline.fournier3@wanadoo.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted on Monday 14 December.",
         body="""Madame, Monsieur,

Je vous informe que je vous ai envoyé mon chèque n° 0048215 de 142 euros le lundi 14 décembre, par la poste. Vous devriez le recevoir rapidement.

Avec mes salutations distinguées.

Jacqueline Fournier"""),

    dict(id="s18fra020", country="FR", date="2026-12-22T19:05", fmt="gmail", stage="reminder", ago=4,
         inv="FA-2026-1183", amt="268,80", due="2026-12-10",
         frm="Fleurs d'Aurore <fleursdaurore.angers@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Florist will transfer on 5 January.",
         body="""Bonjour,

Décembre est notre plus gros mois et je n'ai pas une minute pour la compta, désolée. Je vous fais le virement le 5 janvier, quand les choses se seront calmées.

Bonnes fêtes à toute l'équipe,
Aurore
Fleurs d'Aurore"""),

    dict(id="s18fra021", country="FR", date="2026-12-28T09:00", fmt="ooo", stage="second_reminder", ago=4,
         inv="FA-2026-1171", amt="548,00", due="2026-12-01",
         frm="Philippe Caron <p.caron@caron-architectes.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Firm closed for the holidays; back Tuesday 5 January 2027.",
         body="""Bonjour,

Le cabinet est fermé pour les fêtes de fin d'année. Je serai de retour le mardi 5 janvier 2027 et traiterai votre message à ce moment-là.

En cas d'urgence sur un chantier, vous pouvez joindre Julie Masson au 06 84 21 07 55.

Philippe Caron
Caron Architectes"""),

    dict(id="s18fra022", country="FR", date="2026-12-09T12:47", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1126", amt="174,00", due="2026-11-30",
         frm="Elec Dupuis <elec.dupuis49@gmail.com>",
         intent="copy_request",
         note="Can't find the invoice, asks for the PDF; will pay on receipt (no date).",
         body="""bjr
je retrouve pas votre facture dans mes mails, vous pouvez me la renvoyer en pdf svp ? jla paie des que je l ai
merci
Fred Dupuis
Elec Dupuis
06 12 70 44 81"""),

    dict(id="s18fra023", country="FR", date="2027-01-08T17:55", fmt="apple", stage="repeat", ago=1,
         inv="FA-2026-1145", amt="890,00", due="2026-11-30",
         frm="Stéphane Morin <smorin.carrosserie@orange.fr>",
         intent="promise", promise_date="2027-01-11",
         note="Annoyed; transfer 'lundi' from Friday 8 Jan -> Monday 11 Jan.",
         body="""Oui c'est bon, trois relances en une semaine ça va. Vous l'aurez votre argent, le virement part lundi.

S. Morin
Carrosserie Morin

Envoyé de mon iPhone"""),

    dict(id="s18fra024", country="FR", date="2026-12-21T09:35", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-2026-1133", amt="1 872,00", due="2026-11-30",
         frm="Karine Lemaître <k.lemaitre@cuisines-lemaitre.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Transfer issued on 18/12.",
         body="""Bonjour,

Le virement a été émis le 18/12 (référence VIR-2026-12-0884) pour un montant de 1 872,00 €. Nos messages ont dû se croiser.

Vous trouverez en pièce jointe l'avis de virement.

Cordialement,

Karine Lemaître
Service administratif et financier
Cuisines Lemaître SAS – 41 route de Nantes, 49610 Mûrs-Érigné
Tél. 02 41 45 20 86
SAS au capital de 150 000 € – RCS Angers 451 208 337"""),

    dict(id="s18fra025", country="FR", date="2027-01-12T20:14", fmt="gmail", stage="firm", ago=3,
         inv="FA-2026-1088", amt="420,00", due="2026-11-10",
         frm="Mélanie Robin <melanie.robin.graphisme@gmail.com>",
         intent="plan_request",
         note="Unemployed; asks to spread payment (e.g. 70 EUR a month), no start date.",
         body="""Bonjour,

Je me permets de vous répondre au sujet de la facture de 420 €. Je suis sans emploi depuis fin octobre et je n'ai pas la possibilité de payer cette somme d'un coup en ce moment.

Est-ce qu'il serait possible d'étaler le paiement, par exemple 70 € par mois ? Je préfère vous prévenir plutôt que de laisser traîner.

Merci d'avance pour votre réponse,
Mélanie Robin"""),

    dict(id="s18fra026", country="FR", date="2026-12-11T10:48", fmt="tb", stage="reminder", ago=4,
         inv="FA-2026-1067", amt="2 568,00", due="2026-11-20",
         frm="Comité des fêtes de Brain <comitedesfetes.brain@laposte.net>",
         intent="dispute",
         note="Amount invoiced (2,140 HT) above the signed quote (1,850 HT); will pay on a corrected invoice.",
         body="""Bonjour,

Le comité des fêtes a bien reçu votre relance concernant la facture FA-2026-1067 (affiches et programmes de la fête de la Saint-Martin).

Nous ne contestons pas la prestation, mais le montant ne correspond pas au devis n° D-2026-0412 que nous avions signé en septembre : 1 850 € HT, soit 2 220 € TTC. La facture est établie pour 2 140 € HT, et aucun supplément ne nous a été annoncé.

Nous réglerons dès réception d'une facture rectifiée conforme au devis.

Pour le bureau,
Danielle Chevalier, présidente
Comité des fêtes de Brain-sur-l'Authion"""),

    dict(id="s18fra027", country="FR", date="2027-01-14T15:30", fmt="html_outlook", stage="reminder", ago=2,
         inv="FA-2026-1241", amt="4 608,00", due="2026-12-31",
         frm="Julien Besnard <j.besnard@mutuelle-anjou-sante.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Invoice approved, will be paid at the end-of-January payment run -> 31 January.",
         body="""Bonjour,

Votre facture FA-2026-1241 a été validée par le service demandeur le 12 janvier. Elle sera mise en paiement lors de notre prochaine échéance de règlement, fin janvier, conformément à nos conditions de paiement à 30 jours fin de mois.

Nous vous remercions de votre patience.

Cordialement,

Julien Besnard
Comptabilité fournisseurs
Mutuelle Anjou Santé
Mutuelle régie par le livre II du Code de la mutualité – SIREN 779 341 552
Tél. 02 41 20 55 74"""),

    dict(id="s18fra028", country="FR", date="2026-12-17T08:50", fmt="gmail", stage="reminder", ago=2,
         inv="FA-2026-1152", amt="355,00", due="2026-12-01",
         frm="Martine Roux <martine.roux.lyon@gmail.com>",
         intent="other",
         note="Wrong recipient: never ordered, probably a namesake or a wrong email in the file.",
         body="""Bonjour,

Je crois qu'il y a une erreur : je n'ai jamais rien commandé chez vous et je ne connais pas votre imprimerie. Je m'appelle Martine Roux et j'habite à Lyon. Vous devez confondre avec une autre personne qui porte le même nom, ou bien vous avez une mauvaise adresse mail dans votre fichier.

Merci de vérifier.

Martine Roux"""),

    dict(id="s18fra029", country="FR", date="2027-01-06T14:02", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-1214", amt="690,00", due="2026-12-20",
         frm="Anne-Sophie Pineau <as.pineau@lycee-sainte-agnes.fr>", subj_prefix="Absente : ",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 Jan, back Monday 18 January 2027.",
         body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 15 janvier. Je serai de retour le lundi 18 janvier 2027.

Pour les questions de facturation, vous pouvez contacter le service intendance : intendance@lycee-sainte-agnes.fr

Cordialement,
Anne-Sophie Pineau
Adjointe gestionnaire – Lycée Sainte-Agnès"""),

    dict(id="s18fra030", country="FR", date="2026-12-10T08:12", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA-2026-1076", amt="1 044,00", due="2026-11-20",
         frm="Garage Pasquier <compta@garage-pasquier.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Irritated: paid by transfer on 2 December.",
         body="""Bonjour,

Cette facture est payée depuis le 2 décembre par virement, je l'ai sous les yeux sur notre relevé. Merci de vérifier vos comptes avant d'envoyer des deuxièmes relances.

Cordialement,
Valérie Pasquier
Garage Pasquier – Mécanique & carrosserie
Tél. 02 41 92 11 38"""),

    dict(id="s18fra031", country="FR", date="2027-01-13T10:20", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FA-2026-1203", amt="1 326,00", due="2026-12-15",
         frm="Laurent Michaud <laurent.michaud@bati-ouest-groupe.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Will go with the grouped transfer of Wednesday 20 January.",
         body="""Bonjour,

Votre facture est bien enregistrée chez nous. Elle partira avec notre virement groupé du mercredi 20 janvier.

Bien à vous,

Laurent Michaud
Contrôleur de gestion
Bâti Ouest Groupe
Tél. 02 40 63 81 27"""),

    dict(id="s18fra032", country="FR", date="2027-01-19T16:45", fmt="gmail", stage="repeat", ago=2,
         inv="FA-2026-1158", amt="512,00", due="2026-12-05",
         frm="Pauline Gaudin <pauline@boulangerie-gaudin.fr>",
         intent="promise",
         note="Will pay 'la semaine prochaine': window only, no date.",
         body="""Bonjour,

Toutes nos excuses, notre comptable est en arrêt maladie depuis début janvier et rien n'a été payé depuis. On rattrape le retard petit à petit, votre facture sera réglée la semaine prochaine.

Cordialement,
Pauline Gaudin
Boulangerie-Pâtisserie Gaudin"""),

    dict(id="s18fra033", country="FR", date="2027-01-07T11:10", fmt="tb", stage="reminder", ago=3,
         inv="FA-2026-1217", amt="465,00", due="2026-12-18",
         frm="Olivier Tessier <olivier.tessier@ac-nantes.fr>",
         intent="contact_change", new_email="gestion.0491234k@ac-nantes.fr",
         note="Teacher who ordered; reminders must go to the school's finance office.",
         body="""Bonjour,

Vous avez adressé cette relance sur ma messagerie de professeur. Je suis seulement l'enseignant qui a passé la commande des livrets pour le voyage scolaire ; les paiements sont gérés par le service de gestion du collège.

Merci de leur écrire directement à gestion.0491234k@ac-nantes.fr (Collège Jean-Rostand, Trélazé). Je leur ai signalé votre message.

Cordialement,
O. Tessier"""),

    dict(id="s18fra034", country="FR", date="2027-01-04T10:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA-2026-1192", amt="760,00", due="2026-12-15",
         frm="Hugo Leroux <hugo.leroux.photo@gmail.com>",
         intent="bank_details",
         note="Asks for the firm's RIB to pay by transfer; will pay on receipt (no date).",
         body="""Bonjour et bonne année,

Je voudrais régler par virement plutôt que par carte, mais je ne trouve pas votre RIB sur la facture. Vous pouvez me l'envoyer ? Je fais le virement dès réception.

Hugo Leroux
Photographe – Angers
06 45 88 12 03"""),

    dict(id="s18fra035", country="FR", date="2026-12-29T23:40", fmt="apple", stage="repeat", ago=5,
         inv="FA-2026-1163", amt="89,90", due="2026-12-05",
         frm="Romain Blanchard <romain.b49@sfr.fr>",
         intent="unsubscribe",
         note="Rude demand to stop the automatic emails.",
         body="""STOP. Je veux plus recevoir vos mails automatiques, c'est la 4e fois. Désinscrivez moi de votre truc.

Envoyé de mon iPhone"""),

    dict(id="s18fra036", country="FR", date="2026-12-17T13:02", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1139", amt="233,00", due="2026-11-30",
         frm="Nicolas Perrin <nico.perrin.coiffure@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="Paid 'mardi' by transfer; written Thursday 17 Dec -> Tuesday 15 Dec.",
         body="""bonjour, le paiment a ete fait mardi par virement, dsl pour le retad.
Nico - Perrin Coiffure"""),

    dict(id="s18fra037", country="FR", date="2026-12-14T17:25", fmt="tb", stage="firm", ago=4,
         inv="FA-2026-1041", amt="3 480,00", due="2026-10-31",
         frm="Les Nuits du Layon <tresorerie@nuitsdulayon.org>",
         intent="promise", promise_date="2027-01-22",
         note="Association commits to pay by 22 January 2027 at the latest; other dates are the grant's.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre relance concernant la facture FA-2026-1041 relative à l'impression des supports de communication de notre édition 2026.

Nous vous prions de nous excuser pour ce retard. Notre association attend le versement du solde de la subvention du Département, dont la notification nous est parvenue le 3 décembre et dont le virement est annoncé pour la première quinzaine de janvier.

Le bureau de l'association, réuni hier soir, s'est engagé à régler votre facture au plus tard le 22 janvier 2027, quelle que soit la date effective de versement de la subvention.

Nous restons à votre disposition pour tout complément d'information et vous remercions de votre compréhension.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Bernard Lemaire
Trésorier
Association Les Nuits du Layon
Mairie – 1 place de l'Église, 49380 Thouarcé"""),

    dict(id="s18fra038", country="FR", date="2026-12-09T11:15", fmt="html_outlook", stage="firm", ago=3,
         inv="FA-2026-1005", amt="5 760,00", due="2026-10-15",
         frm="Pierre Daguet <direction@meubles-daguet.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): claim must be filed with the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que, par jugement du Tribunal de commerce d'Angers en date du 30 novembre 2026, la société Meubles Daguet SAS a été placée en redressement judiciaire.

Nous ne sommes plus autorisés à régler les créances nées avant le jugement d'ouverture. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Maître Anne Courtin, 5 rue Louis-de-Romain, 49100 Angers, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous remercions de bien vouloir suspendre vos relances.

Cordialement,

Pierre Daguet
Président
Meubles Daguet SAS – ZI Saint-Serge, 49100 Angers
RCS Angers 398 556 201"""),

    dict(id="s18fra039", country="FR", date="2027-01-18T09:12", fmt="apple", stage="final_notice", ago=4,
         inv="FA-2026-1117", amt="1 104,00", due="2026-11-30",
         frm="Émilie Barreau <emilie@barreau-conseil.fr>",
         intent="paid", paid_on="2027-01-18",
         note="Paid by card this morning via the online link.",
         body="""Bonjour,

Réglé ce matin par carte via votre lien de paiement en ligne. Toutes mes excuses, la facture était restée dans un dossier « à traiter » depuis novembre…

Bien cordialement,

Émilie Barreau
Barreau Conseil – RH & recrutement
07 81 64 29 50"""),

    dict(id="s18fra040", country="FR", date="2026-12-24T10:00", fmt="ooo", stage="reminder", ago=1,
         inv="FA-2026-1207", amt="1 950,00", due="2026-12-20",
         frm="SCEA Vergers de la Loire <contact@vergers-de-loire.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Offices closed 24 Dec to 3 Jan inclusive; back Monday 4 January.",
         body="""Bonjour,

Nos bureaux sont fermés du 24 décembre 2026 au 3 janvier 2027 inclus. Votre message sera traité à notre retour, à partir du lundi 4 janvier.

Nous vous souhaitons de belles fêtes de fin d'année.

L'équipe des Vergers de la Loire"""),

    dict(id="s18fra041", country="FR", date="2027-01-06T09:40", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1167", amt="2 880,00", due="2026-12-05",
         frm="Franck Delorme <f.delorme@delorme-equipements.fr>",
         intent="dispute",
         note="Delivered after the trade fair; refuses full price, offers 50%.",
         body="""Bonjour,

Je conteste cette facture en l'état. Les kakémonos et les catalogues commandés pour notre salon professionnel devaient être livrés le 16 novembre ; ils sont arrivés le 27, trois jours après la fin du salon. Nous avons dû nous débrouiller sans aucun support sur le stand.

Je ne paierai pas le plein tarif pour des documents arrivés trop tard pour servir. Je vous propose un règlement à hauteur de 50 %, ou que votre responsable commercial m'appelle pour trouver un arrangement.

Franck Delorme
Directeur commercial
Delorme Équipements Viticoles
Tél. 02 41 54 70 12"""),

    dict(id="s18fra042", country="FR", date="2026-12-30T10:05", fmt="outlook", stage="reminder", ago=1,
         inv="FA-2026-1222", amt="634,20", due="2026-12-20",
         frm="Compta Hamon <compta@sarl-hamon-charpente.fr>",
         intent="promise", promise_date="2027-01-08",
         note="'Règlement prévu le 08/01' written 30 Dec -> 8 January 2027.",
         body="""Bonjour,

Règlement prévu le 08/01 par virement.

Cordialement
Céline Hamon
SARL Hamon Charpente Couverture
02 41 67 35 19"""),

    dict(id="s18fra043", country="FR", date="2027-01-20T11:25", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FA-2026-1236", amt="3 960,00", due="2026-12-31",
         frm="Comptabilité Fournisseurs France <ap.france@novaterm-group.com>",
         intent="copy_request",
         note="Invoice blocked: needs the PO number on it and the signed delivery note.",
         body="""Bonjour,

Votre facture FA-2026-1236 est actuellement bloquée dans notre outil de traitement : elle ne comporte pas de numéro de bon de commande (PO), qui est obligatoire pour tout règlement.

Merci de nous renvoyer la facture en y faisant figurer le numéro de commande (format 45xxxxxxxx), accompagnée du bon de livraison signé. Votre interlocuteur chez Novaterm pourra vous communiquer le numéro de PO s'il ne vous a pas été transmis.

Sans ces éléments, la facture ne pourra pas être mise en paiement.

Cordialement,

Équipe Comptabilité Fournisseurs France
Novaterm Group – Shared Service Center

Ce message est envoyé depuis une boîte partagée.
Novaterm France SAS – Siège social : 12 avenue de l'Europe, 44800 Saint-Herblain – RCS Nantes 389 412 066"""),

    dict(id="s18fra044", country="FR", date="2026-12-28T14:40", fmt="tb", stage="second_reminder", ago=4,
         inv=[("FA-2026-1107", "612,00", "2026-11-25"), ("FA-2026-1144", "434,40", "2026-12-05")],
         frm="Jean-Marc Lucas <jm.lucas@lucas-electromenager.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Both invoices paid together by one transfer on 23 December.",
         body="""Bonjour,

Les deux factures FA-2026-1107 et FA-2026-1144 ont été réglées ensemble, par un seul virement le 23 décembre, pour un total de 1 046,40 €. Le libellé du virement ne porte que le nom de notre société, d'où peut-être la confusion.

Bonne fin d'année,

Jean-Marc Lucas
Lucas Électroménager
8 avenue Pasteur, 49300 Cholet
02 41 62 09 87"""),

    dict(id="s18fra045", country="FR", date="2027-01-25T08:55", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-1248", amt="198,00", due="2027-01-10",
         frm="Maxime Royer <contact@royer-platrerie.fr>",
         intent="promise", promise_date="2027-01-28",
         note="Transfer 'jeudi' from Monday 25 Jan -> Thursday 28 Jan; side request for a quote.",
         body="""Bonjour,

Pas de souci, je vous fais le virement jeudi.

Au passage, vous pourriez me faire un devis pour 500 cartes de visite et une cinquantaine d'autocollants pour le camion ? Même logo que la dernière fois.

Merci
Maxime Royer
Royer Plâtrerie Isolation
06 31 77 52 40"""),

    dict(id="s18fra046", country="FR", date="2026-12-15T18:30", fmt="apple", stage="reminder", ago=3,
         inv="FA-2026-1124", amt="460,00", due="2026-11-30",
         frm="Ludovic Bouvier <ludo.bouvier.peinture@gmail.com>",
         intent="promise",
         note="'Début janvier': vague window, no date.",
         body="""Bonjour
J'attends le paiement d'un gros chantier, je vous règle début janvier. Désolé pour l'attente.
Ludovic Bouvier
Bouvier Peinture

Envoyé de mon iPhone"""),

    dict(id="s18fra047", country="FR", date="2026-12-14T19:10", fmt="tb", stage="reminder", ago=2,
         inv="FA-2026-1111", amt="275,00", due="2026-11-30",
         frm="Club de l'Amitié de Mûrs <clubamitie.murs@orange.fr>",
         intent="paid", paid_on="2026-12-10",
         note="Cheque handed to the firm's salesman on Thursday 10 December.",
         body="""Bonjour,

Je pense qu'il y a un malentendu : j'ai remis le chèque de 275 € à votre commercial, M. Pelletier, quand il est passé au club le jeudi 10 décembre pour livrer les calendriers. Il a dû le garder dans sa sacoche !

Pouvez-vous vérifier avec lui ?

Bien cordialement,
Monique Chartier
Présidente du Club de l'Amitié"""),

    dict(id="s18fra048", country="FR", date="2027-01-22T12:15", fmt="html_gmail", stage="firm", ago=3,
         inv="FA-2026-1231", amt="1 320,00", due="2026-12-20",
         frm="Sarah Nguyen <sarah.nguyen@studio-lumiere-yoga.fr>",
         intent="dispute",
         note="Order never delivered; refuses to pay until delivered.",
         body="""Bonjour,

Je reçois une troisième relance pour une commande que je n'ai jamais reçue ! Les 2 000 flyers et les 300 cartes de fidélité pour l'ouverture du studio ne nous ont jamais été livrés. J'ai appelé deux fois votre accueil en décembre, on m'a dit que le transporteur allait repasser, personne n'est jamais venu.

Je ne paierai pas une commande non livrée. Livrez-moi d'abord, ensuite on parlera de la facture.

Sarah Nguyen
Studio Lumière – Yoga & Pilates
7 rue Plantagenêt, Angers
06 27 43 90 18"""),

    dict(id="s18fra049", country="FR", date="2027-01-26T10:50", fmt="outlook", stage="final_notice", ago=5,
         inv=[("FA-2026-1061", "1 740,00", "2026-11-15"), ("FA-2026-1129", "968,00", "2026-11-30")],
         frm="Gilles Marchetti <g.marchetti@marchetti-traiteur.fr>",
         intent="plan_request",
         note="Does not contest; asks to spread both invoices over several months, no date.",
         body="""Madame, Monsieur,

J'accuse réception de votre dernier rappel concernant nos factures FA-2026-1061 et FA-2026-1129.

Je ne conteste aucunement ces sommes. Notre activité a été fortement affectée par l'annulation de plusieurs réceptions de fin d'année, et notre trésorerie ne nous permet pas de régler les 2 708 € en une seule fois.

Je sollicite donc un étalement du règlement sur plusieurs mois, selon les modalités qui vous conviendront. Je suis disponible pour en discuter par téléphone au 06 14 59 83 27.

Je vous remercie par avance de l'attention que vous porterez à ma demande et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Gilles Marchetti
Gérant
Marchetti Traiteur SARL – 22 route de Paris, 49800 Trélazé"""),

    dict(id="s18fra050", country="FR", date="2026-12-16T21:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1094", amt="186,00", due="2026-11-20",
         frm="Isabelle Lemoine <isabelle.lemoine72@gmail.com>",
         intent="other",
         note="Debtor deceased; daughter says the notary handling the estate will deal with the invoice.",
         body="""Bonjour,

Je vous réponds à la place de mon père, Jean Lemoine, à qui ce message était adressé. Il est décédé le 2 décembre dernier.

Sa succession est suivie par Maître Girard, notaire à Angers. Je vous remercie de lui adresser directement votre facture pour qu'elle soit prise en compte dans le règlement de la succession.

Cordialement,
Isabelle Lemoine"""),
]
