"""The unit lexicon: what a writer's unit surface means, and how units compare.

Every unit has a canonical name (ISO 4217 for money, standard names for physical units), a dimension and a
factor to the dimension's base unit. Clusters only compare claims of one dimension, and they compare them in
base units, so "7 miles" and "11 km" can meet while "$5" and "€5" never do.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.claims.screens import trie_pattern


class UnitInfo(NamedTuple):
    dimension: str
    factor: float  # multiply a value in this unit by factor to get the dimension's base unit
    base: str


def _u(dimension: str, factor: float = 1.0, base: str | None = None) -> UnitInfo:
    return UnitInfo(dimension, factor, base or dimension)


CURRENCIES = [
    "USD", "EUR", "GBP", "JPY", "INR", "CNY", "AUD", "CAD", "HKD", "NZD", "SGD", "CHF", "ILS", "MYR", "DKK",
    "SEK", "NOK", "KRW", "RUB", "BRL", "ZAR", "TRY", "MXN", "AED", "SAR", "NGN", "HRK", "PHP", "IDR", "THB",
    "PLN", "HUF", "CZK", "KES", "EGP", "PKR", "BDT", "VND", "ARS", "CLP", "COP", "QAR", "KWD", "UAH",
]  # fmt: skip

UNITS: dict[str, UnitInfo] = {c: _u(c) for c in CURRENCIES}
UNITS.update(
    {
        "GBX": _u("GBP", 0.01, "GBP"),  # pence, how London share prices are quoted
        "count": _u("count"),
        "percent": _u("percent"),
        "percentage_point": _u("percentage_point"),
        "basis_point": _u("percentage_point", 0.01, "percentage_point"),
        "fraction": _u("percent", 100.0, "percent"),  # "one-third of viewers" meets "33% of viewers"
        "ratio": _u("ratio"),
        "point": _u("point"),
        "metre": _u("length", 1.0, "metre"),
        "millimetre": _u("length", 1e-3, "metre"),
        "centimetre": _u("length", 1e-2, "metre"),
        "kilometre": _u("length", 1e3, "metre"),
        "micrometre": _u("length", 1e-6, "metre"),
        "nanometre": _u("length", 1e-9, "metre"),
        "inch": _u("length", 0.0254, "metre"),
        "foot": _u("length", 0.3048, "metre"),
        "yard": _u("length", 0.9144, "metre"),
        "mile": _u("length", 1609.344, "metre"),
        "nautical_mile": _u("length", 1852.0, "metre"),
        "kilogram": _u("mass", 1.0, "kilogram"),
        "gram": _u("mass", 1e-3, "kilogram"),
        "milligram": _u("mass", 1e-6, "kilogram"),
        "tonne": _u("mass", 1e3, "kilogram"),
        "ton": _u("mass", 907.185, "kilogram"),
        "pound_mass": _u("mass", 0.45359237, "kilogram"),
        "ounce": _u("mass", 0.0283495, "kilogram"),
        "second": _u("time", 1.0, "second"),
        "minute": _u("time", 60.0, "second"),
        "hour": _u("time", 3600.0, "second"),
        "day": _u("time", 86400.0, "second"),
        "week": _u("time", 604800.0, "second"),
        "month": _u("time", 2629746.0, "second"),
        "year": _u("time", 31556952.0, "second"),
        "decade": _u("time", 315569520.0, "second"),
        "kilometre_per_hour": _u("speed", 1 / 3.6, "metre_per_second"),
        "mile_per_hour": _u("speed", 0.44704, "metre_per_second"),
        "metre_per_second": _u("speed", 1.0, "metre_per_second"),
        "knot": _u("speed", 0.514444, "metre_per_second"),
        "degree_celsius": _u("degree_celsius"),
        "degree_fahrenheit": _u("degree_fahrenheit"),
        "degree": _u("degree"),
        "watt": _u("power", 1.0, "watt"),
        "kilowatt": _u("power", 1e3, "watt"),
        "megawatt": _u("power", 1e6, "watt"),
        "gigawatt": _u("power", 1e9, "watt"),
        "horsepower": _u("power", 745.7, "watt"),
        "kilowatt_hour": _u("energy", 1.0, "kilowatt_hour"),
        "megawatt_hour": _u("energy", 1e3, "kilowatt_hour"),
        "gigawatt_hour": _u("energy", 1e6, "kilowatt_hour"),
        "terawatt_hour": _u("energy", 1e9, "kilowatt_hour"),
        "milliampere_hour": _u("charge"),
        "kilobyte": _u("data", 1e3, "byte"),
        "megabyte": _u("data", 1e6, "byte"),
        "gigabyte": _u("data", 1e9, "byte"),
        "terabyte": _u("data", 1e12, "byte"),
        "megabyte_per_second": _u("data_rate", 1e6, "byte_per_second"),
        "gigabyte_per_second": _u("data_rate", 1e9, "byte_per_second"),
        "kilobit_per_second": _u("bandwidth", 1e3, "bit_per_second"),
        "megabit_per_second": _u("bandwidth", 1e6, "bit_per_second"),
        "gigabit_per_second": _u("bandwidth", 1e9, "bit_per_second"),
        "hertz": _u("frequency", 1.0, "hertz"),
        "kilohertz": _u("frequency", 1e3, "hertz"),
        "megahertz": _u("frequency", 1e6, "hertz"),
        "gigahertz": _u("frequency", 1e9, "hertz"),
        "revolution_per_minute": _u("revolution_per_minute"),
        "litre": _u("volume", 1.0, "litre"),
        "millilitre": _u("volume", 1e-3, "litre"),
        "gallon": _u("volume", 3.78541, "litre"),
        "barrel": _u("volume", 158.987, "litre"),
        "cubic_foot": _u("volume", 28.3168, "litre"),
        "barrel_per_day": _u("flow", 1.0, "barrel_per_day"),
        "cubic_metre": _u("volume", 1000.0, "litre"),
        "cubic_kilometre": _u("volume", 1e12, "litre"),
        "square_metre": _u("area", 1.0, "square_metre"),
        "square_centimetre": _u("area", 1e-4, "square_metre"),
        "square_foot": _u("area", 0.092903, "square_metre"),
        "square_kilometre": _u("area", 1e6, "square_metre"),
        "square_mile": _u("area", 2589988.0, "square_metre"),
        "acre": _u("area", 4046.86, "square_metre"),
        "hectare": _u("area", 1e4, "square_metre"),
        "mile_per_gallon": _u("mile_per_gallon"),
        "part_per_million": _u("concentration", 1e3, "part_per_billion"),
        "part_per_billion": _u("concentration", 1.0, "part_per_billion"),
        "volt": _u("volt"),
        "ampere": _u("ampere"),
        "newton_metre": _u("torque", 1.0, "newton_metre"),
        "pound_foot": _u("torque", 1.35582, "newton_metre"),
        "decibel": _u("decibel"),
        "gigapascal": _u("pressure", 1e9, "pascal"),
        "calorie": _u("calorie"),
        "cubic_centimetre": _u("volume", 1e-3, "litre"),
        "watt_hour": _u("energy", 1e-3, "kilowatt_hour"),
        "nit": _u("nit"),
        "microgram": _u("mass", 1e-9, "kilogram"),
        "megapixel": _u("megapixel"),
        "kilobit": _u("data", 125.0, "byte"),
        "megabit": _u("data", 1.25e5, "byte"),
        "gigabit": _u("data", 1.25e8, "byte"),
        "megaflops": _u("computing_speed", 1e6, "flops"),
        "gigaflops": _u("computing_speed", 1e9, "flops"),
        "teraflops": _u("computing_speed", 1e12, "flops"),
        "petaflops": _u("computing_speed", 1e15, "flops"),
        "pound_per_square_inch": _u("pressure", 6894.76, "pascal"),
        "carat": _u("mass", 0.0002, "kilogram"),
        "gigatonne": _u("mass", 1e12, "kilogram"),
        "megatonne": _u("mass", 1e9, "kilogram"),
        "stone": _u("mass", 6.35029, "kilogram"),
        "light_year": _u("length", 9.4607e15, "metre"),
        # energy as gas and power markets price it ("£1.30 per gigajoule", "$6 per million BTU")
        "joule": _u("energy", 1 / 3.6e6, "kilowatt_hour"),
        "kilojoule": _u("energy", 1 / 3.6e3, "kilowatt_hour"),
        "megajoule": _u("energy", 1 / 3.6, "kilowatt_hour"),
        "gigajoule": _u("energy", 1e3 / 3.6, "kilowatt_hour"),
        "therm": _u("energy", 29.3071, "kilowatt_hour"),
        "million_btu": _u("energy", 293.071, "kilowatt_hour"),
        # lengths of science copy ("a 2 dm pipe", "a 50-picometre gap"), kitchen measures of recipe and food copy
        # ("3 tablespoons of sugar", "half a cup of milk")
        "decimetre": _u("length", 0.1, "metre"),
        "picometre": _u("length", 1e-12, "metre"),
        "teaspoon": _u("volume", 0.00492892, "litre"),
        "tablespoon": _u("volume", 0.0147868, "litre"),
        "cup": _u("volume", 0.236588, "litre"),
    }
)

# Money written before the number. Longest first so that "US$" wins over "$".
CURRENCY_PREFIX: dict[str, str] = {
    "US$": "USD", "US $": "USD", "U.S. $": "USD", "$US": "USD", "USD": "USD", "USD ": "USD",
    "A$": "AUD", "$A": "AUD", "AU$": "AUD", "AUD": "AUD", "C$": "CAD", "C $": "CAD", "CA$": "CAD",
    "CAD": "CAD", "HK$": "HKD", "HK $": "HKD", "HKD": "HKD", "NZ$": "NZD", "NZD": "NZD", "S$": "SGD",
    "SGD": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR", "¥": "JPY",
    "Y=": "JPY", "JPY": "JPY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR", "RM": "MYR", "CHF": "CHF",
    "CNY": "CNY", "RMB": "CNY", "₩": "KRW", "₽": "RUB", "₪": "ILS", "NIS": "ILS", "₺": "TRY", "₦": "NGN",
    "Rp": "IDR", "₱": "PHP", "฿": "THB", "₫": "VND", "₴": "UAH", "NT$": "TWD", "KSh": "KES", "Ksh": "KES",
    "MX$": "MXN", "CN¥": "CNY",
    # a code or a country's short name glued to the dollar sign ("MXN$ 15", "Mex$ 10 million", "CAD$ 40")
    "MXN$": "MXN", "Mex$": "MXN", "CAD$": "CAD", "AUD$": "AUD", "NZD$": "NZD", "HKD$": "HKD", "SGD$": "SGD",
    "USD$": "USD", "Col$": "COP", "COP$": "COP", "ARS$": "ARS", "CLP$": "CLP",
    # the signs of smaller currencies ("₡5,000", "₭100,000", "₾20")
    "₡": "CRC", "₭": "LAK", "₾": "GEL", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "₿": "BTC",
    # the Gulf's and South Asia's own abbreviations ("Dh2.1bn", "SR500m", "Tk 50 crore", "SFr 3m")
    "Dh": "AED", "Dhs": "AED", "SR": "SAR", "QR": "QAR", "KD": "KWD", "E£": "EGP", "Tk": "BDT", "SFr": "CHF",
}  # fmt: skip
CURRENCY_PREFIX.update({code: code for code in CURRENCIES})  # "CHF 12", "SEK 3.4bn"
_PREFIX_FOLDED = {k.upper(): v for k, v in sorted(CURRENCY_PREFIX.items(), key=lambda kv: kv[0] != kv[0].upper())}


def currency_of_prefix(prefix: str) -> str:
    """The ISO code of a currency written before a number, whatever its case ("c $ 5" from lower-cased text)."""
    for key in (prefix, prefix.strip()):
        if key in CURRENCY_PREFIX:
            return CURRENCY_PREFIX[key]
    return _PREFIX_FOLDED.get(prefix.strip().upper(), _PREFIX_FOLDED.get(prefix.upper(), "USD"))


CURRENCY_PREFIX_RE = "|".join(re.escape(k) for k in sorted(CURRENCY_PREFIX, key=len, reverse=True))

# Money written after the number, case-insensitive; the adjective decides which dollar.
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
    "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "singapore dollars": "SGD", "taiwan dollars": "TWD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "shekels": "ILS", "shekel": "ILS",
    "ringgit": "MYR", "danish crowns": "DKK", "danish kroner": "DKK", "swedish crowns": "SEK",
    "swedish kronor": "SEK", "norwegian crowns": "NOK", "norwegian kroner": "NOK", "kronor": "SEK",
    "kroner": "DKK", "swiss francs": "CHF", "francs": "CHF", "won": "KRW", "rubles": "RUB", "roubles": "RUB",
    "reais": "BRL", "rand": "ZAR", "lira": "TRY", "liras": "TRY", "dirhams": "AED", "riyals": "SAR",
    "naira": "NGN", "kuna": "HRK", "pesos": "MXN", "baht": "THB", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "koruna": "CZK", "shillings": "KES", "rupiah": "IDR", "hryvnia": "UAH", "dong": "VND",
    "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "indian rupees": "INR",
    "pakistani rupees": "PKR", "egyptian pounds": "EGP", "argentine pesos": "ARS", "mexican pesos": "MXN",
    "€": "EUR", "£": "GBP", "quid": "GBP",
    # singular and national forms ("10 US dollar", "100 Chinese yuan"), and currencies of older reports
    "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD", "australian dollar": "AUD",
    "canadian dollar": "CAD", "hong kong dollar": "HKD", "new zealand dollar": "NZD", "singapore dollar": "SGD",
    "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupee": "INR", "swiss franc": "CHF",
    "south african rand": "ZAR", "brazilian real": "BRL", "russian rubles": "RUB", "finnish markka": "FIM",
    "markka": "FIM", "markkaa": "FIM", "deutsche marks": "DEM", "deutschmarks": "DEM", "french francs": "FRF",
    "guilders": "NLG", "dutch guilders": "NLG", "lire": "ITL", "pesetas": "ESP", "元": "CNY",
    # currency signs written after the number ("10 $", "200 ₽", "150 kn", "300 Kč"), as much of Europe writes them
    "$": "USD", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₪": "ILS", "₺": "TRY", "₦": "NGN", "₱": "PHP",
    "฿": "THB", "₫": "VND", "₴": "UAH", "kn": "HRK", "zł": "PLN", "kč": "CZK", "lei": "RON",
    "ruble": "RUB", "rouble": "RUB", "russian roubles": "RUB", "korean won": "KRW",
    "south korean won": "KRW", "turkish lira": "TRY", "polish zloty": "PLN", "czech koruna": "CZK",
    "romanian lei": "RON", "hungarian forint": "HUF", "philippine pesos": "PHP", "thai baht": "THB",
    "nigerian naira": "NGN", "kenyan shillings": "KES", "saudi riyals": "SAR", "uae dirhams": "AED",
    "new taiwan dollars": "TWD", "nt dollars": "TWD", "united states dollars": "USD", "pound sterling": "GBP",
    "rands": "ZAR", "russian ruble": "RUB", "russian rouble": "RUB",
    # the CFA franc of West (XOF) and Central (XAF) Africa: never the Swiss franc that a bare "francs" defaults to
    "cfa francs": "XOF", "cfa franc": "XOF",
    # the same signs written after the number ("100 ₡", "100,000 ₭"), the renminbi's abbreviation after it ("500
    # million RMB"), the Deutsche mark as FX tables write it (read only as money: see ``quantities._read_unit``),
    # and bitcoin, which markets quote like a currency ("10,000 bitcoins", "0.5 BTC")
    "₡": "CRC", "₭": "LAK", "₾": "GEL", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₸": "KZT", "₼": "AZN", "₿": "BTC",
    "rmb": "CNY", "marks": "DEM", "d-marks": "DEM", "bitcoins": "BTC", "bitcoin": "BTC", "btc": "BTC",
    "mexican peso": "MXN", "turkish liras": "TRY", "costa rican colones": "CRC", "colones": "CRC", "colón": "CRC",
    "lari": "GEL", "kip": "LAK", "sri lankan rupees": "LKR", "sri lankan rupee": "LKR",
    # Peru's sol ("50 million soles"); "sol" alone is left out: "a sol" is a day on Mars as often
    "soles": "PEN", "nuevos soles": "PEN", "peruvian soles": "PEN", "peruvian sol": "PEN",
    # the Nordic and Czech crowns as wires write them after the country is named ("2.31 billion crowns", "2.1
    # billion krone"); a bare "crowns" is also a trophy's plural, so ``quantities._read_unit`` reads it as money
    # only when scaled, with decimals or with a crown's country named (the default here is then rarely used)
    "crowns": "SEK", "krone": "DKK", "czech crowns": "CZK", "czech korunas": "CZK",
}  # fmt: skip
CURRENCY_WORDS.update({code.lower(): code for code in CURRENCIES})  # "12 CHF", "300 USD"

# Currency words several countries share: the country the text names decides ("a Norwegian court ... 100,000
# kroner" is NOK, "Argentina ... 242m pesos" ARS); without one the default of ``CURRENCY_WORDS`` stands.
_SHARED_CURRENCIES: dict[str, dict[str, str]] = {
    "pesos": {"argentin": "ARS", "mexic": "MXN", "philippin": "PHP", "filipino": "PHP", "chile": "CLP",
              "colombia": "COP"},
    "rupees": {"india": "INR", "pakistan": "PKR", "sri lanka": "LKR", "nepal": "NPR"},
    "kroner": {"norw": "NOK", "oslo": "NOK", "denmark": "DKK", "danish": "DKK", "copenhagen": "DKK"},
    "krone": {"norw": "NOK", "oslo": "NOK", "denmark": "DKK", "danish": "DKK", "copenhagen": "DKK"},
    "crowns": {"norw": "NOK", "oslo": "NOK", "denmark": "DKK", "danish": "DKK", "copenhagen": "DKK", "swed": "SEK",
               "stockholm": "SEK", "czech": "CZK", "prague": "CZK"},
    "cfa francs": {"cameroon": "XAF", "gabon": "XAF", "chad": "XAF", "congo": "XAF", "central african": "XAF",
                   "equatorial guinea": "XAF"},
}  # fmt: skip
_SHARED_CURRENCIES["rupee"] = _SHARED_CURRENCIES["rupees"]
_SHARED_CURRENCIES["cfa franc"] = _SHARED_CURRENCIES["cfa francs"]
SHARED_CURRENCY_WORDS = frozenset(_SHARED_CURRENCIES)
_COUNTRY_RE = {
    word: re.compile(r"\b(?:" + "|".join(sorted(countries, key=len, reverse=True)) + r")", re.I)
    for word, countries in _SHARED_CURRENCIES.items()
}
_CONTEXT_REACH = 300  # how far around the amount a country is looked for: its sentence and the next few


def currency_in_context(word: str, text: str, start: int) -> str | None:
    """The currency a shared currency word stands for, from the country named nearest to it; None if none is.

    The country is looked for around the amount first; failing that, the last one named earlier in the text
    decides, as a wire names "Norwegian crowns" once and writes "crowns" after it.
    """
    pattern = _COUNTRY_RE.get(word.lower())
    if pattern is None:
        return None
    lo = max(0, start - _CONTEXT_REACH)
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text, lo, start + _CONTEXT_REACH):
        distance = abs(m.start() - start)
        if best is None or distance < best[0]:
            best = (distance, _SHARED_CURRENCIES[word.lower()][m.group(0).lower()])
    if best is None:
        # (to the reach's start plus a name's length: a name that starts before the reach and ends inside it)
        for m in pattern.finditer(text, 0, min(len(text), lo + 40)):
            best = (0, _SHARED_CURRENCIES[word.lower()][m.group(0).lower()])
    return best[1] if best else None


def currencies_named(word: str, text: str) -> set[str]:
    """The currencies a shared currency word may stand for that ``text`` names anywhere: by their country or
    capital ("Norway's fund", "in Oslo") or by their ISO code ("NOK 2,410bn" in a headline)."""
    countries = _SHARED_CURRENCIES.get(word.lower())
    if countries is None:
        return set()
    named = {countries[m.group(0).lower()] for m in _COUNTRY_RE[word.lower()].finditer(text)}
    codes = set(countries.values())
    named |= {m.group(0) for m in _CODE_RE.finditer(text) if m.group(0) in codes}
    return named


_CODE_RE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")  # "NOK 2,410bn", "DKK1.2bn", "(SEK)"


_MORE_CODES = (
    "TWD", "FIM", "DEM", "FRF", "NLG", "ITL", "ESP", "RON", "LKR", "NPR", "XOF", "XAF", "CRC", "LAK", "GEL", "MNT",
    "PYG", "GHS", "KZT", "AZN", "BTC", "PEN",  # (not read as words: "lost his pen 7 times")
)  # fmt: skip
UNITS.update({code: _u(code) for code in _MORE_CODES})
CURRENCY_CODES = frozenset(CURRENCIES) | frozenset(_MORE_CODES)


def is_currency(unit: str) -> bool:
    """Whether ``unit`` is a currency's ISO 4217 code (or BTC): money, as opposed to counts, rates and measures."""
    return unit in CURRENCY_CODES


