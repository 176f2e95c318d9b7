"""The Learning Together frameworks as data with stable keys: the contributory-factor framework
(layers of factors) and the typology of underlying patterns. A version is stored with every
coding, so an edit of the lists never changes a finished review."""

from dataclasses import dataclass
from functools import cache

from django.utils.text import slugify

from casewindow.reference import CURRENT_VERSION, reference_list


@dataclass(frozen=True)
class FactorNode:
    key: str  # "<layer>/<factor slug>", or "<layer>" for a layer as a whole
    layer_key: str
    layer_name: str
    name: str
    level: str


@dataclass(frozen=True)
class PatternArea:
    key: str
    name: str
    finding_category: str
    examples: tuple[str, ...]

    @property
    def category_differs(self) -> bool:
        """Whether the shorter finding category says something the name does not ("Human
        reasoning (cognitive and emotional biases)" does; "Family-professional interaction"
        under "Family-professional interactions" only repeats it)."""
        category = self.finding_category.casefold().strip().removesuffix("s")
        return category not in self.name.casefold()

    @property
    def label(self) -> str:
        """The area's name, with its finding category only where that adds to it."""
        if self.category_differs:
            return f"{self.name} ({self.finding_category})"
        return self.name


@cache
def factor_nodes(version: str = CURRENT_VERSION) -> dict[str, FactorNode]:
    """Every node of the contributory-factor framework, by key, in framework order. Each layer
    is a node itself (for a factor that fits the layer but none of its items)."""
    nodes: dict[str, FactorNode] = {}
    for layer in reference_list("contributory-factors", version)["layers"]:
        nodes[layer["key"]] = FactorNode(
            key=layer["key"],
            layer_key=layer["key"],
            layer_name=layer["name"],
            name=layer["name"],
            level=layer.get("level", ""),
        )
        for factor in layer.get("factors") or []:
            key = f"{layer['key']}/{slugify(factor)[:60]}"
            nodes[key] = FactorNode(
                key=key,
                layer_key=layer["key"],
                layer_name=layer["name"],
                name=factor,
                level=layer.get("level", ""),
            )
    return nodes


def factor_choices(version: str = CURRENT_VERSION) -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped choices for a select: one group per layer."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for node in factor_nodes(version).values():
        label = (
            f"{node.layer_name} (the layer as a whole)" if node.key == node.layer_key else node.name
        )
        groups.setdefault(node.layer_name, []).append((node.key, label))
    return list(groups.items())


@cache
def pattern_areas(version: str = CURRENT_VERSION) -> dict[str, PatternArea]:
    return {
        area["key"]: PatternArea(
            key=area["key"],
            name=area["name"],
            finding_category=area.get("finding_category", area["name"]),
            examples=tuple(area.get("examples") or ()),
        )
        for area in reference_list("patterns", version)["areas"]
    }
