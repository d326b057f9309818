from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chalicelib.core import csvimport
from chalicelib.core.errors import ValidationError

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "csv"
TOOLS = ["pennylane", "sellsy", "axonaut", "henrri", "tiime", "facture_net", "freebe", "zervant", "quickbooks_fr",
         "odoo", "dolibarr"]
# What the file itself says of each customer's kind (None: nothing, the tenant's default applies).
KINDS = {"quickbooks_fr": (None, None, None), "dolibarr": ("business", "business", None),
         "facture_net": ("business", "business", None), "freebe": ("business", "business", None)}


def parse(text: str, enc: str = "utf-8", **kw):
    return csvimport.parse(text.encode(enc), now=NOW, default_currency="EUR", **kw)


def test_french_export_with_semicolons_decimal_commas_and_day_first_dates():
    data = ("Numéro;Client;Courriel;Date d'émission;Échéance;Montant TTC;Devise;Montant payé\n"
            "F-1;SARL Martin;compta@martin.fr;01/10/2026;10/11/2026;1 234,56;EUR;0\n"
            "F-2;Boulangerie Roux;roux@example.fr;02/10/2026;02/12/2026;500,00;;200,00\n")
    parsed = parse(data, "cp1252")
    assert not parsed.errors and parsed.ignored_headers == []
    a, b = (r.snapshot for r in parsed.rows)
    assert a.due_on == date(2026, 11, 10) and a.total == Decimal("1234.56")
    assert b.amount_due == Decimal("300.00") and b.currency == "EUR" and b.customer.name == "Boulangerie Roux"


def test_english_export_with_commas_and_bad_rows_reported_by_spreadsheet_line():
    data = ("Invoice Number,Customer,Email,Issue Date,Due Date,Amount,Currency,Amount Paid\n"
            "INV-1,Acme,ap@acme.test,2026-10-01,2026-10-31,100.00,GBP,0\n"
            "INV-2,Acme,not-an-email,2026-10-01,2026-10-31,100.00,GBP,0\n"
            "INV-3,Acme,ap@acme.test,2026-10-01,31/02/2026,100.00,GBP,0\n"
            "\n"
            "INV-4,Acme,ap@acme.test,2026-10-01,2026-09-01,abc,XXX,0\n")
    parsed = parse(data)
    assert [r.line for r in parsed.rows] == [2]
    got = {(e["line"], e["field"]) for e in parsed.errors}
    assert {(3, "email"), (4, "due_on"), (6, "total"), (6, "currency")} <= got


def test_missing_columns_rejected_whole_naming_what_was_not_used():
    with pytest.raises(ValidationError) as err:
        parse("foo,bar\n1,2\n")
    assert "missing: number" in err.value.fields["header"] and "foo, bar" in err.value.fields["ignored_headers"]


def test_same_row_gives_same_event_id_so_reimport_is_idempotent():
    data = "number,customer,email,due date,amount\nA,B,b@b.test,2026-10-31,10\n"
    assert parse(data).rows[0].snapshot.event_id == parse(data).rows[0].snapshot.event_id


# The issue: real French headers, a "Payée" invoice imported as open, 1 000 € paid chased for 3 000 €.

def test_the_headers_seen_in_real_french_exports_are_recognised():
    data = ("N° de facture;Client;E-mail client;Date d'échéance;Net à payer;Déjà réglé;Statut;Adresse e-mail;"
            "Reste à payer;Solde;Restant dû;Montant HT\n"
            "F-1;SARL Martin;compta@martin.fr;31/10/2026;1 200,00;0;Payée;x@martin.fr;1 200,00;;;1 000,00\n"
            "F-2;Roux;roux@example.fr;31/10/2026;3 000,00;1 000,00;À payer;;;;;2 500,00\n")
    parsed = parse(data)
    assert not parsed.errors
    paid, partly = (r.snapshot for r in parsed.rows)
    assert paid.status == "paid" and paid.amount_due == 0  # the status wins over a stale remaining amount
    assert partly.status == "open" and partly.amount_due == Decimal("2000.00") and partly.total == Decimal("3000.00")
    # One column per field: the second email and the other remaining-amount spellings are reported unused.
    assert parsed.ignored_headers == ["Adresse e-mail", "Solde", "Restant dû", "Montant HT"]
    for h in ("E-mail client", "Adresse e-mail", "N° de facture", "Reste à payer", "Solde", "Restant dû",
              "Déjà réglé", "Net à payer", "Statut"):
        assert csvimport._norm(h) in csvimport.HEADERS, h


