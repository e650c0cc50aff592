"""Units of weather, engineering, science, drink and farm copy, named as quantulum3's unit table names them;
pairs of figures in one unit ("28/39 mpg"); a verb shared by the moves of two periods.

Every sentence is written for these tests (none is taken from NewsQuant or the Recognizers-Text specs).
"""

from __future__ import annotations

import pytest

from pipeline.claims import extract_quantities
from pipeline.claims.units import UNITS, dimension_of, unit_info
from tests.claims.reading import one


def _summary(text: str) -> list[tuple[str, float | None, str, str]]:
    return [(r["surface"], r["value"], r["unit"], r["change"]) for r in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The pressure at the eye of the storm sank to 948 hPa overnight.", 948.0, "hectopascal"),
        ("The typhoon's central pressure was 915 millibars.", 915.0, "millibar"),
        ("Mechanics set the tyres at 2.3 bar.", 2.3, "bar"),
        ("The hull was tested at 40 MPa.", 40.0, "megapascal"),
        ("Divers faced 5 atmospheres of pressure at depth.", 5.0, "standard_atmosphere"),
        ("The engineers loaded the beam with 250 kN.", 250.0, "kilonewton"),
        ("A bowl of the noodles holds 540 kcal.", 540.0, "kilocalorie"),
        ("The boiler is rated at 30,000 BTU.", 30000.0, "british_thermal_unit"),
        ("The accelerator now collides protons at 14 TeV.", 14.0, "teraelectronvolt"),
        ("The test device had a yield of 20 kilotons.", 20.0, "kiloton"),
        ("The region emitted 310 megatonnes of carbon dioxide.", 310.0, "megaton"),
        ("The new line runs at 765 kV.", 765.0, "kilovolt"),
        ("The sensor uses 3 milliwatts.", 3.0, "milliwatt"),
        ("The chip answers in 4 nanoseconds.", 4.0, "nanosecond"),
        ("A round trip across the network takes 85 milliseconds.", 85.0, "millisecond"),
        ("The church was rebuilt over three centuries.", 3.0, "century"),
        ("Workers at the site received 80 millisieverts.", 80.0, "millisievert"),
        ("The torch gives 1,200 lumens.", 1200.0, "lumen"),
        ("The pub sold 900 pints on the night of the final.", 900.0, "pint"),
        ("A standard can holds 12 fl oz of lemonade.", 12.0, "fluid_ounce"),
        ("The brewery made 4.1 million hectolitres last year.", 4.1e6, "hectolitre"),
        ("Crews hauled away 60,000 cubic yards of mud.", 60000.0, "cubic_yard"),
        ("The lake holds 2.3 million acre-feet.", 2.3e6, "acre_foot"),
        ("The showroom covers 9,000 square yards.", 9000.0, "square_yard"),
        ("The favourite won by three furlongs.", 3.0, "furlong"),
        ("Growers expect 1.9 billion bushels of soybeans.", 1.9e9, "bushel"),
        ("The mill crushes 5,000 tpd of cane.", 5000.0, "ton_per_day"),
        ("Traffic on the network hit 120 zettabytes.", 120.0, "zettabyte"),
        ("The transmitter works at 2 kilohertz.", 2.0, "kilohertz"),
        ("The radio station broadcasts on 101 megahertz.", 101.0, "megahertz"),
        ("The pressure fell to 730 mmHg.", 730.0, "millimeter_of_mercury"),
        ("The sample was held at 77 kelvin.", 77.0, "kelvin"),
    ],
)
def test_more_physical_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_new_units_have_dimensions_and_factors() -> None:
    assert dimension_of("hectopascal") == dimension_of("bar") == "pressure"
    assert unit_info("bar").factor == pytest.approx(1e5)
    assert dimension_of("pint") == dimension_of("litre") == "volume"
    assert dimension_of("millisecond") == "time" and unit_info("century").factor > unit_info("decade").factor
    assert all(name in UNITS for name in ("kilonewton", "fluid_ounce", "acre_foot", "millisievert"))


def test_kilonewtons_are_no_croatian_kuna() -> None:
    assert one("The anchor can hold 40 kN per metre of cable.")["unit"] == "kilonewton_per_metre"
    assert one("The ticket cost 150 kn.")["unit"] == "HRK"


@pytest.mark.parametrize(
    "text",
    [
        "After the match they went to 5 bars in town.",  # pubs, not pressure
        "The bank installed 500 ATM machines.",  # cash machines, not atmospheres
        "The phone has a resolution of 2,532 x 1,170 pixels.",
    ],
)
def test_ambiguous_surfaces_stay_counts(text: str) -> None:
    assert {q["unit"] for q in extract_quantities(text)} == {"count"}


def test_a_slash_pair_in_one_unit_is_two_figures() -> None:
    assert _summary("The hatchback is rated at 31/38 mpg city/highway.") == [
        ("31", 31.0, "mile_per_gallon", "="),
        ("38 mpg", 38.0, "mile_per_gallon", "="),
    ]
    assert extract_quantities("The shop is open 24/7 and the 2023/24 season starts soon.") == []


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("Consumer prices climbed 0.4% month-on-month and 2.9% year-on-year.", ["up", "up"]),
        ("The stock slid 1.5% on the day and 4% over the week.", ["down", "down"]),
        ("Home sales fell 3% in February and 5% in March.", ["down", "down"]),
        ("Exports grew 4% in March and 60% of them went to Asia.", ["up", "="]),  # a share, not a second move
    ],
)
def test_one_verb_for_two_periods(text: str, changes: list[str]) -> None:
    assert [q["change"] for q in extract_quantities(text)] == changes


