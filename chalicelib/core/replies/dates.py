"""Dates written by debtors ("le 15", "fin de mois", "next Friday"), resolved against the mail's own date.

Rules run first; dateparser (imported lazily, it is slow to import) only sees what the rules left.
Choices (documented because the phrases are ambiguous):
- "la semaine prochaine" / "next week": Friday of next week. A promise is kept by paying any day
  that week, so its deadline is the week's last business day, not its Monday.
- "cette semaine" / "fin de semaine" / "this week": Friday of the current week (next Friday if passed).
- "le mois prochain" / "next month": last day of next month, for the same reason.
- "fin de mois" / "end of month": last day of this month, or of next month if today is the last day.
- "vendredi prochain" / "next Friday" / "vendredi": the first Friday strictly after today.
- "avant le 20" / "d'ici le 20" / "by the 20th": the 20th (the day the debtor named).
- "le 15": the next 15th (this month if not passed yet); for a payment already made, the last 15th.
- "sous huitaine": +8 days; "sous quinzaine": +15 days; "dans 10 jours": +10 days; "dans quinze jours":
  two weeks (+14), as French speakers mean it.
- "nächste Woche Mittwoch" / "next week Wednesday": that weekday in next week.
- A day and month without year: the year that puts it nearest in the expected direction, so that
  "le 5 janvier" written in December is next January, but "le 10 décembre" written on the 20th
  stays in the past (and is then no promise).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

MONTHS = {
    "janvier": 1, "janv": 1, "january": 1, "jan": 1, "feber": 2,
    "fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "october": 10, "oct": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dec": 12,
    # German, Spanish, Italian (folded: "März" -> "marz")
    "januar": 1, "janner": 1, "februar": 2, "marz": 3, "juni": 6, "juli": 7, "oktober": 10,
    "okt": 10, "dezember": 12, "dez": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
}  # fmt: skip
WEEKDAYS = {
    "lundi": 0, "monday": 0, "mardi": 1, "tuesday": 1, "mercredi": 2, "wednesday": 2,
    "jeudi": 3, "thursday": 3, "vendredi": 4, "friday": 4, "samedi": 5, "saturday": 5,
    "dimanche": 6, "sunday": 6,
    "fri": 4, "thu": 3, "thur": 3, "thurs": 3, "tue": 1, "tues": 1, "wed": 2, "weds": 2,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
    "lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4, "sabato": 5, "domenica": 6,
}  # fmt: skip
NUMBERS = {
    "un": 1, "une": 1, "one": 1, "a": 1, "deux": 2, "two": 2, "trois": 3, "three": 3, "quatre": 4,
    "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7, "huit": 8, "eight": 8,
    "neuf": 9, "nine": 9, "dix": 10, "ten": 10, "douze": 12, "twelve": 12, "quinze": 15,
    "fifteen": 15, "vingt": 20, "twenty": 20, "trente": 30, "thirty": 30,
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "zehn": 10, "vierzehn": 14, "dos": 2, "tres": 3,
    "cinco": 5, "diez": 10, "quince": 15, "due": 2, "tre": 3, "cinque": 5, "dieci": 10, "quindici": 15,
}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUM = r"\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_ORD = r"(?:er|re|e|eme|st|nd|rd|th|°|o(?=\s))?"  # "1° febbraio", "1º de marzo" (folded to "1o")
NEAR_DAYS = 60  # how far "le 10 décembre" may lie behind (future) or ahead (past) before the year flips

# A date right after these words refers to something earlier (the invoice, the last reminder).
_REFERENCE = re.compile(
    r"(?:\bdu|\bdate[e]?\s+du|\ben date du|\bdated|\bof|\bfrom|\bemise? le|\bsent on|\bissued on|"
    r"\bdue on|(?<!somme )(?<!sommes )(?<!montant )\bdue|\becheance(?: du| le| au)?|\bechue? (?:le|depuis le)|\bdepuis(?: le| la)?|\bsince(?: the)?|\bseit(?: dem| der)?|\bdesde(?: el| la)?)\s*(?:le\s+)?$"
)


_PAY_RUN = re.compile(
    r"(?:virements?|paiements?|reglements?|prelevements?|campagne|lot|run|payments?|echeancier|distinta|riba|remesa)(?:\s+\w+){0,2}?\s+(?:du|del|di)\s*$|"
    r"\b(?:run|runs|batch)\s+(?:of|on)\s*$|"  # "in the BACS run of 14/01/2027"
    r"\b(?:avec|sur|dans|a) (?:l'|la |notre |nos |leur )?echeances? du\s*$"  # "partira avec l'échéance du 30": our pay date
)


_SCHEDULED_ON = re.compile(
    r"\b(?:will|to|shall|should) be (?:issued|sent|mailed|released) on\s*$|\b(?:sera|seront|va etre|vont etre) (?:emise?s?|envoyee?s?|effectuee?s?) le\s*$"
)  # not a document's date: "le virement sera émis le vendredi 8 janvier"


@dataclass(frozen=True)
class Found:
    value: date
    start: int
    end: int
    text: str
    reference: bool = False  # "facture du 3 novembre": a date the debtor refers to, not one they set
    through: bool = False  # the last day of a span ("du 9 au 26 novembre"): that day is included


def fold(text: str) -> str:
    """Lowercase and strip accents one char for one char, so match offsets stay valid."""
    out = []
    for ch in text.lower():
        base = unicodedata.normalize("NFKD", ch)[:1] or ch
        out.append(base if base.isascii() else ch)
    return "".join(out).replace("’", "'")


def local_today(when: datetime | None, tz: str) -> date | None:
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        from zoneinfo import ZoneInfo

        return when.astimezone(ZoneInfo(tz)).date()
    except Exception:  # unknown zone name: UTC is better than nothing
        return when.astimezone(UTC).date()


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def end_of_month(today: date) -> date:
    eom = last_day(today.year, today.month)
    return eom if eom != today else last_day(*_next_month(today))


def _next_month(d: date) -> tuple[int, int]:
    return (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)


def _day_only(day: int, today: date, direction: str) -> date | None:
    """The next (or, for the past, the last) calendar date with that day of month."""
    if not 1 <= day <= 31:
        return None
    y, m = today.year, today.month
    step = 1 if direction == "future" else -1
    for _ in range(13):
        if day <= calendar.monthrange(y, m)[1]:
            d = date(y, m, day)
            if (direction == "future" and d >= today) or (direction == "past" and d <= today):
                return d
        m += step
        if m == 13:
            y, m = y + 1, 1
        elif m == 0:
            y, m = y - 1, 12
    return None


def _day_month(day: int, month: int, year: int | None, today: date, direction: str) -> date | None:
    if year is not None:
        if year < 100:
            year += 2000
        try:
            return date(year, month, day)
        except ValueError:
            return None
    # the nearest such day that is not too far on the wrong side: "December 14" written on 12 January is the
    # one just gone (then no promise), not next December; "le 5 janvier" written in December is next month's
    candidates = []
    for y in (today.year - 1, today.year, today.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if (direction == "future" and d >= today - timedelta(days=NEAR_DAYS)) or (
            direction == "past" and d <= today + timedelta(days=NEAR_DAYS)
        ):
            candidates.append(d)
    return min(candidates, key=lambda d: abs((d - today).days), default=None)


def _weekday(wd: int, today: date, direction: str) -> date:
    if direction == "past":
        delta = (today.weekday() - wd) % 7 or 7
        return today - timedelta(days=delta)
    delta = (wd - today.weekday()) % 7 or 7
    return today + timedelta(days=delta)


def _friday(today: date, weeks: int) -> date:
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=7 * weeks + 4)


def _num(s: str) -> int | None:
    s = s.strip()
    return int(s) if s.isdigit() else NUMBERS.get(s)


# (pattern, resolver(match, today, direction, country) -> date | None), longest phrases first.
_THROUGH: set = set()  # the resolvers whose date is the last day of a span
_NO_DAY: set = set()  # the resolver of times that name no single day


def _rules():
    def rel(days):
        return lambda m, t, d, c: t + timedelta(days=days)

    def span_units(m, t, d, c):
        n = _num(m["n"])
        if n is None or n > 400:
            return None
        unit = m["unit"]
        if unit.startswith(("sem", "week")):
            return t + timedelta(days=7 * n)
        if unit.startswith(("mois", "month")):
            return add_months(t, n)
        if unit.startswith(("h", "heure", "hour")):
            return t + timedelta(days=max(1, n // 24))
        if m["n"].strip() == "quinze" and unit.startswith("j"):
            return t + timedelta(days=14)  # "dans quinze jours": two weeks
        return t + timedelta(days=n)

    def ago(m, t, d, c):
        n = _num(m["n"])
        if n is None:
            return None
        return t - timedelta(days=7 * n if m["unit"].startswith(("sem", "week")) else n)

    def iso(m, t, d, c):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None

    def numeric(m, t, d, c):
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if c == "US" else (a, b)
        if not 1 <= month <= 12:
            return None
        year = int(m["y"]) if m.groupdict().get("y") else None
        if year is not None and 100 <= year < 1000:
            return None
        return _day_month(day, month, year, t, d)

    def day_month(m, t, d, c):
        return _day_month(int(m["d"]), MONTHS[m["mon"]], int(m["y"]) if m["y"] else None, t, d)

    def span_end(m, t, d, c):
        return day_month(m, t, d, c)

    def span_end_numeric(m, t, d, c):
        return numeric(m, t, d, c)

    _THROUGH.update({span_end, span_end_numeric})

    def christmas_eve(m, t, d, c):  # written in January, "before Christmas" is the one just gone
        if t.month == 1:
            return date(t.year - 1, 12, 24)
        return date(t.year if t <= date(t.year, 12, 24) else t.year + 1, 12, 24)

    def eom(m, t, d, c):
        return end_of_month(t)

    def eom_next(m, t, d, c):
        return last_day(*_next_month(t))

    def end_named_month(m, t, d, c):
        month = MONTHS[m["mon"]]
        year = t.year if month >= t.month or d == "past" else t.year + 1
        if year > t.year and (t - last_day(t.year, month)).days <= NEAR_DAYS:
            year = t.year  # "fin novembre" written on 14 December: the one just gone, not next year's
        return last_day(year, month)

    def mid_month(m, t, d, c):
        return _day_month(15, MONTHS[m["mon"]], None, t, d)

    def weekday(m, t, d, c):
        return _weekday(WEEKDAYS[m["wd"]], t, d)

    def day_only(m, t, d, c):
        return _day_only(int(m["d"]), t, d)

    def day_next_month(m, t, d, c):
        y, mo = _next_month(t)
        day = int(m["d"])
        return date(y, mo, day) if day <= calendar.monthrange(y, mo)[1] else None

    def days_eom(m, t, d, c):  # "à 45 jours fin de mois": the end of the month 45 days on
        x = t + timedelta(days=int(m["n"]))
        return last_day(x.year, x.month)

    def unknown(m, t, d, c):  # "early next week", "Anfang Dezember": a time, no day; eat it
        return None

    _NO_DAY.add(unknown)

    def weekday_next_week(m, t, d, c):  # "nächste Woche Mittwoch": Wednesday of next week
        monday = t - timedelta(days=t.weekday()) + timedelta(days=7)
        return monday + timedelta(days=WEEKDAYS[m["wd"]])

    def day_weekday(m, t, d, c):  # "next Friday the 11th": the next 11th that is a Friday
        day, wd = int(m["d"]), WEEKDAYS[m["wd"]]
        y, mo = t.year, t.month
        for _ in range(12):
            if day <= calendar.monthrange(y, mo)[1]:
                x = date(y, mo, day)
                if x > t and x.weekday() == wd:
                    return x
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return _day_only(day, t, d)

    def weekday_day(m, t, d, c):  # "el viernes 11" written on Monday 14: the Friday just gone, when it is one
        day, wd = int(m["d"]), WEEKDAYS[m["wd"]]
        near = []
        for k in (-1, 0, 1):
            y, mo = t.year, t.month + k
            y, mo = (y - 1, 12) if mo == 0 else (y + 1, 1) if mo == 13 else (y, mo)
            if day <= calendar.monthrange(y, mo)[1] and date(y, mo, day).weekday() == wd:
                near.append(date(y, mo, day))
        if near:
            return min(near, key=lambda x: abs((x - t).days))
        return _day_only(day, t, d)

    def this_week(m, t, d, c):
        f = _friday(t, 0)
        return f if f >= t else _friday(t, 1)

    lead = (
        r"(?:le|la|au|on|by|before|until|the|avant|jusqu'au|d'ici|d'ici au|pour|au plus tard|bis zum|zum|am|bis|"
        r"ab dem|vom|entro il|entro|il|fino al|al|dal|el dia|el|antes del dia|antes del|del dia|hasta el|desde el|"
        r"para el|a partir del|a compter du|a partir du|des le|from the|starting the|il giorno|el dia)"
    )
    not_after = (
        r"(?!\s*(?:h\b|h\d|:\d|[.,]\d|%|€|eur|euros?\b|jours?\b|days?\b|fois\b|times?\b|x\b|mois\b|ans?\b|/|noon\b|midday\b|midi\b|[ap]\.?m\b|o'clock\b|uhr\b))(?!\s*\d{2}[ .]\d{2})"  # not a phone number ("le 06 72 18 44 05"), not an hour ("before 12 noon")
    )
    def weekday_week(m, t, d, c):  # "Friday week": the Friday after next
        return _weekday(WEEKDAYS[m["wd"]], t, "future") + timedelta(days=7)

    def iso_week(m, t, d, c):  # "KW 49": the Friday of that ISO week, as "la semaine prochaine" is read
        n = int(m["n"])
        if not 1 <= n <= 53:
            return None
        for year in (t.year, t.year + 1):
            try:
                f = date.fromisocalendar(year, n, 5)
            except ValueError:
                continue
            if f >= t - timedelta(days=6) or d == "past":
                return f
        return None

    def nth_weekday(m, t, d, c):  # "the last Thursday of the month", "first Monday of next month"
        wd = WEEKDAYS[m["wd"]]
        if m["mon"]:
            month = MONTHS[m["mon"]]
            y, mo = (t.year if month >= t.month else t.year + 1), month
        elif m["next"]:
            y, mo = _next_month(t)
        else:
            y, mo = t.year, t.month
        days = [date(y, mo, n) for n in range(1, calendar.monthrange(y, mo)[1] + 1) if date(y, mo, n).weekday() == wd]
        order = {"first": 0, "second": 1, "third": 2, "fourth": 3}
        return days[-1] if m["which"] == "last" else days[order[m["which"]]]

    def after_thanksgiving(m, t, d, c):  # "the Monday after Thanksgiving": Thanksgiving is November's 4th Thursday
        for year in (t.year, t.year + 1):
            nov = [date(year, 11, n) for n in range(1, 31) if date(year, 11, n).weekday() == 3]
            day = _weekday(WEEKDAYS[m["wd"]], nov[3], "future")
            if day >= t or d == "past":
                return day
        return None

    def last_day_number(m, t, d, c):  # "el pasado día 9", "le 9 dernier": the last 9th
        return _day_only(int(m["d"]), t, "past")

    return [
        (r"\bguten morgen\b|\bbuenos dias\b", lambda m, t, d, c: None),  # greetings, not dates
        # a span of days: its last day, included ("du lundi 9 au jeudi 26 novembre", "vom 7. bis 20. Dezember")
        (r"\b(?:du|from|vom|von|dal|del|desde el|de|da)\s+(?:(?:" + _WEEKDAY + r"),?\s+)?(?:le\s+|the\s+)?\d{1,2}\s*" + _ORD
         + r"\.?\s*(?:(?:de\s+|of\s+)?(?:" + _MONTH + r")\.?(?:\s+20\d\d)?\s+)?(?:(?:au|to|until|till|through|thru|bis(?: zum| einschl\w*)?|al|a|hasta el|-|–)\s+|all')"
         r"(?:(?:" + _WEEKDAY + r"),?\s+)?(?:le\s+|the\s+)?(?P<d>\d{1,2})\s*" + _ORD + r"\.?\s+(?:de\s+|of\s+)?(?P<mon>" + _MONTH
         + r")\b\.?(?:,?\s+(?:de(?:l)?\s+)?(?P<y>20\d{2}))?", span_end),
        (r"\b(?:du|from|vom|dal|del)\s+(?:(?:" + _WEEKDAY + r"),?\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?\s+(?:au|to|until|till|through|bis|al|-|–)\s+"
         r"(?:(?:" + _WEEKDAY + r"),?\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?\b\.?", span_end_numeric),
        (r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?\s*[-–]\s*(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?:(?P<y>\d{4}|\d{2})\b)?", span_end_numeric),  # "21.12.2026 - 6.1.2027"
        (r"\b(?:du|from|von|de|dal|del)\s+(?:" + _WEEKDAY + r"|mon)\s+(?:au|to|bis|a|al)\s+(?:" + _WEEKDAY + r")\b", unknown),  # office hours
        (r"\bfrom\s+(?:(?:" + _WEEKDAY + r"),?\s+)?(?:(?:" + _MONTH + r")\.?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|till|through|thru|-|–)\s+(?:(?:" + _WEEKDAY
         + r"),?\s+)?(?P<mon>" + _MONTH + r")\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>20\d{2}))?", span_end),  # "from Dec 21 to Jan 3"
        # two days offered ("le 15 ou le 16"), a week named by a day in it ("la semaine du 14"): no single day
        (r"\b(?:le\s+|the\s+|am\s+|el\s+|il\s+)?\d{1,2}\s*" + _ORD + r"\.?\s+(?:ou|or|oder|o)\s+(?:le\s+|the\s+|am\s+|el\s+|il\s+)?\d{1,2}\s*"
         + _ORD + r"\b\.?(?!\s*(?:jours?|days?|tage|dias|giorni|semaines?|weeks?|wochen|h\b|heures?|hours?))(?:\s+(?:de\s+|of\s+)?(?:" + _MONTH + r")\b)?", unknown),
        (r"\b(?:la\s+)?semaine du\s+(?:(?:" + _WEEKDAY + r")\s+)?\d{1,2}(?:er)?(?:\s+(?:" + _MONTH + r"))?\b|\b(?:the\s+)?week (?:of|commencing|beginning|starting)\s+(?:(?:the|monday)\s+)?"
         r"(?:(?:" + _MONTH + r")\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:" + _MONTH + r"))?\b|\b(?:in der\s+)?woche (?:vom|ab dem|ab)\s+\d{1,2}\.(?:\d{1,2}\.)?"
         r"|\b(?:la\s+)?semana del\s+\d{1,2}\b|\b(?:la\s+)?settimana del\s+\d{1,2}\b", unknown),
        (r"\bj\s*\+\s*(?P<n>\d{1,3})\b", lambda m, t, d, c: t + timedelta(days=int(m["n"]))),  # "règlement à J+5"
        (r"\btout a l'heure\b", rel(0)),
        (r"\b(?:in|within)\s+a\s+fortnight\b|\bdans\s+une\s+quinzaine\b", lambda m, t, d, c: t + timedelta(days=14)),
        (r"\ba week (?:from )?today\b|\bheute in einer woche\b|\bhoy en una semana\b|\boggi a otto\b", rel(7)),
        (r"\ba week (?:from )?tomorrow\b", rel(8)),
        (r"\b(?:by\s+)?(?:(?:the\s+)?end of (?:the\s+)?(?:business\s+)?day|eod|cob|close of (?:business|play))\s+(?:tomorrow|tmrw)\b", rel(1)),
        (r"\b(?:by\s+)?(?:eod|cob|close of (?:business|play)),?\s+(?:on\s+)?(?P<wd>" + _WEEKDAY + r")\b", weekday),
        (r"\b(?P<wd>" + _WEEKDAY + r")\s+en\s+huit\b|\b(?P<wd2>" + _WEEKDAY + r")\s+in\s+einer\s+woche\b|\b(?P<wd3>" + _WEEKDAY + r")\s+(?:tra|fra)\s+una\s+settimana\b",
         lambda m, t, d, c: weekday_week({"wd": m["wd"] or m["wd2"] or m["wd3"]}, t, d, c)),  # "lundi en huit": Monday week
        (r"\bel dia (?:despues|siguiente) de reyes\b|\bil giorno dopo (?:la befana|l'epifania)\b",
         lambda m, t, d, c: date(t.year if t < date(t.year, 1, 7) else t.year + 1, 1, 7)),  # the day after Epiphany
        (r"\b(?:dans le )?courant (?:de |du mois de |d')?(?:" + _MONTH + r")\b|\bim laufe des (?:" + _MONTH + r")\b|\bnel corso di (?:" + _MONTH + r")\b|\bsometime in (?:" + _MONTH + r")\b|"
         r"\b\w+s de fin d'annee\b|\bapres (?:les fetes|les vacances|noel|le nouvel an|le jour de l'an)\b|\bafter (?:the )?new year\b|\bafter christmas\b|\bnach (?:den feiertagen|neujahr|weihnachten)\b|"
         r"\bdespues de (?:las fiestas|navidad|ano nuevo|reyes)\b|\b(?:bonne|belle|excellente|joyeuse) fin d'annee\b|\bdopo (?:le feste|natale|capodanno)\b", unknown),
        (r"\b(?:les\s+)?fetes de fin d'annee\b|\bend[- ]of[- ]year (?:party|parties|holidays?|break)\b", unknown),  # a season, no day
        (r"\b(?:habe|hab|haben|hat|ist|sind)\s+(?:ich\s+|wir\s+)?(?:eben|gerade|grad)\b(?=[^!?\n]{0,160}\b(?:bezahlt|uberwiesen|angewiesen|raus|beglichen))", rel(0)),
        (r"\bfin d'annee\b|\b(?:the\s+)?end of (?:the |this )?year\b|\bjahresende\b|\bende des jahres\b|\bfin(?:al)? de(?:l)? ano\b|\bfine (?:dell')?anno\b",
         lambda m, t, d, c: date(t.year, 12, 31)),
        (r"\bende (?:der\s+)?(?:nachste[nr]?|kommende[nr]?)\s+woche\b", lambda m, t, d, c: _friday(t, 1)),
        (r"\bheut(?:e)?\s+(?:fruh|morgen|mittag|nachmittag|vormittag)\b|\bheut\b", rel(0)),
        # abbreviated weekdays: "ven 4", "Mon 7th" ("mon" and "sun" alone are words, so a number or ordinal must follow)
        (r"\b(?:lun|mar|mer|jeu|ven|sam|dim)\.?\s+(?P<d>\d{1,2})(?:er)?\b" + not_after + r"(?!\s*(?:" + _MONTH + r")\b)", day_only),
        (r"\b(?:mon|sat|sun)\.?\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b", day_only),
        # "versé le 08.12", "on 12-08" (US): numeric dates without a year need a lead word
        (r"\b(?:le|am|au|du|bis|vom|il|el|on|by|before|until|des|ab)\s+(?P<a>\d{1,2})\.(?P<b>\d{1,2})\b(?![.,]?\d)(?!\s*(?:€|eur|euros?|chf|%|h\b|uhr))", numeric),
        (r"\b(?:on|by|before|until|le|au|am|bis)\s+(?P<a>\d{1,2})-(?P<b>\d{1,2})\b(?![-/.]?\d)", numeric),
        (r"\b(?:kw|kalenderwoche|semaine|week|wk|settimana|semana)\s*(?P<n>\d{1,2})\b(?!\s*(?:" + _MONTH + r")\b)(?![/.:]\d)", iso_week),
        (r"\b(?:by\s+)?(?:the\s+)?end of (?:the\s+)?(?:business\s+)?day,?\s+(?:on\s+)?(?P<wd>" + _WEEKDAY + r")\b", weekday),
        (r"\b(?P<wd>" + _WEEKDAY + r")\s+week\b|\ba week (?:on |from )?(?P<wd2>" + _WEEKDAY + r")\b",
         lambda m, t, d, c: weekday_week({"wd": m["wd"] or m["wd2"]}, t, d, c)),
        (r"\b(?:the\s+)?(?P<which>last|first|second|third|fourth)\s+(?P<wd>" + _WEEKDAY + r")\s+(?:of|in)\s+(?:(?P<next>next)\s+month|(?:the|this)\s+month|(?P<mon>"
         + _MONTH + r"))\b", nth_weekday),
        (r"\b(?:the\s+)?(?P<wd>" + _WEEKDAY + r")\s+after\s+thanksgiving\b", after_thanksgiving),
        # "Thursday 12/3", "Wed 11/25": the weekday names the numeric date, not another day
        (r"\b(?:" + _WEEKDAY + r"|mon|sat|sun),?\s+(?:the\s+)?(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>\d{4}|\d{2}))?\b\.?(?![/.]?\d)", numeric),
        (r"\b(?:el\s+)?pasado\s+dia\s+(?P<d>\d{1,2})\b|\b(?:le|il)\s+(?P<d2>\d{1,2})\s+(?:dernier|scorso)\b",
         lambda m, t, d, c: last_day_number({"d": m["d"] or m["d2"]}, t, d, c)),
        (r"\bce jour-la\b|\bthat day\b|\ban diesem tag\b|\bese dia\b|\bquel giorno\b", lambda m, t, d, c: None),  # points back
        (r"\b(?:esta|por la|de la|a la) manana\b|\bstamattina\b|\bstamani\b|"
         r"\bdans la journee\b|\bd'ici ce soir\b|\bavant ce soir\b|\blater today\b|\bby (?:the )?end of (?:the )?day\b|\b(?:by\s+)?eod\b|"
         r"\bheute\b(?! nicht\b)|\bhoy\b(?! no\b)|\boggi\b(?! no\b)|\bin giornata\b", rel(0)),  # "hoy no me da la vida": not today
        (r"\bubermorgen\b|\bpasado manana\b|\bdopodomani\b", rel(2)),
        (r"\bacab(?:o|amos) de (?=\w)|\b(?:je viens|nous venons|on vient) de (?=\w)|\b(?:ho|abbiamo) appena\b|\bce midi\b|\bcet apres-midi\b|\bthis afternoon\b|\bthis evening\b|\bsoeben\b|\bvorhin\b|\bheute (?:fruh|morgen|mittag|nachmittag)\b|"
         r"\besta tarde\b|\bin data odierna\b|\bquesto pomeriggio\b|\bstasera\b", rel(0)),
        (r"\b(?P<wd4>" + _WEEKDAY + r")\s+(?:(?:nachste|nachsten|kommende|kommenden)\s+woche|(?:of\s+)?next\s+week|(?:de\s+)?la\s+semaine\s+prochaine|de la semana que viene|della settimana prossima)\b",
         lambda m, t, d, c: weekday_next_week({"wd": m["wd4"]}, t, d, c)),
        (r"\b(?:nachste|nachsten|kommende|kommenden)\s+woche,?\s+(?:am\s+)?(?P<wd>" + _WEEKDAY + r")\b|"
         r"\bnext week,?\s+(?:on\s+)?(?P<wd2>" + _WEEKDAY + r")\b|\b(?:la\s+)?semaine prochaine,?\s+(?:le\s+)?(?P<wd3>" + _WEEKDAY + r")\b",
         lambda m, t, d, c: weekday_next_week({"wd": m["wd"] or m["wd2"] or m["wd3"]}, t, d, c)),
        (r"\b(?:avant|d'ici|pour|before|by|vor|antes de|prima di|entro)\s+(?:noel|christmas|xmas|weihnachten|navidad|natale)\b", christmas_eve),
        (r"\b(?:en |d'ici la |avant la )?fin de (?:la )?journee\b", rel(0)),
        (r"\bla veille de noel\b|\bchristmas eve\b|\bheiligabend\b|\bnochebuena\b|\bvigilia di natale\b", christmas_eve),
        (r"\bnew year'?s eve\b|\bnye\b|\b(?:la )?saint[- ]sylvestre\b|\bsilvester\b|\bnochevieja\b|\bsan silvestro\b", lambda m, t, d, c: date(t.year, 12, 31) if t.month == 12 or d == "future" else date(t.year - 1, 12, 31)),
        (r"\b(?:early in |early |in )?the new year\b|\bfirst (?:couple of |two |few )?weeks? of january\b|\bdebut (?:d')?(?:janvier|l'annee prochaine)\b|\bdopo la befana\b|\bdopo l'epifania\b", unknown),
        (r"\b(?:dans|in|within|tra|fra|entro|en|in)\s+(?:une|a|one|una|un|einer)\s+(?:semaine|week|settimana|semana|woche)\b(?!\s+(?:ou|or|oder|o)\b)", rel(7)),
        (r"\b(?:next|this|coming)\s+(?P<wd>" + _WEEKDAY + r"),?\s+(?:the\s+)?(?P<d>\d{1,2})\s*" + _ORD + r"\b" + not_after, day_weekday),  # "next Friday the 11th"
        (r"\blast night\b|\byesterday evening\b|\bhier soir\b|\banoche\b|\bgestern abend\b", rel(-1)),
        (r"\b\d{1,2}\s*(?:mins?|minutes?|hours?|hrs?)\s+ago\b|\badesso\b|\bproprio ora\b|\bin questo momento\b", rel(0)),
        (r"\bjust now\b|\bright now\b|\ba l'instant\b|\bgerade eben\b|\bahora mismo\b|\bjust(?= (?:paid|sent|transferred|wired|settled|made|done))", rel(0)),
        (r"\bvorgestern\b|\banteayer\b|\bl'altro ieri\b", rel(-2)),
        (r"\bmorgen\b|\bmanana\b|\bdomani\b|\bdomattina\b", rel(1)),
        (r"\bgestern\b|\bayer\b|\bieri\b", rel(-1)),
        (r"\b(?:early|earlier) next week\b|\bdebut (?:de )?(?:la )?semaine prochaine\b|\banfang (?:nachster|der nachsten) woche\b|"
         r"\b(?:a )?principios de (?:la )?semana que viene\b|\binizio (?:della )?settimana prossima\b|"
         r"\b(?:anfang|early|debut|principios de|inizio) (?:(?:de |d')?(?:" + _MONTH + r"))\b|\bafter the holidays\b", unknown),
        (r"\b(?P<n>\d{2,3}) jours fin de mois\b", days_eom),
        (r"\b(?:virements?|paiements?|reglements?|campagne|lot|run|echeancier|distinta|riba|ri\.ba\.|remesa|zahlungslauf)(?:\s+\w+){0,2}?\s+(?:du|del|di|vom|of the)\s+(?P<d>\d{1,2})(?:er)?\b" + not_after, day_only),
        # English "before Friday" excludes Friday (French "avant vendredi" is read as "by Friday")
        (r"\bbefore\s+(?P<wd>" + _WEEKDAY + r")\b", lambda m, t, d, c: _weekday(WEEKDAYS[m["wd"]], t, d) - timedelta(days=1)),
        (r"\b(?:the\s+)?(?P<d>\d{1,2})\s*" + _ORD + r"\.?\s+(?:of\s+next\s+month|des\s+(?:nachsten|kommenden)\s+monats|"
         r"del\s+mes\s+(?:que viene|proximo|siguiente)|del\s+mese\s+(?:prossimo|successivo)|du\s+mois\s+(?:prochain|suivant))", day_next_month),
        (r"\bapres[- ]demain\b|\bday after tomorrow\b", rel(2)),
        (r"\bavant[- ]hier\b|\bday before yesterday\b", rel(-2)),
        (r"\bdemain\b|\btomorrow\b|\btmrw\b", rel(1)),
        (r"\bhier\b|\byesterday\b", rel(-1)),
        (
            r"\baujourd'?hui\b(?! (?:je ne|c'est pas|ce n'est pas|pas)\b)|(?<!a )\bce jour\b|\btoday\b(?! (?:i|we) can'?t\b)|\bce matin\b|\bthis morning\b|\bce soir\b|\btonight\b",
            rel(0),
        ),
        (r"\bsous huitaine\b|\bsous (?:8|huit) jours\b", rel(8)),
        (r"\bsous quinzaine\b", rel(15)),
        (r"\b(?:il y a|voici)\s+(?P<n>" + _NUM + r")\s+(?P<unit>jours?|semaines?)\b", ago),
        (r"\b(?P<n>" + _NUM + r")\s+(?P<unit>days?|weeks?)\s+ago\b", ago),
        (
            r"\b(?:dans|d'ici|sous|in|within|d'ici a|innerhalb von|innerhalb|binnen|dentro de|en|en los proximos|"
            r"entro|tra|fra|nei prossimi|en el plazo de|en un plazo de|dans un delai de|nel termine di|within a period of|endeans)\s+"
            r"(?:les\s+|the next\s+|next\s+|los proximos\s+|las proximas\s+|i prossimi\s+|die nachsten\s+|den nachsten\s+)?(?P<n>"
            + _NUM
            + r")\s*(?P<unit>jours?|j\b|days?|semaines?|weeks?|mois|months?|heures?|hours?|hrs?\b|h\b|tagen?|wochen?|"
            r"monaten?|dias|semanas?|meses|giorni|settimane|mesi)",
            span_units,
        ),
        (r"\b(?:dans|d'ici)\s+(?:une|1)\s+quinzaine\b", rel(15)),
        (r"\b(?P<y>20\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", iso),
        (r"\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})\b", numeric),
        (r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})\b(?![/.]?\d)", numeric),
        (r"\b(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?!\d)", numeric),  # German "am 24.11."
        (
            r"\b(?:(?:"
            + _WEEKDAY
            + r"),?\s+)?(?P<d>\d{1,2})\s*"
            + _ORD
            + r"\.?\s+(?:de\s+|of\s+)?(?P<mon>"
            + _MONTH
            + r")\b\.?(?:,?\s+(?:de(?:l)?\s+)?(?P<y>20\d{2}))?",
            day_month,
        ),
        (
            r"\b(?:(?:" + _WEEKDAY + r"),?\s+)?(?P<mon>"
            + _MONTH
            + r")\b\.?\s+(?:the\s+)?(?P<d>\d{1,2})"
            + _ORD
            + r"\b(?:,?\s+(?P<y>20\d{2}))?",
            day_month,
        ),
        (r"\bfin\s+(?:du\s+|de\s+)?mois\s+prochain\b|\bend of next month\b|\bende (?:des )?nachsten monats\b|"
         r"\bfin(?:ales)? del? mes que viene\b|\bfine del mese prossimo\b|\bfine mese prossimo\b", eom_next),
        (
            r"\b(?:la\s+)?fin de (?:la\s+)?semaine (?:prochaine|pro)\b|\b(?:the\s+)?end of next week\b",
            lambda m, t, d, c: _friday(t, 1),
        ),
        (
            r"\bfin\s+(?:de\s+|du\s+)?(?:ce\s+)?mois\b|\bfin de mois\b|\bend of (?:the |this )?month\b|"
            r"\bmonth[- ]end\b|\beom\b|\bende (?:des|dieses|diesen) monats\b|\bmonatsende\b|"
            r"\b(?:a )?final(?:es)? de(?:l)? mes\b|\bfin de mes\b|\b(?:a |entro )?fine (?:del )?mese\b",
            eom,
        ),
        (r"\b(?:fin|end of|late|ende|finales de|fin de|fine|entro fine)\s+(?:d'|de\s+|di\s+)?(?P<mon>" + _MONTH + r")\b", end_named_month),
        (r"\b(?:mi|mid)[- ]?(?P<mon>" + _MONTH + r")\b", mid_month),
        (r"\b(?:le\s+|au\s+)?mois prochain\b|\bnext month\b|\bnachsten monat\b|\bel mes que viene\b|\bel proximo mes\b|\bil mese prossimo\b", eom_next),
        (
            r"\b(?:la\s+)?semaine (?:prochaine|pro)\b|\bnext week\b|\bsemaine suivante\b|\bnachste(?:n)? woche\b|"
            r"\b(?:la )?semana que viene\b|\b(?:la )?proxima semana\b|\b(?:la )?settimana prossima\b|\b(?:la )?prossima settimana\b",
            lambda m, t, d, c: _friday(t, 1),
        ),
        (
            r"\b(?:en |d'ici la |avant la )?fin (?:de (?:la )?|de cette )?semaine\b|\bcette semaine\b|"
            r"\bend of (?:the |this )?week\b|\b(?:by\s+)?eow\b|\bthis week\b|\bdiese woche\b|\bende (?:der|dieser) woche\b|"
            r"\b(?:entro )?(?:la )?fine (?:della |di questa )?settimana\b|\bquesta settimana\b|\besta semana\b|\ba finales de (?:esta|la) semana\b",
            this_week,
        ),
        (
            r"\b(?P<wd>" + _WEEKDAY + r")\s+(?:prochain|qui vient|que viene|prossimo)\b|\b(?:next|nachsten|kommenden)\s+(?P<wd2>" + _WEEKDAY + r")\b",
            None,
        ),
        (r"\b(?P<wd>" + _WEEKDAY + r")\s+(?P<last>dernier|scorso|pasado)\b|\b(?:last|letzten|el pasado|pasado)\s+(?P<wd2>" + _WEEKDAY + r")\b", None),
        (r"\b(?P<wd>" + _WEEKDAY + r"),?\s+(?:the\s+)?(?P<d>\d{1,2})\s*" + _ORD + r"\b\.?" + not_after, weekday_day),  # "lunes 30", "Monday the 23rd"
        (r"\b(?P<wd>" + _WEEKDAY + r")\b", weekday),
        (r"\b" + lead + r"\s+(?P<d>\d{1,2})\s*" + _ORD + r"\b" + not_after, day_only),
        (r"\bthe\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", day_only),
    ]


def _weekday_pair(m, t, d, c):
    """ "vendredi prochain" / "next Friday" go forward, "lundi dernier" / "last Monday" back."""
    name = m["wd"] or m["wd2"]
    g = m.group(0)
    backward = any(w in g for w in ("dernier", "scorso", "pasado", "letzten")) or g.startswith("last")
    return _weekday(WEEKDAYS[name], t, "past" if backward else "future")


_COMPILED = None


def _compiled():
    global _COMPILED
    if _COMPILED is None:
        _COMPILED = [(re.compile(p), f or _weekday_pair) for p, f in _rules()]
    return _COMPILED


def find_dates(
    text: str, today: date | None, *, country: str = "FR", direction: str = "future", fallback: bool = True
) -> list[Found]:
    """Every date phrase in text, in reading order, resolved against today (the mail's local date)."""
    if today is None or not text:
        return []
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[Found] = []
    vague = False  # a time was named that has no single day ("la semaine du 14"): no guessing after it
    for rx, resolve in _compiled():
        for m in rx.finditer(folded):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            try:
                value = resolve(m, today, direction, (country or "").upper())
            except (ValueError, OverflowError, KeyError, TypeError, IndexError):
                value = None
            if value is None:
                vague = vague or resolve in _NO_DAY
                continue
            before = folded[max(0, s - 25) : s]
            ref = bool(_REFERENCE.search(before)) and not before.rstrip().endswith(("a la date du", "compter du", "partir du"))
            if ref and _SCHEDULED_ON.search(before):
                ref = False  # "your check will be issued on 1/22": the day ahead, not a document's date
            if ref and _PAY_RUN.search(folded[max(0, s - 50) : s]):
                ref = False  # "avec notre campagne de virements du 10": the run the payment goes out with
            found.append(Found(value, s, e, text[s:e].strip(), ref, resolve in _THROUGH))
    if not found and fallback and not vague:
        found = _dateparser_dates(text, folded, today, country, direction)
    return sorted(found, key=lambda f: f.start)


def _dateparser_dates(text: str, folded: str, today: date, country: str, direction: str) -> list[Found]:
    """Last resort for phrasings the rules miss; only trusted when a month name is in the match."""
    if not re.search(r"\b(?:" + _MONTH + r")\b", folded):
        return []
    try:
        from dateparser.search import search_dates
    except Exception:  # dateparser missing: the rules above are the product
        return []
    settings = {
        "PREFER_DATES_FROM": "future" if direction == "future" else "past",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12, 0),
        "DATE_ORDER": "MDY" if (country or "").upper() == "US" else "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    try:
        hits = search_dates(text, languages=["fr", "en"], settings=settings) or []
    except Exception:
        return []
    out = []
    for phrase, value in hits:
        fp = fold(phrase)
        if not (re.search(r"\d", fp) and re.search(r"\b(?:" + _MONTH + r")\b", fp)):
            continue  # "Je", "We", "sun", "mar" alone are not dates
        s = text.find(phrase)
        ref = bool(_REFERENCE.search(folded[max(0, s - 25) : s])) if s >= 0 else False
        out.append(Found(value.date(), max(s, 0), max(s, 0) + len(phrase), phrase, ref))
    return out


def names_no_day(text: str) -> bool:
    """Whether text names a time that has no single day ("après les fêtes", "la semaine du 14")."""
    folded = fold(text)
    return any(rx.search(folded) for rx in _no_day_rules())


@cache
def _no_day_rules() -> tuple[re.Pattern, ...]:
    return tuple(rx for rx, resolve in _compiled() if resolve in _NO_DAY)


def warm_up() -> None:
    """Import and prime dateparser (about a second) so a first real mail does not pay for it."""
    _compiled()
    try:
        from dateparser.search import search_dates

        search_dates("le 15 décembre 2030", languages=["fr", "en"])
    except Exception:
        pass