# "30 MUSD", "120 MEUR", "500 kEUR": a scale letter glued to an ISO code, as Nordic and German reports write money
SCALED_CODE_RE = re.compile(r"\s?(?P<s>MM|M|k|K)(?P<c>" + "|".join(CURRENCIES) + r")(?![A-Za-z])")

# Fractions of a currency: (currency, factor).
SUBUNITS: dict[str, tuple[str, float]] = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "sen": ("MYR", 0.01), "pence": ("GBX", 1.0),
    "p": ("GBX", 1.0), "paise": ("INR", 0.01), "penny": ("GBX", 1.0), "¢": ("USD", 0.01),
    # a cent named by its country, as currency reports quote one currency in another's cents ("78 US cents")
    "US cents": ("USD", 0.01), "U.S. cents": ("USD", 0.01), "US cent": ("USD", 0.01),
    "Australian cents": ("AUD", 0.01), "Canadian cents": ("CAD", 0.01), "NZ cents": ("NZD", 0.01),
    "New Zealand cents": ("NZD", 0.01), "Singapore cents": ("SGD", 0.01), "Hong Kong cents": ("HKD", 0.01),
    "eurocents": ("EUR", 0.01),
    "satoshis": ("BTC", 1e-8), "satoshi": ("BTC", 1e-8),  # a hundred-millionth of a bitcoin
}  # fmt: skip

