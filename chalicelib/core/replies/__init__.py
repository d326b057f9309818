"""Understanding debtor replies: MIME -> text -> new text -> intent (pure, no clock, no AWS).

Cheap to import: dateparser and html2text load only when a mail needs them.
"""

from .classify import AUTO_ACT_CONFIDENCE, INTENTS, Understanding, understand
from .dates import warm_up
from .mime import ParsedMail, parse_mail

__all__ = [
    "AUTO_ACT_CONFIDENCE",
    "INTENTS",
    "ParsedMail",
    "Understanding",
    "parse_mail",
    "understand",
    "warm_up",
]
