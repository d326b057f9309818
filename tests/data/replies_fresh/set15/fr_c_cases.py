"""fr_c: French debtors replying to Atlantique Froid Services SARL (refrigeration for wineries,
fishing, farms, tourism, overseas customers). Every body written by hand."""

CASES = [
    dict(id="s15frc001", country="FR", date="2026-12-09T07:42", fmt="apple", stage="reminder", ago=2,
         inv="AFS-26-1102", amt="1 486,20", due="2026-11-15",
         frm="Thierry Bouchet <thierry.bouchet17@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday; reply Wed 9 Dec -> Fri 11 Dec.",
         body="""ok je fais le virement vendredi, j'étais en pleine distillation j'ai pas vu passer la facture
Thierry

Envoyé de mon iPhone"""),

    dict(id="s15frc002", country="FR", date="2026-12-08T10:15", fmt="gmail", stage="reminder", ago=1,
         inv="AFS-26-1087", amt="742,80", due="2026-11-20",
         frm="Poissonnerie La Marée du Port <lamareeduport85@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer sent 'hier après-midi' on Tue 8 Dec -> 7 Dec.",
         body="""Bonjour,

Le virement de 742,80 € est parti hier après-midi depuis notre compte au Crédit Mutuel, vous devriez le voir d'ici demain.
Désolée pour le retard, avec la saison des coquilles on ne voit pas le jour.

Sandrine Guérin
Poissonnerie La Marée du Port
Quai Guiné – 85100 Les Sables-d'Olonne
02 51 95 38 12"""),

    dict(id="s15frc003", country="FR", date="2026-12-21T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="AFS-26-1034", amt="1 915,00", due="2026-11-05",
         frm="Camping Les Dunes d'Oléron <contact@camping-dunes-oleron.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Seasonal campsite closed 19 Dec to 3 Jan inclusive; back Monday 4 January.",
         body="""Bonjour et merci pour votre message.

Le camping est fermé pour la période hivernale. L'accueil et les bureaux sont fermés du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus.
Nous traiterons votre demande dès notre retour, à partir du lundi 4 janvier.

Pour vos réservations de la saison 2027, rendez-vous directement sur www.camping-dunes-oleron.fr.

Très bonnes fêtes de fin d'année !
L'équipe du Camping Les Dunes d'Oléron"""),

    dict(id="s15frc004", country="FR", date="2026-12-10T16:35", off="-0400", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="AFS-26-1057", amt="4 312,00", due="2026-11-10",
         frm="Murielle Jean-Baptiste <m.jeanbaptiste@habitation-belle-anse.mq>",
         intent="promise", promise_date="2026-12-15",
         note="Martinique hotel (UTC-4): transfer on Tuesday 15 December; the 1-2 days of bank delay are not the label.",
         body="""Bonjour,

Je fais suite à votre relance concernant la facture AFS-26-1057 relative à l'installation de la chambre froide positive de notre cuisine.

Le dossier a été validé par notre direction hier. Le règlement sera effectué par virement le mardi 15 décembre, date de notre prochaine remise bancaire. Compte tenu des délais interbancaires depuis la Martinique, merci de compter un à deux jours avant de voir les fonds sur votre compte.

Je vous prie de nous excuser pour ce retard, lié au changement de notre logiciel comptable en novembre.

Bien cordialement,

Murielle Jean-Baptiste
Responsable administrative et financière
Hôtel Habitation Belle Anse
Anse Figuier – 97227 Sainte-Anne, Martinique
Tél. : 0596 76 81 40"""),

    dict(id="s15frc005", country="FR", date="2026-12-11T11:20", fmt="outlook", stage="second_reminder", ago=4,
         inv="AFS-26-1011", amt="2 918,40", due="2026-10-31",
         frm="Cave des Coteaux de Saintonge - Comptabilité <compta@cave-coteaux-saintonge.fr>",
         intent="dispute",
         note="Travel charged twice and labour hours overstated; will pay only a corrected invoice.",
         body="""Bonjour,

Nous contestons le montant de cette facture. Le déplacement du technicien y figure deux fois (lignes 3 et 7, 185 € HT chacune) alors qu'il n'y a eu qu'une seule intervention, le 14 octobre, sur le groupe froid de la cuverie n°2. Par ailleurs la main d'œuvre est comptée pour 9 h alors que le bon d'intervention signé par notre chef de cave indique 6 h.

Merci de nous adresser un avoir ou une facture rectifiée. Nous réglerons dès réception du document corrigé.

Cordialement,

Hélène Marchais
Service comptabilité
Cave des Coteaux de Saintonge – Société coopérative agricole
Route de Pons – 17800 Saint-Léger
Tél. 05 46 91 22 07"""),

    dict(id="s15frc006", country="FR", date="2026-12-14T19:48", fmt="gmail", stage="firm", ago=5,
         inv="AFS-26-0944", amt="3 650,00", due="2026-10-15",
         frm="jerome le gall <jeromelegall.peche@gmail.com>",
         intent="plan_request",
         note="Fisherman asks to pay in several instalments, no date given.",
         body="""bonsoir
jai bien recu vos relances. la je peux pas tout payer dun coup, on a eu 3 semaines sans sortir avec la tempete et le bateau etait a quai. est ce quon peut faire en plusieurs fois ? dites moi combien par mois ca vous irait
la machine a glace marche tres bien par contre rien a dire
jerome le gall
Le Guilvinec"""),

    dict(id="s15frc007", country="FR", date="2026-12-15T14:02", fmt="tb", stage="reminder", ago=6,
         inv="AFS-26-1049", amt="865,00", due="2026-11-25",
         frm="Les Pieds dans l'Eau <piedsdansleau.plage@free.fr>",
         intent="promise",
         note="Beach restaurant closed for winter; will pay 'après les fêtes' - no single day.",
         body="""Bonjour,

Le restaurant est fermé depuis fin septembre et ne rouvre qu'en avril, je ne passe au bureau qu'une fois par semaine, d'où mon silence.
Je vous règle cette facture après les fêtes, promis. Je n'ai pas la trésorerie avant.

Cordialement,
Patrick Morin
Les Pieds dans l'Eau – Plage de la Grière, La Tranche-sur-Mer"""),

    dict(id="s15frc008", country="FR", date="2026-12-14T12:30", fmt="tb", stage="second_reminder", ago=4,
         inv="AFS-26-1021", amt="1 120,00", due="2026-11-10",
         frm="GAEC du Bois Joly <gaec.boisjoly@wanadoo.fr>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted this morning (Mon 14 Dec).",
         body="""Bonjour,

Je vous ai envoyé un chèque de 1 120,00 € ce matin par la poste, à votre adresse d'Aytré. Chèque Crédit Agricole n° 8843217.
Excusez-nous pour le retard, chez nous les papiers passent après la traite.

Bonne journée,
Annick Rousseau
GAEC du Bois Joly
79160 Coulonges-sur-l'Autize"""),

    dict(id="s15frc009", country="FR", date="2026-12-16T10:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="AFS-26-1133", amt="1 986,00", due="2026-11-30",
         frm="Mairie de Saint-Georges-des-Marais - Secrétariat <secretariat@mairie-saintgeorgesdesmarais.fr>",
         intent="copy_request",
         note="Town hall needs the invoice filed on Chorus Pro with its commitment number before it can pay.",
         body="""Bonjour,

Nous n'avons reçu cette facture que par courriel. En tant que collectivité, nous ne pouvons la mandater que si elle est déposée sur le portail Chorus Pro (SIRET de la commune : 211 703 415 00012), avec le numéro d'engagement 2026-0318 qui figurait sur notre bon de commande pour la chambre froide de la cantine scolaire.

Merci de procéder au dépôt ; le paiement sera ensuite effectué par le Service de gestion comptable dans le délai réglementaire de 30 jours.

Cordialement,

Valérie Chauvet
Secrétaire de mairie
Mairie de Saint-Georges-des-Marais
1 place de l'Église – 17230 Saint-Georges-des-Marais
Ouvert au public lundi, mardi et jeudi de 9h à 12h"""),

    dict(id="s15frc010", country="FR", date="2026-12-17T06:40", off="+0400", fmt="outlook", stage="reminder", ago=3,
         inv="AFS-26-1072", amt="5 230,00", due="2026-11-30",
         frm="Kevin Payet <k.payet@lagonbleu-hotel.re>",
         intent="contact_change", new_email="comptabilite@lagonbleu-hotel.re",
         note="Réunion hotel (UTC+4): send reminders to the new accounts address.",
         body="""Bonjour,

Je ne m'occupe plus de la comptabilité fournisseurs depuis le 1er décembre. Merci d'envoyer désormais vos relances et vos factures à notre service comptable : comptabilite@lagonbleu-hotel.re (à l'attention de Mme Hoarau).
Je leur transfère votre message.

Cordialement,
Kevin Payet
Responsable technique
Hôtel Le Lagon Bleu ***
Saint-Gilles-les-Bains – 97434 La Réunion
Tél. 0262 24 57 90"""),

    dict(id="s15frc011", country="FR", date="2026-12-18T09:50", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="AFS-26-1079", amt="6 540,00", due="2026-11-20",
         frm="Château Lestage-Mauvezin <administration@chateau-lestage-mauvezin.fr>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' mail; wants the firm to confirm its bank details before paying.",
         body="""Bonjour,

Avant de régler cette facture, j'ai besoin d'une confirmation de votre part. Nous avons reçu la semaine dernière un courriel, soi-disant de votre service comptable, nous indiquant que vos coordonnées bancaires avaient changé (nouvel IBAN dans une banque en ligne, FR76 1695 8…). L'adresse de l'expéditeur ressemblait à la vôtre mais pas tout à fait (atlantique-froid-services.com).

Pouvez-vous me confirmer par téléphone votre IBAN actuel ? Je préfère ne rien virer tant que ce n'est pas clarifié, nous avons déjà eu une tentative d'escroquerie au faux fournisseur l'an dernier.

Merci,
Claire Dubourg
Assistante administrative
Château Lestage-Mauvezin – Grand vin de Bordeaux
33480 Listrac-Médoc
05 56 58 14 63"""),

    dict(id="s15frc012", country="FR", date="2026-12-09T17:10", fmt="gmail", stage="reminder", ago=1,
         inv="AFS-26-1093", amt="1 342,60", due="2026-11-25",
         frm="EARL Vignobles Renaud <earl.renaud.vins@gmail.com>",
         intent="other",
         note="Passed to the accounting firm that pays suppliers; no commitment or claim.",
         body="""Bonjour,
Je transmets à notre cabinet comptable à Cognac, c'est eux qui font tous nos paiements fournisseurs. Ils vous recontacteront directement.
Cordialement
Bernard Renaud"""),

    dict(id="s15frc013", country="FR", date="2026-12-10T09:03", fmt="bounce",
         inv="AFS-26-1120", amt="612,00", due="2026-11-30",
         frm="Mail Delivery System <MAILER-DAEMON@mail-out.atlantique-froid.fr>",
         subj="Undelivered Mail Returned to Sender", mta="mail-out.atlantique-froid.fr",
         rcpt="fermeduchene@orange.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Postfix DSN, Orange mailbox does not exist.",
         body="""This is the mail system at host mail-out.atlantique-froid.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<fermeduchene@orange.fr>: host smtp-in.orange.fr[80.12.24.81] said: 550 5.1.1
    Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416
    [416] (in reply to RCPT TO command)"""),

    dict(id="s15frc014", country="FR", date="2026-12-16T13:15", fmt="gmail", stage="second_reminder", ago=5,
         inv="AFS-26-1026", amt="2 460,00", due="2026-11-15",
         frm="Ostréiculture Texier <huitres.texier@orange.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Oyster farmer: pays Friday 8 January; 'ça vous va ?' is a side question.",
         body="""Bonjour
Là on est en plein dans les fêtes, c'est 60 % de notre chiffre sur décembre et je suis dans les claires tous les jours. Je vous règle le vendredi 8 janvier sans faute, quand les restaurateurs m'auront payé.
Ça vous va ?
Cordialement
Laurent Texier
Ostréiculteur – Marennes"""),

    dict(id="s15frc015", country="FR", date="2026-12-17T15:40", fmt="html_outlook", stage="repeat", ago=3,
         inv=[("AFS-26-0871", "2 150,00", "2026-09-30"), ("AFS-26-0958", "1 780,60", "2026-10-31")],
         frm="Comptabilité fournisseurs <fournisseurs@vignerons-ile-de-re.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Partial: AFS-26-0871 paid today by transfer; the other only 'prochaine campagne', no date.",
         body="""Bonjour,

Nous avons réglé ce jour par virement la facture AFS-26-0871 (2 150,00 €), référence du virement : VIR-UVR-261217-03.

La facture AFS-26-0958 n'avait pas encore été validée par notre responsable technique ; c'est chose faite, elle partira avec notre prochaine campagne de paiement.

Cordialement,

Service comptabilité fournisseurs
Les Vignerons de l'Île de Ré – Union de coopératives
Route de Sainte-Marie – 17580 Le Bois-Plage-en-Ré
Tél. : 05 46 09 23 09"""),

    dict(id="s15frc016", country="FR", date="2026-12-23T11:12", fmt="ooo", stage="reminder", ago=0,
         inv="AFS-26-1141", amt="978,00", due="2026-12-15",
         frm="Sophie Lacombe <s.lacombe@domaine-trois-ormeaux.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back Monday 11 January.",
         body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 8 janvier inclus. Pendant cette période, les messages ne sont pas consultés.
Pour toute commande de vin urgente, merci d'appeler le caveau au 05 57 24 60 18.

Sophie Lacombe
Domaine des Trois Ormeaux – Saint-Émilion"""),

    dict(id="s15frc017", country="FR", date="2027-01-06T10:20", fmt="html_outlook", stage="final_notice", ago=2,
         inv="AFS-26-0902", amt="5 870,00", due="2026-10-20",
         frm="Direction - Armement Kerbrat <direction@armement-kerbrat.fr>",
         intent="other",
         note="Debtor in receivership (redressement judiciaire): claim must be filed with the mandataire; no payment possible.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel.

Nous vous informons que la SAS Armement Kerbrat fait l'objet d'une procédure de redressement judiciaire ouverte par jugement du Tribunal de commerce de Quimper en date du 17 novembre 2026, publié au BODACC le 26 novembre 2026. Maître Anne Le Floch, 14 rue du Parc à Quimper, a été désignée en qualité de mandataire judiciaire.

Votre créance étant antérieure au jugement d'ouverture, elle ne peut être réglée en dehors de la procédure. Il vous appartient de la déclarer auprès du mandataire judiciaire dans un délai de deux mois à compter de la publication au BODACC.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Yann Kerbrat
Président
SAS Armement Kerbrat
Port de pêche – Quai Carnot – 29900 Concarneau
RCS Quimper 438 201 776"""),

    dict(id="s15frc018", country="FR", date="2026-12-29T19:30", off="-0400", fmt="html_gmail", stage="firm", ago=6,
         inv="AFS-26-1098", amt="2 075,00", due="2026-11-25",
         frm="Plantation Bois-Debout <plantation.boisdebout@gmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="Guadeloupe (UTC-4), written 29 Dec: transfer Monday 4 January.",
         body="""Bonjour Madame,

Excusez le retard, on a eu beaucoup de soucis avec la coupe et l'expédition ce mois-ci. Je fais le virement lundi 4 janvier, dès que la banque rouvre après le jour de l'an.
Le groupe froid du hangar de conditionnement tourne bien, merci encore à votre technicien.

Cordialement,
Georges Nelson
Plantation Bois-Debout
Capesterre-Belle-Eau, Guadeloupe
0690 47 21 88"""),

    dict(id="s15frc019", country="FR", date="2026-12-22T21:47", fmt="apple", stage="firm", ago=1,
         inv="AFS-26-1150", amt="1 264,80", due="2026-12-05",
         frm="Hôtel du Port - Yves Guillou <hoteldupport.guillou@orange.fr>",
         intent="dispute",
         note="Repair failed three days later; refuses to pay until fixed and losses discussed.",
         body="""Vous avez du culot de m'envoyer une relance avec des pénalités de retard !!!

Votre technicien est venu le 2 décembre pour la chambre froide négative, il a changé le détendeur, facturé 1264,80 €, et trois jours après elle était de nouveau à -8° au lieu de -18°. J'ai jeté pour plus de 900 € de marchandise et j'ai appelé quatre fois votre standard sans que personne ne me rappelle.

Je ne paierai pas un centime tant que la panne ne sera pas réparée correctement et qu'on n'aura pas parlé de ma marchandise perdue. À trois jours de Noël avec l'hôtel complet, c'est inadmissible.

Y. Guillou
Hôtel du Port – Saint-Martin-de-Ré"""),

    dict(id="s15frc020", country="FR", date="2026-12-11T08:55", fmt="gmail", stage="reminder", ago=2,
         inv="AFS-26-1117", amt="318,00", due="2026-11-30",
         frm="Crêperie Ty Breizh <creperie.tybreizh@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by card through the link this morning.",
         body="""Bonjour,
C'est réglé, j'ai payé par carte avec votre lien ce matin. Vous devriez avoir reçu la confirmation.
Bonne journée
Maëlle"""),

    dict(id="s15frc021", country="FR", date="2026-12-14T11:30", fmt="outlook", fwd=True, stage="second_reminder", ago=3,
         inv="AFS-26-1066", amt="3 904,50", due="2026-11-15",
         frm="Nathalie Perrin <n.perrin@maison-dufour-cognac.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Assistant forwards the manager's OK: put in Friday 18 December transfers.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de M. Dufour.

Bien cordialement,
Nathalie Perrin
Assistante de direction
Maison Dufour & Fils – Négociant en cognac
16100 Cognac
Tél. : 05 45 82 17 36

-----Message d'origine-----
De : Philippe Dufour <p.dufour@maison-dufour-cognac.fr>
Envoyé : lundi 14 décembre 2026 10:52
À : Nathalie Perrin <n.perrin@maison-dufour-cognac.fr>
Objet : RE: Deuxième relance : facture AFS-26-1066 impayée – Atlantique Froid Services SARL

Nathalie, c'est bon pour moi, vous pouvez la mettre dans les virements de vendredi 18. Et répondez-leur svp.
PhD"""),

    dict(id="s15frc022", country="FR", date="2026-12-15T20:10", fmt="gmail", stage="second_reminder", ago=4,
         inv="AFS-26-1038", amt="694,20", due="2026-11-10",
         frm="Didier Coutant <didier.coutant79@laposte.net>",
         intent="copy_request",
         note="Never received the invoice, link broken; asks for the PDF with details.",
         body="""Bonsoir,

Je n'ai jamais reçu cette facture, ni par courrier ni par mail, et le lien dans votre message m'affiche "document introuvable". Pouvez-vous me renvoyer la facture en PDF avec le détail de l'intervention sur le tank à lait ? Je ne peux pas la passer en compta sans ça.

Merci
Didier Coutant
GAEC des Trois Chênes"""),

    dict(id="s15frc023", country="FR", date="2026-12-18T18:22", fmt="tb", stage="firm", ago=4,
         inv="AFS-26-0979", amt="1 738,00", due="2026-10-31",
         frm="Vincent Arnaud <earl.arnaud@terres-aunis.net>",
         intent="promise",
         note="Will pay in full once insurance and CAP money arrive: a commitment without a date.",
         body="""Bonjour,

Je sais que je suis en retard. La récolte de maïs a été catastrophique cette année avec la sécheresse et j'attends le versement de l'assurance récolte et le solde PAC. Dès que c'est tombé sur le compte je vous règle la totalité, vous ne serez pas oubliés.

Vincent Arnaud
EARL Arnaud – Surgères"""),

    dict(id="s15frc024", country="FR", date="2026-12-10T09:40", fmt="html_gmail", stage="reminder", ago=2,
         inv="AFS-26-1108", amt="386,40", due="2026-11-30",
         frm="Gîtes du Moulin de Vaux <moulindevaux.gites@gmail.com>",
         intent="paid", paid_on="2026-11-27",
         note="Cheque handed to the technician on Friday 27 November; asks to check it arrived.",
         body="""Bonjour,

Il doit y avoir une erreur : j'ai remis un chèque de 386,40 € à votre technicien (Romain, je crois) le jour de son passage, le vendredi 27 novembre, quand il a remis en route la chambre froide. Il l'a rangé dans sa sacoche avec le bon signé.

Le chèque n'a pas encore été débité sur mon compte. Pouvez-vous vérifier de votre côté qu'il vous est bien parvenu ?

Cordialement,
Odile Ferrand
Gîtes du Moulin de Vaux"""),

    dict(id="s15frc025", country="FR", date="2026-12-21T13:05", off="-0300", fmt="ooo", stage="second_reminder", ago=0,
         inv="AFS-26-1045", amt="2 890,00", due="2026-11-15",
         frm="Jessica Bourgarel <j.bourgarel@pecheries-crique.gf>",
         subj_prefix="Absence : ",
         intent="out_of_office", return_date="2027-01-04",
         note="French Guiana (UTC-3): on leave 21/12 to 03/01 inclusive; back Monday 4 January.",
         body="""Bonjour,

Je suis en congés du 21/12/2026 au 03/01/2027 inclus et n'aurai pas accès à ma messagerie.
Pour toute urgence, merci de contacter le secrétariat au 0594 32 18 40.

Cordialement,
Jessica Bourgarel
Comptabilité – Pêcheries de la Crique, Kourou"""),

    dict(id="s15frc026", country="FR", date="2027-01-05T08:10", fmt="apple", stage="repeat", ago=4,
         inv="AFS-26-1004", amt="1 575,00", due="2026-11-05",
         frm="Seb Marmottes <refugedesmarmottes@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="'fin janvier au plus tard' -> 31 January.",
         body="""Bonjour, on est en pleine saison là haut, je redescends dans la vallée que le lundi. La trésorerie rentre bien depuis Noël, vous serez réglés fin janvier au plus tard.
Bonne année quand même !
Seb – Le Refuge des Marmottes

Envoyé de mon iPhone"""),

    dict(id="s15frc027", country="FR", date="2027-01-07T10:45", fmt="html_outlook", stage="reminder", ago=3,
         inv="AFS-26-1188", amt="3 468,00", due="2026-12-31",
         frm="Julien Morel <j.morel@vinsdumarais.com>",
         intent="dispute",
         note="Invoice higher than the signed quote; wants an invoice matching the quote.",
         body="""Bonjour,

Le montant facturé ne correspond pas au devis DV-26-0412 que nous avions signé le 2 octobre : 2 340,00 € HT, soit 2 808,00 € TTC. Votre facture s'élève à 3 468,00 € TTC, sans qu'on nous ait prévenus d'un quelconque supplément.

Si des travaux complémentaires ont été réalisés, je n'en ai pas été informé et je ne les ai pas validés. Merci de nous envoyer une facture conforme au devis ; en l'état, nous ne pouvons pas la régler.

Cordialement,

Julien Morel
Responsable logistique
Les Vins du Marais – Négoce en vins
ZI de la Prée – 79000 Niort
Standard : 05 49 77 30 52"""),

    dict(id="s15frc028", country="FR", date="2027-01-08T21:15", fmt="gmail", stage="firm", ago=4,
         inv="AFS-26-1062", amt="4 218,00", due="2026-11-20",
         frm="Christine Lalanne <ferme.lalanne40@orange.fr>",
         intent="plan_request",
         note="Avian flu culling; asks for a schedule over several months, no dates.",
         body="""Bonsoir,

Je réponds à votre relance avec un peu de retard, excusez-moi. Nous sommes en zone réglementée depuis le foyer de grippe aviaire déclaré dans la commune voisine fin novembre : dépeuplement de nos trois bâtiments, plus un seul canard à vendre pour les fêtes, et les indemnisations de l'État n'arriveront pas avant plusieurs mois.

Nous ne contestons pas du tout la facture de la chambre froide de la salle de découpe, le travail a été bien fait. Mais aujourd'hui nous ne pouvons pas sortir 4 218 € d'un coup.

Serait-il possible de mettre en place un échéancier sur plusieurs mois ? Nous ferons au mieux. Dites-moi ce qui est envisageable pour vous.

Merci de votre compréhension,
Christine Lalanne
Ferme Lalanne – Canards gras, Landes"""),

    dict(id="s15frc029", country="FR", date="2026-12-08T14:25", fmt="outlook", stage="reminder", ago=1,
         inv="AFS-26-1127", amt="455,00", due="2026-11-25",
         frm="Marc Fontaine <marc.fontaine@fontaine-paysage.fr>",
         intent="other",
         note="Wrong recipient: never ordered, suggests another company with a similar name.",
         body="""Bonjour,

Je pense que ce courriel ne m'est pas destiné : je suis paysagiste à Niort, je ne vous ai jamais rien commandé et je ne connais pas cette facture. Vous confondez peut-être avec l'EARL Fontaine, viticulteurs à Saint-Sauvant, qui ont un nom proche.

Cordialement,
Marc Fontaine
Fontaine Paysage
06 71 48 25 93"""),

    dict(id="s15frc030", country="FR", date="2027-01-11T14:20", fmt="html_outlook", stage="repeat", ago=3,
         inv="AFS-26-1019", amt="12 480,00", due="2026-11-30",
         frm="Comptabilité Fournisseurs <comptabilite.fournisseurs@coop-terresdaunis.fr>",
         intent="paid", paid_on="2027-01-08",
         note="AP department: paid by transfer on 08/01/2027.",
         body="""Bonjour,

La facture AFS-26-1019 a été réglée par virement le 08/01/2027, dans le cadre de notre campagne de paiement hebdomadaire (avis de paiement n° 2027-000148 adressé à compta@atlantique-froid.fr).

Montant réglé : 12 480,00 €.

Cordialement,

Service Comptabilité Fournisseurs
Coopérative Terres d'Aunis
Direction Administrative et Financière
8 avenue de la Gare – 17700 Surgères

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Pensez à l'environnement avant d'imprimer ce message."""),

    dict(id="s15frc031", country="FR", date="2027-01-07T12:03", fmt="apple", stage="second_reminder", ago=2,
         inv="AFS-26-1153", amt="540,00", due="2026-12-10",
         frm="Fred Baudry <fred.baudry@icloud.com>",
         intent="promise", promise_date="2027-01-12",
         note="'mardi' written Thu 7 Jan -> Tue 12 Jan.",
         body="""ok je regle mardi
Fred

Envoyé de mon iPhone"""),

    dict(id="s15frc032", country="FR", date="2027-01-12T18:40", fmt="gmail", stage="reminder", ago=5,
         inv="AFS-26-1166", amt="1 210,00", due="2026-12-20",
         frm="Patrice Quéré <patricequere.fileyeur@gmail.com>",
         intent="contact_change", new_email="catherine.quere29@orange.fr",
         note="Wife now handles the boat's paperwork: send everything to her address.",
         body="""Bonjour
Cest ma femme qui s'occupe de toute la paperasse du bateau maintenant, moi je suis en mer toute la semaine et je lis pas les mails. Envoyez tout a elle : catherine.quere29@orange.fr
Elle vous rappelera pour la facture.
Patrice Quéré
Fileyeur Ar Vag – Douarnenez"""),

    dict(id="s15frc033", country="FR", date="2027-01-13T10:10", fmt="tb", stage="reminder", ago=2,
         inv="AFS-26-1201", amt="298,80", due="2026-12-31",
         frm="Mathilde Roux <accueil@camping-lapinede.fr>",
         intent="bank_details",
         note="Direct debit rejected after a bank change; gives its new IBAN for the SEPA mandate.",
         body="""Bonjour,

Le prélèvement pour le contrat d'entretien a été rejeté : nous avons changé de banque à la fin de l'année et l'ancien compte à la Banque Populaire est clôturé.

Voici nos nouvelles coordonnées bancaires pour les prochains prélèvements :
Titulaire : SARL La Pinède
IBAN : FR76 1027 8360 1200 0203 7840 145
BIC : CMCIFR2A

Pouvez-vous mettre à jour le mandat SEPA et représenter le prélèvement ? S'il vous faut un nouveau mandat signé, envoyez-le-moi.

Cordialement,
Mathilde Roux
Camping La Pinède – 17110 Saint-Georges-de-Didonne"""),

    dict(id="s15frc034", country="FR", date="2027-01-14T07:05", fmt="none", stage="repeat", ago=1,
         inv="AFS-26-0931", amt="2 045,00", due="2026-10-31",
         frm="Gérard Pineau <g.pineau@sfr.fr>",
         intent="unsubscribe",
         note="Angry demand to stop the automatic emails; no payment statement.",
         body="""STOP. Arrêtez de m'envoyer vos mails automatiques tous les trois jours, je ne veux plus rien recevoir de votre robot. Si vous avez quelque chose à me dire vous avez mon numéro de portable.

G. Pineau"""),

    dict(id="s15frc035", country="FR", date="2026-12-28T09:00", fmt="ooo", stage="final_notice", ago=0,
         inv="AFS-26-0963", amt="1 388,00", due="2026-10-31",
         frm="Fabrice Renou <achats@salines-ile.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until 08/01/27 inclusive (a Friday); back Monday 11 January.",
         body="""Bonjour,

Nos bureaux sont fermés pour les congés de fin d'année. Je serai absent jusqu'au 08/01/27 inclus.
Votre message sera traité à mon retour.

Cordialement,
Fabrice Renou
Service achats – Les Salines de l'Île, Ars-en-Ré"""),

    dict(id="s15frc036", country="FR", date="2027-01-15T16:30", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="AFS-26-1177", amt="540,00", due="2026-12-15",
         frm="Frédérique Gaborit <direction@camping-estuaire.fr>",
         intent="dispute",
         note="Maintenance contract was cancelled by registered letter; refuses the renewal invoice.",
         body="""Bonjour,

Vous nous relancez pour la facture AFS-26-1177, qui correspond au renouvellement pour 2027 du contrat d'entretien annuel de nos chambres froides.

Or nous avons résilié ce contrat par lettre recommandée avec accusé de réception le 14 septembre 2026, bien avant la date anniversaire (préavis de deux mois prévu à l'article 9 de vos conditions générales). L'accusé de réception a été signé par vos services le 16 septembre, je peux vous en envoyer une copie.

Nous ne réglerons donc pas cette facture et vous demandons de l'annuler par un avoir.

Cordialement,
Frédérique Gaborit
Directrice
Camping de l'Estuaire **** – Meschers-sur-Gironde"""),

    dict(id="s15frc037", country="FR", date="2026-12-28T11:45", fmt="gmail", stage="reminder", ago=4,
         inv="AFS-26-1146", amt="430,00", due="2026-12-15",
         frm="La Grange aux Noyers <chambresdhotes.noyers@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer made on 22/12; crossed with the reminder.",
         body="""Bonjour,
Le virement a été fait le 22/12, il a dû se croiser avec votre relance. Avec les jours fériés il arrivera peut-être un peu plus tard chez vous.
Bonnes fêtes,
Jean-Luc et Martine Besse
La Grange aux Noyers – Chambres d'hôtes en Périgord"""),

    dict(id="s15frc038", country="FR", date="2027-01-18T05:50", off="+0400", fmt="outlook", stage="firm", ago=5,
         inv="AFS-26-1095", amt="8 960,00", due="2026-12-10",
         frm="Jean-Marc Grondin <jm.grondin@pecherie-saintpaul.re>",
         intent="dispute",
         note="Réunion (UTC+4): unit delivered damaged; will not pay until replaced or claim settled.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Je vous rappelle que le groupe de condensation livré par conteneur le 30 novembre est arrivé au Port avec le carter enfoncé et une fuite de fluide, ce que nous avons signalé à votre commercial le jour même avec photos et réserves écrites sur le bon de livraison du transitaire.

À ce jour, le groupe n'est toujours pas remplacé et notre atelier de transformation tourne avec une installation de location que nous payons de notre poche.

Nous ne réglerons pas cette facture tant que le matériel n'aura pas été remplacé ou qu'un accord n'aura pas été trouvé sur la prise en charge du sinistre par votre transporteur.

Cordialement,
Jean-Marc Grondin
Gérant – Pêcherie de Saint-Paul
97460 Saint-Paul, La Réunion
0262 45 19 07 / 0692 63 20 14"""),

    dict(id="s15frc039", country="FR", date="2027-01-19T09:35", fmt="html_outlook", stage="reminder", ago=5,
         inv="AFS-26-1209", amt="1 632,00", due="2027-01-10",
         frm="Comptabilité Fournisseurs - GH Côte Sauvage <ap@gh-cotesauvage.fr>",
         intent="copy_request",
         note="Invoice rejected without a PO number; asks for a corrected invoice with PO-004871.",
         body="""Bonjour,

Votre facture AFS-26-1209 a été rejetée par notre outil de dématérialisation car elle ne comporte pas de numéro de bon de commande. Toutes nos factures fournisseurs doivent mentionner un n° de commande au format PO-XXXXXX émis par notre service achats.

Pour l'intervention à l'Hôtel Les Embruns (Royan), le bon de commande est le PO-004871. Merci de nous renvoyer la facture corrigée en réponse à ce message ; elle sera alors intégrée dans le circuit de validation.

Cordialement,

Service Comptabilité Fournisseurs
Groupe Hôtelier Côte Sauvage
12 boulevard Frank Lamy – 17200 Royan
SAS au capital de 850 000 € – RCS Saintes 789 114 302"""),

    dict(id="s15frc040", country="FR", date="2027-01-11T17:20", fmt="tb", stage="second_reminder", ago=4,
         inv=[("AFS-26-1140", "620,00", "2026-12-15"), ("AFS-26-1172", "1 045,50", "2026-12-31")],
         frm="SARL Viviers de la Côte <viviers.cote@wanadoo.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices in one transfer on Friday 15 January.",
         body="""Bonjour,

Nous avons bien reçu vos deux relances. Les deux factures (AFS-26-1140 et AFS-26-1172) seront réglées ensemble par un seul virement de 1 665,50 € le vendredi 15 janvier.

Merci de votre patience, décembre a été très chargé avec les commandes de homards et de langoustes.

Cordialement,
Hervé Le Bihan
SARL Viviers de la Côte – Loctudy"""),

    dict(id="s15frc041", country="FR", date="2027-01-14T20:30", fmt="tb", stage="reminder", ago=3,
         inv="AFS-26-1184", amt="274,00", due="2026-12-31",
         frm="Club Nautique de Fouras - Secrétariat <secretariat.cnfouras@laposte.net>",
         intent="paid", paid_on="2027-01-11",
         note="Treasurer made the transfer 'lundi' (written Thu 14 Jan -> Mon 11 Jan).",
         body="""Bonsoir,

Notre trésorier, M. Giraud, m'indique qu'il a fait le virement lundi pour la réparation de la machine à glace du club-house. Il était en déplacement, d'où le retard.
N'hésitez pas à me dire si vous ne le voyez pas arriver.

Sportivement,
Anne-Sophie Vidal
Secrétaire – Club Nautique de Fouras (association loi 1901)"""),

    dict(id="s15frc042", country="FR", date="2027-01-20T15:10", fmt="gmail", stage="firm", ago=6,
         inv="AFS-26-1075", amt="1 860,00", due="2026-11-30",
         frm="Monique Bertin <monique.bertin17@orange.fr>",
         intent="other",
         note="Wife of the farmer, who is in hospital; does not know whether it was paid, will check with the accountant.",
         body="""Bonjour,

C'est l'épouse de M. Bertin qui vous répond. Mon mari, qui s'occupe de l'exploitation et de tous les papiers, est hospitalisé à La Rochelle depuis le 28 décembre et je n'ai pas accès à ses comptes professionnels. Je ne sais pas du tout si cette facture a été payée ou non.

Je vais voir avec notre comptable au CER et je reviens vers vous dès que j'en sais plus.

Bien cordialement,
Monique Bertin"""),

    dict(id="s15frc043", country="FR", date="2027-01-21T12:45", fmt="apple", stage="second_reminder", ago=3,
         inv="AFS-26-1158", amt="728,40", due="2026-12-20",
         frm="Alain Dupuy <alain.dupuy@pepinieres-dupuy.fr>",
         intent="promise",
         note="Will pay by cheque at the counter 'la semaine prochaine' - no single day.",
         body="""Bonjour,

Je passe à Aytré la semaine prochaine pour récupérer des pièces, je vous réglerai la facture par chèque directement à votre comptoir.

Cordialement,
Alain Dupuy
Pépinières Dupuy – Rochefort
06 12 83 47 90"""),

    dict(id="s15frc044", country="FR", date="2026-12-28T09:20", fmt="html_gmail", stage="second_reminder", ago=0,
         inv="AFS-26-1085", amt="486,00", due="2026-11-30",
         frm="Bar Le Mouillage <barlemouillage@gmail.com>",
         intent="paid", paid_on="2026-12-24",
         note="Paid online by card on 24 December ('la veille de Noël').",
         body="""Bonjour,

Je ne comprends pas cette relance : j'ai payé la facture en ligne avec le lien de votre précédent mail le 24 décembre, la veille de Noël, et j'ai même reçu le reçu de paiement. 486 € par carte.

Merci de vérifier et de mettre à jour votre relevé.

Cordialement,
Stéphane Léger
Bar Le Mouillage – Port des Minimes, La Rochelle"""),

    dict(id="s15frc045", country="FR", date="2027-01-22T15:02", off="-0400", fmt="ooo", stage="reminder", ago=0,
         inv="AFS-26-1195", amt="3 275,00", due="2027-01-10",
         frm="Rose-Marie Lagier <rm.lagier@distillerie-casenavire.mq>",
         subj_prefix="Absent du bureau : ",
         intent="out_of_office", return_date="2027-02-02",
         note="Martinique (UTC-4): back at the office Tuesday 2 February 2027.",
         body="""Bonjour,

Je suis actuellement en déplacement professionnel en métropole et serai de retour au bureau le mardi 2 février 2027.
Pendant mon absence, vous pouvez joindre M. Alexis Sainte-Rose au 0596 61 09 27.

Bien cordialement,
Rose-Marie Lagier
Responsable administrative
Distillerie Case-Navire – Schœlcher, Martinique"""),

    dict(id="s15frc046", country="FR", date="2027-01-06T11:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="AFS-26-1163", amt="2 784,00", due="2026-12-20",
         frm="Élodie Martineau <fournisseurs@residences-oceanes.fr>",
         intent="promise", promise_date="2027-01-20",
         note="Paid in the next transfer run on Wednesday 20 January; 'le 5 et le 20' is the general schedule.",
         body="""Bonjour,

Nous accusons réception de votre relance.

La facture AFS-26-1163 a été validée par notre service exploitation. Elle sera réglée lors de notre prochaine campagne de virements, le mercredi 20 janvier 2027.

Nos paiements fournisseurs sont effectués deux fois par mois (le 5 et le 20) ; votre facture nous étant parvenue après la clôture de la campagne du 5 janvier, elle n'a pas pu y être intégrée.

Cordialement,
Élodie Martineau
Comptable fournisseurs
Résidences Océanes – Résidences de tourisme
3 quai Louis Prunier – 17000 La Rochelle
Tél. : 05 46 30 88 12"""),

    dict(id="s15frc047", country="FR", date="2027-01-25T10:15", fmt="outlook", stage="final_notice", ago=3,
         inv="AFS-26-1114", amt="2 350,00", due="2026-12-05",
         frm="Pascal Etchegaray <lechaletdenhaut@orange.fr>",
         intent="plan_request",
         note="No snow, poor season; asks to spread payment over monthly instalments, no dates.",
         body="""Bonjour,

Je vous écris pour vous expliquer la situation. Depuis l'ouverture de la station le 19 décembre, on a eu à peine dix jours de pistes ouvertes faute de neige, et le restaurant a tourné au ralenti pendant toutes les vacances de Noël. Je n'ai pas la trésorerie pour régler les 2 350 € d'un coup.

Est-ce qu'il serait possible d'étaler le paiement en plusieurs mensualités ? Je préfère vous le dire franchement plutôt que de laisser traîner jusqu'au contentieux.

Merci d'avance,
Pascal Etchegaray
Le Chalet d'en Haut – Restaurant d'altitude
64570 Arette
06 87 21 54 30"""),

    dict(id="s15frc048", country="FR", date="2027-01-26T08:40", fmt="gmail", stage="reminder", ago=1,
         inv="AFS-26-1206", amt="165,00", due="2027-01-15",
         frm="Bruno Sallé <bruno.salle@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic mailings.",
         body="""Bonjour,

Merci de retirer mon adresse de vos envois automatiques. Je ne souhaite plus recevoir ce type de courriel.

Cordialement,
B. Sallé"""),

    dict(id="s15frc049", country="FR", date="2026-12-22T17:30", fmt="apple", stage="reminder", ago=5,
         inv="AFS-26-1121", amt="1 098,00", due="2026-12-05",
         frm="Hugues Gauthier <contact@gauthier-riviere-vins.fr>",
         intent="promise", promise_date="2027-01-04",
         note="Transfer 'à la reprise, le lundi 4 janvier'.",
         body="""Bonjour,

Bien reçu. Le domaine ferme entre Noël et le jour de l'an et ma comptable est en congés jusque-là. Le virement partira à la reprise, le lundi 4 janvier.

Bonnes fêtes à toute l'équipe,
Hugues Gauthier
Domaine Gauthier-Rivière – Muscadet Sèvre et Maine
44690 Monnières"""),

    dict(id="s15frc050", country="FR", date="2027-01-27T09:10", off="+0300", fmt="gmail", stage="second_reminder", ago=2,
         inv="AFS-26-1128", amt="3 120,00", due="2026-12-20",
         frm="Anli Madi <anli.madi@lagonmaree.yt>",
         intent="paid", paid_on="2027-01-27",
         note="Mayotte (UTC+3): transfer made this morning; the maintenance-contract question is secondary.",
         body="""Bonjour,

Le virement de 3 120,00 € a été passé ce matin depuis notre banque à Mamoudzou. Je vous joins l'avis d'opération.

Par ailleurs, pouvez-vous nous faire une proposition de contrat d'entretien pour la machine à glace écaille ? Avec la chaleur elle tourne sans arrêt.

Cordialement,
Anli Madi
Lagon Marée – Mamoudzou, Mayotte
0639 69 12 45"""),
]
