"""Keyword patterns per intent, French and English, on folded text (lowercase, no accents).

Weights: 3 = says it outright, 2 = strong hint, 1 = weak hint. Spellings are loose on purpose
("paiment", "virment", "efectue", "payerai").
"""

from __future__ import annotations

import re

from .dates import WEEKDAYS

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
            r"\balready paid\b|\bpaid in full\b|\bproof of payment\b|\bremittance advice\b|\bremittance\b(?!\s+(?:details|information|info|address))|\bpayment confirmation\b",
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
            r"\b(?:delai|delais) (?:de paiement|supplementaire)|\baccorder un delai\b|\bun peu plus de temps\b|\b(?<!dans )un delai\b(?! de \d)",
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
        (r"\b(?:more|extra|additional) time\b|\b(?:an|a|short|small|brief|further|little|another|bit of an?)\s+(?:\w+\s+)?extension\b|\bextension (?:of time|of the deadline|to pay|on (?:the|this|my|our))\b|\bgrace period\b", 2),  # not "the Rothley extension" (a building)
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
        (r"\b(?:verra|sara|verranno|saranno)\s+(?:\w+mente\s+)?(?:saldat|pagat|bonificat)[aoie]\b", 3),
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
        (r"\b(?:i|we)\s+(?:already\s+|just\s+)?(?:sent|mailed|posted|transferred|wired)\s+(?:it|this|that|them)\b", 1.5),  # "I posted it" may be any document: a hint only
        (r"(?:^|\n)\s*(?:i\s+|we\s+)?(?:already\s+|just\s+)?(?:sent|made|paid|transferred|wired|mailed|posted)\s+(?:the|a|our|my|your)\s+(?:payment|transfer|money|funds|cheque|check|balance|invoice)\b", 3),
        # German
        (r"\b(?:wurde|wurden|ist|sind|haben|habe|hab|hatten)\s+(?:(?:[^\s.?!]|(?<=\d)\.)+\s+){0,5}?(?:bezahlt|gezahlt|uberwiesen|angewiesen|beglichen|ausgefuhrt)\b", 3),
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
        (r"\blivraison (?:incomplete|partielle|non conforme|erronee)\b|\bavec reserves?\b|(?<!livraison )(?<!documents )(?<!justificatifs )\bmanquant(?:e?s)?\b", 3),  # not "les bons de livraison manquants"
        (r"\b(?:n'est |est )?pas pour nous\b|\bjamais travaille avec vous\b|\bpas d'accord\b|\ben panne\b", 3),
        (r"\bfacture (?:corrigee|rectifiee|rectificative|modifiee|refaite)\b|\bcorriger (?:la|votre|cette) facture\b|\breemet|\bpas (?:ete )?(?:appliquee?|deduite?|prise? en compte)\b|\bne peut (?:donc )?pas etre traitee\b", 3),
        (r"\bne (?:paierons|paierai|payerons|payerai|paiera|payera|reglerons|reglerai|reglera)\s+pas\s+(?:tant que|avant)\b|\bvous (?:me|nous) reclamez\b[^.]{0,80}\bmais\b|\bil ne reste (?:donc )?que\b", 3),
        # English
        (r"\b(?:never|didn't|did not|haven't|have not)\s+ordered\b|\bcorrected invoice\b|(?<!stop payment and )\bre-?issue\b|\bcancel (?:it|this|the invoice)\b|\bnot paying (?:this|it|until)\b|\b(?:won't|wont|will not|shan't) be paying\b", 3),
        (r"\bno account with you\b|\bnever heard of (?:you|your)\b|\bscam\b|\b(?:isn't|isnt|is not|not) ours\b|\bwrong (?:company|customer|business)\b|\ba duplicate\b|\bduplicated\b", 3),
        (r"\bcharged (?:\w+ )?twice\b|\b(?:doesn't|does not|don't|do not) match\b|\bcrack(?:ed)?\b|\bstill has the\b|\bwould be waived\b", 3),
        # German
        (r"\b(?:nie|nicht|niemals) bestellt\b|\bunvollstandig\b|\bdoppelt\b|\bstimmt nicht\b|\bkorrigier|\bwidersprech|\bmangelhaft|\bbeschadigt|\breklam|\bgutschrift\b|\bnicht ordnungsgema(?:ss|ß)|\bnicht (?:berucksichtigt|korrekt|richtig)\b", 3),
        (r"\bzahlen (?:wir )?(?:erst|nicht)\b|\b(?:ist|war) falsch\b|\bes fehlen\b|\bgebrochen\b", 3),
        # Spanish
        (r"\bno coincide\b|\bno es el que acordamos\b|\bno (?:hemos|he) pedido\b|\bfactura (?:corregida|rectificativa)\b|\bno reconocemos\b|\bno vamos a pagar\b|\bno (?:esta|estan) (?:terminad|acabad)[ao]s?\b|\bel abono\b|\bnueva factura\b|\bno podemos tramitar\b", 3),
        (r"\b(?:sera|es) un error\b|\bcon golpes\b|\bno cierra\b|\bequivocad[ao]s\b|\bque lo eliminen\b", 2),
        # Italian
        (r"\bnon corrisponde\b|\bnon e quello concordato\b|\bnon abbiamo ordinato\b|\bfattura corretta\b|\bnota di credito\b|\bcontest(?:iamo|o)\b|\bnon paghiamo\b|\bnon e (?:finito|terminato|completato)\b|\bstornar|\briemettere\b|\bnon possiamo registrare\b", 3),
        (r"\bsara un errore\b|\bammaccat|\bnon chiude\b|\bsbagliat[aoie]\b|\bmancano\b", 2),
    ],
    "plan_request": [
        (r"\b\d[\d  ,.]*\s*(?:€|eur|euros?|£|\$)?\s*(?:par mois|/ ?mois|mensuels?|a month|per month|/ ?month)\b|\b(?:pas|plus)\s+tout\s+(?:payer|regler)\s+(?:d'un coup|en une fois)\b|\bet (?:le reste|le solde)\b", 3),
        (r"(?:£|\$|€)\s?\d[\d,.]*\s+now and\b|\b\d[\d,.]*\s*(?:€|eur)\s+now and\b|\bsplit (?:this|it|the \w+) (?:over|into|in)\b|\bover (?:\d|two|three) (?:or (?:\d|three|four) )?(?:monthly )?payments\b|(?:\bnot\b|n't\b|\bcannot\b|\bunable to\b|\bno way\b|\brather than\b)[^.?!]{0,40}\bin one go\b|\bover (?:a few|several|the next few|\d+|two|three|four|six) months\b", 3),
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
        (r"\b(?:cessez|arretez) de (?:m'|nous |me )(?:harceler|spammer)\b|\btake (?:me|us|this address|(?:my|our) (?:e-?mail )?(?:address|email)) off\b|\boff (?:your|the) (?:mailing )?list\b", 3),
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
def _extend(more: dict[str, list[tuple[str, float]]]) -> None:
    """Add a family of rules, intent by intent, after those already there (order is kept)."""
    for intent, rules in more.items():
        RULES[intent].extend(rules)


_extend(MORE)


NEGATION = re.compile(
    r"(?:\bne\b|\bn'|\bpas\b(?! de (?:souci|soucis|probleme|problemes)\b)|\bnot\b|n't\b(?! worry)|\bnever\b|\bjamais\b|\bno\b(?! (?:problem|worries)\b)|\bnon\b|\bnicht\b|\bkein\w*(?! (?:problem|thema)\b)|\bpas encore\b|\bnot yet\b|\bsans\b|\bsi\b|\bif\b|\bwenn\b|\bfalls\b)[^.?!,]{0,25}$"
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
    r"sobald|bis|cuando|en cuanto|hasta que|quando|appena|finche)\s+(?:\w+\s+){0,3}(?:[mnlst]'|qu')?$"
)
# A negation inside the matched words ("hab noch nicht bezahlt", "we have not paid").
NEGATED = re.compile(r"\b(?:nicht|noch nicht|kein\w*|not|never|pas|jamais|no|non|nunca|mai)\b|n't\b")
PARTIAL = re.compile(r"\bune partie\b|\bun acompte\b|\bpartiellement\b|\bpart of\b|\bpartial\b|\bhalf\b|\bla moitie\b")
# A sentence about a payment already made: no promise, whatever date it names.
PAST_CONTEXT = re.compile(
    r"\ba ete\b|\bont ete\b|\bhier\b|\bwent\b|\bwas (?:sent|made|paid)|\bhas been\b|\byesterday\b|\bdepuis\b|"
    r"\bwurde\b|\bgestern\b|\bhemos\b|\bayer\b|\babbiamo\b|\bieri\b|\bc fait\b|\bc'est fait\b|\bviens d|\bvenons d|\bvient d"
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

# Phrasings grouped by kind, from reading set 2's misses as categories (each rule covers the family of
# wordings, several writers' ways of saying it; none is a copy of one reply). Same folded text, same weights.
_PAST_PART_FR = r"(?:fait|effectue|emis|envoye|adresse|parti|passe|poste|depose|remis|transmis|execute|expedie|ordonne|lance|valide|debite|vire|regle|paye|solde|renouvele|refait|realise)e?s?"
_NOUN_ANY = r"(?:" + PAYMENT[3:-1] + r"|prelevement|zahlung|uberweisung|pago|transferencia|ingreso|bizum|pagamento|bonifico|assegno|versamento|check|ach|bacs|zelle|paypal|money|funds)"
_GAP = r"(?:[^.?!\n]|[.,](?=\d))"  # words of the same sentence ("£1,200.00" included)
GENERAL: dict[str, list[tuple[str, float]]] = {
    "paid": [
        (r"\b(?:payment|transfer|cheque|check|money|funds|it)\s+is\s+(?:already\s+)?(?:on (?:its|the) way|in the (?:post|mail))\b|\b(?:paiement|virement|cheque|reglement)\s+est\s+(?:deja\s+)?en (?:route|chemin)\b|"
         r"\b(?:zahlung|uberweisung|geld)\s+ist\s+(?:schon\s+|bereits\s+)?unterwegs\b|\b(?:pago|transferencia)\s+(?:ya\s+)?esta en camino\b|\b(?:pagamento|bonifico)\s+e\s+(?:gia\s+)?in arrivo\b", 3),
        # "avez-vous reçu mon virement ?": says it was paid (a question: the firm checks)
        (r"\b(?:recu|received|erhalten|recibido|ricevuto)\s+(?:mon|notre|my|our|meine|unsere|mi|nuestro|nuestra|il mio|il nostro)\s+(?:virement|paiement|reglement|cheque|payment|transfer|check|zahlung|uberweisung|transferencia|pago|bonifico|pagamento)\b", 3),
        # the payment should show on the creditor's side soon: a hint that it has left
        (r"\bshould (?:see|receive|get|have) it\b|\b(?:be|show|appear|land) (?:on|in) your account\b|\bdevriez (?:le |la )?(?:voir|recevoir|avoir)\b|\bapparaitra sur votre\b|"
         r"\bsollte\w* (?:\w+ ){0,3}(?:ankommen|eingehen|gutgeschrieben)|\bmusste\w* (?:\w+ ){0,4}eingehen|\bdeberia(?:is|n)? (?:llegar|recibir|verlo)|\b(?:os|le|les|te) llegara\b|\bdovreste (?:riceverl|vederl)", 1.5),
        # a payment noun, a few words, then a past participle: "le virement international a été fait le 24",
        # "le chèque n°0004567 de 260 € a été posté", "il bonifico … è partito lunedì", "el pago se hizo"
        (r"\b(?:le|un|notre|mon|votre|ce|du|ma|la|cette)\s+" + _NOUN_ANY + r"\b" + _GAP + r"{0,50}?\b(?:a|est|ont|sont)\s+(?:bien\s+|deja\s+)?(?:ete\s+)?" + _PAST_PART_FR + r"\b(?!\s+(?:d'ici|avant|pour|demain))", 3),
        (r"\b(?:a|ont|avez|as)\s+(?:bien\s+|deja\s+|aussi\s+)*(?:paye|regle|vire|solde|verse|rembourse)\b", 3),  # "mon fils a payé"
        (r"\b(?:l'ai|l'avons|l'a|l'ont)\s+(?:bien\s+|deja\s+)?(?:refait|renouvele|renvoye|reemis|repasse|fait|effectue|paye|regle|vire)e?\b", 3),  # not "je l'ai relancé" (a person chased)
        (r"\b(?:je viens|nous venons|on vient)\s+(?:juste\s+)?de\s+(?:pa[iy]er|regler|virer|solder|faire le (?:virement|paiement)|lancer le virement)\b", 3),
        (r"\b(?:detail|details|recapitulatif|confirmation)\s+de\s+(?:notre|mon)\s+(?:reglement|virement|paiement)\b|\bdate d'execution\b|\bavis de debit\b|\bdebite(?:e|s)? de (?:notre|mon) compte\b", 3),
        (r"\b(?:a ete|ont ete|was|were|has been|wurde|wurden|fue|ha sido|e stata|e stato)\s+(?:\w+\s+)?(?:incluse?s?|included|integree?s?|aufgenommen|incluid[ao]|inclus[ao]|inserit[ao])\s+(?:dans|in|en)\b(?!\s+(?:the |our |la |le |notre )?(?:next|upcoming|coming|following|prochaine?)\b)" + _GAP + r"{0,30}\b(?:remise|lot|campagne|run|batch|zahlungslauf|remesa|distinta)", 3),  # not "in the next run"
        (r"(?:^|\n)\s*(?:deja\s+)?(?:paye|regle|vire|solde)e?s?\s+(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"|la semaine derniere|ce matin|ce midi|cet apres-midi)\b", 3),
        (r"\bc(?:'est|est)\s+(?:bien\s+|deja\s+)?(?:regle|paye|fait|vire|solde)e?s?\s+depuis\b|\bcest (?:regle|paye|fait|vire|solde)e?s?\b", 3),
        # English
        (r"\b(?:payment|transfer|money|funds|it|wire|ach|bacs)\b" + _GAP + r"{0,40}?\b(?:left|went out of|came out of|was debited from|cleared from)\s+(?:our|my|the)\s+(?:account|bank)", 3),
        (r"\b(?:payment|transfer|check|cheque|wire|ach|bacs|remittance)\b" + _GAP + r"{0,40}?\b(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:paid|made|sent|settled|processed|released|mailed|posted|issued|initiated|submitted|completed|wired|transferred|executed)\b", 3),
        (r"\b(?:ach|bacs|zelle|venmo|paypal|e-?transfer|check|cheque)\s+(?:\w+\s+)?(?:went (?:out|through|over)|was sent|cleared)\b", 3),
        (r"(?:^|\n)\s*(?:i\s+|we\s+)?(?:just\s+|already\s+)?paid\s+(?:it|this|that|you|the invoice|in full|" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", 3),
        (r"\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|already\s+)?(?:sent|mailed|posted|paid|transferred|wired)\s+(?:you\s+)?(?:a\s+|the\s+|our\s+|my\s+)?(?:check|cheque|payment|transfer|(?:£|\$|€)\s?\d)", 3),
        # German: the participle before its auxiliary ("die Zahlung heute ausgelöst wurde"), more participles
        (r"\b(?:bezahlt|gezahlt|uberwiesen|angewiesen|beglichen|ausgefuhrt|ausgelost|getatigt|veranlasst|abgebucht|uberwiesen)\s+(?:worden\s+)?(?:wurde|wurden|ist|sind|haben|hat|habe)\b", 3),
        (r"\b(?:wurde|wurden|ist|sind|haben|habe|hab|hat|hatten)\s+(?:(?:[^\s.?!]|(?<=\d)\.)+\s+){0,10}?(?:bezahlt|gezahlt|uberwiesen|angewiesen|beglichen|ausgefuhrt|ausgelost|getatigt|abgebucht|veranlasst)\b", 3),
        # Spanish: preterite and "acabo de"
        (r"\bse (?:hizo|realizo|envio|efectuo|ordeno|mando|emitio|abono|pago|transfirio|ingreso)\b", 3),
        (r"\b(?:acabo|acabamos)\s+de\s+(?:pagar|abonar|transferir|ingresar|hacer (?:el|la) (?:pago|transferencia|ingreso))\b", 3),
        (r"\b(?:te|os|le|les)?\s*(?:hice|hicimos|realice|realizamos|envie|mande)\s+(?:el|la|un|una)\s+(?:pago|transferencia|ingreso|bizum)\b|(?<!que )(?<!que nos )(?<!que me )(?<!que le )(?<!que les )(?<!cuando )\b(?:pague|transferi|ingrese|abone)\b", 3),  # not "a que nos pague un cliente"
        (r"\b(?:adjunto|adjuntamos|os reenvio|te reenvio|le reenvio|les reenvio|os envio|le envio|con el)\s+(?:el\s+|mensaje\s+\w+\s+\w+\s+\w+\s+con el\s+)?(?:justificante|comprobante)\b|\breenvio el mensaje\b" + _GAP + r"{0,40}\bjustificante\b", 3),
        # Italian: "è stato disposto/eseguito/effettuato", "vi ho spedito un assegno", "ho appena pagato"
        (r"(?<!fattura )(?<!fatture )\b(?:e|sono)\s+(?:gia\s+)?(?:stat[oaie]\s+)?(?:dispost|effettuat|eseguit|fatt|inviat|emess(?=[oaie]\b(?!\s+in data))|ordinat|spedit|partit|pagat|saldat|accreditat|addebitat)[oaie]\b", 3),
        (r"\b(?:vi |ti |le |gli )?(?:ho|abbiamo|ha|hanno)\s+(?:gia\s+|appena\s+)?(?:spedito|inviato|mandato|fatto|emesso|disposto|effettuato|eseguito|pagato|saldato|versato)\s+(?:un|il|l'|lo|la)\s*(?:assegno|bonifico|pagamento|versamento|saldo|importo)\b", 3),
        (r"\b(?:ho|abbiamo)\s+appena\s+(?:pagato|saldato|fatto il bonifico|bonificato)\b", 3),
    ],
    "promise": [
        (r"\b(?:le reste|le solde|the rest|the balance|the remainder|der rest|el resto|il resto|il saldo)\s+(?:suivra|sera (?:regle|paye|vire|verse)|arrivera|will follow|follows|will come|folgt|kommt|seguira|llegara|arrivera)\b|"
         r"\b(?:this one|it|this|that)\s+(?:will|'ll|should)\s+go (?:out|through)\b|(?:^|\n)\s*(?:geht|gehen)\s+(?:\w+\s+){0,3}?raus\b|\b(?:je|nous|on)\s+(?:vous|te)\s+(?:fais|faisons|fait)\s+(?:ca|cela|le necessaire)\b", 3),
        (r"\b(?:je|nous|on)\s+(?:vous\s+)?(?:enverrai|enverrons|enverra|referai|referons|refera|posterai|posterons|deposerai|deposerons|remettrai|remettrons|ferai|ferons|fera)\s+(?:un|le|mon|notre|la)\s+(?:cheque|virement|paiement|reglement|versement)\b", 3),
        # asking to pay on a date ("can I pay this next Wednesday?"): a hint, kept only when the question names a date
        (r"\b(?:can|could|may)\s+(?:i|we)\s+(?:pay|settle|send)\b|\bpuis-je\s+(?:payer|regler)\b|\best-ce que (?:je|nous|on) (?:peux|pouvons|peut|pourrais|pourrions) (?:vous )?(?:payer|regler)\b|"
         r"\b(?:kann|konnte) ich\b[^.?!]{0,30}\b(?:zahlen|uberweisen)\b|\b(?:puedo|podemos|podria|podriamos)\s+pagar\b|\b(?:posso|possiamo|potrei|potremmo)\s+pagare\b", 1),
        # a pay run, a batch, a list the invoice is on ("dans la liste", "in the 11/15 batch", "Zahlungslauf")
        (r"\b(?:est|sera|figure|entre|is|will be|you'll be|it'll go|goes|ist|wird|entra|estara|e|sara)\b" + _GAP + r"{0,25}?\b(?:dans|sur|in|on|im|en|nel|nella)\s+(?:la|le|notre|the|our|this|next|dem|der|el|la|il)?\s*(?:prochaine?\s+|next\s+|nachsten\s+|proxima\s+|prossim[ao]\s+)?(?:\S+\s+)?(?:liste|list|batch|run|payment run|pay run|lot|remise|campagne|zahlungslauf|remesa|distinta)\b", 3),
        (r"\b(?:passe|passera|passent|pay|pays|process(?:es|ing)?|runs?|traite|traitera)\s+(?:les|nos|the|our)?\s*(?:reglements|virements|paiements|payables|vendors|suppliers|fournisseurs)\b", 2),
        (r"\b(?:scheduled|booked(?: in)?|approved|set up|queued|lined up)\s+for\s+payment\b|\bzahlungslauf\b|\bremesa de pagos\b|\b(?:eingeplant|vorgemerkt|terminiert|eingetaktet)\b", 3),
        # commitments in formal or plain words
        (r"\b(?:s'engage|m'engage|nous engageons|undertakes?|commits?|verpflichte\w*|se compromete|nos comprometemos|me comprometo|si impegna|ci impegniamo|mi impegno)\s+(?:\w+\s+){0,2}?(?:a|to|zu|de)?\s*(?:pa[iy]er|regler|verser|solder|pay|settle|zahlen|begleichen|pagar|abonar|corrispondere|pagare|saldare|versare)\b", 3),
        (r"\b(?:sie|you|vous|usted|ustedes|voi)\s+(?:kriegen|bekommen|erhalten|(?:will|'ll) get|aurez|recevrez|recibira\w*|tendra\w*|avrete|riceverete)\s+(?:ihr|das|your|votre|vos|su|il|i vostri)\s+(?:geld|money|argent|dinero|soldi|pago|zahlung)\b", 3),
        (r"\b(?:je|nous|on)\s+(?:vais|allons|va)\s+faire\s+le\s+necessaire\b|\b(?:je|nous|on)\s+(?:le |la )?(?:refais|refaisons|refait|relance|relancons|renvoie|renvoyons)\b", 3),
        (r"\b(?:i|we)\s*(?:will|'ll|ll|shall)\s+(?:cut|write|mail|post|drop|issue|send)\s+(?:you\s+)?(?:a|the|your)\s+(?:check|cheque)\b|\b(?:i|we)\s*(?:will|'ll|ll)\s+send\s+(?:you\s+)?(?:yours|the money|the funds|the payment|the balance|the rest|the remainder|it over|it across)\b", 3),
        (r"\b(?:i|we)\s*(?:will|'ll|ll)\s+(?:sort|take care of|deal with|get to)\s+(?:it|this|that|them)\b|\bi'll get (?:it|this|that) sorted\b", 2),
        (r"\b(?:payment|transfer|it|the invoice|invoice|balance)\s+(?:will|should|is going to)\s+be\s+(?:done|completed|initiated|executed|issued|released)\b|\b(?:payment|transfer|it|funds)\s+(?:will|should)\s+go out\b", 3),
        # German
        (r"(?:^|[\n.!]\s*|\b(?:sie|es|die rechnung|der betrag|die zahlung)\s+)(?:wird|werden)\s+(?:\w+\s+){0,4}?(?:beglichen|bezahlt|uberwiesen|angewiesen|ausgefuhrt|veranlasst|freigegeben)\b", 3),
        (r"\b(?:zahlung|uberweisung)\b" + _GAP + r"{0,40}?\b(?:wird|werden)\b" + _GAP + r"{0,40}?\b(?:erfolgen|kommen|rausgehen|ausgefuhrt|veranlasst)\b", 3),
        (r"\b(?:gibt|geben|gebe)\s+(?:\w+\s+){0,3}?(?:uberweisung|zahlung|rechnung)\s+(?:\w+\s+){0,2}?frei\b", 3),
        (r"\bkummer\w*\s+(?:mich|uns)\s+(?:drum|darum)\b|\bmach ich\b|\bwird erledigt\b", 2),
        # Spanish: impersonal future
        (r"\bse (?:abonara|pagara|transferira|liquidara|ingresara|efectuara|realizara|hara|enviara|emitira|saldara)n?\b", 3),
        # Italian: more futures and "provvedo"
        (r"\b(?:lo |la |li |le |vi |ve lo |ve la )?(?:verseremo|versero|bonificheremo|bonifichero|invieremo|inviero|effettueremo|effettuero|disporremo|disporro|salderemo|saldero|pagheremo|paghero)\b", 3),
        (r"\b(?:provvedo|provvediamo|provvederemo|provvedero)\b|\b(?:mettiamo|metto|sistemiamo|sistemo|regoliamo|regolo)\s+(?:tutto\s+)?(?:a posto|in regola)\b", 2),
    ],
    "dispute": [
        # never ordered, cancel/void this invoice
        (r"\b(?:jamais|pas|rien)\s+(?:passe|fait|signe|valide)\s+(?:de |cette |la |votre |aucune )?commande\b|\baucun bon de commande\b|\bannul\w*\s+(?:cette|la|votre)\s+facture\b", 3),
        (r"\b(?:void|cancel|withdraw)\s+(?:this|the|that|your)\s+(?:invoice|bill)\b|\b(?:we|i)\s+cancell?ed\s+(?:this|the|our)\s+order\b", 3),
        (r"\b(?:nie|nichts|niemals)\s+(?:etwas\s+)?bestellt\b|\bstornier|\bdoppel\w*(?:verrechnung|rechnung|fakturierung|belastung)\b", 3),
        (r"\bno (?:hemos|he|habiamos)\s+(?:realizado|hecho|pedido|encargado)\s+(?:ningun|ese|este|el|nada)\b|\bnon (?:abbiamo|ho) (?:mai )?(?:ordinato|richiesto)\b|\bannull\w* (?:la|questa) fattura\b|\banul\w* (?:la|esta) factura\b", 3),
        # refusing to pay until it is put right
        (r"\bne (?:pa[iy]erai|pa[iy]erons|reglerai|reglerons|pa[iy]era|reglera)\b" + _GAP + r"{0,30}?\bqu'(?:apres|une fois|a reception|a la livraison|lorsque|quand)\b", 3),
        (r"\b(?:not|never) (?:prepared|willing|going) to pay\b|\bunwilling to pay\b|\bi'?m not paying\b|\bnot paying (?:the|for|any|extra|a penny|a cent)\b|\bholding (?:back )?(?:the )?payment\b|\bwithhold(?:ing)? (?:the )?payment\b", 3),
        (r"\bno (?:pienso|vamos a|voy a) pagar\b|\bno (?:pagare|pagaremos|abonaremos|pago)\b" + _GAP + r"{0,20}\bhasta\b|\bnon (?:pagheremo|paghero|paghiamo|pago)\b" + _GAP + r"{0,20}\b(?:finche|fino a quando|prima)\b", 3),
        (r"\bzahlen? (?:wir|ich) (?:erst|nicht)\b|\bbevor (?:das|die|der) \w+ (?:nicht )?(?:behoben|repariert|ersetzt)\b", 3),
        # what was billed is not what was agreed, ordered or delivered
        (r"\b(?:vous (?:m'|nous )?avez|you(?: have)?|sie haben|han|avete)\s+(?:facture|charged|billed|berechnet|fatturato|facturado)\b" + _GAP + r"{0,60}?\b(?:alors que|whereas|while|but|mais|obwohl|aunque|pero|mentre)\b|\bvous (?:me|nous) reclamez\b" + _GAP + r"{0,60}\balors que\b", 3),
        (r"\bhigher than (?:your|the|our) (?:written )?(?:quot|estimate|agreed)|\b(?:plus eleve|superieur)e?s? (?:que|au|a) (?:votre |le |notre )?devis\b|\bhoher als (?:das |im |ihr )?angebot\b|\bsuperior al presupuesto\b|\bsuperiore al preventivo\b|\bquoted (?:figure|price|amount) only\b", 3),
        (r"\b(?:teinte|couleur|taille|dimension|modele|reference|quantite|qualite)s?\s+(?!de (?:bon de )?commande\b|du bon de commande\b)(?:\w+\s+)?command\w*\b|\bnot what (?:we|i) ordered\b|\bcolore diverso\b|\bdiverso da quello ordinato\b|\bincomplet(?:e|es|s)?\b|\bincomplet[ao]s?\b", 3),
        (r"\bfaulty\b|\bpoor (?:quality|workmanship)\b|\bshoddy\b|\b(?:don't|doesn't|do not|does not) (?:light up|work|close)\b|\buntil (?:it'?s|it is|this is|they'?re) (?:fixed|repaired|replaced)\b|\b(?:was|were) (?:supposed|meant) to be included in\b|\bshould (?:have been|be) included in\b", 3),
        (r"\b(?:merci de|veuillez|pourriez-vous|pouvez-vous|please|kindly|bitte|vi chiediamo di|vi preghiamo di|por favor|les rogamos|os pedimos)\s+(?:\w+\s+){0,3}?(?:rectifier|corriger|refaire|correct|amend|korrigieren|berichtigen|rettificare|correggere|rectificar|corregir)\b(?!\s+(?:le |la |les |vos |votre |your |the )?(?:parametrage|relances|reminders|adresse|address|coordonnees|fichier))", 3),
        (r"\bno (?:lo |los |la |las )?reconocemos\b|\ben discusion\b|\bin discussione\b|\bstrittig\b|\bumstritten\b|\ben litige\b|\bno cierran\b|\bdifettos[aoie]\b|\bspaccando\b|\bsollevat[oaie]\b|\bavvocato\b", 3),
        (r"\bne abbiamo ricevut[ie]\b|\bsolo (?:hemos recibido|recibimos)\b|\bnur \w+ (?:erhalten|geliefert)\b|\bonly (?:received|got) \d+\b|\bhemos recibido \d+\b", 2),
    ],
    "out_of_office": [
        (r"\b(?:service|bureau|bureaux|societe|entreprise|agence|magasin|atelier|cabinet|mairie|etude|ecole|boutique|restaurant|hotel|camping|garage|secretariat|accueil)s?\b" + _GAP + r"{0,30}?\b(?:est|sont|sera|seront|restera|resteront)\s+fermee?s?\b|\bsera traite a partir\b|\bnous traiterons votre\b", 3),
        (r"\b(?:oficinas?|empresa|tienda|taller)s?\b" + _GAP + r"{0,20}?\b(?:permanec\w+|estar\w+|esta|estan)\s+cerrad[ao]s?\b|\bretomaremos\b|\breanudaremos\b|\b(?:estare|estaremos) de (?:nuevo|vuelta) en\b|\bde vuelta en la oficina\b", 3),
        (r"\b(?:azienda|ufficio|uffici|sede|negozio)\b" + _GAP + r"{0,20}?\b(?:restera|resteranno|sara|saranno|e|sono)\s+chius[aoie]\b|\balla riapertura\b", 3),
        (r"\b(?:absent|away|out|off)\s+(?:until|till|through|thru)\b", 3),
        (r"\b(?:office|offices|business|shop)\b" + _GAP + r"{0,20}?\b(?:is|are|will be)\s+closed\b", 3),
    ],
    "copy_request": [
        (r"\b(?:me|nous)\s+(?:la|le|les)\s+(?:renvoyer|envoyer|transmettre|faire parvenir|adresser|redonner)\b|\bpas (?:trouve|retrouve) (?:de )?trace de (?:cette|la|votre) facture\b", 3),
    ],
    "contact_change": [
        (r"\b(?:adresser|envoyer|transmettre|diriger|faire suivre)\s+(?:desormais\s+)?(?:vos|les|toutes? (?:vos|les))\s+(?:relances|factures|courriers|mails|e-?mails|correspondances?)\s+a\b", 3),
        (r"\bchange(?:ment)? d'adresse\b|\bchanged my (?:e-?mail|address)\b|\bmerci d'utiliser\b|\butiliser (?:desormais |dorenavant )?(?:cette|la|l'|mon|notre) (?:nouvelle )?adresse\b|\b(?:a|sur) cette adresse\b|\bto this (?:e-?mail )?address\b", 2),
        (r"\bpas (?:la bonne personne|le bon interlocuteur|le bon contact)\b|\bnot the right (?:person|contact)\b", 2),
    ],
    "unsubscribe": [
        (r"\bne plus (?:m'|me |nous )?(?:adresser|envoyer|ecrire|contacter|relancer|solliciter)\b|\b(?:me|nous) (?:retirer|supprimer|enlever|desinscrire|rayer) de (?:vos|votre|la|vos listes d') ?(?:envois|liste|listes|fichier|fichiers|mailing|diffusion)\b", 3),
    ],
    "bank_details": [
        (r"\b(?:routing|account|sort)\s+(?:and\s+\w+\s+)?(?:numbers?|codes?)\b", 2),
    ],
}
_extend(GENERAL)
# Kinds read from set 3's misses (each a family of wordings, none one reply's words). Same folded text, same weights.
_LEAD = r"(?:^|[\n.!,;]\s*)"  # the start of a sentence or a clause: "hi, ueberweise morgen", "Ciao, pagato ieri"
SET3: dict[str, list[tuple[str, float]]] = {
    "promise": [
        # English: "this will be paid on", "you'll get paid then", third person ("she'll cut the check")
        (r"\b(?:this|that|these|they|yours|the bill|this one)\s+(?:will|'ll|should)\s+be\s+(?:paid|settled|processed|sent|cleared|released)\b", 3),
        (r"\byou(?:'ll| will) get paid\b|\byou(?:'ll| will) (?:get|have) (?:your|the) (?:money|payment)\b", 3),
        (r"\b(?:is|will be)\s+included\s+in\s+(?:it|the|that|this|our|next)\b|\b(?:has been|was)\s+included\s+in\s+(?:the\s+|our\s+)?next\b", 3),  # "your invoice is included in it"; "was included in the run on 20/11" is paid
        (_LEAD + r"(?:will|ill)\s+(?:get|have)\s+(?:it|this|that|them)\s+(?:paid|settled|sent|over|across)\b", 3),
        (r"\b(?:she|he|they)\s*(?:will|'ll|is going to|are going to)\s+(?:cut|write|mail|issue|process|pay|settle|release|approve|send (?:you )?(?:the |a )?(?:check|cheque|payment|transfer|money))\b", 3),
        (r"\b(?:ach|wire|payment|transfer|check|cheque|bacs|funds)\b" + _GAP + r"{0,40}?\b(?:will|should|is going to)\s+go\s+out\b|\b(?:ach|wire|payment|transfer|check|cheque|bacs)\s+(?:\w+\s+){0,4}?is\s+scheduled\b", 3),
        (r"\b(?:i|we)\s*(?:will|'ll|ll)\s+get\s+(?:it|this|that)\s+(?:taken care of|sorted out|dealt with)\b", 2),
        # German: a gap between the noun and "wird", "kommt/erfolgt" (not "erfolgt ist"), "ich kann … bezahlen", "ue" spellings
        (r"\b(?:zahlung|uberweisung|rechnung|betrag)\b" + _GAP + r"{0,30}?\b(?:wird|werden)\s+(?:\w+\s+){0,4}?(?:beglichen|bezahlt|uberwiesen|angewiesen|ausgefuhrt|veranlasst|freigegeben)\b", 3),
        (r"\b(?:zahlung|uberweisung|ueberweisung|geld|betrag)\s+(?:kommt|erfolgt|folgt)\b(?!\s+(?:ist|sind))", 3),
        (_LEAD + r"(?:hi,?\s*|hallo,?\s*)?(?:ich\s+|wir\s+)?(?:ueberweise|ueberweisen)\b", 3),
        (r"\b(?:ich|wir)\s+(?:kann|konnen|werde|werden)\s+(?:ihnen\s+|euch\s+)?(?:\w+\s+){0,4}?(?:bezahlen|zahlen|uberweisen|begleichen)\b", 3),
        # Spanish: "lo tenemos programado para el 30"
        (r"\b(?:lo|la|los|las)\s+(?:tenemos|tengo|dejamos|dejo)\s+programad[ao]s?\b", 3),
        # Italian: present for future with a pronoun ("lo saldo entro venerdì", "vi saldo tra una settimana"), "contiamo di pagarvi"
        (r"\b(?:lo|la|li|le|vi|ve lo|ve la)\s+(?:saldo|verso|bonifico)\b", 3),
        (r"\b(?:contiamo|conto|pensiamo|penso|prevediamo|prevedo)\s+di\s+(?:pagar|saldar|versar|bonificar)\w*", 3),
        # French: "je pourrai vous régler", "votre facture partira avec l'échéance du 30", "le solde (700 €) suivra"
        (r"\b(?:je|nous|on)\s+(?:pourrai|pourrons|pourra)\s+(?:donc\s+|alors\s+|enfin\s+|bien\s+)?(?:vous\s+)?(?:la\s+|le\s+|les\s+)?" + PAY_INF_FR, 3),
        (r"\b(?:votre|la|cette|vos|les)\s+factures?\s+(?:partira|partiront|passera|passeront|sera (?:reglee|payee|viree|honoree)|seront (?:reglees|payees))\b", 3),
        (r"\b(?:le solde|le reste|the rest|the balance|the remainder|der rest|el resto|il resto|il saldo)\s*\([^)]{0,30}\)\s*(?:suivra|sera (?:regle|paye|vire|verse)|will follow|folgt|seguira)\b", 3),
    ],
    "paid": [
        # English
        (_LEAD + r"(?:i\s+|we\s+)?(?:just\s+|already\s+)?sent\s+(?:it|this|that|the money|the payment)\s+(?:over|across|through|via|by|on|last|yesterday|this)\b", 3),
        (r"\b(?:check|cheque|payment|money)(?:'s| is)\s+in the (?:mail|post)\b", 3),
        (_LEAD + r"(?:ach|wire|bacs|chaps|faster payment|payment|transfer|zelle|e-?transfer)\s+(?:\w+\s+)?(?:initiated|sent|made|done|released|submitted|processed)\b", 3),
        (r"\b(?:both of these|both of them|these|they|both|all of them)\s+(?:have|has)\s+(?:now\s+|all\s+)?(?:gone out|been sent|gone through|been paid)\b", 3),
        # German: "die Überweisung … bereits am Dienstag erfolgt ist"
        (r"\b(?:zahlung|uberweisung)\b" + _GAP + r"{0,60}?\b(?:erfolgt|eingegangen|rausgegangen|raus)\s+(?:ist|sind)\b", 3),
        # Spanish: "Hecha la transferencia"
        (_LEAD + r"(?:ya\s+)?(?:hecha|hecho|realizada|realizado|enviada|enviado)\s+(?:la|el)\s+(?:transferencia|pago|ingreso|bizum)\b", 3),
        # Italian: "risulta già pagata", "Ciao, pagato ieri"
        (r"\b(?:risulta|risultano)\s+(?:gia\s+)?(?:pagat|saldat|bonificat|liquidat)[aoie]\b", 3),
        (r",\s*(?:gia\s+)?(?:pagato|saldato|bonificato)\b", 3),
        # French: "je viens de faire un virement", "nous avons fait le nécessaire" (a hint: which necessary?)
        (r"\b(?:je viens|nous venons|on vient)\s+(?:juste\s+)?de\s+(?:faire|effectuer|lancer|passer)\s+(?:un|le|notre|mon)\s+(?:virement|paiement|reglement|versement)\b", 3),
        (r"\b(?:j'ai|nous avons|on a)\s+(?:deja\s+|bien\s+)?fait le necessaire\b", 2),
        (r"(?:^|\n)\s*(?:deja\s+)?(?:pa[iy]ee?s?|reglee?s?|viree?s?|soldee?s?|paid|bezahlt|pagad[ao]|pagato)\s*[.!]", 3),  # "Payé." alone
    ],
    "dispute": [
        # French
        (r"\bcontestee?s?\b|\babimee?s?\b|\bne (?:pa[iy]erai|pa[iy]erons|reglerai|reglerons)\s+que\b", 3),
        (r"\bpas de (?:paiement|reglement|virement)\b" + _GAP + r"{0,40}?\b(?:avant|tant que|sans)\b", 3),
        (r"\bjamais (?:ete )?(?:chiffre|valide|commande|demande|accepte)e?s?\b|\bne fonctionne (?:pas|plus)\b|\btoujours pas (?:en ligne|livree?s?|terminee?s?|installee?s?)\b", 3),
        # paying only what was agreed: "le montant du devis, pas davantage", "the amount we agreed on, not the rest"
        (r"\b(?:montant du devis|devis|we agreed|agreed (?:on|price|amount)|the quote|quoted)\b" + _GAP + r"{0,25}?\b(?:pas davantage|pas plus|pas au-dela|not the rest|not a (?:penny|cent|dime|pound) more|nothing more|no more)\b", 3),
        # English
        (r"\b(?:covered|included) (?:by |under )(?:the |our |its |your )?(?:warranty|guarantee)\b|\bshouldn't (?:be )?(?:paying|have to pay)\b|\bpaying for it twice\b", 3),
        (r"\b(?:payer|regler|pay|zahlen|pagar|pagare)\b" + _GAP + r"{0,50}?\b(?:pas le reste|not the rest|nicht den rest|no el resto|non il resto)\b", 3),
        (r"\bno record of (?:ordering|any order|this order|placing|this work|the work)\b|\bbelongs to (?:another|a different) (?:customer|client|company)\b|\bnot one of our\b", 3),
    ],
    "plan_request": [
        (r"\b\d{1,3}\s?%\s+now\b|\bthe remaining \d{1,3}\s?%", 3),
        (r"\b(?:\d|deux|trois|quatre|cinq|six) cheques\b" + r"[\s\S]{0,80}?\bun par mois\b|\b(?:\d|deux|trois|quatre) (?:cheques|checks|cheques) (?:dated|post-?dated|dates)\b", 3),
        (r"(?<![-\w])raten(?:zahlung|zahlungen)?\b|\bmonatsraten\b|\bratenweise\b|\bteilzahlungen\b", 3),
        (r"\bfraccionar\b|\baplazar el pago\b|\ben (?:dos|tres|cuatro|\d) plazos\b|\bplazos mensuales\b|\bpagos? fraccionados?\b|\bcuotas? mensuales\b", 3),
        (r"\brateizz\w*|\brate mensili\b|\bin (?:due|tre|quattro|\d) rate\b|\bpagamento rateale\b|\bdilazion\w*", 3),
    ],
    "copy_request": [
        (r"\b(?:send|resend|issue|reissue|re-issue)\s+(?:me |us )?(?:a |an |the )?(?:(?:new|proper|corrected|valid|vat|tax|revised|updated|full)\s+)+invoice\b", 3),
        (r"\b(?:reissue|re-issue)\s+(?:me |us )?(?:the |a |this |that |your |our )?invoice\b", 3),
        (r"\breleve de compte\b|\breleve des factures\b|\betat des factures\b|\bstatement of account\b|\baccount statement\b", 3),
        (r"\b(?:liegt|lag) uns (?:nicht|noch nicht) vor\b|\b(?:senden|schicken|ubermitteln|ubersenden)\s+sie\s+(?:uns|mir)\s+(?:bitte\s+)?(?:noch einmal\s+|erneut\s+)?(?:die |eine )?(?:rechnung|kopie|rechnungskopie|pdf)\b|\brechnungskopie\b", 3),
        (r"\b(?:nos|me)\s+(?:la|lo|las|los)\s+(?:pueden|podrian|puede|podria|podeis)?\s*(?:reenviar|enviar|mandar|remitir)\b|\b(?:reenviar|enviar|mandar)(?:nos|me)(?:la|lo)?\b|\bcopia de (?:la )?factura\b|\bno encontramos (?:esta|la|su) factura\b", 3),
        (r"\b(?:inviarci|inviarmi|mandarci|mandarmi|rimandarci|reinviarci|trasmetterci)\s+(?:\w+\s+){0,2}?(?:copia|fattura|pdf)\b|\bcopia della fattura\b|\bnon troviamo (?:questa|la|la vostra) fattura\b", 3),
    ],
    "bank_details": [
        (r"\bconfirmation of payee\b|\baccount (?:is )?held (?:under|in the name)\b|\bname (?:on|of) (?:the|your) account\b|\baccount name\b", 3),
    ],
    "out_of_office": [],
    "unsubscribe": [
        (r"\bje m'oppose\b" + _GAP + r"{0,60}?\b(?:envoi|messages|courriels|relances)\b|\bsupprimer de (?:votre|vos) (?:liste|fichier)s?\b|\brgpd\b" + _GAP + r"{0,60}?\bsupprim", 3),
    ],
    "contact_change": [
        (r"\bvoir (?:directement )?avec (?:lui|elle|eux)\b|\bs'occupe des (?:reglements|paiements|factures)\b|\bne doivent pas (?:lui |m'|me )?etre (?:envoyees|adressees)\b", 2),
    ],
}
_extend(SET3)

# Kinds read from set 4's misses (English, then French; each a family of wordings, none one reply's words).
SET4: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:i|we)\s*(?:will|'ll|ll)\s+(?:send|pay|transfer|wire|settle)\s+(?:you\s+)?(?:the\s+)?(?:remaining|other half|outstanding)\b|\b(?:i|we)\s*(?:will|'ll|ll)\s+(?:send|pay|transfer|wire)\s+(?:you\s+)?(?:the\s+)?(?:remaining\s+|other\s+)?(?:[£$€]\s?\d|\d[\d,.]*\s?(?:€|eur|euros|pounds|dollars)\b)", 3),
        (r"\b(?:i|we)\s*(?:will|'ll|ll)\s+(?:\w+\s+){0,4}?drop (?:a |the |your )?(?:check|cheque|payment) (?:off|round|by|in)\b", 3),
        (r"\b(?:will|shall|'ll|is going to|are going to)\s+(?:remit|forward payment|issue (?:a |the )?payment|process (?:the |your )?payment)\b", 3),
        (r"\bvous (?:aurez|recevrez|allez recevoir) (?:le |votre |mon |notre |un )?(?:virement|paiement|reglement|cheque|argent)\b", 3),
        (r"\b(?:elles?|ils?)\s+seront\s+(?:reglee?s?|payee?s?|viree?s?|honoree?s?|mises? en paiement)\b", 3),
        (r"\b(?:paiement|virement|reglement)\b" + _GAP + r"{0,40}?\bdevrait (?:intervenir|partir|etre (?:effectue|emis|execute))\b", 3),
    ],
    "paid": [
        (r"\bshould (?:already|now|by now) be with you\b|\bshould (?:already )?have (?:reached you|arrived|landed|cleared)\b", 2),
        (r"\b(?:est|suis|sommes|sont) (?:passee?s?|allee?s?|venue?s?) (?:vous )?(?:payer|regler)\b|(?:^|[\n.!]\s*)(?:deja\s+)?(?:pa[iy]ee?s?|reglee?s?|viree?s?)\s+(?:ce matin|hier|aujourd'hui|ce midi|ce soir|tout a l'heure|par|via|avec|en ligne)\b", 3),
        (r"(?:^|[\n.!]\s*)c'est parti\b|\bvous devriez (?:deja |maintenant )?l'avoir(?: recu)?\b|\bdevrait (?:deja )?(?:etre arrive|vous etre parvenu)", 2),
    ],
    "dispute": [
        # paying once the work is put right: a refusal with a reason ("we will settle once the windows have been put right")
        (r"\b(?:once|when|after|until|till|as soon as)\s+(?:\w+\s+){0,6}?(?:has|have|is|are|gets?)\s+(?:been\s+)?(?:put right|fixed|repaired|remedied|rectified|made good|replaced)\b|\band not before\b", 3),
        (r"\b(?:une fois|quand|lorsque|des que|apres)\s+(?:que\s+)?(?:\w+\s+){0,6}?(?:aura|auront|sera|seront|est|sont)\s+(?:ete\s+)?(?:reparee?s?|corrigee?s?|reprise?s?|remplacee?s?|refaite?s?|remise?s? en etat)\b", 3),
        (r"\b(?:did not|didn't|never) (?:request|order)(?: or receive)? any (?:service|work|goods|repair)s?\b|\bsent to (?:us|me|the wrong (?:company|customer|address)) (?:in error|by mistake)\b", 3),
        (r"\b(?:pay|settle)\s+(?:you\s+)?(?:the\s+)?(?:quoted|agreed|original quote)\b[^.]{0,40}?\bonly\b", 3),
        (r"\bamended invoice\b|\bnot (?:for )?the (?:full|whole|entire) amount\b|\bnever (?:turned up|showed up|got delivered|been delivered|was delivered)\b|\bwas never delivered\b", 3),
        (r"\bune fois (?:la |les |le )?(?:reprise|correction|reparation|remise en etat|levee des reserves)\b|\b(?:et )?pas avant\s*[.!]|\b(?:reglement|paiement|payer|regler)\s+(?:\S+\s+){0,5}?en l'etat\b", 3),
    ],
    "contact_change": [
        (r"\b(?:envoyer|adresser|transmettre|faire suivre)\s+(?:la facture et )?(?:les |vos |ces |toutes les )?relances\s+(?:a|au|aupres)\b", 3),
    ],
    "unsubscribe": [
        (r"\bdesactiver (?:l'envoi|les envois|ces envois|vos relances|ces relances)\b|\bne plus recevoir (?:ces|vos|de)\b", 3),
    ],
    "copy_request": [
        (r"\b(?:adresser|envoyer|transmettre|communiquer|joindre)\b" + _GAP + r"{0,60}?\b(?:feuilles? de temps|releve detaille|detail des (?:jours|heures|prestations)|timesheets?)\b", 3),
    ],
}
_extend(SET4)
# Kinds read from set 6's misses (each a family of wordings, none one reply's words).
_DAYWORD = r"(?:\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi|monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|lunedi|martedi|mercoledi|giovedi|venerdi)"
SET6: dict[str, list[tuple[str, float]]] = {
    "promise": [
        # a payment run, named by its day: "dans le virement groupé du 25", "sur notre échéancier fournisseurs du 30/11",
        # "nella distinta di bonifici di mercoledì", "con la RiBa del 30", "in the payment run of the 20th"
        (r"\b(?:dans|sur|avec|en|au|a|nella|nelle|con|in|into|on|en el|en la|con el|con la|im|in den)\s+(?:le |la |l'|notre |nos |les |leur |our |the |next |la nostra |il |el |la |den |die |unser\w* )?(?:prochaine?s?\s+)?"
         r"(?:virements?|paiements?|reglements?|echeanciers?|campagnes?|lots?|runs?|batch|payment runs?|cheque runs?|bacs runs?|distinta|distinte|scadenzario|riba|ri\.ba\.|remesas?|zahlungslauf|zahllauf)"
         r"(?:\s+(?:groupes?|fournisseurs?|mensuels?|hebdomadaires?|de paiements?|de virements?|di bonifici|di pagamento|dei bonifici|de pagos?|de transferencias))*\s+(?:du|del|di|of the|of|on|on the|vom|am)\s+" + _DAYWORD, 3),
        # future passive beside a date: "verrà pagata", "will be transferred", "wird … angewiesen" are known; "sera réglée par virement lundi"
        (r"\b(?:sera|seront)\s+(?:reglee?s?|payee?s?|viree?s?|versee?s?)\s+(?:par\s+(?:virement|cheque|prelevement|carte)\s+)?(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"|le \d|demain|avant|d'ici|au plus tard|sous|dans|en fin|fin)", 3),
        # the rest promised beside a part paid: "il resto te lo mando venerdì", "le reste je te le vire lundi", "the balance I'll send Friday"
        (r"\b(?:le reste|le solde|the rest|the balance|the remainder|der rest|den rest|el resto|lo que falta|il resto|il saldo|la differenza)\b(?:\s*\([^)]{0,30}\))?[^.?!\n]{0,40}?\b(?:te lo|ve lo|glielo|lo|je te le|je vous le|i'll|we'll|ich|wir|te lo|os lo|se lo)\s*\w*\s+(?:mando|mandero|bonifico|verso|saldo|pago|vire|verse|envoie|paie|regle|send|pay|transfer|wire|uberweise|zahle|schicke|pago|transfiero|envio|mando)\b", 3),
        (r"\b(?:die|sie|das|der betrag|die zahlung|die uberweisung|die rechnung)\s+(?:geht|gehen)\s+(?:\w+\s+){0,5}?raus\b", 3),  # "die geht bis Ende nächster Woche raus"
        # the money will be there: "bis Freitag hast du dein Geld", "you'll have your money by Friday"
        (r"\b(?:hast du|haben sie|habt ihr)\s+(?:\w+\s+)?(?:dein|ihr|euer)\w*\s+geld\b|\byou(?:'ll| will) have (?:your|the) (?:money|cash|payment)\b|\btendr(?:a|as|eis|an) (?:su|tu|vuestro) dinero\b|\bavrai i tuoi soldi\b", 3),
        (r"(?:^|(?<=[\n.!,;]))\s*(?:i'll|i will|we'll|we will)\s+(?:definitely\s+|certainly\s+)?(?:have|get)\s+(?:yours|it|the money|the payment|payment|this)\s+(?:over|across|to you|with you|paid)\b", 3),
        (r"\b(?:i|we)\s*(?:will|'ll|ll|shall|am going to|are going to)\s+(?:\w+\s+)?(?:make|do|send|arrange|set up|process)\s+(?:the|a|an|my|our)\s+(?:transfer|payment|bank transfer|bacs|wire|ach)\b", 3),
    ],
    "paid": [
        # "ma cliente m'indique avoir réglé", "il affirme avoir payé": a payment reported in the infinitive
        (r"\b(?:indique|indiquent|affirme|affirment|declare|declarent|confirme|confirment|assure|assurent|pense|pensons|crois|croyons)\s+(?:nous\s+|m'|me\s+)?avoir\s+(?:bien\s+|deja\s+)?(?:regle|paye|vire|solde|verse|envoye|expedie|poste)\b", 3),
        # a noun first, then done: "Virement de 3 456,00 € effectué ce jour", "Transferencia de 300 € realizada hoy"
        (r"(?:^|\n)\s*(?:virement|paiement|reglement|cheque|transfer|payment|transferencia|pago|bonifico|pagamento|uberweisung|zahlung)\b[^.?!\n]{0,40}?\b(?:effectuee?|faite?|envoyee?|emise?|passee?|partie?|realisee?|made|sent|done|realizad[ao]|hech[ao]|effettuat[oa]|fatt[oa]|erfolgt|getatigt)\b(?!\s+(?:demain|le \d|d'ici|avant|sous|dans|tomorrow|on \w+day|manana|domani|morgen))", 3),
        # German: "ist eben raus", "ging heute raus", "hab's grad überwiesen"
        (r"\b(?:ist|sind|ging|gingen)\s+(?:\w+\s+){0,3}?(?:eben|gerade|grad|heute|gestern|schon|bereits)\s+raus\b|\b(?:ist|sind)\s+(?:eben|gerade|grad|schon|bereits)\s+(?:raus|rausgegangen|rausgegangen|angewiesen|uberwiesen)\b", 3),
    ],
    "dispute": [
        # refusing to pay until it is put right: "je n'entends pas régler le solde tant qu'elle ne fonctionnera pas", "je paierai rien tant que c'est pas réparé"
        (r"\b(?:pa[iy]er|regler|solder|verser|pa[iy]erai|pa[iy]erons|reglerai|reglerons|rien)\b[^.?!\n]{0,70}?\btant qu(?:e\b|')[^.?!\n]{0,70}?\b(?:pas|plus|rien)\b", 3),
        # a refusal in German, Spanish, Italian: "den Restbetrag werden wir nicht überweisen", "no vamos a pagar", "non pagheremo"
        (r"\b(?:werden|wollen|werde|will)\s+(?:wir|ich)\s+(?:\w+\s+){0,2}?nicht\s+(?:bezahlen|zahlen|uberweisen|begleichen)\b|\b(?:den|die)\s+(?:rest|restbetrag|differenz|mahngebuhr\w*)\s+(?:werden|wollen)\s+wir\s+nicht\b"
         r"|\bno (?:vamos a|pensamos|pienso|voy a) (?:pagar|abonar)\b|\bnon (?:pagheremo|paghero|intendiamo pagare|intendo pagare)\b", 3),
        # billed twice: "nos la habéis facturado dos veces", "doppelt berechnet", "fatturata due volte"
        (r"\bfacturad[ao]s? dos veces\b|\bfactura duplicada\b|\bdoppelt (?:berechnet|in rechnung gestellt|abgerechnet)\b|\bfatturat[aoie] due volte\b|\bfattura doppia\b|\b(?:billed|invoiced) (?:us |me )?twice\b|\bfactur(?:e|ee|es) deux fois\b", 3),
    ],
    "plan_request": [
        (r"\b(?:pagare|pagar|payer|regler|pay|zahlen)\s+in\s+(?:due|tre|quattro|\d)\s+(?:volte|rate)\b|\b(?:pagar|pagarlo|pagarla)\s+en\s+(?:dos|tres|cuatro|\d)\s+(?:veces|partes|plazos)\b"
         r"|\bmeta (?:adesso|ora|subito) e meta\b|\bla mitad ahora y (?:la otra|el resto)\b|\bhalf now and (?:half|the rest)\b|\bla moitie maintenant\b", 3),
        (r"\b(?:etaler|echelonner|fractionner)\b", 3),
    ],
    "bank_details": [
        (r"\b(?:cambiado|cambiar|cambio)\s+de\s+(?:banco|cuenta)\b[^?]{0,200}\?|\bcuenta nueva\b[^?]{0,200}\?|\b(?:neue|geanderte)\s+(?:bankverbindung|kontoverbindung|iban)\b[^?]{0,200}\?|\b(?:nuovo|nuove) (?:iban|coordinate bancarie|conto)\b[^?]{0,200}\?", 3),
    ],
}
_extend(SET6)
REST_WORD = re.compile(r"\b(?:le reste|le solde|the rest|the balance|the remainder|remaining|der rest|den rest|restbetrag|el resto|lo que falta|il resto|il saldo|la differenza)\b")
FUTURE_WORDS = re.compile(r"\b(?:will|'ll|shall|going to|scheduled|next|sera|seront|wird|werden|prochaine?|sara|saranno)\b")
PAST_RUN = re.compile(r"\b(?:was|were|has been|have been|went|issued|processed|mailed|a ete|ont ete|est passee?|sont passees?|avons|ai|wurde|wurden|e stat[ao]|sono stat[ie]|fue|fueron|ha sido|han sido|abbiamo|hemos)\b")  # a run already gone: "was processed in our payment run on Friday"
# Kinds read from set 7's misses (each a family of wordings, none one reply's words).
SET7: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:zahlung|uberweisung|begleichung)\b" + _GAP + r"{0,60}?\b(?:wird|werden)\b" + _GAP + r"{0,60}?\berfolgen\b", 3),  # "die Zahlung wird … bis zum 18.12.2026 erfolgen"
        (r"\b(?:zahlung|uberweisung)\b" + _GAP + r"{0,60}?\berfolgt\s+(?:am|bis|zum|spatestens|voraussichtlich|in|nach|nachste|kommende|anfang|ende|mitte)\b", 3),  # "die Überweisung … erfolgt am 15. Jänner"
        (r"(?:^|(?<=[\n.!,;]))\s*(?:i'll|i will|we'll|we will)\s+(?:definitely\s+|certainly\s+)?(?:have|get)\s+(?:\w+\s+){0,2}?(?:paid|settled)\b", 3),  # "I'll have your invoice paid by"
    ],
    "paid": [
        # "j'ai posté samedi matin un chèque", "j'ai fait ce matin un virement de 1 500 €", "j'ai adressé mon règlement"
        (r"\b(?:j'ai|nous avons|on a)\s+(?:\w+\s+){0,3}?(?:fait|effectue|passe|lance|envoye|emis|realise|adresse|expedie|poste|depose|remis)\s+(?:\w+\s+){0,2}?(?:un|le|mon|notre|du|ce)\s+(?:\w+\s+)?(?:virement|paiement|reglement|versement|cheque)\b", 3),
        (r"\b(?:avons|ai|a|ont)\s+procede\s+(?:\w+\s+){0,2}?a\s+(?:un|une|le|la|notre)\s+(?:\w+\s+)?(?:virement|paiement|reglement|versement)\b", 3),
        (r"(?:^|(?<=[\n.!]))\s*(?:i\s+|we\s+)?(?:just\s+|already\s+)?(?:sent|paid|wired|transferred|mailed)\s+(?:you\s+)?(?:[$£€]\s?\d|\d[\d,.]*\s?(?:€|eur|euros|dollars|pounds)\b)", 3),
    ],
    "dispute": [
        # spoken refusals: "je paierai pas un centime", "bezahlt wird das so nicht", "la comunidad no va a pagar"
        (r"\b(?:je|j'|on|nous)\s*(?:vous\s+)?(?:paierai|payerai|paierons|payerons|reglerai|reglerons|paie|paye|regle|verserai)\s+(?:pas|rien|jamais)\b(?!\s+(?:plus tard|au-dela|apres|avant))", 3),
        (r"(?:^|\n|[.!]\s*)\s*bezahlt wird (?:das|die|der|hier|sie|es)\s+(?:so\s+|gar\s+|erst\s+recht\s+)?nicht\b|\bno (?:va|van) a pagar\b|\bnon (?:paghera|pagheranno)\b", 3),
    ],
    "plan_request": [
        (r"\b(?:pay|paying|settle|clear)\b[^.?!\n]{0,40}\bin monthly\b|\bsomething each month\b|\bmonthly (?:instalments|installments|amounts)\b", 3),
        (r"\ben varios plazos\b|\bir pagando\b|\bpagar(?:la|lo)? (?:a|en) plazos\b|\bpoco a poco\b|\ba rate\b|\bun po' al mese\b|\bqualcosa al mese\b|\bin mehreren (?:raten|teilen|teilbetragen)\b|\bin raten\b", 3),
    ],
    "copy_request": [
        (r"\b(?:nochmal|noch einmal|erneut)\s+(?:als\s+)?(?:pdf|kopie)\b|\bals pdf\b[^.?!\n]{0,40}\b(?:schicken|senden|zusenden|mailen)\b", 3),
        (r"\b(?:inviarci|mandarci|emettere|emettete|inviateci)\s+(?:\w+\s+){0,5}?(?:una )?nuova fattura\b|\bfactura rectificativa\b|\bneue rechnung mit\b", 3),
        (r"\b(?:me la|ce la|me lo|ce lo)\s+(?:rimandate|rimanda|reinviate|inviate|mandate|mandi)\b|\b(?:rimandarmela|rimandarcela|inviarmela|inviarcela)\b", 3),
        (r"\b(?:mandarme|enviarme|mandarnos|enviarnos)\s+(?:un\s+)?extracto\b|\bun extracto (?:con|de)\b|\b(?:un|el|enviar\w*|mandar\w*) estado de cuenta\b|\b(?:un|l'|inviar\w*|mandar\w*) ?estratto conto\b|\bkontoauszug\b[^.?!\n]{0,30}\b(?:offen|posten)\b|\baufstellung (?:der|aller) offenen\b", 3),
        # e-invoicing portals: "via Chorus Pro", "a través de FACe", "tramite SdI" (the invoice must be submitted there)
        (r"\b(?:merci de|veuillez|pouvez-vous|pourriez-vous|vous devez|doit etre|doivent etre)\s+(?:la |les |nous )?(?:deposer|transmettre|soumettre|deposee?s?|transmises?)\b[^.?!]{0,60}\bchorus\b|"
         r"\b(?:la |las )?presenten\b[^.?!]{0,40}\bface\b|\bcodigos? dir3\b|\b(?:trasmettere|inviare|emettere|rinviare) la fattura elettronica\b|\bcodice univoco(?: ufficio)?\s*:", 3),
    ],
    "contact_change": [
        # German, Spanish, Italian: "bitte schicken Sie Rechnungen künftig an …", "envíen … a partir de ahora a …", "indirizzare d'ora in poi … a …"
        (r"\b(?:kunftig|ab sofort|zukunftig|ab jetzt|in zukunft)\b[^?!]{0,120}?@|\b(?:rechnungen|mahnungen|erinnerungen|korrespondenz)\b[^?!]{0,80}?\b(?:kunftig|ab sofort|ausschlie\w*)\b[^?!]{0,100}?@", 3),
        (r"\b(?:a partir de ahora|en adelante|de ahora en adelante|desde ahora)\b[^?!\n]{0,100}@|\b(?:envien|enviad|manden|mandad|dirijan|remitan)\b[^?!\n]{0,80}@", 3),
        (r"\b(?:envoyer|adresser|transmettre)\s+(?:\w+\s+){0,5}?(?:a|sur)\s+(?:son|sa|leur|la nouvelle|notre nouvelle)\s+adresse\b", 3),  # "envoyer les factures et les relances à son adresse"
        (r"\b(?:d'ora in poi|d'ora in avanti|da ora in poi|in futuro|da adesso)\b[^?!\n]{0,100}@|\b(?:indirizzare|inviare|mandare|inoltrare)\b[^?!\n]{0,60}\b(?:solleciti|fatture)\b[^?!\n]{0,60}@|\bnon inviare solleciti\b[^?!\n]{0,160}@", 3),
    ],
    "unsubscribe": [
        (r"\bstreichen sie mich\b|\b(?:aus|von) (?:diesem|ihrem|dem) (?:automatischen )?verteiler\b|\b(?:mochte|will) (?:solche |diese |keine )?(?:e-?mails|mails|erinnerungen|nachrichten)\s+(?:nicht\s+)?mehr\b|\bkeine (?:weiteren |solchen )?(?:e-?mails|mails|erinnerungen) mehr\b", 3),
        (r"\b(?:denme|darme|dadme|nos den|dennos) de baja\b|\bno (?:quiero|queremos) recibir (?:mas |estos |estas )?(?:avisos|correos|emails|recordatorios)\b|\bdejen de (?:enviarme|mandarme)\b", 3),
        (r"\b(?:cancellatemi|toglietemi|rimuovetemi|cancellarmi|togliermi|rimuovermi)\b|\bnon (?:voglio|vogliamo) (?:piu )?ricevere\b|\bsmettete(?:la)? di (?:mandarmi|inviarmi|scrivermi)\b", 3),
    ],
    "bank_details": [
        (r"\b(?:cuenta nueva|nueva cuenta|nuevo iban)\b[^.?!]{0,120}\biban\b|\b(?:mandate|mandatemi|inviatemi|mandami|datemi)\s+(?:l'iban|le coordinate)\b|\b(?:schicken|senden|nennen) sie (?:mir|uns) (?:bitte )?(?:ihre|die) (?:iban|bankverbindung)\b", 3),
    ],
}
_extend(SET7)
# "I think you've got the wrong person": a wrong recipient owes nothing and disputes nothing (the firm checks its file)
WRONG_PARTY = re.compile(
    r"\bwrong (?:person|rob|customer|company|email|address|recipient)\b|\bnever (?:had any work|used|been a customer|ordered anything|heard of)\b|\bnot a customer\b|"
    r"\bje n'ai jamais rien commande\b|\bne connais pas votre (?:societe|entreprise)\b|\bn'a jamais fait appel a vos services\b|\bune confusion avec\b|\bune autre personne qui porte le meme nom\b|\bhomonyme\b|"
    r"\bin der adresse vertan\b|\bnie etwas bestellt\b|\bnicht die (?:firma|backerei|person)\b|\bverwechs\w+\b|"
    r"\bse han confundido\b|\bno (?:he|hemos) contratado nunca\b|\botra persona con el mismo nombre\b|\bno somos clientes\b|"
    r"\bjamais travaille avec vous\b|\bvous devez confondre\b|\bnon abbiamo (?:mai )?ordinato (?:niente|nulla)\b|\bmai avuto rapporti\b|\bomonimia\b|\bmust have the wrong\b|\bvecchia gestione\b|\bnon siamo (?:vostri )?clienti\b|\bnon abbiamo mai ordinato\b|\bavete sbagliato (?:indirizzo|persona)\b"
)
# "je leur ai transféré votre mail", "se lo reenvío a mi gestora": passed on, nothing said about paying
PASSED_ON = re.compile(
    r"\b(?:je|j'|nous|on)\s*(?:leur|lui|l')?\s*(?:ai|avons|a)\s+(?:transfere|transmis|fait suivre|fait passer)\s+(?:votre|la|le|vos|cette|ce)\s+(?:mail|message|relance|facture|courriel|demande)\b|"
    r"\b(?:forwarded|passed) (?:this|it|your (?:email|reminder|message)) (?:on )?to\b|\bleft it on (?:her|his|their) desk\b|\b(?:handed|given) (?:it|this) to\b|"
    r"\b(?:weitergeleitet|weitergegeben)\b|\b(?:se lo|os lo|te lo|lo) (?:reenvio|he reenviado|paso|he pasado)\b|\bhe reenviado\b|\b(?:abbiamo|ho) (?:comunque )?(?:inoltrato|girato|trasmesso)\b"
)
# an order number or an e-invoicing portal named: an invoice to redo, not a dispute
ORDER_REF = re.compile(r"\bordine di acquisto\b|\boda\b|\bsistema di interscambio\b|\bbon de commande\b|\bnumero de (?:po|commande)\b|\bpurchase order\b|\bpo (?:number|#)|\b(?:district |valid )?po\b|\bnumero d'ordine\b|\bnumero (?:po|ordine)\b|\bbestellnummer\b|\bnumero de pedido\b|\bchorus\b|\bsdi\b|\bface\b|\bcodice univoco\b")
REISSUE_WORDS = re.compile(r"corrig|corrett|reissue|re-issue|nuova fattura|nota di credito|rectificativa|korrigiert|neue rechnung|renvoyer la facture")
# "je ne conteste pas la facture": whatever else it says, no dispute
NO_DISPUTE = re.compile(r"\bje ne conteste (?:absolument )?pas\b|\ben rien lie a un desaccord\b|\baucun desaccord\b|\bpas de desaccord\b|\bnous ne contestons pas\b|\bi(?:'m| am) not disputing\b|\bwe(?:'re| are) not disputing\b|\bwe do not dispute\b|"
                        r"\bich bestreite (?:die rechnung )?nicht\b|\bwir bestreiten (?:die rechnung )?nicht\b|\bno discutimos\b|\bno (?:la )?discuto\b|\bnon contest(?:iamo|o)\b")
