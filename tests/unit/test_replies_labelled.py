"""The hand-written labelled set (tests/data/replies): accuracy floors and no confident mistakes."""

from bench.replies.evaluate import evaluate, load_cases


def test_labelled_set_is_big_and_varied():
    cases, _ = load_cases()
    assert len(cases) >= 90
    intents = {c["intent"] for c in cases}
    assert intents >= {"promise", "paid", "dispute", "plan_request", "out_of_office", "copy_request"}
    assert intents >= {"contact_change", "bank_details", "unsubscribe", "bounce", "other"}


def test_intents_dates_and_no_confident_mistakes():
    report = evaluate()
    wrong = [(o.id, o.expected, o.got, o.confidence) for o in report.outcomes if not o.right]
    assert report.accuracy() >= 0.95, wrong
    exact, total = report.promise_dates()
    misses = [(o.id, o.date_expected, o.date_got) for o in report.outcomes if o.date_field == "promise_date"]
    assert total and exact / total >= 0.95, [m for m in misses if m[1] != m[2]]
    assert report.auto_wrong() == [], [(o.id, o.got, o.confidence) for o in report.auto_wrong()]


def test_secondary_fields():
    report = evaluate()
    for o in report.outcomes:
        if o.date_field in ("paid_on", "return_date") and o.right:
            assert o.date_got == o.date_expected, (o.id, o.date_field, o.date_expected, o.date_got)
