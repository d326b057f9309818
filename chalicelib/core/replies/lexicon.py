"""Keyword patterns per intent, French and English, on folded text (lowercase, no accents).

Weights: 3 = says it outright, 2 = strong hint, 1 = weak hint. Spellings are loose on purpose
("paiment", "virment", "efectue", "payerai").
"""

from __future__ import annotations

import re

PAYMENT = r"(?:pa[iy]e?m+ent|r[eè]?glement|vire?m+ent|versement|transfert?|cheque|payment|transfer|wire)"
PAY_FUT_FR = r"(?:pa(?:ie|ye|y|i)r|r[e]?gler|verser|virer|solder|regulariser)(?:ai|ais|a|ons|ont)"
PAY_INF_FR = (
    r"(?:pa[iy]er|r[e]?gler|verser|virer|solder|regulariser|proceder (?:au|a un) (?:"
    + PAYMENT
    + r")|faire (?:le|un) (?:"
    + PAYMENT
    + r")|effectuer (?:le|un) (?:"
    + PAYMENT
    + r"))"
)
DONE = r"(?:fait|ef+ec?tue|envoye|emis|passe|realise|parti|execute|expedie|poste|valide|lance|regle|paye)e?s?"

RULES: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:je|j'|nous|on)\s*(?:vous\s+|la\s+|les\s+|le\s+)?" + PAY_FUT_FR + r"\b", 3),
        (
            r"\b(?:je|nous|on)\s+(?:vais|allons|va|compte|comptons|prevois|prevoyons|pense|pensons|devrais|devrions|peux|pouvons|m'engage a|nous engageons a)\s+(?:vous\s+)?(?:la\s+|le\s+|les\s+)?"
            + PAY_INF_FR,
            3,
        ),
        (
            r"\b(?:le|un|mon|notre|votre)\s+"
            + PAYMENT
            + r"\s+(?:sera|partira|va partir|devrait partir|est prevu|est programme|interviendra|arrivera|sera fait|sera effectue)",
            3,
        ),
        (
            r"\b(?:vous|tu)\s+(?:serez|seras)\s+(?:paye|regle)s?\b|\bvous\s+recevrez\s+(?:le|votre|notre)\s+"
            + PAYMENT,
            3,
        ),
        (r"\b(?:sera|seront)\s+(?:paye|regle|solde|vire|honore|acquitte)e?s?\b", 2),
        (PAYMENT + r"\s+(?:est |a ete |sera )?(?:programme|planifie|prevu|ordonne)e?\b", 3),
        (
            r"\b(?:funds|money|payment|transfer|cheque|check)\s+(?:will|should|is going to|shall)\s+"
            r"(?:go out|be (?:on (?:its|the) way|released|with you))",
            3,
        ),
        (
            r"\b(?:i|we)\s*(?:will|'ll|shall|can|could|should|plan to|intend to|expect to|am going to|are going to|promise to)\s+(?:be able to\s+)?(?:pay|settle|send (?:the |a |you )?(?:payment|transfer|cheque|check)|transfer|wire|process (?:the )?payment|clear)",
            3,
        ),
        (
            r"\b(?:payment|transfer|it|the invoice|invoice|balance)\s+(?:will|should|is going to)\s+be\s+(?:paid|made|sent|settled|processed|wired|transferred|released)",
            3,
        ),
        (
            r"\bpayment (?:is|has been) (?:scheduled|planned)|\bscheduled (?:the |a )?payment\b|\bpayment run\b",
            2,
        ),
        (r"\byou(?:'ll| will) (?:receive|get|have) (?:the |your |our )?(?:payment|money|funds|transfer)", 3),
        (
            r"\bd[eè]s (?:que possible|reception)|\bas soon as (?:possible|we can)|\basap\b|\brapidement\b|\bau plus vite\b|\bsans faute\b",
            1,
        ),
    ],
    "paid": [
        (
            r"\b(?:j'ai|nous avons|on a|avons|ai)\s+(?:bien\s+|deja\s+|hier\s+|ce matin\s+)*(?:pa[iy]e|regle|vire|solde|regularise|verse|transfere|envoye (?:le|un|votre) (?:"
            + PAYMENT
            + r")|(?:fait|effectue|ef+ectue|passe|lance|emis) (?:le|un|notre|mon) (?:"
            + PAYMENT
            + r")|procede (?:au|a) (?:"
            + PAYMENT
            + r"))",
            3,
        ),
        (
            r"\b(?:le|un|notre|mon|votre|ce|du)\s+"
            + PAYMENT
            + r"\s+(?:de\s+\S+\s+(?:euros?|eur|€)\s+)?(?:a|a bien|a deja|est|est bien|est deja|vient d'etre)\s+(?:ete\s+)?"
            + DONE
            + r"\b",
            3,
        ),
        (PAYMENT + r"\s+(?:bien\s+)?" + DONE + r"\b", 2),
        (
            r"\b(?:c'est|c est|elle est|elle a ete|facture|factures|celle-ci est|la facture est|la facture a ete)\s+(?:bien\s+|deja\s+)*(?:paye|regle|solde|acquitte)e?s?\b",
            3,
        ),
        (r"\bdeja (?:ete )?(?:pa[iy]ee?|reglee?|soldee?|vire)s?\b|\bdeja fait le (?:" + PAYMENT + r")", 3),
        (r"\b(?:preuve|justificatif|avis|confirmation|copie|ordre)\s+(?:de|du)\s+(?:" + PAYMENT + r")", 2),
        (
            r"\b(?:i|we)(?:'ve| have)?\s+(?:already\s+|just\s+)?(?:paid|settled|wired|transferred|sent (?:the |a |you |our )?(?:payment|money|funds|transfer|cheque|check)|made (?:the |a )?payment|mailed (?:a|the) (?:check|cheque)|cleared|transfer+ed (?:the )?(?:money|funds|amount|payment))\b",
            3,
        ),
        (
            r"\b(?:payment|transfer|it|this|the invoice|invoice|balance|bill)\s+(?:was|has been|is|had been)\s+(?:already\s+|just\s+|fully\s+)?(?:paid|made|sent|settled|processed|completed|issued|initiated|wired|transferred)\b",
            3,
        ),
        (
            r"\balready paid\b|\bpaid in full\b|\bproof of payment\b|\bremittance (?:advice)?\b|\bpayment confirmation\b",
            3,
        ),
    ],
    "dispute": [
        (
            r"\b(?:je|nous)\s+(?:conteste|contestons)\b|\bcontest(?:ation|e|ons|er)\b|\blitige\b|\bdesaccord\b|\breclamation\b",
            3,
        ),
        (
            r"\b(?:facture|montant|somme|prix|tarif)s?\s+(?:est |sont |me semble |parait )?(?:errone|incorrect|faux|fausse|injustifie)e?s?\b|\berreur (?:sur|dans|de) (?:la |votre |cette )?(?:facture|montant|facturation)",
            3,
        ),
        (
            r"\bne correspond(?:ent)? pas\b|\bnon conforme\b|\bpas conforme\b|\bdefectueu(?:x|se)\b|\babime\b|\bendommage\b|\bcasse\b",
            2,
        ),
        (
            r"\b(?:jamais|pas|rien)\s+(?:recu|ete livre|livre)e?s?\s+(?:la |les |de |notre |votre )?(?:marchandise|commande|livraison|produit|colis|materiel|article)",
            3,
        ),
        (
            r"\b(?:prestation|travaux|travail|chantier|mission|service)s?\s+(?:n'a |n'ont |n'est |ne sont )?(?:pas|jamais|non)\s+(?:ete\s+)?(?:realise|effectue|termine|fait|fini|conforme|rendu|livre)",
            3,
        ),
        (
            r"\b(?:deja|double)\s+factur|\ben double\b|\bdoublon\b|\bfacture deux fois\b|\b(?:un|d'un|notre) avoir\b",
            2,
        ),
        (
            r"\b(?:je|nous)\s+ne\s+(?:vous\s+)?(?:dois|devons|paierai|payerai|paierons|payerons|reglerai|reglerons)\s+(?:rien|pas|jamais)\b|\brefus(?:e|ons) de (?:payer|regler)\b|\bjamais commande\b|\bpas commande\b",
            3,
        ),
        (r"\bdispute|\bdisputing\b|\bwe contest\b|\bi contest\b|\bchallenge (?:the|this) invoice", 3),
        (
            r"\b(?:invoice|amount|charge|price|bill)s?\s+(?:is |are |seems |looks )?(?:wrong|incorrect|inaccurate|not correct|too high)\b|\b(?:wrong|incorrect) (?:invoice|amount|price|charge)\b|\bovercharg|\bcharged twice\b|\bdouble[- ]?(?:billed|charged)\b|\bduplicate (?:invoice|charge)\b|\bcredit note\b",
            3,
        ),
        (
            r"\b(?:never|not|haven't|have not|didn't|did not)\s+(?:yet\s+)?(?:received|got|ordered)\s+(?:the |any |our |your )?(?:goods|order|delivery|items?|products?|parcel|shipment|service)",
            3,
        ),
        (
            r"\b(?:work|job|service|project)\s+(?:was |is |has )?(?:not|never|wasn't|isn't|hasn't been)\s+(?:been\s+)?(?:done|finished|completed|delivered)\b|\bdamaged\b|\bdefective\b|\bbroken\b|\bnot as (?:agreed|ordered|described)\b",
            3,
        ),
        (
            r"\b(?:won't|will not|refuse to) pay\b|\bdo not owe\b|\bdon't owe\b|\bnot (?:satisfied|happy) with\b|\bdissatisfied\b",
            3,
        ),
    ],
    "plan_request": [
        (
            r"\ben\s+(?:\d{1,2}|deux|trois|quatre|cinq|six|plusieurs)\s*(?:fois|x\b|versements|mensualites|echeances|paiements|tranches)",
            3,
        ),
        (
            r"\bech[eé]ancier\b|\bechelonn|\betal(?:er|ement)\s+(?:le |les |mon |notre |du )?(?:"
            + PAYMENT
            + r"|paiements|reglements|dette|somme)|\bfacilites? de paiement\b|\bplan de (?:paiement|remboursement)\b|\bpaiement fractionne\b|\bfractionner\b|\bmensualites\b",
            3,
        ),
        (
            r"\b(?:delai|delais) (?:de paiement|supplementaire)|\baccorder un delai\b|\bun peu plus de temps\b|\bun delai\b",
            2,
        ),
        (
            r"\bpayment plan\b|\binstal?lments?\b|\bpayment arrangement\b|\bspread (?:the |out )?(?:payment|cost)s?|\bsplit (?:the |it into )?(?:payment|bill|invoice)s?\b|\bin (?:\d{1,2}|two|three|four|five|six|several) (?:monthly )?(?:payments|parts|instal?lments|tranches)\b|\bmonthly payments\b",
            3,
        ),
        (
            r"\b(?:half|part|some) now\b|\bla moitie (?:maintenant|ce mois|tout de suite)|\bune partie (?:maintenant|ce mois)|"
            r"\bpartial payments?\b|\bpaiements? partiels?\b|\bacomptes?\b",
            3,
        ),
        (r"\b(?:more|extra|additional) time\b|\bextension\b|\bgrace period\b", 2),
    ],
    "copy_request": [
        (
            r"\b(?:renvoy|envoy|transmett|fair(?:e|iez) parvenir|communiqu|adress|redonn)\w*\s+(?:moi\s+|nous\s+)?(?:a nouveau\s+|de nouveau\s+)?(?:une |la |les |votre |cette |un |le |l')?(?:copie|duplicata|facture|pdf|double)",
            3,
        ),
        (
            r"\b(?:me|nous)\s+(?:renvoyer|envoyer|transmettre|faire parvenir|communiquer|adresser)\s+(?:a nouveau\s+|de nouveau\s+)?(?:une |la |les |votre |cette |un |le |l')?(?:copie|duplicata|facture|pdf|double)",
            3,
        ),
        (
            r"\b(?:je n'ai|nous n'avons|on n'a)\s+(?:pas|jamais)\s+(?:la|votre|cette|de)\s+facture\b|"
            r"\b(?:me|nous)\s+l'(?:envoyer|renvoyer|transmettre|adresser)\b|"
            r"\b(?:jamais|pas)\s+(?:encore\s+)?(?:recu|eu|vu)\s+(?:la |votre |cette |de |les |vos |aucune )?factures?\b|\bcopie de (?:la |votre |cette )?facture\b|\bduplicata\b|\bne (?:trouve|retrouve) pas (?:la|votre|cette) facture\b|\bfacture (?:introuvable|manquante)\b",
            3,
        ),
        (
            r"\b(?:send|resend|re-send|forward|email|e-mail|share)\s+(?:me |us )?(?:over\s+|across\s+)?(?:again\s+)?(?:a |the |another )?(?:copy|duplicate|invoice|pdf)\b|\bcopy of (?:the |your |this |that )?invoice\b|\binvoice copy\b",
            3,
        ),
        (
            r"\b(?:never|not|didn't|did not|haven't|have not|cannot|can't|couldn't)\s+(?:yet\s+)?(?:received|got|get|receive|find|locate|see)\s+(?:the |your |an |this |that |any )?invoice",
            3,
        ),
    ],
    "contact_change": [
        (
            r"\b(?:envoy|adress|transmett|ecri|redirig|fai\w* suivre)\w*\s+(?:\w+\s+){0,5}?(?:desormais|dorenavant|a l'avenir|plutot|maintenant|directement)\b",
            2,
        ),
        (r"\b(?:desormais|dorenavant|a l'avenir|a partir de maintenant)\b", 1),
        (
            r"\b(?:nouvelle|notre nouvelle|la bonne) adresse\b|\bnouveau contact\b|\bbon (?:contact|interlocuteur)\b|\bne (?:travaille|fait) plus (?:chez|partie|ici|dans)\b|\ba quitte (?:la societe|l'entreprise|nos effectifs|la structure)\b|\bn'est plus (?:en charge|le bon|la bonne|responsable|dans|chez)\b|\b(?:contactez|contacter|adressez-vous a|s'adresser a|ecrivez a|ecrire a)\b",
            2,
        ),
        (
            r"\binstead\b|\bfrom now on\b|\bgoing forward\b|\bin (?:the )?future\b|\bno longer (?:works?|with|handles?|responsible|at)\b|\bhas left (?:the company|us)\b|\bnew (?:e-?mail|address|contact)\b|\bright (?:person|contact|address)\b|\bplease (?:contact|email|e-mail|write to|reach out to|cc)\b|\b(?:send|address|direct|forward) (?:all |any |future |your )*(?:invoices|reminders|correspondence|emails|mails|billing)\b",
            2,
        ),
        (
            r"\bcompta(?:bilite)?@|\bfactur\w*@|\bap@|\baccounts?(?:payable)?@|\binvoices?@|\bbilling@|\bfinance@",
            1,
        ),
    ],
    "bank_details": [
        (
            r"\b(?:rib|iban|bic|swift|sort code|routing number|account number|numero de compte)\b|\bcoordonnees bancaires\b|\bbank(?:ing)? (?:details|account|information|info)\b|\bwire instructions\b|\bdomiciliation bancaire\b",
            2,
        ),
        (
            r"\b(?:nouveau|nouvelle|nouvelles|new|updated|changed?|chang\w+ de|modifi\w+|mise a jour|update)\s+(?:\w+\s+){0,3}?(?:rib|iban|bic|banque|bank|coordonnees bancaires|compte bancaire|account)\b|\b(?:rib|iban|bank details|coordonnees bancaires)\s+(?:a|ont|have|has)\s+(?:change|been changed|ete modifiee?s?)",
            2,
        ),
        (
            r"\b(?:quel|quelle|quels|what|which|confirm|confirmer|pouvez-vous|could you|can you|merci de|please)\b[^.?!]{0,40}\b(?:rib|iban|coordonnees bancaires|bank details|bank account)\b",
            2,
        ),
    ],
    "unsubscribe": [
        (
            r"\bdesinscri|\bdesabonn|\bunsubscribe\b|\bopt[- ]?out\b|\bremove (?:me|us|my (?:email|address)) from\b|\bstop (?:sending|emailing|contacting)\b|\bne plus (?:me |nous )?(?:recevoir|envoyer|ecrire|contacter)\b|\b(?:cessez|arretez) de (?:m'|nous |me )(?:envoyer|ecrire|contacter|relancer)\b|^\s*stop\s*$",
            3,
        ),
    ],
    "out_of_office": [
        (
            r"\b(?:je suis|nous sommes|je serai|suis|actuellement)\s+(?:actuellement\s+)?(?:absente?s?|en conges?|en vacances|en deplacement|hors du bureau|en arret)\b|\babsente? du bureau\b|\ben conges? (?:jusqu|du)\b",
            3,
        ),
        (
            r"\b(?:de retour|retour prevu|je reviendrai|je serai de retour)\b|\bacces (?:limite|restreint|intermittent) (?:a|aux) (?:mes )?(?:e-?mails|messagerie|courriels)\b|\bpour toute urgence\b|\ben cas d'urgence\b",
            2,
        ),
        (
            r"\bout of (?:the )?office\b|\b(?:i am|i'm|we are|currently)\s+(?:currently\s+)?(?:away|on (?:annual |parental |maternity |sick )?leave|on vacation|on holiday|travelling|traveling|off)\b|\baway from (?:the|my) (?:office|desk)\b",
            3,
        ),
        (
            r"\bback (?:on|in the office|at work|at my desk)\b|\breturn(?:ing)? (?:on|to the office)\b|\blimited access to (?:e-?mail|my e-?mail)\b|\bfor (?:urgent|any urgent) (?:matters|requests|issues)\b|\bwill respond (?:to your (?:e-?mail|message) )?(?:upon|on|when)\b",
            2,
        ),
    ],
}