SPLIT_PAYMENT_VAT = re.compile(r"\bscissione dei pagamenti\b|\bsplit payment,? art\b|\bregime (?:di|dello) split\b")
PAID_IF = re.compile(r"\b(?:wenn|sobald|once|when|until|untill|till|bis|hasta que|finche|jusqu'a ce que|des que|quand|une fois que|lorsque|cuando|en cuanto|quando|appena)\b[^.?!]*$")  # "wenn die Firmen … bezahlt haben", searched in the 60 characters before the payment word
HABIT_IN = re.compile(r"\bevery invoice is paid\b|\ball (?:our |your )?invoices are paid\b|\bis paid on schedule\b|\bjede rechnung\b|\bevery (?:invoice|bill)\b|\btoutes mes factures\b|\bin meinem ganzen leben\b|\btoda mi vida\b|\btutta la vita\b|\bde toute ma vie\b")
NOT_AFTER_PAY = re.compile(r"\s+(?:pas|rien|jamais)\b(?!\s+(?:plus tard|au-dela|apres|avant|encore recu))|\s+wird\s+(?:das|die|der|es|sie)\s+(?:so\s+|gar\s+)?nicht\b")
# Kinds read from set 8's misses (each a family of wordings, none one reply's words).
EN_RUN = r"\b(?:in|on|with)\s+(?:our\s+|the\s+|this\s+|next\s+)?(?:\w+'s\s+|next\s+)?(?:\w+\s+){0,2}?(?:check|cheque|payment|bacs|ach|pay)\s+run\b"
PO_MISSING = (r"\b(?:absence|sans|without|missing|ohne|senza|sin|priva|privo|fehlende?)\b[^.?!]{0,40}?\b(?:numero de (?:bon de )?commande|bon de commande|(?:valid |official )?(?:po|purchase order)(?: number)?|bestellnummer|"
              r"numero d'ordine|numero ordine|riferimento al nostro ordine|numero oda|oda|numero de pedido)\b|\bdoes not (?:quote|reference) a valid\b")