def test_a_remaining_amount_of_zero_means_paid_and_a_remaining_amount_is_what_is_due():
    data = ("Numéro;Client;Email;Échéance;Total TTC;Reste à payer\n"
            "F-1;A;a@a.fr;31/10/2026;100,00;0,00\nF-2;B;b@b.fr;31/10/2026;100,00;40,00\n")
    a, b = (r.snapshot for r in parse(data).rows)
    assert (a.status, a.amount_due) == ("paid", 0) and (b.status, b.amount_due) == ("open", Decimal("40.00"))


@pytest.mark.parametrize("value,status", [("Payée", "paid"), ("RÉGLÉE", "paid"), ("Annulée", "void"),
                                          ("Avoir", "void"), ("Abandonnée", "void"), ("Brouillon", "draft"),
                                          ("Irrécouvrable", "uncollectible"), ("En retard", "open"),
                                          ("Payée (partiellement)", "paid"), ("Payée partiellement", "open")])
def test_status_column_is_honoured(value, status):
    data = f"Numéro;Client;Email;Échéance;Total TTC;Déjà réglé;Statut\nF-1;A;a@a.fr;31/10/2026;100,00;30,00;{value}\n"
    snap = parse(data).rows[0].snapshot
    assert snap.status == status
    assert snap.amount_due == (Decimal("70.00") if status in ("open", "draft") else 0)


def test_unknown_status_and_partly_paid_without_amounts_are_line_errors_never_guesses():
    data = ("Numéro;Client;Email;Échéance;Total TTC;Statut\n"
            "F-1;A;a@a.fr;31/10/2026;100,00;Peut-être\nF-2;A;a@a.fr;31/10/2026;100,00;Partiellement payée\n")
    parsed = parse(data)
    assert not parsed.rows and [(e["line"], e["field"]) for e in parsed.errors] == [(2, "status"), (3, "status")]


def test_odoo_status_and_payment_status_both_count_the_most_final_wins():
    data = ("Number,Customer,Customer/Email,Due Date,Total,Status,Payment Status\n"
            "A,X,x@x.test,2026-10-31,10,Cancelled,Not Paid\nB,X,x@x.test,2026-10-31,10,Posted,In Payment\n")
    assert [r.snapshot.status for r in parse(data).rows] == ["void", "paid"]


def test_paid_flag_and_yes_no_paid_column():
    data = ("Ref. facture;Tiers;Email;Date échéance;Montant TTC;Facture payée\n"
            "A;X;x@x.test;31/10/2026;10;1\nB;X;x@x.test;31/10/2026;10;0\n")
    assert [r.snapshot.status for r in parse(data).rows] == ["paid", "open"]
    data = "Numéro;Client;Email;Échéance;Montant;Payé\nA;X;x@x.test;31/10/2026;10;Oui\nB;X;x@x.test;31/10/2026;10;4\n"
    a, b = (r.snapshot for r in parse(data).rows)
    assert a.status == "paid" and (b.status, b.amount_due) == ("open", Decimal("6"))


def test_a_negative_amount_is_a_credit_note_reported_not_chased():
    parsed = parse("Numéro;Client;Email;Échéance;Montant TTC\nAV-1;X;x@x.test;31/10/2026;-50,00\n")
    assert not parsed.rows and parsed.errors[0]["field"] == "total"


# Customer kind.

@pytest.mark.parametrize("header,value,kind", [
    ("Type client", "Particulier", "consumer"), ("type", "professionnel", "business"), ("Catégorie", "B2C", "consumer"),
    ("Customer type", "business", "business"), ("Type de client", "B2B", "business"),
    ("Customer type", "consumer", "consumer")])
def test_customer_type_column(header, value, kind):
    data = f"Numéro;Client;Email;Échéance;Montant;{header}\nA;X;x@x.test;31/10/2026;10;{value}\n"
    assert parse(data).rows[0].snapshot.customer.kind == kind


def test_siren_siret_or_vat_number_means_business_and_nothing_means_not_given():
    data = ("Numéro;Client;Email;Échéance;Montant;SIRET\n"
            "A;X;x@x.test;31/10/2026;10;123 456 789 00012\nB;Y;y@y.test;31/10/2026;10;\n")
    assert [r.snapshot.customer.kind for r in parse(data).rows] == ["business", None]
    data = "Numéro;Client;Email;Échéance;Montant;Type client;N° TVA\nA;X;x@x.test;31/10/2026;10;Particulier;FR40123456789\n"
    assert parse(data).rows[0].snapshot.customer.kind == "consumer"  # an explicit type wins


def test_a_bare_type_column_of_other_values_is_not_the_customer_type():
    data = "Ref. facture;Tiers;Email;Date échéance;Montant TTC;Type\nA;X;x@x.test;31/10/2026;10;0\n"
    parsed = parse(data)
    assert parsed.rows[0].snapshot.customer.kind is None and parsed.ignored_headers == ["Type"]
    data = "Numéro;Client;Email;Échéance;Montant;Type client\nA;X;x@x.test;31/10/2026;10;Hôtel\n"
    assert parse(data).errors[0]["field"] == "kind"  # an explicit header with an unknown value: said, not guessed


