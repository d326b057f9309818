"""Keep only what the sender wrote: drop quoted history, quote headers and signatures.

Line rules run first (French/English quote headers, Outlook header blocks, separators, mobile
footers); quotequail is a second opinion for headers the rules do not know.
"""

from __future__ import annotations

import re

import quotequail

# "On ... wrote:" in many languages; the line(s) may wrap, so they are matched joined.
_VERBS = (
    r"wrote|a\s+[ée]crit|[ée]crit|escribi[óo]|ha\s+escrit|napisa[łl](?:\(a\))?|pisze|skrev|schrieb|"
    r"schreef|geschreven|ha\s+scritto|scrisse|escreveu|написал(?:\(а\))?|написав|írta|đã\s+viết|"
    r"写道|작성|のメッセージ|kirjoitti|yazdı"
)
_VERB_END = re.compile(rf"(?:{_VERBS})\s*[:：]?\s*$", re.IGNORECASE)
_TIME = re.compile(r"\b\d{1,2}\s*[:h]\s*\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)
_DATE = re.compile(r"\d{4}|\b\d{1,2}[/.-]\d{1,2}\b|\d{1,2}\s*\w{3,}", re.UNICODE)
_ANGLE_ADDR = re.compile(r"<[^<>\s]+@[^<>\s]+>|\[mailto:|\([^()\s]+@[^()\s]+\)")

# Outlook-style header blocks ("De : ... Envoyé : ... À : ... Objet : ...").
_FROM_KEYS = r"from|de|von|van|da|fra|från|od|от|发件人|exp[ée]diteur|message du"
_OTHER_KEYS = (
    r"sent|date|to|cc|subject|envoy[ée](?:\s+le)?|[àa]|objet|sujet|copie\s+[àa]|cc|gesendet|an|betreff|"
    r"verzonden|aan|onderwerp|inviato|oggetto|sendt|til|emne|skickat|till|ämne|datum|发送时间|收件人|主题|"
    r"enviado|para|asunto|отправлено|кому|тема"
)
_KEY_LINE = re.compile(rf"^[*\s]*(?:{_FROM_KEYS}|{_OTHER_KEYS})\s*[*]?\s*[:：]", re.IGNORECASE)
_FROM_LINE = re.compile(rf"^[*\s]*(?:{_FROM_KEYS})\s*[*]?\s*[:：]", re.IGNORECASE)

_SEPARATOR = re.compile(
    r"^\s*(?:[-_=*]{2,}\s*|(?:\*\s*){3,}|-{2,}\s*[^-]{3,60}?\s*-{2,}|"
    r"(?:begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]|forwarded message|"
    r"message transf[ée]r[ée]|message d.origine|original message|mail original|weitergeleitete nachricht|"
    r"urspr[üu]ngliche nachricht|mensaje reenviado|mensaje original|(?:inizio )?messaggio inoltrato|messaggio originale)\s*:?)\s*$",
    re.IGNORECASE,
)
_SIG_DASH = re.compile(r"^--\s?$")
_GREETING = re.compile(r"^\s*(?:hi|hello|dear|bonjour|hallo|hola|buongiorno|buenos d[ií]as|ciao)\b[^\n]{0,40},", re.IGNORECASE)
_MOBILE = re.compile(
    r"^\s*(?:sent from (?:my )?[\w.\-’' ]{1,40}|sent with [\w.\- ]{1,30}(?:\(.*\))?|"
    r"envoy[ée] (?:de|depuis|à partir de|a partir de) (?:mon |ma |l.|outlook|yahoo|gmail)[\w.\-’' ]{0,40}|"
    r"get outlook for \w+|obtenir outlook pour \w+|t[ée]l[ée]charger outlook pour \w+|"
    r"von meinem [\w\- ]{1,30} gesendet|gesendet (?:von|mit) [\w\- ]{1,30}|enviado desde mi [\w\- ]{1,30}|"
    r"inviato da(?:l mio)? [\w\- ]{1,30}|sent from mail for windows(?: 10| 11)?)\s*$",
    re.IGNORECASE,
)


def is_quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def strip_quotes(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = lines[:5000]  # beyond this it is history or a log dump
    kept: list[str] = []
    i = 0
    n = len(lines)
    qq_cut = _quotequail_cut(lines)
    prev_quoted_long = False  # an unquoted line right under a long quoted one is a wrapped quote
    while i < n:
        line = lines[i]
        stripped = line.strip()
        if is_quoted(line):
            prev_quoted_long = len(stripped) >= 50
            i += 1
            continue
        if stripped and prev_quoted_long:
            i += 1
            continue
        prev_quoted_long = False
        if _SIG_DASH.match(line) and _GREETING.match(lines[_skip_blank(lines, i + 1)] if _skip_blank(lines, i + 1) < n else ""):
            i += 1  # "--" then "Hi Rachel, ...": a colleague's answer in the same mail, not a signature
            continue
        if _SIG_DASH.match(line) or _MOBILE.match(stripped) or _SEPARATOR.match(stripped):
            break
        header_len = _reply_header_len(lines, i)
        if header_len:
            j = _skip_blank(lines, i + header_len)
            if j < n and is_quoted(lines[j]):
                i = j  # "On ... wrote:" over a '>' block: drop both, keep reading for inline replies
                continue
            break
        if _header_block(lines, i) or i == qq_cut:
            j = _skip_blank(lines, i + 1)
            if i == qq_cut and j < n and is_quoted(lines[j]):
                i = j
                continue
            break
        kept.append(line)
        i += 1
    return _tidy(kept)


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip()


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


def _reply_header_len(lines: list[str], i: int) -> int:
    """Number of lines (1-3) forming an attribution line starting at i, else 0."""
    first = lines[i].strip()
    if not first or len(first) > 300:
        return 0
    first = re.sub(r"^-+\s*", "", first)  # Zimbra: "- Le 2021-04-09 23:25, X a écrit :"
    joined = first
    for k in range(3):
        if k:
            if i + k >= len(lines) or not lines[i + k].strip() or is_quoted(lines[i + k]):
                break
            # a wrapped attribution starts with its date or address, never with a finished sentence
            if not re.search(r"\d|@", first) or re.search(r"[.!?;,]$", lines[i + k - 1].strip()):
                break
            joined += " " + lines[i + k].strip()
        if len(joined) > 400:
            break
        if _looks_like_attribution(joined):
            return k + 1
    return 0


def _looks_like_attribution(s: str) -> bool:
    if _VERB_END.search(s):
        # "On Thursday:" or "Je vous l'ai écrit :" must not count: want a date, time or address too
        return bool(_TIME.search(s) or _DATE.search(s) or "@" in s or re.match(r"(?i)on\b.*\byou\b", s))
    if s.endswith((":", "：")) and len(s) <= 250:
        has_addr = bool(_ANGLE_ADDR.search(s))
        has_time = bool(_TIME.search(s))
        has_date = bool(re.search(r"\d{4}|\b\d{1,2}[/.-]\d{1,2}\b", s))
        return (has_addr and (has_time or has_date)) or (has_time and has_date and len(s) < 120)
    return False


def _header_block(lines: list[str], i: int) -> bool:
    """A From:/De: line followed within a few lines by another header key (Sent:, À :, Objet: ...)."""
    if not _FROM_LINE.match(lines[i]):
        return False
    if _ANGLE_ADDR.search(lines[i]):
        return True  # "De : X <x@y>" alone already starts the quoted message
    seen = 0
    for line in lines[i + 1 : i + 7]:
        if not line.strip():
            continue
        if _KEY_LINE.match(line):
            seen += 1
            if seen >= 1:
                return True
        else:
            return False
    return False


def _quotequail_cut(lines: list[str]) -> int | None:
    try:
        parts = quotequail.quote("\n".join(lines), quote_intro_line=True)
    except Exception:
        return None
    if len(parts) != 2:
        return None
    idx = parts[0][1].count("\n") + 1 if parts[0][1] else 0
    if idx >= len(lines) or is_quoted(lines[idx]):
        return None  # a plain '>' block: the line rules handle that and keep inline replies
    return idx


_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*)?(?:begin forwarded message|forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]|message transf[ée]r[ée]|"
    r"weitergeleitete nachricht|mensaje reenviado|(?:inizio )?messaggio inoltrato)\s*:?\s*(?:-{2,})?\s*$",
    re.IGNORECASE,
)


