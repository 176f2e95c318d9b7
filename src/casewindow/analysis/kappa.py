"""Agreement between two coders: Cohen's kappa, its Landis and Koch reading, and the figures of
an agreement check (per layer of the contributory-factor framework and overall).

The units of the presence/absence kappa are episode × node of the layer: each coder either
coded the node on the episode or did not, and "both left it out" counts as agreement. Where
both coded a node, a second figure says whether they agreed that it helped or hindered.

Kappa is computed in exact fractions, so "expected agreement is 1" (kappa not defined) is
recognised exactly rather than as a float that happens to round to 1."""

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from typing import Any

from casewindow.analysis.framework import factor_nodes


@dataclass(frozen=True)
class Kappa:
    """Cohen's kappa for a set of paired ratings. `kappa` is None when it is not defined:
    there are no units, or the expected agreement is 1 (both coders gave every unit the same
    single category, so agreement could not have been otherwise)."""

    units: int
    agreed: int
    observed: float | None
    expected: float | None
    kappa: float | None


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> Kappa:
    """Cohen's kappa, (p_o − p_e) / (1 − p_e), for two raters' categories of the same units."""
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return Kappa(units=0, agreed=0, observed=None, expected=None, kappa=None)
    agreed = sum(1 for a, b in pairs if a == b)
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    observed = Fraction(agreed, n)
    expected = sum(
        (Fraction(first[c], n) * Fraction(second[c], n) for c in first.keys() & second.keys()),
        Fraction(0),
    )
    kappa = None if expected == 1 else float((observed - expected) / (1 - expected))
    return Kappa(
        units=n, agreed=agreed, observed=float(observed), expected=float(expected), kappa=kappa
    )


# Landis and Koch (1977): (upper bound, band). Kappa below 0 is "poor".
_BANDS = (
    (0.0, "Poor (less than chance)"),
    (0.20, "Slight"),
    (0.40, "Fair"),
    (0.60, "Moderate"),
    (0.80, "Substantial"),
    (1.0, "Almost perfect"),
)


def landis_koch(kappa: float | None) -> str:
    """The Landis and Koch band of a kappa: slight (0–0.20), fair (0.21–0.40), moderate
    (0.41–0.60), substantial (0.61–0.80), almost perfect (0.81–1); below 0, poor."""
    if kappa is None:
        return "Not defined"
    value = round(kappa, 2)  # the band of the figure the page shows
    if value < 0:
        return _BANDS[0][1]
    for upper, band in _BANDS[1:]:
        if value <= upper:
            return band
    return _BANDS[-1][1]


@dataclass
class AreaFigures:
    """The agreement figures of one framework layer (or, with key "", of all layers)."""

    key: str
    name: str
    units: int
    agreed: int
    observed: float | None
    expected: float | None
    kappa: float | None
    a_coded: int  # how many episode × node units coder A coded
    b_coded: int
    both_coded: int
    effect_units: int  # units both coded: was the effect (helped/hindered/both) the same?
    effect_agreed: int
    effect_kappa: float | None

    @property
    def band(self) -> str:
        return landis_koch(self.kappa)

    @property
    def undefined_reason(self) -> str:
        """Why kappa is not defined, in words (empty when it is)."""
        if self.kappa is not None:
            return ""
        if self.units == 0:
            return "No episodes to compare"
        if self.a_coded == 0 and self.b_coded == 0:
            return "Neither coder used this area"
        return "Both coders coded every factor of this area on every episode"

    @property
    def effect_observed(self) -> float | None:
        return self.effect_agreed / self.effect_units if self.effect_units else None

    @property
    def kappa_text(self) -> str:
        return "Not defined" if self.kappa is None else f"{self.kappa:.2f}".replace("-", "−")

    @property
    def observed_text(self) -> str:
        return "—" if self.observed is None else _percent(self.observed)

    @property
    def expected_text(self) -> str:
        return "—" if self.expected is None else _percent(self.expected)

    @property
    def effect_text(self) -> str:
        if not self.effect_units:
            return "No factor coded by both"
        share = _percent(self.effect_agreed / self.effect_units)
        return f"{share} ({self.effect_agreed} of {self.effect_units})"


def _percent(value: float) -> str:
    return f"{value * 100:.1f}%"


@dataclass
class RoundFigures:
    episodes: int
    overall: AreaFigures
    areas: list[AreaFigures] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "episodes": self.episodes,
            "overall": asdict(self.overall),
            "areas": [asdict(a) for a in self.areas],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "RoundFigures":
        return cls(
            episodes=data["episodes"],
            overall=AreaFigures(**data["overall"]),
            areas=[AreaFigures(**a) for a in data["areas"]],
        )


# Coding of one coder: episode id -> {node key: effect}.
Coding = Mapping[Any, Mapping[str, str]]


def _area(
    key: str, name: str, node_keys: list[str], episodes: list[Any], a: Coding, b: Coding
) -> AreaFigures:
    presence = []
    effects = []
    a_coded = b_coded = 0
    for episode in episodes:
        coded_a, coded_b = a.get(episode, {}), b.get(episode, {})
        for node in node_keys:
            in_a, in_b = node in coded_a, node in coded_b
            presence.append((in_a, in_b))
            a_coded += in_a
            b_coded += in_b
            if in_a and in_b:
                effects.append((coded_a[node], coded_b[node]))
    kappa = cohen_kappa(presence)
    effect = cohen_kappa(effects)
    return AreaFigures(
        key=key,
        name=name,
        units=kappa.units,
        agreed=kappa.agreed,
        observed=kappa.observed,
        expected=kappa.expected,
        kappa=kappa.kappa,
        a_coded=a_coded,
        b_coded=b_coded,
        both_coded=effect.units,
        effect_units=effect.units,
        effect_agreed=effect.agreed,
        effect_kappa=effect.kappa,
    )


def round_figures(*, episodes: list[Any], a: Coding, b: Coding, version: str) -> RoundFigures:
    """Kappa per layer of the framework and overall, over `episodes` (ids), from each coder's
    coding."""
    layers: dict[str, tuple[str, list[str]]] = {}
    for node in factor_nodes(version).values():
        layers.setdefault(node.layer_key, (node.layer_name, []))[1].append(node.key)
    areas = [
        _area(key, name, node_keys, episodes, a, b) for key, (name, node_keys) in layers.items()
    ]
    every_node = [key for _, node_keys in layers.values() for key in node_keys]
    overall = _area("", "All areas", every_node, episodes, a, b)
    return RoundFigures(episodes=len(episodes), overall=overall, areas=areas)
