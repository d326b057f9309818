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
]
