"""French replies to Atelier Dupont's reminders. Each body is written by hand."""

# invoice numbers named in a reply that are not the reminded one (f2054: an earlier, paid invoice)
EXTRA_KNOWN = ["F-2026-0364"]


def C(id, intent, date, frm, body, **kw):
    return dict(id=id, intent=intent, date=date, body=body, **{"from": frm}, **kw)


CASES = [
C("f2001", "promise", "2026-11-04 10:12", "Jean-Marc Vial <jm.vial@menuiserie-vial.fr>", """
Bonjour,

Je vous règle ça vendredi sans faute, j'attendais moi-même le paiement d'un chantier.

Cordialement,
Jean-Marc Vial
Menuiserie Vial
""", inv="F-2026-0412", amt="1 240,00", due="2026-10-20", promise_date="2026-11-06"),

C("f2002", "paid", "2026-11-05 18:47", "Karim B <karim.benali@gmail.com>", """
virement fait hier soir depuis mon appli, vous devriez le voir demain ou apres demain
bonne soirée
""", inv="F-2026-0398", amt="312,50", due="2026-10-22", fmt="apple", paid_on="2026-11-04"),

C("f2003", "dispute", "2026-11-06 09:31", "Sophie Garnier <s.garnier@garnier-deco.fr>", """
Madame, Monsieur,

Je suis très surprise de recevoir cette relance. Les deux chaises commandées sur cette facture ne nous ont jamais été livrées : le transporteur a laissé un avis de passage le 2 octobre et le colis est reparti chez vous.

Je ne réglerai pas une marchandise que je n'ai pas reçue. Merci de vérifier de votre côté auprès du transporteur et de m'envoyer soit les chaises, soit un avoir.

Sophie Garnier
Garnier Déco – 8 place du Marché, 26000 Valence
06 12 44 87 19
""", inv="F-2026-0377", amt="890,00", due="2026-10-15", fmt="html_outlook", stage="second_reminder"),

C("f2004", "out_of_office", "2026-11-09 08:02", "Laurent Mercier <l.mercier@cabinet-mercier.fr>", """
Bonjour,

Je suis absent du bureau jusqu'au vendredi 13 novembre inclus, sans accès à mes e-mails.
Pour toute urgence, merci de contacter Mme Perrin au 04 72 33 10 20.

Je vous répondrai dès mon retour le lundi 16 novembre.

Laurent Mercier
""", inv="F-2026-0420", amt="2 400,00", due="2026-10-31", fmt="ooo", return_date="2026-11-16"),

C("f2005", "promise", "2026-11-17 14:25", "Comptabilité SARL Batiprest <compta@batiprest.fr>", """
Bonjour,

Nous avons bien noté. La facture sera payée d'ici le 15, avec notre campagne de règlements fournisseurs.

Bien à vous,
Service comptable
SARL Batiprest
""", inv="F-2026-0389", amt="4 150,00", due="2026-10-30", fmt="outlook", promise_date="2026-12-15",
  note="'d'ici le 15' on 17 Nov: the next 15th is 15 Dec"),

C("f2006", "plan_request", "2026-11-10 11:40", "Nathalie Roux <nathalie.roux62@orange.fr>", """
Bonjour,

Je traverse une période compliquée (mon mari est en arrêt maladie depuis septembre) et je ne peux pas régler les 780 euros d'un coup. Est-ce que ce serait possible de payer en trois fois ? Je peux faire un premier versement début décembre.

Merci de votre compréhension,
Nathalie Roux
""", inv="F-2026-0401", amt="780,00", due="2026-10-25", fmt="tb"),

C("f2007", "copy_request", "2026-11-12 16:03", "Pierre-Yves Le Gall <py.legall@legall-transports.bzh>", """
Bonjour,

Je ne retrouve pas cette facture dans nos fichiers. Pouvez-vous me la renvoyer en PDF svp ? Je la passe en paiement dès réception.

PY Le Gall
""", inv="F-2026-0433", amt="1 560,00", due="2026-11-05"),

C("f2008", "promise", "2026-11-10 09:55", "Élodie Fabre <elodie@fabre-paysage.fr>", """
Bonjour Monsieur Dupont,

Toutes mes excuses pour ce retard, la facture m'était passée sous le nez. Je fais le nécessaire avant la fin du mois.

Belle journée,
Élodie
""", inv="F-2026-0415", amt="645,00", due="2026-10-28", fmt="apple", promise_date="2026-11-30"),

C("f2009", "paid", "2026-11-13 12:18", "M. et Mme Charpentier <charpentier.gerard@wanadoo.fr>", """
Madame, Monsieur,

Nous vous avons envoyé un chèque de 420 euros par la poste lundi dernier, le 9 novembre, à l'adresse de la rue des Tanneurs. Il aurait dû vous parvenir.

Pouvez-vous nous confirmer sa réception ?

Salutations distinguées,
Gérard Charpentier
""", inv="F-2026-0395", amt="420,00", due="2026-10-20", fmt="tb", stage="second_reminder", paid_on="2026-11-09"),

C("f2010", "unsubscribe", "2026-11-11 20:14", "Thomas Lefort <tlefort@free.fr>", """
Merci de ne plus m'envoyer ces mails. Je ne suis pas votre client et je ne connais pas votre entreprise.
""", inv="F-2026-0428", amt="150,00", due="2026-11-01", fmt="none",
  note="says he is not a customer, but the explicit request is to stop the emails"),

C("f2011", "promise", "2026-11-16 07:42", "Franck Dubreuil <franck.dubreuil@dubreuil-elec.fr>", """
slt
je passe au bureau jeudi je fais le virement a ce moment la
franck

Envoyé de mon iPhone
""", inv="F-2026-0440", amt="1 980,00", due="2026-11-02", fmt="apple", promise_date="2026-11-19"),

C("f2012", "paid", "2026-11-16 10:30", "Céline Marchand <c.marchand@hotel-lesalpes.fr>", """
Bonjour,

Le règlement de la facture F-2026-0402 est parti le 12/11 par virement (réf. VIR-SEPA 88123). Merci de vérifier avec votre banque, les virements peuvent prendre 2 jours ouvrés.

Cordialement,
Céline Marchand
Responsable administrative
Hôtel Les Alpes – 3 avenue de la Gare, 74400 Chamonix
""", inv="F-2026-0402", amt="3 210,00", due="2026-10-31", fmt="html_outlook", paid_on="2026-11-12"),

C("f2013", "dispute", "2026-11-17 15:06", "Bernard Aubry <b.aubry@aubry-sa.fr>", """
Bonjour,

Le montant facturé ne correspond pas au devis signé : le devis n° D-2026-118 prévoyait 2 350 € HT, vous facturez 2 850 € HT. Personne ne nous a prévenus d'un supplément.

Nous réglerons le montant du devis dès réception d'une facture rectifiée. En l'état, nous bloquons le paiement.

Bernard Aubry
Directeur administratif et financier
""", inv="F-2026-0384", amt="3 420,00", due="2026-10-18", fmt="html_outlook", stage="firm"),

C("f2014", "out_of_office", "2026-11-18 06:00", "Anne Chevalier <anne.chevalier@chevalier-avocats.fr>", """
Bonjour,

Je suis actuellement en congé et serai de retour le 24 novembre.
En cas d'urgence, vous pouvez joindre le secrétariat au 01 45 22 18 90.

Cordialement,
Anne Chevalier
""", inv="F-2026-0436", amt="1 200,00", due="2026-11-08", fmt="ooo", return_date="2026-11-24"),

C("f2015", "promise", "2026-11-19 11:11", "Olivier Perrot <operrot@perrot-immobilier.com>", """
Bonjour,

Notre comptable passe les règlements le 5 du mois prochain, votre facture est dans la liste.

Olivier Perrot
""", inv="F-2026-0419", amt="960,00", due="2026-10-31", promise_date="2026-12-05"),

C("f2016", "paid", "2026-11-19 13:27", "Jacqueline Morel <jacqueline.morel47@laposte.net>", """
Bonjour

J'ai payé par carte sur votre lien internet la semaine dernière, j'ai même reçu un mail de confirmation. Je ne comprends pas pourquoi vous me relancez encore.

Jacqueline Morel
""", inv="F-2026-0408", amt="89,90", due="2026-10-30", fmt="tb", stage="second_reminder",
  note="paid 'last week' without a precise day: no paid_on"),

C("f2017", "bank_details", "2026-11-20 09:48", "Compta Fournisseurs <fournisseurs@groupe-leroy.fr>", """
Bonjour,

Afin de procéder au paiement, merci de nous transmettre un RIB au nom de la société Atelier Dupont. Notre procédure interne nous interdit de payer sans RIB signé sur papier à en-tête.

Service Fournisseurs
Groupe Leroy – 45 boulevard Carnot, 59000 Lille
""", inv="F-2026-0426", amt="5 600,00", due="2026-11-10", fmt="html_outlook"),

C("f2018", "promise", "2026-11-20 17:59", "Mathieu Rey <mathieu.rey@reystudio.fr>", """
Bonsoir,

Désolé, gros rush ce mois-ci. Je vous fais le virement sous 8 jours, promis.

Mathieu
""", inv="F-2026-0437", amt="420,00", due="2026-11-05", fmt="gmail", promise_date="2026-11-28"),

C("f2019", "contact_change", "2026-11-23 10:02", "Isabelle Fontaine <i.fontaine@fontaine-et-fils.fr>", """
Bonjour,

Je quitte l'entreprise à la fin de la semaine. Merci d'adresser désormais toutes les factures et relances à notre nouvelle comptable, Mme Karine Blanc : k.blanc@fontaine-et-fils.fr

Je lui ai transmis votre relance, elle reviendra vers vous.

Isabelle Fontaine
""", inv="F-2026-0431", amt="1 740,00", due="2026-11-10", fmt="html_outlook", new_email="k.blanc@fontaine-et-fils.fr"),

C("f2020", "paid", "2026-11-23 14:44", "Restaurant Le Comptoir <contact@lecomptoir-lyon.fr>", """
Bonjour,

C'est réglé depuis le 18, vous devriez l'avoir sur votre compte.

L'équipe du Comptoir
""", inv="F-2026-0411", amt="275,00", due="2026-11-04", paid_on="2026-11-18"),

C("f2021", "dispute", "2026-11-24 08:15", "Hervé Lambert <herve.lambert@sfr.fr>", """
Bonjour,

Je conteste cette facture. Le meuble livré présente une fissure sur le plateau et une porte qui ne ferme pas. J'ai envoyé des photos à votre atelier le 3 novembre et personne ne m'a répondu.

Tant que le problème n'est pas réglé je ne paierai pas le solde.

H. Lambert
""", inv="F-2026-0405", amt="1 150,00", due="2026-10-31", fmt="apple", stage="second_reminder"),

C("f2022", "out_of_office", "2026-11-24 12:00", "Marc Delorme <m.delorme@delorme-btp.fr>", """
Merci pour votre message.

Je suis en déplacement sur chantier du 23 au 27 novembre avec un accès limité à ma messagerie. Je traiterai votre demande à mon retour, le lundi 30 novembre.

Marc Delorme
Delorme BTP – ZA des Peupliers, 38300 Bourgoin-Jallieu
""", inv="F-2026-0439", amt="2 860,00", due="2026-11-12", fmt="ooo", return_date="2026-11-30"),

C("f2023", "promise", "2026-11-24 16:40", "Sandrine Pichon <sandrine.pichon@pichon-coiffure.fr>", """
Bonjour,

Je vous fais un chèque mardi prochain, je passe à Lyon ce jour-là je le déposerai directement à l'atelier.

Sandrine
""", inv="F-2026-0418", amt="210,00", due="2026-11-01", fmt="tb", promise_date="2026-12-01",
  note="'mardi prochain' written on Tuesday 24 Nov: the following Tuesday, 1 Dec"),

C("f2024", "plan_request", "2026-11-25 10:20", "David Nguyen <d.nguyen@nguyen-traiteur.fr>", """
Bonjour,

Suite à votre relance, je vous informe que notre trésorerie est très tendue depuis la fermeture de notre deuxième point de vente. Nous ne contestons pas la facture.

Serait-il possible d'étaler le paiement sur 4 mois, soit environ 800 € par mois à partir de décembre ? Je peux mettre en place un virement permanent.

Merci d'avance pour votre retour.

David Nguyen
Nguyen Traiteur
""", inv="F-2026-0391", amt="3 200,00", due="2026-10-20", fmt="html_outlook", stage="firm"),

C("f2025", "paid", "2026-11-25 19:02", "lucie.bernard84@gmail.com", """
bonsoir je vous ai envoye le cheque vendredi. lucie bernard
""", inv="F-2026-0423", amt="135,00", due="2026-11-06", fmt="gmail", paid_on="2026-11-20",
  note="'vendredi' in a Wednesday 25 Nov mail: the past Friday, 20 Nov"),

C("f2026", "other", "2026-11-26 09:12", "Paul Girard <paul.girard@girard-architectes.fr>", """
Bonjour,

Est-ce que la facture comprend bien le déplacement du 14 octobre ou est-ce que ça fera l'objet d'une facture séparée ? Je voudrais juste savoir pour mon budget client.

Merci,
Paul Girard
""", inv="F-2026-0429", amt="1 875,00", due="2026-11-30", fmt="gmail", stage="heads_up",
  note="a question about the content of the invoice, not a dispute"),

C("f2027", "promise", "2026-11-26 11:35", "Virginie Masson <v.masson@masson-optique.fr>", """
Bonjour,

Bien reçu votre relance. Le paiement sera effectué le 10 décembre, date à laquelle nous réglons l'ensemble de nos fournisseurs.

Cordialement,
Virginie Masson
Masson Optique – 22 rue Nationale, 37000 Tours
02 47 61 33 08
""", inv="F-2026-0430", amt="740,00", due="2026-11-12", fmt="outlook", promise_date="2026-12-10"),

C("f2028", "bounce", "2026-11-04 09:03", "MAILER-DAEMON", """
Votre message n'a pas pu être remis à un ou plusieurs destinataires.

  contact@boulangerie-ferrand.fr
    Adresse introuvable : la boîte aux lettres n'existe pas.

Ce message a été généré automatiquement.
""", inv="F-2026-0386", amt="92,40", due="2026-10-20", fmt="bounce", rcpt="contact@boulangerie-ferrand.fr",
  status="5.1.1", diag="550 5.1.1 <contact@boulangerie-ferrand.fr>: Recipient address rejected: User unknown in virtual mailbox table",
  subj="Non remis : Relance : facture F-2026-0386 échue – Atelier Dupont"),

C("f2029", "paid", "2026-11-27 08:50", "Agence Horizon <admin@agence-horizon.fr>", """
Bonjour,

Ci-joint la preuve de virement pour la facture F-2026-0416 (montant 1 320,00 €, exécuté le 25/11/2026).

Bonne journée,
Chloé – Agence Horizon
""", inv="F-2026-0416", amt="1 320,00", due="2026-11-10", fmt="html_gmail", paid_on="2026-11-25",
  note="mentions an attachment that is not there"),

C("f2030", "promise", "2026-11-27 13:13", "Rémi Colas <remi.colas@colas-charpente.fr>", """
Bonjour,

Je suis en attente du règlement de mon propre client (la mairie), qui doit intervenir d'ici deux semaines. Je vous paie dès réception de ce règlement.

Rémi Colas
""", inv="F-2026-0417", amt="2 100,00", due="2026-11-05", fmt="tb", stage="second_reminder",
  note="conditional on his own customer paying: no precise date"),

C("f2031", "unsubscribe", "2026-11-27 21:30", "Francis Leblanc <francis.leblanc@orange.fr>", """
Bonsoir,

Je vous demande de cesser immédiatement de m'envoyer ces relances automatiques. Si vous avez quelque chose à me dire, appelez-moi.

Désinscrivez-moi de votre liste.

F. Leblanc
""", inv="F-2026-0404", amt="560,00", due="2026-10-31", fmt="none", stage="firm"),

C("f2032", "dispute", "2026-11-30 10:05", "Compta Sodimat <comptabilite@sodimat.fr>", """
Bonjour,

Nous n'avons jamais passé cette commande. Aucun bon de commande n'a été émis par notre service achats pour ce montant. Merci de nous fournir le bon de commande signé ou d'annuler cette facture.

Service comptabilité
SODIMAT
""", inv="F-2026-0432", amt="1 090,00", due="2026-11-15", fmt="html_outlook"),

C("f2033", "promise", "2026-11-30 14:22", "Hélène Vasseur <helene.vasseur@icloud.com>", """
Bonjour,

Oui pardon, je paie demain matin sans faute.

Hélène

Envoyé de mon iPhone
""", inv="F-2026-0425", amt="180,00", due="2026-11-14", fmt="apple", promise_date="2026-12-01"),

C("f2034", "out_of_office", "2026-11-30 07:15", "Comptabilité Vergers du Sud <compta@vergersdusud.fr>", """
Bonjour,

Notre service comptabilité est fermé pour inventaire jusqu'au 4 décembre. Votre message sera traité à partir du lundi 7 décembre.

Merci de votre compréhension.
""", inv="F-2026-0421", amt="3 380,00", due="2026-11-10", fmt="ooo", return_date="2026-12-07",
  subj_prefix="Absence : ", note="closed until 4 Dec, processed from Monday 7 Dec: return 7 Dec"),

C("f2035", "copy_request", "2026-12-01 09:40", "Stéphane Boyer <stephane.boyer@boyer-auto.fr>", """
Bonjour,

Pourriez-vous m'envoyer un duplicata de la facture ? L'original a été égaré lors de notre déménagement. Je dois aussi avoir le bon de livraison si possible.

Merci,
Stéphane Boyer
Boyer Automobiles
""", inv="F-2026-0434", amt="2 450,00", due="2026-11-20", fmt="outlook"),

C("f2036", "paid", "2026-12-01 11:55", "Ghislaine Texier <g.texier@texier-fleurs.fr>", """
Bonjour,

Je pense qu'il y a une erreur : j'ai réglé cette facture en espèces à votre technicien le jour de l'intervention, il m'a même fait un reçu.

Cordialement,
Ghislaine Texier
""", inv="F-2026-0413", amt="160,00", due="2026-11-10", fmt="tb"),

C("f2037", "promise", "2026-12-01 15:30", "Julien Faure <j.faure@faure-menuiseries.com>", """
Bonjour,

Le paiement sera fait avant vendredi. Pouvez-vous au passage me confirmer que vous avez bien reçu notre bon de commande pour la deuxième tranche ?

Julien Faure
""", inv="F-2026-0438", amt="1 320,00", due="2026-11-20", fmt="html_gmail", promise_date="2026-12-04",
  note="promise mixed with a question"),

C("f2038", "dispute", "2026-12-02 09:20", "Mme Paulette Renaud <paulette.renaud@wanadoo.fr>", """
Madame, Monsieur,

Votre technicien est venu 45 minutes et vous me facturez 2 heures de main-d'œuvre. Je veux bien payer ce qui a été fait, mais pas ce qui n'a pas été fait. Ma voisine était présente, elle peut en témoigner.

Je vous demande de corriger cette facture.

Paulette Renaud
""", inv="F-2026-0427", amt="238,00", due="2026-11-15", fmt="tb", stage="second_reminder"),

C("f2039", "plan_request", "2026-12-02 10:45", "Yann Kerbrat <yann.kerbrat@kerbrat-marine.bzh>", """
Bonjour,

Est-il envisageable de payer cette facture en 2 fois : la moitié maintenant et le reste fin janvier ? La saison a été mauvaise.

Cordialement,
Yann Kerbrat
""", inv="F-2026-0410", amt="1 640,00", due="2026-11-01", fmt="gmail", stage="firm"),

C("f2040", "promise", "2026-12-02 12:05", "Caroline Besson <c.besson@besson-pharma.fr>", """
Bonjour,

Votre facture a été validée par notre direction ce matin. Elle sera mise en paiement lors de notre prochain run fournisseurs, le mercredi 16 décembre.

Cordialement,
Caroline Besson
Comptabilité fournisseurs
Besson Pharma – 12 allée des Sciences, 31400 Toulouse
""", inv="F-2026-0442", amt="6 780,00", due="2026-11-25", fmt="html_outlook", promise_date="2026-12-16"),

C("f2041", "paid", "2026-12-02 16:48", "Alain Poirier <alain.poirier@poirier-plomberie.fr>", """
C'est bon, j'ai lancé le virement ce midi. Désolé pour le retard.
Alain
""", inv="F-2026-0435", amt="540,00", due="2026-11-20", fmt="apple", paid_on="2026-12-02"),

C("f2042", "contact_change", "2026-12-03 09:02", "Direction Hôtel Bellevue <direction@hotel-bellevue-annecy.fr>", """
Bonjour,

Merci de ne plus envoyer les factures à cette adresse. Notre comptabilité est désormais externalisée chez le cabinet Arcelin : factures.bellevue@cabinet-arcelin.fr

Merci d'avance.
La direction
""", inv="F-2026-0414", amt="2 290,00", due="2026-11-15", fmt="outlook", new_email="factures.bellevue@cabinet-arcelin.fr"),

C("f2043", "promise", "2026-12-03 10:30", "Benoît Carré <benoit.carre@carre-conseil.fr>", """
Bonjour,

Paiement programmé pour le 8. Bonne journée.

Benoît Carré
""", inv="F-2026-0441", amt="1 800,00", due="2026-11-25", fmt="gmail", promise_date="2026-12-08"),

C("f2044", "out_of_office", "2026-12-03 14:00", "Florence Dumas <florence.dumas@dumas-associes.fr>", """
Bonjour,

Je suis absente pour congé maternité jusqu'au 15 mars 2027. Pour toute question concernant la comptabilité, merci d'écrire à compta@dumas-associes.fr.

Florence Dumas
""", inv="F-2026-0444", amt="1 450,00", due="2026-11-25", fmt="ooo", return_date="2027-03-15",
  note="'jusqu'au 15 mars' without 'inclus': labelled 15 March as the return; redirects to another address inside an auto-reply"),

C("f2045", "dispute", "2026-12-03 17:20", "Michel Dufour <m.dufour@dufour-sa.fr>", """
Monsieur,

Je vous rappelle que la facture F-2026-0388 a fait l'objet d'un avoir partiel de 300 € suite aux malfaçons constatées sur le chantier de Villeurbanne. Le montant que vous réclamez ne tient pas compte de cet avoir.

Le solde réel est de 1 100 € et non de 1 400 €. Nous réglerons 1 100 € à réception d'un relevé corrigé.

Michel Dufour
""", inv="F-2026-0388", amt="1 400,00", due="2026-10-20", fmt="html_outlook", stage="firm"),

C("f2046", "paid", "2026-12-04 09:15", "Gilles Brun <gilles.brun@brun-transports.fr>", """
Bonjour,

Nous vous avons réglé la totalité par LCR le 30 novembre. Veuillez vérifier vos encaissements avant de relancer.

G. Brun
""", inv="F-2026-0424", amt="2 980,00", due="2026-11-15", fmt="tb", stage="second_reminder", paid_on="2026-11-30"),

C("f2047", "out_of_office", "2026-12-04 11:48", "Laetitia Henry <laetitia.henry@henry-events.fr>", """
Bonjour,

Je suis en salon professionnel à Paris jusqu'au mardi 8 décembre et je consulte peu mes mails. Je reviens vers vous dès le mercredi 9.

Pour une urgence : 06 45 18 72 30.

Laetitia Henry – Henry Events
""", inv="F-2026-0446", amt="850,00", due="2026-11-26", fmt="ooo", return_date="2026-12-09",
  subj_prefix="Réponse automatique : "),

C("f2048", "unsubscribe", "2026-12-04 13:02", "Robert Guillot <r.guillot@guillot-immo.fr>", """
Bonjour,

Stop. Je ne veux plus recevoir de mails de relance de votre part. Retirez mon adresse de votre fichier.

R. Guillot
""", inv="F-2026-0409", amt="720,00", due="2026-11-01", fmt="gmail", stage="repeat"),

C("f2049", "bank_details", "2026-12-04 15:30", "Patricia Lemoine <p.lemoine@lemoine-sarl.fr>", """
Bonjour,

Avant de payer, je voudrais vérifier : votre RIB a-t-il changé ? Nous avons reçu la semaine dernière un courrier nous indiquant de nouvelles coordonnées bancaires (banque en ligne) et je préfère m'assurer qu'il ne s'agit pas d'une fraude.

Pouvez-vous me confirmer votre IBAN par téléphone ou sur votre site ?

Patricia Lemoine
""", inv="F-2026-0443", amt="3 150,00", due="2026-11-25", fmt="html_outlook"),

C("f2050", "promise", "2026-12-07 08:30", "Eric Moulin <eric.moulin@moulin-freres.fr>", """
Bonjour,

Je vous confirme le règlement pour le 18/12 au plus tard.

Eric Moulin
""", inv="F-2026-0422", amt="1 120,00", due="2026-11-10", fmt="outlook", stage="second_reminder", promise_date="2026-12-18"),

C("f2051", "paid", "2026-11-02 10:20", "Nadia Haddad <nadia.haddad@haddad-textile.fr>", """
Bonjour,

Nos messages se sont croisés : le virement de 1 480 € a été émis vendredi 30 octobre. Il apparaîtra sur votre relevé en début de semaine.

Cordialement,
Nadia Haddad
Haddad Textile
""", inv="F-2026-0371", amt="1 480,00", due="2026-10-15", fmt="outlook", ago=1, paid_on="2026-10-30"),

C("f2052", "promise", "2026-11-03 09:05", "Christophe Lemaire <clemaire@lemaire-peinture.fr>", """
Bonjour,

OK pour moi, je vous paie lundi.

Christophe
""", inv="F-2026-0379", amt="680,00", due="2026-10-20", fmt="gmail", ago=1, promise_date="2026-11-09",
  note="'lundi' written on Tuesday 3 Nov: the next Monday, 9 Nov"),

C("f2053", "out_of_office", "2026-11-03 09:00", "Accueil Clinique Saint-Roch <accueil@clinique-saintroch.fr>", """
Bonjour,

Nous accusons réception de votre message. Nos bureaux administratifs sont fermés du 2 au 6 novembre (vacances de la Toussaint). Nous traiterons votre demande à partir du 9 novembre.

Cordialement,
Le secrétariat
""", inv="F-2026-0382", amt="1 150,00", due="2026-10-25", fmt="ooo", ago=1, return_date="2026-11-09"),

C("f2054", "dispute", "2026-11-04 14:30", "Jérôme Petit <jerome.petit@petit-renov.fr>", """
Bonjour,

Cette facture fait doublon avec la F-2026-0364 que nous avons déjà réglée en octobre : même chantier, même montant, même désignation. Merci de l'annuler.

Jérôme Petit
""", inv="F-2026-0381", amt="2 040,00", due="2026-10-25", fmt="tb"),

C("f2055", "promise", "2026-11-05 16:12", "Marie-Claire Vidal <mc.vidal@vidal-cosmetiques.fr>", """
Madame, Monsieur,

Je vous prie de bien vouloir excuser ce retard, dû à un changement de logiciel comptable. Je vous confirme que la facture sera réglée au plus tard le 20 novembre prochain.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Marie-Claire Vidal
Responsable comptable
Vidal Cosmétiques – 5 rue Pasteur, 06400 Cannes
""", inv="F-2026-0393", amt="1 725,00", due="2026-10-28", fmt="html_outlook", promise_date="2026-11-20"),

C("f2056", "paid", "2026-11-05 21:40", "jb.fournier <jb.fournier@hotmail.fr>", """
cest regle depuis mardi
""", inv="F-2026-0396", amt="95,00", due="2026-10-31", fmt="none", paid_on="2026-11-03",
  note="'depuis mardi' on Thursday 5 Nov: Tuesday 3 Nov"),

C("f2057", "plan_request", "2026-11-06 10:10", "Cabinet Rousseau Expertise <contact@rousseau-expertise.fr>", """
Bonjour,

Je vous écris pour le compte de notre client, la SARL Boulangerie Delmas, dont nous tenons la comptabilité.

La société fait l'objet d'une procédure de conciliation et souhaite vous proposer un échéancier pour la facture F-2026-0372 : six mensualités de 350 € à compter de janvier 2027.

Nous restons à votre disposition pour en discuter.

Sandrine Rousseau
Expert-comptable
Cabinet Rousseau Expertise – 17 cours Vitton, 69006 Lyon
""", inv="F-2026-0372", amt="2 100,00", due="2026-10-10", fmt="html_outlook", stage="firm",
  note="an accountant writing for the client"),

C("f2058", "copy_request", "2026-11-06 11:22", "Accueil Mairie de Saint-Genis <accueil@mairie-saintgenis.fr>", """
Bonjour,

Nous sommes une collectivité : vos factures doivent être déposées sur le portail Chorus Pro pour pouvoir être payées. Nous n'avons rien reçu sur Chorus. Pourriez-vous la déposer ou à défaut nous la renvoyer en PDF avec le numéro d'engagement 2026-0458 ?

Cordialement,
Service finances
""", inv="F-2026-0394", amt="1 980,00", due="2026-10-31", fmt="html_outlook"),

C("f2059", "dispute", "2026-11-09 08:45", "Arnaud Chauvin <arnaud@chauvin-ebenisterie.fr>", """
Bonjour,

Les panneaux livrés ne sont pas dans la teinte commandée : nous avions choisi du chêne clair (réf. CH-12 sur le bon de commande), nous avons reçu du noyer. Je les tiens à votre disposition.

Je ne réglerai la facture qu'après échange des panneaux.

Arnaud Chauvin
""", inv="F-2026-0399", amt="1 300,00", due="2026-10-31", fmt="apple"),

C("f2060", "paid", "2026-11-09 12:00", "Corinne Baron <corinne.baron@baron-sante.fr>", """
Bonjour,

Le chèque n°0004567 de 260 € a été posté le 4 novembre. Merci de me prévenir si vous ne l'avez pas reçu d'ici la fin de la semaine, je ferai opposition et je vous ferai un virement.

Corinne Baron
""", inv="F-2026-0390", amt="260,00", due="2026-10-28", fmt="tb", paid_on="2026-11-04"),

C("f2061", "unsubscribe", "2026-11-09 19:33", "Yves Lacroix <yves.lacroix@laposte.net>", """
Bonsoir,

Je reçois vos mails trois fois par semaine, c'est du harcèlement. Je vous demande de me retirer de vos envois. Je réglerai quand je pourrai.

Yves Lacroix
""", inv="F-2026-0383", amt="340,00", due="2026-10-15", fmt="gmail", stage="second_reminder",
  note="asks to stop the emails; 'quand je pourrai' is no commitment"),

C("f2062", "dispute", "2026-11-10 09:18", "Fabienne Royer <fabienne.royer@royer-immobilier.fr>", """
Bonjour,

Nous avons reçu les stores mais les dimensions ne sont pas celles commandées (180 cm au lieu de 210 cm pour les trois fenêtres du salon). Ils ne sont pas posables.

Merci de venir les reprendre et de nous envoyer un avoir. Nous ne réglerons pas cette facture en l'état.

Fabienne Royer
""", inv="F-2026-0400", amt="1 590,00", due="2026-11-01", fmt="html_gmail"),

C("f2063", "promise", "2026-11-10 11:30", "Quentin Marie <quentin.marie@marie-studio.fr>", """
Hello,

Pas de souci, c'est noté. Je vous règle le 25 au plus tard.

Quentin
""", inv="F-2026-0403", amt="450,00", due="2026-11-01", fmt="html_gmail", promise_date="2026-11-25"),

C("f2064", "other", "2026-11-10 15:05", "Josiane Perret <josiane.perret@orange.fr>", """
Bonjour,

Je viens de recevoir votre message mais je ne sais pas comment faire pour payer sur internet. Mon petit-fils n'est pas là cette semaine. Est-ce que je peux vous appeler pour que vous m'expliquiez ? Quel est votre numéro ?

Merci beaucoup,
Josiane Perret
""", inv="F-2026-0406", amt="118,00", due="2026-11-02", fmt="tb",
  note="elderly consumer asking how to pay / for a phone number; no commitment"),

C("f2065", "paid", "2026-11-11 10:02", "SCI Les Tilleuls <sci.lestilleuls@gmail.com>", """
Bonjour,

Facture réglée ce jour par virement. Cordialement.
""", inv="F-2026-0407", amt="2 500,00", due="2026-11-02", fmt="gmail", paid_on="2026-11-11"),

C("f2066", "promise", "2026-11-12 17:25", "Sylvain Guérin <s.guerin@guerin-plaquiste.fr>", """
Bonjour,

Je vais faire le nécessaire après le 10 décembre, quand j'aurai encaissé le solde de mon chantier de Bron. Avant ce n'est pas possible.

Sylvain Guérin
""", inv="F-2026-0460", amt="1 240,00", due="2026-10-20", fmt="apple", stage="second_reminder",
  note="'après le 10 décembre' is a lower bound, not a committed date: no promise_date"),

C("f2067", "out_of_office", "2026-11-12 10:00", "Jean-Philippe Collin <jp.collin@collin-ingenierie.fr>", """
Bonjour,

Je suis absent jusqu'au 20 novembre. Votre message ne sera pas transféré.

Pour les questions relatives à la facturation, contactez : facturation@collin-ingenierie.fr

Cordialement,
Jean-Philippe Collin
""", inv="F-2026-0461", amt="720,00", due="2026-11-01", fmt="ooo", return_date="2026-11-20",
  subj_prefix="Absent du bureau : ", note="'absent jusqu'au 20 novembre' without 'inclus': return labelled 20 Nov"),

C("f2068", "bank_details", "2026-11-13 09:40", "Nicolas Prévost <n.prevost@prevost-logistique.fr>", """
Bonjour,

Je vous informe que nous avons changé de banque. Nos prélèvements et virements sortiront désormais du Crédit Mutuel, IBAN FR76 1027 8073 0000 0212 3450 185. Merci de mettre à jour vos fichiers si vous nous prélevez.

Le paiement de votre facture suivra la semaine prochaine.

Nicolas Prévost
Prévost Logistique
""", inv="F-2026-0462", amt="275,00", due="2026-11-04", fmt="outlook",
  note="debtor's own account changed; also a vague 'next week' payment", fresh=True, subj="Changement de banque – Prévost Logistique"),

C("f2069", "promise", "2026-11-13 12:40", "Aurélie Dumont <aurelie.dumont@dumont-creations.fr>", """
Bonjour,

Je suis vraiment désolée, j'étais persuadée d'avoir payé. Je viens de vérifier : le virement n'est jamais parti (erreur de ma part dans l'appli). Je le refais lundi 16 dès l'ouverture de la banque.

Aurélie
""", inv="F-2026-0463", amt="160,00", due="2026-11-10", fmt="gmail", promise_date="2026-11-16",
  note="thought she had paid but had NOT: promise"),

C("f2070", "dispute", "2026-11-16 10:10", "Patrick Blanchard <p.blanchard@blanchard-sas.fr>", """
Bonjour,

Nous refusons de payer les pénalités de retard et l'indemnité de 40 € que vous ajoutez. Le retard est dû à votre livraison tardive (3 semaines après la date prévue) qui nous a fait perdre un client.

Nous réglons le principal, soit 1 920 €, cette semaine. Le reste, n'y comptez pas.

P. Blanchard
""", inv="F-2026-0392", amt="1 920,00", due="2026-10-25", fmt="html_outlook", stage="firm",
  note="disputes the penalties; also announces paying the principal 'cette semaine' (no precise date)"),

C("f2071", "paid", "2026-11-16 14:55", "Emma Lucas <emma.lucas@lucas-bijoux.fr>", """
Bonjour,

J'ai réglé 300 € aujourd'hui, le solde de 200 € suivra le mois prochain. J'espère que cela vous convient.

Emma Lucas
""", inv="F-2026-0464", amt="500,00", due="2026-11-05", fmt="apple", paid_on="2026-11-16",
  note="partial payment made today; rest 'le mois prochain' without a date"),

C("f2072", "promise", "2026-11-17 09:20", "Thierry Gauthier <thierry.gauthier@gauthier-garage.fr>", """
bjr
je passe le paiement demain
thierry
""", inv="F-2026-0465", amt="645,00", due="2026-10-28", fmt="none", promise_date="2026-11-18"),

C("f2073", "contact_change", "2026-11-17 11:45", "Secrétariat Lefèvre <secretariat@lefevre-notaires.fr>", """
Bonjour,

Maître Lefèvre a pris sa retraite, l'étude est reprise par Maître Caron. Merci d'envoyer dorénavant vos correspondances à comptabilite@etude-caron.fr, l'adresse actuelle sera fermée à la fin de l'année.

Le secrétariat
""", inv="F-2026-0466", amt="1 320,00", due="2026-11-10", fmt="outlook", new_email="comptabilite@etude-caron.fr"),

C("f2074", "paid", "2026-11-18 08:30", "Laurence Giraud <l.giraud@giraud-transport.fr>", """
Bonjour,

La facture a été payée via votre lien de paiement en ligne le 14 novembre (paiement CB, référence 48GH-220). Merci de mettre à jour votre relance.

Laurence Giraud
""", inv="F-2026-0467", amt="2 100,00", due="2026-11-05", fmt="html_gmail", stage="second_reminder", paid_on="2026-11-14"),

C("f2075", "plan_request", "2026-11-18 13:10", "Kevin Morin <kevin.morin.69@gmail.com>", """
bonjour
je peu pas tout payer ce mois ci, est ce que je peux vous donner 100 euros par mois ? jai eu des frais de voiture imprevu
merci
kevin
""", inv="F-2026-0468", amt="410,00", due="2026-11-01", fmt="gmail"),

C("f2076", "promise", "2026-11-18 16:35", "Anne-Sophie Picard <as.picard@picard-conseil.fr>", """
Bonjour,

Votre facture est bien arrivée dans notre circuit de validation. Sauf imprévu, elle sera payée à 45 jours fin de mois, conformément à nos conditions, soit le 31 décembre.

Bien cordialement,
Anne-Sophie Picard
""", inv="F-2026-0469", amt="2 380,00", due="2026-11-15", fmt="html_outlook", promise_date="2026-12-31"),

C("f2077", "out_of_office", "2026-11-19 07:00", "Didier Hubert <didier.hubert@hubert-agri.fr>", """
Bonjour,

Je suis en congés du 16 au 29 novembre inclus. Je prendrai connaissance de votre message à mon retour.

Didier Hubert
""", inv="F-2026-0470", amt="2 400,00", due="2026-10-31", fmt="ooo", return_date="2026-11-30",
  note="'du 16 au 29 novembre inclus': back the next day, 30 Nov"),

C("f2078", "copy_request", "2026-11-19 10:45", "Laura Simon <laura.simon@simon-design.fr>", """
Bonjour,

Le lien dans votre mail ne fonctionne pas chez moi (page blanche). Pouvez-vous m'envoyer la facture en pièce jointe ?

Merci,
Laura Simon
""", inv="F-2026-0471", amt="3 380,00", due="2026-11-10", fmt="gmail"),

C("f2079", "paid", "2026-11-19 12:12", "Service Comptabilité – Coopérative Agricole du Forez <compta@coop-forez.fr>", """
Bonjour,

Nous vous confirmons que la facture citée en objet a été incluse dans notre remise de virements du 17/11/2026.

Cordialement,
Service Comptabilité
Coopérative Agricole du Forez
Tél. 04 77 96 12 00
""", inv="F-2026-0472", amt="135,00", due="2026-11-06", fmt="html_outlook", paid_on="2026-11-17",
  note="payment announced without the word 'payé'"),

C("f2080", "dispute", "2026-11-20 09:50", "Martine Leroux <martine.leroux@leroux-boutique.fr>", """
Bonjour,

Je ne comprends pas cette facture. Nous avions convenu avec M. Dupont que la reprise du comptoir était offerte en compensation du retard sur la première commande. Je ne paierai pas.

Martine Leroux
""", inv="F-2026-0473", amt="2 980,00", due="2026-11-15", fmt="apple"),

C("f2081", "promise", "2026-11-20 10:10", "Damien Renard <damien.renard@renard-couverture.fr>", """
Bonjour,

Je n'ai PAS encore payé, c'est exact : j'attendais votre facture rectifiée (la TVA était à 20 % au lieu de 10 %). Je viens de la recevoir ce matin, elle est bonne. Je vous règle d'ici le 27.

Damien Renard
""", inv="F-2026-0474", amt="180,00", due="2026-11-14", fmt="outlook", promise_date="2026-11-27",
  note="negation 'pas encore payé' followed by a promise"),

C("f2082", "other", "2026-11-20 18:20", "Georges Marchal <georges.marchal@free.fr>", """
Bonsoir,

Merci pour la belle table, mes petits-enfants l'adorent. Je voulais vous dire que ma fille s'occupe de mes papiers en ce moment, elle vous écrira.

Georges Marchal
""", inv="F-2026-0475", amt="1 250,00", due="2026-11-10", fmt="tb",
  note="thanks, says his daughter will write; no commitment and no new address"),

C("f2083", "promise", "2026-11-23 08:55", "Comptabilité Hôtel du Lac <compta@hoteldulac-annecy.fr>", """
Bonjour,

Nous réglons nos fournisseurs tous les 10 du mois. Votre facture sera donc payée le 10 décembre.

Cordialement,
Comptabilité
""", inv="F-2026-0476", amt="150,00", due="2026-11-01", fmt="outlook", promise_date="2026-12-10"),

C("f2084", "bounce", "2026-11-23 09:04", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", """
Adresse introuvable

Votre message n'a pas été distribué à marc.teyssier@teyssier-menuiserie.fr, car l'adresse est introuvable ou ne peut pas recevoir de messages.

La réponse du serveur distant était :
550 5.1.1 The email account that you tried to reach does not exist.
""", inv="F-2026-0477", amt="1 875,00", due="2026-11-15", fmt="bounce", rcpt="marc.teyssier@teyssier-menuiserie.fr",
  status="5.1.1", mta="mx.google.com", remote="aspmx.l.google.com",
  diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
  subj="Delivery Status Notification (Failure)"),

C("f2085", "paid", "2026-11-23 11:30", "Florian Masse <florian.masse@masse-etancheite.fr>", """
Bonjour,

Je vous ai transmis un virement de 1 740,00 € le vendredi 20 novembre (libellé : FACT 0478 MASSE). Pouvez-vous m'en accuser réception ?

Florian Masse
""", inv="F-2026-0478", amt="1 740,00", due="2026-11-10", fmt="gmail", paid_on="2026-11-20"),

C("f2086", "promise", "2026-11-23 14:00", "Valérie Schmitt <valerie.schmitt@schmitt-alsace.fr>", """
Guten Tag / Bonjour,

Wir haben Ihre Mahnung erhalten. Nous paierons la facture le 3 décembre avec notre prochain paiement groupé.

Mit freundlichen Grüßen / Cordialement,
Valérie Schmitt
Schmitt Alsace Import GmbH – Kehl
""", inv="F-2026-0479", amt="740,00", due="2026-11-12", fmt="html_outlook", promise_date="2026-12-03",
  note="bilingual German/French"),

C("f2087", "unsubscribe", "2026-11-24 09:05", "Dominique Carpentier <dom.carpentier@gmail.com>", """
Bonjour,

Merci de me désabonner de ces messages automatiques, je préfère traiter directement avec M. Dupont que je connais depuis vingt ans.

Dominique
""", inv="F-2026-0480", amt="1 090,00", due="2026-11-15", fmt="html_gmail"),

C("f2088", "promise", "2026-11-24 11:15", "Sébastien Noël <s.noel@noel-metallerie.fr>", """
Bonjour,

Je vous fais un virement dans la semaine, au plus tard vendredi.

Sébastien Noël
Noël Métallerie
06 71 22 90 14
""", inv="F-2026-0481", amt="1 560,00", due="2026-11-05", fmt="apple", promise_date="2026-11-27"),

C("f2089", "plan_request", "2026-11-24 15:40", "Hugo Lemaitre <hugo.lemaitre@lemaitre-sport.fr>", """
Bonjour,

Nous avons bien reçu votre troisième relance. Vous proposez d'étudier un échéancier : nous serions preneurs. Pourriez-vous nous proposer un étalement sur 3 ou 4 mois ? Nous pouvons verser 500 € immédiatement.

Hugo Lemaitre
Gérant
""", inv="F-2026-0482", amt="2 450,00", due="2026-11-20", fmt="outlook", stage="firm"),

C("f2090", "paid", "2026-11-25 10:25", "Pauline Arnaud <pauline.arnaud@arnaud-ostéo.fr>", """
Bonjour,

Je vous ai réglé par prélèvement, normalement c'est automatique ? Il a été débité de mon compte le 23.

Pauline Arnaud
""", inv="F-2026-0483", amt="540,00", due="2026-11-20", fmt="gmail", paid_on="2026-11-23"),

C("f2091", "out_of_office", "2026-11-25 09:00", "Claire Moreau <c.moreau@groupe-moreau.fr>", """
Bonjour,

Je suis absente du bureau pour formation les 25 et 26 novembre et serai de retour le vendredi 27 novembre.

Pour toute demande urgente concernant les factures, merci de contacter le standard au 03 80 45 67 00.

Claire Moreau
""", inv="F-2026-0484", amt="1 200,00", due="2026-11-08", fmt="ooo", return_date="2026-11-27",
  subj_prefix="Réponse automatique : "),

C("f2092", "dispute", "2026-11-25 12:50", "Olivier Bertrand <o.bertrand@bertrand-pharmacie.fr>", """
Monsieur,

Vous nous réclamez 2 860 € alors que le bon de commande signé porte sur 2 680 €. Il y a manifestement une inversion de chiffres. Merci de rectifier.

O. Bertrand
""", inv="F-2026-0485", amt="2 860,00", due="2026-11-12", fmt="tb"),

C("f2093", "promise", "2026-11-25 17:05", "Mélanie Roche <melanie.roche@roche-fleuriste.fr>", """
Bonsoir,

Je vous fais le règlement mi-décembre, après le marché de Noël, c'est là que je fais mon chiffre.

Mélanie
""", inv="F-2026-0486", amt="420,00", due="2026-11-05", fmt="apple", note="'mi-décembre': not a precise date"),

C("f2094", "copy_request", "2026-11-26 09:35", "Compta Brasserie des Halles <compta@brasserie-halles.fr>", """
Bonjour,

Pour pouvoir passer le règlement, j'ai besoin de la facture originale avec notre numéro de commande BC-7781 dessus. Celle que nous avons n'a pas de référence et notre logiciel la rejette. Pouvez-vous nous en renvoyer une copie complétée ?

Merci
""", inv="F-2026-0487", amt="1 320,00", due="2026-11-20", fmt="outlook"),

C("f2095", "paid", "2026-11-26 11:40", "Gérald Hoarau <gerald.hoarau@hoarau-import.re>", """
Bonjour depuis La Réunion,

Le virement international a été fait le 24 novembre, il faut compter quelques jours de plus que pour la métropole.

Gérald Hoarau
""", inv="F-2026-0488", amt="1 980,00", due="2026-11-02", fmt="gmail", off="+0400", paid_on="2026-11-24",
  note="Date header in +0400 (Réunion): same day in Paris time"),

C("f2096", "promise", "2026-11-26 14:15", "Antoine Leclerc <antoine.leclerc@leclerc-conseil.fr>", """
Bonjour,

Je vous confirme que le paiement interviendra dans les 15 jours.

Antoine Leclerc
""", inv="F-2026-0489", amt="1 800,00", due="2026-11-20", fmt="outlook", promise_date="2026-12-11",
  note="'dans les 15 jours' on 26 Nov: 11 Dec"),

C("f2097", "other", "2026-11-27 08:20", "Ticket Support Groupe Albatros <support@albatros-groupe.fr>", """
Bonjour,

Votre demande a bien été enregistrée sous le numéro de ticket #AL-558201.

Un membre de notre équipe vous répondra dans les meilleurs délais. Merci de ne pas répondre à ce message.

Cordialement,
Support Albatros – Ceci est un message automatique.
""", inv="F-2026-0490", amt="6 780,00", due="2026-11-25", fmt="ooo", subj="[Ticket #AL-558201] Accusé de réception",
  note="ticketing system acknowledgement (auto-replied), not an absence"),

C("f2098", "promise", "2026-11-27 10:00", "Laure Benoit <laure.benoit@benoit-architecture.fr>", """
Bonjour,

Oui, je règle cette facture jeudi prochain, le 3.

Laure
""", inv="F-2026-0491", amt="3 150,00", due="2026-11-25", fmt="gmail", promise_date="2026-12-03"),

C("f2099", "contact_change", "2026-11-27 15:20", "Pascal Rivière <p.riviere@riviere-distribution.fr>", """
Bonjour,

Merci de bien vouloir adresser vos relances à notre service comptable : comptabilite.fournisseurs@riviere-distribution.fr. Je ne suis pas la bonne personne, je suis le commercial.

Je leur transfère votre mail.

Pascal Rivière
""", inv="F-2026-0492", amt="1 450,00", due="2026-11-25", fmt="html_outlook", new_email="comptabilite.fournisseurs@riviere-distribution.fr"),

C("f2100", "paid", "2026-11-30 09:10", "Emmanuel Guillaume <e.guillaume@guillaume-bois.fr>", """
Bonjour,

Réglé par chèque remis en main propre à votre livreur jeudi dernier.

E. Guillaume
""", inv="F-2026-0445", amt="870,00", due="2026-11-20", fmt="tb", paid_on="2026-11-26",
  note="'jeudi dernier' on Monday 30 Nov: 26 Nov"),

C("f2101", "other", "2026-11-04 11:20", "SELARL Mandataires Associés <contact@mandataires-associes.fr>", """
Madame, Monsieur,

Nous vous informons que la société CUISINES ROBIN SAS a été placée en redressement judiciaire par jugement du Tribunal de commerce de Lyon en date du 21 octobre 2026. Nous avons été désignés en qualité de mandataire judiciaire.

Conformément à l'article L622-24 du Code de commerce, il vous appartient de déclarer votre créance entre nos mains dans un délai de deux mois à compter de la publication du jugement au BODACC. Aucun paiement des créances antérieures au jugement ne peut intervenir.

Merci de cesser toute relance directe auprès de la société.

Le service des déclarations de créances
SELARL Mandataires Associés – 40 rue de la République, 69002 Lyon
""", inv="F-2026-0385", amt="4 860,00", due="2026-10-15", fmt="outlook", stage="second_reminder",
  note="company in receivership: the creditor must file a claim; asks to stop direct reminders but it is not an unsubscribe request from the debtor", fresh=True, subj="Redressement judiciaire SAS CUISINES ROBIN – déclaration de créances"),

C("f2102", "promise", "2026-11-06 08:10", "Mme Josette Barbier <josette.barbier@orange.fr>", """
Bonjour Monsieur,

J'ai bien reçu votre lettre. Je suis à la retraite et ma pension arrive le 9 de chaque mois. Je vous enverrai un chèque ce jour-là, pour le mois de novembre.

Avec mes salutations,
Josette Barbier
""", inv="F-2026-0501", amt="236,00", due="2026-10-25", fmt="tb", promise_date="2026-11-09"),

C("f2103", "other", "2026-11-06 13:45", "Romain Lefebvre <romain.lefebvre@lefebvre-motos.fr>", """
Bonjour,

C'est une arnaque ou c'est sérieux ? Je ne connais pas d'Atelier Dupont, ou alors c'est peut-être le nom de la boîte qui a refait le comptoir de mon garage ? Envoyez-moi plus d'infos avant que je clique sur quoi que ce soit.

Romain
""", inv="F-2026-0502", amt="390,00", due="2026-10-30", fmt="apple",
  note="suspects phishing and asks who the sender is; neither a dispute nor a commitment"),

C("f2104", "dispute", "2026-11-09 10:30", "Jacques Meunier <j.meunier@meunier-freres.fr>", """
Bonjour,

Le travail n'est pas terminé : il manque la pose des plinthes et les finitions de la cage d'escalier. Votre équipe n'est pas revenue depuis le 12 octobre. Nous paierons le solde une fois les travaux achevés et réceptionnés, comme prévu au contrat.

Jacques Meunier
""", inv="F-2026-0503", amt="3 750,00", due="2026-10-31", fmt="html_outlook"),

C("f2105", "out_of_office", "2026-11-09 09:00", "Gaëlle Robin <gaelle.robin@robin-communication.fr>", """
Bonjour,

Je suis en congé jusqu'au mercredi 18 novembre inclus. Je vous répondrai dès mon retour.

Bien cordialement,
Gaëlle Robin
""", inv="F-2026-0504", amt="1 620,00", due="2026-10-31", fmt="ooo", return_date="2026-11-19",
  note="'jusqu'au 18 inclus': back 19 Nov"),

C("f2106", "promise", "2026-11-10 12:20", "Bruno Fleury <bruno.fleury@fleury-bati.fr>", """
Bonjour,

J'ai eu votre collègue au téléphone ce matin. Comme convenu, je règle la facture le jeudi 19 novembre, par virement.

Bruno Fleury
""", inv="F-2026-0505", amt="2 280,00", due="2026-10-31", fmt="outlook", stage="second_reminder", promise_date="2026-11-19"),

C("f2107", "copy_request", "2026-11-10 14:55", "Service Achats – Lycée Jean Moulin <achats@lycee-jeanmoulin.fr>", """
Bonjour,

Nous n'avons pas trouvé trace de cette facture dans notre système. Pourriez-vous nous la faire parvenir à nouveau, accompagnée du bon de livraison signé ?

Cordialement,
Service intendance
""", inv="F-2026-0506", amt="1 045,00", due="2026-11-02", fmt="html_outlook"),

C("f2108", "paid", "2026-11-12 09:30", "Patrice Rolland <patrice.rolland@rolland-carrelage.fr>", """
Bonjour,

Je vous ai réglé les deux factures en un seul virement de 2 310 € le 10/11. Référence : ROLLAND NOV.

Cordialement,
Patrice Rolland
""", inv=[("F-2026-0507", "1 410,00", "2026-10-20"), ("F-2026-0508", "900,00", "2026-10-31")], fmt="gmail", paid_on="2026-11-10"),

C("f2109", "plan_request", "2026-11-13 16:05", "Chantal Leclercq <chantal.leclercq@sfr.fr>", """
Madame, Monsieur,

Je suis au chômage depuis septembre et je ne peux pas régler cette somme en une seule fois. Je vous propose de vous verser 50 € par mois jusqu'à la fin. Est-ce que vous acceptez ?

Je vous remercie de votre compréhension.

Chantal Leclercq
""", inv="F-2026-0509", amt="480,00", due="2026-10-20", fmt="tb", stage="firm"),

C("f2110", "promise", "2026-11-13 18:40", "Maxime Hamon <maxime.hamon@hamon-paysage.fr>", """
ok je regle ca la semaine prochaine sans faute, la je suis sur la route
desole
""", inv="F-2026-0510", amt="560,00", due="2026-11-01", fmt="apple", note="'la semaine prochaine': no precise date; typed while driving"),

C("f2111", "dispute", "2026-11-16 08:40", "Direction Financière – Groupe Castel <dfin@groupe-castel.fr>", """
Madame, Monsieur,

Nous contestons formellement les pénalités et l'indemnité forfaitaire réclamées. Votre facture nous est parvenue le 28 octobre seulement, soit après sa date d'échéance : le délai de paiement ne pouvait courir qu'à compter de sa réception.

Nous vous remercions de nous adresser un relevé corrigé.

Direction Financière
Groupe Castel – 9 quai Perrache, 69002 Lyon
""", inv="F-2026-0511", amt="5 120,00", due="2026-10-25", fmt="html_outlook", stage="firm"),

C("f2112", "unsubscribe", "2026-11-16 20:05", "Lionel Aubert <lionel.aubert@gmail.com>", """
désabonnement svp
""", inv="F-2026-0512", amt="75,00", due="2026-11-02", fmt="gmail"),

C("f2113", "paid", "2026-11-17 10:15", "Delphine Mallet <delphine.mallet@mallet-associes.fr>", """
Bonjour,

Vous trouverez ci-dessous le détail de notre règlement :
- Date d'exécution : 16/11/2026
- Montant : 2 640,00 €
- Bénéficiaire : ATELIER DUPONT
- Motif : F-2026-0513

Bien à vous,
Delphine Mallet
""", inv="F-2026-0513", amt="2 640,00", due="2026-11-05", fmt="html_outlook", paid_on="2026-11-16"),

C("f2114", "promise", "2026-11-18 09:25", "Claire Jourdan – Assistante de direction <assistante@cabinet-moulin.fr>", """
Bonjour,

Je vous transfère la réponse de M. Moulin, qui est en déplacement :

« Dites-leur que je paie à mon retour, le 23. »

Cordialement,
Claire, assistante de M. Moulin
""", inv="F-2026-0514", amt="1 380,00", due="2026-11-05", fmt="outlook", promise_date="2026-11-23",
  note="assistant relaying the manager's promise", fwd=True),

C("f2115", "out_of_office", "2026-11-18 09:00", "Samuel Brunet <samuel.brunet@brunet-toitures.fr>", """
Bonjour,

Je suis actuellement absent et je n'ai pas accès à ma messagerie. Je serai de retour le 2 décembre.

Samuel Brunet
""", inv="F-2026-0515", amt="1 990,00", due="2026-11-08", fmt="ooo", return_date="2026-12-02", subj_prefix="Absence du bureau : "),

C("f2116", "other", "2026-11-19 15:30", "Camille Marchetti <camille.marchetti@gmail.com>", """
Bonjour,

Je vous écris au sujet de mon père, M. Roger Marchetti, destinataire de vos relances. Il est décédé le 2 novembre. La succession est en cours de règlement chez Maître Sanchez, notaire à Villeurbanne (04 78 85 20 11), à qui vous pouvez adresser votre réclamation.

Cordialement,
Camille Marchetti
""", inv="F-2026-0516", amt="640,00", due="2026-10-31", fmt="gmail", stage="second_reminder",
  note="debtor deceased; refers to the notary by phone only", fresh=True, subj="Décès de M. Roger Marchetti"),

C("f2117", "promise", "2026-11-19 10:50", "Frédéric Dupuis <frederic.dupuis@dupuis-vins.fr>", """
Bonjour,

Si vous pouvez m'accorder jusqu'au 30 novembre, je réglerai la totalité à cette date. Je vous remercie de votre patience.

Frédéric Dupuis
Dupuis Vins & Spiritueux – 4 route de Beaune, 21200 Chorey
""", inv="F-2026-0517", amt="1 210,00", due="2026-11-01", fmt="outlook", promise_date="2026-11-30"),

C("f2118", "bank_details", "2026-11-20 11:05", "Isabelle Cordier <isabelle.cordier@cordier-transports.fr>", """
Bonjour,

Pourriez-vous me communiquer vos coordonnées bancaires (IBAN et BIC) ? Je souhaite régler par virement plutôt que par carte.

Merci
Isabelle Cordier
""", inv="F-2026-0518", amt="1 460,00", due="2026-11-10", fmt="gmail"),

C("f2119", "paid", "2026-11-20 14:20", "Vincent Joly <vincent.joly@joly-ferronnerie.fr>", """
Bonjour,

Règlement effectué. Merci de ne plus me relancer.

V. Joly
""", inv="F-2026-0519", amt="580,00", due="2026-11-05", fmt="tb",
  note="'merci de ne plus me relancer' is a consequence of having paid, not an unsubscribe"),

C("f2120", "dispute", "2026-11-23 10:40", "Nathan Colin <nathan.colin@colin-restauration.fr>", """
Bonjour,

La livraison du 6 novembre était incomplète : 4 tabourets sur 12. Je veux bien payer les 4 reçus, pas les 12. Merci de m'envoyer une facture pour ce qui a été livré.

Nathan Colin
""", inv="F-2026-0520", amt="1 380,00", due="2026-11-15", fmt="html_gmail"),

C("f2121", "promise", "2026-11-23 16:25", "Claude Vincent <claude.vincent@vincent-pneus.fr>", """
Bonjour,

Nous avons bien reçu votre mise en demeure. Le règlement de 2 214,50 € sera effectué le 1er décembre, avant la date limite que vous indiquez.

Claude Vincent
Gérant – Vincent Pneus
""", inv="F-2026-0521", amt="2 100,00", due="2026-10-10", fmt="outlook", stage="formal_notice", ago=3, promise_date="2026-12-01",
  note="quotes the notice's claim; the deadline in the quoted notice is 28 Nov, the promise is 1 Dec"),

C("f2122", "contact_change", "2026-11-24 08:50", "Carole Lemoine <carole.lemoine@hotmail.fr>", """
Bonjour,

J'ai changé d'adresse mail, merci d'utiliser désormais carole.lemoine.pro@gmail.com pour m'écrire, celle-ci va être supprimée.

Pour la facture, je la règle en fin de semaine.

Carole
""", inv="F-2026-0522", amt="320,00", due="2026-11-15", fmt="none", new_email="carole.lemoine.pro@gmail.com",
  note="contact change with a vague payment intention"),

C("f2123", "paid", "2026-11-24 12:35", "Compta Sarl Montagne Sports <compta@montagne-sports.fr>", """
Bonjour,

Notre banque a rejeté notre premier virement (erreur de BIC). Nous l'avons renouvelé hier, le 23 novembre, avec les bonnes coordonnées.

Comptabilité
""", inv="F-2026-0523", amt="1 860,00", due="2026-11-05", fmt="outlook", paid_on="2026-11-23"),

C("f2124", "plan_request", "2026-11-25 09:15", "Marc Tessier <marc.tessier@tessier-boucherie.fr>", """
Bonjour,

Pouvez-vous m'accorder un échéancier ? Je peux payer 600 € le 10 décembre, 600 € le 10 janvier et le solde le 10 février.

Marc Tessier
""", inv="F-2026-0524", amt="1 750,00", due="2026-11-01", fmt="gmail", stage="final_notice",
  note="instalment proposal with dates; no single promise_date"),

C("f2125", "promise", "2026-11-26 07:55", "Jeanne Lamy <jeanne.lamy@lamy-librairie.fr>", """
Bonjour,

Je vous règle dès réception de notre facture client par la médiathèque (paiement administratif, c'est toujours long…). Je vous tiens au courant.

Jeanne Lamy
""", inv="F-2026-0525", amt="930,00", due="2026-11-10", fmt="tb", note="conditional on her own customer: no date"),

C("f2126", "out_of_office", "2026-11-26 09:00", "Régis Charles <r.charles@charles-immobilier.fr>", """
Bonjour,

Je suis en congé jusqu'au 7 décembre. Votre message ne sera pas lu avant cette date.
En cas d'urgence : 06 09 88 77 21.

Régis Charles
""", inv="F-2026-0526", amt="1 100,00", due="2026-11-15", fmt="ooo", return_date="2026-12-07",
  note="'en congé jusqu'au 7 décembre' without 'inclus' (a Monday): return 7 Dec"),

C("f2127", "copy_request", "2026-11-27 13:40", "Sophie Tanguy <sophie.tanguy@tanguy-ostreiculture.fr>", """
Bonjour,

Pouvez-vous m'envoyer la facture au format PDF ? Je dois la transmettre à mon expert-comptable avant de payer.

Merci d'avance,
Sophie Tanguy
""", inv="F-2026-0527", amt="640,00", due="2026-11-20", fmt="apple"),

C("f2128", "dispute", "2026-11-27 16:10", "Albert Poulain <albert.poulain@poulain-sa.fr>", """
Monsieur,

Cela fait trois fois que je vous écris. Votre facture est FAUSSE. Vous avez facturé la pose alors que nous l'avons faite nous-mêmes. Je n'ai pas l'intention de payer 1 200 € pour un travail que vous n'avez pas fait. Si je reçois encore un mail de relance, je transmets à mon avocat.

A. Poulain
""", inv="F-2026-0528", amt="3 400,00", due="2026-11-01", fmt="outlook", stage="repeat", note="angry"),

C("f2129", "paid", "2026-11-30 10:45", "Lucas Vasseur <lucas.vasseur@vasseur-graphisme.fr>", """
Bonjour,

Le paiement est parti le 27 novembre, mais j'ai fait une erreur de montant : j'ai viré 450 € au lieu de 540 €. Je complète les 90 € restants aujourd'hui.

Lucas
""", inv="F-2026-0529", amt="540,00", due="2026-11-15", fmt="gmail", paid_on="2026-11-27",
  note="partial payment on 27 Nov, balance sent today"),

C("f2130", "promise", "2026-11-30 11:20", "Hôtel-Restaurant La Bergerie <contact@labergerie-vercors.fr>", """
Bonjour,

Nous rouvrons pour la saison d'hiver le 12 décembre. Le règlement sera fait la semaine de la réouverture, au plus tard le vendredi 18 décembre.

Bien cordialement,
La Bergerie
""", inv="F-2026-0530", amt="2 750,00", due="2026-11-10", fmt="html_gmail", promise_date="2026-12-18"),

C("f2131", "unsubscribe", "2026-12-01 09:10", "Nicole Perrin <nicole.perrin@wanadoo.fr>", """
Bonjour,

Je vous prie de ne plus m'adresser de courriels. Je préfère recevoir mes factures par courrier papier, comme avant.

Nicole Perrin
""", inv="F-2026-0531", amt="185,00", due="2026-11-20", fmt="tb",
  note="stop emails, prefers paper mail"),

C("f2132", "bank_details", "2026-12-01 14:00", "Yannick Riou <y.riou@riou-froid.fr>", """
Bonjour,

Le RIB figurant sur votre facture ne correspond pas à celui enregistré chez nous (ancien compte à la Société Générale). Lequel dois-je utiliser ? Je ne voudrais pas virer sur un compte clôturé.

Yannick Riou
""", inv="F-2026-0532", amt="2 020,00", due="2026-11-20", fmt="outlook"),

C("f2133", "plan_request", "2026-12-01 17:30", "Coralie Millet <coralie.millet@millet-beaute.fr>", """
Bonsoir,

Je vous paie la moitié le 4 et le reste le 15 décembre, ça vous va ?

Coralie
""", inv="F-2026-0533", amt="380,00", due="2026-11-20", fmt="apple",
  note="asks to pay in two parts (4 and 15 Dec) and asks for approval: plan_request; could also be read as a promise by 15 Dec"),

C("f2134", "other", "2026-12-02 09:05", "Service Client Optimum <noreply@optimum-services.fr>", """
Ceci est un message automatique.

Cette adresse e-mail n'est pas consultée. Pour toute demande, merci d'utiliser le formulaire de contact sur notre site www.optimum-services.fr/contact.

Optimum Services
""", inv="F-2026-0534", amt="1 560,00", due="2026-11-20", fmt="ooo", subj="Message automatique : adresse non surveillée",
  note="no-reply auto-response: not an absence and not a contact change to an email address"),

C("f2135", "paid", "2026-12-02 11:25", "Julie Mathieu <julie.mathieu@mathieu-creche.fr>", """
Bonjour,

Je ne comprends pas, nous avons reçu un avis de débit de notre banque pour votre facture le 1er décembre. Pouvez-vous vérifier ?

Julie Mathieu
Directrice – Crèche Les Petits Mathieu
""", inv="F-2026-0535", amt="720,00", due="2026-11-25", fmt="gmail", paid_on="2026-12-01"),

C("f2136", "dispute", "2026-12-03 10:00", "Loïc Bouvier <loic.bouvier@bouvier-agencement.fr>", """
Bonjour,

Vous avez facturé 24 m² de parquet alors que la pièce en fait 18 (plan joint au devis). Merci de refaire la facture sur la base réelle.

Loïc Bouvier
""", inv="F-2026-0536", amt="2 160,00", due="2026-11-25", fmt="html_outlook"),

C("f2137", "promise", "2026-12-04 08:30", "Bertrand Jacob <bertrand.jacob@jacob-elevage.fr>", """
bonjour
virement lundi 14 sans faute
b jacob
""", inv="F-2026-0537", amt="890,00", due="2026-11-25", fmt="none", promise_date="2026-12-14"),

C("f2138", "plan_request", "2026-12-04 15:50", "Agnès Renaud <agnes.renaud@renaud-couture.fr>", """
Bonjour,

Votre facture est juste mais je ne peux pas la régler en une fois. Serait-il possible de payer en plusieurs mensualités, par exemple sur 5 mois ?

Merci de me dire si c'est possible,
Agnès Renaud
""", inv="F-2026-0538", amt="1 500,00", due="2026-11-20", fmt="outlook", stage="second_reminder"),

C("f2139", "out_of_office", "2026-12-07 09:00", "Comptabilité Ets Blondel <compta@blondel-sa.fr>", """
Bonjour,

Le service comptabilité est fermé du 7 au 11 décembre inclus pour la clôture annuelle. Réouverture le lundi 14 décembre : votre message sera traité à partir de cette date.

Merci de votre patience.
""", inv="F-2026-0539", amt="3 600,00", due="2026-11-25", fmt="ooo", return_date="2026-12-14"),

C("f2140", "paid", "2026-12-07 10:35", "Arthur Lebrun <arthur.lebrun@lebrun-ateliers.fr>", """
Bonjour,

Payé vendredi par chèque, je l'ai déposé dans votre boîte aux lettres à l'atelier.

Arthur
""", inv="F-2026-0540", amt="410,00", due="2026-11-25", fmt="gmail", paid_on="2026-12-04",
  note="'vendredi' in a Monday 7 Dec mail: Friday 4 Dec"),

C("f2141", "promise", "2026-12-07 23:50", "Kévin Tran <kevin.tran@tran-informatique.fr>", """
Bonsoir,

Désolé de répondre si tard, je sors d'une grosse semaine. Je fais le virement le 11, avec la paie.

Kévin
""", inv="F-2026-0541", amt="1 275,00", due="2026-11-25", fmt="gmail", off="+0000", promise_date="2026-12-11",
  note="Date header in +0000 (22:50 UTC): 23:50 on 7 Dec in Paris"),

C("f2142", "copy_request", "2026-12-08 09:40", "Guillaume Barre <guillaume.barre@barre-avocats.fr>", """
Bonjour,

Pourriez-vous nous adresser une copie de la facture ainsi que le détail des pénalités calculées ? Nous souhaitons vérifier le décompte avant règlement.

Cordialement,
Guillaume Barre
""", inv="F-2026-0542", amt="2 890,00", due="2026-11-01", fmt="outlook", stage="firm"),

C("f2143", "paid", "2026-12-08 12:15", "Francine Dumas <francine.dumas@orange.fr>", """
Monsieur,

Mon fils a payé pour moi sur internet dimanche. Il me dit que c'est bon. Vous me direz si ce n'est pas le cas.

Francine Dumas
""", inv="F-2026-0543", amt="145,00", due="2026-11-25", fmt="tb", paid_on="2026-12-06",
  note="'dimanche' in a Tuesday 8 Dec mail: 6 Dec"),

C("f2144", "contact_change", "2026-12-09 10:20", "Thibault Marechal <t.marechal@marechal-sas.fr>", """
Bonjour,

Je suis le nouveau directeur financier de Maréchal SAS depuis le 1er décembre. Merci de m'adresser directement toutes les relances à t.marechal@marechal-sas.fr au lieu de l'adresse générique compta@, qui n'est plus suivie.

Je regarde votre dossier cette semaine.

Thibault Maréchal
Directeur administratif et financier
""", inv="F-2026-0544", amt="4 300,00", due="2026-11-20", fmt="html_outlook", new_email="t.marechal@marechal-sas.fr",
  note="new CFO; the new address is also the sender's address"),

C("f2145", "promise", "2026-12-10 14:05", "Estelle Rivière <estelle.riviere@riviere-kine.fr>", """
Bonjour,

Je fais le nécessaire sous huitaine.

Estelle Rivière
""", inv="F-2026-0545", amt="260,00", due="2026-11-30", fmt="gmail", promise_date="2026-12-18",
  note="'sous huitaine' = within 8 days: 18 Dec"),

C("f2146", "dispute", "2026-12-11 09:30", "Didier Schneider <didier.schneider@schneider-bois.fr>", """
Bonjour,

Je ne vous dois rien : cette facture concerne le chantier de la rue Paul-Bert qui a été commandé et payé par le syndic de copropriété, pas par moi. Merci de vous adresser à eux.

D. Schneider
""", inv="F-2026-0546", amt="1 980,00", due="2026-11-30", fmt="apple"),

C("f2147", "other", "2026-12-14 11:10", "Margaux Huet <margaux.huet@huet-traiteur.fr>", """
Bonjour,

Pouvez-vous me dire si vous faites des devis pour des tables de restaurant ? Nous agrandissons la salle en janvier.

Pour la facture en cours, je regarde avec ma comptable.

Margaux Huet
""", inv="F-2026-0547", amt="460,00", due="2026-11-30", fmt="gmail", note="new sales enquiry; no commitment on the invoice", fresh=True, subj="Demande de devis tables"),

C("f2148", "bounce", "2026-12-14 09:02", "postmaster@orange.fr", """
Ce message a été créé automatiquement par le logiciel de messagerie.

Le message que vous avez envoyé n'a pu être délivré à un ou plusieurs destinataires.

  henri.dupont45@orange.fr
    La boîte aux lettres de ce destinataire est pleine (quota dépassé).
""", inv="F-2026-0548", amt="120,00", due="2026-11-30", fmt="bounce", rcpt="henri.dupont45@orange.fr",
  status="5.2.2", mta="smtp.orange.fr", remote="mwinf5c10.me-wanadoo.net",
  diag="552 5.2.2 Mailbox full, quota exceeded", subj="Echec de distribution du message"),

C("f2149", "promise", "2026-12-15 16:45", "Alexandre Giraud <alexandre.giraud@giraud-conseil.fr>", """
Bonjour,

Bien noté. Je vous règle après les fêtes, début janvier, au plus tard le 8 janvier.

Alexandre Giraud
""", inv="F-2026-0549", amt="1 650,00", due="2026-12-01", fmt="outlook", promise_date="2027-01-08"),

C("f2150", "paid", "2026-12-18 10:00", "Sabrina Moreau <sabrina.moreau@moreau-pressing.fr>", """
Bonjour,

Je vous ai fait un virement de 620 € hier. Joyeuses fêtes !

Sabrina
""", inv="F-2026-0550", amt="620,00", due="2026-12-05", fmt="gmail", paid_on="2026-12-17"),
]
