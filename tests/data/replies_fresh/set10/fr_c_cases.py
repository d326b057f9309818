"""Part fr_c: handwritten debtor replies (French) to reminders sent by Ombrelle Création SARL
(websites, photography, printing, event hire, coaching). Each body written by hand."""

CASES = [
    dict(id="s10frc001", country="FR", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=2,
         inv="OC-2026-0712", amt="450,00", due="2026-11-30",
         frm="Léa Marchetti <lea.marchetti@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Wedding couple; transfer 'vendredi' from Wednesday 9 December = 11 December.",
         body="""Bonjour,

Oups désolée on avait complètement zappé avec les préparatifs de Noël 🙈 je fais le virement vendredi sans faute.

Léa (et Julien)

Envoyé de mon iPhone"""),

    dict(id="s10frc002", country="FR", date="2026-12-08T10:15", fmt="gmail", stage="reminder", ago=1,
         inv="OC-2026-0655", amt="318,60", due="2026-11-25",
         frm="Élise Vandamme <lecomptoirdelise@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Restaurant owner: transfer sent 'hier soir' (7 December).",
         body="""Bonjour,

Le virement est parti hier soir depuis le compte du restaurant, vous devriez le voir apparaître d'ici demain. Libellé : LE COMPTOIR DE LISE FACT 0655.

Bonne journée,
Élise Vandamme
Le Comptoir de Lise – 06 71 24 58 09"""),

    dict(id="s10frc003", country="FR", date="2026-12-10T23:12", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="OC-2026-0598", amt="2 940,00", due="2026-11-20",
         frm="Mehdi Bensalem <mehdi@kuzo.app>",
         intent="dispute",
         note="Start-up founder refuses to pay the website balance until three listed bugs are fixed.",
         body="""Bonjour,

Je vais être direct : je ne vais pas payer le solde d'un site qui ne fonctionne toujours pas correctement.

Depuis la mise en ligne le 3 novembre :
- le formulaire d'inscription renvoie une erreur 500 une fois sur deux
- la version mobile est cassée sur Android (le menu ne s'ouvre pas)
- la page tarifs affiche encore les prix de la maquette

J'ai signalé tout ça à Thomas par mail le 12 et le 24 novembre, aucune correction à ce jour. Et en retour je reçois des relances automatiques, bravo.

Quand ces trois points seront corrigés et validés de mon côté, je réglerai le solde. Pas avant.

Mehdi Bensalem
CEO – Kuzo
06 58 13 92 40"""),

    dict(id="s10frc004", country="FR", date="2026-12-21T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="OC-2026-0733", amt="1 150,00", due="2026-12-15",
         frm="Secrétariat de mairie <secretariat@mairie-villiers-sur-brenne.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Town hall closed 21 Dec to 1 Jan inclusive; reopens Monday 4 January.",
         body="""Bonjour,

Le secrétariat de mairie est fermé du lundi 21 décembre 2026 au vendredi 1er janvier 2027 inclus.
Réouverture au public et traitement des messages à partir du lundi 4 janvier 2027.

En cas d'urgence (état civil, décès), vous pouvez joindre l'élu de permanence au 06 12 48 77 30.

Cordialement,
Le secrétariat de la Mairie de Villiers-sur-Brenne"""),

    dict(id="s10frc005", country="FR", date="2026-12-14T16:30", fmt="tb", stage="firm", ago=4,
         inv="OC-2026-0521", amt="1 680,00", due="2026-10-31",
         frm="Camille Roussel <camille.roussel.atelier@laposte.net>",
         intent="plan_request",
         note="Artist asks to spread payment over three or four instalments; no date committed.",
         body="""Bonjour,

Je reçois votre troisième relance et je suis un peu gênée. Je ne vous cache pas que l'automne a été très calme côté ventes (deux salons annulés) et que je n'ai pas la somme d'un coup en ce moment.

Est-ce qu'il serait possible d'étaler le paiement en trois ou quatre fois ? Je tiens à régler, le site et les photos des toiles sont vraiment réussis, c'est juste une question de trésorerie.

Dites-moi ce qui serait acceptable pour vous.

Bien à vous,

--
Camille Roussel
Atelier Camille Roussel – peinture & gravure
www.camilleroussel-atelier.fr"""),

    dict(id="s10frc006", country="FR", date="2026-12-15T13:22", fmt="gmail", stage="reminder", ago=3,
         inv="OC-2026-0690", amt="864,00", due="2026-11-30",
         frm="BDE Polytech Tours <bde.polytechtours@gmail.com>",
         intent="promise",
         note="Student union: will transfer as soon as the new treasurer gets bank access; no date.",
         body="""Salut !

Désolé pour le retard, on est en plein partiels et la passation du bureau a un peu tout chamboulé 😅 La nouvelle trésorière n'a pas encore les accès au compte de l'asso, ça devrait se débloquer dans les jours qui viennent et on vous vire ça dès que c'est bon.

Le photobooth a fait un carton au gala d'ailleurs, merci encore !

Hugo
Trésorier sortant – BDE Polytech Tours"""),

    dict(id="s10frc007", country="FR", date="2026-12-16T11:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="OC-2026-0677", amt="540,00", due="2026-11-30",
         frm="Nathalie Perrot <tresorerie@usj-handball.fr>",
         intent="copy_request",
         note="Association needs a corrected invoice in its exact legal name before paying (subsidy file).",
         body="""Bonjour,

Nous avons bien reçu votre relance concernant les affiches et la banderole du tournoi.

Pour pouvoir régler, nous avons besoin d'une facture établie au nom exact de l'association (« Union Sportive Jocondienne Handball », et non « USJ Hand ») avec notre adresse au 12 allée des Sports, 37300 Joué-lès-Tours. En l'état, la facture ne peut pas être jointe à notre dossier de subvention auprès du Conseil départemental.

Pourriez-vous nous renvoyer une facture rectifiée ? Le règlement suivra dès réception.

Sportivement,

Nathalie Perrot
Trésorière – US Jocondienne Handball
06 33 81 27 54"""),

    dict(id="s10frc008", country="FR", date="2026-12-17T19:40", fmt="gmail", stage="reminder", ago=3,
         inv="OC-2026-0702", amt="96,00", due="2026-12-01",
         frm="Gérard Lemaire <gerard.lemaire37@orange.fr>",
         intent="other",
         note="Wrong recipient: says he never ordered anything, maybe another Lemaire.",
         body="""Bonjour,

Je pense qu'il y a une erreur, je n'ai jamais rien commandé chez vous. Je suis retraité, je n'ai ni site internet ni commerce. Il y a peut-être un autre Lemaire dans votre fichier, ou mon adresse mail a été mal recopiée ?

Merci de vérifier.

G. Lemaire"""),

    dict(id="s10frc009", country="FR", date="2026-12-18T12:31", fmt="gmail", stage="reminder", ago=1,
         inv="OC-2026-0741", amt="212,40", due="2026-12-10",
         frm="Fleurs de Sarah <contact@fleursdesarah.fr>",
         intent="paid", paid_on="2026-12-18",
         note="Shopkeeper paid by card through the link 'à l'instant'.",
         body="""Bonjour, c'est fait, payé par carte via votre lien à l'instant. Bonnes fêtes !
Sarah"""),

    dict(id="s10frc010", country="FR", date="2026-12-18T15:10", fmt="outlook", stage="firm", ago=4,
         inv="OC-2026-0563", amt="3 120,00", due="2026-11-15",
         frm="Manon Girard <direction@relaisdelavienne.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Assistant forwards the manager's answer: transfer 'mardi 22' with the supplier run.",
         body="""Bonjour,

Ci-dessous la réponse de M. Faure concernant votre relance.

Bien cordialement,
Manon Girard
Assistante de direction
Hôtel-Restaurant Le Relais de la Vienne
02 47 58 16 20

-----Message d'origine-----
De : Philippe Faure <p.faure@relaisdelavienne.fr>
Envoyé : vendredi 18 décembre 2026 14:52
À : Manon Girard <direction@relaisdelavienne.fr>
Objet : RE: Troisième relance : facture OC-2026-0563 impayée – Ombrelle Création SARL

Manon, tu peux leur répondre que c'est validé : virement mardi 22 avec le reste des fournisseurs.
Merci
PF"""),

    dict(id="s10frc011", country="FR", date="2026-12-22T09:03", fmt="bounce",
         inv="OC-2026-0618", rcpt="contact@lacabane-surfshop.fr", status="5.1.1",
         remote="mx2.mail.ovh.net",
         diag="550 5.1.1 <contact@lacabane-surfshop.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Hard bounce: mailbox unknown at the shop's domain.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

contact@lacabane-surfshop.fr

The recipient's mail server rejected the address permanently. No further attempts will be made."""),

    dict(id="s10frc012", country="FR", date="2027-01-06T08:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="OC-2026-0584", amt="1 200,00", due="2026-12-05",
         frm="Kevin Morel Coaching <kevin.morel.coach@gmail.com>",
         intent="paid", paid_on="2027-01-06",
         note="Sports coach: partial transfer of 400 EUR made this morning; balance later with no date.",
         body="""Salut Thomas,

Bonne année déjà ! 🎉
Je t'ai viré 400 € ce matin pour commencer, le reste suivra dès que les abonnements de janvier seront tombés (les gens se remettent au sport après les fêtes, ça va venir vite 💪).

Kev"""),

    dict(id="s10frc013", country="FR", date="2026-12-11T17:45", fmt="outlook", stage="second_reminder", ago=4,
         inv="OC-2026-0604", amt="2 380,00", due="2026-11-20",
         frm="Bernard Chevalier <president.cdf.luynes@wanadoo.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Association president: board meets 16 Dec, transfer made at the latest Friday 18 December.",
         body="""Madame, Monsieur,

J'accuse réception de votre courriel du 7 décembre relatif à la facture OC-2026-0604 (location de deux barnums 5x10 et de la sonorisation pour notre marché de la Saint-Martin).

Je vous prie tout d'abord de bien vouloir excuser ce retard, qui ne relève en rien d'une contestation de la prestation, dont nous avons été pleinement satisfaits. Conformément à nos statuts, toute dépense supérieure à 1 500 € doit être validée par le bureau, qui se réunit le mercredi 16 décembre. Le paiement sera ordonné dans la foulée et le virement effectué au plus tard le vendredi 18 décembre 2026.

Restant à votre disposition, je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Chevalier
Président
Comité des fêtes de Luynes-le-Petit
Mairie – 2 place de l'Église – 37230 Luynes-le-Petit
Tél. 06 80 45 12 93"""),

    dict(id="s10frc014", country="FR", date="2026-12-23T22:15", fmt="gmail", stage="repeat", ago=2,
         inv="OC-2026-0610", amt="180,00", due="2026-11-15",
         frm="Yann Le Goff <yann.legoff.music@gmail.com>",
         intent="unsubscribe",
         note="Angry musician asks to be removed from the automated reminder list.",
         body="""Vous pouvez arrêter de m'envoyer vos mails robotisés tous les trois jours ?? Retirez mon adresse de votre liste, merci. Si vous avez quelque chose à me dire, quelqu'un n'a qu'à m'appeler comme un humain.

Y."""),

    dict(id="s10frc015", country="FR", date="2027-01-07T20:30", fmt="apple", stage="reminder", ago=3,
         inv="OC-2026-0579", amt="1 350,00", due="2026-12-20",
         frm="Chloé Dupré <chloe.dupre@hotmail.fr>",
         intent="dispute",
         note="Wedding couple withholds the photo balance: late delivery, 236 photos instead of 400, missing shots.",
         body="""Bonjour,

Nous avons bien reçu votre relance pour le solde du reportage photo de notre mariage du 26 septembre, mais nous ne comptons pas le régler en l'état.

Le contrat prévoyait la livraison de 400 photos retouchées sous 8 semaines. Nous avons reçu la galerie le 18 décembre, soit presque 12 semaines après, et elle contient 236 photos. Il manque en plus toute la partie cocktail et les photos de groupe avec la famille d'Antoine, qui figuraient pourtant sur la liste que nous avions transmise.

Nous avons essayé de joindre le photographe à deux reprises, sans réponse. Nous souhaitons soit recevoir les photos manquantes, soit une réduction du solde correspondant à ce qui n'a pas été livré. D'ici là, nous suspendons le paiement.

Chloé et Antoine Dupré"""),

    dict(id="s10frc016", country="FR", date="2026-12-28T09:02", fmt="ooo", stage="reminder", ago=0, loc="GB",
         inv="OC-2026-0725", amt="1 890,00", due="2026-12-12",
         frm="The Old Mill Gîtes <stay@oldmill-gites.com>",
         intent="out_of_office", return_date="2027-01-07",
         note="English auto-reply from a British gîte owner; back in the office Thursday 7 January.",
         body="""Hello and thank you for your message.

The Old Mill is closed for our winter break and we are spending the holidays with family in Yorkshire. We will be back at the office on Thursday 7 January 2027 and will answer all emails then.

For guests with an existing booking, please call or text Rob on +44 7700 900 418.

Warm wishes,
Rob & Helen
The Old Mill Gîtes, Chinon"""),

    dict(id="s10frc017", country="FR", date="2026-12-09T11:20", fmt="tb", stage="reminder", ago=2,
         inv=[("OC-2026-0622", "420,00", "2026-11-20"), ("OC-2026-0649", "185,00", "2026-11-28")],
         frm="Pascale Giraud <pascale.giraud@sophro-giraud.fr>",
         intent="paid", paid_on="2026-12-04",
         note="Both invoices paid in one transfer of 605 EUR on 4 December; asks to check.",
         body="""Bonjour,

Les deux factures (cartes de visite et flyers pour le cabinet) ont été réglées par un seul virement de 605 € le 4 décembre, référence « GIRAUD 0622+0649 ». Nos messages se sont sûrement croisés.

Pouvez-vous vérifier de votre côté ?

Cordialement,

--
Pascale Giraud
Sophrologue – 18 rue Colbert, Tours
06 84 20 17 63"""),

    dict(id="s10frc018", country="FR", date="2027-01-12T13:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="OC-2026-0637", amt="260,00", due="2026-12-15",
         frm="Sandrine Petit <sandrine.onglerie@gmail.com>",
         intent="paid", paid_on="2027-01-12",
         note="Cheque dropped in the firm's letterbox this morning; phone-typed.",
         body="""bonjour jai depose le cheque ce matin dans votre boite aux lettres rue des tanneurs, au nom de mon institut les ongles de sandrine. merci de me confirmer quand vous laurez recu
sandrine"""),

    dict(id="s10frc019", country="FR", date="2026-12-10T14:00", fmt="html_gmail", stage="heads_up", ago=1,
         inv="OC-2026-0760", amt="690,00", due="2026-12-20",
         frm="Julien Caron <julien@caron-menuiserie.fr>",
         intent="bank_details",
         note="Wants to pay by transfer rather than the card link; asks for the IBAN.",
         body="""Bonjour,

Je préfère régler par virement plutôt que par le lien de paiement en ligne (ma banque bloque souvent les paiements CB pro au-dessus de 500 €).

Pourriez-vous m'envoyer votre RIB / IBAN au format PDF ? Je ne le trouve pas sur la facture.

Merci,
Julien Caron
Menuiserie Caron – Saint-Pierre-des-Corps
06 47 92 15 30"""),

    dict(id="s10frc020", country="FR", date="2026-12-14T10:10", fmt="outlook", stage="reminder", ago=0,
         inv="OC-2026-0719", amt="1 045,00", due="2026-12-01",
         frm="Sophie Ménard <s.menard@lesjardinsdelaloire.fr>",
         intent="contact_change", new_email="fournisseurs@lesjardinsdelaloire.fr",
         note="Caterer: supplier invoices now handled by the accountants; send to the new address.",
         body="""Bonjour,

Je ne suis pas la bonne interlocutrice pour les factures : depuis novembre, toute notre comptabilité fournisseurs est gérée par notre cabinet comptable.

Merci d'adresser désormais vos factures et relances à fournisseurs@lesjardinsdelaloire.fr, adresse relayée directement chez eux. Je leur transfère votre message.

Cordialement,
Sophie Ménard
Gérante – Les Jardins de la Loire, traiteur
02 47 44 70 12"""),

    dict(id="s10frc021", country="FR", date="2027-01-05T10:30", fmt="html_outlook", stage="final_notice", ago=1,
         inv="OC-2026-0541", amt="4 560,00", due="2026-11-10",
         frm="Arnaud Lefèvre <a.lefevre@olea-cosmetics.fr>",
         intent="promise", promise_date="2027-01-13",
         note="Formal CFO reply: payment 'sous huitaine' from Tuesday 5 January = 13 January.",
         body="""Madame, Monsieur,

Nous accusons réception de votre dernier rappel concernant la facture OC-2026-0541 relative à la refonte de notre site e-commerce.

Ce retard est imputable à un changement d'établissement bancaire intervenu en fin d'année, qui a temporairement bloqué nos virements sortants. La situation est désormais rétablie et le règlement de votre facture interviendra sous huitaine.

Nous vous prions de bien vouloir excuser ce contretemps et de ne pas donner suite à la procédure de recouvrement évoquée dans votre message.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Arnaud Lefèvre
Directeur administratif et financier
Oléa Cosmetics SAS – 9 avenue Grammont, 37000 Tours
Tél. : 02 47 05 66 81
SAS au capital de 50 000 € – RCS Tours 901 234 567

Ce message et ses éventuelles pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer."""),

    dict(id="s10frc022", country="FR", date="2026-12-17T14:20", fmt="outlook", stage="reminder", ago=3,
         inv="OC-2026-0668", amt="780,00", due="2026-11-30",
         frm="Isabelle Moreau <comptabilite@ferrieres-la-vallee.fr>",
         intent="paid", paid_on="2026-12-15",
         note="Town hall: invoice mandated on 15/12 (mandat issued), public accountant pays.",
         body="""Bonjour,

Votre facture OC-2026-0668 (impression du bulletin municipal de décembre) a été mandatée le 15/12/2026, mandat n° 412, bordereau n° 58.

Le paiement est effectué par le comptable public (Service de Gestion Comptable d'Amboise) ; les fonds devraient vous parvenir d'ici quelques jours.

Cordialement,

Isabelle Moreau
Secrétaire générale – Comptabilité
Mairie de Ferrières-la-Vallée
1 place de la Mairie – 37530 Ferrières-la-Vallée
02 47 57 31 08"""),

    dict(id="s10frc023", country="FR", date="2027-01-08T11:00", fmt="gmail", stage="firm", ago=4,
         inv="OC-2026-0533", amt="1 980,00", due="2026-10-31",
         frm="Lucas Bernier <lucas@brasserie-lesarbres.fr>",
         intent="other",
         note="Receivership: company in redressement judiciaire, claim must be filed with the mandataire.",
         body="""Bonjour,

Je vous informe que la SARL Brasserie Les Arbres a été placée en redressement judiciaire par jugement du tribunal de commerce de Tours du 17 décembre 2026.

Je ne suis donc plus autorisé à régler les dettes nées avant cette date. Il vous appartient de déclarer votre créance auprès du mandataire judiciaire désigné, Me Hélène Vasseur, 22 boulevard Heurteloup, 37000 Tours, dans les deux mois suivant la publication au BODACC.

Désolé de ne pas avoir de meilleure nouvelle.

Lucas Bernier
Gérant – Brasserie Les Arbres"""),

    dict(id="s10frc024", country="FR", date="2026-12-19T23:50", fmt="apple", stage="reminder", ago=1,
         inv="OC-2026-0698", amt="540,00", due="2026-12-05",
         frm="Rachid Amrani <chezrachid.traiteur@gmail.com>",
         intent="promise",
         note="Restaurant owner will pay 'après les fêtes'; no single day.",
         body="""Bonsoir, désolé on est sous l'eau avec les repas de fin d'année, je m'en occupe après les fêtes promis. Bonne soirée
Rachid

Envoyé de mon iPhone"""),

    dict(id="s10frc025", country="FR", date="2026-12-09T09:50", fmt="gmail", stage="reminder", ago=0,
         inv="OC-2026-0738", amt="1 260,00", due="2026-12-05",
         frm="Inès Haddad <ines@moovkids.fr>",
         intent="copy_request",
         note="Start-up founder never received the PDF; PDF download greyed out; asks for it as attachment.",
         body="""Bonjour,

Je ne retrouve pas cette facture dans nos mails ni dans notre outil de notes de frais. Le lien de paiement m'affiche bien le montant, mais je n'arrive pas à télécharger le PDF (le bouton est grisé).

Pouvez-vous me l'envoyer en pièce jointe ? Notre expert-comptable ne veut pas qu'on paie sans facture en bonne et due forme.

Merci !
Inès
Co-fondatrice @ Moovkids"""),

    dict(id="s10frc026", country="FR", date="2027-01-04T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="OC-2026-0711", amt="320,00", due="2026-12-18",
         frm="Audrey Lambert <audrey@yogaetvous.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back Monday 11 January.",
         body="""Bonjour,

Je suis en retraite de yoga (sans réseau !) jusqu'au vendredi 8 janvier inclus. Je lirai vos messages à mon retour.

Namasté 🙏
Audrey – Yoga & Vous"""),

    dict(id="s10frc027", country="FR", date="2026-12-16T18:12", fmt="gmail", stage="second_reminder", ago=2,
         inv="OC-2026-0684", amt="1 420,00", due="2026-12-10",
         frm="Franck Dumas <franck@dumas-cycles.fr>",
         intent="dispute",
         note="Shopkeeper refuses to pay for misprinted flyers and posters; wants reprint or cancellation.",
         body="""Sérieusement ?

Vous me relancez pour des flyers que je ne peux même pas distribuer. L'orange de mon logo est sorti marron sur les 5000, et les 200 affiches ont un liseré blanc en bas parce que quelqu'un chez vous n'a pas respecté le fond perdu. J'ai envoyé les photos à votre atelier le 2 décembre, toujours pas de réponse.

Je ne paierai pas 1 420 € pour de la camelote. Soit vous réimprimez à vos frais, soit vous venez récupérer vos cartons et on annule la facture.

Franck Dumas
Dumas Cycles"""),

    dict(id="s10frc028", country="FR", date="2026-12-28T19:20", fmt="gmail", stage="reminder", ago=7,
         inv="OC-2026-0727", amt="275,00", due="2026-12-15",
         frm="Marion Lucas <marion.lucas.graphiste@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Freelancer will pay 'le 5' (January) when her main client pays her.",
         body="""Bonjour,

Désolée, je rentre tout juste de chez mes parents et je découvre votre mail. Mes clients m'ont presque tous payée en retard en décembre (la joie du freelance…) et je suis un peu juste ce mois-ci.

Je vous règle le 5, dès que mon plus gros client m'aura versé ma facture, c'est prévu ce jour-là.

Bonne fin d'année,
Marion"""),

    dict(id="s10frc029", country="FR", date="2027-01-15T10:45", fmt="apple", stage="second_reminder", ago=4,
         inv="OC-2026-0691", amt="615,00", due="2026-12-10",
         frm="Thibault Renaud <t.renaud@renaud-immobilier.fr>",
         intent="paid", paid_on="2027-01-15",
         note="Instant transfer made this morning.",
         body="""Bonjour,

Réglé ce matin par virement instantané, vous devriez déjà l'avoir. Désolé pour le retard, la facture était restée dans les spams.

Thibault Renaud
Renaud Immobilier
06 29 54 31 80

Envoyé de mon iPad"""),

    dict(id="s10frc030", country="FR", date="2027-01-19T15:30", fmt="html_gmail", stage="final_notice", ago=1,
         inv="OC-2026-0592", amt="2 160,00", due="2026-11-25",
         frm="Aurélie Benoît <contact@labelleepoque-restaurant.fr>",
         intent="plan_request",
         note="Restaurant after water damage asks for extra time or instalments; explicitly no date.",
         body="""Bonjour,

Je vous écris avant que le dossier parte au recouvrement, car je n'ai pas l'intention de fuir cette facture.

Le restaurant a fermé trois semaines en décembre à cause d'un dégât des eaux en cuisine, et l'assurance n'a toujours pas versé l'indemnisation. Nous avons rouvert le 8 janvier mais la trésorerie est au plus bas.

Serait-il possible de nous accorder un délai supplémentaire, ou un paiement en plusieurs fois ? Je préfère vous le dire franchement plutôt que de vous promettre une date que je ne pourrai pas tenir.

Merci de votre compréhension,
Aurélie Benoît
La Belle Époque – restaurant
02 47 20 39 14"""),

    dict(id="s10frc031", country="FR", date="2027-01-11T18:00", fmt="tb", stage="repeat", ago=0,
         inv="OC-2026-0651", amt="720,00", due="2026-11-30",
         frm="Compagnie du Grenier <compagniedugrenier@free.fr>",
         intent="promise", promise_date="2027-01-31",
         note="Theatre association: pays when the subsidy arrives, in any case before end of January.",
         body="""Bonjour,

Nous attendons le versement de la subvention municipale, annoncé pour la mi-janvier. Dès qu'il est arrivé nous réglons votre facture, et dans tous les cas avant fin janvier.

Merci de votre patience, et encore bravo pour les photos du spectacle, elles ont beaucoup plu aux comédiens.

Pour la Compagnie du Grenier,
Martine Roche, trésorière"""),

    dict(id="s10frc032", country="FR", date="2026-12-08T16:40", fmt="outlook", stage="reminder", ago=1,
         inv="OC-2026-0646", amt="1 512,00", due="2026-11-25",
         frm="Pierre-Yves Garnier <py.garnier@garnier-architecte.fr>",
         intent="other",
         note="Freelance architect passed the reminder to his accountants, who will reply; no payment statement.",
         body="""Bonjour,

J'ai transmis votre relance au cabinet Leroux & Associés, qui gère mes règlements fournisseurs. Ils reviendront vers vous directement.

Cordialement,

Pierre-Yves Garnier
Architecte DPLG
5 quai Paul Bert – 37100 Tours
06 61 72 03 48"""),

    dict(id="s10frc033", country="FR", date="2027-01-14T09:30", fmt="gmail", stage="heads_up", ago=1,
         inv="OC-2027-0009", amt="39,00", due="2027-01-25",
         frm="Margaux Fontaine <boutique@lepetitgrenier-deco.fr>",
         intent="unsubscribe",
         note="Hosting subscription on direct debit; asks to be removed from the automatic due-date reminders.",
         body="""Bonjour,

Mon abonnement d'hébergement est prélevé automatiquement chaque mois, je n'ai donc pas besoin de recevoir ces rappels d'échéance. Pouvez-vous me retirer de ces envois automatiques ?

Merci et belle journée,
Margaux
Le Petit Grenier – déco & brocante"""),

    dict(id="s10frc034", country="FR", date="2027-01-13T17:10", fmt="tb", stage="reminder", ago=2,
         inv="OC-2026-0705", amt="390,00", due="2026-12-20",
         frm="Jean-Marc Aubry <jm.aubry@tcvalleeducher.fr>",
         intent="paid", paid_on="2027-01-11",
         note="Tennis club treasurer: cheque posted 'lundi' (Monday 11 January).",
         body="""Bonjour,

Le chèque de 390 € (Crédit Agricole, n° 4418223) est parti au courrier lundi, à l'adresse de la rue des Tanneurs. Il devrait arriver d'ici demain ou après-demain, avec les délais de La Poste en ce moment.

Bonne réception,

--
Jean-Marc Aubry
Trésorier – TC Vallée du Cher"""),

    dict(id="s10frc035", country="FR", date="2027-01-18T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="OC-2026-0748", amt="880,00", due="2026-12-20",
         frm="Clémence Royer <clemence.royer@papillon-studio.fr>",
         intent="out_of_office", return_date="2027-02-01",
         note="Maternity leave; back Monday 1 February; gives a colleague for billing questions.",
         body="""Bonjour,

Je suis actuellement en congé maternité et serai de retour le lundi 1er février 2027.

Pour toute question relative à la facturation, merci de contacter Baptiste Roux : baptiste.roux@papillon-studio.fr.

Bien à vous,
Clémence Royer"""),

    dict(id="s10frc036", country="FR", date="2027-01-07T12:15", fmt="gmail", stage="reminder", ago=3,
         inv="OC-2026-0729", amt="450,00", due="2026-12-18",
         frm="Nicolas Perret <djnicoperret@gmail.com>",
         intent="promise", promise_date="2027-01-13",
         note="DJ will transfer 'mercredi prochain' from Thursday 7 January = 13 January; side question on equipment.",
         body="""yo, dsl j'ai vu ta relance en rentrant du ski. Je te fais le virement mercredi prochain, le temps que la presta du 31 me soit payée. Tu me diras si t'as toujours les lyres dispo pour février stp
Nico"""),

    dict(id="s10frc037", country="FR", date="2026-12-10T10:05", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("OC-2026-0588", "1 500,00", "2026-11-15"), ("OC-2026-0613", "1 500,00", "2026-11-25")],
         frm="Émilie Garcia <emilie.garcia@bloomfit-studio.fr>",
         intent="dispute",
         note="Deposit invoiced twice: 0588 paid, 0613 is a duplicate to cancel with a credit note.",
         body="""Bonjour,

Il y a visiblement une erreur : les factures OC-2026-0588 et OC-2026-0613 portent toutes les deux sur l'acompte de 50 % du devis D-2026-114 (création du site + module de réservation), pour le même montant de 1 500 €.

Nous avons réglé la 0588 par virement le 13 novembre. La 0613 fait donc doublon : merci de l'annuler et de nous adresser l'avoir correspondant.

Cordialement,

Émilie Garcia
Gérante – Bloomfit Studio
06 12 57 84 30"""),

    dict(id="s10frc038", country="FR", date="2027-01-20T11:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="OC-2026-0756", amt="2 640,00", due="2026-12-28",
         frm="Valérie Simon <compta@veto-deuxrives.fr>",
         intent="bank_details",
         note="Received a suspicious 'change of bank details' email; payment suspended until the firm confirms.",
         body="""Bonjour,

Nous avons reçu le 12 janvier un courriel, signé au nom d'Ombrelle Création, nous informant d'un changement de coordonnées bancaires et nous demandant d'effectuer les prochains virements sur un compte ouvert à l'étranger (IBAN commençant par LT).

Avant tout règlement de la facture OC-2026-0756, pouvez-vous nous confirmer par téléphone que ce changement émane bien de vous ? Par précaution, nous avons suspendu le paiement.

Cordialement,

Valérie Simon
Comptabilité
Clinique vétérinaire des Deux Rives
02 47 37 90 25"""),

    dict(id="s10frc039", country="FR", date="2026-12-11T10:20", fmt="tb", stage="reminder", ago=4,
         inv="OC-2026-0695", amt="1 980,00", due="2026-11-30",
         frm="Mairie de Saint-Bréval <accueil@mairie-saintbreval.fr>",
         intent="copy_request",
         note="Town hall can only pay invoices filed on Chorus Pro with the commitment number.",
         body="""Bonjour,

Pour information, les collectivités ne peuvent payer que les factures déposées sur Chorus Pro, et nous n'avons rien trouvé à votre nom sur la plateforme.

Merci de déposer la facture OC-2026-0695 sur Chorus Pro (SIRET de la commune : 213 702 185 00013) en indiquant le numéro d'engagement 2026-0147, qui figure sur le bon de commande signé en septembre pour le nouveau site de la commune. Le mandatement pourra ensuite se faire dans les délais habituels.

Cordialement,

Corinne Blanchard
Secrétaire de mairie
Mairie de Saint-Bréval
Ouverture : lundi, mardi et jeudi 9h-12h / 14h-17h"""),

    dict(id="s10frc040", country="FR", date="2027-01-12T16:05", fmt="gmail", stage="reminder", ago=1, loc="GB",
         inv="OC-2026-0743", amt="960,00", due="2026-12-20",
         frm="Sarah Whitfield <sarah@whitfieldceramics.co.uk>",
         intent="promise", promise_date="2027-01-18",
         note="British ceramicist in Touraine writing in English: pays on Monday 18th January at the latest.",
         body="""Hi,

So sorry – this slipped through the cracks over Christmas. I'm waiting on a transfer from my UK account to my French one (it takes a few days), so I'll pay the invoice on Monday 18th January at the latest.

Thanks for the lovely product photos, by the way – they've made a real difference to the Etsy shop.

Best,
Sarah Whitfield
Whitfield Ceramics – Amboise"""),

    dict(id="s10frc041", country="FR", date="2027-01-04T14:20", fmt="outlook", stage="second_reminder", ago=0,
         inv="OC-2026-0716", amt="145,00", due="2026-12-10",
         frm="Jessica Morin <jess.morin85@hotmail.fr>",
         intent="paid", paid_on="2026-12-23",
         note="Private customer says the transfer was made on 23 December; typos.",
         body="""Bonjour

je comprend pas jai fais le virment le 23 decembre avant de partir en vacance, 145 euros sur le RIB qui etait sur la facture. Vous pouvez regarder svp ? je peux vous envoyer la capture d'ecran de ma banque si vous voulez

Jessica Morin"""),

    dict(id="s10frc042", country="FR", date="2027-01-21T20:10", fmt="gmail", stage="repeat", ago=3,
         inv="OC-2026-0664", amt="1 120,00", due="2026-11-30",
         frm="Patrick Lenoir <patrick.lenoir49@sfr.fr>",
         intent="contact_change", new_email="tresorerie.fouleesdelachoisille@gmail.com",
         note="Former association treasurer: send reminders to the new treasurer's address.",
         body="""Bonjour,

Je ne suis plus trésorier des Foulées de la Choisille depuis l'assemblée générale du 9 janvier. C'est Mme Agnès Colin qui a repris la trésorerie, elle a toutes les factures en cours, dont la vôtre pour l'arche gonflable et la sono de la course.

Son adresse : tresorerie.fouleesdelachoisille@gmail.com

Merci de lui adresser vos prochains messages et de retirer la mienne.

Cordialement,
Patrick Lenoir"""),

    dict(id="s10frc043", country="FR", date="2026-12-29T18:34", fmt="apple", stage="firm", ago=8,
         inv="OC-2026-0708", amt="330,00", due="2026-12-05",
         frm="Maxime Aubert <max.aubert.coach@icloud.com>",
         intent="promise", promise_date="2026-12-30",
         note="Very short: pays 'demain matin' (30 December).",
         body="""Ok je règle demain matin, désolé pour le retard.

Max

Envoyé de mon iPhone"""),

    dict(id="s10frc044", country="FR", date="2026-12-12T11:15", fmt="gmail", stage="reminder", ago=2,
         inv="OC-2026-0722", amt="380,00", due="2026-12-01",
         frm="Monique Bertin <monique.bertin@orange.fr>",
         intent="other",
         note="Confused: thought everything for the wedding was paid, asks what the 380 EUR is and to be phoned.",
         body="""Bonjour Madame, Monsieur,

J'ai bien reçu votre message mais je ne comprends pas à quoi correspond cette somme de 380 €. Pour le mariage de ma fille en octobre, j'ai versé l'acompte puis le solde à votre collaboratrice, par chèque, et je pensais que tout était réglé. S'agit-il d'un supplément ?

Pourriez-vous me téléphoner pour m'expliquer ? Je suis plus à l'aise au téléphone qu'avec l'ordinateur. Mon numéro : 02 47 53 18 66, plutôt le matin.

Avec mes remerciements,
Monique Bertin"""),

    dict(id="s10frc045", country="FR", date="2027-01-22T13:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="OC-2026-0761", amt="1 240,00", due="2026-12-31",
         frm="Yanis Belkacem <yanis@cleo-app.io>",
         intent="plan_request",
         note="Start-up founder asks to pay in two or three instalments; no dates.",
         body="""Bonjour,

est-ce que c'est possible de payer en 2 ou 3 fois ? la levée de fonds a pris du retard et je préfère pas vider le compte de la boîte d'un coup. dites moi comment on peut s'organiser

merci
Yanis – Cléo"""),

    dict(id="s10frc046", country="FR", date="2026-12-16T21:05", fmt="html_gmail", stage="reminder", ago=2,
         inv="OC-2026-0739", amt="600,00", due="2026-12-10",
         frm="Sofia Haddouche <sofia.karim.mariage2026@gmail.com>",
         intent="paid", paid_on="2026-12-12",
         note="Wedding couple paid the balance in cash to the photographer on the wedding day, Saturday 12.",
         body="""Bonjour !

Je pense qu'il y a un petit souci : on a réglé le solde de 600 € en espèces directement à Lucie, votre photographe, le jour du mariage samedi 12 ❤️ Elle nous a même fait un reçu à la main, je vous mets la photo en pièce jointe.

Encore merci pour cette journée, on a trop hâte de voir les photos !!

Sofia (et Karim)"""),

    dict(id="s10frc047", country="FR", date="2026-12-15T12:05", fmt="none", stage="final_notice", ago=1,
         inv="OC-2026-0557", amt="1 085,00", due="2026-11-05",
         frm="Boulangerie Martineau <boulangerie.martineau@orange.fr>",
         intent="promise", promise_date="2026-12-18",
         note="Bakery after final notice: transfer 'ce vendredi 18 décembre' (before the quoted deadline).",
         body="""Madame, Monsieur,

Suite à votre courrier d'hier je vous confirme que le règlement de la facture sera fait ce vendredi 18 décembre par virement, je n'ai pas pu le faire avant à cause d'un souci avec la banque.

Merci de ne pas transmettre le dossier.

Cordialement
M. et Mme Martineau
Boulangerie-Pâtisserie Martineau"""),

    dict(id="s10frc048", country="FR", date="2026-12-24T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="OC-2026-0744", amt="470,00", due="2026-12-15",
         frm="La Cave à Fromages <contact@lacaveafromages-amboise.fr>",
         intent="out_of_office", return_date="2027-01-05",
         note="Shop closed 24 Dec to 3 Jan; reopens Tuesday 5 January (closed on Mondays).",
         body="""Bonjour et merci pour votre message !

La boutique est fermée pour congés du 24 décembre au 3 janvier inclus. Nous vous retrouvons dès le mardi 5 janvier (comme d'habitude, fermé le lundi).

Pour une urgence uniquement : 06 45 18 92 07.

Très belles fêtes à tous 🧀🎄
L'équipe de La Cave à Fromages"""),

    dict(id="s10frc049", country="FR", date="2027-01-26T19:00", fmt="apple", stage="firm", ago=8,
         inv="OC-2027-0021", amt="1 400,00", due="2027-01-10",
         frm="Hélène Marchand <helene.marchand@atelier-nomade.fr>",
         intent="dispute",
         note="Coaching pack: 3 of 10 sessions cancelled by the coach; will pay only the 7 held after a corrected invoice.",
         body="""Bonjour,

Je conteste le montant de cette facture.

Le pack de coaching signé en septembre prévoyait 10 séances à 140 €, soit 1 400 €. Or seules 7 séances ont eu lieu : celles du 19 novembre, du 3 décembre et du 17 décembre ont été annulées par votre coach elle-même, et jamais reprogrammées malgré mes relances.

Je suis prête à régler immédiatement 980 € correspondant aux 7 séances effectuées, dès réception d'une facture rectifiée (ou d'un avoir de 420 €). Je ne réglerai pas les séances qui n'ont pas eu lieu.

Cordialement,
Hélène Marchand
Fondatrice – L'Atelier Nomade
07 81 26 49 03"""),

    dict(id="s10frc050", country="FR", date="2026-12-30T10:20", fmt="html_gmail", stage="reminder", ago=2,
         inv="OC-2026-0752", amt="560,00", due="2026-12-20",
         frm="Gwenaëlle Le Bihan <creperie.tygwen@gmail.com>",
         intent="promise",
         note="Crêperie will pay 'la semaine du 11 janvier' (a week, no single day); side question about placemats.",
         body="""Bonjour,

Bien reçu, pas de souci. Je suis fermée jusqu'au 8 et ma comptable aussi, je ferai le virement la semaine du 11 janvier en même temps que les autres fournisseurs.

Au passage : est-ce que vous faites aussi les sets de table imprimés ? J'aimerais changer les miens pour le printemps.

Bonne année en avance !
Gwenaëlle
Crêperie Ty Gwen – Chinon"""),
]
