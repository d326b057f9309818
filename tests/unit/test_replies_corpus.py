"""Quote removal against third-party reply corpora (talon, EmailReplyParser, email-reply-parser)."""

import json

import pytest

from chalicelib.core.replies import parse_mail
from chalicelib.core.replies.mime import html_to_text
from chalicelib.core.replies.quotes import strip_quotes

# file -> (text the author wrote that must be kept, quoted history that must be gone or None)
WILLDURAND = {
    "correct_sig.txt": ("this is an email with a correct -- signature.", "rick"),
    "email_1.txt": ("Hi folks", "riak-users@lists.basho.com"),
    "email_10.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_11.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_12.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_13.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_14.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_15.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_16.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_17.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_18.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_19.txt": ("On Thursday, I get proper rendering.", "Was this caching"),
    "email_2.txt": ("Hi,", "What is the best way"),
    "email_20.txt": ("On Thursday.", "When will you fix"),
    "email_21.txt": ("On Thursday:", None),
    "email_22.txt": ("Fusce bibendum", "Etiam non sagittis"),
    "email_23.txt": ("Fusce bibendum", "Ticket answered"),
    "email_23_1.txt": ("Fusce bibendum", "Ticket answered"),
    "email_2_1.txt": ("Outlook with a reply", "Dear Google Apps Sync user"),
    "email_3.txt": ("Oh thanks.", "Russell Brown wrote"),
    "email_4.txt": ("Awesome! I haven't had another problem with it.", "Loader seems"),
    "email_5.txt": ("One: Here's what I've got.", None),
    "email_6.txt": ("I get proper rendering as well.", "Was this caching"),
    "email_7.txt": ("Fusce bibendum", "Ciao Lorem"),
    "email_8.txt": ("Fusce bibendum", "Beste Praesent"),
    "email_9.txt": ("Fusce bibendum", "Proin cursus"),
    "email_blackberry.txt": ("Here is another email", "Sent from my BlackBerry"),
    "email_bullets.txt": ("test 2 this should list second", "Give us an example"),
    "email_custom_quote_header.txt": ("Thank you!", "imdb.com"),
    "email_customer_quote_header_2.txt": ("Thank you very much.", "You have a new message"),
    "email_customer_quote_header_3.txt": (
        "je n'ai pas eu de retour sur ma précision",
        "ici dans la description",
    ),
    "email_iphone.txt": ("Here is another email", "Sent from my iPhone"),
    "email_issue_77.txt": ("Le paragraphe qui pose problème.", "Test a écrit"),
    "email_ls-l.txt": ("here's some funny one", "glen"),
    "email_multi_word_sent_from_my_mobile_device.txt": ("Here is another email", "Verizon"),
    "email_norwegian_gmail.txt": ("Fusce bibendum", "Ok. Thanks."),
    "email_one_is_not_on.txt": ("One outstanding question I had:", "Dave Tapley wrote"),
    "email_sent_from_my_not_signature.txt": ("Sent from my desk, is much easier then my mobile phone.", None),
    "email_thread.txt": ("This is new email reply in thread from bellow.", "Ok. Thanks."),
    "email_unquoted_reply.txt": ("This is my reply.", "This is my quote."),
    "email_w10_mail.txt": ("Great thanks Bort, going for a test now.", "Here is the stuff"),
    "email_zimbra_free_en.txt": ("On this line is the issue", "Vous venez de recevoir"),
    "email_zimbra_free_fr.txt": ("Le paragraphe qui pose problème.", "Vous venez de recevoir"),
    "sig_no_empty_line.txt": ("this is an email with a signature with no empty line above.", "rick"),
}
ZAPIER = {
    "correct_sig.txt": ("this is an email with a correct -- signature.", "rick"),
    "email_1_1.txt": ("Hi folks", "riak-users@lists.basho.com"),
    "email_1_2.txt": ("You can list the keys for the bucket", "What is the best way"),
    "email_1_3.txt": ("Having the function would be great.", "Russell Brown wrote"),
    "email_1_4.txt": ("Awesome! I haven't had another problem with it.", "Loader seems"),
    "email_1_5.txt": ("One: Here's what I've got.", None),
    "email_1_6.txt": ("I get proper rendering as well.", "Was this caching"),
    "email_1_7.txt": (":+1:", "Steps 0-2"),
    "email_1_8.txt": ("I will reply under this one", "here's some stuff I can write"),
    "email_2_1.txt": ("Outlook with a reply", "Dear Google Apps Sync user"),
    "email_2_2.txt": ("Outlook with a reply directly above line", "A new comment has been added"),
    "email_2_3.txt": ("Outlook with a reply above headers using unusual format", "Respond to Kim"),
    "email_BlackBerry.txt": ("Here is another email", "Sent from my BlackBerry"),
    "email_bullets.txt": ("and retain this formatting", "Give us an example"),
    "email_gmail.txt": ("This is a test for inbox replying to a github message.", "notifications@github.com"),
    "email_headers_no_delimiter.txt": ("And another reply!", "A reply"),
    "email_iPhone.txt": ("Here is another email", "Sent from my iPhone"),
    "email_multi_word_sent_from_my_mobile_device.txt": ("Here is another email", "Verizon"),
    "email_one_is_not_on.txt": ("Locally (on development), when I run...", "Dave Tapley wrote"),
    "email_partial_quote_header.txt": ("On your remote host you can run:", "George Plymale wrote"),
    "email_sent_from_my_not_signature.txt": ("Sent from my desk, is much easier then my mobile phone.", None),
    "email_sig_delimiter_in_middle_of_line.txt": ("And here is a fix -- this is not a signature.", None),
    "greedy_on.txt": ("On your remote host you can run:", "George Plymale wrote"),
    "pathological.txt": ("I think you're onto something.", "organism.sequence"),
}
TALON_EML = [
    "android",
    "aol",
    "apple_mail",
    "apple_mail_2",
    "comcast",
    "gmail",
    "hotmail",
    "iphone",
    "outlook",
]
TALON_EML += ["reply-quotations-share-block", "sparrow", "thunderbird", "yahoo"]
TALON_HTML = ["gmail", "hotmail", "mail_ru", "ms_outlook_2003", "ms_outlook_2007", "ms_outlook_2010"]
TALON_HTML += ["thunderbird", "windows_mail", "yandex_ru"]


