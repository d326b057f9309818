"""Set 2 (tests/data/replies_fresh/set2, written by writers who saw neither the rules nor set 1): floors.

Set 2 has since been used to tune the rules (as set 1 was), so these floors guard against regressions; the
honest figure is the first pass on a set the rules have not seen (README, "How replies are understood").
"""

import pytest

from bench.replies.evaluate import ACTING, FRESH, evaluate, folders, load_cases

SET2 = FRESH / "set2"
SIZES = {"fr": 150, "en": 100, "de": 45, "es": 45, "it": 45}
INTENT_FLOOR = {"fr": 0.95, "en": 0.95, "de": 0.95, "es": 0.95, "it": 0.95}
DATE_FLOOR = {"promise_date": 0.95, "paid_on": 0.95, "return_date": 0.95}


def test_set2_is_labelled():
    assert {f.name for f in folders(SET2)} == set(SIZES)
    for lang, n in SIZES.items():
        cases, known = load_cases(SET2 / lang)
        assert len(cases) >= n and known
        for c in cases:
            assert (SET2 / lang / f"{c['id']}.eml").is_file()
            assert c["intent"] in ACTING + ("contact_change", "bank_details", "unsubscribe", "other")


@pytest.mark.parametrize("lang", sorted(SIZES))
def test_set2_floors(lang):
    report = evaluate(SET2 / lang)
    wrong = [(o.id, o.expected, o.got, o.confidence) for o in report.outcomes if not o.right]
    assert report.accuracy() >= INTENT_FLOOR[lang], wrong
    for name, floor in DATE_FLOOR.items():
        ok, graded = report.dates(name)
        misses = [(o.id, *o.dates[name]) for o in report.outcomes if name in o.dates and o.dates[name][0] != o.dates[name][1]]
        assert graded and ok / graded >= floor, misses
    assert report.auto_wrong() == [], [(o.id, o.expected, o.got, o.confidence) for o in report.auto_wrong()]
