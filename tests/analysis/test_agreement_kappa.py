"""Cohen's kappa and the agreement figures, against examples worked by hand."""

import pytest

from casewindow.analysis.kappa import (
    AreaFigures,
    RoundFigures,
    cohen_kappa,
    landis_koch,
    round_figures,
)


def _pairs(**counts: int) -> list[tuple[str, str]]:
    """Paired ratings from a 2×2 table: yy, yn (first yes, second no), ny, nn."""
    cells = {"yy": ("y", "y"), "yn": ("y", "n"), "ny": ("n", "y"), "nn": ("n", "n")}
    return [cells[name] for name, count in counts.items() for _ in range(count)]


def test_textbook_example_gives_kappa_0_4() -> None:
    # The classic worked example (e.g. Wikipedia's "Cohen's kappa"): 50 proposals, both say
    # yes to 20, both no to 15; p_o = 0.7, p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4.
    result = cohen_kappa(_pairs(yy=20, yn=5, ny=10, nn=15))

    assert result.units == 50
    assert result.agreed == 35
    assert result.observed == pytest.approx(0.7)
    assert result.expected == pytest.approx(0.5)
    assert result.kappa == pytest.approx(0.4)


def test_second_textbook_example_with_unequal_marginals() -> None:
    # 100 units: p_o = 0.60, p_e = 0.6*0.7 + 0.4*0.3 = 0.54, kappa = 0.06 / 0.46.
    result = cohen_kappa(_pairs(yy=45, yn=15, ny=25, nn=15))

    assert result.kappa == pytest.approx(0.06 / 0.46)
    assert round(result.kappa, 4) == 0.1304


def test_perfect_agreement_gives_1() -> None:
    result = cohen_kappa(_pairs(yy=3, nn=7))

    assert result.kappa == 1.0
    assert result.observed == 1.0


def test_agreement_at_chance_level_gives_0() -> None:
    # Each coder says yes to half, independently of the other: agreement is what chance gives.
    result = cohen_kappa(_pairs(yy=5, yn=5, ny=5, nn=5))

    assert result.observed == pytest.approx(0.5)
    assert result.expected == pytest.approx(0.5)
    assert result.kappa == pytest.approx(0.0)


def test_systematic_disagreement_gives_minus_1() -> None:
    assert cohen_kappa(_pairs(yn=4, ny=4)).kappa == pytest.approx(-1.0)


@pytest.mark.parametrize(
    "pairs",
    [_pairs(nn=12), _pairs(yy=3)],
    ids=["neither-coder-used-it", "both-coded-everything"],
)
def test_kappa_is_not_defined_when_expected_agreement_is_1(pairs: list) -> None:
    result = cohen_kappa(pairs)

    assert result.expected == 1.0
    assert result.observed == 1.0
    assert result.kappa is None
    assert landis_koch(result.kappa) == "Not defined"


def test_no_units_gives_no_figures() -> None:
    result = cohen_kappa([])

    assert (result.units, result.observed, result.kappa) == (0, None, None)


def test_more_than_two_categories() -> None:
    # helped/hindered/both: p_o = 3/5; first: h=2, x=2, b=1; second: h=3, x=2, b=0;
    # p_e = (2*3 + 2*2 + 1*0) / 25 = 10/25; kappa = (15/25 - 10/25) / (15/25) = 1/3.
    pairs = [("h", "h"), ("h", "h"), ("x", "x"), ("x", "h"), ("b", "x")]

    assert cohen_kappa(pairs).kappa == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("kappa", "band"),
    [
        (-0.1, "Poor (less than chance)"),
        (0.0, "Slight"),
        (0.2, "Slight"),
        (0.21, "Fair"),
        (0.4, "Fair"),
        (0.41, "Moderate"),
        (0.6, "Moderate"),
        (0.61, "Substantial"),
        (0.8, "Substantial"),
        (0.81, "Almost perfect"),
        (1.0, "Almost perfect"),
    ],
)
def test_landis_and_koch_bands(kappa: float, band: str) -> None:
    assert landis_koch(kappa) == band


def test_round_figures_per_layer_count_both_absent_as_agreement() -> None:
    # The "role" layer has 4 nodes (the layer itself and 3 factors); 2 episodes: 8 units.
    # Episode 1: both coded role/x (the same effect); episode 2: only B coded role/y.
    # p_o = 7/8; A coded 1 unit, B 2; p_e = 1/8*2/8 + 7/8*6/8 = 44/64; kappa = 0.6.
    x = "role/how-often-they-had-contact-with-the-family"
    y = "role/where-contacts-happened-home-visits-clinic-school-phone"
    a = {1: {x: "helped"}}
    b = {1: {x: "helped"}, 2: {y: "hindered"}}

    figures = round_figures(episodes=[1, 2], a=a, b=b, version="v1")
    role = next(area for area in figures.areas if area.key == "role")

    assert (role.units, role.agreed, role.a_coded, role.b_coded, role.both_coded) == (8, 7, 1, 2, 1)
    assert role.kappa == pytest.approx(0.6)
    assert role.band == "Moderate"
    assert (role.effect_units, role.effect_agreed) == (1, 1)
    family = next(area for area in figures.areas if area.key == "family")
    assert family.kappa is None
    assert family.undefined_reason.startswith("Neither coder used this area")
    assert family.observed == 1.0
    assert figures.overall.units == 2 * sum(1 for _ in _all_nodes())
    assert figures.overall.a_coded == 1 and figures.overall.b_coded == 2


def _all_nodes() -> list[str]:
    from casewindow.analysis.framework import factor_nodes

    return list(factor_nodes("v1"))


def test_round_figures_survive_a_round_trip_through_json() -> None:
    figures = round_figures(
        episodes=[1], a={1: {"other": "both"}}, b={1: {"other": "helped"}}, version="v1"
    )

    again = RoundFigures.from_json(figures.to_json())

    assert again == figures
    other = next(area for area in again.areas if area.key == "other")
    assert isinstance(other, AreaFigures)
    assert other.undefined_reason == "Both coders coded every factor of this area on every episode"
    assert other.effect_text == "0.0% (0 of 1)"
