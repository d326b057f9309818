import re
from datetime import date
from decimal import Decimal

import pytest
from jinja2 import UndefinedError

from chalicelib.adapters.render import STAGES, Renderer, reminder_context, sample_context

KINDS = ("business", "consumer")
LAWS = (("fr", "FR"), ("en", "GB"), ("en", "FR"), ("en", "US"), ("en", "DE"), ("fr", "BE"))
FEE_WORDS = ("40 €", "40\u00a0€", "indemnité forfaitaire", "fixed sum", "fixed indemnity", "recovery cost",
             "frais de recouvrement", "L441-10", "D441-5", "Late Payment of Commercial Debts")  # fmt: skip


@pytest.fixture(scope="module")
def renderer():
    return Renderer()


def _strip_tags(html):
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("language, jurisdiction", LAWS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("count", (1, 3))
def test_every_stage_renders(renderer, stage, language, jurisdiction, kind, count):
    ctx = sample_context(stage, language, kind, jurisdiction, count)
    out = renderer.reminder(ctx)
    assert out.subject and "\n" not in out.subject
    assert ctx["tenant"]["name"] in out.subject
    for inv in ctx["invoices"]:
        assert inv["number"] in out.text and inv["number"] in out.html
    if count == 1:
        assert ctx["invoices"][0]["number"] in out.subject
    else:
        assert ("1 autre" if language == "fr" else "1 other") in out.subject
    for part in (out.text, out.html):
        assert ctx["link"] in part
        assert "compta@atelier-dupont.fr" in part
    assert f'href="{ctx["link"]}"' in out.html
    assert "{{" not in out.text and "{%" not in out.html
    if kind == "consumer":
        for part in (out.subject, out.text, _strip_tags(out.html)):
            for word in FEE_WORDS:
                assert word.lower() not in part.lower(), (word, part)


@pytest.mark.parametrize("stage", STAGES)
def test_french_typography(renderer, stage):
    for kind in KINDS:
        out = renderer.reminder(sample_context(stage, "fr", kind, "FR", 2))
        for part in (out.subject, out.text, _strip_tags(out.html)):
            assert not re.search(r" [:;!?»]", part), part
            assert "« " not in part


def test_firm_stage_french_business_states_the_charges(renderer):
    out = renderer.reminder(sample_context("firm", "fr", "business", "FR"))
    assert "des pénalités de retard courent depuis le lendemain de la date d'échéance (art. L441-10" in out.text
    assert "indemnité forfaitaire pour frais de recouvrement de 40\u00a0€ est due pour chaque facture" in out.text
    assert "Veuillez agréer" in out.text


def test_uk_business_cites_the_act(renderer):
    out = renderer.reminder(sample_context("firm", "en", "business", "GB"))
    assert "Late Payment of Commercial Debts (Interest) Act 1998" in out.text
    assert "fixed sum for the cost of recovery of £40" in out.text


@pytest.mark.parametrize("jurisdiction", ("US", "DE"))
def test_generic_wording_elsewhere(renderer, jurisdiction):
    out = renderer.reminder(sample_context("firm", "en", "business", jurisdiction))
    assert "late payment interest and recovery costs may be charged, as permitted by law" in out.text
    assert "1998" not in out.text and "L441" not in out.text


def test_formal_notice_details_penalties_and_deadline(renderer):
    ctx = sample_context("formal_notice", "fr", "business", "FR", 2)
    out = renderer.reminder(ctx)
    assert out.subject.startswith("Mise en demeure de payer")
    assert "nous vous mettons en demeure" in out.text
    assert "au plus tard le 8 décembre 2026" in out.text
    for inv in ctx["invoices"]:
        assert f"{inv['interest']}".replace(".", ",") in out.text
        assert f"{inv['claimed']}".replace(".", ",") in out.text.replace("\u202f", "")
    assert out.text.count("Indemnité forfaitaire pour frais de recouvrement\u00a0: 40,00\u00a0€") == 2
    total = ctx["lead_totals"][0]["claimed"]
    assert f"la somme de {total:,}\u00a0€".replace(",", "\u202f").replace(".", ",") in out.text
    assert "injonction de payer" in out.text and "société de recouvrement" in out.text
    assert "8 décembre 2026" in out.html


def test_consumer_formal_notice_mentions_legal_interest(renderer):
    out = renderer.reminder(sample_context("formal_notice", "fr", "consumer", "FR"))
    assert "intérêts au taux légal à compter de la présente mise en demeure" in out.text
    assert "1231-6" in out.text


def test_consumer_context_with_a_fee_is_refused():
    ctx = sample_context("firm", "fr", "consumer", "FR")
    ctx["invoices"][0]["fixed_fee"] = Decimal(40)
    with pytest.raises(ValueError):
        reminder_context(ctx)


def test_formal_notice_needs_a_deadline():
    ctx = sample_context("formal_notice")
    ctx["deadline"] = None
    with pytest.raises(ValueError):
        reminder_context(ctx)


def test_missing_key_is_an_error(renderer):
    ctx = sample_context("reminder")
    del ctx["promise_missed"]
    with pytest.raises(ValueError, match="promise_missed"):
        renderer.reminder(ctx)
    ctx = sample_context("reminder")
    del ctx["tenant"]["contact_phone"]
    with pytest.raises(UndefinedError):
        renderer.reminder(ctx)


def test_promise_missed(renderer):
    ctx = sample_context("second_reminder", "fr")
    assert "annoncé un règlement" not in renderer.reminder(ctx).text
    ctx["promise_missed"] = date(2026, 11, 20)
    out = renderer.reminder(ctx)
    said = "Vous nous aviez annoncé un règlement pour le 20 novembre 2026"
    assert said in out.text and said in out.html


def test_staleness_warning_changes_nothing(renderer):
    ctx = sample_context("firm", "fr")
    before = renderer.reminder(ctx)
    assert renderer.reminder({**ctx, "staleness_warning": "ECB rate is 200 days old"}) == before


def test_html_escapes_debtor_supplied_text(renderer):
    ctx = sample_context("reminder", "fr")
    ctx["debtor"]["name"] = "<script>alert(1)</script>"
    ctx["invoices"][0]["number"] = "<script>x</script>"
    ctx["tenant"]["address"] = "1 rue <b>\nParis"
    out = renderer.reminder(ctx)
    assert "<script>" not in out.html
    assert "&lt;script&gt;x&lt;/script&gt;" in out.html
    assert "1 rue &lt;b&gt;<br>" in out.html
    assert "<script>x</script>" in out.text  # plain text is not escaped


def test_tenant_override_wins():
    over = Renderer({"fr/firm.subject.txt": "Relance ferme {{ invoices[0].number }} ({{ tenant.name }})"})
    ctx = sample_context("firm", "fr")
    assert over.reminder(ctx).subject == "Relance ferme F-2026-0042 (Atelier Dupont)"
    assert Renderer().reminder(ctx).subject.startswith("Troisième relance")
    assert over.check() == {}


def test_override_is_sandboxed_and_checked():
    bad = Renderer({"fr/firm.txt": "{{ ''.__class__.__mro__ }}", "fr/reminder.txt": "{{ nope }}"})
    errors = bad.check()
    assert any("fr/firm" in k for k in errors)
    assert any("fr/reminder" in k for k in errors)
    with pytest.raises(ValueError):
        Renderer({"../etc/passwd.txt": "x"})


def test_environment_is_cached():
    assert Renderer().env is Renderer().env
    assert Renderer({"fr/a.txt": "x"}).env is Renderer({"fr/a.txt": "x"}).env


def test_generic_render(renderer):
    assert renderer.render("fr/_macros.txt", {"locale": "fr_FR"}) is not None


def test_subject_references():
    r = Renderer()
    for n, fr, en in ((1, "facture F-2026-0042 ", "invoice F-2026-0042 "),
                      (2, "factures F-2026-0042 et F-2026-0043 ", "invoices F-2026-0042 and F-2026-0043 "),
                      (4, "F-2026-0042, F-2026-0043 et 2 autres", "F-2026-0042, F-2026-0043 and 2 others")):  # fmt: skip
        assert fr in r.reminder(sample_context("reminder", "fr", count=n)).subject
        assert en in r.reminder(sample_context("reminder", "en", jurisdiction="GB", count=n)).subject


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("language, jurisdiction", (("fr", "FR"), ("en", "GB")))
def test_html_escapes_every_field(renderer, stage, language, jurisdiction):
    ctx = sample_context(stage, language, "business", jurisdiction, 3)
    evil = "<x>&"
    ctx["tenant"].update(name=evil, address=evil, legal_id=evil, contact_phone=evil, contact_email=evil)
    ctx["debtor"]["name"] = evil
    for inv in ctx["invoices"]:
        inv["number"] = evil + inv["number"]
        inv["rate_basis"] = evil
    ctx["promise_missed"] = date(2026, 11, 20)
    out = renderer.reminder(ctx)
    assert "<x>" not in out.html
    assert "&amp;amp;" not in out.html  # escaped once, not twice
    assert "&lt;x&gt;&amp;" in out.html


def test_the_firms_signature_from_the_cockpit_closes_the_letter(renderer):
    ctx = sample_context("reminder", "fr")
    ctx["tenant"]["signature"] = "Marie Dupont\nService comptabilité"
    out = renderer.reminder(ctx)
    assert "Marie Dupont\nService comptabilité\nAtelier Dupont" in out.text
    assert "Marie Dupont<br>" in out.html
    assert "Marie Dupont" not in renderer.reminder(sample_context("reminder", "fr")).text
