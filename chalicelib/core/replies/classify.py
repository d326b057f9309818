"""ParsedMail -> Understanding: what the debtor meant, how sure we are, and the dates that go with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypedDict

from . import lexicon
from .dates import Found, find_dates, fold, local_today, names_no_day
from .mime import ParsedMail
from .model import Model
from .model import load as load_model
from .quotes import forwarded_text, third_party_text

AUTO_ACT_CONFIDENCE = 0.8  # below this nothing automatic happens; the firm is asked
INTENTS = (
    "promise", "paid", "dispute", "plan_request", "out_of_office", "copy_request",
    "contact_change", "bank_details", "unsubscribe", "bounce", "other",
)  # fmt: skip
# When several intents are present, the first one here wins: the safe reading before the hopeful one.
PRIORITY = (
    "bank_details", "dispute", "paid", "plan_request", "copy_request", "contact_change",
    "unsubscribe", "promise", "out_of_office",
)  # fmt: skip
BASE_CONFIDENCE = {
    "bank_details": 0.9, "dispute": 0.88, "paid": 0.9, "plan_request": 0.85, "copy_request": 0.85,
    "contact_change": 0.85, "unsubscribe": 0.85, "promise": 0.9, "out_of_office": 0.8,
}  # fmt: skip
NOT_READ_IN = {"bank_details"}  # in de/es/it, but for a question about a change of account (a fraud check)
STRONG = 2.0  # score from which an intent counts as present
HINTS_ONLY_CAP = 0.7  # an intent made of hints only (no phrase that says it outright) never acts
MIXED_CAP = 0.65  # two intents at once: the firm decides
MODEL_MIN = 0.3  # the model's pick is taken from this probability (when the rules found nothing)
MODEL_MIN_DISPUTE = 0.5  # its vague guesses lean to dispute, the reading that pauses the reminders
MODEL_LEADS = 0.4  # from this probability, MODEL_MARGIN ahead of the rules' intent, the model's intent is taken
MODEL_MARGIN = 0.1
MODEL_OVERRULES = 0.8  # a reading the rules are sure of gives way only to a model this sure
MODEL_CAP = 0.55  # and stays below AUTO_ACT_CONFIDENCE: the firm decides
MODEL_AGREES = 0.5  # an automatic action needs the model to read the same intent with this probability
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Understanding:
    intent: str
    confidence: float
    excerpt: str
    promise_date: date | None = None
    return_date: date | None = None
    paid_on: date | None = None
    method: str | None = None
    reason: str | None = None
    new_email: str | None = None
    instalments: int | None = None
    invoice_refs: tuple[str, ...] = ()
    language: str | None = None
    signals: tuple[str, ...] = ()  # intents that scored, strongest first (for the firm's summary)


class _Common(TypedDict, total=False):
    """The fields every Understanding of one mail shares."""

    language: str | None
    invoice_refs: tuple[str, ...]
    signals: tuple[str, ...]


@dataclass
class _Hit:
    intent: str
    weight: float
    start: int
    end: int
    inferred: bool = False  # read from a payment word beside a date, not from a phrase that says it


def understand(
    mail: ParsedMail,
    *,
    tz: str,
    country: str,
    known_invoice_numbers: Sequence[str] = (),
    now: datetime | None = None,
    model: Model | None = None,
) -> Understanding:
    """Classify one reply. Times come only from the mail's Date header, else from `now`.

    `model` reads what the rules leave as "other" (default: the one trained on every labelled set)."""
    text, forwarded = _reading(mail)
    today = local_today(mail.date or now, tz)
    folded = fold(text)
    if len(folded) != len(text):  # rare case-folding that changes length: keep offsets aligned
        text = folded
    lang = _language(folded)
    if (country or "").upper() == "US" and lang not in (None, "en"):
        country = "XX"  # a US sender writing in Spanish or French writes the day first
    refs = _invoice_refs(text, known_invoice_numbers) or _invoice_refs(mail.subject, known_invoice_numbers)
    common: _Common = {"language": lang, "invoice_refs": refs}

    if mail.bounce or _looks_bounced(mail):
        recipient = mail.bounced_recipient or _first_email(mail.text, exclude=(mail.from_addr,))
        conf = 0.99 if mail.bounce else 0.85
        return Understanding(
            "bounce", conf, _cut(f"Delivery failed for {recipient or 'unknown recipient'}"), **common
        )

    sentences = _sentences(folded)
    hits = _prune(folded, _pay_runs(folded, sentences, _deadline_paid(folded, sentences, _score(folded, sentences), today, country)))
    hits += _dated_payment_hits(folded, today, country, [h for h in hits if h.intent == "paid"])
    scores: dict[str, float] = {}
    for h in hits:
        scores[h.intent] = scores.get(h.intent, 0.0) + h.weight
    new_email = _first_email(text, exclude=(mail.from_addr, *mail.to_addrs))
    if new_email and scores.get("contact_change", 0) >= 3 and lexicon.REMINDERS_TO.search(folded):
        scores.pop("copy_request", None)  # "envoyez la facture et les relances à lui : f@x.fr" moves the mail, asks no copy
    if "contact_change" in scores and not new_email:
        scores["contact_change"] /= 2  # "please email the invoice again" names no new address
    if new_email and scores.get("contact_change", 0) >= STRONG and "unsubscribe" in scores:
        del scores["unsubscribe"]  # "ne plus écrire à cette adresse : écrivez à compta@…" moves, it does not stop
    if "bank_details" in scores and lexicon.BANK_OWN.search(folded) and not (
        lexicon.BANK_CHANGE_YOURS.search(folded) or lexicon.BANK_GIVEN.search(folded)
    ):
        del scores["bank_details"]  # "we changed banks, the new account is active": the debtor's own bank
    if "dispute" in scores and lexicon.DISPUTE_SETTLED.search(folded) and (
        scores.get("promise", 0) >= 3 or scores.get("paid", 0) >= 3
    ):
        del scores["dispute"]  # "j'attendais la facture rectifiée, elle est bonne : je vous règle le 27"
    unread = NOT_READ_IN.intersection(scores) if lang in ("de", "es", "it") else set()
    if "bank_details" in unread and lexicon.BANK_CHANGE_QUESTION.search(folded):
        unread.discard("bank_details")  # "¿es cierto ese cambio de cuenta?": a fraud check is read in every language
    if unread:
        for name in unread:
            del scores[name]  # only the core intents are read in German, Spanish and Italian: the firm sees the rest
    signals = tuple(sorted(scores, key=lambda k: -scores[k]))
    common["signals"] = signals
    probs = (model or load_model()).probabilities(folded, fold(mail.subject or ""), mail.auto_reply)
    ruled = _by_rules(mail, text, folded, forwarded, hits, scores, today, country, common, new_email, unread, probs)
    return _weighed(ruled, probs, text, folded, hits, today, country, mail, common, lang)


def _top(probs: dict[str, float]) -> tuple[str, float]:
    """The model's likeliest intent and its probability."""
    guess = max(probs, key=lambda c: probs[c])
    return guess, probs[guess]