# "per share", "a barrel": the thing a price is quoted for.
PER_THINGS: dict[str, str] = {
    "share": "share", "barrel": "barrel", "ounce": "ounce", "gram": "gram", "month": "month", "year": "year",
    "mo": "month", "yr": "year", "wk": "week", "hr": "hour", "dozen": "dozen", "annum": "year",
    "day": "day", "week": "week", "hour": "hour", "gallon": "gallon", "litre": "litre", "liter": "litre",
    "square foot": "square_foot", "square feet": "square_foot", "sq ft": "square_foot", "sq m": "square_metre",
    "square metre": "square_metre", "square meter": "square_metre", "tonne": "tonne", "ton": "ton",
    "person": "person", "head": "person", "capita": "person", "night": "night", "kwh": "kilowatt_hour",
    "kilo": "kilogram", "unit": "unit", "household": "household", "passenger": "passenger", "vehicle": "vehicle",
    "mile": "mile", "kilometre": "kilometre", "km": "kilometre", "troy ounce": "ounce", "oz": "ounce",
    "bushel": "bushel", "therm": "therm", "megawatt hour": "megawatt_hour", "seat": "seat", "episode": "episode",
    "mmbtu": "million_btu", "mwh": "megawatt_hour", "pound": "pound_mass", "kilogram": "kilogram",
    "kg": "kilogram", "user": "user", "subscriber": "subscriber", "ticket": "ticket",
    "million british thermal units": "million_btu", "million btu": "million_btu", "mmbtus": "million_btu",
}  # fmt: skip
PER_RE = (
    r"(?:(?:\s?|-)(?:per|a|an|/)(?:\s?|-)|\s-\s(?:a|an)\s-\s)(?P<per>"
    + "|".join(re.escape(k) for k in sorted(PER_THINGS, key=len, reverse=True))
    + r")(?![A-Za-z])(?!\s+(?:earlier|ago|before|later|after|prior))"
)