# Phrasings from replies written independently of the rules (tests/data/replies_fresh/set1), and the core
# intents in German, Spanish and Italian. Same folded text, same weights.
PAY_NOUN = r"(?:" + PAYMENT[3:-1] + r"|prelevement|zahlung|uberweisung|pago|transferencia|pagamento|bonifico|check|money|funds)"
MORE: dict[str, list[tuple[str, float]]] = {
    "promise": [
        # French: present for future, third person, "je m'en occupe" + a date
        (r"\b(?:je|nous|on)\s+(?:vous\s+)?(?:fais|faisons|fait|lance|lancons|envoie|envoyons|passe|passons|programme|programmons|effectue|effectuons)\s+(?:le|un|la|mon|notre|les)\s+" + PAY_NOUN, 3),
        (r"\b(?:procedera|procederons|procederont|procederai)\s+(?:au|a un|a la)\s+(?:" + PAYMENT + r")", 3),
        (r"\b(?:je|nous|on)\s+(?:fais|faisons|fait|ferai|ferons|fera)\s+(?:le necessaire|ca|cela)\b|\bje m'en (?:occupe|charge)\b|\bon s'en occupe\b|\bnous nous en (?:occupons|chargeons)\b|\bpromis\b|\b(?:je|nous|on)\s+(?:le|la|les)\s+(?:ferai|ferons|fera|fais|faisons)\b", 2),
        # English
        (r"\b(?:i|we)\s*(?:will|'ll|shall|can|should)\s+(?:get|have)\s+(?:it|this|that|the invoice|the balance|you|them|these|this one)\s+(?:paid|settled|sorted|over|across|sent|processed)", 3),
        (r"\b(?:i|we)\s*(?:will|'ll)\s+(?:make sure|ensure)\b", 3),
        (r"(?:^|\n)\s*(?:will|ill)\s+(?:pay|settle|send|transfer|wire)\b|\b(?:i|we)\s*(?:will|'ll|ll)\s+send (?:it|this|that|the money|the funds)\b|\bill (?:pay|send|settle|transfer)\b", 3),
        (r"\byou(?:'ll| will) be paid\b|\byou have my word\b", 3),
        (r"\b(?:it|this|payment|the money|funds|the funds)(?:'ll| will| should) be with you\b", 3),
        (r"\b(?:scheduled|planned|set|due) to (?:go out|be paid|be sent|be released)\b|\bnext (?:check|cheque|payment|bacs|pay) run\b|\b(?:your )?invoice is (?:on|in) (?:it|the run|that run)\b", 3),
        # German
        (r"\b(?:wir|ich)\s+(?:uberweisen|uberweise|zahlen|zahle|begleichen|begleiche|bezahlen|bezahle)\b|(?:^|\n)\s*zahle\b|\bwir (?:werden|wollen)\s+(?:\w+\s+){0,4}?(?:zahlen|uberweisen|begleichen)\b", 3),
        (r"\b(?:rechnung|betrag|zahlung|uberweisung|summe)\s+(?:wird|werden)\s+(?:\w+\s+){0,4}?(?:beglichen|bezahlt|uberwiesen|angewiesen|ausgefuhrt|veranlasst)\b", 3),
        (r"\bzahlung\s+(?:erfolgt|kommt|folgt|geht)\b|\b(?:uberweisung|zahlung|geld)\s+geht\s+(?:\w+\s+){0,2}raus\b", 3),
        (r"\bich kummere mich\b|\bwir kummern uns\b|\b(?:mache|erledige|machen|erledigen) (?:ich|wir)\b", 2),
        (r"\b(?:uberweise|zahle|begleiche|bezahle|uberweisen|zahlen|begleichen|bezahlen) (?:ich|wir)\b", 3),
        # Spanish
        (r"\b(?:lo|la|los|las)?\s*(?:pagaremos|pagare|abonaremos|abonare|transferiremos|ingresaremos|liquidaremos|haremos el pago|haremos la transferencia)\b", 3),
        (r"(?<!ya )\b(?:te|os|se|les|le)\s+(?:lo\s+|la\s+|los\s+)?(?:pago|pagamos|abono|abonamos|ingreso|ingresamos|transfiero|transferimos)\b|\b(?:hago|hacemos)\s+(?:el pago|la transferencia)\b|\b(?:os|les|te)\s+hacemos el pago\b", 3),
        (r"\bse pagara\b|\bquedara (?:pagad|abonad|liquidad)[ao]\b|\bqueda programado el pago\b|\bpago (?:queda |esta )?programado\b|\blo dejamos pagado\b", 3),
        # Italian
        (r"\b(?:provvediamo|provvederemo|provvedo|provvedero)\s+(?:al|a)\s+(?:pagamento|saldo|bonifico|saldare|pagare)", 3),
        (r"\b(?:verra|sara|verranno|saranno)\s+(?:saldat|pagat|bonificat)[aoie]\b", 3),
        (r"\b(?:la|lo|le|li|vi|ve la|ve lo)?\s*(?:paghiamo|pagheremo|paghero|saldiamo|salderemo|saldero)\b|(?:^|\n)\s*(?:venerdi|lunedi|martedi|mercoledi|giovedi|sabato|domani|oggi|subito|dopodomani)\s+pago\b|\b(?:facciamo|faccio|faremo|faro)\s+(?:il|un)\s+bonifico\b|\bvi pago\b", 3),
    ],
    "paid": [
        # French
        (r"\bc(?:'est| est|) (?:fait|regle|paye|vire|solde)e?s?\b(?!\s+(?:avant|d'ici|pour|demain|dans|sous|des|en fin|la semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi))", 3),
        (r"\b(?:a|ont|avez|avons|ai)\s+(?:bien\s+|deja\s+|aussi\s+)?ete\s+(?:pa[iy]ee?s?|reglee?s?|soldee?s?|viree?s?|versee?s?|acquittee?s?|honoree?s?)\b", 3),
        (r"(?:^|\n)\s*(?:deja\s+)?(?:pa[iy]ee?s?|reglee?s?|viree?s?|soldee?s?)\b(?=\s+(?:le|par|ce|hier|aujourd|depuis|via|avec|en|sur|,|\.|!|$))", 3),
        (r"\b(?:ai|avons|a|ont)\s+(?:bien\s+|deja\s+)?(?:poste|envoye|remis|depose|fait|effectue|emis|transmis|expedie|lance|passe|ordonne)\s+(?:(?:le|un|mon|notre|votre|ce|du|les|des)\s+)" + PAY_NOUN, 3),
        (r"\b(?:avoir|a|ont|avons|ai)\s+procede\s+(?:au|a)\s+(?:" + PAYMENT + r")", 3),
        (r"\b(?:" + PAYMENT + r"|prelevement)\s+(?:a du|aurait du)\s+(?:passer|partir|etre)", 3),
        (r"\b(?:le|un|notre|mon|votre|ce|du)\s+(?:" + PAYMENT + r")\s+(?:de|du|des)\s+(?:la\s+|cette\s+|votre\s+)?(?:facture|factures)\s+(?:\S+\s+)?(?:a|est|a bien|est bien)\s+(?:ete\s+)?" + DONE + r"\b", 3),
        (r"\b(?:" + PAYMENT + r")\s+a ete (?:programme|ordonne|planifie|emis|passe)e?\s+(?:ce jour|aujourd'hui|ce matin|hier)", 3),
        # English
        (r"(?:^|\n)\s*(?:just\s+|already\s+|all\s+)?(?:paid|settled|transferred|wired)\b(?=\s+(?:this|today|yesterday|on|via|through|last|just|in full|online|by (?:card|bank|transfer|cheque|check|bacs|wire)|,|\.|!|$)|\s*$|\.|,)"
         r"|(?:^|\n)\s*(?:just\s+|all\s+)?(?:sent|done)\b(?=\s+(?:this morning|today|yesterday|via|through|just now|online)|\s*[.!,]?\s*$)", 3),
        (r"\b(?:wire|transfer|payment|cheque|check|money|funds|bacs)\s+(?:#?\s?\w+\s+)?(?:(?:was|has been|is)\s+)?(?:sent|made|done|completed|gone|went (?:out|across|over|through)|is in the post|in the post|mailed|posted)\b", 3),
        (r"\b(?:payment|transfer|check|cheque)\s+(?:of\s+\S+\s+)?(?:was|has been)\s+(?:sent|made|paid|mailed|posted|processed|initiated|issued)\b", 3),
        (r"\b(?:it|this|that|invoice|bill)(?:'s| has| is| was)\s+(?:been\s+|already\s+|now\s+|all\s+)*(?:paid|settled|taken care of|sorted|cleared)\b", 3),
        (r"\b(?:i|we)\s+(?:already\s+|just\s+)?(?:sent|mailed|posted|transferred|wired)\s+(?:it|this|that|them)\b", 3),
        (r"(?:^|\n)\s*(?:i\s+|we\s+)?(?:already\s+|just\s+)?(?:sent|made|paid|transferred|wired|mailed|posted)\s+(?:the|a|our|my|your)\s+(?:payment|transfer|money|funds|cheque|check|balance|invoice)\b", 3),
        # German
        (r"\b(?:wurde|wurden|ist|sind|haben|habe|hab|hatten)\s+(?:\S+\s+){0,5}?(?:bezahlt|gezahlt|uberwiesen|angewiesen|beglichen|ausgefuhrt)\b", 3),
        (r"(?:^|\n)\s*(?:bereits\s+|schon\s+)?(?:bezahlt|gezahlt|uberwiesen|erledigt)\b", 3),
        (r"\b(?:uberweisungsbeleg|zahlungsbeleg|zahlungsnachweis|uberweisungsnachweis|zahlungsbestatigung)\b|\b(?:zahlung|uberweisung|geld|betrag)\s+(?:ist|sind)\s+(?:\w+\s+){0,2}raus\b", 3),
        # Spanish
        (r"\b(?:ya\s+)?(?:hemos|he|ha|han|se ha|se han)\s+(?:hecho|realizado|efectuado|enviado|ordenado|pagado|abonado|transferido|ingresado|liquidado)\b", 3),
        (r"\b(?:esta|estan|fue|fueron|ha sido|han sido|quedo)\s+(?:ya\s+)?(?:pagad|abonad|liquidad|saldad)[ao]s?\b|\bse (?:abono|pago|liquido)\b", 3),
        (r"\bya\s+(?:te|os|les|le)\s+(?:lo\s+|la\s+)?(?:pagamos|pague|abonamos|ingresamos|transferimos)\b", 3),
        (r"(?:^|\n)\s*(?:ya\s+)?(?:pagad[ao]|hecho|abonad[ao])\b|\btransferencia (?:enviada|realizada|hecha|emitida|ordenada)\b|\bjustificante de (?:la )?(?:transferencia|pago)\b", 3),
        # Italian
        (r"\b(?:abbiamo|ho|ha|hanno)\s+(?:gia\s+)?(?:effettuato|fatto|disposto|eseguito|inviato)\s+(?:il|un|lo)\s+(?:bonifico|pagamento|versamento|saldo)\b|\b(?:abbiamo|ho|hanno|l'ho|l'abbiamo)\s+(?:gia\s+)?(?:pagat|saldat|versat|bonificat)[oaie]\b", 3),
        (r"\b(?:e|sono)\s+(?:gia\s+)?stat[aoie]\s+(?:pagat|saldat|liquidat|bonificat)[aoie]\b", 3),
        (r"(?:^|\n)\s*(?:gia\s+)?(?:pagato|fatto|saldato)\b|\bbonifico (?:partito|disposto|effettuato|eseguito|fatto|inviato)\b|\bcontabile del bonifico\b", 3),
    ],
    "dispute": [
        # French
        (r"\blivraison (?:incomplete|partielle|non conforme|erronee)\b|\bavec reserves?\b|\bmanquant(?:e?s)?\b", 3),
        (r"\b(?:n'est |est )?pas pour nous\b|\bjamais travaille avec vous\b|\bpas d'accord\b|\ben panne\b", 3),
        (r"\bfacture (?:corrigee|rectifiee|rectificative|modifiee|refaite)\b|\bcorriger (?:la|votre|cette) facture\b|\breemet|\bpas (?:ete )?(?:appliquee?|deduite?|prise? en compte)\b|\bne peut (?:donc )?pas etre traitee\b", 3),
        (r"\bne (?:paierons|paierai|payerons|payerai|paiera|payera|reglerons|reglerai|reglera)\s+pas\s+(?:tant que|avant)\b|\bvous (?:me|nous) reclamez\b[^.]{0,80}\bmais\b|\bil ne reste (?:donc )?que\b", 3),
        # English
        (r"\b(?:never|didn't|did not|haven't|have not)\s+ordered\b|\bcorrected invoice\b|\bre-?issue\b|\bcancel (?:it|this|the invoice)\b|\bnot paying (?:this|it|until)\b|\bwon't be paying\b", 3),
        (r"\bno account with you\b|\bnever heard of (?:you|your)\b|\bscam\b|\b(?:isn't|isnt|is not|not) ours\b|\bwrong (?:company|customer|business)\b|\ba duplicate\b|\bduplicated\b", 3),
        (r"\bcharged (?:\w+ )?twice\b|\b(?:doesn't|does not|don't|do not) match\b|\bcrack(?:ed)?\b|\bstill has the\b|\bwould be waived\b", 3),
        # German
        (r"\b(?:nie|nicht|niemals) bestellt\b|\bunvollstandig\b|\bdoppelt\b|\bstimmt nicht\b|\bkorrigier|\bwidersprech|\bmangelhaft|\bbeschadigt|\breklam|\bgutschrift\b|\bnicht ordnungsgema(?:ss|ß)|\bnicht (?:berucksichtigt|korrekt|richtig)\b", 3),
        (r"\bzahlen (?:wir )?(?:erst|nicht)\b|\b(?:ist|war) falsch\b|\bes fehlen\b|\bgebrochen\b", 3),
        # Spanish
        (r"\bno coincide\b|\bno es el que acordamos\b|\bno (?:hemos|he) pedido\b|\bfactura (?:corregida|rectificativa)\b|\bno reconocemos\b|\bno vamos a pagar\b|\bno (?:esta|estan) (?:terminad|acabad)[ao]s?\b|\bel abono\b|\bnueva factura\b|\bno podemos tramitar\b", 3),
        (r"\b(?:sera|es) un error\b|\bcon golpes\b|\bno cierra\b|\bequivocad[ao]s\b|\bque lo eliminen\b", 2),
        # Italian
        (r"\bnon corrisponde\b|\bnon e quello concordato\b|\bnon abbiamo ordinato\b|\bfattura corretta\b|\bnota di credito\b|\bcontestiamo\b|\bnon paghiamo\b|\bnon e (?:finito|terminato|completato)\b|\bstornar|\briemettere\b|\bnon possiamo registrare\b", 3),
        (r"\bsara un errore\b|\bammaccat|\bnon chiude\b|\bsbagliat[aoie]\b|\bmancano\b", 2),
    ],
    "plan_request": [
        (r"\b\d[\d  ,.]*\s*(?:€|eur|euros?|£|\$)?\s*(?:par mois|/ ?mois|mensuels?|a month|per month|/ ?month)\b|\b(?:pas|plus)\s+tout\s+(?:payer|regler)\s+(?:d'un coup|en une fois)\b|\bet (?:le reste|le solde)\b", 3),
        (r"(?:£|\$|€)\s?\d[\d,.]*\s+now and\b|\b\d[\d,.]*\s*(?:€|eur)\s+now and\b|\bsplit (?:this|it|the \w+) (?:over|into|in)\b|\bover (?:\d|two|three) (?:or (?:\d|three|four) )?(?:monthly )?payments\b|\bin one go\b", 3),
    ],
    "copy_request": [
        (r"\b(?:renvoy|envoy|transmett|communiqu|adress)\w*(?:[- ](?:moi|nous))?\s+(?:a nouveau\s+|de nouveau\s+)?(?:une |la |les |votre |cette |un |le |l')?(?:detail|copie|duplicata)\b", 3),
        (r"\bcopy of (?:the |your |this |that )?(?:original |itemi[sz]ed |detailed )?(?:invoice|inv\b|inv-)|\b(?:itemi[sz]ed|detailed) (?:copy|invoice|breakdown)\b", 3),
    ],
    "contact_change": [
        (r"\bwrong (?:contact|person|address|e-?mail)\b|\bsend (?:these|them|it|invoices|future invoices) to (?:her|him|them)\b", 2),
    ],
    "unsubscribe": [
        (r"\b(?:supprimer|retirer|effacer|supprimez|retirez|effacez|enlever|enlevez|radier|radiez)\s+(?:mon|mes|notre|nos)\s+(?:adresse|coordonnees|donnees|e-?mail|mail)|\bne (?:veux|voulons|souhaite|souhaitons) plus (?:rien )?(?:recevoir|etre (?:contacte|relance))|\bne plus m'(?:envoyer|ecrire)\b", 3),
        (r"\b(?:cessez|arretez) de (?:m'|nous |me )(?:harceler|spammer)\b|\btake (?:me|us|this address|my (?:email|address)) off\b|\boff (?:your|the) (?:mailing )?list\b", 3),
    ],
    "out_of_office": [
        (r"\babsente?s?\s+(?:jusqu|du|a partir|depuis|pour)\b|\bje ne travaille pas le\b|\bnos bureaux sont fermes\b|\breouverture\b", 3),
        # German
        (r"\bnicht im (?:buro|haus)\b|\bnicht erreichbar\b|\bim urlaub\b|\babwesend\b|\bwieder (?:im (?:buro|haus)|da|erreichbar|zuruck|fur sie da)\b|\bnach meiner ruckkehr\b|\bburo ist (?:\w+\s+){0,4}geschlossen\b", 3),
        # Spanish
        (r"\bfuera de (?:la )?oficina\b|\bestare fuera\b|\bde vacaciones\b|\bde baja\b|\bno (?:me encuentro|estoy) en la oficina\b|\bpermanece cerrada\b|\bme incorporare\b|\ba mi regreso\b", 3),
        (r"\bvuelvo\b|\bvolvemos\b|\bacceso limitado\b|\bsin acceso al correo\b", 2),
        # Italian
        (r"\bfuori (?:ufficio|sede)\b|\bin ferie\b|\bin maternita\b|\bsaro assente\b|\bnon sono in ufficio\b|\brientrero\b|\bresteranno chius[ie]\b|\briapriremo\b", 3),
        (r"\brientro\b|\baccesso limitato\b|\bsenza accesso alla posta\b|\bal mio rientro\b", 2),
    ],
}
for _intent, _rules in MORE.items():
    RULES[_intent].extend(_rules)