def _by_rules(mail, text, folded, forwarded, hits, scores, today, country, common, new_email, unread, probs) -> Understanding:
    """What the rules read: the phrasings they know, in the order of PRIORITY, with their confidence."""
    if lexicon.LEGAL_STANDSTILL.search(folded) and not mail.auto_reply:
        # death, insolvency proceedings, a lawyer or receiver writing: nothing here is for automatic handling
        if scores.get("plan_request", 0) >= 3:  # a widow asking to pay in instalments: still her request, for the firm
            return _build("plan_request", text, folded, hits, today, country, mail, HINTS_ONLY_CAP, common)
        return _other(text, common)

    strong_pay = scores.get("paid", 0) >= 3 or scores.get("promise", 0) >= 3
    wrong_party = bool(lexicon.WRONG_PARTY.search(folded)) and not strong_pay
    if wrong_party and not any(scores.get(i, 0) >= STRONG for i in ("unsubscribe", "contact_change", "copy_request")):
        # "wrong company, never ordered": the debt is disputed, but by whom? Reminders pause only if the firm agrees
        return _build("dispute", text, folded, hits, today, country, mail, MIXED_CAP, common)
    if not mail.auto_reply and "out_of_office" in scores and lexicon.FUTURE_ABSENCE.search(folded):
        del scores["out_of_office"]  # "ich bin ab morgen im Urlaub" in a note to a colleague: not away yet
    ooo_subject = bool(lexicon.OOO_SUBJECT.search(mail.subject or ""))
    if mail.auto_reply or scores.get("out_of_office", 0) >= 3:
        if mail.auto_reply and (ooo_subject or scores.get("out_of_office", 0) >= 2):
            return _out_of_office(text, folded, hits, today, country, 0.95, common)
        if mail.auto_reply:  # ticket acknowledgements and the like: nothing to act on
            return _other(text, common)
        others = [i for i in scores if i != "out_of_office" and scores[i] >= STRONG]
        if not others:
            conf = 0.8 if scores["out_of_office"] >= 5 else 0.7
            return _out_of_office(text, folded, hits, today, country, conf, common)

    present = [i for i in PRIORITY if i != "out_of_office" and scores.get(i, 0) >= STRONG]
    if not present and lexicon.PASSED_ON.search(folded) and all(
            i in ("promise", "paid", "out_of_office") or (i == "contact_change" and not new_email)
            for i in scores if scores[i] > 0):
        # "je leur ai transféré votre mail", "ich habe es an mein Steuerbüro weitergeleitet": a note, no intent
        return _other(text, common)
    if not present and scores.get("paid", 0) > 0 and lexicon.PARTIAL.search(folded):
        # "eine Teilzahlung über 300 € überwiesen, den Rest sobald…": a part paid, said plainly; the firm confirms
        return _build("paid", text, folded, hits, today, country, mail, MODEL_CAP, common)
    if not present:
        guess, p = _top(probs)
        bar = MODEL_MIN_DISPUTE if guess == "dispute" else MODEL_MIN
        if text and guess not in ("other", "bounce") and p >= bar and not (
            guess in ("paid", "promise") and _negated_payment(folded)
        ) and not (unread and guess not in unread):  # a bank-details mention in German is the firm's to read
            # no phrase the rules know, but it reads like replies that meant this: named, never acted on
            if guess == "out_of_office":
                return _out_of_office(text, folded, hits, today, country, MODEL_CAP, common)
            return _build(guess, text, folded, hits, today, country, mail, MODEL_CAP, common)
        weak = [i for i in PRIORITY if scores.get(i, 0) > 0 and i != "out_of_office"]
        if weak and weak[0] in ("promise", "plan_request", "copy_request", "contact_change", "bank_details"):
            intent = weak[0]  # a hint only: name it, but let the firm decide
            return _build(intent, text, folded, hits, today, country, mail, 0.55, common)
        return _other(text, common, 0.5 if text else 0.3)

    intent = present[0]
    plan_is_rest = intent == "plan_request" and scores.get("promise", 0) >= 3 and all(
        lexicon.PLAN_REST.fullmatch(folded[h.start : h.end]) or lexicon.DEPOSIT_ONLY.fullmatch(folded[h.start : h.end])
        for h in hits if h.intent == "plan_request"
    )
    if plan_is_rest:
        intent = "promise"  # "je vous vire 400 € demain et le reste en janvier": a part promised, the rest vague
    part_paid = intent == "plan_request" and any(h.intent == "paid" for h in hits) and all(
        lexicon.PARTIAL_PLAN.fullmatch(folded[h.start : h.end]) for h in hits if h.intent == "plan_request")
    if part_paid:
        intent = "paid"  # "mailed you a check for $2,500 as a partial payment": the part is paid, the firm sees the rest
    copy_and_promise = intent == "copy_request" and "promise" in present and _dated_promise(folded, hits, today, country, True)
    if copy_and_promise:
        intent = "promise"  # "I'll make the transfer on Sat 12/12. Could I have a copy in English?": the date is the news
    dated_promise = intent == "paid" and "promise" in present and _dated_promise(folded, hits, today, country)
    if dated_promise:
        intent = "promise"  # "la 0398 est réglée ; la 0431, je la paie le 20": what is still owed is the promise
    if (intent == "bank_details" and len(present) > 1 and present[1] in ("promise", "paid")
            and not lexicon.BANK_CHANGE.search(folded) and not lexicon.BANK_FIRST.search(folded)
            and (present[1] == "paid" or _dated_promise(folded, hits, today, country, True))):
        # "je fais le virement jeudi, c'est bien le même IBAN ?": a question beside the real intent;
        # the firm still sees it (signals) and nothing acts at this confidence
        intent = present[1]
        conf = min(BASE_CONFIDENCE[intent], MIXED_CAP)
    else:
        conf = BASE_CONFIDENCE[intent]
    rest = [i for i in present if i != intent and i != "bank_details" and not _compatible(intent, i, scores, bool(lexicon.CORRECTED.search(folded)))]
    if rest or dated_promise or plan_is_rest or copy_and_promise or part_paid:
        conf = min(conf, MIXED_CAP)
    if intent == "dispute" and rest and not lexicon.DUPLICATE.search(folded):
        intent = _arbitrate_dispute(probs, rest)  # billed twice: the payment named is the first's
    if intent in ("promise", "paid") and scores.get("out_of_office", 0) >= 3:
        conf = min(conf, MIXED_CAP)  # "en congé jusqu'au 30, je paierai à mon retour": which date is meant?
    paid_hits = [h for h in hits if h.intent == "paid"]
    if intent == "promise" and paid_hits and _promise_date(
            folded, [h for h in hits if h.intent == "promise"], today, country, paid_hits) is None:
        intent, conf = "paid", min(conf, MIXED_CAP)  # "sent $2,000 today, the balance as soon as I can": a part paid, the rest vague
    elif intent == "promise" and paid_hits:
        conf = min(conf, MIXED_CAP)  # "600 € hoy, lo que queda a finales de enero": the rest is promised; the firm confirms
    if forwarded:
        conf = min(conf, HINTS_ONLY_CAP)  # read through a forward: the firm confirms
    if intent == "paid" and lexicon.OTHER_INVOICE.search(folded):
        conf = min(conf, MIXED_CAP)  # "we paid the previous invoice; this one goes out on the 20th"
    if intent == "copy_request" and lexicon.PO_REISSUE.search(folded):
        conf = min(conf, HINTS_ONLY_CAP)  # the invoice must be reissued with their order number: the firm does it
    if scores[intent] < 3:
        conf = min(conf, HINTS_ONLY_CAP)  # only hints ("je m'en occupe"): name it, let the firm decide
    if wrong_party:
        conf = min(conf, MIXED_CAP)  # "you must have the wrong person": whatever else it says, the firm checks
    return _build(intent, text, folded, hits, today, country, mail, conf, common)


