"""Replies written by people who never saw the rules (tests/data/replies_fresh/set1): floors per language.

Set 1 was used to tune the rules, so these floors guard against regressions; the honest figure is the
first pass on a fresh set (README, "How replies are understood").
"""

import pytest

from bench.replies.evaluate import ACTING, FRESH, evaluate, folders, load_cases

SET1 = FRESH / "set1"
SIZES = {"fr": 150, "en": 100, "de": 40, "es": 40, "it": 40}
INTENT_FLOOR = {"fr": 0.95, "en": 0.95, "de": 0.95, "es": 0.95, "it": 0.95}


def test_set1_is_big_enough_and_labelled():
    assert {f.name for f in folders(SET1)} == set(SIZES)
    for lang, n in SIZES.items():
        cases, known = load_cases(SET1 / lang)
        assert len(cases) >= n and known
        for c in cases:
            assert (SET1 / lang / f"{c['id']}.eml").is_file()
            assert c["intent"] in ACTING + ("contact_change", "bank_details", "unsubscribe", "other")


@pytest.mark.parametrize("lang", sorted(SIZES))
def test_set1_floors(lang):
    report = evaluate(SET1 / lang)
    wrong = [(o.id, o.expected, o.got, o.confidence) for o in report.outcomes if not o.right]
    assert report.accuracy() >= INTENT_FLOOR[lang], wrong
    for name in ("promise_date", "paid_on", "return_date"):
        ok, graded = report.dates(name)
        misses = [(o.id, *o.dates[name]) for o in report.outcomes if name in o.dates and o.dates[name][0] != o.dates[name][1]]
        assert graded and ok / graded >= 0.95, misses
    assert report.auto_wrong() == [], [(o.id, o.expected, o.got, o.confidence) for o in report.auto_wrong()]


def test_bench_knows_which_intents_act_like_the_service():
    from chalicelib.services.inbound import ACTING as SERVICE_ACTING

    assert set(ACTING) == set(SERVICE_ACTING)


def test_bench_cli_reads_any_labelled_folder(capsys):
    from bench.replies.__main__ import main

    main(["--set", str(SET1 / "de"), "--quiet"])
    out = capsys.readouterr().out
    assert "== de: 40 replies" in out and "automatic actions on a wrong intent" in out and "promise_date exact" in out
