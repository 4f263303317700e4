"""Numbers with units and hedges, read as intervals.

"nearly four hours" → [3.4 h, 4 h); "more than four hours" → (4 h, ∞); "$1.5 billion" →
[1.5e9, 1.5e9] USD; "about 250" → [200, 300]; "tens of thousands of civilians" →
[20,000, 100,000); "almost monthly" → [0.85, 1) per month. Each quantity also records the
noun it counts ("loan", "participant"), so that only like is compared with like.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from ..lexicons import ANYONE_WORDS, COUNTED_KINDS, COUNTED_PEOPLE, MONTH_NAMES, NUMBER_WORDS, STOPWORDS, WEEKDAY_NAMES
from ..models import Quantity, Span
from .text import CaseBlind, Gate, stem

INF = math.inf

# Numbers in words: the single words every reader shares (lexicons.NUMBER_WORDS, where "dozen"
# and "hundred" stand alone as well), and the phrases a figure is read from here.
_SMALL = {w: n for w, n in NUMBER_WORDS.items() if w not in ("dozen", "hundred")} | {
    "zero": 0,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
    "half a dozen": 6,
    "a couple of": 2,
    # a scale told with "a": "half a million people", "a quarter of a million travellers"
    "a million": 1_000_000,
    "half a million": 500_000,
    "a quarter of a million": 250_000,
    "a billion": 1_000_000_000,
    "half a billion": 500_000_000,
}
_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "hundred": 100,
    "dozen": 12,  # "two dozen", "two and a half dozen"
}
_VAGUE = {  # "dozens of" and friends, as intervals
    "dozens of": (24, 144),
    "scores of": (40, 200),
    "hundreds of": (200, 1000),
    "thousands of": (2000, 10000),
    "tens of thousands of": (20000, 100000),
    "tens of thousands": (20000, 100000),
    "hundreds of thousands of": (200000, 1e6),
    "millions of": (2e6, 1e7),
    "several": (3, 9),
    "a few": (2, 5),
    "a few dozen": (24, 60),  # before "a few": the longest phrase is tried first
    "several dozen": (30, 110),
    "a handful of": (2, 6),
}
_CURRENCY_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY"}
_CURRENCY_WORD = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "ruble": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "rouble": "RUB",
    "rub": "RUB",
    "pounds": "GBP",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "yuan": "CNY",
    "yen": "JPY",
    # currencies named in English by a word many countries share: one unit per word
    **dict.fromkeys(["crown", "crowns", "krona", "kronor", "krone", "kroner", "koruna"], "crown"),
    **dict.fromkeys(["franc", "francs"], "franc"),
    **dict.fromkeys(["rupee", "rupees"], "rupee"),
    **dict.fromkeys(["peso", "pesos"], "peso"),
    **dict.fromkeys(["dinar", "dinars"], "dinar"),
    **dict.fromkeys(["shilling", "shillings"], "shilling"),
    **dict.fromkeys(["zloty", "zlotys"], "PLN"),
    **dict.fromkeys(["lira", "lire"], "lira"),
    "forint": "HUF",
}
CURRENCIES = frozenset({"USD", "EUR", "GBP", "RUB", "JPY", "UAH", "CNY", "PLN", "HUF"}) | frozenset(
    ["crown", "franc", "rupee", "peso", "dinar", "shilling", "lira"]
)
_UNITS = {
    "hour": "h",
    "hours": "h",
    "hrs": "h",
    "minute": "min",
    "minutes": "min",
    "day": "d",
    "days": "d",
    "week": "wk",
    "weeks": "wk",
    "month": "mo",
    "months": "mo",
    "year": "yr",
    "years": "yr",
    "decade": "decade",
    "decades": "decade",
    "percent": "%",
    "per cent": "%",
    "%": "%",
    "percentage points": "pp",
    "percentage point": "pp",
    "basis points": "bp",
    "basis point": "bp",
    "km": "km",
    "kilometers": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometre": "km",
    "miles": "mi",
    "mile": "mi",
    "times": "x",
    "tons": "t",
    "tonnes": "t",
    "tonne": "t",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilos": "kg",
    "hectares": "ha",
    "hectare": "ha",
    "acres": "acre",
    "acre": "acre",
    "square kilometres": "km2",
    "square kilometers": "km2",
    "magnitude": "magnitude",
}
_FREQUENCY = {
    "monthly": "per month",
    "every month": "per month",
    "each month": "per month",
    "a month": "per month",
    "weekly": "per week",
    "every week": "per week",
    "each week": "per week",
    "a week": "per week",
    "daily": "per day",
    "every day": "per day",
    "each day": "per day",
    "annually": "per year",
    "yearly": "per year",
    "every year": "per year",
    "each year": "per year",
}
# Hedge → how it turns a value v into an interval (low, high, low_open, high_open).
_HEDGES: dict[str, tuple[float, float, bool, bool]] = {}
for _w in ("nearly", "almost", "close to", "just under", "practically", "virtually", "not quite"):
    _HEDGES[_w] = (0.85, 1.0, False, True)
for _w in ("a little under", "a little less than", "slightly under", "slightly less than", "just short of", "just below"):
    _HEDGES[_w] = (0.85, 1.0, False, True)
# "a little over two hours" is read as two hours and a bit, not as any length above two hours.
for _w in ("just over", "a little over", "a little more than", "slightly over", "slightly more than", "just above"):
    _HEDGES[_w] = (1.0, 1.25, True, False)
# "about 600" reaches a fifth either way; "about 18" or "about 2,300", a figure told to a digit
# that is neither 0 nor 5, is that precise and reaches a tenth (`_told_to_the_last_digit`).
_ABOUT, _ABOUT_PRECISE = (0.8, 1.2), (0.9, 1.1)
for _w in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "~", "circa", "reportedly"):
    _HEDGES[_w] = (*_ABOUT, False, False)
for _w in (
    "more than",
    "over",
    "exceed",
    "exceeds",
    "exceeded",
    "exceeding",
    "topped",
    "tops",
    "topping",
    "surpassed",
    "surpasses",
    "surpassing",
    "in excess of",
    "upwards of",
    "above",
    "greater than",
):
    _HEDGES[_w] = (1.0, INF, True, False)
for _w in ("at least", "no fewer than", "no less than", "a minimum of"):
    _HEDGES[_w] = (1.0, INF, False, False)
for _w in ("up to", "no more than", "at most", "as many as", "a maximum of"):
    _HEDGES[_w] = (0.0, 1.0, False, False)
for _w in ("under", "less than", "fewer than", "below", "short of"):
    _HEDGES[_w] = (0.0, 1.0, False, True)


def _told_to_the_last_digit(value: float, written: str) -> bool:
    """A figure written in digits whose last significant digit is neither 0 nor 5, above ten:
    18, 23, 2,300 or 4.7 million are told to that digit; 20, 15, 600 or 1.5 million are round."""
    digits = written.replace(",", "").replace(".", "").rstrip("0")
    return value > 10 and digits.isdigit() and len(digits) >= 2 and digits[-1] != "5"


# A negation just before a lower bound makes it an upper one: "never went above", "did not exceed".
_NEGATED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:not|never)|n't)(?:\s+(?!(?:why|how|whether|that|what|when|where|say|said|explain|know|among)\b)[a-z]+){0,2}\s+$",
    re.IGNORECASE,
)
_alt = lambda words: "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # noqa: E731
# The hedge is found by looking back from a number, not by trying it at every position.
_HEDGE_BEFORE = re.compile(rf"(?<![\w-])(?P<hedge>{_alt(_HEDGES)})\s+$", re.IGNORECASE)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_HUNDRED = rf"(?:{_TENS})(?:-(?:{_ONES}))?|{_TEENS}|{_ONES}"
# "a hundred and twenty (thousand)", "three hundred fifty", "twelve hundred": tried first
_HUNDREDS = rf"(?:a|{_TEENS}|{_ONES})\s+hundred(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED})\b)?"
_WORDNUM = rf"{_HUNDREDS}|(?:{_TENS})-(?:{_ONES})|" + _alt(_SMALL)
_QUANTITY = CaseBlind(
    rf"(?:(?P<cur>[$€£₽¥])\s?)?(?:(?P<num>{_NUM})|(?<![\w-])(?P<word>{_WORDNUM})\b|(?<![\w-])(?P<vague>{_alt(_VAGUE)})\b)"
    + r"(?P<half>\s+and\s+a\s+half\b)?"  # "two and a half thousand", "one and a half hours"
    + rf"(?:(?:[-–]|\s(?:to|or)\s)[$€£₽¥]?(?:(?P<num2>{_NUM})|(?P<word2>{_WORDNUM})\b))?"  # ranges: 10-15, one or two
    + rf"(?:(?:[\s-]|[”\"]\s?)?(?P<scale>{_alt(_SCALE)})\b)?"  # a quote may close before it: “$5.6” billion
    + rf"(?:\s?(?P<curword>{_alt(_CURRENCY_WORD)})\b)?"
    + rf"(?:[\s-]?(?P<unit>{_alt(_UNITS)})(?![\w]))?"
)
_FREQ_TRIGGER = ("monthly", "weekly", "daily", "annually", "yearly", "every", "each", "a month", "a week")
_TRIGGER = Gate(
    [w.split()[-1] for w in _SMALL]
    + [w.split()[0] for w in _VAGUE]
    + [w.split()[-1] for w in _FREQ_TRIGGER]
    + ["no", "nobody", "none"]
    + ["hour", "day", "week", "month", "year", "decade"]
    + ["half", "third", "quarter"],  # "half the homes", "a third voted against"
    digits=True,
)
_FREQ_RX = re.compile(rf"(?<![\w~])(?:(?P<hedge>{_alt(_HEDGES)}|once|twice)\s+)?\b(?P<freq>{_alt(_FREQUENCY)})\b", re.IGNORECASE)
_NO_NOUN = CaseBlind(r"\b(?P<neg>no|zero|nobody|none|no one)\b(?:\s+(?P<noun>[a-z]+))?")
_SKIP_AFTER = STOPWORDS | {"were", "was", "are", "is", "had", "have", "been", "people", "persons", "more", "as", "much", "many"}
# Counts of harm by kind: deaths, injuries, and the words that cover both. Two counts are
# compared only within one kind, or when either is "casualties"; a zero ("no casualties")
# meets any of them ("two were wounded").
_HARM = (
    {stem(w): "casualty:killed" for w in ["killed", "dead", "died", "deaths", "fatalities"]}
    | {stem(w): "casualty:injured" for w in ["wounded", "injured", "hurt"]}
    | {stem(w): "casualty" for w in ["casualties", "casualty", "victims", "harmed"]}
    | {stem(w): "detain" for w in ["arrested", "detained", "arrests", "detentions"]}  # one count, two words
)


def find_quantities(text: str, exclude: Sequence[tuple[int, int]] = ()) -> tuple[Quantity, ...]:
    """All quantities in `text`, except those overlapping the `exclude` spans (dates)."""
    if not _TRIGGER(text):  # cheap test: most statements hold no number at all
        return tuple(_ages_in_words(text))
    parts = _point_parts(text)
    fractions = [q for q in _fractions(text) if not any(p.span.start <= q.span.start < p.span.end for p in parts)]
    out: list[Quantity] = [*fractions, *_ages_in_words(text), *parts]
    exclude = [*exclude, *((q.span.start, q.span.end) for q in out)]
    for m in _QUANTITY.finditer(text):
        if _excluded(m, text, exclude):
            continue
        q = _quantity(m, text)
        if q is not None:
            out.append(q)
    out.extend(_frequencies(text, out))
    out.extend(_single_spans(text, out, exclude))
    out.extend(_zeros(text))
    return tuple(sorted(out, key=lambda q: q.span.start))


def _excluded(m: re.Match[str], text: str, exclude: Sequence[tuple[int, int]]) -> bool:
    s, e = m.start("num") if m.group("num") else m.start(), m.end()
    if any(s < xe and xs < e for xs, xe in exclude):
        return True
    before = text[max(0, s - 1) : s]
    if m.group("num") and not m.group("cur") and (before.isalpha() or before == "-"):
        signed = before == "-" and text[max(0, s - 2) : s - 1] in ("", " ", "(") and _DEGREES_AFTER.match(text, e)
        return not signed  # COVID-19, Russia-1; not "-12C"
    if (
        m.group("num")
        and re.fullmatch(r"(?:19|20)\d\d", m.group("num"))
        and not (m.group("unit") or m.group("cur") or m.group("scale") or m.group("curword"))
    ):
        return True  # a year
    if _CLOCK_AFTER.match(text, e) or _24_HOUR_CLOCK.match(text, s) or _OCLOCK_AFTER.match(text, e):
        return True  # "at 8 p.m.", "10:30 am", "at 21:40", "six o'clock": a time of day
    if _PAST_THE_HOUR.search(text, max(0, s - 25), s) and not (m.group("unit") or m.group("scale")):
        return True  # "half past six", "a quarter to ten", "ten past six" (not "from five minutes to two hours")
    if not (m.group("unit") or m.group("scale")) and _PAST_AN_HOUR.match(text, e):
        return True  # "ten past six": the minutes of a time of day
    if m.group("num") and _CLOCK_MINUTES.search(text[max(0, s - 3) : s]) and re.fullmatch(r"[0-5]\d", m.group("num")):
        return True  # the minutes of "21:40"
    return text[e : e + 2] in ("st", "nd", "rd", "th")  # an ordinal


_CLOCK_AFTER = re.compile(r"(?::\d\d)?\s*[ap]\.?m\b", re.IGNORECASE)
_OCLOCK_AFTER = re.compile(r"\s*o['’]\s?clock\b", re.IGNORECASE)
# "Twenty minutes past nine", "ten past six": a time of day, whose hour has no unit after it
# ("from five minutes to two hours" is a range).
_PAST_AN_HOUR = re.compile(
    rf"\s+past\s+(?:\d{{1,2}}|{_ONES}|ten|eleven|twelve|noon|midnight)\b(?!\s*(?:hours?|minutes?|mins?|days?|weeks?|percent|%))"
    rf"|\s+to\s+(?:noon|midnight)\b",
    re.IGNORECASE,
)
_PAST_THE_HOUR = re.compile(
    rf"\b(?:half|quarter|\d{{1,2}}|{_ONES}|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty)(?:\s+minutes?)?\s+(?:past|to)\s+$",
    re.IGNORECASE,
)
_24_HOUR_CLOCK = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-4]):[0-5]\d(?![\d:.,]\d)")
_CLOCK_MINUTES = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-4]):$")


def _quantity(m: re.Match[str], text: str) -> Quantity | None:
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    if g["vague"]:
        low, high = _VAGUE[g["vague"]]
        value, v_low, v_high, lo_open, hi_open = (low + high) / 2, low, high, False, True
        if g["scale"]:
            s = _SCALE[g["scale"]]
            value, v_low, v_high = value * s, v_low * s, v_high * s
    else:
        value = float(g["num"].replace(",", "")) if g["num"] else float(_word_value(g["word"]))
        value += 0.5 if g["half"] else 0.0
        second = float(g["num2"].replace(",", "")) if g["num2"] else float(_word_value(g["word2"])) if g["word2"] else None
        scale = _SCALE[g["scale"]] if g["scale"] else 1.0
        v_low = v_high = value = value * scale
        if second is not None and second * scale > value:  # a range: its middle, and its ends as the interval
            v_high = second * scale
            value = (v_low + v_high) / 2
        lo_open = hi_open = False
    if g["word"] and not (g["unit"] or g["curword"] or g["scale"]) and g["word"] in ("one",) and not g["half"]:
        return None  # "one of", "one-on-one"
    unit = _unit(g)
    hedge_m = _HEDGE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if hedge_m and _PHRASAL_OVER.search(text, max(0, hedge_m.start() - 20), hedge_m.end()):
        hedge_m = None  # "won over two deputies", "handed over 40 prisoners": a verb's particle
    hedge = hedge_m.group("hedge").lower() if hedge_m else ""
    start = hedge_m.start() if hedge_m else m.start()
    if hedge:
        f_low, f_high, lo_open, hi_open = _HEDGES[hedge]
        if f_high == INF and _NEGATED_BEFORE.search(text, max(0, start - 30), start):
            f_low, f_high, lo_open, hi_open = _HEDGES["at most"]  # "never went above 110 km/h", "did not exceed 2 percent"
        if (f_low, f_high) == _ABOUT and v_low == v_high and _told_to_the_last_digit(v_low, g["num"] or ""):
            f_low, f_high = _ABOUT_PRECISE
        if not g["vague"]:
            v_low, v_high = v_low * f_low, v_high * f_high
    end = m.end()
    if not unit and (degrees := _temperature(text, start, end)) is not None and abs(value) <= 150:
        if (minus := _MINUS_BEFORE.search(text, max(0, start - 7), start)) is not None:  # "minus 5C", "-12C"
            value, v_low, v_high, lo_open, hi_open = -value, -v_high, -v_low, hi_open, lo_open
            start = minus.start()
        value, v_low, v_high = _in_celsius(degrees, value, v_low, v_high)
        return Quantity(
            Span(start, degrees.end(), text[start : degrees.end()]), value, "°C", v_low, v_high, lo_open, hi_open, hedge, ""
        )
    noun = _counted_noun(text, m, start)
    if not unit and (whole := _fronted_whole(text, start, end, noun)):
        noun = whole  # "Of its seven coaches, five jumped the track": coaches
    if (unit in ("%", "pp") or unit in CURRENCIES) and not noun:
        noun = _share_of(text, start)  # "turnout was just under 45 percent": turnout; "the deal is worth $2 billion": deal
    if unit == "magnitude" or (not unit and value <= 10 and _magnitude(text, start, m.end())):
        unit, noun = "magnitude", ""  # "put its magnitude at 6.4", "5.9 on the Richter scale"
    if not unit and _AGE_BEFORE.search(text, max(0, start - 25), start):
        unit, noun = "age", _person_near(text, start, m.end())  # "boys younger than 12", "Agnes Holloway, aged 88"
    elif not unit and value < 120 and (apposed := _apposed_age(text, start, m.end())):
        unit, noun = "age", apposed  # "Lena Vasko, 41, announced", "who turned 80 last month"
    elif not unit and value < 120 and (person := _person_of(text, start, m.end())):
        unit, noun = "age", person  # "a boy of 12 who had come with his father"
    if unit in ("yr", "mo") and (old := _OLD_AFTER.match(text, m.end())) is not None:
        return _age(m, text, start, value, hedge, unit, old)  # "his 11-year-old son": an age, not a span
    if unit in _SPANS_OF_TIME and _not_a_length_of_time(text, start, m.end()):
        return None  # "three months ago", "every six hours": a point in time or a rhythm
    if unit == "min" and _PAST_AN_HOUR.match(text, m.end()):
        return None  # "twenty minutes past nine": a time of day
    if unit in _HOURS:  # "three quarters of an hour", "an hour and a half"
        scaled = _part_of_time(text, start, end, value, v_low, v_high)
        if scaled is not None:
            (value, v_low, v_high), start, end = scaled
    if unit == "mi":  # one unit of length, so that "120 miles" meets "193 km"
        value, v_low, v_high, unit = _miles_to_km(value, v_low, v_high)
    if unit in _CONVERTED:  # one unit of weight, of area: "350 kilograms" meets "two tonnes"
        value, v_low, v_high, unit = _converted(unit, value, v_low, v_high)
    if unit == "bp":  # "75 basis points" is 0.75 percentage points
        value, v_low, v_high, unit = value / 100, v_low / 100, v_high / 100, "pp"
    return Quantity(
        span=Span(start, end, text[start:end]),
        value=value,
        unit=unit,
        low=v_low,
        high=v_high,
        low_open=lo_open,
        high_open=hi_open,
        hedge=hedge,
        noun=noun,
    )


_SPANS_OF_TIME = frozenset(["h", "min", "d", "wk", "mo", "yr", "s"])
# A temperature: "40C", "40 °C", "104F", "41 degrees Celsius" (a bare "40 degrees" says no scale
# and stays a count of degrees, compared only with another such count).
_DEGREES_AFTER = re.compile(
    r"(?:\s?[°º]\s?(?P<sign>[CF])|(?P<letter>[CF])|\s+degrees?\s+(?:(?P<word>[Cc]elsius|[Cc]entigrade|[Ff]ahrenheit)|(?P<initial>[CF])))"
    r"(?![\w°])"
)
# A bare letter after a figure is a temperature ("highs of 40C", "Ostrava recorded 40C"), unless
# it labels something: after a word for a seat, a room, a clause ("seat 14F", "Apartment 4C",
# "Article 5C"), or before a name ("12C Harbour Road").
_LABEL_BEFORE = re.compile(
    r"\b(?:seat|room|gate|apartment|flat|article|section|row|grade|platform|unit|block|bay|category|type|class|suite"
    r"|level|floor|ward|terminal|line|no|number|annex|paragraph|clause|chapter|box|pier|berth|lane|stand|court)\.?\s+$",
    re.IGNORECASE,
)
_NAME_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
_DAYS_AND_MONTHS = frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES)
_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?:^|(?<=[\s(]))[-−–]\s?)$", re.IGNORECASE)


def _temperature(text: str, start: int, end: int) -> re.Match[str] | None:
    """The words after a figure that make it a temperature ("40C", "40 °C", "41 degrees
    Celsius", "104F"), or None."""
    found = _DEGREES_AFTER.match(text, end)
    if found is None or found.group("letter") is None:
        return found
    named = _NAME_AFTER.match(text, found.end())
    if _LABEL_BEFORE.search(text, max(0, start - 20), start) or named and named.group(1).lower() not in _DAYS_AND_MONTHS:
        return None
    return found


FAHRENHEIT_SLACK = 1.0  # degrees Celsius either way: whoever converts rounds


def _in_celsius(m: re.Match[str], value: float, low: float, high: float) -> tuple[float, float, float]:
    """A temperature in degrees Celsius; one told in Fahrenheit converted, widened by a degree
    each way ("104F" meets "40C")."""
    if (m.group("sign") or m.group("letter") or m.group("word") or m.group("initial") or "").lower()[0] != "f":
        return value, low, high

    def c(f: float) -> float:
        return (f - 32.0) * 5.0 / 9.0

    return c(value), c(low) - FAHRENHEIT_SLACK, c(high) + FAHRENHEIT_SLACK


_POINT_AFTER = re.compile(r"\s*(?:ago|earlier|later|from now)\b", re.IGNORECASE)
_OFFSET_AFTER = re.compile(r"\s*(?:before|after)\b", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\b(?:for|lasted|lasting|took|spent)\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_RHYTHM_BEFORE = re.compile(r"\b(?:every|each|the\s+(?:past|last|next|coming|previous|first))\s+$", re.IGNORECASE)


def _not_a_length_of_time(text: str, start: int, end: int) -> bool:
    """A number of hours or days that dates something ("three months ago", "two days before the
    vote"), gives a rhythm ("every six hours") or a window of time ("in the past two years",
    "over the next three years"), not how long something lasted."""
    if _POINT_AFTER.match(text, end) or _RHYTHM_BEFORE.search(text, max(0, start - 8), start):
        return True
    return bool(_OFFSET_AFTER.match(text, end)) and not _FOR_BEFORE.search(text, max(0, start - 30), start)


# Verbs whose particle "over" is no hedge on the number after it ("took over" and "won over"
# are left out: "took over three towns" but "took over 12 hours", "won over 40 percent").
_PHRASAL_OVER = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\s+$",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(r"[\s-]old\b(?:\s+(?P<noun>[a-z]+))?", re.IGNORECASE)


def _age(m: re.Match[str], text: str, start: int, value: float, hedge: str, unit: str, old: re.Match[str]) -> Quantity:
    """ "A 12-year-old girl", "a six-month-old baby": an age in years, of the person named next
    to it ("Six-year-old Tomas Brell", "Ilyas Moraz, a 67-year-old fisherman"), else of the
    noun after it."""
    years = value / 12 if unit == "mo" else value
    end = old.start() + 4
    named = old.group("noun") or ""
    noun = f"person:{named.lower()}" if named[:1].isupper() else _harm(stem(named.lower())) if named else "person"
    span = Span(start, end, text[start:end])  # "the 58-year-old Danescu": Danescu, as "Danescu, 58," gives him
    return Quantity(span, years, "age", years, years, False, False, hedge, _person_near(text, start, end) or noun)


# Ages told in words, with the years they allow.
_AGE_WORDS = {
    "teenage": (13.0, 19.0),
    "teenaged": (13.0, 19.0),
    "teenager": (13.0, 19.0),
    "toddler": (1.0, 3.0),
    "newborn": (0.0, 0.25),
    "infant": (0.0, 1.0),
    "elderly": (65.0, 110.0),
    "middle-aged": (40.0, 65.0),
    "octogenarian": (80.0, 89.0),
    "nonagenarian": (90.0, 99.0),
    "centenarian": (100.0, 115.0),
}
_AGE_WORD = re.compile(
    r"\b(?P<word>" + "|".join(sorted(_AGE_WORDS, key=len, reverse=True)) + r")\b(?:\s+(?P<noun>[a-z]+))?", re.IGNORECASE
)
_DECADES = {
    w: 10.0 * k
    for k, w in enumerate(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], 2)
}
_IN_DECADE = re.compile(
    r"\bin\s+(?:his|her|their)\s+(?:(?P<part>early|mid|late)[\s-]+)?(?P<decade>" + "|".join(_DECADES) + r")\b", re.IGNORECASE
)
_PARTS_OF_DECADE = {"early": (0.0, 3.0), "mid": (3.0, 6.0), "late": (6.0, 9.0), None: (0.0, 9.0)}
# A person's name: two to four capitalised words ("Tomas Brell", "Opposition leader Lena Vasko").
_PERSON_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\b")
_NOT_NAMES = frozenset(WEEKDAY_NAMES) | frozenset(MONTH_NAMES) | {"street", "road", "avenue", "river", "valley", "bay", "cape"}


def _person_near(text: str, start: int, end: int, reach: int = 40) -> str:
    """The person an age is of: the name nearest the words that give it, within `reach`
    characters ("person:brell"), or ""."""
    best, gap = "", reach + 1
    for m in _PERSON_NAME.finditer(text):
        last = m.group(0).split()[-1].lower()
        if last in _NOT_NAMES or m.end() <= end and m.start() < end and m.end() > start:
            continue  # the age's own words ("Six-year-old" opens a capitalised run with the name after it)
        distance = start - m.end() if m.end() <= start else max(0, m.start() - end)
        if 0 <= distance < gap:
            best, gap = f"person:{last}", distance
    return best


def _ages_in_words(text: str) -> list[Quantity]:
    """Ages in words ("her teenage daughter", "a toddler, Tomas Brell", "in his seventies"):
    the years they allow, of the person named next to them, else of the noun after them."""
    out = []
    for m in _AGE_WORD.finditer(text):
        low, high = _AGE_WORDS[m.group("word").lower()]
        noun = _harm(stem(m.group("noun").lower())) if m.group("noun") else "person"
        span = Span(m.start("word"), m.end("word"), m.group("word"))
        who = _person_near(text, span.start, span.end) or noun
        out.append(Quantity(span, (low + high) / 2, "age", low, high, False, False, "", who))
    for m in _IN_DECADE.finditer(text):
        lo, hi = _PARTS_OF_DECADE[(m.group("part") or "").lower() or None]
        base = _DECADES[m.group("decade").lower()]
        span = Span(m.start(), m.end(), m.group(0))
        who = _person_near(text, span.start, span.end)
        if who:
            out.append(Quantity(span, base + (lo + hi) / 2, "age", base + lo, base + hi, False, False, "", who))
    return out


_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|of|into|across)\s+(?:[A-Z][\w'’-]+\s+)*$", re.IGNORECASE)
_NAME_COMMA = re.compile(r"[A-Z][\w'’-]+,\s+$")
_TURNED = re.compile(r"\bturned\s+$", re.IGNORECASE)


def _apposed_age(text: str, start: int, end: int) -> str:
    """The person whose age a bare number is: set off by commas after a name ("Corin Ashby,
    45, was charged"), or "turned" ("who turned 80"); "" when it is no age."""
    if (named := _NAME_COMMA.search(text, max(0, start - 40), start)) and text[end : end + 1] == ",":
        who = _person_near(text, start, end, reach=3) or (_surname(named.group(0)) if _clause_goes_on(text, end) else "")
        name = who.split(":")[-1]
        at = text.lower().rfind(name, 0, start)
        return "" if _PLACE_BEFORE.search(text, max(0, at - 40), at) else who  # "In Port Sela, 40, ..." is no age
    if _TURNED.search(text, max(0, start - 10), start):
        return _person_near(text, start, end)
    return ""


# "A boy of 12", "a woman of 80": a person told by a word for one, and an age after "of" (not
# a parent: "a mother of three" has three children).
_PERSON_OF = re.compile(
    r"\b(?P<noun>boy|girl|man|woman|child|son|daughter|baby|toddler|teenager|pensioner|brother|sister|widow"
    r"|widower)\s+of\s+$",  # not "a mother of three": her children
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _person_of(text: str, start: int, end: int) -> str:
    """The person word an age is of in "a girl of seven" (the lemma, as "a seven-year-old girl"
    gives it), or "": not when a noun follows ("the son of two farmers")."""
    found = _PERSON_OF.search(text, max(0, start - 20), start)
    if found is None:
        return ""
    if _named_after(text, end):
        return ""
    return _harm(stem(found.group("noun").lower()))


def _named_after(text: str, end: int) -> bool:
    """A noun after `end` ("two farmers", "two retired farmers"); not a verb of the clause ("who
    came", "was hurt", "died on Monday")."""
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group(1).lower() in STOPWORDS | _SKIP_AFTER | {"who", "whose"}:
        return False
    if not after.group(1).lower().endswith("ed"):
        return True
    nxt = _WORD_AFTER.match(text, after.end())
    return nxt is not None and nxt.group(1).lower() not in STOPWORDS | _SKIP_AFTER


# "Of the 112 workers underground at the time, 94 reached the surface": the whole a figure is
# part of, told first, at the start of the sentence.
_FRONTED_WHOLE = re.compile(
    r"(?:^|[.;!?]\s+)Of\s+(?:the|its|their|his|her|these|those|all)\s+(?P<rest>[^,.;:!?]{3,80}),\s+$", re.IGNORECASE
)
_VERB_AFTER = re.compile(r"\s+([a-z]+(?:ed)|remain|remains|survive|escape|fled|left|went|came|made)\b")


def _fronted_whole(text: str, start: int, end: int, noun: str) -> str:
    """The noun of the whole a bare figure is part of, when a verb follows the figure ("94
    reached", "five jumped") rather than what it counts, and no harm is told ("12 died":
    killed); else ""."""
    verb = _VERB_AFTER.match(text, end)
    if verb is None or noun != stem(verb.group(1)):
        return ""
    found = _FRONTED_WHOLE.search(text[:start], max(0, start - 120))
    if found is None:
        return ""
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", found.group("rest")) if w.lower() not in _SMALL]
    return _harm(stem(_head(words).lower())) if words else ""


def _clause_goes_on(text: str, end: int) -> bool:
    """After "Danescu, 67," the sentence goes on ("won", "a former judge"), not with another
    name and figure ("Estria, 12, Korvia, 9")."""
    after = _WORD_AFTER.match(text, end + 1)
    return after is not None and not after.group(1)[:1].isupper()


def _surname(written: str) -> str:
    """A person told by one name before an age set off by commas ("Danescu, 67, won"); not a
    day, a month or a word any sentence may open with."""
    word = written.rstrip(", ").lower()
    if word in _NOT_NAMES or word in STOPWORDS or word in _OPENING_WORDS or word.endswith("ly"):
        return ""
    return f"person:{word}"


# Words a sentence opens with before a comma that name no one ("Overall, 40, mostly women, ...").
_OPENING_WORDS = frozenset(
    ["overall", "yesterday", "today", "tonight", "elsewhere", "meanwhile", "separately", "however", "instead", "also"]
    + ["altogether", "together", "combined", "total", "nationwide", "otherwise", "besides", "again", "still", "later"]
)


_AGE_BEFORE = re.compile(r"(?:\b(?:younger|older)\s+than|\baged|\bages|\bage\s+of)\s+$", re.IGNORECASE)
KM_PER_MILE = 1.609344
CONVERSION_SLACK = 0.03


def _miles_to_km(value: float, low: float, high: float) -> tuple[float, float, float, str]:
    """Miles as kilometres, widened by 3% each way: a converted figure is rounded by whoever
    converted it ("167 miles (270 km)"), so the two must not read as two different figures."""
    return value * KM_PER_MILE, low * KM_PER_MILE * (1 - CONVERSION_SLACK), high * KM_PER_MILE * (1 + CONVERSION_SLACK), "km"


# Units read as another of the same measure: (the unit, its size in it, whether the sizes are
# rounded by whoever converts them: imperial to metric is, metric scales are not).
_CONVERTED = {"kg": ("t", 0.001, False), "acre": ("ha", 0.40468564, True), "km2": ("ha", 100.0, False)}


def _converted(unit: str, value: float, low: float, high: float) -> tuple[float, float, float, str]:
    """A figure in the unit its measure is compared in, widened by 3% each way when converting
    it is rounded ("500 acres (about 200 hectares)")."""
    into, size, rounded = _CONVERTED[unit]
    slack = CONVERSION_SLACK if rounded else 0.0
    return value * size, low * size * (1 - slack), high * size * (1 + slack), into


_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\s+(?:of|at|was|is|as))?\s+$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"\s+on\s+the\s+Richter\s+scale\b", re.IGNORECASE)


def _magnitude(text: str, start: int, end: int) -> bool:
    """An earthquake's magnitude, named before the number or by its scale after it."""
    return bool(_MAGNITUDE_BEFORE.search(text, max(0, start - 30), start) or _MAGNITUDE_AFTER.match(text, end))


def _word_value(word: str) -> int:
    """The value of a number in words: "forty-two", "a dozen", "a hundred and twenty"."""
    word = " ".join(word.split())
    if word in _SMALL:
        return _SMALL[word]
    value = 0
    for part in re.split(r"[\s-]+", word):
        if part == "hundred":
            value = (value or 1) * 100
        elif part != "and":
            value += 1 if part == "a" else _SMALL[part]
    return value


def _unit(g: dict[str, str | None]) -> str:
    if g["cur"]:
        return _CURRENCY_SYMBOL[g["cur"]]
    if g["curword"]:
        return _CURRENCY_WORD[g["curword"]]
    if g["unit"]:
        return _UNITS[g["unit"]]
    return ""


_PERSON_WORDS = {"people", "persons", "individuals"}
# A possessor after "of" or a determiner ("of the country's teachers", "of Ruritania's 24
# regions"), not a possessive right after the number ("the two presidents' remarks": presidents).
_POSSESSOR = re.compile(r"\b(of|the|its|their|a|an)\s+[A-Za-z][\w-]*['’]s?\s+(?=[A-Za-z\d])", re.IGNORECASE)
# The noun phrase after a figure ends at punctuation, not at the comma or point inside a
# figure ("2,000 of the 5,000 workers": workers).
_PHRASE_END = re.compile(r"[,.](?!\d)|[;:()!?–—]")
_BREAKERS = ("to", "for", "from", "on", "at", "by", "and", "but", "than", "as", "over")
# Words that open a clause or a time after a figure ("three days before protesters dispersed"):
# what follows is not what it counts. Not after a sum: "$40 million after tax" is a sum of tax.
_CLAUSE_BREAKERS = frozenset(["before", "after", "until", "since", "during", "when", "while"])


def _counted_noun(text: str, m: re.Match[str], start: int) -> str:
    """The thing a number counts: the head of the noun phrase after it ("$1.5 billion state
    loan" → loan; "$40 million of debt" → debt; "$2 billion in aid" → aid); for a bare count of
    people, the event ("12 people were detained", "police detained 12 people" → detain)."""
    window = _PHRASE_END.split(text[m.end() : m.end() + 60], maxsplit=1)[0]
    window = _POSSESSOR.sub(r"\1 ", window)  # "85 percent of the country's teachers": teachers
    after = re.findall(r"[A-Za-z][\w-]*", window)
    money = bool(m.group("cur") or m.group("curword"))
    for k, w in enumerate(after[:4]):
        low = w.lower()
        if low in _PERSON_WORDS:
            return _person_event(text, start, after[k + 1 :])
        if low in _PLACE_PREPOSITIONS:  # "40 acres near the river": no noun after the figure
            break
        if low not in _SKIP_AFTER:
            word = _head(after[k:])
            head = stem(word.lower())
            if head == "live":  # "claimed 19 lives", not "saved 19 lives"
                return "live" if re.search(r"\bsav\w*\s+(?:\w+\s+)?$", text[max(0, start - 25) : start]) else "casualty:killed"
            return _measured(window, word, _harm(head))
        if low in _BREAKERS or (low == "in" and not money) or (low in _CLAUSE_BREAKERS and not money):
            break
    toll = _TOLL_BEFORE.search(text, max(0, start - 90), start)
    if toll:
        return _HARM[stem(toll.group("harm").lower())] if toll.group("harm") else "casualty:killed"
    tally = _NUMBER_OF_BEFORE.search(text, max(0, start - 90), start)
    if tally:  # "the number of confirmed cases climbed to 420": cases
        return _tallied(tally)
    before = re.search(r"([A-Za-z]+)\s+of\s+(?:\w+\s+)?$", text[max(0, start - 40) : start])
    return _harm(stem(before.group(1).lower())) if before else ""


_PARTS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "fifth": 20.0, "tenth": 10.0}
_FRACTION = CaseBlind(
    r"(?<![\w-])(?:(?:(?:a|one)\s+)?(?P<part>half)(?=\s+of\b|\s+(?:the|its|their|his|her|our)\s+(?!"
    r"(?:size|length|price|cost|rate|number|amount|level|distance|time|speed|height|weight|width|value|age|sum)\b))|(?:a|one)\s+(?P<part1>half|third|quarter|fifth|tenth)|(?P<many>two|three)[\s-](?P<parts>thirds|quarters|fifths)"
    r"|(?P<n>one|two|three|four|\d{1,2})\s+(?:in|out\s+of)\s+(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d{1,3}))"
    r"(?![\w-])(?!\s+(?:of\s+)?(?:an?|the)\s+(?:hour|day|week|month|year|mile|kilomet|century|decade))"
)