def _weighed(ruled: Understanding, probs: dict[str, float], text, folded, hits, today, country, mail, common, lang) -> Understanding:
    """The intent the model reads clearly (very clearly, against a reading the rules are sure of); the rules
    give the dates and the details.

    On every fresh set read before any tuning, the model alone named the intent better than the rules
    (French 95-97 % against 88-93 %): the rules know phrasings, the model knows how replies are written.
    Where the model takes over, nothing is automatic; nothing is automatic either unless the model reads
    the same intent. A part paid with the rest dated stays a promise: n-grams do not see which comes next."""
    guess, p = _top(probs)
    lead = MODEL_LEADS if ruled.confidence < AUTO_ACT_CONFIDENCE else MODEL_OVERRULES
    if (guess != ruled.intent and "bounce" not in (guess, ruled.intent)
            and p >= lead and p - probs.get(ruled.intent, 0.0) >= MODEL_MARGIN
            and not (guess in ("paid", "promise") and _negated_payment(folded))
            and not (guess == "out_of_office" and not mail.auto_reply)  # every absence notice is sent by a machine
            and not (guess == "paid" and ruled.intent == "promise" and ruled.promise_date and "paid" in ruled.signals)
            and not (guess in NOT_READ_IN and lang in ("de", "es", "it")
                     and not lexicon.BANK_CHANGE_QUESTION.search(folded))):
        if guess == "out_of_office":
            return _out_of_office(text, folded, hits, today, country, MODEL_CAP, common)
        if guess == "other":
            return _other(text, common)
        return _build(guess, text, folded, hits, today, country, mail, MODEL_CAP, common)
    if ruled.confidence >= AUTO_ACT_CONFIDENCE and not (guess == ruled.intent and p >= MODEL_AGREES):
        return replace(ruled, confidence=MIXED_CAP)  # the model is not as sure: the firm decides
    return ruled


