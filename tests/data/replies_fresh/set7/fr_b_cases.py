"""Part fr_b: replies from customers of Ligérien Services SARL (Angers): web, training, cleaning,
IT support and printing. Every body is handwritten, one case at a time."""

CASES = [
    dict(id="s7frb001", country="FR", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="LS-2026-1187", amt="145,00", due="2026-11-30",
         frm="Salon Mèche Rebelle <mecherebelle.coiffure@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Hair salon, very short: transfer on Friday (reply sent Wednesday 9 Dec).",
         body="""Ok je fais le virement vendredi

Envoyé de mon iPhone"""),

    dict(id="s7frb002", country="FR", date="2026-12-14T10:17", fmt="tb", stage="second_reminder", ago=3,
         inv="LS-2026-1102", amt="96,00", due="2026-11-20",
         frm="Gérard Poupard <g.poupard49@laposte.net>",
         intent="paid", paid_on="2026-12-12",
         note="Retired customer, formal: cheque posted on Saturday 12 December; the remark about the late invoice is not a dispute.",
         body="""Madame, Monsieur,

Je fais suite à votre courrier électronique du 11 décembre.

Je vous informe que j'ai adressé mon règlement de 96,00 € par chèque n° 0004512 tiré sur La Banque Postale. Le pli a été posté le samedi 12 décembre à l'adresse de votre société, rue Lenepveu. Il devrait donc vous parvenir dans le courant de la semaine.

Je me permets de vous faire remarquer que votre technicien ne m'avait pas remis de facture lors de son intervention à mon domicile, et que je ne l'ai reçue que bien après, ce qui explique ce léger retard. Je vous serais reconnaissant de bien vouloir en tenir compte à l'avenir.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gérard Poupard
3, allée des Tilleuls
49130 Les Ponts-de-Cé"""),

    dict(id="s7frb003", country="FR", date="2026-12-10T08:03", fmt="gmail", stage="reminder", ago=1,
         inv="LS-2026-1143", amt="312,00", due="2026-11-30",
         frm="Optique Lemaire <optique.lemaire.trelaze@gmail.com>",
         intent="dispute",
         note="Shop: cleaning visits not done, refuses to pay until a credit note is issued.",
         body="""Vous avez un sacré culot.

Votre équipe n'est venue ni le 13 ni le 27 novembre, j'ai appelé deux fois votre standard, personne ne m'a jamais rappelé. Ma vitrine était dans un état lamentable pour le lancement des fêtes. Et vous me facturez le mois complet comme si de rien n'était ?

Je ne paierai pas cette facture tant que je n'aurai pas reçu un avoir pour les deux passages qui n'ont pas été faits. Et je réfléchis sérieusement à arrêter le contrat.

T. Lemaire
Optique Lemaire - Trélazé"""),

    dict(id="s7frb004", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="LS-2026-1209", amt="180,00", due="2026-12-15",
         frm="Cabinet de kinésithérapie Berthelot <contact@kine-berthelot.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Physio practice auto-reply: closed until Saturday 2 January inclusive, care resumes Monday 4 January.",
         body="""Bonjour,

Le cabinet est fermé du lundi 21 décembre au samedi 2 janvier inclus. Les soins reprendront le lundi 4 janvier 2027.

Votre message sera traité à notre retour. Pour toute urgence, vous pouvez contacter le cabinet de garde au 02 41 66 12 09.

Bonnes fêtes de fin d'année,

Sophie Berthelot
Masseur-kinésithérapeute D.E."""),

    dict(id="s7frb005", country="FR", date="2026-12-15T21:30", fmt="gmail", stage="firm", ago=4,
         inv="LS-2026-1051", amt="1 450,00", due="2026-10-31",
         frm="Jean-Marc Oger <amisdumoulin.sorges@gmail.com>",
         intent="plan_request",
         note="Association treasurer asks to pay in three or four instalments; no date committed.",
         body="""Bonsoir,

Je suis le trésorier de l'association Les Amis du Moulin, pour laquelle vous avez refait le site internet cet automne. Je vous prie d'abord de nous excuser pour ce retard, ce n'est pas de la mauvaise volonté.

Nous comptions sur la subvention de la commune pour régler votre facture, mais le versement a été repoussé et notre trésorerie est à peu près à zéro après le marché de Noël (les stands ont coûté plus cher que prévu). Nous ne pouvons pas sortir 1 450 € d'un coup en ce moment.

Serait-il possible de vous régler en trois ou quatre fois ? Dites-moi ce qui vous conviendrait, je le présenterai au bureau à la prochaine réunion.

Bien cordialement,

Jean-Marc Oger
Trésorier - Les Amis du Moulin de Sorges
06 81 42 77 13"""),

    dict(id="s7frb006", country="FR", date="2026-12-16T11:48", fmt="outlook", stage="reminder", ago=5,
         inv="LS-2026-1160", amt="264,00", due="2026-11-30",
         frm="Secrétariat Dr Faucher <secretariat.drfaucher@orange.fr>",
         intent="copy_request",
         note="Doctor's secretary cannot find the invoice and asks for the PDF before paying.",
         body="""Bonjour,

Le Dr Faucher m'a transmis votre relance, mais je ne retrouve pas cette facture ni dans le courrier ni dans nos mails. C'est bien pour la maintenance informatique du cabinet ?

Pouvez-vous me la renvoyer en PDF à cette adresse ? Je la donne au docteur pour signature et elle sera réglée dans la foulée.

Merci d'avance,

Martine
Secrétariat du Dr Faucher
Médecine générale - 12 place du Ralliement, Angers
Tél. 02 41 88 05 61 (de 8h30 à 12h)"""),

    dict(id="s7frb007", country="FR", date="2026-12-18T23:14", fmt="gmail", stage="second_reminder", ago=7,
         inv="LS-2026-1122", amt="390,00", due="2026-11-25",
         frm="Lucas Bardin <lucas.bardin.design@gmail.com>",
         intent="promise",
         note="Young freelancer, phone-typed: will pay after the holidays; no day given.",
         body="""bonsoir

dsl pour le retard jsuis un peu a sec en ce moment, mes clients me payent pas non plus lol
je vous regle la formation apres les fetes c promis

lucas"""),

    dict(id="s7frb008", country="FR", date="2026-12-09T14:26", fmt="html_outlook", stage="reminder", ago=1,
         inv="LS-2026-1171", amt="2 160,00", due="2026-12-05",
         frm="Claire Vasseur <claire.vasseur@cvconseil-rh.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Consultant: transfer issued yesterday, 8 December; legal footer.",
         body="""Bonjour,

Le virement de 2 160,00 € a été émis hier, 8 décembre, depuis notre compte pro avec la référence LS-2026-1171. Nos mails se sont sans doute croisés.

Il devrait apparaître sur votre compte d'ici demain ou vendredi.

Bien à vous,

Claire Vasseur
Consultante RH | CV Conseil
06 72 18 44 90
www.cvconseil-rh.fr

CV Conseil EURL au capital de 1 000 € - RCS Angers 879 214 305 - 5 rue Plantagenêt, 49100 Angers
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),

    dict(id="s7frb009", country="FR", date="2027-01-06T18:05", fmt="gmail", stage="reminder", ago=2,
         inv="LS-2026-1236", amt="412,80", due="2026-12-20",
         frm="Anne-Sophie Riou <as.riou@free.fr>",
         intent="contact_change", new_email="tresorerie.apel.stjoseph@gmail.com",
         note="Former treasurer of a school parents' association: send invoices to the new treasurer.",
         body="""Bonjour,

Je ne suis plus trésorière de l'APEL de l'école Saint-Joseph depuis notre assemblée générale de décembre, c'est pour cela que votre facture pour l'impression des calendriers est restée sans réponse, désolée.

Merci d'envoyer désormais tout ce qui concerne les factures à la nouvelle trésorière, Hélène Garnier : tresorerie.apel.stjoseph@gmail.com
Je lui ai transféré votre mail ce soir.

Bonne année !
Anne-Sophie Riou"""),

    dict(id="s7frb010", country="FR", date="2026-12-08T09:04", fmt="bounce",
         inv="LS-2026-1150", amt="520,00", due="2026-11-25",
         rcpt="contact@studio-kaleido.fr", status="5.1.1", remote="mx1.mail.ovh.net",
         diag="550 5.1.1 <contact@studio-kaleido.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""This is the mail system at host a27-18.smtp-out.eu-west-1.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<contact@studio-kaleido.fr>: host mx1.mail.ovh.net[188.165.36.237] said: 550
    5.1.1 <contact@studio-kaleido.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)"""),
    dict(id="s7frb011", country="FR", date="2027-01-07T10:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="LS-2026-1198", amt="650,00", due="2026-12-10",
         frm="Élodie Marchal <contact@elodiemarchal-photo.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Freelance photographer: transfer on the 15th; 'le 14' is when her own client pays her, not the promise.",
         body="""Bonjour,

Oui pardon, je l'avais complètement zappée avec les fêtes !

Je suis payée par un gros client le 14, je vous fais le virement le 15 sans faute.

Bonne journée,

Élodie Marchal
Photographe - mariages, portraits, entreprises
07 68 20 51 34"""),

    dict(id="s7frb012", country="FR", date="2027-01-12T16:40", fmt="html_gmail", stage="firm", ago=4,
         inv="LS-2026-1089", amt="1 180,00", due="2026-11-15",
         frm="Fleurs de Loire <fleursdeloire.angers@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Shop: partial transfer of 500 € today, balance of 680 € promised on 29 January; the open commitment is the balance.",
         body="""Bonjour,

Je viens de faire un virement de 500 € ce jour.

Pour le reste (680 €), je vous le règle le 29 janvier, quand ma banque aura débloqué le prêt de trésorerie. Je ne peux pas faire mieux pour l'instant, décembre a été très calme en boutique malgré ce qu'on croit.

Merci de votre compréhension.

Nathalie Chevalier
Fleurs de Loire
22 rue Saint-Aubin, Angers"""),

    dict(id="s7frb013", country="FR", date="2027-01-14T09:55", fmt="outlook", stage="reminder", ago=3,
         inv="LS-2026-1251", amt="228,00", due="2026-12-31",
         frm="Institut Belle et Zen <institut.bellezen@orange.fr>",
         intent="bank_details",
         note="Beauty salon received an e-mail announcing a new IBAN abroad and asks the firm to confirm its real bank details before paying.",
         body="""Bonjour,

Avant de faire le virement je préfère vérifier : j'ai reçu la semaine dernière un mail soi-disant de chez vous avec un nouveau RIB, une banque en Lituanie ??? Sur votre facture c'est un IBAN au Crédit Agricole.

C'est bien vous qui avez changé de banque ou c'est une arnaque ? Merci de me confirmer le bon IBAN, par téléphone de préférence, je ne veux pas me faire avoir.

Karine Duval
Institut Belle et Zen
02 41 73 90 26"""),

    dict(id="s7frb014", country="FR", date="2026-12-22T13:12", fmt="gmail", stage="repeat", ago=1,
         inv="LS-2026-1099", amt="75,00", due="2026-11-10",
         frm="Bernard Lhomme <bernard.lhomme@wanadoo.fr>",
         intent="unsubscribe",
         note="Angry: wants his address removed from the automatic reminders; no payment statement.",
         body="""STOP.

C'est la quatrième fois que je reçois ce genre de message. Je ne veux plus recevoir vos mails automatiques, retirez mon adresse de votre fichier.

Si vous avez quelque chose à me dire, vous m'appelez ou vous m'écrivez par la poste comme tout le monde.

B. Lhomme"""),

    dict(id="s7frb015", country="FR", date="2026-12-11T12:01", fmt="apple", stage="reminder", ago=3,
         inv="LS-2026-1177", amt="340,00", due="2026-12-01",
         frm="Pauline Hervé <pauline.herve@icloud.com>",
         intent="other",
         note="Wrong recipient: says she never ordered anything from the firm.",
         body="""Bonjour,

Je pense qu'il y a une erreur : je n'ai jamais rien commandé chez vous et je ne connais pas votre société. Il s'agit peut-être d'une autre personne qui porte le même nom que moi ?

Merci de vérifier dans vos fichiers.

Pauline Hervé"""),

    dict(id="s7frb016", country="FR", date="2026-12-17T15:30", fmt="outlook", stage="final_notice", ago=2,
         inv="LS-2026-1064", amt="1 896,00", due="2026-11-05",
         frm="Accueil Dupré Patrimoine <accueil@dupre-patrimoine.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Assistant forwards the manager's answer: the transfer goes out with the suppliers' run on the 22nd.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Dupré concernant votre relance.

Cordialement,
Sandrine Morin
Assistante de direction
Dupré Patrimoine - Conseil en gestion de patrimoine
02 41 25 63 80

-----Message d'origine-----
De : Olivier Dupré <o.dupre@dupre-patrimoine.fr>
Envoyé : jeudi 17 décembre 2026 14:52
À : Accueil Dupré Patrimoine <accueil@dupre-patrimoine.fr>
Objet : TR: Dernier rappel avant transmission du dossier – facture LS-2026-1064 – Ligérien Services SARL

Sandrine,
Réponds-leur que c'est validé, le virement part avec ceux des fournisseurs le 22. J'avais oublié de la signer, c'est ma faute.
Merci
Olivier"""),

    dict(id="s7frb017", country="FR", date="2027-01-08T11:05", fmt="html_gmail", stage="reminder", ago=4,
         inv="LS-2026-1228", amt="865,20", due="2026-12-31",
         frm="Danse en Scène <danseenscene.avrille@gmail.com>",
         intent="dispute",
         note="Association: wrong paper and half the quantity delivered; will not pay the full amount until reprint or corrected invoice.",
         body="""Bonjour,

Nous avons bien reçu votre relance, mais nous ne réglerons pas cette facture en l'état.

Pour rappel, le devis validé portait sur 1 000 programmes en 170 g couché mat pour notre gala. Nous avons reçu 500 programmes sur un papier fin et brillant, qui ne correspond pas du tout à ce qui avait été choisi. J'ai envoyé des photos le 18 décembre à votre commercial, sans réponse depuis.

Nous attendons soit une réimpression conforme au devis, soit une facture corrigée pour ce qui a réellement été livré. Dès que ce sera réglé de votre côté, nous paierons sans problème.

Cordialement,

Virginie Moreau
Présidente - Association Danse en Scène
Avrillé"""),

    dict(id="s7frb018", country="FR", date="2026-12-09T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="LS-2026-1181", amt="1 020,00", due="2026-12-02",
         frm="Thomas Giraud <t.giraud@giraud-consulting.fr>",
         intent="out_of_office", return_date="2026-12-14",
         note="Consultant's auto-reply: away at a client's, back 14/12 (Monday 14 December).",
         subj_prefix="Absent(e) du bureau : ",
         body="""Bonjour,

Je suis actuellement en déplacement chez un client et je ne consulte mes messages que ponctuellement.
De retour le 14/12.

Pour toute question urgente, vous pouvez joindre le cabinet au 02 41 05 37 70.

Thomas Giraud
Giraud Consulting - Organisation & performance"""),

    dict(id="s7frb019", country="FR", date="2027-01-19T08:47", fmt="gmail", stage="second_reminder", ago=1,
         inv="LS-2026-1262", amt="59,90", due="2027-01-05",
         frm="Yanis <yanis.b2005@gmail.com>",
         intent="paid", paid_on="2027-01-18",
         note="Young customer, phone-typed: paid by card on the link last night.",
         body="""c bon jai payer hier soir par cb sur votre lien
normalement vous avez du recevoir la confirmation
merci pour le pc il marche nikel"""),

    dict(id="s7frb020", country="FR", date="2026-12-11T16:22", fmt="tb", stage="second_reminder", ago=1,
         inv=[("LS-2026-1034", "480,00", "2026-10-20"), ("LS-2026-1112", "480,00", "2026-11-20")],
         frm="Comptabilité Altéo Formation <compta@alteo-formation.fr>",
         intent="copy_request",
         note="Accounts department asks for a detailed statement to match a November payment before paying anything else.",
         body="""Bonjour,

Nous avons réglé une facture de 480,00 € par virement début novembre, mais je ne sais pas sur laquelle de ces deux factures vous l'avez imputée, et votre relance mentionne les deux comme impayées.

Pourriez-vous m'adresser un relevé de compte détaillé (factures et règlements reçus depuis septembre) afin que je puisse faire le rapprochement ? Je procéderai au règlement du solde éventuel dès réception.

Cordialement,

Isabelle Fournier
Service comptabilité
Altéo Formation
Tél. : 02 41 47 12 98"""),
    dict(id="s7frb021", country="FR", date="2026-12-08T17:50", fmt="gmail", stage="reminder", ago=0,
         inv="LS-2026-1139", amt="420,00", due="2026-11-30",
         frm="Cabinet d'ostéopathie Ménard <osteo.menard@gmail.com>",
         intent="promise", promise_date="2026-12-16",
         note="Osteopath, formal and short: payment 'sous huitaine' from Tuesday 8 December.",
         body="""Bonjour,

Je vous confirme que le règlement de la facture LS-2026-1139 interviendra sous huitaine.

Veuillez m'excuser pour ce retard.

Cordialement,

Antoine Ménard
Ostéopathe D.O.
8 boulevard Foch, 49100 Angers
Sur rendez-vous : 02 41 20 18 45 ou Doctolib"""),

    dict(id="s7frb022", country="FR", date="2026-12-16T09:31", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("LS-2026-1118", "412,00", "2026-11-15"), ("LS-2026-1131", "318,60", "2026-11-25"), ("LS-2026-1164", "306,80", "2026-12-05")],
         frm="Romain Cheval <romain@lacaveduroi-angers.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Wine shop: one transfer on the 14th covering the three invoices.",
         body="""Bonjour,

Les trois factures ont été payées en un seul virement de 1 037,40 € le 14, avec en libellé "LS 1118 1131 1164". Vous devriez l'avoir reçu maintenant, sinon dites-le-moi et je demande à la banque.

Au passage, les étiquettes pour les coffrets sont superbes, merci à l'équipe.

Romain Cheval
La Cave du Roi
02 41 87 66 10"""),

    dict(id="s7frb023", country="FR", date="2027-01-05T10:12", fmt="gmail", stage="reminder", ago=1,
         inv="LS-2026-1244", amt="1 560,00", due="2026-12-28",
         frm="Sabrina Leroux <sabrina@leroux-coaching.fr>",
         intent="dispute",
         note="Coach disputes the amount: 360 € of extras she never ordered on top of the 1 200 € quote.",
         body="""Bonjour,

Je ne comprends pas le montant de cette facture. Le devis que j'ai signé pour la refonte de mon site était de 1 200 € TTC, et je me retrouve avec 1 560 €.

Vous avez ajouté une ligne "hébergement et maintenance 12 mois" et "2 h de modifications supplémentaires". Je n'ai jamais demandé de maintenance, et les modifications en question, c'étaient des corrections de fautes que votre graphiste avait faites lui-même !

Je suis prête à régler les 1 200 € prévus, mais pas le reste tant qu'on n'en a pas parlé. Merci de me renvoyer une facture conforme au devis.

Sabrina Leroux
Coach professionnelle certifiée
06 14 82 39 57"""),

    dict(id="s7frb024", country="FR", date="2027-01-20T14:05", fmt="gmail", stage="final_notice", ago=2,
         inv="LS-2026-1190", amt="1 344,00", due="2026-12-15",
         frm="L'Atelier de Jess <latelierdejess49@gmail.com>",
         intent="plan_request",
         note="Hair salon after water damage asks to pay monthly; no date or amount committed. Typos.",
         body="""Bonjour,

je sais que je suis en retard pour l'enseigne. J'ai eu un dégat des eaux dans le salon debut decembre et on a du fermer presque 3 semaines, l'assurance n'a toujours pas payé.

Je ne peux pas tout regler d'un coup. Est ce que c'est possible de payer en plusieurs fois, tous les mois ? Je ne veux pas que ca parte au contentieux svp, je vais payer c'est juste que la c'est compliqué.

Merci de me dire
Jessica
L'Atelier de Jess - coiffure mixte"""),

    dict(id="s7frb025", country="FR", date="2026-12-29T11:30", fmt="apple", stage="reminder", ago=1,
         inv="LS-2026-1240", amt="186,00", due="2026-12-20",
         frm="Michèle Gautier <michele.gautier@sfr.fr>",
         intent="other",
         note="Association volunteer passed the reminder to the accounting firm that handles payments; no commitment and no request to redirect reminders.",
         body="""Bonjour,

J'ai transmis votre message au cabinet Fradin, qui tient la comptabilité de l'association depuis cette année. C'est lui qui s'occupe des paiements fournisseurs, je n'ai plus la main sur les virements.

La formation premiers secours a été très appréciée par nos bénévoles, au passage.

Bonne fin d'année,

Michèle Gautier
Secrétaire - Anjou Partage Solidarité, Saint-Barthélemy-d'Anjou"""),

    dict(id="s7frb026", country="FR", date="2026-12-23T10:40", fmt="html_outlook", stage="reminder", ago=1,
         inv=[("LS-2026-1201", "144,00", "2026-12-10"), ("LS-2026-1219", "96,00", "2026-12-18")],
         frm="Marc Lefeuvre <marc.lefeuvre@traductions-ml.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Freelance translator: both invoices in one transfer on 5 January, when he is back.",
         body="""Bonjour,

Bien reçu. Je suis en train de tout boucler avant les congés, je vous règle les deux factures le 5 janvier à mon retour, en un seul virement.

Bonnes fêtes à toute l'équipe,

Marc Lefeuvre
Traducteur indépendant EN/DE > FR
Membre de la SFT
+33 6 45 90 17 28"""),

    dict(id="s7frb027", country="FR", date="2026-12-28T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="LS-2026-1193", amt="312,00", due="2026-12-05",
         frm="Dr Claire Aubry <cabinet.aubry@medecin-angers.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Doctor's auto-reply: on leave until 8 January inclusive, practice reopens Monday 11 January.",
         body="""Le Dr Aubry est en congés jusqu'au vendredi 8 janvier inclus. Le cabinet rouvrira le lundi 11 janvier.

Les messages reçus pendant cette période ne sont pas lus.
En cas d'urgence médicale, composez le 15. Pour les ordonnances, merci de contacter le Dr Pelletier (cabinet voisin) au 02 41 34 11 78.

Ce message est envoyé automatiquement."""),

    dict(id="s7frb028", country="FR", date="2027-01-22T12:16", fmt="apple", stage="reminder", ago=3,
         inv="LS-2026-1271", amt="89,00", due="2027-01-15",
         frm="Encre Noire Tattoo <encrenoire.tattoo@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Shop owner on his phone: has just paid by card on the link.",
         body="""Bonjour, c'est réglé je viens de payer par carte sur votre lien. Bon week-end

Envoyé de mon iPhone"""),

    dict(id="s7frb029", country="FR", date="2026-12-10T13:05", fmt="gmail", stage="reminder", ago=2,
         inv="LS-2026-1154", amt="79,00", due="2026-12-01",
         frm="Romain Tessier <romain.tessier.kine@gmail.com>",
         intent="bank_details",
         note="Physio announces his new bank details for the monthly direct debit (old account closed) and asks for the debit to be re-presented.",
         body="""Bonjour,

Le prélèvement de décembre a dû être rejeté, j'ai clôturé mon compte au CIC en novembre, désolé de ne pas vous avoir prévenu.

Voici mes nouvelles coordonnées bancaires pour le contrat de maintenance :
Titulaire : Romain Tessier
IBAN : FR76 1558 9497 0400 0713 2284 071
BIC : CMBRFR2BARK

Vous pouvez représenter le prélèvement sur ce compte. S'il faut signer un nouveau mandat SEPA, envoyez-le-moi et je vous le retourne.

Romain Tessier
Masseur-kinésithérapeute
Cabinet des Justices - 02 41 66 40 13"""),

    dict(id="s7frb030", country="FR", date="2027-01-07T15:02", fmt="none", stage="repeat", ago=3,
         inv="LS-2026-1185", amt="230,00", due="2026-12-05",
         frm="Yvonne Brossard <yvonne.brossard@orange.fr>",
         intent="promise", promise_date="2027-01-12",
         note="Retired lady, formal, no quote: will drop a cheque at the office on Tuesday 12 January.",
         body="""Monsieur,

J'ai bien reçu votre message concernant les cours d'informatique de l'automne et je vous prie de m'excuser pour ce retard, qui n'est dû qu'à un oubli de ma part.

Je ne vais guère en ville en ce moment à cause du verglas, mais ma fille m'accompagnera à Angers le mardi 12 janvier et je passerai déposer un chèque de 230 € à votre bureau de la rue Lenepveu à cette occasion.

En vous remerciant de votre compréhension, je vous prie de croire, Monsieur, à mes sentiments les meilleurs.

Yvonne Brossard"""),
    dict(id="s7frb031", country="FR", date="2027-01-06T08:15", fmt="tb", stage="second_reminder", ago=2,
         inv="LS-2026-1226", amt="1 140,00", due="2026-12-20",
         frm="Pierre-Yves Jouan <pyjouan@pyj-conseil.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Consultant: transfer made Monday 4 January; the request for a receipted invoice is secondary.",
         body="""Bonjour,

Le virement a été fait lundi 4 au matin, à réception de votre premier mail. Il a dû se croiser avec votre relance.

Pourriez-vous en revanche m'envoyer une facture acquittée une fois le paiement reçu ? Mon expert-comptable me la réclame pour le dossier de formation.

Merci et bonne année,

Pierre-Yves Jouan
PYJ Conseil - Stratégie commerciale
06 09 55 21 84"""),

    dict(id="s7frb032", country="FR", date="2027-01-13T22:40", fmt="gmail", stage="formal_notice", ago=2,
         inv="LS-2026-1015", amt="3 480,00", due="2026-10-15",
         frm="Lin et Coton <contact@linetcoton-boutique.fr>",
         intent="dispute",
         note="Angry shop owner answers a formal notice: the e-commerce site was never delivered working; refuses to pay the balance.",
         body="""Une mise en demeure ? Vous vous moquez de qui exactement ?

Le site marchand devait être en ligne pour le Black Friday. Nous sommes mi-janvier, il n'est TOUJOURS pas en ligne, le module de paiement ne fonctionne pas, la moitié des fiches produits sont vides et votre chef de projet ne répond plus au téléphone depuis le 20 décembre.

J'ai déjà versé l'acompte de 30 % à la signature. Je ne paierai pas un centime de plus tant que le site ne fonctionne pas comme prévu au contrat. Et j'envisage de vous demander le remboursement de l'acompte.

Si vous voulez aller devant le tribunal, allez-y, j'ai gardé tous les mails et tous les comptes rendus.

Hélène Blanchard
Gérante - Lin et Coton"""),

    dict(id="s7frb033", country="FR", date="2027-01-25T19:20", fmt="gmail", stage="heads_up", ago=0,
         inv="LS-2027-0031", amt="64,50", due="2027-02-05",
         frm="APE Les Petits Ligériens <ape.petitsligeriens@gmail.com>",
         intent="unsubscribe",
         note="Parents' association asks to stop the automatic due-date reminders; no payment statement.",
         body="""Bonjour,

Nous recevons un rappel automatique avant chaque échéance, et souvent un deuxième après. Nous réglons toujours vos factures de photocopies dès que le bureau se réunit, ces messages encombrent inutilement la boîte de l'association qui est lue par plusieurs bénévoles.

Pourriez-vous s'il vous plaît nous retirer de ces envois automatiques ? Les factures elles-mêmes peuvent bien sûr continuer à nous être adressées.

Merci d'avance,
Le bureau de l'APE Les Petits Ligériens"""),

    dict(id="s7frb034", country="FR", date="2027-01-11T11:11", fmt="outlook", stage="reminder", ago=4,
         inv="LS-2026-1248", amt="540,00", due="2026-12-31",
         frm="Administratif Lebrun Architectes <admin@lebrun-architectes.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Firm pays suppliers monthly: the invoice goes into the next run on 20/01.",
         body="""Bonjour,

Nous réglons nos fournisseurs une fois par mois. Votre facture pour le nettoyage des bureaux de décembre passera au prochain paiement, le 20/01.

Cordialement,

Service administratif
Cabinet Lebrun Architectes
17 quai Félix-Faure, 49000 Angers
Tél. 02 41 43 78 02
SARL d'architecture au capital de 8 000 € - RCS Angers 512 690 847 - Inscrite à l'Ordre des architectes des Pays de la Loire"""),

    dict(id="s7frb035", country="FR", date="2026-12-15T10:00", fmt="outlook", stage="second_reminder", ago=1,
         inv="LS-2026-1097", amt="742,00", due="2026-11-12",
         frm="Le Comptoir des Jouets <direction@comptoirdesjouets.fr>",
         intent="other",
         note="Shop in receivership: cannot pay pre-judgment debts, invites the firm to file its claim with the court-appointed representative.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance.

Nous vous informons que la SARL Le Comptoir des Jouets a fait l'objet d'un jugement d'ouverture de redressement judiciaire rendu par le Tribunal de commerce d'Angers le 2 décembre 2026.

Conformément à la loi, nous ne sommes pas autorisés à régler les créances nées avant ce jugement. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné, Maître Sophie Delaunay, 9 rue des Arènes, 49100 Angers, dans le délai de deux mois suivant la publication au BODACC.

Les prestations commandées depuis le 2 décembre continueront à être réglées normalement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Philippe Renou
Gérant
Le Comptoir des Jouets - 4 rue Lenepveu, 49100 Angers"""),

    dict(id="s7frb036", country="FR", date="2026-12-30T15:47", fmt="gmail", stage="reminder", ago=2,
         inv="LS-2026-1255", amt="120,00", due="2026-12-24",
         frm="Inès Kaci <ines.kaci.cm@gmail.com>",
         intent="copy_request",
         note="Young freelancer never received the invoice and asks for the PDF.",
         body="""Salut,

euh j'ai jamais reçu de facture moi ?? c'est pour quoi exactement, l'atelier Canva du 10 décembre ?

vous pouvez me la renvoyer en pdf svp, que je la mette dans ma compta (mon comptable va me tuer sinon)

merci !
Inès"""),

    dict(id="s7frb037", country="FR", date="2026-12-17T20:12", fmt="gmail", stage="reminder", ago=3,
         inv="LS-2026-1213", amt="268,40", due="2026-12-10",
         frm="Laurent Perrault <laurent.perrault@laposte.net>",
         intent="promise",
         note="Parents' association treasurer: cheque needs a co-signature, payment 'début janvier, à la rentrée'; no single day.",
         body="""Bonsoir,

Merci pour le rappel. Les tickets de tombola étaient parfaits, la kermesse de Noël s'est très bien passée.

Le chèque doit être cosigné par la présidente, qui est absente jusqu'aux vacances. Nous vous réglerons donc début janvier, à la rentrée des classes.

Cordialement,
Laurent Perrault
Trésorier de l'APE de l'école Jules-Ferry, Beaucouzé"""),

    dict(id="s7frb038", country="FR", date="2027-01-13T17:25", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="LS-2026-1232", amt="156,00", due="2026-12-20",
         frm="Cécile Mabille <cecile.mabille.podologue@orange.fr>",
         intent="paid", paid_on="2027-01-11",
         note="Podiatrist: cheque posted on Monday (11 January), reply on Wednesday 13.",
         body="""Bonjour,

Le chèque de 156 € a été envoyé par la poste lundi. Il devrait vous arriver rapidement si ce n'est pas déjà fait.

Cordialement,

Cécile Mabille
Pédicure-podologue D.E.
Maison de santé des Hauts-de-Saint-Aubin
02 41 36 92 07"""),

    dict(id="s7frb039", country="FR", date="2027-01-04T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="LS-2026-1239", amt="360,00", due="2026-12-22",
         frm="Fanny Roussel <fanny@fannyroussel-redaction.fr>",
         intent="out_of_office", return_date="2027-01-07",
         note="Freelance writer's holiday responder: away until 6 January inclusive, so back Thursday 7 January.",
         subj="Absence jusqu'au 6 janvier",
         body="""Bonjour et merci pour votre message,

Je suis en congés jusqu'au 6 janvier inclus, avec un accès très limité à mes mails. Je vous répondrai dès mon retour.

Belle année 2027 !

Fanny Roussel
Rédactrice web & SEO"""),

    dict(id="s7frb040", country="FR", date="2027-01-26T10:30", fmt="gmail", stage="firm", ago=1,
         inv="LS-2026-1205", amt="690,00", due="2026-12-15",
         frm="Laure Pineau <laure.pineau.kine@gmail.com>",
         intent="plan_request",
         note="Physio on sick leave asks for more time or instalments; explicitly gives no date.",
         body="""Bonjour,

Je me permets de répondre à votre relance pour vous expliquer ma situation. Je suis en arrêt maladie depuis mi-novembre suite à une opération de l'épaule, mon cabinet est fermé et je n'ai quasiment plus de revenus en dehors des indemnités.

Je n'ai pas oublié votre facture pour le site du cabinet, mais je ne suis pas en mesure de la régler maintenant. Serait-il possible de m'accorder un délai supplémentaire, ou de l'étaler sur plusieurs mois ? Je préfère ne pas vous donner de date que je ne pourrais pas tenir, je devrais en savoir plus sur ma reprise à la fin du mois de février.

Merci d'avance pour votre compréhension.

Laure Pineau
Masseur-kinésithérapeute"""),
    dict(id="s7frb041", country="FR", date="2026-12-21T11:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="LS-2026-1146", amt="598,80", due="2026-11-28",
         frm="Gestion Maison médicale du Lac <gestion.mmlac@gmail.com>",
         fresh=True, subj="TR: Avis d'exécution de votre virement",
         intent="paid", paid_on="2026-12-18",
         note="Health centre's office manager forwards the bank's execution notice: transfer executed on 18/12.",
         body="""Bonjour,

Suite à votre relance de la semaine dernière, je vous transfère ci-dessous la confirmation de notre banque. Le virement est parti le 18/12, vous devriez l'avoir aujourd'hui ou demain.

Bonne journée,
Agnès Letort
Coordinatrice - Maison médicale du Lac, Saint-Sylvain-d'Anjou

---------- Message transféré ---------
De : Banque en ligne <ne-pas-repondre@notifications-banque.fr>
Date : ven. 18 déc. 2026 à 10:42
Objet : Avis d'exécution de votre virement
À : <gestion.mmlac@gmail.com>

Madame, Monsieur,

Nous vous confirmons l'exécution du virement suivant :

Compte débité : SCM MAISON MEDICALE DU LAC - ****4417
Bénéficiaire : LIGERIEN SERVICES SARL
Montant : 598,80 EUR
Date d'exécution : 18/12/2026
Référence : FACT LS-2026-1146

Ceci est un message automatique, merci de ne pas y répondre."""),

    dict(id="s7frb042", country="FR", date="2026-12-10T17:36", fmt="gmail", stage="reminder", ago=2,
         inv="LS-2026-1166", amt="210,00", due="2026-12-01",
         frm="Auto-école Conduite Plus <conduiteplus.angers@gmail.com>",
         intent="promise", promise_date="2026-12-16",
         note="Driving school: payment next Wednesday (reply on Thursday 10 December), with a side question about the new laptop.",
         body="""Bonjour,

Oui c'est noté, je vous fais le règlement mercredi prochain, quand je repasse au bureau (je suis en examens toute la semaine avec les élèves).

Par contre le portable que votre technicien a installé redémarre tout seul de temps en temps, est-ce que quelqu'un peut me rappeler pour regarder ça ?

Stéphane
Auto-école Conduite Plus
06 33 71 08 29"""),

    dict(id="s7frb043", country="FR", date="2027-01-18T14:45", fmt="html_outlook", stage="reminder", ago=4,
         inv="LS-2026-1258", amt="432,00", due="2026-12-31",
         frm="Dr Paul Hamon <p.hamon@scm-lesiris.fr>",
         intent="contact_change", new_email="compta.scmlesiris@expert-anjou.fr",
         note="Doctor asks that invoices and reminders go to the practice's accountant.",
         body="""Bonjour,

Je ne m'occupe pas de la comptabilité du cabinet. Merci d'adresser désormais vos factures et vos éventuelles relances directement à notre comptable, Mme Leroy, à l'adresse suivante : compta.scmlesiris@expert-anjou.fr

Je lui fais suivre ce message.

Bien cordialement,

Dr Paul Hamon
Médecin généraliste
SCM Les Iris - 3 rue de la Madeleine, 49000 Angers
Secrétariat : 02 41 60 24 15"""),

    dict(id="s7frb044", country="FR", date="2027-01-08T09:40", fmt="tb", stage="reminder", ago=3,
         inv="LS-2026-1261", amt="384,00", due="2026-12-31",
         frm="Crèche Les Loupiots <direction@creche-lesloupiots.fr>",
         intent="dispute",
         note="Associative crèche: four cleaning visits invoiced in December, only two done during the closure; asks for a corrected invoice.",
         body="""Bonjour,

Votre facture de décembre porte sur 4 passages de ménage, soit 384 €. Or la crèche était fermée du 19 décembre au 4 janvier, comme nous l'avions signalé à votre responsable de secteur début décembre, et votre équipe n'est donc intervenue que deux fois (les 5 et 12 décembre).

Nous ne pouvons pas valider cette facture telle quelle. Merci de nous faire parvenir une facture rectifiée de 192 €, que nous réglerons dès réception.

Cordialement,

Marion Pasquier
Directrice
Crèche associative Les Loupiots
02 41 48 19 63"""),

    dict(id="s7frb045", country="FR", date="2027-01-27T18:02", fmt="gmail", stage="final_notice", ago=2,
         inv="LS-2026-1222", amt="174,00", due="2026-12-20",
         frm="Le Barbier du Tertre <barbierdutertre@gmail.com>",
         intent="promise", promise_date="2027-01-28",
         note="Barber, short: transfer tomorrow morning.",
         body="""Pas besoin d'envoyer ça au recouvrement, je fais le virement demain matin.

Mehdi"""),

    dict(id="s7frb046", country="FR", date="2027-01-15T10:05", fmt="tb", stage="firm", ago=4,
         inv="LS-2026-1204", amt="145,00", due="2026-12-10",
         frm="Odette Rabier <odette.rabier@orange.fr>",
         intent="other",
         note="Widow: the subscriber died in November; asks how to cancel and whether the invoice goes to the notary. Neither a promise nor a dispute.",
         body="""Madame, Monsieur,

J'ai trouvé votre message en consultant la boîte électronique de mon époux, Jacques Rabier, titulaire de l'abonnement d'assistance informatique. Mon mari est décédé le 28 novembre dernier.

Je n'étais pas au courant de cet abonnement et je ne sais pas comment procéder. Pourriez-vous m'indiquer la démarche à suivre pour le résilier, et me dire si cette facture doit être transmise au notaire chargé de la succession, Maître Guérin, à Chalonnes-sur-Loire ?

Je vous remercie par avance de votre réponse et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Odette Rabier
12, rue du Vieux Pont
49290 Chalonnes-sur-Loire"""),

    dict(id="s7frb047", country="FR", date="2026-12-23T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="LS-2026-1221", amt="275,00", due="2026-12-15",
         frm="Nadia Benali <n.benali@orthophonie-angers.fr>",
         intent="out_of_office", return_date="2027-01-06",
         note="Speech therapist's auto-reply: away 23 December to 5 January, back Wednesday 6 January.",
         body="""Bonjour,

Je suis absente du cabinet du 23 décembre au 5 janvier. Je serai de retour le mercredi 6 janvier et traiterai votre message à ce moment-là.

Pour les rendez-vous, merci de passer par Doctolib ou de laisser un message au 02 41 19 57 30.

Nadia Benali
Orthophoniste"""),

    dict(id="s7frb048", country="FR", date="2026-12-18T10:48", fmt="html_outlook", stage="firm", ago=3,
         inv="LS-2026-1072", amt="2 736,00", due="2026-11-10",
         frm="Comptabilité OGEC Sainte-Marie <comptabilite@ogec-saintemarie-angers.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Private school's accounts: transfer made this morning after the invoice was stuck awaiting the head's signature.",
         body="""Bonjour,

Je vous prie de nous excuser pour ce retard : la facture était bloquée dans le circuit de validation en attendant la signature du chef d'établissement.

Le virement de 2 736,00 € a été effectué ce matin.

Bien cordialement,

Florence Guillou
Service comptabilité
OGEC Sainte-Marie - Établissement catholique d'enseignement sous contrat
45 rue Saint-Nicolas, 49100 Angers
Tél. : 02 41 87 52 20

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de ses destinataires. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur."""),

    dict(id="s7frb049", country="FR", date="2026-12-21T12:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="LS-2026-1178", amt="480,00", due="2026-12-01",
         frm="Kevin Moulin <kevin.moulin.dev@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="Freelance developer with typos: pays on the 31st (December).",
         body="""Bjr,

Je vous régle le 31 sans faute, c le jour ou je suis payé par mon principal client. Désolé pr le retrad.

Kevin"""),

    dict(id="s7frb050", country="FR", date="2027-01-12T09:20", fmt="gmail", stage="reminder", ago=1,
         inv="LS-2026-1247", amt="118,00", due="2026-12-31",
         frm="Famille Cordier <cordier.jm@free.fr>",
         intent="paid", paid_on="2027-01-07",
         note="Private customers: cheque handed to the technician during his visit on 7 January.",
         body="""Bonjour,

Nous avons remis un chèque de 118 € en main propre à votre technicien, Kévin, lors de son passage à la maison le jeudi 7 janvier pour l'imprimante. Il a dû oublier de le déposer ou de le signaler.

Pouvez-vous vérifier auprès de lui ? Merci.

Jean-Marc et Sylvie Cordier"""),
]
