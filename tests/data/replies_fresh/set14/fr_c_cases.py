"""fr_c: French debtors replying to French firms (set 14). Every body below is handwritten for its case."""

CASES = [
    dict(id="s14frc001", firm="plomb", country="FR", date="2026-12-09T18:42", fmt="apple", stage="reminder", ago=2,
         inv="FA-2026-1187", amt="186,00", due="2026-11-20",
         frm="Michel Drouard <michel.drouard@orange.fr>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay on Friday: Friday after Wednesday 9 December = 11 December.",
         body="""Ok je regle vendredi.

Envoyé de mon iPhone"""),

    dict(id="s14frc002", firm="plomb", country="FR", date="2026-12-08T08:15", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1164", amt="312,40", due="2026-11-30",
         frm="Sophie Baudry <sophie.baudry80@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer made 'hier soir' = 7 December.",
         body="""Bonjour,

J'ai fait le virement hier soir depuis l'appli de ma banque, vous devriez le voir arriver d'ici un ou deux jours (c'est ma banque en ligne, c'est parfois un peu long).

Merci encore pour l'intervention sur le ballon d'eau chaude, tout fonctionne.

Bonne journée,
Sophie Baudry"""),

    dict(id="s14frc003", firm="web", country="FR", date="2026-12-10T13:27", fmt="html_gmail", stage="reminder", ago=3,
         inv="HBG-260451", amt="95,88", due="2026-11-28",
         frm="Claire Lemoine <claire@atelier-lemoine-ceramique.fr>",
         intent="dispute",
         note="Says the subscription was cancelled in September; contests the renewal invoice.",
         body="""Bonjour,

Je reçois votre relance pour la facture HBG-260451, qui correspond visiblement au renouvellement annuel de l'hébergement "Essentiel".

Or j'ai résilié cet abonnement le 14 septembre, depuis mon espace client (rubrique "Mes services" > "Résilier"), et j'ai reçu le jour même un mail de confirmation de votre part. J'ai d'ailleurs transféré mon site chez un autre prestataire début octobre.

Je ne vois donc pas pourquoi cette facture a été émise. Pouvez-vous l'annuler et m'envoyer un avoir ? Je peux vous faire suivre le mail de confirmation de résiliation si besoin.

Merci d'avance,

Claire Lemoine
Atelier Lemoine – céramique artisanale
06 71 38 22 90"""),

    dict(id="s14frc004", firm="web", country="FR", date="2026-12-11T22:03", fmt="gmail", stage="second_reminder", ago=2,
         inv="HBG-260502", amt="238,80", due="2026-11-30",
         frm="Inès Belkacem <contact@lespetitsbijouxdines.fr>",
         intent="promise",
         note="Promises payment 'début janvier' without a precise day.",
         body="""Bonsoir,

Oui je sais, je suis en retard, désolée. Décembre c'est ma plus grosse période de l'année (je vends des bijoux en ligne, donc Noël...) et j'ai avancé beaucoup de stock, ma trésorerie est à zéro jusqu'aux virements de la plateforme.

Je vous règle les 238,80 € début janvier sans faute. Surtout ne coupez pas le site en attendant svp, je fais 60% de mon chiffre en ce moment !

Inès
Les Petits Bijoux d'Inès
www.lespetitsbijouxdines.fr"""),

    dict(id="s14frc005", firm="jardin", country="FR", date="2026-12-12T10:48", fmt="gmail", stage="reminder", ago=3,
         inv="JC2611-022", amt="210,00", due="2026-12-05",
         frm="Gérard Pons <gerard.pons.31@gmail.com>",
         intent="other",
         note="Wrong recipient: says he never used the firm; probably a namesake.",
         body="""Bonjour,

Je crois qu'il y a une erreur. Je n'ai jamais fait appel à vos services, je n'ai même pas de jardin (j'habite en appartement à Portet-sur-Garonne).

Il y a peut-être un autre Gérard Pons dans le secteur, ce ne serait pas la première fois qu'on me confond avec lui. Je vous laisse vérifier votre fichier.

Cordialement,
G. Pons"""),

    dict(id="s14frc006", firm="jardin", country="FR", date="2026-12-17T15:20", fmt="none", stage="reminder", ago=3,
         inv="JC2611-014", amt="145,00", due="2026-11-30",
         frm="lucienne.carrere@wanadoo.fr",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted on Monday: Monday before Thursday 17 December = 14 December.",
         body="""Madame Monsieur

J'ai bien reçu votre message. Je vous informe que j'ai posté mon chèque de 145 euros lundi a la poste de Muret, pour la taille des rosiers et le ramassage des feuilles. Vous allez le recevoir surement demain ou après demain avec les fêtes le courrier est lent.

Je n'ai pas l'habitude de l'ordinateur c'est mon petit fils qui m'a montré comment répondre.

Veuillez agréer mes salutations distinguées

Mme Lucienne Carrère
12 allée des Acacias
Muret"""),

    dict(id="s14frc007", firm="plomb", country="FR", date="2026-12-14T21:36", fmt="gmail", stage="second_reminder", ago=6,
         inv="FA-2026-1102", amt="2 340,50", due="2026-10-31",
         frm="Julien Vasseur <julien.vasseur.amiens@gmail.com>",
         intent="plan_request",
         note="Lost his job; asks to pay the boiler invoice in several monthly instalments, no date committed.",
         body="""Bonsoir,

Je vous réponds un peu tard, désolé, je n'osais pas trop.

La facture correspond au remplacement de notre chaudière en octobre, on n'avait pas le choix elle était hors service. Le problème c'est que j'ai été licencié économique début novembre et je suis en attente de mes premières indemnités Pôle emploi (France Travail maintenant). Ma femme travaille à temps partiel, donc on ne peut pas sortir 2 340 € d'un coup en ce moment.

Est-ce qu'il serait possible de vous régler en plusieurs fois ? Je pensais à 4 ou 5 mensualités, par exemple 400 ou 500 € par mois, mais je suis ouvert à ce que vous proposez. Je ne cherche pas à ne pas payer, le travail a été bien fait et on est contents de la chaudière.

Vous pouvez m'appeler au 06 52 17 84 03 si c'est plus simple.

Merci de votre compréhension,
Julien Vasseur
8 rue des Jacobins, Amiens"""),

    dict(id="s14frc008", firm="plomb", country="FR", date="2026-12-18T11:05", fmt="apple", stage="reminder", ago=4,
         inv="FA-2026-1193", amt="268,00", due="2026-12-05",
         frm="Nathalie Gosselin <nathalie.gosselin@icloud.com>",
         intent="promise", promise_date="2026-12-23",
         note="Daughter answering for her mother; transfer 'mercredi 23' = 23 December.",
         body="""Bonjour,

Je suis la fille de Mme Odette Gosselin, chez qui vous êtes intervenus le mois dernier pour la fuite sous l'évier. C'est moi qui gère ses papiers depuis quelque temps, elle ne regarde plus ses mails (c'est d'ailleurs moi qui lis cette boîte).

Je ferai le virement depuis son compte le mercredi 23, je passe chez elle ce jour-là et j'ai besoin de sa carte pour valider.

Merci de votre patience et désolée pour le retard.

Nathalie Gosselin
06 84 20 31 57"""),

    dict(id="s14frc009", firm="jardin", country="FR", date="2026-12-24T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="JC2611-031", amt="1 860,00", due="2026-12-10",
         frm="Mairie de Saint-Hilaire <secretariat@mairie-sainthilaire31.fr>",
         subj_prefix="Absence : ",
         intent="out_of_office", return_date="2026-12-29",
         note="Town hall closed 24-28 December; reopens Tuesday 29 December.",
         body="""Bonjour,

Le secrétariat de mairie est fermé du jeudi 24 décembre au lundi 28 décembre inclus.
Réouverture au public le mardi 29 décembre à 8h30.

Votre message sera traité à notre retour. En cas d'urgence (état civil, décès), merci de contacter l'élu de permanence au 06 07 45 12 88.

Le secrétariat de mairie vous souhaite de belles fêtes de fin d'année.

Mairie de Saint-Hilaire
Place de la République – 31410 Saint-Hilaire"""),

    dict(id="s14frc010", firm="web", country="FR", date="2026-12-15T07:51", fmt="gmail", stage="heads_up", ago=1,
         inv="HBG-260533", amt="17,99", due="2026-12-20",
         frm="Patrick Ménard <pat.menard56@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop receiving the automatic emails; nothing about paying.",
         body="""arretez de m envoyer ces mails automatiques svp c est la 3eme fois ce mois ci. je veux plus les recevoir. si vous avez un vrai probleme avec moi appelez moi ou ecrivez moi par la poste

P Ménard

Envoyé depuis mon smartphone Samsung Galaxy."""),

    dict(id="s14frc011", firm="web", country="FR", date="2026-12-15T16:40", fmt="tb", stage="reminder", ago=3,
         inv="HBG-260517", amt="59,88", due="2026-12-05",
         frm="Bertrand Aubert <b.aubert@sophro-aubert.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Says the direct debit was taken on 07/12.",
         body="""Bonjour,

Je ne comprends pas cette relance : je suis en prélèvement automatique chez vous depuis trois ans et le prélèvement de 59,88 € a bien été débité sur mon compte le 07/12 (libellé "HEBERGIA SAS PRLV SEPA"). Je viens de vérifier sur mon relevé.

Merci de vérifier de votre côté avant d'envoyer ce genre de message, c'est un peu désagréable.

Cordialement,

--
Bertrand Aubert
Sophrologue certifié RNCP
14 rue de la Paix, 44600 Saint-Nazaire
07 68 22 41 09"""),

    dict(id="s14frc012", firm="compta", country="FR", date="2026-12-14T14:18", fmt="outlook", stage="second_reminder", ago=4,
         inv="H26-0352", amt="660,00", due="2026-11-30", fwd=True,
         frm="Secrétariat Cabinet Fabre <secretariat@osteo-fabre-riom.fr>",
         intent="promise", promise_date="2026-12-31",
         note="Assistant forwards the osteopath's answer: he pays 'le 31', i.e. 31 December.",
         body="""Bonjour,

Je vous transmets ci-dessous la réponse de M. Fabre concernant votre relance.

Bonne journée,
Marine Chassagne
Secrétariat – Cabinet d'ostéopathie Thomas Fabre
04 73 63 10 52

-----Message d'origine-----
De : Thomas Fabre <t.fabre@osteo-fabre-riom.fr>
Envoyé : lundi 14 décembre 2026 12:51
À : Secrétariat Cabinet Fabre <secretariat@osteo-fabre-riom.fr>
Objet : RE: Deuxième relance : facture H26-0352 impayée – Cabinet Roussel Expertise

Marine, tu peux leur répondre que je règle le 31, comme d'habitude je fais tous mes virements pros en fin de mois. Merci.
T."""),

    dict(id="s14frc013", firm="plomb", country="FR", date="2026-12-16T19:12", fmt="gmail", stage="second_reminder", ago=2,
         inv="FA-2026-1141", amt="428,60", due="2026-11-25",
         frm="Karim Haddad <karim.haddad@free.fr>",
         intent="dispute",
         note="Leak came back after the repair; refuses to pay until it is fixed.",
         body="""Vous avez du culot de m'envoyer une DEUXIÈME relance.

Votre plombier est venu le 12 novembre pour la fuite de la salle de bain, il est resté 1h, il a changé un joint et il est reparti. Deux jours après ça fuyait exactement pareil, j'ai appelé trois fois votre secrétariat, on m'a promis qu'on me rappellerait, personne ne m'a jamais rappelé. Résultat j'ai le plafond du voisin du dessous qui est taché et il me menace de faire une déclaration à l'assurance.

Donc non je ne paierai pas 428,60 € pour un travail qui n'a servi à rien. Vous revenez réparer correctement et après on parle de la facture. Pas avant.

K. Haddad
06 13 58 92 40"""),

    dict(id="s14frc014", firm="web", country="FR", date="2026-12-16T10:34", fmt="html_gmail", stage="reminder", ago=2,
         inv="HBG-260488", amt="478,80", due="2026-11-25",
         frm="Aurélie Fontaine | Coaching <aurelie@aureliefontaine-coaching.com>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay 'fin janvier' = 31 January 2027.",
         body="""Bonjour,

Merci pour le rappel, et désolée, j'avais complètement zappé cette facture (le nouveau site est top d'ailleurs, mes clientes adorent la prise de rendez-vous en ligne).

Honnêtement décembre est très calme pour moi, personne ne réserve de séance de coaching avant Noël ! Je préfère être transparente : je pourrai régler la totalité fin janvier, une fois que les programmes de janvier ("nouvelle année, nouveau départ"...) auront été payés par mes clientes.

Si ça pose un vrai problème, dites-le-moi et on trouve une solution.

Belle journée,

Aurélie Fontaine
Coach de vie certifiée – Accompagnement des transitions professionnelles
06 29 74 15 83 · www.aureliefontaine-coaching.com
EI Aurélie Fontaine – SIRET 894 226 015 00019 – TVA non applicable, art. 293 B du CGI"""),

    dict(id="s14frc015", firm="web", country="FR", date="2026-12-21T09:47", fmt="outlook", stage="reminder", ago=5,
         inv="HBG-260541", amt="129,00", due="2026-12-15",
         frm="Sébastien Roche <s.roche@roche-elec.fr>",
         intent="other",
         note="Passed to his accountant, who makes the payments; no commitment, no new address to write to.",
         body="""Bonjour,

Bien reçu, je transmets à mon cabinet comptable, ce sont eux qui gèrent les règlements fournisseurs depuis cette année.

Cordialement,

Sébastien Roche
Roche Élec – Électricité générale
Micro-entreprise – SIRET 851 339 274 00016
06 42 17 55 08"""),

    dict(id="s14frc016", firm="formation", country="FR", date="2026-12-19T06:12", fmt="ooo", stage="reminder", ago=1,
         inv="ISV-2026-231", amt="690,00", due="2026-12-15",
         frm="Hélène Marchetti <helene.marchetti.sophro@gmail.com>",
         subj_prefix="Réponse automatique : ",
         intent="out_of_office", return_date="2027-01-07",
         note="Away until Wednesday 6 January inclusive: back Thursday 7 January.",
         body="""Bonjour,

Je suis absente jusqu'au mercredi 6 janvier inclus et ne consulterai pas mes messages pendant cette période.

Pour toute prise de rendez-vous, vous pouvez passer par mon agenda en ligne. Je répondrai à votre message à mon retour.

Très belles fêtes à vous,
Hélène Marchetti
Sophrologue – Relaxologue"""),

    dict(id="s14frc017", firm="jardin", country="FR", date="2026-12-21T17:58", fmt="apple", stage="reminder", ago=4,
         inv="JC2612-003", amt="380,00", due="2026-12-15",
         frm="Valérie Sanchez <valerie.sanchez31@icloud.com>",
         intent="promise",
         note="Will pay 'après les fêtes', no precise day.",
         body="""Bonsoir,

Pas d'inquiétude, je vous règle ça après les fêtes, là entre les cadeaux et la famille qui débarque c'est un peu la folie. Vous avez fait du beau travail sur la haie, mon mari est ravi.

Bonnes fêtes à toute l'équipe !
Valérie

Envoyé de mon iPhone"""),

    dict(id="s14frc018", firm="plomb", country="FR", date="2026-12-22T12:26", fmt="gmail", stage="reminder", ago=1,
         inv="FA-2026-1210", amt="1 125,00", due="2026-12-15",
         frm="François Lefebvre <francois.lefebvre@laposte.net>",
         intent="bank_details",
         note="Received an email announcing a new IBAN; asks the firm to confirm before paying (suspected fraud).",
         body="""Bonjour,

Avant de vous payer je préfère vérifier quelque chose. Hier j'ai reçu un mail qui se présente comme venant de votre société, avec votre logo, qui me dit que vous avez changé de banque et qu'il faut désormais faire le virement sur un nouveau RIB (un IBAN qui commence par LT, une banque en Lituanie il me semble). L'adresse de l'expéditeur était bizarre : lemaire-plomberie-facturation@outlook.com.

Ma banque m'a déjà mis en garde contre ce genre d'arnaque. Est-ce que vous avez vraiment changé de coordonnées bancaires ? Si oui merci de m'envoyer le nouveau RIB par courrier ou de me le confirmer par téléphone, sinon je paierai sur l'ancien que j'ai sur votre devis.

Je vous transfère le mail suspect si vous voulez le signaler.

Cordialement,
François Lefebvre
03 22 45 90 16"""),

    dict(id="s14frc019", firm="plomb", country="FR", date="2026-12-23T08:09", fmt="gmail", stage="final_notice", ago=2,
         inv="FA-2026-1058", amt="650,00", due="2026-10-15",
         frm="dany.lecomte <dany.lecomte@hotmail.fr>",
         intent="paid",
         note="Says it is already paid; no day given.",
         body="""DEJA PAYÉ !!!

Regardez vos comptes avant d'envoyer des menaces de recouvrement aux gens, c'est honteux. J'ai payé votre technicien en main propre le jour du dépannage, il m'a même fait un reçu que j'ai toujours.

D. Lecomte"""),

    dict(id="s14frc020", firm="compta", country="FR", date="2026-12-24T14:03", fmt="ooo", stage="reminder", ago=0,
         inv="H26-0366", amt="1 080,00", due="2026-12-15",
         frm="Cabinet de kinésithérapie des Salins <contact@kine-salins-clermont.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Practice closed until Sunday 3 January inclusive: first working day back is Monday 4 January.",
         body="""Bonjour,

Le cabinet est fermé pour les congés de fin d'année du jeudi 24 décembre au dimanche 3 janvier inclus.

Pour toute urgence, merci de vous adresser au cabinet de garde ou à votre médecin traitant. Les rendez-vous peuvent être pris en ligne sur Doctolib.

Nous vous souhaitons de très bonnes fêtes.

Cabinet de kinésithérapie des Salins
5 rue des Salins – 63000 Clermont-Ferrand
04 73 90 28 61"""),

    dict(id="s14frc021", firm="jardin", country="FR", date="2026-12-28T20:17", fmt="gmail", stage="reminder", ago=4,
         inv="JC2612-009", amt="165,00", due="2026-12-20",
         frm="kevin dos santos <kev.dossantos31@gmail.com>",
         intent="promise", promise_date="2027-01-05",
         note="Will pay on 5 January when his salary arrives.",
         body="""bonsoir
oui desole jai vu le mail mais avec noel jai pas pu, je vous regle le 5 janvier des que jai ma paye c sur
merci et bonne annee en avance
kevin

Envoyé depuis mon smartphone Samsung Galaxy."""),

    dict(id="s14frc022", firm="formation", country="FR", date="2026-12-30T10:41", fmt="tb", stage="second_reminder", ago=7,
         inv="ISV-2026-244", amt="980,00", due="2026-12-20",
         frm="Delphine Arnaud <delphine.arnaud@naturo-arnaud.fr>",
         intent="promise", promise_date="2027-01-08",
         note="Will pay the balance on Friday 8 January.",
         body="""Bonjour,

Je suis désolée de ce retard pour le solde de la formation "Naturopathie et accompagnement du stress" (module 3). J'ai eu un souci avec mon compte professionnel, qui a été bloqué quelques jours le temps que la banque vérifie une opération.

Tout est rentré dans l'ordre, mais mon conseiller est en congés jusqu'à la rentrée. Je vous règle donc le solde de 980 € le vendredi 8 janvier, par virement.

Merci pour votre compréhension, et bonne fin d'année à toute l'équipe de l'Institut.

Delphine Arnaud
Naturopathe – Lyon 7e
06 30 48 62 17"""),

    dict(id="s14frc023", firm="compta", country="FR", date="2026-12-29T11:30", fmt="html_outlook", stage="firm", ago=6,
         inv="H26-0290", amt="180,00", due="2026-10-31",
         frm="Jean-Marc Vidal <jm.vidal@vidal-conseil.fr>",
         intent="unsubscribe",
         note="Formal request (GDPR) to stop the automatic emails; asks for post instead; no statement on payment.",
         body="""Madame, Monsieur,

Je ne suis plus client de votre cabinet depuis le mois de juin, ainsi que je vous l'ai notifié par courrier recommandé.

Je vous demande, conformément au règlement général sur la protection des données, de cesser immédiatement de m'adresser des courriels automatiques de relance et de supprimer mon adresse électronique de vos listes d'envoi. Toute correspondance relative à ce dossier devra désormais m'être adressée par voie postale, à l'adresse de mon domicile que vous connaissez.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Marc Vidal
Vidal Conseil – EI
SIRET 488 902 361 00027

Ce message et ses éventuelles pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer."""),

    dict(id="s14frc024", firm="compta", country="FR", date="2027-01-04T08:52", fmt="gmail", stage="reminder", ago=4,
         inv="H26-0381", amt="540,00", due="2026-12-31",
         frm="Lucas Perrin <lucas.perrin.photo@gmail.com>",
         intent="plan_request",
         note="Asks to pay in three instalments because of January URSSAF; no dates committed.",
         body="""Bonjour et bonne année,

C'est possible de payer en 3 fois ? Janvier c'est compliqué avec l'URSSAF et la CFE qui tombent en même temps.

Merci,
Lucas Perrin – photographe"""),

    dict(id="s14frc025", firm="web", country="FR", date="2027-01-04T14:16", fmt="html_gmail", stage="reminder", ago=0,
         inv="HBG-260560", amt="71,88", due="2026-12-31",
         frm="Maëlle Guerin <maelle@boutique-lepetitfil.fr>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay on 15/01; side question about downloading invoices for her accountant.",
         body="""Bonjour,

Je vous règle cette facture le 15/01, j'attends le versement de mes ventes de décembre.

Petite question au passage : où est-ce que je peux télécharger toutes mes factures 2026 en PDF ? Ma comptable me les réclame pour la clôture et je ne trouve pas le bouton dans mon espace client.

Merci !
Maëlle
Le Petit Fil – mercerie en ligne"""),

    dict(id="s14frc026", firm="web", country="FR", date="2027-01-05T09:33", fmt="apple", stage="second_reminder", ago=1,
         inv="HBG-260547", amt="345,00", due="2026-12-20",
         frm="Olivier Marchand <olivier.marchand@studio-om.fr>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made on 28 December, reference given.",
         body="""Bonjour,

Le virement de 345,00 € a été effectué le 28 décembre depuis mon compte Qonto, avec la référence HBG-260547 en libellé. Les virements de fin d'année ont peut-être mis un peu plus de temps à arriver.

Je vous joins la preuve de virement.

Bien à vous,

Olivier Marchand
Studio OM – Design graphique & identité visuelle
06 85 33 20 14"""),

    dict(id="s14frc027", firm="formation", country="FR", date="2027-01-06T12:48", fmt="apple", stage="reminder", ago=2,
         inv="ISV-2026-250", amt="240,00", due="2026-12-31",
         frm="Camille Roux <camille.roux.rlx@icloud.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid by card via the link 'à l'instant' on the reply day.",
         body="""C'est fait, payé par carte avec le lien à l'instant 👍

Envoyé de mon iPhone"""),

    dict(id="s14frc028", firm="compta", country="FR", date="2027-01-07T10:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("H26-0318", "420,00", "2026-11-30"), ("H26-0377", "420,00", "2026-12-31")],
         frm="Sandrine Bouvier <s.bouvier@bouvier-traduction.fr>",
         intent="paid", paid_on="2027-01-04",
         note="Both invoices paid in one transfer on 4 January.",
         body="""Bonjour,

Je vous confirme avoir réglé les deux factures H26-0318 et H26-0377 en un seul virement de 840,00 € le lundi 4 janvier, libellé « Bouvier honoraires nov-déc ».

Vos relances ont dû se croiser avec mon paiement. Merci de me le confirmer à réception.

Cordialement,

Sandrine Bouvier
Traductrice-interprète assermentée près la cour d'appel de Riom
Bouvier Traduction – 7 rue Blatin, 63000 Clermont-Ferrand
Tél. : 04 73 19 48 20 – Port. : 06 60 27 38 91
EI – SIRET 799 512 436 00028 – TVA intracommunautaire FR 37 799512436

Ce courriel et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci de le supprimer et d'en informer l'expéditeur."""),

    dict(id="s14frc029", firm="formation", country="FR", date="2027-01-07T17:22", fmt="gmail", stage="second_reminder", ago=3,
         inv="ISV-2026-238", amt="1 200,00", due="2026-12-31",
         frm="Romain Lefort <romain.lefort.hypnose@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Will pay 'lundi prochain': Monday after Thursday 7 January = 11 January.",
         body="""Bonjour,

Désolé pour le retard, j'attendais la prise en charge de mon OPCO qui ne viendra finalement pas (dossier refusé, apparemment mon activité d'hypnothérapeute "n'entre pas dans le périmètre", bref).

Je vais donc financer la formation moi-même. Je fais le virement lundi prochain, le temps de transférer l'argent de mon livret.

Bonne soirée,
Romain Lefort"""),

    dict(id="s14frc030", firm="web", country="FR", date="2027-01-08T11:14", fmt="gmail", stage="reminder", ago=2,
         inv="HBG-260599", amt="59,00", due="2026-12-31",
         frm="Thierry Noël <thierry.noel.vins@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for it to be resent before paying.",
         body="""Bonjour,

Je n'ai jamais reçu cette facture HBG-260599, ni par mail ni dans mon espace client (la dernière facture que je vois date de septembre). Je ne sais même pas à quoi elle correspond, 59 € ?

Pouvez-vous me la renvoyer avec le détail, que je puisse vérifier et la transmettre à ma comptable ? Je paierai dès réception.

Merci,
Thierry Noël
Cave Noël – vins et spiritueux, vente en ligne"""),

    dict(id="s14frc031", firm="web", country="FR", date="2027-01-04T09:01", fmt="ooo", stage="heads_up", ago=0,
         inv="HBG-270004", amt="23,99", due="2027-01-10",
         frm="Atelier Papier Plume <bonjour@atelierpapierplume.fr>",
         subj_prefix="Réponse automatique : ",
         intent="out_of_office", return_date="2027-01-11",
         note="Shop on break; resumes Monday 11 January.",
         body="""Bonjour et merci pour votre message !

La boutique fait une petite pause après le rush des fêtes. Je reprends le lundi 11 janvier : les commandes passées d'ici là seront expédiées à partir de cette date, et je répondrai à tous les messages dans l'ordre d'arrivée.

Merci pour votre patience ✨
Julie – Atelier Papier Plume"""),

    dict(id="s14frc032", firm="compta", country="FR", date="2027-01-11T15:37", fmt="tb", stage="reminder", ago=5,
         inv="H26-0395", amt="1 440,00", due="2026-12-31",
         frm="Emmanuel Giraud <e.giraud@giraud-menuiserie.fr>",
         intent="dispute",
         note="Contests the amount: 120 EUR/month invoiced instead of the 90 EUR/month in the engagement letter.",
         body="""Madame, Monsieur,

J'accuse réception de votre relance concernant la facture H26-0395 d'un montant de 1 440,00 €.

Je conteste ce montant. La lettre de mission que j'ai signée en janvier 2026 prévoit des honoraires forfaitaires de 90 € HT par mois pour la tenue de ma comptabilité et l'établissement de la déclaration annuelle, soit 1 080 € HT pour l'année. Votre facture est établie sur la base de 120 € HT par mois, sans qu'aucun avenant ne m'ait été proposé ni qu'aucune mission complémentaire ne m'ait été annoncée.

Je suis disposé à régler immédiatement la somme prévue contractuellement dès réception d'une facture rectifiée ou d'un avoir correspondant à la différence.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Emmanuel Giraud
Giraud Menuiserie – Entreprise individuelle
Le Bourg, 63450 Saint-Amant-Tallende
04 73 39 17 65"""),

    dict(id="s14frc033", firm="jardin", country="FR", date="2027-01-12T19:04", fmt="gmail", stage="second_reminder", ago=1,
         inv="JC2612-017", amt="520,00", due="2026-12-31",
         frm="Alain Bertrand <alain.bertrand.muret@gmail.com>",
         intent="paid", paid_on="2027-01-08",
         note="Husband says his wife made the transfer 'vendredi dernier' = Friday 8 January.",
         body="""Bonsoir,

C'est ma femme qui s'occupe des factures de la maison, je lui ai demandé : elle a fait le virement vendredi dernier, 520 €, pour l'élagage du chêne. Elle a mis votre numéro de facture dans le libellé.

Vous devriez l'avoir reçu maintenant, sinon dites-le-nous.

Alain Bertrand"""),

    dict(id="s14frc034", firm="compta", country="FR", date="2027-01-13T09:26", fmt="html_outlook", stage="final_notice", ago=2,
         inv="H26-0341", amt="2 160,00", due="2026-11-30",
         frm="Nadège Colin <n.colin@colin-paysagiste-auvergne.fr>",
         intent="promise", promise_date="2027-01-21",
         note="Commits to pay 'sous huitaine' from Wednesday 13 January = 21 January.",
         body="""Madame, Monsieur,

Je fais suite à votre courriel du 11 janvier relatif à la facture H26-0341.

Je vous prie de bien vouloir excuser ce retard, dû à un important décalage de paiement de la part de deux de mes clients publics. La situation est désormais en voie de régularisation.

Je m'engage à procéder au règlement de l'intégralité de la somme due sous huitaine, par virement bancaire.

Je vous remercie de bien vouloir surseoir à toute transmission du dossier d'ici là.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nadège Colin
Gérante
Colin Paysagiste Auvergne
04 73 87 52 33"""),

    dict(id="s14frc035", firm="plomb", country="FR", date="2027-01-14T16:50", fmt="gmail", stage="second_reminder", ago=3,
         inv="FA-2026-1176", amt="355,20", due="2026-11-30",
         frm="Philippe Caron <ph.caron@sfr.fr>",
         intent="other",
         note="Debtor died; son says the estate is handled by a notary and asks the firm to address its claim there.",
         body="""Bonjour,

Je vous écris au sujet de la facture adressée à mon père, M. Roger Caron, pour votre intervention de novembre rue Jules-Verne.

Mon père est décédé le 2 décembre. La succession est en cours et elle est gérée par l'étude de Maître Delattre, notaire à Amiens (14 place Gambetta). Je n'ai pas accès à ses comptes et je ne peux pas régler cette facture moi-même.

Je vous invite à adresser votre demande de règlement directement à l'étude, en rappelant la référence de la facture, pour qu'elle soit prise en compte dans le passif de la succession.

Merci de ne plus envoyer de relances à cette adresse, qui était celle de mon père et que je vais bientôt fermer.

Cordialement,
Philippe Caron"""),

    dict(id="s14frc036", firm="compta", country="FR", date="2027-01-14T20:31", fmt="apple", stage="reminder", ago=7,
         inv="H26-0388", amt="300,00", due="2026-12-31",
         frm="Sarah Benoît <sarah.benoit.psy@gmail.com>",
         intent="promise",
         note="Will pay 'la semaine prochaine', no precise day.",
         body="""Bonsoir,

Oui pardon, je l'avais vue passer et je l'ai oubliée. Je vous fais le virement la semaine prochaine.

Sarah Benoît
Psychologue clinicienne – ADELI 63 93 1452 8
06 11 84 26 70

Envoyé de mon iPhone"""),

    dict(id="s14frc037", firm="web", country="FR", date="2027-01-15T10:12", fmt="gmail", stage="reminder", ago=4,
         inv="HBG-260577", amt="119,88", due="2026-12-31",
         frm="Yannick Le Goff <yannick@legoff-surf-shop.fr>",
         intent="contact_change", new_email="factures@cabinet-kerbrat.fr",
         note="Asks that invoices and reminders go to his accountant's address.",
         body="""Bonjour,

À partir de maintenant merci d'envoyer les factures et les relances directement à mon cabinet comptable, c'est eux qui règlent les fournisseurs : factures@cabinet-kerbrat.fr (à l'attention de Mme Kerbrat).

Je leur fais suivre celle-ci.

Yannick Le Goff
Le Goff Surf Shop – Quiberon
02 97 30 64 18"""),

    dict(id="s14frc038", firm="jardin", country="FR", date="2027-01-15T13:44", fmt="gmail", stage="reminder", ago=3,
         inv="JC2612-021", amt="290,00", due="2027-01-05",
         frm="Bernard Lopez <bernard.lopez@orange.fr>",
         intent="dispute",
         note="Says the hedge was only trimmed on one side; will pay only half.",
         body="""bonjour

la haie de thuyas n a ete taillee que coté rue, coté voisin rien n a ete fait alors que sur le devis c etait les deux cotés + le dessus. j ai des photos. je ne vais pas payer 290 euros pour la moitie du travail

soit vous revenez finir soit je paie la moitie 145 euros. a vous de voir

B Lopez"""),

    dict(id="s14frc039", firm="formation", country="FR", date="2027-01-18T11:08", fmt="gmail", stage="heads_up", ago=3,
         inv="ISV-2027-008", amt="390,00", due="2027-01-31",
         frm="Martine Duval <martine.duval.reflexo@gmail.com>",
         intent="bank_details",
         note="Asks for the firm's IBAN to pay by transfer instead of via the link.",
         body="""Bonjour,

Je préfère ne pas payer par le lien (je ne suis pas très à l'aise avec le paiement par carte sur internet), pourriez-vous m'envoyer votre RIB pour que je fasse un virement depuis ma banque ?

Je m'en occuperai avant la date d'échéance.

Merci beaucoup,
Martine Duval
Réflexologue plantaire – Villeurbanne"""),

    dict(id="s14frc040", firm="jardin", country="FR", date="2027-01-18T18:29", fmt="outlook", stage="second_reminder", ago=4,
         inv="JC2611-008", amt="435,00", due="2026-11-30",
         frm="Christophe Fabre <christophe.fabre@groupe-sud-ingenierie.com>",
         intent="plan_request",
         note="Son writing for his hospitalised mother; asks for a delay until he can access her accounts, no date.",
         body="""Bonjour,

Je vous écris pour le compte de ma mère, Mme Josette Fabre, cliente chez vous pour l'entretien de son jardin à Eaunes.

Ma mère a été hospitalisée en urgence juste avant Noël et elle est toujours au CHU de Purpan. Elle n'a pas pu s'occuper de son courrier ni de ses factures, et je n'ai pas encore de procuration sur son compte (le dossier est en cours à la banque).

Pourriez-vous nous accorder un délai pour le règlement de cette facture, le temps que la procuration soit mise en place ? Je m'en occuperai dès que possible, mais je ne peux pas vous donner de date précise pour le moment.

Je vous remercie par avance de votre compréhension.

Christophe Fabre
06 77 21 40 93"""),

    dict(id="s14frc041", firm="formation", country="FR", date="2027-01-19T08:30", fmt="ooo", stage="reminder", ago=0,
         inv="ISV-2026-262", amt="540,00", due="2027-01-10",
         frm="Léa Morin – Coach parentale <lea@leamorin-coaching.fr>",
         intent="out_of_office", return_date="2027-03-16",
         note="Maternity leave until 15 March inclusive; sessions resume 16 March.",
         body="""Bonjour,

Je suis actuellement en congé maternité jusqu'au 15 mars 2027 inclus. Les séances et ateliers reprendront à partir du 16 mars.

Je ne consulte pas mes mails pendant cette période. Pour toute question sur un atelier déjà réservé, vous pouvez écrire à ma collègue Anaïs : anais@leamorin-coaching.fr.

Merci de votre compréhension,
Léa"""),

    dict(id="s14frc042", firm="plomb", country="FR", date="2027-01-19T22:47", fmt="gmail", stage="final_notice", ago=5,
         inv="FA-2026-1219", amt="1 890,00", due="2026-12-18",
         frm="Stéphane Dumont <stephdumont80@gmail.com>",
         intent="promise", promise_date="2027-01-20",
         note="Angry but commits to a transfer 'demain' = 20 January.",
         body="""Pas la peine de me menacer d'huissier et de tribunal pour une facture qui a un mois, franchement. Vous auriez pu décrocher votre téléphone, j'ai toujours payé mes factures chez vous depuis 10 ans.

Le virement part demain. Et pour le prochain dépannage je réfléchirai.

S. Dumont"""),

    dict(id="s14frc043", firm="web", country="FR", date="2027-01-20T10:20", fmt="tb", stage="repeat", ago=6,
         inv=[("HBG-260512", "238,80", "2026-11-30"), ("HBG-260578", "71,88", "2026-12-31")],
         frm="Grégory Blanc <contact@gb-renovation.fr>",
         intent="other",
         note="Business in judicial liquidation; firm must declare its claim to the liquidator.",
         body="""Bonjour,

Je vous informe que mon entreprise GB Rénovation a été placée en liquidation judiciaire par jugement du tribunal de commerce de Nantes du 7 janvier 2027.

Je ne suis plus autorisé à effectuer aucun paiement. Il vous appartient de déclarer votre créance (factures HBG-260512 et HBG-260578) auprès du mandataire liquidateur désigné, Me Sophie Le Floch, SELARL Le Floch & Associés, 3 rue Crébillon, 44000 Nantes, dans le délai de deux mois à compter de la publication au BODACC.

Cordialement,

--
Grégory Blanc
GB Rénovation"""),

    dict(id="s14frc044", firm="formation", country="FR", date="2027-01-20T13:02", fmt="html_gmail", stage="firm", ago=2,
         inv="ISV-2026-219", amt="1 450,00", due="2026-12-15",
         frm="Nadia Chérif <nadia.cherif.sophro@gmail.com>",
         intent="paid", paid_on="2027-01-20",
         note="Partial payment: 500 EUR transferred this morning; balance later, no date.",
         body="""Bonjour,

J'ai fait ce matin un virement de 500 € pour la formation "Sophrologie – cycle praticien" (facture ISV-2026-219). C'est tout ce que je peux verser pour le moment, mon cabinet a démarré en septembre et les débuts sont plus lents que prévu.

Il reste donc 950 €. Je vous verserai le reste dès que possible, je vous tiens au courant.

Merci de votre compréhension,
Nadia Chérif"""),

    dict(id="s14frc045", firm="jardin", country="FR", date="2027-01-21T09:15", fmt="tb", stage="reminder", ago=4,
         inv="JC2701-002", amt="650,00", due="2027-01-15",
         frm="Monique et Henri Fournier <fournier.henri@free.fr>",
         intent="copy_request",
         note="Asks for a statement of the annual contract (instalments already paid) before paying.",
         body="""Bonjour,

Nous ne comprenons pas bien cette facture de 650 €. Nous avons un contrat d'entretien à l'année avec vous et nous payons des acomptes tous les trimestres (dont un en octobre, par chèque).

Pourriez-vous nous envoyer un relevé de compte avec ce que nous avons déjà versé en 2026 et ce qui reste dû, pour que nous puissions vérifier ? Nous réglerons dès que nous aurons le détail.

Bien cordialement,
Henri Fournier"""),

    dict(id="s14frc046", firm="formation", country="FR", date="2027-01-22T18:06", fmt="gmail", stage="reminder", ago=3,
         inv="ISV-2027-003", amt="180,00", due="2027-01-15",
         frm="Antoine Mercier <antoine.mercier.coach@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Transfer sent this morning; also asks for a receipted invoice.",
         body="""Bonsoir,

Virement de 180 € envoyé ce matin pour l'atelier "Posture du coach" de janvier.

Est-ce que vous pourriez m'envoyer une facture acquittée une fois le paiement reçu ? J'en ai besoin pour ma note de frais.

Merci et bonne soirée,
Antoine Mercier
06 48 93 27 15"""),

    dict(id="s14frc047", firm="plomb", country="FR", date="2027-01-25T15:33", fmt="none", stage="reminder", ago=6,
         inv="FA-2026-1236", amt="142,00", due="2027-01-10",
         frm="Raymond Petit <raymond.petit@orange.fr>",
         intent="copy_request",
         note="Cannot open the invoice link; asks for the invoice by post to pay by cheque.",
         body="""Bonjour Monsieur

J'ai bien recu votre message mais je n'arrive pas a ouvrir la facture, quand je clique sur le lien il me demande un code et je n'en ai pas. Je n'ai pas d'imprimante non plus.

Pouvez vous me l'envoyer par la poste s'il vous plait, au 3 rue des Cordeliers a Amiens, que je vous fasse un cheque.

Merci d'avance
Raymond Petit (86 ans)"""),

    dict(id="s14frc048", firm="jardin", country="FR", date="2027-01-26T12:40", fmt="html_gmail", stage="reminder", ago=5,
         inv="JC2612-012", amt="95,00", due="2026-12-31",
         frm="Colette Maurin <colette.maurin@laposte.net>",
         intent="contact_change", new_email="isabelle.maurin.tlse@gmail.com",
         note="Daughter writes from her mother's mailbox: send future messages to her own address.",
         body="""Bonjour,

C'est Isabelle, la fille de Mme Maurin. Maman ne consulte plus du tout cette boîte mail, je viens de tomber par hasard sur votre relance en faisant le tri.

Pour toutes les factures et les messages concernant son jardin, pouvez-vous désormais écrire à mon adresse : isabelle.maurin.tlse@gmail.com ? Je m'occupe de ses affaires.

Je regarde pour cette facture de 95 € avec elle ce week-end.

Merci,
Isabelle Maurin"""),

    dict(id="s14frc049", firm="plomb", country="FR", date="2027-01-27T09:04", fmt="bounce", stage="reminder",
         inv="FA-2027-0031", amt="210,00", due="2027-01-20",
         rcpt="gilbert.roux80@orange.fr", status="5.1.1", remote="smtp-in.orange.fr",
         diag="550 5.1.1 <gilbert.roux80@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
         intent="bounce",
         note="Permanent delivery failure: unknown recipient at orange.fr.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
gilbert.roux80@orange.fr

The recipient's mail server rejected the message permanently (550 5.1.1 invalid recipient). No further delivery attempts will be made."""),

    dict(id="s14frc050", firm="formation", country="FR", date="2027-01-28T11:19", fmt="html_outlook", stage="reminder", ago=7,
         inv="ISV-2026-270", amt="850,00", due="2027-01-20",
         frm="Élodie Garnier <elodie.garnier@cabinet-garnier-therapie.fr>",
         intent="dispute",
         note="Cancelled her enrolment within the contractual period; contests the invoice.",
         body="""Bonjour,

Je reçois une relance pour la facture ISV-2026-270 (stage « Thérapie brève et systémique », session de février).

J'ai annulé mon inscription par mail le 2 décembre, soit plus de deux mois avant le début du stage, et vos conditions générales prévoient un remboursement intégral pour toute annulation faite plus de 30 jours avant la session. Votre collègue Mme Perret m'avait d'ailleurs répondu le 3 décembre pour me confirmer l'annulation.

Je ne suis donc redevable d'aucune somme et vous remercie d'annuler cette facture.

Cordialement,

Élodie Garnier
Psychopraticienne – Thérapies brèves
Cabinet Garnier, 22 cours Gambetta, 69003 Lyon
06 21 58 74 36
"""),
]