def forwarded_text(text: str) -> str:
    """The new text of the first message forwarded inside this one (its header block and its own history
    removed), or "" when nothing is forwarded."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i, line in enumerate(lines):
        if _FORWARD_MARK.match(line):
            j = i + 1
            while j < len(lines) and (not lines[j].strip() or _KEY_LINE.match(lines[j])):
                j += 1
            try:
                return strip_quotes("\n".join(lines[j:])).strip()
            except Exception:  # heuristics must not lose the mail
                return ""
    return ""


_ADDRESS = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
_REPLY_SUBJECT = re.compile(r"(?im)^[*\s]*(?:objet|subject|betreff|asunto|oggetto)\s*[*]?\s*:\s*(?:re|aw|r|rif|sv)\s*:")


def _site(domain: str) -> str:
    """The registrable part of a domain, near enough: reply.firm.fr -> firm.fr, mail.firm.co.uk -> firm.co.uk."""
    labels = domain.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= 3 else 2
    return ".".join(labels[-keep:])


def third_party_text(text: str, creditor: tuple[str, ...], sender: str = "", hinted: bool = False) -> str:
    """The new text of the message quoted first under this one when a third party wrote it (its sender's
    domain is not the creditor's, nor is it the sender): an assistant forwarding the manager's answer with a bare Outlook header
    block ("De : … Envoyé : …") and no "Forwarded message" line. "" when the first quoted message is the
    reminder itself, the sender's own, or has no address to tell. A stranger's message counts only when
    the mail says it forwards (`hinted`); a colleague's (the sender's domain) always does."""
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")[:5000]
    sites = {_site(a.rsplit("@", 1)[-1]) for a in creditor if "@" in a}
    written = False
    for i, line in enumerate(lines):
        if is_quoted(line):
            return ""  # a '>' quote first: a reply, not a forward
        attribution = _reply_header_len(lines, i)
        if not (_header_block(lines, i) or attribution):
            written = written or bool(line.strip())
            continue
        if not written:
            return ""
        head = " ".join(lines[i : i + max(attribution, 1)])
        found = _ADDRESS.findall(head)
        if not found and hinted and not attribution and _REPLY_SUBJECT.search("\n".join(lines[i : i + 6])):
            found = ["colleague.internal"]  # Exchange names a colleague without an address; "RE:" shows it answers
        if not found or any(_site(d) in sites for d in found) or (sender and sender.lower() in head.lower()):
            return ""
        colleague = "@" in sender and any(_site(d) == _site(sender.rsplit("@", 1)[1]) for d in found)
        if not (colleague or hinted):
            return ""
        j = i + max(attribution, 1)
        while j < len(lines) and (not lines[j].strip() or _KEY_LINE.match(lines[j])):
            j += 1
        if attribution:
            return ""  # "X a écrit :" over a quote is a reply thread; only header blocks forward
        try:
            return strip_quotes("\n".join(lines[j:])).strip()
        except Exception:  # heuristics must not lose the mail
            return ""
    return ""