SET8: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:it|this|that|they|yours|the invoice|the check|the cheque|payment)\s+(?:will|'ll|should)\s+go\s+out\b", 3),
        (EN_RUN, 3),
        (r"\b(?:incluida|incluidas|incluido)\s+en\s+(?:la|el)\s+(?:remesa|confirming)\b[^.]{0,80}\bvencimiento\b", 3),
        (r"\b(?:auszahlung|zahlung|uberweisung)\b" + _GAP + r"{0,80}?\b(?:wird|werden)\b" + _GAP + r"{0,80}?\b(?:erfolgen|veranlasst|vorgenommen|angewiesen|ausgefuhrt)\b", 3),
    ],
    "paid": [
        (r"\b(?:jai|j ai)\s+(?:bien\s+|deja\s+)?(?:paye|regle|vire|fait le virement|(?:envoye|depose|poste|remis|donne)\s+(?:le|un|mon)\s+cheque)\b|\bje vous (?:est|es)\s+(?:envoyer|envoye|poster|poste|fait|faire)\b|(?:^|\n)\s*c bon\b[^.?!\n]{0,10}\b(?:paye|regle|vire)\b", 3),
        (r"(?:^|[\n.!]\s*)(?:deja\s+)?(?:paye|regle|vire)e?s?\s+a l'instant\b", 3),
        (r"\b(?:l'ho|l ho|l'abbiamo|lo abbiamo|l abbiamo)\s+(?:gia\s+)?(?:fatto|pagato|saldato|mandato|inviato|disposto)\b", 3),
    ],
    "dispute": [
        (r"\bne (?:procedera|procederons|procederai|procederont) pas au (?:reglement|paiement)\b|\b(?:pas pour|not for) (?:un|a) (?:travail|job|work) (?:a moitie|half[- ]?)?(?:fait|done|finished)\b|\btravail a moitie fait\b", 3),
        (r"\bnot a (?:penny|cent|dime|pound) more\b|\bpas un centime de plus\b|\b(?:we|i)(?:'re| are|'m| am) not paying\b|\bwe will not be paying\b", 3),
        (r"\b(?:for|bill|billing|charge|invoices? for) the same (?:work|job|service|ticket|visit)\b|\bvoid the other\b|\bone of them was sent in error\b", 3),
    ],
    "plan_request": [
        (r"\bun po' alla volta\b|\bpoco alla volta\b|\b(?:pagar\w*|zahlen|abzahlen|abbezahlen|versare|ingresar)\b[^.?!]{0,40}?\b\d+\s*(?:euros?|€)\s+(?:al mese|al mes|im monat|pro monat|cada mes|ogni mese)\b", 3),
    ],
    "copy_request": [
        (PO_MISSING, 3),
        (r"\bresubmit (?:the |your |this )?invoice\b|\b(?:send|need|require)\b[^.?!]{0,30}\bw-?9\b|\bw-?9 (?:form|on file)\b|\brifatturare\b|\bemettere (?:una )?nota di credito\b", 3),
        (r"\b(?:die|sie|diese)\s+(?:bitte\s+)?(?:nochmal|noch einmal|erneut)\s+(?:schicken|senden|zusenden|mailen)\b", 3),
    ],
    "contact_change": [
        (r"\b(?:adresser|envoyer|transmettre)\s+(?:vos |les |toutes les )?(?:factures|relances)(?:\s+et\s+(?:vos |les )?(?:factures|relances))?\s+a\s+(?:ma|mon|notre)\s+(?:collegue|remplacant|remplacante|successeur|comptable|service)\b", 3),
    ],
    "unsubscribe": [
        (r"\b(?:dejad|dejen|deja) de (?:enviarme|mandarme|enviarnos|mandarnos)\b", 3),
    ],
}
_extend(SET8)
PO_MISSING_RX = re.compile(PO_MISSING)
CONFIRMING = re.compile(r"\bconfirming\b|\bremesa\b")  # a confirming line matures later: a promise (a pagaré sent is paid)
MATURITY = re.compile(r"(?:vencimiento|scadenza|echeance|falligkeit|maturing|maturity)\D{0,12}$")
# Kinds read from set 9's misses (each a family of wordings, none one reply's words).
SET9: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:the balance|the rest|the remainder|the remaining(?: balance)?)\b(?:\s+(?:of\s+)?[£$€]?\s?[\d,.]+)?\s+(?:will|shall)\s+(?:be\s+)?(?:paid|settled|follow|sent|cleared|transferred)\b", 3),
        (r"\b(?:check|cheque|payment|ach|wire|transfer|remittance)\s+(?:will|should|is going to|is scheduled to)\s+be\s+(?:issued|mailed|sent|released|processed|cut|made)\b", 3),
        (r"\b(?:je|nous)\s+(?:vous\s+)?(?:le|la|les)\s+(?:deposerai|deposerons|apporterai|apporterons|remettrai|remettrons|posterai|posterons|enverrai|enverrons)\b|\ble cheque sera (?:signe|envoye|poste|depose|remis)\b", 3),
        (r"\b(?:ca|cela|elle|il|le virement|le paiement|le reglement)\s+part(?:ira)?\s+(?:avec|le|lundi|mardi|mercredi|jeudi|vendredi|demain|en fin|fin|dans|sous)\b", 3),
        (r"\b(?:uberweisung|zahlung)\s+veranlasse\s+(?:ich|wir)\b|\bveranlasse\w* (?:ich|wir) (?:die )?(?:uberweisung|zahlung)\b", 3),
        (r"\b(?:te|os|se|le|les) lo (?:paso|pago|transfiero|mando|envio|ingreso|hago)\b|\b(?:lo|la|los|las) (?:pagamos|abonamos|transferimos|ingresamos)\s+(?:el|la|este|esta|antes|despues|manana|pasado|en|a|sin falta)\b", 3),
        (r"\b(?:accredito|pagamento|bonifico|mandato)\b[^.?!]{0,80}\bavverra\b", 3),
    ],
    "dispute": [
        (r"\bno (?:chance|way) (?:am i|i'm|are we|we're) paying\b|\b(?:i|we)(?:'m| am|'re| are) not paying (?:this|that|it)\b", 3),
        (r"\b(?:i|we) (?:don't|do not) (?:think (?:we|i) )?owe (?:this|these|them|it|you)\b|\bnous ne (?:vous )?devons rien\b|\bje ne (?:vous )?dois rien\b|\b(?:wir|ich) schulde\w* (?:ihnen )?nichts\b|\bno (?:les )?debemos nada\b|\bnon (?:vi )?dobbiamo (?:nulla|niente)\b", 3),
    ],
    "unsubscribe": [
        (r"\bremove (?:this|my|our) (?:email )?address from (?:your )?(?:\w+ )?(?:reminders|mailing|list|emails)\b", 3),
        (r"\b(?:quitadme|quitenme|quitarme|sacadme|borradme)\s+de\s+(?:esta|la|vuestra|su)\s+lista\b", 3),
    ],
    "copy_request": [
        (r"\b(?:reissue|re-issue)\s+(?:both|these|those|all|the two)\s+invoices\b", 3),
        (r"\bfehlenden unterlagen\b|\b(?:arbeitsnachweis|regiebericht|leistungsnachweis|lieferschein)\w*\b[^.]{0,120}\b(?:benotigen|ubersenden|zusenden|schicken)\b", 3),
        (r"\b(?:comunicarci|indicarci|inviarci)\s+(?:il )?numero (?:d'ordine|di ordine|oda)\b|\b(?:trasmettere|inviare|emettere|rinviare)\s+(?:\w+\s+)?la fattura elettronica\b", 3),
    ],
    "paid": [
        (r"\b(?:both of (?:these|them)|these|they|it|this|the payment|payment|both)\s+went\s+(?:out|through|off)\b", 3),
        (r"\b(?:payment|check|cheque|ach|transfer|remittance)\b[^.?!]{0,60}?\b(?:was|were|has been|have been)\b[^.?!]{0,40}?\b(?:issued|mailed|sent|processed|released)\b(?!\s+(?:next|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday)))", 3),
        (r"\b(?:je vous ai|nous vous avons|on vous a)\s+(?:\w+\s+){0,2}?(?:adresse|envoye|expedie|poste|fait|remis)\s+(?:un|le|mon|notre)\s+(?:\w+\s+)?(?:cheque|virement|reglement|paiement)\b", 3),
        (r"\b(?:avons|ai|a|ont)\s+procede\s+(?:\w+\s+){0,2}?au\s+(?:\w+\s+)?(?:virement|paiement|reglement|versement)\b", 3),
        (r"\bse ha (?:emitido|realizado|efectuado|ordenado|enviado) (?:un |el |la )?(?:pago|transferencia|abono)\b", 3),
    ],
    "plan_request": [
        (r"\b(?:pagar\w*|payer|regler|pay|zahlen|pagare|pagarvi)\s+(?:\w+\s+)?(?:en|in)\s+(?:\d|dos|tres|cuatro|cinco|deux|trois|quatre|two|three|four|zwei|drei|vier|due|tre|quattro)(?:\s+(?:o|ou|or|oder)\s+(?:\d|dos|tres|cuatro|cinco|deux|trois|quatre|two|three|four|zwei|drei|vier|due|tre|quattro))?\s+(?:veces|partes|plazos|cuotas|fois|instalments|installments|raten|rate|volte)\b", 3),
    ],
    "contact_change": [
        (r"\bbitte (?:schicken|senden) sie (?:die |alle |kunftige )?(?:rechnung|rechnungen|erinnerungen|mahnungen)\b[^?!]{0,160}?@|\bandern sie bitte die adresse\b", 3),
    ],
    "out_of_office": [
        (r"\bje suis au ski\b|\bje (?:ne )?reponds pas aux (?:mails|messages)\b", 3),
    ],
}
_extend(SET9)
SET10: dict[str, list[tuple[str, float]]] = {
    "promise": [
        (r"\b(?:den rest|der rest|den restbetrag|restbetrag)\b(?:\s*\([^)]{0,30}\))?\s+(?:schicke|uberweise|zahle|bezahle|sende)\s+(?:ich|wir)\b", 3),
    ],
    "paid": [
        (r"(?:^|(?<=[\n.!]))\s*(?:i\s+|we\s+)?(?:just\s+)?(?:mailed|sent|posted|dropped off)\s+(?:you\s+)?(?:a|the|our)\s+(?:check|cheque|payment)\b", 3),
        (r"(?:^|(?<=[\n.!]))\s*(?:both|all|it's|its|it is|they're|they are)\s+(?:been\s+|now\s+)?paid\b(?!\s+(?:by|on|before)\s+(?:the\s+)?(?:\d|end|next|friday|monday))", 3),
    ],
    "contact_change": [
        (r"\bupdate your records so that\b[^?!]{0,120}@|\b(?:invoices|reminders|statements)\b[^.?!]{0,60}\bgo to\b[^?!]{0,80}@", 3),
    ],
    "copy_request": [
        (r"\breissue (?:it|them)\b|\b(?:has|have|with) no (?:po|purchase order)\b", 3),
        (r"\b(?:avons|ai|aurons|aurions)\s+besoin\s*:?\s*(?:-\s*)?(?:de la|du|des|d'une?)\s+(?:facture|bon|rapport|releve|document|attestation|copie)\b|\bbon d'intervention signe\b|\brapport d'intervention\b", 3),
    ],
    "bank_details": [
        (r"\bcambio de cuenta bancaria\b|\bvariazione delle coordinate bancarie\b|\bbankverbindung\b[^?!]{0,80}\bgeandert\b|\bwelche bankverbindung\b", 3),
    ],
}
_extend(SET10)
PARTIAL_PLAN = re.compile(r"(?:a )?partial payments?|(?:un )?paiement partiel|(?:eine )?teilzahlung|(?:un )?pago parcial|(?:un )?pagamento parziale")
# "dès réception de ces documents, le règlement sera effectué": a payment only once the firm has sent something
ON_RECEIPT = re.compile(r"\b(?:des|a) reception\b|\bupon receipt\b|\bon receipt\b|\bonce (?:we|i) (?:receive|have)\b|\bnach eingang\b|\buna vez recibid|\bappena ricevut|\bricevut[ao] (?:la|il)\b")
SET11: dict[str, list[tuple[str, float]]] = {
    "paid": [
        (r"\b(?:i|we)\s+(?:\w+ly\s+|already\s+|just\s+)+(?:paid|settled|transferred|sent|wired)\s+(?:this|it|that|the invoice|the balance|you)\b", 3),  # "I actually paid this on the 14th"
        (r"(?:^|[\n.!,]\s*)(?:all\s+|now\s+|just\s+)?paid\s+(?:this|it|today|this morning|yesterday|last night|earlier|in full|by|via|online)\b", 3),  # "Hi, paid this morning by bank transfer"
    ],
}
_extend(SET11)
SET12: dict[str, list[tuple[str, float]]] = {
    "plan_request": [  # asking for time, no day committed: "serait-il possible d'attendre le vote du budget ?"
        (r"\b(?:serait-il|est-il|serait il|est il) possible d'attendre\b|\bpourriez-vous (?:patienter|attendre)\b|\bun report (?:de|du) (?:paiement|reglement)\b|"
         r"\bun aplazamiento\b|\baplazar (?:el|los) pago|\bfraccionandolo\b|\bnos concedan (?:un|mas) (?:plazo|tiempo)\b|"
         r"\bzahlungsaufschub\b|\bstundung\b|\b(?:etwas|noch) mehr zeit\b|"
         r"\b(?:darci|concederci|lasciarci) (?:ancora )?(?:un paio di mesi|qualche (?:mese|settimana)|un po' di|piu) (?:di )?tempo\b|\buna proroga\b|\buna dilazione\b|"
         r"\bcould you (?:wait|hold off) until\b|\bgive (?:us|me) (?:a (?:few|couple of) (?:more )?(?:weeks|months)|until)\b", 3),
    ],
}
_extend(SET12)
SET13_TO_17: dict[str, list[tuple[str, float]]] = {  # kinds from sets 13 to 17
    "paid": [  # "je viens de vous faire un virement de 400 € ce midi": just done, not a promise for today
        (r"\b(?:le virement|le paiement|le reglement|the (?:payment|transfer|wire|bacs))\s+(?:part|est parti|goes out|went out|is going out|leaves)\s+(?:ce jour|aujourd'hui|today|this morning|ce matin)\b", 3),  # set 17: "le virement part ce jour"
        (r"\b(?:we've|we have|i've|i have)\s+(?:just\s+)?made\s+(?:a|the|our|my)\s+(?:part |partial |first |full |bank |euro |international )?(?:payment|transfer|bank transfer|wire)\b", 3),
        (r"\b(?:je viens|nous venons|on vient)\s+d(?:e |')(?:vous\s+)?(?:faire|passer|envoyer|effectuer|emettre|lancer|adresser)\s+"
         r"(?:un|le|notre|mon)\s+(?:virement|reglement|paiement|cheque|versement)\b", 3),
    ],
    "promise": [  # "le solde, soit 780 €, partira le 20 janvier"; "PFS-11590 will be paid on Friday 29th"
        (r"\bje (?:passerai|viendrai) (?:vous )?(?:deposer|apporter|donner) (?:un|le|mon) cheque\b|\b(?:i|we)(?:'ll| will) (?:put|drop|pop) (?:a|the) (?:check|cheque) (?:in the (?:mail|post)|off)\b", 3),  # set 17
        (r"\b(?:je|on|nous)\s+(?:vous\s+)?(?:fais|fait|faisons|lance|lancons|passe|passons)\s+(?:le|un|mon|notre|ce)\s+(?:virement|reglement|paiement)\b(?=[^.?!]{0,20}\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|le \d))", 3),  # set 14: "je fais le virement vendredi"
        (r"\bwill be (?:paid|settled)\s+(?:on|by|this|next|at the end|in full|before|once|when)\b", 3),
        (r"\b(?:is|are|it's)\s+(?:set|scheduled|due)\s+to\s+(?:release|go out|be (?:paid|released|sent))\b", 3),  # set 14: "set to release on our 1/4 ACH run"
        (r"\b(?:le solde|le reste|le restant|le reliquat|the balance|the remaining(?: balance| amount)?|the rest)\b[^.?!]{0,40}?"
         r"\b(?:partira|suivra|sera (?:vire|regle|paye|verse|envoye)|will (?:follow|go out|be (?:paid|sent|transferred)))\b", 3),
    ],
    "unsubscribe": [  # set 14: "merci de bien vouloir désactiver ces rappels automatiques"
        (r"\b(?:desactiver|supprimer|couper|arreter)\s+(?:ces|les|vos|tous ces|ce type de)\s+(?:rappels|relances|mails|courriels|e-mails)(?:\s+automatiques)?\b", 3),
    ],
    "dispute": [  # "les 86,40 € qui restent c'est le transport, et je ne le paierai pas"
        (r"\bje ne (?:le|la|les|vous) (?:paierai|payerai|reglerai|verserai)\s+pas\b|\b(?:i|we) (?:won't|will not|shan't) (?:be )?pay(?:ing)? (?:it|that|this|for)\b", 3),
    ],
}
_extend(SET13_TO_17)
# a question about a change of the firm's account, or the debtor's own new one: read in every language (a fraud check)
BANK_CHANGE_QUESTION = re.compile(SET6["bank_details"][0][0] + "|" + SET7["bank_details"][0][0]
                                  + r"|\bcambio de cuenta bancaria\b|\bvariazione delle coordinate bancarie\b|\b(?:andern|aendern) wir bankdaten\b|\blieferantenstammdaten\b"
                                  + r"|\b(?:hausbank|bank) gewechselt\b|\bneue[mn]? konto\b|\bnuevos datos (?:bancarios|para las domiciliaciones)\b|\bnueva orden de domiciliacion\b|\bbankverbindung\b[^?!]{0,80}\bgeandert\b|\bwelche bankverbindung\b|\bnuovo conto\b[^?!]{0,200}\biban\b|\bdomiciliate sul nuovo conto\b")
