"""fr_b: French debtors replying to a French IT / equipment firm (health, care, education, culture). Handwritten."""

EXTRA_KNOWN = ["NI-2026-0688"]

CASES = [
    dict(id="s16frb001", country="FR", date="2026-12-08T12:47", fmt="gmail", stage="reminder", ago=1,
         inv="NI-2026-0871", amt="348,00", due="2026-11-30",
         frm="Hélène Coustou <pharmaciedumarche.villeurbanne@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'vendredi' from Tuesday 8 Dec = Friday 11 Dec.",
         body="""Bonjour,

Désolée, la facture était passée sous la pile avec le rush des vaccins. Je fais le virement vendredi sans faute.

Bonne journée,
Hélène Coustou
Pharmacie du Marché – Villeurbanne"""),

    dict(id="s16frb002", country="FR", date="2026-12-09T10:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="NI-2026-0814", amt="612,50", due="2026-11-10",
         frm="Secrétariat Cabinet des Tilleuls <secretariat@cabinet-destilleuls.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Transfer made 'hier' = 8 Dec.",
         body="""Bonjour,

Le virement a été fait hier par le Dr Aubanel, vous devriez le voir apparaître d'ici un ou deux jours.

Cordialement,

Sandrine Poulard
Secrétariat médical – Cabinet médical des Tilleuls
3 allée des Tilleuls – 69500 Bron
Tél. 04 72 37 55 18

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire."""),

    dict(id="s16frb003", country="FR", date="2026-12-21T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="NI-2026-0902", amt="1 140,00", due="2026-12-05",
         frm="Comptabilité EHPAD Les Glycines <comptabilite@ehpad-lesglycines.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply; back Monday 4 January 2027.",
         body="""Bonjour,

Je suis absente du bureau à compter du 21 décembre. Je reprendrai mes fonctions le lundi 4 janvier 2027.

Pour toute question urgente concernant un résident, merci de contacter l'accueil de l'établissement au 04 74 28 61 00.

Cordialement,
Martine Verdier
Service comptabilité – EHPAD Les Glycines"""),

    dict(id="s16frb004", country="FR", date="2026-12-10T17:32", fmt="gmail", stage="firm", ago=3,
         inv="NI-2026-0799", amt="960,00", due="2026-11-05",
         frm="Claire Monteil <administration@theatredugriffon.fr>",
         intent="dispute",
         note="Says the same intervention was already billed and paid on NI-2026-0688; asks for cancellation.",
         body="""Bonjour,

Je tombe des nues en lisant votre "troisième relance" avec menace de pénalités.

Cette intervention sur la régie son (remplacement du PC de diffusion et reconfiguration du réseau) nous a DÉJÀ été facturée en octobre sur la facture NI-2026-0688, que nous avons réglée le 2 novembre. Vous nous facturez donc deux fois la même chose, et c'est nous qui recevons des relances de plus en plus sèches.

Je vous demande d'annuler purement et simplement la NI-2026-0799 et de m'envoyer l'avoir correspondant. Nous ne paierons pas cette facture.

Franchement, on travaille ensemble depuis quatre ans, un coup de fil aurait suffi.

Claire Monteil
Administratrice
Théâtre du Griffon
04 78 29 40 13"""),

    dict(id="s16frb005", country="FR", date="2026-12-10T21:48", fmt="apple", stage="reminder", ago=3,
         inv="NI-2026-0859", amt="214,80", due="2026-11-25",
         frm="Julien Ferrier <jferrier.dentiste@gmail.com>",
         intent="promise", promise_date="2026-12-14",
         note="'lundi' written on Thursday 10 Dec = Monday 14 Dec.",
         body="""ok je regle ca lundi, dsl pour le retard

Envoyé de mon iPhone"""),

    dict(id="s16frb006", country="FR", date="2026-12-15T08:40", fmt="tb", stage="firm", ago=1,
         inv="NI-2026-0755", amt="1 860,00", due="2026-10-31",
         frm="Lucie Brassac <l.brassac.kine@orange.fr>",
         intent="plan_request",
         note="Asks to pay in three or four instalments; no date committed.",
         body="""Bonjour,

Je reviens vers vous suite à votre relance.

Je ne conteste pas du tout la facture, l'installation (postes + logiciel de facturation) fonctionne très bien. Le souci, c'est que j'ai ouvert le cabinet en septembre et que ma trésorerie est très tendue en cette fin d'année, les remboursements arrivent avec pas mal de retard.

Serait-il possible de régler cette somme en trois ou quatre fois ? Dites-moi ce qui vous conviendrait, je m'y tiendrai.

Merci d'avance pour votre compréhension,

Lucie Brassac
Masseur-kinésithérapeute D.E.
12 rue Jean Jaurès – 69200 Vénissieux
06 71 48 22 90"""),

    dict(id="s16frb007", country="FR", date="2026-12-11T14:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="NI-2026-0833", amt="2 415,60", due="2026-11-20",
         frm="Comptabilité Fournisseurs <fournisseurs@clinique-duparc-lyon.fr>",
         intent="copy_request",
         note="Invoice never received by AP and lacks the purchase-order number; asks for a copy with the BC number.",
         body="""Bonjour,

Après vérification, votre facture NI-2026-0833 n'a pas été reçue par notre service comptabilité fournisseurs. Elle a vraisemblablement été adressée directement au service d'imagerie, ce qui ne permet pas son traitement.

Par ailleurs, nous vous rappelons que toute facture doit impérativement mentionner le numéro de bon de commande émis par notre service achats (format BC-26-XXXXX). Sans cette référence, elle ne peut pas être intégrée dans notre circuit de validation.

Merci de bien vouloir nous transmettre une copie de la facture comportant ce numéro. Si vous ne le connaissez pas, votre interlocuteur au service achats est M. Olivier Rambert.

Cordialement,

Service Comptabilité Fournisseurs
Clinique du Parc – 155 boulevard de Stalingrad – 69006 Lyon
Tél. : 04 72 83 10 62"""),

    dict(id="s16frb008", country="FR", date="2026-12-17T19:05", fmt="gmail", stage="reminder", ago=3,
         inv="NI-2026-0870", amt="1 200,00", due="2026-11-30",
         frm="Anne-Sophie Roux <direction@montessori-despentes.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Partial payment of 600 € made this evening; balance 'dès que possible en janvier' is vague.",
         body="""Bonsoir,

Je viens de faire un virement de 600 € ce soir. C'est tout ce que je peux faire avant les vacances : les frais de scolarité du 2e trimestre ne rentrent qu'en janvier.

Je vous réglerai le solde dès que possible en janvier, je ne vous oublie pas.

Bien à vous,

Anne-Sophie Roux
Directrice – École Montessori des Pentes
Lyon 1er"""),

    dict(id="s16frb009", country="FR", date="2027-01-07T11:12", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="NI-2026-0915", amt="780,00", due="2026-12-15",
         frm="Régie Musée Berthon-Ravel <regie.musee@mairie-saint-ambrun.fr>",
         intent="contact_change", new_email="finances@mairie-saint-ambrun.fr",
         note="Asks that invoices and reminders go to the town's finance department.",
         body="""Bonjour et meilleurs vœux,

Le musée n'a pas de budget propre : toutes nos factures sont payées par la mairie. Merci d'adresser désormais vos factures et vos relances directement au service des finances de la ville, à l'adresse finances@mairie-saint-ambrun.fr, en indiquant "Musée Berthon-Ravel" dans l'objet.

Je leur ai transmis votre message de ce matin pour qu'ils l'aient en main.

Bien cordialement,

Élodie Charvet
Régisseuse des collections
Musée Berthon-Ravel – Ville de Saint-Ambrun
Tél. 04 77 65 03 21"""),

    dict(id="s16frb010", country="FR", date="2026-12-16T09:55", fmt="outlook", stage="repeat", ago=2,
         inv="NI-2026-0861", amt="1 032,00", due="2026-11-25",
         frm="Karim Benali <k.benali@biosaone-labo.fr>",
         intent="bank_details",
         note="Received an email announcing a new IBAN in Lithuania; asks the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de procéder au règlement, nous avons besoin d'une confirmation de votre part.

Nous avons reçu le 9 décembre un courriel signé "Néva Informatique – service comptable" nous informant d'un changement de coordonnées bancaires, avec un nouvel IBAN commençant par LT. Or l'IBAN qui figure sur votre facture est celui de votre banque habituelle à Lyon.

Pouvez-vous nous confirmer, de préférence par téléphone, quel est le bon compte ? Par précaution, le paiement est bloqué en attendant votre retour. Je peux vous transférer le mail suspect si besoin.

Cordialement,

Karim Benali
Responsable administratif et financier
Laboratoire BioSaône – Biologie médicale
04 74 65 88 30"""),

    dict(id="s16frb011", country="FR", date="2026-12-22T13:30", fmt="gmail", stage="reminder", ago=1,
         inv="NI-2026-0889", amt="129,00", due="2026-12-10",
         frm="Manon Lefèvre-Dubreuil <manon.orthophonie@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop receiving the automatic email reminders (prefers paper).",
         body="""Bonjour,

Je reçois déjà vos courriers papier, avec exactement le même contenu. Je vous remercie de bien vouloir retirer mon adresse de vos envois automatiques par mail : je gère toute ma comptabilité sur papier et ces messages s'accumulent dans ma boîte professionnelle, que j'utilise pour mes patients.

Merci,
Manon Lefèvre-Dubreuil
Orthophoniste"""),

    dict(id="s16frb012", country="FR", date="2027-01-11T09:03", fmt="bounce",
         inv="NI-2026-0921", rcpt="s.marchal@polyclinique-valdesaone.fr", status="5.1.1",
         diag="550 5.1.1 <s.marchal@polyclinique-valdesaone.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Permanent delivery failure: mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
s.marchal@polyclinique-valdesaone.fr

The recipient's mail server rejected the address permanently. Please check the address and do not retry."""),

    dict(id="s16frb013", country="FR", date="2026-12-08T18:20", fmt="apple", stage="reminder", ago=1,
         inv="NI-2026-0844", amt="276,00", due="2026-11-20",
         frm="Pauline Garnier <pauline.garnier.orthoptiste@free.fr>",
         intent="other",
         note="Passed to her accountant who handles supplier payments; no payment statement.",
         body="""Bonsoir,

Je transfère votre message à mon cabinet comptable (Fiducial, Mme Carrel) qui s'occupe de mes règlements fournisseurs depuis cet automne. Ils reviendront vers vous directement.

Bonne soirée,
Pauline Garnier

Envoyé de mon iPad"""),

    dict(id="s16frb014", country="FR", date="2026-12-18T16:10", fmt="gmail", stage="second_reminder", ago=4,
         inv="NI-2026-0850", amt="540,00", due="2026-11-25",
         frm="Crèche Les Petits Loups <bureau.petitsloups@gmail.com>",
         intent="promise",
         note="'après les fêtes' is a vague time: no single day.",
         body="""Bonjour,

Nous sommes une crèche parentale et c'est notre trésorier bénévole qui fait les virements. Il est en déplacement jusqu'à Noël mais il m'a confirmé qu'il réglerait votre facture après les fêtes.

Toutes nos excuses pour ce retard et merci pour votre patience !

Pour le bureau,
Aurélie Jacquin (secrétaire)"""),

    dict(id="s16frb015", country="FR", date="2026-12-14T11:45", fmt="tb", stage="firm", ago=3,
         inv="NI-2026-0802", amt="287,40", due="2026-11-10",
         frm="Pharmacie Saint-Roch <pharmacie.saintroch@wanadoo.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted 'ce matin' = 14 Dec.",
         body="""Monsieur,

Je vous informe que j'ai adressé ce matin par courrier un chèque de 287,40 euros à l'ordre de Néva Informatique, en règlement de la facture NI-2026-0802.

Je vous prie de bien vouloir excuser ce retard, indépendant de ma volonté.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Bernard Quillet
Docteur en pharmacie
Pharmacie Saint-Roch – 2 place de l'Église – 42300 Roanne"""),

    dict(id="s16frb016", country="FR", date="2027-01-06T10:22", fmt="gmail", stage="second_reminder", ago=2, fwd=True,
         inv=[("NI-2026-0880", "455,00", "2026-12-10"), ("NI-2026-0904", "1 290,00", "2026-12-18")],
         frm="Nathalie Perret <accueil@imagerie-deschenes.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the doctor's answer: both invoices paid on 15 January.",
         body="""Bonjour,

Voici ci-dessous la réponse du Dr Keller concernant vos deux factures.

Bonne journée,
Nathalie Perret
Accueil / secrétariat – Centre d'imagerie des Chênes

---------- Message transféré ---------
De : Dr Thomas Keller <t.keller@imagerie-deschenes.fr>
Date : mar. 5 janv. 2027 à 18:41
Objet : Re: relance Néva
À : Nathalie Perret <accueil@imagerie-deschenes.fr>

Nathalie, vous pouvez leur répondre qu'on paie les deux le 15 janvier, avec le reste des fournisseurs. Merci.
TK"""),

    dict(id="s16frb017", country="FR", date="2026-12-23T07:58", fmt="ooo", stage="reminder", ago=1,
         inv="NI-2026-0893", amt="318,00", due="2026-12-12",
         frm="Pharmacie des Quatre Chemins <compta@pharmacie-4chemins.fr>",
         intent="out_of_office", return_date="2026-12-29",
         note="Away until Monday 28 Dec inclusive: first working day back is Tuesday 29 Dec.",
         subj_prefix="Absence : ",
         body="""Bonjour,

Je suis en congés jusqu'au lundi 28 décembre inclus et je n'aurai pas accès à mes mails.

Pour les commandes et les urgences, merci d'appeler directement l'officine au 04 78 90 12 67.

Nadège"""),

    dict(id="s16frb018", country="FR", date="2027-01-12T15:40", fmt="html_outlook", stage="final_notice", ago=1,
         inv="NI-2026-0938", amt="534,00", due="2026-12-20",
         frm="Emmanuel Roussel <e.roussel@pharmacie-brotteaux.fr>",
         intent="dispute",
         note="Maintenance contract terminated by registered letter; invoice covers a period after termination; asks for a credit note.",
         body="""Madame, Monsieur,

Je fais suite à votre courriel intitulé « Dernier rappel avant transmission du dossier ».

La facture NI-2026-0938 correspond à la maintenance du trimestre décembre 2026 – février 2027. Or, comme vous le savez, j'ai résilié ce contrat par lettre recommandée avec accusé de réception le 12 septembre 2026, avec effet au 30 novembre 2026, dans le respect du préavis prévu à l'article 9 des conditions générales. L'accusé de réception est signé par vos services.

Aucune somme n'est donc due au titre de cette facture. Je vous demande d'émettre un avoir et de cesser toute relance, faute de quoi je transmettrai le dossier à mon conseil.

Je tiens à votre disposition une copie de la lettre de résiliation et de l'AR.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Emmanuel Roussel
Pharmacien titulaire
Pharmacie des Brotteaux – 88 boulevard des Belges – 69006 Lyon
SELARL au capital de 10 000 € – RCS Lyon 802 115 930"""),

    dict(id="s16frb019", country="FR", date="2026-12-15T11:03", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="NI-2026-0826", amt="4 860,00", due="2026-11-30",
         frm="Comptes Fournisseurs GSRA <comptes.fournisseurs@groupe-sante-rhonealpes.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Validated invoice to be paid in the payment run of 22/12/2026.",
         body="""Bonjour,

Nous accusons réception de votre relance.

Votre facture NI-2026-0826 a bien été validée par l'établissement concerné (Clinique des Monts d'Or) et sera intégrée à notre prochaine campagne de paiement, prévue le 22/12/2026. Le règlement interviendra par virement sur le compte figurant dans notre fichier fournisseurs.

Cordialement,

Delphine Aragon
Comptabilité fournisseurs – Centre de services partagés
Groupe Santé Rhône-Alpes
Tél. : 04 26 18 70 00 – poste 4412

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer l'expéditeur. Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s16frb020", country="FR", date="2027-01-08T09:47", fmt="html_gmail", stage="reminder", ago=4,
         inv="NI-2026-0917", amt="165,00", due="2026-12-20",
         frm="Compagnie du Petit Chaos <admin@petitchaos-cie.fr>",
         intent="paid", paid_on="2027-01-08",
         note="Paid by card via the online link this morning (8 Jan).",
         body="""Bonjour,

C'est réglé ! Payé par carte via votre lien ce matin.

Belle année à toute l'équipe, et merci encore d'avoir dépanné notre régisseur en pleine tournée.

Inès
Chargée d'administration – Cie du Petit Chaos"""),

    dict(id="s16frb021", country="FR", date="2026-12-09T14:02", fmt="gmail", stage="reminder", ago=2,
         inv="NI-2026-0838", amt="690,00", due="2026-11-20",
         frm="Secrétariat EMI Val d'Azergues <secretariat@emi-valdazergues.fr>",
         intent="copy_request",
         note="Cannot find the invoice; asks for the PDF before getting it signed and paid.",
         body="""Bonjour,

Je suis arrivée au secrétariat de l'école de musique il y a trois semaines et je ne retrouve pas cette facture dans nos dossiers (ni papier, ni dans la boîte mail).

Pourriez-vous me la renvoyer en PDF ? Je la fais viser par notre président et nous la mettrons en paiement ensuite.

Merci beaucoup,

Coralie Dumas
Secrétariat – École de musique intercommunale du Val d'Azergues
04 74 71 29 05 (lundi, mardi, jeudi)"""),

    dict(id="s16frb022", country="FR", date="2027-01-13T20:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="NI-2026-0927", amt="89,90", due="2026-12-28",
         frm="Sylvie Aubert <sylvie.aubert64@gmail.com>",
         intent="other",
         note="Wrong recipient: the person has never ordered anything from the firm.",
         body="""Bonsoir,

Je pense qu'il y a une erreur d'adresse. Je ne suis pas infirmière, je n'ai pas de cabinet et je n'ai jamais rien commandé chez vous. C'est le deuxième message que je reçois.

Il doit exister une autre Sylvie Aubert dont l'adresse ressemble à la mienne.

Bonne soirée"""),

    dict(id="s16frb023", country="FR", date="2026-12-14T12:30", fmt="outlook", stage="repeat", ago=3,
         inv="NI-2026-0808", amt="1 380,00", due="2026-11-10",
         frm="Dr Marion Chastel <cabinet@orthodontie-chastel.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'avant le 18' written on 14 Dec = by Friday 18 December.",
         body="""Bonjour,

Toutes mes excuses, j'ai été absente deux semaines et rien n'a été traité pendant ce temps. Le règlement sera fait avant le 18, vous avez ma parole.

Cordialement,

Dr Marion Chastel
Orthodontiste qualifiée
27 cours Vitton – 69006 Lyon – 04 78 52 36 14"""),

    dict(id="s16frb024", country="FR", date="2027-01-14T10:50", fmt="tb", stage="final_notice", ago=3,
         inv=[("NI-2026-0812", "2 980,00", "2026-11-15"), ("NI-2026-0897", "1 475,00", "2026-12-15")],
         frm="Direction EHPAD Résidence du Lac <direction@residencedulac-nantua.fr>",
         intent="plan_request",
         note="Asks for a payment schedule on both invoices; proposes a phone call, no date committed.",
         body="""Madame, Monsieur,

J'accuse réception de votre dernier rappel concernant les factures NI-2026-0812 et NI-2026-0897.

Je ne remets en cause ni les prestations ni les montants. Notre établissement associatif traverse cependant une période difficile : le renouvellement de notre convention tripartite a pris du retard et la dotation de soins de l'ARS ne nous a pas encore été versée pour le dernier trimestre.

Dans ces conditions, il nous est impossible de régler les 4 455 € en une seule fois. Serait-il possible de convenir d'un échéancier sur plusieurs mois ? Je suis disponible pour en parler par téléphone quand vous le souhaitez.

Je vous remercie par avance de l'attention que vous porterez à cette demande.

Jean-Philippe Morel
Directeur
EHPAD Résidence du Lac – 01130 Nantua
04 74 75 18 60"""),

    dict(id="s16frb025", country="FR", date="2026-12-21T10:30", fmt="ooo", stage="reminder", ago=0,
         inv="NI-2026-0895", amt="420,00", due="2026-12-10",
         frm="Festival Les Voix du Rhône <contact@lesvoixdurhone.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Office closed until 4 January inclusive, reopens Tuesday 5 January.",
         body="""Bonjour,

Les bureaux du festival Les Voix du Rhône sont fermés du 19 décembre au 4 janvier inclus. Réouverture le mardi 5 janvier.

La billetterie de l'édition 2027 ouvrira le 1er février sur notre site.

Toute l'équipe vous souhaite de belles fêtes !"""),

    dict(id="s16frb026", country="FR", date="2026-12-09T15:18", fmt="outlook", stage="second_reminder", ago=2,
         inv=[("NI-2026-0790", "720,00", "2026-11-05"), ("NI-2026-0811", "1 150,00", "2026-11-15"), ("NI-2026-0846", "96,00", "2026-11-25")],
         frm="Économat Lycée Saint-Exupéry <economat@lycee-stexupery-lyon.fr>",
         intent="paid", paid_on="2026-12-03",
         note="All three invoices paid in one transfer of 1 966 € on 3 December.",
         body="""Bonjour,

Les trois factures citées dans votre mail ont été réglées par un seul virement de 1 966,00 € le 3 décembre (libellé : LPSE NEVA NOVEMBRE).

NI-2026-0790 : 720,00 €
NI-2026-0811 : 1 150,00 €
NI-2026-0846 : 96,00 €

Merci de faire le rapprochement de votre côté avant de nous relancer à nouveau.

Cordialement,

Françoise Giraud
Économe
Lycée privé Saint-Exupéry – Lyon 4e
Tél. 04 78 28 91 44"""),

    dict(id="s16frb027", country="FR", date="2026-12-16T13:12", fmt="gmail", stage="reminder", ago=2,
         inv="NI-2026-0865", amt="342,00", due="2026-12-01",
         frm="Optique Mercier <optiquemercier.oullins@gmail.com>",
         intent="dispute",
         note="Contests the hours billed (3 h instead of about 1 h); will only pay a corrected invoice.",
         body="""bonjour

je conteste cette facture. votre technicien est resté a peine 1 heure au magasin (il est arrivé a 14h10 et reparti avant 15h15, ma vendeuse peut en témoigné) et vous me facturé 3h de main d'oeuvre plus le deplacement.

Je paierai 1h plus le déplacement, pas un centime de plus. renvoyez moi une facture corrigé svp

Patrick Mercier
Optique Mercier Oullins"""),

    dict(id="s16frb028", country="FR", date="2027-01-11T16:05", fmt="outlook", stage="firm", ago=0,
         inv="NI-2026-0899", amt="2 130,00", due="2026-12-15",
         frm="Gestion Centre de santé Jean-Moulin <gestion@cds-jeanmoulin.fr>",
         intent="promise", promise_date="2027-01-19",
         note="'sous huitaine' from Monday 11 January = 19 January.",
         body="""Bonjour,

Suite à votre relance de ce matin, nous vous confirmons que la facture NI-2026-0899 a été validée par la direction. Le règlement interviendra sous huitaine.

Cordialement,

Stéphane Vidal
Gestionnaire administratif
Centre de santé Jean-Moulin – 69120 Vaulx-en-Velin"""),

    dict(id="s16frb029", country="FR", date="2027-01-19T11:30", fmt="outlook", stage="formal_notice", ago=1,
         inv="NI-2026-0854", amt="3 240,00", due="2026-11-30",
         frm="Direction financière Ambulances du Lyonnais <daf@ambulances-dulyonnais.fr>",
         intent="other",
         note="Company in receivership: pre-judgment debts cannot be paid; firm must declare its claim to the mandataire.",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure.

Nous vous informons que, par jugement du Tribunal de commerce de Lyon en date du 8 décembre 2026, la société Ambulances du Lyonnais SAS a été placée en redressement judiciaire. Conformément à l'article L.622-7 du Code de commerce, il nous est interdit de régler les créances nées antérieurement au jugement d'ouverture, ce qui est le cas de votre facture NI-2026-0854.

Il vous appartient de déclarer votre créance auprès du mandataire judiciaire, la SELARL MJ Synergie (Me Anne Prévost), dans un délai de deux mois à compter de la publication du jugement au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Hervé Castaing
Directeur administratif et financier
Ambulances du Lyonnais SAS – RCS Lyon 519 884 276"""),

    dict(id="s16frb030", country="FR", date="2027-01-05T08:12", fmt="apple", stage="reminder", ago=1,
         inv="NI-2026-0908", amt="98,00", due="2026-12-18",
         frm="Camille Vasseur <camille.vasseur.psy@icloud.com>",
         intent="paid", paid_on="2026-12-28",
         note="Says it was paid on 28/12.",
         body="""Bonjour,
Normalement c'est réglé depuis le 28/12, vous pouvez vérifier svp ?
Merci et bonne année
C. Vasseur

Envoyé de mon iPhone"""),

    dict(id="s16frb031", country="FR", date="2026-12-17T11:00", fmt="tb", stage="reminder", ago=3,
         inv="NI-2026-0873", amt="1 015,00", due="2026-12-01",
         frm="Gérard Mouton <g.mouton@ndminimes-lyon.fr>",
         intent="contact_change", new_email="k.bellot@ndminimes-lyon.fr",
         note="Leaving his post; reminders to go to his successor.",
         body="""Bonjour,

Je quitte mes fonctions de comptable à l'Institution Notre-Dame des Minimes le 31 décembre (départ en retraite).

À compter de cette date, merci d'adresser vos factures et relances à ma successeure, Mme Karine Bellot : k.bellot@ndminimes-lyon.fr. Je lui ai transmis le dossier de la facture NI-2026-0873, qu'elle traitera à sa prise de poste.

Cordialement,

Gérard Mouton
Service comptabilité
Institution Notre-Dame des Minimes
65 rue des Aqueducs – 69005 Lyon"""),

    dict(id="s16frb032", country="FR", date="2027-01-06T13:40", fmt="gmail", stage="repeat", ago=2,
         inv="NI-2026-0881", amt="384,00", due="2026-12-10",
         frm="Cabinet infirmier Rive Gauche <cabinet.infirmier.rivegauche@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier' = 31 January.",
         body="""Bonjour,

Nous sommes trois infirmières libérales et c'est moi qui gère les factures du cabinet. Je vous réglerai fin janvier, dès que les remboursements de décembre seront arrivés (ça a beaucoup bloqué avec les télétransmissions pendant les fêtes).

Merci de votre patience,
Karine Blanchon, IDEL"""),

    dict(id="s16frb033", country="FR", date="2026-12-10T10:20", fmt="html_gmail", stage="reminder", ago=3,
         inv="NI-2026-0842", amt="450,00", due="2026-11-20",
         frm="Trésorerie Les Tréteaux de Bresse <tresorerie.treteauxbresse@gmail.com>",
         intent="bank_details",
         note="Asks for a RIB on the firm's letterhead, required by its bank to add the payee.",
         body="""Bonjour,

Pouvez-vous nous envoyer un RIB au nom de Néva Informatique ? Notre banque (Crédit Coopératif) exige un RIB à l'en-tête de la société pour créer un nouveau bénéficiaire, et celui imprimé en bas de la facture ne leur suffit pas.

Dès réception on pourra faire le virement.

Merci !
Bernard Lathuilière
Trésorier – Les Tréteaux de Bresse (troupe de théâtre amateur)
06 84 21 57 03"""),

    dict(id="s16frb034", country="FR", date="2026-12-29T09:30", fmt="ooo", stage="second_reminder", ago=0,
         inv="NI-2026-0868", amt="256,00", due="2026-12-01",
         frm="Cabinet du Dr Faure <cabinet.drfaure@medecin-lyon8.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Practice closed until Saturday 9 January inclusive: back Monday 11 January.",
         body="""Bonjour,

Le cabinet est fermé du lundi 28 décembre au samedi 9 janvier inclus.

Pendant cette période, les consultations sont assurées par le Dr Lemaire (04 78 74 22 31). En cas d'urgence, composez le 15.

Ce message est envoyé automatiquement, votre mail sera lu à notre retour.

Dr Isabelle Faure"""),

    dict(id="s16frb035", country="FR", date="2027-01-20T18:45", fmt="gmail", stage="second_reminder", ago=2,
         inv="NI-2026-0934", amt="1 740,00", due="2026-12-31",
         frm="MJC Croix-Luizet <direction@mjc-croixluizet.fr>",
         intent="promise",
         note="'la semaine prochaine' is a window, no single day.",
         body="""Bonsoir,

Nous avons eu notre conseil d'administration hier soir et le paiement de votre facture (nouveau parc informatique de la salle multimédia) a été validé. Notre trésorière fera le virement la semaine prochaine.

Désolé pour ces délais, les décisions passent toujours par le CA chez nous.

Cordialement,
Yannick Bertrand
Directeur – MJC Croix-Luizet"""),

    dict(id="s16frb036", country="FR", date="2027-01-26T07:20", fmt="apple", stage="repeat", ago=1,
         inv="NI-2027-0012", amt="64,00", due="2027-01-15",
         frm="Roland Bessière <r.bessiere@kine-bessiere.fr>",
         intent="unsubscribe",
         note="Rudely asks to be removed from the automatic mails; no payment statement.",
         body="""STOP.
Retirez mon adresse de vos mailings automatiques, je ne veux plus recevoir ces messages. Si vous avez quelque chose à me dire, vous m'appelez.

R. Bessière"""),

    dict(id="s16frb037", country="FR", date="2026-12-16T14:30", fmt="tb", stage="second_reminder", ago=2,
         inv="NI-2026-0817", amt="738,00", due="2026-11-15",
         frm="Laboratoire Arnaud Prothèses <contact@arnaud-protheses.fr>",
         intent="paid", paid_on="2026-12-14",
         note="SEPA transfer on 14/12/2026 with a reference.",
         body="""Bonjour,

Règlement effectué par virement SEPA le 14/12/2026, référence VIR-20261214-0457, montant 738,00 €.

Cordialement,

Valérie Arnaud
Laboratoire de prothèses dentaires Arnaud
ZA des Platières – 69390 Vourles
Tél. 04 72 31 07 66"""),

    dict(id="s16frb038", country="FR", date="2027-01-18T09:35", fmt="outlook", stage="firm", ago=3,
         inv="NI-2026-0885", amt="3 960,00", due="2026-12-15",
         frm="Service financier Cours Fénelon <finances@coursfenelon-villefranche.fr>",
         intent="dispute",
         note="Promised 250 € credit note for late delivery not issued; will pay only after it is.",
         body="""Bonjour,

Nous avons bien reçu votre troisième relance et nous nous étonnons de son ton.

Lors de notre échange téléphonique du 2 décembre, M. Dalbin nous avait promis un avoir de 250 € pour compenser la livraison des trois vidéoprojecteurs interactifs avec deux semaines de retard (nos enseignants ont dû faire sans pendant toute la période des conseils de classe). Cet avoir n'apparaît ni sur la facture ni dans un document séparé.

Nous ne réglerons la facture NI-2026-0885 qu'après réception de cet avoir.

Cordialement,

Hélène Castagnier
Responsable administrative et financière
Cours Fénelon – Établissement privé sous contrat
69400 Villefranche-sur-Saône"""),

    dict(id="s16frb039", country="FR", date="2027-01-22T12:05", fmt="gmail", stage="second_reminder", ago=4,
         inv="NI-2026-0929", amt="575,00", due="2026-12-30",
         frm="Hélène Darcy <galerie.helenedarcy@gmail.com>",
         intent="promise", promise_date="2027-01-26",
         note="'mardi prochain' written on Friday 22 January = Tuesday 26 January.",
         body="""Bonjour,

Oui, pardon, je l'avais notée. Je passe le virement mardi prochain, c'est le jour où je fais tous mes paiements de la galerie.

Bien à vous,
Hélène Darcy
Galerie Hélène Darcy – art contemporain
8 montée Saint-Barthélemy, Lyon 5e"""),

    dict(id="s16frb040", country="FR", date="2026-12-11T10:40", fmt="html_outlook", stage="reminder", ago=4,
         inv="NI-2026-0830", amt="5 412,00", due="2026-11-20",
         frm="Liquidation des factures CH Pierre-Vernay <liquidation.factures@ch-pierrevernay.fr>",
         intent="copy_request",
         note="Public hospital: invoice must be filed on Chorus Pro with the legal commitment number and service code.",
         body="""Bonjour,

En tant qu'établissement public de santé, le Centre hospitalier Pierre-Vernay ne peut traiter que les factures déposées sur le portail Chorus Pro. Votre facture NI-2026-0830, transmise par courriel, n'a donc pas pu être prise en charge et ne figure pas dans nos comptes.

Merci de la déposer sur Chorus Pro en renseignant impérativement :
- SIRET de l'établissement : 266 900 413 00017
- Code service : DSI
- Numéro d'engagement juridique : EJ2026-004518

Le délai global de paiement courra à compter de la réception de la facture sur le portail.

Cordialement,

Bureau des fournisseurs – Direction des finances
Centre hospitalier Pierre-Vernay
Tél. : 04 77 44 30 30"""),

    dict(id="s16frb041", country="FR", date="2026-12-28T15:20", fmt="gmail", stage="firm", ago=3, fresh=True,
         subj="Cabinet du Dr Lamarque - votre facture",
         inv="NI-2026-0836", amt="312,00", due="2026-11-20",
         frm="Juliette Lamarque <juliette.lamarque@gmail.com>",
         intent="other",
         note="Debtor (doctor) deceased; practice closed, estate being settled; no payment statement and no new address.",
         body="""Bonjour,

J'ai accès à la messagerie de mon père, le Dr Georges Lamarque, et je vois vos relances concernant la facture NI-2026-0836.

Mon père est décédé le 20 novembre et son cabinet est fermé depuis. La succession est en cours d'ouverture, le notaire n'est pas encore désigné définitivement. Je ne peux évidemment rien régler à titre personnel, mais je ne voulais pas laisser vos messages sans réponse.

Je reviendrai vers vous dès que j'aurai plus d'informations.

Cordialement,
Juliette Lamarque"""),

    dict(id="s16frb042", country="FR", date="2027-01-26T08:50", fmt="apple", stage="repeat", ago=1,
         inv="NI-2026-0940", amt="199,00", due="2027-01-05",
         frm="Nicolas Terrier <nico.terrier.podo@gmail.com>",
         intent="paid",
         note="States it is already paid, no date given.",
         body="""Déjà réglé !! Vérifiez vos comptes avant d'envoyer ce genre de mail.

Envoyé de mon iPhone"""),

    dict(id="s16frb043", country="FR", date="2026-12-29T11:15", fmt="outlook", stage="reminder", ago=1,
         inv="NI-2026-0896", amt="468,00", due="2026-12-15",
         frm="Cabinet de podologie Morand <secretariat@podologie-morand.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Transfer scheduled (programmé) for 5 January: future payment.",
         body="""Bonjour,

Le cabinet était fermé entre Noël et aujourd'hui. J'ai programmé le virement pour le 5 janvier, date de notre remise en route après les fêtes.

Bonne fin d'année,

Aline Morand
Pédicure-podologue
Cabinet de podologie Morand – 01700 Miribel
04 78 55 62 09"""),

    dict(id="s16frb044", country="FR", date="2027-01-27T22:10", fmt="gmail", stage="final_notice", ago=2,
         inv="NI-2026-0912", amt="1 524,00", due="2026-12-20",
         frm="Laetitia Perrin <laetitia.perrin.sf@gmail.com>",
         intent="plan_request",
         note="Asks for a 4-instalment plan, no date committed.",
         body="""bjr
pouvez vous me faire un echeancier en 4 fois svp, c tendu en ce moment avec les travaux du cabinet et les cotisations urssaf de janvier. je veux pas que ca parte au recouvrement
merci d avance
Laetitia Perrin sage femme"""),

    dict(id="s16frb045", country="FR", date="2027-01-12T14:05", fmt="html_outlook", stage="firm", ago=1,
         inv="NI-2026-0878", amt="2 268,00", due="2026-12-10",
         frm="Comptabilité Clinique Saint-Vincent <comptabilite@clinique-stvincent.fr>",
         intent="paid", paid_on="2027-01-11",
         note="'mise en paiement le 11/01/2027' by transfer: payment made on 11 January.",
         body="""Madame, Monsieur,

Nous vous informons que la facture NI-2026-0878 d'un montant de 2 268,00 € TTC a été mise en paiement le 11/01/2027 par virement bancaire.

Le retard de traitement est lié à la clôture comptable annuelle de l'établissement. Nous vous prions de bien vouloir nous en excuser.

Cordialement,

Service Comptabilité
Clinique Saint-Vincent – 42000 Saint-Étienne
SAS au capital de 1 200 000 € – RCS Saint-Étienne 388 210 615
Tél. standard : 04 77 91 44 00"""),

    dict(id="s16frb046", country="FR", date="2026-12-11T16:40", fmt="gmail", stage="heads_up", ago=4,
         inv="NI-2026-0874", amt="2 040,00", due="2026-12-31",
         frm="Centre d'art La Verrière <administration@laverriere-art.fr>",
         intent="promise",
         note="'début janvier' is a window, no single day.",
         body="""Bonjour,

Merci pour le rappel. Je préfère vous prévenir : nous ne pourrons pas payer au 31 décembre, notre budget 2027 n'est voté par le conseil communautaire qu'au tout début de l'année. Le paiement partira dans la foulée, donc début janvier.

Bonne fin de semaine,
Mathilde Perrier
Administratrice – Centre d'art La Verrière"""),

    dict(id="s16frb047", country="FR", date="2027-01-19T09:12", fmt="ooo", stage="reminder", ago=0,
         inv="NI-2027-0006", amt="312,00", due="2027-01-10",
         frm="Intendance Collège Sainte-Marthe <intendance@college-saintemarthe.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="In training until Friday 22 January inclusive: back Monday 25 January.",
         body="""Bonjour,

Je suis en formation jusqu'au vendredi 22 janvier inclus, avec un accès très limité à ma messagerie.

Pour toute demande concernant les inscriptions, merci de contacter le secrétariat : secretariat@college-saintemarthe.fr.

Cordialement,
Sophie Delorme
Intendante"""),

    dict(id="s16frb048", country="FR", date="2027-01-21T17:50", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="NI-2026-0919", amt="1 180,00", due="2026-12-31",
         frm="Espace culturel Le Prisme <production@leprisme-scene.fr>",
         intent="dispute",
         note="Rented projector failed on opening night; refuses to pay the rental until a commercial gesture is made.",
         body="""Bonjour,

Je me permets de répondre à votre relance car il y a un vrai problème sur cette facture.

Le vidéoprojecteur laser et le serveur média loués pour notre création de décembre sont tombés en panne le soir de la première, le 11 décembre, au bout de vingt minutes de spectacle. Votre astreinte n'a répondu qu'au bout d'une heure et nous avons dû finir la représentation sans vidéo, devant 300 personnes. Le matériel de remplacement n'est arrivé que le surlendemain.

Dans ces conditions, nous refusons de payer la location au tarif plein. Nous attendons une proposition de geste commercial de votre part avant de régler quoi que ce soit.

Bien cordialement,
Romain Esteve
Directeur de production – Le Prisme
07 62 18 33 40"""),

    dict(id="s16frb049", country="FR", date="2027-01-13T10:00", fmt="tb", stage="repeat", ago=2,
         inv="NI-2026-0910", amt="860,00", due="2026-12-20",
         frm="Festival Bulles en Beaujolais <tresorier@bullesenbeaujolais.fr>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay on 29 January; side question about an association rate does not change the intent.",
         body="""Bonjour,

Nous vous réglerons le 29 janvier, date à laquelle la subvention de la Région doit nous être versée (c'est confirmé par écrit, je ne prends pas de risque).

Au passage, pourriez-vous nous dire si vous proposez un tarif associatif pour un contrat de maintenance annuel ? Nous aimerions éviter les interventions ponctuelles comme celle de l'an dernier.

Merci et à bientôt,

Denis Guillot
Trésorier – Association Bulles en Beaujolais
Festival de la bande dessinée – 69220 Belleville-en-Beaujolais"""),

    dict(id="s16frb050", country="FR", date="2027-01-25T10:05", fmt="gmail", stage="final_notice", ago=3,
         inv="NI-2026-0925", amt="702,00", due="2026-12-28",
         frm="Pharmacie Gambetta <selarl.pharmaciegambetta@gmail.com>",
         intent="paid", paid_on="2027-01-25",
         note="Transfer sent this morning (25 January).",
         body="""Bonjour,

Virement parti ce matin. Désolé pour le retard, nous avons changé de logiciel de gestion début janvier et tout a pris du retard.

Cordialement,
Frédéric Lagarde
Pharmacie Gambetta"""),
]