def _other(text: str, common: _Common, conf: float = 0.5) -> Understanding:
    """Nothing to act on: the reply's first sentence, for the firm."""
    return Understanding("other", conf, _cut(_first_sentence(text)), **common)


def _arbitrate_dispute(probs: dict[str, float], rest: list[str]) -> str:
    """A dispute beside a payment already made: the rules put dispute first, but on replies written by
    people who never saw them, "réglées par virement le 12/11 ; merci d'indiquer notre n° de commande" or
    "payée le 10 ; les pénalités ne sont pas justifiées" more often report the payment. The model, which
    reads the whole reply, picks the likelier. Not beside a promise: "we'll pay once it is fixed" is a
    dispute. The confidence stays mixed: the firm decides."""
    if "paid" not in rest:
        return "dispute"
    return "paid" if probs.get("paid", 0.0) > probs.get("dispute", 0.0) else "dispute"


def _reading(mail: ParsedMail) -> tuple[str, bool]:
    """The text a reply is read from, and whether it came through a forward."""
    text = lexicon.ascii_umlauts(_without_footer((mail.new_text or "").strip()))
    if not text and not mail.auto_reply and not mail.bounce:
        text = _subject_text(mail.subject)  # "Payé" in the subject, nothing in the body
    forwarded = bool(text) and bool(lexicon.FORWARD_WRAPPER.search(fold(text))) and not mail.auto_reply
    if forwarded:
        inner = forwarded_text(mail.text or "")
        if inner:
            text = text + "\n\n" + lexicon.ascii_umlauts(inner)  # "os reenvío el mensaje de nuestro director": his answer counts
        else:
            forwarded = False
    if text and not forwarded and not mail.auto_reply and not _says_something(fold(text)):
        hinted = bool(lexicon.FORWARD_HINT.search(fold(text)) or lexicon.FORWARD_SUBJECT.match(mail.subject or ""))
        inner = third_party_text(mail.text or "", mail.to_addrs, mail.from_addr, hinted)
        if inner:
            text, forwarded = text + "\n\n" + inner, True  # the manager's answer under the assistant's note
    return text, forwarded


def _says_something(folded: str) -> bool:
    """The sender's own words carry an intent: what they quote under it is background, not the answer."""
    scores: dict[str, float] = {}
    for h in _score(folded, _sentences(folded)):
        scores[h.intent] = scores.get(h.intent, 0.0) + h.weight
    return any(v >= STRONG for v in scores.values())


def _without_footer(text: str) -> str:
    """The reply without its legal footer ("toute utilisation non conforme…" is nobody's dispute)."""
    folded = fold(text)
    if len(folded) != len(text):
        text = folded
    for m in reversed(list(lexicon.DISCLAIMER.finditer(folded))):
        text = text[: m.start()] + text[m.end() :]
    return text.strip()


def _negated_payment(folded: str) -> bool:
    """ "pas encore payé": words a bag of n-grams reads as paid; the rules know better."""
    return any(lexicon.NEGATION.search(folded[max(0, m.start() - 30) : m.start()]) or lexicon.NEGATED.search(m.group(0))
               for words in (lexicon.PAY_WORD, lexicon.PAID_WORD) for m in words.finditer(folded))


def model_input(mail: ParsedMail) -> tuple[str, str, bool]:
    """What the model reads of a mail, at training time as at run time."""
    return fold(_reading(mail)[0]), fold(mail.subject or ""), mail.auto_reply


def _dated_promise(folded: str, hits: list[_Hit], today: date | None, country: str, inferred: bool = False) -> bool:
    """A promise said outright (or, with `inferred`, a payment word beside a date ahead), in a sentence of
    its own with a date ahead, beside a payment reported."""
    if today is None:
        return False
    limit = today + timedelta(days=365)
    paid = [h for h in hits if h.intent == "paid"]
    sentences = _sentences(folded)
    for h in hits:
        if h.intent != "promise" or (h.inferred and not inferred) or h.weight < 3:
            continue
        if lexicon.ARRIVAL_PROMISE.search(folded[h.start : h.end]):
            continue  # "paid yesterday; it should be with you by tomorrow": the payment's arrival, no new promise
        span = _sentence_of(sentences, h.start)
        if span is None:
            continue
        s, e = span
        # the whole sentence when no payment is reported in it, else the clause from the promise on
        # ("oggi ho fatto un bonifico di 300 €, il resto te lo mando giovedì")
        if any(s <= p.start < e for p in paid) and lexicon.REST_WORD.search(folded[s : h.end]):
            s = h.start
        if any(s <= p.start < e for p in paid):
            continue
        found = find_dates(folded[s:e], today, country=country, direction="future", fallback=False)
        if any(not f.reference and today <= f.value <= limit for f in found):
            return True
    return False


def _compatible(winner: str, other: str, scores: dict[str, float], corrected: bool = False) -> bool:
    """Pairs that routinely go together without changing what should happen."""
    pair = {winner, other}
    if pair == {"dispute", "copy_request"} and corrected:
        return True  # "merci de nous envoyer une facture corrigée"
    if pair == {"contact_change", "copy_request"}:
        return True
    if pair == {"plan_request", "promise"}:  # "en 3 fois, premier versement le 15"
        return True
    if pair == {"copy_request", "promise"} and scores.get("promise", 0) < 3:
        return True
    if pair == {"paid", "bank_details"} and scores.get("bank_details", 0) <= 2:
        return True  # "virement fait sur votre IBAN"
    if pair == {"paid", "unsubscribe"} or pair == {"dispute", "unsubscribe"}:
        return True  # "arrêtez de me relancer, j'ai payé"
    if pair == {"contact_change", "promise"} and winner == "contact_change":
        return False
    return False


