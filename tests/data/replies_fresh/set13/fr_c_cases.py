"""fr_c: French debtors replying to Ordilis Services SARL (IT / office equipment maintenance, Valence).
Every body below was written by hand, one case at a time."""

EXTRA_KNOWN = ["ORD-2026-0911"]

CASES = [
    dict(id="s13frc001", country="FR", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="ORD-2026-0917", amt="386,40", due="2026-11-30",
         frm="Sandrine Pelletier <s.pelletier@acd-expertise.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Accounting firm for its client: transfer on 'ce vendredi 11 décembre'.",
         body="""Bonjour,

Nous tenons la comptabilité de la SARL Boulangerie Aubert (Crest) et gérons ses règlements fournisseurs.

La facture ORD-2026-0917 a bien été intégrée. Elle sera réglée par virement ce vendredi 11 décembre, avec les autres fournisseurs de la quinzaine.

Bien cordialement,

Sandrine Pelletier
Collaboratrice comptable
ACD – Audit Conseil Drôme
8 avenue Sadi Carnot – 26400 Crest
Tél. 04 75 25 61 10

Société d'expertise comptable inscrite au Tableau de l'Ordre de la région Auvergne-Rhône-Alpes.
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire."""),

    dict(id="s13frc002", country="FR", date="2026-12-15T17:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="ORD-2026-0862", amt="212,00", due="2026-11-15",
         frm="Clinique Vétérinaire des Trois Rivières <accueil.cv3rivieres@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Vet clinic's receptionist: cheque posted 'hier (lundi)', i.e. 14 December.",
         body="""Bonjour,

Le Dr Castel a signé le chèque ce week-end, je l'ai posté hier (lundi) en lettre verte à votre adresse de Valence. Vous devriez le recevoir d'ici la fin de la semaine.

Bonne journée,
Mélanie
Accueil – Clinique vétérinaire des Trois Rivières
04 75 58 13 02"""),

    dict(id="s13frc003", country="FR", date="2026-12-24T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="ORD-2026-1032", amt="1 150,00", due="2026-12-15",
         frm="Cabinet Roux & Associés <accueil@roux-associes-expertise.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Accounting firm closed 24 Dec to Sunday 3 Jan inclusive; reopens Monday 4 January.",
         body="""Bonjour,

Le cabinet Roux & Associés est fermé pour les congés de fin d'année du jeudi 24 décembre 2026 au dimanche 3 janvier 2027 inclus.

Réouverture le lundi 4 janvier 2027 à 8h30. Les messages reçus pendant la fermeture seront traités à partir de cette date.

En cas d'urgence sociale (paie, DSN), vous pouvez joindre le 06 12 44 87 30.

Toute l'équipe vous souhaite de belles fêtes de fin d'année.

Cabinet Roux & Associés – Expertise comptable"""),

    dict(id="s13frc004", country="FR", date="2026-12-09T13:15", fmt="html_outlook", stage="reminder", ago=2,
         inv="ORD-2026-0948", amt="264,00", due="2026-11-30",
         frm="Secrétariat Maison Médicale du Parc <secretariat@mm-duparc.fr>",
         intent="dispute",
         note="On-site intervention billed never took place (done remotely in 30 min); refuses to pay until a corrected invoice or credit note.",
         body="""Bonjour,

Je me permets de revenir vers vous concernant la facture ORD-2026-0948.

Elle mentionne une intervention sur site le 12 novembre (2 h de main-d'œuvre + déplacement) pour la mise à jour des postes du secrétariat. Or personne n'est venu ce jour-là : le rendez-vous a été annulé par votre technicien la veille, et la mise à jour a finalement été faite à distance le 19, en une demi-heure environ.

Nous ne réglerons donc pas cette facture en l'état. Merci de nous adresser une facture rectifiée, ou un avoir, correspondant à la télémaintenance réellement effectuée.

Cordialement,

Christine Morel
Secrétaire médicale – Maison Médicale du Parc
12 rue du Parc – 07500 Guilherand-Granges
Tél. : 04 75 44 09 71"""),

    dict(id="s13frc005", country="FR", date="2026-12-16T19:48", fmt="apple", stage="second_reminder", ago=2,
         inv="ORD-2026-0875", amt="96,00", due="2026-11-20",
         frm="Dr Julien Faure <julien.faure.veto@orange.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Very short: 'vendredi' from Wednesday 16 December = 18 December.",
         body="""Ok je fais ça vendredi.
JF

Envoyé de mon iPhone"""),

    dict(id="s13frc006", country="FR", date="2026-12-21T11:30", off="+0000", fmt="outlook", stage="firm", ago=4,
         inv=[("ORD-2026-0801", "2 340,00", "2026-10-31"), ("ORD-2026-0856", "1 170,00", "2026-11-15"),
              ("ORD-2026-0899", "585,00", "2026-11-30")],
         frm="Comptabilité Fournisseurs CSP Lyon <ap.fournisseurs@groupe-valmont-sante.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Shared-service centre: all three invoices paid in the payment run of 18/12/2026, one transfer.",
         body="""Bonjour,

Les trois factures citées en objet ont été réglées lors du run de paiement du 18/12/2026, par un virement SEPA unique de 4 095,00 € (référence de paiement PAY-1218-004471).

Le crédit devrait apparaître sur votre compte sous 24 à 48 h. Merci de nous recontacter si ce n'était pas le cas.

Cordialement,

Karim Benali
Gestionnaire Comptabilité Fournisseurs
Centre de Services Partagés – Groupe Valmont Santé
35 rue de la Villette – 69003 Lyon
ap.fournisseurs@groupe-valmont-sante.fr

Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, merci de le détruire et d'en informer l'expéditeur.
Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s13frc007", country="FR", date="2027-01-06T21:10", fmt="gmail", stage="firm", ago=6,
         inv="ORD-2026-0788", amt="1 440,00", due="2026-10-31",
         frm="Laetitia Gomez <laetitia.gomez.kine@gmail.com>",
         intent="plan_request",
         note="Physiotherapist asks to pay in three or four instalments; no date committed.",
         body="""Bonjour,

Je suis vraiment désolée pour le retard sur cette facture. Je me suis installée en libéral en septembre et la fin d'année a été plus compliquée que prévu côté trésorerie (les remboursements de la CPAM ont pris du retard, et l'URSSAF n'attend pas…).

Est-ce qu'il serait possible de régler les 1 440 € en trois ou quatre fois ? Je préfère vous le demander plutôt que de laisser traîner.

Merci d'avance pour votre compréhension,

Laetitia Gomez
Masseur-kinésithérapeute DE
06 71 38 24 95"""),

    dict(id="s13frc008", country="FR", date="2026-12-21T23:05", fmt="gmail", stage="second_reminder", ago=5,
         inv="ORD-2026-0934", amt="318,00", due="2026-11-30",
         frm="Burger Station Romans <romans@burgerstation-franchise.fr>",
         intent="promise",
         note="Franchised restaurant, phone-typed: will pay 'apres les fetes' - vague, no single day.",
         body="""bonjour on est en plein rush avec les fetes je m en occupe apres les fetes promis
Yann"""),

    dict(id="s13frc009", country="FR", date="2027-01-07T10:05", fmt="outlook", stage="reminder", ago=3,
         inv="ORD-2026-1088", amt="3 960,00", due="2026-12-31",
         frm="Comptabilité Fournisseurs France <fr.comptafournisseurs@norvalis-group.com>",
         intent="copy_request",
         note="Group AP centre rejected the invoice for lack of a PO number; asks for it to be re-sent with the PO. The factures.fr@ address is where to send invoices, not a contact change.",
         body="""Bonjour,

Nous accusons réception de votre relance.

La facture ORD-2026-1088 a été rejetée par notre outil de traitement car elle ne comporte pas de numéro de bon de commande. Conformément à nos conditions générales d'achat, toute facture doit mentionner le numéro de commande (format 45XXXXXXXX) communiqué par le demandeur.

Merci de bien vouloir nous renvoyer la facture complétée avec ce numéro à l'adresse factures.fr@norvalis-group.com (PDF uniquement, une facture par fichier). À défaut, elle ne pourra pas être mise en paiement.

Si vous ne disposez pas du numéro de commande, rapprochez-vous de votre interlocuteur sur le site de Portes-lès-Valence.

Cordialement,

Équipe Comptabilité Fournisseurs France
Norvalis Group – Centre de Services Partagés
Tél. : +33 4 27 86 50 00 (choix 2)

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""),

    dict(id="s13frc010", country="FR", date="2027-01-04T14:37", fmt="ooo", stage="reminder", ago=0,
         inv="ORD-2026-1101", amt="148,80", due="2026-12-31",
         frm="Dr Anne-Sophie Marchal <dr.marchal@cabinet-marchal-medecine.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back is Monday 11 January.",
         body="""Bonjour,

Je suis absente du cabinet jusqu'au vendredi 8 janvier inclus.

Pour toute urgence médicale, appelez le 15. Pour les rendez-vous, merci de passer par Doctolib ou de contacter le secrétariat au 04 75 81 22 60.

Les messages ne sont pas transférés et seront lus à mon retour.

Dr A.-S. Marchal
Médecine générale"""),

    dict(id="s13frc011", country="FR", date="2026-12-11T12:14", fmt="gmail", stage="reminder", ago=1,
         inv="ORD-2026-0958", amt="72,00", due="2026-12-05",
         frm="Salon Coiff'Idées Valence Sud <coiffidees.valencesud@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Franchised salon paid by card on the payment link 'ce matin'.",
         body="""cest regle par cb sur votre lien ce matin, merci de verifier
Sonia

Envoyé depuis mon appareil Galaxy"""),

    dict(id="s13frc012", country="FR", date="2026-12-22T16:40", fmt="tb", stage="second_reminder", ago=6,
         inv="ORD-2026-0967", amt="528,00", due="2026-12-10",
         frm="Étude de Maître Bérengère Lacroix <etude.lacroix@notaires.fr>",
         intent="promise", promise_date="2027-01-06",
         note="Notary's assistant: the notary is away until 3 Jan; transfer will go 'le mercredi 6 janvier'. Not an auto-reply.",
         body="""Bonjour,

J'ai bien reçu votre relance concernant la facture ORD-2026-0967 (renouvellement des licences et sauvegarde externalisée).

Maître Lacroix est en congés jusqu'au 3 janvier, et elle seule peut valider les virements sur le compte de l'office. J'ai préparé le règlement : il partira le mercredi 6 janvier, dès son retour.

Je vous prie de nous excuser pour ce délai.

Bien cordialement,

Nathalie Brunet
Assistante notariale
Étude de Maître Bérengère Lacroix, notaire
3 place du Taurobole – 26600 Tain-l'Hermitage
Tél. 04 75 08 31 44"""),

    dict(id="s13frc013", country="FR", date="2027-01-13T08:47", fmt="gmail", stage="firm", ago=1,
         inv="ORD-2026-1012", amt="432,00", due="2026-12-15",
         frm="Franck Dumas <franck.dumas.optique@gmail.com>",
         intent="dispute",
         note="Angry franchised optician: copier unrepaired for three weeks, refuses to pay the maintenance invoice until fixed and wants a reduction.",
         body="""Vous êtes sérieux ?

Ça fait trois semaines que le copieur du magasin affiche une erreur de four. J'ai appelé votre hotline QUATRE fois, on m'a promis un technicien « sous 48h » le 22 décembre et je n'ai vu personne. Et vous m'envoyez une troisième relance avec des pénalités pour le contrat de maintenance ??

Je ne paierai pas un euro de cette facture tant que la machine n'est pas réparée. Et je veux un geste sur le trimestre, parce que la maintenance, je ne l'ai pas eue.

F. Dumas
Optique Mirabel – Bourg-de-Péage"""),

    dict(id="s13frc014", country="FR", date="2026-12-09T15:02", fmt="html_outlook", stage="reminder", ago=2,
         inv="ORD-2026-0903", amt="745,20", due="2026-11-30",
         frm="Olivier Sauvage <o.sauvage@sauvage-expertise.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Accountant for a pharmacy: paid by transfer on 07/12/2026.",
         body="""Bonjour,

Pour le compte de notre cliente, la SELARL Pharmacie du Vivarais, nous vous informons que la facture ORD-2026-0903 d'un montant de 745,20 € a été réglée par virement le 07/12/2026.

Libellé du virement : PHIE VIVARAIS ORD-2026-0903

Nos règlements se sont probablement croisés avec votre relance.

Cordialement,

Olivier Sauvage
Expert-comptable
Sauvage Expertise & Conseil
14 boulevard du Lycée – 07000 Privas
04 75 64 17 92 – www.sauvage-expertise.fr
Membre de l'Ordre des experts-comptables"""),

    dict(id="s13frc015", country="FR", date="2026-12-10T09:55", fmt="html_outlook", stage="reminder", ago=3,
         inv="ORD-2026-0921", amt="1 008,00", due="2026-11-30",
         frm="Pauline Arnaud <p.arnaud@clinique-veto-lasaulaie.fr>",
         intent="contact_change", new_email="factures.lasaulaie@vetalys-compta.fr",
         note="Vet clinic joined a network with central accounting; invoices and reminders to go to the new address.",
         body="""Bonjour,

Depuis le 1er décembre, notre clinique a rejoint le réseau Vetalys, qui centralise désormais la comptabilité de ses établissements.

Merci d'adresser à l'avenir vos factures et vos relances à l'adresse suivante : factures.lasaulaie@vetalys-compta.fr

Je ne suis plus en charge des règlements. J'ai tout de même fait suivre votre relance à la comptabilité du réseau.

Bonne journée,

Pauline Arnaud
Assistante de direction
Clinique vétérinaire de la Saulaie
Tél. : 04 75 79 40 18"""),

    dict(id="s13frc016", country="FR", date="2027-01-07T14:20", fmt="outlook", stage="second_reminder", ago=2,
         inv="ORD-2026-1045", amt="2 616,00", due="2026-12-20",
         frm="Service Règlements Fournisseurs <reglements.fournisseurs@hexalia-services.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Shared-service centre: invoice validated on 04/01 (not the label), to be paid in the payment run of Friday 15/01/2027.",
         body="""Bonjour,

Votre facture ORD-2026-1045 (2 616,00 € TTC) est validée dans notre système depuis le 04/01/2027 et se trouve en attente de paiement.

Elle sera réglée lors de notre prochaine campagne de paiement, programmée le vendredi 15/01/2027, par virement sur le compte bancaire enregistré dans notre base fournisseurs.

Nous vous remercions de votre patience.

Cordialement,

Service Règlements Fournisseurs
Hexalia Services – Centre de Services Partagés de Nantes
Tél. : 02 40 18 72 00
Merci de rappeler le numéro de facture dans toute correspondance."""),

    dict(id="s13frc017", country="FR", date="2027-01-18T07:12", fmt="tb", stage="repeat", ago=3,
         inv="ORD-2026-0812", amt="54,00", due="2026-11-05",
         frm="Gérard Vial <gerard.vial42@orange.fr>",
         intent="unsubscribe",
         note="Wants no more automatic emails; says nothing about paying or contesting.",
         body="""STOP.

C'est au moins la cinquième fois que je reçois ce message. Je ne veux plus recevoir vos mails automatiques, retirez mon adresse de vos listes.

G. Vial"""),

    dict(id="s13frc018", country="FR", date="2027-01-06T10:18", fmt="outlook", fwd=True, stage="second_reminder", ago=2,
         inv="ORD-2026-1050", amt="864,00", due="2026-12-20",
         frm="Emma Colin <e.colin@avocats-rivoire.fr>", to="Ordilis Services SARL <compta@ordilis-services.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Assistant forwards the lawyer's answer (Tue 5 Jan): transfer made 'lundi matin' = Monday 4 January.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de Maître Rivoire à votre relance.

Bien à vous,
Emma Colin
Assistante juridique – Rivoire Avocats
04 75 40 66 12

-----Message d'origine-----
De : Thomas Rivoire <t.rivoire@avocats-rivoire.fr>
Envoyé : mardi 5 janvier 2027 18:52
À : Emma Colin <e.colin@avocats-rivoire.fr>
Objet : RE: Deuxième relance : facture ORD-2026-1050 impayée – Ordilis Services SARL

Emma, tu peux leur répondre que c'est réglé, j'ai fait le virement lundi matin depuis le compte du cabinet. Merci.
TR"""),

    dict(id="s13frc019", country="FR", date="2026-12-14T11:26", fmt="tb", stage="reminder", ago=4,
         inv=[("ORD-2026-0840", "180,00", "2026-11-10"), ("ORD-2026-0894", "180,00", "2026-11-25")],
         frm="Julie Perrin <julie.perrin@cabinet-ferrand-ec.fr>",
         intent="copy_request",
         note="Accounting firm for a garage: asks for duplicates of both invoices and a statement before paying.",
         body="""Bonjour,

Nous tenons la comptabilité de l'EURL Garage Peyrache, qui nous a transmis votre relance.

Nous ne retrouvons pas les factures ORD-2026-0840 et ORD-2026-0894 dans les pièces remises par notre client ; il pense ne jamais les avoir reçues.

Pourriez-vous nous adresser un duplicata de ces deux factures, ainsi qu'un relevé de compte à jour ? Nous procéderons au règlement dès réception, après validation par le gérant.

Merci d'avance,

Julie Perrin
Assistante comptable
Cabinet Ferrand – Expertise comptable
Tél. 04 75 43 90 27"""),

    dict(id="s13frc020", country="FR", date="2026-12-07T09:03", fmt="bounce", stage="reminder",
         inv="ORD-2026-0889", amt="240,00", due="2026-11-25",
         rcpt="secretariat@dentiste-carre-duval.fr", status="5.1.1", mta="smtp-out.relance.app",
         remote="mx1.mail.ovh.net",
         diag="550 5.1.1 <secretariat@dentiste-carre-duval.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Postfix delivery failure: mailbox unknown.",
         body="""This is the mail system at host smtp-out.relance.app.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<secretariat@dentiste-carre-duval.fr>: host mx1.mail.ovh.net[188.165.36.237]
    said: 550 5.1.1 <secretariat@dentiste-carre-duval.fr>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""),

    dict(id="s13frc021", country="FR", date="2027-01-11T12:40", fmt="html_gmail", stage="reminder", ago=4,
         inv="ORD-2026-1077", amt="699,00", due="2026-12-31",
         frm="Pharmacie des Cèdres <pharmaciedescedres.tournon@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Pharmacist pays 'le 15' (15 January); side request for a quote does not change the intent.",
         body="""Bonjour,

Pas de souci, je lance le virement le 15, c'est le jour où je règle tous mes fournisseurs.

Par contre pouvez-vous m'envoyer le devis pour le deuxième poste de comptoir dont on avait parlé avec Romain en décembre ? J'aimerais le faire installer avant février si possible.

Merci,
Hélène Chabert
Pharmacie des Cèdres – Tournon-sur-Rhône"""),

    dict(id="s13frc022", country="FR", date="2026-12-10T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="ORD-2026-0976", amt="1 896,00", due="2026-12-05",
         frm="Claire Vasseur <claire.vasseur@norvalis-group.com>",
         intent="out_of_office", return_date="2026-12-16",
         note="Bilingual auto-reply of a group AP manager; back Wednesday 16 December.",
         body="""Bonjour,

Je suis actuellement en déplacement et ne consulterai pas mes e-mails avant mon retour, le mercredi 16 décembre.

Pour toute question relative au paiement d'une facture, merci de contacter l'équipe Comptabilité Fournisseurs : fr.comptafournisseurs@norvalis-group.com

---

Hello,

I am currently travelling and will not be reading e-mail until I return on Wednesday 16 December.

For invoice payment queries, please contact the French Accounts Payable team: fr.comptafournisseurs@norvalis-group.com

Claire Vasseur
Responsable Comptabilité Fournisseurs France
Norvalis Group"""),

    dict(id="s13frc023", country="FR", date="2027-01-20T16:05", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="ORD-2026-1115", amt="5 184,00", due="2027-01-10",
         frm="Hexalia Services - Litiges Fournisseurs <litiges.fournisseurs@hexalia-services.fr>",
         intent="dispute",
         note="Invoice blocked for a price gap against the purchase order; asks for a credit note of 432 € TTC.",
         body="""Bonjour,

Votre facture ORD-2026-1115 est bloquée en litige dans notre système pour écart de prix.

Le bon de commande n° 4500218843 prévoit 12 postes de travail à 330,00 € HT l'unité, conformément au contrat-cadre 2026. Votre facture applique un prix unitaire de 360,00 € HT, soit un écart de 360,00 € HT (432,00 € TTC).

Nous ne pouvons mettre en paiement que le montant conforme à la commande. Merci de nous faire parvenir un avoir de 432,00 € TTC ou une facture rectificative afin de débloquer le règlement.

Cordialement,

Service Litiges Fournisseurs
Hexalia Services – Centre de Services Partagés de Nantes
litiges.fournisseurs@hexalia-services.fr
Tél. : 02 40 18 72 00 (choix 3)"""),

    dict(id="s13frc024", country="FR", date="2026-12-28T10:10", fmt="tb", stage="repeat", ago=0,
         inv="ORD-2026-0905", amt="336,00", due="2026-11-30",
         frm="Office notarial Girard & Mounier <office.girardmounier@notaires.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Notarial office: transfer sent on 23 December 2026.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre rappel de ce jour.

La facture ORD-2026-0905 a été réglée par virement émis le 23 décembre 2026 depuis notre compte professionnel. Avec les jours fériés, il est possible que l'opération n'apparaisse pas encore sur votre relevé.

Nous vous remercions de vérifier votre compte avant toute nouvelle relance.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le service comptabilité
Office notarial Girard & Mounier
Notaires associés
22 cours Jean Jaurès – 38200 Vienne"""),

    dict(id="s13frc025", country="FR", date="2027-01-12T18:33", fmt="html_gmail", stage="final_notice", ago=3,
         inv=[("ORD-2026-0930", "1 260,00", "2026-11-30"), ("ORD-2026-1003", "890,40", "2026-12-15")],
         frm="Marc Thiollier <marc.thiollier.glisseloc@gmail.com>",
         intent="plan_request",
         note="Ski-rental franchisee, bad season: asks to spread both invoices over several months, amount and dates left open.",
         body="""Bonjour,

J'ai bien reçu votre dernier rappel et je préfère vous écrire avant que le dossier parte au recouvrement.

Je suis franchisé GlisseLoc à Villard-de-Lans. Sans neige jusqu'au 2 janvier, on a fait à peine 30 % de notre chiffre habituel sur les vacances de Noël et la trésorerie est à sec. Je ne conteste absolument pas les deux factures, la caisse et le réseau fonctionnent très bien.

Est-ce qu'on pourrait convenir d'un étalement sur plusieurs mois ? Je peux verser une somme chaque mois jusqu'à la fin de la saison, à voir ce qui vous convient.

Merci de votre compréhension,

Marc Thiollier
GlisseLoc Villard-de-Lans
06 84 12 57 30"""),

    dict(id="s13frc026", country="FR", date="2026-12-14T08:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="ORD-2026-0880", amt="156,00", due="2026-11-25",
         frm="Cabinet infirmier Les Tilleuls <cabinetinfirmier.lestilleuls@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Nurses' practice, typos: transfer made 'vendredi' = Friday 11 December.",
         body="""bonjour
le virment a etait fait vendredi sur votre compte, normalement vous l'avez. si ya un souci rapelez moi au 06 22 91 47 08
cordialemant
Sylvie (cabinet infirmier)"""),

    dict(id="s13frc027", country="FR", date="2026-12-09T20:45", fmt="tb", stage="reminder", ago=2,
         inv="ORD-2026-0913", amt="420,00", due="2026-11-30",
         frm="Dr Philippe Nouvel <ph.nouvel@cabinet-nouvel.fr>",
         intent="promise", promise_date="2026-12-31",
         note="GP pays with his month-end batch, 'fin décembre au plus tard' = 31 December.",
         body="""Bonjour,

Bien reçu. Je règle mes fournisseurs en fin de mois ; votre facture partira avec les autres, fin décembre au plus tard.

Cordialement,

Dr Ph. Nouvel
Médecine générale
5 rue Émile Augier – 26000 Valence"""),

    dict(id="s13frc028", country="FR", date="2027-01-19T09:06", fmt="ooo", stage="second_reminder", ago=0,
         inv="ORD-2026-1095", amt="288,00", due="2027-01-05",
         frm="Maître Camille Béranger <c.beranger@beranger-avocat.fr>",
         intent="out_of_office", return_date="2027-03-01",
         note="Maternity leave until 28 February 2027 (a Sunday): back Monday 1 March.",
         body="""Bonjour,

Je suis absente du cabinet jusqu'au 28 février 2027 (congé maternité).

Pendant mon absence, les dossiers en cours sont suivis par Maître Hugo Sabatier (h.sabatier@sabatier-avocats.fr – 04 75 42 18 60). Pour les questions administratives et la facturation, vous pouvez joindre le secrétariat au 04 75 42 18 61.

Votre message ne sera pas transféré.

Camille Béranger
Avocate au Barreau de la Drôme"""),

    dict(id="s13frc029", country="FR", date="2026-12-17T09:40", fmt="outlook", stage="reminder", ago=2,
         inv="ORD-2026-0985", amt="234,00", due="2026-12-10",
         frm="Accueil Cabinet Meyer <accueil@meyer-expertise-comptable.fr>",
         intent="other",
         note="Accounting firm does not pay for its client; has passed the reminder to the client's manager. No new address given.",
         body="""Bonjour,

Votre relance nous est parvenue parce que notre adresse figure comme contact sur le dossier de la SAS Les Jardins de Marjolaine. Nous sommes leur cabinet d'expertise comptable, mais nous ne gérons pas le paiement de leurs fournisseurs.

Nous avons transmis votre message à la gérante, Mme Roussel, qui reviendra vers vous directement.

Cordialement,

Lucie Faure
Accueil
Cabinet Meyer Expertise Comptable
Tél. : 04 75 86 14 02"""),

    dict(id="s13frc030", country="FR", date="2027-01-14T11:02", fmt="outlook", fresh=True, stage="reminder", ago=3,
         inv="ORD-2026-1109", amt="1 320,00", due="2027-01-10",
         frm="Laurent Giraud <l.giraud@giraud-associes-ec.fr>", to="Ordilis Services <compta@ordilis-services.fr>",
         subj="Courrier de changement de RIB – facture ORD-2026-1109 – SCP Vétérinaires du Haut-Vivarais",
         intent="bank_details",
         note="Accountant questions a letter announcing a new IBAN (suspected fraud) and holds the transfer until confirmed.",
         body="""Bonjour,

Nous préparons le règlement de votre facture ORD-2026-1109 pour le compte de notre client, la SCP Vétérinaires du Haut-Vivarais.

Notre client a reçu la semaine dernière un courrier à votre en-tête annonçant un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne). Avant de modifier quoi que ce soit, pouvez-vous nous confirmer par téléphone que ce changement émane bien de vous ? La présentation du courrier nous paraît inhabituelle.

Dans l'attente, nous suspendons le virement.

Merci de nous rappeler au 04 75 29 06 33.

Laurent Giraud
Expert-comptable associé
Giraud & Associés
7 rue de la République – 07100 Annonay"""),

    dict(id="s13frc031", country="FR", date="2026-12-18T17:25", fmt="gmail", stage="second_reminder", ago=1,
         inv="ORD-2026-0952", amt="240,00", due="2026-12-05",
         frm="Pierre-Antoine Reynaud <pareynaud.avocat@gmail.com>",
         intent="bank_details",
         note="Lawyer asks for the firm's RIB to pay by transfer; no commitment to a date.",
         body="""Bonjour,

Je préfère régler par virement plutôt que par carte via votre lien. Pouvez-vous m'adresser votre RIB ? Il ne figure ni sur la facture ni sur la relance.

Cordialement,

Pierre-Antoine Reynaud
Avocat
06 61 72 35 09"""),

    dict(id="s13frc032", country="FR", date="2026-12-17T13:05", fmt="apple", stage="reminder", ago=1,
         inv="ORD-2026-0990", amt="546,00", due="2026-12-10",
         frm="Trésorerie Crèche Les P'tits Loups <tresorerie@creche-ptitsloups.org>",
         intent="promise",
         note="Parent-run nursery: payment 'début janvier' once the CAF grant arrives - a window, no day.",
         body="""Bonjour,

Je suis la trésorière (bénévole) de la crèche. Notre subvention de la CAF n'arrive qu'en janvier : le virement sera donc fait début janvier, dès réception des fonds.

Désolée pour ce retard et merci de votre patience.

Bien à vous,
Aurélie Martinon
Trésorière – Association Les P'tits Loups"""),

    dict(id="s13frc033", country="FR", date="2027-01-25T12:00", fmt="apple", stage="heads_up", ago=1,
         inv="ORD-2027-0031", amt="84,00", due="2027-01-31",
         frm="Isabelle Fontaine <isa.fontaine@icloud.com>",
         intent="unsubscribe",
         note="Speech therapist annoyed by the pre-due-date reminder; asks to be taken off the automatic mailings.",
         body="""Bonjour,

Je reçois maintenant un mail avant même l'échéance de mes factures… Je n'ai jamais payé en retard. Merci de me retirer de ces envois automatiques, je n'en veux plus.

I. Fontaine
Orthophoniste

Envoyé de mon iPhone"""),

    dict(id="s13frc034", country="FR", date="2027-01-21T10:30", fmt="tb", stage="firm", ago=2,
         inv="ORD-2026-0955", amt="612,00", due="2026-12-05",
         frm="Stéphane Morin <s.morin.fournil@orange.fr>",
         intent="other",
         note="Former manager of a franchised bakery: company in compulsory liquidation; claim must be filed with the liquidator.",
         body="""Bonjour,

Je vous informe que la SARL SMB Boulangerie (enseigne Le Petit Fournil) a été placée en liquidation judiciaire par jugement du tribunal de commerce de Romans-sur-Isère du 6 janvier 2027.

Je ne suis plus en mesure de procéder à aucun règlement. Il vous appartient de déclarer votre créance auprès du liquidateur désigné, Maître Delorme, mandataire judiciaire à Valence, dans les deux mois suivant la publication du jugement au BODACC.

Cordialement,

S. Morin
Ancien gérant"""),

    dict(id="s13frc035", country="FR", date="2026-12-10T11:48", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="ORD-2026-0939", amt="1 080,00", due="2026-11-30",
         frm="Cabinet Delaunay Avocats <contact@delaunay-avocats.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Law firm will pay 'sous huitaine' from Thursday 10 December = 18 December.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance et vous prions de bien vouloir excuser ce retard, imputable à une réorganisation de notre secrétariat.

Le règlement de la facture ORD-2026-0939 interviendra sous huitaine.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Marie-Hélène Delaunay
Avocat associé
Delaunay Avocats – 9 rue Pêcherie – 26000 Valence
Tél. 04 75 55 20 14
Avocat au Barreau de la Drôme"""),

    dict(id="s13frc036", country="FR", date="2027-01-08T09:50", fmt="apple", stage="reminder", ago=4,
         inv="ORD-2026-1060", amt="129,00", due="2027-01-02",
         frm="Cabinet dentaire Dr Élodie Rey <cabinet.dr.rey@wanadoo.fr>",
         intent="paid", paid_on="2027-01-05",
         note="Dentist: SEPA direct debit was taken on 5 January, after the reminder.",
         body="""Bonjour,

Je pense que votre relance a croisé le prélèvement : nous avons signé un mandat de prélèvement SEPA avec vous l'an dernier, et les 129,00 € sont bien passés sur notre compte le 5 janvier (libellé ORDILIS SERVICES).

Pouvez-vous vérifier de votre côté ?

Cordialement,

Élodie Rey
Chirurgien-dentiste
04 75 61 30 98"""),

    dict(id="s13frc037", country="FR", date="2027-01-15T14:22", fmt="tb", stage="reminder", ago=3,
         inv="ORD-2026-1120", amt="378,00", due="2027-01-10",
         frm="Dr Vincent Barral <v.barral@veto-barral.fr>",
         intent="dispute",
         note="Vet says the maintenance contract was terminated by registered letter in September; invoice not due, asks for a credit note.",
         body="""Bonjour,

Cette facture correspond au contrat de maintenance du 1er trimestre 2027. Or nous avons résilié ce contrat par lettre recommandée du 22 septembre 2026, dans le respect du préavis de trois mois prévu à l'article 9 de vos conditions générales.

Cette facture n'est donc pas due. Merci de l'annuler et de nous adresser l'avoir correspondant.

Je tiens à votre disposition la copie du courrier et l'accusé de réception.

Dr Vincent Barral
Clinique vétérinaire Barral
Route de Lyon – 38150 Roussillon
04 74 86 21 55"""),

    dict(id="s13frc038", country="FR", date="2027-01-08T16:12", fmt="gmail", stage="firm", ago=3,
         inv="ORD-2026-1020", amt="1 280,00", due="2026-12-15",
         frm="Nicolas Brun <nicolas.brun.cimmo@gmail.com>",
         intent="promise", promise_date="2027-01-20",
         note="Partial payment: 500 € sent today, balance of 780 € promised 'le 20 janvier'. The open balance is what the firm must follow.",
         body="""Bonjour,

Je viens de faire un virement de 500 € pour la facture ORD-2026-1020. Janvier est toujours un mois creux pour l'agence et je ne peux pas tout régler d'un coup.

Le solde, soit 780 €, partira le 20 janvier, une fois encaissés les honoraires des ventes signées en décembre.

Merci de votre compréhension.

Cordialement,
Nicolas Brun
Agence Cimmo Saint-Vallier
04 75 23 88 10"""),

    dict(id="s13frc039", country="FR", date="2027-01-20T13:02", fmt="apple", stage="second_reminder", ago=1,
         inv="ORD-2026-1080", amt="192,00", due="2026-12-31",
         frm="Romain Desgranges <r.desgranges.osteo@gmail.com>",
         intent="promise",
         note="Osteopath will pay 'la semaine prochaine' - a window, no single day.",
         body="""Bonjour, oui désolé c'est un oubli de ma part. Je m'en occupe la semaine prochaine sans faute.
Romain Desgranges, ostéopathe

Envoyé de mon iPhone"""),

    dict(id="s13frc040", country="FR", date="2027-01-26T09:15", fmt="gmail", stage="final_notice", ago=1,
         inv="ORD-2026-0970", amt="468,00", due="2026-12-10",
         frm="Pizza Cosy Montélimar <pizzacosy.montelimar@gmail.com>",
         intent="paid",
         note="Angry franchisee says it was paid weeks ago; no day given.",
         body="""C'est une blague ?? Cette facture est PAYÉE depuis des semaines, j'ai le relevé sous les yeux. Et maintenant vous me menacez de recouvrement ?

Vérifiez votre compta avant d'envoyer ce genre de courrier à vos clients. Si je reçois encore une relance pour une facture réglée, je change de prestataire.

K. Aydin
Pizza Cosy Montélimar"""),

    dict(id="s13frc041", country="FR", date="2027-01-27T10:40", fmt="outlook", stage="reminder", ago=1,
         inv="ORD-2027-0018", amt="216,00", due="2027-01-20",
         frm="Accueil Étude Chomel <accueil.chomel@notaires.fr>",
         intent="copy_request",
         note="Notary's receptionist cannot find the invoice; asks for the PDF.",
         body="""Bonjour,

Je ne retrouve pas cette facture, ni dans le courrier ni dans nos mails. Pourriez-vous me la renvoyer en PDF s'il vous plaît ? Je la transmettrai ensuite à la comptabilité de l'étude.

Merci,
Sabrina
Accueil – Étude de Maître Chomel, notaire à Saint-Rambert-d'Albon"""),

    dict(id="s13frc042", country="FR", date="2026-12-11T15:38", fmt="apple", stage="second_reminder", ago=2,
         inv="ORD-2026-0915", amt="360,00", due="2026-11-30",
         frm="Julien Marchetti <j.marchetti@marchetti-geometre.fr>",
         intent="dispute",
         note="Surveyor says the invoice duplicates ORD-2026-0911 (same service, already paid); refuses it and asks for cancellation.",
         body="""Bonjour,

La facture ORD-2026-0915 porte sur exactement la même prestation que la ORD-2026-0911 : installation du traceur A0 le 18 novembre, même désignation, même montant. C'est visiblement un doublon.

La 0911 a été réglée par chèque, remis à votre technicien le jour de l'installation. Je ne réglerai pas la 0915 : merci de l'annuler et de mettre votre relance à jour.

Bonne fin de semaine,

Julien Marchetti
Géomètre-expert
Cabinet Marchetti – 04 75 81 64 22"""),

    dict(id="s13frc043", country="FR", date="2026-12-23T10:15", fmt="gmail", stage="heads_up", ago=1,
         inv="ORD-2026-1066", amt="540,00", due="2027-01-05",
         frm="Secrétariat Dr Saadi <secretariat.orthosaadi@gmail.com>",
         intent="other",
         note="Orthodontist's secretary asks what the invoice covers and whether the firm is open over the holidays; no payment statement.",
         body="""Bonjour,

Petite question avant l'échéance : est-ce que la facture ORD-2026-1066 comprend aussi la mise à jour du logiciel de radio dont Mathieu nous a parlé, ou est-ce que ce sera facturé à part ?

Et êtes-vous ouverts entre Noël et le jour de l'an ? On aurait besoin d'un passage pour l'imprimante de l'accueil.

Merci et bonnes fêtes !
Inès, secrétariat du Dr Saadi – orthodontiste"""),

    dict(id="s13frc044", country="FR", date="2026-12-29T15:00", fmt="html_outlook", stage="second_reminder", ago=7,
         inv=[("ORD-2026-0961", "312,00", "2026-12-05"), ("ORD-2026-0994", "312,00", "2026-12-10"),
              ("ORD-2026-1018", "85,00", "2026-12-15")],
         frm="Émilie Vernet <compta@saveurs-ardeche.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Multi-unit franchisee's accounts: three invoices in one transfer on 'mardi 5 janvier'.",
         body="""Bonjour,

Nous regroupons les règlements de nos trois restaurants franchisés (Aubenas, Privas et Le Teil).

Les factures ORD-2026-0961, ORD-2026-0994 et ORD-2026-1018 seront réglées en un seul virement le mardi 5 janvier, soit 709,00 € au total. Le libellé reprendra les trois numéros de facture.

Cordialement,

Émilie Vernet
Comptabilité
Groupe Saveurs d'Ardèche SAS
Zone du Lac – 07200 Aubenas
Tél. : 04 75 35 47 90
SAS au capital de 50 000 € – RCS Aubenas 829 114 506"""),

    dict(id="s13frc045", country="FR", date="2027-01-19T09:05", fmt="ooo", stage="reminder", ago=0,
         inv="ORD-2026-1102", amt="174,00", due="2027-01-10",
         frm="Dr Chloé Paris <c.paris@cliniqueveto-hermitage.fr>",
         intent="out_of_office", return_date="2027-01-25",
         note="Away Monday 18 to Friday 22 January inclusive; back Monday 25 January.",
         body="""Bonjour,

Je serai absente du lundi 18 au vendredi 22 janvier inclus (formation).

Pour les urgences, la clinique reste ouverte : 04 75 07 26 50.
Pour les questions de facturation, merci d'écrire à accueil@cliniqueveto-hermitage.fr.

Dr Chloé Paris
Clinique vétérinaire de l'Hermitage"""),

    dict(id="s13frc046", country="FR", date="2027-01-22T19:20", fmt="gmail", stage="reminder", ago=3,
         inv="ORD-2026-1090", amt="258,00", due="2027-01-05",
         frm="Dr Marc Lefebvre <drmarc.lefebvre@gmail.com>",
         intent="contact_change", new_email="secretariat.lefebvre.dentaire@gmail.com",
         note="Dentist asks that invoices and reminders go to his secretary's address.",
         body="""Bonjour,

Je ne m'occupe pas de la partie administrative du cabinet. Merci d'envoyer désormais vos factures et rappels à ma secrétaire, Mme Carole Teyssier : secretariat.lefebvre.dentaire@gmail.com

Je lui fais suivre votre message.

Dr M. Lefebvre
Chirurgien-dentiste"""),

    dict(id="s13frc047", country="FR", date="2026-12-15T10:30", fmt="outlook", stage="final_notice", ago=1,
         inv="ORD-2026-0842", amt="2 880,00", due="2026-11-10",
         frm="Hervé Cluzel <h.cluzel@cluzel-expertise.fr>", cc="Transports Mollard <direction@transports-mollard.fr>",
         intent="plan_request",
         note="Accountant for a haulier asks for a payment schedule to be agreed; no amounts or dates committed.",
         body="""Madame, Monsieur,

Nous intervenons en qualité d'expert-comptable de la SARL Transports Mollard, destinataire de votre dernier rappel.

Notre cliente traverse des difficultés de trésorerie passagères, liées notamment au retard de paiement d'un important donneur d'ordre. Elle ne conteste pas la créance, mais n'est pas en mesure de la régler en une seule fois.

Elle sollicite donc la mise en place d'un échéancier, dont nous vous proposons de définir ensemble les modalités. Je reste joignable au 04 76 93 52 18.

Nous vous remercions par avance de bien vouloir suspendre toute procédure de recouvrement dans l'intervalle.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Hervé Cluzel
Expert-comptable – Commissaire aux comptes
Cluzel Expertise
4 place de la Halle – 38160 Saint-Marcellin"""),

    dict(id="s13frc048", country="FR", date="2027-01-28T11:45", fmt="none", stage="reminder", ago=2,
         inv="ORD-2027-0024", amt="99,00", due="2027-01-20",
         frm="Cabinet médical des Écoles <cabinetmedical.ecoles@laposte.net>",
         intent="other",
         note="Wrong recipient: the doctor on the contract left the practice; they have no forwarding address.",
         body="""Bonjour,

Il doit y avoir une erreur : le Dr Samuel Ortega, à qui est adressée cette facture, a quitté notre cabinet fin novembre pour s'installer en Savoie. Nous ne sommes pas concernés par ce contrat, qui était à son nom.

Nous n'avons pas ses nouvelles coordonnées.

Cordialement,
Le secrétariat du cabinet médical des Écoles"""),

    dict(id="s13frc049", country="FR", date="2027-01-14T22:40", fmt="gmail", stage="final_notice", ago=2,
         inv="ORD-2026-1038", amt="356,40", due="2026-12-20",
         frm="Lav Eclat Valence Nord <laverie.eclat.valence@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Laundrette franchisee, phone-typed: transfer 'lundi' from Thursday 14 January = 18 January.",
         body="""bonsoir desole pour le retard jetais en arret maladie depuis noel. je fais le virement lundi sans faute
merci de ne pas transmettre au recouvrement
Kevin - Lav Eclat Valence nord"""),

    dict(id="s13frc050", country="FR", date="2027-01-19T17:05", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="ORD-2026-1070", amt="1 512,00", due="2026-12-31",
         frm="Aurélien Petit <compta@vidal-chapuis-avocats.fr>",
         intent="paid", paid_on="2027-01-19",
         note="Law firm's finance manager: transfer made 'ce jour'.",
         body="""Bonjour,

Je vous confirme que le virement de 1 512,00 € a été passé ce jour depuis notre compte professionnel, référence VIR-ORD-2026-1070. Vous trouverez ci-joint l'avis d'opéré de la banque.

Avec nos excuses pour ce retard : la facture était restée bloquée dans le circuit de validation des associés pendant les vacances.

Bien cordialement,

Aurélien Petit
Responsable administratif et financier
SELARL Vidal & Chapuis – Avocats associés
18 avenue Victor Hugo – 26000 Valence
Tél. : 04 75 78 43 20

Ce message est confidentiel et peut être couvert par le secret professionnel. S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),
]