COMPILED = {intent: [(re.compile(p), w) for p, w in rules] for intent, rules in RULES.items()}

NEGATION = re.compile(
    r"(?:\bne\b|\bn'|\bpas\b|\bnot\b|n't\b|\bnever\b|\bjamais\b|\bno\b|\bnon\b|\bnicht\b|\bkein\w*|\bpas encore\b|\bnot yet\b|\bsans\b|\bsi\b|\bif\b|\bwenn\b|\bfalls\b)[^.?!,]{0,25}$"
)

OOO_SUBJECT = re.compile(
    r"r[ée]ponse automatique|absence du bureau|absent|message d.absence|automatic reply|auto(?:matic)?[- ]?reply|"
    r"out of (?:the )?office|abwesenheitsnotiz|vacation|cong[ée]s?|autoreply|auto\s*:|automatische antwort|"
    r"abwesen|urlaub|respuesta autom[áa]tica|fuera de la oficina|vacaciones|risposta automatica|fuori ufficio|ferie",
    re.IGNORECASE,
)
BOUNCE_DELAY = re.compile(r"delay|retard|warning|avertissement|still trying", re.IGNORECASE)
BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|non remis|failure notice|returned mail|delivery failure|"
    r"[ée]chec de (?:la )?remise|mail delivery failed|unzustellbar|could not be delivered|delivery has failed",
    re.IGNORECASE,
)
METHODS = [
    ("direct_debit", re.compile(r"\bprelevement|\bdirect debit\b|\bsepa debit\b|\bdd\b")),
    (
        "cheque",
        re.compile(r"\bcheque\b|\bchq\b|\bby check\b|\ba check\b|\bthe check\b|\bcheck (?:no|number|#)"),
    ),
    (
        "card",
        re.compile(
            r"\bcarte(?: bancaire| bleue)?\b|\bcb\b|\bcard\b|\bcredit card\b|\bstripe\b|\blien de paiement\b|\bpayment link\b"
        ),
    ),
    ("cash", re.compile(r"\bespeces\b|\bcash\b|\ben liquide\b")),
    (
        "transfer",
        re.compile(
            r"\bvire?m+ent\b|\bvire\b|\btransfert?\b|\bwire\b|\bwired\b|\bbank transfer\b|\bsepa\b|\btransfer+ed\b"
        ),
    ),
]
DE_WORDS = frozenset(
    "ich wir sie der die das und ist nicht mit fur bitte danke vielen dank gruße gruß grusse rechnung zahlung "
    "uberweisung betrag wurde haben sehr geehrte damen herren freundlichen hallo guten tag bis am zum ab".split()
)
ES_WORDS = frozenset(
    "el los las y es por con para gracias hola saludos factura pago transferencia hemos estamos muy "
    "del al que lo os nos su usted ustedes buenos dias un una pero cuando esta".split()
)
IT_WORDS = frozenset(
    "il lo gli e per con grazie buongiorno saluti cordiali fattura pagamento bonifico abbiamo siamo "
    "della delle che ci vi non sono al del una un ma quando entro".split()
)
FR_WORDS = frozenset(
    "je j nous vous le la les de des du est et pour avec merci bonjour cordialement facture virement "
    "paiement sera pas une un sur dans au aux ai avons votre notre madame monsieur suis".split()
)
EN_WORDS = frozenset(
    "i we you the is and for with thanks thank hello regards invoice payment will not a an on in to "
    "have has our your please dear am are be".split()
)