PAY_RUN_PROMISE = re.compile(SET6["promise"][0][0] + "|" + EN_RUN)  # the run, not the words in it, is what the reply says
ARRIVAL_PROMISE = re.compile(r"should (?:be with you|reach you|arrive|hit|land|clear|show)|devrai(?:en)?t (?:vous )?(?:parvenir|arriver)|sollte\w* (?:\w+ )?(?:ankommen|eingehen)|deberia llegar|dovrebbe arrivare")
# "si c'est le cas, vous m'envoyez une facture séparée ?": a copy asked only if something is true
COPY_IF = re.compile(r"\b(?:si c'est|si vous|si cela|si ca|s'il|if|falls)\b")
# "comme l'ont fait d'autres": somebody else's doing
AS_OTHERS = re.compile(r"\b(?:comme|like)\s*$")
# "we have always paid into the Ibercaja account": a habit, no payment reported
HABIT = re.compile(r"\b(?:siempre|toujours|always|immer|sempre|habituellement|normalement|usually|normally|de costumbre|di solito)\s+(?:\w+\s+){0,2}$")
# a day named as a deadline: "antes del 15", "by the 15th", "d'ici le 15", "bis zum 15."
BY_DAY = re.compile(r"(?:antes del?|avant le|d'ici (?:le|au)|by|before|no later than|bis(?: zum| spatestens)?|spatestens|entro(?: il)?|prima del|au plus tard le)\b")
# a date named as the latest day: "le 23 au plus tard", "by Friday at the latest"
AT_THE_LATEST_BEFORE = re.compile(r"(?:au plus tard|at the latest|no later than|spatestens|a mas tardar|al piu tardi)\s*(?:le\s+|on\s+|am\s+|el\s+|il\s+)?$")
AT_THE_LATEST = re.compile(r"^\s*,?\s*(?:au plus tard|at the latest|latest|spatestens|a mas tardar|como muy tarde|al piu tardi|massimo)\b")
# "ce chèque n'a, à ce jour, pas été débité": "to date", not today
TO_DATE = re.compile(r"(?:\ba|\bjusqu'a|\bas (?:of|at)|\bup to)\s*$")
# "dans le cas contraire, ma cliente procédera à un virement": a payment only if the first one was lost
OTHERWISE = re.compile(r"\b(?:dans le cas contraire|a defaut|sinon|otherwise|if not|andernfalls|ansonsten|sonst|en caso contrario|de lo contrario|altrimenti|in caso contrario)\b")
# "le 12/12, c'est sûr" from one promiser whose own customer pays a deposit ("l'acompte"): the deposit is not the plan
DEPOSIT_ONLY = re.compile(r"l'acompte|un acompte|acomptes?|les acomptes|des acomptes|l'anticipo|un anticipo|l'acconto|un acconto|die anzahlung|eine anzahlung")
# "billed twice": the payment named is the first invoice's, so the model must not turn the dispute into "paid"
DUPLICATE = re.compile(r"\bdeux fois\b|\bdoublon\b|\ben double\b|\btwice\b|\bduplicate\b|\bdos veces\b|\bduplicad|\bdoppelt\b|\bdue volte\b|\bdoppi[ao]\b|\bla misma que\b|\bla meme que\b|\bthe same as\b|\bdieselbe wie\b|\bla stessa\b")
# German typed without umlauts ("uebermorgen", "Echtzeitueberweisung"): the stems the rules read
UMLAUT_STEMS = re.compile(r"(?i)(ueber|fuer(?![a-z])|naechst|zurueck|spaet|muess|koenn|moecht|waer|haett|rueck|pruef|gruess|bezueglich|faellig|laeuft|erhoeh|gebuehr|schoen|hoer)")