def _ordinal_before_noun(text: str, end: int) -> bool:
    """ "A third" before a word of order ("a third term", "a fifth straight day") counts in
    order; a share stands alone, or before "of", a verb or an adverb ("a third of the homes",
    "a quarter voted against", "fell by a third yesterday")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in _IN_ORDER


# Words that follow an ordinal, not a share: "a third term", "a fifth straight day".
_IN_ORDER = frozenset(
    ["term", "round", "day", "week", "month", "year", "time", "straight", "consecutive", "successive", "place", "wave"]
    + ["runway", "attempt", "game", "match", "leg", "stage", "phase", "generation", "edition", "night", "season"]
    + ["child", "son", "daughter", "victim", "death", "case", "suspect", "vote", "ballot", "reading", "bid", "mandate"]
)
_AND_A_HALF_BEFORE = re.compile(
    rf"(?:\d|\b(?:{_ONES}|ten|eleven|twelve|an?\s+(?:hour|minute|day|week|month|year)|hours|minutes|days|weeks|months|years"
    r"|dozen|hundred|thousand|million|billion))\s+and\s+$",
    re.IGNORECASE,
)
_TO_AN_HOUR = re.compile(rf"\s+to\s+(?:\d{{1,2}}|{_ONES}|ten|eleven|twelve)\b(?!\s*(?:hours?|minutes?|percent|%))", re.IGNORECASE)
# What a share is of: "a third of those infected", "four in ten of Estria's container imports"
# (past an owner: imports).
_SHARE_OF_AFTER = re.compile(
    r"\s+of\s+(?P<those>those\s+|the\s+|its\s+|their\s+)?(?P<owner>(?:the\s+)?[A-Za-z][\w-]*(?:['’]s|s['’])\s+)?"
    r"(?P<first>[A-Za-z]+)(?P<more>(?:\s+[A-Za-z]+){0,2})",
    re.IGNORECASE,
)
# "Half the homes" (no "of"): what the half is of, as `_SHARE_OF_AFTER` reads it.
_HALF_THE = re.compile(
    r"\s+(?P<those>the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)(?P<owner>)(?P<first>[A-Za-z]+)(?P<more>(?:\s+[A-Za-z]+){0,2})",
    re.IGNORECASE,
)
_OF_A_SCALE = re.compile(r"\s+of\s+a\s+(?:million|billion)\b", re.IGNORECASE)


def _fractions(text: str) -> list[Quantity]:
    """ "About a third", "roughly one in three", "two thirds" of something: a share, in
    percent, read as approximate (+-10%) when no hedge says how close."""
    out = []
    for m in _FRACTION.finditer(text):
        if _OF_A_SCALE.match(text, m.end()):
            continue  # "a quarter of a million": a number (_SMALL), not a share
        if m.group("part1") and m.group("part1").lower() != "half" and _ordinal_before_noun(text, m.end()):
            continue  # "a third term", "a fifth straight day": an ordinal
        if (
            m.group("part1")
            and m.group("part1").lower() == "half"
            and _AND_A_HALF_BEFORE.search(text, max(0, m.start() - 20), m.start())
        ):
            continue  # "two and a half thousand", "an hour and a half": part of a number
        if m.group("part1") and _PAST_AN_HOUR.match(text, m.end()) or _TO_AN_HOUR.match(text, m.end()):
            continue  # "a quarter to ten", "half past six": a time of day
        if m.group("part") or m.group("part1"):
            value = _PARTS[(m.group("part") or m.group("part1")).lower()]
        elif m.group("parts"):
            value = _word_or_digits(m.group("many")) * _PARTS[m.group("parts").lower()[:-1]]
        else:
            d = _word_or_digits(m.group("d"))
            if d == 0:
                continue
            value = 100.0 * _word_or_digits(m.group("n")) / d
        if value > 100:
            continue
        hedge_m = _HEDGE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        hedge = hedge_m.group("hedge").lower() if hedge_m else ""
        f_low, f_high, lo_open, hi_open = _HEDGES[hedge] if hedge else (0.9, 1.1, False, False)
        start = hedge_m.start() if hedge_m else m.start()
        after = _SHARE_OF_AFTER.match(text, m.end()) or (_HALF_THE.match(text, m.end()) if m.group("part") else None)
        if after and after.group("those") == "those " and after.group("first").endswith("ed"):
            noun = "person"  # "a third of those infected" ~ "one in three of those affected"
        elif after and after.group("first").lower() not in STOPWORDS:
            owned = [after.group("first"), *after.group("more").split()] if after.group("owner") else [after.group("first")]
            noun = _harm(stem(_head(owned).lower()))
        else:
            noun = _share_of(text, start)
        span = Span(start, m.end(), text[start : m.end()])
        out.append(Quantity(span, value, "%", value * f_low, min(100.0, value * f_high), lo_open, hi_open, hedge, noun))
    return out


_POINT_PART = CaseBlind(r"(?<![\w-])(?P<part>half|a\s+quarter|three\s+quarters)\s+(?:of\s+)?a\s+percentage\s+point\b")
_POINT_PARTS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}


def _point_parts(text: str) -> list[Quantity]:
    """ "Half a percentage point", "a quarter of a percentage point": a change in a rate."""
    out = []
    for m in _POINT_PART.finditer(text):
        value = _POINT_PARTS[" ".join(m.group("part").lower().split())]
        out.append(
            Quantity(
                Span(m.start(), m.end(), m.group(0)), value, "pp", value, value, False, False, "", _share_of(text, m.start())
            )
        )
    return out


def _word_or_digits(word: str) -> float:
    return float(word) if word.isdigit() else float(_SMALL[word.lower()])


# "Turnout was 45 percent", "the jobless rate rose to 6.2 percent": the share the figure is of,
# named as the subject before it.
_SHARE_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+)\s+(?:(?:has|had|have)\s+)?(?:was|is|stood\s+at|stands\s+at|reached|rose\s+to|risen\s+to|"
    r"fell\s+to|fallen\s+to|dropped\s+to|climbed\s+to|hit|came\s+in\s+at|of|(?:is\s+|was\s+)?(?:worth|valued\s+at))\s+$",
    re.IGNORECASE,
)


def _share_of(text: str, start: int) -> str:
    found = _SHARE_BEFORE.search(text, max(0, start - 40), start)
    if found is None or found.group("noun").lower() in STOPWORDS:
        return ""
    return stem(found.group("noun").lower())


# "The death toll … has reached 96", "put the number of wounded at 12": a count of harm named
# before its figure.
_TOLL_BEFORE = re.compile(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?P<harm>dead|deaths|fatalities|killed|injured|wounded))"
    r"\b[^.;:]{0,60}?\b(?:reached|rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|stood\s+at|stands\s+at|is|was|at)\s+$",
    re.IGNORECASE,
)


_IRREGULAR_PLURALS = frozenset(["children", "men", "women", "people", "police", "feet", "teeth", "mice", "geese"])


# Participles that do not end in -ed: "a 2 percent rise spread over two years" counts a rise.
_BARE_PARTICIPLES = frozenset(
    [
        "spread",
        "set",
        "cut",
        "put",
        "paid",
        "sent",
        "held",
        "left",
        "made",
        "built",
        "sold",
        "given",
        "taken",
        "seen",
        "shown",
        "due",
    ]
)


# A unit of length made a unit of area or volume by the word before it: "about 420 metres
# underground" and "400 cubic metres an hour" measure two things.
_SIZED = re.compile(r"\b(cubic|square)\s+(\w+)\b", re.IGNORECASE)


def _measured(window: str, word: str, noun: str) -> str:
    """`noun` (the stem of `word`, the head counted in `window`) with the word that makes it a
    measure of area or volume ("cubic metr", "square mile")."""
    at = re.search(rf"\b{re.escape(word)}\b", window)
    if at is None:
        return noun
    sized = _SIZED.search(window, max(0, at.start() - 8), at.end())
    return f"{sized.group(1).lower()} {noun}" if sized is not None and sized.group(2) == word else noun


def _head(words: list[str]) -> str:
    """Last word of a run of modifiers and nouns: stop after a plural or before a verb form."""
    head = words[0]
    for nxt in words[1:3]:
        if head.lower().endswith("s") and not head.lower().endswith("ss") or head.lower() in _IRREGULAR_PLURALS:
            break
        if (
            nxt.lower() in _SKIP_AFTER | _BARE_PARTICIPLES | _PLACE_PREPOSITIONS
            or nxt[0].isupper()
            or re.search(r"(?:ed|ing)$", nxt)
        ):
            break
        head = nxt
    return head


# Prepositions that end the counted noun phrase and are not stop words ("two tonnes of cocaine
# aboard the trawler": cocaine; "300 hectares of forest across the valley": forest).
_PLACE_PREPOSITIONS = frozenset(
    ["aboard", "across", "inside", "outside", "near", "along", "behind", "beneath", "onto", "toward", "towards"]
    + ["despite", "amid", "amidst", "via", "throughout", "beyond", "around"]
)


# "The number of evacuees rose to 5,000", "put the number of confirmed cases at 420": the
# figure counts the noun after "number of" (a toll of harm is read by _TOLL_BEFORE).
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\s+of\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?\b[^.;:]{0,60}?"
    r"\b(?:reached|rose\s+to|risen\s+to|climbed\s+to|jumped\s+to|fell\s+to|dropped\s+to|stood\s+at|stands\s+at|is|was|at)\s+$",
    re.IGNORECASE,
)


def _tallied(m: re.Match[str]) -> str:
    """The noun after "number of": the first word ("homes destroyed", "infections stood at"), or
    the second after a word that describes it ("confirmed cases", "new infections"); people by
    what befell them ("people evacuated")."""
    first, second = m.group("first").lower(), (m.group("second") or "").lower()
    if first in _PERSON_WORDS:  # "the number of people evacuated": the event, as for "8,000 people were evacuated"
        return _harm(stem(second)) if second.endswith("ed") else "person"
    described = first.endswith("ed") or first in _TALLY_ADJECTIVES  # "confirmed cases", "new infections"
    return _harm(stem(second if described and second and second not in STOPWORDS else first))


# Words before the noun after "number of" that describe it ("the number of new cases").
_TALLY_ADJECTIVES = frozenset(["new", "total", "daily", "weekly", "official", "known", "active"])


_AUXILIARIES = frozenset(["were", "was", "have", "had", "are", "been", "being", "be"])


def _person_event(text: str, start: int, rest: list[str]) -> str:
    """'12 people were detained' → detain; 'police detained 12 people' → detain; else person."""
    if len(rest) >= 2 and rest[0].lower() in _AUXILIARIES:
        verb = next((w.lower() for w in rest[1:3] if w.lower() not in _AUXILIARIES), rest[1].lower())
        return _harm(stem(verb))  # "8,000 people had been evacuated": evacuated, not "been"
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 25) : start])
    if before and re.search(r"ed$", before[-1]):
        return _harm(stem(before[-1].lower()))
    if before and before[-1].lower().endswith("ing") and stem(before[-1].lower()) in _HARM:
        return _HARM[stem(before[-1].lower())]  # "killing at least 148 people"
    return "person"


def _harm(noun: str) -> str:
    return _HARM.get(noun, counted_kind(noun))


_KIND_OF = {form: kind[0] for kind in COUNTED_KINDS for word in kind for form in (word, stem(word))}


def measure_word(noun: str) -> bool:
    """A unit of measure or of money, as a lemma ("hectare", "tonne", "crown"): what it counts
    is an amount, never people or things ("affected 5,000 hectares" is an area, not a toll)."""
    return noun in _UNITS or noun + "s" in _UNITS or noun in CURRENCIES or noun in _CURRENCY_WORD


def counted_kind(noun: str) -> str:
    """One name for a counted noun and its synonyms (COUNTED_KINDS), as a lemma or a stem:
    "troops" and "servicemen" are counted as soldiers."""
    return _KIND_OF.get(noun, noun)


_TIMES_BEFORE = re.compile(rf"(?<![\w-])(\d+|{_WORDNUM})\s+times\s+$", re.IGNORECASE)


def _frequencies(text: str, taken: list[Quantity]) -> list[Quantity]:
    out: list[Quantity] = []
    lowered = text.lower()
    if not any(t in lowered for t in _FREQ_TRIGGER):
        return out
    for m in _FREQ_RX.finditer(text):
        if any(q.span.start < m.end() and m.start() < q.span.end for q in taken):
            continue
        hedge = (m.group("hedge") or "").lower()
        if m.group("freq").lower().startswith("a ") and hedge not in ("once", "twice"):
            counted = _TIMES_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if counted is None:
                continue  # "for a week", "providing a month": a span of time, not a rate
            n = counted.group(1).lower()
            hedge, value = "", float(n) if n.isdigit() else float(_word_value(n))
        else:
            value = {"once": 1.0, "twice": 2.0}.get(hedge, 1.0)
        low, high, lo_open, hi_open = value, value, False, False
        if hedge in _HEDGES:  # "almost monthly" is about monthly: a closed interval
            f_low, f_high, _, _ = _HEDGES[hedge]
            low, high = value * f_low, value * max(f_high, 1.0)
        out.append(
            Quantity(
                Span(m.start(), m.end(), m.group(0)),
                value,
                _FREQUENCY[m.group("freq").lower()],
                low,
                high,
                lo_open,
                hi_open,
                hedge if hedge in _HEDGES else "",
                "frequency",
            )
        )
    return out


# "within a year", "for nearly an hour", "more than a decade", "a full week": one of a unit of time. Not a
# rate ("twice a week", "$5 a month", "three times a year"); a part of one is its part ("half an
# hour", "three quarters of an hour").
_ONE_SPAN = CaseBlind(
    r"(?<![\w-])an?\s+(?:(?:full|whole|entire)\s+)?(?P<unit>hour|day|week|month|year|decade)(?![\w-])"
)  # also "for a full week", "a whole day"
_RATE_BEFORE = re.compile(
    rf"(?:\b(?:once|twice|thrice|times|per)|\d|[$€£₽¥]\S*|(?:\d[\d,.]*|\b(?:{_WORDNUM}))(?:\s+[a-z-]+){{0,2}}\s+[a-z-]+s)\s+$",
    re.IGNORECASE,
)  # also "three meals a day", "40 hours a week", "8 billion cubic metres a year"


# An amount just before a unit of time, which it is per: "600 cubic metres of water an hour",
# "300 tonnes of grain a day", "9.4 percent a year" (a plural right before it: `_RATE_BEFORE`).
_AMOUNT_PER = re.compile(
    rf"(?:\d[\d,.]*|\b(?:{_WORDNUM}))\s+(?:(?:[a-z-]+\s+){{0,2}}of\s+[a-z-]+|percent|per\s+cent)\s+$|\d\s*%\s+$",
    re.IGNORECASE,
)


def _amount_per(text: str, start: int) -> bool:
    return _AMOUNT_PER.search(text, max(0, start - 50), start) is not None


def _single_spans(text: str, taken: list[Quantity], exclude: Sequence[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _ONE_SPAN.finditer(text):
        s, e = m.start(), m.end()
        if any(q.span.start < e and s < q.span.end for q in taken) or any(s < xe and xs < e for xs, xe in exclude):
            continue
        if _RATE_BEFORE.search(text, max(0, s - 40), s) or _OWNED_AFTER.match(text, e) or _amount_per(text, s):
            continue  # "twice a week"; "a month's rent"; "600 cubic metres of water an hour"
        hedge_m = _HEDGE_BEFORE.search(text, max(0, s - 30), s)
        hedge = hedge_m.group("hedge").lower() if hedge_m else ""
        low, high, lo_open, hi_open = _HEDGES.get(hedge, (1.0, 1.0, False, False))
        start = hedge_m.start() if hedge_m else s
        unit = _UNITS[m.group("unit").lower()]
        value = 1.0
        scaled = _part_of_time(text, start, e, value, low, high)  # "three quarters of an hour", "a year and a half"
        if scaled is not None:
            (value, low, high), start, e = scaled
        if _POINT_AFTER.match(text, e):
            continue  # "half an hour later": a point in time
        out.append(Quantity(Span(start, e, text[start:e]), value, unit, low, high, lo_open, hi_open, hedge, ""))
    return out


def _zeros(text: str) -> list[Quantity]:
    """'no casualties', 'nobody was hurt': a count of zero for the noun that follows."""
    out = []
    for m in _NO_NOUN.finditer(text):
        neg = m.group("neg").lower()
        noun = m.group("noun") or ""
        if neg in ("nobody", "no one", "none"):
            rest = re.match(r"\s+(?:was|were|has been|had been|is|got)\s+([a-z]+)", text[m.end("neg") :])
            noun = rest.group(1) if rest else "person"
        if not noun or noun.lower() in STOPWORDS:
            continue
        n = _harm(stem(noun.lower()))
        if not n.startswith("casualty"):
            continue  # only counts of harm: "no joint communique" is a negation, not a count
        out.append(Quantity(Span(m.start(), m.end(), m.group(0)), 0.0, "", 0.0, 0.0, False, False, "", n))
    return out


# Units of a length of time: such a figure needs no noun to say what it measures.
DURATION_UNITS = frozenset(["h", "min", "d", "wk", "mo", "yr", "decade"])


_FRACTION_BEFORE = re.compile(
    r"(?:\b(one|two|three|a)\s+)?\b(quarters?|half|thirds?)\s+(?:of\s+)?$", re.IGNORECASE
)  # "three quarters of an hour", "half an hour", "two thirds of a year"
_OWNED_AFTER = re.compile(r"['’]s\b")  # "half a month's rent": a sum, not a length of time
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b", re.IGNORECASE)
_FRACTIONS = {"quarter": 0.25, "quarters": 0.25, "half": 0.5, "third": 1 / 3, "thirds": 1 / 3}


def _part_of_time(
    text: str, start: int, end: int, value: float, low: float, high: float
) -> tuple[tuple[float, float, float], int, int] | None:
    """A part or a half more of a length of time, with where its words begin and end: "three
    quarters of an hour" (0.75), "half an hour" (0.5), "an hour and a half" (1.5); else None."""
    before = _FRACTION_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and _OWNED_AFTER.match(text, end):
        return None
    if before is not None:
        times = _SMALL.get((before.group(1) or "").lower(), 1)  # "a quarter": one
        part = _FRACTIONS[before.group(2).lower()] * times
        scale = part / value if value else part
        return (value * scale, low * scale, high * scale if high != float("inf") else high), before.start(), end
    after = _HALF_AFTER.match(text, end)
    if after is not None:
        return (value + 0.5, low + 0.5, high + 0.5 if high != float("inf") else high), start, after.end()
    return None


