from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from chalicelib.core import csvimport
from chalicelib.core.errors import ValidationError

NOW = datetime(2026, 11, 24, 10, tzinfo=UTC)


def test_french_export_with_semicolons_decimal_commas_and_day_first_dates():
    data = ("Numéro;Client;Courriel;Date d'émission;Échéance;Montant TTC;Devise;Montant payé\n"
            "F-1;SARL Martin;compta@martin.fr;01/10/2026;10/11/2026;1 234,56;EUR;0\n"
            "F-2;Boulangerie Roux;roux@example.fr;02/10/2026;02/12/2026;500,00;;200,00\n").encode("cp1252")
    parsed = csvimport.parse(data, now=NOW, default_currency="EUR")
    assert not parsed.errors
    a, b = (r.snapshot for r in parsed.rows)
    assert a.due_on == date(2026, 11, 10) and a.total == Decimal("1234.56")
    assert b.amount_due == Decimal("300.00") and b.currency == "EUR" and b.customer.name == "Boulangerie Roux"


def test_english_export_with_commas_and_bad_rows_reported_by_spreadsheet_line():
    data = (b"Invoice Number,Customer,Email,Issue Date,Due Date,Amount,Currency,Amount Paid\n"
            b"INV-1,Acme,ap@acme.test,2026-10-01,2026-10-31,100.00,GBP,0\n"
            b"INV-2,Acme,not-an-email,2026-10-01,2026-10-31,100.00,GBP,0\n"
            b"INV-3,Acme,ap@acme.test,2026-10-01,31/02/2026,100.00,GBP,0\n"
            b"\n"
            b"INV-4,Acme,ap@acme.test,2026-10-01,2026-09-01,abc,XXX,0\n")
    parsed = csvimport.parse(data, now=NOW, default_currency="EUR")
    assert [r.line for r in parsed.rows] == [2]
    got = {(e["line"], e["field"]) for e in parsed.errors}
    assert {(3, "email"), (4, "due_on"), (6, "total"), (6, "currency")} <= got


def test_missing_columns_rejected_whole():
    with pytest.raises(ValidationError) as err:
        csvimport.parse(b"foo,bar\n1,2\n", now=NOW, default_currency="EUR")
    assert "header" in err.value.fields


def test_same_row_gives_same_event_id_so_reimport_is_idempotent():
    data = b"number,customer,email,due date,amount\nA,B,b@b.test,2026-10-31,10\n"
    one = csvimport.parse(data, now=NOW, default_currency="EUR").rows[0].snapshot
    two = csvimport.parse(data, now=NOW, default_currency="EUR").rows[0].snapshot
    assert one.event_id == two.event_id
