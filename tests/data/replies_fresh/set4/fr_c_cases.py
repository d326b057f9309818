"""Set 4, French part C: replies (handwritten) from accounts departments of larger companies,
public bodies and associations to reminders from three French B2B creditors
(firm="it": Noctiluque Conseil, IT consultancy; "ind": Tréfileries Aubrac-Lemoine, industrial
supplier; "tr": Transports Bérard & Fils, road haulage). All country="FR".
Calendar help: 2026-11-09 is a Monday; 11 November is a public holiday; 25 December is a Friday.
"""

CASES = [
    dict(id="s4fr201", country="FR", firm="it", date="2026-11-16T10:14", fmt="html_outlook", fwd=True, ago=4,
         stage="reminder",
         inv=[("NC-2026-0418", "6 840,00", "2026-10-31"), ("NC-2026-0433", "2 280,00", "2026-11-05")],
         frm="Sandrine Coulomb <sandrine.coulomb@region-aura-numerique.fr>",
         intent="promise", promise_date="2026-11-19",
         note="Assistant forwards the answer of the payables service: both invoices go in the payment run of "
              "'jeudi 19 novembre' (reply Monday 16 Nov -> Thursday 19 Nov). The side question on travel costs does not change the action.",
         body="""Madame, Monsieur,

Je me permets de vous transférer ci-dessous la réponse de M. Thierry Vasseur, responsable du pôle Dépenses, à qui j'avais transmis votre relance de jeudi dernier.

« Les deux factures NC-2026-0418 et NC-2026-0433 ont été validées dans le circuit (service fait certifié par la DSI le 12/11). Elles seront mises en paiement lors de la prochaine campagne de virements, le jeudi 19 novembre. »

Par ailleurs, M. Vasseur souhaiterait savoir si la facture NC-2026-0433 inclut les frais de déplacement de la mission à Clermont, ou s'ils feront l'objet d'une facture séparée : le bon de commande prévoyait une ligne distincte.

Restant à votre disposition,

Sandrine Coulomb
Assistante de direction – Direction des Systèmes d'Information
Agence régionale du numérique Auvergne-Rhône-Alpes
Tél. : 04 26 73 40 12

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire."""),

    dict(id="s4fr202", country="FR", firm="ind", date="2026-11-16T14:37", fmt="html_outlook", ago=3,
         stage="second_reminder",
         inv=[("FA-26-07731", "12 406,80", "2026-10-15"), ("FA-26-07802", "3 918,00", "2026-10-20"), ("FA-26-07855", "744,60", "2026-10-25")],
         frm="Comptabilité Fournisseurs - Groupe Mécalpes <comptabilite.fournisseurs@mecalpes-groupe.com>",
         intent="paid", paid_on="2026-11-12",
         note="Payables says all three invoices were paid by the transfer of 12/11/2026 (numeric date). The request to quote the PO number on future invoices is secondary.",
         body="""Bonjour,

Nous accusons réception de votre relance.

Après vérification, les factures FA-26-07731, FA-26-07802 et FA-26-07855 ont été réglées par virement SEPA en date du 12/11/2026, pour un montant global de 17 069,40 €, référence de paiement MEC-PAY-2026-11-0347. Elles sont lettrées dans nos livres. Les fonds devraient apparaître sur votre compte sous 24 à 48 heures ouvrées.

Pour faciliter le traitement de vos prochaines factures, nous vous remercions de bien vouloir y faire figurer systématiquement notre numéro de bon de commande (format BC-45xxxxxx). Les factures sans référence de commande sont mises en attente et allongent nos délais de validation.

Cordialement,

Service Comptabilité Fournisseurs
Groupe Mécalpes – Centre de services partagés
38 rue Denis-Papin, 38320 Eybens

P Merci de penser à l'environnement avant d'imprimer ce courriel."""),

    dict(id="s4fr203", country="FR", firm="tr", date="2026-11-17T09:02", fmt="outlook", ago=5,
         stage="reminder", inv="TB-26-1184", amt="1 956,00", due="2026-10-31",
         frm="Service Exécution Financière <execution.financiere@agglo-vienne-isere.fr>",
         intent="dispute",
         note="Public body refuses to pay the invoice as issued (no PO/engagement number, rejected on Chorus Pro) and asks for a credit note and a new invoice: a refusal with a reason.",
         body="""Madame, Monsieur,

Votre facture TB-26-1184 du 1er octobre 2026 a été rejetée sur la plateforme Chorus Pro le 9 octobre, au motif suivant : absence du numéro d'engagement juridique et du code service. Elle ne peut donc pas être mise en paiement en l'état, et votre relance est sans objet tant que ce point n'est pas régularisé.

Nous vous invitons à émettre un avoir sur cette facture et à déposer une nouvelle facture sur Chorus Pro en indiquant :
- numéro d'engagement : EJ 2026-004712
- code service : TECH-VOIRIE

Le délai global de paiement de 30 jours courra à compter de la réception de la facture conforme.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Direction des Finances – Service Exécution Financière
Vienne Isère Agglomération
30 avenue du Général-Leclerc, 38200 Vienne"""),

    dict(id="s4fr204", country="FR", firm="it", date="2026-11-17T21:48", fmt="gmail", ago=6,
         stage="second_reminder",
         inv=[("NC-2026-0391", "1 440,00", "2026-10-10"), ("NC-2026-0402", "960,00", "2026-10-20")],
         frm="Trésorerie Les Ateliers du Trièves <tresorerie.ateliers.trieves@gmail.com>",
         intent="plan_request",
         note="Association treasurer asks to pay the two invoices in three monthly instalments and waits for agreement; no date committed.",
         body="""Bonsoir,

Je suis la trésorière bénévole de l'association et c'est moi qui gère les paiements, pardon pour le retard de réponse.

Nous n'avons pas oublié vos deux factures (la refonte du site et la maintenance). Le problème est que la subvention du Département, votée en juin, ne nous a toujours pas été versée, et notre trésorerie est au plus bas.

Serait-il possible de régler les 2 400 € en trois fois, par exemple un tiers par mois ? Je peux mettre en place des virements permanents dès que vous me donnez votre accord.

Merci de votre compréhension,

Hélène Rouvier
Trésorière – Les Ateliers du Trièves (association loi 1901)
06 71 23 58 04"""),

    dict(id="s4fr205", country="FR", firm="ind", date="2026-11-17T07:55", fmt="ooo",
         inv="FA-26-07917", amt="5 230,20", due="2026-11-10",
         frm="Jean-Marc Delorme <jm.delorme@chaudronnerie-bessat.fr>",
         intent="out_of_office", return_date="2026-11-30",
         note="Absent 'du 16 au 27 novembre inclus' -> first day back Monday 30 November.",
         body="""Bonjour,

Je suis absent du 16 au 27 novembre inclus, sans accès à ma messagerie.

Pour les questions relatives aux factures fournisseurs, merci de contacter Mme Laëtitia Brun (l.brun@chaudronnerie-bessat.fr – 04 77 42 90 13).

Pour toute urgence technique ou commerciale : accueil@chaudronnerie-bessat.fr

Cordialement,
Jean-Marc Delorme
Responsable administratif et financier
Chaudronnerie Bessat"""),

    dict(id="s4fr206", country="FR", firm="tr", date="2026-11-18T11:26", fmt="html_outlook", ago=1,
         stage="reminder",
         inv=[("TB-26-1201", "3 480,00", "2026-11-05"), ("TB-26-1215", "2 712,50", "2026-11-10"), ("TB-26-1222", "1 104,00", "2026-11-12")],
         frm="Nadia Ferhat <nadia.ferhat@distrilac-france.com>",
         intent="promise", promise_date="2026-11-30",
         note="The three invoices are in a scheduled transfer 'du lundi 30 novembre' (45 days end of month terms); the date is explicit.",
         body="""Bonjour,

Vos trois factures ont bien été reçues et rapprochées des bons de commande correspondants. Elles sont validées et intégrées à notre prochain virement programmé, qui partira le lundi 30 novembre.

Je me permets de vous rappeler que nos conditions de règlement, telles que précisées dans l'accord-cadre transport, sont de 45 jours fin de mois et non de 30 jours date de facture. Pourriez-vous faire corriger le paramétrage de vos relances, afin d'éviter ces envois à l'avenir ?

Bien cordialement,

Nadia Ferhat
Comptable fournisseurs
DistriLac France – Direction Administrative et Financière
Tél. +33 (0)4 79 60 22 81

Avant d'imprimer, pensez à l'environnement."""),

    dict(id="s4fr207", country="FR", firm="it", date="2026-11-18T15:03", fmt="html_outlook", fwd=True, ago=2,
         stage="reminder", inv="NC-2026-0447", amt="9 120,00", due="2026-11-09",
         frm="Margaux Lefebvre <margaux.lefebvre@assurmutuelle-rhone.fr>",
         intent="contact_change", new_email="factures.fournisseurs@assurmutuelle-rhone.fr",
         note="Assistant asks that reminders and invoices go to the central payables mailbox instead of the project director.",
         body="""Bonjour,

Votre relance est arrivée sur la boîte de M. Perrin, directeur de projet, qui n'intervient pas dans le règlement des factures. Je vous la retransmets pour information.

Afin que vos demandes soient traitées, merci d'adresser dorénavant vos factures et relances exclusivement à notre service comptable, à l'adresse suivante : factures.fournisseurs@assurmutuelle-rhone.fr, en mentionnant le numéro de bon de commande.

Je transmets de mon côté la facture NC-2026-0447 au service pour traitement.

Cordialement,

Margaux Lefebvre
Assistante – Direction de la Transformation
AssurMutuelle Rhône
----------------------------------------------------------
Ce courriel et les documents qui lui sont joints peuvent contenir des informations confidentielles. Toute utilisation ou diffusion non autorisée est interdite."""),

    dict(id="s4fr208", country="FR", firm="ind", date="2026-11-20T08:12", fmt="apple", ago=2,
         stage="reminder", inv="FA-26-07940", amt="842,40", due="2026-11-13",
         frm="Pascal Giraud <pascal.giraud@giraud-serrurerie.fr>",
         intent="paid", paid_on="2026-11-19",
         note="'Réglé hier' in a mail of Friday 20 November -> paid Thursday 19 November.",
         body="""Réglé hier par virement.
Cdt
P. Giraud

Envoyé de mon iPhone"""),

    dict(id="s4fr209", country="FR", firm="tr", date="2026-11-20T16:40", fmt="outlook", ago=3,
         stage="second_reminder",
         inv=[("TB-26-1160", "2 150,00", "2026-10-25"), ("TB-26-1173", "1 890,00", "2026-10-30")],
         frm="Olivier Tessier <o.tessier@cartonneries-dauphine.fr>",
         intent="dispute",
         note="Pays one invoice but blocks TB-26-1173 pending a credit note (two pallets billed that were never loaded): the dispute drives the next action.",
         body="""Bonjour,

Concernant votre relance :

- TB-26-1160 : pas de souci, elle est validée et partira avec notre prochain règlement fournisseurs.
- TB-26-1173 : nous la bloquons. L'enlèvement du 14 octobre (Voiron -> Chalon) vous a été commandé pour 18 palettes, la lettre de voiture signée par votre chauffeur mentionne 18 palettes, et vous en facturez 20. De plus, le supplément « hayon » n'était pas prévu au devis n° DV-2609-044.

Merci de nous faire parvenir un avoir pour la différence ; la facture sera mise en paiement à réception.

Olivier Tessier
Responsable logistique
Cartonneries Dauphiné
04 76 05 31 77"""),

    dict(id="s4fr210", country="FR", firm="it", date="2026-11-23T09:48", fmt="html_outlook", ago=3,
         stage="second_reminder", inv="NC-2026-0426", amt="14 400,00", due="2026-11-02",
         frm="Bureau des Mandatements <mandatements@ch-bourgoin.fr>",
         intent="other",
         note="Hospital: invoice stuck in the validation circuit awaiting certification of service; no commitment, no date: an acknowledgement/status.",
         body="""Madame, Monsieur,

Nous avons bien reçu votre relance relative à la facture NC-2026-0426.

Celle-ci est actuellement en attente de la certification du service fait par la Direction des Systèmes d'Information, préalable obligatoire à son mandatement. Nous avons relancé le service ordonnateur ce jour.

Dès que la certification sera intervenue, le mandat sera émis et transmis au comptable public pour paiement. Nous ne sommes pas en mesure, à ce stade, de vous communiquer de date de règlement.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Bureau des Mandatements – Direction des Affaires Financières
Centre Hospitalier Pierre-Oudot
30 avenue du Médipôle, 38300 Bourgoin-Jallieu"""),

    dict(id="s4fr211", country="FR", firm="ind", date="2026-11-23T14:05", fmt="html_outlook", ago=4,
         stage="firm", inv="FA-26-07655", amt="7 318,00", due="2026-10-15",
         frm="Christine Moulin <christine.moulin@hydrotec-industrie.fr>",
         intent="promise", promise_date="2026-12-01",
         note="'Règlement sous huitaine' in a mail of Monday 23 November -> 1 December (8 days). Side question about waiving the 40 € indemnity.",
         body="""Madame, Monsieur,

Nous accusons réception de votre relance concernant la facture FA-26-07655.

Un retard dans notre circuit de validation interne (changement de responsable achats) explique ce décalage, et nous vous prions de bien vouloir nous en excuser. La facture est désormais validée et son règlement interviendra sous huitaine.

Compte tenu de nos relations commerciales suivies, nous vous serions reconnaissants de bien vouloir renoncer à l'indemnité forfaitaire de 40 € ainsi qu'aux pénalités mentionnées dans votre courrier. Pouvez-vous nous le confirmer ?

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Christine Moulin
Directrice administrative et financière
Hydrotec Industrie SAS
ZA des Plaines – 71100 Chalon-sur-Saône"""),

    dict(id="s4fr212", country="FR", firm="tr", date="2026-11-24T18:21", fmt="tb", ago=6,
         stage="reminder", inv="TB-26-1207", amt="585,00", due="2026-11-08",
         frm="Banque Alimentaire de l'Isère <secretariat@ba-isere.org>",
         intent="copy_request",
         note="Association cannot find the invoice and asks for a PDF duplicate.",
         body="""Bonjour,

Nous avons bien reçu votre message mais nous ne retrouvons pas la facture TB-26-1207 dans nos documents (ni par courrier ni par mail, à notre connaissance).

Pourriez-vous nous en adresser un duplicata au format PDF, à cette adresse ? Notre trésorier passe le jeudi pour les paiements.

Merci d'avance,

Le secrétariat
Banque Alimentaire de l'Isère
Permanence du lundi au jeudi, 9h-12h"""),

    dict(id="s4fr213", country="FR", firm="it", date="2026-11-25T10:30", fmt="html_outlook", ago=2,
         stage="reminder", inv="NC-2026-0452", amt="4 560,00", due="2026-11-15",
         frm="Frédéric Lambert <frederic.lambert@laboratoires-ventoux.fr>",
         intent="bank_details",
         note="Debtor received a letter announcing a change of the creditor's bank account and asks for confirmation before paying (fraud fear).",
         body="""Bonjour,

Nous avons bien votre relance. Avant de procéder au règlement, je souhaite lever un doute.

Nous avons reçu la semaine dernière un courrier à votre en-tête nous informant d'un changement de coordonnées bancaires (nouvel IBAN dans une banque en ligne, FR76 1659 8000 0140 0002 1736 549). Ce type de courrier faisant souvent l'objet de tentatives de fraude, notre procédure interne impose une confirmation par un contact connu.

Pouvez-vous me confirmer, par téléphone de préférence, le RIB sur lequel nous devons virer le montant de la facture NC-2026-0452 ? En attendant, le paiement est suspendu.

Cordialement,

Frédéric Lambert
Contrôleur de gestion – Comptabilité
Laboratoires du Ventoux
84200 Carpentras
Tél. : 04 90 63 17 52"""),

    dict(id="s4fr214", country="FR", firm="ind", date="2026-11-26T17:52", fmt="gmail", ago=1,
         stage="heads_up", inv="FA-26-08012", amt="1 236,00", due="2026-11-27",
         frm="Seb Arnaud <seb.arnaud.metallerie@gmail.com>",
         intent="promise", promise_date="2026-11-30",
         note="Informal reply: 'je fais le virement lundi' on Thursday 26 November -> Monday 30 November.",
         body="""Salut Marc,

Bien reçu ton rappel. Je fais le virement lundi, pas de souci, j'attends juste que le chantier Favre me paye.

Au fait, tu peux me dire si vous avez encore du fil recuit en 1,8 en stock ? Il me faudrait 200 kg pour la semaine prochaine.

Seb"""),

    dict(id="s4fr215", country="FR", firm="tr", date="2026-11-26T11:09", fmt="html_outlook", ago=3,
         stage="second_reminder",
         inv=[("TB-26-1148", "4 320,00", "2026-10-20"), ("TB-26-1152", "2 160,00", "2026-10-22"), ("TB-26-1190", "1 480,00", "2026-11-04")],
         frm="Accounts Payable France <ap.france@nordhaven-retail.com>",
         intent="paid", paid_on="2026-11-20",
         note="Two of the three invoices were paid in the run of 20/11; the third goes in the next run with no date: paid drives the action (record and check the remittance).",
         body="""Bonjour,

Suite à votre relance, voici l'état de vos factures dans notre système :

TB-26-1148 – 4 320,00 € – payée le 20/11/2026 (paiement n° 200114588)
TB-26-1152 – 2 160,00 € – payée le 20/11/2026 (paiement n° 200114588)
TB-26-1190 – 1 480,00 € – validée, sera incluse dans le prochain run de paiement

L'avis de paiement a été envoyé le jour même à l'adresse compta-clients@transports-berard.fr. Merci de vérifier vos encaissements avant relance.

Cordialement,

Accounts Payable France
Nordhaven Retail SAS – Shared Service Center
This e-mail is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it."""),
    dict(id="s4fr216", country="FR", firm="it", date="2026-11-27T08:03", fmt="ooo",
         inv=[("NC-2026-0461", "3 600,00", "2026-11-20"), ("NC-2026-0463", "1 200,00", "2026-11-22")],
         frm="Isabelle Carrère <isabelle.carrere@isere-departement.fr>",
         intent="out_of_office", return_date="2026-12-07",
         note="Absent 'jusqu'au vendredi 4 décembre inclus' -> first working day back Monday 7 December.",
         body="""Bonjour,

Je suis absente jusqu'au vendredi 4 décembre inclus.

Pendant mon absence, les demandes relatives au paiement des fournisseurs peuvent être adressées à la cellule Dépenses : depenses.dfi@isere-departement.fr.

Cordialement,

Isabelle Carrère
Gestionnaire comptable – Direction des Finances
Département de l'Isère"""),

    dict(id="s4fr217", country="FR", firm="ind", date="2026-12-01T10:47", fmt="html_outlook", ago=4,
         stage="firm",
         inv=[("FA-26-07702", "9 842,00", "2026-10-20"), ("FA-26-07760", "2 365,40", "2026-10-28")],
         frm="Laurent Bouvier <laurent.bouvier@sotrafer-industries.com>",
         intent="promise", promise_date="2026-12-10",
         note="Both invoices are included in the payment campaign 'du 10 décembre'. The question about waiving penalties is on the side.",
         body="""Madame, Monsieur,

Suite à votre courrier de relance, je vous informe que les factures FA-26-07702 et FA-26-07760 ont été débloquées après réception des bons de livraison manquants par notre magasin.

Elles seront réglées par virement lors de notre prochaine campagne de paiement fournisseurs, le 10 décembre.

Le retard étant dû à l'absence des BL lors de la livraison, nous considérons que les pénalités de retard et l'indemnité forfaitaire ne sont pas justifiées. Pouvez-vous nous confirmer qu'elles ne nous seront pas facturées ?

Cordialement,

Laurent Bouvier
Responsable comptabilité fournisseurs
Sotrafer Industries
Tél. : 03 85 41 72 06 – Fax : 03 85 41 72 99"""),

    dict(id="s4fr218", country="FR", firm="tr", date="2026-12-01T15:20", fmt="outlook", ago=3,
         stage="reminder", inv="TB-26-1236", amt="2 940,00", due="2026-11-20",
         frm="Corinne Vidal <c.vidal@fromageries-chartreuse.fr>",
         intent="paid", paid_on="2026-11-27",
         note="'Mise en paiement effectuée le 27/11' (numeric date, before the reply of 1 December).",
         body="""Bonjour,

La facture TB-26-1236 a fait l'objet d'une mise en paiement le 27/11, par virement sur votre compte Crédit Agricole se terminant par 0418. Compte tenu des délais interbancaires, les fonds ont dû arriver hier ou arriveront aujourd'hui.

Je vous remercie de ne pas tenir compte de la relance.

Cordialement,
Corinne Vidal
Service comptabilité
Fromageries de Chartreuse"""),

    dict(id="s4fr219", country="FR", firm="it", date="2026-12-02T19:12", fmt="gmail", ago=1, noquote=True,
         stage="reminder", inv="NC-2026-0455", amt="720,00", due="2026-11-18",
         frm="Karim Benali <karim.benali.asso@gmail.com>",
         intent="promise", promise_date="2026-12-03",
         note="Phone-typed, no accents: 'je fais le virement demain' on Wednesday 2 December -> 3 December.",
         body="""bonsoir
desole j avais zappe, le bureau de l asso s est reuni que hier pour valider les depenses
je fais le virement demain matin depuis le compte de l association
karim
president club info senior Vaulx"""),

    dict(id="s4fr220", country="FR", firm="ind", date="2026-12-02T09:31", fmt="html_outlook", fwd=True, ago=5,
         stage="second_reminder",
         inv=[("FA-26-07811", "6 180,00", "2026-11-05"), ("FA-26-07812", "1 020,00", "2026-11-05")],
         frm="Aurélie Marchand <aurelie.marchand@baudin-agencement.fr>",
         intent="dispute",
         note="Goods not conforming (wrong wire diameter), returned; payment refused until a credit note is received. Forwarded by an assistant.",
         body="""Bonjour,

À la demande de M. Baudin, je vous transfère votre relance avec les éléments suivants.

La livraison correspondant à la facture FA-26-07811 (bon de livraison BL-26-10447) n'est pas conforme à notre commande : nous avions commandé du fil galvanisé en diamètre 3,0 mm, nous avons reçu du 2,5 mm. Le défaut a été signalé à votre commercial, M. Rigal, par mail du 22 octobre, et la marchandise est toujours stockée chez nous en attente d'enlèvement.

En conséquence, nous ne réglerons pas la facture FA-26-07811 tant que nous n'aurons pas reçu l'avoir correspondant. La facture FA-26-07812 (frais de port) est également contestée, puisqu'elle se rapporte à la même livraison.

Merci de faire le nécessaire et d'organiser la reprise du matériel.

Cordialement,

Aurélie Marchand
Assistante administrative
Baudin Agencement
Parc d'activités des Ébeaupins – 44470 Carquefou"""),

    dict(id="s4fr221", country="FR", firm="tr", date="2026-12-02T12:15", fmt="html_outlook", ago=2,
         stage="reminder", inv="TB-26-1240", amt="1 312,00", due="2026-11-25",
         frm="Direction Financière - Groupe Orséa <dfin.fournisseurs@orsea-groupe.fr>",
         intent="unsubscribe",
         note="Asks to stop receiving automated reminders (pays on its own contractual terms); no statement about this invoice.",
         body="""Madame, Monsieur,

Nous recevons de votre part des relances automatiques quasi hebdomadaires alors que nos conditions de paiement, contractuellement convenues, sont de 60 jours date de facture.

Nous vous demandons de bien vouloir désactiver l'envoi de ces courriels automatiques vers notre adresse. Nos paiements suivent le calendrier convenu et ces messages encombrent notre boîte de traitement.

Pour toute question ponctuelle, vous pouvez joindre le service au 01 55 30 86 40.

Cordialement,

Direction Financière – Pôle Fournisseurs
Groupe Orséa
92300 Levallois-Perret"""),

    dict(id="s4fr222", country="FR", firm="it", date="2026-12-03T11:58", fmt="html_outlook", ago=3,
         stage="firm",
         inv=[("NC-2026-0372", "8 400,00", "2026-10-01"), ("NC-2026-0389", "5 760,00", "2026-10-15"), ("NC-2026-0407", "3 120,00", "2026-10-31")],
         frm="Stéphane Roux <s.roux@imprimerie-delagrange.fr>",
         intent="plan_request",
         note="Asks to spread the three invoices over a schedule (three monthly payments, starting in January) and waits for the creditor's agreement; no firm date.",
         body="""Bonjour,

Je fais suite à votre relance concernant nos trois factures en souffrance, pour un total de 17 280 €.

Je ne vais pas vous cacher que notre trésorerie est actuellement très tendue : la perte d'un client important en septembre nous a mis en difficulté, et notre banque vient de réduire notre découvert autorisé.

Nous ne contestons aucunement ces sommes et souhaitons trouver une solution. Nous vous proposons un échéancier en trois mensualités égales, à partir de janvier, par virement. Une autre répartition est envisageable si elle vous convient mieux.

Pourriez-vous nous faire savoir si cette proposition est acceptable, et si les pénalités pourraient être suspendues pendant la durée de l'échéancier ?

Cordialement,

Stéphane Roux
Gérant
Imprimerie Delagrange
26000 Valence – 04 75 44 12 63"""),

    dict(id="s4fr223", country="FR", firm="ind", date="2026-12-01T18:36", fmt="apple", ago=1,
         stage="reminder", inv="FA-26-07968", amt="2 104,80", due="2026-11-20",
         frm="Martine Favre <martine.favre@favre-toles.fr>",
         intent="promise", promise_date="2026-12-11",
         note="'Fin de semaine prochaine' written on Tuesday 1 December -> Friday 11 December.",
         body="""Bonsoir,

Je suis en déplacement cette semaine et je n'ai pas accès à la banque en ligne de la société. Je vous règle ça fin de semaine prochaine, sans faute.

Bien à vous,
Martine Favre
Favre Tôles & Profilés

Envoyé de mon iPad"""),

    dict(id="s4fr224", country="FR", firm="tr", date="2026-12-02T16:44", fmt="html_outlook", ago=2,
         stage="second_reminder", inv="TB-26-1195", amt="3 775,00", due="2026-11-06",
         frm="Julien Masson <julien.masson@logivia-services.fr>",
         intent="paid", paid_on="2026-11-25",
         note="States the invoice was paid on 25 November in a grouped SEPA transfer and is reconciled on their side; asks the creditor to check.",
         body="""Bonjour,

Après vérification dans notre ERP, la facture TB-26-1195 a bien été réglée le 25 novembre, par virement SEPA groupé avec trois autres de vos factures (TB-26-1171, TB-26-1183 et TB-26-1188), pour un montant total de 9 412,00 €. La référence du virement est LOGV-SEPA-251126.

De notre côté, la facture est lettrée. Je pense que le virement n'a pas été correctement affecté chez vous. Pouvez-vous vérifier avec votre banque ?

Bien cordialement,

Julien Masson
Comptable
Logivia Services – Direction Administrative et Financière
Tél. : 04 72 81 33 09"""),

    dict(id="s4fr225", country="FR", firm="it", date="2026-12-03T09:02", fmt="bounce",
         inv="NC-2026-0439", amt="2 640,00", due="2026-11-10",
         rcpt="comptabilite@altera-ingenierie.fr", status="5.1.1",
         diag="550 5.1.1 <comptabilite@altera-ingenierie.fr>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx1.altera-ingenierie.fr",
         intent="bounce",
         body="""Delivery has failed to these recipients or groups:

comptabilite@altera-ingenierie.fr
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

La remise a échoué pour ces destinataires : l'adresse comptabilite@altera-ingenierie.fr est introuvable."""),

    dict(id="s4fr226", country="FR", firm="ind", date="2026-12-07T10:22", fmt="html_outlook", ago=3,
         stage="second_reminder",
         inv=[("FA-26-07870", "3 096,00", "2026-11-10"), ("FA-26-07884", "1 116,00", "2026-11-12")],
         frm="Service Comptabilité - Énergies Vallée du Rhône <compta.fournisseurs@evr-energies.fr>",
         intent="paid", paid_on="2026-12-03",
         note="Paid both invoices by a single transfer 'du 3 décembre'; asks for lettrage and an updated account statement (secondary).",
         body="""Bonjour,

Nous vous informons que les factures FA-26-07870 et FA-26-07884 ont été réglées par un virement unique de 4 212,00 € en date du 3 décembre. Le libellé du virement reprend les deux numéros de facture.

Nous vous remercions de bien vouloir procéder au lettrage de ces factures de votre côté.

Par ailleurs, pourriez-vous nous adresser un relevé de compte à jour ? Votre dernier relevé fait apparaître un avoir de 212,40 € (AV-26-0093) qui, à notre connaissance, n'a jamais été imputé.

Cordialement,

Service Comptabilité Fournisseurs
Énergies Vallée du Rhône
26200 Montélimar"""),

    dict(id="s4fr227", country="FR", firm="tr", date="2026-12-08T06:10", fmt="ooo", subj_prefix="Absent du bureau : ",
         inv=[("TB-26-1252", "2 480,00", "2026-11-30"), ("TB-26-1258", "960,00", "2026-12-01")],
         frm="Philippe Garnier <philippe.garnier@vercors-materiaux.fr>",
         intent="out_of_office", return_date="2026-12-15",
         note="'De retour le mardi 15 décembre' is given explicitly.",
         body="""Bonjour,

Merci pour votre message. Je suis actuellement en congés, de retour le mardi 15 décembre.

Votre message ne sera pas transféré. Pour toute question concernant la facturation ou les règlements, vous pouvez écrire à compta@vercors-materiaux.fr ou appeler le standard au 04 76 95 20 14.

Philippe Garnier
Chef comptable – Vercors Matériaux"""),

    dict(id="s4fr228", country="FR", firm="it", date="2026-12-04T14:51", fmt="html_outlook", ago=2,
         stage="reminder", inv="NC-2026-0470", amt="1 980,00", due="2026-11-25",
         frm="Nathalie Brun <direction@mjc-croix-rousse.org>",
         intent="promise", promise_date="2026-12-18",
         note="'Le virement sera effectué d'ici le 18 décembre' -> latest day of the promise, 18 December.",
         body="""Bonjour,

Je vous remercie pour votre relance et vous prie de nous excuser pour ce retard.

Comme vous le savez peut-être, toute dépense supérieure à 1 500 € doit être validée par le bureau de l'association, qui s'est réuni hier soir. La facture NC-2026-0470 (migration de notre messagerie) a été approuvée, et le virement sera effectué par notre trésorier d'ici le 18 décembre.

Question annexe : votre contrat de maintenance est-il reconduit automatiquement au 1er janvier, ou devons-nous vous retourner un bon de commande pour 2027 ?

Bien cordialement,

Nathalie Brun
Directrice
MJC Croix-Rousse
69004 Lyon"""),

    dict(id="s4fr229", country="FR", firm="ind", date="2026-12-08T11:37", fmt="outlook", ago=4,
         stage="reminder", inv="FA-26-07991", amt="468,00", due="2026-11-25",
         frm="Atelier Chantier d'Insertion Le Fil <comptabilite@acile-fil.org>",
         intent="paid", paid_on="2026-12-04",
         note="'Chèque posté vendredi dernier' on Tuesday 8 December -> Friday 4 December.",
         body="""Bonjour,

Nous avons réglé la facture FA-26-07991 par chèque n° 4417562 (Crédit Mutuel), posté vendredi dernier à l'adresse figurant sur votre facture.

Si vous ne l'avez pas reçu d'ici la fin de semaine, merci de nous le signaler, nous ferons opposition et procéderons par virement.

Cordialement,

Sylvie Perret
Comptable
Atelier Chantier d'Insertion Le Fil"""),

    dict(id="s4fr230", country="FR", firm="tr", date="2026-12-08T19:03", fmt="gmail", ago=1,
         stage="firm", inv="TB-26-1213", amt="1 640,00", due="2026-11-10",
         frm="Bruno Lacroix <bruno.lacroix.primeurs@gmail.com>",
         intent="dispute",
         note="Rude refusal: late and damaged delivery; says he will not pay before the damage claim is settled.",
         body="""Non mais vous vous moquez du monde ?

La livraison du 9 octobre est arrivée avec DEUX jours de retard, 3 palettes écrasées, la moitié de la marchandise bonne pour la benne. J'ai fait les réserves sur le CMR devant votre chauffeur, envoyé les photos à votre exploitation le jour même, et depuis RIEN. Aucune réponse.

Et maintenant vous me menacez de pénalités ?? Je ne paierai pas un centime de cette facture tant que mon litige n'est pas réglé. Votre assurance marchandises transportées, elle sert à quoi ?

Appelez-moi si vous voulez discuter, mais ne m'envoyez plus vos relances automatiques.

B. Lacroix
Lacroix Primeurs – MIN de Grenoble"""),
    dict(id="s4fr231", country="FR", firm="it", date="2026-12-09T09:15", fmt="html_outlook", ago=2,
         stage="second_reminder",
         inv=[("NC-2026-0444", "3 960,00", "2026-11-12"), ("NC-2026-0458", "1 320,00", "2026-11-19")],
         frm="Service Finances - Mairie de Villefontaine <finances@mairie-villefontaine.fr>",
         intent="promise",
         note="Town hall: mandates issued and sent to the public accountant, payment 'sous 10 à 15 jours': a commitment to pay, but no single day can be worked out.",
         body="""Madame, Monsieur,

En réponse à votre relance, nous vous informons que les mandats correspondant aux factures NC-2026-0444 et NC-2026-0458 ont été émis le 7 décembre et transmis au Service de Gestion Comptable de Bourgoin-Jallieu, comptable assignataire de la commune.

Le paiement par virement du Trésor Public devrait intervenir dans un délai de 10 à 15 jours à compter de cette transmission.

Nous vous rappelons que, pour les collectivités, les factures doivent obligatoirement être déposées sur Chorus Pro (SIRET de la commune : 213 805 532 00017).

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Le Service Finances
Mairie de Villefontaine
Place Gaston-Monmousseau – 38090 Villefontaine"""),

    dict(id="s4fr232", country="FR", firm="ind", date="2026-12-09T16:28", fmt="html_outlook", ago=2, off="+0000",
         stage="reminder", inv="FA-26-08033", amt="5 612,40", due="2026-11-30",
         frm="Élodie Charrier <elodie.charrier@montagnes-remontees.fr>",
         intent="paid", paid_on="2026-12-09",
         note="'Virement effectué ce jour' -> day of the reply, 9 December (header stamped in UTC, same day in Paris).",
         body="""Bonjour,

Je vous confirme que le virement de 5 612,40 € correspondant à la facture FA-26-08033 a été effectué ce jour.

Vous trouverez l'avis d'opéré en pièce jointe.

Bonne fin de journée,

Élodie Charrier
Assistante comptable
Montagnes & Remontées SAEM
73150 Val-d'Isère
Tél. 04 79 06 48 21"""),

    dict(id="s4fr233", country="FR", firm="tr", date="2026-12-09T11:06", fmt="html_outlook", fwd=True, ago=1,
         stage="reminder",
         inv=[("TB-26-1261", "1 875,00", "2026-11-30"), ("TB-26-1264", "2 010,00", "2026-12-02")],
         frm="Camille Rostand <camille.rostand@alpitrans-negoce.fr>",
         intent="contact_change", new_email="comptabilite.fournisseurs@alpitrans-negoce.fr",
         note="Assistant forwards the reminder back and gives the new payables address; she also forwards the invoices internally.",
         body="""Bonjour,

Je vous retourne votre message, qui a été adressé à l'ancienne adresse générique de l'accueil.

Depuis la réorganisation du 1er décembre, la comptabilité fournisseurs est centralisée au siège de Chambéry. Je vous remercie de bien vouloir mettre à jour votre fichier et d'envoyer désormais factures et relances à : comptabilite.fournisseurs@alpitrans-negoce.fr

J'ai transmis les factures TB-26-1261 et TB-26-1264 au service pour traitement.

Cordialement,

Camille Rostand
Assistante d'agence – Alpitrans Négoce
Agence de Grenoble"""),

    dict(id="s4fr234", country="FR", firm="it", date="2026-12-10T13:42", fmt="tb", ago=3,
         stage="second_reminder", inv="NC-2026-0449", amt="2 760,00", due="2026-11-16",
         frm="Gilles Perrot <gilles.perrot@cabinet-perrot-associes.fr>",
         intent="promise", promise_date="2026-12-15",
         note="'Mardi prochain' written on Thursday 10 December -> Tuesday 15 December.",
         body="""Bonjour,

Toutes mes excuses, votre facture était restée dans le parapheur de mon associé, absent ces dernières semaines.

Elle est signée depuis ce matin. Le virement partira mardi prochain, avec le règlement de nos autres fournisseurs.

Bien cordialement,

Gilles Perrot
Expert-comptable associé
Cabinet Perrot & Associés
07000 Privas"""),

    dict(id="s4fr235", country="FR", firm="ind", date="2026-12-11T10:03", fmt="html_outlook", ago=1,
         stage="formal_notice",
         inv=[("FA-26-07588", "11 240,00", "2026-10-05"), ("FA-26-07604", "2 968,80", "2026-10-09")],
         frm="Direction Administrative et Financière <daf@forezmeca.fr>",
         intent="promise", promise_date="2026-12-17",
         note="After the formal notice, the DAF commits to a transfer 'le jeudi 17 décembre' (before the deadline of the letter, not equal to it).",
         body="""Madame, Monsieur,

Nous accusons réception de votre mise en demeure du 10 décembre.

Nous reconnaissons le retard de règlement des factures FA-26-07588 et FA-26-07604, consécutif à la défaillance d'un de nos clients. Le montant total de 14 208,80 € sera réglé par virement le jeudi 17 décembre ; l'ordre est d'ores et déjà saisi dans notre outil bancaire et attend la double signature.

Nous vous remercions de bien vouloir suspendre toute démarche de recouvrement d'ici là.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Anne-Sophie Guichard
Directrice administrative et financière
ForezMéca SAS – 42160 Andrézieux-Bouthéon"""),

    dict(id="s4fr236", country="FR", firm="tr", date="2026-12-11T15:17", fmt="html_outlook", ago=3,
         stage="repeat",
         inv=[("TB-26-1139", "980,00", "2026-10-15"), ("TB-26-1177", "1 150,00", "2026-10-31"), ("TB-26-1230", "640,00", "2026-11-20")],
         frm="Yannick Morel <yannick.morel@scierie-morel.fr>",
         intent="other",
         note="Asks to be called back to review the account before closing the books; no payment statement, no dispute yet.",
         body="""Bonjour,

Je reçois régulièrement vos relances mais j'avoue m'y perdre un peu : nous avons effectué plusieurs règlements partiels ces derniers mois et je ne sais plus ce qui reste réellement dû chez vous.

Pourriez-vous demander à quelqu'un de votre service comptable de m'appeler, afin que nous fassions un point complet sur notre compte avant la clôture de l'exercice ? Je suis joignable au 04 75 28 61 90, plutôt le matin.

Merci,

Yannick Morel
Scierie Morel – Lamastre"""),

    dict(id="s4fr237", country="FR", firm="it", date="2026-12-14T09:55", fmt="html_outlook", ago=4,
         stage="reminder", inv="NC-2026-0475", amt="6 000,00", due="2026-12-01",
         frm="Trésorerie Groupe - Fondation Saint-Exupère <tresorerie@fondation-saint-exupere.org>",
         intent="bank_details",
         note="The debtor announces its own change of bank (new IBAN, direct debit mandate to update); the payment itself is only mentioned as following its usual course.",
         body="""Madame, Monsieur,

Nous vous informons que la Fondation a changé d'établissement bancaire au 1er décembre 2026. Nos paiements sont désormais émis depuis notre compte ouvert à la Caisse d'Épargne Rhône Alpes :

IBAN : FR76 1382 5002 0008 0047 2190 318
BIC : CEPAFRPP382

Si vous procédez à des prélèvements sur notre ancien compte (contrat de maintenance), merci de nous faire parvenir un nouveau mandat SEPA à signer. Un courrier officiel signé de notre Directeur financier vous parviendra par voie postale.

La facture NC-2026-0475 suit par ailleurs le circuit de validation habituel.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Service Trésorerie
Fondation Saint-Exupère
69007 Lyon"""),

    dict(id="s4fr238", country="FR", firm="ind", date="2026-12-14T20:31", fmt="gmail", ago=3,
         stage="second_reminder", inv="FA-26-07925", amt="1 594,00", due="2026-11-15",
         frm="Rémi Chabert <remi.chabert.forge@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="'Le virement partira lundi 21, juste avant Noël' on Monday 14 December -> 21 December.",
         body="""Bonsoir,

Oui je sais, je suis en retard, désolé. On a eu un trou de trésorerie avec le retard d'un gros chantier.

Le client me paye en fin de semaine, donc le virement pour vous partira lundi 21, juste avant Noël.

Une question : la commande passée la semaine dernière (les 4 bobines de fil de 4 mm) est bien partie ? Je n'ai pas eu de confirmation d'expédition.

Rémi
Forge Chabert – ferronnerie d'art"""),

    dict(id="s4fr239", country="FR", firm="tr", date="2026-12-14T11:12", fmt="html_outlook", ago=3,
         stage="firm", inv="TB-26-1245", amt="4 860,00", due="2026-11-25",
         frm="Thomas Régnier <thomas.regnier@grandscellierslyonnais.fr>",
         intent="dispute",
         note="Contests the due date (60 days in the framework contract, so not yet due) and the penalties and 40 € indemnity claimed.",
         body="""Madame, Monsieur,

Votre troisième relance nous surprend.

Le contrat-cadre de transport signé le 3 février 2026 (article 9) prévoit un règlement à 60 jours date de facture. Votre facture TB-26-1245, datée du 26 octobre, n'est donc exigible qu'à compter du 25 décembre, et non du 25 novembre comme indiqué.

Nous contestons en conséquence l'application de pénalités de retard et de l'indemnité forfaitaire de recouvrement, et vous demandons de corriger l'échéance dans votre système.

La facture sera réglée à son échéance contractuelle, selon notre calendrier habituel.

Cordialement,

Thomas Régnier
Responsable comptabilité
Les Grands Celliers Lyonnais
69120 Vaulx-en-Velin"""),

    dict(id="s4fr240", country="FR", firm="it", date="2026-12-15T10:48", fmt="apple", ago=1,
         stage="reminder", inv="NC-2026-0481", amt="540,00", due="2026-12-05",
         frm="Léa Montagnier <lea@compagnie-theatre-grain-de-sel.fr>",
         intent="paid", paid_on="2026-12-15",
         note="'C'est parti ce matin, virement instantané' on Tuesday 15 December -> paid that day.",
         body="""Bonjour,

C'est parti ce matin, virement instantané, vous devriez déjà l'avoir.

Désolée pour le retard, on était en tournée !

Léa
Compagnie Grain de Sel

Envoyé de mon iPhone"""),

    dict(id="s4fr241", country="FR", firm="ind", date="2026-12-14T14:27", fmt="html_outlook", ago=4,
         stage="second_reminder",
         inv=[("FA-26-07976", "8 312,00", "2026-11-25"), ("FA-26-07989", "2 604,00", "2026-11-28"), ("FA-26-08002", "1 488,00", "2026-11-30")],
         frm="Shared Services - Comptes Fournisseurs <p2p.france@valtronic-group.com>",
         intent="promise", promise_date="2026-12-16",
         note="Two of three invoices are scheduled in the payment run 'du mercredi 16/12'; the third is blocked pending goods receipt in SAP (internal, not a contest). Promise drives the action.",
         body="""Bonjour,

Voici le statut de vos factures :

• FA-26-07976 : validée – incluse dans le run de paiement du mercredi 16/12
• FA-26-07989 : validée – incluse dans le run de paiement du mercredi 16/12
• FA-26-08002 : bloquée – la réception de marchandise n'a pas été saisie dans SAP sur le bon de commande 4500218873. Nous avons relancé le magasin de Roanne ; la facture sera débloquée dès la saisie de l'entrée en stock.

Pour toute question, merci de rappeler la référence fournisseur F-102548.

Kind regards / Cordialement,

Comptes Fournisseurs France
Valtronic Group – P2P Shared Services
Ce message est confidentiel. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en informer l'expéditeur."""),

    dict(id="s4fr242", country="FR", firm="tr", date="2026-12-14T08:49", fmt="outlook", ago=3,
         stage="final_notice", inv="TB-26-1168", amt="3 216,00", due="2026-10-28",
         frm="Didier Blanchard <d.blanchard@blanchard-bois-energie.fr>",
         intent="promise", promise_date="2026-12-18",
         note="'Virement à la fin de la semaine' on Monday 14 December -> Friday 18 December (the letter's deadline is 19 December).",
         body="""Bonjour,

Suite à votre dernier rappel, je vous informe que notre banque a accepté vendredi de renouveler notre ligne de crédit de campagne.

Le virement de 3 216,00 € sera donc effectué à la fin de la semaine. Je vous remercie de ne pas transmettre le dossier au recouvrement.

Cordialement,

Didier Blanchard
Gérant – Blanchard Bois Énergie
43200 Yssingeaux"""),

    dict(id="s4fr243", country="FR", firm="it", date="2026-12-15T16:02", fmt="html_outlook", ago=6,
         stage="firm", inv="NC-2026-0398", amt="7 920,00", due="2026-10-20",
         frm="SELARL Morand & Associés <procedures@mj-morand.fr>",
         intent="other",
         note="Letter from the court-appointed creditors' representative (redressement judiciaire): the creditor must declare its claim; not a promise or dispute.",
         body="""Madame, Monsieur,

Nous intervenons en qualité de mandataire judiciaire de la société ALTIS DIGITAL SAS (RCS Lyon 812 447 905), à l'égard de laquelle le Tribunal de commerce de Lyon a ouvert une procédure de redressement judiciaire par jugement du 25 novembre 2026, publié au BODACC le 5 décembre 2026.

Votre relance concerne une créance antérieure au jugement d'ouverture. En application de l'article L622-7 du Code de commerce, son paiement est interdit. Nous vous invitons à déclarer votre créance auprès de notre étude dans un délai de deux mois à compter de la publication au BODACC, de préférence via le portail www.creditors-services.com, accompagnée des justificatifs (factures, bons de commande, relevé de compte).

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour Maître Claire Morand,
Le service Vérification des créances
SELARL Morand & Associés – Mandataires judiciaires
69003 Lyon"""),

    dict(id="s4fr244", country="FR", firm="ind", date="2026-12-16T12:24", fmt="gmail", ago=2,
         stage="final_notice",
         inv=[("FA-26-07741", "1 860,00", "2026-10-25"), ("FA-26-07793", "945,00", "2026-11-02")],
         frm="Agnès Tardy <agnes.tardy.sarl@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="'D'ici la fin du mois' written on 16 December -> 31 December.",
         body="""Bonjour,

Merci de ne pas transmettre au contentieux, on va payer.

Pour être honnête, je ne peux pas tout régler cette semaine, mais les deux factures seront soldées d'ici la fin du mois, en un seul virement. On attend le paiement d'un marché public qui a du retard.

Cordialement,
Agnès Tardy
SARL Tardy Clôtures"""),

    dict(id="s4fr245", country="FR", firm="tr", date="2026-12-16T09:38", fmt="html_outlook", fwd=True, ago=5,
         stage="firm", inv="TB-26-1219", amt="2 395,00", due="2026-11-15",
         frm="Mélanie Costa <melanie.costa@opale-cosmetiques.fr>",
         intent="paid", paid_on="2026-12-11",
         note="Assistant relays the accounts department: invoice 'mis en paiement le 11 décembre par virement'.",
         body="""Bonjour,

Je fais suivre votre relance que M. Dumont m'a transmise.

Notre service comptable me confirme que la facture TB-26-1219 a été mise en paiement le vendredi 11 décembre, par virement, dans le cadre de notre paiement fournisseurs hebdomadaire. Le règlement doit donc être arrivé sur votre compte.

Merci de vérifier de votre côté et de ne pas tenir compte des pénalités.

Bonne journée,

Mélanie Costa
Assistante de direction
Opale Cosmétiques – 01700 Miribel"""),

    dict(id="s4fr246", country="FR", firm="it", date="2026-12-18T17:30", fmt="ooo",
         inv="NC-2026-0486", amt="3 240,00", due="2026-12-10",
         frm="Bertrand Jacquier <b.jacquier@universite-savoie-alpes.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="University closure; 'de retour le lundi 4 janvier 2027' given explicitly.",
         body="""Bonjour,

L'université est fermée du 19 décembre 2026 au 3 janvier 2027. Je serai de retour le lundi 4 janvier 2027.

Les messages reçus pendant cette période seront traités à partir de cette date. Pour les factures, merci de vérifier que votre dépôt sur Chorus Pro mentionne bien le numéro de bon de commande.

Bertrand Jacquier
Service Facturier – Agence comptable
Université Savoie Alpes"""),

    dict(id="s4fr247", country="FR", firm="it", date="2026-12-17T10:19", fmt="html_outlook", ago=2,
         stage="reminder",
         inv=[("NC-2026-0466", "10 800,00", "2026-12-05"), ("NC-2026-0468", "2 700,00", "2026-12-06")],
         frm="Guillaume Faure <guillaume.faure@transdev-savoie-mobilites.fr>",
         intent="copy_request",
         note="Asks for the detail of the days invoiced (signed timesheets) needed to certify the service before payment.",
         body="""Bonjour,

Nous ne pouvons pas valider les factures NC-2026-0466 et NC-2026-0468 en l'état : notre procédure de contrôle impose, pour les prestations en régie, que le détail des jours facturés soit joint à la facture.

Pourriez-vous nous adresser les feuilles de temps signées par notre chef de projet pour octobre et novembre, ou à défaut un relevé détaillé des jours par consultant ? Dès réception, les factures passeront dans le circuit de validation.

Cordialement,

Guillaume Faure
Contrôleur de gestion – Achats
Savoie Mobilités
73000 Chambéry"""),

    dict(id="s4fr248", country="FR", firm="tr", date="2026-12-17T15:46", fmt="html_outlook", ago=1,
         stage="reminder",
         inv=[("TB-26-1270", "1 728,00", "2026-12-10"), ("TB-26-1274", "864,00", "2026-12-12")],
         frm="Sophie Girard <sophie.girard@papeteries-isere.fr>",
         intent="promise", promise_date="2026-12-22",
         note="'Virement programmé pour le mardi 22/12' (explicit, after the reply of 17 December).",
         body="""Bonjour,

Vos deux factures sont validées. Le virement est programmé pour le mardi 22/12, dernier jour de paiement avant notre fermeture de fin d'année.

Pouvez-vous nous indiquer si vos camions assureront bien les enlèvements du lundi 28 décembre ? Notre planning logistique doit être bouclé demain.

Cordialement,

Sophie Girard
Comptabilité – Papeteries de l'Isère"""),

    dict(id="s4fr249", country="FR", firm="ind", date="2026-12-18T11:33", fmt="tb", ago=4,
         stage="repeat", inv="FA-26-08027", amt="3 412,00", due="2026-11-28",
         frm="Comptabilité Roche & Vial <compta@roche-vial.fr>",
         intent="dispute",
         note="Says the invoice is a duplicate of one already paid (same order, same amount) and owes nothing on it: a dispute of the invoice itself.",
         body="""Bonjour,

La facture FA-26-08027 que vous nous relancez est un doublon de la facture FA-26-07958 : même bon de commande (BC 26-0412), même bon de livraison, même montant de 3 412,00 €. La FA-26-07958 a été réglée le 30 octobre.

Nous ne réglerons donc pas cette facture. Merci d'émettre un avoir pour l'annuler et de cesser les relances à ce sujet.

Cordialement,

Service comptable
Roche & Vial SAS"""),

    dict(id="s4fr250", country="FR", firm="it", date="2026-12-22T08:41", fmt="html_outlook", ago=1,
         stage="second_reminder", inv="NC-2026-0459", amt="4 080,00", due="2026-11-25",
         frm="Emmanuel Duclos <emmanuel.duclos@cci-nord-isere.fr>",
         intent="promise", promise_date="2026-12-24",
         note="'Sous 48h' written on Tuesday 22 December -> Thursday 24 December.",
         body="""Bonjour,

Le bon de commande a enfin été signé par notre Directeur général hier soir. La mise en paiement interviendra sous 48h, avant la fermeture de nos services pour les fêtes.

Je vous souhaite de bonnes fêtes de fin d'année.

Emmanuel Duclos
Responsable administratif et financier
CCI Nord-Isère"""),
]