def test_dolibarr_third_party_types_and_unstated_values():
    data = ("Ref. facture;Raison sociale;Email;Date échéance;Total TTC;Type du tiers;SIRET\n"
            "A;X;x@x.test;31/10/2026;10;PME/PMI;\nB;Y;y@y.test;31/10/2026;10;Particulier;\n"
            "C;Z;z@z.test;31/10/2026;10;Autre;\nD;W;w@w.test;31/10/2026;10;Autre;123 456 789 00012\n")
    assert [r.snapshot.customer.kind for r in parse(data).rows] == ["business", "consumer", None, "business"]


# Tools' exports.

@pytest.mark.parametrize("tool", TOOLS)
def test_each_tools_fixture_paid_partly_paid_and_consumer(tool):
    parsed = csvimport.parse((FIXTURES / f"{tool}.csv").read_bytes(), now=NOW, default_currency="EUR")
    assert parsed.errors == []
    paid, partly, consumer = (r.snapshot for r in parsed.rows)
    assert (paid.status, paid.amount_due, paid.total) == ("paid", 0, Decimal("1200.00"))
    assert (partly.status, partly.amount_due, partly.total) == ("open", Decimal("2000.00"), Decimal("3000.00"))
    assert (consumer.status, consumer.amount_due) == ("open", Decimal("150.00"))
    expected = KINDS.get(tool, ("business", "business", "consumer"))
    assert tuple(s.customer.kind for s in (paid, partly, consumer)) == expected
    assert paid.due_on == date(2026, 10, 31) and paid.issued_on == date(2026, 10, 1)
    # The pre-tax amount is never taken for the amount owed: it is listed as unused.
    assert any(h in parsed.ignored_headers for h in ("Montant HT", "Total HT", "Tax Excluded", "Total excl. VAT")) \
        or tool == "quickbooks_fr"


def test_every_spelling_names_a_known_source_and_no_spelling_means_two_things():
    sources = set(csvimport.DATA["sources"])
    for group in ("fields", "status_values", "kind_values"):
        for name, spellings in csvimport.DATA[group].items():
            if name == "about":
                continue
            for spelling, where in spellings.items():
                assert where and set(where) <= sources, (group, spelling)
    for tool in TOOLS:
        assert tool in sources
        info = csvimport.DATA["sources"][tool]
        assert info.get("found") and ("where" in info or info.get("not_verified")), tool
    csvimport._header_table()  # raises on a header spelled for two fields
    csvimport._value_table(csvimport.DATA["status_values"])


# Hardening: dates and huge cells never become a 500.

@pytest.mark.parametrize("bad", ["0001-01-01", "9999-12-31", "01/01/0001", "31/12/9999"])
def test_absurd_dates_are_a_clear_line_error(bad):
    data = f"Numéro;Client;Email;Date;Échéance;Montant\nA;X;x@x.test;{bad};{bad};10\n"
    parsed = parse(data)
    assert not parsed.rows
    assert {(e["field"], e["message"]) for e in parsed.errors} == {
        ("issued_on", "must be a date between 1970 and 2099"), ("due_on", "must be a date between 1970 and 2099")}


def test_a_cell_over_128_kb_is_refused_with_a_validation_error():
    data = "Numéro;Client;Email;Échéance;Montant\nA;\"" + "x" * (129 * 1024) + "\";x@x.test;31/10/2026;10\n"
    with pytest.raises(ValidationError) as err:
        parse(data)
    assert "128 KB" in err.value.fields["file"] and "line 2" in err.value.fields["file"]


AMOUNTS = st.decimals(min_value=0, max_value=10_000, places=2)


@given(total=AMOUNTS, part=st.floats(0, 1), status=st.sampled_from(["", "Payée", "À payer", "Annulée", "En retard"]),
       column=st.sampled_from(["Reste à payer", "Déjà réglé"]))
def test_amount_due_is_never_negative_nor_above_total_and_zero_due_is_never_chased(total, part, status, column):
    other = (total * Decimal(str(part))).quantize(Decimal("0.01"))
    data = f"Numéro;Client;Email;Échéance;Montant TTC;{column};Statut\nA;X;x@x.test;31/10/2026;{total};{other};{status}\n"
    snap = parse(data).rows[0].snapshot
    assert 0 <= snap.amount_due <= total
    assert (snap.status == "open") == (snap.amount_due > 0 and status in ("", "À payer", "En retard"))