# Whether a bank-details mention announces a change (possible fraud) rather than asks a question.
BANK_CHANGE = re.compile(
    r"\b(?:nouveau|nouvelle|nouvelles|new|updated|changed?|chang\w+ de|modifi\w+|mise a jour|update|neue|nuevo|nueva|nuovo|nuova)"
    r"\s+(?:\w+\s+){0,3}?(?:rib|iban|bic|banque|bank|coordonnees bancaires|compte bancaire|account|bankverbindung|cuenta|conto)\b"
    r"|\b(?:rib|iban|bank details|coordonnees bancaires|account)\s+(?:a|ont|have|has|had)\s+(?:change|been changed|ete modifiee?s?)"
)
# A bank question asked before paying ("avant de payer, pouvez-vous confirmer l'IBAN ?") is the point of the mail.
BANK_FIRST = re.compile(
    r"\b(?:avant de (?:payer|regler|proceder)|before (?:we |i )?(?:pay|paying|send)|antes de pagar|prima di pagare|"
    r"bevor (?:wir|ich) (?:zahlen|uberweisen))\b"
)
# Asking for a corrected invoice is part of a dispute, not a copy request.
CORRECTED = re.compile(
    r"corrig|rectif|reemet|nouvelle facture|corrected|re-?issue|amended|korrigiert|nueva factura|corrett|riemett"
)
# "avant la date limite indiquée dans votre courrier": the date is in the quoted letter.
DEADLINE_REF = re.compile(
    r"\bdate limite\b|\bdelai (?:indique|imparti|fixe|demande)\b|\bla date (?:indiquee|fixee|demandee)\b|"
    r"\b(?:the|your) deadline\b|\bthe date (?:you|in your|given)\b|\bfrist\b|\bplazo indicado\b|\btermine indicato\b"
)
DEADLINE_LEAD = re.compile(
    r"(?:au plus tard le|avant le|d'ici le|no later than|by|before|bis zum|bis spatestens|antes del|entro il)\s*$"
)
# "paid" words that are not yet a payment: "make sure this is paid", "une fois réglée", "sobald bezahlt".
NOT_YET_PAID = re.compile(
    r"(?:make sure|ensure|until|once|when|after|as soon as|so that|lorsque|quand|des que|une fois|tant que|"
    r"sobald|bis|cuando|en cuanto|hasta que|quando|appena|finche)\s+(?:\w+\s+){0,3}$"
)
# A negation inside the matched words ("hab noch nicht bezahlt", "we have not paid").
NEGATED = re.compile(r"\b(?:nicht|noch nicht|kein\w*|not|never|pas|jamais|no|non|nunca|mai)\b|n't\b")
PARTIAL = re.compile(r"\bune partie\b|\bun acompte\b|\bpartiellement\b|\bpart of\b|\bpartial\b|\bhalf\b|\bla moitie\b")
# A sentence about a payment already made: no promise, whatever date it names.
PAST_CONTEXT = re.compile(
    r"\ba ete\b|\bont ete\b|\bhier\b|\bwent\b|\bwas (?:sent|made|paid)|\bhas been\b|\byesterday\b|\bdepuis\b|"
    r"\bwurde\b|\bgestern\b|\bhemos\b|\bayer\b|\babbiamo\b|\bieri\b|\bc fait\b|\bc'est fait\b"
)
RETURN_WORDS = re.compile(
    r"retour|absent|conge|back|return|until|jusqu|away|leave|vacances|office|traiterai|repondrai|reouverture|"
    r"ferme|des |wieder|ruckkehr|\bab\b|\bbis\b|zuruck|urlaub|hasta|vuelvo|volvemos|regreso|incorporare|fuera|"
    r"fino|rientr|riapri|ufficio|assente|ferie"
)
INCLUSIVE = re.compile(r"\s*(?:inclus|incluse|included|inclusive|incluido|incluida|compreso|compresa|einschlie)")

# A payment word next to a future date is a promise even in the present tense ("je paye demain").
PAY_WORD = re.compile(
    r"\b(?:pa[iy]e|pa[iy]es|pa[iy]er|pa[iy]ons|r[e]?gle|r[e]?gler|r[e]?glons|vire|virons|verse|"
    + PAYMENT[3:-1]
    + r"|pay|paying|settle|settling|send (?:the )?money|zahlen|zahle|uberweisen|uberweise|begleichen|pagar|pago|"
    r"pagamos|pagare|pagaremos|pagamento|pagare|paghiamo|pagheremo|saldare|bonifico|transferencia)\b"
)
