"""fr_c: French debtors replying to Berthier Façades & Échafaudages SAS (Vénissieux). Handwritten, one by one."""

CASES = [
    dict(id="s16frc001", country="FR", date="2026-12-08T07:12", fmt="apple", stage="reminder", ago=1,
         inv="FA26-1088", amt="2 340,00", due="2026-11-10",
         frm="Kevin Da Silva <kds.placo@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Sent Tuesday 8 Dec; transfer promised 'vendredi' = Friday 11 December.",
         body="""ok je vous fais le virement vendredi

Kevin

Envoyé de mon iPhone"""),

    dict(id="s16frc002", country="FR", date="2026-12-08T10:41", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FA26-0967", amt="6 912,00", due="2026-10-31",
         frm="Comptabilité Copropriétés <compta.copro@rivoire-gestion.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Syndic says the transfer was made 'hier' on a Tuesday = Monday 7 December.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance du 3 décembre concernant la facture FA26-0967 (pose et location d'échafaudage – ravalement de la Résidence Les Tilleuls, 14 avenue Berthelot).

Nous vous informons que le règlement de 6 912,00 € a été effectué hier par virement depuis le compte bancaire séparé du syndicat des copropriétaires, après réception des fonds du deuxième appel travaux. Le délai de traitement interbancaire peut être de 24 à 48 heures.

Nous restons à votre disposition pour tout complément.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Sandrine Boyer
Service comptabilité copropriétés
Cabinet Rivoire Gestion – Syndic de copropriété
8 quai Jean Moulin – 69001 Lyon
Tél. 04 78 29 61 40

Cabinet Rivoire Gestion SARL au capital de 50 000 € – RCS Lyon 421 556 807 – Carte professionnelle CPI 6901 2018 000 031 552 délivrée par la CCI Lyon Métropole – Garantie financière GALIAN.
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires."""),

    dict(id="s16frc003", country="FR", date="2026-12-09T16:20", fmt="gmail", stage="firm", ago=2,
         inv="FA26-0874", amt="18 450,00", due="2026-10-15",
         frm="Lucas Mercier <l.mercier@altimmo-promotion.fr>",
         intent="dispute",
         note="Promoter contests the amount: guarantee retention and prorata account not deducted; wants a corrected invoice.",
         body="""Bonjour,

Je reprends votre relance sur la FA26-0874. Cette facture correspond à votre situation n°4 sur l'opération "Le Clos des Vignes" à Bron, mais elle est établie pour la totalité du montant, sans déduction :
- de la retenue de garantie de 5 % prévue au marché (art. 9 du CCAP),
- de votre quote-part du compte prorata (1,2 %), que le mandataire vous a pourtant notifiée en septembre.

En l'état, notre MOE ne peut pas valider cette situation et elle ne partira pas en paiement. Merci de nous adresser une facture rectificative (ou un avoir + nouvelle facture) avec le bon décompte, et nous la passerons dans le circuit normal.

Je vous rappelle aussi que vos relances sur des situations non validées par le maître d'œuvre ne font pas courir les pénalités.

Cordialement,

Lucas Mercier
Responsable de programmes
Altimmo Promotion
06 71 48 22 95"""),

    dict(id="s16frc004", country="FR", date="2026-12-21T09:01", fmt="ooo", ago=0,
         inv="FA26-1120", amt="4 080,00", due="2026-12-15",
         frm="Stéphane Brunel <s.brunel@groupe-cbtp.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 19/12 to 03/01 inclusive; 3 January is a Sunday, so back Monday 4 January.",
         body="""Bonjour,

Je suis absent du 19/12 au 03/01 inclus, pendant la fermeture des chantiers.
Pour toute urgence chantier, merci de contacter Thomas Giraud au 06 32 18 77 40.
Pour les questions de facturation : comptafournisseurs@groupe-cbtp.fr

Bonnes fêtes de fin d'année.

Stéphane Brunel
Conducteur de travaux – Groupe CBTP"""),

    dict(id="s16frc005", country="FR", date="2026-12-10T21:05", fmt="tb", stage="reminder", ago=3,
         inv="FA26-1031", amt="1 596,00", due="2026-11-20",
         frm="Gérard Lamotte <gerard.lamotte@wanadoo.fr>",
         intent="promise",
         note="Will pay 'début janvier' once January rents are in: a promise without a single day.",
         body="""Bonjour Monsieur,

Bien reçu votre rappel. Je suis gérant de la SCI Lamotte-Roux, propriétaire de l'immeuble de la rue Paul Bert pour lequel vous avez fait la reprise de la façade arrière.

La trésorerie de la SCI est un peu juste en ce moment (taxe foncière et assurance passées en même temps). Je règlerai votre facture début janvier, quand les loyers seront rentrés. Rien d'inquiétant, c'est juste une question de calendrier.

Bien à vous,

G. Lamotte
SCI Lamotte-Roux"""),

    dict(id="s16frc006", country="FR", date="2026-12-14T12:48", fmt="gmail", stage="firm", ago=3,
         inv=[("FA26-0912", "3 720,00", "2026-10-31"), ("FA26-0990", "2 160,00", "2026-11-15")],
         frm="Toitures Ferrand <toitures.ferrand@orange.fr>",
         intent="plan_request",
         note="Roofing subcontractor asks to pay the two rental invoices in three instalments; no dates committed.",
         body="""Bonjour,

Je vous écrit au sujet des deux factures de location d'échafaudage pour le chantier de Saint-Priest.

Je ne vais pas vous mentir, on est en difficulté en ce moment : l'entreprise générale ne nous a toujours pas réglé nos situations d'octobre et novembre (plus de 20 000 € en attente), et on doit payer les gars avant Noël.

Est-ce qu'il serait possible de vous régler en 3 fois ? Je ne peux pas vous donner de dates précises tant que je n'ai pas de nouvelles de leur côté, mais je ne veux pas laisser traîner et je préfère vous le dire franchement.

Dites-moi ce que vous pouvez accepter.

Julien Ferrand
Toitures Ferrand – Couverture Zinguerie
06 84 51 09 33"""),

    dict(id="s16frc007", country="FR", date="2026-12-09T11:15", fmt="outlook", stage="reminder", ago=1,
         inv="FA26-1064", amt="2 871,60", due="2026-11-25",
         frm="Agence du Parc – Gestion locative <gestion@agenceduparc-immo.fr>",
         intent="copy_request",
         note="Managing agent needs the signed quote and a detailed invoice before the owner will release payment.",
         body="""Bonjour,

Nous gérons le bien situé 3 rue des Capucins à Villeurbanne pour le compte de Mme Vasseur, propriétaire.

Pour que nous puissions régler votre facture sur le compte de gestion, la propriétaire demande :
- une copie du devis signé (nous n'en avons pas trace dans le dossier),
- une facture détaillée avec les métrés, car celle que nous avons indique seulement "travaux façade selon devis".

Dès réception, nous lui soumettons le tout pour accord et procédons au paiement.

Cordialement,

Élodie Marchand
Gestionnaire locative
Agence du Parc Immobilier
04 72 44 13 80"""),

    dict(id="s16frc008", country="FR", date="2026-12-14T09:02", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-0951", amt="980,00", due="2026-11-05",
         frm="Martine Olivier <martine.olivier64@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Sent Monday 14 Dec: cheque posted 'vendredi' = Friday 11 December.",
         body="""Bonjour,

J'ai posté le chèque vendredi à l'adresse de Vénissieux, vous devriez le recevoir aujourd'hui ou demain. Désolée pour le retard, j'avais complètement oublié avec le déménagement de ma mère.

Cordialement,
Martine Olivier"""),

    dict(id="s16frc009", country="FR", date="2026-12-15T14:37", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1077", amt="5 412,00", due="2026-11-30",
         frm="Philippe Aubert <ph.aubert.sci@gmail.com>",
         intent="contact_change", new_email="sci.lessaules@marchal-expertise.fr",
         note="Asks that invoices and reminders go to the accountant's address from now on.",
         body="""Bonjour,

Depuis le 1er décembre, la comptabilité de la SCI Les Saules est tenue par notre cabinet d'expertise comptable, qui règle aussi les fournisseurs.

Merci d'envoyer désormais vos factures et relances directement à : sci.lessaules@marchal-expertise.fr
Je leur transfère celle-ci.

Philippe Aubert
Gérant – SCI Les Saules"""),

    dict(id="s16frc010", country="FR", date="2026-12-16T15:58", fmt="html_outlook", stage="repeat", ago=1,
         inv="FA26-0893", amt="9 840,00", due="2026-10-20",
         frm="Comptabilité Fournisseurs <compta.fournisseurs@bativert-construction.fr>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN for the firm; payment held until the change is confirmed.",
         body="""Bonjour,

Votre facture FA26-0893 était bien programmée au paiement, mais nous l'avons bloquée : nous avons reçu le 10 décembre un courrier à votre en-tête nous informant d'un changement de domiciliation bancaire (nouvel IBAN FR76 1695 8000 0144 ... chez une banque en ligne).

Par mesure de sécurité, aucun changement de RIB n'est enregistré chez nous sans contre-appel. Pouvez-vous nous confirmer si ce courrier vient bien de vous ? Merci de nous faire parvenir un RIB signé par votre gérant et d'appeler Mme Carvalho au 04 78 95 20 12 (ligne directe).

Si ce courrier n'est pas de vous, je vous conseille de le signaler, nous avons déjà eu le cas avec un autre fournisseur.

Cordialement,

Nathalie Carvalho
Comptable fournisseurs
BatiVert Construction
ZI des Platières – 69390 Vourles

BatiVert Construction SAS – Capital 300 000 € – RCS Lyon 789 114 260
"""),

    dict(id="s16frc011", country="FR", date="2026-12-17T10:24", fmt="tb", stage="final_notice", ago=2,
         inv="FA26-0815", amt="12 306,00", due="2026-09-30",
         frm="Direction SMR Gros Œuvre <direction@smr-grosoeuvre.fr>",
         intent="other",
         note="Debtor is in receivership (redressement judiciaire); creditor must declare its claim to the mandataire, no payment possible.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courrier de relance.

Nous vous informons que, par jugement du Tribunal de commerce de Lyon en date du 2 décembre 2026, la société SMR Gros Œuvre a été placée en redressement judiciaire. Une période d'observation de six mois a été ouverte.

Conformément à la loi, nous ne pouvons procéder au paiement d'aucune créance née antérieurement au jugement d'ouverture. Il vous appartient de déclarer votre créance, dans un délai de deux mois à compter de la publication au BODACC, auprès du mandataire judiciaire désigné :

Maître Anne-Claire Dufresne
Mandataire judiciaire
45 rue de la République – 69002 Lyon

L'administrateur judiciaire est Maître Perrin, avec mission d'assistance.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Rémi Sauvage
Président
SMR Gros Œuvre SAS"""),

    dict(id="s16frc012", country="FR", date="2026-12-10T09:03", fmt="bounce",
         inv="FA26-1045", rcpt="c.morel@sci-belvedere.fr", status="5.1.1",
         mta="amazonses.com", remote="mx1.ovh.net",
         diag="550 5.1.1 <c.morel@sci-belvedere.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    c.morel@sci-belvedere.fr

Technical details of permanent failure:
The recipient's mail server rejected the message: 550 5.1.1 User unknown in virtual mailbox table"""),

    dict(id="s16frc013", country="FR", date="2026-12-21T18:44", fmt="gmail", stage="reminder", ago=4,
         inv="FA26-1102", amt="640,00", due="2026-12-10",
         frm="Karim Benali <karim.benali.renov@gmail.com>",
         intent="promise", promise_date="2026-12-23",
         note="Sent Monday 21 Dec: will drop the payment at the office 'mercredi' = Wednesday 23 December.",
         body="""bonjour
je passe au depot mercredi matin pour regler la location des treteaux et du plancher, en cheque
vous etes ouvert jusqua quelle heure ?
karim"""),

    dict(id="s16frc014", country="FR", date="2026-12-22T22:17", fmt="html_gmail", stage="second_reminder", ago=6,
         inv="FA26-1012", amt="1 188,00", due="2026-11-30",
         frm="Franck Delorme <franck.delorme@free.fr>",
         intent="dispute",
         note="Angry homeowner refuses to pay the extra three weeks of scaffold rental caused by the firm's delay.",
         body="""Vous avez du culot.

Votre échafaudage est resté TROIS SEMAINES de plus devant ma maison parce que votre équipe n'est jamais venue le démonter à la date prévue (le 6 novembre, c'est écrit sur le devis). J'ai appelé quatre fois, personne ne rappelle. Et maintenant vous me facturez 3 semaines de location supplémentaires ??

Je ne paierai pas ces 1 188 €. J'ai payé le chantier, point final. Si vous voulez, on en parle avec votre patron, mais certainement pas avec un robot qui m'envoie des relances.

F. Delorme"""),

    dict(id="s16frc015", country="FR", date="2026-12-23T16:01", fmt="ooo", ago=1,
         inv="FA26-1134", amt="7 356,00", due="2026-12-20",
         frm="Cabinet Jolivet Immobilier <syndic@jolivet-immobilier.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed until Friday 1 January inclusive; first working day is Monday 4 January.",
         body="""Bonjour,

Le cabinet Jolivet Immobilier est fermé pour les fêtes de fin d'année jusqu'au vendredi 1er janvier inclus.

Votre message sera traité à notre retour. En cas de sinistre grave dans une copropriété (dégât des eaux, panne d'ascenseur avec personne bloquée), merci de contacter notre astreinte au 06 09 44 71 28.

Nous vous souhaitons de belles fêtes.

Cabinet Jolivet Immobilier – Syndic – Gestion – Transaction"""),

    dict(id="s16frc016", country="FR", date="2026-12-28T11:26", fmt="apple", stage="repeat", ago=5,
         inv="FA26-0998", amt="2 064,00", due="2026-11-15",
         frm="Aurélie Tessier <aurelie.tessier@icloud.com>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made 'ce matin' on the day of the reply.",
         body="""Bonjour,

Virement fait ce matin depuis l'appli de la banque (2 064 €, référence FA26-0998). Avec les fêtes je n'avais pas vu passer vos mails, désolée.

Bonne fin d'année,
Aurélie Tessier

Envoyé de mon iPhone"""),

    dict(id="s16frc017", country="FR", date="2027-01-04T09:37", fmt="html_outlook", stage="firm", ago=11,
         inv="FA26-1006", amt="14 268,00", due="2026-11-30",
         frm="Service Comptabilité Fournisseurs <fournisseurs@rhone-batiment-eg.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Invoice booked for the supplier payment run of 15 January.",
         body="""Bonjour,

Suite à votre relance et après vérification auprès du conducteur de travaux, votre facture FA26-1006 (chantier Lyon 7 – îlot Gerland, lot façades) a été validée.

Elle est intégrée à notre prochaine campagne de paiement fournisseurs, qui sera exécutée le 15 janvier 2027 par virement.

Nous vous rappelons que nos conditions de règlement sont de 45 jours fin de mois et que la retenue de garantie de 5 % reste appliquée jusqu'à la levée des réserves.

Cordialement,

Laurent Pichon
Comptabilité fournisseurs
Tél. : 04 72 80 55 61
"""),

    dict(id="s16frc018", country="FR", date="2027-01-05T08:51", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-1141", amt="3 252,00", due="2026-12-20",
         frm="Olivier Rey – Atelier d'architecture <o.rey.architecte@gmail.com>",
         intent="other",
         note="Project manager (MOE) is not the payer; he has forwarded the reminder to the clients. Nothing to record.",
         body="""Bonjour,

Je crois qu'il y a une confusion : je suis maître d'œuvre sur ce chantier (maison Garnier à Craponne), pas maître d'ouvrage. Je ne règle pas les factures des entreprises, c'est M. et Mme Garnier qui paient directement.

J'ai validé votre situation de décembre le 22/12, donc de mon côté c'est bon. Je leur ai transféré votre mail.

Bonne année à toute l'équipe,

Olivier Rey
Architecte DPLG
12 montée du Gourguillon, 69005 Lyon
06 62 30 14 87"""),

    dict(id="s16frc019", country="FR", date="2027-01-06T14:10", fmt="tb", stage="second_reminder", ago=2,
         inv="FA26-1093", amt="8 640,00", due="2026-12-05",
         frm="Mairie de Chaponost – Service Finances <finances@mairie-chaponost.fr>",
         intent="copy_request",
         note="Town hall cannot pay until the invoice is filed on Chorus Pro with its engagement number.",
         body="""Bonjour,

La commune ne peut pas donner suite à votre relance : votre facture FA26-1093 (échafaudage et protection – clocher de l'église Saint-Barthélemy) nous a été transmise par courriel, or les factures adressées aux collectivités doivent obligatoirement être déposées sur le portail Chorus Pro.

Merci de la déposer en mentionnant :
- SIRET de la commune : 216 900 431 00017
- Code service : FIN
- N° d'engagement : 2026-0417

Le délai global de paiement de 30 jours courra à compter de la réception sur Chorus Pro.

Cordialement,

Service Finances
Mairie de Chaponost
04 78 45 31 33"""),

    dict(id="s16frc020", country="FR", date="2027-01-07T17:46", fmt="outlook", stage="formal_notice", ago=3,
         inv="FA26-0842", amt="21 744,00", due="2026-10-31",
         frm="Sophie Garnier-Blanc <s.garnierblanc@horizon-promotion.fr>",
         intent="dispute",
         note="Promoter refuses to pay the final balance until the reservations on the handover report are lifted.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre mise en demeure concernant la facture FA26-0842, qui correspond à votre décompte général définitif sur l'opération "Résidence Le Belvédère" (Tassin-la-Demi-Lune).

Nous vous rappelons que la réception a été prononcée le 14 octobre 2026 AVEC RÉSERVES, dont la liste figure au procès-verbal que votre représentant a signé :
- reprises d'enduit sur la façade nord (faïençage visible sur environ 40 m²),
- joints de dilatation non traités en pied d'immeuble bât. B,
- nettoyage des menuiseries et des garde-corps après dépose de l'échafaudage.

À ce jour, aucune de ces réserves n'a été levée malgré nos deux courriers de novembre. Dans ces conditions, nous ne réglerons pas le solde de votre marché tant que les réserves n'auront pas été levées et constatées contradictoirement avec le maître d'œuvre. La retenue de garantie restera en tout état de cause consignée conformément à la loi du 16 juillet 1971.

Votre mise en demeure nous paraît donc sans objet. Nous sommes disponibles pour une visite de levée des réserves dès la semaine prochaine.

Sophie Garnier-Blanc
Directrice technique
Horizon Promotion
Tél. 04 37 24 90 18"""),

    dict(id="s16frc021", country="FR", date="2027-01-07T10:03", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1150", amt="1 920,00", due="2026-12-31",
         frm="Nicolas Prat <nprat.maconnerie@gmail.com>",
         intent="promise", promise_date="2027-01-20",
         note="Will pay on 20 January; side question about the certificate does not change the intent.",
         body="""Bonjour et meilleurs vœux,

Pas de souci pour la facture, je vous la règle le 20 janvier quand j'aurai été payé de mon côté par le client.

Par contre vous pouvez me renvoyer votre attestation d'assurance 2027 ? Le bureau de contrôle me la demande pour tous les loueurs sur le chantier.

Merci
Nicolas Prat
Maçonnerie Prat"""),

    dict(id="s16frc022", country="FR", date="2027-01-08T13:29", fmt="apple", stage="second_reminder", ago=3,
         inv="FA26-1017", amt="1 450,00", due="2026-11-30",
         frm="Jean-Marc Vidal <jm.vidal@sfr.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Sent Friday 8 Jan: cheque handed to the driver 'mardi' = Tuesday 5 January.",
         body="""Bonjour,

Je vous ai donné un chèque de 1 450 € mardi, remis en main propre à votre chauffeur quand il est venu récupérer les étais. Il m'a même dit qu'il le déposerait au bureau. Voyez avec lui.

Cordialement
JM Vidal"""),

    dict(id="s16frc023", country="FR", date="2027-01-11T07:58", fmt="gmail", stage="repeat", ago=3,
         inv="FA26-0940", amt="312,00", due="2026-11-10",
         frm="Bernard Chauvin <b.chauvin69@laposte.net>",
         intent="unsubscribe",
         note="Asks to stop receiving the automatic reminder emails.",
         body="""Je ne veux plus recevoir vos mails automatiques. Ça fait le quatrième. Retirez mon adresse de votre système s'il vous plaît.

B. Chauvin"""),

    dict(id="s16frc024", country="FR", date="2027-01-11T09:02", fmt="ooo", ago=0,
         inv="FA26-1158", amt="5 988,00", due="2027-01-10",
         frm="Camille Roussel <c.roussel@foncier-conseil-rhone.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="On leave until Friday 15 January inclusive; back Monday 18 January.",
         body="""Bonjour,

Je suis en congés jusqu'au vendredi 15 janvier inclus, sans accès à ma messagerie.
Vos mails ne seront pas transférés. Pour la comptabilité des SCI gérées par le cabinet, vous pouvez écrire à compta@foncier-conseil-rhone.fr.

Cordialement,
Camille Roussel"""),

    dict(id="s16frc025", country="FR", date="2027-01-12T19:22", fmt="html_gmail", stage="firm", ago=4,
         inv="FA26-0979", amt="4 356,00", due="2026-11-20",
         frm="Hélène Guillot <helene.guillot.lyon@gmail.com>",
         intent="plan_request",
         note="Homeowner asks to spread the payment over several months; offers about 700 € a month but no dates.",
         body="""Bonjour,

Je vous réponds au sujet de la facture du ravalement de notre maison à Oullins.

Nous avons eu une mauvaise surprise en fin d'année (la chaudière a lâché et il a fallu la remplacer en urgence), et je ne peux pas régler les 4 356 € d'un coup pour l'instant.

Serait-il possible d'étaler le paiement sur plusieurs mois ? Je pensais à environ 700 € par mois, mais je suis ouverte à ce que vous proposerez. Nous sommes très contents du travail, ce n'est pas du tout une question de mauvaise volonté.

Merci de votre compréhension,
Hélène Guillot
06 45 82 17 30"""),

    dict(id="s16frc026", country="FR", date="2027-01-12T11:40", fmt="outlook", stage="second_reminder", ago=1,
         inv=[("FA26-1010", "2 916,00", "2026-11-30"), ("FA26-1055", "1 404,00", "2026-12-10"), ("FA26-1097", "3 180,00", "2026-12-20")],
         frm="Comptabilité – Dumas Isolation <compta@dumas-isolation.fr>",
         intent="paid", paid_on="2027-01-08",
         note="Single grouped transfer of 8 January covering the three invoices.",
         body="""Bonjour,

Les trois factures de votre relance (FA26-1010, FA26-1055 et FA26-1097) ont été réglées par un virement groupé de 7 500,00 € le 08/01/2027. Le libellé du virement est "DUMAS ISOL FACT BERTHIER DEC".

Votre relance a dû se croiser avec notre paiement. Merci de vérifier et de lettrer le compte.

Bonne journée,

Maryse Dumas
Dumas Isolation SARL – ITE / Isolation / Bardage
15 rue Ampère 69680 Chassieu
04 78 90 62 14"""),

    dict(id="s16frc027", country="FR", date="2027-01-13T15:12", fmt="gmail", stage="final_notice", ago=2,
         inv="FA26-0922", amt="2 628,00", due="2026-11-05",
         frm="Yann Le Goff <yann.legoff.peinture@gmail.com>",
         intent="promise", promise_date="2027-01-21",
         note="Sent Wednesday 13 Jan: 'sous huitaine' = 21 January (not the notice's deadline of 19 January).",
         body="""Bonjour,

Bien reçu le dernier rappel, inutile de transmettre au recouvrement. Je vous règle sous huitaine, le temps que le virement de mon client arrive (il me l'a confirmé hier).

Encore désolé pour ce retard.

Yann Le Goff
Peinture & Ravalement Le Goff
07 81 22 56 09"""),

    dict(id="s16frc028", country="FR", date="2027-01-13T10:55", fmt="tb", stage="heads_up", ago=1,
         inv="FA27-0011", amt="864,00", due="2027-01-25",
         frm="Sylvie Caron – SCI Caron Frères <sci.caronfreres@orange.fr>",
         intent="bank_details",
         note="Debtor changes bank and gives its new IBAN for the SEPA direct-debit mandate.",
         body="""Bonjour,

Votre facture FA27-0011 doit être prélevée le 25 janvier. Attention, la SCI a changé de banque : le compte au Crédit Mutuel sera clôturé à la fin du mois.

Merci de mettre à jour le mandat de prélèvement avec nos nouvelles coordonnées :
Titulaire : SCI CARON FRERES
IBAN : FR76 3000 4008 2100 0107 6543 219
BIC : BNPAFRPPXXX

Je vous joins le RIB. Si vous avez besoin que je signe un nouveau mandat SEPA, envoyez-le-moi.

Cordialement,
Sylvie Caron
Co-gérante"""),

    dict(id="s16frc029", country="FR", date="2027-01-14T09:18", fmt="outlook", stage="firm", ago=2, fwd=True,
         inv="FA26-1069", amt="6 096,00", due="2026-11-30",
         frm="Laetitia Morin <secretariat@ferreira-charpente.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Assistant forwards the manager's answer: payment on the 29th (January), after the promoter's payment.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Ferreira concernant votre relance.

Cordialement,
Laetitia Morin
Secrétariat – Ferreira Charpente

________________________________
De : Antonio Ferreira <a.ferreira@ferreira-charpente.fr>
Envoyé : mercredi 13 janvier 2027 18:42
À : Laetitia Morin
Objet : RE: Troisième relance

Laetitia, tu peux leur répondre qu'on règle le 29 quand la situation du promoteur sera tombée. Ils nous ont fait la location pour la charpente de Mions, c'est un bon fournisseur, pas de souci avec eux.

Antonio"""),

    dict(id="s16frc030", country="FR", date="2027-01-15T11:02", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1166", amt="7 560,00", due="2026-12-31",
         frm="David Lacroix <d.lacroix@lacroix-btp.fr>",
         intent="dispute",
         note="Contests the billed scaffold surface (420 m² invoiced vs 310 m² actually installed).",
         body="""Bonjour,

Je conteste la facture FA26-1166. Vous facturez 420 m² d'échafaudage de pied pour la rue Garibaldi, alors que la façade fait 310 m² développés, retours compris. J'ai refait le métré avec mon chef d'équipe et on est même un peu en dessous.

Je veux bien payer les 310 m² au prix du devis, mais pas 420. Merci de me renvoyer une facture corrigée ou de m'expliquer d'où sort ce chiffre (plan de montage ?).

David Lacroix
Lacroix BTP"""),

    dict(id="s16frc031", country="FR", date="2027-01-15T08:30", fmt="ooo", ago=0,
         inv="FA26-1172", amt="2 400,00", due="2027-01-10",
         frm="Marc Chevalier <m.chevalier@chevalier-maitrise-oeuvre.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Auto-reply: back Monday 25 January.",
         body="""Bonjour,

Je suis actuellement en déplacement sur un chantier à l'étranger et ne consulte mes mails que très ponctuellement.
Je serai de retour au bureau le lundi 25 janvier.

Pour les visites de chantier et les OPR, merci de contacter Pauline Faure : p.faure@chevalier-maitrise-oeuvre.fr

Marc Chevalier
Chevalier Maîtrise d'Œuvre"""),

    dict(id="s16frc032", country="FR", date="2027-01-18T08:14", fmt="apple", stage="second_reminder", ago=4,
         inv="FA26-1128", amt="540,00", due="2026-12-15",
         frm="Thomas Nguyen <thomas.nguyen@me.com>",
         intent="paid",
         note="Paid by card via the link 'ce week-end' (Saturday or Sunday): no single day.",
         body="""Bonjour,

Réglé par carte via votre lien ce week-end. J'ai bien eu la confirmation de paiement à l'écran.

Thomas Nguyen

Envoyé de mon iPhone"""),

    dict(id="s16frc033", country="FR", date="2027-01-18T16:48", fmt="tb", stage="reminder", ago=5,
         inv="FA26-1180", amt="3 996,00", due="2027-01-05",
         frm="Isabelle Fournier <contact@fournier-patrimoine.fr>",
         intent="other",
         note="Passed to the accountant who handles payments; no commitment or statement of payment.",
         body="""Bonjour,

J'ai transmis votre facture et votre relance à notre expert-comptable, le cabinet Sabatier, qui gère les règlements de nos SCI depuis cette année. Ils reviendront vers vous directement.

Bien cordialement,

Isabelle Fournier
Fournier Patrimoine – Gestion de SCI familiales"""),

    dict(id="s16frc034", country="FR", date="2027-01-19T10:27", fmt="html_outlook", stage="repeat", ago=1,
         inv="FA26-1037", amt="10 152,00", due="2026-11-30",
         frm="Vincent Arnaud <v.arnaud@arnaud-batiment.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January.",
         body="""Bonjour Madame,

Suite à notre échange téléphonique de ce matin, je vous confirme que la facture FA26-1037 sera réglée fin janvier, en une seule fois.

Nous attendions le paiement de la situation n°6 par le maître d'ouvrage (OPAC), qui nous a été annoncé pour la semaine prochaine.

Je vous remercie pour votre patience.

Cordialement,

Vincent Arnaud
Gérant
Arnaud Bâtiment SARL – Maçonnerie générale – Rénovation
32 route de Vienne – 69008 Lyon
Tél. : 04 78 01 93 27 – Port. : 06 12 74 58 36
"""),

    dict(id="s16frc035", country="FR", date="2027-01-20T12:06", fmt="tb", stage="second_reminder", ago=2,
         inv="FA26-1109", amt="4 728,00", due="2026-12-20",
         frm="Gilles Perrier <g.perrier@habitat-rhodanien.fr>",
         intent="contact_change", new_email="c.perrot@habitat-rhodanien.fr",
         note="Contact leaving the company; reminders should go to his colleague.",
         body="""Bonjour,

Je quitte Habitat Rhodanien vendredi 22 janvier (départ en retraite). À partir de maintenant, merci d'adresser vos factures et relances à ma collègue Christine Perrot, qui reprend le suivi des fournisseurs du service travaux :

c.perrot@habitat-rhodanien.fr
04 72 61 38 05

Je lui ai déjà transmis votre facture FA26-1109, elle est au courant.

Merci pour toutes ces années de collaboration,
Gilles Perrier"""),

    dict(id="s16frc036", country="FR", date="2027-01-20T20:33", fmt="gmail", stage="reminder", ago=2,
         inv="FA27-0024", amt="420,00", due="2027-01-15",
         frm="Pascale Meunier <pascale.meunier@hotmail.fr>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminder emails and be contacted by phone or post instead.",
         body="""Bonjour,

Je ne souhaite plus recevoir de mails de relance automatiques de votre part. Je ne lis pas cette boîte régulièrement et je trouve ces envois assez désagréables.

Merci de me désinscrire de ces envois. Si vous avez besoin de me joindre, appelez-moi ou envoyez un courrier.

Pascale Meunier"""),

    dict(id="s16frc037", country="FR", date="2027-01-21T13:12", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA26-1145", amt="1 080,00", due="2026-12-31",
         frm="Mickael Robin <mika.robin.elec@gmail.com>",
         intent="paid", paid_on="2027-01-18",
         note="Sent Thursday 21 Jan: transfer done 'lundi' = Monday 18 January.",
         body="""c bon jai fait le virement lundi
normalement vous l'avez recu
mika"""),

    dict(id="s16frc038", country="FR", date="2027-01-21T15:45", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1154", amt="11 700,00", due="2026-12-31",
         frm="Comptabilité – Groupe Rostaing Habitat <compta@rostaing-habitat.fr>",
         intent="paid", paid_on="2027-01-19",
         note="Partial payment on 19/01: 95% paid, 5% guarantee retention held back as the contract allows.",
         body="""Bonjour,

Nous avons procédé le 19/01 au règlement de votre facture FA26-1154 pour un montant de 11 115,00 €, soit le montant TTC déduction faite de la retenue de garantie de 5 % (585,00 €) prévue à votre contrat de sous-traitance.

Cette retenue sera libérée à l'expiration du délai d'un an à compter de la réception des travaux, sauf réserves non levées. Vous pouvez également nous remettre une caution bancaire de substitution (caution de retenue de garantie), auquel cas nous vous verserons les 585,00 € à réception de l'acte.

Merci de bien vouloir solder votre relance pour la partie réglée.

Cordialement,

Service comptabilité
Groupe Rostaing Habitat – Promotion immobilière
Tél. : 04 26 68 90 40
-----
Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, merci d'en informer l'expéditeur et de le supprimer."""),

    dict(id="s16frc039", country="FR", date="2027-01-22T17:20", fmt="gmail", stage="firm", ago=4,
         inv="FA26-1083", amt="2 208,00", due="2026-12-10",
         frm="Samir Haddad <haddad.carrelage@gmail.com>",
         intent="promise", promise_date="2027-01-26",
         note="Sent Friday 22 Jan: 'mardi prochain' = Tuesday 26 January.",
         body="""Bonjour Madame,

Excusez moi pour le retard de paiment, j'ai eu un soucis avec ma banque qui a bloqué mon compte pro pendant 10 jours (changement de conseillé, vérification des documents...). Tout est rentré dans l'ordre hier.

Je vous fait le virement mardi prochain sans faute, avec les pénalités si il faut.

Cordialement
Samir Haddad
Haddad Carrelage"""),

    dict(id="s16frc040", country="FR", date="2027-01-25T10:08", fmt="html_gmail", stage="repeat", ago=4,
         inv=[("FA26-0988", "1 632,00", "2026-11-15"), ("FA26-1049", "2 484,00", "2026-12-05")],
         frm="Claire Bonnet <claire.bonnet@bonnet-menuiserie.fr>",
         intent="copy_request",
         note="Asks for an account statement (invoices, credit notes, payments) before paying.",
         body="""Bonjour,

Nous ne nous y retrouvons pas sur notre compte chez vous : nous avons reçu deux avoirs en décembre (pour du matériel rendu en avance), un règlement partiel a été fait en novembre, et vos relances reprennent les montants complets des factures.

Pourriez-vous nous envoyer un relevé de compte à jour, avec les factures, les avoirs et les règlements reçus ? Nous réglerons le solde dès que nous aurons pu pointer.

Merci d'avance,

Claire Bonnet
Assistante administrative
Menuiserie Bonnet & Fils
04 74 58 23 11"""),

    dict(id="s16frc041", country="FR", date="2027-01-25T07:40", fmt="ooo", ago=0,
         inv="FA27-0019", amt="3 360,00", due="2027-01-20",
         frm="Nadège Lopez <n.lopez@immo-confluence.fr>",
         intent="out_of_office", return_date="2027-01-28",
         note="Absent until Wednesday 27 January inclusive; back Thursday 28 January.",
         body="""Bonjour,

Je suis absente jusqu'au mercredi 27 janvier inclus.
Pour toute demande concernant la gestion des copropriétés, vous pouvez contacter l'accueil de l'agence au 04 78 37 52 90.

Bien cordialement,
Nadège Lopez
Gestionnaire de copropriété – Immo Confluence"""),

    dict(id="s16frc042", country="FR", date="2027-01-26T09:31", fmt="outlook", stage="final_notice", ago=1,
         inv="FA26-1001", amt="5 124,00", due="2026-11-30",
         frm="EURL Moulin Plâtrerie <eurl.moulin.platrerie@orange.fr>",
         intent="plan_request",
         note="Asks for extra time and an instalment arrangement; no date committed.",
         body="""Madame, Monsieur,

Je fais suite à votre dernier rappel avant recouvrement. Je vous demande de ne pas transmettre le dossier.

Mon activité a fortement ralenti cet hiver (deux chantiers reportés au printemps par les clients), et je ne suis pas en mesure de régler les 5 124 € maintenant. Je sollicite un délai supplémentaire, ou un échéancier sur quelques mois, selon ce qui vous convient le mieux.

Je reste joignable au 06 77 40 92 15 pour en discuter.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Frédéric Moulin
EURL Moulin Plâtrerie"""),

    dict(id="s16frc043", country="FR", date="2027-01-26T14:52", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FA26-1115", amt="6 480,00", due="2026-12-20",
         frm="Régie Saint-Jean – Copropriétés <copro@regie-saintjean.fr>",
         intent="other",
         note="The building changed managing agent on 1 January; the former syndic says the new one will handle it. No address given.",
         body="""Bonjour,

Nous vous informons que le mandat de syndic de la copropriété "Le Parc des Érables" (Écully) n'a pas été renouvelé lors de l'assemblée générale du 10 décembre 2026. Notre mandat a pris fin au 31 décembre.

Les archives, les fonds et la liste des fournisseurs en attente de paiement, dont votre facture FA26-1115, ont été transmis au nouveau syndic, qui vous contactera.

Nous ne pouvons plus engager de paiement pour le compte de ce syndicat des copropriétaires.

Cordialement,

Service Copropriétés
Régie Saint-Jean
"""),

    dict(id="s16frc044", country="FR", date="2027-01-27T18:09", fmt="apple", stage="firm", ago=3,
         inv="FA26-1163", amt="8 904,00", due="2026-12-31",
         frm="Romain et Léa Castel <romain.castel@icloud.com>",
         intent="promise",
         note="Will pay when the bank releases the works loan, 'normalement la semaine prochaine': no single day.",
         body="""Bonjour,

On a bien vu vos relances. Le paiement est bloqué chez la banque : le déblocage du prêt travaux demande la facture ET l'attestation de fin de travaux signée, qu'on a envoyées la semaine dernière.

Notre conseiller nous dit que les fonds seront débloqués normalement la semaine prochaine, on vous paie dans la foulée.

Romain Castel

Envoyé de mon iPad"""),

    dict(id="s16frc045", country="FR", date="2027-01-27T11:34", fmt="gmail", stage="reminder", ago=5,
         inv="FA27-0007", amt="1 236,00", due="2027-01-15",
         frm="Didier Faure <didier.faure.archi@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Transfer made on 22/01.",
         body="""Bonjour,

Réglé le 22/01 par virement, référence FA27-0007 dans le libellé. Vous devez l'avoir sur votre compte.

Cordialement,
Didier Faure"""),

    dict(id="s16frc046", country="FR", date="2027-01-28T09:45", fmt="html_outlook", stage="final_notice", ago=3,
         inv="FA26-0956", amt="15 612,00", due="2026-11-15",
         frm="Direction Administrative et Financière <daf@lyonnaise-promotion.fr>",
         intent="promise", promise_date="2027-02-05",
         note="Payment committed for 5 February (the notice's own deadline is 2 February).",
         body="""Madame, Monsieur,

Nous faisons suite à votre courrier du 25 janvier.

Après validation du décompte par notre maître d'œuvre, le règlement de votre facture FA26-0956 sera effectué le 5 février 2027, par virement. Ce délai tient au circuit de double signature mis en place par notre établissement bancaire.

Nous vous remercions de bien vouloir suspendre toute procédure de recouvrement.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Anne Villard
Directrice administrative et financière
La Lyonnaise de Promotion
18 rue de la Part-Dieu – 69003 Lyon – 04 72 33 81 50

La Lyonnaise de Promotion SAS au capital de 1 200 000 € – RCS Lyon 503 227 918
"""),

    dict(id="s16frc047", country="FR", date="2027-01-28T21:41", fmt="gmail", stage="firm", ago=4,
         inv="FA26-1122", amt="5 580,00", due="2026-12-20",
         frm="Alain Roche <alain.roche@roche-sci-gestion.fr>",
         intent="dispute",
         note="Contests extra works never ordered in writing: quote was a fixed price; will pay the quote only.",
         body="""Monsieur,

Votre facture est inacceptable et vos relances commencent à m'agacer sérieusement.

Le devis signé pour la SCI prévoyait un FORFAIT de 4 650 € TTC pour le ravalement du pignon de la rue Bossuet. Vous facturez 5 580 € en ajoutant des "travaux supplémentaires : reprise fissures + traitement hydrofuge" que personne ne vous a commandés par écrit. Votre chef de chantier a peut-être eu une discussion avec mon locataire, mais le locataire n'est pas le maître d'ouvrage.

Aucun avenant, aucun devis complémentaire signé : je ne paierai que le forfait. Envoyez-moi une facture conforme au devis et je la règle dans la semaine.

A. Roche
Gérant – SCI Bossuet 14"""),

    dict(id="s16frc048", country="FR", date="2027-01-29T10:16", fmt="tb", stage="second_reminder", ago=3,
         inv="FA27-0015", amt="2 748,00", due="2027-01-20",
         frm="Patrick Lemaire <p.lemaire@lemaire-etancheite.fr>",
         intent="promise", promise_date="2027-02-10",
         note="Payment promised for 10/02.",
         body="""Bonjour,

Votre facture sera réglée le 10/02 par virement, comme toutes nos factures fournisseurs du mois (nous payons une fois par mois, le 10).

Merci de prendre note de ce fonctionnement pour vos prochaines relances.

Patrick Lemaire
Lemaire Étanchéité – Toitures terrasses
06 25 13 48 70"""),

    dict(id="s16frc049", country="FR", date="2027-01-29T16:57", fmt="gmail", stage="repeat", ago=2,
         inv="FA26-1137", amt="3 012,00", due="2026-12-31",
         frm="Christophe Lambert <christophe@lambert-renovation.fr>",
         intent="paid", paid_on="2027-01-28",
         note="Transfer made 'hier' on a Friday = Thursday 28 January.",
         body="""Bonjour,

Virement parti hier après-midi, 3 012 €. J'ai eu la situation du client en début de semaine, je vous ai réglé dans la foulée.

Bon week-end
Christophe Lambert
Lambert Rénovation
06 51 90 27 44"""),

    dict(id="s16frc050", country="FR", date="2026-12-11T12:03", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1058", amt="756,00", due="2026-11-30",
         frm="Audrey Picard <audrey.picard.agence@gmail.com>",
         intent="promise",
         note="'la semaine prochaine' is a window, not a single day.",
         body="""Bonjour,

Oui pardon, c'est noté ! Je m'en occupe la semaine prochaine, je suis seule à l'agence en ce moment et les factures s'empilent.

Audrey
Agence Picard Immobilier – Transaction & Location
04 78 86 20 51"""),
]