# Percent-like and multiplier units.
PERCENT_WORDS: dict[str, str] = {
    "%": "percent", "per cent": "percent", "percent": "percent", "per-cent": "percent", "pc": "percent",
    "pct": "percent",
    "percentage points": "percentage_point", "percentage point": "percentage_point",
    "percentage-points": "percentage_point", "percentage-point": "percentage_point",
    "basis-points": "basis_point", "basis-point": "basis_point",
    "per cent points": "percentage_point", "pct points": "percentage_point", "ppts": "percentage_point",
    "ppt": "percentage_point", "percentage pts": "percentage_point", "pc points": "percentage_point",
    "pp": "percentage_point", "basis points": "basis_point", "basis point": "basis_point",
    "bps": "basis_point", "bp": "basis_point", "times": "ratio", "x": "ratio", "fold": "ratio",
    "-fold": "ratio", "percent-owned": "percent", "points": "point", "point": "point", "pts": "point",
}  # fmt: skip

# Physical units matched regardless of case (words and unambiguous abbreviations).
PHYSICAL_WORDS: dict[str, str] = {
    "millimetres": "millimetre", "millimeters": "millimetre", "millimetre": "millimetre",
    "millimeter": "millimetre", "centimetres": "centimetre", "centimeters": "centimetre",
    "centimetre": "centimetre", "centimeter": "centimetre", "kilometres": "kilometre",
    "kilometers": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "metres": "metre",
    "meters": "metre", "metre": "metre", "meter": "metre", "micrometres": "micrometre",
    "micrometers": "micrometre", "microns": "micrometre", "micron": "micrometre", "nanometres": "nanometre",
    "nanometers": "nanometre", "nanometre": "nanometre", "nanometer": "nanometre", "inches": "inch",
    "inch": "inch", "feet": "foot", "foot": "foot", "yards": "yard", "yard": "yard",
    "nautical miles": "nautical_mile", "miles per hour": "mile_per_hour", "mile per hour": "mile_per_hour",
    "miles an hour": "mile_per_hour", "miles per gallon": "mile_per_gallon", "miles": "mile", "mile": "mile",
    "kilometres per hour": "kilometre_per_hour", "kilometers per hour": "kilometre_per_hour",
    "kilometres an hour": "kilometre_per_hour", "metres per second": "metre_per_second",
    "kilograms": "kilogram", "kilogram": "kilogram", "kilos": "kilogram", "grams": "gram", "gram": "gram",
    "milligrams": "milligram", "milligram": "milligram", "tonnes": "tonne", "tonne": "tonne",
    "metric tons": "tonne", "tons": "ton", "ton": "ton", "pounds": "pound_mass", "pound": "pound_mass",
    "lbs": "pound_mass", "lb": "pound_mass", "ounces": "ounce", "ounce": "ounce", "oz": "ounce",
    "seconds": "second", "second": "second", "secs": "second", "sec": "second", "minutes": "minute",
    "minute": "minute", "mins": "minute", "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour",
    "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month", "month": "month",
    "years": "year", "year": "year", "yrs": "year", "decades": "decade", "decade": "decade",
    "year-old": "year", "years old": "year", "year old": "year", "month-old": "month", "months old": "month",
    "mph": "mile_per_hour", "km/h": "kilometre_per_hour", "km/hr": "kilometre_per_hour",
    "kmh": "kilometre_per_hour", "kph": "kilometre_per_hour", "knots": "knot", "m/s": "metre_per_second",
    "degrees celsius": "degree_celsius", "degree celsius": "degree_celsius", "degrees c": "degree_celsius",
    "celsius": "degree_celsius", "°c": "degree_celsius", "degrees fahrenheit": "degree_fahrenheit",
    "degrees f": "degree_fahrenheit", "fahrenheit": "degree_fahrenheit", "°f": "degree_fahrenheit",
    "degrees": "degree", "degree": "degree", "°": "degree",
    "degree fahrenheit": "degree_fahrenheit", "degree f": "degree_fahrenheit", "degree c": "degree_celsius",
    "deg c": "degree_celsius", "deg f": "degree_fahrenheit", "deg celsius": "degree_celsius",
    "deg fahrenheit": "degree_fahrenheit", "degrees centigrade": "degree_celsius", "centigrade": "degree_celsius",
    "yo": "year", "y.o.": "year",
    "watts": "watt", "watt": "watt", "kilowatts": "kilowatt", "kilowatt": "kilowatt",
    "megawatts": "megawatt", "megawatt": "megawatt", "gigawatts": "gigawatt", "gigawatt": "gigawatt",
    "horsepower": "horsepower", "bhp": "horsepower", "hp": "horsepower",
    # power symbols in any case, as lower-cased copy writes them ("a 6kw motor"); "mW" stays apart (milliwatts)
    "kw": "kilowatt", "gw": "gigawatt",
    "kilowatt hours": "kilowatt_hour", "kilowatt-hours": "kilowatt_hour", "kwh": "kilowatt_hour",
    "mwh": "megawatt_hour", "gwh": "gigawatt_hour", "twh": "terawatt_hour", "mah": "milliampere_hour",
    "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "gigabytes": "gigabyte",
    "terabytes": "terabyte", "megabytes": "megabyte", "mbps": "megabit_per_second",
    "gbps": "gigabit_per_second", "hz": "hertz", "hertz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "ghz": "gigahertz", "rpm": "revolution_per_minute", "litres": "litre", "liters": "litre",
    "litre": "litre", "liter": "litre", "millilitres": "millilitre", "milliliters": "millilitre",
    "ml": "millilitre", "gallons": "gallon", "gallon": "gallon", "barrels": "barrel", "barrel": "barrel",
    "barrels a day": "barrel_per_day", "barrels per day": "barrel_per_day", "barrel-a-day": "barrel_per_day",
    "barrels-a-day": "barrel_per_day", "barrel a day": "barrel_per_day", "bpd": "barrel_per_day",
    "b/d": "barrel_per_day", "bbl/d": "barrel_per_day",
    "cubic kilometres": "cubic_kilometre", "cubic kilometers": "cubic_kilometre",
    "cubic feet": "cubic_foot", "cubic metres": "cubic_metre", "cubic meters": "cubic_metre",
    "square metres": "square_metre", "square meters": "square_metre", "sq m": "square_metre",
    "sqm": "square_metre", "m2": "square_metre", "m²": "square_metre", "square feet": "square_foot",
    "sq ft": "square_foot", "square foot": "square_foot", "square kilometres": "square_kilometre",
    "square kilometers": "square_kilometre", "km2": "square_kilometre", "km²": "square_kilometre",
    "square miles": "square_mile", "square mile": "square_mile", "sq mi": "square_mile",
    "acres": "acre", "acre": "acre", "hectares": "hectare",
    "hectare": "hectare", "mpg": "mile_per_gallon", "ppm": "part_per_million", "ppb": "part_per_billion",
    "volts": "volt", "volt": "volt", "amps": "ampere", "amperes": "ampere", "newton metres": "newton_metre",
    "newton meters": "newton_metre", "lb-ft": "pound_foot", "pound-feet": "pound_foot",
    "decibels": "decibel", "db": "decibel", "gigapascals": "gigapascal", "gpa": "gigapascal",
    "calories": "calorie", "cc": "cubic_centimetre", "square km": "square_kilometre",
    "sq km": "square_kilometre", "m3": "cubic_metre", "m³": "cubic_metre", "ºc": "degree_celsius",
    "ºf": "degree_fahrenheit", "yd": "yard", "yds": "yard", "wh": "watt_hour", "nits": "nit",
    "micrograms": "microgram", "mcg": "microgram", "µg": "microgram", "′": "foot",
    "megapixels": "megapixel", "megapixel": "megapixel",
    # data written out in bits ("an eight megabit service") and bit rates "a second"; computers' speed in flops
    "kilobits": "kilobit", "kilobit": "kilobit", "megabits": "megabit", "megabit": "megabit",
    "gigabits": "gigabit", "gigabit": "gigabit", "kilobits a second": "kilobit_per_second",
    "megabits a second": "megabit_per_second", "megabit a second": "megabit_per_second",
    "gigabits a second": "gigabit_per_second", "gigabit a second": "gigabit_per_second",
    "megaflops": "megaflops", "gigaflops": "gigaflops", "teraflops": "teraflops", "petaflops": "petaflops",
    "megaflop": "megaflops", "gigaflop": "gigaflops", "teraflop": "teraflops", "petaflop": "petaflops",
    "psi": "pound_per_square_inch", "carats": "carat", "gigatonnes": "gigatonne", "gigatons": "gigatonne",
    "stone": "stone", "light-years": "light_year", "light years": "light_year",
    "″": "inch", "ft": "foot", "in.": "inch", "mi": "mile",
    # singular and spelling variants of the units above ("5 micrometre", "90 decibel", "2 metric ton", "3 kgs")
    "micrometre": "micrometre", "micrometer": "micrometre", "microgram": "microgram",
    "microgramme": "microgram", "microgrammes": "microgram", "kilogramme": "kilogram", "kilogrammes": "kilogram",
    "kgs": "kilogram", "gramme": "gram", "grammes": "gram", "milligramme": "milligram",
    "milligrammes": "milligram", "metric ton": "tonne", "metric tonne": "tonne", "metric tonnes": "tonne",
    "short ton": "ton", "short tons": "ton", "carat": "carat", "decibel": "decibel", "gigapascal": "gigapascal",
    "kilobyte": "kilobyte", "kilobytes": "kilobyte", "megabyte": "megabyte", "gigabyte": "gigabyte",
    "terabyte": "terabyte", "ampere": "ampere", "amp": "ampere", "knot": "knot", "kms": "kilometre",
    "light-year": "light_year", "light year": "light_year", "yr": "year", "deg": "degree",
    "square metre": "square_metre", "square meter": "square_metre", "square kilometre": "square_kilometre",
    "square kilometer": "square_kilometre", "cubic metre": "cubic_metre", "cubic meter": "cubic_metre",
    "cubic foot": "cubic_foot", "cu ft": "cubic_foot", "cubic kilometre": "cubic_kilometre",
    "cubic kilometer": "cubic_kilometre", "cubic centimetre": "cubic_centimetre",
    "cubic centimetres": "cubic_centimetre", "cubic centimeter": "cubic_centimetre",
    "cubic centimeters": "cubic_centimetre", "kilolitre": "cubic_metre", "kilolitres": "cubic_metre",
    "kiloliter": "cubic_metre", "kiloliters": "cubic_metre", "gal": "gallon", "bbl": "barrel",
    "bbls": "barrel", "ltr": "litre", "ltrs": "litre", "sq. ft.": "square_foot", "sq. ft": "square_foot",
    "sq. m": "square_metre", "sq. km": "square_kilometre", "parts per million": "part_per_million",
    "parts-per-million": "part_per_million", "parts per billion": "part_per_billion",
    "parts-per-billion": "part_per_billion", "kilowatt hour": "kilowatt_hour", "kilowatt-hour": "kilowatt_hour",
    "megawatt hours": "megawatt_hour", "megawatt-hours": "megawatt_hour", "megawatt hour": "megawatt_hour",
    "megawatt-hour": "megawatt_hour", "gigawatt hours": "gigawatt_hour", "gigawatt-hours": "gigawatt_hour",
    "gigawatt hour": "gigawatt_hour", "gigawatt-hour": "gigawatt_hour", "terawatt hours": "terawatt_hour",
    "terawatt-hours": "terawatt_hour", "terawatt hour": "terawatt_hour", "terawatt-hour": "terawatt_hour",
    "watt-hours": "watt_hour", "watt hours": "watt_hour", "milliampere-hour": "milliampere_hour",
    "milliampere hours": "milliampere_hour", "milliamp-hours": "milliampere_hour",
    "newton metre": "newton_metre", "newton meter": "newton_metre", "newton-metres": "newton_metre",
    "newton-meters": "newton_metre", "pound-foot": "pound_foot", "pounds-feet": "pound_foot",
    "pound feet": "pound_foot", "meters per second": "metre_per_second",
    "metre per second": "metre_per_second", "kilometer per hour": "kilometre_per_hour",
    "kilometre per hour": "kilometre_per_hour", "kilometers an hour": "kilometre_per_hour",
    "revolutions per minute": "revolution_per_minute", "pounds per square inch": "pound_per_square_inch",
    "megabits per second": "megabit_per_second", "gigabits per second": "gigabit_per_second",
    "kilobits per second": "kilobit_per_second", "kbps": "kilobit_per_second", "kbit/s": "kilobit_per_second",
    "mbit/s": "megabit_per_second", "gbit/s": "gigabit_per_second", "megabit per second": "megabit_per_second",
    # a degree sign written apart from its scale, and the scales' common misspellings
    "° c": "degree_celsius", "° celsius": "degree_celsius", "°celsius": "degree_celsius", "° f": "degree_fahrenheit",
    "° fahrenheit": "degree_fahrenheit", "°fahrenheit": "degree_fahrenheit", "º c": "degree_celsius",
    "º f": "degree_fahrenheit", "celcius": "degree_celsius", "degrees celcius": "degree_celsius",
    "farenheit": "degree_fahrenheit", "degrees farenheit": "degree_fahrenheit", "fahrenheight": "degree_fahrenheit",
    "kilo": "kilogram", "calorie": "calorie", "milliampere hour": "milliampere_hour",
    "newton-meter": "newton_metre", "newton-metre": "newton_metre",
    # compound units news writes out or abbreviates whole (other "X per Y" rates are read by ``quantities.py``)
    "miles to the gallon": "mile_per_gallon", "gigabit per second": "gigabit_per_second",
    "kilobit per second": "kilobit_per_second", "megabits/s": "megabit_per_second", "cm2": "square_centimetre",
    "cm²": "square_centimetre", "joules": "joule", "joule": "joule", "kilojoules": "kilojoule",
    "kilojoule": "kilojoule", "megajoules": "megajoule", "megajoule": "megajoule", "gigajoules": "gigajoule",
    "gigajoule": "gigajoule", "therms": "therm", "therm": "therm", "mmbtu": "million_btu",
    "million british thermal units": "million_btu", "million btu": "million_btu",
    "square centimetres": "square_centimetre", "square centimeters": "square_centimetre",
    "square centimetre": "square_centimetre", "square centimeter": "square_centimetre",
    "kmph": "kilometre_per_hour", "centigrate": "degree_celsius",
    "decimetres": "decimetre", "decimeters": "decimetre", "decimetre": "decimetre", "decimeter": "decimetre",
    "picometres": "picometre", "picometers": "picometre", "picometre": "picometre", "picometer": "picometre",
    "teaspoons": "teaspoon", "teaspoon": "teaspoon", "tsp": "teaspoon",
    "tablespoons": "tablespoon", "tablespoon": "tablespoon", "tbsp": "tablespoon", "cups": "cup", "cup": "cup",
}  # fmt: skip
# Short symbols whose case matters ("m" metre vs "M" million, "Nm" torque vs "nm" nanometre).
PHYSICAL_SYMBOLS: dict[str, str] = {
    "mm": "millimetre", "cm": "centimetre", "km": "kilometre", "m": "metre", "μm": "micrometre",
    "µm": "micrometre", "kg": "kilogram", "g": "gram", "mg": "milligram", "t": "tonne",
    "min": "minute", "h": "hour", "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt",
    "PS": "horsepower", "Nm": "newton_metre", "nm": "nanometre", "L": "litre", "l": "litre", "mL": "millilitre",
    "C": "degree_celsius", "in": "inch", "MP": "megapixel", "dm": "decimetre",
    "F": "degree_fahrenheit", "V": "volt", "A": "ampere", "Hz": "hertz", "HZ": "hertz", "ha": "hectare",
}  # fmt: skip

