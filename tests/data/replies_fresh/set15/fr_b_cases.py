"""fr_b: French debtors replying to Opaline Services Entreprises SAS (propreté, sécurité, informatique,
formation, travail temporaire). Every body written by hand."""

CASES = [
    dict(id="s15frb001", country="FR", date="2026-12-08T11:42", fmt="apple", stage="reminder", ago=1,
         inv="OS-2026-1102", amt="486,00", due="2026-11-30",
         frm="Julien Marchetti <j.marchetti@atelier-lumen.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'virement vendredi' written on Tuesday 8 Dec = Friday 11 Dec.",
         body="""Ok, virement vendredi.

Julien

Envoyé de mon iPhone"""),

    dict(id="s15frb002", country="FR", date="2026-12-09T16:20", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("OS-2026-0987", "1 920,00", "2026-10-31"), ("OS-2026-1033", "960,00", "2026-11-15")],
         frm="Sandrine Poulard <fournisseurs@groupe-varenne.com>",
         intent="paid", paid_on="2026-12-09",
         note="Both invoices paid 'ce jour' by SEPA transfer on 9 Dec.",
         body="""Bonjour,

Nous vous informons que les deux factures citées en objet ont été réglées ce jour par virement SEPA (remise n° 2026-12-0447), pour un montant total de 2 880,00 €.

Le délai de réception sur votre compte est habituellement de 24 à 48 heures ouvrées.

Cordialement,

Sandrine Poulard
Comptable fournisseurs
Groupe Varenne – Direction administrative et financière
8 rue de la Villette – 69003 Lyon
Tél. : 04 37 24 88 10

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s15frb003", country="FR", date="2026-12-10T09:15", fmt="outlook", stage="reminder", ago=2,
         inv="OS-2026-1121", amt="1 344,00", due="2026-11-30",
         frm="Claire Dubosc <c.dubosc@arnaud-associes-avocats.fr>",
         intent="dispute",
         note="Refuses to pay the full monthly cleaning fee: two visits and the window cleaning were not done; asks for a credit note.",
         body="""Bonjour,

Je ne règlerai pas cette facture en l'état.

Le nettoyage de nos locaux n'a pas été assuré les mardis 10 et 17 novembre (l'agent ne s'est pas présenté, j'avais d'ailleurs appelé votre service planning les deux fois), et le lavage des vitres prévu au contrat pour le mois de novembre n'a pas été fait non plus. Or la facture reprend le forfait mensuel complet.

Merci de m'adresser un avoir ou une facture rectifiée tenant compte de ces passages manquants. Je la mettrai en paiement dès réception.

Cordialement,

Claire Dubosc
Office manager
Cabinet Arnaud & Associés – Avocats au barreau de Lyon
41 quai Jules Courmont, 69002 Lyon
04 78 37 52 06"""),

    dict(id="s15frb004", country="FR", date="2026-12-18T17:32", fmt="ooo", stage="repeat", ago=0,
         inv="OS-2026-0954", amt="2 160,00", due="2026-10-15",
         frm="Martine Lecoq <m.lecoq@transports-gireaud.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Away until Monday 4 January inclusive: back Tuesday 5 January.",
         body="""Bonjour,

Merci pour votre message.

Je suis en congés jusqu'au lundi 4 janvier inclus et n'aurai pas accès à ma messagerie pendant cette période. Votre message ne sera pas transféré.

Pour toute urgence concernant la comptabilité, vous pouvez joindre Hervé Gomes au 04 74 21 06 33 ou à l'adresse compta@transports-gireaud.fr.

Bonnes fêtes de fin d'année,

Martine Lecoq
Transports Gireaud"""),

    dict(id="s15frb005", country="FR", date="2026-12-14T20:47", fmt="gmail", stage="second_reminder", ago=4,
         inv="OS-2026-1058", amt="720,00", due="2026-11-20",
         frm="Thomas Bérard <thomas@kalima-studio.io>",
         intent="promise",
         note="Will pay 'après les fêtes': a promise with no single day.",
         body="""Bonsoir,

Désolé pour le retard, on attend nous-mêmes le paiement d'un gros client qui traîne depuis octobre... 

Je vous règle ça après les fêtes, sans faute. Et merci encore à Kevin pour la migration des postes, ça tourne nickel.

Thomas
Kalima Studio"""),

    dict(id="s15frb006", country="FR", date="2026-12-15T10:05", fmt="tb", stage="firm", ago=5,
         inv="OS-2026-0912", amt="4 380,00", due="2026-10-31",
         frm="Patrick Roux <contact@menuiserie-roux.fr>",
         intent="plan_request",
         note="Acknowledges the debt (temp workers in September) and asks to pay in three or four instalments; no dates.",
         body="""Bonjour,

Je reconnais bien la somme, les deux intérimaires ont bien travaillé chez nous en septembre et il n'y a rien à redire.

Le problème c'est que deux chantiers ne m'ont toujours pas été payés et ma trésorerie est à sec en ce moment. Est-ce qu'il serait possible de vous régler en trois ou quatre fois ? Je préfère être franc avec vous plutôt que de ne rien dire.

Dites-moi ce qui est possible de votre côté.

Cordialement,

Patrick Roux
Menuiserie Roux & Fils
ZA des Plattes – 69390 Vourles
06 62 40 17 85"""),

    dict(id="s15frb007", country="FR", date="2026-12-16T14:22", fmt="html_gmail", stage="reminder", ago=6,
         inv="OS-2026-1140", amt="540,00", due="2026-12-05",
         frm="Aurélie Fontaine <aurelie.fontaine@pharmacie-brotteaux.fr>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF and the attendance certificate needed for the OPCO.",
         body="""Bonjour,

Nous n'avons jamais reçu cette facture, ni par mail ni par courrier.

Pouvez-vous me la renvoyer en PDF, avec l'attestation de présence de la formation SST du 24 novembre ? Notre OPCO nous la demande pour la prise en charge, et je ne peux rien payer tant que le dossier n'est pas complet.

Merci d'avance,

Aurélie Fontaine
Pharmacie des Brotteaux"""),

    dict(id="s15frb008", country="FR", date="2026-12-08T15:03", fmt="outlook", stage="heads_up", ago=0,
         inv="OS-2026-1199", amt="3 600,00", due="2026-12-31",
         frm="Nicolas Perrin <n.perrin@hexagone-logistique.fr>",
         intent="contact_change", new_email="comptabilite.fournisseurs@hexagone-logistique.fr",
         note="No longer in charge of supplier accounts; asks that invoices and reminders go to the dedicated address.",
         body="""Bonjour,

Je ne suis plus en charge de la comptabilité fournisseurs depuis le 1er décembre.

Merci d'adresser désormais vos factures et relances à notre service dédié : comptabilite.fournisseurs@hexagone-logistique.fr

Je leur fais suivre celle-ci.

Cordialement,

Nicolas Perrin
Responsable des services généraux
Hexagone Logistique
Tél. 04 72 90 15 62"""),

    dict(id="s15frb009", country="FR", date="2026-12-15T07:58", fmt="gmail", stage="second_reminder", ago=1,
         inv="OS-2026-1012", amt="312,00", due="2026-11-10",
         frm="Garage Morel <garage.morel69@orange.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted 'hier' (Monday 14 Dec).",
         body="""bonjour le cheque est parti hier par la poste vous devriez l avoir demain ou jeudi. dsl pour le retard on a eu du monde a l atelier
cdt
J Morel"""),

    dict(id="s15frb010", country="FR", date="2026-12-09T10:30", fmt="outlook", stage="reminder", ago=1,
         inv="OS-2026-1095", amt="2 256,00", due="2026-11-30",
         frm="Service Comptabilité - Clinique du Parc <compta@clinique-du-parc-lyon.fr>",
         intent="promise", promise_date="2026-12-15",
         note="Invoice included in the transfer run of 15 December.",
         body="""Bonjour,

Nos virements fournisseurs partent le 15 de chaque mois. Votre facture est intégrée à la campagne du 15 décembre.

Bien cordialement,

Laurence Bret
Service comptabilité
Clinique du Parc
155 boulevard de Stalingrad – 69006 Lyon
Tél. 04 72 83 40 00 – poste 4127"""),

    dict(id="s15frb011", country="FR", date="2027-01-06T11:10", fmt="html_outlook", stage="final_notice", ago=2,
         inv="OS-2026-0871", amt="1 150,00", due="2026-10-31",
         frm="Frédéric Vautrin <f.vautrin@vautrin-conseil.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Commits to pay 'pour fin janvier au plus tard' = 31 Jan; side question about contract renewal.",
         body="""Bonjour,

Je vous confirme le règlement de la totalité pour fin janvier au plus tard. Inutile de transmettre le dossier à qui que ce soit.

Par ailleurs, pouvez-vous me dire si le contrat de maintenance informatique se renouvelle automatiquement en février ? Je souhaiterais le revoir avant, le nombre de postes a baissé chez nous.

Bien à vous,

Frédéric Vautrin
Gérant
Vautrin Conseil
06 08 51 73 29"""),

    dict(id="s15frb012", country="FR", date="2026-12-23T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="OS-2026-1163", amt="876,00", due="2026-12-15",
         frm="Accueil Imprimerie Delorme <contact@imprimerie-delorme.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Offices closed 24 Dec to 3 Jan; reopening Monday 4 January.",
         body="""Bonjour,

Nos bureaux sont fermés du 24 décembre 2026 au 3 janvier 2027 inclus. Réouverture le lundi 4 janvier à 8h30.

Les messages reçus pendant cette période seront traités à notre retour.

Toute l'équipe de l'Imprimerie Delorme vous souhaite de bonnes fêtes de fin d'année !"""),

    dict(id="s15frb013", country="FR", date="2026-12-11T13:37", fmt="gmail", stage="reminder", ago=3,
         inv="OS-2026-1087", amt="264,00", due="2026-11-25",
         frm="Sophie Langlade <sophie.langlade.archi@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Just paid by card through the link; also asks for a receipted invoice (secondary).",
         body="""Bonjour,

Je viens de payer par carte via votre lien. Pouvez-vous m'envoyer la facture acquittée pour ma comptable ?

Merci et bonne journée,
Sophie Langlade
Architecte DPLG"""),

    dict(id="s15frb014", country="FR", date="2026-12-17T18:50", fmt="gmail", stage="firm", ago=2,
         inv="OS-2026-0998", amt="2 940,00", due="2026-11-05",
         frm="Karim Belkacem <k.belkacem@belka-events.fr>",
         intent="dispute",
         note="Angry: the security guard left hours early, invoice bills 12 hours; refuses to pay until corrected.",
         body="""Vous vous foutez de qui ?

Votre agent de sécurité est parti à 23h au lieu de 2h du matin le soir du salon, j'ai dû gérer la fermeture tout seul, et vous me facturez 12 heures ?? Et maintenant vous m'envoyez des pénalités de retard ?

Je ne paierai pas un centime tant que je n'ai pas une facture qui correspond aux heures réellement faites. J'ai déjà appelé deux fois votre agence, personne ne me rappelle.

K. Belkacem
Belka Events"""),

    dict(id="s15frb015", country="FR", date="2026-12-10T09:02", fmt="bounce",
         inv="OS-2026-1066", rcpt="compta@sci-les-tilleuls.fr", status="5.1.1",
         mta="amazonses.com", remote="mx.sci-les-tilleuls.fr",
         diag="550 5.1.1 <compta@sci-les-tilleuls.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""This is the mail system at host amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<compta@sci-les-tilleuls.fr>: host mx.sci-les-tilleuls.fr[51.91.44.12] said:
    550 5.1.1 <compta@sci-les-tilleuls.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s15frb016", country="FR", date="2026-12-21T19:12", fmt="apple", stage="repeat", ago=3,
         inv="OS-2026-1004", amt="418,80", due="2026-11-15",
         frm="Lucie Carrel <lucie@carrel-paysage.fr>",
         intent="promise", promise_date="2026-12-22",
         note="'demain matin' written Monday 21 Dec = 22 Dec.",
         body="""Oups désolée je pensais l'avoir fait !! Je fais le virement demain matin promis

Lucie

Envoyé de mon iPhone"""),

    dict(id="s15frb017", country="FR", date="2026-12-10T12:01", fmt="gmail", stage="second_reminder", ago=2,
         inv="OS-2026-0960", amt="1 080,00", due="2026-10-31",
         frm="Bernard Achard <b.achard@achard-immobilier.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic emails; says terms were agreed directly with a named contact (no date or payment stated).",
         body="""Bonjour,

Merci de ne plus m'envoyer ces mails automatiques. Je suis en contact direct avec M. Salvi chez vous et nous avons convenu ensemble de la suite à donner.

Ces relances à répétition n'apportent rien et encombrent ma boîte.

Cordialement,
Bernard Achard
Achard Immobilier – Transactions & Gestion"""),

    dict(id="s15frb018", country="FR", date="2026-12-14T09:40", fmt="tb", stage="reminder", ago=4,
         inv="OS-2026-1118", amt="630,00", due="2026-11-30",
         frm="Hélène Masson <helene.masson@ateliers-masson.fr>",
         intent="other",
         note="Forwarded to their accounting firm, which handles payments; no payment commitment.",
         body="""Bonjour,

C'est notre cabinet comptable qui gère les règlements fournisseurs pour nous. Je leur ai transmis votre relance ce matin avec la facture, ils reviendront vers vous directement.

Bonne journée,

Hélène Masson
Les Ateliers Masson – Tapisserie d'ameublement
Tél. 04 78 28 91 14"""),

    dict(id="s15frb019", country="FR", date="2026-12-18T11:25", fmt="html_outlook", stage="firm", ago=1,
         inv="OS-2026-0935", amt="3 480,00", due="2026-10-31",
         frm="Comptabilité Mistral Com <compta@mistral-com.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment of 2 000 € made today; balance 'courant janvier' (vague). Paid is what the firm acts on first.",
         body="""Bonjour,

Nous avons procédé ce jour à un virement de 2 000,00 € en règlement partiel de la facture OS-2026-0935.

Le solde de 1 480,00 € vous sera réglé courant janvier, dès encaissement de nos propres factures de fin d'année.

Nous vous remercions de votre compréhension.

Cordialement,

Élodie Sanchez
Responsable administrative et comptable
Agence Mistral Com
Tél. : 04 91 55 20 87"""),

    dict(id="s15frb020", country="FR", date="2027-01-05T10:12", fmt="outlook", stage="second_reminder", ago=1,
         inv="OS-2026-1172", amt="5 112,00", due="2026-12-20",
         frm="Comptes Fournisseurs France <ap-france@sodimatec-industrie.com>",
         intent="copy_request",
         note="Invoice rejected: missing purchase-order number; asks for it to be re-sent with the PO reference.",
         body="""Bonjour,

Votre facture OS-2026-1172 ne peut pas être traitée par notre service : elle ne comporte aucun numéro de bon de commande (format PO 45xxxxxxxx).

Merci de nous la renvoyer en mentionnant la référence de commande communiquée par votre interlocuteur chez Sodimatec, à l'adresse factures.fr@sodimatec-industrie.com. Sans ce numéro, les factures sont rejetées automatiquement par notre outil de dématérialisation et ne peuvent pas être mises en paiement.

Cordialement,

Service Comptes Fournisseurs
Centre de Services Partagés – Sodimatec Industrie SAS
Ce message est généré depuis une boîte partagée. Merci de rappeler le numéro de facture dans toute correspondance."""),

    dict(id="s15frb021", country="FR", date="2027-01-07T16:45", fmt="apple", stage="repeat", ago=3,
         inv="OS-2026-1150", amt="1 620,00", due="2026-12-10",
         frm="Olivier Tessier <o.tessier@tessier-architectes.fr>",
         intent="promise", promise_date="2027-01-11",
         note="'Le virement sera fait lundi' written Thursday 7 Jan = Monday 11 Jan.",
         body="""Bonjour,

Je suis en déplacement sur chantier jusqu'à vendredi et je n'ai pas accès à la banque pro depuis mon téléphone. Le virement sera fait lundi, dès mon retour à l'agence.

Cordialement,

Olivier Tessier
Tessier Architectes
12 rue Mercière, 69002 Lyon"""),

    dict(id="s15frb022", country="FR", date="2027-01-04T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="OS-2026-1090", amt="744,00", due="2026-11-30",
         frm="Didier Fabre <d.fabre@fabre-btp.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Absent until Friday 8 January inclusive: back Monday 11 January.",
         body="""Je suis absent jusqu'au vendredi 8 janvier inclus.
En cas d'urgence, merci de contacter le secrétariat au 04 77 35 62 90.

Didier Fabre
Fabre BTP"""),

    dict(id="s15frb023", country="FR", date="2027-01-08T14:10", fmt="html_gmail", stage="reminder", ago=3,
         inv="OS-2026-1203", amt="198,00", due="2026-12-31",
         frm="Nathalie Giraud <n.giraud@giraud-optique.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Direct debit taken on 'le 5' (5 January) per their bank statement.",
         body="""Bonjour,

Cette facture est en prélèvement automatique, comme toutes les autres depuis que nous avons signé le mandat SEPA. Le prélèvement est passé sur notre compte le 5, je l'ai sous les yeux sur le relevé.

Merci de vérifier de votre côté avant de nous relancer.

Nathalie Giraud
Giraud Optique – Villefranche"""),

    dict(id="s15frb024", country="FR", date="2026-12-16T11:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="OS-2026-1041", amt="2 700,00", due="2026-11-15",
         frm="Isabelle Roche <i.roche@roche-expertise.fr>",
         intent="bank_details",
         note="Received an email announcing a change of IBAN; suspects fraud and wants confirmation of the bank details before paying.",
         body="""Bonjour,

Nous avons reçu la semaine dernière un e-mail présenté comme venant de votre service comptable, nous informant d'un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne, avec un RIB en pièce jointe).

Par prudence, nous n'avons pas réglé la facture OS-2026-1041. Pouvez-vous nous confirmer par téléphone, au numéro habituel, si vos coordonnées bancaires ont effectivement changé ? Nous procéderons au paiement dès confirmation.

Bien cordialement,

Isabelle Roche
Expert-comptable associée
Roche Expertise & Conseil
Tél. 04 78 93 27 50"""),

    dict(id="s15frb025", country="FR", date="2027-01-12T15:30", fmt="gmail", stage="reminder", ago=1,
         inv="OS-2026-1177", amt="1 890,00", due="2026-12-31",
         frm="Émilie Chassagne <emilie.chassagne@maisonsduforez.fr>",
         intent="dispute",
         note="Training cancelled by the trainer and never rescheduled, yet both days billed; will only pay once delivered.",
         body="""Bonjour,

Je suis assez surprise de recevoir cette relance. La formation « Excel avancé » prévue les 7 et 8 décembre a été annulée par votre formateur la veille au soir, et reportée à une date qui n'a jamais été fixée malgré mes deux relances.

Vous nous facturez pourtant les deux journées. Nous ne réglerons cette facture qu'une fois la formation effectivement réalisée.

Merci de me proposer des dates rapidement.

Émilie Chassagne
Responsable RH
Les Maisons du Forez
04 77 92 18 40"""),

    dict(id="s15frb026", country="FR", date="2027-01-08T09:55", fmt="tb", stage="second_reminder", ago=3,
         inv=[("OS-2026-1128", "1 032,00", "2026-12-05"), ("OS-2026-1165", "516,00", "2026-12-20")],
         frm="Comptabilité Vignobles Berthier <comptabilite@vignobles-berthier.fr>",
         intent="promise", promise_date="2027-01-13",
         note="Both invoices scheduled for the transfer run of Wednesday 13 January.",
         body="""Bonjour,

Les deux factures sont validées. Le règlement est programmé pour le mercredi 13 janvier, avec notre prochaine remise de virements.

Bonne année à toute l'équipe,

Agnès
Comptabilité – SCEA Vignobles Berthier
69460 Odenas"""),

    dict(id="s15frb027", country="FR", date="2026-12-11T10:14", fmt="outlook", stage="reminder", ago=1,
         inv="OS-2026-1111", amt="1 560,00", due="2026-11-30",
         frm="Sylvie Dumas <accueil@dumas-consultants.fr>",
         intent="other",
         note="Wrong recipient: says they are not a customer, probably confused with a namesake firm.",
         body="""Bonjour,

Je pense qu'il y a une erreur : nous ne sommes pas clients chez vous et n'avons jamais commandé de prestation de gardiennage.

Vous nous confondez peut-être avec Dumas Conseil, à Villeurbanne, qui reçoit régulièrement notre courrier (et nous le leur).

Merci de corriger votre fichier.

Cordialement,

Sylvie Dumas
Dumas Consultants – Recrutement
Tél. 04 72 44 09 81"""),

    dict(id="s15frb028", country="FR", date="2027-01-13T11:40", fmt="html_outlook", stage="final_notice", ago=2,
         inv=[("OS-2026-0947", "1 296,00", "2026-10-31"), ("OS-2026-1069", "1 296,00", "2026-11-30")],
         frm="Marc-Antoine Leroux <ma.leroux@leroux-restauration.fr>",
         intent="plan_request",
         note="Asks to spread the two invoices over the coming three months; no instalment dates committed.",
         body="""Madame, Monsieur,

J'accuse réception de votre courrier concernant les factures de nettoyage de nos cuisines d'octobre et novembre.

Je ne conteste pas ces sommes. Toutefois, la fermeture de notre second établissement pour travaux en décembre a lourdement pesé sur notre trésorerie, et je ne suis pas en mesure de régler les 2 592 € en une seule fois.

Je sollicite donc un échelonnement du règlement sur les trois prochains mois, selon les modalités qui vous conviendront. Je vous serais reconnaissant de ne pas transmettre le dossier au recouvrement dans l'intervalle.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Marc-Antoine Leroux
Gérant – SARL Leroux Restauration
Le Comptoir des Halles / La Table de Marc
06 17 84 29 03"""),

    dict(id="s15frb029", country="FR", date="2026-12-28T10:02", fmt="outlook", stage="repeat", ago=4,
         inv="OS-2026-1046", amt="960,00", due="2026-11-20",
         frm="Patricia Noël <p.noel@cabinet-noel-avocats.fr>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer issued on 22/12.",
         body="""Bonjour,

Le virement a été émis le 22/12, vous devriez l'avoir reçu depuis. Je vous joins l'avis d'opéré de la banque.

Bonne fin d'année,

Patricia Noël
Assistante juridique
Cabinet Noël Avocats"""),

    dict(id="s15frb030", country="FR", date="2027-01-14T17:20", fmt="gmail", stage="reminder", ago=3,
         inv="OS-2026-1211", amt="842,40", due="2026-12-31",
         frm="Romain Vidal <romain.vidal@vidal-traiteur.fr>",
         intent="promise",
         note="Will pay 'la semaine prochaine' (no single day); side request for a quote.",
         body="""Salut,

On vous paye la semaine prochaine, pas de souci, c'est juste que ma compta reprend lundi.

Par contre tu peux m'envoyer le devis pour le nettoyage de la cuisine centrale dont on avait parlé avec Sébastien avant Noël ? On aimerait démarrer en février.

Romain
Vidal Traiteur
06 71 20 58 94"""),

    dict(id="s15frb031", country="FR", date="2027-01-18T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="OS-2026-1219", amt="1 404,00", due="2027-01-10",
         frm="Camille Besson <c.besson@groupe-ametis.fr>",
         intent="out_of_office", return_date="2027-02-01",
         note="Absent, back on Monday 1 February.",
         body="""Bonjour,

Je suis absente et serai de retour le lundi 1er février 2027.

Pendant mon absence, les questions relatives aux factures fournisseurs peuvent être adressées à Julie Morin (j.morin@groupe-ametis.fr – 04 26 10 33 72).

Cordialement,
Camille Besson
Comptable – Groupe Ametis"""),

    dict(id="s15frb032", country="FR", date="2027-01-11T12:30", fmt="apple", stage="reminder", ago=4,
         inv="OS-2026-1190", amt="372,00", due="2026-12-31",
         frm="Yannick Chevalier <y.chevalier@chevalier-plomberie.fr>",
         intent="contact_change", new_email="c.pelletier@fiduciaire-rhone.fr",
         note="Asks that reminders go to the bookkeeper at the accounting firm who makes the payments.",
         body="""Bonjour

Merci d'envoyer vos relances directement à Mme Pelletier de la Fiduciaire du Rhône, c.pelletier@fiduciaire-rhone.fr, c'est elle qui fait les paiements pour nous depuis cette année. Moi je suis sur les chantiers toute la journée et je vois pas les mails.

Yannick Chevalier
Chevalier Plomberie Chauffage

Envoyé de mon iPhone"""),

    dict(id="s15frb033", country="FR", date="2027-01-19T10:00", fmt="html_outlook", stage="formal_notice", ago=2,
         inv="OS-2026-0893", amt="6 840,00", due="2026-10-15",
         frm="Direction Ateliers Brunet <direction@ateliers-brunet.fr>",
         intent="promise", promise_date="2027-01-22",
         note="Formal commitment to pay in full by Friday 22 January 2027 (not the notice's deadline).",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure relative à la facture OS-2026-0893.

Nous regrettons le retard pris dans ce règlement, dû à un changement de logiciel de gestion intervenu en fin d'année, et nous nous engageons à procéder au paiement intégral de la somme de 6 840,00 € au plus tard le vendredi 22 janvier 2027, par virement.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Jean-Luc Brunet
Président
Ateliers Brunet SAS – Chaudronnerie, tôlerie industrielle
ZI Lyon Sud – 69200 Vénissieux
RCS Lyon 432 118 907"""),

    dict(id="s15frb034", country="FR", date="2027-01-06T15:48", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv="OS-2026-1142", amt="2 088,00", due="2026-12-10",
         frm="Chloé Martin <c.martin@garnier-sa.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Assistant forwards the manager's answer: he validated the transfer 'lundi' (Monday 4 Jan).",
         body="""Bonjour,

Je vous transfère la réponse de M. Garnier ci-dessous : le virement est bien parti.

Bien à vous,

Chloé Martin
Assistante de direction
Garnier SA

-----Message d'origine-----
De : Laurent Garnier <l.garnier@garnier-sa.fr>
Envoyé : mercredi 6 janvier 2027 14:31
À : Chloé Martin <c.martin@garnier-sa.fr>
Objet : RE: relance Opaline

Chloé, c'est payé, j'ai validé le virement lundi sur le portail de la banque. Tu peux leur répondre.
L."""),

    dict(id="s15frb035", country="FR", date="2026-12-09T14:00", fmt="tb", stage="reminder", ago=2,
         inv="OS-2026-1108", amt="1 512,00", due="2026-11-30",
         frm="Service RH Plasturgie Bernard <rh@plasturgie-bernard.fr>",
         intent="dispute",
         note="Temp-work invoice bills 42 h where the signed timesheet shows 35 h; asks for correction before payment.",
         body="""Bonjour,

Nous avons un écart sur cette facture. Le relevé d'heures signé par notre chef d'atelier pour M. Diallo, semaine 48, indique 35 heures. Vous en facturez 42.

Merci de vérifier et de nous adresser une facture corrigée. Nous ne pouvons pas la passer en paiement en l'état.

Cordialement,

Corinne Vial
Service RH – Plasturgie Bernard
01100 Oyonnax"""),

    dict(id="s15frb036", country="FR", date="2027-01-15T09:20", fmt="html_gmail", stage="firm", ago=3,
         inv=[("OS-2026-0902", "480,00", "2026-10-31"), ("OS-2026-0979", "480,00", "2026-11-30"), ("OS-2026-1154", "480,00", "2026-12-31")],
         frm="Jérôme Aubry <jerome.aubry@aubry-distribution.fr>",
         intent="copy_request",
         note="Asks for a full account statement to reconcile payments before paying anything.",
         body="""Bonjour,

Pouvez-vous m'envoyer un relevé de compte complet depuis le début du contrat ?

De notre côté, plusieurs virements ont été faits à votre ordre en septembre et octobre et je ne suis pas certain qu'ils aient été affectés aux bonnes factures. Avant de régler quoi que ce soit, je voudrais faire un rapprochement propre.

Merci,

Jérôme Aubry
Comptable
Aubry Distribution
Tél. 04 74 65 11 38"""),

    dict(id="s15frb037", country="FR", date="2027-01-20T08:15", fmt="apple", stage="repeat", ago=2,
         inv="OS-2026-1017", amt="96,00", due="2026-11-15",
         frm="Gérard Pons <gerard.pons@wanadoo.fr>",
         intent="unsubscribe",
         note="Demands that his address be removed from the reminder mailings.",
         body="""STOP.

Arrêtez de m'envoyer vos relances tous les trois jours, ça devient du harcèlement. Retirez mon adresse de vos envois automatiques, merci.

G. Pons"""),

    dict(id="s15frb038", country="FR", date="2027-01-12T21:34", fmt="gmail", stage="second_reminder", ago=6,
         inv="OS-2026-1137", amt="588,00", due="2026-12-15",
         frm="Mickael Ferreira <mika.ferreira.renov@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'vendredi 15' = Friday 15 January.",
         body="""bonsoir,
desolé j'avais pas vu votre mail il a atterit dans les spams. Je fait le virement vendredi 15 sans faute.
cordialement
Mickael Ferreira
MF Rénovation"""),

    dict(id="s15frb039", country="FR", date="2026-12-08T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="OS-2026-1081", amt="1 224,00", due="2026-11-25",
         frm="Stéphane Ribeiro <s.ribeiro@ribeiro-transports.fr>",
         intent="out_of_office", return_date="2026-12-10",
         note="In training, back in the office Thursday 10 December.",
         body="""Bonjour,

Je suis actuellement en formation et consulte mes messages de façon irrégulière. Je serai de retour au bureau le jeudi 10 décembre.

Cordialement,

Stéphane Ribeiro
Ribeiro Transports"""),

    dict(id="s15frb040", country="FR", date="2026-12-17T11:00", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="OS-2026-1009", amt="3 264,00", due="2026-11-10",
         frm="Administration Textiles Perrault <admin@textiles-perrault.fr>",
         intent="other",
         note="Company in receivership (redressement judiciaire): cannot pay pre-judgment debts; creditor must file its claim with the mandataire.",
         body="""Madame, Monsieur,

Nous vous informons que la société Textiles Perrault SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce de Lyon en date du 2 décembre 2026.

Conformément aux dispositions légales, nous ne sommes plus autorisés à régler les créances nées antérieurement à ce jugement. Nous vous invitons à déclarer votre créance auprès du mandataire judiciaire désigné, Maître Anne-Sophie Gallet, 18 rue de la République, 69002 Lyon, dans un délai de deux mois à compter de la publication du jugement au BODACC.

Les prestations réalisées après le 2 décembre seront réglées normalement.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service administratif
Textiles Perrault SAS"""),

    dict(id="s15frb041", country="FR", date="2027-01-19T10:30", fmt="gmail", stage="reminder", ago=1,
         inv="OS-2026-1226", amt="180,00", due="2027-01-10",
         frm="Cabinet dentaire Dr Amrani <cabinet.amrani@orange.fr>",
         intent="paid", paid_on="2027-01-14",
         note="Cheque handed to the technician 'jeudi dernier' = Thursday 14 January.",
         body="""Bonjour,

Cette facture a été réglée par chèque n° 0004521, remis en main propre à votre technicien lors de son passage jeudi dernier pour la mise à jour de l'ordinateur de l'accueil.

Merci de vérifier auprès de lui.

Cordialement,
Fatima, secrétaire
Cabinet dentaire du Dr Amrani"""),

    dict(id="s15frb042", country="FR", date="2026-12-07T14:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="OS-2026-1024", amt="1 752,00", due="2026-11-10",
         frm="Arnaud Lefort <a.lefort@lefort-evenementiel.fr>",
         intent="promise", promise_date="2026-12-31",
         note="'à la fin du mois' written 7 December = 31 December; the client's 28th is not the promise.",
         body="""Bonjour,

Je suis au courant, désolé. Mon client principal nous règle le 28, je vous fais le virement à la fin du mois dans la foulée.

Arnaud Lefort
Lefort Événementiel
06 45 12 90 37"""),

    dict(id="s15frb043", country="FR", date="2026-12-21T10:40", fmt="tb", stage="reminder", ago=4,
         inv="OS-2026-1149", amt="650,00", due="2026-12-10",
         frm="Trésorerie Les Ateliers du Lien <tresorerie@ateliersdulien.org>",
         intent="bank_details",
         note="Asks for the firm's RIB, missing from the invoice, to create the payee at the bank.",
         body="""Bonjour,

Pourriez-vous nous envoyer votre RIB ? Il n'apparaît pas sur la facture, et notre banque exige un RIB au format PDF pour enregistrer un nouveau bénéficiaire.

Je suis bénévole et ne passe à l'association que le lundi et le jeudi, d'où le délai, excusez-nous.

Bien cordialement,

Michel Guérin
Trésorier – Association Les Ateliers du Lien
Centre social – 69100 Villeurbanne"""),

    dict(id="s15frb044", country="FR", date="2027-01-21T16:02", fmt="html_gmail", stage="firm", ago=3,
         inv="OS-2026-1103", amt="178,80", due="2026-11-30",
         frm="Françoise Miquel <f.miquel@miquel-assurances.fr>",
         intent="dispute",
         note="Alarm-monitoring contract terminated by registered letter effective 31 October; the November invoice should not exist.",
         body="""Bonjour,

Je vous ai déjà écrit à ce sujet en décembre. Nous avons résilié le contrat de télésurveillance par lettre recommandée du 30 septembre, avec effet au 31 octobre, conformément au préavis d'un mois prévu au contrat.

La facture de novembre n'a donc pas lieu d'être et je ne la réglerai pas. Je vous joins une nouvelle fois la copie de l'accusé de réception. Merci d'annuler cette facture et de cesser les relances.

Françoise Miquel
Agent général
Miquel Assurances – 26000 Valence
04 75 43 18 62"""),

    dict(id="s15frb045", country="FR", date="2026-12-30T11:00", fmt="gmail", stage="repeat", ago=1,
         inv="OS-2026-1061", amt="1 008,00", due="2026-11-20",
         frm="Anthony Blanc <a.blanc@blanc-menuiseries.fr>",
         intent="promise", promise_date="2027-01-08",
         note="'le paiement partira le 08/01' = 8 January 2027.",
         body="""Bonjour, la compta est fermée jusqu'au 4, le paiement partira le 08/01.
Bonnes fêtes
A. Blanc"""),

    dict(id="s15frb046", country="FR", date="2027-01-11T08:37", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="OS-2026-1184", amt="864,00", due="2026-12-15",
         frm="Damien Lacroix <damien.lacroix@lacroix-auto-ecole.fr>",
         intent="paid", paid_on="2027-01-08",
         note="Paid by transfer 'vendredi dernier' written Monday 11 Jan = Friday 8 Jan.",
         body="""bonjour
c'est réglé depuis vendredi dernier, virement de 864€ depuis le compte de l'auto-école (Crédit Agricole). vous devriez l'avoir aujourd'hui ou demain
merci de vérifier avant de relancer encore
Damien"""),

    dict(id="s15frb047", country="FR", date="2027-01-13T08:45", fmt="tb", stage="reminder", ago=1,
         inv=[("OS-2026-1187", "1 440,00", "2026-12-31"), ("OS-2026-1205", "360,00", "2026-12-31")],
         frm="Xavier Meunier <x.meunier@meunier-geometres.fr>",
         intent="paid", paid_on="2027-01-11",
         note="Both invoices paid in one transfer on 11 January.",
         body="""Bonjour,

Les deux factures ont été réglées en un seul virement de 1 800,00 € le 11 janvier (libellé : VIR OPALINE 1187-1205). Nos messages se sont sans doute croisés.

Cordialement,

Xavier Meunier
Géomètre-expert
Cabinet Meunier – 38200 Vienne"""),

    dict(id="s15frb048", country="FR", date="2027-01-20T13:10", fmt="html_gmail", stage="firm", ago=2,
         inv="OS-2026-1131", amt="2 400,00", due="2026-12-15",
         frm="Maud Perret <maud.perret@perret-conseil-rh.fr>",
         intent="promise", promise_date="2027-01-25",
         note="Payment planned with their run of 'le 25' (25 January); side question about the 40 € recovery fee.",
         body="""Bonjour,

Le paiement est prévu avec notre échéance fournisseurs du 25, vous l'aurez donc en fin de semaine prochaine au plus tard.

Une question en revanche : l'indemnité forfaitaire de 40 € mentionnée dans votre relance sera-t-elle facturée en plus ? Vu que nous travaillons ensemble depuis six ans et que c'est le premier retard, j'espère que non.

Bien à vous,

Maud Perret
Dirigeante – Perret Conseil RH
07 81 33 46 20"""),

    dict(id="s15frb049", country="FR", date="2026-12-22T15:05", fmt="outlook", stage="heads_up", ago=1,
         inv="OS-2026-1215", amt="1 230,00", due="2027-01-05",
         frm="Benoît Rivière <b.riviere@riviere-cartonnages.fr>",
         intent="other",
         note="Question about what the invoice covers (emergency call-out included or billed separately); no payment statement or dispute.",
         body="""Bonjour,

Petite question avant que je l'impute : est-ce que cette facture inclut l'intervention d'urgence du 3 décembre sur notre serveur (le disque RAID), ou est-ce qu'elle sera facturée à part ?

Je dois savoir sur quel budget la passer, informatique courante ou investissement.

Merci,

Benoît Rivière
Contrôleur de gestion
Rivière Cartonnages"""),

    dict(id="s15frb050", country="FR", date="2027-01-26T14:30", fmt="apple", stage="final_notice", ago=1,
         inv="OS-2026-1096", amt="1 116,00", due="2026-11-30",
         frm="Samia Haddad <samia@haddad-coiffure.fr>",
         intent="plan_request",
         note="Asks to spread the payment over two or three months; no amounts or dates committed.",
         body="""Bonjour,

J'ai bien reçu votre dernier rappel. Janvier est très calme au salon et je ne peux pas sortir 1 116 € d'un coup en ce moment.

Serait-il possible d'étaler le paiement sur deux ou trois mois ? Dites-moi ce qui vous convient, je ne veux pas que ça parte au contentieux.

Samia Haddad
Haddad Coiffure

Envoyé de mon iPhone"""),
]
