"""fr_b: French replies to Thermaris CVC SAS (heating / ventilation maintenance, Angers).
Debtors: communes, intercommunalités, département, universités, CHU and hospitals, lycées,
associations loi 1901, bailleurs sociaux. Every body below is written by hand for its case."""

EXTRA_KNOWN = ["TC26-0798"]

CASES = [
    dict(id="s14frb001", country="FR", date="2026-12-08T10:42", fmt="gmail", stage="reminder", ago=1,
         inv="TC26-0914", amt="684,00", due="2026-11-20",
         frm="Mairie de Saint-Léger-des-Prés <mairie.stlegerdespres@gmail.com>",
         intent="promise", promise_date="2026-12-14",
         note="Mayor signs on Thursday, transfer expected Monday 14 December.",
         body="""Bonjour,

Votre facture est bien arrivée, elle attendait juste la signature de Monsieur le Maire. Il passe en mairie jeudi pour signer les bordereaux et le mandat part à la trésorerie dans la foulée. Comptez un virement le lundi 14 décembre normalement.

Bonne journée,

Martine Guérif
Secrétaire de mairie
Mairie de Saint-Léger-des-Prés
02 41 39 12 07 (lundi, mardi et jeudi matin)"""),

    dict(id="s14frb002", country="FR", date="2026-12-09T19:15", fmt="apple", stage="reminder", ago=2,
         inv="TC26-0877", amt="312,50", due="2026-11-25",
         frm="Sylvie Roullier <sylvie.roullier@wanadoo.fr>",
         intent="paid", paid_on="2026-12-08",
         note="Cheque posted yesterday (8 December).",
         body="""Bonsoir,

Chèque posté hier à votre adresse rue des Tanneurs. Désolée du retard, nous avions notre assemblée générale et tout a pris du retard.

Cordialement,
Sylvie Roullier
Trésorière – Familles Rurales de Brissac

Envoyé de mon iPhone"""),

    dict(id="s14frb003", country="FR", date="2026-12-21T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="TC26-0880", amt="1 452,00", due="2026-12-05",
         frm="LEBRETON Anne-Claire <anne-claire.lebreton@univ-loireocean.fr>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away up to and including Friday 8 January; first working day back is Monday 11 January.",
         body="""Bonjour,

Je suis absente du bureau jusqu'au vendredi 8 janvier 2027 inclus, sans accès à ma messagerie.

Pour toute question relative au traitement de vos factures, vous pouvez contacter le service facturier : service.facturier@univ-loireocean.fr / 02 44 68 70 10.

Très bonnes fêtes de fin d'année,

Anne-Claire Lebreton
Gestionnaire financière et comptable
Direction des affaires financières
Université Loire Océan"""),

    dict(id="s14frb004", country="FR", date="2026-12-11T18:20", fmt="gmail", stage="second_reminder", ago=3,
         inv="TC26-0799", amt="1 146,00", due="2026-11-10",
         frm="Patrick Moreau <p.moreau.seiches@orange.fr>",
         intent="dispute",
         note="Says the school boiler service was never carried out; refuses to pay without a signed work order. 'Arrêtez de nous relancer' is secondary.",
         body="""Bonjour,

Deuxième relance pour une prestation qui n'a JAMAIS été faite. L'entretien annuel de la chaudière de l'école devait avoir lieu pendant les vacances de la Toussaint, personne n'est venu, la directrice a attendu toute une matinée pour rien. Et le 16 novembre le chauffage est tombé en panne avec les enfants dedans, on a dû appeler un dépanneur en urgence.

Donc non, la commune ne paiera pas 1 146 euros pour du vent. Vous me montrez un bon d'intervention signé par quelqu'un de chez nous, sinon vous annulez cette facture.

Et arrêtez de nous relancer en attendant.

Patrick Moreau
Adjoint aux bâtiments communaux
Commune de Seiches-les-Aulnaies"""),

    dict(id="s14frb005", country="FR", date="2026-12-15T14:37", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="TC26-0842", amt="2 394,00", due="2026-11-15",
         frm="Laurent Chevrollier <laurent.chevrollier@ac-nantes.fr>",
         intent="promise", promise_date="2026-12-22",
         note="Payment by the agence comptable no later than Tuesday 22 December; 11 December is the liquidation date, not a payment.",
         body="""Madame, Monsieur,

J'accuse réception de votre relance concernant la facture TC26-0842.

Celle-ci a été liquidée par nos services le 11 décembre. Elle sera mise en paiement par l'agence comptable au plus tard le mardi 22 décembre 2026, avant la clôture des opérations de l'exercice.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laurent Chevrollier
Adjoint gestionnaire
Lycée professionnel Les Ardoisières
2 avenue des Perrières – 49800 Trélazé
Tél. : 02 41 69 44 20"""),

    dict(id="s14frb006", country="FR", date="2026-12-14T11:06", fmt="html_outlook", stage="firm", ago=4,
         inv="TC26-0755", amt="4 812,60", due="2026-10-31",
         frm="Service Fournisseurs DAF <fournisseurs.daf@chu-valdeloire.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Transfer executed 11/12/2026; the request to drop penalties is secondary.",
         body="""Bonjour,

Après vérification, la facture TC26-0755 a été payée par virement le 11/12/2026 (mandat n° 2026-018734, bordereau n° 1412). Les fonds devraient apparaître sur votre compte sous 48 à 72 heures.

Nous vous saurions gré d'en tenir compte et de ne pas appliquer les pénalités mentionnées dans votre courrier.

Cordialement,

Service Fournisseurs – Direction des Affaires Financières
CHU Val de Loire
4 rue Larrey – 49933 Angers Cedex 9
Tél. 02 40 16 52 80

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s14frb007", country="FR", date="2026-12-10T09:48", fmt="outlook", stage="reminder", ago=2,
         inv="TC26-0901", amt="1 980,00", due="2026-11-30",
         frm="Elodie PASQUIER <e.pasquier@cc-loirsarthevallees.fr>",
         intent="copy_request",
         note="Invoice not found in Chorus Pro; asks for it to be filed there with the service code and commitment number before it can be paid.",
         body="""Bonjour,

Nous n'avons aucune trace de la facture TC26-0901 dans Chorus Pro. Pour rappel, nous ne pouvons pas traiter les factures transmises par courriel ou par courrier.

Merci de la déposer sur Chorus Pro en indiquant :
- SIRET de la communauté de communes : 200 071 466 00017
- code service : FIN
- n° d'engagement juridique : EJ 2026-00412

Dès sa réception sur la plateforme, elle sera traitée dans le délai global de paiement de 30 jours.

Cordialement,

Élodie Pasquier
Service Finances
Communauté de communes Loir-et-Sarthe Vallées
1 place de la Mairie – 72200 La Flèche
02 43 94 18 55"""),

    dict(id="s14frb008", country="FR", date="2026-12-16T21:34", fmt="gmail", stage="firm", ago=6,
         inv="TC26-0688", amt="1 740,00", due="2026-10-15",
         frm="Gérard Piveteau <gerard.piveteau@gmail.com>",
         intent="plan_request",
         note="Paid 500 € tonight (partial); asks to spread the remaining 1 240 € over 3-4 monthly instalments, no dates committed.",
         body="""Bonjour,

Je suis le trésorier (bénévole) de l'Amicale, désolé de vous répondre si tard. Je viens de faire un virement de 500 € ce soir pour la facture TC26-0688 (remplacement du brûleur de la salle).

Pour le reste, soit 1 240 €, on est un peu juste en ce moment : la subvention de la mairie n'arrive qu'au printemps et notre loto de décembre a été annulé faute de salle. Est-ce que vous accepteriez qu'on vous règle le solde en plusieurs fois, par exemple en 3 ou 4 mensualités ? Dites-moi ce qui vous conviendrait.

Merci de votre compréhension,

Gérard Piveteau
Trésorier – Amicale laïque de Beaufort-en-Vallée
06 71 23 58 40"""),

    dict(id="s14frb009", country="FR", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="TC26-0893", amt="576,00", due="2026-12-10",
         frm="Mairie de Sainte-Gemmes-le-Robert <accueil@sainte-gemmes-le-robert.fr>",
         intent="out_of_office", return_date="2026-12-28",
         note="Town hall closed 21-26 December, reopens Monday 28 December.",
         subj_prefix="Absence : ",
         body="""Bonjour,

Nous vous informons que la mairie sera exceptionnellement fermée au public, et les services administratifs indisponibles, du lundi 21 au samedi 26 décembre 2026.

Réouverture le lundi 28 décembre à 9h00.

En cas d'urgence (état civil, décès), vous pouvez joindre l'élu de permanence au 06 08 44 19 72.

La Mairie de Sainte-Gemmes-le-Robert"""),

    dict(id="s14frb010", country="FR", date="2026-12-09T12:10", fmt="apple", stage="reminder", ago=1,
         inv="TC26-0871", amt="288,00", due="2026-11-30",
         frm="Bruno Tessier <bruno.tessier49@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'vendredi' from Wednesday 9 December = Friday 11 December.",
         body="""Ok je fais le virement vendredi.
Bonne journée
B. Tessier, comité des fêtes

Envoyé de mon iPhone"""),

    dict(id="s14frb011", country="FR", date="2027-01-11T10:25", fmt="html_outlook", stage="repeat", ago=4,
         inv="TC26-0731", amt="6 240,00", due="2026-11-05",
         frm="DUFRESNE Karine <k.dufresne@anjou-atlantique-habitat.fr>",
         intent="bank_details",
         note="Received a letter announcing a change of IBAN (suspected fraud); payment suspended until the firm confirms its bank details.",
         body="""Bonjour,

Nous avons bien reçu votre relance. Nous avons toutefois reçu le 18 décembre un courrier à votre en-tête nous informant d'un changement de coordonnées bancaires (nouveau compte auprès d'une banque en ligne, IBAN commençant par LT). Conformément à notre procédure de prévention de la fraude, le paiement de vos factures est suspendu tant que ce changement n'a pas été confirmé.

Pouvez-vous nous confirmer par téléphone, auprès de votre interlocuteur habituel, si ce courrier émane bien de votre société ? Dans le cas contraire, nous vous invitons à déposer plainte ; nous conservons en attendant le RIB actuellement enregistré (Crédit Agricole Anjou Maine).

Cordialement,

Karine Dufresne
Responsable comptabilité fournisseurs
Anjou Atlantique Habitat – Office Public de l'Habitat
3 boulevard Foch – 49000 Angers
Tél. : 02 41 22 67 90 – www.anjou-atlantique-habitat.fr

Avant d'imprimer, pensez à l'environnement."""),

    dict(id="s14frb012", country="FR", date="2026-12-09T17:52", fmt="gmail", stage="second_reminder", ago=2,
         inv="TC26-0808", amt="420,00", due="2026-11-12",
         frm="mairie soucelles <mairie.soucelles-bourg@wanadoo.fr>",
         intent="paid", paid_on="2026-12-02",
         note="Says it was paid by the trésorerie on 2 December.",
         body="""bonjour c est paye depuis le 2 decembre par la tresorerie, verifiez vos comptes avant d envoyer des relances svp
cdt
J. Hamon mairie de Soucelles-Bourg"""),

    dict(id="s14frb013", country="FR", date="2027-01-05T08:40", fmt="outlook", stage="repeat", ago=1,
         inv="TC26-0859", amt="865,20", due="2026-11-30",
         frm="Secrétariat de direction <secretariat.0490712k@ac-nantes.fr>",
         intent="contact_change", new_email="gestion.0490712k@ac-nantes.fr",
         note="Reminder reached the head's office; asks that invoices and reminders go to the intendance address.",
         body="""Bonjour,

Ce message est arrivé sur la boîte du secrétariat de direction. Les factures sont gérées par le service d'intendance : merci d'adresser désormais vos relances directement à gestion.0490712k@ac-nantes.fr.

Je leur fais suivre celle-ci.

Cordialement,

Le secrétariat du proviseur
Lycée Les Mauges-Est
02 41 63 20 50"""),

    dict(id="s14frb014", country="FR", date="2027-01-14T15:20", fmt="tb", stage="final_notice", ago=3,
         inv="TC26-0642", amt="2 156,00", due="2026-10-10",
         frm="Hélène Vasseur <direction@cs-troisrivieres.org>",
         intent="other",
         note="Association in liquidation judiciaire; the claim must be filed with the liquidator. Request to stop reminders is secondary.",
         body="""Madame, Monsieur,

Je vous informe que l'association Centre social Les Trois Rivières a été placée en liquidation judiciaire par jugement du tribunal judiciaire d'Angers en date du 9 décembre 2026. Maître Catherine Aubineau, 12 rue Chevreul à Angers, a été désignée en qualité de liquidateur.

L'association n'est plus en mesure de procéder à aucun paiement. Il vous appartient de déclarer votre créance auprès du liquidateur dans un délai de deux mois à compter de la publication du jugement au BODACC.

Je vous remercie de bien vouloir cesser l'envoi de relances à cette adresse, qui ne sera bientôt plus consultée.

Cordialement,

Hélène Vasseur
Ancienne directrice
Centre social Les Trois Rivières"""),

    dict(id="s14frb015", country="FR", date="2027-01-12T16:02", fmt="html_outlook", stage="final_notice", ago=1,
         inv="TC26-0790", amt="11 430,00", due="2026-11-20",
         frm="MABIT Florence <florence.mabit@chu-valdeloire.fr>",
         intent="promise", promise_date="2027-01-26",
         note="Payment by the public accountant scheduled for 26 January 2027; other dates are the reminder, receipt and mandat dates.",
         body="""Madame, Monsieur,

Nous accusons réception de votre courriel du 11 janvier 2027 relatif à la facture TC26-0790 (maintenance préventive des centrales de traitement d'air du bâtiment Larrey, 4e trimestre 2026).

Nous vous rappelons que les établissements publics de santé disposent d'un délai global de paiement de 50 jours, qui court à compter de la réception de la facture sur Chorus Pro, soit en l'espèce le 7 décembre 2026. L'échéance du 20 novembre figurant sur votre relance ne correspond donc pas aux dispositions applicables.

La facture a été liquidée et mandatée le 8 janvier ; sa mise en paiement par le comptable public est programmée pour le 26 janvier 2027. Nous vous remercions en conséquence de bien vouloir suspendre toute démarche de recouvrement.

Nous restons à votre disposition pour tout complément d'information.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le Directeur général et par délégation,
Florence Mabit
Attachée d'administration hospitalière
Direction des Affaires Financières – Pôle Fournisseurs
CHU Val de Loire
Tél. 02 40 16 52 84

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires."""),

    dict(id="s14frb016", country="FR", date="2026-12-17T11:30", fmt="outlook", stage="reminder", ago=2,
         inv="TC26-0866", amt="3 012,00", due="2026-12-01",
         frm="DF - Exécution budgétaire <execution.budgetaire@departement-loir-anjou.fr>",
         intent="unsubscribe",
         note="Asks to remove this address from automatic reminders; invoices are tracked on Chorus Pro.",
         body="""Bonjour,

Le Département est soumis aux règles de la comptabilité publique : vos factures sont reçues via Chorus Pro et payées par le payeur départemental dans le délai réglementaire de 30 jours. Vous pouvez suivre l'état de traitement de chacune d'elles directement sur la plateforme.

Ces relances automatiques n'accélèrent en rien le paiement et encombrent la boîte fonctionnelle du service. Je vous remercie de bien vouloir retirer cette adresse de vos envois.

Cordialement,

Direction des Finances – Service de l'exécution budgétaire
Département de Loir-et-Anjou
Hôtel du Département – CS 94104 – 49941 Angers Cedex 9"""),

    dict(id="s14frb017", country="FR", date="2027-01-06T13:14", fmt="outlook", stage="repeat", ago=2,
         inv="TC26-0817", amt="1 332,00", due="2026-11-30",
         frm="BODIN Yannick <y.bodin@anjou-atlantique-habitat.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Invoice validated, goes to payment on 15/01.",
         body="""bonjour
la facture est validee par le service technique, elle part en paiement le 15/01
cordialement
Y. Bodin technicien patrimoine secteur nord

Obtenir Outlook pour iOS"""),

    dict(id="s14frb018", country="FR", date="2026-12-18T10:05", fmt="tb", stage="second_reminder", ago=3,
         inv="TC26-0833", amt="2 760,00", due="2026-11-25",
         frm="Marc Thébault <marc.thebault@univ-loireocean.fr>",
         intent="paid", paid_on="2026-12-17",
         note="Paid by the agence comptable on 17 December; the question about the contract is secondary.",
         body="""Bonjour,

La facture TC26-0833 a été payée par l'agence comptable le 17 décembre 2026 (virement SEPA, référence de paiement DP-2026-0094521). Elle devrait apparaître sur votre relevé d'ici lundi.

Petite question au passage : le contrat de maintenance de la chaufferie du site de Saumur arrive à échéance fin février. Pouvez-vous transmettre à la direction du patrimoine une proposition pour la suite, avant la consultation ?

Bien cordialement,

--
Marc Thébault
Service facturier – Agence comptable
Université Loire Océan
Tél. 02 44 68 70 14"""),

    dict(id="s14frb019", country="FR", date="2027-01-19T15:48", fmt="outlook", stage="firm", ago=5,
         inv="TC26-0702", amt="3 180,00", due="2026-10-31",
         frm="Mathieu Renou <mathieu.renou@habitat-riveloire.fr>",
         intent="dispute",
         note="Paid 2 400 € today (partial); contests the remaining 780 € for work not carried out and asks for a credit note.",
         body="""Bonjour,

Nous avons procédé ce jour au virement de 2 400,00 € au titre de la facture TC26-0702.

Le solde de 780,00 € n'est pas dû en l'état : il correspond au désembouage du réseau du bâtiment C de la résidence Les Peupliers, qui n'a pas été réalisé (cf. compte rendu de notre technicien du 3 novembre : intervention reportée à votre demande et jamais reprogrammée).

Nous vous remercions de nous adresser un avoir de ce montant, ou de nous proposer une date d'intervention ; le solde sera alors réglé une fois la prestation effectuée.

Cordialement,

Mathieu Renou
Chargé de gestion fournisseurs
Habitat Rive Loire – SA d'HLM
22 quai de la Noue – 49400 Saumur
02 41 50 38 17

SA d'HLM au capital de 3 250 000 € – RCS Angers 059 204 611"""),

    dict(id="s14frb020", country="FR", date="2026-12-08T09:04", fmt="ooo", stage="reminder", ago=0,
         inv="TC26-0829", amt="1 860,00", due="2026-11-25",
         frm="GOURDON Valérie <v.gourdon@ch-saumurloire.fr>",
         intent="out_of_office", return_date="2026-12-14",
         note="Away 7-11 December, back Monday 14/12.",
         body="""Absente du lundi 7 au vendredi 11 décembre inclus. Retour lundi 14/12.

En mon absence, merci d'adresser vos demandes à la cellule fournisseurs : fournisseurs@ch-saumurloire.fr

V. Gourdon
Centre hospitalier de Saumur-Loire – Service économique"""),

    dict(id="s14frb021", country="FR", date="2027-01-07T10:12", fmt="html_outlook", stage="reminder", ago=3,
         inv="TC26-0925", amt="1 512,00", due="2026-12-20",
         frm="Cellule Facturation <facturation.fournisseurs@ch-loirelayon.fr>",
         intent="copy_request",
         note="Cannot find the invoice; asks for a duplicate and the matching purchase order.",
         body="""Bonjour,

Nous ne retrouvons pas cette facture dans notre logiciel de gestion économique et financière, ni sur Chorus Pro sous le SIRET de l'établissement.

Pourriez-vous nous adresser un duplicata de la facture TC26-0925 ainsi que la copie du bon de commande correspondant (les bons de commande de notre établissement sont numérotés « BC26-… ») afin que nous puissions procéder au rapprochement et à la mise en paiement ?

Bien cordialement,

Cellule Facturation fournisseurs
Direction des achats et de la logistique
Centre hospitalier Loire-Layon
Tél. 02 41 78 61 30"""),

    dict(id="s14frb022", country="FR", date="2027-01-07T14:50", fmt="outlook", stage="second_reminder", ago=2,
         inv="TC26-0884", amt="5 405,00", due="2026-12-10",
         frm="GAUDIN Noémie <noemie.gaudin@univ-loireocean.fr>",
         intent="promise", promise_date="2027-01-31",
         note="'sera réglée fin janvier' = 31 January.",
         body="""Bonjour,

Suite à la réouverture de nos services, je reviens vers vous concernant la facture TC26-0884.

Le service fait a bien été certifié par le laboratoire, mais comme chaque année les paiements sont bloqués début janvier le temps de la bascule d'exercice dans SIFAC. Le traitement reprend la semaine prochaine : votre facture sera réglée fin janvier.

Je vous prie de nous excuser pour ce délai.

Cordialement,

Noémie Gaudin
Gestionnaire – Service facturier
Agence comptable – Université Loire Océan
02 44 68 70 12"""),

    dict(id="s14frb023", country="FR", date="2026-12-10T16:25", fmt="gmail", stage="reminder", ago=1,
         inv="TC26-0870", amt="2 088,00", due="2026-11-30",
         frm="Comptabilité Mairie Chavagnes <compta.mairie.chavagnes@gmail.com>",
         cc="sivu.coteauxdulayon@orange.fr",
         intent="other",
         note="Wrong debtor: the work belongs to the SIVU, the invoice must be re-issued in its name.",
         body="""Bonjour,

Cette facture concerne la chaufferie de la salle de sports intercommunale, qui relève du SIVU des Coteaux du Layon et non de la commune de Chavagnes-la-Vallée. Nous ne pouvons donc pas la mandater.

Il faut la réémettre au nom du SIVU (même adresse postale que la mairie mais SIRET différent : 254 902 317 00012) et la déposer sur Chorus Pro à son nom.

Je mets en copie le secrétariat du SIVU.

Cordialement,

Nathalie Brault
Agent comptable – Mairie de Chavagnes-la-Vallée
02 41 54 07 21"""),

    dict(id="s14frb024", country="FR", date="2027-01-05T10:18", fmt="html_gmail", stage="repeat", ago=1,
         inv="TC26-0851", amt="738,00", due="2026-11-30",
         frm="Claire Bénéteau <compta.ogec.steemerence@gmail.com>",
         to="compta@thermaris-cvc.fr", fresh=True, subj="Règlement facture TC26-0851",
         intent="paid", paid_on="2026-12-23",
         note="New mail: invoice paid by transfer on 23/12; asks for confirmation of receipt.",
         body="""Bonjour,

Je pense que nos messages se sont croisés : la facture TC26-0851 a été réglée par virement le 23/12, juste avant la fermeture de l'établissement pour les vacances.

Je vous joins la copie de l'ordre de virement. Pouvez-vous me confirmer sa bonne réception ?

Meilleurs vœux pour 2027,

Claire Bénéteau
Comptable – OGEC Lycée Sainte-Émerence
Chemillé-en-Anjou
02 41 30 58 66"""),

    dict(id="s14frb025", country="FR", date="2027-01-13T09:04", fmt="bounce",
         inv="TC26-0795", amt="1 296,00", due="2026-11-15", stage="second_reminder",
         frm="Mail Delivery System <MAILER-DAEMON@mail.thermaris-cvc.fr>",
         subj="Undelivered Mail Returned to Sender",
         mta="mail.thermaris-cvc.fr", remote="mx1.mail.ovh.net",
         rcpt="c.lemarie@mairie-beaulieu-loir.fr", status="5.1.1",
         diag="550 5.1.1 <c.lemarie@mairie-beaulieu-loir.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Postfix DSN: recipient unknown.",
         body="""This is the mail system at host mail.thermaris-cvc.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<c.lemarie@mairie-beaulieu-loir.fr>: host mx1.mail.ovh.net[188.165.36.237] said:
    550 5.1.1 <c.lemarie@mairie-beaulieu-loir.fr>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s14frb026", country="FR", date="2027-01-08T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="TC26-0823", amt="3 456,00", due="2026-11-30", fwd=True,
         frm="Secrétariat SIAEP <secretariat@siaep-durtal.fr>",
         intent="promise", promise_date="2027-01-13",
         note="Forwarded by the secretary: the president says the transfer will go out Wednesday 13 January, the day after the committee meeting.",
         body="""Bonjour,

Je vous transfère ci-dessous la réponse de notre Président, M. Froger, à qui j'avais transmis votre relance.

Bien à vous,

Audrey Lemoine
Secrétariat – SIAEP de la région de Durtal
02 41 76 05 33

-----Message d'origine-----
De : Jean-Claude Froger <jc.froger@siaep-durtal.fr>
Envoyé : jeudi 7 janvier 2027 18:42
À : Secrétariat SIAEP <secretariat@siaep-durtal.fr>
Objet : RE: relance Thermaris

Audrey,

La dépense n'avait pas été reportée sur 2027, il faut attendre le vote au comité syndical. Le comité se réunit mardi 12, tu pourras faire le mandat dès le lendemain. Tu peux leur dire que le virement partira le mercredi 13 janvier.

JCF"""),

    dict(id="s14frb027", country="FR", date="2027-01-18T10:30", fmt="tb", stage="final_notice", ago=4,
         inv="TC26-0712", amt="7 920,00", due="2026-10-30",
         frm="Mairie de Saint-Rémy-des-Landes <mairie@saint-remy-des-landes.fr>",
         intent="plan_request",
         note="Mayor asks for payment in instalments over several months, terms left to the firm; no date committed.",
         body="""Madame, Monsieur,

Je fais suite à votre dernier rappel concernant la facture TC26-0712, relative au remplacement de la chaudière de la salle polyvalente.

La commune ne dispose pas de la trésorerie suffisante pour honorer cette dépense en une seule fois avant le versement de la subvention DETR, attendu dans le courant du premier semestre. Je sollicite donc de votre bienveillance un échelonnement du règlement sur plusieurs mois, selon des modalités que je vous laisse le soin de nous proposer.

Je vous serais reconnaissant de ne pas engager de procédure de recouvrement pendant l'examen de cette demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le Maire,
Bernard Oger

Mairie de Saint-Rémy-des-Landes
1 place de l'Église – 49360 Saint-Rémy-des-Landes
Tél. 02 41 55 72 03"""),

    dict(id="s14frb028", country="FR", date="2027-01-13T20:40", fmt="gmail", stage="second_reminder", ago=1,
         inv="TC26-0861", amt="540,00", due="2026-12-15",
         frm="Agnès Poirier <tresorerie.puitsrond@gmail.com>",
         intent="paid", paid_on="2027-01-08",
         note="'vendredi dernier' written on Wednesday 13 January = Friday 8 January.",
         body="""Bonsoir,

Le virement est parti vendredi dernier depuis notre compte au Crédit Mutuel, il devrait être arrivé chez vous. Si ce n'est pas le cas dites-le moi, je regarderai avec la banque.

Cordialement
Agnès Poirier
Trésorière – Théâtre du Puits-Rond (association loi 1901)"""),

    dict(id="s14frb029", country="FR", date="2026-12-22T15:10", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="TC26-0760", amt="8 965,44", due="2026-11-30",
         frm="Direction des Achats CHU <marches.achats@chu-valdeloire.fr>",
         intent="dispute",
         note="Prices do not match the contract's unit price schedule; invoice rejected on Chorus Pro, asks for a credit note and corrected invoice.",
         body="""Madame, Monsieur,

La facture TC26-0760 ne peut être mise en paiement en l'état.

Les prix appliqués (notamment 78,50 € HT de l'heure de main-d'œuvre et une ligne « forfait déplacement » de 145,00 € HT) ne correspondent pas au bordereau des prix unitaires du marché n° 2024-CVC-07, lot 2, qui prévoit un taux horaire de 68,20 € HT et exclut tout frais de déplacement. Par ailleurs, aucune révision de prix ne nous a été notifiée pour 2026 : la formule prévue à l'article 4.3 du CCAP doit être appliquée sur la base des indices publiés et justifiée.

Nous avons donc rejeté la facture sur Chorus Pro le 21 décembre (motif : non-conformité aux prix du marché). Nous vous invitons à émettre un avoir ainsi qu'une facture rectifiée conforme au BPU.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Sébastien Coutant
Acheteur – Direction des Achats et de la Logistique
CHU Val de Loire
Tél. 02 40 16 51 09"""),

    dict(id="s14frb030", country="FR", date="2027-01-18T09:02", fmt="ooo", stage="repeat", ago=0,
         inv="TC26-0904", amt="744,00", due="2026-12-20",
         frm="Sophie Lhomme <sophie.lhomme@habitat-riveloire.fr>",
         intent="out_of_office", return_date="2027-01-21",
         note="In training until Wednesday 20 January, back Thursday 21 January.",
         body="""Bonjour,

Je suis en formation jusqu'au mercredi 20 janvier et ne consulte pas ma messagerie. Je reprendrai mes fonctions le jeudi 21 janvier.

Pour toute urgence concernant le paiement d'une facture, merci de contacter le standard de la comptabilité au 02 41 50 38 10.

Sophie Lhomme
Comptable fournisseurs – Habitat Rive Loire"""),

    dict(id="s14frb031", country="FR", date="2026-12-17T11:55", fmt="outlook", stage="second_reminder", ago=2,
         inv=[("TC26-0812", "456,00", "2026-11-10"), ("TC26-0847", "1 290,00", "2026-11-20"), ("TC26-0869", "318,00", "2026-11-30")],
         frm="LEBAS Sandrine <s.lebas@ville-longue-les-rosiers.fr>",
         intent="promise", promise_date="2027-01-05",
         note="Three invoices on one mandat; the SGC announces a single transfer on Tuesday 5 January.",
         body="""Bonjour,

Les trois factures (TC26-0812, TC26-0847 et TC26-0869) ont été regroupées sur un même mandat, transmis au Service de Gestion Comptable avec le bordereau de fin d'année. Le SGC nous indique un paiement en un seul virement le mardi 5 janvier.

Cordialement,

Sandrine Lebas
Service comptabilité
Mairie de Longué-les-Rosiers
Tél. 02 41 52 10 66"""),

    dict(id="s14frb032", country="FR", date="2027-01-20T09:35", fmt="tb", stage="repeat", ago=1,
         inv="TC26-0891", amt="1 176,00", due="2026-12-15",
         frm="Thomas Rigaudeau <thomas.rigaudeau@univ-loireocean.fr>",
         intent="contact_change", new_email="service.facturier@univ-loireocean.fr",
         note="No longer in charge; asks that reminders and invoices go to the central invoicing service.",
         body="""Bonjour,

Je ne suis plus en charge du suivi des fournisseurs depuis le 1er janvier (mutation à la DRH). Merci d'adresser désormais vos factures et relances au service facturier : service.facturier@univ-loireocean.fr

Je fais suivre votre message à mes anciens collègues.

Cordialement,
T. Rigaudeau"""),

    dict(id="s14frb033", country="FR", date="2026-12-11T08:14", fmt="apple", stage="reminder", ago=3,
         inv="TC26-0876", amt="174,00", due="2026-11-30",
         frm="Direction Les P'tits Mousses <direction@creche-ptitsmousses.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by transfer this morning.",
         body="""Réglé ce matin par virement. Bonne journée.

Émilie, directrice de la crèche

Envoyé de mon iPhone"""),

    dict(id="s14frb034", country="FR", date="2026-12-07T15:40", fmt="gmail", stage="heads_up", ago=3,
         inv="TC26-0896", amt="2 640,00", due="2026-12-20",
         frm="Isabelle Caillaud <direction.foyerlestilleuls@gmail.com>",
         intent="other",
         note="Question about contract renewal; nothing said about payment.",
         body="""Bonjour,

Je profite de votre message pour vous poser une question : notre contrat d'entretien (chaufferie et VMC du foyer) arrive à son terme le 31 décembre. Est-il reconduit tacitement pour 2027 ?

Nous aimerions recevoir une proposition chiffrée avant notre conseil d'administration du 21 janvier, qui doit se prononcer sur le choix du prestataire.

Merci d'avance,

Isabelle Caillaud
Directrice
Foyer de vie Les Tilleuls – Association Les Amis de Nuaillé
02 41 62 37 15"""),

    dict(id="s14frb035", country="FR", date="2026-12-10T10:20", fmt="outlook", stage="firm", ago=1,
         inv="TC26-0778", amt="4 188,00", due="2026-11-05",
         frm="MERCIER Hugues <h.mercier@departement-loir-anjou.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'sous huitaine' from Thursday 10 December = 18 December; the penalty remark is secondary.",
         body="""Bonjour,

Après vérification auprès de la paierie départementale, votre facture TC26-0778 a bien été mandatée. Le règlement interviendra sous huitaine.

Je vous rappelle par ailleurs qu'en matière de commande publique, le retard de paiement donne lieu au versement d'intérêts moratoires calculés et versés automatiquement : les pénalités du Code de commerce mentionnées dans votre courrier ne s'appliquent pas en tant que telles.

Cordialement,

Hugues Mercier
Direction du patrimoine immobilier – Cellule budget
Département de Loir-et-Anjou
02 41 81 47 02"""),

    dict(id="s14frb036", country="FR", date="2027-01-21T14:05", fmt="gmail", stage="firm", ago=2,
         inv="TC26-0806", amt="1 620,00", due="2026-11-15",
         frm="Secrétariat mairie Montigné <secretariat@mairie-montigne-sur-aubance.fr>",
         intent="bank_details",
         note="The public accountant rejected the payment because the IBAN on file is closed; asks for an up-to-date RIB.",
         body="""Bonjour,

Nous avions bien mandaté votre facture début décembre, mais le Service de Gestion Comptable nous l'a retournée : le compte bancaire enregistré pour votre société est clôturé d'après la banque.

Pouvez-vous nous adresser un RIB à jour au nom de Thermaris CVC SAS (document de la banque ou sur papier à en-tête) ? Dès réception nous ré-émettrons le mandat.

Cordialement,

Corinne Jamin
Secrétaire de mairie – Montigné-sur-Aubance
02 41 91 23 44"""),

    dict(id="s14frb037", country="FR", date="2027-01-04T18:30", fmt="gmail", stage="second_reminder", ago=0,
         inv="TC26-0838", amt="960,00", due="2026-11-30",
         frm="Thierry Gallard <thierry.gallard@laposte.net>",
         intent="promise", promise_date="2027-01-18",
         note="Cheque promised 'le lundi suivant' the AGM of Saturday 16 January = Monday 18 January.",
         body="""Bonjour,

Désolé pour le retard, notre ancienne trésoriere a démissionné en novembre et plus personne n'a la signature sur le compte pour l'instant. Le nouveau bureau sera élu a l'AG du samedi 16 janvier et je m'engage a vous envoyer le chèque le lundi suivant, sans faute.

Merci de votre patience
Thierry Gallard
Président – Boule de fort Les Amis Réunis"""),

    dict(id="s14frb038", country="FR", date="2027-01-12T09:50", fmt="tb", stage="repeat", ago=1, off="+0000",
         inv=[("TC26-0848", "1 404,00", "2026-11-25"), ("TC26-0873", "2 112,00", "2026-12-05")],
         frm="Syndicat mixte du bassin de l'Authion <comptabilite@sm-authion.fr>",
         intent="paid",
         note="Both invoices said to be paid, no date given.",
         body="""Bonjour,

Les deux factures TC26-0848 et TC26-0873 ont été payées par le Service de Gestion Comptable. Vous trouverez ci-joint l'avis de paiement qui nous a été transmis.

Merci de mettre à jour votre suivi.

Cordialement,

Service comptabilité
Syndicat mixte du bassin de l'Authion
Tél. 02 41 45 08 90"""),

    dict(id="s14frb039", country="FR", date="2026-12-22T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="TC26-0907", amt="498,00", due="2026-12-15",
         frm="Intendance Lycée Trois-Provinces <int.0491802t@ac-nantes.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed for the Christmas school holidays through 3 January 2027; back Monday 4 January.",
         subj_prefix="Message d'absence : ",
         body="""Bonjour,

Le service d'intendance du lycée est fermé pendant les vacances scolaires, du samedi 19 décembre 2026 au dimanche 3 janvier 2027 inclus. Votre message sera traité à notre retour.

Bonnes fêtes de fin d'année.

Service intendance – Lycée des Trois-Provinces de Segré"""),

    dict(id="s14frb040", country="FR", date="2026-12-14T16:40", fmt="outlook", stage="reminder", ago=4,
         inv="TC26-0889", amt="395,00", due="2026-12-05",
         frm="LEGRAND Kevin <k.legrand@anjou-atlantique-habitat.fr>",
         intent="copy_request",
         note="Cannot validate without the signed work order; asks for it to be sent.",
         body="""Bonjour,

Je ne peux pas valider votre facture sans le bon d'intervention signé par le gardien ou le locataire (dépannage chaudière logement 14, bât. B, résidence Jean-Moulin). Il n'était pas joint.

Pouvez-vous me le renvoyer ? Un scan fera très bien l'affaire.

Merci,
Kevin Legrand
Chargé de maintenance – Agence Angers Nord
Anjou Atlantique Habitat
06 33 14 82 57"""),

    dict(id="s14frb041", country="FR", date="2027-01-22T12:30", fmt="none", stage="repeat", ago=3,
         inv="TC26-0855", amt="250,00", due="2026-12-01",
         frm="Monique Belliard <monique.belliard@free.fr>",
         intent="unsubscribe",
         note="Asks to be removed from automatic reminders.",
         body="""Bonjour,

Merci de me retirer de vos envois automatiques. Je suis bénévole, je ne regarde mes mails qu'une fois par semaine et ces relances à répétition me stressent. Je suis en contact avec M. Rabier de chez vous, qui connaît le dossier.

Monique Belliard
Secrétaire – Club des aînés de Juigné"""),

    dict(id="s14frb042", country="FR", date="2026-12-16T10:12", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="TC26-0862", amt="1 068,00", due="2026-12-01",
         frm="Comptabilité - Mairie de Noyant-la-Plaine <comptabilite@noyant-la-plaine.fr>",
         intent="promise",
         note="Mandat issued on 14 December and sent to the public accountant; transfer expected 'dans les prochains jours' (no single day).",
         body="""Bonjour,

Le mandat correspondant à votre facture a été émis le 14 décembre et transmis au Service de Gestion Comptable de Baugé. Le virement devrait vous parvenir dans les prochains jours, selon les délais de traitement du comptable public.

Cordialement,

Service comptabilité
Mairie de Noyant-la-Plaine
02 41 59 20 18"""),

    dict(id="s14frb043", country="FR", date="2026-12-18T16:55", fmt="none", stage="second_reminder", ago=3,
         inv="TC26-0846", amt="612,00", due="2026-11-20",
         frm="Franck Rivereau <franck.rivereau@ac-nantes.fr>",
         intent="promise",
         note="'payée après les vacances' is vague, no date.",
         body="""Bonjour,

Je reponds a la place de l'intendante qui est en arret depuis 15 jours, tout a pris du retard ici. Votre facture pour la réparation de l'aerotherme de l'atelier sera payée apres les vacances, promis.

Bonnes fetes à toute l'équipe et merci encore à Julien pour sa réactivité.

Franck Rivereau
DDFPT – Lycée professionnel Les Buttes"""),

    dict(id="s14frb044", country="FR", date="2027-01-15T11:10", fmt="html_gmail", stage="reminder", ago=3,
         inv="TC26-0910", amt="2 904,00", due="2026-12-31",
         frm="Julie Marchand <j.marchand@habitat-riveloire.fr>",
         intent="promise",
         note="'la semaine prochaine' is a window, no single day; the side question about the VMC visit is secondary.",
         body="""Bonjour,

La facture sera payée la semaine prochaine, elle est en cours dans notre circuit de validation.

Au passage, pouvez-vous m'indiquer la date prévue pour la visite de contrôle des VMC à la résidence du Lac ? Les locataires nous interrogent.

Merci, bonne journée

Julie Marchand
Chargée de clientèle – Gestion du patrimoine
Habitat Rive Loire
02 41 50 38 25"""),

    dict(id="s14frb045", country="FR", date="2027-01-26T11:45", fmt="outlook", stage="firm", ago=5,
         inv="TC26-0936", amt="1 188,00", due="2026-12-20",
         frm="Agence comptable Lycée Val-de-Maine <ac.0492241w@ac-nantes.fr>",
         intent="dispute",
         note="Invoice is a duplicate of TC26-0798, already paid; refuses to pay and asks for a credit note.",
         body="""Bonjour,

La facture TC26-0936 du 20 novembre reprend exactement la même intervention que la facture TC26-0798 (remplacement du circulateur de la chaufferie, 14 octobre), que nous avons déjà réglée le 19 novembre : même désignation, même montant, même bon de commande n° 26-0318.

Il s'agit manifestement d'un doublon. Nous ne la réglerons pas et vous demandons de l'annuler par un avoir.

Cordialement,

Martine Foucher
Agent comptable
Lycée Val-de-Maine – 49000 Angers
02 41 73 40 12"""),

    dict(id="s14frb046", country="FR", date="2026-12-09T13:20", fmt="html_gmail", stage="heads_up", ago=2,
         inv="TC26-0898", amt="356,40", due="2026-12-15",
         frm="Céline Brochard <bureau.ptitsloups.murs@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Paid by card via the link at lunchtime today; asks for a receipt.",
         body="""Bonjour,

C'est fait, j'ai payé par carte sur votre lien ce midi. Vous pouvez m'envoyer un reçu pour notre comptable ?

Merci !
Céline Brochard
Crèche parentale Les P'tits Loups – Mûrs-Érigné"""),

    dict(id="s14frb047", country="FR", date="2027-01-24T17:05", fmt="gmail", stage="second_reminder", ago=5,
         inv="TC26-0942", amt="2 268,00", due="2027-01-15",
         frm="Association Les Ateliers du Thouet <contact.ateliersduthouet@gmail.com>",
         intent="dispute",
         note="Invoice exceeds the signed quote (1 740 € TTC); willing to pay the quote only.",
         body="""Bonjour,

Nous avons bien reçu votre relance mais nous ne comprenons pas le montant. Le devis D26-118 que nous avons signé le 2 novembre était de 1 450 € HT, soit 1 740 € TTC. Votre facture est de 2 268 € TTC, et personne ne nous a prévenus de travaux supplémentaires ni fait signer d'avenant.

Nous sommes prêts à régler le montant du devis, pas plus. Merci de nous envoyer une facture corrigée, ou de nous expliquer la différence.

Pour le bureau,
Antoine Rabaud, trésorier
Association Les Ateliers du Thouet"""),

    dict(id="s14frb048", country="FR", date="2026-12-08T15:30", fmt="outlook", stage="reminder", ago=1,
         inv="TC26-0865", amt="924,00", due="2026-11-30",
         frm="Compta Mairie <compta@mairie-vern-dodon.fr>",
         intent="paid", paid_on="2026-12-04",
         note="The SGC paid the invoice on 4 December; 27 November is the mandat date.",
         body="""Bonjour,

Renseignement pris auprès du SGC de Segré, votre facture a été payée le 4 décembre (mandat n° 1187 du 27 novembre). Le virement doit donc figurer sur votre relevé.

Cordialement,

Service comptabilité
Mairie de Vern-d'Odon"""),

    dict(id="s14frb049", country="FR", date="2026-12-29T10:40", fmt="html_outlook", stage="final_notice", ago=1,
         inv="TC26-0724", amt="3 540,00", due="2026-10-31",
         frm="Direction Le Relais Vert <direction@relaisvert-insertion.org>",
         intent="plan_request",
         note="Does not contest; asks for more time until grants arrive, cannot give a date.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre dernier rappel concernant la facture TC26-0724, que nous ne contestons pas.

Notre association traverse une période de trésorerie très tendue : la seconde tranche de la subvention du Conseil départemental pour 2026 n'a toujours pas été versée, et nos paiements fournisseurs sont suspendus à cette recette. Nous vous demandons donc de bien vouloir nous accorder un délai supplémentaire pour le règlement de cette facture. Je ne suis malheureusement pas en mesure de vous indiquer une date précise à ce jour, mais je reviendrai vers vous dès que les fonds seront annoncés.

Nous vous remercions par avance de votre compréhension.

Mme Rachida Benali
Directrice
Le Relais Vert – Association d'insertion loi 1901
5 rue de la Gare – 49130 Les Ponts-de-Cé
Tél. 02 41 44 91 60"""),

    dict(id="s14frb050", country="FR", date="2027-01-28T09:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="TC26-0918", amt="1 034,00", due="2026-12-31",
         frm="Services techniques Tiercé <st.mairie.tierce@gmail.com>",
         intent="other",
         note="Technical services agent passes the reminder to the town's finance department; nothing about payment.",
         body="""Bonjour,

Moi je suis aux services techniques, je m'occupe pas des paiements. Je transmets votre mail au service finances de la mairie, ils vous répondront.

Cordialement
Didier Chaussé
Responsable services techniques
06 85 27 40 19"""),
]