# Units of science, weather, engineering and kitchen copy beyond the lexicon above: (dimension info, words matched
# regardless of case, symbols whose case matters). Names and most surfaces follow quantulum3's unit table
# (``quantulum3/units.json``), whose names NewsQuant's gold normaliser shares, so "950 hPa" is ``hectopascal``
# wherever it is scored. Only surfaces that name nothing else after a number are listed: "bar" but not "bars"
# (pubs, chocolate), "kN" but not "N", no "Pa", "PB" or "Mt" (a state, a personal best, Mount); words that also
# name people and places ("14 Newton Road", "the 2000 Millennium Dome", "ATM") are symbols, matched in lower case.
_MORE_UNITS: dict[str, tuple[UnitInfo, tuple[str, ...], tuple[str, ...]]] = {
    # pressure (weather maps, tyres, deep sea)
    "pascal": (_u("pressure", 1.0, "pascal"), (), ("pascals", "pascal")),
    "hectopascal": (_u("pressure", 100.0, "pascal"), ("hectopascals", "hectopascal"), ("hPa",)),
    "kilopascal": (_u("pressure", 1e3, "pascal"), ("kilopascals", "kilopascal"), ("kPa",)),
    "megapascal": (_u("pressure", 1e6, "pascal"), ("megapascals", "megapascal"), ("MPa",)),
    "bar": (_u("pressure", 1e5, "pascal"), (), ("bar",)),
    "millibar": (_u("pressure", 100.0, "pascal"), ("millibars", "millibar", "mbar"), ()),
    "standard_atmosphere": (_u("pressure", 101325.0, "pascal"), ("atmospheres",), ("atm",)),
    "millimeter_of_mercury": (
        _u("pressure", 133.322, "pascal"),
        ("mmhg", "millimetres of mercury", "millimeters of mercury", "millimetre of mercury", "millimeter of mercury"),
        (),
    ),
    # temperature on the absolute scale
    "kelvin": (_u("kelvin"), (), ("kelvins", "kelvin", "°K")),
    # force
    "newton": (_u("force", 1.0, "newton"), (), ("newtons", "newton")),
    "kilonewton": (_u("force", 1e3, "newton"), ("kilonewtons", "kilonewton"), ("kN",)),
    "pound_force": (_u("force", 4.44822, "newton"), ("pounds-force", "pound-force", "pounds of force", "lbf"), ()),
    "kilogram_force": (_u("force", 9.80665, "newton"), ("kilograms-force", "kilogram-force", "kgf"), ()),
    # energy (food, fuel, particle physics, nuclear yields)
    "kilocalorie": (_u("calorie", 1e3, "calorie"), ("kilocalories", "kilocalorie", "kcal"), ()),
    "british_thermal_unit": (
        _u("energy", 2.93071e-4, "kilowatt_hour"), ("british thermal units", "british thermal unit", "btus", "btu"), ()
    ),
    "electronvolt": (
        _u("energy", 4.45049e-26, "kilowatt_hour"),
        ("electronvolts", "electronvolt", "electron volts", "electron volt", "electron-volts", "electron-volt"),
        ("eV",),
    ),
    "kiloelectronvolt": (_u("energy", 4.45049e-23, "kilowatt_hour"), ("kiloelectronvolts",), ("keV",)),
    "megaelectronvolt": (_u("energy", 4.45049e-20, "kilowatt_hour"), ("megaelectronvolts",), ("MeV",)),
    "gigaelectronvolt": (_u("energy", 4.45049e-17, "kilowatt_hour"), ("gigaelectronvolts",), ("GeV",)),
    "teraelectronvolt": (_u("energy", 4.45049e-14, "kilowatt_hour"), ("teraelectronvolts",), ("TeV",)),
    "kiloton": (_u("mass", 1e6, "kilogram"), ("kilotons", "kiloton", "kilotonnes", "kilotonne"), ()),
    "megaton": (_u("mass", 1e9, "kilogram"), ("megatons", "megaton", "megatonnes", "megatonne"), ()),
    # power, electricity
    "milliwatt": (_u("power", 1e-3, "watt"), ("milliwatts", "milliwatt"), ("mW",)),
    "terawatt": (_u("power", 1e12, "watt"), ("terawatts", "terawatt"), ("TW",)),
    "kilovolt": (_u("volt", 1e3, "volt"), ("kilovolts", "kilovolt"), ("kV",)),
    "millivolt": (_u("volt", 1e-3, "volt"), ("millivolts", "millivolt"), ("mV",)),
    "megavolt": (_u("volt", 1e6, "volt"), ("megavolts", "megavolt"), ()),
    "milliampere": (_u("ampere", 1e-3, "ampere"), ("milliamperes", "milliampere", "milliamps", "milliamp"), ("mA",)),
    "ampere_hour": (
        _u("charge", 1e3, "charge"), ("ampere-hours", "ampere-hour", "ampere hours", "amp-hours", "amp hours"), ("Ah",)
    ),
    "ohm": (_u("ohm"), ("ohms", "ohm"), ("Ω",)),
    "terahertz": (_u("frequency", 1e12, "hertz"), ("terahertz",), ("THz",)),
    # time below a second and above a decade
    "millisecond": (_u("time", 1e-3, "second"), ("milliseconds", "millisecond", "msecs", "msec"), ("ms",)),
    "microsecond": (_u("time", 1e-6, "second"), ("microseconds", "microsecond"), ("µs", "μs")),
    "nanosecond": (_u("time", 1e-9, "second"), ("nanoseconds", "nanosecond"), ("ns",)),
    "fortnight": (_u("time", 1209600.0, "second"), ("fortnights", "fortnight"), ()),
    "century": (_u("time", 3155695200.0, "second"), (), ("centuries", "century")),
    "millennium": (_u("time", 31556952000.0, "second"), (), ("millennia", "millenniums", "millennium")),
    # radiation and light
    "sievert": (_u("dose", 1.0, "sievert"), ("sieverts", "sievert"), ("Sv",)),
    "millisievert": (_u("dose", 1e-3, "sievert"), ("millisieverts", "millisievert"), ("mSv",)),
    "microsievert": (_u("dose", 1e-6, "sievert"), ("microsieverts", "microsievert"), ("µSv", "μSv")),
    "becquerel": (_u("becquerel"), ("becquerels", "becquerel"), ("Bq",)),
    "lumen": (_u("lumen"), (), ("lumens", "lumen")),
    "lux": (_u("lux"), (), ("lux",)),
    # volumes of drink, kitchen, water and earthworks
    "pint": (_u("volume", 0.473176, "litre"), ("pints", "pint"), ()),
    "quart": (_u("volume", 0.946353, "litre"), ("quarts", "quart"), ()),
    "fluid_ounce": (
        _u("volume", 0.0295735, "litre"), ("fluid ounces", "fluid ounce", "fl oz", "fl. oz", "fl.oz", "floz"), ()
    ),
    "centilitre": (_u("volume", 0.01, "litre"), ("centilitres", "centiliters", "centilitre", "centiliter"), ("cl",)),
    "decilitre": (_u("volume", 0.1, "litre"), ("decilitres", "deciliters", "decilitre", "deciliter"), ()),
    "hectolitre": (_u("volume", 100.0, "litre"), ("hectolitres", "hectoliters", "hectolitre", "hectoliter"), ()),
    "cubic_inch": (_u("volume", 0.0163871, "litre"), ("cubic inches", "cubic inch", "cu in"), ()),
    "cubic_yard": (_u("volume", 764.555, "litre"), ("cubic yards", "cubic yard", "cu yd"), ()),
    "acre_foot": (_u("volume", 1233481.8, "litre"), ("acre-feet", "acre feet", "acre-foot", "acre foot"), ()),
    # areas and lengths
    "square_yard": (_u("area", 0.836127, "square_metre"), ("square yards", "square yard", "sq yd"), ()),
    "square_inch": (_u("area", 0.00064516, "square_metre"), ("square inches", "square inch", "sq in"), ()),
    "furlong": (_u("length", 201.168, "metre"), ("furlongs", "furlong"), ()),
    "fathom": (_u("length", 1.8288, "metre"), ("fathoms", "fathom"), ()),
    "astronomical_unit": (_u("length", 1.495978707e11, "metre"), ("astronomical units", "astronomical unit"), ()),
    # masses of farm and commodity copy
    "long_ton": (_u("mass", 1016.05, "kilogram"), ("long tons", "long ton"), ()),
    "quintal": (_u("mass", 100.0, "kilogram"), ("quintals", "quintal"), ()),
    "bushel": (_u("mass", 27.2155, "kilogram"), ("bushels", "bushel"), ()),
    # rates named as one unit
    "foot_per_second": (_u("speed", 0.3048, "metre_per_second"), ("feet per second", "foot per second"), ()),
    "metre_per_square_second": (
        _u("acceleration"), ("metres per second squared", "meters per second squared", "m/s2", "m/s²"), ()
    ),
    "ton_per_day": (_u("ton_per_day"), ("tpd",), ()),
}  # fmt: skip
# Surfaces of units the lexicon already has that it was missing: singulars, one-word spellings, symbols.
_MORE_SURFACES: dict[str, str] = {
    "kilohertz": "kilohertz", "megahertz": "megahertz", "gigahertz": "gigahertz", "horsepowers": "horsepower",
    "milliliter": "millilitre", "millilitre": "millilitre", "kilowatthours": "kilowatt_hour",
    "kilowatthour": "kilowatt_hour", "gigatonne": "gigatonne", "gigaton": "gigatonne",
    "degree centigrade": "degree_celsius", "statute miles": "mile", "cu m": "cubic_metre",
    "megabytes per second": "megabyte_per_second", "gigabytes per second": "gigabyte_per_second",
    "petabytes": "petabyte", "petabyte": "petabyte", "exabytes": "exabyte", "exabyte": "exabyte",
    "zettabytes": "zettabyte", "zettabyte": "zettabyte",
    # the dotted abbreviations of American house style ("55 m.p.h.", "30 m.p.g."), torque written foot first
    "m.p.h.": "mile_per_hour", "m.p.h": "mile_per_hour", "m.p.g.": "mile_per_gallon", "m.p.g": "mile_per_gallon",
    "ft-lb": "pound_foot", "ft-lbs": "pound_foot", "foot-pounds": "pound_foot", "foot-pound": "pound_foot",
    "terabits per second": "terabit_per_second", "tbps": "terabit_per_second",
}  # fmt: skip
UNITS.update({name: info for name, (info, _, _) in _MORE_UNITS.items()})
UNITS.update(
    {
        "petabyte": _u("data", 1e15, "byte"),
        "exabyte": _u("data", 1e18, "byte"),
        "zettabyte": _u("data", 1e21, "byte"),
        "terabit_per_second": _u("bandwidth", 1e12, "bit_per_second"),
    }
)
PHYSICAL_WORDS.update({w: name for name, (_, words, _) in _MORE_UNITS.items() for w in words})
PHYSICAL_WORDS.update(_MORE_SURFACES)
PHYSICAL_WORDS.update({"cu. ft.": "cubic_foot", "cu. ft": "cubic_foot", "cu.ft.": "cubic_foot", "cu.ft": "cubic_foot"})
# Compound units hyphenated before the noun they measure: "a 1,200-square-foot home", "a 300-sq-ft studio", "a
# 10-cubic-metre tank" (the hyphen of "a 5-kg bag" is read before the unit; these have hyphens inside too)
PHYSICAL_WORDS.update({k.replace(" ", "-"): v for k, v in list(PHYSICAL_WORDS.items()) if " " in k})
PHYSICAL_SYMBOLS.update({s: name for name, (_, _, symbols) in _MORE_UNITS.items() for s in symbols})
PHYSICAL_SYMBOLS.update({"kJ": "kilojoule", "MJ": "megajoule", "GJ": "gigajoule", "Gt": "gigatonne"})