def ascii_umlauts(text: str) -> str:
    """ "uebermorgen" as "übermorgen": German typed on a keyboard without umlauts, for the stems the rules know."""
    def one(m: re.Match) -> str:
        w = m.group(0)
        for a, b in (("ue", "ü"), ("ae", "ä"), ("oe", "ö"), ("Ue", "Ü"), ("Ae", "Ä"), ("Oe", "Ö"), ("UE", "Ü")):
            if a in w:
                return w.replace(a, b, 1)
        return w
    return UMLAUT_STEMS.sub(one, text)


# "ils doivent vous contacter pour le règlement": a payment word as a purpose, nobody's commitment (a hint only)
PURPOSE = re.compile(r"\bpour (?:le|son|votre|leur) $|\bfor (?:the )?$")
REMINDERS_TO = re.compile(r"\b(?:relances|reminders|rappels)\b")
# A mail's legal footer, from its first line to the end of its paragraph: "toute utilisation non conforme" is no dispute.
DISCLAIMER = re.compile(
    r"(?im)^[^\n]*(?:\b(?:ce|cet|le present) (?:message|courriel|e-?mail)\b[^\n]{0,80}\bconfidenti|"
    r"\bthis (?:e-?mail|message|communication)\b[^\n]{0,120}\b(?:confidential|privileged|intended (?:solely|only))|"
    r"\b(?:confidentiality notice|disclaimer|avis de confidentialite)\b|\bavant d'imprimer|\bpensez a l'environnement|"
    r"\bconsider the environment before printing|\bdiese e-?mail (?:enthalt|ist) vertraulich|\bquesto messaggio\b[^\n]{0,80}\briservat|"
    r"\beste (?:mensaje|correo)\b[^\n]{0,80}\bconfidencial)[^\n]*(?:\n[^\n]+)*"
)
COMPILED = {intent: [(re.compile(p), w) for p, w in rules] for intent, rules in RULES.items()}