def _build(intent, text, folded, hits, today, country, mail, conf, common) -> Understanding:
    own = [h for h in hits if h.intent == intent]
    sentences = _sentences_for(folded, own)
    excerpt = _cut(" ".join(text[s:e].strip() for s, e in sentences[:2]))
    kw: dict = {}
    if intent == "promise" or intent == "plan_request":
        d = _promise_date(folded, own, today, country, [h for h in hits if h.intent == "paid"])
        if d is None and lexicon.DEADLINE_REF.search(folded):
            d = _quoted_deadline(mail, today, country)
        if d is not None:
            kw["promise_date"] = d
        elif intent == "promise":
            conf = min(conf, 0.6)  # a promise without a usable date is for the firm to judge
        if intent == "promise" and _is_question(folded, sentences):
            conf = min(conf, 0.6)  # "could we pay half now and half next month?" asks, it does not promise
        if intent == "plan_request":
            kw["instalments"] = _instalments(folded)
    elif intent == "paid":
        kw["paid_on"] = _paid_on(folded, sentences, today, country)
        kw["method"] = _method(folded)
        if _is_question(folded, sentences):
            conf = min(conf, 0.6)  # "avez-vous reçu mon virement ?" says paid, but asks
    elif intent == "dispute":
        kw["reason"] = excerpt
    elif intent == "contact_change":
        kw["new_email"] = _first_email(text, exclude=(mail.from_addr, *mail.to_addrs))
        if not kw["new_email"]:
            conf = min(conf, 0.6)
    return Understanding(intent, round(conf, 2), excerpt, **kw, **common)


def _out_of_office(text, folded, hits, today, country, conf, common) -> Understanding:
    own = [h for h in hits if h.intent == "out_of_office"]
    sentences = _sentences_for(folded, own) or [(0, len(folded))]
    excerpt = _cut(" ".join(text[s:e].strip() for s, e in sentences[:2]) or _first_sentence(text))
    back = None
    if today is not None:
        limit = today + timedelta(days=366)
        for s, e in _sentences(folded):
            chunk = folded[s:e]
            if not lexicon.RETURN_WORDS.search(chunk):
                continue
            for f in find_dates(chunk, today, country=country, direction="future"):
                value = f.value
                lead = chunk[: f.start]
                if (
                    f.through  # "du 9 au 26 novembre": the 26th is a day away
                    or lexicon.INCLUSIVE.match(chunk[f.end :])
                    or lexicon.INCLUSIVE_BEFORE.search(lead)
                    or (lexicon.UNTIL_BEFORE.search(lead) and lexicon.NAMED_WEEKDAY.match(f.text.lower()))
                    or lexicon.ABSENT_ON.search(lead)
                ):
                    # "jusqu'au 2 inclus", "through Jan 1", "fino a venerdì 20": away that day, back the next
                    value += timedelta(days=1)
                value = _business_day(value)  # back on a Saturday or on New Year's Day: the next working day
                if today <= value <= limit and (back is None or value > back):
                    back = value
    return Understanding("out_of_office", conf, excerpt, return_date=back, **common)


def _business_day(d: date) -> date:
    """The first day from d that is neither a weekend nor 25 December or 1 January, closed in every country
    read. Other public holidays are left as written: "de retour le 11 novembre" may be a shop's own rule."""
    while d.weekday() >= 5 or (d.month, d.day) in ((12, 25), (1, 1)):
        d += timedelta(days=1)
    return d


