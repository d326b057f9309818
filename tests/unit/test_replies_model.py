"""The reply model: plain arithmetic equal to what it was trained as, current with the labelled sets; where
it names the intent nothing is automatic, and nothing is automatic unless it reads what the rules read."""

import gzip
import json
import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chalicelib.core.replies import AUTO_ACT_CONFIDENCE, parse_mail, understand
from chalicelib.core.replies.classify import MODEL_CAP, MODEL_OVERRULES
from chalicelib.core.replies.model import MODEL_PATH, Model, counts, load, vector
from relance_ops import train_replies

HEAD = "From: Jean <jean@martin.fr>\nTo: r+tok@reply.example\nSubject: Re: Relance facture F-2025-0042\n"
HEAD += "Date: Mon, 03 Nov 2025 14:12:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"


def read(body, model=None):
    return understand(parse_mail((HEAD + body).encode()), tz="Europe/Paris", country="FR",
                      known_invoice_numbers=("F-2025-0042",), model=model)


def one_word(word, intent):
    """A model that knows one word, and reads it as `intent`."""
    return Model(("other", intent), (0.0, 0.0), {"w|" + word: 1.0}, {"w|" + word: (0.0, 8.0)})


def leaning(word, intent, p):
    """A model that reads `word` as `intent` with probability p, the rest shared by three other intents."""
    others = [c for c in ("other", "paid", "promise", "dispute") if c != intent][:3]
    w = math.log(p * len(others) / (1 - p))
    return Model((intent, *others), (0.0,) * 4, {"w|" + word: 1.0}, {"w|" + word: (w, 0.0, 0.0, 0.0)})


def test_shipped_model_is_trained_on_the_labelled_sets_as_they_are():
    with gzip.open(MODEL_PATH, "rt", encoding="utf-8") as fh:
        shipped = json.load(fh)["trained_on"]
    folders, _ = train_replies.labelled_folders()
    assert shipped == train_replies.trained_on(folders), "run: python -m relance_ops.train_replies"


def test_run_time_arithmetic_is_the_trained_classifier():
    texts = ["je paie vendredi", "payé hier par virement", "facture contestée, montant faux", "je vous paierai lundi",
             "virement fait ce matin", "nous contestons cette facture", "absent jusqu'au 12", "de retour le 4",
             "je suis absent", "réglé hier", "merci", "bonne journée"]
    ys = ["promise", "paid", "dispute", "promise", "paid", "dispute", "out_of_office", "out_of_office",
          "out_of_office", "paid", "other", "other"]
    xs = [counts(t) for t in texts]
    idf = train_replies.idf_of(xs)
    names, clf = train_replies.fit(xs, ys, idf)
    model = train_replies.as_model(names, clf, idf)
    from scipy.sparse import csr_matrix

    index = {f: i for i, f in enumerate(names)}
    for x in xs:
        v = vector(x, idf)
        row = csr_matrix(([*v.values()], ([0] * len(v), [index[f] for f in v])), shape=(1, len(names)))
        expected = dict(zip(clf.classes_, clf.predict_proba(row)[0], strict=True))
        got = model.probabilities_of(v)
        assert got == pytest.approx(expected, abs=2e-3)  # weights are stored to 4 decimals


def test_a_reply_the_rules_do_not_know_is_named_and_left_to_the_firm():
    u = read("Das ist seit Dienstag erledigt.", model=one_word("erledigt", "paid"))
    assert u.intent == "paid" and u.confidence == MODEL_CAP < AUTO_ACT_CONFIDENCE


def test_a_model_fairly_sure_of_another_intent_does_not_overrule_what_the_rules_are_sure_of():
    u = read("Je vous fais le virement le 14 novembre.", model=leaning("virement", "dispute", MODEL_OVERRULES - 0.1))
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 14))
    assert u.confidence < AUTO_ACT_CONFIDENCE  # but they disagree: the firm decides


def test_a_model_very_sure_of_another_intent_names_it_and_nothing_is_automatic():
    u = read("Je vous fais le virement le 14 novembre.", model=leaning("virement", "dispute", MODEL_OVERRULES + 0.1))
    assert (u.intent, u.confidence) == ("dispute", MODEL_CAP)


def test_where_the_rules_are_unsure_a_fairly_sure_model_names_the_intent():
    body = "Je m'en occupe."  # a hint of a promise only: the rules are unsure
    assert read(body, model=leaning("occupe", "paid", 0.3)).intent == "promise"
    u = read(body, model=leaning("occupe", "paid", 0.6))
    assert (u.intent, u.confidence) == ("paid", MODEL_CAP)


def test_the_model_promise_keeps_the_date_of_the_text():
    u = read("Ok pour moi, ce sera fait le 20/11.", model=one_word("fait", "promise"))
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 20))
    assert u.confidence < AUTO_ACT_CONFIDENCE


def test_an_unsure_model_leaves_other():
    weak = Model(("paid", "dispute", "promise", "other"), (0.0, 0.0, 0.0, 0.0), {}, {})  # 25 % each
    assert read("Bien reçu, merci.", model=weak).intent == "other"


def test_shipped_model_reads_ordinary_replies():
    model = load()
    assert model.best("das ist seit dienstag erledigt, bitte pruefen sie ihre buchhaltung")[0] == "paid"
    assert model.best("hola, esta factura no es mia, yo no os he comprado nada")[0] == "dispute"


@given(st.text(max_size=300), st.text(max_size=40), st.booleans())
def test_probabilities_are_a_distribution(text, subject, auto):
    probs = load().probabilities(text.lower(), subject.lower(), auto)
    assert set(probs) == set(load().classes)
    assert sum(probs.values()) == pytest.approx(1.0)
    assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_an_automatic_action_needs_the_model_to_read_the_same_intent():
    body = "Bonjour, nous avons réglé la facture F-2025-0042 hier par virement."
    assert read(body, model=leaning("hier", "other", 0.7)).confidence < AUTO_ACT_CONFIDENCE
    vetoed = read(body, model=leaning("virement", "dispute", 0.7))
    assert vetoed.intent == "paid" and vetoed.confidence < AUTO_ACT_CONFIDENCE
    unsure = read(body, model=leaning("virement", "paid", 0.45))
    assert unsure.intent == "paid" and unsure.confidence < AUTO_ACT_CONFIDENCE
    assert read(body, model=leaning("virement", "paid", 0.7)).confidence >= AUTO_ACT_CONFIDENCE  # they agree


def test_a_part_paid_and_the_rest_dated_stays_a_promise_whatever_the_model():
    body = "I've just paid £200 off this by bank transfer as a part payment. The remaining £285.60 will follow on Friday 7th."
    u = read(body, model=one_word("remaining", "paid"))
    assert (u.intent, u.promise_date) == ("promise", date(2025, 11, 7))
    assert u.confidence < AUTO_ACT_CONFIDENCE