INCLUSIVE = re.compile(
    r"[\s,(]*(?:ambos |ambas |tous deux |beide |entrambi |both )?(?:inclus|incluse|included|inclusive|incluid[oa]s?|inclus[oaie]|compres[oaie]|einschlie)"
)
INCLUSIVE_BEFORE = re.compile(r"(?:einschlie\w*|inklusive|incl\.?|\bthrough|\bthru|\bup to and including|\bup to & including)\s*(?:den\s+|dem\s+)?$")
# "until Wednesday 25th": a named weekday other than Monday is the last day away (back on Monday is "until Monday")
UNTIL_BEFORE = re.compile(r"(?:\buntil|\btill|\bjusqu'?(?:au|a)|\bbis(?: zum| am)?|\bhasta(?: el)?|\bfino (?:al|a))\s*$")
NAMED_WEEKDAY = re.compile(r"(?:tue|wed|thu|fri|sat|sun|mardi|mercredi|jeudi|vendredi|samedi|dimanche|dienstag|mittwoch|donnerstag|freitag|"
                           r"samstag|sonntag|martes|miercoles|jueves|viernes|sabado|domingo|martedi|mercoledi|giovedi|venerdi|sabato|domenica)")
RETURN_WORDS = re.compile(RETURN_WORDS.pattern + r"|ausente|reopen|re-open|rouvr|dealt with|wieder geoffnet|wieder erreichbar|riapr|trait|repond|reprend|connaissance|a partir|partir de|chius|cerrad|geschlossen|"
                          r"reincorpor|retom|reanud|reabr|de nuevo|de vuelta|evase|riapertura|volver|through|thru|vacacion|vacanz|holiday|ferien")