def _score(folded: str, sentences: list[tuple[int, int]]) -> list[_Hit]:
    hits = []
    for intent, rules in lexicon.COMPILED.items():
        for rx, weight in rules:
            for m in rx.finditer(folded):
                before = folded[max(0, m.start() - 30) : m.start()]
                s0, e0 = _sentence_of(sentences, m.start()) or (0, 0)
                sentence = folded[s0:e0]
                head = sentence[: m.start() - s0]  # the sentence up to the match
                if intent in ("promise", "paid") and (
                    lexicon.NEGATION.search(before) or lexicon.NEGATED.search(m.group(0))
                ):
                    continue  # "je n'ai pas encore payé", "if we pay", "hab noch nicht bezahlt"
                if intent == "paid" and ((lexicon.PAID_TO_THEM.search(before) and m.group(0).startswith(("a ", "ont ", "ha ", "han ", "hanno ", "hat ", "haben "))) or lexicon.MESSAGE_PASSED.match(folded[m.end() :])):
                    continue  # "dès que mes clients m'ont réglé", "je leur ai transféré votre message"
                if intent == "paid" and lexicon.FUTURE_WORDS.search(m.group(0)):
                    continue  # "payment will be made to the account on file": ahead, not done
                if intent in ("promise", "paid") and lexicon.NOT_AFTER_PAY.match(folded[m.end() :]):
                    continue  # "je paierai pas un centime": spoken French drops the "ne"
                if intent == "paid" and lexicon.PAID_IF.search(head[-60:]):
                    continue  # "das Geld kommt erst, wenn die Firmen ihre Feiern bezahlt haben": a condition, no report
                if intent == "paid" and (lexicon.HABIT.search(before) or lexicon.HABIT_IN.search(folded[max(0, m.start() - 30) : m.end()])
                                         or lexicon.AS_OTHERS.search(before)):
                    continue  # "siempre les hemos pagado en la de Ibercaja", "comme l'ont fait d'autres"
                if intent == "paid" and (lexicon.NOT_YET_PAID.search(before) or lexicon.FUTURE_BEFORE.search(before)
                                         or lexicon.FUTURE_AFTER.match(folded[m.end() :])):
                    continue  # "I will make sure this is paid", "une fois la facture réglée"
                if intent == "dispute" and lexicon.DISPUTE_WORD.search(m.group(0)) and (
                    lexicon.NEGATION.search(before) or lexicon.NOT_AFTER_DISPUTE.match(folded[m.end() :])
                ):
                    continue  # "nous ne contestons pas la facture", "I'm not disputing the bill"
                if intent == "dispute" and lexicon.PO_REISSUE.search(sentence):
                    continue  # "please reissue it quoting PO 4500…": a copy to redo, not a dispute
                if intent == "dispute" and lexicon.NOT_A_DISPUTE.search(sentence):
                    continue  # "j'ai fait une erreur de montant", "our accounts won't pay without a PO"
                if intent == "bank_details" and lexicon.BANK_DISCLAIMER.search(sentence):
                    continue  # "we will never change our bank details by email" in a signature
                if intent == "copy_request" and lexicon.NO_MORE.search(before):
                    continue  # "merci de ne plus envoyer les factures à cette adresse"
                w = weight
                if intent == "promise" and _asks(sentence):
                    if not find_dates(sentence, date(2000, 1, 3), fallback=False):
                        continue  # "est-ce que je peux payer par carte ?" asks, it does not promise
                    w = min(w, 1)  # "can I pay this next Wednesday?" proposes a date: a hint for the firm
                if intent == "copy_request" and lexicon.COPY_IF.search(head):
                    w = min(w, 1)  # "si c'est le cas, vous m'envoyez une facture séparée ?": a question, not a request
                if intent == "promise" and (lexicon.CONDITIONAL.search(head) or lexicon.OTHERWISE.search(head) or lexicon.VAGUE.search(sentence)):
                    w = min(w, 1)  # "si vous ne l'avez pas reçu, je ferai un virement", "je réglerai quand je pourrai"
                if intent == "promise" and lexicon.ON_RECEIPT.search(head):
                    w = min(w, 1)  # "dès réception de ces deux documents, le règlement sera effectué": the documents first
                if intent == "promise" and lexicon.BEFORE_WE_CAN.search(before):
                    w = min(w, 1)  # "before we can process payment we need a W-9"
                if intent == "paid" and weight < 3 and lexicon.FUTURE_PAID.search(sentence):
                    continue  # "seront réglées le 22 en un seul ordre de paiement": a hint of the future
                if intent == "paid" and lexicon.PARTIAL.search(sentence):
                    w = 1  # "j'ai réglé une partie": the rest is still owed
                hits.append(_Hit(intent, w, m.start(), m.end()))
                break  # one hit per pattern: repetition is not more certainty
    return hits


def _prune(folded: str, hits: list[_Hit]) -> list[_Hit]:
    """The hits a wider reading of the reply takes back."""
    def drop(intent, why=lambda h: True):
        return [h for h in hits if h.intent != intent or not why(h)]

    if lexicon.PO_MISSING_RX.search(folded) and not any(
            h.intent == "dispute" and lexicon.DISPUTE_WORD.search(folded[h.start : h.end]) for h in hits):
        hits = drop("dispute")  # "rejetée : absence de numéro de commande": a copy to redo
    if lexicon.NO_DISPUTE.search(folded):
        hits = drop("dispute")  # "je ne conteste pas la facture, mais la grêle a tout abîmé"
    if lexicon.SPLIT_PAYMENT_VAT.search(folded):
        hits = drop("plan_request", lambda h: "split" in folded[h.start : h.end])  # Italian VAT, no plan
    if lexicon.ORDER_REF.search(folded) and sum(h.weight for h in hits if h.intent == "copy_request") >= 3:
        # "renvoyez la facture corrigée avec le n° de commande": a copy to redo, not a dispute
        hits = drop("dispute", lambda h: bool(lexicon.REISSUE_WORDS.search(folded[h.start : h.end])))
    return hits


def _sentence_of(sentences: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in sentences if s <= at < e), None)


def _pay_runs(folded: str, sentences: list[tuple[int, int]], hits: list[_Hit]) -> list[_Hit]:
    """ "dans le virement groupé du 25" is a promise, its "virement" no payment made and its "échéancier" no
    plan; "was processed in our payment run on Friday" is a payment made, no promise."""
    for m in lexicon.PAY_RUN_PROMISE.finditer(folded):
        s = (_sentence_of(sentences, m.start()) or (0, 0))[0]
        head = folded[s : m.start()]
        past = bool(lexicon.PAST_RUN.search(head)) and not lexicon.FUTURE_WORDS.search(head)
        drop = ("promise",) if past else ("paid", "plan_request")
        hits = [h for h in hits if h.intent not in drop or not m.start() <= h.start < m.end()]
    return hits


def _deadline_paid(folded: str, sentences: list[tuple[int, int]], hits: list[_Hit], today: date | None, country: str) -> list[_Hit]:
    """ "antes del 15 está pagado", "bis Freitag ist das bezahlt": paid by a day still ahead is a promise."""
    if today is None:
        return hits
    out = []
    for h in hits:
        if h.intent == "paid" and not h.inferred:
            s, e = _sentence_of(sentences, h.start) or (h.start, h.end)
            chunk = folded[s:e]
            ahead = [f for f in find_dates(chunk, today, country=country, direction="future", fallback=False)
                     if not f.reference and f.value > today and (
                         lexicon.BY_DAY.match(f.text.lower())
                         or (lexicon.MATURITY.search(chunk[: f.start]) and lexicon.CONFIRMING.search(chunk)))]
            if ahead:
                h = _Hit("promise", 3, h.start, h.end, inferred=True)
        out.append(h)
    return out