def _read(path):
    return path.read_text(encoding="utf-8", errors="replace")


def _check(new, keep, gone):
    assert keep in new, new
    if gone is not None:
        assert gone not in new, new


@pytest.mark.parametrize("name", sorted(WILLDURAND))
def test_willdurand(corpora, name):
    keep, gone = WILLDURAND[name]
    _check(strip_quotes(_read(corpora / "emails/willdurand-EmailReplyParser" / name)), keep, gone)


@pytest.mark.parametrize("name", sorted(ZAPIER))
def test_zapier(corpora, name):
    keep, gone = ZAPIER[name]
    _check(strip_quotes(_read(corpora / "emails/zapier-email-reply-parser" / name)), keep, gone)


def test_every_corpus_fixture_has_an_expectation(corpora):
    for folder, table in (("willdurand-EmailReplyParser", WILLDURAND), ("zapier-email-reply-parser", ZAPIER)):
        names = {p.name for p in (corpora / "emails" / folder).glob("*.txt")}
        names -= {"email_with_date_headers.txt", "email_with_from_headers.txt"}  # templates, below
        assert names == set(table), folder


def test_willdurand_quote_header_variants(corpora):
    folder = corpora / "emails/willdurand-EmailReplyParser"
    template = _read(folder / "email_with_date_headers.txt")
    variants = json.loads(_read(folder / "quote_header_variants.json"))
    date_key = next(k for k in variants if k.startswith("date_quote_headers"))
    from_key = next(k for k in variants if k.startswith("from_quote_headers"))
    for v in variants[date_key]:
        assert strip_quotes(template.replace("[DATE]", v["line"])) == "Thank you very much.", v["line"]
    # upstream: the From line opens the quoted fragment, so nothing before it is new text
    from_template = _read(folder / "email_with_from_headers.txt")
    for v in variants[from_key]:
        assert strip_quotes(from_template.replace("[FROM]", v["line"])) == "", v["line"]


def test_talon_multilingual_expected(corpora):
    folder = corpora / "emails/talon/multilingual"
    for case in json.loads(_read(folder / "expected.json")):
        assert strip_quotes(_read(folder / case["file"])) == case["expected_reply"], case["file"]


@pytest.mark.parametrize("name", TALON_EML)
def test_talon_eml(corpora, name):
    mail = parse_mail((corpora / "emails/talon" / f"{name}.eml").read_bytes())
    first = "Hi Katharine." if name.startswith("reply-") else "Hello"
    assert mail.new_text.startswith(first), mail.new_text
    for history in (
        "wrote:",
        "Original Message",
        "From:",
        "> ",
        "New Booking Inquiry",
        "Sent from my iPhone",
    ):
        assert history not in mail.new_text
    assert mail.new_text.split("\n")[0].strip() in mail.text


def test_talon_reply_text_files(corpora):
    # talon's expected reply keeps the signature; ours drops it, the author's line must match
    for eml, expected in (("iphone.eml", "iphone_reply_text"), ("sparrow.eml", "sparrow_reply_text")):
        mail = parse_mail((corpora / "emails/talon" / eml).read_bytes())
        want = _read(corpora / "emails/talon" / expected).strip().split("\n")[0].strip()
        assert mail.new_text.strip() == want


@pytest.mark.parametrize("name", TALON_HTML)
def test_talon_html(corpora, name):
    new = strip_quotes(html_to_text(_read(corpora / "emails/talon" / f"{name}.html")))
    assert new.startswith("Hi. I am fine."), new
    assert "Alex" in new
    assert "How are you" not in new


def test_every_eml_and_html_in_the_corpora_parses(corpora):
    files = [p for p in (corpora / "emails").rglob("*") if p.is_file()]
    assert len(files) > 100
    for path in files:
        if path.suffix in (".eml", ".txt", ".html", "") and path.name != "LICENSE":
            mail = parse_mail(path.read_bytes())
            assert isinstance(mail.new_text, str)
