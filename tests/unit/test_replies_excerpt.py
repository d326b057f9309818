"""The excerpt the firm reads in its to-do and notices: what the debtor said, not its greeting."""


import pytest

from chalicelib.core.replies.classify import _first_sentence


@pytest.mark.parametrize("text, first", [
    ("Bonjour,\n\nJe ne comprends pas ce courrier, qui êtes-vous ?", "Je ne comprends pas ce courrier, qui êtes-vous ?"),
    ("Madame, Monsieur,\nNous avons bien reçu votre lettre.", "Nous avons bien reçu votre lettre."),
    ("Hi Sarah,\n\nWho do I talk to about this?", "Who do I talk to about this?"),
    ("Sehr geehrte Damen und Herren,\nwas ist das?", "was ist das?"),
    ("Buongiorno,\nnon capisco.", "non capisco."),
    ("Bonjour, pouvez-vous me rappeler ?", "Bonjour, pouvez-vous me rappeler ?"),  # a greeting that goes on
    ("Bonjour,", "Bonjour,"),  # nothing else: the greeting is all there is
    ("", ""),
])
def test_first_sentence_skips_a_greeting_line(text, first):
    assert _first_sentence(text) == first


def test_an_unclear_reply_is_excerpted_past_its_greeting():
    from chalicelib.core.replies import understand
    from chalicelib.core.replies.mime import parse_mail

    raw = (b"From: Paul Martin <paul@martin.test>\r\nTo: r@reply.atelier.test\r\nSubject: Re: Facture F-1\r\n"
           b"Date: Tue, 01 Dec 2026 10:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Bonjour,\r\n\r\nJe ne vois pas de quoi il s'agit, pouvez-vous m'appeler ?\r\n\r\nPaul\r\n")
    u = understand(parse_mail(raw), tz="Europe/Paris", country="FR")
    assert "Bonjour" not in u.excerpt and u.excerpt.startswith("Je ne vois pas")