def _dated_payment_hits(folded: str, today: date | None, country: str, paid: list[_Hit]) -> list[_Hit]:
    """A payment word beside a date: "je paye demain" promises, "payé vendredi" reports; unsure ones are hints."""
    if today is None:
        return []
    limit = today + timedelta(days=365)
    hits = []
    for s, e in _sentences(folded):
        chunk = folded[s:e]
        if any(s <= h.start < e for h in paid):
            continue  # "le virement a été fait le 3" is about the past, whatever the date
        m = lexicon.PAY_WORD.search(chunk)
        if not m or lexicon.NEGATION.search(chunk[max(0, m.start() - 30) : m.start()]):
            continue
        if (chunk.rstrip().endswith("?") and not lexicon.TAG_QUESTION.search(chunk)) or lexicon.PAST_CONTEXT.search(chunk):
            continue  # a question, or "the transfer went out this morning"
        for f in find_dates(chunk, today, country=country, direction="future", fallback=False):
            if f.reference or not today <= f.value <= limit:
                continue
            lead = chunk[max(0, m.start() - 25) : m.start()]
            if m.start() > 25 and chunk[m.start() - 26].isalnum():
                lead = lead.split(" ", 1)[-1]  # "la facture … sera réglée": not "a facture", whose "a" reads as a past tense
            if (lexicon.CONDITIONAL.search(chunk[: m.start()]) or lexicon.OTHERWISE.search(chunk[: m.start()])
                    or lexicon.ON_RECEIPT.search(chunk[: m.start()]) or lexicon.PURPOSE.search(lead)):
                hits.append(_Hit("promise", 1, s + m.start(), s + m.end(), inferred=True))  # "si rien d'ici jeudi, je refais un virement"
            elif lexicon.PAID_PARTICIPLE.fullmatch(m.group(0)) and lexicon.PAST_AUX.search(lead):
                hits.append(_Hit("paid", 2, s + m.start(), s + m.end(), inferred=True))  # "mon fils a payé dimanche"
            elif lexicon.ARRIVAL.search(folded) and lexicon.AMBIGUOUS_DAY.fullmatch(f.text):
                hits.append(_Hit("paid", 2, s + m.start(), s + m.end(), inferred=True))  # "la ordenamos el martes, debería llegaros"
            elif lexicon.AMBIGUOUS_DAY.fullmatch(f.text) and not (
                lexicon.FUTURE_MARK.search(chunk) or lexicon.SUBJECT.search(lead)
            ):
                hits.append(_Hit("promise", 2, s + m.start(), s + m.end(), inferred=True))  # "payé vendredi": which way?
            else:
                hits.append(_Hit("promise", 3, s + m.start(), s + m.end(), inferred=True))
            break
    return hits