PAY_WORD = re.compile(PAY_WORD.pattern.replace(r"\b(?:pa[iy]e|", r"\b(?:pa[iy]ee?s?|r[e]?glee?s?|pa[iy]e|", 1))
# Participles a negation may stand before ("noch nicht bezahlt"): for the check of a model's "paid" only
PAID_WORD = re.compile(r"\b(?:bezahlt|gezahlt|uberwiesen|beglichen|pagado|pagada|pagato|pagata|saldato|saldata)\b")
PARTIAL = re.compile(PARTIAL.pattern + r"|\bpart[- ]payment\b|\bpremier (?:virement|versement|reglement)\b|\bfirst (?:payment|instalment|installment)\b|\btoward\b|\ba cuenta de\b|\bun acconto\b|\bun anticipo\b|\babschlag|\bteilzahlung|\bpago parcial\b")
BANK_FIRST = re.compile(BANK_FIRST.pattern + r"|\bbefore (?:we|i) (?:can )?(?:pay|process|send|release|make)\b")

# A sentence's words before a promise that make it conditional ("si vous ne l'avez pas reçu, je ferai un virement").
CONDITIONAL = re.compile(r"\b(?:si(?!\s*[,.!])|if|unless|in case|wenn|falls|sofern|qualora|nel caso|en caso de|au cas ou)\b")
# A promise with no real commitment in it ("je réglerai quand je pourrai").
VAGUE = re.compile(
    r"\bquand (?:je|nous|on) (?:pourr|peux|pouvons)|\bdes que (?:je|nous|on) (?:pourr|peux|pouvons)|\bwhen (?:i|we) can\b|"
    r"\bas soon as (?:i|we) (?:can|am able|are able)\b|\bsobald (?:ich|wir) (?:kann|konnen)\b|\bcuando (?:pueda|podamos)\b|"
    r"\bquando (?:posso|potro|possiamo|potremo)\b|\ben cuanto (?:pueda|podamos)\b|\bappena (?:posso|possiamo|potro|potremo)\b|\bsobald es geht\b|"
    r"\bsobald (?:bei uns |uns )?(?:die |unsere )?(?:zahlung|gelder|kunden|geld)\w*|\bas soon as (?:the|my|our) (?:\w+ ){0,3}(?:pays|releases|comes in)\b"
)
BEFORE_WE_CAN = re.compile(r"\b(?:before|avant (?:de|que)|bevor|antes de|prima di)\b[^.?!]{0,20}$")
NO_MORE = re.compile(r"(?:\bne plus|\bno longer|\bstop|\bdon't|\bdo not|\bnicht mehr|\bdejad de|\bdejen de|\bdeja de|\bsmettete di)\s+(?:\w+\s+){0,2}$")
DISPUTE_WORD = re.compile(r"contest|disput|litige|reclam|bestreit|widersprech|impugn|discut|reconoc")
NOT_AFTER_DISPUTE = re.compile(r"\s+pas\b")
# Errors the debtor owns, or a condition that is not a refusal: not a dispute.
NOT_A_DISPUTE = re.compile(
    r"\b(?:j'ai|nous avons|on a) fait une erreur\b|\berreur de (?:ma|notre) part\b|\b(?:my|our) (?:mistake|error|bad)\b|"
    r"\b(?:i|we) made (?:a|an) (?:mistake|error)\b|\b(?:mein|unser) fehler\b|\berror (?:mio|nuestro|por mi parte)\b|"
    r"\berrore (?:mio|nostro)\b|\b(?:ho|abbiamo) sbagliato\b|\bnos equivocamos\b|\bme equivoque\b|"
    r"\b(?:won't|will not|can't|cannot|ne peut|ne pourra|ne peuvent|ne pourrons) (?:\w+ ){0,2}(?:without|sans)\b|"
    r"\bgutschrift\b[^.]{0,40}\b(?:dauer|erfolgt|konto|eingang)|\bje nach bank\b|"  # the credit of a payment, not a credit note
    r"\blien\b[^.?!]{0,30}\bne fonctionne|\blink\b[^.?!]{0,30}\b(?:doesn't|does not|isn't|is not) work"
)
# A reissue asked for with an order number: the firm must change the invoice, neither a dispute nor a copy.
PO_REISSUE = re.compile(
    r"\b(?:quot\w+|with|showing|including|indicando|con|mit|indicando il)\s+(?:a |our |the |valid |nuestro |el |unsere[mn]? |il nostro |il )*"
    r"(?:po|purchase order|numero de pedido|pedido|bestellnummer|numero d'ordine)\b|"
    r"\b(?:without|sin|ohne|senza|not quote|does not quote|no) (?:a |valid |our |numero de |numero di )*(?:po|purchase order|pedido|bestellnummer|ordine)\b"
)
DISPUTE_SETTLED = re.compile(
    r"\b(?:elle|celle-ci|la facture|tout) est (?:maintenant |desormais )?(?:bonne|correcte|juste|en ordre)\b|"
    r"\b(?:is|looks) (?:now )?(?:correct|right|fine) now\b|\bnow (?:correct|fine|in order)\b|\bjetzt (?:korrekt|richtig|in ordnung)\b|"
    r"\bahora (?:esta|es) correct[ao]\b|\bora (?:e|risulta) corrett[ao]\b"
)
# The debtor's own bank changed: not a question about ours, nor a change of ours.
BANK_OWN = re.compile(
    r"\b(?:we|i) (?:have )?(?:changed|switched|moved) (?:our |my )?banks?\b|\bour new (?:bank|account)\b|"
    r"\b(?:abbiamo|ho) (?:avuto un )?cambi\w* (?:di )?banca\b|\b(?:nous avons|j'ai) change de banque\b|\bnotre nouvelle banque\b|"
    r"\bhemos cambiado de banco\b|\bwir haben (?:die |unsere )?bank gewechselt\b|\bunsere neue bank\b|"
    r"\b(?:mon|notre) nouveau compte\b|\b(?:a|d'un|du|par un|suite a un|a un|un) changement de banque\b"
)
BANK_CHANGE_YOURS = re.compile(
    r"\b(?:your|votre|vos|ihre|su|sus|vostra|vostro|vostre) (?:\w+ ){0,2}(?:rib|iban|bank|banque|bankverbindung|cuenta|conto|coordonnees)"
)
# Death, insolvency proceedings: the firm handles these, nothing is automatic.
LEGAL_STANDSTILL = re.compile(
    r"\bdecede|\bdeces\b|\bsuccession\b|\bredressement judiciaire\b|\bliquidation judiciaire\b|\bprocedure collective\b|"
    r"\bmandataire judiciaire\b|\badministrateur judiciaire\b|\bdeclar\w* (?:de |votre |vos )?creances?\b|\bpassed away\b|"
    r"\bdeceased\b|\b(?:his|her) estate\b|\binsolven|\b(?:in|into|entered) administration\b|\bbankruptcy\b|\bchapter (?:7|11)\b|\breceivership\b|"
    r"\bliquidator\b|\bverstorben\b|\binsolvenz|\bfallecid|\bconcurso (?:voluntario |necesario )?de acreedores\b|\badministra\w* concursal\b|\bdefuncion\b|"
    r"\bdecedut|\bfallimento\b|\bcuratore fallimentare\b|\bconcordato preventivo\b|\bliquidazione giudiziale\b"
)
# "soit le 31 décembre", "i.e. the 15th": the date the sentence settles on.
APPOSITIVE = re.compile(
    r"(?:\bsoit|\bc'est-a-dire|\bi\.?e\.?|\bthat is|\bnamely|\bd\.\s?h\.|\bes decir|\bo sea|\bcioe|\bossia|\bovvero)\s*,?\s*(?:le|the|am|el|il|on)?\s*$"
)
# Around a payment word beside a date: who pays and when.
_WD = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
PAST_AUX = re.compile(r"\b(?:a|ai|avons|avez|ont|as)\s+(?:\S+\s+){0,3}$")
SUBJECT = re.compile(
    r"(?:\b(?:je|nous|on|i|we|ich|wir|yo|io|noi)\b(?:\s+\S+){0,2}\s*|\bj'|\b(?:lo|la|los|las|le|te|os|vi|ti|ve|ce)\s+)$"
)
FUTURE_MARK = re.compile(
    r"\b(?:will|'ll|shall|going to|gonna|vais|allons|sera|serai|seront|werde|werden|wird|voy a|vamos a|sara|saranno|prochaine?|next|"
    r"nachste\w*|kommende\w*|proxim\w*|que viene|prossim\w*|demain|tomorrow|morgen|manana|domani|d'ici|by|bis|entro|antes|avant|"
    r"sous|within|dans|innerhalb|dentro)\b|\b\w{3,}(?:erai|erons|eront|eremo|aremos|eremos|iremos)\b"
)
ARRIVAL = re.compile(
    r"\b(?:devriez|devrait|devrez) (?:le |la )?(?:voir|recevoir|avoir)\b|\bapparaitra\b|\bshould (?:arrive|reach you|clear|show|be (?:with you|in your account))\b|"
    r"\bdeberia(?:is|n)? (?:llegar|recibir|ver)|\b(?:os|le|les|te) llegara\b|\bdovreste (?:riceverl|vederl)|\bdovrebbe arrivar|"
    r"\bsollte\w* (?:\w+ ){0,3}(?:ankommen|eingehen|gutgeschrieben)|\bmusste\w* (?:\w+ ){0,4}eingehen"
)
AMBIGUOUS_DAY = re.compile(
    r"(?:" + _WD + r")(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th|er|e)?\.?)?|(?:le|la|au|on|the|el|il|am|al)\s+\d{1,2}(?:st|nd|rd|th|er|e)?|"
    r"aujourd'?hui|ce jour|today|ce matin|this morning|ce soir|tonight|ce midi|this afternoon|cet apres-midi|heute|hoy|oggi|"
    r"esta manana|stamattina|in giornata|just now|a l'instant|soeben"
)
PAID_PARTICIPLE = re.compile(r"pa[iy]ee?s?|r[e]?glee?s?|vire|verse")
# A bank change that comes with the new details, or asks to update a mandate, is the firm's to check.
BANK_GIVEN = re.compile(r"\biban\b|\brib\b|\bmettre a jour\b|\bupdate (?:your|the) (?:records|files|mandate)\b|\baggiornare\b|\bactualizar\b|\baktualisieren\b|\bmandat")
# "I'll drop a cheque in the post": a paid phrase inside a future one.
FUTURE_BEFORE = re.compile(r"\b(?:will|'ll|ll|going to|shall|should see|should receive|expect to see|expect)\b(?:\s+\S+){0,3}\s*$")
FUTURE_AFTER = re.compile(r"\s+(?:will|shall|is going to|sera|wird|sara)\b")  # "a remittance advice will be emailed"
# A payment about another invoice than the one reminded: the firm checks which.
OTHER_INVOICE = re.compile(
    r"\b(?:previous|last|other|earlier|older) invoice\b|\bfacture precedente\b|\bprecedente facture\b|\bl'autre facture\b|"
    r"\b(?:vorherige|letzte|andere) rechnung\b|\bfactura anterior\b|\bfattura precedente\b"
)
# What was passed on, forwarded or sent was a message, not money ("je leur ai transféré votre message").
MESSAGE_PASSED = re.compile(r"^\s*(?:votre|le|ce|vos|les|your|the|this|ihre|su|el|la|il|vostro)\s+(?:message|mail|e-?mail|courriel|demande|relance|nachricht|mensaje|correo|messaggio)")
# "absente aujourd'hui vendredi 27": a day away, not the day back.
ABSENT_ON = re.compile(r"\b(?:absente?s?|away|off|abwesend|assente|ausente)\s+(?:(?:aujourd'hui|today|heute|oggi|hoy|ce|le|on|am|il|el)\s+){1,2}$")
FUTURE_PAID = re.compile(r"\b(?:sera|seront|will be|wird|werden|sara|saranno|sera|seran)\s+(?:\w+\s+)?(?:regle|paye|vire|paid|settled|bezahlt|uberwiesen|pagat|saldat|pagad|abonad)")
# "… et le reste": the only sign of a plan may be a balance left for later.
PLAN_REST = re.compile(r"et (?:le reste|le solde)")
# Someone paying the debtor ("dès que mes clients m'ont réglé"): not the debtor's payment.
PAID_TO_THEM = re.compile(r"(?:\bm'|\bnous |\bme |\bmi |\bnos |\bmir |\buns )$")
# A signature's warning about bank details ("we will never change our bank details by email") asks nothing.
BANK_DISCLAIMER = re.compile(
    r"\bnever (?:change|ask|send)\w*\b[^.\n]{0,40}\b(?:bank|account)|\bcall us to verify\b|\bne (?:changeons|modifions|communiquons) jamais\b|"
    r"\bniemals\b[^.\n]{0,40}\bbankverbindung|\bnunca cambiamos\b|\bnon (?:modifichiamo|cambiamo) mai\b"
)
# A tag question after a statement ("je paie lundi, d'accord ?") asks nothing.
TAG_QUESTION = re.compile(r",\s*(?:vale|ok|okay|d'accord|ca va|ca (?:te|vous) va|ca (?:te|vous) convient|va bene|(?:ti|vi) va bene|passt das|geht das|ja|right|alright|si|"
                          r"is that (?:ok|okay|alright|all right)|does that work(?: for you)?|(?:te|os|le) parece bien)\s*\?\s*$")