@pytest.mark.parametrize("text", ["She grew up at 14 Newton Road.", "Crowds visited the 2000 Millennium Dome."])
def test_unit_words_in_names_are_no_units(text: str) -> None:
    assert extract_quantities(text) == []


def test_a_bare_degree_takes_the_scale_named_after_it() -> None:
    found = extract_quantities("Brine freezes near −21° on the Celsius scale, about −6° on the Fahrenheit scale.")
    assert [(q["value"], q["unit"]) for q in found] == [(-21.0, "degree_celsius"), (-6.0, "degree_fahrenheit")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The winery sells its reserve at $45 per bottle.", "USD_per_bottle"),
        ("Tuition rose to €900 per student, the ministry said.", "EUR_per_student"),
        ("Smokers now pay $14/pack in the city.", "USD_per_pack"),
        ("The operator earns £310m per quarter.", "GBP_per_quarter"),
        ("Households use 140 litres per person.", "litre_per_person"),
        ("Classes now have 34 pupils per class in some towns.", "count_per_class"),
        ("The yen weakened to 152 yen per dollar on Friday.", "JPY_per_USD"),  # a currency is named by its code
    ],
)
def test_a_price_or_measure_per_any_thing(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The fee is $40 per cent of nothing.", "USD"),  # "per cent" is no thing priced
        ("They paid $30 per patients' family.", "USD"),  # a plural is no unit of sale
        ("The trip was 30 km per the organisers.", "kilometre"),
        ("The clinic sees 40 patients per thousand residents.", "count"),  # a rate of a number, not of a thing
    ],
)
def test_per_without_a_thing_adds_nothing(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The estate has three-bedroom and four-bedroom homes.", [3.0, 4.0]),
        ("Buyers can pick two-, three- or four-door versions.", [2.0, 3.0, 4.0]),  # suspended hyphens
        ("She is a two-time world champion.", [2.0]),
        ("It was a one-time payment and a one-off fee.", []),  # "one-" compounds name a kind, not a count
        ("He signed a five-year contract.", []),  # a span naming the thing stays out
        ("The party unveiled a ten-point plan.", []),  # a "-point" compound names a kind of plan or shot
    ],
)
def test_number_words_hyphened_to_a_noun_count_it(text: str, values: list[float]) -> None:
    found = extract_quantities(text)
    assert [q["value"] for q in found] == values
    assert all(q["unit"] == "count" for q in found)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("They listed a 1,450-square-foot bungalow.", 1450.0, "square_foot"),
        ("The landlord offers a 280-sq-ft studio.", 280.0, "square_foot"),
        ("Builders poured a 12-cubic-metre slab.", 12.0, "cubic_metre"),
        ("A 65-miles-per-hour gust hit the pier.", 65.0, "mile_per_hour"),
        ("The shed holds 450 cu. ft. of tools.", 450.0, "cubic_foot"),
        ("The panel is 3 1/2 in thick.", 3.5, "inch"),
        ("The road's limit drops to 45 m.p.h. near the school.", 45.0, "mile_per_hour"),
        ("The coupe returns 28 m.p.g. on the highway.", 28.0, "mile_per_gallon"),
        ("The diesel puts out 650 ft-lbs of torque.", 650.0, "pound_foot"),
        ('The ruler on the desk is 12 " long.', 12.0, "inch"),  # the inch mark spaced off, as tokenised copy has it
    ],
)
def test_hyphenated_and_dotted_compound_units(text: str, value: float, unit: str) -> None:
    q = one(text)
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


def test_a_spaced_in_is_still_a_preposition() -> None:
    assert one("The club sits 5 in the table.")["unit"] == "count"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The ferry cruised at 18 kn across the bay.", "knot"),
        ("Winds gusted to 45 kn overnight.", "knot"),
        ("A boat trip costs 150 kn per person.", "HRK_per_person"),  # a price, even beside a boat
        ("The quarry shipped 10 t of gravel.", "tonne"),  # a lone symbol before "of" measures the stuff
        ("Stir 2 l of stock into the pan.", "litre"),
    ],
)
def test_lone_and_shared_symbols_read_from_their_context(text: str, unit: str) -> None:
    assert one(text)["unit"] == unit


def test_a_count_of_models_named_with_a_number() -> None:
    assert [q["value"] for q in extract_quantities("The airline flies 24 Boeing 787 jets.")] == [24.0]
    assert extract_quantities("The 787 Dreamliner test flights resumed.") == []  # the model's number alone


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Forecasters modelled growth of 1, 2 and 3 per cent.", "percent"),
        ("The catch held fish of 4, 6 and 8 kg.", "kilogram"),
    ],
)
def test_a_list_gives_its_unit_once(text: str, unit: str) -> None:
    assert {q["unit"] for q in extract_quantities(text)} == {unit}


def test_a_glued_capital_k_among_temperatures_is_kelvin() -> None:
    found = extract_quantities("Above 300 °C (573.15K) the alloy oxidises.")
    assert [(q["value"], q["unit"]) for q in found] == [(300.0, "degree_celsius"), (573.15, "kelvin")]
    assert one("A poll of 40K people found temperatures rising.")["value"] == 40000.0  # a thousand people
    assert one("The firm raised $50K for the study.")["value"] == 50000.0


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The parcel's weight is 14 (kg) on the label.", "kilogram"),
        ("Peak output was 250 (MW) last winter.", "megawatt"),
        ("Revenue was 450 (m) last year.", "count"),  # a lone letter in brackets is no unit
        ("Sales in the region were 40 (Japan) and 30 (Korea).", "count"),
    ],
)
def test_a_unit_written_in_brackets(text: str, unit: str) -> None:
    assert {q["unit"] for q in extract_quantities(text)} == {unit}