def _alternation(words: dict[str, str], ignore_case: bool = False) -> str:
    """Any of the words, the longest first where several match at one position (as an alternation sorted longest
    first), written as a trie: ``re`` then checks a few branches per unit read, not hundreds.

    With ``ignore_case`` (for patterns compiled with ``re.IGNORECASE``) case variants share one branch, so that a
    longer variant is still tried before a shorter one; every key lower-cases to a string of its own length that
    ``re.IGNORECASE`` equates with it (``tests/claims/test_screens.py`` checks both patterns find the same).
    """
    return trie_pattern([k.lower() for k in words] if ignore_case else list(words))


_END = r"(?![A-Za-z0-9²])"
PERCENT_RE = re.compile(r"\s?(?P<u>" + _alternation(PERCENT_WORDS, True) + r")" + _END, re.IGNORECASE)
CURRENCY_WORD_RE = re.compile(r"\s?(?P<u>" + _alternation(CURRENCY_WORDS, True) + r")" + _END, re.IGNORECASE)
SUBUNIT_RE = re.compile(r"(?:\s?|-)(?P<u>" + _alternation(SUBUNITS) + r")" + _END)
PHYSICAL_WORD_RE = re.compile(r"[\s-]?(?P<u>" + _alternation(PHYSICAL_WORDS, True) + r")" + _END, re.IGNORECASE)
PHYSICAL_SYMBOL_RE = re.compile(r"\s?(?P<u>" + _alternation(PHYSICAL_SYMBOLS) + r")" + _END)
PER_THING_RE = re.compile(PER_RE, re.IGNORECASE)

# The regexes above ignore case, so "μg" (Greek mu) matches the key "µg" (micro sign): callers look a match up
# by its lower case, which must then be a key too.
for _words in (PERCENT_WORDS, CURRENCY_WORDS, PHYSICAL_WORDS, PER_THINGS):
    for _key, _unit in list(_words.items()):
        _words.setdefault(_key.casefold(), _unit)
        _words.setdefault(_key.casefold().lower(), _unit)


def unit_info(unit: str) -> UnitInfo:
    """Dimension, factor and base of a canonical unit (compound money units are their own dimension)."""
    if unit in UNITS:
        return UNITS[unit]
    return _u(unit)


def dimension_of(unit: str) -> str:
    return unit_info(unit).dimension