# "ab morgen im Urlaub", "from tomorrow": an absence still to come, written by a person.
FUTURE_ABSENCE = re.compile(r"\bab morgen\b|\bfrom tomorrow\b|\ba partir de demain\b|\bdes demain\b|\bda domani\b|\ba partir de manana\b")
# An assistant forwarding someone's answer: the answer is in the forwarded part.
FORWARD_WRAPPER = re.compile(
    r"\b(?:je vous (?:transmets|fais suivre|transfere)|ci-dessous (?:la reponse|le message)|voici (?:la reponse|le message) de|"
    r"(?:forwarding|please see|see below)\b[^.\n]{0,40}\b(?:message|reply|answer|email)|\bforwarding (?:below |this |the below )?(?:from|on behalf of)\b|(?:message|reply|answer|email) from (?:our|my|the)\b|"
    r"ich leite (?:ihnen )?\w* (?:nachricht|antwort|mail)|anbei (?:die|meine) (?:antwort|nachricht)|"
    r"(?:os|les|le|te) reenvio el (?:mensaje|correo)|(?:vi|le|ti) inoltro (?:il|la) (?:messaggio|mail|risposta)|di seguito (?:il messaggio|la risposta))"
)

# Words of a note that passes someone else's message on (the message itself follows as a header block).
FORWARD_HINT = re.compile(
    r"\b(?:transmet\w*|(?:fais|faisons|fait) suivre|transfer\w*|ci-dessous|plus bas|forward\w*|fwd|see below|below|"
    r"passing (?:this |it )?on|weiterleit\w*|weitergeleitet\w*|siehe unten|unten|ruckmeldung|reenv\w*|(?:te|os|les|le) paso|"
    r"traslad\w*|a continuacion|mas abajo|inoltr\w*|di seguito|qui sotto|(?:vi|le|ti) giro)\b"
)
FORWARD_SUBJECT = re.compile(r"(?i)^\s*(?:(?:re|aw|sv|r|rif)\s*:\s*)*(?:tr|fwd?|rv|wg|i|enc|doorst)\s*:")