def _sentences(folded: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in re.finditer(r"[.!?;\n]+(?=\s|$)|\n", folded):
        if m.group(0) == "." and re.search(r"(?<![/-])\b\d{1,2}$|\d\.\d{1,2}$", folded[: m.start()]) and re.match(r"[ \t]+[a-zß]", folded[m.end() :]):
            continue  # "am 30.11. wieder im Haus": a German date, not the end of a sentence
        if folded[start : m.start()].strip():
            out.append((start, m.end()))
        start = m.end()
    if folded[start:].strip():
        out.append((start, len(folded)))
    return out


def _sentences_for(folded: str, hits: list[_Hit]) -> list[tuple[int, int]]:
    spans = []
    for s, e in _sentences(folded):
        if any(s <= h.start < e for h in hits):
            spans.append((s, e))
    return spans


def _promise_date(folded, own: list[_Hit], today, country, paid: Sequence[_Hit] = ()) -> date | None:
    """The date the promise names: in the sentence of the phrase that says it outright first (a date after
    the verb before one before it: "we get paid on the 18th, so I'll send yours on the 21st"), then in the
    sentences of the other hits, then anywhere."""
    if today is None:
        return None
    limit = today + timedelta(days=365)
    ordered = sorted(own, key=lambda h: (h.inferred, -h.weight, h.start))
    areas: list[tuple[str, int]] = []
    for h in ordered:
        for s, e in _sentences(folded):
            if s <= h.start < e and (folded[s:e], h.start - s) not in areas:
                areas.append((folded[s:e], h.start - s))
    # then the whole reply, but not the sentences that report a payment ("wir haben heute 500 € überwiesen")
    rest = "".join(" " * (e - s) if any(s <= p.start < e for p in paid) else folded[s:e] for s, e in _spans(folded))
    areas.append((rest, 0))
    dated = [(area, at, find_dates(area, today, country=country, direction="future")) for area, at in areas]

    def ahead(f):
        return not f.reference and today <= f.value <= limit

    for area, _, found in dated[:-1]:  # "le client nous a promis le 18 ; je te règle au plus tard le mardi 22": the deadline named
        for f in found:
            if ahead(f) and lexicon.AT_THE_LATEST_BEFORE.search(area[max(0, f.start - 25) : f.start]):
                return f.value

    for i, (area, at, found) in enumerate(dated):
        latest = [f for f in found if lexicon.AT_THE_LATEST.match(area[f.end :])
                  or lexicon.AT_THE_LATEST_BEFORE.search(area[max(0, f.start - 25) : f.start])]  # "avant Noël, le 23 au plus tard"
        appositive = [f for f in found if lexicon.APPOSITIVE.search(area[max(0, f.start - 20) : f.start])]
        after = [f for f in found if f.start >= at]
        before = [f for f in reversed(found) if f.start < at]  # "el lunes que viene os hago la transferencia": the nearest
        stated_past = False
        for f in latest + appositive + after + before:
            if f.reference:
                continue
            if today <= f.value <= limit:
                return f.value
            if not _is_relative(f):
                stated_past = True  # "émise le 15/12, à échéance du 15/02": look on for the date ahead
        if stated_past:
            return None  # only a stated date in the past or too far: not a promise date
        if i < len(dated) - 1 and not any(ahead(f) for f in found) and names_no_day(area):
            return None  # "je vous règle ça après les fêtes": a time named, no day; not a date from elsewhere
    return None


def _spans(folded: str) -> list[tuple[int, int]]:
    """The reply cut into consecutive spans, each sentence with what follows it, covering every character."""
    cuts = [s for s, _ in _sentences(folded)] or [0]
    cuts[0] = 0
    return list(zip(cuts, cuts[1:] + [len(folded)], strict=True))


def _quoted_deadline(mail, today, country) -> date | None:
    """ "avant la date limite indiquée dans votre courrier": the deadline our own quoted letter set."""
    full = fold(mail.text or "")
    new = fold(mail.new_text or "")
    quoted = full[full.find(new) + len(new) :] if new and new in full else full
    limit = today + timedelta(days=365)
    for f in find_dates(quoted, today, country=country, direction="future", fallback=False):
        if lexicon.DEADLINE_LEAD.search(quoted[max(0, f.start - 25) : f.start]) and today <= f.value <= limit:
            return f.value
    return None


def _is_relative(f: Found) -> bool:
    return not re.search(r"\d", f.text)


def _paid_on(folded, sentences, today, country) -> date | None:
    if today is None:
        return None
    for area in [folded[s:e] for s, e in sentences] + [folded]:
        for f in find_dates(area, today, country=country, direction="past", fallback=False):
            if f.value <= today and today - f.value <= timedelta(days=366):
                return f.value
    return None


def _method(folded: str) -> str | None:
    for name, rx in lexicon.METHODS:
        if rx.search(folded):
            return name
    return None


def _instalments(folded: str) -> int | None:
    from .dates import NUMBERS

    m = re.search(
        r"\b(\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|two|three|four|five|six|seven|eight|nine|ten|twelve)"
        r"\s*(?:fois|x\b|versements|mensualites|echeances|paiements|tranches|(?:monthly )?payments|parts|instal?lments|months|mois)",
        folded,
    )
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else NUMBERS.get(m.group(1))
    return n if n and 1 < n <= 36 else None


def _is_question(folded, sentences) -> bool:
    return bool(sentences) and all(_asks(folded[s:e]) for s, e in sentences)


def _asks(sentence: str) -> bool:
    """A question, not a statement with a tag ("je paie lundi, d'accord ?")."""
    return sentence.rstrip().endswith("?") and not lexicon.TAG_QUESTION.search(sentence)


def _language(folded: str) -> str | None:
    words = re.findall(r"[a-zß']+", folded)
    counts = {
        "fr": sum(1 for w in words if w in lexicon.FR_WORDS or w.startswith(("j'", "d'", "n'", "qu'"))),
        "en": sum(1 for w in words if w in lexicon.EN_WORDS),
        "de": sum(1 for w in words if w in lexicon.DE_WORDS),
        "es": sum(1 for w in words if w in lexicon.ES_WORDS),
        "it": sum(1 for w in words if w in lexicon.IT_WORDS),
    }
    best = max(counts, key=lambda k: counts[k])  # ties go to the first: fr, then en
    return best if counts[best] else None


def _invoice_refs(text: str, known: Sequence[str]) -> tuple[str, ...]:
    out = []
    for number in known:
        parts = re.findall(r"[A-Za-z0-9]+", number or "")
        if not parts:
            continue
        rx = r"(?<![A-Za-z0-9])" + r"[\s\-_/.#]?".join(re.escape(p) for p in parts) + r"(?![A-Za-z0-9])"
        if re.search(rx, text or "", re.IGNORECASE):
            out.append(number)
    return tuple(out)


def _first_email(text: str, exclude: Sequence[str] = ()) -> str | None:
    skip = {e.lower() for e in exclude if e}
    for m in _EMAIL.finditer(text or ""):
        addr = m.group(0).strip(".").lower()
        if addr not in skip and not addr.startswith("r+"):
            return addr
    return None


def _looks_bounced(mail: ParsedMail) -> bool:
    sender = (mail.from_addr or "").lower()
    subject = mail.subject or ""
    return (
        sender.startswith(("mailer-daemon@", "postmaster@"))
        and bool(lexicon.BOUNCE_SUBJECT.search(subject))
        and not lexicon.BOUNCE_DELAY.search(subject)
    )


def _subject_text(subject: str) -> str:
    s = re.sub(r"^\s*(?:(?:re|tr|fw|fwd|aw)\s*:\s*)+", "", subject or "", flags=re.IGNORECASE)
    return s if s.strip() else ""


_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|salut|hello|hi|hey|dear|good (?:morning|afternoon|evening)|madame|monsieur|mesdames|"
    r"messieurs|ch[eè]re?s?|guten (?:tag|morgen)|hallo|sehr geehrte[rn]?|liebe[rs]?|hola|buen[oa]s (?:d[ií]as|tardes)|"
    r"estimad[oa]s?|buongiorno|buonasera|salve|gentil[ei]ssim[oa]|gentile|car[oa])\b[^.!?\d]{0,40}[,!:.]?$",
    re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """The first line that says something: the firm's to-do shows it, and "Bonjour," tells it nothing."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return next((line for line in lines if not _GREETING.match(line)), lines[0] if lines else "")


def _cut(s: str, n: int = 300) -> str:
    s = re.sub(r"\s+", " ", s or "").strip()
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"
