"""The literal screens before ``$``-anchored searches (a sign or "minus" before a number, "from" or a baseline word
before a figure, "up" before a move) skip only searches that cannot match, and the currency prefixes searched in
the lowered text are those found in any case: upper case and the characters ``re.IGNORECASE`` folds to ASCII
letters (``screens.CASE_TRAPS``) still reach the plain search."""

from pipeline.claims import context, extract, quantities
from pipeline.claims import units as un
from pipeline.claims.context import _lead, implied_direction
from pipeline.claims.filters import mask
from pipeline.claims.quantities import extract_quantities, scan


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(r["value"], r["unit"], r["surface"]) for r in extract_quantities(text)]


def test_minus_word_and_margin_reach_their_searches() -> None:
    assert _read("Temperatures fell to MINUS 5 degrees.") == [(-5.0, "degree", "MINUS 5 degrees")]
    assert _read("Temperatures fell to minus 5 degrees.") == [(-5.0, "degree", "minus 5 degrees")]
    assert _read("A trap ſ and minus 5 degrees.") == [(-5.0, "degree", "minus 5 degrees")]  # unscreened text
    assert _read("The poll has a margin of Plus or Minus 3%.") == [(3.0, "percent", "3%")]  # a margin, no sign
    assert _read("a margin of +/- 3%") == [(3.0, "percent", "3%")]


def test_span_before_needs_its_hyphen() -> None:
    assert _read("It was a 2-hour, 47-minute final.") == [(167.0, "minute", "2-hour, 47-minute")]


def _levels(text: str) -> list[tuple[str, bool, str | None]]:
    return [(text[q.start : q.end], extract._is_previous_level(text, q), extract._earlier_baseline(text, q))
            for q in scan(text)]  # fmt: skip


def test_baseline_words_in_any_case() -> None:
    assert _levels("Sales rose to 400m FROM 150m.") == [("400m", False, None), ("150m", True, None)]
    assert _levels("Sales were 400m, VERSUS 150m a year earlier.") == [("400m", False, None), ("150m", False, "year")]
    assert _levels("Sales were 400m, compared with 150m a year earlier.")[1] == ("150m", False, "year")
    assert _levels("Sales were 400m, against 150m the year before.")[1] == ("150m", False, "year")


def test_implied_direction_with_its_lead_given() -> None:
    for right in (" increase on a year earlier", " lower than forecast", "   drop", " of the total", " ſlower"):
        for unit in ("percent", "count"):
            assert implied_direction(right, unit, _lead(right)) == implied_direction(right, unit)


def test_currency_prefixes_found_in_the_lowered_text() -> None:
    assert all(c.isascii() or c.lower() == c.upper() for p in un.CURRENCY_PREFIX for c in p)  # what it relies on
    texts = ["us$5, Us$ 6, uS$7, usd 8, EUR9, eur 10, Rs. 11, rs.12, hk $13, C $14", "ſ us$5 and İ Eur 6", "x$5 a$6"]
    for text in texts:
        masked = mask(text)
        fast = [(m.span(), m.groupdict()) for m in quantities.atom_matches(masked)]
        assert fast == [(m.span(), m.groupdict()) for m in quantities._ATOM.finditer(masked)], text


def test_not_up_is_the_plain_search() -> None:
    for left in ("it picked UP ", "they gave up ", "shares went Up to ", "upwards of ", "sales rose ", "ſet up ", ""):
        assert context._not_up(left) == (context._NOT_UP.search(left) is not None), left


def test_bound_after_and_adjective_screens_keep_their_matches() -> None:
    rights = (" or more", " Or So", "-odd", " odd", "+", " plus.", "-plus", " give or take", " at most", " or fewer")
    for right in rights:
        lead = _lead(right)
        assert any(p.match(right) for _, p in context._BOUND_AFTER), right
        assert context._leads(lead, context._BOUND_AFTER_LEADS), right
    for left in ("expanded by a breakneck ", "grew by an astonishing\n", "by a b ", "A big ", "an ", "rose by "):
        fast = context._by_adjective(left)
        plain = context._BY_ADJECTIVE_END.search(left, max(0, len(left) - 40))
        assert (fast and fast.span()) == (plain and plain.span()), left


def test_partitive_whole_only_after_the() -> None:
    cases = (("won 142 of the 300 seats", 15), ("three OF THE  12 miners", 14), ("close 34 of its 212", 16))
    for sentence, start in cases:
        plain = extract._PARTITIVE_WHOLE.search(sentence, max(0, start - 30), start) is not None
        assert extract._partitive_whole(sentence, start) == plain, sentence