# Lengths of time in hours, and how much a converted figure is widened: a month or a year is not
# always as long, and whoever converts rounds ("six weeks" is "a month and a half").
_HOURS = {"min": 1 / 60, "h": 1.0, "d": 24.0, "wk": 168.0, "mo": 730.5, "yr": 8766.0, "decade": 87660.0}
_ROUGH = {"mo": 0.1, "yr": 0.02, "decade": 0.02}  # "six weeks" is "a month and a half"


def in_one_unit(a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """Two lengths of time in the smaller of their units ("48 hours" and "five days": 48 h and
    120 h; "six weeks" and "three months": 42 d and about 91 d), any other two as they are."""
    if a.unit == b.unit or a.unit not in _HOURS or b.unit not in _HOURS:
        return a, b
    if _HOURS[a.unit] > _HOURS[b.unit]:
        return _in_unit(a, b.unit), b
    return a, _in_unit(b, a.unit)


def _in_unit(q: Quantity, unit: str) -> Quantity:
    size = _HOURS[q.unit] / _HOURS[unit]
    slack = _ROUGH.get(q.unit, 0.0)
    high = q.high if q.high == float("inf") else q.high * size * (1 + slack)
    return replace(q, value=q.value * size, low=q.low * size * (1 - slack), high=high, unit=unit)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Same unit and the same counted thing (an empty noun matches when the unit says it all)."""
    if a.unit != b.unit:
        return False
    if a.noun and b.noun:
        return counted_kind(a.noun) == counted_kind(b.noun) or _same_harm(a, b)
    # an area says what it counts ("burned 8,000 hectares of forest" ~ "affected 5,000 hectares")
    return a.unit in DURATION_UNITS or a.unit in ("per month", "per week", "per day", "per year", "magnitude", "ha", "°C")


def filed_under(q: Quantity) -> tuple[tuple[str, str], ...]:
    """Keys to file a quantity under so that `looked_up_by` finds every quantity `comparable`
    with another without comparing it with all of them: comparable(a, b) implies that
    looked_up_by(a) and filed_under(b) share a key (tests/test_quantities.py checks it)."""
    return ((q.unit, _noun_class(q.noun)), (q.unit, "*"))


def looked_up_by(q: Quantity) -> tuple[tuple[str, str], ...]:
    """The keys under which the quantities `comparable` with `q` are filed (see `filed_under`)."""
    return ((q.unit, _noun_class(q.noun)), (q.unit, "")) if q.noun else ((q.unit, "*"),)


_PEOPLE = {form: word for word in COUNTED_PEOPLE for form in (word, stem(word))}
_ANYONE = {form for word in ANYONE_WORDS for form in (word, stem(word))}


def counts_people(word: str) -> bool:
    """A counted noun (lemma or stem) for people (COUNTED_PEOPLE)."""
    return word.split(":")[-1] in _PEOPLE


def both_people(x: str, y: str) -> bool:
    """Two counted nouns (lemmas or stems) for one group of people: a word for anyone ("people",
    "residents") and a word for people of some kind ("evacuated 1,200 residents" ~
    "twelve hundred civilians were moved out"; "30,000 people" ~ "30,000 passengers"). Two
    kinds ("soldiers", "civilians"; "protesters", "police officers") are not one group."""
    x, y = x.split(":")[-1], y.split(":")[-1]
    return x in _PEOPLE and y in _PEOPLE and (x in _ANYONE or y in _ANYONE or counted_kind(x) == counted_kind(y))


def _noun_class(noun: str) -> str:
    return "casualty" if noun.startswith("casualty") else counted_kind(noun)


def _same_harm(a: Quantity, b: Quantity) -> bool:
    """Deaths and injuries are different counts; "casualties", or a zero, covers both."""
    kinds = (a.noun, b.noun)
    if not all(k.startswith("casualty") for k in kinds):
        return False
    return "casualty" in kinds or 0.0 in (a.high, b.high)


def overlaps(a: Quantity, b: Quantity) -> bool:
    """Whether the two intervals share a point, honouring open ends (with a rounding tolerance)."""
    eps = 1e-9 * max(1.0, abs(a.value), abs(b.value))
    lo = max(a.low, b.low)
    hi = min(a.high, b.high)
    if lo < hi - eps:
        return True
    if abs(lo - hi) <= eps:
        lo_open = (a.low_open and abs(a.low - lo) <= eps) or (b.low_open and abs(b.low - lo) <= eps)
        hi_open = (a.high_open and abs(a.high - hi) <= eps) or (b.high_open and abs(b.high - hi) <= eps)
        return not (lo_open or hi_open)
    return False


# Hedges of an estimate near its figure ("about 600", "nearly 250,000"), not of a bound ("more than").
_ESTIMATES = frozenset(w for w, (lo, hi, _, _) in _HEDGES.items() if lo > 0.0 and hi < INF and (lo, hi) != (1.0, 1.0))
ESTIMATES_APART = 1.25  # two estimates whose figures are further apart than this factor are two figures


def estimates_apart(a: Quantity, b: Quantity) -> bool:
    """Two estimates whose figures are more than `ESTIMATES_APART` times apart: "about 600" and
    "around 400" are read as two figures, though the ranges a hedge allows (+-20%) touch at 480.
    An estimate against an exact figure keeps the hedge's whole range ("about 600" ~ "550")."""
    if a.hedge.lower() not in _ESTIMATES or b.hedge.lower() not in _ESTIMATES:
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high > ESTIMATES_APART * low


# A lower bound this many times below another figure of the same thing: "more than 20 people
# died" and "about 100 died" are not shown to be one figure ("more than 200" ~ "about 250" are).
BOUND_BELOW = 2.0


def bound_far_below(a: Quantity, b: Quantity) -> bool:
    """One figure is only a lower bound ("more than 20") and the other an estimate or an exact
    figure more than `BOUND_BELOW` times above it ("about 100"): the one includes the other, so
    no clash, but nothing shows them one figure either (the judge calls the pair related)."""
    for bound, other in ((a, b), (b, a)):
        if (
            bound.high == INF
            and bound.low > 0
            and other.high != INF
            and other.low > 0
            and other.value > BOUND_BELOW * bound.value
        ):
            return True
    return False


def _slack(q: Quantity) -> float:
    """Twice the share of the rounding tolerance of `overlaps` that `q` brings: the tolerance
    for a pair is the larger of the two halves, so widening each interval by its own half
    (doubled, against rounding here) never loses a pair that `overlaps` accepts."""
    return 2e-9 * max(1.0, abs(q.value))


class QuantityShelf:
    """Quantities (each with a position) found by interval: `overlapping(q)` returns the
    positions of every quantity `t` on the shelf for which `overlaps(q, t)` may hold, a
    superset of them, without looking at all of them.

    Each interval, widened by its share of the rounding tolerance, is filed by the binary
    exponent of its width and sorted by its low end: an interval of width under 2**e meets
    [lo, hi] only if its low end lies in [lo - 2**e, hi], one bisection per width class.
    Intervals with an infinite end are kept apart, sorted by low end, and filtered.
    """

    def __init__(self) -> None:
        self._rows: dict[int | None, list[tuple[float, float, int]]] = {}
        self._lows: dict[int | None, list[float]] = {}

    def add(self, q: Quantity, position: int) -> None:
        s = _slack(q)
        lo, hi = q.low - s, q.high + s
        width = hi - lo
        key = math.frexp(width)[1] if math.isfinite(width) else None
        self._rows.setdefault(key, []).append((lo, hi, position))
        self._lows.pop(key, None)

    def overlapping(self, q: Quantity) -> list[int]:
        s = _slack(q)
        lo, hi = q.low - s, q.high + s
        out: list[int] = []
        for key, rows in self._rows.items():
            lows = self._sorted(key)
            first = 0 if key is None or key > 1000 else bisect.bisect_left(lows, lo - 2.0 ** (key + 1))
            last = bisect.bisect_right(lows, hi)
            out.extend(k for r_lo, r_hi, k in rows[first:last] if r_hi >= lo and r_lo <= hi)
        return out

    def _sorted(self, key: int | None) -> list[float]:
        if key not in self._lows:
            self._rows[key].sort()
            self._lows[key] = [r[0] for r in self._rows[key]]
        return self._lows[key]
